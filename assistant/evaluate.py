"""`kerjasama eval`: ingest documents into a temporary store, ask every question, and score.

Scores, overall and by language and question type:
- recall_at_5: share of a question's gold documents among the sources of its top-5 passages;
- answer_item_recall: share of `answer_items` present in the answer (answerable questions);
- unanswerable_declined / answerable_wrongly_declined: abstention on each side;
- citation_validity: share of citations whose quote is the cited document's text at the cited span
  and contains the items the answer cites it for;
- lead_item_recall: share of `answer_items` in the answer's first line (the answer first);
- lead_precision: share of the first line's words (markers left out; numbers and dates normalised
  as for matching) that are words of the answer items — how tight the lead is: a lead that holds
  the items in a long stretch of other words scores its recall but not its precision (answered,
  answerable questions);
- median_words: the median length of the answers (declines left out);
- baseline_item_recall: the same items in the top retrieved passage, taken as the answer (a naive
  answerer computed in the same run: every figure is read against it).
"""

from __future__ import annotations

import json
import re
import statistics
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from assistant.cite import verify
from assistant.matching import item_in_text, normalise
from ingest.core.settings import Settings
from ingest.core.types import Answer
from ingest.core.vocabulary import Vocabulary
from ingest.dates import infer_year

KEYS = ["questions", "recall_at_5", "answer_item_recall", "lead_item_recall", "lead_precision", "baseline_item_recall", "unanswerable_declined",
        "answerable_wrongly_declined", "citation_validity", "median_words"]


@dataclass
class Scored:
    id: str
    language: str
    type: str
    recall_at_5: float | None
    item_recall: float | None
    abstained: bool
    answerable: bool
    citations_valid: int
    citations_total: int
    record: dict = field(default_factory=dict)
    lead_recall: float | None = None
    baseline_recall: float | None = None
    words: int | None = None
    lead_precision: float | None = None


def load_questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_answer(question: dict, answer: Answer, documents, vocab: Vocabulary) -> Scored:
    retrieved = []
    for hit in answer.hits:
        name = Path(hit.chunk.source).name
        if name not in retrieved:
            retrieved.append(name)
    top5 = [Path(h.chunk.source).name for h in answer.hits[:5]]
    gold = [Path(g).stem for g in question.get("gold_docs", [])]
    recall = None
    if gold:
        recall = sum(any(Path(s).stem == g for s in top5) for g in gold) / len(gold)
    answerable = question["type"] != "unanswerable"
    items = question.get("answer_items", [])
    item_recall = lead_recall = baseline_recall = precision = None
    if answerable and items:
        item_recall = 0.0 if answer.abstained else sum(item_in_text(i, answer.text, vocab) for i in items) / len(items)
        first_line = "" if answer.abstained else answer.text.split("\n", 1)[0]
        lead_recall = sum(item_in_text(i, first_line, vocab) for i in items) / len(items) if first_line else 0.0
        precision = lead_precision(first_line, items, vocab) if first_line else None
        top = answer.hits[0].chunk.text if answer.hits else ""
        baseline_recall = sum(item_in_text(i, top, vocab) for i in items) / len(items) if top else 0.0
    valid = 0
    for citation in answer.citations:
        segment = _segment_for(answer.text, citation.n)
        cited_items = [i for i in items if item_in_text(i, segment, vocab)]
        if verify(citation, documents.get(citation.doc_id)) and all(item_in_text(i, citation.quote, vocab) for i in cited_items):
            valid += 1
    record = {
        "id": question["id"],
        "question": question["question"],
        "answer": answer.text,
        "abstained": answer.abstained,
        "confidence": answer.confidence,
        "retrieved": top5,
        "citations": [
            {"n": c.n, "source": Path(c.source).name, "title": c.title, "page": c.page, "quote": c.quote}
            for c in answer.citations
        ],
    }
    words = None if answer.abstained else len(answer.text.split())
    return Scored(question["id"], question["lang"], question["type"], recall, item_recall, answer.abstained,
                  answerable, valid, len(answer.citations), record, lead_recall, baseline_recall, words, precision)


def lead_precision(lead: str, items: list[str], vocab: Vocabulary) -> float | None:
    """The share of the lead's words (its citation markers left out) that are words of the answer
    items, each item word counted as often as the items hold it: "Mashudi [1]" for "Mashudi" is 1.0,
    "Direktur Jenderal Pemasyarakatan Mashudi [1]" 0.25."""
    year = infer_year(lead, vocab)
    words = normalise(_MARKER_RE.sub(" ", lead), vocab, year)
    if not words:
        return None
    wanted = Counter(w for item in items for w in normalise(item, vocab, year))
    return sum((Counter(words) & wanted).values()) / len(words)


_MARKER_RE = re.compile(r"\[\d+\]")


