"""Cooperation records: organisation names, extraction with evidence, merging, the SQLite store."""


import pytest

from ingest.casing import news_case
from ingest.core.types import Document, Page
from ingest.organisations import organisations
from ingest.records import extract_record, extract_records, merge_records, same_organisation
from ingest.records_store import RecordStore
from tests.vocab import VOCAB

ARTICLE = (
    "Lapas Contoh Teken PKS dengan Tiga Mitra\n"
    "Sumber: Contoh.id, 20 Mei 2025\n"
    "GARUT – Lembaga Pemasyarakatan (Lapas) Kelas IIA Garut meneken Perjanjian Kerja Sama (PKS) dengan "
    "Polres Garut, Kodim 0611/Garut, dan Badan Narkotika Nasional Kabupaten (BNNK) Garut pada Senin (19/5/2025) "
    "di Aula Lapas Kelas IIA Garut.\n"
    "Penandatanganan disaksikan Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Barat.\n"
    "Kerja sama mencakup pengamanan, rehabilitasi narkoba, dan budidaya lele bagi warga binaan selama dua tahun."
)


def document(text: str = ARTICLE, doc_id: str = "contoh-1", source: str = "contoh.txt", kind: str = "article") -> Document:
    return Document(id=doc_id, source=source, title=text.split("\n")[0], text=text, kind=kind, pages=[Page(1, 0, len(text))])


# Written for this test: the shapes of partner lists (companies, boarding schools, an office with an
# inner "dan", "CV." with its dot, a kind word last, a rank and a person after a name).
@pytest.mark.parametrize("text, names", [
    ("melibatkan PT Sinar Tani Makmur Abadi, PT Karya Solusi Bersama, serta Yayasan Bina Insan Mandiri.",
     ["PT Sinar Tani Makmur Abadi", "PT Karya Solusi Bersama", "Yayasan Bina Insan Mandiri"]),
    ("bersama Pondok Pesantren Nurul Huda Sukamaju dan Pondok Pesantren Al Ikhlas Sukamaju.",
     ["Pondok Pesantren Nurul Huda Sukamaju", "Pondok Pesantren Al Ikhlas Sukamaju"]),
    ("yakni Dinas Pangan dan Pertanian, Dinas Kelautan, serta CV. Karya Lestari Jaya.",
     ["Dinas Pangan dan Pertanian", "Dinas Kelautan", "CV. Karya Lestari Jaya"]),
    ("dengan Fakultas Teknik Universitas Sukamaju Raya dan Harapan Bangsa Global School.",
     ["Fakultas Teknik Universitas Sukamaju Raya", "Harapan Bangsa Global School"]),
    ("Kepala BNNK Sukamaju AKBP Budi Santoso hadir.", ["BNNK Sukamaju"]),
    # a government office names its fields with several commas; a list of offices stays a list
    ("yakni Dinas Sosial, Polres Sukamaju, dan Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kota Sukamaju.",
     ["Dinas Sosial", "Polres Sukamaju", "Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kota Sukamaju"]),
    # an inner comma joins a name's fields, not two names whose second starts after "dan"
    ("dengan Badan Perencanaan, Penelitian dan Pengembangan Daerah Kota Sukamaju dan PT Sinar Tani, Karya Utama dan Bank Sukamaju.",
     ["Badan Perencanaan, Penelitian dan Pengembangan Daerah Kota Sukamaju", "PT Sinar Tani", "Bank Sukamaju"]),
    # a question mark after a name is not the name's
    ("Siapa yang meneken dengan Dinas Sosial Kota Sukamaju?", ["Dinas Sosial Kota Sukamaju"]),
    # a rank word that finishes a head word is part of the name; alone, it ends one
    ("Kantor Wilayah Direktorat Jenderal Pemasyarakatan Sukamaju dan Polres Sukamaju Jenderal Budi hadir.",
     ["Kantor Wilayah Direktorat Jenderal Pemasyarakatan Sukamaju", "Polres Sukamaju"]),    # a name that has reached its town ends there: what follows "dan" is another body, not its field
    ("kerja sama Lapas Temanggung dan DPK Wonosobo berjalan.", ["Lapas Temanggung"]),
    ("dengan Dinas Kelautan dan Perikanan Provinsi Jawa Tengah dan Lapas Temanggung.",
     ["Dinas Kelautan dan Perikanan Provinsi Jawa Tengah", "Lapas Temanggung"]),
    # "RS" opens a hospital's name; an English correctional centre is the correctional side
    ("dengan RS Harapan Sehat Sukamaju.", ["RS Harapan Sehat Sukamaju"]),
    # a hospital named after a person keeps the title before the name; a role's holder is no name's
    ("dengan BPJS Kesehatan Cabang Sukamaju dan Rumah Sakit Umum Daerah dr. Budi Santoso, Senin.",
     ["BPJS Kesehatan Cabang Sukamaju", "Rumah Sakit Umum Daerah dr. Budi Santoso"]),
    ("Direktur RSUD dr. Ani Lestari, dr. Budi Santoso, hadir.", ["RSUD dr. Ani Lestari"]),
    ("Kepala Dinas Kesehatan dr. Budi Santoso hadir.", ["Dinas Kesehatan"]),
    # a regional technical unit's word before the head is the name's; the kind with it alone is no name
    ("dengan UPT Puskesmas Kota Agung dan UPTD Balai Latihan Kerja Tanggamus.",
     ["UPT Puskesmas Kota Agung", "UPTD Balai Latihan Kerja Tanggamus"]),
    ("Kepala UPT Puskesmas, dr. Budi Santoso, hadir.", []),
    # a village government by the local word for a village
    ("yaitu Pekon Way Gelang, Gampong Lam Ujong, dan Nagari Koto Baru.", ["Pekon Way Gelang", "Gampong Lam Ujong", "Nagari Koto Baru"]),
])
def test_organisation_names_start_at_a_head_word_and_stop_where_the_name_does(text, names):
    assert [m.name for m in organisations(text, VOCAB)] == names


def test_an_english_correctional_centre_is_the_correctional_side():
    kinds = {m.name: m.correctional for m in organisations(
        "The Class I Sukamaju Correctional Centre signed with PT Sinar Tani Makmur.", VOCAB)}
    assert kinds == {"Class I Sukamaju Correctional Centre": True, "PT Sinar Tani Makmur": False}
    assert same_organisation("RS Harapan Sehat", "Rumah Sakit Harapan Sehat", VOCAB.glossary)


def test_correctional_side_is_told_from_partners():
    kinds = {m.name: m.correctional for m in organisations("Rutan Kelas IIB Serang dan Dinas Perikanan Kabupaten Serang", VOCAB)}
    assert kinds == {"Rutan Kelas IIB Serang": True, "Dinas Perikanan Kabupaten Serang": False}
    # A community group or a school named after the correctional system is a partner, an office is not.
    kinds = {m.name: m.correctional for m in organisations(
        "Balai Pemasyarakatan Contoh, Kelompok Masyarakat Peduli Pemasyarakatan Contoh dan Politeknik Ilmu Pemasyarakatan", VOCAB)}
    assert kinds == {"Balai Pemasyarakatan Contoh": True, "Kelompok Masyarakat Peduli Pemasyarakatan Contoh": False,
                     "Politeknik Ilmu Pemasyarakatan": False}


