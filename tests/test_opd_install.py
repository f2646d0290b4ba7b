"""An OPD install (app.setup, app.exchange.office): the first-run setup of a perangkat
daerah's office, what its window may offer, and what its services refuse."""

from __future__ import annotations

from datetime import date

import pytest

from app import accounts, settings, setup
from app.capabilities import capabilities
from app.cases import commands
from app.cases.read import case_detail
from app.errors import ConflictError, ValidationError
from app.exchange.office import (
    PEMBANTU,
    UTAMA,
    is_opd_install,
    office_opd,
    set_office,
    step_elsewhere_reason,
)
from app.masterdata import find_opd
from app.models import Case, Opd, User, database
from app.settings import NOMOR_REGISTER_POLA
from tests.conftest import UTAMA as UTAMA_ACTOR
from tests.conftest import advance_case, create_case_with_item, create_officials

PASSWORD = "sandi-kantor-1"


def dinkes() -> Opd:
    return Opd.get(Opd.singkatan == "Dinkes")


def first_run(**kwargs) -> accounts.UserInfo:
    values = {
        "username": "admin",
        "nama_lengkap": "Admin Dinkes",
        "password": PASSWORD,
        "kop_pemerintah": "PEMERINTAH KABUPATEN SERANG",
        "kop_instansi": "DINAS KESEHATAN",
        "kop_alamat": ["Jl. Veteran No. 1, Serang", "Telp. (0254) 200000"],
    }
    values.update(kwargs)
    return setup.first_run(setup.FirstRun(**values))


def opd_login():
    login = accounts.login("admin", PASSWORD)
    return login, login.actor(login.roles[0])


def test_the_setup_of_an_opd_install_makes_its_pembantu_kop_and_register(db):
    first_run(kantor=PEMBANTU, opd_id=dinkes().id)
    assert is_opd_install() and office_opd().id == dinkes().id
    login, actor = opd_login()
    assert [(g.role, g.opd_id) for g in login.roles] == [
        ("ppid_pembantu", dinkes().id),
        ("admin", None),
    ]
    assert actor.role == "ppid_pembantu" and actor.opds == {dinkes().id}
    # The kop typed at setup is the OPD's own (its documents) and the office's.
    opd = find_opd(opd_id=dinkes().id)
    assert opd.kop_line == "DINAS KESEHATAN"
    assert opd.kop_alamat == ("Jl. Veteran No. 1, Serang", "Telp. (0254) 200000")
    assert settings.value(NOMOR_REGISTER_POLA) == "{urut:03d}/UK-DINKES/{tahun}"
    # Its first case takes the OPD's own register number.
    assert capabilities(actor).create_case
    case = create_case_with_item(start=date(2026, 11, 2))
    assert Case.get_by_id(case.id).nomor == "001/UK-DINKES/2026"


def test_the_ppid_utama_setup_stays_as_before(db):
    first_run(kantor=UTAMA, kop_instansi="DINAS KOMINFO")
    assert not is_opd_install() and office_opd() is None
    assert settings.value(NOMOR_REGISTER_POLA) == "{urut:03d}/UK-PPID/{tahun}"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kantor": PEMBANTU}, "opd"),
        ({"kantor": PEMBANTU, "opd_id": 999_999}, "opd"),
        ({"kantor": PEMBANTU, "opd_id": "1"}, "opd"),
        ({"kantor": PEMBANTU, "opd_id": True}, "opd"),
        ({"kantor": PEMBANTU, "opd_id": 2**70}, "opd"),
        ({"kantor": None}, "kantor"),
        ({"kantor": "kantor_lain"}, "kantor"),
        ({"kantor": PEMBANTU, "demo": True, "opd_id": None}, "opd"),
    ],
)
def test_a_wrong_office_choice_is_refused_and_creates_nothing(db, kwargs, field):
    with pytest.raises(ValidationError) as refused:
        first_run(**kwargs)
    assert refused.value.fields == [field]
    assert accounts.needs_setup() and not User.select().exists()
    assert not is_opd_install()


def test_demo_data_is_refused_at_an_opd_install(db):
    with pytest.raises(ValidationError) as refused:
        first_run(kantor=PEMBANTU, opd_id=dinkes().id, demo=True)
    assert refused.value.fields == ["demo"]
    assert accounts.needs_setup() and not Case.select().exists()


@pytest.mark.parametrize(
    ("singkatan", "nama", "pattern"),
    [
        ("Dinkes", "Dinas Kesehatan", "{urut:03d}/UK-DINKES/{tahun}"),
        ("Dis-Perkim 2", "x", "{urut:03d}/UK-DISPERKIM2/{tahun}"),
        ("", "Badan Pendapatan Daerah", "{urut:03d}/UK-BPD/{tahun}"),
        ("", "—", "{urut:03d}/UK-OPD/{tahun}"),
    ],
)
def test_the_register_pattern_of_an_opd_install(singkatan, nama, pattern):
    assert setup.opd_register_pattern(singkatan, nama) == pattern


