"""Answers written by an LLM backend, held to the same rules as the offline answerer.

The prompt gives numbered passages and asks for [n] markers. What comes back is checked: markers
that point to no passage are removed; a sentence without a valid marker, or whose names and numbers
do not appear in the passage it cites, is dropped; markers are renumbered in order of first use and
each points to the passage sentence that best supports its claim. If the backend fails, or nothing
checkable is left, the offline answer is returned with a note saying so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.answer import OfflineAnswerer
from assistant.cite import CitationBuilder, strip_unknown_markers
from assistant.generators import Generator
from assistant.prompts import NOT_FOUND_MARK, Prompt
from assistant.question import analyse, standalone_question
from ingest.core.errors import BackendError
from ingest.core.types import Answer, Hit
from ingest.sentences import sentence_spans
from ingest.tokens import tokenize

_SENTENCE_RE = re.compile(r"[^.!?]+(?:[.!?]+|$)(?:\s*\[\d+\])*")
_MARKER_RE = re.compile(r"\[(\d+)\]")
_CHECKABLE_RE = re.compile(r"\d+(?:[.,/]\d+)*|\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b|\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})+")

NOTES = {
    "id": "Backend LLM gagal ({error}); ini jawaban luring.",
    "en": "The LLM backend failed ({error}); this is the offline answer.",
}


class LLMAnswerer:
    def __init__(self, generator: Generator, prompts: dict[str, Prompt], offline: OfflineAnswerer, passages: int = 6) -> None:
        self.generator = generator
        self.prompts = prompts
        self.offline = offline
        self.passages = passages

    @property
    def name(self) -> str:
        return self.generator.name

    def _prepare(self, question: str, history, filters, language):
        standalone = standalone_question(question, history, self.offline.vocab)
        analysed = analyse(question, self.offline.vocab, language)
        hits = self.offline.retriever.retrieve(standalone, top_k=self.passages, filters=filters)
        passages = "\n\n".join(f"[{i}] {h.chunk.title}\n{h.chunk.text}" for i, h in enumerate(hits, start=1))
        system, user = self.prompts[analysed.language].render(passages=passages, question=standalone)
        return standalone, analysed.language, hits, system, user

    def answer(self, question: str, history=None, filters=None, language=None) -> Answer:
        standalone, lang, hits, system, user = self._prepare(question, history, filters, language)
        if not hits:
            return self.offline.answer(question, history, filters, language)
        try:
            raw = self.generator.generate(system, user)
        except BackendError as exc:
            return self._fallback(question, history, filters, language, lang, exc)
        return self.finish(raw, lang, hits, standalone, question, history, filters, language)

    def stream(self, question: str, history=None, filters=None, language=None) -> Iterator[str | Answer]:
        """Text pieces as the backend writes them, then the checked `Answer` (which may differ)."""
        standalone, lang, hits, system, user = self._prepare(question, history, filters, language)
        pieces: list[str] = []
        try:
            for piece in self.generator.stream(system, user):
                pieces.append(piece)
                yield piece
        except BackendError as exc:
            yield self._fallback(question, history, filters, language, lang, exc)
            return
        yield self.finish("".join(pieces), lang, hits, standalone, question, history, filters, language)

    def _fallback(self, question, history, filters, language, lang, error: Exception) -> Answer:
        answer = self.offline.answer(question, history, filters, language)
        answer.note = NOTES[lang].format(error=str(error)[:200])
        return answer

    def finish(self, raw: str, lang: str, hits: list[Hit], standalone: str, question, history, filters, language) -> Answer:
        if NOT_FOUND_MARK[lang] in raw:
            answer = self.offline.answer(question, history, filters, language)
            if not answer.abstained:
                return answer  # the model missed what the passages state; the checked offline answer stands
            return answer
        text = strip_unknown_markers(raw.strip(), set(range(1, len(hits) + 1)))
        builder = CitationBuilder(self.offline.documents)
        kept: list[str] = []
        for sentence in (s.strip() for s in _SENTENCE_RE.findall(text)):
            numbers = [int(n) for n in _MARKER_RE.findall(sentence)]
            claim = _MARKER_RE.sub("", sentence).strip()
            if not numbers or not claim:
                continue
            if not all(supported(claim, hits[n - 1].chunk.text) for n in set(numbers[:1])):
                continue
            body = claim.rstrip(" .!?")
            stop = claim[len(body):].strip() or "."
            markers = []
            for n in dict.fromkeys(numbers):
                chunk = hits[n - 1].chunk
                start, end = best_sentence(claim, chunk.text)
                marker = builder.cite(chunk, chunk.start + start, chunk.start + end)
                if marker is not None:
                    markers.append(f"[{marker}]")
            if markers:
                kept.append(f"{body} {' '.join(markers)}{stop}")
        if not kept:
            answer = self.offline.answer(question, history, filters, language)
            answer.note = NOTES[lang].format(error="no checkable sentence" if lang == "en" else "tidak ada kalimat yang dapat diperiksa")
            return answer
        return Answer(text=" ".join(kept), citations=builder.citations, language=lang, question=standalone, hits=hits)


def supported(claim: str, passage: str) -> bool:
    """Every number and proper name of the claim appears in the passage (case-insensitively)."""
    folded = " ".join(passage.lower().split())
    for item in _CHECKABLE_RE.findall(claim):
        if " ".join(item.lower().split()) not in folded:
            return False
    return True


def best_sentence(claim: str, passage: str) -> tuple[int, int]:
    """The span of the passage sentence sharing most words with the claim."""
    wanted = set(tokenize(claim))
    spans = sentence_spans(passage) or [(0, len(passage))]
    return max(spans, key=lambda span: len(wanted & set(tokenize(passage[span[0] : span[1]]))))
