"""Render the agreement texts of the devset (045–048) as multi-page PDFs for corpus/agreements/.

Run by a developer when the texts change (`make agreements`); the PDFs are committed, so neither
users nor CI run this. Needs the dev extra (fpdf2). Uses DejaVu Sans when the system has it,
otherwise a core font with the few non-Latin-1 characters replaced.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_LATIN1 = {"—": "-", "–": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "..."}


def render(text: str, out: Path) -> int:
    pdf = FPDF(format=(148, 210))
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_margins(14, 14, 14)
    if FONT.exists():
        pdf.add_font("body", "", str(FONT))
        family = "body"
    else:
        family = "Helvetica"
        for char, plain in _LATIN1.items():
            text = text.replace(char, plain)
    pdf.set_title(text.splitlines()[2] if len(text.splitlines()) > 2 else out.stem)
    pdf.set_creation_date(__import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    pdf.set_font(family, size=9)
    for line in text.splitlines():
        if not line.strip():
            pdf.ln(3)
            continue
        # Signature blocks use runs of spaces to make two columns; keep them as two cells.
        left, sep, right = line.partition("    ")
        if sep and right.strip():
            width = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
            pdf.set_font(family, size=7)
            pdf.cell(width, 4.5, left.strip())
            pdf.cell(width, 4.5, right.strip(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(family, size=9)
        else:
            pdf.multi_cell(0, 4.5, line, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
    return pdf.pages_count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=Path("eval/devset/docs"))
    parser.add_argument("--out", type=Path, default=Path("corpus/agreements"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for source in sorted(args.docs.glob("04[5-8]_*.txt")):
        target = args.out / (source.stem + ".pdf")
        pages = render(source.read_text(encoding="utf-8"), target)
        print(f"{target}: {pages} pages")


if __name__ == "__main__":
    main()
