"""The one vocabulary: every word list of the field, read once from `ingest/data/vocabulary/`.

Code holds patterns and logic; the words they use live in these files:

| file | what |
| --- | --- |
| organisations.tsv | organisation head words and their kind ("correctional" for the correctional side) |
| roles.tsv | roles, titles, ranks and honorifics before a person's name |
| question_words.tsv | interrogatives and cue phrases → the answer type asked for (Indonesian, English) |
| numbers.tsv | number words |
| months.tsv, weekdays.tsv | month and day names |
| times.tsv | how a time of day is written: the word before the hour, time zones and halves of the day after it |
| spelled_dates.tsv | dates written out in words, as agreements open: number words and the words before day, month and year |
| relative_days.tsv | days told relative to another: "sehari kemudian" (the signing before), "kemarin" (the report's date), "Senin lalu" |
| places.tsv, towns.tsv | provinces, regencies and cities (official list), well-known towns → province |
| list_words.tsv | the language of enumerations: words that introduce a list, scope words, joining words, words that open a coordinated clause |
| sectors.tsv | the controlled sector vocabulary with Indonesian and English labels |
| glossary.tsv | English → Indonesian terms and abbreviations → full forms (keyword search) |
| signing_words.tsv | the language of signing: verbs, agreement names, planned / evaluated / extended, witnesses |
| asked_nouns.tsv | nouns questions use for what they ask about (parties, units, agreements, partner kinds) |
| page_lists.tsv | headings of a web page's lists of other pages ("Berita Terkait", "Baca Juga"), read by the cleaner (`word_list`) |
| page_words.tsv | a page's furniture: the source line's label, comment forms, ad and share lines, read by the cleaner and the metadata reader (`word_groups`) |
| name_words.tsv | the small words of organisation names: connectors, "dan" inside a name, address abbreviations, the country suffix, the correctional office's word |
| role_bodies.tsv | roles that name the body their holder heads ("Bupati" → "Pemerintah Kabupaten"), for signings told through the people who signed |
| agreement_kinds.tsv | the phrases that name each kind of agreement document (a record's `agreement_type`) |
| qualifiers.tsv | the words before a number or date that say how it is meant ("lebih dari", "sejak"), kept by an answer quoting it |

`Vocabulary.load()` reads them; the object is built once (by `Services`) and passed to whatever needs
it. Patterns that modules derive from it are kept on the instance (`memo`), never in module globals.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "data" / "vocabulary"


class VocabularyError(ValueError):
    """A vocabulary file is missing or has a malformed line (names the file and the line)."""


def _rows(path: Path, columns: int) -> list[list[str]]:
    if not path.is_file():
        raise VocabularyError(f"vocabulary file {path} is missing; restore it from the repository")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [part.strip() for part in line.split("\t")]
        if len(parts) != columns:
            raise VocabularyError(f"{path}:{number}: expected {columns} tab-separated fields, got {len(parts)}: {line!r}")
        rows.append(parts)
    return rows


def word_list(file: str, folder: Path | None = None) -> tuple[str, ...]:
    """The first column of a one-column vocabulary file (for a stage that has no Vocabulary object)."""
    return tuple(row[0] for row in _rows((folder or DEFAULT_FOLDER) / file, 1))


def word_groups(file: str, folder: Path | None = None) -> dict[str, tuple[str, ...]]:
    """A two-column vocabulary file as category → phrases (for a stage that has no Vocabulary object)."""
    return _grouped(_rows((folder or DEFAULT_FOLDER) / file, 2))


def same_place(a, b, vocab: "Vocabulary") -> bool:
    """Two place mentions of one place: the same name without its area word ("Kabupaten A", "A"), or
    a province and a place in it."""
    def key(place: str) -> str:
        return vocab.asked_pattern("area").sub(" ", place).lower().strip()

    provinces = vocab.gazetteer.province_forms
    return (key(a.place) == key(b.place) or (a.place.lower() in provinces and a.province == b.province)
            or (b.place.lower() in provinces and a.province == b.province))


def words_alternation(words) -> str:
    """A regex alternation of phrases, longest first, any run of white space between their words."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _province_forms(rows: list[list[str]]) -> frozenset[str]:
    """The names of provinces in places.tsv, which (build_places.py) lists each province with its short
    forms, province after province, then the regencies and cities: they begin where a province listed
    before comes back."""
    forms, seen = set(), []
    for place, province in rows:
        if seen and province != seen[-1] and province in seen:
            break
        seen.append(province)
        forms.add(" ".join(place.lower().split()))
    return frozenset(forms)


