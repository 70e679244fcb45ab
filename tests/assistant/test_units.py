"""Fast, offline unit tests of the pure parts: fusion, glossary, language, questions, evidence,
matching, citations and prompts."""


import pytest

from assistant.cite import CitationBuilder, strip_unknown_markers, verify
from assistant.evidence import counts, has_date, has_duration, has_money, organisations, persons
from assistant.matching import item_in_text
from assistant.prompts import load_prompt, load_prompts
from assistant.question import analyse, answer_kind, entities, standalone_question
from assistant.retrieve import rrf
from ingest.core.errors import ConfigError
from ingest.core.types import Chunk, Document, Filters, Hit, Page
from ingest.core.vocabulary import Glossary
from ingest.doc_store import DocumentStore
from ingest.language import detect_language
from ingest.vector_store import chroma_where
from tests.vocab import VOCAB


def chunk(cid: str, doc: str = "d", date: str = "", kind: str = "article") -> Chunk:
    return Chunk(id=cid, doc_id=doc, text=cid, start=0, end=len(cid), page=1, date=date, kind=kind)


def test_rrf_rewards_agreement_and_keeps_what_only_one_retriever_found():
    dense = [Hit(chunk("a"), 0.9, {"dense": 1}), Hit(chunk("b"), 0.8, {"dense": 2}), Hit(chunk("c"), 0.7, {"dense": 3})]
    keyword = [Hit(chunk("c"), 9.0, {"bm25": 1}), Hit(chunk("d"), 5.0, {"bm25": 2})]
    fused = rrf([dense, keyword])
    assert [h.chunk.id for h in fused][:1] == ["c"]
    assert {h.chunk.id for h in fused} == {"a", "b", "c", "d"}  # keyword results never filter dense ones
    assert fused[0].ranks == {"dense": 3, "bm25": 1}
    assert fused[0].score == pytest.approx(1 / 63 + 1 / 61)


def test_filters_build_a_chroma_where_and_check_chunks_alike():
    filters = Filters(date_from="2025", date_to="2025-06", kind="agreement")
    assert chroma_where(filters) == {"$and": [{"kind": "agreement"}, {"date_num": {"$gte": 20250100}}, {"date_num": {"$lte": 20250631}}]}
    assert filters.accepts(chunk("x", date="2025-05-19", kind="agreement"))
    assert not filters.accepts(chunk("x", date="2025-07-01", kind="agreement"))
    assert not filters.accepts(chunk("x", date="2025-05-19", kind="article"))
    assert chroma_where(Filters()) is None


def test_glossary_expands_english_terms_longest_first():
    glossary = VOCAB.glossary
    assert glossary.expand("Which partners support catfish farming?") == ["budidaya lele", "mitra"]  # not "farming" → pertanian
    assert "lapas perempuan" in glossary.expand("the women's prison in Tangerang")
    assert "lembaga pemasyarakatan" in glossary.expand("Lapas Serang")


def test_glossary_rejects_a_malformed_line(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text("fisheries perikanan\n")
    with pytest.raises(ValueError, match="g.tsv:1"):
        Glossary.load(path)


@pytest.mark.parametrize("text, language", [
    ("Mitra mana saja yang mendukung perikanan di Banten?", "id"),
    ("Which partners support fisheries in Banten?", "en"),
    ("Siapa yang meneken PKS atas nama BNNP NTB?", "id"),
    ("Who signed the agreement for the religious affairs office?", "en"),
])
def test_language_detection(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text, kind", [
    ("Kapan Lapas Kelas IIA Serang dan BNNP Banten menandatangani nota kesepahaman?", "date"),
    ("Berapa lama masa berlaku PKS itu?", "duration"),
    ("Berapa nomor dokumen PKS itu dari pihak Lapas?", "reference"),
    ("What is the document number of the agreement?", "reference"),
    ("Berapa mitra kerja yang meneken PKS?", "count"),
    ("Siapa Kepala BNNK Temanggung?", "person"),
    ("Siapa saja enam mitra yang meneken PKS?", "list"),
    ("Di mana PKS ditandatangani?", "place"),
    ("What was the monetary value of the PKS?", "money"),
    ("For how many years is the PKS valid?", "duration"),
])
def test_answer_kind(text, kind):
    assert answer_kind(text, VOCAB) == kind


