"""Server mode: the API and `kerjasama sync` share one live index in a real Chroma server."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import httpx
import pytest

from assistant.server.app import create_app
from assistant.services import Services
from tests.chroma_server import ChromaServer
from tests.ingest.test_sync import make_corpus
from tests.server.live import live_server

pytestmark = pytest.mark.integration


@pytest.fixture
def chroma(tmp_path):
    server = ChromaServer(tmp_path / "chroma-server").start()
    yield server
    server.stop()


def server_env(settings, chroma) -> dict:
    return {"KERJASAMA_DATA_DIR": str(settings.data_dir), "KERJASAMA_CORPUS_DIR": str(settings.corpus_dir),
            "KERJASAMA_STORE": "server", "KERJASAMA_CHROMA_PORT": str(chroma.port), "PATH": os.environ.get("PATH", "")}


def test_the_api_reports_a_stopped_store_and_recovers_by_itself(settings, embedder, reader, chroma):
    make_corpus(settings.corpus_dir, 3)
    assert subprocess.run([sys.executable, "-m", "assistant.cli", "sync"], env=server_env(settings, chroma),
                          capture_output=True, timeout=300).returncode == 0
    server_settings = settings.model_copy(update={"store": "server", "chroma_port": chroma.port})
    app = create_app(server_settings, services=Services(server_settings, _embedder=embedder, _reader=reader), with_chat=False)
    question = {"question": "Siapa mitra Lapas Kelas IIA Contoh1?"}
    with live_server(app) as url, httpx.Client(base_url=url, timeout=60) as client:
        assert client.post("/api/ask", json=question).status_code == 200
        chroma.stop()
        health = client.get("/api/health")
        assert health.status_code == 503 and health.json()["store_reachable"] is False
        down = client.post("/api/ask", json=question)
        assert down.status_code == 503 and "The index is unavailable right now" in down.json()["error"]["message"]
        chroma.start()
        assert client.get("/api/health").json()["status"] == "ok"
        assert client.post("/api/ask", json=question).status_code == 200


def test_questions_keep_working_while_a_sync_rewrites_the_index(settings, embedder, reader, chroma):
    make_corpus(settings.corpus_dir, 6)
    env = server_env(settings, chroma)
    assert subprocess.run([sys.executable, "-m", "assistant.cli", "sync"], env=env, capture_output=True, timeout=300).returncode == 0
    server_settings = settings.model_copy(update={"store": "server", "chroma_port": chroma.port, "rate_limit_per_minute": 100000})
    app = create_app(server_settings, services=Services(server_settings, _embedder=embedder, _reader=reader), with_chat=False)
    make_corpus(settings.corpus_dir, 6, variant="Versi kedua dengan kalimat baru. ")
    statuses: list[int] = []
    answers: list[str] = []
    with live_server(app) as url:
        done = threading.Event()

        def ask_continuously():
            with httpx.Client(base_url=url, timeout=60) as client:
                while not done.is_set():
                    response = client.post("/api/ask", json={"question": "Dinas apa yang bekerja sama dengan Lapas Kelas IIA Contoh2?"})
                    statuses.append(response.status_code)
                    answers.append(response.json().get("answer", ""))

        asker = threading.Thread(target=ask_continuously)
        asker.start()
        job = subprocess.run([sys.executable, "-m", "assistant.cli", "sync"], env=env, capture_output=True, text=True, timeout=300)
        time.sleep(0.5)
        done.set()
        asker.join()
    assert job.returncode == 0 and "updated 6" in job.stdout, (job.returncode, job.stdout[-500:], job.stderr[-500:])
    from collections import Counter

    assert statuses and set(statuses) == {200}, Counter(statuses)
