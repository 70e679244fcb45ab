"""A record needs a signing by a correctional party; a document may report none, one or several.

Every sentence here was written for the test (place and organisation names are invented)."""

from __future__ import annotations

import pytest

from ingest.core.types import Document, Page
from ingest.records import extract_records
from ingest.sentences import sentence_spans
from ingest.signings import EVALUATED, EXTENDED, PLANNED, SIGNED, signing_statements
from tests.vocab import VOCAB


def document(body: str, title: str = "Kabar Pemasyarakatan Contoh") -> Document:
    text = f"{title}\n{body}"
    return Document(id="d-1", source="d.txt", title=title, text=text, kind="article", pages=[Page(1, 0, len(text))])


def statuses(text: str) -> list[str]:
    return [s.status for s in signing_statements(text, sentence_spans(text), VOCAB)]


@pytest.mark.parametrize("sentence, status", [
    ("Lapas Kelas IIB Contoh menandatangani nota kesepahaman dengan Dinas Sosial Kabupaten Contoh.", SIGNED),
    ("Rutan Contoh resmi menjalin kerja sama melalui PKS dengan Puskesmas Contoh.", SIGNED),
    ("Lapas Contoh akan menandatangani nota kesepahaman dengan Dinas Sosial pekan depan.", PLANNED),
    ("Rencananya penandatanganan MoU dengan Pemkab Contoh digelar bulan depan.", PLANNED),
    ("Bapas Contoh menggelar evaluasi PKS yang telah ditandatangani dengan Yayasan Contoh.", EVALUATED),
    ("Kedua pihak membahas perpanjangan MoU yang diteken tiga tahun lalu.", EXTENDED),
    ("Kedua pihak sepakat menindaklanjuti rapat dengan menyusun nota kesepahaman tahun depan.", PLANNED),
    # the word that puts it ahead comes after the signing words
    ("Penandatanganan nota kesepahaman dengan Universitas Contoh direncanakan bulan depan.", PLANNED),
    ("The signing of the agreement with Contoh University is scheduled for next month.", PLANNED),
    ("Kedua pihak menargetkan perjanjian dapat ditandatangani pada Juni mendatang.", PLANNED),
    ("Penandatanganan PKS dengan Yayasan Contoh berlangsung khidmat dan akan ditindaklanjuti pelatihan.", SIGNED),
    # the start of what has run since is an earlier signing, not this one
    ("Rombongan membahas program magang yang berjalan sejak nota kesepahaman diteken pada 2024.", EVALUATED),
    # a signing denied is none made
    ("Both sides will keep talking about a partnership, but no agreement was signed during the visit.", PLANNED),
    ("The prison and the foundation have not signed a memorandum of understanding yet.", PLANNED),
    ("The detention centre and the university plan to sign a memorandum of understanding next month.", PLANNED),
])
def test_a_signing_statement_has_a_status(sentence, status):
    assert statuses(sentence) == [status]


@pytest.mark.parametrize("sentence", [
    "Politikus PKS mengunjungi Lapas Contoh dan berdialog dengan warga binaan.",
    "Lapas Contoh menggelar turnamen futsal yang diikuti tim dari Polres Contoh dan PT Maju Terus.",
    "Warga binaan Lapas Contoh bekerja sama memanen cabai bersama petugas.",
])
def test_sentences_that_only_mention_cooperation_are_no_signing(sentence):
    assert statuses(sentence) == []


