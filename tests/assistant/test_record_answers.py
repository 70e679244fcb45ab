"""List, count and aggregate questions answered from the records, each item cited."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from assistant.checks import topic_units
from assistant.cite import verify
from assistant.record_answer import parse_record_query
from tests.corpus import ingest_texts
from tests.vocab import VOCAB

pytestmark = pytest.mark.integration


def test_fisheries_in_banten_lists_both_agreements_and_tells_them_apart(devset_services):
    answer = devset_services.answer("Mitra mana saja yang mendukung perikanan di Banten?")
    lead = answer.text.splitlines()[0]
    assert lead.startswith("Mitra (di bidang perikanan, di Banten): ")  # the answer first: the partners, cited
    assert "Kementerian Kelautan dan Perikanan" in lead and "Dinas Perikanan [" in lead
    assert answer.text.endswith("Jumlah: 2 kerja sama.")
    lines = answer.text.splitlines()[1:-1]
    ministry = next(l for l in lines if "Kementerian Kelautan dan Perikanan" in l)
    regency = next(l for l in lines if "Dinas Perikanan" in l)
    assert "Ditjen Perikanan Budidaya" in ministry and "Kementerian Imigrasi dan Pemasyarakatan" in ministry
    assert "Rutan Kelas IIB Serang" in regency
    assert "HIMPSI" not in answer.text  # the regional office's own signing with psychologists is not in fisheries
    for citation in answer.citations:
        assert verify(citation, devset_services.documents.get(citation.doc_id))
    quotes = " ".join(c.quote for c in answer.citations)
    assert "Dinas Perikanan" in quotes and "Perikanan Budidaya" in quotes


def test_count_by_year_counts_signings_and_cites_each(devset_services):
    answer = devset_services.answer("Berapa kegiatan penandatanganan yang berlangsung pada tahun 2022?")
    lead = answer.text.splitlines()[0]
    assert lead.endswith("— 3 kerja sama (pada 2022).")  # the answer first: the units, each cited, and the number
    assert len(answer.text.splitlines()) == 4 and answer.citations


def test_english_aggregate_by_partner_kind(devset_services):
    answer = devset_services.answer("Which companies (PT or CV) signed agreements directly with Ditjenpas?")
    lead = answer.text.splitlines()[0]
    assert lead.startswith("Partners: ")
    for name in ["PT Agro Bumi Pangan Mandiri", "PT Mitra Sejati Laksana", "CV Yasa Fortune Abadi"]:
        assert name in lead
    assert "PT Agro Bumi Pangan Mandiri (company) [" in lead  # an Indonesian name keeps an English gloss
    assert "Galeri Wong Kito" not in answer.text  # signed with Lapas Banyuasin, not with Ditjenpas


@pytest.mark.parametrize("question", [
    "Berapa PKS yang ditandatangani Lapas Kelas IIA Tenggarong pada 14 Oktober 2025?",  # one event
    "Berapa warga binaan Rutan Salatiga yang akan mengikuti program rehabilitasi?",  # not about agreements
    "Which partner of the Madiun youth prison provides counselling?",  # one partner of one place
    # a kind of unit with its town names one unit: its signings' records are read whole, the topic
    # word telling the agreement, not which partners to list
    "Mitra mana saja yang menandatangani perjanjian peternakan dengan Lapas Dompu?",
    # a unit whose town is on no list is one unit too (`checks.unlisted_units`): its clients, not its agreements
    "Berapa klien Bapas Sukadana yang menjalani pidana kerja sosial tahun ini?",
])
def test_questions_about_one_event_stay_with_the_passages(question):
    assert parse_record_query(question, VOCAB) is None


def run(*args, services):
    env = {"KERJASAMA_DATA_DIR": str(services.settings.data_dir), "PATH": ""}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True, env=env, timeout=300)


def test_records_command_filters_and_formats(devset_services):
    result = run("records", "--province", "Jawa Barat", "--format", "csv", services=devset_services)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["sources"].split(";")[0] for r in rows} == {"010_lapas-garut-pks-aph-pemda.txt", "011_bapas-garut-kerja-sosial.txt"}
    as_json = json.loads(run("records", "--partner", "Kodim", "--format", "json", services=devset_services).stdout)
    assert len(as_json) == 1 and as_json[0]["signing_date"] == "2026-01-29"
    partner = next(p for p in as_json[0]["partners"] if p["name"].startswith("Kodim"))
    assert partner["name"] in partner["evidence"]["quote"]
    table = run("records", "--sector", "perikanan", services=devset_services)
    assert "CV Yasa Fortune Abadi" in table.stdout and "Kodim" not in table.stdout


def test_eval_with_facts_reports_record_scores(tmp_path):
    from tests.conftest import DEVSET

    docs = tmp_path / "docs"
    docs.mkdir()
    names = ["010_lapas-garut-pks-aph-pemda.txt", "011_bapas-garut-kerja-sosial.txt"]
    for name in names:
        (docs / name).write_text((DEVSET / "docs" / name).read_text())
    facts = tmp_path / "facts.jsonl"
    facts.write_text("\n".join(l for l in (DEVSET / "facts.jsonl").read_text().splitlines() if any(n in l for n in names)) + "\n")
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(l for l in (DEVSET / "questions.jsonl").read_text().splitlines() if '"q-dev-022"' in l) + "\n")
    result = subprocess.run([sys.executable, "-m", "assistant.cli", "eval", "--questions", str(questions), "--docs", str(docs),
                             "--facts", str(facts), "--json"], capture_output=True, text=True, timeout=600,
                            env={"KERJASAMA_DATA_DIR": str(tmp_path / "unused"), "PATH": ""})
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)["records"]
    for key in ["partner_precision", "partner_recall", "partner_f1", "date_accuracy", "province_accuracy", "sector_recall"]:
        assert key in records
    assert records["events"] == 2 and records["date_accuracy"] == 1.0 and records["partner_recall"] == 1.0


def test_a_date_question_across_records_leads_with_the_dates(devset_services):
    answer = devset_services.answer("On what date did Lamongan prison sign its agreement with the district manpower office?")
    assert answer.text.splitlines()[0].startswith("6 November 2024 [1]")


def test_a_list_answer_says_when_the_source_states_more_partners_than_it_names(services, settings):
    from tests.ingest.test_records import COUNTED

    (settings.corpus_dir / "bapas.txt").write_text(COUNTED, encoding="utf-8")
    services.ingester(progress=False).run()
    answer = services.answer("Mitra mana saja yang bekerja sama dengan unit pemasyarakatan pada tahun 2025?")
    line = next(line for line in answer.text.splitlines() if line.startswith("- "))
    assert "(sumber menyebut 4 mitra [" in line and "; 3 disebut namanya)" in line
    english = services.answer("Which partners signed agreements with correctional units in 2025?")
    assert "(the source states 4 partners [" in english.text
    for citation in answer.citations + english.citations:
        assert verify(citation, services.documents.get(citation.doc_id))


# Two units of one town sign on different days; a third signing names no partner. Written for the test.
ONE_TOWN = {
    "rutan.txt": (
        "Rutan Bantul Jalin Kerja Sama\n"
        "BANTUL – Rumah Tahanan Negara (Rutan) Kelas IIB Bantul menandatangani nota kesepahaman pada Senin (3/3/2025) "
        "dengan Dinas Sosial Kabupaten Bantul, Dinas Kesehatan Kabupaten Bantul, dan Yayasan Cahaya Pagi Bantul.\n"
    ),
    "lapas.txt": (
        "Lapas Bantul Teken PKS\n"
        "BANTUL – Lembaga Pemasyarakatan (Lapas) Kelas IIA Bantul meneken perjanjian kerja sama dengan Politeknik Harapan "
        "Bantul pada Selasa (4/3/2025).\n"
    ),
    "bapas.txt": (
        "Bapas Sleman Perkuat Kemitraan\n"
        "SLEMAN – Balai Pemasyarakatan (Bapas) Kelas I Sleman menandatangani nota kesepahaman pada Rabu (5/3/2025) "
        "bersama sejumlah mitra untuk pembimbingan klien.\n"
    ),
    "rutan-sleman.txt": (
        "Rutan Sleman Teken Nota Kesepakatan\n"
        "SLEMAN – Rumah Tahanan Negara (Rutan) Kelas IIB Sleman menandatangani nota kesepakatan dengan Pemerintah "
        "Kabupaten Sleman pada Rabu (5/11) di aula rutan.\n"
    ),
}


@pytest.fixture
def one_town(services):
    return ingest_texts(services, ONE_TOWN)


def test_a_list_question_about_one_signing_lists_that_records_parties(one_town):
    answer = one_town.answer("Instansi apa saja yang meneken nota kesepahaman dengan Rutan Kelas IIB Bantul pada 3 Maret 2025?")
    lead = answer.text.splitlines()[0]
    assert lead.startswith("Mitra: ")
    for name in ["Dinas Sosial Kabupaten Bantul", "Dinas Kesehatan Kabupaten Bantul", "Yayasan Cahaya Pagi Bantul"]:
        assert name + " [" in lead
    assert "Politeknik" not in answer.text  # the prison of the same town signed on another day
    for citation in answer.citations:
        assert verify(citation, one_town.documents.get(citation.doc_id))
    english = one_town.answer("Which partners did the Bantul prison sign with in March 2025?")
    assert english.text.splitlines()[0].startswith("Partners: Politeknik Harapan Bantul")
    assert "Dinas Sosial" not in english.text  # a prison, not the detention centre


def test_the_kind_of_partner_asked_for_leads_and_the_signing_line_keeps_the_rest(one_town):
    answer = one_town.answer("Dinas apa saja yang meneken nota kesepahaman dengan Rutan Bantul?")
    lead, line = answer.text.splitlines()[:2]
    assert "Dinas Sosial Kabupaten Bantul [" in lead and "Dinas Kesehatan Kabupaten Bantul [" in lead
    assert "Yayasan" not in lead and "Yayasan Cahaya Pagi Bantul [" in line
    english = one_town.answer("Which foundation signed a memorandum with the Bantul detention centre in March 2025?")
    assert english.text.splitlines()[0].startswith("Partners: Yayasan Cahaya Pagi Bantul (foundation) [")
    assert "Dinas" not in english.text.splitlines()[0]  # the glossary's "foundation" is "yayasan"


def test_a_signing_on_record_without_named_partners_is_declined_not_guessed(one_town):
    answer = one_town.answer("Siapa saja mitra yang meneken nota kesepahaman dengan Bapas Sleman pada 5 Maret 2025?")
    assert answer.abstained
    assert answer.text.startswith("Catatan tidak menyebut nama mitra penandatanganan ini:")
    assert "Bapas" in answer.text and answer.citations
    dated = one_town.answer("Kapan Bapas Sleman menandatangani nota kesepahaman?")
    assert not dated.abstained and dated.text.splitlines()[0] == "5 Maret 2025 [1]."  # its date is on record


def test_a_count_of_one_signings_partners_is_counted_from_its_record_and_each_is_cited(one_town):
    answer = one_town.answer("Berapa mitra yang meneken nota kesepahaman dengan Rutan Kelas IIB Bantul pada 3 Maret 2025?")
    lead = answer.text.splitlines()[0]
    assert lead.startswith("Dinas Sosial Kabupaten Bantul [1], Dinas Kesehatan Kabupaten Bantul [")
    assert lead.endswith("Yayasan Cahaya Pagi Bantul [1] — 3 mitra.")  # the count follows the cited names it counts
    assert "Politeknik" not in answer.text
    for citation in answer.citations:
        assert verify(citation, one_town.documents.get(citation.doc_id))
    english = one_town.answer("How many partners signed with the Bantul detention centre in March 2025?")
    assert english.text.splitlines()[0].endswith("— 3 partners.")
    dinas = one_town.answer("Berapa dinas yang meneken nota kesepahaman dengan Rutan Kelas IIB Bantul?")
    assert dinas.text.splitlines()[0].endswith("Dinas Kesehatan Kabupaten Bantul [1] — 2 mitra.")  # the kind asked for
    unnamed = one_town.answer("Berapa mitra yang meneken nota kesepahaman dengan Bapas Sleman pada 5 Maret 2025?")
    assert unnamed.abstained and unnamed.text.startswith("Catatan tidak menyebut nama mitra penandatanganan ini:")


def test_a_count_of_partners_the_source_states_is_the_stated_one(services):
    from tests.ingest.test_records import COUNTED

    ingest_texts(services, {"bapas.txt": COUNTED})
    answer = services.answer("Berapa lembaga yang meneken perjanjian kerja sama dengan Bapas Sukamaju pada 4 Desember 2025?")
    lead = answer.text.splitlines()[0]
    assert lead.startswith("4 mitra [1]. Disebut namanya: Badan Narkotika Nasional Kabupaten (BNNK) Sukamaju [1], ")
    assert "empat lembaga" in answer.citations[0].quote


def test_a_date_question_about_one_signing_is_answered_from_its_record(one_town):
    answer = one_town.answer("Kapan Rutan Bantul meneken nota kesepahaman dengan Dinas Sosial Kabupaten Bantul?")
    assert answer.text.splitlines()[0] == "3 Maret 2025 [1]."
    assert verify(answer.citations[0], one_town.documents.get(answer.citations[0].doc_id))
    assert "3/3/2025" in answer.citations[0].quote


def test_a_question_asking_for_the_day_gets_the_day_its_source_states(one_town):
    answer = one_town.answer("Pada hari dan tanggal berapa Rutan Bantul meneken nota kesepahaman dengan Dinas Sosial Kabupaten Bantul?")
    assert answer.text.splitlines()[0].startswith("Senin, 3 Maret 2025 [1]")  # "Senin (3/3/2025)" in the cited sentence
    english = one_town.answer("On what day did the Bantul detention centre sign its memorandum with the Bantul social affairs office?")
    assert english.text.splitlines()[0].startswith("Monday, 3 March 2025 [1]")
    assert one_town.answer("Kapan Rutan Bantul meneken nota kesepahaman dengan Dinas Sosial Kabupaten Bantul?").text.startswith("3 Maret")


def test_a_signing_on_record_without_its_year_is_declined_with_what_it_states(one_town):
    answer = one_town.answer("On what date did the Sleman detention centre sign its agreement with the Sleman regency government?")
    assert answer.abstained and answer.text.startswith("The records do not state the full date of this signing:")
    assert "5 November, year not stated" in answer.text


@pytest.mark.parametrize("question", [
    "Siapa Kepala Rutan Bantul yang meneken nota kesepahaman?",  # a person, not a list of parties
    "Instansi apa saja yang hadir pada 3 Maret 2025?",  # no unit named
    "Which police chief attended the Bantul prison signing in March 2025?",  # a person, though "police" is a partner kind
])
def test_other_questions_are_not_one_signings_parties(question):
    from assistant.question import analyse
    from assistant.record_answer import parse_event_query

    assert parse_event_query(question, VOCAB, analyse(question, VOCAB).kind) is None


def test_a_role_after_the_asked_noun_does_not_make_a_parties_question_a_person_question():
    from assistant.question import analyse
    from assistant.record_answer import parse_event_query

    question = "Which association did the head of the Bantul detention centre sign an agreement with in March 2025?"
    query = parse_event_query(question, VOCAB, analyse(question, VOCAB).kind)
    assert query is not None and query.event.unit_types == {"detention"} and query.event.date == "2025-03"


@pytest.mark.parametrize("question, across", [
    ("Which correctional units in Garut signed agreements in 2025, according to our records?", True),
    ("Mitra mana saja yang meneken kerja sama di Garut pada 2025 menurut data resmi?", True),
    ("Menurut Kepala Lapas, mitra mana saja yang meneken kerja sama di Garut pada 2025?", False),  # what one person said
])
def test_according_to_the_records_is_a_records_question_and_to_a_person_is_not(question, across):
    assert (parse_record_query(question, VOCAB) is not None) == across


@pytest.mark.parametrize("question, years", [
    ("Which units signed agreements in 2025 and 2026?", (2025, 2026)),
    ("Mitra mana saja yang meneken kerja sama pada 2021, 2023, dan 2025?", (2021, 2023, 2025)),
    ("Mitra mana saja yang meneken kerja sama pada 2022–2024?", (2022, 2023, 2024)),
    ("Which partners signed in 2024 with 2025 inmates in mind?", (2024,)),  # a number after a year is no year of the question
])
def test_every_year_a_question_joins_is_asked_for(question, years):
    assert parse_record_query(question, VOCAB).years == years


# Written for this test (Lumajang is a real town, so that the gazetteer knows it): community service placed
# with two villages.
VILLAGES = {
    "bapas-desa.txt": (
        "Bapas Lumajang Gandeng Dua Desa\n"
        "LUMAJANG – Balai Pemasyarakatan Kelas II Lumajang meneken nota kesepakatan dengan Pemerintah Desa Sukasari dan "
        "Pemerintah Desa Sukamulya pada Kamis (20/11/2025) tentang pidana kerja sosial bagi klien.\n"
    ),
}


@pytest.mark.parametrize("question, lead", [
    ("Dengan desa mana saja Bapas Lumajang meneken nota kesepakatan?", "Mitra: Pemerintah Desa Sukasari [1], Pemerintah Desa Sukamulya [1]."),
    ("Which villages signed with the Lumajang probation office?",
     "Partners: Pemerintah Desa Sukasari (village government) [1], Pemerintah Desa Sukamulya (village government) [1]."),
])
def test_the_villages_a_unit_signed_with_are_listed_from_its_record(services, question, lead):
    assert ingest_texts(services, VILLAGES).answer(question).text.splitlines()[0] == lead


def test_how_many_partners_across_signings_counts_the_partners_not_the_signings(one_town):
    answer = one_town.answer("Berapa mitra unit pemasyarakatan di DI Yogyakarta pada 2025?")
    lead = answer.text.splitlines()[0]
    assert lead.endswith("— 4 mitra (di DI Yogyakarta, pada 2025).")  # 3 of the Rutan, 1 of the Lapas
    for name in ["Dinas Sosial Kabupaten Bantul", "Politeknik Harapan Bantul"]:
        assert name + " [" in lead
    assert "Sleman" not in lead  # its year is not stated
    for citation in answer.citations:
        assert verify(citation, one_town.documents.get(citation.doc_id))


def test_with_whom_asks_for_one_signing_s_parties(one_town):
    answer = one_town.answer("Dengan siapa Rutan Kelas IIB Bantul meneken nota kesepahaman pada Maret 2025?")
    lead = answer.text.splitlines()[0]
    assert lead.startswith("Mitra: ") and "Dinas Sosial Kabupaten Bantul [" in lead


def test_a_date_question_names_its_signing_by_the_partner_where_the_town_is_not_known(services):
    # "Sukamaju" is in no gazetteer: the unit's kind and the partner pick the signing
    text = ("Rutan Sukamaju Teken PKS\nSUKAMAJU – Rutan Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan "
            "Lembaga Kursus dan Pelatihan Contoh Jaya pada Kamis (12/3/2026).\n")
    ingest_texts(services, {"rutan.txt": text})
    answer = services.answer("Kapan Rutan Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan Lembaga Kursus dan Pelatihan Contoh Jaya?")
    assert answer.text.splitlines()[0] == "12 Maret 2026 [1]."


def test_an_aggregate_question_naming_a_kind_of_unit_counts_that_kind_and_says_when_none_signed(one_town):
    lapas = one_town.answer("Berapa mitra Lapas di DI Yogyakarta pada 2025?")
    assert lapas.text.splitlines()[0] == "Politeknik Harapan Bantul [1] — 1 mitra (di DI Yogyakarta, pada 2025)."
    assert "Dinas" not in lapas.text  # the detention centre's partners are not the prison's
    none = one_town.answer("Berapa mitra LPKA di DI Yogyakarta pada 2025?")
    assert none.abstained and none.text.startswith("Catatan tidak memuat kerja sama LPKA")
    assert "Rumah Tahanan Negara (Rutan) Kelas IIB Bantul [" in none.text  # what is on record instead, cited
    for citation in none.citations:
        assert verify(citation, one_town.documents.get(citation.doc_id))


@pytest.mark.parametrize("question, province, town", [
    ("Berapa mitra Lapas di Daerah Istimewa Yogyakarta pada 2025?", "DI Yogyakarta", ""),
    ("Mitra mana saja yang meneken kerja sama di Jabar pada 2025?", "Jawa Barat", ""),
    ("Mitra mana saja yang meneken kerja sama di Bantul pada 2025?", "", "Bantul"),
])
def test_a_province_named_by_any_of_its_names_is_the_province_not_a_town(question, province, town):
    query = parse_record_query(question, VOCAB)
    assert (query.province, query.town) == (province, town)


IN_FORCE_FROM_SIGNING = {"pks-las.txt": (
    "Lapas Contoh Jaya Teken PKS Pelatihan Las dengan BLK\n\n"
    "Contoh Jaya — Lapas Kelas IIB Contoh Jaya menandatangani perjanjian kerja sama (PKS) pelatihan las dengan "
    "Balai Latihan Kerja (BLK) Contoh Jaya pada Selasa (3/3/2026). Perjanjian itu berlaku sejak tanggal ditandatangani, "
    "tanpa batas waktu yang disebutkan. Kepala Lapas menyebut 25 warga binaan akan ikut pelatihan.\n")}


def test_an_agreement_in_force_from_its_signing_is_in_force_from_its_signing_date(services):
    """Asked from when: the signing date, citing the sentence that says the agreement is in force from
    its signing (signing_words.tsv from signing) and the date. Asked until when: the story does not say,
    and the signing date is no answer to it."""
    ingest_texts(services, IN_FORCE_FROM_SIGNING)
    answer = services.answer("Sejak kapan PKS Lapas Contoh Jaya dengan BLK Contoh Jaya berlaku?")
    assert answer.text.startswith("Sejak ditandatangani: 3 Maret 2026 [1] (berlaku sejak tanggal ditandatangani [2])"), answer.text
    assert "berlaku sejak tanggal ditandatangani" in answer.citations[1].quote
    assert all(verify(c, services.documents.get(c.doc_id)) for c in answer.citations)
    english = services.answer("From when is the agreement between Lapas Contoh Jaya and BLK Contoh Jaya in force?")
    assert english.text.startswith("From its signing: 3 March 2026 [1]"), english.text
    until = services.answer("Sampai kapan PKS Lapas Contoh Jaya dengan BLK Contoh Jaya berlaku?")
    assert until.abstained and "3 Maret 2026" not in until.text.split("\n")[0], until.text
    signed = services.answer("Kapan PKS Lapas Contoh Jaya dengan BLK Contoh Jaya ditandatangani?")
    assert signed.text.startswith("3 Maret 2026 [1]"), signed.text


def test_a_count_of_units_that_signed_counts_the_units_and_one_of_units_doing_else_is_the_passages(one_town):
    answer = one_town.answer("Berapa lapas di DI Yogyakarta yang menandatangani kerja sama pada 2025?")
    lead = answer.text.splitlines()[0]
    assert lead == "Lembaga Pemasyarakatan (Lapas) Kelas IIA Bantul [1] — 1 unit pemasyarakatan (di DI Yogyakarta, pada 2025).", lead
    # Units that will apply a cooperation are not units that signed one: no record counts them.
    assert parse_record_query("Berapa unit pelaksana teknis di Bali yang akan menerapkan kerja sama rehabilitasi?", VOCAB) is None
    assert parse_record_query("Berapa unit pelaksana teknis di Bali yang menandatangani kerja sama pada 2026?", VOCAB) is not None


def test_a_partner_the_question_names_filters_the_signings_beside_its_kind():
    query = parse_record_query("Berapa lapas yang menandatangani perjanjian kerja sama dengan Universitas Contoh Jaya?", VOCAB)
    assert query.partner_kind == "university" and "Contoh" in query.partner_name


def test_a_signings_line_names_all_its_partners_while_the_lead_names_those_of_the_sector(services):
    text = ("Kanwil Ditjenpas Contoh Perkuat Rehabilitasi\n"
            "DENPASAR – Kantor Wilayah Direktorat Jenderal Pemasyarakatan (Kanwil Ditjenpas) Bali menandatangani perjanjian "
            "kerja sama layanan rehabilitasi narkotika dengan Badan Narkotika Nasional Provinsi (BNNP) Bali dan Rumah Sakit "
            "Jiwa Provinsi Bali, Rabu (2/9/2026), di Denpasar.\n")
    ingest_texts(services, {"rehab.txt": text})
    answer = services.answer("Mitra mana saja yang menandatangani kerja sama rehabilitasi narkoba di Bali?")
    lead, line = answer.text.splitlines()[:2]
    assert "Badan Narkotika Nasional Provinsi (BNNP) Bali [" in lead
    assert "Rumah Sakit Jiwa Provinsi Bali [" in line, answer.text  # the signing is not told as the BNNP's alone


def test_a_date_question_about_what_no_signing_of_the_unit_is_about_is_not_answered_from_the_records(services):
    assert topic_units("Kapan Lapas Tuban menandatangani kerja sama pemeriksaan gigi?", VOCAB) == [{"pemeriksaan"}, {"gigi"}]
    assert topic_units("When was the agreement between LPKA Samarinda and Politeknik Negeri Samarinda signed?", VOCAB) == [
        {"politeknik"}, {"negeri"}]  # "between" frames it: a function word
    health = topic_units("When did Lapas Tuban sign its MoU with the health office?", VOCAB)
    assert len(health) == 1 and "kesehatan" in health[0]  # a glossary term, said by any of its forms
    ingest_texts(services, {
        "sehat.txt": ("Lapas Tuban Teken MoU Layanan Kesehatan\n\nTUBAN – Lapas Kelas IIA Tuban menandatangani "
                      "nota kesepahaman dengan Dinas Kesehatan Kabupaten Tuban tentang skrining tuberkulosis bagi "
                      "warga binaan, Kamis (8/10/2026).\n"),
        "bank.txt": ("Lapas Tuban dan Bank Contoh Buka Tabungan Warga Binaan\n\nTUBAN – Lapas Kelas IIA Tuban "
                     "meneken perjanjian kerja sama dengan PT Bank Contoh Sejahtera untuk layanan tabungan warga binaan, "
                     "Senin (3/8/2026).\n"),
    })
    both = services.answer("Kapan Lapas Tuban menandatangani kerja sama?").text.splitlines()[0]
    assert "3 Agustus 2026" in both and "8 Oktober 2026" in both, both
    one = services.answer("Kapan Lapas Tuban menandatangani kerja sama skrining tuberkulosis?").text.splitlines()[0]
    assert one.startswith("8 Oktober 2026") and "Agustus" not in one, one
    assert services.offline_answerer.records.answer("Kapan Lapas Tuban menandatangani kerja sama pemeriksaan gigi?", "id", "date") is None


def test_a_regional_office_named_by_its_province_s_short_name_is_that_province_s(services):
    text = ("Kanwil Ditjenpas Contoh Gandeng Tiga Mitra\n\nKUPANG – Kantor Wilayah Direktorat Jenderal Pemasyarakatan Nusa "
            "Tenggara Timur menandatangani nota kesepahaman dengan Dinas Peternakan Provinsi Nusa Tenggara Timur dan Yayasan "
            "Contoh Lestari, Selasa (13/10/2026), di Kupang.\n")
    ingest_texts(services, {"ntt.txt": text})
    lead = services.answer("Dengan siapa saja Kanwil Ditjenpas NTT menandatangani nota kesepahaman?").text.splitlines()[0]
    assert "Dinas Peternakan Provinsi Nusa Tenggara Timur [" in lead and "Yayasan Contoh Lestari [" in lead, lead
    # Asked where a programme starts, not who signed: the passages answer, not the records.
    assert parse_record_query("Di lapas dan rutan mana saja program peternakan di Nusa Tenggara Timur akan dimulai?", VOCAB) is None
    assert parse_record_query("Lapas mana saja di Nusa Tenggara Timur yang menandatangani kerja sama peternakan?", VOCAB) is not None


def test_a_unit_asked_by_its_town_is_not_another_unit_whose_story_is_told_from_that_town(services):
    """"Lapas Kudus" asked; on record only "Lapas Kelas IIB Contohjaya", whose story is datelined Kudus
    and whose partners are Kudus offices: another unit, so the records do not answer for it."""
    text = ("Lapas Contohjaya Teken PKS dengan Dua Dinas\n\nKUDUS – Lapas Kelas IIB Contohjaya menandatangani perjanjian "
            "kerja sama dengan Dinas Sosial Kabupaten Kudus dan Dinas Perikanan Kabupaten Kudus, Senin (9/3/2026).\n")
    ingest_texts(services, {"contohjaya.txt": text})
    records = services.offline_answerer.records
    assert records.answer("When did Lapas Kudus sign an agreement with the Kudus regency government?", "en", "date") is None
    own = records.answer("Kapan Lapas Kelas IIB Contohjaya menandatangani perjanjian kerja sama dengan Dinas Sosial Kabupaten Kudus?", "id", "date")
    assert own is not None and own.text.startswith("9 Maret 2026"), own


def test_the_areas_that_signed_are_their_governments_not_the_unit_they_signed_with(services):
    """"Kabupaten mana saja yang menandatangani …" asks for the regencies whose governments signed;
    "Desa mana saja yang menjadi lokasi …" and "Di kabupaten mana …" ask for places."""
    text = ("Kanwil Ditjenpas Contoh Gandeng Dua Pemkab\n\nMATARAM – Kantor Wilayah Direktorat Jenderal Pemasyarakatan "
            "Nusa Tenggara Barat menandatangani nota kesepakatan dengan Pemerintah Kabupaten Lombok Tengah dan Pemerintah "
            "Kabupaten Sumbawa, Senin (16/11/2026), di Mataram, bersama Yayasan Contoh Lestari.\n")
    ingest_texts(services, {"ntb.txt": text})
    lead = services.answer("Kabupaten mana saja yang menandatangani nota kesepakatan dengan Kanwil Ditjenpas NTB?").text.splitlines()[0]
    assert lead.startswith("Mitra: Pemerintah Kabupaten Lombok Tengah [") and "Pemerintah Kabupaten Sumbawa [" in lead, lead
    assert "Kantor Wilayah" not in lead and "Yayasan" not in lead, lead
    english = services.answer("Which regencies signed the agreement with the Nusa Tenggara Barat regional office?").text.splitlines()[0]
    assert english.startswith("Partners") and "Pemerintah Kabupaten Sumbawa (regency government) [" in english, english
    assert "Kantor Wilayah" not in english and "Yayasan" not in english, english
    assert parse_record_query("Desa mana saja yang menjadi lokasi kerja sosial klien di Nusa Tenggara Barat?", VOCAB) is None


def test_an_english_question_names_an_indonesian_signing_by_the_words_the_glossary_can_say(services):
    """"the Muna marine and fisheries office": "fisheries" is "perikanan" to the glossary, "marine" is
    nothing it knows; the Indonesian report is not asked for "marine". A topic with no word the glossary
    can say ("dental checks") is not taken as this signing's."""
    text = ("Rutan Raha Teken PKS Budidaya Ikan\n\nRAHA – Rumah Tahanan Negara Kelas IIB Raha menandatangani perjanjian "
            "kerja sama dengan Dinas Kelautan dan Perikanan Kabupaten Muna, Selasa (17/11/2026), di aula rutan.\n")
    ingest_texts(services, {"raha.txt": text})
    records = services.offline_answerer.records
    answer = records.answer("When was the agreement between Rutan Raha and the Muna marine and fisheries office signed?", "en", "date")
    assert answer is not None and answer.text.startswith("17 November 2026"), answer
    assert records.answer("When did Rutan Raha sign its agreement on dental checks?", "en", "date") is None