def test_names_compare_with_and_without_their_abbreviation():
    assert same_organisation("Kepolisian Resor (Polres) Semarang", "Polres Semarang")
    assert same_organisation("Kementerian Agama (Kemenag) Kabupaten Jembrana", "Kantor Kementerian Agama Kabupaten Jembrana")
    assert not same_organisation("Polres Garut", "Kodim 0611/Garut")
    # the other name in a closing bracket, either way round
    assert same_organisation("Kelompok Masyarakat Peduli Contoh (Pokmas Contoh)", "Pokmas Contoh (Kelompok Masyarakat Peduli Contoh)")
    assert not same_organisation("Majelis Ulama Indonesia (MUI) Kabupaten Contoh", "MUI")
    # an office "Kantor …" of a ministry, a closing "RI", and abbreviations spelled out by the glossary
    assert same_organisation("Kantor Kementerian Agama Kabupaten Contoh", "Kementerian Agama (Kemenag) Kabupaten Contoh")
    assert same_organisation("BNN RI", "Badan Narkotika Nasional (BNN)")
    assert same_organisation("Kantor Kemenag Kabupaten Contoh", "Kantor Kementerian Agama Kabupaten Contoh", VOCAB.glossary)
    assert not same_organisation("Kantor Kemenag Kabupaten Contoh", "Kantor Kementerian Agama Kabupaten Contoh")
    assert not same_organisation("Deputi Bidang Pencegahan BNN", "BNN RI", VOCAB.glossary)
    # the abbreviations of hospitals, prosecutors' and police offices the field writes both ways
    assert same_organisation("RSUD Dr. Contoh", "Rumah Sakit Umum Daerah Dr. Contoh", VOCAB.glossary)
    assert same_organisation("Kejari Contoh", "Kejaksaan Negeri Contoh", VOCAB.glossary)
    assert not same_organisation("Kejari Contoh", "Kejaksaan Tinggi Contoh", VOCAB.glossary)
    # a kind's abbreviation beside the kind spelled out and qualified ("Perumda" of a water utility)
    assert same_organisation("Perumda Tirta Wae Mbeliling", "Perusahaan Umum Daerah Air Minum Tirta Wae Mbeliling", VOCAB.glossary)
    assert not same_organisation("Perumda Tirta Wae Mbeliling", "Perusahaan Umum Daerah Air Minum Tirta Lestari", VOCAB.glossary)
    assert not same_organisation("Perumda Pasar Labuan Bajo", "Perusahaan Umum Daerah Labuan Bajo", VOCAB.glossary)


def test_gazetteer_maps_towns_and_prisons_to_provinces():
    gazetteer = VOCAB.gazetteer
    assert gazetteer.province_of("Lapas Kelas IIA Garut") == "Jawa Barat"
    assert gazetteer.province_of("Lapas Terbuka Nusakambangan") == "Jawa Tengah"
    assert gazetteer.province_of("Rumah Tahanan Negara Kelas IIB") == ""  # "Negara" is no place here
    # a place right before another begins a longer name: the town of Tanjung Balai Karimun is in Karimun
    assert gazetteer.province_of("Lapas Kelas IIB Tanjung Balai Karimun") == "Kepulauan Riau"
    assert gazetteer.province_of("Lapas Kelas IIA Tanjung Balai") == "Sumatera Utara"
    # a name of several words written as one ("Way Kanan"), not a kind of area joined to its name
    assert gazetteer.province_of("Lembaga Pemasyarakatan Kelas III Waykanan") == "Lampung"
    assert gazetteer.province_of("Kabupatenserang") == ""
    # a unit named by its regency's seat, whose name is not the regency's
    assert gazetteer.province_of("Rutan Kelas IIB Sengkang") == "Sulawesi Selatan"
    assert gazetteer.province_of("Lapas Kelas IIB Kutacane") == "Aceh"
    assert gazetteer.province_of("Rumah Tahanan Negara Kelas IIB Sendawar") == "Kalimantan Timur"


def test_a_record_has_every_field_with_evidence_that_contains_it():
    record = extract_record(document(), VOCAB)
    assert record.agreement_type == "Perjanjian Kerja Sama (PKS)"
    assert record.signing_date == "2025-05-19"
    assert record.place == "Aula Lapas Kelas IIA Garut"
    assert record.province == "Jawa Barat"
    assert record.units[0] == "Lembaga Pemasyarakatan (Lapas) Kelas IIA Garut"
    assert [p.name for p in record.partners] == ["Polres Garut", "Kodim 0611/Garut", "Badan Narkotika Nasional Kabupaten (BNNK) Garut"]
    assert {"keamanan", "rehabilitasi narkoba", "perikanan"} <= set(record.sectors)
    assert record.duration == "dua tahun"
    for partner in record.partners:
        assert partner.name in partner.evidence.quote
        assert ARTICLE[partner.evidence.start : partner.evidence.end] == partner.evidence.quote
    assert "19/5/2025" in record.evidence["signing_date"].quote
    assert "Kantor Wilayah" not in " ".join(p.name for p in record.partners)  # a witness is no party


def test_an_article_and_its_agreement_become_one_record_keeping_both_sources():
    article = extract_record(document(), VOCAB)
    pdf_text = ("PERJANJIAN KERJA SAMA\nANTARA\nLEMBAGA PEMASYARAKATAN KELAS IIA GARUT\n"
                "Pada hari ini Senin (19-05-2025) Lapas Kelas IIA Garut dan Polres Garut sepakat mengadakan Perjanjian Kerja Sama.")
    agreement = extract_record(document(pdf_text, "pks-1", "pks.pdf", "agreement"), VOCAB)
    merged = merge_records([article, agreement], VOCAB)
    assert len(merged) == 1
    assert merged[0].sources == ["contoh.txt", "pks.pdf"] or merged[0].sources == ["pks.pdf", "contoh.txt"]
    assert len(merged[0].partners) == 3


def test_two_towns_prisons_signing_with_their_health_offices_on_one_day_stay_two_records():
    """Their partners share the words of their kind ("Dinas Kesehatan Kabupaten"); their units name
    two towns: two signings."""
    texts = [("Lapas Painan Teken PKS\nPAINAN – Lapas Kelas IIB Painan menandatangani perjanjian kerja sama dengan Dinas Kesehatan Kabupaten Pesisir "
              "Selatan, Senin (14/12/2026)."),
             ("Lapas Namlea Teken Nota Kesepakatan\nNAMLEA – Lembaga Pemasyarakatan Kelas III Namlea dan Dinas Kesehatan Kabupaten Buru menandatangani nota "
              "kesepakatan, Senin (14/12/2026).")]
    records = [extract_record(document(text, f"d{i}", f"d{i}.txt"), VOCAB) for i, text in enumerate(texts)]
    assert len(merge_records(records, VOCAB)) == 2
    # a regional office and a unit of its province on one day may be one signing told twice
    kanwil = extract_record(document("Kanwil Sumbar Teken PKS\nPADANG – Kanwil Ditjenpas Sumatera Barat dan Lapas Kelas IIB Painan menandatangani perjanjian "
                                     "kerja sama dengan Dinas Kesehatan Kabupaten Pesisir Selatan, Senin (14/12/2026).",
                                     "d3", "d3.txt"), VOCAB)
    assert len(merge_records([records[0], kanwil], VOCAB)) == 1


def test_an_english_prison_is_the_correctional_side():
    text = ("Curup Prison Signs Agreement\nCURUP, Bengkulu — The Class IIA Curup Prison signed a cooperation agreement with CV Kopi Rejang Lestari "
            "on Friday, 18 December 2026.")
    record = extract_record(document(text), VOCAB)
    assert record.units == ["Class IIA Curup Prison"] and [p.name for p in record.partners] == ["CV Kopi Rejang Lestari"]


def test_an_english_association_society_or_federation_ends_its_name():
    text = "The Class IIB Fakfak Detention Centre signed an agreement with the Fakfak Fishing Boat Owners Association on Tuesday."
    assert [m.name for m in organisations(text, VOCAB)] == ["Class IIB Fakfak Detention Centre", "Fakfak Fishing Boat Owners Association"]


def test_store_replaces_and_removes_what_a_document_supported(tmp_path):
    store = RecordStore(tmp_path / "records.sqlite", VOCAB)
    store.replace("contoh-1", extract_records(document(), VOCAB))
    assert len(store.query(sector="perikanan")) == 1
    assert len(store.query(province="jawa barat", year=2025)) == 1
    assert store.query(partner="kodim")[0].units
    assert store.query(year=2024) == []
    changed = ARTICLE.replace("budidaya lele", "konveksi")
    store.replace("contoh-1", extract_records(document(changed), VOCAB))
    assert store.query(sector="perikanan") == [] and len(store.query(sector="konveksi")) == 1
    store.delete("contoh-1")
    assert store.all() == []


def test_a_text_about_no_cooperation_gives_no_record():
    assert extract_record(document("Berita Cuaca\nHujan turun di Garut sepanjang hari."), VOCAB) is None


