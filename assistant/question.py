"""Question analysis: language, what kind of answer is wanted, the entities that must be supported,
and follow-up resolution. Pure functions over text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.core.vocabulary import Vocabulary
from ingest.dates import find_dates
from ingest.language import detect_language
from ingest.tokens import is_common_word, is_stop_word, stem, tokenize

_FOLLOWUP_RE = re.compile(
    r"^\s*(dan|lalu|kemudian|terus|and|then|also|what about|how about|bagaimana dengan)\b|"
    r"\b(itu|tersebut|ini|dia|mereka|beliau|it|that|this|they|them|those|he|she|the same)\b",
    re.I,
)
_ENTITY_RE = re.compile(r"\b([A-Z][A-Za-z0-9'./-]*(?:\s+(?:[A-Z][A-Za-z0-9'./-]*|[IVX]+[AB]?|\d+|dan|of|the))*)")
_KAH_RE = re.compile(r"\b(\w{2,})kah\b", re.I)
_MONTH_YEAR_RE = re.compile(r"^(\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{4}$")
# Function words that may open a capitalised run in a question without being part of a name.
_FUNCTION_WORDS = {
    "di", "dan", "lalu", "and", "in", "on", "for", "the", "did", "does", "do", "is", "are", "was", "were",
    "according", "name", "list", "menurut", "pada", "dalam", "with", "dengan", "of",
}

# Kinds the answerer checks sentences against; other answer types of the vocabulary read as factoid.
KINDS = {"money", "duration", "date", "year", "count", "list", "person", "place", "reference"}


def _kind_patterns(vocab: Vocabulary) -> list[tuple[str, re.Pattern]]:
    def build(v: Vocabulary) -> list[tuple[str, re.Pattern]]:
        return [
            (cue.answer_type, re.compile(r"\b" + re.escape(cue.phrase).replace(r"\ ", r"\s+") + r"\b", re.I))
            for cue in v.question_cues
        ]

    return vocab.memo("question_kinds", build)


def _question_words(vocab: Vocabulary) -> frozenset[str]:
    return vocab.memo("question_words", lambda v: frozenset(w for c in v.question_cues for w in c.phrase.split()) | _FUNCTION_WORDS)


def _role_re(vocab: Vocabulary) -> re.Pattern:
    def build(v: Vocabulary) -> re.Pattern:
        roles = sorted((w for w, k in v.roles.items() if k.endswith("role")), key=len, reverse=True)
        return re.compile(r"\b(" + "|".join(re.escape(r) for r in roles) + r")\w*\s+([A-Za-z]+)", re.I)

    return vocab.memo("question_roles", build)


@dataclass
class Question:
    text: str
    language: str
    kind: str  # money, duration, date, count, person, place, list, factoid
    tokens: list[str]  # stemmed content tokens of the question, glossary-expanded
    core_tokens: list[str]  # stemmed content tokens of the question itself
    entities: list[str] = field(default_factory=list)  # capitalised names the answer must be about
    entity_tokens: list[list[str]] = field(default_factory=list)  # each entity's stemmed tokens + expansions
    dates: list[str] = field(default_factory=list)  # ISO dates or months the question is about
    role: str = ""  # "kepala lpp": a person question's role phrase, which the answer sentence must contain
    area: str = ""  # "province" / "country": the kind of place a place question asks for ("Di provinsi mana …")
    anchor: list[str] = field(default_factory=list)  # tokens of "on behalf of X" / "atas nama X"
    anchor_terms: list[str] = field(default_factory=list)  # … with the glossary's other names for X
    earlier: bool = False  # asks for the earlier value of a change ("… sebelumnya", "semula")
    wants_organisations: bool = False  # a list question asking for partners, agencies, schools …
    wants_correctional: bool = False  # … and the things asked for are prisons or correctional units


_ANCHOR_RE = re.compile(r"\b(?:atas nama|on behalf of|mewakili|dari pihak|for the|for)\s+([^?,.;]+)", re.I)
_CORRECTIONAL_ASKED_RE = re.compile(r"\b(mana|apa)\b|\bwhich\b", re.I)


_ASKED_ID_RE = re.compile(r"^(.{0,60}?)\b(apa|mana|siapa)\s+saja\b", re.I)
_ASKED_EN_RE = re.compile(r"\b(?:which|what|list|name)\s+((?:[\w'(),-]+\s+){0,5})", re.I)
_ASKED_COUNT_RE = re.compile(r"\b(?:how many|berapa|jumlah)\s+((?:[\w'-]+\s+){0,2})", re.I)


def asked_head(text: str, counts: bool = False) -> tuple[str, str]:
    """What the question asks for, as (the words naming it, the question word): 'Dinas apa saja' →
    ('Dinas ', 'apa'); 'Which partners support …' → ('partners support …', 'which'). With `counts`,
    'berapa X' / 'how many X' heads are read too (two words)."""
    match = _ASKED_ID_RE.search(text)
    if match:
        return match.group(1), match.group(2).lower()
    match = (counts and _ASKED_COUNT_RE.search(text)) or _ASKED_EN_RE.search(text)
    return (match.group(1), "which") if match else ("", "")


def asks_for_organisations(text: str, vocab: Vocabulary) -> bool:
    """Is the thing asked for a set of organisations ('Dinas apa saja', 'which partners', 'siapa saja')?"""
    head, word = asked_head(text)
    return word == "siapa" or bool(vocab.asked_pattern("party", "organisation", "correctional").search(head))


def _anchor_tokens(anchor: str, vocab: Vocabulary) -> list[str]:
    """The words of "atas nama X" / "for X", with the glossary's other names for them."""
    return list(dict.fromkeys(tokenize(anchor + " " + " ".join(vocab.glossary.expand(anchor)))))