def test_entities_drop_question_words_generic_words_and_months():
    assert entities("Kapan Lapas Kelas IIA Serang dan BNNP Banten menandatangani MoU pada Oktober 2025?", VOCAB) == [
        "Lapas Kelas IIA Serang", "BNNP Banten"]


def test_question_analysis_records_dates_roles_and_what_is_asked():
    q = analyse("Siapa nama Kepala LPP Kelas IIA Palangka Raya yang meneken MoU pada Januari 2022?", VOCAB)
    assert q.kind == "person" and q.role == "kepala lpp" and q.dates == ["2022-01"]
    assert analyse("Dinas apa saja di Kabupaten Serang yang terlibat?", VOCAB).wants_organisations
    assert not analyse("Pelatihan apa saja yang masuk ruang lingkup PKS Lapas Magelang?", VOCAB).wants_organisations
    assert analyse("Which correctional units signed agreements with pesantren?", VOCAB).wants_correctional


def test_followups_borrow_the_previous_question():
    assert standalone_question("Di mana penandatanganan itu berlangsung?", ["Siapa Kepala BNN RI yang meneken MoU?"]) == (
        "Siapa Kepala BNN RI yang meneken MoU? Di mana penandatanganan itu berlangsung?")
    assert standalone_question("Siapa Kepala BNNK Karo?", ["Pertanyaan lain?"]) == "Siapa Kepala BNNK Karo?"
    assert standalone_question("Who signed it?", []) == "Who signed it?"


def test_evidence_detectors():
    assert has_date("pada Senin (19/5/2025)", VOCAB) and not has_date("tanpa tanggal", VOCAB)
    assert has_duration("selama lima tahun", VOCAB) and not has_duration("Nomor 12-UM.01.01-99 Tahun 2024", VOCAB)
    assert has_money("senilai Rp 50 juta", VOCAB) and not has_money("lima hektare", VOCAB)
    assert has_money("nilainya mencapai 2,5 miliar", VOCAB) and has_money("US$ 3 million", VOCAB)
    assert counts("Sebanyak 40 mitra pada Rabu (28/1/2026) tahun 2025", VOCAB) == ["40"]
    assert "Zamroni" in persons("Kepala Dinas Tenaga Kerja Kabupaten Lamongan, Zamroni, meneken PKS.", VOCAB)
    assert persons("PALANGKA RAYA – Lembaga Pemasyarakatan Perempuan", VOCAB) == []
    assert persons("CV. GALERI WONG KITO, KEPALA LEMBAGA PEMASYARAKATAN", VOCAB) == []
    assert organisations("melibatkan PT Agro Bumi, PT Berkat Optima, serta Yayasan Bina Warga", VOCAB) == 3


@pytest.mark.parametrize("item, text", [
    ("3", "tiga dokumen"),
    ("sembilan", "9 PKS"),
    ("24/10/2025", "pada 24 Oktober 2025"),
    ("13/10/2025", "Senin (13/10/2025)"),
    ("Lapas Garut", "Lapas Kelas IIA Garut"),
    ("lima hektare", "5 hektare"),
])
def test_items_match_leniently(item, text):
    assert item_in_text(item, text, VOCAB)


def test_items_do_not_match_what_is_not_there():
    assert not item_in_text("Polres Garut", "Kodim 0611/Garut", VOCAB)
    assert not item_in_text("40", "4 mitra", VOCAB)


