"""Rule engine: rule validation, selection, severities, crashing rules, finding locations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from enforcement_audit import testing
from enforcement_audit.calendar import WorkCalendar
from enforcement_audit.engine import (
    ALL_CASE_TYPES,
    Confidence,
    Context,
    Hit,
    LegalBasis,
    Rule,
    RuleDefinitionError,
    RuleMeta,
    RuleSet,
    Severity,
    System,
    cn_number,
    matches,
    run_rules,
    validate_rules,
)
from enforcement_audit.models import CaseType, Dossier
from enforcement_audit.profile import Profile, load_profile
from enforcement_audit.rules import ALL_RULES

DOC = """Test rule.

Requirement: something.

Non-compliant: a dossier without it.

Compliant: a dossier with it.
"""


def meta(rule_id: str = "TST-001", **changes: Any) -> RuleMeta:
    fields: dict[str, Any] = {
        "id": rule_id, "title": "测试", "system": System.PROCEDURE, "case_types": ALL_CASE_TYPES,
        "severity": Severity.ERROR, "legal_basis": (LegalBasis("测试法", 1),), "remediation": "整改。",
    }
    fields.update(changes)
    return RuleMeta(**fields)


def rule(rule_id: str = "TST-001", doc: str | None = DOC, **changes: Any) -> type[Rule]:
    the_meta = meta(rule_id, **changes)

    def check(self: Rule, ctx: Context) -> Iterator[Hit]:
        yield Hit(f"{the_meta.id} 命中", step="S10")

    return type(f"Rule_{rule_id.replace('-', '_')}", (Rule,), {"__doc__": doc, "meta": the_meta, "check": check})


# ------------------------------------------------------------------ validate_rules

def test_the_shipped_rules_are_valid() -> None:
    validate_rules(ALL_RULES)
    assert len({r.meta.id for r in ALL_RULES}) == len(ALL_RULES)


def test_a_good_rule_is_accepted() -> None:
    validate_rules([rule("TST-001"), rule("TST-SUB-002"), rule("A-B-C-999")])
    validate_rules([rule("TST-003", confidence=Confidence.UNCONFIRMED, severity=Severity.WARNING)])


@pytest.mark.parametrize("bad_id", ["tst-001", "TST-1", "TST001", "TST-0001", "TST_001", "-001", "TST-001 ", "TST-00A"])
def test_bad_id(bad_id: str) -> None:
    with pytest.raises(RuleDefinitionError, match="bad rule id"):
        validate_rules([rule(bad_id)])


def test_duplicate_id() -> None:
    with pytest.raises(RuleDefinitionError, match="duplicate rule id TST-001"):
        validate_rules([rule("TST-001"), rule("TST-002"), rule("TST-001")])


def test_duplicate_of_a_shipped_rule() -> None:
    with pytest.raises(RuleDefinitionError, match="duplicate rule id SUBJ-001"):
        validate_rules([*ALL_RULES, rule("SUBJ-001")])


def test_missing_legal_basis() -> None:
    with pytest.raises(RuleDefinitionError, match="TST-001: missing legal basis"):
        validate_rules([rule(legal_basis=())])


PUN_ONLY = frozenset({CaseType.PUNISHMENT})
COERCION = frozenset({CaseType.COERCIVE_MEASURE, CaseType.ENFORCED_EXECUTION})


def test_scoped_basis_outside_the_rules_case_types() -> None:
    bases = (LegalBasis("测试法", 1), LegalBasis("测试强制法", 2, case_types=COERCION))
    with pytest.raises(RuleDefinitionError, match="TST-001: 《测试强制法》第二条 is limited to case types the rule does not judge"):
        validate_rules([rule(case_types=PUN_ONLY, legal_basis=bases)])


def test_every_case_type_needs_a_basis() -> None:
    bases = (LegalBasis("测试法", 1, case_types=PUN_ONLY), LegalBasis("测试强制法", 2, case_types=COERCION))
    with pytest.raises(RuleDefinitionError, match="TST-001: no legal basis for case type inspection"):
        validate_rules([rule(legal_basis=bases)])
    validate_rules([rule(legal_basis=(*bases, LegalBasis("测试法", 1, note="参照适用", case_types=frozenset({CaseType.INSPECTION}))))])


def test_a_finding_cites_the_bases_for_its_case_type() -> None:
    bases = (LegalBasis("测试法", 1), LegalBasis("测试处罚法", 2, case_types=PUN_ONLY),
             LegalBasis("测试强制法", 3, case_types=COERCION | {CaseType.INSPECTION}))
    scoped = rule(legal_basis=bases)
    (finding,) = _run([scoped])  # a punishment dossier
    assert [str(b) for b in finding.legal_basis] == ["《测试法》第一条", "《测试处罚法》第二条"]
    assert [b["text"] for b in finding.to_json()["legal_basis"]] == ["《测试法》第一条", "《测试处罚法》第二条"]  # type: ignore[index]
    (finding,) = _run([scoped], testing.base_inspection())
    assert [str(b) for b in finding.legal_basis] == ["《测试法》第一条", "《测试强制法》第三条"]
    # the rule listing keeps them all, with their scope
    assert [b.to_json(scope=True).get("case_types") for b in bases] == [
        None, ["punishment"], ["coercive_measure", "enforced_execution", "inspection"]]


def test_legal_basis_without_a_law() -> None:
    with pytest.raises(RuleDefinitionError, match="without a law name"):
        validate_rules([rule(legal_basis=(LegalBasis("  ", 3),))])


@pytest.mark.parametrize(
    "doc",
    [
        None,
        "Test rule.",
        "Test rule.\n\nNon-compliant: a dossier without it.\n",
        "Test rule.\n\nCompliant: a dossier with it.\n",
    ],
)
def test_missing_docstring_example(doc: str | None) -> None:
    with pytest.raises(RuleDefinitionError, match="Non-compliant: and Compliant:"):
        validate_rules([rule(doc=doc)])


def test_unconfirmed_rule_cannot_default_to_error() -> None:
    with pytest.raises(RuleDefinitionError, match="unconfirmed rule cannot default to error"):
        validate_rules([rule(confidence=Confidence.UNCONFIRMED)])


@pytest.mark.parametrize(
    ("changes", "message"),
    [({"title": " "}, "title and remediation"), ({"remediation": ""}, "title and remediation"),
     ({"case_types": frozenset()}, "no case types")],
)
def test_other_required_metadata(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(RuleDefinitionError, match=message):
        validate_rules([rule(**changes)])


def test_rule_without_meta() -> None:
    bare = type("Bare", (Rule,), {"__doc__": DOC})
    with pytest.raises(RuleDefinitionError, match="Bare: no RuleMeta"):
        validate_rules([bare])


# ------------------------------------------------------------------ selection

@pytest.mark.parametrize(
    ("rule_id", "patterns", "expected"),
    [
        ("CERT-002", ["CERT-002"], True),
        ("CERT-002", ["cert-002"], True),
        ("CERT-002", ["CERT"], True),
        ("CERT-002", ["CERT-"], True),
        ("CERT-002", ["CERT-00"], False),
        ("CERT-002", ["CER"], False),
        ("CERTX-001", ["CERT"], False),
        ("PUN-SERVE-001", ["PUN"], True),
        ("PUN-SERVE-001", ["PUN-SERVE"], True),
        ("PUN-SERVE-001", ["PUN-SER"], False),
        ("PUN-SERVE-001", ["PUN-*-001"], True),
        ("PUN-SERVE-002", ["PUN-*-001"], False),
        ("PUN-SERVE-001", ["pun-serve-00?"], True),
        ("PUN-SERVE-001", ["*"], True),
        ("CERT-002", ["", " ", "SUBJ", "CERT-002"], True),
        ("CERT-002", ["", " "], False),
        ("CERT-002", [], False),
    ],
)
def test_matches(rule_id: str, patterns: list[str], expected: bool) -> None:
    assert matches(rule_id, patterns) is expected


FAKE_RULES = [rule(i) for i in ("CERT-001", "CERT-002", "CERTX-001", "PUN-HEAR-001", "PUN-SERVE-001", "SUBJ-001")]


@pytest.fixture(scope="module")
def national() -> Profile:
    return load_profile("national")


def ids(ruleset: RuleSet) -> list[str]:
    return [r.meta.id for r in ruleset.rules]


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        ((), (), ["CERT-001", "CERT-002", "CERTX-001", "PUN-HEAR-001", "PUN-SERVE-001", "SUBJ-001"]),
        (("CERT-002",), (), ["CERT-002"]),
        (("CERT",), (), ["CERT-001", "CERT-002"]),
        (("PUN-*-001",), (), ["PUN-HEAR-001", "PUN-SERVE-001"]),
        (("CERT", "SUBJ-001"), (), ["CERT-001", "CERT-002", "SUBJ-001"]),
        ((), ("CERT",), ["CERTX-001", "PUN-HEAR-001", "PUN-SERVE-001", "SUBJ-001"]),
        ((), ("PUN-SERVE-001", "C*"), ["PUN-HEAR-001", "SUBJ-001"]),
        (("CERT",), ("CERT-001",), ["CERT-002"]),
        (("PUN",), ("*-HEAR-*",), ["PUN-SERVE-001"]),
    ],
)
def test_ruleset_select_and_ignore(
    national: Profile, select: tuple[str, ...], ignore: tuple[str, ...], expected: list[str]
) -> None:
    assert ids(RuleSet.build(FAKE_RULES, national, select, ignore)) == expected


def _user_profile(tmp_path: Path, body: str) -> Profile:
    path = tmp_path / "p.toml"
    path.write_text('[profile]\nid = "t"\ntitle = "测试"\nextends = "national"\n' + body, encoding="utf-8")
    return load_profile(str(path))


def test_profile_disable_and_severity(tmp_path: Path) -> None:
    profile = _user_profile(
        tmp_path, '[rules]\ndisable = ["cert", "PUN-HEAR-001"]\n[rules.severity]\n"SUBJ-001" = "info"\n'
        '"PUN-SERVE-001" = "warning"\n'
    )
    ruleset = RuleSet.build(FAKE_RULES, profile)
    assert ids(ruleset) == ["CERTX-001", "PUN-SERVE-001", "SUBJ-001"]
    assert {k: ruleset.severities[k] for k in ids(ruleset)} == {
        "CERTX-001": Severity.ERROR, "PUN-SERVE-001": Severity.WARNING, "SUBJ-001": Severity.INFO}


def test_case_types_decide_which_rules_run(national: Profile) -> None:
    only_inspection = rule("TST-001", case_types=frozenset({CaseType.INSPECTION}))
    ruleset = RuleSet.build([only_inspection, rule("TST-002")], national)
    assert [r.meta.id for r in ruleset.for_case_type(CaseType.PUNISHMENT)] == ["TST-002"]
    assert [r.meta.id for r in ruleset.for_case_type(CaseType.INSPECTION)] == ["TST-001", "TST-002"]


# ------------------------------------------------------------------ running rules

def _run(rules: list[type[Rule]], d: dict[str, Any] | None = None, profile: Profile | None = None) -> list[Any]:
    dossier = Dossier.model_validate(d or testing.base_punishment())
    prof = profile or load_profile("national")
    ctx = Context(dossier, testing.registry(), prof.parameters, WorkCalendar(), dt.date(2025, 12, 31))
    return run_rules(ctx, RuleSet.build(rules, prof), "dossier.xml")


class Crash(Rule):
    """Crashes.

    Non-compliant: any.

    Compliant: none.
    """

    meta = meta("TST-900")

    def check(self, ctx: Context) -> Iterator[Hit]:
        yield Hit("first hit before the crash", step="S01")
        raise KeyError("S99")


def test_crashing_rule_becomes_engine_001_and_other_rules_still_report() -> None:
    findings = _run([rule("TST-001"), Crash, rule("TST-002")])
    assert [(f.rule_id, f.location.step, f.location.file) for f in findings] == [
        ("ENGINE-001", None, "dossier.xml"),
        ("TST-001", "S10", "dossier.xml"),
        ("TST-002", "S10", "dossier.xml"),
    ]
    crash = findings[0]
    assert crash.dossier == "T-PUN"
    assert crash.severity is Severity.ERROR
    assert "TST-900" in crash.message and "KeyError" in crash.message and "S99" in crash.message
    assert "first hit" not in " ".join(f.message for f in findings)  # a crashed rule reports nothing else


def test_crashing_shipped_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shipped rule that raises on a strange dossier: ENGINE-001, not a crash of the run."""
    subj = next(r for r in ALL_RULES if r.meta.id == "SUBJ-001")

    def boom(self: Rule, ctx: Context) -> Iterator[Hit]:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(subj, "check", boom)
    assert testing.hits(testing.base_punishment(), "SUBJ-001") == [("ENGINE-001", None)]


