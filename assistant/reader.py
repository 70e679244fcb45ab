"""The extractive reader: which span of a passage answers a question, or none.

A span head (start / end logits) on the e5 encoder (`ingest.encoder`), SQuAD 2.0 style: the `<s>`
token's start + end score is the "no answer" candidate, so a decline is a decision with a number
behind it (`margin = span score - no-answer score`). The lower layers are the package's encoder as
shipped; the upper `trained_layers` layers and the head were fine-tuned by `scripts/train_reader.py`
and ship as one small file (`assistant/data/reader.safetensors`: matrices int8 with a scale per row,
the rest float16), loaded once in `warm_up()`.

Long passages are read in overlapping windows (`max_tokens`, `stride`), never truncated; span scores
are raw logits, comparable across passages.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from ingest.core.errors import ReaderUnavailable
from ingest.encoder.e5file import read_e5
from ingest.encoder.heads import HeadModel, for_serving, read_head, save_head
from ingest.encoder.model import E5Encoder, batch
from ingest.encoder.tokenizer import E5Tokenizer

WEIGHTS = Path(__file__).parent / "data" / "reader.safetensors"
FORMAT = "kerjasama-reader"
VERSION = "1"
PRECISIONS = ("fp32", "bf16", "auto")  # bf16: matrix products in bfloat16 (autocast), LayerNorms and softmax in float32
RESTORE = "git checkout -- assistant/data/reader.safetensors (or retrain: .venv/bin/python scripts/train_reader.py)"


@dataclass(frozen=True)
class Span:
    passage: int  # index into the passages read
    start: int  # character offsets into that passage
    end: int
    text: str
    score: float  # start + end logit
    no_answer: float  # the no-answer score of the window it was read in

    @property
    def margin(self) -> float:
        return self.score - self.no_answer


class ReaderModel(HeadModel):
    """The encoder with a start / end head (two outputs per token)."""

    def __init__(self, encoder: E5Encoder, trained_layers: int) -> None:
        super().__init__(encoder, trained_layers, 2)

    def upper(self, x: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:  # type: ignore[override]
        logits = super().upper(x, mask)
        return logits[..., 0], logits[..., 1]


def span_loss(start: torch.Tensor, end: torch.Tensor, mask: torch.Tensor, starts: torch.Tensor, ends: torch.Tensor) -> torch.Tensor:
    """Cross-entropy of the gold start and end tokens (index 0, `<s>`, for "no answer")."""
    start = start.masked_fill(mask == 0, -1e4)
    end = end.masked_fill(mask == 0, -1e4)
    return (nn.functional.cross_entropy(start, starts) + nn.functional.cross_entropy(end, ends)) / 2


def save_reader(model: ReaderModel, path: Path, metadata: dict[str, str]) -> None:
    save_head(model, path, FORMAT, VERSION, "scripts/train_reader.py", metadata)


def soup_readers(paths: list[Path], out: Path, weights: list[float] | None = None) -> None:
    """One reader whose trained weights are the mean of several readers' ("model soup"): readers
    fine-tuned from the same encoder with the same recipe and other seeds or examples, averaged
    weight by weight, answer better than each alone (README, "The reader"). Same shape or ValueError.
    `weights` count a file as that many readers: a soup of three with a fourth reader is `[3, 1]`."""
    if len(paths) < 2:
        raise ValueError("a soup needs two reader files or more")
    weights = weights or [1.0] * len(paths)
    if len(weights) != len(paths) or any(w <= 0 for w in weights):
        raise ValueError(f"{len(weights)} weights for {len(paths)} reader files: give one positive weight per file")
    read = []
    for path in paths:
        try:
            read.append(read_head(path, FORMAT))
        except ValueError as exc:
            raise ValueError(f"the reader weights {path} {exc}") from exc
    (meta, first), rest = read[0], read[1:]
    for path, (m, state) in zip(paths[1:], rest):
        if m["trained_layers"] != meta["trained_layers"] or state.keys() != first.keys() or any(
                state[k].shape != first[k].shape for k in first):
            raise ValueError(f"{path} is not a reader of the same shape as {paths[0]}; only readers of one recipe average")
    mean = {k: sum(w * state[k] for w, (_, state) in zip(weights, read)) / sum(weights) for k in first}
    model = ReaderModel(E5Encoder(read_e5()), int(meta["trained_layers"]))
    model.load_trained_state(mean)
    kept = {k: meta[k] for k in ("seed", "epochs", "lr") if k in meta}
    parts = [f"{p.name} ({m.get('order_seed', m.get('seed', '?'))})" + (f" x{w:g}" if w != 1 else "")
             for p, (m, _), w in zip(paths, read, weights)]
    save_reader(model, out, {**kept, "soup": ", ".join(parts)})


def load_reader(path: Path = WEIGHTS, encoder: E5Encoder | None = None) -> ReaderModel:
    """The reader from its weights file; a missing or damaged file is a ReaderUnavailable naming it."""
    try:
        meta, state = read_head(path, FORMAT)
    except ValueError as exc:
        raise ReaderUnavailable(f"the reader weights {path} {exc}; restore them: {RESTORE}") from exc
    model = ReaderModel(encoder or E5Encoder(read_e5()), int(meta["trained_layers"]))
    if not model.load_trained_state(state):
        raise ReaderUnavailable(f"the reader weights {path} do not fit this encoder (keys or shapes differ); restore them: {RESTORE}")
    model.eval()
    model.requires_grad_(False)
    return model


@dataclass(frozen=True)
class Window:
    ids: list[int]
    offsets: list[tuple[int, int] | None]  # per token, characters of the passage (None: question, specials)


def windows(tokenizer: E5Tokenizer | _Remembered, question: str, passage: str, max_tokens: int, stride: int,
            max_question: int = 64) -> list[Window]:
    """`<s> query: Q </s> passage: P[a:b] </s>` for overlapping stretches of the passage's tokens."""
    q = tokenizer.encode("query: " + question).ids[:max_question]
    prefix = [tokenizer.bos, *q, tokenizer.eos, *tokenizer.encode("passage:").ids]
    enc = tokenizer.encode(passage)
    room = max(16, max_tokens - len(prefix) - 1)
    out = []
    start = 0
    while True:
        ids, offs = enc.ids[start : start + room], enc.offsets[start : start + room]
        out.append(Window([*prefix, *ids, tokenizer.eos], [None] * len(prefix) + list(offs) + [None]))
        if start + room >= len(enc.ids):
            return out
        start += max(1, room - stride)


