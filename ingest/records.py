"""Cooperation records: who signed what with whom, when, where, for which sector — extracted offline
from one cleaned document, every field with its evidence (document, sentence, character span).

A record needs a signing: only a document that reports an agreement signed (or that is the
agreement itself) with a correctional party among the signatories yields one (`ingest/signings.py`).
A document yields zero, one or several records: signing statements of other correctional parties,
each with partners of its own, are separate signings; their partners, date, place and type are
the ones stated with them. The same signing reported by several documents (an article and the
agreement PDF, two outlets) becomes one record when the records are merged (`merge_records`).
Pure functions.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from collections.abc import Callable

from ingest.casing import news_case
from ingest.core.types import Document, Evidence, Partner, Record
from ingest.core.vocabulary import Glossary, Vocabulary, same_place, word_groups, words_alternation
from ingest.dates import ends_dateline, find_dates, find_relative_days, infer_year, resolve_relative
from ingest.metadata import is_source_line
from ingest.organisations import OrgMention, normalise_name, organisations, role_bodies, with_entities
from ingest.sentences import ITEM_MARKER_RE, sentence_spans
from ingest.signings import SIGNED, heading_end, signing_statements, statement_status, told_as_earlier, witnessed

VERSION = 66  # bump when extraction changes: unchanged files are re-read for records, not re-embedded


log = logging.getLogger(__name__)


def _place_pattern(vocab: Vocabulary) -> re.Pattern:
    """The place a sentence says a signing is held: after the words that say so (`signing_words.tsv`
    venue, held at), a name that starts with a venue word and runs on in capitalised words, joining
    words and brackets ("di Aula Contoh dan Ruang B (lantai 2)")."""
    def build(v: Vocabulary) -> re.Pattern:
        held = words_alternation(v.signing_words.get("venue", ()) + v.signing_words.get("held at", ()))
        heads = words_alternation(v.signing_words.get("venue head", ()))
        joins = words_alternation(v.list_words.get("joins", ()))
        return re.compile(r"\b(?i:" + held + r")\s+((?:" + heads + r")\b(?:\s+(?:[A-Z0-9][\w'./-]*|(?i:" + joins + r")\b|\([^)]*\)))*)")

    return vocab.memo("record_place", build)


def _only_unit_kinds(place: str, vocab: Vocabulary) -> bool:
    """A place that is no more than kinds of unit joined ("Lapas dan Rutan"): no one place."""
    return not vocab.list_pattern("joins").sub(" ", vocab.unit_forms_pattern().sub(" ", place)).strip()


def _number_patterns(vocab: Vocabulary) -> tuple[re.Pattern, re.Pattern]:
    number = vocab.number_pattern()
    term, unit = (words_alternation(vocab.signing_words.get(c, ())) for c in ("term", "term unit"))
    duration = re.compile(r"\b(?:" + term + r")[^.]{0,60}?\b(" + number + r"\s*(?:\(\w+\)\s*)?(?:" + unit + r"))\b", re.I)
    nouns = vocab.signing_pattern("partner count", "counted").pattern
    # group 2: the noun counted; the number may be spelled out after it in brackets ("3 (tiga) mitra")
    count = re.compile(r"\b(" + number + r")\s+(?:\(\w+\)\s+)?" + nouns, re.I)
    return duration, count


def _province_word_pattern(vocab: Vocabulary) -> re.Pattern:
    """A province named with its word ("Provinsi Contoh Barat"; asked_nouns.tsv province)."""
    return vocab.memo("province_word", lambda v: re.compile(
        r"\b(?i:" + words_alternation(v.asked_nouns.get("province", ())) + r")\s+([A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})"))


def extract_records(document: Document, vocab: Vocabulary, tagger: Callable[[str], list] | None = None) -> list[Record]:
    """The signings a document reports (none when it reports no signing by a correctional party).
    `tagger` (text → `ingest.tagger.Entity` list) is asked only for a document that reports a signing;
    its persons end names that run past their town, its organisations add names the grammar has no
    head word for (`ingest.organisations.with_entities`). When it fails, the failure is logged and
    the names stand as the grammar found them."""
    text = document.text
    spans = sentence_spans(text)
    statements = signing_statements(text, spans, vocab, agreement_document=document.kind == "agreement")
    signed = [(st.start, st.end) for st in statements if st.status == SIGNED]
    if document.kind != "agreement":  # a signing recalled as background of something else is not this report's
        signed = [(s, e) for s, e in signed if not told_as_earlier(text[s:e], document.date, vocab)]
    if signed and document.kind != "agreement":
        signed = _with_continuations(text, spans, signed, vocab)
    headline_end = _headline_end(document)
    signed = [span for span in signed if span[0] >= headline_end] or signed  # the body tells; a headline abbreviates
    if not signed:
        return []
    heading = heading_end(text, spans, vocab) if document.kind == "agreement" else 0
    # An agreement's heading names its parties in capitals ("ANTARA / BALAI … / DAN / DINAS …"): read as news writes them.
    found, entities = organisations(news_case(text[:heading], vocab) + text[heading:], vocab), []
    if tagger is not None:
        try:
            entities = tagger(text)
            found = with_entities(found, entities, text, vocab)
        except Exception as exc:  # a tagger failure costs this document its check, not its records
            log.warning("entity tagger failed on %s (%s: %s); its names are the grammar's alone", document.source,
                        type(exc).__name__, exc)
            entities = []
    # A body named only through its head's role ("Bupati A menandatangani …"), and nowhere in the story
    # by its name (a headline's name is no party: the body's role stands for it).
    story = [m for m in found if m.start >= headline_end]
    headed = [r for r in role_bodies(text, vocab, found, entities) if not any(_named_as(r.name, m.name, vocab) for m in story)]
    found = sorted(found + headed, key=lambda m: m.start)
    mentions = [m for m in found if m.start >= headline_end and not _in_source_line(text, m.start)]
    parties = [m for m in mentions if not _is_witness(text, spans, m, vocab)]
    events = [signed] if document.kind == "agreement" else _events(_clauses_by_unit(signed, parties, text, vocab), parties, text, vocab)
    records = []
    for index, event in enumerate(events):
        following = events[index + 1][0][0] if index + 1 < len(events) else len(text)
        record = _event_record(document, vocab, spans, event, mentions, parties, following, index)
        if record is not None and located(record, document):
            records.append(record)
    records = _each_partner_once(records, vocab)
    for record in records:
        record.partners = _fullest_names(record.partners, mentions, spans, document, vocab)
    return records


def _fullest_names(partners: list[Partner], mentions: list[OrgMention], spans, document: Document, vocab: Vocabulary) -> list[Partner]:
    """Each partner by the fullest name its document gives it: a signing sentence may use a short form
    ("Direktur Utama Perumda A") of a name told in full elsewhere ("Perusahaan Umum Daerah (Perumda) Air
    Minum A Kota B"): a longer name holding every word of the short one and, in one of its forms, opening
    with the same word ("perumda air minum a kota b"; not "Fakultas C Universitas A", a part of
    "Universitas A"). Only one such name may be told
    (two: the short form is kept), and its evidence is the sentence that tells it."""
    out = []
    for partner in partners:
        short = normalise_name(partner.name).split()
        fuller = {normalise_name(m.name): m for m in mentions if not m.correctional
                  and len(normalise_name(m.name)) > len(normalise_name(partner.name))
                  and any(f.split()[:1] == short[:1] and set(short) <= set(f.split()) for f in name_forms(m.name))}
        if len(fuller) != 1:
            out.append(partner)
            continue
        mention = next(iter(fuller.values()))
        s, e = next(((s, e) for s, e in spans if s <= mention.start < e), (mention.start, mention.end))
        out.append(Partner(mention.name, mention.kind, Evidence(document.id, document.source, s, e, document.text[s:e]), aliases(mention.name)))
    seen: set[str] = set()
    return [p for p in out if not (normalise_name(p.name) in seen or seen.add(normalise_name(p.name)))]


def _each_partner_once(records: list[Record], vocab: Vocabulary) -> list[Record]:
    """Of two signings one document reports, a partner named with one of them in a sentence that gives
    its date belongs to that one: a later sentence that names it again without a date ("Perjanjian
    dengan Dinas A diteken bersama Kepala Dinas A, Nama") tells of that signing, not of the one before it.
    (Two records of one date are read as one signing told twice: each keeps its partners.)"""
    if len(records) < 2:
        return records
    areas = area_words(vocab)

    def dated(partner: Partner) -> bool:
        return partner.evidence is not None and any(len(m.iso) == 10 for m in find_dates(partner.evidence.quote, vocab))

    for record in records:
        others = [p for r in records if r is not record and r.signing_date != record.signing_date for p in r.partners if dated(p)]
        record.partners = [p for p in record.partners if dated(p) or not any(
            same_organisation(p.name, o.name, vocab.glossary, areas) or _named_as(p.name, o.name, vocab) for o in others)]
    return records


def _named_as(short: str, name: str, vocab: Vocabulary) -> bool:
    """Is `short` the body `name` names: the same organisation, or every word of it in the name
    ("Lapas Pemuda A" in "Lapas Pemuda Kelas IIA A")?"""
    words = set(normalise_name(short).split())
    return words <= set(normalise_name(name).split()) or same_organisation(short, name, vocab.glossary, area_words(vocab))


def located(record: Record, document: Document) -> bool:
    """Every piece of evidence is the document's text at its span, and the signing and each partner
    have one; otherwise the record is dropped whole (with a log line), never stored half-supported."""
    pieces = list(record.evidence.items()) + [(f"partner {p.name!r}", p.evidence) for p in record.partners]
    missing = [key for key, ev in pieces if ev is None or document.text[ev.start : ev.end] != ev.quote]
    if "signing" not in record.evidence:
        missing.append("signing")
    if missing:
        log.warning("record from %s dropped: evidence not found in the text for %s", document.source, ", ".join(missing))
        return False
    return True


def extract_record(document: Document, vocab: Vocabulary, tagger: Callable[[str], list] | None = None) -> Record | None:
    """The first signing a document reports, or None (see `extract_records`)."""
    records = extract_records(document, vocab, tagger)
    return records[0] if records else None


def _is_witness(text: str, spans, mention: OrgMention, vocab: Vocabulary) -> bool:
    """A witness or guest of the signing, the body a party belongs to ("di lingkup Kanwil A"), for a
    body other than a correctional unit the place the signing is held ("di Balai Kota B"), or for any
    body a room of it ("Aula Lapas A menjadi lokasi penandatanganan …"): named in the sentence, not a
    party of it."""
    sentence_start = next((s for s, e in spans if s <= mention.start < e), mention.start)
    before = text[sentence_start : mention.start]
    return (witnessed(before, vocab) or bool(_ends_with("parent", vocab).search(before))
            or (not mention.correctional and bool(_ends_with("venue", vocab).search(before)))
            or bool(_ends_with("room", vocab).search(before)))


def _ends_with(category: str, vocab: Vocabulary) -> re.Pattern:
    """Text that ends with a signing word of this category (what comes right before a name)."""
    return vocab.memo(f"ends_with:{category}", lambda v: re.compile(v.signing_pattern(category).pattern + r"\s*$", re.I))


def _names_correctional_role(text: str, signing, vocab: Vocabulary) -> bool:
    """Does a signing sentence name the head of a correctional unit ("Kalapas …"), who acts for it?"""

    def build(v: Vocabulary):
        roles = sorted((w for w, k in v.roles.items() if k == "correctional role"), key=len, reverse=True)
        return re.compile(r"\b(" + "|".join(re.escape(r) for r in roles) + r")\b")

    pattern = vocab.memo("correctional_roles", build)
    return any(pattern.search(text[s:e]) for s, e in signing)


def _one_side_named(sentence: tuple[int, int], parties: list[OrgMention]) -> bool:
    """A signing sentence that names at most one organisation leaves the other side to the context
    ("… meneken PKS dengan Dinas X": the unit the article is about); one that names two others does not."""
    s, e = sentence
    named: list[str] = []
    for m in parties:
        if s <= m.start < e and not m.correctional and not any(same_organisation(m.name, n) for n in named):
            named.append(m.name)  # "Mahkamah Agung RI … di Gedung Mahkamah Agung": one body
    return len(named) <= 1


def _unit_words(names, vocab: Vocabulary) -> set[str]:
    """What tells correctional units apart: their town words (`unit_words` are no town's), or the whole
    name when it has none ("Direktorat Jenderal Pemasyarakatan")."""
    words: set[str] = set()
    generic = unit_words(vocab)
    for name in names:
        own = set(normalise_name(name).split()) - generic
        words |= own or {normalise_name(name)}
    return words


_RELATIVE_QUOTE_MAX = 1000  # characters from the anchor's sentence to the relative day's, quoted together


def _relative_date(document: Document, spans, signing, vocab: Vocabulary, year: int | None) -> tuple[str, tuple[int, int]] | None:
    """A signing told relative to another day, when its sentences state no date: "Sehari kemudian, …
    meneken …" is the last full date told before it + 1; "… diteken kemarin" the report's date − 1
    (relative_days.tsv). With the evidence: from the sentence of the anchor date to the signing's,
    when they are close, else the signing's sentence alone."""
    text = document.text
    for s, e in signing:
        for relative in find_relative_days(text[s:e], vocab):
            if relative.anchor == "event":
                before = [m for m in find_dates(text[:s], vocab, year) if len(m.iso) == 10]
                anchor, at = (before[-1].iso, before[-1].start) if before else ("", s)
            else:
                first = [m for m in find_dates(text, vocab, year) if len(m.iso) == 10]
                anchor, at = (document.date, s) if len(document.date) == 10 else ((first[0].iso, first[0].start) if first else ("", s))
            iso = resolve_relative(relative, anchor)
            if iso:
                start = next((a for a, b in spans if a <= at < b), s)
                return iso, ((start if s - start <= _RELATIVE_QUOTE_MAX else s), e)
    return None


def _with_continuations(text: str, spans, signed: list[tuple[int, int]], vocab: Vocabulary) -> list[tuple[int, int]]:
    """The signing sentences with the ones that go on to another party's part of the same occasion: a
    sentence right after a signing sentence (or after one of these) that opens with a word that goes on
    ("Sementara itu", "Adapun"; signing_words.tsv goes on) and says who works together with whom
    ("Rutan B bekerja sama dengan C"; cooperates), with no cue that puts it ahead or behind. Without
    the opening word such a sentence may recall past cooperation, and is not read."""
    def build(v: Vocabulary) -> re.Pattern:
        return re.compile(r"^\W*(?:" + words_alternation(v.signing_words.get("goes on", ())) + r")\b", re.I)

    goes_on, cooperates = vocab.memo("goes_on", build), vocab.signing_pattern("cooperates")
    out = list(signed)
    for previous, (s, e) in zip(spans, spans[1:]):
        sentence = text[s:e]
        if (s, e) in out or previous not in out or not goes_on.match(sentence):
            continue
        anchor = cooperates.search(sentence)
        if anchor and statement_status(sentence, anchor.start(), vocab, anchor.end()) == SIGNED:
            out.append((s, e))
    return sorted(out)


def _clauses_by_unit(signed: list[tuple[int, int]], parties: list[OrgMention], text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Signing sentences cut where a clause of another correctional unit begins after a partner ("Rutan
    B bekerja sama dengan C, dan Bapas D dengan E": B's clause, then D's), so that each unit's partners
    stay its own; a sentence naming its units together ("Lapas A dan Rutan B meneken …") stays whole."""
    # after the partner, a joining word ("…, dan", "serta") or a semicolon; a comma alone may open a venue or an apposition
    cut_re = vocab.memo("unit_clause_cut", lambda v: re.compile(r"(?:[,;]\s*)?(?:" + v.list_pattern("joins").pattern + r")\s*$|;\s*$", re.I))
    # … or a comma before a unit that names its own partner right after it, its verb left out ("Lapas A
    # meneken PKS dengan B untuk …, Rutan C dengan D untuk …"; signing_words.tsv counterpart)
    own_re = vocab.memo("unit_own_partner", lambda v: re.compile(r"\s*(?:" + words_alternation(v.signing_words.get("counterpart", ())) + r")\b", re.I))
    out = []
    for s, e in signed:
        start = s
        units = [m for m in parties if s <= m.start < e and m.correctional]
        for before, unit in zip(units, units[1:]):
            between = [m for m in parties if before.end <= m.start < unit.start and not m.correctional]
            gap = text[between[-1].end : unit.start] if between else ""
            if between and (cut_re.search(gap) or (re.search(r",\s*$", gap) and own_re.match(text, unit.end))):
                out.append((start, unit.start))
                start = unit.start
        out.append((start, e))
    return out


def _events(signed: list[tuple[int, int]], parties: list[OrgMention], text: str, vocab: Vocabulary) -> list[list[tuple[int, int]]]:
    """Signing sentences grouped into signings: a sentence whose correctional party is another one
    than the current signing's, and that names partners of its own, starts a new signing; so does one
    of the same party that names only partners new to the signing and a place or a day of its own ("…
    dengan Pemkab A di Pendopo A. Malamnya, Bapas itu meneken PKS dengan Pemkot B di Rumah Dinas …";
    "Pada Senin (2/3/2026), Bapas A meneken PKS dengan B. Adapun pada Rabu (4/3/2026), penandatanganan
    dilakukan bersama C"; "Dua hari kemudian, lapas itu meneken PKS dengan C")."""
    place_re = _place_pattern(vocab)
    events: list[list[tuple[int, int]]] = []
    event_units: set[str] = set()
    event_partners: set[str] = set()
    event_days: set[str] = set()
    for s, e in signed:
        inside = [m for m in parties if s <= m.start < e]
        units = _unit_words((m.name for m in inside if m.correctional), vocab)
        partners = {normalise_name(m.name) for m in inside if not m.correctional}
        days = {m.iso for m in find_dates(text[s:e], vocab) if m.iso and len(m.iso) == 10}
        own_place = bool(place_re.search(text[s:e]))
        # "Tiga hari kemudian, lapas itu meneken …": a day told after the signing before is a day of its own
        later = any(r.anchor == "event" and r.days for r in find_relative_days(text[s:e], vocab)) and not days
        own_day = bool(days and event_days and not days & event_days) or (later and bool(events))
        new = partners and event_partners and not any(same_organisation(a, b) for a in partners for b in event_partners)
        again = bool(units & event_units or not units) and new and (own_place or own_day)
        if events and not again and (not units or not event_units or units & event_units or not partners):
            events[-1].append((s, e))
            event_units |= units
            event_partners |= partners
            event_days |= days
            continue
        events.append([(s, e)])
        event_units, event_partners, event_days = set(units), set(partners), set(days)
    return events


def _event_record(document: Document, vocab: Vocabulary, spans, signing, mentions, parties, following: int,
                  index: int) -> Record | None:
    text = document.text
    duration_re, count_re = vocab.memo("record_number_patterns", _number_patterns)
    first = signing[0][0]
    in_event = [m for m in parties if any(s <= m.start < e for s, e in signing)]
    units = [m for m in in_event if m.correctional]
    if not units:
        previous = [(s, e) for s, e in spans if e <= first][-1:]
        units = [m for m in parties if m.correctional and any(s <= m.start < e for s, e in previous)]
    if not units and (_names_correctional_role(text, signing, vocab) or _one_side_named(signing[0], parties)):
        units = [m for m in parties if m.correctional]  # the correctional side is the one the document is about
    if not units and document.kind == "agreement":
        units = [m for m in mentions if m.correctional]
    if not units:
        return None  # an agreement between other bodies is not a record of the correctional system
    record = Record(
        id=hashlib.sha256(f"{document.id}\n{index}".encode()).hexdigest()[:16],
        doc_ids=[document.id],
        sources=[document.source],
        title=document.title,
    )

    def evidence(start: int, end: int) -> Evidence:
        return Evidence(document.id, document.source, start, end, text[start:end])

    def sentence_of(offset: int) -> tuple[int, int]:
        return next(((s, e) for s, e in spans if s <= offset < e), (offset, offset))

    record.evidence["signing"] = evidence(*signing[0])
    # Agreement type: the first type named in a signing sentence of the body (headlines abbreviate).
    body_start = _headline_end(document)
    for s, e in [span for span in signing if span[0] >= body_start] + signing:
        record.agreement_type = vocab.agreement_kind(text[s:e])
        if record.agreement_type:
            record.evidence["agreement_type"] = evidence(s, e)
            break

    # Signing date: the first date in a signing sentence (not a dateline's when the sentence tells the
    # day relative to it: "… signed last Friday"), else the document's date. A day and month
    # without a year take the year of the document's own full dates; with none, they stay partial.
    year = infer_year(text, vocab, loose=False)
    for s, e in signing:
        dated = [m for m in find_dates(text[s:e], vocab, year) if len(m.iso) == 10]
        told = [m for m in dated if not ends_dateline(text, s + m.end)]  # the dateline, not the signing
        if dated and not told and find_relative_days(text[s:e], vocab):
            continue  # "A, 15 January 2027 — … signed … last Friday": the dateline is the report's day
        dated = told or dated
        if dated:
            record.signing_date = dated[0].iso
            record.evidence["signing_date"] = evidence(s, e)
            break
    if not record.signing_date:
        told = _relative_date(document, spans, signing, vocab, year)
        if told:
            record.signing_date, where = told
            record.evidence["signing_date"] = evidence(*where)
    if not record.signing_date:
        body = [(s, e) for s, e in spans if not is_source_line(text[s:e])]
        for s, e in body[:6]:
            dated = [m for m in find_dates(text[s:e], vocab, year) if len(m.iso) == 10]
            if dated:
                record.signing_date = dated[0].iso
                record.evidence["signing_date"] = evidence(s, e)
                break
    if not record.signing_date and len(document.date) == 10 and index == 0:
        record.signing_date = document.date
        # the sentence that states it, when the text does ("Buntok, 30 Desember 2026" closing an agreement)
        stated = next((m for m in find_dates(text, vocab, year) if m.iso == document.date), None)
        if stated is not None:
            record.evidence["signing_date"] = evidence(*sentence_of(stated.start))
    if not record.signing_date:
        for s, e in signing:
            partial = [m for m in find_dates(text[s:e], vocab) if not m.has_year and m.month_day]
            if partial:
                record.signing_date_as_stated = partial[0].as_stated
                record.signing_month_day = partial[0].month_day
                record.evidence["signing_date"] = evidence(s, e)
                break

    # Place of signing.
    for s, e in signing:
        match = _place_pattern(vocab).search(text[s:e])
        if match and len(match.group(1).split()) >= 2 and not _only_unit_kinds(match.group(1), vocab):
            record.place = match.group(1).strip(" ,.")
            record.evidence["place"] = evidence(s, e)
            break

    # The correctional side and the partners (those named with this signing, or listed after it).
    record.units = _units(units, signing, vocab)
    for i, name in enumerate(record.units):
        s, e = sentence_of(next(m.start for m in units if m.name == name))
        record.evidence["units" if i == 0 else f"unit:{i}"] = evidence(s, e)
    # A signing sentence that names no partner ("Kedua lembaga meneken …") has them in the one before.
    start, partner_sentences = first, list(signing)
    if not any(not m.correctional for m in in_event):
        before = [(s, e) for s, e in spans if e <= first][-1:]
        if before:
            start, partner_sentences = before[0][0], before + partner_sentences
    scope = [m for m in parties if start <= m.start < following]
    stated = _stated_partners(text, [span for span in partner_sentences if span[0] >= body_start], count_re, vocab)
    listed = partner_sentences + _enumeration(partner_sentences, spans, scope, following, 0, text, record.units, vocab)
    if document.kind == "agreement":  # its parties are named before its clauses; a body only an article names is none
        before = [m for m in scope if m.start < _clauses_start(text, vocab)]
        scope = before if _partners(before, listed, spans, text, evidence, vocab) else scope
    record.partners = _partners(scope, listed, spans, text, evidence, vocab)
    if stated is not None and stated[0] > len(record.partners):  # "dengan 12 mitra": read on to the rest
        listed = partner_sentences + _enumeration(partner_sentences, spans, scope, following, stated[0] - len(record.partners), text,
                                                  record.units, vocab)
        record.partners = _partners(scope, listed, spans, text, evidence, vocab)
    if stated is not None:
        record.partners_stated, where = stated
        record.evidence["partners_stated"] = evidence(*where)

    # Province: the unit's town, a "Provinsi X", the dateline, the most named place.
    gazetteer = vocab.gazetteer
    for candidate in record.units + [m.group(0) for m in _province_word_pattern(vocab).finditer(text)]:
        province = gazetteer.province_of(candidate)
        if province:
            record.province = province
            break
    town_province = "" if record.province else _unit_town_province(record.units, vocab)
    if town_province:  # a regency's bare name the gazetteer keeps out as an ordinary word
        record.province = town_province
        record.evidence["province"] = record.evidence.get("units")
    if not record.province:
        first_lines = text[: (document.pages[0].end if document.pages else len(text))][:400]
        record.province = gazetteer.province_of(first_lines.split("\n", 2)[-1][:80]) or gazetteer.most_common_province(text)
    if record.province:
        places = gazetteer.mentions(text)
        hit = next((p for p in places if p.province == record.province), None)
        if hit:
            record.evidence["province"] = evidence(*sentence_of(hit.start))

    # Sectors from the sentences about the cooperation.
    about = vocab.list_pattern("sector scope")
    scope = signing + [(s, e) for s, e in spans if about.search(text[s:e])]
    for s, e in scope:
        for sector, _ in vocab.sectors_in(text[s:e]):
            if sector.id not in record.sectors:
                record.sectors.append(sector.id)
                record.evidence[f"sector:{sector.id}"] = evidence(s, e)

    # Duration and stated counts.
    for s, e in spans:
        match = duration_re.search(text[s:e])
        if match and not record.duration:
            record.duration = match.group(1)
            record.evidence["duration"] = evidence(s, e)
        for count in count_re.finditer(text[s:e]):
            key = count.group(2).lower()
            record.counts.setdefault(key, count.group(1))
    return record


def _headline_end(document: Document) -> int:
    """Where the headline ends: title-cased headlines read as names ('Lapas Garut Teken PKS')."""
    first = document.text.split("\n", 1)[0]
    return len(first) if first.strip() == document.title.strip() and document.kind == "article" else 0


def _in_source_line(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return is_source_line(text[line_start : line_start + 12])


def _unit_town_province(units: list[str], vocab: Vocabulary) -> str:
    """The province of the town that ends a unit's name, read as a regency or city ("Rutan Kelas IIB A"
    → "Kabupaten A", for a town the gazetteer keeps out of its bare names as an ordinary word); "" when
    no area of that name is known or areas of that name lie in two provinces."""
    places = vocab.gazetteer.places
    for unit in units:
        words = unit.split()
        for n in (2, 1):
            town = " ".join(words[-n:])
            if len(words) <= n or not all(w[:1].isupper() and not w.isupper() for w in words[-n:]):
                continue
            provinces = {places[key] for area in area_words(vocab) if (key := f"{area} {town.lower()}") in places}
            if len(provinces) == 1:
                return provinces.pop()
    return ""


def _units(units: list[OrgMention], signing: list[tuple[int, int]], vocab: Vocabulary) -> list[str]:
    """The correctional parties: those named in signing sentences, most specific names first; a
    shorter name of one of them is not another ("Lapas A" beside "Lapas Kelas IIA A"; not "Lapas A"
    beside "Lapas Perempuan A", a unit of another kind)."""
    def within(short: str, name: str) -> bool:
        # the words as written: "Lapas A" stays beside "Lembaga Pemasyarakatan Kelas IIA A", the form people search for
        return (set(normalise_name(short).split()) <= set(normalise_name(name).split())
                and vocab.unit_types(short) == vocab.unit_types(name))

    in_signing = [m for m in units if any(s <= m.start < e for s, e in signing)] or units
    # The most specific names first: a class ("Kelas IIA") or a town makes a name a unit's full name.
    counts = Counter(m.name for m in in_signing)
    counts = Counter({name: n + (5 if "kelas" in name.lower() else 0) + len(name) / 100 for name, n in counts.items()})
    names: list[str] = []
    for name, _ in counts.most_common():
        if any(normalise_name(name) in normalise_name(other) or within(name, other) for other in names):
            continue
        names = [n for n in names if normalise_name(n) not in normalise_name(name) and not within(n, name)] + [name]
    return names[:3]


def _partners(mentions: list[OrgMention], signing, spans, text: str, evidence, vocab: Vocabulary) -> list[Partner]:
    """The partners of one signing: organisations named in its signing sentences, in sentences of its
    part of the document that introduce partners ("Tiga mitra …: A, B dan C"), and in list blocks."""
    chosen: dict[str, Partner] = {}
    list_blocks = _list_block_spans(text, spans, vocab, set(signing))
    introduces = vocab.signing_pattern("partners")
    between = vocab.signing_pattern("between")
    about = vocab.signing_pattern("signed", "agreement", "cooperation", "topic")
    areas = area_words(vocab)
    for index, mention in enumerate(mentions):
        if mention.correctional or _other_name(mentions[index - 1] if index else None, mention, text) \
                or _referred_back(mention, text, vocab) or _acted_for(mentions[index - 1] if index else None, mention, text, vocab):
            continue
        sentence = next(((s, e) for s, e in spans if s <= mention.start < e), None)
        if sentence is None:
            continue
        s, e = sentence
        in_signing = (any(a <= mention.start < b for a, b in signing) or bool(introduces.search(text[s : mention.start]))
                      or bool(between.search(text[s : mention.start]) and about.search(text[s:e])))
        in_list = any(bs <= mention.start < be for bs, be in list_blocks)
        if not (in_signing or in_list):
            continue
        if mention.name.isupper() and len(mention.name.split()) == 1 \
                and re.search(r"\((?:[A-Z]+\s+)*" + re.escape(mention.name) + r"(?:\s+[A-Z]+)*\)", text):
            continue  # "BLK" where the text also says "Balai Latihan Kerja (BLK) Kota Magelang" or "… (UPTD BLK) …"
        name, other = mention.name, _bracketed_other_name(mentions, index, text)
        key = normalise_name(name)
        if any(key != known and same_organisation(name, chosen[known].name, vocab.glossary, areas) for known in chosen):
            continue
        # Both names when the text gives two ("the A Fishermen's Cooperative (Koperasi Nelayan A)"): a
        # reader of either language finds the body, and the record says what the text says.
        full = f"{name} ({other})" if other else name
        forms = [name, other] if other else aliases(name)
        chosen.setdefault(key, Partner(full, mention.kind, evidence(s, e), forms))
    return list(chosen.values())


def _clauses_start(text: str, vocab: Vocabulary) -> int:
    """Where an agreement's clauses begin: its first line opening with a clause's number ("Pasal 1";
    page_words.tsv clause), or the end of the text."""
    found = vocab.memo("clause_line", lambda v: re.compile(
        r"^[ \t]*(?:" + words_alternation(word_groups("page_words.tsv", v.folder)["clause"]) + r")\s+\d", re.I | re.M)).search(text)
    return found.start() if found else len(text)


def _bracketed_other_name(mentions: list[OrgMention], index: int, text: str) -> str:
    """The other full name a partner's name is followed by in brackets ("the Deli Hospitality Academy
    (Akademi Perhotelan Deli)"), or "" (none, or only an abbreviation: "National Narcotics Agency (BNN)")."""
    after = mentions[index + 1] if index + 1 < len(mentions) else None
    if after is None or not _other_name(mentions[index], after, text) or len(after.name.split()) < 2:
        return ""
    return after.name


def _other_name(before: OrgMention | None, mention: OrgMention, text: str) -> bool:
    """Is a name the other name, in brackets, of the name right before it ("the Deli Hospitality
    Academy (Akademi Perhotelan Deli)")? Then it is no partner of its own."""
    return (before is not None and re.fullmatch(r"\s*\(\s*", text[before.end : mention.start]) is not None
            and text[mention.end : mention.end + 1] == ")")


ACTED_FOR_GAP = 60  # characters at most between an office's name and the body its head acts for


def _acted_for(before: OrgMention | None, mention: OrgMention, text: str, vocab: Vocabulary) -> bool:
    """Is a name the body that the head of the office named right before acts for ("Kepala Dinas Sosial
    Kota A, dalam hal ini bertindak untuk dan atas nama Pemerintah Kota A"; asked_nouns.tsv acts for)?
    Then the office is the party, and the body it belongs to no partner of its own."""
    if before is None or before.correctional or not 0 <= mention.start - before.end <= ACTED_FOR_GAP:
        return False
    gap = text[before.end : mention.start].rstrip()
    return any(m.end() == len(gap) for m in vocab.asked_pattern("acts for").finditer(gap))


def _referred_back(mention: OrgMention, text: str, vocab: Vocabulary) -> bool:
    """Is a name only words of kinds of body after a word that refers back ("the Head of the Detention
    Centre": the unit named before; asked_nouns.tsv back before; the kind words that end an English name,
    organisations.tsv tails)?"""
    if not re.search(r"\b(?:" + words_alternation(vocab.asked_nouns.get("back before", ())) + r")\s+$",
                     text[max(0, mention.start - 12) : mention.start], re.I):
        return False
    kinds = vocab.memo("tail_kind_words", lambda v: frozenset(
        w.lower() for head, kind in v.organisation_heads.items() if kind.startswith("tail:") for w in re.findall(r"[\w'-]+", head)))
    return all(w.lower() in kinds for w in re.findall(r"[\w'-]+", mention.name))


def _enumeration(sentences, spans, mentions: list[OrgMention], following: int, unmet: int, text: str,
                 units: list[str], vocab: Vocabulary) -> list[tuple[int, int]]:
    """The sentences that go on with a signing's list of partners: those right after its last
    partner sentence that each name two partners or more ("Ada Fakultas A, Politeknik B, serta C."),
    up to the first that does not, one that names another correctional unit than the signing's
    `units` ("Sementara itu, Rutan B bekerja sama dengan C": B's partners, not A's), or the next signing.
    A sentence that tells what the agreement governs before its names (list_words.tsv content: "Nota itu mengatur
    pendampingan oleh Dinas A dan Dinas B") names who carries it out, not partners. When the signing states more partners than
    its sentences name (`unmet`: "dengan 12 mitra"), the stated count licenses reading on past
    sentences that name fewer ("Kerja sama ini mencakup …") to the list sentences further on, from
    the first signing sentence until the count is met or the signing's part ends; there a line that is
    one name and nothing else is a list item without its marker."""
    out: list[tuple[int, int]] = []
    last = min(e for _, e in sentences) if unmet > 0 else max(e for _, e in sentences)
    read_on = False  # past a sentence naming fewer: what follows counts against `unmet`
    content = vocab.list_pattern("content")
    for s, e in spans:
        if s < last or (s, e) in sentences:
            continue
        if s >= following or (read_on and unmet <= 0):
            break
        others = _unit_words((m.name for m in mentions if s <= m.start < e and m.correctional), vocab)
        if units and others and not others & _unit_words(units, vocab):
            break
        inside = [m for m in mentions if s <= m.start < e and not m.correctional]
        if inside and content.search(text, s, inside[0].start):
            inside = []
        named = {normalise_name(m.name) for m in inside}
        item = unmet > 0 and len(inside) == 1 and text[s:e].strip(" \t\n;,.") == inside[0].name  # a bare name line
        if len(named) < 2 and not item:
            if unmet > 0:
                read_on = True
                continue
            break
        out.append((s, e))
        if read_on or item:
            read_on = True
            unmet -= len(named)
    return out


def _stated_partners(text: str, sentences, count_re: re.Pattern, vocab: Vocabulary) -> tuple[int, tuple[int, int]] | None:
    """The number of partners a signing's sentences state ("dengan dua belas mitra", "empat lembaga"),
    with the sentence that states it; None when they state none."""
    partner_nouns = vocab.signing_pattern("partner count")
    for s, e in sentences:
        for match in count_re.finditer(text[s:e]):
            if partner_nouns.fullmatch(match.group(2)):
                number = match.group(1).lower()
                value = int(number) if number.isdigit() else vocab.numbers.get(number)
                if value:
                    return value, (s, e)
    return None


def aliases(name: str) -> list[str]:
    """The other forms an official name goes by: its bracketed abbreviation with the rest of the name
    ("Badan Narkotika Nasional Kabupaten (BNNK) Contoh" → "BNNK Contoh"; of two words, "Unit Pelaksana Teknis
    Daerah Balai Contoh (UPTD BC) Kabupaten A" → "UPTD BC Kabupaten A"), and the name without it."""
    match = re.search(r"\(([A-Z][\w-]{1,12}(?:\s[A-Z][A-Z\d-]{1,12})?)\)", name)
    if not match:
        return []
    short = " ".join((match.group(1) + name[match.end() :]).split())
    plain = " ".join((name[: match.start()] + name[match.end() :]).split())
    return [form for form in dict.fromkeys([short, plain]) if form != name]


def name_forms(name: str, glossary: Glossary | None = None) -> set[str]:
    """A name as compared: folded; without its bracketed abbreviation; as abbreviation + the rest
    ("Kepolisian Resor (Polres) Contoh" → "polres contoh"); as the other name in a closing bracket;
    without "Kantor" before a ministry's regional office or a closing "RI" (the country); with a
    glossary, its abbreviations spelled out ("Kemenag" → "kementerian agama")."""
    forms = {normalise_name(name), normalise_name(re.sub(r"\([^)]*\)", " ", name))}
    forms |= {normalise_name(alias) for alias in aliases(name)}  # "polres contoh"
    closing = re.search(r"\(([A-Z][^()]{1,40})\)\s*$", name)
    if closing:  # "Kelompok Masyarakat Peduli Contoh (Pokmas Contoh)": the name it also goes by
        forms.add(normalise_name(closing.group(1)))
    forms |= {re.sub(r"^kantor (?=kementerian |kemen)", "", f) for f in forms}
    forms |= {re.sub(r" (?:ri|republik indonesia)$", "", f) for f in forms}
    if glossary is not None:
        forms |= {" ".join(_spelled_out(w, glossary) for w in f.split()) for f in list(forms)}
    return forms - {""}


def spelled_out(text: str, glossary: Glossary) -> str:
    """A text as names are compared (`normalise_name`), each abbreviation spelled out ("Kantor Wilayah
    Ditjenpas A" → "kantor wilayah direktorat jenderal pemasyarakatan a")."""
    return " ".join(_spelled_out(w, glossary) for w in normalise_name(text).split())


def _spelled_out(word: str, glossary: Glossary) -> str:
    """An abbreviation's full form: its glossary expansion of several words, when the others it has are
    only shorter forms of it ("ditjenpas" → "direktorat jenderal pemasyarakatan", not "ditjen pas")."""
    expansions = glossary.entries.get(word, ())
    full = expansions[0] if expansions else ""
    return full if " " in full and all(len(e) < len(full) for e in expansions[1:]) else word


def same_organisation(a: str, b: str, glossary: Glossary | None = None, areas: frozenset[str] = frozenset()) -> bool:
    """The same body named twice: a shared form, or one written form inside the other ("Polres
    Contoh" in "Kepolisian Resor (Polres) Contoh"); spelled-out abbreviations count only whole
    ("Deputi Bidang Contoh BNN" is not the BNN). With `areas` (the words of an area: "kabupaten",
    "kota"), a name is also the same as one that leaves its area word out ("Kemenag Kabupaten
    Contoh", "Kementerian Agama Contoh"), never as one with another area word ("Kota Contoh")."""
    fa, fb = name_forms(a, glossary), name_forms(b, glossary)
    if fa & fb:
        return True
    if areas and any(_without(x, areas) == y or _without(y, areas) == x for x in fa for y in fb):
        return True
    if glossary is not None and (_kind_qualified(a, b, glossary) or _kind_qualified(b, a, glossary)):
        return True
    forms_a, forms_b = name_forms(a), name_forms(b)
    return any(x in y or y in x for x in forms_a for y in forms_b if min(len(x), len(y)) >= 12)


def _kind_qualified(short: str, name: str, glossary: Glossary) -> bool:
    """A body named by the abbreviation of its kind and its own words is the one whose name spells
    that kind out, then qualifies it in at most three words, before the same own words ("Perumda
    Contoh Raya" and "Perusahaan Umum Daerah Air Minum Contoh Raya")."""
    kind, *own = normalise_name(short).split() or [""]
    full = _spelled_out(kind, glossary).split()
    words = normalise_name(name).split()
    return (len(full) > 1 and bool(own) and words[: len(full)] == full and words[len(words) - len(own) :] == own
            and 0 < len(words) - len(full) - len(own) <= 3)


def _without(form: str, words: frozenset[str]) -> str:
    return " ".join(w for w in form.split() if w not in words)


def _list_block_spans(text: str, spans, vocab: Vocabulary, leads=()) -> list[tuple[int, int]]:
    """Item lines under a lead that ends with a colon and speaks of partners (list_words.tsv: party
    lead), or is a signing statement."""
    party_lead = vocab.list_pattern("party lead")
    blocks = []
    items = [(s, e) for s, e in spans if ITEM_MARKER_RE.match(text[s:e])]
    for s, e in spans:
        line = text[s:e]
        # A lead ends with a colon, or ends no sentence and has item lines right under it ("… adalah").
        opens = line.rstrip().endswith(":") or (not re.search(r"[.!?]\s*$", line)
                                                 and any(0 < s2 - e < 4 and "\n" in text[e:s2] for s2, _ in items))
        if opens and ((s, e) in leads or party_lead.search(line)):
            end = e
            for s2, e2 in spans:
                if s2 <= end:
                    continue
                if ITEM_MARKER_RE.match(text[s2:e2]) and s2 - end < 4:
                    end = e2
                elif "\n" not in text[end:s2] and end > e:
                    end = e2  # the item goes on after a full stop inside it ("diwakili Pdt. Contoh: …")
                elif s2 > end:
                    break
            blocks.append((e, end))
    return blocks


def area_words(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(vocab.asked_nouns.get("area", ()))


def unit_words(vocab: Vocabulary) -> frozenset[str]:
    """The words of every form of a kind of unit, of its class and grade ("probation", "office", "centre",
    "class", "IIB"; unit_types.tsv, asked_nouns.tsv unit class and unit grade) and of every kind of organisation
    ("universitas", "university"; organisations.tsv heads): words two units, or two partners, share
    without being one ("Universitas A Raya" and "Universitas B Raya" share only "universitas raya")."""
    def build(v: Vocabulary) -> frozenset[str]:
        forms = [f for group in word_groups("unit_types.tsv", v.folder).values() for f in group]
        phrases = [*forms, *v.asked_nouns.get("unit class", ()), *v.asked_nouns.get("unit grade", ()), *v.organisation_heads]
        return frozenset(w for phrase in phrases for w in normalise_name(phrase).split())

    return vocab.memo("unit_words", build)


def merge_records(records: list[Record], vocab: Vocabulary) -> list[Record]:
    """One record per signing: records of the same date and the same correctional unit are merged,
    keeping every source; a field they disagree on keeps both values in `conflicts`. A partner written
    with an abbreviation in one source and spelled out in another is one partner (the glossary); the
    words of kinds, classes and grades (`unit_words`: "class", "office", "IIB") name no unit of their own."""
    glossary, areas, generic = vocab.glossary, area_words(vocab), unit_words(vocab)
    merged: list[Record] = []
    for record in sorted(records, key=lambda r: (r.signing_date, r.sources)):
        # Records of one document are signings its extraction told apart: they stay apart.
        target = next((m for m in merged if _same_event(m, record, generic) and not set(m.doc_ids) & set(record.doc_ids)
                       and not _units_elsewhere(m, record, vocab)), None)
        if target is None:
            merged.append(Record.from_dict(record.as_dict()))
            continue
        target.doc_ids += [d for d in record.doc_ids if d not in target.doc_ids]
        target.sources += [s for s in record.sources if s not in target.sources]
        for partner in record.partners:
            if not any(same_organisation(partner.name, p.name, glossary, areas) for p in target.partners):
                target.partners.append(partner)
        target.sectors += [s for s in record.sectors if s not in target.sectors]
        for key, value in record.evidence.items():
            target.evidence.setdefault(key, value)
        for name in ("agreement_type", "place", "province", "duration"):
            mine, theirs = getattr(target, name), getattr(record, name)
            if not mine:
                setattr(target, name, theirs)
            elif theirs and theirs != mine:
                values = target.conflicts.setdefault(name, [mine])
                if theirs not in values:
                    values.append(theirs)
    return merged


def _units_elsewhere(a: Record, b: Record, vocab: Vocabulary) -> bool:
    """Do both records' units name places (the gazetteer), none of one the same as one of the other's
    (`same_place`: "Lapas A" and "Lapas B" of two towns on one day, each with its regency's health
    office, are two signings; a regional office and a unit of its province may be one)?"""
    mine, theirs = ([m for u in r.units for m in vocab.gazetteer.mentions(u)] for r in (a, b))
    return bool(mine and theirs) and not any(same_place(x, y, vocab) for x in mine for y in theirs)


def _same_event(a: Record, b: Record, generic: frozenset[str]) -> bool:
    """Of one date, and of units that share a word of their own (a town: "Class IIB Lhokseumawe Detention
    Centre" and "Class II Jambi Probation Office" share only "class"), or of most partners' words."""
    if not a.signing_date or a.signing_date != b.signing_date:
        return False
    common = generic
    towns_a = {w for u in a.units for w in normalise_name(u).split()} - common
    towns_b = {w for u in b.units for w in normalise_name(u).split()} - common
    if towns_a & towns_b:
        return True
    partners_a = {w for p in a.partners for w in normalise_name(p.name).split()} - common
    partners_b = {w for p in b.partners for w in normalise_name(p.name).split()} - common
    return bool(partners_a and partners_b) and len(partners_a & partners_b) / min(len(partners_a), len(partners_b)) >= 0.6

