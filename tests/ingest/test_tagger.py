"""The entity tagger's contract: BIO decoding to character spans, windows, and clear errors."""

from __future__ import annotations

import pytest

from ingest.core.errors import ConfigError
from ingest.tagger import WEIGHTS, Tagger, by_word, decode, token_windows


def test_bio_labels_become_entities_with_their_character_spans():
    text = "Kepala Dinas Sosial Kota Contoh Budi Wiryawan hadir"
    words = text.split()
    offsets, at = [], 0
    for word in words:
        at = text.index(word, at)
        offsets.append((at, at + len(word)))
        at += len(word)
    labels = ["O", "B-organisation", "I-organisation", "I-organisation", "I-organisation", "B-person", "I-person", "O"]
    found = decode(labels, offsets, text)
    assert [(e.kind, e.text) for e in found] == [("organisation", "Dinas Sosial Kota Contoh"), ("person", "Budi Wiryawan")]
    # an I- after O opens an entity; a change of kind closes one
    found = decode(["I-place", "I-person", "O", "O", "O", "O", "O", "O"], offsets, text)
    assert [(e.kind, e.text) for e in found] == [("place", "Kepala"), ("person", "Dinas")]


def test_windows_cover_every_token_and_overlap():
    ranges = token_windows(600, 254, 32)
    covered = set()
    for a, b in ranges:
        assert b - a <= 254
        covered.update(range(a, b))
    assert covered == set(range(600))
    assert all(ranges[i + 1][0] < ranges[i][1] for i in range(len(ranges) - 1))
    assert token_windows(10, 254, 32) == [(0, 10)]


def test_missing_weights_name_the_file_and_how_to_restore_it(tmp_path):
    with pytest.raises(ConfigError, match=r"tagger\.safetensors.*missing.*git checkout"):
        Tagger(tmp_path / "tagger.safetensors").entities("Lapas Contoh")


# Written for this test.
SENTENCE = ("Kepala Lapas Kelas IIA Contoh, Budi Wiryawan, menandatangani perjanjian kerja sama dengan "
            "Dinas Sosial Kabupaten Sukamaju di Kota Sukamaju.")


@pytest.fixture(scope="module")
def tagged():
    if not WEIGHTS.exists():
        pytest.skip("the tagger's weights are not trained yet")
    return {(e.kind, e.text) for e in Tagger().entities(SENTENCE)}


def test_the_bundled_tagger_finds_persons_and_places(tagged):
    assert ("person", "Budi Wiryawan") in tagged
    assert ("place", "Kota Sukamaju") in tagged


def test_the_bundled_tagger_finds_the_field_s_organisations(tagged):
    assert ("organisation", "Dinas Sosial Kabupaten Sukamaju") in tagged
    assert any(kind == "organisation" and name.startswith("Lapas") for kind, name in tagged)


def test_a_word_takes_the_label_of_its_first_piece_and_an_entity_ends_before_punctuation():
    text = "Bupati Balangan, hadir"
    offsets = [(0, 6), (7, 9), (9, 15), (15, 16), (17, 22)]  # "Bupati" "Ba" "langan" "," "hadir"
    labels = by_word(["O", "B-place", "B-organisation", "I-place", "O"], offsets, text)
    assert labels == ["O", "B-place", "I-place", "I-place", "O"]
    assert [(e.kind, e.text) for e in decode(labels, offsets, text)] == [("place", "Balangan")]
