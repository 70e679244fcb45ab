from pathlib import Path

from ingest.clean import clean_text, unwrap_lines

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "articles"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(prefix + "*.txt")).read_text(encoding="utf-8")


def test_removes_the_web_page_noise_of_the_seeds():
    for prefix in ["002", "003", "004"]:
        cleaned = clean_text(seed(prefix))
        for noise in ["banner 728x250", "Bacaan Lainnya", "Pos terkait", "Tinggalkan Balasan", "Alamat email Anda"]:
            assert noise not in cleaned, (prefix, noise)
        assert "\n\n\n" not in cleaned
        assert "\u00a0" not in cleaned


def test_keeps_every_content_line_of_the_seeds():
    raw = seed("004")
    cleaned = clean_text(raw)
    for line in ["Ditjenpas Gandeng 8 Mitra Strategis, Perkuat Pembinaan Inklusif bagi Warga Binaan",
                 "8. CV Yasa Fortune Abadi",
                 "budidaya lele"]:
        assert line in cleaned
    content_words = sum(len(l.split()) for l in raw.splitlines() if l.strip() and "banner" not in l and
                        l.strip() not in {"Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *"})
    assert len(cleaned.split()) == content_words


def test_baca_juga_lines_are_dropped_but_sentences_mentioning_them_are_not():
    text = "Paragraf satu.\nBaca Juga: Lapas Lain Teken MoU\nIa berkata baca juga buku itu setiap hari."
    assert clean_text(text) == "Paragraf satu.\nIa berkata baca juga buku itu setiap hari."


def test_comment_form_is_removed_only_up_to_its_required_field_star():
    text = "Isi berita.\n\nTinggalkan Balasan\n\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *\nKomentar terakhir di halaman."
    assert clean_text(text) == "Isi berita.\n\nKomentar terakhir di halaman."


def test_unwrap_joins_lines_a_pdf_layout_wrapped_but_not_items_or_headings():
    lines = [
        "Pada hari ini Kamis, tanggal satu, bulan Februari, tahun dua ribu dua",
        "puluh empat (01-02-2024), bertempat di Bajawa, Kabupaten Ngada,",
        "Provinsi Nusa Tenggara Timur, kami yang bertanda tangan di bawah ini:",
        "1. PRIANGGORO AGUNG WIBOWO, Kepala Rumah Tahanan Negara.",
        "Pasal 1",
        "MAKSUD DAN TUJUAN",
    ]
    out = unwrap_lines(lines)
    assert out[0].startswith("Pada hari ini") and out[0].endswith("di bawah ini:")
    assert out[1:] == lines[3:]


def test_a_list_of_other_headlines_goes_with_its_heading_and_the_story_goes_on():
    text = ("Paragraf pertama tentang pembinaan warga binaan.\n\nBaca Juga:\n"
            "› Lapas Contoh Teken MoU dengan Bank Contoh\n› Rutan Contoh Gelar Pelatihan Las\n\n"
            "Paragraf kedua yang masih bagian dari berita.\nTag: Lapas Contoh, Kerja Sama\n")
    cleaned = clean_text(text)
    assert "Bank Contoh" not in cleaned and "Pelatihan Las" not in cleaned and "Tag:" not in cleaned
    assert "Paragraf pertama" in cleaned and "Paragraf kedua yang masih bagian dari berita." in cleaned


def test_a_text_file_s_signature_block_side_by_side_is_read_one_side_after_the_other():
    """An agreement typed as a text file sets its parties side by side with spaces: each name must
    follow its own party's title, not the other side's ("BUDI SANTOSO SITI AMINAH" is no one)."""
    text = (
        "Perjanjian ini berlaku selama 2 (dua) tahun.\n"
        "\n"
        "PIHAK PERTAMA,    PIHAK KEDUA,\n"
        "Kepala Lapas      Ketua Yayasan\n"
        "Kelas IIB Contoh  Contoh Sejahtera\n"
        "\n"
        "BUDI SANTOSO      SITI AMINAH\n"
    )
    lines = clean_text(text).split("\n")
    assert lines[:2] == ["Perjanjian ini berlaku selama 2 (dua) tahun.", ""]
    assert lines[2:6] == ["PIHAK PERTAMA,", "Kepala Lapas", "Kelas IIB Contoh", "BUDI SANTOSO"]
    assert lines[6] == ""  # each side a paragraph of its own: no name runs into the next side's heading
    assert lines[7:11] == ["PIHAK KEDUA,", "Ketua Yayasan", "Contoh Sejahtera", "SITI AMINAH"]
    # One wide gap is a column's edge; a line with words two spaces apart is one line.
    assert clean_text("Warga binaan  mengikuti pelatihan.") == "Warga binaan mengikuti pelatihan."
    assert clean_text("Nama Lengkap     : Budi Santoso") == "Nama Lengkap : Budi Santoso"  # one line is no block
