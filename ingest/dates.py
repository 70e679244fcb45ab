"""Find dates in Indonesian and English text: "Senin (19/5/2025)", "Kamis (2/10)", "19 Mei 2025",
"1 Juli 2025", "(01-02-2024)", "May 19, 2025", "Februari 2026".

Pure functions. A mention without a year ("Kamis (2/10)") takes the year the caller infers from
the document (`default_year`); without one it is kept as stated with no ISO date.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from ingest.core.vocabulary import Vocabulary, word_groups, words_alternation


def _patterns(vocab: Vocabulary) -> list[re.Pattern]:
    """The date patterns, with the vocabulary's month and day names (built once per vocabulary)."""
    month = r"(?P<month>" + "|".join(re.escape(m) for m in sorted(vocab.months, key=len, reverse=True)) + r")\.?"
    weekday_name = r"(?:" + "|".join(re.escape(d) for d in vocab.weekdays) + r")"
    weekday = r"(?:" + weekday_name + r"\s*,?\s*)?"
    return [
        # Senin (19/5/2025), Kamis (2/10), (01-02-2024)
        re.compile(weekday + r"\((?P<day>\d{1,2})[/\-.](?P<mon>\d{1,2})(?:[/\-.](?P<year>\d{2}|\d{4}))?\)", re.I),
        # 19 Mei 2025, Kamis, 29 Januari 2026, 20 Februari (year inferred)
        re.compile(weekday + r"\b(?P<day>\d{1,2})\s+" + month + r"(?:\s+(?P<year>\d{4}))?\b", re.I),
        # May 19, 2025
        re.compile(r"\b" + month + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b", re.I),
        # 2025-05-19
        re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
        # 19/5/2025, 01-02-2024 without brackets, not inside a reference number like 07.1/01/2024
        re.compile(r"(?<![\w./\-])(?P<day>\d{1,2})([/\-.])(?P<mon>\d{1,2})\2(?P<year>\d{4})(?![\w/\-])"),
        # Jumat 01/08/25: a two-digit year only right after a weekday
        re.compile(r"\b" + weekday_name + r"\s*,?\s*(?P<day>\d{1,2})/(?P<mon>\d{1,2})/(?P<year>\d{2})(?![\w/])", re.I),
        # Februari 2026 (month precision)
        re.compile(r"\b" + month + r"\s+(?P<year>\d{4})\b", re.I),
    ]


@dataclass(frozen=True)
class DateMention:
    iso: str  # "YYYY-MM-DD", "YYYY-MM" for month precision, "" when the year is unknown
    as_stated: str
    start: int
    end: int
    has_year: bool
    month_day: str = ""  # "11-05" for a day and month, whatever is known of the year


def find_dates(text: str, vocab: Vocabulary, default_year: int | None = None) -> list[DateMention]:
    """Every date mention in `text`, in order, without overlaps (the earlier pattern wins; a date
    written out in words first)."""
    found = _spelled_dates(text, vocab)
    taken = [(m.start, m.end) for m in found]
    for pattern in vocab.memo("date_patterns", _patterns):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            mention = _to_mention(match, default_year, vocab)
            if mention is not None:
                found.append(mention)
                taken.append((start, end))
    return sorted(found, key=lambda m: m.start)


def _spelled_dates(text: str, vocab: Vocabulary) -> list[DateMention]:
    """Dates written out as agreements open: "tanggal dua belas bulan Maret tahun dua ribu dua puluh
    enam" (spelled_dates.tsv; a day in digits may be spelled again in brackets, "tanggal 6 (enam) bulan Mei"), its parts also set off by commas ("tanggal dua belas, bulan Maret, tahun
    …"), the words before the month and the year optional ("tanggal dua belas Maret tahun …"), the
    day and year in words or in digits; without the words before the
    day, month and year, the day and year in words: "tiga April dua ribu dua puluh enam"."""
    def build(v: Vocabulary) -> tuple[tuple[re.Pattern, re.Pattern], dict[str, str]]:
        groups = word_groups("spelled_dates.tsv", v.folder)
        meaning = {w.lower(): kind for kind, words in groups.items() for w in words if kind not in ("day", "month", "year")}
        in_words = r"(?:(?:" + words_alternation(meaning) + r")\b\s*)+"
        number = r"(?:\d{1,4}|" + in_words + ")"
        month = "|".join(re.escape(m) for m in sorted(v.months, key=len, reverse=True))
        # the day in digits may be spelled again in brackets: "tanggal 6 (enam) bulan Mei tahun 2027"
        marked = re.compile(rf"\b(?:{words_alternation(groups['day'])})\s+(?P<day>{number})(?:\s*\({in_words}\))?\s*,?\s*(?:(?:{words_alternation(groups['month'])})\s+)?"
                            rf"(?P<month>{month})(?:\s*,\s*|\s+)(?:(?:{words_alternation(groups['year'])})\s+)?(?P<year>{number})", re.I)
        bare = re.compile(rf"\b(?P<day>{in_words})(?P<month>{month})\s+(?P<year>{in_words})", re.I)
        return (marked, bare), meaning

    patterns, meaning = vocab.memo("spelled_dates", build)
    found = []
    for match in (m for pattern in patterns for m in pattern.finditer(text)):
        if any(f.start <= match.start() < f.end for f in found):
            continue
        day, year = _spelled_number(match.group("day"), meaning), _spelled_number(match.group("year"), meaning)
        try:
            iso = date(year, vocab.months[match.group("month").lower()], day).isoformat()
        except (TypeError, ValueError):
            continue
        if year < 1900:  # "dua April tiga puluh …" is no date
            continue
        end = match.start() + len(match.group(0).rstrip())
        found.append(DateMention(iso, text[match.start() : end], match.start(), end, True, iso[5:]))
    return found


def _spelled_number(words: str, meaning: dict[str, str]) -> int | None:
    """"dua ribu dua puluh enam" → 2026, "dua belas" → 12, "12" → 12; None for what is no number."""
    if words.strip().isdigit():
        return int(words)
    total = current = 0
    for word in words.lower().split():
        kind = meaning.get(word)
        if kind is None:
            return None
        if kind.startswith("+"):
            current += int(kind[1:])
        elif kind.startswith("x"):
            factor = int(kind[1:])
            if factor >= 1000:
                total, current = total + (current or 1) * factor, 0
            else:
                current = (current or 1) * factor
        elif int(kind) >= 1000:
            total += int(kind)
        else:
            current += int(kind)
    return total + current or None


@dataclass(frozen=True)
class TimeMention:
    as_stated: str  # "pukul 09.30 WIB", "9:30 a.m."
    start: int
    end: int
    hour: int  # where the hour starts (after "pukul")


def find_times(text: str, vocab: Vocabulary) -> list[TimeMention]:
    """Every time of day in `text`: an hour after a word that introduces one ("pukul 09.30", "jam 10")
    or an hour and minutes before a time zone or half of the day ("09.30 WIB", "9:30 a.m."); a zone
    after a time introduced by a word belongs to it ("pukul 09.30 WIB")."""
    def build(v: Vocabulary) -> re.Pattern:
        before = "|".join(re.escape(w) for w in sorted(v.time_words.get("before", ()), key=len, reverse=True))
        after = "|".join(re.escape(w) for w in sorted(v.time_words.get("after", ()), key=len, reverse=True))
        hour = r"(?:[01]?\d|2[0-3])"
        zone = rf"(?:\s*(?:{after})(?!\w|\.\w))"  # a full stop may end the sentence after it ("pukul 10.00 WIT.")
        return re.compile(rf"\b(?:(?:{before})\s+(?P<a>{hour}(?:[.:][0-5]\d)?{zone}?)|(?P<b>{hour}(?:[.:][0-5]\d)?{zone}))(?!\d)", re.I)

    pattern = vocab.memo("time_pattern", build)
    return [TimeMention(m.group(0), m.start(), m.end(), m.start("a") if m.group("a") else m.start("b")) for m in pattern.finditer(text)]


@dataclass(frozen=True)
class RelativeDay:
    as_stated: str  # "Sehari kemudian", "Senin lalu"
    start: int
    end: int
    days: int  # added to the anchor's date
    anchor: str  # "event": the signing told before; "report": the report's own date
    weekday: int = 0  # "Senin lalu": the last day of this ISO number before the anchor (days unused)


_DATELINE_DASH_RE = re.compile(r"\s*[–—-]\s")


def ends_dateline(text: str, end: int) -> bool:
    """Does a date ending at `end` close a dateline ("Kota, 6 November 2025 – …"): the report's day, not
    an event's?"""
    return bool(_DATELINE_DASH_RE.match(text[end : end + 4]))


def find_relative_days(text: str, vocab: Vocabulary) -> list[RelativeDay]:
    """Every day `text` tells relative to another (relative_days.tsv): "sehari kemudian" (the signing
    told before + 1), "kemarin" (the report's date − 1), "Senin lalu" / "last Monday" (the last Monday
    before the report's date). A weekday phrase wins over the same word alone ("Senin kemarin" is no
    "kemarin")."""
    def build(v: Vocabulary) -> list[tuple[re.Pattern, int, str]]:
        day = r"(?P<day>" + "|".join(re.escape(d) for d in sorted(v.weekdays, key=len, reverse=True)) + r")"
        built = []
        for phrase, days, anchor in v.relative_days:
            words = re.escape(phrase).replace(r"\ ", r"\s+")
            if anchor == "past weekday":
                built.append((re.compile(r"\b" + day + r"\s+(?:" + words + r")\b", re.I), 0, "report"))
            elif anchor == "last weekday":
                built.append((re.compile(r"\b(?:" + words + r")\s+" + day + r"\b", re.I), 0, "report"))
            else:
                built.append((re.compile(r"\b" + words + r"\b", re.I), days, anchor))
        return sorted(built, key=lambda b: "day" not in b[0].groupindex)  # weekday phrases first

    found: list[RelativeDay] = []
    for pattern, days, anchor in vocab.memo("relative_days", build):
        for match in pattern.finditer(text):
            if any(match.start() < f.end and f.start < match.end() for f in found):
                continue
            weekday = vocab.weekdays[match.group("day").lower()] if "day" in match.groupdict() else 0
            found.append(RelativeDay(match.group(0), match.start(), match.end(), days, anchor, weekday))
    return sorted(found, key=lambda r: r.start)


def resolve_relative(relative: RelativeDay, anchor_iso: str) -> str:
    """The ISO date a relative day names, counted from a full anchor date ('' without one)."""
    if len(anchor_iso) != 10:
        return ""
    anchor = date.fromisoformat(anchor_iso)
    if relative.weekday:
        back = (anchor.isoweekday() - relative.weekday) % 7 or 7
        return (anchor - timedelta(days=back)).isoformat()
    return (anchor + timedelta(days=relative.days)).isoformat()


def parse_date(text: str, vocab: Vocabulary, default_year: int | None = None) -> str:
    """The ISO form of the first date in `text`, or ""."""
    for mention in find_dates(text, vocab, default_year):
        if mention.iso:
            return mention.iso
    return ""


def infer_year(text: str, vocab: Vocabulary, loose: bool = True) -> int | None:
    """The year a document speaks of: the most frequent explicit year of its full date mentions;
    with `loose`, else the most frequent year-like number anywhere in the text."""
    years = Counter(int(m.iso[:4]) for m in find_dates(text, vocab) if m.has_year and m.iso)
    if years:
        return years.most_common(1)[0][0]
    if not loose:
        return None
    loose = Counter(int(y) for y in re.findall(r"\b(20[0-4]\d|19[89]\d)\b", text))
    return loose.most_common(1)[0][0] if loose else None


def format_date(iso: str, vocab: Vocabulary, language: str = "id", weekday: bool = False) -> str:
    """'2025-05-19' → '19 Mei 2025' (id) or '19 May 2025' (en); month precision → 'Mei 2025'; with
    `weekday`, a full date leads with its day's name ('Senin, 19 Mei 2025')."""
    if not iso:
        return ""
    names = vocab.month_names["en" if language == "en" else "id"]
    parts = iso.split("-")
    if len(parts) == 2:
        return f"{names[int(parts[1])]} {parts[0]}"
    text = f"{int(parts[2])} {names[int(parts[1])]} {parts[0]}"
    if weekday:
        day = vocab.weekday_names["en" if language == "en" else "id"][weekday_of(iso)]
        text = f"{day}, {text}"
    return text


def weekday_of(iso: str) -> int:
    """The ISO day number (1 Monday … 7 Sunday) of a full 'YYYY-MM-DD' date."""
    return date.fromisoformat(iso).isoweekday()


def states_weekday(text: str, iso: str, vocab: Vocabulary) -> bool:
    """Does `text` name the day of the week of this full date ("Sabtu (13/9/2025)")?"""
    day = weekday_of(iso)
    return any(number == day and re.search(rf"\b{re.escape(word)}\b", text, re.I) for word, number in vocab.weekdays.items())


def _to_mention(match: re.Match, default_year: int | None, vocab: Vocabulary) -> DateMention | None:
    groups = match.groupdict()
    month = vocab.months[groups["month"].lower()] if groups.get("month") else int(groups["mon"])
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
        return DateMention("", as_stated, match.start(), match.end(), False, f"{month:02d}-{day:02d}")
    try:
        iso = date(year, month, day).isoformat()
    except ValueError:
        return None
    return DateMention(iso, as_stated, match.start(), match.end(), has_year, f"{month:02d}-{day:02d}")
