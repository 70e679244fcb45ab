"""The offline answerer: retrieve, read, cite. No LLM is involved.

The trained reader (`assistant/reader.py`) reads the top passages and scores every span of them
against a "no answer" candidate. The best span leads the answer with its citation, and the sentence
that holds it is the quote, so every citation contains what it is cited for. When no span beats
"no answer" by the calibrated margin (`MARGIN`), the answer says the records do not state it and
lists the nearest passages as possibly related, not as an answer.

What stays of rules, and why: list, count and aggregate questions across agreements are routed to
the records (`record_answer.py`: exact rows to count); the question's language and kind pick the
wording of a decline; an English answer's date is written in English and an Indonesian name keeps
a short gloss from the glossary; a follow-up reads the document under discussion; a span must be
the kind of answer asked (`checks.py`: a duration or amount with its unit, a number in the unit the
question names, a place or person not a date alone, a role's holder named and not another's, a
witness asked a witness), which the reader was never taught; and a lead takes what its span stops
short of: the unit or counted noun after a number, the person named before a role, the places after
a place (the last two found by the entity tagger).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.bounds import asked_bound, bounded, lead_bound, opens_other_bound, split_qualifier
from assistant.checks import (
    CHECKED_KINDS,
    MEASURED,
    as_bodies,
    asked_counts,
    asked_days,
    asked_unit,
    bodies_own_words,
    body_never_named,
    counted_noun,
    counts_another,
    counts_first,
    counts_to_come,
    counts_what_is_told,
    dates_another,
    dates_another_signing,
    days_told,
    deputies,
    english_count_head,
    fits_kind,
    frequency_end,
    frequency_start,
    heads_another,
    held_body,
    line_blocks,
    names_someone,
    names_sum_asked,
    noun_end,
    paid_per_another_period,
    partner_kind_named,
    person_clause,
    phrase_units,
    refers_back,
    roles_said,
    same_place,
    says_role,
    sentence_around,
    spelled_forms,
    stands_in,
    states_measure,
    states_number,
    states_unit,
    topic_units,
    unit_end,
    unit_never_named,
    units_said,
    unlisted_units,
    with_weekday,
    within_date,
    without_plans,
    worth_of_another_thing,
)
from assistant.cite import CitationBuilder
from assistant.question import (
    Question,
    acting_for,
    acts_for,
    analyse,
    answer_kind,
    asks_day,
    asks_source,
    held_role_pattern,
    is_followup,
    question_parts,
    standalone_question,
    without_kah,
)
from assistant.reader import Reader, Span
from assistant.retrieve import Retriever
from ingest.casing import news_case
from ingest.core.types import Answer, Filters, Hit
from ingest.core.vocabulary import PlaceMention, Vocabulary, word_groups, words_alternation
from ingest.dates import DateMention, ends_dateline, find_dates, find_relative_days, find_times, format_date, infer_year, states_weekday
from ingest.doc_store import DocumentStore
from ingest.language import detect_language
from ingest.organisations import normalise_name, organisations
from ingest.records import name_forms, spelled_out
from ingest.sentences import ITEM_MARKER_RE, item_texts, sentence_spans
from ingest.signings import SIGNED, signing_statements, told_as_earlier, witnessed
from ingest.tokens import is_stop_word, tokenize

MARGIN = -3.7  # span score minus no-answer score at or below which the answer is declined
# (scripts/calibrate_margin.py on the devset and FacQA valid together: README, "The reader")
LIST_GAP = 2.0  # a list question also leads with other spans ranked within this of the best one (`_ranking`)
RANK_WEIGHT = 3.0  # margin a span loses per search rank of its passage (1, 3, 6 measured: 3 best on both sets)
READ_ON = 6  # passages at most of the documents already read that a measure's reread adds (`_read_on`)
WIDEN = 3.0  # a span is shown as the longest reader span around it scoring within this of it (1-4 measured)
WIDEN_WORDS = 3  # … with at most this many words more
TIME_SHARED = 2  # words a sentence stating a time shares with the question, at least (1–3 on written articles)
DEEPER = 4  # a question telling its event by a count or a day searches this many times deeper (`_retrieve`)
# The unit a kind of measure is stated in, when the question names none ("Berapa luas …"): a number
# the reader takes without it is read, checked and shown with the unit written right after it.
IMPLIED_UNITS = {"area": "area unit", "duration": "duration unit"}
COGNATE = 5  # letters a borrowed word keeps in both languages' spellings ("energi" / "energy")
PART_MARGIN = 0.0  # a later part of a two-part question has no calibration of its own: its span must beat "no answer"


@dataclass
class Lead:
    span: Span
    hit: Hit
    start: int  # the quoted sentence(s) holding the span, in document offsets
    end: int


class OfflineAnswerer:
    name = "offline"

    def __init__(self, retriever: Retriever, documents: DocumentStore, vocab: Vocabulary, reader: Reader | None = None,
                 passages: int = 3, records=None, margin: float = MARGIN, entities=None) -> None:
        self.retriever = retriever
        self.documents = documents
        self.vocab = vocab
        self.reader = reader or Reader()
        self.passages = passages
        self.records = records  # a RecordAnswerer for list/count questions across agreements, or None
        self.margin = margin
        self.entities = entities  # the entity tagger (text → entities, ingest.tagger), or None
        self._told: tuple[str | None, dict[str, tuple[PlaceMention, ...]]] = (None, {})  # index generation, places

    def answer(self, question: str, history: list[str] | None = None, filters: Filters | None = None,
               language: str | None = None) -> Answer:
        """Search; list, count and aggregate questions from the records; else the reader reads the
        passages, the best span that passes the question's checks leads (`_best`), shown as its
        sentence says it (`_shaped`), with the sentence that holds it as its quote (`_compose`)."""
        standalone = standalone_question(question, history, self.vocab)
        asked = analyse(question, self.vocab, language)
        hits = self._retrieve(standalone, filters, asked)
        if self.records is not None and filters is None:
            from_records = self.records.answer(standalone, asked.language, asked.kind)
            if from_records is not None:
                from_records.hits = hits
                return from_records
        reading, hits = question, self._under_discussion(hits, question, history, filters)
        if reading == standalone or len({h.chunk.doc_id for h in hits}) > 1:
            reading = standalone
        around = self._read(reading, [(h, h.chunk.text) for h in hits], asked.language, top_k=20, roles=asked.kind == "person") if hits else []
        if asked.kind == "time":  # no training data asks "Pukul berapa …": the reader finds the sentence
            return self._time(reading, around, hits, asked, standalone)
        read = around[:10]
        # The search's rank carries its own evidence: a span of a lower-ranked passage must beat
        # the top passage's by RANK_WEIGHT per rank (chosen on the devset and FacQA together).
        candidates = _ranked(read, reading)
        if asked.kind in ("date", "year"):  # "pada 2022. Dengan adendum ini, … hingga 2029": each sentence's date
            candidates = [p for s in candidates for p in _sentence_dates(s, hits[s.passage].chunk.text, asked.kind, self.vocab)]
        confidence = candidates[0].margin if candidates else None
        best, spans = self._best(candidates, question, standalone, asked, hits, around) if candidates else (None, [])
        if best is None:
            return self._decline(asked, hits, standalone, confidence)
        chosen = self._shaped(best, spans, question, standalone, asked, hits, read, around)
        answer = self._compose(_without_overlaps(chosen, hits), hits, asked, standalone)
        answer.confidence = confidence
        return answer

    def _read(self, question: str, passages: list[tuple[Hit, str]], language: str, top_k: int, recase: bool = False,
              roles: bool = False) -> list[Span]:
        """The reader's spans of passages (each a text of a hit), a passage written in English read with
        an Indonesian question's glossary phrases said in English (`Glossary.in_english`: "Siapa
        director general of corrections yang …"): the reader, taught Indonesian questions over
        Indonesian passages, takes no span across the two languages; asked for a person (`roles`), an
        Indonesian passage with the question's role said in the passage's form (`Glossary.said_as`: "Siapa Kalapas A?" put to "Kalapas
        A, Nama, …"; asked "Kepala Lapas A", the reader gave the name −5.0, asked as written 3.0). With `recase` (a sentence read
        again alone), names an agreement writes in capitals are read as news writes them (`ingest.casing.news_case`);
        the spans keep the source's words. (Passages read whole keep their capitals: recased, they
        measured worse, the reader taking a party's label or a dateline less often where it answers.)"""
        rendered = self.vocab.question_in_english(question) if language == "id" else question
        texts = [text for _, text in passages]
        role = held_role_pattern(self.vocab).match if roles else lambda full: False  # "Kalapas A" for "Kepala Lapas A"
        spans = self.reader.read([rendered if hit.chunk.language == "en" else self.vocab.glossary.said_as(question, text, role)
                                  for hit, text in passages],
                                 [news_case(text, self.vocab) if recase else text for text in texts], top_k=top_k)
        return [replace(s, text=texts[s.passage][s.start : s.end]) for s in spans]

    def _best(self, candidates: list[Span], question: str, standalone: str, asked: Question, hits: list[Hit],
              around: list[Span]) -> tuple[Span | None, list[Span]]:
        """The span the answer leads with, or None (a decline), and the spans above the margin that
        passed the checks. The decline follows the best-ranked span, as the margin was calibrated: a
        weaker passage's span is no answer when the top-ranked one is not (scripts/calibrate_margin.py);
        only a measure or witness a sentence read alone gives above the margin is
        (`_stated_in_own_sentence`)."""
        held = acting_for(question, self.vocab)  # the role or body a person question asks about, or ""
        above = candidates[0].margin > self.margin
        spans = self._checked([s for s in candidates if s.margin > self.margin], question, asked, held, hits, around) if above else []
        spans = self._told_here(self._named_here(spans, standalone, asked, hits), standalone, asked, hits)
        if asked.kind == "count":
            spans = self._counted_first(spans, question, hits)
        best = self._holder(spans, question, asked, held, hits) if spans else None
        if not spans:  # a measure among an agreement's articles, a witness named after the signers
            best = self._stated_in_own_sentence(question, asked, held, hits)
        if best is None and not spans and asked.kind == "frequency":  # "two sessions a week", read across languages
            best = self._often_of_topic(candidates, question, asked, held, hits, around)
        if best is None and above and self._holder_asked(question, asked, held):  # the role's holder named second
            best = self._held_in_own_sentence(question, asked, held, hits)
        if best is None and self._holder_asked(question, asked, held):  # "PIHAK PERTAMA / Kepala A / NAMA": who holds it
            best = self._signed_in_block(held, hits)
        if not above and best is None and held and asked.kind == "person" and acts_for(question, self.vocab):
            best = self._signed_in_block(held, hits)  # a layout, not a sentence: the reader's margin says nothing of it
        if asked.kind == "place" and self._asks_where_made(question) \
                and (best is None or not self._tells_signing(best, hits)):
            # an agreement's closing line ("Ditandatangani di A pada tanggal …", "Dibuat di A …"), before a
            # place its articles name ("… di ruang klinik")
            best = self._signed_at(hits, None if best is None else hits[best.passage].chunk.doc_id) or best
            if best is not None and not self._tells_signing(best, hits):
                # "… kontraktor di Kabupaten A" read before "Penandatanganan berlangsung di gedung B": the sentences
                # that tell the signing, each read alone
                told = self.vocab.signing_pattern("signed", "held at")
                best = self._reread(question, asked, held, hits, lambda sentence: bool(told.search(sentence))) or best
        if not above and best is None:
            return None, spans
        if best is not None and self._holder_asked(question, asked, held) and not self._a_person(best, hits[best.passage].chunk.text):
            # "Siapa Menteri A?" answered with "Warga Binaan"; a form's "Jabatan : Kepala A" row: the name on the row before
            best = self._signed_in_block(held, hits)
        if above and held and asked.kind == "person" and not self._holder_asked(question, asked, held) \
                and (best is None or not _clause_names(held, best, hits[best.passage].chunk.text, self.vocab)):
            block = self._signed_in_block(held, hits) if acts_for(question, self.vocab) else None  # "PIHAK PERTAMA / Kepala A / NAMA"
            best = block or self._acting_in_own_sentence(question, asked, held, hits) or best  # a signatories' list in capitals
        if best is not None and asked.kind == "person" and acts_for(question, self.vocab) \
                and not self._a_person(best, hits[best.passage].chunk.text):
            best = None  # "… atas nama Yayasan A?" answered with "rohani bagi warga binaan …"
            if above and held:  # the sentences that name the body, read alone: "…, dan Wali Kota A, Nama"
                found = self._acting_in_own_sentence(question, asked, held, hits)
                best = found if found is not None and self._a_person(found, hits[found.passage].chunk.text) else None
            if best is None and above and held:  # "Kepala Dinas A, yang bertindak … atas nama Pemerintah Kota B": its holder
                best = self._role_acting_holder(candidates, question, asked, held, hits)
        if best is None and above and held and asked.kind == "person" and acts_for(question, self.vocab):
            # "… dan Wakil Bupati A yang mewakili bupatinya": the deputy who acted, named by role only
            best = self._deputy_signed(held, hits)
        if best is None or self._names_another(standalone, hits[best.passage], asked) \
                or self._no_signing_told(asked, standalone, hits[best.passage]) \
                or self._partner_signing_not_made(asked, standalone, hits[best.passage]) \
                or self._about_another_topic(standalone, hits[best.passage], asked):
            return None, spans
        if asked.kind == "person" and not held:
            best = self._named(best, hits[best.passage].chunk.text)
            if self._asks_name(question) and not self._a_person(best, hits[best.passage].chunk.text) \
                    and not names_someone(best.text, held, self.vocab):
                return None, spans  # "Siapa nama asisten bupati …?": not "the regent's assistant", a role with no name
        return best, spans

    def _shaped(self, best: Span, spans: list[Span], question: str, standalone: str, asked: Question, hits: list[Hit],
                read: list[Span], around: list[Span]) -> list[Span]:
        """The spans the answer leads with (`_chosen`), each as its sentence says it: widened to the words
        the reader nearly took with it, with its day's name, qualifier and short form, and with the unit,
        counted noun, word of frequency or places the question asks for."""
        chosen = self._chosen(best, spans, question, standalone, asked, hits)
        chosen = [_widened(s, around, hits[s.passage].chunk.text, hits) if s in read else s for s in chosen]
        if asked.kind in ("date", "year"):  # "Mei tahun" of "tanggal dua puluh empat bulan Mei tahun dua ribu …": the whole date
            chosen = [_whole_date(s, hits[s.passage].chunk.text, self.vocab) for s in chosen]
        if asks_day(question, self.vocab):  # "Pada hari apa …": "Jumat (27/3/2026)", not "(27/3/2026)"
            chosen = [with_weekday(s, hits[s.passage].chunk.text, self.vocab) for s in chosen]
        if self._asks_day_of_other(question):  # "setiap hari Senin dan Kamis", not "Kamis pukul 09.00 sampai …"
            chosen = [self._weekday_run(s, hits[s.passage].chunk.text) for s in chosen]
        chosen = [bounded(s, hits[s.passage].chunk.text, self.vocab) for s in chosen]  # "lebih dari 20", "Partai A (PA)"
        if asked.kind == "person":  # "RAHMAT TUASIKAL", not "TUASIKAL"
            chosen = [self._whole_name(s, hits[s.passage].chunk.text, question) for s in chosen]
        if asked.kind == "place":  # "aula utama Kantor A", not "aula utama"; "kantor A", not "(3/3/2027) di kantor A"
            chosen = [_in_town(_after_date(_venue_owner(s, hits[s.passage].chunk.text, self.vocab), self.vocab),
                               hits[s.passage].chunk.text, self.vocab) for s in chosen]
        if unit := self._unit_asked(question, asked) or IMPLIED_UNITS.get(asked.kind):  # "3.000 hektar", "three hectares"
            return [_extended(s, hits[s.passage].chunk.text, unit_end(hits[s.passage].chunk.text, s, unit, self.vocab))
                    for s in chosen]
        if asked.kind == "count" and (nouns := counted_noun(question, self.vocab)):  # "60.000 pendukung"
            return [_extended(s, hits[s.passage].chunk.text, noun_end(hits[s.passage].chunk.text, s, nouns, self.vocab))
                    for s in chosen]
        if asked.kind == "frequency":  # "setiap dua minggu", "setiap enam bulan sekali", not "… bulan dan menyediakan obat"
            chosen = [_extended_back(s, hits[s.passage].chunk.text, frequency_start(hits[s.passage].chunk.text, s, self.vocab))
                      for s in chosen]
            chosen = [_cut(s, hits[s.passage].chunk.text, _often_end(s, hits[s.passage].chunk.text, self.vocab)) for s in chosen]
            chosen = [_often_lead(s, hits[s.passage].chunk.text, self.vocab) for s in chosen]
            return [_extended(s, hits[s.passage].chunk.text, frequency_end(hits[s.passage].chunk.text, s, self.vocab)) for s in chosen]
        return chosen

    def _checked(self, spans: list[Span], question: str, asked: Question, held: str, hits: list[Hit],
                 around: list[Span]) -> list[Span]:
        """The spans, best first, that pass every check the question calls for (`checks.py`), each
        read as the lead would show it (widened): the kind asked ("Berapa lama …" is not answered
        with a date, "Berapa nilai …" with a count, "Di mana …" with a date); asked from when or for how
        long an agreement is in force, a date or length of a sentence that says so ("berlaku sejak …"),
        not the signing's or "setiap dua minggu"; asked how often, a span with a word of frequency, taken
        from right before it ("setiap dua minggu" read at "dua minggu"); asked until when ("Sampai
        kapan …?"), not a date it holds since ("sejak …"), and the other way round; asked when something
        was signed, not a date it lasts until ("hingga 31 Desember 2028") nor one of a sentence telling a
        signing planned or put off ("… ditunda hingga Januari 2027"); asked when a named
        partner signed, not the date of another signing told in the same story; asked where something
        was signed, not a party ("… dengan Politeknik A"); asked for a sum paid for a thing it names ("Berapa honor …"), a
        sentence that names it (`names_sum_asked`); asked where money comes from, a span after the first word of funds its sentence says ("Biaya …
        dibebankan pada A"); asked who witnessed, a witness; asked who signed, not a witness, and someone, not a body ("Siapa yang menandatangani
        untuk X?": not "Badan Y"). (Asked who holds a role or acts for a body, the entity tagger confirms
        the chosen span names a person, in `_best`: once, not for every span. Checks the reader made
        redundant were retired, each measured: README, "What each rule earns, measured".)"""
        def text(span: Span) -> str:
            return hits[span.passage].chunk.text

        wide = {id(s): _widened(s, around, text(s), hits) for s in spans}
        if implied := IMPLIED_UNITS.get(asked.kind):  # "three" read as "three hectares"
            wide = {k: _extended(w, text(w), unit_end(text(w), w, implied, self.vocab)) for k, w in wide.items()}
        if asked.kind == "frequency":  # "dua minggu" read as "setiap dua minggu"
            wide = {k: _extended_back(w, text(w), frequency_start(text(w), w, self.vocab)) for k, w in wide.items()}
        checks = []
        counted, days = asked_counts(question, self.vocab), asked_days(question, self.vocab)
        if counted or days:  # "… dengan tujuh mitra?", "… pada 2 Oktober?": not a story of another event
            documents = [self._document_text(h) for h in hits]
            told = [days_told(d, self.vocab) for d in documents]
            checks.append(lambda s: not counts_another(counted, documents[s.passage], self.vocab)
                          and not dates_another(days, told[s.passage]))
        if unit := self._unit_asked(question, asked):
            checks.append(lambda s: unit_end(text(s), s, unit, self.vocab) is not None)  # "Berapa persen …": not a count
        elif asked.kind == "count":  # "How many cases …?": not "setiap tiga bulan", how often (an age in years may answer)
            checks.append(lambda s: not _how_often(wide[id(s)], text(s), self.vocab))
        if asked.kind == "count" and asked.language == "en" and (head := english_count_head(question, self.vocab)):
            english = {i: detect_language(self._document_text(h)) == "en" for i, h in enumerate(hits)}
            # "How many seaweed drying racks …?": an English report that never says "racks" counts something else
            checks.append(lambda s: not english[s.passage] or counts_what_is_told(head, self._document_text(hits[s.passage]), self.vocab))
        if asked.kind in (*MEASURED, "count"):  # "Berapa jumlah klien …": not the year of a date written in words
            checks.append(lambda s: not within_date(text(s), wide[id(s)], self.vocab))
        if asked.kind in CHECKED_KINDS:
            checks.append(lambda s: fits_kind(wide[id(s)].text, asked.kind, self.vocab))
        if asked.kind == "count":  # "… yang sudah lulus …?": not "akan diikuti 25 warga binaan"
            checks.append(lambda s: not counts_to_come(question, text(s), s, self.vocab))
        holds, takes_part = self.vocab.asked_pattern("holds"), self.vocab.asked_pattern("takes part")
        if asked.kind == "count" and holds.search(question) and not takes_part.search(question):
            checks.append(lambda s: not _counts_participants(text(s), s, holds, takes_part))  # not the 20 who take part
        if self._asks_day_of_other(question):  # "Pada hari apa penyuluh hadir …?": not "… menandatangani …, Rabu (10/2)"
            signed = self.vocab.signing_pattern("signed")
            checks.append(lambda s: not signed.search(text(s)[slice(*sentence_around(text(s), s.start, s.end))]))
            day = self._weekday_word()  # … nor "11.00 WIB" of "setiap hari Senin dan Kamis pukul 09.00 sampai dengan 11.00 WIB"
            checks.append(lambda s: bool(day.search(s.text) or find_dates(s.text, self.vocab)))
        in_force = self.vocab.signing_pattern("in force")
        if asked.kind in ("date", "year", "duration") and in_force.search(question):  # "Berapa lama MoU ini berlaku?"
            checks.append(lambda s: bool(in_force.search(text(s)[slice(*sentence_around(text(s), s.start, s.start + 1))])))
        if asked.kind in ("date", "year"):
            if not self.vocab.signing_pattern("signed", "agreement", "cooperates").search(question) \
                    and (topic := topic_units(question, self.vocab)):
                # "When is the first harvest expected?": not the day of the signing a sentence tells, unless that
                # sentence says more than half of what the question is about
                signed = self.vocab.signing_pattern("signed")
                checks.append(lambda s: not signed.search(sentence := text(s)[slice(*sentence_around(text(s), s.start, s.end))])
                              or units_said(topic, sentence, self.vocab) * 2 > len(topic))
            if (bound := asked_bound(question, self.vocab)) in ("start", "end"):  # "Sampai kapan …?": not "sejak …"
                checks.append(lambda s: not opens_other_bound(wide[id(s)], text(s), bound, self.vocab))
            if bound == "end" and not in_force.search(question):  # "Kapan MoU itu berakhir?": not the day it was signed
                ends = self.vocab.signing_pattern("in force", "ends")
                checks.append(lambda s: bool(ends.search(text(s)[slice(*sentence_around(text(s), s.start, s.start + 1))]))
                              or lead_bound(wide[id(s)], text(s), self.vocab) == "end")
            elif not bound and not in_force.search(question) and self.vocab.signing_pattern("signed").search(question):
                checks.append(lambda s: not _lasts_until(wide[id(s)], text(s), self.vocab))  # "Kapan … diteken?": not "hingga 2028"
                if not self.vocab.signing_pattern("renewed").search(question):
                    checks.append(lambda s: not _renewal_dated(text(s), s, self.vocab))  # "… first sign …?": not a renewal's day
                if not self.vocab.signing_pattern("planned", "planned after", "called off").search(question):
                    checks.append(lambda s: not _signing_not_made(text(s), s, self.vocab))  # not "… ditunda hingga Januari"
                checks.append(lambda s: not _dateline_told_relative(text(s), s, self.vocab))  # "A, 15 Jan — … signed last Friday"
                # "… mengevaluasi perjanjian … yang diteken tahun lalu, Selasa (8/6/2027)": the day is the evaluation's (a
                # month or year of the earlier signing, "Sebelumnya, pada Juni 2025, lapas telah menandatangani …", answers)
                checks.append(lambda s: not any(len(d.iso) == 10 for d in find_dates(wide[id(s)].text, self.vocab))
                              or not told_as_earlier(text(s)[slice(*sentence_around(text(s), s.start, s.end))],
                                                     hits[s.passage].chunk.date, self.vocab))
            if partners := self._partners_asked(question, asked):
                checks.append(lambda s: not dates_another_signing(text(s), s, partners, self.vocab))
        if asked.kind in ("money", "magnitude"):  # "Berapa honor instruktur …?": not "peralatan las senilai Rp 180 juta"
            checks.append(lambda s: names_sum_asked(question, text(s)[slice(*sentence_around(text(s), s.start, s.end))], self.vocab))
            # "a machine worth Rp 35 million", in a report of the question's language (another's names the thing in its own words)
            checks.append(lambda s: hits[s.passage].chunk.language != asked.language or not worth_of_another_thing(question, text(s), s, self.vocab))
            # "… paid per month?": not "a daily wage of Rp 85,000"
            checks.append(lambda s: not paid_per_another_period(question, text(s)[slice(*sentence_around(text(s), s.start, s.end))], self.vocab))
        if asks_source(question, self.vocab):  # "Dari mana biaya …?": after the money its sentence names ("Biaya …
            funds = self.vocab.asked_pattern("funds")  # dibebankan pada A"), not "PIHAK PERTAMA" nor "Pembiayaan Biaya …"
            checks.append(lambda s: (money := funds.search(text(s), sentence_around(text(s), s.start, s.end)[0], s.end)) is not None
                          and money.end() <= wide[id(s)].start)
        if asked.kind == "place" and self.vocab.signing_pattern("signed").search(question):  # "Di mana … ditandatangani?": not
            # "… meneken MoU dengan Politeknik A" (asked where a land lies, "antara A dan B" may answer)
            checks.append(lambda s: not _named_as_party(text(s), s, self.vocab))
            checks.append(lambda s: not _in_dateline(text(s), s))  # "SUKOHARJO, Central Java — …": where the report was filed
        if asked.kind == "person" and self.vocab.signing_pattern("witness").search(question):
            checks.append(lambda s: _witness(text(s), s, self.vocab))  # "Siapa yang menyaksikan …": not a signer
        if asked.kind == "person" and self._asks_signer(question):
            checks.append(lambda s: not _witness(text(s), s, self.vocab))
            if not self.vocab.asked_pattern("counterpart").search(without_kah(question, self.vocab)):  # someone, not a body
                checks.append(lambda s: names_someone(wide[id(s)].text, held, self.vocab))
        return [s for s in spans if all(check(s) for check in checks)]

    def _document_text(self, hit: Hit) -> str:
        document = self.documents.get(hit.chunk.doc_id)
        return document.text if document else hit.chunk.text

    def _a_person(self, span: Span, text: str) -> bool:
        """Does the entity tagger, trained on labelled news (NERGRIT, NER-P), find a person in the span's
        sentence where the span is? Without the tagger (KERJASAMA_ENTITY_TAGGER=false), the rules'
        `names_someone` stands alone. What a form's position row says ("Jabatan : Kepala A"; asked_nouns.tsv
        position label) is no person."""
        label = self.vocab.memo("position_label", lambda v: re.compile(
            r"(?:^|\n)[ \t]*(?:" + words_alternation(v.asked_nouns.get("position label", ())) + r")[ \t]*:[^\n]*$", re.I))
        if label.search(text[: span.start]):
            return False
        return self.entities is None or bool(self._people_at(span, text))

    def _people_at(self, span: Span, text: str) -> list[tuple[int, int]]:
        """The persons the entity tagger finds in the span's sentence where the span is (their offsets
        in `text`). A span in capitals is read in title case (a signature block's "NAMA LENGKAP": the
        tagger learnt names from news)."""
        assert self.entities is not None
        start, end = sentence_around(text, span.start, span.end)
        sentence = text[start:end]
        if span.text.isupper():
            sentence = _title_cased(sentence)
        return [(start + e.start, start + e.end) for e in self.entities(sentence)
                if e.kind == "person" and start + e.start < span.end and span.start < start + e.end]

    def _whole_name(self, span: Span, text: str, question: str) -> Span:
        """A person lead that cuts a name the entity tagger finds ("TUASIKAL" of "RAHMAT TUASIKAL") is
        the whole name, less words the question says (the tagger may take a place asked about into the
        name: "Presiden Timor Leste Xanana Gusmao"); a lead already holding a whole name, or several,
        is left as it is. A verb attributing a quote that a widened lead opens with is no name's ("kata
        Nama"; name_words.tsv says), and a short form is shown where the passage names the person in full (`_named_in_full`)."""
        if self.entities is None:
            return span
        says = self.vocab.memo("says", lambda v: re.compile(
            r"(?:(?:" + words_alternation(word_groups("name_words.tsv", v.folder).get("says", ())) + r")\s+)+(?=[A-Z])", re.I))
        if lead := says.match(span.text):  # "kata Nama": the verb of a quote widened in (name_words.tsv says)
            span = replace(span, start=span.start + lead.end(), text=span.text[lead.end() :])
        around = self._people_at(span, text)
        if len(around) != 1 or not (around[0][0] <= span.start and span.end <= around[0][1]):
            return self._named_in_full(span, text)
        first, last = around[0]
        asked = set(tokenize(question))
        while first < span.start and (word := re.match(r"\S+\s*", text[first:span.start])) and (
                set(tokenize(word.group())) <= asked or re.fullmatch(r"[a-z]+\s*", word.group())):  # not "kata" of "kata Nama"
            first += word.end()
        return self._named_in_full(replace(span, start=first, end=last, text=text[first:last]), text)

    def _named_in_full(self, span: Span, text: str) -> Span:
        """A person lead in a short form ("Nama Satu" of a quote's "kata Nama Satu") shown where the
        passage names that person in full, the short form's words followed by more of the name ("…,
        Nama Satu Dua"), when the entity tagger reads the whole as one person: the first such place."""
        name = span.text.strip()
        if not name[:1].isupper():
            return span
        for found in re.finditer(r"(?<![\w.])" + re.escape(name) + r"(?:[ \t]+[A-Z][\w'-]*)+", text):
            start, end = sentence_around(text, found.start(), found.end())
            whole = [start + e.end for e in self.entities(text[start:end]) if e.kind == "person"
                     and start + e.start == found.start() and start + e.end > found.start() + len(name)]
            if whole:
                return replace(span, start=found.start(), end=whole[0], text=text[found.start() : whole[0]])
        return span

    def _unit_asked(self, question: str, asked: Question) -> str | None:
        """The unit a question names for the number it asks ("Berapa persen …"), not of a date ("Tanggal berapa hari …")
        nor of how often ("Berapa kali seminggu …" is answered "three mornings a week" too)."""
        return asked_unit(question, self.vocab) if asked.kind not in ("date", "year", "time", "frequency") else None

    def _named(self, span: Span, text: str) -> Span:
        """Asked who did something, a lead that names no person to the entity tagger ("Direktur Badan A")
        takes the person it finds named in apposition right before it ("Nama, Direktur Badan A"), or
        else right after it ("Kepala Kanwil A, Nama"), also after the rest of its role up to a comma ("an
        expert staff member of the regent, Nama": eight words at most, no word of signing or witness)."""
        start, end = sentence_around(text, span.start, span.end)
        if self.entities is None:
            return span
        last = span.start + len(span.text.rstrip(" ,"))  # a reader's span may end with the comma
        before = re.search(r",\s*$", text[start : span.start])
        after = re.match(r"\s*,\s*", text[last:end])
        on = re.match(r"[^,.;:()\n]{1,80}?,\s*", text[last:end]) if before is None and after is None else None
        if on and (len(on.group(0).split()) > 8 or self.vocab.signing_pattern("signed", "witness", "counterpart").search(on.group(0))):
            on = None
        if before is None and after is None and on is None:
            return self._named_elsewhere(span, text)
        people = [e for e in self.entities(text[start:end]) if e.kind == "person"]
        if any(start + e.start < span.end and span.start < start + e.end for e in people):
            return span
        named = [e for e in people if before is not None and not text[start + e.end : start + before.start()].strip()]
        if named:
            first = start + named[-1].start
            return replace(span, start=first, text=text[first : span.end])
        following = [e for e in people if after is not None and start + e.start == last + after.end()]
        if on is not None:  # "an expert staff member of the Mimika regent, Nama": the role runs on to the name
            following = [e for e in people if start + e.start == last + on.end()]
        if following:
            close = start + following[0].end
            return replace(span, end=close, text=text[span.start : close])
        return self._named_elsewhere(span, text)

    def _named_elsewhere(self, span: Span, text: str) -> Span:
        """A lead that is a role of roles.tsv and its body, with no name in apposition in its sentence (a
        headline's "… Disaksikan Bupati A"), is the role's words where the passage names its holder right
        after them ("disaksikan Bupati A, Nama"), the name included; the first such place; else the span
        as it is."""
        role = span.text.strip(" ,")
        if len(role.split()) < 2 or not held_role_pattern(self.vocab).match(role):
            return span
        for found in re.finditer(re.escape(role) + r"\s*,\s*", text):
            if found.start() == span.start:
                continue
            start, end = sentence_around(text, found.start(), found.end())
            people = [e for e in self.entities(text[start:end]) if e.kind == "person" and start + e.start == found.end()]
            if people:
                close = start + people[0].end
                return replace(span, start=found.start(), end=close, text=text[found.start() : close])
        return span

    def _acting_in_own_sentence(self, question: str, asked: Question, held: str, hits: list[Hit]) -> Span | None:
        """Asked who acts for a body ("Siapa yang menandatangani … atas nama CV A?") and no span of the
        passages read will do: the reader reads again only the sentences of those passages that name
        the body in full ("2. NAMA, Pemilik CV A, … bertindak untuk dan atas nama CV A") or refer back to
        it by its head word ("… and the Director of the academy, Nama"), whose passage's other words (a
        title in capitals, another story) drew its best spans away."""
        units = phrase_units(held, self.vocab)
        if not units:
            return None
        return self._reread(question, asked, held, hits, lambda sentence: _clause_units(held, units, sentence, self.vocab) == len(units),
                            parts=True, among=self._naming_body(held))

    def _signed_in_block(self, held: str, hits: list[Hit]) -> Span | None:
        """Asked who acts for a body and no sentence of the passages says: the person an agreement's
        block of short lines names (`line_blocks`: a signature block's "PIHAK PERTAMA / Kepala Balai A /
        Kelas II B / NAMA LENGKAP", the name's line perhaps after a blank line; a form's "Nama : NAMA / Jabatan :
        Ketua Yayasan A") on a line that
        says no role, when the block's other lines say a role and name all of the body. An agreement
        signs so; the reader, taught on news, reads no such layout. The entity tagger finds the person
        (without it, the block's last line is taken whole)."""
        units = phrase_units(held, self.vocab)
        for index, hit in enumerate(hits):
            text = hit.chunk.text
            for start, end in line_blocks(text):
                lines = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\n]+", text[start:end])]
                alone = re.match(r"\n[ \t]*\n[ \t]*([^\n]+)[ \t]*(?:\n[ \t]*\n|\s*$)", text[end:])  # a line between blank lines
                if alone is not None:
                    lines.append((end + alone.start(1), end + alone.end(1)))  # "PIHAK PERTAMA, / Kepala Balai A", then "NAMA"
                for a, b in lines if self.entities is not None else lines[-1:]:
                    others = " ".join(text[x:y] for x, y in lines if x != a)
                    if roles_said(text[a:b], self.vocab) or not roles_said(others, self.vocab) \
                            or _clause_units(held, units, others, self.vocab) != len(units):
                        continue
                    if found := self._person_in_line(text, a, b, index):
                        return found
        return None

    def _signed_at(self, hits: list[Hit], doc_id: str | None = None) -> Span | None:
        """The town a passage says a signing was made in, right after the words that say so
        ("Ditandatangani di A pada tanggal …", "Dibuat di A pada tanggal …", "signed in A on …";
        signing_words.tsv held at), asked where something was signed or where an agreement was made: an
        agreement's closing line, where the reader, taught on news, finds no place. With `doc_id`, only
        that document's passages."""
        said = self.vocab.memo("signed_at", lambda v: re.compile(
            r"\b(?:" + words_alternation(v.signing_words.get("held at", ())) + r")\s+", re.I))
        for i, hit in enumerate(hits):
            text = hit.chunk.text
            for found in said.finditer(text) if doc_id in (None, hit.chunk.doc_id) else ():
                place = next((m for m in self.vocab.gazetteer.mentions(text[found.end() : found.end() + 60]) if m.start == 0), None)
                if place is not None:
                    start = found.end()
                    return Span(i, start, start + place.end, text[start : start + place.end], 0.0, 0.0)
        return None

    def _asks_where_made(self, question: str) -> bool:
        """Does a place question ask where something was signed, or where an agreement was made ("Where
        was the A agreement made?"; signing_words.tsv made), not where its funds come from?"""
        return bool(self.vocab.signing_pattern("signed").search(question)
                    or (self.vocab.signing_pattern("agreement").search(question) and self.vocab.signing_pattern("made").search(question)))

    def _tells_signing(self, span: Span, hits: list[Hit]) -> bool:
        """Does the sentence that holds the span report a signing or where one was held (signing_words.tsv
        signed, held at)?"""
        text = hits[span.passage].chunk.text
        return bool(self.vocab.signing_pattern("signed", "held at").search(text[slice(*sentence_around(text, span.start, span.end))]))

    def _deputy_signed(self, held: str, hits: list[Hit]) -> Span | None:
        """Asked who acted for a role's holder ("… mewakili Bupati A?"): the role's deputy named in a
        sentence of signing ("… dan Wakil Bupati A yang mewakili bupatinya"; roles.tsv deputy role), by
        that role when the report gives no name."""
        pattern = re.compile(deputies(self.vocab).pattern + r"\s+".join(map(re.escape, held.split())) + r"\b", re.I)
        signed = self.vocab.signing_pattern("signed")
        for i, hit in enumerate(hits):
            text = hit.chunk.text
            for found in pattern.finditer(text):
                start, end = sentence_around(text, found.start(), found.end())
                if signed.search(text[start:end]):
                    return Span(i, found.start(), found.end(), found.group(0), 0.0, 0.0)
        return None

    def _person_in_line(self, text: str, start: int, end: int, passage: int) -> Span | None:
        """The first person the entity tagger finds in a line (read in title case when in capitals; a line
        in capitals that holds one is the name whole), or, without the tagger, the line whole."""
        line = text[start:end]
        if self.entities is None:
            name = line.strip()
            at = start + line.index(name) if name else start
            return Span(passage=passage, start=at, end=at + len(name), text=name, score=0.0, no_answer=0.0) if name else None
        read = _title_cased(line)
        people = [e for e in self.entities(read) if e.kind == "person"]
        if not people:
            return None
        a, b = start + people[0].start, start + people[0].end
        name = line.strip().rstrip(",")
        if name.isupper() and not any(ch.isdigit() for ch in name):  # a line of a name in capitals is the name whole:
            a = start + line.index(name)  # "I GUSTI AYU MADE PUSPAWATI", of which the tagger may find only a part
            b = a + len(name)
        return Span(passage=passage, start=a, end=b, text=text[a:b], score=0.0, no_answer=0.0)

    def _role_acting_holder(self, candidates: list[Span], question: str, asked: Question, held: str, hits: list[Hit]) -> Span | None:
        """Asked who acts for a body and the passages say only which role acts for it ("Kepala Dinas A,
        yang bertindak untuk dan atas nama Pemerintah Kota B"): the person they name in that role (an
        agreement's signature block: the role, then the name), read as "Siapa Kepala Dinas A?" is."""
        for span in candidates[:3]:
            text = hits[span.passage].chunk.text
            _, end = sentence_around(text, span.start, span.end)
            comma = text.find(",", span.start, end)
            role = text[span.start : comma if comma > 0 else end].strip()  # "Kepala" read as "Kepala Dinas A Kabupaten B"
            if held_role_pattern(self.vocab).match(role) and len(role.split()) > 1 and self._says_acting_for(held, text, span):
                opener = self.vocab.asked_pattern("who is").match(question.strip())
                asking = f"{opener.group(0) if opener else question.split()[0]} {role}?"
                around = self._read(asking, [(h, h.chunk.text) for h in hits], asked.language, top_k=20, roles=True)
                found, _ = self._best(_ranked(around[:10], asking), asking, asking, analyse(asking, self.vocab, asked.language), hits, around)
                return found if found is not None and self._a_person(found, hits[found.passage].chunk.text) else None
        return None

    def _held_in_own_sentence(self, question: str, asked: Question, held: str, hits: list[Hit]) -> Span | None:
        """Asked who holds a role ("Siapa Kepala Dinas A Kabupaten B?") and no span of the passages read
        passes the checks (the reader took the other signer of the sentence, who heads another body):
        the reader reads again only the sentences that say the role and name all of it but its place (a
        signing sentence may leave out the regency its story is told of; a story told of another place
        is no answer, `_told_here`)."""
        if held_role_pattern(self.vocab).match(held) is None:
            return None
        places = {w for m in self.vocab.gazetteer.mentions(held) for w in m.place.lower().split()}
        units = [u for u in phrase_units(held, self.vocab) if not all(set(form.split()) <= places for form in u)]
        return self._reread(question, asked, held, hits, lambda sentence: says_role(held, sentence, self.vocab)
                            and _clause_units(held, units, sentence, self.vocab) == len(units), parts=True,
                            among=self._naming_body(held))

    def _stated_in_own_sentence(self, question: str, asked: Question, held: str, hits: list[Hit]) -> Span | None:
        """Asked a measure (how long, how much money, how large), how often, or who witnessed, and no span
        of the passages read passes the question's checks: the reader reads again only the sentences of
        those passages that state such a measure ("Perjanjian ini berlaku selama 2 (dua) tahun …" among an
        agreement's articles), a number in the unit a count question names ("How many hours a day …":
        "… paling lama tiga jam per hari"), a frequency ("… setiap dua minggu;"), a signing (asked
        where one was made, after an agreement's closing line, `_signed_at`, in the documents that name
        no other body than the question's: read whole, a long signing sentence gives its place below the
        margin) or name a witness ("… disaksikan
        Kepala Kanwil A, Nama"); asked where money comes from (`asks_source`), a word of funds ("Biaya …
        dibebankan pada Anggaran …" among an agreement's articles, in such documents too); a measure, a frequency or a count in a unit, too, only in the documents that
        name no other body than the question's (another's sentence, rejected after, would hide the right
        one's). (A count read again in sentences stating a number measured worse: written +1 answer, −2
        unanswerable declined with "Tiga", "Empat".) A measure, a frequency, a count or a source is read in
        the other passages of those documents too, when they say more than half of what the question is about
        (`_read_on`, `_says_topic`): an agreement's term may stand in its last article, a passage the search
        ranked below the first ones."""
        def told_here(hit: Hit) -> bool:  # a document of another body asked gives no answer: its sentences are not read
            return not self._names_another(question, hit, asked)

        if asked.kind in (*MEASURED, "frequency") or (asked.kind == "count" and self._unit_asked(question, asked)) \
                or asks_source(question, self.vocab):
            # "Pasal 3 / Jangka Waktu" in a passage the search ranked lower, of a document about what is asked
            self._read_on(question, hits, lambda hit: told_here(hit) and self._says_topic(question, hit))
        if asked.kind in MEASURED:
            return self._reread(question, asked, held, hits, lambda sentence: states_measure(sentence, asked.kind, self.vocab), among=told_here)
        if asked.kind == "frequency":
            return self._reread(question, asked, held, hits, lambda sentence: fits_kind(sentence, asked.kind, self.vocab), among=told_here)
        if asked.kind == "count" and (unit := self._unit_asked(question, asked)):  # "How many hours a day …"
            return self._reread(question, asked, held, hits, lambda sentence: states_unit(sentence, unit, self.vocab), among=told_here)
        if asked.kind == "place" and self._asks_where_made(question):
            signed = self.vocab.signing_pattern("signed")  # "… menandatangani … dengan B, Senin (7/12/2026), di kampus B di C"
            return self._signed_at(hits) or self._reread(question, asked, held, hits, lambda sentence: bool(signed.search(sentence)),
                                                         among=told_here)
        if asked.kind == "person" and self.vocab.signing_pattern("witness").search(question):
            witness = self.vocab.signing_pattern("witness")
            return self._reread(question, asked, held, hits, lambda sentence: bool(witness.search(sentence)))
        if self._asks_day_of_other(question):  # "… akan hadir setiap hari Jumat …"
            often, days = self.vocab.asked_pattern("frequency"), set(self.vocab.weekdays)
            return self._reread(question, asked, held, hits, lambda sentence: bool(often.search(sentence))
                                and bool(days & set(re.findall(r"\w+", sentence.lower())))) or self._weekly_day(question, asked, hits)
        if asks_source(question, self.vocab):  # "Dari mana biaya …": "Biaya … dibebankan pada Anggaran … Daerah …"
            funds = self.vocab.asked_pattern("funds")
            return self._reread(question, asked, held, hits, lambda sentence: bool(funds.search(sentence)),
                                among=lambda hit: told_here(hit) and self._says_topic(question, hit), below=True)
        return None

    def _read_on(self, question: str, hits: list[Hit], among: Callable[[Hit], bool]) -> None:
        """Adds to `hits`, after them (their indices kept), the other passages the search finds in the
        documents of `hits` that `among` accepts, READ_ON of them at most: the rest of a document read again."""
        documents = frozenset(h.chunk.doc_id for h in hits if among(h))
        if not documents:
            return
        seen = {h.chunk.id for h in hits}
        found = self.retriever.retrieve(question, top_k=READ_ON, filters=Filters(documents=documents))
        hits.extend(h for h in found if h.chunk.id not in seen)

    def _often_of_topic(self, candidates: list[Span], question: str, asked: Question, held: str, hits: list[Hit],
                        around: list[Span]) -> Span | None:
        """Asked how often and no span above the margin answers, even read alone: the reader's best span
        below it that says how often (the question's checks: a word of frequency) in a passage of a
        document told of the question's place that says more than half of what the question is about
        (`topic_units`: "pelatihan barista" of "… two sessions a week" in an English story of barista
        training). The reader, taught on Indonesian news, reads an English report's "two sessions a week"
        below its margin for "Seberapa sering …"; the words of the topic, not the margin, tell whether
        the document is the one asked about."""
        if not topic_units(question, self.vocab):
            return None
        spans = self._told_here(self._checked(candidates, question, asked, held, hits, around), question, asked, hits)
        said = {i: self._says_topic(question, hits[i]) for i in {s.passage for s in spans}}
        return next((s for s in spans if said[s.passage]), None)

    def _says_topic(self, question: str, hit: Hit) -> bool:
        """Does the passage's document say more than half of what the question is about (`topic_units`,
        in either language)? A question about nothing in particular is about any document. (Asked of
        every frequency answer, not only those below the margin, it lost eleven of the written reports'
        25: an English question's words are rarely all in an Indonesian report's glossary forms.)"""
        units = topic_units(question, self.vocab)
        return not units or units_said(units, self._document_text(hit), self.vocab) * 2 > len(units)

    def _weekly_day(self, question: str, asked: Question, hits: list[Hit]) -> Span | None:
        """Asked on which day something other than a signing happens and the reader gives no day above
        the margin: the weekday a word of frequency says ("setiap hari Kamis") in the first sentence, of
        the passages not told of another place than the question's, that says something the question is
        about (`topic_units`: "penyuluh pertanian" for "agricultural extension worker"), from the word of
        frequency on. The reader, taught on news questions of dates, reads "setiap hari Kamis" below its
        margin."""
        units, places = topic_units(question, self.vocab), self._places_asked(question, asked)
        often, day = self.vocab.asked_pattern("frequency"), self._weekday_word()
        joined = self._weekdays_joined()
        for index, hit in enumerate(hits):
            text = hit.chunk.text
            if not units or (places and self._told_elsewhere(places, self._document_text(hit))):
                continue
            for start, end in sentence_spans(text):
                said = [(m, d) for m in often.finditer(text, start, end) if (d := day.search(text, m.end(), min(end, m.end() + 12)))]
                if said and units_said(units, text[start:end], self.vocab):
                    (first, weekday), *_ = said
                    last = weekday.end()
                    while more := joined.match(text, last, end):  # "setiap hari Senin dan Kamis": both days
                        last = more.end()
                    return Span(index, first.start(), last, text[first.start() : last], 0.0, 0.0)
        return None

    def _weekday_run(self, span: Span, text: str) -> Span:
        """A span that holds a day of the week as the days its sentence joins to it ("Senin dan Kamis",
        "Monday and Thursday"), after their word of frequency ("setiap hari …"); other spans as they are."""
        start, end = sentence_around(text, span.start, span.end)
        joined = self._weekdays_joined()
        runs: list[list[int]] = []
        for found in self._weekday_word().finditer(text, start, end):
            more = joined.match(text, runs[-1][1], end) if runs else None
            if more is not None and more.end() == found.end():
                runs[-1][1] = found.end()
            else:
                runs.append([found.start(), found.end()])
        run = next(((a, b) for a, b in runs if a < span.end and span.start < b), None)
        if run is None:
            return span
        often = [m for m in self.vocab.asked_pattern("frequency").finditer(text, max(start, run[0] - 16), run[0])
                 if re.fullmatch(r"\s*(?:hari\s+)?", text[m.end() : run[0]], re.I)]
        first = often[-1].start() if often else run[0]
        return replace(span, start=first, end=run[1], text=text[first : run[1]])

    def _weekdays_joined(self) -> re.Pattern:
        """A day of the week joined to the one before ("…, Kamis", "… dan hari Kamis", "… and Thursday")."""
        return self.vocab.memo("weekday_joined", lambda v: re.compile(
            r"(?:\s*,\s*|\s+(?:" + words_alternation(v.list_words.get("joins", ())) + r")\s+)(?:hari\s+)?(?:"
            + words_alternation(list(v.weekdays)) + r")\b", re.I))

    def _weekday_word(self) -> re.Pattern:
        """A day of the week's name (weekdays.tsv), a whole word in any case."""
        return self.vocab.memo("weekday_word", lambda v: re.compile(r"\b(?:" + words_alternation(list(v.weekdays)) + r")\b", re.I))

    def _asks_day_of_other(self, question: str) -> bool:
        """Does a question ask on which day of the week something other than a signing happens ("Pada
        hari apa penyuluh hadir …?"; asked_nouns.tsv day, no signing word)? A day a signing was made is
        then no answer, and a weekday said with a word of frequency is ("setiap hari Jumat")."""
        return asks_day(question, self.vocab) and not self.vocab.signing_pattern("signed").search(question)

    def _reread(self, question: str, asked: Question, held: str, hits: list[Hit], keep: Callable[[str], bool],
                parts: bool = False, among: Callable[[Hit], bool] | None = None, below: bool = False) -> Span | None:
        """The reader's best span in the sentences of the passages read that `keep` accepts, each read
        alone, above the margin and through the same checks; or None. With `parts`, when no sentence
        gives one, each sentence's coordinated parts are read alone (`_parts`: "Kepala A, Nama, bersama
        Kepala B, Nama": the reader takes the first signer of the whole). With `among`, only the passages
        it accepts are read (those whose document names the body asked of: `_holder` keeps no other). With
        `below`, spans below the margin count too (a question form the reader never learnt, asked of
        documents `among` accepts by what they say)."""
        sentences = [(index, start, end) for index, hit in enumerate(hits) if among is None or among(hit)
                     for start, end in sentence_spans(hit.chunk.text)]
        best = self._reread_pieces(question, asked, held, hits, [(i, a, b) for i, a, b in sentences if keep(hits[i].chunk.text[a:b])],
                                   below)
        if best is not None or not parts:
            return best
        pieces = [(i, a, b) for i, start, end in sentences for a, b in self._parts(hits[i].chunk.text, start, end)]
        return self._reread_pieces(question, asked, held, hits, [(i, a, b) for i, a, b in pieces if keep(hits[i].chunk.text[a:b])],
                                   below)

    def _reread_pieces(self, question: str, asked: Question, held: str, hits: list[Hit],
                       found: list[tuple[int, int, int]], below: bool = False) -> Span | None:
        """The reader's best span in the pieces `found` (passage index, start, end), each read alone,
        ranked as the passages' spans are (`_ranked`: a lower-ranked passage's span pays RANK_WEIGHT)."""
        if not found:
            return None
        read = self._read(question, [(hits[i], hits[i].chunk.text[a:b]) for i, a, b in found], asked.language, top_k=20, recase=True,
                          roles=asked.kind == "person")
        spans = _ranked([replace(s, passage=found[s.passage][0], start=found[s.passage][1] + s.start, end=found[s.passage][1] + s.end)
                         for s in read if below or s.margin > self.margin], question)  # the search's rank counts here too
        checked = self._told_here(self._checked(spans, question, asked, held, hits, spans), question, asked, hits)
        best = self._holder(checked, question, asked, held, hits) if checked else None
        # shown, as a span of the passages' reading is (`_shaped`), with the words the reader nearly took with it
        return _widened(best, spans, hits[best.passage].chunk.text, hits) if best in spans else best

    def _naming_body(self, held: str) -> Callable[[Hit], bool]:
        """Does a passage's document name the body a question asks about (`_names_body`)?"""
        units = self._body_units(held)
        return lambda hit: self._names_body(hit, units)

    def _body_units(self, held: str) -> list[set[str]]:
        """The units of the body a question asks about, without the role asked of it (`held_body`)."""
        return phrase_units(held_body(held, self.vocab), self.vocab)

    def _names_body(self, hit: Hit, units: list[set[str]]) -> bool:
        """Does the passage's document name a body: more than half of the units of its name that are no
        kind of body (organisations.tsv heads: "Universitas Dehasen Raya" is not named by "Universitas
        Udayana Raya", "Diponegoro University" not by "the university"), or, when all are, at least half
        of them; or its head's role ("Wali Kota A")?"""
        document = self._document_text(hit)
        heads = self.vocab.memo("organisation_head_forms", lambda v: {" ".join(tokenize(h)) for h in v.organisation_heads}
                                | {" ".join(tokenize(f)) for h in v.organisation_heads for f in v.glossary.expand(h)})
        own = [u for u in units if not u & heads]
        said = max(units_said(own or units, document, self.vocab), units_said(own or units, as_bodies(document, self.vocab), self.vocab))
        return said * 2 > len(own) if own else said * 2 >= len(units)

    def _parts(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """A sentence's parts between the words that join two signers or two clauses ("…, Nama, bersama
        Kepala B, Nama."; signing_words.tsv names, list_words.tsv clause); none for a sentence of one part."""
        joins = self.vocab.memo("signer_joins", lambda v: re.compile(r"\s(?:" + words_alternation(
            [*v.signing_words.get("names", ()), *v.list_words.get("clause", ())]) + r")\s", re.I))
        cuts = [start] + [m.end() for m in joins.finditer(text, start, end)] + [end]
        return [(a, b) for a, b in zip(cuts, cuts[1:]) if (start, end) != (a, b) and text[a:b].strip()]

    def _told_here(self, spans: list[Span], question: str, asked: Question, hits: list[Hit]) -> list[Span]:
        """The spans less those of documents told of another place than the one asked ("… the prison of
        town A …": not a story told only of town B; `_places_asked`)."""
        if not spans or not (places := self._places_asked(question, asked)):
            return spans
        elsewhere = {i: self._told_elsewhere(places, self._document_text(hits[i])) for i in {s.passage for s in spans}}
        return [s for s in spans if not elsewhere[s.passage]]

    def _named_here(self, spans: list[Span], question: str, asked: Question, hits: list[Hit]) -> list[Span]:
        """The spans less those of documents that never name a body the question names with its town
        (`_names_another`: "LPP Martapura" asked, a story of LPKA Martapura ranked first)."""
        another = {i: self._names_another(question, hits[i], asked) for i in {s.passage for s in spans}}
        return [s for s in spans if not another[s.passage]]

    def _holder_asked(self, question: str, asked: Question, held: str) -> bool:
        """Does a person question ask who holds a role or body `held` ("Siapa Rektor X?"), not who acts for it?"""
        return bool(held) and asked.kind == "person" and not acts_for(question, self.vocab)

    def _holder(self, spans: list[Span], question: str, asked: Question, held: str, hits: list[Hit]) -> Span | None:
        """The best span; asked who acts for or holds a role or body ("Siapa yang meneken atas nama
        X?"), the one whose clause names it best (a clause that refers back to the body by its head word,
        "the director of the polytechnic", refers to the one its own report names: not another's) — None
        (a decline) when that one heads another unit or, asked the holder, only stands in for them
        ("diwakili"). When some spans name a person to the entity tagger, those that do not ("UPTD A" read
        before "NAMA, Kepala UPTD A") are no answer."""
        if not held or asked.kind != "person":
            return spans[0]
        spans = self._people_first(spans, hits)
        units = self._body_units(held)
        naming = {i: self._names_body(hits[i], units) for i in {s.passage for s in spans}}
        spans = [s for s in spans if naming[s.passage]] or spans  # "… for the Bunga A studio?": its report's spans first
        spans = [s for s in spans if not (refers_back(held, person_clause(hits[s.passage].chunk.text, s, self.vocab), self.vocab)
                                          and not self._names_body(hits[s.passage], units))]  # "the polytechnic" of another report
        if not spans:
            return None
        best = _acting_for(spans, hits, held, self.vocab) or spans[0]
        text = hits[best.passage].chunk.text
        if self._holder_asked(question, asked, held) and hits[best.passage].chunk.language == asked.language \
                and not naming[best.passage] and refers_back(held, person_clause(text, best, self.vocab), self.vocab):
            # a wide span's other name: "…, and the group's chairman, [Nama]" of another group's story (in the
            # question's language: a report in the other may name the body by words `_names_body` does not know)
            return None
        if acts_for(question, self.vocab) and self._says_acting_for(held, text, best):
            return best  # "NAMA, Kepala Dinas A, … bertindak untuk dan atas nama Pemerintah Kota B"
        if heads_another(held, text, self._judged(best, text), self.vocab) or (self._holder_asked(question, asked, held) and stands_in(text, best, self.vocab)):
            return None
        return best

    def _judged(self, span: Span, text: str) -> Span:
        """The name a person span is judged by: the one it opens with (`_named_first`), or, when that
        names no person to the entity tagger ("Bupati A serta Kepala Kanwil B, Nama"), the last person
        the tagger finds in the span."""
        first = _named_first(span, text)
        if self.entities is None or self._a_person(first, text):
            return first
        people = [(a, b) for a, b in self._people_at(span, text) if span.start <= a and b <= span.end]
        if not people:
            return first
        a, b = people[-1]
        return replace(span, start=a, end=b, text=text[a:b])

    def _counted_first(self, spans: list[Span], question: str, hits: list[Hit]) -> list[Span]:
        """Asked how many of a noun ("Berapa warga binaan …"), the best span's passage's first span whose
        number is followed by that noun ("15 (lima belas) warga binaan"), ahead of the best span when its
        own number is not ("dua orang guru"): the count of another thing in the same passage."""
        nouns = counted_noun(question, self.vocab)

        def counts_noun(span: Span) -> bool:
            return counts_first(hits[span.passage].chunk.text, span, nouns, self.vocab)

        if not nouns or not spans or counts_noun(spans[0]):
            return spans
        same = [s for s in spans if s.passage == spans[0].passage and counts_noun(s)]
        return [same[0], *(s for s in spans if s is not same[0])] if same else spans

    def _people_first(self, spans: list[Span], hits: list[Hit]) -> list[Span]:
        """The spans in which the entity tagger finds a person, when there are any; else all of them."""
        return [s for s in spans if self._a_person(s, hits[s.passage].chunk.text)] or spans

    def _says_acting_for(self, held: str, text: str, span: Span) -> bool:
        """Does the span's sentence, after it, say its person acts for the body `held` ("…, dalam hal ini
        bertindak untuk dan atas nama Pemerintah Kota A", "… on behalf of the city government"; the
        words of asked_nouns.tsv acts for), by any of its names? Then the role named between (the
        head of one of its offices) is no other body's."""
        _, end = sentence_around(text, span.start, span.end)
        rest = text[span.end : end]
        forms = name_forms(held, self.vocab.glossary)
        return any(normalise_name(rest[m.end() :]).startswith(form) for m in self.vocab.asked_pattern("acts for").finditer(rest)
                   for form in forms)

    def _chosen(self, best: Span, spans: list[Span], question: str, standalone: str, asked: Question, hits: list[Hit]) -> list[Span]:
        """What the answer leads with: the best span; for a list question the list it is an item of and
        the other spans nearly as good; for a question asking several things, a span for each."""
        if asked.kind == "list":
            text = hits[best.passage].chunk.text
            whole = _enumeration(text, best, self.vocab) or _elaborated(text, best, self.vocab) or best
            return [whole] + [s for s in spans[1:] if _ranking(s) >= _ranking(best) - LIST_GAP]
        if standalone == question and len(parts := question_parts(question, self.vocab)) > 1:
            return self._each_part(parts, hits, best, asked.language)  # "Berapa A, dan berapa B?"
        return [best]

    def _each_part(self, parts: list[str], hits: list[Hit], best: Span, language: str) -> list[Span]:
        """A span for each part of a question that asks several things, read over the passages of the
        document the whole question's best span came from (the parts ask about one event: "Bank apa …,
        dan apa perannya?" asks the role of that bank, not of another story's body): the first part's
        best span above the calibrated margin (else the whole question's), each later part's best span
        that beats "no answer" and overlaps no span chosen before (and, asked "how many", states a
        number: a later part has no calibration of its own to decline a noun with); a part asking a
        measure ("berapa luas …") is answered with its unit, as a whole question is."""
        own = [i for i, h in enumerate(hits) if h.chunk.doc_id == hits[best.passage].chunk.doc_id]
        chosen: list[Span] = []
        for index, part in enumerate(parts):
            floor = self.margin if index == 0 else PART_MARGIN
            kind = answer_kind(part, self.vocab)
            read = [replace(s, passage=own[s.passage]) for s in self._read(part, [(hits[i], hits[i].chunk.text) for i in own], language, top_k=10)]
            found = next((s for s in _ranked(read, part)
                          if s.margin > floor and not any(_overlap(s, c, hits) for c in chosen)
                          and (kind not in MEASURED or fits_kind(s.text, kind, self.vocab))
                          and (index == 0 or kind != "count" or states_number(s.text, self.vocab))), None)
            if found is None and index == 0:
                found = best
            if found is not None:
                chosen.append(found)
        return chosen

    def _time(self, question: str, around: list[Span], hits: list[Hit], asked: Question, standalone: str) -> Answer:
        """A time of day ("Pukul berapa …", "What time …"): the time stated in the sentence the reader's
        best-ranked spans fall in, nearest to the span, when that sentence shares TIME_SHARED words or
        more with the question (and its glossary forms); when no such sentence holds a span, the first time
        of the sentence of the passages read that shares the most such words (an English question's
        spans may all be dates: "At what time …" reads like "when"); else a decline. FacQA asks for a time
        once in 2,495 questions, so the reader never learnt to take one; it still finds where the event is told."""
        wanted = set(tokenize(" ".join([question, *self.vocab.glossary.expand(question)])))

        def shared(text: str, start: int, end: int) -> int:
            return len(wanted & set(tokenize(text[start:end])))

        spans = [(span, *sentence_around(hits[span.passage].chunk.text, span.start, span.end)) for span in _ranked(around, question)]
        stating = [(span, start, end) for span, start, end in spans if find_times(hits[span.passage].chunk.text[start:end], self.vocab)
                   and shared(hits[span.passage].chunk.text, start, end) >= TIME_SHARED]
        if not stating:  # every sentence of the passages read that states a time, most words shared first
            stating = self._time_sentences(hits, shared)
        if not stating:
            return self._decline(asked, hits, standalone, around[0].margin if around else None)
        span, start, end = stating[0]
        text = hits[span.passage].chunk.text
        near = min(find_times(text[start:end], self.vocab), key=lambda t: abs(start + t.start - span.end))
        a, b = start + (near.hour if asked.language == "en" else near.start), start + near.end  # "09.30 WIB" in English
        found = Span(span.passage, a, b, text[a:b], span.score, span.no_answer)
        answer = self._compose([found], hits, asked, standalone)
        answer.confidence = span.margin if span.text else around[0].margin if around else None
        return answer

    def _time_sentences(self, hits: list[Hit], shared: Callable[[str, int, int], int]) -> list[tuple[Span, int, int]]:
        """The sentences of the passages read that state a time and share TIME_SHARED words or more with
        the question (`shared`), most shared first, each as a placeholder span (no text) and its bounds."""
        sentences = [(Span(i, start, start, "", 0.0, 0.0), start, end) for i, hit in enumerate(hits)
                     for start, end in sentence_spans(hit.chunk.text) if find_times(hit.chunk.text[start:end], self.vocab)]
        return sorted((c for c in sentences if shared(hits[c[0].passage].chunk.text, c[1], c[2]) >= TIME_SHARED),
                      key=lambda c: -shared(hits[c[0].passage].chunk.text, c[1], c[2]))

    def _asks_name(self, question: str) -> bool:
        """Does a person question ask for a name in so many words ("Siapa nama …", "What is the name of
        …"; asked_nouns.tsv name of holder)? A role that names no one (neither to the entity tagger nor
        to `names_someone`: no capitalised word of a name) is then no answer."""
        return bool(self.vocab.asked_pattern("name of holder").match(without_kah(question, self.vocab).lstrip()))

    def _asks_signer(self, question: str) -> bool:
        """Does a person question ask who signed ("Siapa yang meneken …", "Who signed …"), not who witnessed?"""
        return bool(self.vocab.signing_pattern("signed").search(question)) and not self.vocab.signing_pattern("witness").search(question)

    def _no_signing_told(self, asked: Question, question: str, hit: Hit) -> bool:
        """Does a question ask when something was signed ("Kapan Lapas A meneken PKS dengan B?"), or
        who signed it, of a document that reports no signing made, only one planned or explored
        ("menjajaki kerja sama"), or none at all (a harvest)? Then its dates and people are of something
        else, and the answer is a decline. Asked anything else about a signing, so is a report of one
        only planned or denied."""
        dated = asked.kind in ("date", "year") or (asked.kind == "person" and self._asks_signer(question))
        if (asked.kind == "person" and not dated) or not self.vocab.signing_pattern("signed").search(question):
            return False
        document = self.documents.get(hit.chunk.doc_id)
        if document is None:
            return False
        statements = signing_statements(document.text, sentence_spans(document.text), self.vocab,
                                        agreement_document=document.kind == "agreement")
        # Asked what was signed ("Which agreement did A sign …?"), a report that tells of a signing only
        # planned or denied ("… but no agreement was signed") answers nothing; one that tells of none in
        # the words of agreements (a declaration signed by heads of state) is left to the reader.
        return not any(st.status == SIGNED for st in statements) and (dated or bool(statements))

    def _partner_signing_not_made(self, asked: Question, question: str, hit: Hit) -> bool:
        """Asked when a unit signed with a partner it names, does the answer's document tell of a signing
        with that partner only as planned, put off or denied ("Kesepakatan serupa dengan Pemerintah Kota
        A akan diteken tahun depan")? Then no date of it answers: its dates are of other signings."""
        partners = self._partners_asked(question, asked) if asked.kind in ("date", "year") else []
        document = self.documents.get(hit.chunk.doc_id) if partners else None
        if document is None:
            return False
        forms = {form for name in partners for form in name_forms(name, self.vocab.glossary)}
        statements = signing_statements(document.text, sentence_spans(document.text), self.vocab,
                                        agreement_document=document.kind == "agreement")
        naming = [st for st in statements if any(set(form.split()) <= set(normalise_name(document.text[st.start : st.end]).split()) for form in forms)]
        return bool(naming) and all(st.status != SIGNED for st in naming)

    def _names_another(self, question: str, hit: Hit, asked: Question) -> bool:
        """Does the question name an organisation with its town ("Dinas Pendidikan Kota Contoh") that
        the answer's document never names? Then the document is about another one, and its span is
        no answer; so is a correctional unit named with its town, two words or more, that its document
        never names ("Rutan A" of a story of Lapas A; "Lapas B" of one that never names B; other
        bodies of two words are not checked: "Polda Kaltim" of a passage that says only "polisi").
        Names without a town are not checked (their forms vary: "Polda Kaltim"), except a company's or a
        bank's of three words or more ("PT Contoh Jaya Abadi", "Bank Contoh Sejahtera": its own name) and in a question about a signing
        ("Kapan Lapas A meneken PKS dengan Universitas B?", "Dengan siapa Universitas B
        menandatangani …?"): a document that never names that party reports other signings. A name
        is named by any of its forms, or by all of its words in one sentence: with a class between
        ("Rumah Tahanan Negara Kelas IIB A" names "Rutan A") or the town told apart ("Pemerintah
        Kabupaten A melalui Dinas B" names "Dinas B A"). A question about a signing that names a place
        is not answered from a document that names places, none of them that one or in its province;
        nor is a question about a correctional unit or a role's holder that names its place ("Who heads
        the Semarang probation office?" of a story told only of another town's; `_places_asked`). A unit's
        town is named by the town itself, not by its province; an English question names a unit by its
        town before the unit's English name ("the Contoh probation office", `_english_units`)."""
        if self._told_elsewhere(self._places_asked(question, asked), self._document_text(hit)):
            return True  # "When will the NTT office sign …?" of a story told only of Denpasar
        if self._kind_never_named(question, self._document_text(hit)):
            return True  # "… agreement with the clinic" of a story that names no clinic
        if unit_never_named(question, self._document_text(hit), self.vocab):
            return True  # "the Manna detention centre" of a story that never names Manna
        if self._holder_of_body(question, asked) and body_never_named(question, self._document_text(hit), self.vocab):
            return True  # "Siapa ketua Koperasi Petani Karet A?" of a story of "the B Rubber Farmers' Cooperative"
        places = self.vocab.gazetteer.mentions(question)
        found = [m for m in organisations(question, self.vocab) if len(m.name.split()) >= 2]
        placed = [(m.name, p) for m in found for p in places if p.end == m.end]
        named = [name for name, _ in placed if len(name.split()) >= 3 or self.vocab.unit_types(name)]
        named += [m.name for m in found if m.kind in ("company", "bank") and len(m.name.split()) >= 3 and m.name not in named]
        named += [name for name in self._partners_asked(question, asked) if name not in named]
        english_units = self._english_units(question, places)  # "the Contoh probation office"
        if not placed and not named and not english_units:
            return False
        raw = self._document_text(hit)
        units = [place for name, place in placed if self.vocab.unit_types(name)] + [place for _, place in english_units]
        if units and not self._names_towns(units, self.vocab.gazetteer.mentions(raw)):
            return True  # "Lapas Bitung" of a document that never names Bitung
        if not named:
            return False
        text = " " + normalise_name(raw) + " "
        # A report written in English names "Kementerian Koperasi" as "the Ministry of Cooperatives":
        # its sentences' words count with their glossary forms.
        english = hit.chunk.language == "en"
        # … and a sentence names "Kanwil Ditjenpas A" with its abbreviations spelled out on either side
        # ("Kantor Wilayah Ditjenpas A").
        sentences = [set(normalise_name(raw[a:b] + (" " + " ".join(self.vocab.glossary.expand(raw[a:b])) if english else "")).split())
                     | set(spelled_out(raw[a:b], self.vocab.glossary).split()) for a, b in sentence_spans(raw)]

        if english:  # … and a borrowed word by its spelling in the other language ("Energi" is "Energy")
            sentences = [words | {_cognate(w) for w in words} for words in sentences]

        def names(name: str) -> bool:
            forms = spelled_forms(name_forms(name, self.vocab.glossary), self.vocab)
            return any(f" {form} " in text for form in forms) or any(set(form.split()) <= words for form in forms for words in sentences) \
                or (english and any({_cognate(w) for w in form.split()} <= words for form in forms for words in sentences))

        return not all(names(name) for name in named)

    def _holder_of_body(self, question: str, asked: Question) -> bool:
        """Does the question ask who holds a role of a body ("Siapa ketua Koperasi A?", "Who heads the A
        Foundation?")? Its answer is told by a story that names the body: one that never says its own words
        is of another (`body_never_named`). (Asked of every question, a news story that names its body only
        before the passage read, or by a province's abbreviation, "Polda Kaltim", lost FacQA answers.)"""
        return asked.kind == "person" and bool(acting_for(question, self.vocab))

    def _kind_never_named(self, question: str, document: str) -> bool:
        """Asked about an agreement or a signing with a partner named by its kind alone ("… the agreement
        with the clinic"; `partner_kind_named`, no town; or an organisations.tsv head word in lower case, "…
        dengan fakultas psikologi"), does the document name no body of that kind,
        in any glossary form of either language ("klinik", "clinic")? Then it tells another agreement."""
        if not self.vocab.signing_pattern("signed", "agreement").search(question):
            return False
        kinds = partner_kind_named(question, self.vocab, towns=False)
        kind = re.search(r"\b(?:with|dengan)\s+([a-z]\w*)", question)  # "… dengan fakultas psikologi": a kind in lower case
        if not kinds and kind and kind.group(1).capitalize() in self.vocab.organisation_heads:
            kinds = [kind.group(1)]
        if not kinds:
            return False
        entries = [(term, said) for term, said in self.vocab.glossary.entries.items()  # "clinic", "pemkot"
                   if any(form in kinds or form.split()[0] in kinds for form in said)]
        # … and each of their other forms ("religious affairs office": "kemenag", "kantor kementerian agama")
        forms = set(kinds) | {term for term, _ in entries} | {form for _, said in entries for form in said}
        said = self.vocab.memo("kind forms " + "|".join(sorted(forms)), lambda v: re.compile(
            r"\b(?:" + words_alternation(sorted(forms)) + r")\b", re.I))
        return not said.search(document)

    def _english_units(self, question: str, places: list[PlaceMention]) -> list[tuple[str, PlaceMention]]:
        """The correctional units an English question names by their town before a unit's English
        name ("the Contoh probation office", "Contoh prison's"), as (name, place)."""
        forms = self.vocab.unit_forms_pattern()
        units = []
        for place in places:
            found = re.match(r"\s+(" + forms.pattern + ")", question[place.end :], forms.flags)
            if found:
                units.append((question[place.start : place.end + found.end()], place))
        return units

    def _about_another_topic(self, question: str, hit: Hit, asked: Question) -> bool:
        """Does a question about a signing say what its agreement is about, after the agreement's name and
        a word that introduces its subject ("the agreement for the veterans' lunch at …", "perjanjian
        tentang …"; asked_nouns.tsv agreement about, agreement about ends), in words its answer's
        document, written in the question's language, never says (`checks.topic_units`: less the frame,
        places and numbers)? Then the document tells of other signings. A document in the other language
        is not checked: its words for the subject are others."""
        if not self.vocab.signing_pattern("signed").search(question):
            return False
        raw = self._document_text(hit)
        if asked.kind in ("date", "year") and (told := topic_units(question, self.vocab)):
            if units_said(told, without_plans(raw, self.vocab), self.vocab) < units_said(told, raw, self.vocab):
                return True  # "Kapan A meneken kerja sama tanaman B?" of a story that only plans B
        subject = self.vocab.memo("agreement_about", _agreement_about).search(question)
        units = topic_units(subject.group("subject"), self.vocab) if subject else []
        if not units or detect_language(raw, "id") != asked.language:
            return False
        return units_said(units, raw, self.vocab) == 0

    def _places_asked(self, question: str, asked: Question) -> list:
        """The places a question about a signing, a correctional unit, the people in a unit's care, who
        holds a role or a body named with its place names (gazetteer mentions: "Who heads the Maluku
        Provincial Fisheries Office?", "How many … did the Samosir fisheries office hand over?")."""
        places = self.vocab.gazetteer.mentions(question)
        if places and (self.vocab.signing_pattern("signed").search(question) or self._correctional_asked(question)
                       or self.vocab.asked_pattern("wards").search(question)  # "the Contoh detainees"
                       or self._holder_asked(question, asked, acting_for(question, self.vocab))
                       or self._office_of_place(question, places)):
            return places
        return []

    def _office_of_place(self, question: str, places: list) -> bool:
        """Does a question name a government body by its place: an organisation whose name holds the place
        ("Dinas Perikanan Kabupaten Samosir"), or a place followed within three words by an English office
        word ("the Samosir fisheries office"; name_words.tsv office)?"""
        office = self.vocab.memo("english_office_after_place", lambda v: re.compile(
            r"^(?:\s+[\w'-]+){0,3}?\s+(?:" + words_alternation(word_groups("name_words.tsv", v.folder).get("office", ())) + r")\b", re.I))
        named = organisations(question, self.vocab)
        return any(office.match(question[p.end :]) or any(m.start <= p.start and p.end <= m.end and not m.correctional for m in named)
                   for p in places)

    def _unit_towns(self, question: str, places: list[PlaceMention]) -> list[PlaceMention]:
        """The towns of the correctional units a question names with them ("Lapas A", "the A prison")."""
        units = [p for m in organisations(question, self.vocab) if m.correctional for p in places if m.start <= p.start and p.end <= m.end]
        return units + [p for _, p in self._english_units(question, places) if p not in units]

    def _names_towns(self, towns: list[PlaceMention], told) -> bool:
        """Do a document's places (`told`) name each of `towns`? A unit's town is named by the town, not by
        its province ("South Kalimantan" does not name "Bapas A")."""
        provinces = self.vocab.gazetteer.province_forms
        return all(any(same_place(town, m, self.vocab) and (m.place.lower() not in provinces or town.place.lower() in provinces)
                       for m in told) for town in towns)

    def _told_elsewhere(self, places: list, document: str) -> bool:
        """Does a document name places, none of them one of `places` or in its province?"""
        return bool(places) and self._elsewhere(places, self.vocab.gazetteer.mentions(document))

    def _elsewhere(self, places: list, told) -> bool:
        return bool(told) and not any(same_place(p, m, self.vocab) for p in places for m in told)

    def _places_told(self) -> dict[str, tuple[PlaceMention, ...]]:
        """Each document's places (`Gazetteer.mentions`), read once per index generation (every ingest
        that changes the index sets a new one)."""
        generation = self.retriever.generation()
        kept, told = self._told
        if kept != generation or generation is None:
            told = {}
            for doc_id in sorted(self.documents.ids()):
                if (document := self.documents.get(doc_id)) is not None:
                    told[doc_id] = tuple(self.vocab.gazetteer.mentions(document.text))
            self._told = (generation, told)
        return told

    def _correctional_asked(self, question: str) -> bool:
        """Does a question name a correctional unit, in its words or a glossary form of them ("probation
        office" → "bapas"; asked_nouns.tsv correctional)?"""
        said = self.vocab.asked_pattern("correctional")
        return bool(said.search(question)) or any(said.search(form) for form in self.vocab.glossary.expand(question))

    def _partners_asked(self, question: str, asked: Question) -> list[str]:
        """The bodies other than the correctional side an Indonesian question about a signing names
        (its partners). An English question names them in English, which an Indonesian document
        does not ("Diponegoro University"): only a partner named by a kind the glossary says in two
        words or more is checked ("with the district court" → "pengadilan negeri"; `partner_kind_named`;
        one word, "koperasi", "pt", tells no partner from another of its kind)."""
        if not self.vocab.signing_pattern("signed").search(question):
            return []
        if asked.language != "id":
            return partner_kind_named(question, self.vocab, kind_words=2)
        return [m.name for m in organisations(question, self.vocab)
                if len(m.name.split()) >= 2 and not m.correctional and not self.vocab.unit_types(m.name)]

    def _retrieve(self, question: str, filters: Filters | None, asked: Question) -> list[Hit]:
        """The passages to read. A question that tells its event by a count of parties or by a day
        ("… dengan tujuh mitra?", "… pada 2 Oktober?") reads the best passages of documents that do
        not tell of another event (`counts_another`, `dates_another`), searched DEEPER times as deep.
        A question naming a place (`_places_asked`) whose first passages are all of reports told of
        other places (`_told_elsewhere`: an English question's words drew English releases of other
        towns) searches again among the reports that are not (a filter on documents, however many
        reports of other places rank first). (Searching past
        every such passage, even when one found first is told of the place, read weaker passages that
        answered three unanswerable written questions.)"""
        counted, days = asked_counts(question, self.vocab), asked_days(question, self.vocab)
        if not counted and not days:
            hits = self.retriever.retrieve(question, top_k=self.passages, filters=filters)
            places = self._places_asked(question, asked) if hits else []
            if places and all(self._told_elsewhere(places, self._document_text(h)) for h in hits):
                return self._search_among(question, frozenset(d for d, told in self._places_told().items()
                                                              if not self._elsewhere(places, told)), filters, hits)
            towns = self._unit_towns(question, places) if places else []
            if towns and not any(self._names_towns(towns, self.vocab.gazetteer.mentions(self._document_text(h))) for h in hits):
                # "the A prison", its first passages all of reports of other towns (of its province, perhaps): search
                # again among the reports that name A
                if allowed := frozenset(d for d, told in self._places_told().items() if self._names_towns(towns, told)):
                    return self._search_among(question, allowed, filters, hits)
            units = unlisted_units(question, self.vocab) if hits and not places else []
            if units and all(unit_never_named(question, self._document_text(h), self.vocab) for h in hits):
                # "the A prison" of a town no list holds, its first passages all of reports that never name A:
                # search again among the documents that do
                self.retriever.generation()
                if allowed := frozenset(set.intersection(*(self.retriever.keywords.documents_with(tokenize(" ".join(own))) for own in units))):
                    return self._search_among(question, allowed, filters, hits)
            bodies = bodies_own_words(question, self.vocab) if hits and self._holder_of_body(question, asked) else []
            if bodies and all(body_never_named(question, self._document_text(h), self.vocab) for h in hits):
                # "Koperasi Petani Karet A", its first passages all of stories of other cooperatives: search again
                # among the documents that say one of its own words
                self.retriever.generation()
                keywords = self.retriever.keywords
                if allowed := frozenset(set.intersection(*(set().union(*(keywords.documents_with(tokenize(w)) for w in own))
                                                           for own in bodies))):
                    return self._search_among(question, allowed, filters, hits)
            return hits
        found = self.retriever.retrieve(question, top_k=self.passages * DEEPER, filters=filters)
        texts = {h.chunk.doc_id: self._document_text(h) for h in found}
        told = {doc_id: days_told(text, self.vocab) for doc_id, text in texts.items()}
        kept = [h for h in found if not counts_another(counted, texts[h.chunk.doc_id], self.vocab)
                and not dates_another(days, told[h.chunk.doc_id])]
        kept.sort(key=lambda h: not days & told[h.chunk.doc_id])  # those stating the asked day first
        return (kept or found)[: self.passages]

    def _search_among(self, question: str, allowed: frozenset[str], filters: Filters | None, hits: list[Hit]) -> list[Hit]:
        """The passages the search finds again among the documents `allowed` (and the filters'), or `hits`
        when it finds none there."""
        if filters is not None and filters.documents is not None:
            allowed &= filters.documents
        return self.retriever.retrieve(question, top_k=self.passages, filters=replace(filters or Filters(), documents=allowed)) or hits

    def _under_discussion(self, hits: list[Hit], question: str, history: list[str] | None, filters: Filters | None) -> list[Hit]:
        """A follow-up ("Di mana penandatanganan itu berlangsung?") reads the document the previous
        question was answered from, when the search found passages of it."""
        previous = [h for h in (history or []) if h.strip()]
        if not previous or not is_followup(question, self.vocab):
            return hits
        before = self.retriever.retrieve(previous[-1], top_k=1, filters=filters)
        if not before:
            return hits
        doc_id = before[0].chunk.doc_id
        same = [h for h in hits if h.chunk.doc_id == doc_id]
        if not same:
            same = [h for h in self.retriever.retrieve(question, top_k=self.passages * 3, filters=filters) if h.chunk.doc_id == doc_id]
        return same or hits

    def _compose(self, spans: list[Span], hits: list[Hit], asked: Question, standalone: str) -> Answer:
        """The span(s) first, each with its marker, then the sentences that hold them (an English answer
        says when one of them is quoted from Indonesian)."""
        builder = CitationBuilder(self.documents)
        english = asked.language == "en"
        values, quotes, indonesian = [], [], False
        for span in spans:
            hit = hits[span.passage]
            start, end = sentence_around(hit.chunk.text, span.start, span.end)
            marker = builder.cite(hit.chunk, hit.chunk.start + start, hit.chunk.start + end)
            if marker is None:
                continue
            values.append(f"{self._shown(span.text, hit.chunk.text, asked)} [{marker}]")
            quote = hit.chunk.text[start:end]
            indonesian = indonesian or detect_language(quote, "id") == "id"
            line = f"“{quote}” [{marker}]" if english else f"{quote} [{marker}]"
            if line not in quotes:
                quotes.append(line)
        if not values:
            return self._decline(asked, hits, standalone)
        text = ", ".join(values) + "\n" + " ".join(quotes)
        if english and indonesian:
            text += "\n(Quoted from the Indonesian source.)"
        return Answer(text=text, citations=builder.citations, language=asked.language, question=standalone, hits=hits)

    def _shown(self, value: str, passage: str, asked: Question) -> str:
        """The span as the lead shows it: an English answer's date in English (with its qualifier:
        "since 12 May 2025"), an Indonesian name with a short English gloss."""
        value = " ".join(value.split()).strip(" ,;:")  # a span over several lines leads on one
        if (marker := ITEM_MARKER_RE.match(value)) and value[marker.end() :].strip():
            value = value[marker.end() :]  # "1. AGUNG SUPRIYANTO, Kepala …": the list's number is not the answer's
        if value.endswith(")."):  # the sentence's full stop after a bracket is not the answer's
            value = value[:-1]
        if value.startswith("(") and value.endswith(")") and value.count("(") == 1 and value.count(")") == 1:
            value = value[1:-1].strip()  # "(20/11/2025)" leads as "20/11/2025"
        if asked.language != "en":
            return value
        qualifier, date = split_qualifier(value, self.vocab)  # "sejak 12 Mei 2025" → "since 12 May 2025"
        year = infer_year(passage, self.vocab)
        mention = next(iter(find_dates(date, self.vocab, year)), None)
        if mention is None and asked.kind == "date" and re.fullmatch(r"\d{1,2}/\d{1,2}", date):
            bracketed = next(iter(find_dates(f"({date})", self.vocab, year)), None)  # "2/10", as a story writes "(2/10)"
            mention = replace(bracketed, start=0, end=len(date)) if bracketed else None
        if mention is not None and mention.iso and _is_whole_date(date, mention, self.vocab):
            stated_day = len(mention.iso) == 10 and states_weekday(mention.as_stated, mention.iso, self.vocab)
            date = format_date(mention.iso, self.vocab, "en", weekday=stated_day)  # "Sabtu (13/9/2025)" keeps its day
            return f"{self.vocab.qualifier_in_english(qualifier)} {date}" if qualifier else date
        if mention is not None and mention.month_day and _is_whole_date(date, mention, self.vocab):
            month, day = (int(x) for x in mention.month_day.split("-"))  # "Kamis (2/10)": no year anywhere
            date = f"{day} {self.vocab.month_names['en'][month]} (year not stated)"
            return f"{self.vocab.qualifier_in_english(qualifier)} {date}" if qualifier else date
        gloss = self.vocab.glossary.gloss(value)
        asking = self.vocab.memo("english_cues", lambda v: frozenset(c.phrase for c in v.question_cues if c.language == "en"))
        if gloss.lower() in asking:  # "Sebanyak 60 mahasiswa" opens with a count's word, not a name's kind
            return value
        return f"{value} ({gloss})" if gloss and gloss.lower() not in value.lower() else value

    def _decline(self, question: Question, hits: list[Hit], standalone: str, confidence: float | None = None) -> Answer:
        return Answer(text=decline_text(question), citations=[], language=question.language, abstained=True,
                      question=standalone, related=hits[:3], hits=hits, confidence=confidence)


def _agreement_about(vocab: Vocabulary) -> re.Pattern:
    """An agreement's name, a word that introduces its subject, and the subject up to a word that ends it."""
    about, ends = (words_alternation(vocab.asked_nouns.get(c, ())) for c in ("agreement about", "agreement about ends"))
    return re.compile(vocab.signing_pattern("agreement").pattern + r"\s+(?:" + about + r")\s+(?P<subject>.+?)(?=\s+(?:"
                      + ends + r")\b|[?.,;]|$)", re.I)


def _is_whole_date(value: str, mention: DateMention, vocab: Vocabulary) -> bool:
    """Is `value` the date `mention` and nothing else, but for the words that announce a date's day,
    month or year ("tanggal 1 Maret 2026", "tahun 2025") and a closing mark or two?"""
    before = vocab.date_part_pattern().sub("", value[: mention.start])
    return not before.strip() and len(value) - mention.end <= 2


def _ranked(spans: list[Span], question: str) -> list[Span]:
    """Spans best first, a lower-ranked passage's span paying RANK_WEIGHT per rank; spans that only
    repeat the question's own words, or run across a paragraph's or a listed item's end (a headline
    into its story, "a. …;" into "b. …"), are no answer."""
    return sorted((s for s in spans if not _restates_question(s.text, question) and not _PARAGRAPH_END_RE.search(s.text)),
                  key=lambda s: -_ranking(s))


def _lasts_until(span: Span, text: str, vocab: Vocabulary) -> bool:
    """Does a date span, as the lead shows it, say until when something lasts ("hingga 31 Desember 2028")?"""
    return lead_bound(span, text, vocab) == "end"


def _renewal_dated(text: str, span: Span, vocab: Vocabulary) -> bool:
    """Is the word of signing or renewal nearest before a span in its sentence one of renewal (signing_words.tsv
    renewed: "… memperpanjang perjanjian kerja sama …, Jumat (7/5/2027)")? The span is the renewal's day, not
    the signing's ("… memperpanjang kerja sama … yang pertama kali diteken pada 2023" dates the signing)."""
    start, _ = sentence_around(text, span.start, span.end)
    words = [(m.start(), "signed") for m in vocab.signing_pattern("signed").finditer(text, start, span.start)]
    words += [(m.start(), "renewed") for m in vocab.signing_pattern("renewed").finditer(text, start, span.start)]
    return bool(words) and max(words)[1] == "renewed"


_DATELINE_RE = re.compile(r"[ \t]*[A-Z][A-Z .'-]{1,40}(?:,[^\n—–]{0,40}?)?\s+[—–-]\s")


def _in_dateline(text: str, span: Span) -> bool:
    """Does a span lie in its line's dateline, the town in capitals (and its region) before a dash that
    opens a report ("A, Central Java — …", "A – Lapas …")? The dateline tells where the report was filed."""
    line = text.rfind("\n", 0, span.start) + 1
    found = _DATELINE_RE.match(text, line)
    return found is not None and span.end <= found.end()


def _dateline_told_relative(text: str, span: Span, vocab: Vocabulary) -> bool:
    """Is a span part of a dateline's date ("A, 15 January 2027 — …") in a sentence that tells the
    signing relative to it ("… signed … last Friday")? The dateline is the report's day, not the signing's."""
    start, end = sentence_around(text, span.start, span.end)
    sentence = text[start:end]
    return any(start + m.start < span.end and span.start < start + m.end and ends_dateline(text, start + m.end)
               for m in find_dates(sentence, vocab)) and bool(find_relative_days(sentence, vocab))


def _whole_date(span: Span, text: str, vocab: Vocabulary) -> Span:
    """A date span that holds part of a date its sentence states ("Mei tahun" of "tanggal dua puluh empat
    bulan Mei tahun dua ribu dua puluh tujuh": a month's name and no date of its own), widened to the whole of
    that date; other spans as they are ("(4/3/2026)" is not widened to "Rabu (4/3/2026)")."""
    if find_dates(span.text, vocab) or not set(re.findall(r"\w+", span.text.lower())) & set(vocab.months):
        return span  # a date already, or no month's name: "(2/10)" stays, not "Kamis (2/10)"
    start, end = sentence_around(text, span.start, span.end)
    for found in find_dates(text[start:end], vocab):
        a, b = start + found.start, start + found.end
        if a < span.end and span.start < b and not (span.start <= a and b <= span.end):
            first, last = min(a, span.start), max(b, span.end)
            return replace(span, start=first, end=last, text=text[first:last])
    return span


def _sentence_dates(span: Span, text: str, kind: str, vocab: Vocabulary) -> list[Span]:
    """A date span that runs across a sentence's end, as the date it says in each sentence, in order,
    each with the span's scores ("(2/6/2026). Sebelumnya, pada Juni 2025" → "(2/6/2026)", "Juni 2025";
    "pada 2022. Dengan adendum ini, … hingga 31 Desember 2029" → "pada 2022", "31 Desember 2029"): the
    reader ran from one date into another, and the checks tell which answers (another signing's date,
    a date something lasts until). A part after the first starts at its first date or year; parts that
    state no date or year are dropped; a span inside one sentence, or with no part that fits, stays."""
    sentences = [(a, b) for a, b in sentence_spans(text) if a < span.end and b > span.start]
    if len(sentences) < 2:
        return [span]
    parts = []
    for index, (a, b) in enumerate(sentences):
        start, end = max(a, span.start), min(b, span.end)
        end = start + len(text[start:end].rstrip().rstrip(".!?").rstrip())
        if index:
            first = min([start + m.start for m in find_dates(text[start:end], vocab)]
                        + [start + m.start() for m in re.finditer(r"\b(?:19|20)\d{2}\b", text[start:end])], default=None)
            if first is None:
                continue
            start = first
        if end > start and fits_kind(text[start:end], kind, vocab):
            parts.append(replace(span, start=start, end=end, text=text[start:end]))
    return parts or [span]


def _ranking(span: Span) -> float:
    """A span's margin less RANK_WEIGHT per search rank of its passage: what spans are ranked by."""
    return span.margin - RANK_WEIGHT * span.passage


_PARAGRAPH_END_RE = re.compile(r"\n[ \t]*\n|[;:][ \t]*\n")  # a blank line ends a paragraph; ";" or ":" at a line's end, an item


def _how_often(span: Span, text: str, vocab: Vocabulary) -> bool:
    """Does a span say how often, a length of time after a word of frequency ("setiap tiga bulan",
    "tiga bulan" right after "setiap"; asked_nouns.tsv frequency)?"""
    often = _extended_back(span, text, frequency_start(text, span, vocab))
    return states_unit(often.text, "duration unit", vocab) and bool(vocab.asked_pattern("frequency").search(often.text))


def _often_end(span: Span, text: str, vocab: Vocabulary) -> int | None:
    """Where a frequency that opens a span ends: at the unit of time of its first number when a word of
    frequency comes before it ("setiap tiga bulan" of "setiap tiga bulan dan …"; not "tiga bulan" of
    "tiga bulan, dua kali sepekan", a length and then how often)."""
    end = unit_end(text, span, "duration unit", vocab)
    return end if end is not None and vocab.asked_pattern("frequency").search(text[span.start : end]) else None


def _often_lead(span: Span, text: str, vocab: Vocabulary) -> Span:
    """A frequency lead: its phrase (`_frequency_phrase`), then cut at the end of the sentence it starts
    in ("three mornings a week", not on into the next sentence; "sebulan sekali" of a span read from the
    sentence before it)."""
    phrase = _frequency_phrase(span, text, vocab)
    return _cut(phrase, text, sentence_around(text, phrase.start, phrase.start + 1)[1])


def _frequency_phrase(span: Span, text: str, vocab: Vocabulary) -> Span:
    """A span that opens with other words and then says how often, from its first word of frequency,
    or the number (and the one noun) before it ("two sessions a week for four months" of "Ten detainees
    will attend two sessions a week for four months"; "twice a week" of "… three mechanics to the
    centre twice a week"); the span itself when it has none or opens with it ("setiap dua minggu")."""
    found = vocab.asked_pattern("frequency").search(text, span.start, span.end)
    if found is None:
        return span
    start = frequency_start(text, replace(span, start=found.start(), end=found.end()), vocab)
    counted = re.search(r"(\S+)\s+[^\W\d_]+\s+$", text[span.start : found.start()])  # "two sessions " before "a week"
    if start == found.start() and counted and states_number(counted.group(1), vocab):
        start = found.start() - len(counted.group(0))
    return span if start <= span.start else replace(span, start=start, text=text[start : span.end])


def _cut(span: Span, text: str, end: int | None) -> Span:
    """A span ending at `end` when that falls inside it (a frequency at its unit of time)."""
    return replace(span, end=end, text=text[span.start : end]) if end is not None and span.start < end < span.end else span


def _widened(span: Span, around: list[Span], text: str, hits: list[Hit]) -> Span:
    """A span as the longest of the reader's spans around it that score within WIDEN of it: the
    words the reader nearly took with it ("130" → "130 macam persyaratan", "Quagmire" → "The Iraq
    Quagmire"), at most WIDEN_WORDS more, inside its sentence, a whole phrase (`_whole_phrase`), and
    across no clause break ("Contoh, Nama" is the end of one clause and a name, not one phrase).
    Passages are chunks that overlap: a span read in the same words of another passage counts, in
    this passage's offsets (one sentence read twice fills the reader's top spans twice)."""
    start, end = sentence_around(text, span.start, span.end)
    words = len(span.text.split())
    around = [t for t in (_moved(s, span.passage, hits) for s in around) if t is not None]
    wider = [s for s in around if s.passage == span.passage and s.start <= span.start and span.end <= s.end
             and start <= s.start and s.end <= end and s.margin >= span.margin - WIDEN
             and len(s.text.split()) <= words + WIDEN_WORDS and _whole_phrase(s.text, s.end > span.end)
             and not _CLAUSE_BREAK_RE.search(text[s.start : span.start] + " " + text[span.end : s.end])]
    return max(wider, key=lambda s: s.end - s.start, default=span)


_CLAUSE_BREAK_RE = re.compile(r"[,;:]\s")  # what a widened span may not take: "Contoh, [Nama]" is two clauses


def _whole_phrase(text: str, new_end: bool = True) -> bool:
    """Leaves no bracket or quote unpaired and, when it ends past the span it widens (`new_end`), does
    not close with a function word ("… untuk", "… ini"); it may open with one: "lebih dari 20 jenis",
    "sekitar 58 persen", "The Iraq Quagmire"."""
    words = [w.strip(".,;:").lower() for w in text.split()]
    paired = text.count("(") == text.count(")") and text.count("“") == text.count("”") and text.count('"') % 2 == 0
    return bool(words) and paired and not (new_end and is_stop_word(words[-1]))


def _acting_for(spans: list[Span], hits: list[Hit], held: str, vocab: Vocabulary) -> Span | None:
    """Of spans best first, the first whose own clause names more of the role or body `held` than
    the best span's does, and at least half of it ("Kepala Dinas X, Nama" for "atas nama Dinas X");
    None when the best span's clause names the most. A glossary term is one unit, matched by any
    of its forms ("religious affairs office" by "Kemenag"); a clause that refers back to the body by its
    head word alone ("the Director of the academy") names all of it."""
    units = phrase_units(held, vocab)
    if not units:
        return None
    spans = [piece for s in spans for piece in [s, *_listed_names(s, held, vocab)]]
    # A unit that is only a town ("Pamekasan" of "the Pamekasan regional hospital") weighs less than the
    # body's own words: the prison's head of that town does not name the town's hospital.
    places = {w for m in vocab.gazetteer.mentions(held) for w in m.place.lower().split()}
    own = [u for u in units if not all(set(form.split()) <= places for form in u)]
    covered = [(_clause_units(held, units, clause, vocab), _clause_units(held, own, clause, vocab) if own else 0)
               for clause in (person_clause(hits[s.passage].chunk.text, s, vocab) for s in spans)]
    top = max(covered)
    if top <= covered[0] or top[0] * 2 < len(units):
        return None
    return spans[covered.index(top)]


def _listed_names(span: Span, held: str, vocab: Vocabulary) -> list[Span]:
    """The parts of a span that lists roles and names ("Kepala Dinas A, Nama, dan Ketua B, Nama2")
    that name someone (`names_someone`: not a role, "Ketua Yayasan B"): after a comma, capitalised or
    opening with an honorific (roles.tsv: "dr. Nama").
    Each is judged by its own clause (the role right before it), not by the clause before the whole span."""
    honorific = vocab.memo("honorific_opening", lambda v: re.compile(
        r"(?i:" + words_alternation([w for w, kind in v.roles.items() if kind == "honorific"]) + r")\b"))
    out = []
    for match in _LISTED_RE.finditer(span.text):
        piece = match.group().strip()  # "dr. Nama" opens with an honorific written in lower case
        if match.start() > 0 and (piece[:1].isupper() or honorific.match(piece)) and names_someone(piece, held, vocab):
            start = span.start + match.start() + len(match.group()) - len(match.group().lstrip())
            out.append(replace(span, start=start, end=start + len(piece), text=piece))
    return out


_LISTED_RE = re.compile(r"(?<=,)[^,]+")


def _clause_names(held: str, span: Span, text: str, vocab: Vocabulary) -> bool:
    """Does a person span's clause name at least half of the role or body `held` (`_acting_for`'s measure)?"""
    units = phrase_units(held, vocab)
    return not units or _clause_units(held, units, person_clause(text, span, vocab), vocab) * 2 >= len(units)


def _clause_units(held: str, units: list[set[str]], clause: str, vocab: Vocabulary) -> int:
    """How many units of `held` a clause names, or names through the role of the body's head ("Wali
    Kota A" names "Pemerintah Kota A"): all when it names a role and refers back to the body by its
    head word beside the role ("the director of the polytechnic"; not "… at the university's hall … by the
    head of A")."""
    if refers_back(held, clause, vocab, role_beside=True):
        return len(units)
    return max(units_said(units, clause, vocab), units_said(units, as_bodies(clause, vocab), vocab))


def _named_first(span: Span, text: str) -> Span:
    """A person span as the name it opens with, before its first comma ("Nama, Sekda, Asda, Kepala
    Dinas A" → "Nama"): the role that name is given is told around it, not by the roles listed after it."""
    cut = span.text.find(",")
    if cut <= 0 or not span.text[cut + 1 :].strip():
        return span
    name = span.text[:cut].rstrip()
    return replace(span, end=span.start + len(name), text=name)


def _counts_participants(text: str, span: Span, holds: re.Pattern, takes_part: re.Pattern) -> bool:
    """Does the span's sentence count those taking part in something ("20 detainees will take part in the
    first batch"; asked_nouns.tsv takes part) without a word of holding (holds)? Asked how many a place
    holds, such a count is of the participants of something else."""
    sentence = text[slice(*sentence_around(text, span.start, span.start + 1))]
    return bool(takes_part.search(sentence)) and not holds.search(sentence)


_CAPITALS_RE = re.compile(r"\b[A-Z]{2,}\b")


def _title_cased(text: str) -> str:
    """The text with its words in capitals in title case, as the entity tagger learnt names from news
    ("NAMA LENGKAP" → "Nama Lengkap"); offsets are kept."""
    return _CAPITALS_RE.sub(lambda m: m.group(0).title(), text)


def _cognate(word: str) -> str:
    """A word's form for matching it with its borrowing in the other language: its first `COGNATE` letters
    (Indonesian respells a borrowed word at its end: "energi" / "energy", "universitas" / "university")."""
    return word[:COGNATE] if len(word) > COGNATE else word


def _signing_not_made(text: str, span: Span, vocab: Vocabulary) -> bool:
    """Does the span's sentence tell of a signing only planned, put off or denied, and of none made
    (`signing_statements`: "Penandatanganan dengan A … ditunda hingga Januari 2027")?"""
    sentence = sentence_around(text, span.start, span.end)
    statements = signing_statements(text, [sentence], vocab)
    return bool(statements) and all(st.status != SIGNED for st in statements)


def _named_as_party(text: str, span: Span, vocab: Vocabulary) -> bool:
    """Does the span follow a word that names the other side of a signing ("dengan A", "bersama A";
    signing_words.tsv counterpart; in English, "with the A Cooperative", party after, an article between)?
    Then it names a party, not the place of the signing. A span inside a name is read from the name's
    first capitalised word ("Lampung Tengah" of "dengan Politeknik Agroindustri Lampung Tengah")."""
    start, _ = sentence_around(text, span.start, span.end)
    words = text[start : span.start].split()
    while words and words[-1][:1].isupper() and span.text[:1].isupper():
        words = words[:-1]
    if words and words[-1].lower() in vocab.memo("articles", lambda v: frozenset(
            w.lower() for w in word_groups("name_words.tsv", v.folder).get("article", ()))):
        words = words[:-1]
    return bool(words) and bool(vocab.signing_pattern("counterpart", "party after").fullmatch(words[-1]))


def _witness(text: str, span: Span, vocab: Vocabulary) -> bool:
    """Is the person span named as a witness or guest of its sentence ("… disaksikan Kepala Dinas X, [Nama]")?"""
    start, _ = sentence_around(text, span.start, span.end)
    return witnessed(text[start : span.start], vocab)


def _extended(span: Span, text: str, end: int | None) -> Span:
    """The span up to `end` when that lies past it (a unit or counted noun that follows it)."""
    return replace(span, end=end, text=text[span.start : end]) if end and end > span.end else span


def _extended_back(span: Span, text: str, start: int) -> Span:
    """The span from `start` when that lies before it (a frequency word that opens it)."""
    return replace(span, start=start, text=text[start : span.end]) if start < span.start else span


def _moved(span: Span, passage: int, hits: list[Hit]) -> Span | None:
    """A span read in one passage, in another passage's offsets: the same document's words, inside it."""
    if span.passage == passage:
        return span
    x, y = hits[span.passage].chunk, hits[passage].chunk
    start, end = x.start + span.start - y.start, x.start + span.end - y.start
    if x.doc_id != y.doc_id or start < 0 or end > len(y.text):
        return None
    return replace(span, passage=passage, start=start, end=end)


def _overlap(a: Span, b: Span, hits: list[Hit]) -> bool:
    """Do two spans share characters of one document? Passages are chunks that overlap, so the same
    words can be read in two of them: compared in the document's offsets, not the passage's."""
    x, y = hits[a.passage].chunk, hits[b.passage].chunk
    return x.doc_id == y.doc_id and x.start + a.start < y.start + b.end and y.start + b.start < x.start + a.end


_SEPARATOR_RE = re.compile(r",|;")


def _enumeration(text: str, span: Span, vocab: Vocabulary) -> Span | None:
    """The list a span is one item of, as one span: the item lines it stands among ("1. …", "- …"), or
    the run after a word that introduces a list ("meliputi A, B, dan C") up to the item after the
    joining word, or, with no such word, the run that opens with the span and a comma ("dimulai di
    A, B, dan C" read at "A"), or the span and one more name after a joining word ("di Lapas A dan
    Rutan B yang …"). None when the span is not inside such a list."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    if ITEM_MARKER_RE.match(text[line_start:line_end]):
        first, last = line_start, line_end
        while first > 0:  # the item lines above, then below
            above = text.rfind("\n", 0, first - 1) + 1
            if not ITEM_MARKER_RE.match(text[above : first - 1]):
                break
            first = above
        while last < len(text):
            below = text.find("\n", last + 1)
            below = len(text) if below < 0 else below
            if not ITEM_MARKER_RE.match(text[last + 1 : below]):
                break
            last = below
        items = item_texts(text[first:last].split("\n"))
        return Span(span.passage, first, last, "; ".join(items), span.score, span.no_answer) if len(items) >= 2 else None
    s, e = sentence_around(text, span.start, span.end)
    intro = [m for m in vocab.list_pattern("introduces").finditer(text, s, span.start)]
    colon = text.rfind(":", s, span.start)
    a = max([m.end() for m in intro] + [colon + 1 if colon >= 0 else -1])
    if a < 0 and re.match(r"\s*,", text[span.end : e]):
        a = span.start  # no word introduces it: the list opens with the span ("di A, B, dan C")
    if a < 0:
        return _named_pair(text, span, e, vocab)
    joins = vocab.list_pattern("joins")
    cuts = [a, *(m.end() for m in _SEPARATOR_RE.finditer(text, a, e)), e + 1]
    pieces = [(x, y - 1) for x, y in zip(cuts, cuts[1:])]  # comma-separated pieces, each without its comma
    at = next((i for i, (x, y) in enumerate(pieces) if x <= span.start <= y), None)
    if at is None:
        return None
    # The last item is the first piece from the span's on that a joining word opens (", dan C"), else the
    # first that holds one ("B dan C"): a joining word inside an earlier name ("Dinas X dan Y, …") is not it.
    def opens(x: int, y: int) -> bool:
        return bool(joins.match(text, x + len(text[x:y]) - len(text[x:y].lstrip())))

    opened = [i for i in range(max(at, 1), len(pieces)) if opens(*pieces[i])]
    held = [i for i in range(at, len(pieces)) if joins.search(text, *pieces[i])]
    last = (opened or held or [None])[0]
    if last is None:
        return None
    b = pieces[last][1]
    while b > a and text[b - 1] in " .;,":
        b -= 1
    while a < b and text[a] in " ,:":
        a += 1
    if not (a <= span.start and span.end <= b):
        return None
    return Span(span.passage, a, b, text[a:b], span.score, span.no_answer)


# A name: capitalised words, class numerals and numbers ("Rutan Kelas IIA Balikpapan"), up to the first
# word in lower case.
_NAME_RUN_RE = re.compile(r"[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|[IVX]+[A-C]?\b|\d+\b))*")
_OWNER_RUN_RE = re.compile(r"[A-Z][\w.'-]*(?:\s+(?:(?:dan|and|&)\s+(?=[A-Z]))?(?:[A-Z][\w.'-]*|[IVX]+[A-C]?\b|\d+\b))*")  # "Dinas A dan B"


def _named_pair(text: str, span: Span, end: int, vocab: Vocabulary) -> Span | None:
    """A name span joined to one more name by a joining word, no word introducing them ("di Lapas
    A dan Rutan B yang …" read at "Lapas A"): the two as one span; None otherwise."""
    if not span.text[:1].isupper():
        return None
    joined = vocab.list_pattern("joins").match(text, span.end + len(text[span.end : end]) - len(text[span.end : end].lstrip()))
    if joined is None or not text[span.end : joined.start()].isspace():
        return None
    name = _NAME_RUN_RE.match(text, joined.end() + len(text[joined.end() : end]) - len(text[joined.end() : end].lstrip()), end)
    if name is None:
        return None
    return Span(span.passage, span.start, name.end(), text[span.start : name.end()], span.score, span.no_answer)


def _venue_owner(span: Span, text: str, vocab: Vocabulary) -> Span:
    """A place span that ends in a common noun ("di ruang rapat utama") or a venue word ("Kantor";
    signing_words.tsv venue head) with the name written right after it, in its sentence and with no
    punctuation between, that says whose room it is ("… utama Kantor Bupati A", "Kantor Dinas A dan B"):
    the two as one place. A day or month name after it starts a date, not a name."""
    heads = vocab.signing_words.get("venue head", ())
    if not span.text.strip() or not (span.text.split()[-1][:1].islower() or span.text.split()[-1] in heads):
        return span
    _, end = sentence_around(text, span.start, span.end)
    after = span.start + len(span.text.rstrip())  # a span read with the space after it
    if text[after : after + 1] != " ":
        return span
    name = _OWNER_RUN_RE.match(text.replace("\n", " "), after + 1, end)
    if name is None or name.group().split()[0].lower().strip(".,") in {*vocab.weekdays, *vocab.months}:
        return span
    stop = name.start() + len(name.group().rstrip("."))  # "… PN A." ends a sentence
    return Span(span.passage, span.start, stop, text[span.start : stop], span.score, span.no_answer)


def _after_date(span: Span, vocab: Vocabulary) -> Span:
    """A place span that opens with a date ("(3/3/2027) di kantor Dinas A", "Rabu, 3 Maret 2027, di …"):
    the place after it, from the word after the date's closing bracket, comma or "di"/"at"; the span
    as it is when nothing but the date and such words is left."""
    dates = find_dates(span.text, vocab)
    if not dates or span.text[: dates[0].start].strip(" ([,").lower() not in ("", *vocab.weekdays):
        return span
    rest = re.match(r"[\s),]*(?:(?:di|pada|at|in|on)\s+)?", span.text[dates[0].end :])
    start = dates[0].end + rest.end()
    if not span.text[start:].strip():
        return span
    return replace(span, start=span.start + start, text=span.text[start:])


def _in_town(span: Span, text: str, vocab: Vocabulary) -> Span:
    """A place span its sentence goes on to locate ("kantor Dinas A" of "… di kantor Dinas A di Pagaruyung.",
    "the group's landing site in Galesong"): with the name after "di" / "in" (capitalised words, no
    day or month), as one place."""
    _, end = sentence_around(text, span.start, span.end)
    stop = span.start + len(span.text.rstrip(" ,"))
    town = re.match(r" (?:di|in) ((?:[A-Z][\w'-]+)(?: [A-Z][\w'-]+){0,2})(?=[\s.,;]|$)", text[stop:end])
    if town is None or town.group(1).split()[0].lower() in {*vocab.weekdays, *vocab.months}:
        return span
    close = stop + town.end()
    return replace(span, end=close, text=text[span.start : close])


ELABORATION_WORDS = 4  # words at most between a span and the list that elaborates it


def _elaborated(text: str, span: Span, vocab: Vocabulary) -> Span | None:
    """The list that elaborates a span, right after it in its sentence: "di beberapa lapas, antara
    lain A, B, dan C" → "A, B, dan C" (a word that introduces a list, list_words.tsv, at most
    ELABORATION_WORDS words after the span; a colon is left out: "A: tugas x; B: tugas y" names
    before their duties). None when no list follows."""
    _, e = sentence_around(text, span.start, span.end)
    intro = next(vocab.list_pattern("introduces").finditer(text, span.end, e), None)
    if intro is None or len(text[span.end : intro.start()].split()) > ELABORATION_WORDS:
        return None
    start = intro.end()
    while start < e and text[start] in " :":
        start += 1
    if start >= e:
        return None
    return _enumeration(text, Span(span.passage, start, start + 1, text[start], span.score, span.no_answer), vocab)


def _restates_question(span: str, question: str) -> bool:
    """A span made only of the question's own words ("Lapas Kelas IIA" for a question about that
    prison) tells the asker nothing new: it is no answer."""
    asked = set(re.findall(r"\w+", question.lower()))
    said = re.findall(r"\w+", span.lower())
    return bool(said) and all(w in asked for w in said)


def _without_overlaps(spans: list[Span], hits: list[Hit]) -> list[Span]:
    kept: list[Span] = []
    for s in spans:
        if not any(_overlap(s, k, hits) for k in kept):
            kept.append(s)
    return kept


_DECLINE = {
    "id": {
        "date": "Catatan yang ada tidak menyebutkan tanggalnya.",
        "time": "Catatan yang ada tidak menyebutkan pukul berapa.",
        "duration": "Catatan yang ada tidak menyebutkan jangka waktunya.",
        "area": "Catatan yang ada tidak menyebutkan luasnya.",
        "money": "Catatan yang ada tidak menyebutkan nilai uangnya.",
        "magnitude": "Catatan yang ada tidak menyebutkan besarnya.",
        "frequency": "Catatan yang ada tidak menyebutkan seberapa sering.",
        "count": "Catatan yang ada tidak menyebutkan jumlahnya.",
        "person": "Catatan yang ada tidak menyebutkan nama orangnya.",
        "reference": "Catatan yang ada tidak menyebutkan nomornya.",
        "": "Catatan yang ada tidak menyebutkan hal itu.",
    },
    "en": {
        "date": "The records do not say on what date.",
        "time": "The records do not say at what time.",
        "duration": "The records do not say how long.",
        "area": "The records do not state the area.",
        "money": "The records do not state an amount of money.",
        "magnitude": "The records do not state how large.",
        "frequency": "The records do not say how often.",
        "count": "The records do not say how many.",
        "person": "The records do not name the person.",
        "reference": "The records do not give its number.",
        "": "The records do not say.",
    },
}


def decline_text(question: Question) -> str:
    texts = _DECLINE["en" if question.language == "en" else "id"]
    return texts.get(question.kind, texts[""])
