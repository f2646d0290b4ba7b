"""Between offices without a network: a case travels as one signed file between a PPID
Pembantu (at its perangkat daerah) and the PPID Utama (at Diskominfosatik).

**The file** (``<nomor with dashes>.ujikon-kasus``) is a ZIP archive (``app.exchange.packet``):

- ``manifest.json``: ``format`` ("ujikon-kasus"), ``versi`` (1), when it was made, the sending
  office (its role, its OPD, its office key's public half and fingerprint), the case's
  identity (UUID and number), the packet's sequence number for that case from that office
  (``urutan``), and the SHA-256 of every other member;
- ``manifest.sig``: the Ed25519 signature of the exact bytes of ``manifest.json`` by the
  sending office's key (``app.signing.keyfile``);
- ``kasus.json``: the case, its items, its step records, its participants (with the
  officials they name), the metadata of its documents and scans, its SOP version and its
  history events, each event chained to the one before it in the packet (``hash_sebelum``,
  ``hash``: SHA-256 of the event's canonical JSON) so the packet's history proves its own
  order and content;
- ``dokumen/<kode>.pdf`` and ``pindaian/<sha256>``: the finalised PDFs and the scans, as
  members, byte for byte.

A member added, removed, changed or cut short, or a manifest not signed by a key the receiver
registered, refuses the whole packet before anything is written.

**Identity across offices.** A case gets a UUID the first time it is sent
(``tautan_kasus``); both offices keep it, and it decides which local case a packet updates.
Its register number travels as it is: an OPD install numbers its cases with its own pattern
(the setup makes it ``{urut:03d}/UK-<SINGKATAN>/{tahun}``), so it never collides with the
PPID Utama's register; at the receiver the case takes the next sequence number of that year
(the register counts every case the office holds). A document is known by its verification
code (``kode``, unique, random), a scan by its SHA-256, an event by ``<fingerprint of the
office that made it>:<its id there>``; the events a packet brought keep that identity and
their packet hash in ``tautan_kejadian``, and the manifest and signature of every packet
received stay in ``paket_kasus``, so the receiver's check can prove again who did what, when.
Imported events are appended to the receiver's own hash chain (its ``check`` still walks one
chain), keeping their original time, actor, role, kind, summary and details.

**Replays.** Each office numbers the packets it sends of a case (1, 2, …); a packet whose
number is not above the last one received from that office for that case is refused.

**Conflicts.** When the receiver's copy has events the packet does not know (it changed the
case meanwhile), every field whose values differ (the case's title and trigger, each item's
fields, each step's form values) is reported side by side, and nothing is imported until the
receiver chooses, per field or for all, "paket" (the sender's value) or "lokal" (its own);
the choices are recorded in the history event of the import. The steps' structure (which
step runs, completions, send-backs) always follows the packet.

**Continuing.** A running step that the receiving office works, started at the sending
office, starts again on the day the packet is received, with the SOP's working days from
that day (``app.workdays``): step 2 at the PPID Utama after step 1, step 1 at the OPD after a
send-back.
"""

from typing import TYPE_CHECKING, Any

# The services are imported on first use: ``app.exchange.office`` (which kind of office
# this is) is read by the capabilities on the window's start path, and importing this
# package must not load the packet code, the signing and the history with it.
if TYPE_CHECKING:
    from app.exchange.packet import PACKET_SUFFIX, PacketProblem
    from app.exchange.service import (
        Conflict,
        ImportResult,
        Inspection,
        import_packet,
        inspect_packet,
        register_office_key,
        send_case,
    )

_SOURCES = {
    "PACKET_SUFFIX": "app.exchange.packet",
    "PacketProblem": "app.exchange.packet",
    "Conflict": "app.exchange.service",
    "ImportResult": "app.exchange.service",
    "Inspection": "app.exchange.service",
    "import_packet": "app.exchange.service",
    "inspect_packet": "app.exchange.service",
    "register_office_key": "app.exchange.service",
    "send_case": "app.exchange.service",
}


def __getattr__(name: str) -> Any:
    source = _SOURCES.get(name)
    if source is None:
        raise AttributeError(f"module 'app.exchange' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(source), name)


__all__ = [
    "PACKET_SUFFIX",
    "Conflict",
    "ImportResult",
    "Inspection",
    "PacketProblem",
    "import_packet",
    "inspect_packet",
    "register_office_key",
    "send_case",
]
