"""What kind of fact a sentence states: a date, a duration, an amount of money, a count, a person.

Pure functions. The answerer uses them to check that a sentence can answer the kind of question
asked ("kapan …?" needs a date), and to decline when no retrieved sentence can.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.core.vocabulary import Vocabulary
from ingest.dates import find_dates
from ingest.tokens import is_common_word, is_stop_word, stem, tokenize

_NAME_WORD = r"(?:Mc|Mac|De|Van|O')?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_INITIALS = r"(?:[A-Z]{1,2}\.?\s+)"  # initials before a name: "AB Contoh", "M. Contoh"
# A word may close with a full stop inside a run: a rank's abbreviation ("Brigjen Pol. Contoh").
_PERSON_RE = re.compile(
    r"(?<![\w.])(" + _NAME_WORD + r"(?:\.?\s+(?:[A-Z]\.\s*|" + _INITIALS + r")?" + _NAME_WORD + r"){1,7}|[A-Z]{3,}(?:\s+[A-Z]{3,}){1,4})"
)
_DATELINE_AFTER_RE = re.compile(r"^\s*[–—-]\s")
# "Ketua Umum Persatuan Contoh Indonesia (PB Contoh) Syamsudin": an abbreviation in brackets closes an
# organisation's name, and the capitalised words right after it are the name of its officer.
_AFTER_ABBREVIATION_RE = re.compile(
    r"\(([A-Z][\w.&/-]*(?:\s+[\w.&/-]+){0,3})\)\s+(" + _NAME_WORD + r"(?:\s+(?:" + _INITIALS + r")?" + _NAME_WORD + r"){0,3})"
)
# A name with its role after it, as an appositive: "ujar Rahmat Hidayat, Kepala Dinas Contoh".
_NAME_BEFORE_ROLE_RE = re.compile(r"(?<![\w.])(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3}),\s+([A-Z][a-z]+)\b")
_APPOSITIVE_RE = re.compile(r"(?:,|\boleh|\bdari)\s+(" + _NAME_WORD + r")(?=\s*[,.;)]|\s+(?:selaku|sebagai|yang)\b)")


@dataclass(frozen=True)
class _Patterns:
    duration: re.Pattern
    count: re.Pattern
    money: re.Pattern
    organisation: re.Pattern
    organisation_prefix: re.Pattern
    correctional: frozenset[str]
    not_name: frozenset[str]
    roles: frozenset[str]
    titles: frozenset[str]  # every word of roles.tsv (roles, ranks and their parts, honorifics), lower case


def _patterns(vocab: Vocabulary) -> _Patterns:
    def build(v: Vocabulary) -> _Patterns:
        number = v.number_pattern()
        heads = [h for h, kind in v.organisation_heads.items() if not kind.startswith("tail:")]
        head_alternation = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
        companies = [re.escape(h) for h in v.heads_of_kind("company") + v.heads_of_kind("foundation")]
        return _Patterns(
            duration=re.compile(r"(?<![\w.\-/])" + number + r"\s*(?:\(\w+\)\s*)?(?:tahun|bulan|minggu|years?|months?)\b(?!\s*\d{4})", re.I),
            count=re.compile(r"(?<![\w/.\-])" + number + r"(?:[-–]\d+(?:[.,]\d+)?)?(?![\w/\-]|\.\d)", re.I),
            # Rupiah and dollars, or a number scaled to the sizes money is counted in.
            money=re.compile(r"(?:\b(?:rp\.?\s?\d|rupiah)|(?:us\$|\$)\s?\d|\b\d+(?:[.,]\d+)?\s*(?:"
                             + "|".join(re.escape(w) for w, f in v.scales.items() if f >= 10**6) + r")\b)", re.I),
            # what a number counts, after its scale: "74 juta jiwa", "(empat) orang peserta"
            organisation=re.compile(r"\b(?:" + head_alternation + r")\b"),
            organisation_prefix=re.compile(r"\b(?:" + "|".join(companies) + r")\.?\s*$", re.I),
            correctional=frozenset(h.lower() for h in v.correctional_heads),
            not_name=v.not_name_words() | frozenset(v.months) | frozenset(v.weekdays),
            roles=frozenset(w.lower() for w, k in v.roles.items() if k.endswith("role")),
            titles=frozenset(part.lower().rstrip(".") for w in v.roles for part in w.split()),
        )

    return vocab.memo("evidence_patterns", build)


def _derived_word(word: str) -> bool:
    """An affixed ordinary word ("Kesehatan" from "sehat"): part of an office's name, never a person's."""
    lowered = word.lower()
    root = stem(lowered)
    return root != lowered and is_common_word(root)


def has_date(sentence: str, vocab: Vocabulary) -> bool:
    return bool(find_dates(sentence, vocab))


def has_duration(sentence: str, vocab: Vocabulary) -> bool:
    return bool(_patterns(vocab).duration.search(sentence))


_YEAR_RE = re.compile(
    r"\btahun\s+\d{3,4}\b|\b(?:pada\s+|in\s+)?(1[5-9]\d\d|20\d\d)\b(?:\s*[-–]\s*(?:1[5-9]\d\d|20\d\d)\b)?", re.I
)


def has_year(sentence: str) -> bool:
    return bool(_YEAR_RE.search(sentence))


def has_money(sentence: str, vocab: Vocabulary) -> bool:
    return bool(_patterns(vocab).money.search(sentence))


def counts(sentence: str, vocab: Vocabulary) -> list[str]:
    """Numbers stated in the sentence that are not part of a date, a year or a reference number."""
    date_spans = [(m.start, m.end) for m in find_dates(sentence, vocab)]
    found = []
    for match in _patterns(vocab).count.finditer(sentence):
        if any(s <= match.start() < e for s, e in date_spans):
            continue
        value = match.group(0)
        if re.fullmatch(r"(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?", value):
            continue  # a year, or a span of years
        found.append(value)
    return found


def _quantity_span(sentence: str, vocab: Vocabulary, asked: list[str], earlier: bool = False) -> tuple[int, int] | None:
    """The stated quantity that answers "berapa …?": of the numbers in the sentence, the one whose
    counted noun the question asks for and whose neighbourhood shares most words with the question;
    with its qualifier ("sekitar", "lebih dari"), currency sign, scale and unit ("74 juta jiwa",
    "410.660 kilometer persegi", "Rp 3,7 miliar")."""
    asked_set = set(asked)
    best: tuple[float, int, int] | None = None
    for value in counts(sentence, vocab):
        start = sentence.find(value)
        while start >= 0 and sentence[start + len(value) : start + len(value) + 1].isalnum():
            start = sentence.find(value, start + 1)
        if start < 0:
            continue
        before = sentence[:start].rstrip()
        if before.endswith("(") and not re.search(r"[A-Z][\w.]*\s*\($", before):
            continue  # "(1)" numbers a clause; "Contoh (74)" is an age
        end = start + len(value)
        range_end = re.match(r"\s*[-–]\s*\d+(?:[.,]\d+)?", sentence[end:])  # "400-500 ekor"
        end += range_end.end() if range_end else 0
        end, noun = _counted_noun(sentence, end, vocab)
        end = _unit_end(sentence, end, vocab)
        start = _qualifier_start(sentence, start, vocab)
        end = _range_end(sentence, start, end, vocab)
        own = set(tokenize(sentence[start:end]))
        if asked_set and own and own <= asked_set and (len(own) > 1 or value in asked_set):
            continue  # "di tujuh kabupaten", "dalam 3,5 tahun": the question names it
        if vocab.numbers.get(value.lower()) == 1 and re.search(vocab.quantity_pattern("not a count").pattern + r"\s+$", sentence[:start]):
            continue  # "salah satu": no count
        low, high = clause_around(sentence, (start, end), vocab)
        around = set(tokenize(sentence[max(low, start - 60) : min(high, end + 40)]))
        owner = re.search(r"((?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*)\s*\($", before)
        if owner and sentence[end : end + 1] == ")":
            around = set(tokenize(owner.group(1)))  # "Contoh Budi (71)": the number is Budi's (an age)
        score = 2.0 * bool(noun and stem(noun.lower()) in asked_set) + len(around & asked_set) / (len(asked_set) or 1)
        if vocab.numbers.get(value.lower()) == 1:
            score -= 1.0  # "satu" is as often an article ("satu jembatan") as a count
        if _earlier_value(sentence, start, end, vocab) != earlier:
            score -= 1.0  # "naik dari 53 persyaratan", "dari Rp 679 triliun menjadi …": the earlier value
        if best is None or score > best[0]:
            best = (score, start, end)
    return (best[1], best[2]) if best else None


def _earlier_value(sentence: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Is the quantity at start:end the earlier value of a change or comparison: "naik dari 53",
    "dibandingkan 40 orang", "dari Rp 679 triliun … menjadi Rp 800 triliun"?"""
    before = sentence[:start]
    if re.search(vocab.quantity_pattern("former").pattern + r"\s+$", before):
        return True
    return bool(re.search(vocab.quantity_pattern("change from").pattern + r"\s+$", before)
                and vocab.quantity_pattern("change to").search(sentence[end : end + 50]))


