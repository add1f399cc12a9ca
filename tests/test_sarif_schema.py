"""The SARIF report validates against the SARIF 2.1.0 requirements (tests/sarif-2.1.0-subset.schema.json).

The schema was written for this project from section 3 of the SARIF 2.1.0 standard (the OASIS file
is not copied). It is checked with jsonschema (draft 2020-12) and a format checker of our own for
``uri`` and ``uri-reference`` (RFC 3986), so the check does not depend on jsonschema's optional
format libraries. What a JSON Schema cannot say (``ruleIndex`` names the rule whose ``id`` is the
``ruleId``, §3.27.6) is checked by :func:`cross_field_problems`.

SARIF documents: the real CLI over the bundled samples (run from the repository root, relative
URIs), the committed example ``reports/sample-report.sarif``, and a run over one sample given by an
absolute path with a waiver (``file://`` URIs and a suppression).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]

from enforcement_audit.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = Path(__file__).with_name("sarif-2.1.0-subset.schema.json")
AS_OF = "2026-06-30"

# RFC 3986: the characters a URI may contain (unreserved, gen-delims, sub-delims, "%" of a pct-encoding)
_URI_CHARS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")
_PCT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def is_uri_reference(value: object) -> bool:
    """RFC 3986 URI-reference (section 4.1): only URI characters, every ``%`` starts a pct-encoding,
    at most one ``#``, brackets only around an IP literal in the authority."""
    if not isinstance(value, str):
        return True
    if not _URI_CHARS.match(value) or _PCT.search(value) or value.count("#") > 1:
        return False
    rest = _SCHEME.sub("", value, count=1)
    if rest.startswith("//"):
        authority = re.split(r"[/?#]", rest[2:], maxsplit=1)[0]
        rest = rest[2 + len(authority):]
        host = authority.rpartition("@")[2]
        if ("[" in host or "]" in host) and not re.match(r"^\[[0-9A-Fa-f:.vV]+\](:[0-9]*)?$", host):
            return False
    return "[" not in rest and "]" not in rest


def is_uri(value: object) -> bool:
    """RFC 3986 absolute URI (section 3): a URI-reference with a scheme."""
    return not isinstance(value, str) or (bool(_SCHEME.match(value)) and is_uri_reference(value))


def format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checks("uri-reference")(is_uri_reference)
    checker.checks("uri")(is_uri)
    return checker


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=format_checker())


def errors(validator: Draft202012Validator, log: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def cross_field_problems(log: dict[str, Any]) -> list[str]:
    """What the schema cannot express: each result's ruleIndex points at a rule of tool.driver.rules
    with the result's ruleId (§3.27.5, §3.27.6, §3.52.3); rule ids are unique within the driver."""
    problems: list[str] = []
    for r, run in enumerate(log["runs"]):
        rules = run["tool"]["driver"].get("rules", [])
        ids = [rule["id"] for rule in rules]
        if len(ids) != len(set(ids)):
            problems.append(f"runs/{r}: rule ids are not unique")
        for i, result in enumerate(run.get("results") or []):
            index, rule_id = result.get("ruleIndex", -1), result.get("ruleId")
            if index == -1:
                continue
            if index >= len(rules):
                problems.append(f"runs/{r}/results/{i}: ruleIndex {index} is outside rules (length {len(rules)})")
            elif rule_id is not None and rules[index]["id"] != rule_id:
                problems.append(f"runs/{r}/results/{i}: ruleIndex {index} is rule {rules[index]['id']}, ruleId is {rule_id}")
    return problems


def run_sarif(args: list[str], out: Path) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["check", *args, "--as-of", AS_OF, "--no-progress", "--no-cache",
                                       "-o", f"sarif={out}"])
    assert result.exit_code in (0, 1), result.output
    log: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return log


