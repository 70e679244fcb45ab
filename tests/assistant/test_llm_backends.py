"""LLM backends against small local servers that speak the real protocols (OpenAI chat
completions, Ollama's chat API), including streaming, a server that hangs and one that sends garbage."""

from __future__ import annotations

import re

import pytest

from assistant.cite import verify
from assistant.generators import make_generator
from assistant.llm_answer import LLMAnswerer, supported
from assistant.prompts import load_prompts
from ingest.core.errors import ConfigError
from ingest.core.types import Answer
from tests.fakes.llm_servers import FakeLLMServer

pytestmark = pytest.mark.integration

QUESTION = "Which foundation did Lhoknga prison partner with for drug rehabilitation in September 2025?"


def passage_number(messages: list[dict], needle: str) -> int:
    """Which numbered passage of the prompt holds `needle` (the fake model 'reads' its prompt)."""
    prompt = messages[-1]["content"]
    for number, body in re.findall(r"^\[(\d+)\] (.*?)(?=^\[\d+\] |\Z)", prompt, re.M | re.S):
        if needle in body:
            return int(number)
    raise AssertionError(f"{needle!r} is in no passage of the prompt")


def good_reply(messages):
    n = passage_number(messages, "Pintu Hijrah")
    return f"Lapas Lhoknga bekerja sama dengan IPWL Yayasan Pintu Hijrah [{n}]. Ini juga didanai Bank Dunia [{n}]. Lihat juga [42]."


def llm_answerer(devset_services, protocol: str, url: str, timeout: float = 30.0) -> LLMAnswerer:
    base = url + "/v1" if protocol == "openai" else url
    settings = devset_services.settings.model_copy(
        update={"llm_backend": protocol, "llm_model": "fake-model", "llm_base_url": base, "llm_timeout": timeout}
    )
    return LLMAnswerer(make_generator(settings), load_prompts(), devset_services.offline_answerer)


@pytest.mark.parametrize("protocol", ["openai", "ollama"])
def test_backend_answer_is_checked_and_cited(devset_services, protocol):
    with FakeLLMServer(protocol, good_reply) as server:
        answer = llm_answerer(devset_services, protocol, server.url).answer(QUESTION)
        assert server.requests, "the backend was not called"
        prompt = server.requests[0]["body"]["messages"]
        assert "NOT IN THE RECORDS" in prompt[0]["content"] and QUESTION in prompt[-1]["content"]
    assert not answer.abstained and answer.note == ""
    assert "Pintu Hijrah [1]." in answer.text
    assert "Bank Dunia" not in answer.text  # a name the cited passage does not contain: dropped
    assert "[42]" not in answer.text  # a marker that points to no passage: removed
    assert len(answer.citations) == 1
    assert verify(answer.citations[0], devset_services.documents.get(answer.citations[0].doc_id))
    assert "Pintu Hijrah" in answer.citations[0].quote


@pytest.mark.parametrize("protocol", ["openai", "ollama"])
def test_backend_streams_pieces_then_the_checked_answer(devset_services, protocol):
    with FakeLLMServer(protocol, good_reply) as server:
        items = list(llm_answerer(devset_services, protocol, server.url).stream(QUESTION))
    pieces, final = items[:-1], items[-1]
    assert len(pieces) > 1 and all(isinstance(p, str) for p in pieces)
    assert "Bank Dunia" in "".join(pieces)  # what the model wrote …
    assert isinstance(final, Answer) and "Bank Dunia" not in final.text  # … and what survives the check
    assert final.citations


@pytest.mark.parametrize("protocol, mode", [("openai", "timeout"), ("ollama", "timeout"), ("openai", "garbage"),
                                            ("ollama", "garbage"), ("openai", "error"), ("ollama", "error")])
def test_a_failing_backend_gives_the_offline_answer_with_a_note(devset_services, protocol, mode):
    with FakeLLMServer(protocol, good_reply, mode=mode) as server:
        answer = llm_answerer(devset_services, protocol, server.url, timeout=1.0).answer(QUESTION)
    assert answer.note.startswith("The LLM backend failed")
    assert not answer.abstained and "Pintu Hijrah" in answer.text  # the offline answer
    assert answer.citations


def test_not_in_the_records_falls_back_to_the_checked_offline_answer(devset_services):
    with FakeLLMServer("openai", lambda messages: "NOT IN THE RECORDS") as server:
        answer = llm_answerer(devset_services, "openai", server.url).answer(
            "Berapa warga binaan Rutan Salatiga yang akan mengikuti program rehabilitasi bersama BNNK Temanggung?")
    assert answer.abstained and answer.citations == []


def test_backend_settings_are_checked(settings):
    with pytest.raises(ConfigError, match="KERJASAMA_LLM_MODEL"):
        make_generator(settings.model_copy(update={"llm_backend": "openai", "llm_base_url": "http://127.0.0.1:9/v1"}))
    assert make_generator(settings) is None


def test_support_check_needs_names_and_numbers_of_the_claim_in_the_passage():
    passage = "Kerja sama melibatkan 40 mitra, antara lain BNNK Kota Tangerang."
    assert supported("Ada 40 mitra, termasuk BNNK Kota Tangerang", passage)
    assert not supported("Ada 45 mitra", passage)
    assert not supported("Termasuk Bank Dunia", passage)
