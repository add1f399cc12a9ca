"""Every shipped rule is well formed and has both passing and failing tests.

A failing test is an assertion whose expected findings name the rule (``("CERT-002", "S03")``); a
passing test runs the rule and expects ``[]``. Both are searched for in tests/rules/*.py, so a rule
added without tests fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from enforcement_audit.engine import Confidence, Severity, validate_rules
from enforcement_audit.rules import ALL_RULES

TEST_SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "rules").glob("test_*.py")))
IDS = [r.meta.id for r in ALL_RULES]


def test_registry_is_valid() -> None:
    validate_rules(ALL_RULES)
    assert len(IDS) == len(set(IDS))


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_has_a_failing_case(rule_id: str) -> None:
    assert re.search(rf"\(\s*\"{re.escape(rule_id)}\"\s*,", TEST_SOURCES), f"no expected finding of {rule_id} in tests/rules"


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_has_a_passing_case(rule_id: str) -> None:
    # hits(d, "<ID>") == []  (possibly through a parametrised helper naming the id)
    pattern = rf"\"{re.escape(rule_id)}\"[^\n]*\)\s*==\s*\[\]|==\s*\[\][^\n]*\"{re.escape(rule_id)}\""
    assert re.search(pattern, TEST_SOURCES), f"no passing case (== []) for {rule_id} in tests/rules"


@pytest.mark.parametrize("rule", ALL_RULES, ids=IDS)
def test_unconfirmed_rules_are_not_errors(rule: type) -> None:
    meta = rule.meta  # type: ignore[attr-defined]
    if meta.confidence is Confidence.UNCONFIRMED:
        assert meta.severity is not Severity.ERROR