@pytest.fixture(scope="module")
def sample_log(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The SARIF of a cross-check of every sample, run from the repository root as a user would."""
    out = tmp_path_factory.mktemp("sarif") / "samples.sarif"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        log = run_sarif(["sample_dossiers/", "--mode", "cross", "--score"], out)
    assert len(log["runs"][0]["results"]) > 40
    return log


@pytest.fixture(scope="module")
def waived_log(sample_log: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One sample by absolute path (``file://`` URIs), its first finding waived (a suppression)."""
    first = sample_log["runs"][0]["results"][0]
    folder = first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].split("/")[1]
    tmp = tmp_path_factory.mktemp("waived")
    waivers = tmp / "waivers.toml"
    waivers.write_text(f'[[waiver]]\nrule = "{first["ruleId"]}"\ndossier = "{first["properties"]["dossier"]}"\n'
                       'reason = "经法制机构研究同意"\nby = "法制科 张某"\nexpires = 2026-12-31\n', encoding="utf-8")
    log = run_sarif([str(ROOT / "sample_dossiers" / folder), "--registry", str(ROOT / "sample_dossiers" / "registry"),
                     "--waivers", str(waivers)], tmp / "one.sarif")
    assert any("suppressions" in res for res in log["runs"][0]["results"])
    return log


# ------------------------------------------------------------------ the real reports validate


def test_schema_is_valid_draft_2020_12(validator: Draft202012Validator) -> None:
    assert validator.schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_sample_sarif_validates(validator: Draft202012Validator, sample_log: dict[str, Any]) -> None:
    assert errors(validator, sample_log) == []
    assert cross_field_problems(sample_log) == []
    levels = {res["level"] for res in sample_log["runs"][0]["results"]}
    assert {"error", "warning", "note"} <= levels
    assert any("region" in res["locations"][0]["physicalLocation"] for res in sample_log["runs"][0]["results"])
    uris = [res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for res in sample_log["runs"][0]["results"]]
    assert all(uri.startswith("sample_dossiers/") and is_uri_reference(uri) for uri in uris)


def test_committed_example_validates(validator: Draft202012Validator) -> None:
    committed = ROOT / "reports" / "sample-report.sarif"
    if not committed.is_file():
        pytest.skip("reports/sample-report.sarif not generated (python scripts/make_reports.py)")
    log = json.loads(committed.read_text(encoding="utf-8"))
    assert errors(validator, log) == []
    assert cross_field_problems(log) == []


def test_absolute_paths_and_suppressions_validate(validator: Draft202012Validator, waived_log: dict[str, Any]) -> None:
    assert errors(validator, waived_log) == []
    assert cross_field_problems(waived_log) == []
    results = waived_log["runs"][0]["results"]
    assert all(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("file:///")
               for res in results)
    assert [s["kind"] for res in results for s in res.get("suppressions", [])] == ["external"]


# ------------------------------------------------------------------ the schema catches mistakes


def _result(log: dict[str, Any]) -> dict[str, Any]:
    res: dict[str, Any] = log["runs"][0]["results"][0]
    return res


def _rule(log: dict[str, Any]) -> dict[str, Any]:
    rule: dict[str, Any] = log["runs"][0]["tool"]["driver"]["rules"][0]
    return rule


def _physical(log: dict[str, Any]) -> dict[str, Any]:
    physical: dict[str, Any] = _result(log)["locations"][0]["physicalLocation"]
    return physical


Mutation = Callable[[dict[str, Any]], object]

