"""Train the extractive reader (assistant/reader.py): seeded, resumable, CPU-sized.

Data (README, "The reader"):
- FacQA train (IndoNLU, human-written Indonesian factoid questions with answer spans); the questions
  of a seeded 10 % of its passages are held back from training and reported; FacQA valid is for choosing and reporting only;
- the devset questions of half of its events (split by event, seed fixed), answer items located in
  their gold documents; the other half is written to `eval/devset/questions-heldout.jsonl`;
- English questions written by the developers for 400 FacQA train passages
  (`scripts/data/facqa-train-en.tsv`), so that an English question finds an Indonesian answer;
- no-answer examples: a question with another question's passage, windows of a devset document
  that do not hold the answer, and hard negatives: the passages a keyword search ranks highest for
  the question that do not hold its answer (for an unanswerable devset question, any of them).

The lower encoder layers stay frozen, so their outputs are computed once and cached; every epoch
trains only the upper layers and the head. A checkpoint is written after every epoch (and every
`--checkpoint-steps`); running the script again resumes from it.

    .venv/bin/python scripts/train_reader.py [--layers 8] [--epochs 3] [--out assistant/data/reader.safetensors]

The defaults are those of the shipped weights.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.reader import FORMAT, ReaderModel, Window, save_reader, span_loss, windows  # noqa: E402
from ingest.encoder.e5file import read_e5  # noqa: E402
from ingest.encoder.heads import read_head  # noqa: E402
from ingest.encoder.model import E5Encoder, batch  # noqa: E402
from ingest.encoder.tokenizer import E5Tokenizer  # noqa: E402
from ingest.encoder.training import Run, add_lora, batches, merge_lora, padded  # noqa: E402

TRAINING = ROOT.parent / "shared" / "benchmarks" / "training" / "facqa"
DEVSET = ROOT / "eval" / "devset"
ENGLISH = ROOT / "scripts" / "data" / "facqa-train-en.tsv"
ENGLISH_PASSAGES = ROOT / "scripts" / "data" / "facqa-train-en-passages.tsv"
NO_SPACE_BEFORE = set(",.;:!?)]}%'\"")
NO_SPACE_AFTER = set("([{$")


@dataclass
class Example:
    question: str
    passage: str
    answer: tuple[int, int] | None  # character span, None: no answer
    source: str
    items: tuple[str, ...] = ()  # every answer item (a list's), none of which a no-answer passage may hold


def detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """FacQA's tokens joined back into text (no space before closing punctuation), with each token's span."""
    text, spans = "", []
    for i, tok in enumerate(tokens):
        if i and not (tok in NO_SPACE_BEFORE or tokens[i - 1] in NO_SPACE_AFTER or tok == "-" or tokens[i - 1] == "-"):
            text += " "
        spans.append((len(text), len(text) + len(tok)))
        text += tok
    return text, spans


def load_facqa(path: Path) -> list[Example | None]:
    """FacQA rows in file order (None for a row without an answer span, so that indices stay rows)."""
    out: list[Example | None] = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            q_tokens, p_tokens, labels = (ast.literal_eval(row[k]) for k in ("question", "passage", "seq_label"))
            question, _ = detokenise(q_tokens)
            passage, spans = detokenise(p_tokens)
            marked = [i for i, lab in enumerate(labels) if lab != "O"]
            if not marked:
                out.append(None)
                continue
            first = marked[0]
            last = first
            while last + 1 < len(labels) and labels[last + 1] == "I":
                last += 1
            out.append(Example(question, passage, (spans[first][0], spans[last][1]), "facqa"))
    return out


def english_questions(rows: list[Example | None], path: Path = ENGLISH) -> list[Example]:
    """The developers' English questions, each on its FacQA row's passage and answer span."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        index, question = line.split("\t")
        row = rows[int(index)]
        if row is None:
            raise ValueError(f"{path}: row {index} of FacQA train has no answer span; remove the line")
        out.append(Example(question, row.passage, row.answer, "facqa-en"))
    return out


