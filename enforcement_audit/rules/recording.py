"""Rules: recording."""

from __future__ import annotations

from ..engine import Rule

RULES: tuple[type[Rule], ...] = ()
