"""What a page's story is, through the real pipeline: a related-articles list under a report on
something else, the same list in an HTML sidebar and a visit that only explores cooperation yield no
record; list items under a count are the partners of their signing. Every text here was written for
these tests."""

from __future__ import annotations

REMISSION_STORY = """Lapas Kelas IIB Sukamaju Usulkan Remisi Natal bagi 35 Warga Binaan

SUKAMAJU – Lapas Kelas IIB Sukamaju mengusulkan remisi khusus Natal bagi 35 warga binaan yang memenuhi syarat.
Kepala Lapas, Hendra Wijaya, mengatakan usulan telah dikirim ke Kantor Wilayah pada Senin (1/12/2025).
Menurut dia, pembinaan yang konsisten membuat warga binaan berkelakuan baik sepanjang tahun.

Berita Terkait
Lapas Kelas IIA Sukadamai Teken MoU dengan Bank Contoh Sejahtera untuk Pelatihan Wirausaha
Rutan Kelas IIB Sukaraja dan Universitas Contoh Jalin Kerja Sama Pendidikan
Warga Binaan Lapas Sukamaju Panen Sayur Hidroponik
"""

SIDEBAR_PAGE = """<!doctype html><html><head><title>Rutan Sukamaju Gelar Pemeriksaan Kesehatan Gratis</title>
<meta property="og:site_name" content="Warta Contoh"></head><body>
<article><h1>Rutan Sukamaju Gelar Pemeriksaan Kesehatan Gratis</h1>
<p>SUKAMAJU – Rutan Kelas IIB Sukamaju menggelar pemeriksaan kesehatan gratis bagi 120 tahanan pada Selasa (2/12/2025).</p>
<p>Pemeriksaan meliputi tekanan darah, gula darah, dan konsultasi dokter umum dari puskesmas setempat.</p>
<p>Kepala Rutan, Dedi Kurniawan, berharap kegiatan serupa dapat digelar rutin setiap tiga bulan sekali.</p>
</article>
<aside class="sidebar"><h3>Berita Terkait</h3><ul>
<li><a href="/a">Lapas Kelas IIA Sukadamai Teken MoU dengan Bank Contoh Sejahtera untuk Pelatihan Wirausaha</a></li>
<li><a href="/b">Bapas Sukaraja Tandatangani PKS dengan Dinas Sosial Kabupaten Sukaraja</a></li>
</ul></aside></body></html>
"""

VISIT = """Kalapas Sukamaju Jajaki Kerja Sama dengan Politeknik Contoh

SUKAMAJU – Kepala Lapas Kelas IIB Sukamaju, Hendra Wijaya, berkunjung ke Politeknik Contoh pada Rabu (3/12/2025) untuk menjajaki kerja sama pelatihan las bagi warga binaan.
Dalam pertemuan itu kedua pihak membahas kemungkinan pelatihan bersertifikat dan magang.
Direktur Politeknik Contoh menyambut baik rencana tersebut dan berharap nota kesepahaman dapat ditandatangani tahun depan.
"""


def test_a_signing_headline_in_a_related_articles_list_makes_no_record(services, settings):
    (settings.corpus_dir / "remisi.txt").write_text(REMISSION_STORY, encoding="utf-8")
    services.ingester(progress=False).run()
    assert services.records.all() == []
    text = services.documents.get(next(iter(services.documents.ids()))).text
    assert "Bank Contoh Sejahtera" not in text  # nor answer evidence: the list is not the story
    assert "pembinaan yang konsisten" in text


def test_a_signing_headline_in_an_html_sidebar_makes_no_record(services, settings):
    (settings.corpus_dir / "kesehatan.html").write_text(SIDEBAR_PAGE, encoding="utf-8")
    services.ingester(progress=False).run()
    assert services.records.all() == []
    text = services.documents.get(next(iter(services.documents.ids()))).text
    assert "Bank Contoh Sejahtera" not in text and "120 tahanan" in text


def test_a_visit_that_only_explores_cooperation_makes_no_record(services, settings):
    (settings.corpus_dir / "kunjungan.txt").write_text(VISIT, encoding="utf-8")
    services.ingester(progress=False).run()
    assert services.records.all() == []


LISTED = """<html><head><title>Bapas Sukamaju Teken PKS dengan Empat Lembaga</title></head><body><article>
<h1>Bapas Sukamaju Teken PKS dengan Empat Lembaga</h1>
<p>SUKAMAJU – Balai Pemasyarakatan Kelas II Sukamaju menandatangani perjanjian kerja sama bersama empat lembaga pada Kamis (4/12/2025) di aula kantor bapas. Kerja sama ini untuk pembimbingan klien pemasyarakatan.</p>
<p>Keempat lembaga itu adalah</p>
<ul><li>Dinas Sosial Kabupaten Sukamaju</li><li>Pengadilan Negeri Sukamaju</li><li>Panti Asuhan Kasih Ibu Sukamaju</li><li>Yayasan Pelita Hati</li></ul>
<p>Di hari yang sama, Lapas Kelas IIA Sukadamai meneken PKS dengan Polres Sukadamai tentang pengamanan warga binaan.</p>
</article></body></html>
"""


def test_list_items_after_a_count_are_the_partners_and_a_second_signing_keeps_its_own(services, settings):
    (settings.corpus_dir / "bapas.html").write_text(LISTED, encoding="utf-8")
    services.ingester(progress=False).run()
    records = {r.units[0]: r for r in services.records.all()}
    bapas = records["Balai Pemasyarakatan Kelas II Sukamaju"]
    assert [p.name for p in bapas.partners] == ["Dinas Sosial Kabupaten Sukamaju", "Pengadilan Negeri Sukamaju",
                                                "Panti Asuhan Kasih Ibu Sukamaju", "Yayasan Pelita Hati"]
    assert bapas.partners_stated == 4
    assert [p.name for p in records["Lapas Kelas IIA Sukadamai"].partners] == ["Polres Sukadamai"]


TABLED = """<html><head><title>Lapas Sukamaju Teken PKS dengan Tiga Mitra</title></head><body><article>
<h1>Lapas Sukamaju Teken PKS dengan Tiga Mitra</h1>
<p>SUKAMAJU – Lapas Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan tiga mitra pada Kamis (2/4/2026). Berikut daftar mitra dan bidang kerja samanya:</p>
<table>
<tr><th>No</th><th>Mitra</th><th>Bidang</th></tr>
<tr><td>1</td><td>PT Semen Contoh Raya</td><td>Pelatihan kerja</td></tr>
<tr><td>2</td><td>Pemerintah Desa Sukamaju</td><td>Asimilasi</td></tr>
<tr><td>3</td><td>Rumah Sakit Jiwa Contoh</td><td>Kesehatan jiwa</td></tr>
</table>
<p>Kepala Lapas Sukamaju berharap kerja sama ini meningkatkan kemandirian warga binaan.</p>
</article></body></html>
"""


def test_the_rows_of_a_table_under_a_lead_are_the_partners(services, settings):
    (settings.corpus_dir / "tabel.html").write_text(TABLED, encoding="utf-8")
    services.ingester(progress=False).run()
    [record] = services.records.all()
    assert [p.name for p in record.partners] == ["PT Semen Contoh Raya", "Pemerintah Desa Sukamaju", "Rumah Sakit Jiwa Contoh"]
    assert record.partners_stated == 3
