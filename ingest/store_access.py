"""Who may open the embedded Chroma folder at the same time, across processes.

An embedded store (`PersistentClient`) keeps its vector index in the memory of the process that
opened it: a process that stays up (`kerjasama serve`) never sees what another process writes to
the folder, and two processes writing it at once can leave its files out of step. So each command
that opens the embedded store takes a lock on `DATA_DIR/store.lock` for as long as it runs:

- `serve`, `ingest` and `sync` own the store (an exclusive lock): one of them at a time, and no
  short reader beside them. The server runs its own scheduled sync inside its process.
- `ask`, `search`, `status` and `records` read it (a shared lock): any number together.

A command that cannot have the store says which process holds it and what to do instead. A writer
blocked only by short readers waits for them (`wait_s`). The kernel releases a lock when its holder
dies, so a killed process never leaves the store locked. A Chroma server (`store = server`) has its
own concurrency and takes no lock here.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from contextlib import contextmanager
from pathlib import Path

from ingest.core.errors import StoreBusy

LOCK_NAME = "store.lock"
POLL_S = 0.2


@contextmanager
def store_access(settings, command: str, exclusive: bool, wait_s: float = 0.0, url: str = ""):
    """Hold the embedded store for `command` (`exclusive`: to own it; else to read it)."""
    if settings.store != "embedded":
        yield
        return
    path = Path(settings.data_dir) / LOCK_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        _acquire(handle, path, settings, command, exclusive, wait_s)
        if exclusive:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps({"pid": os.getpid(), "command": command, "url": url}))
            handle.flush()
        try:
            yield
        finally:
            if exclusive:  # the holder's note goes with it, so a later reader is not named after it
                handle.truncate(0)
                handle.flush()
    finally:
        handle.close()  # closing releases the lock


def _acquire(handle, path: Path, settings, command: str, exclusive: bool, wait_s: float) -> None:
    mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(handle, mode)
            return
        except BlockingIOError:
            owner = _owner(path)
            if owner or time.monotonic() >= deadline:  # an owner stays for long: waiting is pointless
                raise StoreBusy(busy_message(owner, settings, command, exclusive)) from None
            time.sleep(POLL_S)


def _owner(path: Path) -> dict | None:
    """The exclusive holder's note, when it names a live process."""
    try:
        note = json.loads(path.read_text() or "{}")
        os.kill(int(note["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return note


def busy_message(owner: dict | None, settings, command: str, exclusive: bool) -> str:
    where = f"the embedded store in {settings.data_dir}"
    if owner is None:
        return (f"other kerjasama commands are reading {where}; `kerjasama {command}` could not have it to "
                "itself. Run it again in a moment.")
    holder = f"`kerjasama {owner.get('command', '?')}` (pid {owner.get('pid')})"
    if owner.get("command") != "serve":
        return f"{holder} is writing {where}; run `kerjasama {command}` again when it has finished."
    url = owner.get("url") or "the running server"
    if not exclusive:
        instead = f"{url}/api/health" if command == "status" else f"the chat page {url}/ui/ or the API {url}/api"
        return (f"{holder} has {where} open; ask it instead: {instead} (a second process would not see the "
                "server's updates, nor it this one's).")
    if command == "serve":
        return f"{holder} already serves {where}, at {url}; stop it first or give this one another data folder."
    return (f"{holder} has {where} open, and it would not see what `kerjasama {command}` writes. Let the "
            "server run the nightly sync itself (KERJASAMA_SYNC_CRON), or stop it first; for separate "
            "processes on one index, use a Chroma server (KERJASAMA_STORE=server; README, 'When to move to "
            "server mode').")
