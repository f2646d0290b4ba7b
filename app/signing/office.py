"""Which office key a database is sealed and signed with, and what the key vouches for.

- **Opening for writing** (``attach``): a database that names no key yet (new, or from
  before schema 5) adopts this PC's key (made now on the first run): every row is sealed,
  every finalised document and the chain head are signed, and the key's public half is
  recorded in the database. A database that names this PC's key is sealed as it is written.
  A database that names another key, or whose key this PC lacks, is refused for writing
  (``ForeignOfficeKey``, which may still be opened read-only): signing it with this PC's key
  would certify whatever someone changed in it. An administrator may adopt it anyway with a
  reason (``adopt_foreign``), recorded in its history.
- **Signing**: the chain head at every event (``sign_head``), a document when it is
  finalised (``sign_document``), a manifest when a backup is made (``manifest_signature``).
- **Checking**: ``head_problem``, ``document_problem``, ``manifest_signed``.

Trust comes only from the public key pinned on this PC (``keyfile.pinned_public``), never
from what a database or a manifest says about its own key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.errors import DatabaseProblem
from app.phrases import joined, label, phrase
from app.signing import keyfile
from app.signing.keyfile import OfficeKey, PublicKey
from app.signing.messages import document_message, head_message, manifest_message

if TYPE_CHECKING:
    from app.models import Document, Event
    from app.store.connection import UjikonDatabase
    from app.store.server import ServerDatabase


class ForeignOfficeKey(DatabaseProblem):
    """The database is sealed with an office key this PC does not hold."""

    read_only_title = "Basis data disegel kunci kantor lain"

    def __init__(self, message: str, fingerprint: str) -> None:
        super().__init__(message)
        self.can_open_read_only = True
        self.fingerprint = fingerprint


def _active() -> UjikonDatabase | None:
    from app.models import database
    from app.store.connection import UjikonDatabase
    from app.store.server import ServerDatabase

    db = database.obj
    # a server's database object carries the same key and sealer (typed alike here)
    return db if isinstance(db, (UjikonDatabase, ServerDatabase)) else None  # type: ignore[return-value]


def active_key() -> OfficeKey | None:
    """The office key the open database is written with (None: read-only, or no key)."""
    db = _active()
    return db.office_key if db is not None else None


def recorded_key() -> str | None:
    """The public key (hex) the open database says it is sealed with."""
    from app import settings

    note = settings.value(settings.KUNCI_KANTOR)
    return note["publik"] if note else None


def trusted_public() -> PublicKey | None:
    """The key signatures are checked against: the one pinned on this PC."""
    try:
        return keyfile.pinned_public()
    except keyfile.KeyProblem:
        return None


# ----------------------------------------------------------------------------- opening
def foreign_key_text(recorded: str, pinned: PublicKey | None, path: str) -> str:
    theirs = keyfile.fingerprint(bytes.fromhex(recorded)) if _is_hex(recorded) else "?"
    ours = (
        f"kunci kantor PC ini bersidik jari {pinned.fingerprint}"
        if pinned
        else f"PC ini belum memiliki kunci kantor (folder {keyfile.key_folder()})"
    )
    return (
        f"Basis data {path} disegel dengan kunci kantor bersidik jari {theirs}, sedangkan "
        f"{ours}. Basis data ini tidak dapat diubah di sini: menyegelnya dengan kunci lain "
        "akan mengesahkan apa pun yang mungkin diubah di dalamnya. Bila ini komputer baru "
        "kantor yang sama, pulihkan berkas kunci kantor dari salinannya (lihat README, "
        "Keaslian dan keamanan), lalu buka lagi. Bila memang harus dipakai dengan kunci PC "
        "ini, Administrator dapat mengambil alih dengan alasan yang dicatat di riwayat "
        "(main.py kunci ambil-alih). Basis data dapat dibuka hanya-baca."
    )


def _is_hex(text: str) -> bool:
    try:
        bytes.fromhex(text)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class KeyCheck:
    """What ``before_migrations`` found: this PC's key, whether the file names one, and
    whether its seals held before the migrations."""

    key: OfficeKey | None
    sealed: bool
    seals_held: bool


def _refuse_unless_ours(recorded: Any, key: OfficeKey | None, path: str) -> None:
    if key is None or key.public.hex != recorded["publik"]:
        raise ForeignOfficeKey(
            foreign_key_text(recorded["publik"], trusted_public(), path), recorded["sidik_jari"]
        )


def before_migrations(db: UjikonDatabase | ServerDatabase, path: str, pending: bool) -> KeyCheck:
    """Before anything is written: a file sealed with another key is refused
    (``ForeignOfficeKey``) before its migrations run, and for a file about to be migrated,
    whether its seals hold now (a migration that changes a sealed table changes what every
    row's seal covers, so they are renewed after it, but only when they held before: a
    migration must never turn an outside change into a sealed one)."""
    from app import settings

    key = keyfile.load_key()
    if not db.table_exists("setting"):
        return KeyCheck(key, False, False)
    recorded = settings.value(settings.KUNCI_KANTOR)
    if recorded is None:
        return KeyCheck(key, False, False)
    _refuse_unless_ours(recorded, key, path)
    assert key is not None
    held = False
    if pending:
        from app.store.seals import verify_seals

        held = not verify_seals(db.connection(), key.seal_secret)[1]
    return KeyCheck(key, True, held)


def attach(
    db: UjikonDatabase | ServerDatabase,
    path: str,
    before: KeyCheck | None = None,
    migrated: bool = False,
) -> None:
    """Give the just-opened writable ``db`` its office key and row sealer (see module doc).
    Raises ``ForeignOfficeKey`` or ``KeyProblem``; nothing is written then. ``before`` and
    ``migrated``: what ``before_migrations`` found and whether migrations ran since."""
    from app import history, settings
    from app.history.kinds import EventKind

    recorded = settings.value(settings.KUNCI_KANTOR)
    key = before.key if before is not None else keyfile.load_key()
    if recorded is not None:
        _refuse_unless_ours(recorded, key, path)
        assert key is not None
        _install(db, key)
        if migrated and before is not None and before.seals_held:
            with db.atomic():
                assert db.sealer is not None
                rows = db.sealer.seal_all(db.connection())
                history.record(
                    EventKind.SEALS_RENEWED,
                    f"Segel {rows} baris diperbarui setelah pemutakhiran skema basis data",
                    detail={"baris": rows},
                )
        return
    if key is None:
        key, _made = keyfile.load_or_create_key()
    _install(db, key)
    with db.atomic():
        _adopt(key, previous=[], reason=None)


def _install(db: UjikonDatabase | ServerDatabase, key: OfficeKey) -> None:
    from app.store import seals

    with db.atomic():  # on a server the noting triggers are made here, once
        sealer = seals.make_sealer(db.connection(), key.seal_secret)
    db.office_key = key
    db.sealer = sealer
    sealer.install(db.connection())


def _adopt(key: OfficeKey, previous: list[str], reason: str | None, actor: Any = None) -> int:
    """Inside the caller's transaction: record ``key`` as this database's, sign every
    finalised document and the chain head, and seal every row. Returns the rows sealed."""
    from app import history, settings
    from app.history.kinds import EventKind
    from app.models import Event, database

    settings.write_internal(
        settings.KUNCI_KANTOR,
        settings.OfficeKeyNote(
            publik=key.public.hex, sidik_jari=key.public.fingerprint, sebelumnya=previous
        ),
    )
    _sign_documents(key)
    if reason is not None:
        history.record(
            EventKind.OFFICE_KEY_ADOPTED,
            f"Basis data diambil alih dengan kunci kantor {key.public.fingerprint}: {reason}",
            actor,
            detail={"sidik_jari": key.public.fingerprint, "sebelumnya": previous, "alasan": reason},
        )
    elif Event.select().exists():  # an existing database (from before schema 5)
        history.record(
            EventKind.OFFICE_KEY_ADOPTED,
            f"Basis data disegel dengan kunci kantor {key.public.fingerprint}",
            detail={"sidik_jari": key.public.fingerprint, "sebelumnya": previous},
        )
    else:
        sign_current_head()
    db = _active()
    assert db is not None and db.sealer is not None
    return db.sealer.seal_all(database.connection())


def adopt_foreign(path: str, actor: Any, reason: str, *, take_lock: bool = True) -> str:
    """The administrator's override: take the database at ``path`` (sealed with another key,
    or with a key this PC lost) under this PC's key. Everything in it now is taken as
    genuine; the change, the old key and the reason are recorded in its history. Returns
    the new fingerprint."""
    from app import settings, store
    from app.capabilities import authorize
    from app.models import database
    from app.permissions import Action
    from app.validation import required_reason

    authorize(actor, Action.RESTORE)  # as a restore: the database's content is taken on
    reason = required_reason(reason, "alasan", "Alasan mengambil alih basis data")
    key, _made = keyfile.load_or_create_key()
    store.open_database(path, adopt_key=True, take_lock=take_lock)
    db = _active()
    assert db is not None
    note = settings.value(settings.KUNCI_KANTOR)
    previous = list(note["sebelumnya"]) if note else []
    if note and note["publik"] not in previous and note["publik"] != key.public.hex:
        previous.append(note["publik"])
    _install(db, key)
    with database.atomic():
        _adopt(key, previous, reason, actor)
    return key.public.fingerprint


def key_description() -> str:
    """What the office profile shows about the key: its fingerprint (to compare with the one
    the README and the office's records give), where it lives on this PC, and whether the
    open database is sealed with it."""
    pinned = trusted_public()
    folder = keyfile.key_folder()
    if pinned is None:
        return phrase(
            "PC ini belum memiliki kunci kantor (akan dibuat di {folder}).", folder=str(folder)
        )
    lines: list[str] = [
        phrase("Sidik jari: {sidik}", sidik=pinned.fingerprint),
        phrase("Folder berkas kunci: {folder}", folder=str(folder)),
    ]
    recorded = recorded_key()
    if recorded is None:
        lines.append(label("Basis data yang terbuka belum disegel dengan kunci kantor."))
    elif recorded == pinned.hex:
        lines.append(label("Basis data yang terbuka disegel dan ditandatangani dengan kunci ini."))
    else:
        lines.append(
            label("Basis data yang terbuka disegel dengan kunci lain (lihat Periksa keutuhan).")
        )
    lines.append(
        label(
            "Simpan salinan kedua berkas kunci di tempat aman (flashdisk kantor di lemari "
            "terkunci): tanpa kunci ini, PC baru tidak dapat melanjutkan basis data ini."
        )
    )
    return joined(lines, "\n")


# ----------------------------------------------------------------------------- signing
def sign_head(count: int, head_hash: str) -> None:
    """Sign the chain head (inside the transaction that moved it)."""
    from app import settings

    key = active_key()
    if key is None:
        return
    settings.write_internal(
        settings.KEPALA_BERTANDA,
        settings.SignedHead(
            jumlah=count, hash=head_hash, tanda_tangan=key.sign(head_message(count, head_hash))
        ),
    )


def sign_current_head() -> None:
    from app import settings

    head = settings.value(settings.RANTAI_RIWAYAT)
    sign_head(head["jumlah"], head["hash"])


def _document_message(doc: Document, event_id: int, event_hash: str) -> bytes:
    return document_message(
        doc.kode,
        doc.jenis,
        doc.versi,
        doc.nomor,
        str(doc.tanggal),
        doc.sha256,
        event_id,
        event_hash,
    )


def document_signature(doc: Document, event: Event) -> str:
    """``tanda_tangan`` of a document just finalised by ``event`` ("" without a key)."""
    key = active_key()
    if key is None:
        return ""
    packed = f"{event.id}:{event.hash}:"
    return packed + key.sign(_document_message(doc, event.id, event.hash))


def _sign_documents(key: OfficeKey) -> None:
    """Sign every document with the event that finalised it (adopting a key)."""
    from app.history import EventKind
    from app.models import Document, Event

    events: dict[str, Event] = {}
    for event in Event.select().where(Event.jenis == EventKind.DOCUMENT_FINALISED):
        kode = event.rincian.get("kode") if isinstance(event.rincian, dict) else None
        if isinstance(kode, str):
            events.setdefault(kode, event)
    for doc in Document.select(*[f for f in Document._meta.sorted_fields if f.name != "pdf"]):
        made = events.get(doc.kode)
        if made is None:
            continue
        signature = f"{made.id}:{made.hash}:" + key.sign(_document_message(doc, made.id, made.hash))
        Document.update(tanda_tangan=signature).where(Document.id == doc.id).execute()


# ----------------------------------------------------------------------------- checking
@dataclass(frozen=True)
class DocumentSignature:
    event_id: int
    event_hash: str
    signature: str


def parse_document_signature(text: str) -> DocumentSignature | None:
    parts = (text or "").split(":")
    if len(parts) != 3 or not parts[0].isdigit():
        return None
    return DocumentSignature(int(parts[0]), parts[1], parts[2])


def document_problem(doc: Document, public: PublicKey | None) -> str | None:
    """Why ``doc``'s office signature does not hold (None: it holds). ``public``: the key to
    check it with (this PC's pinned key)."""
    from app.models import Event

    parsed = parse_document_signature(doc.tanda_tangan)
    if parsed is None:
        return "tidak bertanda tangan kunci kantor"
    if public is None:
        return None  # nothing to check it against; said once by the key check
    if not public.verify(
        parsed.signature, _document_message(doc, parsed.event_id, parsed.event_hash)
    ):
        return "tanda tangan kunci kantornya tidak cocok dengan isinya"
    event = Event.get_or_none(Event.id == parsed.event_id)
    if event is None or event.hash != parsed.event_hash:
        return f"kejadian finalisasinya (#{parsed.event_id}) tidak ada lagi di riwayat"
    return None


def head_problem(public: PublicKey | None) -> str | None:
    """Whether the signed chain head is the chain head now, signed by ``public``."""
    from app import settings

    head = settings.value(settings.RANTAI_RIWAYAT)
    signed = settings.value(settings.KEPALA_BERTANDA)
    if signed is None:
        return "ujung rantai riwayat tidak bertanda tangan kunci kantor"
    if (signed["jumlah"], signed["hash"]) != (head["jumlah"], head["hash"]):
        return (
            f"ujung rantai yang ditandatangani ({signed['jumlah']} kejadian) bukan ujung "
            f"rantai sekarang ({head['jumlah']} kejadian): riwayat diubah di luar aplikasi"
        )
    if public is not None and not public.verify(
        signed["tanda_tangan"], head_message(signed["jumlah"], signed["hash"])
    ):
        return (
            "tanda tangan ujung rantai riwayat tidak sah untuk kunci kantor PC ini: riwayat "
            "ditulis ulang di luar aplikasi, atau basis data ini dari kantor lain"
        )
    return None


def manifest_signature(fields: dict[str, Any], sealed_with: str | None) -> tuple[str, str] | None:
    """(public key hex, signature) for a manifest's fields; None without a key, or when the
    copy is not sealed with this PC's key (``sealed_with``: the key the copy names)."""
    key = active_key() or keyfile.load_key()
    if key is None or key.public.hex != sealed_with:
        return None
    return key.public.hex, key.sign(manifest_message({**fields, "kunci": key.public.hex}))


def manifest_signed(fields: dict[str, Any], public: PublicKey | None) -> bool:
    """Whether a manifest (its fields as read) is signed by ``public`` (this PC's key)."""
    if public is None or fields.get("kunci") != public.hex:
        return False
    signature = fields.get("tanda_tangan")
    return isinstance(signature, str) and public.verify(signature, manifest_message(fields))