def test_citations_are_numbered_by_first_use_and_verified(tmp_path):
    documents = DocumentStore(tmp_path)
    text = "Kalimat pertama. Kalimat kedua berisi fakta. Kalimat ketiga."
    documents.put(Document(id="doc-1", source="a.txt", title="A", text=text, pages=[Page(1, 0, len(text))]))
    c = Chunk(id="c", doc_id="doc-1", text=text, start=0, end=len(text), page=1)
    builder = CitationBuilder(documents)
    second = (text.index("Kalimat kedua"), text.index("Kalimat ketiga") - 1)
    assert builder.cite(c, *second) == 1
    assert builder.cite(c, 0, 16) == 2
    assert builder.cite(c, *second) == 1  # the same passage keeps its marker
    assert [x.n for x in builder.citations] == [1, 2]
    assert builder.citations[0].quote == "Kalimat kedua berisi fakta."
    assert all(verify(x, documents.get("doc-1")) for x in builder.citations)
    forged = builder.citations[0]
    forged.quote = "Kalimat palsu."
    assert not verify(forged, documents.get("doc-1"))
    assert builder.cite(Chunk(id="z", doc_id="missing", text="", start=0, end=1, page=1), 0, 1) is None


def test_unknown_markers_are_removed():
    assert strip_unknown_markers("Satu [1]. Dua [7]. Tiga [2].", {1, 2}) == "Satu [1]. Dua . Tiga [2]."


def test_prompts_load_and_a_missing_variable_is_an_error(tmp_path):
    prompts = load_prompts()
    assert set(prompts) == {"id", "en"}
    system, user = prompts["en"].render(passages="[1] X", question="Q?")
    assert "NOT IN THE RECORDS" in system and "[1] X" in user and "Q?" in user
    (tmp_path / "answer.id.txt").write_text("[system]\nJawab. TIDAK ADA DALAM CATATAN\n[user]\nPertanyaan: {question}\n")
    with pytest.raises(ConfigError, match="missing \\['passages'\\]"):
        load_prompt("id", tmp_path)
    with pytest.raises(ConfigError, match="is missing"):
        load_prompt("en", tmp_path)


def test_asked_tokens_name_what_a_list_question_wants():
    from assistant.answer import asked_tokens

    assert "latih" in asked_tokens("Pelatihan apa saja yang masuk ruang lingkup PKS?", VOCAB)
    assert {"liput", "cakup"} <= asked_tokens("Apa saja tiga ruang lingkup PKS antara Lapas dan Polres?", VOCAB)
    assert "tiga" not in asked_tokens("Apa saja tiga ruang lingkup PKS?", VOCAB)


@pytest.mark.parametrize("sentence, listed", [
    ("Materi yang disepakati meliputi memasak, menjahit, dan perbengkelan.", "memasak, menjahit, dan perbengkelan"),
    ("Layanan diperluas menjadi tiga bahasa: Jawa, Sunda, dan Bali.", "Jawa, Sunda, dan Bali"),
    ("The programme covers areas such as farming, fishing and carpentry.", "farming, fishing and carpentry"),
    ("Kegiatan itu meliputi penyuluhan hukum.", None),  # one thing is no list
    ("Kepala lapas, jaksa, dan hakim hadir dalam acara itu.", None),  # nothing introduces the list
])
def test_listed_span_is_what_follows_the_word_that_introduces_a_list(sentence, listed):
    from assistant.evidence import listed_span

    span = listed_span(sentence, VOCAB)
    assert (sentence[span[0] : span[1]] if span else None) == listed


def test_a_list_line_loses_its_bullet_and_closing_punctuation():
    from assistant.evidence import is_list_item, list_item

    assert is_list_item("  2. pelatihan kerja;") and is_list_item("- konseling;")
    assert not is_list_item("Kepala Lapas hadir.") and not is_list_item("1. ")
    assert list_item("2. pelatihan kerja bagi warga binaan;") == "pelatihan kerja bagi warga binaan"
    assert list_item("- konseling;") == "konseling"
    assert list_item("b) pendampingan.") == "pendampingan"


