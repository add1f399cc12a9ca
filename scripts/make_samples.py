#!/usr/bin/env python3
"""Build the bundled sample dossiers (sample_dossiers/) from the data below.

Everything here is invented: the county 城西县 (region code 330199, townships 330199101 and
330199102), the bodies, officers, certificate numbers, parties, ID numbers and credit codes. No
real person, ID number or company is used. Each sample is a dict of the same shape as
``enforcement_audit.testing``'s base dossiers; it is written with ``enforcement_audit.writer``.

About a third of the samples are fully compliant. Each of the others carries one or a few
defects of the kind that real dossier-review reports (案卷评查报告) list; the defects and the
findings they must produce (``expected``) are written next to the data that plants them. The
expected findings are judged with ``--as-of 2026-06-30`` and the national profile, which is why
the open (未结) cases are dated in May–June 2026; an open case's pending deadline gives a red alert
(预警) once passed and a yellow one when it falls due within 3 working days, and the expected
findings carry the alert. The 2020 cases (PUN-14, PUN-15) are judged by the pre-2021 text of
行政处罚法 (2017 revision), which is why the registry also holds the officers' 2017-2021 certificates.

Outputs (deterministic, no timestamps):
  sample_dossiers/<ID>/dossier.xml            one folder per sample, named after the dossier id
  sample_dossiers/registry/*.xml              bodies (with a legal-review catalogue and, registry 1.2, discretion
                                              benchmarks), certificates, legal reviewers
  sample_dossiers/expected-findings.json      the exact findings each sample must produce
  sample_dossiers/README.md                   table of the samples and their planted defects

Run:  python scripts/make_samples.py [OUTPUT_DIR]   (default: sample_dossiers/ of this checkout)
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from enforcement_audit import writer

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-06-30"
PROFILE = "national"

# ====================================================================== registry

_POSTED = "城西县人民政府门户网站“行政执法公示”专栏"
_TRANSFER = "某省人民政府关于赋予乡镇（街道）部分县级行政执法事项的决定（虚构，2022年）"


def _delegation(did: str) -> dict[str, Any]:
    return {"id": did, "delegator": "B-CX-ZF", "matters": ["UM-GARB-001", "UM-STALL-001"],
            "valid_from": "2023-01-01", "valid_to": "2027-12-31", "basis": _TRANSFER,
            "published": f"{_POSTED}（2022-12-20）"}


_TOWN_POWERS = [{"matter": "TS-SAFE-INS-001", "name": "对本行政区域内生产经营单位安全生产状况的监督检查",
                 "valid_from": "2021-09-01"}]

BODIES: list[dict[str, Any]] = [
    {
        "id": "B-CX-MR", "name": "城西县市场监督管理局", "type": "agency", "territory": "330199",
        "powers": [
            {"matter": "MR-EXE-001", "name": "对逾期不缴纳罚款、经催告仍不履行的，依法拍卖已扣押财物抵缴罚款",
             "valid_from": "2020-01-01"},
            # No law lets a market-regulation bureau transfer deposits (行政强制法 Art 47 para 1), so this
            # power records no deposit-transfer-basis (CO-15 transfers deposits under it: CO-MON-104).
            {"matter": "MR-EXE-002", "name": "对逾期不履行行政处罚决定的当事人依法强制执行", "valid_from": "2020-01-01"},
            {"matter": "MR-FOOD-001", "name": "对经营不符合食品安全标准的食品的行政处罚", "valid_from": "2020-01-01"},
            {"matter": "MR-FOOD-002", "name": "对经营超过保质期的食品的行政处罚", "valid_from": "2020-01-01"},
            {"matter": "MR-FOOD-003", "name": "对食品经营者未按规定查验记录进货凭证的行政处罚", "valid_from": "2020-01-01"},
            {"matter": "MR-FOOD-004", "name": "对有证据证明不符合食品安全标准的食品的查封、扣押",
             "valid_from": "2020-01-01", "measures": ["seal_up", "seizure"]},
            {"matter": "MR-INS-001", "name": "食品经营者监督检查（双随机抽查）", "valid_from": "2020-01-01"},
            {"matter": "MR-PROD-001", "name": "对涉嫌不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的查封、扣押",
             "valid_from": "2020-01-01", "measures": ["seal_up", "seizure"]},
        ],
        # 行政处罚裁量基准 (registry 1.2; 行政处罚法 Art 34): the 2025 edition was adopted in June 2025 but
        # published only on 2025-08-01, after PUN-22's decision that applies it (PUB-005).
        "benchmarks": [
            {"id": "MR-DISC", "version": "2022", "title": "《城西县市场监督管理局行政处罚裁量基准》（2022年版，虚构）",
             "published_on": "2022-03-15", "superseded_on": "2025-08-01"},
            {"id": "MR-DISC", "version": "2025", "title": "《城西县市场监督管理局行政处罚裁量基准》（2025年修订版，虚构）",
             "published_on": "2025-08-01"},
        ],
    },
    {
        "id": "B-CX-YJ", "name": "城西县应急管理局", "type": "agency", "territory": "330199",
        "powers": [
            {"matter": "EM-INS-001", "name": "对生产经营单位执行安全生产法律法规和国家标准、行业标准情况的监督检查",
             "valid_from": "2021-09-01"},
            {"matter": "EM-PUN-001", "name": "对生产经营单位未按照规定对从业人员进行安全生产教育和培训的行政处罚",
             "valid_from": "2021-09-01"},
            {"matter": "EM-PUN-002", "name": "对生产经营单位未在有较大危险因素的场所和设施、设备上设置明显的安全警示标志的行政处罚",
             "valid_from": "2021-09-01"},
            {"matter": "EM-PUN-003", "name": "对生产经营单位主要负责人未履行安全生产管理职责的行政处罚",
             "valid_from": "2021-09-01"},
            {"matter": "EM-SEIZ-001", "name": "对违法储存危险物品的作业场所及有关物品的查封、扣押",
             "valid_from": "2021-09-01", "measures": ["seal_up", "seizure"]},
        ],
    },
    {
        "id": "B-CX-ZF", "name": "城西县综合行政执法局", "type": "agency", "territory": "330199",
        "powers": [
            {"matter": "UM-BLD-002", "name": "对在城镇规划区内未取得建设工程规划许可证进行建设的行政处罚",
             "valid_from": "2020-01-01"},
            {"matter": "UM-DEM-001", "name": "对逾期不拆除的违法建筑物、构筑物的强制拆除", "valid_from": "2020-01-01"},
            {"matter": "UM-GARB-001", "name": "对随意倾倒、抛撒、堆放生活垃圾的行政处罚", "valid_from": "2020-01-01"},
            {"matter": "UM-INS-001", "name": "对户外广告设施设置和安全状况的监督检查", "valid_from": "2020-01-01"},
            {"matter": "UM-OBS-001", "name": "对擅自占用城市道路堆放物料逾期不清除的排除妨碍", "valid_from": "2020-01-01"},
            {"matter": "UM-SEIZ-001", "name": "对擅自占用城市道路摆摊经营的物品的扣押", "valid_from": "2020-01-01",
             "measures": ["seizure"]},
            {"matter": "UM-STALL-001", "name": "对擅自占用城市道路摆摊设点的行政处罚", "valid_from": "2020-01-01"},
        ],
    },
    {
        "id": "B-CX-EE", "name": "城西县生态环境局", "type": "agency", "territory": "330199",
        "powers": [
            {"matter": "EE-AIR-001", "name": "对施工工地未采取有效防尘降尘措施的行政处罚", "valid_from": "2020-01-01"},
            {"matter": "EE-INS-001", "name": "对排污单位的现场检查（双随机抽查）", "valid_from": "2020-01-01"},
            {"matter": "EE-SEAL-001", "name": "对违法排放污染物造成或者可能造成严重污染的设施、设备的查封、扣押",
             "valid_from": "2020-01-01", "measures": ["seal_up", "seizure"]},
            {"matter": "EE-WAT-001", "name": "对超过水污染物排放标准排放水污染物的行政处罚", "valid_from": "2020-01-01"},
        ],
        # 重大执法决定法制审核目录清单 (REV-002): fines of 50,000 yuan or more (以上, inclusive) and the
        # heaviest penalty kinds. PUN-03 (60,000 yuan, reviewed only afterwards) is already REV-001's
        # finding, so the catalogue adds nothing there; PUN-12 (exactly 50,000, no trigger of 行政处罚法
        # Art 58) is caught by the catalogue alone.
        "review_items": [
            {"id": "RI-EE-02", "matter": "*", "case_types": ["punishment"], "fine_at_least": "50000",
             "penalties": ["suspension_of_business", "closure", "licence_revocation"],
             "source": "《城西县生态环境局重大执法决定法制审核目录清单》（2024年版，虚构）第2项", "valid_from": "2024-01-01"},
        ],
        # 行政处罚裁量基准 (registry 1.2), applied by PUN-21's decision; published before it.
        "benchmarks": [
            {"id": "EE-DISC", "version": "2024", "title": "《城西县生态环境行政处罚裁量基准》（2024年版，虚构）",
             "published_on": "2024-04-01"},
        ],
    },
    {"id": "B-CX-HT", "name": "城西县河塘镇人民政府", "type": "township", "territory": "330199102",
     "powers": _TOWN_POWERS, "delegations": [_delegation("DL-HT-2023-01")]},
    {"id": "B-CX-QS", "name": "城西县青山镇人民政府", "type": "township", "territory": "330199101",
     "powers": _TOWN_POWERS, "delegations": [_delegation("DL-QS-2023-01")]},
]


def _cert(number: str, holder: str, body: str, field_: str, territory: str = "330199", *,
          kind: str = "enforcement", valid_from: str = "2022-01-01", valid_to: str = "2026-12-31") -> dict[str, Any]:
    return {"number": number, "holder": holder, "body": body, "kind": kind, "fields": [field_],
            "territory": territory, "valid_from": valid_from, "valid_to": valid_to}


CERTIFICATES: list[dict[str, Any]] = [
    _cert("33019921010001", "陈立新", "B-CX-MR", "market_regulation"),
    _cert("33019921010002", "刘晓东", "B-CX-MR", "market_regulation"),
    _cert("33019921010003", "宋佳怡", "B-CX-MR", "market_regulation", valid_from="2023-07-01", valid_to="2028-06-30"),
    _cert("33019921020001", "赵文博", "B-CX-YJ", "emergency_management"),
    _cert("33019921020002", "钱海峰", "B-CX-YJ", "emergency_management"),
    # 冯丽's certificate ran out on 2025-03-31 and was not renewed (INS-03).
    _cert("33019921020003", "冯丽", "B-CX-YJ", "emergency_management", valid_from="2020-04-01", valid_to="2025-03-31"),
    _cert("33019921020004", "田野", "B-CX-YJ", "emergency_management", valid_from="2023-03-01", valid_to="2028-02-29"),
    _cert("33019921030001", "郑宇航", "B-CX-ZF", "urban_management"),
    _cert("33019921030002", "王志强", "B-CX-ZF", "urban_management"),
    _cert("33019921030003", "陆文斌", "B-CX-ZF", "urban_management"),
    _cert("33019921040001", "黄思远", "B-CX-EE", "ecology_environment"),
    _cert("33019921040002", "林晨", "B-CX-EE", "ecology_environment"),
    # 蒋卫东 holds a 行政执法监督证 (supervision), not an enforcement certificate (INS-04).
    _cert("33019921049001", "蒋卫东", "B-CX-EE", "ecology_environment", kind="supervision"),
    _cert("33019921101001", "沈建军", "B-CX-QS", "township", "330199101"),
    _cert("33019921101002", "朱晓燕", "B-CX-QS", "township", "330199101"),
    _cert("33019921102001", "孔令辉", "B-CX-HT", "township", "330199102"),
    _cert("33019921102002", "曹宁", "B-CX-HT", "township", "330199102"),
    # The previous five-year certificates (2017-2021) of officers who were already in post in 2020,
    # for the pre-2021 cases PUN-14 and PUN-15; the current ones above replaced them on 2022-01-01.
    _cert("33019917010001", "陈立新", "B-CX-MR", "market_regulation", valid_from="2017-01-01", valid_to="2021-12-31"),
    _cert("33019917010002", "刘晓东", "B-CX-MR", "market_regulation", valid_from="2017-01-01", valid_to="2021-12-31"),
    _cert("33019917030001", "郑宇航", "B-CX-ZF", "urban_management", valid_from="2017-01-01", valid_to="2021-12-31"),
    _cert("33019917030002", "王志强", "B-CX-ZF", "urban_management", valid_from="2017-01-01", valid_to="2021-12-31"),
]

REVIEWERS: list[dict[str, Any]] = [
    {"id": "RV-EE-01", "name": "罗佳", "body": "B-CX-EE", "legal_qualification": "A20173301990031",
     "qualified_on": "2018-02-01", "first_review": "2018-06-01"},
    {"id": "RV-MR-01", "name": "孙敏", "body": "B-CX-MR", "legal_qualification": "A20163301990001",
     "qualified_on": "2016-12-01", "first_review": "2019-03-01"},
    # first reviewed in 2019 and holds no legal professional qualification (PUN-06)
    {"id": "RV-MR-02", "name": "吴海", "body": "B-CX-MR", "first_review": "2019-05-01"},
    {"id": "RV-QS-01", "name": "谢雨", "body": "B-CX-QS", "legal_qualification": "A20203301990077",
     "qualified_on": "2020-12-01", "first_review": "2021-03-01"},
    # reviewing since 2015: the qualification requirement (from 2018-01-01) does not reach him
    {"id": "RV-YJ-01", "name": "唐振华", "body": "B-CX-YJ", "first_review": "2015-06-01"},
    {"id": "RV-YJ-02", "name": "周静", "body": "B-CX-YJ", "legal_qualification": "A20193301990052",
     "qualified_on": "2019-12-01", "first_review": "2020-03-01"},
    {"id": "RV-ZF-01", "name": "曹晓琳", "body": "B-CX-ZF", "legal_qualification": "A20183301990018",
     "qualified_on": "2018-12-01", "first_review": "2019-01-01"},
]

REGISTRY: dict[str, list[dict[str, Any]]] = {
    "bodies": BODIES, "certificates": CERTIFICATES, "reviewers": REVIEWERS,
}


def _certs_by_holder() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for cert in CERTIFICATES:
        out.setdefault(cert["holder"], []).append(cert)
    return out


#: Each holder's certificates, in registry order (the first is the current one).
_CERTS_BY_HOLDER = _certs_by_holder()


# ====================================================================== builders

#: An expected finding: (rule id, step id, severity) or (rule id, step id, severity, alert), where
#: alert is "yellow" or "red" for an open case's deadline warning (预警) and None otherwise.
Expected = tuple[str, str | None, str] | tuple[str, str | None, str, str | None]
Finding = tuple[str, str | None, str, str | None]


@dataclass
class Sample:
    id: str
    title: str  # Chinese one-line description
    title_en: str
    defects: list[tuple[str, str]]  # (Chinese, English); empty for compliant samples
    expected: list[Expected]
    data: dict[str, Any] = field(default_factory=dict)
    #: documents as PDF: path relative to the dossier folder -> bytes (scripts/pdf_documents.py)
    files: dict[str, bytes] = field(default_factory=dict)
    #: False for a folder of PDFs without dossier.xml (checked from a draft extracted on the fly)
    manifest: bool = True

    @property
    def case(self) -> dict[str, Any]:
        return self.data["case"]  # type: ignore[no-any-return]

    @property
    def findings(self) -> list[Finding]:
        """The expected findings as (rule id, step id, severity, alert), sorted."""
        out: list[Finding] = [(e[0], e[1], e[2], e[3] if len(e) == 4 else None) for e in self.expected]
        return sorted(out, key=lambda f: (f[0], f[1] or "", f[2], f[3] or ""))


def _certificate_of(name: str, on: str | None) -> str | None:
    """The number of ``name``'s certificate valid on ``on`` (ISO date), or of the current one."""
    certs = _CERTS_BY_HOLDER.get(name, [])
    if on is not None:
        certs = [c for c in certs if c["valid_from"] <= on <= c["valid_to"]]
    return certs[0]["number"] if certs else None


def officers(*spec: tuple[str, str, str] | tuple[str, str, str, str], on: str | None = None) -> list[dict[str, Any]]:
    """(officer id, name, role[, reviewer id]): certificate numbers come from the registry (the
    certificate valid on ``on`` when given, else the holder's current one)."""
    out = []
    for item in spec:
        oid, name, role = item[0], item[1], item[2]
        entry: dict[str, Any] = {"id": oid, "name": name, "role": role}
        number = _certificate_of(name, on) if role in ("lead", "assisting") else None
        if number is not None:
            entry["certificate"] = number
        if len(item) == 4:
            entry["reviewer"] = item[3]
        out.append(entry)
    return out


def recs(*ids: str) -> list[dict[str, str]]:
    return [{"av": i} if i.startswith("AV") else {"document": i} for i in ids]


def st(sid: str, kind: str, date: str, *records: str, **extra: Any) -> dict[str, Any]:
    """An office step (dated, no on-site facts)."""
    out: dict[str, Any] = {"id": sid, "kind": kind, "date": date}
    out.update(extra)
    if records:
        out["records"] = recs(*records)
    return out


def on_site(sid: str, kind: str, start: str, end: str, *records: str, team: tuple[str, ...] = ("O1", "O2"),
            **extra: Any) -> dict[str, Any]:
    """An on-site step: officers present, certificates shown, party present and signing (override via extra)."""
    out: dict[str, Any] = {"id": sid, "kind": kind, "start": start, "end": end, "officers": list(team),
                           "certificates_shown": True, "party_present": True, "party_signed": True}
    out.update(extra)
    out["records"] = recs(*records)
    return out


def docs(*items: tuple[str, str, str]) -> list[dict[str, Any]]:
    return [{"id": i, "kind": k, "title": t} for i, k, t in items]


def av(dossier_id: str, av_id: str, duration: str, start: str | None = None, end: str | None = None) -> dict[str, Any]:
    digest = hashlib.sha256(f"enforcement-audit sample {dossier_id} {av_id}".encode()).hexdigest()
    out: dict[str, Any] = {"id": av_id, "sha256": digest, "duration": duration}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    return out


def case(number: str, case_type: str, sector: str, region: str, matter: tuple[str, str], body: str,
         party: dict[str, Any], *, status: str = "closed", capacity: str = "own", principal: str | None = None,
         violation: dict[str, Any] | None = None, flags: dict[str, bool] | None = None,
         procedure: str = "general") -> dict[str, Any]:
    acting: dict[str, Any] = {"id": body, "capacity": capacity}
    if principal:
        acting["principal"] = principal
    out: dict[str, Any] = {
        "number": number, "type": case_type, "procedure": procedure, "status": status, "sector": sector,
        "region": region, "matter": {"code": matter[0], "name": matter[1]}, "acting_body": acting,
    }
    if violation:
        out["violation"] = violation
    if flags:
        out["flags"] = flags
    out["party"] = party
    return out


def org(name: str, credit_code: str) -> dict[str, Any]:
    return {"kind": "organisation", "name": name, "credit_code": credit_code}


def person(name: str, id_number: str) -> dict[str, Any]:
    assert len(id_number) == 18 and id_number.startswith("330199"), id_number
    return {"kind": "individual", "name": name, "id_number": id_number}


def dossier(did: str, case_: dict[str, Any], team: list[dict[str, Any]], steps: list[dict[str, Any]],
            documents: list[dict[str, Any]], av_records: list[dict[str, Any]] | None = None,
            measures: list[dict[str, Any]] | None = None, inspection: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": did, "schema_version": "1.0", "case": case_, "officers": team, "steps": steps,
                           "documents": documents}
    if av_records:
        out["av_records"] = av_records
    if measures:
        out["measures"] = measures
    if inspection:
        out["inspection"] = inspection
    return out


E, W = "error", "warning"
YELLOW, RED = "yellow", "red"

