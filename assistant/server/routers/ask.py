"""POST /api/ask and POST /api/ask/stream (server-sent events)."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import StreamingResponse

from assistant.server.deps import get_services, guard
from assistant.server.schemas import AnswerOut, AskRequest, ErrorOut, answer_out
from assistant.services import Services
from ingest.core.types import Answer, Filters

router = APIRouter(prefix="/api", tags=["answers"])
ERRORS = {401: {"model": ErrorOut}, 413: {"model": ErrorOut}, 422: {"model": ErrorOut}, 429: {"model": ErrorOut}, 503: {"model": ErrorOut}}
BODY_ERRORS = {400: {"model": ErrorOut, "description": "The body is not UTF-8 text, so it cannot be read as JSON"}, **ERRORS}


def _check(body: AskRequest, request: Request) -> None:
    limit = request.app.state.settings.max_question_chars
    for label, text in [("question", body.question)] + [(f"history[{i}]", h) for i, h in enumerate(body.history)]:
        if len(text) > limit:
            raise HTTPException(413, f"{label} is {len(text)} characters long; the limit is {limit}. Ask a shorter question.")
    if not body.question.strip():
        raise HTTPException(422, "question: write a question")


def _filters(body: AskRequest) -> Filters | None:
    if body.filters is None:
        return None
    filters = Filters(**body.filters.model_dump())
    return None if filters.is_empty() else filters


@router.post("/ask", response_model=AnswerOut, responses=BODY_ERRORS, summary="Answer a question with numbered citations")
def ask(body: AskRequest, request: Request, caller: str = Depends(guard), services: Services = Depends(get_services)) -> AnswerOut:
    _check(body, request)
    answer = services.answer(body.question, history=body.history, filters=_filters(body), language=body.language)
    return answer_out(answer)


@router.post("/ask/stream", responses={200: {"content": {"text/event-stream": {}}}, **BODY_ERRORS},
             summary="Answer as server-sent events: 'delta' pieces of text, then one 'answer' with the citations")
def ask_stream(body: AskRequest, request: Request, caller: str = Depends(guard), services: Services = Depends(get_services)):
    _check(body, request)
    filters = _filters(body)

    def events():
        try:
            for item in services.stream(body.question, history=body.history, filters=filters, language=body.language):
                if isinstance(item, Answer):
                    yield _event("answer", answer_out(item).model_dump())
                else:
                    yield _event("delta", {"text": item})
        except Exception as exc:  # the stream has started: report in-band, as an event
            yield _event("error", {"code": "unavailable", "message": str(exc)})

    return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


def _event(name: str, data: dict) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
