"""The personal-data gate: the last check before records become public.

Files should arrive redacted; this catches what slipped through.  A hit is an
error located at file, row and field, with a *masked* excerpt: the full value
never reaches a message or a log.  Candidates are found with patterns that use
digit look-arounds (``\\b`` never matches next to Chinese characters) and are
then confirmed with maintained validators: python-stdnum for resident ID
numbers, credit codes and the Luhn check, phonenumbers for mobile numbers.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric, uscc

from . import contract as c
from .model import Model
from .parallel import Forked, parallel_pays
from .problems import ERROR, WARNING, Problem, Report

ID18 = re.compile(r"(?<![0-9A-Za-z])([1-9]\d{16}[\dXx])(?![0-9A-Za-z])")
ID15 = re.compile(r"(?<![0-9A-Za-z])([1-8]\d{14})(?![0-9A-Za-z])")
# Written whole or grouped 3-4-4 ("138 1234 5678"); other groupings are tables of numbers.
MOBILE = re.compile(r"(?<![0-9A-Za-z+])((?:\+?86[ -]?)?1[3-9]\d(?:\d{8}|([ -])\d{4}\2\d{4}))(?![0-9A-Za-z])")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CARD = re.compile(r"(?<![0-9A-Za-z])(\d{4}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?)(?![0-9A-Za-z])")
CARD_CONTEXT = re.compile(r"银行|卡号|账号|帐号|开户|储蓄卡|信用卡|借记卡|银联|card|account", re.I)
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE = re.compile(rf"[{PROVINCES}][A-HJ-NP-Z]"
                   r"[·•]?[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]")
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜谢邹喻柏窦章苏潘葛奚范彭郎鲁韦昌马苗凤方俞任袁柳鲍史唐费薛雷贺倪汤滕殷罗毕郝邬安常乐于傅齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄米贝明臧戴宋庞熊纪舒屈项祝董梁杜阮蓝闵季贾路娄江童颜郭梅盛林钟徐邱骆高夏蔡田胡凌霍万柯卢莫房缪解应丁宣邓单杭洪包左石崔龚程邢裴陆荣翁曲靳焦"
ROLES = "投诉人|举报人|联系人|反映人|当事人|工作人员|经办人|负责人|群众|村民|居民|科长|主任|局长|所长|队长|站长|镇长|村支书"
NAME = re.compile(rf"(?:{ROLES})[：:]?([{SURNAMES}])([\u4e00-\u9fff]{{1,2}})")
NOT_A_NAME = "某等反映称说在于与和及向对被将的了"
# Something every pattern above needs: most texts have none of it and are passed at once.
CANDIDATE = re.compile(rf"\d{{3}}|@|[{PROVINCES}][A-HJ-NP-Z]|{ROLES}")


@dataclass(frozen=True)
class Hit:
    code: str          # personal_id, personal_mobile, personal_email, personal_card, known_value, plate, name
    start: int
    end: int


def _valid_id15(digits: str) -> bool:
    try:
        dt.date(1900 + int(digits[6:8]), int(digits[8:10]), int(digits[10:12]))
        return True
    except ValueError:
        return False


_NOT_DIGIT = re.compile(r"\D")


def _digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


# A run of digits, spaces and hyphens that may be a phone number written in a text.
DIGIT_RUN = re.compile(r"\d[\d -]{5,}\d")


class Gate:
    """Finds personal data in one text; the office's own public contacts are allowed."""

    def __init__(self, public_contacts: list[str] = ()):
        self.allowed_digits = {_digits(unicodedata.normalize("NFKC", x)) for x in public_contacts if _digits(x)}
        self.allowed_emails = {x.strip().lower() for x in public_contacts if "@" in x}

    def _allowed(self, value: str) -> bool:
        digits = _digits(value)
        return (digits in self.allowed_digits or digits.removeprefix("86") in self.allowed_digits
                or value.lower() in self.allowed_emails)

    def scan(self, text: str) -> list[Hit]:
        # NFKC turns full-width digits and letters into ASCII without changing
        # the length of such text, so positions still point into the original.
        norm = unicodedata.normalize("NFKC", text)
        if len(norm) != len(text):
            norm = "".join(unicodedata.normalize("NFKC", ch)[:1] or ch for ch in text)
        if not CANDIDATE.search(norm):
            return []
        hits: list[Hit] = []
        taken: list[tuple[int, int]] = []

        def add(code: str, m: re.Match, group: int = 0, last_group: int | None = None) -> None:
            s, e = m.start(group), m.end(group if last_group is None else last_group)
            if any(s < te and ts < e for ts, te in taken):
                return
            taken.append((s, e))
            hits.append(Hit(code, s, e))

        for m in ID18.finditer(norm):
            value = m[1].upper()
            if ric.is_valid(value) and not uscc.is_valid(value) and not self._allowed(value):
                add("personal_id", m, 1)
        for m in ID15.finditer(norm):
            if _valid_id15(m[1]) and not self._allowed(m[1]):
                add("personal_id", m, 1)
        for m in MOBILE.finditer(norm):
            number = _digits(m[1])[-11:]
            try:
                valid = phonenumbers.is_valid_number(phonenumbers.parse(number, "CN"))
            except phonenumbers.NumberParseException:
                valid = False
            if valid and not self._allowed(number):
                add("personal_mobile", m, 1)
        for m in EMAIL.finditer(norm):
            if not self._allowed(m[0]):
                add("personal_email", m)
        for m in CARD.finditer(norm):
            digits = _digits(m[1])
            context = norm[max(0, m.start() - 12):m.start()]
            if 16 <= len(digits) <= 19 and luhn.is_valid(digits) and CARD_CONTEXT.search(context) \
                    and not self._allowed(digits):
                add("personal_card", m, 1)
        for m in PLATE.finditer(norm):
            add("plate", m)
        for m in NAME.finditer(norm):
            if m[2][0] not in NOT_A_NAME:
                add("name", m, 1, 2)
        return sorted(hits, key=lambda h: h.start)


