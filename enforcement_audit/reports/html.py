"""A self-contained HTML report in Chinese (``check -o html=report.html``).

One file, no network: CSS and JS are inline, charts are inline SVG drawn here, and the data the
script filters on is embedded as JSON in ``<script type="application/json">``. Everything is
rendered server-side, so the page reads fully without JavaScript; the script only filters rows,
expands and collapses the drill-downs, and applies a filter given in the URL fragment
(``report.html#department=B-CX-MR&severity=error``; see docs/html-report.md).

Output is deterministic: the same results give the same bytes (no timestamp; the only date is
the as-of date). All text is HTML-escaped; the JSON blob escapes ``<``, ``>`` and ``&`` so that no
string in the data can close the script element. With ``mask=True`` every text of a dossier is
passed through :func:`enforcement_audit.report.mask_text` with that dossier's personal names.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from html import escape
from typing import IO, Any

from .. import __version__
from ..engine import Alert, Confidence, Finding, LegalBasis, Severity, System
from ..manual import ManualCheck
from ..models import CASE_STATUS_LABELS, CASE_TYPE_LABELS
from ..report import MODE_LABELS, mask_text
from ..runner import DossierResult, Summary

TITLE = "行政执法案卷合规检查报告"

UNLOADED = "-"  # department filter value of dossiers that could not be loaded
UNLOADED_LABEL = "未载入的案卷"

Mask = Callable[[str], str]


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _script_json(data: object) -> str:
    """JSON safe inside a <script> element: no ``<``, ``>`` or ``&`` survives (they are \\u escapes)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, rep in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, rep)
    return text


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class HtmlReporter:
    """Collects the dossier results and writes one HTML page at :meth:`finish`."""

    def __init__(self, out: IO[str], mask: bool = False) -> None:
        self.out = out
        self.mask = mask
        self.profile = ""
        self.as_of = ""
        self.mode = "self"
        self.results: list[DossierResult] = []

    # ------------------------------------------------------------------ Reporter protocol

    def start(self, profile: str, as_of: str, mode: str = "self") -> None:
        self.profile, self.as_of, self.mode = profile, as_of, mode

    def dossier(self, result: DossierResult) -> None:
        self.results.append(result)

    def finish(self, summary: Summary) -> None:
        self.out.write(self.render(summary))

    # ------------------------------------------------------------------ page

    def _masker(self, result: DossierResult) -> Mask:
        if not self.mask:
            return lambda s: s
        names = result.personal_names
        return lambda s: mask_text(s, names)

    def render(self, summary: Summary) -> str:
        dossiers = [self._dossier_data(i, r) for i, r in enumerate(self.results)]
        scored = any(r.score is not None for r in self.results)
        totals = summary.to_json()
        by_severity = totals["by_severity"]
        assert isinstance(by_severity, dict)
        alerts: Counter[str] = Counter()
        waived = 0
        by_department: Counter[str] = Counter()
        departments: dict[str, str] = {}
        for d in dossiers:
            key = d["department"] if d["department"] is not None else UNLOADED
            departments.setdefault(key, d["department_name"] if d["department"] is not None else UNLOADED_LABEL)
            by_department[key] += len(d["findings"])
            for f in d["findings"]:
                if f["alert"]:
                    alerts[f["alert"]] += 1
                if f["waived"] is not None:
                    waived += 1
        dept_order = sorted(k for k in departments if k != UNLOADED) + ([UNLOADED] if UNLOADED in departments else [])
        blob = {
            "tool": {"name": "enforcement-audit", "version": __version__},
            "mode": self.mode,
            "profile": self.profile,
            "as_of": self.as_of,
            "summary": {**totals, "alerts": {a.value: alerts.get(a.value, 0) for a in Alert}, "waived_findings": waived},
            "departments": [{"id": k, "name": departments[k]} for k in dept_order],
            # manual checks are rendered in the page but left out of the blob (the script does not need them)
            "dossiers": [{k: v for k, v in d.items() if k != "manual_checks"} for d in dossiers],
        }
        mode = MODE_LABELS.get(self.mode, self.mode)
        parts: list[str] = [
            "<!DOCTYPE html>\n",
            '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n',
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; '
            "script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n",
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f'<meta name="generator" content="enforcement-audit {_e(__version__)}">\n',
            f"<title>{TITLE}（{_e(mode)} · {_e(self.profile)} · {_e(self.as_of)}）</title>\n",
            f"<style>{CSS}</style>\n</head>\n<body>\n",
            '<header class="page-head">\n',
            f"<h1>{TITLE}</h1>\n",
            '<dl class="meta">',
            f'<div><dt>检查方式</dt><dd id="meta-mode" data-value="{_e(self.mode)}">{_e(mode)}</dd></div>',
            f'<div><dt>配置</dt><dd id="meta-profile">{_e(self.profile)}</dd></div>',
            f'<div><dt>基准日</dt><dd id="meta-as-of">{_e(self.as_of)}</dd></div>',
            f'<div><dt>工具版本</dt><dd id="meta-version">enforcement-audit {_e(__version__)}</dd></div>',
            '<div><dt>个人信息</dt><dd id="meta-mask">已遮蔽</dd></div>' if self.mask else "",
            "</dl>\n</header>\n<main>\n",
            self._cards(summary, by_severity, alerts, waived),
            self._charts(summary, by_department, departments, dept_order),
            self._filters(departments, dept_order),
            self._table(dossiers, scored),
            "</main>\n",
            self._footer(summary),
            f'<script type="application/json" id="report-data">{_script_json(blob)}</script>\n',
            f"<script>{JS}</script>\n",
            "</body>\n</html>\n",
        ]
        return "".join(parts)

    def _cards(self, summary: Summary, by_severity: dict[str, Any], alerts: Counter[str], waived: int) -> str:
        cards = [
            ("dossiers", "案卷数", summary.dossiers, f"成功载入 {summary.loaded} 件", ""),
            ("findings", "问题数", sum(summary.by_severity.values()), "", ""),
            *((f"severity-{s.value}", s.label, by_severity.get(s.value, 0), "", f"sev-{s.value}") for s in Severity),
            *((f"alert-{a.value}", a.label, alerts.get(a.value, 0), "未结案件期限预警", f"alert-{a.value}") for a in Alert),
            ("waived", "已豁免", waived, "仍计入问题数", "waived"),
        ]
        out = ['<section class="cards" aria-label="概况">\n']
        for key, label, value, note, cls in cards:
            out.append(f'<div class="card {cls}" id="card-{key}"><div class="num" data-value="{value}">{value}</div>'
                       f'<div class="label">{_e(label)}</div>'
                       + (f'<div class="note">{_e(note)}</div>' if note else "") + "</div>\n")
        out.append("</section>\n")
        return "".join(out)

    def _charts(self, summary: Summary, by_department: Counter[str], departments: dict[str, str],
                dept_order: list[str]) -> str:
        systems = [(s.label, summary.by_system.get(s.value, 0), f"sys-{s.value}") for s in System]
        severities = [(s.label, summary.by_severity.get(s.value, 0), f"sev-{s.value}") for s in Severity]
        depts = [(departments[k], by_department.get(k, 0), "dept") for k in dept_order]
        return ('<section class="charts" aria-label="统计图">\n'
                + _bar_chart("chart-system", "按制度统计问题", systems)
                + _bar_chart("chart-severity", "按级别统计问题", severities)
                + _bar_chart("chart-department", "按部门统计问题", depts)
                + "</section>\n")

    def _filters(self, departments: dict[str, str], dept_order: list[str]) -> str:
        def options(first: str, items: Iterable[tuple[str, str]]) -> str:
            return f'<option value="">{first}</option>' + "".join(
                f'<option value="{_e(v)}">{_e(label)}</option>' for v, label in items)

        dept_items = [(k, departments[k] if k == UNLOADED else f"{departments[k]}（{k}）") for k in dept_order]
        return (
            '<section class="filters" id="filters" hidden aria-label="筛选">\n'
            f'<label>部门 <select id="f-department" name="department">{options("全部部门", dept_items)}</select></label>\n'
            f'<label>制度 <select id="f-system" name="system">{options("全部制度", ((s.value, s.label) for s in System))}</select></label>\n'
            f'<label>级别 <select id="f-severity" name="severity">{options("全部级别", ((s.value, s.label) for s in Severity))}</select></label>\n'
            '<label>搜索 <input type="search" id="f-q" name="q" placeholder="案卷、案号、部门、规则编号、问题描述" autocomplete="off"></label>\n'
            '<button type="button" id="f-reset">清除筛选</button>\n'
            '<button type="button" id="expand-all">全部展开</button>\n'
            '<button type="button" id="collapse-all">全部收起</button>\n'
            f'<output id="shown-count">显示 {len(self.results)} / {len(self.results)} 件案卷</output>\n'
            "</section>\n"
        )

    def _table(self, dossiers: list[dict[str, Any]], scored: bool) -> str:
        heads = ["案卷", "案号", "部门", "类型", "状态", "错误", "警告", "提示", "预警", "豁免"] + (["评分"] if scored else [])
        out = ['<section class="dossiers" aria-label="案卷">\n<h2>案卷明细</h2>\n',
               '<p class="hint" id="table-hint">以下列出每件案卷及其问题明细。</p>\n' if dossiers else '<p class="hint">没有案卷。</p>\n',
               '<div class="table-wrap"><table id="dossier-table">\n<thead><tr>',
               "".join(f'<th scope="col">{h}</th>' for h in heads), "</tr></thead>\n"]
        for d in dossiers:
            out.append(self._row(d, len(heads), scored))
        out.append("</table></div>\n</section>\n")
        return "".join(out)

    def _row(self, d: dict[str, Any], columns: int, scored: bool) -> str:
        i = d["index"]
        counts = d["counts"]
        alerts = Counter(f["alert"] for f in d["findings"] if f["alert"])
        alert_text = "，".join(f"{a.label} {alerts[a.value]}" for a in Alert if alerts.get(a.value)) or "—"
        waived = sum(1 for f in d["findings"] if f["waived"] is not None)
        case_type = CASE_TYPE_LABELS.get(d["case_type"], d["case_type"]) if d["case_type"] else "未载入"
        status = CASE_STATUS_LABELS.get(d["status"], d["status"]) if d["status"] else "—"
        department = f'{_e(d["department_name"])}<div class="sub">{_e(d["department"])}</div>' if d["department"] else "—"
        cells = [
            f'<th scope="row"><button type="button" class="toggle" aria-expanded="true" aria-controls="detail-{i}" '
            f'title="展开/收起">▾</button> <span class="did">{_e(d["id"])}</span><div class="sub path">{_e(d["path"])}</div></th>',
            f"<td>{_e(d['case_number']) if d['case_number'] else '—'}</td>",
            f"<td>{department}</td>",
            f'<td data-value="{_e(d["case_type"] or "")}">{_e(case_type)}</td>',
            f'<td data-value="{_e(d["status"] or "")}">{_e(status)}</td>',
            *(f'<td class="n sev-{s.value}{" zero" if not counts[s.value] else ""}" data-key="{s.value}">{counts[s.value]}</td>'
              for s in Severity),
            f'<td class="alerts">{_e(alert_text)}</td>',
            f'<td class="n" data-key="waived">{waived or "—"}</td>',
        ]
        if scored:
            cells.append(f'<td class="score">{_score_cell(d.get("score"))}</td>')
        worst = next((s.value for s in Severity if counts[s.value]), "none")
        return (f'<tbody class="dossier worst-{worst}" id="dossier-{i}" data-index="{i}" data-id="{_e(d["id"])}" '
                f'data-department="{_e(d["department"] if d["department"] is not None else UNLOADED)}">\n'
                f'<tr class="dossier-row">{"".join(cells)}</tr>\n'
                f'<tr class="detail" id="detail-{i}"><td colspan="{columns}">{self._detail(d)}</td></tr>\n'
                "</tbody>\n")

    def _detail(self, d: dict[str, Any]) -> str:
        out: list[str] = []
        if d.get("score") is not None:
            out.append(_score_detail(d["score"]))
        findings = d["findings"]
        if findings:
            out.append(f'<h3>问题（{len(findings)} 项）<span class="filtered-note" hidden></span></h3>\n<ol class="findings">\n')
            out.extend(_finding_html(j, f) for j, f in enumerate(findings))
            out.append("</ol>\n")
        else:
            out.append('<p class="clean">未发现问题。</p>\n')
        checks = d.get("manual_checks")
        if checks:
            out.append(_manual_html(checks))
        return "".join(out)

    def _footer(self, summary: Summary) -> str:
        notes = getattr(summary, "notes", None) or []
        note_html = "".join(f"<p>{_e(n)}</p>" for n in notes if isinstance(n, str))
        return ('<footer class="page-foot">\n' + note_html
                + f"<p>由 enforcement-audit {_e(__version__)} 生成；基准日 {_e(self.as_of)}。"
                "本报告为离线单文件，不访问网络。未结案件的期限以基准日判断；标注“已豁免”的问题仍计入问题数。"
                "依据尚未经官方文本确认的规则，结果仅供参考。人工核查事项由评查人员判断，机器不作结论。</p>\n</footer>\n")

    # ------------------------------------------------------------------ data (masked)

    def _dossier_data(self, index: int, r: DossierResult) -> dict[str, Any]:
        m = self._masker(r)
        out: dict[str, Any] = {
            "index": index,
            "id": m(r.id),
            "path": m(r.path),
            "case_number": m(r.case_number) if r.case_number is not None else None,
            "department": m(r.department) if r.department is not None else None,
            "department_name": m(r.department_name or r.department) if r.department is not None else None,
            "case_type": r.case_type,
            "status": r.status,
            "counts": r.counts(),
            "findings": [_finding_data(f, m, r.waived.get(f.fingerprint()) if r.waived else None) for f in r.findings],
        }
        if r.score is not None:
            out["score"] = _mask_any(r.score, m)
        if r.manual_checks is not None:
            out["manual_checks"] = [_manual_data(c, m) for c in r.manual_checks]
        return out


