"""History events as readable Indonesian: who did what ("Siti Rohaeti (PPID Utama) — Tahap 2
(Rapat uji konsekuensi) selesai pada 17 Maret 2026"), the name of each kind of event, and
the details of a change ("Nama lengkap: Siti → Siti Rohaeti").

No Qt: used by the case view's history tab, the administrator's log and its CSV export.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from app.fields import ITEM_FIELDS, STEP_FIELDS
from app.permissions import role_name
from app.settings import SETTINGS
from app.text import format_date, format_number

SYSTEM = "Sistem"


# Keys of recorded changes that are neither form fields of a step or an item nor settings.
_OTHER_LABELS = {
    "username": "Nama pengguna",
    "nama_lengkap": "Nama lengkap",
    "aktif": "Aktif",
    "peran": "Peran",
    "pengguna": "Pengguna",
    "mesin": "Komputer",
    "tahap": "Tahap",
    "butir": "Butir",
    "jangka_jenis": "Jenis jangka waktu",
    "jangka_tanggal": "Jangka waktu sampai tanggal",
    "jangka_peristiwa": "Jangka waktu sampai peristiwa",
    "bagian_dihitamkan": "Bagian yang dihitamkan",
    "alasan_dihitamkan": "Alasan dihitamkan",
    "sop": "Versi SOP",
    "pemicu": "Pemicu",
    "jenis": "Jenis naskah",
    "versi": "Versi",
    "nomor": "Nomor",
    "kode": "Kode verifikasi",
    "sha256": "SHA-256",
    "menggantikan": "Menggantikan dokumen",
    "berkas": "Berkas",
    "dokumen": "Dokumen",
    "tanggal": "Tanggal",
    "tindakan": "Tindakan",
    "kunci": "Yang diubah",
    "lama": "Batas waktu semula",  # a moved deadline (app.history.moved_deadlines_detail)
    "baru": "Batas waktu baru",
}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def field_label(key: str) -> str:
    """The Indonesian name of a recorded key: a step or item field, a setting (its declared
    label: "Ukuran kertas: F4 → A4"), or one of the other keys events record."""
    spec = STEP_FIELDS.get(key) or ITEM_FIELDS.get(key) or SETTINGS.get(key)
    if spec is not None:
        return spec.label
    return _OTHER_LABELS.get(key) or key.replace("_", " ").capitalize()


def format_value(value: Any) -> str:
    """A recorded value as text: empty as "(kosong)", dates in words, lists joined."""
    if value is None or value == "" or value == []:
        return "(kosong)"
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, list | tuple):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {format_value(v)}" for k, v in value.items())
    return str(value)


def actor_text(name: str, username: str = "", role: str = "") -> str:
    """``Siti Rohaeti (PPID Utama)``; the username when there is no name; the role alone when
    there is neither; ``Sistem`` for events without an actor."""
    who = (name or "").strip() or (username or "").strip()
    if who:
        return f"{who} ({role_name(role)})" if role else who
    return role_name(role) if role else SYSTEM


def sentence(name: str, username: str, role: str, summary: str) -> str:
    """The parts of an event as one sentence (see ``history_sentence``)."""
    who = actor_text(name, username, role)
    summary = (summary or "").strip()
    name = (name or "").strip()
    if name and summary.startswith(name + " "):  # "Siti Rohaeti masuk": no name twice
        return who + summary[len(name) :]
    return f"{who} — {summary}" if summary else who


def _parts(entry: Any) -> tuple[str, str, str, str]:
    """(name, username, role, summary) of an Event, a HistoryEntry or a row dict."""
    if isinstance(entry, Mapping):
        return (
            entry.get("pelaku") or "",
            entry.get("pengguna") or "",
            entry.get("peran") or "",
            entry.get("ringkasan") or "",
        )
    if hasattr(entry, "ringkasan"):  # app.models.Event
        return entry.pelaku or "", entry.pengguna or "", entry.peran or "", entry.ringkasan
    # app.history.HistoryEntry
    return (
        entry.actor or "",
        getattr(entry, "username", "") or "",
        entry.role or "",
        entry.summary or "",
    )


def history_sentence(entry: Any) -> str:
    """``Siti Rohaeti (PPID Utama) — Tahap 2 (Rapat uji konsekuensi) selesai pada 17 Maret
    2026`` for an ``Event``, an ``app.history.HistoryEntry`` or a dict with the Event's
    column names. The time is not part of it (show it with ``format_timestamp``)."""
    return sentence(*_parts(entry))


def change_lines(detail: Any) -> list[str]:
    """``Nama lengkap: Siti → Siti Rohaeti`` for each change recorded in
    ``detail["perubahan"]`` (``{key: [old, new]}``)."""
    if not isinstance(detail, Mapping):
        return []
    changes = detail.get("perubahan")
    if not isinstance(changes, Mapping):
        return []
    lines = []
    for key, pair in changes.items():
        if isinstance(pair, list | tuple) and len(pair) == 2:
            lines.append(f"{field_label(key)}: {format_value(pair[0])} → {format_value(pair[1])}")
        else:
            lines.append(f"{field_label(key)}: {format_value(pair)}")
    return lines


def detail_lines(detail: Any) -> list[str]:
    """Every recorded detail as readable lines: the changes first, then the other keys."""
    if detail is None:
        return []
    if not isinstance(detail, Mapping):
        return [format_value(detail)]
    lines = change_lines(detail)
    for key, value in detail.items():
        if key == "kasus" and isinstance(value, list):  # the cases of many-case moves
            lines.append(f"Kasus: {format_number(len(value))} kasus (lihat riwayat tiap kasus)")
        elif key != "perubahan":
            lines.append(f"{field_label(key)}: {format_value(value)}")
    return lines
