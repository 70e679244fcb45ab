"""Fast, offline unit tests of the pure parts: fusion, glossary, language, questions, evidence,
matching, citations and prompts."""


import pytest

from assistant.cite import CitationBuilder, strip_unknown_markers, verify
from assistant.evaluate import lead_precision
from assistant.matching import item_in_text
from assistant.prompts import load_prompt, load_prompts
from assistant.question import acting_for, answer_kind, question_parts, standalone_question
from assistant.retrieve import min_max_fusion
from ingest.core.errors import ConfigError
from ingest.core.types import Chunk, Document, Filters, Hit, Page
from ingest.core.vocabulary import Glossary
from ingest.doc_store import DocumentStore
from ingest.language import detect_language
from ingest.vector_store import chroma_where
from tests.vocab import VOCAB


def chunk(cid: str, doc: str = "d", date: str = "", kind: str = "article") -> Chunk:
    return Chunk(id=cid, doc_id=doc, text=cid, start=0, end=len(cid), page=1, date=date, kind=kind)


def test_fusion_adds_normalised_scores_and_keeps_what_only_one_retriever_found():
    dense = [Hit(chunk("a"), 0.9, {"dense": 1}), Hit(chunk("b"), 0.8, {"dense": 2}), Hit(chunk("c"), 0.7, {"dense": 3})]
    keyword = [Hit(chunk("c"), 9.0, {"bm25": 1}), Hit(chunk("d"), 5.0, {"bm25": 2})]
    fused = min_max_fusion([dense, keyword])
    assert {h.chunk.id for h in fused} == {"a", "b", "c", "d"}  # keyword results never filter dense ones
    by_id = {h.chunk.id: h for h in fused}
    assert by_id["c"].ranks == {"dense": 3, "bm25": 1}
    assert by_id["c"].score == pytest.approx(0.0 + 1.0) and by_id["a"].score == pytest.approx(1.0)
    assert by_id["b"].score == pytest.approx(0.5) and by_id["d"].score == pytest.approx(0.0)
    assert min_max_fusion([[Hit(chunk("x"), 3.0, {"bm25": 1})], []])[0].score == 1.0  # one result: no range to scale by


def test_fusion_keeps_a_keyword_match_far_above_the_rest_that_the_dense_search_ranks_low():
    """A question in one language about a report in the other: BM25 finds the report far ahead
    (its town and unit), the dense search prefers passages in the question's language. Rank fusion
    put a passage both found second and fifth above it; score fusion keeps the clear keyword match."""
    dense = [Hit(chunk(c), s, {"dense": i}) for i, (c, s) in enumerate(
        [("same-language-1", 0.88), ("same-language-2", 0.87), ("x", 0.86), ("y", 0.85), ("report", 0.845), ("z", 0.84)], 1)]
    keyword = [Hit(chunk(c), s, {"bm25": i}) for i, (c, s) in enumerate(
        [("report", 12.0), ("same-language-2", 5.0), ("w", 4.0), ("same-language-1", 3.0)], 1)]
    assert min_max_fusion([dense, keyword])[0].chunk.id == "report"


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
    ("What salary do the trainees receive?", "money"),
    ("Berapa upah harian warga binaan di bengkel kerja?", "money"),
    ("Berapa luas lahan pertanian yang dikelola warga binaan?", "area"),
    ("How much land do the inmates farm?", "area"),
    ("Berapa hektare lahan yang ditanami?", "count"),  # the unit is asked: a number answers
    ("How much did the new sewing machines cost?", "money"),
    ("How much will the foundation spend on the workshop?", "money"),
    ("What is the name of the Minister of Contoh Affairs?", "person"),  # the name of a role's holder
    ("Apa nama Kepala Dinas Sosial Kota Contoh?", "person"),
    ("What is the name of the foundation?", "list"),  # a body's name: no person
    ("Tahun berapa kerja sama Lapas Contoh pertama kali diteken?", "year"),
])
def test_answer_kind(text, kind):
    assert answer_kind(text, VOCAB) == kind






