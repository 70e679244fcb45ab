"""Incremental ingestion: bring the store up to date with the files under some paths.

An unchanged file (same bytes, same embedder) is skipped without re-embedding. A changed file gets
its new chunks written first and its old chunks retired after, so readers never see it half
replaced. A file gone from a scanned folder loses its chunks. A file that cannot be read is reported
and skipped, and whatever was ingested from it before stays in place.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from tqdm import tqdm

from assistant.embedders import Embedder
from assistant.errors import IngestError
from assistant.settings import Settings
from assistant.store import Store
from assistant.tokens import tokenize
from ingest.chunk import chunk_document
from ingest.doc_store import DocumentStore
from ingest.documents import Chunk
from ingest.load import load_document
from ingest.manifest import FileEntry, Manifest
from ingest.records import VERSION as RECORDS_VERSION
from ingest.records import extract_record
from ingest.records_store import RecordStore


@dataclass
class Failure:
    path: str
    reason: str


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    chunks_written: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        lines = [
            f"added {len(self.added)}, updated {len(self.updated)}, removed {len(self.removed)}, "
            f"unchanged {len(self.unchanged)}, failed {len(self.failed)} "
            f"({self.chunks_written} chunks embedded in {self.seconds:.1f} s)"
        ]
        lines += [f"  failed: {f.path}: {f.reason}" for f in self.failed]
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "failed": [{"path": f.path, "reason": f.reason} for f in self.failed],
            "chunks_written": self.chunks_written,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class Ingester:
    settings: Settings
    store: Store
    embedder: Embedder
    progress: bool = True

    def __post_init__(self) -> None:
        self.documents = DocumentStore(self.settings.data_dir / "documents")
        self.records = RecordStore(self.settings.records_path)

    def run(self, paths: Iterable[Path] | None = None) -> IngestReport:
        started = time.perf_counter()
        roots = [Path(p) for p in (paths or [self.settings.corpus_dir])]
        report = IngestReport()
        manifest = Manifest.load(self.settings.manifest_path)
        seen: set[str] = set()
        for path, key in self._discover(roots, report):
            seen.add(key)
            self._ingest_file(path, key, manifest, report)
        for key in self._vanished(roots, manifest, seen):
            entry = manifest.files.pop(key)
            self.store.delete(sorted(self.store.chunk_ids(entry.doc_id)))
            self.documents.delete(entry.doc_id)
            self.records.delete(entry.doc_id)
            manifest.save()
            report.removed.append(key)
        if report.changed:
            self.store.touch()
        manifest.last_ingest = datetime.now(timezone.utc).isoformat(timespec="seconds")
        manifest.save()
        report.seconds = time.perf_counter() - started
        return report

    # -- steps ----------------------------------------------------------------------------------
    def _key(self, path: Path) -> str:
        """How the corpus knows a file: its path relative to the corpus folder, else its absolute path."""
        resolved = path.resolve()
        try:
            return resolved.relative_to(self.settings.corpus_dir.resolve()).as_posix()
        except ValueError:
            return resolved.as_posix()

    def _discover(self, roots: list[Path], report: IngestReport):
        for root in roots:
            if root.is_dir():
                for path in sorted(p for p in root.rglob("*") if p.is_file()):
                    if path.name.startswith(".") or any(part.startswith(".") for part in path.relative_to(root).parts):
                        continue
                    yield path, self._key(path)
            elif root.is_file():
                yield root, self._key(root)
            else:
                report.failed.append(Failure(str(root), "no such file or folder"))

    def _vanished(self, roots: list[Path], manifest: Manifest, seen: set[str]) -> list[str]:
        prefixes = []
        for root in roots:
            if root.is_dir() or not root.exists():
                key = self._key(root)
                prefixes.append("" if key == "." else key.rstrip("/") + "/")
        return [
            key
            for key in manifest.files
            if key not in seen and any(key.startswith(prefix) for prefix in prefixes)
        ]

    def _ingest_file(self, path: Path, key: str, manifest: Manifest, report: IngestReport) -> None:
        try:
            digest = _sha256(path)
        except OSError as exc:
            report.failed.append(Failure(key, f"cannot read the file ({exc.strerror})"))
            return
        entry = manifest.files.get(key)
        if entry and entry.sha256 == digest and entry.embedder == self.embedder.name:
            if entry.records_version != RECORDS_VERSION:
                document = self.documents.get(entry.doc_id)
                if document is not None:
                    self.records.replace(document.id, extract_record(document))
                    entry.records_version = RECORDS_VERSION
                    manifest.save()
            report.unchanged.append(key)
            return
        try:
            document = load_document(path, key, int(self.settings.max_file_mb * 2**20))
        except IngestError as exc:
            report.failed.append(Failure(key, exc.reason + (f" ({exc.hint})" if exc.hint else "")))
            return
        chunks = chunk_document(document, self.settings.chunk_max_chars)
        old_ids = self.store.chunk_ids(document.id)
        new_chunks = [c for c in chunks if c.id not in old_ids]
        self._write(new_chunks, key)
        self.documents.put(document)
        self.records.replace(document.id, extract_record(document))
        self.store.delete(sorted(old_ids - {c.id for c in chunks}))
        manifest.files[key] = FileEntry(
            sha256=digest,
            doc_id=document.id,
            chunks=len(chunks),
            embedder=self.embedder.name,
            ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            title=document.title,
            records_version=RECORDS_VERSION,
        )
        manifest.save()
        (report.updated if entry else report.added).append(key)
        report.chunks_written += len(new_chunks)

    def _write(self, chunks: list[Chunk], label: str) -> None:
        batch_size = self.settings.embed_batch_size
        bar = tqdm(total=len(chunks), desc=f"embedding {label}"[:60], unit="chunk", disable=not self.progress, leave=False)
        for i in range(0, len(chunks), batch_size):
            batch = chunks[i : i + batch_size]
            vectors = self.embedder.embed_passages([embedding_text(c) for c in batch])
            extra = [{"tokens": " ".join(tokenize(c.title + "\n" + c.text))} for c in batch]
            self.store.upsert(batch, vectors, extra)
            bar.update(len(batch))
        bar.close()


def embedding_text(chunk: Chunk) -> str:
    """What the embedder sees: the document title as context, then the chunk."""
    return f"{chunk.title}\n{chunk.text}" if chunk.title and not chunk.text.startswith(chunk.title) else chunk.text


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
