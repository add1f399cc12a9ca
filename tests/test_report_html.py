"""HTML report: self-contained, escaped, masked, deterministic; what headless Chromium shows.

The bundled samples go through the real pipeline in-process (as ``check sample_dossiers --mode cross``
would run them) and the results feed :class:`HtmlReporter`. The browser tests use Chromium's own
command line (``--dump-dom`` gives the DOM after the page's script ran) and are skipped when no
Chromium is installed (CI installs Debian's ``chromium``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from enforcement_audit import __version__
from enforcement_audit.documents.laws import load_catalogue
from enforcement_audit.engine import Finding, Location, RuleSet, Severity, System
from enforcement_audit.loader import load_registry
from enforcement_audit.manual import bundled_checklist
from enforcement_audit.profile import load_profile
from enforcement_audit.reports.html import HtmlReporter
from enforcement_audit.rules import ALL_RULES
from enforcement_audit.runner import DossierResult, RunConfig, Summary, discover, run

SAMPLES = Path(__file__).resolve().parent.parent / "sample_dossiers"
AS_OF = dt.date(2026, 6, 30)
HOSTILE = "<script>alert(1)</script>"
ID_NUMBER, PHONE = "110101199003074578", "13812345678"


# ------------------------------------------------------------------ the pipeline on the samples


@pytest.fixture(scope="module")
def sample_results() -> list[DossierResult]:
    profile = load_profile("national")
    config = RunConfig(load_registry(SAMPLES / "registry"), profile, RuleSet.build(ALL_RULES, profile, [], []), AS_OF,
                       checklist=bundled_checklist(), laws=load_catalogue(()))
    return list(run(discover([SAMPLES]), config))


@pytest.fixture
def results(sample_results: list[DossierResult]) -> list[DossierResult]:
    """Fresh copies, one with a waived finding and a score (what waivers and scoring add in a full run)."""
    out = [dataclasses.replace(r, waived=dict(r.waived)) for r in sample_results]
    first = next(i for i, r in enumerate(out) if r.findings)
    f = out[first].findings[0]
    out[first].waived = {f.fingerprint(): "已整改待复查（法制科 批准，有效期至 2026-09-30）"}
    out[first].score = {  # shaped as scoring.Score.to_json()
        "standard": "demo", "standard_title": "示例评查标准", "total": 87.5, "max": 100, "grade": "良好",
        "vetoed": False, "veto_reasons": [], "provisional": True, "pending": ["MAN-001"], "vetoes": [],
        "items": [{"id": "S-01", "title": "执法程序", "part": "程序", "max": 20, "points": 17.5,
                   "deductions": [{"source": f"machine: {f.rule_id}@S03", "kind": "machine", "reason": "逾期送达", "points": 2.5}],
                   "pending": ["MAN-001"]}]}
    return out


def render(results: list[DossierResult], mask: bool = False, mode: str = "cross") -> str:
    out = io.StringIO()
    reporter = HtmlReporter(out, mask)
    reporter.start("national", AS_OF.isoformat(), mode)
    summary = Summary()
    for r in results:
        summary.add(r)
        reporter.dossier(r)
    assert out.getvalue() == ""  # written at finish, in one piece
    reporter.finish(summary)
    return out.getvalue()


def summary_of(results: list[DossierResult]) -> dict[str, Any]:
    summary = Summary()
    for r in results:
        summary.add(r)
    return summary.to_json()


def blob(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    assert match is not None
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def hostile_result() -> DossierResult:
    finding = Finding(rule_id="PUB-007", severity=Severity.ERROR, system=System.DISCLOSURE, dossier="</script>X",
                      message=f"消息 {HOSTILE} & \"引号\" 'x' </script><!--", location=Location(step="S1<", file="a&b.xml", line=3),
                      title="标题<b>粗</b>", legal_basis=(), remediation="整改 <img src=x onerror=alert(2)>")
    return DossierResult(id="</script><script>alert(3)</script>", path="p/<x>", case_type="punishment", status="open",
                         findings=[finding], case_number="案<号>", department="B-<X>",
                         department_name="<iframe src=https://example.com>",
                         waived={finding.fingerprint(): "豁免 </script><script>alert(4)</script>"})


class Dom(HTMLParser):
    """Start tags with their attributes, and the text of elements carrying an id."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: dict[str, str] = {}
        self._open: list[tuple[str, str | None]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag not in ("meta", "input", "br", "img", "link", "rect"):
            self._open.append((tag, a.get("id")))

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            t, _ = self._open.pop()
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, ident in self._open:
            if ident:
                self.text[ident] = self.text.get(ident, "") + data

    def find(self, tag: str, cls: str | None = None) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and (cls is None or cls in (a.get("class") or "").split())]

    def by_id(self, ident: str) -> dict[str, str | None]:
        return next(a for _, a in self.tags if a.get("id") == ident)


