"""The answer comes from a document about the question's focus: the reader tried on articles written for
the test (news that names a person in full once and by one name after, a place given with its
country, two prisons of the same class with heads in the same role, undated reports)."""

from __future__ import annotations

import pytest

from tests.corpus import ingest_texts

pytestmark = pytest.mark.integration

ARTICLES = {
    "tokoh.txt": (
        "Tokoh Pendidikan Diberi Gelar Kehormatan\n\n"
        "Rektor Universitas Contoh, Prof Hendrawan Sukmajaya, menerima gelar kehormatan dari pemerintah. "
        "Sejak muda, Hendrawan akrab dipanggil Pak Wan oleh murid-muridnya. "
        "Hendrawan kini mengajar di Fakultas Teknik Universitas Contoh.\n"
    ),
    "provinsi.txt": (
        "Banjir Melanda Provinsi Lembahhijau\n\n"
        "Provinsi Lembahhijau yang berpenduduk 12 juta jiwa dilanda banjir besar pekan ini. "
        "Dua kota di Lembahhijau paling parah terdampak.\n"
    ),
    "rutan-a.txt": (
        "Rutan Kelas IIB Sukamaju Teken Kerja Sama\n\n"
        "SUKAMAJU - Kepala Rutan Kelas IIB Sukamaju, Budi Harsono, menandatangani kerja sama dengan "
        "Dinas Sosial Kabupaten Sukamaju pada Senin (3/3/2025).\n"
    ),
    "rutan-b.txt": (
        "Rutan Kelas IIB Sukadamai Gelar Pelatihan\n\n"
        "SUKADAMAI - Kepala Rutan Kelas IIB Sukadamai, Yanto Wibisono, membuka pelatihan menjahit "
        "bagi warga binaan pada Selasa (4/3/2025).\n"
    ),
    "dubes.txt": (
        "Tanggapan atas Laporan Tim\n\n"
        "Tanggapan keras atas laporan itu disampaikan Dubes Contoh untuk PBB Arman Wijaya di New York.\n"
    ),
    "bakteri.txt": (
        "Temuan di Lahan Gambut\n\n"
        "Tim peneliti menemukan Streptomyces gambutensis di lahan gambut Kalimantan. "
        "Ini adalah bakteri penghasil antibiotik jenis baru.\n"
    ),
    "kayu.txt": (
        "Razia Kayu Ilegal\n\n"
        "Di Desa Muara, polisi menyita 2.150 meter kubik kayu olahan dari PT Hutan Lestari Jaya.\n"
    ),
    "pelatihan.txt": (
        "Lapas Kelas III Sukamaju Gandeng Balai Latihan Kerja\n\n"
        "SUKAMAJU - Lapas Kelas III Sukamaju dan Balai Latihan Kerja Sukamaju meneken perjanjian kerja "
        "sama pada Rabu (5/3/2025). Kerja sama itu membuka jalan bagi warga binaan untuk bekerja "
        "setelah bebas. Materi pelatihan yang disepakati meliputi las listrik, sablon, dan budidaya jamur.\n\n"
        "Ruang lingkup perjanjian ada tiga:\n"
        "1. pelatihan kerja bersertifikat;\n"
        "2. uji kompetensi bagi warga binaan;\n"
        "3. penyaluran kerja setelah bebas.\n"
    ),
    "bapas.txt": (
        "Bapas Sukamaju Teken PKS dengan Dinas Sosial\n\n"
        "SUKAMAJU - Aula Bapas Sukamaju menjadi tempat penandatanganan perjanjian kerja sama antara "
        "Bapas Sukamaju dan Dinas Sosial Kabupaten Sukamaju pada Kamis (6/3/2025).\n"
    ),
    "jembatan.txt": (
        "Jembatan Gantung Ambruk di Sukamaju\n\n"
        "Jembatan gantung di Kabupaten Sukamaju ambruk pada Senin pagi saat ratusan orang melintas, dan "
        "sedikitnya 40 orang tewas. Petugas masih mencari korban di sungai. Akibat ambruknya jembatan "
        "gantung di Sukamaju itu, 215 warga terluka.\n"
    ),
    "apel.txt": (
        "Apel Pagi di Kantor Kecamatan\n\n"
        "Camat Sukaraja, Darmawan Saputro, memimpin apel pagi di halaman kantor kecamatan pada Senin.\n"
    ),
    "markas.txt": (
        "Apel di Markas Polres\n\n"
        "Kapolres Sukaraja, AKBP Hendra Gunawan, memimpin apel pagi di halaman markas pada Senin.\n"
    ),
    "tajuk.txt": (
        "Tajuk Rencana Pekan Ini\n\n"
        "Sementara itu Harian Suara Contoh dalam tajuknya menulis bahwa pelatihan kerja bagi warga binaan "
        "harus diperluas ke semua lapas.\n"
    ),
    "pidato.txt": (
        "Menteri Berpidato di Sukamaju\n\n"
        "Menteri Hartanto Wiryawan berpidato di depan pejabat daerah pada Senin. "
        "Hartanto Wiryawan juga meninjau dapur umum.\n"
    ),
    "ceramah.txt": (
        "Kunjungan Kerja Gubernur\n\n"
        "Pada siang harinya Gubernur menyampaikan ceramah umum di Aula Universitas Contoh.\n"
    ),
}


