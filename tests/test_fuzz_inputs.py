"""Bad input: hypothesis feeds every form's validation and every parser (SOP file, office
settings, dates, NIP, number patterns, backup manifest) with arbitrary text and structures.
Nothing may raise except the app's own ``UserError`` family, or a ``ValueError`` where that is
a function's documented contract."""

from __future__ import annotations

import copy
import json
import tomllib
from datetime import UTC, date, datetime
from unittest import mock

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app import sop as sop_module
from app.archive import BackupInvalid, Manifest, parse_manifest
from app.cases import commands, rules
from app.documents.numbering import format_number
from app.errors import UserError
from app.masterdata import OfficialInput, save_official, save_opd
from app.nip import format_nip, nip_problem, normalize_nip, parse_nip
from app.office import OfficeProfile, profile_problems
from app.refdata import current_sop
from app.sop import SOP_DIR, parse_sop
from app.validation import clean_text, parse_iso_date

FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Text as forms send it: any Unicode (including controls and surrogate-free astral
# characters), plus a few shapes that have broken parsers before.
TEXT = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "{",
            "}",
            "{urut",
            "{urut:}",
            "{urut:%}",
            "{0}",
            "{}",
            "{urut!r}",
            "{tahun:>{urut}}",
            "2026-02-30",
            "9999-99-99",
            "-1",
            "1" * 18,
            "19700706 199003 1 002",
            "\u202e",
            "\ud7ff",
            "NaN",
            "[]",
            "null",
            "x" * 5000,
        ]
    ),
)
ID = st.integers(min_value=-(2**63), max_value=2**63 - 1)  # what SQLite can hold; forms send ids
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory, case_tools):
    """One database for the module (hypothesis runs many examples per test)."""
    from app import clock
    from app.store import close_database

    clock.pin_today(case_tools.pinned_today)
    case_tools.open_database(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    case = case_tools.make_case()
    yield _Shared(case=case, sop=current_sop())
    close_database()
    clock.pin_today(None)


class _Shared(dict):
    def __repr__(self) -> str:  # hypothesis prints the fixtures of a failing example
        return "fuzz_db"


def only_user_errors(call, *args, allow_value_error: bool = False, **kwargs):
    try:
        return call(*args, **kwargs)
    except UserError:
        return None
    except ValueError:
        if not allow_value_error:
            raise
        return None


# ----------------------------------------------------------------------------- forms
@FUZZ
@given(
    opd_id=st.one_of(st.none(), ID, TEXT),
    pemicu=TEXT,
    judul=TEXT,
    rujukan=TEXT,
    start=st.one_of(st.none(), st.dates()),
)
def test_new_case_validation(fuzz_db, opd_id, pemicu, judul, rujukan, start):
    only_user_errors(
        lambda: rules.raise_problems(
            rules.new_case_problems(opd_id, pemicu, clean_text(judul), clean_text(rujukan), start)
        )
    )


@FUZZ
@given(data=st.data())
def test_item_problems_for_every_step(fuzz_db, data):
    sop = fuzz_db["sop"]
    step = data.draw(st.sampled_from(sop.steps))
    columns = [
        "uraian",
        "dokumen_sumber",
        "dasar_hukum",
        "dasar_hukum_lain",
        "konsekuensi_dibuka",
        "konsekuensi_ditutup",
        "jangka_jenis",
        "jangka_tanggal",
        "jangka_peristiwa",
        "kesimpulan",
        "bagian_dihitamkan",
        "alasan_dihitamkan",
        "catatan_uji",
        "klasifikasi_tim",
        "bentuk_informasi",
        "pertimbangan_tim",
        "alasan_pengecualian",
    ]
    item = data.draw(st.fixed_dictionaries({}, optional={c: TEXT for c in columns}))
    item["jangka_jenis"] = data.draw(
        st.sampled_from(
            ["", "tanggal", "peristiwa", "tidak_terbatas", item.get("jangka_jenis", "")]
        )
    )
    item["jangka_tanggal"] = data.draw(st.one_of(st.none(), st.dates()))
    item["dasar_hukum"] = data.draw(
        st.one_of(st.none(), st.lists(TEXT, max_size=3), st.just(["17.h.2", "17.j"]), TEXT)
    )
    problems = rules.item_problems(item, step, date(2026, 3, 2))
    assert all(p.message for p in problems)


@FUZZ
@given(data=st.data())
def test_step_data_problems_for_every_step(fuzz_db, data):
    step = data.draw(st.sampled_from(fuzz_db["sop"].steps))
    kinds = {"pejabat_penetap": st.one_of(st.none(), ID)}
    values = data.draw(
        st.fixed_dictionaries(
            {},
            optional={
                k: kinds.get(k, st.one_of(TEXT, st.dates()) if k.startswith("tanggal_") else TEXT)
                for k in step.fields
            },
        )
    )
    for check_required in (False, True):
        problems = rules.step_data_problems(values, step, date(2026, 3, 2), check_required)
        assert all(p.message for p in problems)


@FUZZ
@given(
    values=st.dictionaries(
        st.sampled_from(
            [
                "uraian",
                "dokumen_sumber",
                "dasar_hukum_lain",
                "konsekuensi_dibuka",
                "jangka_peristiwa",
                "jangka_tanggal",
            ]
        ),
        TEXT,
        max_size=4,
    )
)
def test_saving_an_item_through_the_service(fuzz_db, case_tools, values):
    actor = case_tools.actors["ppid_pembantu"]
    only_user_errors(commands.save_item, actor, fuzz_db["case"].id, values)


@FUZZ
@given(
    values=st.dictionaries(
        st.sampled_from(["catatan", "tanggal_rapat", "tempat_rapat"]), TEXT, max_size=3
    )
)
def test_saving_step_data_through_the_service(fuzz_db, case_tools, values):
    actor = case_tools.actors["ppid_pembantu"]
    only_user_errors(commands.save_step, actor, fuzz_db["case"].id, 1, values)


def test_a_non_numeric_official_id_in_step_data(fuzz_db, case_tools):
    case = fuzz_db["case"]
    sop = fuzz_db["sop"]
    step = next(s for s in sop.steps if "pejabat_penetap" in s.fields)
    actor = case_tools.actors[step.actor]
    only_user_errors(rules.clean_step_data, {"pejabat_penetap": "Pak Kepala"}, step)
    only_user_errors(
        commands.save_step, actor, case.id, step.number, {"pejabat_penetap": "Pak Kepala"}
    )


@FUZZ
@given(nama=TEXT, singkatan=TEXT, aktif=st.booleans())
def test_saving_an_opd(fuzz_db, case_tools, nama, singkatan, aktif):
    only_user_errors(save_opd, case_tools.admin, nama, singkatan, aktif)


@FUZZ
@given(
    nama=TEXT,
    nip=TEXT,
    gd=TEXT,
    gb=TEXT,
    golongan=TEXT,
    jabatan=TEXT,
    peran=TEXT,
    opd_id=st.one_of(st.none(), ID),
)
def test_saving_an_official(
    fuzz_db, case_tools, nama, nip, gd, gb, golongan, jabatan, peran, opd_id
):
    data = OfficialInput(
        nama=nama,
        nip=nip,
        gelar_depan=gd,
        gelar_belakang=gb,
        golongan=golongan,
        jabatan=jabatan,
        opd_id=opd_id,
        peran=peran,
    )
    only_user_errors(save_official, case_tools.admin, data)


# ----------------------------------------------------------------------------- parsers
@FUZZ
@given(value=TEXT, today=st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)))
def test_nip_checks_never_raise(value, today):
    problem = nip_problem(value, today)
    assert problem is None or isinstance(problem, str)
    assert isinstance(format_nip(value), str) and isinstance(normalize_nip(value), str)
    # parse_nip's documented contract, judged on the day it uses (today's): whether a NIP is
    # valid depends on the day (its CPNS month may not lie ahead)
    if nip_problem(value) is not None:
        with pytest.raises(ValueError):
            parse_nip(value)


