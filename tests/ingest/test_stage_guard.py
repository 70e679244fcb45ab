"""One file that makes any ingest stage raise is reported by name and stage; the run goes on.

The faults are injected (a stage function replaced by one that raises on a marked file), so these
tests do not depend on any particular bug of today's extractors.
"""

from __future__ import annotations

import pytest

import ingest.load
import ingest.pipeline
from ingest.manifest import Manifest
from ingest.pipeline import STAGES
from tests.ingest.test_pipeline import ARTICLE, write

pytestmark = pytest.mark.integration

POISON = "RACUN-UJI"  # a marker no real document holds: the injected stage raises on text containing it


def _raise_on_poison(real, index=0):
    def wrapper(*args, **kwargs):
        value = args[index]
        text = getattr(value, "text", None) or (" ".join(value) if isinstance(value, list) else str(value))
        if POISON in text:
            raise RuntimeError("injected fault")
        return real(*args, **kwargs)

    return wrapper


class PoisonEmbedder:
    def __init__(self, inner):
        self.inner, self.name = inner, inner.name

    def embed_passages(self, texts):
        if any(POISON in t for t in texts):
            raise ValueError("injected fault")
        return self.inner.embed_passages(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


def inject(stage: str, monkeypatch) -> None:
    if stage == "read":
        monkeypatch.setattr(ingest.load, "read_file", _raise_on_poison_path(ingest.load.read_file))
    elif stage == "clean":
        monkeypatch.setattr(ingest.load, "clean_text", _raise_on_poison(ingest.load.clean_text))
    elif stage == "metadata":
        monkeypatch.setattr(ingest.load, "extract_metadata", _raise_on_poison(ingest.load.extract_metadata))
    elif stage == "chunk":
        monkeypatch.setattr(ingest.pipeline, "chunk_document", _raise_on_poison(ingest.pipeline.chunk_document))
    elif stage == "records":
        monkeypatch.setattr(ingest.pipeline, "extract_records", _raise_on_poison(ingest.pipeline.extract_records))


def _raise_on_poison_path(real):
    def wrapper(path, *args):
        if POISON in path.read_text(encoding="utf-8", errors="ignore"):
            raise KeyError("injected fault")
        return real(path, *args)

    return wrapper


@pytest.fixture
def make_services(settings, embedder):
    from assistant.services import Services

    return lambda: Services(settings, _embedder=PoisonEmbedder(embedder))


@pytest.mark.parametrize("stage", STAGES)
def test_a_file_that_makes_a_stage_raise_is_reported_and_the_others_are_ingested(stage, settings, make_services, monkeypatch):
    write(settings.corpus_dir, "a_baik.txt", ARTICLE)
    write(settings.corpus_dir, "b_racun.txt", ARTICLE.replace("Kepala Lapas", f"Kepala {POISON} Lapas"))
    write(settings.corpus_dir, "c_baik.txt", ARTICLE.replace("Contoh", "Teladan"))
    inject(stage, monkeypatch)

    services = make_services()
    report = services.ingester(progress=False).run()

    assert sorted(report.added) == ["a_baik.txt", "c_baik.txt"]
    assert [(f.path, f.stage) for f in report.failed] == [("b_racun.txt", stage)]
    assert "injected fault" in report.failed[0].reason and "b_racun.txt" in report.summary()
    assert "b_racun.txt" not in Manifest.load(settings.manifest_path).files
    sources = {chunk.source for chunk, _ in services.store.all_chunks()}
    assert sources == {"a_baik.txt", "c_baik.txt"}
    assert len(services.records.doc_ids()) == 2


@pytest.mark.parametrize("stage", ["clean", "records", "embed"])
def test_a_changed_file_that_fails_keeps_its_previous_state(stage, settings, make_services, monkeypatch):
    path = write(settings.corpus_dir, "berita.txt", ARTICLE)
    services = make_services()
    assert services.ingester(progress=False).run().added == ["berita.txt"]
    before_chunks = sorted(c.id for c, _ in services.store.all_chunks())
    before_records = [r.as_dict() for r in services.records.all()]
    before_entry = Manifest.load(settings.manifest_path).files["berita.txt"]

    path.write_text(ARTICLE + f"\nKalimat baru dengan {POISON}.", encoding="utf-8")
    inject(stage, monkeypatch)
    report = make_services().ingester(progress=False).run()

    assert [(f.path, f.stage) for f in report.failed] == [("berita.txt", stage)]
    assert sorted(c.id for c, _ in services.store.all_chunks()) == before_chunks
    assert [r.as_dict() for r in services.records.all()] == before_records
    assert Manifest.load(settings.manifest_path).files["berita.txt"] == before_entry
    doc = services.documents.get(before_entry.doc_id)
    assert doc is not None and POISON not in doc.text


def test_the_sync_command_exits_1_and_names_the_file_and_stage(settings, embedder, monkeypatch):
    from ingest.sync import run_sync

    write(settings.corpus_dir, "a_baik.txt", ARTICLE)
    write(settings.corpus_dir, "b_racun.txt", ARTICLE + f"\n{POISON} dan")
    monkeypatch.setattr(ingest.pipeline, "extract_records", _raise_on_poison(ingest.pipeline.extract_records))
    from assistant.services import Services

    lines: list[str] = []
    report = run_sync(Services(settings, _embedder=embedder), log=lines.append)
    assert report["added"] == ["a_baik.txt"]
    assert report["failed"][0]["path"] == "b_racun.txt" and report["failed"][0]["stage"] == "records"
    assert any("b_racun.txt" in line and "stage: records" in line for line in lines)