def test_keyword_index_readers_never_mix_two_builds():
    """Searches running while the index is rebuilt with other sizes see one whole build or the other."""
    import threading

    from assistant.bm25 import KeywordIndex

    class GrowingStore:  # the Store protocol's two read methods the index uses
        def __init__(self):
            self.n = 1

        def generation(self):
            self.n = self.n % 40 + 1
            return str(self.n)

        def all_chunks(self):
            return [(chunk(f"c{i}"), {"tokens": f"lele kata{i}"}) for i in range(self.n * 5)]

    index, store, errors = KeywordIndex(), GrowingStore(), []

    def search():
        try:
            for _ in range(300):
                index.search(["lele"], 5)
        except Exception as exc:  # an IndexError here is the bug this guards against
            errors.append(exc)

    readers = [threading.Thread(target=search) for _ in range(3)]
    for t in readers:
        t.start()
    for _ in range(150):
        index.sync(store)
    for t in readers:
        t.join()
    assert errors == []


@pytest.mark.parametrize("kind, sentence, role, expected", [
    ("person", "Penandatanganan disaksikan Kepala Kanwil Contoh, Ilham Jaya, serta Kapolres Garut Budi Santosa.", "kapolres garut", "Budi Santosa"),
    ("person", "Ketua Umum Persatuan Dayung Seluruh Contoh (PB Pedasi) Marzuki mengatakan, kejurnas dimulai.", "ketua umum", "Marzuki"),
    ("person", "Panglima Komando Armada Contoh Laksamana Muda TNI R Hadi Santoso meninjau kapal itu.", "panglima", "Laksamana Muda TNI R Hadi Santoso"),
    ("person", "Komandan KRI Contoh Mayor Laut Wiranto AS mengatakan kapal itu ditangkap.", "komandan", "Mayor Laut Wiranto AS"),
    ("person", "Rapat dipimpin Presiden Joko Santosa dari Istana.", "", "Presiden Joko Santosa"),
    ("person", "Hal itu diumumkan Li Wenhao, Direktur Badan Antariksa Contoh, di Beijing.", "", "Li Wenhao, Direktur Badan Antariksa Contoh"),
    ("person", "Candi itu mulai rusak, ujar Hartono, Kepala Dinas Pariwisata (Dispar) Kabupaten Contoh, Rabu.", "kepala dinas", "Hartono, Kepala Dinas Pariwisata (Dispar) Kabupaten Contoh"),
    ("person", "Hakim membebaskan terdakwa, Brigadir Jenderal (Pol) Yusuf Hamid Lubis, dari dakwaan.", "", "Yusuf Hamid Lubis"),
    ("person", "Tudingan itu dilontarkan Menteri Dalam Negeri Mesir Karim Hassan kemarin.", "menteri dalam", "Karim Hassan"),
    ("person", "Direktur program itu, Gwi-yeon Park, menyatakan dukungannya.", "", "Gwi-yeon Park"),
    ("person", "Lagu itu ditulis oleh Colin McDermott pada 1936.", "", "Colin McDermott"),
    ("person", "Kepala Dinas Perhubungan dan Pariwisata (Dishubpar) Kabupaten Garut Hartono Wijaya menerima mereka.", "kepala dinas", "Hartono Wijaya"),
    ("count", "Sebanyak 84 penumpang selamat dalam pendaratan darurat.", "", "84 penumpang"),
    ("count", "Provinsi itu berpenduduk 74 juta jiwa.", "", "74 juta jiwa"),
    ("count", "Luas kawasan itu mencapai 12.400 kilometer persegi, dua kali kota itu.", "", "12.400 kilometer persegi"),
    ("count", "Air di kolam itu mencapai 41 derajat Celcius pada siang hari.", "", "41 derajat Celcius"),
    ("count", "Populasi rusa di taman itu kini sekitar 3.000 ekor.", "", "sekitar 3.000 ekor"),
    ("count", "Modal koperasi itu Rp 45 juta dengan bunga 2 persen.", "", "Rp 45 juta"),
    ("count", "Hingga kini 13 orang tewas akibat wabah itu.", "", "13 orang tewas"),
    ("count", "Harimau yang tersisa hanya 400-500 ekor saja.", "", "400-500 ekor"),
    ("count", "Inflasi tahun depan diperkirakan antara 2,5 persen dan 4 persen.", "", "antara 2,5 persen dan 4 persen"),
    ("count", "Harga tiket antara Rp 50 ribu dan Rp 75 ribu.", "", "antara Rp 50 ribu dan Rp 75 ribu"),
    ("count", "Ada 40 dosen dan 12 mahasiswa dalam rombongan itu.", "", "40 dosen"),  # no range opened
    ("count", "Satu jembatan ambruk dan 27 orang terluka.", "", "27 orang terluka"),
    ("count", "Hadiah diserahkan kepada Budi Santosa (58) di Jakarta.", "", "58"),
    ("money", "Proyek itu menelan dana 2,5 miliar rupiah.", "", "2,5 miliar"),
    ("date", "Pesawat mendarat pada 6 September 2005 di Pekanbaru.", "", "6 September 2005"),
    ("place", "Pesawat mendarat darurat di Bandar Udara Sultan Syarif Kasim II Pekanbaru.", "", "Bandar Udara Sultan Syarif Kasim II Pekanbaru"),
    ("place", "Presiden memimpin rapat dari Kota Contoh, Jawa Tengah, Kamis (3/3).", "", "Kota Contoh, Jawa Tengah"),
    ("place", "Rapat digelar di Gedung Sate, Senin.", "", "Gedung Sate"),
    ("date", "Pekan olahraga itu berlangsung 20-29 September di Teheran.", "", "20-29 September"),
    ("date", "Impor bahan itu dihentikan secara nasional pada akhir 2009.", "", "akhir 2009"),
    ("place", "Kota itu terletak di Pulau Contoh, dekat Makassar.", "", "Pulau Contoh"),
    ("place", "SURAKARTA – Aula Balai Contoh menjadi tempat penandatanganan PKS di Jawa Tengah pada Senin.", "", "Aula Balai Contoh"),
    ("place", "Penandatanganan dilakukan di Kantor Bupati Contoh, Jawa Tengah.", "", "Kantor Bupati Contoh, Jawa Tengah"),
    ("money", "Nilai kontrak mencapai Rp 1,5 miliar untuk dua tahun.", "", "Rp 1,5 miliar"),
    ("duration", "Kerja sama berlaku selama tiga tahun sejak diteken.", "", "tiga tahun"),
    ("reference", "Dari pihak Rutan, nomor naskah W.12.PAS.3-UM.01.01-07 Tahun 2023 diteken pada 5/6/2023.", "", "W.12.PAS.3-UM.01.01-07 Tahun 2023"),
    ("reference", "Surat bernomor 118/KK.11.2/HM.01/2023 ditandatangani kepala kantor.", "", "118/KK.11.2/HM.01/2023"),
])
def test_the_asked_fact_is_isolated_from_its_sentence(kind, sentence, role, expected):
    from assistant.evidence import answer_span

    start, end = answer_span(kind, sentence, VOCAB, role)
    assert sentence[start:end] == expected