def test_a_list_question_opening_with_apa_saja_asks_for_the_noun_after_it():
    """"Apa saja mitra Rutan A …?" asks for partners, as "Mitra apa saja …" does: the signing's records
    answer it (its head had been read as nothing, so the passages' fragments answered)."""
    from assistant.question import asked_head
    from assistant.record_answer import parse_event_query

    question = "Apa saja mitra Rutan Jeneponto dalam perjanjian kerja sama 11 Desember 2026?"
    assert asked_head(question, VOCAB, counts=True)[0].strip() == "mitra"
    assert parse_event_query(question, VOCAB, "list") is not None
    assert asked_head("Apa saja yang disepakati dalam perjanjian Rutan Jeneponto?", VOCAB)[0] == ""  # asks what, not who
    assert parse_event_query("Apa saja tiga ruang lingkup PKS Rutan Jeneponto?", VOCAB, "list") is None  # its scope


# A detention centre of a town no vocabulary list holds signs with a narcotics agency; written for the test.
UNLISTED_TOWN = {
    "sukadana.txt": (
        "Rutan Sukadana Teken Nota Kesepahaman dengan BNN\n\n"
        "SUKADANA – Rumah Tahanan Negara Kelas IIB Sukadana menandatangani nota kesepahaman dengan Badan Narkotika "
        "Nasional Kabupaten Kayong Utara tentang rehabilitasi tahanan pengguna narkoba, Senin (3/5/2027), di aula rutan.\n\n"
        "Nota kesepahaman diteken Kepala Rutan Sukadana, Anwar Hidayat, dan Kepala BNN Kabupaten Kayong Utara, Rosmini.\n"
    ),
}


