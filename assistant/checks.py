"""Checks a reader's span must pass before it answers, and the sentence and clause tools they share.

The reader scores spans; it was never taught what kind of answer a question asks, whose role a name
holds, or which signing a date is of. These checks say so from the question's kind and words and the
span's sentence (each stated without a document and tested on sentences written for it,
`tests/assistant/test_answer_checks.py`): a duration or an amount states its unit, a place or a
person is not a date alone, a role's holder is named and is not another's (another role, another
place, one who stands in), a date is not of another signing of the same story. Pure functions over
text and the vocabulary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.question import held_role_pattern
from assistant.reader import Span
from ingest.core.vocabulary import Vocabulary, same_place, word_groups, words_alternation
from ingest.dates import find_dates
from ingest.organisations import normalise_name, organisations, role_body_heads
from ingest.records import same_organisation
from ingest.sentences import sentence_spans
from ingest.signings import CUE_WINDOW
from ingest.tokens import is_common_word, is_stop_word, tokenize

# Answer kinds whose span states a number in a unit, and the classes of asked_nouns.tsv its units are
# of. "Berapa besar …" asks a magnitude: an amount of money, an area, a length, a mass, a share, a
# volume or a power (FacQA train: all 12 answers to it have one of these units; none is a count).
MEASURED = {"duration": ("duration unit",), "money": ("currency",), "area": ("area unit",),
            "magnitude": ("currency", "area unit", "length unit", "mass unit", "percent unit", "volume unit", "power unit")}
CHECKED_KINDS = frozenset({*MEASURED, "place", "person", "frequency", "count"})  # the kinds `fits_kind` checks


def heads_another(held: str, text: str, span: Span, vocab: Vocabulary) -> bool:
    """Asked who heads a kind of correctional unit ("Kepala Lapas A"), does the span's clause name
    another kind only ("Kepala Bapas A, Nama")? Asked who holds a role, does the clause name other
    roles only (`holds_another_role`)? Asked who holds a role of a place ("Bupati A"), do the span
    and its clause name other places only ("disaksikan Bupati B")? Then it is another's holder."""
    clause = person_clause(text, span, vocab)
    asked, named = vocab.unit_types(held), vocab.unit_types(clause)
    start, _ = sentence_around(text, span.start, span.end)
    if (asked and named and not asked & named) or (holds_another_role(held, clause + " " + span.text, vocab)
                                                    and not _said_as_own(held, text[start : span.end], vocab)):
        return True
    if heads_another_body(held, clause + " " + span.text, text[start : span.start], vocab) or names_another_body(held, clause, vocab):
        return True
    places, said = vocab.gazetteer.mentions(held), vocab.gazetteer.mentions(clause + " " + span.text)
    return bool(places and said) and not any(same_place(a, b, vocab) for a in places for b in said)


def _said_as_own(held: str, before: str, vocab: Vocabulary) -> bool:
    """Does the sentence up to a name say the role asked, and join no other role to it after that
    ("Menteri A sekaligus Ketua Tim B, [Nama]" is the minister; "disaksikan Bupati A serta Kepala Kanwil B,
    [Nama]" is the regional head: a joining word right before a role opens another's clause, list_words.tsv
    clause)?"""
    if not says_role(held, before, vocab):
        return False
    joined = vocab.memo("joined_role", lambda v: re.compile(
        r"\b(?:" + words_alternation(v.list_words.get("clause", ())) + r")\s+(" + held_role_pattern(v).pattern + r")", re.I))
    return not any(not says_role(held, found.group(1), vocab) and says_role(held, before[: found.start()], vocab)
                   for found in joined.finditer(before))


def heads_another_body(held: str, clause: str, before: str, vocab: Vocabulary) -> bool:
    """Asked who holds the role of a body ("Kepala KUA A"), does the span's clause give that role to
    bodies of other kinds only ("Kepala Rutan A, [Nama]") while its sentence, up to the span, never
    names the asked body? Asked who acts for a body ("atas nama BLK A"), any role of roles.tsv counts
    ("[NAMA], Kepala Lapas A, … atas nama Lapas A" acts for the prison). Bodies are compared by their
    words and glossary forms less towns, kinds of area and function words ("Kantor Kemenag A" and
    "Kantor Kementerian Agama Kabupaten A" share theirs); a body the clause names without the role
    ("Direktur PT A … Menteri B [Nama]") is not the role's. The sentence's words before a word naming
    the other side of a signing (signing_words.tsv counterpart: "Rektor Universitas A … yang
    menandatangani nota kesepahaman bersama Kepala Kanwil B, [Nama]") are another side's."""
    if (sides := list(vocab.signing_pattern("counterpart").finditer(before))):
        before = before[sides[-1].end() :]
    role = held_role_pattern(vocab).match(held)
    body = held[role.end() :].strip() if role else held
    at = vocab.asked_pattern("located at").search(body)
    own = body[: at.start()] if at and at.start() > 0 else body  # "the legal aid clinic at Rutan A": the clinic
    wanted = _body_words(body, vocab)
    if not wanted:
        return False
    roles = (words_alternation([role.group(0), *vocab.glossary.entries.get(role.group(0).lower(), ()),
                                *vocab.glossary.back(role.group(0).lower())]) if role  # "Kepala" is said "head" too
             else held_role_pattern(vocab).pattern)  # "head" is said "Kepala" too
    given = re.compile(r"\b(?:" + roles + r")\s+(?:of\s+(?:the\s+)?)?$", re.I)  # "Kepala Lapas A", "the Head of Lapas A"
    bodies = ([m.name for m in organisations(clause, vocab) if given.search(clause[: m.start])]
              or _english_offices(before, roles, vocab)[-1:])  # the role nearest the name
    if not bodies and not vocab.unit_types(own):  # "the head of the detention centre": a correctional unit by its kind
        after = re.compile(r"\b(?:" + roles + r")\s+(?:of\s+(?:the\s+)?)?(\w+(?:\s+\w+)?)", re.I)
        if any(vocab.unit_types(m.group(1)) for m in after.finditer(clause)):
            return not wanted <= _body_words(before, vocab)
    # "Dinas Perindustrian" is no "Dinas Pertanian": two names in one language are compared by their
    # fields; across languages by all their words (the glossary may lack a field's other form)
    field = wanted - _kind_words(vocab) or wanted
    if not bodies or any((field if _english_name(name, vocab) == _english_name(body, vocab) else wanted) & _body_words(name, vocab)
                         for name in bodies):
        return False
    return not wanted <= _body_words(before, vocab)


def _english_offices(clause: str, roles: str, vocab: Vocabulary) -> list[str]:
    """The English government bodies a role is given in a text, in order, named by their fields and a
    word ending such a name (name_words.tsv office): "the Head of the Industry and Trade Office of A
    Regency" gives "Industry and Trade Office"."""
    office = vocab.memo("english_office", lambda v: re.compile(
        r"\b(?:" + words_alternation(word_groups("name_words.tsv", v.folder).get("office", ())) + r")\b"))
    named = re.compile(r"\b(?:" + roles + r")\s+of\s+(?:the\s+)?((?:[A-Z][\w'-]*\s+(?:and\s+)?){1,5})", re.I)
    found = []
    for match in named.finditer(clause):
        words = match.group(1).split()
        ends = [i for i, w in enumerate(words) if office.fullmatch(w)]
        if ends and ends[0] > 0:
            found.append(" ".join(words[: ends[0] + 1]))
    return found


def _english_name(name: str, vocab: Vocabulary) -> bool:
    """Is a body's name written in English: does it hold an English word of a name's kind (name_words.tsv
    office, the last word of an organisations.tsv kind word that ends a name: "Office", "Cooperative") or
    of its grammar ("the", "of")?"""
    english = vocab.memo("english_name_words", lambda v: frozenset(
        [w.lower() for w in word_groups("name_words.tsv", v.folder).get("office", ())]
        + [h.split()[-1].lower() for h, k in v.organisation_heads.items() if k.startswith("tail:")] + ["the", "of"]))
    return any(w in english for w in re.findall(r"[a-z]+", name.lower()))


