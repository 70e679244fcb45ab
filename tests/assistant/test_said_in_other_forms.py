"""What a report says in another form than the question asks it: a body by the abbreviation the report
defined, a borrowed word in the other language's spelling, a signer under an agreement's signature
block or in its form rows, a unit by its kind ("the detention centre"), a witness denied ("It was not
witnessed by …"), a signing put off, a role joined after the one asked, a witness who was
represented, a deputy who signed for a role's holder, a role by its short form ("Kalapas"), a partner
where a place is asked, a sum for another thing than the one asked, a count in the unit asked, an
agreement's "Dibuat di A", a women's prison by its English name, a signer after a title ("drg."), a
village government by the local word.
Every text here was written for these tests (invented names, real towns)."""

from __future__ import annotations

from assistant.answer import _cognate, _named_as_party
from assistant.checks import (
    defined_abbreviations,
    english_stem,
    heads_another,
    line_blocks,
    names_sum_asked,
    partner_kind_named,
    person_clause,
    refers_back,
    says_role,
    units_said,
)
from assistant.question import acting_for, analyse, answer_kind, held_role_pattern
from assistant.reader import Span
from ingest.columns import reading_order
from ingest.core.types import Document, Page
from ingest.records import extract_records
from ingest.signings import statement_status, witnessed
from tests.corpus import ingest_texts
from tests.vocab import VOCAB

RELEASE = {
    "lpka-pati-energy.txt": (
        "Pati Juvenile Facility Signs Agreement with Energy Academy\n\n"
        "PATI, Central Java — The Class II Pati Juvenile Correctional Facility (LPKA Pati) signed a cooperation "
        "agreement with the Pati Energy Academy on Monday, 7 December 2026, so that children in its care can take "
        "courses in solar panel installation.\n\n"
        "The agreement was signed by the head of the facility, Rudi Hartanto, and the director of the academy, "
        "Ir. Bambang Sulistyo. It was not witnessed by any official of the regency government.\n\n"
        "Lecturers from the academy will teach at the facility every Friday for six months.\n"
    ),
}

ABBREVIATED = {
    "lapas-kebumen-batik.txt": (
        "Lapas Kebumen Gandeng Himpunan Perajin Batik\n\n"
        "KEBUMEN – Lembaga Pemasyarakatan Kelas IIB Kebumen menandatangani nota kesepahaman dengan Himpunan "
        "Perajin Batik Kebumen (HPBK) di aula lapas, Rabu (9/12/2026).\n\n"
        "Nota kesepahaman ditandatangani Kepala Lapas Kebumen, Yohanes Sitorus, dan Ketua HPBK, Sri Wahyuningsih. "
        "HPBK akan mengirim dua perajin setiap Selasa untuk melatih 15 warga binaan membatik.\n"
    ),
}

SIGNATURE_BLOCK = (
    "PERJANJIAN KERJA SAMA\nANTARA\nLEMBAGA PEMASYARAKATAN KELAS IIB BLITAR\nDAN\n"
    "DINAS KOPERASI DAN USAHA MIKRO KOTA BLITAR\n\n"
    "TENTANG\nPELATIHAN KEWIRAUSAHAAN BAGI WARGA BINAAN\n\n"
    "Pasal 1\nPara Pihak sepakat menyelenggarakan pelatihan kewirausahaan bagi warga binaan.\n\n"
    "Pasal 2\nPerjanjian ini berlaku untuk jangka waktu 2 (dua) tahun.\n\n"
    "Ditandatangani di Blitar pada tanggal 14 Desember 2026.\n\n"
    "PIHAK PERTAMA                                PIHAK KEDUA\n"
    "Kepala Lembaga Pemasyarakatan                Kepala Dinas Koperasi dan Usaha Mikro\n"
    "Kelas IIB Blitar                             Kota Blitar\n\n\n"
    "HENDRA KUSUMA WARDANA                        Dra. LILIK SURYANI, M.Si.\n"
)

HEALTH_CENTRE = {
    "rutan-ngawi-puskesmas.txt": (
        "Rutan Ngawi Teken PKS dengan Puskesmas Ngawi Purba\n\n"
        "NGAWI – Rumah Tahanan Negara Kelas IIB Ngawi menandatangani perjanjian kerja sama dengan Puskesmas Ngawi Purba "
        "untuk pemeriksaan kesehatan tahanan, Kamis (10/12/2026).\n\n"
        "Kepala Rutan Ngawi, Dedi Firmansyah, mengatakan pemeriksaan akan dilakukan setiap bulan.\n"
    ),
    "rutan-tuban-release.txt": (
        "Tuban Detention Centre and Health Academy Sign Agreement\n\n"
        "TUBAN, East Java — The Class IIB Tuban Detention Centre signed an agreement with the Tuban Health Academy "
        "on Tuesday, 8 December 2026.\n\n"
        "The head of the detention centre, Agus Wibisono, signed on behalf of the detention centre, while the director "
        "of the academy, Dr. Ratna Dewi, signed for the academy.\n"
    ),
}


def test_a_witness_word_denied_names_no_witness():
    assert not witnessed("The agreement was signed by the heads of both bodies. It was not witnessed by", VOCAB)
    assert not witnessed("Penandatanganan itu tidak disaksikan oleh", VOCAB)
    assert witnessed("Penandatanganan itu disaksikan oleh", VOCAB)
    assert witnessed("The signing was attended by", VOCAB)


def test_which_official_asks_for_one_person_which_officials_for_several():
    assert answer_kind("Which official of the Langsa city government attended the signing?", VOCAB) == "person"
    assert answer_kind("Which officials of the Langsa city government attended the signing?", VOCAB) == "list"
    assert answer_kind("Which foundation signed with Lapas Langsa?", VOCAB) == "list"


def test_a_report_s_abbreviation_is_the_name_it_defined():
    text = ABBREVIATED["lapas-kebumen-batik.txt"]
    assert defined_abbreviations(text) == {"HPBK": "Himpunan Perajin Batik Kebumen"}
    assert defined_abbreviations("Badan Narkotika Nasional (BNN) dan Lapas Kelas IIB Contoh (LPC)") == {"BNN": "Badan Narkotika Nasional"}
    start = text.index("Sri Wahyuningsih")
    clause = person_clause(text, Span(0, start, start + 16, "Sri Wahyuningsih", 1.0, 0.0), VOCAB)
    assert "Himpunan Perajin Batik Kebumen (HPBK)" in clause, clause


def _leads(services, texts: dict[str, str], questions: list[str]) -> list[tuple[str, str]]:
    """Each question with the first line of its answer over `texts` ingested."""
    ingest_texts(services, texts)
    return [(question, services.answer(question).text.splitlines()[0]) for question in questions]


def test_asked_the_chair_of_a_body_a_report_names_by_its_abbreviation(services):
    questions = ["Siapa Ketua Himpunan Perajin Batik Kebumen?", "Who chairs the Kebumen Batik Craftsmen Association?"]
    for question, lead in _leads(services, ABBREVIATED, questions):
        assert "Sri Wahyuningsih" in lead and "Sitorus" not in lead, (question, lead)


def test_a_borrowed_word_is_named_by_its_spelling_in_the_other_language():
    assert _cognate("energi") == _cognate("energy") and _cognate("universitas") == _cognate("university")
    assert _cognate("bun") == "bun"


def test_an_english_release_answers_for_a_body_asked_in_indonesian_and_names_no_denied_witness(services):
    ingest_texts(services, RELEASE)
    lead = services.answer("Siapa direktur Akademi Energi Pati?").text.splitlines()[0]
    assert "Bambang Sulistyo" in lead, lead
    assert services.answer("Who witnessed the signing at LPKA Pati?").abstained
    assert services.answer("Which official of the Pati regency government attended the signing?").abstained


def test_the_head_of_a_unit_named_by_its_kind_heads_no_other_body():
    text = HEALTH_CENTRE["rutan-tuban-release.txt"]
    start = text.index("Agus Wibisono")
    span = Span(0, start, start + 13, "Agus Wibisono", 1.0, 0.0)
    assert heads_another("head of the Ngawi Purba community health centre", text, span, VOCAB)
    assert not heads_another("head of the Tuban detention centre", text, span, VOCAB)


