"""``portal template``: the Excel workbook a clerk fills in, made and then filled as a clerk would."""
import datetime as dt
import shutil
import subprocess
import sys

import pytest
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter, range_boundaries

from conftest import AS_OF, ROOT
from generator import contract as c
from generator.config import Config
from generator.pipeline import read_data

FIXTURE = ROOT / "tests" / "fixtures" / "site-data"


def portal(*args):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True)


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """Each kind's template, made once by the command as a clerk runs it."""
    folder = tmp_path_factory.mktemp("templates")
    made = {}
    for kind, typed in (("cases", "cases"), ("commitments", "服务承诺"), ("performance", "限时办结"), ("units", "单位")):
        out = folder / f"{kind}.xlsx"
        result = portal("template", typed, "--out", str(out), "--data", str(FIXTURE))
        assert result.returncode == 0, result.stderr
        assert str(out) in result.stdout and "已生成" in result.stdout
        made[kind] = out
    return made


def fixture_unit_names():
    return [unit.name for unit in read_data(FIXTURE, Config(), AS_OF).model.units]


def list_options(book, dv):
    """What a list drop-down offers: an inline list, or a range on another sheet."""
    formula = dv.formula1
    if formula.startswith('"'):
        return formula.strip('"').split(",")
    sheet, cells = formula.rsplit("!", 1)
    ws = book[sheet.strip("'")]
    return [row[0].value for row in ws[cells.replace("$", "")]]


def validations_by_column(ws):
    """Column letter -> its data validation; each must cover the whole column from row 2 on."""
    found = {}
    for dv in ws.data_validations.dataValidation:
        for cells in dv.sqref.ranges:
            min_col, min_row, max_col, max_row = range_boundaries(cells.coord)
            assert min_col == max_col and min_row == 2 and max_row >= 5000, cells.coord
            found[get_column_letter(min_col)] = dv
    return found


def letters(kind):
    return {f.name: get_column_letter(i) for i, f in enumerate(kind.fields, start=1)}


# --- the template as made ------------------------------------------------------

def test_cases_template_has_the_contract_headers_rules_and_drop_downs(templates):
    book = load_workbook(templates["cases"])
    assert book.sheetnames[:2] == ["投诉件办理结果", "填写说明"]
    ws = book.worksheets[0]
    assert [cell.value for cell in ws[1]] == [f.zh for f in c.CASES.fields]
    assert ws.freeze_panes == "A2"
    for cell, f in zip(ws[1], c.CASES.fields):
        assert cell.comment is not None and cell.comment.text.startswith("必填" if f.required else ("「", "填写了", "选填"))
        assert cell.font.b == f.required
        assert ws.column_dimensions[cell.column_letter].width >= 10
    assert ws["C1"].comment.text.startswith("必填。可选值：来访、来信、电话")

    columns, dvs = letters(c.CASES), validations_by_column(ws)
    for f in c.CASES.fields:
        dv = dvs.get(columns[f.name])
        if f.type == c.CHOICE:
            assert dv.type == "list" and list_options(book, dv) == list(f.choices), f.name
        elif f.type == c.YESNO:
            assert dv.type == "list" and list_options(book, dv) == ["是", "否"], f.name
        elif f.type == c.DATE:
            assert dv.type == "date", f.name
            assert ws.column_dimensions[columns[f.name]].number_format == "yyyy-mm-dd"
        elif f.type == c.MONEY:
            assert dv.type == "decimal" and ws.column_dimensions[columns[f.name]].number_format == "0.00"
        elif f.type == c.UNIT:
            assert dv.type == "list" and list_options(book, dv) == fixture_unit_names()
        else:
            assert dv is None, f.name
    # Nothing hidden: the portal refuses hidden rows and columns, and a clerk must see every sheet.
    assert all(s.sheet_state == "visible" for s in book.worksheets)
    assert not any(d.hidden for d in ws.column_dimensions.values())


