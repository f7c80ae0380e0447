"""The validation report as clerks read it: in the terminal, and as GitHub Actions annotations."""
from __future__ import annotations

from collections import Counter

from . import contract as c
from . import i18n
from .pipeline import Dataset


def format_report(data: Dataset, lang: str) -> str:
    """The validation report as clerks read it: how many problems of which kind first, then each one."""
    report = data.report
    out = summary_counts(report, lang)
    if report.errors:
        out.append(i18n.message("heading_errors", lang))
        out += [f"  {p.format(lang)}" for p in report.errors]
        out.append("")
    if report.warnings:
        out.append(i18n.message("heading_warnings", lang))
        out += [f"  {p.format(lang)}" for p in report.warnings]
        out.append("")
    if report.mapped:
        out.append(i18n.message("heading_mapped", lang))
        out += [f"  {file}：" + i18n.join_options(changes, lang) for file, changes in report.mapped.items()]
        out.append("")
    if report.ignored_columns:
        out.append(i18n.message("heading_ignored", lang))
        for file, columns in report.ignored_columns.items():
            out.append("  " + i18n.message("ignored_columns", lang, file=file,
                                           columns=i18n.join_options(columns, lang)))
        out.append("")
    if report.ok:
        out.append(i18n.message("heading_records", lang))
        for name, count in data.model.counts().items():
            kind = c.KINDS[name]
            out.append("  " + i18n.message("summary_records", lang, label=kind.zh if lang == "zh" else kind.en,
                                           count=count))
        out.append("")
        out.append(i18n.message("summary_ok", lang, as_of=data.as_of.isoformat()))
    else:
        out.append(i18n.message("summary_failed", lang, errors=len(report.errors)))
    return "\n".join(out)


def summary_counts(report, lang: str) -> list[str]:
    """A line of totals, and one counting personal data by kind, for a report with problems."""
    if not report.problems:
        return []
    lines = [i18n.message("summary_totals", lang, errors=len(report.errors), warnings=len(report.warnings))]
    counts = Counter(p.code for p in report.problems if p.code in i18n.PROBLEM_KINDS)
    if counts:
        label = 0 if lang == "zh" else 1
        parts = [i18n.message("summary_count", lang, label=i18n.PROBLEM_KINDS[code][label], count=counts[code])
                 for code in i18n.PROBLEM_KINDS if code in counts]
        lines.append(i18n.message("summary_by_kind", lang, counts=i18n.join_options(parts, lang)))
    return lines


def github_annotations(data: Dataset, lang: str) -> str:
    """Workflow commands that put each problem on its file in a pull request."""
    lines = []
    for p in data.report.problems:
        kind = "error" if p.severity == "error" else "warning"
        where = f"file={p.file}" + (f",line={p.row}" if p.row else "")
        text = p.format(lang).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        lines.append(f"::{kind} {where}::{text}")
    return "\n".join(lines)
