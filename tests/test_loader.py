"""Safe loading: every bad input becomes a load finding for that dossier, and the batch goes on."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from enforcement_audit import loader, testing, writer
from enforcement_audit.engine import Finding
from enforcement_audit.models import Dossier

BASE = writer.dossier_xml(testing.base_punishment())
PASSWD = "file:///etc/passwd"


def line_of(xml: bytes, needle: str) -> int:
    """1-based line of the first line containing ``needle``."""
    for number, text in enumerate(xml.decode("utf-8").splitlines(), 1):
        if needle in text:
            return number
    raise AssertionError(f"{needle!r} not in the XML")


def replace(old: str, new: str, xml: bytes = BASE) -> bytes:
    assert old.encode() in xml, old
    return xml.replace(old.encode(), new.encode(), 1)


def findings(folder: Path) -> list[tuple[str, str | None, int | None]]:
    return [(f.rule_id, f.location.file, f.location.line) for f in loader.load_dossier(folder).findings]


def with_paths(**paths: str) -> dict[str, Any]:
    """Base punishment dossier whose documents (by id) get the given paths."""
    d = testing.base_punishment()
    for doc in d["documents"]:
        if doc["id"] in paths:
            doc["path"] = paths[doc["id"]]
    return d


# ------------------------------------------------------------------ the bad manifests

XML_DECL = "<?xml version='1.0' encoding='UTF-8'?>\n"

XXE = replace(
    XML_DECL,
    XML_DECL + f'<!DOCTYPE dossier [<!ENTITY xxe SYSTEM "{PASSWD}">]>\n',
    replace('name="城西县某某食品商行"', 'name="&xxe;"'),
)
LAUGHS = replace(
    XML_DECL,
    XML_DECL
    + '<!DOCTYPE dossier [\n  <!ENTITY lol "lol">\n'
    + "".join(
        f'  <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10)
    )
    + "]>\n",
    replace('name="城西县某某食品商行"', 'name="&lol9;"'),
)
PLAIN_DOCTYPE = replace(XML_DECL, XML_DECL + "<!-- a comment first -->\n\n<!DOCTYPE dossier>\n")
REMOTE_DTD = replace(XML_DECL, XML_DECL + '<!DOCTYPE dossier SYSTEM "http://example.invalid/dossier.dtd">\n')
PARAMETER_ENTITY = replace(
    XML_DECL, XML_DECL + f'<!DOCTYPE dossier [<!ENTITY % ext SYSTEM "{PASSWD}"> %ext;]>\n'
)


TRUNCATED = BASE[: BASE.index(b"<steps>")]


def _utf16(bom: bool) -> bytes:
    text = BASE.decode("utf-8").replace("encoding='UTF-8'", "encoding='UTF-16'")
    return text.encode("utf-16" if bom else "utf-16-le")


#: name -> (manifest bytes, expected rule id, expected line (None: no line), text the message must contain)
BAD_MANIFESTS: dict[str, tuple[bytes, str, int | None, str]] = {
    "malformed": (
        replace("</officers>", "</officer>"), "LOAD-XML-001", line_of(BASE, "</officers>"), "XML 语法错误",
    ),
    "truncated": (TRUNCATED, "LOAD-XML-001", TRUNCATED.count(b"\n") + 1, "XML 语法错误"),
    "xxe": (XXE, "LOAD-XML-002", 2, "DOCTYPE"),
    "billion-laughs": (LAUGHS, "LOAD-XML-002", 2, "DOCTYPE"),
    "plain-doctype": (PLAIN_DOCTYPE, "LOAD-XML-002", 4, "DOCTYPE"),
    "remote-dtd": (REMOTE_DTD, "LOAD-XML-002", 2, "DOCTYPE"),
    "parameter-entity": (PARAMETER_ENTITY, "LOAD-XML-002", 2, "DOCTYPE"),
    "utf16-bom": (_utf16(True), "LOAD-XML-001", None, "UTF-8"),
    "utf16-no-bom": (_utf16(False), "LOAD-XML-001", None, "UTF-8"),
    "schema-version-2": (
        replace('schema-version="1.0"', 'schema-version="2.0"'), "LOAD-SCHEMA-001", 2, 'schema-version="2.0"',
    ),
    "schema-version-missing": (replace('schema-version="1.0" ', ""), "LOAD-SCHEMA-001", 2, "schema-version"),
    "wrong-root": (
        replace("</dossier>", "</dosier>", replace("<dossier ", "<dosier ")), "LOAD-SCHEMA-002", 2, "dosier",
    ),
    "unknown-element": (
        replace("  <officers>", "  <bogus/>\n  <officers>"), "LOAD-SCHEMA-002", line_of(BASE, "<officers>"), "bogus",
    ),
    "bad-enum": (
        replace('kind="discovery"', 'kind="discovering"'), "LOAD-SCHEMA-002", line_of(BASE, 'id="S01"'), "discovering",
    ),
    "bad-date": (
        replace('date="2025-03-03"', 'date="2025-02-30"'), "LOAD-SCHEMA-002", line_of(BASE, 'id="S01"'), "2025-02-30",
    ),
    "bad-date-format": (
        replace('date="2025-03-03"', 'date="03/03/2025"'), "LOAD-SCHEMA-002", line_of(BASE, 'id="S01"'), "03/03/2025",
    ),
    "dangling-officer": (
        replace('<officer ref="O2"/>', '<officer ref="O7"/>'), "LOAD-SCHEMA-002", line_of(BASE, 'id="S03"'), "O7",
    ),
    "dangling-document": (
        replace('<record document="D01"/>', '<record document="D99"/>'), "LOAD-SCHEMA-002",
        line_of(BASE, 'id="S02"'), "D99",
    ),
    "step-without-date": (
        replace(' date="2025-03-03"', ""), "LOAD-SCHEMA-003", line_of(BASE, 'id="S01"'), "date",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_MANIFESTS))
def test_bad_manifest_is_one_load_finding(tmp_path: Path, name: str) -> None:
    data, rule_id, line, text = BAD_MANIFESTS[name]
    folder = tmp_path / name
    folder.mkdir()
    (folder / "dossier.xml").write_bytes(data)
    result = loader.load_dossier(folder)
    assert result.dossier is None
    assert [(f.rule_id, f.location.file, f.location.line) for f in result.findings] == [(rule_id, "dossier.xml", line)]
    assert text in result.findings[0].message
    assert "root:" not in result.findings[0].message


@pytest.mark.parametrize("name", sorted(BAD_MANIFESTS))
def test_bad_manifest_in_a_batch(
    name: str, make_dossier: Callable[..., Path], batch_dir: Path, check_json: Callable[..., tuple[int, dict[str, Any]]]
) -> None:
    """The bad dossier gets its load finding; the good one next to it is still checked."""
    data, rule_id, line, _ = BAD_MANIFESTS[name]
    good = testing.base_punishment()
    good["id"] = "GOOD"
    good["case"]["acting_body"]["id"] = "B-NOWHERE"  # one SUBJ-001 finding proves the rules ran
    make_dossier("a-good", good)
    make_dossier("b-bad", data)
    code, report = check_json(batch_dir, "--select", "SUBJ-001")
    assert code == 1
    got = [(f["dossier"], f["rule_id"], f["location"].get("line")) for f in report["findings"]]
    assert got == [("GOOD", "SUBJ-001", None), ("b-bad", rule_id, line)]
    assert [(d["id"], d["case_type"]) for d in report["dossiers"]] == [("GOOD", "punishment"), ("b-bad", None)]
    assert report["summary"]["dossiers"] == 2
    assert report["summary"]["dossiers_loaded"] == 1
    assert "root:x:0:0" not in json.dumps(report)


def test_xxe_entity_is_never_resolved_even_past_the_doctype_guard() -> None:
    """Second line of defence: the parser itself neither loads the DTD nor resolves the entity."""
    root = etree.fromstring(f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "{PASSWD}">]><r>&xxe;</r>'.encode(), loader._parser())
    assert "root:" not in etree.tostring(root, encoding="unicode")
    with pytest.raises(etree.XMLSyntaxError):  # in an attribute it is an error, never a read
        etree.fromstring(XXE, loader._parser())


def test_billion_laughs_is_refused_quickly() -> None:
    with pytest.raises(loader.LoadError) as err:
        loader.parse_xml(LAUGHS)
    assert err.value.meta.id == "LOAD-XML-002"


# ------------------------------------------------------------------ size, folders, files

def test_oversize_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_XML_BYTES", 1000)
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "dossier.xml").write_bytes(BASE)
    result = loader.load_dossier(folder)
    assert [(f.rule_id, f.location.file) for f in result.findings] == [("LOAD-XML-003", "dossier.xml")]
    assert str(len(BASE)) in result.findings[0].message


def test_oversize_manifest_in_a_batch(
    monkeypatch: pytest.MonkeyPatch, make_dossier: Callable[..., Path], batch_dir: Path,
    check_json: Callable[..., tuple[int, dict[str, Any]]],
) -> None:
    small = testing.base_inspection()
    small_xml = writer.dossier_xml(small)
    monkeypatch.setattr(loader, "MAX_XML_BYTES", len(small_xml))
    make_dossier("a-small", small)
    make_dossier("b-big")
    code, report = check_json(batch_dir, "--select", "SUBJ-001")
    assert code == 1
    assert [(f["dossier"], f["rule_id"]) for f in report["findings"]] == [("b-big", "LOAD-XML-003")]
    assert [d["case_type"] for d in report["dossiers"]] == ["inspection", None]


def test_folder_without_manifest(
    make_dossier: Callable[..., Path], batch_dir: Path, check_json: Callable[..., tuple[int, dict[str, Any]]]
) -> None:
    make_dossier("a-good")
    empty = batch_dir / "b-no-manifest"
    empty.mkdir()
    (empty / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    assert findings(empty) == [("LOAD-FILE-001", "dossier.xml", None)]
    code, report = check_json(batch_dir, "--select", "SUBJ-001")
    assert code == 1
    # the PDF is read in the hope of extracting a draft manifest; it is corrupt, so both are reported
    assert [(f["dossier"], f["rule_id"]) for f in report["findings"]] == [("b-no-manifest", "LOAD-FILE-001"),
                                                                         ("b-no-manifest", "LOAD-PDF-001")]
    assert [(d["id"], d["case_type"]) for d in report["dossiers"]] == [("T-PUN", "punishment"), ("b-no-manifest", None)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_manifest(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    manifest = folder / "dossier.xml"
    manifest.write_bytes(BASE)
    manifest.chmod(0)
    try:
        assert findings(folder) == [("LOAD-FILE-002", "dossier.xml", None)]
    finally:
        manifest.chmod(0o644)


def test_unreadable_manifest_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "dossier.xml").write_bytes(BASE)
    real_open = os.open

    def deny(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path).name == "dossier.xml":
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    result = loader.load_dossier(folder)
    assert [(f.rule_id, f.location.file) for f in result.findings] == [("LOAD-FILE-002", "dossier.xml")]
    assert "Permission denied" in result.findings[0].message


# ------------------------------------------------------------------ document paths

def _document_line(d: dict[str, Any], doc_id: str) -> int:
    return line_of(writer.dossier_xml(d), f'<document id="{doc_id}"')


def test_document_paths_inside_the_folder_pass(tmp_path: Path) -> None:
    d = with_paths(D01="docs/d01.pdf", D02="./d02.pdf", D03="docs/../d03.pdf", D04="docs/link.pdf")
    folder = tmp_path / "ok"
    (folder / "docs").mkdir(parents=True)
    for name in ("docs/d01.pdf", "d02.pdf", "d03.pdf", "docs/real.pdf"):
        (folder / name).write_bytes(b"%PDF")
    (folder / "docs" / "link.pdf").symlink_to(folder / "docs" / "real.pdf")
    (folder / "dossier.xml").write_bytes(writer.dossier_xml(d))
    result = loader.load_dossier(folder)
    assert result.findings == []
    assert result.dossier is not None


@pytest.mark.parametrize(
    ("path", "word"),
    [
        ("../outside.pdf", "“..”"),
        ("docs/../../outside.pdf", "“..”"),
        ("/etc/passwd", "绝对路径"),
        ("link.pdf", "符号链接"),
        ("linkdir/outside.pdf", "符号链接"),
    ],
)
def test_document_path_escaping_the_folder(tmp_path: Path, path: str, word: str) -> None:
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(b"%PDF secret")
    folder = tmp_path / "escape"
    (folder / "docs").mkdir(parents=True)
    (folder / "link.pdf").symlink_to(outside)
    (folder / "linkdir").symlink_to(tmp_path)
    d = with_paths(D02=path)
    (folder / "dossier.xml").write_bytes(writer.dossier_xml(d))
    result = loader.load_dossier(folder)
    assert [(f.rule_id, f.location.file, f.location.line) for f in result.findings] == [
        ("LOAD-PATH-001", "dossier.xml", _document_line(d, "D02"))
    ]
    assert word in result.findings[0].message
    assert "D02" in result.findings[0].message


def test_av_record_path_escaping_the_folder(tmp_path: Path) -> None:
    d = testing.base_punishment()
    d["av_records"][0]["path"] = "../../video.mp4"
    folder = write_folder(tmp_path / "av", d)
    line = line_of(writer.dossier_xml(d), '<av-record id="AV01"')
    assert findings(folder) == [("LOAD-PATH-001", "dossier.xml", line)]


def test_missing_document_file(tmp_path: Path) -> None:
    d = with_paths(D01="docs/d01.pdf", D05="docs/d05.pdf")
    folder = write_folder(tmp_path / "missing", d)
    (folder / "docs").mkdir()
    (folder / "docs" / "d01.pdf").write_bytes(b"%PDF")
    result = loader.load_dossier(folder)
    assert [(f.rule_id, f.location.file, f.location.line) for f in result.findings] == [
        ("LOAD-PATH-002", "dossier.xml", _document_line(d, "D05"))
    ]
    assert "docs/d05.pdf" in result.findings[0].message
    assert result.dossier is not None  # the rules still run on a dossier with a missing file


def test_document_path_with_an_overlong_name(tmp_path: Path) -> None:
    """A name longer than the file system allows is a missing file, not a crash."""
    d = with_paths(D01="a" * 300 + ".pdf")
    folder = write_folder(tmp_path / "long", d)
    assert findings(folder) == [("LOAD-PATH-002", "dossier.xml", _document_line(d, "D01"))]


def test_path_problems_in_a_batch(
    tmp_path: Path, make_dossier: Callable[..., Path], batch_dir: Path,
    check_json: Callable[..., tuple[int, dict[str, Any]]],
) -> None:
    (tmp_path / "outside.pdf").write_bytes(b"%PDF")
    make_dossier("a-good")
    make_dossier("b-dotdot", with_paths(D01="../../outside.pdf"))
    make_dossier("c-absolute", with_paths(D01=str(tmp_path / "outside.pdf")))
    link = make_dossier("d-symlink", with_paths(D01="evil.pdf"))
    (link / "evil.pdf").symlink_to(tmp_path / "outside.pdf")
    make_dossier("e-missing", with_paths(D01="nowhere.pdf"))
    ids = {"b-dotdot", "c-absolute", "d-symlink", "e-missing"}
    for name in ids:  # give each its own id so that findings say which dossier
        xml = (batch_dir / name / "dossier.xml").read_bytes()
        (batch_dir / name / "dossier.xml").write_bytes(xml.replace(b'id="T-PUN"', f'id="{name}"'.encode(), 1))
    code, report = check_json(batch_dir, "--select", "SUBJ-001")
    assert code == 1
    assert [(f["dossier"], f["rule_id"]) for f in report["findings"]] == [
        ("b-dotdot", "LOAD-PATH-001"),
        ("c-absolute", "LOAD-PATH-001"),
        ("d-symlink", "LOAD-PATH-001"),
        ("e-missing", "LOAD-PATH-002"),
    ]
    assert all(d["case_type"] == "punishment" for d in report["dossiers"])


def write_folder(folder: Path, d: dict[str, Any]) -> Path:
    folder.mkdir(parents=True)
    (folder / "dossier.xml").write_bytes(writer.dossier_xml(d))
    return folder


# ------------------------------------------------------------------ registry

def test_registry_loads(registry_dir: Path) -> None:
    assert loader.load_registry(registry_dir) == testing.registry()


def test_registry_problems_name_the_file(tmp_path: Path, registry_dir: Path) -> None:
    (registry_dir / "certificates.xml").unlink()
    bodies = registry_dir / "bodies.xml"
    bodies.write_bytes(bodies.read_bytes().replace(b"</bodies>", b"</bodie>"))
    with pytest.raises(loader.RegistryError) as err:
        loader.load_registry(registry_dir)
    problems = err.value.problems
    assert len(problems) == 2
    assert problems[0].startswith(f"{bodies}:")
    assert problems[1].startswith(f"{registry_dir / 'certificates.xml'}:")


def test_registry_with_doctype_is_refused(registry_dir: Path) -> None:
    reviewers = registry_dir / "reviewers.xml"
    reviewers.write_bytes(replace(XML_DECL, XML_DECL + f'<!DOCTYPE x [<!ENTITY e SYSTEM "{PASSWD}">]>\n',
                                  reviewers.read_bytes()))
    with pytest.raises(loader.RegistryError) as err:
        loader.load_registry(registry_dir)
    assert len(err.value.problems) == 1
    assert err.value.problems[0].startswith(f"{reviewers}:2:")


# ------------------------------------------------------------------ robustness (hypothesis)

def _load_bytes(folder: Path, data: bytes) -> list[Finding]:
    (folder / "dossier.xml").write_bytes(data)
    result = loader.load_dossier(folder)
    assert (result.dossier is None) == any(f.rule_id.startswith("LOAD-") and f.rule_id not in
                                           ("LOAD-PATH-001", "LOAD-PATH-002") for f in result.findings)
    return result.findings


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_parse_xml_on_arbitrary_bytes_only_raises_load_error(data: bytes) -> None:
    try:
        loader.parse_xml(data)
    except loader.LoadError as exc:
        assert exc.meta.id.startswith("LOAD-XML-")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_load_dossier_on_arbitrary_bytes_returns_findings(tmp_path: Path, data: bytes) -> None:
    assert _load_bytes(tmp_path, data)


ATTRIBUTE_VALUES = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(index=st.integers(min_value=0), value=ATTRIBUTE_VALUES, cut=st.integers(min_value=0, max_value=len(BASE)))
def test_load_dossier_on_mutated_manifests(tmp_path: Path, index: int, value: str, cut: int) -> None:
    """Change one attribute value (or cut the file): a dossier or findings, never an exception."""
    text = BASE.decode("utf-8")
    quotes = [i for i, ch in enumerate(text) if ch == '"' and text[i - 1] == "="]
    start = quotes[index % len(quotes)] + 1
    end = text.index('"', start)
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    mutated = (text[:start] + escaped + text[end:]).encode("utf-8", "surrogatepass")
    _load_bytes(tmp_path, mutated)
    _load_bytes(tmp_path, mutated[:cut])


BASES = [testing.base_punishment, testing.base_coercive_measure, testing.base_enforced_execution, testing.base_inspection]


def _round_trip(tmp_path: Path, xml: bytes) -> Dossier:
    (tmp_path / "dossier.xml").write_bytes(xml)
    result = loader.load_dossier(tmp_path)
    assert result.findings == []
    assert result.dossier is not None
    return result.dossier


@pytest.mark.parametrize("base", BASES)
def test_writer_round_trip_keeps_the_content(tmp_path: Path, base: Callable[[], dict[str, Any]]) -> None:
    loaded = _round_trip(tmp_path, writer.dossier_xml(base()))
    assert loaded.model_dump() == Dossier.model_validate(base()).model_dump()
    once = writer.dossier_xml(loaded)
    assert writer.dossier_xml(_round_trip(tmp_path, once)) == once


@pytest.mark.parametrize("base", BASES)
def test_writer_round_trip_is_byte_identical(tmp_path: Path, base: Callable[[], dict[str, Any]]) -> None:
    xml = writer.dossier_xml(base())
    assert writer.dossier_xml(_round_trip(tmp_path, xml)) == xml


def test_cli_validate_command(cli: Callable[..., Result], make_dossier: Callable[..., Path], batch_dir: Path) -> None:
    make_dossier("a-good")
    make_dossier("b-bad", XXE)
    result = cli("validate", batch_dir)
    assert result.exit_code == 1
    assert f"✓ {batch_dir}/a-good" in result.output
    assert f"✗ {batch_dir}/b-bad/dossier.xml:2: LOAD-XML-002" in result.output


def test_format_1_2_loads_and_its_closed_lists_are_enforced(tmp_path: Path) -> None:
    d = testing.base_enforced_execution()
    d["schema_version"] = "1.2"
    d["steps"].append({"id": "S90", "kind": "execution_suspension", "date": "2025-09-01", "ground": "hardship"})
    d["steps"].append({"id": "S91", "kind": "execution_resumption", "date": "2025-10-01", "of": "S90"})
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "dossier.xml").write_bytes(writer.dossier_xml(d))
    loaded = loader.load_dossier(folder)
    assert loaded.findings == [] and loaded.dossier is not None
    assert [str(s.ground) for s in loaded.dossier.steps if s.id == "S90"] == ["hardship"]
    xml = (folder / "dossier.xml").read_text(encoding="utf-8").replace('ground="hardship"', 'ground="bored"')
    (folder / "dossier.xml").write_text(xml, encoding="utf-8")
    assert [f[0] for f in findings(folder)] == ["LOAD-SCHEMA-002"]


def test_format_1_2_monitoring_evidence_round_trip(tmp_path: Path) -> None:
    d = testing.base_punishment()
    d["schema_version"] = "1.2"
    d["documents"].append({"id": "D12", "kind": "monitoring_record", "evidence_kind": "electronic_data", "monitoring": {
        "device": "测速仪 No.3201", "device_review_ref": "城西市监技审〔2024〕3号", "device_reviewed_on": "2024-11-20",
        "location_published": True, "location_published_on": "2024-12-01", "recorded_on": "2025-03-02",
        "record_reviewed_on": "2025-03-03", "record_review_passed": True, "party_told_on": "2025-03-04"}})
    xml = writer.dossier_xml(d)
    assert b'<monitoring device="' in xml
    loaded = _round_trip(tmp_path, xml)
    assert loaded.model_dump() == Dossier.model_validate(d).model_dump()
    doc = loaded.document_by_id["D12"]
    assert doc.monitoring is not None and doc.monitoring.party_told_on == dt.date(2025, 3, 4)
    assert doc.recorded_on == dt.date(2025, 3, 2)
    assert writer.dossier_xml(loaded) == xml
    bad = xml.replace(b'location-published="true"', b'location-published="yes"')
    (tmp_path / "dossier.xml").write_bytes(bad)
    assert [f.rule_id for f in loader.load_dossier(tmp_path).findings] == ["LOAD-SCHEMA-002"]


def _write_registry(folder: Path, data: dict[str, Any]) -> Path:
    folder.mkdir(parents=True)
    for part, items in data.items():
        (folder / f"{part}.xml").write_bytes(writer.registry_xml(part, items))
    return folder


def test_registry_1_2_benchmarks_load_and_are_checked(tmp_path: Path) -> None:
    import copy

    data = copy.deepcopy(testing.REGISTRY)
    data["bodies"][0]["benchmarks"] = [
        {"id": "MR-DISC", "version": "2023", "published_on": "2023-02-01", "superseded_on": "2025-01-01"},
        {"id": "MR-DISC", "version": "2025", "title": "《城西县市场监管行政处罚裁量基准》（2025年版）",
         "published_on": "2024-12-20"}]
    folder = _write_registry(tmp_path / "registry", data)
    assert b'<benchmark id="MR-DISC" version="2025"' in (folder / "bodies.xml").read_bytes()
    assert loader.load_registry(folder) == testing.registry(data)
    # the same id and version twice
    data["bodies"][0]["benchmarks"].append({"id": "MR-DISC", "published_on": "2024-01-01"})
    data["bodies"][0]["benchmarks"].append({"id": "MR-DISC", "published_on": "2024-02-01"})
    with pytest.raises(loader.RegistryError) as err:
        loader.load_registry(_write_registry(tmp_path / "dup", data))
    assert err.value.problems == ["bodies.xml: 主体 B-CX-MR 的裁量基准 MR-DISC（版本 未载明）重复登记"]
    # superseded before it was published
    data["bodies"][0]["benchmarks"] = [{"id": "MR-DISC", "published_on": "2024-01-01", "superseded_on": "2023-01-01"}]
    with pytest.raises(loader.RegistryError, match="superseded-on is before published-on"):
        loader.load_registry(_write_registry(tmp_path / "bad", data))