@pytest.mark.parametrize("body", [
    "Lapas Kelas IIB Contoh akan menandatangani nota kesepahaman dengan Dinas Sosial Kabupaten Contoh pekan depan.",
    "Bapas Contoh menggelar evaluasi PKS yang telah ditandatangani dengan Yayasan Harapan Contoh.",
    "Polres Contoh dan Universitas Contoh menandatangani MoU bidang pendidikan pada Senin (3/3/2025).",
    "Politikus PKS mengunjungi Lapas Contoh. Lapas Contoh menggelar lomba yang diikuti PT Maju Terus.",
    # a document named like an agreement that binds no partner: an official's contract, a settlement
    "Seluruh pejabat Lapas Kelas IIB Contoh menandatangani Perjanjian Kinerja Tahun 2026 pada Senin (5/1/2026).",
    "Dua warga binaan Rutan Contoh menandatangani surat perjanjian damai pada Rabu (14/1/2026) di aula rutan.",
    "Pengurus koperasi pegawai Lapas Contoh melaporkan penandatanganan perjanjian kredit anggota dengan Bank Contoh.",
    # a story told a year after its signing
    "Setahun setelah penandatanganan perjanjian kerja sama pada April 2025, Lapas Kelas IIB Contoh dan Koperasi Susu "
    "Contoh mencatat produksi dua ton, Rabu (15/4/2026).",
    # a prison's hall is the place of other bodies' signing, not a party to it
    "Aula Lapas Kelas IIA Contoh menjadi lokasi penandatanganan nota kesepahaman antara Pemerintah Provinsi Contoh "
    "dan Universitas Contoh, Rabu (25/3/2026).",
])
def test_no_record_without_a_signing_by_a_correctional_party(body):
    assert extract_records(document(body), VOCAB) == []


def test_two_signings_by_different_correctional_parties_become_two_records():
    body = ("Direktorat Jenderal Pemasyarakatan menandatangani PKS dengan Yayasan Alfa Contoh dan PT Beta Contoh "
            "pada Senin (2/6/2025). Selanjutnya, Lapas Kelas IIA Contoh menandatangani PKS dengan Yayasan Gamma Contoh, "
            "Pondok Pesantren Delta Contoh, dan CV Epsilon Contoh.")
    records = extract_records(document(body), VOCAB)
    assert len(records) == 2
    first, second = ({p.name for p in r.partners} for r in records)
    assert first == {"Yayasan Alfa Contoh", "PT Beta Contoh"}
    assert second == {"Yayasan Gamma Contoh", "Pondok Pesantren Delta Contoh", "CV Epsilon Contoh"}
    assert "Direktorat Jenderal Pemasyarakatan" in records[0].units and "Lapas Kelas IIA Contoh" in records[1].units
    for record in records:
        signing = record.evidence["signing"]
        assert document(body).text[signing.start : signing.end] == signing.quote and "menandatangani" in signing.quote


def test_a_witness_from_the_regional_office_is_no_second_signing():
    body = ("Lapas Kelas IIA Contoh menandatangani PKS dengan Dinas Perikanan Kabupaten Contoh pada Selasa (4/3/2025). "
            "Penandatanganan disaksikan Kepala Kantor Wilayah Ditjenpas Contoh dan Bupati Contoh.")
    (record,) = extract_records(document(body), VOCAB)
    assert [p.name for p in record.partners] == ["Dinas Perikanan Kabupaten Contoh"]


def test_the_head_of_a_unit_signs_for_it():
    body = ("Kalapas Contoh, Budi Santoso, meneken perjanjian kerja sama dengan Dinas Tenaga Kerja Kabupaten Contoh. "
            "Kerja sama itu memperkuat program pembinaan di Lapas Kelas IIB Contoh.")
    (record,) = extract_records(document(body), VOCAB)
    assert record.units == ["Lapas Kelas IIB Contoh"]


def test_a_day_and_month_without_a_year_is_kept_partial():
    body = "Rutan Kelas IIB Contoh menandatangani nota kesepahaman dengan Puskesmas Contoh pada Rabu (5/11)."
    (record,) = extract_records(document(body), VOCAB)
    assert record.signing_date == "" and record.signing_month_day == "11-05"
    assert record.signing_date_as_stated == "Rabu (5/11)"


def test_the_year_of_a_partial_date_comes_from_the_documents_own_dates():
    body = ("Contoh, 6 November 2025 – Rutan Kelas IIB Contoh menandatangani nota kesepahaman dengan "
            "Puskesmas Contoh pada Rabu (5/11).")
    (record,) = extract_records(document(body), VOCAB)
    assert record.signing_date == "2025-11-05"


