"""GET /api/documents/{id}: a document's metadata and cleaned text, by id only (never by path)."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, Depends, HTTPException, Path

from assistant.server.deps import get_services, guard
from assistant.server.routers.ask import ERRORS
from assistant.server.schemas import DocumentOut
from assistant.services import Services

router = APIRouter(prefix="/api", tags=["documents"])


@router.get("/documents/{doc_id}", response_model=DocumentOut, responses={404: {"model": ERRORS[401]["model"]}, **ERRORS})
def document(doc_id: str = Path(..., max_length=100), caller: str = Depends(guard), services: Services = Depends(get_services)) -> DocumentOut:
    found = services.documents.get(doc_id)  # ids are checked against a strict pattern there
    if found is None:
        raise HTTPException(404, f"No document has the id {doc_id!r}. Ids come from citations and search results.")
    return DocumentOut(id=found.id, source=found.source_name, title=found.title, kind=found.kind, outlet=found.outlet,
                       date=found.date, language=found.language, pages=[asdict(p) for p in found.pages], text=found.text)