def _range_end(sentence: str, start: int, end: int, vocab: Vocabulary) -> int:
    """A quantity opened by a range word goes on to the range's other end: "antara 3,4 persen dan
    6,35 persen", "between 3 and 5 percent"."""
    opens = re.compile(r"(?:" + "|".join(re.escape(w) for w in vocab.quantity_words.get("range", ())) + r")\s", re.I)
    before = sentence[max(0, start - 12) : start]
    if not (opens.match(sentence, start) or re.search(opens.pattern.rstrip("\\s") + r"\s+$", before, re.I)):
        return end
    currency = "|".join(re.escape(w) for w in vocab.quantity_words.get("currency", ()))
    other = re.match(r"\s+" + vocab.list_pattern("joins").pattern + r"\s+(?:(?:" + currency + r")\s*)?(\d[\d.,]*|\w+)",
                     sentence[end:], re.I)
    if not other or not (other.group(2)[0].isdigit() or other.group(2).lower() in vocab.numbers):
        return end
    stop, _ = _counted_noun(sentence, end + other.end(), vocab)
    return _unit_end(sentence, stop, vocab)


def _counted_noun(sentence: str, end: int, vocab: Vocabulary) -> tuple[int, str]:
    """After a number: its scale, a classifier and the counted noun ("74 juta jiwa", "13 orang",
    "tiga buah danau", "Rp 112 juta" with no noun); returns the new end and the noun ("" if none)."""
    scale = re.match(r"\s+" + vocab.scale_pattern() + r"\b", sentence[end:], re.I)
    end += scale.end() if scale else 0
    classifiers = {w.lower() for w in vocab.quantity_words.get("classifier", ())}
    noun = ""
    for _ in range(2):
        match = re.match(r"\s+([A-Za-z][\w-]*)", sentence[end:])
        if not match:
            break
        word = match.group(1).lower()
        if word in classifiers:
            end, noun = end + match.end(), word
            continue
        if is_stop_word(word) or not match.group(1)[0].islower():
            break
        end, noun = end + match.end(), word
        break
    return end, noun


