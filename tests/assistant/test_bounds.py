"""A lead keeps the words its own sentence gives a span that change or complete what it says: the
qualifier before a number or date, the bracketed short form or other name after a name. Every
sentence here was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.bounds import asked_bound, bounded
from assistant.reader import Span
from tests.vocab import VOCAB

FACQA_DOCS = Path(__file__).resolve().parents[2] / "eval" / "facqa-valid" / "docs"


def lead(text: str, words: str) -> str:
    start = text.index(words)
    return bounded(Span(0, start, start + len(words), words, 5.0, 0.0), text, VOCAB).text


@pytest.mark.parametrize("text, span, shown", [
    ("Koperasi itu kini beranggotakan lebih dari 40 petani kopi.", "40 petani", "lebih dari 40 petani"),
    ("Bengkel itu melatih sedikitnya 25 warga binaan setiap bulan.", "25 warga binaan", "sedikitnya 25 warga binaan"),
    ("Sejak sekitar 2019 bengkel itu melatih warga binaan.", "2019", "Sejak sekitar 2019"),
    ("Kerja sama berlaku per tanggal 1 Maret 2026 untuk dua tahun.", "tanggal 1 Maret 2026", "per tanggal 1 Maret 2026"),
    ("The workshop trained almost 300 inmates last year.", "300 inmates", "almost 300 inmates"),
])
def test_a_number_keeps_the_qualifier_before_it(text, span, shown):
    assert lead(text, span) == shown


@pytest.mark.parametrize("text, span", [
    ("Acara itu dihadiri 120 orang dari enam instansi.", "120 orang"),  # no qualifier
    ("Warga binaan menerima upah Rp 50.000 per hari.", "Rp 50.000"),  # "per" after, not before
    ("Mereka datang sejak pagi bersama Kepala Lapas.", "Kepala Lapas"),  # a qualifier, but no number
])
def test_other_spans_keep_their_bounds(text, span):
    assert lead(text, span) == span


def test_a_name_keeps_its_short_form_or_other_name_in_brackets():
    text = "Pelatihan diikuti Badan Narkotika Nasional Provinsi Contoh (BNNP Contoh) dan petugas lapas."
    assert lead(text, "Badan Narkotika Nasional Provinsi Contoh") == "Badan Narkotika Nasional Provinsi Contoh (BNNP Contoh)"
    text = "Tanaman jarak pagar (Jatropha curcas) ditanam di lahan lapas."
    assert lead(text, "jarak pagar") == "jarak pagar (Jatropha curcas)"


@pytest.mark.parametrize("text, span", [
    ("Kepala Lapas, Budi Santoso (kanan), menerima tamu dari dinas.", "Budi Santoso"),  # a position in a photo
    ("Penandatanganan dilakukan Jumat (27/3/2026) di aula lapas.", "Jumat"),  # a date, with digits
    ("Siswa itu, Rina Lestari (15), menang lomba.", "Rina Lestari"),  # an age
    ("Bengkel lapas (Foto: Humas Lapas) ramai pengunjung.", "Bengkel lapas"),  # a caption's credit
    ("Pelatihan dibuka Kepala Lapas. (ANT/RED)", "Kepala Lapas."),  # a wire's credit after the sentence
])
def test_other_brackets_are_not_taken(text, span):
    assert lead(text, span) == span



@pytest.mark.parametrize("question, document, shown", [
    ("Kapan terbukanya kesempatan bagi perusahaan di luar Pertamina untuk terjun di sektor hilir?",
     "facqa-valid-0068.txt", "per tanggal 23 November 2005"),
    ("Berapa jeniskah koleksi katak dari Sulawesi yang berukuran 15-200 mm yang dimiliki Prof Dr Djoko Tjahjono",
     "facqa-valid-0067.txt", "lebih dari 20 jenis"),
])
def test_an_answer_states_the_number_with_its_qualifier(services, question, document, shown):
    """Wired into the answer path, on real news the reader alone answers without the qualifier
    ("tanggal 23 November 2005", "20 jenis …"). FacQA valid's questions, read here, not trained on."""
    from tests.corpus import ingest_texts

    ingest_texts(services, {document: (FACQA_DOCS / document).read_text(encoding="utf-8")})
    answer = services.answer(question)
    assert shown in answer.text.splitlines()[0], answer.text


