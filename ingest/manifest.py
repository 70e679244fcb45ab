"""The manifest: what was ingested, from which bytes, when. One JSON file, replaced atomically."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path


@dataclass
class FileEntry:
    sha256: str
    doc_id: str
    chunks: int
    embedder: str
    ingested_at: str
    title: str = ""
    records_version: int = 0  # the record extractor that read this file (see ingest.records.VERSION)
    text_version: int = 0  # the readers and cleaner that made its text (see ingest.pipeline.TEXT_VERSION)


@dataclass
class FailedEntry:
    """A file that could not be ingested, remembered so that the next run reports it again without
    reading the same bytes with the same readers again (a scan re-OCR'd every night to fail again)."""

    sha256: str
    reason: str
    stage: str
    readers: str  # what read it (limits, OCR on and installed, reader version): a change retries it


@dataclass
class Manifest:
    path: Path
    files: dict[str, FileEntry] = field(default_factory=dict)
    last_ingest: str = ""
    failed: dict[str, FailedEntry] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> "Manifest":
        if not path.exists():
            return cls(path)
        data = json.loads(path.read_text(encoding="utf-8"))
        # Fields this version does not know (written by a newer one) are left out, not an error.
        known = {f.name for f in fields(FileEntry)}
        files = {key: FileEntry(**{k: v for k, v in entry.items() if k in known}) for key, entry in data.get("files", {}).items()}
        failed_known = {f.name for f in fields(FailedEntry)}
        failed = {key: FailedEntry(**{k: v for k, v in entry.items() if k in failed_known})
                  for key, entry in data.get("failed", {}).items() if failed_known <= set(entry)}
        return cls(path, files, data.get("last_ingest", ""), failed)

    def save(self) -> None:
        """Write to a temporary file and rename it over the old one: a crash leaves one or the other."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "version": 1,
            "last_ingest": self.last_ingest,
            "files": {key: asdict(entry) for key, entry in sorted(self.files.items())},
            "failed": {key: asdict(entry) for key, entry in sorted(self.failed.items())},
        }
        write_atomic(self.path, json.dumps(payload, ensure_ascii=False, indent=1))


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
