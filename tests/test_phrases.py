"""The core's composed sentences as phrases (``app.phrases``): each is the same Indonesian
``str`` as before, byte for byte (compared below with the f-strings they replaced, kept here
as the reference), and keeps its template and params for the window's language."""

from __future__ import annotations

import copy
import pickle
import sys
from datetime import date
from pathlib import Path

import pytest

from app.calendar_service import current_calendar
from app.capabilities import capabilities
from app.cases import commands
from app.cases.listing import STATUS_LABELS, Thresholds
from app.cases.model import trigger_text
from app.cases.read import case_detail
from app.cases.timeline import (
    deadline_explanation,
    deadline_line,
    next_step_text,
    returned_by,
    timeline_rows,
)
from app.documents.numbering import example_number, format_number
from app.errors import ValidationError
from app.permissions import Action, Actor, Context, refusal, role_name
from app.phrases import Joined, Label, Phrase, any_of, duration, joined, label, phrase
from app.text import format_date, format_day_date, format_duration, terbilang
from app.workdays import DAY_KIND_LABEL, WorkCalendar, skb_missing
from tests.conftest import ACTORS

ROOT = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------------- the type
def test_a_phrase_is_its_indonesian_and_keeps_what_it_was_made_of():
    p = phrase(
        "Tahap {tahap}: {judul}, batas {batas}, {hari:hari}",
        tahap=2,
        judul=label("Rapat uji konsekuensi"),
        batas=date(2026, 11, 20),
        hari=date(2026, 11, 9),
    )
    assert p == "Tahap 2: Rapat uji konsekuensi, batas 20 November 2026, Senin, 9 November 2026"
    assert isinstance(p, str) and type(str(p)) is str
    assert p.template == "Tahap {tahap}: {judul}, batas {batas}, {hari:hari}"
    assert p.params["tahap"] == 2 and isinstance(p.params["judul"], Label)
    for again in (pickle.loads(pickle.dumps(p)), copy.deepcopy(p)):
        assert again == p and isinstance(again, Phrase) and again.template == p.template
    # Structure is lost by composing around a phrase: compose whole sentences instead.
    assert type(p + ".") is str and type(f"{p}.") is str


def test_params_are_written_the_indonesian_way():
    assert phrase("{n:,} karakter", n=5022) == "5.022 karakter"
    assert phrase("ke-{n:>2}", n=3) == "ke- 3"
    assert phrase("pada {t}", t=None) == "pada —"
    assert label("Terlambat", lower=True) == "terlambat"
    assert label("Terlambat", lower=True).source == "Terlambat"
    assert duration(10) == format_duration(10) == "10 (sepuluh) hari kerja"
    assert duration(1).plural == "n" and duration(1).params["words"] == terbilang(1)
    assert any_of([label("PPID Utama"), label("Administrator")]) == "PPID Utama atau Administrator"
    assert any_of([]) == ""
    both = joined([phrase("a {x}", x=1), "data"], "; ")
    assert both == "a 1; data" and isinstance(both, Joined) and len(both.parts) == 2


def test_a_plural_must_name_a_number():
    with pytest.raises(TypeError):
        phrase("{hari} hari kerja", hari="8", plural="hari")
    with pytest.raises(TypeError):
        phrase("{hari} hari kerja", hari=8, plural="jumlah")


# ----------------------------------------------------------------- the list of templates
def _tool():
    sys.path.insert(0, str(ROOT / "tools"))
    import translations

    return translations


def test_every_template_is_listed_and_a_computed_one_is_refused(tmp_path, monkeypatch):
    tool = _tool()
    plain, counted = tool.app_phrases()
    assert "Tahap {tahap} dari {jumlah}: {judul} ({peran}) — batas waktu {batas}, {sisa}" in plain
    assert "Berjalan" in plain  # label("…") literals too
    assert "terlambat {hari} hari kerja" in counted and "terlambat {hari} hari kerja" not in plain
    source = tool.app_texts_source()
    assert "QCoreApplication.translate('app', 'terlambat {hari} hari kerja', '', 1)" in source
    # Another module's phrase() (search_index.phrase) is not one.
    bad = tool.ROOT / "app" / "_phrase_probe.py"
    monkeypatch.setattr(tool, "app_sources", lambda: [bad])
    try:
        bad.write_text('from app.phrases import phrase\nX = phrase(f"{1} x")\n', encoding="utf-8")
        with pytest.raises(ValueError, match="_phrase_probe.py:2"):
            tool.app_phrases()
        bad.write_text("import search_index\nX = search_index.phrase(word)\n", encoding="utf-8")
        assert tool.app_phrases() == ([], [])
    finally:
        bad.unlink()