def asked_area(text: str, vocab: Vocabulary) -> str:
    """"province" or "country" when the question asks for one ("Di provinsi manakah …", "Which
    country …"), else "" — a province only named in the question ("BNNP NTB") is not asked for."""
    for area in ("province", "country"):
        nouns = vocab.asked_pattern(area).pattern
        pattern = vocab.memo("asked_area:" + area, lambda v, n=nouns: re.compile(
            n + r"\s+(?:mana|apa)(?:kah)?\b|\b(?:which|what)\s+" + n, re.I))
        if pattern.search(text):
            return area
    return ""


def asks_which_organisation(text: str, vocab: Vocabulary) -> bool:
    """Is one organisation asked for by a noun before the interrogative ("Organisasi mana yang …",
    "Lembaga apakah …")?"""
    nouns = vocab.asked_pattern("party", "organisation", "correctional")
    pattern = vocab.memo("asked:which-organisation", lambda v: re.compile(nouns.pattern + r"\s+(?:mana|apa)(?:kah)?\b", re.I))
    return bool(pattern.search(text))


def asks_for_correctional_units(text: str, vocab: Vocabulary) -> bool:
    """Are the things asked for correctional units ('Lapas mana saja', 'which prisons')?"""
    units = vocab.asked_pattern("correctional")
    for match in units.finditer(text):
        around = text[max(0, match.start() - 12) : match.end() + 12]
        if _CORRECTIONAL_ASKED_RE.search(around) or match.group(0).lower().endswith("units"):
            return True
    return False


def question_dates(text: str, vocab: Vocabulary) -> list[str]:
    """Dates the question names (full dates, or months as YYYY-MM); years alone are not constraints."""
    return [m.iso for m in find_dates(text, vocab) if m.has_year and m.iso]


def without_kah(text: str, vocab: Vocabulary) -> str:
    """The question with the emphatic particle -kah taken off its question words ("Siapakah" → "Siapa")."""
    words = _question_words(vocab)
    return _KAH_RE.sub(lambda m: m.group(1) if m.group(1).lower() in words else m.group(0), text)


_SECONDARY_RE = re.compile(r",\s*(?:and|dan|serta)\s+(?:with\s+|dengan\s+)?$", re.I)
_WH_WORDS = frozenset({"who", "whom", "whose", "which", "where", "when", "what"})


def _relative(text: str, match: re.Match) -> bool:
    """An English wh-word right after a noun is a relative pronoun, not the question's cue: "… for
    inmates who need care", "the city where it was signed"."""
    if match.group(0).split()[0].lower() not in _WH_WORDS:
        return False
    before = re.search(r"([A-Za-z]+)\s*$", text[: match.start()])
    return bool(before) and not is_stop_word(before.group(1).lower())


def answer_kind(text: str, vocab: Vocabulary, weak_cues: bool = True) -> str:
    """The answer type of the cue that stands first in the question (weak cues only as a fallback,
    and not at all without `weak_cues`: "Which police chief …" is then a factoid, "Apa saja …" a list)."""
    text = without_kah(text, vocab)
    strong, weak = [], []
    for order, (kind, pattern) in enumerate(_kind_patterns(vocab)):
        match = next((m for m in pattern.finditer(text) if not _relative(text, m)), None)
        if match:
            # "Which units signed …, and when?": a cue after ", and" asks for something besides.
            secondary = bool(_SECONDARY_RE.search(text[: match.start()]))
            (weak if kind.endswith("?") or secondary else strong).append((match.start(), order, kind.rstrip("?")))
    found = min(strong or (weak if weak_cues else []), default=None)
    if found is None:
        return "factoid"
    return found[2] if found[2] in KINDS else "factoid"


