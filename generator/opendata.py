"""Open data under /opendata/: CSV (UTF-8 with BOM, for Excel) and JSON, described
by a Frictionless ``datapackage.json`` generated from the contract."""
from __future__ import annotations

import array
import codecs
import csv
import datetime as dt
import io
import itertools
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from . import contract as c
from . import store
from .derive import Deadline
from .disclose import Disclosure
from .publicinfo import COLUMNS as PUBLIC_INFO_COLUMNS, PublicInfo

# Derived columns added to cases: (name, 中文, type, description zh, en)
CASE_DERIVED = (
    ("unit_code", "单位代码", "string", "被投诉单位的代码", "code of the unit"),
    ("due_date", "办理期限", "date", "按办理时限规则计算的到期日", "due date under the deadline rules"),
    ("on_time", "按时办结", "boolean", "已办结件是否在期限内办结；未办结为空", "closed by the due date (empty while open)"),
    ("overdue", "超期未办结", "boolean", "截至统计日期未办结且已超期", "open after the due date on the as-of date"),
    ("days_taken", "办理用时（自然日）", "integer", "受理到办结（未办结则到统计日期）的自然日数",
     "calendar days from receipt to closure (or to the as-of date while open)"),
    ("working_days_taken", "办理用时（工作日）", "integer", "同上，按工作日计", "the same in working days"),
    ("url", "网址", "string", "永久网址", "permanent URL"),
)
UNIT_DERIVED = (("unit_code", "单位代码", "string", "单位代码", "unit code"),)

TYPES = {c.TEXT: "string", c.ID: "string", c.SLUG: "string", c.DATE: "date", c.YESNO: "boolean", c.MONEY: "number",
         c.INT: "integer", c.PERIOD: "string", c.CHOICE: "string", c.LIST: "string", c.UNIT: "string",
         c.UNIT_LIST: "string", c.CASE_REF: "string", c.CASE_LIST: "string", c.ITEM_REF: "string"}

# Spreadsheets run a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_JOIN = "；"
FORMAT = 3      # of the kept encoded lines (the version of their store)


def public_fields(kind: c.Kind) -> list[c.Field]:
    return [f for f in kind.fields if f.public]


