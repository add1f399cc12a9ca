"""The same dossier judged under bundled jurisdiction profiles whose numbers differ (issue 3).

A fine of exactly 3,000 yuan on an individual, with no hearing right in the advance notice:
江西 sets the 较大数额 threshold at 3,000 yuan *以上* (inclusive), 北京住建 at *超过* 3,000 (exclusive),
so the first must offer a hearing and the second need not.
"""

from __future__ import annotations

from typing import Any

from enforcement_audit.profile import load_profile
from enforcement_audit.testing import base_punishment, hits, step


def _individual_fine(amount: str) -> dict[str, Any]:
    d = base_punishment()
    d["case"]["party"] = {"kind": "individual", "name": "王某某"}
    step(d, "S10")["penalties"] = [{"kind": "fine", "amount": amount}]
    step(d, "S07")["rights"] = ["statement", "defence"]  # no hearing right offered
    return d


def test_threshold_boundaries_differ_between_bundled_profiles() -> None:
    jiangxi = load_profile("jiangxi").parameters.hearing_threshold_individual
    beijing = load_profile("beijing-zhujian").parameters.hearing_threshold_individual
    assert (jiangxi.amount, jiangxi.boundary) == (3000, "inclusive")
    assert (beijing.amount, beijing.boundary) == (3000, "exclusive")


def test_fine_exactly_at_the_threshold() -> None:
    d = _individual_fine("3000")
    assert hits(d, "PUN-HEAR-001", profile="jiangxi") == [("PUN-HEAR-001", "S07")]
    assert hits(d, "PUN-HEAR-001", profile="beijing-zhujian") == []
    assert hits(d, "PUN-HEAR-001", profile="national") == []  # 10,000 nationally


def test_one_cent_above_the_threshold_needs_a_hearing_under_both() -> None:
    d = _individual_fine("3000.01")
    assert hits(d, "PUN-HEAR-001", profile="jiangxi") == [("PUN-HEAR-001", "S07")]
    assert hits(d, "PUN-HEAR-001", profile="beijing-zhujian") == [("PUN-HEAR-001", "S07")]