def _kind_words(vocab: Vocabulary) -> frozenset[str]:
    """The words that name a kind of body, not its field: organisations.tsv head words of one word
    ("Dinas", not "Kantor Kementerian Agama"), English office words (name_words.tsv office) and their
    one-word glossary forms."""
    def build(v: Vocabulary) -> frozenset[str]:
        heads = [h for h in (*v.organisation_heads, *word_groups("name_words.tsv", v.folder).get("office", ())) if " " not in h]
        forms = [f for h in heads for f in v.glossary.entries.get(h.lower(), ()) if " " not in f]
        return frozenset(tokenize(" ".join([*heads, *forms])))
    return vocab.memo("body_kind_words", build)


def names_another_body(held: str, clause: str, vocab: Vocabulary) -> bool:
    """Asked who holds a role of a named body ("Rektor Universitas A", "the rector of Universitas A"),
    does the span's clause name bodies of that kind, by the word their names open with, none sharing
    another word with the asked one ("Rektor Universitas B, [Nama]"; "Lapas A" is "Lapas Kelas IIB A")?
    Then the name is the other body's. Two names written the Indonesian way (the kind word first) that
    share a word but each keep a proper word the other lacks, no glossary word ("Politeknik Pertanian A"
    and "Politeknik Pertanian B"), are two bodies too (an English name's words are another language's:
    "A Batik Craftsmen Association" is "Himpunan Perajin Batik A"). (Bodies of other kinds:
    `heads_another_body`.)"""
    def kind(name: str) -> set[str]:
        return _body_kind(name, vocab)

    common = vocab.memo("glossary_tokens", lambda v: frozenset(tokenize(" ".join(
        f"{term} {' '.join(forms)}" for term, forms in v.glossary.entries.items()))))

    def kind_first(name: str) -> bool:
        return not vocab.organisation_heads.get(name.split()[-1].capitalize(), "").startswith("tail:")

    def one(words: set[str], wanted: set[str], indonesian: bool) -> bool:  # the same body, by its own words
        return bool(words & wanted) and not (indonesian and (words - wanted - common) and (wanted - words - common))

    def own_words(name: str) -> set[str]:  # its words but its kind's, less class words ("Kelas IIB")
        words = tokenize(" ".join([name, *vocab.glossary.expand(name)]))
        return {w for w in words if not re.fullmatch(r"[ivx]+[ab]?|kelas|class", w)} - set(tokenize(" ".join(kind(name))))

    asked = [(kind(m.name), own_words(m.name), kind_first(m.name)) for m in organisations(held, vocab)]
    named = [(kind(m.name), own_words(m.name), kind_first(m.name)) for m in organisations(clause, vocab)]
    kinds = {k for ks, _, _ in asked for k in ks}
    return (any(ks & kinds for ks, _, _ in named)
            and not any(one(words, wanted, first and wanted_first)
                        for _, words, first in named for _, wanted, wanted_first in asked))


def _body_kind(name: str, vocab: Vocabulary) -> set[str]:
    """The word a body's name tells its kind by, with its glossary forms: the first ("Universitas A"),
    or the last when it is a glossary term and the first is not, as an English name ends with its
    kind ("A University")."""
    words, terms = name.split(), vocab.glossary.entries
    head = words[-1] if words[-1].lower() in terms and words[0].lower() not in terms else words[0]
    return {form.lower() for form in (head, *terms.get(head.lower(), ()))}


def _body_words(name: str, vocab: Vocabulary) -> set[str]:
    """The words that tell a body's kind and field: its own and its glossary forms', less towns,
    kinds of area (asked_nouns.tsv area), class words and function words."""
    places = {t for m in vocab.gazetteer.mentions(name) for t in tokenize(name[m.start : m.end])}
    areas = vocab.memo("area_tokens", lambda v: frozenset(tokenize(" ".join(v.asked_nouns.get("area", ())))))
    words = set(tokenize(" ".join([name, *vocab.glossary.expand(name)])))
    return {w for w in words if w not in places and w not in areas and not is_stop_word(w)
            and not w.isdigit() and not re.fullmatch(r"[ivx]+[ab]?|kelas|class", w)}


def asked_counts(question: str, vocab: Vocabulary) -> list[tuple[int, set[str]]]:
    """The parties or agreements a question counts ("dengan sebelas mitra", "eleven partners", "sebelas
    PKS"; a one-word noun of asked_nouns.tsv party or agreement), each number with its word and the
    word's glossary forms ("partners" is "mitra"). Other counts are not compared: a question may count
    a part of what its story counts ("sepuluh transponder" of 24)."""
    nouns = vocab.memo("counted_nouns", lambda v: frozenset(
        p.lower() for c in ("party", "agreement") for p in v.asked_nouns.get(c, ()) if " " not in p))
    found = []
    for number, noun in _counted(vocab).findall(question):
        value = _number_value(number, vocab)
        forms = {noun.lower(), *(e.lower() for e in vocab.glossary.expand(noun))}
        if value is not None and forms & nouns and not (number.isdigit() and len(number) == 4):  # "the 2026 agreement": a year
            found.append((value, forms))
    return found


def counts_another(asked: list[tuple[int, set[str]]], text: str, vocab: Vocabulary) -> bool:
    """Does `text` count something the question counts (`asked_counts`) otherwise ("lima mitra" for
    "sebelas mitra"), and never as asked? Then it tells of another event."""
    said = [(_number_value(n, vocab), w.lower()) for n, w in _counted(vocab).findall(text)]
    for value, forms in asked:
        counts = {n for n, w in said if w in forms}
        if counts and value not in counts:
            return True
    return False


def asked_days(question: str, vocab: Vocabulary) -> set[str]:
    """The days a question names, as month and day ("10-02" for "2 Oktober")."""
    return {m.month_day for m in find_dates(question, vocab) if m.month_day}


def days_told(text: str, vocab: Vocabulary) -> set[str]:
    """The days a text states, as month and day: a story often leaves the year out ("Kamis (2/10)")."""
    return {m.month_day for m in find_dates(text, vocab) if m.month_day}


def dates_another(asked: set[str], told: set[str]) -> bool:
    """Does a story that states days (`told`) never state a day the question names (`asked`: "pada 2
    Oktober", "on 2 October 2025")? Then it tells of another event. A story stating no day is not
    ruled out."""
    return bool(asked and told) and not asked & told


def _counted(vocab: Vocabulary) -> re.Pattern:
    return vocab.memo("counted", lambda v: re.compile(r"\b(" + v.number_pattern() + r")\s+([^\W\d_][\w-]*)", re.I))


def _number_value(number: str, vocab: Vocabulary) -> int | None:
    digits = re.sub(r"[.,]", "", number)
    return int(digits) if digits.isdigit() else vocab.numbers.get(" ".join(number.lower().split()))


def stands_in(text: str, span: Span, vocab: Vocabulary) -> bool:
    """Is a person span named after a word that says the holder was represented ("Rektor A diwakili
    Wakil Rektor, [Nama]"; signing_words.tsv represented)? Then it is who stood in, not the holder —
    unless a word naming the other side of a signing stands between ("diwakili Wakil Rektor, Nama, yang
    menandatangani … bersama Kepala Kanwil A, [Nama]": the other side's; signing_words.tsv counterpart), or
    a word giving the role the name acts in follows it ("Universitas A, diwakili oleh [NAMA] selaku Rektor":
    represented by its holder; signing_words.tsv in capacity)."""
    start, end = sentence_around(text, span.start, span.end)
    cues = list(vocab.signing_pattern("represented").finditer(text[start : span.start]))
    if not cues or vocab.signing_pattern("counterpart").search(text[start + cues[-1].end() : span.start]):
        return False
    capacity = vocab.memo("in_capacity", lambda v: re.compile(
        r"[\s,]*(?:" + words_alternation(v.signing_words.get("in capacity", ())) + r")\s+(?:" + held_role_pattern(v).pattern + ")", re.I))
    return not capacity.match(text, span.end, end)


