"""Hybrid retrieval: dense vectors and BM25 keywords, fused by their min-max normalised scores.

Both retrievers run on the whole (filtered) collection and their scores are fused; keyword
results never filter the dense ones, so a question whose words the stemmer handles badly still
gets its semantically close passages. Scores, not ranks, are fused: a passage BM25 finds far above
the rest (a town and its unit named in a question in one language, a report written in the other)
keeps that lead even where the dense search, which favours passages in the question's language,
ranks it low; rank fusion gave such a passage no more than any first place. English questions
reach Indonesian text through the embedder (multilingual) and through the glossary that expands
the keyword query.
"""

from __future__ import annotations

from assistant.bm25 import KeywordIndex
from ingest.core.types import Filters, Hit
from ingest.core.vocabulary import Glossary
from ingest.embedders import Embedder
from ingest.language import detect_language
from ingest.tokens import tokenize
from ingest.vector_store import Store


def min_max_fusion(rankings: list[list[Hit]]) -> list[Hit]:
    """Convex combination with equal weights of each ranking's scores, min-max normalised over
    the candidates it returned: score = Σ (s − min) / (max − min); a ranking of one scores it 1.
    A chunk a ranking did not return adds nothing for it. Ties keep the document order."""
    fused: dict[str, Hit] = {}
    for ranking in rankings:
        if not ranking:
            continue
        top, low = ranking[0].score, ranking[-1].score
        for hit in ranking:
            entry = fused.get(hit.chunk.id)
            if entry is None:
                entry = fused[hit.chunk.id] = Hit(chunk=hit.chunk, score=0.0, ranks={})
            entry.score += (hit.score - low) / (top - low) if top > low else 1.0
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

    def generation(self) -> str | None:
        """The generation of the index the search reads (every ingest that changes it sets a new one)."""
        self.keywords.sync(self.store)
        return self.keywords.generation

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
        return min_max_fusion([dense, keyword])[:top_k]
