"""Answers on the devset with the real embedder and store: citations, languages, abstention."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from assistant.cite import verify
from tests.corpus import ingest_texts
from tests.vocab import VOCAB

pytestmark = pytest.mark.integration


def check_citations(services, answer):
    """Markers are numbered 1..n in order of first use, each maps to one passage that verifies."""
    import re

    used = [int(n) for n in re.findall(r"\[(\d+)\]", answer.text)]
    first_use = list(dict.fromkeys(used))
    assert first_use == list(range(1, len(answer.citations) + 1))
    for citation in answer.citations:
        assert verify(citation, services.documents.get(citation.doc_id))
        assert citation.title and citation.page >= 1


def test_indonesian_question_gets_an_indonesian_answer_with_verified_citations(devset_services):
    answer = devset_services.answer("Dinas apa saja di Kabupaten Serang yang terlibat dalam Nota Kesepakatan dengan Rutan Kelas IIB Serang?")
    assert not answer.abstained and answer.language == "id"
    lead = answer.text.split("\n")[0]
    assert lead.startswith("Mitra: Dinas ")  # no preamble: the answer (here the signing's record) leads
    assert "Dinas Perikanan" in lead and "Dinas Ketahanan Pangan dan Pertanian" in answer.text
    check_citations(devset_services, answer)
    assert any("Dinas Perikanan" in c.quote for c in answer.citations)


def test_english_question_over_indonesian_text(devset_services):
    answer = devset_services.answer("What does 'Bersinar' stand for in the Salatiga detention centre's anti-drug programme?")
    assert not answer.abstained and answer.language == "en"
    assert answer.text.endswith("(Quoted from the Indonesian source.)")  # the quotes say they are Indonesian
    assert "Bersih dari Narkoba" in answer.text.split("\n")[0]
    check_citations(devset_services, answer)
    # One signing's partners come from its record (the Lapas is the party, not the Kanwil it belongs to).
    record = devset_services.answer("Which two Islamic boarding schools signed an agreement with Lahat prison in March 2022?")
    lead = record.text.split("\n")[0]
    assert "Pondok Pesantren Islamic Center Lahat" in lead and "Pondok Pesantren Al Fatah Lahat" in lead
    check_citations(devset_services, record)


def test_date_question_cites_the_sentence_with_the_date(devset_services):
    answer = devset_services.answer("Kapan Lapas Kelas IIA Serang dan BNNP Banten menandatangani nota kesepahaman rehabilitasi?")
    assert not answer.abstained
    lead = answer.text.split("\n")[0]
    assert "13/10/2025" in lead or "13 Oktober 2025" in lead, lead  # the answer first, then the evidence
    assert len(lead.split()) <= 6
    assert any("13/10/2025" in c.quote or "13 Oktober 2025" in c.quote for c in answer.citations)
    check_citations(devset_services, answer)


def test_agreement_pdf_text_is_cited_with_its_page(devset_services):
    answer = devset_services.answer("Who signed the Bajawa detention centre agreement for the Ngada religious affairs office?")
    assert "YOHANES DAKETI ASE" in answer.text.upper()
    check_citations(devset_services, answer)


@pytest.mark.parametrize("question, phrase", [
    ("Berapa warga binaan Rutan Salatiga yang akan mengikuti program rehabilitasi bersama BNNK Temanggung?", "Catatan yang ada tidak menyebutkan"),
    ("What was the monetary value of the PKS between Lapas Kelas IIA Magelang and BLK Kota Magelang?", "The records do not"),
    ("For how many years is the renewed PKS between Rutan Negara and Kemenag Jembrana valid?", "The records do not say"),
    # the top passage's best span is below the margin: a weaker passage's span is no answer either
    ("Who signed the Banyuasin prison PKS on behalf of CV. Galeri Wong Kito?", "The records do not"),
])
def test_unsupported_questions_are_declined_with_related_passages(devset_services, question, phrase):
    answer = devset_services.answer(question)
    assert answer.abstained and answer.text.startswith(phrase)
    assert answer.citations == []
    assert answer.related  # shown as possibly related, never as an answer


@pytest.mark.parametrize("question", [
    "Who is the head of Lapas Kelas IIA Serang?",  # the seed article names an employee of it, not its head
    "Siapa Kepala Lapas Kelas IIA Serang?",
    "Siapa nama Kepala Dinas Perikanan Kabupaten Serang?",  # attended, unnamed, after the regent's name
])
def test_the_issue_s_role_questions_on_the_seed_articles_are_declined(devset_services, question):
    answer = devset_services.answer(question)
    assert answer.abstained, answer.text
    assert answer.citations == []


def test_the_issue_s_signer_question_on_the_seed_articles_names_the_director_general(devset_services):
    answer = devset_services.answer("Who signed the agreements for Ditjenpas in May 2025?")
    assert answer.text.startswith("Mashudi"), answer.text  # not "Dr. Sahardjo", the meeting room
    check_citations(devset_services, answer)


def test_on_the_seed_corpus_signers_and_events_told_by_a_count_or_a_day(services, seed_corpus):
    """On the corpus `make run` ingests: "1. AGUNG SUPRIYANTO, Kepala …" leads without its "1."; the
    signing with eight partners on "Kamis (2/10)" is told apart from the one with six on 19 May 2025,
    though the search ranks the six-partner story first (`_retrieve` searches deeper); a role no
    article names a holder of is declined."""
    assert not services.ingester(progress=False).run().failed
    answer = services.answer("Siapa yang menandatangani PKS atas nama Lapas Magelang?")
    assert answer.text.startswith("AGUNG SUPRIYANTO, Kepala Lembaga Pemasyarakatan Kelas IIA Magelang [1]"), answer.text
    when = services.answer("Kapan Ditjenpas menandatangani PKS dengan delapan mitra?")
    assert when.text.startswith("2/10 [1]"), when.text
    english = services.answer("When did Ditjenpas sign agreements with eight partners?")
    assert english.text.startswith("2 October (year not stated) [1]"), english.text
    many = services.answer("How many agreements did Ditjenpas sign on 2 October?")
    assert many.text.startswith("delapan"), many.text
    # The articles quote the minister without naming him; the reader's best span was "Warga Binaan",
    # which the entity tagger does not take for a person.
    minister = services.answer("Siapa Menteri Imigrasi dan Pemasyarakatan?")
    assert minister.abstained, minister.text


def test_partners_a_signing_record_does_not_name_are_declined_with_that_record(devset_services):
    answer = devset_services.answer("List the ten partners that signed the MoU with Bapas Makassar on 12 December 2024.")
    assert answer.abstained and answer.text.startswith("The records do not name the partners of this signing:")
    assert "(the source states 10 partners [" in answer.text and "; 0 named)" in answer.text
    check_citations(devset_services, answer)


def test_a_signing_without_its_full_date_is_declined_with_what_the_record_states(devset_services):
    answer = devset_services.answer("On what date did Rutan Kelas IIB Serang sign its Nota Kesepakatan with the Serang regency government?")
    assert answer.abstained and answer.text.startswith("The records do not state the full date of this signing:")
    assert "date not stated" in answer.text  # the signing is on record, its date is not
    check_citations(devset_services, answer)


def test_followup_uses_the_previous_question(devset_services):
    history = ["Siapa Kepala BNN RI yang meneken nota kesepahaman dengan Menteri Imipas Agus Andrianto pada Maret 2025?"]
    answer = devset_services.answer("Di mana penandatanganan itu berlangsung?", history=history)
    assert not answer.abstained
    assert "Aula Yusuf Adiwinata" in answer.text
    assert answer.question.startswith(history[0])  # the standalone question carries the context
    alone = devset_services.answer("Di mana penandatanganan itu berlangsung?")
    assert alone.question == "Di mana penandatanganan itu berlangsung?"


def test_cli_ask_json_has_the_answer_shape(devset_services):
    env = {"KERJASAMA_DATA_DIR": str(devset_services.settings.data_dir), "PATH": ""}
    result = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", "--json",
                             "Which foundation did Lhoknga prison partner with for drug rehabilitation in September 2025?"],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"question", "answer", "language", "abstained", "citations", "retrieved"}
    assert data["language"] == "en" and "Pintu Hijrah" in data["answer"]
    citation = data["citations"][0]
    assert set(citation) >= {"n", "doc_id", "title", "outlet", "date", "page", "quote", "start", "end", "source"}


def test_cli_eval_json_and_answers_out(tmp_path):
    from tests.conftest import DEVSET

    questions = tmp_path / "q.jsonl"
    lines = [l for l in (DEVSET / "questions.jsonl").read_text().splitlines() if '"q-dev-01' in l][:4]
    questions.write_text("\n".join(lines) + "\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ["005_lapas-serang-bnnp-banten.txt", "006_lapas-pemuda-tangerang-pesantren.txt",
                 "007_kemenimipas-bnn-mou-rehabilitasi.txt", "000_dd58d5c3ae8fc8f6.txt", "002_8f48887915c4da24.txt",
                 "004_306deb44679e5f85.txt"]:
        (docs / name).write_text((DEVSET / "docs" / name).read_text())
    out = tmp_path / "answers.jsonl"
    result = subprocess.run([sys.executable, "-m", "assistant.cli", "eval", "--questions", str(questions), "--docs", str(docs),
                             "--json", "--answers-out", str(out)], capture_output=True, text=True, timeout=600,
                            env={"KERJASAMA_DATA_DIR": str(tmp_path / "unused"), "PATH": ""})
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    for key in ["questions", "recall_at_5", "answer_item_recall", "lead_precision", "unanswerable_declined",
                "answerable_wrongly_declined", "citation_validity", "by_language", "by_type"]:
        assert key in report
    assert report["questions"] == 4
    records = [json.loads(l) for l in out.read_text().splitlines()]
    assert len(records) == 4 and set(records[0]) >= {"id", "question", "answer", "abstained", "retrieved", "citations"}


@pytest.mark.xfail(reason="a limit of the reader this round (README, \"The reader\"): its best span is the scope sentence before the list, not an item of it", strict=False)
def test_a_list_stated_after_the_lead_is_found_with_its_items(devset_services):
    answer = devset_services.answer("Pelatihan apa saja yang masuk ruang lingkup PKS Lapas Kelas IIA Magelang dengan BLK Kota Magelang?")
    for item in ["tata boga", "tata rias", "barista", "menjahit"]:
        assert item in answer.text
    check_citations(devset_services, answer)


def test_a_unit_no_document_names_is_declined(devset_services):
    answer = devset_services.answer("Siapa kepala LPKA yang meneken kerja sama dengan Dinas Pendidikan Kota Palembang?")
    assert answer.abstained and answer.citations == []


# Written for this test: one article that states two figures a question asks for together.
TWO_FIGURES = {
    "lapas-kebun.txt": (
        "Lapas Sukamaju Garap Lahan Pertanian\n"
        "SUKAMAJU – Lembaga Pemasyarakatan Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan Koperasi Tani "
        "Makmur pada Senin (1/12/2025). Koperasi itu menyerahkan lahan seluas tujuh hektare kepada lapas untuk kegiatan "
        "pertanian warga binaan. Sejauh ini, sekitar 3,5 hektare sudah ditanami jagung oleh 40 warga binaan.\n"
    ),
}


def test_a_question_that_asks_two_things_leads_with_both(services):
    ingest_texts(services, TWO_FIGURES)
    answer = services.answer("Berapa luas lahan yang diserahkan koperasi kepada Lapas Sukamaju, dan berapa yang sudah ditanami?")
    lead = answer.text.splitlines()[0]
    assert "tujuh hektare" in lead and "3,5 hektare" in lead
    for citation in answer.citations:
        assert verify(citation, services.documents.get(citation.doc_id))


# Written for this test: a bank's report, and another unit's report that states a partner's role in
# words closer to "apa perannya?" than the bank's.
TWO_STORIES = {
    "lapas-bank.txt": (
        "Lapas Sukamaju Gandeng Bank Contoh\n"
        "SUKAMAJU – Lembaga Pemasyarakatan Kelas IIB Sukamaju menandatangani perjanjian kerja sama dengan Bank Contoh "
        "Cabang Sukamaju pada Selasa (2/12/2025). Dalam kerja sama itu, Bank Contoh berperan menyalurkan tabungan warga "
        "binaan dan memberikan pelatihan literasi keuangan.\n"
    ),
    "rutan-koperasi.txt": (
        "Rutan Sukadamai Jalin Kerja Sama dengan Koperasi\n"
        "SUKADAMAI – Rumah Tahanan Negara Kelas IIB Sukadamai menandatangani nota kesepahaman dengan Koperasi Maju "
        "Bersama pada Rabu (3/12/2025). Perannya adalah sebagai penyedia bahan baku kerajinan bagi warga binaan.\n"
    ),
}


def test_the_parts_of_a_question_are_answered_from_one_report(services):
    """"Bank apa …, dan apa perannya?" asks the role of that bank: a later part is read over the
    document the first was answered from, never another report's."""
    ingest_texts(services, TWO_STORIES)
    answer = services.answer("Bank apa yang menjadi mitra PKS Lapas Sukamaju, dan apa perannya?")
    assert "Bank Contoh" in answer.text.splitlines()[0] and "kerajinan" not in answer.text
    assert {c.doc_id.split("-")[0] for c in answer.citations} == {"lapas"}