def test_hit_location_gets_the_step_line() -> None:
    d = testing.base_punishment()
    dossier = Dossier.model_validate(d)
    dossier = dossier.model_copy(update={"steps": tuple(s.model_copy(update={"line": 40 + i})
                                                         for i, s in enumerate(dossier.steps))})
    prof = load_profile("national")
    ctx = Context(dossier, testing.registry(), prof.parameters, WorkCalendar(), dt.date(2025, 12, 31))
    [finding] = run_rules(ctx, RuleSet.build([rule("TST-001")], prof), "dossier.xml")
    assert (finding.location.step, finding.location.line) == ("S10", 49)


def test_profile_severity_override_changes_the_finding(tmp_path: Path) -> None:
    d = testing.base_punishment()
    d["case"]["acting_body"]["id"] = "B-NOWHERE"
    [default] = testing.run(d, "SUBJ-001")
    assert default.severity is Severity.ERROR
    profile = _user_profile(tmp_path, '[rules.severity]\n"SUBJ-001" = "warning"\n')
    [changed] = testing.run(d, "SUBJ-001", profile=profile)
    assert changed.severity is Severity.WARNING
    assert changed.rule_id == "SUBJ-001" and changed.message == default.message


def test_findings_are_sorted() -> None:
    class Many(Rule):
        """Many hits.

        Non-compliant: any.

        Compliant: none.
        """

        meta = meta("TST-010")

        def check(self, ctx: Context) -> Iterator[Hit]:
            yield Hit("b", step="S10")
            yield Hit("a", step="S02")
            yield Hit("c")

    findings = _run([rule("TST-020"), Many])
    assert findings == sorted(findings, key=lambda f: f.sort_key())