# -------------------------------------------- the Indonesian is what the f-strings wrote
def _old_deadline_line(detail, thresholds, calendar):
    current = detail.current
    if current is None:
        return f"Selesai pada {format_date(detail.case.tanggal_selesai)}"
    left = calendar.working_days_until(thresholds.today, current.batas_waktu)
    left_text = (
        f"terlambat {-left} hari kerja"
        if left < 0
        else "jatuh tempo hari ini"
        if left == 0
        else f"sisa {left} hari kerja"
    )
    step = detail.sop.step(current.tahap)
    return (
        f"Tahap {step.number} dari {len(detail.sop.steps)}: {step.title} "
        f"({role_name(step.actor)}) — batas waktu {format_date(current.batas_waktu)}, "
        f"{left_text}"
    )


def _old_as_text(ex) -> str:
    lines = [
        f"Mulai {format_day_date(ex.start)}; {format_duration(ex.working_days)}; "
        f"hari ke-1 adalah hari kerja pertama sesudah tanggal mulai.",
    ]
    for d in ex.days:
        if d.skipped is None:
            lines.append(f"  hari ke-{d.counted:>2}  {format_day_date(d.day)}")
        else:
            s = d.skipped
            text = DAY_KIND_LABEL[s.kind]
            text += f": {s.name}" if s.name else ""
            text += f" ({s.rujukan})" if s.rujukan else ""
            lines.append(f"  dilewati    {format_day_date(d.day)} — {text}")
    lines.append(f"Batas waktu: {format_date(ex.due)}.")
    return "\n".join(lines)


def _old_basis(calendar, basis, years):
    sources = []
    for year in sorted(set(years)):
        skb = calendar.skb.get(year)
        sources.append(
            f"tahun {year} menurut {skb}"
            if skb
            else f"tahun {year} (SKB belum dicatat untuk tahun {year})"
        )
    parts = ["Kalender hari kerja Ujikon: libur nasional dan cuti bersama " + "; ".join(sources)]
    import re

    m = re.search(r"revisi lokal (\d+); cuti bersama (libur|hari kerja)", basis)
    if m is None:
        parts.append(f"catatan kalender tersimpan: {basis}")
    else:
        revision, libur = int(m.group(1)), m.group(2) == "libur"
        parts.append(
            "cuti bersama dihitung sebagai hari libur"
            if libur
            else "cuti bersama dihitung sebagai hari kerja"
        )
        parts.append(
            f"{revision} perubahan oleh administrator"
            if revision
            else "tanpa perubahan oleh administrator"
        )
    return "; ".join(parts)


def _old_explanation(row, calendar):
    if row.record is None:
        return (
            f"Tahap {row.step.number} belum dimulai. Batas waktunya dihitung "
            f"{format_duration(row.step.working_days)} sejak tahap sebelumnya selesai."
        )
    rec = row.record
    ex = calendar.explain(rec.tanggal_mulai, rec.hari_kerja)
    text = f"Tahap {row.step.number}: {row.step.title}\n" + _old_as_text(ex)
    years = range(rec.tanggal_mulai.year, max(rec.batas_waktu, ex.due).year + 1)
    text += f"\n\nDasar kalender: {_old_basis(calendar, rec.dasar_kalender, years)}."
    if ex.due != rec.batas_waktu:
        text += (
            f"\nCatatan: batas waktu tersimpan {format_date(rec.batas_waktu)} dihitung "
            "dengan kalender lama (tahap sudah tidak berjalan)."
        )
    return text


def _old_status(detail, rec, thresholds, signed):
    from app.cases.timeline import _send_back
    from app.states import StepStatus

    if rec.status == StepStatus.RUNNING:
        deadline = thresholds.status_of(False, rec.batas_waktu)
        back = returned_by(detail, rec)
        running = "Berjalan"
        if back is not None:
            running = f"Berjalan lagi (dikembalikan dari tahap {back.from_step.number})"
        text = f"{running} — {STATUS_LABELS[deadline].lower()}"
    elif rec.status == StepStatus.DONE:
        text = "Selesai, terlambat" if rec.late else "Selesai"
    else:
        text = f"Dikembalikan ke tahap {_send_back(detail, rec).to_step}"
    return text + (" · ditandatangani" if rec.tahap in signed else "")


