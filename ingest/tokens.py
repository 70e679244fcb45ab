"""Indonesian-aware keyword tokens: lower-case words, Sastrawi stems, stop words removed.

Used for the BM25 index (at ingest) and for keyword queries (at question time), so that both sides
are normalised the same way: "perikanan" and "ikan" meet, "Pemasyarakatan" and "masyarakat" meet.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")

# Words Sastrawi lists as stop words that carry meaning in cooperation records.
_KEEP = {
    "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
    "kerja", "sama", "bulan", "hari", "tahun", "lama", "baru", "awal", "akhir", "masa", "pertama",
    "kedua", "ketiga", "jumlah", "pihak", "hukum", "mitra", "umum",
}
ENGLISH_STOP_WORDS = frozenset(
    "a an the of to in on at by for with from and or but is are was were be been being which who whom "
    "whose what when where why how did does do done has have had it its this that these those their "
    "they them as into about over under than then there here all any each other such only own same so "
    "very can will would should could may might must shall not no yes also many much more most some "
    "between among after before during since until within without through via against upon "
    "name list give tell please according".split()
)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    indonesian = set(StopWordRemoverFactory().get_stop_words()) - _KEEP
    return frozenset(indonesian | ENGLISH_STOP_WORDS)


def is_stop_word(word: str) -> bool:
    """A function word of Indonesian or English (lower case), which names nothing."""
    return word in _stop_words()


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=1)
def _root_words() -> frozenset[str]:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words_from_file())


def is_common_word(word: str) -> bool:
    """Is this an ordinary Indonesian word (a root word of Sastrawi's dictionary), not only a name?"""
    return word.lower() in _root_words()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    if len(word) <= 3 or not word.isalpha():
        return word
    return _stemmer().stem(word) or word


def words(text: str) -> list[str]:
    """Lower-case word tokens (hyphenated words split into their parts as well; an English possessive
    also without its "'s": "sinjai's" → "sinjai")."""
    out: list[str] = []
    for token in _WORD.findall(text.lower()):
        out.append(token)
        if "-" in token:
            out.extend(part for part in token.split("-") if part)
        if token.endswith("'s"):
            out.append(token[:-2])
    return out


def tokenize(text: str) -> list[str]:
    """Stemmed content tokens of `text`, in order, stop words removed."""
    stop = _stop_words()
    return [stem(word) for word in words(text) if word not in stop and (len(word) > 1 or word.isdigit())]


def in_order(wanted: list[str], have: list[str], max_gap: int = 3) -> bool:
    """All wanted tokens appear in `have` in order, each within `max_gap` tokens of the previous one."""
    if not wanted:
        return True
    for begin, token in enumerate(have):
        if token != wanted[0]:
            continue
        position, ok = begin, True
        for w in wanted[1:]:
            window = have[position + 1 : position + 2 + max_gap]
            if w not in window:
                ok = False
                break
            position = position + 1 + window.index(w)
        if ok:
            return True
    return False
