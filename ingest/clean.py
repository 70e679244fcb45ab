"""Remove web-page noise from article text without losing content.

Pure functions over strings. A noise line is dropped whole; everything else is kept, only with
its white space normalised (non-breaking spaces, trailing blanks, runs of empty lines).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ingest.columns import TEXT_GAP, reading_order
from ingest.core.vocabulary import word_groups, word_list, words_alternation


# Whole lines that carry no content: ad slots, related-post widgets, share buttons (page_words.tsv).
@lru_cache(maxsize=1)
def _noise_re() -> re.Pattern:
    words = word_groups("page_words.tsv")
    lines = [
        words_alternation(words["noise"]),
        r"(?:" + words_alternation(words["sized"]) + r")\s+\d+\s*x\s*\d+",
        r"(?:" + words_alternation(words["aside"]) + r")\b.*",
        r"(?:" + words_alternation(words["labelled"]) + r")\s*:.*",
        r"(?:" + words_alternation(words["share"]) + r")\s*:?\s*(?:(?:" + words_alternation(words["platform"]) + r")|\s)*",
    ]
    return re.compile(r"^\s*(?:" + "|".join(lines) + r")\s*$", re.IGNORECASE)


# The heading of a comment form: from it to the line that ends with the required-field star.
@lru_cache(maxsize=1)
def _comment_start_re() -> re.Pattern:
    return re.compile(r"^\s*(?:" + words_alternation(word_groups("page_words.tsv")["comment"]) + r")\s*$", re.IGNORECASE)


# The heading of a list of other pages' headlines ("Berita Terkait", "Baca Juga:", "Tags:";
# `page_lists.tsv`): the headlines under it are not the story, so they go with it, up to the first
# line that ends a sentence.
@lru_cache(maxsize=1)
def _list_heading_re() -> re.Pattern:
    return re.compile(r"^\s*(?:" + words_alternation(word_list("page_lists.tsv")) + r")\s*[:\-–—]?\s*$", re.IGNORECASE)


_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s*$")

_COMMENT_END_RE = re.compile(r"\*\s*$")
_COMMENT_MAX_LINES = 12
_SPACES_RE = re.compile(r"[ ]{2,}")


# A line that starts a new item: "1.", "a.", "(2)", "-", "•", "Pasal 3" (page_words.tsv clause), or an
# all-capitals heading.
@lru_cache(maxsize=1)
def _item_start_re() -> re.Pattern:
    clause = words_alternation(word_groups("page_words.tsv")["clause"])
    return re.compile(r"^(\(?\d{1,2}[.)]|\(?[a-z][.)]\s|[-•*]\s|(?:" + clause + r")\s+\d)", re.IGNORECASE)


_WRAPPED_LINE_MIN = 45


def clean_text(text: str, unwrap: bool = False) -> str:
    """Normalise white space and drop noise lines; content lines come out unchanged but for spaces.

    `unwrap=True` (for PDF pages) first joins lines that a page layout wrapped mid-sentence.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\t", " ")
    if not unwrap:  # a PDF page comes in reading order (pdf.py); a text file's signature block side by side
        text = reading_order(text, TEXT_GAP, min_lines=2)
    lines = [_SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]
    if unwrap:
        lines = unwrap_lines(lines)
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _comment_start_re().match(line):
            end = _comment_form_end(lines, i)
            if end is not None:
                i = end + 1
                continue
        if _list_heading_re().match(line):
            i = _headline_list_end(lines, i + 1)
            continue
        if _noise_re().match(line):
            i += 1
            continue
        kept.append(line if line.strip() else "")
        i += 1
    return _collapse_blank_lines(kept)


def _headline_list_end(lines: list[str], i: int) -> int:
    """The index after the headlines that follow a list heading: lines that end no sentence."""
    while i < len(lines) and (not lines[i].strip() or not _SENTENCE_END_RE.search(lines[i])):
        i += 1
    return i


def unwrap_lines(lines: list[str]) -> list[str]:
    """Join lines that a layout wrapped: the next line continues the sentence of a full line.

    A line is joined to the one before when that one is long (a wrapped line, not a heading), does
    not end a sentence or a clause, and the next line does not start a new item or heading.
    """
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line and _continues(out[-1], line):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def _continues(previous: str, line: str) -> bool:
    if previous.endswith((".", ":", ";", "!", "?")) or _item_start_re().match(line):
        return False
    if previous.isupper() or (line.isupper() and len(line) > 3):
        return False
    last_line_length = len(previous) - previous.rfind("\n") - 1
    return line[:1].islower() or last_line_length >= _WRAPPED_LINE_MIN or previous.endswith(",")


def _comment_form_end(lines: list[str], start: int) -> int | None:
    for j in range(start, min(len(lines), start + _COMMENT_MAX_LINES)):
        if _COMMENT_END_RE.search(lines[j]):
            return j
    # A heading alone at the very end is noise too.
    if all(not line.strip() for line in lines[start + 1 :]):
        return len(lines) - 1
    return None


def _collapse_blank_lines(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
