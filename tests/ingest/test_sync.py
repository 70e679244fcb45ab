"""`kerjasama sync` as a job: one at a time, reports, and convergence after SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.sync import sync_lock

pytestmark = pytest.mark.integration

TEXT = ("Lapas Contoh {n} Teken PKS\n\nCONTOH.ID – Lapas Kelas IIA Contoh{n} meneken perjanjian kerja sama dengan "
        "Dinas Perikanan Kabupaten Contoh{n} pada Senin (19/5/2025). Kerja sama mencakup budidaya lele bagi warga binaan. "
        "Kalimat tambahan nomor {n} untuk membuat teks lebih panjang. ")


def make_corpus(folder: Path, count: int = 8, variant: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"berita-{n}.txt").write_text((TEXT.format(n=n) + variant) * 6, encoding="utf-8")


def env_for(data: Path, corpus: Path) -> dict:
    return {"KERJASAMA_DATA_DIR": str(data), "KERJASAMA_CORPUS_DIR": str(corpus), "PATH": os.environ.get("PATH", "")}


def sync(data: Path, corpus: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant.cli", "sync"], capture_output=True, text=True,
                          env=env_for(data, corpus), timeout=timeout)


def state(data: Path, corpus: Path) -> dict:
    """Chunk ids, document ids and record documents, as a fresh process sees them."""
    code = (
        "import json,sys\n"
        "from ingest.core.settings import Settings\nfrom assistant.services import Services\n"
        "s=Services(Settings())\n"
        "ids=[c.id for c,_ in s.store.all_chunks()]\n"
        "print(json.dumps({'chunks':sorted(ids),'dupes':len(ids)-len(set(ids)),'docs':sorted(s.documents.ids()),"
        "'records':sorted(s.records.doc_ids())}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env_for(data, corpus), timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_sync_reports_and_exit_codes(tmp_path):
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    make_corpus(corpus, 2)
    (corpus / "kosong.txt").write_text("")
    result = sync(data, corpus)
    assert result.returncode == 1  # some files failed
    assert "sync: added berita-0.txt" in result.stdout and "sync: failed kosong.txt: the file is empty" in result.stdout
    report = json.loads(next((data / "reports").glob("sync-*.json")).read_text())
    assert sorted(report["added"]) == ["berita-0.txt", "berita-1.txt"] and report["failed"][0]["path"] == "kosong.txt"
    assert {"unchanged", "removed", "updated", "duration_s", "swept"} <= set(report)


def test_a_second_sync_refuses_while_one_runs(tmp_path):
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    make_corpus(corpus, 1)
    with sync_lock(data / "sync.lock"):
        result = sync(data, corpus)
    assert result.returncode == 2
    assert f"another sync is running (pid {os.getpid()}" in result.stderr


def test_a_stale_lock_of_a_dead_process_is_taken_over(tmp_path):
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    make_corpus(corpus, 1)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    data.mkdir()
    (data / "sync.lock").write_text(str(dead.pid))
    assert sync(data, corpus).returncode == 0


@pytest.mark.parametrize("delay", [1.0, 3.0, 6.0])
def test_sigkill_at_any_point_then_a_rerun_equals_a_clean_ingest(tmp_path, delay):
    corpus, data, clean = tmp_path / "corpus", tmp_path / "data", tmp_path / "clean"
    make_corpus(corpus, 8)
    assert sync(data, corpus).returncode == 0
    # Change half the corpus, remove one file, add one: then kill the sync part-way.
    make_corpus(corpus, 4, variant="Versi kedua. ")
    (corpus / "berita-7.txt").unlink()
    (corpus / "baru.txt").write_text(TEXT.format(n=99) * 5, encoding="utf-8")
    job = subprocess.Popen([sys.executable, "-m", "assistant.cli", "sync"], env=env_for(data, corpus),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    job.send_signal(signal.SIGKILL)
    job.wait()
    assert sync(data, corpus).returncode == 0
    assert sync(clean, corpus).returncode == 0
    after, expected = state(data, corpus), state(clean, corpus)
    assert after["dupes"] == 0
    assert after == expected


def test_the_sweep_removes_what_no_document_owns(tmp_path):
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    make_corpus(corpus, 2)
    assert sync(data, corpus).returncode == 0
    manifest = json.loads((data / "manifest.json").read_text())
    manifest["files"].pop("berita-1.txt")  # as if a run died after forgetting the file, before deleting it
    (data / "manifest.json").write_text(json.dumps(manifest))
    (corpus / "berita-1.txt").unlink()
    result = sync(data, corpus)
    report = json.loads(sorted((data / "reports").glob("sync-*.json"))[-1].read_text())
    assert result.returncode == 0 and report["swept"]["chunks"] > 0 and report["swept"]["documents"] == 1
    assert len(state(data, corpus)["docs"]) == 1
