"""The staff's chat page (Gradio, mounted at /ui): a chat with history, a sources panel with the
quoted span highlighted in its passage, and a records tab with filters and a CSV download.
Labels are Indonesian; answers follow the question's language."""

from __future__ import annotations

import html
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import gradio as gr

from assistant.render import RECORD_COLUMNS, records_as_csv, records_as_rows
from ingest.core.errors import KerjasamaError, StoreUnavailable
from ingest.core.types import Answer
from ingest.core.vocabulary import Vocabulary
from ingest.dates import format_date

CONTEXT_CHARS = 220
EMPTY_INDEX = "Indeks masih kosong. Jalankan `kerjasama ingest` (atau `make run`) terlebih dahulu."
NO_SOURCES = "<p class='kosong'>Sumber jawaban akan tampil di sini.</p>"
CSS = ".sumber{border-left:3px solid #c2410c;padding:4px 10px;margin:8px 0} .sumber mark{background:#fde68a} .terkait{opacity:.8}"


def link_markers(text: str) -> str:
    """'[2]' → a link to source 2 in the panel beside the chat."""
    return re.sub(r"\[(\d+)\]", r"[[\1]](#sumber-\1)", text)


def sources_html(answer: Answer, documents, vocab: Vocabulary) -> str:
    english = answer.language == "en"
    parts = []
    for c in answer.citations:
        document = documents.get(c.doc_id)
        before = after = ""
        if document is not None:
            before = document.text[max(0, c.start - CONTEXT_CHARS) : c.start]
            after = document.text[c.end : c.end + CONTEXT_CHARS]
        where = " · ".join(x for x in [c.outlet, format_date(c.date, vocab, answer.language), f"{'p.' if english else 'hlm.'} {c.page}",
                                       "OCR" if c.ocr else ""] if x)
        parts.append(
            f"<div class='sumber' id='sumber-{c.n}'><b>[{c.n}] {html.escape(c.title)}</b><br><small>{html.escape(where)}</small>"
            f"<p>…{html.escape(before)}<mark>{html.escape(c.quote)}</mark>{html.escape(after)}…</p></div>"
        )
    if answer.abstained and answer.related:
        parts.append(f"<h4>{'Possibly related (not an answer)' if english else 'Mungkin terkait (bukan jawaban)'}</h4>")
        for hit in answer.related:
            parts.append(f"<div class='sumber terkait'><b>{html.escape(hit.chunk.title)}</b><p>{html.escape(hit.chunk.text[:400])}…</p></div>")
    return "\n".join(parts) or NO_SOURCES


def build_chat(get_services: Callable, vocab: Vocabulary) -> gr.Blocks:
    def respond(message: str, chat: list, asked: list):
        message = (message or "").strip()
        if not message:
            return chat, "", gr.update(), asked
        chat = list(chat or []) + [{"role": "user", "content": message}]
        services = get_services()
        try:
            if services.store.count() == 0:
                chat.append({"role": "assistant", "content": EMPTY_INDEX})
                return chat, "", NO_SOURCES, asked
            answer = services.answer(message, history=list(asked))
        except StoreUnavailable as exc:
            chat.append({"role": "assistant", "content": f"Penyimpanan indeks tidak dapat dihubungi saat ini ({exc}). Coba lagi sebentar lagi."})
            return chat, "", NO_SOURCES, asked
        except KerjasamaError as exc:
            chat.append({"role": "assistant", "content": f"Maaf, jawaban tidak dapat dibuat: {exc}"})
            return chat, "", NO_SOURCES, asked
        text = link_markers(answer.text) + (f"\n\n_{answer.note}_" if answer.note else "")
        chat.append({"role": "assistant", "content": text})
        return chat, "", sources_html(answer, services.documents, services.vocabulary), list(asked) + [message]

    def show_records(sector: str, province: str, year: str, partner: str, unit: str):
        services = get_services()
        year_number = int(year) if (year or "").strip().isdigit() else None
        found = services.records.query(sector=sector or "", province=province or "", year=year_number,
                                       partner=partner or "", unit=unit or "")
        rows = [[row[c] for c in RECORD_COLUMNS] for row in records_as_rows(found)]
        folder = Path(tempfile.mkdtemp(prefix="kerjasama-"))
        path = folder / "catatan-kerja-sama.csv"
        path.write_text(records_as_csv(found), encoding="utf-8")
        return rows, str(path), f"{len(found)} catatan"

    with gr.Blocks(title="Kerjasama — catatan kerja sama Pemasyarakatan") as demo:
        gr.HTML(f"<style>{CSS}</style>")
        gr.Markdown("## Kerjasama\nTanya tentang kerja sama Pemasyarakatan dan mitranya. Setiap jawaban menyertakan sumbernya.")
        with gr.Tab("Tanya"):
            with gr.Row():
                with gr.Column(scale=3):
                    chat = gr.Chatbot(label="Percakapan", height=460, elem_id="percakapan")
                    question = gr.Textbox(label="Pertanyaan", elem_id="pertanyaan",
                                          placeholder="Mis.: Mitra mana saja yang mendukung perikanan di Banten?")
                    with gr.Row():
                        send = gr.Button("Kirim", variant="primary", elem_id="kirim")
                        new = gr.Button("Percakapan baru", elem_id="baru")
                with gr.Column(scale=2):
                    gr.Markdown("### Sumber")
                    panel = gr.HTML(NO_SOURCES, elem_id="sumber")
            asked = gr.State([])
            send.click(respond, [question, chat, asked], [chat, question, panel, asked])
            question.submit(respond, [question, chat, asked], [chat, question, panel, asked])
            new.click(lambda: ([], "", NO_SOURCES, []), None, [chat, question, panel, asked])
        with gr.Tab("Catatan kerja sama"):
            with gr.Row():
                sector = gr.Dropdown([""] + [s.id for s in vocab.sectors], value="", label="Sektor")
                province = gr.Dropdown([""] + sorted(vocab.gazetteer.provinces()), value="", label="Provinsi")
                year = gr.Textbox(label="Tahun", placeholder="2025")
                partner = gr.Textbox(label="Mitra", placeholder="mis. BNNP")
                unit = gr.Textbox(label="Unit (Lapas/Rutan/Bapas)", placeholder="mis. Garut")
            with gr.Row():
                show = gr.Button("Tampilkan", variant="primary", elem_id="tampilkan")
                count = gr.Markdown("")
            table = gr.Dataframe(headers=RECORD_COLUMNS, interactive=False, wrap=True, elem_id="tabel-catatan")
            download = gr.File(label="Unduh CSV")
            show.click(show_records, [sector, province, year, partner, unit], [table, download, count])
    return demo
