"""Small building blocks shared by the documents: the title with its number, what a
correction replaces, the identity of the case, the summary of the items, and ``Joined``, which
keeps the pages a person signs from ever carrying a signature alone."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Indenter,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.doctemplate import FrameBreak

from app.documents.render.common import Ctx, count_text, date_text, esc
from app.documents.render.tables import kv_table
from app.states import StepStatus

# ----------------------------------------------------------------------------- keeping
BIG = 0xFFFFFF  # the height a flowable reports to be asked to split (as KeepTogether does)
MIN_LINES = 2  # lines of a paragraph on each side of a page break


class Seam(Flowable):
    """A place in a ``Joined`` where it may break as a last resort, when no table or paragraph
    before it can break where the rules allow (a short table that must keep its rows
    together): what follows still carries a paragraph of text with the signature."""

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self) -> None:
        pass


class Joined(Flowable):
    """Flowables with no page break *between* them: a page may break only inside one of them,
    between the rows of a table (which leaves two rows on each side: ``tables.keep_rows``) or
    between the lines of a long paragraph (two lines on each side).

    This is how a closing paragraph, a signature block or a participants' signature table
    never stands alone on a page: joined to the table or paragraph before it, it takes along
    that table's last rows or that paragraph's last lines. A heading joined to the table after
    it stays with the table's first rows. Unlike KeepTogether, a table longer than a page still
    flows across pages; only where it ends is constrained.

    Each time the frame asks it to split, it finds the last legal break that fits the page
    (going back to an earlier flowable when the one that does not fit cannot break there) and
    hands back what goes on this page, a frame break, and a new ``Joined`` of the rest. Before
    the last ``Seam`` that fits only a table may break (its last rows travel); when none can,
    it parts at that seam, and only when there is no seam either does it move to the next page
    whole."""

    def __init__(self, flowables: list[Flowable] | tuple[Flowable, ...]) -> None:
        super().__init__()
        self._content: list[Flowable] = []
        for f in flowables:
            if isinstance(f, Joined):
                self._content += f._content
            elif not isinstance(f, CondPageBreak):  # a condition this class keeps better
                self._content.append(f)

    def wrap(self, availWidth, availHeight):
        return availWidth, BIG

    def split(self, availWidth, availHeight):
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", 0))
        items = self._content
        plan = self._plan(availWidth, availHeight, at_top)
        if plan is None:  # everything fits
            return _placed(items)
        index, parts = plan
        if isinstance(items[index], Seam) and index > 0:
            return [*_placed(items[:index]), FrameBreak(), Joined(items[index + 1 :])]
        if parts is None:
            if at_top:  # nowhere better to go: the ordinary flow decides
                return _placed(items)
            return [FrameBreak(), Joined(items)]
        first, rest = parts
        # The break goes right after ``first``: a rest that fitted in what is left of this
        # page would put a repeated table header in the middle of it.
        return [*_placed(items[:index]), first, FrameBreak(), Joined([rest, *items[index + 1 :]])]

    def _plan(
        self, width: float, avail: float, at_top: bool
    ) -> tuple[int, tuple[Flowable, Flowable] | None] | None:
        used = 0.0
        placed: list[tuple[int, float, float, float]] = []  # index, width, room, height
        for i, f in enumerate(self._content):
            if getattr(f, "frameAction", None):
                if isinstance(f, Indenter):
                    width -= f.left + f.right
                continue
            # Spaces are counted in full (the frame merges them), so what is planned fits.
            space = f.getSpaceBefore() if (used or not at_top) else 0.0
            height = _height(f, width, self.canv)
            if used + space + height <= avail:
                placed.append((i, width, avail - used - space, height))
                used += space + height + f.getSpaceAfter()
                continue
            parts = _legal_split(f, width, avail - used - space)
            if parts is not None:
                return i, parts
            seam: int | None = None
            for j, w, room, h in reversed(placed):  # give up the end of an earlier one
                earlier = self._content[j]
                if isinstance(earlier, Seam):
                    seam = j if seam is None else seam
                    continue
                # Before a seam only a table may give up its last rows: a paragraph split
                # there would leave a page of a kop, a title and two lines, when parting at
                # the seam leaves the table on it and the text after it with the signature.
                if seam is not None and not isinstance(earlier, Table):
                    continue
                parts = _legal_split(earlier, w, min(room, h - 1))
                if parts is not None:
                    return j, parts
            return (seam, None) if seam is not None else (i, None)
        return None


def _placed(flowables: list[Flowable]) -> list[Flowable]:
    """Flowables planned to fit this page, ready for it: a KeepTogether is given as its
    content, since its ``wrap`` always reports more than a page (to make the frame split it)
    and the frame refuses such a first part of a split ("Splitting error")."""
    out: list[Flowable] = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            out += f._content  # type: ignore[attr-defined]
        else:
            out.append(f)
    return out


def _height(f: Flowable, width: float, canv) -> float:
    height = f.wrapOn(canv, width, BIG)[1]
    if isinstance(f, KeepTogether):  # reports BIG; wrap() measured its content
        return f._H  # type: ignore[attr-defined]
    return height


def _legal_split(f: Flowable, width: float, room: float) -> tuple[Flowable, Flowable] | None:
    """``f`` cut so that its first part fits ``room``, where a break is allowed; else None."""
    if room <= 0:
        return None
    if isinstance(f, Table):
        parts = f.split(width, room)
    elif isinstance(f, Paragraph):
        f.wrap(width, BIG)
        lines = len(f.blPara.lines)  # type: ignore[attr-defined]  # set by wrap()
        leading = f.style.leading
        fit = min(int((room - f.getSpaceBefore()) // leading), lines - MIN_LINES)
        if fit < MIN_LINES:
            return None
        parts = f.split(width, fit * leading + 0.01)
    else:
        return None
    if len(parts) != 2:
        return None
    return parts[0], parts[1]


def title_block(
    ctx: Ctx,
    title: str,
    subtitles: list[str] | tuple = (),
    numbered: bool = True,
    label: str = "NOMOR",
) -> list[Flowable]:
    st = ctx.styles
    out: list[Flowable] = [Paragraph(esc(title), st.title)]
    out += [Paragraph(esc(s), st.subtitle) for s in subtitles]
    if numbered:
        out.append(Paragraph(f"{label}: {esc(ctx.nomor)}", st.nomor))
    else:
        out.append(Spacer(1, 4 * mm))
    return out + replaces_note(ctx)


def replaces_note(ctx: Ctx, centred: bool = True) -> list[Flowable]:
    """Under the title and number of a correction (a finalised version after the first):
    "Menggantikan <title> Nomor <nomor> tanggal <date> (versi N)" and "Alasan koreksi: …",
    so that the paper itself says what it replaces. ``ctx.finals`` holds, at render time,
    the newest finalised version of each kind: the one this correction replaces. Nothing for
    a first version or a draft. ``centred``: under a centred title (else left, under a
    letter's head)."""
    stamp = ctx.stamp
    if stamp is None or stamp.versi <= 1:
        return []
    old = ctx.finals.get(ctx.spec.kind)
    if old is not None and old.versi < stamp.versi:
        nomor = f" Nomor {esc(old.nomor)}" if old.nomor else ""
        what = f"{esc(old.title)}{nomor} tanggal {esc(date_text(old.tanggal))} (versi {old.versi})"
    else:  # not expected: a correction is rendered while the version it replaces is stored
        what = f"{esc(ctx.spec.title)} versi {stamp.versi - 1}"
    style = ctx.styles.nomor.clone(
        "replaces", fontSize=9.5, leading=12, spaceAfter=2, alignment=1 if centred else 0
    )
    out: list[Flowable] = [Paragraph(f"Menggantikan {what}", style)]
    if stamp.alasan:
        out.append(Paragraph(f"Alasan koreksi: {esc(stamp.alasan)}", style))
    out.append(Spacer(1, 3 * mm))
    return out


def lead_into(ctx: Ctx, head: list[Flowable], table: Table) -> list[Flowable]:
    """``head`` (a heading, an opening sentence) followed by ``table``: the head stays on the
    page of the table's first rows (two of them, see ``tables.keep_rows``). (A plain
    keep-with-next would push a table shorter than a page to the next page whole.)"""
    return [Joined([*head, table])]


def table_heading(ctx: Ctx, text: str, table: Table) -> list[Flowable]:
    return lead_into(ctx, [Paragraph(text, ctx.styles.heading_free)], table)


def case_identity(ctx: Ctx, extra: list[tuple[str, str]] | tuple = ()) -> Flowable:
    """Nomor register, perangkat daerah, judul, pemicu and the case's dates."""
    case = ctx.case
    rows = [
        ("Nomor register", esc(case.nomor)),
        ("Perangkat daerah", esc(case.opd.nama)),
        ("Judul", esc(case.judul)),
        ("Pemicu uji konsekuensi", esc(case.trigger_text)),
        ("Tanggal mulai", esc(date_text(case.tanggal_mulai))),
        *extra,
    ]
    return kv_table(rows, ctx.styles, ctx.width)


def step_dates(ctx: Ctx, step_no: int) -> tuple[str, str]:
    """("Tahap 2", "Rapat …: mulai 2 Maret 2026, batas waktu …, selesai …") for the
    identity."""
    rec = ctx.detail.latest_record(step_no)
    if rec is None:
        return (f"Tahap {step_no}", "belum dimulai")
    text = f"mulai {date_text(rec.tanggal_mulai)}, batas waktu {date_text(rec.batas_waktu)}"
    if rec.tanggal_selesai and rec.status == StepStatus.DONE:
        text += f", selesai {date_text(rec.tanggal_selesai)}"
    elif rec.status == StepStatus.RUNNING:
        text += ", sedang berjalan"
    step = ctx.detail.sop.step(step_no)
    return (f"Tahap {step_no}", esc(f"{step.title}: {text}"))


def steps_dates(ctx: Ctx) -> list[tuple[str, str]]:
    """The dates of every step up to the document's own."""
    return [step_dates(ctx, s.number) for s in ctx.steps_through_own()]


def items_summary(ctx: Ctx, conclusion: bool) -> Paragraph:
    items = ctx.items
    text = f"Jumlah butir informasi: {count_text(len(items))}"
    if conclusion and items:
        counts = Counter(i.kesimpulan or "" for i in items)
        parts = [
            f"dikecualikan seluruhnya {count_text(counts['seluruhnya'])}",
            f"dikecualikan sebagian {count_text(counts['sebagian'])}",
            f"terbuka {count_text(counts['terbuka'])}",
        ]
        if counts[""]:
            parts.append(f"belum diuji {count_text(counts[''])}")
        text += "; " + ", ".join(parts)
    return Paragraph(esc(text) + ".", ctx.styles.body)
