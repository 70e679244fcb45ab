"""Organisation names in Indonesian text: where they start (a head word such as "Dinas", "PT",
"Yayasan", "Polres"), where they end, what kind they are, and whether they are the correctional
side (Lapas, Rutan, Bapas, Kanwil, Ditjenpas …) or a partner. Pure functions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.core.vocabulary import Vocabulary, word_groups, words_alternation

_WORD_RE = re.compile(r"[ \t]*(\([^()\n]{1,40}\)|[\"“][^\"”\n]{1,40}[\"”]|[^\s,;:()]+)")  # never across a line


@dataclass(frozen=True)
class _Grammar:
    """The patterns of organisation names, built from one vocabulary."""

    kinds: dict[str, str]
    head_re: re.Pattern
    tail_re: re.Pattern
    tail_kinds: dict[str, str]
    correctional: frozenset[str]
    stop_words: frozenset[str]
    titles: frozenset[str]
    connectors: frozenset[str]  # name_words.tsv: the lower-case words a name runs on over
    joins_inside: frozenset[str]  # of those, the ones that join two capitalised parts
    joins_inside_re: re.Pattern  # one of them between two words
    country: frozenset[str]  # the words that close a national institution's name
    correctional_office: tuple[str, ...]  # the words that make an office's unit correctional
    kind_alone: frozenset[str]  # head words that, standing alone, name a kind of body, not one body
    articles: frozenset[str]  # words before a name that are no part of it ("the")
    opens_re: re.Pattern  # a word right before a head that is part of the name ("UPT Puskesmas A"), at a text's end
    opener_re: re.Pattern  # such a word with its head after it: a name starts there
    inner_comma_re: re.Pattern  # a comma inside an official name (below)
    office_commas_re: re.Pattern  # a government office's fields joined by commas (below)


def grammar(vocab: Vocabulary) -> _Grammar:
    def build(v: Vocabulary) -> _Grammar:
        heads = {h: k for h, k in v.organisation_heads.items() if not k.startswith("tail:")}
        tails = {h: k.removeprefix("tail:") for h, k in v.organisation_heads.items() if k.startswith("tail:")}
        ordered = sorted(heads, key=len, reverse=True)
        words = word_groups("name_words.tsv", v.folder)
        joins = words_alternation(words.get("joins inside", ()))
        # a head right after "/" is the second half of one joined word ("POLRI/TNI"), not a new name
        head_re = re.compile(r"(?<![\w/])(" + "|".join(re.escape(h) for h in ordered) + r")(?![\w])")
        # "(The) Class I Contoh Correctional Facility": up to four capitalised words (a Roman numeral too,
        # not the article) before the kind word; the longest kind word wins ("Detention Center", not "Center")
        tail_re = re.compile(r"(?<![\w])(?:(?!The\b)[A-Z][\w'-]*[ \t]+){1,4}("
                             + "|".join(re.escape(t) for t in sorted(tails, key=len, reverse=True)) + r")\b")
        return _Grammar(
            kinds=heads,
            head_re=head_re,
            tail_re=tail_re,
            tail_kinds=tails,
            correctional=frozenset(h.lower() for h, k in heads.items() if k == "correctional"),
            stop_words=frozenset(w for w, k in v.roles.items() if k.endswith("role") or k == "rank"),
            titles=frozenset(w.lower() for w, k in v.roles.items() if k == "honorific") | frozenset(words.get("address", ())),
            connectors=frozenset(words.get("connector", ())),
            joins_inside=frozenset(words.get("joins inside", ())),
            joins_inside_re=re.compile(r"[ \t]+(?:" + joins + r")[ \t]+"),
            country=frozenset(words.get("country", ())),
            correctional_office=tuple(words.get("correctional office", ())),
            kind_alone=frozenset(w.lower() for w in words.get("kind alone", ())),
            articles=frozenset(words.get("article", ())),
            opens_re=re.compile(r"(?<![\w/])(?:" + words_alternation(words.get("opens", ())) + r")[ \t]+$"),
            opener_re=re.compile(r"(?:" + words_alternation(words.get("opens", ())) + r")[ \t]+" + head_re.pattern),
            # A comma inside an official name: capitalised words, then "dan" and a capitalised word, all
            # before the name goes on ("…, Penelitian dan Pengembangan Daerah"). A list of names or a
            # person after a comma does not have that shape, or starts with a head word, a role or a
            # rank, or has one after its "dan" ("PT A, B dan CV C": two names).
            inner_comma_re=re.compile(r",[ \t]+((?:[A-Z][\w'-]*[ \t]+){1,4}(?:" + joins + r")[ \t]+[A-Z][\w'-]*)"),
            # A government office names its fields with several commas ("Dinas Pemuda, Olahraga,
            # Kebudayaan dan Pariwisata"): up to three, each part a capitalised word or two that starts no other name.
            office_commas_re=re.compile(r"((?:,[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?){1,3}[ \t]+(?:" + joins + r")[ \t]+[A-Z][\w'-]*)"),
        )

    return vocab.memo("organisation_grammar", build)


@dataclass(frozen=True)
class OrgMention:
    name: str
    kind: str
    correctional: bool
    start: int
    end: int


def organisations(text: str, vocab: Vocabulary) -> list[OrgMention]:
    """Every organisation name in `text`, in order, as exact spans."""
    g = grammar(vocab)
    found: list[OrgMention] = []
    position = 0
    while True:
        match = g.head_re.search(text, position)
        if not match:
            break
        head = match.group(1)
        # "CV. Galeri …": a two-letter legal form takes its dot; a longer head's dot ends a sentence ("… TNI. Kerja")
        after_head = match.end() + (1 if text[match.end() : match.end() + 1] == "." and len(head) <= 2 else 0)
        end = _extend(text, after_head, g, office=g.kinds.get(head) in _OFFICE_KINDS,
                      titled=g.kinds.get(head) in _NAMED_AFTER_PEOPLE)
        name = text[match.start() : end].rstrip(" .?!")  # a question's "… Kota Contoh?": the mark is not the name's
        name = text[match.start() : _town_closes(text, match.start(), match.start() + len(name), g, vocab)]
        end = match.start() + len(name)
        opener = g.opens_re.search(text, max(position, match.start() - 12), match.start())
        start = opener.start() if opener and len(name.split()) >= 2 else match.start()  # "UPT Puskesmas A", not "UPT Puskesmas"
        name = text[start:end]
        correctional = head.lower() in g.correctional or _is_correctional_name(name, g.kinds.get(head, "organisation"), g)
        kind = "correctional" if correctional else g.kinds.get(head, "organisation")
        # One word is a name only as an abbreviation of one body ("BNN", "TNI"), never as a kind word
        # ("Dinas", "Pemkab") or a two-letter legal form ("CV", "PT") standing alone.
        # Nor is a kind named by several words ("Unit Pelaksana Teknis", "Rumah Sakit") alone.
        if (len(name.split()) >= 2 or (head.isupper() and len(head.rstrip(".")) > 2)) and name.lower() not in g.kind_alone:
            found.append(OrgMention(name, kind, correctional, start, end))
        position = max(end, match.end())
    for match in g.tail_re.finditer(text):  # "… Global School": the kind word comes last
        if not any(m.start <= match.start() < m.end for m in found):
            name = match.group(0)
            kind = g.tail_kinds[max((t for t in g.tail_kinds if name.endswith(" " + t)), key=len)]
            end = _town_after(text, match.start(), match.end(), vocab) if kind == "correctional" else match.end()
            found.append(OrgMention(text[match.start() : end], kind, kind == "correctional", match.start(), end))
    found += _elided(found, text, vocab)
    return sorted(found, key=lambda m: m.start)


def _town_after(text: str, start: int, end: int, vocab: Vocabulary) -> int:
    """Where an English unit's name ends that names no town of its own and is followed by its town
    ("Class IIA Women's Prison in Palembang"; name_words.tsv located in): after the town; else `end`."""
    located = vocab.memo("located_in", lambda v: re.compile(
        r"[ \t]+(?:" + words_alternation(word_groups("name_words.tsv", v.folder).get("located in", ())) + r")[ \t]+(?=[A-Z])"))
    after = located.match(text, end)
    if after is None or vocab.gazetteer.mentions(text[start:end]):
        return end
    town = vocab.gazetteer.mentions(text[after.end() : after.end() + 40])
    return after.end() + town[0].end if town and town[0].start == 0 else end


def _elided(found: list[OrgMention], text: str, vocab: Vocabulary) -> list[OrgMention]:
    """Names whose kind is written once for several towns ("Pemerintah Kabupaten Pati, Rembang, dan
    Kudus"): after a name that ends with a town of the gazetteer, each town that follows it alone,
    joined by a comma or a joining word and followed by nothing but another such joint or the end of
    the clause, is the same kind of body of that town ("Pemerintah Kabupaten Rembang"); a province so
    written says where the town is. The name is
    not written whole in the text; its evidence is the sentence that names it so."""
    def build(v: Vocabulary) -> tuple[re.Pattern, re.Pattern]:
        joins = v.list_pattern("joins").pattern
        return (re.compile(r"[ \t]*(?:,[ \t]*(?:(?:" + joins + r")[ \t]+)?|[ \t]+(?:" + joins + r")[ \t]+)"),
                re.compile(r"[ \t]*(?:[,.;:)]|$|\n|[ \t]+(?:" + joins + r")\b)"))

    joint, clause_end = vocab.memo("elided_joints", build)
    if not any(joint.match(text, m.end) for m in found):
        return []  # no name is followed by a list: the gazetteer need not read the text
    places = {p.start: p for p in vocab.gazetteer.mentions(text)}
    ends = {p.end: p for p in places.values()}
    out = []
    for m in found:
        town = ends.get(m.end)
        if town is None or town.start <= m.start:
            continue
        head = text[m.start : town.start]
        first = text[town.start : town.end].split()[0]
        if first.lower() in vocab.asked_nouns.get("area", ()) and len(text[town.start : town.end].split()) > 1:
            head += first + " "  # "Pemerintah Kabupaten Pati, Rembang": Rembang's too is a Kabupaten
        at = m.end
        while ((j := joint.match(text, at)) and (place := places.get(j.end())) and clause_end.match(text, place.end)
               and not vocab.gazetteer.names_province(text[place.start : place.end])):  # "A Kabupaten B, Jawa Tengah": where B is
            out.append(OrgMention(head + text[place.start : place.end], m.kind, m.correctional, place.start, place.end))
            at = place.end
    return out


def _town_closes(text: str, start: int, end: int, g: _Grammar, vocab: Vocabulary) -> int:
    """Where a name read over a joining word ends when it has reached its town before it: "Lapas A
    dan DKP B" (A a town of the gazetteer) is two bodies, not one; "Dinas Kelautan dan Perikanan
    Provinsi B" is one."""
    joins = [j for j in g.joins_inside_re.finditer(text, start, end)]
    if not joins:
        return end
    towns = {start + p.end for p in vocab.gazetteer.mentions(text[start:end])}
    return next((j.start() for j in joins if j.start() in towns), end)


def _extend(text: str, position: int, g: _Grammar, office: bool = False, titled: bool = False) -> int:
    """Consume the capitalised words, numbers, bracketed abbreviations and 'dan X' of a name; for a
    kind named after people (`titled`), a title before a capitalised word too ("RSUD dr. Nama")."""
    end = position
    while True:
        match = _WORD_RE.match(text, end)
        if not match:
            inner = g.inner_comma_re.match(text, end) if end > position else None
            last = inner.end(1) - len(inner.group(1).rsplit(None, 1)[-1]) if inner else 0
            if inner and not _starts_other(text, inner.start(1), g) and not _starts_other(text, last, g):
                end = inner.end(1)  # "Badan Perencanaan, Penelitian dan Pengembangan Daerah": one name
                continue
            fields = g.office_commas_re.match(text, end) if office and end > position else None
            if fields and not any(_starts_other(text, end + part.end(), g)
                                  for part in re.finditer(r",[ \t]+", fields.group(1))):
                end = fields.end(1)  # "Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata": one name
                continue
            return end
        word = match.group(1)
        if word.startswith("-") and len(word) > 1 and word[1:2].isupper():  # "SD-SMP …": joined names
            end = match.end()
            continue
        if word.startswith(("(", '"', "“")):
            end = match.end()
            continue
        if word in g.joins_inside:
            after = _WORD_RE.match(text, match.end())
            if after is None:  # "… dan" at the end of the text or of a line: the name ends before it
                return end
            nxt = after.group(1)
            starts_name = any(p.match(text, after.start(1)) for p in (g.head_re, g.tail_re, g.opener_re))
            if nxt[:1].isupper() and not starts_name and nxt not in g.stop_words:
                end = after.end()
                continue
            return end
        if word in g.stop_words and not _completes_head(text, match.start(1), match.end(), g):
            return end
        if titled and word.lower().rstrip(".") in g.titles and (after := _WORD_RE.match(text, match.end())) \
                and after.group(1)[:1].isupper():
            end = match.end()  # "Rumah Sakit Umum Daerah dr. Nama": the hospital keeps its namesake's title
            continue
        if word in g.country:
            return match.end()  # the country closes a national institution's name; a person's name may follow
        if word[:1].isupper() or word[:1].isdigit() or word in g.connectors - g.joins_inside and end > position:
            end = match.end()
            bare = word[:-1]
            if word.endswith(".") and bare.lower() not in g.titles and (
                    (len(word) > 4 and not bare.isupper()) or (len(bare) > 1 and bare.isalpha() and bare.isupper())):
                return end - 1  # a sentence ends here ("… Panglima TNI. Kerja sama …"), not at "Kab. A" or an initial
            continue
        return end


def _completes_head(text: str, start: int, end: int, g: _Grammar) -> bool:
    """Does the word at [start, end) finish a head word that starts with the word before it? A rank
    inside a name is part of it ("Kantor Wilayah Direktorat Jenderal …": "Direktorat Jenderal" is a
    head of the vocabulary, "Jenderal" alone a rank)."""
    before = re.search(r"(\S+)[ \t]+$", text[max(0, start - 40) : start])
    head = g.head_re.match(text, max(0, start - 40) + before.start(1)) if before else None
    return bool(head) and head.end() >= end


def _starts_other(text: str, at: int, g: _Grammar) -> bool:
    """Does a new organisation, a role or a rank start here (so a comma before it separates names)?"""
    word = text[at:].split(None, 1)[0] if text[at:].strip() else ""
    return any(p.match(text, at) for p in (g.head_re, g.tail_re, g.opener_re)) or word in g.stop_words


# Kinds of government office whose unit "… Pemasyarakatan" is part of the correctional system; a
# community group, school, legal-aid body or foundation named after it ("Kelompok Masyarakat Peduli
# Pemasyarakatan") is a partner.
_OFFICE_KINDS = frozenset({"organisation", "agency", "ministry", "ministry office"})
_NAMED_AFTER_PEOPLE = frozenset({"hospital"})  # kinds often named after a person, with the title ("RSUD dr. Nama")


def _is_correctional_name(name: str, kind: str, g: _Grammar) -> bool:
    return kind in _OFFICE_KINDS and any(w in name.lower() for w in g.correctional_office)


def normalise_name(name: str) -> str:
    """Case and punctuation folded, white space collapsed: the form names are compared in."""
    return " ".join(re.sub(r"[^\w\s]", " ", name.lower()).split())


def role_body_heads(vocab: Vocabulary) -> tuple[re.Pattern, dict[str, str]]:
    """A role of role_bodies.tsv before a capitalised word (group 1: the role), and role → body head."""
    heads = {role.lower(): head for head, roles in word_groups("role_bodies.tsv", vocab.folder).items() for role in roles}
    return re.compile(r"\b(" + words_alternation(heads) + r")[ \t]+(?=(?-i:[A-Z]))", re.I), heads


def role_bodies(text: str, vocab: Vocabulary, mentions: list[OrgMention], entities=()) -> list[OrgMention]:
    """The bodies that roles name where no name of the body stands (role_bodies.tsv): "Bupati Contoh,
    Ani, menandatangani …" → "Pemerintah Kabupaten Contoh", spanning "Bupati Contoh" in the text. The body's name is
    the grammar's, read with the body's head word in the role's place, up to the holder's name (the
    tagger's person) or the end of the line; without the tagger's persons, up to the last town it
    names (none: no body, "Kalapas Budi Santoso" names a person, not a town)."""
    pattern, heads = vocab.memo("role_bodies", role_body_heads)
    persons = [e.start for e in entities if e.kind == "person"]
    out: list[OrgMention] = []
    for match in pattern.finditer(text):
        before = _without_deputy(text[: match.start()], vocab)  # "dan Wakil Bupati A": where signers are named
        if any(m.start <= match.start() < m.end for m in mentions) or not _where_signers_are_named(before, vocab):
            continue
        head = heads[" ".join(match.group(1).lower().split())]
        line_end = text.find("\n", match.end())
        stop = min([p for p in persons if p >= match.end()] + [line_end if line_end >= 0 else len(text)])
        read = organisations(head + " " + text[match.end() : stop], vocab)
        first = read[0] if read and read[0].start == 0 else None
        if first is None or len(first.name.split()) <= len(head.split()):
            continue
        end = match.end() + first.end - len(head) - 1
        name = first.name
        if not entities:  # no tagger to tell the holder's name: the body's name ends with a town it names
            towns = [pl.end for pl in vocab.gazetteer.mentions(text[match.end() : end])]
            if not towns:
                continue
            end = match.end() + max(towns)
            name = head + " " + text[match.end() : end]
        if any(match.start() <= m.start < end for m in mentions):
            continue  # "Kakanwil Ditjenpas A": the name the role is followed by is the body's
        out.append(OrgMention(name, first.kind, first.correctional, match.start(), end))
    return out


def with_entities(mentions: list[OrgMention], entities, text: str, vocab: Vocabulary) -> list[OrgMention]:
    """The grammar's names checked against the entity tagger's (`ingest.tagger.Entity`: kind, start,
    end): a name that runs past its town into a person ends with the town ("Bapas Contoh Budi
    Santoso" → "Bapas Contoh"), and so does one after a role that closes with a person ("Kepala Badan
    Contoh Budi Santoso" → "Badan Contoh"); a person inside a name before any town stays: names are
    given after people ("Rumah Sakit Dr. Contoh Sukamaju", "Yayasan Contoh KH Ahmad Dahlan"), and so is one
    whose person follows a title ("Direktur RSUD Dr. Contoh"). The tagger's organisations add the names the grammar
    has no head word for, and the whole of a name it cut (`_tagged_names`)."""
    persons = [e for e in entities if e.kind == "person"]
    places = vocab.gazetteer.mentions(text)
    g = grammar(vocab)
    out: list[OrgMention] = []
    for m in mentions:
        person = next((p for p in persons if m.start < p.start < m.end), None)
        if person is not None:
            # a town the tagger read into the person is the name's ("Bapas Kelas II Contoh Budi Santoso")
            town = next((pl for pl in places if pl.start == person.start and pl.end < person.end), None)
            name = text[m.start : town.end if town else person.start].rstrip(" ,")
            ends_with_town = any(pl.end == m.start + len(name) and pl.start > m.start for pl in places)
            # after a role, a name that closes with a person runs into the role's holder ("Kepala Badan
            # Contoh Budi Santoso"); a name without a role before it may be named after one
            before = text[max(0, m.start - 30) : m.start].split()
            titled = name.split()[-1].lower().rstrip(".") in g.titles  # "RSUD Prof. Dr. Contoh": named after the person
            # … unless the holder is named after a comma ("Kepala Rutan Contoh Raya, Budi Santoso"): then
            # the tagger's person at the end of the name is a word of the name
            apposed = any(p.start > m.end and text[m.end : p.start].strip() == "," for p in persons)
            holder = person.end >= m.end and bool(before) and before[-1] in g.stop_words and not titled and not apposed
            if (ends_with_town or holder) and len(name.split()) >= 2:
                m = OrgMention(name, m.kind, m.correctional, m.start, m.start + len(name))
        out.append(m)
    tagged = _tagged_names(entities, out, text, vocab)
    out = [m for m in out if not any(t.start <= m.start and m.end <= t.end for t in tagged)]
    return sorted(out + tagged, key=lambda m: m.start)


def _tagged_names(entities, mentions: list[OrgMention], text: str, vocab: Vocabulary) -> list[OrgMention]:
    """The tagger's organisations where the grammar found no name: names without a head word of the
    vocabulary ("Mahkamah Agung", "Politeknik …"); a joining word read into a name's end is not its
    ("Dinas Contoh and"). Not taken: a name that starts with a rank, role or honorific (a person:
    "AKBP …"); one word (the grammar knows the
    abbreviations that name one body); a word not capitalised; a name written whole in capitals (headings and signature blocks,
    which the tagger, trained on news prose, reads poorly); a name across a line break; a name that
    holds a word of signing or of an agreement (a headline's words: "PKS Diteken"); and a name that
    does not stand where parties are named (`_where_parties_are_named`: not "kegiatan Contoh Medis",
    not the tail of a longer name or the office of a title, "Kalapas Contoh")."""
    g = grammar(vocab)
    signing_words = vocab.signing_pattern("signed", "agreement")
    article_re = re.compile(r"(?:" + words_alternation(g.articles) + r")\s+") if g.articles else None
    joining_re = re.compile(r"(?:\s+(?:" + words_alternation(g.connectors) + r"))+\s*$")
    out = []
    for e in entities:
        if e.kind != "organisation" or "\n" in e.text:
            continue
        opens = e.start  # where the name stands, for `_where_parties_are_named`: before its article
        article = article_re.match(e.text) if article_re else None
        if article:  # "the North Contoh Education Office": the article is no word of the name
            e = type(e)(e.kind, e.start + article.end(), e.end, e.text[article.end() :])
        joining = joining_re.search(e.text)
        if joining:  # "Dinas Contoh and" (the next name's joining word read into this one): the name ends before it
            e = type(e)(e.kind, e.start, e.start + joining.start(), e.text[: joining.start()])
        inside = [m for m in mentions if m.start < e.end and e.start < m.end]
        if len(inside) > 1 or inside and not (e.start <= inside[0].start and inside[0].end <= e.end and e.end - e.start > inside[0].end - inside[0].start):
            continue
        words = e.text.split()
        if (len(words) < 2 or words[0] in g.stop_words or words[0].lower().rstrip(".") in g.titles
                or e.text.lower() in g.kind_alone):
            continue
        if re.sub(r"\([^)]*\)", "", e.text).isupper() or signing_words.search(e.text):
            continue
        if not all(w[:1].isupper() or w[:1].isdigit() or w[:1] in "(\"“" or w in g.connectors for w in words):
            continue
        if inside:  # the whole of a name the grammar cut at a word it reads as a role ("Yayasan Contoh Wali"): its kind stays
            m = inside[0]
            out.append(OrgMention(e.text, m.kind, m.correctional, e.start, e.end))
            continue
        if not _where_parties_are_named(text[max(0, opens - 60) : opens], vocab):
            continue
        head = g.head_re.match(e.text)
        kind = g.kinds.get(head.group(1), "organisation") if head else "organisation"
        correctional = kind == "correctional" or _is_correctional_name(e.text, kind, g)
        out.append(OrgMention(e.text, "correctional" if correctional else kind, correctional, e.start, e.end))
    return out


def _without_deputy(before: str, vocab: Vocabulary) -> str:
    """The text before a role less a deputy's word right before it ("… dan Wakil " → "… dan "; roles.tsv
    deputy role): the deputy of a body's head acts for the body as its head does."""
    deputy = vocab.memo("deputy_before", lambda v: re.compile(
        r"(?:" + words_alternation([w for w, kind in v.roles.items() if kind == "deputy role"]) + r")[ \t]+\Z", re.I))
    found = deputy.search(before)
    return before[: found.start()] if found else before


def _where_signers_are_named(before: str, vocab: Vocabulary) -> bool:
    """Does a role that follows `before` stand where the people who sign are named: where parties are
    named, after a dateline's dash ("JAKARTA – Menteri A menandatangani …"), or after a word of signing
    and its agent ("diteken oleh Bupati A"; signing_words.tsv signed, agent)? Not "arahan Menteri A"."""
    pattern = vocab.memo("signer_places", lambda v: re.compile(
        r"(?:[–—-]|(?<![\w])(?:" + words_alternation(v.signing_words.get("signed", ())) + r")(?:[ \t]+(?:"
        + words_alternation(v.signing_words.get("agent", ())) + r"))?)[ \t]*\Z", re.I))
    return _where_parties_are_named(before, vocab) or bool(pattern.search(before))


def _where_parties_are_named(before: str, vocab: Vocabulary) -> bool:
    """Does a name that follows `before` stand where parties are named: first on its line or after an
    item marker, after a comma, semicolon, colon or opening bracket, or right after a word that
    joins a list, introduces one, or names parties ("dengan", "bersama", "adalah" …), an article
    between them or not ("with the Contoh Church")?"""

    def build(v: Vocabulary) -> re.Pattern:
        words = sorted({*v.list_words.get("joins", ()), *v.list_words.get("introduces", ()),
                        *v.signing_words.get("between", ()), *v.signing_words.get("names", ())}, key=len, reverse=True)
        articles = grammar(v).articles
        article = r"(?:[ \t]+(?:" + words_alternation(articles) + r"))?" if articles else ""
        return re.compile(r"(?:(?:^|\n)[ \t]*(?:[-•*]|\d{1,2}[.)])?|[,;:(]|(?<![\w])(?:" + "|".join(re.escape(w) for w in words)
                          + r")" + article + r")[ \t]*\Z", re.I)

    return bool(vocab.memo("party_name_places", build).search(before))
