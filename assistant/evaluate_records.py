"""Score the extracted cooperation records against true records (`facts.jsonl`).

- partner precision / recall / F1: partner names matched after folding case and punctuation (a
  name also matches its form without the bracketed abbreviation, "Badan Narkotika Nasional
  Provinsi (BNNP) Banten" ~ "Badan Narkotika Nasional Provinsi Banten"); true partners that are
  descriptions rather than names ("sembilan mitra strategis (nama tidak disebutkan)") are left out;
- date accuracy: the signing date equals the true ISO date;
- province accuracy: the province equals the true one;
- sector recall: the share of true sectors (read through the same sector vocabulary) found.
Each true event is compared with the merged record built from its documents.
"""

from __future__ import annotations

import json
from pathlib import Path

from ingest.core.types import Record
from ingest.core.vocabulary import Vocabulary
from ingest.records import name_forms


def load_facts(path: Path) -> list[dict]:
    rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    return [r for r in rows if r.get("doc_files") and "partners" in r]


def names_match(a: str, b: str) -> bool:
    return bool(name_forms(a) & name_forms(b))


def is_name(text: str) -> bool:
    return text[:1].isupper() and "nama tidak" not in text.lower()


def score_records(facts: list[dict], records: list[Record], vocab: Vocabulary, distractors: set[str] | None = None) -> dict:
    """Partner precision/recall/F1, date, province and sector figures against the true events; with
    `distractors` (file names of documents that report no signing), how many records came from them."""
    tp = fp = fn = 0
    dates = provinces = 0
    sector_hits = sector_total = 0
    rows = []
    for fact in facts:
        files = {Path(f).stem for f in fact["doc_files"]}
        # Every record of the event's documents: a document may report its signings as several records.
        mine = [r for r in records if files & {Path(s).stem for s in r.sources}]
        record = next((r for r in mine if r.signing_date == fact.get("signing_date_iso")), mine[0] if mine else None)
        gold = [p for p in fact["partners"] if is_name(p)]
        found = list(dict.fromkeys(p.name for r in mine for p in r.partners))
        matched_gold = sum(any(names_match(g, f) for f in found) for g in gold)
        matched_found = sum(any(names_match(f, g) for g in gold) for f in found)
        tp += matched_gold
        fn += len(gold) - matched_gold
        fp += len(found) - matched_found
        date_ok = bool(record) and record.signing_date == fact.get("signing_date_iso")
        province_ok = bool(record) and bool(record.province) and str(fact.get("province", "")).startswith(record.province)
        dates += date_ok
        provinces += province_ok
        for sector in fact.get("sectors", []):
            ids = {s.id for s, _ in vocab.sectors_in(sector)}
            sector_total += 1  # a gold sector the vocabulary cannot map counts as a miss
            sector_hits += bool(ids & {x for r in mine for x in r.sectors})
        rows.append({"id": fact["id"], "record": bool(record), "partners_missed": [g for g in gold if not any(names_match(g, f) for f in found)],
                     "partners_extra": [f for f in found if not any(names_match(f, g) for g in gold)], "date_ok": date_ok,
                     "province_ok": province_ok})
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(facts) or 1
    return {
        "events": len(facts),
        "partner_precision": round(precision, 4),
        "partner_recall": round(recall, 4),
        "partner_f1": round(f1, 4),
        "date_accuracy": round(dates / n, 4),
        "province_accuracy": round(provinces / n, 4),
        "sector_recall": round(sector_hits / sector_total, 4) if sector_total else None,
        "records_from_distractors": sum(1 for r in records if {Path(x).name for x in r.sources} & (distractors or set())),
        "details": rows,
    }
