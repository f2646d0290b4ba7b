"""The partner offices' keys (Data Master → Kunci kantor mitra): which keys this office
accepts case packets from, this office's own fingerprint (read out to the partner office by
phone), and registering a partner's key from the first packet it sent.

A key is registered from a packet only when the fingerprint the sending office read out
equals the packet's (``register_office_key`` keeps that rule, with the others: an
administrator, an OPD that exists, never twice). Besides, a key fits the office it comes
to: an OPD install exchanges packets with the PPID Utama only, so it registers the PPID
Utama's key (no OPD); the PPID Utama registers a perangkat daerah's key for the OPD the
packet names, by the same name in its Data Master (a packet's case is matched to its OPD by
that name when it is received).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.capabilities import authorize
from app.errors import UserError
from app.exchange import packet as pk
from app.exchange.office import PEMBANTU, UTAMA, office_name, office_role
from app.exchange.service import register_office_key
from app.models import OfficeKeyRegistration, Opd, database
from app.permissions import Action, Actor
from app.phrases import phrase
from app.signing.office import active_key

PPID_UTAMA = "PPID Utama"


@dataclass(frozen=True)
class OfficeKeyInfo:
    """A partner office's key registered here."""

    id: int
    whose: str  # the OPD's name, or "PPID Utama"
    opd_id: int | None
    fingerprint: str
    registered_by: str
    registered_at: datetime


def _whose(opd: Opd | None) -> str:
    return opd.nama if opd is not None else PPID_UTAMA


def list_office_keys() -> list[OfficeKeyInfo]:
    """Every registered partner key, ordered by whose it is (then by when it was
    registered: an office that changed its key has both)."""
    query = (
        OfficeKeyRegistration.select(OfficeKeyRegistration, Opd)
        .left_outer_join(Opd, on=(OfficeKeyRegistration.opd == Opd.id))
        .order_by(OfficeKeyRegistration.created_at, OfficeKeyRegistration.id)
    )
    found = [
        OfficeKeyInfo(
            id=row.id,
            whose=_whose(row.opd if row.opd_id is not None else None),
            opd_id=row.opd_id,
            fingerprint=row.sidik_jari,
            registered_by=row.didaftarkan_oleh,
            registered_at=row.created_at,
        )
        for row in query
    ]
    return sorted(found, key=lambda k: k.whose.casefold())


def same_fingerprint(typed: str, fingerprint: str) -> bool:
    """Whether ``typed`` is ``fingerprint``, whatever its spaces and letter case (the check
    ``register_office_key`` makes; the window marks the field with it)."""
    return "".join(typed.split()).upper() == "".join(fingerprint.split()).upper()


def own_office_fingerprint() -> str:
    """The fingerprint of the office key the open database is written with ("" when it has
    none: opened read-only, or no key)."""
    key = active_key()
    return key.public.fingerprint if key is not None else ""


@dataclass(frozen=True)
class PacketSender:
    """Who signed a packet, as its (signed) manifest claims, against this office."""

    path: Path
    office: str  # the sender's kind as claimed: app.exchange.office.UTAMA or PEMBANTU
    opd_name: str  # the sender's perangkat daerah as claimed ("" for the PPID Utama)
    public: str  # its key, hex
    fingerprint: str
    case_number: str
    case_title: str
    sent_by: str  # who made the packet there
    registered: bool  # the key is registered here already
    registered_as: str  # whose it is registered as ("" when it is not)
    opd_id: int | None  # the OPD the key fits here (None: the PPID Utama's, or no match)
    problem: str  # why the key cannot be registered here ("" when it can)

    @property
    def office_label(self) -> str:
        """The sending office in words: "PPID Utama", "PPID Pembantu Dinas Kesehatan"."""
        return office_name(self.office, self.opd_name)


def _sender_office(packet: pk.Packet) -> tuple[str, str]:
    sender = packet.manifest.get("pengirim")
    sender = sender if isinstance(sender, dict) else {}
    return str(sender.get("kantor") or ""), str(sender.get("opd") or "").strip()