def test_the_guide_lists_every_column_and_the_general_rules(templates):
    guide = load_workbook(templates["cases"])["填写说明"]
    text = "\n".join(str(v) for row in guide.iter_rows(values_only=True) for v in row if v)
    for words in ("2025-03-05", "每行填写一件投诉", "不要隐藏行或列", "只读取第一个工作表", "投诉人姓名、电话"):
        assert words in text
    rows = list(guide.iter_rows(values_only=True))
    top = next(i for i, row in enumerate(rows) if row[:4] == ("列名", "是否必填", "填写要求/可选值", "示例"))
    listed = rows[top + 1:top + 1 + len(c.CASES.fields)]
    assert [row[0] for row in listed] == [f.zh for f in c.CASES.fields]
    assert listed[2][1:] == ("必填", "必填。可选值：来访、来信、电话、电子邮件、网络、12345热线、其他。", "来访")


def test_other_templates_have_their_headers_and_unit_drop_down(templates):
    for kind in (c.COMMITMENTS, c.PERFORMANCE, c.UNITS):
        book = load_workbook(templates[kind.name])
        ws = book.worksheets[0]
        assert ws.title == kind.zh and [cell.value for cell in ws[1]] == [f.zh for f in kind.fields]
        assert book.sheetnames[1] == "填写说明"
    book = load_workbook(templates["commitments"])
    dvs = validations_by_column(book.worksheets[0])
    assert list_options(book, dvs["B"]) == fixture_unit_names()          # 实施部门
    assert list_options(book, dvs["G"]) == ["是", "否"]                  # 网上可办
    assert dvs["D"].type == "whole" and dvs["D"].formula1 == "0"         # 法定办结时限


# --- filled in as a clerk would, then read by the portal ----------------------------

def fill(template, rows):
    """The template with these rows typed in (field name -> value), as openpyxl saves it."""
    book = load_workbook(template)
    ws = book.worksheets[0]
    kind = next(k for k in c.KINDS.values() if k.zh == ws.title)
    columns = letters(kind)
    for number, row in enumerate(rows, start=2):
        for name, value in row.items():
            ws.cell(row=number, column=column_index_from_string(columns[name]), value=value)
    return book


