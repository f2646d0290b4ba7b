"""The penetapan of the classification in the form the office chose (setting
``penetapan_bentuk``):

- ``surat_penetapan``: Surat Penetapan Klasifikasi Informasi yang Dikecualikan of the PPID
  Utama, signed by the "pejabat yang menetapkan" (field ``pejabat_penetap``) with academic
  titles;
- ``keputusan_atasan``: Keputusan of the Atasan PPID (Menimbang, Mengingat, MEMUTUSKAN,
  diktum KESATU–KEEMPAT), signed without academic titles, on the kop of the Atasan's own
  perangkat daerah;
- ``keputusan_sekda``: the same as a Keputusan Sekretaris Daerah Kabupaten …, on the kop of
  the Sekretariat Daerah, signed without NIP and pangkat (Permendagri 1/2023 Pasal 44);
- ``keputusan_bupati``: Keputusan Bupati, signed "BUPATI …," with the name only.

The two last are numbered by the Bagian Hukum (``app.documents.issuer``); the Mengingat of a
Keputusan is the office's list (setting ``mengingat``).

Each states the six minimum contents of Perki 1/2017 Pasal 4 ayat (4): (a) jenis klasifikasi,
(b) identity of the PPID official who sets it, (c) Badan Publik and unit kerja, (d) jangka
waktu, (e) alasan pengecualian, (f) tempat and tanggal penetapan; then the Lampiran on a new
page: the Daftar Informasi yang Dikecualikan and the signature again.
"""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Indenter,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app import settings
from app.cases.model import OfficialInfo
from app.documents.render.blocks import Joined, Seam, replaces_note
from app.documents.render.common import (
    BLANK,
    Ctx,
    atasan_ppid,
    count_text,
    date_text,
    esc,
    exempt_items,
    ppid_utama,
)
from app.documents.render.letterhead import kop, kop_kepala_daerah
from app.documents.render.signature import BLANK_NAME, Signer, signature_block, signer_from
from app.documents.render.tables import dik_table, klasifikasi_table, kv_table
from app.errors import ConflictError
from app.nip import format_nip
from app.settings import (
    BUPATI_NAMA,
    KOP_INSTANSI,
    KOP_PEMERINTAH,
    MENGINGAT,
    NAMA_BADAN_PUBLIK,
    PENETAPAN_BENTUK,
)

DEFAULT_PERIHAL = "Penetapan Klasifikasi Informasi yang Dikecualikan"
DIKTUM = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA")
LABEL_W = 27 * mm
COLON_W = 4 * mm
MARK_W = 7 * mm


