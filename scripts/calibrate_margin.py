"""Choose the reader's decline margin from `kerjasama eval --answers-out` runs made with no margin.

    KERJASAMA_ANSWER_MARGIN=-1000 .venv/bin/kerjasama eval --answers-out /tmp/dev.jsonl --facts eval/devset/facts.jsonl
    KERJASAMA_ANSWER_MARGIN=-1000 .venv/bin/kerjasama eval --questions eval/facqa-valid/questions.jsonl \
        --docs eval/facqa-valid/docs --distractors '' --answers-out /tmp/facqa.jsonl
    .venv/bin/python scripts/calibrate_margin.py eval/devset/questions.jsonl /tmp/dev.jsonl \
        eval/facqa-valid/questions.jsonl /tmp/facqa.jsonl

An answer whose `confidence` (best span score minus no-answer score) is below a margin becomes a
decline, so every margin's figures follow from one run. For each candidate margin the script prints,
per set, answer-item recall, lead recall, unanswerable declined and answerable wrongly declined, and
picks the margin with the best sum over the sets of item recall + lead recall + unanswerable declined
− wrongly declined (both sets count alike). Lead recall counts since the answer's first line is what a
reader of the chat sees first and what the targets of issue #19 name; `--without-lead` gives the
objective of earlier rounds (item + unanswerable declined − wrongly declined).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.matching import item_in_text  # noqa: E402
from ingest.core.vocabulary import Vocabulary  # noqa: E402


def load(path: str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def figures(rows: list[tuple[dict, dict]], margin: float, vocab: Vocabulary) -> dict[str, float]:
    item = lead = declined = wrong = 0.0
    n_ans = n_una = 0
    for q, a in rows:
        conf = a.get("confidence")
        records_answer = conf is None and not a["abstained"]  # answered from the records: no margin applies
        abstains = a["abstained"] or (not records_answer and (conf is None or conf <= margin))
        if q["type"] == "unanswerable":
            n_una += 1
            declined += abstains
            continue
        items = q.get("answer_items") or []
        if not items:
            continue
        n_ans += 1
        wrong += abstains
        if not abstains:
            item += sum(item_in_text(i, a["answer"], vocab) for i in items) / len(items)
            first = a["answer"].split("\n", 1)[0]
            lead += sum(item_in_text(i, first, vocab) for i in items) / len(items)
    return {"item": item / max(1, n_ans), "lead": lead / max(1, n_ans),
            "unans_declined": declined / n_una if n_una else float("nan"), "wrongly_declined": wrong / max(1, n_ans)}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--without-lead"]
    with_lead = "--without-lead" not in sys.argv[1:]
    if len(args) < 2 or len(args) % 2:
        sys.exit(__doc__)
    vocab = Vocabulary.load()
    sets = []
    for qpath, apath in zip(args[::2], args[1::2]):
        questions = {q["id"]: q for q in load(qpath)}
        sets.append((Path(qpath).parent.name, [(questions[a["id"]], a) for a in load(apath) if a["id"] in questions]))
    margins = sorted({round(a.get("confidence"), 1) for _, rows in sets for _, a in rows if a.get("confidence") is not None})
    grid = sorted({-1000.0, *[m for m in margins if -6 <= m <= 6], *[x / 2 for x in range(-8, 9)]})
    best = None
    for margin in grid:
        scores, total = [], 0.0
        for name, rows in sets:
            f = figures(rows, margin, vocab)
            una = 0.0 if f["unans_declined"] != f["unans_declined"] else f["unans_declined"]
            total += f["item"] + una - f["wrongly_declined"] + (f["lead"] if with_lead else 0.0)
            scores.append(f"{name}: item {f['item']:.3f} lead {f['lead']:.3f} unans {f['unans_declined']:.2f} wrong {f['wrongly_declined']:.3f}")
        if best is None or total > best[0]:
            best = (total, margin)
        print(f"margin {margin:7.2f}  " + " | ".join(scores) + f"  objective {total:.3f}")
    print(f"best margin {best[1]} (objective {best[0]:.3f})")


if __name__ == "__main__":
    main()
