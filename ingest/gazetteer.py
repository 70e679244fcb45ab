"""Places → provinces, from ingest/data/gazetteer.tsv. Pure lookups over text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PATH = Path(__file__).parent / "data" / "gazetteer.tsv"


@dataclass(frozen=True)
class PlaceMention:
    place: str
    province: str
    start: int
    end: int


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, str]  # lower-case place → province
    pattern: re.Pattern

    @classmethod
    def load(cls, path: Path = PATH) -> "Gazetteer":
        places: dict[str, str] = {}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                raise ValueError(f"{path}:{number}: expected 'place<TAB>province', got {line!r}")
            place, province = (part.strip() for part in line.split("\t", 1))
            places[place.lower()] = province
        names = sorted(places, key=len, reverse=True)
        # Places are proper names: match only capitalised (or all-capitals) occurrences.
        alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
        return cls(places, re.compile(r"(?<![\w-])(" + alternatives + r")(?![\w-])", re.IGNORECASE))

    def mentions(self, text: str) -> list[PlaceMention]:
        found = []
        for match in self.pattern.finditer(text):
            word = match.group(1)
            if not word[:1].isupper():
                continue
            key = " ".join(word.lower().split())
            found.append(PlaceMention(word, self.places[key], match.start(), match.end()))
        return found

    def province_of(self, text: str) -> str:
        """The province of the first place named in `text` ("" if none)."""
        mentions = self.mentions(text)
        return mentions[0].province if mentions else ""

    def most_common_province(self, text: str) -> str:
        counts = Counter(m.province for m in self.mentions(text))
        return counts.most_common(1)[0][0] if counts else ""

    def provinces(self) -> set[str]:
        return set(self.places.values())


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()
