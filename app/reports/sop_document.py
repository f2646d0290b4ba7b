"""The SOP itself, printed in the SOP-AP layout of Permenpan-RB 35/2012 (the office's paper
turned, F4 by default), from the SOP file (``app.sop``): nothing in it is typed here.

Page 1, the identity section: the office (logo, pemerintah, instansi, PPID) beside the
identity table (nomor, tanggal pembuatan, revisi, pengesahan, disahkan oleh with the room
for the signature, nama SOP), then Dasar Hukum | Kualifikasi Pelaksana, Keterkaitan |
Peralatan/Perlengkapan, Peringatan | Pencatatan dan Pendataan.

Then the flowchart table: No | Kegiatan | one column per Pelaksana (the SOP's roles, in its
order) | Mutu Baku (Kelengkapan | Waktu | Output) | Keterangan, its two header rows repeated
on every page. In each step's row the standard flowchart symbol stands in the column of the
step's actor: a terminator (rounded box) for the first and the last step, a decision
(diamond) for a step that can send the case back, a process (rectangle) otherwise. Arrows
join each step to the next (down out of the symbol, across, down into the next one); a
decision's return arrow ("Tidak") runs in a lane along a column edge into the side of the
step it returns to, and its way on is marked "Ya". Where a page breaks between two steps,
the arrow ends in an off-page connector (a pentagon) bearing the next step's number, and
the next page starts from one. Everything is drawn with the canvas (vector, no images).

Kelengkapan (what a step needs to start) is read from the step's ``kelengkapan`` list when
the SOP file has one; otherwise it is what the step before it hands over (its outputs), and
for the first step the information it starts from. Keterangan says which step a decision
returns to and who else works the step (``juga_oleh``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.documents.render.common import esc
from app.documents.render.fonts import BOLD, REGULAR
from app.documents.render.letterhead import logo_image
from app.documents.render.styles import get_styles
from app.documents.render.tables import HEAD_FILL, PAD
from app.nip import format_nip
from app.reports.pdf import build_report, landscape
from app.sop import Sop, Step
from app.text import format_date, format_duration

FIRST_STEP_INPUT = (
    "Daftar Informasi Publik, permohonan informasi atau perintah Majelis Komisioner",
)

TERMINATOR, PROCESS, DECISION = "terminator", "proses", "keputusan"
SYMBOL_W, SYMBOL_H = 44.0, 18.0  # points, at most (narrow columns make them narrower)
DIAMOND_W, DIAMOND_H = 44.0, 26.0
ROW_MIN = 18 * mm  # room above and below a symbol for the arrows
LANE = 5.0  # a return lane's distance from its column's edge
ARROW = 4.5  # arrowhead length
CONNECTOR_W, CONNECTOR_H = 16.0, 15.0  # the off-page connector


# ----------------------------------------------------------------------------- content
def kelengkapan(sop: Sop, step: Step) -> tuple[str, ...]:
    """What a step needs to start: the file's ``kelengkapan`` of that step, else what the
    step before hands over, else (the first step) the information it starts from."""
    try:
        raw = tomllib.loads(sop.source_text).get("tahap", [])
        listed = raw[step.number - 1].get("kelengkapan")
    except (tomllib.TOMLDecodeError, IndexError, AttributeError):
        listed = None
    if isinstance(listed, list) and all(isinstance(v, str) for v in listed):
        return tuple(listed)
    if step.number == 1:
        return FIRST_STEP_INPUT
    return sop.step(step.number - 1).outputs


def keterangan(sop: Sop, step: Step) -> list[str]:
    notes = []
    if step.send_back_to is not None:
        notes.append(
            f"Bila belum dapat disetujui, dikembalikan ke tahap {step.send_back_to} "
            f"({sop.step(step.send_back_to).title}) dengan alasannya."
        )
    others = [sop.role_name(r) for r in step.roles[1:]]
    if others:
        notes.append(f"Dapat juga dikerjakan oleh {', '.join(others)}.")
    return notes


def symbol_kind(sop: Sop, step: Step) -> str:
    if step.number in (sop.steps[0].number, sop.last_step):
        return TERMINATOR
    if step.send_back_to is not None:
        return DECISION
    return PROCESS


# ----------------------------------------------------------------------------- the flow
@dataclass(frozen=True)
class Node:
    step: int
    column: int  # index among the role columns
    kind: str


@dataclass(frozen=True)
class Return:
    source: int  # the deciding step
    target: int
    side: str  # "R" or "L": which sides of the two symbols and which column edge
    lane_column: int  # the role column whose edge the lane runs along


def plan_returns(nodes: dict[int, Node], returns: list[tuple[int, int]]) -> list[Return]:
    """Each return arrow runs outside the span of the forward arrow it parallels (along the
    right edge of the rightmost of the two columns, or the left edge of the leftmost), so it
    never crosses it; a side of a symbol already taken by another return is not used
    twice."""
    used: set[tuple[int, str]] = set()
    plans = []
    for source, target in returns:
        a, b = nodes[source], nodes[target]
        side = "R"
        if (source, "R") in used or (target, "R") in used:
            side = "L"
        used |= {(source, side), (target, side)}
        lane = max(a.column, b.column) if side == "R" else min(a.column, b.column)
        plans.append(Return(source, target, side, lane))
    return plans


@dataclass
class Trace:
    """What the flowchart drew, in page coordinates (for tests and for checking the
    drawing): symbols by step, arrows as point lists, connectors by page."""

    symbols: dict[int, dict[str, Any]] = field(default_factory=dict)
    arrows: list[dict[str, Any]] = field(default_factory=list)
    connectors: list[dict[str, Any]] = field(default_factory=list)
    columns: dict[int, tuple[float, float]] = field(default_factory=dict)  # role col → x0, x1


class StepCell(Paragraph):
    """The "No" cell of a step's row: it tells the flowchart table which step the row is."""

    flow_step: int = 0


