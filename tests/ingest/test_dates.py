import pytest

from ingest.dates import (
    find_dates,
    find_relative_days,
    find_times,
    format_date,
    infer_year,
    parse_date,
    resolve_relative,
    states_weekday,
)
from tests.vocab import VOCAB


@pytest.mark.parametrize(
    "text, default_year, iso",
    [
        ("Senin (19/5/2025)", None, "2025-05-19"),
        ("Rabu (28/1/2026)", None, "2026-01-28"),
        ("Kamis (2/10)", 2025, "2025-10-02"),
        ("Kamis (2/10)", None, ""),
        ("19 Mei 2025", None, "2025-05-19"),
        ("1 Juli 2025", None, "2025-07-01"),
        ("Kamis, 29 Januari 2026", None, "2026-01-29"),
        ("Jumat (25/07/2025)", None, "2025-07-25"),
        ("Jumat 01/08/25", None, "2025-08-01"),
        ("tahun dua ribu dua puluh empat (01-02-2024), bertempat", None, "2024-02-01"),
        ("Selasa 25 Januari 2022", None, "2022-01-25"),
        ("Jumat, 24 Januari", 2025, "2025-01-24"),
        ("May 19, 2025", None, "2025-05-19"),
        ("on 11 March 2025", None, "2025-03-11"),
        ("Februari 2026", None, "2026-02"),
        ("2025-10-13", None, "2025-10-13"),
        # written out in words, as agreements open
        ("Pada hari ini Kamis tanggal dua belas bulan Maret tahun dua ribu dua puluh enam", None, "2026-03-12"),
        ("tanggal tiga puluh satu bulan Desember tahun dua ribu sembilan belas", None, "2019-12-31"),
        ("tanggal sebelas bulan Juni tahun 2025", None, "2025-06-11"),
        ("Pada hari ini Rabu, tanggal tujuh, bulan Mei, tahun dua ribu dua puluh tujuh, bertempat di", None, "2027-05-07"),
        ("Ditandatangani di Sorong pada tanggal dua puluh tujuh Maret tahun dua ribu dua puluh tujuh.", None, "2027-03-27"),  # no "bulan"
        ("tanggal tiga puluh dua bulan Juni tahun 2025", None, ""),
        ("pada Jumat, tiga April dua ribu dua puluh enam, di pendopo", None, "2026-04-03"),  # without the marking words
        ("sejak dua April tiga puluh tahun silam", None, ""),  # no year in words
    ],
)
def test_indonesian_and_english_date_forms(text, default_year, iso):
    assert parse_date(text, VOCAB, default_year) == iso or (iso == "" and not any(m.iso for m in find_dates(text, VOCAB, default_year)))


def test_a_date_in_words_keeps_its_exact_span():
    text = "Pada hari ini Senin tanggal lima bulan Mei tahun dua ribu dua puluh lima, kami yang bertanda tangan"
    (mention,) = find_dates(text, VOCAB)
    assert mention.as_stated == "tanggal lima bulan Mei tahun dua ribu dua puluh lima" == text[mention.start : mention.end]


def test_a_date_in_words_set_off_by_commas_keeps_its_exact_span():
    text = "Pada hari ini Rabu, tanggal tujuh, bulan Mei, tahun dua ribu dua puluh tujuh (07-05-2027), bertempat di"
    first = find_dates(text, VOCAB)[0]
    assert first.as_stated == "tanggal tujuh, bulan Mei, tahun dua ribu dua puluh tujuh" and first.iso == "2027-05-07"


def test_a_day_in_digits_spelled_again_in_brackets_is_one_date():
    text = "Pada hari ini Selasa tanggal 11 (sebelas) bulan Mei tahun 2027, bertempat di Tais, kami yang bertanda tangan"
    (mention,) = find_dates(text, VOCAB)
    assert mention.iso == "2027-05-11" and mention.as_stated == "tanggal 11 (sebelas) bulan Mei tahun 2027"