@pytest.fixture
def focus_services(services):
    return ingest_texts(services, ARTICLES)


def test_a_person_named_in_full_once_is_found_by_the_name_the_article_repeats(focus_services):
    answer = focus_services.answer("Apakah panggilan akrab untuk Hendrawan Sukmadinata?")
    # The surname in the question is not the article's, but "Hendrawan" is the one name the corpus
    # knows: the report is about him.
    assert not answer.abstained
    assert "Pak Wan" in answer.text


def test_a_place_given_with_its_country_is_found_in_a_report_that_omits_the_country(focus_services):
    answer = focus_services.answer("Berapa jumlah penduduk Provinsi Lembahhijau, Indonesia?")
    assert not answer.abstained
    assert "12 juta jiwa" in answer.text.split("\n")[0]


def test_the_head_of_another_prison_of_the_same_class_is_no_answer(focus_services):
    answer = focus_services.answer("Siapa Kepala Rutan Kelas IIB Sukadamai?")
    assert not answer.abstained and "Yanto Wibisono" in answer.text.split("\n")[0]
    assert "Budi Harsono" not in answer.text
    declined = focus_services.answer("Siapa Kepala Rutan Kelas IIB Sukasari?")
    assert declined.abstained  # a prison no document knows is not answered from another prison


def test_an_undated_report_is_not_ruled_out_by_a_date_in_the_question(focus_services):
    answer = focus_services.answer("Di manakah Gubernur menyampaikan ceramah umum pada 13 September 2025?")
    assert not answer.abstained and "Aula Universitas Contoh" in answer.text
    # A report that states its dates must state the asked one.
    dated = focus_services.answer("Siapa Kepala Rutan Kelas IIB Sukamaju yang meneken kerja sama pada 9 Juni 2025?")
    assert dated.abstained


def test_titles_and_initials_are_not_looked_for(focus_services):
    answer = focus_services.answer("Di manakah Dr Hendrawan S Sukmajaya mengajar?")
    assert not answer.abstained and "Fakultas Teknik Universitas Contoh" in answer.text


def test_a_role_is_found_by_its_abbreviation_but_a_unit_must_be_there(focus_services):
    answer = focus_services.answer("Siapa Duta Besar Contoh untuk PBB?")
    assert not answer.abstained and answer.text.startswith("Arman Wijaya")
    # "Kepala Rutan Sukamaju": the unit after the role is part of what is asked
    declined = focus_services.answer("Siapa Kepala Bapas Sukamaju?")
    assert declined.abstained


def test_a_sentence_that_points_back_is_quoted_with_the_one_before(focus_services):
    answer = focus_services.answer("Apa nama bakteri penghasil antibiotik jenis baru itu?")
    assert not answer.abstained
    assert "Streptomyces gambutensis" in answer.text.split("\n")[0]