def _grouped(rows: list[list[str]]) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for value, key in rows:
        groups.setdefault(key, []).append(value)
    return {key: tuple(values) for key, values in groups.items()}


def _weekday_names(rows: list[list[str]]) -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = {"id": [""] * 8, "en": [""] * 8}
    for word, day, use in rows:
        for language in use.split(","):
            if language in names:
                names[language][int(day)] = word.capitalize()
    return {language: tuple(values) for language, values in names.items()}


def _words_pattern(groups: dict[str, tuple[str, ...]], categories: tuple[str, ...]) -> re.Pattern:
    words = {w for c in categories for w in groups.get(c, ())}
    if not words:
        return re.compile(r"(?!x)x")  # matches nothing
    return re.compile(r"\b(" + words_alternation(words) + r")\b", re.I)


@dataclass(frozen=True)
class Sector:
    id: str
    label_id: str
    label_en: str
    pattern: re.Pattern


@dataclass(frozen=True)
class PlaceMention:
    place: str
    province: str
    start: int
    end: int


@dataclass(frozen=True)
class QuestionCue:
    phrase: str
    answer_type: str
    language: str


def _abbreviates(short: str, full: str) -> bool:
    """"bnnp" for "badan narkotika nasional provinsi", "hipka" for "himpunan pengusaha kota":
    an Indonesian abbreviation, whose letters stand in order in the full form (no English gloss)."""
    if " " in short or not full.startswith(short[:1]):
        return False
    rest = iter(full)
    return all(char in rest for char in short)