def _unit_end(sentence: str, end: int, vocab: Vocabulary) -> int:
    """A unit that goes on after the counted noun: "kilometer persegi", "dollar AS", "mm per tahun"."""
    units = {w.lower() for w in vocab.quantity_words.get("unit", ())}
    for _ in range(2):
        match = re.match(r"\s+(per\s+[a-z]+|[A-Za-z][\w-]*)", sentence[end:])
        if not match:
            break
        word = match.group(1)
        if word.split()[0].lower() not in units:
            break
        end += match.end()
    return end


def _qualifier_start(sentence: str, start: int, vocab: Vocabulary) -> int:
    """A qualifier or a currency sign right before the number: "sekitar 50.000", "Rp 112 juta"."""
    before = sentence[:start]
    for word in sorted(vocab.quantity_words.get("currency", ()) + vocab.quantity_words.get("before", ()), key=len, reverse=True):
        match = re.search(r"(?<![\w])" + re.escape(word) + r"\s*$", before, re.I)
        if match:
            return _qualifier_start(sentence, match.start(), vocab) if match.start() < start else start
    return start


def _after_unit_words(tail: list[str], vocab: Vocabulary) -> list[str]:
    """The name after what still belongs to the unit: its place, country or field ("Dinas Kesehatan
    Contoh Budi" → Budi), with ordinary words that lead up to one ("Dalam Negeri Irak Bayan" → Bayan)."""

    def unit_word(word: str) -> bool:
        return bool(vocab.gazetteer.province_of(word)) or _derived_word(word) or word.lower() in vocab.countries

    cut = 0
    for i, word in enumerate(tail[:-1]):
        if unit_word(word):
            cut = i + 1
        elif not is_common_word(word.lower()):
            break
    return tail[cut:]


# A document's reference number: letters and digits joined by dots, slashes and dashes, at least two
# joints and a digit ("W.25.PAS.PAS.12-UM.01.01-99 Tahun 2024", "214/KK.20.10.1/KP/07.1/01/2024"),
# with the year some numbers carry after them; a date ("19/5/2025") is none.
_REFERENCE_RE = re.compile(r"(?<![\w./-])([A-Za-z0-9]+(?:[./-][A-Za-z0-9]+){2,})(?:\s+(?i:tahun)\s+\d{4})?")
_DATE_LIKE_RE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")


def references(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in _REFERENCE_RE.finditer(sentence)
            if any(c.isdigit() for c in m.group(1)) and not _DATE_LIKE_RE.match(m.group(1)) and len(m.group(1)) >= 6]


