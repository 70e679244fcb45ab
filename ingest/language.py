"""Tell Indonesian from English by their commonest function words. Pure and fast."""

from __future__ import annotations

import re

_ID = set(
    "yang dan di ke dari dengan untuk pada dalam ini itu adalah atau juga akan oleh tidak sebagai "
    "apa siapa kapan mana berapa bagaimana mengapa saja para serta telah sudah tersebut kerja sama "
    "dapat lebih antara bagi karena tentang".split()
)
_EN = set(
    "the and of to in for on with by is are was were which who what when where how many much did "
    "does do that this from at as an a be has have it its their they whom whose sign signed".split()
)
_WORD = re.compile(r"[a-zA-Z']+")


def detect_language(text: str, default: str = "id") -> str:
    """'id' or 'en'; ties and texts without function words fall back to `default`."""
    words = [w.lower() for w in _WORD.findall(text)]
    id_score = sum(w in _ID for w in words)
    en_score = sum(w in _EN for w in words)
    if id_score == en_score:
        return default
    return "en" if en_score > id_score else "id"
