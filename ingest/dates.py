"""Find dates in Indonesian and English text: "Senin (19/5/2025)", "Kamis (2/10)", "19 Mei 2025",
"1 Juli 2025", "(01-02-2024)", "May 19, 2025", "Februari 2026".

Pure functions. A mention without a year ("Kamis (2/10)") takes the year the caller infers from
the document (`default_year`); without one it is kept as stated with no ISO date.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}
MONTH_NAMES_ID = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                  "September", "Oktober", "November", "Desember"]
MONTH_NAMES_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_NAME = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WEEKDAY = r"(?:" + _WEEKDAY_NAME + r"\s*,?\s*)?"

_PATTERNS = [
    # Senin (19/5/2025), Kamis (2/10), (01-02-2024)
    re.compile(_WEEKDAY + r"\((?P<day>\d{1,2})[/\-.](?P<mon>\d{1,2})(?:[/\-.](?P<year>\d{2}|\d{4}))?\)", re.I),
    # 19 Mei 2025, Kamis, 29 Januari 2026, 20 Februari (year inferred)
    re.compile(_WEEKDAY + r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"(?:\s+(?P<year>\d{4}))?\b", re.I),
    # May 19, 2025
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b", re.I),
    # 2025-05-19
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
    # 19/5/2025, 01-02-2024 without brackets, not inside a reference number like 07.1/01/2024
    re.compile(r"(?<![\w./\-])(?P<day>\d{1,2})([/\-.])(?P<mon>\d{1,2})\2(?P<year>\d{4})(?![\w/\-])"),
    # Jumat 01/08/25: a two-digit year only right after a weekday
    re.compile(r"\b" + _WEEKDAY_NAME + r"\s*,?\s*(?P<day>\d{1,2})/(?P<mon>\d{1,2})/(?P<year>\d{2})(?![\w/])", re.I),
    # Februari 2026 (month precision)
    re.compile(r"\b" + _MONTH + r"\s+(?P<year>\d{4})\b", re.I),
]


@dataclass(frozen=True)
class DateMention:
    iso: str  # "YYYY-MM-DD", "YYYY-MM" for month precision, "" when the year is unknown
    as_stated: str
    start: int
    end: int
    has_year: bool


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """Every date mention in `text`, in order, without overlaps (the earlier pattern wins)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            mention = _to_mention(match, default_year)
            if mention is not None:
                found.append(mention)
                taken.append((start, end))
    return sorted(found, key=lambda m: m.start)


def parse_date(text: str, default_year: int | None = None) -> str:
    """The ISO form of the first date in `text`, or ""."""
    for mention in find_dates(text, default_year):
        if mention.iso:
            return mention.iso
    return ""


def infer_year(text: str) -> int | None:
    """The year a document speaks of: the most frequent explicit year of its full date mentions."""
    years = Counter(int(m.iso[:4]) for m in find_dates(text) if m.has_year and m.iso)
    if years:
        return years.most_common(1)[0][0]
    loose = Counter(int(y) for y in re.findall(r"\b(20[0-4]\d|19[89]\d)\b", text))
    return loose.most_common(1)[0][0] if loose else None


def format_date(iso: str, language: str = "id") -> str:
    """'2025-05-19' → '19 Mei 2025' (id) or '19 May 2025' (en); month precision → 'Mei 2025'."""
    if not iso:
        return ""
    names = MONTH_NAMES_EN if language == "en" else MONTH_NAMES_ID
    parts = iso.split("-")
    if len(parts) == 2:
        return f"{names[int(parts[1])]} {parts[0]}"
    return f"{int(parts[2])} {names[int(parts[1])]} {parts[0]}"


def _to_mention(match: re.Match, default_year: int | None) -> DateMention | None:
    groups = match.groupdict()
    month = MONTHS[groups["month"].lower()] if groups.get("month") else int(groups["mon"])
    day = int(groups["day"]) if groups.get("day") else None
    year_text = groups.get("year")
    has_year = bool(year_text)
    year = int(year_text) if year_text else default_year
    if year is not None and year < 100:
        year += 2000
    as_stated = match.group(0).strip()
    if day is None:
        if year is None or not 1 <= month <= 12:
            return None
        return DateMention(f"{year:04d}-{month:02d}", as_stated, match.start(), match.end(), has_year)
    if year is None:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return DateMention("", as_stated, match.start(), match.end(), False)
    try:
        iso = date(year, month, day).isoformat()
    except ValueError:
        return None
    return DateMention(iso, as_stated, match.start(), match.end(), has_year)