def _basis_data(b: LegalBasis, m: Mask) -> dict[str, object]:
    data = b.to_json()
    data["text"] = m(str(data["text"]))
    return data


def _finding_data(f: Finding, m: Mask, waiver: str | None) -> dict[str, Any]:
    return {
        "rule_id": f.rule_id,
        "severity": f.severity.value,
        "system": f.system.value,
        "title": m(f.title),
        "message": m(f.message),
        "location": {k: (m(v) if isinstance(v, str) else v) for k, v in f.location.to_json().items()},
        "legal_basis": [_basis_data(b, m) for b in f.legal_basis],
        "remediation": m(f.remediation),
        "confidence": f.confidence.value,
        "alert": f.alert.value if f.alert is not None else None,
        "waived": m(waiver) if waiver is not None else None,
    }


def _manual_data(c: ManualCheck, m: Mask) -> dict[str, Any]:
    return {
        "id": c.id,
        "question": m(c.question),
        "gloss": m(c.gloss),
        "legal_basis": [_basis_data(b, m) for b in c.legal_basis],
        "evidence": [m(e) for e in c.evidence],
        "note": m(c.note),
        "confidence": c.confidence.value,
    }


def _mask_any(value: Any, m: Mask) -> Any:
    if isinstance(value, str):
        return m(value)
    if isinstance(value, dict):
        return {k: _mask_any(v, m) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_mask_any(v, m) for v in value]
    return value


