"""Answers as text for a terminal and as JSON-ready dicts for the CLI and the API."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from ingest.core.types import Answer
from ingest.core.vocabulary import Vocabulary
from ingest.dates import format_date


def text_pieces(text: str) -> list[str]:
    """Text cut where a writer would pause (after markers, sentences, lines), keeping every character."""
    import re

    cuts = [m.end() for m in re.finditer(r"(?:\]|[.:!?])(?=\s)|\n", text)]
    pieces, last = [], 0
    for cut in cuts + [len(text)]:
        if cut > last:
            pieces.append(text[last:cut])
            last = cut
    return pieces


def answer_as_dict(answer: Answer) -> dict:
    return {
        "question": answer.question,
        "answer": answer.text,
        "language": answer.language,
        "abstained": answer.abstained,
        "note": answer.note,
        "retrieved": [Path(h.chunk.source).name for h in answer.hits[:5]],
        "citations": [{**asdict(c), "source": Path(c.source).name} for c in answer.citations],
        "related": [
            {"doc_id": h.chunk.doc_id, "title": h.chunk.title, "outlet": h.chunk.outlet, "date": h.chunk.date,
             "page": h.chunk.page, "text": h.chunk.text}
            for h in answer.related
        ],
    }


def answer_as_text(answer: Answer, vocab: Vocabulary) -> str:
    english = answer.language == "en"
    lines = [answer.text]
    if answer.note:
        lines += ["", answer.note]
    if answer.citations:
        lines += ["", "Sources:" if english else "Sumber:"]
        for c in answer.citations:
            where = ", ".join(x for x in [c.outlet, format_date(c.date, vocab, answer.language), f"{'p.' if english else 'hlm.'} {c.page}",
                                          "OCR" if c.ocr else ""] if x)
            lines.append(f"[{c.n}] {c.title} ({where})")
            lines.append(f"    “{c.quote}”")
    if answer.abstained and answer.related:
        lines += ["", "Possibly related (not an answer):" if english else "Mungkin terkait (bukan jawaban):"]
        for hit in answer.related:
            excerpt = hit.chunk.text[:240].replace("\n", " ")
            lines.append(f"- {hit.chunk.title}: {excerpt}…")
    return "\n".join(lines)


RECORD_COLUMNS = ["signing_date", "agreement_type", "units", "partners", "partner_kinds", "province", "place", "sectors",
                  "duration", "sources"]


def records_as_rows(records) -> list[dict]:
    return [
        {
            "signing_date": r.signing_date or r.signing_date_as_stated,
            "agreement_type": r.agreement_type,
            "units": "; ".join(r.units),
            "partners": "; ".join(p.name for p in r.partners),
            "partner_kinds": "; ".join(p.kind for p in r.partners),
            "province": r.province,
            "place": r.place,
            "sectors": "; ".join(r.sectors),
            "duration": r.duration,
            "sources": "; ".join(Path(s).name for s in r.sources),
        }
        for r in records
    ]


def records_as_csv(records) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=RECORD_COLUMNS)
    writer.writeheader()
    writer.writerows(records_as_rows(records))
    return buffer.getvalue()
