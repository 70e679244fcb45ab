"""Turn one file into a cleaned `Document`: read, clean page by page, extract metadata."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ingest.clean import clean_text
from ingest.core.errors import IngestError
from ingest.core.types import Document, Page, document_id
from ingest.core.vocabulary import Vocabulary
from ingest.metadata import extract_metadata
from ingest.read import Limits, read_file

PAGE_SEPARATOR = "\n\n"

Guard = Callable[..., Any]


def unguarded(stage: str, fn: Callable[..., Any], *args: Any) -> Any:
    return fn(*args)


def load_document(path: Path, key: str, max_bytes: int, vocab: Vocabulary, guard: Guard = unguarded,
                  limits: Limits | None = None) -> Document:
    """Read `path` (known to the corpus as `key`) into a Document; `IngestError` if it can't be used.

    `guard(stage, fn, *args)` runs each stage ("read", "clean", "metadata"); the ingester passes one
    that turns an unexpected exception into a failure of this file named by its stage.
    """
    raw = guard("read", read_file, path, max_bytes, limits)
    text, pages = guard("clean", lambda: join_pages([clean_text(page, unwrap=raw.kind_hint == "pdf") for page in raw.pages]))
    if not text.strip():
        error = IngestError(path, "nothing is left after removing page noise")
        error.stage = "clean"
        raise error
    meta = guard("metadata", extract_metadata, text, vocab, raw.meta, path.stem)
    return Document(
        id=document_id(key),
        source=key,
        title=meta.title,
        text=text,
        kind=meta.kind,
        outlet=meta.outlet,
        date=meta.date,
        date_as_stated=meta.date_as_stated,
        language=meta.language,
        pages=pages,
        ocr=raw.meta.get("ocr", ""),
    )


def join_pages(page_texts: list[str]) -> tuple[str, list[Page]]:
    """Join cleaned page texts, remembering where each page starts and ends in the result."""
    parts: list[str] = []
    pages: list[Page] = []
    offset = 0
    for number, page_text in enumerate(page_texts, start=1):
        if parts:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        parts.append(page_text)
        pages.append(Page(number, offset, offset + len(page_text)))
        offset += len(page_text)
    return "".join(parts), pages
