"""The built-in schedule for the embedded store: with `KERJASAMA_SYNC_CRON` set ("0 2 * * *"),
`kerjasama serve` runs the sync itself in a background thread, so that one process owns the
embedded Chroma folder. (With a Chroma server, schedule `kerjasama sync` from cron or systemd
instead: see deploy/.)"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from croniter import croniter

log = logging.getLogger("kerjasama.sync")


class SyncSchedule:
    def __init__(self, expression: str, job) -> None:
        if not croniter.is_valid(expression):
            from ingest.core.errors import ConfigError

            raise ConfigError(f"KERJASAMA_SYNC_CRON={expression!r} is not a cron expression such as '0 2 * * *'")
        self.expression = expression
        self.job = job
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="kerjasama-sync", daemon=True)

    def next_run(self, now: datetime | None = None) -> datetime:
        return croniter(self.expression, now or datetime.now()).get_next(datetime)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            wait = (self.next_run() - datetime.now()).total_seconds()
            if self._stop.wait(max(wait, 0)):
                return
            try:
                self.job()
            except Exception:  # a failed night must not stop the next one, nor the server
                log.exception("scheduled sync failed")