def mask(text: str, hit: Hit, context: int = 6) -> str:
    """An excerpt with the value masked: enough to find it, never enough to use it."""
    value = text[hit.start:hit.end]
    # Long numbers keep their first three and last two characters (as 138******78);
    # short values such as names keep only the first, so most of any value stays hidden.
    short = len(value) <= 8 or hit.code in ("name", "plate")
    keep = 1 if short else 3
    tail = 0 if short or hit.code == "personal_email" else 2
    if hit.code == "personal_email":
        local, _, domain = value.partition("@")
        masked = local[:1] + "***@" + domain[:1] + "***"
    else:
        masked = value[:keep] + "*" * max(len(value) - keep - tail, 1) + (value[-tail:] if tail else "")
    before = text[max(0, hit.start - context):hit.start]
    after = text[hit.end:hit.end + context]
    return ("…" if hit.start > context else "") + before + masked + after + ("…" if hit.end + context < len(text) else "")


ERROR_CODES = {"personal_id", "personal_mobile", "personal_email", "personal_card", "known_value"}


def _texts(value) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [value] if isinstance(value, str) and value else []


def _public_text_fields(kind: c.Kind) -> list[c.Field]:
    return [f for f in kind.fields if f.public and f.type in (c.TEXT, c.LIST, c.UNIT, c.UNIT_LIST)]


NAME_COLUMNS = c.COMPLAINANT_NAME_COLUMNS
PHONE_COLUMNS = c.COMPLAINANT_PHONE_COLUMNS


class Scanner:
    def __init__(self, gate: Gate, report: Report):
        self.gate, self.report = gate, report

    def check(self, text: str, file: str, row: int | None, column: str | None, letter: str | None = None,
              is_line: bool = False, known: list[tuple[str, str]] = ()) -> None:
        def report(code: str, hit: Hit, **params) -> None:
            severity = ERROR if code in ERROR_CODES else WARNING
            self.report.add(Problem(severity, code, file, row, column, letter, mask(text, hit), params,
                                    is_line=is_line))
        for hit in self.gate.scan(text):
            report(hit.code, hit)
        for kind, value in known:
            start = text.find(value)
            if start >= 0:
                report("known_value", Hit("known_value", start, start + len(value)), column=kind)


