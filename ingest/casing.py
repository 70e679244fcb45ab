"""Names written in capitals, read as news writes them (pure functions over strings)."""

from __future__ import annotations

import re

from ingest.core.vocabulary import Vocabulary, word_groups

_CAPITALS_RUN_RE = re.compile(r"\b[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+)+\b")  # two words in capitals or more


def news_case(text: str, vocab: Vocabulary) -> str:
    """The text with each run of words in capitals written as news writes a name ("HERMANUS TOMPODUNG,
    Kepala …" read as "Hermanus Tompodung, Kepala …"; "DINAS TENAGA KERJA DAN TRANSMIGRASI" as "Dinas
    Tenaga Kerja dan Transmigrasi"), keeping the words that stay in capitals in news: abbreviations
    (glossary.tsv; an organisation's head written in capitals, organisations.tsv: "PT") and a class's
    grade ("IIB"; asked_nouns.tsv unit grade); the small words a name runs on
    over inside a run in lower case (name_words.tsv connector: "dan", "of"). The reader and the name grammar, taught or written on news, read names in capitals
    poorly. Offsets are kept: each word keeps its length."""
    keep = vocab.memo("capitals_kept", lambda v: frozenset(v.glossary.entries) | {g.lower() for g in v.asked_nouns.get("unit grade", ())}
                      | {h.lower() for h in v.organisation_heads if h.isupper() and " " not in h})
    small = vocab.memo("name_connectors", lambda v: frozenset(word_groups("name_words.tsv", v.folder).get("connector", ())))

    def word(found: re.Match) -> str:
        lower = found.group(0).lower()
        if lower in keep:
            return found.group(0)
        return lower if lower in small and found.start() > 0 else found.group(0).capitalize()

    def recased(run: re.Match) -> str:
        return re.sub(r"[A-Z][A-Z'’-]+", word, run.group(0))

    out = _CAPITALS_RUN_RE.sub(recased, text)
    return out if len(out) == len(text) else text
