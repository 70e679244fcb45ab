"""The keyword side of hybrid search: BM25 (bm25s) over the stemmed tokens stored with each chunk.

The index is derived from the store: `KeywordIndex.sync(store)` rebuilds it only when the store's
generation stamp changed (every ingest that changes anything sets a new one), so it stays consistent
with the collection without being rebuilt on every query.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field

import numpy as np

from ingest.core.types import Chunk, Hit
from ingest.vector_store import Store


@dataclass(frozen=True)
class _Snapshot:
    """One consistent state of the index; replaced whole, so readers never mix two builds."""

    chunks: tuple[Chunk, ...] = ()
    metas: tuple[dict, ...] = ()
    bm25: object = None
    idf: dict = field(default_factory=dict)
    max_idf: float = 1.0


class KeywordIndex:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation: str | None = None
        self._snapshot = _Snapshot()

    def sync(self, store: Store) -> None:
        generation = store.generation()
        if generation == self._generation and self._snapshot.bm25 is not None:
            return
        with self._lock:
            if generation == self._generation and self._snapshot.bm25 is not None:
                return
            self._snapshot = _build(store.all_chunks())
            self._generation = generation

    @property
    def generation(self) -> str | None:
        """The store generation the current snapshot was built from."""
        return self._generation

    def knows(self, token: str) -> bool:
        return token in self._snapshot.idf

    def idf(self, token: str) -> float:
        """Inverse document frequency over chunks; a token never seen weighs most."""
        snapshot = self._snapshot
        return snapshot.idf.get(token, snapshot.max_idf)

    def __len__(self) -> int:
        return len(self._snapshot.chunks)

    def search(self, tokens: list[str], k: int, allowed: set[str] | None = None) -> list[Hit]:
        """Top-k chunks for the query tokens; `allowed` restricts to those chunk ids (filters)."""
        snapshot = self._snapshot
        bm25, chunks = snapshot.bm25, snapshot.chunks
        if bm25 is None or not tokens:
            return []
        known = [t for t in tokens if t in bm25.vocab_dict]
        if not known:
            return []
        scores = np.asarray(bm25.get_scores(known), dtype=float)
        order = np.argsort(-scores)
        hits: list[Hit] = []
        for i in order:
            if scores[i] <= 0:
                break
            if allowed is not None and chunks[i].id not in allowed:
                continue
            hits.append(Hit(chunk=chunks[i], score=float(scores[i]), ranks={"bm25": len(hits) + 1}))
            if len(hits) >= k:
                break
        return hits

    def documents_with(self, tokens: list[str]) -> set[str]:
        """The documents that hold every one of `tokens` (each in some chunk of the document)."""
        snapshot = self._snapshot
        if snapshot.bm25 is None or not tokens:
            return set()
        found: set[str] | None = None
        for token in dict.fromkeys(tokens):
            if token not in snapshot.bm25.vocab_dict:
                return set()
            scores = np.asarray(snapshot.bm25.get_scores([token]), dtype=float)
            docs = {snapshot.chunks[i].doc_id for i in np.flatnonzero(scores > 0)}
            found = docs if found is None else found & docs
        return found or set()

    def chunk_ids_matching(self, predicate) -> set[str]:
        return {chunk.id for chunk in self._snapshot.chunks if predicate(chunk)}


def _build(records: list[tuple[Chunk, dict]]) -> _Snapshot:
    import bm25s

    chunks = tuple(chunk for chunk, _ in records)
    metas = tuple(meta for _, meta in records)
    corpus = [meta.get("tokens", "").split() or ["∅"] for meta in metas]
    index = None
    if corpus:
        index = bm25s.BM25(k1=1.2, b=0.75)
        index.index(corpus, show_progress=False)
    document_frequency: dict[str, int] = {}
    for tokens in corpus:
        for token in set(tokens):
            document_frequency[token] = document_frequency.get(token, 0) + 1
    total = max(len(corpus), 1)
    idf = {t: math.log(1 + (total - df + 0.5) / (df + 0.5)) for t, df in document_frequency.items()}
    return _Snapshot(chunks, metas, index, idf, math.log(1 + (total + 0.5) / 0.5))
