"""The words that patterns match come from the vocabulary files, not from code: a vocabulary folder
with a word added or taken away changes what is read (sentences written for the test)."""

import shutil
from pathlib import Path

import pytest

from assistant.question import asked_head, is_followup
from ingest.core.types import Document
from ingest.core.vocabulary import DEFAULT_FOLDER, Vocabulary
from ingest.records import extract_record


@pytest.fixture
def folder(tmp_path) -> Path:
    copy = tmp_path / "vocabulary"
    shutil.copytree(DEFAULT_FOLDER, copy)
    return copy


def _append(folder: Path, file: str, line: str) -> Vocabulary:
    with (folder / file).open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    return Vocabulary.load(folder)


def test_agreement_kinds_are_read_in_file_order(folder):
    vocab = Vocabulary.load(folder)
    assert vocab.agreement_kind("Kedua pihak meneken MoU Induk dan MoU turunan.") == "MoU Induk"
    assert vocab.agreement_kind("Kedua pihak meneken PKS tentang pelatihan.") == "Perjanjian Kerja Sama (PKS)"
    vocab = _append(folder, "agreement_kinds.tsv", "piagam kerja sama\tPiagam Kerja Sama")
    assert vocab.agreement_kind("Kedua pihak meneken piagam kerja sama.") == "Piagam Kerja Sama"


def test_the_place_of_signing_starts_with_a_venue_word_of_the_vocabulary(folder):
    text = ("Lapas Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan Dinas Sosial Kabupaten Sukamaju "
            "di Pendapa Agung Sukamaju pada 3 Maret 2025.")
    document = Document(id="d", source="a.txt", title="t", outlet="", date="2025-03-03", kind="article", language="id",
                        text=text)
    assert extract_record(document, Vocabulary.load(folder)).place == ""
    vocab = _append(folder, "signing_words.tsv", "Pendapa\tvenue head")
    assert extract_record(document, vocab).place == "Pendapa Agung Sukamaju"


def test_follow_ups_and_list_heads_are_read_with_the_vocabulary_words(folder):
    vocab = Vocabulary.load(folder)
    assert not is_followup("Selanjutnya kapan ditandatangani?", vocab)
    assert asked_head("Lembaga mana saja yang bekerja sama?", vocab) == ("Lembaga ", "mana")
    vocab = _append(folder, "asked_nouns.tsv", "selanjutnya\tfollowup opener")
    assert is_followup("Selanjutnya kapan ditandatangani?", vocab)


def test_the_small_words_of_names_come_from_the_vocabulary(folder):
    from ingest.organisations import organisations

    text = "Lapas Contoh bekerja sama dengan Badan Penelitian dan Pengembangan Daerah Sukamaju."
    assert [m.name for m in organisations(text, Vocabulary.load(folder))][-1] == "Badan Penelitian dan Pengembangan Daerah Sukamaju"
    rows = (folder / "name_words.tsv").read_text(encoding="utf-8").splitlines()
    (folder / "name_words.tsv").write_text("\n".join(r for r in rows if not r.startswith("dan\t")) + "\n", encoding="utf-8")
    assert [m.name for m in organisations(text, Vocabulary.load(folder))][-1] == "Badan Penelitian"


def test_a_sentence_read_for_the_sectors_has_a_sector_scope_word_of_the_vocabulary(folder):
    text = ("Lapas Teken PKS\nLapas Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan Yayasan Contoh "
            "pada 3 Maret 2025.\nKegiatan yang disepakati berupa rehabilitasi narkoba bagi warga binaan.")
    document = Document(id="d", source="a.txt", title="t", outlet="", date="2025-03-03", kind="article", language="id",
                        text=text)
    assert extract_record(document, Vocabulary.load(folder)).sectors == []
    vocab = _append(folder, "list_words.tsv", "disepakati\tsector scope")
    assert extract_record(document, vocab).sectors != []


def test_the_qualifiers_a_lead_keeps_come_from_the_vocabulary(folder):
    from assistant.bounds import bounded
    from assistant.reader import Span

    text = "Bengkel itu melatih kisaran 30 warga binaan setiap bulan."
    start = text.index("30")
    span = Span(0, start, start + len("30 warga binaan"), "30 warga binaan", 5.0, 0.0)
    assert bounded(span, text, Vocabulary.load(folder)).text == "30 warga binaan"
    vocab = _append(folder, "qualifiers.tsv", "kisaran\tbound\tabout")
    assert bounded(span, text, vocab).text == "kisaran 30 warga binaan"


def test_an_indonesian_question_searches_the_english_terms_of_its_phrases_too():
    vocab = Vocabulary.load()
    english = vocab.glossary.back("Siapa Kepala Kantor Wilayah Ditjenpas Sumatera Utara?")
    assert "regional office" in english and "north sumatra" in english
    assert vocab.glossary.back("Berapa nilai proyek jalan itu?") == []


def test_the_short_forms_that_end_no_sentence_come_from_the_vocabulary():
    """The sentence splitter's abbreviations are abbreviations.tsv's: "AKBP." and "Moh." end no sentence."""
    from ingest.core.vocabulary import word_groups
    from ingest.sentences import _ABBREVIATIONS, sentence_spans

    assert _ABBREVIATIONS == {w for forms in word_groups("abbreviations.tsv").values() for w in forms}
    text = "Hadir Kapolres AKBP. Contoh Wirawan dan Moh. Contoh Ali. Acara selesai."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Hadir Kapolres AKBP. Contoh Wirawan dan Moh. Contoh Ali.", "Acara selesai."]
