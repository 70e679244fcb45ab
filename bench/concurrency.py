"""Questions while the index changes: N clients ask continuously while syncs rewrite part of the corpus.

    .venv/bin/python bench/concurrency.py                      # both modes, 8 clients, 60 s each
    .venv/bin/python bench/concurrency.py --mode server --clients 4 --seconds 30

Modes:
- server: a real `chroma run` on loopback; `kerjasama sync` runs as a separate process in a loop,
  each time after rewriting a share of the corpus (as the nightly job does against a shared store).
- embedded: embedded Chroma; the server's built-in schedule (KERJASAMA_SYNC_CRON, every few
  seconds here) runs the sync inside the serving process, after the loop rewrote the same share.

The corpus is a copy of eval/devset/docs in a temporary folder. Prints, per mode: requests, errors
by status, syncs completed, latency p50/p95. Traffic goes to 127.0.0.1 only and stops by itself.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from ingest.core.settings import Settings, apply_offline_environment  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def rewrite_share(corpus: Path, share: float, round_number: int) -> int:
    """Append a sentence to a rotating share of the text files: they become 'changed' for the next sync."""
    files = sorted(p for p in corpus.iterdir() if p.suffix in {".txt", ".md"})
    count = max(1, int(len(files) * share))
    start = (round_number * count) % len(files)
    for path in (files + files)[start : start + count]:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"\nPembaruan berkala nomor {round_number}.\n")
    return count


def ask_loop(url: str, questions: list[str], stop: threading.Event, offset: int, out: list, lock: threading.Lock) -> None:
    with httpx.Client(base_url=url, timeout=120) as http:
        i = offset
        while not stop.is_set():
            started = time.perf_counter()
            try:
                status = http.post("/api/ask", json={"question": questions[i % len(questions)]}).status_code
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            with lock:
                out.append((status, time.perf_counter() - started))
            i += 7


def run_mode(mode: str, clients: int, seconds: float, share: float, questions: list[str]) -> dict:
    from assistant.server.app import create_app
    from assistant.services import Services
    from tests.chroma_server import ChromaServer
    from tests.server.live import live_server

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        corpus = tmp_path / "corpus"
        shutil.copytree(ROOT / "eval/devset/docs", corpus)
        chroma = ChromaServer(tmp_path / "chroma-server").start() if mode == "server" else None
        try:
            update = {"store": "server", "chroma_port": chroma.port} if chroma else {"sync_cron": "* * * * * */5"}
            settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, rate_limit_per_minute=10**9,
                                _env_file=None).model_copy(update=update)
            services = Services(settings)
            services.ingester(progress=False).run()
            env = {"KERJASAMA_DATA_DIR": str(settings.data_dir), "KERJASAMA_CORPUS_DIR": str(corpus),
                   "KERJASAMA_STORE": settings.store, "KERJASAMA_CHROMA_PORT": str(settings.chroma_port),
                   "PATH": "/usr/bin:/bin"}
            results: list = []
            lock = threading.Lock()
            stop = threading.Event()
            syncs = 0
            app = create_app(settings, services=services, with_chat=False)
            with live_server(app) as url:
                threads = [threading.Thread(target=ask_loop, args=(url, questions, stop, n, results, lock)) for n in range(clients)]
                began = time.monotonic()
                for t in threads:
                    t.start()
                round_number = 0
                reports = settings.data_dir / "reports"
                while time.monotonic() - began < seconds:
                    round_number += 1
                    rewrite_share(corpus, share, round_number)
                    if mode == "server":
                        job = subprocess.run([sys.executable, "-m", "assistant.cli", "sync"], env=env, capture_output=True,
                                             text=True, timeout=600, cwd=ROOT)
                        syncs += job.returncode in (0, 1)
                    else:  # the built-in schedule picks the change up within 5 s
                        time.sleep(6)
                        syncs = len(list(reports.glob("sync-*.json"))) if reports.exists() else 0
                stop.set()
                for t in threads:
                    t.join()
                wall = time.monotonic() - began
        finally:
            if chroma:
                chroma.stop()
    statuses = Counter(str(s) for s, _ in results)
    latencies = [d for _, d in results]
    return {
        "mode": mode, "clients": clients, "seconds": round(wall, 1), "requests": len(results),
        "statuses": dict(statuses), "errors": sum(n for s, n in statuses.items() if s != "200"), "syncs": syncs,
        "p50_ms": round(1000 * statistics.median(latencies)) if latencies else None,
        "p95_ms": round(1000 * percentile(latencies, 0.95)) if latencies else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=["server", "embedded", "both"], default="both")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--share", type=float, default=0.1, help="share of the corpus rewritten before each sync")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    apply_offline_environment()
    questions = [json.loads(line)["question"] for line in (ROOT / "eval/devset/questions.jsonl").read_text().splitlines() if line.strip()]
    modes = ["server", "embedded"] if args.mode == "both" else [args.mode]
    for mode in modes:
        result = run_mode(mode, args.clients, args.seconds, args.share, questions)
        if args.json:
            print(json.dumps(result))
        else:
            print(f"{mode:9} clients {result['clients']}  {result['seconds']} s  requests {result['requests']}  "
                  f"syncs {result['syncs']}  errors {result['errors']} {result['statuses']}  "
                  f"p50 {result['p50_ms']} ms  p95 {result['p95_ms']} ms")


if __name__ == "__main__":
    main()