# ------------------------------------------------------------------ without a browser


def test_self_contained(results: list[DossierResult]) -> None:
    html = render(results)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in html
    assert not re.search(r"""(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    for tag in ("<link", "<img", "<iframe", "<object", "<embed", "<base ", "<audio", "<video", "<source"):
        assert tag not in html.lower(), tag
    style = html[html.index("<style>"):html.index("</style>")]
    assert "url(" not in style and "@import" not in style and "@font-face" not in style
    script = html[html.rindex("<script>"):]
    for call in ("fetch(", "XMLHttpRequest", "WebSocket", "import(", "EventSource", "sendBeacon", ".src"):
        assert call not in script, call
    dom = Dom(html)
    scripts = dom.find("script")
    assert len(scripts) == 2 and all("src" not in s for s in scripts)
    assert scripts[0]["type"] == "application/json"
    csp = next(a for a in dom.find("meta") if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in (csp["content"] or "")


def test_every_dossier_and_the_numbers(results: list[DossierResult]) -> None:
    html = render(results)
    dom = Dom(html)
    rows = dom.find("tbody", "dossier")
    assert [r["data-id"] for r in rows] == [r.id for r in results]
    totals = summary_of(results)
    assert dom.by_id("card-dossiers") is not None
    assert dom.text["card-dossiers"].startswith(str(len(results)))
    assert dom.text["card-findings"].startswith(str(totals["findings"]))
    for sev, n in totals["by_severity"].items():
        assert dom.text[f"card-severity-{sev}"].startswith(str(n))
    assert dom.text["card-waived"].startswith("1")
    for ident in ("meta-profile", "meta-as-of", "meta-mode", "meta-version"):
        assert dom.text[ident]
    assert dom.text["meta-mode"] == "交叉检查" and dom.text["meta-version"].endswith(__version__)
    # charts: every system with its count, departments
    bars = {(a["data-label"], a["data-value"]) for a in dom.find("g", "bar")}
    for system in System:
        assert (system.label, str(totals["by_system"].get(system.value, 0))) in bars
    departments = {r.department for r in results if r.department}
    assert departments <= {a["value"] for a in dom.find("option")}
    data = blob(html)
    assert data["summary"]["findings"] == totals["findings"] and len(data["dossiers"]) == len(results)
    # drill-down: every finding rendered server-side with rule id, title, basis and remediation
    assert len(dom.find("li", "finding")) == totals["findings"]
    # readable without JavaScript: drill-downs open, the filter bar (which needs the script) hidden
    assert all("hidden" not in a for a in dom.find("tr", "detail")) and "hidden" in dom.by_id("filters")
    some = next(f for r in results for f in r.findings if f.legal_basis)
    assert some.title in html and str(some.legal_basis[0]) in html and some.remediation in html
    assert "已豁免" in html and "已整改待复查" in html
    assert "87.5" in html and "良好" in html and "示例评查标准" in html and "扣 2.5 分：逾期送达" in html and "（暂定）" in html
    assert "人工核查事项" in html and len(dom.find("li", "manual-check")) == sum(len(r.manual_checks or []) for r in results)


def test_hostile_text_is_escaped() -> None:
    html = render([hostile_result()])
    assert HOSTILE not in html and "<b>粗</b>" not in html and "<img src=x" not in html and "<iframe" not in html
    assert html.count("<script") == 2 and html.count("</script>") == 2
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    dom = Dom(html)
    assert [r["data-id"] for r in dom.find("tbody", "dossier")] == ["</script><script>alert(3)</script>"]
    data = blob(html)  # the JSON blob round-trips the exact strings
    assert data["dossiers"][0]["id"] == "</script><script>alert(3)</script>"
    assert HOSTILE in data["dossiers"][0]["findings"][0]["message"]
    assert data["dossiers"][0]["findings"][0]["waived"].endswith("<script>alert(4)</script>")


def test_masking(results: list[DossierResult]) -> None:
    r = next(r for r in results if r.personal_names and r.findings)
    name = sorted(r.personal_names)[0]
    f = r.findings[0]
    r.findings[0] = dataclasses.replace(f, message=f"当事人{name}（身份证号 {ID_NUMBER}，手机 {PHONE}）")
    r.waived = {r.findings[0].fingerprint(): f"{name}已整改"}
    plain = render(results)
    assert name in plain and ID_NUMBER in plain and PHONE in plain
    masked = render(results, mask=True)
    assert name not in masked and ID_NUMBER not in masked and PHONE not in masked
    assert name[0] + "*" * (len(name) - 1) in masked and "110101********4578" in masked and "138****5678" in masked
    assert 'id="meta-mask"' in masked


def test_deterministic(results: list[DossierResult]) -> None:
    first = render(results)
    assert first == render(results)
    assert first == render([dataclasses.replace(r) for r in results])
    assert len(re.findall(r"\d{4}-\d{2}-\d{2}T\d", first)) == 0  # no timestamp


def test_no_dossiers() -> None:
    html = render([], mode="self")
    dom = Dom(html)
    assert dom.find("tbody", "dossier") == [] and dom.text["card-dossiers"].startswith("0")
    assert dom.text["meta-mode"] == "自查" and "没有案卷" in html


# ------------------------------------------------------------------ in headless Chromium


def chromium() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--virtual-time-budget=5000"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    exe = chromium()
    if exe is None:
        pytest.skip("chromium not installed")
    yield exe, tmp_path_factory.mktemp("chromium")


def open_in_browser(browser: tuple[str, Path], page: Path, fragment: str = "", *extra: str) -> str:
    """The DOM after the page's script ran (``--dump-dom``), or what ``extra`` flags ask for instead."""
    exe, home = browser
    profile = home / "profile"
    args = [exe, *BROWSER_FLAGS, f"--user-data-dir={profile}", *(extra or ["--dump-dom"]), page.as_uri() + fragment]
    env = {**os.environ, "HOME": str(home)}
    done = subprocess.run(args, capture_output=True, text=True, timeout=60, env=env, cwd=home, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def sample_page(sample_results: list[DossierResult], tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = tmp_path_factory.mktemp("html") / "report.html"
    page.write_text(render(sample_results), encoding="utf-8")
    return page


def matches_text(r: DossierResult, q: str) -> bool:
    """What the search box matches: the dossier's own fields, or any text of one of its findings."""
    own = [r.id, r.path, r.case_number or "", r.department or "", r.department_name or ""]
    texts = [[f.rule_id, f.title, f.message, f.remediation, f.location.step or "", f.location.document or "",
              f.location.file or "", *(str(b) for b in f.legal_basis), r.waived.get(f.fingerprint(), "")] for f in r.findings]
    return any(q in t.lower() for t in own) or any(q in t.lower() for ts in texts for t in ts)


def visible_ids(dom: Dom) -> list[str | None]:
    return [r["data-id"] for r in dom.find("tbody", "dossier") if "hidden" not in r]


def test_browser_shows_the_report(browser: tuple[str, Path], sample_page: Path,
                                  sample_results: list[DossierResult]) -> None:
    dom = Dom(open_in_browser(browser, sample_page))
    assert dom.tags[0][1].get("data-ready") == "1"  # the script ran to its end
    assert "hidden" not in dom.by_id("filters")
    totals = summary_of(sample_results)
    assert dom.text["card-dossiers"].startswith(str(len(sample_results)))
    assert dom.text["card-findings"].startswith(str(totals["findings"]))
    for sev, n in totals["by_severity"].items():
        assert dom.text[f"card-severity-{sev}"].startswith(str(n))
    departments = sorted({r.department for r in sample_results if r.department})
    options = [a["value"] for t, a in dom.tags if t == "option"]
    assert [o for o in options if o and o.startswith("B-")] == departments
    assert visible_ids(dom) == [r.id for r in sample_results]  # a row per dossier, all shown
    assert all("hidden" in a for a in dom.find("tr", "detail"))  # drill-downs collapsed
    assert dom.text["shown-count"].startswith(f"显示 {len(sample_results)} / {len(sample_results)} 件案卷")


def test_browser_fragment_filters(browser: tuple[str, Path], sample_page: Path,
                                  sample_results: list[DossierResult]) -> None:
    dom = Dom(open_in_browser(browser, sample_page, "#severity=error&department=B-CX-MR"))
    expected = [r.id for r in sample_results
                if r.department == "B-CX-MR" and any(f.severity is Severity.ERROR for f in r.findings)]
    assert expected and visible_ids(dom) == expected
    assert len(dom.find("tbody", "dossier")) == len(sample_results)  # the others are there, hidden
    assert dom.by_id("filters")["data-applied"] == "department=B-CX-MR&severity=error"
    assert dom.text["shown-count"].startswith(f"显示 {len(expected)} / {len(sample_results)}")

    target = next(r for r in sample_results if {f.system for f in r.findings} >= {System.DISCLOSURE, System.PROCEDURE})
    dom = Dom(open_in_browser(browser, sample_page, f"#system=disclosure&open={target.id}"))
    index = [r.id for r in sample_results].index(target.id)
    assert "hidden" not in dom.by_id(f"detail-{index}")  # opened by the fragment
    ids = [r.id for r in sample_results]
    shown = {ids[i] for i, a in enumerate(dom.find("tbody", "dossier")) if "hidden" not in a}
    assert shown == {r.id for r in sample_results if any(f.system is System.DISCLOSURE for f in r.findings)}
    items = dom.find("li", "finding")
    start = sum(len(r.findings) for r in sample_results[:index])
    mine = items[start:start + len(target.findings)]
    assert [("hidden" not in a) for a in mine] == [f.system is System.DISCLOSURE for f in target.findings]

    rule = target.findings[0].rule_id
    dom = Dom(open_in_browser(browser, sample_page, f"?q={rule.lower()}"))  # a query works as well as a fragment
    expected = [r.id for r in sample_results if matches_text(r, rule.lower())]
    assert 0 < len(expected) < len(sample_results) and visible_ids(dom) == expected


def test_browser_hostile_page(browser: tuple[str, Path], tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(render([hostile_result()]), encoding="utf-8")
    dumped = open_in_browser(browser, page, "#open=all")
    dom = Dom(dumped)
    assert len(dom.find("script")) == 2 and not dom.find("iframe") and not dom.find("img")
    assert dom.tags[0][1].get("data-ready") == "1"  # the blob parsed, the script ran to its end
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dumped
    assert visible_ids(dom) == ["</script><script>alert(3)</script>"]


def test_browser_screenshot(browser: tuple[str, Path], sample_page: Path) -> None:
    shot = browser[1] / "shot.png"
    open_in_browser(browser, sample_page, "", f"--screenshot={shot}", "--window-size=1280,2000")
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