@dataclass(frozen=True)
class Glossary:
    """English → Indonesian terms and abbreviations → full forms, to expand keyword queries."""

    entries: dict[str, tuple[str, ...]]

    @cached_property
    def _pattern(self) -> re.Pattern:
        # One alternation, longest terms first: a regex scan takes the longest term at each place. A term
        # may end in an English possessive ("the detention centre's agreement" names a detention centre).
        terms = sorted(self.entries, key=len, reverse=True)
        return re.compile(r"(?<![\w'])(" + "|".join(re.escape(t) for t in terms) + r")(?:(?![\w'])|(?='s(?![\w'])))")

    def with_initials(self, initials: dict[str, str]) -> Glossary:
        """This glossary with each place's initials spelled out (`_regency_initials`), where the file
        gives the initials no meaning of its own."""
        return Glossary({**{i: (name,) for i, name in initials.items() if i not in self.entries}, **self.entries})

    @classmethod
    def load(cls, path: Path) -> Glossary:
        entries: dict[str, tuple[str, ...]] = {}
        for term, expansions in _rows(path, 2):
            entries[term.lower()] = tuple(e.strip() for e in expansions.split("|") if e.strip())
        return cls(entries)

    @cached_property
    def _english(self) -> dict[str, str]:
        """Indonesian phrase → the English term that names it first among its expansions ("rutan" →
        "detention centre", whose first expansion it is, not "prison", whose third it is), of those
        the earliest in the file."""
        english: dict[str, tuple[int, int, str]] = {}
        for order, (term, expansions) in enumerate(self.entries.items()):
            if not term.isascii() or " " not in term and len(term) < 4:
                continue
            for position, expansion in enumerate(expansions):
                if not _abbreviates(term, expansion.lower()):
                    english[expansion.lower()] = min(english.get(expansion.lower(), (position, order, term)), (position, order, term))
        return {phrase: term for phrase, (_, _, term) in english.items()}

    @cached_property
    def _back_pattern(self) -> re.Pattern:
        phrases = sorted(self._english, key=len, reverse=True)
        return re.compile(r"(?<![\w'])(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w'])")

    def back(self, text: str) -> list[str]:
        """The English terms of the Indonesian phrases in `text` ("Kantor Wilayah Sumatera Utara" →
        "regional office", "north sumatra"), longest phrases first, each once: an Indonesian question's
        keywords for a report written in English."""
        lowered = " " + re.sub(r"[^\w'\- ]+", " ", text.lower()) + " "
        return list(dict.fromkeys(self._english[m.group(1)] for m in self._back_pattern.finditer(lowered)))

    @cached_property
    def _back_pattern_any_case(self) -> re.Pattern:
        return re.compile(self._back_pattern.pattern, re.I)

    @cached_property
    def _short_forms(self) -> dict[str, tuple[str, ...]]:
        """Each abbreviation and full form a glossary pair holds (one of the pair abbreviates the other:
        "kalapas" / "kepala lapas"), to the other forms it has, both ways."""
        forms: dict[str, list[str]] = {}
        for term, expansions in self.entries.items():
            for expansion in expansions:
                full = expansion.lower()
                if _abbreviates(term, full) or _abbreviates(full, term):
                    forms.setdefault(term, []).append(full)
                    forms.setdefault(full, []).append(term)
        return {phrase: tuple(dict.fromkeys(others)) for phrase, others in forms.items()}

    @cached_property
    def _short_forms_pattern(self) -> re.Pattern:
        phrases = sorted(self._short_forms, key=len, reverse=True)
        return re.compile(r"(?<![\w'])(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w'])", re.I)

    def said_as(self, text: str, passage: str, kept: Callable[[str], bool] = lambda full: True) -> str:
        """`text` with each abbreviation or full form (a glossary pair, one of which abbreviates the
        other: "Kepala Lapas" / "Kalapas"; of those, the pairs whose full form is `kept`) that the passage
        does not say said as the passage says it: "Siapa Kepala Lapas A?" put to "Kalapas A, Nama,
        menjelaskan …" as "Siapa Kalapas A?"."""
        said = " " + re.sub(r"[^\w'\- ]+", " ", passage.lower()) + " "

        def form(match: re.Match) -> str:
            phrase = " ".join(match.group(1).lower().split())
            if f" {phrase} " in said:
                return match.group(0)
            for other in self._short_forms.get(phrase, ()):
                full = other if len(other) > len(phrase) else phrase
                if kept(full) and f" {other} " in said:  # as the passage writes it: "Kalapas", "PM"
                    written = re.search(r"(?<![\w'])" + r"\s+".join(map(re.escape, other.split())) + r"(?![\w'])", passage, re.I)
                    return written.group(0) if written else other
            return match.group(0)

        return self._short_forms_pattern.sub(form, text)

    def in_english(self, text: str) -> str:
        """`text` with each Indonesian phrase the glossary names in English said in English, longest
        phrases first, other words kept ("Siapa Direktur Jenderal Pemasyarakatan yang …" → "Siapa
        director general of corrections yang …"): an Indonesian question as put to a report written
        in English."""
        return self._back_pattern_any_case.sub(lambda m: self._english[m.group(1).lower()], text)

    def gloss(self, name: str) -> str:
        """A short English gloss for an Indonesian name, from the longest glossary phrase it opens with
        ("Pondok Pesantren Al Contoh" → "islamic boarding school"), or ""."""
        words = name.lower().split()
        for n in range(min(4, len(words)), 0, -1):
            term = self._english.get(" ".join(words[:n]))
            if term:
                return term
        return ""

    def expand(self, text: str) -> list[str]:
        """The expansions of every glossary term in `text`, longest terms first, each term once.

        A term inside a longer matched term is not expanded again ("catfish farming" wins over
        "farming"): the scan takes the longest term at each place and moves past it.
        """
        return [expansion for _, expansions in self.terms(text) for expansion in expansions]

    def terms(self, text: str) -> list[tuple[str, tuple[str, ...]]]:
        """The glossary terms in `text` with their expansions, longest terms first, each term once."""
        lowered = " " + re.sub(r"[^\w'\- ]+", " ", text.lower()) + " "
        matches = sorted(self._pattern.finditer(lowered), key=lambda m: (-len(m.group(1)), m.start()))
        found: dict[str, tuple[str, ...]] = {}
        for match in matches:
            found.setdefault(match.group(1), self.entries[match.group(1)])
        return list(found.items())


MENTIONS_KEPT = 4096  # texts whose place mentions a Gazetteer keeps


