"""Jurisdiction profiles: which rules run, their severities, and cited parameters.

Profiles are TOML files in ``rules/profiles/`` (shipped inside the package as
``enforcement_audit.ruledata``). A profile may ``extends`` another; tables are merged key by key.
Every parameter carries its ``source``; a profile that omits one fails validation.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .engine import Severity, matches
from .models import CapExemption, StepKind


class ProfileError(ValueError):
    pass


class Param(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    source: str = Field(min_length=2)
    confidence: Literal["confirmed", "unconfirmed"] = "confirmed"


class DayPeriod(Param):
    days: int = Field(ge=0, le=3650)
    day_kind: Literal["working", "calendar"]


class MonthPeriod(Param):
    """A period in calendar months (years are 12 months): it ends on the corresponding day of the
    last month, or that month's last day when there is none (民法典 Art 202)."""

    months: int = Field(ge=1, le=1200)
    #: first day the text setting the period was in force; what started before is not judged by it
    effective_from: dt.date | None = None


class Threshold(Param):
    amount: Decimal = Field(ge=0)
    boundary: Literal["inclusive", "exclusive"]

    def reached(self, value: Decimal) -> bool:
        return value >= self.amount if self.boundary == "inclusive" else value > self.amount


class TimeWindow(Param):
    start: dt.time
    end: dt.time

    def contains(self, moment: dt.time) -> bool:
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


class Flag(Param):
    enabled: bool


class DateParam(Param):
    date: dt.date


class StepSet(Param):
    steps: tuple[StepKind, ...]


class BasisList(Param):
    """Citations accepted as a basis (a citation matches an entry it starts with, ignoring 《》 and spaces)."""

    bases: tuple[str, ...] = Field(min_length=1)

    def accepts(self, citation: str) -> bool:
        text = normalise_citation(citation)
        return any(text.startswith(normalise_citation(b)) for b in self.bases)


