"""The reader's training data files parse into the examples the README describes (scripts/train_reader.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scripts import script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def train_reader():
    with script("train_reader") as module:
        yield module


def rows(module):
    # Written for this test: row 1 has an answer span, row 0 has none.
    passage = "Kepala Dinas Sosial Kabupaten Contoh, Budi Wiryawan, membuka pelatihan itu."
    a = passage.index("Budi Wiryawan")
    return [None, module.Example("Siapa yang membuka pelatihan itu?", passage, (a, a + len("Budi Wiryawan")), "facqa")]


def test_an_english_rendering_is_read_with_the_rows_indonesian_and_english_questions(train_reader, tmp_path):
    english = tmp_path / "en.tsv"
    english.write_text("# questions\n1\tWho opened the training?\n", encoding="utf-8")
    rendered = tmp_path / "passages.tsv"
    rendered.write_text("# passages\n1\tThe head of the Contoh Regency Social Office, [[Budi Wiryawan]], opened the training.\n",
                        encoding="utf-8")
    out = train_reader.english_passages(rows(train_reader), path=rendered, english=english)
    assert [e.question for e in out] == ["Siapa yang membuka pelatihan itu?", "Who opened the training?"]
    for e in out:
        assert e.passage == "The head of the Contoh Regency Social Office, Budi Wiryawan, opened the training."
        assert e.passage[e.answer[0] : e.answer[1]] == "Budi Wiryawan"


@pytest.mark.parametrize("line, error", [
    ("1\tThe head of the office opened the training.", r"passages\.tsv:1: row 1 needs one answer marked"),
    ("1\t[[Budi]] and [[Wiryawan]] opened it.", r"passages\.tsv:1: row 1 needs one answer marked"),
    ("0\t[[Budi Wiryawan]] opened the training.", r"passages\.tsv:1: row 0 needs .* a FacQA answer span"),
    ("1\t[[Budi Wiryawan]] opened the training.", r"passages\.tsv:1: row 1's passage is held back"),
])
def test_a_bad_rendering_names_its_file_line_and_what_to_mend(train_reader, tmp_path, line, error):
    english = tmp_path / "en.tsv"
    english.write_text("", encoding="utf-8")
    rendered = tmp_path / "passages.tsv"
    rendered.write_text(line + "\n", encoding="utf-8")
    held = {1} if "held back" in error else set()
    with pytest.raises(ValueError, match=error):
        train_reader.english_passages(rows(train_reader), held=held, path=rendered, english=english)


def test_the_shipped_renderings_parse_and_hold_their_answers(train_reader):
    """Every line of scripts/data/facqa-train-en-passages.tsv marks one answer in a row that has one."""
    facqa = ROOT.parent / "shared" / "benchmarks" / "training" / "facqa" / "train.csv"
    if not facqa.is_file():
        pytest.skip("FacQA train is not beside the checkout")
    out = train_reader.english_passages(train_reader.load_facqa(facqa))
    assert len(out) >= 2 * 190
    assert all(e.answer and e.passage[e.answer[0] : e.answer[1]].strip() for e in out)