def test_asked_the_head_of_a_health_centre_a_detention_centre_s_head_is_no_answer(services):
    ingest_texts(services, HEALTH_CENTRE)
    assert services.answer("Who is the head of the Ngawi Purba community health centre?").abstained


def test_a_signature_block_is_one_block_of_short_lines():
    sample = "Pasal 1\nPara Pihak sepakat.\n\nPIHAK PERTAMA\nKepala A\nNAMA"
    assert [sample[a:b] for a, b in line_blocks(sample)] == ["Pasal 1\nPara Pihak sepakat.", "PIHAK PERTAMA\nKepala A\nNAMA"]
    assert line_blocks("x" * 90 + "\nNAMA") == []  # a paragraph's line is no block's


def test_who_signed_for_a_party_is_the_name_under_its_role_in_the_signature_block(services):
    ingest_texts(services, {"pks-lapas-blitar-koperasi.txt": SIGNATURE_BLOCK})
    lead = services.answer("Siapa yang menandatangani perjanjian kerja sama atas nama Dinas Koperasi dan Usaha Mikro "
                           "Kota Blitar?").text.splitlines()[0]
    assert "LILIK SURYANI" in lead and "HENDRA" not in lead, lead
    lead = services.answer("Siapa yang menandatangani perjanjian kerja sama atas nama Lapas Blitar?").text.splitlines()[0]
    assert lead.startswith("HENDRA KUSUMA WARDANA"), lead


def test_an_agreement_s_heading_names_its_parties():
    """An agreement whose only signing sentence is "Ditandatangani di A pada tanggal …" names its parties
    in its heading's lines."""
    from ingest.clean import clean_text

    # … up to a blank line, or to its subject ("TENTANG …", which names no party) on the next line
    for layout in [SIGNATURE_BLOCK, SIGNATURE_BLOCK.replace("BLITAR\n\nTENTANG", "BLITAR\nTENTANG")]:
        text = clean_text(layout)
        document = Document(id="pks-blitar", source="pks.txt", title="PERJANJIAN KERJA SAMA", text=text, kind="agreement",
                            pages=[Page(1, 0, len(text))])
        [record] = extract_records(document, VOCAB)
        assert [p.name.lower() for p in record.partners] == ["dinas koperasi dan usaha mikro kota blitar"], record.partners
        assert record.signing_date == "2026-12-14"


POSTPONED = {
    "bapas-purworejo-dua-mitra.txt": (
        "Bapas Purworejo Gandeng Dinas Sosial, Kerja Sama dengan Pengadilan Ditunda\n\n"
        "PURWOREJO – Balai Pemasyarakatan (Bapas) Kelas II Purworejo meneken perjanjian kerja sama dengan Dinas Sosial "
        "Kabupaten Purworejo pada Selasa (15/12/2026) untuk rumah singgah bagi klien pemasyarakatan.\n\n"
        "Penandatanganan kerja sama dengan Pengadilan Negeri Purworejo, yang semula dijadwalkan pada hari yang sama, "
        "ditunda hingga Februari 2027 karena naskahnya belum rampung.\n\n"
        "Penandatanganan disaksikan Bupati Purworejo serta Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan "
        "Jawa Tengah, Hendro Wicaksono.\n"
    ),
}

FORM_ROWS = (
    "PERJANJIAN KERJA SAMA\nANTARA\nLEMBAGA PEMASYARAKATAN KELAS IIB SRAGEN\nDENGAN\nYAYASAN BATIK LESTARI SRAGEN\n"
    "TENTANG\nPELATIHAN MEMBATIK BAGI WARGA BINAAN\n\n"
    "Pada hari ini, Senin, tanggal empat belas bulan Desember tahun dua ribu dua puluh enam, bertempat di Sragen, "
    "kami yang bertanda tangan di bawah ini:\n\n"
    "I.   Nama      : AGUS PRASETYO\n"
    "     Jabatan   : Kepala Lembaga Pemasyarakatan Kelas IIB Sragen\n"
    "     selanjutnya disebut PIHAK PERTAMA.\n\n"
    "II.  Nama      : RATNA SARI DEWI, S.Sn.\n"
    "     Jabatan   : Ketua Yayasan Batik Lestari Sragen\n"
    "     selanjutnya disebut PIHAK KEDUA.\n\n"
    "Pasal 1\nPIHAK KEDUA melatih paling banyak 20 (dua puluh) warga binaan setiap angkatan.\n"
)

PALM_OIL = {
    "lapas-magetan-sawit.txt": (
        "Lapas Magetan Teken PKS dengan PT Lawu Agro Lestari\n\n"
        "MAGETAN – Lapas Kelas IIB Magetan menandatangani perjanjian kerja sama dengan PT Lawu Agro Lestari, Rabu "
        "(16/12/2026). Sebanyak 20 warga binaan akan bekerja di kebun perusahaan itu.\n"
    ),
    "rutan-klaten-rumput-laut.txt": (
        "Klaten Detention Centre and Fish Farmers' Cooperative Sign Agreement\n\n"
        "KLATEN, Central Java — The Klaten Detention Centre signed an agreement with a fish farmers' cooperative on "
        "Monday, 14 December 2026. Under it, inmates will tend fish ponds on three hectares of farmland managed by "
        "the cooperative.\n"
    ),
}


def test_a_role_joined_after_the_one_asked_is_another_s():
    text = POSTPONED["bapas-purworejo-dua-mitra.txt"]
    start = text.index("Hendro Wicaksono")
    span = Span(0, start, start + 16, "Hendro Wicaksono", 1.0, 0.0)
    assert heads_another("Bupati Purworejo", text, span, VOCAB)  # "Bupati A serta Kepala Kanwil B, [Nama]"
    assert not heads_another("Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah", text, span, VOCAB)
    assert acting_for("Siapa nama Bupati Purworejo yang menyaksikan penandatanganan?", VOCAB) == "Bupati Purworejo"


def test_a_signing_put_off_is_no_signing(services):
    assert statement_status("Penandatanganan kerja sama dengan A, yang semula dijadwalkan pekan ini, ditunda hingga "
                            "Februari.", 0, VOCAB, len("Penandatanganan")) == "planned"
    assert partner_kind_named("When did the Purworejo probation office sign its agreement with the district court?", VOCAB) \
        == ["pengadilan negeri"]
    assert partner_kind_named("When did Lapas Purworejo sign with its three partners?", VOCAB) == []
    ingest_texts(services, POSTPONED)
    assert [p.name for r in services.records.all() for p in r.partners] == ["Dinas Sosial Kabupaten Purworejo"]
    assert services.answer("When did the Purworejo probation office sign its agreement with the district court?").abstained
    assert services.answer("Siapa nama Bupati Purworejo yang menyaksikan penandatanganan?").abstained


def test_a_form_s_labelled_rows_are_no_columns():
    text = "I.   Nama      : AGUS PRASETYO\n     Jabatan   : Kepala Lapas A"
    assert reading_order(text, gap=4) == "I. Nama : AGUS PRASETYO\nJabatan : Kepala Lapas A"


def test_who_signed_for_a_party_is_the_name_in_its_form_rows(services):
    ingest_texts(services, {"pks-lapas-sragen-batik.txt": FORM_ROWS})
    lead = services.answer("Siapa yang menandatangani perjanjian kerja sama atas nama Yayasan Batik Lestari Sragen?").text.splitlines()[0]
    assert lead.startswith("RATNA SARI DEWI"), lead


def test_the_head_of_a_body_at_a_unit_is_not_the_unit_s_head():
    text = "The memorandum was signed by the head of the detention centre, Yosef Lado, and the rector, Dr. Ana Wea."
    start = text.index("Yosef Lado")
    span = Span(0, start, start + 10, "Yosef Lado", 1.0, 0.0)
    assert heads_another("head of the legal aid clinic at Klaten Detention Centre", text, span, VOCAB)
    assert acting_for("Who will head the legal aid clinic at Klaten Detention Centre?", VOCAB).startswith("head of")


