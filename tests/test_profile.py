"""Profiles: the bundled national profile, user profiles that extend it, and clear errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import Result

from enforcement_audit.profile import (
    BasisList,
    Parameters,
    ProfileError,
    Threshold,
    TimeWindow,
    bundled_profiles,
    load_profile,
)

HEAD = '[profile]\nid = "mine"\ntitle = "本地配置"\nextends = "national"\n'


def write(tmp_path: Path, body: str, name: str = "mine.toml", head: str = HEAD) -> Path:
    path = tmp_path / name
    path.write_text(head + body, encoding="utf-8")
    return path


def test_bundled_national() -> None:
    assert "national" in bundled_profiles()
    profile = load_profile("national")
    assert profile.id == "national"
    assert profile.path == "national.toml"
    p = profile.parameters
    assert (p.punishment_disclosure.days, p.punishment_disclosure.day_kind) == (7, "working")
    assert (p.decision_deadline.days, p.decision_deadline.day_kind) == (90, "calendar")
    assert (p.night_window.start, p.night_window.end) == (dt.time(22), dt.time(6))
    assert p.hearing_threshold_organisation.amount == Decimal(100000)
    assert [s.value for s in p.av_required_steps.steps] == ["seal_up", "seizure", "execution"]
    assert profile.rules.disable == ()
    assert profile.rules.severity == {}
    for name in Parameters.model_fields:
        value = getattr(p, name)
        assert value is None or len(value.source) >= 2, name
    # sector/local rules that do not exist nationally stay unset
    assert (p.filing_deadline, p.archive_deadline, p.annual_review_required) == (None, None, None)


def test_every_bundled_profile_loads() -> None:
    for name in bundled_profiles():
        assert load_profile(name).id


def test_user_profile_extends_national_and_overrides_one_parameter(tmp_path: Path) -> None:
    path = write(tmp_path, '[parameters.statement_window]\ndays = 3\nsource = "某省规定（测试）"\n')
    national, mine = load_profile("national"), load_profile(str(path))
    assert mine.id == "mine"
    assert mine.path == "mine.toml"
    assert mine.parameters.statement_window.days == 3
    assert mine.parameters.statement_window.source == "某省规定（测试）"
    assert mine.parameters.statement_window.day_kind == "working"  # inherited key by key
    assert mine.parameters.statement_window.confidence == national.parameters.statement_window.confidence
    for name in Parameters.model_fields:
        if name != "statement_window":
            assert getattr(mine.parameters, name) == getattr(national.parameters, name), name
    assert mine.profile.description == national.profile.description


def test_user_profile_extends_a_sibling_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``extends`` naming a file is read next to the extending file, not in the working directory."""
    folder = tmp_path / "profiles"
    folder.mkdir()
    write(folder, "[parameters.punishment_disclosure]\ndays = 5\n", name="province.toml",
          head='[profile]\nid = "province"\ntitle = "省"\nextends = "national"\n')
    city = write(folder, "[parameters.other_disclosure]\ndays = 15\n", name="city.toml",
                 head='[profile]\nid = "city"\ntitle = "市"\nextends = "province.toml"\n')
    monkeypatch.chdir(tmp_path)
    profile = load_profile(str(city))
    assert (profile.id, profile.parameters.punishment_disclosure.days, profile.parameters.other_disclosure.days) == (
        "city", 5, 15)