SIGNATURE_BLOCK = {
    "pks-rutan-contoh.txt": (
        "PERJANJIAN KERJA SAMA\nANTARA\nRUMAH TAHANAN NEGARA KELAS IIB RAHA\nDENGAN\nDINAS PERTANIAN KABUPATEN MUNA\n\n"
        "Pada hari ini Senin tanggal dua bulan November tahun dua ribu dua puluh enam, bertempat di Raha, Kepala Rumah "
        "Tahanan Negara Kelas IIB Raha, yang selanjutnya disebut PIHAK PERTAMA, dan Kepala Dinas Pertanian Kabupaten Muna, "
        "yang bertindak untuk dan atas nama Pemerintah Kabupaten Muna, yang selanjutnya disebut PIHAK KEDUA, sepakat "
        "mengadakan perjanjian kerja sama.\n\n"
        "Pasal 1\nPIHAK KEDUA menyediakan bibit jagung bagi tahanan.\n\n"
        "PIHAK PERTAMA,                     PIHAK KEDUA,\n"
        "Kepala Rumah Tahanan Negara        Kepala Dinas Pertanian\n"
        "Kelas IIB Raha                     Kabupaten Muna\n"
        "\n"
        "LA ODE SAFRUDIN                    WA ODE HASNAH RAHMAN\n"
    ),
}


