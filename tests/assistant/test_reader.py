"""The trained reader's contract: windows, training, saving and loading, and clear errors."""

from __future__ import annotations

import pytest
import torch

from assistant.reader import Reader, ReaderModel, load_reader, resolve_precision, save_reader, span_loss, whole_words, windows
from ingest.core.errors import ReaderUnavailable
from ingest.encoder.e5file import read_e5
from ingest.encoder.model import E5Encoder, batch
from ingest.encoder.tokenizer import E5Tokenizer

# Written for this test.
PASSAGE = ("Lapas Contoh menandatangani perjanjian kerja sama dengan Dinas Sosial Kabupaten Contoh pada "
           "Senin, 3 Maret 2025. Kepala Lapas Contoh, Budi Wiryawan, mengatakan kerja sama berlaku tiga tahun.")
EXAMPLES = [
    ("Siapa Kepala Lapas Contoh?", "Budi Wiryawan"),
    ("Kapan perjanjian ditandatangani?", "3 Maret 2025"),
    ("Berapa lama kerja sama berlaku?", "tiga tahun"),
    ("Dengan siapa Lapas Contoh bekerja sama?", "Dinas Sosial Kabupaten Contoh"),
]


@pytest.fixture(scope="module")
def parts():
    file = read_e5()
    return file, E5Tokenizer(file)


def labelled(tokenizer, question, answer):
    window = windows(tokenizer, question, PASSAGE, 256, 64)[0]
    a = PASSAGE.index(answer)
    b = a + len(answer)
    inside = [i for i, o in enumerate(window.offsets) if o is not None and o[1] > a and o[0] < b]
    return window, inside[0], inside[-1]


def test_a_long_passage_is_read_in_overlapping_windows_that_cover_every_token(parts):
    _, tokenizer = parts
    long = " ".join(f"Kalimat nomor {i} tentang kerja sama Lapas dengan mitra." for i in range(120))
    found = windows(tokenizer, "Siapa mitra Lapas?", long, 128, 32)
    assert len(found) > 1
    covered = {o for w in found for o in w.offsets if o is not None}
    assert covered == set(tokenizer.encode(long).offsets)
    assert all(len(w.ids) <= 128 for w in found)


def test_training_lowers_the_loss_and_the_saved_file_loads_back_to_the_same_outputs(parts, tmp_path):
    file, tokenizer = parts
    torch.manual_seed(0)
    model = ReaderModel(E5Encoder(file), trained_layers=1)
    rows = [labelled(tokenizer, q, a) for q, a in EXAMPLES]
    ids, mask = batch([w.ids for w, _, _ in rows], tokenizer.pad)
    starts = torch.tensor([s for _, s, _ in rows])
    ends = torch.tensor([e for _, _, e in rows])
    x = model.lower(ids, mask)
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-3)
    losses = []
    for _ in range(12):
        loss = span_loss(*model.upper(x, mask), mask, starts, ends)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < 0.5 * losses[0]

    path = tmp_path / "reader.safetensors"
    save_reader(model, path, {"seed": "0"})
    assert path.stat().st_size < 3_000_000  # one layer and the head: only what differs from the encoder
    loaded = load_reader(path, E5Encoder(file))
    model.eval()
    with torch.no_grad():
        before = model(ids, mask)
        after = loaded(ids, mask)
    for b, a in zip(before, after):
        assert torch.allclose(b, a, atol=0.15)
        assert torch.equal(b.argmax(-1), a.argmax(-1))


