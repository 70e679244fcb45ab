"""The vector store: Chroma, embedded on disk (default) or a Chroma server.

`Store` is the protocol the rest of the program uses; `ChromaStore` implements it for both the
embedded `PersistentClient` and the `HttpClient`. Chroma never embeds anything itself here: vectors
come from our embedder, and the collection is always opened with our embedding function so that
Chroma's downloading default is never used.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from typing import Any, Protocol

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from ingest.core.errors import EmbedderError, StoreUnavailable
from ingest.core.settings import Settings
from ingest.core.types import Chunk, Filters, Hit
from ingest.embedders import Embedder

_BATCH = 500
# Candidates HNSW keeps while it searches. Chroma's default (100) is approximate, and a local
# collection below its sync threshold rebuilds its graph at every load, differently each time: one
# question's passages changed between two processes over the same store (README, "Search"). With
# at least as many candidates as chunks the search is exact, so every load returns the same.
EF_SEARCH = 500
QUERY_SLACK = 8  # extra results asked for, so that hits deleted by a concurrent sync can be skipped


class Store(Protocol):
    def upsert(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]], extra: Sequence[dict] | None = None) -> None: ...
    def delete(self, ids: Sequence[str]) -> None: ...
    def chunk_ids(self, doc_id: str) -> set[str]: ...
    def doc_ids(self) -> set[str]: ...
    def query(self, embedding: Sequence[float], k: int, filters: Filters | None = None) -> list[Hit]: ...
    def all_chunks(self) -> list[tuple[Chunk, dict]]: ...
    def count(self) -> int: ...
    def generation(self) -> str: ...
    def touch(self) -> str: ...


@register_embedding_function
class ChromaEmbedding(EmbeddingFunction[Documents]):
    """Our embedder, in the shape Chroma wants, so that a collection never falls back to Chroma's default."""

    def __init__(self, embedder: Embedder | None = None, embedder_name: str = "") -> None:
        self._embedder = embedder
        self._embedder_name = embedder.name if embedder is not None else embedder_name

    def __call__(self, input: Documents) -> Embeddings:
        if self._embedder is None:
            raise EmbedderError("this collection belongs to kerjasama: open it through kerjasama's store")
        return self._embedder.embed_passages(list(input))

    def embed_query(self, input: Documents) -> Embeddings:
        if self._embedder is None:
            raise EmbedderError("this collection belongs to kerjasama: open it through kerjasama's store")
        return [self._embedder.embed_query(text) for text in input]

    @staticmethod
    def name() -> str:
        return "kerjasama"

    def get_config(self) -> dict[str, Any]:
        return {"embedder": self._embedder_name}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "ChromaEmbedding":
        return ChromaEmbedding(None, config.get("embedder", ""))

    def default_space(self):
        return "cosine"


def collection_name(prefix: str, embedder_name: str) -> str:
    """One collection per embedder: vectors of different models never mix."""
    name = re.sub(r"[^a-zA-Z0-9._-]+", "-", f"{prefix}-{embedder_name}").strip("-._")
    return name[:200]


