"""Demo data: 36 service-driven cases across every step (some overdue, some finished), the
refusal to fill a database that has cases, and the bulk mode used for benchmarks, which must
write exactly the rows and the history the services would."""

import gc
import json
import os
import random
import re
import shutil
from collections import defaultdict
from contextlib import contextmanager
from datetime import date

import pytest

from app import clock, history, refdata, store
from app import demo as demo_module
from app.cases import commands, rules
from app.cases.read import case_detail
from app.cases.records import search_text
from app.demo import (
    CORRECTION_REASON,
    EVENT_DATE_FIELDS,
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
    MAX_CASES,
    SAMPLE_ITEMS,
    SERVICE_LIMIT,
    DemoError,
    _actors,
    _case_actors,
    _item_values,
    _make_officials,
    fill_demo,
)
from app.models import (
    Case,
    Document,
    Event,
    InfoItem,
    NumberRegister,
    Official,
    Opd,
    Participant,
    StepRecord,
    User,
    database,
)
from app.permissions import ADMIN, Actor
from app.refdata import current_sop
from app.store import close_database
from app.store.engine import on_server

TODAY = date(2026, 11, 25)
NOMOR = re.compile(r"^(\d{3})/UK-PPID/(\d{4})$")


def snapshot() -> dict:
    """What the tests check, read while the demo database is open."""
    cases = list(Case.select().order_by(Case.id))
    steps = defaultdict(list)
    for rec in StepRecord.select().order_by(StepRecord.id):
        steps[rec.case_id].append(rec)
    return {
        "cases": cases,
        "steps": dict(steps),
        "items": {c.id: InfoItem.select().where(InfoItem.case == c.id).count() for c in cases},
        "events": Event.select().where(Event.case.is_null(False)).count(),
        "officials": Official.select().count(),
    }


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The default demo (36 cases through the services), filled once with today pinned."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store.open_database(path)
    clock.pin_today(TODAY)
    try:
        created = fill_demo()
        data = snapshot()
    finally:
        clock.pin_today(None)
        close_database()
    return {"path": path, "created": created, **data}


def test_the_default_demo_has_36_cases(demo):
    assert demo["created"] == 36 and len(demo["cases"]) == 36


def test_demo_cases_are_running_at_every_step_and_some_are_finished(demo):
    running = {c.tahap for c in demo["cases"] if c.status == "berjalan"}
    assert running == {1, 2, 3, 4, 5, 6}
    finished = [c for c in demo["cases"] if c.status == "selesai"]
    assert finished and all(c.batas_waktu is None and c.tanggal_selesai for c in finished)


def test_some_demo_cases_are_overdue_and_some_are_not(demo):
    running = [c for c in demo["cases"] if c.status == "berjalan"]
    overdue = [c for c in running if c.batas_waktu < TODAY]
    assert 0 < len(overdue) < len(running)


def test_demo_cases_have_a_valid_register_sequence(demo):
    by_year = defaultdict(list)
    for c in demo["cases"]:
        m = NOMOR.match(c.nomor)
        assert m and int(m.group(1)) == c.urut and int(m.group(2)) == c.tahun
        by_year[c.tahun].append(c.urut)
    for seqs in by_year.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))


def test_demo_cases_start_in_the_past_and_their_steps_agree_with_the_case(demo):
    for c in demo["cases"]:
        recs = demo["steps"][c.id]
        assert c.tanggal_mulai <= TODAY
        assert demo["items"][c.id] >= 1
        assert recs[0].tahap == 1 and recs[0].tanggal_mulai == c.tanggal_mulai
        running = [r for r in recs if r.status == "berjalan"]
        if c.status == "selesai":
            assert running == [] and recs[-1].tahap == 6
        else:
            [rec] = running
            assert (rec.tahap, rec.batas_waktu) == (c.tahap, c.batas_waktu)
        assert all(r.tanggal_selesai <= TODAY for r in recs if r.tanggal_selesai)


def test_the_demo_includes_a_step_sent_back_by_atasan_ppid(demo):
    returned = [r for recs in demo["steps"].values() for r in recs if r.status == "dikembalikan"]
    assert returned and all(r.tahap == 5 and r.alasan_kembali for r in returned)


def test_the_demo_writes_history_and_officials(demo):
    assert demo["events"] > 36 * 2
    assert demo["officials"] >= 7