def test_every_item_of_a_partner_list_counts_even_after_a_full_stop_inside_an_item():
    text = (
        "Lapas Contoh Teken PKS dengan Tiga Lembaga\n\n"
        "KOTA CONTOH – Lapas Kelas IIA Contoh meneken Perjanjian Kerja Sama (PKS) pada Senin (20/2/2023).\n\n"
        "Ketiga mitra beserta perannya:\n"
        "- Pondok Pesantren Al-Hikmah Contoh, diwakili K.H Ahmad: pembinaan rohani;\n"
        "- Yayasan Kasih Sejahtera, diwakili Pdt. Yohanes: pembinaan rohani bagi warga binaan Kristen;\n"
        "- Lembaga Kesejahteraan Sosial \"Rumah Harapan\" (Ruha), diwakili ketuanya: konseling.\n"
    )
    records = extract_records(document(text), VOCAB)
    assert [p.name for p in records[0].partners] == [
        "Pondok Pesantren Al-Hikmah Contoh", "Yayasan Kasih Sejahtera", 'Lembaga Kesejahteraan Sosial "Rumah Harapan" (Ruha)']


def test_a_record_whose_evidence_is_not_in_the_text_is_dropped_with_a_log_line(caplog):
    from ingest.records import located

    doc = document()
    record = extract_records(doc, VOCAB)[0]
    assert located(record, doc)
    changed = Document(id=doc.id, source=doc.source, title=doc.title, text=doc.text.replace("Polres Garut", "Polres Garat"),
                       kind=doc.kind, pages=doc.pages)
    with caplog.at_level("WARNING"):
        assert not located(record, changed)
    assert "dropped" in caplog.text and "Polres Garut" in caplog.text


# Written for these tests.
COUNTED = (
    "Bapas Contoh Teken PKS dengan Empat Lembaga\n"
    "SUKAMAJU – Balai Pemasyarakatan (Bapas) Kelas II Sukamaju meneken Perjanjian Kerja Sama dengan empat lembaga "
    "pada Kamis (4/12/2025), yakni Badan Narkotika Nasional Kabupaten (BNNK) Sukamaju, Dinas Sosial Kabupaten Sukamaju, "
    "dan Yayasan Harapan Baru Sukamaju.\n"
)


def test_a_partner_keeps_its_whole_name_and_its_abbreviated_form_as_an_alias(tmp_path):
    record = extract_record(document(COUNTED), VOCAB)
    bnnk = record.partners[0]
    assert bnnk.name == "Badan Narkotika Nasional Kabupaten (BNNK) Sukamaju"
    assert "BNNK Sukamaju" in bnnk.aliases
    store = RecordStore(tmp_path / "records.sqlite", VOCAB)
    store.replace("contoh-1", [record])
    assert len(store.query(partner="BNNK Sukamaju")) == 1
    assert store.all()[0].partners[0].aliases == bnnk.aliases  # stored and read back


def test_a_stated_count_of_partners_is_kept_beside_the_partners_found():
    record = extract_record(document(COUNTED), VOCAB)
    assert record.partners_stated == 4 and len(record.partners) == 3
    assert "empat lembaga" in record.evidence["partners_stated"].quote
    assert extract_record(document(), VOCAB).partners_stated is None  # ARTICLE states no count ("Tiga Mitra" is the headline)


def test_a_count_with_its_number_spelled_out_in_brackets_is_a_stated_count():
    text = ("Lapas Contoh Teken PKS\nLapas Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan 3 (tiga) mitra "
            "pada Senin (11/5/2026), yakni Dinas Sosial Kabupaten Sukamaju, Yayasan Pelita Contoh, dan PT Contoh Jaya.")
    record = extract_record(document(text), VOCAB)
    assert record.partners_stated == 3 and len(record.partners) == 3


def test_national_institutions_are_partners_of_a_ministry_level_agreement():
    text = ("Kementerian Imipas Teken MoU\n"
            "JAKARTA – Kementerian Imigrasi dan Pemasyarakatan menandatangani nota kesepahaman dengan Tentara Nasional "
            "Indonesia (TNI) dan Mahkamah Agung pada Senin (1/12/2025).\n")
    names = [p.name for p in extract_record(document(text), VOCAB).partners]
    assert names == ["Tentara Nasional Indonesia (TNI)", "Mahkamah Agung"]


def test_a_head_word_joined_to_another_by_a_slash_starts_no_name():
    assert [m.name for m in organisations("senjata api non-organik POLRI/TNI serta peralatan keamanan", VOCAB)] == []


def test_a_list_of_partners_that_goes_on_over_several_sentences_is_read_in_full():
    text = (
        "Lapas Contoh Gandeng Belasan Mitra\n"
        "SUKAMAJU – Lapas Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan tujuh mitra pada Jumat (5/12/2025). "
        "Ada Fakultas Pertanian Universitas Sukamaju, Politeknik Negeri Sukamaju, serta SMK Negeri 2 Sukamaju. "
        "Dari pemerintah daerah ada Dinas Sosial Kabupaten Sukamaju dan Dinas Perikanan Kabupaten Sukamaju. "
        "Dua yayasan, Yayasan Cahaya Sukamaju dan Yayasan Bina Insani, melengkapi daftar itu. "
        "Kepala Lapas berharap kerja sama segera berjalan.\n"
    )
    record = extract_record(document(text), VOCAB)
    assert [p.name for p in record.partners] == [
        "Fakultas Pertanian Universitas Sukamaju", "Politeknik Negeri Sukamaju", "SMK Negeri 2 Sukamaju",
        "Dinas Sosial Kabupaten Sukamaju", "Dinas Perikanan Kabupaten Sukamaju", "Yayasan Cahaya Sukamaju", "Yayasan Bina Insani"]
    assert record.partners_stated == 7


# Written for this test; Malang is a real town so that the gazetteer knows it.
UNIT_AND_HEAD = ("Bapas Malang Teken PKS\nMALANG – Kepala Bapas Malang Agus Santoso menandatangani perjanjian kerja sama "
                 "dengan Dinas Sosial Kota Malang dan Rumah Sakit Dr. Saiful Anwar pada Senin (1/12/2025).\n")


def _persons(*names):
    from ingest.tagger import Entity

    def tagger(text):  # the tagger's answer at the protocol boundary: persons with their spans
        return [Entity("person", text.index(n), text.index(n) + len(n), n) for n in names]
    return tagger


def test_the_tagger_s_person_ends_a_name_that_runs_past_its_town_but_not_one_named_after_a_person():
    record = extract_record(document(UNIT_AND_HEAD), VOCAB, _persons("Agus Santoso", "Saiful Anwar"))
    assert record.units == ["Bapas Malang"]
    assert [p.name for p in record.partners] == ["Dinas Sosial Kota Malang", "Rumah Sakit Dr. Saiful Anwar"]
    assert extract_record(document(UNIT_AND_HEAD), VOCAB).units == ["Bapas Malang Agus Santoso"]  # the grammar alone


# Written for this test: a body after its head's role, with no town to end it, and one named after a person.
ROLE_AND_HOLDER = ("Lapas Contoh Teken MoU\nSUKAMAJU – Kepala Lapas Kelas IIB Sukamaju dan Kepala Badan Contoh Nasional "
                   "Budi Santoso menandatangani nota kesepahaman dengan Yayasan Pendidikan KH Ahmad Dahlan dan Direktur "
                   "RSUD Dr. Sutomo Wijaya pada Senin (1/12/2025).\n")


def test_the_tagger_s_person_ends_a_name_after_a_role_that_closes_with_its_holder():
    record = extract_record(document(ROLE_AND_HOLDER), VOCAB, _persons("Budi Santoso", "KH Ahmad Dahlan", "Sutomo Wijaya"))
    assert [p.name for p in record.partners] == ["Badan Contoh Nasional", "Yayasan Pendidikan KH Ahmad Dahlan", "RSUD Dr. Sutomo Wijaya"]


def test_a_tagger_that_fails_is_logged_and_the_grammar_s_names_stand(caplog):
    def broken(text):
        raise RuntimeError("weights damaged")

    record = extract_record(document(), VOCAB, broken)
    assert len(record.partners) == 3
    assert "entity tagger failed on contoh.txt (RuntimeError: weights damaged)" in caplog.text


