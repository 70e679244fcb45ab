"""The server: the journalists' HTTP API under /api (OpenAPI docs at /docs) and the staff's Gradio
chat at /ui, in one FastAPI app. The embedder, store and answerer are built once in the lifespan and
injected; nothing here is a module-level global.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

from assistant import __version__
from assistant.server import errors
from assistant.server.routers import ask, documents, health, records, search
from assistant.server.security import KeyChecker, RateLimiter
from assistant.services import Services
from ingest.core.errors import ConfigError, ReaderUnavailable
from ingest.core.settings import Settings, apply_offline_environment

log = logging.getLogger("kerjasama.server")


def create_app(settings: Settings | None = None, services: Services | None = None, with_chat: bool = True) -> FastAPI:
    apply_offline_environment()
    settings = settings or Settings()
    built = services or Services(settings)  # cheap: the heavy parts open in the lifespan
    keys = KeyChecker(settings.api_key_hashes)
    if keys.open and not settings.on_loopback:
        raise ConfigError(
            f"the server would listen on {settings.host} with an open API: set KERJASAMA_API_KEY_HASHES "
            "(see `kerjasama hash-key`) or listen on 127.0.0.1"
        )

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        _ = built.embedder  # load the model once, before the first request
        try:
            built.reader.warm_up()  # the trained reader, once; without it search and records still work
        except ReaderUnavailable as exc:
            log.error("%s", exc)
        try:
            if built.tagger is not None:
                built.tagger.warm_up()  # the entity tagger, once: not on the first question that needs it
        except ConfigError as exc:  # a damaged tagger file: named in the log; search and records still work
            log.error("%s", exc)
        try:
            _ = built.answerer  # checks the LLM settings and prompts at start-up
        except ConfigError:
            raise
        app.state.services = built
        schedule = None
        if settings.sync_cron:
            from ingest.schedule import SyncSchedule
            from ingest.sync import SyncLocked, run_sync

            def nightly():
                try:
                    run_sync(built)
                except SyncLocked:
                    pass  # a manual sync is running: this night's work is being done

            schedule = SyncSchedule(settings.sync_cron, nightly)
            schedule.start()
        yield
        if schedule is not None:
            schedule.stop()

    app = FastAPI(
        title="kerjasama",
        version=__version__,
        summary="Cooperation records of Indonesia's correctional system, with cited answers.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.keys = keys
    app.state.limiter = RateLimiter(settings.rate_limit_per_minute)
    errors.install(app)

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > settings.max_body_bytes:
            return errors.error_response(413, f"The request body is {int(length)} bytes; the limit is {settings.max_body_bytes}.")
        return await call_next(request)

    for module in (ask, search, records, documents, health):
        app.include_router(module.router)

    if with_chat:
        import gradio as gr

        from assistant.server.chat import build_chat

        @app.get("/", include_in_schema=False)
        def root():
            return RedirectResponse("/ui/")

        app = gr.mount_gradio_app(app, build_chat(lambda: app.state.services, built.vocabulary), path="/ui")
    return app


def app_factory() -> FastAPI:
    """For `uvicorn --factory` with several workers: settings from the environment."""
    return create_app()
