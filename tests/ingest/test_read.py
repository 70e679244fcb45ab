"""Each kind of bad input becomes an IngestError naming the file and the reason."""

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from ingest.core.errors import IngestError
from ingest.read import read_file

ROOT = Path(__file__).resolve().parents[2]
AGREEMENT = next((ROOT / "corpus" / "agreements").glob("045*.pdf"))
MB = 2**20


def make_encrypted_pdf(path: Path) -> Path:
    writer = PdfWriter(clone_from=PdfReader(AGREEMENT))
    writer.encrypt(user_password="rahasia", owner_password="pemilik")
    writer.write(path)
    return path


def make_blank_pdf(path: Path) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(width=420, height=595)
    writer.write(path)
    return path


def expect_error(path: Path, fragment: str, max_bytes: int = MB) -> IngestError:
    with pytest.raises(IngestError) as caught:
        read_file(path, max_bytes)
    assert fragment in caught.value.reason
    assert str(path) in str(caught.value)
    return caught.value


def test_real_pdf_gives_one_text_per_page():
    raw = read_file(AGREEMENT, 4 * MB)
    assert len(raw.pages) >= 3 and "PERJANJIAN KERJA SAMA" in raw.pages[0]


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "rusak.pdf"
    path.write_bytes(AGREEMENT.read_bytes()[:300])
    expect_error(path, "not a readable PDF")


def test_encrypted_pdf(tmp_path):
    expect_error(make_encrypted_pdf(tmp_path / "terkunci.pdf"), "encrypted")


def test_pdf_without_a_text_layer(tmp_path):
    error = expect_error(make_blank_pdf(tmp_path / "pindaian.pdf"), "no text layer")
    assert "OCR" in error.hint


def test_empty_file(tmp_path):
    path = tmp_path / "kosong.txt"
    path.write_text("")
    expect_error(path, "empty")


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "spasi.txt"
    path.write_text("  \n\n ")
    expect_error(path, "no text")


