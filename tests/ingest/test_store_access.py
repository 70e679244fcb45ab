"""One process owns the embedded store: a real `kerjasama serve` beside real `sync`, `ask`, `serve`
processes, and the lock's rules between processes (ingest/store_access.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from ingest.core.errors import StoreBusy
from ingest.core.settings import Settings
from ingest.store_access import store_access
from tests.server.live import free_port

TEXT = ("Lapas Kelas IIA Contoh menandatangani nota kesepahaman dengan Dinas Perikanan Kabupaten Contoh "
        "pada 3 Maret 2026 untuk pelatihan budidaya ikan bagi warga binaan. ")


def env_for(data: Path, corpus: Path, **extra) -> dict:
    return {"KERJASAMA_DATA_DIR": str(data), "KERJASAMA_CORPUS_DIR": str(corpus), "KERJASAMA_ENTITY_TAGGER": "false",
            "PATH": os.environ.get("PATH", ""), **extra}


def cli(*args: str, env: dict, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True, env=env,
                          timeout=timeout)


def wait_healthy(url: str, server: subprocess.Popen, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"the server exited: {server.stderr.read()}")
        try:
            with urllib.request.urlopen(url + "/api/health", timeout=5) as response:
                return json.loads(response.read())
        except OSError:
            time.sleep(0.3)
    raise AssertionError("the server did not come up")


def test_a_running_server_owns_the_embedded_store(tmp_path):
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    corpus.mkdir()
    (corpus / "satu.txt").write_text(TEXT * 3, encoding="utf-8")
    env = env_for(data, corpus)
    assert cli("ingest", env=env).returncode == 0
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_healthy(url, server)["documents"] == 1
        (corpus / "dua.txt").write_text(TEXT.replace("Contoh", "Lain") * 3, encoding="utf-8")
        manifest = (data / "manifest.json").read_text()

        # A nightly sync from cron beside the server: refused, saying what to do, and nothing written.
        synced = cli("sync", env=env)
        assert synced.returncode == 2
        assert f"`kerjasama serve` (pid {server.pid})" in synced.stderr and "KERJASAMA_SYNC_CRON" in synced.stderr
        assert (data / "manifest.json").read_text() == manifest

        # A question from the command line is sent to the server that owns the store.
        asked = cli("ask", "Siapa mitra Lapas Kelas IIA Contoh?", env=env)
        assert asked.returncode == 2 and f"{url}/api" in asked.stderr

        # The status still says what the manifest knows, and where the store's own figures are.
        status = cli("status", "--json", env=env)
        assert status.returncode == 0, status.stderr
        shown = json.loads(status.stdout)
        assert shown["documents"] == 1 and shown["chunks"] is None and f"{url}/api/health" in shown["store"]

        second = cli("serve", "--port", str(free_port()), env=env)
        assert second.returncode == 2 and f"already serves the embedded store in {data}" in second.stderr
        assert wait_healthy(url, server)["documents"] == 1  # the server kept serving throughout
    finally:
        server.terminate()
        server.wait(timeout=30)
    # Once the server is gone, the sync runs (the lock is the kernel's: nothing to clean up).
    assert cli("sync", env=env).returncode == 0
    assert '"dua.txt"' in (data / "manifest.json").read_text()


def test_several_workers_over_the_embedded_store_are_refused(tmp_path):
    result = cli("serve", "--workers", "2", "--port", str(free_port()), env=env_for(tmp_path / "data", tmp_path))
    assert result.returncode == 2
    assert "KERJASAMA_WORKERS=2 needs a Chroma server" in result.stderr


HOLD = """
import sys, time
from ingest.core.settings import Settings
from ingest.store_access import store_access
with store_access(Settings(data_dir=sys.argv[1], _env_file=None), sys.argv[2], exclusive=sys.argv[3] == "x", url="http://127.0.0.1:9"):
    print("held", flush=True)
    time.sleep(60)
"""


def hold(data: Path, command: str, exclusive: bool) -> subprocess.Popen:
    """Another process holding the store, as `command` would."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(data), command, "x" if exclusive else "s"],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_readers_share_the_store_and_an_owner_excludes_them(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", _env_file=None)
    reader = hold(settings.data_dir, "ask", exclusive=False)
    try:
        with store_access(settings, "search", exclusive=False):  # readers together
            pass
        with pytest.raises(StoreBusy, match="other kerjasama commands are reading"):
            with store_access(settings, "sync", exclusive=True, wait_s=0.5):
                pass
    finally:
        reader.kill()
        reader.wait()
    writer = hold(settings.data_dir, "ingest", exclusive=True)
    try:
        with pytest.raises(StoreBusy, match=rf"`kerjasama ingest` \(pid {writer.pid}\) is writing .*run `kerjasama ask` again"):
            with store_access(settings, "ask", exclusive=False, wait_s=30):  # an owner: no waiting
                pass
    finally:
        writer.kill()
        writer.wait()
    # Killed while holding it: the store is free again, and the dead holder's note is not believed.
    with store_access(settings, "sync", exclusive=True):
        pass


def test_an_owner_waits_for_short_readers(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", _env_file=None)
    reading = threading.Event()

    def read_briefly():
        with store_access(settings, "search", exclusive=False):
            reading.set()
            time.sleep(0.6)

    thread = threading.Thread(target=read_briefly)
    thread.start()
    reading.wait()
    started = time.monotonic()
    with store_access(settings, "sync", exclusive=True, wait_s=30):
        assert time.monotonic() - started >= 0.3
    thread.join()


def test_a_chroma_server_takes_no_lock(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", store="server", _env_file=None)
    with store_access(settings, "sync", exclusive=True), store_access(settings, "sync", exclusive=True):
        pass
    assert not (tmp_path / "data" / "store.lock").exists()
