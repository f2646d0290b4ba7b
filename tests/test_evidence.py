"""The evidence pack for the Komisi Informasi's monitoring: a ZIP or a folder with the latest
DIK version, the year's Surat Penetapan and Berita Acara in force (as stored), the SOP and
the annual report, and DAFTAR-ISI.csv with each file's SHA-256; nothing left behind by a
cancel, a refusal or a document changed outside the app; and the command line."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

import main
from app.documents.store import finalise
from app.errors import ConflictError, PermissionDenied, UserError
from app.models import database
from app.permissions import SYSTEM_ACTOR, Actor
from app.reports.dik_versions import publish_dik
from app.reports.evidence import INDEX_NAME, refusal, write_evidence_pack
from app.reports.pdf import ReportCancelled
from app.store import close_database
from tests import test_tamper
from tests.conftest import outsider_edit

render = test_tamper.render


@pytest.fixture
def office(db, make_case, advance, render, utama, today):
    """Two cases past step 5 with their Berita Acara and Surat Penetapan finalised (one BA
    corrected to a version 2), and DIK version 1 published."""
    cases = [make_case(judul="Rekam medis"), make_case(judul="Tender")]
    for case in cases:
        advance(case.id, 6)
        finalise(utama, case.id, "ba_uji")
        finalise(utama, case.id, "penetapan")
    finalise(utama, cases[0].id, "ba_uji", reason="Nama peserta salah tulis.")
    publish_dik(utama, today, "Versi pertama")
    return cases


def read_index(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_the_zip_holds_each_file_once_with_its_sha256_in_the_index(office, utama, tmp_path):
    target = tmp_path / "bukti-2026.zip"
    written = write_evidence_pack(utama, 2026, target)
    assert written.files == (target,)
    with zipfile.ZipFile(target) as pack:
        names = pack.namelist()
        contents = {name: pack.read(name) for name in names}
    assert names[-1] == INDEX_NAME
    assert [n.split("/")[0] for n in names[:2]] == ["01 DIK", "01 DIK"]
    assert names[:2] == ["01 DIK/dik-versi-1.pdf", "01 DIK/dik-versi-1.xlsx"]
    penetapan = [n for n in names if n.startswith("02 Surat Penetapan/")]
    berita = [n for n in names if n.startswith("03 Berita Acara/")]
    assert len(penetapan) == 2
    assert len(berita) == 2 and sum("versi 2" in n for n in berita) == 1  # the one in force
    assert any(n.startswith("04 SOP/sop-uji-konsekuensi-") for n in names)
    assert "05 Laporan Tahunan/laporan-tahunan-2026.pdf" in names
    assert "05 Laporan Tahunan/laporan-tahunan-2026.xlsx" in names

    index = read_index(contents[INDEX_NAME])
    assert index[0] == ["No.", "Berkas", "Isi", "SHA-256", "Ukuran (bita)"]
    listed = {row[1]: row for row in index[1:]}
    assert set(listed) == set(names) - {INDEX_NAME}
    for name, row in listed.items():
        assert row[3] == hashlib.sha256(contents[name]).hexdigest(), name
        assert int(row[4]) == len(contents[name])
    assert "DIK versi 1" in listed["01 DIK/dik-versi-1.pdf"][2]
    assert "versi 2" in listed[[n for n in berita if "versi 2" in n][0]][2]

    dik = PdfReader(io.BytesIO(contents["01 DIK/dik-versi-1.pdf"]))
    assert float(dik.pages[0].mediabox.width) > float(dik.pages[0].mediabox.height)
    book = load_workbook(io.BytesIO(contents["01 DIK/dik-versi-1.xlsx"]))
    assert book.sheetnames == ["DIK", "Perubahan"]
    from app.documents.read import documents_where, get_pdf
    from app.models import Document

    stored = {get_pdf(d.id) for d in documents_where(Document.jenis == "penetapan")}
    assert {contents[n] for n in penetapan} == stored  # the finalised PDFs exactly as stored


def test_a_folder_pack_and_nothing_else_beside_it(office, utama, tmp_path):
    target = tmp_path / "bukti"
    write_evidence_pack(utama, 2026, target)
    files = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    index = read_index((target / INDEX_NAME).read_bytes())
    assert sorted(row[1] for row in index[1:]) == sorted(set(files) - {INDEX_NAME})
    for row in index[1:]:
        assert hashlib.sha256((target / row[1]).read_bytes()).hexdigest() == row[3]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("bukti")) == ["bukti"]


def test_a_cancel_at_any_step_leaves_nothing(office, utama, tmp_path):
    for target in (tmp_path / "batal.zip", tmp_path / "batal"):
        for stop_at in (1, 3, 8, 9, 12):
            calls = []

            def cancelled(calls=calls, stop_at=stop_at) -> bool:
                calls.append(1)
                return len(calls) >= stop_at

            with pytest.raises(ReportCancelled):
                write_evidence_pack(utama, 2026, target, cancelled=cancelled)
            assert [p.name for p in tmp_path.iterdir() if p.name.startswith("batal")] == []


def test_only_the_ppid_utama_the_administrator_and_the_command_line(office, tmp_path):
    for role in ("ppid_pembantu", "tim_pertimbangan", "atasan_ppid"):
        actor = Actor(role, "Seseorang")
        assert "tidak berwenang membuat paket bukti" in refusal(actor)
        with pytest.raises(PermissionDenied):
            write_evidence_pack(actor, 2026, tmp_path / f"{role}.zip")
    assert list(tmp_path.glob("*.zip")) == []
    assert refusal(Actor("admin", "Admin")) == refusal(SYSTEM_ACTOR) == ""


def test_no_dik_published_yet_is_refused_with_what_to_do(db, make_case, utama, tmp_path, today):
    make_case()
    with pytest.raises(ConflictError, match="Terbitkan DIK dulu"):
        write_evidence_pack(utama, 2026, tmp_path / "bukti.zip")
    assert list(tmp_path.glob("bukti*")) == []


def test_a_stored_pdf_changed_outside_the_app_stops_the_pack(office, utama, tmp_path):
    database.close()
    outsider_edit(
        None,
        (
            "UPDATE document SET pdf = ? WHERE jenis = 'penetapan' AND id = "
            "(SELECT MIN(id) FROM document WHERE jenis = 'penetapan')",
            (b"%PDF-1.4 palsu",),
        ),
    )
    database.connect(reuse_if_open=True)
    with pytest.raises(ConflictError, match="tidak cocok dengan sidik SHA-256"):
        write_evidence_pack(utama, 2026, tmp_path / "bukti.zip")
    assert list(tmp_path.glob("bukti*")) == []


def test_a_target_that_would_overwrite_is_refused(office, utama, tmp_path):
    (tmp_path / "ada.zip").write_bytes(b"lama")
    with pytest.raises(UserError, match="sudah ada"):
        write_evidence_pack(utama, 2026, tmp_path / "ada.zip")
    assert (tmp_path / "ada.zip").read_bytes() == b"lama"
    full = tmp_path / "penuh"
    full.mkdir()
    (full / "catatan.txt").write_text("punya orang")
    with pytest.raises(UserError, match="tidak kosong"):
        write_evidence_pack(utama, 2026, full)
    empty = tmp_path / "kosong"
    empty.mkdir()
    write_evidence_pack(utama, 2026, empty)  # an empty folder is taken
    assert (empty / INDEX_NAME).is_file()
    with pytest.raises(UserError, match="tidak ada"):
        write_evidence_pack(utama, 2026, tmp_path / "tidak" / "ada.zip")


def test_the_command_line(office, tmp_path, capsys):
    path = Path(database.database)
    close_database()
    target = tmp_path / "bukti.zip"
    assert main.main(["bukti-monitoring", "2026", "--db", str(path), "--ke", str(target)]) == 0
    assert "Paket bukti monitoring 2026 ditulis" in capsys.readouterr().out
    assert INDEX_NAME in zipfile.ZipFile(target).namelist()
    assert main.main(["bukti-monitoring", "2026", "--db", str(path), "--ke", str(target)]) == 1
    assert "sudah ada" in capsys.readouterr().err
    assert main.main(["bukti-monitoring", "2031", "--db", str(path), "--ke", "x.zip"]) == 1
    assert "belum dimulai" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main.main(["bukti-monitoring", "2026", "--db", str(path)])
    assert usage.value.code == 2
