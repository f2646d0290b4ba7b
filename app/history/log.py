"""The history of the whole database, for the administrator's log: every event as a row
with its sentence, a text to search, and its details; and the CSV export of the rows shown.

The log can hold tens of thousands of events: they are read with one query as raw values (no
per-row model objects), and the sentence and search text are built once.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import JOIN

from app.capabilities import authorize
from app.clock import to_local
from app.errors import UserError
from app.history.kinds import kind_label
from app.history.text import sentence
from app.models import Case, Event, database
from app.permissions import Action, Actor, role_name
from app.text import format_timestamp

CSV_HEADER = [
    "id",
    "waktu (WIB)",
    "pengguna",
    "nama",
    "peran",
    "jenis",
    "kasus",
    "ringkasan",
    "rincian",
]


@dataclass(frozen=True, slots=True)
class LogRow:
    id: int
    waktu: datetime | None  # UTC (aware or naive as stored)
    waktu_text: str  # as stored, for a value no longer readable as a time
    tanggal: date | None  # the local (WIB) date, for the date filter
    pelaku: str
    peran: str
    pengguna: str
    jenis: str
    ringkasan: str
    rincian: str | None  # the stored JSON text
    kasus: str
    sentence: str
    haystack: str  # lower-case text the search box looks in

    def detail(self) -> Any:
        if self.rincian is None:
            return None
        try:
            return json.loads(self.rincian)
        except ValueError:
            return self.rincian

    def time_text(self) -> str:
        return format_timestamp(self.waktu) if self.waktu else self.waktu_text

    def local_time_iso(self) -> str:
        return f"{to_local(self.waktu):%Y-%m-%d %H:%M:%S}" if self.waktu else self.waktu_text


def _parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None


def load_rows(actor: Actor) -> list[LogRow]:
    """All events, newest first, in one query (raw column values, converted here). Only an
    actor who may see the whole log gets it."""
    authorize(actor, Action.VIEW_AUDIT_LOG)
    query = (
        Event.select(
            Event.id,
            Event.waktu,
            Event.pelaku,
            Event.peran,
            Event.pengguna,
            Event.jenis,
            Event.ringkasan,
            Event.rincian,
            Case.nomor,
        )
        .join(Case, JOIN.LEFT_OUTER, on=(Event.case == Case.id))
        .order_by(Event.id.desc())
    )
    rows = []
    for id_, waktu, pelaku, peran, pengguna, jenis, ringkasan, rincian, nomor in database.execute(
        query
    ).fetchall():
        when = _parse_time(waktu)
        pelaku, peran, pengguna = pelaku or "", peran or "", pengguna or ""
        jenis, ringkasan, nomor = jenis or "", ringkasan or "", nomor or ""
        text = sentence(pelaku, pengguna, peran, ringkasan)
        if rincian == "null":
            rincian = None
        rows.append(
            LogRow(
                id_,
                when,
                str(waktu or ""),
                to_local(when).date() if when else None,
                pelaku,
                peran,
                pengguna,
                jenis,
                ringkasan,
                rincian,
                nomor,
                text,
                f"{text}\n{nomor}\n{jenis}\n{kind_label(jenis)}\n{pengguna}\n#{id_}".lower(),
            )
        )
    return rows


def write_csv(path: Path, rows: list[LogRow]) -> int:
    """UTF-8 with BOM (so Excel reads the accents), one event per line in the order shown
    (newest first). Returns the number of events written."""
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            # ";" as Excel expects it on PCs set to Indonesian (where "," is the decimal mark).
            writer = csv.writer(f, delimiter=";")
            writer.writerow(CSV_HEADER)
            for r in rows:
                writer.writerow(
                    [
                        r.id,
                        r.local_time_iso(),
                        r.pengguna,
                        r.pelaku,
                        role_name(r.peran) if r.peran else "",
                        r.jenis,
                        r.kasus,
                        r.ringkasan,
                        r.rincian or "",
                    ]
                )
    except OSError as exc:
        raise UserError(f"Berkas {path} tidak dapat ditulis: {exc.strerror or exc}.") from exc
    return len(rows)
