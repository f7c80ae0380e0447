"""Turning the text a clerk typed into typed values.

Every parser takes a cleaned cell (a non-empty string) and returns a value or
raises :class:`Invalid` with a message code; messages live in ``messages.py``.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal

from . import contract as c


class Invalid(ValueError):
    """A value that does not fit its field; ``code`` names the message."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


# C0 controls other than tab and newline; Excel and some exports leave them in.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(value: str) -> str:
    """Free text: control characters removed, ends trimmed (also full-width spaces)."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not value.isprintable():     # nearly every cell is: no need to look for control characters
        value = _CONTROL.sub("", value)
    return value.strip(" \t\n\u3000\u00a0\ufeff")


def fold_width(value: str) -> str:
    """Full-width digits, letters and spaces to ASCII, for numeric and date fields."""
    return unicodedata.normalize("NFKC", value).strip()


# A date, and the time of day offices' systems export with it (2025-06-01 09:12:33, 2025年6月1日 9时12分):
# the date is what is published, the time is dropped.
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                   r"(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?|\s*(\d{1,2})[时點点](?:(\d{1,2})分(?:(\d{1,2})秒)?)?)?$")


def parse_date(value: str) -> dt.date:
    m = _DATE.match(fold_width(value))
    if not m:
        raise Invalid("date")
    hour, minute, second = (int(x or 0) for x in (m[4] or m[7], m[5] or m[8], m[6] or m[9]))
    if hour > 23 or minute > 59 or second > 59:
        raise Invalid("date")
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise Invalid("date_nonexistent") from None


_YES = {"是", "y", "yes", "true"}
_NO = {"否", "n", "no", "false"}


def parse_yesno(value: str) -> bool:
    v = fold_width(value).lower()
    if v in _YES:
        return True
    if v in _NO:
        return False
    raise Invalid("yesno")


_MONEY = re.compile(r"^\d+(\.\d{1,2})?$")


def parse_money(value: str) -> Decimal:
    v = fold_width(value)
    for mark in ("¥", "￥", "元", "RMB", ",", " "):
        v = v.replace(mark, "")
    if v.startswith("-"):
        raise Invalid("money_negative")
    if not _MONEY.match(v):
        raise Invalid("money")
    return Decimal(v)


def parse_int(value: str) -> int:
    v = fold_width(value).replace(",", "")
    if v.startswith("-") and v[1:].isdigit():
        raise Invalid("int_negative")
    # Excel often stores whole numbers as 12.0
    if re.fullmatch(r"\d+(\.0+)?", v):
        return int(v.split(".")[0])
    raise Invalid("int")


_CN_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def parse_period(value: str) -> str:
    """Canonical period text: ``2025``, ``2025-Q1`` or ``2025-03``."""
    v = fold_width(value).replace(" ", "")
    m = re.fullmatch(r"(\d{4})年?", v)
    if m:
        return m[1]
    m = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", v) or re.fullmatch(r"(\d{4})年第([一二三四1-4])季度", v)
    if m:
        return f"{m[1]}-Q{_CN_QUARTER[m[2]]}"
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})月?", v)
    if m and 1 <= int(m[2]) <= 12:
        return f"{m[1]}-{int(m[2]):02d}"
    raise Invalid("period")


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a canonical period."""
    year = int(period[:4])
    if len(period) == 4:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if period[5] == "Q":
        q = int(period[6])
        first = dt.date(year, 3 * q - 2, 1)
        last_month = 3 * q
    else:
        first = dt.date(year, int(period[5:]), 1)
        last_month = first.month
    nxt = dt.date(year + (last_month == 12), last_month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


_ID = re.compile(r"^[A-Za-z0-9-]{3,40}$")
_SLUG = re.compile(r"^[a-z0-9-]+$")


def parse_id(value: str) -> str:
    v = fold_width(value)
    if not _ID.match(v):
        raise Invalid("id")
    return v


def parse_slug(value: str) -> str:
    v = fold_width(value)
    if not _SLUG.match(v) or len(v) > 60:
        raise Invalid("slug")
    return v


_LIST_SEPARATORS = re.compile(r"[；;、,，\n]")


def split_list(value: str) -> list[str]:
    return [item for item in (clean_text(p) for p in _LIST_SEPARATORS.split(value)) if item]


def parse_choice(value: str, choices: tuple[str, ...]) -> str:
    v = clean_text(value)
    if v in choices:
        return v
    # Tolerate width and case differences ("１２３４５热线", "Y")
    folded = fold_width(v).lower()
    for choice in choices:
        if fold_width(choice).lower() == folded:
            return choice
    raise Invalid("choice")


_SPACES = re.compile(r"\s+")
_UNIT_NOTE = re.compile(r"[（(][^（）()]*[）)]$")


def normalize_header(header: str) -> str:
    """The comparable form of a column header as written in a file.

    Spaces (also full-width), a leading required-mark ``*`` and a trailing
    unit note such as ``（元）`` or ``(工作日)`` are ignored; case is folded.
    """
    h = clean_text(str(header))
    h = _SPACES.sub("", h.replace("\u3000", ""))
    h = h.lstrip("*＊")
    h = _UNIT_NOTE.sub("", h)
    return h.lower()


def parse_value(f: c.Field, raw) -> object:
    """Parse one cell for field ``f``; raw is str, list (YAML) or date (XLSX)."""
    if f.type in c.LIST_TYPES:
        items = raw if isinstance(raw, list) else split_list(raw)
        items = [clean_text(str(i)) for i in items if clean_text(str(i))]
        if f.type == c.CASE_LIST:
            return [parse_id(i) for i in items]
        return items
    if isinstance(raw, list):
        raise Invalid("not_a_list")
    if f.type == c.DATE and isinstance(raw, dt.date):
        return raw.date() if isinstance(raw, dt.datetime) else raw
    if isinstance(raw, dt.date):
        raw = raw.isoformat()
    if f.type == c.TEXT or f.type in (c.UNIT,):
        return clean_text(raw)
    if f.type == c.ID or f.type == c.CASE_REF:
        return parse_id(raw)
    if f.type == c.ITEM_REF:
        return clean_text(raw)
    if f.type == c.SLUG:
        return parse_slug(raw)
    if f.type == c.DATE:
        return parse_date(raw)
    if f.type == c.YESNO:
        return parse_yesno(raw)
    if f.type == c.MONEY:
        return parse_money(raw)
    if f.type == c.INT:
        return parse_int(raw)
    if f.type == c.PERIOD:
        return parse_period(raw)
    if f.type == c.CHOICE:
        return parse_choice(raw, f.choices)
    raise AssertionError(f"unknown field type {f.type}")
