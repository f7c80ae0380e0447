"""Checking located records against the contract and building the model.

Every problem is collected; nothing stops at the first one.  A record with an
error is left out of the model, but the build as a whole refuses to publish
anything while the report has errors.
"""
from __future__ import annotations

import datetime as dt
import difflib
import functools
import re

from . import contract as c
from .load import Loaded
from .sources import SourceRecord
from .model import Case, Commitment, Model, Notice, Performance, Source, Unit
from .normalize import Invalid, clean_text, parse_value
from .problems import ERROR, WARNING, Problem, Report


def _suggest(value: str, options, n: int = 3) -> tuple[str, ...]:
    options = list(options)
    close = difflib.get_close_matches(value, options, n=n, cutoff=0.5)
    # A part of a longer name ("自然资源局" for "县自然资源局") is a good guess too.
    contained = [o for o in options if value and (value in o or o in value) and o not in close]
    return tuple((close + contained)[:n])


class RecordChecker:
    """Parses one record's cells and reports problems located at them."""

    def __init__(self, kind: c.Kind, record: SourceRecord, report: Report):
        self.kind, self.record, self.report = kind, record, report
        self.ok = True
        self.values: dict[str, object] = {}
        self.raised: list[Problem] | None = None      # while parsing: the problems parsing raises

    def problem(self, code: str, field: str | None = None, severity: str = ERROR, value=None,
                suggestions: tuple[str, ...] = (), **params) -> None:
        cell = self.record.cells.get(field) if field else None
        header = cell.header if cell else (self.kind.field(field).zh if field else None)
        if value is None and cell is not None and not isinstance(cell.raw, list):
            value = cell.raw
        problem = Problem(
            severity, code, self.record.file, cell.row if cell else self.record.row, header,
            cell.letter if cell else None, None if value is None else str(value), params, suggestions,
            is_line=self.record.is_line)
        self.report.add(problem)
        if self.raised is not None:
            self.raised.append(problem)
        if severity == ERROR:
            self.ok = False

    def parse(self) -> dict[str, object]:
        """The record's values, each cell parsed by its field's type; or, for a record an earlier
        build parsed (``record.parsed``, recalled with its unchanged file), the values it gave
        then, its problems reported again as they were."""
        if self.record.parsed is not None:
            self.values, problems, self.ok = self.record.parsed
            for problem in problems:
                self.report.add(problem)
            return self.values
        self.raised = []
        self._parse()
        self.record.parsed = (self.values, self.raised, self.ok)
        self.raised = None
        return self.values

    def _parse(self) -> None:
        invalid = set()
        for f in self.kind.fields:
            raw = self.record.raw(f.name)
            present = raw is not None
            raw = "" if raw is None else raw
            empty = raw == [] or (isinstance(raw, str) and not clean_text(raw))
            if empty:
                if f.required and present:
                    self.problem("required", f.name, value="")
                elif f.required:
                    self.ok = False          # the missing column is reported once, for the file
                self.values[f.name] = parse_value(f, f.default) if f.default else None
                continue
            try:
                self.values[f.name] = parse_value(f, raw)
            except Invalid as exc:
                params = dict(exc.params)
                suggestions = ()
                if exc.code == "choice":
                    params["choices"] = "、".join(f.choices)
                    suggestions = _suggest(clean_text(str(raw)), f.choices)
                self.problem(exc.code, f.name, suggestions=suggestions, **params)
                self.values[f.name] = None
                invalid.add(f.name)
        for f in self.kind.fields:
            if f.required_if and f.name not in invalid and self.values.get(f.name) in (None, "", []):
                other, when = f.required_if
                other_value = self.values.get(other)
                if when == "*" and other_value:
                    self.problem("required_if_any", f.name, value="", other=self.kind.field(other).zh)
                elif when != "*" and other_value == when:
                    self.problem("required_if", f.name, value="", other=self.kind.field(other).zh, when=when)

    @property
    def source(self) -> Source:
        return Source(self.record.file, self.record.row, self.record.is_line, self.record.locations())

    def where(self, field: str) -> str:
        return _where(self.record, field)


def _where(record: SourceRecord, field: str) -> str:
    cell = record.cells.get(field)
    return f"{record.file}:{cell.row if cell else record.row}"


class UnitDirectory:
    """Resolves unit names and former names (曾用名) to unit codes."""

    def __init__(self, units: list[Unit]):
        self.by_name: dict[str, str] = {}
        for unit in units:
            for name in [unit.name, *unit.aliases]:
                self.by_name.setdefault(_unit_key(name), unit.code)
        self.names = [u.name for u in units]

    def resolve(self, name: str) -> str | None:
        return self.by_name.get(_unit_key(name))


