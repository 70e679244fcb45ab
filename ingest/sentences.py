"""Split text into sentences as character spans, so that quotes can point at exact places.

Pure functions. Lines are hard boundaries (headlines, list items, clauses of an agreement);
inside a line a sentence ends at . ! ? (and a closing quote) before a capital, digit or quote,
unless the word before the stop is an abbreviation or an initial ("M. Contoh", "Dr. Wiryawan"), or the
stop sets off a thousands group ("22.091. 039").
"""

from __future__ import annotations

import re

from ingest.core.vocabulary import word_groups

_ABBREVIATIONS = frozenset(w for forms in word_groups("abbreviations.tsv").values() for w in forms)  # "Dr.", "MUH.", "Dec."
# A thousands group set off by a stray space ("22.091. 039 balita", as some sources are tokenised):
# a number already grouped in thousands, the dot, and three digits that go on as the number.
_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{3})+\.\s\d{3}(?!\d)")
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])")
# The marker of a numbered, lettered or bulleted line ("1. …", "2) …", "a. …", "b) …", "- …", "• …"; HTML
# <li> items are read as "- …") or of a table's row (HTML tables are read as "| cell | cell |" rows, the
# ruling line too). A letter is a small one: "A. Yani …" opens a name.
ITEM_MARKER_RE = re.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|[a-z][.)]|[-•*])[ \t]+|\|[ \t:-]*)")

_RULING_RE = re.compile(r"[ \t]*\|[ \t:|-]*$")  # a table's ruling line under its header: "|---|:---|"


def item_texts(lines: list[str]) -> list[str]:
    """The items of consecutive item lines, without their markers: a table's rows as their cells
    joined ("PT Contoh – Pelatihan kerja"; a row number, the ruling line and the header row above it
    left out)."""
    out = []
    for i, line in enumerate(lines):
        marker = ITEM_MARKER_RE.match(line)
        if marker is None or _RULING_RE.match(line) or (i + 1 < len(lines) and _RULING_RE.match(lines[i + 1])):
            continue
        if line.lstrip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            item = " – ".join(c for c in cells if c and not c.isdigit())
        else:
            item = line[marker.end() :].strip().rstrip(";,.").strip()
        if item:
            out.append(item)
    return out


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans [s, e) of the sentences of text[start:end], stripped of surrounding white space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    line_start = start
    while line_start < end:
        newline = text.find("\n", line_start, end)
        line_end = end if newline == -1 else newline
        spans.extend(_split_line(text, line_start, line_end))
        line_start = line_end + 1
    return spans


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    piece_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.end()
        if _is_abbreviation(text, piece_start, match.start()) or _splits_a_number(text, match.start()):
            continue
        spans.append((piece_start, stop))
        piece_start = stop
    spans.append((piece_start, end))
    return [span for span in (_strip(text, s, e) for s, e in spans) if span[1] > span[0]]


def _splits_a_number(text: str, stop: int) -> bool:
    head = re.search(r"(?<![\d.])\d{1,3}(?:\.\d{3})+$", text[max(0, stop - 24) : stop])
    return bool(head and _THOUSANDS.match(text, stop - len(head.group(0))))


def _is_abbreviation(text: str, piece_start: int, stop: int) -> bool:
    word_start = stop
    while word_start > piece_start and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"“":
        word_start -= 1
    word = text[word_start:stop].lower().rstrip(".")
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "M. Contoh Wiryawan"
    if word.isdigit() and len(word) <= 2 and not text[piece_start:word_start].strip():
        return True  # a list marker at the start of a line: "1. PRIANGGORO AGUNG WIBOWO"
    return word in _ABBREVIATIONS or word.replace(".", "") in _ABBREVIATIONS


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