def test_the_demo_refuses_a_database_that_already_has_cases(demo):
    store.open_database(demo["path"])
    try:
        with pytest.raises(DemoError, match="sudah berisi kasus"):
            fill_demo(cases=3)
        assert Case.select().count() == 36
    finally:
        close_database()


@pytest.mark.parametrize("cases", [0, MAX_CASES + 1])
def test_the_demo_size_must_be_between_1_and_100000(db, cases):
    with pytest.raises(DemoError, match="1 sampai 100.000"):
        fill_demo(cases=cases)
    assert Case.select().count() == 0


# ----------------------------------------------------------------------------- the bulk demo
BULK_CASES = 300  # above SERVICE_LIMIT: the bulk path, small enough for the tests


@contextmanager
def opened(path):
    """The database at ``path`` as the active one, today pinned, for the block."""
    refdata._sop_cache.clear()
    store.open_database(path)
    clock.pin_today(TODAY)
    try:
        yield
    finally:
        clock.pin_today(None)
        close_database()


@pytest.fixture(scope="module")
def bulk(tmp_path_factory):
    """A bulk demo of BULK_CASES cases, filled once with today pinned; its file."""
    path = tmp_path_factory.mktemp("bulk") / "bulk.db"
    with opened(path):
        assert BULK_CASES > SERVICE_LIMIT
        assert fill_demo(cases=BULK_CASES) == BULK_CASES
    return path


def test_bulk_demo_creates_the_cases_with_step_records_and_a_valid_register(bulk):
    with opened(bulk):
        cases = list(Case.select())
        steps = defaultdict(list)
        for rec in StepRecord.select().order_by(StepRecord.id):
            steps[rec.case_id].append(rec)
        items = InfoItem.select().count()
    assert len(cases) == BULK_CASES
    by_year = defaultdict(list)
    for c in cases:
        m = NOMOR.match(c.nomor)
        assert m and int(m.group(1)) == c.urut and int(m.group(2)) == c.tahun
        by_year[c.tahun].append(c.urut)
    for seqs in by_year.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
    assert set(steps) == {c.id for c in cases}
    for c in cases:
        recs = steps[c.id]
        running = [r for r in recs if r.status == "berjalan"]
        numbers = [r.tahap for r in recs]
        assert numbers[:1] == [1] and recs[0].tanggal_mulai == c.tanggal_mulai
        if numbers[-2:] == [5, 4]:  # sent back by the Atasan
            assert numbers == [1, 2, 3, 4, 5, 4] and recs[-1].putaran == 2
        else:
            assert numbers == list(range(1, len(recs) + 1))
        if c.status == "selesai":
            assert running == [] and c.tahap == 6 and c.batas_waktu is None
            assert c.tanggal_selesai == recs[-1].tanggal_selesai
        else:
            [rec] = running
            assert rec is recs[-1]
            assert (rec.tahap, rec.batas_waktu) == (c.tahap, c.batas_waktu)
            assert c.pelaksana == current_sop().step(c.tahap).actor
        assert all(r.tanggal_selesai <= TODAY for r in recs if r.tanggal_selesai)
    assert items >= BULK_CASES
    assert {c.status for c in cases} == {"berjalan", "selesai"}


def test_every_completed_step_of_a_bulk_case_passes_the_completion_rules(bulk):
    """What ``complete_step`` checks holds for every step the bulk demo marks completed:
    its required fields, every item's required fields and the meeting's participants."""
    checked = 0
    with opened(bulk):
        for case_id in [c.id for c in Case.select(Case.id)]:
            detail = case_detail(case_id)
            for rec in detail.steps:
                if rec.status != "selesai":
                    continue
                step = detail.sop.step(rec.tahap)
                assert rules.completion_problems(detail, step) == [], (case_id, rec.tahap)
                assert rec.selesai_oleh and rec.selesai_peran == step.actor
                assert rec.selesai_pada is not None
                assert set(step.required) <= set(rec.data)
                checked += 1
    assert checked > BULK_CASES