def _segment_for(text: str, n: int) -> str:
    """The answer text a marker stands for: from the previous marker (or the start) up to it."""
    match = re.search(rf"\[{n}\]", text)
    if not match:
        return ""
    before = text[: match.start()]
    previous = list(re.finditer(r"\[\d+\]", before))
    return before[previous[-1].end() :] if previous else before


def aggregate(rows: list[Scored]) -> dict:
    def mean(values):
        values = [v for v in values if v is not None]
        return round(sum(values) / len(values), 4) if values else None

    answerable = [r for r in rows if r.answerable]
    unanswerable = [r for r in rows if not r.answerable]
    total_citations = sum(r.citations_total for r in rows)
    return {
        "questions": len(rows),
        "recall_at_5": mean([r.recall_at_5 for r in rows]),
        "answer_item_recall": mean([r.item_recall for r in rows]),
        "unanswerable_declined": mean([1.0 if r.abstained else 0.0 for r in unanswerable]),
        "answerable_wrongly_declined": mean([1.0 if r.abstained else 0.0 for r in answerable]),
        "citation_validity": round(sum(r.citations_valid for r in rows) / total_citations, 4) if total_citations else None,
        "lead_item_recall": mean([r.lead_recall for r in rows]),
        "lead_precision": mean([r.lead_precision for r in rows]),
        "baseline_item_recall": mean([r.baseline_recall for r in rows]),
        "median_words": statistics.median(words) if (words := [r.words for r in rows if r.words is not None]) else None,
    }


def report(rows: list[Scored]) -> dict:
    result = aggregate(rows)
    for key, attribute in [("by_language", "language"), ("by_type", "type")]:
        groups: dict[str, list[Scored]] = defaultdict(list)
        for row in rows:
            groups[getattr(row, attribute)].append(row)
        result[key] = {name: aggregate(group) for name, group in sorted(groups.items())}
    return result


def run_eval(settings: Settings, questions_path: Path, docs: list[Path], embedder=None, answers_out: Path | None = None,
             facts: Path | None = None, distractors: Path | None = None) -> dict:
    """Ingest `docs` (and the `distractors` folder: documents that report no signing), answer every
    question with the offline answerer and score it; with `facts`, score the records too."""
    from assistant.services import Services

    questions = load_questions(questions_path)
    with tempfile.TemporaryDirectory(prefix="kerjasama-eval-") as tmp:
        eval_settings = settings.model_copy(update={"data_dir": Path(tmp), "corpus_dir": docs[0]})
        services = Services(eval_settings, _embedder=embedder)
        folders = list(docs) + ([distractors] if distractors else [])
        ingest = services.ingester(progress=False).run(folders)
        if ingest.failed:
            raise RuntimeError("eval could not ingest: " + "; ".join(f"{f.path}: {f.reason}" for f in ingest.failed))
        answerer = services.offline_answerer  # the numbers are those of the offline answerer
        rows = []
        previous: str | None = None
        for question in questions:
            history = [previous] if question["type"] == "followup" and previous else None
            answer = answerer.answer(question["question"], history=history)
            rows.append(score_answer(question, answer, services.documents, services.vocabulary))
            previous = question["question"]
        records_report = None
        if facts is not None:
            from assistant.evaluate_records import load_facts, score_records

            distractor_files = {p.name for p in distractors.iterdir()} if distractors else set()
            records_report = score_records(load_facts(facts), services.records.all(), services.vocabulary, distractor_files)
            records_report.pop("details")
    if answers_out:
        answers_out.parent.mkdir(parents=True, exist_ok=True)
        answers_out.write_text("".join(json.dumps(r.record, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = report(rows)
    if records_report is not None:
        result["records"] = records_report
        list_like = [r for r in rows if r.type in {"list", "count", "aggregate"}]
        result["records"]["list_count_aggregate_item_recall"] = aggregate(list_like)["answer_item_recall"]
    return result


def format_table(result: dict) -> str:
    def row(name, values):
        cells = [name.ljust(16)] + [("-" if values.get(k) is None else f"{values[k]:.2f}" if k not in {"questions", "median_words"} else f"{values[k]:g}").rjust(11) for k in KEYS]
        return " ".join(cells)

    short = ["questions", "recall@5", "item rec.", "lead rec.", "lead prec.", "baseline", "unans.decl", "wrong.decl", "cite.valid", "words"]
    lines = [" ".join(["".ljust(16)] + [h.rjust(11) for h in short]), row("overall", result)]
    for group in ["by_language", "by_type"]:
        for name, values in result[group].items():
            lines.append(row(f"{group[3:]}:{name}", values))
    if "records" in result:
        lines.append("")
        lines.append("records: " + ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in result["records"].items()))
    return "\n".join(lines)