def test_followups_borrow_the_previous_question():
    assert standalone_question("Di mana penandatanganan itu berlangsung?", ["Siapa Kepala BNN RI yang meneken MoU?"], VOCAB) == (
        "Siapa Kepala BNN RI yang meneken MoU? Di mana penandatanganan itu berlangsung?")
    assert standalone_question("Siapa Kepala BNNK Karo?", ["Pertanyaan lain?"], VOCAB) == "Siapa Kepala BNNK Karo?"
    assert standalone_question("Who signed it?", [], VOCAB) == "Who signed it?"




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












def test_an_indonesian_name_gets_an_english_gloss_from_the_glossary_never_an_abbreviation():
    glossary = VOCAB.glossary
    assert glossary.gloss("Pondok Pesantren Al Hikmah Contoh") == "islamic boarding school"
    assert glossary.gloss("Badan Narkotika Nasional Provinsi Contoh") == "national narcotics agency"
    assert glossary.gloss("Contoh Sejahtera") == ""  # no glossary phrase opens it


def test_a_span_made_only_of_the_question_words_is_no_answer():
    from assistant.answer import _restates_question

    question = "Siapa Kepala Lapas Kelas IIA Contoh yang meneken kerja sama?"
    assert _restates_question("Lapas Kelas IIA Contoh", question)
    assert _restates_question("kerja sama", question)
    assert not _restates_question("Budi Wiryawan", question)
    assert not _restates_question("Kepala Lapas Kelas IIA Contoh, Budi Wiryawan", question)


@pytest.mark.parametrize(("text", "item", "whole"), [
    ("Materi pelatihan yang disepakati meliputi las listrik, sablon, dan budidaya jamur. Lain.", "sablon",
     "las listrik, sablon, dan budidaya jamur"),
    ("Mitranya yakni Dinas Pangan dan Pertanian, Dinas Perikanan, serta Yayasan Contoh.", "Dinas Perikanan",
     "Dinas Pangan dan Pertanian, Dinas Perikanan, serta Yayasan Contoh"),
    ("Ruang lingkupnya ada tiga:\n1. pelatihan kerja;\n2. uji kompetensi;\n3. penyaluran kerja.\nLain.", "uji kompetensi",
     "pelatihan kerja; uji kompetensi; penyaluran kerja"),
    ("Kepala Lapas, Budi Wiryawan, hadir di sana.", "Budi Wiryawan", None),
])
def test_a_list_question_s_span_widens_to_the_list_it_is_an_item_of(text, item, whole):
    from assistant.answer import _enumeration
    from assistant.reader import Span

    a = text.index(item)
    found = _enumeration(text, Span(0, a, a + len(item), item, 0.0, 0.0), VOCAB)
    assert (found.text if found else None) == whole


# Written for this test: a span the list after it elaborates, and spans no list elaborates.
@pytest.mark.parametrize(("text", "span", "whole"), [
    ("Program itu berjalan di beberapa lapas di Pulau Contoh, antara lain Lapas Terbuka Contoh, Lapas Kelas IIA "
     "Sukamaju, dan Lapas Kelas I Batu. Lain.", "beberapa",
     "Lapas Terbuka Contoh, Lapas Kelas IIA Sukamaju, dan Lapas Kelas I Batu"),
    ("Kerja sama dengan beberapa mitra sudah berjalan lama sekali, dan kepala lapas menyebut, antara lain A, B, dan C.",
     "beberapa mitra", None),  # the list is too far from the span to elaborate it
    ("Dinas Sosial: pelatihan kerja, konseling, dan bantuan modal.", "Dinas Sosial", None),  # a name before its duties
])
def test_a_list_question_s_span_takes_the_list_that_elaborates_it(text, span, whole):
    from assistant.answer import _elaborated
    from assistant.reader import Span

    a = text.index(span)
    found = _elaborated(text, Span(0, a, a + len(span), span, 0.0, 0.0), VOCAB)
    assert (found.text if found else None) == whole