def _sender_problem(packet: pk.Packet) -> str:
    """Why the key of ``packet`` does not fit this office, whatever is chosen for it ("" when
    it may be registered)."""
    office, opd_name = _sender_office(packet)
    name = packet.path.name
    own = active_key()
    if own is not None and own.public.hex == packet.sender_key:
        return phrase(
            "Paket {berkas} ditandatangani kunci kantor ini sendiri (sidik jari {sidik}): "
            "paket itu dikirim dari sini. Daftarkan kunci kantor mitra dari paket yang "
            "diterima dari kantor itu.",
            berkas=name,
            sidik=packet.sender_fingerprint,
        )
    if office_role() == PEMBANTU:
        if office != UTAMA:
            return phrase(
                "Paket {berkas} dikirim oleh {pengirim}, bukan oleh PPID Utama. Kantor "
                "perangkat daerah ini bertukar paket hanya dengan PPID Utama, jadi hanya "
                "kunci PPID Utama yang didaftarkan di sini. Daftarkan kuncinya dari paket "
                "yang dikirim PPID Utama.",
                berkas=name,
                pengirim=office_name(office, opd_name),
            )
        return ""
    if office != PEMBANTU:
        return phrase(
            "Paket {berkas} dikirim oleh {pengirim}, padahal kantor ini PPID Utama. Di sini "
            "hanya kunci PPID Pembantu (kantor perangkat daerah) yang didaftarkan; pilih "
            "paket yang dikirim kantor perangkat daerah.",
            berkas=name,
            pengirim=office_name(office, opd_name),
        )
    if not opd_name:
        return phrase(
            "Paket {berkas} tidak menyebut perangkat daerah pengirimnya, jadi kuncinya tidak "
            "dapat didaftarkan. Minta kantor pengirim membuat paketnya lagi dengan Ujikon "
            "yang terbaru.",
            berkas=name,
        )
    if Opd.get_or_none(Opd.nama == opd_name) is None:
        return phrase(
            "Perangkat daerah {opd} yang disebut paket {berkas} tidak ada di Data Master "
            "kantor ini. Tambahkan dengan nama yang sama persis (Data Master → Perangkat "
            "daerah), lalu daftarkan kuncinya.",
            opd=opd_name,
            berkas=name,
        )
    return ""


def _choice_problem(packet: pk.Packet, opd_id: int | None) -> str:
    """Why the key of ``packet`` may not be registered for ``opd_id`` ("" when it may)."""
    office, opd_name = _sender_office(packet)
    if office_role() == PEMBANTU:
        if opd_id is not None:
            return phrase(
                "Di kantor perangkat daerah, kunci yang didaftarkan hanya kunci PPID Utama: "
                "jangan pilih perangkat daerah."
            )
        return ""
    if opd_id is None:
        return phrase(
            "Di kantor PPID Utama, kunci kantor mitra didaftarkan untuk perangkat daerahnya. "
            "Pilih perangkat daerah pengirim paket ({opd}).",
            opd=opd_name,
        )
    chosen = Opd.get_or_none(Opd.id == opd_id)
    if chosen is not None and chosen.nama != opd_name:
        return phrase(
            "Paket {berkas} dikirim oleh PPID Pembantu {opd}, bukan {pilihan}. Kunci sebuah "
            "perangkat daerah didaftarkan untuk perangkat daerah itu sendiri: pilih {opd}.",
            berkas=packet.path.name,
            opd=opd_name,
            pilihan=chosen.nama,
        )
    return ""


def packet_sender(path: Path | str) -> PacketSender:
    """Who signed the packet at ``path``, read from its manifest once the packet is proved
    whole against the key the manifest names (nothing is written). Raises ``PacketProblem``
    for a damaged or changed packet."""
    packet = pk.read_packet(path)
    office, opd_name = _sender_office(packet)
    case = packet.manifest.get("kasus")
    case = case if isinstance(case, dict) else {}
    sender = packet.manifest.get("pengirim")
    sent_by = str(sender.get("oleh") or "") if isinstance(sender, dict) else ""
    reg = OfficeKeyRegistration.get_or_none(OfficeKeyRegistration.publik == packet.sender_key)
    registered_as = ""
    if reg is not None:
        registered_as = _whose(Opd.get_or_none(Opd.id == reg.opd_id) if reg.opd_id else None)
    opd_id = None
    if office_role() != PEMBANTU and office == PEMBANTU and opd_name:
        found = Opd.get_or_none(Opd.nama == opd_name)
        opd_id = found.id if found is not None else None
    problem = _sender_problem(packet)
    if not problem and reg is not None:
        problem = phrase(
            "Kunci bersidik jari {sidik} sudah terdaftar untuk {kantor}; tidak perlu "
            "didaftarkan lagi.",
            sidik=packet.sender_fingerprint,
            kantor=registered_as,
        )
    return PacketSender(
        path=packet.path,
        office=office,
        opd_name=opd_name,
        public=packet.sender_key,
        fingerprint=packet.sender_fingerprint,
        case_number=str(case.get("nomor") or ""),
        case_title=str(case.get("judul") or ""),
        sent_by=sent_by,
        registered=reg is not None,
        registered_as=registered_as,
        opd_id=opd_id,
        problem=problem,
    )


def register_from_packet(
    actor: Actor, path: Path | str, opd_id: int | None, fingerprint_read_out: str
) -> str:
    """Register the key that signed the packet at ``path`` for ``opd_id`` (None: the PPID
    Utama's key, at an OPD install), once ``fingerprint_read_out`` (what the sending office
    read out) equals the packet's. Returns the fingerprint. Raises ``PacketProblem`` (a
    damaged packet), ``PermissionDenied``, or ``UserError`` saying what to fix; nothing is
    written then."""
    packet = pk.read_packet(path)
    with database.atomic():
        # Asked first (register_office_key asks again): one who may not register keys is
        # told that, not what would be wrong with this packet.
        authorize(actor, Action.REGISTER_OFFICE_KEY)
        problem = _sender_problem(packet) or _choice_problem(packet, opd_id)
        if problem:
            raise UserError(problem)
        return register_office_key(actor, opd_id, packet.sender_key, fingerprint_read_out)