def test_a_company_asked_by_its_name_is_not_another_report_s_partner(services):
    ingest_texts(services, PALM_OIL)
    assert services.answer("How many hectares of oil palm does PT Lawu Agro Lestari own?").abstained


THREE_REGENCIES = {
    "kanwil-sulbar-pemkab.txt": (
        "Kanwil Ditjenpas Sulawesi Barat Teken Kesepakatan dengan Dua Pemkab\n\n"
        "POLEWALI – Kantor Wilayah Direktorat Jenderal Pemasyarakatan Sulawesi Barat menandatangani kesepakatan bersama "
        "dengan dua pemerintah kabupaten di Polewali, Kamis (24/12/2026), untuk lahan kerja sosial klien pemasyarakatan.\n\n"
        "Kesepakatan diteken Kepala Kanwil Ditjenpas Sulawesi Barat, Rahmat Hidayat, bersama Bupati Polewali Mandar dan "
        "Wakil Bupati Majene yang mewakili bupatinya.\n\n"
        "Kesepakatan serupa dengan Pemerintah Kabupaten Mamuju akan diteken tahun depan.\n"
    ),
}

DAYAH = (
    "NOTA KESEPAHAMAN\nANTARA\nLEMBAGA PEMASYARAKATAN KELAS IIB SIGLI\nDAN\nDAYAH DARUL MUNAWWARAH SIGLI\n\n"
    "Pasal 1\nPara Pihak sepakat bekerja sama dalam pembinaan keagamaan bagi warga binaan.\n\n"
    "Ditandatangani di Sigli pada tanggal 22 Desember 2026.\n\n"
    "PIHAK KESATU                                      PIHAK KEDUA\n"
    "Kepala Lapas Kelas IIB Sigli,                     Pimpinan Dayah Darul Munawwarah,\n\n\n"
    "ZULKIFLI HASAN                                    Tgk. H. MUHAMMAD YUNUS\n"
)

CHAIRWOMAN = {
    "lapas-tarutung-foundation.txt": (
        "Tarutung Prison Signs Counselling Agreement with Church Foundation\n\n"
        "TARUTUNG, North Sumatra — The Class IIB Tarutung Correctional Facility signed a cooperation agreement with the "
        "Sinar Kasih Foundation on Tuesday, 22 December 2026.\n\n"
        "The agreement was signed by the head of the prison, Jonner Simanjuntak, and the chairwoman of the foundation, "
        "Rev. Ruth Sihombing.\n"
    ),
}


def test_a_date_question_that_says_no_signing_is_not_the_records():
    from assistant.record_answer import parse_event_query

    assert parse_event_query("Kapan panen pertama rumput laut Rutan Malinau diperkirakan?", VOCAB, "date") is None
    assert parse_event_query("Kapan Rutan Malinau meneken PKS dengan Dinas Perikanan?", VOCAB, "date") is not None


def test_how_much_farmland_asks_for_an_area():
    assert answer_kind("How much farmland will each regency provide?", VOCAB) == "area"
    assert answer_kind("How much will each regency pay?", VOCAB) == "money"


def test_a_deputy_of_a_body_s_head_signs_for_the_body():
    from ingest.organisations import organisations, role_bodies

    text = THREE_REGENCIES["kanwil-sulbar-pemkab.txt"]
    names = [m.name for m in role_bodies(text, VOCAB, organisations(text, VOCAB))]
    assert "Pemerintah Kabupaten Majene" in names and "Pemerintah Kabupaten Polewali Mandar" in names, names


def test_a_partner_whose_signing_is_only_planned_dates_nothing(services):
    assert "pemerintah kabupaten mamuju" in partner_kind_named(
        "When did the office sign its agreement with the Mamuju regency government?", VOCAB)
    ingest_texts(services, THREE_REGENCIES)
    assert services.answer("When did the West Sulawesi regional office sign its agreement with the Mamuju regency "
                           "government?").abstained


def test_a_signature_block_answers_before_a_heading_read_alone(services):
    """Roles that close with a comma ("Pimpinan Dayah A,"): the block's name, not a word of the heading."""
    ingest_texts(services, {"mou-lapas-sigli-dayah.txt": DAYAH})
    lead = services.answer("Siapa yang menandatangani nota kesepahaman atas nama Dayah Darul Munawwarah?").text.splitlines()[0]
    assert "MUHAMMAD YUNUS" in lead, lead


def test_a_chairwoman_chairs(services):
    from assistant.checks import roles_said

    assert roles_said("the chairwoman of the foundation", VOCAB) and "ketua" in VOCAB.glossary.expand("chairwoman")
    ingest_texts(services, CHAIRWOMAN)
    lead = services.answer("Siapa ketua Yayasan Sinar Kasih?").text.splitlines()[0]
    assert "Ruth Sihombing" in lead and "Simanjuntak" not in lead, lead


REPRESENTED = {
    "lapas-balige-weaving.txt": (
        "Balige Prison Signs Weaving Agreement with Toba Craft Cooperative\n\n"
        "BALIGE, North Sumatra — The Class IIB Balige Correctional Facility signed a cooperation agreement with the "
        "Toba Craft Cooperative on Wednesday, 23 December 2026, so that inmates can learn to weave ulos cloth.\n\n"
        "The agreement was signed by the head of the prison, Hotman Siregar, and the chairman of the cooperative, "
        "Lamhot Pardede. The regent of Toba, who had been invited to witness the signing, was represented by the "
        "regency's assistant for economic affairs, Berliana Tambunan.\n"
    ),
}


def test_one_who_was_to_witness_and_was_represented_names_a_witness():
    assert witnessed("The regent, who had been invited to witness the signing, was represented by his assistant,", VOCAB)
    assert not witnessed("The agreement was signed by the head of the prison,", VOCAB)


def test_asked_who_witnessed_the_representative_of_an_invited_witness_answers(services):
    ingest_texts(services, REPRESENTED)
    lead = services.answer("Who witnessed the signing for the Toba regency?").text.splitlines()[0]
    assert "Berliana Tambunan" in lead, lead


def test_asked_who_signed_for_a_role_s_holder_a_deputy_named_by_role_answers(services):
    ingest_texts(services, THREE_REGENCIES)
    answer = services.answer("Siapa yang menandatangani kesepakatan mewakili Bupati Majene?")
    assert not answer.abstained and "Wakil Bupati Majene" in answer.text.splitlines()[0], answer.text


SHORT_ROLE = {
    "lapas-ruteng-las.txt": (
        "Lapas Ruteng Gandeng Politeknik Latih Warga Binaan Menjahit\n\n"
        "RUTENG – Lembaga Pemasyarakatan Kelas IIB Ruteng meneken nota kesepahaman dengan Politeknik Manggarai Raya "
        "tentang pelatihan menjahit bagi warga binaan, Senin (14/12/2026). Penandatanganan berlangsung di Aula Kampus "
        "Politeknik Manggarai Raya.\n\n"
        "Kalapas Ruteng, Fransiskus Jehadu, menjelaskan pelatihan akan diikuti 18 warga binaan selama dua bulan.\n\n"
        "\"Kami menyiapkan tiga pelatih dan mesin jahit senilai Rp 95 juta,\" ujar Direktur Politeknik Manggarai Raya, "
        "Maria Goreti Nggaur.\n"
    ),
    "rutan-enrekang-news.txt": (
        "Kepala Rutan Enrekang Terima Kunjungan Bupati\n\n"
        "ENREKANG – Kepala Rutan Enrekang, Muhammad Tahir, menerima kunjungan Bupati Enrekang di ruang kerjanya, "
        "Selasa (15/12/2026).\n"
    ),
}


def test_a_question_s_role_is_said_as_the_passage_says_it():
    role = held_role_pattern(VOCAB)
    said_as = VOCAB.glossary.said_as
    assert said_as("Siapa Kepala Lapas Ruteng?", "Kalapas Ruteng, Fransiskus Jehadu, menjelaskan", role.match) == "Siapa Kalapas Ruteng?"
    assert said_as("Siapa Kalapas Ruteng?", "Kepala Lapas Ruteng, Fransiskus Jehadu", role.match) == "Siapa Kepala Lapas Ruteng?"
    # A unit's abbreviation is no role: its question stays as asked.
    assert said_as("Kapan Lapas Ruteng meneken MoU?", "Lembaga Pemasyarakatan Ruteng meneken", role.match) == "Kapan Lapas Ruteng meneken MoU?"
    assert says_role("Kepala Lapas Ruteng", "Kalapas Ruteng, ", VOCAB)
    assert not says_role("Kepala Dinas Koperasi Ruteng", "Kalapas Ruteng, ", VOCAB)


