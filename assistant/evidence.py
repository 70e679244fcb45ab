"""What kind of fact a sentence states: a date, a duration, an amount of money, a count, a person.

Pure functions. The answerer uses them to check that a sentence can answer the kind of question
asked ("kapan …?" needs a date), and to decline when no retrieved sentence can.
"""

from __future__ import annotations

import re

from ingest.dates import find_dates

NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "belasan": 12, "puluhan": 20, "ratusan": 100,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}
_NUMBER = r"(?:\d+(?:[.,]\d+)?|" + "|".join(NUMBER_WORDS) + r")"
_DURATION_RE = re.compile(r"(?<![\w.\-/])" + _NUMBER + r"\s*(?:\(\w+\)\s*)?(?:tahun|bulan|minggu|years?|months?)\b(?!\s*\d{4})", re.I)
_MONEY_RE = re.compile(r"\b(?:rp\.?\s?\d|rupiah|\d+(?:[.,]\d+)?\s*(?:juta|miliar|triliun|million|billion))", re.I)
_COUNT_RE = re.compile(r"(?<![\w/.\-])" + _NUMBER + r"(?![\w/\-]|\.\d)", re.I)
_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_PERSON_RE = re.compile(r"(?<![\w.])(" + _NAME_WORD + r"(?:\s+(?:[A-Z]\.\s*)?" + _NAME_WORD + r"){1,4}|[A-Z]{3,}(?:\s+[A-Z]{3,}){1,4})")
_ORG_PREFIX_RE = re.compile(r"\b(?:PT|CV|UD|PD|Yayasan|YAYASAN|Tbk)\.?\s*$")
_DATELINE_AFTER_RE = re.compile(r"^\s*[–—-]\s")
_ORG_RE = re.compile(
    r"\b(?:PT|CV|Yayasan|Dinas|Badan|BNN[PK]?|Polres\w*|Polda|Kodim|Korem|Kementerian|Kemenag|Kantor|Pengadilan|"
    r"Pondok Pesantren|Ponpes|Universitas|Fakultas|Institut|Institute|Balai|Pemerintah|Pemkab|Pemkot|Pemprov|Lembaga|"
    r"LBH|Bank|BRI|BNI|Satpol|Rumah|Perkumpulan|Himpunan|Majelis|Deputi|Direktorat|Ditjen|Lapas|Rutan|Bapas|LPKA|"
    r"Pokmas|Panti|IPWL|Sekolah|SMA|SMK|Politeknik|Koperasi|Disnaker|BLK|BPBD|Kanwil|Puskesmas|RSUD)\b"
)
_APPOSITIVE_RE = re.compile(r"(?:,|\boleh|\bdari)\s+(" + _NAME_WORD + r")(?=\s*[,.;)]|\s+(?:selaku|sebagai|yang)\b)")
_NOT_NAME = {
    "lapas", "rutan", "bapas", "lpka", "kelas", "dinas", "kantor", "kementerian", "badan", "kabupaten", "kota",
    "provinsi", "balai", "direktorat", "jenderal", "direktur", "pemasyarakatan", "yayasan", "warga", "binaan",
    "nota", "perjanjian", "kerja", "sama", "kesepahaman", "kesepakatan", "kepala", "ketua", "bupati", "wali",
    "menteri", "wilayah", "lembaga", "rumah", "tahanan", "negara", "perempuan", "pemuda", "pemerintah",
    "pondok", "pesantren", "universitas", "fakultas", "pengadilan", "negeri", "polres", "kodim", "satuan",
    "pihak", "para", "pasal", "kesatu", "kedua", "perkumpulan", "himpunan", "majelis", "ulama", "indonesia",
    "agama", "tenaga", "latihan", "perikanan", "pertanian", "ketahanan", "pangan", "koperasi", "nasional",
    "narkotika", "sekretaris", "daerah", "bidang", "seksi", "kepolisian", "resor", "bank", "rakyat", "sumber",
    "unit", "pelaksana", "teknis", "sekolah", "griya", "abhipraya", "abipraya", "program", "panti", "asuhan",
    "jawa", "barat", "timur", "tengah", "utara", "selatan", "sulawesi", "sumatera", "kalimantan", "nusa",
    "tenggara", "dokumen", "contoh", "ruang", "aula", "gedung", "jalan", "hotel", "the", "and", "kampung",
}


