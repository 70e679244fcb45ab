"""Lenient matching of an expected item against an answer: "3" ~ "tiga", "24/10/2025" ~
"24 Oktober 2025", "Lapas Garut" ~ "Lapas Kelas IIA Garut". Used by the evaluation."""

from __future__ import annotations

import re

from assistant.evidence import NUMBER_WORDS
from ingest.dates import find_dates, infer_year

_TOKEN = re.compile(r"[a-z0-9]+")
MAX_GAP = 3


def normalise(text: str, default_year: int | None = None) -> list[str]:
    """Lower-case word tokens with dates as one ISO token and number words as digits."""
    pieces: list[str] = []
    last = 0
    for mention in find_dates(text, default_year):
        pieces.append(text[last : mention.start])
        pieces.append(f" date{mention.iso.replace('-', '')} " if mention.iso else text[mention.start : mention.end])
        last = mention.end
    pieces.append(text[last:])
    tokens = _TOKEN.findall("".join(pieces).lower())
    return [str(NUMBER_WORDS[t]) if t in NUMBER_WORDS else t for t in tokens]


def item_in_text(item: str, text: str) -> bool:
    if " ".join(item.lower().split()) in " ".join(text.lower().split()):
        return True
    year = infer_year(text)
    wanted = normalise(item, year)
    have = normalise(text, year)
    if not wanted:
        return True
    return _in_order(wanted, have)


def _in_order(wanted: list[str], have: list[str]) -> bool:
    """All wanted tokens appear in order, each within MAX_GAP tokens of the previous one."""
    for begin, token in enumerate(have):
        if token != wanted[0]:
            continue
        position, ok = begin, True
        for w in wanted[1:]:
            window = have[position + 1 : position + 2 + MAX_GAP]
            if w not in window:
                ok = False
                break
            position = position + 1 + window.index(w)
        if ok:
            return True
    return False