class FlowTable(Table):
    """The flowchart table: draws its cells, then the symbols and the arrows of the rows it
    holds (on a page break ReportLab splits it into tables of the same class; ``split``
    hands the flow to each part)."""

    nodes: dict[int, Node]
    plans: list[Return]
    first_role_col: int = 2
    n_roles: int = 0
    trace: Trace | None = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, FlowTable):  # made by ReportLab with self.__class__
                part.nodes, part.plans = self.nodes, self.plans
                part.first_role_col, part.n_roles = self.first_role_col, self.n_roles
                part.trace = self.trace
        return parts

    # -- geometry, in the table's own coordinates ------------------------------------------
    def _rows(self) -> dict[int, int]:
        """Step → row index in this part."""
        found = {}
        for r, row in enumerate(self._cellvalues):  # type: ignore[attr-defined]
            cell = row[0]
            if isinstance(cell, list | tuple):
                cell = cell[0] if cell else None
            step = getattr(cell, "flow_step", 0)
            if step:
                found[step] = r
        return found

    def _col(self, column: int) -> tuple[float, float]:
        pos = self._colpositions  # type: ignore[attr-defined]
        c = self.first_role_col + column
        return pos[c], pos[c + 1]

    def _row(self, r: int) -> tuple[float, float]:
        """(bottom, top) of row ``r``."""
        pos = self._rowpositions  # type: ignore[attr-defined]
        return pos[r + 1], pos[r]

    def _box(self, node: Node, r: int) -> tuple[float, float, float, float]:
        """(centre x, centre y, half width, half height) of a node's symbol."""
        x0, x1 = self._col(node.column)
        bottom, top = self._row(r)
        room = x1 - x0 - 2 * (LANE + 7)
        if node.kind == DECISION:
            w, h = min(DIAMOND_W, room), DIAMOND_H
        else:
            w, h = min(SYMBOL_W, room), SYMBOL_H
        return (x0 + x1) / 2, (bottom + top) / 2, w / 2, h / 2

    # -- drawing ------------------------------------------------------------------------
    def draw(self) -> None:
        super().draw()
        c = self.canv
        rows = self._rows()
        if not rows:
            return
        c.saveState()
        c.setStrokeColor(colors.black)
        c.setFillColor(colors.black)
        c.setLineWidth(0.8)
        boxes = {s: self._box(self.nodes[s], r) for s, r in rows.items()}
        if self.trace is not None:
            for column in range(self.n_roles):
                x0, x1 = self._col(column)
                self.trace.columns[column] = (self._abs(x0, 0)[0], self._abs(x1, 0)[0])
        for step, box in boxes.items():
            self._symbol(self.nodes[step], box)
        steps = sorted(self.nodes)
        for a, b in zip(steps, steps[1:], strict=False):
            self._forward(a, b, rows, boxes)
        for plan in self.plans:
            self._return(plan, rows, boxes)
        c.restoreState()

    def _abs(self, x: float, y: float) -> tuple[float, float]:
        ax, ay = self.canv.absolutePosition(x, y)
        return round(ax, 2), round(ay, 2)

    def _page(self) -> int:
        return self.canv.getPageNumber()

    def _symbol(self, node: Node, box: tuple[float, float, float, float]) -> None:
        c = self.canv
        x, y, hw, hh = box
        c.setFillColor(colors.white)
        if node.kind == TERMINATOR:
            c.roundRect(x - hw, y - hh, 2 * hw, 2 * hh, hh, stroke=1, fill=1)
        elif node.kind == DECISION:
            path = c.beginPath()
            path.moveTo(x, y + hh)
            path.lineTo(x + hw, y)
            path.lineTo(x, y - hh)
            path.lineTo(x - hw, y)
            path.close()
            c.drawPath(path, stroke=1, fill=1)
        else:
            c.rect(x - hw, y - hh, 2 * hw, 2 * hh, stroke=1, fill=1)
        c.setFillColor(colors.black)
        if self.trace is not None:
            (ax0, ay0), (ax1, ay1) = self._abs(x - hw, y - hh), self._abs(x + hw, y + hh)
            self.trace.symbols[node.step] = {
                "page": self._page(),
                "kind": node.kind,
                "column": node.column,
                "box": (ax0, ay0, ax1, ay1),
            }

    def _line(self, points: list[tuple[float, float]], head: bool, what: str) -> None:
        c = self.canv
        path = c.beginPath()
        path.moveTo(*points[0])
        for p in points[1:]:
            path.lineTo(*p)
        c.drawPath(path, stroke=1, fill=0)
        if head:
            _arrowhead(c, points[-2], points[-1])
        if self.trace is not None:
            self.trace.arrows.append(
                {"page": self._page(), "what": what, "points": [self._abs(*p) for p in points]}
            )

    def _connector(self, x: float, top: float, label: str, what: str) -> None:
        """The off-page connector: a pentagon pointing down, its top edge at ``top``."""
        c = self.canv
        w, h = CONNECTOR_W, CONNECTOR_H
        path = c.beginPath()
        path.moveTo(x - w / 2, top)
        path.lineTo(x + w / 2, top)
        path.lineTo(x + w / 2, top - h * 0.6)
        path.lineTo(x, top - h)
        path.lineTo(x - w / 2, top - h * 0.6)
        path.close()
        c.setFillColor(colors.white)
        c.drawPath(path, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont(BOLD, 7.5)
        c.drawCentredString(x, top - h * 0.5, label)
        if self.trace is not None:
            self.trace.connectors.append(
                {"page": self._page(), "label": label, "what": what, "at": self._abs(x, top)}
            )

    def _lane_label(self, lane: float, y: float, sign: int, text: str) -> None:
        """``text`` upright along a return lane, on its inner side, just above ``y``."""
        c = self.canv
        c.saveState()
        c.setFont(REGULAR, 6.5)
        # Turned a quarter left, the letters stand to the left of their baseline.
        c.translate(lane - 1.8 if sign > 0 else lane + 6.6, y + 3)
        c.rotate(90)
        c.drawString(0, 0, text)
        c.restoreState()

    def _label(self, x: float, y: float, text: str) -> None:
        self.canv.setFont(REGULAR, 6.5)
        self.canv.drawString(x, y, text)

    def _forward(self, a: int, b: int, rows: dict[int, int], boxes: dict) -> None:
        na = self.nodes[a]
        what = f"{a}->{b}"
        if a in rows:
            xa, ya, _hw, hha = boxes[a]
            bottom_a = self._row(rows[a])[0]
            start = (xa, ya - hha)
            if na.kind == DECISION:
                self._label(xa + 3, ya - hha - 8, "Ya")
        if b in rows:
            xb, yb, _hw, hhb = boxes[b]
            end = (xb, yb + hhb)
        if a in rows and b in rows:
            if abs(xa - xb) < 0.5:
                self._line([start, end], True, what)
            else:
                level = (start[1] + bottom_a) / 2
                self._line([start, (xa, level), (xb, level), end], True, what)
        elif a in rows:  # the page breaks after a: on to the connector at the row's foot
            top = bottom_a + 3 + CONNECTOR_H
            self._line([start, (xa, top)], True, what)
            self._connector(xa, top, str(b), what)
        elif b in rows:  # the page starts with b: from a connector at the row's head
            top = self._row(rows[b])[1] - 3
            self._connector(xb, top, str(b), what)
            self._line([(xb, top - CONNECTOR_H), end], True, what)

    def _return(self, plan: Return, rows: dict[int, int], boxes: dict) -> None:
        what = f"{plan.source}->{plan.target} kembali"
        x0, x1 = self._col(plan.lane_column)
        lane = x1 - LANE if plan.side == "R" else x0 + LANE
        sign = 1 if plan.side == "R" else -1
        if plan.source in rows:
            xs, ys, hws, _hh = boxes[plan.source]
            start = (xs + sign * hws, ys)
            self._lane_label(lane, ys, sign, "Tidak")
        if plan.target in rows:
            xt, yt, hwt, _hh = boxes[plan.target]
            end = (xt + sign * hwt, yt)
        if plan.source in rows and plan.target in rows:
            self._line([start, (lane, start[1]), (lane, end[1]), end], True, what)
        elif plan.source in rows:
            top = self._row(rows[plan.source])[1] - 3
            self._line([start, (lane, start[1]), (lane, top - CONNECTOR_H)], False, what)
            self._connector_up(lane, top, str(plan.target), what)
        elif plan.target in rows:
            bottom = self._row(rows[plan.target])[0] + 3
            self._connector_up(lane, bottom + CONNECTOR_H, str(plan.target), what)
            self._line([(lane, bottom + CONNECTOR_H), (lane, end[1]), end], True, what)

    def _connector_up(self, x: float, top: float, label: str, what: str) -> None:
        self._connector(x, top, label, what)


def _arrowhead(c, tail: tuple[float, float], tip: tuple[float, float]) -> None:
    dx, dy = tip[0] - tail[0], tip[1] - tail[1]
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    bx, by = tip[0] - ux * ARROW, tip[1] - uy * ARROW
    px, py = -uy * ARROW * 0.5, ux * ARROW * 0.5
    path = c.beginPath()
    path.moveTo(*tip)
    path.lineTo(bx + px, by + py)
    path.lineTo(bx - px, by - py)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


class RowFloor(Flowable):
    """Nothing, ``ROW_MIN`` tall: every step's row leaves room for its symbol's arrows."""

    def wrap(self, availWidth, availHeight):
        return 1, ROW_MIN - 2 * PAD

    def draw(self) -> None:
        pass


# ----------------------------------------------------------------------------- the pages
def _styles() -> dict[str, ParagraphStyle]:
    st = get_styles()
    cell = ParagraphStyle("sop_cell", parent=st.cell, fontSize=8, leading=9.8)
    return {
        "cell": cell,
        "center": ParagraphStyle("sop_center", parent=cell, alignment=1),
        "head": ParagraphStyle("sop_head", parent=st.cell_head, fontSize=8, leading=9.8),
        "bold": ParagraphStyle("sop_bold", parent=cell, fontName=BOLD),
        "office": ParagraphStyle(
            "sop_office", parent=cell, fontName=BOLD, fontSize=11, leading=14, alignment=1
        ),
        "title": ParagraphStyle(
            "sop_title", parent=st.title, fontSize=11, leading=13, spaceAfter=3
        ),
    }


def _numbered(lines: tuple[str, ...] | list[str], style: ParagraphStyle) -> list[Flowable]:
    if not lines:
        return [Paragraph("-", style)]
    if len(lines) == 1:
        return [Paragraph(esc(lines[0]), style)]
    hang = ParagraphStyle(f"{style.name}_n", parent=style, leftIndent=11, firstLineIndent=-11)
    return [Paragraph(f"{n}.&nbsp;{esc(text)}", hang) for n, text in enumerate(lines, start=1)]


def _grid(data: list[list], widths: list[float], extra: Sequence[tuple] = ()) -> Table:
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *extra,
            ]
        )
    )
    return table


