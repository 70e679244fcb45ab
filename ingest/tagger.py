"""The entity tagger: persons, organisations and places in a text, with their character spans.

A token-classification head (BIO over PER / ORG / LOC) on the e5 encoder (`ingest.encoder`), its
upper layers fine-tuned by `scripts/train_tagger.py` on human-labelled Indonesian news (NERGRIT and
NER-P, IndoNLU) and shipped as one small file beside this module (`ingest/data/tagger.safetensors`).
Long texts are read in overlapping windows, never truncated; a token takes the label of the window in
which it lies furthest from an edge.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import torch
from torch import nn

from ingest.core.errors import ConfigError
from ingest.encoder.e5file import read_e5
from ingest.encoder.heads import HeadModel, for_serving, load_head, save_head
from ingest.encoder.model import E5Encoder, batch
from ingest.encoder.tokenizer import E5Tokenizer

WEIGHTS = Path(__file__).parent / "data" / "tagger.safetensors"
FORMAT = "kerjasama-tagger"
VERSION = "1"
KINDS = ("person", "organisation", "place")
LABELS = ("O", *(f"{p}-{k}" for k in KINDS for p in ("B", "I")))
RESTORE = "git checkout -- ingest/data/tagger.safetensors (or retrain: .venv/bin/python scripts/train_tagger.py)"


@dataclass(frozen=True)
class Entity:
    kind: str  # person, organisation, place
    start: int
    end: int
    text: str


def tagger_model(encoder: E5Encoder, trained_layers: int) -> HeadModel:
    return HeadModel(encoder, trained_layers, len(LABELS))


def save_tagger(model: HeadModel, path: Path, metadata: dict[str, str]) -> None:
    save_head(model, path, FORMAT, VERSION, "scripts/train_tagger.py", metadata)


def token_windows(n: int, size: int, stride: int) -> list[tuple[int, int]]:
    """[a, b) ranges of at most `size` tokens covering 0..n, consecutive ones overlapping by `stride`."""
    out, start = [], 0
    while True:
        out.append((start, min(n, start + size)))
        if start + size >= n:
            return out
        start += size - stride


def by_word(labels: list[str], offsets: list[tuple[int, int]], text: str) -> list[str]:
    """One label per word: a word's first piece decides for all of its pieces ("Ba" + "langan" are one
    word, labelled as "Ba" is); a piece is a word's first when white space comes before it."""
    out: list[str] = []
    for i, (label, (a, _)) in enumerate(zip(labels, offsets)):
        if i == 0 or text[offsets[i - 1][1] : a].strip() != "" or a > offsets[i - 1][1] or not out:
            out.append(label)
        else:
            kind = out[-1].partition("-")[2]
            out.append(f"I-{kind}" if kind else "O")
    return out


_TRAILING = " ,.;:\"'”’"


def decode(labels: list[str], offsets: list[tuple[int, int]], text: str) -> list[Entity]:
    """BIO labels per token → entities; an I- after O or another kind opens an entity too. An entity
    does not end with punctuation that follows its last word ("Balangan," → "Balangan")."""
    found: list[Entity] = []
    kind, start, end = "", 0, 0
    for label, (a, b) in [*zip(labels, offsets), ("O", (0, 0))]:
        prefix, _, this = label.partition("-")
        if kind and (prefix != "I" or this != kind):
            while end > start and text[end - 1] in _TRAILING and text[start:end].count("(") <= text[start : end - 1].count(")"):
                end -= 1
            found.append(Entity(kind, start, end, text[start:end]))
            kind = ""
        if prefix in ("B", "I") and not kind:
            kind, start = this, a
        if kind:
            end = b
    return [e for e in found if e.text.strip()]


@lru_cache(maxsize=2)
def _load(path: Path, quantise: bool) -> tuple[E5Tokenizer, nn.Module]:
    """The weights of one file, loaded once per process however many Taggers ask (a nightly sync
    builds a new ingester per run; the tests build many)."""
    file = read_e5()
    try:
        model: nn.Module = load_head(path, FORMAT, E5Encoder(file))
    except ValueError as exc:
        raise ConfigError(f"the tagger weights {path} {exc}; restore them: {RESTORE}") from exc
    return E5Tokenizer(file), for_serving(model, quantise)


class Tagger:
    def __init__(self, path: Path = WEIGHTS, max_tokens: int = 256, stride: int = 32, quantise: bool = False) -> None:
        self.path, self.max_tokens, self.stride, self.quantise = path, max_tokens, stride, quantise
        self._model: nn.Module | None = None
        self._tokenizer: E5Tokenizer | None = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        with self._lock:
            if self._model is None:
                self._tokenizer, self._model = _load(self.path, self.quantise)

    def entities(self, text: str) -> list[Entity]:
        self.warm_up()
        assert self._model is not None and self._tokenizer is not None
        tok = self._tokenizer
        enc = tok.encode(text)
        if not enc.ids:
            return []
        ranges = token_windows(len(enc.ids), self.max_tokens - 2, self.stride)
        ids, mask = batch([[tok.bos, *enc.ids[a:b], tok.eos] for a, b in ranges], tok.pad)
        with torch.inference_mode():
            logits = self._model(ids, mask)
        best = [(-1, 0)] * len(enc.ids)  # per token: its distance from a window edge, its label
        for row, (a, b) in enumerate(ranges):
            labels = logits[row, 1 : b - a + 1].argmax(-1).tolist()
            for i, label in enumerate(labels):
                room = min(i, b - a - 1 - i)
                if room > best[a + i][0]:
                    best[a + i] = (room, label)
        return decode(by_word([LABELS[label] for _, label in best], enc.offsets, text), enc.offsets, text)