class _Remembered:
    """A tokenizer that keeps the encodings of the texts it last encoded: one answer reads the same
    passages more than once (each part of a two-part question, the sentences read again), and a
    popular passage is read by many questions; each is tokenized once. Thread-safe (`lru_cache`)."""

    def __init__(self, tokenizer: E5Tokenizer, size: int = 1024) -> None:
        self.bos, self.eos, self.pad = tokenizer.bos, tokenizer.eos, tokenizer.pad
        self.encode = functools.lru_cache(maxsize=size)(tokenizer.encode)


class Reader:
    """Reads passages for a question and returns scored spans, best (highest margin) first."""

    def __init__(self, path: Path = WEIGHTS, max_tokens: int = 256, stride: int = 64, max_answer_tokens: int = 40,
                 quantise: bool = False, precision: str = "auto") -> None:
        if precision not in PRECISIONS:
            raise ValueError(f"reader precision {precision!r}: use one of {', '.join(PRECISIONS)}")
        self.path, self.max_tokens, self.stride, self.max_answer_tokens, self.quantise = path, max_tokens, stride, max_answer_tokens, quantise
        self.precision = resolve_precision(precision)
        self._model: ReaderModel | None = None
        self._tokenizer: _Remembered | None = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        with self._lock:
            if self._model is None:
                file = read_e5()
                model = load_reader(self.path, E5Encoder(file))
                self._tokenizer, self._model = _Remembered(E5Tokenizer(file)), for_serving(model, self.quantise)

    def read(self, question: str | Sequence[str], passages: list[str], top_k: int = 5) -> list[Span]:
        """The best `top_k` spans of the passages for the question, or for each passage its own
        wording of the question (a sequence as long as `passages`)."""
        self.warm_up()
        assert self._model is not None and self._tokenizer is not None
        asked = [question] * len(passages) if isinstance(question, str) else list(question)
        if len(asked) != len(passages):
            raise ValueError(f"{len(asked)} questions for {len(passages)} passages: give one question, or one per passage")
        items = [(p, w) for p, text in enumerate(passages) for w in windows(self._tokenizer, asked[p], text, self.max_tokens, self.stride)]
        if not items:
            return []
        ids, mask = batch([w.ids for _, w in items], self._tokenizer.pad)
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.precision == "bf16"):
            start, end = self._model(ids, mask)
        start, end = start.float(), end.float()
        spans: list[Span] = []
        for row, (p, w) in enumerate(items):
            spans.extend(_decode(start[row], end[row], w, p, passages[p], self.max_answer_tokens, top_k))
        spans.sort(key=lambda s: -s.margin)  # margins compare across windows; raw scores measured worse
        seen, best = set(), []
        for s in spans:
            if (s.passage, s.start, s.end) not in seen:
                seen.add((s.passage, s.start, s.end))
                best.append(s)
        return best[:top_k]