@pytest.mark.parametrize("when", ["early", "due", "late"])
def test_the_timeline_and_deadline_line_read_as_before(make_case, officials, when):
    from datetime import timedelta

    from app import clock
    from tests.conftest import advance_case

    case_id = make_case(start=date(2026, 3, 2)).id
    # A case sent back once, then running its returned step: every status word appears.
    advance_case(case_id, 5, officials)
    commands.send_back(ACTORS["atasan_ppid"], case_id, 5, "Alasan butir 2 belum lengkap.")
    due = case_detail(case_id).current.batas_waktu
    day = {"early": clock.today(), "due": due, "late": due + timedelta(days=40)}[when]
    clock.pin_today(day)
    calendar = current_calendar()
    detail = case_detail(case_id)
    thresholds = Thresholds.compute(clock.today(), calendar)
    line, _tone = deadline_line(detail, thresholds, calendar)
    assert isinstance(line, Phrase)
    assert str(line) == _old_deadline_line(detail, thresholds, calendar)
    ending = {"early": " hari kerja", "due": "jatuh tempo hari ini", "late": " hari kerja"}
    assert line.endswith(ending[when]) and ("terlambat" in line) == (when == "late")
    signed = {1, 4}
    rows = timeline_rows(detail, thresholds, calendar, signed)
    for row in rows:
        if row.record is not None:
            assert str(row.status) == _old_status(detail, row.record, thresholds, signed)
        else:
            assert row.status == "Belum mulai"
        assert str(deadline_explanation(row, calendar)) == _old_explanation(row, calendar)
    statuses = " ".join(r.status for r in rows)
    for word in ("Berjalan lagi", "Dikembalikan ke tahap 4", "· ditandatangani", "Belum mulai"):
        assert word in statuses
    assert "  dilewati    " in deadline_explanation(rows[0], calendar)
    assert str(next_step_text(detail, calendar, clock.today())).startswith("Tahap 5 (")


def test_a_finished_case_and_a_case_due_today_read_as_before(make_case, officials, today):
    from tests.conftest import advance_case

    case_id = make_case(start=date(2026, 3, 2)).id
    detail = advance_case(case_id, 7, officials)
    calendar = current_calendar()
    thresholds = Thresholds.compute(today, calendar)
    line, _ = deadline_line(detail, thresholds, calendar)
    assert line == _old_deadline_line(detail, thresholds, calendar)
    assert line.startswith("Selesai pada ")
    assert next_step_text(detail, calendar, today) == "Kasus akan dinyatakan selesai."


def test_a_calendar_basis_of_another_shape_and_a_recorded_skb_read_as_before():
    cal = WorkCalendar(skb={2026: "SKB 3 Menteri No. 1 Tahun 2025"}, revision=3)
    for basis in (cal.basis, "ditulis tangan", "revisi lokal 0; cuti bersama hari kerja"):
        assert cal.basis_wording(basis, [2026, 2027]) == _old_basis(cal, basis, [2026, 2027])
    ex = cal.explain(date(2026, 12, 20), 8)  # Christmas, cuti bersama and a weekend
    assert cal.explain(date(2026, 12, 20), 8).as_text() == _old_as_text(ex)
    assert skb_missing(2027) == "SKB belum dicatat untuk tahun 2027"


def test_refusals_read_as_before():
    pembantu = Actor("ppid_pembantu", opd_id=1)
    assert refusal(Actor("admin"), Action.CREATE_CASE) == (
        "Administrator tidak berwenang membuat kasus baru. "
        "Yang berwenang: PPID Pembantu, PPID Utama."
    )
    assert refusal(pembantu, Action.WORK_STEP, Context(step_roles=("ppid_utama",))) == (
        "Tahap ini dikerjakan oleh PPID Utama; PPID Pembantu tidak dapat mengubahnya."
    )
    assert refusal(pembantu, Action.PRINT_DOCUMENT, Context(step_roles=("tim_pertimbangan",))) == (
        "PPID Pembantu tidak dapat mencetak dokumen final tahap ini; tahap ini dikerjakan "
        "oleh Tim Pertimbangan."
    )
    assert refusal(pembantu, Action.CREATE_CASE, Context(case_opd=2)) == (
        "PPID Pembantu hanya dapat membuat kasus baru untuk perangkat daerahnya sendiri."
    )
    assert refusal(pembantu, Action.WORK_STEP, Context(step_roles=())) == (
        "Tahap ini dikerjakan oleh peran lain; PPID Pembantu tidak dapat mengubahnya."
    )
    refused = refusal(Actor("admin"), Action.CREATE_CASE)
    assert isinstance(refused, Phrase) and refused.params["peran"].source == "Administrator"


