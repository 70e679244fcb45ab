"""An Indonesian question over a report written in English: the reader, taught Indonesian questions over
Indonesian passages, reads an English passage with the question's glossary phrases said in English,
and the body the question names in Indonesian is named by the English report in its own words. Every
sentence here was written for these tests (invented names, real towns)."""

from __future__ import annotations

from tests.corpus import ingest_texts
from tests.vocab import VOCAB

# Written for this test: a national memorandum reported only in English, and an Indonesian story of
# another signing beside it.
ENGLISH_RELEASE = {
    "ditjenpas_home_affairs_en.txt": (
        "Corrections Directorate General and Ministry of Home Affairs Sign Memorandum on Identity Cards\n\n"
        "JAKARTA - The Directorate General of Corrections and the Ministry of Home Affairs signed a memorandum of "
        "understanding in Jakarta on Tuesday (10/11/2026) to issue identity cards to inmates in 40 prisons by the end "
        "of 2027.\n\n"
        "The memorandum was signed by the Director General of Corrections, Bambang Setiadi, and the Director General "
        "of Population of the Ministry of Home Affairs, Ratna Kusumawati. The memorandum runs for five years.\n"
    ),
    "rutan_kupang_en.txt": (
        "Kupang Detention Centre Opens a Library for Detainees\n\n"
        "KUPANG — The Kupang Detention Centre opened a small library for detainees on Friday (4/12/2026). The head of "
        "the detention centre, Yakobus Ndolu, said 300 books had been donated by local churches.\n"
    ),
    "lapas_pati.txt": (
        "Lapas Pati Teken Kerja Sama dengan Dinas Kependudukan\n\n"
        "PATI – Lapas Kelas IIB Pati menandatangani perjanjian kerja sama dengan Dinas Kependudukan dan Pencatatan "
        "Sipil Kabupaten Pati, Rabu (4/11/2026). Kepala Lapas Pati, Joko Purnomo, mengatakan 120 warga binaan akan "
        "mendapat kartu tanda penduduk.\n"
    ),
}


def test_an_indonesian_phrase_the_glossary_names_in_english_is_said_in_english():
    rendered = VOCAB.glossary.in_english("Siapa Direktur Jenderal Pemasyarakatan yang menandatangani nota kesepahaman?")
    assert rendered.startswith("Siapa director general of corrections yang ")
    assert "memorandum" in rendered or "agreement" in rendered
    assert VOCAB.glossary.in_english("Berapa nilai proyek jalan itu?") == "Berapa nilai proyek jalan itu?"  # nothing to say


def test_an_indonesian_phrase_is_said_in_english_by_the_term_it_translates_first():
    """"Rutan" is the first Indonesian form of "detention centre" and only the third of "prison": said in
    English, "Kepala Rutan A" is the head of the detention centre, not the warden of a prison."""
    assert VOCAB.glossary.in_english("Siapa Kepala Rutan Contoh?") == "Siapa head of the detention centre Contoh?"
    assert VOCAB.glossary.in_english("Siapa Kepala Bapas Contoh?") == "Siapa head of the probation office Contoh?"


def test_an_indonesian_question_is_answered_from_a_report_written_in_english(services):
    ingest_texts(services, ENGLISH_RELEASE)
    signer = services.answer("Siapa Direktur Jenderal Pemasyarakatan yang menandatangani nota kesepahaman dengan "
                             "Kementerian Dalam Negeri?")
    assert not signer.abstained and "Bambang Setiadi" in signer.text.splitlines()[0], signer.text
    count = services.answer("Di berapa lapas warga binaan akan mendapat kartu identitas menurut nota kesepahaman "
                            "Ditjenpas dan Kementerian Dalam Negeri?")
    assert not count.abstained and "40" in count.text.splitlines()[0], count.text
    head = services.answer("Siapa Kepala Rutan Kupang?")
    assert not head.abstained and "Yakobus Ndolu" in head.text.splitlines()[0], head.text


def test_a_body_named_in_indonesian_is_named_by_the_english_words_of_its_report(services):
    """"Kementerian Dalam Negeri" asked, "the Ministry of Home Affairs" reported: the report names it
    (its sentences' words count with their glossary forms), so its span is no other body's answer."""
    from assistant.question import analyse

    ingest_texts(services, ENGLISH_RELEASE)
    answerer = services.offline_answerer
    question = "Siapa yang menandatangani nota kesepahaman dengan Kementerian Dalam Negeri?"
    asked = analyse(question, VOCAB)
    hits = [h for h in answerer._retrieve(question, None, asked) if h.chunk.doc_id.startswith("ditjenpas")]
    assert hits and not answerer._names_another(question, hits[0], asked)


def test_a_regional_general_hospital_is_an_rsud():
    """"Regional General Hospital", the usual English name of an RSUD (glossary.tsv), names "Rumah Sakit Umum
    Daerah A" in an English report: its director is that hospital's."""
    assert "rumah sakit umum daerah" in VOCAB.glossary.expand("the Contoh Regional General Hospital")
    assert "dinas sosial" in VOCAB.glossary.expand("the Contoh social affairs office")  # an office by its English name


# Written for this test: an English report of a prison of one town of a province, an Indonesian report of
# another town's prison in the same province, and an English report of a workshop's agreement.
TOWN_OF_A_PROVINCE = {
    "lapas_metro_en.txt": (
        "Metro Prison Signs Welding Memorandum with Vocational School\n\n"
        "METRO, Lampung — The Class IIA Metro Prison signed a welding training memorandum with a vocational school "
        "on Tuesday, 4 May 2027. The memorandum was signed in the prison's hall, and 20 inmates will be trained.\n"
    ),
    "lapas_kotabumi.txt": (
        "Lapas Kotabumi Latih Warga Binaan Mengelas\n\n"
        "KOTABUMI – Lembaga Pemasyarakatan Kelas IIA Kotabumi menandatangani nota kesepahaman pelatihan pengelasan "
        "dengan Balai Latihan Kerja Kabupaten Lampung Utara, Kamis (6/5/2027). Penandatanganan berlangsung di gedung "
        "bengkel BLK di Kotabumi.\n\n"
        "Menurut kepala lapas, juru las banyak dicari kontraktor di Lampung Utara.\n"
    ),
    "rutan_tais_en.txt": (
        "Tais Detention Centre Signs Batik Agreement with Local Workshop\n\n"
        "TAIS, Bengkulu — The Class IIB Tais Detention Centre signed a cooperation agreement with the Sekar Wangi "
        "Batik Workshop on Monday, 10 May 2027. The agreement was signed at the workshop in Sukaraja district.\n"
    ),
}


def test_a_unit_asked_by_its_town_reads_a_report_of_that_town_and_its_signing_sentence(services):
    ingest_texts(services, TOWN_OF_A_PROVINCE)
    answerer = services.offline_answerer
    answerer.passages = 1  # the first passage is the other town's English report
    answer = answerer.answer("Where was the Kotabumi prison's welding memorandum signed?")
    assert not answer.abstained and "bengkel BLK" in answer.text.split("\n", 1)[0], answer.text
    answerer.passages = 3
    workshop = answerer.answer("Di mana perjanjian Rutan Tais dengan sanggar batik ditandatangani?")  # not the dateline's province
    assert not workshop.abstained and "Sukaraja" in workshop.text.split("\n", 1)[0], workshop.text