def persons(sentence: str, vocab: Vocabulary) -> list[str]:
    """Runs of capitalised words that read as a person's name (no institution or title words)."""
    patterns = _patterns(vocab)
    names = []
    for match in _PERSON_RE.finditer(sentence):
        words = match.group(1).replace(".", " ").split()
        cut = patterns.not_name | patterns.titles
        if any(w.lower() in cut for w in words):
            before = sentence[max(0, match.start() - 80) : match.start()].replace("(", " ").replace(")", " ").lower().split()
            if not any(w.lower() in patterns.titles for w in words + before[-8:]):
                continue  # "Organisasi Contoh Internasional": no role or rank, the organisation's name goes on
            # "Kapolres Contoh Budi Santosa", "Mayor Laut Budi": the name after the role or rank
            last = max(i for i, w in enumerate(words) if w.lower() in cut)
            tail = words[last + 1 :]
            tail = _after_unit_words(tail, vocab)
            one_name = (len(tail) == 1 and any(w.lower() in patterns.titles for w in words[: last + 1])
                        and not is_common_word(stem(tail[0].lower())))
            # a longer run, cut by the pattern's length; or an organisation's name before its abbreviation
            cut = re.match(r"\s+[A-Z][a-z]|\s*\([A-Z]", sentence[match.end() :])
            if (len(tail) >= 2 or one_name) and match.group(1).endswith(tail[-1]) and not cut:
                names.append(" ".join(tail))  # "Ketua Umum Persatuan Contoh Syamsudin": one name after a role
            continue
        name = match.group(1)
        if match.start() == 0 and words and is_stop_word(words[0].lower()):
            words, name = words[1:], name.split(None, 1)[1]  # "Di Contoh, …": a capitalised preposition opens the sentence
            if len(words) < 2 or vocab.gazetteer.province_of(words[0]) or words[0].lower() in vocab.countries:
                continue
        if match.start() == 0 and len(words) < 2:
            continue
        if sentence[: match.start()].rstrip().endswith(")") and _AFTER_ABBREVIATION_RE.search(sentence):
            continue  # after an abbreviation in brackets: read below, with the unit's place left out
        if patterns.organisation_prefix.search(sentence[: match.start()]) or _DATELINE_AFTER_RE.match(sentence[match.end() :]):
            continue  # "CV. MAJU JAYA" is a company; "KOTA CONTOH –" is a dateline
        places = vocab.gazetteer.mentions(name)
        if places and places[0].start == 0 and places[0].end >= len(name) - 1:
            continue  # "Kota Contoh Raya" is a place, not a person
        if len(words) == 2 and is_common_word(stem(words[0].lower())) and (
                vocab.gazetteer.province_of(words[1]) or words[1].lower() in vocab.countries):
            continue  # "Selat Contoh", "Pertemuan Contoh": an ordinary noun with a place is no person
        names.append(name)
    for match in _AFTER_ABBREVIATION_RE.finditer(sentence):
        before = sentence[max(0, match.start() - 120) : match.start()].lower().split()
        words = match.group(2).split()
        while words and (words[0].lower() in patterns.not_name or vocab.gazetteer.province_of(words[0])):
            words = words[1:]  # the unit's place after its abbreviation ("(Dishub) Contoh Budi")
        if (words and any(w.strip("(),") in patterns.titles for w in before[-14:])
                and not any(w.lower() in patterns.not_name or is_common_word(stem(w.lower())) for w in words)):
            names.append(" ".join(words))
    for match in _NAME_BEFORE_ROLE_RE.finditer(sentence):  # "…, ujar Rahmat, Kepala Dinas Sosial"
        words = match.group(1).split()
        if match.group(2).lower() in patterns.roles and not any(
                w.lower() in patterns.not_name or w.lower() in patterns.titles or is_stop_word(w.lower())
                or vocab.gazetteer.province_of(w) or w.lower() in vocab.countries for w in words):
            names.append(match.group(1))
    for match in _APPOSITIVE_RE.finditer(sentence):  # "Kepala Dinas Sosial, Rahmat, meneken …"
        if match.group(1).lower() not in patterns.not_name:
            names.append(match.group(1))
    for match in _speaker_pattern(vocab).finditer(sentence):  # "…, ujar Rahmat seusai acara": news names a speaker by one word
        word = match.group(1)
        if (word.lower() not in patterns.not_name and word.lower() not in patterns.titles and not vocab.gazetteer.province_of(word)
                and word.lower() not in vocab.countries and not any(word in n.split() for n in names)):
            names.append(word)
    return names


def _speaker_pattern(vocab: Vocabulary) -> re.Pattern:
    """A verb of saying and one capitalised word after it that ends the name (a lower-case word or a stop follows)."""
    return vocab.memo("speaker_pattern", lambda v: re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in v.reporting_words.get("says", ())) + r")\s+(" + _NAME_WORD
        + r")(?=\s*[,.;)]|\s+[a-z]|\s*$)"))


_PLACE_RE = re.compile(r"\b(?:di|bertempat di|berlangsung di|at|in)\s+(?:[A-Z]|aula|ruang|halaman|kantor|gedung|hotel)", re.I)


