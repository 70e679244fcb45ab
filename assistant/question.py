"""Question analysis: language, what kind of answer is wanted, the entities that must be supported,
and follow-up resolution. Pure functions over text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.glossary import Glossary, default_glossary
from ingest.language import detect_language
from ingest.tokens import tokenize

# What kind of answer a question wants, by its cue words (both languages). Order matters: the first
# matching kind wins ("berapa lama" is a duration before "berapa" is a count).
_KINDS: list[tuple[str, re.Pattern]] = [
    ("money", re.compile(r"\b(monetary value|how much money|nilai (kontrak|kerja sama|perjanjian|anggaran)|berapa (nilai|anggaran|biaya|dana)|budget|anggaran)\b", re.I)),
    ("duration", re.compile(r"\b(berapa lama|masa berlaku|jangka waktu|durasi|how long|for how many years|how many years|valid for|duration)\b", re.I)),
    ("date", re.compile(r"\b(kapan|tanggal berapa|hari dan tanggal|pada tanggal|when|what date|which date|on what day|what day)\b", re.I)),
    ("count", re.compile(r"\b(berapa|how many|jumlah|number of)\b", re.I)),
    ("list", re.compile(r"\b(mana saja|apa saja|siapa saja|sebutkan|list|name the)\b", re.I)),
    ("person", re.compile(r"\b(siapa|who|whom|whose)\b", re.I)),
    ("place", re.compile(r"\b(di mana|dimana|where|lokasi|tempat)\b", re.I)),
    ("list", re.compile(r"\b(mana saja|apa saja|siapa saja|dengan siapa saja|which|what|list|name the|sebutkan|instansi apa|lembaga apa|organisasi (apa|mana)|mitra (apa|mana))\b", re.I)),
]

_FOLLOWUP_RE = re.compile(
    r"^\s*(dan|lalu|kemudian|terus|and|then|also|what about|how about|bagaimana dengan)\b|"
    r"\b(itu|tersebut|ini|dia|mereka|beliau|it|that|this|they|them|those|he|she|the same)\b",
    re.I,
)
_ENTITY_RE = re.compile(r"\b([A-Z][A-Za-z0-9'./-]*(?:\s+(?:[A-Z][A-Za-z0-9'./-]*|[IVX]+[AB]?|\d+|dan|of|the))*)")
# Capitalised words that open a question or name a kind of thing, not a particular one.
_GENERIC = {
    "pks", "mou", "lapas", "rutan", "bapas", "lpka", "dinas", "kerja", "organisasi", "aparat", "instansi",
    "lembaga", "pelatihan", "agama", "provinsi", "about", "dari", "bank", "undang-undang", "islamic", "kepala",
    "menurut", "mitra", "partners", "partner", "agreement", "agreements", "nota", "kesepakatan", "kesepahaman",
}
_MONTH_YEAR_RE = re.compile(r"^(\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{4}$")
_QUESTION_WORDS = {
    "siapa", "apa", "kapan", "berapa", "mana", "di", "dimana", "bagaimana", "mengapa", "which", "what", "who",
    "when", "where", "how", "why", "dan", "lalu", "and", "in", "on", "for", "the", "did", "does", "do", "is",
    "are", "was", "were", "according", "name", "list", "menurut", "pada", "dalam", "with", "dengan", "of",
}


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
    anchor: list[str] = field(default_factory=list)  # tokens of "on behalf of X" / "atas nama X"
    wants_organisations: bool = False  # a list question asking for partners, agencies, schools …
    wants_correctional: bool = False  # … and the things asked for are prisons or correctional units


_ROLE_RE = re.compile(
    r"\b(kepala|ketua|kalapas|karutan|kabapas|kakanwil|bupati|direktur|menteri|kapolres\w*|sekretaris|pimpinan)\s+([A-Za-z]+)",
    re.I,
)
_ANCHOR_RE = re.compile(r"\b(?:atas nama|on behalf of|mewakili|dari pihak|for the|for)\s+([^?,.;]+)", re.I)
_ORGANISATION_WORDS_RE = re.compile(
    r"\b(mitra|partners?|parties|pihak|instansi|lembaga|dinas|perusahaan|compan(?:y|ies)|organisasi|organi[sz]ations?|"
    r"agenc(?:y|ies)|schools?|sekolah|pesantren|boarding schools?|yayasan|foundations?|bodies|aparat|lapas|rutan|bapas|"
    r"units?|offices?|kantor|perguruan tinggi|universit(?:y|ies))\b",
    re.I,
)


_CORRECTIONAL_ASKED_RE = re.compile(
    r"\b((lapas|rutan|bapas|lpka)\s+(mana|apa)|which (prisons?|correctional|detention|units?)|correctional units?|"
    r"lapas, rutan|unit pelaksana)\b",
    re.I,
)


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


def asks_for_organisations(text: str) -> bool:
    """Is the thing asked for a set of organisations ('Dinas apa saja', 'which partners', 'siapa saja')?"""
    head, word = asked_head(text)
    return word == "siapa" or bool(_ORGANISATION_WORDS_RE.search(head))


def question_dates(text: str) -> list[str]:
    """Dates the question names (full dates, or months as YYYY-MM); years alone are not constraints."""
    from ingest.dates import find_dates

    return [m.iso for m in find_dates(text) if m.has_year and m.iso]


def answer_kind(text: str) -> str:
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return "factoid"


def is_followup(question: str) -> bool:
    return len(question.split()) <= 12 and bool(_FOLLOWUP_RE.search(question))


def standalone_question(question: str, history: list[str] | None) -> str:
    """A question that stands alone: a short follow-up borrows the previous user question's context."""
    history = [h for h in (history or []) if h.strip()]
    if not history or not is_followup(question):
        return question
    return f"{history[-1].strip()} {question.strip()}"


