"""The personal-data gate: the last check before records become public.

Files should arrive redacted; this catches what slipped through, with the one
detector of :mod:`personal_data` over every published field of every record,
the hand-written pages and (``portal audit``) any built site.  A hit is located
at file, row and column, with a *masked* excerpt and the redacted form to write
instead: the full value never reaches a message or a log.

Identifiers of a person (resident ID, mobile, bank card, e-mail, QQ/WeChat id,
home address, and any value of the row's own unpublished name or phone column)
stop the build.  Personal names and vehicle plates are warnings, names errors
when ``portal.yml`` says ``unmasked_names: error``; a name the office has
confirmed for publication in ``data/public_names.yaml`` is not reported.
"""
from __future__ import annotations

import hashlib
import re
from functools import partial
from pathlib import Path

from . import contract as c
from .model import Model
from .parallel import Forked, parallel_pays
from .personal_data import (ADDRESS, CARD, EMAIL, ID, IM, KNOWN_VALUE, MOBILE, NAME, Detector, Hit, digits_of,
                            mask, normalized, redacted)
from .problems import ERROR, WARNING, Problem, Report

# Identifiers that point to one person: never published, whatever the settings.
ERROR_CODES = {ID, MOBILE, EMAIL, CARD, IM, ADDRESS, KNOWN_VALUE}


def _texts(value) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [value] if isinstance(value, str) and value else []


def _public_text_fields(kind: c.Kind) -> list[c.Field]:
    return [f for f in kind.fields if f.public and f.type in (c.TEXT, c.LIST, c.UNIT, c.UNIT_LIST)]


NAME_COLUMNS = c.COMPLAINANT_NAME_COLUMNS
PHONE_COLUMNS = c.COMPLAINANT_PHONE_COLUMNS


class Scanner:
    """Reports what the detector finds in a text at its place in a file."""

    def __init__(self, detector: Detector, report: Report, names_are_errors: bool = False):
        self.detector, self.report = detector, report
        self.error_codes = ERROR_CODES | {NAME} if names_are_errors else ERROR_CODES

    def check(self, text: str, file: str, row: int | None, column: str | None, letter: str | None = None,
              is_line: bool = False, known: list[tuple[str, str]] = ()) -> None:
        for hit in self.detector.scan(text):
            self.report_hit(hit, text, file, row, column, letter, is_line)
        for kind, value in known:
            start = text.find(value)
            if start >= 0:
                self.report_hit(Hit(KNOWN_VALUE, start, start + len(value)), text, file, row, column, letter,
                                is_line, column_name=kind)

    def report_hit(self, hit: Hit, text: str, file: str, row: int | None, column: str | None,
                   letter: str | None, is_line: bool, column_name: str = "") -> None:
        severity = ERROR if hit.code in self.error_codes else WARNING
        params = {"column": column_name, "redacted": redacted(text, hit)}
        self.report.add(Problem(severity, hit.code, file, row, column, letter, mask(text, hit), params,
                                is_line=is_line))


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
    digits = digits_of(value) if column in PHONE_COLUMNS else ""
    return digits if len(digits) >= 7 else ""


BODY = "正文"
# A run of digits, spaces and hyphens that may be a phone number written in a text.
DIGIT_RUN = re.compile(r"\d[\d -]{5,}\d")


