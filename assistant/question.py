"""Question analysis: language, what kind of answer is wanted (it routes list and count questions
to the records and words a decline), and follow-up resolution. Pure functions over text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.core.vocabulary import Vocabulary, words_alternation
from ingest.language import detect_language
from ingest.tokens import is_stop_word

_KAH_RE = re.compile(r"\b(\w{2,})kah\b", re.I)
# Kinds a question can ask for; other answer types of the vocabulary read as factoid.
KINDS = {"money", "magnitude", "duration", "frequency", "area", "date", "year", "time", "count", "list", "person", "place", "reference"}


def _kind_patterns(vocab: Vocabulary) -> list[tuple[str, re.Pattern]]:
    def build(v: Vocabulary) -> list[tuple[str, re.Pattern]]:
        return [
            (cue.answer_type, re.compile(r"\b" + re.escape(cue.phrase).replace(r"\ ", r"\s+") + r"\b", re.I))
            for cue in v.question_cues
        ]

    return vocab.memo("question_kinds", build)


def _question_words(vocab: Vocabulary) -> frozenset[str]:
    return vocab.memo("question_words", lambda v: frozenset(w for c in v.question_cues for w in c.phrase.split()) | set(v.asked_nouns.get("function", ())))


@dataclass
class Question:
    text: str
    language: str
    kind: str  # money, duration, date, count, person, place, list, factoid


def _asked_patterns(vocab: Vocabulary) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The heads of list questions (asked_nouns.tsv): "X apa saja" (asks list), "Which X …" (head
    starts), "berapa X" / "how many X" (count)."""
    def build(v: Vocabulary) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
        lists, starts, count = (words_alternation(v.asked_nouns.get(c, ())) for c in ("asks list", "head starts", "count"))
        return (re.compile(r"^(.{0,60}?)\b(" + lists + r")\b", re.I),
                re.compile(r"\b(?:" + starts + r")\s+((?:[\w'(),-]+\s+){0,5})", re.I),
                re.compile(r"\b(?:" + count + r")\s+((?:[\w'-]+\s+){0,2})", re.I))

    return vocab.memo("asked_heads", build)


def asked_head(text: str, vocab: Vocabulary, counts: bool = False) -> tuple[str, str]:
    """What the question asks for, as (the words naming it, the question word): 'Dinas apa saja' →
    ('Dinas ', 'apa'); 'Which partners support …' → ('partners support …', 'which'). With `counts`,
    'berapa X' / 'how many X' heads are read too (two words). With a vocabulary, an English head
    ends before an auxiliary verb (asked_nouns.tsv `head ends`): 'Which foundation did Contoh prison
    …' → 'foundation'. A question of another kind has no count head ("Tahun berapa kerja sama …")."""
    lists, starts, count = _asked_patterns(vocab)
    match = lists.search(text)
    if match and match.group(1).strip():
        return match.group(1), match.group(2).split()[0].lower()
    if match:  # "Apa saja mitra Rutan A …?": the noun right after (not "Apa saja yang …", which asks what;
        # not "Apa saja tiga ruang lingkup PKS …", whose noun is no party)
        noun = re.match(r"\s+([\w'-]+)", text[match.end() :])
        return ((noun.group(1) + " " if noun and not is_stop_word(noun.group(1).lower()) else ""), match.group(2).split()[0].lower())
    # "Tahun berapa kerja sama …", "Pukul berapa …": "berapa" asks the value of the noun before it and
    # counts nothing; only a question that asks a count has a count's head.
    match = (counts and answer_kind(text, vocab) == "count" and count.search(text)) or starts.search(text)
    if not match:
        return "", ""
    head = match.group(1)
    ends = vocab.asked_pattern("head ends").search(head)
    return (head[: ends.start()] if ends else head), "which"


def without_kah(text: str, vocab: Vocabulary) -> str:
    """The question with the emphatic particle -kah taken off its question words ("Siapakah" → "Siapa")."""
    words = _question_words(vocab)
    return _KAH_RE.sub(lambda m: m.group(1) if m.group(1).lower() in words else m.group(0), text)


def _secondary_re(vocab: Vocabulary) -> re.Pattern:
    """", and (with)" right before a cue: it asks for something besides (list_words joins, signing_words names)."""
    return vocab.memo("secondary_cue", lambda v: re.compile(
        r",\s*(?:" + words_alternation(v.list_words.get("joins", ())) + r")\s+(?:(?:" + words_alternation(v.signing_words.get("names", ())) + r")\s+)?$",
        re.I))


def _relative(text: str, match: re.Match, vocab: Vocabulary) -> bool:
    """An English wh-word right after a noun is a relative pronoun, not the question's cue: "… for
    inmates who need care", "the city where it was signed" (asked_nouns.tsv wh)."""
    if match.group(0).split()[0].lower() not in vocab.asked_nouns.get("wh", ()):
        return False
    before = re.search(r"([A-Za-z]+)\s*$", text[: match.start()])
    return bool(before) and not is_stop_word(before.group(1).lower())