def identity_page(sop: Sop, width: float) -> list[Flowable]:
    from app import settings
    from app.settings import KOP_INSTANSI, KOP_PEMERINTAH

    s = _styles()
    ident = sop.identity
    left_w = width * 0.42
    office = [
        logo_image(20 * mm),
        Spacer(1, 3 * mm),
        Paragraph(esc(settings.value(KOP_PEMERINTAH)).upper(), s["office"]),
        Paragraph(esc(ident.unit or settings.value(KOP_INSTANSI)).upper(), s["office"]),
        Paragraph("PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID)", s["office"]),
    ]
    office[0].hAlign = "CENTER"
    signer = [
        Paragraph(esc(ident.disahkan_jabatan).upper(), s["center"]),
        Spacer(1, 14 * mm),
        Paragraph(f"<u><b>{esc(ident.disahkan_nama)}</b></u>", s["center"]),
    ]
    if ident.disahkan_nip:
        signer.append(Paragraph(f"NIP. {esc(format_nip(ident.disahkan_nip))}", s["center"]))
    rows = [
        ("Nomor SOP", [Paragraph(esc(ident.nomor), s["cell"])]),
        ("Tanggal Pembuatan", [Paragraph(format_date(ident.tanggal_pembuatan, "-"), s["cell"])]),
        ("Tanggal Revisi", [Paragraph(format_date(ident.tanggal_revisi, "-"), s["cell"])]),
        ("Tanggal Pengesahan", [Paragraph(esc(ident.tanggal_pengesahan or "-"), s["cell"])]),
        ("Disahkan oleh", signer),
        ("Nama SOP", [Paragraph(f"<b>{esc(ident.judul.upper())}</b>", s["cell"])]),
    ]
    label_w = 38 * mm
    right = Table(
        [[Paragraph(label, s["bold"]), value] for label, value in rows],
        colWidths=[label_w, width - left_w - label_w],
    )
    right.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    head = _grid(
        [[office, right]],
        [left_w, width - left_w],
        [
            ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
            ("LEFTPADDING", (1, 0), (1, 0), 0),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ("TOPPADDING", (1, 0), (1, 0), 0),
            ("BOTTOMPADDING", (1, 0), (1, 0), 0),
        ],
    )
    half = width / 2

    def section(title: str, body: list[Flowable]) -> list[Flowable]:
        return [Paragraph(f"<b>{esc(title)}</b>", s["cell"]), Spacer(1, 1.5), *body]

    def text(value: str) -> list[Flowable]:
        return [Paragraph(esc(value or "-"), s["cell"])]

    body = _grid(
        [
            [
                section("Dasar Hukum", _numbered(ident.dasar_hukum, s["cell"])),
                section("Kualifikasi Pelaksana", _numbered(ident.kualifikasi_pelaksana, s["cell"])),
            ],
            [
                section("Keterkaitan", _numbered(ident.keterkaitan, s["cell"])),
                section("Peralatan / Perlengkapan", _numbered(ident.peralatan, s["cell"])),
            ],
            [
                section("Peringatan", text(ident.peringatan)),
                section("Pencatatan dan Pendataan", text(ident.pencatatan)),
            ],
        ],
        [half, width - half],
    )
    return [head, body]


