"""Readers against a concurrent writer, made deterministic: the race is played out in a fixed order.

The readers' contract (README, "Consistency while a sync runs"): a reader sees each document as
before, as after, or for a moment both; never an error, and never a citation whose quote is not the
document store's text at the cited span.
"""

from __future__ import annotations

import pytest

from assistant.cite import CitationBuilder, verify
from tests.ingest.test_sync import make_corpus

pytestmark = pytest.mark.integration

QUESTION = "Dinas apa yang bekerja sama dengan Lapas Kelas IIA Contoh2?"


class RacingCollection:
    """A real Chroma collection with a concurrent writer that strikes between two reads.

    `query` runs the real vector search, then the "sync" deletes the first hit, and the result comes
    back with that hit's metadata and text gone — what Chroma returns when a row is deleted between
    its vector search and its metadata read. `get` does the same to the first chunk it lists.
    """

    def __init__(self, inner) -> None:
        self.inner = inner
        self.deleted: list[str] = []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def _strike(self, ids: list[str], metadatas: list, documents: list) -> None:
        if ids:
            self.inner.delete(ids=[ids[0]])
            self.deleted.append(ids[0])
            metadatas[0] = None
            documents[0] = None

    def query(self, **kwargs):
        result = self.inner.query(**kwargs)
        self._strike(result["ids"][0], result["metadatas"][0], result["documents"][0])
        return result

    def get(self, **kwargs):
        result = self.inner.get(**kwargs)
        if result.get("metadatas") is not None and result.get("documents") is not None:
            self._strike(result["ids"], result["metadatas"], result["documents"])
        return result


@pytest.fixture
def ingested(services, settings):
    make_corpus(settings.corpus_dir, 6)
    report = services.ingester(progress=False).run()
    assert len(report.added) == 6
    return services


def racing(services) -> RacingCollection:
    collection = RacingCollection(services.store.collection)
    services.store._collection = collection
    return collection


def test_a_hit_deleted_between_search_and_metadata_read_is_skipped_and_k_still_returned(ingested):
    collection = racing(ingested)
    hits = ingested.store.query(ingested.embedder.embed_query(QUESTION), 5)
    assert len(hits) == 5
    assert collection.deleted and collection.deleted[0] not in {h.chunk.id for h in hits}
    assert [h.ranks["dense"] for h in hits] == [1, 2, 3, 4, 5]


def test_listing_chunks_skips_one_deleted_while_listed(ingested):
    total = ingested.store.count()
    collection = racing(ingested)
    chunks = ingested.store.all_chunks()
    assert len(chunks) == total - 1 and collection.deleted[0] not in {c.id for c, _ in chunks}


def test_questions_answered_while_chunks_vanish_cite_only_what_the_documents_hold(ingested):
    racing(ingested)
    for _ in range(3):
        answer = ingested.answer(QUESTION)
        assert answer.text
        for citation in answer.citations:
            assert verify(citation, ingested.documents.get(citation.doc_id))
        hits = ingested.retriever.retrieve(QUESTION)
        assert len(hits) == 5


def test_a_passage_of_a_replaced_document_is_not_cited(ingested, settings):
    old_hits = ingested.retriever.retrieve(QUESTION)
    chunk = old_hits[0].chunk
    document = ingested.documents.get(chunk.doc_id)
    # The middle of a sync: the document store already holds the new text, the old chunks are still indexed.
    document.text = "Versi kedua dengan kalimat baru. " + document.text
    ingested.documents.put(document)
    builder = CitationBuilder(ingested.documents)
    assert builder.cite(chunk, chunk.start, chunk.end) is None
    answer = ingested.answer(QUESTION)
    for citation in answer.citations:
        assert verify(citation, ingested.documents.get(citation.doc_id))


def test_a_document_removed_while_read_is_none(ingested):
    doc_id = next(iter(ingested.documents.ids()))
    (ingested.documents.root / f"{doc_id}.json").unlink()
    assert ingested.documents.get(doc_id) is None
    ingested.documents.delete(doc_id)  # removing what is gone is no error