@functools.lru_cache(maxsize=4096)      # a few dozen names, written on 100,000 rows
def _unit_key(name: str) -> str:
    return re.sub(r"[\s\u3000]+", "", clean_text(name))


class IdRegistry:
    """Ids unique across all files; the first use is named in the message."""

    def __init__(self):
        self.first: dict[str, str] = {}

    def claim(self, key: str, checker: RecordChecker, field: str, code: str = "duplicate_id", **params) -> bool:
        if key in self.first:
            checker.problem(code, field, other=self.where(key), **params)
            return False
        self.first[key] = (checker.record, field)     # where, worked out only for a message (100,000 ids)
        return True

    def where(self, key: str) -> str:
        return _where(*self.first[key])


def _parse(kind: c.Kind, record: SourceRecord, report: Report, ids: IdRegistry) -> tuple[RecordChecker, dict]:
    """Parse a record and claim its identifier, which must be unique across all files."""
    chk = RecordChecker(kind, record, report)
    values = chk.parse()
    if values[kind.key]:
        ids.claim(values[kind.key], chk, kind.key)
    return chk, values


def _model_fields(kind: c.Kind, values: dict, *skip: str) -> dict:
    """The parsed values that go into the model dataclass as they are."""
    return {name: values[name] for name in _field_names(kind.name, skip) if values[name] is not None}


@functools.cache
def _field_names(kind: str, skip: tuple[str, ...]) -> tuple[str, ...]:
    # Cached by the kind's name: hashing the Kind itself hashes every one of its fields, on every row.
    return tuple(f.name for f in c.KINDS[kind].fields if f.name not in skip)


def _check_units(loaded: Loaded, report: Report) -> list[Unit]:
    units, names, codes = [], IdRegistry(), IdRegistry()
    for record in loaded.records["units"]:
        chk = RecordChecker(c.UNITS, record, report)
        v = chk.parse()
        if v["name"]:
            names.claim(_unit_key(v["name"]), chk, "name")
        if v["code"]:
            codes.claim(v["code"], chk, "code")
        for alias in v["aliases"] or []:
            names.claim(_unit_key(alias), chk, "aliases", code="duplicate_alias", value=alias)
        if chk.ok:
            units.append(Unit(v["name"], v["code"], v["kind"] or "", v["aliases"] or [], chk.source))
    return units


def _resolve_unit(chk: RecordChecker, directory: UnitDirectory, field: str, name: str) -> str | None:
    code = directory.resolve(name)
    if code is None:
        chk.problem("unknown_unit", field, value=name, suggestions=_suggest(clean_text(name), directory.names))
    return code


def _check_cases(loaded: Loaded, report: Report, directory: UnitDirectory,
                 as_of: dt.date) -> tuple[list[Case], set[str]]:
    cases, ids, refs = [], IdRegistry(), []
    for record in loaded.records["cases"]:
        # A record recalled with its unchanged file is not parsed again; all that follows is checked anyway.
        chk, v = _parse(c.CASES, record, report, ids)
        unit = _resolve_unit(chk, directory, "unit", v["unit"]) if v["unit"] else None
        received, closed = v["received_date"], v["closed_date"]
        if received and closed and closed < received:
            chk.problem("closed_before_received", "closed_date", received=received.isoformat())
        if received and received > as_of:
            chk.problem("received_after_as_of", "received_date", WARNING, as_of=as_of.isoformat())
        if received and v["feedback_date"] and v["feedback_date"] < received:
            chk.problem("date_before_received", "feedback_date", WARNING, received=received.isoformat())
        if closed and v["status"] in c.OPEN_STATUSES:
            chk.problem("closed_date_not_closed", "closed_date", WARNING)
        category = v["category"]
        if category and category not in c.CATEGORIES_SUGGESTED:
            near = difflib.get_close_matches(category, c.CATEGORIES_SUGGESTED, n=2, cutoff=0.5)
            if near:
                chk.problem("category_near_suggested", "category", WARNING, suggestions=tuple(near))
        if v["duplicate_of"]:
            refs.append((chk, v["duplicate_of"], v["case_id"]))
        if chk.ok and unit:
            cases.append(Case(unit_code=unit, source=chk.source, internal=dict(record.internal), row_key=record.digest,
                              **_model_fields(c.CASES, v, "unit")))
    for chk, target, own in refs:
        if target == own:
            chk.problem("duplicate_of_self", "duplicate_of")
        elif target not in ids.first:
            chk.problem("unknown_case", "duplicate_of", suggestions=_suggest(target, ids.first, n=2))
    # A case whose duplicate_of failed must not reach the model either.
    bad = {(p.file, p.row) for p in report.errors}
    case_ids = set(ids.first)
    return [k for k in cases if (k.source.file, k.source.row) not in bad], case_ids


