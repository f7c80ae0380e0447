"""YAML as clerks write it: composed node by node, every scalar kept as the text written, each
mapping remembering its keys' lines; anchors and aliases refused; the parser's words for the
mistakes clerks make turned into what to fix."""
from __future__ import annotations

import re

import yaml

from .problems import ERROR, Problem, Report


# Composes nodes only; every scalar is kept as the text the clerk wrote.  Typing happens in
# normalize.py, so ``0123`` stays ``0123``, ``yes`` is not silently a boolean and ``2025-03-05``
# is parsed like any other date text.  libyaml's parser when PyYAML has it (several times
# faster over thousands of notices), which marks nodes with their lines as the pure-Python one does.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def plain(node, file: str, report: Report, line_offset: int = 0):
    """Plain Python data from a node; mappings become {key: (value, line, key_as_written)}."""
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [plain(n, file, report, line_offset) for n in node.value]
    result: dict[str, tuple] = {}
    lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        line = key_node.start_mark.line + 1
        if key in lines:
            report.add(Problem(ERROR, "yaml_duplicate_key", file, line + line_offset, key,
                               params={"key": key, "other": lines[key] + line_offset}, is_line=True))
            continue
        lines[key] = line
        result[key] = (plain(value_node, file, report, line_offset), line)
    return result


_MAYBE_ANCHOR = re.compile(r"[&*][^\s]")


def _has_alias(text: str, file: str, report: Report, line_offset: int) -> bool:
    """Data files need no anchors (&name) or aliases (*name), and aliases nested in each other make a
    few lines expand to billions of values ("billion laughs"): refused, at the first one's line."""
    if not _MAYBE_ANCHOR.search(text):
        return False
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                report.add(Problem(ERROR, "yaml_alias", file, event.start_mark.line + 1 + line_offset,
                                   is_line=True))
                return True
    except yaml.YAMLError:
        return False        # compose reports it, located
    return False


def compose(text: str, file: str, report: Report, line_offset: int = 0):
    if _has_alias(text, file, report, line_offset):
        return None
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        row = mark.line + 1 + line_offset if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        code = next((code for words, code in _YAML_PROBLEMS if words in problem), "yaml_syntax")
        report.add(Problem(ERROR, code, file, row, params={"error": problem}, is_line=True))
        return None


# What clerks' YAML mistakes look like to the YAML parser (libyaml's and PyYAML's words), and what
# to tell them instead; a problem not listed is passed on as the parser words it.
_YAML_PROBLEMS = (("unexpected end of stream", "yaml_unclosed_quote"), ("mapping values are not allowed", "yaml_colon_in_value"),
                  ("found character '\\t'", "yaml_tab"), ("found a tab character", "yaml_tab"),
                  ("expected <block end>", "yaml_indent"))
