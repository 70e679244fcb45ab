"""Hybrid retrieval: dense vectors and BM25 keywords, fused by reciprocal rank fusion.

Both retrievers run on the whole (filtered) collection and their rankings are fused; keyword
results never filter the dense ones, so a question whose words the stemmer handles badly still
gets its semantically close passages. English questions reach Indonesian text through the
embedder (multilingual) and through the glossary that expands the keyword query.
"""

from __future__ import annotations

from assistant.bm25 import KeywordIndex
from ingest.core.types import Filters, Hit
from ingest.core.vocabulary import Glossary
from ingest.embedders import Embedder
from ingest.language import detect_language
from ingest.tokens import tokenize
from ingest.vector_store import Store

RRF_K = 60


def rrf(rankings: list[list[Hit]], k: int = RRF_K) -> list[Hit]:
    """Reciprocal rank fusion: score = Σ 1 / (k + rank) over the rankings a chunk appears in."""
    fused: dict[str, Hit] = {}
    for ranking in rankings:
        for rank, hit in enumerate(ranking, start=1):
            entry = fused.get(hit.chunk.id)
            if entry is None:
                entry = fused[hit.chunk.id] = Hit(chunk=hit.chunk, score=0.0, ranks={})
            entry.score += 1.0 / (k + rank)
            entry.ranks.update(hit.ranks)
    return sorted(fused.values(), key=lambda h: (-h.score, h.chunk.doc_id, h.chunk.start))


class Retriever:
    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        glossary: Glossary,
        keywords: KeywordIndex | None = None,
        top_k: int = 5,
        candidates: int = 40,
    ) -> None:
        if top_k < 1:
            raise ValueError(f"top_k must be at least 1, got {top_k}")
        self.store = store
        self.embedder = embedder
        self.keywords = keywords or KeywordIndex()
        self.glossary = glossary
        self.top_k = top_k
        self.candidates = candidates

    def keyword_tokens(self, query: str) -> list[str]:
        expansions = self.glossary.expand(query)  # English terms → Indonesian
        if detect_language(query) == "id":  # an Indonesian question finds a report written in English too
            expansions += self.glossary.back(query)
        return tokenize(query + " " + " ".join(expansions))

    def retrieve(self, query: str, top_k: int | None = None, filters: Filters | None = None) -> list[Hit]:
        top_k = top_k or self.top_k
        filters = filters or Filters()
        self.keywords.sync(self.store)
        if len(self.keywords) == 0:
            return []
        depth = max(self.candidates, top_k)
        dense = self.store.query(self.embedder.embed_query(query), depth, filters)
        allowed = None if filters.is_empty() else self.keywords.chunk_ids_matching(filters.accepts)
        keyword = self.keywords.search(self.keyword_tokens(query), depth, allowed)
        return rrf([dense, keyword])[:top_k]