def test_two_signings_of_one_unit_at_two_places_are_two_records_each_with_its_partner(tmp_path):
    text = ("Bapas Sukamaju Teken Dua PKS dalam Sehari\n"
            "SUKAMAJU – Balai Pemasyarakatan (Bapas) Kelas II Sukamaju menandatangani perjanjian kerja sama dengan "
            "Pemerintah Kabupaten Sukamaju pada Selasa (2/12/2025) siang di Pendopo Kabupaten Sukamaju. "
            "Kerja sama itu mengatur pidana kerja sosial bagi klien pemasyarakatan.\n"
            "Pada malam harinya, Bapas Kelas II Sukamaju juga meneken perjanjian kerja sama dengan Pemerintah Kota "
            "Sukadamai di Rumah Dinas Wali Kota Sukadamai. Wali Kota Sukadamai menyambut baik kerja sama tersebut.\n")
    records = extract_records(document(text), VOCAB)
    assert [[p.name for p in r.partners] for r in records] == [["Pemerintah Kabupaten Sukamaju"], ["Pemerintah Kota Sukadamai"]]
    assert [r.place for r in records] == ["Pendopo Kabupaten Sukamaju", "Rumah Dinas Wali Kota Sukadamai"]
    assert records[1].signing_date == "2025-12-02"  # the day of the document's own dates
    store = RecordStore(tmp_path / "records.sqlite", VOCAB)
    store.replace("contoh-1", records)
    assert len(store.all()) == 2  # same day, same unit, one document: not merged back into one


def test_a_kind_word_or_a_legal_form_alone_is_no_partner():
    text = ("Lapas Contoh Teken PKS\nSUKAMAJU – Lapas Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan CV "
            "dan Pemkab pada Senin (1/12/2025), disusul PT Sinar Tani Makmur Abadi dan BNN.\n")
    names = [m.name for m in organisations(text, VOCAB)]
    assert "CV" not in names and "Pemkab" not in names
    assert "PT Sinar Tani Makmur Abadi" in names and "BNN" in names


def test_between_introduces_parties_only_in_a_sentence_about_the_agreement():
    text = (
        "Bapas Contoh Teken MoU\n"
        "SUKAMAJU – Balai Pemasyarakatan (Bapas) Kelas II Sukamaju menandatangani nota kesepahaman dengan "
        "Dinas Sosial Kabupaten Sukamaju pada Senin (1/12/2025).\n"
        "Kepala Bapas menekankan, keberhasilan pembimbingan bergantung pada kolaborasi yang kokoh antara petugas, "
        "masyarakat, dan Forum Warga Peduli Sukamaju.\n"
        "Nota kesepahaman itu juga mengatur kerja sama antara Bapas dan Yayasan Tunas Harapan Sukamaju.\n"
    )
    names = [p.name for p in extract_record(document(text), VOCAB).partners]
    assert "Dinas Sosial Kabupaten Sukamaju" in names
    assert "Yayasan Tunas Harapan Sukamaju" in names  # "kerja sama antara …": the agreement's parties
    assert not any(n.startswith("Forum") for n in names)  # a hope for collaboration names no party


# Written for this test: partners whose names start with no head word of the vocabulary, and the
# tagger's names that are not partners (a rank with a person, a signature block in capitals, an
# activity, the office of a title, a headline's words).
TAGGED = (
    "Rutan Contoh Teken PKS\n"
    "SUKAMAJU – Rutan Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan Sanggar Seni Melati, "
    "Kedai Kopi Tiga Saudara, dan Kelompok Tani Sukamaju pada Senin (1/12/2025), bersamaan dengan kegiatan "
    "Terapi Musik bagi warga binaan. Karutan Sukamaju Barat hadir bersama AKBP Budi Santoso.\n"
    "PIHAK KEDUA, PIHAK KESATU,\n"
)


def _tagged(*names, kind="organisation"):
    from ingest.tagger import Entity

    def tagger(text):  # the tagger's answer at the protocol boundary: organisations with their spans
        return [Entity(kind, text.index(n), text.index(n) + len(n), n) for n in names]

    return tagger


def test_the_tagger_s_organisations_are_partners_where_parties_are_named_and_only_there():
    tagger = _tagged("Sanggar Seni Melati", "Kedai Kopi Tiga Saudara", "Terapi Musik", "Sukamaju Barat",
                     "AKBP Budi Santoso", "PIHAK KEDUA", "Teken PKS")
    record = extract_record(document(TAGGED), VOCAB, tagger)
    assert [p.name for p in record.partners] == ["Sanggar Seni Melati", "Kedai Kopi Tiga Saudara", "Kelompok Tani Sukamaju"]
    # the grammar alone: a studio's head word ("Sanggar", organisations.tsv) it knows, a coffee shop's it does not
    assert [p.name for p in extract_record(document(TAGGED), VOCAB).partners] == ["Sanggar Seni Melati", "Kelompok Tani Sukamaju"]


def test_the_tagger_s_whole_name_replaces_a_name_the_grammar_cut():
    text = ("Lapas Contoh Teken PKS\nSUKAMAJU – Lapas Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan "
            "Sahabat Alumni Pesantren Sukamaju pada Senin (1/12/2025).\n")
    assert [p.name for p in extract_record(document(text), VOCAB).partners] == ["Pesantren Sukamaju"]
    record = extract_record(document(text), VOCAB, _tagged("Sahabat Alumni Pesantren Sukamaju"))
    assert [p.name for p in record.partners] == ["Sahabat Alumni Pesantren Sukamaju"]
    assert record.partners[0].kind == "religious school"  # the kind of the head word the grammar found


def test_a_joining_word_the_tagger_reads_into_a_name_s_end_is_not_the_name_s():
    text = ("Contoh Prison Signs Two Agreements\nSUKAMAJU – The Class IIA Sukamaju Correctional Facility signed "
            "agreements with the Contoh Provincial Fisheries Office and Politeknik Contoh on Monday, June 1, 2026.\n")
    record = extract_record(document(text), VOCAB, _tagged("Contoh Provincial Fisheries Office and"))
    assert "Contoh Provincial Fisheries Office" in [p.name for p in record.partners]


def test_a_name_without_its_area_word_is_the_same_body_and_another_area_word_is_not():
    from ingest.records import area_words

    areas = area_words(VOCAB)
    assert same_organisation("Kantor Kemenag Kabupaten Contoh", "Kementerian Agama Contoh", VOCAB.glossary, areas)
    assert not same_organisation("Kantor Kemenag Kabupaten Contoh", "Kementerian Agama Contoh", VOCAB.glossary)
    assert not same_organisation("Dinas Sosial Kota Contoh", "Dinas Sosial Kabupaten Contoh", VOCAB.glossary, areas)
    assert same_organisation("Dinas Ketenagakerjaan Kota Contoh", "Dinas Tenaga Kerja Kota Contoh", VOCAB.glossary)


def test_the_body_a_unit_belongs_to_is_not_the_unit_that_signs():
    text = ("Lapas Contoh Gandeng Yayasan\nSUKAMAJU – Warga binaan Lembaga Pemasyarakatan (Lapas) Kelas III Sukamaju "
            "akan mendapat pendampingan. Lapas yang berada di lingkup Kantor Wilayah Direktorat Jenderal "
            "Pemasyarakatan Sukaraya itu meneken perjanjian kerja sama dengan Yayasan Harapan Baru pada Senin (1/12/2025).\n")
    record = extract_record(document(text), VOCAB)
    assert record.units == ["Lembaga Pemasyarakatan (Lapas) Kelas III Sukamaju"]
    assert [p.name for p in record.partners] == ["Yayasan Harapan Baru"]


def test_a_stated_count_reads_on_past_a_sentence_between_it_and_the_list():
    text = (
        "Lapas Contoh Gandeng Mitra\n"
        "SUKAMAJU – Lapas Kelas IIB Sukamaju menandatangani nota kesepahaman dengan lima mitra pada Jumat (5/12/2025). "
        "Kerja sama ini mencakup pendidikan dan pelatihan kerja bagi warga binaan.\n"
        "Dari kalangan pendidikan ada Politeknik Negeri Sukamaju, SMK Negeri 2 Sukamaju dan Universitas Sukamaju Raya. "
        "Kepala Lapas menyebut kerja sama itu penting. "
        "Dari pemerintah daerah ada Dinas Sosial Kabupaten Sukamaju dan Dinas Perikanan Kabupaten Sukamaju.\n"
        "Sebelumnya, Polres Sukamaju dan Kodim Sukamaju juga pernah membantu lapas.\n"
    )
    record = extract_record(document(text), VOCAB)
    assert [p.name for p in record.partners] == [  # the count met, what follows is not read
        "Politeknik Negeri Sukamaju", "SMK Negeri 2 Sukamaju", "Universitas Sukamaju Raya",
        "Dinas Sosial Kabupaten Sukamaju", "Dinas Perikanan Kabupaten Sukamaju"]
    # without a stated count the list stops at the first sentence that names no partner
    assert extract_record(document(text.replace("dengan lima mitra", "dengan sejumlah mitra")), VOCAB).partners == []