@FUZZ
@given(value=st.one_of(TEXT, st.none(), st.integers(), st.dates()))
def test_date_parsing_raises_only_its_documented_error(value):
    try:
        parsed = parse_iso_date(value)
    except ValueError as exc:  # the contract; it is also a UserError with a message
        assert isinstance(exc, UserError) and "tanggal" in exc.message
        return
    assert parsed is None or isinstance(parsed, date)


@FUZZ
@given(
    pattern=TEXT,
    kode=TEXT,
    unit=TEXT,
    urut=st.integers(min_value=1, max_value=10**6),
    tanggal=st.dates(min_value=date(2000, 1, 1), max_value=date(2200, 12, 31)),
)
def test_number_patterns(pattern, kode, unit, urut, tanggal):
    result = only_user_errors(
        format_number, pattern, kode=kode, urut=urut, unit=unit, tanggal=tanggal
    )
    assert result is None or isinstance(result, str)


@FUZZ
@given(spec=st.text(alphabet="0123456789<>^=+-#,._%bcdeEfFgGnosxX{}!:", max_size=8))
def test_number_pattern_format_specs(spec):
    only_user_errors(
        format_number,
        "{urut:" + spec + "}/{tahun}",
        kode="K",
        urut=7,
        unit="U",
        tanggal=date(2026, 5, 1),
    )