def flow_table(sop: Sop, width: float, trace: Trace | None = None) -> FlowTable:
    s = _styles()
    roles = list(sop.roles)
    column_of = {r.code: i for i, r in enumerate(roles)}
    nodes = {
        st.number: Node(st.number, column_of[st.actor], symbol_kind(sop, st)) for st in sop.steps
    }
    n_roles = len(roles)
    no_w, waktu_w = 9 * mm, 23 * mm
    role_w = min(21 * mm, width * 0.3 / n_roles)
    rest = width - no_w - waktu_w - role_w * n_roles
    kegiatan_w, kelengkapan_w, output_w = rest * 0.34, rest * 0.22, rest * 0.25
    keterangan_w = rest - kegiatan_w - kelengkapan_w - output_w
    widths = [no_w, kegiatan_w, *([role_w] * n_roles), kelengkapan_w, waktu_w, output_w]
    widths.append(keterangan_w)
    first_mutu = 2 + n_roles
    head1: list[Any] = [Paragraph("NO", s["head"]), Paragraph("KEGIATAN", s["head"])]
    head1 += [Paragraph("PELAKSANA", s["head"])] + [""] * (n_roles - 1)
    head1 += [Paragraph("MUTU BAKU", s["head"]), "", ""]
    head1 += [Paragraph("KETERANGAN", s["head"])]
    head2: list[Any] = ["", ""] + [Paragraph(esc(r.name), s["head"]) for r in roles]
    head2 += [Paragraph(t, s["head"]) for t in ("KELENGKAPAN", "WAKTU", "OUTPUT")] + [""]
    data: list[list] = [head1, head2]
    for step in sop.steps:
        no = StepCell(f"{step.number}.", s["center"])
        no.flow_step = step.number
        activity = Paragraph(esc(step.activity or step.title), s["cell"])
        row: list[Any] = [no, activity] + [""] * n_roles
        row[2] = RowFloor()
        row += [
            _numbered(kelengkapan(sop, step), s["cell"]),
            Paragraph(esc(step.duration_text), s["center"]),
            _numbered(step.outputs, s["cell"]),
            _numbered(keterangan(sop, step), s["cell"]) if keterangan(sop, step) else "",
        ]
        data.append(row)
    total: list[Any] = [""] * len(widths)
    total[1] = Paragraph("<b>Jumlah waktu</b>", s["cell"])
    total[first_mutu + 1] = Paragraph(
        f"<b>{esc(format_duration(sop.total_working_days))}</b>", s["center"]
    )
    data.append(total)
    table = FlowTable(data, colWidths=widths, repeatRows=2, hAlign="LEFT")
    table.nodes = nodes
    table.n_roles = n_roles
    table.plans = plan_returns(
        nodes, [(st.number, st.send_back_to) for st in sop.steps if st.send_back_to is not None]
    )
    table.trace = trace
    last = len(data) - 1
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 1), HEAD_FILL),
                ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
                ("VALIGN", (0, 2), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), PAD),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (2, 0), (1 + n_roles, 0)),
                ("SPAN", (first_mutu, 0), (first_mutu + 2, 0)),
                ("SPAN", (first_mutu + 3, 0), (first_mutu + 3, 1)),
                ("SPAN", (2, last), (1 + n_roles, last)),
                ("BACKGROUND", (0, last), (-1, last), HEAD_FILL),
            ]
        )
    )
    return table


