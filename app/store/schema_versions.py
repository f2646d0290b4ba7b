"""The numbered schema migrations, applied in order by ``app.store.migrations``.

A new database is created from the current models and marked as up to date; an existing one
gets every migration newer than its recorded version, all of them in one transaction (one
savepoint each), so a failure in any of them leaves the file as it was. They use peewee's
``playhouse.migrate`` (add_column, add_index, …). To change the schema: change
``app.models``, then append a ``Migration`` here that brings an older file to the same shape.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peewee import Database
from playhouse.migrate import SchemaMigrator


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[SchemaMigrator, Database], None]
    # Whether it may change a sealed table (its columns or rows): the row seals are then
    # checked before it and renewed after it (``app.signing.office.before_migrations``). A
    # migration that leaves every sealed table alone says False and costs no seal work.
    touches_sealed: bool = True


def _baseline(migrator: SchemaMigrator, db: Database) -> None:
    """Version 1 is the first released schema: created from the models directly."""


def _documents(migrator: SchemaMigrator, db: Database) -> None:
    """Version 2: finalised documents, the outgoing-number register, scans; signature images
    and Plt./Plh. on officials."""
    from peewee import BlobField, BooleanField, CharField
    from playhouse.migrate import migrate

    from app.models import Attachment, Document, NumberRegister

    migrate(
        migrator.add_column("official", "status_jabatan", CharField(default="")),
        migrator.add_column("official", "ttd_gambar", BlobField(null=True)),
        migrator.add_column("official", "cap_gambar", BlobField(null=True)),
        migrator.add_column("official", "boleh_ttd_gambar", BooleanField(default=False)),
    )
    db.create_tables([Document, NumberRegister, Attachment])


def _accounts(migrator: SchemaMigrator, db: Database) -> None:
    """Version 3: user accounts and roles, step assignment, the hash chain of the history
    (existing events are chained in their order)."""
    from peewee import CharField, ForeignKeyField
    from playhouse.migrate import migrate

    from app import history
    from app.models import User, UserRole

    db.create_tables([User, UserRole])
    migrate(
        migrator.add_column("event", "pengguna", CharField(default="")),
        migrator.add_column("event", "hash_sebelum", CharField(default="")),
        migrator.add_column("event", "hash", CharField(default="")),
        migrator.add_column(
            "steprecord",
            "ditugaskan_ke_id",
            ForeignKeyField(User, null=True, field=User.id, on_delete="SET NULL"),
        ),
    )
    history.rechain_all()


def _issuers(migrator: SchemaMigrator, db: Database) -> None:
    """Version 4: each perangkat daerah's own kop and number register (the documents of the
    PPID Pembantu are the OPD's), and numbers given outside Ujikon (a Keputusan numbered by
    the Bagian Hukum: no sequence number)."""
    from peewee import SQL, CharField, TextField
    from playhouse.migrate import migrate

    def text(kind=CharField):
        return kind(default="", constraints=[SQL("DEFAULT ''")])

    # Version 2 creates the register from the models of the running Ujikon, so a file
    # upgraded from version 1 in one go already has this shape: add only what is missing.
    def missing(table: str, column: str) -> bool:
        return column not in {c.name for c in db.get_columns(table)}

    steps = [
        migrator.add_column("opd", name, field)
        for name, field in (
            ("kop_instansi", text()),
            ("kop_alamat", text(TextField)),
            ("kode_unit", text()),
            ("nomor_pola", text()),
        )
        if missing("opd", name)
    ]
    if missing("numberregister", "penerbit"):
        steps += [
            migrator.add_column("numberregister", "penerbit", text()),
            migrator.drop_not_null("numberregister", "urut"),
            migrator.drop_index("numberregister", "numberregister_jenis_tahun_urut"),
            migrator.add_index("numberregister", ("penerbit", "jenis", "tahun", "urut"), True),
        ]
    migrate(*steps)


def _seals(migrator: SchemaMigrator, db: Database) -> None:
    """Version 5: the office key. Row seals (``app.store.seals``) and each finalised
    document's signature; the key itself is adopted when the file is opened
    (``app.signing.office.attach``), which seals every row and signs every document."""
    from peewee import SQL, TextField
    from playhouse.migrate import migrate

    from app.models import RowSeal, TableSeal

    db.create_tables([RowSeal, TableSeal])
    if "tanda_tangan" not in {c.name for c in db.get_columns("document")}:
        migrate(
            migrator.add_column(
                "document", "tanda_tangan", TextField(default="", constraints=[SQL("DEFAULT ''")])
            )
        )


def _search_index(migrator: SchemaMigrator, db: Database) -> None:
    """Version 6: the case list's search index (``app.store.search_index``), filled from
    the cases there."""
    from app.store import search_index

    search_index.create(db)


def _registers(migrator: SchemaMigrator, db: Database) -> None:
    """Version 7: the published DIK versions and their frozen entries, what the office did
    about an item on the DIK (opened, reviewed, re-tested), and the locked years of the
    annual report. New tables only, empty: no sealed row changes."""
    from app.models import DikFollowUp, DikVersion, DikVersionItem, YearLock

    db.create_tables([DikVersion, DikVersionItem, DikFollowUp, YearLock])


def _list_order(migrator: SchemaMigrator, db: Database) -> None:
    """Version 8: an index for each sort order of the case list
    (``app.store.search_index.ORDER_INDEXES``), so its first page is read in order instead of
    sorting every case. Indexes only: no sealed row changes."""
    from app.store import search_index

    search_index.create_order_indexes(db)


def _exchange(migrator: SchemaMigrator, db: Database) -> None:
    """Version 9: exchange of cases between offices (``app.exchange``): the registered keys
    of the other offices, the cases' identities across offices, the packets sent and
    received, the origin of every event a packet brought. New tables only, empty."""
    from app.models import CaseLink, EventLink, OfficeKeyRegistration, PacketRecord

    db.create_tables([OfficeKeyRegistration, CaseLink, PacketRecord, EventLink])


def _short_words(migrator: SchemaMigrator, db: Database) -> None:
    """Version 10: two indexes of each case's search text's last one and two characters
    (``app.store.search_index.SUFFIX_INDEXES``), with which a word of one or two letters is
    found through the search index instead of reading every text. Indexes only (a server
    has none: its trigram index serves): no sealed row changes."""
    from app.store import search_index

    search_index.create_suffix_indexes(db)


MIGRATIONS: list[Migration] = [
    Migration(1, "skema awal", _baseline),
    Migration(2, "dokumen, register nomor, pindaian", _documents),
    Migration(3, "akun pengguna, rantai riwayat", _accounts),
    Migration(4, "kop dan register nomor perangkat daerah, nomor dari luar", _issuers),
    Migration(5, "segel baris dan tanda tangan kunci kantor", _seals),
    Migration(6, "indeks pencarian kasus", _search_index, touches_sealed=False),
    Migration(
        7, "versi DIK, tindak lanjut butir DIK, tahun terkunci", _registers, touches_sealed=False
    ),
    Migration(8, "indeks urutan daftar kasus", _list_order, touches_sealed=False),
    Migration(9, "pertukaran kasus antar kantor", _exchange, touches_sealed=False),
    Migration(10, "indeks kata pendek pencarian kasus", _short_words, touches_sealed=False),
]
