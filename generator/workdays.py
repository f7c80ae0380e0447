"""Working days under the Chinese statutory calendar, and deadlines per the Civil Code.

The statutory holidays and make-up workdays (调休) come from the maintained
``chinesecalendar`` package.  Offices add years it does not know yet (the State
Council publishes each year's arrangement in the autumn before) in
``data/holidays.yaml``; entries there also override the package.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

import chinese_calendar

from .normalize import Invalid, parse_date
from .problems import ERROR, Problem, Report

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class DeadlineRule:
    """How long a complaint of one complexity may take."""
    days: int
    working: bool   # True: working days; False: calendar days

    def describe(self, lang: str = "zh") -> str:
        if lang == "zh":
            return f"{self.days} 个{'工作日' if self.working else '自然日'}"
        return f"{self.days} {'working' if self.working else 'calendar'} days"


def _library_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
        return True
    except NotImplementedError:
        return False


class WorkCalendar:
    """Answers "is this a working day" and counts working days quickly.

    A table of cumulative working-day counts, built a whole year at a time as
    dates are asked about, makes counting O(1) and adding O(log n), which
    matters at 100,000 cases.
    """

    def __init__(self, extra_holidays: set[dt.date] = frozenset(), extra_workdays: set[dt.date] = frozenset()):
        self.extra_holidays = set(extra_holidays)
        self.extra_workdays = set(extra_workdays)
        self._office_years = {d.year for d in self.extra_holidays | self.extra_workdays}
        self.unknown_years: set[int] = set()
        self._first_year: int | None = None
        self._last_year: int | None = None
        self._cum: list[int] = []    # _cum[i]: working days from the table's first day to first+i, inclusive
        # Answers by their question: 100,000 cases ask about a few thousand distinct dates.
        self._due: dict[tuple, dt.date] = {}
        self._between: dict[tuple, int] = {}

    def _day_is_workday(self, day: dt.date, library: bool) -> bool:
        if day in self.extra_workdays:
            return True
        if day in self.extra_holidays:
            return False
        if library:
            return chinese_calendar.is_workday(day)
        return day.weekday() < 5

    def _year_flags(self, year: int) -> list[bool]:
        library = _library_knows(year)
        if not library and year not in self._office_years:
            self.unknown_years.add(year)
        day, flags = dt.date(year, 1, 1), []
        while day.year == year:
            flags.append(self._day_is_workday(day, library))
            day += ONE_DAY
        return flags

    def _ensure(self, day: dt.date) -> None:
        if self._first_year is None:
            self._first_year = self._last_year = day.year
            self._cum = _cumulate(self._year_flags(day.year), 0)
            return
        while day.year > self._last_year:
            self._last_year += 1
            self._cum += _cumulate(self._year_flags(self._last_year), self._cum[-1])
        while day.year < self._first_year:
            self._first_year -= 1
            flags = self._year_flags(self._first_year)
            head = _cumulate(flags, 0)
            self._cum = head + [n + head[-1] for n in self._cum]

    def _index(self, day: dt.date) -> int:
        self._ensure(day)
        return (day - dt.date(self._first_year, 1, 1)).days

    def _count_to(self, day: dt.date) -> int:
        i = self._index(day)   # first: it may rebuild self._cum
        return self._cum[i]

    def is_workday(self, day: dt.date) -> bool:
        i = self._index(day)
        return self._cum[i] - (self._cum[i - 1] if i else 0) == 1

    def workdays_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end``."""
        if end <= start:
            return 0
        count = self._between.get((start, end))
        if count is None:
            # Both ends first: extending the table backwards shifts every count.
            self._ensure(start)
            self._ensure(end)
            count = self._between[start, end] = self._count_to(end) - self._count_to(start)
        return count

    def add_workdays(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after ``start`` (the start day itself is not counted)."""
        if n <= 0:
            return self.next_workday(start) if n == 0 and not self.is_workday(start) else start
        target = self._count_to(start) + n
        lo = self._index(start)
        # Extend the table a year at a time, only as far as the answer needs,
        # so that a year nobody asked about is never reported as unknown.
        while (i := bisect_left(self._cum, target, lo=lo)) == len(self._cum):
            self._ensure(dt.date(self._last_year + 1, 1, 1))
        return dt.date(self._first_year, 1, 1) + dt.timedelta(days=i)

    def next_workday(self, day: dt.date) -> dt.date:
        """``day`` itself if it is a working day, else the next one."""
        while not self.is_workday(day):
            day += ONE_DAY
        return day

    def deadline(self, start: dt.date, rule: DeadlineRule) -> dt.date:
        """Civil Code arts. 201 and 203: the start day is not counted; a period
        whose last day is a rest day ends on the next working day."""
        due = self._due.get((start, rule.days, rule.working))
        if due is None:
            due = (self.add_workdays(start, rule.days) if rule.working
                   else self.next_workday(start + dt.timedelta(days=rule.days)))
            self._due[start, rule.days, rule.working] = due
        return due


def _cumulate(flags: list[bool], base: int) -> list[int]:
    out, total = [], base
    for flag in flags:
        total += flag
        out.append(total)
    return out


_RANGE = re.compile(r"^(.+?)\s*(?:~|～|至|到|—|--)\s*(.+)$")

# Keys accepted in data/holidays.yaml
_HOLIDAY_KEYS = {"holidays": "holidays", "放假": "holidays", "放假日": "holidays", "节假日": "holidays",
                 "workdays": "workdays", "调休上班": "workdays", "调休上班日": "workdays", "上班": "workdays"}


def _expand(entry: str) -> list[dt.date]:
    m = _RANGE.match(entry.strip())
    if m:
        first, last = parse_date(m[1]), parse_date(m[2])
        if last < first:
            raise Invalid("holidays_entry")
        return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    return [parse_date(entry)]


def load_calendar(path: Path | None, file: str, report: Report) -> WorkCalendar:
    """The statutory calendar plus the office's own file, if there is one."""
    if path is None:
        return WorkCalendar()
    from .spreadsheets import decode_csv
    from .yamltext import compose, plain

    node = compose(decode_csv(path.read_bytes()) or "", file, report)
    data = plain(node, file, report) if node is not None else {}
    found: dict[str, set[dt.date]] = {"holidays": set(), "workdays": set()}
    if not isinstance(data, dict):
        report.add(Problem(ERROR, "yaml_shape", file))
        data = {}
    for key, (entries, line) in data.items():
        which = _HOLIDAY_KEYS.get(key.strip())
        if which is None:
            report.ignored_columns.setdefault(file, []).append(key)
            continue
        for entry in entries if isinstance(entries, list) else [entries]:
            try:
                found[which].update(_expand(str(entry)))
            except Invalid:
                report.add(Problem(ERROR, "holidays_entry", file, line, key, value=str(entry), is_line=True))
    return WorkCalendar(found["holidays"], found["workdays"])