@pytest.mark.parametrize("text, names", [
    ("meneken PKS dengan Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Contoh.",
     ["Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Contoh"]),
    ("bersama Polres Contoh, Kodim 0001/Contoh, dan BNNK Contoh.", ["Polres Contoh", "Kodim 0001/Contoh", "BNNK Contoh"]),
    ("Kepala BNN, Budi Santoso, dan Ketua Yayasan Alfa hadir.", ["BNN", "Yayasan Alfa"]),
    ("dengan SD-SMP Satu Atap Negeri 3 Contoh dan Dinas Perpustakaan dan Kearsipan Kabupaten Contoh",
     ["SD-SMP Satu Atap Negeri 3 Contoh", "Dinas Perpustakaan dan Kearsipan Kabupaten Contoh"]),
    ("dengan Rumah Tahfidz Al-Ikhlas Contoh, Dayah Babussalam Contoh, serta Perpustakaan Daerah Contoh",
     ["Rumah Tahfidz Al-Ikhlas Contoh", "Dayah Babussalam Contoh", "Perpustakaan Daerah Contoh"]),
    ("dengan Universitas Islam Negeri Raden Mas Said Contoh", ["Universitas Islam Negeri Raden Mas Said Contoh"]),
    ("Pengasuh Pondok Pesantren Nurul Contoh, Ahmad, hadir.", ["Pondok Pesantren Nurul Contoh"]),
    ("diteken Menteri dan Panglima TNI. Kerja sama itu berlaku lima tahun.", ["TNI"]),  # the dot ends the sentence
    ("dengan CV. Sinar Contoh dan Pemerintah Kab. Contoh.", ["CV. Sinar Contoh", "Pemerintah Kab. Contoh"]),
    ("signed an MoU with the Contoh Regency Government on Tuesday.", ["Contoh Regency Government"]),
    # a kind written once for several towns of the gazetteer (real towns, so that it knows them); not a province
    ("dengan Pemerintah Kabupaten Pati, Rembang, dan Kudus, Rabu.",
     ["Pemerintah Kabupaten Pati", "Pemerintah Kabupaten Rembang", "Pemerintah Kabupaten Kudus"]),
    ("dengan Dinas Sosial Kabupaten Ngada, Nusa Tenggara Timur, tentang", ["Dinas Sosial Kabupaten Ngada"]),
    ("dengan Dinas Sosial Kabupaten Pati, Universitas Contoh Kudus, dan Polres Kudus.",
     ["Dinas Sosial Kabupaten Pati", "Universitas Contoh Kudus", "Polres Kudus"]),
    ("dengan Kantor Imigrasi Kelas II Non TPI Contoh dan Universitas Contoh",
     ["Kantor Imigrasi Kelas II Non TPI Contoh", "Universitas Contoh"]),
    ("dengan SMA Contoh 1 Sukamaju dan Pusat Kegiatan Belajar Masyarakat (PKBM) Cendekia",
     ["SMA Contoh 1 Sukamaju", "Pusat Kegiatan Belajar Masyarakat (PKBM) Cendekia"]),
])
def test_organisation_names_by_the_general_grammar(text, names):
    from ingest.organisations import organisations

    assert [m.name for m in organisations(text, VOCAB)] == names


def test_an_english_report_names_its_parties_with_the_kind_word_last():
    body = ("SEMARANG - The Class I Semarang Correctional Facility signed a memorandum of understanding with "
            "Contoh Raya University and PT Maju Contoh on Wednesday (25/2/2026).")
    [record] = extract_records(document(body, title="Prison Signs Agreement"), VOCAB)
    assert record.units == ["Class I Semarang Correctional Facility"]
    assert [p.name for p in record.partners] == ["Contoh Raya University", "PT Maju Contoh"]
    assert record.signing_date == "2026-02-25"


def test_a_school_abbreviation_after_and_starts_another_partner():
    body = ("Rutan Kelas IIB Contoh menandatangani perjanjian kerja sama dengan Balai Latihan Kerja Contoh "
            "dan SLB Negeri 1 Contoh pada Senin (16/3/2026).")
    [record] = extract_records(document(body), VOCAB)
    assert [p.name for p in record.partners] == ["Balai Latihan Kerja Contoh", "SLB Negeri 1 Contoh"]


def test_a_signing_put_ahead_after_its_words_makes_no_record():
    body = ("Kepala Lapas Kelas IIA Contoh berkunjung ke Universitas Contoh Raya, Senin (23/2/2026). "
            "Penandatanganan nota kesepahaman direncanakan bulan depan setelah draf disepakati kedua pihak.")
    assert extract_records(document(body), VOCAB) == []


