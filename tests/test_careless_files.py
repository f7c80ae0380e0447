"""Careless and hostile files: what a clerk hid in Excel, YAML that expands without end, a cell of
megabytes.  Each is refused with its place and what to do, and nothing is published."""
import subprocess
import sys

import openpyxl

from conftest import CASE_HEADER, GOOD_CASE

HEADERS = CASE_HEADER.strip().split(",")


def _workbook(path, rows, hide_row=None, hide_column=None, filtered=False, other_sheet=None):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "投诉件"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row.strip().split(","))
    if hide_row:
        sheet.row_dimensions[hide_row].hidden = True
    if hide_column:
        sheet.column_dimensions[hide_column].hidden = True
    if filtered:
        sheet.auto_filter.ref = f"A1:J{len(rows) + 1}"
    if other_sheet:
        book.create_sheet(other_sheet).append(["内部备注"])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def test_a_row_hidden_in_excel_is_refused_with_its_row(data):
    internal = GOOD_CASE.replace("QX-1", "QX-2").replace("反映办理慢", "内部件，不公开")
    _workbook(data.root / "cases/2025.xlsx", [GOOD_CASE, internal], hide_row=3)
    assert data.messages() == ["data/cases/2025.xlsx 第3行：这一行在 Excel 中被隐藏了，但隐藏的行也会被发布。"
                               "不应公开的请删除这一行；应公开的请取消隐藏后重新提交"]


def test_a_row_hidden_by_a_filter_is_refused(data):
    _workbook(data.root / "cases/2025.xlsx", [GOOD_CASE, GOOD_CASE.replace("QX-1", "QX-2")], hide_row=2,
              filtered=True)
    assert data.messages() == ["data/cases/2025.xlsx 第2行：这一行被 Excel 的筛选隐藏了，但隐藏的行也会被发布。"
                               "请清除筛选；不应公开的行请删除"]


def test_a_hidden_column_is_refused_with_its_letter(data):
    _workbook(data.root / "cases/2025.xlsx", [GOOD_CASE], hide_column="J")
    assert data.messages() == ["data/cases/2025.xlsx J列：这一列在 Excel 中被隐藏了，但隐藏的列也会被读取。"
                               "不应公开的请删除这一列；应公开的请取消隐藏后重新提交"]


def test_an_empty_hidden_row_is_no_problem(data):
    _workbook(data.root / "cases/2025.xlsx", [GOOD_CASE], hide_row=5)
    assert data.messages() == []


def test_other_sheets_are_named(data):
    _workbook(data.root / "cases/2025.xlsx", [GOOD_CASE], other_sheet="内部")
    assert data.messages(severity="warning") == [
        "data/cases/2025.xlsx：只读取第一个工作表「投诉件」；其他工作表「内部」未读取，其中的内容不会发布"]


BILLION_LAUGHS = ("---\nid: TB-9\nlol: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                  + "".join(f"{c}: &{c} [{','.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
                  + "---\n正文\n")


def test_a_yaml_alias_bomb_is_refused_at_its_line(data):
    data.write("notices/bomb.md", BILLION_LAUGHS)
    assert data.messages() == ["data/notices/bomb.md 第3行：使用了 YAML 锚点（&）或别名（*）；数据文件不需要它们，"
                               "嵌套的别名还会让文件膨胀到无法处理。请把内容直接写出，不要用 & 和 *"]


def test_an_alias_in_a_units_file_is_refused_too(data):
    data.write("units.yaml", "units:\n  - &u {单位名称: 县自然资源局, 单位代码: zrzyj}\n  - *u\n")
    assert data.messages() == ["data/units.yaml 第2行：使用了 YAML 锚点（&）或别名（*）；数据文件不需要它们，"
                               "嵌套的别名还会让文件膨胀到无法处理。请把内容直接写出，不要用 & 和 *"]


def test_a_masked_number_with_stars_is_no_alias(data):
    data.write("notices/a.md", "---\nid: TB-1\ndate: 2025-04-01\ntitle: 通报\nunits: [县自然资源局]\nissue: 玩游戏\n"
               "sanctions: [通报批评]\n---\n\n举报电话138****5678已核实。\n")
    assert data.messages() == []


def test_a_cell_of_megabytes_is_refused_at_its_row(data):
    data.write("cases/a.csv", CASE_HEADER + GOOD_CASE + GOOD_CASE.replace("反映办理慢", "长" * 12_000_000))
    assert data.messages() == ["data/cases/a.csv 第3行：单元格内容过长（超过 100,000 个字符）或引号不成对，无法读取；请检查这一行"]


def test_portal_validate_refuses_each_with_exit_1(data):
    data.write("notices/bomb.md", BILLION_LAUGHS)
    result = subprocess.run([sys.executable, "-m", "generator", "validate", "--data", str(data.root)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "data/notices/bomb.md 第3行：使用了 YAML 锚点" in result.stdout
    assert result.stdout.splitlines()[-1] == "发现 1 个错误，未发布任何内容。请逐条修改后重新提交。"
