"""The offline answerer: pick the sentences that answer the question from the top passages and
compose a short answer in the question's language, every claim carrying a numbered citation.

No LLM is involved. The answer is extractive — each claim is a sentence quoted from a passage, so
every citation contains what it is cited for. When the records do not support an answer (the names
in the question appear in no retrieved document, or no sentence states the kind of fact asked for),
it says so and lists the nearest passages as possibly related, not as an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.bm25 import KeywordIndex
from assistant.cite import CitationBuilder
from assistant.evidence import (
    SPAN_KINDS,
    STRICT_KINDS,
    best_answer_span,
    enumerates,
    is_list_item,
    list_item,
    listed_span,
    names_a_place,
    organisations,
    satisfies,
)
from assistant.question import (
    Question,
    analyse,
    answer_kind,
    asked_head,
    asks_for_organisations,
    asks_which_organisation,
    head_words,
    names_an_institution,
    standalone_question,
    title_words,
)
from assistant.retrieve import Retriever
from ingest.core.types import Answer, Chunk, Filters, Hit
from ingest.core.vocabulary import Vocabulary
from ingest.dates import find_dates, format_date, infer_year
from ingest.doc_store import DocumentStore
from ingest.organisations import normalise_name
from ingest.organisations import organisations as organisation_mentions
from ingest.sentences import sentence_spans
from ingest.tokens import in_order, is_common_word, stem, tokenize, words

_SOURCE_LINE_RE = re.compile(r"^\s*(sumber|source)\s*:", re.I)

MIN_COVERAGE = 0.34  # share of the question's weighted terms a best sentence (with its context) must cover
ENTITY_SUPPORT = 0.66  # share of an entity's words a document must contain to be about it
RESTATES = 0.5  # share of the question's weighted words a sentence of a document not naming its names must state
OUTSTATES = 0.25  # … and how much more of them than the best sentence of the documents naming them, to answer
# instead (0.15 and 0.25 alike on both sets, 0.35 lost FacQA items)


@dataclass
class Candidate:
    chunk: Chunk
    start: int
    end: int
    text: str
    score: float
    rank: int
    coverage: float = 0.0  # share of the question's weighted words the sentence itself contains


class OfflineAnswerer:
    name = "offline"

    def __init__(self, retriever: Retriever, documents: DocumentStore, vocab: Vocabulary, passages: int = 8,
                 max_sentences: int = 3, records=None) -> None:
        self.retriever = retriever
        self.vocab = vocab
        self.records = records  # a RecordAnswerer for list/count questions across agreements, or None
        self.documents = documents
        self.passages = passages
        self.max_sentences = max_sentences
        self._doc_tokens: dict[str, set[str]] = {}
        self._doc_dates: dict[str, set[str]] = {}
        self._cached_generation: str | None = None

    @property
    def keywords(self) -> KeywordIndex:
        return self.retriever.keywords

    def answer(self, question: str, history: list[str] | None = None, filters: Filters | None = None,
               language: str | None = None) -> Answer:
        standalone = standalone_question(question, history)
        analysed = analyse(question, self.vocab, language)
        context = analyse(standalone, self.vocab, analysed.language)
        context.kind = analysed.kind
        hits = self.retriever.retrieve(standalone, top_k=self.passages, filters=filters)
        self._forget_changed_documents()
        if self.records is not None and filters is None:
            from_records = self.records.answer(standalone, context.language, context.kind)
            if from_records is not None:
                from_records.hits = hits
                return from_records
        if not hits:
            return self._decline(context, hits, standalone)
        supported = [
            h for h in hits
            if self._supports_entities(h.chunk.doc_id, context) and self._supports_dates(h.chunk.doc_id, context)
        ]
        chosen = self._select(self._candidates(supported, context), context) if supported else []
        # A passage excerpt may answer without naming what the question names when one of its sentences
        # states most of the question itself ("… menyita 2.150 meter kubik kayu olahan dari PT Contoh"
        # for "Dari mana Polres X menyita kayu olahan sebanyak 2.150 meter kubik?"). A name no document
        # knows at all ("Rutan Kelas IIB Sukasari") is not in the records: then nothing answers.
        unknown = any(self._unknown_name(name) for name in context.entities)
        dated = [] if unknown else [h for h in hits if self._supports_dates(h.chunk.doc_id, context)]
        if chosen and not any(names_an_institution(n, self.vocab) for n in context.entities):
            # Such an excerpt that states the question far more fully than the best sentence of the
            # documents naming its names ("… dalam editorialnya menuliskan …") answers it better —
            # never for an institution, which another unit's document would restate in the same words.
            restating = self._restating([h for h in dated if h not in supported], context)
            if restating and restating[0].coverage >= chosen[0].coverage + OUTSTATES:
                chosen = restating
        if not chosen:
            # No document that names what the question names states the answer; anything less than
            # an excerpt that restates the question is declined.
            chosen = self._restating(dated, context)
        if not chosen:
            return self._decline(context, hits, standalone)
        return self._compose(chosen, context, hits, standalone)

    # -- support ----------------------------------------------------------------------------------
    def _forget_changed_documents(self) -> None:
        """What was derived from documents is dropped when a sync changed the index."""
        generation = self.keywords.generation
        if generation != self._cached_generation:
            self._doc_tokens = {}
            self._doc_dates = {}
            self._cached_generation = generation

    def _tokens_of_document(self, doc_id: str) -> set[str]:
        tokens = self._doc_tokens.get(doc_id)
        if tokens is None:
            document = self.documents.get(doc_id)
            tokens = set(tokenize(document.title + "\n" + document.text)) if document else set()
            self._doc_tokens[doc_id] = tokens
        return tokens

    def _supports_entities(self, doc_id: str, question: Question) -> bool:
        """Is this document about what the question names?

        Each name is judged by its proper words that the corpus knows ("Grup Radja" by Radja; a
        surname the article never repeats cannot be looked for). The document must contain the most
        distinctive name and names that weigh at least half of all of them (by inverse document
        frequency), so that "Provinsi Contoh, Negara Contoh" is found in a report that never names the country,
        while a report about another prison of the same class, which lacks the one word that
        distinguishes the asked prison, is not taken. A name no document knows counts as missing;
        an institution's name counts its place word even when the corpus does not know it.
        """
        names = self._weighted_entities(question)
        if not names:
            return True
        tokens = self._tokens_of_document(doc_id)
        matched = [weight for weight, alternatives, required in names
                   if required <= tokens and any(self._covers(alt, tokens) for alt in alternatives)]
        total = sum(weight for weight, _, _ in names)
        top = max(weight for weight, _, _ in names)
        if top not in matched and len(names) > 1 and len(matched) < len(names) - len(names) // 3:
            return False
        if len(names) == 1 and not matched:
            return False
        return sum(matched) >= 0.5 * total

    def _weighted_entities(self, question: Question) -> list[tuple[float, list[list[str]], set[str]]]:
        """Per name: its weight, its alternative token lists (own proper words, glossary expansion),
        a person's name kept to the words the corpus knows (a name the corpus does not know has none),
        and the words a document must have: an institution's place words ("Polres Sukamaju" is not
        "Kapolres Sukaraja", however rare "Polres" is)."""
        out = []
        titles = title_words(self.vocab)
        for name in question.entities:
            # Titles and initials are no part of what identifies a person ("Dr Contoh W Wijaya").
            words_of_name = [w for w in name.replace(".", " ").split()
                             if len(w) > 1 and w.lower() not in titles]
            proper = [w for w in words_of_name if not is_common_word(w) and not is_common_word(stem(w.lower()))]
            own = [t for t in (tokenize(" ".join(proper)) or tokenize(name)) if not t.isdigit()]
            if not own:
                continue
            expansion = tokenize(" ".join(self.vocab.glossary.expand(name)))
            if not names_an_institution(name, self.vocab):
                # A person's surname the article never repeats cannot be looked for; an
                # institution's place word the corpus lacks means another institution.
                own = [t for t in own if self.keywords.knows(t)]
            alternatives = [a for a in (own, [t for t in expansion if self.keywords.knows(t)]) if a]
            weight = sum(self.keywords.idf(t) for t in own)
            required: set[str] = set()
            if names_an_institution(name, self.vocab):
                heads = self.vocab.memo("head_tokens", lambda v: frozenset(tokenize(" ".join(head_words(v)))))
                # class marks ("IIB", "II B") are written in several ways: not required
                required = {t for t in own if t not in heads and self.keywords.knows(t) and not re.fullmatch(r"[ivx]+[ab]?|\d+", t)}
            out.append((weight, alternatives, required))
        return out

    def _unknown_name(self, name: str) -> bool:
        """No document knows this name: an institution whose place word, or a person none of whose
        words, the corpus ever uses."""
        heads = head_words(self.vocab)
        proper = [w for w in name.split() if w.lower() not in heads and not is_common_word(w.lower())]
        tokens = [t for t in tokenize(" ".join(proper)) if not t.isdigit()]
        known = [self.keywords.knows(t) for t in tokens]
        if not tokens:
            return False
        return not all(known) if names_an_institution(name, self.vocab) else not any(known)

    def _covers(self, name_tokens: list[str], tokens: set[str]) -> bool:
        total = sum(self.keywords.idf(t) for t in name_tokens) or 1.0
        return sum(self.keywords.idf(t) for t in name_tokens if t in tokens) / total >= ENTITY_SUPPORT

    def _supports_dates(self, doc_id: str, question: Question) -> bool:
        """A question about a date or a month is answered only from documents that mention it; a
        document that states no date at all cannot contradict it and is not ruled out."""
        if not question.dates:
            return True
        mentioned = self._dates_of_document(doc_id)
        if not mentioned:
            return True
        return all(any(d.startswith(wanted) for d in mentioned) for wanted in question.dates)

    def _dates_of_document(self, doc_id: str) -> set[str]:
        dates = self._doc_dates.get(doc_id)
        if dates is None:
            document = self.documents.get(doc_id)
            text = document.text if document else ""
            dates = {m.iso for m in find_dates(text, self.vocab, infer_year(text, self.vocab)) if m.iso}
            if document and document.date:
                dates.add(document.date)
            self._doc_dates[doc_id] = dates
        return dates

    def _fits(self, question: Question, text: str) -> bool:
        """Can this sentence answer this question: the right kind of fact, about the right party?"""
        if question.kind in STRICT_KINDS - {"person"} and not satisfies(question.kind, text, self.vocab):
            return False
        if question.kind == "person" and question.role and not satisfies("person", text, self.vocab):
            return False
        if question.kind == "person":
            if question.role and not self._states_role(question.role, text):
                return False
            if not question.role and not satisfies("person", text, self.vocab):
                # "Siapa penyelenggara …?" without a role is answered by an organisation as well
                return bool(organisation_mentions(text, self.vocab))
            if question.anchor:
                tokens = set(tokenize(text))
                known = [t for t in question.anchor if self.keywords.knows(t)]
                if known and sum(t in tokens for t in known) / len(known) < 0.5:
                    return False
        return True

    def _states_role(self, role: str, text: str) -> bool:
        """The asked role ("kepala rutan", "duta besar as") stands in the sentence: whole, or the role
        without the word after it, or an abbreviation of it from the glossary ("Dubes", "Karutan")."""
        wanted, have = words(role), words(text)
        if in_order(wanted, have):
            return True
        entries = self.vocab.glossary.entries
        forms = [role, *entries.get(role, ())]
        if len(wanted) > 1 and not names_an_institution(wanted[-1], self.vocab):
            # the word after the role qualifies it ("Perdana Menteri Otoritas …"); a unit ("Kepala
            # Rutan …") must be there, whole or abbreviated
            head = " ".join(wanted[:-1])
            forms += [head, *entries.get(head, ())]
        return any(words(form) and in_order(words(form), have) for form in forms)

    # -- sentences --------------------------------------------------------------------------------
    def _candidates(self, hits: list[Hit], question: Question) -> list[Candidate]:
        # Words the corpus never uses (an English question's untranslated words) cannot be matched
        # by any sentence, so they do not count against one; names are checked separately.
        weights = {t: self.keywords.idf(t) for t in set(question.tokens) if self.keywords.knows(t)}
        total = sum(weights.values()) or 1.0
        question_tokens = set(question.tokens)
        out: list[Candidate] = []
        seen: set[tuple[str, int]] = set()
        for rank, hit in enumerate(hits, start=1):
            chunk = hit.chunk
            context_tokens = set(tokenize(chunk.title + " " + chunk.text))
            for s, e in sentence_spans(chunk.text):
                start, end = chunk.start + s, chunk.start + e
                if (chunk.doc_id, start) in seen:
                    continue
                seen.add((chunk.doc_id, start))
                text = chunk.text[s:e]
                tokens = set(tokenize(text))
                headline = text == chunk.title and not text.rstrip().endswith((".", "!", "?", '"', "”"))
                if len(tokens) < 2 or headline or _SOURCE_LINE_RE.match(text):
                    continue
                own = sum(w for t, w in weights.items() if t in tokens) / total
                around = sum(w for t, w in weights.items() if t in context_tokens) / total
                novelty = len(tokens - question_tokens) / len(tokens)
                # The passage's rank in the hybrid search carries the embedder's view of meaning;
                # weighed 0.05, 0.1, 0.2, 0.3, 0.45 per 1/rank on devset and FacQA together, 0.3 was best.
                score = 0.6 * own + 0.25 * around + 0.1 * novelty + 0.3 / rank
                if question.kind in STRICT_KINDS and satisfies(question.kind, text, self.vocab):
                    score += 0.15
                if question.kind == "list":
                    if question.wants_organisations and self._new_organisations(text, question) >= 2:
                        score += 0.2
                    if enumerates(text, self.vocab):
                        score += 0.1
                if question.kind == "place" and names_a_place(text, self.vocab):
                    score += 0.1
                out.append(Candidate(chunk, start, end, text, score, rank, own))
        return sorted(out, key=lambda c: -c.score)

    def _restating(self, hits: list[Hit], question: Question) -> list[Candidate]:
        """The sentences chosen from those that state at least RESTATES of the question's words."""
        return self._select([c for c in self._candidates(hits, question) if c.coverage >= RESTATES], question)

    def _select(self, candidates: list[Candidate], question: Question) -> list[Candidate]:
        candidates = [c for c in candidates if self._fits(question, c.text)]
        if not candidates or candidates[0].score < MIN_COVERAGE:
            return []
        if question.wants_organisations:
            naming = [c for c in candidates if self._new_organisations(c.text, question) >= 2]
            if not naming:
                return []  # asked to name partners, but no sentence names them (only counts them, say)
            candidates = naming + [c for c in candidates if c not in naming]
        best = candidates[0]
        antecedent = self._antecedent(best)
        is_list = question.kind == "list"
        limit = self.max_sentences + (2 if is_list else 0)
        threshold = (0.7 if is_list else 0.65) * best.score
        chosen = [best]
        for candidate in candidates[1:]:
            if len(chosen) >= limit:
                break
            if candidate.score >= threshold and candidate.text not in {c.text for c in chosen}:
                chosen.append(candidate)
        if is_list and not question.wants_organisations:
            # A list of things ("Pelatihan apa saja …?") is often stated after the lead: add the best
            # sentence that names the thing asked for and lists, if the choice above missed it.
            asked = asked_tokens(question.text, self.vocab)
            listing = [c for c in candidates[1:] if c not in chosen and asked & set(tokenize(c.text))
                       and (enumerates(c.text, self.vocab) or c.text.rstrip().endswith(":"))]
            # One that introduces its list ("meliputi", "yaitu", a colon) before one that merely has commas.
            listing.sort(key=lambda c: not (c.text.rstrip().endswith(":") or listed_span(c.text, self.vocab)))
            extra = listing[0] if listing else None
            if extra is not None:
                chosen.append(extra)
        if is_list:
            chosen = self._with_list_blocks(chosen)
        if antecedent is not None and all((c.chunk.doc_id, c.start) != (antecedent.chunk.doc_id, antecedent.start) for c in chosen):
            chosen.insert(0, antecedent)  # "Ini adalah …" is read with the sentence it points back to
        return chosen

    def _antecedent(self, best: Candidate) -> Candidate | None:
        """The sentence before one that opens with an anaphor ("Ini", "Dia", "Hal itu"), in its chunk."""
        opening = best.text.lstrip(" \"“'(").lower()
        if not any(re.match(re.escape(a) + r"\b", opening) for a in self.vocab.anaphors):
            return None
        offset = best.start - best.chunk.start
        before = [(s, e) for s, e in sentence_spans(best.chunk.text) if e <= offset]
        if not before:
            return None
        s, e = before[-1]
        return Candidate(best.chunk, best.chunk.start + s, best.chunk.start + e, best.chunk.text[s:e], best.score, best.rank)

    def _new_organisations(self, text: str, question: Question) -> int:
        return organisations(text, self.vocab, set(question.tokens), correctional=question.wants_correctional)

    def _with_list_blocks(self, chosen: list[Candidate]) -> list[Candidate]:
        """A sentence that opens a list ('Mereka adalah:') or is one of its items brings the whole list."""
        out: list[Candidate] = []
        spans: set[tuple[str, int]] = set()
        for candidate in chosen:
            group = [candidate]
            if candidate.text.rstrip().endswith(":") or is_list_item(candidate.text):
                group = self._list_block(candidate)
            for item in group:
                if (item.chunk.doc_id, item.start) not in spans:
                    spans.add((item.chunk.doc_id, item.start))
                    out.append(item)
        return out

    def _list_block(self, anchor: Candidate) -> list[Candidate]:
        """The list an item or a colon-ended lead belongs to: the lead line and its item lines."""
        document = self.documents.get(anchor.chunk.doc_id)
        if document is None:
            return [anchor]
        text = document.text
        lines = []
        position = 0
        for line in text.split("\n"):
            lines.append((position, position + len(line), line.strip()))
            position += len(line) + 1
        index = next((i for i, (s, e, _) in enumerate(lines) if s <= anchor.start < e + 1), None)
        if index is None:
            return [anchor]
        first = index
        while first > 0 and is_list_item(lines[first][2]):
            first -= 1
        if not lines[first][2].endswith(":") and not is_list_item(lines[first][2]):
            first += 1 if first < index else 0
        last = index
        while last + 1 < len(lines) and is_list_item(lines[last + 1][2]) and last - first < 15:
            last += 1
        block = []
        for s, e, line in lines[first : last + 1]:
            if not line:
                continue
            lead = s + (len(text[s:e]) - len(text[s:e].lstrip()))
            block.append(Candidate(anchor.chunk, lead, lead + len(line), line, anchor.score, anchor.rank))
        return block or [anchor]

    # -- composing ------------------------------------------------------------------------------
    def _compose(self, chosen: list[Candidate], question: Question, hits: list[Hit], standalone: str) -> Answer:
        """The answer first — the asked fact isolated from the best sentence, in the question's
        language, with its citation — then the quoted evidence (one to three sentences, or the list)."""
        builder = CitationBuilder(self.documents)
        english = question.language == "en"
        parts = []
        markers = []
        for candidate in chosen:
            marker = builder.cite(candidate.chunk, candidate.start, candidate.end)
            if marker is None:
                continue
            markers.append((candidate, marker))
            parts.append(f"“{candidate.text}” [{marker}]" if english else f"{candidate.text} [{marker}]")
        if not parts:
            return self._decline(question, hits, standalone)
        lead = (self._lead(markers, question) or self._organisations_lead(markers, question)
                or self._things_lead(markers, question))
        joiner = " " if not any("\n" in p for p in parts) and question.kind != "list" else "\n"
        if lead:
            text = builder.renumber(f"{lead}\n{joiner.join(parts)}")  # a list's lead may cite later lines first
        else:  # no fact can be isolated: the one best sentence leads, the other quotes follow
            text = "\n".join([parts[0], joiner.join(parts[1:])]).rstrip("\n")
        if english:
            text += "\n(Quoted from the Indonesian source.)"
        return Answer(text=text, citations=builder.citations, language=question.language, question=standalone, hits=hits)

    def _lead(self, markers: list[tuple[Candidate, int]], question: Question) -> str:
        """One short line that states the asked fact ("Budi Santosa [1]", "19 May 2025 [2]"), or ""
        when no span can be isolated (why / how questions, lists): then the best sentence leads.

        The fact is taken from the best sentence, or from another quoted one that fits the question
        clearly better (`best_answer_span`)."""
        if question.kind not in SPAN_KINDS:
            return ""
        found = best_answer_span(question.kind, [c.text for c, _ in markers], self.vocab, question.role, question.tokens,
                                 question.area, question.anchor_terms, question.earlier)
        if found is None:
            return ""
        best, marker = markers[found[0]]
        span = found[1]
        value = best.text[span[0] : span[1]].strip()
        if question.kind == "date" and question.language == "en":
            mention = next(iter(find_dates(value, self.vocab, infer_year(best.text, self.vocab))), None)
            if mention is not None and mention.iso:
                value = format_date(mention.iso, self.vocab, "en")
        return f"{value} [{marker}]"

    def _organisations_lead(self, markers: list[tuple[Candidate, int]], question: Question) -> str:
        """A question that asks for organisations ("Which partner …", "Badan apakah …", "Dinas apa saja
        …") leads with the organisations the quoted sentences name and the question does not, each
        with its citation; "" when they name none (then the best sentence leads)."""
        who_without_role = question.kind == "person" and not question.role
        if not who_without_role and (question.kind not in ("list", "factoid") or not asks_for_organisations(question.text, self.vocab)):
            return ""
        known = set(question.tokens)
        named: dict[str, str] = {}
        for candidate, marker in markers:
            for mention in organisation_mentions(candidate.text, self.vocab):
                if mention.correctional and not question.wants_correctional:
                    continue
                if set(tokenize(mention.name)) <= known:
                    continue  # the question names it
                gloss = self.vocab.glossary.gloss(mention.name) if question.language == "en" else ""
                shown = f"{mention.name} ({gloss})" if gloss else mention.name
                named.setdefault(normalise_name(mention.name), f"{shown} [{marker}]")
            if question.kind in ("factoid", "person") and named:
                break  # one thing asked for: the best sentence's
        return ", ".join(named.values())

    def _things_lead(self, markers: list[tuple[Candidate, int]], question: Question) -> str:
        """A list of things ("Pelatihan apa saja …", "Apa saja ruang lingkup …") leads with the items of
        the quoted list that names what is asked: the lines under a colon-ended sentence, or what
        follows the word that introduces an enumeration ("meliputi A, B, dan C"); "" when none does."""
        if (answer_kind(question.text, self.vocab, weak_cues=False) != "list" or asks_for_organisations(question.text, self.vocab)
                or asks_which_organisation(question.text, self.vocab)):
            return ""  # "Which police chief …" (a weak cue) asks for one thing; partners have their own lead
        asked = asked_tokens(question.text, self.vocab)
        listings = []
        for index, (candidate, marker) in enumerate(markers):
            if candidate.text.rstrip().endswith(":"):
                items = []
                for item, item_marker in markers[index + 1 :]:
                    if not is_list_item(item.text) or item.chunk.doc_id != candidate.chunk.doc_id:
                        break
                    items.append(f"{list_item(item.text)} [{item_marker}]")
                if len(items) >= 2:
                    listings.append((candidate, "; ".join(items)))
                continue
            span = listed_span(candidate.text, self.vocab)
            if span is not None:
                listings.append((candidate, f"{candidate.text[span[0] : span[1]]} [{marker}]"))
        if not listings:
            return ""
        # The listing whose sentence names most of what is asked for; of equals, the first quoted.
        return max(listings, key=lambda listing: len(asked & set(tokenize(listing[0].text))))[1]

    def _decline(self, question: Question, hits: list[Hit], standalone: str) -> Answer:
        return Answer(
            text=decline_text(question),
            citations=[],
            language=question.language,
            abstained=True,
            question=standalone,
            related=hits[:3],
            hits=hits,
        )