def test_a_kind_of_body_named_alone_is_no_partner():
    body = ("Kantor Wilayah Pemasyarakatan Contoh bersama 12 Unit Pelaksana Teknis menandatangani perjanjian kerja sama "
            "dengan Universitas Contoh Raya pada Kamis (26/2/2026).")
    [record] = extract_records(document(body), VOCAB)
    assert [p.name for p in record.partners] == ["Universitas Contoh Raya"]


def test_a_shorter_name_of_the_unit_is_not_a_second_unit_but_a_unit_of_another_kind_is():
    body = ("Lapas Kelas IIA Sukamaju menandatangani perjanjian kerja sama dengan Politeknik Contoh pada Senin (4/5/2026).\n"
            "Foto: perwakilan Lapas Sukamaju usai penandatanganan kerja sama.")
    [record] = extract_records(document(body), VOCAB)
    assert record.units == ["Lapas Kelas IIA Sukamaju"]
    both = ("Lapas Perempuan Kelas IIA Sukamaju dan Lapas Kelas IIA Sukamaju menandatangani perjanjian kerja sama "
            "dengan Politeknik Contoh pada Senin (4/5/2026).")
    [record] = extract_records(document(both), VOCAB)
    assert sorted(record.units) == ["Lapas Kelas IIA Sukamaju", "Lapas Perempuan Kelas IIA Sukamaju"]


@pytest.mark.parametrize("sentence, earlier", [
    ("Pelatihan itu tindak lanjut perjanjian kerja sama yang ditandatangani Lapas Contoh dan BLK Contoh tahun lalu.", True),
    ("Perjanjian itu telah ditandatangani bersama Pemerintah Kabupaten Contoh pada Januari lalu.", True),
    ("Kerja sama dengan Dinas Sosial Contoh yang diteken pada 2025 dinilai berjalan baik.", True),
    # a day of its own: a report of the signing, however late
    ("Pada 5 Maret lalu, Bapas Contoh menandatangani perjanjian kerja sama dengan Kejaksaan Negeri Contoh.", False),
    # a law's year is no date of the signing; this month is no earlier month
    ("Bapas Contoh menandatangani PKS pelaksanaan UU Nomor 1 Tahun 2023 dengan Pemkab Contoh.", False),
    ("Lapas Contoh menandatangani PKS dengan Yayasan Contoh pada Mei lalu.", False),
    # signing words right before an earlier time: the sentence's day is of what it reports (a meeting)
    ("Bapas Contoh menggelar rapat evaluasi pelaksanaan nota kesepahaman dengan Pemerintah Kota Contoh "
     "yang diteken tahun lalu, Kamis (21/5/2026).", True),
])
def test_a_signing_dated_to_an_earlier_month_or_year_without_a_day_is_recalled_not_reported(sentence, earlier):
    from ingest.signings import told_as_earlier

    assert told_as_earlier(sentence, "2026-05-20", VOCAB) == earlier
    assert not told_as_earlier(sentence, "", VOCAB)  # without the report's date nothing is earlier


def test_a_story_that_recalls_an_earlier_signing_makes_no_record():
    doc = document("Sebanyak 25 warga binaan Lapas Kelas IIA Sukamaju lulus pelatihan las pada Kamis (14/5/2026). Pelatihan "
                   "itu tindak lanjut perjanjian kerja sama yang ditandatangani Lapas Sukamaju dan Balai Latihan Kerja "
                   "Kabupaten Sukamaju tahun lalu.")
    doc.date = "2026-05-14"
    assert extract_records(doc, VOCAB) == []


def test_an_english_report_that_inked_an_agreement_is_a_signing():
    body = ("KUPANG – The Class IIA Contoh Correctional Facility inked a cooperation agreement with Koperasi Tenun "
            "Contoh on Thursday, March 26, 2026.")
    [record] = extract_records(document(body, title="Prison Inks Deal"), VOCAB)
    assert [p.name for p in record.partners] == ["Koperasi Tenun Contoh"]