def test_a_unit_asked_by_a_town_no_list_holds_is_not_answered_from_another_units_signing(services):
    from assistant.checks import unit_never_named, units_named_before

    assert units_named_before("When did the Tais detention centre sign with the narcotics agency?", VOCAB) == ("Tais detention centre",)
    assert units_named_before("When did the Class IIB Tais prison's clinic open?", VOCAB) == ("Tais prison",)
    assert units_named_before("When did the prison sign?", VOCAB) == ()
    assert unit_never_named("Kapan Rutan Tais meneken MoU dengan BNN?", UNLISTED_TOWN["sukadana.txt"], VOCAB)
    assert not unit_never_named("Kapan Rutan Sukadana meneken MoU dengan BNN?", UNLISTED_TOWN["sukadana.txt"], VOCAB)
    ingest_texts(services, UNLISTED_TOWN)
    other = services.answer("When did the Tais detention centre sign an agreement with the narcotics agency?")
    assert other.abstained, other.text
    assert services.answer("Kapan Rutan Tais menandatangani nota kesepahaman dengan BNN?").abstained
    own = services.answer("When did the Sukadana detention centre sign an agreement with the narcotics agency?")
    assert not own.abstained and "3 May 2027" in own.text.split("\n", 1)[0], own.text


# Written for the test: one regional office's two signings, with a university and with two regencies.
TWO_SIGNINGS_OF_ONE_OFFICE = {
    "kanwil_lampung_universitas.txt": (
        "Kanwil Ditjenpas Lampung Gandeng Universitas\n\n"
        "BANDAR LAMPUNG – Kantor Wilayah Direktorat Jenderal Pemasyarakatan Lampung menandatangani nota kesepahaman "
        "dengan Universitas Tapis Raya tentang pendidikan warga binaan, Senin (3/5/2027).\n"
    ),
    "kanwil_lampung_kabupaten.txt": (
        "Kanwil Ditjenpas Lampung Teken Kerja Sama Lahan dengan Dua Kabupaten\n\n"
        "SUKADANA – Kantor Wilayah Direktorat Jenderal Pemasyarakatan Lampung menandatangani nota kesepakatan dengan "
        "Pemerintah Kabupaten Lampung Timur dan Pemerintah Kabupaten Way Kanan tentang lahan pertanian bagi warga "
        "binaan, Selasa (8/6/2027).\n"
    ),
}


def test_asked_with_which_regencies_a_unit_signed_its_signings_with_regencies_answer(services):
    """"Dengan kabupaten mana saja Kanwil A …" asks for the regencies that signed (a word of the other side
    before the kind of area, `_signing_areas`), and only the unit's signings with such bodies answer."""
    ingest_texts(services, TWO_SIGNINGS_OF_ONE_OFFICE)
    answer = services.offline_answerer.records.answer(
        "Dengan kabupaten mana saja Kanwil Ditjenpas Lampung menandatangani nota kesepakatan?", "id", "list")
    assert answer is not None  # from the records
    lead = answer.text.split("\n", 1)[0]
    assert "Lampung Timur" in lead and "Way Kanan" in lead and "Tapis" not in answer.text, answer.text