def test_a_name_under_its_side_of_a_signature_block_answers_who_holds_that_side_s_role(services):
    """The two sides of a text file's signature block are read one after the other: the name under
    the agency's head is the agency's head, not the run "SAFRUDIN WA ODE HASNAH"."""
    answer = ingest_texts(services, SIGNATURE_BLOCK).answer("Siapa Kepala Dinas Pertanian Kabupaten Muna?")
    lead = answer.text.splitlines()[0]
    assert lead.startswith("WA ODE HASNAH RAHMAN"), lead
    for citation in answer.citations:
        assert verify(citation, services.documents.get(citation.doc_id))


def test_who_signed_for_a_body_is_the_person_holding_the_role_that_acts_for_it(services):
    """The agreement says which role acts for the regency government ("Kepala Dinas A, yang bertindak
    untuk dan atas nama Pemerintah Kabupaten B") and names its holder only under that side's signature:
    asked who signed for the government, the answer is the holder, not the role (a decline before)."""
    services = ingest_texts(services, SIGNATURE_BLOCK)
    answer = services.answer("Siapa yang menandatangani perjanjian atas nama Pemerintah Kabupaten Muna?")
    assert answer.text.splitlines()[0].startswith("WA ODE HASNAH RAHMAN"), answer.text
    for citation in answer.citations:
        assert verify(citation, services.documents.get(citation.doc_id))
    # The other side acts for no one named: asked who signed for the prison's ministry, no name is made up.
    assert services.answer("Siapa yang menandatangani perjanjian atas nama Kementerian Pertanian?").abstained