def test_the_place_a_signing_is_held_is_no_partner():
    text = ("Bapas Contoh Teken PKS\nSUKAMAJU – Bapas Kelas II Sukamaju menandatangani perjanjian kerja sama dengan "
            "Pemerintah Kota Sukadamai di Balai Kota Sukadamai pada Senin (1/12/2025).\n")
    assert [p.name for p in extract_record(document(text), VOCAB).partners] == ["Pemerintah Kota Sukadamai"]


def test_a_second_signing_that_names_no_unit_but_its_own_partner_and_place_is_a_record_of_its_own():
    text = ("Kementerian Teken Dua MoU\n"
            "JAKARTA – Kementerian Imigrasi dan Pemasyarakatan menandatangani nota kesepahaman dengan Tentara Nasional "
            "Indonesia (TNI) di Markas Besar TNI pada Rabu (19/11/2025).\n"
            "Sehari kemudian, kementerian itu meneken nota kesepahaman dengan Mahkamah Agung Republik Indonesia di "
            "Gedung Mahkamah Agung.\n")
    records = extract_records(document(text), VOCAB)
    assert [[p.name for p in r.partners] for r in records] == [["Tentara Nasional Indonesia (TNI)"], ["Mahkamah Agung Republik Indonesia"]]
    assert [r.units for r in records] == [["Kementerian Imigrasi dan Pemasyarakatan"]] * 2


def test_a_stated_count_reads_a_list_of_bare_name_lines_and_stops_at_the_count():
    text = ("Rutan Contoh Teken PKS dengan Tiga Mitra\n"
            "SUKAMAJU – Rutan Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan tiga mitra pada Kamis (27/11/2025).\n"
            "Dinas Sosial Kabupaten Sukamaju\nYayasan Bina Umat Sukamaju\nBalai Latihan Kerja Sukamaju\n"
            "Polres Sukamaju\n")  # a fourth line past the count
    record = extract_record(document(text), VOCAB)
    assert [p.name for p in record.partners] == ["Dinas Sosial Kabupaten Sukamaju", "Yayasan Bina Umat Sukamaju", "Balai Latihan Kerja Sukamaju"]
    unstated = extract_record(document(text.replace("dengan tiga mitra", "dengan mitra")), VOCAB)
    assert unstated.partners == []  # without a count, bare lines are not read as a list


@pytest.mark.parametrize("phrase, stated", [
    ("dengan 35 pemerintah kabupaten dan kota", 35), ("dengan empat desa", 4), ("dengan dua perusahaan", 2),
    ("dengan tiga Organisasi Perangkat Daerah", None),  # a name's first word, not a count of every party
])
def test_the_nouns_that_count_partners_come_from_the_vocabulary(phrase, stated):
    text = f"Kanwil Contoh Teken MoU\nSUKAMAJU – Kanwil Ditjenpas Sukamaju menandatangani nota kesepahaman {phrase} pada Selasa (25/11/2025).\n"
    assert extract_record(document(text), VOCAB).partners_stated == stated


def test_a_signing_told_a_day_after_another_is_dated_a_day_later_with_both_days_in_its_evidence():
    text = ("Kementerian Teken Dua MoU\n"
            "JAKARTA – Kementerian Imigrasi dan Pemasyarakatan menandatangani nota kesepahaman dengan Tentara Nasional "
            "Indonesia (TNI) di Markas Besar TNI pada Rabu (19/11/2025).\n"
            "Sehari kemudian, kementerian itu meneken nota kesepahaman dengan Mahkamah Agung Republik Indonesia di "
            "Gedung Mahkamah Agung.\n")
    first, second = extract_records(document(text), VOCAB)
    assert (first.signing_date, second.signing_date) == ("2025-11-19", "2025-11-20")
    quote = second.evidence["signing_date"].quote
    assert "19/11/2025" in quote and "Sehari kemudian" in quote


def test_a_second_signing_told_days_later_without_its_own_place_is_a_record_of_its_own():
    text = ("Lapas Ketapang Teken Dua Kerja Sama\n"
            "KETAPANG – Lapas Kelas IIB Ketapang menandatangani perjanjian kerja sama dengan Dinas Sosial Kabupaten "
            "Ketapang tentang rehabilitasi sosial, Selasa (8/12/2026). Perjanjian ditandatangani Kepala Lapas Ketapang.\n"
            "Dua hari kemudian, lapas yang sama meneken nota kesepahaman dengan Yayasan Cahaya Borneo Lestari.\n")
    records = extract_records(document(text), VOCAB)
    assert [[p.name for p in r.partners] for r in records] == [["Dinas Sosial Kabupaten Ketapang"], ["Yayasan Cahaya Borneo Lestari"]]
    assert [r.signing_date for r in records] == ["2026-12-08", "2026-12-10"]
    same_day = extract_records(document(text.replace("Dua hari kemudian", "Pada hari yang sama")), VOCAB)
    assert len(same_day) == 1  # told on the same day, with no place of its own: one signing


def test_a_date_taken_from_the_document_cites_the_line_that_states_it():
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nBALAI PEMASYARAKATAN KELAS II SAMPIT\nDENGAN\nDINAS SOSIAL KABUPATEN KOTAWARINGIN TIMUR\n\n"
            "Pasal 1\nPara Pihak sepakat bekerja sama dalam pembimbingan klien pemasyarakatan.\n\n"
            "Sampit, 21 Desember 2026\n")
    doc = document(text, kind="agreement")
    doc.date = "2026-12-21"
    record = extract_record(doc, VOCAB)
    assert record.signing_date == "2026-12-21"
    assert record.evidence["signing_date"].quote == "Sampit, 21 Desember 2026"


def test_a_signing_told_as_yesterday_is_the_day_before_the_report():
    text = ("Lapas Sukamaju Gandeng Dinas Sosial\n"
            "Lapas Kelas IIB Sukamaju kemarin menandatangani perjanjian kerja sama dengan Dinas Sosial Kabupaten "
            "Sukamaju tentang rehabilitasi sosial warga binaan.\n")
    doc = document(text)
    doc.date = "2025-03-04"
    record = extract_record(doc, VOCAB)
    assert record.signing_date == "2025-03-03"
    assert "kemarin" in record.evidence["signing_date"].quote


@pytest.mark.parametrize("sentence, unit, partner", [
    ("Kalapas Lumajang, Budi Santoso, dan Bupati Lumajang, Ani Lestari, menandatangani perjanjian kerja sama "
     "pembinaan kemandirian pada Senin (3/3/2025).", "Lapas Lumajang", "Pemerintah Kabupaten Lumajang"),
    ("Wali Kota Bantul, Dedi Kurnia, dan Kepala Bapas Bantul meneken PKS pembimbingan klien pada 4 Maret 2025.",
     "Bapas Bantul", "Pemerintah Kota Bantul"),
])
def test_a_signing_told_through_the_heads_who_signed_has_the_bodies_they_head_as_parties(sentence, unit, partner):
    record = extract_record(document("Dua Lembaga Teken PKS\n" + sentence), VOCAB)
    assert record.units == [unit]
    assert [p.name for p in record.partners] == [partner]


def _tagged_record(text: str):
    from ingest.tagger import Tagger

    return extract_record(document(text), VOCAB, Tagger().entities)  # the bundled tagger, for real


def test_a_role_followed_by_its_holder_s_name_and_no_town_names_no_body():
    sentence = "Dokumen diteken Kalapas Budi Santoso dan Kepala Dinas Sosial Kabupaten Lumajang pada 3 Maret 2025."
    record = extract_record(document("PKS Diteken\n" + sentence), VOCAB)
    assert record is None or all("Budi" not in name for name in record.units + [p.name for p in record.partners])


