"""Incremental ingestion: bring the store up to date with the files under some paths.

An unchanged file (same bytes, same embedder) is skipped without re-embedding. A changed file gets
its new chunks written first and its old chunks retired after, so readers never see it half
replaced. A file gone from a scanned folder loses its chunks.

Every per-file stage (read, clean, metadata, chunk, records, embed) runs under one guard: a file that
cannot be read, or that makes any stage raise, is reported with the stage and the reason, and the run
goes on with the next file. All stages run before anything is written, so a failed file leaves what
was ingested from it before exactly in place. Only a store or embedder that cannot be reached at all
stops the run (that is not one file's fault).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tqdm import tqdm

from ingest.chunk import chunk_document
from ingest.core.errors import EmbedderError, IngestError, StoreUnavailable
from ingest.core.settings import Settings
from ingest.core.types import Chunk
from ingest.core.vocabulary import Vocabulary
from ingest.doc_store import DocumentStore
from ingest.embedders import Embedder
from ingest.load import load_document
from ingest.manifest import FailedEntry, FileEntry, Manifest
from ingest.ocr import tesseract_available
from ingest.read import Limits
from ingest.records import VERSION as RECORDS_VERSION
from ingest.records import extract_records
from ingest.records_store import RecordStore
from ingest.tokens import tokenize
from ingest.vector_store import Store

READERS_VERSION = 1  # bump when a reader changes, so that files reported before are read again
TEXT_VERSION = 4  # bump when reading, cleaning or sentence splitting changes a file's text or chunks: unchanged
# files are then read again (1: related-article lists dropped; 2: a .docx table's rows as "| a | b |"; 3: a signature
# block's left column going on below its right one; 4: "MUH." inside a name ends no sentence); only chunks
# whose text changed are embedded again

STAGES = ("read", "clean", "metadata", "chunk", "records", "embed")


@dataclass
class Failure:
    path: str
    reason: str
    stage: str = "read"


class StageFailed(Exception):
    """An unexpected exception inside one stage of one file (a bug or an input nobody foresaw)."""

    def __init__(self, stage: str, error: BaseException) -> None:
        self.stage = stage
        self.error = error
        super().__init__(f"{stage}: {type(error).__name__}: {error}")

    def message(self) -> str:
        return (
            f"the {self.stage} stage failed unexpectedly ({type(self.error).__name__}: {self.error}); "
            "the file was skipped and what was ingested from it before is unchanged; "
            "please report this file to the maintainers"
        )


def guarded(stage: str, fn, *args):
    """Run one stage of one file: known errors pass through, anything else is this file's failure."""
    try:
        return fn(*args)
    except IngestError as exc:
        exc.stage = getattr(exc, "stage", "") or stage
        raise
    except (StoreUnavailable, EmbedderError, StageFailed):
        raise
    except Exception as exc:  # noqa: BLE001 - one file must never stop the run
        raise StageFailed(stage, exc) from exc


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
        lines += [f"  failed: {f.path}: {f.reason} [stage: {f.stage}]" for f in self.failed]
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "failed": [{"path": f.path, "stage": f.stage, "reason": f.reason} for f in self.failed],
            "chunks_written": self.chunks_written,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class Ingester:
    settings: Settings
    store: Store
    embedder: Embedder
    vocabulary: Vocabulary
    progress: bool = True
    tagger: Callable[[str], list] | None = None  # text → entities (ingest.tagger); checks record names

    def __post_init__(self) -> None:
        self.documents = DocumentStore(self.settings.data_dir / "documents")
        self.records = RecordStore(self.settings.records_path, self.vocabulary)

    def run(self, paths: Iterable[Path] | None = None) -> IngestReport:
        started = time.perf_counter()
        roots = [Path(p) for p in (paths or [self.settings.corpus_dir])]
        report = IngestReport()
        manifest = Manifest.load(self.settings.manifest_path)
        seen: set[str] = set()
        for path, key in self._discover(roots, report):
            seen.add(key)
            self._ingest_file(path, key, manifest, report)
        for key in self._vanished(roots, list(manifest.failed), seen):
            del manifest.failed[key]  # a reported file that is gone is no longer reported
        for key in self._vanished(roots, list(manifest.files), seen):
            entry = manifest.files.pop(key)
            self.store.delete(sorted(self.store.chunk_ids(entry.doc_id)))
            self.documents.delete(entry.doc_id)
            self.records.delete(entry.doc_id)
            manifest.save()
            report.removed.append(key)
        if report.changed:
            self.store.touch()
        manifest.last_ingest = datetime.now(UTC).isoformat(timespec="seconds")
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

    def _vanished(self, roots: list[Path], keys: Iterable[str], seen: set[str]) -> list[str]:
        """Keys under the scanned roots that this run did not see (their files are gone)."""
        prefixes = []
        for root in roots:
            if root.is_dir() or not root.exists():
                key = self._key(root)
                prefixes.append("" if key == "." else key.rstrip("/") + "/")
        return [key for key in keys if key not in seen and any(key.startswith(prefix) for prefix in prefixes)]

    def _ingest_file(self, path: Path, key: str, manifest: Manifest, report: IngestReport) -> None:
        try:
            digest = _sha256(path)
        except OSError as exc:
            report.failed.append(Failure(key, f"cannot read the file ({exc.strerror})"))
            return
        remembered = manifest.failed.get(key)
        if remembered and remembered.sha256 == digest and remembered.readers == self._readers():
            report.failed.append(Failure(key, remembered.reason + " (unchanged since reported: not read again)", remembered.stage))
            return
        entry = manifest.files.get(key)
        if entry and entry.sha256 == digest and entry.embedder == self.embedder.name and entry.text_version == TEXT_VERSION:
            if entry.records_version != RECORDS_VERSION:
                self._reextract(entry, key, manifest, report)
            report.unchanged.append(key)
            return
        try:
            document = load_document(path, key, int(self.settings.max_file_mb * 2**20), self.vocabulary, guard=guarded,
                                     limits=self._limits())
            chunks = guarded("chunk", chunk_document, document, self.settings.chunk_max_chars)
            records = guarded("records", extract_records, document, self.vocabulary, self.tagger)
            old_ids = self.store.chunk_ids(document.id)
            new_chunks = [c for c in chunks if c.id not in old_ids]
            vectors = guarded("embed", self._embed, new_chunks, key)
        except IngestError as exc:
            reason, stage = exc.reason + (f" ({exc.hint})" if exc.hint else ""), exc.stage or "read"
            report.failed.append(Failure(key, reason, stage))
            # What the file is (corrupt, encrypted, empty, too big, a scan) stays so until its bytes or
            # the readers change; a bug (StageFailed) or an unreachable store is tried again.
            manifest.failed[key] = FailedEntry(digest, reason, stage, self._readers())
            manifest.save()
            return
        except StageFailed as exc:
            report.failed.append(Failure(key, exc.message(), exc.stage))
            return
        manifest.failed.pop(key, None)
        # Writes: new chunks first, then the document text and records, then the old chunks retired.
        self._upsert(new_chunks, vectors)
        self.documents.put(document)
        self.records.replace(document.id, records)
        self.store.delete(sorted(old_ids - {c.id for c in chunks}))
        manifest.files[key] = FileEntry(
            sha256=digest,
            doc_id=document.id,
            chunks=len(chunks),
            embedder=self.embedder.name,
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
            title=document.title,
            records_version=RECORDS_VERSION,
            text_version=TEXT_VERSION,
        )
        manifest.save()
        (report.updated if entry else report.added).append(key)
        report.chunks_written += len(new_chunks)

    def _readers(self) -> str:
        """What reading a file depends on besides its bytes: a change here reads reported files again."""
        s = self.settings
        return (f"readers {READERS_VERSION}; max {s.max_file_mb} MB, {s.max_pdf_pages} pages, {s.file_timeout_s} s, "
                f"{s.file_memory_mb} MB; OCR {'on' if s.ocr else 'off'}, tesseract {'found' if tesseract_available() else 'missing'}")

    def _limits(self) -> Limits:
        s = self.settings
        return Limits(int(s.max_file_mb * 2**20), s.max_pdf_pages, s.file_timeout_s, s.file_memory_mb, ocr=s.ocr)

    def _reextract(self, entry: FileEntry, key: str, manifest: Manifest, report: IngestReport) -> None:
        """A new record extractor reads an unchanged file again (no re-embedding)."""
        document = self.documents.get(entry.doc_id)
        if document is None:
            return
        try:
            records = guarded("records", extract_records, document, self.vocabulary, self.tagger)
        except StageFailed as exc:
            report.failed.append(Failure(key, exc.message(), exc.stage))
            return
        self.records.replace(document.id, records)
        entry.records_version = RECORDS_VERSION
        manifest.save()

    def _embed(self, chunks: list[Chunk], label: str) -> list[list[float]]:
        batch_size = self.settings.embed_batch_size
        vectors: list[list[float]] = []
        bar = tqdm(total=len(chunks), desc=f"embedding {label}"[:60], unit="chunk", disable=not self.progress, leave=False)
        for i in range(0, len(chunks), batch_size):
            batch = chunks[i : i + batch_size]
            vectors.extend(self.embedder.embed_passages([embedding_text(c) for c in batch]))
            bar.update(len(batch))
        bar.close()
        return vectors

    def _upsert(self, chunks: list[Chunk], vectors: list[list[float]]) -> None:
        extra = [{"tokens": " ".join(tokenize(c.title + "\n" + c.text))} for c in chunks]
        self.store.upsert(chunks, vectors, extra)


def embedding_text(chunk: Chunk) -> str:
    """What the embedder sees: the document title as context, then the chunk."""
    return f"{chunk.title}\n{chunk.text}" if chunk.title and not chunk.text.startswith(chunk.title) else chunk.text


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
