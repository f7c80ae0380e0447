"""What may be public as of the build date.

A record is public when it is not withdrawn, its embargo (publish_date) has
passed and, for notices, its public period (expires) has not ended.  Everything
downstream — pages, lists, feeds, statistics, downloads — reads only a
:class:`Disclosure`, so nothing can leak around this gate.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from .model import Case, Commitment, Notice, Performance, Unit
from .pipeline import Dataset

WITHDRAWN = "withdrawn"
EXPIRED = "expired"


@dataclass(frozen=True)
class Removal:
    """An entry of the public withdrawal log: what came down and when, never its content."""
    kind: str          # cases / notices
    id: str
    reason: str        # withdrawn / expired
    date: dt.date | None


@dataclass(frozen=True)
class Change:
    """One line of the "what changed" page."""
    date: dt.date
    action: str        # published / corrected / withdrawn / expired
    kind: str          # cases / notices
    id: str
    title: str         # empty for withdrawn and expired records: their content is no longer public


@dataclass
class Disclosure:
    as_of: dt.date
    units: list[Unit]
    cases: list[Case]                  # newest first
    notices: list[Notice]              # newest first
    commitments: list[Commitment]
    performance: list[Performance]
    removals: list[Removal] = field(default_factory=list)
    embargoed: int = 0                 # how many records wait for their publish date (count only)
    embargoed_cases: int = 0           # how many of them are cases

    @functools.cached_property
    def unit_names(self) -> dict[str, str]:
        """Each unit's name by its code (every page, feed and table names units by it)."""
        return {u.code: u.name for u in self.units}

    def changes(self, since: dt.date) -> list[Change]:
        """What became public, was corrected, withdrawn or expired, from ``since`` to the as-of date."""
        found = []
        within = lambda day: day is not None and since <= day <= self.as_of  # noqa: E731
        for case in self.cases:     # 100,000 cases, a few hundred of them recent: look before making
            published = case.publish_date or case.closed_date or case.received_date
            if within(published) or within(case.correction_date):
                title = f"{self.unit_names[case.unit_code]}｜{case.category}"
                found.append(Change(published, "published", "cases", case.case_id, title))
                if case.correction_date:
                    found.append(Change(case.correction_date, "corrected", "cases", case.case_id, title))
        for notice in self.notices:
            found.append(Change(notice.publish_date or notice.date, "published", "notices", notice.id, notice.title))
            if notice.correction_date:
                found.append(Change(notice.correction_date, "corrected", "notices", notice.id, notice.title))
        for removal in self.removals:
            if removal.date:
                found.append(Change(removal.date, removal.reason, removal.kind, removal.id, ""))
        found = [c for c in found if since <= c.date <= self.as_of]
        return sorted(found, key=lambda c: (c.date, c.kind, c.id, c.action), reverse=True)


def _embargoed(publish_date: dt.date | None, as_of: dt.date) -> bool:
    return publish_date is not None and publish_date > as_of


def disclose(data: Dataset) -> Disclosure:
    as_of, model = data.as_of, data.model
    cases, notices, removals, embargoed = [], [], [], 0
    for case in model.cases:
        if case.withdrawn:
            removals.append(Removal("cases", case.case_id, WITHDRAWN, case.withdrawn_date))
        elif _embargoed(case.publish_date, as_of) or case.received_date > as_of:
            embargoed += 1
        else:
            cases.append(case)
    embargoed_cases = embargoed
    for notice in model.notices:
        if notice.withdrawn:
            removals.append(Removal("notices", notice.id, WITHDRAWN, notice.withdrawn_date))
        elif notice.expires is not None and notice.expires < as_of:
            removals.append(Removal("notices", notice.id, EXPIRED, notice.expires))
        elif _embargoed(notice.publish_date, as_of) or notice.date > as_of:
            embargoed += 1
        else:
            notices.append(notice)
    cases.sort(key=lambda k: (k.received_date, k.case_id), reverse=True)
    notices.sort(key=lambda n: (n.date, n.id), reverse=True)
    removals.sort(key=lambda r: (r.date or dt.date.min, r.kind, r.id), reverse=True)
    return Disclosure(as_of, sorted(model.units, key=lambda u: u.code), cases, notices,
                      list(model.commitments), list(model.performance), removals, embargoed, embargoed_cases)
