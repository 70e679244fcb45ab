"""GET /api/records: the cooperation records as JSON or CSV."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from assistant.render import records_as_csv
from assistant.server.deps import get_services, guard
from assistant.server.routers.ask import ERRORS
from assistant.services import Services

router = APIRouter(prefix="/api", tags=["records"])


@router.get("/records", responses={200: {"content": {"application/json": {}, "text/csv": {}}}, **ERRORS},
            summary="Who signed what with whom, when, where, for which sector — every field with its evidence")
def records(
    sector: str = Query("", max_length=100, description="Sector id, e.g. perikanan"),
    province: str = Query("", max_length=100),
    year: int | None = Query(None, ge=1990, le=2100),
    partner: str = Query("", max_length=200, description="Part of a partner's name"),
    unit: str = Query("", max_length=200, description="Part of a correctional unit's name"),
    format: str = Query("json", pattern="^(json|csv)$"),
    caller: str = Depends(guard),
    services: Services = Depends(get_services),
):
    found = services.records.query(sector=sector, province=province, year=year, partner=partner, unit=unit)
    if format == "csv":
        return Response(records_as_csv(found), media_type="text/csv",
                        headers={"Content-Disposition": 'attachment; filename="kerjasama-records.csv"'})
    return [r.as_dict() for r in found]