def english_passages(rows: list[Example | None], held: set[int] = frozenset(), path: Path = ENGLISH_PASSAGES,
                     english: Path = ENGLISH) -> list[Example]:
    """The developers' English renderings of FacQA train passages, the answer between [[ and ]]: each
    is read with its row's Indonesian question and, where `english` has one, the English question, so
    that a question finds its answer in a passage of the other language (or of its own)."""
    asked_in_english: dict[int, list[str]] = {}
    for line in english.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            index, question = line.split("\t")
            asked_in_english.setdefault(int(index), []).append(question)
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        index, marked = line.split("\t")
        row = rows[int(index)]
        found = re.fullmatch(r"(.*?)\[\[(.+?)\]\](.*)", marked)
        if row is None or not found or "[[" in found.group(3):
            raise ValueError(f"{path}:{number}: row {index} needs one answer marked [[like this]] and a FacQA answer span")
        if int(index) in held:
            raise ValueError(f"{path}:{number}: row {index}'s passage is held back from training; remove the line")
        before, answer, after = found.groups()
        passage = before + answer + after
        span = (len(before), len(before) + len(answer))
        for question in [row.question, *asked_in_english.get(int(index), [])]:
            out.append(Example(question, passage, span, "facqa-xl"))
    return out


def hard_negatives(examples: list[Example], pool: list[str], per_question: int, ratio: float, rng: random.Random) -> list[Example]:
    """No-answer examples the search would show: for each question (a share `ratio` of them), the
    `per_question` passages of `pool` that rank highest by BM25 and do not contain its answer."""
    import bm25s

    from ingest.tokens import tokenize

    if ratio <= 0 or not examples:
        return []
    index = bm25s.BM25()
    index.index([tokenize(p) or ["∅"] for p in pool], show_progress=False)
    out = []
    for e in examples:
        if rng.random() >= ratio:
            continue
        query = tokenize(e.question)
        if not query:
            continue
        answers = [x.lower() for x in e.items] + ([e.passage[e.answer[0] : e.answer[1]].lower()] if e.answer else [])
        ids, _ = index.retrieve([query], k=min(len(pool), per_question + 3), show_progress=False)
        taken = 0
        for i in ids[0].tolist():
            other = pool[i]
            if other == e.passage or any(a in other.lower() for a in answers):
                continue
            out.append(Example(e.question, other, None, e.source + "-hard"))
            taken += 1
            if taken == per_question:
                break
    return out


def devset_pool(questions: list[dict], size: int = 1200) -> list[str]:
    """Stretches of the devset documents of the given questions' events and of every distractor, cut
    at line ends near `size` characters, as retrieved chunks are."""
    names = {d for q in questions for d in q["gold_docs"]}
    texts = [(DEVSET / "docs" / n).read_text(encoding="utf-8") for n in sorted(names) if (DEVSET / "docs" / n).exists()]
    from ingest.clean import clean_text
    from ingest.read import Limits, read_file

    for path in sorted((DEVSET / "distractors").iterdir()):
        if path.suffix in {".txt", ".html"}:  # the page text as ingest reads it
            texts.append(clean_text("\n".join(read_file(path, 2**24, Limits(isolate=False, ocr=False)).pages)))
    out = []
    for text in texts:
        start = 0
        while start < len(text):
            end = text.find("\n", start + size)
            end = len(text) if end < 0 else end
            if len(text[start:end].strip()) > 100:
                out.append(text[start:end].strip())
            start = end + 1
    return out


def devset_facts() -> list[dict]:
    return [json.loads(line) for line in (DEVSET / "facts.jsonl").open(encoding="utf-8")]


