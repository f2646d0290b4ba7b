"""The report charts, drawn with ReportLab's own graphics (``reportlab.graphics.charts``):
vector drawings that print sharp, not screenshots of the window's charts."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.documents.render.fonts import BOLD, REGULAR, register_fonts

BAR = colors.HexColor("#2f5f8a")
LIMIT = colors.HexColor("#c4c4c4")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def decimal(value: float | None) -> str:
    """``5,3`` (a decimal comma, as Indonesian writes it); "—" for no value."""
    if value is None:
        return "—"
    return f"{value:.1f}".replace(".", ",")


def _step(top: float) -> int:
    """A round step for an axis up to ``top``: about five gridlines."""
    if top <= 5:
        return 1
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


def _chart(width: float, height: float, names: Sequence[str], series: list[list]) -> tuple:
    register_fonts()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 30
    chart.width = int(width - chart.x - 8)
    chart.height = int(height - chart.y - 26)
    chart.data = series
    chart.categoryAxis.categoryNames = list(names)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.dy = -4
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    top = max([v for s in series for v in s if v is not None] or [0])
    step = _step(top * 1.15 or 1)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * max(1, math.ceil(top * 1.15 / step))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 7
    chart.barSpacing = 1
    chart.groupSpacing = 8
    drawing.add(chart)
    return drawing, chart


def steps_chart(
    width: float,
    height: float,
    steps: Sequence[tuple[str, float | None, int]],
    title: str,
) -> Drawing:
    """Average working days of each step (``(label, average, limit)``) beside its SOP
    limit, the averages labelled."""
    averages = [a for _label, a, _limit in steps]
    limits = [limit for _label, _a, limit in steps]
    drawing, chart = _chart(width, height, [label for label, _a, _l in steps], [averages, limits])
    chart.bars[0].fillColor = BAR
    chart.bars[1].fillColor = LIMIT
    chart.bars.strokeColor = None
    chart.barLabelFormat = "values"
    chart.barLabelArray = [
        [decimal(a) if a is not None else "" for a in averages],
        [str(limit) for limit in limits],
    ]
    legend = Legend()
    legend.fontName = REGULAR
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 100
    legend.x, legend.y = int(width - 210), int(height - 8)
    legend.colorNamePairs = [(BAR, "Rata-rata hari kerja"), (LIMIT, "Batas menurut SOP")]
    drawing.add(legend)
    drawing.add(String(0, height - 12, title, fontName=BOLD, fontSize=9))
    return drawing


def months_chart(width: float, height: float, counts: Sequence[int], title: str) -> Drawing:
    """Cases finished in each month, each bar labelled."""
    drawing, chart = _chart(width, height, MONTHS, [list(counts)])
    chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    drawing.add(String(0, height - 12, title, fontName=BOLD, fontSize=9))
    return drawing