def holds_another_role(held: str, clause: str, vocab: Vocabulary) -> bool:
    """Asked who holds a role ("Wali Kota A"), does the span's clause name other roles only ("…
    ditandatangani Kepala Bapas A, [Nama], dan Wali Kota A": the name is the head's)? Roles are those
    of roles.tsv, compared by their stems and glossary forms ("pimpinan" is "pemimpin", "Dubes" is
    "Duta Besar")."""
    said = roles_said(clause, vocab)
    return held_role_pattern(vocab).match(held) is not None and bool(said) and not says_role(held, clause, vocab)


def says_role(held: str, text: str, vocab: Vocabulary) -> bool:
    """Does `text` name the role `held` opens with, in any of its forms? ("Menteri Hukum dan HAM
    sekaligus Ketua Tim A, [Nama]": the sentence names the minister, the clause only the chair.) A role
    said by an abbreviation whose full form opens the role asked says it ("Kalapas A" for "Kepala Lapas A"),
    as does one whose full form is the role asked of the kind of unit asked ("Kalapas" for "head of the A
    prison")."""
    wanted = held_role_pattern(vocab).match(held)
    if wanted is None:
        return False

    def forms(phrase: str) -> set[str]:  # a deputy's role keeps its deputy word in every form
        deputy = deputies(vocab).match(phrase)
        prefix, role = (phrase[: deputy.end()], phrase[deputy.end() :]) if deputy else ("", phrase)
        return {" ".join(tokenize(prefix + f)) for f in [role, *vocab.glossary.expand(role)]}

    asked = " ".join(tokenize(held)) + " "  # "Kalapas" says "Kepala Lapas A": a form of it opens the role asked
    kinds, role = vocab.unit_types(held), held_role_pattern(vocab)

    def heads_kind(said: str) -> bool:  # "Kalapas" ("kepala lapas") says "head of the A prison": the role, of that kind of unit
        return bool(kinds) and any((m := role.match(f)) and forms(m.group(0)) & forms(wanted.group(0))
                                   and vocab.unit_types(f[m.end() :]) & kinds for f in forms(said))

    return any(forms(wanted.group(0)) & forms(r) or any(" " in f and asked.startswith(f + " ") for f in forms(r)) or heads_kind(r)
               for r in roles_said(text, vocab))


def roles_said(text: str, vocab: Vocabulary) -> list[str]:
    """The roles of roles.tsv a text names, also through a glossary abbreviation ("Dubes"), and the
    places in a body that head nothing ("pegawai", roles.tsv member)."""
    role = held_role_pattern(vocab)
    places = vocab.memo("member_roles", lambda v: re.compile(r"\b(?:" + words_alternation(
        [w for w, kind in v.roles.items() if kind == "member"]) + r")\b", re.I))
    said = [m.group(0) for m in re.finditer(r"\b(?:" + role.pattern + r")", text, re.I)]
    said += [m.group(0) for m in places.finditer(text)]
    deputised = vocab.memo("deputised_roles", lambda v: re.compile(deputies(v).pattern + r"[\w.]+", re.I))
    plain = deputised.sub(" ", text)  # "vice-rector" is no "rektor": the deputy's role is said above
    return said + [e for t, _ in vocab.glossary.terms(plain) for e in vocab.glossary.expand(t) if role.fullmatch(e)]


def deputies(vocab: Vocabulary) -> re.Pattern:
    """A deputy word and what joins it to the role it deputises ("Wakil ", "vice-"; roles.tsv deputy role)."""
    return vocab.memo("deputy_roles", lambda v: re.compile(r"\b(?:" + words_alternation(
        [w for w, kind in v.roles.items() if kind == "deputy role"]) + r")[\s-]+", re.I))


def spelled_forms(forms: set[str], vocab: Vocabulary) -> set[str]:
    """Name forms with each glossary abbreviation of several words spelled out ("satpol pp …" →
    "satuan polisi pamong praja …"); one-word ones are spelled by `name_forms`."""
    spelled = set(forms)
    for form in forms:
        for term, expansions in vocab.glossary.terms(form):
            if " " in term and len(expansions) == 1:
                spelled.add(f" {form} ".replace(f" {term} ", f" {expansions[0]} ").strip())
    return spelled


def dates_another_signing(text: str, span: Span, partners: list[str], vocab: Vocabulary) -> bool:
    """Does a date span's sentence name bodies other than correctional units, none of them a partner
    the question asks about ("Pada Selasa (2/6), lapas meneken PKS dengan C" asked of B; a name is the
    partner when it holds the partner's words, its own or their glossary forms: "A Seaweed Farmers Group"
    for "Kelompok Petani Rumput Laut A")? Then it dates another signing of the same story."""
    start, end = sentence_around(text, span.start, span.end)
    named = [m.name for m in organisations(text[start:end], vocab) if not vocab.unit_types(m.name)]

    def words(name: str) -> set[str]:  # an English name's words with their glossary forms ("Farmers Group": "petani", "kelompok")
        return set(normalise_name(" ".join([name, *vocab.glossary.expand(name)])).split())

    return bool(named) and not any(same_organisation(n, p, vocab.glossary) or set(normalise_name(p).split()) <= words(n)
                                   for n in named for p in partners)


def partner_kind_named(question: str, vocab: Vocabulary, kind_words: int = 1, towns: bool = True) -> list[str]:
    """The partner a question names by its kind, in words the glossary says as a body's name ("… its
    agreement with the district court" → "pengadilan negeri"), with the town it names ("the Ternate city
    government" → "pemerintah kota ternate"; without `towns`, none then); none when what follows "with" /
    "dengan" names no kind of body ("with its three partners"), or only kinds of fewer than `kind_words` words."""
    heads = vocab.memo("organisation_heads_lower", lambda v: frozenset(h.lower() for h in v.organisation_heads))
    match = re.search(r"\b(?:with|dengan)\s+([^?,.;]+)", question, re.I)
    if match is None or match.group(1).split()[0].lower() in vocab.asked_nouns.get("wh", ()):
        return []  # "With which hospital did A sign …?" asks for the partner
    forms = [f for f in dict.fromkeys(vocab.glossary.expand(match.group(1))) if f.split()[0] in heads and len(f.split()) >= kind_words]
    places = [m.place.lower() for m in vocab.gazetteer.mentions(match.group(1))]
    if places and not towns:
        return []
    return [f"{form} {place}" for form in forms for place in places] or forms  # "the Ternate city government"


def fits_kind(text: str, kind: str, vocab: Vocabulary) -> bool:
    """Can a span be the kind of answer asked for? A duration or an amount of money states a number
    with its unit (`states_measure`); a place or a person is not a date alone ("pada Selasa (3/2/2026)");
    how often something happens is said with a word of frequency ("setiap", "dua kali", "weekly"); a
    count states a number (every answer to "Berapa …" / "How many …" of the devset, FacQA and the
    written questions does)."""
    if kind in MEASURED:
        return states_measure(text, kind, vocab)
    if kind in ("place", "person"):
        return not only_date(text, vocab)
    if kind == "frequency":
        return bool(vocab.asked_pattern("frequency").search(text))
    if kind == "count":  # "Berapa bibit …": "500 (lima ratus) bibit", not "bibit kakao unggul"
        return states_number(text, vocab)
    return True


def frequency_start(text: str, span: Span, vocab: Vocabulary) -> int:
    """Where a span that answers how often begins with the frequency word written right before it:
    "setiap" of "setiap dua minggu" when the reader took "dua minggu" (asked_nouns.tsv frequency); a
    span that opens with a word of frequency takes the number right before it ("dua" of "dua kali
    seminggu" when the reader took "kali seminggu")."""
    often, start = vocab.asked_pattern("frequency"), span.start
    while (before := re.search(r"(\w+)\s+$", text[max(0, start - 30) : start])) and (
            often.fullmatch(before.group(1)) or (often.match(text, start) and _number_value(before.group(1), vocab) is not None)):
        start -= len(before.group(0))  # "kali seminggu" of "dua kali seminggu" too
    return start