def answer_kind(text: str, vocab: Vocabulary, weak_cues: bool = True) -> str:
    """The answer type of the cue that stands first in the question (weak cues only as a fallback,
    and not at all without `weak_cues`: "Which police chief …" is then a factoid, "Apa saja …" a list)."""
    text = without_kah(text, vocab)
    if _names_holder(text, vocab):
        return "person"
    strong, weak = [], []
    for order, (kind, pattern) in enumerate(_kind_patterns(vocab)):
        match = next((m for m in pattern.finditer(text) if not _relative(text, m, vocab)), None)
        if match:
            # "Which units signed …, and when?": a cue after ", and" asks for something besides.
            secondary = bool(_secondary_re(vocab).search(text[: match.start()]))
            (weak if kind.endswith("?") or secondary else strong).append((match.start(), order, kind.rstrip("?")))
    found = min(strong or (weak if weak_cues else []), default=None)
    if found is None:
        return "factoid"
    if found[2] == "magnitude":  # "How much daily wage …", "How much time …": a later cue of money, area or time says which
        narrower = sorted(c for c in strong + weak if c[2] in ("money", "area", "duration"))
        if narrower:
            return narrower[0][2]
    if found[2] == "list" and _asks_someone(text, vocab):
        return "person"
    if found[2] == "place" and asks_source(text, vocab):
        return "factoid"
    return found[2] if found[2] in KINDS else "factoid"


def asks_source(text: str, vocab: Vocabulary) -> bool:
    """Does a place question ask where money comes from (asked_nouns.tsv `comes from` and `funds`: "Dari
    mana biaya …", "Where does the funding … come from?")? It asks a source (a budget, a sponsor), not a place."""
    return bool(vocab.asked_pattern("comes from").search(text) and vocab.asked_pattern("funds").search(text))


def _asks_someone(text: str, vocab: Vocabulary) -> bool:
    """Does a list question's head, in its first two words, name one person (asked_nouns.tsv `person`:
    "Which official … attended?", "Which police chief …?"), not several ("Which officials …") or a thing?"""
    head, _ = asked_head(text, vocab)
    return bool(vocab.asked_pattern("person").search(" ".join(head.split()[:2])))


def _names_holder(text: str, vocab: Vocabulary) -> bool:
    """Does the question open by asking the name of a role's holder ("What is the name of the Minister
    of A?", "Apa nama Kepala Dinas A?"; asked_nouns.tsv `name of holder` before a role): a person,
    as "Who is …" asks, where "what" alone would ask for a list or a thing."""
    match = vocab.asked_pattern("name of holder").match(text.lstrip())
    if not match:
        return False
    opener = vocab.asked_pattern("role opener")
    rest = text.lstrip()[match.end() :].lstrip()
    rest = rest[m.end() :].lstrip() if (m := opener.match(rest)) else rest
    return bool(vocab.asked_pattern("person").match(rest) or held_role_pattern(vocab).match(rest))


def question_parts(text: str, vocab: Vocabulary) -> list[str]:
    """The questions one question joins ("Berapa A, dan berapa B?" → "Berapa A?", "berapa B?"): a
    joining word (list_words.tsv `joins`) right before an interrogative starts a part. Every part
    keeps a clause before the first interrogative, which sets the scope of all ("Menurut X, …"). A
    question that asks one thing, or whose first part is an interrogative alone ("Kapan dan di mana
    …"), is one part."""
    cues = [m for _, pattern in _kind_patterns(vocab) for m in pattern.finditer(text) if not _relative(text, m, vocab)]
    if not cues:
        return [text]
    first = min(m.start() for m in cues)
    joins = vocab.list_pattern("joins")
    cuts = sorted({j.start() for m in cues for j in joins.finditer(text[: m.start()])
                   if m.start() > first and not text[j.end() : m.start()].strip()})
    prefix = text[:first] if text[:first].rstrip().endswith(",") else ""  # "Menurut X, …", not "Bank apa"
    parts, start = [], 0
    for cut in cuts:
        if len(text[max(start, first) : cut].split()) >= 3:
            parts.append((prefix if start else "") + text[start:cut].rstrip(" ,;"))
            start = joins.match(text, cut).end()
    if not parts:
        return [text]
    parts.append(prefix + text[start:].strip())
    parts = [parts[0], *(_with_count_head(p, parts[0], vocab) for p in parts[1:])]
    return [p if p.endswith("?") else p + "?" for p in parts]