def train_events(seed: int) -> set[str]:
    """The devset events trained on (half of them, seeded); the reader and the tagger share the split."""
    events = sorted({f["id"] for f in devset_facts()})
    random.Random(seed).shuffle(events)
    return set(events[: len(events) // 2])


def devset_split(seed: int) -> tuple[list[dict], list[dict]]:
    """Devset questions split by event (facts.jsonl groups documents into events)."""
    facts = devset_facts()
    event_of = {doc: f["id"] for f in facts for doc in (f.get("doc_files") or [f.get("seed_file")]) if doc}
    train_events_ = train_events(seed)
    questions = [json.loads(line) for line in (DEVSET / "questions.jsonl").open(encoding="utf-8")]
    train, held = [], []
    for q in questions:
        evs = {event_of.get(d) for d in q["gold_docs"]} - {None}
        (train if evs and evs <= train_events_ else held).append(q)
    return train, held


def devset_examples(questions: list[dict], rng: random.Random) -> list[Example]:
    """Answer items located in the gold documents; the sentence window sharing most question words wins."""
    docs = {p.name: p.read_text(encoding="utf-8") for p in (DEVSET / "docs").iterdir()}
    out = []
    for q in questions:
        if q["type"] == "unanswerable":
            for name in rng.sample(sorted(docs), 2):
                out.append(Example(q["question"], docs[name][:1500], None, "devset-none"))
            continue
        items = q["answer_items"]
        if not items or q["type"] in {"aggregate", "cross_doc"}:
            continue
        qwords = set(re.findall(r"\w+", q["question"].lower()))
        best = None
        for name in q["gold_docs"]:
            text = docs.get(name, "")
            lows = text.lower()
            starts = [(m.start(), m.start() + len(items[0])) for m in re.finditer(re.escape(items[0].lower()), lows)]
            for a, b in starts:
                end = b
                ok = True
                for item in items[1:]:  # a list answer is one stretch from the first item to the last
                    j = lows.find(item.lower(), a)
                    if j < 0 or j - a > 400:
                        ok = False
                        break
                    end = max(end, j + len(item))
                if not ok:
                    continue
                lo, hi = max(0, a - 300), min(len(text), end + 300)
                overlap = len(qwords & set(re.findall(r"\w+", lows[lo:hi])))
                if best is None or overlap > best[0]:
                    best = (overlap, text, a, end)
        if best is None:
            continue
        _, text, a, b = best
        lo = max(0, text.rfind("\n", 0, max(0, a - 500)) + 1)
        hi = min(len(text), b + 500)
        out.append(Example(q["question"], text[lo:hi], (a - lo, b - lo), "devset", tuple(items)))
        rest = [text[:lo], text[hi:]]
        for piece in rest:
            if len(piece) > 200 and all(item.lower() not in piece.lower() for item in items):
                out.append(Example(q["question"], piece[:1200], None, "devset-none"))
    return out


def devset_unanswerable(questions: list[dict]) -> list[Example]:
    """Unanswerable devset questions as examples without a passage (hard_negatives gives them theirs)."""
    return [Example(q["question"], "", None, "devset") for q in questions if q["type"] == "unanswerable"]


def with_answer_removed(examples: list[Example], rng: random.Random, ratio: float) -> list[Example]:
    """The passage with its answer cut out no longer answers ("Kepala Dinas X, Budi, berkata" →
    "Kepala Dinas X berkata": the role is there, the name is not)."""
    out = []
    for e in examples:
        if e.answer is None or rng.random() >= ratio:
            continue
        a, b = e.answer
        answer = e.passage[a:b]
        cut = (e.passage[:a].rstrip(" ,") + " " + e.passage[b:].lstrip(" ,")).strip()
        if answer.lower() not in cut.lower():
            out.append(Example(e.question, re.sub(r"\s+([,.;:])", r"\1", cut), None, e.source + "-removed"))
    return out


def with_other_names(examples: list[Example], rng: random.Random, ratio: float) -> list[Example]:
    """The passage about someone or somewhere else: a capitalised word the question and the passage
    share (outside the answer) replaced, everywhere in the passage, by a capitalised word of another
    passage. "Siapa Kepala Dinas Sosial Sukamaju?" is not answered by a passage about Sukadamai."""
    if ratio <= 0:
        return []  # draws nothing from `rng`: the other examples stay as they were without this step
    names = sorted({w for e in examples for w in re.findall(r"\b[A-Z][a-z]{3,}\b", e.passage)})
    out = []
    for e in examples:
        if e.answer is None or rng.random() >= ratio:
            continue
        answer = e.passage[e.answer[0] : e.answer[1]]
        shared = [w for w in set(re.findall(r"\b[A-Z][a-z]{3,}\b", e.question[1:]))
                  if re.search(rf"\b{w}\b", e.passage) and w not in answer]
        if not shared:
            continue
        word = rng.choice(sorted(shared))
        other = rng.choice(names)
        if other in e.question or other in e.passage:
            continue
        out.append(Example(e.question, re.sub(rf"\b{word}\b", other, e.passage), None, e.source + "-other-name"))
    return out


def with_other_place(examples: list[Example], places: list[str], rng: random.Random, ratio: float) -> list[Example]:
    """The question asked about another place: a place the question and its passage both name is
    replaced in the question by another place of the gazetteer that the passage does not name. "Siapa
    Kepala Lapas Sukamaju?" is not answered by a passage about Lapas Sukadamai, however alike."""
    if ratio <= 0:
        return []  # draws nothing from `rng`: the other examples stay as they were without this step
    from ingest.core.vocabulary import Vocabulary

    gazetteer = Vocabulary.load().gazetteer
    out = []
    for e in examples:
        if e.answer is None:
            continue
        answer = e.passage[e.answer[0] : e.answer[1]].lower()
        shared = [m for m in gazetteer.mentions(e.question)
                  if m.place.lower() in e.passage.lower() and m.place.lower() not in answer]
        if not shared or rng.random() >= ratio:
            continue
        mention = shared[0]
        asked = e.question[mention.start : mention.end]
        other = rng.choice(places)
        if other.lower() in e.passage.lower() or other.lower() in e.question.lower():
            continue
        question = e.question[: mention.start] + (other.upper() if asked.isupper() else other) + e.question[mention.end :]
        out.append(Example(question, e.passage, None, e.source + "-other-place"))
    return out


def in_longer_context(examples: list[Example], rng: random.Random, ratio: float) -> list[Example]:
    """The passage set among two to four other passages, as a retrieved chunk of a longer article holds
    the answer among sentences about other things (the spans shift with it)."""
    out = []
    passages = sorted({e.passage for e in examples})
    for e in examples:
        if e.answer is None or rng.random() >= ratio:
            continue
        others = rng.sample(passages, rng.randint(2, 4))
        if e.passage in others:
            continue
        at = rng.randint(0, len(others))
        before = "\n".join(others[:at])
        lead = before + "\n" if before else ""
        text = lead + "\n".join([e.passage, *others[at:]])
        a, b = e.answer
        out.append(Example(e.question, text, (a + len(lead), b + len(lead)), e.source + "-context"))
    return out


def with_negatives(examples: list[Example], rng: random.Random, ratio: float) -> list[Example]:
    """A question paired with another question's passage has no answer there."""
    out = list(examples)
    passages = [e.passage for e in examples]
    for e in examples:
        if rng.random() < ratio:
            other = rng.choice(passages)
            if other != e.passage:
                out.append(Example(e.question, other, None, e.source + "-none"))
    return out


@dataclass
class Feature:
    window: Window
    start: int  # token index, 0 = no answer
    end: int


def features(examples: list[Example], tok: E5Tokenizer, max_tokens: int, stride: int) -> list[Feature]:
    out = []
    for e in examples:
        for w in windows(tok, e.question, e.passage, max_tokens, stride):
            s = t = 0
            if e.answer is not None:
                a, b = e.answer
                idx = [i for i, o in enumerate(w.offsets) if o is not None and o[1] > a and o[0] < b]
                inside = [i for i, o in enumerate(w.offsets) if o is not None]
                if idx and w.offsets[idx[0]][0] <= a + 1 and w.offsets[idx[-1]][1] >= b - 1:
                    s, t = idx[0], idx[-1]
                elif idx or not inside:
                    continue  # the answer is cut by this window's edge: neither an answer nor a no-answer
            out.append(Feature(w, s, t))
    return out


def evaluate(model: ReaderModel, tok: E5Tokenizer, examples: list[Example], max_tokens: int, stride: int) -> dict[str, float]:
    """Exact and contains match of the best span, no answer declined, against character spans."""
    model.eval()
    exact = contains = declined_ok = answered = n_ans = n_none = 0
    for e in examples:
        ws = windows(tok, e.question, e.passage, max_tokens, stride)
        ids, mask = batch([w.ids for w in ws], tok.pad)
        with torch.no_grad():
            start, end = model(ids, mask)
        best, null = None, min(float(start[r, 0] + end[r, 0]) for r in range(len(ws)))
        for r, w in enumerate(ws):
            for i, oi in enumerate(w.offsets):
                if oi is None:
                    continue
                for j in range(i, min(len(w.offsets), i + 40)):
                    oj = w.offsets[j]
                    if oj is None:
                        break
                    sc = float(start[r, i] + end[r, j])
                    if best is None or sc > best[0]:
                        best = (sc, oi[0], oj[1])
        if e.answer is None:
            n_none += 1
            declined_ok += best is None or best[0] <= null
            continue
        n_ans += 1
        if best is None:
            continue
        answered += best[0] > null
        got = e.passage[best[1] : best[2]].strip().lower()
        gold = e.passage[e.answer[0] : e.answer[1]].strip().lower()
        exact += got == gold
        contains += gold in got and len(got) <= 3 * len(gold) + 10
    model.train()
    return {"exact": exact / max(1, n_ans), "contains": contains / max(1, n_ans), "answered": answered / max(1, n_ans),
            "none_declined": declined_ok / max(1, n_none), "n": n_ans, "n_none": n_none}


def export_heldout(examples: list[Example], folder: Path) -> None:
    """The held-back FacQA questions in `kerjasama eval`'s format: one document per passage."""
    docs = folder / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    names: dict[str, str] = {}
    lines = []
    for i, e in enumerate(examples):
        if e.passage not in names:
            names[e.passage] = f"facqa-heldout-{len(names):04d}.txt"
            (docs / names[e.passage]).write_text(e.passage + "\n", encoding="utf-8")
        assert e.answer is not None
        lines.append({"id": f"facqa-heldout-{i:04d}", "lang": "id", "question": e.question, "type": "factoid",
                      "answer_items": [e.passage[e.answer[0] : e.answer[1]]], "gold_docs": [names[e.passage]]})
    (folder / "questions.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--layers", type=int, default=8, help="upper encoder layers to train")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lora", type=int, default=0, help="train LoRA updates of this rank over the --layers layers instead of the layers themselves")
    ap.add_argument("--lora-alpha", type=float, default=32.0)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--seed", type=int, default=13, help="the data split (held-back FacQA passages, devset events) and, by default, the rest")
    ap.add_argument("--order-seed", type=int, default=None,
                    help="another seed for the head's initial weights, the sampled examples and the batch order, the split kept "
                         "(a second model of the same recipe, for scripts/soup_readers.py)")
    ap.add_argument("--negatives", type=float, default=0.33, help="no-answer pairs per FacQA question")
    ap.add_argument("--other-names", type=float, default=0.0, help="share of FacQA questions also given their passage about another name")
    ap.add_argument("--other-place", type=float, default=0.0, help="share of questions naming a place of their passage also asked about another place")
    ap.add_argument("--context", type=float, default=0.3, help="share of FacQA questions also given their passage among others")
    ap.add_argument("--removed", type=float, default=0.2, help="share of FacQA questions also given their passage without the answer")
    ap.add_argument("--hard", type=float, default=0.5, help="share of FacQA questions also given their top keyword-search passage without the answer")
    ap.add_argument("--english", action=argparse.BooleanOptionalAction, default=True, help="train on the English questions of scripts/data")
    ap.add_argument("--english-passages", action="store_true",
                    help="also train on the English renderings of FacQA passages in scripts/data (questions in both languages)")
    ap.add_argument("--init", type=Path, default=None,
                    help="start from this reader's trained layers and head (continue training a shipped reader) instead of the encoder's")
    ap.add_argument("--max-tokens", type=int, default=256)
    ap.add_argument("--stride", type=int, default=64)
    ap.add_argument("--limit", type=int, default=0, help="train on this many examples only (tests, smoke runs)")
    ap.add_argument("--checkpoint", type=Path, default=ROOT / "scripts" / ".cache" / "reader-checkpoint.pt")
    ap.add_argument("--checkpoint-steps", type=int, default=200)
    ap.add_argument("--out", type=Path, default=ROOT / "assistant" / "data" / "reader.safetensors")
    ap.add_argument("--facqa", type=Path, default=TRAINING)
    ap.add_argument("--no-eval", action="store_true")
    ap.add_argument("--export-heldout", type=Path, default=ROOT / "eval" / "facqa-heldout",
                    help="where the held-back FacQA questions are written in eval format")
    args = ap.parse_args()

    order_seed = args.seed if args.order_seed is None else args.order_seed
    torch.manual_seed(order_seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    rows = load_facqa(args.facqa / "train.csv")
    facqa = [e for e in rows if e is not None]
    passages = sorted({e.passage for e in facqa})
    rng.shuffle(passages)
    held_passages = set(passages[: len(passages) // 10])  # held back by passage: no held-back text is trained on
    heldout = [e for e in facqa if e.passage in held_passages]
    facqa_train = [e for e in facqa if e.passage not in held_passages]
    if order_seed != args.seed:
        rng = random.Random(order_seed)  # the split above stays the seed's; what is sampled from here on changes
    rng.shuffle(facqa_train)
    valid = [e for e in load_facqa(args.facqa / "valid.csv") if e is not None]
    dev_train_q, dev_held_q = devset_split(args.seed)
    dev_train = devset_examples(dev_train_q, rng)
    english = [e for e in english_questions(rows) if e.passage not in held_passages] if args.english else []
    if args.english_passages:
        english += english_passages(rows, held={i for i, e in enumerate(rows) if e is not None and e.passage in held_passages})
    hard = (hard_negatives(facqa_train + english, sorted({e.passage for e in facqa_train}), 1, args.hard, rng)
            + hard_negatives([e for e in dev_train if e.answer is not None] + devset_unanswerable(dev_train_q),
                             devset_pool(dev_train_q), 3, 1.0 if args.hard > 0 else 0.0, rng))
    export_heldout(heldout, args.export_heldout)
    (DEVSET / "questions-heldout.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in dev_held_q), encoding="utf-8")
    places = sorted({line.split("\t")[0].strip().title() for f in ("places.tsv", "towns.tsv")
                     for line in (ROOT / "ingest" / "data" / "vocabulary" / f).read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#") and not re.match(r"(?i)(kab|kota)\b", line)})
    other_place = with_other_place(facqa_train + english + [e for e in dev_train if e.answer is not None], places,
                                   random.Random(args.seed + 2), args.other_place)
    train = (with_negatives(facqa_train, rng, args.negatives) + with_answer_removed(facqa_train, rng, args.removed)
             + with_other_names(facqa_train, rng, args.other_names) + in_longer_context(facqa_train, rng, args.context) + dev_train
             + english + hard + other_place)
    heldout_eval = with_negatives(heldout, random.Random(args.seed + 1), 0.5)
    if args.limit:
        train = train[: args.limit]
    print(f"training examples: {len(train)} (FacQA {len(facqa_train)}, English {len(english)}, hard negatives {len(hard)}, "
          f"asked about another place {len(other_place)}, "
          f"devset {len(dev_train)} from {len(dev_train_q)} questions); "
          f"held back: FacQA {len(heldout)}, devset questions {len(dev_held_q)}", flush=True)

    file = read_e5()
    tok = E5Tokenizer(file)
    model = ReaderModel(E5Encoder(file), args.layers)
    if args.init:
        meta, state = read_head(args.init, FORMAT)
        if int(meta["trained_layers"]) != args.layers or not model.load_trained_state(state):
            raise ValueError(f"{args.init} is a reader of {meta['trained_layers']} trained layers; give --layers {meta['trained_layers']}")
    if args.lora:
        add_lora(model, args.lora, args.lora_alpha)
    feats = features(train, tok, args.max_tokens, args.stride)
    t0 = time.time()
    cache = []
    for i in range(0, len(feats), 32):
        chunk = feats[i : i + 32]
        ids, mask = batch([f.window.ids for f in chunk], tok.pad)
        hidden = model.lower(ids, mask)
        for r, f in enumerate(chunk):
            n = len(f.window.ids)
            cache.append((hidden[r, :n].to(torch.float16).clone(), f.start, f.end))
    print(f"features: {len(feats)}, frozen layers cached in {time.time() - t0:.0f} s", flush=True)

    steps_per_epoch = (len(cache) + args.batch - 1) // args.batch
    total = steps_per_epoch * args.epochs
    run = Run(model, args.lr, total, args.checkpoint)
    run.resume()
    model.train()
    t0 = time.time()
    for epoch in range(run.step // steps_per_epoch, args.epochs):
        running = 0.0
        for b_i, b in enumerate(batches([c[0].shape[0] for c in cache], args.batch, order_seed * 1000 + epoch, 32)):
            if epoch * steps_per_epoch + b_i < run.step:
                continue  # resumed: these were done
            x, mask = padded([cache[i][0] for i in b], file.hidden)
            starts = torch.tensor([cache[i][1] for i in b])
            ends = torch.tensor([cache[i][2] for i in b])
            loss = span_loss(*model.upper(x, mask), mask, starts, ends)
            run.update(loss)
            running += loss.item()
            if run.step % 50 == 0:
                print(f"epoch {epoch + 1} step {run.step}/{total} loss {running / 50:.3f} ({time.time() - t0:.0f} s)", flush=True)
                running = 0.0
            if run.step % args.checkpoint_steps == 0:
                run.save()
        run.save()
        if not args.no_eval:
            print(f"epoch {epoch + 1}: FacQA valid {evaluate(model, tok, valid, args.max_tokens, args.stride)}", flush=True)
            print(f"epoch {epoch + 1}: FacQA held back {evaluate(model, tok, heldout_eval, args.max_tokens, args.stride)}", flush=True)
    if args.lora:
        merge_lora(model)  # the file holds the layers with their updates folded in: served as any reader
    save_reader(model, args.out, {**({"init": args.init.name} if args.init else {}), "english_passages": str(args.english_passages),
                                  "lora": str(args.lora), "seed": str(args.seed), "order_seed": str(order_seed), "epochs": str(args.epochs), "lr": str(args.lr),
                                  "train_examples": str(len(train)), "steps": str(run.step)})
    print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) after {run.step} steps, {time.time() - t0:.0f} s", flush=True)


if __name__ == "__main__":
    main()