def _span(text: str, words: str) -> Span:
    """A reader's span of `words` where `text` first says them."""
    start = text.index(words)
    return Span(0, start, start + len(words), words, 1.0, 0.0)


def _lead(services, texts: dict[str, str], question: str) -> str:
    """The first line of the answer to `question` over `texts` ingested."""
    ingest_texts(services, texts)
    return services.answer(question).text.splitlines()[0]


def test_asked_the_head_of_a_prison_a_report_names_by_kalapas_answers(services):
    lead = _lead(services, SHORT_ROLE, "Siapa Kepala Lapas Ruteng?")
    assert "Fransiskus Jehadu" in lead, lead


def test_asked_where_a_signing_was_held_its_partner_is_no_place(services):
    text = SHORT_ROLE["lapas-ruteng-las.txt"]
    assert _named_as_party(text, _span(text, "Politeknik Manggarai Raya"), VOCAB)
    assert not _named_as_party(text, _span(text, "Aula Kampus"), VOCAB)
    ingest_texts(services, SHORT_ROLE)
    lead = services.answer("Di mana nota kesepahaman pelatihan menjahit Lapas Ruteng ditandatangani?").text.splitlines()[0]
    assert "Aula Kampus" in lead, lead


def test_a_sum_for_another_thing_is_not_the_fee_asked(services):
    sentence = "Kami menyiapkan tiga pelatih dan mesin jahit senilai Rp 95 juta."
    assert not names_sum_asked("Berapa honor pelatih menjahit di Lapas Ruteng?", sentence, VOCAB)
    assert names_sum_asked("Berapa nilai mesin jahit di Lapas Ruteng?", sentence, VOCAB)  # no sum's noun: not checked
    assert names_sum_asked("How much daily wage will the inmates receive?", "Warga binaan menerima upah harian Rp 60.000.", VOCAB)
    assert names_sum_asked("Berapa harga kain tenun?", "Koperasi membeli setiap lembar kain seharga Rp 300.000.", VOCAB)
    assert not names_sum_asked("What fee will the cafe pay?", "The coffee costs Rp 20,000.", VOCAB)
    ingest_texts(services, SHORT_ROLE)
    assert services.answer("Berapa honor pelatih menjahit di Lapas Ruteng?").abstained


def test_a_bank_s_abbreviated_kind_is_the_same_bank():
    from ingest.records import same_organisation

    assert same_organisation("PT BPR Nusa Flores Mandiri", "PT Bank Perkreditan Rakyat Nusa Flores Mandiri", VOCAB.glossary)
    assert not same_organisation("PT BPR Nusa Flores Mandiri", "PT Bank Perkreditan Rakyat Flores Sejahtera", VOCAB.glossary)


def test_asked_where_an_agreement_was_signed_its_closing_line_answers(services):
    """The reader, taught on news, takes no place from "Ditandatangani di A pada tanggal …"."""
    closing = (
        "NOTA KESEPAHAMAN\nANTARA\nLEMBAGA PEMASYARAKATAN KELAS IIB MEULABOH\nDAN\nYAYASAN PESISIR HIJAU MEULABOH\n\n"
        "Pasal 1\nPara Pihak sepakat bekerja sama dalam pelatihan budidaya mangrove bagi warga binaan.\n\n"
        "Ditandatangani di Banda Aceh pada tanggal 17 Desember 2026 dalam rangkap dua.\n\n"
        "PIHAK KESATU                                      PIHAK KEDUA\n"
        "Kepala Lapas Kelas IIB Meulaboh,                  Ketua Yayasan Pesisir Hijau Meulaboh,\n\n\n"
        "T. RIZAL FAHMI                                    CUT SAFRIANI\n"
    )
    ingest_texts(services, {"mou-lapas-meulaboh-yayasan.txt": closing, **RELEASE})
    answerer = services.offline_answerer
    found = answerer._signed_at(answerer.retriever.retrieve("Di mana nota kesepahaman Lapas Meulaboh ditandatangani?", top_k=3))
    assert found is not None and found.text == "Banda Aceh", found
    assert answerer._signed_at(answerer.retriever.retrieve("Who witnessed the signing at LPKA Pati?", top_k=1)) is None
    for question in ["Where was the Lapas Meulaboh memorandum signed?", "Di mana nota kesepahaman Lapas Meulaboh ditandatangani?"]:
        answer = services.answer(question)
        assert not answer.abstained and "Banda Aceh" in answer.text.splitlines()[0], (question, answer.text)


SHORT_FORMS_AND_RUN_ON = {
    "lapas-maumere-dinkes.txt": (
        "Lapas Maumere dan Dinkes Sikka Teken Kerja Sama Skrining Kesehatan\n\n"
        "MAUMERE – Lembaga Pemasyarakatan Kelas IIB Maumere dan Dinas Kesehatan Kabupaten Sikka menandatangani nota "
        "kesepakatan tentang skrining kesehatan bagi warga binaan, Rabu (9/12/2026). Penandatanganan dilakukan Kalapas "
        "Maumere, Yoseph Parera, dan Kadinkes Sikka, dr. Maria Bunga, disaksikan Kakanwil Ditjenpas Nusa Tenggara Timur, "
        "Benediktus Lewa.\n\n"
        "Petugas puskesmas akan memeriksa seluruh warga binaan setiap tiga bulan sekali.\n"
    ),
    "rutan-larantuka-release.txt": (
        "Larantuka Detention Centre Signs Work Agreement with Harbour Office\n\n"
        "LARANTUKA, East Nusa Tenggara — The Class IIB Larantuka Detention Centre signed a cooperation agreement with "
        "the Larantuka Harbour Cleaning Cooperative on Thursday, 10 December 2026, so that detainees on assimilation can "
        "clean the harbour.\n\n"
        "The agreement takes effect on 4 January 2027 and runs until 31 December 2027. It was signed by the head of the "
        "detention centre, Petrus Kelen, and witnessed by a senior adviser to the East Flores regent, Agnes Hurint.\n"
    ),
}


def test_a_regional_office_s_head_named_kakanwil_is_its_head(services):
    lead = _lead(services, SHORT_FORMS_AND_RUN_ON, "Siapa Kepala Kanwil Ditjenpas Nusa Tenggara Timur?")
    assert "Benediktus Lewa" in lead, lead


def test_a_role_that_runs_on_to_a_comma_is_named_by_the_person_after_it(services):
    text = SHORT_FORMS_AND_RUN_ON["rutan-larantuka-release.txt"]
    named = services.offline_answerer._named(_span(text, "senior"), text)
    assert named.text == "senior adviser to the East Flores regent, Agnes Hurint", named.text
    # "the head of the detention centre, Petrus Kelen": named after the comma
    assert services.offline_answerer._named(_span(text, "head"), text).text.endswith("Petrus Kelen")
    lead = _lead(services, SHORT_FORMS_AND_RUN_ON, "Who witnessed the signing of the Larantuka harbour agreement?")
    assert "Agnes Hurint" in lead, lead


def test_when_an_agreement_takes_effect_is_asked_of_an_english_release_in_its_words(services):
    assert "takes effect" in VOCAB.question_in_english("Kapan perjanjian Rutan Larantuka mulai berlaku?")
    lead = _lead(services, SHORT_FORMS_AND_RUN_ON, "Kapan perjanjian kerja sama Rutan Larantuka mulai berlaku?")
    assert "4 January 2027" in lead, lead


def test_how_often_takes_the_frequency_word_after_it():
    from assistant.checks import frequency_end

    text = SHORT_FORMS_AND_RUN_ON["lapas-maumere-dinkes.txt"]
    span = _span(text, "setiap tiga bulan")
    assert text[span.start : frequency_end(text, span, VOCAB)] == "setiap tiga bulan sekali"
    assert frequency_end("setiap tiga bulan, lalu", Span(0, 0, 17, "setiap tiga bulan", 1.0, 0.0), VOCAB) == 17