def entities(text: str) -> list[str]:
    """Capitalised names in the question ('Rutan Kelas IIB Serang', 'BNNP Banten', 'Kemenag Ngada')."""
    found: list[str] = []
    for match in _ENTITY_RE.finditer(text):
        words = match.group(1).split()
        while words and words[0].lower() in _QUESTION_WORDS:
            words = words[1:]
        while words and words[-1].lower() in {"dan", "of", "the"}:
            words = words[:-1]
        for part in re.split(r"\s+(?:dan|and)\s+", " ".join(words)):
            part = part.strip(" ,.?")
            if not part or _MONTH_YEAR_RE.match(part) or part.lower() in _GENERIC:
                continue
            found.append(part)
    return found


def analyse(text: str, glossary: Glossary | None = None, language: str | None = None) -> Question:
    glossary = glossary or default_glossary()
    core = tokenize(text)
    expanded = tokenize(text + " " + " ".join(glossary.expand(text)))
    names = entities(text)
    entity_tokens = []
    for name in names:
        tokens = tokenize(name)
        expansion = tokenize(" ".join(glossary.expand(name)))
        if tokens:
            entity_tokens.append(sorted(set(tokens) | set(expansion)))
    role_match = _ROLE_RE.search(text) if answer_kind(text) == "person" else None
    anchor_match = _ANCHOR_RE.search(text)
    kind = answer_kind(text)
    return Question(
        dates=question_dates(text),
        role=" ".join(role_match.groups()).lower() if role_match else "",
        anchor=tokenize(anchor_match.group(1)) if anchor_match and kind == "person" else [],
        wants_organisations=kind == "list" and asks_for_organisations(text),
        wants_correctional=bool(_CORRECTIONAL_ASKED_RE.search(text)),
        text=text,
        language=language or detect_language(text, default="id"),
        kind=answer_kind(text),
        tokens=expanded,
        core_tokens=core,
        entities=names,
        entity_tokens=entity_tokens,
    )