def test_legal_basis_text() -> None:
    assert str(LegalBasis("中华人民共和国行政处罚法", 57, 1, 2)) == "《中华人民共和国行政处罚法》第五十七条第一款第（二）项"
    assert str(LegalBasis("某通知", note="国办发〔2018〕118号")) == "《某通知》（国办发〔2018〕118号）"
    assert [cn_number(n) for n in (1, 10, 11, 20, 58, 100, 105, 110, 119, 120, 186)] == [
        "一", "十", "十一", "二十", "五十八", "一百", "一百零五", "一百一十", "一百一十九", "一百二十", "一百八十六"]
    # 民法典 numbers its articles past a thousand
    assert [cn_number(n) for n in (1000, 1010, 1034, 1039, 1105, 1110, 1260)] == [
        "一千", "一千零一十", "一千零三十四", "一千零三十九", "一千一百零五", "一千一百一十", "一千二百六十"]
    assert str(LegalBasis("中华人民共和国民法典", 1034, 2)) == "《中华人民共和国民法典》第一千零三十四条第二款"


# ------------------------------------------------------------------ open-case alerts (预警)


def _alert_rule(alert: Any) -> type[Rule]:
    the_meta = meta("TST-700")

    def check(self: Rule, ctx: Context) -> Iterator[Hit]:
        yield Hit("期限将至", step="S10", alert=alert)

    return type("AlertRule", (Rule,), {"__doc__": DOC, "meta": the_meta, "check": check})


