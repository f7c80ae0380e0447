"""``portal template KIND --out FILE.xlsx``: an Excel workbook for clerks to fill in.

Everything in it comes from the data contract (contract.py), so the template
cannot drift from what validation accepts: the first sheet has the contract's
Chinese headers in contract order, a drop-down for every enumerated column,
typed date/number columns and each column's rule as a comment on its header.

The portal reads only the first sheet of an XLSX file (spreadsheets.read_xlsx_rows) and
names any others in a warning.  So the data sheet is first, and the guide
(填写说明) and the unit list (单位列表) come after it; all sheets stay visible,
because hidden rows and columns are refused when the file is read.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from . import contract as c
from . import i18n
from .exits import EXIT_OK, EXIT_USAGE
from .load import display_path, folder_mapping, read_table_file, units_files
from .mapping import SHORT_NAMES
from .normalize import clean_text
from .problems import Report

# The kinds a clerk fills in as tables, under the names they may type (notices are Markdown files).
TEMPLATE_KINDS = {"units": c.UNITS, "cases": c.CASES, "commitments": c.COMMITMENTS, "performance": c.PERFORMANCE}
SHORT_ZH = {kind: short for short, kind in SHORT_NAMES.items()}     # cases: 投诉件 …
KIND_NAMES = {**TEMPLATE_KINDS,
              **{SHORT_ZH[name]: kind for name, kind in TEMPLATE_KINDS.items()},
              **{kind.zh: kind for kind in TEMPLATE_KINDS.values()}}

GUIDE_SHEET = "填写说明"
UNITS_SHEET = "单位列表"
# Drop-downs and checks cover these rows; a data validation costs nothing per row, only its range.
LAST_ROW = 10000

REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")   # light orange: a required column
OPTIONAL_FILL = PatternFill("solid", fgColor="F2F2F2")
DATE_FORMAT = "yyyy-mm-dd"
# Text-like columns are formatted as text, so that Excel keeps what was typed: a period 2025-03
# would otherwise become a date (read back as 2025-03-01, not a period) and a code 0101 would lose its 0.
TEXT_TYPES = {c.TEXT, c.ID, c.SLUG, c.PERIOD, c.ITEM_REF, c.CASE_REF, c.LIST, c.UNIT}
NUMBER_FORMATS = {c.DATE: DATE_FORMAT, c.MONEY: "0.00", c.INT: "0"}
WIDE_FIELDS = {"summary", "outcome", "actions", "correction", "item_name", "materials", "basis", "window"}

# A typical value per field (or per type), for the guide's 示例 column.
EXAMPLES = {"case_id": "QX-2025-000001", "category": "办事效率", "summary": "反映办理不动产登记时多次往返（已脱敏）",
            "outcome": "经核查，反映问题属实，已督促整改", "actions": "效能告诫；退还收费", "refund_amount": "200.00",
            "duplicate_of": "QX-2025-000001", "correction": "更正了办结日期", "name": "县自然资源局", "code": "zrzyj",
            "kind": "县直部门", "aliases": "县国土资源局", "item_code": "QX01010271", "item_name": "建设用地规划许可",
            "legal_limit": "20", "promised_limit": "12", "fee": "不收费", "max_visits": "1",
            "window": "政务服务中心20号窗口", "materials": "申请表；身份证明", "basis": "《中华人民共和国行政许可法》",
            "period": "2025-Q1", "withdrawn": "否", "accepted": "120", "completed": "118", "on_time": "117"}
# How each kind of value is written, as the header notes and the guide say it.
TYPE_RULES = {c.YESNO: "可选值：是、否", c.DATE: "日期，如 2025-03-05", c.MONEY: "数字，最多两位小数",
              c.INT: "不小于 0 的整数", c.ID: "3–40 位英文字母、数字或连字符", c.LIST: "可填多项，用“；”分隔"}
TYPE_EXAMPLES = {c.DATE: "2025-03-05", c.YESNO: "是", c.MONEY: "0.00", c.INT: "0"}


def unit_names(data_dir: Path) -> list[str] | None:
    """The office's unit names from its units file, as the portal reads it; None when there is none.
    Problems in the file are not this command's business (``portal validate`` reports them)."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return None
    files = units_files(data_dir)
    if not files:
        return None
    report = Report()
    # The office's column mapping may rename the units file's headers too.
    records = read_table_file(c.UNITS, files[0], display_path(files[0], data_dir), report,
                              folder_mapping(data_dir, report))
    names: list[str] = []
    for record in records:
        name = record.raw("name")
        name = clean_text(name) if isinstance(name, str) else ""
        if name and name not in names:
            names.append(name)
    return names or None


