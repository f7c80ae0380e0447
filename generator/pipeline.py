"""load → validate → derive, as one call the CLI and the tests share."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from . import derive
from .config import Config
from .load import display_path, load
from .model import Model
from .problems import WARNING, Problem, Report
from .gate import Gate, scan_model
from .validate import validate
from .workdays import WorkCalendar, load_calendar

TIMEZONE = ZoneInfo("Asia/Shanghai")


def today() -> dt.date:
    """Today where the offices are, whatever the build machine's clock zone."""
    return dt.datetime.now(TIMEZONE).date()


@dataclass
class Dataset:
    model: Model
    deadlines: dict[str, derive.Deadline]
    calendar: WorkCalendar
    report: Report
    as_of: dt.date
    config: Config


def read_data(data_dir: Path, config: Config, as_of: dt.date | None = None) -> Dataset:
    """Everything read, checked and derived; ``report.ok`` says whether it may be published."""
    as_of = as_of or today()
    data_dir = Path(data_dir)
    report = Report()
    loaded = load(data_dir, report)
    calendar = load_calendar(loaded.holidays_file,
                             display_path(loaded.holidays_file, data_dir) if loaded.holidays_file else "", report)
    model = validate(loaded, report, as_of)
    scan_model(model, Gate(config.public_contacts), report)
    found = derive.deadlines(model.cases, config.deadlines, calendar, as_of, config.due_soon_days)
    for year in sorted(calendar.unknown_years):
        report.add(Problem(WARNING, "calendar_year_unknown", f"{data_dir.name}/holidays.yaml", params={"year": year}))
    return Dataset(model, found, calendar, report, as_of, config)