def test_an_unrecorded_fact_is_reported_as_a_warning() -> None:
    class Unrecorded(Rule):
        """Reports a fact the dossier does not record.

        Non-compliant: any.

        Compliant: none.
        """

        meta = meta("TST-901")

        def check(self, ctx: Context) -> Iterator[Hit]:
            yield Hit("未记录", step="S10", unrecorded=True)
            yield Hit("违反", step="S10")

    assert [(f.message, f.severity) for f in _run([Unrecorded])] == [
        ("未记录", Severity.WARNING), ("违反", Severity.ERROR)]


def test_yellow_alert_is_a_warning_and_red_keeps_the_rule_severity() -> None:
    from enforcement_audit.engine import Alert

    (yellow,) = _run([_alert_rule(Alert.YELLOW)])
    assert (yellow.severity, yellow.alert) == (Severity.WARNING, Alert.YELLOW)
    assert yellow.to_json()["alert"] == "yellow"
    (red,) = _run([_alert_rule(Alert.RED)])
    assert (red.severity, red.alert) == (Severity.ERROR, Alert.RED)
    (plain,) = _run([rule("TST-001")])
    assert plain.alert is None and plain.to_json()["alert"] is None


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # deadline Thursday 2025-10-09 (after National Day); national alert window: 3 working days
        ("2025-09-26", None),  # 09-28 (make-up Sunday), 09-29, 09-30, 10-09: 4 working days left
        ("2025-09-28", "yellow"),  # 09-29, 09-30, 10-09: 3 working days
        ("2025-10-09", "yellow"),  # due today
        ("2025-10-10", "red"),  # overdue
    ],
)
def test_alert_for_counts_working_days_to_the_deadline(as_of: str, expected: str | None) -> None:
    prof = load_profile("national")
    dossier = Dossier.model_validate(testing.base_punishment())
    ctx = Context(dossier, testing.registry(), prof.parameters, WorkCalendar(), dt.date.fromisoformat(as_of))
    alert = ctx.alert_for(dt.date(2025, 10, 9))
    assert (alert.value if alert is not None else None) == expected
