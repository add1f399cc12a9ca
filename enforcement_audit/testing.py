"""Helpers for rule tests, shipped with the package so that custom rule packs test the same way.

Each ``base_*`` function returns a *compliant* dossier as a plain dict (the same shape the loader
builds from XML); tests change one thing and assert the complete list of findings of one rule::

    d = base_punishment()
    step(d, "S11")["date"] = "2025-05-09"          # serve the decision late
    assert hits(d, "PUN-SERVE-001") == [("PUN-SERVE-001", "S11")]
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
from typing import Any

from .calendar import HolidayTable, WorkCalendar
from .documents.extract import Extractor
from .documents.facts import DocumentFacts
from .documents.laws import LawCatalogue, load_catalogue
from .documents.normalize import normalize_page
from .documents.reader import DossierTexts
from .engine import Context, Finding, RuleSet, run_rules
from .models import Dossier, Registry
from .profile import Profile, load_profile
from .rules import ALL_RULES

AS_OF = dt.date(2025, 12, 31)

# ------------------------------------------------------------------ registry

REGISTRY: dict[str, Any] = {
    "bodies": [
        {
            "id": "B-CX-MR", "name": "城西县市场监督管理局", "type": "agency", "territory": "330199",
            "powers": [
                {"matter": "MR-FOOD-001", "name": "对销售不符合食品安全标准的食品的行政处罚", "valid_from": "2020-01-01",
                 "measures": ["seal_up", "seizure"]},
                {"matter": "MR-INS-001", "name": "食品经营者监督检查", "valid_from": "2020-01-01"},
                {"matter": "MR-EXE-001", "name": "加处罚款的强制执行", "valid_from": "2020-01-01"},
            ],
        },
        {
            "id": "B-CX-GOV", "name": "城西县人民政府", "type": "agency", "territory": "330199",
            "powers": [{"matter": "TS-BLD-001", "name": "对未取得乡村建设规划许可证建设的处罚", "valid_from": "2020-01-01"}],
        },
        {
            "id": "B-QS-TOWN", "name": "城西县青山镇人民政府", "type": "township", "territory": "330199101",
            "delegations": [
                {"id": "DL-QS-1", "delegator": "B-CX-GOV", "matters": ["TS-BLD-001"], "valid_from": "2022-01-01",
                 "valid_to": "2026-12-31", "basis": "某省人民政府关于赋予乡镇部分县级行政执法权的决定（虚构）"},
            ],
        },
        {
            "id": "B-CX-MR-TEAM", "name": "城西县市场监管执法服务中心", "type": "entrusted_organisation",
            "territory": "330199",
            "delegations": [
                {"id": "DL-MR-1", "delegator": "B-CX-MR", "matters": ["MR-FOOD-001"], "valid_from": "2023-01-01",
                 "valid_to": "2027-12-31", "basis": "城西县市场监督管理局行政处罚委托书（虚构）"},
            ],
        },
    ],
    "certificates": [
        {"number": "33019920190001", "holder": "陈立新", "body": "B-CX-MR", "kind": "enforcement",
         "fields": ["market_regulation"], "territory": "330199", "valid_from": "2022-01-01", "valid_to": "2026-12-31"},
        {"number": "33019920190002", "holder": "刘晓东", "body": "B-CX-MR", "kind": "enforcement",
         "fields": ["market_regulation"], "territory": "330199", "valid_from": "2022-01-01", "valid_to": "2026-12-31"},
        {"number": "33019920190003", "holder": "何春燕", "body": "B-CX-MR", "kind": "enforcement",
         "fields": ["market_regulation"], "territory": "330199", "valid_from": "2022-01-01", "valid_to": "2024-12-31"},
        {"number": "33019920190004", "holder": "马国庆", "body": "B-CX-MR", "kind": "supervision",
         "fields": ["market_regulation"], "territory": "330199", "valid_from": "2022-01-01", "valid_to": "2026-12-31"},
    ],
    "reviewers": [
        {"id": "RV-01", "name": "孙敏", "body": "B-CX-MR", "legal_qualification": "A20163301990001",
         "qualified_on": "2016-12-01", "first_review": "2019-03-01"},
        {"id": "RV-02", "name": "吴海", "body": "B-CX-MR", "first_review": "2019-05-01"},
        {"id": "RV-03", "name": "郑老成", "body": "B-CX-MR", "first_review": "2012-05-01"},
    ],
}


def registry(data: dict[str, Any] | None = None) -> Registry:
    return Registry.model_validate(data if data is not None else REGISTRY)


# ------------------------------------------------------------------ base dossiers

_OFFICERS = [
    {"id": "O1", "name": "陈立新", "role": "lead", "certificate": "33019920190001"},
    {"id": "O2", "name": "刘晓东", "role": "assisting", "certificate": "33019920190002"},
    {"id": "O3", "name": "孙敏", "role": "legal_reviewer", "reviewer": "RV-01"},
    {"id": "O9", "name": "周建国", "role": "agency_head"},
]


def _case(case_type: str, number: str, matter: str, status: str = "closed") -> dict[str, Any]:
    return {
        "number": number, "type": case_type, "procedure": "general", "status": status,
        "sector": "market_regulation", "region": "330199",
        "matter": {"code": matter, "name": "（测试事项）"},
        "acting_body": {"id": "B-CX-MR", "capacity": "own"},
        "party": {"kind": "organisation", "name": "城西县某某食品商行", "credit_code": "92330199MA0000001X"},
    }


def _on_site(sid: str, kind: str, start: str, end: str, records: list[dict[str, str]]) -> dict[str, Any]:
    return {"id": sid, "kind": kind, "start": start, "end": end, "officers": ["O1", "O2"],
            "certificates_shown": True, "party_present": True, "party_signed": True, "records": records}


def _docs(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"id": i, "kind": k} for i, k in pairs]


def base_punishment() -> dict[str, Any]:
    """General-procedure fine of 8,000 yuan on an organisation, every step in time (2025)."""
    return copy.deepcopy({
        "id": "T-PUN", "schema_version": "1.0",
        "case": _case("punishment", "城西市监罚〔2025〕1号", "MR-FOOD-001"),
        "officers": _OFFICERS,
        "steps": [
            {"id": "S01", "kind": "discovery", "date": "2025-03-03"},
            {"id": "S02", "kind": "filing", "date": "2025-03-05", "approved_by": "O9", "approved_on": "2025-03-05",
             "records": [{"document": "D01"}]},
            _on_site("S03", "inspection", "2025-03-06T09:30:00", "2025-03-06T10:40:00",
                     [{"document": "D02"}, {"av": "AV01"}]),
            _on_site("S04", "inquiry", "2025-03-10T14:00:00", "2025-03-10T15:00:00", [{"document": "D03"}]),
            {"id": "S05", "kind": "investigation_report", "date": "2025-04-01", "records": [{"document": "D04"}]},
            {"id": "S06", "kind": "legal_review", "date": "2025-04-03", "reviewer": "O3", "outcome": "passed",
             "records": [{"document": "D05"}]},
            {"id": "S07", "kind": "advance_notice", "date": "2025-04-07", "rights": ["statement", "defence", "hearing"],
             "records": [{"document": "D06"}]},
            {"id": "S08", "kind": "service", "date": "2025-04-07", "of": "S07", "method": "direct",
             "records": [{"document": "D07"}]},
            {"id": "S09", "kind": "statement_and_defence", "date": "2025-04-09", "records": [{"document": "D08"}]},
            {"id": "S10", "kind": "decision", "date": "2025-04-21", "approved_by": "O9", "approved_on": "2025-04-21",
             "penalties": [{"kind": "fine", "amount": "8000"}], "records": [{"document": "D09"}]},
            {"id": "S11", "kind": "service", "date": "2025-04-22", "of": "S10", "method": "direct",
             "records": [{"document": "D10"}]},
            {"id": "S12", "kind": "disclosure", "date": "2025-04-25", "where": "国家企业信用信息公示系统"},
            {"id": "S13", "kind": "payment", "date": "2025-04-30"},
            {"id": "S14", "kind": "closing", "date": "2025-05-08", "records": [{"document": "D11"}]},
            {"id": "S15", "kind": "archiving", "date": "2025-05-15"},
        ],
        "documents": _docs(("D01", "filing_approval"), ("D02", "inspection_record"), ("D03", "inquiry_record"),
                           ("D04", "investigation_report"), ("D05", "legal_review_opinion"),
                           ("D06", "advance_notice"), ("D07", "proof_of_service"), ("D08", "statement_record"),
                           ("D09", "punishment_decision"), ("D10", "proof_of_service"), ("D11", "closing_report")),
        "av_records": [{"id": "AV01", "sha256": "a" * 64, "duration": "PT1H10M"}],
    })


def base_coercive_measure() -> dict[str, Any]:
    """Seizure of goods for 30 days with prior approval, decision and inventory, released in time."""
    return copy.deepcopy({
        "id": "T-CM", "schema_version": "1.0",
        "case": _case("coercive_measure", "城西市监强〔2025〕1号", "MR-FOOD-001"),
        "officers": _OFFICERS,
        "steps": [
            {"id": "S01", "kind": "discovery", "date": "2025-06-02"},
            {"id": "S02", "kind": "approval", "date": "2025-06-03", "approved_by": "O9", "approved_on": "2025-06-03",
             "records": [{"document": "D01"}]},
            {**_on_site("S03", "seizure", "2025-06-03T10:00:00", "2025-06-03T11:30:00",
                        [{"document": "D02"}, {"document": "D03"}, {"document": "D04"}, {"av": "AV01"}]),
             "approved_by": "O9", "approved_on": "2025-06-03"},
            {"id": "S04", "kind": "release", "date": "2025-06-30", "measure": "M1", "records": [{"document": "D05"}]},
            {"id": "S05", "kind": "disclosure", "date": "2025-07-01", "where": "城西县人民政府门户网站"},
            {"id": "S06", "kind": "closing", "date": "2025-07-15", "records": [{"document": "D06"}]},
        ],
        "documents": _docs(("D01", "approval_form"), ("D02", "on_site_record"), ("D03", "seizure_decision"),
                           ("D04", "seizure_inventory"), ("D05", "release_decision"), ("D06", "closing_report")),
        "av_records": [{"id": "AV01", "sha256": "b" * 64, "duration": "PT1H30M"}],
        "measures": [{"id": "M1", "kind": "seizure", "step": "S03", "start": "2025-06-03", "end": "2025-06-30",
                      "decision_document": "D03", "inventory": "D04",
                      "items": [{"name": "过期奶粉", "quantity": "120罐"}]}],
    })


def base_enforced_execution() -> dict[str, Any]:
    """Surcharge enforcement after a demand notice, executed in office hours on a working day."""
    return copy.deepcopy({
        "id": "T-EE", "schema_version": "1.0",
        "case": _case("enforced_execution", "城西市监执〔2025〕1号", "MR-EXE-001"),
        "officers": _OFFICERS,
        "steps": [
            {"id": "S01", "kind": "filing", "date": "2025-08-01", "approved_by": "O9", "approved_on": "2025-08-01",
             "records": [{"document": "D01"}]},
            {"id": "S02", "kind": "demand_notice", "date": "2025-08-04", "records": [{"document": "D02"}]},
            {"id": "S03", "kind": "service", "date": "2025-08-04", "of": "S02", "method": "direct",
             "records": [{"document": "D03"}]},
            {"id": "S04", "kind": "execution_decision", "date": "2025-08-20", "approved_by": "O9",
             "approved_on": "2025-08-20", "records": [{"document": "D04"}]},
            {"id": "S05", "kind": "service", "date": "2025-08-21", "of": "S04", "method": "direct",
             "records": [{"document": "D05"}]},
            {**_on_site("S06", "execution", "2025-08-26T09:00:00", "2025-08-26T11:00:00",
                        [{"document": "D06"}, {"av": "AV01"}]), "execution_method": "auction"},
            {"id": "S07", "kind": "disclosure", "date": "2025-09-05", "where": "城西县人民政府门户网站"},
            {"id": "S08", "kind": "closing", "date": "2025-09-10", "records": [{"document": "D07"}]},
        ],
        "documents": _docs(("D01", "filing_approval"), ("D02", "demand_notice"), ("D03", "proof_of_service"),
                           ("D04", "execution_decision"), ("D05", "proof_of_service"), ("D06", "execution_record"),
                           ("D07", "closing_report")),
        "av_records": [{"id": "AV01", "sha256": "c" * 64, "duration": "PT2H"}],
    })


def base_inspection() -> dict[str, Any]:
    """Random (双随机) inspection, compliant result told to the enterprise and disclosed."""
    return copy.deepcopy({
        "id": "T-INS", "schema_version": "1.0",
        "case": _case("inspection", "城西市监检〔2025〕1号", "MR-INS-001"),
        "officers": _OFFICERS,
        "steps": [
            {"id": "S01", "kind": "approval", "date": "2025-05-06", "approved_by": "O9", "approved_on": "2025-05-06",
             "records": [{"document": "D01"}]},
            _on_site("S02", "inspection", "2025-05-08T09:00:00", "2025-05-08T10:00:00",
                     [{"document": "D02"}]),
            {"id": "S03", "kind": "inspection_result", "date": "2025-05-12", "records": [{"document": "D03"}]},
            {"id": "S04", "kind": "disclosure", "date": "2025-05-20", "where": "国家企业信用信息公示系统"},
            {"id": "S05", "kind": "closing", "date": "2025-05-21"},
        ],
        "documents": _docs(("D01", "inspection_approval"), ("D02", "inspection_record"),
                           ("D03", "inspection_result_notice")),
        "inspection": {"plan": "城西市监〔2025〕抽查计划第3号", "random_selection": "双随机抽取记录2025-05-06-17",
                       "result": "compliant"},
    })


# ------------------------------------------------------------------ editing and running

def step(d: dict[str, Any], step_id: str) -> dict[str, Any]:
    """The step dict with that id (to edit in place)."""
    for s in d["steps"]:
        if s["id"] == step_id:
            return s  # type: ignore[no-any-return]
    raise KeyError(step_id)


def drop_step(d: dict[str, Any], step_id: str) -> None:
    d["steps"] = [s for s in d["steps"] if s["id"] != step_id]


def officer(d: dict[str, Any], officer_id: str) -> dict[str, Any]:
    for o in d["officers"]:
        if o["id"] == officer_id:
            return o  # type: ignore[no-any-return]
    raise KeyError(officer_id)


def run(
    d: dict[str, Any] | Dossier,
    *rule_ids: str,
    reg: Registry | dict[str, Any] | None = None,
    profile: str | Profile = "national",
    as_of: dt.date = AS_OF,
    holidays: HolidayTable | None = None,
    texts: dict[str, str | list[str]] | None = None,
) -> list[Finding]:
    """Run only the given rules on one dossier; returns the complete sorted list of findings.

    ``texts`` gives document texts by document id (one string, or one string per page) for the
    rules that read documents: they go through the same normalisation and extraction as text read
    from a PDF (see :func:`document_texts`).
    """
    dossier = d if isinstance(d, Dossier) else Dossier.model_validate(d)
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    ruleset = RuleSet.build(ALL_RULES, prof, select=list(rule_ids))
    if rule_ids and not ruleset.rules:
        raise KeyError(f"no such rule: {rule_ids}")
    the_registry = reg if isinstance(reg, Registry) else registry(reg)
    ctx = Context(dossier, the_registry, prof.parameters, WorkCalendar(holidays), as_of)
    if texts is not None:
        ctx.texts = document_texts(dossier, texts)
        ctx.laws = law_catalogue()
    return run_rules(ctx, ruleset, "dossier.xml")


@functools.cache
def law_catalogue() -> LawCatalogue:
    return load_catalogue()


@functools.cache
def _extractor() -> Extractor:
    return Extractor(law_catalogue())


def document_facts(text: str | list[str], doc_id: str = "D") -> DocumentFacts:
    """Facts of a document given as text (pages as a list): normalised and extracted as from a PDF."""
    pages = [text] if isinstance(text, str) else text
    normalised = [(i, normalize_page(p)) for i, p in enumerate(pages, 1)]
    digest = hashlib.sha256("\f".join(pages).encode()).hexdigest()
    return _extractor().extract(digest, [(n, t) for n, t in normalised if t.strip()], len(pages),
                                [n for n, t in normalised if not t.strip()])


def document_texts(dossier: Dossier, texts: dict[str, str | list[str]]) -> DossierTexts:
    """DossierTexts for the given documents, each filed under ``docs/<id>.pdf``."""
    out = DossierTexts()
    for doc_id, text in texts.items():
        out.facts[doc_id] = document_facts(text, doc_id)
        out.files[doc_id] = f"docs/{doc_id}.pdf"
    return out


def hits(d: dict[str, Any] | Dossier, *rule_ids: str, **kwargs: Any) -> list[tuple[str, str | None]]:
    """(rule id, step id) of every finding: the usual thing to assert in full."""
    return [(f.rule_id, f.location.step) for f in run(d, *rule_ids, **kwargs)]
