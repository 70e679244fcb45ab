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

from dataclasses import dataclass

from ingest.core.vocabulary import Vocabulary

SIGNED, PLANNED, EVALUATED, EXTENDED = "signed", "planned", "evaluated", "extended"
CUE_WINDOW = 60  # characters before the signing words in which a planning / evaluation cue counts


@dataclass(frozen=True)
class SigningStatement:
    start: int
    end: int
    status: str  # signed, planned, evaluated or extended


def signing_statements(text: str, spans: list[tuple[int, int]], vocab: Vocabulary, agreement_document: bool = False) -> list[SigningStatement]:
    """The sentences (spans of `text`) that speak of a signing, each with its status."""
    signed = vocab.signing_pattern("signed")
    agreement = vocab.signing_pattern("agreement")
    cooperation = vocab.signing_pattern("cooperation")
    party = vocab.signing_pattern("party")
    objects = vocab.signing_pattern("agreement", "object")
    found = []
    for i, (start, end) in enumerate(spans):
        sentence = text[start:end]
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


def statement_status(sentence: str, anchor: int, vocab: Vocabulary, anchor_end: int | None = None) -> str:
    """signed, unless a planning, evaluation or extension cue stands shortly before the signing words,
    or a word that puts the signing ahead follows them ("Penandatanganan MoU direncanakan bulan depan";
    signing_words.tsv: planned after)."""
    before = sentence[max(0, anchor - CUE_WINDOW) : anchor]
    for status in (PLANNED, EVALUATED, EXTENDED):
        if vocab.signing_pattern(status).search(before):
            return status
    if anchor_end is not None and vocab.signing_pattern("planned after").search(sentence[anchor_end : anchor_end + CUE_WINDOW]):
        return PLANNED
    return SIGNED


def witnessed(sentence_before: str, vocab: Vocabulary) -> bool:
    """Is a name that follows this text a witness or guest rather than a party? It is after a witness
    word ("disaksikan", "hadir"), unless a word that names the other side ("dengan", "antara";
    signing_words.tsv counterpart) or a party's signing verb ("hadir dan turut menandatangani A";
    signs — not the noun: "Hadir dalam penandatanganan itu A" is a guest) follows it."""
    cues = list(vocab.signing_pattern("witness").finditer(sentence_before))
    if not cues:
        return False
    after_cue = sentence_before[cues[-1].end() :]
    return not vocab.signing_pattern("counterpart", "signs").search(after_cue)