def _check_commitments(loaded: Loaded, report: Report, directory: UnitDirectory) -> list[Commitment]:
    items, ids = [], IdRegistry()
    for record in loaded.records["commitments"]:
        chk, v = _parse(c.COMMITMENTS, record, report, ids)
        unit = _resolve_unit(chk, directory, "unit", v["unit"]) if v["unit"] else None
        if v["legal_limit"] is not None and v["promised_limit"] is not None and v["promised_limit"] > v["legal_limit"]:
            chk.problem("promised_exceeds_legal", "promised_limit", promised=v["promised_limit"], legal=v["legal_limit"])
        if chk.ok and unit:
            items.append(Commitment(unit_code=unit, source=chk.source, **_model_fields(c.COMMITMENTS, v, "unit")))
    return items


def _check_performance(loaded: Loaded, report: Report, item_codes: set[str]) -> list[Performance]:
    rows, seen = [], IdRegistry()
    for record in loaded.records["performance"]:
        chk = RecordChecker(c.PERFORMANCE, record, report)
        v = chk.parse()
        if v["item_code"] and v["item_code"] not in item_codes:
            chk.problem("unknown_item", "item_code", suggestions=_suggest(v["item_code"], item_codes))
        if v["on_time"] is not None and v["completed"] is not None and v["on_time"] > v["completed"]:
            chk.problem("on_time_exceeds_completed", "on_time", on_time=v["on_time"], completed=v["completed"])
        if v["period"] and v["item_code"]:
            seen.claim(f"{v['period']}\t{v['item_code']}", chk, "item_code", code="duplicate_period",
                       period=v["period"])
        if chk.ok:
            rows.append(Performance(source=chk.source, **_model_fields(c.PERFORMANCE, v)))
    return rows


def _check_notices(loaded: Loaded, report: Report, directory: UnitDirectory, case_ids: set[str]) -> list[Notice]:
    notices, ids = [], IdRegistry()
    for record in loaded.records["notices"]:
        chk, v = _parse(c.NOTICES, record, report, ids)
        units = []
        for name in v["units"] or []:
            code = _resolve_unit(chk, directory, "units", name)
            if code and code not in units:
                units.append(code)
        for case_id in v["related_cases"] or []:
            if case_id not in case_ids:
                chk.problem("unknown_case", "related_cases", value=case_id, suggestions=_suggest(case_id, case_ids, n=2))
        if v["expires"] and v["date"] and v["expires"] < v["date"]:
            chk.problem("expires_before_date", "expires", WARNING, date=v["date"].isoformat())
        if chk.ok:
            notices.append(Notice(units=units, source_kind=v["source"] or "", body=record.body,
                                  body_line=record.body_line, source=chk.source,
                                  **_model_fields(c.NOTICES, v, "units", "source")))
    return notices


def validate(loaded: Loaded, report: Report, as_of: dt.date) -> Model:
    units = _check_units(loaded, report)
    directory = UnitDirectory(units)
    cases, case_ids = _check_cases(loaded, report, directory, as_of)
    commitments = _check_commitments(loaded, report, directory)
    performance = _check_performance(loaded, report, {k.item_code for k in commitments} |
                                     _all_item_codes(loaded))
    notices = _check_notices(loaded, report, directory, case_ids)
    return Model(units, cases, commitments, performance, notices)


def _all_item_codes(loaded: Loaded) -> set[str]:
    # A performance row naming a commitment that itself has an error is not
    # "unknown": the commitment's own error is the one to fix.
    codes = set()
    for record in loaded.records["commitments"]:
        cell = record.cells.get("item_code")
        if cell and isinstance(cell.raw, str) and clean_text(cell.raw):
            codes.add(clean_text(cell.raw))
    return codes


_A_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")


def check_public_names(records: list[SourceRecord], report: Report) -> frozenset[str]:
    """The names the office confirmed for publication (data/public_names.yaml), each with its basis."""
    names = set()
    for record in records:
        chk = RecordChecker(c.PUBLIC_NAMES, record, report)
        values = chk.parse()
        name = values.get("name")
        if name and not _A_NAME.match(name):
            chk.problem("public_name_shape", "name")
        elif chk.ok:
            names.add(name)
    return frozenset(names)