def test_a_partner_named_again_without_a_date_belongs_to_the_signing_that_dated_it():
    """Two signings in one story; a later sentence names the first partner again, undated: it tells of
    the first signing, so the second's record does not take that partner (short form or not)."""
    body = ("JEMBER – Lapas Kelas IIB Contoh menandatangani dua perjanjian kerja sama. Yang pertama diteken dengan Dinas "
            "Sosial Kabupaten Jember pada Senin (2/11/2026). Perjanjian kedua diteken dengan CV Maju Contoh pada Senin "
            "(16/11/2026). Perjanjian dengan Dinas Sosial diteken bersama Kepala Dinas Sosial Jember, Sri Wahyuni, "
            "sedangkan perjanjian dengan CV Maju Contoh diteken bersama pemiliknya, Hadi Susanto.")
    records = {r.signing_date: [p.name for p in r.partners] for r in extract_records(document(body), VOCAB)}
    assert records == {"2026-11-02": ["Dinas Sosial Kabupaten Jember"], "2026-11-16": ["CV Maju Contoh"]}


def test_a_partner_is_recorded_by_the_fullest_name_its_story_gives_it():
    """The signing sentence names the partner by a short form; the story's first sentence names it in
    full: the record keeps the full name, citing the sentence that gives it."""
    body = ("PALU – Rutan Kelas IIA Palu menjalin kerja sama dengan Perusahaan Umum Daerah (Perumda) Air Minum Tirta "
            "Contoh Kota Palu. Perjanjian kerja sama ditandatangani Kepala Rutan Palu, Andi Makmur, dan Direktur Utama "
            "Perumda Tirta Contoh, Yusuf Lamba, Rabu (25/11/2026).")
    (record,) = extract_records(document(body), VOCAB)
    (partner,) = record.partners
    assert partner.name == "Perusahaan Umum Daerah (Perumda) Air Minum Tirta Contoh Kota Palu"
    assert partner.name in partner.evidence.quote


def test_a_part_of_a_partner_named_in_full_is_not_the_partner_s_fuller_name():
    body = ("BENGKULU – Bapas Kelas II Bengkulu dan Universitas Contoh Raya menandatangani adendum perjanjian kerja sama "
            "pada Selasa (1/12/2026). Adendum ditandatangani Kepala Bapas Bengkulu, Rini Astuti, dan Dekan Fakultas Hukum "
            "Universitas Contoh Raya, Dr. Hendra Saputra.")
    (record,) = extract_records(document(body), VOCAB)
    assert [p.name for p in record.partners] == ["Universitas Contoh Raya"]


def test_an_english_signing_only_expected_and_inmates_who_signed_up_report_no_signing():
    """A cue that ends with the signing word ("is expected to be signed") plans a signing; "signed up for
    the training" is an enrolment, no signing: a report of talks with both makes no record."""
    assert statuses("Both sides said a memorandum of understanding is expected to be signed in May.") == [PLANNED]
    assert statuses("The head of the prison said 15 inmates had already signed up for the training.") == []
    body = ("Officials of the Class III Sragen Prison met the Contoh Regency Fisheries Office on Tuesday, 30 March 2027, "
            "to discuss fish smoking.\nNo agreement was signed at the meeting. A memorandum of understanding is expected "
            "to be signed in May.\nThe head of the prison said 15 inmates had already signed up for the training.")
    assert extract_records(document(body, "Sragen Prison and Fisheries Office Discuss Partnership"), VOCAB) == []


def test_a_memorandum_being_drafted_and_hoped_to_be_signed_reports_no_signing():
    body = ("The Class III Sragen Prison and the Contoh Regency Manpower Office are drafting a memorandum of understanding "
            "on job placement, officials said on Friday, 14 May 2027.\nBoth sides hope to sign the memorandum by August.")
    assert extract_records(document(body, "Sragen Prison and Manpower Office Draft Memorandum"), VOCAB) == []


def test_a_signing_with_no_date_set_reports_no_signing():
    """"No date for a signing has been set" (signing_words.tsv planned: no date) tells a signing still to come."""
    body = ("Inmates of the Class III Sukadana Prison finished a baking course taught by the Contoh Bakers Foundation on "
            "Monday, 24 May 2027.\nThe prison and the foundation are discussing a memorandum of understanding. No date "
            "for a signing has been set.")
    assert extract_records(document(body, "Sukadana Prison Inmates Finish Baking Course"), VOCAB) == []
