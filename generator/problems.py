"""Problems found in the data, collected and reported all at once."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import i18n

ERROR = "error"
WARNING = "warning"

# Long free-text values are cut in messages; the clerk only needs to find the cell.
_VALUE_MAX = 40


@dataclass(frozen=True)
class Problem:
    severity: str
    code: str
    file: str
    row: int | None = None          # as Excel shows it (1-based, title lines counted)
    column: str | None = None       # the header as written in that file
    letter: str | None = None       # Excel column letter, for tables
    value: str | None = None
    params: dict = field(default_factory=dict, compare=False, hash=False)
    suggestions: tuple[str, ...] = ()
    is_line: bool = False           # YAML and Markdown count lines, not rows

    @property
    def location(self) -> str:
        """``file:row:column`` for tools and annotations."""
        parts = [self.file]
        if self.row is not None:
            parts.append(str(self.row))
            if self.column:
                parts.append(self.column)
        return ":".join(parts)

    def format(self, lang: str = "zh") -> str:
        loc = i18n.LOCATION[lang]
        text = loc["file"].format(file=self.file)
        if self.row is not None:
            text += loc["line" if self.is_line else "row"].format(row=self.row)
        if self.letter:
            text += loc["letter"].format(letter=self.letter)
        if self.column:
            text += loc["column"].format(column=self.column)
        text += loc["sep"]
        if self.value not in (None, ""):
            value = str(self.value).replace("\n", " ")
            if len(value) > _VALUE_MAX:
                value = value[:_VALUE_MAX] + "…"
            text += loc["value"].format(value=value)
        text += i18n.message(self.code, lang, **self.params)
        if self.suggestions:
            text += i18n.message("did_you_mean", lang, options=i18n.join_options(self.suggestions, lang))
        return text


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    ignored_columns: dict[str, list[str]] = field(default_factory=dict)   # file -> headers
    mapped: dict[str, list[str]] = field(default_factory=dict)    # file -> what data/mapping.yaml changed there
    _seen: set[tuple] = field(default_factory=set, repr=False, compare=False)

    def add(self, problem: Problem) -> None:
        """Once each (the same problem found twice is one, its parameters included: two missing
        columns of one file are two problems): in constant time, as a bad 100,000-row export may
        raise as many problems."""
        key = (problem, repr(sorted(problem.params.items())))
        if key not in self._seen:
            self._seen.add(key)
            self.problems.append(problem)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors


class DataError(Exception):
    """Raised when the data has errors; carries the whole report."""

    def __init__(self, report: Report):
        super().__init__(f"{len(report.errors)} data error(s)")
        self.report = report
