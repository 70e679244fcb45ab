"""The domain glossary (assistant/data/glossary.tsv): English → Indonesian terms and Indonesian
abbreviations → full forms, used to expand keyword queries so that English questions reach
Indonesian passages ("catfish farming" → "budidaya lele")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

DEFAULT_PATH = Path(__file__).parent / "data" / "glossary.tsv"


@dataclass(frozen=True)
class Glossary:
    entries: dict[str, tuple[str, ...]]

    @cached_property
    def _pattern(self) -> re.Pattern:
        # One alternation, longest terms first: a regex scan takes the longest term at each place.
        terms = sorted(self.entries, key=len, reverse=True)
        return re.compile(r"(?<![\w'])(" + "|".join(re.escape(t) for t in terms) + r")(?![\w'])")

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> "Glossary":
        entries: dict[str, tuple[str, ...]] = {}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if "\t" not in line:
                raise ValueError(f"{path}:{number}: expected 'term<TAB>expansion|…', got {line!r}")
            term, expansions = line.split("\t", 1)
            entries[term.strip().lower()] = tuple(e.strip() for e in expansions.split("|") if e.strip())
        return cls(entries)

    def expand(self, text: str) -> list[str]:
        """The expansions of every glossary term in `text`, longest terms first, each term once.

        A term inside a longer matched term is not expanded again ("catfish farming" wins over
        "farming"): the scan takes the longest term at each place and moves past it.
        """
        lowered = " " + re.sub(r"[^\w'\- ]+", " ", text.lower()) + " "
        matches = sorted(self._pattern.finditer(lowered), key=lambda m: (-len(m.group(1)), m.start()))
        found: list[str] = []
        seen: set[str] = set()
        for match in matches:
            if match.group(1) not in seen:
                seen.add(match.group(1))
                found.extend(self.entries[match.group(1)])
        return found


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    return Glossary.load()
