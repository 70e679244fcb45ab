"""The errors kerjasama raises, as one small tree.

KerjasamaError                 base of everything below; `str()` is written for the person who hits it
├── ConfigError                a setting has a value that cannot work (names the setting and what to do)
├── IngestError                one input file cannot be read (names the file and the reason)
├── StoreUnavailable           the vector store cannot be reached or opened
├── StoreBusy                  another process has the embedded store open in a way that excludes this
│                              command (names that process and what to do instead)
├── EmbedderError              the embedding model cannot be loaded
└── AnswerError                an answer could not be produced (e.g. an LLM backend failed)
    ├── BackendError           the configured LLM backend failed or answered garbage
    └── ReaderUnavailable      the trained reader's weights file is missing or damaged (names it, and
                               the command that restores it); search and records keep working

Each message says which file, field or setting is at fault and what to do about it.
"""

from __future__ import annotations


class KerjasamaError(Exception):
    """Base class for every error kerjasama raises on purpose."""


class ConfigError(KerjasamaError):
    """A setting has a value that cannot work."""


class IngestError(KerjasamaError):
    """One input file cannot be ingested. `path` names it, `reason` says why in a few words."""

    def __init__(self, path: str, reason: str, hint: str = "") -> None:
        self.path = str(path)
        self.reason = reason
        self.hint = hint
        self.stage = ""  # the ingest stage that raised it, set by the ingester's guard
        message = f"{self.path}: {reason}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class StoreUnavailable(KerjasamaError):
    """The vector store cannot be reached or opened."""


class StoreBusy(KerjasamaError):
    """Another process has the embedded store open in a way that excludes this command."""


class EmbedderError(KerjasamaError):
    """The embedding model cannot be loaded."""


class AnswerError(KerjasamaError):
    """An answer could not be produced."""


class BackendError(AnswerError):
    """The configured LLM backend failed, timed out or answered garbage."""


class ReaderUnavailable(AnswerError):
    """The trained reader's weights cannot be loaded; questions cannot be answered offline."""