# Written for this test: questions that ask two things, and questions that only look like it.
@pytest.mark.parametrize("question, parts", [
    ("Menurut kepala lapas, berapa warga binaan yang ikut pelatihan, dan berapa yang lulus?",
     ["Menurut kepala lapas, berapa warga binaan yang ikut pelatihan?", "Menurut kepala lapas, berapa warga binaan yang lulus?"]),
    ("How many inmates joined the course and how many passed it?",
     ["How many inmates joined the course?", "how many passed it?"]),  # a verb is not told from a noun: left as asked
    ("How many religions did the first agreement cover, and how many does the new one cover?",
     ["How many religions did the first agreement cover?", "how many religions does the new one cover?"]),  # of what: the first part's noun
    ("Berapa nilai kontraknya, dan berapa lama masa berlakunya?", ["Berapa nilai kontraknya?", "berapa lama masa berlakunya?"]),
    ("Bank apa yang menjadi mitra lapas itu, dan apa perannya?", ["Bank apa yang menjadi mitra lapas itu?", "apa perannya?"]),
    ("Kapan dan di mana perjanjian itu diteken?", ["Kapan dan di mana perjanjian itu diteken?"]),
    ("Siapa yang meneken perjanjian antara lapas dan dinas sosial?", ["Siapa yang meneken perjanjian antara lapas dan dinas sosial?"]),
])
def test_a_question_that_asks_two_things_is_read_as_two(question, parts):
    assert question_parts(question, VOCAB) == parts


@pytest.mark.parametrize("question, held", [
    ("Siapa yang meneken PKS itu atas nama Dinas Sosial Kota Contoh?", "Dinas Sosial Kota Contoh"),
    ("Who signed the agreement on behalf of the Contoh fisheries office?", "the Contoh fisheries office"),
    ("Siapakah Kepala Lapas Contoh yang meneken perjanjian itu?", "Kepala Lapas Contoh"),
    ("Who is the head of the Contoh detention centre?", "head of the Contoh detention centre"),
    ("Siapa Wakil Bupati Contoh?", "Wakil Bupati Contoh"),  # any role of roles.tsv heads it
    ("Siapa nama Perdana Menteri Negeri Contoh?", "Perdana Menteri Negeri Contoh"),
    ("Siapa nama Kolonel yang memimpin upacara?", ""),  # a rank is no role a body is headed by
    ("Siapa yang meneken perjanjian dengan Lapas Contoh?", ""),  # no role, no body acted for
    ("Kapan perjanjian diteken atas nama Dinas Contoh?", ""),  # asks for no person
    ("What is the name of the Minister of Contoh Affairs?", "Minister of Contoh Affairs"),
])
def test_the_role_or_body_a_person_question_asks_about(question, held):
    assert acting_for(question, VOCAB) == held


def test_the_person_named_with_the_body_asked_about_is_chosen_over_a_better_scored_one():
    from assistant.answer import _acting_for
    from assistant.reader import Span
    from ingest.core.types import Chunk, Hit

    text = ("Perjanjian diteken Kepala Lapas Contoh, Budi Santoso, dan Kepala Dinas Perikanan Kota Contoh, "
            "Rina Wulandari, pada Senin.\n1. ANDI PRATAMA, Kepala Dinas Sosial Kota Contoh, bertindak untuk dinas itu.")
    hit = Hit(Chunk(id="c", doc_id="d", text=text, start=0, end=len(text), page=1), score=1.0)

    def span(name, margin):
        start = text.index(name)
        return Span(0, start, start + len(name), name, margin, 0.0)

    spans = [span("Budi Santoso", 5.0), span("Rina Wulandari", 3.0), span("ANDI PRATAMA", 2.0)]
    assert _acting_for(spans, [hit], "Dinas Perikanan Kota Contoh", VOCAB).text == "Rina Wulandari"
    assert _acting_for(spans, [hit], "Dinas Sosial Kota Contoh", VOCAB).text == "ANDI PRATAMA"  # the body after the name
    assert _acting_for(spans, [hit], "Lapas Contoh", VOCAB) is None  # the best span's clause already names it

    text = ("Perdana Menteri (PM) Negeri Contoh Andi Wijaya menyatakan, pemerintahnya setuju. Presiden akan bertemu "
            "Raja Negeri Lain, Perdana Menteri (PM) Negeri Contoh Andi Wijaya, PM Negeri Lain Rina Wulandari.")
    hit = Hit(Chunk(id="c", doc_id="d", text=text, start=0, end=len(text), page=1), score=1.0)
    second = text.rindex("Andi Wijaya")
    spans = [span("Andi Wijaya", 5.0), Span(0, second, second + len("Andi Wijaya"), "Andi Wijaya", 3.0, 0.0)]
    # "(PM)" names the role before it and ends no clause: the best span's clause names the whole role
    assert _acting_for(spans, [hit], "Perdana Menteri Negeri Contoh", VOCAB) is None


