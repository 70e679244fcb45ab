"""Train the entity tagger (ingest/tagger.py): seeded, resumable, CPU-sized.

Data: NERGRIT and NER-P (IndoNLU; `../shared/benchmarks/training/{nergrit,nerp}/train.txt`), their
labels mapped to person (PERSON, PPL), organisation (ORGANISATION, IND) and place (PLACE, PLC); NER-P's
events and food are left out (O). Beside them, the field's own names: the partners, correctional units
and key people of the devset facts of the events the reader also trains on (`train_reader.train_events`,
half of them), found in their documents' sentences (`--field-repeat` times each; the other half of the
events stays for measuring the records). The validation splits are for reporting only: entity F1 (exact
spans and kinds) on each is printed after every epoch.

The lower encoder layers stay frozen and their outputs are cached; a checkpoint is written after every
epoch, and running the script again resumes from it.

    .venv/bin/python scripts/train_tagger.py [--layers 8] [--epochs 3] [--out ingest/data/tagger.safetensors]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.encoder.e5file import read_e5  # noqa: E402
from ingest.encoder.model import E5Encoder, batch  # noqa: E402
from ingest.encoder.tokenizer import E5Tokenizer  # noqa: E402
from ingest.encoder.training import Run, batches, padded  # noqa: E402
from ingest.tagger import LABELS, decode, save_tagger, tagger_model  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from train_reader import DEVSET, devset_facts, train_events  # noqa: E402

TRAINING = ROOT.parent / "shared" / "benchmarks" / "training"
MAP = {"PERSON": "person", "PPL": "person", "ORGANISATION": "organisation", "IND": "organisation",
       "PLACE": "place", "PLC": "place"}


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    sentences, words, labels = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words:
                sentences.append((words, labels))
            words, labels = [], []
            continue
        word, _, label = line.partition("\t")
        prefix, _, kind = label.strip().partition("-")
        mapped = MAP.get(kind)
        words.append(word)
        labels.append(f"{prefix}-{mapped}" if mapped and prefix in ("B", "I") else "O")
    return sentences


def to_text(words: list[str], labels: list[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """Words joined by spaces, and the gold entities as character spans."""
    text, spans = "", []
    for word in words:
        if text:
            text += " "
        spans.append((len(text), len(text) + len(word)))
        text += word
    entities, kind, start, end = [], "", 0, 0
    for (a, b), label in [*zip(spans, labels), ((0, 0), "O")]:
        prefix, _, this = label.partition("-")
        if kind and (prefix != "I" or this != kind):
            entities.append((start, end, kind))
            kind = ""
        if prefix in ("B", "I") and not kind:
            kind, start = this, a
        if kind:
            end = b
    return text, entities


def field_sentences(seed: int) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences of the training events' documents holding a name of their facts, with those names'
    spans: partners and units as organisations, key people as persons (case-insensitive, longest first).
    A sentence where the organisation grammar finds a name none of these covers is left out."""
    import re

    from ingest.clean import clean_text
    from ingest.core.vocabulary import Vocabulary
    from ingest.organisations import organisations
    from ingest.sentences import sentence_spans

    vocab = Vocabulary.load()
    events = train_events(seed)
    out = []
    for fact in devset_facts():
        if fact["id"] not in events:
            continue
        names = [(n, "organisation") for n in [*fact.get("partners", []), *fact.get("correctional_units", [])] if n[:1].isupper()]
        names += [(p["name"], "person") for p in fact.get("key_people", []) if p.get("name")]
        names.sort(key=lambda n: -len(n[0]))
        for doc in fact.get("doc_files", []):
            path = DEVSET / "docs" / doc
            if not path.exists():
                continue
            text = clean_text(path.read_text(encoding="utf-8"))
            for s, e in sentence_spans(text):
                sentence = text[s:e]
                spans: list[tuple[int, int, str]] = []
                for name, kind in names:
                    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sentence, re.I):
                        if not any(a < m.end() and m.start() < b for a, b, _ in spans):
                            spans.append((m.start(), m.end(), kind))
                unlabelled = [m for m in organisations(sentence, vocab) if not any(a < m.end and m.start < b for a, b, _ in spans)]
                if spans and not unlabelled:  # a sentence with a name the facts do not give would teach it as no name
                    out.append((sentence, sorted(spans)))
    return out


def token_labels(tok: E5Tokenizer, text: str, entities: list[tuple[int, int, str]], limit: int) -> tuple[list[int], list[int]]:
    enc = tok.encode(text)
    labels = [0] * len(enc.ids)
    for a, b, kind in entities:
        inside = [i for i, (s, e) in enumerate(enc.offsets) if s < b and e > a]
        for n, i in enumerate(inside):
            labels[i] = LABELS.index(("B-" if n == 0 else "I-") + kind)
    ids = [tok.bos, *enc.ids[: limit - 2], tok.eos]
    return ids, [-100, *labels[: limit - 2], -100]