def test_lora_updates_train_alone_and_fold_into_the_layers_they_update(parts):
    from ingest.encoder.training import LoRALinear, add_lora, merge_lora

    file, tokenizer = parts
    torch.manual_seed(0)
    model = ReaderModel(E5Encoder(file), trained_layers=1)
    add_lora(model, rank=4, alpha=8.0)
    trained = {n for n, p in model.named_parameters() if p.requires_grad}
    assert trained and all(n.startswith("head.") or n.endswith((".a", ".b")) for n in trained)  # the layer itself is frozen
    for module in model.modules():
        if isinstance(module, LoRALinear):
            torch.nn.init.normal_(module.b, std=0.05)  # as if trained
    rows = [labelled(tokenizer, q, a) for q, a in EXAMPLES]
    ids, mask = batch([w.ids for w, _, _ in rows], tokenizer.pad)
    model.eval()
    with torch.no_grad():
        before = model(ids, mask)
        merge_lora(model)
        after = model(ids, mask)
    assert not any(isinstance(m, LoRALinear) for m in model.modules())
    assert set(model.trained_state()) == set(ReaderModel(E5Encoder(file), trained_layers=1).trained_state())  # a plain reader file
    for b, a in zip(before, after):
        assert torch.allclose(b, a, atol=1e-3)


def test_missing_or_damaged_weights_name_the_file_and_how_to_restore_it(tmp_path):
    missing = tmp_path / "reader.safetensors"
    with pytest.raises(ReaderUnavailable, match=r"reader\.safetensors.*missing.*git checkout"):
        Reader(missing).warm_up()
    missing.write_bytes(b"\x00garbage" * 10)
    with pytest.raises(ReaderUnavailable, match=r"reader\.safetensors.*cannot be read.*train_reader"):
        Reader(missing).warm_up()


def test_the_bundled_reader_finds_the_answer_in_a_written_passage():
    reader = Reader()
    for question, answer in EXAMPLES[:3]:
        spans = reader.read(question, ["Berita lain tentang cuaca hari ini yang cerah.", PASSAGE])
        assert spans and spans[0].passage == 1
        assert answer in spans[0].text or spans[0].text in answer, (question, spans[0])


def test_bf16_reads_the_same_spans_within_rounding():
    """The reader's products in bfloat16 (`precision="bf16"`, chosen by "auto" where the CPU has
    bfloat16 instructions: about twice as fast) give the same best spans as float32, scores within a
    rounding's reach of each other."""
    fp32, bf16 = Reader(precision="fp32"), Reader(precision="bf16")
    passages = ["Berita lain tentang cuaca hari ini yang cerah.", PASSAGE]
    for question, _ in EXAMPLES:
        exact, rounded = fp32.read(question, passages, top_k=3), bf16.read(question, passages, top_k=3)
        assert (exact[0].passage, exact[0].text) == (rounded[0].passage, rounded[0].text), question
        assert abs(exact[0].margin - rounded[0].margin) < 0.25, question
    assert resolve_precision("fp32") == "fp32" and resolve_precision("auto") in ("fp32", "bf16")
    with pytest.raises(ValueError, match="reader precision 'fp16'.*fp32, bf16, auto"):
        Reader(precision="fp16")


@pytest.mark.parametrize(("text", "piece", "whole"), [
    ("PKS diteken di Polres Contoh pada Senin.", "Pol", "Polres"),
    ("PKS diteken di Polres Contoh pada Senin.", "es Con", "Polres Contoh"),
    ("ditandatangani (13/09/2025) di aula", "(13/09/2025", "13/09/2025"),
    ("Badan Narkotika Nasional Kabupaten (BNNK) Contoh", "(BNNK) Contoh", "(BNNK) Contoh"),
    ("kata", "kata", "kata"),
    # a token its inner marks join is not cut; a mark before a space or at the end is not inner
    ("tercatat dengan Nomor W.12.PAS-UM.01/2024 dan", "W.12", "W.12.PAS-UM.01/2024"),
    ("memerintah pada 1514-1530 sebagai sultan", "1530", "1514-1530"),
    ("bersama Pondok Pesantren Al-Ikhlas.", "Ikhlas", "Al-Ikhlas"),
    ("diteken di Polres Contoh. Kepala", "Contoh", "Contoh"),
    ("Badan Narkotika Nasional Kabupaten (BNNK) Contoh", "BNNK)", "BNNK"),
    # an apostrophe inside a word joins it: not "s office in Pa"
    ("signed at the cooperative's office in Ma'rang.", "s office in Ma", "cooperative's office in Ma'rang"),
    ("the 'Bersinar' programme", "Bersinar", "Bersinar"),  # a quote beside a space joins nothing
])
def test_a_span_never_cuts_a_word(text, piece, whole):
    a = text.index(piece)
    s, e = whole_words(text, a, a + len(piece))
    assert text[s:e] == whole