# ------------------------------------------------------------------ fragments


def _location_text(loc: dict[str, Any]) -> str:
    where = []
    if loc.get("step"):
        where.append(f"环节 {loc['step']}")
    if loc.get("document"):
        where.append(f"文书 {loc['document']}")
    if loc.get("file"):
        where.append(f"文件 {loc['file']}")
    if loc.get("line"):
        where.append(f"第 {loc['line']} 行")
    if loc.get("page"):
        where.append(f"第 {loc['page']} 页")
    return "，".join(where)


def _bases_html(bases: list[dict[str, Any]]) -> str:
    if not bases:
        return "—"
    return '<ul class="bases">' + "".join(f"<li>{_e(b['text'])}</li>" for b in bases) + "</ul>"


def _finding_html(j: int, f: dict[str, Any]) -> str:
    sev = Severity(f["severity"])
    system = System(f["system"])
    badges = [f'<span class="badge sev-{sev.value}">{sev.label}</span>']
    if f["alert"]:
        badges.append(f'<span class="badge alert-{_e(f["alert"])}">{_e(Alert(f["alert"]).label)}</span>')
    if f["waived"] is not None:
        badges.append('<span class="badge waived">已豁免</span>')
    rows = []
    where = _location_text(f["location"])
    if where:
        rows.append(("位置", f'<span class="loc">{_e(where)}</span>'))
    rows.append(("法律依据", _bases_html(f["legal_basis"])))
    if f["confidence"] == Confidence.UNCONFIRMED.value:
        rows.append(("说明", "该规则的法律依据尚未经官方文本确认，结果仅供参考。"))
    rows.append(("整改建议", _e(f["remediation"])))
    if f["waived"] is not None:
        rows.append(("豁免说明", f'<span class="waiver">{_e(f["waived"])}</span>'))
    classes = f"finding sev-{sev.value}" + (" is-waived" if f["waived"] is not None else "")
    return (f'<li class="{classes}" data-index="{j}" data-rule="{_e(f["rule_id"])}" data-system="{system.value}" '
            f'data-severity="{sev.value}">\n'
            f'<div class="fhead">{"".join(badges)} <code class="rule">{_e(f["rule_id"])}</code> '
            f'<strong class="title">{_e(f["title"])}</strong> <span class="system">{_e(system.label)}</span></div>\n'
            f'<p class="msg">{_e(f["message"])}</p>\n<dl class="facts">'
            + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
            + "</dl>\n</li>\n")


