"""Citations: number them in order of first use, one marker per passage, and verify them.

`CitationBuilder` hands out markers [1], [2], … for exact spans of the cleaned documents; the same
span cited twice gets the same marker. `verify` checks that a citation's quote is the document's
text at its span; `strip_unknown_markers` removes markers that point to no passage (LLM output,
checked further in `assistant/llm_answer.py`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.core.types import Chunk, Citation, Document
from ingest.doc_store import DocumentStore


class CitationBuilder:
    def __init__(self, documents: DocumentStore) -> None:
        self.documents = documents
        self.citations: list[Citation] = []
        self._by_span: dict[tuple[str, int, int], int] = {}

    def cite(self, chunk: Chunk, start: int, end: int) -> int | None:
        """The marker number for document span [start, end) of the chunk's document.

        None when it cannot be verified: the document is gone, the span lies outside it, or the
        passage it was found in is no longer the document's text at that place (a sync replaced the
        document after the passage was retrieved). A citation never quotes text that is not there.
        """
        key = (chunk.doc_id, start, end)
        if key in self._by_span:
            return self._by_span[key]
        document = self.documents.get(chunk.doc_id)
        if document is None or not (0 <= start < end <= len(document.text)):
            return None
        if chunk.text and document.text[chunk.start : chunk.end] != chunk.text:
            return None
        n = len(self.citations) + 1
        self.citations.append(
            Citation(
                n=n,
                doc_id=document.id,
                title=document.title,
                outlet=document.outlet,
                date=document.date,
                page=document.page_at(start),
                quote=document.text[start:end],
                start=start,
                end=end,
                source=document.source,
                kind=document.kind,
                ocr=str(document.page_at(start)) in document.ocr.split(","),
            )
        )
        self._by_span[key] = n
        return n


    def renumber(self, text: str) -> str:
        """Number the markers of a composed text by their first use in it (a lead written after the
        lines it sums up cites them first), dropping citations the text does not use."""
        order: dict[int, int] = {}
        for match in _MARKER_RE.finditer(text):
            old = int(match.group(1))
            if old not in order and 1 <= old <= len(self.citations):
                order[old] = len(order) + 1
        self.citations = [replace(self.citations[old - 1], n=new) for old, new in order.items()]
        self._by_span = {(c.doc_id, c.start, c.end): c.n for c in self.citations}
        return _MARKER_RE.sub(lambda m: f"[{order.get(int(m.group(1)), int(m.group(1)))}]", text)


def verify(citation: Citation, document: Document | None) -> bool:
    """The quote is exactly the document's text at the cited span."""
    return document is not None and document.text[citation.start : citation.end] == citation.quote


_MARKER_RE = re.compile(r"\[(\d+)\]")


def strip_unknown_markers(text: str, known: set[int]) -> str:
    """Remove markers that point to no passage."""
    return _MARKER_RE.sub(lambda m: m.group(0) if int(m.group(1)) in known else "", text)