@pytest.mark.parametrize("question, kind", [
    ("Dimanakah pesawat itu mendarat darurat?", "place"),
    ("Kemanakah rombongan itu berangkat?", "place"),
    ("Tahun berapakah perjanjian itu berakhir?", "year"),
    ("Siapakah ketua yayasan tersebut?", "person"),
    ("Berapakah jumlah penumpang pesawat itu?", "count"),
    ("How long is the agreement valid?", "duration"),
])
def test_question_forms_with_kah_and_english_counterparts(question, kind):
    assert answer_kind(question, VOCAB) == kind


def test_a_common_word_opening_a_question_is_no_name():
    assert entities("Sekolah apa yang menjadi mitra Lapas Kelas IIB Contoh?", VOCAB) == ["Lapas Kelas IIB Contoh"]
    assert entities("Kartu apakah yang dibagikan kepada warga binaan?", VOCAB) == []


def test_the_answer_is_not_what_the_question_names_and_fits_the_question_words():
    from assistant.evidence import answer_span
    from ingest.tokens import tokenize

    sentence = "Taman Nasional Contoh terletak di Sulawesi Tengah, jauh dari Jakarta."
    start, end = answer_span("place", sentence, VOCAB, "", tokenize("Di provinsi manakah Taman Nasional Contoh terletak?"), "province")
    assert sentence[start:end] == "Sulawesi Tengah"
    sentence = "Ia lahir pada 19 April 1987 dan mulai bertanding pada 2001."
    start, end = answer_span("date", sentence, VOCAB, "", tokenize("Kapan ia mulai bertanding?"))
    assert sentence[start:end] == "2001" or sentence[start:end].endswith("2001")


