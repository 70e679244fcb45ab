"""A linear head on the e5 encoder with its upper layers fine-tuned, and the small file it ships as.

The shape of `transformers`' `*ForQuestionAnswering` / `*ForTokenClassification`: one linear layer
over the hidden states. The lower layers stay the package's encoder as shipped (their outputs can be
computed once and cached while training); the upper `trained_layers` layers and the head are what
training changes, and only they are saved: matrices as int8 with a float16 scale per row, the rest
float16, in a safetensors file whose metadata names its format, version and training script.
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from ingest.encoder.e5file import read_e5
from ingest.encoder.model import E5Encoder


class HeadModel(nn.Module):
    def __init__(self, encoder: E5Encoder, trained_layers: int, outputs: int) -> None:
        super().__init__()
        if not 0 <= trained_layers <= len(encoder.layers):
            raise ValueError(f"trained_layers must be 0..{len(encoder.layers)}, not {trained_layers}")
        self.encoder = encoder
        self.split = len(encoder.layers) - trained_layers
        for layer in encoder.layers[self.split :]:
            layer.requires_grad_(True)
        self.head = nn.Linear(encoder.hidden, outputs)
        nn.init.normal_(self.head.weight, std=0.02)
        nn.init.zeros_(self.head.bias)

    @property
    def trained_layers(self) -> int:
        return len(self.encoder.layers) - self.split

    def trained_state(self) -> dict[str, torch.Tensor]:
        state = {f"layers.{i}.{k}": v for i in range(self.split, len(self.encoder.layers))
                 for k, v in self.encoder.layers[i].state_dict().items()}
        state.update({f"head.{k}": v for k, v in self.head.state_dict().items()})
        return state

    def load_trained_state(self, state: dict[str, torch.Tensor]) -> bool:
        """Copy a trained state in; False when its keys or shapes do not fit this model."""
        expected = self.trained_state()
        if set(state) != set(expected) or any(state[k].shape != expected[k].shape for k in expected):
            return False
        with torch.no_grad():
            for key, value in state.items():
                expected[key].copy_(value.to(torch.float32))
        return True

    @torch.no_grad()
    def lower(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Hidden states after the frozen layers."""
        x = self.encoder.embeddings(ids)
        attn = mask.bool()[:, None, None, :]
        for layer in self.encoder.layers[: self.split]:
            x = layer(x, attn)
        return x

    def upper(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The head's logits `[B, T, outputs]` from the frozen layers' output."""
        attn = mask.bool()[:, None, None, :]
        for layer in self.encoder.layers[self.split :]:
            x = layer(x, attn)
        return self.head(x)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.upper(self.lower(ids, mask), mask)


def save_head(model: HeadModel, path: Path, fmt: str, version: str, script: str, metadata: dict[str, str]) -> None:
    from safetensors.torch import save_file

    state = {}
    for key, value in model.trained_state().items():
        value = value.detach().to(torch.float32)
        if value.ndim == 2:  # matrices as int8 with a float16 scale per row: half the size of float16
            scale = (value.abs().amax(dim=1, keepdim=True) / 127).clamp(min=1e-12)
            state[key + ".q8"] = torch.round(value / scale).to(torch.int8).contiguous()
            state[key + ".scale"] = scale.to(torch.float16).contiguous()
        else:
            state[key] = value.to(torch.float16).contiguous()
    meta = {"format": fmt, "version": version, "trained_layers": str(model.trained_layers),
            "outputs": str(model.head.out_features), "script": script, **metadata}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    save_file(state, str(tmp), metadata=meta)
    tmp.replace(path)


def read_head(path: Path, fmt: str) -> tuple[dict[str, str], dict[str, torch.Tensor]]:
    """The metadata and the float32 state of a head file. Raises ValueError naming what is wrong."""
    from safetensors import SafetensorError, safe_open

    if not path.is_file():
        raise ValueError("missing")
    try:
        with safe_open(str(path), framework="pt") as f:
            meta = f.metadata() or {}
            stored = {k: f.get_tensor(k) for k in f.keys()}
        state = {k: v for k, v in stored.items() if not k.endswith((".q8", ".scale"))}
        for key in [k[: -len(".q8")] for k in stored if k.endswith(".q8")]:
            state[key] = stored[key + ".q8"].to(torch.float32) * stored[key + ".scale"].to(torch.float32)
    except (SafetensorError, OSError, KeyError) as exc:
        raise ValueError(f"cannot be read ({exc})") from exc
    if meta.get("format") != fmt or not meta.get("trained_layers", "").isdigit() or "head.weight" not in state:
        raise ValueError(f"is not a {fmt} file")
    meta.setdefault("outputs", str(state["head.weight"].shape[0]))
    return meta, state


def load_head(path: Path, fmt: str, encoder: E5Encoder | None = None) -> HeadModel:
    """A HeadModel from its file, in eval mode; ValueError says what is wrong with the file."""
    meta, state = read_head(path, fmt)
    model = HeadModel(encoder or E5Encoder(read_e5()), int(meta["trained_layers"]), int(meta["outputs"]))
    if not model.load_trained_state(state):
        raise ValueError("does not fit this encoder (keys or shapes differ)")
    model.eval()
    model.requires_grad_(False)
    return model


def for_serving(model: nn.Module, quantise: bool) -> nn.Module:
    """The model as served: as trained, or with int8 dynamic quantisation of its linear layers (about
    twice as fast; it cost the reader a third of its leads, so both users keep it off by default)."""
    if not quantise:
        return model
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch 2.13 flags the eager API as deprecated, not removed
        return torch.ao.quantization.quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)
