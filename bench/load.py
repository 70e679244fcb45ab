"""Load on /api/ask: N concurrent clients for T seconds against a real server on loopback.

    .venv/bin/python bench/load.py                     # 20 clients, 30 s, devset index
    .venv/bin/python bench/load.py --clients 5 --seconds 10

Starts the server itself (offline answerer, embedded Chroma, the devset ingested into a temporary
folder), cycles through the devset questions, and prints requests/s, latency p50/p95/p99 and errors.
Traffic goes to 127.0.0.1 only and stops by itself.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from ingest.core.settings import Settings, apply_offline_environment  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    apply_offline_environment()
    from assistant.server.app import create_app
    from assistant.services import Services
    from tests.server.live import live_server

    questions = [json.loads(l)["question"] for l in (ROOT / "eval/devset/questions.jsonl").read_text().splitlines() if l.strip()]
    with tempfile.TemporaryDirectory() as data:
        settings = Settings(data_dir=Path(data), corpus_dir=ROOT / "eval/devset/docs", rate_limit_per_minute=10**9, _env_file=None)
        services = Services(settings)
        services.ingester(progress=False).run()
        app = create_app(settings, services=services, with_chat=False)
        with live_server(app) as url:
            latencies: list[float] = []
            errors: list[str] = []
            lock = threading.Lock()
            stop_at = time.monotonic() + args.seconds

            def client(index: int) -> None:
                with httpx.Client(base_url=url, timeout=60) as http:
                    i = index
                    while time.monotonic() < stop_at:
                        started = time.perf_counter()
                        try:
                            response = http.post("/api/ask", json={"question": questions[i % len(questions)]})
                            ok = response.status_code == 200
                        except httpx.HTTPError as exc:
                            ok, response = False, exc
                        elapsed = time.perf_counter() - started
                        with lock:
                            latencies.append(elapsed)
                            if not ok:
                                errors.append(str(getattr(response, "status_code", response)))
                        i += args.clients

            threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
            began = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.monotonic() - began
    print(f"clients {args.clients}  seconds {wall:.1f}  requests {len(latencies)}  errors {len(errors)}")
    print(f"throughput {len(latencies) / wall:.1f} req/s")
    print(f"latency p50 {1000 * statistics.median(latencies):.0f} ms  p95 {1000 * percentile(latencies, 0.95):.0f} ms  "
          f"p99 {1000 * percentile(latencies, 0.99):.0f} ms")


if __name__ == "__main__":
    main()
