"""Headline, outlet, kind and date of a cleaned document. Pure functions over its text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.core.vocabulary import Vocabulary, word_groups, words_alternation
from ingest.dates import find_dates, infer_year
from ingest.language import detect_language

# A dateline: "KORANBANTEN.COM —", "KORANBANTEN.COM-Kantor", "Jakarta, Actanews.id –", "Indonews.web.id, Serang –"
_DOMAIN = r"[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z]{2,})+"
_DATELINE_RE = re.compile(r"^(?P<lead>[^\n]{0,60}?)\s*[-–—]", re.M)
_DOMAIN_RE = re.compile(_DOMAIN)
_MAX_TITLE = 160


@lru_cache(maxsize=1)
def _source_re() -> re.Pattern:
    """A line naming the outlet ("Sumber: Contoh News, 6 Oktober 2025"; page_words.tsv source)."""
    labels = words_alternation(word_groups("page_words.tsv")["source"])
    return re.compile(r"^\s*(?:" + labels + r")\s*:\s*(?P<outlet>[^,\n]+?)\s*(?:,\s*(?P<date>[^\n]+))?\s*$", re.I | re.M)


@lru_cache(maxsize=1)
def _source_label_re() -> re.Pattern:
    return re.compile(r"\s*(?:" + words_alternation(word_groups("page_words.tsv")["source"]) + r")\s*:", re.I)


def is_source_line(text: str) -> bool:
    """Does the text start with a source line's label ("Sumber:")?"""
    return bool(_source_label_re().match(text))


def _agreement_head_re(vocab: Vocabulary) -> re.Pattern:
    """An agreement document's first line, in capitals ("NOTA KESEPAHAMAN …"; signing_words.tsv heading)."""
    return vocab.memo("agreement_head", lambda v: re.compile(
        r"^\s*(" + words_alternation(v.signing_words.get("heading", ())) + r")\b", re.M))


@dataclass
class Metadata:
    title: str
    outlet: str
    date: str
    date_as_stated: str
    kind: str
    language: str


def extract_metadata(text: str, vocab: Vocabulary, hints: dict[str, str] | None = None, fallback_title: str = "") -> Metadata:
    hints = hints or {}
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    kind = "agreement" if _is_agreement(lines, vocab) else "article"
    title = _agreement_title(lines, vocab) if kind == "agreement" else _headline(lines)
    outlet, source_date = _outlet(text)
    outlet = hints.get("outlet") or outlet
    date_iso, as_stated = _document_date(text, source_date, hints.get("date", ""), vocab)
    return Metadata(
        title=(title or fallback_title)[:_MAX_TITLE],
        outlet=outlet,
        date=date_iso,
        date_as_stated=as_stated,
        kind=kind,
        language=detect_language(text[:3000]),
    )


def _is_agreement(lines: list[str], vocab: Vocabulary) -> bool:
    head = "\n".join(lines[:6])
    return bool(_agreement_head_re(vocab).search(head))


def _agreement_title(lines: list[str], vocab: Vocabulary) -> str:
    """'PERJANJIAN KERJA SAMA ANTARA … DENGAN … TENTANG …': the capitalised header up to the number."""
    parts: list[str] = []
    ends = tuple(w.upper() for w in word_groups("page_words.tsv")["title ends"])
    started = False
    for line in lines[:20]:
        if not started:
            started = bool(_agreement_head_re(vocab).match(line))
            if not started:
                continue
        if line.upper().startswith(ends) or line != line.upper():
            break
        parts.append(line)
    return " ".join(parts)


def _headline(lines: list[str]) -> str:
    """The first line when it reads as a headline; otherwise the opening of the first sentence."""
    if not lines:
        return ""
    first = lines[0]
    if len(lines) > 1 and len(first) <= 200 and not first.endswith((".", ":")) and not _source_re().match(first):
        return first
    body = _DATELINE_RE.sub("", first, count=1) if _dateline_outlet(first) or _looks_like_place_dateline(first) else first
    sentence = re.split(r"(?<=[.!?])\s", body.strip(), maxsplit=1)[0]
    if len(sentence) > 120:
        sentence = sentence[:117].rsplit(" ", 1)[0] + " …"
    return sentence


def _looks_like_place_dateline(line: str) -> bool:
    match = _DATELINE_RE.match(line)
    return bool(match) and len(match.group("lead").split()) <= 3 and match.group("lead")[:1].isupper()


def _outlet(text: str) -> tuple[str, str]:
    """The outlet from a 'Sumber:' line, else from a dateline; also the date the source line gives."""
    source = _source_re().search(text)
    if source:
        return source.group("outlet").strip(), (source.group("date") or "").strip()
    for line in text.split("\n")[:8]:
        outlet = _dateline_outlet(line.strip())
        if outlet:
            return outlet, ""
    return "", ""


def _dateline_outlet(line: str) -> str:
    match = _DATELINE_RE.match(line)
    if not match:
        return ""
    for part in match.group("lead").split(","):
        domain = _DOMAIN_RE.fullmatch(part.strip())
        if domain:
            return domain.group(0)
    return ""


def _document_date(text: str, source_date: str, hinted: str, vocab: Vocabulary) -> tuple[str, str]:
    """Publication date from the source line or the page's metadata; else the first dated mention."""
    year = infer_year(text, vocab)
    if hinted:
        return hinted, hinted
    candidates = find_dates(source_date, vocab, year) + find_dates(_source_re().sub("", text), vocab, year)
    for mention in candidates:
        if len(mention.iso) == 10:
            return mention.iso, mention.as_stated
    for mention in candidates:
        if mention.iso:
            return mention.iso, mention.as_stated
    return "", (candidates[0].as_stated if candidates else "")