def scan_model(model: Model, detector: Detector, report: Report,
               remembered: dict[tuple[str, int], tuple[list[Problem], list[str]]] | None = None,
               names_are_errors: bool = False) -> dict[tuple[str, int], tuple[list[Problem], list[str]]]:
    """Every published text field of every record (embargoed ones too: they will be published).

    ``remembered``: what an earlier scan found in records of files that have not changed since,
    given the same detector (recall.py), by (file, row): the problems and the digit runs of the
    record's texts.  Such a record is not scanned again, its problems reported as they were,
    unless one of its runs is now some complainant's phone number.  Returns what was found in
    each record the same way (what may be remembered: not for a record with a run that is a
    complainant's phone, which is scanned every time).  A large archive is scanned in two
    halves at once; the problems come out in record order either way."""
    phones = {}
    for case in model.cases:        # as _known_values() finds them, without the names
        for column, value in case.internal.items():
            digits = _phone_digits(column, value) if column in PHONE_COLUMNS else ""
            if digits:
                phones[digits] = column
    remembered = remembered or {}
    plan = []               # (kind, record, its place, what an earlier scan found or None: scan it)
    for kind, records in (("cases", model.cases), ("commitments", model.commitments), ("notices", model.notices)):
        for record in records:
            place = (record.source.file, record.source.row)
            kept = remembered.get(place)
            if kept is not None and kept[1] and not phones.keys().isdisjoint(kept[1]):
                kept = None
            plan.append((kind, record, place, kept))
    records = [(kind, record) for kind, record, _, kept in plan if kept is None]
    half = len(records) // 2
    detector.learn(text for kind, record in records for text, *_ in _published(kind, record))
    second = Forked(partial(_scan, records[half:], detector, names_are_errors, phones),
                    "personal-data check", inline=not parallel_pays(len(records)))
    scans = iter(_scan(records[:half], detector, names_are_errors, phones) + second.result())
    found = {}
    for kind, record, place, kept in plan:
        if kept is None:
            kept = next(scans)
        if not kept[1] or phones.keys().isdisjoint(kept[1]):
            found[place] = kept
        for problem in kept[0]:
            report.add(problem)
    return found


_FIELDS = {kind: _public_text_fields(c.KINDS[kind]) for kind in ("cases", "commitments", "notices")}


def _published(kind: str, record):
    """Each published text of a record, with where it is: (text, row, header, column letter, is_line)."""
    src = record.source
    for f in _FIELDS[kind]:
        attr = "source_kind" if (kind, f.name) == ("notices", "source") else f.name
        header, letter, row = src.cell(f.name, f.zh)
        for text in _texts(getattr(record, attr, None)):
            yield text, row, header, letter, src.is_line
    for offset, line in enumerate(getattr(record, "body", "").split("\n")):
        if line.strip():
            yield line, record.body_line + offset, BODY, None, True


class _Found(list):
    """A record's problems, as a Scanner reports them (the build's report takes them in record order)."""
    add = list.append


def _scan(records: list, detector: Detector, names_are_errors: bool,
          phones: dict[str, str]) -> list[tuple[list[Problem], list[str]]]:
    """Each record's problems and the digit runs of its texts (each run of a text compared with
    the complainants' phones: landlines too, anywhere in published text)."""
    scanner = Scanner(detector, _Found(), names_are_errors)
    found = []
    for kind, record in records:
        problems = scanner.report = _Found()
        runs = set()
        known = _known_values(getattr(record, "internal", {}))
        file = record.source.file
        for text, row, header, letter, is_line in _published(kind, record):
            scanner.check(text, file, row, header, letter, is_line, known)
            for m in DIGIT_RUN.finditer(normalized(text)):
                digits = digits_of(m[0])
                runs.add(digits)
                column = phones.get(digits)
                if column:
                    scanner.report_hit(Hit(KNOWN_VALUE, m.start(), m.end()), text, file, row, header, letter,
                                       is_line, column_name=column)
        found.append((list(problems), sorted(runs)))
    return found


def scan_pages(content_dir: Path, scanner: Scanner,
               remembered: dict[str, tuple[str, list[Problem]]] | None = None) -> dict[str, tuple[str, list[Problem]]]:
    """Hand-written pages, line by line.  ``remembered``: what an earlier scan with the same detector
    found in each page, by its path: (a digest of its bytes, the problems); a page with the same
    bytes is not scanned again.  Returns what this scan found, the same way."""
    found = {}
    if not content_dir.is_dir():
        return found
    remembered = remembered or {}
    report = scanner.report
    for path in sorted(content_dir.rglob("*.md")):
        file = f"{content_dir.name}/{path.relative_to(content_dir).as_posix()}"
        data = path.read_bytes()
        digest = hashlib.blake2b(data, digest_size=16).hexdigest()
        kept = remembered.get(file)
        if kept is None or kept[0] != digest:
            scanner.report = _Found()
            for number, line in enumerate(data.decode("utf-8").splitlines(), 1):
                scanner.check(line, file, number, None, is_line=True)
            kept = (digest, list(scanner.report))
            scanner.report = report
        for problem in kept[1]:
            report.add(problem)
        found[file] = kept
    return found