def neutralise(text: str) -> str:
    """Make a text cell inert in Excel and LibreOffice (OWASP CSV injection advice)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _plain(value):
    """JSON value of what JSON has no type for (dates, amounts)."""
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"no JSON value for {type(value).__name__}")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return neutralise(LIST_JOIN.join(value))
    if isinstance(value, (dt.date, Decimal, int)):
        return str(value) if not isinstance(value, dt.date) else value.isoformat()
    return neutralise(str(value))


def _record(obj, fields: list[c.Field], renames: dict[str, str] | None = None) -> dict:
    renames = renames or {}
    out = {}
    for f in fields:
        value = getattr(obj, renames.get(f.name, f.name))
        out[f.name] = None if value in ("", None) else value
    return out


def case_row(case, d: Deadline, unit_name: str, base_url: str, fields: list[c.Field]) -> dict:
    row = _record(case, fields, {"unit": "unit_code"})
    row["unit"] = unit_name
    row.update(unit_code=case.unit_code, due_date=d.due_date, on_time=d.on_time, overdue=d.overdue,
               days_taken=d.calendar_days, working_days_taken=d.working_days,
               url=f"{base_url}cases/{case.case_id}/")
    return row


def tables(disclosure: Disclosure, base_url: str, info: PublicInfo | None = None) -> dict[str, list[dict]]:
    """Every open-data table but the cases' as rows of typed values, before CSV/JSON encoding
    (:class:`EncodedCases` makes the cases' lines, a row at a time).  ``info``: the office's
    政府信息公开 settings, which give each notice its metadata columns."""
    info = info or PublicInfo("{id}", "", "", "")
    names = disclosure.unit_names
    notices = []
    for notice in sorted(disclosure.notices, key=lambda n: n.id):
        row = _record(notice, public_fields(c.NOTICES), {"source": "source_kind"})
        row["units"] = [names[u] for u in notice.units]
        row["url"] = f"{base_url}notices/{notice.id}/"
        row.update(info.fields(notice))
        notices.append(row)
    commitments = []
    for item in sorted(disclosure.commitments, key=lambda i: i.item_code):
        row = _record(item, public_fields(c.COMMITMENTS), {"unit": "unit_code"})
        row["unit"] = names[item.unit_code]
        row["unit_code"] = item.unit_code
        commitments.append(row)
    performance = [_record(p, public_fields(c.PERFORMANCE))
                   for p in sorted(disclosure.performance, key=lambda p: (p.period, p.item_code))]
    units = [{"name": u.name, "code": u.code, "kind": u.kind or None, "aliases": u.aliases or None}
             for u in disclosure.units]
    return {"notices": notices, "commitments": commitments, "performance": performance, "units": units}


def row_counts(disclosure: Disclosure) -> dict[str, int]:
    """How many rows each downloadable table has, without making them."""
    return {"cases": len(disclosure.cases), "notices": len(disclosure.notices),
            "commitments": len(disclosure.commitments), "performance": len(disclosure.performance)}


EXTRA_COLUMNS = {"cases": CASE_DERIVED, "notices": (("url", "网址", "string", "永久网址", "permanent URL"),
                                                    *PUBLIC_INFO_COLUMNS),
                 "commitments": UNIT_DERIVED}


def columns(kind: str) -> list[tuple[str, str, str, str, str]]:
    """(name, 中文, frictionless type, description zh, en) for every column of a table."""
    base = [(f.name, f.zh, TYPES[f.type], f.note_zh, f.note_en) for f in public_fields(c.KINDS[kind])]
    return base + list(EXTRA_COLUMNS.get(kind, ()))


def _text_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return neutralise(LIST_JOIN.join(value))
    return neutralise(value) if isinstance(value, str) else _cell(value)


def _date_cell(value) -> str:
    return "" if value is None else value.isoformat()


class CsvLines:
    """A table's CSV lines, one row at a time."""

    def __init__(self, kind: str):
        # One converter per column (3 million cells at 100,000 cases); any value _cell handles.
        by_type = {"string": _text_cell, "date": _date_cell}
        self.cells = [(col[0], by_type.get(col[2], _cell)) for col in columns(kind)]
        self.buf = io.StringIO()
        self.writer = csv.writer(self.buf, lineterminator="\r\n")
        self.header = self._line([name for name, _ in self.cells])

    def _line(self, values: list[str]) -> str:
        self.buf.seek(0)
        self.buf.truncate()
        self.writer.writerow(values)
        return self.buf.getvalue()

    def line(self, row: dict) -> str:
        return self._line([cell(row.get(n)) for n, cell in self.cells])

    def file(self, lines: list[bytes]) -> bytes:
        """The file of these lines (each UTF-8 already), with the BOM Excel needs."""
        return b"".join((codecs.BOM_UTF8, self.header.encode("utf-8"), *lines))


def to_csv(kind: str, rows: list[dict]) -> bytes:
    lines = CsvLines(kind)
    return lines.file([lines.line(row).encode("utf-8") for row in rows])


def json_line(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"), default=_plain)


def json_file(lines: list[bytes]) -> bytes:
    """A JSON array with one record per line: diffs show what changed, and each line is
    encoded by the json module's C encoder (``indent`` would use its Python one)."""
    body = lines[0] if len(lines) == 1 else b",\n".join(lines)       # one line: the cases' body, not copied twice
    return b"".join((b"[\n", body, b"\n]\n"))


def to_json(rows: list[dict]) -> bytes:
    return json_file([json_line(row).encode("utf-8") for row in rows])


class EncodedCases:
    """The cases table's CSV and JSON lines, each case's made once and kept between builds.

    Encoding every case is most of the open data's work, which a daily rebuild would redo
    for a hundred new ones.  A case's lines are kept under a digest of what they are made of
    (:func:`derive.made_of`: its row, deadline and unit name; and the site's address), in the
    build cache's store ``opendata/cases`` (store.py: not used after the code changes).  The
    store holds the keys in a list and, for each file, the lines as the file's body has them
    (UTF-8, a JSON line with the comma and line break after it), with each line's length.  A
    build copies each stretch of unchanged lines between changed ones out of the kept body in
    one piece: cut into 100,000 lines and joined again, the lines cost more than encoding the
    day's new ones."""

    def __init__(self, cache_dir: Path | None):
        self.store = store.named(cache_dir, "opendata/cases", FORMAT) if cache_dir is not None else None
        kept = _Bodies.of(self.store.read()) if self.store else None
        self.kept = kept or _Bodies([], b"", array.array("Q"), b"", array.array("Q"))
        self.made: _Bodies | None = None

    def files(self, disclosure: Disclosure, deadlines: dict[str, Deadline], base_url: str,
              case_digests: dict[str, str]) -> tuple[bytes, bytes]:
        """cases.csv and cases.json; ``case_digests``: :func:`derive.case_digests` of the cases."""
        names = disclosure.unit_names
        fields = public_fields(c.CASES)
        encoder = CsvLines("cases")
        kept = self.kept
        at = {key: i for i, key in enumerate(kept.keys)}
        keys, pieces = [], []        # a piece: a stretch of kept lines (first, past the last), or a new case's lines
        for case in sorted(disclosure.cases, key=lambda k: k.case_id):
            key = f"{base_url}\0{case_digests[case.case_id]}"
            keys.append(key)
            i = at.get(key)
            if i is None:
                row = case_row(case, deadlines[case.case_id], names[case.unit_code], base_url, fields)
                pieces.append((encoder.line(row).encode("utf-8"), json_line(row).encode("utf-8") + b",\n"))
            elif pieces and type(pieces[-1]) is list and pieces[-1][1] == i:
                pieces[-1][1] = i + 1
            else:
                pieces.append([i, i + 1])
        self.made = kept.assembled(keys, pieces)
        # The JSON body less the comma and line break after its last line.
        return encoder.file([self.made.csv]), json_file([memoryview(self.made.json)[:-2]] if self.made.json else [])

    def save(self) -> None:
        """Keep this build's lines (only these: a case's earlier lines are not needed again)."""
        if self.store is not None and self.made is not None and self.made.keys != self.kept.keys:
            self.store.write(self.made.kept())


@dataclass
class _Bodies:
    """Lines under their keys: each file's body, and each line's length in it."""
    keys: list[str]
    csv: bytes
    csv_lengths: array.array
    json: bytes
    json_lengths: array.array

    @classmethod
    def of(cls, kept) -> "_Bodies | None":
        """What the store keeps (keys, CSV body, its lines' lengths, JSON body, its lines'
        lengths); None when that is not whole."""
        try:
            keys, csv_body, csv_lengths, json_body, json_lengths = kept
            bodies = cls(keys, csv_body, array.array("Q", csv_lengths), json_body, array.array("Q", json_lengths))
        except (TypeError, ValueError):
            return None
        whole = (isinstance(keys, list) and len(bodies.csv_lengths) == len(bodies.json_lengths) == len(keys)
                 and sum(bodies.csv_lengths) == len(csv_body) and sum(bodies.json_lengths) == len(json_body))
        return bodies if whole else None

    def kept(self) -> tuple:
        return self.keys, self.csv, self.csv_lengths.tobytes(), self.json, self.json_lengths.tobytes()

    def assembled(self, keys: list[str], pieces: list) -> "_Bodies":
        """The bodies of ``keys``, of ``pieces``: a [first, past the last] stretch of these lines,
        or a new (CSV, JSON) line."""
        made = []
        for k, (body, lengths) in enumerate(((self.csv, self.csv_lengths), (self.json, self.json_lengths))):
            starts = array.array("Q", itertools.accumulate(lengths, initial=0))
            view, parts, new_lengths = memoryview(body), [], array.array("Q")
            for piece in pieces:
                if type(piece) is list:
                    first, last = piece
                    parts.append(view[starts[first]:starts[last]])
                    new_lengths.extend(lengths[first:last])
                else:
                    line = piece[k]
                    parts.append(line)
                    new_lengths.append(len(line))
            made += [b"".join(parts), new_lengths]
        return _Bodies(keys, *made)


def _schema(kind: str) -> dict:
    fields = []
    contract_fields = {f.name: f for f in c.KINDS[kind].fields}
    for name, zh, ftype, note_zh, note_en in columns(kind):
        field = {"name": name, "title": zh, "type": ftype}
        if note_zh:
            field["description"] = f"{note_zh} / {note_en}"
        f = contract_fields.get(name)
        constraints = {}
        if f is not None and f.required:
            constraints["required"] = True
        if f is not None and f.type == c.CHOICE:
            constraints["enum"] = list(f.choices)
        if f is not None and f.type == c.ID:
            constraints["pattern"] = "[A-Za-z0-9-]{3,40}"
        if ftype == "boolean":
            field["trueValues"], field["falseValues"] = ["true"], ["false"]
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema = {"fields": fields}
    key = c.KINDS[kind].key
    if key:
        schema["primaryKey"] = [key]
    return schema


def datapackage(config_site_name: str, office: str, as_of: dt.date) -> dict:
    resources = []
    for kind in ("cases", "notices", "commitments", "performance"):
        resources.append({
            "name": kind, "title": c.KINDS[kind].zh, "path": f"{kind}.csv", "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8-sig", "dialect": {"delimiter": ",", "header": True},
            "schema": _schema(kind),
        })
    return {
        "name": "efficiency-portal", "title": config_site_name, "description":
            f"{office}公开的投诉件办理结果、服务承诺、限时办结情况和问责通报（统计日期 {as_of.isoformat()}）。"
            " 列表内用“；”分隔多个值。以 = + - @ 开头的文本前加了单引号，以防表格软件当作公式执行。",
        "created": f"{as_of.isoformat()}T00:00:00+08:00",
        "resources": resources,
    }


def write(writer, disclosure: Disclosure, deadlines: dict[str, Deadline], base_url: str, as_of: dt.date,
          site_name: str, office: str, case_digests: dict[str, str], cache_dir: Path | None = None,
          info: PublicInfo | None = None) -> None:
    """Every open-data file; ``case_digests``: :func:`derive.case_digests` of the cases;
    ``cache_dir``: where the cases' encoded lines are kept (:class:`EncodedCases`)."""
    encoded = EncodedCases(cache_dir)
    cases_csv, cases_json = encoded.files(disclosure, deadlines, base_url, case_digests)
    writer.write("opendata/cases.csv", cases_csv)
    writer.write("opendata/cases.json", cases_json)
    encoded.save()
    data = tables(disclosure, base_url, info)
    for kind in ("notices", "commitments", "performance"):
        writer.write(f"opendata/{kind}.csv", to_csv(kind, data[kind]))
        writer.write(f"opendata/{kind}.json", to_json(data[kind]))
    writer.write("opendata/datapackage.json",
                 json.dumps(datapackage(site_name, office, as_of), ensure_ascii=False, indent=1))
