from enforcement_audit.testing import (
    base_coercive_measure,
    base_enforced_execution,
    base_inspection,
    base_punishment,
    hits,
)

BASES = [base_punishment, base_coercive_measure, base_enforced_execution, base_inspection]


def test_subj_001_known_body_passes() -> None:
    for base in BASES:
        assert hits(base(), "SUBJ-001") == []


def test_subj_001_unknown_body() -> None:
    d = base_punishment()
    d["case"]["acting_body"]["id"] = "B-NOWHERE"
    assert hits(d, "SUBJ-001") == [("SUBJ-001", None)]