def test_a_composed_text_is_renumbered_by_first_use(tmp_path):
    from assistant.cite import CitationBuilder
    from ingest.core.types import Chunk, Document
    from ingest.doc_store import DocumentStore

    store = DocumentStore(tmp_path)
    store.put(Document(id="d", title="Judul", text="Kalimat satu. Kalimat dua. Kalimat tiga.", source="d.txt"))
    builder = CitationBuilder(store)
    chunk = Chunk(id="c", doc_id="d", text="", start=0, end=0, page=1)
    one, two, three = builder.cite(chunk, 0, 13), builder.cite(chunk, 14, 26), builder.cite(chunk, 27, 40)
    text = builder.renumber(f"Ringkas: dua [{two}], tiga [{three}].\n- satu [{one}]\n- dua [{two}]")
    assert text == "Ringkas: dua [1], tiga [2].\n- satu [3]\n- dua [1]"
    assert [c.quote for c in builder.citations] == ["Kalimat dua.", "Kalimat tiga.", "Kalimat satu."]
    assert [c.n for c in builder.citations] == [1, 2, 3]


@pytest.mark.parametrize("question, kind", [
    ("Which partner of the prison provides counselling for inmates who need care?", "list"),  # "who" is relative
    ("Which office signed the agreement where the ceremony was held?", "list"),
    ("According to the records, who signed it?", "person"),
])
def test_an_english_wh_word_after_a_noun_is_a_relative_pronoun(question, kind):
    assert answer_kind(question, VOCAB) == kind


@pytest.mark.parametrize("question, kind", [
    ("Which correctional units signed agreements with the police, and when?", "list"),  # "when" asks besides
    ("Undang-undang apa yang mendasari penyediaan lokasi kerja sosial?", "factoid"),  # "lokasi" only names a noun
    ("Di lokasi mana MoU itu diteken?", "place"),
])
def test_the_first_clause_and_the_interrogative_decide_the_kind(question, kind):
    assert answer_kind(question, VOCAB) == kind


def test_a_place_or_a_capitalised_preposition_is_no_person():
    from assistant.evidence import persons

    assert persons("PALANGKA RAYA – Lapas Kelas IIA Palangka Raya meneken MoU pada Selasa.", VOCAB) == []
    assert persons("Di Jakarta, Kepala Dinas Sosial hadir.", VOCAB) == []


@pytest.mark.parametrize("question, area", [
    ("Di provinsi manakah Taman Contoh terletak?", "province"),
    ("Which province hosted the signing?", "province"),
    ("Berasal dari negara manakah pelatih itu?", "country"),
    ("Di mana Kanwil Contoh dan BNNP Contoh menandatangani PKS?", ""),  # a province only named
    ("Negara Contoh menandatangani apa?", ""),
])
def test_the_kind_of_place_asked_for_comes_from_the_asking_words(question, area):
    assert analyse(question, VOCAB).area == area


def test_a_quoted_sentence_that_fits_the_question_clearly_better_gives_the_fact():
    from assistant.evidence import best_answer_span
    from ingest.tokens import tokenize

    sentences = [
        "Jembatan gantung di Kabupaten Sukamaju ambruk pada Senin pagi, dan sedikitnya 40 orang tewas.",
        "Polisi mencatat, akibat ambruknya jembatan gantung di Sukamaju itu, 215 warga terluka.",
    ]
    asked = tokenize("Berapa warga yang terluka saat jembatan gantung di Sukamaju ambruk?")
    index, (start, end) = best_answer_span("count", sentences, VOCAB, "", asked)
    assert (index, sentences[index][start:end]) == (1, "215 warga")
    # Fitting no better than the first sentence's fact is not enough.
    index, _ = best_answer_span("count", sentences, VOCAB, "", tokenize("Berapa orang tewas saat jembatan ambruk?"))
    assert index == 0