def test_units_each_with_its_own_partner_after_a_comma_sign_apart():
    text = (
        "Kanwil Ditjenpas Sulawesi Tengah Gelar Penandatanganan PKS\n\n"
        "PALU – Sejumlah UPT pemasyarakatan di Sulawesi Tengah menandatangani perjanjian kerja sama, Kamis (10/12/2026). "
        "Lapas Kelas IIB Tolitoli meneken perjanjian dengan Dinas Perikanan Kabupaten Tolitoli untuk budidaya ikan, "
        "Rutan Kelas IIB Buol dengan Koperasi Tani Buol Sejahtera untuk pelatihan pertanian, serta Bapas Kelas II Palu "
        "dengan Politeknik Tadulako Mandiri untuk kursus las.\n"
    )
    records = extract_records(Document(id="x", source="x.txt", title="", text=text, date="2026-12-10"), VOCAB)
    pairs = {(r.units[0], tuple(p.name for p in r.partners)) for r in records if r.partners}
    assert ("Lapas Kelas IIB Tolitoli", ("Dinas Perikanan Kabupaten Tolitoli",)) in pairs, pairs
    assert ("Rutan Kelas IIB Buol", ("Koperasi Tani Buol Sejahtera",)) in pairs, pairs


def test_the_other_side_of_a_stand_in_s_signing_stood_in_for_no_one(services):
    from assistant.checks import stands_in

    text = (
        "Kanwil Ditjenpas Sulawesi Barat dan Universitas Manakarra Raya Teken MoU\n\n"
        "MAMUJU – Rektor Universitas Manakarra Raya yang berhalangan hadir diwakili Wakil Rektor I, Dr. Hasmin Tamsah, "
        "yang menandatangani nota kesepahaman bersama Kepala Kanwil Ditjenpas Sulawesi Barat, Ridwan Mansyur, Selasa "
        "(8/12/2026).\n"
    )
    assert stands_in(text, _span(text, "Dr. Hasmin Tamsah"), VOCAB)
    assert not stands_in(text, _span(text, "Ridwan Mansyur"), VOCAB)
    lead = _lead(services, {"kanwil-sulbar-unima.txt": text}, "Siapa Kepala Kanwil Ditjenpas Sulawesi Barat?")
    assert "Ridwan Mansyur" in lead, lead


def test_spans_of_a_story_that_never_names_the_unit_asked_are_left_out(services):
    """"Rutan Sampang" asked: a story of Lapas Sampang, even ranked first, holds no answer."""
    from assistant.question import analyse

    texts = {
        "lapas-sampang-garam.txt": (
            "Lapas Sampang Latih Warga Binaan Bertambak Garam\n\nSAMPANG – Sebanyak 40 warga binaan Lembaga Pemasyarakatan "
            "Kelas IIB Sampang mengikuti pelatihan tambak garam bersama Koperasi Garam Madura Jaya, Senin (7/12/2026).\n"
        ),
        "rutan-sampang-garam.txt": (
            "Rutan Sampang Teken PKS Tambak Garam\n\nSAMPANG – Rumah Tahanan Negara Kelas IIB Sampang menandatangani perjanjian "
            "kerja sama dengan Koperasi Garam Madura Jaya, Selasa (8/12/2026). Sebanyak 15 tahanan akan bekerja di tambak garam.\n"
        ),
    }
    ingest_texts(services, texts)
    question = "Berapa tahanan Rutan Sampang yang akan bekerja di tambak garam?"
    answerer = services.offline_answerer
    hits = answerer.retriever.retrieve(question, top_k=2)
    spans = [Span(i, 0, 7, hit.chunk.text[:7], 1.0, 0.0) for i, hit in enumerate(hits)]
    kept = answerer._named_here(spans, question, analyse(question, VOCAB), hits)
    assert kept and {hits[s.passage].chunk.doc_id for s in kept} == {h.chunk.doc_id for h in hits if "Rumah Tahanan" in h.chunk.text}


KALIANDA_TEXTS = {
    "bapas-kalianda-pekon.txt": (
        "Bapas Kalianda Teken PKS Pidana Kerja Sosial dengan Dua Pekon\n\n"
        "KALIANDA – Balai Pemasyarakatan Kelas II Kalianda menandatangani perjanjian kerja sama dengan Pekon Way "
        "Lubuk dan Pekon Merak Belatung tentang pelaksanaan pidana kerja sosial, Rabu (16/12/2026), di Kantor Bapas "
        "Kalianda di Lampung Selatan.\n\n"
        "Klien akan membantu membersihkan pasar dan saluran air paling lama tiga jam per hari.\n"
    ),
    "lapas-kalianda-klien.txt": (
        "Lapas Kalianda Bina Warga Binaan Bertani\n\n"
        "KALIANDA – Kepala Lapas Kalianda, Andi Saputra, mengatakan jumlah warga binaan yang mengikuti pelatihan "
        "bertani mencapai 240 orang.\n"
    ),
    "pks-rutan-kalianda-puskesmas.txt": (
        "PERJANJIAN KERJA SAMA\nANTARA\nRUMAH TAHANAN NEGARA KELAS IIB KALIANDA\nDENGAN\nUPT PUSKESMAS WAY URANG\n\n"
        "Kami yang bertanda tangan di bawah ini, Rumah Tahanan Negara Kelas IIB Kalianda, yang diwakili oleh Kepala "
        "Rutan, Irfan Maulana, selanjutnya disebut PIHAK PERTAMA, dan UPT Puskesmas Way Urang, yang diwakili oleh Kepala "
        "UPT Puskesmas, drg. Ratna Sari, selanjutnya disebut PIHAK KEDUA, sepakat sebagai berikut.\n\n"
        "Pasal 1\nPIHAK KEDUA memeriksa kesehatan tahanan setiap hari Rabu di klinik Rutan.\n\n"
        "Dibuat di Kalianda pada tanggal 18 Desember 2026.\n"
    ),
}


def test_a_count_in_the_unit_asked_is_read_again_in_its_own_sentence(services):
    """"How many hours …": a count of people in another report is no answer; the sentence that states
    hours, read alone, gives one."""
    from assistant.question import analyse

    ingest_texts(services, KALIANDA_TEXTS)
    question = "How many hours a day at most will clients do community service in the Kalianda villages?"
    answerer = services.offline_answerer
    hits = answerer.retriever.retrieve(question, top_k=3)
    found = answerer._stated_in_own_sentence(question, analyse(question, VOCAB), "", hits)
    assert found is not None and "tiga jam" in found.text, found


def test_a_health_centre_s_signer_in_an_agreement_s_parties_paragraph(services):
    lead = _lead(services, KALIANDA_TEXTS, "Siapa yang menandatangani perjanjian atas nama UPT Puskesmas Way Urang?")
    assert "Ratna Sari" in lead, lead
    records = [r for r in services.records.all() if any("puskesmas" in p.name.lower() for p in r.partners)]
    assert [p.name for r in records for p in r.partners] == ["UPT Puskesmas Way Urang"], records


def test_where_an_agreement_was_made_its_closing_line_answers_before_a_place_its_articles_name(services):
    questions = ["Where was the Kalianda detention centre agreement made?", "Di mana perjanjian Rutan Kalianda dibuat?"]
    for question, lead in _leads(services, KALIANDA_TEXTS, questions):
        assert "Kalianda" in lead and "klinik" not in lead, (question, lead)


def test_villages_named_by_the_local_word_are_partners():
    records = extract_records(Document(id="x", source="x.txt", title="", text=KALIANDA_TEXTS["bapas-kalianda-pekon.txt"],
                                       date="2026-12-16"), VOCAB)
    assert {p.name for r in records for p in r.partners} == {"Pekon Way Lubuk", "Pekon Merak Belatung"}, records


