"""What each answering rule earns: turn it off, answer every evaluation set again, compare.

    .venv/bin/python scripts/ablate_rules.py                      # every rule, every set (about 25 minutes here)
    .venv/bin/python scripts/ablate_rules.py --rules holder,named --sets devset facqa-valid
    .venv/bin/python scripts/ablate_rules.py --rules checks.someone+tagger.person   # two rules off together

Each set is ingested once into `--work` (kept between runs; delete it after changing documents or
vocabulary). The answers of all rules on are computed first; the reader's spans, the entity tagger's
entities and the search's passages are remembered in memory, so a rule turned off costs only the rules'
own time. A rule is turned off by replacing one function or constant of `assistant/answer.py` (the
table `RULES`: a check passes everything, a shaping step returns its span unchanged, a guard never
declines). For each rule and set the script prints the change in answer-item recall, lead recall,
unanswerable declined, answerable wrongly declined and lead precision, and how many first lines
changed; `--diffs DIR` writes the questions whose figures moved. The README's "Rules, measured" table
is made with it: a rule whose answers change on no set, or only on the batch it was written for, is
retired there.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import assistant.answer as A  # noqa: E402
import assistant.checks as C  # noqa: E402
from assistant.evaluate import load_questions, report, score_answer  # noqa: E402
from assistant.reader import Reader  # noqa: E402
from assistant.services import Services  # noqa: E402
from ingest.core.settings import Settings  # noqa: E402
from ingest.core.vocabulary import Glossary  # noqa: E402

EVAL = ROOT / "eval"
SETS = {  # name: (questions, folders ingested)
    "devset": (EVAL / "devset/questions.jsonl", [EVAL / "devset/docs", EVAL / "devset/distractors"]),
    "facqa-valid": (EVAL / "facqa-valid/questions.jsonl", [EVAL / "facqa-valid/docs"]),
    "facqa-heldout": (EVAL / "facqa-heldout/questions.jsonl", [EVAL / "facqa-heldout/docs"]),
    "written": (EVAL / "written/questions.jsonl", [EVAL / "written/docs", EVAL / "written/distractors"]),
    "next-batch": (EVAL / "next-batch/questions.jsonl", [EVAL / "written/docs", EVAL / "written/distractors",
                                                         EVAL / "next-batch/docs", EVAL / "next-batch/distractors"]),
}

O = A.OfflineAnswerer


def _same(self, span, *args, **kwargs):
    return span


def _passes(self, spans, *args):
    return spans


RULES: dict[str, list[tuple[object, str, object]]] = {
    # how spans are ranked
    "rank.search": [(A, "RANK_WEIGHT", 0.0)],
    "rank.restated": [(A, "_restates_question", lambda span, question: False)],
    "read.in-english": [(Glossary, "in_english", lambda self, text: text)],
    "shape.sentence-dates": [(A, "_sentence_dates", lambda span, *a: [span])],
    # checks a span must pass
    "checks.all": [(O, "_checked", _passes)],
    "checks.kind": [(A, "fits_kind", lambda *a: True)],
    "checks.other-event": [(A, "counts_another", lambda *a: False), (A, "dates_another", lambda *a: False)],
    "checks.within-date": [(A, "within_date", lambda *a: False)],
    "checks.other-bound": [(A, "opens_other_bound", lambda *a: False)],
    "checks.ends": [(A, "lead_bound", lambda *a: "end")],
    "checks.other-signing": [(A, "dates_another_signing", lambda *a: False)],
    "checks.until": [(A, "_lasts_until", lambda *a: False)],
    "checks.someone": [(A, "names_someone", lambda *a: True)],
    "checks.told-here": [(O, "_told_here", _passes)],
    "checks.rate": [(C, "_counted_unit", lambda text, units, vocab: C.states_number(text, vocab) and bool(units.search(text)))],
    # the role or body asked about
    "holder": [(O, "_holder", lambda self, spans, *a: spans[0])],
    "holder.acting-for": [(A, "_acting_for", lambda *a: None)],
    "holder.people-first": [(O, "_people_first", lambda self, spans, hits: spans)],
    "tagger.person": [(O, "_a_person", lambda self, *a: True)],
    # sentences read again alone
    "reread.measure": [(O, "_stated_in_own_sentence", lambda self, *a: None)],
    "reread.holder": [(O, "_held_in_own_sentence", lambda self, *a: None)],
    "reread.acting": [(O, "_acting_in_own_sentence", lambda self, *a: None)],
    "reread.role-holder": [(O, "_role_acting_holder", lambda self, *a: None)],
    # guards that decline
    "guard.names-another": [(O, "_names_another", lambda self, *a: False)],
    "guard.no-signing": [(O, "_no_signing_told", lambda self, *a: False)],
    "guard.other-topic": [(O, "_about_another_topic", lambda self, *a: False)],
    # how the lead is shown
    "shape.widened": [(A, "_widened", lambda span, *a: span)],
    "shape.weekday": [(A, "with_weekday", lambda span, *a: span)],
    "shape.bounded": [(A, "bounded", lambda span, *a: span)],
    "shape.named": [(O, "_named", _same)],
    "shape.whole-name": [(O, "_whole_name", _same)],
    "shape.counted": [(A, "counted_noun", lambda *a: None)],
    "list.enumeration": [(A, "_enumeration", lambda *a: None), (A, "_elaborated", lambda *a: None)],
    "list.others": [(A, "LIST_GAP", -1e9)],
    "parts": [(A, "question_parts", lambda question, vocab: [question])],
    "time.fallback": [(O, "_time_sentences", lambda self, *a: [])],
    "overlaps": [(A, "_without_overlaps", lambda spans, hits: spans)],
}


@contextlib.contextmanager
def turned_off(names: list[str]) -> Iterator[None]:
    saved = []
    for name in names:
        for owner, attribute, replacement in RULES[name]:
            saved.append((owner, attribute, getattr(owner, attribute)))
            setattr(owner, attribute, replacement)
    try:
        yield
    finally:
        for owner, attribute, value in reversed(saved):
            setattr(owner, attribute, value)


def _remembered(function: Callable, key: Callable) -> Callable:
    memory: dict = {}

    def wrapper(*args, **kwargs):
        k = key(*args, **kwargs)
        if k not in memory:
            memory[k] = function(*args, **kwargs)
        return memory[k]
    return wrapper


def remember_models() -> None:
    """The reader's spans and the search's passages, remembered by their inputs (the rules turned off
    here never change what is searched)."""
    Reader.read = _remembered(Reader.read, lambda self, question, passages, top_k=5: (
        question if isinstance(question, str) else tuple(question), tuple(passages), top_k))
    search = _remembered(O._retrieve, lambda self, question, filters, asked: (id(self), question, repr(filters), repr(asked)))
    O._retrieve = lambda self, question, filters, asked: list(search(self, question, filters, asked))


def answerer(name: str, work: Path) -> tuple[Services, A.OfflineAnswerer]:
    _, folders = SETS[name]
    data = work / name
    fresh = not data.exists()
    services = Services(Settings().model_copy(update={"data_dir": data, "corpus_dir": folders[0]}))
    if fresh:
        result = services.ingester(progress=False).run(folders)
        if result.failed:
            raise SystemExit(f"{name}: could not ingest {result.failed}")
    offline = services.offline_answerer
    if offline.entities is not None:
        offline.entities = _remembered(offline.entities, lambda text: text)
    return services, offline


def answer_all(name: str, services: Services, offline: A.OfflineAnswerer) -> tuple[dict, list[tuple]]:
    rows, lines, previous = [], [], None
    for q in load_questions(SETS[name][0]):
        history = [previous] if q["type"] == "followup" and previous else None
        answer = offline.answer(q["question"], history=history)
        row = score_answer(q, answer, services.documents, services.vocabulary)
        rows.append(row)
        lines.append((q["id"], row.item_recall, row.lead_recall, answer.text.split("\n")[0]))
        previous = q["question"]
    return report(rows), lines


FIGURES = [("answer_item_recall", "item"), ("lead_item_recall", "lead"), ("unanswerable_declined", "unans"),
           ("answerable_wrongly_declined", "wrongly"), ("lead_precision", "lp")]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rules", default=",".join(RULES), help="comma-separated; a+b turns a and b off together")
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kerjasama-ablate")
    parser.add_argument("--diffs", type=Path, help="write each rule's moved questions here")
    args = parser.parse_args(argv)
    configs = [c.split("+") for c in args.rules.split(",") if c]
    unknown = sorted({n for c in configs for n in c} - set(RULES))
    if unknown:
        parser.error(f"unknown rule(s) {unknown}; the rules are: {', '.join(RULES)}")
    remember_models()
    base = {}
    for name in args.sets:
        started = time.time()
        services, offline = answerer(name, args.work)
        base[name] = (services, offline, *answer_all(name, services, offline))
        figures = " ".join(f"{short} {base[name][2][key]}" for key, short in FIGURES)
        print(f"all rules on · {name}: {figures} ({time.time() - started:.0f} s)", flush=True)
    for config in configs:
        cells, moved = [], []
        with turned_off(config):
            for name in args.sets:
                services, offline, figures, lines = base[name]
                now, new_lines = answer_all(name, services, offline)
                delta = "/".join(f"{(now[key] or 0) - (figures[key] or 0):+.3f}" for key, _ in FIGURES)
                changed = sum(a[3] != b[3] for a, b in zip(lines, new_lines))
                cells.append(f"{name} {delta} ({changed} changed)")
                moved += [json.dumps({"set": name, "id": a[0], "before": a[1:], "after": b[1:]}, ensure_ascii=False)
                          for a, b in zip(lines, new_lines) if a[1:3] != b[1:3]]
        print(f"{'+'.join(config)} off · " + " · ".join(cells), flush=True)
        if args.diffs:
            args.diffs.mkdir(parents=True, exist_ok=True)
            (args.diffs / f"{'+'.join(config)}.jsonl").write_text("".join(m + "\n" for m in moved))


if __name__ == "__main__":
    main()