def test_rules_section(tmp_path: Path) -> None:
    path = write(tmp_path, '[rules]\ndisable = ["cert", "PUN-SERVE-001"]\n[rules.severity]\n"SUBJ-001" = "warning"\n')
    profile = load_profile(str(path))
    assert profile.rules.disable == ("CERT", "PUN-SERVE-001")
    assert not profile.rule_enabled("CERT-002")
    assert profile.rule_enabled("CERTX-001")
    assert profile.rule_enabled("SUBJ-001")
    assert profile.severity_for("SUBJ-001", profile.severity_for("X", "error")) == "warning"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("[parameters.night_window]\nbegin = 22:00:00\n", "parameters.night_window.begin"),
        ('[parameters.night_window]\nstart = "late"\n', "parameters.night_window.start"),
        ('[parameters.decision_deadline]\ndays = "ninety"\n', "parameters.decision_deadline.days"),
        ("[parameters.decision_deadline]\ndays = -1\n", "parameters.decision_deadline.days"),
        ('[parameters.decision_deadline]\nday_kind = "lunar"\n', "parameters.decision_deadline.day_kind"),
        ('[parameters.decision_deadline]\nsource = ""\n', "parameters.decision_deadline.source"),
        ('[parameters.decision_deadline]\nconfidence = "maybe"\n', "parameters.decision_deadline.confidence"),
        ('[parameters.hearing_threshold_individual]\namount = "lots"\n', "parameters.hearing_threshold_individual.amount"),
        ('[parameters.av_required_steps]\nsteps = ["dancing"]\n', "parameters.av_required_steps.steps.0"),
        ("[parameters.new_thing]\ndays = 1\n", "parameters.new_thing"),
        ('[rules.severity]\n"SUBJ-001" = "fatal"\n', "rules.severity.SUBJ-001"),
        ('[rules]\nenable = ["SUBJ"]\n', "rules.enable"),
        ('[parameters.first_offence_exemptions]\nmatter = ["A"]\n', "parameters.first_offence_exemptions.matter"),
        ("[parameters.first_offence_exemptions]\nmatters = []\n", "parameters.first_offence_exemptions.matters"),
        ('[parameters.first_offence_exemptions]\neffective_from = "soon"\n', "parameters.first_offence_exemptions.effective_from"),
        ("[parameters.inspection_caps]\ncaps = [{sector = \"*\", cap = 2, cep = 1}]\n", "parameters.inspection_caps.caps.0.cep"),
        ("[parameters.inspection_caps]\ncaps = [{sector = \"*\", cap = 0}]\n", "parameters.inspection_caps.caps.0.cap"),
        ("[parameters.inspection_caps]\ncaps = [{sector = \"*\", cap = 2, exempt = [\"holiday\"]}]\n",
         "parameters.inspection_caps.caps.0.exempt.0"),
        ('[colours]\nred = 1\n', "colours"),
        ('description = 5\n[rules]\n', "profile.description"),
    ],
)
def test_bad_key_or_type_names_file_and_key(tmp_path: Path, body: str, key: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(ProfileError) as err:
        load_profile(str(path))
    assert f"{path}: {key}:" in str(err.value)


def test_profile_without_extends_must_have_every_parameter(tmp_path: Path) -> None:
    path = write(tmp_path, "[parameters.statement_window]\ndays = 3\nday_kind = \"working\"\nsource = \"x y\"\n",
                 head='[profile]\nid = "bare"\ntitle = "缺参数"\n')
    with pytest.raises(ProfileError) as err:
        load_profile(str(path))
    assert f"{path}: parameters.night_window:" in str(err.value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[profile\n", ("不是有效的 TOML",)),
        ('[profile]\nid = "Bad Id"\ntitle = "x"\nextends = "national"\n', ("profile.id",)),
        ('[profile]\nid = "x"\ntitle = "x"\nextends = "nowhere"\n', ("nowhere",)),
        ('[profile]\nid = "x"\ntitle = "x"\nextends = 5\n', ("p.toml: profile.extends",)),
    ],
)
def test_broken_profile_files(tmp_path: Path, text: str, words: tuple[str, ...]) -> None:
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as err:
        load_profile(str(path))
    for word in words:
        assert word in str(err.value)


def test_extends_cycle(tmp_path: Path) -> None:
    a = write(tmp_path, "", name="a.toml", head=f'[profile]\nid = "a"\ntitle = "a"\nextends = "{tmp_path / "b.toml"}"\n')
    write(tmp_path, "", name="b.toml", head=f'[profile]\nid = "b"\ntitle = "b"\nextends = "{a}"\n')
    with pytest.raises(ProfileError, match="循环"):
        load_profile(str(a))


def test_unknown_profile_name() -> None:
    with pytest.raises(ProfileError, match="nosuch"):
        load_profile("nosuch")


def test_parameter_helpers() -> None:
    night = TimeWindow(start=dt.time(22), end=dt.time(6), source="test")
    assert night.contains(dt.time(23, 30)) and night.contains(dt.time(5, 59)) and night.contains(dt.time(22))
    assert not night.contains(dt.time(6)) and not night.contains(dt.time(12))
    day = TimeWindow(start=dt.time(8), end=dt.time(18), source="test")
    assert day.contains(dt.time(8)) and not day.contains(dt.time(18))
    inclusive = Threshold(amount=Decimal(10000), boundary="inclusive", source="以上")
    exclusive = Threshold(amount=Decimal(10000), boundary="exclusive", source="超过")
    assert inclusive.reached(Decimal(10000)) and not exclusive.reached(Decimal(10000))
    assert exclusive.reached(Decimal("10000.01")) and not inclusive.reached(Decimal("9999.99"))


# ------------------------------------------------------------------ through the CLI

@pytest.mark.parametrize(
    ("body", "words"),
    [
        ('[rules.severity]\n"NOPE-001" = "warning"\n', ("NOPE-001",)),
        ('[rules]\ndisable = ["NOPE"]\n', ("NOPE",)),
        ('[parameters.night_window]\nstart = "late"\n', ("parameters.night_window.start",)),
    ],
)
def test_cli_rejects_a_bad_profile(
    cli: Callable[..., Result], make_dossier: Callable[..., Path], batch_dir: Path, tmp_path: Path,
    body: str, words: tuple[str, ...],
) -> None:
    make_dossier("a")
    path = write(tmp_path, body)
    result = cli("check", batch_dir, "--profile", path)
    assert result.exit_code == 2
    assert "mine.toml" in result.output
    for word in words:
        assert word in result.output


def test_cli_accepts_tool_ids_and_prefixes_in_a_profile(
    cli: Callable[..., Result], make_dossier: Callable[..., Path], batch_dir: Path, tmp_path: Path
) -> None:
    make_dossier("a")
    path = write(tmp_path, '[rules]\ndisable = ["SUBJ"]\n[rules.severity]\n"GEN-TIME-005" = "info"\n')
    result = cli("check", batch_dir, "--profile", path, "--format", "json")
    assert result.exit_code == 0
    assert '"profile": "mine"' in result.stdout


def test_basis_list_matches_citations_loosely() -> None:
    bases = BasisList(bases=("公安机关办理行政案件程序规定第三十九条",), source="测试来源")
    assert bases.accepts("《公安机关办理行政案件程序规定》第三十九条第一款")
    assert bases.accepts("公安机关办理行政案件程序规定 第三十九条")
    assert not bases.accepts("公安机关办理行政案件程序规定第三十八条")
    assert not bases.accepts("某市管理办法第五条")