# Written for this test: a detention centre's training agreement that counts who takes part, and a
# prison's visit report that says how many it holds.
HOLDS = {
    "rutan-langsa-bengkel.txt": (
        "Langsa Detention Centre Signs Engine Training Agreement\n"
        "LANGSA, Aceh — The Class IIB Langsa Detention Centre and the Kuala Contoh Boat Workshop signed a cooperation "
        "agreement on Tuesday, 1 December 2026. Under the agreement, 25 detainees will take part in the first batch of "
        "engine repair training.\n"
    ),
    "lapas-situbondo-kunjungan.txt": (
        "Komisi Contoh Kunjungi Lapas Situbondo\n"
        "SITUBONDO – Anggota Komisi Contoh DPRD mengunjungi Lapas Kelas IIB Situbondo pada Rabu (2/12/2026). Kepala "
        "Lapas mengatakan lapas itu kini dihuni 410 warga binaan, padahal daya tampungnya hanya 250 orang.\n"
    ),
}


def test_a_count_of_another_predicate_does_not_say_how_many_a_place_holds(services):
    """Asked how many a place holds, a count of those who take part in something is no answer: the
    count must be said with a word of holding (asked_nouns.tsv holds)."""
    ingest_texts(services, HOLDS)
    assert services.answer("How many detainees does the Langsa detention centre hold?").abstained
    assert services.answer("Berapa orang yang ditampung Rutan Langsa?").abstained
    held = services.answer("Berapa warga binaan yang menghuni Lapas Situbondo?")
    assert "410" in held.text.splitlines()[0], held.text
    taking_part = services.answer("How many detainees will take part in the Langsa training?")
    assert "25" in taking_part.text.splitlines()[0], taking_part.text


