"""Every format an office sends loads to the same records."""
import dataclasses
import datetime as dt

from openpyxl import Workbook

from conftest import CASE_HEADER, GOOD_CASE

ROWS = [
    ["QX-1", "2025-03-05", "来访", "办事效率", "县自然资源局", "反映办理慢，“三次”未办结", "已办结", "2025-03-10", "属实", "已整改"],
    ["QX-2", "2025-04-01", "12345热线", "乱收费", "县国土资源局", "收取资料费", "办理中", "", "", ""],
]


def _published(result):
    return [{k: v for k, v in dataclasses.asdict(c).items() if k not in ("source", "internal", "row_key")}
            for c in result.model.cases]


def _csv(rows):
    return CASE_HEADER + "".join(",".join(r) + "\n" for r in rows)


def test_gb18030_with_title_line_equals_utf8(data, tmp_path):
    data.write("cases/a.csv", _csv(ROWS))
    utf8 = _published(data.read())
    (data.root / "cases/a.csv").unlink()
    data.write("cases/b.csv", "清溪县2025年投诉件办理结果\n\n" + _csv(ROWS) + "\n\n", encoding="gb18030")
    assert data.read().report.ok
    assert _published(data.read()) == utf8
    assert len(utf8) == 2


def test_utf8_with_bom_and_semicolon_free_tab_export(data):
    data.write("cases/a.csv", "\ufeff" + _csv(ROWS))
    bom = _published(data.read())
    (data.root / "cases/a.csv").unlink()
    data.write("cases/a.csv", _csv(ROWS).replace(",", "\t"))
    assert _published(data.read()) == bom


def test_xlsx_with_title_row_and_date_cells_equals_csv(data):
    data.write("cases/a.csv", _csv(ROWS))
    expected = _published(data.read())
    (data.root / "cases/a.csv").unlink()
    book = Workbook()
    sheet = book.active
    sheet.append(["清溪县2025年投诉件办理结果"])
    sheet.append([])
    sheet.append(CASE_HEADER.strip().split(","))
    for row in ROWS:
        cells = list(row)
        cells[1] = dt.datetime.fromisoformat(row[1])             # a real date cell
        cells[7] = dt.datetime.fromisoformat(row[7]) if row[7] else None
        sheet.append(cells)
    sheet.append([])
    book.save(data.root / "cases" / "a.xlsx")
    result = data.read()
    assert result.report.ok, [p.format() for p in result.report.problems]
    assert _published(result) == expected
    # Excel's row numbers, counting the title row and the blank row
    assert [c.source.row for c in result.model.cases] == [4, 5]


def test_xlsx_text_stays_text(data):
    book = Workbook()
    sheet = book.active
    sheet.append(["事项编码", "实施部门", "事项名称", "法定办结时限", "承诺办结时限"])
    sheet.append(["0012345678901234567890", "县自然资源局", "宅基地审批", 20, 15.0])
    data.root.joinpath("commitments").mkdir()
    book.save(data.root / "commitments" / "items.xlsx")
    result = data.read()
    assert result.report.ok
    item = result.model.commitments[0]
    assert item.item_code == "0012345678901234567890"
    assert (item.legal_limit, item.promised_limit) == (20, 15)


NOTICE_ZH = """\
---
通报编号: TB-2025-01
通报日期: 2025年4月1日
标题: 关于县自然资源局工作人员上班时间玩游戏的通报
涉及单位: 县自然资源局、县市场监督管理局
问题类型: 上班时间玩游戏
线索来源: 暗访
处理结果: [通报批评, 效能告诫]
---

正文第一段。

正文第二段。
"""

NOTICE_EN = """\
---
id: TB-2025-01
date: 2025-04-01
title: 关于县自然资源局工作人员上班时间玩游戏的通报
units: [县自然资源局, 县市场监督管理局]
issue: 上班时间玩游戏
source: 暗访
sanctions: 通报批评；效能告诫
---

正文第一段。

正文第二段。
"""


def test_notices_with_chinese_keys_equal_english_keys(data):
    data.write("notices/a.md", NOTICE_ZH)
    zh = data.read()
    assert zh.report.ok
    (data.root / "notices/a.md").unlink()
    data.write("notices/a.md", NOTICE_EN)
    en = data.read()
    strip = lambda n: {k: v for k, v in dataclasses.asdict(n).items() if k != "source"}
    assert [strip(n) for n in zh.model.notices] == [strip(n) for n in en.model.notices]
    notice = en.model.notices[0]
    assert notice.units == ["zrzyj", "scjgj"]
    assert notice.sanctions == ["通报批评", "效能告诫"]
    assert notice.body == "正文第一段。\n\n正文第二段。"


def test_yaml_keeps_leading_zeros_and_does_not_guess_types(data):
    data.write("commitments/items.yaml", """\
        - 事项编码: 0123
          实施部门: 县自然资源局
          事项名称: "是"
          法定办结时限: 20
          承诺办结时限: 10
          网上可办: yes
        """)
    result = data.read()
    assert result.report.ok, [p.format() for p in result.report.problems]
    item = result.model.commitments[0]
    assert (item.item_code, item.item_name, item.online) == ("0123", "是", True)


def test_headers_accept_english_names_spaces_and_unit_notes(data):
    header = "case_id, received_date ,channel,category,unit,summary,status,closed_date,finding,outcome\n"
    data.write("cases/a.csv", header + GOOD_CASE)
    english = _published(data.read())
    (data.root / "cases/a.csv").unlink()
    data.write("cases/a.csv", CASE_HEADER.replace("受理日期", "受理\u3000日期（年月日）") + GOOD_CASE)
    assert _published(data.read()) == english and english


def test_full_width_digits_and_control_characters(data):
    row = GOOD_CASE.replace("2025-03-05", "２０２５年３月５日").replace("反映办理慢", "反映\x07办理慢")
    data.write("cases/a.csv", CASE_HEADER + row)
    case = data.read().model.cases[0]
    assert case.received_date == dt.date(2025, 3, 5)
    assert case.summary == "反映办理慢"


def test_lock_files_and_readme_are_skipped_and_unknown_files_warned(data):
    data.write("cases/~$2025.csv", "lock")
    data.write("cases/notes.txt", "x")
    data.write("README.md", "说明")
    assert data.messages(severity="warning") == [
        "data/cases/notes.txt：不是可识别的数据文件，已忽略（表格请用 .csv、.xlsx、.yaml，通报请用 .md）"]
    assert data.messages() == []
