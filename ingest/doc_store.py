"""Cleaned documents kept beside the index (`$KERJASAMA_DATA_DIR/documents/<id>.json`).

Citations quote spans of these texts, and the API serves them by id. Ids are checked against a
strict pattern, so that no request can name a path.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path

from ingest.core.types import Document, Page
from ingest.manifest import write_atomic

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")


class DocumentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, doc_id: str) -> Path | None:
        return self.root / f"{doc_id}.json" if _ID_RE.match(doc_id) else None

    def put(self, document: Document) -> None:
        path = self._path(document.id)
        assert path is not None, document.id
        write_atomic(path, json.dumps(asdict(document), ensure_ascii=False))

    def get(self, doc_id: str) -> Document | None:
        """The document, or None when it does not exist (or was removed by a sync while being read)."""
        path = self._path(doc_id)
        if path is None:
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        data["pages"] = [Page(**page) for page in data.get("pages", [])]
        return Document(**data)

    def delete(self, doc_id: str) -> None:
        path = self._path(doc_id)
        if path is not None:
            path.unlink(missing_ok=True)

    def ids(self) -> set[str]:
        return {p.stem for p in self.root.glob("*.json")} if self.root.exists() else set()