def sop_story(sop: Sop, width: float, trace: Trace | None = None) -> list[Flowable]:
    s = _styles()
    story: list[Flowable] = [
        Paragraph("STANDAR OPERASIONAL PROSEDUR", s["title"]),
        *identity_page(sop, width),
        PageBreak(),
        Paragraph(
            f"PROSEDUR {esc(sop.identity.judul.upper())} (SOP versi {esc(sop.version)})",
            s["title"],
        ),
        flow_table(sop, width, trace),
        Spacer(1, 2 * mm),
        legend_table(width),
    ]
    return story


class _Legend(Flowable):
    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind

    def wrap(self, availWidth, availHeight):
        return 30, 14

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(0.8)
        if self.kind == TERMINATOR:
            c.roundRect(2, 2, 26, 10, 5, stroke=1, fill=0)
        elif self.kind == DECISION:
            path = c.beginPath()
            path.moveTo(15, 13)
            path.lineTo(28, 7)
            path.lineTo(15, 1)
            path.lineTo(2, 7)
            path.close()
            c.drawPath(path, stroke=1, fill=0)
        elif self.kind == PROCESS:
            c.rect(2, 2, 26, 10, stroke=1, fill=0)
        elif self.kind == "konektor":
            path = c.beginPath()
            path.moveTo(9, 13)
            path.lineTo(21, 13)
            path.lineTo(21, 6)
            path.lineTo(15, 1)
            path.lineTo(9, 6)
            path.close()
            c.drawPath(path, stroke=1, fill=0)
        else:
            c.line(2, 7, 25, 7)
            _arrowhead(c, (2, 7), (28, 7))