def _manual_html(checks: list[dict[str, Any]]) -> str:
    out = [f'<section class="manual"><h3>人工核查事项（{len(checks)} 项，机器不作判断，请评查人员逐项确认）</h3>\n<ol>\n']
    for c in checks:
        out.append(f'<li class="manual-check" data-id="{_e(c["id"])}"><span class="box" aria-hidden="true">☐</span> '
                   f'<code>{_e(c["id"])}</code> <strong>{_e(c["question"])}</strong>')
        if c["gloss"]:
            out.append(f'<div class="gloss">{_e(c["gloss"])}</div>')
        out.append('<dl class="facts">')
        if c["legal_basis"]:
            out.append(f"<dt>法律依据</dt><dd>{_bases_html(c['legal_basis'])}</dd>")
        if c["evidence"]:
            out.append("<dt>案卷所见</dt><dd><ul>" + "".join(f"<li>{_e(e)}</li>" for e in c["evidence"]) + "</ul></dd>")
        if c["note"]:
            out.append(f"<dt>说明</dt><dd>{_e(c['note'])}</dd>")
        if c["confidence"] == Confidence.UNCONFIRMED.value:
            out.append("<dt>注意</dt><dd>本项部分依据尚未经官方文本确认。</dd>")
        out.append("</dl></li>\n")
    out.append("</ol></section>\n")
    return "".join(out)


