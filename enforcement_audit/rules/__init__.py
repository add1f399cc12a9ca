"""The rule registry. Rules are registered explicitly here, module by module (no import magic)."""

from __future__ import annotations

from ..engine import Rule, validate_rules
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
