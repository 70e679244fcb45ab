"""FastAPI dependencies: the services built in the lifespan, and the API-key and rate-limit guard."""

from __future__ import annotations

from fastapi import Request

from assistant.services import Services


def get_services(request: Request) -> Services:
    return request.app.state.services


def guard(request: Request) -> str:
    """Authenticate the caller and count the request against its rate limit."""
    caller = request.app.state.keys.identify(request)
    request.app.state.limiter.check(caller)
    return caller
