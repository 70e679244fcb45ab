"""Text laid out in two columns, read one column after the other (pure functions over strings)."""

from __future__ import annotations

import re

PDF_GAP = 6  # pypdf's layout mode spreads justified words: a gap between two cells is wider
TEXT_GAP = 4  # spaces between two cells in a plain text file


def reading_order(layout_text: str, gap: int = PDF_GAP, min_lines: int = 1) -> str:
    """Text laid out in columns (pypdf's layout mode, a text file written with spaces) in reading order:
    a block laid out in two columns (an agreement's signature block: each party's title, name and
    signatory under each other) is read column by column, so that a name stays with its own party;
    other lines keep their words with single spaces. `gap`: the fewest spaces between two cells;
    `min_lines`: the fewest lines split in two that make a block (one such line alone in a text file,
    "Nama Lengkap    : Budi", is no layout of columns). Rows of a form, each label's value after a
    colon ("Nama      : BUDI" / "Jabatan   : Kepala A"), are no columns either: each row is read whole."""
    lines = layout_text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        column = _second_column(lines[i], gap)
        if column is None:
            out.append(" ".join(lines[i].split()))
            i += 1
            continue
        left: list[str] = []
        right: list[str] = []
        alone: list[str] = []  # left cells with nothing beside them, kept when the block goes on after them
        j = end = i
        while j < len(lines):
            line = lines[j]
            if not line.strip():
                j += 1
                end = j if not alone else end
                continue
            at = _second_column(line, gap)
            if at is None and line[:column].strip() and line[column - 2:column] == "  " and line[column:column + 1].strip():
                at = column  # a long left cell leaves a narrower gap, the right cell starting at the column
            indent = len(line) - len(line.lstrip())
            if at is not None and abs(at - column) <= 4:
                left.extend(alone + [" ".join(line[:at].split())])
                right.append(" ".join(line[at:].split()))
            elif at is None and abs(indent - column) <= 4:
                left.extend(alone)
                right.append(" ".join(line.split()))
            elif at is None and left and len(line.rstrip()) < column - gap:
                # "KELAS II A," under "KEPALA BALAI A" with its right cell ended: the left column goes on
                alone.append(" ".join(line.split()))
                j += 1
                continue
            else:
                break
            alone = []
            j += 1
            end = j
        j = end
        if len(left) < min_lines or _labelled_rows(left, right):
            out.extend(" ".join(line.split()) for line in lines[i:j])
        else:
            out.extend(left + [""] + right + [""])  # each column a paragraph of its own: no name runs into the next
        i = j
    return "\n".join(out)


def _second_column(line: str, gap: int) -> int | None:
    """Where a line's second column starts, when its text is split by a wide gap into two cells."""
    gaps = list(re.finditer(rf"\S( {{{gap},}})\S", line))
    if len(gaps) != 1:
        return None
    return gaps[0].end(1)


def _labelled_rows(left: list[str], right: list[str]) -> bool:
    """Are the cells of a block a form's rows, every right cell opening with the colon after its label
    (or every left cell closing with it)?"""
    cells = [(a, b) for a, b in zip(left, right) if a or b]
    return bool(cells) and (all(b.startswith(":") for _, b in cells) or all(a.endswith(":") for a, _ in cells))