def test_reference_numbers_are_not_dates():
    assert find_dates("NOMOR: 214/KK.20.10.1/KP/07.1/01/2024", VOCAB) == []


def test_impossible_dates_are_ignored():
    assert parse_date("Senin (31/2/2025)", VOCAB) == ""


def test_mentions_keep_their_exact_span():
    text = "Penandatanganan pada Senin (19/5/2025) di Jakarta."
    (mention,) = find_dates(text, VOCAB)
    assert text[mention.start : mention.end] == "Senin (19/5/2025)" == mention.as_stated


def test_year_is_inferred_from_the_documents_full_dates():
    assert infer_year("Acara Kamis (2/10). Sebelumnya, Rabu (3/9/2025), dan 5 Mei 2025.", VOCAB) == 2025


def test_format_date_in_both_languages():
    assert format_date("2025-05-19", VOCAB, "id") == "19 Mei 2025"
    assert format_date("2025-05-19", VOCAB, "en") == "19 May 2025"
    assert format_date("2026-02", VOCAB, "id") == "Februari 2026"
    assert format_date("2025-09-13", VOCAB, "id", weekday=True) == "Sabtu, 13 September 2025"  # the calendar's day
    assert format_date("2025-09-13", VOCAB, "en", weekday=True) == "Saturday, 13 September 2025"
    assert format_date("2025-09", VOCAB, "en", weekday=True) == "September 2025"  # a month has no day


def test_a_text_states_the_weekday_of_a_date_only_with_that_day_s_name():
    assert states_weekday("pada Sabtu (13/9/2025)", "2025-09-13", VOCAB)
    assert states_weekday("on Saturday, September 13, 2025", "2025-09-13", VOCAB)
    assert not states_weekday("pada Jumat (13/9/2025)", "2025-09-13", VOCAB)  # another day's name
    assert not states_weekday("pada 13/9/2025", "2025-09-13", VOCAB)


@pytest.mark.parametrize("text, times", [
    ("pada Rabu (12/11/2025) pukul 09.30 WIB di aula", ["pukul 09.30 WIB"]),
    ("acara dimulai jam 10 pagi", ["jam 10"]),
    ("the signing began at 9:30 a.m. on Monday", ["9:30 a.m."]),
    ("sekitar 14.00 WITA", ["14.00 WITA"]),
    ("Acara itu dimulai pada Jumat pukul 10.00 WIT.", ["pukul 10.00 WIT"]),  # the zone before a sentence's end
    ("selama 10 jam, 45 warga binaan, nomor 12.30 tahun 2024", []),  # a duration, a count, a number
    ("pukul 25.00", []),  # no such hour
])
def test_times_of_day_are_an_hour_with_its_word_or_its_zone(text, times):
    assert [t.as_stated for t in find_times(text, VOCAB)] == times


@pytest.mark.parametrize("text, anchor, iso", [
    ("Sehari kemudian, Bapas itu meneken PKS.", "2025-10-08", "2025-10-09"),
    ("Dua hari kemudian kedua pihak bertemu lagi.", "2025-10-08", "2025-10-10"),
    ("On the same day the prison signed a second agreement.", "2025-10-08", "2025-10-08"),
    ("PKS itu diteken kemarin di aula.", "2025-10-08", "2025-10-07"),
    ("Senin lalu kedua pihak meneken MoU.", "2025-10-08", "2025-10-06"),  # 8 October 2025 is a Wednesday
    ("Rabu kemarin kedua pihak meneken MoU.", "2025-10-08", "2025-10-01"),  # a weekday's own name: the week before
    ("The agreement was signed last Friday.", "2025-10-08", "2025-10-03"),
])
def test_a_day_told_relative_to_another_is_counted_from_its_anchor(text, anchor, iso):
    relative = find_relative_days(text, VOCAB)
    assert len(relative) == 1
    assert resolve_relative(relative[0], anchor) == iso


def test_no_relative_day_without_its_phrase():
    assert find_relative_days("Kemarau panjang melanda Sukamaju pada Senin (6/10/2025).", VOCAB) == []