def frequency_end(text: str, span: Span, vocab: Vocabulary) -> int:
    """Where a span that answers how often ends with the frequency word written right after it:
    "sekali" of "setiap enam bulan sekali" (asked_nouns.tsv frequency)."""
    after = re.match(r"[ \t]+(\w+)", text[span.end : span.end + 30])
    if after and vocab.asked_pattern("frequency").fullmatch(after.group(1)):
        return span.end + after.end()
    return span.end


# A document's reference number: one token of digits and letters with two separators or more
# ("031/BSM-HRD/X/2026", "W.13.PAS-HM.05.02-088").
REFERENCE_RE = re.compile(r"(?<!\S)(?=\S*\d)(?=\S*[A-Za-z])\S*[/.-]\S*[/.-]\S*")


def within_date(text: str, span: Span, vocab: Vocabulary) -> bool:
    """Are a span's numbers all parts of dates its sentence writes ("dua ribu dua puluh enam" of
    "tanggal lima belas bulan Januari tahun dua ribu dua puluh enam") or of reference numbers
    ("Nomor: 031/BSM-HRD/X/2026")? Then it is no count, duration or amount."""
    start, end = sentence_around(text, span.start, span.end)
    rest = list(text[span.start : span.end])
    found = [(start + d.start, start + d.end) for d in find_dates(text[start:end], vocab)]
    found += [(m.start(), m.end()) for m in REFERENCE_RE.finditer(text, start, end)]
    covered = False
    for x, y in found:
        a, b = max(x, span.start), min(y, span.end)
        if a < b:
            covered = True
            rest[a - span.start : b - span.start] = " " * (b - a)
    return covered and not states_number("".join(rest), vocab)


def only_date(text: str, vocab: Vocabulary) -> bool:
    """Is a span a date and nothing else but function words and the nouns that introduce a date ("pada
    Selasa (3/2/2026)", "pada tanggal 10 Desember 2026"; asked_nouns.tsv date word)?"""
    dates = find_dates(text, vocab)
    if not dates:
        return False
    rest = text
    for mention in reversed(dates):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    date_words = vocab.memo("date_words", lambda v: frozenset(w.lower() for w in v.asked_nouns.get("date word", ())))
    return not [w for w in re.findall(r"\w+", rest.lower()) if not is_stop_word(w) and w not in date_words]


def states_measure(text: str, kind: str, vocab: Vocabulary) -> bool:
    """Does a span state a number with a unit of what a duration or money question asks ("dua tahun",
    "Rp 500 juta"; asked_nouns.tsv duration unit, currency), not a bare date or count?"""
    if kind == "magnitude":  # the unit is the number's own: "Rp 5 juta", "765 MW", not "40 inmates … two hectares"
        return _unit_of_a_number(text, vocab)
    if kind == "duration":  # "enam bulan", "3 (tiga) tahun", not "30 clients a year"
        return _counted_unit(text, vocab.asked_pattern(*MEASURED[kind]), vocab)
    return states_number(text, vocab) and bool(vocab.asked_pattern(*MEASURED[kind]).search(text))


def states_unit(text: str, kind: str, vocab: Vocabulary) -> bool:
    """Does the text state a number in a unit of `kind` (asked_nouns.tsv, `UNIT_KINDS`: "tiga jam",
    "94,8 persen"), the number among the DURATION_GAP words before the unit?"""
    return _counted_unit(text, vocab.asked_pattern(kind), vocab)


DURATION_GAP = 2  # words at most before a length of time's unit that hold its number ("tiga setengah tahun")


def _counted_unit(text: str, units: re.Pattern, vocab: Vocabulary) -> bool:
    """Does a unit in the text have a number among the DURATION_GAP words before it (a number in
    brackets after one written in digits skipped: "3 (tiga) tahun")? "30 clients a year" counts clients."""
    plain = re.sub(r"\([^()]*\)", " ", text)
    for match in units.finditer(plain):
        before = re.findall(r"\w+", plain[: match.start()])[-DURATION_GAP:]
        if any(states_number(word, vocab) for word in before):
            return True
    return False


MAGNITUDE_GAP = 2  # words at most between a magnitude's number and its unit ("2 miliar dollar", "12 tonnes")


def _unit_of_a_number(text: str, vocab: Vocabulary) -> bool:
    """Does a number in the text have a unit of a magnitude (MEASURED) right before or after it?"""
    words = re.findall(r"[\w.,%²]+", text)
    units = vocab.asked_pattern(*MEASURED["magnitude"])
    for i, word in enumerate(words):
        if states_number(word, vocab) and any(units.fullmatch(w.strip(".,")) or w == "%"
                                              for w in words[max(0, i - 1) : i + 2 + MAGNITUDE_GAP]):
            return True
    return False


UNIT_KINDS = ("duration unit", "area unit", "percent unit", "length unit", "mass unit", "volume unit", "power unit", "degree unit",
              "times unit")  # the measures a question can name the unit of (asked_nouns.tsv)


def _unit_patterns(v: Vocabulary) -> tuple[re.Pattern, dict[str, str]]:
    """A count word and the word after it; the unit words with their kinds."""
    after = re.compile(r"\b(?:" + words_alternation(v.asked_nouns.get("count", ())) + r")(?:kah)?\s+(\w+)", re.I)
    return after, {u.lower(): kind for kind in UNIT_KINDS for u in v.asked_nouns.get(kind, ())}


def asked_unit(question: str, vocab: Vocabulary) -> str | None:
    """The kind of unit a question asks a number in, when it names the unit right after its count word
    ("Berapa persen …", "Berapa hektarkah …", "How many kilometres …"; asked_nouns.tsv count and the
    kinds of `UNIT_KINDS`), or None. FacQA train's answers to such questions all state the unit."""
    after, kinds = vocab.memo("asked_unit", _unit_patterns)
    for match in after.finditer(question):
        word = match.group(1).lower()
        kind = kinds.get(word) or (kinds.get(word[:-3]) if word.endswith("kah") else None)
        if kind:
            return kind
    return None


def counted_noun(question: str, vocab: Vocabulary) -> set[str]:
    """The noun a count question counts, with its glossary forms in either language ("Berapa dosen …" →
    dosen, "Berapa mahasiswa …" → mahasiswa, students; "Berapakah jumlah pendukung …" → pendukung): the first word after a count word (asked_nouns.tsv count) that
    is no count word and no function word; empty when there is none."""
    after, _ = vocab.memo("asked_unit", _unit_patterns)
    counts = vocab.memo("count_words", lambda v: frozenset(w.lower() for w in v.asked_nouns.get("count", ())))
    match = after.search(question)
    for word in re.findall(r"\w+", question[match.start(1) :].lower()) if match else ():
        if word not in counts and not is_stop_word(word) and not word.isdigit():
            return {word, vocab.glossary.in_english(word).lower(), *(e.lower() for e in vocab.glossary.expand(word))}
    return set()


SPELLED_AGAIN = r"(?:\([^\W\d_][^()\d]{0,40}\)\s*)?"  # a number said again in words, in brackets: "3 (tiga) tahun"


def noun_end(text: str, span: Span, nouns: set[str], vocab: Vocabulary) -> int | None:
    """Where the counted noun ends that follows a span ending with a number ("60.000" of "60.000
    pendukung", "500 (lima ratus) bibit"), or None."""
    words = span.text.split()
    if not nouns or not words or not states_number(words[-1], vocab):
        return None
    follows = _noun_after(text, span.end, nouns)
    return span.end + follows.end() if follows else None


def counts_first(text: str, span: Span, nouns: set[str], vocab: Vocabulary) -> bool:
    """Is the span's first number followed by a counted noun ("15 (lima belas) warga binaan"; not "dua
    orang guru …, 15 warga binaan", whose first number counts teachers)?"""
    number = vocab.memo("a_number", lambda v: re.compile(r"(?<![\w.,])" + v.number_pattern() + r"(?!\w)", re.I))
    first = number.search(text, span.start, span.end)
    return bool(nouns and first and _noun_after(text, first.end(), nouns))