# Written for this test: an agreement's own text that writes its signers' names in capitals before
# their roles, about a crop the question names in English.
CAPITALS = {
    "pks-rutan-majene-kakao.txt": (
        "PERJANJIAN KERJA SAMA\nANTARA\nRUMAH TAHANAN NEGARA KELAS IIB MAJENE\nDENGAN\nDINAS PERKEBUNAN KABUPATEN MAJENE\n"
        "TENTANG\nPELATIHAN BUDIDAYA KAKAO BAGI WARGA BINAAN\n\n"
        "Pada hari ini Senin, tanggal tujuh bulan Desember tahun dua ribu dua puluh enam, bertempat di Majene, kami yang "
        "bertanda tangan di bawah ini:\n\n"
        "1. BAHTIAR CONTOH RAHMAN, Kepala Rumah Tahanan Negara Kelas IIB Majene, dalam hal ini bertindak untuk dan atas nama "
        "Rumah Tahanan Negara Kelas IIB Majene, selanjutnya disebut PIHAK PERTAMA;\n"
        "2. SITTI CONTOH AMINAH, Kepala Dinas Perkebunan Kabupaten Majene, dalam hal ini bertindak untuk dan atas nama "
        "Pemerintah Kabupaten Majene, selanjutnya disebut PIHAK KEDUA.\n\n"
        "Pasal 1\nPIHAK KEDUA menyediakan 300 (tiga ratus) bibit kakao dan penyuluh perkebunan.\n\n"
        "Pasal 2\nPerjanjian ini berlaku selama 2 (dua) tahun sejak ditandatangani.\n"
    ),
}


def test_a_signer_named_in_capitals_before_the_role_answers_who_acts_for_the_unit(services):
    """An agreement names its signers in capitals before their roles ("1. NAMA, Kepala Rutan A, …
    atas nama Rutan A"): read again alone, the sentence is read with the name as news writes it,
    and the answer quotes it as the source does (a decline before)."""
    ingest_texts(services, CAPITALS)
    answer = services.answer("Siapa yang menandatangani PKS atas nama Rutan Majene?")
    assert answer.text.splitlines()[0].startswith("BAHTIAR CONTOH RAHMAN"), answer.text
    for citation in answer.citations:
        assert verify(citation, services.documents.get(citation.doc_id))


def test_an_english_crop_word_names_the_indonesian_agreement_about_it(services):
    """"cocoa" is "kakao" (glossary.tsv): asked in English when the cocoa agreement was signed, the
    records answer with the date its Indonesian text writes in words (a decline before: a topic none
    of whose words the report says is another signing's)."""
    ingest_texts(services, CAPITALS)
    answer = services.answer("On what date was the Majene detention centre's cocoa agreement signed?")
    assert "7 December 2026" in answer.text.splitlines()[0], answer.text
    duration = services.answer("Berapa lama perjanjian Rutan Majene dengan Dinas Perkebunan Kabupaten Majene berlaku?")
    assert "2 (dua) tahun" in duration.text.splitlines()[0], duration.text