@pytest.mark.parametrize("text, unit, partners", [
    # the tagger's person ends the body a minister heads
    ("Kementerian Teken MoU\nMenteri Imigrasi dan Pemasyarakatan Agus Santoso menandatangani nota kesepahaman "
     "dengan Kepala Badan Narkotika Nasional di Jakarta, Rabu (5/3/2025).", "Kementerian Imigrasi dan Pemasyarakatan", None),
    # a role named for what its holder said or ordered is no party
    ("Rutan Teken Nota Kesepakatan\nRutan Kelas IIB Lumajang menandatangani nota kesepakatan dengan Dinas Perikanan "
     "Kabupaten Lumajang pada 3 Maret 2025 sebagai tindak lanjut arahan Menteri Imigrasi dan Pemasyarakatan.",
     "Rutan Kelas IIB Lumajang", None),
    # a body the headline names and the story names only through its head's role is a party
    ("Kementerian Imigrasi dan Pemasyarakatan Teken MoU dengan Mahkamah Agung\nJAKARTA - Menteri Imigrasi dan "
     "Pemasyarakatan menandatangani nota kesepahaman dengan Mahkamah Agung tentang pertukaran data perkara pada Rabu "
     "(5/3/2025).", "Kementerian Imigrasi dan Pemasyarakatan", ["Mahkamah Agung"]),
])
def test_the_correctional_party_named_through_a_minister_s_role_with_the_tagger(text, unit, partners):
    record = _tagged_record(text)
    assert record.units == [unit]
    assert partners is None or [p.name for p in record.partners] == partners


@pytest.mark.parametrize("second, partners", [
    ("Dari unsur pemerintah daerah hadir dan turut menandatangani Dinas Kesehatan Kabupaten Lumajang serta Balai "
     "Latihan Kerja Lumajang.", ["Dinas Sosial Kabupaten Lumajang", "Dinas Kesehatan Kabupaten Lumajang",
                                  "Balai Latihan Kerja Lumajang"]),
    ("Hadir dalam penandatanganan tersebut Kepala Kantor Kementerian Agama Kabupaten Lumajang dan Ketua Pengadilan "
     "Negeri Lumajang.", ["Dinas Sosial Kabupaten Lumajang"]),
])
def test_those_present_who_sign_too_are_parties_and_guests_are_not(second, partners):
    text = ("Lapas Gandeng Instansi\nLapas Kelas IIB Lumajang menandatangani perjanjian kerja sama dengan Dinas Sosial "
            "Kabupaten Lumajang pada Senin (3/3/2025). " + second)
    assert [p.name for p in extract_record(document(text), VOCAB).partners] == partners


def test_a_unit_s_town_the_gazetteer_keeps_out_as_a_word_is_read_as_its_regency():
    # "Batang" (a regency of Central Java) is also an ordinary word, so no bare place name; "Banjar" is two regencies
    text = ("Rutan Teken PKS\nRutan Kelas IIB Batang menandatangani perjanjian kerja sama dengan Koperasi Tani Contoh "
            "pada Selasa (21/4/2026).")
    record = extract_record(document(text), VOCAB)
    assert record.province == "Jawa Tengah" and "Rutan Kelas IIB Batang" in record.evidence["province"].quote
    other = extract_record(document(text.replace("Batang", "Banjar")), VOCAB)
    assert other.province == ""


def _entities(*pairs):
    from ingest.tagger import Entity

    def tagger(text):  # the tagger's answer at the protocol boundary: (kind, words) with their spans
        return [Entity(kind, text.index(n), text.index(n) + len(n), n) for kind, n in pairs]
    return tagger


# Written for this test; Madiun and Malang are real towns so that the gazetteer knows them.
def test_a_town_the_tagger_reads_into_the_holder_stays_the_unit_s():
    text = ("Bapas Madiun Teken PKS\nMADIUN – Kepala Bapas Kelas II Madiun Budi Santoso dan Kepala Dinas Sosial Kota "
            "Madiun menandatangani perjanjian kerja sama pada Senin (2/2/2026).\n")
    record = extract_record(document(text), VOCAB, _entities(("person", "Madiun Budi Santoso")))
    assert record.units == ["Bapas Kelas II Madiun"]


def test_a_holder_named_after_a_comma_leaves_the_name_whole():
    text = ("Rutan Contoh Teken MoU\nMALANG – Kepala Rutan Kelas IIB Malang Sumber Sari, Budi Santoso, meneken nota "
            "kesepakatan dengan Dinas Sosial Kota Malang pada Senin (2/2/2026).\n")
    record = extract_record(document(text), VOCAB, _entities(("person", "Sari"), ("person", "Budi Santoso")))
    assert record.units == ["Rutan Kelas IIB Malang Sumber Sari"]  # the tagger's stray "Sari" is a word of the name


def test_the_tagger_s_whole_name_is_kept_where_the_grammar_s_cut_one_stands_anywhere():
    text = ("Lapas Contoh Teken PKS\nSUKAMAJU – Lapas Kelas IIB Sukamaju meneken perjanjian kerja sama dengan sepuluh "
            "mitra pada Senin (2/2/2026). Dari unsur masyarakat, kerja sama diteken oleh Yayasan Bumi Wali dan "
            "Paguyuban Seni Sukamaju.\n")
    assert "Yayasan Bumi" in [p.name for p in extract_record(document(text), VOCAB).partners]  # "Wali" reads as a role
    record = extract_record(document(text), VOCAB, _entities(("organisation", "Yayasan Bumi Wali")))
    assert [p.name for p in record.partners] == ["Yayasan Bumi Wali", "Paguyuban Seni Sukamaju"]


def test_an_english_report_of_agreements_in_the_plural_is_a_signing():
    text = ("Prison Partners with University\nAMBON – The Class IIA Ambon Detention Centre on Monday, February 16, 2026, "
            "signed cooperation agreements with Contoh Raya University and PT Maju Contoh.\n")
    record = extract_record(document(text), VOCAB)
    assert [p.name for p in record.partners] == ["Contoh Raya University", "PT Maju Contoh"]


def test_a_second_signing_of_the_same_office_on_a_day_of_its_own_is_a_record_of_its_own():
    text = ("Bapas Contoh Teken Dua Kesepakatan\nSUKAMAJU – Balai Pemasyarakatan Kelas II Sukamaju menggelar dua "
            "penandatanganan pekan ini. Pada Senin (2/3/2026), Bapas Sukamaju meneken perjanjian kerja sama dengan "
            "Dinas Sosial Kabupaten Contoh dan Yayasan Bina Contoh. Adapun pada Rabu (4/3/2026), penandatanganan "
            "dilakukan bersama Dinas Sosial Kabupaten Lain.\n")
    assert [(day, partners) for _, partners, day in _signings(text)] == [
        ("2026-03-02", ["Dinas Sosial Kabupaten Contoh", "Yayasan Bina Contoh"]), ("2026-03-04", ["Dinas Sosial Kabupaten Lain"])]


def _signings(text):
    """Each record of a written text as (units, partner names, signing date)."""
    return [(r.units, [p.name for p in r.partners], r.signing_date) for r in extract_records(document(text), VOCAB)]


def test_an_english_release_names_the_ministry_and_an_agency_in_english():
    text = ("Ministry Signs MoU\nJAKARTA – The Ministry of Immigration and Corrections signed a memorandum of "
            "understanding with the National Narcotics Agency (BNN) on Monday (2/3/2026) in Jakarta.\n")
    record = extract_record(document(text), VOCAB)
    assert record.units == ["Ministry of Immigration and Corrections"]
    assert [p.name for p in record.partners] == ["National Narcotics Agency"]


def test_a_sentence_about_another_unit_s_partners_does_not_go_on_with_this_signing_s_list():
    text = ("Dua UPT Teken Kerja Sama\nSUKAMAJU – Lapas Kelas I Sukamaju meneken perjanjian kerja sama dengan Universitas "
            "Contoh pada Senin (30/3/2026). Sebelumnya, Rutan Kelas IIB Lainjaya telah bekerja sama dengan Dinas Sosial "
            "Kabupaten Lainjaya dan Yayasan Lainjaya Sejahtera.\n")
    [record] = extract_records(document(text), VOCAB)  # past cooperation recalled: no record of its own
    assert [p.name for p in record.partners] == ["Universitas Contoh"]  # and not the detention centre's partners