def organisations(sentence: str, vocab: Vocabulary, known: set[str] | None = None, correctional: bool = True) -> int:
    """How many organisation names the sentence mentions.

    With `known` (stemmed tokens of the question), a name whose words are all known does not count:
    only organisations the question did not already name. `correctional=False` leaves out the
    correctional side (Lapas, Rutan, Bapas, Kanwil, Ditjenpas) when the question asks for partners.
    """
    patterns = _patterns(vocab)
    count = 0
    for match in patterns.organisation.finditer(sentence):
        head = match.group(0).lower()
        if not correctional and head in patterns.correctional:
            continue
        phrase = sentence[match.start() : match.end() + 60]
        words = phrase.split()[:5]
        name = []
        for word in words:
            if name and not (word[:1].isupper() or word[:1].isdigit() or word in {"dan", "&"}):
                break
            name.append(word.strip(",.;:()"))
        tokens = set(tokenize(" ".join(name)))
        if known is not None and tokens and tokens <= known:
            continue
        count += 1
    return count


def enumerates(sentence: str, vocab: Vocabulary) -> bool:
    """The sentence lists things: at least two separators (commas, semicolons, joining words)."""
    return len(_separators(sentence, vocab)) >= 2


def _separators(text: str, vocab: Vocabulary) -> list[re.Match]:
    joins = vocab.memo("list:separators", lambda v: re.compile(r",\s|;\s|\s" + v.list_pattern("joins").pattern + r"\s", re.I))
    return list(joins.finditer(text))


def listed_span(sentence: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """The stretch of a sentence that lists things after a word that introduces them or a colon
    ("Materinya meliputi A, B, dan C." → "A, B, dan C"), when it has at least two items; else None."""
    introduces = vocab.list_pattern("introduces")
    marks = [m.end() for m in introduces.finditer(sentence)] + [m.end() for m in re.finditer(r":\s", sentence)]
    for start in sorted(marks):
        rest = sentence[start:]
        end = start + len(rest.rstrip().rstrip(".;:!?").rstrip())
        stretch = sentence[start:end]
        if stretch.strip() and _separators(stretch, vocab) and len(stretch.split()) <= 60:
            lead = len(stretch) - len(stretch.lstrip())
            return start + lead, end
    return None


def is_list_item(line: str) -> bool:
    """A line of a bulleted or numbered list ("1. …", "b) …", "- …")."""
    return bool(_ITEM_MARK_RE.match(line))


def list_item(line: str) -> str:
    """A list line without its bullet or number and closing punctuation ("2. pelatihan kerja;" →
    "pelatihan kerja")."""
    return _ITEM_MARK_RE.sub("", line.strip()).rstrip(" ;.,").strip()


_ITEM_MARK_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•*])\s+(?=\S)")


def names_a_place(sentence: str, vocab: Vocabulary) -> bool:
    """A place after a preposition ("di Gedung Contoh") or a venue as its sentence's subject."""
    return bool(_PLACE_RE.search(sentence) or _venue_pattern(vocab).search(sentence))


def satisfies(kind: str, sentence: str, vocab: Vocabulary) -> bool:
    """Can this sentence answer a question of this kind at all?"""
    if kind == "date":  # "kapan …?" is answered by a date, or by a year where only the year is known
        return has_date(sentence, vocab) or has_year(sentence)
    if kind == "year":
        return has_year(sentence)
    if kind == "duration":
        return has_duration(sentence, vocab)
    if kind == "money":
        return has_money(sentence, vocab)
    if kind == "count":
        return bool(counts(sentence, vocab))
    if kind == "person":
        return bool(persons(sentence, vocab))
    if kind == "reference":
        return bool(references(sentence))
    return True


STRICT_KINDS = {"date", "year", "duration", "money", "count", "person", "reference"}


SPAN_KINDS = {"person", "date", "year", "duration", "money", "count", "place", "reference"}
_PLACE_PHRASE_RE = re.compile(r"\b(?:di|ke|dari|at|in|to)\s+((?:[A-Z][\w'.-]*)(?:\s+(?:[A-Z][\w'.-]*|\d+))*)")


