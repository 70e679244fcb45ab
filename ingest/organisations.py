"""Organisation names in Indonesian text: where they start (a head word such as "Dinas", "PT",
"Yayasan", "Polres"), where they end, what kind they are, and whether they are the correctional
side (Lapas, Rutan, Bapas, Kanwil, Ditjenpas …) or a partner. Pure functions."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Head words, longest first where one extends another. Value: organisation kind.
PARTNER_HEADS: dict[str, str] = {
    "Kementerian Kelautan dan Perikanan": "ministry", "Kementerian": "ministry", "Kemenag": "ministry office",
    "Kantor Kementerian Agama": "ministry office", "Deputi": "agency", "Direktorat Jenderal": "ministry",
    "Ditjen": "ministry", "Badan": "agency", "BNNP": "agency", "BNNK": "agency", "BNN": "agency", "BPBD": "agency",
    "BPJS": "agency", "KKP": "ministry", "Dinas": "agency", "Disnaker": "agency", "Dinkes": "agency",
    "Satpol PP": "agency", "Satuan Polisi Pamong Praja": "agency", "Balai Latihan Kerja": "agency", "BLK": "agency",
    "Balai": "agency", "Sanggar Kegiatan Belajar": "school", "Kepolisian": "police", "Polresta": "police",
    "Polres": "police", "Polda": "police", "Polsek": "police", "Kodim": "military", "Korem": "military",
    "Lanal": "military", "Pengadilan": "court", "Kejaksaan": "prosecutor", "Kejari": "prosecutor",
    "Pemerintah": "regional government", "Pemkab": "regional government", "Pemkot": "regional government",
    "Pemprov": "regional government", "Pemda": "regional government", "PT": "company", "CV": "company",
    "UD": "company", "Koperasi": "cooperative", "Bank": "bank", "BRI": "bank", "BNI": "bank",
    "Yayasan": "foundation", "IPWL": "foundation", "Pokmas": "community group", "Karang Taruna": "community group",
    "Perkumpulan": "association", "Himpunan": "association", "Ikatan": "association", "Asosiasi": "association",
    "Persatuan": "association", "Forum": "association", "Majelis": "religious body", "Nahdlatul": "religious body",
    "Muhammadiyah": "religious body", "Gereja": "religious body", "Keuskupan": "religious body",
    "Parisada": "religious body", "Pondok Pesantren": "religious school", "Ponpes": "religious school",
    "Pesantren": "religious school", "Universitas": "university", "Fakultas": "university", "Institut": "university",
    "Institute": "NGO", "IAIN": "university", "UIN": "university", "Politeknik": "university",
    "Sekolah Tinggi": "university", "Sekolah": "school", "SMA": "school", "SMK": "school", "PKBM": "school",
    "LBH": "legal aid", "Lembaga Bantuan Hukum": "legal aid", "Rumah Bantuan Hukum": "legal aid",
    "Lembaga": "NGO", "RSUD": "hospital", "Rumah Sakit": "hospital", "Puskesmas": "health centre",
    "Panti Asuhan": "social institution", "Panti": "social institution", "Pengasuh": "religious body",
}
CORRECTIONAL_HEADS = [
    "Kementerian Imigrasi dan Pemasyarakatan", "Kementerian Hukum dan HAM", "Kementerian Hukum dan Hak Asasi Manusia",
    "Kemenimipas", "Kementerian Imipas", "Imipas", "Kemenkumham", "Direktorat Jenderal Pemasyarakatan", "Ditjen Pemasyarakatan", "Ditjenpas",
    "Ditjen Pas", "Dirjenpas", "Kantor Wilayah", "Kanwil", "Lembaga Pemasyarakatan Perempuan", "Lembaga Pemasyarakatan",
    "Lembaga Pembinaan Khusus Anak", "Rumah Tahanan Negara", "Rumah Tahanan", "Balai Pemasyarakatan", "Lapas", "Rutan",
    "Bapas", "LPKA", "LPP", "UPT Pemasyarakatan",
]
_ALL_HEADS = sorted(list(PARTNER_HEADS) + CORRECTIONAL_HEADS, key=len, reverse=True)
_HEAD_RE = re.compile(r"(?<![\w])(" + "|".join(re.escape(h) for h in _ALL_HEADS) + r")(?![\w])")
_CORRECTIONAL_SET = {h.lower() for h in CORRECTIONAL_HEADS}
_WORD_RE = re.compile(r"[ \t]*(\([^()\n]{1,40}\)|[\"“][^\"”\n]{1,40}[\"”]|[^\s,;:()]+)")  # never across a line
_CONNECTORS = {"dan", "&", "of", "for", "the"}
_LOWER_INSIDE = {"dan", "&"}
_TAIL_HEAD_RE = re.compile(r"(?<![\w])(?:[A-Z][\w'-]+[ \t]+){1,4}(?:School|Foundation|Centre|Center|Academy|College|Institute)\b")
_TITLES = {"prof", "dr", "drs", "ir", "hj", "kh", "st", "jl", "jln"}
_STOP_WORDS = {"AKBP", "AKP", "Kombes", "Brigjen", "Irjen", "Komjen", "Letkol", "Kolonel", "Mayor", "Kapten", "Kompol", "Iptu", "Ipda", "Kepala", "Ketua", "Bupati", "Wali", "Sekda", "Direktur", "Menteri", "Pj", "Penjabat", "Kalapas", "Karutan"}


@dataclass(frozen=True)
class OrgMention:
    name: str
    kind: str
    correctional: bool
    start: int
    end: int


def organisations(text: str) -> list[OrgMention]:
    """Every organisation name in `text`, in order, as exact spans."""
    found: list[OrgMention] = []
    position = 0
    while True:
        match = _HEAD_RE.search(text, position)
        if not match:
            break
        head = match.group(1)
        after_head = match.end() + (1 if text[match.end() : match.end() + 1] == "." else 0)  # "CV. Galeri …"
        end = _extend(text, after_head)
        name = text[match.start() : end].rstrip(" .")
        end = match.start() + len(name)
        correctional = head.lower() in _CORRECTIONAL_SET or _is_correctional_name(name)
        kind = "correctional" if correctional else PARTNER_HEADS.get(head, "organisation")
        if len(name.split()) >= 2 or head.isupper():
            found.append(OrgMention(name, kind, correctional, match.start(), end))
        position = max(end, match.end())
    for match in _TAIL_HEAD_RE.finditer(text):  # "Karunia Global School": the kind word comes last
        if not any(m.start <= match.start() < m.end for m in found):
            found.append(OrgMention(match.group(0), "school" if "School" in match.group(0) else "NGO", False, match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def _extend(text: str, position: int) -> int:
    """Consume the capitalised words, numbers, bracketed abbreviations and 'dan X' of a name."""
    end = position
    while True:
        match = _WORD_RE.match(text, end)
        if not match:
            return end
        word = match.group(1)
        if word.startswith(("(", '"', "“")):
            end = match.end()
            continue
        if word in _LOWER_INSIDE:
            after = _WORD_RE.match(text, match.end())
            if after is None:  # "… dan" at the end of the text or of a line: the name ends before it
                return end
            nxt = after.group(1)
            starts_name = _HEAD_RE.match(text, after.start(1)) or _TAIL_HEAD_RE.match(text, after.start(1))
            if nxt[:1].isupper() and not starts_name and nxt not in _STOP_WORDS:
                end = after.end()
                continue
            return end
        if word in _STOP_WORDS:
            return end
        if word == "RI":
            return match.end()  # "… BNN RI Marthinus Hukom": a person's name follows
        if word[:1].isupper() or word[:1].isdigit() or word in _CONNECTORS - _LOWER_INSIDE and end > position:
            end = match.end()
            bare = word[:-1]
            if word.endswith(".") and len(word) > 4 and not bare.isupper() and bare.lower() not in _TITLES:
                return end - 1  # a sentence ends here
            continue
        return end


def _is_correctional_name(name: str) -> bool:
    lowered = name.lower()
    return "pemasyarakatan" in lowered and not lowered.startswith(("lembaga bantuan", "politeknik"))


def normalise_name(name: str) -> str:
    """Case and punctuation folded, white space collapsed: the form names are compared in."""
    return " ".join(re.sub(r"[^\w\s]", " ", name.lower()).split())
