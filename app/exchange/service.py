"""Send a case packet, look into one, import one (see the package docstring)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import DateField, DateTimeField, fn

from app import history
from app.calendar_service import current_calendar
from app.capabilities import authorize, opd_context
from app.cases import records
from app.cases.read import get_case
from app.clock import now_utc, today
from app.errors import ConflictError, UserError
from app.exchange import packet as pk
from app.exchange.office import (
    PEMBANTU,
    office_name,
    office_opd,
    office_role,
    send_refusal,
    works_step_here,
)
from app.history.chain import ChainWriter
from app.history.kinds import EventKind
from app.models import (
    Attachment,
    Case,
    CaseLink,
    Document,
    Event,
    EventLink,
    InfoItem,
    NumberRegister,
    OfficeKeyRegistration,
    Official,
    Opd,
    PacketRecord,
    Participant,
    SopVersion,
    StepRecord,
    database,
)
from app.permissions import Action, Actor
from app.phrases import label, phrase
from app.refdata import current_sop
from app.signing import keyfile
from app.signing.office import active_key, document_signature

SENT, RECEIVED = "kirim", "terima"
PACKET, LOCAL = "paket", "lokal"
# Events that say a packet went or came (or a print): not a change of the case's content,
# so they never make the receiver's copy "changed meanwhile".
NOT_EDITS = frozenset(
    {EventKind.PACKET_SENT, EventKind.PACKET_RECEIVED, EventKind.DOCUMENT_PRINTED}
)
CASE_FIELDS = ("judul", "pemicu", "pemicu_rujukan", "tanggal_mulai")
ITEM_SKIP = ("id", "case", "urut")
STEP_SKIP = ("id", "case", "ditugaskan_ke")
OFFICIAL_FIELDS = (
    "nama",
    "gelar_depan",
    "gelar_belakang",
    "nip",
    "pangkat",
    "golongan",
    "jabatan",
    "peran",
    "status_jabatan",
)


# ----------------------------------------------------------------------------- values
def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        raise TypeError("bytes travel as members, not JSON")
    return value


def _columns(model, row, skip: tuple[str, ...]) -> dict[str, Any]:
    return {
        f.name: _plain(getattr(row, f.name))
        for f in model._meta.sorted_fields
        if f.name not in skip and not f.name.endswith("_id")
    }


def _typed(model, values: dict[str, Any]) -> dict[str, Any]:
    """JSON values back to what the model's fields take (dates, timestamps)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        f = model._meta.fields.get(name)
        if isinstance(value, str) and value and isinstance(f, DateTimeField):
            out[name] = datetime.fromisoformat(value)
        elif isinstance(value, str) and value and isinstance(f, DateField):
            out[name] = date.fromisoformat(value)
        else:
            out[name] = value
    return out


def _compact(public_hex: str) -> str:
    return keyfile.fingerprint(bytes.fromhex(public_hex)).replace(" ", "")


def _is_official_ref(key: str, value: Any) -> bool:
    return key.startswith("pejabat") and isinstance(value, int) and not isinstance(value, bool)


# ----------------------------------------------------------------------------- export
def _event_uids(case_id: int, own: str) -> dict[int, str]:
    linked: dict[int, str] = {
        link.event_id: link.uid
        for link in EventLink.select(EventLink.event, EventLink.uid)
        .join(Event)
        .where(Event.case == case_id)
    }
    ids = [e.id for e in Event.select(Event.id).where(Event.case == case_id)]
    return {i: linked.get(i, f"{own}:{i}") for i in ids}