def _regency_initials(places: dict[str, str]) -> dict[str, str]:
    """A regency of three words or more by its initials, as names write it ("Kemenag TTU" for the
    Kabupaten Timor Tengah Utara's): initials → the regency's words, for each "kabupaten …" of the
    gazetteer; initials two regencies share stand for neither."""
    found: dict[str, set[str]] = {}
    for place in places:
        words = place.split()
        if words[0] == "kabupaten" and len(words) >= 4 and all(w.isalpha() for w in words[1:]):
            found.setdefault("".join(w[0] for w in words[1:]), set()).add(" ".join(words[1:]))
    return {initials: next(iter(names)) for initials, names in found.items() if len(names) == 1}


@dataclass(frozen=True)
class Gazetteer:
    """Places → provinces. Places are proper names: only capitalised occurrences count."""

    places: dict[str, str]  # lower-case place → province
    province_forms: frozenset[str] = frozenset()  # lower-case names of provinces ("daerah istimewa yogyakarta", "jabar")

    @cached_property
    def pattern(self) -> re.Pattern:
        names = sorted(self.places, key=len, reverse=True)
        alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
        return re.compile(r"(?<![\w-])(" + alternatives + r")(?![\w-])", re.IGNORECASE)

    @cached_property
    def _told(self) -> dict[str, tuple[PlaceMention, ...]]:
        return {}

    def mentions(self, text: str) -> list[PlaceMention]:
        """The places named in `text`, in order. An answer asks about the same passages and sentences many
        times (each span's checks): the last texts' mentions are kept (MENTIONS_KEPT)."""
        told = self._told
        if (kept := told.get(text)) is not None:
            return list(kept)
        found = []
        for match in self.pattern.finditer(text):
            word = match.group(1)
            if not word[:1].isupper():
                continue
            key = " ".join(word.lower().split())
            found.append(PlaceMention(word, self.places[key], match.start(), match.end()))
        if len(told) >= MENTIONS_KEPT:
            told.clear()
        told[text] = tuple(found)
        return found

    def province_of(self, text: str) -> str:
        """The province of the first place named in `text` ("" if none). A place written right before
        another is the first part of a longer name: "Tanjung Balai Karimun" is a town of Karimun, not
        the city of Tanjung Balai."""
        mentions = self.mentions(text)
        if not mentions:
            return ""
        first = 0
        while first + 1 < len(mentions) and not text[mentions[first].end : mentions[first + 1].start].strip():
            first += 1
        return mentions[first].province

    def most_common_province(self, text: str) -> str:
        counts = Counter(m.province for m in self.mentions(text))
        return counts.most_common(1)[0][0] if counts else ""

    def provinces(self) -> set[str]:
        return set(self.places.values())

    def names_province(self, place: str) -> bool:
        """Is this place a province (by any of its names: "Jawa Barat", "Jabar", "DIY"), not a town in it?"""
        return " ".join(place.lower().split()) in self.province_forms