def is_followup(question: str) -> bool:
    return len(question.split()) <= 12 and bool(_FOLLOWUP_RE.search(question))


def standalone_question(question: str, history: list[str] | None) -> str:
    """A question that stands alone: a short follow-up borrows the previous user question's context."""
    history = [h for h in (history or []) if h.strip()]
    if not history or not is_followup(question):
        return question
    return f"{history[-1].strip()} {question.strip()}"


def entities(text: str, vocab: Vocabulary) -> list[str]:
    """Capitalised names in the question ('Rutan Kelas IIB Serang', 'Dinas Sosial Kota Contoh')."""
    found: list[str] = []
    question_words = _question_words(vocab)
    heads = head_words(vocab)
    for match in _ENTITY_RE.finditer(text):
        words = match.group(1).split()
        opens = not text[: match.start()].strip(" \"'“(")
        while words and words[0].lower() in question_words:
            words, opens = words[1:], True
        # A word capitalised only because it opens the question ("Sekolah apa …", "Kartu apakah …")
        # is an ordinary word, not a name a document must contain.
        first = words[0].lower() if words else ""
        if words and opens and (is_common_word(first) or is_common_word(stem(first))) and first not in heads:
            words = words[1:]
        while words and words[-1].lower() in {"dan", "of", "the"}:
            words = words[:-1]
        for part in re.split(r"\s+(?:dan|and)\s+", " ".join(words)):
            part = part.strip(" ,.?")
            if not part or _MONTH_YEAR_RE.match(part) or part.lower() in vocab.common_words:
                continue
            if " " not in part and part.lower() in heads and not part.isupper():
                continue  # a kind of organisation alone ("Sekolah", "Kelompok") names none in particular
            if " " not in part and part.lower() in title_words(vocab):
                continue  # a title alone ("Profesor dr Contoh": the name follows a lower-case "dr") names no one
            if part.startswith(("Rp", "US$")) or _is_a_date(part, vocab):
                continue  # an amount or a date is a constraint of its own, not a name
            found.append(part)
    return found


def title_words(vocab: Vocabulary) -> frozenset[str]:
    return vocab.memo("title_words", lambda v: frozenset(w.lower() for w in v.roles))


def head_words(vocab: Vocabulary) -> frozenset[str]:
    """The first words of the organisation heads, lower case ("rutan", "dinas", "pondok")."""
    return vocab.memo("head_words", lambda v: frozenset(h.split()[0].lower() for h in v.organisation_heads))


def names_an_institution(name: str, vocab: Vocabulary) -> bool:
    """Is this the name of an organisation or an administrative area ("Rutan Kelas IIB Contoh",
    "Kabupaten Contoh")? Its place words identify it, unlike a person whom news calls by one name."""
    heads = head_words(vocab)
    areas = vocab.memo("area_words", lambda v: frozenset(v.asked_nouns.get("area", ())))
    return any(w.lower() in heads or w.lower() in areas for w in name.split())


def _is_a_date(part: str, vocab: Vocabulary) -> bool:
    mentions = find_dates(part, vocab)
    return bool(mentions) and mentions[0].start <= 1 and mentions[0].end >= len(part) - 1


def analyse(text: str, vocab: Vocabulary, language: str | None = None) -> Question:
    glossary = vocab.glossary
    core = tokenize(text)
    expanded = tokenize(text + " " + " ".join(glossary.expand(text)))
    names = entities(text, vocab)
    entity_tokens = []
    for name in names:
        tokens = tokenize(name)
        expansion = tokenize(" ".join(glossary.expand(name)))
        if tokens:
            entity_tokens.append(sorted(set(tokens) | set(expansion)))
    kind = answer_kind(text, vocab)
    role_match = _role_re(vocab).search(text) if kind == "person" else None
    anchor_match = _ANCHOR_RE.search(text)
    return Question(
        dates=question_dates(text, vocab),
        role=" ".join(role_match.groups()).lower() if role_match else "",
        area=asked_area(text, vocab),
        earlier=bool(vocab.quantity_pattern("earlier").search(text)),
        anchor=tokenize(anchor_match.group(1)) if anchor_match and kind == "person" else [],
        anchor_terms=_anchor_tokens(anchor_match.group(1), vocab) if anchor_match and kind == "person" else [],
        wants_organisations=kind == "list" and asks_for_organisations(text, vocab),
        wants_correctional=asks_for_correctional_units(text, vocab),
        text=text,
        language=language or detect_language(text, default="id"),
        kind=kind,
        tokens=expanded,
        core_tokens=core,
        entities=names,
        entity_tokens=entity_tokens,
    )