def answer_span(kind: str, sentence: str, vocab: Vocabulary, role: str = "", asked: list[str] | None = None,
                area: str = "", anchor: list[str] | None = None, earlier: bool = False) -> tuple[int, int] | None:
    """Where in the sentence the asked fact stands: a person's name (the one after the asked role, if
    the question names one), a date, a duration, an amount, a number with its noun, a place.

    With `asked` (the question's stemmed words), what the question already names is no answer ("Di
    mana letak Taman Contoh?" is not answered by "Taman Contoh"), and of several candidates the one
    whose surroundings share most words with the question is taken. With `area` ("province",
    "country"), a place answer is one of that kind. With `anchor` (the words of "atas nama X" / "for
    X"), a person whose stretch before the name names X is preferred ("…, dan Kepala Dinas X, Budi").
    Of a change ("naik dari 40 menjadi 65"), the later value is the answer, the earlier one only when
    `earlier` (the question asks for it: "sebelumnya", "semula")."""
    asked_set = set(asked or ())
    if kind == "person":
        after = sentence.lower().find(role.split()[0]) if role else -1
        spans = [(sentence.find(n), sentence.find(n) + len(n)) for n in persons(sentence, vocab) if sentence.find(n) >= 0]
        anchored = set(anchor or ())
        spans = _slash_pairs(sentence, sorted(set(spans)))

        others = [sp for sp in spans if not set(tokenize(sentence[sp[0] : sp[1]])) <= asked_set]

        def prefer(sp: tuple[int, int]) -> float:
            left_edge = max([e for s, e in others if e <= sp[0]], default=0)
            return 2 * len(set(tokenize(sentence[left_edge : sp[0]])) & anchored) + (sp[0] > after >= 0)

        best = _best_span(sentence, spans, asked_set, prefer=prefer, vocab=vocab)
        if best is None:
            return None
        initials = re.match(r"\s+([A-Z]{1,3})\b(?!\s+[A-Z])", sentence[best[1] :])  # "Contoh AW mengatakan"
        end = best[1] + initials.end() if initials and initials.group(1).lower() not in _patterns(vocab).titles else best[1]
        # a role in apposition after the name is its title: "Tan Contoh, Direktur Badan Contoh, …"
        appositive = re.match(r",\s+([A-Z][a-z]+)\b[^,.;:]*", sentence[end:])
        if appositive and appositive.group(1).lower() in _patterns(vocab).roles:
            end += len(appositive.group(0).rstrip())
        return _title_start(sentence, best[0], vocab), end
    if kind == "date":
        mentions = find_dates(sentence, vocab)
        spans = [(_range_start(sentence, m.start), m.end) for m in mentions]
        spans += [m.span() for m in _YEAR_RE.finditer(sentence) if not any(s <= m.start() < e for s, e in spans)]
        best = _best_span(sentence, spans, asked_set, vocab=vocab)
        return (_word_before(sentence, best[0], vocab.quantity_words.get("date before", ())), best[1]) if best else None
    if kind == "year":
        best = _best_span(sentence, [m.span() for m in _YEAR_RE.finditer(sentence)], asked_set, vocab=vocab)
        return (_word_before(sentence, best[0], vocab.quantity_words.get("date before", ())), best[1]) if best else None
    if kind == "duration":
        match = _patterns(vocab).duration.search(sentence)
        return match.span() if match else None
    if kind == "money":
        spans = []
        for match in _patterns(vocab).money.finditer(sentence):
            if spans and match.start() < spans[-1][1]:
                continue  # the rest of an amount already read ("Rp 679,9 triliun")
            tail = re.match(r"[\d.,]*\s*(?:" + vocab.scale_pattern() + r"\b)?", sentence[match.end() :], re.I)
            spans.append((match.start(), match.end() + (len(tail.group(0).rstrip()) if tail else 0)))
        if not earlier:  # "dari Rp 5 juta menjadi Rp 8 juta": the later amount
            spans = [sp for sp in spans if not _earlier_value(sentence, *sp, vocab)] or spans
        return _best_span(sentence, spans, asked_set, vocab=vocab)
    if kind == "count":
        return _quantity_span(sentence, vocab, asked or [], earlier)
    if kind == "reference":
        return _best_span(sentence, references(sentence), asked_set, vocab=vocab)
    if kind == "place":
        spans = [_extend_place(sentence, m.start(1), m.start(1) + len(m.group(1).rstrip(".,")), vocab)
                 for m in _PLACE_PHRASE_RE.finditer(sentence)]
        # Asked for a province or a country ("Di provinsi mana …", "negara apa"): one that is named.
        wanted = area
        # "Gedung Contoh menjadi tempat penandatanganan …": the sentence names the venue itself.
        venues = [m.span(1) for m in _venue_pattern(vocab).finditer(sentence)]
        venue = None if wanted else _best_span(sentence, venues, asked_set, vocab=vocab)
        if venue is not None:
            return venue
        if wanted or not _best_span(sentence, spans, asked_set, vocab=vocab):
            spans += [(m.start, m.end) for m in _area_mentions(sentence, vocab, wanted)
                      if not _DATELINE_AFTER_RE.match(sentence[m.end :])]
        spans = [sp for sp in spans if sentence[sp[0] : sp[1]].split()[0] not in vocab.quantity_words.get("currency", ())]
        named = {(m.start, m.end) for m in _area_mentions(sentence, vocab, wanted)} if wanted else set()
        # a named place of the asked kind comes before any other, however its surroundings fit
        best = _best_span(sentence, spans, asked_set, prefer=(lambda sp: 10.0 * (sp in named)) if wanted else None, vocab=vocab)
        # the kind of place before its name: "Provinsi Contoh", "Pulau Contoh", "hutan Contoh"
        return (_word_before(sentence, best[0], vocab.asked_nouns.get("area", ())), best[1]) if best else None
    return None