def test_how_many_is_answered_with_a_number(services):
    """Asked how many seedlings, the lead states the number, not the seedlings alone (`fits_kind` count)."""
    ingest_texts(services, CAPITALS)
    answer = services.answer("Berapa bibit kakao yang disediakan Dinas Perkebunan Kabupaten Majene?")
    assert "300" in answer.text.splitlines()[0], answer.text


# Written for this test: a report in Indonesian naming a fishermen's group's chair, beside English
# releases of other towns' fishermen's cooperatives that name their chairmen.
FISHERMEN = {
    "lapas-bitung-nelayan.txt": (
        "Lapas Bitung Gandeng Kelompok Nelayan\n"
        "BITUNG – Lapas Kelas IIB Bitung menandatangani perjanjian kerja sama dengan Dinas Perikanan Kota Bitung, Senin "
        "(7/12/2026). Hadir pula Ketua Kelompok Nelayan Sinar Contoh Girian, Frans Contoh Wowor, yang akan membeli hasil "
        "tangkapan warga binaan.\n"
    ),
    **{f"{town.lower()}-cooperative.txt": (
        f"{town} Detention Centre Signs With Fishermen's Cooperative\n"
        f"{town.upper()} — The Class IIB {town} Detention Centre signed a cooperation agreement with the {town} Fishermen's "
        f"Cooperative on Monday, 7 December 2026. The agreement was signed by the head of the detention centre and the "
        f"chairman of the cooperative, {chair}.\n")
       for town, chair in [("Langsa", "Budi Contoh"), ("Sibolga", "Anton Contoh"), ("Pariaman", "Rudi Contoh"),
                           ("Tegal", "Hadi Contoh"), ("Rembang", "Joko Contoh"), ("Bontang", "Yusuf Contoh")]},
}


def test_an_english_question_finds_the_indonesian_report_of_a_fishermen_s_group(services):
    """"fishermen's group" is "kelompok nelayan" (glossary.tsv): the search finds the Indonesian report
    that names the group, and the answer is its chair, not another cooperative's chairman."""
    assert "kelompok nelayan" in VOCAB.glossary.expand("Who chairs the Sinar Contoh fishermen's group?")
    ingest_texts(services, FISHERMEN)
    answer = services.answer("Who chairs the Sinar Contoh fishermen's group?")
    assert "Frans Contoh Wowor" in answer.text.splitlines()[0], answer.text


# Written for this test: an English release of a signing, its place given only in English.
ENGLISH_PLACE = {
    "bapas-bontang-foundation.txt": (
        "Bontang Probation Office Partners with Foundation\n\n"
        "BONTANG, East Kalimantan — The Class II Bontang Probation Office and the Contoh Harapan Foundation (Yayasan "
        "Contoh Harapan) signed a memorandum of understanding on Monday, 7 December 2026, at Bontang City Hall, to run "
        "a halfway house for clients on parole and conditional release.\n\n"
        "The memorandum was signed by the head of the probation office, Budi Contoh, and the chair of the foundation, "
        "Sari Contoh, and was witnessed by the Mayor of Bontang. The halfway house can house up to 12 clients at a time, "
        "and probation officers will visit it every week.\n\n"
        "The memorandum is valid for two years.\n"
    ),
}


def test_an_indonesian_question_is_put_to_an_english_release_in_english(services):
    """"Di mana … menandatangani …?" over an English release: the question is put to it with its
    question and function words said in English too (question_english.tsv: "Di mana" → "Where"), as
    the reader was taught; with only its glossary terms in English it took nothing there."""
    assert VOCAB.question_in_english("Di mana Bapas Bontang dan yayasan menandatangani nota kesepahaman?").startswith("Where ")
    ingest_texts(services, ENGLISH_PLACE)
    answer = services.answer("Di mana Bapas Bontang dan Yayasan Contoh Harapan menandatangani nota kesepahaman?")
    assert "Bontang City Hall" in answer.text.splitlines()[0], answer.text
