"""The records store: SQLite beside the Chroma folder (`$KERJASAMA_DATA_DIR/records.sqlite`).

SQLite because records are rows to filter and count (by sector, province, year, unit, partner,
agreement type) with exact answers, it ships with Python, and one file beside the index is enough
for one machine. Each document's extraction is stored under its document id, so re-ingesting a
document replaces exactly what it supported and removing it removes exactly that; records that
several documents report are merged when read (`merge_records`).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from ingest.core.types import Record
from ingest.organisations import normalise_name
from ingest.records import merge_records

# Words in a partner's name that make it of a kind whatever its head word ("LBH Fakultas Syariah IAIN …").
KIND_WORDS = {
    "university": ["universitas", "fakultas", "iain", "uin ", "institut", "politeknik", "sekolah tinggi"],
    "religious school": ["pondok pesantren", "ponpes"],
    "police": ["polres", "polresta", "polda", "kepolisian"],
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS doc_records (
    doc_id TEXT PRIMARY KEY, source TEXT, signing_date TEXT, year INTEGER, province TEXT,
    agreement_type TEXT, units TEXT, record_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS partners (doc_id TEXT, name TEXT, norm TEXT, kind TEXT);
CREATE TABLE IF NOT EXISTS sectors (doc_id TEXT, sector TEXT);
CREATE INDEX IF NOT EXISTS partners_doc ON partners(doc_id);
CREATE INDEX IF NOT EXISTS sectors_doc ON sectors(doc_id);
"""


class RecordStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as db, db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        return db

    def replace(self, doc_id: str, record: Record | None) -> None:
        """Store what one document says (or nothing), replacing what it said before, atomically."""
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM doc_records WHERE doc_id = ?", (doc_id,))
            db.execute("DELETE FROM partners WHERE doc_id = ?", (doc_id,))
            db.execute("DELETE FROM sectors WHERE doc_id = ?", (doc_id,))
            if record is None:
                return
            db.execute(
                "INSERT INTO doc_records VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, record.sources[0], record.signing_date, record.year, record.province, record.agreement_type,
                 " | ".join(record.units), json.dumps(record.as_dict(), ensure_ascii=False)),
            )
            db.executemany("INSERT INTO partners VALUES (?, ?, ?, ?)",
                           [(doc_id, p.name, normalise_name(p.name), p.kind) for p in record.partners])
            db.executemany("INSERT INTO sectors VALUES (?, ?)", [(doc_id, s) for s in record.sectors])

    def delete(self, doc_id: str) -> None:
        self.replace(doc_id, None)

    def doc_ids(self) -> set[str]:
        with closing(self._connect()) as db:
            return {row[0] for row in db.execute("SELECT doc_id FROM doc_records")}

    def query(self, sector: str = "", province: str = "", year: int | None = None, partner: str = "",
              unit: str = "", agreement_type: str = "", partner_kind: str = "") -> list[Record]:
        """Merged records matching every given filter (case-insensitive; partner and unit by substring)."""
        clauses, params = [], []
        if sector:
            clauses.append("doc_id IN (SELECT doc_id FROM sectors WHERE sector = ?)")
            params.append(sector.lower())
        if province:
            clauses.append("lower(province) = lower(?)")
            params.append(province)
        if year:
            clauses.append("year = ?")
            params.append(int(year))
        if partner:
            clauses.append("doc_id IN (SELECT doc_id FROM partners WHERE norm LIKE ?)")
            params.append(f"%{normalise_name(partner)}%")
        if partner_kind:
            words = KIND_WORDS.get(partner_kind, [])
            clauses.append("doc_id IN (SELECT doc_id FROM partners WHERE kind = ?" + " OR norm LIKE ?" * len(words) + ")")
            params += [partner_kind] + [f"%{w}%" for w in words]
        if unit:
            clauses.append("lower(units) LIKE ?")
            params.append(f"%{unit.lower()}%")
        if agreement_type:
            clauses.append("lower(agreement_type) LIKE ?")
            params.append(f"%{agreement_type.lower()}%")
        sql = "SELECT record_json FROM doc_records" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        with closing(self._connect()) as db:
            rows = [Record.from_dict(json.loads(r[0])) for r in db.execute(sql, params)]
        return merge_records(rows)

    def all(self) -> list[Record]:
        return self.query()