def _noun_after(text: str, at: int, nouns: set[str]) -> re.Match | None:
    """One of the counted nouns right after a number that ends at `at`, the number perhaps said again
    in words in brackets between ("15 (lima belas) warga binaan"); its match in `text[at:]`."""
    return re.match(r"\s+" + SPELLED_AGAIN + r"(?:" + words_alternation(nouns) + r")(?!\w)", text[at:], re.I)


def unit_end(text: str, span: Span, kind: str, vocab: Vocabulary) -> int | None:
    """Where the unit of `kind` ends that the span's first number is stated in ("94,8 persen", "3.000"
    of "3.000 hektar", "4,5 juta ton", "3 (tiga) tahun": the unit may follow the span, one word, or the
    number said again in words in brackets, may stand between), or
    None when that number is not in such a unit ("22.091.039 anak …, atau 94,8 persen" states a
    count first)."""
    number = vocab.memo("a_number", lambda v: re.compile(r"(?<![\w.,])" + v.number_pattern() + r"(?!\w)", re.I))
    unit = vocab.memo("unit_after:" + kind, lambda v: re.compile(  # "8,000 per kilogram" is a rate, no mass (asked_nouns.tsv per)
        r"\s*" + SPELLED_AGAIN + r"(?:(?!(?:" + words_alternation(v.asked_nouns.get("per", ())) + r")\b)[^\W\d_]+\s+)?(?:"
        + words_alternation(v.asked_nouns.get(kind, ())) + r")(?!\w)", re.I))
    first = number.search(text, span.start, span.end)
    if first is None:
        return None
    end = first.end()
    while (more := re.match(r"(?:[.,]\s?|\s?[-–]\s?)\d+", text[end:span.end])):  # "22.091. 039", "15-16": one number
        end += more.end()
    stated = unit.match(text, end)
    return stated.end() if stated else None


def names_someone(text: str, held: str, vocab: Vocabulary) -> bool:
    """Does a span name someone beyond the role it was asked about ("Siapa Rektor Universitas A?"):
    a capitalised word that is no word of that role or body, no role or organisation word (roles.tsv,
    organisations.tsv), no class ("Kelas IIB"), no place, month or day, no word of a body's name that
    ends with its town ("Kepolisian Resor A"), no word of signing or party
    phrase ("Penandatanganan", "PIHAK KEDUA"; signing_words.tsv), and, written in capitals or opening
    a sentence, no ordinary word? A span that only restates the role, or opens with a body's name,
    names no holder. (Ordinary words are not ruled out elsewhere: Sastrawi's root words hold many
    given names, "Bambang Aji".)"""
    def build(v: Vocabulary) -> frozenset[str]:
        phrases = [*v.roles, *v.organisation_heads, *v.asked_nouns.get("unit class", ()), *v.months, *v.weekdays]
        return frozenset(w for phrase in phrases for w in phrase.lower().split())

    if any(m.start == 0 for m in organisations(text, vocab)):
        return False  # a body ("Satuan Polisi Pamong Praja A menandatangani …"), not who heads it
    known = vocab.memo("role_and_head_words", build) | set(re.findall(r"\w+", held.lower()))
    places = vocab.gazetteer.mentions(text)
    skipped = [(p.start, p.end) for p in places]
    # a body's name that ends with its town holds no person ("Kepolisian Resor A"; not "Dinas B A Nama")
    skipped += [(m.start, m.end) for m in organisations(text, vocab) if any(p.end == m.end for p in places)]
    skipped += [m.span() for m in vocab.signing_pattern("party", "signed", "agreement").finditer(text)]
    for match in re.finditer(r"[^\W\d_][\w'-]*", text):
        word, lower = match.group(), match.group().lower()
        if (not word[0].isupper() or lower in known or is_stop_word(lower) or CLASS_RE.match(word)
                or any(a <= match.start() < b for a, b in skipped)):
            continue
        opens_sentence = bool(re.search(r"[.!?]\s+$", text[: match.start()]))
        if (word.isupper() or opens_sentence) and (is_common_word(lower) or all(is_common_word(t) for t in tokenize(lower))):
            continue
        return True
    return False


CLASS_RE = re.compile(r"^[IVX]+[AB]?$")  # a unit's class ("Kelas IIB"), not a name


def with_weekday(span: Span, text: str, vocab: Vocabulary) -> Span:
    """A date span with the day of the week written right before it ("Jumat (27/3/2026)"), for a
    question that asks the day."""
    before = re.search(r"(\w+)[\s,]*$", text[max(0, span.start - 20) : span.start])
    if before is None or before.group(1).lower() not in vocab.weekdays:
        return span
    start = span.start - len(before.group())
    return Span(span.passage, start, span.end, text[start : span.end], span.score, span.no_answer)


def person_clause(text: str, span: Span, vocab: Vocabulary) -> str:
    """The words that say who a person span is: the nearest clause before it in its sentence and
    the first after it ("Kepala Dinas X, [Nama], menjelaskan" / "[NAMA], Kepala Dinas X, dalam …"; past
    the degrees written after a name: "[Nama], M.T., Direktur X");
    clauses end at punctuation and at the conjunctions that open one (list_words.tsv clause); what
    follows a name after a word that joins another party ("[Nama], bersama Kepala B", "[Nama], meneken
    perjanjian bersama Kepala B"; signing_words.tsv names) is that party's, not the name's, and what
    follows it after a word of place ("[Nama], di Masjid A"; asked_nouns.tsv located at) says where; a joining
    word inside a body's name opens no clause, before the name or after it ("Kepala Dinas Kelautan dan
    Perikanan A, [Nama]"); and a bracket closed right before the name's comma says who the name before
    it is ("A (Kepala X), [Nama]"). A name on a form's row is who the next row's position says ("Nama : A" /
    "Jabatan : Kepala B"; asked_nouns.tsv position label)."""
    def build(v: Vocabulary) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
        joins = words_alternation(v.list_words.get("clause", ()))
        parties = words_alternation([*v.list_words.get("clause", ()), *v.signing_words.get("names", ())])
        venue = words_alternation(v.asked_nouns.get("located at", ()))  # "[Nama], di Masjid A, …": where, not who
        return (re.compile(r"[,;:()\n]|\s(?:" + joins + r")\s", re.I),
                re.compile(r"\.?(?:\s*," + DEGREE + r")*\s*,(?!\s*(?:" + parties + r"|" + venue + r")\b)\s*([^,;:()\n]+)", re.I),
                re.compile(r"\s(?:" + words_alternation(  # not "dan" inside a name: "Dinas Kelautan dan Perikanan"
                    [w for w in v.signing_words.get("names", ()) if w not in v.list_words.get("clause", ())]) + r")\s", re.I))

    clause_re, apposition_re, party_re = vocab.memo("person_clause", build)
    honorifics = vocab.memo("trailing_honorifics", lambda v: re.compile(r"(?:\b(?:" + words_alternation(
        [w for w, kind in v.roles.items() if kind == "honorific"]) + r")\.?\s*)+$", re.I))
    rows = vocab.memo("position_row", lambda v: re.compile(
        r"[^\n:]{0,30}\n[ \t]*(?:" + words_alternation(v.asked_nouns.get("position label", ())) + r")[ \t]*:[ \t]*([^\n]+)", re.I))
    line_end = text.find("\n", span.start)
    if (row := rows.match(text, min(span.end, line_end) if line_end >= 0 else span.end)):
        return spelled_abbreviations(row.group(1).strip(), text)  # "Nama : A" / "Jabatan : Ketua Yayasan B": the row says who
    start, end = sentence_around(text, span.start, span.end)
    block = _block_start(text, start)  # "PIHAK KEDUA, / Kepala Dinas A / [NAMA]": the lines above say who,
    said = text[block : span.start].replace("\n", " ") if block < start else text[start : span.start]  # a role wrapped over two lines is one
    said = ABBREVIATION_RE.sub(" ", said)  # "Perdana Menteri (PM) Thailand": one clause
    said = honorifics.sub("", said)  # "pimpinan pondok, KH. [Nama]": the title is the name's, the clause before it says who
    names = [(m.start, m.end) for m in organisations(said, vocab)]  # "dan" inside "Dinas Kelautan dan Perikanan A" joins no clause
    cuts = [m for m in clause_re.finditer(said) if not any(a < m.start() and m.end() < b for a, b in names)]
    before = [c for c in (said[x:y] for x, y in zip([0] + [m.end() for m in cuts], [m.start() for m in cuts] + [len(said)])) if c.strip()]
    if re.search(r"\)\s*,\s*$", said):  # "A (Kepala X), [Nama]": the bracket says who A is, not the name after it
        before = []
    after = apposition_re.match(text, span.end, end)  # "[NAMA], Kepala …", not "[Nama], dan Kepala …"
    said_after = party_re.split(after.group(1), 1)[0] if after else ""  # "[Nama], meneken … bersama Kepala B": B's
    return spelled_abbreviations(" ".join(before[-1:] + ([said_after] if said_after.strip() else [])), text)