def _score_cell(score: dict[str, Any] | None) -> str:
    if score is None:
        return "—"
    text = f'<span class="total">{_e(_number(score.get("total", "—")))}</span>'
    if score.get("max") is not None:
        text += f' <span class="sub">/ {_e(_number(score["max"]))}</span>'
    if score.get("grade"):
        text += f' <span class="grade">{_e(score["grade"])}</span>'
    if score.get("vetoed"):
        text += ' <span class="badge vetoed">否决</span>'
    if score.get("provisional"):
        text += ' <span class="provisional">（暂定）</span>'
    return text


def _score_detail(score: dict[str, Any]) -> str:
    """The score of a dossier against a review standard (scoring.Score.to_json()); unknown keys are skipped."""
    standard = score.get("standard_title") or score.get("standard")
    out = [f'<section class="score-detail"><h3>评分：{_score_cell(score)}'
           + (f'<span class="sub">（评查标准：{_e(standard)}）</span>' if standard else "") + "</h3>\n"]
    facts = []
    if score.get("veto_reasons"):
        facts.append(("否决事项", "<ul>" + "".join(f"<li>{_e(v)}</li>" for v in score["veto_reasons"]) + "</ul>"))
    if score.get("pending"):
        facts.append(("待人工判断", _e("、".join(str(p) for p in score["pending"])) + "（评分为暂定）"))
    if score.get("unmapped"):
        facts.append(("未对应评查项目", _e("、".join(str(u) for u in score["unmapped"]))))
    if facts:
        out.append('<dl class="facts">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>\n")
    items = [it for it in score.get("items") or [] if isinstance(it, dict)]
    if items:
        out.append('<table class="score-items"><thead><tr><th>编号</th><th>评查项目</th><th>满分</th><th>得分</th>'
                   "<th>扣分情况</th></tr></thead><tbody>")
        for it in items:
            notes = [f"扣 {_number(d.get('points'))} 分：{d.get('reason', '')}（{d.get('source', '')}）"
                     for d in it.get("deductions") or [] if isinstance(d, dict)]
            notes += [f"未扣分：{n.get('reason', '')}（{n.get('source', '')}）"
                      for n in it.get("not_deducted") or [] if isinstance(n, dict)]
            if it.get("pending"):
                notes.append("待人工判断：" + "、".join(str(p) for p in it["pending"]))
            part = f'<div class="sub">{_e(it["part"])}</div>' if it.get("part") else ""
            out.append(f"<tr><td>{_e(it.get('id', ''))}</td><td>{_e(it.get('title', ''))}{part}</td>"
                       f"<td class=\"n\">{_e(_number(it.get('max', '')))}</td><td class=\"n\">{_e(_number(it.get('points', '')))}</td>"
                       "<td>" + ("<br>".join(_e(n) for n in notes) or "—") + "</td></tr>")
        out.append("</tbody></table>\n")
    out.append("</section>\n")
    return "".join(out)


def _bar_chart(chart_id: str, title: str, rows: list[tuple[str, int, str]]) -> str:
    """A horizontal bar chart as inline SVG (integer geometry: deterministic bytes)."""
    width, label_w, bar_max, row_h, pad = 520, 176, 280, 26, 8
    peak = max([v for _, v, _ in rows] + [1])
    height = pad * 2 + row_h * max(len(rows), 1)
    out = [f'<figure class="chart" id="{chart_id}"><figcaption>{_e(title)}</figcaption>'
           f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-label="{_e(title)}">']
    if not rows:
        out.append(f'<text x="{label_w}" y="{pad + 17}" class="empty">无数据</text>')
    for i, (label, value, cls) in enumerate(rows):
        y = pad + i * row_h
        w = (bar_max * value + peak // 2) // peak if value else 0
        shown = label if len(label) <= 11 else label[:10] + "…"
        out.append(f'<g class="bar {cls}" data-label="{_e(label)}" data-value="{value}"><title>{_e(label)}：{value}</title>'
                   f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" class="lbl">{_e(shown)}</text>'
                   f'<rect x="{label_w}" y="{y + 5}" width="{w}" height="16" rx="2"></rect>'
                   f'<text x="{label_w + w + 6}" y="{y + 17}" class="val">{value}</text></g>')
    out.append("</svg></figure>\n")
    return "".join(out)


# ------------------------------------------------------------------ CSS and JS (inline, written for this report)

CSS = """
:root{--fg:#1d2939;--muted:#667085;--line:#d0d5dd;--bg:#f5f7fa;--card:#fff;--err:#b42318;--warn:#b54708;--info:#175cd3;
--red:#d92d20;--yellow:#ca8504;--ok:#067647;--accent:#344054}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:14px/1.6 "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;color:var(--fg);background:var(--bg)}
.page-head{background:#1f3a5f;color:#fff;padding:16px 24px}
.page-head h1{margin:0 0 8px;font-size:22px}
.meta{display:flex;flex-wrap:wrap;gap:6px 28px;margin:0}
.meta div{display:flex;gap:6px}.meta dt{opacity:.75}.meta dd{margin:0;font-weight:600}
main{padding:16px 24px;max-width:1500px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:16px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:112px}
.card .num{font-size:26px;font-weight:700;line-height:1.2}.card .label{color:var(--muted)}.card .note{color:var(--muted);font-size:12px}
.card.sev-error .num{color:var(--err)}.card.sev-warning .num{color:var(--warn)}.card.sev-info .num{color:var(--info)}
.card.alert-red .num{color:var(--red)}.card.alert-yellow .num{color:var(--yellow)}.card.waived .num{color:var(--muted)}
.charts{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:16px}
.chart{margin:0;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 12px;max-width:100%;overflow-x:auto}
.chart figcaption{font-weight:600;margin-bottom:4px}
.chart svg{display:block;font-family:inherit;font-size:13px}
.chart .lbl{fill:var(--fg)}.chart .val{fill:var(--muted)}.chart rect{fill:#5b7db1}
.chart .sev-error rect{fill:var(--err)}.chart .sev-warning rect{fill:var(--warn)}.chart .sev-info rect{fill:var(--info)}
.filters{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;background:var(--card);border:1px solid var(--line);
border-radius:8px;padding:10px 12px;margin-bottom:12px;position:sticky;top:0;z-index:2}
.filters select,.filters input,.filters button{font:inherit;padding:3px 6px}
.filters input[type=search]{width:18em}
#shown-count{color:var(--muted);margin-left:auto}
h2{font-size:18px;margin:8px 0}.hint{color:var(--muted);margin:0 0 8px}
.table-wrap{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:8px}
table{border-collapse:collapse;width:100%}
thead th{position:sticky;top:0;background:#eef2f6;text-align:left;font-weight:600;white-space:nowrap}
th,td{padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
tr.dossier-row{cursor:pointer}tr.dossier-row:hover{background:#f0f5ff}
tr.dossier-row th{font-weight:600;text-align:left}
.sub{color:var(--muted);font-size:12px;font-weight:400}
td.n{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}td.n.zero{color:#98a2b3;font-weight:400}
td.sev-error{color:var(--err)}td.sev-warning{color:var(--warn)}td.sev-info{color:var(--info)}
.toggle{border:0;background:none;cursor:pointer;font-size:14px;padding:0 4px;color:var(--accent)}
html:not(.js) .toggle{display:none}
tbody.worst-error th .did{border-left:4px solid var(--err);padding-left:6px}
tbody.worst-warning th .did{border-left:4px solid var(--warn);padding-left:6px}
tbody.worst-info th .did{border-left:4px solid var(--info);padding-left:6px}
tbody.worst-none th .did{border-left:4px solid var(--ok);padding-left:6px}
tr.detail>td{background:#fafbfc;padding:8px 16px 16px 28px}
tr.detail h3{font-size:15px;margin:8px 0}
.filtered-note{color:var(--muted);font-weight:400;margin-left:8px;font-size:13px}
ol.findings{padding-left:0;list-style:none;margin:0}
li.finding{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--info);border-radius:6px;padding:8px 12px;margin:8px 0}
li.finding.sev-error{border-left-color:var(--err)}li.finding.sev-warning{border-left-color:var(--warn)}
li.finding.is-waived{opacity:.78;background:#f9fafb}
.fhead{display:flex;flex-wrap:wrap;gap:6px;align-items:baseline}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;color:#fff;background:var(--muted)}
.badge.sev-error{background:var(--err)}.badge.sev-warning{background:var(--warn)}.badge.sev-info{background:var(--info)}
.badge.alert-red{background:var(--red)}.badge.alert-yellow{background:var(--yellow)}.badge.waived{background:#475467}
.badge.vetoed{background:var(--err)}
code.rule{font-weight:600}.system{color:var(--muted);font-size:12px}
.msg{margin:6px 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0 0}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
ul.bases{margin:0;padding-left:1.2em}
.waiver{color:#475467}
.manual ol{padding-left:1.4em}.manual li.manual-check{margin:8px 0}.gloss{color:var(--muted)}
.clean{color:var(--ok)}
.score-items{width:auto;margin:4px 0}.score-items th,.score-items td{padding:2px 8px;font-size:13px}
.page-foot{color:var(--muted);padding:8px 24px 24px;font-size:12px}
@media print{body{background:#fff}.filters,.toggle,.hint{display:none!important}tr.detail[hidden]{display:table-row!important}
tbody.dossier{break-inside:avoid}.page-head{background:#fff;color:#000}}
"""

JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  document.documentElement.classList.add("js");
  var controls = {
    department: document.getElementById("f-department"),
    system: document.getElementById("f-system"),
    severity: document.getElementById("f-severity"),
    q: document.getElementById("f-q")
  };
  var bodies = Array.prototype.slice.call(document.querySelectorAll("tbody.dossier"));
  var prepared = data.dossiers.map(function (d) {
    var own = [d.id, d.path, d.case_number || "", d.department || "", d.department_name || ""].join("\n");
    return {
      d: d,
      text: own.toLowerCase(),
      findings: d.findings.map(function (f) {
        var loc = f.location || {};
        return [f.rule_id, f.title, f.message, f.remediation, loc.step || "", loc.document || "", loc.file || "",
          f.legal_basis.map(function (b) { return b.text; }).join("\n"), f.waived || ""].join("\n").toLowerCase();
      })
    };
  });

  function setHidden(el, hide) {
    if (!el) { return; }
    if (hide) { el.setAttribute("hidden", ""); } else { el.removeAttribute("hidden"); }
  }

  function state() {
    return {
      department: controls.department.value,
      system: controls.system.value,
      severity: controls.severity.value,
      q: controls.q.value.trim().toLowerCase()
    };
  }

  function apply() {
    var st = state();
    var findingFilter = st.system !== "" || st.severity !== "";
    var shown = 0;
    var shownFindings = 0;
    bodies.forEach(function (tb) {
      var p = prepared[Number(tb.getAttribute("data-index"))];
      var d = p.d;
      var dept = d.department === null ? "-" : d.department;
      var deptOk = st.department === "" || dept === st.department;
      var qDossier = st.q === "" || p.text.indexOf(st.q) >= 0;
      var items = tb.querySelectorAll("li.finding");
      var matched = 0;
      d.findings.forEach(function (f, j) {
        var ok = (st.system === "" || f.system === st.system) &&
          (st.severity === "" || f.severity === st.severity) &&
          (qDossier || p.findings[j].indexOf(st.q) >= 0);
        setHidden(items[j], !ok);
        if (ok) { matched += 1; }
      });
      var visible = deptOk && (findingFilter ? matched > 0 : (qDossier || matched > 0));
      setHidden(tb, !visible);
      var note = tb.querySelector(".filtered-note");
      if (note) {
        setHidden(note, matched === d.findings.length);
        note.textContent = "按筛选条件显示 " + matched + " / " + d.findings.length + " 项";
      }
      if (visible) { shown += 1; shownFindings += matched; }
    });
    document.getElementById("shown-count").textContent =
      "显示 " + shown + " / " + bodies.length + " 件案卷，问题 " + shownFindings + " 项";
    document.getElementById("shown-count").setAttribute("data-shown", String(shown));
  }

  function expand(tb, open) {
    var detail = tb.querySelector("tr.detail");
    var button = tb.querySelector("button.toggle");
    setHidden(detail, !open);
    if (button) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      button.textContent = open ? "\u25BE" : "\u25B8";
    }
  }

  function params() {
    var merged = new URLSearchParams(window.location.search);
    var hash = window.location.hash.replace(/^#/, "");
    if (hash) {
      new URLSearchParams(hash).forEach(function (value, key) {
        if (key === "open") { merged.append(key, value); } else { merged.set(key, value); }
      });
    }
    return merged;
  }

  function fromUrl() {
    var p = params();
    ["department", "system", "severity"].forEach(function (key) {
      var sel = controls[key];
      var value = p.get(key) || "";
      var known = Array.prototype.some.call(sel.options, function (o) { return o.value === value; });
      sel.value = known ? value : "";
    });
    controls.q.value = p.get("q") || "";
    document.getElementById("filters").setAttribute("data-applied", currentParams().toString());
    var open = [];
    p.getAll("open").forEach(function (v) { open = open.concat(v.split(",")); });
    var all = open.indexOf("all") >= 0;
    bodies.forEach(function (tb) {
      expand(tb, all || open.indexOf(tb.getAttribute("data-id")) >= 0);
    });
    apply();
  }

  function currentParams() {
    var p = new URLSearchParams();
    ["department", "system", "severity"].forEach(function (key) { if (controls[key].value) { p.set(key, controls[key].value); } });
    if (controls.q.value.trim()) { p.set("q", controls.q.value.trim()); }
    return p;
  }

  function toUrl() {
    var text = currentParams().toString();
    document.getElementById("filters").setAttribute("data-applied", text);
    try {
      history.replaceState(null, "", text ? "#" + text : window.location.pathname + window.location.search);
    } catch (e) { /* file:// in some browsers */ }
  }

  function changed() { apply(); toUrl(); }

  bodies.forEach(function (tb) {
    tb.querySelector("tr.dossier-row").addEventListener("click", function (ev) {
      if (window.getSelection && String(window.getSelection()) !== "" && ev.target.tagName !== "BUTTON") { return; }
      expand(tb, tb.querySelector("tr.detail").hasAttribute("hidden"));
    });
  });
  controls.department.addEventListener("change", changed);
  controls.system.addEventListener("change", changed);
  controls.severity.addEventListener("change", changed);
  controls.q.addEventListener("input", changed);
  document.getElementById("f-reset").addEventListener("click", function () {
    controls.department.value = ""; controls.system.value = ""; controls.severity.value = ""; controls.q.value = "";
    changed();
  });
  document.getElementById("expand-all").addEventListener("click", function () {
    bodies.forEach(function (tb) { if (!tb.hasAttribute("hidden")) { expand(tb, true); } });
  });
  document.getElementById("collapse-all").addEventListener("click", function () {
    bodies.forEach(function (tb) { expand(tb, false); });
  });
  window.addEventListener("hashchange", fromUrl);
  setHidden(document.getElementById("filters"), false);
  var hint = document.getElementById("table-hint");
  if (hint) { hint.textContent = "点击案卷行展开或收起问题明细；筛选条件写在网址 # 之后，可收藏或转发。"; }
  fromUrl();
  document.documentElement.setAttribute("data-ready", "1");
})();
"""