class ExemptionList(Param):
    """A published first-offence exemption list (首违不罚清单): the matters (codes of the power list, as
    ``case/matter/@code``) for which a first offence with slight harm, promptly corrected, may go unpunished
    (行政处罚法 Art 33 para 1), with the list's name, version and period in force."""

    name: str = Field(min_length=2)
    version: str = Field(min_length=1)
    effective_from: dt.date
    effective_to: dt.date | None = None
    matters: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _period(self) -> ExemptionList:
        if self.effective_to is not None and self.effective_to < self.effective_from:
            raise ValueError("effective_to is before effective_from")
        return self

    def in_force(self, day: dt.date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    @property
    def label(self) -> str:
        """「《name》（version，自 date 起施行）」."""
        until = f"，至 {self.effective_to} 止" if self.effective_to is not None else ""
        return f"《{self.name.strip('《》')}》（{self.version}，自 {self.effective_from} 起施行{until}）"


class InspectionCap(BaseModel):
    """One row of a cap table: at most ``cap`` inspections of one enterprise by one organ in a calendar year, for
    cases of ``sector`` (``case/@sector``; ``*`` for any), from ``effective_from``; inspections of the ``exempt``
    categories do not count."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    sector: str = Field(min_length=1)
    cap: int = Field(ge=1, le=365)
    effective_from: dt.date | None = None
    exempt: tuple[CapExemption, ...] = ()


class InspectionCaps(Param):
    """The yearly inspection frequency caps (涉企行政检查频次上限) by sector."""

    caps: tuple[InspectionCap, ...] = Field(min_length=1)

    def for_sector(self, sector: str) -> InspectionCap | None:
        """The row for the sector, else the ``*`` row."""
        exact = [c for c in self.caps if c.sector == sector]
        return exact[0] if exact else next((c for c in self.caps if c.sector == "*"), None)


def normalise_citation(text: str) -> str:
    """「《中华人民共和国X》第三十九条」 → 「X第三十九条」: drop 《》, quotes, spaces and the state prefix."""
    for ch in "《》〈〉“”\"' \u3000":
        text = text.replace(ch, "")
    return text.removeprefix("中华人民共和国")


class Parameters(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    punishment_disclosure: DayPeriod
    other_disclosure: DayPeriod
    inspection_disclosure: DayPeriod
    decision_deadline: DayPeriod
    statement_window: DayPeriod
    hearing_threshold_individual: Threshold
    hearing_threshold_organisation: Threshold
    night_window: TimeWindow
    av_required_steps: StepSet
    alert_window: DayPeriod
    # optional: set only where a jurisdiction or sector has such a rule (the rule is silent when None)
    filing_deadline: DayPeriod | None = None  # decide whether to file (e.g. 市场监管 15 WD)
    archive_deadline: DayPeriod | None = None  # 立卷归档 after closing (local, e.g. 10 WD)
    annual_review_required: Flag | None = None  # certificates need a passed 年审 for the act year
    av_upload_deadline: DayPeriod | None = None  # 音像记录上传期限 (广东: 1 WD)
    summary_filing_deadline: DayPeriod | None = None  # 当场处罚决定备案期限 (local)
    inspection_code_required: Flag | None = None  # 行政检查须赋码（扫码入企）
    review_time_limit: DayPeriod | None = None  # 法制审核 opinion due within N days of the review request
    review_before_notice: Flag | None = None  # the legal review must precede the advance notice (事先告知)
    # in an entrusted case the entrusted party enters the result information (广东公示办法 Art 6 para 3)
    entrusted_enters_results: Flag | None = None
    # non-disclosure only on the listed grounds, the reason filed with 司法行政 within the disclosure period
    # (广东公示办法 Art 15, 16)
    non_disclosure_filing: Flag | None = None
    # each co-deciding body of a joint decision reviews it within its own remit (广东法制审核办法 Art 7)
    joint_review_separately: Flag | None = None
    # one-officer exceptions to the two-officer rule accepted as a basis (公安: 办理行政案件程序规定 Art 39)
    one_officer_bases: BasisList | None = None
    # the day the old provincial cards became invalid on the cut-over to the national-style card (浙江: 2022-01-01)
    certificate_cutover: DateParam | None = None
    # certificates issued by a State Council ministry are filed with the same-level 司法行政 department (浙江)
    ministry_certificate_filing: Flag | None = None
    # enforcement-subject status confirmed by the government and announced publicly (河南省行政执法条例 Art 13)
    subject_announcement: Flag | None = None
    # 市场监管: the party is told in writing at service that the decision will be published (公示规定 Art 8), and
    # a party registered in another province has the information pushed there within N days (Art 10: 10 WD)
    publication_notice: Flag | None = None
    cross_province_push: DayPeriod | None = None
    # publication period of disclosed punishment information (市场监管: 3 years), and the shorter one for
    # 通报批评 or a 较低数额 fine (市场监管: 3 months); unset where no text sets one (PUB-011 is silent)
    publication_period: MonthPeriod | None = None
    publication_period_short: MonthPeriod | None = None
    # decisions imposing a warning only are not published (市场监管公示规定 Art 2 para 2); PUB-007 skips them
    warning_only_undisclosed: Flag | None = None
    # evidence preservation in an emergency: reported within 24 hours, approval afterwards (市场监管程序规定
    # Art 33 para 2); unset: approval beforehand (行政处罚法 Art 56 knows no exception)
    preservation_emergency_report: Flag | None = None
    # the hearing threshold applies to confiscated gains and property together (市场监管听证办法 Art 5 item 4);
    # unset: each kind on its own (行政处罚法 Art 63 para 1 item 2 names them separately)
    confiscations_combined: Flag | None = None
    # the first-offence exemption list (首违不罚清单) in force for the jurisdiction or sector, by matter code
    # (行政处罚法 Art 33 para 1); unset in every bundled profile: lists name behaviours, not power-list codes
    first_offence_exemptions: ExemptionList | None = None
    # yearly caps on inspections of one enterprise by one organ, by sector (国办发〔2024〕54号: published by the
    # competent departments; unset in every bundled profile: no national cap table was read)
    inspection_caps: InspectionCaps | None = None
    # the filing record states the filing conditions as checked (市场监管: 行政处罚程序规定 Art 19 para 1)
    filing_conditions: Flag | None = None


class ProfileInfo(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    title: str
    description: str = ""
    extends: str | None = None


class RuleSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    disable: tuple[str, ...] = ()
    severity: dict[str, Severity] = {}

    @field_validator("disable")
    @classmethod
    def _upper(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(v.upper() for v in value)


class Profile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    profile: ProfileInfo
    rules: RuleSettings = RuleSettings()
    parameters: Parameters
    path: str = ""

    @property
    def id(self) -> str:
        return self.profile.id

    def rule_enabled(self, rule_id: str) -> bool:
        return not matches(rule_id, self.rules.disable)

    def severity_for(self, rule_id: str, default: Severity) -> Severity:
        return self.rules.severity.get(rule_id, default)


def rules_data_dir() -> Path:
    """``rules/`` of the source tree, installed as the package ``enforcement_audit.ruledata``."""
    try:
        return Path(str(resources.files("enforcement_audit.ruledata")))
    except ModuleNotFoundError:  # running from a source checkout without installing
        return Path(__file__).resolve().parent.parent / "rules"


def _bundled_dir() -> Path:
    return rules_data_dir() / "profiles"


def bundled_profiles() -> dict[str, Path]:
    return {p.stem: p for p in sorted(_bundled_dir().glob("*.toml"))}


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ProfileError(f"{path}: 无法读取配置文件（{exc.strerror}）") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: 不是有效的 TOML：{exc}") from exc


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _raw(name_or_path: str, seen: tuple[str, ...] = ()) -> tuple[dict[str, Any], Path]:
    bundled = bundled_profiles()
    path = bundled[name_or_path] if name_or_path in bundled else Path(name_or_path)
    if name_or_path not in bundled and not path.is_file():
        known = "、".join(bundled)
        raise ProfileError(f"找不到配置 {name_or_path!r}：既不是内置配置（{known}），也不是文件")
    data = _read(path)
    info = data.get("profile", {})
    parent = info.get("extends") if isinstance(info, dict) else None
    if parent:
        if not isinstance(parent, str):
            raise ProfileError(f"{path}: profile.extends: 应为内置配置名或配置文件路径")
        if parent not in bundled and not Path(parent).is_absolute():
            parent = str(path.parent / parent)  # a file is named relative to the profile that extends it
        if parent in seen:
            raise ProfileError(f"{path}: profile.extends 形成循环：{' -> '.join((*seen, parent))}")
        base, _ = _raw(parent, (*seen, str(name_or_path)))
        base.get("profile", {}).pop("extends", None)
        data = _merge(base, data)
    return data, path


def load_profile(name_or_path: str) -> Profile:
    data, path = _raw(name_or_path)
    data["path"] = str(path.name)
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            key = ".".join(str(p) for p in err["loc"])
            problems.append(f"{path}: {key}: {err['msg']}")
        raise ProfileError("配置文件有误：\n" + "\n".join(problems)) from None
