"""The API against schemathesis: every operation fuzzed from our own OpenAPI schema, all checks on.

Bounded and repeatable: a fixed number of examples per operation and schemathesis's deterministic
generation, against the real server on a loopback socket with an API key and the seed corpus.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.server.app import create_app
from assistant.server.security import hash_key
from assistant.services import Services
from tests.server.live import live_server

pytestmark = pytest.mark.integration

KEY = "kunci-uji-fuzz"
EXAMPLES = 25


def test_schemathesis_finds_no_failure_on_any_operation(seed_corpus, settings, embedder, reader, tmp_path):
    settings = settings.model_copy(update={"api_key_hashes": [hash_key(KEY)], "rate_limit_per_minute": 1_000_000})
    services = Services(settings, _embedder=embedder, _reader=reader)
    assert not services.ingester(progress=False).run().failed
    app = create_app(settings, services=services, with_chat=False)
    schemathesis = Path(sys.executable).with_name("schemathesis")
    with live_server(app) as url:
        run = subprocess.run(
            [str(schemathesis), "run", f"{url}/openapi.json", "--checks", "all", "--max-examples", str(EXAMPLES),
             "--generation-deterministic", "--header", f"X-API-Key: {KEY}", "--request-timeout", "60",
             "--no-color", "--report-dir", str(tmp_path / "schemathesis")],
            capture_output=True, text=True, timeout=900, cwd=tmp_path,
        )
    summary = run.stdout[-4000:]
    assert run.returncode == 0, summary
    assert "6 selected / 6 total" in run.stdout and "Tested: 6" in run.stdout, summary


def test_a_body_that_is_not_utf8_gets_the_documented_400(seed_corpus, settings, embedder, reader):
    import httpx

    services = Services(settings, _embedder=embedder, _reader=reader)
    app = create_app(settings, services=services, with_chat=False)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        response = client.post("/api/ask", content=b"\x80\x81:", headers={"Content-Type": "application/json"})
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "bad_request" and "UTF-8" in response.json()["error"]["message"]
        documented = client.get("/openapi.json").json()["paths"]["/api/ask"]["post"]["responses"]
        assert "400" in documented