def read_copy(tmp_path, template, rows, place, drop=()):
    """A copy of the fixture data with the filled template at ``place``; its checked data."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    for name in drop:
        (data / name).unlink()
    (data / place).parent.mkdir(parents=True, exist_ok=True)
    fill(template, rows).save(data / place)
    result = read_data(data, Config(), AS_OF)
    assert [p.format() for p in result.report.errors] == []
    assert {p.code for p in result.report.warnings} <= {"other_sheets"}
    assert {p.file for p in result.report.warnings} <= {f"data/{place}"}
    cli = portal("validate", "--data", str(data), "--as-of", AS_OF.isoformat())
    assert cli.returncode == 0, cli.stdout
    return result


def offered(template, column):
    book = load_workbook(template)
    return list_options(book, validations_by_column(book.worksheets[0])[column])


def test_a_filled_cases_template_validates(templates, tmp_path):
    channels, units, statuses = (offered(templates["cases"], col) for col in "CEI")
    rows = [
        {"case_id": "QX-2027-000001", "received_date": dt.date(2026, 10, 8), "channel": channels[0],
         "category": "办事效率", "unit": units[0], "summary": "反映办理不动产登记时多次往返，窗口未一次性告知所需材料。",
         "complexity": "一般", "handling_mode": "自办", "status": "已办结", "closed_date": dt.date(2026, 10, 12),
         "finding": "属实", "outcome": "经核查，反映问题属实，已督促整改。", "actions": "效能告诫；限期整改",
         "refund_amount": 0, "feedback_date": dt.date(2026, 10, 13), "resolved": "已解决", "satisfaction": "满意",
         "valid": "是"},
        {"case_id": "QX-2027-000002", "received_date": dt.date(2026, 11, 2), "channel": "12345热线",
         "category": "服务态度", "unit": units[-1], "summary": "反映窗口工作人员态度生硬。", "status": statuses[1]},
    ]
    result = read_copy(tmp_path, templates["cases"], rows, "cases/2027.xlsx")
    cases = {case.case_id: case for case in result.model.cases}
    first, second = cases["QX-2027-000001"], cases["QX-2027-000002"]
    codes = {unit.name: unit.code for unit in result.model.units}
    assert (first.received_date, first.closed_date, first.unit_code) == (dt.date(2026, 10, 8), dt.date(2026, 10, 12),
                                                                     codes[units[0]])
    assert first.actions == ["效能告诫", "限期整改"] and first.valid is True
    assert (second.status, second.unit_code, second.channel) == ("办理中", codes[units[-1]], "12345热线")
    assert [p.code for p in result.report.warnings] == ["other_sheets"]
    assert "只读取第一个工作表「投诉件办理结果」" in result.report.warnings[0].format()
    # and it builds: the cases typed into the workbook get their pages
    built = portal("build", "--data", str(tmp_path / "data"), "--out", str(tmp_path / "site"),
                   "--cache", str(tmp_path / "cache"), "--as-of", AS_OF.isoformat())
    assert built.returncode == 0, built.stdout + built.stderr
    page = (tmp_path / "site" / "cases" / "QX-2027-000001" / "index.html").read_text(encoding="utf-8")
    assert "反映办理不动产登记时多次往返" in page and "2026年10月12日" in page


def test_filled_commitments_and_performance_templates_validate(templates, tmp_path):
    unit = offered(templates["commitments"], "B")[2]
    commitment = {"item_code": "QX09990001", "unit": unit, "item_name": "档案查询", "legal_limit": 10,
                  "promised_limit": 5, "fee": "不收费", "online": "是", "max_visits": 0, "materials": "申请表；身份证明"}
    result = read_copy(tmp_path / "c", templates["commitments"], [commitment], "commitments/new.xlsx")
    assert any(item.item_code == "QX09990001" and item.promised_limit == 5 for item in result.model.commitments)

    performance = {"period": "2026-10", "item_code": "QX01010271", "accepted": 30, "completed": 28, "on_time": 27}
    result = read_copy(tmp_path / "p", templates["performance"], [performance], "performance/2026-10.xlsx")
    assert any(p.period == "2026-10" and p.on_time == 27 for p in result.model.performance)


def test_a_filled_units_template_replaces_the_units_file(templates, tmp_path):
    units = read_data(FIXTURE, Config(), AS_OF).model.units
    rows = [{"name": u.name, "code": u.code, "kind": u.kind, "aliases": "；".join(u.aliases)} for u in units]
    rows.append({"name": "县档案馆", "code": "daj", "kind": "县直部门"})
    result = read_copy(tmp_path, templates["units"], rows, "units.xlsx", drop=["units.yaml"])
    assert [u.name for u in result.model.units] == [u.name for u in units] + ["县档案馆"]


# --- the command's answers -------------------------------------------------------

def test_unknown_kind_exits_2_listing_the_kinds(tmp_path):
    result = portal("template", "notices", "--out", str(tmp_path / "x.xlsx"))
    assert result.returncode == 2
    assert "cases（投诉件）" in result.stderr and "performance（限时办结）" in result.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_without_a_units_file_there_is_no_unit_drop_down_but_a_note(tmp_path):
    out = tmp_path / "投诉件.xlsx"
    result = portal("template", "投诉件", "--out", str(out), "--data", str(tmp_path / "none"))
    assert result.returncode == 0 and "没有单位表" in result.stdout
    book = load_workbook(out)
    assert book.sheetnames == ["投诉件办理结果", "填写说明"]
    assert "E" not in validations_by_column(book.worksheets[0])
    assert "没有下拉列表" in book.worksheets[0]["E1"].comment.text


def test_an_existing_file_is_not_overwritten(tmp_path):
    out = tmp_path / "2025.xlsx"
    out.write_bytes(b"filled in")
    result = portal("template", "cases", "--out", str(out), "--data", str(FIXTURE))
    assert result.returncode == 2 and out.read_bytes() == b"filled in"
