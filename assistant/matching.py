"""Lenient matching of an expected item against an answer: "3" ~ "tiga", "24/10/2025" ~
"24 Oktober 2025", "Lapas Garut" ~ "Lapas Kelas IIA Garut". Used by the evaluation."""

from __future__ import annotations

import re

from ingest.core.vocabulary import Vocabulary
from ingest.dates import find_dates, infer_year
from ingest.tokens import in_order

_TOKEN = re.compile(r"[a-z0-9]+")
MAX_GAP = 3


def normalise(text: str, vocab: Vocabulary, default_year: int | None = None) -> list[str]:
    """Lower-case word tokens with dates as one ISO token and number words as digits."""
    pieces: list[str] = []
    last = 0
    for mention in find_dates(text, vocab, default_year):
        pieces.append(text[last : mention.start])
        pieces.append(f" date{mention.iso.replace('-', '')} " if mention.iso else text[mention.start : mention.end])
        last = mention.end
    pieces.append(text[last:])
    tokens = _TOKEN.findall("".join(pieces).lower())
    return [str(vocab.numbers[t]) if t in vocab.numbers else t for t in tokens]


def item_in_text(item: str, text: str, vocab: Vocabulary) -> bool:
    if " ".join(item.lower().split()) in " ".join(text.lower().split()):
        return True
    year = infer_year(text, vocab)
    wanted = normalise(item, vocab, year)
    have = normalise(text, vocab, year)
    if not wanted:
        return True
    return in_order(wanted, have, MAX_GAP)
