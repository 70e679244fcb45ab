"""LLM backends through LangChain chat models, chosen by name from settings.

`Generator` is the protocol: `generate(system, user) -> str` and `stream(system, user)` yielding
text pieces. Backends are built by `make_generator(settings)` from `GENERATORS`, where a new backend
registers the same way as the built-ins. Every failure (timeout, refused connection, an error status,
garbage) becomes a `BackendError` that says which backend and URL failed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from ingest.core.errors import BackendError, ConfigError
from ingest.core.settings import Settings


class Generator(Protocol):
    name: str

    def generate(self, system: str, user: str) -> str: ...

    def stream(self, system: str, user: str) -> Iterator[str]: ...


class LangChainGenerator:
    """Wraps a LangChain chat model; keeps LangChain's message types inside this class."""

    def __init__(self, name: str, model, where: str) -> None:
        self.name = name
        self._model = model
        self._where = where

    def _messages(self, system: str, user: str):
        from langchain_core.messages import HumanMessage, SystemMessage

        return [SystemMessage(content=system), HumanMessage(content=user)]

    def generate(self, system: str, user: str) -> str:
        try:
            message = self._model.invoke(self._messages(system, user))
        except Exception as exc:  # httpx, openai and ollama raise their own types
            raise BackendError(f"the {self.name} backend at {self._where} failed: {exc.__class__.__name__}: {exc}") from exc
        content = getattr(message, "content", None)
        if not isinstance(content, str) or not content.strip():
            raise BackendError(f"the {self.name} backend at {self._where} returned no text")
        return content

    def stream(self, system: str, user: str) -> Iterator[str]:
        try:
            for chunk in self._model.stream(self._messages(system, user)):
                content = getattr(chunk, "content", "")
                if isinstance(content, str) and content:
                    yield content
        except Exception as exc:
            raise BackendError(f"the {self.name} backend at {self._where} failed while streaming: {exc.__class__.__name__}: {exc}") from exc


def _require(settings: Settings, *fields: str) -> None:
    for field in fields:
        if not getattr(settings, field):
            raise ConfigError(f"KERJASAMA_LLM_BACKEND={settings.llm_backend} needs KERJASAMA_{field.upper()}")


def _ollama(settings: Settings) -> Generator:
    from langchain_ollama import ChatOllama

    _require(settings, "llm_model")
    base_url = settings.llm_base_url or "http://127.0.0.1:11434"
    model = ChatOllama(
        model=settings.llm_model,
        base_url=base_url,
        temperature=0,
        client_kwargs={"timeout": settings.llm_timeout},
    )
    return LangChainGenerator("ollama", model, base_url)


def _openai(settings: Settings) -> Generator:
    from langchain_openai import ChatOpenAI

    _require(settings, "llm_model", "llm_base_url")
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
    model = ChatOpenAI(
        model=settings.llm_model,
        openai_api_base=settings.llm_base_url,
        openai_api_key=key,
        request_timeout=settings.llm_timeout,
        max_retries=0,
        temperature=0,
    )
    return LangChainGenerator("openai", model, settings.llm_base_url)


GENERATORS: dict[str, Callable[[Settings], Generator]] = {"ollama": _ollama, "openai": _openai}


def make_generator(settings: Settings) -> Generator | None:
    if settings.llm_backend == "none":
        return None
    try:
        factory = GENERATORS[settings.llm_backend]
    except KeyError:
        raise ConfigError(f"unknown LLM backend {settings.llm_backend!r}; choose one of {sorted(GENERATORS)} or none") from None
    return factory(settings)
