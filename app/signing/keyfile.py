"""The office key pair on this PC: ``kunci-kantor.pem`` (private) and ``kunci-kantor.pub``
(the pinned public key), in the per-user data folder (``kunci`` beside the database's default
folder), or in the folder ``UJIKON_KUNCI`` names.

The private key is stored unencrypted: what protects it is the Windows (or Linux) user
account, like the user's own documents. A passphrase would have to be typed at every start
by every clerk, or stored next to the key, which protects nothing. The public key is pinned in
its own file so a database or a backup can never bring its own key: what a database says about
its key is only trusted when it equals this file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import UserError

PRIVATE_NAME = "kunci-kantor.pem"
PUBLIC_NAME = "kunci-kantor.pub"
ENV_FOLDER = "UJIKON_KUNCI"


class KeyProblem(UserError):
    """The office key files cannot be read, made, or do not belong together."""


def key_folder() -> Path:
    """Where this PC keeps the office key (``UJIKON_KUNCI`` overrides it)."""
    override = os.environ.get(ENV_FOLDER)
    if override:
        return Path(override)
    from app.paths import data_dir

    return data_dir() / "kunci"


def fingerprint(public_raw: bytes) -> str:
    """The first 16 bytes of the SHA-256 of the raw public key, as 8 groups of 4 hex digits:
    short enough to read aloud over the phone and compare with the README or a letter."""
    digest = hashlib.sha256(public_raw).hexdigest().upper()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def public_from_text(text: str) -> Ed25519PublicKey | None:
    """A public key from its hex text (as a database or a manifest records it), or None."""
    try:
        raw = bytes.fromhex(text)
        return Ed25519PublicKey.from_public_bytes(raw) if len(raw) == 32 else None
    except (ValueError, TypeError):
        return None


def verify(public_hex: str, signature_hex: str, message: bytes) -> bool:
    """Whether ``signature_hex`` is the signature of ``message`` by the key ``public_hex``."""
    key = public_from_text(public_hex)
    if key is None or not isinstance(signature_hex, str):
        return False
    try:
        key.verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class PublicKey:
    """The pinned public key of this PC's office key."""

    raw: bytes

    @property
    def hex(self) -> str:
        return self.raw.hex()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.raw)

    def verify(self, signature_hex: str, message: bytes) -> bool:
        return verify(self.hex, signature_hex, message)


class OfficeKey:
    """The private key, loaded; it signs and derives the secret of the row seals."""

    def __init__(self, private: Ed25519PrivateKey, folder: Path) -> None:
        self._private = private
        self.folder = folder
        self.public = PublicKey(
            private.public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw
            )
        )

    def sign(self, message: bytes) -> str:
        return self._private.sign(message).hex()

    @cached_property
    def seal_secret(self) -> bytes:
        """The HMAC key of the row seals: derived from the private key, so only the holder
        of the key can make a seal, and it never has to be stored anywhere."""
        raw = self._private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return HKDF(hashes.SHA256(), 32, None, b"ujikon segel baris v1").derive(raw)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise KeyProblem(
            f"Berkas kunci kantor {path} tidak dapat dibaca ({exc.strerror or exc})."
        ) from exc


def pinned_public(folder: Path | None = None) -> PublicKey | None:
    """The pinned public key of this PC, or None when this PC has no office key yet."""
    folder = folder or key_folder()
    path = folder / PUBLIC_NAME
    if not path.exists():
        return None
    try:
        key = serialization.load_pem_public_key(_read(path))
    except ValueError as exc:
        raise KeyProblem(f"Berkas {path} bukan kunci publik kantor yang sah.") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise KeyProblem(f"Berkas {path} bukan kunci publik Ed25519.")
    return PublicKey(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def load_key(folder: Path | None = None) -> OfficeKey | None:
    """This PC's office key, or None when it has none. A private key without its pinned
    public key, or one that does not match it, is a ``KeyProblem`` (the files were changed
    or mixed up): nothing is signed with a key whose public half nobody pinned."""
    folder = folder or key_folder()
    private_path = folder / PRIVATE_NAME
    pinned = pinned_public(folder)
    if not private_path.exists():
        return None
    try:
        private = serialization.load_pem_private_key(_read(private_path), password=None)
    except (ValueError, TypeError) as exc:
        raise KeyProblem(f"Berkas {private_path} bukan kunci kantor yang sah.") from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyProblem(f"Berkas {private_path} bukan kunci Ed25519.")
    key = OfficeKey(private, folder)
    if pinned is None or pinned != key.public:
        raise KeyProblem(
            f"Kunci kantor di {folder} tidak cocok dengan kunci publik yang disematkan "
            f"({PUBLIC_NAME}). Pulihkan kedua berkas dari salinan kunci yang sama."
        )
    return key


FOLDERS_NAME = "folder-cadangan.txt"


def remembered_folders(folder: Path | None = None) -> list[Path]:
    """The backup folders this PC has made signed backups into (kept beside the key, so a
    database put back to an older state, which may not know them, is still compared with
    them)."""
    path = (folder or key_folder()) / FOLDERS_NAME
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [Path(line) for line in lines if line.strip()]


def remember_folder(backups: Path, folder: Path | None = None) -> None:
    """Add ``backups`` to ``remembered_folders`` (best effort: a backup never fails for it)."""
    folder = folder or key_folder()
    target = str(Path(backups).resolve())
    if Path(target) in remembered_folders(folder) or not (folder / PUBLIC_NAME).exists():
        return
    with contextlib.suppress(OSError):
        with open(folder / FOLDERS_NAME, "a", encoding="utf-8") as f:
            f.write(target + "\n")


def _write_private(path: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)  # only this user account may read it
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def create_key(folder: Path | None = None) -> OfficeKey:
    """Make a new key pair in ``folder`` (refused when one is there: a key is never
    overwritten, since everything signed with it would lose its proof)."""
    folder = folder or key_folder()
    private_path, public_path = folder / PRIVATE_NAME, folder / PUBLIC_NAME
    if private_path.exists() or public_path.exists():
        raise KeyProblem(f"Sudah ada kunci kantor di {folder}; kunci tidak pernah ditimpa.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            folder.chmod(0o700)
        private = Ed25519PrivateKey.generate()
        _write_private(
            private_path,
            private.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        )
        public_path.write_bytes(
            private.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
    except OSError as exc:
        raise KeyProblem(
            f"Kunci kantor tidak dapat dibuat di {folder} ({exc.strerror or exc})."
        ) from exc
    return OfficeKey(private, folder)


def load_or_create_key(folder: Path | None = None) -> tuple[OfficeKey, bool]:
    """This PC's key, made now when it has none (first run). Returns (key, made_now)."""
    key = load_key(folder)
    if key is not None:
        return key, False
    folder = folder or key_folder()
    if (folder / PUBLIC_NAME).exists():
        raise KeyProblem(
            f"Di {folder} ada kunci publik kantor tetapi kunci privatnya ({PRIVATE_NAME}) "
            "hilang. Pulihkan berkas kunci dari salinannya (lihat README, Keaslian dan "
            "keamanan)."
        )
    return create_key(folder), True