_DECLINE = {
    "id": {
        "date": "Catatan yang ada tidak menyebutkan tanggalnya.",
        "duration": "Catatan yang ada tidak menyebutkan jangka waktunya.",
        "money": "Catatan yang ada tidak menyebutkan nilai uangnya.",
        "count": "Catatan yang ada tidak menyebutkan jumlahnya.",
        "person": "Catatan yang ada tidak menyebutkan nama orangnya.",
        "reference": "Catatan yang ada tidak menyebutkan nomornya.",
        "": "Catatan yang ada tidak menyebutkan hal itu.",
    },
    "en": {
        "date": "The records do not say on what date.",
        "duration": "The records do not say how long.",
        "money": "The records do not state an amount of money.",
        "count": "The records do not say how many.",
        "person": "The records do not name the person.",
        "reference": "The records do not give its number.",
        "": "The records do not say.",
    },
}




def asked_tokens(text: str, vocab: Vocabulary) -> set[str]:
    """The stems of what a list question asks for ('Pelatihan apa saja …' → {'latih'}); scope
    questions also accept the words that introduce a scope ('meliputi', 'mencakup')."""
    head, _ = asked_head(text)
    if not head.strip():
        after = re.search(r"\b(?:apa|mana|siapa)\s+saja\s+((?:\S+\s+){0,3})", text, re.I)
        head = after.group(1) if after else ""
    scope = vocab.list_pattern("scope")
    words = head + (" " + " ".join(vocab.list_words.get("scope", ())) if scope.search(text) else "")
    return {t for t in tokenize(words) if t not in vocab.numbers and not t.isdigit()}


def decline_text(question: Question) -> str:
    texts = _DECLINE["en" if question.language == "en" else "id"]
    return texts.get(question.kind, texts[""])