def test_a_list_of_things_leads_with_its_items(focus_services):
    answer = focus_services.answer("Pelatihan apa saja yang disepakati Lapas Kelas III Sukamaju dengan Balai Latihan Kerja?")
    assert "las listrik, sablon, dan budidaya jamur" in answer.text.split("\n")[0]
    scope = focus_services.answer("Apa saja ruang lingkup perjanjian Lapas Kelas III Sukamaju dan Balai Latihan Kerja?")
    lead = scope.text.split("\n")[0]
    assert "uji kompetensi bagi warga binaan" in lead and "penyaluran kerja setelah bebas" in lead


def test_a_venue_named_as_the_subject_of_its_sentence_is_the_place(focus_services):
    answer = focus_services.answer("Di mana Bapas Sukamaju dan Dinas Sosial Kabupaten Sukamaju meneken perjanjian?")
    assert answer.text.startswith("Aula Bapas Sukamaju [1]")


# Written for this test: a signing whose two signatories are each named after their role and body,
# the partner's second ("[Nama], dan Kepala …": what follows "dan" is said of the next person).
SIGNATORIES = {
    "penandatangan.txt": (
        "Rutan Sukamaju Teken PKS dengan Dinas Sosial\n\n"
        "SUKAMAJU - Rumah Tahanan Negara Kelas IIB Sukamaju meneken perjanjian kerja sama pembinaan "
        "kepribadian pada Rabu (5/3/2025). Penandatangannya adalah Kepala Rutan Kelas IIB Sukamaju, Budi "
        "Harsono, dan Kepala Dinas Sosial Kabupaten Sukamaju, Rina Wulandari. Kerja sama berlaku dua tahun.\n"
    ),
}


def test_who_signed_for_a_body_is_the_person_named_with_that_body(services):
    signatories = ingest_texts(services, SIGNATORIES)
    for question in ("Siapa yang menandatangani perjanjian atas nama Dinas Sosial Kabupaten Sukamaju?",
                     "Siapa Kepala Dinas Sosial Kabupaten Sukamaju?",
                     "Who signed the Sukamaju detention centre agreement on behalf of the social affairs office?"):
        assert signatories.answer(question).text.startswith("Rina Wulandari [1]"), question
    assert signatories.answer("Siapa Kepala Rutan Kelas IIB Sukamaju?").text.startswith("Budi Harsono [1]")


# Written for this test: one signing, with a partner named with its town.
ONE_PARTNER = {
    "rutan-bandung.txt": (
        "Rutan Bandung Teken PKS dengan Dinas Sosial\n\n"
        "BANDUNG - Rumah Tahanan Negara Kelas I Bandung meneken perjanjian kerja sama dengan Dinas Sosial Kota "
        "Bandung pada Rabu (5/3/2025). Dokumen ditandatangani Kepala Rutan Kelas I Bandung, Budi Harsono, di aula rutan.\n"
    ),
}


def test_a_question_about_another_body_of_the_same_town_is_declined(services):
    one = ingest_texts(services, ONE_PARTNER)
    assert one.answer("Siapa kepala rutan yang meneken kerja sama dengan Dinas Sosial Kota Bandung?").text.startswith("Budi Harsono [1]")
    other = one.answer("Siapa kepala rutan yang meneken kerja sama dengan Dinas Pendidikan Kota Bandung?")
    assert other.abstained and "Budi Harsono" not in other.text.split("\n")[0]


# Written for this test: a signing told with its time of day, and one told without.
TIMED = {
    "lapas-timed.txt": (
        "Lapas Sukamaju Teken PKS dengan Tiga Sekolah\n\n"
        "SUKAMAJU - Lembaga Pemasyarakatan Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan tiga sekolah "
        "menengah kejuruan pada Rabu (12/11/2025) pukul 09.30 WIB di aula lapas. Sebanyak 45 warga binaan hadir.\n"
    ),
    "rutan-untimed.txt": (
        "Rutan Sukadamai Gandeng Dinas Sosial\n\n"
        "SUKADAMAI - Rumah Tahanan Negara Kelas IIB Sukadamai meneken nota kesepahaman dengan Dinas Sosial Kota "
        "Sukadamai pada Kamis (13/11/2025). Kerja sama berlaku selama 10 tahun.\n"
    ),
}


