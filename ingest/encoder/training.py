"""What the training scripts of encoder heads share: optimiser, schedule, resumable checkpoints and
length-bucketed batches. Used by `scripts/train_reader.py` and `scripts/train_tagger.py`, never at run time."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import torch

from ingest.encoder.heads import HeadModel


class Run:
    """AdamW with warm-up (a tenth of the steps) and linear decay; a checkpoint after `save()`."""

    def __init__(self, model: HeadModel, lr: float, total_steps: int, checkpoint: Path) -> None:
        self.model, self.checkpoint, self.step = model, checkpoint, 0
        self.params = [p for p in model.parameters() if p.requires_grad]
        self.opt = torch.optim.AdamW(self.params, lr=lr, weight_decay=0.01)
        warm = max(1, total_steps // 10)
        self.sched = torch.optim.lr_scheduler.LambdaLR(
            self.opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total_steps - s) / total_steps))

    def resume(self) -> None:
        if not self.checkpoint.exists():
            return
        state = torch.load(self.checkpoint, weights_only=False)
        if not self.model.load_trained_state(state["model"]):
            sys.exit(f"{self.checkpoint} is a checkpoint of another model shape (--layers?); move it away to start afresh")
        self.opt.load_state_dict(state["opt"])
        self.sched.load_state_dict(state["sched"])
        self.step = state["step"]
        print(f"resumed at step {self.step}", flush=True)

    def update(self, loss: torch.Tensor) -> None:
        self.opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.params, 1.0)
        self.opt.step()
        self.sched.step()
        self.step += 1

    def save(self) -> None:
        self.checkpoint.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.checkpoint.with_suffix(".tmp")
        torch.save({"model": self.model.trained_state(), "opt": self.opt.state_dict(), "sched": self.sched.state_dict(),
                    "step": self.step}, tmp)
        tmp.replace(self.checkpoint)


def batches(lengths: list[int], size: int, seed: int, bucket: int) -> list[list[int]]:
    """Indices in batches of similar length (shuffled within a length bucket), the batches shuffled."""
    order = list(range(len(lengths)))
    random.Random(seed).shuffle(order)
    order.sort(key=lambda i: lengths[i] // bucket)
    out = [order[i : i + size] for i in range(0, len(order), size)]
    random.Random(seed).shuffle(out)
    return out


def padded(hidden: list[torch.Tensor], width_of: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Cached float16 hidden states `[n_i, H]` → a float32 batch `[B, T, H]` and its mask."""
    width = max(h.shape[0] for h in hidden)
    x = torch.zeros(len(hidden), width, width_of)
    mask = torch.zeros(len(hidden), width, dtype=torch.long)
    for r, h in enumerate(hidden):
        x[r, : h.shape[0]] = h.to(torch.float32)
        mask[r, : h.shape[0]] = 1
    return x, mask


LORA_TARGETS = ("q", "k", "v", "o", "fi", "fo")  # every matrix of a layer


class LoRALinear(torch.nn.Module):
    """A frozen linear layer plus a trained low-rank update `B A` (LoRA, Hu et al. 2021): the layer's
    output is `W x + b + (alpha / rank) B A x`, `B` starting at zero so training starts from the encoder
    as shipped."""

    def __init__(self, base: torch.nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.base, self.scale = base, alpha / rank
        base.requires_grad_(False)
        self.a = torch.nn.Parameter(torch.randn(rank, base.in_features) / base.in_features ** 0.5)
        self.b = torch.nn.Parameter(torch.zeros(base.out_features, rank))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.a.T @ self.b.T) * self.scale

    def merged(self) -> torch.nn.Linear:
        with torch.no_grad():
            self.base.weight += (self.b @ self.a) * self.scale
        return self.base


def add_lora(model: HeadModel, rank: int, alpha: float) -> None:
    """Freeze the model's trained layers and give each of their matrices a LoRA update; the head stays
    trained in full. `merge_lora` folds the updates back, so the saved file is a plain head file."""
    for layer in model.encoder.layers[model.split :]:
        layer.requires_grad_(False)
        for name in LORA_TARGETS:
            setattr(layer, name, LoRALinear(getattr(layer, name), rank, alpha))


def merge_lora(model: HeadModel) -> None:
    for layer in model.encoder.layers[model.split :]:
        for name in LORA_TARGETS:
            module = getattr(layer, name)
            if isinstance(module, LoRALinear):
                setattr(layer, name, module.merged())
