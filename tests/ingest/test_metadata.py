from pathlib import Path

from ingest.clean import clean_text
from ingest.metadata import extract_metadata
from tests.vocab import VOCAB

ROOT = Path(__file__).resolve().parents[2]


def meta_of(name: str):
    path = next((ROOT / "corpus" / "articles").glob(name + "*")) if len(name) == 3 else ROOT / "eval/devset/docs" / name
    return extract_metadata(clean_text(path.read_text(encoding="utf-8")), VOCAB)


def test_outlet_from_uppercase_dateline_with_dash():
    meta = meta_of("002")
    assert meta.outlet == "KORANBANTEN.COM"
    assert meta.title.startswith("Perkuat Pembinaan Kemandirian Warga Binaan")


def test_outlet_from_dateline_glued_to_the_text():
    assert meta_of("003").outlet == "KORANBANTEN.COM"  # "KORANBANTEN.COM-Kantor Wilayah…"


def test_outlet_after_a_place_in_the_dateline():
    meta = meta_of("004")
    assert meta.outlet == "Actanews.id"  # "Jakarta, Actanews.id –"
    assert meta.title == "Ditjenpas Gandeng 8 Mitra Strategis, Perkuat Pembinaan Inklusif bagi Warga Binaan"


def test_outlet_before_the_place_in_the_dateline():
    assert meta_of("000").outlet == "Indonews.web.id"  # "Indonews.web.id, Serang –"


def test_place_only_dateline_is_not_an_outlet():
    meta = meta_of("001")  # "Jakarta – Direktorat Jenderal…", no headline
    assert meta.outlet == ""
    assert meta.title.startswith("Direktorat Jenderal Pemasyarakatan (Ditjenpas) resmi menandatangani")
    assert meta.date == "2025-05-19"


def test_outlet_and_date_from_a_sumber_line():
    meta = meta_of("033_bapas-makassar-sepuluh-mitra.txt")
    assert meta.outlet == "Sulselsatu.com"
    assert meta.date == "2024-12-15"
    assert meta.kind == "article"


def test_agreement_title_kind_and_signing_date():
    meta = meta_of("045_pks-rutan-bajawa-kemenag-ngada.txt")
    assert meta.kind == "agreement"
    assert meta.title.startswith("PERJANJIAN KERJA SAMA ANTARA RUMAH TAHANAN NEGARA KELAS II B BAJAWA DENGAN")
    assert meta.date == "2024-02-01"
    assert meta.language == "id"


def test_english_text_is_detected():
    assert extract_metadata("The prison signed an agreement with the district police on Monday.", VOCAB).language == "en"