def resolve_precision(precision: str) -> str:
    """"auto" is bf16 where the CPU multiplies bfloat16 natively (AVX512-BF16, AMX), else fp32: emulated,
    bf16 is slower than fp32."""
    if precision != "auto":
        return precision
    native = getattr(torch.cpu, "_is_avx512_bf16_supported", lambda: False)() or getattr(torch.cpu, "_is_amx_tile_supported", lambda: False)()
    return "bf16" if native else "fp32"


def _decode(start: torch.Tensor, end: torch.Tensor, window: Window, passage: int, text: str, max_len: int, top_k: int) -> list[Span]:
    valid = torch.tensor([o is not None for o in window.offsets] + [False] * (start.shape[0] - len(window.offsets)))
    null = float(start[0] + end[0])
    s = start.masked_fill(~valid, -1e9)
    e = end.masked_fill(~valid, -1e9)
    scores = s[:, None] + e[None, :]
    n = scores.shape[0]
    band = torch.ones(n, n, dtype=torch.bool).triu().tril(max_len - 1)
    scores = scores.masked_fill(~band, -1e9)
    flat = scores.flatten()
    k = min(top_k, int(valid.sum()) * max_len) or 1
    out = []
    for idx in torch.topk(flat, k).indices.tolist():
        i, j = divmod(idx, n)
        score = float(flat[idx])
        if score <= -1e8:
            break
        a, b = whole_words(text, window.offsets[i][0], window.offsets[j][1])
        out.append(Span(passage, a, b, text[a:b], score, null))
    return out


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened so that it cuts no word: a span ending on the piece "Pol" of "Polres"
    is "Polres", and no token its inner marks join ("W.12-UM.01", "12/KP/2024", "Al-Ikhlas", "Pa'jukukang"); an
    opening bracket or quote left without its closing one is dropped, and a closing one without its
    opening one ("WTO)" → "WTO")."""
    def joined(i: int) -> bool:  # text[i] is a word character or a mark between two of them
        return 0 <= i < len(text) and (text[i].isalnum() or (
            text[i] in _INNER_MARKS and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()))

    while start > 0 and joined(start - 1) and joined(start):
        start -= 1
    while end < len(text) and end > 0 and joined(end) and joined(end - 1):
        end += 1
    while start < end and text[start] in "([\"“'" and text[start + 1 : end].count(_CLOSING.get(text[start], text[start])) == 0:
        start += 1
    while end > start and text[end - 1] in ")]”" and text[start : end - 1].count(_OPENING[text[end - 1]]) == 0:
        end -= 1
    return start, end


_CLOSING = {"(": ")", "[": "]", "“": "”"}
_OPENING = {v: k for k, v in _CLOSING.items()}
_INNER_MARKS = ".-/'’"  # marks that join the parts of one token when no space stands beside them ("cooperative's", "Pa'jukukang")
