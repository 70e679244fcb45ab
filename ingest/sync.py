"""`kerjasama sync`: the nightly job form of ingest.

- One run at a time: an exclusive `flock` on `DATA_DIR/sync.lock`. The kernel releases it when the
  holder dies, so a lock left by a killed process is taken over by the next run; the file records the
  holder's pid for the message a second run prints.
- Converges after a crash: ingest writes a changed file's new chunks before retiring the old ones and
  saves the manifest after each file, and every run ends with a sweep that removes chunks, cleaned
  documents and records whose document the manifest no longer knows (what a kill between two steps
  could leave). Killed at any point, the next run reaches the state a clean ingest gives.
- Reports: one log line per file, and a JSON report in `DATA_DIR/reports/sync-YYYYmmddTHHMMSSZ.json`.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ingest.core.errors import KerjasamaError
from ingest.manifest import Manifest, write_atomic


class SyncLocked(KerjasamaError):
    """Another sync holds the lock."""


@contextmanager
def sync_lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise SyncLocked(f"another sync is running (pid {holder}, lock {path}); this run exits without changes") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        handle.close()  # closing releases the lock


@dataclass
class SweepReport:
    chunks: int = 0
    documents: int = 0
    records: int = 0


def sweep_orphans(services) -> SweepReport:
    """Remove what belongs to no document of the manifest (left by a run killed between steps)."""
    known = {entry.doc_id for entry in Manifest.load(services.settings.manifest_path).files.values()}
    report = SweepReport()
    for doc_id in services.store.doc_ids() - known:
        ids = sorted(services.store.chunk_ids(doc_id))
        services.store.delete(ids)
        report.chunks += len(ids)
    for doc_id in services.documents.ids() - known:
        services.documents.delete(doc_id)
        report.documents += 1
    for doc_id in services.records.doc_ids() - known:
        services.records.delete(doc_id)
        report.records += 1
    if report.chunks:
        services.store.touch()
    return report


def run_sync(services, paths=None, log=print) -> dict:
    """Lock, ingest, sweep, report. Raises SyncLocked when another sync runs."""
    settings = services.settings
    started = time.perf_counter()
    with sync_lock(settings.data_dir / "sync.lock"):
        ingest = services.ingester(progress=False).run(paths)
        swept = sweep_orphans(services)
    for label, keys in [("added", ingest.added), ("updated", ingest.updated), ("removed", ingest.removed)]:
        for key in keys:
            log(f"sync: {label} {key}")
    for failure in ingest.failed:
        log(f"sync: failed {failure.path}: {failure.reason} [stage: {failure.stage}]")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    report = {
        **ingest.as_dict(),
        "swept": {"chunks": swept.chunks, "documents": swept.documents, "records": swept.records},
        "started": stamp,
        "duration_s": round(time.perf_counter() - started, 3),
        "ingest_s": round(ingest.seconds, 3),
    }
    path = settings.data_dir / "reports" / f"sync-{stamp}.json"
    write_atomic(path, json.dumps(report, ensure_ascii=False, indent=1))
    report["report_path"] = str(path)
    return report