def test_an_opd_install_works_step_1_only_and_says_where_the_rest_is_worked(db, today):
    first_run(kantor=PEMBANTU, opd_id=dinkes().id)
    _, actor = opd_login()
    officials = create_officials()
    case = create_case_with_item(start=date(2026, 11, 2))
    assert capabilities(actor, case_detail(case.id)).work_step
    assert step_elsewhere_reason(1, "ppid_pembantu") == ""
    advance_case(case.id, 2, officials)  # step 1 done here (as the system, like the demo)

    detail = case_detail(case.id)
    can = capabilities(actor, detail)
    assert not can.work_step and not can.edit_items
    assert can.read_only_reason.startswith("Tahap 2 dikerjakan di kantor PPID Utama")
    assert can.send_case and can.send_case_reason == ""
    # The service refuses it too, even to a PPID Utama role given here.
    before = case_detail(case.id).current
    for who in (UTAMA_ACTOR,):
        with pytest.raises(ConflictError) as refused:
            commands.save_step(who, case.id, 2, {"tempat_rapat": "Aula Dinkes"})
        assert refused.value.message.startswith("Tahap 2 dikerjakan di kantor PPID Utama")
        with pytest.raises(ConflictError):
            commands.send_back(who, case.id, 2, "Lengkapi uraian")
    assert case_detail(case.id).current == before


def test_the_ppid_utama_may_still_work_step_1_of_an_opd_without_ujikon(db, today):
    first_run(kantor=UTAMA)
    case = create_case_with_item(start=date(2026, 11, 2))
    from tests.conftest import PEMBANTU as PEMBANTU_ACTOR

    assert step_elsewhere_reason(1, "ppid_pembantu") == ""
    assert capabilities(PEMBANTU_ACTOR, case_detail(case.id)).work_step
    can = capabilities(PEMBANTU_ACTOR, case_detail(case.id))
    assert not can.send_case and "Di kantor PPID Utama" in can.send_case_reason


def test_receiving_is_offered_to_the_opd_install_pembantu_and_not_to_its_admin(db):
    first_run(kantor=PEMBANTU, opd_id=dinkes().id)
    login, actor = opd_login()
    assert capabilities(actor).receive_case
    admin = login.actor(login.roles[1])
    can = capabilities(admin)
    assert not can.receive_case and can.why_not("receive_case")
    assert can.register_office_key and not capabilities(actor).register_office_key


def test_no_step_warning_at_an_opd_install_for_a_step_worked_at_the_ppid_utama(db, today):
    from app.cases import rules

    first_run(kantor=PEMBANTU, opd_id=dinkes().id)
    case = create_case_with_item(start=date(2026, 11, 2))
    advance_case(case.id, 2, create_officials())
    detail = case_detail(case.id)
    assert rules.step_warnings(detail, detail.current_step) == []
    # The same case at the PPID Utama is warned (the PPID Pembantu not marked present).
    with database.atomic():
        set_office(UTAMA)
    assert rules.step_warnings(detail, detail.current_step)


def test_the_opd_install_s_pembantu_finalises_its_own_step_1_documents(db, today):
    """The Laporan and BA of step 1 are the OPD's own documents: at an OPD install (no PPID
    Utama there) its PPID Pembantu finalises them, in its register; never a step-2 document
    nor another OPD's."""
    from app.documents.numbering import list_register, opd_register
    from app.documents.store import finalise
    from app.errors import PermissionDenied

    first_run(kantor=PEMBANTU, opd_id=dinkes().id)
    _, actor = opd_login()
    create_officials()
    case = create_case_with_item(start=date(2026, 11, 2))
    can = capabilities(actor, case_detail(case.id))
    assert 1 in can.finalise_steps and not ({2, 3, 4, 5, 6, None} & can.finalise_steps)
    doc = finalise(actor, case.id, "laporan_identifikasi").document
    assert (opd_register(dinkes().id), doc.nomor) in {
        (r.penerbit, r.nomor) for r in list_register(2026)
    }
    with pytest.raises(PermissionDenied):
        finalise(actor, case.id, "ba_uji")
    other = create_case_with_item(judul="Data penerima bantuan", opd="Dinsos")
    with pytest.raises(PermissionDenied):
        finalise(actor, other.id, "laporan_identifikasi")


def test_the_case_line_says_a_step_runs_at_the_ppid_utama(db, today):
    from app.calendar_service import current_calendar
    from app.cases.listing import Thresholds
    from app.cases.timeline import deadline_line

    first_run(kantor=PEMBANTU, opd_id=dinkes().id)
    case = create_case_with_item(start=date(2026, 11, 2))
    calendar = current_calendar()
    thresholds = Thresholds.compute(date(2026, 11, 25), calendar)
    line, _tone = deadline_line(case_detail(case.id), thresholds, calendar)
    assert line.startswith("Tahap 1 dari 6:") and "PPID Utama;" not in line
    advance_case(case.id, 2, create_officials())
    line, _tone = deadline_line(case_detail(case.id), thresholds, calendar)
    assert line.startswith(
        "Tahap 2 dari 6: Rapat uji konsekuensi — dikerjakan di kantor PPID Utama;"
    )
    assert "batas waktu menurut salinan di sini" in line