def has_date(sentence: str) -> bool:
    return bool(find_dates(sentence))


def has_duration(sentence: str) -> bool:
    return bool(_DURATION_RE.search(sentence))


def has_money(sentence: str) -> bool:
    return bool(_MONEY_RE.search(sentence))


def counts(sentence: str) -> list[str]:
    """Numbers stated in the sentence that are not part of a date, a year or a reference number."""
    date_spans = [(m.start, m.end) for m in find_dates(sentence)]
    found = []
    for match in _COUNT_RE.finditer(sentence):
        if any(s <= match.start() < e for s, e in date_spans):
            continue
        value = match.group(0)
        if value.isdigit() and len(value) == 4 and value.startswith(("19", "20")):
            continue  # a year
        found.append(value)
    return found


def persons(sentence: str) -> list[str]:
    """Runs of capitalised words that read as a person's name (no institution or title words)."""
    names = []
    for match in _PERSON_RE.finditer(sentence):
        words = match.group(1).replace(".", " ").split()
        if any(w.lower() in _NOT_NAME for w in words):
            continue
        if match.start() == 0 and len(words) < 2:
            continue
        if _ORG_PREFIX_RE.search(sentence[: match.start()]) or _DATELINE_AFTER_RE.match(sentence[match.end() :]):
            continue  # "CV. GALERI WONG KITO" is a company; "PALANGKA RAYA –" is a dateline
        names.append(match.group(1))
    for match in _APPOSITIVE_RE.finditer(sentence):  # "Kepala Disnaker Lamongan, Zamroni, meneken …"
        if match.group(1).lower() not in _NOT_NAME:
            names.append(match.group(1))
    return names


CORRECTIONAL = {"lapas", "rutan", "bapas", "lpka", "kanwil", "ditjen", "direktorat"}
_ENUMERATION_RE = re.compile(r",\s|\s(?:dan|serta|hingga|and)\s|;\s")
_PLACE_RE = re.compile(r"\b(?:di|bertempat di|berlangsung di|at|in)\s+(?:[A-Z]|aula|ruang|halaman|kantor|gedung|hotel)", re.I)


def organisations(sentence: str, known: set[str] | None = None, correctional: bool = True) -> int:
    """How many organisation names the sentence mentions.

    With `known` (stemmed tokens of the question), a name whose words are all known does not count:
    only organisations the question did not already name. `correctional=False` leaves out the
    correctional side (Lapas, Rutan, Bapas, Kanwil, Ditjenpas) when the question asks for partners.
    """
    from ingest.tokens import tokenize

    count = 0
    for match in _ORG_RE.finditer(sentence):
        head = match.group(0).lower()
        if not correctional and head in CORRECTIONAL:
            continue
        phrase = sentence[match.start() : match.end() + 60]
        words = phrase.split()[:5]
        name = []
        for word in words:
            if name and not (word[:1].isupper() or word[:1].isdigit() or word in {"dan", "&"}):
                break
            name.append(word.strip(",.;:()"))
        tokens = set(tokenize(" ".join(name)))
        if known is not None and tokens and tokens <= known:
            continue
        count += 1
    return count


def enumerates(sentence: str) -> bool:
    """The sentence lists things: at least two separators (commas, 'dan', 'serta')."""
    return len(_ENUMERATION_RE.findall(sentence)) >= 2


def names_a_place(sentence: str) -> bool:
    return bool(_PLACE_RE.search(sentence))


def satisfies(kind: str, sentence: str) -> bool:
    """Can this sentence answer a question of this kind at all?"""
    if kind == "date":
        return has_date(sentence)
    if kind == "duration":
        return has_duration(sentence)
    if kind == "money":
        return has_money(sentence)
    if kind == "count":
        return bool(counts(sentence))
    if kind == "person":
        return bool(persons(sentence))
    return True


STRICT_KINDS = {"date", "duration", "money", "count", "person"}