def _known_values(internal: dict[str, str]) -> list[tuple[str, str]]:
    """Values of the internal columns (complainant's name and phone) worth looking for."""
    found = []
    for column, value in internal.items():
        value = value.strip()
        if column in NAME_COLUMNS and len(value) >= 2 and "某" not in value:
            found.append((column, value))
        if _phone_digits(column, value):
            found.append((column, value))
    return found


def _phone_digits(column: str, value: str) -> str:
    """The digits of a complainant's phone number in an internal column; "" when it holds none."""
    digits = _digits(value) if column in PHONE_COLUMNS else ""
    return digits if len(digits) >= 7 else ""


BODY = "正文"


def scan_model(model: Model, gate: Gate, report: Report, remembered: dict[str, list[str]] | None = None) -> None:
    """Every published text field of every record (embargoed ones too: they will be published).

    ``remembered``: digit runs of case rows an earlier build scanned and found clean, by row
    digest; such a case is scanned again only if a run is some complainant's phone number.
    A large archive is scanned in two halves at once; the problems come out in record order either way."""
    phones = {}
    for case in model.cases:        # as _known_values() finds them, without the names
        for column, value in case.internal.items():
            digits = _phone_digits(column, value)
            if digits:
                phones[digits] = column
    remembered = remembered or {}
    cases = [k for k in model.cases
             if k.row_key not in remembered or any(run in phones for run in remembered[k.row_key])]
    records = [(kind, record) for kind, records in (("cases", cases), ("commitments", model.commitments),
                                                    ("notices", model.notices)) for record in records]
    half = len(records) // 2
    second = Forked(partial(_scan, records[half:], gate, phones), "personal-data check",
                    inline=not parallel_pays(len(records)))
    _scan(records[:half], gate, phones, report)
    for problem in second.result():
        report.add(problem)


def case_digit_runs(case) -> list[str]:
    """The digit runs of a case's published texts, as :func:`_check_phones` compares them with
    complainants' phones; :func:`scan_model` is given them back for a remembered row."""
    texts = (unicodedata.normalize("NFKC", text)
             for f in _public_text_fields(c.CASES) for text in _texts(getattr(case, f.name, None)))
    return sorted({_digits(m[0]) for text in texts for m in DIGIT_RUN.finditer(text)})


def _scan(records: list, gate: Gate, phones: dict[str, str], report: Report | None = None) -> list[Problem]:
    report = report if report is not None else Report()
    scanner = Scanner(gate, report)
    fields = {kind: _public_text_fields(c.KINDS[kind]) for kind in ("cases", "commitments", "notices")}
    for kind, record in records:
        src = record.source
        known = _known_values(getattr(record, "internal", {}))
        for f in fields[kind]:
            attr = "source_kind" if (kind, f.name) == ("notices", "source") else f.name
            header, letter, row = src.cell(f.name, f.zh)
            for text in _texts(getattr(record, attr, None)):
                scanner.check(text, src.file, row, header, letter, src.is_line, known)
                _check_phones(scanner, text, phones, src.file, row, header, letter, src.is_line)
        for offset, line in enumerate(getattr(record, "body", "").split("\n")):
            if line.strip():
                number = record.body_line + offset
                scanner.check(line, src.file, number, BODY, None, True, known)
                _check_phones(scanner, line, phones, src.file, number, BODY, None, True)
    return report.problems


def _check_phones(scanner: Scanner, text: str, phones: dict[str, str], file: str, row: int, header: str,
                  letter: str | None, is_line: bool) -> None:
    """A complainant's phone number (landlines too) anywhere in published text."""
    if not phones:
        return
    for m in DIGIT_RUN.finditer(unicodedata.normalize("NFKC", text)):
        column = phones.get(_digits(m[0]))
        if column:
            hit = Hit("known_value", m.start(), m.end())
            scanner.report.add(Problem(ERROR, "known_value", file, row, header, letter, mask(text, hit),
                                       {"column": column}, is_line=is_line))


def scan_pages(content_dir: Path, gate: Gate, report: Report) -> None:
    """Hand-written pages, line by line."""
    if not content_dir.is_dir():
        return
    scanner = Scanner(gate, report)
    for path in sorted(content_dir.rglob("*.md")):
        file = f"{content_dir.name}/{path.relative_to(content_dir).as_posix()}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            scanner.check(line, file, number, None, is_line=True)