BLOCK_LINE = 80  # characters a line of a block of short lines has at most (a signature block's)


_BLOCK_RE = re.compile(r"[^\n]+(?:\n[^\n]+)+")  # lines with no blank line between


def line_blocks(text: str) -> list[tuple[int, int]]:
    """The blocks of two short lines or more (each at most BLOCK_LINE characters, no blank line between)
    that a text lays out as one unit: a signature block's "PIHAK PERTAMA / Kepala A / NAMA"."""
    return [(m.start(), m.end()) for m in _BLOCK_RE.finditer(text)
            if all(len(line) <= BLOCK_LINE for line in m.group().split("\n"))]


def _block_start(text: str, start: int) -> int:
    """Where the block of short lines begins (`line_blocks`) that holds the line starting at `start`
    below its first ("PIHAK KEDUA, / Kepala Dinas A / NAMA"); `start` itself when there is none."""
    if start == 0 or text[start - 1] != "\n":
        return start
    return next((a for a, b in line_blocks(text) if a < start < b), start)


def spelled_abbreviations(clause: str, text: str) -> str:
    """The clause with the abbreviations its text defines written out before them ("Ketua APBT" → "Ketua
    Asosiasi Petani Bunga Kota A (APBT)" where the text wrote "Asosiasi Petani Bunga Kota A (APBT)"): a
    report names a body in full once, then by its letters."""
    for short, full in defined_abbreviations(text).items():
        if full not in clause:
            clause = re.sub(r"\b" + short + r"\b", f"{full} ({short})", clause)
    return clause


_BRACKETED_LETTERS_RE = re.compile(r"\(([A-Z]{2,8})\)")
_NAME_JOINS = frozenset({"dan", "and", "of", "the", "&"})  # small words inside a body's name


@lru_cache(maxsize=512)
def defined_abbreviations(text: str) -> dict[str, str]:
    """The abbreviations a text defines: capitals in brackets right after a name whose capitalised
    words' initials hold its letters in order, the first word's its first ("Asosiasi Petani Bunga
    Kota A (APBT)" → APBT; "Badan Narkotika Nasional (BNN)"). The name is the nearest such run of
    capitalised words (and the small words inside names) before the bracket."""
    found: dict[str, str] = {}
    for match in _BRACKETED_LETTERS_RE.finditer(text):
        letters = match.group(1)
        words = text[max(0, match.start() - 160) : match.start()].split()[-12:]
        run = 0
        while run < len(words) and (words[-1 - run][:1].isupper() or words[-1 - run].lower() in _NAME_JOINS):
            run += 1
        for first in range(len(words) - 1, len(words) - run - 1, -1):
            initials = "".join(w[0] for w in words[first:] if w[:1].isupper())
            if initials[:1] == letters[0] and _in_order(letters, initials):
                found.setdefault(letters, " ".join(words[first:]))
                break
    return found


def _in_order(letters: str, initials: str) -> bool:
    rest = iter(initials)
    return all(letter in rest for letter in letters)


# An academic degree written after a name, letters in groups each closed by a full stop ("M.T.",
# "S.Pd.", "Ph.D."): part of the name, not the clause that says who the person is.
DEGREE = r"\s*(?:[A-Z][a-z]{0,3}\.){1,3}(?:[A-Z][a-z]{0,3}\b\.?)?(?=\s*,)"
ABBREVIATION_RE = re.compile(r"\s*\(\w[\w.-]{0,11}\)")  # one word in brackets after a name: its abbreviation


def names_sum_asked(question: str, sentence: str, vocab: Vocabulary) -> bool:
    """Asked for a sum paid for one thing the question names ("Berapa honor instruktur …", "How much
    daily wage …"; asked_nouns.tsv money kind), does the sentence name it, in either language (its
    glossary forms), alone or with a prefix or suffix ("seharga", "gajinya")? A sum the sentence gives
    for another thing ("peralatan las senilai Rp 180 juta") is not the fee asked. A question naming no
    such noun ("Berapa nilai kerja sama …") is not checked. A price (asked_nouns.tsv priced) is named by
    a sum per unit too ("… buy fresh ginger at Rp 8,000 per kilogram"; per)."""
    kinds = [m.group(0).lower() for m in vocab.asked_pattern("money kind").finditer(question)]
    if not kinds:
        return True
    if any(vocab.asked_pattern("priced").fullmatch(kind) for kind in kinds):  # "Rp 8,000 per kilogram": a price
        per = vocab.memo("sum_per_unit", lambda v: re.compile(
            r"\b(?:Rp\.?|IDR)\s*\d[\d.,]*(?:\s*(?:" + words_alternation(v.asked_nouns.get("currency", ())) + r"))?\s*(?:/|(?:"
            + words_alternation(v.asked_nouns.get("per", ())) + r")\b)", re.I))
        if per.search(sentence):
            return True
    forms = {f for kind in kinds for f in (kind, *vocab.glossary.expand(kind), *vocab.glossary.back(kind))}
    return bool(re.search(r"\b(?:se|ber)?(?:" + words_alternation(sorted(forms)) + r")(?:s|nya)?\b", sentence, re.I))


def worth_of_another_thing(question: str, text: str, span: Span, vocab: Vocabulary) -> bool:
    """Is a sum the span states the value of a thing its sentence names right before it ("an espresso
    machine worth Rp 35 million"; asked_nouns.tsv worth) that the question never names, in either
    language (glossary forms)? Then it is no answer to a question about another sum ("How much will the
    detainees be paid …?"). A question that asks a value itself ("Berapa nilai …"; value asked) is
    not checked: the value of what was given may be the value of the cooperation. (The answerer asks
    this of reports in the question's language only: "How much … on the cattle sheds?" names "kandang
    senilai Rp 450 juta" by words the glossary may lack.)"""
    if vocab.asked_pattern("value asked").search(question):
        return False
    start, _ = sentence_around(text, span.start, span.end)
    worth = vocab.memo("worth_before_sum", lambda v: re.compile(
        r"((?:[^\W\d_]+\s+){1,3})(?:" + words_alternation(v.asked_nouns.get("worth", ())) + r")\s+(?:(?:Rp\.?|IDR)\s*)?(?:\d[\d.,]*\s*)?$", re.I))  # "… worth Rp 35" before "million"
    digit = re.search(r"\d", span.text)
    found = worth.search(text[start : span.start + digit.start() if digit else span.start])  # the sum's own number on
    if found is None:
        return False
    thing = {w for w in tokenize(found.group(1)) if not is_stop_word(w)}
    asked = set(tokenize(" ".join([question, *vocab.glossary.expand(question)])))
    return bool(thing) and not thing & asked


