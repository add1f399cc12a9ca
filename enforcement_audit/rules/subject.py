"""Rules: 执法主体资格 (subject qualification)."""

from __future__ import annotations

from collections.abc import Iterator

from ..engine import ALL_CASE_TYPES, Context, Hit, LegalBasis, Rule, RuleMeta, Severity, System
from ._common import cl, pl


class BodyExists(Rule):
    """The acting enforcement body must be a known body in the registry.

    Requirement: the body that decides or acts is an administrative organ, an authorised
    organisation or an entrusted organisation on record (行政处罚法 Art 17–20).

    Non-compliant: ``<acting-body id="B-UNKNOWN"/>`` where bodies.xml has no ``B-UNKNOWN``.

    Compliant: ``<acting-body id="B-LA-MR"/>`` with ``<body id="B-LA-MR" ...>`` in bodies.xml.
    """

    meta = RuleMeta(
        id="SUBJ-001",
        title="执法主体不在主体名录中",
        system=System.SUBJECT,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(pl(17), pl(18), pl(19), pl(20), cl(17), cl(70),
                     LegalBasis("中华人民共和国行政处罚法", 38, 1, note="主体不适格的处罚无效")),
        remediation="核实实施机关：以具有行政主体资格的机关名义作出决定；如名录遗漏，补录主体并附其设立和职权依据。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        acting = ctx.dossier.case.acting_body
        if acting.id not in ctx.registry.body_by_id:
            yield Hit(f"实施主体 {acting.id} 不在执法主体名录中，无法确认其行政主体资格。")
        if acting.principal and acting.principal not in ctx.registry.body_by_id:
            yield Hit(f"委托/赋权机关 {acting.principal} 不在执法主体名录中。")


RULES: tuple[type[Rule], ...] = (BodyExists,)