def test_bulk_cases_have_the_participants_and_search_text_the_services_write(bulk):
    with opened(bulk):
        for case in Case.select().join(Opd):
            done = {
                r.tahap
                for r in StepRecord.select().where(
                    (StepRecord.case == case.id) & (StepRecord.status == "selesai")
                )
            }
            meetings = {s.number for s in current_sop().steps if s.participants} & done
            stored = {p.tahap for p in Participant.select().where(Participant.case == case.id)}
            assert stored == meetings
            texts = [
                t
                for i in InfoItem.select().where(InfoItem.case == case.id).order_by(InfoItem.urut)
                for t in (i.uraian, i.dokumen_sumber)
            ]
            assert case.search_text == search_text(
                case.nomor,
                case.judul,
                case.opd.nama,
                case.opd.singkatan,
                case.pemicu_rujukan,
                texts,
            )


def test_bulk_items_hold_the_demo_samples_as_step_1_saves_them(bulk):
    samples = {s.uraian: s for s in SAMPLE_ITEMS}
    with opened(bulk):
        step1 = current_sop().steps[0]
        for item in InfoItem.select(InfoItem, Case).join(Case):
            sample = samples[item.uraian]
            expected = rules.clean_item_values(_item_values(sample, item.case.tanggal_mulai), step1)
            assert {k: getattr(item, k) for k in expected} == expected


def test_the_bulk_demo_sends_some_cases_back_from_step_5(bulk):
    with opened(bulk):
        returned = list(StepRecord.select().where(StepRecord.status == "dikembalikan"))
        events = Event.select().where(Event.jenis == "tahap_dikembalikan").count()
    assert returned and all(r.tahap == 5 and r.alasan_kembali for r in returned)
    assert events == len(returned)