WOMEN_S_PRISON = {
    "lpp-palembang-release.txt": (
        "Women's Prison Signs Memorandum with Weaving Studio\n\n"
        "PALEMBANG, South Sumatra — The Class IIA Women's Correctional Facility in Palembang and the Songket Lestari "
        "Studio signed a memorandum of understanding on Tuesday, 15 December 2026.\n\n"
        "The studio will teach songket weaving to 25 inmates for three months.\n"
    ),
    "lpka-palembang-news.txt": (
        "LPKA Palembang Latih Anak Binaan Menjahit\n\n"
        "PALEMBANG – Sebanyak 35 anak binaan Lembaga Pembinaan Khusus Anak Kelas I Palembang mengikuti pelatihan "
        "menjahit dan menenun, Senin (14/12/2026).\n"
    ),
}


def test_a_women_s_prison_asked_by_its_abbreviation_is_the_women_s_correctional_facility(services):
    assert "lembaga pemasyarakatan perempuan" in VOCAB.glossary.expand("Women's Correctional Facility")
    lead = _lead(services, WOMEN_S_PRISON, "Berapa warga binaan yang belajar menenun songket di LPP Palembang?")
    assert "25" in lead, lead


def test_the_other_side_of_a_stand_in_s_signing_acts_for_no_one_named_before_it(services):
    text = (
        "Kanwil Ditjenpas Sulawesi Barat dan Universitas Manakarra Raya Teken MoU\n\n"
        "MAMUJU – Rektor Universitas Manakarra Raya yang berhalangan hadir diwakili Wakil Rektor I, Dr. Hasmin Tamsah, "
        "yang menandatangani nota kesepahaman bersama Kepala Kanwil Ditjenpas Sulawesi Barat, Ridwan Mansyur, Selasa "
        "(8/12/2026), di kampus universitas di Mamuju.\n"
    )
    assert heads_another("Universitas Manakarra Raya", text, _span(text, "Kepala Kanwil Ditjenpas Sulawesi Barat, Ridwan Mansyur"), VOCAB)
    assert not heads_another("Universitas Manakarra Raya", text, _span(text, "Wakil Rektor I, Dr. Hasmin Tamsah"), VOCAB)
    lead = _lead(services, {"kanwil-sulbar-unima.txt": text, **WOMEN_S_PRISON},
                 "Siapa yang menandatangani nota kesepahaman atas nama Universitas Manakarra Raya?")
    assert "Hasmin Tamsah" in lead, lead


def test_asked_where_a_signing_was_made_its_sentence_is_read_again_alone(services):
    """Read whole among other regions' releases, a long signing sentence gives its place below the
    margin to an English question; read alone, it gives it."""
    texts = {
        "kanwil-gorontalo-univ.txt": (
            "Kanwil Ditjenpas Gorontalo dan Universitas Tilamuta Raya Teken MoU Penelitian\n\n"
            "LIMBOTO – Kantor Wilayah Direktorat Jenderal Pemasyarakatan Gorontalo menandatangani nota kesepahaman dengan "
            "Universitas Tilamuta Raya tentang penelitian dan pengabdian masyarakat di bidang pemasyarakatan, Rabu "
            "(16/12/2026), di kampus universitas di Limboto.\n\n"
            "Sebanyak 14 dosen akan meneliti program pembinaan di lapas dan rutan se-Gorontalo.\n"
        ),
        "kanwil-sulteng-release.txt": (
            "Central Sulawesi Corrections Office Signs Memorandum with University\n\n"
            "PALU — The Central Sulawesi Regional Office of the Directorate General of Corrections signed a memorandum of "
            "understanding with Universitas Lembah Palu Raya on Monday, 14 December 2026. The signing took place at the "
            "regional office's hall in Palu.\n"
        ),
    }
    lead = _lead(services, texts, "Where was the Gorontalo regional office memorandum signed?")
    assert "Limboto" in lead, lead


SENGKANG = {
    "rutan-sengkang-release.txt": (
        "Sengkang Detention Centre, Fisheries Service Sign Pact on Catfish Farming\n\n"
        "SENGKANG, South Sulawesi (Dec. 16, 2026) — The Class IIB Sengkang Detention Centre (Rutan Sengkang) and the "
        "Wajo Regency Fisheries Service signed a cooperation agreement on Wednesday on catfish farming for detainees.\n\n"
        "The agreement was signed by the head of the detention centre, Mr. Amiruddin Sese, and the head of the fisheries "
        "service, Ms. Rosmini Daeng Baji. It is valid for two years.\n"
    ),
    "pks-rutan-makale-koperasi.txt": (
        "PERJANJIAN KERJA SAMA\nANTARA\nRUMAH TAHANAN NEGARA KELAS IIB MAKALE\nDENGAN\nKOPERASI KOPI TORAJA LESTARI\n\n"
        "Pada hari ini, Kamis, tanggal tujuh belas bulan Desember tahun dua ribu dua puluh enam, bertempat di Makale, "
        "kami yang bertanda tangan di bawah ini sepakat mengadakan kerja sama pengolahan kopi bagi warga binaan.\n"
    ),
    "lapas-sorong-bpjs.txt": (
        "Lapas Sorong dan Rutan Aimas Teken PKS dengan BPJS Ketenagakerjaan\n\n"
        "AIMAS – Lapas Kelas IIB Sorong dan Rutan Kelas IIB Aimas menandatangani perjanjian kerja sama dengan BPJS "
        "Ketenagakerjaan Cabang Sorong, Jumat (18/12/2026).\n"
    ),
}


def test_an_english_release_s_date_and_its_partner_s_signer_asked_in_indonesian(services):
    """"Dec. 16, 2026" keeps its sentence (and the record its date's evidence); "the fisheries
    service" is a "Dinas"."""
    assert "dinas" in VOCAB.glossary.expand("the fisheries service")
    leads = dict(_leads(services, SENGKANG, ["When did the Sengkang detention centre sign its agreement with the fisheries service?",
                                             "Siapa yang menandatangani perjanjian atas nama Dinas Perikanan Kabupaten Wajo?"]))
    assert list(leads.values())[0].startswith("16 December 2026"), leads
    assert "Rosmini Daeng Baji" in list(leads.values())[1], leads


def test_an_agreement_opening_bertempat_di_says_where_it_was_made(services):
    answerer = services.offline_answerer
    assert answerer._asks_where_made("Where was the Makale agreement made?")
    assert not answerer._asks_where_made("Dari mana biaya pelaksanaan perjanjian kerja sama Rutan Makale?")  # its funds
    lead = _lead(services, SENGKANG, "Di mana perjanjian kerja sama Rutan Makale dengan Koperasi Kopi Toraja Lestari ditandatangani?")
    assert "Makale" in lead, lead


def test_units_that_signed_together_are_all_named_first(services):
    lead = _lead(services, SENGKANG, "Which correctional units signed agreements with BPJS Ketenagakerjaan Cabang Sorong?")
    assert "Sorong" in lead and "Aimas" in lead, lead


def test_an_english_question_on_work_accident_insurance_finds_the_indonesian_report(services):
    texts = {
        "kanwil-sulbar-bpjs.txt": (
            "Lapas Mamuju dan Rutan Majene Teken PKS dengan BPJS Ketenagakerjaan\n\n"
            "MAMUJU – Lapas Kelas IIB Mamuju dan Rutan Kelas IIB Majene menandatangani perjanjian kerja sama dengan BPJS "
            "Ketenagakerjaan Cabang Mamuju, Jumat (18/12/2026). Sebanyak 85 warga binaan yang bekerja di dapur dan "
            "bengkel akan didaftarkan sebagai peserta jaminan kecelakaan kerja.\n"
        ),
        "bapas-mamuju-release.txt": (
            "Mamuju Probation Office Opens Counselling Room\n\n"
            "MAMUJU, West Sulawesi — The Mamuju probation office opened a counselling room on Monday, 14 December 2026. "
            "The office currently supervises 260 clients across the province.\n"
        ),
    }
    assert "jaminan kecelakaan kerja" in VOCAB.glossary.expand("work accident insurance")
    lead = _lead(services, texts, "How many inmates will be enrolled in work accident insurance in West Sulawesi?")
    assert "85" in lead, lead


