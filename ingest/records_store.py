"""The records store: SQLite beside the Chroma folder (`$KERJASAMA_DATA_DIR/records.sqlite`).

SQLite because records are rows to filter and count (by sector, province, year, unit, partner,
agreement type) with exact answers, it ships with Python, and one file beside the index is enough
for one machine. Each signing a document reports is a row kept under its document id, so
re-ingesting a document replaces exactly what it supported and removing it removes exactly that;
records that several documents report are merged when read (`merge_records`).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from ingest.core.types import Record
from ingest.core.vocabulary import Vocabulary
from ingest.organisations import normalise_name
from ingest.records import merge_records


def kind_words(vocab: Vocabulary, kind: str) -> list[str]:
    """Head words of a kind, which make a partner of that kind wherever they stand in its name
    ("LBH Fakultas Syariah …" is also a university partner)."""
    return [normalise_name(head) for head in vocab.heads_of_kind(kind)]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS signings (
    record_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, source TEXT, signing_date TEXT, year INTEGER, province TEXT,
    agreement_type TEXT, units TEXT, record_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS partners (record_id TEXT, doc_id TEXT, name TEXT, norm TEXT, kind TEXT);
CREATE TABLE IF NOT EXISTS sectors (record_id TEXT, doc_id TEXT, sector TEXT);
CREATE INDEX IF NOT EXISTS signings_doc ON signings(doc_id);
CREATE INDEX IF NOT EXISTS partners_record ON partners(record_id);
CREATE INDEX IF NOT EXISTS sectors_record ON sectors(record_id);
"""
# The first layout kept one record per document; its tables are dropped and the documents re-read
# (the extractor version changed with it, so every unchanged file is re-extracted by the next ingest).
_OLD_LAYOUT = "DROP TABLE IF EXISTS doc_records; DROP TABLE IF EXISTS partners; DROP TABLE IF EXISTS sectors;"


class RecordStore:
    def __init__(self, path: Path, vocab: Vocabulary) -> None:
        self.path = path
        self.vocab = vocab
        path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as db, db:
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'doc_records'").fetchone():
                db.executescript(_OLD_LAYOUT)
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        return db

    def replace(self, doc_id: str, records: list[Record]) -> None:
        """Store the signings one document reports (maybe none), replacing what it said before, atomically."""
        with closing(self._connect()) as db, db:
            for table in ("signings", "partners", "sectors"):
                db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            for record in records:
                db.execute(
                    "INSERT INTO signings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (record.id, doc_id, record.sources[0], record.signing_date, record.year, record.province,
                     record.agreement_type, " | ".join(record.units), json.dumps(record.as_dict(), ensure_ascii=False)),
                )
                db.executemany("INSERT INTO partners VALUES (?, ?, ?, ?, ?)",
                               [(record.id, doc_id, p.name, " | ".join(normalise_name(n) for n in [p.name, *p.aliases]), p.kind)
                                for p in record.partners])
                db.executemany("INSERT INTO sectors VALUES (?, ?, ?)", [(record.id, doc_id, s) for s in record.sectors])

    def delete(self, doc_id: str) -> None:
        self.replace(doc_id, [])

    def doc_ids(self) -> set[str]:
        with closing(self._connect()) as db:
            return {row[0] for row in db.execute("SELECT DISTINCT doc_id FROM signings")}

    def query(self, sector: str = "", province: str = "", year: int | None = None, partner: str = "",
              unit: str = "", agreement_type: str = "", partner_kind: str = "") -> list[Record]:
        """Merged records matching every given filter (case-insensitive; partner and unit by substring)."""
        clauses, params = [], []
        if sector:
            clauses.append("record_id IN (SELECT record_id FROM sectors WHERE sector = ?)")
            params.append(sector.lower())
        if province:
            clauses.append("lower(province) = lower(?)")
            params.append(province)
        if year:
            clauses.append("year = ?")
            params.append(int(year))
        if partner:
            clauses.append("record_id IN (SELECT record_id FROM partners WHERE norm LIKE ?)")
            params.append(f"%{normalise_name(partner)}%")
        if partner_kind:
            words = kind_words(self.vocab, partner_kind)
            clauses.append("record_id IN (SELECT record_id FROM partners WHERE kind = ?" + " OR (' ' || norm || ' ') LIKE ?" * len(words) + ")")
            params += [partner_kind] + [f"% {w} %" for w in words]
        if unit:
            clauses.append("lower(units) LIKE ?")
            params.append(f"%{unit.lower()}%")
        if agreement_type:
            clauses.append("lower(agreement_type) LIKE ?")
            params.append(f"%{agreement_type.lower()}%")
        sql = "SELECT record_json FROM signings" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        with closing(self._connect()) as db:
            rows = [Record.from_dict(json.loads(r[0])) for r in db.execute(sql, params)]
        return merge_records(rows, self.vocab)

    def all(self) -> list[Record]:
        return self.query()