# ====================================================================== punishment (行政处罚)


def pun_01() -> Sample:
    did = "PUN-01-food-fine"
    d = dossier(
        did,
        case("城西市监罚〔2025〕3号", "punishment", "market_regulation", "330199",
             ("MR-FOOD-001", "对经营不符合食品安全标准的食品的行政处罚"), "B-CX-MR",
             org("城西县某某副食品商行", "923301990000000011"),
             violation={"start": "2024-12-20", "end": "2025-01-02"}),
        officers(("O1", "陈立新", "lead"), ("O2", "刘晓东", "assisting"), ("O3", "孙敏", "legal_reviewer", "RV-MR-01"),
                 ("O9", "周建国", "agency_head")),
        [
            st("S01", "discovery", "2025-01-02", note="县级食品安全监督抽检：散装腌腊肉制品亚硝酸盐检出值超标（报告编号虚构）"),
            st("S02", "filing", "2025-01-06", "D01", approved_by="O9", approved_on="2025-01-06"),
            on_site("S03", "inspection", "2025-01-07T09:30:00", "2025-01-07T10:40:00", "D02", "AV01"),
            on_site("S04", "inquiry", "2025-01-08T14:00:00", "2025-01-08T15:10:00", "D03"),
            st("S05", "investigation_report", "2025-01-13", "D04"),
            st("S06", "legal_review", "2025-01-14", "D05", reviewer="O3", outcome="passed"),
            st("S07", "advance_notice", "2025-01-15", "D06", rights=["statement", "defence"]),
            st("S08", "service", "2025-01-15", "D07", of="S07", method="direct"),
            st("S09", "statement_and_defence", "2025-01-17", "D08", note="当事人书面陈述，经复核不予采纳"),
            st("S10", "decision", "2025-01-24", "D09", approved_by="O9", approved_on="2025-01-24",
               penalties=[{"kind": "fine", "amount": "30000"}, {"kind": "confiscation_of_gains", "amount": "860"}]),
            # Spring Festival 2025-01-28..02-04; Sunday 01-26 and Saturday 02-08 are make-up working days:
            # the post delivered the decision on Saturday 02-08 (6th working day after 01-24) and the
            # decision was published on 02-10, the 7th and last working day of the disclosure period.
            st("S11", "service", "2025-02-08", "D10", of="S10", method="post"),
            st("S12", "disclosure", "2025-02-10", where="国家企业信用信息公示系统"),
            st("S13", "payment", "2025-02-20"),
            st("S14", "closing", "2025-02-27", "D11"),
            st("S15", "archiving", "2025-03-05"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场检查笔录"),
             ("D03", "inquiry_record", "询问笔录"), ("D04", "investigation_report", "案件调查终结报告"),
             ("D05", "legal_review_opinion", "法制审核意见书"), ("D06", "advance_notice", "行政处罚告知书"),
             ("D07", "proof_of_service", "送达回证（告知书）"), ("D08", "statement_record", "陈述申辩书及复核意见"),
             ("D09", "punishment_decision", "行政处罚决定书"), ("D10", "proof_of_service", "邮寄送达回执（决定书）"),
             ("D11", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT1H10M", "2025-01-07T09:28:00", "2025-01-07T10:41:00")],
    )
    return Sample(did, "市场监管：经营不符合食品安全标准的腌腊肉制品，罚款3万元；送达和公示跨春节",
                  "Market regulation: fine for unsafe cured meat; service and disclosure deadlines span the 2025 Spring Festival",
                  [], [], d)


def pun_02() -> Sample:
    did = "PUN-02-safety-training-ok"
    d = dossier(
        did,
        case("城西应急罚〔2024〕17号", "punishment", "emergency_management", "330199102",
             ("EM-PUN-001", "对生产经营单位未按照规定对从业人员进行安全生产教育和培训的行政处罚"), "B-CX-YJ",
             org("城西县某某五金制品有限公司", "913301990000000021"),
             violation={"start": "2024-03-01", "end": "2024-08-20", "continuing": False},
             flags={"complex": True}),
        officers(("O1", "赵文博", "lead"), ("O2", "钱海峰", "assisting"), ("O3", "唐振华", "legal_reviewer", "RV-YJ-01"),
                 ("O8", "邓晓峰", "agency_head"), ("O9", "杨振华", "agency_head")),
        [
            st("S01", "discovery", "2024-08-20", note="日常执法检查发现新入职冲压工未经安全培训即上岗"),
            st("S02", "filing", "2024-08-22", "D01", approved_by="O9", approved_on="2024-08-22"),
            on_site("S03", "inspection", "2024-08-23T09:00:00", "2024-08-23T11:20:00", "D02", "AV01"),
            on_site("S04", "inquiry", "2024-08-27T09:30:00", "2024-08-27T10:45:00", "D03"),
            on_site("S05", "inquiry", "2024-08-29T14:30:00", "2024-08-29T15:20:00", "D04"),
            st("S06", "investigation_report", "2024-09-10", "D05"),
            st("S07", "legal_review", "2024-09-12", "D06", reviewer="O3", outcome="passed"),
            st("S08", "collective_deliberation", "2024-09-19", "D07", attendees=["O8", "O9"]),
            st("S09", "advance_notice", "2024-09-23", "D08", rights=["statement", "defence"]),
            st("S10", "service", "2024-09-24", "D09", of="S09", method="direct"),
            # No statement was made. The 5-working-day window ends on 2024-09-30 (Sunday 09-29 is a
            # make-up working day); the decision comes after the National Day holiday.
            st("S11", "decision", "2024-10-08", "D10", approved_by="O9", approved_on="2024-10-08",
               penalties=[{"kind": "fine", "amount": "45000"}]),
            st("S12", "service", "2024-10-09", "D11", of="S11", method="direct"),
            st("S13", "disclosure", "2024-10-15", where=_POSTED),
            st("S14", "payment", "2024-10-21"),
            st("S15", "closing", "2024-10-28", "D12"),
            st("S16", "archiving", "2024-11-05"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场检查记录"),
             ("D03", "inquiry_record", "询问笔录（安全管理负责人）"), ("D04", "inquiry_record", "询问笔录（从业人员）"),
             ("D05", "investigation_report", "案件调查终结报告"), ("D06", "legal_review_opinion", "法制审核意见书"),
             ("D07", "collective_deliberation_minutes", "重大案件集体讨论记录"),
             ("D08", "advance_notice", "行政处罚告知书"), ("D09", "proof_of_service", "送达回执（告知书）"),
             ("D10", "punishment_decision", "行政处罚决定书"), ("D11", "proof_of_service", "送达回执（决定书）"),
             ("D12", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT2H20M")],
    )
    return Sample(did, "应急管理：未按规定对从业人员进行安全培训，罚款4.5万元；复杂案件经法制审核和集体讨论，期限跨国庆",
                  "Emergency management: fine for missing safety training; complex case with legal review then collective deliberation; periods span National Day 2024",
                  [], [], d)


def pun_03() -> Sample:
    did = "PUN-03-dust-review-after-decision"
    d = dossier(
        did,
        case("城西环罚〔2025〕9号", "punishment", "ecology_environment", "330199",
             ("EE-AIR-001", "对施工工地未采取有效防尘降尘措施的行政处罚"), "B-CX-EE",
             org("城西县某某建材有限公司", "913301990000000031"),
             violation={"start": "2025-03-10"}, flags={"review_required_by_law": True}),
        officers(("O1", "黄思远", "lead"), ("O2", "林晨", "assisting"), ("O3", "罗佳", "legal_reviewer", "RV-EE-01"),
                 ("O9", "梁国栋", "agency_head")),
        [
            st("S01", "discovery", "2025-03-10", note="扬尘在线监测报警，巡查发现砂石料堆场未覆盖"),
            st("S02", "filing", "2025-03-11", "D01", approved_by="O9", approved_on="2025-03-11"),
            on_site("S03", "inspection", "2025-03-11T10:00:00", "2025-03-11T11:00:00", "D02", "AV01"),
            on_site("S04", "inquiry", "2025-03-13T09:30:00", "2025-03-13T10:30:00", "D03"),
            st("S05", "investigation_report", "2025-03-24", "D04"),
            st("S06", "advance_notice", "2025-03-26", "D05", rights=["statement", "defence"]),
            st("S07", "service", "2025-03-27", "D06", of="S06", method="direct"),
            st("S08", "statement_and_defence", "2025-03-31", "D07"),
            st("S09", "decision", "2025-04-08", "D08", approved_by="O9", approved_on="2025-04-08",
               penalties=[{"kind": "fine", "amount": "60000"}]),
            st("S10", "service", "2025-04-09", "D09", of="S09", method="direct"),
            # DEFECT: the review the organ's catalogue requires (fines of 50,000 yuan or more) is signed
            # two days after the decision, i.e. filled in afterwards (事后补审).
            st("S11", "legal_review", "2025-04-10", "D10", reviewer="O3", outcome="passed"),
            st("S12", "disclosure", "2025-04-15", where=_POSTED),
            st("S13", "payment", "2025-04-22"),
            st("S14", "closing", "2025-04-30", "D11"),
            st("S15", "archiving", "2025-05-09"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场检查（勘察）笔录"),
             ("D03", "inquiry_record", "调查询问笔录"), ("D04", "investigation_report", "案件调查报告"),
             ("D05", "advance_notice", "行政处罚事先告知书"), ("D06", "proof_of_service", "送达回证（告知书）"),
             ("D07", "statement_record", "陈述申辩笔录"), ("D08", "punishment_decision", "行政处罚决定书"),
             ("D09", "proof_of_service", "送达回证（决定书）"), ("D10", "legal_review_opinion", "重大执法决定法制审核意见书"),
             ("D11", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT1H")],
    )
    return Sample(did, "生态环境：工地扬尘罚款6万元；法制审核意见书日期晚于处罚决定",
                  "Ecology and environment: dust fine of 60,000 yuan; the legal review is dated after the decision",
                  [("法制审核在处罚决定作出之后（事后补审）", "legal review dated after the decision (filled in afterwards)")],
                  [("REC-101", "S09", E), ("REV-001", "S09", E), ("REV-003", "S11", E)], d)


def pun_04() -> Sample:
    did = "PUN-04-township-outside-delegation"
    d = dossier(
        did,
        case("青山镇罚〔2025〕2号", "punishment", "township", "330199101",
             ("UM-BLD-002", "对在城镇规划区内未取得建设工程规划许可证进行建设的行政处罚"), "B-CX-QS",
             person("张某某", "330199197803150011"), capacity="delegated", principal="B-CX-ZF",
             violation={"start": "2025-03-28", "end": "2025-04-21"}),
        officers(("O1", "沈建军", "lead"), ("O2", "朱晓燕", "assisting"), ("O3", "谢雨", "legal_reviewer", "RV-QS-01"),
                 ("O9", "袁立平", "agency_head")),
        [
            st("S01", "discovery", "2025-04-21", note="网格员巡查上报：镇区临街住宅违法加建二层彩钢房"),
            st("S02", "filing", "2025-04-23", "D01", approved_by="O9", approved_on="2025-04-23"),
            on_site("S03", "inspection", "2025-04-24T09:00:00", "2025-04-24T10:10:00", "D02", "AV01"),
            on_site("S04", "inquiry", "2025-04-25T15:00:00", "2025-04-25T15:50:00", "D03"),
            st("S05", "investigation_report", "2025-05-09", "D04"),
            st("S06", "legal_review", "2025-05-12", "D05", reviewer="O3", outcome="passed"),
            st("S07", "advance_notice", "2025-05-13", "D06", rights=["statement", "defence"]),
            st("S08", "service", "2025-05-13", "D07", of="S07", method="direct"),
            st("S09", "decision", "2025-05-22", "D08", approved_by="O9", approved_on="2025-05-22",
               penalties=[{"kind": "fine", "amount": "8000"}]),
            st("S10", "service", "2025-05-22", "D09", of="S09", method="direct"),
            st("S11", "disclosure", "2025-05-29", where=_POSTED),
            st("S12", "payment", "2025-06-05"),
            st("S13", "closing", "2025-06-10", "D10"),
            st("S14", "archiving", "2025-06-13"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场勘验笔录"),
             ("D03", "inquiry_record", "询问笔录"), ("D04", "investigation_report", "案件调查终结报告"),
             ("D05", "legal_review_opinion", "法制审核意见书"), ("D06", "advance_notice", "行政处罚告知书"),
             ("D07", "proof_of_service", "送达回证（告知书）"), ("D08", "punishment_decision", "行政处罚决定书"),
             ("D09", "proof_of_service", "送达回证（决定书）"), ("D10", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT1H10M")],
    )
    return Sample(did, "青山镇：对城镇违法建设罚款8000元；该事项不在赋权清单内（只赋予了垃圾、占道摆摊两项）",
                  "Township Qingshan: fine for an unpermitted building, a matter not in the township's delegation",
                  [("乡镇超越赋权范围执法：事项不在省级赋权决定和县级赋权清单内",
                    "township acts outside its delegated powers: the matter is not in its delegation")],
                  [("SUBJ-005", None, E)], d)


def pun_05() -> Sample:
    did = "PUN-05-safety-one-officer-late-service"
    d = dossier(
        did,
        case("城西应急罚〔2025〕23号", "punishment", "emergency_management", "330199",
             ("EM-PUN-002", "对生产经营单位未在有较大危险因素的场所和设施、设备上设置明显的安全警示标志的行政处罚"),
             "B-CX-YJ", org("城西县某某物流有限公司", "913301990000000041"),
             violation={"start": "2025-08-28"}),
        officers(("O1", "赵文博", "lead"), ("O2", "田野", "assisting"), ("O3", "周静", "legal_reviewer", "RV-YJ-02"),
                 ("O9", "杨振华", "agency_head")),
        [
            st("S01", "discovery", "2025-08-28", note="群众举报：仓库叉车作业区和液化气储存间无安全警示标志"),
            st("S02", "filing", "2025-09-01", "D01", approved_by="O9", approved_on="2025-09-01"),
            # DEFECT: only one officer did the on-site inspection.
            on_site("S03", "inspection", "2025-09-02T09:30:00", "2025-09-02T10:30:00", "D02", "AV01", team=("O1",)),
            on_site("S04", "inquiry", "2025-09-03T14:00:00", "2025-09-03T15:00:00", "D03"),
            st("S05", "investigation_report", "2025-09-12", "D04"),
            st("S06", "legal_review", "2025-09-15", "D05", reviewer="O3", outcome="passed"),
            st("S07", "advance_notice", "2025-09-16", "D06", rights=["statement", "defence"]),
            st("S08", "service", "2025-09-16", "D07", of="S07", method="direct"),
            st("S09", "statement_and_defence", "2025-09-18", "D08"),
            st("S10", "decision", "2025-09-26", "D09", approved_by="O9", approved_on="2025-09-26",
               penalties=[{"kind": "fine", "amount": "20000"}]),
            st("S11", "disclosure", "2025-09-30", where=_POSTED),
            # DEFECT: 7 working days after 2025-09-26 end on 2025-10-13 (Sunday 09-28 and Saturday 10-11
            # are make-up working days, 10-01..10-08 a holiday); the decision was served on 10-14.
            st("S12", "service", "2025-10-14", "D10", of="S10", method="post"),
            st("S13", "payment", "2025-10-24"),
            st("S14", "closing", "2025-11-03", "D11"),
            st("S15", "archiving", "2025-11-10"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场检查记录"),
             ("D03", "inquiry_record", "询问笔录"), ("D04", "investigation_report", "案件调查终结报告"),
             ("D05", "legal_review_opinion", "法制审核意见书"), ("D06", "advance_notice", "行政处罚告知书"),
             ("D07", "proof_of_service", "送达回执（告知书）"), ("D08", "statement_record", "陈述申辩书"),
             ("D09", "punishment_decision", "行政处罚决定书"), ("D10", "proof_of_service", "邮寄送达回执（决定书）"),
             ("D11", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT1H")],
    )
    return Sample(did, "应急管理：未设置安全警示标志，罚款2万元；现场检查仅1名执法人员，决定书国庆后逾期送达",
                  "Emergency management: fine for missing safety signs; on-site inspection by one officer; decision served one working day late after National Day",
                  [("现场检查只有1名执法人员", "on-site inspection by a single officer"),
                   ("处罚决定书送达超过7个工作日（国庆假期后第8个工作日才送达）",
                    "decision served after 7 working days (8th working day, across National Day 2025)")],
                  [("CERT-002", "S03", E), ("PUN-SERVE-001", "S12", E)], d)


def pun_06() -> Sample:
    did = "PUN-06-expired-food-unqualified-reviewer"
    d = dossier(
        did,
        case("城西市监罚〔2025〕41号", "punishment", "market_regulation", "330199",
             ("MR-FOOD-002", "对经营超过保质期的食品的行政处罚"), "B-CX-MR",
             org("城西县某某餐饮管理有限公司", "913301990000000051"),
             violation={"start": "2025-05-01", "end": "2025-06-11"},
             flags={"major_rights": True, "hearing_requested": True, "hearing_held": True}),
        officers(("O1", "刘晓东", "lead"), ("O2", "宋佳怡", "assisting"), ("O3", "吴海", "legal_reviewer", "RV-MR-02"),
                 ("O9", "周建国", "agency_head")),
        [
            st("S01", "discovery", "2025-06-09", note="12315投诉：后厨使用超过保质期的乳制品原料"),
            st("S02", "filing", "2025-06-10", "D01", approved_by="O9", approved_on="2025-06-10"),
            on_site("S03", "inspection", "2025-06-11T10:00:00", "2025-06-11T11:40:00", "D02", "AV01"),
            on_site("S04", "inquiry", "2025-06-12T09:00:00", "2025-06-12T10:20:00", "D03"),
            st("S05", "investigation_report", "2025-07-01", "D04"),
            st("S06", "advance_notice", "2025-07-03", "D05", rights=["statement", "defence", "hearing"]),
            st("S07", "service", "2025-07-03", "D06", of="S06", method="direct"),
            st("S08", "hearing_request", "2025-07-07", "D07"),
            st("S09", "hearing_notice", "2025-07-09", "D08"),
            st("S10", "service", "2025-07-09", "D09", of="S09", method="direct"),
            # The party checked and signed the hearing transcript (PUN-HEAR-008 asks for party-signed).
            st("S11", "hearing", "2025-07-21", "D10", "AV02", party_signed=True,
               note="听证主持人由法规科指定，非本案调查人员"),
            # DEFECT: the reviewer began reviewing in 2019 and holds no legal professional qualification.
            st("S12", "legal_review", "2025-07-28", "D11", reviewer="O3", outcome="passed"),
            st("S13", "decision", "2025-08-04", "D12", approved_by="O9", approved_on="2025-08-04",
               penalties=[{"kind": "fine", "amount": "150000"}, {"kind": "confiscation_of_gains", "amount": "6400"}]),
            st("S14", "service", "2025-08-05", "D13", of="S13", method="direct"),
            st("S15", "disclosure", "2025-08-08", where="国家企业信用信息公示系统"),
            st("S16", "payment", "2025-08-18"),
            st("S17", "closing", "2025-08-25", "D14"),
            st("S18", "archiving", "2025-09-01"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场笔录"),
             ("D03", "inquiry_record", "询问笔录"), ("D04", "investigation_report", "案件调查终结报告"),
             ("D05", "advance_notice", "行政处罚告知书（含听证权利）"), ("D06", "proof_of_service", "送达回证（告知书）"),
             ("D07", "hearing_request", "听证申请书"), ("D08", "hearing_notice", "行政处罚听证通知书"),
             ("D09", "proof_of_service", "送达回证（听证通知书）"), ("D10", "hearing_record", "听证笔录及听证报告"),
             ("D11", "legal_review_opinion", "法制审核意见书"), ("D12", "punishment_decision", "行政处罚决定书"),
             ("D13", "proof_of_service", "送达回证（决定书）"), ("D14", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT1H40M"), av(did, "AV02", "PT2H15M")],
    )
    return Sample(did, "市场监管：经营超过保质期食品，罚款15万元，经听证；法制审核人员2019年起从事审核但无法律职业资格",
                  "Market regulation: 150,000 yuan fine after a hearing; the legal reviewer started in 2019 without the legal professional qualification",
                  [("法制审核人员不具备法律职业资格（2018年后初次从事审核）",
                    "legal reviewer without the legal professional qualification (first review after 2018)")],
                  [("REV-009", "S12", E)], d)


def pun_07() -> Sample:
    did = "PUN-07-water-open"
    d = dossier(
        did,
        case("城西环罚〔2026〕5号", "punishment", "ecology_environment", "330199101",
             ("EE-WAT-001", "对超过水污染物排放标准排放水污染物的行政处罚"), "B-CX-EE",
             org("城西县某某印染有限公司", "913301990000000061"), status="open",
             violation={"start": "2026-05-16", "end": "2026-05-18"}),
        officers(("O1", "林晨", "lead"), ("O2", "黄思远", "assisting"), ("O9", "梁国栋", "agency_head")),
        [
            st("S01", "discovery", "2026-05-18", note="重点排污单位自动监测数据化学需氧量连续超标"),
            st("S02", "filing", "2026-05-20", "D01", approved_by="O9", approved_on="2026-05-20"),
            on_site("S03", "inspection", "2026-05-21T09:00:00", "2026-05-21T11:30:00", "D02", "D03", "AV01",
                    note="现场采样，送检测机构"),
            on_site("S04", "inquiry", "2026-05-27T14:00:00", "2026-05-27T15:10:00", "D04"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场检查（勘察）笔录"),
             ("D03", "sampling_record", "采样记录单"), ("D04", "inquiry_record", "调查询问笔录")),
        [av(did, "AV01", "PT2H30M")],
    )
    return Sample(did, "生态环境：超标排放水污染物，调查中（未结，等待检测报告）",
                  "Ecology and environment: excess water discharge, investigation still open (awaiting lab results)",
                  [], [], d)


def pun_08() -> Sample:
    did = "PUN-08-township-garbage-early-decision"
    d = dossier(
        did,
        case("河塘镇罚〔2024〕6号", "punishment", "township", "330199102",
             ("UM-GARB-001", "对随意倾倒、抛撒、堆放生活垃圾的行政处罚"), "B-CX-HT",
             person("李某某", "330199196907220023"), capacity="delegated", principal="B-CX-ZF",
             violation={"start": "2024-03-25"}),
        officers(("O1", "孔令辉", "lead"), ("O2", "曹宁", "assisting"), ("O9", "吕志明", "agency_head")),
        [
            st("S01", "discovery", "2024-03-25", note="村民反映：河塘村沿河空地被倾倒生活垃圾"),
            st("S02", "filing", "2024-03-26", "D01", approved_by="O9", approved_on="2024-03-26"),
            on_site("S03", "inspection", "2024-03-26T15:00:00", "2024-03-26T15:40:00", "D02", "AV01"),
            on_site("S04", "inquiry", "2024-03-27T09:00:00", "2024-03-27T09:40:00", "D03"),
            st("S05", "investigation_report", "2024-03-29", "D04"),
            st("S06", "advance_notice", "2024-04-01", "D05", rights=["statement", "defence"]),
            st("S07", "service", "2024-04-01", "D06", of="S06", method="direct"),
            # DEFECT: the 5-working-day statement window runs to 2024-04-09 (Qingming 04-04..06, Sunday
            # 04-07 a make-up working day); no statement, no waiver, yet the decision is dated 04-08.
            st("S08", "decision", "2024-04-08", "D07", approved_by="O9", approved_on="2024-04-08",
               penalties=[{"kind": "fine", "amount": "300"}],
               note="罚款300元，超过简易程序对公民200元的上限，适用普通程序"),
            st("S09", "service", "2024-04-08", "D08", of="S08", method="direct"),
            st("S10", "disclosure", "2024-04-15", where=_POSTED),
            st("S11", "payment", "2024-04-12"),
            st("S12", "closing", "2024-04-18", "D09"),
            st("S13", "archiving", "2024-04-25"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场检查笔录"),
             ("D03", "inquiry_record", "询问笔录"), ("D04", "investigation_report", "案件调查终结报告"),
             ("D05", "advance_notice", "行政处罚告知书"), ("D06", "proof_of_service", "送达回证（告知书）"),
             ("D07", "punishment_decision", "行政处罚决定书"), ("D08", "proof_of_service", "送达回证（决定书）"),
             ("D09", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT40M")],
    )
    return Sample(did, "河塘镇（赋权事项）：随意倾倒生活垃圾，罚款300元；陈述申辩期未满即作出处罚决定",
                  "Township Hetang (delegated matter): 300 yuan fine for dumping household waste; decided before the statement window closed",
                  [("告知后陈述申辩期（5个工作日，跨清明）未届满即作出处罚决定",
                    "decision made before the 5-working-day statement window closed (window spans Qingming 2024)")],
                  [("PUN-NOTICE-002", "S08", W)], d)


def pun_09() -> Sample:
    did = "PUN-09-records-decision-overdue"
    d = dossier(
        did,
        case("城西市监罚〔2025〕2号", "punishment", "market_regulation", "330199",
             ("MR-FOOD-003", "对食品经营者未按规定查验记录进货凭证的行政处罚"), "B-CX-MR",
             person("王某某", "330199198204160032"),
             violation={"start": "2024-07-01", "end": "2024-10-30"}),
        officers(("O1", "宋佳怡", "lead"), ("O2", "陈立新", "assisting"), ("O3", "孙敏", "legal_reviewer", "RV-MR-01"),
                 ("O9", "周建国", "agency_head")),
        [
            st("S01", "discovery", "2024-10-30", note="专项检查：个体食杂店无进货查验记录"),
            st("S02", "filing", "2024-11-04", "D01", approved_by="O9", approved_on="2024-11-04"),
            on_site("S03", "inspection", "2024-11-05T10:00:00", "2024-11-05T10:50:00", "D02", "AV01"),
            on_site("S04", "inquiry", "2024-11-07T15:00:00", "2024-11-07T15:45:00", "D03"),
            st("S05", "investigation_report", "2025-01-10", "D04"),
            st("S06", "legal_review", "2025-01-14", "D05", reviewer="O3", outcome="passed"),
            st("S07", "advance_notice", "2025-01-16", "D06", rights=["statement", "defence"]),
            st("S08", "service", "2025-01-16", "D07", of="S07", method="direct"),
            st("S09", "statement_and_defence", "2025-01-20", "D08"),
            # DEFECT: 90 days after filing end on Sunday 2025-02-02, inside the Spring Festival holiday, so
            # the period runs to 2025-02-05; the decision is dated 02-06 and no extension was approved.
            st("S10", "decision", "2025-02-06", "D09", approved_by="O9", approved_on="2025-02-06",
               penalties=[{"kind": "fine", "amount": "5000"}]),
            st("S11", "service", "2025-02-06", "D10", of="S10", method="direct"),
            # DEFECT: 7 working days after 02-06 end on 2025-02-14 (Saturday 02-08 a make-up working day);
            # published on 02-18.
            st("S12", "disclosure", "2025-02-18", where="国家企业信用信息公示系统"),
            st("S13", "payment", "2025-02-18"),
            st("S14", "closing", "2025-02-24", "D11"),
            st("S15", "archiving", "2025-03-03"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场笔录"),
             ("D03", "inquiry_record", "询问笔录"), ("D04", "investigation_report", "案件调查终结报告"),
             ("D05", "legal_review_opinion", "法制审核意见书"), ("D06", "advance_notice", "行政处罚告知书"),
             ("D07", "proof_of_service", "送达回证（告知书）"), ("D08", "statement_record", "陈述申辩笔录"),
             ("D09", "punishment_decision", "行政处罚决定书"), ("D10", "proof_of_service", "送达回证（决定书）"),
             ("D11", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT50M")],
    )
    return Sample(did, "市场监管：个体经营者未查验进货凭证，罚款5000元；立案后第94日才作出决定，未批准延期；公示逾期",
                  "Market regulation: 5,000 yuan fine on a sole trader; decided on day 94 after filing without an approved extension; published late",
                  [("超过90日办案期限作出处罚决定（期限末日落在春节假期，顺延至2025-02-05，决定日为02-06）",
                    "decision after the 90-day period (its last day falls in the Spring Festival and moves to 2025-02-05; decided 02-06)"),
                   ("处罚决定超过7个工作日才公示", "decision published after 7 working days")],
                  [("PUB-007", "S12", W), ("PUN-DEC-001", "S10", E)], d)


def pun_10() -> Sample:
    did = "PUN-10-safety-open-overdue"
    d = dossier(
        did,
        case("城西应急罚〔2025〕31号", "punishment", "emergency_management", "330199",
             ("EM-PUN-003", "对生产经营单位主要负责人未履行安全生产管理职责的行政处罚"), "B-CX-YJ",
             person("钱某某", "330199197506180045"), status="open",
             violation={"start": "2025-01-01", "end": "2025-12-08"}),
        officers(("O1", "钱海峰", "lead"), ("O2", "田野", "assisting"), ("O9", "杨振华", "agency_head")),
        [
            st("S01", "discovery", "2025-12-08", note="事故调查发现：某某机械厂主要负责人未组织制定安全生产规章制度"),
            st("S02", "filing", "2025-12-10", "D01", approved_by="O9", approved_on="2025-12-10"),
            on_site("S03", "inspection", "2025-12-11T09:00:00", "2025-12-11T10:30:00", "D02", "AV01"),
            on_site("S04", "inquiry", "2025-12-16T14:00:00", "2025-12-16T15:20:00", "D03"),
            # DEFECT: still open on 2026-06-30 with no decision; the 90-day period ended on 2026-03-10
            # and no extension was approved.
            st("S05", "investigation_report", "2026-01-20", "D04", note="待核实当事人上一年度年收入"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场检查记录"),
             ("D03", "inquiry_record", "询问笔录"), ("D04", "investigation_report", "案件调查终结报告")),
        [av(did, "AV01", "PT1H30M")],
    )
    return Sample(did, "应急管理：企业主要负责人未履行安全生产管理职责，立案后逾期未作决定（未结）",
                  "Emergency management: case against a company head, still open long after the 90-day decision period",
                  [("未结案件超过90日办案期限仍未作出决定，也无延期审批",
                    "open case past the 90-day decision period with no decision and no approved extension")],
                  # open case: the overdue decision period is reported as a red alert (红色预警)
                  [("PUN-DEC-001", None, E, RED)], d)


def pun_11() -> Sample:
    did = "PUN-11-top-fine-no-hearing-right"
    d = dossier(
        did,
        case("城西市监罚〔2025〕58号", "punishment", "market_regulation", "330199",
             ("MR-FOOD-001", "对经营不符合食品安全标准的食品的行政处罚"), "B-CX-MR",
             org("城西县某某农产品批发有限公司", "913301990000000211"),
             violation={"start": "2025-09-15", "end": "2025-10-20"}),
        officers(("O1", "刘晓东", "lead"), ("O2", "陈立新", "assisting"), ("O3", "孙敏", "legal_reviewer", "RV-MR-01"),
                 ("O9", "周建国", "agency_head")),
        [
            st("S01", "discovery", "2025-10-20", note="监督抽检：批发的豇豆农药残留（灭蝇胺）超标"),
            st("S02", "filing", "2025-10-22", "D01", approved_by="O9", approved_on="2025-10-22"),
            on_site("S03", "inspection", "2025-10-23T09:00:00", "2025-10-23T10:30:00", "D02", "AV01"),
            on_site("S04", "inquiry", "2025-10-28T14:00:00", "2025-10-28T15:30:00", "D03"),
            st("S05", "investigation_report", "2025-11-14", "D04"),
            st("S06", "legal_review", "2025-11-18", "D05", reviewer="O3", outcome="passed"),
            # DEFECT: a fine of 100,000 yuan on an organisation reaches the hearing threshold (以上, inclusive),
            # but the notice offers only statement and defence.
            st("S07", "advance_notice", "2025-11-20", "D06", rights=["statement", "defence"]),
            st("S08", "service", "2025-11-20", "D07", of="S07", method="direct"),
            st("S09", "statement_and_defence", "2025-11-24", "D08"),
            st("S10", "decision", "2025-12-03", "D09", approved_by="O9", approved_on="2025-12-03",
               penalties=[{"kind": "fine", "amount": "100000"}, {"kind": "confiscation_of_gains", "amount": "3150"}]),
            st("S11", "service", "2025-12-04", "D10", of="S10", method="direct"),
            st("S12", "disclosure", "2025-12-10", where="国家企业信用信息公示系统"),
            st("S13", "payment", "2025-12-15"),
            st("S14", "closing", "2025-12-22", "D11"),
            st("S15", "archiving", "2025-12-29"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场笔录"),
             ("D03", "inquiry_record", "询问笔录"), ("D04", "investigation_report", "案件调查终结报告"),
             ("D05", "legal_review_opinion", "法制审核意见书"), ("D06", "advance_notice", "行政处罚告知书"),
             ("D07", "proof_of_service", "送达回证（告知书）"), ("D08", "statement_record", "陈述申辩笔录"),
             ("D09", "punishment_decision", "行政处罚决定书"), ("D10", "proof_of_service", "送达回证（决定书）"),
             ("D11", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT1H30M")],
    )
    return Sample(did, "市场监管：批发农残超标豇豆，对企业罚款10万元；告知书未告知听证权利",
                  "Market regulation: 100,000 yuan fine on a wholesaler; the notice does not offer a hearing",
                  [("罚款达到较大数额（法人10万元以上，含本数），告知书未告知听证权利",
                    "fine reaches the hearing threshold (100,000 yuan for organisations, inclusive) but no hearing right was offered")],
                  [("PUN-HEAR-001", "S07", W)], d)


def pun_12() -> Sample:
    did = "PUN-12-water-fine-catalogue-review-missing"
    d = dossier(
        did,
        case("城西环罚〔2025〕21号", "punishment", "ecology_environment", "330199102",
             ("EE-WAT-001", "对超过水污染物排放标准排放水污染物的行政处罚"), "B-CX-EE",
             org("城西县某某水洗厂", "913301990000000231"),
             violation={"start": "2025-05-05", "end": "2025-05-08"}),
        officers(("O1", "黄思远", "lead"), ("O2", "林晨", "assisting"), ("O9", "梁国栋", "agency_head")),
        [
            st("S01", "discovery", "2025-05-07", note="双随机抽查采样：总排口化学需氧量超过排放标准"),
            st("S02", "filing", "2025-05-08", "D01", approved_by="O9", approved_on="2025-05-08"),
            on_site("S03", "inspection", "2025-05-08T14:00:00", "2025-05-08T15:30:00", "D02", "D03", "AV01"),
            on_site("S04", "inquiry", "2025-05-13T09:30:00", "2025-05-13T10:40:00", "D04"),
            st("S05", "investigation_report", "2025-05-23", "D05"),
            st("S06", "advance_notice", "2025-05-26", "D06", rights=["statement", "defence"]),
            st("S07", "service", "2025-05-26", "D07", of="S06", method="direct"),
            # No statement. The 5-working-day window ends on 2025-06-03 (Dragon Boat Festival 05-31..06-02).
            # DEFECT: 50,000 yuan is exactly the 生态环境局 catalogue's threshold (RI-EE-02, 5万元以上), but
            # the decision was made without any legal review. 行政处罚法 Art 58 para 1 is not triggered
            # (no flag), so REV-001 is silent and the catalogue rule REV-002 reports it (a warning).
            st("S08", "decision", "2025-06-05", "D08", approved_by="O9", approved_on="2025-06-05",
               penalties=[{"kind": "fine", "amount": "50000"}]),
            st("S09", "service", "2025-06-06", "D09", of="S08", method="direct"),
            st("S10", "disclosure", "2025-06-12", where=_POSTED),
            st("S11", "payment", "2025-06-20"),
            st("S12", "closing", "2025-06-27", "D10"),
            st("S13", "archiving", "2025-07-04"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场检查（勘察）笔录"),
             ("D03", "sampling_record", "采样记录单"), ("D04", "inquiry_record", "调查询问笔录"),
             ("D05", "investigation_report", "案件调查报告"), ("D06", "advance_notice", "行政处罚事先告知书"),
             ("D07", "proof_of_service", "送达回证（告知书）"), ("D08", "punishment_decision", "行政处罚决定书"),
             ("D09", "proof_of_service", "送达回证（决定书）"), ("D10", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT1H30M")],
    )
    return Sample(did, "生态环境：超标排放水污染物，罚款5万元；属于本局法制审核目录清单（5万元以上）却未经法制审核",
                  "Ecology and environment: 50,000 yuan fine for excess discharge; on the body's legal-review catalogue (50,000 or more) but never reviewed",
                  [("列入重大执法决定法制审核目录清单的处罚决定未经法制审核（罚款恰为5万元，含本数）",
                    "a decision on the body's legal-review catalogue made without legal review (the fine is exactly the 50,000 threshold)")],
                  [("REV-002", "S08", W)], d)


def pun_13() -> Sample:
    did = "PUN-13-safety-open-payment-due"
    d = dossier(
        did,
        case("城西应急罚〔2026〕12号", "punishment", "emergency_management", "330199101",
             ("EM-PUN-002", "对生产经营单位未在有较大危险因素的场所和设施、设备上设置明显的安全警示标志的行政处罚"),
             "B-CX-YJ", org("城西县某某仓储有限公司", "913301990000000241"), status="open",
             violation={"start": "2026-03-30", "end": "2026-04-13"}),
        officers(("O1", "赵文博", "lead"), ("O2", "田野", "assisting"), ("O9", "杨振华", "agency_head")),
        [
            st("S01", "discovery", "2026-04-13", note="安全生产专项检查：危化品仓库和叉车通道未设置安全警示标志"),
            st("S02", "filing", "2026-04-15", "D01", approved_by="O9", approved_on="2026-04-15"),
            on_site("S03", "inspection", "2026-04-16T09:00:00", "2026-04-16T10:30:00", "D02", "AV01"),
            on_site("S04", "inquiry", "2026-04-20T14:00:00", "2026-04-20T15:00:00", "D03"),
            st("S05", "investigation_report", "2026-05-15", "D04"),
            st("S06", "advance_notice", "2026-05-20", "D05", rights=["statement", "defence"],
               penalties=[{"kind": "fine", "amount": "30000"}]),
            st("S07", "service", "2026-05-20", "D06", of="S06", method="direct"),
            st("S08", "statement_and_defence", "2026-05-22", "D07", note="当事人书面申辩，经复核不予采纳"),
            st("S09", "decision", "2026-06-15", "D08", approved_by="O9", approved_on="2026-06-15",
               penalties=[{"kind": "fine", "amount": "30000"}]),
            # Served by post on Wednesday 06-17: the 15 days to pay end on Thursday 2026-07-02, two
            # working days after the as-of date (yellow). DEFECT: the decision has not been published;
            # the 7 working days after Monday 06-15 ended on 2026-06-25 (Friday 06-19 is the Dragon
            # Boat Festival) (red).
            st("S10", "service", "2026-06-17", "D09", of="S09", method="post"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场检查记录"),
             ("D03", "inquiry_record", "询问笔录"), ("D04", "investigation_report", "案件调查终结报告"),
             ("D05", "advance_notice", "行政处罚告知书"), ("D06", "proof_of_service", "送达回执（告知书）"),
             ("D07", "statement_record", "陈述申辩书及复核意见"), ("D08", "punishment_decision", "行政处罚决定书"),
             ("D09", "proof_of_service", "邮寄送达回执（决定书）")),
        [av(did, "AV01", "PT1H30M")],
    )
    return Sample(did, "应急管理：仓库未设置安全警示标志，罚款3万元；决定已送达、罚款缴纳期临近，决定逾期未公示（未结）",
                  "Emergency management: 30,000 yuan fine for missing safety signs; the payment period is about to end and the decision is overdue for publication (open)",
                  [("处罚决定超过7个工作日仍未公示（跨端午，期限 2026-06-25）",
                    "decision still unpublished after 7 working days (across the 2026 Dragon Boat Festival; due 2026-06-25)"),
                   ("罚款缴纳期限 2026-07-02 届满在即，案卷中尚无缴款记录（临期）",
                    "the fine falls due on 2026-07-02 and no payment is on file yet (due soon)")],
                  [("PUB-007", "S09", W, RED), ("PUN-PAY-002", "S09", W, YELLOW)], d)


def pun_14() -> Sample:
    did = "PUN-14-stall-summary-2020-over-old-limit"
    d = dossier(
        did,
        case("城西综执简罚〔2020〕0915号", "punishment", "urban_management", "330199",
             ("UM-STALL-001", "对擅自占用城市道路摆摊设点的行政处罚"), "B-CX-ZF",
             person("周某某", "330199198511020056"), violation={"start": "2020-09-15"}, procedure="summary"),
        officers(("O1", "郑宇航", "lead"), ("O2", "王志强", "assisting"), on="2020-09-15"),
        [
            # DEFECT: a 100-yuan fine on a citizen decided on the spot in 2020. The summary procedure then
            # allowed at most 50 yuan (行政处罚法 2017 Art 33); the 200-yuan ceiling of Art 51 applies
            # only to decisions from 2021-07-15.
            st("S01", "decision", "2020-09-15", "D01", "AV01", officers=["O1", "O2"], certificates_shown=True,
               rights=["statement", "defence"], penalties=[{"kind": "fine", "amount": "100"}],
               note="在城东路人行道摆摊经营，经劝导仍不撤离，当场作出处罚决定"),
            st("S02", "service", "2020-09-15", "D01", of="S01", method="direct", note="当事人在决定书上签收"),
            st("S03", "payment", "2020-09-17"),
        ],
        docs(("D01", "punishment_decision", "当场行政处罚决定书")),
        [av(did, "AV01", "PT15M")],
    )
    return Sample(did, "综合执法（2020年）：占道摆摊，当场罚款100元，超过修订前简易程序对公民50元的限额",
                  "Urban management (2020): 100 yuan fine on a street vendor on the spot, above the old 50-yuan summary-procedure ceiling",
                  [("简易程序罚款超过行为时（2021年7月15日前）的当场处罚限额：对公民50元以下",
                    "summary fine above the ceiling in force at the time (before 2021-07-15): 50 yuan for a citizen")],
                  [("PUN-SIMPLE-001", "S01", E)], d)


_EIGHT_ITEMS = ["subject", "officers", "procedure", "facts", "law", "jurisdiction", "documents", "transfer"]


def pun_15() -> Sample:
    did = "PUN-15-food-2020-old-hearing-window-ok"
    d = dossier(
        did,
        case("城西市监罚〔2020〕37号", "punishment", "market_regulation", "330199",
             ("MR-FOOD-001", "对经营不符合食品安全标准的食品的行政处罚"), "B-CX-MR",
             org("城西县某某食品有限公司", "913301990000000271"),
             violation={"start": "2020-07-01", "end": "2020-07-20"}),
        officers(("O1", "陈立新", "lead"), ("O2", "刘晓东", "assisting"), ("O3", "孙敏", "legal_reviewer", "RV-MR-01"),
                 ("O9", "周建国", "agency_head"), on="2020-07-22"),
        [
            st("S01", "discovery", "2020-07-20", note="监督抽检：预包装糕点菌落总数超标（报告编号虚构）"),
            st("S02", "filing", "2020-07-22", "D01", approved_by="O9", approved_on="2020-07-22"),
            on_site("S03", "inspection", "2020-07-23T09:00:00", "2020-07-23T10:30:00", "D02", "AV01"),
            on_site("S04", "inquiry", "2020-07-27T14:00:00", "2020-07-27T15:00:00", "D03"),
            st("S05", "investigation_report", "2020-08-24", "D04"),
            # Before 2021-07-15 every general-procedure decision is reviewed (行政处罚法 2017 Art 38 para 3).
            st("S06", "legal_review", "2020-08-26", "D05", reviewer="O3", outcome="passed", review_items=_EIGHT_ITEMS),
            st("S07", "advance_notice", "2020-09-04", "D06", rights=["statement", "defence", "hearing"],
               penalties=[{"kind": "fine", "amount": "100000"}, {"kind": "confiscation_of_gains", "amount": "2300"}]),
            st("S08", "service", "2020-09-07", "D07", of="S07", method="direct"),
            st("S09", "statement_and_defence", "2020-09-08", "D08", note="当事人书面陈述申辩，未要求听证；经复核不予采纳"),
            # The hearing could be requested within 3 days of being told (2017 Art 42 para 1 item 1, no
            # working-day clause): 09-08..09-10. The decision on 09-11 is in time under the old text; the
            # 5 working days of the 2021 text would have run to 09-14.
            st("S10", "decision", "2020-09-11", "D09", approved_by="O9", approved_on="2020-09-11",
               penalties=[{"kind": "fine", "amount": "100000"}, {"kind": "confiscation_of_gains", "amount": "2300"}]),
            st("S11", "service", "2020-09-11", "D10", of="S10", method="direct"),
            st("S12", "disclosure", "2020-09-16", where="国家企业信用信息公示系统"),
            st("S13", "payment", "2020-09-21"),
            st("S14", "closing", "2020-09-28", "D11"),
            st("S15", "archiving", "2020-10-12"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场检查笔录"),
             ("D03", "inquiry_record", "询问笔录"), ("D04", "investigation_report", "案件调查终结报告"),
             ("D05", "legal_review_opinion", "法制审核意见书"), ("D06", "advance_notice", "行政处罚听证告知书"),
             ("D07", "proof_of_service", "送达回证（告知书）"), ("D08", "statement_record", "陈述申辩书及复核意见"),
             ("D09", "punishment_decision", "行政处罚决定书"), ("D10", "proof_of_service", "送达回证（决定书）"),
             ("D11", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT1H30M")],
    )
    return Sample(did, "市场监管（2020年）：经营菌落总数超标糕点，罚款10万元；按修订前法律审核、告知听证（3日内申请）后作出决定",
                  "Market regulation (2020): 100,000 yuan fine; reviewed and decided after the old 3-day hearing-request window (pre-2021 text)",
                  [], [], d)


def pun_16() -> Sample:
    did = "PUN-16-minor-littering-warning"
    d = dossier(
        did,
        case("城西综执简罚〔2025〕0830号", "punishment", "urban_management", "330199",
             ("UM-GARB-001", "对随意倾倒、抛撒、堆放生活垃圾的行政处罚"), "B-CX-ZF",
             # invented ID number; digits 7-14 give the birth date 2011-09-03
             person("吴某某", "330199201109030018"), violation={"start": "2025-08-30"}, procedure="summary"),
        officers(("O1", "陆文斌", "lead"), ("O2", "郑宇航", "assisting")),
        [
            # DEFECT: the party was born on 2011-09-03 and was 13 on the day (four days short of 14);
            # a minor under 14 is not punished (行政处罚法 Art 30), the guardian is ordered to discipline.
            st("S01", "decision", "2025-08-30", "D01", "AV01", officers=["O1", "O2"], certificates_shown=True,
               rights=["statement", "defence"], penalties=[{"kind": "warning"}],
               note="在滨河公园向河道抛撒生活垃圾，当场作出警告"),
            st("S02", "service", "2025-08-30", "D01", of="S01", method="direct", note="当事人在决定书上签收"),
        ],
        docs(("D01", "punishment_decision", "当场行政处罚决定书")),
        [av(did, "AV01", "PT10M")],
    )
    return Sample(did, "综合执法：向河道抛撒生活垃圾，当场警告；当事人身份证号显示其未满14周岁",
                  "Urban management: on-the-spot warning for littering; the party's ID number shows they were under 14",
                  [("对不满十四周岁的未成年人给予行政处罚（身份证号出生日期 2011-09-03，行为日 2025-08-30）",
                    "penalty imposed on a minor under 14 (born 2011-09-03 per the ID number, act on 2025-08-30)")],
                  [("PUN-DEC-011", "S01", E)], d)


def pun_17() -> Sample:
    did = "PUN-17-dust-found-after-two-years"
    d = dossier(
        did,
        case("城西环罚〔2025〕33号", "punishment", "ecology_environment", "330199101",
             ("EE-AIR-001", "对施工工地未采取有效防尘降尘措施的行政处罚"), "B-CX-EE",
             org("城西县某某建筑工程有限公司", "913301990000000281"),
             violation={"start": "2023-02-10", "end": "2023-05-31"}),
        officers(("O1", "黄思远", "lead"), ("O2", "林晨", "assisting"), ("O3", "罗佳", "legal_reviewer", "RV-EE-01"),
                 ("O9", "梁国栋", "agency_head")),
        [
            # DEFECT: the site work (and the violation) ended on 2023-05-31; two years ended on Saturday
            # 2025-05-31 in the Dragon Boat holiday, i.e. on 2025-06-03. The violation was found on
            # 2025-08-12 and still fined (no 5-year exception stated).
            st("S01", "discovery", "2025-08-12", note="复核扬尘在线监测历史数据时发现2023年施工期间长期未覆盖裸土"),
            st("S02", "filing", "2025-08-14", "D01", approved_by="O9", approved_on="2025-08-14"),
            on_site("S03", "inquiry", "2025-08-19T09:30:00", "2025-08-19T10:40:00", "D02"),
            st("S04", "investigation_report", "2025-09-02", "D03"),
            # DEFECT: the (voluntary) review opinion covers three of the eight review items only.
            st("S05", "legal_review", "2025-09-04", "D04", reviewer="O3", outcome="passed",
               review_items=["subject", "facts", "procedure"]),
            st("S06", "advance_notice", "2025-09-08", "D05", rights=["statement", "defence"],
               penalties=[{"kind": "fine", "amount": "30000"}]),
            st("S07", "service", "2025-09-08", "D06", of="S06", method="direct"),
            st("S08", "statement_and_defence", "2025-09-10", "D07"),
            st("S09", "decision", "2025-09-17", "D08", approved_by="O9", approved_on="2025-09-17",
               penalties=[{"kind": "fine", "amount": "30000"}]),
            st("S10", "service", "2025-09-17", "D09", of="S09", method="direct"),
            st("S11", "disclosure", "2025-09-24", where=_POSTED),
            st("S12", "payment", "2025-09-26"),
            st("S13", "closing", "2025-10-09", "D10"),
            st("S14", "archiving", "2025-10-15"),
        ],
        docs(("D01", "filing_approval", "立案审批表"), ("D02", "inquiry_record", "调查询问笔录"),
             ("D03", "investigation_report", "案件调查报告"), ("D04", "legal_review_opinion", "法制审核意见书"),
             ("D05", "advance_notice", "行政处罚事先告知书"), ("D06", "proof_of_service", "送达回证（告知书）"),
             ("D07", "statement_record", "陈述申辩笔录"), ("D08", "punishment_decision", "行政处罚决定书"),
             ("D09", "proof_of_service", "送达回证（决定书）"), ("D10", "closing_report", "结案审批表")),
    )
    return Sample(did, "生态环境：2023年施工扬尘，2025年8月复核历史数据才发现，仍罚款3万元；法制审核意见只审查三项",
                  "Ecology and environment: 2023 construction dust found only in August 2025 and still fined; the legal review covers three of eight items",
                  [("违法行为终了（2023-05-31）二年后才发现，仍给予行政处罚，未说明适用五年期限的理由",
                    "violation found more than two years after it ended (2023-05-31) and still punished, no reason given for the 5-year period"),
                   ("法制审核意见只记载主体、事实、程序三项，未逐项审核八项内容",
                    "the legal review records three of the eight review items")],
                  [("PUN-LIMIT-001", "S09", W), ("REV-005", "S05", W)], d)


def pun_18() -> Sample:
    did = "PUN-18-stall-summary-200-ok"
    d = dossier(
        did,
        case("城西综执简罚〔2025〕1118号", "punishment", "urban_management", "330199",
             ("UM-STALL-001", "对擅自占用城市道路摆摊设点的行政处罚"), "B-CX-ZF",
             person("孙某某", "330199199003120067"), violation={"start": "2025-11-18"}, procedure="summary"),
        officers(("O1", "郑宇航", "lead"), ("O2", "陆文斌", "assisting")),
        [
            # 200 yuan is exactly the summary ceiling for a citizen (行政处罚法 Art 51, 以下 includes it).
            st("S01", "decision", "2025-11-18", "D01", "AV01", officers=["O1", "O2"], certificates_shown=True,
               rights=["statement", "defence"], penalties=[{"kind": "fine", "amount": "200"}],
               note="在城北菜市场外人行道摆摊经营，当事人陈述已知错，当场作出处罚决定"),
            st("S02", "service", "2025-11-18", "D01", of="S01", method="direct", note="当事人在决定书上签收"),
            st("S03", "payment", "2025-11-20"),
        ],
        docs(("D01", "punishment_decision", "当场行政处罚决定书")),
        [av(did, "AV01", "PT12M")],
    )
    return Sample(did, "综合执法：占道摆摊，当场罚款200元（恰为简易程序对公民的上限），已告知陈述申辩权利并全程记录",
                  "Urban management: 200 yuan on-the-spot fine on a street vendor (exactly the summary ceiling), rights told, recorded on video",
                  [], [], d)


def evidence(items: list[dict[str, Any]], kinds: dict[str, str]) -> list[dict[str, Any]]:
    """Format 1.2: give the documents named in ``kinds`` their statutory evidence kind (行政处罚法 Art 46)."""
    for doc in items:
        if doc["id"] in kinds:
            doc["evidence_kind"] = kinds[doc["id"]]
    return items


def pun_21() -> Sample:
    did = "PUN-21-wastewater-monitoring-review-late"
    documents = evidence(docs(
        ("D01", "monitoring_record", "污染源自动监控数据（总排口化学需氧量小时均值、日均值）及超标报警记录"),
        ("D02", "filing_approval", "立案审批表"), ("D03", "inspection_record", "现场检查（勘察）笔录"),
        ("D04", "sampling_record", "现场采样记录单（总排口废水比对采样）"), ("D05", "inquiry_record", "调查询问笔录"),
        ("D06", "investigation_report", "案件调查报告"), ("D07", "legal_review_opinion", "重大执法决定法制审核意见书"),
        ("D08", "advance_notice", "行政处罚事先（听证）告知书"), ("D09", "proof_of_service", "送达回证（告知书）"),
        ("D10", "punishment_decision", "行政处罚决定书"), ("D11", "proof_of_service", "送达回证（决定书）"),
        ("D12", "closing_report", "结案审批表")),
        {"D01": "electronic_data", "D03": "on_site_record", "D04": "on_site_record", "D05": "party_statement"})
    # The automatic monitoring device at the outfall passed its legal and technical review in June
    # 2024 and its location was published in July 2024, both before the record; the party was told
    # of the exceedance by the platform's SMS on 09-18, before the decision.
    # DEFECT: the organ's review of the record (数据审核确认单) is dated 2025-11-14, two weeks after
    # the decision of 10-29 that rests on it: it was filled in while the file was put in order for
    # closing (行政处罚法 Art 41 para 2: 未经审核的，不得作为行政处罚的证据).
    documents[0]["date"] = "2025-09-17"
    documents[0]["monitoring"] = {
        "device": "化学需氧量（COD）水质自动在线监测仪（废水总排口，设备编号 CXWS-0217，虚构）",
        "device_review_ref": "城西环技审〔2024〕7号", "device_reviewed_on": "2024-06-20",
        "location_published": True, "location_published_on": "2024-07-01", "recorded_on": "2025-09-16",
        "record_reviewed_on": "2025-11-14", "record_review_passed": True, "party_told_on": "2025-09-18"}
    d = dossier(
        did,
        case("城西环罚〔2025〕47号", "punishment", "ecology_environment", "330199102",
             ("EE-WAT-001", "对超过水污染物排放标准排放水污染物的行政处罚"), "B-CX-EE",
             org("城西县某某印染有限公司", "913301990000000341"),
             violation={"start": "2025-09-16", "end": "2025-09-17"}),
        officers(("O1", "黄思远", "lead"), ("O2", "林晨", "assisting"), ("O3", "罗佳", "legal_reviewer", "RV-EE-01"),
                 ("O9", "梁国栋", "agency_head")),
        [
            st("S01", "discovery", "2025-09-17", "D01",
               note="污染源自动监控平台报警：废水总排口化学需氧量日均浓度超过排放标准"),
            st("S02", "filing", "2025-09-18", "D02", approved_by="O9", approved_on="2025-09-18"),
            on_site("S03", "inspection", "2025-09-18T14:00:00", "2025-09-18T15:30:00", "D03", "D04", "AV01"),
            on_site("S04", "inquiry", "2025-09-22T09:30:00", "2025-09-22T10:40:00", "D05"),
            # National Day and Mid-Autumn 10-01..10-08; Sunday 09-28 and Saturday 10-11 are working days.
            st("S05", "investigation_report", "2025-10-13", "D06"),
            # 120,000 yuan is on the body's legal-review catalogue (50,000 or more): reviewed before the
            # notice, on the investigation report and the investigation records submitted with it (REV-004).
            st("S06", "legal_review", "2025-10-15", "D07", "D06", "D03", "D05", reviewer="O3", outcome="passed"),
            # 120,000 yuan for an organisation reaches the hearing threshold (100,000, inclusive): the
            # notice offers a hearing; no statement and no hearing were asked for.
            st("S07", "advance_notice", "2025-10-20", "D08", rights=["statement", "defence", "hearing"],
               penalties=[{"kind": "fine", "amount": "120000"}]),
            st("S08", "service", "2025-10-20", "D09", of="S07", method="direct"),
            # The benchmark applied (EE-DISC, 2024 edition) was published on 2024-04-01 (registry).
            st("S09", "decision", "2025-10-29", "D10", approved_by="O9", approved_on="2025-10-29",
               penalties=[{"kind": "fine", "amount": "120000"}], benchmark="EE-DISC", benchmark_version="2024"),
            st("S10", "service", "2025-10-30", "D11", of="S09", method="direct"),
            st("S11", "disclosure", "2025-11-05", where=_POSTED),
            st("S12", "payment", "2025-11-12"),
            st("S13", "closing", "2025-11-20", "D12"),
            st("S14", "archiving", "2025-11-27"),
        ],
        documents,
        [av(did, "AV01", "PT1H30M")],
    )
    d["schema_version"] = "1.2"  # monitoring record, evidence kinds, discretion benchmark
    return Sample(did, "生态环境：依据污染源自动监控数据认定超标排放，罚款12万元（适用已公布的裁量基准）；监控数据审核确认单日期晚于处罚决定",
                  "Ecology and environment: 120,000 yuan fine for excess discharge proved by online monitoring data (published benchmark applied); the record was reviewed only after the decision",
                  [("电子技术监控设备记录（在线监测数据）在处罚决定作出后才经行政机关审核（11-14 审核，决定 10-29）",
                    "the monitoring record was reviewed by the organ only after the decision it supports (reviewed 11-14, decision 10-29)")],
                  [("REV-013", "S09", E)], d)


def pun_22() -> Sample:
    did = "PUN-22-expired-food-benchmark-unpublished"
    documents = evidence(docs(
        ("D01", "filing_approval", "立案审批表"), ("D02", "inspection_record", "现场检查笔录（附现场照片、进货单据复印件）"),
        ("D03", "inquiry_record", "询问笔录"), ("D04", "investigation_report", "案件调查终结报告"),
        ("D05", "legal_review_opinion", "法制审核意见书"), ("D06", "advance_notice", "行政处罚告知书"),
        ("D07", "proof_of_service", "送达回证（告知书）"), ("D08", "statement_record", "陈述申辩书及复核意见"),
        ("D09", "punishment_decision", "行政处罚决定书"), ("D10", "proof_of_service", "送达回证（决定书）"),
        ("D11", "on_site_record", "罚没物品销毁现场笔录"), ("D12", "closing_report", "结案审批表")),
        {"D02": "on_site_record", "D03": "party_statement", "D08": "party_statement"})
    d = dossier(
        did,
        case("城西市监罚〔2025〕66号", "punishment", "market_regulation", "330199101",
             ("MR-FOOD-002", "对经营超过保质期的食品的行政处罚"), "B-CX-MR",
             org("城西县某某便利店", "923301990000000351"),
             violation={"start": "2025-06-10", "end": "2025-06-25"}),
        officers(("O1", "宋佳怡", "lead"), ("O2", "陈立新", "assisting"), ("O3", "孙敏", "legal_reviewer", "RV-MR-01"),
                 ("O9", "周建国", "agency_head")),
        [
            st("S01", "discovery", "2025-06-23", note="12315投诉：便利店货架销售超过保质期的袋装糕点"),
            st("S02", "filing", "2025-06-24", "D01", approved_by="O9", approved_on="2025-06-24",
               filing_conditions=["evidence", "penalty_applicable", "jurisdiction", "limitation"]),
            on_site("S03", "inspection", "2025-06-25T09:30:00", "2025-06-25T10:50:00", "D02", "AV01"),
            on_site("S04", "inquiry", "2025-06-27T14:00:00", "2025-06-27T15:00:00", "D03"),
            st("S05", "investigation_report", "2025-07-08", "D04"),
            # the opinion, with the investigation report and records submitted for review (REV-004)
            st("S06", "legal_review", "2025-07-10", "D05", "D04", "D02", "D03", reviewer="O3", outcome="passed"),
            st("S07", "advance_notice", "2025-07-14", "D06", rights=["statement", "defence"],
               penalties=[{"kind": "fine", "amount": "50000"}, {"kind": "confiscation_of_property"}]),
            st("S08", "service", "2025-07-14", "D07", of="S07", method="direct"),
            st("S09", "statement_and_defence", "2025-07-16", "D08",
               note="当事人书面陈述系初次违法、货值金额较小，请求从轻处罚；经复核，按裁量基准在法定幅度内从轻"),
            # DEFECT: the decision applies the bureau's 2025 discretion benchmark, adopted in June 2025 but
            # published on the county portal only on 2025-08-01 (registry), a week after the decision.
            st("S10", "decision", "2025-07-24", "D09", approved_by="O9", approved_on="2025-07-24",
               penalties=[{"kind": "fine", "amount": "50000"}, {"kind": "confiscation_of_property"}],
               benchmark="MR-DISC", benchmark_version="2025"),
            # the decision tells the party that it will be published (市场监管公示规定 Art 8)
            st("S11", "service", "2025-07-25", "D10", of="S10", method="direct", publication_told=True),
            st("S12", "disclosure", "2025-07-31", where="国家企业信用信息公示系统"),
            st("S13", "confiscated_disposal", "2025-08-06", "D11", of="S10", disposal_method="destruction",
               note="没收的过期糕点（共42袋）由两名执法人员监督无害化销毁"),
            st("S14", "payment", "2025-08-07"),
            st("S15", "closing", "2025-08-15", "D12"),
            st("S16", "archiving", "2025-08-22"),
        ],
        documents,
        [av(did, "AV01", "PT1H20M")],
    )
    d["schema_version"] = "1.2"  # evidence kinds, filing conditions, benchmark, disposal of confiscated goods
    return Sample(did, "市场监管：便利店销售超过保质期的糕点，罚款5万元并没收；决定适用的2025年版裁量基准在决定作出一周后才向社会公布",
                  "Market regulation: 50,000 yuan fine and confiscation for expired pastries; the 2025 discretion benchmark applied was published a week after the decision",
                  [("处罚决定适用的裁量基准（2025年版）在决定作出时尚未向社会公布（决定 07-24，公布 08-01）",
                    "the discretion benchmark applied (2025 edition) was not yet published on the decision day (decision 07-24, published 08-01)")],
                  [("PUB-005", "S10", E)], d)


# ====================================================================== coercion (行政强制)


def co_01() -> Sample:
    did = "CO-01-toy-seizure-ok"
    d = dossier(
        did,
        case("城西市监强〔2024〕8号", "coercive_measure", "market_regulation", "330199",
             ("MR-PROD-001", "对涉嫌不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的查封、扣押"),
             "B-CX-MR", org("城西县某某日用品经营部", "923301990000000071")),
        officers(("O1", "陈立新", "lead"), ("O2", "刘晓东", "assisting"), ("O9", "周建国", "agency_head")),
        [
            st("S01", "discovery", "2024-06-03", note="产品质量监督抽查：儿童电动玩具车电池组疑似不合格"),
            st("S02", "approval", "2024-06-04", "D01", approved_by="O9", approved_on="2024-06-04"),
            on_site("S03", "seizure", "2024-06-04T14:00:00", "2024-06-04T16:10:00", "D02", "D03", "D04", "AV01",
                    approved_by="O9", approved_on="2024-06-04"),
            st("S04", "release", "2024-06-28", "D05", measure="M1", note="检验合格，解除扣押，财物当场退还"),
            st("S05", "disclosure", "2024-07-02", where=_POSTED),
            st("S06", "closing", "2024-07-05", "D06"),
        ],
        docs(("D01", "approval_form", "实施行政强制措施审批表"), ("D02", "on_site_record", "现场笔录"),
             ("D03", "seizure_decision", "实施行政强制措施决定书（扣押）"), ("D04", "seizure_inventory", "扣押财物清单"),
             ("D05", "release_decision", "解除行政强制措施决定书"), ("D06", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT2H10M", "2024-06-04T13:58:00", "2024-06-04T16:12:00")],
        measures=[{"id": "M1", "kind": "seizure", "step": "S03", "start": "2024-06-04", "end": "2024-06-28",
                   "decision_document": "D03", "inventory": "D04",
                   "items": [{"name": "儿童电动玩具车", "quantity": "36台"}, {"name": "配套充电器", "quantity": "36个"}]}],
    )
    return Sample(did, "市场监管：扣押涉嫌不合格儿童玩具车，经批准、两人实施、全程录像，24天后检验合格解除",
                  "Market regulation: approved seizure of suspect toy cars, two officers, full video, released after 24 days",
                  [], [], d)


def co_02() -> Sample:
    did = "CO-02-lpg-seizure-overdue"
    d = dossier(
        did,
        case("城西应急强〔2025〕4号", "coercive_measure", "emergency_management", "330199101",
             ("EM-SEIZ-001", "对违法储存危险物品的作业场所及有关物品的查封、扣押"), "B-CX-YJ",
             org("城西县某某餐饮配送有限公司", "913301990000000081")),
        officers(("O1", "赵文博", "lead"), ("O2", "钱海峰", "assisting"), ("O9", "杨振华", "agency_head")),
        [
            st("S01", "discovery", "2025-07-07", note="燃气安全专项整治：居民楼底商违规储存液化石油气钢瓶"),
            st("S02", "approval", "2025-07-08", "D01", approved_by="O9", approved_on="2025-07-08"),
            on_site("S03", "seizure", "2025-07-08T10:00:00", "2025-07-08T12:00:00", "D02", "D03", "D04", "AV01",
                    approved_by="O9", approved_on="2025-07-08"),
            st("S04", "disclosure", "2025-08-04", where=_POSTED),
            # DEFECT: the 30-day period ended on 2025-08-07; no extension was approved, the items were
            # released on 08-18 (day 41).
            st("S05", "release", "2025-08-18", "D05", measure="M1"),
            st("S06", "closing", "2025-08-25", "D06"),
        ],
        docs(("D01", "approval_form", "实施行政强制措施审批表"), ("D02", "on_site_record", "现场笔录"),
             ("D03", "seizure_decision", "扣押决定书"), ("D04", "seizure_inventory", "扣押物品清单"),
             ("D05", "release_decision", "解除扣押决定书"), ("D06", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT2H")],
        measures=[{"id": "M1", "kind": "seizure", "step": "S03", "start": "2025-07-08", "end": "2025-08-18",
                   "decision_document": "D03", "inventory": "D04",
                   "items": [{"name": "液化石油气钢瓶（15kg）", "quantity": "24只"}]}],
    )
    return Sample(did, "应急管理：扣押违规储存的液化气钢瓶，扣押41天，既未延长也未在30日内处理",
                  "Emergency management: seized LPG cylinders kept 41 days with no extension",
                  [("扣押期限超过30日且未经批准延长", "seizure kept beyond 30 days without an approved extension")],
                  [("CO-SEAL-006", "S03", E)], d)


def co_03() -> Sample:
    did = "CO-03-stall-seizure-no-video"
    d = dossier(
        did,
        case("城西综执强〔2025〕52号", "coercive_measure", "urban_management", "330199",
             ("UM-SEIZ-001", "对擅自占用城市道路摆摊经营的物品的扣押"), "B-CX-ZF",
             person("赵某某", "330199199108080035")),
        officers(("O1", "郑宇航", "lead"), ("O2", "王志强", "assisting"), ("O9", "许德明", "agency_head")),
        [
            st("S01", "discovery", "2025-10-13", note="巡查发现在城东路人行道摆摊经营，经劝导拒不撤离"),
            st("S02", "approval", "2025-10-14", "D01", approved_by="O9", approved_on="2025-10-14"),
            # DEFECT: no audio-video record of the seizure.
            on_site("S03", "seizure", "2025-10-14T16:30:00", "2025-10-14T17:10:00", "D02", "D03", "D04",
                    approved_by="O9", approved_on="2025-10-14"),
            st("S04", "release", "2025-10-17", "D05", measure="M1", note="当事人接受处理，物品退还"),
            st("S05", "disclosure", "2025-10-24", where=_POSTED),
            st("S06", "closing", "2025-10-27", "D06"),
        ],
        docs(("D01", "approval_form", "实施行政强制措施审批表"), ("D02", "on_site_record", "现场笔录"),
             ("D03", "seizure_decision", "扣押决定书"), ("D04", "seizure_inventory", "扣押物品清单"),
             ("D05", "release_decision", "解除扣押决定书"), ("D06", "closing_report", "结案审批表")),
        measures=[{"id": "M1", "kind": "seizure", "step": "S03", "start": "2025-10-14", "end": "2025-10-17",
                   "decision_document": "D03", "inventory": "D04",
                   "items": [{"name": "三轮车", "quantity": "1辆"}, {"name": "折叠桌", "quantity": "2张"}]}],
    )
    return Sample(did, "综合执法：扣押占道摆摊物品，全过程无音像记录",
                  "Urban management: seizure of street-stall goods with no audio-video record",
                  [("扣押财物未进行全程音像记录", "no audio-video record of the seizure")],
                  [("REC-005", "S03", W)], d)


def co_04() -> Sample:
    did = "CO-04-plating-seal-up-open"
    d = dossier(
        did,
        case("城西环强〔2026〕3号", "coercive_measure", "ecology_environment", "330199102",
             ("EE-SEAL-001", "对违法排放污染物造成或者可能造成严重污染的设施、设备的查封、扣押"), "B-CX-EE",
             org("城西县某某电镀有限公司", "913301990000000091"), status="open"),
        officers(("O1", "黄思远", "lead"), ("O2", "林晨", "assisting"), ("O9", "梁国栋", "agency_head")),
        [
            st("S01", "discovery", "2026-06-08", note="夜间巡查发现通过暗管排放电镀废水"),
            st("S02", "approval", "2026-06-09", "D01", approved_by="O9", approved_on="2026-06-09"),
            on_site("S03", "seal_up", "2026-06-09T10:00:00", "2026-06-09T11:45:00", "D02", "D03", "D04", "AV01",
                    approved_by="O9", approved_on="2026-06-09"),
            st("S04", "disclosure", "2026-06-16", where=_POSTED),
        ],
        docs(("D01", "approval_form", "查封（扣押）审批表"), ("D02", "on_site_record", "查封现场笔录"),
             ("D03", "seal_up_decision", "查封决定书"), ("D04", "seal_up_inventory", "查封设施设备清单")),
        [av(did, "AV01", "PT1H45M")],
        measures=[{"id": "M1", "kind": "seal_up", "step": "S03", "start": "2026-06-09",
                   "decision_document": "D03", "inventory": "D04",
                   "items": [{"name": "电镀废水排放泵及暗管", "quantity": "1套"}, {"name": "镀锌生产线", "quantity": "1条"}]}],
    )
    return Sample(did, "生态环境：查封暗管排污的电镀设备，查封中（未结，第21天）",
                  "Ecology and environment: seal-up of plating equipment for illicit discharge, still running (day 21)",
                  [], [], d)


def co_05() -> Sample:
    did = "CO-05-demolition-ok"
    d = dossier(
        did,
        case("城西综执执〔2024〕11号", "enforced_execution", "urban_management", "330199",
             ("UM-DEM-001", "对逾期不拆除的违法建筑物、构筑物的强制拆除"), "B-CX-ZF",
             person("王某某", "330199196512300041")),
        officers(("O1", "郑宇航", "lead"), ("O2", "王志强", "assisting"), ("O3", "陆文斌", "assisting"),
                 ("O5", "韩梅", "auxiliary_staff"), ("O9", "许德明", "agency_head")),
        [
            st("S01", "filing", "2024-10-09", "D01", approved_by="O9", approved_on="2024-10-09",
               note="《责令限期拆除决定书》2024-03-18送达，当事人在法定期限内未申请行政复议、未提起行政诉讼，又不自行拆除"),
            st("S02", "demand_notice", "2024-10-10", "D02", deadline="2024-10-20", note="催告书，限10日内自行拆除"),
            st("S02A", "announcement", "2024-10-10", "D08", deadline="2024-10-20",
               note="在违法建筑所在地张贴限期自行拆除公告（format 1.1）"),
            st("S03", "service", "2024-10-10", "D03", of="S02", method="direct", officers=["O1", "O5"]),
            st("S04", "execution_decision", "2024-10-28", "D04", approved_by="O9", approved_on="2024-10-28"),
            st("S05", "service", "2024-10-29", "D05", of="S04", method="direct", officers=["O1", "O5"]),
            on_site("S06", "execution", "2024-11-06T08:30:00", "2024-11-06T16:30:00", "D06", "AV01",
                    team=("O1", "O2", "O3"), execution_method="demolition"),
            st("S07", "disclosure", "2024-11-12", where=_POSTED),
            st("S08", "closing", "2024-11-15", "D07"),
        ],
        docs(("D01", "filing_approval", "强制执行立案审批表"), ("D02", "demand_notice", "催告书（附限期拆除公告）"),
             ("D03", "proof_of_service", "送达回证（催告书）"), ("D04", "execution_decision", "强制拆除决定书"),
             ("D05", "proof_of_service", "送达回证（强制拆除决定书）"), ("D06", "execution_record", "强制拆除现场笔录及物品清单"),
             ("D07", "closing_report", "结案审批表"), ("D08", "announcement", "限期自行拆除公告")),
        [av(did, "AV01", "PT8H5M", "2024-11-06T08:25:00", "2024-11-06T16:30:00")],
    )
    d["schema_version"] = "1.1"  # records the 公告 as a step with its deadline (CO-DEM-001, CO-E-005)
    return Sample(did, "综合执法：违法建筑强制拆除（公告、催告、决定、白天实施、全程录像）",
                  "Urban management: demolition of an illegal building (notice, demand, decision, daytime, full video)",
                  [], [], d)


def co_06() -> Sample:
    did = "CO-06-demolition-at-night"
    d = dossier(
        did,
        case("城西综执执〔2025〕7号", "enforced_execution", "urban_management", "330199101",
             ("UM-DEM-001", "对逾期不拆除的违法建筑物、构筑物的强制拆除"), "B-CX-ZF",
             org("城西县某某废旧物资回收站", "923301990000000101")),
        officers(("O1", "王志强", "lead"), ("O2", "陆文斌", "assisting"), ("O9", "许德明", "agency_head")),
        [
            st("S01", "filing", "2025-06-16", "D01", approved_by="O9", approved_on="2025-06-16",
               note="《责令限期拆除决定书》2024-11-20送达，复议、诉讼期限届满，当事人未自行拆除"),
            st("S02", "demand_notice", "2025-06-17", "D02", note="催告书，并张贴限期自行拆除公告"),
            st("S03", "service", "2025-06-17", "D03", of="S02", method="direct"),
            st("S04", "execution_decision", "2025-07-07", "D04", approved_by="O9", approved_on="2025-07-07"),
            st("S05", "service", "2025-07-07", "D05", of="S04", method="direct"),
            # DEFECT: demolition ran into the night (until 23:20) without an emergency reason.
            on_site("S06", "execution", "2025-07-15T19:30:00", "2025-07-15T23:20:00", "D06", "AV01",
                    execution_method="demolition"),
            st("S07", "disclosure", "2025-07-25", where=_POSTED),
            st("S08", "closing", "2025-07-30", "D07"),
        ],
        docs(("D01", "filing_approval", "强制执行立案审批表"), ("D02", "demand_notice", "催告书"),
             ("D03", "proof_of_service", "送达回证（催告书）"), ("D04", "execution_decision", "强制拆除决定书"),
             ("D05", "proof_of_service", "送达回证（强制拆除决定书）"), ("D06", "execution_record", "强制拆除笔录"),
             ("D07", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT3H50M")],
    )
    return Sample(did, "综合执法：强制拆除违法搭建钢棚，拆除作业持续到夜间23:20",
                  "Urban management: demolition of an illegal steel shed that ran until 23:20",
                  [("夜间实施强制执行（无紧急情况）", "enforced execution at night without an emergency")],
                  [("CO-E-108", "S06", W)], d)


def co_07() -> Sample:
    did = "CO-07-obstruction-no-demand"
    d = dossier(
        did,
        case("城西综执执〔2025〕19号", "enforced_execution", "urban_management", "330199",
             ("UM-OBS-001", "对擅自占用城市道路堆放物料逾期不清除的排除妨碍"), "B-CX-ZF",
             org("城西县某某建材经营部", "923301990000000111")),
        officers(("O1", "郑宇航", "lead"), ("O2", "陆文斌", "assisting"), ("O9", "许德明", "agency_head")),
        [
            st("S01", "filing", "2025-11-03", "D01", approved_by="O9", approved_on="2025-11-03",
               note="《责令限期清除决定书》要求10月24日前清除占道砂石，逾期未清除"),
            # DEFECT: no written demand (催告) before the enforcement decision.
            st("S02", "execution_decision", "2025-11-05", "D02", approved_by="O9", approved_on="2025-11-05"),
            st("S03", "service", "2025-11-05", "D03", of="S02", method="direct"),
            on_site("S04", "execution", "2025-11-12T09:00:00", "2025-11-12T11:30:00", "D04", "AV01",
                    execution_method="removal_of_obstruction"),
            st("S05", "disclosure", "2025-11-20", where=_POSTED),
            st("S06", "closing", "2025-11-25", "D05"),
        ],
        docs(("D01", "filing_approval", "强制执行立案审批表"), ("D02", "execution_decision", "行政强制执行决定书"),
             ("D03", "proof_of_service", "送达回证（强制执行决定书）"), ("D04", "execution_record", "强制执行现场笔录"),
             ("D05", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT2H30M")],
    )
    return Sample(did, "综合执法：强制清除占道堆放的砂石，未经书面催告直接作出强制执行决定",
                  "Urban management: removal of sand piled on a road, enforcement decided without a written demand",
                  [("强制执行决定前未书面催告", "no written demand before the enforcement decision")],
                  [("CO-E-003", "S02", E), ("REC-001", None, E)], d)


def co_08() -> Sample:
    did = "CO-08-food-seizure-approved-later"
    d = dossier(
        did,
        case("城西市监强〔2025〕27号", "coercive_measure", "market_regulation", "330199",
             ("MR-FOOD-004", "对有证据证明不符合食品安全标准的食品的查封、扣押"), "B-CX-MR",
             org("城西县某某冷链食品贸易有限公司", "913301990000000121")),
        officers(("O1", "陈立新", "lead"), ("O2", "宋佳怡", "assisting"), ("O9", "周建国", "agency_head")),
        [
            st("S01", "discovery", "2025-12-01", note="进口冷链食品无检验检疫证明，外包装标签与报关单不符"),
            # DEFECT: the seizure took place on 12-02; the head approved it only on 12-03 and no
            # emergency was recorded.
            on_site("S02", "seizure", "2025-12-02T10:00:00", "2025-12-02T11:30:00", "D02", "D03", "D04", "AV01",
                    approved_by="O9", approved_on="2025-12-03"),
            st("S03", "approval", "2025-12-03", "D01", approved_by="O9", approved_on="2025-12-03"),
            st("S04", "disclosure", "2025-12-19", where=_POSTED),
            st("S05", "release", "2025-12-26", "D05", measure="M1", note="补齐检验检疫证明，解除扣押"),
            st("S06", "closing", "2025-12-30", "D06"),
        ],
        docs(("D01", "approval_form", "实施行政强制措施审批表（补批）"), ("D02", "on_site_record", "现场笔录"),
             ("D03", "seizure_decision", "实施行政强制措施决定书（扣押）"), ("D04", "seizure_inventory", "扣押财物清单"),
             ("D05", "release_decision", "解除行政强制措施决定书"), ("D06", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT1H30M")],
        measures=[{"id": "M1", "kind": "seizure", "step": "S02", "start": "2025-12-02", "end": "2025-12-26",
                   "decision_document": "D03", "inventory": "D04",
                   "items": [{"name": "冷冻牛腱（进口）", "quantity": "86箱"}]}],
    )
    return Sample(did, "市场监管：扣押无检疫证明的冷链食品，先扣押后补批（非紧急情况）",
                  "Market regulation: seizure of cold-chain food carried out before the head approved it (no emergency)",
                  [("实施扣押前未经行政机关负责人批准（次日补批）", "seizure carried out before the head's approval (approved the next day)")],
                  [("CO-M-002", "S02", E)], d)


def co_09() -> Sample:
    did = "CO-09-surcharge-open"
    d = dossier(
        did,
        case("城西市监执〔2026〕2号", "enforced_execution", "market_regulation", "330199",
             ("MR-EXE-001", "对逾期不缴纳罚款、经催告仍不履行的，依法拍卖已扣押财物抵缴罚款"), "B-CX-MR",
             org("城西县某某超市有限公司", "913301990000000131"), status="open"),
        officers(("O1", "刘晓东", "lead"), ("O2", "宋佳怡", "assisting"), ("O9", "周建国", "agency_head")),
        [
            st("S01", "filing", "2026-06-01", "D01", approved_by="O9", approved_on="2026-06-01",
               note="处罚决定书（罚款2万元）2025-11-20送达，当事人逾期未缴纳，也未在法定期限内申请复议或提起诉讼；"
               "办案中已扣押其库存商品（《行政强制法》第四十六条第三款）"),
            st("S02", "demand_notice", "2026-06-02", "D02"),
            st("S03", "service", "2026-06-02", "D03", of="S02", method="direct"),
        ],
        docs(("D01", "filing_approval", "强制执行立案审批表"), ("D02", "demand_notice", "催告书"),
             ("D03", "proof_of_service", "送达回证（催告书）")),
    )
    return Sample(did, "市场监管：逾期不缴罚款，拟拍卖已扣押财物抵缴，已催告（未结）",
                  "Market regulation: unpaid fine to be recovered by auctioning goods seized earlier; demand served (open)",
                  [], [], d)


def co_10() -> Sample:
    did = "CO-10-ebike-seizure-other-field-officer"
    d = dossier(
        did,
        case("城西市监强〔2025〕19号", "coercive_measure", "market_regulation", "330199",
             ("MR-PROD-001", "对涉嫌不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的查封、扣押"),
             "B-CX-MR", org("城西县某某电动车商行", "923301990000000221")),
        officers(("O1", "陈立新", "lead"), ("O2", "田野", "assisting"), ("O9", "周建国", "agency_head")),
        [
            st("S01", "discovery", "2025-09-08", note="电动自行车安全隐患联合整治：门店销售的电动自行车疑似被拆除限速装置"),
            st("S02", "approval", "2025-09-09", "D01", approved_by="O9", approved_on="2025-09-09"),
            # DEFECT: the second officer is an emergency-management officer from the joint campaign; his
            # certificate does not cover market regulation (CERT-007, a warning: the coverage rests on local
            # certificate rules; two officers with valid certificates satisfy Art 18 item 2 as such).
            on_site("S03", "seizure", "2025-09-09T14:00:00", "2025-09-09T15:30:00", "D02", "D03", "D04", "AV01",
                    approved_by="O9", approved_on="2025-09-09"),
            st("S04", "release", "2025-09-25", "D05", measure="M1", note="检验结果符合强制性国家标准，解除扣押并退还"),
            st("S05", "disclosure", "2025-09-30", where=_POSTED),
            st("S06", "closing", "2025-10-10", "D06"),
        ],
        docs(("D01", "approval_form", "实施行政强制措施审批表"), ("D02", "on_site_record", "现场笔录"),
             ("D03", "seizure_decision", "实施行政强制措施决定书（扣押）"), ("D04", "seizure_inventory", "扣押财物清单"),
             ("D05", "release_decision", "解除行政强制措施决定书"), ("D06", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT1H30M")],
        measures=[{"id": "M1", "kind": "seizure", "step": "S03", "start": "2025-09-09", "end": "2025-09-25",
                   "decision_document": "D03", "inventory": "D04",
                   "items": [{"name": "电动自行车（疑似拆除限速装置）", "quantity": "7辆"}]}],
    )
    return Sample(did, "市场监管：联合整治中扣押疑似改装的电动自行车，第二名执法人员是应急管理局的执法人员",
                  "Market regulation: seizure of e-bikes suspected of tampering, in a joint campaign; the second officer holds an emergency-management certificate",
                  [("执法人员所持执法证的执法类别不含本案领域（跨领域执法）",
                    "an officer's certificate does not cover the case's field")],
                  [("CERT-007", "S03", W)], d)


def co_11() -> Sample:
    did = "CO-11-meat-seizure-testing-open"
    d = dossier(
        did,
        case("城西市监强〔2026〕15号", "coercive_measure", "market_regulation", "330199102",
             ("MR-FOOD-004", "对有证据证明不符合食品安全标准的食品的查封、扣押"), "B-CX-MR",
             org("城西县某某食品批发部", "923301990000000251"), status="open"),
        officers(("O1", "刘晓东", "lead"), ("O2", "宋佳怡", "assisting"), ("O9", "周建国", "agency_head")),
        [
            st("S01", "discovery", "2026-05-26", note="快检：冷库内冷冻猪肉制品瘦肉精快检阳性，抽样送实验室确证"),
            st("S02", "approval", "2026-05-27", "D01", approved_by="O9", approved_on="2026-05-27"),
            on_site("S03", "seizure", "2026-05-27T14:00:00", "2026-05-27T15:40:00", "D02", "D03", "D04", "AV01",
                    approved_by="O9", approved_on="2026-05-27"),
            # Still seized on 2026-06-30. The 30 days plus the 5 days of laboratory testing notified in
            # writing (06-01..06-05, not counted) end on Wednesday 2026-07-01: one working day left
            # (yellow). DEFECT: the seizure decision was not published; the 20 working days ended on
            # 2026-06-25 (Friday 06-19 is the Dragon Boat Festival) (red).
        ],
        docs(("D01", "approval_form", "实施行政强制措施审批表"), ("D02", "on_site_record", "现场笔录"),
             ("D03", "seizure_decision", "实施行政强制措施决定书（扣押）"), ("D04", "seizure_inventory", "扣押财物清单")),
        [av(did, "AV01", "PT1H44M", "2026-05-27T13:58:00", "2026-05-27T15:42:00")],
        measures=[{"id": "M1", "kind": "seizure", "step": "S03", "start": "2026-05-27",
                   "decision_document": "D03", "inventory": "D04",
                   "items": [{"name": "冷冻猪肉制品", "quantity": "42箱"}],
                   "excluded_periods": [{"start": "2026-06-01", "end": "2026-06-05",
                                         "reason": "实验室确证检验期间（检验期间告知书已送达当事人）", "notified": True}]}],
    )
    return Sample(did, "市场监管：扣押快检阳性的冷冻肉制品，检验期间已书面告知；扣押期限即将届满，扣押决定逾期未公示（未结）",
                  "Market regulation: seizure of frozen meat pending lab tests (test period notified); the seizure period is about to end and the decision is overdue for publication (open)",
                  [("扣押决定超过20个工作日仍未公示（跨端午，期限 2026-06-25）",
                    "seizure decision still unpublished after 20 working days (across the 2026 Dragon Boat Festival; due 2026-06-25)"),
                   ("扣押期限（30日，扣除已告知的检验期间5日）2026-07-01 届满在即，尚无解除或处理决定（临期）",
                    "the seizure period (30 days plus the 5 notified testing days) ends on 2026-07-01 with no release or disposal yet (due soon)")],
                  [("CO-SEAL-006", "S03", W, YELLOW), ("PUB-007", "S03", W, RED)], d)


def co_12() -> Sample:
    did = "CO-12-blanket-seizure-absent-party-unsealed"
    d = dossier(
        did,
        case("城西市监强〔2025〕36号", "coercive_measure", "market_regulation", "330199",
             ("MR-PROD-001", "对涉嫌不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的查封、扣押"),
             "B-CX-MR", org("城西县某某家居用品经营部", "923301990000000291")),
        officers(("O1", "陈立新", "lead"), ("O2", "宋佳怡", "assisting"), ("O9", "周建国", "agency_head")),
        [
            st("S01", "discovery", "2025-11-04", note="举报：仓库存放无厂名厂址的电热毯，疑似不符合强制性国家标准"),
            st("S02", "approval", "2025-11-05", "D01", approved_by="O9", approved_on="2025-11-05"),
            # DEFECT: the party did not come; a witness attended but did not sign the on-site record.
            # DEFECT: the seizure decision bears no seal of the agency.
            on_site("S03", "seizure", "2025-11-05T10:00:00", "2025-11-05T11:20:00", "D02", "D03", "D04", "AV01",
                    approved_by="O9", approved_on="2025-11-05", party_present=False, party_signed=False,
                    witness_present=True, witness_signed=False,
                    note="当事人经电话通知未到场，邀请仓库所在村村委会工作人员到场见证"),
            st("S04", "disclosure", "2025-11-20", where=_POSTED),
            st("S05", "release", "2025-11-28", "D05", measure="M1", note="检验合格，解除扣押，财物退还"),
            st("S06", "closing", "2025-12-03", "D06"),
        ],
        [*docs(("D01", "approval_form", "实施行政强制措施审批表"), ("D02", "on_site_record", "现场笔录")),
         {"id": "D03", "kind": "seizure_decision", "title": "实施行政强制措施决定书（扣押）", "sealed": False},
         *docs(("D04", "seizure_inventory", "扣押财物清单"), ("D05", "release_decision", "解除行政强制措施决定书"),
               ("D06", "closing_report", "结案审批表"))],
        [av(did, "AV01", "PT1H20M")],
        measures=[{"id": "M1", "kind": "seizure", "step": "S03", "start": "2025-11-05", "end": "2025-11-28",
                   "decision_document": "D03", "inventory": "D04",
                   "items": [{"name": "电热毯（无厂名厂址）", "quantity": "120条"}]}],
    )
    return Sample(did, "市场监管：扣押疑似不合格电热毯，当事人不到场，见证人未在现场笔录上签名；扣押决定书未盖章",
                  "Market regulation: seizure of suspect electric blankets with the party absent; the witness did not sign the record and the seizure decision is unsealed",
                  [("当事人不到场，见证人到场但未在现场笔录上签名", "party absent; the witness attended but did not sign the on-site record"),
                   ("扣押决定书未加盖行政机关印章", "the seizure decision bears no seal of the agency")],
                  [("ARC-004", "S03", E), ("CO-M-011", "S03", E)], d)


def co_13() -> Sample:
    did = "CO-13-obstruction-substitute-short-notice"
    d = dossier(
        did,
        case("城西综执执〔2025〕31号", "enforced_execution", "urban_management", "330199101",
             ("UM-OBS-001", "对擅自占用城市道路堆放物料逾期不清除的排除妨碍"), "B-CX-ZF",
             org("城西县某某装饰材料店", "923301990000000301")),
        officers(("O1", "王志强", "lead"), ("O2", "陆文斌", "assisting"), ("O9", "许德明", "agency_head")),
        [
            st("S01", "filing", "2025-11-24", "D01", approved_by="O9", approved_on="2025-11-24",
               note="《责令限期清除决定书》要求11月21日前清除占用人行道堆放的装修材料，逾期未清除"),
            st("S02", "demand_notice", "2025-11-24", "D02",
               note="催告书（行政强制法第三十五条）：限于2025-11-28前自行清除，逾期将依法代履行，费用由当事人承担；"
                    "告知陈述、申辩权"),
            st("S03", "service", "2025-11-24", "D03", of="S02", method="direct"),
            st("S04", "execution_decision", "2025-12-03", "D04", approved_by="O9", approved_on="2025-12-03"),
            st("S05", "service", "2025-12-03", "D05", of="S04", method="direct"),
            st("S09", "demand_notice", "2025-12-04", "D08",
               note="代履行前催告（第五十一条第一款第二项）：限于2025-12-04 18时前自行清除，逾期由本局代履行"),
            st("S10", "service", "2025-12-04", "D09", of="S09", method="direct"),
            # DEFECT: after the 代履行 decision the party was reminded on Thursday 12-04; three working days run
            # to Tuesday 12-09, but the substitute performance was carried out on Monday 12-08 (counted as
            # calendar days).
            on_site("S06", "execution", "2025-12-08T09:00:00", "2025-12-08T11:30:00", "D06", "AV01",
                    execution_method="substitute_performance", note="委托环卫作业公司代为清运，当事人到场"),
            st("S07", "disclosure", "2025-12-12", where=_POSTED),
            st("S08", "closing", "2025-12-19", "D07"),
        ],
        docs(("D01", "filing_approval", "强制执行立案审批表"), ("D02", "demand_notice", "催告书"),
             ("D03", "proof_of_service", "送达回证（催告书）"), ("D04", "execution_decision", "代履行决定书"),
             ("D05", "proof_of_service", "送达回证（代履行决定书）"), ("D06", "execution_record", "代履行现场笔录"),
             ("D07", "closing_report", "结案审批表"), ("D08", "demand_notice", "代履行催告书"),
             ("D09", "proof_of_service", "送达回证（代履行催告书）")),
        [av(did, "AV01", "PT2H30M")],
    )
    return Sample(did, "综合执法：代为清运占道堆放的装修材料，代履行决定后催告不足3个工作日即代履行（按自然日计算）",
                  "Urban management: substitute removal of materials piled on a pavement, carried out less than 3 working days after the reminder",
                  [("代履行三日前未催告：周四催告，下周一即代履行（3个工作日应至周二）",
                    "reminder less than 3 working days before substitute performance (Thursday reminder, Monday removal)")],
                  [("CO-PROXY-003", "S06", E)], d)


def co_14() -> Sample:
    did = "CO-14-solvent-seal-up-witness-ok"
    d = dossier(
        did,
        case("城西应急强〔2026〕2号", "coercive_measure", "emergency_management", "330199101",
             ("EM-SEIZ-001", "对违法储存危险物品的作业场所及有关物品的查封、扣押"), "B-CX-YJ",
             org("城西县某某化工贸易有限公司", "913301990000000331")),
        officers(("O1", "钱海峰", "lead"), ("O2", "赵文博", "assisting"), ("O9", "杨振华", "agency_head")),
        [
            st("S01", "discovery", "2026-01-12", note="举报：村内闲置厂房违规存放油漆稀释剂等危险化学品"),
            st("S02", "approval", "2026-01-13", "D01", approved_by="O9", approved_on="2026-01-13"),
            # The party refused to come; a witness attended and signed (行政强制法 Art 18 item 9). The
            # recording is two files without a gap (the second starts when the first ends) and runs
            # from arrival to departure.
            on_site("S03", "seal_up", "2026-01-13T09:00:00", "2026-01-13T10:30:00", "D02", "D03", "D04", "AV01", "AV02",
                    approved_by="O9", approved_on="2026-01-13", party_present=False, party_signed=False,
                    witness_present=True, witness_signed=True,
                    note="当事人经电话通知拒不到场，邀请村委会工作人员到场见证并在现场笔录上签名"),
            st("S04", "disclosure", "2026-01-20", where=_POSTED),
            st("S05", "release", "2026-02-10", "D05", measure="M1", note="危险化学品已转移至有资质的仓库，解除查封"),
            st("S06", "closing", "2026-02-12", "D06"),
        ],
        docs(("D01", "approval_form", "查封（扣押）审批表"), ("D02", "on_site_record", "查封现场笔录"),
             ("D03", "seal_up_decision", "查封决定书"), ("D04", "seal_up_inventory", "查封场所、物品清单"),
             ("D05", "release_decision", "解除查封决定书"), ("D06", "closing_report", "结案审批表")),
        [av(did, "AV01", "PT47M", "2026-01-13T08:58:00", "2026-01-13T09:45:00"),
         av(did, "AV02", "PT47M", "2026-01-13T09:45:00", "2026-01-13T10:32:00")],
        measures=[{"id": "M1", "kind": "seal_up", "step": "S03", "start": "2026-01-13", "end": "2026-02-10",
                   "decision_document": "D03", "inventory": "D04",
                   "items": [{"name": "闲置厂房（存放危险化学品）", "quantity": "1处"},
                             {"name": "油漆稀释剂", "quantity": "36桶"}]}],
    )
    return Sample(did, "应急管理：查封违规存放危险化学品的厂房，当事人拒不到场，见证人到场签名；两段录像无间断",
                  "Emergency management: seal-up of a shed storing hazardous chemicals; party refused to attend, a witness signed; two video files without a gap",
                  [], [], d)


def co_15() -> Sample:
    did = "CO-15-fine-deposit-transfer-no-basis"
    documents = docs(
        ("D01", "filing_approval", "强制执行立案审批表"), ("D02", "demand_notice", "催告书"),
        ("D03", "proof_of_service", "送达回证（催告书）"), ("D04", "execution_decision", "行政强制执行决定书（划拨存款）"),
        ("D05", "proof_of_service", "送达回证（强制执行决定书）"),
        ("D06", "deposit_transfer_notice", "划拨存款通知书（致城西县某某农村商业银行）"),
        ("D07", "execution_record", "强制执行笔录（划拨存款）及银行划款凭证"), ("D08", "closing_report", "结案审批表"))
    documents[5]["date"] = "2026-01-28"
    d = dossier(
        did,
        case("城西市监执〔2026〕4号", "enforced_execution", "market_regulation", "330199",
             ("MR-EXE-002", "对逾期不履行行政处罚决定的当事人依法强制执行"), "B-CX-MR",
             org("城西县某某建材经营部", "923301990000000361")),
        officers(("O1", "陈立新", "lead"), ("O2", "刘晓东", "assisting"), ("O9", "周建国", "agency_head")),
        [
            st("S01", "filing", "2026-01-12", "D01", approved_by="O9", approved_on="2026-01-12",
               note="《行政处罚决定书》（城西市监罚〔2025〕63号，罚款3万元）2025-11-05送达，缴款期限2025-11-20届满，"
               "当事人逾期未缴纳，也未在法定期限内申请行政复议；经查其在城西县某某农村商业银行的基本存款账户有余额"),
            # The demand notice comes after the payment deadline, states the amount and gives ten days.
            st("S02", "demand_notice", "2026-01-13", "D02", amount="30000", deadline="2026-01-23",
               performance_deadline="2025-11-20", decision_served_on="2025-11-05",
               note="催告书：限于2026-01-23前缴纳罚款3万元，逾期依法强制执行；告知当事人有权陈述和申辩"),
            st("S03", "service", "2026-01-13", "D03", of="S02", method="direct"),
            st("S04", "execution_decision", "2026-01-26", "D04", approved_by="O9", approved_on="2026-01-26"),
            st("S05", "service", "2026-01-26", "D05", of="S04", method="direct"),
            # DEFECT: no law lets a market-regulation bureau transfer deposits (行政强制法 Art 47 para 1); the
            # power MR-EXE-002 records no deposit-transfer basis, yet the bureau had the bank transfer the
            # fine instead of applying to the court. CO-MON-104 warns (the power list shows no law; whether
            # one exists is for a person to confirm). The written notice to the bank (D06) was delivered on
            # the day. enforcement-power is not recorded (the bureau believed it had it), so CO-MON-003
            # does not judge the step.
            on_site("S06", "execution", "2026-01-28T10:00:00", "2026-01-28T10:40:00", "D06", "D07", "AV01",
                    execution_method="transfer_of_deposits", party_present=False, party_signed=False,
                    note="执法人员到开户银行送达划拨存款通知书，银行当场将3万元划入国库指定账户"),
            st("S07", "disclosure", "2026-02-06", where=_POSTED),
            st("S08", "closing", "2026-02-10", "D08"),
        ],
        documents,
        [av(did, "AV01", "PT45M", "2026-01-28T09:58:00", "2026-01-28T10:43:00")],
    )
    d["schema_version"] = "1.2"  # transfer of deposits with the notice to the bank, demand-notice amount and deadlines
    return Sample(did, "市场监管：当事人逾期不缴罚款，经催告后由本局决定划拨其银行存款抵缴；权责清单无法律授予本局划拨存款的依据",
                  "Market regulation: unpaid fine collected by transferring the party's deposits after a demand notice; no law gives the bureau that power",
                  [("没有法律授权的行政机关（县市场监管局）自行划拨存款（权责清单未载明划拨依据），应申请人民法院强制执行；已书面通知银行",
                    "deposits transferred by a bureau no law empowers to do so (no basis on its power list); it should have applied to the court. The bank was notified in writing")],
                  [("CO-MON-104", "S06", W)], d)


# ====================================================================== inspection (行政检查)


def _ins_docs() -> list[dict[str, Any]]:
    return docs(("D01", "inspection_approval", "行政检查审批表"), ("D02", "inspection_record", "现场检查笔录"),
                ("D03", "inspection_result_notice", "检查结果告知书"))


def ins_01() -> Sample:
    did = "INS-01-food-random-ok"
    d = dossier(
        did,
        case("城西市监检〔2025〕15号", "inspection", "market_regulation", "330199",
             ("MR-INS-001", "食品经营者监督检查（双随机抽查）"), "B-CX-MR",
             org("城西县某某小吃店", "923301990000000141")),
        officers(("O1", "宋佳怡", "lead"), ("O2", "陈立新", "assisting"), ("O9", "周建国", "agency_head")),
        [
            st("S01", "approval", "2025-03-17", "D01", approved_by="O9", approved_on="2025-03-17"),
            on_site("S02", "inspection", "2025-03-19T09:30:00", "2025-03-19T10:30:00", "D02"),
            st("S03", "inspection_result", "2025-03-21", "D03"),
            st("S04", "disclosure", "2025-04-18", where="国家企业信用信息公示系统"),
            st("S05", "closing", "2025-04-18"),
        ],
        _ins_docs(),
        inspection={"plan": "城西县市场监管局2025年度双随机抽查工作计划第2批", "random_selection": "双随机抽取记录2025-03-14-06",
                    "result": "compliant"},
    )
    return Sample(did, "市场监管：食品经营者双随机抽查，结果合格并在20个工作日内公示",
                  "Market regulation: random food-business inspection, compliant, result published within 20 working days",
                  [], [], d)


def ins_02() -> Sample:
    did = "INS-02-township-safety-ok"
    d = dossier(
        did,
        case("青山镇检〔2024〕21号", "inspection", "township", "330199101",
             ("TS-SAFE-INS-001", "对本行政区域内生产经营单位安全生产状况的监督检查"), "B-CX-QS",
             org("城西县某某竹木制品厂", "923301990000000151")),
        officers(("O1", "沈建军", "lead"), ("O2", "朱晓燕", "assisting"), ("O9", "袁立平", "agency_head")),
        [
            st("S01", "approval", "2024-09-23", "D01", approved_by="O9", approved_on="2024-09-23"),
            on_site("S02", "inspection", "2024-09-25T14:00:00", "2024-09-25T15:30:00", "D02"),
            st("S03", "inspection_result", "2024-09-27", "D03"),
            # 20 working days after 09-27 run to 2024-10-30 across National Day (make-up days 09-29, 10-12).
            st("S04", "disclosure", "2024-10-29", where=_POSTED),
            st("S05", "closing", "2024-10-30"),
        ],
        _ins_docs(),
        inspection={"plan": "青山镇2024年度安全生产监督检查计划", "result": "compliant"},
    )
    return Sample(did, "青山镇（法定职责）：对竹木制品厂的安全生产检查，结果告知并跨国庆在期限内公示",
                  "Township Qingshan (own statutory duty): safety inspection of a bamboo workshop; result published in time across National Day",
                  [], [], d)


def ins_03() -> Sample:
    did = "INS-03-safety-expired-cert"
    d = dossier(
        did,
        case("城西应急检〔2025〕33号", "inspection", "emergency_management", "330199",
             ("EM-INS-001", "对生产经营单位执行安全生产法律法规和国家标准、行业标准情况的监督检查"), "B-CX-YJ",
             org("城西县某某纺织有限公司", "913301990000000161")),
        officers(("O1", "钱海峰", "lead"), ("O2", "冯丽", "assisting"), ("O9", "杨振华", "agency_head")),
        [
            st("S01", "approval", "2025-05-12", "D01", approved_by="O9", approved_on="2025-05-12"),
            # DEFECT: 冯丽's certificate expired on 2025-03-31.
            on_site("S02", "inspection", "2025-05-14T09:00:00", "2025-05-14T11:00:00", "D02"),
            st("S03", "inspection_result", "2025-05-16", "D03"),
            st("S04", "rectification_order", "2025-05-16", "D04", note="消防通道堆放杂物，限2025-05-30前整改"),
            st("S05", "follow_up", "2025-06-03", "D05", note="复查：已整改"),
            st("S06", "disclosure", "2025-06-06", where=_POSTED),
            st("S07", "closing", "2025-06-09"),
        ],
        [*_ins_docs(), *docs(("D04", "rectification_order", "责令限期整改指令书"),
                             ("D05", "follow_up_record", "整改复查意见书"))],
        inspection={"plan": "城西县应急管理局2025年度监督检查计划", "result": "rectification_ordered",
                    "rectification_deadline": "2025-05-30"},
    )
    return Sample(did, "应急管理：纺织企业安全检查，一名执法人员的执法证已于2025-03-31过期",
                  "Emergency management: safety inspection where one officer's certificate had expired on 2025-03-31",
                  [("执法人员持过期执法证参与检查，有效持证人员不足2人",
                    "an officer's certificate had expired; fewer than two validly certified officers")],
                  [("CERT-006", "S02", E), ("CERT-101", "S02", W)], d)


def ins_04() -> Sample:
    did = "INS-04-discharge-supervision-cert"
    d = dossier(
        did,
        case("城西环检〔2025〕28号", "inspection", "ecology_environment", "330199102",
             ("EE-INS-001", "对排污单位的现场检查（双随机抽查）"), "B-CX-EE",
             org("城西县某某食品加工有限公司", "913301990000000171")),
        officers(("O1", "黄思远", "lead"), ("O2", "蒋卫东", "assisting"), ("O9", "梁国栋", "agency_head")),
        [
            st("S01", "approval", "2025-08-11", "D01", approved_by="O9", approved_on="2025-08-11"),
            # DEFECT: the second "officer" holds only a 行政执法监督证.
            on_site("S02", "inspection", "2025-08-13T10:00:00", "2025-08-13T11:40:00", "D02"),
            st("S03", "inspection_result", "2025-08-15", "D03"),
            st("S04", "disclosure", "2025-09-05", where=_POSTED),
            st("S05", "closing", "2025-09-08"),
        ],
        _ins_docs(),
        inspection={"plan": "城西县生态环境局2025年度双随机抽查计划", "random_selection": "双随机抽取记录2025-08-08-02",
                    "result": "compliant"},
    )
    return Sample(did, "生态环境：排污单位双随机检查，第二名“执法人员”只持有行政执法监督证",
                  "Ecology and environment: random discharge inspection; the second 'officer' holds only a supervision certificate",
                  [("持行政执法监督证人员被计为执法人员，实际持执法证人员只有1名",
                    "a supervision-certificate holder counted as an officer; only one certified officer")],
                  [("CERT-011", "S02", W), ("CERT-101", "S02", W)], d)


def ins_05() -> Sample:
    did = "INS-05-billboard-unsigned-late-disclosure"
    d = dossier(
        did,
        case("城西综执检〔2025〕40号", "inspection", "urban_management", "330199",
             ("UM-INS-001", "对户外广告设施设置和安全状况的监督检查"), "B-CX-ZF",
             org("城西县某某广告有限公司", "913301990000000181")),
        officers(("O1", "王志强", "lead"), ("O2", "郑宇航", "assisting"), ("O9", "许德明", "agency_head")),
        [
            st("S01", "approval", "2025-04-07", "D01", approved_by="O9", approved_on="2025-04-07"),
            # DEFECT: the party was absent and nobody signed the record; no witness was invited.
            on_site("S02", "inspection", "2025-04-09T14:00:00", "2025-04-09T15:00:00", "D02",
                    party_present=False, party_signed=False, witness_present=False, witness_signed=False),
            st("S03", "inspection_result", "2025-04-11", "D03"),
            # DEFECT: 20 working days after 04-11 end on 2025-05-13 (Labour Day 05-01..05, Sunday 04-27 a
            # make-up working day); published on 05-20.
            st("S04", "disclosure", "2025-05-20", where=_POSTED),
            st("S05", "closing", "2025-05-21"),
        ],
        _ins_docs(),
        inspection={"plan": "城西县综合行政执法局2025年度双随机抽查计划（户外广告设施）",
                    "random_selection": "双随机抽取记录2025-04-03-11", "result": "compliant"},
    )
    return Sample(did, "综合执法：户外广告牌安全检查，笔录无当事人或见证人签名，结果公示逾期",
                  "Urban management: billboard safety inspection; record signed by neither party nor witness; result published late",
                  [("现场检查笔录无当事人签名，也无见证人签名", "inspection record signed by neither the party nor a witness"),
                   ("检查结果超过20个工作日才公示（跨五一）", "result published after 20 working days (across Labour Day 2025)")],
                  [("INS-111", "S02", W), ("PUB-015", "S04", W)], d)


def ins_06() -> Sample:
    did = "INS-06-food-random-open"
    d = dossier(
        did,
        case("城西市监检〔2026〕22号", "inspection", "market_regulation", "330199101",
             ("MR-INS-001", "食品经营者监督检查（双随机抽查）"), "B-CX-MR",
             org("城西县某某烘焙店", "923301990000000191"), status="open"),
        officers(("O1", "陈立新", "lead"), ("O2", "宋佳怡", "assisting"), ("O9", "周建国", "agency_head")),
        [
            st("S01", "approval", "2026-06-22", "D01", approved_by="O9", approved_on="2026-06-22"),
            on_site("S02", "inspection", "2026-06-24T09:00:00", "2026-06-24T10:20:00", "D02", "AV01",
                    note="抽取面包2批次送检，结果待出"),
        ],
        docs(("D01", "inspection_approval", "行政检查审批表"), ("D02", "inspection_record", "现场检查笔录")),
        [av(did, "AV01", "PT1H20M")],
        inspection={"plan": "城西县市场监管局2026年度双随机抽查工作计划第4批", "random_selection": "双随机抽取记录2026-06-19-03",
                    "result": "compliant"},
    )
    return Sample(did, "市场监管：烘焙店双随机抽查，已现场检查并抽样，检验结果待出（未结）",
                  "Market regulation: random bakery inspection; samples taken, results pending (open)",
                  [], [], d)


def ins_07() -> Sample:
    did = "INS-07-township-safety-no-cert-shown"
    d = dossier(
        did,
        case("河塘镇检〔2025〕37号", "inspection", "township", "330199102",
             ("TS-SAFE-INS-001", "对本行政区域内生产经营单位安全生产状况的监督检查"), "B-CX-HT",
             org("城西县某某农机修理厂", "923301990000000201")),
        officers(("O1", "孔令辉", "lead"), ("O2", "曹宁", "assisting"), ("O9", "吕志明", "agency_head")),
        [
            st("S01", "approval", "2025-12-22", "D01", approved_by="O9", approved_on="2025-12-22"),
            # DEFECT: the record states that the officers did not show their certificates.
            on_site("S02", "inspection", "2025-12-24T09:30:00", "2025-12-24T10:30:00", "D02", certificates_shown=False),
            st("S03", "inspection_result", "2025-12-26", "D03"),
            st("S04", "disclosure", "2026-01-21", where=_POSTED),
            st("S05", "closing", "2026-01-23"),
        ],
        _ins_docs(),
        inspection={"plan": "河塘镇2025年第四季度安全生产检查计划", "result": "compliant"},
    )
    return Sample(did, "河塘镇（法定职责）：农机修理厂安全检查，笔录记载未出示执法证件；公示跨元旦在期限内",
                  "Township Hetang (own duty): safety inspection where certificates were not shown; result published in time across New Year 2026",
                  [("检查时未出示执法证件", "certificates not shown during the inspection")],
                  [("CERT-005", "S02", E)], d)


def ins_08() -> Sample:
    did = "INS-08-supermarket-random-open-overdue"
    d = dossier(
        did,
        case("城西市监检〔2026〕18号", "inspection", "market_regulation", "330199101",
             ("MR-INS-001", "食品经营者监督检查（双随机抽查）"), "B-CX-MR",
             org("城西县某某生鲜超市", "923301990000000261"), status="open"),
        officers(("O1", "宋佳怡", "lead"), ("O2", "刘晓东", "assisting"), ("O9", "周建国", "agency_head")),
        [
            st("S01", "approval", "2026-05-18", "D01", approved_by="O9", approved_on="2026-05-18"),
            on_site("S02", "inspection", "2026-05-20T09:30:00", "2026-05-20T11:00:00", "D02", "AV01",
                    note="现场检查并抽取散装熟食2批次送检"),
            # DEFECT: the on-site result (05-22) is still unpublished; 20 working days ended on
            # 2026-06-22 (red). The laboratory result (06-03) is due on 2026-07-02 (yellow).
            st("S03", "inspection_result", "2026-05-22", "D03", note="现场检查结果：进货查验记录、贮存条件符合要求"),
            st("S04", "inspection_result", "2026-06-03", "D04", note="抽检结果：送检样品检验合格"),
        ],
        docs(("D01", "inspection_approval", "行政检查审批表"), ("D02", "inspection_record", "现场检查笔录"),
             ("D03", "inspection_result_notice", "检查结果告知书（现场检查）"),
             ("D04", "inspection_result_notice", "检查结果告知书（抽检）")),
        [av(did, "AV01", "PT1H30M")],
        inspection={"plan": "城西县市场监管局2026年度双随机抽查工作计划第3批", "random_selection": "双随机抽取记录2026-05-15-02",
                    "result": "compliant"},
    )
    return Sample(did, "市场监管：生鲜超市双随机抽查，现场检查结果逾期未公示，抽检结果公示期限临近（未结）",
                  "Market regulation: random supermarket inspection; the on-site result is overdue for publication and the lab result is due soon (open)",
                  [("现场检查结果超过20个工作日仍未公示（期限 2026-06-22）",
                    "on-site inspection result still unpublished after 20 working days (due 2026-06-22)"),
                   ("抽检结果公示期限 2026-07-02 届满在即（临期）", "the lab result must be published by 2026-07-02 (due soon)")],
                  [("PUB-015", "S03", W, RED), ("PUB-015", "S04", W, YELLOW)], d)


def ins_09() -> Sample:
    did = "INS-09-hotel-safety-approved-afterwards"
    d = dossier(
        did,
        case("城西应急检〔2026〕9号", "inspection", "emergency_management", "330199",
             ("EM-INS-001", "对生产经营单位执行安全生产法律法规和国家标准、行业标准情况的监督检查"), "B-CX-YJ",
             org("城西县某某宾馆", "923301990000000311")),
        officers(("O1", "田野", "lead"), ("O2", "钱海峰", "assisting"), ("O9", "杨振华", "agency_head")),
        [
            # DEFECT: the inspection took place on 03-10; the head approved it only on 03-11, and no
            # emergency is recorded.
            on_site("S01", "inspection", "2026-03-10T09:30:00", "2026-03-10T11:00:00", "D02"),
            st("S02", "approval", "2026-03-11", "D01", approved_by="O9", approved_on="2026-03-11"),
            st("S03", "inspection_result", "2026-03-13", "D03"),
            st("S04", "closing", "2026-03-16"),
        ],
        docs(("D01", "inspection_approval", "行政检查审批表（补批）"), ("D02", "inspection_record", "现场检查笔录"),
             ("D03", "inspection_result_notice", "检查结果告知书")),
        inspection={"plan": "城西县应急管理局2026年度监督检查计划", "result": "compliant"},
    )
    return Sample(did, "应急管理：宾馆安全检查，先检查后补批（无紧急情况）",
                  "Emergency management: hotel safety inspection carried out before the head approved it (no emergency)",
                  [("行政检查未经负责人事前审批（次日补批）", "inspection carried out before the head's approval (approved the next day)")],
                  [("INS-003", "S01", W)], d)


def ins_10() -> Sample:
    did = "INS-10-township-gas-emergency-ok"
    d = dossier(
        did,
        case("河塘镇检〔2026〕3号", "inspection", "township", "330199102",
             ("TS-SAFE-INS-001", "对本行政区域内生产经营单位安全生产状况的监督检查"), "B-CX-HT",
             org("城西县某某饭店", "923301990000000321")),
        officers(("O1", "孔令辉", "lead"), ("O2", "曹宁", "assisting"), ("O9", "吕志明", "agency_head")),
        [
            # An emergency inspection on a complaint in the evening; the head's approval follows the next
            # morning, which the emergency allows.
            on_site("S01", "inspection", "2026-02-10T19:00:00", "2026-02-10T20:10:00", "D02",
                    emergency_reason="群众举报饭店后厨液化气钢瓶漏气，现场存在重大安全隐患"),
            st("S02", "approval", "2026-02-11", "D01", approved_by="O9", approved_on="2026-02-11"),
            st("S03", "inspection_result", "2026-02-11", "D03"),
            st("S04", "rectification_order", "2026-02-11", "D04", note="立即停用漏气钢瓶，限2026-02-13前更换减压阀和连接软管"),
            st("S05", "follow_up", "2026-02-13", "D05", note="复查：已整改"),
            st("S06", "closing", "2026-02-24"),
        ],
        docs(("D01", "inspection_approval", "行政检查审批表（紧急情况事后补批）"), ("D02", "inspection_record", "现场检查笔录"),
             ("D03", "inspection_result_notice", "检查结果告知书"), ("D04", "rectification_order", "责令限期整改指令书"),
             ("D05", "follow_up_record", "整改复查意见书")),
        inspection={"result": "rectification_ordered", "rectification_deadline": "2026-02-13"},
    )
    return Sample(did, "河塘镇（法定职责）：接群众举报夜间紧急检查饭店燃气隐患，次日补办审批，责令整改并复查",
                  "Township Hetang (own duty): emergency evening gas-safety inspection on a complaint, approved the next morning, rectification ordered and checked",
                  [], [], d)


# ====================================================================== documents as PDF (issue 4)
# A few dossiers carry their documents as PDF, rendered by scripts/pdf_documents.py from the manifest's
# own data (so that they agree with it) plus the texts below; the planted defects are changes to what a
# document says. The manifests of these samples give each rendered document its `path` and `pages`
# (no sha256: the bytes depend on the reportlab version, the text does not).

_BODY_NAMES = {b["id"]: b["name"] for b in REGISTRY["bodies"]}
_STEP_DOC_FIELDS = ("filing_approval", "inquiry_record", "inspection_record", "advance_notice", "punishment_decision",
                    "proof_of_service", "closing_report", "legal_review_opinion", "investigation_report")


def _pdf_module() -> Any:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        import pdf_documents
    finally:
        sys.path.pop(0)
    return pdf_documents


def _page_count(data: bytes) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def _step_of_document(d: dict[str, Any], doc_id: str) -> dict[str, Any]:
    return next(s for s in d["steps"] if {"document": doc_id} in s.get("records", []))


def document_fields(d: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    """What the manifest says about a document, as pdf_documents fields."""
    c = d["case"]
    party = c["party"]
    step = _step_of_document(d, doc["id"])
    team = {o["id"]: o for o in d["officers"]}
    out: dict[str, Any] = {"organ": _BODY_NAMES[c["acting_body"]["id"]], "case_number": c["number"],
                           "party_name": party["name"], "party_kind": party["kind"], "cause": c["matter"]["name"],
                           "title": doc["title"]}
    if party.get("credit_code"):
        out["credit_code"] = party["credit_code"]
    if "start" in step:
        out["start"], out["end"] = step["start"], step["end"]
        out["date"] = step["start"][:10]
        out["officers"] = [{"name": team[o]["name"], "certificate": team[o]["certificate"]} for o in step.get("officers", ())]
    else:
        out["date"] = step["date"]
    kind = doc["kind"]
    decisions = [s for s in d["steps"] if s["kind"] == "decision"]
    fines = [Decimal(p["amount"]) for s in decisions[:1] for p in s.get("penalties", []) if p["kind"] == "fine"]
    if kind == "advance_notice":
        labels = {"statement": "陈述", "defence": "申辩", "hearing": "听证"}
        out["rights"] = [labels[r] for r in step.get("rights", [])]
        if fines:
            out["fine"] = sum(fines, Decimal(0))
    if kind == "punishment_decision":
        if fines:
            out["fine"] = sum(fines, Decimal(0))
            out["payment"] = "到城西县农村商业银行各营业网点或者通过非税收入电子缴款码缴纳罚款。"
        out["rights"] = ["复议", "诉讼"]
    if kind == "proof_of_service":
        served = next(s for s in d["steps"] if s["id"] == step["of"])
        out["served_document"] = next(x["title"] for x in d["documents"] if {"document": x["id"]} in served["records"])
        out["service_method"] = step.get("method", "direct")
    return out


def with_pdfs(sample: Sample, texts: dict[str, dict[str, Any]], scanned: dict[str, tuple[int, ...]] | None = None,
              folder: str = "docs/") -> Sample:
    """Render the listed documents of ``sample`` as PDF (manifest fields + ``texts``) and file them."""
    pdf = _pdf_module()
    for doc in sample.data["documents"]:
        if doc["id"] not in texts:
            continue
        fields = {**document_fields(sample.data, doc), **texts[doc["id"]]}
        fields = {k: v for k, v in fields.items() if v is not None}
        data = pdf.render(doc["kind"], fields, scanned_pages=(scanned or {}).get(doc["id"], ()))
        path = f"{folder}{doc['id']}-{doc['kind']}.pdf"
        sample.files[path] = data
        doc["path"] = path
        doc["pages"] = _page_count(data)
    return sample


_TRAINING_FACTS = ("经查，当事人于2024年3月至8月间，安排新招录的冲压工3名未经安全生产教育和培训即上岗作业，"
                   "未如实记录安全生产教育和培训情况。")
_TRAINING_EVIDENCE = ["现场检查记录及照片", "询问笔录两份", "员工花名册及考勤记录", "当事人营业执照复印件"]
_TRAINING_VIOLATED = ["《中华人民共和国安全生产法》第二十八条第一款"]
_TRAINING_BASIS = ["《中华人民共和国安全生产法》第九十七条第(三)项"]
_TRAINING_RANGE = "依法责令限期改正，处十万元以下的罚款"


def _training_texts(basis: list[str] | None = None, fine_text: str | None = None) -> dict[str, dict[str, Any]]:
    common = {"facts": _TRAINING_FACTS}
    decision: dict[str, Any] = {**common, "evidence": _TRAINING_EVIDENCE, "violated": _TRAINING_VIOLATED,
                                "basis": basis or _TRAINING_BASIS, "law_range_sentence": _TRAINING_RANGE,
                                "penalty": "责令当事人立即改正违法行为"}
    if fine_text is not None:
        decision["extra_paragraphs"] = [fine_text]
    return {
        "D01": {**common, "source": "日常执法检查", "approver": "杨振华"},
        "D03": {"interviewee": "孙某某", "interviewee_role": "安全管理负责人",
                "qa": [("我们是城西县应急管理局的执法人员，已向你出示执法证件，你是否看清？", "看清了。"),
                       ("新入职的冲压工上岗前是否接受过安全生产教育和培训？", "没有，因为赶订单，直接安排上岗了。")]},
        "D08": {**common, "evidence": _TRAINING_EVIDENCE, "violated": _TRAINING_VIOLATED, "basis": _TRAINING_BASIS,
                "law_range_sentence": _TRAINING_RANGE},
        "D10": decision,
    }


def pun_19() -> Sample:
    """PUN-02's case as a second company, with its documents as PDF; all consistent."""
    base = pun_02()
    did = "PUN-19-pdf-training-ok"
    d = copy.deepcopy(base.data)
    d["id"] = did
    d["case"]["number"] = "城西应急罚〔2024〕23号"
    d["case"]["party"] = org("城西县某某机械配件厂", "923301990000000191")
    d["av_records"] = [av(did, "AV01", "PT2H20M")]
    sample = Sample(did, "应急管理：未按规定进行安全培训（同 PUN-02），立案审批表、询问笔录、告知书、决定书为 PDF，内容与清单一致",
                    "Emergency management: as PUN-02, with the filing form, inquiry record, notice and decision as PDF, all consistent",
                    [], [], d)
    return with_pdfs(sample, _training_texts())


def pun_20() -> Sample:
    """The same case with the documents saying other things than the manifest."""
    base = pun_02()
    did = "PUN-20-pdf-inconsistent"
    d = copy.deepcopy(base.data)
    d["id"] = did
    d["case"]["number"] = "城西应急罚〔2024〕24号"
    d["case"]["party"] = org("城西县某某塑料制品有限公司", "913301990000000201")
    d["av_records"] = [av(did, "AV01", "PT2H20M")]
    texts = _training_texts(basis=["《中华人民共和国安全生产法》第一百二十一条第(三)项"])
    # the notice names the company differently and cites the pre-2021 numbering of 行政处罚法
    texts["D08"]["party_name"] = "城西县某某塑料制品厂"
    texts["D08"]["extra_paragraphs"] = ["根据《中华人民共和国行政处罚法》第三十一条的规定，现将拟作出行政处罚的事实、理由、依据告知如下。"]
    # the inquiry record gives 钱海峰 a certificate number that is not his
    team = {o["name"]: o["certificate"] for o in d["officers"] if "certificate" in o}
    texts["D03"]["officers"] = [{"name": "赵文博", "certificate": team["赵文博"]},
                                {"name": "钱海峰", "certificate": team["钱海峰"][:-1] + "9"}]
    # the decision's capitals say 45,000 yuan, its digits 40,000 (the manifest: 45,000)
    texts["D10"]["fine"] = None
    texts["D10"]["extra_paragraphs"] = ["并处罚款人民币肆万伍仟元整（¥40,000.00）。"]
    sample = Sample(
        did, "应急管理：同一案件的 PDF 文书与清单及彼此不一致，引用不存在的条文和修订前的条文序号，一份笔录只有扫描件",
        "Emergency management: PDF documents disagree with the manifest and each other, cite a non-existent article and the pre-2021 numbering; one record is a scan only",
        [("告知书当事人名称与清单和其他文书不一致", "the notice names the party differently from the manifest and the other documents"),
         ("询问笔录中执法人员的执法证号不是本人的", "the inquiry record gives an officer a certificate number that is not his"),
         ("决定书罚款大写肆万伍仟元、小写4万元，大小写不符", "the decision's fine reads 45,000 in capitals and 40,000 in digits"),
         ("决定书引用安全生产法第一百二十一条（该法只有119条）", "the decision cites Art 121 of the work safety law (which ends at Art 119)"),
         ("2024年的告知书引用行政处罚法修订前的第三十一条", "a 2024 notice cites Art 31 of the pre-2021 penalty law"),
         ("第二份询问笔录只有扫描件，没有文字层", "the second inquiry record is a scan without a text layer")],
        [("ARC-104", "S09", W), ("ARC-005", "S09", W), ("CERT-103", "S04", W), ("ARC-103", "S11", W),
         ("GEN-CITE-001", "S11", E), ("GEN-CITE-003", "S09", E), ("LOAD-PDF-003", None, "info"),
         # the decision's wrong article is also one the party was never told of
         ("PUN-NOTICE-004", "S11", W)],
        d)
    # the second inquiry record (a worker) was filed as a scan only
    texts["D04"] = {"interviewee": "李某某", "interviewee_role": "冲压工",
                    "qa": [("你何时入职？上岗前是否参加过安全培训？", "今年三月入职，没有参加过培训。")]}
    return with_pdfs(sample, texts, scanned={"D04": (1,)})


def pdf_01() -> Sample:
    """A case file that exists only as PDFs: no dossier.xml; check extracts a draft manifest on the fly."""
    base = pun_02()
    did = "PDF-01-only-pdfs"
    d = copy.deepcopy(base.data)
    d["id"] = did
    d["case"]["number"] = "城西应急罚〔2024〕25号"
    d["case"]["party"] = org("城西县某某包装材料有限公司", "913301990000000251")
    texts = _training_texts()
    texts.update({"D09": {}, "D11": {}, "D12": {"fine": Decimal("45000"), "penalty": "罚款人民币肆万伍仟元",
                                                 "opinion": "当事人已缴纳罚款，建议结案。"}})
    sample = Sample(
        did, "只有 PDF 文书、没有清单的案卷（同 PUN-02 的案情）：检查时自动提取草稿清单",
        "A case file of PDFs only (the case of PUN-02), no manifest: check extracts a draft manifest on the fly",
        [("没有 dossier.xml；文书中读不出权责清单事项编码", "no dossier.xml; no document states the power-list matter code"),
         ("文书中没有负责人审批、调查终结报告、公示和缴款记录",
          "the documents hold no head's approval, investigation report, disclosure or payment record")],
        [("LOAD-EXTRACT-001", None, "info"), ("SUBJ-003", None, E), ("PUN-DEC-005", "S05", E), ("REC-003", "S05", W),
         ("PUB-007", "S05", W), ("PUN-PAY-002", "S05", W)],
        d, manifest=False)
    return with_pdfs(sample, texts, folder="")


SAMPLES = (pun_01, pun_02, pun_03, pun_04, pun_05, pun_06, pun_07, pun_08, pun_09, pun_10, pun_11, pun_12,
           pun_13, pun_14, pun_15, pun_16, pun_17, pun_18, pun_21, pun_22,
           co_01, co_02, co_03, co_04, co_05, co_06, co_07, co_08, co_09, co_10, co_11, co_12, co_13, co_14, co_15,
           ins_01, ins_02, ins_03, ins_04, ins_05, ins_06, ins_07, ins_08, ins_09, ins_10, pun_19, pun_20, pdf_01)


def samples() -> list[Sample]:
    out = [make() for make in SAMPLES]
    ids = [s.id for s in out]
    assert len(ids) == len(set(ids)), "duplicate sample id"
    for s in out:
        assert s.data["id"] == s.id
    return out


# ====================================================================== output

_TYPE_LABELS = {"punishment": "行政处罚 punishment", "coercive_measure": "行政强制措施 coercive measure",
                "enforced_execution": "行政强制执行 enforced execution", "inspection": "行政检查 inspection"}
_STATUS_LABELS = {"open": "未结 open", "closed": "已结 closed"}
_ALERT_LABELS = {YELLOW: "黄色预警 yellow", RED: "红色预警 red"}


def expected_json(items: list[Sample]) -> str:
    data = {
        "as_of": AS_OF,
        "profile": PROFILE,
        "dossiers": {
            s.id: [{"rule_id": r, "step": step, "severity": sev, "alert": alert}
                   for r, step, sev, alert in s.findings]
            for s in sorted(items, key=lambda s: s.id)
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def readme(items: list[Sample]) -> str:
    lines = [
        "# 示例案卷 Sample dossiers",
        "",
        "本目录的案卷全部为虚构：城西县（区划代码 330199，青山镇 330199101、河塘镇 330199102）、机关、执法人员、",
        "证件号、当事人、身份证号和统一社会信用代码均系编造，与真实的人和单位无关。",
        "All dossiers here are invented: the county 城西县 (code 330199), its townships, bodies, officers,",
        "certificate numbers, parties, ID numbers and credit codes. Any resemblance to real persons or",
        "companies is accidental.",
        "",
        "由 `scripts/make_samples.py` 生成，请勿手工修改；修改脚本后重新运行：",
        "Generated by `scripts/make_samples.py`; do not edit by hand. Regenerate with:",
        "",
        "```sh",
        "python scripts/make_samples.py",
        "enforcement-audit check sample_dossiers --as-of 2026-06-30",
        "```",
        "",
        "`registry/` 是参照库（执法主体及权责清单/赋权、执法证件、法制审核人员）。",
        "`expected-findings.json` 列出每个案卷在 `--as-of 2026-06-30`、全国配置下应当、且只应当得到的问题",
        "（规则编号、环节、级别、预警），由 `tests/test_samples.py` 逐项核对。未结案件的日期放在 2026 年 5–6 月，",
        "以便在基准日判断期限是否已过：尚未办理的环节，期限已过的给出红色预警（按规则级别），3 个工作日内",
        "届满的给出黄色预警（一律为警告）。PUN-13、CO-11、INS-08 三件未结案件同时带有红色和黄色预警。",
        "PUN-14、PUN-15 为 2020 年的处罚案件，按 2021 年 7 月 15 日修订施行前的《行政处罚法》（2017 年修正）",
        "判断（简易程序限额 50 元/1000 元，听证申请期限 3 日）。",
        "`registry/` holds the reference registry (bodies with power lists and delegations, certificates,",
        "legal reviewers). `expected-findings.json` lists the exact findings (rule, step, severity, alert)",
        "each dossier must produce with `--as-of 2026-06-30` and the national profile; `tests/test_samples.py`",
        "checks them. Open cases are dated May–June 2026 so that their deadlines are judged on that day: a",
        "pending step whose deadline has passed is a red alert (at the rule's severity), one due within 3",
        "working days a yellow alert (always a warning). The open cases PUN-13, CO-11 and INS-08 carry both.",
        "PUN-14 and PUN-15 are punishment cases of 2020, judged by the text of 行政处罚法 in force before",
        "2021-07-15 (2017 revision: summary ceilings 50 / 1,000 yuan, 3 days to request a hearing).",
        "",
        "PUN-19、PUN-20 的部分文书为 PDF（`docs/`，由 `scripts/pdf_documents.py` 用 reportlab 内置字体 STSong-Light 生成），",
        "检查时读取文书文字并与清单核对；PDF-01 只有 PDF 文书、没有清单，检查时自动提取草稿清单（LOAD-EXTRACT-001）。",
        "PUN-19 and PUN-20 carry some documents as PDF (`docs/`, rendered by `scripts/pdf_documents.py` with",
        "reportlab's built-in font STSong-Light): check reads them and compares them with the manifest. PDF-01",
        "holds PDFs only, no manifest: check extracts a draft manifest on the fly (LOAD-EXTRACT-001).",
        "",
        "PUN-21、PUN-22、CO-15 为格式 1.2 案卷（证据种类、电子技术监控记录、裁量基准、划拨存款通知书等），",
        "`registry/bodies.xml` 为参照库格式 1.2（列出生态环境局、市场监管局的行政处罚裁量基准及其公布日期）。",
        "PUN-21, PUN-22 and CO-15 are format-1.2 manifests (evidence kinds, an electronic-monitoring record, the",
        "discretion benchmark applied, the notice to the bank of a transfer of deposits); `registry/bodies.xml` is",
        "registry 1.2 (it lists the discretion benchmarks of two bodies with their publication days).",
        "",
        "| 案卷 Dossier | 类型 Case type | 状态 Status | 内容 Content | 植入的问题 Planted defect(s) | 应有结果 Expected |",
        "|---|---|---|---|---|---|",
    ]
    for s in items:
        if s.defects:
            defect = "<br>".join(f"{cn}<br>*{en}*" for cn, en in s.defects)
        else:
            defect = "无（合规）<br>*none (compliant)*"
        expected = "<br>".join(f"{r}{'@' + step if step else ''} ({sev}{', ' + _ALERT_LABELS[alert] if alert else ''})"
                               for r, step, sev, alert in s.findings) or "—"
        lines.append(f"| `{s.id}` | {_TYPE_LABELS[s.case['type']]} | {_STATUS_LABELS[s.case['status']]} | "
                     f"{s.title}<br>*{s.title_en}* | {defect} | {expected} |")
    compliant = sum(1 for s in items if not s.expected)
    lines += [
        "",
        f"共 {len(items)} 件，其中合规 {compliant} 件。{len(items)} samples, {compliant} of them compliant.",
        "",
        "日期有意跨越法定节假日和调休工作日（2024 年清明、国庆，2025 年春节、五一、端午、国庆，",
        "2026 年元旦、端午），用以检验工作日和期限顺延的计算。",
        "Dates deliberately span statutory holidays and make-up working days (Qingming and National Day",
        "2024; Spring Festival, Labour Day, Dragon Boat Festival and National Day 2025; New Year and Dragon",
        "Boat Festival 2026) to exercise working-day counting and the moving of a period's last day.",
        "",
    ]
    return "\n".join(lines)


def write(out: Path) -> list[Sample]:
    items = samples()
    out.mkdir(parents=True, exist_ok=True)
    reg = out / "registry"
    reg.mkdir(exist_ok=True)
    for part, entries in REGISTRY.items():
        # bodies.xml lists discretion benchmarks (registry 1.2); the other parts use 1.0 items only
        version = "1.2" if part == "bodies" else "1.0"
        (reg / f"{part}.xml").write_bytes(writer.to_xml(part, {"schema_version": version, part: entries}))
    wanted = {s.id for s in items}
    for child in sorted(out.iterdir()):  # drop dossier folders of samples that no longer exist
        if child.is_dir() and (child / "dossier.xml").is_file() and child.name not in wanted:
            shutil.rmtree(child)
    for s in items:
        folder = out / s.id
        folder.mkdir(exist_ok=True)
        if (folder / "docs").is_dir():
            shutil.rmtree(folder / "docs")
        for old in folder.glob("*.pdf"):
            old.unlink()
        if s.manifest:
            (folder / "dossier.xml").write_bytes(writer.dossier_xml(s.data))
        for rel, data in sorted(s.files.items()):
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_bytes(data)
    (out / "expected-findings.json").write_text(expected_json(items), encoding="utf-8", newline="\n")
    (out / "README.md").write_text(readme(items), encoding="utf-8", newline="\n")
    return items


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "sample_dossiers"
    items = write(out)
    print(f"wrote {len(items)} sample dossiers to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
