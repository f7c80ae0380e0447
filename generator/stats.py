"""The published figures, each defined once.

The definitions below are printed on the methodology page, and a test
recomputes every figure on the site from the open-data files, so the numbers,
their definitions and the downloads cannot disagree.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from statistics import median


from .contract import STATUS_CLOSED, STATUS_NOT_ACCEPTED
from .derive import Deadline
from .disclose import Disclosure

# key: (中文名, English name, 中文定义, English definition)
FIGURES: dict[str, tuple[str, str, str, str]] = {
    "received": ("受理件数", "Received",
                 "统计范围内公开的有效投诉件数。不含无效件（是否有效件为“否”）、已撤回的件和未到公开日期的件。",
                 "Public valid cases in scope. Invalid cases (是否有效件 = 否), withdrawn cases and cases before their publish date are not counted."),
    "closed": ("办结件数", "Closed", "办理状态为“已办结”的件数。", "Cases whose status is 已办结 (closed)."),
    "closure_rate": ("办结率", "Closure rate", "办结件数 ÷（受理件数 − 不予受理件数）。",
                     "Closed ÷ (received − not accepted)."),
    "on_time_rate": ("按时办结率", "On-time rate",
                     "在办理时限内办结的件数 ÷ 办结件数。办理时限从受理日期次日起算，一般件 7 个自然日、复杂件 15 个工作日（可配置），期限最后一日为法定节假日的顺延至节后第一个工作日。",
                     "Closed by the due date ÷ closed. The period starts the day after receipt: 7 calendar days for ordinary cases, 15 working days for complex ones (configurable); a period ending on a rest day ends on the next working day."),
    "overdue": ("超期未办结", "Overdue", "截至统计日期尚未办结且已超过办理时限的件数。",
                "Cases still open on the as-of date after their due date."),
    "median_workdays": ("办理用时中位数（工作日）", "Median working days",
                        "已办结件从受理次日到办结日的工作日数的中位数。", "Median working days from receipt to closure, over closed cases."),
    "substantiated_rate": ("属实率", "Substantiated share",
                           "核查结论为“属实”或“部分属实”的件数 ÷ 办结件数。",
                           "Closed cases found 属实 or 部分属实 (wholly or partly substantiated) ÷ closed."),
    "reply_rate": ("答复率", "Reply rate", "填写了反馈日期的件数 ÷ 办结件数。", "Closed cases with a feedback date ÷ closed."),
    "resolution_rate": ("解决率", "Resolution rate", "问题解决情况为“已解决”的件数 ÷ 填写了问题解决情况的件数。",
                        "Cases marked 已解决 (resolved) ÷ cases with a resolution filled in."),
    "satisfaction_rate": ("满意率", "Satisfaction", "回访满意度为“满意”或“基本满意”的件数 ÷ 已回访件数（不含“未回访”）。",
                          "Cases rated 满意 or 基本满意 ÷ cases followed up (未回访 excluded)."),
    "refunds": ("退还金额（元）", "Refunds (yuan)", "处理中退还的收费和罚款合计。", "Total fees and fines refunded."),
}

def figure_label(key: str, lang: str) -> str:
    """A figure's name in the site's language."""
    zh, en, _, _ = FIGURES[key]
    return zh if lang == "zh" else en


RATES = ("closure_rate", "on_time_rate", "substantiated_rate", "reply_rate", "resolution_rate", "satisfaction_rate")


@dataclass(frozen=True)
class Figures:
    received: int
    closed: int
    not_accepted: int
    on_time: int
    overdue: int
    closure_rate: float | None
    on_time_rate: float | None
    median_workdays: float | None
    substantiated_rate: float | None
    reply_rate: float | None
    resolution_rate: float | None
    satisfaction_rate: float | None
    refunds: Decimal


# What each case adds to its unit's and the whole archive's figures: one flag per count.
COUNTS = ("received", "closed", "not_accepted", "on_time", "overdue", "substantiated", "replied",
          "with_resolution", "resolved", "followed", "satisfied")


def _rate(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


class _Tally:
    """The flags, working days and refunds of a set of cases, gathered one case at a time and
    added up when its figures are asked for."""

    def __init__(self):
        self.flags: list[tuple[bool, ...]] = []
        self.working_days: list[int] = []
        self.refunds = Decimal(0)

    def add(self, flags: tuple[bool, ...], working_days: int | None, refund: Decimal | None) -> None:
        self.flags.append(flags)
        if working_days is not None:
            self.working_days.append(working_days)
        if refund:
            self.refunds += refund

    @classmethod
    def of(cls, tallies) -> "_Tally":
        """The tally of several sets of cases together (the archive's, of its units')."""
        whole = cls()
        for tally in tallies:
            whole.flags += tally.flags
            whole.working_days += tally.working_days
            whole.refunds += tally.refunds
        return whole

    def figures(self) -> Figures:
        n = dict(zip(COUNTS, (sum(column) for column in zip(*self.flags)))) if self.flags else dict.fromkeys(COUNTS, 0)
        return Figures(
            received=n["received"], closed=n["closed"], not_accepted=n["not_accepted"], on_time=n["on_time"],
            overdue=n["overdue"],
            closure_rate=_rate(n["closed"], n["received"] - n["not_accepted"]),
            on_time_rate=_rate(n["on_time"], n["closed"]),
            median_workdays=float(median(self.working_days)) if self.working_days else None,
            substantiated_rate=_rate(n["substantiated"], n["closed"]),
            reply_rate=_rate(n["replied"], n["closed"]),
            resolution_rate=_rate(n["resolved"], n["with_resolution"]),
            satisfaction_rate=_rate(n["satisfied"], n["followed"]),
            refunds=self.refunds,
        )


@dataclass(frozen=True)
class Statistics:
    overall: Figures
    by_unit: dict[str, Figures]
    monthly: list[tuple[str, int, int]]           # month, received, closed (by receipt month)
    by_category: list[tuple[str, int]]
    by_channel: list[tuple[str, int]]
    by_finding: list[tuple[str, int]]
    league: list[tuple[str, Figures]]             # units with enough cases, best on-time rate first
    left_out: list[str]                           # unit codes with too few cases to compare
    first_date: object
    last_date: object


def _ranked(counts: Counter) -> list[tuple[str, int]]:
    """Values by how many cases have them, most first (then by name); a blank is not a value."""
    return sorted(((str(k), int(v)) for k, v in counts.items() if k != ""), key=lambda kv: (-kv[1], kv[0]))


def compute(disclosure: Disclosure, deadlines: dict[str, Deadline], league_min_cases: int) -> Statistics:
    """Every published figure, in one pass over the public valid cases."""
    by_unit: dict[str, _Tally] = {}
    monthly: dict[str, list[int]] = {}
    by_category, by_channel, by_finding = Counter(), Counter(), Counter()
    dates = []
    for case in disclosure.cases:
        if not case.valid:
            continue
        d = deadlines[case.case_id]
        received, status = case.received_date, case.status
        closed = status == STATUS_CLOSED
        flags = (True, closed, status == STATUS_NOT_ACCEPTED, closed and d.on_time is True, d.overdue,
                 closed and case.finding in ("属实", "部分属实"), closed and case.feedback_date is not None,
                 case.resolved != "", case.resolved == "已解决", case.satisfaction not in ("", "未回访"),
                 case.satisfaction in ("满意", "基本满意"))
        working_days = d.working_days if closed else None
        unit = by_unit.get(case.unit_code) or by_unit.setdefault(case.unit_code, _Tally())
        unit.add(flags, working_days, case.refund_amount)
        month = monthly.setdefault(f"{received.year:04d}-{received.month:02d}", [0, 0])
        month[0] += 1
        month[1] += closed
        by_category[case.category] += 1
        by_channel[case.channel] += 1
        if closed:
            by_finding[case.finding] += 1
        dates.append(received)
    figures_by_unit = {code: by_unit[code].figures() for code in sorted(by_unit)}
    for unit in disclosure.units:
        figures_by_unit.setdefault(unit.code, _Tally().figures())
    eligible = [(code, f) for code, f in figures_by_unit.items() if f.received >= league_min_cases]
    league = sorted(eligible, key=lambda cf: (-(cf[1].on_time_rate or 0), -(cf[1].closure_rate or 0), cf[0]))
    left_out = sorted(code for code, f in figures_by_unit.items() if f.received < league_min_cases)
    return Statistics(
        overall=_Tally.of(by_unit.values()).figures(), by_unit=figures_by_unit,
        monthly=[(month, received, closed) for month, (received, closed) in sorted(monthly.items())],
        by_category=_ranked(by_category), by_channel=_ranked(by_channel), by_finding=_ranked(by_finding),
        league=league, left_out=left_out,
        first_date=min(dates) if dates else None,
        last_date=max(dates) if dates else None,
    )