BROKEN: dict[str, Mutation] = {
    "level fatal": lambda log: _result(log).update(level="fatal"),
    "level in capitals": lambda log: _result(log).update(level="Error"),
    "message missing": lambda log: _result(log).pop("message"),
    "message without text": lambda log: _result(log).update(message={"txt": "…"}),
    "misspelt key in a result": lambda log: _result(log).update(ruleID=_result(log)["ruleId"]),
    "misspelt partialFingerprints": lambda log: _result(log).update(partialFingerPrints=_result(log).pop("partialFingerprints")),
    "ruleIndex -2": lambda log: _result(log).update(ruleIndex=-2),
    "ruleIndex not an integer": lambda log: _result(log).update(ruleIndex="0"),
    "ruleId not a string": lambda log: _result(log).update(ruleId=7),
    "fingerprint value not a string": lambda log: _result(log).update(partialFingerprints={"enforcementAudit/v1": 1}),
    "fingerprint key without version": lambda log: _result(log).update(partialFingerprints={"enforcementAudit": "x"}),
    "suppression kind waived": lambda log: _result(log).update(suppressions=[{"kind": "waived"}]),
    "suppression without kind": lambda log: _result(log).update(suppressions=[{"justification": "x"}]),
    "suppression status approved": lambda log: _result(log).update(suppressions=[{"kind": "external", "status": "approved"}]),
    "misspelt key in a suppression": lambda log: _result(log).update(suppressions=[{"kind": "external", "justfication": "x"}]),
    "kind pass with level error": lambda log: _result(log).update(kind="pass", level="error"),
    "startLine 0": lambda log: _physical(log).update(region={"startLine": 0}),
    "misspelt key in a region": lambda log: _physical(log).update(region={"startline": 3}),
    "physicalLocation without artifact": lambda log: _physical(log).pop("artifactLocation"),
    "uri with a raw Chinese name": lambda log: _physical(log).update(artifactLocation={"uri": "sample_dossiers/A/决定书.pdf"}),
    "uri with a space": lambda log: _physical(log).update(artifactLocation={"uri": "sample_dossiers/A B/dossier.xml"}),
    "uri with a bad percent-encoding": lambda log: _physical(log).update(artifactLocation={"uri": "a%2/dossier.xml"}),
    "uri not a string": lambda log: _physical(log).update(artifactLocation={"uri": 1}),
    "uriBaseId not a string": lambda log: _physical(log)["artifactLocation"].update(uriBaseId=1),
    "locations not an array": lambda log: _result(log).update(locations=_result(log)["locations"][0]),
    "misspelt key in a location": lambda log: _result(log)["locations"][0].update(physicalLocations={}),
    "rule without id": lambda log: _rule(log).pop("id"),
    "misspelt key in a rule": lambda log: _rule(log).update(shortDescripton=_rule(log).pop("shortDescription")),
    "shortDescription without text": lambda log: _rule(log).update(shortDescription={"markdown": "x"}),
    "help as a string": lambda log: _rule(log).update(help="整改"),
    "defaultConfiguration level fatal": lambda log: _rule(log).update(defaultConfiguration={"level": "fatal"}),
    "misspelt key in defaultConfiguration": lambda log: _rule(log).update(defaultConfiguration={"levl": "error"}),
    "rule properties not an object": lambda log: _rule(log).update(properties=["system"]),
    "tags not unique": lambda log: _rule(log)["properties"].update(tags=["a", "a"]),
    "driver without name": lambda log: log["runs"][0]["tool"]["driver"].pop("name"),
    "misspelt key in the driver": lambda log: log["runs"][0]["tool"]["driver"].update(Version="1"),
    "tool without driver": lambda log: log["runs"][0].update(tool={}),
    "run without tool": lambda log: log["runs"][0].pop("tool"),
    "misspelt key in a run": lambda log: log["runs"][0].update(result=[]),
    "version 2.0.0": lambda log: log.update(version="2.0.0"),
    "version missing": lambda log: log.pop("version"),
    "runs missing": lambda log: log.pop("runs"),
    "runs an object": lambda log: log.update(runs=log["runs"][0]),
    "$schema not a URI": lambda log: log.update({"$schema": "sarif 2.1.0"}),
    "misspelt key in the log": lambda log: log.update(Runs=[]),
}


@pytest.mark.parametrize("mistake", list(BROKEN))
def test_schema_rejects(validator: Draft202012Validator, sample_log: dict[str, Any], mistake: str) -> None:
    log = copy.deepcopy(sample_log)
    BROKEN[mistake](log)
    assert errors(validator, log), f"the schema accepts: {mistake}"


