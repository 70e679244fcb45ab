"""Cut a cleaned document into chunks of whole sentences that never cross a page.

Each chunk is an exact slice of the document text (`text == document.text[start:end]`) so that
citations can quote spans from it. Consecutive chunks share one sentence, which keeps a fact that
straddles a boundary retrievable from either side.
"""

from __future__ import annotations

from ingest.core.types import Chunk, Document, Page, chunk_id
from ingest.sentences import sentence_spans


def chunk_document(document: Document, max_chars: int = 900) -> list[Chunk]:
    pages = document.pages or [Page(1, 0, len(document.text))]
    chunks: list[Chunk] = []
    for page in pages:
        spans = _bounded(sentence_spans(document.text, page.start, page.end), max_chars)
        for start, end in _group(spans, max_chars):
            text = document.text[start:end]
            chunks.append(
                Chunk(
                    id=chunk_id(document.id, start, text),
                    doc_id=document.id,
                    text=text,
                    start=start,
                    end=end,
                    page=page.number,
                    title=document.title,
                    outlet=document.outlet,
                    date=document.date,
                    kind=document.kind,
                    source=document.source,
                    language=document.language,
                )
            )
    return chunks


def _bounded(spans: list[tuple[int, int]], max_chars: int) -> list[tuple[int, int]]:
    """Over-long 'sentences' (tables, run-on lists) are cut into pieces of at most max_chars."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > max_chars:
            out.append((start, start + max_chars))
            start += max_chars
        out.append((start, end))
    return out


def _group(spans: list[tuple[int, int]], max_chars: int) -> list[tuple[int, int]]:
    groups: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        first = i
        while i + 1 < len(spans) and spans[i + 1][1] - spans[first][0] <= max_chars:
            i += 1
        groups.append((spans[first][0], spans[i][1]))
        if i + 1 >= len(spans):
            break
        # Start the next chunk with this chunk's last sentence, unless that would not move forward.
        i = i if i > first and spans[i][1] - spans[i][0] < max_chars // 3 else i + 1
    return groups
