"""The report's charts, drawn with ReportLab graphics so they print sharp.

Colours differ in lightness and lines in dash pattern, so both charts still read
when the report is printed in black and white, as most commune printers do.
"""

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports.fmt import Formats
from desktop.reports.labels import label
from desktop.reports.pdf_base import FONT, register_fonts

DARK = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#8fb8de")
MID = colors.HexColor("#c55a11")
AXIS = colors.HexColor("#404040")
GRIDLINE = colors.HexColor("#d0d0d0")


def _pct(value) -> float:
    return max(0.0, min(100.0, value or 0.0))


def _legend(d: Drawing, x: float, y: float, items: list[tuple]) -> None:
    """Legend entries (kind, colour, text, dash) left to right from (x, y), wrapping
    onto a second row when the drawing is too narrow."""
    start = x
    for kind, colour, text, dash in items:
        needed = 26 + stringWidth(text, FONT, 8.5)
        if x > start and x + needed > d.width:
            x, y = start, y - 11
        if kind == "bar":
            d.add(Rect(x, y - 1, 10, 7, fillColor=colour, strokeColor=AXIS, strokeWidth=0.3))
        elif kind == "tick":
            d.add(Line(x + 5, y - 2, x + 5, y + 8, strokeColor=colour, strokeWidth=2))
        else:
            d.add(Line(x, y + 2.5, x + 14, y + 2.5, strokeColor=colour, strokeWidth=1.6,
                       strokeDashArray=dash))
        d.add(String(x + 17, y, text, fontName=FONT, fontSize=8.5, fillColor=colors.black))
        x += needed


def chart_hamlets(report) -> list:
    """The hamlets Chart 1 shows (those with residents, and every named one)."""
    return [h for h in report.hamlets if h.residents or h.id is not None]


def hamlet_uptake_chart(report, lang: str, width: float, hamlets: list | None = None
                        ) -> Drawing:
    """Chart 1: share of residents with e-ID level 2 and with a health record, per
    hamlet, as horizontal bars with the hamlet's target marked on each bar. A long
    list of hamlets is drawn in several charts of `hamlets` each (a drawing cannot
    run onto the next page)."""
    register_fonts()
    fmt = Formats(lang)
    hamlets = chart_hamlets(report) if hamlets is None else hamlets
    bar, gap = 8.0, 7.0
    left, right, top, bottom = 88.0, 34.0, 32.0, 26.0
    plot_h = max(1, len(hamlets)) * (2 * bar + gap)
    height = top + plot_h + bottom
    d = Drawing(width, height, initialFontName=FONT)
    plot_w = width - left - right
    x0, y_top = left, height - top
    for tick in range(0, 101, 20):
        x = x0 + plot_w * tick / 100
        d.add(Line(x, bottom, x, y_top, strokeColor=GRIDLINE, strokeWidth=0.4))
        d.add(String(x, bottom - 11, fmt.percent(tick, 0), fontName=FONT, fontSize=8,
                     textAnchor="middle"))
    d.add(Line(x0, bottom, x0, y_top, strokeColor=AXIS, strokeWidth=0.8))
    for i, hamlet in enumerate(hamlets):
        figs = report.by_hamlet.get(hamlet.id, {})
        y = y_top - (i + 1) * (2 * bar + gap) + gap / 2
        name = hamlet.name or label("other_hamlet", lang)
        d.add(String(x0 - 4, y + bar - 3, name[:22], fontName=FONT, fontSize=8.5,
                     textAnchor="end"))
        for j, (code, colour) in enumerate((("eid_level2", DARK), ("health_linked", LIGHT))):
            fig = figs.get(code)
            share = fig.share if fig else None
            yb = y + bar * (1 - j)
            w = plot_w * _pct(share) / 100
            d.add(Rect(x0, yb, max(w, 0.01), bar - 0.8, fillColor=colour, strokeColor=AXIS,
                       strokeWidth=0.3))
            d.add(String(x0 + w + 2, yb + 1.5, fmt.percent(share), fontName=FONT, fontSize=7))
            if fig is not None and fig.target:
                xt = x0 + plot_w * _pct(fig.target) / 100
                d.add(Line(xt, yb - 1, xt, yb + bar, strokeColor=MID, strokeWidth=1.8))
    _legend(d, x0, height - 12, [
        ("bar", DARK, label("legend_eid2", lang), None),
        ("bar", LIGHT, label("legend_health", lang), None),
        ("tick", MID, label("legend_target", lang), None)])
    return d