def test_the_four_named_mistakes_fail_where_expected(validator: Draft202012Validator, sample_log: dict[str, Any]) -> None:
    for mistake, where in (("level fatal", "runs/0/results/0/level"), ("message missing", "runs/0/results/0"),
                           ("misspelt key in a result", "runs/0/results/0"), ("ruleIndex -2", "runs/0/results/0/ruleIndex")):
        log = copy.deepcopy(sample_log)
        BROKEN[mistake](log)
        assert [e.split(":")[0] for e in errors(validator, log)] == [where], mistake


OPEN: dict[str, Mutation] = {
    "a custom key in a result's property bag": lambda log: _result(log)["properties"].update(reviewer="张某"),
    "a custom key in the run's property bag": lambda log: log["runs"][0]["properties"].update(batch={"n": 1}),
    "a property bag on the log": lambda log: log.update(properties={"x": 1}),
    "a spec property the reporter does not write": lambda log: _result(log).update(rank=50.0, baselineState="new"),
    "a suppression under review": lambda log: _result(log).update(suppressions=[{"kind": "inSource", "status": "underReview"}]),
    "ruleIndex -1 (unknown)": lambda log: _result(log).update(ruleIndex=-1),
    "a message with markdown too": lambda log: _result(log)["message"].update(markdown="**x**"),
    "an absolute http URI": lambda log: _physical(log).update(artifactLocation={"uri": "https://example.org/a%20b/x.xml"}),
    "a uriBaseId": lambda log: _physical(log)["artifactLocation"].update(uriBaseId="SRCROOT"),
    "kind fail with level error": lambda log: _result(log).update(kind="fail", level="error"),
    "no results": lambda log: log["runs"][0].update(results=[]),
}


@pytest.mark.parametrize("variant", list(OPEN))
def test_schema_accepts_what_the_standard_allows(validator: Draft202012Validator, sample_log: dict[str, Any],
                                                 variant: str) -> None:
    log = copy.deepcopy(sample_log)
    OPEN[variant](log)
    assert errors(validator, log) == []


# ------------------------------------------------------------------ cross-field checks


def test_cross_field_catches_a_ruleindex_at_another_rule(sample_log: dict[str, Any]) -> None:
    log = copy.deepcopy(sample_log)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    res = _result(log)
    res["ruleIndex"] = (res["ruleIndex"] + 1) % len(rules)
    assert errors_of(cross_field_problems(log)) == ["runs/0/results/0"]
    res["ruleIndex"] = len(rules)
    assert "outside rules" in cross_field_problems(log)[0]
    rules.append(copy.deepcopy(rules[0]))
    assert any("not unique" in p for p in cross_field_problems(log))


def errors_of(problems: list[str]) -> list[str]:
    return [p.split(":")[0] for p in problems]


# ------------------------------------------------------------------ the URI format checks themselves


@pytest.mark.parametrize(("value", "reference", "absolute"), [
    ("sample_dossiers/PUN-01/dossier.xml", True, False),
    ("sample_dossiers/PUN-20/docs/D09-%E5%86%B3%E5%AE%9A%E4%B9%A6.pdf", True, False),
    ("sample_dossiers/PUN-01/", True, False),
    ("file:///home/u/dossiers/PUN-01/dossier.xml", True, True),
    ("file:///C:/dossiers/PUN-01/dossier.xml", True, True),
    ("https://json.schemastore.org/sarif-2.1.0.json", True, True),
    ("http://[::1]:8080/x", True, True),
    ("", True, False),
    ("决定书.pdf", False, False),
    ("a b.xml", False, False),
    ("a%zz.xml", False, False),
    ("a#b#c", False, False),
    ("a/[x].xml", False, False),
    ("C:\\dossiers\\x.xml", False, False),
])
def test_uri_formats(value: str, reference: bool, absolute: bool) -> None:
    assert is_uri_reference(value) is reference
    assert is_uri(value) is absolute
