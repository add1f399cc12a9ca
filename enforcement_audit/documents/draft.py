"""A draft manifest (dossier.xml) from a folder of PDF documents: ``enforcement-audit extract``.

Most case files exist only as scanned or printed PDFs. The draft is built from what the extractor
reads: each document becomes a ``<document>`` (kind from its title), each document that records
a step becomes a ``<step>`` dated from the document (decision and notice: the signature-block
date; records: the record time; proof of service: the service date), and the case, party and
officers come from the values most documents agree on. Every value carries its source — the file,
the page and a confidence — in ``Draft.sources``; the XML names them in comments, so a person
can check each one. What no document states (the matter's power-list code, the body's registry
id when the organ is not in the registry) is filled with a ``待补充`` placeholder that the
subject rules will then report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..models import Dossier, Registry
from . import facts as F
from .facts import DocumentFacts

PLACEHOLDER = "待补充"
UNKNOWN = "UNKNOWN"  # ids and codes no document states (the format wants ASCII there)
UNKNOWN_SECTOR = "unknown"
UNKNOWN_REGION = "000000"

#: document kind -> step kind it records, and which date of the document dates the step
_STEP_OF_KIND: dict[str, tuple[str, str]] = {
    "filing_approval": ("filing", F.SIGNATURE_DATE),
    "inspection_record": ("inspection", F.RECORD_TIME),
    "inquiry_record": ("inquiry", F.RECORD_TIME),
    "on_site_record": ("seizure", F.RECORD_TIME),
    "investigation_report": ("investigation_report", F.SIGNATURE_DATE),
    "legal_review_opinion": ("legal_review", F.SIGNATURE_DATE),
    "advance_notice": ("advance_notice", F.SIGNATURE_DATE),
    "hearing_notice": ("hearing_notice", F.SIGNATURE_DATE),
    "hearing_record": ("hearing", F.RECORD_TIME),
    "statement_record": ("statement_and_defence", F.RECORD_TIME),
    "collective_deliberation_minutes": ("collective_deliberation", F.RECORD_TIME),
    "punishment_decision": ("decision", F.SIGNATURE_DATE),
    "proof_of_service": ("service", F.SERVICE_DATE),
    "approval_form": ("approval", F.SIGNATURE_DATE),
    "release_decision": ("release", F.SIGNATURE_DATE),
    "demand_notice": ("demand_notice", F.SIGNATURE_DATE),
    "execution_decision": ("execution_decision", F.SIGNATURE_DATE),
    "execution_record": ("execution", F.RECORD_TIME),
    "inspection_result_notice": ("inspection_result", F.SIGNATURE_DATE),
    "rectification_order": ("rectification_order", F.SIGNATURE_DATE),
    "closing_report": ("closing", F.SIGNATURE_DATE),
}
_SERVED = ("advance_notice", "decision", "hearing_notice", "demand_notice", "execution_decision")
_RIGHTS = ("statement", "defence", "hearing")
_SHOWN = re.compile(r"(?:已|均|主动)?(?:向你|向当事人|向其)?出示(?:了)?(?:行政)?执法证")


@dataclass(frozen=True)
class Source:
    """Where a value of the draft was read: field path, file, page, confidence (0–1)."""

    field: str
    value: str
    file: str
    page: int | None
    confidence: float

    def comment(self) -> str:
        page = f" 第{self.page}页" if self.page else ""
        text = f" {self.field} = {self.value} ← {self.file}{page}（置信度 {self.confidence:.2f}） "
        return text.replace("--", "－－")


@dataclass
class Draft:
    data: dict[str, Any]
    sources: list[Source] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def dossier(self) -> Dossier:
        return Dossier.model_validate(self.data)


def _day(facts: DocumentFacts, role: str) -> tuple[dt.date, F.Value] | None:
    value = facts.last(F.DATE, role) if role == F.SIGNATURE_DATE else facts.first(F.DATE, role)
    value = value or facts.last(F.DATE, F.SIGNATURE_DATE) or facts.first(F.DATE)
    return (value.date, value) if value is not None else None


def _agreed(read: Sequence[tuple[str, str, DocumentFacts]], kind: str) -> tuple[F.Value, str, float] | None:
    """The value of this kind most documents state, its file and a confidence (share agreeing)."""
    found = [(file, v) for _, file, facts in read if (v := facts.first(kind)) is not None]
    if not found:
        return None
    counts = Counter(v.value for _, v in found)
    best, n = counts.most_common(1)[0]
    file, value = next((f, v) for f, v in found if v.value == best)
    return value, file, round(n / len(found), 2)


def _case_type(kinds: set[str]) -> str:
    if kinds & {"punishment_decision", "advance_notice"}:
        return "punishment"
    if kinds & {"execution_decision", "demand_notice", "execution_record"}:
        return "enforced_execution"
    if kinds & {"seizure_decision", "seal_up_decision", "on_site_record", "approval_form"}:
        return "coercive_measure"
    return "inspection" if kinds & {"inspection_record", "inspection_result_notice"} else "punishment"


def build_draft(folder_name: str, documents: Sequence[tuple[str, str, DocumentFacts]],
                registry: Registry | None = None) -> Draft:
    """A draft from ``(document id, file, facts)`` of each readable PDF, in file-name order."""
    draft = Draft({})
    src = draft.sources
    kinds = {f.kind for _, _, f in documents if f.kind}
    case_type = _case_type(kinds)

    number = _agreed(documents, F.CASE_NUMBER) or _agreed(documents, F.DOC_NUMBER)
    if number is not None:
        src.append(Source("case/@number", number[0].value, number[1], number[0].page, number[2]))
    party = _agreed(documents, F.PARTY_NAME)
    if party is not None:
        src.append(Source("case/party/@name", party[0].value, party[1], party[0].page, party[2]))
    credit = _agreed(documents, F.CREDIT_CODE)
    if credit is not None:
        src.append(Source("case/party/@credit-code", credit[0].value, credit[1], credit[0].page, credit[2]))
    organ = _agreed(documents, F.ORGAN)
    body = None
    if organ is not None and registry is not None:
        body = next((b for b in registry.bodies if b.name == organ[0].value), None)
    if organ is not None:
        src.append(Source("case/acting-body", organ[0].value + (f"（参照库 {body.id}）" if body else "（参照库中没有）"),
                          organ[1], organ[0].page, organ[2]))
    else:
        draft.notes.append("未能从文书中读出执法机关名称")
    summary = any((f.title or "").startswith("当场") for _, _, f in documents)

    officers: dict[str, dict[str, Any]] = {}
    for _, file, facts in documents:
        for mention in facts.officers:
            if mention.certificate in officers:
                continue
            oid = f"O{len(officers) + 1}"
            officers[mention.certificate] = {"id": oid, "name": mention.name, "certificate": mention.certificate,
                                             "role": "lead" if not officers else "assisting"}
            src.append(Source(f"officers/{oid}", f"{mention.name} {mention.certificate}", file, mention.page, 0.9))

    dated: list[tuple[dt.date, str, dict[str, Any]]] = []
    docs: list[dict[str, Any]] = []
    step_sources: list[tuple[str, str, str, str, int | None, float]] = []  # doc id, attribute, value, file, page, conf
    for doc_id, file, facts in documents:
        docs.append({"id": doc_id, "kind": facts.kind or "other", "title": facts.title or Path(file).stem, "path": file,
                     "sha256": facts.sha256, "pages": facts.page_count})
        src.append(Source(f"documents/{doc_id}/@kind", facts.kind or "other", file, 1, 0.9 if facts.kind else 0.3))
        mapped = _STEP_OF_KIND.get(facts.kind or "")
        if mapped is None:
            continue
        step_kind, role = mapped
        day = _day(facts, role)
        if day is None:
            draft.notes.append(f"{file}：未读出日期，未生成环节")
            continue
        step: dict[str, Any] = {"kind": step_kind, "date": day[0].isoformat(), "records": [{"document": doc_id}]}
        if step_kind in ("inspection", "inquiry", "seizure", "execution"):
            step["officers"] = [officers[m.certificate]["id"] for m in facts.officers if m.certificate in officers]
            if _SHOWN.search(facts.text):
                step["certificates_shown"] = True
                step_sources.append((doc_id, "@certificates-shown", "true", file, 1, 0.7))
        if step_kind == "advance_notice":
            step["rights"] = [r for r in _RIGHTS if r in facts.right_kinds()]
        if step_kind == "decision":
            fine = facts.first(F.AMOUNT, F.FINE)
            if fine is not None:
                step["penalties"] = [{"kind": "fine", "amount": fine.value}]
                step_sources.append((doc_id, "penalty/@amount", fine.value, file, fine.page, 0.8))
        dated.append((day[0], doc_id, step))
        step_sources.append((doc_id, "@date", day[0].isoformat(), file, day[1].page, 0.9 if day[1].role == role else 0.6))

    dated.sort(key=lambda t: (t[0], t[1]))
    steps: list[dict[str, Any]] = []
    step_of_doc: dict[str, str] = {}
    for n, (_, doc_id, step) in enumerate(dated, 1):
        steps.append({"id": f"S{n:02d}", **step})
        step_of_doc[doc_id] = f"S{n:02d}"
    src += [Source(f"steps/{step_of_doc[d]}/{attr}", value, file, page, conf)
            for d, attr, value, file, page, conf in sorted(step_sources, key=lambda t: (step_of_doc[t[0]], t[1]))]
    for step in steps:
        if step["kind"] == "service":
            earlier = [s for s in steps if s["kind"] in _SERVED and s["date"] <= step["date"]]
            if earlier:
                step["of"] = earlier[-1]["id"]
    status = "closed" if any(s["kind"] == "closing" for s in steps) else "open"

    draft.data = {
        "id": folder_name,
        "schema_version": "1.1",
        "case": {
            "number": number[0].value if number else PLACEHOLDER,
            "type": case_type,
            "procedure": "summary" if summary else "general",
            "status": status,
            "sector": _sector(body, officers, registry),
            "region": body.territory if body else UNKNOWN_REGION,
            "matter": {"code": UNKNOWN, "name": f"{PLACEHOLDER}（权责清单事项）"},
            "acting_body": {"id": body.id if body else UNKNOWN},
            "party": {"kind": "organisation" if credit is not None or party is None else "individual",
                      "name": party[0].value if party else PLACEHOLDER,
                      **({"credit_code": credit[0].value} if credit else {})},
        },
        "officers": list(officers.values()),
        "steps": steps,
        "documents": docs,
    }
    return draft


def _sector(body: Any, officers: dict[str, dict[str, Any]], registry: Registry | None) -> str:
    """The body's sector, else the enforcement field most of the officers' certificates name."""
    if body is not None and body.sector:
        return str(body.sector)
    if registry is None:
        return UNKNOWN_SECTOR
    fields = Counter(f for number in officers if (c := registry.certificate_by_number.get(number)) for f in c.fields)
    return fields.most_common(1)[0][0] if fields else UNKNOWN_SECTOR


def draft_xml(draft: Draft) -> bytes:
    """The draft as dossier.xml, with a comment per source and per note after the root tag."""
    from lxml import etree

    from ..writer import dossier_xml

    root = etree.fromstring(dossier_xml(draft.data))
    header = [etree.Comment(" 由 enforcement-audit extract 从文书自动提取的草稿：请逐项核对后再作为清单使用。 ")]
    header += [etree.Comment(s.comment()) for s in draft.sources]
    header += [etree.Comment(f" 注意：{n} ".replace("--", "－－")) for n in draft.notes]
    for i, comment in enumerate(header):
        comment.tail = "\n  "
        root.insert(i, comment)
    root.text = "\n  "
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out
