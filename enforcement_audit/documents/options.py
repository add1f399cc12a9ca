"""Limits for reading documents (kept apart so that importing them loads no PDF or NLP library)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadOptions:
    max_pages: int = 300
    max_seconds: float = 20.0
