"""Written test articles put in a test's corpus folder and ingested."""

from __future__ import annotations


def ingest_texts(services, texts: dict[str, str]):
    """Write `texts` (file name → text) into the services' corpus folder, ingest, and check no file failed."""
    for name, text in texts.items():
        (services.settings.corpus_dir / name).write_text(text, encoding="utf-8")
    report = services.ingester(progress=False).run()
    assert not report.failed, report.summary()
    return services
