"""The written reports of `eval/written` (shapes of report the devset lacks) keep their records:
every partner (but one, said below), date and no record from the reports of no signing, through the real pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant.evaluate_records import load_facts, score_records

WRITTEN = Path(__file__).resolve().parents[2] / "eval" / "written"


def test_the_written_reports_keep_every_partner_and_date(services, settings):
    shutil.copytree(WRITTEN / "docs", settings.corpus_dir, dirs_exist_ok=True)
    shutil.copytree(WRITTEN / "distractors", settings.corpus_dir, dirs_exist_ok=True)
    services.ingester(progress=False).run()
    distractors = {p.name for p in (WRITTEN / "distractors").iterdir()}
    scores = score_records(load_facts(WRITTEN / "facts.jsonl"), services.records.all(), services.vocabulary, distractors)
    assert (scores["partner_precision"], scores["date_accuracy"]) == (1.0, 1.0)
    assert scores["records_from_distractors"] == 0
    # The partner missed: a cooperation told in the sentence before the signing's, without a
    # signing word ("Kerja sama pertama dijalin dengan A. Selain itu, lapas juga meneken PKS dengan B").
    missed = {row["id"]: row["partners_missed"] for row in scores["details"] if row["partners_missed"]}
    assert missed == {"W9-01": ["Politeknik Negeri Jember"]}