def test_a_name_inside_a_span_that_lists_roles_and_names_is_judged_by_its_own_role():
    """"Kepala Dinas Sosial Kota Contoh, Nama, dan Ketua Yayasan B, Nama2" as one span: its name after
    the dinas's role acts for the dinas, whatever the clause before the whole span says."""
    from assistant.answer import _acting_for
    from assistant.reader import Span
    from ingest.core.types import Chunk, Hit

    text = ("Kepala Bapas Contoh, Dewi Lestari, meneken perjanjian bersama Kepala Dinas Sosial Kota Contoh, Andi "
            "Pratama, dan Ketua Yayasan Harapan Contoh, Hj. Siti Aminah.")
    hit = Hit(Chunk(id="c", doc_id="d", text=text, start=0, end=len(text), page=1), score=1.0)
    first, listed = text.index("Dewi Lestari"), text.index("Kepala Dinas Sosial")
    spans = [Span(0, first, first + len("Dewi Lestari"), "Dewi Lestari", 5.0, 0.0),
             Span(0, listed, len(text) - 1, text[listed:-1], 3.0, 0.0)]
    assert _acting_for(spans, [hit], "Dinas Sosial Kota Contoh", VOCAB).text == "Andi Pratama"
    assert _acting_for(spans, [hit], "Yayasan Harapan Contoh", VOCAB).text == "Hj. Siti Aminah"
    assert _acting_for(spans, [hit], "Bapas Contoh", VOCAB) is None  # the best span's clause names it

    text = ("1. DEWI LESTARI, Kepala Bapas Contoh, selanjutnya disebut PIHAK PERTAMA.\n2. ANDI PRATAMA, Ketua Yayasan "
            "Harapan Contoh, dalam hal ini bertindak untuk dan atas nama Yayasan Harapan Contoh.")
    hit = Hit(Chunk(id="c", doc_id="d", text=text, start=0, end=len(text), page=1), score=1.0)
    first, listed = text.index("DEWI LESTARI"), text.index("ANDI PRATAMA")
    spans = [Span(0, first, first + len("DEWI LESTARI"), "DEWI LESTARI", 5.0, 0.0),
             Span(0, listed, len(text) - 1, text[listed:-1], 3.0, 0.0),
             Span(0, listed, listed + len("ANDI PRATAMA"), "ANDI PRATAMA", 2.0, 0.0)]
    assert _acting_for(spans, [hit], "Yayasan Harapan Contoh", VOCAB).text == "ANDI PRATAMA"  # not "Ketua Yayasan …"


