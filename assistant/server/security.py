"""API keys and rate limits for the journalists' API.

Keys are configured as SHA-256 hex digests (`KERJASAMA_API_KEY_HASHES`), never in clear, and sent as
`Authorization: Bearer KEY` or `X-API-Key: KEY`. With no keys configured the API is open, which the
server allows only when it listens on loopback. Each key (or client address, for an open API) may
make `rate_limit_per_minute` requests in any sliding minute; past that the answer is 429 with
`Retry-After`.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections import defaultdict, deque

from fastapi import HTTPException, Request


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class KeyChecker:
    def __init__(self, hashes: list[str]) -> None:
        self.hashes = [h.strip().lower() for h in hashes if h.strip()]

    @property
    def open(self) -> bool:
        return not self.hashes

    def identify(self, request: Request) -> str:
        """The caller's identity for rate limiting; 401 when keys are required and missing or wrong."""
        key = request.headers.get("x-api-key", "")
        authorization = request.headers.get("authorization", "")
        if not key and authorization.lower().startswith("bearer "):
            key = authorization[7:].strip()
        if self.open:
            return "client:" + (request.client.host if request.client else "unknown")
        if not key:
            raise HTTPException(401, "An API key is required: send it as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'.",
                                headers={"WWW-Authenticate": "Bearer"})
        digest = hash_key(key)
        if not any(hmac.compare_digest(digest, h) for h in self.hashes):
            raise HTTPException(401, "This API key is not valid. Check it, or ask the administrator for a new one.",
                                headers={"WWW-Authenticate": "Bearer"})
        return "key:" + digest[:16]


class RateLimiter:
    """A sliding one-minute window per caller, in memory (one process; see the README for several)."""

    def __init__(self, per_minute: int, clock=time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._calls: dict[str, deque] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, caller: str) -> None:
        now = self.clock()
        with self._lock:
            calls = self._calls[caller]
            while calls and now - calls[0] >= 60:
                calls.popleft()
            if len(calls) >= self.per_minute:
                retry = max(1, int(60 - (now - calls[0])) + 1)
                raise HTTPException(429, f"Too many requests: at most {self.per_minute} a minute. Try again in {retry} s.",
                                    headers={"Retry-After": str(retry)})
            calls.append(now)
