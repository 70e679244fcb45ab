"""Answers from the cooperation records: list, count and aggregate questions ("Mitra mana saja yang
mendukung perikanan di Banten?", "Berapa penandatanganan pada tahun 2022?") are answered from the
records store, every listed partner or counted agreement with its own citation to its evidence.

A question goes here when it asks for a list or a number across agreements and names at least one
filter (sector, province, town, year, kind of partner) but no single event (no full date, no unit
with its class). A list question about one signing's parties ("Instansi apa saja yang meneken MoU
dengan Lapas Kelas IIB Contoh pada 1 Mei 2025?") goes here too when a record of that unit (its kind
and town) and date exists: the record lists every party it found, each cited; so does a date
question about one unit's signing. A signing on record without named partners (or without its full
date, when the date is asked) is declined with what the record does state. Otherwise the reader
answers from the passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.bounds import asked_bound
from assistant.checks import (
    partner_kind_named,
    same_place,
    topic_units,
    unit_class,
    unit_own_words,
    units_named_before,
    units_said,
    unlisted_units,
    without_plans,
)
from assistant.cite import CitationBuilder
from assistant.question import asked_head, asks_day
from ingest.core.types import Answer, Chunk, Evidence, Partner, Record
from ingest.core.vocabulary import Vocabulary, words_alternation
from ingest.dates import find_dates, find_relative_days, format_date, resolve_relative, states_weekday
from ingest.doc_store import DocumentStore
from ingest.organisations import normalise_name, organisations
from ingest.records import area_words, name_forms, same_organisation
from ingest.records_store import RecordStore, kind_words
from ingest.sentences import sentence_spans
from ingest.tokens import is_stop_word

_YEAR_RANGE_RE = re.compile(r"\b((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2})\b")
_NOT_ON_RECORD = frozenset({"time", "money", "magnitude", "duration", "frequency", "area", "reference"})  # answer kinds no record field holds
# The partner kinds a question can ask for, each named by nouns of that category in the vocabulary.
PARTNER_KINDS = ("company", "university", "religious school", "police")


@dataclass
class EventQuery:
    unit_types: frozenset[str]  # the kinds of correctional unit named (unit_types.tsv)
    places: tuple[str, ...]  # towns or provinces named
    date: str = ""  # an ISO date or its prefix (a month, a year)
    month_day: str = ""  # "MM-DD" of a date without a year
    unit_names: tuple[str, ...] = ()  # the correctional units the question names ("Lapas A")


@dataclass
class RecordQuery:
    sector: str = ""
    province: str = ""
    town: str = ""
    years: tuple[int, ...] = ()
    partner_kind: str = ""
    partner_name: str = ""
    unit: str = ""
    count: bool = False
    event: EventQuery | None = None  # one signing's parties, not a set of agreements
    name_like: tuple[str, ...] = ()  # the kind of partner the question names ("Dinas", "sekolah"), as words of names
    count_partners: bool = False  # "Berapa mitra …": the number of one signing's partners
    unit_types: frozenset[str] = frozenset()  # the kinds of unit an across-agreements question names ("Lapas")

    def is_empty(self) -> bool:
        return not (self.sector or self.province or self.town or self.years or self.partner_kind or self.partner_name)


def _according_to_person(question: str, vocab: Vocabulary) -> bool:
    """"menurut <a person>" asks for what one person said: the passages answer that, not the records
    ("according to the records", "menurut data resmi" are the records; asked_nouns.tsv according to,
    records)."""
    pattern = vocab.memo("according_to_person", lambda v: re.compile(
        r"\b(?:" + words_alternation(v.asked_nouns.get("according to", ())) + r")\s+(?!(?:\w+\s+){0,2}?(?:"
        + words_alternation(v.asked_nouns.get("records", ())) + r")\b)[A-Z]", re.I))
    return bool(pattern.search(question))


def _year_re(vocab: Vocabulary) -> re.Pattern:
    """A year after the words that introduce one ("pada 2024", "in 2024"; asked_nouns.tsv year)."""
    return vocab.memo("asked_year", lambda v: re.compile(
        r"\b(?:" + words_alternation(v.asked_nouns.get("year", ())) + r")\s+((?:19|20)\d{2})\b", re.I))


def _names_one_unit(question: str, vocab: Vocabulary) -> bool:
    """A unit's class names one unit ("Lapas Kelas IIA A"); so does a kind of unit with its town or
    province ("Lapas A", "Kanwil Ditjenpas B"), or by words that are no known place ("Bapas A", A a town on no
    list: `unlisted_units`): its signings are one unit's, whose records the event
    query reads whole (a topic word there tells its agreement, not which of its partners to list)."""
    if unit_class(vocab).search(question) or unlisted_units(question, vocab):  # "Bapas A", A a town on no list
        return True
    places = vocab.gazetteer.mentions(question)
    return any(p.start >= m.start and p.end <= m.end for m in organisations(question, vocab) if m.correctional for p in places)


def asks_across_agreements(question: str, vocab: Vocabulary) -> bool:
    """Does the question ask for a set or a number of partners, units, provinces or agreements?"""
    head, _ = asked_head(question, vocab, counts=True)
    return bool(vocab.asked_pattern("party", "correctional", "agreement", "province").search(head))


def _partner_named(question: str, vocab: Vocabulary) -> str:
    """The partner a question names ('… signed with the BNN'), as |-separated name alternatives."""
    for mention in organisations(question, vocab):
        if mention.correctional:
            continue
        names = [mention.name] + vocab.glossary.expand(mention.name)
        return "|".join(re.escape(n) for n in dict.fromkeys(names))
    return ""


_NEXT_YEAR_RE = re.compile(r"\s*,?\s*(?:(\w+)\s+)?((?:19|20)\d{2})\b")


def _years(question: str, vocab: Vocabulary) -> tuple[int, ...]:
    """The years a question names: after a preposition ("pada 2024"), and those joined to it ("in 2024
    and 2025", "pada 2023, 2024, dan 2025"; joining words of list_words.tsv)."""
    joins = vocab.list_pattern("joins")
    years: list[int] = []
    for match in _year_re(vocab).finditer(question):
        years.append(int(match.group(1)))
        at = match.end()
        while (more := _NEXT_YEAR_RE.match(question, at)) and (more.group(1) is None or joins.fullmatch(more.group(1))):
            years.append(int(more.group(2)))
            at = more.end()
    return tuple(dict.fromkeys(years))


def _without_function_words(head: str) -> str:
    """An asked head without the function words it opens with ("Di lapas dan rutan" → "lapas dan rutan")."""
    words = head.split()
    while words and is_stop_word(words[0].lower()):
        words.pop(0)
    return " ".join(words)


def parse_record_query(question: str, vocab: Vocabulary) -> RecordQuery | None:
    """The filters of an across-agreements question, or None when it is not one."""
    if not asks_across_agreements(question, vocab) or _names_one_unit(question, vocab) or _according_to_person(question, vocab):
        return None
    if any(len(m.iso) == 10 for m in find_dates(question, vocab)):
        return None  # a full date names one event
    glossary = vocab.glossary
    query = RecordQuery(count=bool(vocab.asked_pattern("count").search(question)))
    # A sector the question itself names comes before one only its glossary expansion names.
    own = [s for s, _ in vocab.sectors_in(question)]
    expanded = [s for s, _ in vocab.sectors_in(" ".join(glossary.expand(question)))]
    found = own or expanded
    query.sector = found[0].id if found else ""
    gazetteer = vocab.gazetteer
    titled = question + " " + " ".join(e.title() for e in glossary.expand(question))
    places = gazetteer.mentions(titled)
    provinces = [p for p in places if gazetteer.names_province(p.place)]
    towns = [p for p in places if not gazetteer.names_province(p.place)]
    if provinces:
        query.province = provinces[0].province
    elif towns:
        query.town = towns[0].place
    span = _YEAR_RANGE_RE.search(question)
    if span:
        query.years = tuple(range(int(span.group(1)), int(span.group(2)) + 1))
    else:
        query.years = _years(question, vocab)
    for kind in PARTNER_KINDS:
        if vocab.asked_pattern(kind).search(question):
            query.partner_kind = kind
            break
    query.partner_name = _partner_named(question, vocab)  # "dengan Universitas A": that one, not every university
    if query.partner_kind or query.partner_name:
        query.sector = ""  # "boarding schools", "police", a named agency name the partner, not the sector
    if vocab.asked_pattern("headquarters").search(question):
        query.unit = "pemasyarakatan"
    query.unit_types = frozenset(vocab.unit_types(question))
    head, _ = asked_head(question, vocab, counts=True)
    if vocab.asked_pattern("correctional").match(_without_function_words(head)) and not vocab.signing_pattern("signed", "cooperates").search(question):
        return None  # "Berapa unit pelaksana teknis … yang akan menerapkan …", "Di lapas mana saja program A dimulai?": the passages
    if not query.partner_kind and (area := _signing_areas(question, head, vocab)):
        query.name_like = _name_like(area, vocab)  # "Which regencies signed …": the regencies, not the regional office
    if query.is_empty() or (query.town and not (query.sector or query.province or query.years or query.partner_kind or query.partner_name)):
        return None  # a town alone names one place's event: the passages answer that
    return query


def parse_event_query(question: str, vocab: Vocabulary, asked_kind: str) -> RecordQuery | None:
    """A question about one signing, naming the correctional unit's kind and its town (or a date): a
    list question asking for its parties, or a date question (its partner, when named, picks the
    signing; a date question that says no signing or agreement asks another date); or None. "Dengan
    siapa …" / "With whom …" asks for the parties, as a list question does."""
    if asked_kind == "person" and vocab.asked_pattern("counterpart").match(question.strip()):
        asked_kind = "list"
    if asked_kind not in ("list", "date", "count") or _according_to_person(question, vocab):
        return None
    if asked_kind == "date" and not vocab.signing_pattern("signed", "agreement", "cooperates").search(question):
        return None  # "Kapan panen pertama … diperkirakan?" asks no signing's date
    head, _ = asked_head(question, vocab, counts=True)
    kinds = ("party", "organisation", "agreement", "signatories", *PARTNER_KINDS)
    area = _signing_areas(question, head, vocab) if asked_kind == "list" else None
    if asked_kind == "list" and not (vocab.asked_pattern(*kinds).search(head) or vocab.asked_pattern("counterpart").search(question) or area):
        return None
    if asked_kind == "count" and not vocab.asked_pattern("party", "organisation", *PARTNER_KINDS).search(head):
        return None  # "Berapa PKS …", "Berapa warga binaan …": the passages count those
    if vocab.asked_pattern("person").search(" ".join(head.split()[:2])):
        return None  # "Which police chief …" asks for a person: the passages answer that
    types = frozenset(vocab.unit_types(question))
    places = tuple(dict.fromkeys(m.place for m in vocab.gazetteer.mentions(question)))
    dates = [d for d in find_dates(question, vocab) if d.iso or d.month_day] if asked_kind != "date" else []
    partner = (_partner_named(question, vocab) or "|".join(map(re.escape, partner_kind_named(question, vocab)))) if asked_kind == "date" else ""
    if not types or not (places or dates or partner):  # a date question's partner picks its signing too
        return None
    date = dates[0] if dates else None
    unit_names = tuple(m.name for m in organisations(question, vocab) if m.correctional) or units_named_before(question, vocab)
    event = EventQuery(types, places, date.iso if date else "", date.month_day if date and not date.iso else "", unit_names)
    query = RecordQuery(event=event, count_partners=asked_kind == "count")
    if asked_kind == "date":
        query.partner_name = partner
        return query
    for kind in PARTNER_KINDS:
        if vocab.asked_pattern(kind).search(head):
            query.partner_kind = kind
            break
    if not query.partner_kind:
        query.name_like = _name_like(vocab.asked_pattern("organisation").search(head) or area, vocab)
    return query


def _name_like(noun: re.Match | None, vocab: Vocabulary) -> tuple[str, ...]:
    """The kind of body a question asks for ("Dinas apa saja", "Which schools", "Kabupaten mana saja yang
    meneken …") as words of partners' names: that word, its singular and their glossary forms."""
    if noun is None:
        return ()
    word = noun.group(1).lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    return tuple(dict.fromkeys([word, singular, *vocab.glossary.expand(word), *vocab.glossary.expand(singular)]))


def _signing_areas(question: str, head: str, vocab: Vocabulary) -> re.Match | None:
    """The kind of area a list question opens with when the areas are what signed ("Kabupaten mana saja
    yang menandatangani …", "Which regencies signed …": their governments are the parties), or None
    ("Di kabupaten mana …", "Desa mana saja yang menjadi lokasi …" ask for places). A word that names the
    other side may open it ("Dengan kabupaten mana saja …", "With which regencies …"; signing_words.tsv
    counterpart)."""
    head = head.strip()
    if (other := vocab.signing_pattern("counterpart").match(head)) and head[other.end() : other.end() + 1].isspace():
        head = head[other.end() :].strip()
    area = vocab.asked_pattern("area").match(head)
    if area is None or not vocab.signing_pattern("signed").search(question):
        return None
    return area


def describe_date(record: Record, vocab: Vocabulary, language: str, day: bool = False) -> str:
    """The signing date in words; a day and month without a year say so ("5 November, tahun tidak disebut").
    With `day` (the question asks for the day of the week), a full date leads with its day's name when
    the cited sentence states it: the citation holds what it is cited for."""
    english = language == "en"
    if record.signing_date:
        evidence = record.evidence.get("signing_date")
        stated = day and len(record.signing_date) == 10 and evidence is not None and states_weekday(
            evidence.quote, record.signing_date, vocab)
        return format_date(record.signing_date, vocab, language, weekday=stated)
    if record.signing_month_day:
        month, day = (int(x) for x in record.signing_month_day.split("-"))
        name = vocab.month_names["en" if english else "id"][month]
        return f"{day} {name}, year not stated" if english else f"{day} {name}, tahun tidak disebut"
    return "date not stated" if english else "tanggal tidak disebut"


class RecordAnswerer:
    def __init__(self, records: RecordStore, documents: DocumentStore, vocab: Vocabulary) -> None:
        self.records = records
        self.documents = documents
        self.vocab = vocab

    def find(self, query: RecordQuery) -> list[Record]:
        found = []
        for year in query.years or (None,):
            for name in [re.sub(r"\\(.)", r"\1", n) for n in query.partner_name.split("|")] if query.partner_name else [""]:
                found += self.records.query(sector=query.sector, province=query.province, year=year,
                                            partner_kind=query.partner_kind, partner=name)
        out = []
        for record in found:
            if query.town and not any(query.town.lower() in u.lower() for u in record.units + [record.place]):
                continue
            if query.unit and not any(query.unit in u.lower() for u in record.units):
                continue
            if record.id not in {r.id for r in out}:
                out.append(record)
        return sorted(out, key=lambda r: r.signing_date)

    def find_event(self, event: EventQuery) -> list[Record]:
        """The records of the unit (most kinds shared, in the named town) and date a question names."""
        scored = []
        for record in self.records.all():
            shared = len(event.unit_types & set().union(*(self.vocab.unit_types(u) for u in record.units)))
            if not shared:
                continue
            where = " ".join(record.units + [record.place] + [p.name for p in record.partners]).lower()
            if event.places and not any(re.search(rf"\b{re.escape(p.lower())}\b", where)
                                        or (record.province and self._province(p) == record.province) for p in event.places):
                continue  # "Kanwil NTT": the regional office of Nusa Tenggara Timur
            if event.unit_names and self._another_unit(record, event.unit_names):
                continue  # "Lapas A" asked, "Lapas Kelas IIB B" on record: its story is told from A
            if event.date and not record.signing_date.startswith(event.date):
                continue
            if event.month_day and event.month_day not in (record.signing_month_day, record.signing_date[5:]):
                continue
            scored.append((shared, record))
        best = max((s for s, _ in scored), default=0)
        return sorted((r for s, r in scored if s == best), key=lambda r: r.signing_date)

    def _another_unit(self, record: Record, asked: tuple[str, ...]) -> bool:
        """Is each of a record's units named by words of its own (its name less its kind and class), none
        of them the unit's the question names, by those words or by a place ("Lapas Kelas IIB B" when
        "Lapas A" is asked; "Kanwil NTT" is "Kantor Wilayah … Nusa Tenggara Timur")?"""
        def own(name: str) -> set[str]:
            return unit_own_words(name, self.vocab)

        wanted = [(own(name), self.vocab.gazetteer.mentions(name)) for name in asked]
        wanted = [(words, places) for words, places in wanted if words]
        named = [(own(unit), self.vocab.gazetteer.mentions(unit)) for unit in record.units]
        if not wanted or not named or not all(words for words, _ in named):
            return False
        return not any(words <= other or any(same_place(p, m, self.vocab) for p in places for m in found)
                       for words, places in wanted for other, found in named)

    def _province(self, place: str) -> str:
        """The province a place names when it names one ("NTT", "Nusa Tenggara Timur"), else ""."""
        gazetteer = self.vocab.gazetteer
        mentions = gazetteer.mentions(place)
        return mentions[0].province if mentions and gazetteer.names_province(mentions[0].place) else ""

    def answer(self, question: str, language: str, asked_kind: str = "") -> Answer | None:
        """`asked_kind` is the answer type the question asks for ("date" leads with the signing dates)."""
        if asked_kind in _NOT_ON_RECORD:
            return None  # "Pukul berapa …", "Berapa nilai …": no record holds it; the passages may
        # "Sejak kapan … berlaku?", "Sampai kapan …?": a record holds the signing's date, not when the
        # agreement takes effect or ends; only an agreement in force from its signing is answered here.
        bound = asked_bound(question, self.vocab) if asked_kind in ("date", "year") else ""
        in_force = asked_kind in ("date", "year") and (bound or self.vocab.signing_pattern("in force").search(question))
        if bound == "end":
            return None
        query = parse_record_query(question, self.vocab) or parse_event_query(question, self.vocab, asked_kind)
        if query is None or (in_force and not query.event):
            return None
        records = self.find_event(query.event) if query.event else self.find(query)
        if query.event and query.partner_name:  # the partner the question names picks the signing
            names = [normalise_name(n) for n in (re.sub(r"\\(.)", r"\1", n) for n in query.partner_name.split("|"))]
            records = [r for r in records if any(any(n in f or set(n.split()) <= set(f.split()) for f in self._partner_forms(p.name))
                                                 for p in r.partners for n in names)]  # "dinas sosial bantul": its words
        if query.event and asked_kind == "date" and (topic := topic_units(question, self.vocab)):
            # "Kapan Lapas A menandatangani kerja sama pemeriksaan gigi?": a signing whose documents
            # never say what the question says it is about is another signing of the same unit.
            records = [r for r in records if self._says_all(r, topic, language)]
            if not records:
                return None  # the passages answer (or decline): no signing of this unit on record is that one
        if query.event and query.name_like:  # "Dengan kabupaten mana saja Kanwil A …": its signings with regencies
            records = [r for r in records if any(self._named_like(p, query) for p in r.partners)] or records
        if in_force:
            return self._in_force_from_signing(question, records, language)
        if not records or (query.count_partners and len(records) != 1):
            return None  # a count of partners is one signing's: several signings stay with the passages
        if query.unit_types and not query.event:  # "Berapa mitra Lapas …": the signings of units of that kind
            of_kind = [r for r in records if query.unit_types & set().union(*(self.vocab.unit_types(u) for u in r.units))]
            if not of_kind:
                return self._none_of_kind(question, query, records, language)
            records = of_kind
        builder = CitationBuilder(self.documents)
        english = language == "en"
        lines = []
        partners_cited: dict[str, str] = {}  # normalised name → "Name [n]", in order of first mention
        units_cited: dict[str, str] = {}
        dates_cited: list[str] = []
        counted: list[str] = []  # signing days counted from a day the passages tell ("tiga hari kemudian")
        for record in records:
            # Cite in reading order (unit, date, partners) so that markers number by first use.
            named = []
            for i, name in enumerate(record.units[:2]):
                marker = self._cite(builder, record.evidence.get("units" if i == 0 else f"unit:{i}"))
                named.append(f"{name} [{marker}]" if marker else name)
            for name, cited_name in zip(record.units, named):  # "Lapas A dan Rutan B menandatangani …": both
                units_cited.setdefault(normalise_name(name), self._glossed(cited_name, name, english))
            unit = " / ".join(named) or ("a correctional unit" if english else "unit pemasyarakatan")
            date_marker = self._cite(builder, record.evidence.get("signing_date")) if record.signing_date else None
            when = describe_date(record, self.vocab, language, asks_day(question, self.vocab))
            told = self._told_relative(record, english) if date_marker else ""
            if told:  # "tiga hari setelah 14 Desember 2026 [1]": the marker on what is quoted, the day counted apart
                counted.append(when)
                when = f"{told} [{date_marker}]"
            else:
                when += f" [{date_marker}]" if date_marker else ""
            if date_marker:
                dates_cited.append(when)
            cited = []
            relevant = self._relevant_partners(record, query)
            # One signing's line shows all its parties; the lead names those of the kind asked for.
            for partner in record.partners:
                marker = self._cite(builder, partner.evidence)
                cited.append(f"{partner.name} [{marker}]" if marker else partner.name)
                if partner in relevant:
                    partners_cited.setdefault(normalise_name(partner.name), self._glossed(cited[-1], partner.name, english))
            agreement = record.agreement_type or ("agreement" if english else "kerja sama")
            with_word = "with" if english else "dengan"
            partner_text = ", ".join(cited) if cited else ("partners not named" if english else "mitra tidak disebut namanya")
            lines.append(f"- {unit} — {agreement}, {when} — {with_word} {partner_text}{self._stated(builder, record, english)}")
        # A signing on record without what is asked (its full date, its partners' names): said, as a decline.
        missing = None
        if query.event and asked_kind == "date" and not any(r.signing_date for r in records):
            missing = ("The records do not state the full date of this signing:" if english
                       else "Catatan tidak menyebut tanggal lengkap penandatanganan ini:")
        elif query.event and asked_kind != "date" and not any(r.partners or (query.count_partners and r.partners_stated) for r in records):
            missing = ("The records do not name the partners of this signing:" if english
                       else "Catatan tidak menyebut nama mitra penandatanganan ini:")
        if missing:
            return Answer(text=builder.renumber(missing + "\n" + "\n".join(lines)), citations=builder.citations,
                          language=language, question=question, abstained=True)
        n = len(records)
        # The answer first: the number, or the names asked for (each cited), then one line per agreement.
        # The count is the number of lines below, not a claim of any one source.
        described = self._describe(query, language)
        provinces = sorted({r.province for r in records if r.province})
        head, _ = asked_head(question, self.vocab, counts=True)
        # What is not any one passage's claim (the count, the provinces derived from the places) follows
        # the cited names it is about, so that no marker stands for it.
        units = ", ".join(units_cited.values())
        parties = ", ".join(list(units_cited.values()) + list(partners_cited.values()))
        if asked_kind == "date" and dates_cited:
            lead = f"{', '.join(dates_cited)}{described}"
            lead = lead[:1].upper() + lead[1:]  # "The Friday before …"
            # The days counted follow every marker: no passage states them, each marker stands for the text before it.
            lead += f"; {'that is' if english else 'yaitu'} {', '.join(counted)}." if counted else "."
        elif query.count_partners:
            lead = self._partner_count(builder, records[0], query, english)
        elif query.count and units_cited and self.vocab.asked_pattern("correctional").match(head.strip()):
            # "Berapa lapas … yang meneken …": the units that signed, each once, counted after their names.
            noun = ("correctional unit" if len(units_cited) == 1 else "correctional units") if english else "unit pemasyarakatan"
            lead = f"{units} — {len(units_cited)} {noun}{described}."
        elif query.count and partners_cited and self.vocab.asked_pattern("party", "organisation", *PARTNER_KINDS).search(head):
            # "Berapa mitra …": the partners of the agreements found, each body once, counted after their names.
            distinct = self._distinct(partners_cited)
            noun = ("partner" if len(distinct) == 1 else "partners") if english else "mitra"
            lead = f"{', '.join(distinct)} — {len(distinct)} {noun}{described}."
        elif query.count:
            counted = f"{n} {'agreement' if n == 1 else 'agreements'}" if english else f"{n} kerja sama"
            lead = f"{units} — {counted}{described}." if units else f"{counted}{described}."
        elif query.event is None and self.vocab.asked_pattern("which province").search(question):
            lead = f"{units} — {'provinces' if english else 'provinsi'}{described}: {', '.join(provinces)}."
        elif query.event is None and self.vocab.asked_pattern("correctional").search(head) and units_cited:
            lead = f"{'Correctional units' if english else 'Unit pemasyarakatan'}{described}: {units}."
        elif self.vocab.asked_pattern("agreement", "signatories").search(head) and not (query.name_like and partners_cited):
            lead = f"{'Parties' if english else 'Para pihak'}{described}: {parties}."
        elif partners_cited:
            lead = f"{'Partners' if english else 'Mitra'}{described}: {', '.join(partners_cited.values())}."
        else:
            lead = f"{units} — {n} {'agreement' if n == 1 else 'agreements'}{described}." if english else f"{units} — {n} kerja sama{described}."
        total = (f"In all: {n} {'agreement' if n == 1 else 'agreements'}." if english else f"Jumlah: {n} kerja sama.")
        if asked_kind == "date" and counted:  # the lines would cite again after the days counted
            lines = []
        text = "\n".join([lead, *lines] + ([] if query.count else [total]))
        text = builder.renumber(text)
        return Answer(text=text, citations=builder.citations, language=language, question=question)

    def _partner_forms(self, name: str) -> set[str]:
        """A partner's name as a question's partner is compared with it: its forms (`name_forms`) and the
        glossary's forms of its words ("A Regency Fisheries Service" is a "dinas")."""
        return name_forms(name, self.vocab.glossary) | {normalise_name(form) for form in self.vocab.glossary.expand(name)}

    def _says_all(self, record: Record, units: list[set[str]], language: str) -> bool:
        """Do a record's documents say every unit (`topic_units`), each by one of its forms? A document
        written in another language than the question is not asked for a word the glossary gives no
        form of ("marine" of an English question, of a report in Indonesian) when it says another of the
        units ("fisheries" as "perikanan", a name): a topic none of whose words it says is another's."""
        documents = [d for d in (self.documents.get(i) for i in record.doc_ids) if d is not None]
        text = " ".join(without_plans(d.text, self.vocab) for d in documents)
        if documents and all(d.language != language for d in documents):
            said = [u for u in units if units_said([u], text, self.vocab)]
            return bool(said) and all(u in said for u in units if len(u) > 1)
        return units_said(units, text, self.vocab) == len(units)

    def _in_force_from_signing(self, question: str, records: list[Record], language: str) -> Answer | None:
        """Asked from when an agreement is in force: when its own text says it is in force from its
        signing ("berlaku sejak tanggal ditandatangani"; signing_words.tsv `in force` and `from
        signing`), its signing date, citing that sentence and the date; else None (the passages may
        state another date)."""
        in_force, from_signing = self.vocab.signing_pattern("in force"), self.vocab.signing_pattern("from signing")
        english = language == "en"
        for record in (r for r in records if r.signing_date and r.evidence.get("signing_date")):
            for doc_id, source in zip(record.doc_ids, record.sources):
                document = self.documents.get(doc_id)
                text = document.text if document else ""
                said = next(((a, b) for a, b in sentence_spans(text)
                             if in_force.search(text[a:b]) and from_signing.search(text[a:b])), None)
                if said is None:
                    continue
                builder = CitationBuilder(self.documents)
                clause = self._cite(builder, Evidence(doc_id, source, said[0], said[1], text[said[0] : said[1]]))
                when = self._cite(builder, record.evidence.get("signing_date"))
                date = describe_date(record, self.vocab, language)
                lead = (f"From its signing: {date} [{when}] (in force from the date it was signed [{clause}])." if english
                        else f"Sejak ditandatangani: {date} [{when}] (berlaku sejak tanggal ditandatangani [{clause}]).")
                return Answer(text=builder.renumber(lead), citations=builder.citations, language=language, question=question)
        return None

    def _partner_count(self, builder: CitationBuilder, record: Record, query: RecordQuery, english: bool) -> str:
        """One signing's number of partners: the number its source states (cited) when it states one,
        else the partners it names, counted and each cited; of a kind asked for ("Berapa dinas …"),
        those of that kind."""
        relevant = self._relevant_partners(record, query)
        narrowed = len(relevant) < len(record.partners)
        named = [f"{p.name} [{m}]" if (m := self._cite(builder, p.evidence)) else p.name for p in relevant]
        noun = "partners" if english else "mitra"
        if record.partners_stated and not narrowed:
            marker = self._cite(builder, record.evidence.get("partners_stated"))
            stated = f"{record.partners_stated} {noun}" + (f" [{marker}]" if marker else "")
            if not named:
                return f"{stated}."
            if len(named) == record.partners_stated:
                return f"{stated}: {', '.join(named)}."
            return f"{stated}. {'Named' if english else 'Disebut namanya'}: {', '.join(named)}."
        # The count is not any one passage's claim: it follows the cited names it counts.
        return f"{', '.join(named)} — {len(named)} {noun}."

    def _distinct(self, cited: dict[str, str]) -> list[str]:
        """The cited partners, one per body ("Pemkab A" and "Pemerintah Kabupaten A" are one)."""
        kept: dict[str, str] = {}
        areas = area_words(self.vocab)
        for name, shown in cited.items():
            if not any(same_organisation(name, other, self.vocab.glossary, areas) for other in kept):
                kept[name] = shown
        return list(kept.values())

    def _stated(self, builder: CitationBuilder, record: Record, english: bool) -> str:
        """When the source states a number of partners other than the number named, the line says so."""
        stated, named = record.partners_stated, len(record.partners)
        if not stated or stated == named:
            return ""
        marker = self._cite(builder, record.evidence.get("partners_stated"))
        cite = f" [{marker}]" if marker else ""
        if english:
            return f" (the source states {stated} partners{cite}; {named} named)"
        return f" (sumber menyebut {stated} mitra{cite}; {named} disebut namanya)"

    def _glossed(self, cited: str, name: str, english: bool) -> str:
        """In an English lead, an Indonesian name keeps a short English gloss: "Dinas Contoh (agency) [2]"."""
        gloss = self.vocab.glossary.gloss(name) if english else ""
        return cited.replace(name, f"{name} ({gloss})", 1) if gloss else cited

    def _relevant_partners(self, record: Record, query: RecordQuery) -> list[Partner]:
        partners = record.partners
        if query.partner_kind:
            words = kind_words(self.vocab, query.partner_kind)
            partners = [p for p in partners if p.kind == query.partner_kind or any(f" {w} " in f" {normalise_name(p.name)} " for w in words)]
        if query.partner_name:
            partners = [p for p in partners if re.search(query.partner_name, p.name, re.I)]
        if query.name_like:
            named = [p for p in partners if self._named_like(p, query)]
            partners = named or partners  # a kind no partner name carries ("Unit apa saja") leads with all of them
        if query.event and not partners:
            partners = record.partners
        if query.sector:
            pattern = self.vocab.sector(query.sector).pattern
            by_name = [p for p in partners if pattern.search(p.name)]
            partners = by_name or [p for p in partners if pattern.search(p.evidence.quote)] or partners
        return partners

    def _named_like(self, partner: Partner, query: RecordQuery) -> bool:
        """Does a form of the partner's name hold a word of the kind of body the question names (`name_like`)?"""
        like = re.compile(r"\b(" + "|".join(re.escape(normalise_name(w)) for w in query.name_like) + r")\b")
        return any(like.search(f) for f in name_forms(partner.name, self.vocab.glossary))

    def _told_relative(self, record: Record, english: bool) -> str:
        """A signing date its cited passage tells only relative to another day ("Tiga hari kemudian, …"
        after "Senin (14/12/2026)"; "kemarin" in a report of 4 March), said as the passage tells it:
        "tiga hari setelah 14 Desember 2026", "the day before the report's date, 4 March 2026" — the day
        counted is no passage's words, and follows the citation. "" when the passage states the date."""
        evidence = record.evidence.get("signing_date")
        if evidence is None or len(record.signing_date) != 10:
            return ""
        year = int(record.signing_date[:4])
        if any(m.iso == record.signing_date for m in find_dates(evidence.quote, self.vocab, year)):
            return ""
        document = self.documents.get(evidence.doc_id)
        language = "en" if english else "id"
        for relative in reversed(find_relative_days(evidence.quote, self.vocab)):
            if relative.anchor == "event":
                before = [m for m in find_dates(evidence.quote[: relative.start], self.vocab, year) if len(m.iso) == 10]
                anchor = before[-1].iso if before else ""
                said = format_date(anchor, self.vocab, language)
            else:
                anchor = document.date if document is not None and len(document.date) == 10 else ""
                said = (("the report's date, " if english else "tanggal berita, ") + format_date(anchor, self.vocab, language))
            if not anchor or resolve_relative(relative, anchor) != record.signing_date:
                continue
            if relative.weekday:
                day = self.vocab.weekday_names[language][relative.weekday]
                return f"the {day} before {said}" if english else f"{day} sebelum {said}"
            days = abs(relative.days)
            if english:
                count = "the day" if days == 1 else f"{days} days"
                return f"{count} {'after' if relative.days > 0 else 'before'} {said}"
            count = "sehari" if days == 1 else f"{days} hari"
            return f"{count} {'setelah' if relative.days > 0 else 'sebelum'} {said}"
        return ""

    def _cite(self, builder: CitationBuilder, evidence: Evidence | None) -> int | None:
        if evidence is None:
            return None
        chunk = Chunk(id="", doc_id=evidence.doc_id, text=evidence.quote, start=evidence.start, end=evidence.end, page=1)
        return builder.cite(chunk, evidence.start, evidence.end)

    def _none_of_kind(self, question: str, query: RecordQuery, records: list[Record], language: str) -> Answer:
        """No signing on record by a unit of the kind asked for, where other units' signings match: said,
        as a decline, with what the records hold instead (each line cited)."""
        english = language == "en"
        kinds = ", ".join(dict.fromkeys(m.group(0) for m in self.vocab.unit_forms_pattern().finditer(question)))
        described = self._describe(query, language)
        head = (f"The records hold no agreement signed by a {kinds}{described}. On record instead:" if english
                else f"Catatan tidak memuat kerja sama {kinds}{described}. Yang tercatat:")
        builder = CitationBuilder(self.documents)
        lines = []
        for record in records:
            marker = self._cite(builder, record.evidence.get("units"))
            unit = f"{record.units[0]} [{marker}]" if marker else record.units[0]  # a record has its unit
            lines.append(f"- {unit} — {record.agreement_type or ('agreement' if english else 'kerja sama')}, "
                         f"{describe_date(record, self.vocab, language)}")
        return Answer(text=builder.renumber(head + "\n" + "\n".join(lines)), citations=builder.citations,
                      language=language, question=question, abstained=True)

    def _describe(self, query: RecordQuery, language: str) -> str:
        parts = []
        if query.sector:
            parts.append(("in " if language == "en" else "di bidang ") + self.vocab.sector_label(query.sector, language))
        if query.province or query.town:
            parts.append(("in " if language == "en" else "di ") + (query.province or query.town))
        if query.years:
            contiguous = list(query.years) == list(range(query.years[0], query.years[0] + len(query.years)))
            years = (f"{query.years[0]}–{query.years[-1]}" if len(query.years) > 1 and contiguous
                     else ", ".join(str(y) for y in query.years))
            parts.append(("in " if language == "en" else "pada ") + years)
        return (" (" + ", ".join(parts) + ")") if parts else ""
