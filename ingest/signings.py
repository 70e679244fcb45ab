"""Which sentences report that an agreement was signed, and which only speak of one.

A news sentence reports a signing when it has a signing word ("menandatangani", "diteken",
"penandatanganan") with an agreement or cooperation as its object, in the sentence or the one
before or after ("menandatangani prasasti" signs a plaque, not an agreement), or names an agreement ("MoU", "PKS", "nota kesepahaman") together with a verb
that concludes cooperation ("menjalin", "menggandeng", "resmi bekerja sama"). It does not when the
signing is announced, planned or explored ("akan menandatangani", "rencana penandatanganan"),
evaluated or extended ("evaluasi PKS yang telah diteken", "perpanjangan MoU"): those statements
get another status and are never counted as signings. In an agreement document every sentence
naming the agreement or its parties belongs to the signing the document itself is.

Pure functions over text; the words come from the vocabulary (signing_words.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.core.vocabulary import Vocabulary, words_alternation
from ingest.dates import find_dates

SIGNED, PLANNED, EVALUATED, EXTENDED = "signed", "planned", "evaluated", "extended"
CUE_WINDOW = 60  # characters before the signing words in which a planning / evaluation cue counts


@dataclass(frozen=True)
class SigningStatement:
    start: int
    end: int
    status: str  # signed, planned, evaluated or extended


def signing_statements(text: str, spans: list[tuple[int, int]], vocab: Vocabulary, agreement_document: bool = False) -> list[SigningStatement]:
    """The sentences (spans of `text`) that speak of a signing, each with its status. A document
    named like an agreement that binds no partner ("Perjanjian Kinerja", "surat perjanjian damai";
    signing_words.tsv other document) is read as no agreement."""
    text = vocab.signing_pattern("other document", "not signing").sub(lambda m: " " * len(m.group(0)), text)
    signed = vocab.signing_pattern("signed")
    agreement = vocab.signing_pattern("agreement")
    cooperation = vocab.signing_pattern("cooperation")
    party = vocab.signing_pattern("party")
    objects = vocab.signing_pattern("agreement", "object")
    found = []
    heading = heading_end(text, spans, vocab) if agreement_document else 0
    if heading:  # "PERJANJIAN KERJA SAMA / ANTARA / A / DAN / B": the parties are named in its heading's lines
        found.append(SigningStatement(spans[0][0], heading, SIGNED))
    for i, (start, end) in enumerate(spans):
        sentence = text[start:end]
        if start < heading:
            continue
        if agreement_document:
            anchor = signed.search(sentence) or agreement.search(sentence) or party.search(sentence)
            if anchor:
                found.append(SigningStatement(start, end, SIGNED))
            continue
        anchor = signed.search(sentence)
        if anchor is not None and not objects.search(sentence):
            around = text[spans[i - 1][0] if i else start : spans[i + 1][1] if i + 1 < len(spans) else end]
            if not agreement.search(around):
                anchor = None
        if anchor is None:
            named = agreement.search(sentence)
            if named is None or cooperation.search(sentence) is None:
                continue
            anchor = named
        found.append(SigningStatement(start, end, statement_status(sentence, anchor.start(), vocab, anchor.end())))
    return found


def heading_end(text: str, spans: list[tuple[int, int]], vocab: Vocabulary) -> int:
    """Where the parties of an agreement document's heading end, when its first line names an
    agreement: at the first blank line, or before a line that opens with its subject or number
    ("TENTANG …", "NOMOR: …"; signing_words.tsv heading ends), whichever comes first (the heading's lines
    name the agreement and its parties, each line a sentence); or 0."""
    if not spans or not vocab.signing_pattern("agreement").search(text[spans[0][0] : spans[0][1]]):
        return 0
    ends = vocab.memo("heading_ends", lambda v: re.compile(
        r"\n[ \t]*\n|\n[ \t]*(?=(?:" + words_alternation(v.signing_words.get("heading ends", ())) + r")\b)", re.I))
    found = ends.search(text, spans[0][1])
    return found.start() if found else 0


def statement_status(sentence: str, anchor: int, vocab: Vocabulary, anchor_end: int | None = None) -> str:
    """signed, unless a planning, evaluation or extension cue stands shortly before the signing words
    (or ends with them: "expected to be signed"),
    or a word that puts the signing ahead follows them ("Penandatanganan MoU direncanakan bulan depan";
    signing_words.tsv: planned after), or one that calls it off anywhere after them ("… ditunda hingga
    Januari 2027"; called off)."""
    # a cue may end with the signing word itself ("… is expected to be signed in May")
    before = sentence[max(0, anchor - CUE_WINDOW) : anchor if anchor_end is None else anchor_end]
    for status in (PLANNED, EVALUATED, EXTENDED):
        if vocab.signing_pattern(status).search(before):
            return status
    if anchor_end is not None and vocab.signing_pattern("planned after").search(sentence[anchor_end : anchor_end + CUE_WINDOW]):
        return PLANNED
    if anchor_end is not None and vocab.signing_pattern("called off").search(sentence[anchor_end:]):
        return PLANNED  # "Penandatanganan dengan A, yang semula dijadwalkan hari itu, ditunda hingga Januari"
    return SIGNED


def witnessed(sentence_before: str, vocab: Vocabulary) -> bool:
    """Is a name that follows this text a witness or guest rather than a party? It is after a witness
    word ("disaksikan", "hadir"), unless a word that names the other side ("dengan", "antara";
    signing_words.tsv counterpart) or a party's signing verb ("hadir dan turut menandatangani A";
    signs — not the noun: "Hadir dalam penandatanganan itu A" is a guest) follows it."""
    cues = list(vocab.signing_pattern("witness").finditer(sentence_before))
    if not cues or _denied(sentence_before[: cues[-1].start()], vocab):
        return False  # "It was not witnessed by any official": no one named after it witnessed
    after_cue = sentence_before[cues[-1].end() :]
    return not vocab.signing_pattern("counterpart", "signs").search(after_cue)


def _denied(before_cue: str, vocab: Vocabulary) -> bool:
    """Is the word right before a witness word one that denies it ("tidak", "not"; signing_words.tsv denied)?"""
    last = before_cue.split()[-1:]
    return bool(last) and bool(vocab.signing_pattern("denied").fullmatch(last[0]))


def told_as_earlier(sentence: str, report_date: str, vocab: Vocabulary) -> bool:
    """Does a signing sentence without a day of its own place the signing in an earlier month or year
    than the report's ("… yang ditandatangani tahun lalu", "telah diteken pada Januari lalu", "yang
    diteken pada 2025" in a 2026 report)? Such a sentence recalls an earlier signing as the background
    of something else; a report of a signing states its day ("Pada 5 Maret lalu, Bapas A meneken …").
    Signing words right before an earlier time ("yang diteken tahun lalu") recall one whatever day
    the sentence states: that day is of what it reports.)"""
    if len(report_date) < 7 or not report_date[:4].isdigit():
        return False
    if vocab.memo("signed_earlier", _signed_earlier).search(sentence):
        return True  # "rapat evaluasi nota kesepahaman yang diteken tahun lalu, Kamis (21/5)": the day is the meeting's
    mentions = find_dates(sentence, vocab, int(report_date[:4]))
    if any(m.month_day or len(m.iso) == 10 for m in mentions):
        return False
    if vocab.signing_pattern("earlier").search(sentence):
        return True
    if any(len(m.iso) == 7 and m.iso < report_date[:7] for m in mentions):
        return True

    def build(v: Vocabulary) -> tuple[re.Pattern, re.Pattern]:
        months = words_alternation(v.months)
        past = words_alternation(v.signing_words.get("past month", ()))
        in_year = words_alternation(v.signing_words.get("in year", ()))
        return (re.compile(rf"\b(?P<month>{months})\s+(?:{past})\b|\b(?:{past})\s+(?P<month2>{months})\b", re.I),
                re.compile(rf"\b(?:{in_year})\s+(?P<year>(?:19|20)\d\d)\b(?![/\-.]\d)", re.I))

    month_re, year_re = vocab.memo("signing_earlier", build)
    for match in month_re.finditer(sentence):
        month = vocab.months[(match.group("month") or match.group("month2")).lower()]
        if month != int(report_date[5:7]):
            return True
    years = [int(m.group("year")) for m in year_re.finditer(sentence)]
    return bool(years) and all(year < int(report_date[:4]) for year in years)


def _signed_earlier(vocab: Vocabulary) -> re.Pattern:
    """Signing words followed, at most two words on, by an earlier time ("diteken tahun lalu",
    "signed last year"; signing_words.tsv signed, earlier)."""
    signed = words_alternation(vocab.signing_words.get("signed", ()))
    earlier = words_alternation(vocab.signing_words.get("earlier", ()))
    return re.compile(rf"\b(?:{signed})\s+(?:\w+\s+){{0,2}}?(?:{earlier})\b", re.I)