def test_read_only_reasons_and_remedies_read_as_before(make_case, officials):
    from tests.conftest import advance_case

    case_id = make_case().id
    detail = advance_case(case_id, 2, officials)
    can = capabilities(Actor("tim_pertimbangan"), detail)
    assert can.read_only_reason == (
        "Anda bertindak sebagai Tim Pertimbangan. Tahap ini dikerjakan oleh PPID Utama; "
        "formulir hanya dapat dibaca. Ganti peran di bilah alat bila Anda pelaksananya."
    )
    from app.models import Opd

    step1 = make_case(judul="Kasus kedua").id
    others = [o for o in Opd.select().order_by(Opd.nama) if o.singkatan != "Dinkes"][:7]
    for count in (2, 7):
        chosen = others[:count]
        actor = Actor("ppid_pembantu", opd_ids=frozenset(o.id for o in chosen))
        reason = capabilities(actor, case_detail(step1)).read_only_reason
        names = sorted(chosen, key=lambda o: o.nama)
        short = [o.singkatan or o.nama for o in names]
        listed = (
            ", ".join(short)
            if count <= 5
            else f"{', '.join(short[:5])} dan {count - 5} perangkat daerah lain"
        )
        assert reason == (
            f"Kasus ini milik Dinas Kesehatan. Anda PPID Pembantu untuk {listed}; formulir "
            "hanya dapat dibaca."
        )


def test_case_and_document_texts_read_as_before():
    assert trigger_text("permohonan", "012/PPID/2026") == (
        "Atas permohonan informasi (rujukan: 012/PPID/2026)"
    )
    assert trigger_text("permohonan") == "Atas permohonan informasi"
    assert trigger_text("lain-lain") == "lain-lain"
    assert example_number("{kode}/{urut:03d}/{unit}/{tahun}", "000.9.2", "PPID") == (
        "Nomor urut ke-12 pada November 2026 menjadi 000.9.2/012/PPID/2026."
    )
    assert example_number("{kode}", "", "") == (
        "Pola nomor harus memuat {urut} (nomor urut), misalnya {urut:03d}."
    )
    with pytest.raises(ValidationError) as raised:
        format_number("{urut:900d}", kode="", urut=1, unit="", tanggal=date(2026, 1, 1))
    assert "nomor paling panjang" in raised.value.message
    with pytest.raises(ValidationError) as raised:
        format_number("{urut}/{tahun:s}", kode="", urut=1, unit="", tanggal=date(2026, 1, 1))
    assert raised.value.message == 'Format "s" tidak cocok untuk token {tahun} (tahun).'


def test_field_checks_read_as_before():
    from app.validation import check_date, check_text

    problems = []
    check_text(problems, "a", "Nama lengkap", "", required=True)
    check_text(problems, "b", "Jabatan", "x" * 1200, max_len=1000)
    check_text(problems, "c", "Judul", "satu\ndua")
    check_text(problems, "d", "Judul", "\u4e2d\u6587")
    check_date(
        problems,
        "e",
        "Tanggal",
        date(2026, 1, 1),
        not_before=date(2026, 2, 1),
        not_before_label="tanggal mulai tahap",
    )
    check_date(
        problems,
        "f",
        "Tanggal",
        date(2026, 3, 1),
        not_after=date(2026, 2, 1),
        not_after_label="hari ini",
    )
    assert [p.message for p in problems] == [
        "Nama lengkap wajib diisi.",
        "Jabatan terlalu panjang (1.200 karakter; paling banyak 1.000). Ringkas isinya.",
        "Judul harus satu baris.",
        problems[3].message,
        "Tanggal (1 Januari 2026) tidak boleh sebelum tanggal mulai tahap (1 Februari 2026).",
        "Tanggal (1 Maret 2026) tidak boleh setelah hari ini (1 Februari 2026).",
    ]
    assert problems[3].message.startswith("Judul berisi karakter yang tidak dapat dicetak")
    assert problems[3].message.endswith("). Gunakan huruf Latin.")
    assert all(isinstance(p.message, Phrase) for p in problems)