def _slash_pairs(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names written with a slash between them are one answer, a pair: "pasangan Contoh Satu/Contoh Dua"."""
    out: list[tuple[int, int]] = []
    for span in spans:
        if out and re.fullmatch(r"\s*/\s*", sentence[out[-1][1] : span[0]]):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _venue_pattern(vocab: Vocabulary) -> re.Pattern:
    """A name that is the subject of "menjadi / sebagai <venue noun>"."""
    return vocab.memo("venue_pattern", lambda v: re.compile(
        r"((?:[A-Z][\w'.()-]*)(?:\s+(?:[A-Z][\w'.()-]*|\d+))*)\s+(?:menjadi|sebagai|dipilih\s+(?:menjadi|sebagai))\s+"
        + v.asked_pattern("venue").pattern))


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int


def _area_mentions(sentence: str, vocab: Vocabulary, wanted: str) -> list[_Mention]:
    """Provinces (with wanted == "province"), countries ("country") or any known place named in the sentence."""
    found = []
    if wanted != "country":
        for m in vocab.gazetteer.mentions(sentence):
            if wanted != "province" or m.place.lower().removeprefix("provinsi ").strip() == m.province.lower():
                found.append(_Mention(m.start, m.end))
    if wanted == "country":
        pattern = vocab.memo("country_pattern", lambda v: re.compile(
            r"(?<![\w-])(" + "|".join(re.escape(c) for c in sorted(v.countries, key=len, reverse=True)) + r")(?![\w-])", re.I))
        found += [_Mention(m.start(), m.end()) for m in pattern.finditer(sentence) if m.group(0)[:1].isupper()]
    return found


def _best_span(sentence: str, spans: list[tuple[int, int]], asked: set[str], prefer=None,
               vocab: Vocabulary | None = None) -> tuple[int, int] | None:
    """Of the candidate spans, leave out what the question names itself; then take the one whose
    preference and surroundings together fit the question best (`span_context`), the earliest."""
    if asked:
        spans = [sp for sp in spans if not set(tokenize(sentence[sp[0] : sp[1]])) <= asked]
    if not spans:
        return None

    def key(sp: tuple[int, int]) -> tuple:
        # Its own stretch of the sentence, up to the neighbouring candidates and its clause.
        left_edge = max([e for s, e in spans if e <= sp[0]], default=0)
        right_edge = min([s for s, e in spans if s >= sp[1]], default=len(sentence))
        fit = span_context(sentence, sp, asked, vocab, (left_edge, right_edge), own=False)
        return (-((prefer(sp) if prefer else 0) + fit), sp[0])

    return min(spans, key=key)


def best_answer_span(kind: str, sentences: list[str], vocab: Vocabulary, role: str = "", asked: list[str] | None = None,
                     area: str = "", anchor: list[str] | None = None, earlier: bool = False) -> tuple[int, tuple[int, int]] | None:
    """The asked fact in the first of these (ranked) sentences that states one, or in a later one whose
    words around the fact fit the question more clearly, by more than one word ("Berapa warga yang
    terluka?": "… 215 warga terluka", not "… 40 orang tewas"; the words of "atas nama X" count twice):
    (sentence index, span), or None."""
    asked_set = set(asked or ())
    found = []
    for index, sentence in enumerate(sentences):
        span = answer_span(kind, sentence, vocab, role, asked, area, anchor, earlier)
        if span is not None:
            fit = span_context(sentence, span, asked_set, vocab) + span_context(sentence, span, set(anchor or ()), vocab)
            if kind == "person" and asked_set & _signing_verbs(vocab) and _witness_clause(sentence, span, vocab):
                fit -= 2.0  # asked who signed: "Acara itu disaksikan Kepala Dinas X, Budi" names a witness
            if kind == "date" and find_dates(sentence[span[0] : span[1]], vocab):
                fit += 1.5  # a day's date says more than a bare year ("Tanggal berapa …?", "Kapan …?")
            fit -= 1.0 if found else 0.0
            found.append((fit, -index, span))
    if not found:
        return None
    _, index, span = max(found)
    return -index, span


def _signing_verbs(vocab: Vocabulary) -> frozenset[str]:
    """The stems of the one-word signing verbs ("meneken", "menandatangani", "signed")."""
    return vocab.memo("signing_verbs", lambda v: frozenset(
        tokenize(" ".join(w for w in v.signing_words.get("signed", ()) if " " not in w))))


def _witness_clause(sentence: str, span: tuple[int, int], vocab: Vocabulary) -> bool:
    """Does the clause of this span say its people witnessed or attended ("disaksikan", "hadir"), and
    not that they signed ("Budi, yang hadir pagi itu, meneken …" is a signer)?"""
    low, high = clause_around(sentence, span, vocab)
    clause = sentence[low:high]
    return bool(vocab.signing_pattern("witness").search(clause)) and not set(tokenize(clause)) & _signing_verbs(vocab)


def span_context(sentence: str, span: tuple[int, int], asked: set[str], vocab: Vocabulary | None = None,
                 bounds: tuple[int, int] | None = None, own: bool = True) -> float:
    """How well an answer span and the words around it fit the question: the question's words in the
    span ("120 warga terluka" for "Berapa warga yang terluka") and within 60 characters before it
    count whole, those after it half (counting the span's words double: FacQA lead 0.71 → 0.70).

    The surroundings end at the span's clause (with `vocab`: "695 warga tewas | dan 301 orang
    terluka", "A menguasai 62 persen, | sementara B hanya satu persen") and within `bounds`."""
    low, high = bounds or (0, len(sentence))
    if vocab is not None:
        clause_low, clause_high = clause_around(sentence, span, vocab)
        low, high = max(low, clause_low), min(high, clause_high)
    inside = set(tokenize(sentence[span[0] : span[1]])) & asked if own else set()
    left = set(tokenize(sentence[max(low, span[0] - 60) : span[0]])) & asked - inside
    right = set(tokenize(sentence[span[1] : min(high, span[1] + 60)])) & asked - inside - left
    return len(inside) + len(left) + 0.5 * len(right)


def clause_around(sentence: str, span: tuple[int, int], vocab: Vocabulary) -> tuple[int, int]:
    """The clause a span stands in: from the conjunction or semicolon before it to the one after it
    (the conjunction opens its clause)."""
    pattern = vocab.memo("clause_pattern", lambda v: re.compile(
        r";|,?\s+(?=" + v.list_pattern("clause").pattern + r"\s)", re.I))
    low, high = 0, len(sentence)
    for match in pattern.finditer(sentence):
        if match.end() <= span[0]:
            low = match.end()
        elif match.start() >= span[1]:
            high = match.start()
            break
    return low, high


def _title_start(sentence: str, start: int, vocab: Vocabulary) -> int:
    """A name keeps the rank, honorific or title right before it: "Prof Contoh", "Laksamana Muda TNI
    Y Contoh", "Presiden Contoh" (not a role's unit: "Kepala Dinas Contoh, Budi" stays "Budi")."""
    titles = _patterns(vocab).titles
    words = list(re.finditer(r"[A-Za-z][\w.]*", sentence[:start]))
    first = start
    for match in reversed(words):
        if sentence[match.end() : first].strip():
            break  # not adjacent: a comma or a bracket between
        word = match.group(0)
        if word.lower().rstrip(".") in titles or (len(word.rstrip(".")) == 1 and word[0].isupper()):
            first = match.start()
            continue
        break
    return first


def _word_before(sentence: str, start: int, words: tuple[str, ...]) -> int:
    """The start of one of these words right before `start` ("akhir 2007", "Pulau Buton"), else start."""
    for word in sorted(words, key=len, reverse=True):
        match = re.search(r"(?<![\w])" + re.escape(word) + r"\s+$", sentence[:start], re.I)
        if match:
            return match.start()
    return start


def _range_start(sentence: str, start: int) -> int:
    """A date range keeps its first day: "20-29 September"."""
    match = re.search(r"\b\d{1,2}\s*[-–]\s*$", sentence[:start])
    return match.start() if match else start


def _extend_place(sentence: str, start: int, end: int, vocab: Vocabulary) -> tuple[int, int]:
    """A place goes on over its larger places and a second place: "Contoh, Jawa Tengah", "Contoh dan
    Sukamaju" (not over a day or a month: "di Contoh, Kamis")."""
    calendar = set(vocab.weekdays) | set(vocab.months)
    while True:
        match = re.match(r"(?:,\s*|\s+(?:dan|and)\s+)((?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*)*)(?=\s*(?:[,.;:)]|$))", sentence[end:])
        if not match or match.group(1).split()[0].lower().strip(".,") in calendar:
            return start, end
        end += match.end() - (len(match.group(1)) - len(match.group(1).rstrip(".")))  # not the full stop