def test_other_units_part_of_the_same_occasion_told_without_a_signing_word_are_records_of_their_own():
    text = ("Tiga UPT Teken Kerja Sama\nSUKAMAJU – Tiga unit pemasyarakatan menandatangani perjanjian kerja sama, Senin "
            "(30/3/2026). Lapas Kelas I Sukamaju meneken PKS dengan Universitas Contoh. Sementara itu, Rutan Kelas IIB "
            "Lainjaya bekerja sama dengan Dinas Sosial Kabupaten Lainjaya, dan Bapas Kelas II Jauhsari dengan Pemerintah "
            "Kota Jauhsari.\n")
    assert _signings(text) == [
        (["Lapas Kelas I Sukamaju"], ["Universitas Contoh"], "2026-03-30"),
        (["Rutan Kelas IIB Lainjaya"], ["Dinas Sosial Kabupaten Lainjaya"], "2026-03-30"),
        (["Bapas Kelas II Jauhsari"], ["Pemerintah Kota Jauhsari"], "2026-03-30")]
    together = ("Dua UPT Teken PKS\nSUKAMAJU – Lapas Kelas I Sukamaju dan Rutan Kelas IIB Lainjaya meneken perjanjian kerja "
                "sama dengan Universitas Contoh, Senin (30/3/2026).\n")
    [record] = extract_records(document(together), VOCAB)  # units named together sign together
    assert len(record.units) == 2 and [p.name for p in record.partners] == ["Universitas Contoh"]


def test_an_article_before_a_tagged_english_name_is_no_word_of_it():
    text = ("Facility Signs Agreements\nMEDAN – The Class I Contoh Correctional Facility signed agreements on Thursday, "
            "April 2, 2026, with three partners: Contoh Raya University, the North Contoh Education Office and PT Maju Contoh.\n")
    record = extract_record(document(text), VOCAB, _entities(("organisation", "the North Contoh Education Office")))
    assert [p.name for p in record.partners] == ["Contoh Raya University", "North Contoh Education Office", "PT Maju Contoh"]


def test_bodies_named_in_what_an_agreement_governs_carry_it_out_and_are_no_further_partners():
    text = ("Bapas Contoh Teken Nota\nSUKAMAJU – Bapas Kelas II Sukamaju dan Pemerintah Kota Sukamaju meneken nota "
            "kesepakatan pada Selasa (7/4/2026). Nota itu mengatur pendampingan klien anak oleh Dinas Sosial dan Dinas "
            "Pendidikan Kota Sukamaju.\n")
    assert [partners for _, partners, _ in _signings(text)] == [["Pemerintah Kota Sukamaju"]]


def test_a_tagged_name_after_with_and_an_article_stands_where_parties_are_named():
    text = ("Prison Partners with Church\nAMBON – The Class IIA Contoh Detention Centre signed a cooperation agreement "
            "with the Protestant Church of Lainjaya on Monday, February 16, 2026.\n")
    assert extract_record(document(text), VOCAB).partners == []  # the grammar has no head word for it
    record = extract_record(document(text), VOCAB, _entities(("organisation", "Protestant Church of Lainjaya")))
    assert [p.name for p in record.partners] == ["Protestant Church of Lainjaya"]


def test_a_name_in_brackets_after_a_name_and_a_body_referred_back_to_are_no_further_partners():
    text = ("Detention Centre Signs Training Agreement\nMEDAN, 14 September 2026 — The Class IIB Contoh Detention Centre "
            "signed a cooperation agreement with the Contoh Raya Nursing Academy (Akademi Keperawatan Contoh Raya) on Monday. "
            "The agreement was signed by the Head of the Detention Centre, Budi Contoh, and the Director of the academy, "
            "Sari Contoh.\n")
    assert [p.name for p in extract_record(document(text), VOCAB).partners] == [
        "Contoh Raya Nursing Academy (Akademi Keperawatan Contoh Raya)"]


def test_a_partner_named_in_two_languages_keeps_both_names_and_matches_either():
    from assistant.evaluate_records import names_match

    text = ("Detention Centre Signs Engine Repair Agreement\nLANGSA, Aceh — The Class IIB Langsa Detention Centre and the "
            "Kuala Contoh Fishermen's Cooperative (Koperasi Nelayan Kuala Contoh) signed a cooperation agreement on "
            "Tuesday, 1 December 2026, to train detainees in repairing boat engines.\n")
    [partner] = extract_record(document(text), VOCAB).partners
    assert partner.name == "Kuala Contoh Fishermen's Cooperative (Koperasi Nelayan Kuala Contoh)"
    assert set(partner.aliases) == {"Kuala Contoh Fishermen's Cooperative", "Koperasi Nelayan Kuala Contoh"}
    # a true record may name it either way
    assert names_match("Koperasi Nelayan Kuala Contoh", partner.name)
    assert names_match("Kuala Contoh Fishermen's Cooperative", partner.name)


def test_an_abbreviation_is_spelled_out_by_its_full_form_when_its_other_forms_are_shorter():
    from ingest.records import name_forms

    assert "kantor wilayah direktorat jenderal pemasyarakatan jawa contoh" in name_forms("Kanwil Ditjenpas Jawa Contoh", VOCAB.glossary)


def test_place_mentions_are_kept_per_text_and_handed_out_as_new_lists():
    """An answer asks about the same sentence many times: its mentions are found once, and a caller
    that changes the list it was given changes no other caller's."""
    from ingest.core.vocabulary import Gazetteer

    gazetteer = Gazetteer({"contoh jaya": "Provinsi Contoh", "lainjaya": "Provinsi Lain"})
    text = "Lapas Contoh Jaya dan Rutan Lainjaya, bukan contoh jaya."
    first = gazetteer.mentions(text)
    first.append(None)
    again = gazetteer.mentions(text)
    assert [m.place for m in again] == ["Contoh Jaya", "Lainjaya"] and again is not first
    assert text in gazetteer._told


def test_the_body_an_office_s_head_acts_for_is_not_a_partner_beside_the_office():
    """"Kepala Dinas A Kota B, … atas nama Pemerintah Kota B": the office is the party; the city
    government its head acts for is no second partner. A government named as a party of its own stays."""
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nLEMBAGA PEMASYARAKATAN KELAS IIB WATAMPONE\nDENGAN\nDINAS PERTANIAN "
            "KABUPATEN BONE\n\nPada hari ini Kamis tanggal 12 November 2026, Kepala Lembaga Pemasyarakatan Kelas IIB "
            "Watampone, selanjutnya disebut PIHAK PERTAMA, dan Kepala Dinas Pertanian Kabupaten Bone, yang bertindak "
            "untuk dan atas nama Pemerintah Kabupaten Bone, selanjutnya disebut PIHAK KEDUA, sepakat mengadakan "
            "perjanjian kerja sama.\n")
    record = extract_record(document(text), VOCAB)
    assert [p.name for p in record.partners] == ["Dinas Pertanian Kabupaten Bone"]
    both = ("Lapas Watampone Teken MoU\n\nWATAMPONE – Lembaga Pemasyarakatan Kelas IIB Watampone menandatangani nota "
            "kesepahaman dengan Pemerintah Kabupaten Bone dan Dinas Pertanian Kabupaten Bone, Kamis (12/11/2026).\n")
    names = [p.name for p in extract_record(document(both), VOCAB).partners]
    assert "Pemerintah Kabupaten Bone" in names and "Dinas Pertanian Kabupaten Bone" in names