IN_FORCE_SINCE = (
    "Lapas Contoh Raya Perpanjang Kerja Sama Pelatihan Kayu\n\n"
    "Contoh Raya — Lapas Kelas IIA Contoh Raya memperpanjang perjanjian kerja sama pelatihan mebel "
    "dengan Balai Latihan Kerja Contoh Raya. Perjanjian baru itu berlaku sejak 1 April 2026 untuk dua tahun. "
    "Kepala Lapas menyebut 40 warga binaan akan ikut pelatihan.\n")
SIGNED_ON_TANGGAL = (
    "Rutan Contoh Jaya Teken Kerja Sama Pelatihan Las\n\n"
    "Contoh Jaya — Rutan Kelas IIB Contoh Jaya menandatangani perjanjian kerja sama pelatihan las dengan "
    "Balai Latihan Kerja Contoh Jaya. Penandatanganan itu dilakukan tanggal 3 Maret 2026 di aula rutan. "
    "Kepala Rutan menyebut 25 warga binaan akan ikut pelatihan.\n")


@pytest.mark.parametrize("story, asked", [
    # "sejak 1 April 2026" leads an English answer as "since 1 April 2026" (qualifiers.tsv's English
    # column), not in Indonesian, nor as the bare date
    (IN_FORCE_SINCE, [("From when is the new agreement between Lapas Contoh Raya and the job training centre in force?",
                       "since 1 April 2026")]),
    # the reader takes "tanggal 3 Maret 2026" whole; an English lead writes the date in English, without
    # the word that announces its day (spelled_dates.tsv: tanggal, bulan, tahun)
    (SIGNED_ON_TANGGAL, [("Kapan Rutan Contoh Jaya menandatangani perjanjian pelatihan las?", "tanggal 3 Maret 2026"),
                         ("When did Rutan Contoh Jaya sign the welding training agreement?", "3 March 2026")]),
], ids=["qualifier", "tanggal"])
def test_an_english_answer_writes_the_date_and_its_qualifier_in_english(services, story, asked):
    from tests.corpus import ingest_texts

    ingest_texts(services, {"pks.txt": story})
    for question, lead in asked:
        answer = services.answer(question)
        assert answer.text.splitlines()[0].startswith(lead), answer.text


@pytest.mark.parametrize("question, bound", [
    ("Sampai kapan perjanjian itu berlaku?", "end"),
    ("Hingga kapan PKS itu berlaku?", "end"),
    ("Until when is the agreement valid?", "end"),
    ("Sejak kapan kerja sama itu berjalan?", "start"),
    ("Since when has the workshop run?", "start"),
    ("Kapan perjanjian itu ditandatangani?", ""),
    ("Berapa warga binaan dilatih sejak 2024?", ""),  # a qualifier, but not before the question word
    ("Kapan nota kesepahaman itu berakhir?", "end"),  # a word that says something ends
    ("When does the agreement expire?", "end"),
    ("Berapa lama kerja sama itu sebelum berakhir?", ""),  # no date asked
])
def test_a_question_asks_when_something_ends_or_starts(question, bound):
    assert asked_bound(question, VOCAB) == bound


ENDS_STATED = (
    "Rutan Contoh Jaya Perpanjang Kerja Sama Perpustakaan\n\n"
    "Contoh Jaya — Rutan Kelas IIB Contoh Jaya menandatangani nota kesepahaman layanan perpustakaan dengan "
    "Dinas Perpustakaan Contoh Jaya, Senin (2/3/2026), di aula rutan. Nota kesepahaman itu berakhir pada "
    "31 Desember 2027 dan dapat diperpanjang.\n")


def test_asked_when_an_agreement_ends_the_signing_day_is_no_answer(services):
    """"Kapan … berakhir?" asks the end: a story that gives only the signing day is declined, one that
    says when the agreement ends answers with that date."""
    from tests.corpus import ingest_texts

    ingest_texts(services, {"pks.txt": SIGNED_ON_TANGGAL})
    assert services.answer("Kapan perjanjian pelatihan las Rutan Contoh Jaya berakhir?").abstained
    ingest_texts(services, {"pks.txt": SIGNED_ON_TANGGAL, "perpustakaan.txt": ENDS_STATED})
    answer = services.answer("Kapan nota kesepahaman perpustakaan Rutan Contoh Jaya berakhir?")
    assert not answer.abstained and "31 Desember 2027" in answer.text.splitlines()[0], answer.text
