"""What a file says, before anything is checked: records whose cells remember the header as
written, the Excel row (or the YAML or Markdown line) and the column letter, so that every
message can point at them.  The readers (load.py, tables.py) make them; validate.py checks them."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass
class Cell:
    raw: object            # str, list (YAML) or datetime.date (XLSX)
    header: str            # as written in the file
    row: int
    letter: str | None = None


class RowCells(Mapping):
    """A table row's cells by field name, each made when asked for.

    100,000 rows × 24 columns would otherwise be 2.4 million cell objects, nearly all
    read once for their value; the places of the columns are the file's, shared."""
    __slots__ = ("values", "row", "places", "locations")

    def __init__(self, values: list, row: int, places: dict[str, tuple[int, str, str]],
                 locations: dict[str, tuple[str, str, None]]):
        self.values, self.row, self.places = values, row, places   # places: name -> (position, header, letter)
        self.locations = locations      # name -> (header, letter, None: this row), as a Source keeps them

    def raw(self, name: str) -> object:
        place = self.places.get(name)
        return self.values[place[0]] if place is not None and place[0] < len(self.values) else None

    def __getitem__(self, name: str) -> Cell:
        raw = self.raw(name)
        if raw is None:
            raise KeyError(name)
        _, header, letter = self.places[name]
        return Cell(raw, header, self.row, letter)

    def __iter__(self):
        return (name for name, (pos, _, _) in self.places.items() if pos < len(self.values))

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass
class SourceRecord:
    kind: str
    file: str                                   # as shown to clerks, e.g. data/cases/2025.csv
    row: int                                    # Excel row, or first line in YAML/Markdown
    cells: Mapping[str, Cell]                   # field name -> cell
    internal: dict[str, str] = field(default_factory=dict)   # columns outside the contract
    body: str = ""                              # notice text
    body_line: int = 0
    is_line: bool = False
    digest: str = ""        # a table row's cells under their headers: the same digest, the same record
    #: What parsing it gave — (values, the problems raised, whether it passed) — once parsed, or
    #: as a build recalled it from an earlier one's (recall.py): RecordChecker.parse() fills it in.
    parsed: tuple | None = None

    def raw(self, name: str) -> object:
        """The cell's value as read, or None when the record has no such cell."""
        if isinstance(self.cells, RowCells):
            return self.cells.raw(name)
        cell = self.cells.get(name)
        return None if cell is None else cell.raw

    def locations(self) -> dict[str, tuple[str, str | None, int | None]]:
        """Field name -> (header as written, column letter, row or line), as a :class:`Source` keeps them."""
        if isinstance(self.cells, RowCells):
            return self.cells.locations          # the file's, shared by its rows
        return {name: (cell.header, cell.letter, cell.row) for name, cell in self.cells.items()}