def test_a_span_is_shown_with_the_words_the_reader_nearly_took_with_it():
    from assistant.answer import WIDEN, _widened
    from assistant.reader import Span

    text = "Negeri Contoh harus memenuhi 130 macam persyaratan untuk bantuan. Laporan (Aid Watch) terbit."
    hits = [Hit(Chunk(id="c0", doc_id="d", text=text, start=0, end=len(text), page=1), 1.0, {})]

    def span(phrase, margin):
        start = text.index(phrase)
        return Span(0, start, start + len(phrase), phrase, margin, 0.0)

    best = span("130", 5.0)
    around = [best, span("130 macam persyaratan", 5.0 - WIDEN + 0.5), span("130 macam persyaratan untuk", 4.9),
              span("memenuhi 130 macam persyaratan untuk bantuan", 4.8), span("130 macam", 4.0)]
    assert _widened(best, around, text, hits).text == "130 macam persyaratan"  # not ending with "untuk", not 4 words more
    assert _widened(best, [best, span("130 macam persyaratan", 5.0 - WIDEN - 0.5)], text, hits).text == "130"  # scored too low
    ranked = "Kepala Polda Contoh Brigadir Jenderal (Pol) Budi Santoso D meninjau lokasi."
    name, wide = ranked.index("Budi"), ranked.index("Brigadir")
    best = Span(0, name, name + len("Budi Santoso D"), "Budi Santoso D", 4.0, 0.0)
    rank = Span(0, wide, best.end, ranked[wide : best.end], 2.5, 0.0)
    assert _widened(best, [best, rank], ranked, [Hit(Chunk(id='r', doc_id='r', text=ranked, start=0, end=len(ranked), page=1), 1.0, {})]).text == "Brigadir Jenderal (Pol) Budi Santoso D"  # ends as the span did
    aid = span("Aid", 3.0)
    assert _widened(aid, [aid, span("(Aid", 2.9), span("bantuan. Laporan (Aid", 2.9)], text, hits).text == "Aid"  # unpaired, another sentence


def test_a_span_widens_to_the_same_words_read_in_an_overlapping_passage():
    """Chunks overlap by a sentence; the reader's nearly-taken span may have been read in the other
    chunk (one sentence read twice fills the top spans twice): it counts, in this passage's offsets."""
    from assistant.answer import _widened
    from assistant.reader import Span

    document = "Judul berita.\nPerjanjian tercatat dengan Nomor W.1-UM.01 Tahun 2024 dan Nomor 7/KK/2024. Kalimat lain."
    second = document.index("Perjanjian")
    first_chunk, second_chunk = document[: document.index(" Kalimat")], document[second:]
    hits = [Hit(Chunk(id="a", doc_id="d", text=first_chunk, start=0, end=len(first_chunk), page=1), 1.0, {}),
            Hit(Chunk(id="b", doc_id="d", text=second_chunk, start=second, end=len(document), page=1), 0.9, {}),
            Hit(Chunk(id="c", doc_id="e", text=second_chunk, start=second, end=len(document), page=1), 0.8, {})]

    def span(passage, phrase, margin):
        text = hits[passage].chunk.text
        start = text.index(phrase)
        return Span(passage, start, start + len(phrase), phrase, margin, 0.0)

    best = span(0, "Nomor W.1-UM.01", 2.0)
    wider = span(1, "Nomor W.1-UM.01 Tahun 2024", 1.0)
    assert _widened(best, [best, wider], first_chunk, hits).text == "Nomor W.1-UM.01 Tahun 2024"
    assert _widened(best, [best, span(2, "Nomor W.1-UM.01 Tahun 2024", 1.0)], first_chunk, hits).text == "Nomor W.1-UM.01"  # another document


@pytest.mark.parametrize("question, head", [
    ("Which foundation did Contoh prison partner with in 2025?", "foundation "),
    ("Which partners support fisheries in Contoh?", "partners support fisheries in "),  # no auxiliary: as before
    ("Which correctional units in the records signed agreements?", "correctional units in the records "),
])
def test_an_english_head_ends_before_an_auxiliary_verb(question, head):
    from assistant.question import asked_head

    assert asked_head(question, VOCAB)[0] == head


