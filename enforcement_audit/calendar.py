"""Working-day calendar: official holidays and make-up working days (调休).

Years covered by ``chinese-calendar`` use its tables (the State Council's annual notices). For
other years a user table (``--holidays FILE``) is used; without one the calendar falls back to
Monday–Friday and remembers the year so that the engine can say so in a ``GEN-TIME-005`` warning.

Counting follows catalogue §1 (GEN-TIME-001..003): the start day is not counted; a period in
working days ends on the n-th working day after the start; a period in calendar days that ends
on a non-working day (statutory holiday or rest day) moves to the next working day.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import chinese_calendar

_ONE_DAY = dt.timedelta(days=1)


class HolidayTableError(ValueError):
    pass


@dataclass
class HolidayTable:
    """User-supplied holidays and make-up working days, per year."""

    holidays: set[dt.date] = field(default_factory=set)
    workdays: set[dt.date] = field(default_factory=set)
    years: set[int] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path) -> HolidayTable:
        """TOML: ``[years.2027] holidays = [2027-01-01, ...]  workdays = [2027-02-07, ...]``."""
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except OSError as exc:
            raise HolidayTableError(f"{path}: 无法读取节假日表（{exc.strerror}）") from exc
        except tomllib.TOMLDecodeError as exc:
            raise HolidayTableError(f"{path}: 节假日表不是有效的 TOML：{exc}") from exc
        table = cls()
        years = data.get("years")
        if not isinstance(years, dict) or not years:
            raise HolidayTableError(f"{path}: 缺少 [years.<年份>] 表")
        for key, entry in years.items():
            if not (isinstance(key, str) and key.isdigit() and len(key) == 4):
                raise HolidayTableError(f"{path}: years.{key}: 年份须为四位数字")
            year = int(key)
            if not isinstance(entry, dict):
                raise HolidayTableError(f"{path}: years.{key}: 应为表")
            unknown = set(entry) - {"holidays", "workdays", "source"}
            if unknown:
                raise HolidayTableError(f"{path}: years.{key}: 未知键 {', '.join(sorted(unknown))}")
            for name, target in (("holidays", table.holidays), ("workdays", table.workdays)):
                values = entry.get(name, [])
                if not isinstance(values, list):
                    raise HolidayTableError(f"{path}: years.{key}.{name}: 应为日期列表")
                for value in values:
                    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
                        raise HolidayTableError(f"{path}: years.{key}.{name}: {value!r} 不是日期（写作 2027-01-01）")
                    if value.year != year:
                        raise HolidayTableError(f"{path}: years.{key}.{name}: {value} 不属于 {year} 年")
                    target.add(value)
            table.years.add(year)
        return table


class WorkCalendar:
    def __init__(self, table: HolidayTable | None = None) -> None:
        self.table = table or HolidayTable()
        self._cache: dict[dt.date, bool] = {}
        self._period_cache: dict[tuple[dt.date, int], tuple[dt.date, tuple[int, ...]]] = {}
        self._uncovered: set[int] = set()
        self._tracking: set[int] | None = None

    # -- coverage tracking (per dossier)
    def start_tracking(self) -> None:
        self._tracking = set()

    def stop_tracking(self) -> set[int]:
        years, self._tracking = self._tracking or set(), None
        return years

    def _note_uncovered(self, year: int) -> None:
        if self._tracking is not None:
            self._tracking.add(year)

    # -- queries
    def is_working_day(self, day: dt.date) -> bool:
        cached = self._cache.get(day)
        if cached is None:
            cached = self._compute(day)
            self._cache[day] = cached
        if day.year in self._uncovered:
            self._note_uncovered(day.year)
        return cached

    def _compute(self, day: dt.date) -> bool:
        if day.year in self.table.years:
            if day in self.table.holidays:
                return False
            if day in self.table.workdays:
                return True
            return day.weekday() < 5
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:
            self._uncovered.add(day.year)
            return day.weekday() < 5

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The last day of a period of ``days`` working days that starts after ``start``."""
        key = (start, days)
        hit = self._period_cache.get(key)
        if hit is not None:  # same deadline again (common in a batch): replay its coverage note
            for year in hit[1]:
                self._note_uncovered(year)
            return hit[0]
        day = start
        remaining = days
        while remaining > 0:
            day += _ONE_DAY
            if self.is_working_day(day):
                remaining -= 1
        uncovered = tuple(y for y in range((start + _ONE_DAY).year, day.year + 1) if y in self._uncovered)
        self._period_cache[key] = (day, uncovered)
        return day

    def add_calendar_days(self, start: dt.date, days: int) -> dt.date:
        """Calendar-day period; a last day that is not a working day moves to the next one."""
        day = start + dt.timedelta(days=days)
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end`` (0 when end <= start)."""
        count = 0
        day = start
        while day < end:
            day += _ONE_DAY
            if self.is_working_day(day):
                count += 1
        return count