def f1(model, tok: E5Tokenizer, data: list[tuple[str, list[tuple[int, int, str]]]]) -> dict[str, float]:
    model.eval()
    tp = fp = fn = 0
    for i in range(0, len(data), 32):
        chunk = data[i : i + 32]
        encs = [tok.encode(t) for t, _ in chunk]
        ids, mask = batch([[tok.bos, *e.ids[:254], tok.eos] for e in encs], tok.pad)
        with torch.no_grad():
            logits = model(ids, mask)
        for row, ((text, gold), enc) in enumerate(zip(chunk, encs)):
            n = min(len(enc.ids), 254)
            labels = [LABELS[x] for x in logits[row, 1 : n + 1].argmax(-1).tolist()]
            found = {(e.start, e.end, e.kind) for e in decode(labels, enc.offsets[:n], text)}
            gold_set = set(gold)
            tp += len(found & gold_set)
            fp += len(found - gold_set)
            fn += len(gold_set - found)
    model.train()
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(2 * precision * recall / max(1e-9, precision + recall), 4)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--layers", type=int, default=8)
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-tokens", type=int, default=128)
    ap.add_argument("--limit", type=int, default=0, help="train on this many sentences only (smoke runs)")
    ap.add_argument("--field-repeat", type=int, default=10, help="times each devset field sentence is trained on (0: none)")
    ap.add_argument("--data", type=Path, default=TRAINING)
    ap.add_argument("--checkpoint", type=Path, default=ROOT / "scripts" / ".cache" / "tagger-checkpoint.pt")
    ap.add_argument("--out", type=Path, default=ROOT / "ingest" / "data" / "tagger.safetensors")
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    train = [to_text(w, lab) for name in ("nergrit", "nerp") for w, lab in read_conll(args.data / name / "train.txt")]
    field = field_sentences(args.seed) if args.field_repeat else []
    print(f"field sentences: {len(field)} (x{args.field_repeat})", flush=True)
    train += field * args.field_repeat
    random.Random(args.seed).shuffle(train)
    if args.limit:
        train = train[: args.limit]
    valid = {name: [to_text(w, lab) for w, lab in read_conll(args.data / name / "valid.txt")] for name in ("nergrit", "nerp")}
    file = read_e5()
    tok = E5Tokenizer(file)
    model = tagger_model(E5Encoder(file), args.layers)
    t0 = time.time()
    cache = []
    rows = [token_labels(tok, text, ents, args.max_tokens) for text, ents in train]
    for i in range(0, len(rows), 64):
        chunk = rows[i : i + 64]
        ids, mask = batch([r[0] for r in chunk], tok.pad)
        hidden = model.lower(ids, mask)
        for r, (seq, labels) in enumerate(chunk):
            cache.append((hidden[r, : len(seq)].to(torch.float16).clone(), labels))
    print(f"sentences: {len(train)}; frozen layers cached in {time.time() - t0:.0f} s", flush=True)

    steps_per_epoch = (len(cache) + args.batch - 1) // args.batch
    total = steps_per_epoch * args.epochs
    run = Run(model, args.lr, total, args.checkpoint)
    run.resume()
    model.train()
    t0 = time.time()
    for epoch in range(run.step // steps_per_epoch, args.epochs):
        running = 0.0
        for b_i, b in enumerate(batches([c[0].shape[0] for c in cache], args.batch, args.seed * 1000 + epoch, 16)):
            if epoch * steps_per_epoch + b_i < run.step:
                continue
            x, mask = padded([cache[i][0] for i in b], file.hidden)
            target = torch.full(mask.shape, -100, dtype=torch.long)
            for r, i in enumerate(b):
                target[r, : len(cache[i][1])] = torch.tensor(cache[i][1])
            logits = model.upper(x, mask)
            loss = torch.nn.functional.cross_entropy(logits.reshape(-1, len(LABELS)), target.reshape(-1), ignore_index=-100)
            run.update(loss)
            running += loss.item()
            if run.step % 100 == 0:
                print(f"epoch {epoch + 1} step {run.step}/{total} loss {running / 100:.3f} ({time.time() - t0:.0f} s)", flush=True)
                running = 0.0
        run.save()
        for name, data in valid.items():
            print(f"epoch {epoch + 1}: {name} valid entity {f1(model, tok, data)}", flush=True)
    save_tagger(model, args.out, {"seed": str(args.seed), "epochs": str(args.epochs), "lr": str(args.lr),
                                  "train_sentences": str(len(train)), "steps": str(run.step)})
    print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) after {run.step} steps, {time.time() - t0:.0f} s", flush=True)


if __name__ == "__main__":
    main()