def export_case(case_id: int, own_key: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The case as ``kasus.json`` holds it, and the members (PDFs, scans)."""
    case = Case.get_by_id(case_id)
    opd = Opd.get_by_id(case.opd_id)
    sop = SopVersion.get_by_id(case.sop_version_id)
    officials: dict[str, dict[str, Any]] = {}

    def ref(official_id: int) -> dict[str, str]:
        key = f"p{official_id}"
        if key not in officials:
            o = Official.get_or_none(Official.id == official_id)
            officials[key] = (
                {f: getattr(o, f) for f in OFFICIAL_FIELDS}
                | {"opd": Opd.get_by_id(o.opd_id).nama if o.opd_id else None}
                if o
                else {"nama": f"(pejabat #{official_id})"}
            )
        return {"$pejabat": key}

    steps = []
    for rec in StepRecord.select().where(StepRecord.case == case_id).order_by(StepRecord.id):
        values = _columns(StepRecord, rec, STEP_SKIP)
        values["data"] = {
            k: ref(v) if _is_official_ref(k, v) else v for k, v in dict(rec.data or {}).items()
        }
        steps.append(values)
    participants = [
        {"tahap": p.tahap, "hadir": p.hadir, "pejabat": ref(p.official_id)["$pejabat"]}
        for p in Participant.select().where(Participant.case == case_id).order_by(Participant.id)
    ]
    blobs: dict[str, bytes] = {}
    by_id: dict[int, str] = {}
    documents = []
    for doc in Document.select().where(Document.case == case_id).order_by(Document.id):
        by_id[doc.id] = doc.kode
        name = f"dokumen/{doc.kode}.pdf"
        blobs[name] = bytes(doc.pdf)
        values = _columns(Document, doc, ("id", "case", "pdf", "tanda_tangan", "menggantikan"))
        documents.append(
            values | {"menggantikan": by_id.get(doc.menggantikan_id or 0), "berkas": name}
        )
    scans = []
    for att in Attachment.select().where(Attachment.case == case_id).order_by(Attachment.id):
        name = f"pindaian/{att.sha256}"
        blobs[name] = bytes(att.data)
        values = _columns(Attachment, att, ("id", "case", "data", "document"))
        scans.append(values | {"dokumen": by_id.get(att.document_id or 0), "berkas": name})
    uids = _event_uids(case_id, _compact(own_key))
    events = [
        {
            "uid": uids[e.id],
            "waktu": _plain(e.waktu),
            "pelaku": e.pelaku,
            "peran": e.peran,
            "pengguna": e.pengguna,
            "jenis": e.jenis,
            "ringkasan": e.ringkasan,
            "rincian": e.rincian,
        }
        for e in Event.select().where(Event.case == case_id).order_by(Event.id)
    ]
    state = {
        "kasus": _columns(
            Case, case, ("id", "opd", "sop_version", "search_text", "created_at", "updated_at")
        )
        | {"opd": {"nama": opd.nama, "singkatan": opd.singkatan}, "sop_version": sop.version},
        "sop": {"version": sop.version, "sha256": sop.sha256, "text": sop.text},
        "butir": [
            _columns(InfoItem, i, ("id", "case"))
            for i in InfoItem.select().where(InfoItem.case == case_id).order_by(InfoItem.urut)
        ],
        "tahap": steps,
        "pejabat": officials,
        "peserta": participants,
        "dokumen": documents,
        "pindaian": scans,
        "riwayat": pk.chain_events(events),
    }
    return state, blobs


# ----------------------------------------------------------------------------- send
def _link(case_id: int) -> str:
    link = CaseLink.get_or_none(CaseLink.case == case_id)
    if link is None:
        link = CaseLink.create(case=case_id, uid=str(uuid.uuid4()))
    return link.uid


def _other_office() -> str:
    return "PPID Utama" if office_role() == PEMBANTU else "PPID Pembantu"


def send_case(actor: Actor, case_id: int, target: Path | str) -> Path:
    """Write the case's packet: ``target`` is the file, or a folder to write
    ``<nomor-with-dashes>.ujikon-kasus`` into. One transaction: the packet's record and
    its history event are kept only when the file was written whole (temp + rename)."""
    target = Path(target)
    with database.atomic():
        info = get_case(case_id)
        authorize(actor, Action.SEND_CASE, opd_context(info.opd_id))
        problem = send_refusal(actor, info)
        if problem:
            raise ConflictError(problem)
        key = active_key()
        if key is None:
            raise UserError(
                "Basis data ini tidak terbuka dengan kunci kantor, jadi paket tidak dapat "
                "ditandatangani. Buka basis data untuk menulis di PC kantor ini."
            )
        if target.is_dir():
            target = target / pk.file_name(info.nomor)
        if not target.parent.is_dir():
            raise UserError(f"Folder {target.parent} tidak ada; pilih folder lain.")
        uid = _link(case_id)
        sequence = (
            PacketRecord.select(fn.MAX(PacketRecord.urutan))
            .where(
                (PacketRecord.uid == uid)
                & (PacketRecord.arah == SENT)
                & (PacketRecord.pengirim == key.public.hex)
            )
            .scalar()
            or 0
        ) + 1
        history.record(
            EventKind.PACKET_SENT,
            f"Paket kasus ke-{sequence} dikirim ke {_other_office()} ({target.name})",
            actor,
            case_id,
            {"urutan": sequence, "berkas": target.name, "uid": uid},
        )
        state, blobs = export_case(case_id, key.public.hex)
        opd = Opd.get_by_id(info.opd_id)
        manifest = {
            "format": pk.FORMAT,
            "versi": pk.VERSION,
            "dibuat_pada": now_utc().isoformat(),
            "pengirim": {
                "kantor": office_role(),
                "opd": opd.nama if office_role() == PEMBANTU else "",
                "publik": key.public.hex,
                "sidik_jari": key.public.fingerprint,
                "oleh": actor.label,
            },
            "kasus": {"uid": uid, "nomor": info.nomor, "judul": info.judul},
            "urutan": sequence,
        }
        manifest_bytes = pk.write_packet(target, manifest, state, blobs, key.sign)
        PacketRecord.create(
            uid=uid,
            arah=SENT,
            pengirim=key.public.hex,
            urutan=sequence,
            sha256=pk.sha256(manifest_bytes),
            nama_berkas=target.name,
            created_at=now_utc(),
        )
    return target


# ----------------------------------------------------------------------------- inspect
@dataclass(frozen=True)
class Conflict:
    """A field both offices changed: the receiver's value and the packet's, side by side."""

    path: str  # kasus.judul, butir.1.uraian, tahap.2.1.tempat_rapat
    label: str
    local: Any
    incoming: Any


@dataclass(frozen=True)
class Inspection:
    """What a packet brings, against the local database (nothing written)."""

    uid: str
    nomor: str
    judul: str
    opd: str
    sender: str  # fingerprint
    sender_office: str
    sequence: int
    new_case: bool
    new_events: int
    new_documents: int
    new_scans: int
    items: int
    changes: tuple[str, ...]  # the fields the packet changes, in words (no local edits)
    conflicts: tuple[Conflict, ...]
    running: str  # what runs after the import
    changed_paths: tuple[str, ...] = ()  # the same fields as ``changes``, by path

    def lines(self) -> list[str]:
        out = [
            f"Paket ke-{self.sequence} kasus {self.nomor} ({self.judul}), {self.opd}",
            f"Pengirim: {self.sender_office}, kunci bersidik jari {self.sender}",
            "Kasus baru di kantor ini" if self.new_case else "Memperbarui kasus yang sudah ada",
            f"{self.items} butir informasi, {self.new_events} kejadian riwayat baru, "
            f"{self.new_documents} dokumen baru, {self.new_scans} pindaian baru",
            self.running,
        ]
        out += [f"Berubah: {c}" for c in self.changes]
        out += [
            f"KONFLIK {c.path} ({c.label}): di sini {c.local!r}, di paket {c.incoming!r}"
            for c in self.conflicts
        ]
        return out


class ConflictsPending(UserError):
    """The receiver changed the case meanwhile: it must choose, field by field."""

    def __init__(self, inspection: Inspection, missing: list[str]) -> None:
        shown = "; ".join(
            f"{c.path}: di sini {c.local!r}, di paket {c.incoming!r}"
            for c in inspection.conflicts
            if c.path in missing
        )
        super().__init__(
            f"Kasus {inspection.nomor} telah diubah di kantor ini sejak paket terakhir, dan "
            f"isian berikut berbeda dengan paket: {shown}. Pilih untuk setiap isian "
            "(--pilih ISIAN=paket atau ISIAN=lokal, atau --pilih semua=paket / semua=lokal); "
            "tidak ada yang diimpor."
        )
        self.inspection = inspection
        self.missing = missing


@dataclass(frozen=True)
class _Examined:
    packet: pk.Packet
    registration: OfficeKeyRegistration
    opd: Opd
    case: Case | None
    inspection: Inspection
    known_events: frozenset[str]
    local_state: dict[str, Any] | None


def _registration(packet: pk.Packet) -> OfficeKeyRegistration:
    reg = OfficeKeyRegistration.get_or_none(OfficeKeyRegistration.publik == packet.sender_key)
    if reg is None:
        raise pk.PacketProblem(
            f"Paket {packet.path.name} ditandatangani kunci kantor bersidik jari "
            f"{packet.sender_fingerprint}, yang belum terdaftar di kantor ini. Cocokkan sidik "
            "jari itu dengan kantor pengirim (lewat telepon atau surat), lalu daftarkan "
            "kuncinya di Data Master → Kunci kantor mitra (atau main.py paket kunci). Tidak ada "
            "yang diimpor."
        )
    return reg


def _packet_opd(packet: pk.Packet, reg: OfficeKeyRegistration) -> Opd:
    nama = str(packet.case["kasus"]["opd"]["nama"])
    if reg.opd_id is not None:
        opd = Opd.get_by_id(reg.opd_id)
        if opd.nama != nama:
            raise pk.PacketProblem(
                f"Kunci pengirim terdaftar untuk {opd.nama}, tetapi kasus dalam paket milik "
                f"{nama}. Sebuah perangkat daerah hanya mengirim kasusnya sendiri; tidak ada "
                "yang diimpor."
            )
        return opd
    found = Opd.get_or_none(Opd.nama == nama)
    if found is None:
        raise pk.PacketProblem(
            f"Perangkat daerah {nama} dari paket tidak ada di Data Master kantor ini. "
            "Tambahkan dengan nama yang sama persis, lalu terima lagi paketnya."
        )
    own = office_opd()
    if office_role() == PEMBANTU and (own is None or own.id != found.id):
        raise pk.PacketProblem(
            f"Paket ini kasus {nama}, bukan perangkat daerah kantor ini; tidak ada yang diimpor."
        )
    return found


def _check_replay(packet: pk.Packet) -> None:
    last = (
        PacketRecord.select(fn.MAX(PacketRecord.urutan))
        .where(
            (PacketRecord.uid == packet.uid)
            & (PacketRecord.arah == RECEIVED)
            & (PacketRecord.pengirim == packet.sender_key)
        )
        .scalar()
    )
    if last is not None and packet.sequence <= last:
        raise pk.PacketProblem(
            f"Paket {packet.path.name} adalah paket ke-{packet.sequence} kasus ini, sedangkan "
            f"kantor ini sudah menerima paket ke-{last} dari pengirim yang sama: paket lama "
            "(diputar ulang) tidak diimpor. Minta paket terbaru dari kantor pengirim."
        )


def _diff(local: dict[str, Any], incoming: dict[str, Any]) -> list[tuple[str, str, Any, Any]]:
    """(path, label, local value, packet value) for each content field that differs."""
    out: list[tuple[str, str, Any, Any]] = []
    for name in CASE_FIELDS:
        a, b = local["kasus"].get(name), incoming["kasus"].get(name)
        if a != b:
            out.append((f"kasus.{name}", f"kasus: {name}", a, b))
    mine = {i["urut"]: i for i in local["butir"]}
    theirs = {i["urut"]: i for i in incoming["butir"]}
    for urut in sorted(set(mine) | set(theirs)):
        a_item, b_item = mine.get(urut, {}), theirs.get(urut, {})
        for name in sorted(set(a_item) | set(b_item)):
            if name == "urut":
                continue
            a, b = a_item.get(name), b_item.get(name)
            if a != b:
                out.append((f"butir.{urut}.{name}", f"butir {urut}: {name}", a, b))
    mine_s = {(s["tahap"], s["putaran"]): s["data"] for s in local["tahap"]}
    theirs_s = {(s["tahap"], s["putaran"]): s["data"] for s in incoming["tahap"]}
    mine_o, theirs_o = local.get("pejabat", {}), incoming.get("pejabat", {})
    for key in sorted(set(mine_s) & set(theirs_s)):
        a_data, b_data = mine_s[key], theirs_s[key]
        for name in sorted(set(a_data) | set(b_data)):
            a, b = a_data.get(name), b_data.get(name)
            if _official_identity(a, mine_o) != _official_identity(b, theirs_o):
                path = f"tahap.{key[0]}.{key[1]}.{name}"
                out.append(
                    (
                        path,
                        f"tahap {key[0]} (putaran {key[1]}): {name}",
                        _official_shown(a, mine_o),
                        _official_shown(b, theirs_o),
                    )
                )
    return out


def _official_identity(value: Any, officials: dict[str, Any]) -> Any:
    """A step value for comparing across offices: an official named by reference is the
    same person at both offices by NIP, else by name and jabatan (what the import matches
    them by, ``_official``), whatever their ids there; any other value is itself."""
    if not (isinstance(value, dict) and "$pejabat" in value):
        return value
    person = officials.get(value["$pejabat"], {})
    if person.get("nip"):
        return ("nip", person["nip"])
    return ("nama", person.get("nama", value["$pejabat"]), person.get("jabatan", ""))


def _official_shown(value: Any, officials: dict[str, Any]) -> Any:
    """A step value as the receiver sees it side by side: an official by name and jabatan."""
    if not (isinstance(value, dict) and "$pejabat" in value):
        return value
    person = officials.get(value["$pejabat"], {})
    name = str(person.get("nama") or value["$pejabat"])
    return f"{name} ({person['jabatan']})" if person.get("jabatan") else name


def _known_event_uids(case: Case | None, own: str) -> frozenset[str]:
    if case is None:
        return frozenset()
    return frozenset(_event_uids(case.id, own).values())


def _local_edits_unseen(case: Case, own: str, packet_uids: set[str]) -> bool:
    uids = _event_uids(case.id, own)
    kinds = {
        e.id: e.jenis for e in Event.select(Event.id, Event.jenis).where(Event.case == case.id)
    }
    return any(uid not in packet_uids and kinds[i] not in NOT_EDITS for i, uid in uids.items())


def _running_text(state: dict[str, Any], fresh: bool) -> str:
    """What runs after the import, in words (a phrase the window translates)."""
    running = [s for s in state["tahap"] if s["status"] == "berjalan"]
    if not running:
        return phrase("Kasus selesai; tidak ada tahap yang berjalan.")
    rec = running[-1]
    step = current_sop().step(rec["tahap"])
    if fresh and works_step_here(step.actor):
        due = current_calendar().add_working_days(today(), step.working_days)
        return phrase(
            "Tahap {tahap} ({judul}) dimulai hari ini di kantor ini, batas waktu {batas} "
            "({hari} hari kerja).",
            tahap=step.number,
            judul=label(step.title),
            batas=due,
            hari=step.working_days,
            plural="hari",
        )
    return phrase(
        "Tahap berjalan: {tahap} ({judul}), batas waktu {batas}.",
        tahap=step.number,
        judul=label(step.title),
        batas=DateField().python_value(rec["batas_waktu"]),
    )


def _examine(packet: pk.Packet) -> _Examined:
    """Inside a transaction: every refusal, and what the packet would change."""
    key = active_key()
    own_hex = key.public.hex if key else ""
    if packet.sender_key == own_hex:
        raise pk.PacketProblem(
            f"Paket {packet.path.name} dibuat oleh kantor ini sendiri; paket diterima di kantor "
            "tujuannya."
        )
    reg = _registration(packet)
    problem = pk.chain_problem(packet.case.get("riwayat", []))
    if problem:
        raise pk.PacketProblem(f"Riwayat dalam paket {packet.path.name} tidak utuh: {problem}.")
    opd = _packet_opd(packet, reg)
    _check_replay(packet)
    link = CaseLink.get_or_none(CaseLink.uid == packet.uid)
    case = Case.get_by_id(link.case_id) if link else None
    incoming = packet.case
    nomor = str(incoming["kasus"]["nomor"])
    if case is None:
        clash = Case.get_or_none(Case.nomor == nomor)
        if clash is not None:
            raise pk.PacketProblem(
                f"Nomor register {nomor} sudah dipakai kasus lain di kantor ini ({clash.judul}). "
                "Kantor perangkat daerah memberi nomor dengan pola sendiri (lihat README, Antar "
                "kantor tanpa jaringan); periksa pola nomor register kedua kantor."
            )
    own = _compact(own_hex) if own_hex else ""
    known = _known_event_uids(case, own)
    packet_uids = {e["uid"] for e in incoming["riwayat"]}
    local_state = export_case(case.id, own_hex)[0] if case is not None and own_hex else None
    diffs = _diff(local_state, incoming) if local_state is not None else []
    conflicts: list[Conflict] = []
    changes: list[tuple[str, str]] = []  # (path, label)
    if case is not None and _local_edits_unseen(case, own, packet_uids):
        conflicts = [Conflict(p, label, a, b) for p, label, a, b in diffs]
    else:
        changes = [(p, label) for p, label, _a, _b in diffs]
    kode = {d.kode for d in Document.select(Document.kode)}
    scans = (
        {a.sha256 for a in Attachment.select(Attachment.sha256).where(Attachment.case == case.id)}
        if case
        else set()
    )
    local_runs = (
        {
            (s.tahap, s.putaran)
            for s in StepRecord.select().where(
                (StepRecord.case == case.id) & (StepRecord.status == "berjalan")
            )
        }
        if case
        else set()
    )
    running = [s for s in incoming["tahap"] if s["status"] == "berjalan"]
    fresh = bool(running) and (running[-1]["tahap"], running[-1]["putaran"]) not in local_runs
    inspection = Inspection(
        uid=packet.uid,
        nomor=nomor,
        judul=str(incoming["kasus"]["judul"]),
        opd=opd.nama,
        sender=packet.sender_fingerprint,
        sender_office=office_name(
            str(packet.manifest["pengirim"].get("kantor") or ""),
            str(packet.manifest["pengirim"].get("opd") or "").strip(),
        ),
        sequence=packet.sequence,
        new_case=case is None,
        new_events=sum(1 for e in incoming["riwayat"] if e["uid"] not in known),
        new_documents=sum(1 for d in incoming["dokumen"] if d["kode"] not in kode),
        new_scans=sum(1 for s in incoming["pindaian"] if s["sha256"] not in scans),
        items=len(incoming["butir"]),
        changes=tuple(label for _p, label in changes),
        changed_paths=tuple(p for p, _label in changes),
        conflicts=tuple(conflicts),
        running=_running_text(incoming, fresh),
    )
    return _Examined(packet, reg, opd, case, inspection, known, local_state)


def inspect_packet(path: Path | str) -> Inspection:
    """What the packet at ``path`` brings and what it would change or conflict with, after
    every check of ``import_packet``; nothing is written. Raises ``PacketProblem``."""
    packet = pk.read_packet(path)
    with database.atomic("DEFERRED"):
        return _examine(packet).inspection


# ----------------------------------------------------------------------------- import
@dataclass(frozen=True)
class ImportResult:
    case_id: int
    inspection: Inspection
    choices: dict[str, str] = field(default_factory=dict)


def _resolved(inspection: Inspection, choices: dict[str, str] | None) -> dict[str, str]:
    choices = dict(choices or {})
    for value in choices.values():
        if value not in (PACKET, LOCAL):
            raise ConflictError(f"Pilihan {value!r} tidak dikenal; pilih 'paket' atau 'lokal'.")
    every = choices.pop("semua", None)
    out: dict[str, str] = {}
    missing = []
    for c in inspection.conflicts:
        chosen = choices.get(c.path, every)
        if chosen is None:
            missing.append(c.path)
        else:
            out[c.path] = chosen
    if missing:
        raise ConflictsPending(inspection, missing)
    return out


def _merged(incoming: dict[str, Any], local: dict[str, Any] | None, chosen: dict[str, str]):
    """The packet's state with the fields the receiver kept ("lokal") put back."""
    import copy

    state = copy.deepcopy(incoming)
    if local is None:
        return state
    mine_items = {i["urut"]: i for i in local["butir"]}
    mine_steps = {(s["tahap"], s["putaran"]): s["data"] for s in local["tahap"]}
    for path, choice in chosen.items():
        if choice != LOCAL:
            continue
        parts = path.split(".")
        if parts[0] == "kasus":
            state["kasus"][parts[1]] = local["kasus"].get(parts[1])
        elif parts[0] == "butir":
            urut = int(parts[1])
            item = next((i for i in state["butir"] if i["urut"] == urut), None)
            if item is not None and urut in mine_items:
                item[parts[2]] = mine_items[urut].get(parts[2])
        elif parts[0] == "tahap":
            key = (int(parts[1]), int(parts[2]))
            rec = next((s for s in state["tahap"] if (s["tahap"], s["putaran"]) == key), None)
            if rec is not None and key in mine_steps:
                if parts[3] in mine_steps[key]:
                    rec["data"][parts[3]] = mine_steps[key][parts[3]]
                else:
                    rec["data"].pop(parts[3], None)
    return state


def _official(ref: Any, officials: dict[str, Any], cache: dict[str, int]) -> Any:
    if not (isinstance(ref, dict) and "$pejabat" in ref):
        return ref
    key = ref["$pejabat"]
    if key in cache:
        return cache[key]
    values = officials.get(key, {"nama": key})
    found = None
    if values.get("nip"):
        found = Official.get_or_none(Official.nip == values["nip"])
    if found is None:
        found = Official.get_or_none(
            (Official.nama == values.get("nama", ""))
            & (Official.jabatan == values.get("jabatan", ""))
        )
    if found is None:
        opd = Opd.get_or_none(Opd.nama == values.get("opd")) if values.get("opd") else None
        found = Official.create(
            **{f: values.get(f, "") for f in OFFICIAL_FIELDS if f != "nip"},
            nip=values.get("nip") or None,
            opd=opd,
        )
    cache[key] = found.id
    return found.id


def import_packet(
    actor: Actor, path: Path | str, choices: dict[str, str] | None = None
) -> ImportResult:
    """Verify and import the packet at ``path`` in ONE transaction (nothing half imported).
    ``choices``: for each conflicting field (``Inspection.conflicts``), "paket" or "lokal"
    (``semua`` for all). Raises ``PacketProblem`` (damaged, forged, unknown key, replay),
    ``ConflictsPending`` (choices missing), ``PermissionDenied``."""
    packet = pk.read_packet(path)
    with database.atomic():
        ex = _examine(packet)
        authorize(actor, Action.RECEIVE_CASE, opd_context(ex.opd.id))
        chosen = _resolved(ex.inspection, choices)
        state = _merged(packet.case, ex.local_state, chosen)
        case_id = _apply(ex, state, chosen, actor)
    return ImportResult(case_id, ex.inspection, chosen)


def _apply(ex: _Examined, state: dict[str, Any], chosen: dict[str, str], actor: Actor) -> int:
    packet, now = ex.packet, now_utc()
    k = state["kasus"]
    sop = state["sop"]
    if SopVersion.get_or_none(SopVersion.version == sop["version"]) is None:
        SopVersion.create(
            version=sop["version"], sha256=sop["sha256"], text=sop["text"], registered_at=now
        )
    case_values = _typed(
        Case,
        {
            name: k.get(name)
            for name in (
                "nomor",
                "pemicu",
                "pemicu_rujukan",
                "judul",
                "tanggal_mulai",
                "status",
                "tahap",
                "pelaksana",
                "batas_waktu",
                "tanggal_selesai",
            )
        },
    )
    if ex.case is None:
        tahun = int(k["tahun"])
        last = Case.select(fn.MAX(Case.urut)).where(Case.tahun == tahun).scalar() or 0
        case = Case.create(
            **case_values,
            tahun=tahun,
            urut=last + 1,
            opd=ex.opd.id,
            sop_version=sop["version"],
            search_text="",
            created_at=now,
            updated_at=now,
        )
        CaseLink.create(case=case.id, uid=packet.uid)
    else:
        case = ex.case
        Case.update(**case_values, updated_at=now).where(Case.id == case.id).execute()
    case_id = case.id
    officials = state.get("pejabat", {})
    cache: dict[str, int] = {}

    # Items: matched by their order number, updated in place (a DIK follow-up may name one).
    mine = {i.urut: i for i in InfoItem.select().where(InfoItem.case == case_id)}
    for item in state["butir"]:
        values = _typed(InfoItem, {n: v for n, v in item.items() if n not in ITEM_SKIP})
        row = mine.pop(item["urut"], None)
        if row is None:
            InfoItem.create(case=case_id, urut=item["urut"], **values)
        else:
            InfoItem.update(**values).where(InfoItem.id == row.id).execute()
    for row in mine.values():
        InfoItem.delete().where(InfoItem.id == row.id).execute()

    # Step records: as the packet has them; the local assignee stays.
    assignees = {
        (s.tahap, s.putaran): s.ditugaskan_ke_id
        for s in StepRecord.select().where(StepRecord.case == case_id)
    }
    was_running = {
        (s.tahap, s.putaran)
        for s in StepRecord.select().where(
            (StepRecord.case == case_id) & (StepRecord.status == "berjalan")
        )
    }
    StepRecord.delete().where(StepRecord.case == case_id).execute()
    restarted = None
    for rec in state["tahap"]:
        values = _typed(StepRecord, {n: v for n, v in rec.items() if n not in STEP_SKIP})
        values["data"] = {n: _official(v, officials, cache) for n, v in rec["data"].items()}
        key = (rec["tahap"], rec["putaran"])
        if rec["status"] == "berjalan" and key not in was_running:
            step = current_sop().step(rec["tahap"])
            if works_step_here(step.actor):
                fresh = records.started_step(
                    step, today(), current_calendar(), rec["putaran"], values["data"]
                )
                values.update(fresh)
                restarted = (step, fresh["batas_waktu"])
        StepRecord.create(case=case_id, ditugaskan_ke=assignees.get(key), **values)
    if restarted is not None:
        Case.update(**records.case_on_step(*restarted)).where(Case.id == case_id).execute()

    Participant.delete().where(Participant.case == case_id).execute()
    for p in state["peserta"]:
        Participant.create(
            case=case_id,
            tahap=p["tahap"],
            hadir=p["hadir"],
            official=_official({"$pejabat": p["pejabat"]}, officials, cache),
        )

    # Documents and scans the receiver does not have yet.
    imported_docs: list[int] = []
    for d in sorted(state["dokumen"], key=lambda d: d["versi"]):
        if Document.get_or_none(Document.kode == d["kode"]) is not None:
            continue
        pdf = packet.blobs[d["berkas"]]
        if pk.sha256(pdf) != d["sha256"]:
            raise pk.PacketProblem(
                f"Dokumen {d['kode']} dalam paket tidak cocok dengan SHA-256-nya."
            )
        replaced = (
            Document.get_or_none(Document.kode == d["menggantikan"]) if d["menggantikan"] else None
        )
        values = _typed(
            Document, {n: v for n, v in d.items() if n not in ("berkas", "menggantikan")}
        )
        doc = Document.create(
            case=case_id, pdf=pdf, menggantikan=replaced, tanda_tangan="", **values
        )
        imported_docs.append(doc.id)
        if doc.nomor and NumberRegister.get_or_none(NumberRegister.nomor == doc.nomor) is None:
            NumberRegister.create(
                penerbit="luar",
                jenis=doc.jenis,
                tahun=doc.tanggal.year
                if isinstance(doc.tanggal, date)
                else int(str(doc.tanggal)[:4]),
                urut=None,
                nomor=doc.nomor,
                document=doc.id,
                created_at=now,
            )
    have_scans = {
        a.sha256 for a in Attachment.select(Attachment.sha256).where(Attachment.case == case_id)
    }
    for s in state["pindaian"]:
        if s["sha256"] in have_scans:
            continue
        data = packet.blobs[s["berkas"]]
        if pk.sha256(data) != s["sha256"]:
            raise pk.PacketProblem(f"Pindaian {s['nama_berkas']} tidak cocok dengan SHA-256-nya.")
        owner = Document.get_or_none(Document.kode == s["dokumen"]) if s["dokumen"] else None
        values = _typed(Attachment, {n: v for n, v in s.items() if n not in ("berkas", "dokumen")})
        Attachment.create(case=case_id, document=owner, data=data, **values)

    # The record of this packet, then the events it brought, in the local chain.
    record = PacketRecord.create(
        uid=packet.uid,
        arah=RECEIVED,
        pengirim=packet.sender_key,
        urutan=packet.sequence,
        sha256=packet.sha256,
        manifest=packet.manifest_bytes.decode(),
        tanda_tangan=packet.signature,
        nama_berkas=packet.path.name,
        created_at=now,
    )
    links: list[tuple[int, str, str]] = []
    with ChainWriter() as chain:
        for e in packet.case["riwayat"]:
            if e["uid"] in ex.known_events:
                continue
            try:
                kind = EventKind(e["jenis"])
            except ValueError as exc:
                raise pk.PacketProblem(
                    f"Paket berisi kejadian berjenis {e['jenis']!r} yang tidak dikenal Ujikon "
                    "ini; perbarui Ujikon di kantor penerima."
                ) from exc
            who = Actor(e["peran"], e["pelaku"], e["pengguna"])
            event_id = chain.add(
                kind,
                e["ringkasan"],
                who,
                case_id,
                e["rincian"],
                when=datetime.fromisoformat(e["waktu"]),
            )
            links.append((event_id, e["uid"], e["hash"]))
    for event_id, uid, digest in links:
        EventLink.create(event=event_id, uid=uid, hash_asal=digest, paket=record.id)

    # Documents brought: signed here, against the event that finalised them, by this
    # office's key (which now vouches that they came in a packet whose signature held).
    finalised = {
        e.rincian.get("kode"): e
        for e in Event.select().where(
            (Event.case == case_id) & (Event.jenis == EventKind.DOCUMENT_FINALISED)
        )
        if isinstance(e.rincian, dict)
    }
    for doc_id in imported_docs:
        doc = Document.get_by_id(doc_id)
        event = finalised.get(doc.kode)
        if event is not None:
            signature = document_signature(doc, event)
            Document.update(tanda_tangan=signature).where(Document.id == doc_id).execute()

    records.refresh_search_text([case_id])
    summary = (
        f"Paket kasus ke-{packet.sequence} diterima dari {ex.inspection.sender_office} "
        f"({packet.path.name}): {len(links)} kejadian, {len(imported_docs)} dokumen"
    )
    if chosen:
        summary += f"; {len(chosen)} isian yang bertentangan dipilih"
    if restarted is not None:
        step, due = restarted
        summary += f"; tahap {step.number} dimulai hari ini, batas waktu {due.isoformat()}"
    history.record(
        EventKind.PACKET_RECEIVED,
        summary,
        actor,
        case_id,
        {
            "urutan": packet.sequence,
            "pengirim": packet.sender_fingerprint,
            "sha256_manifest": packet.sha256,
            "kejadian": len(links),
            "dokumen": len(imported_docs),
            "pilihan": [
                {"isian": c.path, "lokal": c.local, "paket": c.incoming, "dipilih": chosen[c.path]}
                for c in ex.inspection.conflicts
            ],
        },
    )
    return case_id


# ----------------------------------------------------------------------------- keys
def register_office_key(
    actor: Actor, opd_id: int | None, public: str, fingerprint_confirmed: str
) -> str:
    """Accept another office's key: ``public`` (hex, as a packet's manifest or the other
    office's profile gives it), for the perangkat daerah ``opd_id`` (None: the PPID Utama).
    ``fingerprint_confirmed`` is the fingerprint as the other office read it out; it must
    be the key's. Returns the fingerprint."""
    raw_text = "".join(public.split())
    key = keyfile.public_from_text(raw_text)
    if key is None:
        raise UserError("Kunci publik itu tidak sah (64 digit heksadesimal kunci Ed25519).")
    actual = keyfile.fingerprint(bytes.fromhex(raw_text))
    given = "".join(fingerprint_confirmed.split()).upper()
    if given != actual.replace(" ", ""):
        raise UserError(
            f"Sidik jari yang dikonfirmasi ({fingerprint_confirmed.strip() or 'kosong'}) tidak "
            f"sama dengan sidik jari kunci ini ({actual}). Cocokkan lagi dengan kantor "
            "pengirim; kunci tidak didaftarkan."
        )
    with database.atomic():
        authorize(actor, Action.REGISTER_OFFICE_KEY)
        opd = Opd.get_or_none(Opd.id == opd_id) if opd_id is not None else None
        if opd_id is not None and opd is None:
            raise UserError("Perangkat daerah itu tidak ada.")
        existing = OfficeKeyRegistration.get_or_none(OfficeKeyRegistration.publik == raw_text)
        if existing is not None:
            raise ConflictError(f"Kunci bersidik jari {actual} sudah terdaftar.")
        OfficeKeyRegistration.create(
            opd=opd,
            publik=raw_text,
            sidik_jari=actual,
            didaftarkan_oleh=actor.label,
            created_at=now_utc(),
        )
        whose = opd.nama if opd else "PPID Utama"
        history.record(
            EventKind.OFFICE_KEY_REGISTERED,
            f"Kunci kantor {whose} bersidik jari {actual} didaftarkan",
            actor,
            detail={"sidik_jari": actual, "opd": opd.nama if opd else None},
        )
    return actual