def _with_count_head(part: str, first: str, vocab: Vocabulary) -> str:
    """A later part that asks "berapa" / "how many" without saying of what asks it of the first
    part's noun: "Berapa luas lahan …, dan berapa yang digarap?" → "berapa luas lahan yang digarap?";
    "How many religions …, and how many did it cover before?" → "how many religions did …"."""
    count = _asked_patterns(vocab)[2]
    asked, given = count.search(first), count.search(part)
    if not asked or not given or (given.group(1).split() and not is_stop_word(given.group(1).split()[0].lower())):
        return part
    head = []
    for word in asked.group(1).split():
        if is_stop_word(word.lower()):
            break
        head.append(word)
    if not head:
        return part
    at = given.start(1)
    return part[:at] + " ".join(head) + " " + part[at:]


def acting_for(text: str, vocab: Vocabulary) -> str:
    """The role or body a person question asks about, whose holder is the answer: the words after
    "atas nama", "on behalf of", "for" … (asked_nouns.tsv `acts for`) to the end of the question, or a
    role right after the question word up to "yang" / "who" ("Siapa Kepala Dinas X yang …" → "Kepala
    Dinas X"); "" for a question that names none, or asks for no person."""
    text = without_kah(text, vocab)
    if answer_kind(text, vocab) != "person":
        return ""
    acts = acts_for(text, vocab)
    if acts:
        return text[acts.end() :].strip(" ?.")
    role = vocab.asked_pattern("person")
    who, opener, ends = (words_alternation(vocab.asked_nouns.get(c, ())) for c in ("who is", "role opener", "role ends"))
    who += "|" + words_alternation(vocab.asked_nouns.get("name of holder", ()))  # "What is the name of the Minister …?"
    heads = vocab.asked_pattern("who heads", "who chairs").search(text)
    if heads:  # "Who heads the X?": the head of X; "Who chairs the X?": its chairman
        body = re.match(r"\s*(?:(?:" + opener + r")\s+)?(\w.*?)[\s?.]*$", text[heads.end() :], re.I)
        role = "chairman of " if vocab.asked_pattern("who chairs").fullmatch(heads.group(0)) else "head of "
        return role + body.group(1) if body else ""
    match = re.search(r"\b(?:" + who + r")\s+(?:(?:" + opener + r")\s+)?(.+?)(?:\s+(?:" + ends + r")\b|[,?]|$)", text, re.I)
    return match.group(1).strip() if match and (role.match(match.group(1)) or held_role_pattern(vocab).match(match.group(1))) else ""


def acts_for(text: str, vocab: Vocabulary) -> re.Match | None:
    """The last word of a question that asks who acts for a body ("atas nama", "on behalf of";
    asked_nouns.tsv acts for), or a word that does so only after a signing word ("Who signed … for X?";
    acts for after signing), or None."""
    signed = vocab.signing_pattern("signed")
    found = [*vocab.asked_pattern("acts for").finditer(text),
             *(m for m in vocab.asked_pattern("acts for after signing").finditer(text) if signed.search(text[: m.start()]))]
    return max(found, key=lambda m: m.start(), default=None)


def held_role_pattern(vocab: Vocabulary) -> re.Pattern:
    """A role that heads a body (roles.tsv `role`, `correctional role`: "Bupati"), not a rank or
    honorific; with a deputy word before it, the deputy's role as a whole ("Wakil Presiden",
    "vice-rector"; roles.tsv `deputy role`), or the deputy word alone."""
    def build(v: Vocabulary) -> re.Pattern:
        deputy = words_alternation([w for w, kind in v.roles.items() if kind == "deputy role"])
        roles = words_alternation([w for w, kind in v.roles.items() if kind in ("role", "correctional role")])
        return re.compile(r"(?:(?:(?:" + deputy + r")[\s-]+)?(?:" + roles + r")|(?:" + deputy + r"))\b", re.I)

    return vocab.memo("held_roles", build)


def asks_day(text: str, vocab: Vocabulary) -> bool:
    """Does a date question ask for the day of the week too ("Pada hari dan tanggal berapa …")?"""
    return bool(vocab.asked_pattern("day").search(text))


def is_followup(question: str, vocab: Vocabulary) -> bool:
    """A short question that opens as a follow-up ("Lalu …") or refers back ("itu"; asked_nouns.tsv)."""
    pattern = vocab.memo("followup", lambda v: re.compile(
        r"^\s*(?:" + words_alternation(v.asked_nouns.get("followup opener", ())) + r")\b|"
        r"\b(?:" + words_alternation(v.asked_nouns.get("followup reference", ())) + r")\b", re.I))
    return len(question.split()) <= 12 and bool(pattern.search(question))


def standalone_question(question: str, history: list[str] | None, vocab: Vocabulary) -> str:
    """A question that stands alone: a short follow-up borrows the previous user question's context."""
    history = [h for h in (history or []) if h.strip()]
    if not history or not is_followup(question, vocab):
        return question
    return f"{history[-1].strip()} {question.strip()}"


def analyse(text: str, vocab: Vocabulary, language: str | None = None) -> Question:
    return Question(text=text, language=language or detect_language(text, default="id"), kind=answer_kind(text, vocab))