@pytest.mark.sqlite_only  # a copy of the bulk demo's file
def test_the_bulk_history_verifies_and_a_later_event_chains_onto_it(bulk, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copy(bulk, path)
    with opened(path):
        result = history.verify_chain()
        events = Event.select().count()
        assert result.ok and result.count == events
        assert events > BULK_CASES * 10
        with database.atomic():
            history.record(
                history.EventKind.SETTINGS_CHANGED, "Sesudah demo", Actor(ADMIN, "Admin")
            )
        result = history.verify_chain()
        assert result.ok and result.count == events + 1


@pytest.mark.sqlite_only  # the file's journal mode and PRAGMA foreign_key_check
def test_the_bulk_demo_leaves_the_file_in_wal_mode_with_valid_references(bulk):
    assert gc.isenabled()  # the collector, paused while filling, runs again
    with opened(bulk):
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def stored_rows(table: str, case_id: int) -> list[dict]:
    """The rows of ``table`` that belong to the case, as SQLite stores them."""
    column = "id" if table == "case" else "case_id"
    cursor = database.execute_sql(
        f'SELECT * FROM "{table}" WHERE {column} = ? ORDER BY id', (case_id,)
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


DOCUMENTS_EVENT = "dokumen_difinalkan"
# What a replay may write differently: ids, the moments of writing and the chain's hashes.
VOLATILE = {"id", "case_id", "created_at", "updated_at", "waktu", "hash", "hash_sebelum"}


def written(case_id: int) -> dict:
    """Everything the case's rows and events hold, but VOLATILE; the register number (the
    replay numbers its cases anew) is replaced by a placeholder."""
    nomor = Case.get_by_id(case_id).nomor
    out = {}
    for table in ("case", "infoitem", "steprecord", "participant", "event"):
        rows = []
        for row in stored_rows(table, case_id):
            if table == "event" and row["jenis"] == DOCUMENTS_EVENT:
                continue  # the bulk demo's few documents: checked by their own tests
            if table == "case":
                row["urut"] = "<urut>"
            if "selesai_pada" in row:
                row["selesai_pada"] = row["selesai_pada"] is not None
            rows.append(
                {
                    k: v.replace(nomor, "<nomor>").replace(nomor.lower(), "<nomor>")
                    if isinstance(v, str)
                    else v
                    for k, v in row.items()
                    if k not in VOLATILE
                }
            )
        out[table] = rows
    return out


def _stored_date(value) -> date:
    """A date column as read raw: ISO text from SQLite, a date from a server."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def replay(bulk_case: dict, actors: dict) -> int:
    """Work a case through the commands as the bulk demo says it was worked: the same case,
    items, item values, step forms, participants, completion dates and send-back."""
    sop = current_sop()
    case = bulk_case["case"][0]
    new = commands.create_case(
        actors["ppid_pembantu"],
        commands.NewCase(
            opd_id=case["opd_id"],
            pemicu=case["pemicu"],
            judul=case["judul"],
            tanggal_mulai=_stored_date(case["tanggal_mulai"]),
            pemicu_rujukan=case["pemicu_rujukan"],
        ),
    ).case
    items = [{**i, "dasar_hukum": json.loads(i["dasar_hukum"])} for i in bulk_case["infoitem"]]

    def step_values(item: dict, step) -> dict:
        columns = [c for key in step.item_fields for c in rules.item_columns(key)]
        return {c: item[c] for c in columns if item[c] not in ("", None, [])}

    for item in items:
        commands.save_item(actors["ppid_pembantu"], new.id, step_values(item, sop.steps[0]))
    ids = [i.id for i in case_detail(new.id).items]
    for rec in bulk_case["steprecord"]:
        step = sop.step(rec["tahap"])
        if rec["status"] == "berjalan":
            break
        on = _stored_date(rec["tanggal_selesai"])
        if rec["status"] == "dikembalikan":
            commands.send_back(
                actors["atasan_ppid"], new.id, step.number, rec["alasan_kembali"], on=on
            )
            continue
        actor = actors[step.actor]
        for item, item_id in zip(items, ids, strict=True):
            commands.save_item(actor, new.id, step_values(item, step), item_id)
        commands.save_step(actor, new.id, step.number, json.loads(rec["data"]))
        if step.participants:
            commands.set_participants(
                actor,
                new.id,
                step.number,
                [
                    (p["official_id"], bool(p["hadir"]))
                    for p in bulk_case["participant"]
                    if p["tahap"] == step.number
                ],
            )
        commands.complete_step(actor, new.id, step.number, on=on)
    return new.id


def test_a_bulk_case_is_exactly_what_the_services_write_for_it(bulk, tmp_path):
    """Cases of every kind (each step running, finished, sent back), worked again through
    the commands in a fresh database: the same rows and the same history events."""
    with opened(bulk):
        kinds: dict[tuple, list[int]] = defaultdict(list)
        for case in Case.select().order_by(Case.id):
            sent_back = StepRecord.select().where(
                (StepRecord.case == case.id) & (StepRecord.status == "dikembalikan")
            )
            kinds[(case.status, case.tahap, sent_back.exists())].append(case.id)
        picked = [i for ids in kinds.values() for i in ids[:2]]
        expected = {i: written(i) for i in picked}
        raw = {
            i: {t: stored_rows(t, i) for t in ("case", "infoitem", "steprecord", "participant")}
            for i in picked
        }
    assert len(kinds) == 8  # steps 1–6 running, finished, step 4 again after a return
    with opened(tmp_path / "replay.db"):
        officials = _make_officials(Actor(ADMIN, "Demo"), random.Random(2026))
        office = _actors(officials)
        for case_id in picked:
            actors = _case_actors(office, raw[case_id]["case"][0]["opd_id"])
            assert written(replay(raw[case_id], actors)) == expected[case_id], case_id


def content(path) -> list:
    """Every case's rows and events in a demo file, but what differs from run to run."""
    with opened(path):
        return [
            {k: v for k, v in row.items() if k not in VOLATILE | {"selesai_pada"}}
            for case_id in range(1, BULK_CASES + 1)
            for table in ("case", "infoitem", "steprecord", "participant", "event")
            for row in stored_rows(table, case_id)
            if row.get("jenis") != DOCUMENTS_EVENT  # their verification codes are random
        ]


def test_the_bulk_demo_is_reproducible_and_the_same_built_aside_or_in_turn(
    bulk, tmp_path, monkeypatch
):
    """The module's demo was built in a child process where fork is at hand (Linux); built
    here in turn, with the same seed, it is the same."""
    monkeypatch.setattr(demo_module, "BUILD_ASIDE", False)
    with opened(tmp_path / "again.db"):
        fill_demo(cases=BULK_CASES)
        assert history.verify_chain().ok
    assert content(tmp_path / "again.db") == content(bulk)


@pytest.mark.parametrize("aside", [True, False])
def test_a_failure_while_building_leaves_the_database_as_it_was(tmp_path, monkeypatch, aside):
    monkeypatch.setattr(demo_module, "BUILD_ASIDE", aside)
    real = demo_module._BulkFill.add_case

    def failing(self, index, chain):
        if index == 250:
            raise RuntimeError("rusak di tengah")
        real(self, index, chain)

    monkeypatch.setattr(demo_module._BulkFill, "add_case", failing)
    with opened(tmp_path / "failed.db"):
        with pytest.raises((DemoError, RuntimeError), match="rusak di tengah"):
            fill_demo(cases=BULK_CASES)
        assert Case.select().count() == 0 and Event.select().count() == 0
        assert not User.select().exists()
        assert history.verify_chain().ok
        if not on_server():  # the file's journal mode (a server has none)
            assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.skipif(not demo_module.BUILD_ASIDE, reason="builds in turn on this platform")
def test_a_building_process_that_dies_is_reported_and_nothing_is_written(tmp_path, monkeypatch):
    def dying(self, index, chain):
        os._exit(3)  # only ever runs in the child building aside

    monkeypatch.setattr(demo_module._BulkFill, "add_case", dying)
    with opened(tmp_path / "died.db"):
        with pytest.raises(DemoError, match="kode keluar 3"):
            fill_demo(cases=BULK_CASES)
        assert Case.select().count() == 0


# ----------------------------------------------------------------------------- documents
def expected_documents(case_id: int) -> dict[str, date]:
    """The documents the case's completed steps issue (those it needs), with the date of
    the event each records."""
    from app.documents.catalog import listed
    from app.documents.readiness import readiness
    from app.validation import parse_iso_date

    detail = case_detail(case_id)
    out = {}
    for spec in listed(detail):
        done = [r for r in detail.steps if r.tahap == spec.step and r.status == "selesai"]
        if spec.step is None or not done or not readiness(detail, spec, {}).applies:
            continue
        data = done[-1].data
        dates = [parse_iso_date(data[k]) for k in EVENT_DATE_FIELDS if data.get(k)]
        out[spec.kind] = dates[0] if dates else done[-1].tanggal_selesai
    return out


def first_versions(case_id: int) -> dict[str, Document]:
    docs = Document.select().where((Document.case == case_id) & (Document.versi == 1))
    return {d.jenis: d for d in docs}


def check_document(doc: Document) -> None:
    """A finalised document as the service stores it: its number taken from the register
    (and linked there), a verification code, the PDF that verifies as genuine."""
    from app.documents.store import verify_pdf

    register = NumberRegister.get(NumberRegister.document == doc.id)
    assert register.nomor == doc.nomor and register.status == "dipakai"
    assert register.tahun == doc.tanggal.year
    assert doc.kode and doc.pdf.startswith(b"%PDF")
    assert verify_pdf(doc.pdf).status == "asli"


def test_cases_past_a_step_carry_that_steps_documents_dated_by_their_events(demo):
    with opened(demo["path"]):
        kinds = set()
        for case in Case.select():
            expected = expected_documents(case.id)
            docs = first_versions(case.id)
            assert {k: d.tanggal for k, d in docs.items()} == expected, case.nomor
            kinds |= set(expected)
        for doc in Document.select().where(Document.versi == 1).limit(40):
            check_document(doc)
    assert kinds == {
        "laporan_identifikasi",
        "ba_pembantu",
        "laporan_uji",
        "ba_uji",
        "lembar_pertimbangan",
        "penetapan",
        "pemberitahuan",
    }


def test_the_registers_numbers_rise_with_the_document_dates(demo):
    """Finalised in the order of their dates across the cases, as an office numbers them."""
    with opened(demo["path"]):
        by_sequence = defaultdict(list)
        rows = (
            NumberRegister.select(NumberRegister, Document)
            .join(Document)
            .order_by(NumberRegister.urut)
        )
        for row in rows:
            doc = row.document
            # one sequence per register: the PPID Utama's, and each OPD's own
            key = (row.penerbit, row.jenis, row.tahun)
            by_sequence[key].append((row.urut, doc.tanggal, doc.versi))
    assert by_sequence
    for numbers in by_sequence.values():
        assert [u for u, _, _ in numbers] == list(range(1, len(numbers) + 1))
        # a correction takes the next number days later, carrying its event's date
        dates = [d for _, d, versi in numbers if versi == 1]
        assert dates == sorted(dates)


def test_some_demo_documents_are_corrected_with_a_reason_and_a_new_number(demo):
    from app.documents.store import verify_pdf

    with opened(demo["path"]):
        corrected = list(Document.select().where(Document.versi == 2))
        assert 2 <= len(corrected) <= 10
        for doc in corrected:
            first = Document.get_by_id(doc.menggantikan)
            assert (first.case_id, first.jenis, first.versi) == (doc.case_id, doc.jenis, 1)
            assert doc.alasan_koreksi == CORRECTION_REASON
            assert doc.tanggal == first.tanggal and doc.nomor != first.nomor
            check_document(doc)
            assert "versi" in verify_pdf(first.pdf).message.lower()
        assert history.verify_chain().ok


def test_bulk_documents_go_to_a_bounded_number_of_cases_of_every_state(bulk):
    with opened(bulk):
        with_documents = {d.case_id for d in Document.select(Document.case)}
        assert len(with_documents) == 6  # one case of each state past step 1
        kinds = set()
        for case_id in with_documents:
            expected = expected_documents(case_id)
            assert {k: d.tanggal for k, d in first_versions(case_id).items()} == expected
            kinds |= set(expected)
        assert {"ba_uji", "penetapan", "pemberitahuan"} <= kinds
        corrected = Document.select().where(Document.versi == 2)
        assert corrected.count() >= 1
        check_document(corrected.get())


# ----------------------------------------------------------------------------- people
def test_demo_officials_have_a_nip_sex_digit_that_agrees_with_their_name(demo):
    with opened(demo["path"]):
        officials = list(Official.select())
    assert len(officials) > 60  # a PPID Pembantu for every active OPD, and the others
    sexes = set()
    for official in officials:
        first = official.nama.rsplit(" ", 1)[0]
        sex = official.nip[14]
        assert (first in MALE_FIRST_NAMES, first in FEMALE_FIRST_NAMES) == (
            sex == "1",
            sex == "2",
        ), official.nama
        sexes.add(sex)
    assert sexes == {"1", "2"}


def test_demo_jabatan_are_written_in_full(demo):
    with opened(demo["path"]):
        short = {o.singkatan for o in Opd.select() if o.singkatan and o.singkatan not in o.nama}
        jabatan = [o.jabatan for o in Official.select()]
    for text in jabatan:
        words = set(re.findall(r"[A-Za-z]+", text))
        assert not words & (short | {"Kadis", "Kominfo", "Sekda", "Kabag", "Kabid"}), text
    assert "Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik" in jabatan
    assert "Sekretaris Dinas Kesehatan" in jabatan


def check_meetings_with_the_cases_ppid_pembantu() -> int:
    """Every completed meeting step the PPID Pembantu does not hold itself had the case's own
    PPID Pembantu present; so it gives no warning. Returns how many were checked."""
    checked = 0
    for case in Case.select():
        detail = case_detail(case.id)
        for rec in detail.steps:
            step = detail.sop.step(rec.tahap)
            if rec.status != "selesai" or not step.participants:
                continue
            present = detail.attended(step.number)
            assert any(o.peran == "ppid_pembantu" and o.opd_id == case.opd_id for o in present), (
                case.nomor
            )
            assert rules.step_warnings(detail, step) == []
            checked += step.actor != "ppid_pembantu"
    return checked


def test_the_cases_own_ppid_pembantu_sits_in_the_step_2_meeting(demo):
    with opened(demo["path"]):
        assert check_meetings_with_the_cases_ppid_pembantu() > 10


def test_bulk_cases_have_their_own_ppid_pembantu_in_the_step_2_meeting(bulk):
    with opened(bulk):
        assert check_meetings_with_the_cases_ppid_pembantu() > 100


def check_cases_registered_by_their_own_ppid_pembantu() -> None:
    names = {
        o.opd_id: o.full_name for o in Official.select().where(Official.peran == "ppid_pembantu")
    }
    for case in Case.select():
        step1 = StepRecord.get((StepRecord.case == case.id) & (StepRecord.tahap == 1))
        created = Event.get((Event.case == case.id) & (Event.jenis == "kasus_dibuat"))
        assert created.pelaku == names[case.opd_id], case.nomor
        if step1.status == "selesai":
            assert step1.selesai_oleh == names[case.opd_id], case.nomor


def test_each_case_is_registered_and_worked_at_step_1_by_its_own_ppid_pembantu(demo):
    with opened(demo["path"]):
        check_cases_registered_by_their_own_ppid_pembantu()


def test_bulk_cases_are_registered_by_their_own_ppid_pembantu(bulk):
    with opened(bulk):
        check_cases_registered_by_their_own_ppid_pembantu()