def test_where_funds_come_from_asks_a_source_not_a_place():
    assert answer_kind("Where does the funding for the Contoh library's agreement come from?", VOCAB) == "factoid"
    assert answer_kind("Dari mana biaya pelaksanaan nota kesepahaman itu?", VOCAB) == "factoid"
    assert answer_kind("Dari mana asal peserta pelatihan itu?", VOCAB) == "place"  # people come from places
    assert answer_kind("Where was the funding agreement signed?", VOCAB) == "place"


def test_a_unit_asked_in_english_by_its_town_is_not_answered_from_a_story_naming_only_its_province(services):
    texts = {
        "lapas-tanjung-release.txt": (
            "Tanjung Prison Trains Inmates as Welders\n\n"
            "TANJUNG, South Kalimantan — The Class IIB Tanjung Prison signed an agreement with the Borneo Welding "
            "Institute on Tuesday, 15 December 2026, at the institute's workshop in Banjarmasin.\n"
        ),
    }
    answerer = services.offline_answerer
    assert [name for name, _ in answerer._english_units("Where did the Barabai probation office sign?", VOCAB.gazetteer.mentions(
        "Where did the Barabai probation office sign?"))] == ["Barabai probation office"]
    lead = _lead(services, texts, "Where did the Barabai probation office sign its agreement with the welding institute?")
    assert "Banjarmasin" not in lead, lead
    lead = _lead(services, texts, "Where did the Tanjung prison sign its agreement with the welding institute?")
    assert "Banjarmasin" in lead, lead


def test_a_topic_asked_in_one_english_form_is_said_in_another():
    assert [english_stem(w) for w in ("training", "trained", "baristas", "facilities", "classes", "status")] == [
        "train", "train", "barista", "facility", "class", "status"]
    assert units_said([{"training"}, {"welder"}], "Inmates will train as welders every week.", VOCAB) == 2


def test_an_owner_or_founder_asked_in_indonesian_is_asked_in_english_and_offices_in_indonesian():
    """An English report's "owner" and "founder"; an Indonesian report's prosecutor's office and village
    empowerment office."""
    assert "owner" in VOCAB.glossary.in_english("Siapa pemilik CV Contoh Jaya?")
    assert "founder" in VOCAB.glossary.in_english("Siapa pendiri Yayasan Contoh?")
    assert "kejari" in VOCAB.glossary.expand("the Contoh district prosecutor's office")
    assert "pemberdayaan masyarakat dan desa" in VOCAB.glossary.expand("the village empowerment office")
    # a weaving studio's looms asked in English of an Indonesian report
    assert "sanggar tenun" in VOCAB.glossary.expand("the Contoh weaving studio")
    assert "alat tenun" in VOCAB.glossary.expand("How many looms does the studio lend?")


def test_a_role_named_in_a_headline_is_its_holder_named_in_the_story(services):
    """A lead that is a role and its body, with no name beside it in its sentence (a headline's "…,
    Disaksikan Bupati Ngada"), is the holder the story names after the same words."""
    text = ("Rutan Bajawa Teken Kerja Sama Pertanian, Disaksikan Bupati Ngada\n\n"
            "BAJAWA – Rutan Kelas IIB Bajawa meneken nota kesepahaman dengan Kelompok Tani Contoh, Senin (11/1/2027). "
            "Penandatanganan disaksikan Bupati Ngada, Yohanes Bata Wea.")
    named = services.offline_answerer._named(_span(text, "Bupati Ngada"), text)
    assert named.text == "Bupati Ngada, Yohanes Bata Wea", named.text
    assert text[named.start : named.end] == named.text
    unnamed = "Rutan Bajawa Teken Kerja Sama, Disaksikan Bupati Ngada\n\nPenandatanganan disaksikan Bupati Ngada."
    assert services.offline_answerer._named(_span(unnamed, "Bupati Ngada"), unnamed).text == "Bupati Ngada"


RELATIVE_DAYS = {
    "lapas-ketapang-dua.txt": (
        "Lapas Ketapang Teken Dua Kerja Sama\n\n"
        "KETAPANG – Lapas Kelas IIB Ketapang menandatangani perjanjian kerja sama dengan Dinas Sosial Kabupaten Ketapang "
        "tentang rehabilitasi sosial, Selasa (8/12/2026). Perjanjian ditandatangani Kepala Lapas Ketapang.\n\n"
        "Dua hari kemudian, lapas yang sama meneken nota kesepahaman dengan Yayasan Cahaya Borneo Lestari.\n"
    ),
    "lapas-bukittinggi-release.txt": (
        "Bukittinggi Prison to Train Inmates as Tailors\n\n"
        "Published: Monday, 21 December 2026\n\n"
        "BUKITTINGGI, West Sumatra — Fifteen inmates of the Class IIA Bukittinggi Prison will learn tailoring after the "
        "prison signed a cooperation agreement with CV Jahit Minang Sejahtera, a local garment maker, last Thursday.\n"
    ),
}


def test_a_signing_day_told_relative_to_another_is_counted_after_the_citation_of_what_the_report_says(services):
    lead = _lead(services, RELATIVE_DAYS, "Kapan Lapas Ketapang menandatangani nota kesepahaman dengan Yayasan Cahaya Borneo Lestari?")
    assert lead.startswith("2 hari setelah 8 Desember 2026 [1]; yaitu 10 Desember 2026"), lead
    answer = services.answer("When did the Bukittinggi prison sign its tailor training agreement?")
    lead = answer.text.splitlines()[0]
    assert lead.startswith("The Thursday before the report's date, 21 December 2026 [1]; that is 17 December 2026"), lead
    assert "last Thursday" in answer.citations[0].quote
    assert len(answer.citations) == 1 and "17 December" not in answer.text.split("[1]")[0]  # no marker stands for the day counted


ASSOCIATION = {
    "rutan-fakfak-release.txt": (
        "Fakfak Detention Centre Signs Net-Mending Deal\n\n"
        "FAKFAK, West Papua (Dec. 15, 2026) — The Class IIB Fakfak Detention Centre signed an agreement on Tuesday "
        "with the Fakfak Fishing Boat Owners Association, whose members will teach detainees to mend nets.\n\n"
        "The agreement was signed at the association's office near the fish market by the head of the detention "
        "centre, Markus Hindom, and the association's chair, Mrs. Siti Rumagesan.\n"
    ),
    "lapas-bengkayang-sawit.txt": (
        "Lapas Bengkayang Gandeng Koperasi Sawit\n\n"
        "BENGKAYANG – Lapas Kelas IIB Bengkayang meneken perjanjian kerja sama dengan Koperasi Sawit Jagoi Makmur, "
        "Senin (14/12/2026).\n\n"
        "Kalapas Bengkayang, Yohanes Kristianto, menyebut 25 warga binaan akan dilatih merawat kebun sawit.\n"
    ),
}


def test_a_body_referred_back_to_by_its_head_word_is_the_role_s_beside_it_not_another_s():
    held = "the Fakfak Fishing Boat Owners Association"
    assert refers_back(held, "and the association's chair, Mrs. Siti Rumagesan", VOCAB, role_beside=True)
    assert not refers_back(held, "signed at the association's office near the market by the head of the detention centre",
                           VOCAB, role_beside=True)
    assert refers_back(held, "signed at the association's office near the market", VOCAB)  # without a role beside
    # an English unit's two-word kind is its head word: "the head of the detention centre" for "the A detention centre"
    assert refers_back("head of the Fakfak detention centre", "The head of the detention centre", VOCAB, role_beside=True)
    assert not refers_back("head of the Fakfak detention centre", "The head of the centre's kitchen", VOCAB, role_beside=True)


def test_the_signer_for_an_english_association_is_the_one_its_head_word_names_beside_a_role(services):
    lead = _lead(services, ASSOCIATION, "Who signed the agreement for the Fakfak Fishing Boat Owners Association?")
    assert "Siti Rumagesan" in lead, lead


def test_a_unit_s_short_role_says_its_head_asked_in_english(services):
    assert says_role("head of the Bengkayang prison", "Kalapas Bengkayang, Yohanes Kristianto", VOCAB)
    assert not says_role("head of the Bengkayang detention centre", "Kalapas Bengkayang, Yohanes Kristianto", VOCAB)
    lead = _lead(services, ASSOCIATION, "Who heads the Bengkayang prison?")
    assert "Yohanes Kristianto" in lead, lead