@dataclass(frozen=True)
class Vocabulary:
    folder: Path
    organisation_heads: dict[str, str]  # head word → kind, in file order
    roles: dict[str, str]  # role / rank / honorific word → its kind
    question_cues: tuple[QuestionCue, ...]
    numbers: dict[str, int]
    months: dict[str, int]
    month_names: dict[str, tuple[str, ...]]  # "id" / "en" → the 12 names answers write dates with
    weekdays: dict[str, int]  # day name → ISO day number (1 Monday … 7 Sunday)
    weekday_names: dict[str, tuple[str, ...]]  # "id" / "en" → the names answers write, index 1–7
    time_words: dict[str, tuple[str, ...]]  # "before" / "after" → the words around a time of day
    relative_days: tuple[tuple[str, int, str], ...]  # (phrase, days, anchor): "sehari kemudian", 1, "event"
    gazetteer: Gazetteer
    list_words: dict[str, tuple[str, ...]]  # category → phrases
    sectors: tuple[Sector, ...]
    glossary: Glossary
    asked_nouns: dict[str, tuple[str, ...]]  # category → nouns
    signing_words: dict[str, tuple[str, ...]]  # category → phrases
    _memo: dict = field(default_factory=dict, repr=False, compare=False)
    _lock: Any = field(default_factory=threading.RLock, repr=False, compare=False)

    @classmethod
    def load(cls, folder: Path | None = None) -> Vocabulary:
        folder = Path(folder) if folder else DEFAULT_FOLDER
        months: dict[str, int] = {}
        names: dict[str, list[str]] = {"id": [""] * 13, "en": [""] * 13}
        for word, number, use in _rows(folder / "months.tsv", 3):
            months[word.lower()] = int(number)
            for language in use.split(","):
                if language in names:
                    names[language][int(number)] = word.capitalize()
        places: dict[str, str] = {}
        rows = {file: _rows(folder / file, 2) for file in ("places.tsv", "towns.tsv")}
        for place, province in rows["places.tsv"] + rows["towns.tsv"]:
            places.setdefault(" ".join(place.lower().split()), province)
        asked_nouns = _grouped(_rows(folder / "asked_nouns.tsv", 2))
        areas = {w.lower() for w in asked_nouns.get("area", ())}  # "Kabupaten A" is not joined
        for place, province in list(places.items()):  # a name of several words also written as one: "Waykanan"
            if " " in place and "." not in place and not areas & set(place.split()):
                places.setdefault(place.replace(" ", ""), province)
        weekdays = _rows(folder / "weekdays.tsv", 3)
        sectors = tuple(
            Sector(sid, label_id, label_en, re.compile(r"(?<![\w])(?:" + keywords + r")", re.I))
            for sid, label_id, label_en, keywords in _rows(folder / "sectors.tsv", 4)
        )
        return cls(
            folder=folder,
            organisation_heads={head: kind for head, kind in _rows(folder / "organisations.tsv", 2)},
            roles={word: kind for word, kind in _rows(folder / "roles.tsv", 2)},
            question_cues=tuple(QuestionCue(p.lower(), t, lang) for p, t, lang in _rows(folder / "question_words.tsv", 3)),
            numbers={word.lower(): int(value) for word, value in _rows(folder / "numbers.tsv", 2)},
            months=months,
            month_names={language: tuple(values) for language, values in names.items()},
            weekdays={word.lower(): int(day) for word, day, _ in weekdays},
            weekday_names=_weekday_names(weekdays),
            time_words=_grouped(_rows(folder / "times.tsv", 2)),
            relative_days=tuple((phrase.lower(), int(days), anchor) for phrase, days, anchor in _rows(folder / "relative_days.tsv", 3)),
            gazetteer=Gazetteer(places, _province_forms(rows["places.tsv"])),
            list_words=_grouped(_rows(folder / "list_words.tsv", 2)),
            sectors=sectors,
            glossary=Glossary.load(folder / "glossary.tsv").with_initials(_regency_initials(places)),
            asked_nouns=asked_nouns,
            signing_words=_grouped(_rows(folder / "signing_words.tsv", 2)),
        )

    def memo(self, key: str, build: Callable[[Vocabulary], Any]) -> Any:
        """A value derived from this vocabulary (a compiled pattern, a word set), built once per instance."""
        try:
            return self._memo[key]
        except KeyError:
            with self._lock:
                if key not in self._memo:
                    self._memo[key] = build(self)
                return self._memo[key]

    # -- small lookups -----------------------------------------------------------------------------
    def asked_pattern(self, *categories: str) -> re.Pattern:
        """Whole-word, case-insensitive pattern of the asked nouns of these categories."""
        return self.memo("asked:" + "|".join(categories), lambda v: _words_pattern(v.asked_nouns, categories))

    def list_pattern(self, *categories: str) -> re.Pattern:
        """Whole-word, case-insensitive pattern of the list words of these categories."""
        return self.memo("list:" + "|".join(categories), lambda v: _words_pattern(v.list_words, categories))

    def signing_pattern(self, *categories: str) -> re.Pattern:
        """Whole-word, case-insensitive pattern of the signing words of these categories."""
        return self.memo("signing:" + "|".join(categories), lambda v: _words_pattern(v.signing_words, categories))

    def qualifier_pattern(self) -> re.Pattern:
        """Whole-word, case-insensitive pattern of the qualifiers of a number or date (qualifiers.tsv)."""
        return self.memo("qualifiers", lambda v: _words_pattern(
            _grouped([[phrase, kind] for phrase, kind, _ in _rows(v.folder / "qualifiers.tsv", 3)]), ("bound", "start", "end")))

    def date_part_pattern(self) -> re.Pattern:
        """Whole-word, case-insensitive pattern of the words written before a date's day, month or year
        ("tanggal", "bulan", "tahun": spelled_dates.tsv)."""
        return self.memo("date_parts", lambda v: _words_pattern(
            _grouped(_rows(v.folder / "spelled_dates.tsv", 2)), ("day", "month", "year")))

    def qualifier_kind(self, phrase: str) -> str:
        """A qualifier's category in qualifiers.tsv (bound, start, end), or "" for another phrase."""
        kinds = self.memo("qualifier_kinds", lambda v: {
            " ".join(p.lower().split()): kind for p, kind, _ in _rows(v.folder / "qualifiers.tsv", 3)})
        return kinds.get(" ".join(phrase.lower().split()), "")

    def qualifier_in_english(self, phrase: str) -> str:
        """How an English answer writes a qualifier (qualifiers.tsv: "sejak" → "since"; an English one as it is)."""
        english = self.memo("qualifiers_en", lambda v: {
            " ".join(p.lower().split()): e for p, _, e in _rows(v.folder / "qualifiers.tsv", 3) if e != "-"})
        return english.get(" ".join(phrase.lower().split()), phrase)

    def question_in_english(self, question: str) -> str:
        """An Indonesian question as put to a report written in English: its glossary terms said in English
        (`Glossary.in_english`), then its question and function words (question_english.tsv: "Di mana" →
        "where", "dan" → "and"), longest phrases first."""
        def build(v: Vocabulary) -> tuple[re.Pattern, dict[str, str]]:
            words = {" ".join(w.lower().split()): e for w, e in _rows(v.folder / "question_english.tsv", 2)}
            return re.compile(r"(?<![\w'-])(" + words_alternation(words) + r")(?![\w'-])", re.I), words

        pattern, words = self.memo("question_english", build)
        said = pattern.sub(lambda m: words[" ".join(m.group(1).lower().split())], self.glossary.in_english(question))
        return said[:1].upper() + said[1:]

    def unit_types(self, text: str) -> set[str]:
        """The kinds of correctional unit a text names (unit_types.tsv: "Lapas", "prison" → prison)."""
        patterns = self.memo("unit_types", lambda v: {
            kind: _words_pattern({kind: forms}, (kind,)) for kind, forms in _grouped(_rows(v.folder / "unit_types.tsv", 2)).items()})
        return {kind for kind, pattern in patterns.items() if pattern.search(text)}

    def unit_forms_pattern(self) -> re.Pattern:
        """Whole-word, case-insensitive pattern of every form of every kind of unit (unit_types.tsv)."""
        return self.memo("unit_forms", lambda v: _words_pattern({"": tuple(f for f, _ in _rows(v.folder / "unit_types.tsv", 2))}, ("",)))

    def agreement_kind(self, text: str) -> str:
        """The kind of agreement a text names first in agreement_kinds.tsv's order ("Perjanjian Kerja
        Sama (PKS)" for "… meneken PKS …"), or ""."""
        def build(v: Vocabulary) -> list[tuple[str, re.Pattern]]:
            kinds = _grouped([[phrase, kind] for phrase, kind in _rows(v.folder / "agreement_kinds.tsv", 2)])
            return [(kind, _words_pattern({kind: phrases}, (kind,))) for kind, phrases in kinds.items()]

        return next((kind for kind, pattern in self.memo("agreement_kinds", build) if pattern.search(text)), "")

    def heads_of_kind(self, kind: str) -> list[str]:
        return [head for head, k in self.organisation_heads.items() if k == kind]

    @property
    def correctional_heads(self) -> list[str]:
        return self.heads_of_kind("correctional")

    def sectors_in(self, text: str) -> list[tuple[Sector, re.Match]]:
        """Each sector the text speaks of, with its first matching keyword."""
        found = []
        for sector in self.sectors:
            match = sector.pattern.search(text)
            if match:
                found.append((sector, match))
        return found

    def sector(self, sector_id: str) -> Sector | None:
        return next((s for s in self.sectors if s.id == sector_id), None)

    def sector_label(self, sector_id: str, language: str) -> str:
        sector = self.sector(sector_id)
        if sector is None:
            return sector_id
        return sector.label_en if language == "en" else sector.label_id

    def number_pattern(self) -> str:
        """A regex alternation of digits and number words (longest words first)."""
        words = sorted(self.numbers, key=len, reverse=True)
        return r"(?:\d+(?:[.,]\d+)?|" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")"
