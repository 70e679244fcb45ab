from pathlib import Path

from ingest.chunk import chunk_document
from ingest.core.types import Document, Page, document_id
from ingest.load import join_pages, load_document
from ingest.sentences import sentence_spans
from tests.vocab import VOCAB

ROOT = Path(__file__).resolve().parents[2]


def test_sentences_keep_initials_titles_and_abbreviations_inside():
    text = "Kepala Kanwil, M. Contoh Wiryawan, hadir. Dr. Wiryawan membuka acara. PT. Sinar Tani ikut."
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == ["Kepala Kanwil, M. Contoh Wiryawan, hadir.", "Dr. Wiryawan membuka acara.", "PT. Sinar Tani ikut."]


def test_a_health_worker_s_title_ends_no_sentence():
    text = "Puskesmas diwakili oleh Kepala UPT Puskesmas, drg. Nur Aini, dan apoteker Apt. Dewi Lestari. Klinik buka pagi."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Puskesmas diwakili oleh Kepala UPT Puskesmas, drg. Nur Aini, dan apoteker Apt. Dewi Lestari.", "Klinik buka pagi."]


def test_a_given_name_s_short_form_ends_no_sentence():
    text = "1. ANDI MUH. SALEH, selaku Kepala Rutan Kelas IIB Bulukumba. Moh. Contoh Ali hadir. Abd. Rahim ikut."
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == ["1. ANDI MUH. SALEH, selaku Kepala Rutan Kelas IIB Bulukumba.", "Moh. Contoh Ali hadir.", "Abd. Rahim ikut."]


def test_a_month_s_short_form_before_its_day_ends_no_sentence():
    text = "SENGKANG, South Sulawesi (Dec. 16, 2026) — The detention centre signed an agreement. It runs two years."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "SENGKANG, South Sulawesi (Dec. 16, 2026) — The detention centre signed an agreement.", "It runs two years."]


def test_sentences_end_after_a_closing_quote():
    text = "“Ini langkah nyata,” ujar Mashudi. Kerja sama berlaku lima tahun."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["“Ini langkah nyata,” ujar Mashudi.", "Kerja sama berlaku lima tahun."]


def test_a_thousands_group_set_off_by_a_space_does_not_end_a_sentence():
    text = "Cakupannya mencapai 12.345. 678 balita di seluruh provinsi. Target tercapai pada 2005. 300 orang hadir."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Cakupannya mencapai 12.345. 678 balita di seluruh provinsi.", "Target tercapai pada 2005.", "300 orang hadir."]


def test_chunk_spans_equal_the_text_they_claim_for_every_corpus_file():
    for path in sorted((ROOT / "corpus").rglob("*.*")):
        document = load_document(path, path.name, 50 * 2**20, VOCAB)
        chunks = chunk_document(document, max_chars=500)
        assert chunks, path
        for chunk in chunks:
            assert document.text[chunk.start : chunk.end] == chunk.text
            assert chunk.doc_id == document.id


def test_chunks_end_on_sentence_boundaries_and_stay_under_the_limit():
    path = ROOT / "corpus" / "articles" / next(p.name for p in (ROOT / "corpus" / "articles").glob("004*"))
    document = load_document(path, path.name, 2**20, VOCAB)
    ends = {e for _, e in sentence_spans(document.text)}
    starts = {s for s, _ in sentence_spans(document.text)}
    for chunk in chunk_document(document, max_chars=400):
        assert chunk.end in ends and chunk.start in starts
        assert len(chunk.text) <= 400


def test_chunks_never_cross_a_page_and_carry_its_number():
    text, pages = join_pages(["Halaman satu berisi kalimat. " * 20, "Halaman dua berisi kalimat. " * 20])
    document = Document(id=document_id("x.pdf"), source="x.pdf", title="X", text=text, pages=pages)
    chunks = chunk_document(document, max_chars=300)
    for chunk in chunks:
        page = next(p for p in pages if p.number == chunk.page)
        assert page.start <= chunk.start and chunk.end <= page.end
    assert {c.page for c in chunks} == {1, 2}


def test_pdf_pages_are_numbered_in_the_document():
    path = next((ROOT / "corpus" / "agreements").glob("045*.pdf"))
    document = load_document(path, "agreements/" + path.name, 2**22, VOCAB)
    assert len(document.pages) >= 3
    assert "DOKUMEN CONTOH" in document.text[: document.pages[0].end]
    assert document.page_at(document.text.index("Pasal 7")) == document.pages[-1].number


def test_chunk_ids_are_content_hashes():
    document = Document(id="a-1", source="a.txt", title="A", text="Satu kalimat. Dua kalimat.", pages=[Page(1, 0, 26)])
    first = chunk_document(document)
    again = chunk_document(document)
    assert [c.id for c in first] == [c.id for c in again]
    changed = Document(id="a-1", source="a.txt", title="A", text="Satu kalimat. Tiga kalimat.", pages=[Page(1, 0, 27)])
    assert [c.id for c in chunk_document(changed)] != [c.id for c in first]
