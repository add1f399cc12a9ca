"""The rule registry. Rules are registered explicitly here, module by module (no import magic)."""

from __future__ import annotations

from collections.abc import Iterable

from ..documents.tool_rules import DOCUMENT_TOOL_RULES
from ..engine import CALENDAR_UNCOVERED, INTERNAL_ERROR, Rule, RuleMeta, validate_rules
from ..loader import LOAD_RULES
from . import certificate, coercion, disclosure, documents, inspection, punishment, recording, review, subject, transfer

ALL_RULES: tuple[type[Rule], ...] = (
    *subject.RULES,
    *certificate.RULES,
    *recording.RULES,
    *review.RULES,
    *disclosure.RULES,
    *punishment.RULES,
    *coercion.RULES,
    *inspection.RULES,
    *transfer.RULES,
    *documents.RULES,
)

validate_rules(ALL_RULES)


def rule_by_id(rule_id: str) -> type[Rule] | None:
    for rule in ALL_RULES:
        if rule.meta.id == rule_id.upper():
            return rule
    return None


#: the tool-level findings, which have no rule class: loading, reading documents, the engine's own
TOOL_RULE_METAS: tuple[RuleMeta, ...] = (*LOAD_RULES, *DOCUMENT_TOOL_RULES, INTERNAL_ERROR, CALENDAR_UNCOVERED)


def all_rule_metas(rules: Iterable[type[Rule]] = ALL_RULES) -> tuple[RuleMeta, ...]:
    """Every rule id a finding can carry: the rules' (all registered ones by default), then the tool findings."""
    return (*(r.meta for r in rules), *TOOL_RULE_METAS)