def english_count_head(question: str, vocab: Vocabulary) -> str:
    """The noun an English count question counts: the last word before its auxiliary verb ("How many
    seaweed drying racks does …" → "racks"; asked_nouns.tsv head ends), or "" when it has none."""
    ends = vocab.memo("head_ends", lambda v: words_alternation(v.asked_nouns.get("head ends", ())))
    found = re.match(r"\s*how many\s+([a-z][\w' -]*?)\s+(?:" + ends + r")\b", question, re.I)
    return found.group(1).split()[-1].lower() if found else ""


def counts_what_is_told(head: str, document: str, vocab: Vocabulary) -> bool:
    """Does an English document say the noun an English count question counts, in any of its English
    forms or glossary forms ("rack", "racks")? One that never does counts something else."""
    forms = {head, english_stem(head), *vocab.glossary.expand(head)}
    words = {english_stem(w) for w in re.findall(r"[a-z]+", document.lower())}
    return bool({english_stem(f) for f in forms} & words) or any(f in document.lower() for f in forms if " " in f)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) of `text` that hold characters [start, end)."""
    spans = [(s, e) for s, e in sentence_spans(text) if s < end and e > start]
    if not spans:
        return start, end
    return spans[0][0], spans[-1][1]


def states_number(text: str, vocab: Vocabulary) -> bool:
    """Does a span state a number, in digits or in words ("2", "tiga")?"""
    # plain words, not search tokens: the tokenizer drops "satu" as a stop word
    return any(ch.isdigit() for ch in text) or any(w in vocab.numbers for w in re.findall(r"\w+", text.lower()))


def phrase_units(phrase: str, vocab: Vocabulary) -> list[set[str]]:
    """A phrase as the units a text must name: each glossary term with its forms and theirs (lower case:
    "kepala bapas" → "kabapas" → "kepala balai pemasyarakatan"), each other word."""
    terms = vocab.glossary.terms(phrase)
    rest = spaced_words(phrase)
    for term, _ in terms:
        rest = rest.replace(spaced_words(term), " ")  # as the phrase's words are spaced: "district prosecutor s office"
    words = [w for w in rest.split() if len(w) > 1 and not is_stop_word(w)]
    entries = vocab.glossary.entries
    return [{term, *(e.lower() for e in expansions), *(f.lower() for e in expansions for f in entries.get(e.lower(), ()))}
            for term, expansions in terms] + [{w} for w in words]


def spaced_words(text: str) -> str:
    """Lower-case words (hyphens kept) between single spaces, with a space at each end."""
    return " " + " ".join(re.sub(r"[^\w\s-]", " ", text.lower()).split()) + " "


def held_body(held: str, vocab: Vocabulary) -> str:
    """The body of a role or body asked about, without the role asked of it: "director of Politeknik A",
    "Ketua Koperasi A" → "Politeknik A", "Koperasi A" (a role then a capitalised name; roles.tsv)."""
    held = re.sub(r"^\s*[a-z][\w ]*?\bof\s+(?=[A-Z])", "", held).strip()
    if (role := held_role_pattern(vocab).match(held)) and held[role.end() :].strip()[:1].isupper():
        return held[role.end() :].strip()
    return held


def refers_back(held: str, text: str, vocab: Vocabulary, role_beside: bool = False) -> bool:
    """Does a text refer back to the body `held` by its head word alone: the kind word that opens its
    name, or ends an English one (organisations.tsv), with a word that refers back before or after it
    (asked_nouns.tsv back before / back after: "the Director of the academy" for "the Deli Hospitality
    Academy", "Ketua yayasan tersebut" for "Yayasan Contoh", "pihak universitas", "the detention centre" for
    "the A detention centre"), in either language (its
    glossary forms: "the polytechnic" for "Politeknik A")? A role the question asks of the body is no
    part of it ("director of Politeknik A", "Ketua Koperasi A"). A capitalised word after the head word makes another name
    ("the Academy of Arts"). With `role_beside`, only with a role in the three words before it or the two
    after ("the chair of the association", "the association's chair"; not "at the association's workshop
    … by the head of A")."""
    held = held_body(held, vocab)
    words = [w for w in re.findall(r"[\w'-]+", held) if not is_stop_word(w.lower())]
    heads = vocab.organisation_heads
    if len(words) < 2:
        return False
    if heads.get(" ".join(words[-2:]).title(), "").startswith("tail:"):  # "detention centre" of "A detention centre"
        head = " ".join(words[-2:])
    elif heads.get(words[-1].capitalize(), "").startswith("tail:"):
        head = words[-1]
    elif words[0].capitalize() in heads and not heads[words[0].capitalize()].startswith("tail:"):
        head = words[0]
    else:
        return False
    forms = {head.lower(), *vocab.glossary.entries.get(head.lower(), ())}
    forms |= {term for term, expansions in vocab.glossary.entries.items() if head.lower() in expansions}
    heads_said = words_alternation(sorted(forms))
    before = words_alternation(vocab.asked_nouns.get("back before", ()))
    after = words_alternation(vocab.asked_nouns.get("back after", ()))
    pattern = (rf"\b(?:{before})\s+(?:{heads_said})\b(?!\s+(?:of\s+)?(?-i:[A-Z]))|\b(?:{heads_said})\s+(?:{after})\b")
    found = [m.span() for m in re.finditer(pattern, text, re.I)]
    if role_beside:  # "the chair of the association", "the association's chair", "Ketua yayasan tersebut"
        return any(roles_said(" ".join(text[:a].split()[-3:]) + " " + " ".join(text[b:].split()[:2]), vocab) for a, b in found)
    return bool(found)


def as_bodies(text: str, vocab: Vocabulary) -> str:
    """The text with each role that names the body its holder heads written as that body ("Wali Kota
    Contoh" → "Pemerintah Kota Contoh"; role_bodies.tsv): a clause naming the head names the body."""
    pattern, heads = vocab.memo("role_bodies", role_body_heads)
    return pattern.sub(lambda m: heads[" ".join(m.group(1).lower().split())] + m.group(0)[len(m.group(1)) :], text)


def english_stem(word: str) -> str:
    """An English word without its inflection ("trains", "training", "trained" → "train"; "baristas" →
    "barista"; "facilities" → "facility"), so that a topic asked in one form is said in another."""
    for suffix, keep, shortest in (("ies", "y", 5), ("ing", "", 6), ("ed", "", 5), ("es", "", 5), ("s", "", 4)):
        if word.endswith(suffix) and len(word) >= shortest:
            if suffix == "es" and not re.search(r"(?:s|x|z|ch|sh)es$", word):
                continue
            if suffix == "s" and re.search(r"(?:ss|us|is)$", word):
                continue
            stem = word[: -len(suffix)] + keep
            return stem[:-1] if suffix in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls" else stem
    return word


def units_said(units: list[set[str]], text: str, vocab: Vocabulary) -> int:
    """How many of `phrase_units`' units a text names, each by any of its forms or a glossary form of the
    text's, an English word in any of its inflections ("training" by "train")."""
    said = spaced_words(text) + " ".join(e.lower() for e in vocab.glossary.expand(text)) + " "
    stemmed = " " + " ".join(english_stem(w) for w in said.split()) + " "

    def names(form: str) -> bool:
        return f" {form} " in said or f" {' '.join(english_stem(w) for w in form.split())} " in stemmed

    return sum(1 for forms in units if any(names(form) for form in forms))


def frame_tokens(vocab: Vocabulary) -> frozenset[str]:
    """The words that frame a question about a signing rather than tell what it is about: question
    words, signing words, kinds of unit and agreement, roles, asked nouns, months, weekdays and
    number words (their vocabulary files), as tokens. The kind of body a partner is ("bank", "Dinas")
    is what the question is about: a signing with a bank is not one with a university."""
    phrases = [c.phrase for c in vocab.question_cues]
    phrases += [p for group in (vocab.signing_words, vocab.asked_nouns) for forms in group.values() for p in forms]
    for file in ("unit_types.tsv", "agreement_kinds.tsv"):
        phrases += [p for forms in word_groups(file, vocab.folder).values() for p in forms]
        phrases += list(word_groups(file, vocab.folder))
    phrases += [*vocab.roles, *vocab.months, *vocab.weekdays, *vocab.numbers]
    return frozenset(tokenize(" ".join(phrases)))


def without_plans(text: str, vocab: Vocabulary) -> str:
    """A document's text less what it tells of a cooperation only planned: from a word of planning
    (signing_words.tsv planned) followed within CUE_WINDOW characters by an agreement's name or a
    cooperation noun (topic) to the end of its sentence ("… rutan berencana memperluas kerja sama ke
    tanaman cabai pada tahap berikutnya": chili is no part of the signing made), blanked."""
    planned = vocab.memo("planned_cooperation", lambda v: re.compile(
        r"(?:" + v.signing_pattern("planned").pattern + r")(?=.{0," + str(CUE_WINDOW) + r"}?(?:"
        + v.signing_pattern("agreement", "topic").pattern + r"))", re.I | re.S))
    parts, last = [], 0
    for start, end in sentence_spans(text):
        if found := planned.search(text, start, end):
            parts += [text[last : found.start()], " " * (end - found.start())]
            last = end
    return "".join(parts) + text[last:]


def topic_units(question: str, vocab: Vocabulary) -> list[set[str]]:
    """What a question about one signing says the signing is about (`checks.phrase_units`), less its
    frame (`frame_tokens`), its places, numbers and class words: "pemeriksaan gigi" of "Kapan Lapas A
    menandatangani kerja sama pemeriksaan gigi?"; a glossary term is said by any of its forms ("regency
    government" by "Pemerintah Kabupaten")."""
    frame = vocab.memo("frame_tokens", frame_tokens)
    places = set(tokenize(" ".join(m.place for m in vocab.gazetteer.mentions(question))))

    def topical(token: str) -> bool:
        return (token not in frame and token not in places and not any(c.isdigit() for c in token)
                and not re.fullmatch(r"[ivx]+[ab]?", token))  # a unit's class ("IIA")

    return [forms for forms in phrase_units(question, vocab) if all(any(topical(t) for t in tokenize(f)) for f in forms)]


def unit_class(vocab: Vocabulary) -> re.Pattern:
    """A unit's class ("Kelas IIA", "Class IIB"; asked_nouns.tsv unit class)."""
    return vocab.memo("unit_class", lambda v: re.compile(
        r"\b(?i:" + words_alternation(v.asked_nouns.get("unit class", ())) + r")\s+[IV]+[AB]?\b"))


def units_named_before(question: str, vocab: Vocabulary) -> tuple[str, ...]:
    """The units an English question names by capitalised words right before a kind of unit ("the
    Manna detention centre", "the Class IIB Toboali prison's …"; unit_types.tsv), whether or not the
    gazetteer knows the town: "the A prison" asks of A, no other prison. The question's first word is no
    name ("Prison …")."""
    found = []
    for match in vocab.unit_forms_pattern().finditer(question):
        words = question[: match.start()].split()
        name = []
        while words and (words[-1][:1].isupper() or unit_class(vocab).fullmatch(" ".join(words[-2:]))):
            if unit_class(vocab).fullmatch(" ".join(words[-2:])):
                words = words[:-2]
                continue
            name.insert(0, words.pop())
        if name and not words:
            name = name[1:]  # the question's first word
        if name and not any(w[:1].islower() for w in name):
            found.append(" ".join(name + [match.group(0)]))
    return tuple(found)


def unit_own_words(name: str, vocab: Vocabulary) -> set[str]:
    """A correctional unit's name less its kind, class and what it puts in brackets ("Rumah Tahanan
    Negara Kelas IIB A (Rutan A)" → {"a"}): the words that tell it from other units of its kind."""
    plain = unit_class(vocab).sub(" ", re.sub(r"\([^)]*\)", " ", name))
    return set(normalise_name(vocab.unit_forms_pattern().sub(" ", plain)).split())


def unlisted_units(question: str, vocab: Vocabulary) -> list[set[str]]:
    """The own words (`unit_own_words`) of each correctional unit a question names by words that are no
    place the gazetteer knows and no glossary term ("Rutan A", "the A detention centre": a town not on
    its lists). A unit named by a known place is told by that place; a name the glossary spells out
    ("Kemenkumham") may be written out in a document."""
    names = [m.name for m in organisations(question, vocab) if m.correctional] or list(units_named_before(question, vocab))
    found = []
    for name in names:
        own = unit_own_words(name, vocab)
        if own and not vocab.gazetteer.mentions(name) and not vocab.glossary.expand(" ".join(own)):
            found.append(own)
    return found


def unit_never_named(question: str, document: str, vocab: Vocabulary) -> bool:
    """Does a question name a correctional unit by words no list holds (`unlisted_units`) that a
    document never says? Then the document tells of another unit."""
    units = unlisted_units(question, vocab)
    if not units:
        return False
    said = set(normalise_name(document).split())
    return any(not own <= said for own in units)


def body_own_words(name: str, vocab: Vocabulary) -> set[str]:
    """The words of a body's name that no vocabulary file holds (no kind of body, organisations.tsv; no
    glossary term or form; no function word): "Koperasi Petani Karet A" → {"a"}, the words that tell it
    from other bodies of its kind in either language."""
    known = vocab.memo("known_name_words", lambda v: frozenset(
        w for phrase in [*v.organisation_heads, *v.glossary.entries, *(e for es in v.glossary.entries.values() for e in es)]
        for w in normalise_name(phrase).split()))
    return {w for w in normalise_name(re.sub(r"\([^)]*\)", " ", name)).split() if w not in known and not is_stop_word(w)}


def body_never_named(question: str, document: str, vocab: Vocabulary) -> bool:
    """Does a question name a body other than a correctional unit, of two words or more, none of whose own
    words (`body_own_words`) a document says? Then the document tells of another body ("Siapa ketua
    Koperasi Petani Karet A?" of a story of "the B Rubber Farmers' Cooperative"). One own word said is
    enough: the others may be said in the other language ("Yayasan Peduli A", "the A Care Foundation")."""
    bodies = bodies_own_words(question, vocab)
    if not bodies:
        return False
    said = set(normalise_name(document).split())
    return any(not own & said for own in bodies)


def bodies_own_words(question: str, vocab: Vocabulary) -> list[set[str]]:
    """The own words (`body_own_words`) of each body a question names, other than a correctional unit, by
    a name of two words or more that has some."""
    return [own for m in organisations(question, vocab) if not m.correctional and len(m.name.split()) >= 2
            if (own := body_own_words(m.name, vocab))]


def counts_to_come(question: str, text: str, span: Span, vocab: Vocabulary) -> bool:
    """Asked how many have already done something ("… yang sudah lulus uji kompetensi?", "… have been
    diagnosed …?"; asked_nouns.tsv done), does the span's clause (between commas and the words that join
    clauses or list items) tell what is yet to come ("Pelatihan akan diikuti 25 warga binaan", "Twenty
    detainees will be screened"; to come)? Its count is of those planned, not of those done."""
    if not vocab.asked_pattern("done").search(question):
        return False
    start, end = sentence_around(text, span.start, span.end)
    joins = vocab.list_pattern("clause", "joins").pattern
    breaks = list(re.finditer(r"[,;]|" + joins, text[start:end], re.I))
    first = max((start + m.end() for m in breaks if start + m.end() <= span.start), default=start)
    last = min((start + m.start() for m in breaks if start + m.start() >= span.end), default=end)
    return bool(vocab.asked_pattern("to come").search(text, first, last))


PERIODS = ("period day", "period week", "period month", "period year")


def paid_per_another_period(question: str, sentence: str, vocab: Vocabulary) -> bool:
    """Asked a sum paid per a period ("How much … be paid per month?", "Berapa upah harian …"; asked_nouns.tsv
    period day … period year), does the answer's sentence state its sums per another period only ("a daily
    wage of Rp 85,000" for a monthly one)?"""
    asked = {p for p in PERIODS if vocab.asked_pattern(p).search(question)}
    if not asked:
        return False
    told = {p for p in PERIODS if vocab.asked_pattern(p).search(sentence)}
    return bool(told) and not told & asked
