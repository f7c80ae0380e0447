"""Figures derived from the records as of a date: deadlines first."""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from .contract import STATUS_CLOSED, STATUS_NOT_ACCEPTED
from .model import Case
from .publish import digest
from .workdays import DeadlineRule, WorkCalendar


# Timeliness of a case, as shown in its badge.
ON_TIME = "on_time"          # closed by the due date
LATE = "late"                # closed after it
OVERDUE = "overdue"          # still open after it (超期未办结)
OPEN = "open"                # still open, not yet due
DUE_SOON = "due_soon"        # still open, due within a few days
NOT_ACCEPTED = "not_accepted"  # 不予受理: no handling deadline applies


@dataclass(frozen=True)
class Deadline:
    """What the deadline rules say about one case as of a date."""
    rule: DeadlineRule
    due_date: dt.date
    timeliness: str
    calendar_days: int | None      # days taken (closed) or open so far (open)
    working_days: int | None

    @property
    def on_time(self) -> bool | None:
        return {ON_TIME: True, LATE: False}.get(self.timeliness)

    @property
    def overdue(self) -> bool:
        return self.timeliness == OVERDUE

    @property
    def is_open(self) -> bool:
        return self.timeliness in (OPEN, DUE_SOON, OVERDUE)

    def key(self) -> str:
        """Every field, as one string: far cheaper to make and hash than the dataclass's own
        repr (dates' reprs above all), which 100,000 cases' pages and rows need once each.
        Made once for a deadline cases share (:func:`deadlines`)."""
        return self._key

    @functools.cached_property
    def _key(self) -> str:
        rule = self.rule
        return (f"{rule.days}\t{rule.working}\t{self.due_date.toordinal()}\t{self.timeliness}\t"
                f"{self.calendar_days}\t{self.working_days}")


def made_of(case: Case, deadline: Deadline, unit_name: str) -> str:
    """What a case's page and open-data row are made from, besides the code and
    settings (which callers add).  A case read from a table is its row: the row's digest
    and its unit code are far cheaper to hash than the case written out.  (Tab-separated:
    every part but the last has a fixed form without tabs.)"""
    return f"{case_source(case)}\t{deadline.key()}\t{unit_name}"


def case_source(case: Case) -> str:
    """A case as what it was read from: a table's row is its row's digest (its cells under their
    headers) and the unit code its unit's name came to; any other case, itself written out."""
    return f"{case.row_key}\t{case.unit_code}" if case.row_key else repr(case)


def case_digests(cases: list[Case], deadlines: dict[str, Deadline], unit_names: dict[str, str]) -> dict[str, str]:
    """:func:`made_of` of each case, digested, by case id: worked out once per build for the
    page workers and the open data, which each went over every case for it."""
    return {k.case_id: digest(made_of(k, deadlines[k.case_id], unit_names[k.unit_code])) for k in cases}


def row_digests(cases: list[Case], deadlines: dict[str, Deadline], unit_names: dict[str, str]) -> dict[str, str]:
    """What a case's row in a list of cases shows, digested, by case id: the case as read, its
    unit's name and whether it met its deadline.  Not the days it has been open, which its page
    shows: on a new date an open case's page changes, its rows in the lists do not (a list page
    holds fifty cases, and on a large site nearly every one holds an open case)."""
    return {k.case_id: digest(f"{case_source(k)}\t{deadlines[k.case_id].timeliness}\t{unit_names[k.unit_code]}")
            for k in cases}


def case_deadline(case: Case, rules: dict[str, DeadlineRule], calendar: WorkCalendar, as_of: dt.date,
                  due_soon_days: int = 2) -> Deadline:
    rule = rules.get(case.complexity) or rules["一般"]
    due = calendar.deadline(case.received_date, rule)
    if case.status == STATUS_CLOSED and case.closed_date:
        end = case.closed_date
        timeliness = ON_TIME if end <= due else LATE
    elif case.status == STATUS_NOT_ACCEPTED:
        end = case.closed_date
        timeliness = NOT_ACCEPTED
    else:
        end = as_of
        if as_of > due:
            timeliness = OVERDUE
        elif (due - as_of).days <= due_soon_days:
            timeliness = DUE_SOON
        else:
            timeliness = OPEN
    if end is None:
        return Deadline(rule, due, timeliness, None, None)
    return Deadline(rule, due, timeliness, max((end - case.received_date).days, 0),
                    calendar.workdays_between(case.received_date, end))


def deadlines(cases: list[Case], rules: dict[str, DeadlineRule], calendar: WorkCalendar,
              as_of: dt.date, due_soon_days: int = 2) -> dict[str, Deadline]:
    """Each case's deadline, by case id.  A deadline is worked out once for the cases that share
    what it is made of (their kind of handling, status and days: a fifth as many at 100,000
    cases), and shared: it is frozen."""
    found, made = {}, {}
    for case in cases:
        shape = (case.complexity, case.received_date, case.status, case.closed_date)
        deadline = made.get(shape)
        if deadline is None:
            deadline = made[shape] = case_deadline(case, rules, calendar, as_of, due_soon_days)
        found[case.case_id] = deadline
    return found