def test_the_person_who_signed_on_behalf_of_the_named_party_is_the_answer():
    from assistant.evidence import answer_span

    question = analyse("Siapa yang meneken PKS atas nama Dinas Sosial Kota Contoh?", VOCAB)
    sentence = ("Naskah diteken Kepala Lapas Contoh, Budi Santosa, dan Kepala Dinas Sosial Kota Contoh, "
                "Kombes Pol. Rina Wulandari.")
    start, end = answer_span("person", sentence, VOCAB, question.role, question.tokens, anchor=question.anchor_terms)
    assert sentence[start:end] == "Kombes Pol. Rina Wulandari"
    start, end = answer_span("person", sentence, VOCAB, question.role, question.tokens)
    assert sentence[start:end] == "Kombes Pol. Rina Wulandari"  # the party's words stand in her clause
    plain = analyse("Siapa yang meneken PKS itu?", VOCAB)
    start, end = answer_span("person", sentence, VOCAB, plain.role, plain.tokens)
    assert sentence[start:end] == "Budi Santosa"  # the question names no party: the first signer


def test_asked_for_a_province_or_a_country_the_answer_is_one():
    from assistant.evidence import answer_span
    from ingest.tokens import tokenize

    sentence = "Unjuk rasa di Gedung DPRD Kabupaten Tanah Laut, Kalimantan Selatan, berlangsung di Pelaihari."
    start, end = answer_span("place", sentence, VOCAB, "", tokenize("Di provinsi manakah Pelaihari berada?"), "province")
    assert sentence[start:end] == "Kalimantan Selatan"
    sentence = "Pameran itu dibuka di kota Contohburg, Jerman, kemarin."
    start, end = answer_span("place", sentence, VOCAB, "", tokenize("Di negara manakah kota Contohburg berada?"), "country")
    assert sentence[start:end] == "Jerman"


def test_an_indonesian_name_gets_an_english_gloss_from_the_glossary_never_an_abbreviation():
    glossary = VOCAB.glossary
    assert glossary.gloss("Pondok Pesantren Al Hikmah Contoh") == "islamic boarding school"
    assert glossary.gloss("Badan Narkotika Nasional Provinsi Contoh") == "national narcotics agency"
    assert glossary.gloss("Contoh Sejahtera") == ""  # no glossary phrase opens it


@pytest.mark.parametrize("question, kind, sentence, expected", [
    # what is said on one side of a conjunction is not said of a fact on the other
    ("Negara mana yang menguasai 40 persen pasar kopi?", "place",
     "Saat ini Brasil menguasai sekitar 40 persen pasar kopi dunia, sementara Vietnam hanya dua persen.", "Brasil"),
    # the earlier value of a change or comparison is not the value asked for, unless asked for
    ("Berapa jumlah peserta pelatihan?", "count",
     "Jumlah peserta pelatihan naik dari 40 orang menjadi 65 orang.", "65 orang"),
    ("Berapa jumlah peserta pelatihan sebelumnya?", "count",
     "Jumlah peserta pelatihan naik dari 40 orang menjadi 65 orang.", "40 orang"),
    ("Berapa anggaran program itu?", "money",
     "Anggaran program itu meningkat 12 persen dari Rp 2 miliar tahun lalu menjadi Rp 3,5 miliar.", "Rp 3,5 miliar"),
    # "salah satu" counts nothing
    ("Berapa warga binaan yang mengikuti pelatihan?", "count",
     "Pelatihan ini salah satu program lapas dan diikuti 25 warga binaan.", "25 warga"),
    # a number in brackets after a name is that person's (an age)
    ("Berapa usia Rina Wulandari?", "count",
     "Penghargaan diterima Budi Santosa (58) dan Rina Wulandari (44) dari Dinas Contoh.", "44"),
    # a number the question states itself is not the answer
    ("Berapa kenaikan jumlah peserta dalam 2,5 tahun?", "count",
     "Dalam 2, 5 tahun jumlah peserta bertambah sebanyak 300 orang.", "300 orang"),
    # "jenis" counts kinds: the counted noun comes after it
    ("Berapa jenis satwa yang dilindungi di taman itu?", "count",
     "Di taman itu tercatat 12 jenis tanaman dan 5 satwa dilindungi.", "5 satwa"),
    # a pair written with a slash is one answer
    ("Siapa pasangan yang meraih emas di nomor ganda campuran?", "person",
     "Emas diraih pasangan Budi Santoso/Rina Wulandari di nomor ganda campuran.", "Budi Santoso/Rina Wulandari"),
])
def test_the_fact_is_read_with_its_own_clause_and_value(question, kind, sentence, expected):
    from assistant.evidence import answer_span

    analysed = analyse(question, VOCAB)
    start, end = answer_span(kind, sentence, VOCAB, analysed.role, analysed.tokens, analysed.area,
                             earlier=analysed.earlier)
    assert sentence[start:end] == expected


