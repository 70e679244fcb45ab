"""The `kerjasama` command: a thin adapter from arguments to the core and back to text or JSON.

Exit codes: 0 success; 1 the run completed but some input files failed (see the summary);
2 the command could not run (bad settings, store unreachable, another sync holding the lock).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ingest.core.settings import apply_offline_environment

EXIT_OK, EXIT_SOME_FAILED, EXIT_CANNOT_RUN = 0, 1, 2
DEVSET = Path(__file__).resolve().parent.parent / "eval" / "devset"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kerjasama", description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="override KERJASAMA_DATA_DIR")
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", help="ingest files and folders (default: the corpus folder)")
    ingest.add_argument("paths", nargs="*", type=Path)
    ingest.add_argument("--json", action="store_true", help="print the report as JSON")
    ingest.add_argument("--no-progress", action="store_true", help="no progress bar")

    status = commands.add_parser("status", help="documents, chunks, last ingest, embedder")
    status.add_argument("--json", action="store_true")

    search = commands.add_parser("search", help="top passages for a query")
    search.add_argument("query")
    search.add_argument("-k", type=int, default=None, help="number of passages (default KERJASAMA_TOP_K)")
    search.add_argument("--kind", choices=["article", "agreement"], default="")
    search.add_argument("--outlet", default="")
    search.add_argument("--date-from", default="")
    search.add_argument("--date-to", default="")
    search.add_argument("--json", action="store_true")

    ask = commands.add_parser("ask", help="answer a question with numbered citations")
    ask.add_argument("question")
    ask.add_argument("--history", action="append", default=[], help="an earlier question of the conversation (repeatable)")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")

    records = commands.add_parser("records", help="the cooperation records as a table, CSV or JSON")
    records.add_argument("--sector", default="", help="a sector id, e.g. perikanan, rehabilitasi narkoba")
    records.add_argument("--province", default="")
    records.add_argument("--year", type=int)
    records.add_argument("--partner", default="", help="part of a partner's name")
    records.add_argument("--unit", default="", help="part of a correctional unit's name")
    records.add_argument("--format", choices=["table", "csv", "json"], default="table")

    sync = commands.add_parser("sync", help="the nightly job: locked, incremental ingest with a JSON report")
    sync.add_argument("paths", nargs="*", type=Path)

    serve = commands.add_parser("serve", help="serve the HTTP API (/api, /docs) and the chat page (/ui)")
    serve.add_argument("--host", help="override KERJASAMA_HOST (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="override KERJASAMA_PORT (default 8000)")
    serve.add_argument("--workers", type=int, help="override KERJASAMA_WORKERS (default 1)")

    hashkey = commands.add_parser("hash-key", help="print the SHA-256 digest of an API key, for KERJASAMA_API_KEY_HASHES")
    hashkey.add_argument("key")

    evaluate = commands.add_parser("eval", help="score answers on a question set (default: eval/devset)")
    evaluate.add_argument("--questions", type=Path, default=DEVSET / "questions.jsonl")
    evaluate.add_argument("--docs", type=Path, action="append", help="a folder of documents (repeatable); default eval/devset/docs")
    evaluate.add_argument("--json", action="store_true", help="print one JSON object")
    evaluate.add_argument("--answers-out", type=Path, help="also write one JSON line per question")
    evaluate.add_argument("--facts", type=Path, help="also score the extracted records against these true records")
    evaluate.add_argument("--distractors", type=Path, default=DEVSET / "distractors",
                          help="documents that report no signing, ingested beside the docs (default eval/devset/distractors; '' for none)")
    return parser


# Commands that open the embedded store, and how (ingest/store_access.py); `serve` takes it itself.
READERS = {"status", "search", "ask", "records"}
WRITERS = {"ingest", "sync"}
LOCK_WAIT_S = 60.0  # how long a command waits while the store is held only briefly (by readers)


def main(argv: list[str] | None = None) -> int:
    apply_offline_environment()
    args = build_parser().parse_args(argv)
    from ingest.core.errors import KerjasamaError

    try:
        settings = _settings(args)
        handler = {"ingest": _ingest, "status": _status, "search": _search, "ask": _ask, "eval": _eval, "records": _records,
                   "serve": _serve, "hash-key": _hash_key, "sync": _sync}[args.command]
        if args.command in READERS | WRITERS:
            from ingest.core.errors import StoreBusy
            from ingest.store_access import store_access

            try:
                with store_access(settings, args.command, exclusive=args.command in WRITERS, wait_s=LOCK_WAIT_S):
                    return handler(args, settings)
            except StoreBusy as busy:
                if args.command != "status":
                    raise
                return _status(args, settings, busy=str(busy))  # what the manifest says, without the store
        return handler(args, settings)
    except KerjasamaError as exc:
        print(f"kerjasama: {exc}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    except ValueError as exc:  # pydantic's ValidationError is a ValueError: a setting is wrong
        print(f"kerjasama: invalid setting: {exc}", file=sys.stderr)
        return EXIT_CANNOT_RUN


def _settings(args):
    from ingest.core.settings import Settings

    overrides = {"data_dir": args.data_dir} if args.data_dir else {}
    return Settings(**overrides)


def _services(settings):
    from assistant.services import Services

    return Services(settings)


def _ingest(args, settings) -> int:
    services = _services(settings)
    report = services.ingester(progress=not args.no_progress and sys.stderr.isatty()).run(args.paths or None)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.summary())
    return EXIT_SOME_FAILED if report.failed else EXIT_OK


def _status(args, settings, busy: str = "") -> int:
    """Documents, chunks, last ingest, embedder, store. With the embedded store `busy` (another process
    owns it), what the manifest says, chunks unknown, and who holds the store."""
    from ingest.manifest import Manifest

    manifest = Manifest.load(settings.manifest_path)
    services = None if busy else _services(settings)
    info = {
        "documents": len(manifest.files),
        "chunks": services.store.count() if services else None,
        "last_ingest": manifest.last_ingest or None,
        "embedder": services.embedder.name if services else settings.embedder,
        "store": services.store.where_label if services else busy,
    }
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
    else:
        for key, value in info.items():
            print(f"{key:12} {'–' if value is None else value}")
    return EXIT_OK


def _search(args, settings) -> int:
    from ingest.core.types import Filters

    services = _services(settings)
    filters = Filters(date_from=args.date_from, date_to=args.date_to, outlet=args.outlet, kind=args.kind)
    hits = services.retriever.retrieve(args.query, top_k=args.k, filters=filters)
    if args.json:
        print(json.dumps([_hit_dict(h) for h in hits], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not hits:
        print("No passages found. Is the index empty? Run `kerjasama ingest` first.")
    for rank, hit in enumerate(hits, start=1):
        c = hit.chunk
        where = ", ".join(x for x in [c.outlet, c.date, f"p. {c.page}"] if x)
        print(f"[{rank}] {c.title} ({where}) score {hit.score:.4f}")
        print("    " + c.text.replace("\n", "\n    "))
        print()
    return EXIT_OK


def _ask(args, settings) -> int:
    from assistant.render import answer_as_dict, answer_as_text

    services = _services(settings)
    answer = services.answer(args.question, history=args.history)
    if args.json:
        print(json.dumps(answer_as_dict(answer), ensure_ascii=False, indent=2))
    else:
        print(answer_as_text(answer, services.vocabulary))
    return EXIT_OK


def _eval(args, settings) -> int:
    from assistant.evaluate import format_table, run_eval

    docs = args.docs or [DEVSET / "docs"]
    for folder in docs:
        if not folder.is_dir():
            print(f"kerjasama: --docs {folder} is not a folder", file=sys.stderr)
            return EXIT_CANNOT_RUN
    if not args.questions.is_file():
        print(f"kerjasama: --questions {args.questions} does not exist", file=sys.stderr)
        return EXIT_CANNOT_RUN
    if args.facts and not args.facts.is_file():
        print(f"kerjasama: --facts {args.facts} does not exist", file=sys.stderr)
        return EXIT_CANNOT_RUN
    distractors = args.distractors if args.distractors and str(args.distractors) not in {"", "."} else None
    if distractors is not None and not distractors.is_dir():
        print(f"kerjasama: --distractors {distractors} is not a folder", file=sys.stderr)
        return EXIT_CANNOT_RUN
    result = run_eval(settings, args.questions, docs, answers_out=args.answers_out, facts=args.facts, distractors=distractors)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else format_table(result))
    return EXIT_OK


def _sync(args, settings) -> int:
    from ingest.sync import run_sync

    report = run_sync(_services(settings), args.paths or None, log=lambda line: print(line, flush=True))
    print(f"sync: added {len(report['added'])}, updated {len(report['updated'])}, removed {len(report['removed'])}, "
          f"unchanged {len(report['unchanged'])}, failed {len(report['failed'])} in {report['duration_s']} s; "
          f"report {report['report_path']}")
    return EXIT_SOME_FAILED if report["failed"] else EXIT_OK


def _serve(args, settings) -> int:
    from ingest.core.errors import ConfigError
    from ingest.store_access import store_access

    updates = {k: v for k, v in {"host": args.host, "port": args.port, "workers": args.workers}.items() if v}
    settings = settings.model_copy(update=updates)
    base = f"http://{settings.host}:{settings.port}"
    if settings.workers > 1 and settings.store == "embedded":
        raise ConfigError(f"KERJASAMA_WORKERS={settings.workers} needs a Chroma server: each worker would open the "
                          "embedded store on its own and not see the others' updates. Set KERJASAMA_STORE=server "
                          "(README, 'When to move to server mode'), or serve with one worker.")
    with store_access(settings, "serve", exclusive=True, wait_s=LOCK_WAIT_S, url=base):
        print(f"kerjasama: chat page {base}/ui/  ·  API {base}/api  ·  API docs {base}/docs", flush=True)
        _run_uvicorn(settings)
    return EXIT_OK


def _run_uvicorn(settings) -> None:
    import uvicorn

    from assistant.server.app import create_app

    if settings.workers > 1:
        import os

        # Each worker builds its app from the environment: pass this command's overrides on.
        os.environ.update({"KERJASAMA_HOST": settings.host, "KERJASAMA_PORT": str(settings.port),
                           "KERJASAMA_DATA_DIR": str(settings.data_dir)})
        uvicorn.run("assistant.server.app:app_factory", factory=True, host=settings.host, port=settings.port,
                    workers=settings.workers, log_level="info")
    else:
        uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")


def _hash_key(args, settings) -> int:
    from assistant.server.security import hash_key

    print(hash_key(args.key))
    return EXIT_OK


def _records(args, settings) -> int:
    from assistant.render import records_as_csv, records_as_rows

    services = _services(settings)
    found = services.records.query(sector=args.sector, province=args.province, year=args.year,
                                   partner=args.partner, unit=args.unit)
    if args.format == "json":
        print(json.dumps([r.as_dict() for r in found], ensure_ascii=False, indent=2))
    elif args.format == "csv":
        print(records_as_csv(found), end="")
    else:
        for row in records_as_rows(found):
            print(" | ".join(f"{k}: {v}" for k, v in row.items() if v))
        print(f"{len(found)} records")
    return EXIT_OK


def _hit_dict(hit) -> dict:
    c = hit.chunk
    return {
        "doc_id": c.doc_id, "source": c.source, "title": c.title, "outlet": c.outlet, "date": c.date,
        "page": c.page, "start": c.start, "end": c.end, "score": round(hit.score, 6), "ranks": hit.ranks,
        "text": c.text,
    }


if __name__ == "__main__":
    sys.exit(main())
