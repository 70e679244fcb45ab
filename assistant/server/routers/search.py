"""GET /api/search: top passages for a query."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from assistant.server.deps import get_services, guard
from assistant.server.routers.ask import ERRORS
from assistant.server.schemas import PassageOut, passage_out
from assistant.services import Services
from ingest.core.types import Filters

router = APIRouter(prefix="/api", tags=["search"])


@router.get("/search", response_model=list[PassageOut], responses=ERRORS, summary="Top passages by hybrid search")
def search(
    request: Request,
    q: str = Query(..., min_length=1, max_length=1000, description="The query"),
    k: int = Query(5, ge=1, le=50, description="How many passages"),
    kind: str = Query("", pattern="^(|article|agreement)$"),
    outlet: str = Query("", max_length=200),
    date_from: str = Query("", pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"),
    date_to: str = Query("", pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"),
    caller: str = Depends(guard),
    services: Services = Depends(get_services),
) -> list[PassageOut]:
    filters = Filters(date_from=date_from, date_to=date_to, outlet=outlet, kind=kind)
    return [passage_out(h) for h in services.retriever.retrieve(q, top_k=k, filters=filters)]
