"""Is an extracted text layer readable text, or garbage from a broken font map or curves?

A PDF whose fonts carry no Unicode mapping extracts to symbols ("\"7+%-"); one whose text is drawn
as curves extracts to nothing. Readable text in our languages is mostly words: Indonesian words
(root words of Sastrawi's dictionary, or words whose stem is one) or English function words. A
layer where too few tokens are such words, or where private-use and replacement characters are
frequent, is not indexed as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.tokens import ENGLISH_STOP_WORDS, is_common_word, stem

_TOKEN_RE = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
MIN_TOKENS = 20  # shorter texts are judged by their characters only
MIN_WORD_SHARE = 0.12  # English prose has ~40 % function words, Indonesian ~60 % dictionary words
MAX_ODD_CHAR_SHARE = 0.05
MIN_LETTER_SHARE = 0.5  # of the visible characters: text made of symbols is a font without a map


@dataclass(frozen=True)
class Quality:
    tokens: int
    word_share: float
    odd_char_share: float
    letter_share: float = 1.0
    visible: int = 0

    @property
    def readable(self) -> bool:
        if self.odd_char_share > MAX_ODD_CHAR_SHARE or (self.visible >= 5 and self.letter_share < MIN_LETTER_SHARE):
            return False
        return self.tokens < MIN_TOKENS or self.word_share >= MIN_WORD_SHARE


def text_quality(text: str) -> Quality:
    visible = [c for c in text if not c.isspace()]
    odd = sum(1 for c in visible if c == "\ufffd" or 0xE000 <= ord(c) <= 0xF8FF or (ord(c) < 32))
    tokens = [t.lower() for t in _TOKEN_RE.findall(text)]
    words = sum(1 for t in tokens if t in ENGLISH_STOP_WORDS or is_common_word(t) or is_common_word(stem(t)))
    letters = sum(1 for c in visible if c.isalnum())
    return Quality(len(tokens), words / len(tokens) if tokens else 0.0, odd / len(visible) if visible else 0.0,
                   letters / len(visible) if visible else 1.0, len(visible))
