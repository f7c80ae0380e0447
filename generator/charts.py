"""Static SVG charts made at build time; each page also shows the data as a table.

No chart library is loaded by visitors.  The SVG scales with its container
(viewBox, no fixed width) so it fits a phone screen.
"""
from __future__ import annotations

from markupsafe import Markup, escape

BAR = "#3f51b5"
BAR_2 = "#9fa8da"
TEXT = "#333"


def _svg(width: int, height: int, label: str, body: list[str]) -> Markup:
    return Markup(
        f'<svg class="portal-chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">'
        f"<title>{escape(label)}</title>{''.join(body)}</svg>")


def hbar(label: str, rows: list[tuple[str, float]], value_format=str) -> Markup:
    """Horizontal bars: one row per category, longest first as given."""
    row_h, label_w, bar_w, pad = 26, 150, 360, 6
    top = max((v for _, v in rows), default=0) or 1
    body = []
    for i, (name, value) in enumerate(rows):
        y = pad + i * row_h
        w = bar_w * value / top
        body.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" font-size="13" fill="{TEXT}">'
                    f"{escape(name)}</text>")
        body.append(f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" fill="{BAR}"/>')
        body.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 17}" font-size="13" fill="{TEXT}">'
                    f"{escape(value_format(value))}</text>")
    return _svg(label_w + bar_w + 80, pad * 2 + row_h * max(len(rows), 1), label, body)


def monthly_bars(label: str, rows: list[tuple[str, int, int]], legend: tuple[str, str]) -> Markup:
    """Received and closed per month, side by side."""
    height, base, left, step = 220, 180, 40, 34
    top = max((max(r, c) for _, r, c in rows), default=0) or 1
    body = [f'<line x1="{left}" y1="{base}" x2="{left + step * max(len(rows), 1)}" y2="{base}" stroke="{TEXT}"/>',
            f'<text x="{left - 4}" y="14" text-anchor="end" font-size="11" fill="{TEXT}">{top}</text>']
    for i, (month, received, closed) in enumerate(rows):
        x = left + i * step + 4
        for j, (value, colour) in enumerate(((received, BAR), (closed, BAR_2))):
            h = (base - 20) * value / top
            body.append(f'<rect x="{x + j * 13}" y="{base - h:.1f}" width="12" height="{h:.1f}" fill="{colour}"/>')
        body.append(f'<text x="{x + 12}" y="{base + 14}" text-anchor="middle" font-size="10" fill="{TEXT}">'
                    f"{escape(month[2:])}</text>")
    lx = left
    for text, colour in zip(legend, (BAR, BAR_2)):
        body.append(f'<rect x="{lx}" y="{base + 24}" width="12" height="12" fill="{colour}"/>'
                    f'<text x="{lx + 16}" y="{base + 34}" font-size="12" fill="{TEXT}">{escape(text)}</text>')
        lx += 110
    return _svg(left + step * max(len(rows), 1) + 10, height + 20, label, body)
