"""An office's own column headers and values, and the contract's they stand for (``data/mapping.yaml``).

Offices export from their own systems (a 12345 platform writes 工单编号, 来电时间, 工单状态 已归档)
and cannot rename columns in every export.  The mapping, reviewed like any data file, says once
which of their headers is which field and which of their values is which choice; it is applied
as the files are read, before anything is checked, and the validation summary lists what it did::

    cases:                       # or 投诉件
      columns:
        工单编号: 投诉编号        # their header: the contract's (Chinese or English)
        来电时间: 受理日期
      values:
        办理状态:                 # the contract's field
          已归档: 已办结          # their value: the contract's choice
        投诉渠道:
          市长热线: 12345热线
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from . import contract as c
from .normalize import clean_text, normalize_header
from .problems import ERROR, Problem, Report

FILE = "mapping.yaml"

# Words that name the same thing in column headers, to find the column a missing one may be.
_KINDRED = (("编号", "单号", "号码", "编码", "序号", "id"), ("日期", "时间", "时刻", "date", "time"),
            ("渠道", "来源", "方式"), ("类别", "分类", "类型", "种类"), ("单位", "部门", "承办", "机构"),
            ("事项", "内容", "诉求", "问题", "摘要"), ("状态", "进度"), ("结果", "意见", "答复", "回复"),
            ("结论", "核查", "核实"), ("满意", "评价", "回访"), ("名称", "标题"))


@dataclass
class Mapping:
    columns: dict[str, dict[str, str]] = field(default_factory=dict)     # kind -> own header (normalised) -> field
    values: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)   # kind -> field -> own -> choice

    def field_of(self, kind: c.Kind, header: str) -> str | None:
        return self.columns.get(kind.name, {}).get(normalize_header(header))

    def value_maps(self, kind: c.Kind) -> dict[str, dict[str, str]]:
        return self.values.get(kind.name, {})


# The short Chinese names clerks use for each kind of file.
SHORT_NAMES = {"单位": "units", "投诉件": "cases", "服务承诺": "commitments", "限时办结": "performance", "问责通报": "notices"}


def _kind(name: str) -> c.Kind | None:
    for kind in c.KINDS.values():
        if name in (kind.name, kind.zh, kind.en) or SHORT_NAMES.get(name) == kind.name:
            return kind
    return None


def _field(kind: c.Kind, name: str) -> c.Field | None:
    wanted = normalize_header(name)
    for f in kind.fields:
        if wanted in (normalize_header(f.name), normalize_header(f.zh)):
            return f
    return None


def from_data(data, file: str, report: Report) -> Mapping:
    """The mapping from ``data`` as load.py reads YAML ({key: (value, line)}); each mistake is
    reported at its line."""
    mapping = Mapping()
    if not isinstance(data, dict):
        report.add(Problem(ERROR, "mapping_shape", file))
        return mapping

    def problem(code: str, line: int, value: str, **params) -> None:
        report.add(Problem(ERROR, code, file, line, None, None, value, params, is_line=True))

    for kind_name, (sections, line) in data.items():
        kind = _kind(kind_name)
        if kind is None:
            names = [k.name for k in c.KINDS.values()] + [k.zh for k in c.KINDS.values()]
            problem("mapping_kind", line, kind_name, kinds="、".join(names),
                    suggestion="、".join(difflib.get_close_matches(kind_name, names, n=1)) or "—")
            continue
        if not isinstance(sections, dict):
            problem("mapping_shape", line, kind_name)
            continue
        for section, (entries, line) in sections.items():
            if section not in ("columns", "values", "列", "取值") or not isinstance(entries, dict):
                problem("mapping_section", line, section)
                continue
            if section in ("columns", "列"):
                _read_columns(kind, entries, mapping, problem)
            else:
                _read_values(kind, entries, mapping, problem)
    return mapping


def _read_columns(kind: c.Kind, entries: dict, mapping: Mapping, problem) -> None:
    for own, (target, line) in entries.items():
        f = _field(kind, str(target)) if isinstance(target, str) else None
        if f is None:
            problem("mapping_field", line, str(target), kind=kind.zh,
                    fields="、".join(x.zh for x in kind.fields))
            continue
        mapping.columns.setdefault(kind.name, {})[normalize_header(own)] = f.name


def _read_values(kind: c.Kind, entries: dict, mapping: Mapping, problem) -> None:
    for target, (pairs, line) in entries.items():
        f = _field(kind, target)
        if f is None:
            problem("mapping_field", line, target, kind=kind.zh, fields="、".join(x.zh for x in kind.fields))
            continue
        if not isinstance(pairs, dict):
            problem("mapping_section", line, target)
            continue
        for own, (value, value_line) in pairs.items():
            value = clean_text(str(value))
            if f.choices and value not in f.choices:
                problem("mapping_choice", value_line, value, zh=f.zh, choices="、".join(f.choices))
                continue
            mapping.values.setdefault(kind.name, {}).setdefault(f.name, {})[clean_text(own)] = value


def columns_like(f: c.Field, headers: list[str]) -> list[str]:
    """The file's headers that may be the missing field's column: a kindred word, or close spelling."""
    wanted = normalize_header(f.zh)
    groups = [group for group in _KINDRED if any(word in wanted for word in group)]
    found = [h for h in headers if any(word in normalize_header(h) for group in groups for word in group)]
    found += [h for h in difflib.get_close_matches(f.zh, headers, n=2, cutoff=0.5) if h not in found]
    return found[:3]