def legend_table(width: float) -> Table:
    s = _styles()
    entries = [
        (TERMINATOR, "Mulai / selesai (terminator)"),
        (PROCESS, "Kegiatan (proses)"),
        (DECISION, "Keputusan: disetujui (Ya) atau dikembalikan (Tidak)"),
        ("konektor", "Penghubung antarhalaman"),
        ("panah", "Arah alur"),
    ]
    cells: list[Any] = [Paragraph("<b>Keterangan simbol:</b>", s["cell"])]
    widths = [32 * mm]
    for kind, text in entries:
        cells += [_Legend(kind), Paragraph(esc(text), s["cell"])]
        widths += [12 * mm, (width - 32 * mm) / len(entries) - 12 * mm]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def sop_document_pdf(
    sop: Sop, trace: Trace | None = None, on_page: Callable[[int], None] | None = None
) -> bytes:
    """The SOP as a PDF on the office's paper turned (F4 by default). ``trace`` collects
    where the flowchart's symbols and arrows were drawn."""
    setup = landscape()
    title = f"Standar Operasional Prosedur {sop.identity.judul} ({sop.identity.nomor})"
    story = sop_story(sop, setup.frame_width, trace)
    return build_report(story, setup, title, subject=sop.identity.unit, on_page=on_page)