def test_a_value_asked_with_berapa_after_its_noun_counts_nothing():
    """"Tahun berapa kerja sama …" asks a year: "kerja sama" after it is no count's head, so the
    question is not a count of agreements for the records."""
    from assistant.question import asked_head
    from assistant.record_answer import asks_across_agreements

    assert asked_head("Tahun berapa kerja sama Lapas Contoh dengan Yayasan Contoh pertama kali diteken?", VOCAB, counts=True)[0] == ""
    assert not asks_across_agreements("Tahun berapa kerja sama Lapas Contoh dengan Yayasan Contoh pertama kali diteken?", VOCAB)
    assert asks_across_agreements("Berapa kerja sama yang diteken Lapas Contoh pada 2026?", VOCAB)  # a count still counts


def test_a_person_named_as_a_witness_is_told_from_one_who_signed():
    from assistant.answer import _witness
    from assistant.reader import Span

    text = ("Lapas Sukamaju meneken PKS dengan BLK Kota Sukamaju. Penandatanganan dilakukan Kepala BLK, Rina Wulandari. "
            "Acara tersebut disaksikan Kepala Dinas Tenaga Kerja Kota Sukamaju, Wawan Hermawan, dan tamu undangan.")

    def span(name):
        start = text.index(name)
        return Span(0, start, start + len(name), name, 1.0, 0.0)

    assert _witness(text, span("Wawan Hermawan"), VOCAB)
    assert not _witness(text, span("Rina Wulandari"), VOCAB)


def test_the_same_words_read_in_two_overlapping_chunks_are_one_answer_not_two():
    from assistant.answer import _overlap, _without_overlaps
    from assistant.reader import Span
    from ingest.core.types import Chunk, Hit

    text = "Dulu layanan meliputi 2 agama. Kini layanan meliputi 6 agama. Pembinaan berlangsung tiap pekan."
    cut = text.index("Kini")
    hits = [Hit(Chunk(id="a", doc_id="d", text=text[: text.index(" Pembinaan")], start=0, end=text.index(" Pembinaan"), page=1), 1.0),
            Hit(Chunk(id="b", doc_id="d", text=text[cut:], start=cut, end=len(text), page=1), 0.9),
            Hit(Chunk(id="c", doc_id="e", text=text[cut:], start=cut, end=len(text), page=1), 0.8)]

    def span(passage, word):
        start = hits[passage].chunk.text.index(word)
        return Span(passage, start, start + len(word), word, 1.0, 0.0)

    six_in_a, six_in_b, six_in_e, two = span(0, "6 agama"), span(1, "6"), span(2, "6"), span(0, "2")
    assert _overlap(six_in_a, six_in_b, hits)  # one place of the document, read in two chunks
    assert not _overlap(six_in_b, six_in_e, hits)  # the same offsets in another document
    assert _without_overlaps([six_in_a, six_in_b, two], hits) == [six_in_a, two]


@pytest.mark.parametrize("span, number", [("6", True), ("tiga mitra", True), ("2,8 hektare", True), ("agama", False),
                                          ("warga binaan", False)])
def test_a_span_states_a_number_in_digits_or_words(span, number):
    from assistant.checks import states_number

    assert states_number(span, VOCAB) is number


@pytest.mark.parametrize("lead, items, precision", [
    ("Nama Contoh [1]", ["Nama Contoh"], 1.0),
    ("Kepala Dinas Nama Contoh [1]", ["Nama Contoh"], 0.5),
    ("12 Maret 2026 [1]", ["12/3/2026"], 1.0),  # a date is one word, in any of its forms
    ("tiga [1], 4 unit [2]", ["3", "empat"], 2 / 3),  # numbers in words are numbers
    ("pada Rabu (4/3/2026) di aula rutan [1]", ["4 Maret 2026"], 1 / 5),  # the day and its date: one word
])
def test_lead_precision_is_the_share_of_the_leads_words_that_answer(lead, items, precision):
    """How tight a lead is (`eval`: lead_precision): its recall does not see the words around the items."""
    assert lead_precision(lead, items, VOCAB) == pytest.approx(precision)