class ChromaStore:
    """`connect()` makes the Chroma client; it is called lazily and again after a failure, so a server
    that is down at start-up or restarts later is picked up without restarting kerjasama."""

    def __init__(self, connect, embedder: Embedder, name: str, where_label: str) -> None:
        self.where_label = where_label
        self._connect = connect
        self._client_instance = None
        self._embedder = embedder
        self._name = name
        self._collection = None

    @property
    def _client(self):
        if self._client_instance is None:
            self._client_instance = self._connect()
        return self._client_instance

    @classmethod
    def from_settings(cls, settings: Settings, embedder: Embedder) -> "ChromaStore":
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        name = collection_name(settings.collection, embedder.name)
        if settings.store == "server":
            label = f"Chroma server at {settings.chroma_host}:{settings.chroma_port}"
        else:
            label = f"embedded Chroma in {settings.chroma_dir}"

        def connect():
            try:
                if settings.store == "server":
                    headers = {}
                    if settings.chroma_token:
                        headers["Authorization"] = f"Bearer {settings.chroma_token.get_secret_value()}"
                    return chromadb.HttpClient(
                        host=settings.chroma_host, port=settings.chroma_port, headers=headers, settings=chroma_settings
                    )
                settings.chroma_dir.mkdir(parents=True, exist_ok=True)
                return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
            except Exception as exc:  # chromadb raises ValueError, ConnectionError, httpx errors…
                raise StoreUnavailable(_unavailable_message(settings, exc)) from exc

        return cls(connect, embedder, name, label)

    @property
    def collection(self):
        if self._collection is None:
            try:
                client = self._client
                collection = client.get_or_create_collection(
                    name=self._name,
                    embedding_function=ChromaEmbedding(self._embedder),
                    configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}},
                )
                if search_breadth(collection) < EF_SEARCH:  # made before EF_SEARCH was set, or by another program
                    collection.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})
                self._collection = collection
            except StoreUnavailable:
                raise
            except Exception as exc:
                self._client_instance = None if "server" in self.where_label else self._client_instance
                raise StoreUnavailable(f"cannot open collection {self._name!r} in the {self.where_label}: {exc}") from exc
        return self._collection

    def _call(self, what: str, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (StoreUnavailable, EmbedderError):
            raise
        except Exception as exc:
            self._collection = None  # reopen next time: the server may have restarted
            if "server" in self.where_label:
                self._client_instance = None
            raise StoreUnavailable(f"the {self.where_label} failed to {what}: {exc}") from exc

    # -- writes ---------------------------------------------------------------------------------
    def upsert(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]], extra: Sequence[dict] | None = None) -> None:
        for i in range(0, len(chunks), _BATCH):
            batch = chunks[i : i + _BATCH]
            metadatas = []
            for j, chunk in enumerate(batch):
                meta = chunk.metadata()
                if extra is not None:
                    meta.update(extra[i + j])
                metadatas.append(meta)
            self._call(
                "write chunks",
                self.collection.upsert,
                ids=[c.id for c in batch],
                documents=[c.text for c in batch],
                embeddings=[list(map(float, e)) for e in embeddings[i : i + _BATCH]],
                metadatas=metadatas,
            )

    def delete(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        for i in range(0, len(ids), _BATCH):
            self._call("delete chunks", self.collection.delete, ids=ids[i : i + _BATCH])

    def touch(self) -> str:
        """Mark the collection as changed, so that readers rebuild what they derive from it."""
        stamp = uuid.uuid4().hex
        self._call("record a change", self.collection.modify, metadata={"generation": stamp})
        return stamp

    # -- reads ----------------------------------------------------------------------------------
    def chunk_ids(self, doc_id: str) -> set[str]:
        result = self._call("list chunks", self.collection.get, where={"doc_id": doc_id}, include=[])
        return set(result["ids"])

    def doc_ids(self) -> set[str]:
        result = self._call("list documents", self.collection.get, include=["metadatas"])
        return {meta["doc_id"] for meta in result["metadatas"] if meta and "doc_id" in meta}

    def count(self) -> int:
        return self._call("count chunks", self.collection.count)

    def generation(self) -> str:
        collection = self._call("read its state", self._client.get_collection, self._name, embedding_function=ChromaEmbedding(self._embedder))
        return (collection.metadata or {}).get("generation", "")

    def query(self, embedding: Sequence[float], k: int, filters: Filters | None = None) -> list[Hit]:
        """The k nearest chunks. A sync may delete a chunk between Chroma's vector search and its
        metadata read, which then comes back as None: such hits are skipped, and a few extra results
        are asked for so that the caller still gets k when the index holds them. No count first,
        which could race a sync too (Chroma returns fewer than asked when it holds fewer)."""
        if filters is not None and filters.documents is not None and not filters.documents:
            return []  # no document allowed (Chroma takes no empty "$in")
        result = self._call(
            "search",
            self.collection.query,
            query_embeddings=[list(map(float, embedding))],
            n_results=k + QUERY_SLACK,
            where=chroma_where(filters),
            include=["documents", "metadatas", "distances"],
        )
        hits: list[Hit] = []
        for chunk_id, text, meta, distance in zip(
            result["ids"][0], result["documents"][0], result["metadatas"][0], result["distances"][0]
        ):
            chunk = chunk_from_record(chunk_id, text, meta)
            if chunk is None or distance is None:
                continue
            hits.append(Hit(chunk=chunk, score=1.0 - float(distance), ranks={"dense": len(hits) + 1}))
            if len(hits) == k:
                break
        return hits

    def all_chunks(self) -> list[tuple[Chunk, dict]]:
        """Every chunk with its metadata; chunks deleted while being read are left out."""
        result = self._call("read chunks", self.collection.get, include=["documents", "metadatas"])
        out = []
        for cid, text, meta in zip(result["ids"], result["documents"], result["metadatas"]):
            chunk = chunk_from_record(cid, text, meta)
            if chunk is not None:
                out.append((chunk, meta))
        return out


def search_breadth(collection) -> int:
    """The collection's HNSW ef_search, as stored (Chroma's default when it was never set)."""
    hnsw = (collection.configuration_json or {}).get("hnsw") or {}
    return int(hnsw.get("ef_search") or 100)


def chroma_where(filters: Filters | None) -> dict | None:
    """Our filters in Chroma's filter language (it stays in this module)."""
    if filters is None or filters.is_empty():
        return None
    clauses: list[dict] = []
    if filters.documents is not None:
        clauses.append({"doc_id": {"$in": sorted(filters.documents)}})
    if filters.kind:
        clauses.append({"kind": filters.kind})
    if filters.outlet:
        clauses.append({"outlet": filters.outlet})
    low, high = filters.date_bounds()
    if low is not None:
        clauses.append({"date_num": {"$gte": low}})
    if high is not None:
        clauses.append({"date_num": {"$lte": high}})
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def chunk_from_record(chunk_id: str, text: str | None, meta: dict | None) -> Chunk | None:
    """A chunk from what Chroma returned, or None when its text or metadata is gone (deleted meanwhile)."""
    if text is None or not meta or "doc_id" not in meta or "start" not in meta or "end" not in meta:
        return None
    return Chunk(
        id=chunk_id,
        doc_id=meta["doc_id"],
        text=text,
        start=int(meta["start"]),
        end=int(meta["end"]),
        page=int(meta.get("page", 1)),
        title=meta.get("title", ""),
        outlet=meta.get("outlet", ""),
        date=meta.get("date", ""),
        kind=meta.get("kind", "article"),
        source=meta.get("source", ""),
        language=meta.get("language", "id"),
    )


def _unavailable_message(settings: Settings, exc: Exception) -> str:
    if settings.store == "server":
        return (
            f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} ({exc}); "
            "start it with `chroma run --path DIR --host 127.0.0.1 --port PORT` or set KERJASAMA_STORE=embedded"
        )
    return f"cannot open the embedded Chroma store in {settings.chroma_dir} ({exc}); check the folder's permissions"
