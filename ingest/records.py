"""Cooperation records: who signed what with whom, when, where, for which sector — extracted offline
from one cleaned document, every field with its evidence (document, sentence, character span).

One record per document: the signing event the document reports (an article and the agreement it
reports become one record when the records are merged, see `merge_records`). Pure functions.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from ingest.core.types import Document, Evidence, Partner, Record
from ingest.dates import find_dates, infer_year
from ingest.gazetteer import default_gazetteer
from ingest.organisations import OrgMention, normalise_name, organisations
from ingest.sectors import sectors_in
from ingest.sentences import sentence_spans

VERSION = 3  # bump when extraction changes: unchanged files are re-read for records, not re-embedded


_SIGNING_RE = re.compile(
    r"\b(meneken|teken|diteken|menandatangani|ditandatangani|penandatanganan|tanda tangan|menjalin kerja ?sama|"
    r"bekerja ?sama|kerja ?sama dengan|kesepakatan dengan|menggandeng|gandeng|melibatkan|bermitra|mitra|"
    r"pihak kedua|atas nama|pks|mengikat kerja ?sama|kerja ?sama baru|perjanjian kerja ?sama|nota kesepahaman|nota kesepakatan|mou|signed|agreement)\b",
    re.I,
)
_WITNESS_RE = re.compile(r"\b(disaksikan|menyaksikan|dihadiri|hadir|mewakili kantor wilayah|saksi)\b", re.I)
_TYPES = [
    ("MoU Induk", re.compile(r"\bMoU Induk\b", re.I)),
    ("MoU Teknis", re.compile(r"\bMoU Teknis\b", re.I)),
    ("Nota Kesepakatan", re.compile(r"\bnota kesepakatan\b", re.I)),
    ("Nota Kesepahaman (MoU)", re.compile(r"\b(nota kesepahaman|memorandum of understanding|mou)\b", re.I)),
    ("Perjanjian Kerja Sama (PKS)", re.compile(r"\b(perjanjian kerja ?sama|pks)\b", re.I)),
    ("Kesepakatan Kerja Sama", re.compile(r"\bkesepakatan kerja ?sama\b", re.I)),
]
_PLACE_RE = re.compile(
    r"\b(?:bertempat di|berlangsung di|digelar di|dilaksanakan di|diteken di|ditandatangani di|di)\s+"
    r"((?:(?:Aula|Ruang|Gedung|Kantor|Hotel|Halaman|Rumah Dinas|Lapas|Rutan|Bapas|LPKA|Pendopo|Balai|Kompleks)\b)"
    r"(?:\s+(?:[A-Z0-9][\w'./-]*|dan|\([^)]*\)))*)"
)
_DURATION_RE = re.compile(
    r"\b(?:durasi|jangka waktu|berlaku|selama|masa berlaku)[^.]{0,60}?\b((?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s*(?:\(\w+\)\s*)?(?:tahun|bulan))\b",
    re.I,
)
_COUNT_RE = re.compile(
    r"\b(\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas)\s+"
    r"(mitra(?: kerja| strategis)?|pihak|instansi|lembaga|pks|perjanjian kerja ?sama|dokumen|nota kesepahaman|mou|kesepakatan)\b",
    re.I,
)
_PROVINCE_WORD_RE = re.compile(r"\bProvinsi\s+([A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})")


def extract_record(document: Document) -> Record | None:
    """The signing event a document reports, or None when it reports no cooperation at all."""
    text = document.text
    spans = sentence_spans(text)
    signing = [(s, e) for s, e in spans if _SIGNING_RE.search(text[s:e])]
    if not signing:
        return None
    record = Record(
        id=hashlib.sha256(document.id.encode()).hexdigest()[:16],
        doc_ids=[document.id],
        sources=[document.source],
        title=document.title,
    )

    def evidence(start: int, end: int) -> Evidence:
        return Evidence(document.id, document.source, start, end, text[start:end])

    def sentence_of(offset: int) -> tuple[int, int]:
        return next(((s, e) for s, e in spans if s <= offset < e), (offset, offset))

    # Agreement type: the first type named in a signing sentence of the body (headlines abbreviate).
    body_start = _headline_end(document)
    for s, e in [span for span in signing if span[0] >= body_start] + signing:
        for label, pattern in _TYPES:
            if pattern.search(text[s:e]):
                record.agreement_type = label
                record.evidence["agreement_type"] = evidence(s, e)
                break
        if record.agreement_type:
            break

    # Signing date: the first date in a signing sentence, else the document's date.
    year = infer_year(text)
    for s, e in signing:
        dated = [m for m in find_dates(text[s:e], year) if len(m.iso) == 10]
        if dated:
            record.signing_date = dated[0].iso
            record.evidence["signing_date"] = evidence(s, e)
            break
    if not record.signing_date:
        body = [(s, e) for s, e in spans if not re.match(r"\s*(sumber|source)\s*:", text[s:e], re.I)]
        for s, e in body[:6]:
            dated = [m for m in find_dates(text[s:e], year) if len(m.iso) == 10]
            if dated:
                record.signing_date = dated[0].iso
                record.evidence["signing_date"] = evidence(s, e)
                break
    if not record.signing_date and len(document.date) == 10:
        record.signing_date = document.date

    # Place of signing.
    for s, e in signing:
        match = _PLACE_RE.search(text[s:e])
        if match and len(match.group(1).split()) >= 2 and not re.fullmatch(r"(Lapas|Rutan) dan (Lapas|Rutan)", match.group(1)):
            record.place = match.group(1).strip(" ,.")
            record.evidence["place"] = evidence(s, e)
            break

    # The correctional side and the partners.
    headline_end = _headline_end(document)
    mentions = [m for m in organisations(text) if m.start >= headline_end and not _in_source_line(text, m.start)]
    units = [m for m in mentions if m.correctional]
    record.units = _units(units, signing)
    for i, name in enumerate(record.units):
        s, e = sentence_of(next(m.start for m in units if m.name == name))
        record.evidence["units" if i == 0 else f"unit:{i}"] = evidence(s, e)
    record.partners = _partners(mentions, signing, spans, text, evidence)

    # Province: the unit's town, a "Provinsi X", the dateline, the most named place.
    gazetteer = default_gazetteer()
    for candidate in record.units + [m.group(0) for m in _PROVINCE_WORD_RE.finditer(text)]:
        province = gazetteer.province_of(candidate)
        if province:
            record.province = province
            break
    if not record.province:
        first_lines = text[: (document.pages[0].end if document.pages else len(text))][:400]
        record.province = gazetteer.province_of(first_lines.split("\n", 2)[-1][:80]) or gazetteer.most_common_province(text)
    if record.province:
        places = gazetteer.mentions(text)
        hit = next((p for p in places if p.province == record.province), None)
        if hit:
            record.evidence["province"] = evidence(*sentence_of(hit.start))

    # Sectors from the sentences about the cooperation.
    scope = signing + [(s, e) for s, e in spans if re.search(r"\b(ruang lingkup|cakupan|mencakup|meliputi|program|pelatihan|bidang|fokus)\b", text[s:e], re.I)]
    for s, e in scope:
        for sector, _ in sectors_in(text[s:e]):
            if sector.id not in record.sectors:
                record.sectors.append(sector.id)
                record.evidence[f"sector:{sector.id}"] = evidence(s, e)

    # Duration and stated counts.
    for s, e in spans:
        match = _DURATION_RE.search(text[s:e])
        if match and not record.duration:
            record.duration = match.group(1)
            record.evidence["duration"] = evidence(s, e)
        for count in _COUNT_RE.finditer(text[s:e]):
            key = count.group(2).lower()
            record.counts.setdefault(key, count.group(1))
    return record


def _headline_end(document: Document) -> int:
    """Where the headline ends: title-cased headlines read as names ('Lapas Garut Teken PKS')."""
    first = document.text.split("\n", 1)[0]
    return len(first) if first.strip() == document.title.strip() and document.kind == "article" else 0


def _in_source_line(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return bool(re.match(r"\s*(sumber|source)\s*:", text[line_start : line_start + 12], re.I))


def _units(units: list[OrgMention], signing: list[tuple[int, int]]) -> list[str]:
    """The correctional parties: those named in signing sentences, most specific names first."""
    in_signing = [m for m in units if any(s <= m.start < e for s, e in signing)] or units
    # The most specific names first: a class ("Kelas IIA") or a town makes a name a unit's full name.
    counts = Counter(m.name for m in in_signing)
    counts = Counter({name: n + (5 if "kelas" in name.lower() else 0) + len(name) / 100 for name, n in counts.items()})
    names: list[str] = []
    for name, _ in counts.most_common():
        if any(normalise_name(name) in normalise_name(other) for other in names):
            continue
        names = [n for n in names if normalise_name(n) not in normalise_name(name)] + [name]
    return names[:3]


def _partners(mentions: list[OrgMention], signing, spans, text: str, evidence) -> list[Partner]:
    chosen: dict[str, Partner] = {}
    list_blocks = _list_block_spans(text, spans)
    for mention in mentions:
        if mention.correctional:
            continue
        sentence = next(((s, e) for s, e in spans if s <= mention.start < e), None)
        if sentence is None:
            continue
        s, e = sentence
        in_signing = sentence in signing
        in_list = any(bs <= mention.start < be for bs, be in list_blocks)
        if not (in_signing or in_list):
            continue
        before = text[s : mention.start]
        if _WITNESS_RE.search(before) and not re.search(r"\b(dengan|bersama|melibatkan|antara)\b", before[-80:], re.I):
            continue  # a witness or a guest, not a party
        if mention.name.isupper() and len(mention.name.split()) == 1 and f"({mention.name})" in text:
            continue  # "BLK" where the text also says "Balai Latihan Kerja (BLK) Kota Magelang"
        key = normalise_name(mention.name)
        if any(key != other and same_organisation(mention.name, chosen[other].name) for other in chosen):
            continue
        chosen.setdefault(key, Partner(mention.name, mention.kind, evidence(s, e)))
    return list(chosen.values())


def name_forms(name: str) -> set[str]:
    """A name as compared: folded; without its bracketed abbreviation; as abbreviation + the rest
    ("Kepolisian Resor (Polres) Semarang" → "polres semarang")."""
    forms = {normalise_name(name), normalise_name(re.sub(r"\([^)]*\)", " ", name))}
    match = re.search(r"\(([A-Z][\w-]{1,12})\)", name)
    if match:
        forms.add(normalise_name(match.group(1) + " " + name[match.end():]))
    return forms - {""}


def same_organisation(a: str, b: str) -> bool:
    forms_a, forms_b = name_forms(a), name_forms(b)
    if forms_a & forms_b:
        return True
    return any(x in y or y in x for x in forms_a for y in forms_b if min(len(x), len(y)) >= 12)


def _list_block_spans(text: str, spans) -> list[tuple[int, int]]:
    """Item lines under a lead that ends with a colon and speaks of partners."""
    blocks = []
    for s, e in spans:
        line = text[s:e]
        if line.rstrip().endswith(":") and re.search(r"\b(mitra|pihak|instansi|lembaga|mereka|yakni|yaitu|berikut|antara lain|lainnya|perangkat daerah|masing-masing|terdiri|meliputi|adalah|dokumen)\b", line, re.I):
            end = e
            for s2, e2 in spans:
                if s2 <= end:
                    continue
                if re.match(r"\s*(\d{1,2}[.)]|[-•*])\s", text[s2:e2]) and s2 - end < 4:
                    end = e2
                elif s2 > end:
                    break
            blocks.append((e, end))
    return blocks


def merge_records(records: list[Record]) -> list[Record]:
    """One record per signing: records of the same date and the same correctional unit are merged,
    keeping every source; a field they disagree on keeps both values in `conflicts`."""
    merged: list[Record] = []
    for record in sorted(records, key=lambda r: (r.signing_date, r.sources)):
        target = next((m for m in merged if _same_event(m, record)), None)
        if target is None:
            merged.append(Record.from_dict(record.as_dict()))
            continue
        target.doc_ids += [d for d in record.doc_ids if d not in target.doc_ids]
        target.sources += [s for s in record.sources if s not in target.sources]
        for partner in record.partners:
            if not any(same_organisation(partner.name, p.name) for p in target.partners):
                target.partners.append(partner)
        target.sectors += [s for s in record.sectors if s not in target.sectors]
        for key, value in record.evidence.items():
            target.evidence.setdefault(key, value)
        for name in ("agreement_type", "place", "province", "duration"):
            mine, theirs = getattr(target, name), getattr(record, name)
            if not mine:
                setattr(target, name, theirs)
            elif theirs and theirs != mine:
                values = target.conflicts.setdefault(name, [mine])
                if theirs not in values:
                    values.append(theirs)
    return merged


def _same_event(a: Record, b: Record) -> bool:
    if not a.signing_date or a.signing_date != b.signing_date:
        return False
    towns_a = {w for u in a.units for w in normalise_name(u).split()} - _GENERIC_UNIT_WORDS
    towns_b = {w for u in b.units for w in normalise_name(u).split()} - _GENERIC_UNIT_WORDS
    if towns_a & towns_b:
        return True
    partners_a = {w for p in a.partners for w in normalise_name(p.name).split()} - _GENERIC_UNIT_WORDS
    partners_b = {w for p in b.partners for w in normalise_name(p.name).split()} - _GENERIC_UNIT_WORDS
    return bool(partners_a and partners_b) and len(partners_a & partners_b) / min(len(partners_a), len(partners_b)) >= 0.6


_GENERIC_UNIT_WORDS = {
    "lapas", "rutan", "bapas", "lpka", "lpp", "kelas", "i", "ii", "iia", "iib", "iii", "b", "a", "lembaga",
    "pemasyarakatan", "rumah", "tahanan", "negara", "balai", "kantor", "wilayah", "kanwil", "direktorat", "jenderal",
    "ditjenpas", "ditjen", "pas", "perempuan", "pemuda", "anak", "khusus", "pembinaan", "kementerian", "dan",
}