class _Facts:
    """What the three forms have in common."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.opd = ctx.case.opd.nama
        self.items = exempt_items(ctx.items)
        if not self.items:
            tested = all(i.kesimpulan for i in ctx.items) and ctx.items
            raise ConflictError(
                "Surat Penetapan belum dapat dibuat: tidak ada butir informasi yang "
                + (
                    "dikecualikan menurut hasil uji konsekuensi."
                    if tested
                    else "sudah diuji dan dikecualikan."
                )
            )
        self.tempat = ctx.text("tempat_penetapan") or ctx.tempat
        self.tanggal = ctx.dated  # the tanggal penetapan (app.documents.dating)
        self.perihal = ctx.text("perihal_penetapan") or DEFAULT_PERIHAL
        if self.opd.lower() not in self.perihal.lower():
            self.perihal = f"{self.perihal} pada {self.opd}"
        self.penetap: OfficialInfo | None = ppid_utama(ctx)
        self.badan_publik = settings.value(NAMA_BADAN_PUBLIK)
        self.counts = Counter(i.kesimpulan for i in self.items)

    @property
    def tanggal_text(self) -> str:
        return date_text(self.tanggal) if self.tanggal else "……"

    def jenis_text(self) -> str:
        parts = []
        if self.counts["seluruhnya"]:
            parts.append(f"{count_text(self.counts['seluruhnya'])} butir dikecualikan seluruhnya")
        if self.counts["sebagian"]:
            parts.append(
                f"{count_text(self.counts['sebagian'])} butir dikecualikan sebagian (dihitamkan)"
            )
        return "Informasi yang Dikecualikan: " + " dan ".join(parts)

    def identity_rows(self) -> list[tuple[str, str]]:
        """Perki 1/2017 Pasal 4 ayat (4) huruf b and c."""
        o = self.penetap
        unit = (o.opd_nama if o is not None else "") or settings.value(KOP_INSTANSI)
        return [
            ("Nama", esc(o.full_name) if o else BLANK),
            ("NIP", esc(format_nip(o.nip)) if o and o.nip else "-"),
            ("Jabatan", esc(f"{o.jabatan_text} selaku PPID Utama") if o else "PPID Utama"),
            ("Badan Publik", esc(self.badan_publik)),
            ("Unit kerja", esc(unit.title() if unit.isupper() else unit)),
            ("Pemilik informasi", esc(f"PPID Pembantu {self.opd}")),
        ]

    def ba_reference(self) -> str:
        """ ", Nomor … tanggal …" of the finalised Berita Acara Hasil Uji, if any."""
        doc = self.ctx.finals.get("ba_uji")
        if doc is not None and doc.nomor:
            return f" Nomor {esc(doc.nomor)} tanggal {esc(date_text(doc.tanggal))}"
        rapat = self.ctx.date("tanggal_rapat", at="ba_uji")
        return f" tanggal {esc(date_text(rapat))}" if rapat else ""


def _rows_table(rows: list[list], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _labelled_list(
    ctx: Ctx, label: str, marks: list[str], texts: list[str], justify: bool = True
) -> Table:
    """Menimbang : a. …  /  Mengingat : 1. … (label only on the first row)."""
    st = ctx.styles.body if justify else ctx.styles.body_left
    rows = [
        [
            Paragraph(label if i == 0 else "", ctx.styles.body_left),
            Paragraph(":" if i == 0 else "", ctx.styles.body_left),
            Paragraph(mark, ctx.styles.body_left),
            Paragraph(text, st),
        ]
        for i, (mark, text) in enumerate(zip(marks, texts, strict=True))
    ]
    rest = ctx.width - LABEL_W - COLON_W - MARK_W
    return _rows_table(rows, [LABEL_W, COLON_W, MARK_W, rest])


def _mengingat(ctx: Ctx) -> Table:
    """The office's list (Pengaturan → Profil kantor), each line closed by ";" and the last
    by ".", as a Keputusan writes them."""
    lines = [line.strip().rstrip(";.") for line in settings.value(MENGINGAT) if line.strip()]
    texts = [esc(line) + (";" if n < len(lines) else ".") for n, line in enumerate(lines, 1)]
    marks = [f"{n}." for n in range(1, len(texts) + 1)]
    return _labelled_list(ctx, "Mengingat", marks, texts, justify=False)


def _diktum(ctx: Ctx, label: str, text: str, justify: bool = True) -> Table:
    rows = [
        [
            Paragraph(label, ctx.styles.body_left),
            Paragraph(":", ctx.styles.body_left),
            Paragraph(text, ctx.styles.body if justify else ctx.styles.body_left),
        ]
    ]
    return _rows_table(rows, [LABEL_W, COLON_W, ctx.width - LABEL_W - COLON_W])


def _indented(ctx: Ctx, flowable_factory) -> list[Flowable]:
    """A flowable set under the text column of a diktum."""
    indent = LABEL_W + COLON_W
    return [
        Indenter(left=indent),
        flowable_factory(ctx.width - indent),
        Indenter(left=-indent),
        Spacer(1, 3 * mm),
    ]


# ----------------------------------------------------------------------------- signers
def _signer(ctx: Ctx, facts: _Facts, form: str) -> tuple[Signer, str]:
    """The signer and the issuing jabatan (as the title names it)."""
    if form == "keputusan_bupati":
        jabatan = f"Bupati {_region()}"
        nama = settings.value(BUPATI_NAMA).strip() or BLANK_NAME
        return Signer(jabatan=jabatan, nama=nama), jabatan
    if form == "keputusan_sekda":
        jabatan = f"Sekretaris Daerah Kabupaten {_region()}"
        return signer_from(atasan_ppid(), jabatan, titles=False, jabatan=jabatan), jabatan
    if form == "keputusan_atasan":
        atasan = atasan_ppid()
        jabatan = atasan.jabatan if atasan is not None and atasan.jabatan else "Atasan PPID"
        return signer_from(atasan, "Atasan PPID", titles=False), jabatan
    return signer_from(facts.penetap, "PPID Utama"), "PPID Utama"


def _region() -> str:
    """ "Serang" from "PEMERINTAH KABUPATEN SERANG"."""
    text = settings.value(KOP_PEMERINTAH).strip()
    for prefix in ("PEMERINTAH KABUPATEN ", "PEMERINTAH "):
        if text.upper().startswith(prefix):
            text = text[len(prefix) :]
            break
    return text.title() if text.isupper() else text


def _lampiran_header(ctx: Ctx, facts: _Facts, what: str) -> list[Flowable]:
    st = ctx.styles
    small = st.body_left
    rows = [
        ("LAMPIRAN", esc(what.upper())),
        ("NOMOR", esc(ctx.nomor)),
        ("TANGGAL", esc(facts.tanggal_text)),
        ("TENTANG", esc(facts.perihal.upper())),
    ]
    block = kv_table(rows, st, 110 * mm, label_width=24 * mm, style=small, h_align="RIGHT")
    return [
        block,
        Spacer(1, 8 * mm),
        Paragraph("DAFTAR INFORMASI YANG DIKECUALIKAN", st.title),
        Paragraph(f"PADA {esc(facts.opd.upper())}", st.subtitle),
        Paragraph(esc(facts.badan_publik.upper()), st.subtitle),
        Spacer(1, 5 * mm),
    ]


def _lampiran(ctx: Ctx, facts: _Facts, what: str, signer: Signer) -> list[Flowable]:
    st = ctx.styles
    # The header stays with the table's first rows, its last rows with the signature.
    table = dik_table(facts.items, st, ctx.width, ctx.page.frame_height)
    keep = [*_lampiran_header(ctx, facts, what), table]
    return [PageBreak(), signature_block(signer, st, keep=keep)]


def _ditetapkan(facts: _Facts) -> list[str]:
    """Perki 1/2017 Pasal 4 ayat (4) huruf f."""
    return [f"Ditetapkan di {esc(facts.tempat)}", f"pada tanggal {esc(facts.tanggal_text)}"]


# ----------------------------------------------------------------------------- forms
def _surat(ctx: Ctx, facts: _Facts) -> list[Flowable]:
    st = ctx.styles
    signer, _ = _signer(ctx, facts, "surat_penetapan")
    atasan = atasan_ppid()
    approval = (
        f"dengan persetujuan {esc(atasan.jabatan_text)} selaku Atasan PPID"
        if atasan is not None
        else "dengan persetujuan Atasan PPID"
    )
    story: list[Flowable] = kop(ctx.width, ctx.kop)
    story += [
        Paragraph("SURAT PENETAPAN", st.title),
        Paragraph("KLASIFIKASI INFORMASI YANG DIKECUALIKAN", st.subtitle),
        Paragraph(f"NOMOR: {esc(ctx.nomor)}", st.nomor),
        *replaces_note(ctx),
    ]
    story.append(
        Paragraph(
            "Berdasarkan Pasal 4 ayat (4) Peraturan Komisi Informasi Nomor 1 Tahun 2017 tentang "
            "Pengklasifikasian Informasi Publik dan hasil uji konsekuensi sebagaimana dituangkan "
            f"dalam Berita Acara Hasil Uji Konsekuensi{facts.ba_reference()}, yang bertanda tangan "
            "di bawah ini:",
            st.body,
        )
    )
    story.append(kv_table(facts.identity_rows(), st, ctx.width, label_width=40 * mm))
    story.append(Spacer(1, 3 * mm))
    story.append(
        Paragraph(
            f"{approval}, menetapkan klasifikasi informasi publik pada {esc(facts.opd)} sebagai "
            "berikut:",
            st.body,
        )
    )
    story.append(Paragraph(f"1. Jenis klasifikasi: {esc(facts.jenis_text())}.", st.body))
    start = len(story)  # from point 2 to the signature: no page break between them
    story.append(
        Paragraph(
            "2. Informasi yang dikecualikan, jenis klasifikasi, jangka waktu pengecualian dan "
            "alasan pengecualiannya:",
            st.body,
        )
    )
    story.append(klasifikasi_table(facts.items, st, ctx.width, ctx.page.frame_height))
    story.append(Seam())
    story.append(Spacer(1, 3 * mm))
    story.append(
        Paragraph(
            "3. Dasar hukum, alasan dan konsekuensi setiap informasi yang dikecualikan tercantum "
            "dalam Lampiran yang merupakan bagian tidak terpisahkan dari Surat Penetapan ini.",
            st.body,
        )
    )
    last = Paragraph(
        "4. Surat Penetapan ini berlaku sejak tanggal ditetapkan. Informasi yang dikecualikan "
        "menjadi informasi publik yang dapat diakses setelah jangka waktu pengecualiannya "
        "berakhir.",
        st.body,
    )
    story.append(signature_block(signer, st, keep=[last], lead=_ditetapkan(facts)))
    story[start:] = [Joined(story[start:])]
    story += _lampiran(
        ctx, facts, "Surat Penetapan Klasifikasi Informasi yang Dikecualikan", signer
    )
    return story


def _keputusan(ctx: Ctx, facts: _Facts, form: str) -> list[Flowable]:
    st = ctx.styles
    signer, jabatan = _signer(ctx, facts, form)
    issuer = jabatan.upper()
    if form == "keputusan_bupati":
        story: list[Flowable] = kop_kepala_daerah(ctx.width, issuer)
    else:  # the signer's own perangkat daerah (the Sekretariat Daerah): app.documents.issuer
        story = kop(ctx.width, ctx.kop)
    story += [
        Paragraph(f"KEPUTUSAN {esc(issuer)}", st.title),
        Paragraph(f"NOMOR {esc(ctx.nomor)}", st.subtitle),
        *replaces_note(ctx),
        Spacer(1, 3 * mm),
        Paragraph("TENTANG", st.subtitle),
        Paragraph(esc(facts.perihal.upper()), st.subtitle),
        Spacer(1, 5 * mm),
    ]
    if form == "keputusan_bupati":
        story += [Paragraph("DENGAN RAHMAT TUHAN YANG MAHA ESA", st.subtitle), Spacer(1, 4 * mm)]
    story += [Paragraph(f"{esc(issuer)},", st.subtitle), Spacer(1, 5 * mm)]
    title_case = jabatan if not jabatan.isupper() else jabatan.title()
    menimbang = [
        "bahwa berdasarkan Pasal 19 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan "
        "Informasi Publik, Pejabat Pengelola Informasi dan Dokumentasi di setiap Badan Publik "
        "wajib melakukan pengujian tentang konsekuensi sebelum menyatakan Informasi Publik "
        "tertentu dikecualikan untuk diakses oleh setiap orang;",
        f"bahwa PPID Utama {esc(facts.badan_publik)} telah melakukan uji konsekuensi terhadap "
        f"informasi publik pada {esc(facts.opd)} sebagaimana dituangkan dalam Berita Acara "
        f"Hasil Uji Konsekuensi{facts.ba_reference()}, dan Tim Pertimbangan telah memberikan "
        "pertimbangan tertulis;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
        f"menetapkan Keputusan {esc(title_case)} tentang {esc(facts.perihal)};",
    ]
    story.append(_labelled_list(ctx, "Menimbang", ["a.", "b.", "c."], menimbang))
    story.append(Spacer(1, 2 * mm))
    story.append(_mengingat(ctx))
    story += [Spacer(1, 3 * mm), Paragraph("MEMUTUSKAN:", st.subtitle), Spacer(1, 2 * mm)]
    story.append(
        _diktum(
            ctx,
            "Menetapkan",
            f"KEPUTUSAN {esc(issuer)} TENTANG {esc(facts.perihal.upper())}.",
            justify=False,
        )
    )
    # From KESATU to the signature: no page break between them (KESATU stays with the first
    # rows of its table, the last rows with the diktums and the signature).
    start = len(story)
    story.append(
        _diktum(
            ctx,
            DIKTUM[0],
            f"Menetapkan klasifikasi informasi publik pada {esc(facts.opd)} di lingkungan "
            f"{esc(facts.badan_publik)} sebagai {esc(facts.jenis_text())}, dengan jangka waktu "
            "pengecualian dan alasan pengecualian sebagai berikut:",
        )
    )
    story += _indented(ctx, lambda w: klasifikasi_table(facts.items, st, w, ctx.page.frame_height))
    story.append(Seam())
    kedua: list[Flowable] = [
        _diktum(
            ctx,
            DIKTUM[1],
            "Klasifikasi sebagaimana dimaksud dalam Diktum KESATU ditetapkan berdasarkan hasil uji "
            "konsekuensi oleh Pejabat Pengelola Informasi dan Dokumentasi (PPID) dengan identitas "
            "sebagai berikut:",
        )
    ]
    kedua += _indented(ctx, lambda w: kv_table(facts.identity_rows(), st, w, label_width=36 * mm))
    story.append(KeepTogether(kedua))
    story.append(
        _diktum(
            ctx,
            DIKTUM[2],
            "Daftar Informasi yang Dikecualikan beserta dasar hukum, alasan dan konsekuensinya "
            "tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini, "
            f"dan dimutakhirkan serta diumumkan oleh PPID Utama dan PPID Pembantu "
            f"{esc(facts.opd)}.",
        )
    )
    last = _diktum(ctx, DIKTUM[3], "Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    story.append(signature_block(signer, st, keep=[last], lead=_ditetapkan(facts)))
    story[start:] = [Joined(story[start:])]
    story += _lampiran(ctx, facts, f"Keputusan {title_case}", signer)
    return story


def current_form() -> str:
    return settings.value(PENETAPAN_BENTUK)


def build(ctx: Ctx) -> list[Flowable]:
    facts = _Facts(ctx)
    form = current_form()
    if form == "surat_penetapan":
        return _surat(ctx, facts)
    return _keputusan(ctx, facts, form)