def test_non_utf8_text(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Kerja sama dengan Lapas Cipinang – Jakarta".encode("cp1252"))
    error = expect_error(path, "not UTF-8")
    assert "UTF-8" in error.hint


def test_unsupported_extension(tmp_path):
    path = tmp_path / "tabel.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    expect_error(path, "unsupported file type '.xlsx'")


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "besar.txt"
    path.write_text("kata " * 1000)
    error = expect_error(path, "over the limit", max_bytes=1000)
    assert "KERJASAMA_MAX_FILE_MB" in error.hint


def test_docx_paragraphs_and_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Nota Kesepahaman antara Lapas Kelas IIA Serang dan BNNP Banten")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Mitra"
    table.rows[0].cells[1].text = "BNNP Banten"
    path = tmp_path / "nota.docx"
    document.save(path)
    raw = read_file(path, MB)
    assert "Nota Kesepahaman antara Lapas Kelas IIA Serang" in raw.pages[0]
    assert "Mitra | BNNP Banten" in raw.pages[0]


def test_html_keeps_the_article_and_drops_scripts_navigation_and_footer(tmp_path):
    path = tmp_path / "berita.html"
    path.write_text(
        """<html><head><title>Situs</title><meta property="og:site_name" content="Contoh.id">
        <script>var iklan = 1;</script></head><body>
        <nav>Beranda | Nasional | Daerah</nav>
        <article><h1>Lapas Garut Teken PKS</h1><p>Lapas Kelas IIA Garut meneken PKS dengan Polres Garut.</p>
        <p>Kerja sama mencakup pengamanan.</p></article>
        <footer>Hak cipta 2026</footer></body></html>""",
        encoding="utf-8",
    )
    raw = read_file(path, MB)
    text = raw.pages[0]
    assert "Lapas Garut Teken PKS" in text and "meneken PKS dengan Polres Garut." in text
    for noise in ["var iklan", "Beranda", "Hak cipta"]:
        assert noise not in text
    assert raw.meta["outlet"] == "Contoh.id"


def test_a_two_column_signature_block_is_read_column_by_column():
    from ingest.columns import reading_order

    layout = (
        "PIHAK KEDUA,                                       PIHAK KESATU,\n"
        "YAYASAN CONTOH SEJAHTERA,                          KEPALA LEMBAGA PEMASYARAKATAN\n"
        "                                                   KELAS IIB CONTOH,\n"
        "\n"
        "ttd.                                               ttd.\n"
        "\n"
        "SITI AMINAH                                        BUDI SANTOSO\n"
        "Pasal 1   Ruang lingkup kerja sama ini."
    )
    lines = reading_order(layout).split("\n")
    assert lines[:4] == ["PIHAK KEDUA,", "YAYASAN CONTOH SEJAHTERA,", "ttd.", "SITI AMINAH"]
    assert lines[4] == ""  # each column a paragraph of its own
    assert lines[5:10] == ["PIHAK KESATU,", "KEPALA LEMBAGA PEMASYARAKATAN", "KELAS IIB CONTOH,", "ttd.", "BUDI SANTOSO"]
    assert lines[11] == "Pasal 1 Ruang lingkup kerja sama ini."


def test_a_signature_block_whose_left_column_goes_on_below_its_right_one_is_read_column_by_column():
    from ingest.columns import reading_order

    layout = (
        "PIHAK PERTAMA                                  PIHAK KEDUA\n"
        "KEPALA BALAI PEMASYARAKATAN                    WALI KOTA SUKAMAJU,\n"
        "KELAS II SUKAMAJU,\n"
        "\n"
        "\n"
        "AHMAD FAUZI                                    Drs. YUSUF HALIM\n"
    )
    lines = reading_order(layout, gap=4, min_lines=2).split("\n")
    assert lines[:4] == ["PIHAK PERTAMA", "KEPALA BALAI PEMASYARAKATAN", "KELAS II SUKAMAJU,", "AHMAD FAUZI"]
    assert lines[5:8] == ["PIHAK KEDUA", "WALI KOTA SUKAMAJU,", "Drs. YUSUF HALIM"]
    # a short line after a block, with no block going on after it, stays a line of its own
    ended = reading_order("PIHAK PERTAMA        PIHAK KEDUA\nKEPALA A             KEPALA B\nPasal 9\nIsi pasal.", gap=4, min_lines=2)
    assert ended.split("\n")[-2:] == ["Pasal 9", "Isi pasal."]


FULL_PAGE = """<!doctype html><html><head><title>Lapas Contoh Teken PKS | Kabar Contoh</title>
<meta property="og:site_name" content="Kabar Contoh"><meta property="article:published_time" content="2025-03-04T09:00:00+07:00">
<script>var tracking = "jangan diindeks";</script><style>.x{color:red}</style></head><body>
<header><nav><a href="/">Beranda</a> <a href="/hukum">Hukum</a> <a href="/daerah">Daerah</a></nav></header>
<main><article><h1>Lapas Kelas IIB Contoh Teken PKS dengan Dinas Perikanan</h1>
<p class="byline">Redaksi · Selasa, 4 Maret 2025</p>
<p>CONTOH – Lapas Kelas IIB Contoh menandatangani perjanjian kerja sama dengan Dinas Perikanan Kabupaten Contoh
pada Selasa (4/3/2025). Kerja sama itu mencakup pelatihan budidaya ikan nila bagi warga binaan.</p>
<p>Kepala Lapas Kelas IIB Contoh mengatakan pelatihan akan dimulai bulan depan dan diikuti empat puluh warga binaan
yang menjelang bebas, agar mereka punya bekal keterampilan ketika kembali ke masyarakat.</p>
<p>Baca juga: Rutan Contoh Gelar Lomba Kebersihan Blok Hunian</p>
</article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/1">Harga cabai naik di pasar Contoh</a></li><li><a href="/2">Banjir rendam tiga desa</a></li></ul></aside>
<section id="comments"><h3>Tinggalkan Balasan</h3><form><textarea>Komentar</textarea><button>Kirim</button></form></section></main>
<footer>© 2025 Kabar Contoh. Semua hak dilindungi.</footer><script>console.log("iklan")</script></body></html>"""


def test_a_full_news_page_gives_the_article_with_its_metadata_and_no_page_furniture():
    from ingest.html import read_html

    raw = read_html(FULL_PAGE)
    text = raw.pages[0]
    assert text.startswith("Lapas Kelas IIB Contoh Teken PKS dengan Dinas Perikanan")
    assert "menandatangani perjanjian kerja sama dengan Dinas Perikanan" in text and "empat puluh warga binaan" in text
    for furniture in ["Beranda", "Berita Terkait", "Harga cabai", "Tinggalkan Balasan", "Semua hak", "jangan diindeks", "iklan"]:
        assert furniture not in text, furniture
    assert raw.meta["outlet"] == "Kabar Contoh" and raw.meta["date"] == "2025-03-04"