def test_an_organisation_named_after_its_kind_word_is_no_person():
    assert persons("Rapat itu dihadiri wakil Organisasi Pangan Internasional dan pejabat daerah.", VOCAB) == []
    assert persons("Kapal itu berlayar melalui Selat Bali.", VOCAB) == []


def test_a_speaker_named_by_one_word_after_a_verb_of_saying_is_a_person():
    assert persons("Kami siap membantu, ujar Sulastri seusai penandatanganan.", VOCAB) == ["Sulastri"]
    assert persons("Program itu berjalan baik, kata Kapolres.", VOCAB) == []  # a title alone is no name


def test_a_title_alone_in_a_question_is_no_name_to_look_for():
    assert entities("Yayasan apa yang didirikan oleh Profesor dr Contoh Wiryawan pada 1969?", VOCAB) == ["Contoh Wiryawan"]


def test_a_days_date_in_another_quoted_sentence_beats_a_bare_year():
    from assistant.evidence import best_answer_span

    question = analyse("Tanggal berapakah Rina Wulandari lahir?", VOCAB)
    sentences = ["Tahun 2024, Rina Wulandari gagal mempertahankan gelarnya.",
                 "Meski demikian, atlet kelahiran Sukamaju, 3 Mei 1990, itu meraih dua gelar musim ini."]
    index, (start, end) = best_answer_span("date", sentences, VOCAB, "", question.tokens)
    assert index == 1 and sentences[1][start:end] == "3 Mei 1990"


def test_of_several_years_the_one_whose_clause_fits_the_question():
    from assistant.evidence import answer_span

    question = analyse("Tahun berapa Lapas Contoh meneken MoU dengan BLK Sukamaju?", VOCAB)
    sentence = "Lapas Contoh berdiri pada 1985 dan meneken MoU dengan BLK Sukamaju pada 2019."
    start, end = answer_span("year", sentence, VOCAB, "", question.tokens)
    assert sentence[start:end] == "pada 2019"


def test_asked_who_signed_a_witness_is_no_answer():
    from assistant.evidence import best_answer_span

    question = analyse("Siapa yang meneken PKS atas nama BLK Kota Contoh?", VOCAB)
    sentences = ["Acara itu disaksikan Kepala Dinas Tenaga Kerja Kota Contoh, Budi Santosa.",
                 "Kepala BLK Kota Contoh, Rina Wulandari, menyiapkan materi pelatihan."]
    index, (start, end) = best_answer_span("person", sentences, VOCAB, question.role, question.tokens,
                                           anchor=question.anchor_terms)
    assert sentences[index][start:end] == "Rina Wulandari"
    signer = ["Kepala Dinas Tenaga Kerja Kota Contoh, Budi Santosa, yang hadir pagi itu, meneken PKS tersebut.",
              "Kepala BLK Kota Contoh, Rina Wulandari, menyiapkan materi pelatihan."]
    index, (start, end) = best_answer_span("person", signer, VOCAB, question.role, question.tokens,
                                           anchor=question.anchor_terms)
    assert signer[index][start:end] == "Budi Santosa"  # attended and signed: a signer
