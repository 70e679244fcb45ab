"""Build the heavy parts once (embedder, store, keyword index, retriever) and hand them out.

The CLI builds one `Services` per command; the HTTP server builds one in its lifespan and injects
it. Nothing here is a module-level global.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from assistant.bm25 import KeywordIndex
from assistant.retrieve import Retriever
from ingest.core.settings import Settings
from ingest.core.vocabulary import Vocabulary
from ingest.doc_store import DocumentStore
from ingest.embedders import Embedder, make_embedder
from ingest.vector_store import ChromaStore, Store


@dataclass
class Services:
    settings: Settings
    _embedder: Embedder | None = field(default=None, repr=False)
    _store: Store | None = field(default=None, repr=False)
    _vocabulary: Vocabulary | None = field(default=None, repr=False)
    _reader: object | None = field(default=None, repr=False)  # a Reader, shared (tests, benchmarks)
    _tagger: object | None = field(default=None, repr=False)  # an ingest.tagger.Tagger, shared (tests, benchmarks)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return self._vocabulary or Vocabulary.load(self.settings.vocabulary_dir)

    @cached_property
    def embedder(self) -> Embedder:
        return self._embedder or make_embedder(self.settings)

    @cached_property
    def store(self) -> Store:
        return self._store or ChromaStore.from_settings(self.settings, self.embedder)

    @cached_property
    def documents(self) -> DocumentStore:
        return DocumentStore(self.settings.data_dir / "documents")

    @cached_property
    def records(self):
        from ingest.records_store import RecordStore

        return RecordStore(self.settings.records_path, self.vocabulary)

    @cached_property
    def keywords(self) -> KeywordIndex:
        return KeywordIndex()

    @cached_property
    def retriever(self) -> Retriever:
        return Retriever(self.store, self.embedder, self.vocabulary.glossary, self.keywords, top_k=self.settings.top_k)

    @cached_property
    def reader(self):
        from assistant.reader import WEIGHTS, Reader

        return self._reader or Reader(self.settings.reader_weights or WEIGHTS, precision=self.settings.reader_precision)

    @cached_property
    def offline_answerer(self):
        from assistant.answer import OfflineAnswerer
        from assistant.record_answer import RecordAnswerer

        records = RecordAnswerer(self.records, self.documents, self.vocabulary)
        margin = {} if self.settings.answer_margin is None else {"margin": self.settings.answer_margin}
        return OfflineAnswerer(self.retriever, self.documents, self.vocabulary, self.reader, passages=self.settings.read_passages,
                               records=records, entities=self._entities(), **margin)

    @cached_property
    def answerer(self):
        """The configured answerer: an LLM backend with the offline answerer as its fallback, or offline."""
        from assistant.generators import make_generator
        from assistant.llm_answer import LLMAnswerer
        from assistant.prompts import load_prompts

        generator = make_generator(self.settings)
        if generator is None:
            return self.offline_answerer
        return LLMAnswerer(generator, load_prompts(), self.offline_answerer)

    def answer(self, question: str, history: list[str] | None = None, filters=None, language: str | None = None):
        """Answer with the configured backend; the offline answerer is the default and the fallback."""
        return self.answerer.answer(question, history=history, filters=filters, language=language)

    def stream(self, question: str, history: list[str] | None = None, filters=None, language: str | None = None):
        """Pieces of the answer's text as they form, then the `Answer` with its citations."""
        from assistant.render import text_pieces

        answerer = self.answerer
        if hasattr(answerer, "stream"):
            yield from answerer.stream(question, history, filters, language)
            return
        answer = answerer.answer(question, history=history, filters=filters, language=language)
        yield from text_pieces(answer.text)
        yield answer

    def ingester(self, progress: bool = True):
        from ingest.pipeline import Ingester

        return Ingester(self.settings, self.store, self.embedder, self.vocabulary, progress=progress, tagger=self._entities())

    @cached_property
    def tagger(self):
        """The entity tagger (ingest.tagger.Tagger), one per process for ingest and answers alike, or None
        when it is off. Its weights load on the first text it is asked about (ingest: a signing; answers:
        a holder's name to confirm), or at start-up with `warm_up()` (the server)."""
        if not self.settings.entity_tagger:
            return None
        from ingest.tagger import Tagger

        return self._tagger or Tagger()

    def _entities(self):
        """The tagger's `entities` (text → persons, organisations, places), or None when it is off."""
        if self.tagger is None:
            return None
        # An answer asks about the same sentences several times (each span's checks): tagged once.
        return lru_cache(maxsize=512)(self.tagger.entities)
