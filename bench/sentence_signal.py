"""What would sentence vectors add to the offline answerer's choice of sentences? (#12, item 3)

    .venv/bin/python bench/sentence_signal.py            # devset and FacQA valid, weights 0, 2, 4

The answerer scores candidate sentences by the question's words. This bench adds the embedder's
view: each candidate sentence is embedded (at query time here, cached; kept beside the chunks in a
real index) and its cosine to the question, centred on the candidates' mean, is added with weight W.
It prints answer-item recall, lead-item recall and declines per set and weight, and the embedding
time per sentence (what keeping the vectors would add to ingest).

Measured 2026-11-24 (2-core machine): W = 0 / 2 / 4 → FacQA item 0.78 / 0.78 / 0.77, lead 0.58 /
0.58 / 0.58; devset (no distractors) item 0.87 / 0.86 / 0.86, lead 0.47 / 0.46 / 0.49; ~26 ms per
sentence, about as much again as embedding the chunks. No gain on either set, so the answerer does not
use sentence vectors. (Adding the raw cosine without centring seemed to help — item 0.83 on FacQA —
only because it lifted every score over the relative threshold and so quoted more sentences.)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.core.settings import Settings, apply_offline_environment  # noqa: E402

SETS = {"devset": ROOT / "eval" / "devset", "facqa-valid": ROOT / "eval" / "facqa-valid"}


def run(folder: Path, weights: list[float]) -> None:
    import assistant.answer as answer_module
    from assistant.matching import item_in_text
    from assistant.services import Services

    questions = [json.loads(line) for line in (folder / "questions.jsonl").read_text().splitlines() if line.strip()]
    questions = [q for q in questions if q.get("answer_items")]
    with tempfile.TemporaryDirectory() as data:
        services = Services(Settings(data_dir=Path(data), corpus_dir=folder / "docs", _env_file=None))
        services.ingester(progress=False).run()
        embedder, vocab = services.embedder, services.vocabulary
        cache: dict[str, np.ndarray] = {}
        timing = [0.0, 0]
        original = answer_module.OfflineAnswerer._candidates

        for weight in weights:
            def candidates(self, hits, question, weight=weight):
                out = original(self, hits, question)
                if not weight or not out:
                    return out
                q = np.asarray(embedder.embed_query(question.text))
                missing = [c.text for c in out if c.text not in cache]
                if missing:
                    started = time.perf_counter()
                    for text, vector in zip(missing, embedder.embed_passages(missing)):
                        cache[text] = np.asarray(vector)
                    timing[0] += time.perf_counter() - started
                    timing[1] += len(missing)
                cos = [float(q @ cache[c.text] / (np.linalg.norm(q) * np.linalg.norm(cache[c.text]))) for c in out]
                mean = sum(cos) / len(cos)
                for candidate, value in zip(out, cos):
                    candidate.score += weight * (value - mean)
                return sorted(out, key=lambda c: -c.score)

            answer_module.OfflineAnswerer._candidates = candidates
            try:
                items = leads = declined = 0.0
                for q in questions:
                    answer = services.offline_answerer.answer(q["question"])
                    if answer.abstained:
                        declined += 1
                        continue
                    first = answer.text.split("\n")[0]
                    items += sum(item_in_text(i, answer.text, vocab) for i in q["answer_items"]) / len(q["answer_items"])
                    leads += sum(item_in_text(i, first, vocab) for i in q["answer_items"]) / len(q["answer_items"])
            finally:
                answer_module.OfflineAnswerer._candidates = original
            n = len(questions)
            print(f"{folder.name:12} W={weight:<4} n={n} item {items / n:.2f} lead {leads / n:.2f} declined {declined / n:.2f}")
        if timing[1]:
            print(f"{folder.name:12} embedding {timing[1]} sentences: {1000 * timing[0] / timing[1]:.1f} ms per sentence")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--weights", default="0,2,4")
    parser.add_argument("--sets", default=",".join(SETS))
    args = parser.parse_args()
    apply_offline_environment()
    for name in args.sets.split(","):
        run(SETS[name], [float(w) for w in args.weights.split(",")])


if __name__ == "__main__":
    main()