def test_two_units_of_other_towns_signing_on_one_day_stay_two_signings():
    """"Class II Jambi Probation Office" and "Class IIB Lhokseumawe Detention Centre" share only the words
    of their kinds and classes (unit_types.tsv): signings of one day, not one signing."""

    jambi = extract_records(document(
        "Probation Office Signs With Clinic\n\nJAMBI — The Class II Jambi Probation Office signed a cooperation agreement "
        "with the Sehat Mandiri Clinic on Tuesday, 1 December 2026.\n"), VOCAB)
    lhokseumawe = extract_records(document(
        "Detention Centre Signs With Cooperative\n\nLHOKSEUMAWE — The Class IIB Lhokseumawe Detention Centre signed a "
        "cooperation agreement with the Pase Fishermen's Cooperative on Tuesday, 1 December 2026.\n", "contoh-2", "contoh2.txt"), VOCAB)
    merged = merge_records(jambi + lhokseumawe, VOCAB)
    assert len(merged) == 2, [(r.units, [p.name for p in r.partners]) for r in merged]
    # Partners of two universities share only the words of their kind: two signings too.
    bali = extract_records(document(
        "Kanwil Bali Teken MoU\n\nDENPASAR – Kanwil Ditjenpas Bali menandatangani nota kesepahaman dengan Universitas "
        "Taman Raya, Selasa (1/12/2026).\n", "contoh-3", "contoh3.txt"), VOCAB)
    bengkulu = extract_records(document(
        "Kanwil Bengkulu Teken MoU\n\nBENGKULU – Kanwil Ditjenpas Bengkulu menandatangani nota kesepahaman dengan "
        "Universitas Pesisir Raya, Selasa (1/12/2026).\n", "contoh-4", "contoh4.txt"), VOCAB)
    assert len(merge_records(bali + bengkulu, VOCAB)) == 2


def test_an_arts_studio_is_a_partner():
    """"Sanggar" opens an organisation's name (a studio of an art or craft): the partner a prison takes
    on in one sentence and whose head signs in the next, referred back to by the head word."""
    text = ("Lapas Kalabahi Gandeng Sanggar Tari\n\nKALABAHI – Lembaga Pemasyarakatan Kelas IIB Kalabahi menggandeng "
            "Sanggar Tari Contoh Alor untuk melatih warga binaan menari. Kerja sama itu dituangkan dalam perjanjian kerja "
            "sama yang ditandatangani Kepala Lapas Kalabahi, Nama Satu, dan ketua sanggar, Nama Dua, Selasa (12/1/2027).")
    record = extract_record(document(text), VOCAB)
    assert record is not None and [p.name for p in record.partners] == ["Sanggar Tari Contoh Alor"]


def test_a_signing_told_relative_to_its_dateline_is_dated_from_it():
    """"A, 15 January 2027 — … signed … last Friday": the dateline's date is the report's, the signing the
    Friday before it (a Friday itself: the week before)."""
    text = ("Kupang Prison Signs with Bakery\n\nKUPANG, 15 January 2027 — The Class IIA Kupang Prison and the Contoh "
            "Bakery Cooperative signed a cooperation agreement last Friday to train inmates as bakers.\n")
    record = extract_record(document(text), VOCAB)
    assert record is not None and record.signing_date == "2027-01-08", record and record.signing_date
    plain = text.replace(" last Friday", "")
    assert extract_record(document(plain), VOCAB).signing_date == "2027-01-15"


def test_an_english_group_is_a_partner():
    """"Group" ends an English organisation's name, as "Cooperative" does."""
    text = ("Tual Prison Signs with Farmers\n\nTUAL, Maluku — The Class IIB Tual Prison signed a memorandum of understanding "
            "with the Kei Kecil Cassava Farmers Group on 19 January 2027 to train inmates in farming.\n")
    record = extract_record(document(text), VOCAB)
    assert record is not None and [p.name for p in record.partners] == ["Kei Kecil Cassava Farmers Group"]


def test_a_company_in_an_agreement_s_capital_letter_heading_is_a_partner():
    """An organisation's head that is written in capitals ("PT") stays so when a heading in capitals is
    read as news writes names (`ingest.casing.news_case`), and the grammar finds the company."""
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nBALAI PEMASYARAKATAN KELAS II TASIKMALAYA\nDENGAN\nPT GALUNGGUNG PANGAN LESTARI\n"
            "TENTANG\nPENEMPATAN KERJA KLIEN PEMASYARAKATAN\n\nPasal 1\nPIHAK KEDUA menempatkan klien sebagai tenaga kerja.\n\n"
            "Tasikmalaya, 3 Februari 2027\n")
    doc = document(text, kind="agreement")
    record = extract_record(doc, VOCAB)
    assert record is not None and [p.name for p in record.partners] == ["PT Galunggung Pangan Lestari"]
    assert news_case("PT GALUNGGUNG PANGAN", VOCAB) == "PT Galunggung Pangan"


def test_an_english_unit_named_without_its_town_takes_the_town_after_in():
    """"The Class IIA Women's Prison in Ambon": the unit's name ends with its town (name_words.tsv
    located in); a name that has its town keeps it, and a word after "in" that is no town is left."""
    text = ("Ambon Women's Prison Signs with Bank\n\nAMBON, 2 February 2027 — The Class III Women's Prison in Ambon and "
            "Bank Lease Sejahtera signed a cooperation agreement on Monday to train inmates in bookkeeping.\n")
    record = extract_record(document(text), VOCAB)
    assert record is not None and "Class III Women's Prison in Ambon" in record.units, record and record.units
    assert [m.name for m in organisations("The Class IIB Ende Prison in Ende signed.", VOCAB)] == ["Class IIB Ende Prison"]
    assert [m.name for m in organisations("The Detention Centre in March signed.", VOCAB)] == ["Detention Centre"]


def test_an_english_agreement_still_being_prepared_is_no_signing():
    """"… is preparing a cooperation agreement …, expected to be signed in May" tells no signing made
    (signing_words.tsv planned): no record."""
    text = ("Ende Prison Plans Weaving Partnership\n\nENDE, East Nusa Tenggara — The Class IIB Ende Prison is preparing a "
            "cooperation agreement with a weavers' cooperative in Wolowaru, its head said on Monday, 1 March 2027.\n\n"
            "The agreement is still being drafted and is expected to be signed in May.\n")
    assert extract_records(document(text), VOCAB) == []


def test_an_abbreviation_of_two_words_in_brackets_names_the_body_with_the_rest_of_its_name():
    long = "Unit Pelaksana Teknis Daerah Balai Pelatihan Vokasi (UPTD BPV) Kabupaten Seluma"
    areas = frozenset({"kabupaten", "kota"})
    assert same_organisation(long, "UPTD BPV Seluma", areas=areas)
    assert same_organisation(long, "UPTD BPV Kabupaten Seluma")
    assert not same_organisation(long, "UPTD BPV Kabupaten Kaur", areas=areas)


def test_a_body_only_an_agreement_s_article_names_is_no_partner():
    """An agreement names its parties before its clauses ("Pasal 1", page_words.tsv clause): "PIHAK KEDUA
    menyediakan … dengan pengajar dari Yayasan A" names a foundation that supplies teachers, no partner."""
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nLEMBAGA PEMASYARAKATAN KELAS III BINTUHAN\nDENGAN\nDINAS PERPUSTAKAAN KABUPATEN "
            "KAUR\nTENTANG\nLAYANAN PERPUSTAKAAN KELILING\n\nPasal 1\nPIHAK KEDUA menyediakan buku bacaan bagi "
            "warga binaan PIHAK PERTAMA dengan pengajar dari Yayasan Gemar Membaca Sejahtera binaan PIHAK KEDUA.\n\n"
            "Bintuhan, 3 Februari 2027\n")
    record = extract_record(document(text, kind="agreement"), VOCAB)
    assert record is not None and [p.name for p in record.partners] == ["Dinas Perpustakaan Kabupaten Kaur"], \
        record and [p.name for p in record.partners]


def test_one_word_of_a_two_word_abbreviation_named_alone_is_no_second_partner():
    """"… dengan Unit Pelaksana Teknis Daerah Balai Latihan Kerja (UPTD BLK) Kabupaten A …", then "… di gedung
    bengkel BLK di Sukadana": the bare word names the body already found, not another partner."""
    text = ("Lapas Sukadana Gandeng BLK\n\nSUKADANA – Lembaga Pemasyarakatan Kelas IIB Sukadana menandatangani nota "
            "kesepahaman dengan Unit Pelaksana Teknis Daerah Balai Latihan Kerja (UPTD BLK) Kabupaten Lampung Timur tentang "
            "pelatihan menjahit, Senin (7/6/2027). Penandatanganan berlangsung di gedung bengkel BLK di Sukadana.\n")
    record = extract_record(document(text), VOCAB)
    assert record is not None and [p.name for p in record.partners] == [
        "Unit Pelaksana Teknis Daerah Balai Latihan Kerja (UPTD BLK) Kabupaten Lampung Timur"], record and record.partners
