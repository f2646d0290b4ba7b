"""The schema, in one place. peewee models bound to ``database`` (initialised by ``app.store``).

Conventions: dates are ``DateField`` (ISO text in SQLite), timestamps are UTC; structured step
form data is JSON text. Denormalised columns on ``Case`` (current step, actor, due date,
search text) exist so the case list can filter and sort 100,000 cases in SQL.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


# What json.dumps(value, ensure_ascii=False, sort_keys=True) builds for every call, once.
_JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


class JSONText(TextField):
    """JSON stored as text: portable, readable in any SQLite browser."""

    def db_value(self, value):
        # None is stored as JSON null, so a NOT NULL column (Setting.value) can hold it.
        return _JSON_ENCODER.encode(value)

    def python_value(self, value):
        return None if value is None else json.loads(value)


class BaseModel(Model):
    # peewee gives every model without a primary key of its own this same ``id`` AutoField;
    # it is declared here only so that type checkers know it (the schema is the same). A model
    # with its own primary key (Setting, SopVersion, LegalReference) has no ``id`` column.
    #
    # A ForeignKeyField ``x`` also gives its model an ``x_id`` attribute: on the class it is
    # the field itself, on a row the related row's key, read without loading that row. peewee's
    # types do not know it, so each model declares its own under TYPE_CHECKING, as that field
    # typed with the key (``ForeignKeyField[int]``: the class attribute is the field, a row's
    # value is an int).
    id = AutoField()

    class Meta:
        database = database


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = JSONText()


class SopVersion(BaseModel):
    """A copy of each SOP version a case was started under: the file may change later."""

    version = CharField(primary_key=True)
    sha256 = CharField()
    text = TextField()
    registered_at = DateTimeField()


class Opd(BaseModel):
    """A perangkat daerah with its PPID Pembantu."""

    nama = CharField(unique=True)
    singkatan = CharField(default="")
    aktif = BooleanField(default=True)
    # Its own kop and number register, for the documents the PPID Pembantu issues (step 1):
    # the office line ("" = the name in capitals), the address lines (one per line), the
    # kode unit of its numbers ("" = its abbreviation) and its own pattern ("" = the office's).
    # (DEFAULT '' in the schema too, so that a row written by another tool is still whole.)
    kop_instansi = CharField(default="", constraints=[SQL("DEFAULT ''")])
    kop_alamat = TextField(default="", constraints=[SQL("DEFAULT ''")])
    kode_unit = CharField(default="", constraints=[SQL("DEFAULT ''")])
    nomor_pola = CharField(default="", constraints=[SQL("DEFAULT ''")])


class Official(BaseModel):
    nama = CharField()
    gelar_depan = CharField(default="")
    gelar_belakang = CharField(default="")
    nip = CharField(null=True, unique=True)  # 18 digits, no spaces; None for non-PNS
    pangkat = CharField(default="")  # e.g. "Pembina Tingkat I"
    golongan = CharField(default="")  # e.g. "IV/b"
    jabatan = CharField(default="")
    opd = ForeignKeyField(Opd, null=True, backref="officials", on_delete="SET NULL")
    peran = CharField(default="")  # SOP role code, or "" for a plain participant
    aktif = BooleanField(default=True)
    status_jabatan = CharField(default="")  # "", "Plt.", "Plh." before the jabatan
    ttd_gambar = BlobField(null=True)  # scanned signature (PNG), used only if allowed
    cap_gambar = BlobField(null=True)  # scanned stamp (PNG), used only if allowed
    boleh_ttd_gambar = BooleanField(default=False)

    if TYPE_CHECKING:
        opd_id: ForeignKeyField[int | None]

    @property
    def full_name(self) -> str:
        name = self.nama
        if self.gelar_depan:
            name = f"{self.gelar_depan} {name}"
        if self.gelar_belakang:
            name = f"{name}, {self.gelar_belakang}"
        return name


class User(BaseModel):
    """An account. The password is stored only as an Argon2 hash."""

    username = CharField(unique=True)  # lower-case
    nama_lengkap = CharField()
    official = ForeignKeyField(Official, null=True, backref="users", on_delete="SET NULL")
    password_hash = CharField()
    aktif = BooleanField(default=True)
    gagal_login = IntegerField(default=0)
    terkunci_sampai = DateTimeField(null=True)
    wajib_ganti_sandi = BooleanField(default=False)
    created_at = DateTimeField()
    login_terakhir = DateTimeField(null=True)

    if TYPE_CHECKING:
        official_id: ForeignKeyField[int | None]


class UserRole(BaseModel):
    """A role of a user; a PPID Pembantu role belongs to one OPD."""

    user = ForeignKeyField(User, backref="roles", on_delete="CASCADE")
    peran = CharField()
    opd = ForeignKeyField(Opd, null=True, on_delete="RESTRICT")

    if TYPE_CHECKING:
        user_id: ForeignKeyField[int]
        opd_id: ForeignKeyField[int | None]

    class Meta:
        indexes = ((("user", "peran", "opd"), True),)


class Case(BaseModel):
    nomor = CharField(unique=True)  # register number, e.g. "001/UK-PPID/2026"
    tahun = IntegerField(index=True)
    urut = IntegerField()
    opd = ForeignKeyField(Opd, backref="cases", on_delete="RESTRICT")
    pemicu = CharField()  # app.cases.model.Trigger
    pemicu_rujukan = CharField(default="")  # request number / Majelis order reference
    judul = CharField()
    tanggal_mulai = DateField()
    sop_version = ForeignKeyField(SopVersion, field=SopVersion.version, on_delete="RESTRICT")
    status = CharField(default="berjalan", index=True)  # app.states.CaseStatus
    tahap = IntegerField()  # current step number (last step when finished)
    pelaksana = CharField(default="", index=True)  # role code of the current step's actor
    batas_waktu = DateField(null=True, index=True)  # due date of the current step
    tanggal_selesai = DateField(null=True)
    search_text = TextField(default="")  # lower-case number, title, OPD, item texts
    created_at = DateTimeField()
    updated_at = DateTimeField()

    if TYPE_CHECKING:
        opd_id: ForeignKeyField[int]
        sop_version_id: ForeignKeyField[str]

    class Meta:
        indexes = ((("tahun", "urut"), True),)


class InfoItem(BaseModel):
    case = ForeignKeyField(Case, backref="items", on_delete="CASCADE")
    urut = IntegerField()
    uraian = TextField(default="")
    dokumen_sumber = CharField(default="")
    dasar_hukum = JSONText(default=list)  # Pasal 17 reference codes, e.g. ["17.h.2"]
    dasar_hukum_lain = TextField(default="")
    konsekuensi_dibuka = TextField(default="")
    konsekuensi_ditutup = TextField(default="")
    jangka_jenis = CharField(default="")  # tanggal / peristiwa / tidak_terbatas
    jangka_tanggal = DateField(null=True)
    jangka_peristiwa = CharField(default="")
    kesimpulan = CharField(default="")  # seluruhnya / sebagian / terbuka
    bagian_dihitamkan = TextField(default="")
    alasan_dihitamkan = TextField(default="")
    catatan_uji = TextField(default="")
    klasifikasi_tim = CharField(default="")
    bentuk_informasi = CharField(default="")
    pertimbangan_tim = TextField(default="")
    alasan_pengecualian = TextField(default="")

    if TYPE_CHECKING:
        case_id: ForeignKeyField[int]


class StepRecord(BaseModel):
    """One run of one step of a case. A step sent back gets a new record when it restarts."""

    case = ForeignKeyField(Case, backref="steps", on_delete="CASCADE")
    tahap = IntegerField()
    putaran = IntegerField(default=1)  # 2, 3 … when the step is worked again after a return
    status = CharField(default="berjalan")  # app.states.StepStatus
    tanggal_mulai = DateField()
    hari_kerja = IntegerField()
    batas_waktu = DateField()
    dasar_kalender = CharField()  # which calendar computed batas_waktu
    data = JSONText(default=dict)  # the step form's fields
    tanggal_selesai = DateField(null=True)
    selesai_oleh = CharField(default="")
    selesai_peran = CharField(default="")
    selesai_pada = DateTimeField(null=True)
    alasan_kembali = TextField(default="")
    # The user working this step (set when someone saves it, or by a hand-over).
    ditugaskan_ke = ForeignKeyField(User, null=True, backref="tugas", on_delete="SET NULL")

    if TYPE_CHECKING:
        case_id: ForeignKeyField[int]
        ditugaskan_ke_id: ForeignKeyField[int | None]

    class Meta:
        indexes = ((("case", "tahap", "putaran"), True),)


class Participant(BaseModel):
    case = ForeignKeyField(Case, backref="participants", on_delete="CASCADE")
    tahap = IntegerField()
    official = ForeignKeyField(Official, on_delete="RESTRICT")
    hadir = BooleanField(default=True)

    if TYPE_CHECKING:
        case_id: ForeignKeyField[int]
        official_id: ForeignKeyField[int]

    class Meta:
        indexes = ((("case", "tahap", "official"), True),)


class Document(BaseModel):
    """A finalised document: the PDF bytes as signed, immutable. A correction is a new row
    (versi + 1) that names the row it replaces and why."""

    case = ForeignKeyField(Case, backref="documents", on_delete="RESTRICT")
    jenis = CharField(index=True)  # a kind of app.documents.kinds, named by the SOP
    versi = IntegerField(default=1)
    nomor = CharField(null=True)  # outgoing number, None for unnumbered documents
    tanggal = DateField()
    kode = CharField(unique=True)  # short verification code printed in the footer
    sha256 = CharField(unique=True)
    pdf = BlobField()
    halaman = IntegerField(default=1)
    menggantikan = ForeignKeyField("self", null=True, backref="pengganti", on_delete="RESTRICT")
    alasan_koreksi = TextField(default="")
    dibuat_oleh = CharField(default="")
    dibuat_peran = CharField(default="")
    created_at = DateTimeField()
    # The office key's signature (app.signing.messages.document_message): "" for a document
    # of a database that had no key yet when it was finalised and was not adopted since.
    tanda_tangan = TextField(default="", constraints=[SQL("DEFAULT ''")])

    if TYPE_CHECKING:
        case_id: ForeignKeyField[int]
        menggantikan_id: ForeignKeyField[int | None]


class NumberRegister(BaseModel):
    """The register of outgoing numbers: one sequence per issuer, document type and year. A
    number is never reused; a cancelled one stays here as "batal" with its reason. The issuer
    (``penerbit``): "" the office (PPID Utama), "opd:<id>" a perangkat daerah's own register,
    "luar" a number given outside Ujikon (a Keputusan numbered by the Bagian Hukum), which
    has no sequence number here."""

    penerbit = CharField(default="", constraints=[SQL("DEFAULT ''")])
    jenis = CharField()
    tahun = IntegerField()
    urut = IntegerField(null=True)
    nomor = CharField(unique=True)
    status = CharField(default="dipakai")  # app.states.NumberStatus
    alasan_batal = TextField(default="")
    document = ForeignKeyField(Document, null=True, backref="nomor_register", on_delete="RESTRICT")
    created_at = DateTimeField()

    if TYPE_CHECKING:
        document_id: ForeignKeyField[int | None]

    class Meta:
        indexes = ((("penerbit", "jenis", "tahun", "urut"), True),)


class Attachment(BaseModel):
    """A scan of a signed paper copy (PDF or image), or another file a step owns."""

    case = ForeignKeyField(Case, backref="attachments", on_delete="RESTRICT")
    tahap = IntegerField()
    document = ForeignKeyField(Document, null=True, backref="scans", on_delete="RESTRICT")
    nama_berkas = CharField()
    mime = CharField()
    data = BlobField()
    sha256 = CharField()
    keterangan = TextField(default="")
    dibuat_oleh = CharField(default="")
    created_at = DateTimeField()

    if TYPE_CHECKING:
        case_id: ForeignKeyField[int]
        document_id: ForeignKeyField[int | None]


class HolidayOverride(BaseModel):
    tanggal = DateField(unique=True)
    tindakan = CharField()  # tambah / hapus
    jenis = CharField()  # libur_nasional / cuti_bersama
    nama = CharField(default="")
    rujukan = CharField(default="")  # SKB number
    created_at = DateTimeField()


class LegalReference(BaseModel):
    """Pasal 17 UU 14/2008, huruf and numbered sub-points: editable reference data."""

    kode = CharField(primary_key=True)  # "17.a" or "17.a.1"
    huruf = CharField()
    angka = IntegerField(null=True)
    teks = TextField()


class Event(BaseModel):
    """Append-only, hash-chained history of what was done, by whom, when (app.history)."""

    case = ForeignKeyField(Case, null=True, backref="events", on_delete="CASCADE")
    waktu = DateTimeField(index=True)
    pelaku = CharField(default="")
    peran = CharField(default="")
    pengguna = CharField(default="")  # username, "" for the system or the command line
    jenis = CharField()  # app.history.kinds.EventKind
    ringkasan = TextField()
    rincian = JSONText(null=True)
    hash_sebelum = CharField(default="")
    hash = CharField(default="")

    if TYPE_CHECKING:
        case_id: ForeignKeyField[int | None]


class DikVersion(BaseModel):
    """A published version of the office's DIK ("Terbitkan DIK"): numbered 1, 2, … and
    frozen. ``sha256`` is the SHA-256 of its entries' canonical content
    (``app.reports.dik_versions.canonical_text``), so a version whose entries were changed
    afterwards is seen when it is read, besides its row seals."""

    nomor = IntegerField(unique=True)
    tanggal = DateField()  # tanggal terbit: the office's date of publication
    terbit_pada = DateTimeField()  # when it was recorded (UTC)
    penerbit_pengguna = CharField(default="")  # the account's username ("" command line)
    penerbit_nama = CharField(default="")
    penerbit_peran = CharField(default="")
    catatan = TextField(default="")
    jumlah = IntegerField()
    sha256 = CharField()

    class Meta:
        table_name = "dik_versi"


class DikVersionItem(BaseModel):
    """One frozen entry of a published DIK version: every column of
    ``app.reports.dik.DikEntry`` as it read on the day of publication. ``butir_id`` and
    ``kasus_id`` name the item and its case but are not foreign keys: the row is what was
    published, whatever happens to the case later."""

    versi = ForeignKeyField(DikVersion, backref="butir", on_delete="RESTRICT")
    nomor = IntegerField()
    butir_id = IntegerField()
    kasus_id = IntegerField()
    informasi = TextField()
    opd = CharField()
    klasifikasi = CharField()
    dasar_hukum = TextField()
    konsekuensi_dibuka = TextField()
    konsekuensi_ditutup = TextField()
    jangka_waktu = TextField()
    penetapan_nomor = CharField()
    penetapan_tanggal = DateField()
    kasus = CharField()
    status = CharField()
    berakhir_pada = DateField(null=True)

    if TYPE_CHECKING:
        versi_id: ForeignKeyField[int]

    class Meta:
        table_name = "dik_versi_butir"
        indexes = ((("versi", "nomor"), True),)


class DikFollowUp(BaseModel):
    """What the office did about an item on the DIK (``app.reports.expiry``): ``dibuka``
    (opened: it leaves the DIK at the next version), ``ditinjau`` (an event-based period
    reviewed: the event has not happened yet), ``uji_ulang`` (a re-test case was started for
    it, ``kasus_baru``: the item leaves the DIK once that case decides). Rows are only ever
    added."""

    butir = ForeignKeyField(InfoItem, backref="tindak_lanjut", on_delete="RESTRICT")
    jenis = CharField()
    tanggal = DateField()
    alasan = TextField(default="")
    kasus_baru = ForeignKeyField(Case, null=True, backref="uji_ulang_dari", on_delete="RESTRICT")
    pelaku = CharField(default="")
    peran = CharField(default="")
    pengguna = CharField(default="")
    created_at = DateTimeField()

    if TYPE_CHECKING:
        butir_id: ForeignKeyField[int]
        kasus_baru_id: ForeignKeyField[int | None]

    class Meta:
        table_name = "dik_tindak_lanjut"


class YearLock(BaseModel):
    """A year whose annual figures were locked (``app.reports.year_lock``): the figures as
    canonical JSON text with its SHA-256, who locked it and when; an unlock (administrator
    only, with a reason) fills the ``dibuka_*`` columns. A year is locked while it has a row
    without ``dibuka_pada``; earlier rows keep the figures that were corrected."""

    tahun = IntegerField(index=True)
    angka = TextField()
    sha256 = CharField()
    dikunci_oleh = CharField(default="")
    dikunci_peran = CharField(default="")
    dikunci_pengguna = CharField(default="")
    dikunci_pada = DateTimeField()
    dibuka_oleh = CharField(default="")
    dibuka_peran = CharField(default="")
    dibuka_pengguna = CharField(default="")
    dibuka_pada = DateTimeField(null=True)
    alasan_buka = TextField(default="")

    class Meta:
        table_name = "tahun_terkunci"


# ----------------------------------------------------------------------------- exchange
class OfficeKeyRegistration(BaseModel):
    """The public key of another office this office accepts case packets from
    (``app.exchange``), registered once by its fingerprint: a perangkat daerah's PPID
    Pembantu (``opd`` set) or the PPID Utama (``opd`` None)."""

    opd = ForeignKeyField(Opd, null=True, backref="kunci", on_delete="RESTRICT")
    publik = CharField(unique=True)  # the raw Ed25519 public key, hex
    sidik_jari = CharField()  # app.signing.keyfile.fingerprint
    didaftarkan_oleh = CharField(default="")
    created_at = DateTimeField()

    if TYPE_CHECKING:
        opd_id: ForeignKeyField[int | None]

    class Meta:
        table_name = "kunci_kantor_mitra"


class CaseLink(BaseModel):
    """A case's identity across offices: a UUID given when it is first sent, the same in
    every office that holds a copy."""

    case = ForeignKeyField(Case, unique=True, backref="tautan", on_delete="CASCADE")
    uid = CharField(unique=True)

    if TYPE_CHECKING:
        case_id: ForeignKeyField[int]

    class Meta:
        table_name = "tautan_kasus"


class PacketRecord(BaseModel):
    """One case packet sent or received (``arah`` kirim / terima): its sequence number per
    case and sending office (a packet not newer than the last one received is a replay), the
    SHA-256 of its manifest, and the manifest text and signature as received, so the check
    can prove again who sent the events it brought."""

    uid = CharField(index=True)  # the case's CaseLink.uid
    arah = CharField()
    pengirim = CharField()  # the sending office's public key, hex
    urutan = IntegerField()
    sha256 = CharField()
    manifest = TextField(default="")
    tanda_tangan = TextField(default="")
    nama_berkas = CharField(default="")
    created_at = DateTimeField()

    class Meta:
        table_name = "paket_kasus"
        indexes = ((("uid", "arah", "pengirim", "urutan"), True),)


class EventLink(BaseModel):
    """The identity of an event across offices (``<sidik jari pengirim>:<id>`` as its office
    of origin numbered it) for every event that came in a packet, with its hash in the
    packet's own chain."""

    event = ForeignKeyField(Event, unique=True, backref="asal", on_delete="CASCADE")
    uid = CharField(unique=True)
    hash_asal = CharField(default="")
    paket = ForeignKeyField(PacketRecord, backref="kejadian", on_delete="RESTRICT")

    if TYPE_CHECKING:
        event_id: ForeignKeyField[int]
        paket_id: ForeignKeyField[int]

    class Meta:
        table_name = "tautan_kejadian"


class RowSeal(Model):
    """The seal of one row of a sealed table (``app.store.seals``): an HMAC of its content
    with a secret only the office key gives. ``kunci``: the row's primary key as text."""

    tabel = CharField()
    kunci = CharField()
    segel = CharField()

    class Meta:
        database = database
        table_name = "segel_baris"
        primary_key = CompositeKey("tabel", "kunci")
        without_rowid = True


class TableSeal(Model):
    """Per sealed table: how many rows are sealed and the XOR of their seals, itself sealed,
    so deleting a row together with its seal is seen too."""

    tabel = CharField(primary_key=True)
    jumlah = IntegerField()
    xor = CharField()
    segel = CharField()

    class Meta:
        database = database
        table_name = "segel_tabel"


ALL_MODELS = [
    Setting,
    SopVersion,
    Opd,
    Official,
    User,
    UserRole,
    Case,
    InfoItem,
    StepRecord,
    Participant,
    HolidayOverride,
    LegalReference,
    Event,
    Document,
    NumberRegister,
    Attachment,
    DikVersion,
    DikVersionItem,
    DikFollowUp,
    YearLock,
    OfficeKeyRegistration,
    CaseLink,
    PacketRecord,
    EventLink,
    RowSeal,
    TableSeal,
]
