"""First-run reference data: Pasal 17 texts, the OPD list of Kabupaten Serang, the SOP.

Loaded from ``resources/`` into the database once; afterwards the database copy is the one the
office edits, so an archived database file is complete on its own.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from app.clock import now_utc
from app.models import LegalReference, Opd, SopVersion, database
from app.resources import read_text
from app.sop import RESOURCES, Sop, SopError, load_current_sop, parse_sop

PASAL17_FILE = RESOURCES / "pasal17.toml"
OPD_FILE = RESOURCES / "opd_serang.toml"


@dataclass(frozen=True)
class LegalRef:
    code: str  # "17.h" or "17.h.2"
    huruf: str
    angka: int | None
    text: str

    @property
    def label(self) -> str:
        """``Pasal 17 huruf h angka 2`` as cited in letters."""
        base = f"Pasal 17 huruf {self.huruf}"
        return f"{base} angka {self.angka}" if self.angka else base


def _load_toml(path: Path) -> dict:
    """A reference-data file (UTF-8 with or without BOM, or UTF-16 with one: the office may
    edit them in Notepad)."""
    try:
        return tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise SopError(f"{path.name}: bukan TOML yang sah ({exc}).") from exc


def _seed_legal_references() -> None:
    raw = _load_toml(PASAL17_FILE)
    rows = []
    for h in raw["huruf"]:
        rows.append(
            {"kode": f"17.{h['huruf']}", "huruf": h["huruf"], "angka": None, "teks": h["teks"]}
        )
        for i, text in enumerate(h.get("angka", []), start=1):
            rows.append(
                {"kode": f"17.{h['huruf']}.{i}", "huruf": h["huruf"], "angka": i, "teks": text}
            )
    LegalReference.insert_many(rows).execute()


def _seed_opd() -> None:
    raw = _load_toml(OPD_FILE)
    Opd.insert_many(
        [{"nama": o["nama"], "singkatan": o.get("singkatan", "")} for o in raw["opd"]]
    ).execute()


def pasal17_short_labels() -> dict[str, str]:
    """``{"a": "menghambat proses penegakan hukum", …}`` for pickers."""
    return {h["huruf"]: h["ringkas"] for h in _load_toml(PASAL17_FILE)["huruf"]}


def legal_references() -> list[LegalRef]:
    rows = LegalReference.select().order_by(LegalReference.huruf, LegalReference.angka)
    refs = [LegalRef(r.kode, r.huruf, r.angka, r.teks) for r in rows]
    # NULL angka (the huruf itself) first within each huruf.
    refs.sort(key=lambda r: (r.huruf, r.angka or 0))
    return refs


def legal_label(code: str) -> str:
    parts = code.split(".")
    if len(parts) == 3:
        return f"Pasal 17 huruf {parts[1]} angka {parts[2]}"
    if len(parts) == 2:
        return f"Pasal 17 huruf {parts[1]}"
    return code


def register_sop(sop: Sop) -> SopVersion:
    """Keep a copy of ``sop`` in the database. The same version with other content is refused:
    running cases must not change silently; a revision needs a new ``versi``."""
    existing = SopVersion.get_or_none(SopVersion.version == sop.version)
    if existing is None:
        return SopVersion.create(
            version=sop.version, sha256=sop.sha256, text=sop.source_text, registered_at=now_utc()
        )
    if existing.sha256 != sop.sha256:
        raise SopError(
            f"Berkas SOP versi {sop.version} berbeda dengan salinan yang tersimpan di basis data. "
            "Naikkan 'versi' di berkas SOP agar kasus yang berjalan tidak berubah diam-diam."
        )
    return existing


_sop_cache: dict[str, Sop] = {}


def sop_for_version(version: str) -> Sop:
    """The SOP a case runs under, from the database copy (never from the file)."""
    if version not in _sop_cache:
        row = SopVersion.get_by_id(version)
        _sop_cache[version] = parse_sop(row.text, source=f"SOP versi {version}")
    return _sop_cache[version]


def current_sop() -> Sop:
    """The SOP new cases start under: the newest file, registered in the database."""
    sop = load_current_sop()
    register_sop(sop)
    _sop_cache.setdefault(sop.version, sop)
    return sop


def ensure_reference_data() -> None:
    with database.atomic():
        if not LegalReference.select().exists():
            _seed_legal_references()
        if not Opd.select().exists():
            _seed_opd()
