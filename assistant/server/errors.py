"""One JSON shape for every error: {"error": {"code": "...", "message": "..."}}, with messages a
person understands (which field, what is wrong, what to do)."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ingest.core.errors import EmbedderError, KerjasamaError, ReaderUnavailable, StoreUnavailable

log = logging.getLogger("kerjasama.server")
_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          413: "too_large", 422: "invalid_request", 429: "rate_limited", 500: "internal_error", 503: "unavailable"}


def error_response(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": _CODES.get(status, "error"), "message": message}}, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        location = ".".join(str(p) for p in error.get("loc", []) if p != "body") or "body"
        if error.get("type") == "json_invalid":
            parts.append("the request body is not valid JSON; send a JSON object such as {\"question\": \"…\"}")
        elif error.get("type") == "missing":
            parts.append(f"{location}: this field is required")
        else:
            parts.append(f"{location}: {error.get('msg', 'invalid value')}")
    return "; ".join(parts) or "the request is not valid"


def install(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = str(exc.detail)
        if exc.status_code == 400 and message == "There was an error parsing the body":  # FastAPI: not UTF-8
            message = 'the request body is not UTF-8 text; send a UTF-8 JSON object such as {"question": "…"}'
        return error_response(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return error_response(422, _validation_message(exc))

    @app.exception_handler(StoreUnavailable)
    async def store_unavailable(request: Request, exc: StoreUnavailable):
        return error_response(503, f"The index is unavailable right now: {exc}. Try again shortly.", {"Retry-After": "5"})

    @app.exception_handler(EmbedderError)
    async def embedder_error(request: Request, exc: EmbedderError):
        return error_response(503, str(exc))

    @app.exception_handler(ReaderUnavailable)
    async def reader_unavailable(request: Request, exc: ReaderUnavailable):
        return error_response(503, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, f"Something went wrong on our side ({exc.__class__.__name__}); it has been logged. Try again.")

    @app.exception_handler(KerjasamaError)
    async def kerjasama_error(request: Request, exc: KerjasamaError):
        return error_response(400, str(exc))