@FUZZ
@given(text=TEXT)
def test_sop_text(text):
    only_user_errors(parse_sop, text)


SHIPPED_SOP = tomllib.loads((SOP_DIR / "sop-2020.toml").read_text(encoding="utf-8"))


@st.composite
def mutated_sop(draw):
    """The shipped SOP with a few values replaced, removed or retyped somewhere inside."""
    doc = copy.deepcopy(SHIPPED_SOP)
    for _ in range(draw(st.integers(1, 3))):
        node = doc
        while True:
            keys = list(node.keys()) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            child = node[key]
            if isinstance(child, dict | list) and child and draw(st.booleans()):
                node = child
                continue
            action = draw(st.sampled_from(["replace", "delete"]))
            if action == "delete" and isinstance(node, dict):
                del node[key]
            else:
                node[key] = draw(
                    st.one_of(JSONISH, st.dates(), st.just([1, 2]), st.just({"nomor": 1}))
                )
            break
    return doc


@FUZZ
@given(doc=mutated_sop())
def test_sop_structure(doc):
    with mock.patch.object(sop_module.tomllib, "loads", return_value=doc):
        only_user_errors(parse_sop, "(diganti)")


@FUZZ
@given(data=st.data())
def test_office_profile(fuzz_db, data):
    mapping = st.dictionaries(
        TEXT | st.sampled_from(["default", "ba_uji", "penetapan"]), TEXT, max_size=4
    )
    profile = OfficeProfile(
        kop_pemerintah=data.draw(TEXT),
        kop_instansi=data.draw(TEXT),
        kop_alamat=data.draw(st.lists(TEXT, max_size=5)),
        nama_badan_publik=data.draw(TEXT),
        tempat_default=data.draw(TEXT),
        kertas=data.draw(TEXT),
        margin_mm=data.draw(
            st.dictionaries(
                TEXT | st.sampled_from(["atas", "kiri"]), st.integers() | TEXT, max_size=4
            )
        ),
        penetapan_bentuk=data.draw(TEXT),
        bupati_nama=data.draw(TEXT),
        kode_unit=data.draw(TEXT),
        nomor_pola=data.draw(mapping),
        kode_klasifikasi=data.draw(mapping),
        kop_logo=data.draw(st.none() | st.binary(max_size=64)),
    )
    problems = profile_problems(profile)
    assert all(p.message for p in problems)


@FUZZ
@given(text=TEXT)
def test_manifest_text(text):
    with pytest.raises(BackupInvalid):
        parse_manifest(text)


VALID_MANIFEST = json.loads(
    Manifest(
        app_version="0.1.0",
        schema_version=3,
        created_at=datetime(2026, 11, 25, 1, 2, 3, tzinfo=UTC),
        source="C:\\Ujikon\\ujikon.db",
        file="ujikon-20261125-010203.sqlite",
        size=4096,
        sha256="a" * 64,
        counts={"case": 3, "event": 10},
    ).to_json()
)


@FUZZ
@given(
    changes=st.dictionaries(
        st.sampled_from(sorted(VALID_MANIFEST)) | TEXT, JSONISH, min_size=1, max_size=4
    )
)
def test_manifest_structure(changes):
    data = {**VALID_MANIFEST, **changes}
    assume(data != VALID_MANIFEST)
    try:
        manifest = parse_manifest(json.dumps(data))
    except BackupInvalid as exc:
        assert exc.message.startswith("Manifes cadangan tidak sah")
        return
    assert isinstance(manifest, Manifest)


def test_the_valid_manifest_parses():
    assert parse_manifest(json.dumps(VALID_MANIFEST)).counts == {"case": 3, "event": 10}


@FUZZ
@given(value=JSONISH, days=st.one_of(st.integers(), TEXT, st.none(), st.booleans()))
def test_stored_backup_settings_of_any_shape(fuzz_db, value, days):
    from app.archive import backup_due, last_backup
    from app.models import Setting, database

    with database.atomic():  # stored as an outside SQL tool could have left them
        for key, stored in (("cadangan_terakhir", value), ("hari_pengingat_cadangan", days)):
            database.execute_sql(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, Setting.value.db_value(stored)),
            )
    last = last_backup()
    assert last is None or last.path is not None
    assert backup_due() in (True, False)


@FUZZ
@given(value=TEXT)
def test_clean_text(value):
    assert isinstance(clean_text(value), str)
