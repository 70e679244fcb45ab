"""Where a lead's span begins and ends: the reader's span, with the words its own text gives it that
change or complete what it says.

The reader learnt its boundaries from FacQA, whose annotators keep "sekitar" before a number about
half the time and a name's bracketed short form about half the time (train.csv: 21 of 36, 56 of
120). A lead that drops them says less than its source, or more: "20 jenis" of "lebih dari 20
jenis" is wrong. So the lead keeps the qualifier before a number or date (qualifiers.tsv) and the
brackets after a name that give its short form or other name. Both come from the sentence the
quote shows; neither ever moves the lead to other words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.checks import states_number
from assistant.reader import Span
from ingest.core.vocabulary import Vocabulary, words_alternation

GLOSS_WORDS = 8  # the most words a name's bracketed short form or other name has ("(Jathropa curcas)")
_GLOSS_RE = re.compile(r"[ \t]*\(([^()\n]{1,100})\)")


def bounded(span: Span, text: str, vocab: Vocabulary) -> Span:
    """The span with the qualifier before it and the gloss after it, when its text gives them."""
    return glossed(qualified(span, text, vocab), text)


def qualified(span: Span, text: str, vocab: Vocabulary) -> Span:
    """A span that opens with a number or date (in its first two words), with the qualifier written
    right before it: "lebih dari 20 jenis", "sekitar 58 persen", "sejak 2001", "per tanggal 23
    November 2005". Qualifiers in a row are all kept ("sejak sekitar 2001")."""
    if not states_number(" ".join(span.text.split()[:2]), vocab):
        return span
    pattern = vocab.qualifier_pattern()
    start = span.start
    while True:
        before = text[max(0, start - 40) : start]
        found = [m for m in pattern.finditer(before) if before[m.end() :] and not before[m.end() :].strip()]
        if not found:
            break
        start -= len(before) - found[0].start()
    if start == span.start:
        return span
    return replace(span, start=start, text=text[start : span.end])


def split_qualifier(value: str, vocab: Vocabulary) -> tuple[str, str]:
    """A lead's qualifier and the rest ("sejak 12 Mei 2025" → "sejak", "12 Mei 2025"), or "" and it all."""
    match = vocab.qualifier_pattern().match(value)
    if match is None or not value[match.end() :].strip():
        return "", value
    return match.group(), value[match.end() :].strip()


def asked_bound(question: str, vocab: Vocabulary) -> str:
    """"end" for a question asking when something ends ("Sampai kapan … berlaku?", "Until when …?",
    "Kapan MoU itu berakhir?": a word of signing_words.tsv ends with a date question word),
    "start" for one asking when it starts ("Sejak kapan …?"): a qualifier of qualifiers.tsv right
    before a date question word (question_words.tsv); else ""."""
    def cues(v: Vocabulary) -> str:
        return words_alternation([c.phrase for c in v.question_cues if c.answer_type in ("date", "year")])

    match = vocab.memo("asked_bound", lambda v: re.compile(v.qualifier_pattern().pattern + r"\s+(?:" + cues(v) + r")\b", re.I)).search(question)
    if match:
        return vocab.qualifier_kind(match.group(1))
    dates = vocab.memo("date_cues", lambda v: re.compile(r"\b(?:" + cues(v) + r")\b", re.I))
    return "end" if dates.search(question) and vocab.signing_pattern("ends").search(question) else ""  # "Kapan MoU itu berakhir?"


def lead_bound(span: Span, text: str, vocab: Vocabulary) -> str:
    """The kind of the qualifier the span, as the lead shows it, opens with ("sejak 1 April 2026":
    "start"; "hingga 31 Desember": "end"; a bound: "bound"), or ""."""
    qualifier, _ = split_qualifier(qualified(span, text, vocab).text, vocab)
    return vocab.qualifier_kind(qualifier) if qualifier else ""


def opens_other_bound(span: Span, text: str, asked: str, vocab: Vocabulary) -> bool:
    """Asked when something ends (`asked` "end"), does the span, as the lead shows it, open with a
    qualifier that says when it starts ("sejak 1 April 2026"), or the other way round?"""
    return lead_bound(span, text, vocab) in ({"start", "end"} - {asked})


def glossed(span: Span, text: str) -> Span:
    """A name with the brackets right after it that give its short form or another name of it
    ("Partai A (PA)", "pohon B (Genus species)"): written capitalised, with no digits (a date's
    "(26/8)", an age's "(15)") and no colon (a caption's "(Foto: …)"), at most GLOSS_WORDS words.
    A span already holding a bracket, or ending its sentence (a wire's credit follows: "(AP/AFP)"),
    is left as it is."""
    if "(" in span.text or ")" in span.text or span.text.rstrip().endswith((".", "!", "?")):
        return span
    match = _GLOSS_RE.match(text, span.end)
    if match is None:
        return span
    inner = match.group(1).strip()
    if not inner or not inner[0].isupper() or re.search(r"[\d:]", inner) or len(inner.split()) > GLOSS_WORDS:
        return span
    return replace(span, end=match.end(), text=text[span.start : match.end()])
