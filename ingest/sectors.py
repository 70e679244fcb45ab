"""The controlled sector vocabulary (ingest/data/sectors.tsv), with Indonesian and English labels."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PATH = Path(__file__).parent / "data" / "sectors.tsv"


@dataclass(frozen=True)
class Sector:
    id: str
    label_id: str
    label_en: str
    pattern: re.Pattern


@lru_cache(maxsize=1)
def sectors(path: Path = PATH) -> tuple[Sector, ...]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise ValueError(f"{path}:{number}: expected 4 tab-separated fields, got {len(parts)}")
        sid, label_id, label_en, keywords = parts
        out.append(Sector(sid, label_id, label_en, re.compile(r"(?<![\w])(?:" + keywords + r")", re.I)))
    return tuple(out)


def sectors_in(text: str) -> list[tuple[Sector, re.Match]]:
    """Each sector the text speaks of, with its first matching keyword."""
    found = []
    for sector in sectors():
        match = sector.pattern.search(text)
        if match:
            found.append((sector, match))
    return found


def sector_label(sector_id: str, language: str) -> str:
    for sector in sectors():
        if sector.id == sector_id:
            return sector.label_en if language == "en" else sector.label_id
    return sector_id
