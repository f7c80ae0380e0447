"""The in-memory model: every record read and checked, before any file is written."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Source:
    """Where a record came from, for messages and for the disclosure gate."""
    file: str
    row: int
    is_line: bool = False
    #: field name -> (header as written, Excel column letter, row or line; None: the record's row).
    #: A table's records share one such dict.
    columns: dict = field(default_factory=dict, compare=False, hash=False)

    def cell(self, name: str, default_header: str) -> tuple[str, str | None, int]:
        header, letter, row = self.columns.get(name, (default_header, None, None))
        return header, letter, self.row if row is None else row


# Stable addresses of the suggested categories (cases/category/<slug>/: list pages and feeds);
# any other category gets a hash of its name.
CATEGORY_SLUGS = {"办事效率": "efficiency", "服务态度": "attitude", "乱收费": "fees", "推诿扯皮": "buck-passing",
                  "吃拿卡要": "bribery", "作风纪律": "discipline", "政策落实": "policy", "其他": "other"}


def category_slug(category: str) -> str:
    return CATEGORY_SLUGS.get(category) or "c-" + hashlib.sha1(category.encode("utf-8")).hexdigest()[:10]


@dataclass
class Unit:
    name: str
    code: str
    kind: str = ""
    aliases: list[str] = field(default_factory=list)
    source: Source | None = field(default=None, repr=False)   # not what a page shows: out of its fingerprint


@dataclass(slots=True)       # read on every pass over 100,000 cases: with slots, a fifth faster
class Case:
    case_id: str
    received_date: dt.date
    channel: str
    category: str
    unit_code: str                 # the unit's code in units.yaml (its name is 被投诉单位/实施部门)
    summary: str
    status: str
    complexity: str = "一般"
    handling_mode: str = ""
    closed_date: dt.date | None = None
    finding: str = ""
    outcome: str = ""
    actions: list[str] = field(default_factory=list)
    refund_amount: Decimal | None = None
    feedback_date: dt.date | None = None
    resolved: str = ""
    satisfaction: str = ""
    valid: bool = True
    duplicate_of: str = ""
    publish_date: dt.date | None = None
    correction: str = ""
    correction_date: dt.date | None = None
    withdrawn: bool = False
    withdrawn_date: dt.date | None = None
    source: Source | None = field(default=None, repr=False)   # not what a page shows: out of its fingerprint
    #: Values of columns outside the contract (投诉人姓名, 联系电话...).
    #: Never published; kept only as evidence for the disclosure gate.
    internal: dict[str, str] = field(default_factory=dict, repr=False)
    #: The digest of the row it was read from (its cells under their headers), "" when not from a table.
    row_key: str = field(default="", repr=False, compare=False)


@dataclass
class Commitment:
    item_code: str
    unit_code: str                 # the unit's code in units.yaml (its name is 被投诉单位/实施部门)
    item_name: str
    legal_limit: int
    promised_limit: int
    fee: str = ""
    online: bool | None = None
    max_visits: int | None = None
    window: str = ""
    materials: list[str] = field(default_factory=list)
    basis: str = ""
    source: Source | None = field(default=None, repr=False)   # not what a page shows: out of its fingerprint


@dataclass
class Performance:
    period: str
    item_code: str
    accepted: int
    completed: int
    on_time: int
    source: Source | None = field(default=None, repr=False)   # not what a page shows: out of its fingerprint


@dataclass
class Notice:
    id: str
    date: dt.date
    title: str
    units: list[str]               # unit codes
    issue: str
    sanctions: list[str]
    body: str = ""
    subject: str = ""
    source_kind: str = ""          # 线索来源
    related_cases: list[str] = field(default_factory=list)
    publish_date: dt.date | None = None
    expires: dt.date | None = None
    correction: str = ""
    correction_date: dt.date | None = None
    withdrawn: bool = False
    withdrawn_date: dt.date | None = None
    source: Source | None = field(default=None, repr=False)   # not what a page shows: out of its fingerprint
    body_line: int = 0


@dataclass
class Model:
    units: list[Unit]
    cases: list[Case]
    commitments: list[Commitment]
    performance: list[Performance]
    notices: list[Notice]

    def counts(self) -> dict[str, int]:
        return {"units": len(self.units), "cases": len(self.cases), "commitments": len(self.commitments),
                "performance": len(self.performance), "notices": len(self.notices)}
