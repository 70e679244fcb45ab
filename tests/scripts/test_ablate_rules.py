"""The rule audit (scripts/ablate_rules.py) turns off rules that exist, and turns them back on."""

from __future__ import annotations

import pytest

from tests.scripts import script


@pytest.fixture(scope="module")
def ablate():
    with script("ablate_rules") as module:
        yield module


def test_every_rule_the_audit_turns_off_is_a_name_the_answerer_has(ablate):
    """A rule renamed or retired in assistant/answer.py must leave the audit's table too, or the audit
    would set an attribute nothing reads and report the rule as earning nothing."""
    for name, replacements in ablate.RULES.items():
        for owner, attribute, _ in replacements:
            assert hasattr(owner, attribute), (name, attribute)


def test_a_rule_turned_off_is_turned_back_on(ablate):
    import assistant.answer as answer

    before = (answer.RANK_WEIGHT, answer.OfflineAnswerer._checked, answer.fits_kind)
    with ablate.turned_off(["rank.search", "checks.all", "checks.kind"]):
        assert answer.RANK_WEIGHT == 0.0 and answer.fits_kind("x", "person", None)
        assert answer.OfflineAnswerer._checked(None, ["span"]) == ["span"]
    assert (answer.RANK_WEIGHT, answer.OfflineAnswerer._checked, answer.fits_kind) == before


def test_an_unknown_rule_is_refused_with_the_names_there_are(ablate, capsys):
    with pytest.raises(SystemExit):
        ablate.main(["--rules", "no.such.rule", "--sets", "devset"])
    assert "unknown rule(s) ['no.such.rule']" in capsys.readouterr().err
