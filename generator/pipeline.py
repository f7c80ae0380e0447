"""load → validate → derive, as one call the CLI and the tests share."""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from . import derive
from .config import Config
from .load import display_path, load
from .model import Model
from .problems import WARNING, Problem, Report
from .gate import Scanner, case_digit_runs, scan_model, scan_pages
from .personal_data import Detector
from .recall import Recall, load_recall, save_recall
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


def read_data(data_dir: Path, config: Config, as_of: dt.date | None = None,
              recall_file: Path | None = None, content_dir: Path | None = None) -> Dataset:
    """Everything read, checked and derived; ``report.ok`` says whether it may be published.
    ``recall_file``: case rows an earlier build found clean (see recall.py); ``content_dir``:
    the hand-written pages, checked for personal data as the records are."""
    as_of = as_of or today()
    data_dir = Path(data_dir)
    report = Report()
    loaded = load(data_dir, report)
    calendar = load_calendar(loaded.holidays_file,
                             display_path(loaded.holidays_file, data_dir) if loaded.holidays_file else "", report)
    public_names = check_public_names(loaded.public_names, report)
    recall = load_recall(recall_file, [*config.own_contacts, *sorted(public_names)]) if recall_file else None
    model = validate(loaded, report, as_of, recall)
    detector = Detector(config.own_contacts, public_names,
                        {name for unit in model.units for name in (unit.name, *unit.aliases)})
    names_are_errors = config.unmasked_names == "error"
    scan_model(model, detector, report, recall.hits if recall else None, names_are_errors)
    if content_dir is not None:
        scan_pages(Path(content_dir), Scanner(detector, report, names_are_errors))
    found = derive.deadlines(model.cases, config.deadlines, calendar, as_of, config.due_soon_days)
    for year in sorted(calendar.unknown_years):
        report.add(Problem(WARNING, "calendar_year_unknown", f"{data_dir.name}/holidays.yaml", params={"year": year}))
    return Dataset(model, found, calendar, report, as_of, config, recall)


def remember_clean_rows(data: Dataset, recall_file: Path) -> None:
    """Keep the case rows that raised no problem at all for the next build (recall.py)."""
    recall = data.recall
    troubled = {(p.file, p.row) for p in data.report.problems}
    rows = {}
    for case in data.model.cases:
        key = case.row_key
        if not key or (case.source.file, case.source.row) in troubled:
            continue
        if key in recall.hits:
            rows[key] = recall.rows[key]
        elif key in recall.parsed:
            rows[key] = Recall.entry(recall.parsed[key], case_digit_runs(case))
    save_recall(recall_file, recall, rows)