def progress_chart(report, lang: str, width: float, height: float = 190.0) -> Drawing:
    """Chart 2: month by month over the year, the share of households visited since
    1 January and of residents with e-ID level 2 and a health record; the commune's
    targets as dashed horizontal lines."""
    register_fonts()
    fmt = Formats(lang)
    d = Drawing(width, height, initialFontName=FONT)
    left, right, top, bottom = 34.0, 12.0, 34.0, 22.0
    plot_w, plot_h = width - left - right, height - top - bottom
    x0, y0 = left, bottom
    points = report.series
    n = max(1, len(points))
    for tick in range(0, 101, 20):
        y = y0 + plot_h * tick / 100
        d.add(Line(x0, y, x0 + plot_w, y, strokeColor=GRIDLINE, strokeWidth=0.4))
        d.add(String(x0 - 4, y - 3, fmt.percent(tick, 0), fontName=FONT, fontSize=8,
                     textAnchor="end"))
    d.add(Line(x0, y0, x0 + plot_w, y0, strokeColor=AXIS, strokeWidth=0.8))
    d.add(Line(x0, y0, x0, y0 + plot_h, strokeColor=AXIS, strokeWidth=0.8))
    step = plot_w / n

    def x_at(i):
        return x0 + step * (i + 0.5)

    for i, point in enumerate(points):
        d.add(String(x_at(i), y0 - 12, point.month[5:] + "/" + point.month[2:4], fontName=FONT,
                     fontSize=8, textAnchor="middle"))
    series = [("households_covered", MID, (1, 0), label("legend_coverage", lang), "square"),
              ("eid_level2", DARK, None, label("legend_eid2", lang), "circle"),
              ("health_linked", LIGHT, (4, 2), label("legend_health", lang), "triangle")]
    for attr, colour, dash, _, marker in series:
        coords = [(x_at(i), y0 + plot_h * _pct(getattr(p, attr)) / 100)
                  for i, p in enumerate(points) if getattr(p, attr) is not None]
        for (xa, ya), (xb, yb) in zip(coords, coords[1:]):
            d.add(Line(xa, ya, xb, yb, strokeColor=colour, strokeWidth=1.6,
                       strokeDashArray=dash))
        for x, y in coords:
            _marker(d, marker, x, y, colour)
    for code, colour in (("eid_level2", DARK), ("health_linked", LIGHT)):
        target = report.totals[code].target
        if target:
            y = y0 + plot_h * _pct(target) / 100
            d.add(Line(x0, y, x0 + plot_w, y, strokeColor=colour, strokeWidth=0.9,
                       strokeDashArray=(2, 2)))
            d.add(String(x0 + plot_w - 2, y + 2, f"{label('legend_target', lang)} "
                         f"{fmt.percent(target, 0)}", fontName=FONT, fontSize=7,
                         textAnchor="end", fillColor=colour))
    _legend(d, x0, height - 14, [("line", c, t, dash or None) for _, c, dash, t, _ in series])
    return d


def _marker(d: Drawing, kind: str, x: float, y: float, colour) -> None:
    if kind == "circle":
        d.add(Circle(x, y, 2.4, fillColor=colour, strokeColor=colour))
    elif kind == "square":
        d.add(Rect(x - 2.2, y - 2.2, 4.4, 4.4, fillColor=colour, strokeColor=colour))
    else:
        d.add(Polygon([x - 2.6, y - 2, x + 2.6, y - 2, x, y + 2.6], fillColor=colour,
                      strokeColor=colour))
