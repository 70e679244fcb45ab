"""The HTTP API through a real uvicorn server over a socket (httpx)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest

from assistant.server.app import create_app
from assistant.server.security import hash_key
from ingest.core.errors import ConfigError
from tests.server.live import live_server

pytestmark = pytest.mark.integration
SNAPSHOT = Path(__file__).with_name("openapi_snapshot.json")


@pytest.fixture(scope="module")
def api(devset_services):
    app = create_app(devset_services.settings, services=devset_services, with_chat=False)
    with live_server(app) as url:
        with httpx.Client(base_url=url, timeout=120) as client:
            yield client


def test_ask_in_indonesian_keeps_every_citation_intact(api, devset_services):
    response = api.post("/api/ask", json={"question": "Dinas apa saja di Kabupaten Serang yang terlibat dalam Nota Kesepakatan dengan Rutan Kelas IIB Serang?"})
    assert response.status_code == 200
    body = response.json()
    assert body["language"] == "id" and not body["abstained"]
    assert body["citations"] and "[1]" in body["answer"]
    for c in body["citations"]:
        assert set(c) == {"n", "doc_id", "title", "outlet", "date", "page", "quote", "start", "end", "source", "kind", "ocr"}
        document = devset_services.documents.get(c["doc_id"])
        assert document.text[c["start"] : c["end"]] == c["quote"]


def test_ask_in_english_and_a_declined_question(api):
    body = api.post("/api/ask", json={"question": "Which foundation did Lhoknga prison partner with for drug rehabilitation in September 2025?"}).json()
    assert body["language"] == "en" and "Pintu Hijrah" in body["answer"]
    declined = api.post("/api/ask", json={"question": "What was the monetary value of the PKS between Lapas Kelas IIA Magelang and BLK Kota Magelang?"}).json()
    assert declined["abstained"] and declined["citations"] == [] and declined["related"]


def test_followup_with_history(api):
    body = api.post("/api/ask", json={
        "question": "Di mana penandatanganan itu berlangsung?",
        "history": ["Siapa Kepala BNN RI yang meneken nota kesepahaman dengan Menteri Imipas Agus Andrianto pada Maret 2025?"],
    }).json()
    assert "Aula Yusuf Adiwinata" in body["answer"]


def test_stream_sends_the_answer_as_it_forms_then_the_citations(api):
    events = []
    with api.stream("POST", "/api/ask/stream", json={"question": "Mitra mana saja yang mendukung perikanan di Banten?"}) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        name = None
        for line in response.iter_lines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                events.append((name, json.loads(line[6:])))
    deltas = [data["text"] for name, data in events if name == "delta"]
    final = [data for name, data in events if name == "answer"]
    assert len(deltas) > 2 and len(final) == 1 and events[-1][0] == "answer"
    assert "".join(deltas) == final[0]["answer"]
    assert final[0]["citations"]


def test_search_records_documents_and_health(api, devset_services):
    passages = api.get("/api/search", params={"q": "budidaya lele", "k": 3}).json()
    assert len(passages) == 3 and {"doc_id", "text", "score", "page"} <= set(passages[0])
    records = api.get("/api/records", params={"province": "Jawa Barat"}).json()
    assert len(records) == 2 and all(r["province"] == "Jawa Barat" for r in records)
    csv = api.get("/api/records", params={"sector": "perikanan", "format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv") and "CV Yasa Fortune Abadi" in csv.text
    doc_id = passages[0]["doc_id"]
    document = api.get(f"/api/documents/{doc_id}").json()
    assert document["id"] == doc_id and document["text"]
    health = api.get("/api/health").json()
    assert health["status"] == "ok" and health["store_reachable"] and health["chunks"] > 100 and health["documents"] == 36


@pytest.mark.parametrize("path", ["/api/documents/..%2F..%2Fmanifest", "/api/documents/%2Fetc%2Fpasswd", "/api/documents/NOPE"])
def test_no_path_in_a_request_reaches_the_filesystem(api, path):
    response = api.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_malformed_and_oversized_input_get_one_error_shape(api):
    bad_json = api.post("/api/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert bad_json.status_code == 422 and "not valid JSON" in bad_json.json()["error"]["message"]
    missing = api.post("/api/ask", json={"history": []})
    assert missing.status_code == 422 and "question: this field is required" in missing.json()["error"]["message"]
    long = api.post("/api/ask", json={"question": "kerja sama " * 200})
    assert long.status_code == 413 and "the limit is 1000" in long.json()["error"]["message"]
    huge = api.post("/api/ask", content=b"x" * 70000, headers={"content-type": "application/json"})
    assert huge.status_code == 413 and huge.json()["error"]["code"] == "too_large"


def test_api_keys_and_rate_limit(devset_services):
    settings = devset_services.settings.model_copy(update={"api_key_hashes": [hash_key("rahasia-jurnalis")], "rate_limit_per_minute": 3})
    app = create_app(settings, services=devset_services, with_chat=False)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=60) as client:
        assert client.get("/api/search", params={"q": "lele"}).status_code == 401
        wrong = client.get("/api/search", params={"q": "lele"}, headers={"X-API-Key": "salah"})
        assert wrong.status_code == 401 and "not valid" in wrong.json()["error"]["message"]
        assert client.get("/api/search", params={"q": "lele"}, headers={"Authorization": "Bearer rahasia-jurnalis"}).status_code == 200
        assert client.get("/api/search", params={"q": "lele"}, headers={"X-API-Key": "rahasia-jurnalis"}).status_code == 200
        assert client.get("/api/search", params={"q": "lele"}, headers={"X-API-Key": "rahasia-jurnalis"}).status_code == 200
        limited = client.get("/api/search", params={"q": "lele"}, headers={"X-API-Key": "rahasia-jurnalis"})
        assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
        assert client.get("/api/health").status_code == 200  # health needs no key


def test_an_open_api_may_not_listen_beyond_loopback(devset_services):
    with pytest.raises(ConfigError, match="KERJASAMA_API_KEY_HASHES"):
        create_app(devset_services.settings.model_copy(update={"host": "0.0.0.0"}), services=devset_services, with_chat=False)


def test_openapi_schema_matches_the_snapshot(api):
    schema = api.get("/openapi.json").json()
    shape = {
        "paths": {path: sorted(methods) for path, methods in sorted(schema["paths"].items())},
        "schemas": {name: sorted(body.get("properties", {})) for name, body in sorted(schema["components"]["schemas"].items())},
    }
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":  # after a deliberate API change: rewrite, review, commit
        SNAPSHOT.write_text(json.dumps(shape, indent=1, sort_keys=True) + "\n")
    assert SNAPSHOT.exists(), f"{SNAPSHOT} is missing: run the test with UPDATE_SNAPSHOTS=1 and commit it"
    assert shape == json.loads(SNAPSHOT.read_text()), "the API changed: if on purpose, run with UPDATE_SNAPSHOTS=1"


def test_without_the_reader_weights_search_and_records_work_and_ask_says_what_to_restore(devset_services, tmp_path, caplog):
    from assistant.services import Services

    missing = tmp_path / "reader.safetensors"
    settings = devset_services.settings.model_copy(update={"reader_weights": missing})
    services = Services(settings, _embedder=devset_services.embedder, _store=devset_services.store)
    app = create_app(settings, services=services, with_chat=False)
    with caplog.at_level("ERROR"), live_server(app) as url, httpx.Client(base_url=url, timeout=120) as client:
        assert client.get("/api/search", params={"q": "kerja sama lapas"}).json()
        assert client.get("/api/records").status_code == 200
        response = client.post("/api/ask", json={"question": "Siapa yang menandatangani kerja sama itu?"})
        assert response.status_code == 503
        message = response.json()["error"]["message"]
        assert str(missing) in message and "git checkout" in message
    assert any(str(missing) in r.getMessage() for r in caplog.records)  # said at start-up, too
