"""GET /api/health: is the store reachable, how much is indexed, when was the last ingest."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from assistant.server.deps import get_services
from assistant.server.schemas import HealthOut
from assistant.services import Services
from ingest.core.errors import KerjasamaError
from ingest.manifest import Manifest

router = APIRouter(prefix="/api", tags=["health"])


@router.get("/health", response_model=HealthOut, responses={503: {"model": HealthOut}})
def health(services: Services = Depends(get_services)):
    manifest = Manifest.load(services.settings.manifest_path)
    body = {"store": services.store.where_label, "documents": len(manifest.files), "last_ingest": manifest.last_ingest or None}
    try:
        chunks = services.store.count()
    except KerjasamaError as exc:
        out = HealthOut(status="degraded", store_reachable=False, chunks=0, message=str(exc), **body)
        return JSONResponse(out.model_dump(), status_code=503)
    message = "" if chunks else "The index is empty: run `kerjasama ingest`."
    return HealthOut(status="ok", store_reachable=True, chunks=chunks, message=message, **body)
