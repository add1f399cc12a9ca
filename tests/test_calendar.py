"""Working-day calendar: official holidays, make-up working days, uncovered years, user tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from enforcement_audit import cli as cli_module
from enforcement_audit import testing
from enforcement_audit.calendar import HolidayTable, HolidayTableError, WorkCalendar
from enforcement_audit.engine import ALL_CASE_TYPES, Context, Hit, LegalBasis, Rule, RuleMeta, RuleSet, Severity, System
from enforcement_audit.engine import run_rules as engine_run_rules
from enforcement_audit.models import Dossier
from enforcement_audit.profile import load_profile
from enforcement_audit.rules import ALL_RULES

D = dt.date
CAL = WorkCalendar()

TABLE_2027 = """\
# 2027 (test data, not the official notice)
[years.2027]
source = "测试"
holidays = [2027-10-01, 2027-10-04, 2027-10-05, 2027-10-06, 2027-10-07]
workdays = [2027-09-26, 2027-10-09]
"""


# ------------------------------------------------------------------ official years

@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2025, 9, 26), True),  # Friday
        (D(2025, 9, 27), False),  # Saturday
        (D(2025, 9, 28), True),  # Sunday, make-up working day
        *[(D(2025, 10, n), False) for n in range(1, 9)],  # National Day + Mid-Autumn 10-01..10-08
        (D(2025, 10, 9), True),
        (D(2025, 10, 11), True),  # Saturday, make-up working day
        (D(2025, 10, 12), False),
        (D(2025, 4, 27), True),  # Sunday, make-up working day before Labour Day
        *[(D(2025, 5, n), False) for n in range(1, 6)],  # Labour Day 05-01..05-05
        (D(2025, 5, 6), True),
    ],
)
def test_official_working_days(day: dt.date, working: bool) -> None:
    assert CAL.is_working_day(day) is working


@pytest.mark.parametrize(
    ("start", "days", "end"),
    [
        (D(2025, 9, 26), 0, D(2025, 9, 26)),  # the start day is not counted
        (D(2025, 9, 26), 1, D(2025, 9, 28)),  # Friday + 1 = the make-up Sunday
        (D(2025, 9, 28), 1, D(2025, 9, 29)),
        (D(2025, 9, 30), 1, D(2025, 10, 9)),  # over the whole holiday
        (D(2025, 9, 30), 2, D(2025, 10, 10)),
        (D(2025, 9, 30), 3, D(2025, 10, 11)),  # the make-up Saturday counts
        (D(2025, 9, 30), 4, D(2025, 10, 13)),
        (D(2025, 9, 25), 7, D(2025, 10, 11)),  # 26, 28, 29, 30, 10-09, 10-10, 10-11
        (D(2025, 10, 3), 1, D(2025, 10, 9)),  # starting inside the holiday
        (D(2025, 4, 25), 1, D(2025, 4, 27)),
        (D(2025, 4, 30), 1, D(2025, 5, 6)),
        (D(2025, 4, 21), 7, D(2025, 4, 29)),  # 22, 23, 24, 25, 27 (make-up Sunday), 28, 29
    ],
)
def test_add_working_days(start: dt.date, days: int, end: dt.date) -> None:
    assert CAL.add_working_days(start, days) == end


def test_working_days_between() -> None:
    assert CAL.working_days_between(D(2025, 9, 30), D(2025, 10, 11)) == 3
    assert CAL.working_days_between(D(2025, 9, 30), D(2025, 10, 8)) == 0
    assert CAL.working_days_between(D(2025, 10, 11), D(2025, 9, 30)) == 0
    for start, days in ((D(2025, 9, 25), 7), (D(2025, 4, 30), 3), (D(2025, 12, 29), 10)):
        assert CAL.working_days_between(start, CAL.add_working_days(start, days)) == days


@pytest.mark.parametrize(
    ("start", "days", "end"),
    [
        (D(2025, 9, 20), 15, D(2025, 10, 9)),  # 10-05 is a holiday: moves to the next working day
        (D(2025, 9, 23), 15, D(2025, 10, 9)),  # 10-08, last day of the holiday
        (D(2025, 9, 13), 15, D(2025, 9, 28)),  # a make-up Sunday is a working day: stays
        (D(2025, 9, 26), 15, D(2025, 10, 11)),  # a make-up Saturday: stays
        (D(2025, 10, 3), 15, D(2025, 10, 20)),  # an ordinary Saturday 10-18 -> Monday
        (D(2025, 4, 16), 15, D(2025, 5, 6)),  # 05-01 (Labour Day) -> 05-06
        (D(2025, 3, 5), 90, D(2025, 6, 3)),  # 06-03 is a Tuesday: unchanged
        (D(2025, 9, 26), 0, D(2025, 9, 26)),
    ],
)
def test_add_calendar_days(start: dt.date, days: int, end: dt.date) -> None:
    assert CAL.add_calendar_days(start, days) == end


# ------------------------------------------------------------------ uncovered years

def test_uncovered_year_falls_back_to_weekends_and_is_tracked() -> None:
    cal = WorkCalendar()
    cal.start_tracking()
    assert cal.is_working_day(D(2027, 10, 1)) is True  # Friday: no holiday table, so a working day
    assert cal.is_working_day(D(2027, 10, 2)) is False
    assert cal.add_working_days(D(2027, 1, 29), 1) == D(2027, 2, 1)
    assert cal.stop_tracking() == {2027}
    cal.start_tracking()
    cal.add_working_days(D(2025, 12, 30), 3)  # into 2026 (covered)
    assert cal.stop_tracking() == set()
    cal.start_tracking()
    assert cal.is_working_day(D(2027, 10, 1)) is True  # cached, but still reported for this dossier
    assert cal.stop_tracking() == {2027}


def test_user_table_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "holidays.toml"
    path.write_text(TABLE_2027, encoding="utf-8")
    table = HolidayTable.load(path)
    assert table.years == {2027}
    cal = WorkCalendar(table)
    cal.start_tracking()
    assert cal.is_working_day(D(2027, 9, 26)) is True  # Sunday made a working day
    assert cal.is_working_day(D(2027, 10, 1)) is False
    assert cal.add_working_days(D(2027, 9, 30), 1) == D(2027, 10, 8)
    assert cal.add_working_days(D(2027, 9, 30), 2) == D(2027, 10, 9)  # make-up Saturday
    assert cal.add_calendar_days(D(2027, 9, 16), 15) == D(2027, 10, 8)
    assert cal.stop_tracking() == set()
    assert cal.is_working_day(D(2025, 10, 1)) is False  # other years still use the official data


# ------------------------------------------------------------------ GEN-TIME-005 from the engine

class UsesDeadline(Rule):
    """Test rule: computes a 7-working-day deadline from the decision and reports nothing.

    Requirement: none (test only).

    Non-compliant: none.

    Compliant: any dossier.
    """

    meta = RuleMeta(
        id="TEST-101", title="测试期限", system=System.PROCEDURE, case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR, legal_basis=(LegalBasis("测试法", 1),), remediation="无。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        decision = ctx.dossier.step_by_id["S10"]
        ctx.working_day_deadline(decision.day, 7)
        return iter(())


def dossier_in(year: int, dossier_id: str = "T-PUN") -> dict[str, Any]:
    d = testing.base_punishment()
    d["id"] = dossier_id
    testing.step(d, "S10")["date"] = f"{year}-09-28"
    testing.step(d, "S10")["approved_on"] = f"{year}-09-28"
    return d


def _engine(d: dict[str, Any], calendar: WorkCalendar, profile: str = "national") -> list[tuple[str, str, str]]:
    prof = load_profile(profile)
    ctx = Context(Dossier.model_validate(d), testing.registry(), prof.parameters, calendar, D(2027, 12, 31))
    findings = engine_run_rules(ctx, RuleSet.build([UsesDeadline], prof), "dossier.xml")
    return [(f.rule_id, f.severity.value, f.message) for f in findings]


def test_engine_warns_for_an_uncovered_year_per_dossier() -> None:
    cal = WorkCalendar()
    assert _engine(dossier_in(2025), cal) == []
    [(rule_id, severity, message)] = _engine(dossier_in(2027), cal)
    assert (rule_id, severity) == ("GEN-TIME-005", "warning")
    assert "2027" in message
    assert _engine(dossier_in(2025), cal) == []  # the next dossier is not blamed
    assert [f[0] for f in _engine(dossier_in(2027), cal)] == ["GEN-TIME-005"]


def test_no_warning_with_a_user_table(tmp_path: Path) -> None:
    path = tmp_path / "holidays.toml"
    path.write_text(TABLE_2027, encoding="utf-8")
    assert _engine(dossier_in(2027), WorkCalendar(HolidayTable.load(path))) == []


def test_gen_time_005_severity_follows_the_profile(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('[profile]\nid = "p"\ntitle = "t"\nextends = "national"\n[rules.severity]\n"GEN-TIME-005" = "info"\n',
                    encoding="utf-8")
    assert [f[:2] for f in _engine(dossier_in(2027), WorkCalendar(), str(path))] == [("GEN-TIME-005", "info")]


@pytest.fixture
def deadline_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_module, "ALL_RULES", (*ALL_RULES, UsesDeadline))


@pytest.mark.usefixtures("deadline_rule")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_gen_time_005_end_to_end(
    cli: Callable[..., Result], make_dossier: Callable[..., Path], batch_dir: Path, tmp_path: Path, jobs: str
) -> None:
    import json

    make_dossier("a", dossier_in(2025, "Y2025"))
    make_dossier("b", dossier_in(2027, "Y2027"))
    make_dossier("c", dossier_in(2025, "Y2025B"))
    args = ("check", batch_dir, "--select", "TEST-101", "--format", "json", "--jobs", jobs)
    result = cli(*args)
    assert result.exit_code == 0  # a warning does not fail the default --fail-on error
    findings = json.loads(result.stdout)["findings"]
    assert [(f["dossier"], f["rule_id"], f["severity"]) for f in findings] == [("Y2027", "GEN-TIME-005", "warning")]
    assert cli(*args, "--fail-on", "warning").exit_code == 1
    table = tmp_path / "holidays.toml"
    table.write_text(TABLE_2027, encoding="utf-8")
    result = cli(*args, "--holidays", table, "--fail-on", "warning")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["findings"] == []


@pytest.mark.usefixtures("deadline_rule")
def test_gen_time_005_can_be_ignored(cli: Callable[..., Result], make_dossier: Callable[..., Path],
                                     batch_dir: Path) -> None:
    make_dossier("b", dossier_in(2027, "Y2027"))
    result = cli("check", batch_dir, "--select", "TEST-101", "--ignore", "GEN-TIME-005", "--fail-on", "info")
    assert result.exit_code == 0


# ------------------------------------------------------------------ bad holiday tables

@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[years.2027\n", ("不是有效的 TOML",)),
        ("title = 'x'\n", ("[years.<年份>]",)),
        ("[years]\n", ("[years.<年份>]",)),
        ("[years.27]\nholidays = []\n", ("years.27", "四位数字")),
        ("[years]\n2027 = 5\n", ("years.2027", "应为表")),
        ("[years.2027]\nworkday = [2027-02-07]\n", ("years.2027", "workday")),
        ("[years.2027]\nholidays = 2027-01-01\n", ("years.2027.holidays", "日期列表")),
        ("[years.2027]\nholidays = ['2027-01-01']\n", ("years.2027.holidays", "2027-01-01")),
        ("[years.2027]\nholidays = [2027-01-01T08:00:00]\n", ("years.2027.holidays",)),
        ("[years.2027]\nworkdays = [2026-12-31]\n", ("years.2027.workdays", "2026-12-31")),
    ],
)
def test_bad_holiday_table(tmp_path: Path, text: str, words: tuple[str, ...]) -> None:
    path = tmp_path / "holidays.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(HolidayTableError) as err:
        HolidayTable.load(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ")
    for word in words:
        assert word in message


def test_missing_holiday_table(tmp_path: Path) -> None:
    with pytest.raises(HolidayTableError, match="无法读取"):
        HolidayTable.load(tmp_path / "nowhere.toml")
