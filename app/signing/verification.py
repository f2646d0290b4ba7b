"""What ``check`` proves with the office key (each returns ok and its message):

- ``office_key_state``: the database names the key pinned on this PC;
- ``signed_head_state``: the chain head is the one the key signed (a rewritten or cut
  history has a head nobody could sign without the key);
- ``row_seal_state``: every row of every table but the history matches its seal;
- ``document_signature_state``: every finalised document carries a valid signature that names
  an event still in the chain;
- ``backup_heads_state``: the live chain extends the signed head of every signed manifest of
  this database in its backup folder (a database put back to an older state is caught by the
  backups made after it), unless a recorded restore went back on purpose.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.signing import keyfile
from app.signing.keyfile import OfficeKey, PublicKey
from app.signing.office import active_key, document_problem, head_problem, manifest_signed

SHOWN = 5


def _shown(items: list[str]) -> str:
    return "; ".join(items[:SHOWN]) + (" …" if len(items) > SHOWN else "")


def _recorded():
    from app import settings

    return settings.value(settings.KUNCI_KANTOR)


def _pinned() -> PublicKey | None:
    try:
        return keyfile.pinned_public()
    except keyfile.KeyProblem:
        return None


def office_key_state() -> tuple[bool, str]:
    recorded = _recorded()
    pinned = _pinned()
    if recorded is None:
        return False, (
            "Basis data ini belum disegel dengan kunci kantor (dibuka hanya-baca dari versi "
            "lama?). Buka sekali secara biasa agar disegel."
        )
    if pinned is None:
        return False, (
            f"Basis data disegel dengan kunci bersidik jari {recorded['sidik_jari']}, tetapi PC "
            f"ini tidak memiliki kunci kantor ({keyfile.key_folder()}): tanda tangan dan segel "
            "tidak dapat dibuktikan di sini. Pulihkan berkas kunci dari salinannya."
        )
    if pinned.hex != recorded["publik"]:
        return False, (
            f"Basis data disegel dengan kunci bersidik jari {recorded['sidik_jari']}, bukan "
            f"kunci kantor PC ini ({pinned.fingerprint}). Basis data ini dari kantor lain, "
            "atau kuncinya diganti di luar aplikasi."
        )
    return True, f"Kunci kantor PC ini ({pinned.fingerprint})."


def _key_for_seals() -> OfficeKey | None:
    key = active_key()
    if key is not None:
        return key
    try:
        key = keyfile.load_key()
    except keyfile.KeyProblem:
        return None
    recorded = _recorded()
    return key if key is not None and recorded and recorded["publik"] == key.public.hex else None


def signed_head_state() -> tuple[bool, str]:
    from app import settings

    if settings.value(settings.ARSIP_TAHUNAN) is not None:
        return True, "Tidak berlaku untuk arsip tahunan (riwayatnya disaring per tahun)."
    problem = head_problem(_trusted_for_database())
    if problem is not None:
        return False, problem[0].upper() + problem[1:] + "."
    head = settings.value(settings.RANTAI_RIWAYAT)
    return True, f"Ujung rantai riwayat ({head['jumlah']} kejadian) ditandatangani kunci kantor."


def _trusted_for_database() -> PublicKey | None:
    """The pinned key when it is the database's; otherwise nothing can be trusted (the key
    check says why) and signatures are checked against the pinned key anyway, failing."""
    return _pinned()


def row_seal_state() -> tuple[bool, str]:
    from app.models import database
    from app.store.seals import verify_seals

    key = _key_for_seals()
    if key is None:
        return False, "Segel baris tidak dapat diperiksa tanpa kunci kantor basis data ini."
    checked, findings = verify_seals(database.connection(), key.seal_secret)
    if not findings:
        return True, f"{checked:,} baris cocok dengan segelnya.".replace(",", ".")
    return False, (
        f"{len(findings)} baris tidak cocok dengan segelnya (diubah dengan alat lain, di luar "
        f"Ujikon): {_shown([f.text for f in findings])}. Pulihkan dari cadangan sebelum "
        "perubahan itu."
    )


def document_signature_state() -> tuple[bool, str]:
    from app.models import Document

    public = _pinned()
    bad: list[str] = []
    count = 0
    fields = [f for f in Document._meta.sorted_fields if f.name != "pdf"]
    for doc in Document.select(*fields).order_by(Document.id).iterator():
        count += 1
        problem = document_problem(doc, public)
        if problem is not None:
            bad.append(f"{doc.nomor or doc.kode} (#{doc.id}): {problem}")
    if not bad:
        return True, f"{count} dokumen final bertanda tangan kunci kantor yang sah."
    return False, f"{len(bad)} dari {count} dokumen final: {_shown(bad)}."


def _backup_folders() -> list[Path]:
    from app import settings

    folders: list[Path] = []
    folder = settings.value(settings.FOLDER_CADANGAN)
    if folder:
        folders.append(Path(folder))
    last = settings.value(settings.CADANGAN_TERAKHIR)
    if last:
        folders.append(Path(last["path"]).parent)
    folders += keyfile.remembered_folders()
    unique: list[Path] = []
    for f in folders:
        try:
            f = f.resolve()
        except OSError:
            continue
        if f not in unique:
            unique.append(f)
    return unique


def backup_heads_state(db_path: Path | str | None) -> tuple[bool, str]:
    """See the module doc. ``db_path``: the open database's file, or its server's URL, as
    its manifests name their source (manifests of other databases in the same folder are
    not its backups)."""
    from app import settings
    from app.archive.errors import BackupInvalid
    from app.archive.manifest import KIND_BACKUP, read_manifest
    from app.history import EventKind
    from app.models import Event

    if settings.value(settings.ARSIP_TAHUNAN) is not None:
        return True, "Tidak berlaku untuk arsip tahunan."
    public = _pinned()
    folders = [f for f in _backup_folders() if f.is_dir()]
    if public is None or db_path is None or not folders:
        return True, "Tidak ada folder cadangan untuk dibandingkan."
    source = db_path if isinstance(db_path, str) else str(db_path.resolve())
    restores = [
        e.waktu for e in Event.select(Event.waktu).where(Event.jenis == EventKind.BACKUP_RESTORED)
    ]
    compared, problems = 0, []
    for folder in folders:
        for mpath in sorted(folder.glob("*.manifest.json")):
            try:
                manifest = read_manifest(mpath)
            except (OSError, UnicodeDecodeError, BackupInvalid):
                continue
            fields = manifest.as_read()
            if manifest.kind != KIND_BACKUP or manifest.source != source or manifest.head is None:
                continue
            if not manifest_signed(fields, public):
                continue
            compared += 1
            count, head_hash = manifest.head["jumlah"], manifest.head["hash"]
            row = (
                Event.select(Event.hash).order_by(Event.id).offset(count - 1).limit(1).first()
                if count > 0
                else None
            )
            if count == 0 or (row is not None and row.hash == head_hash):
                continue
            if any(_not_before(w, manifest.created_at) for w in restores):
                continue  # a recorded restore went back to before this backup
            problems.append(
                f"{mpath.name}: riwayat basis data ini tidak memuat ujung rantai cadangan itu "
                f"({count} kejadian)"
            )
    if problems:
        return False, (
            f"Basis data ini bukan kelanjutan dari {len(problems)} cadangannya sendiri: "
            f"{_shown(problems)}. Riwayatnya dipotong atau basis data dikembalikan ke keadaan "
            "lama di luar aplikasi."
        )
    if not compared:
        return True, "Belum ada cadangan bertanda tangan di folder cadangan."
    return True, f"Riwayat melanjutkan ujung rantai {compared} cadangan di folder cadangan."


def _not_before(when: datetime, than: datetime) -> bool:
    from datetime import UTC

    a = when if when.tzinfo else when.replace(tzinfo=UTC)
    b = than if than.tzinfo else than.replace(tzinfo=UTC)
    return a >= b  # times are kept to the second