def _field_zh(kind: c.Kind, name: str) -> str:
    return kind.field(name).zh


def rule_text(kind: c.Kind, f: c.Field, units: list[str] | None) -> str:
    """A column's rule in one line of Chinese: the header comment and the guide both show it."""
    if f.required:
        parts = ["必填"]
    elif f.required_if:
        other, value = f.required_if
        parts = [f"填写了「{_field_zh(kind, other)}」时必填" if value == "*"
                 else f"「{_field_zh(kind, other)}」为“{value}”时必填"]
    else:
        parts = ["选填"]
    if f.type == c.CHOICE:
        parts.append("可选值：" + "、".join(f.choices))
    elif f.type == c.UNIT:
        parts.append(f"从下拉列表选择单位名称（见「{UNITS_SHEET}」工作表）" if units
                     else "填写单位表中的单位名称（未找到单位表，没有下拉列表）")
    elif f.type in TYPE_RULES:
        parts.append(TYPE_RULES[f.type])
    if f.note_zh:
        parts.append(f.note_zh)
    return "。".join(parts) + "。"


def _example(f: c.Field, units: list[str] | None) -> str:
    if f.type == c.CHOICE:
        return f.default or f.choices[0]
    if f.type == c.UNIT:
        return units[0] if units else "县自然资源局"
    return EXAMPLES.get(f.name) or TYPE_EXAMPLES.get(f.type, "")


def _validation(f: c.Field, units_range: str | None) -> DataValidation | None:
    """The Excel check for a column, or None for free text."""
    if f.type == c.CHOICE or f.type == c.YESNO:
        choices = f.choices if f.type == c.CHOICE else ("是", "否")
        # An inline list is limited to 255 characters; the contract's choices are far shorter.
        dv = DataValidation("list", formula1='"' + ",".join(choices) + '"')
        dv.error = "请从下拉列表中选择：" + "、".join(choices)
    elif f.type == c.UNIT and units_range:
        # The unit list lives on its own sheet: a unit name may hold a comma and a county has
        # more units than fit in 255 characters.
        dv = DataValidation("list", formula1=units_range)
        dv.error = f"请从下拉列表中选择单位（见「{UNITS_SHEET}」工作表）"
    elif f.type == c.DATE:
        dv = DataValidation("date", operator="between", formula1="DATE(1990,1,1)", formula2="DATE(2100,12,31)")
        dv.error = "请填写日期，如 2025-03-05"
    elif f.type == c.MONEY:
        dv = DataValidation("decimal", operator="greaterThanOrEqual", formula1="0")
        dv.error = "请填写不小于 0 的金额"
    elif f.type == c.INT:
        dv = DataValidation("whole", operator="greaterThanOrEqual", formula1="0")
        dv.error = "请填写不小于 0 的整数"
    else:
        return None
    dv.allow_blank = True
    dv.showErrorMessage = True
    dv.errorTitle = f.zh[:32]
    return dv


def build_workbook(kind: c.Kind, units: list[str] | None) -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = kind.zh
    units_range = None
    if units and any(f.type == c.UNIT for f in kind.fields):
        unit_sheet = book.create_sheet(UNITS_SHEET)   # placed after the guide below
        unit_sheet["A1"] = "单位名称"
        unit_sheet["A1"].font = Font(bold=True)
        for row, name in enumerate(units, start=2):
            unit_sheet.cell(row=row, column=1, value=name)
        unit_sheet.column_dimensions["A"].width = max(12, 2 * max(len(n) for n in units) + 4)
        units_range = f"{quote_sheetname(UNITS_SHEET)}!$A$2:$A${len(units) + 1}"

    for col, f in enumerate(kind.fields, start=1):
        letter = get_column_letter(col)
        cell = sheet.cell(row=1, column=col, value=f.zh)
        cell.font = Font(bold=f.required)
        cell.fill = REQUIRED_FILL if f.required else OPTIONAL_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
        comment = Comment(rule_text(kind, f, units), "portal")
        comment.width, comment.height = 300, 120
        cell.comment = comment
        # Column styles, not styled empty cells: Excel applies them to whatever is typed there.
        dimension = sheet.column_dimensions[letter]
        dimension.width = 36 if f.name in WIDE_FIELDS else max(12, 2 * len(f.zh) + 4)
        if f.type in NUMBER_FORMATS:
            dimension.number_format = NUMBER_FORMATS[f.type]
        elif f.type in TEXT_TYPES:
            dimension.number_format = "@"
        dv = _validation(f, units_range)
        if dv is not None:
            dv.add(f"{letter}2:{letter}{LAST_ROW}")
            sheet.add_data_validation(dv)
    sheet.freeze_panes = "A2"

    _write_guide(book.create_sheet(GUIDE_SHEET, 1), kind, units)
    return book