def test_a_time_of_day_is_the_time_the_signing_s_sentence_states_or_a_decline(services):
    timed = ingest_texts(services, TIMED)
    assert timed.answer("Pukul berapa Lapas Sukamaju menandatangani PKS dengan sekolah?").text.startswith("pukul 09.30 WIB [1]")
    assert timed.answer("What time did the Sukamaju prison sign the agreement with the schools?").text.startswith("09.30 WIB [1]")
    untimed = timed.answer("Pukul berapa Rutan Sukadamai meneken nota kesepahaman dengan Dinas Sosial?")
    assert untimed.abstained and untimed.text == "Catatan yang ada tidak menyebutkan pukul berapa."


# Written for this test: an open day whose first sentence gives the date, the signing's its time.
OPEN_DAY = {
    "rutan-open-day.txt": (
        "Rutan Sukajaya Gelar Hari Kunjungan Keluarga\n\n"
        "SUKAJAYA - Rumah Tahanan Negara Kelas IIB Sukajaya menggelar hari kunjungan keluarga pada Kamis (5/11/2026). "
        "Kegiatan dibuka Bupati Sukajaya di halaman rutan. Pada pukul 13.00 WITA, Rutan Sukajaya dan Balai Pelatihan "
        "Kopi Sukajaya meneken nota kesepahaman pelatihan barista bagi warga binaan. Sebanyak 120 keluarga hadir.\n"
    ),
}


def test_a_time_asked_in_english_is_found_in_the_sentence_that_states_one(services):
    """"At what time …" reads to the reader like "when": its spans may all be the date of another
    sentence. The time is then that of the sentence of the passages read that states one and shares
    the most of the question's words (and their glossary forms)."""
    day = ingest_texts(services, OPEN_DAY)
    answer = day.answer("At what time did the Sukajaya detention centre sign the memorandum with the coffee training centre?")
    assert answer.text.startswith("13.00 WITA [1]"), answer.text


# Written for this test: a probation office's signing, and a prison of the same town that only explored one.
EXPLORED = {
    "bapas-signed.txt": (
        "Bapas Sukamaju Gandeng Desa\n\n"
        "SUKAMAJU - Balai Pemasyarakatan Kelas II Sukamaju meneken nota kesepakatan dengan Pemerintah Desa Sukasari "
        "pada Kamis (20/11/2025). Nota kesepakatan diteken Kepala Bapas Sukamaju, Suryanto, bersama Kepala Desa "
        "Sukasari, Nur Hasanah.\n"
    ),
    "lapas-visit.txt": (
        "Kunjungan Kerja ke Lapas Sukamaju\n\n"
        "SUKAMAJU - Kepala Kantor Wilayah mengunjungi Lapas Kelas IIA Sukamaju pada Selasa (18/11/2025). Ia meninjau "
        "dapur dan klinik, dan menjajaki kemungkinan kerja sama dengan Universitas Sukamaju untuk layanan psikologi.\n"
    ),
}


def test_the_date_of_a_signing_only_explored_and_the_head_of_another_kind_of_unit_are_declined(services):
    explored = ingest_texts(services, EXPLORED)
    when = explored.answer("Kapan Lapas Sukamaju menandatangani kerja sama dengan Universitas Sukamaju?")
    assert when.abstained, when.text  # the visit's date is not the date of a signing
    assert explored.answer("Kapan Bapas Sukamaju meneken nota kesepakatan dengan Desa Sukasari?").text.startswith("20/11/2025 [1]")
    head = explored.answer("Siapa Kepala Lapas Sukamaju?")
    assert head.abstained and "Suryanto" not in head.text.split("\n")[0]  # he heads the probation office
    assert explored.answer("Siapa Kepala Bapas Sukamaju?").text.startswith("Suryanto [1]")

