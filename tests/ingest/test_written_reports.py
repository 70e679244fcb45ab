"""The written reports of `eval/written` (shapes of report the devset lacks) keep their records:
every partner (but one, said below), date and no record from the reports of no signing, through the
real pipeline; and the questions written over them are answered or declined as measured."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.evaluate import load_questions, report, score_answer
from assistant.evaluate_records import load_facts, score_records
from ingest.core.settings import Settings

WRITTEN = Path(__file__).resolve().parents[2] / "eval" / "written"


@pytest.fixture(scope="module")
def written(tmp_path_factory, embedder, reader):
    """The written reports and the reports of no signing, ingested once for this module."""
    from assistant.services import Services

    root = tmp_path_factory.mktemp("written")
    shutil.copytree(WRITTEN / "docs", root / "corpus", dirs_exist_ok=True)
    shutil.copytree(WRITTEN / "distractors", root / "corpus", dirs_exist_ok=True)
    services = Services(Settings(data_dir=root / "data", corpus_dir=root / "corpus", _env_file=None),
                        _embedder=embedder, _reader=reader)
    report_ = services.ingester(progress=False).run()
    assert not report_.failed, report_.summary()
    return services


def test_the_written_reports_keep_every_partner_and_date(written):
    services = written
    distractors = {p.name for p in (WRITTEN / "distractors").iterdir()}
    scores = score_records(load_facts(WRITTEN / "facts.jsonl"), services.records.all(), services.vocabulary, distractors)
    # Every event's date but the forty-first batch's agreement extended (BF-04: "A dan B memperpanjang perjanjian
    # kerja sama …, Jumat (7/5/2027)"; an extension is, by design, no new signing, and the sentence that tells the
    # first signing, "Kerja sama itu pertama kali diteken pada 2025", names no partner: no record).
    assert [row["id"] for row in scores["details"] if not row["date_ok"]] == ["BF-04"]
    assert scores["records_from_distractors"] == 0
    # No partner that is not one: the only extras are the two signings of one story (two units, one
    # day; and the sixteenth batch's two signings two weeks apart, AG-01 and AG-05), which a scorer
    # pooling a document's records reads as each other's; and a name kept as its short name with its
    # branch's town, the full name given only in the first sentence (T-06).
    # (The body an agreement's party acts for is no partner beside the office: AB-03, AF-03 and the
    # seventeenth batch's AH-03, "Kepala Dinas A Kota B, … atas nama Pemerintah Kota B", no longer extras.)
    # (An English release's partner keeps both its names, "Mitra Bahari Seaweed Cooperative (Koperasi
    # Rumput Laut Mitra Bahari)", so that a true record naming it either way finds it: AD-02, AE-03 and
    # AF-02 are no longer extras.) The fifteenth batch's other two: a bank named in full, then by its
    # short name with the town of its branch (AF-01, as T-06); an office named without its "UPTD" (AF-03).
    extra = {row["id"]: row["partners_extra"] for row in scores["details"] if row["partners_extra"]}
    assert extra == {"K-05": ["Dinas Kelautan dan Perikanan Kabupaten Banggai"], "K-06": ["Badan Amil Zakat Nasional Kota Palu"],
                     "T-06": ["Bank Kalbar Pontianak"], "AF-01": ["Bank Sumut Pematangsiantar"],
                     "AF-03": ["Balai Latihan Kerja Kabupaten Banjar"],
                     "AG-01": ["CV Batu Indah Lumajang"], "AG-05": ["Dinas Tenaga Kerja Kabupaten Lumajang"],
                     # the nineteenth batch's two prisons each signing with its own town on one day (as K-05/K-06)
                     "AJ-04": ["Dinas Pariwisata Kota Sawahlunto"], "AJ-05": ["Pemerintah Kota Payakumbuh"],
                     # the fortieth batch's office named in full with a two-word abbreviation: the facts' half-abbreviated
                     # "UPTD Balai Latihan Kerja …" matches no form (as AF-03); one of its words alone ("BLK") is no
                     # second partner since the forty-fourth batch's round
                     "BE-01": ["Unit Pelaksana Teknis Daerah Balai Latihan Kerja (UPTD BLK) Kabupaten Ogan Komering Ulu"],
                     # the forty-second batch's "the Belitung branch of the Indonesian Hotel and Restaurant Association
                     # (PHRI)": no rule reads a branch's place into its organisation's name (left)
                     "BG-02": ["Indonesian Hotel and Restaurant Association (PHRI)"]}
    # The partner missed: a cooperation told in the sentence before the signing's, without a
    # signing word ("Kerja sama pertama dijalin dengan A. Selain itu, lapas juga meneken PKS dengan B").
    missed = {row["id"]: row["partners_missed"] for row in scores["details"] if row["partners_missed"]}
    # (The thirty-second batch's company named only in an agreement's capital-letter heading, "ANTARA … DENGAN
    # PT A TENTANG …", is found since "PT" stays in capitals when the heading is recased: AW-03.)
    assert missed == {"W9-01": ["Politeknik Negeri Jember"],
                      "T-06": ["PT Bank Pembangunan Daerah Kalimantan Barat"],
                      "AF-03": ["UPTD Balai Latihan Kerja Kabupaten Banjar"],
                      "BE-01": ["UPTD Balai Latihan Kerja Kabupaten Ogan Komering Ulu"],
                      "BF-04": ["Dinas Kelautan dan Perikanan Kabupaten Kepulauan Selayar"],
                      "BG-02": ["Indonesian Hotel and Restaurant Association (PHRI) Belitung"]}


def test_the_written_questions_are_answered_and_declined_as_measured(written):
    # Seventeen batches of questions were written over these reports and scored before any rule was changed
    # for them (README, "How it works"); these are the figures after, with room for a question or two.
    rows = []
    for question in load_questions(WRITTEN / "questions.jsonl"):
        answer = written.offline_answerer.answer(question["question"])
        rows.append(score_answer(question, answer, written.documents, written.vocabulary))
    scores = report(rows)
    # The tenth batch (q-wj-*) left five answerable questions declined whose reports the search does not
    # rank in the first three (README, "How it works"): measured 0.902 / 0.882 / 0.978 / 0.059 over 361.
    # The eleventh (q-wk-*) left two unanswerable questions answered (a fragment for a head never named,
    # the records' partner for a signing the expo never saw) and its reports drew one earlier one
    # ("Berapa bunga …" answered from another bank's story): 0.901 / 0.883 / 0.947 / 0.057 over 396.
    # The twelfth (q-wl-*), with its rules (deputy roles, "untuk" after signing, the holder read again
    # in his own sentence, a second signer read in his part of the sentence): 0.905 / 0.882 / 0.939 / 0.053 over 421.
    # The thirteenth (q-wm-*), with its rules (sentences read again ranked by search rank, names in a
    # span listing roles and names, whole names, implied units, a place searched deeper, a body's signer
    # read in the sentence that names it): 0.916 / 0.895 / 0.932 / 0.044 over 446.
    # The fourteenth (q-wn-*), scored blind at 1.00 on every figure, joined with no rule written for it:
    # 0.921 / 0.901 / 0.925 / 0.041 over 471. The fifteenth (q-wo-*), with its rules (a person before a
    # body's name, a time in the sentence that states one, "Regent", a body named by its own words, "dan"
    # inside a body's name before a person): 0.913 / 0.891 / 0.929 / 0.049 over 498 (its reports drew two
    # earlier answers away: a count of eleven units, a university's signer). The sixteenth (q-wp-*), with
    # its rules (an Indonesian question read over an English report in English, a body's short form
    # spelled out, "What is the name of the <role>", "Tahun berapa" no count, not "hingga" for a signing,
    # a date span read as each sentence's date, another unit's record): 0.914 / 0.893 / 0.924 / 0.044 over 523;
    # with the first English forms of Indonesian phrases (after the seventeenth batch's blind score): 0.917 / 0.893 / 0.924 / 0.042.
    # The seventeenth (q-wq-*), with its rules (areas that signed are their governments, a signature block
    # read side by side, the holder of the role that acts for a body, an English topic word the glossary
    # cannot say, a length of time not a rate): 0.918 / 0.891 / 0.927 / 0.042 over 548 (its reports drew
    # one earlier answer away: another report's "six-month apprenticeship" for an internship's length);
    # with the eighteenth batch's rules after its blind score (English province names, a denied signing
    # answers nothing): 0.918 / 0.891 / 0.935 / 0.042; with a hospital's signer asked in English: 0.921 / 0.894 / 0.935 / 0.040.
    # The eighteenth (q-wr-*) joined after its round (a partner keeps both its names, a count of participants
    # is no count of those a place holds): 0.920 / 0.894 / 0.922 / 0.038 over 573.
    # Then an Indonesian question put to an English release in English words: 0.924 / 0.903 / 0.922 / 0.034.
    # The nineteenth (q-ws-*) joined after its round: 0.928 / 0.907 / 0.925 / 0.034 over 598.
    # The twentieth (q-wt-*) joined after its round (a report's own abbreviations, signature blocks and
    # form rows, a denied witness, a signing put off): 0.931 / 0.911 / 0.928 / 0.033 over 623.
    # The twenty-first (q-wu-*) joined after its round: 0.929 / 0.908 / 0.924 / 0.036 over 648.
    # The twenty-second (q-wv-*) joined after its round: 0.926 / 0.904 / 0.926 / 0.040 over 673.
    # Then the place of an agreement's closing line: 0.928 / 0.906 / 0.926 / 0.038.
    # The twenty-third (q-ww-*) joined after its round: 0.929 / 0.908 / 0.929 / 0.039 over 698.
    # The twenty-fourth (q-wx-*) joined after its round: 0.928 / 0.907 / 0.931 / 0.039 over 723.
    # Then spans of stories that never name the asked body left out first: 0.930 / 0.909 / 0.931 / 0.037.
    # Then the twenty-fifth batch's rules (a count in the unit asked, "Dibuat di A", a signing sentence
    # read alone for its place, a stand-in's other side): 0.931 / 0.911 / 0.931 / 0.036.
    # The twenty-fifth (q-wy-*) joined after its round: 0.930 / 0.911 / 0.933 / 0.034 over 748.
    # Then the twenty-sixth batch's rules (regency seats in the gazetteer, a month's short form, "bertempat
    # di", a partner's glossary forms, every unit of a record first): 0.930 / 0.911 / 0.939 / 0.034.
    # The twenty-sixth (q-wz-*) joined after its round: 0.929 / 0.910 / 0.941 / 0.037 over 773.
    # Then the twenty-seventh batch's rules (where funds come from, a unit asked in English by its town, a
    # signing days after another, English inflections, a signature block's left column): unchanged.
    # The twenty-seventh (q-xa-*) joined after its round: 0.927 / 0.907 / 0.943 / 0.039 over 798.
    # Then the twenty-eighth batch's rules (a head word beside a role, "Kalapas" for an English head, form
    # rows): 0.927 / 0.908 / 0.943 / 0.039. The twenty-eighth (q-xb-*) joined after its round: 0.924 / 0.906 /
    # 0.945 / 0.039 over 823 (its reports drew two answers away: another regional office's memorandum place,
    # and a province's regional office head the search no longer finds among the first 24 passages).
    # Then the twenty-ninth batch's rules (a town's inmates, a document date's line): 0.926 / 0.908 / 0.945 / 0.039.
    # Then a place searched sixteen times as deep: 0.929 / 0.911 / 0.945 / 0.036.
    # The twenty-ninth (q-xc-*) joined after its round, with a place filter in the search and the thirtieth
    # batch's rules: 0.922 / 0.901 / 0.936 / 0.039 over 848 (its reports drew two answers away: another
    # polytechnic's director for an unanswerable one, a prison's health checks now declined).
    # Then two bodies told apart by their proper words, and the thirtieth batch's other rules: 0.922 / 0.901 / 0.947 / 0.039.
    # The thirtieth (q-xd-*) joined after its round: 0.918 / 0.898 / 0.943 / 0.043 over 873 (its reports drew three
    # answers away: a regional office's head declined, a count of units answered with students, an inmates' count
    # answered); then the thirty-first batch's rules: unchanged.
    # The thirty-first (q-xe-*) joined after its round: 0.915 / 0.894 / 0.949 / 0.044 over 898; then the
    # thirty-second batch's rules: unchanged. The thirty-second (q-xf-*) joined: 0.917 / 0.897 / 0.950 / 0.043 over 923;
    # the thirty-third batch's rules: 0.919 / 0.900. The thirty-third (q-xg-*) joined, moved to Kaimana (it had reused
    # an earlier report's unit), with the thirty-fourth batch's rules: 0.921 / 0.902 / 0.952 / 0.040 over 948.
    # The thirty-fourth (q-xh-*) joined after its round: 0.922 / 0.903 / 0.948 / 0.041 over 973.
    # The thirty-fifth batch's rules: 0.922 / 0.905. The thirty-fifth (q-xi-*) joined after its round, with a named
    # body's own report's spans first: 0.925 / 0.908 / 0.945 / 0.037 over 998; the thirty-sixth batch's rules: 0.927 / 0.912 / 0.949 / 0.036;
    # then how many times a week, another office by its field and a topic only planned: 0.929 / 0.913 / 0.949 / 0.035.
    # The thirty-sixth (q-xj-*) joined after its round: 0.929 / 0.914 / 0.950 / 0.034 over 1023; the thirty-seventh
    # batch's rules: 0.929 / 0.914 / 0.950 / 0.035.
    # The thirty-seventh (q-xk-*) joined after its round: 0.931 / 0.916 / 0.956 / 0.035 over 1048; the thirty-eighth
    # batch's rules: unchanged. The forty-fifth (q-xs-*) joined after its round: 0.944 / 0.932 / 0.963 / 0.029 over 1248. The thirty-eighth (q-xl-*) joined, with the thirty-ninth batch's rules:
    # 0.933 / 0.918 / 0.957 / 0.036 over 1073.
    # The thirty-ninth (q-xm-*) joined after its round: 0.933 / 0.919 / 0.954 / 0.036 over 1098; the fortieth
    # batch's rules: 0.933 / 0.920 / 0.954 / 0.036.
    # The fortieth (q-xn-*) joined after its round: 0.931 / 0.918 / 0.955 / 0.038 over 1123; the forty-first
    # batch's rules: 0.932 / 0.919 / 0.955 / 0.036.
    # The forty-first (q-xo-*) joined after its round, with the forty-second batch's rules: 0.933 / 0.920 / 0.956 /
    # 0.037 over 1148.
    # The forty-second (q-xp-*) joined after its round: 0.935 / 0.923 / 0.956 / 0.036 over 1173; the forty-third
    # batch's other rules: 0.941 / 0.928 / 0.956 / 0.032. The forty-third (q-xq-*) joined after its round, with the
    # forty-fourth batch's rules: 0.946 / 0.934 / 0.961 / 0.028 over 1198.
    # The forty-fourth (q-xr-*) joined after its round: 0.947 / 0.935 / 0.962 / 0.027 over 1223; the forty-fifth
    # batch's rules: unchanged. The forty-fifth (q-xs-*) joined after its round: 0.944 / 0.932 / 0.963 / 0.029 over 1248.
    assert scores["unanswerable_declined"] >= 0.91
    assert scores["answerable_wrongly_declined"] <= 0.055
    assert scores["answer_item_recall"] >= 0.905 and scores["lead_item_recall"] >= 0.885
    assert scores["citation_validity"] == 1.0