def _write_guide(sheet, kind: c.Kind, units: list[str] | None) -> None:
    one = {"cases": "每行填写一件投诉", "units": "每行填写一个单位", "commitments": "每行填写一个服务事项",
           "performance": "每行填写一个事项一个统计期的办结情况"}[kind.name]
    notes = [
        f"「{kind.zh}」填写说明",
        f"只填写第一个工作表「{kind.zh}」；网站只读取第一个工作表，本说明和其他工作表不会读取或公开。"
        "不要在它前面插入工作表，也不要修改第一行的列名。",
        f"{one}，从第 2 行开始，中间不要留空行。橙色加粗的列为必填列；每个列名上的批注写明了该列的要求。",
        "日期请填写为 2025-03-05 这样的日期；金额和件数只填数字。有下拉列表的列请从列表中选择。",
        "不要隐藏行或列，也不要用筛选隐藏行：含有隐藏行或列的文件会被拒绝。",
        "个人信息必须脱敏：投诉人姓名、电话、身份证号、住址等不得写入任何公开列。",
        f"填好后保存为 .xlsx，放入数据文件夹的 {kind.folder}/ 目录，如 data/{kind.folder}/2025.xlsx"
        if kind is not c.UNITS else "填好后保存为 data/units.xlsx（数据文件夹中只能有一个单位表）。",
    ]
    if any(f.type == c.UNIT for f in kind.fields) and not units:
        notes.append("生成本模板时未找到单位表，单位列没有下拉列表；请填写单位表中的单位全称。")
    for row, text in enumerate(notes, start=1):
        sheet.cell(row=row, column=1, value=text).font = Font(bold=row == 1)
    top = len(notes) + 2
    for col, title in enumerate(("列名", "是否必填", "填写要求/可选值", "示例"), start=1):
        sheet.cell(row=top, column=col, value=title).font = Font(bold=True)
    for row, f in enumerate(kind.fields, start=top + 1):
        required = "必填" if f.required else ("条件必填" if f.required_if else "选填")
        for col, value in enumerate((f.zh, required, rule_text(kind, f, units), _example(f, units)), start=1):
            sheet.cell(row=row, column=col, value=value).alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCD", (16, 10, 60, 28)):
        sheet.column_dimensions[letter].width = width


def cmd_template(args) -> int:
    kind = KIND_NAMES.get(args.kind.strip())
    if kind is None:
        listed = "、".join(f"{name}（{SHORT_ZH[name]}）" for name in TEMPLATE_KINDS)
        print(i18n.both("template_unknown_kind", kind=args.kind, listed=listed, kinds=", ".join(TEMPLATE_KINDS)),
              file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        print(i18n.both("template_not_xlsx", out=out), file=sys.stderr)
        return EXIT_USAGE
    # A template written over a filled-in file would throw the clerk's work away.
    if out.exists() and not args.force:
        print(i18n.both("template_exists", out=out), file=sys.stderr)
        return EXIT_USAGE
    units = unit_names(args.data) if any(f.type == c.UNIT for f in kind.fields) else None
    out.parent.mkdir(parents=True, exist_ok=True)
    build_workbook(kind, units).save(out)
    print(i18n.both("template_written", zh=kind.zh, en=kind.en.lower(), out=out))
    if any(f.type == c.UNIT for f in kind.fields) and not units:
        print(f"注意：{args.data} 中没有单位表，单位列没有下拉列表 / "
              f"note: no units file in {args.data}, so the unit columns have no drop-down")
    return EXIT_OK


def add_template_command(sub) -> None:
    p = sub.add_parser("template", help="生成 Excel 填写模板 / write an Excel template to fill in")
    p.add_argument("kind", metavar="KIND",
                   help="units（单位）、cases（投诉件）、commitments（服务承诺）、performance（限时办结）")
    p.add_argument("--out", type=Path, required=True, help="输出的 .xlsx 文件 / the .xlsx file to write")
    p.add_argument("--data", type=Path, default=Path("data"),
                   help="数据文件夹，用于读取单位名称 / data folder, for the unit names (default: data)")
    p.add_argument("--force", action="store_true", help="覆盖已有文件 / overwrite an existing file")
    p.set_defaults(func=cmd_template)