def test_a_soup_of_readers_is_their_weight_by_weight_mean_and_refuses_other_shapes(parts, tmp_path):
    from assistant.reader import soup_readers
    from ingest.encoder.heads import read_head

    file, _ = parts
    paths = []
    for seed in (1, 2):
        torch.manual_seed(seed)
        model = ReaderModel(E5Encoder(file), trained_layers=1)
        torch.nn.init.normal_(model.head.weight)  # two readers that differ
        paths.append(tmp_path / f"r{seed}.safetensors")
        save_reader(model, paths[-1], {"seed": str(seed)})
    soup_readers(paths, tmp_path / "soup.safetensors")
    (_, a), (_, b), (meta, mean) = (read_head(p, "kerjasama-reader") for p in [*paths, tmp_path / "soup.safetensors"])
    for key in a:
        scale = float(torch.maximum(a[key].abs().max(), b[key].abs().max())) + 1e-6
        assert torch.allclose(mean[key], (a[key] + b[key]) / 2, atol=scale / 60), key  # int8 rows: ~1/127 of the row's range
    assert "r1.safetensors" in meta["soup"] and load_reader(tmp_path / "soup.safetensors")
    save_reader(ReaderModel(E5Encoder(file), trained_layers=2), tmp_path / "two.safetensors", {})
    with pytest.raises(ValueError, match="same shape"):
        soup_readers([paths[0], tmp_path / "two.safetensors"], tmp_path / "bad.safetensors")
    # a soup counted as the readers it holds: (soup of r1, r2) x2 with r1 is the mean of r1, r2, r1
    soup_readers([tmp_path / "soup.safetensors", paths[0]], tmp_path / "three.safetensors", weights=[2, 1])
    _, three = read_head(tmp_path / "three.safetensors", "kerjasama-reader")
    for key in a:
        scale = float(torch.maximum(a[key].abs().max(), b[key].abs().max())) + 1e-6
        assert torch.allclose(three[key], (2 * a[key] + b[key]) / 3, atol=scale / 30), key  # two int8 roundings
    with pytest.raises(ValueError, match="one positive weight per file"):
        soup_readers(paths, tmp_path / "bad.safetensors", weights=[1])


def test_a_passage_read_again_is_tokenized_once(reader):
    """One answer reads its passages more than once (a two-part question's parts, sentences read again):
    the reader keeps the encodings, and reads them the same."""
    passage = "Kepala Lapas Contoh, Budi Santoso, menandatangani perjanjian kerja sama dengan Dinas Sosial Contoh."
    first = reader.read("Siapa Kepala Lapas Contoh?", [passage])
    hits = reader._tokenizer.encode.cache_info().hits
    again = reader.read("Siapa Kepala Lapas Contoh?", [passage])
    assert reader._tokenizer.encode.cache_info().hits >= hits + 2  # the question and the passage
    assert [(s.start, s.end, round(s.margin, 4)) for s in again] == [(s.start, s.end, round(s.margin, 4)) for s in first]


def test_ingest_and_answers_share_one_entity_tagger(settings, embedder, reader):
    from assistant.services import Services

    services = Services(settings, _embedder=embedder, _reader=reader)
    tagger = services.tagger
    assert tagger is not None and services.tagger is tagger
    assert services.ingester(progress=False).tagger.__wrapped__.__self__ is tagger
    assert services.offline_answerer.entities.__wrapped__.__self__ is tagger
