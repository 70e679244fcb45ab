"""Write ingest/data/vocabulary/places.tsv from the official list of provinces, regencies and cities.

    python scripts/build_places.py PATH/TO/idn-area-data/data

The source is the `idn-area-data` package (npm registry; data under the ODbL, from the Ministry of
Home Affairs' regulation on administrative area codes): `provinces.csv` (38) and `regencies.csv`
(514 regencies and cities). For each regency or city this writes its official forms ("Kabupaten X",
"Kab. X", "Kota X") and the bare name "X" where that bare name is unambiguous and is not an
ordinary word; then common short forms of provinces. Well-known towns that are not regencies
(district capitals, prison locations) are kept by hand in towns.tsv beside it.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "ingest" / "data" / "vocabulary" / "places.tsv"
PROVINCE_LABELS = {"DAERAH ISTIMEWA YOGYAKARTA": "DI Yogyakarta", "DKI JAKARTA": "DKI Jakarta"}
# Bare regency names that are also ordinary Indonesian words or other well-known places: only their
# official forms ("Kota Batu", "Kabupaten Puncak") are matched.
NOT_BARE = {"Batu", "Batang", "Puncak", "Agam", "Buru", "Sula", "Aru", "Malaka", "Kota Baru"}
PROVINCE_ALIASES = {
    "Aceh": ["NAD", "Nanggroe Aceh Darussalam"], "Sumatera Utara": ["Sumut"], "Sumatera Barat": ["Sumbar"],
    "Sumatera Selatan": ["Sumsel"], "Kepulauan Riau": ["Kepri"], "Kepulauan Bangka Belitung": ["Bangka Belitung", "Babel"],
    "DKI Jakarta": ["Jakarta"], "Jawa Barat": ["Jabar"], "Jawa Tengah": ["Jateng"], "Jawa Timur": ["Jatim"],
    "DI Yogyakarta": ["Yogyakarta", "DIY", "Jogja", "Yogya", "Daerah Istimewa Yogyakarta"],
    "Nusa Tenggara Barat": ["NTB"], "Nusa Tenggara Timur": ["NTT"], "Kalimantan Barat": ["Kalbar"],
    "Kalimantan Tengah": ["Kalteng"], "Kalimantan Selatan": ["Kalsel"], "Kalimantan Timur": ["Kaltim"],
    "Kalimantan Utara": ["Kaltara"], "Sulawesi Utara": ["Sulut"], "Sulawesi Tengah": ["Sulteng"],
    "Sulawesi Selatan": ["Sulsel"], "Sulawesi Tenggara": ["Sultra"], "Sulawesi Barat": ["Sulbar"],
    "Maluku Utara": ["Malut"],
}
# The provinces' English names (as English releases write them).
PROVINCE_ENGLISH = {
    "Sumatera Utara": "North Sumatra",
    "Sumatera Barat": "West Sumatra",
    "Sumatera Selatan": "South Sumatra",
    "Kepulauan Bangka Belitung": "Bangka Belitung Islands",
    "Kepulauan Riau": "Riau Islands",
    "Jawa Barat": "West Java",
    "Jawa Tengah": "Central Java",
    "DI Yogyakarta": "Special Region of Yogyakarta",
    "Jawa Timur": "East Java",
    "Nusa Tenggara Barat": "West Nusa Tenggara",
    "Nusa Tenggara Timur": "East Nusa Tenggara",
    "Kalimantan Barat": "West Kalimantan",
    "Kalimantan Tengah": "Central Kalimantan",
    "Kalimantan Selatan": "South Kalimantan",
    "Kalimantan Timur": "East Kalimantan",
    "Kalimantan Utara": "North Kalimantan",
    "Sulawesi Utara": "North Sulawesi",
    "Sulawesi Tengah": "Central Sulawesi",
    "Sulawesi Selatan": "South Sulawesi",
    "Sulawesi Tenggara": "Southeast Sulawesi",
    "Sulawesi Barat": "West Sulawesi",
    "Maluku Utara": "North Maluku",
    "Papua Barat": "West Papua",
    "Papua Selatan": "South Papua",
    "Papua Tengah": "Central Papua",
    "Papua Pegunungan": "Highland Papua",
    "Papua Barat Daya": "Southwest Papua",
}
# Common short forms of regencies and cities (general usage in Indonesian news).
REGENCY_ALIASES = {
    "Seram Bagian Barat": ["SBB"], "Seram Bagian Timur": ["SBT"], "Kutai Kartanegara": ["Kukar"],
    "Kotawaringin Barat": ["Kobar"], "Kotawaringin Timur": ["Kotim"], "Jakarta Selatan": ["Jaksel"],
    "Jakarta Timur": ["Jaktim"], "Jakarta Pusat": ["Jakpus"], "Jakarta Barat": ["Jakbar"], "Jakarta Utara": ["Jakut"],
    "Tangerang Selatan": ["Tangsel"], "Hulu Sungai Selatan": ["HSS"], "Hulu Sungai Tengah": ["HST"],
    "Hulu Sungai Utara": ["HSU"], "Pangkajene dan Kepulauan": ["Pangkep"], "Sidenreng Rappang": ["Sidrap"],
    "Toli-Toli": ["Tolitoli"], "Labuhanbatu": ["Labuhan Batu"], "Palangka Raya": ["Palangkaraya"],
    "Tanjung Pinang": ["Tanjungpinang"], "Pangkalpinang": ["Pangkal Pinang"], "Baubau": ["Bau-Bau"],
}
SMALL = {"DAN": "dan"}


def title(name: str) -> str:
    words = []
    for word in name.split():
        words.append(SMALL.get(word) or "-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def main(folder: Path) -> None:
    with (folder / "provinces.csv").open(encoding="utf-8") as handle:
        provinces = {row["code"]: PROVINCE_LABELS.get(row["name"], title(row["name"])) for row in csv.DictReader(handle)}
    with (folder / "regencies.csv").open(encoding="utf-8") as handle:
        regencies = [(row["province_code"], row["name"]) for row in csv.DictReader(handle)]
    rows: dict[str, str] = {}
    bare: dict[str, set[str]] = {}
    for province in provinces.values():
        rows[province] = province
        for alias in [*PROVINCE_ALIASES.get(province, []), *([PROVINCE_ENGLISH[province]] if province in PROVINCE_ENGLISH else [])]:
            rows[alias] = province
    for code, official in regencies:
        province = provinces[code]
        kind, _, rest = official.partition(" ")
        rest = rest.removeprefix("ADMINISTRASI ")
        name = title(rest)
        if kind == "KABUPATEN":
            rows[f"Kabupaten {name}"] = rows[f"Kab. {name}"] = rows[f"Kab {name}"] = province
        else:
            rows[f"Kota {name}"] = province
        bare.setdefault(name, set()).add(province)
        for alias in REGENCY_ALIASES.get(name, []):
            bare.setdefault(alias, set()).add(province)
    for name, where in bare.items():
        if len(where) == 1 and name not in NOT_BARE and name not in rows:
            rows[name] = next(iter(where))
    header = [
        "# place<TAB>province. Generated by scripts/build_places.py from idn-area-data (npm; ODbL; the Ministry",
        f"# of Home Affairs' area codes): {len(provinces)} provinces, {len(regencies)} regencies and cities, with their",
        "# official forms, unambiguous bare names and common short forms. Do not edit by hand: edit the script.",
    ]
    OUT.write_text("\n".join(header + [f"{place}\t{province}" for place, province in rows.items()]) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} places to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