def test_a_name_s_clause_is_the_role_before_its_title_not_the_place_after_it():
    text = ("Nota kesepahaman diteken Kepala Rutan Ruteng, Nama Satu, dan pimpinan pondok, KH. Nama Dua, di Masjid "
            "Al-Ikhlas Rutan Ruteng, Jumat (18/12/2026).")
    for name in ("KH. Nama Dua", "Nama Dua"):
        start = text.index(name)
        assert person_clause(text, Span(0, start, start + len(name), name, 1.0, 0.0), VOCAB) == "pimpinan pondok", name


SIGNATORY_ROWS = {
    "pks-bapas-waingapu-yayasan.txt": (
        "PERJANJIAN KERJA SAMA\nANTARA\nBALAI PEMASYARAKATAN KELAS II WAINGAPU\nDENGAN\nYAYASAN TENUN IKAT SUMBA\n\n"
        "Pada hari ini Selasa tanggal lima belas bulan Desember tahun dua ribu dua puluh enam, bertempat di Waingapu, "
        "yang bertanda tangan di bawah ini:\n\n"
        "1. Nama     : YOHANES UMBU NDAKULARAK\n"
        "   Jabatan  : Kepala Balai Pemasyarakatan Kelas II Waingapu\n"
        "   selanjutnya disebut PIHAK KESATU;\n\n"
        "2. Nama     : Sr. KRISTINA LEDA, SSpS\n"
        "   Jabatan  : Ketua Yayasan Tenun Ikat Sumba\n"
        "   selanjutnya disebut PIHAK KEDUA.\n\n"
        "Pasal 1\nPara Pihak sepakat menyelenggarakan pelatihan menenun bagi klien pemasyarakatan.\n"
    ),
}


def test_a_name_on_a_form_s_row_is_who_the_next_row_s_position_says(services):
    text = SIGNATORY_ROWS["pks-bapas-waingapu-yayasan.txt"]
    start = text.index("KRISTINA LEDA")
    assert person_clause(text, Span(0, start, start + 13, "KRISTINA LEDA", 1.0, 0.0), VOCAB) == "Ketua Yayasan Tenun Ikat Sumba"
    lead = _lead(services, SIGNATORY_ROWS, "Who heads the Waingapu probation office?")
    assert "YOHANES UMBU NDAKULARAK" in lead and "KRISTINA" not in lead, lead


WARDS = {
    "rutan-tual-seaweed.txt": (
        "Tual Detention Centre and Seaweed Cooperative Sign Agreement\n\n"
        "TUAL, Maluku — The Class IIB Tual Detention Centre signed an agreement with the Kei Seaweed Farmers "
        "Cooperative on Monday, 14 December 2026. Under it, 25 detainees nearing release will tend seaweed lines for "
        "four months.\n"
    ),
}


def test_a_question_about_a_town_s_inmates_is_not_answered_from_a_story_of_another_province(services):
    assert services.offline_answerer._places_asked("How long will the Ampana detainees tend the lines?", analyse(
        "How long will the Ampana detainees tend the lines?", VOCAB))
    answer = services.answer("How long will the Ampana detainees tend seaweed lines?") if ingest_texts(services, WARDS) else None
    assert answer.abstained, answer.text
    lead = _lead(services, WARDS, "How long will the Tual detainees tend seaweed lines?")
    assert "four months" in lead, lead



NEIGHBOURS = ["Sulawesi Utara", "Sulawesi Tengah", "Sulawesi Selatan", "Sulawesi Barat", "Nusa Tenggara Barat",
              "Nusa Tenggara Timur"]
PARTNERS = ["Universitas Negeri", "Dinas Sosial", "Politeknik Negeri", "Dinas Kesehatan", "Badan Narkotika Nasional",
            "Balai Latihan Kerja"]


def test_a_place_asked_is_searched_deep_past_many_reports_of_other_provinces(services):
    """Thirty-six reports of the heads of regional offices of provinces whose names share a word with the
    one asked rank before the report that names the asked province's head once, in a unit's story."""
    texts = {f"kanwil-{i}-{k}.txt": (
        f"Kepala Kanwil Ditjenpas {province} Hadiri Penandatanganan {partner}\n\n"
        f"Kepala Kantor Wilayah Ditjenpas {province}, Nama Ke{i}, menyaksikan penandatanganan nota kesepahaman dengan "
        f"{partner}, Senin (7/12/2026). Kepala Kanwil Ditjenpas {province} itu menyebut kerja sama ini penting.\n")
        for i, province in enumerate(NEIGHBOURS) for k, partner in enumerate(PARTNERS)}
    texts["rutan-baubau-pdam.txt"] = (
        "Rutan Baubau Gandeng Perumda Air Minum\n\n"
        "BAUBAU – Rumah Tahanan Negara Kelas IIB Baubau menjalin kerja sama dengan Perumda Air Minum Kota Baubau untuk "
        "pelatihan instalasi pipa, Rabu (9/12/2026). Teknisi perumda akan melatih 15 tahanan.\n\n"
        "Kepala Kantor Wilayah Ditjenpas Sulawesi Tenggara, La Ode Harimu, yang hadir dalam penandatanganan, berharap "
        "kerja sama serupa diikuti unit lain.\n")
    lead = _lead(services, texts, "Siapa Kepala Kanwil Ditjenpas Sulawesi Tenggara?")
    assert "La Ode Harimu" in lead, lead


def test_a_name_in_a_quote_s_short_form_is_shown_where_the_story_names_it_in_full(services):
    """A lead read in a quote's "kata Nama Satu" is the name without the verb, shown where the passage
    names the person in full ("…, Nama Satu Dua, …"), so that the quote cited holds the whole name."""
    text = ("Lapas Ende Gandeng Sanggar Musik\n\nENDE – Perjanjian kerja sama ditandatangani Kepala Lapas Ende, "
            "Paulus Wangge, dan pemilik sanggar, Theresia Rosalinda Mbani, Senin (11/1/2027). \"Musik menenangkan "
            "hati,\" kata Theresia Rosalinda seusai penandatanganan.")
    answerer = services.offline_answerer
    lead = answerer._whole_name(_span(text, "kata Theresia Rosalinda"), text, "Who signed for the music studio?")
    assert lead.text == "Theresia Rosalinda Mbani", lead.text
    assert text[lead.start : lead.end] == lead.text and lead.start < text.index("Senin")
    titled = "Hadir pula dr Maria Ndoen dari puskesmas setempat."  # a title in lower case is the name's
    assert answerer._whole_name(_span(titled, "dr Maria Ndoen"), titled, "Siapa dokter yang hadir?").text == "dr Maria Ndoen"


REGENCY_INITIALS = {
    "tjb.txt": ("Lapas Kuala Tungkal dan Dinkes Tanjabbar Teken PKS Layanan Kesehatan\n\n"
                "KUALA TUNGKAL – Lembaga Pemasyarakatan Kelas IIB Kuala Tungkal dan Dinas Kesehatan Kabupaten Tanjung Jabung "
                "Barat menandatangani perjanjian kerja sama layanan kesehatan warga binaan, Senin (15/2/2027).\n\n"
                "Perjanjian diteken Kepala Lapas Kuala Tungkal, Rahmadi Noor, dan Kepala Dinas Kesehatan TJB, Siti Mahmudah.\n"),
}


def test_a_regency_of_three_words_is_named_by_its_initials(services):
    """"Dinas Kesehatan TJB" is the Kabupaten Tanjung Jabung Barat's (the gazetteer's regencies of three
    words or more, by their initials, join the glossary): one partner, and its signer asked by the regency's name."""
    assert VOCAB.glossary.entries["tjb"] == ("tanjung jabung barat",)
    ingest_texts(services, REGENCY_INITIALS)
    [record] = services.records.all()
    assert [p.name for p in record.partners] == ["Dinas Kesehatan Kabupaten Tanjung Jabung Barat"]
    lead = services.answer("Who signed the agreement for the health office of Tanjung Jabung Barat?").text.splitlines()[0]
    assert "Siti Mahmudah" in lead, lead
