"""Every kind of error the contract describes, message by message, word for word.

Messages are the clerks' interface: a change here is a change to the product.
"""
from conftest import CASE_HEADER, GOOD_CASE, ROOT, UNITS_YAML


def test_a_good_file_has_no_errors(data):
    data.write("cases/2025.csv", CASE_HEADER + GOOD_CASE)
    assert data.messages() == []
    assert [c.case_id for c in data.read().model.cases] == ["QX-1"]


def test_invalid_date_names_file_row_column_value_and_expected_shape(data):
    data.write("cases/2025.csv", CASE_HEADER + GOOD_CASE.replace("2025-03-05", "3月5日"))
    assert data.messages() == [
        "data/cases/2025.csv 第2行 B列「受理日期」：“3月5日” 不是有效日期，应写成 2025-03-05、2025/3/5、2025.3.5 或 2025年3月5日"]
    assert data.messages("en") == [
        'data/cases/2025.csv row 2, column B "受理日期": "3月5日" is not a valid date; '
        "write it as 2025-03-05, 2025/3/5, 2025.3.5 or 2025年3月5日"]


def test_row_numbers_count_title_and_blank_lines_as_excel_does(data):
    data.write("cases/2025.csv", "2025年投诉件办理结果\n\n" + CASE_HEADER + GOOD_CASE
               + GOOD_CASE.replace("QX-1", "QX-2").replace("2025-03-10", "2025/2/30"))
    assert data.messages() == ["data/cases/2025.csv 第5行 H列「办结日期」：“2025/2/30” 这一天不存在，请核对年月日"]


def test_header_as_written_is_named_even_with_unit_note(data):
    data.write("cases/a.csv", CASE_HEADER.replace("办结日期", " 办结日期（年月日）") + GOOD_CASE.replace("2025-03-10", "上周"))
    assert data.messages() == [
        "data/cases/a.csv 第2行 H列「办结日期（年月日）」：“上周” 不是有效日期，应写成 2025-03-05、2025/3/5、2025.3.5 或 2025年3月5日"]


def test_required_value_missing(data):
    data.write("cases/a.csv", CASE_HEADER + GOOD_CASE.replace("反映办理慢", ""))
    assert data.messages() == ["data/cases/a.csv 第2行 F列「投诉事项」：必填，不能为空"]


def test_required_column_missing_is_reported_once_per_file(data):
    header = CASE_HEADER.replace(",投诉渠道", "")
    row = GOOD_CASE.replace(",来访", "")
    data.write("cases/a.csv", header + row + row.replace("QX-1", "QX-2"))
    assert data.messages() == ["data/cases/a.csv 第1行：缺少必填列「投诉渠道」（英文列名 channel）"]


def test_closed_case_needs_closed_date_finding_and_outcome(data):
    data.write("cases/a.csv", CASE_HEADER + "QX-1,2025-03-05,来访,办事效率,县自然资源局,反映办理慢,已办结,,,\n")
    assert data.messages() == [
        "data/cases/a.csv 第2行 H列「办结日期」：「办理状态」为“已办结”时必填",
        "data/cases/a.csv 第2行 I列「核查结论」：「办理状态」为“已办结”时必填",
        "data/cases/a.csv 第2行 J列「处理结果」：「办理状态」为“已办结”时必填",
    ]


def test_closed_before_received(data):
    data.write("cases/a.csv", CASE_HEADER + GOOD_CASE.replace("2025-03-10", "2025-03-01"))
    assert data.messages() == ["data/cases/a.csv 第2行 H列「办结日期」：“2025-03-01” 办结日期早于受理日期（2025-03-05）"]


def test_fixed_vocabulary_suggests_the_closest_value(data):
    data.write("cases/a.csv", CASE_HEADER + GOOD_CASE.replace("来访", "12345"))
    assert data.messages() == [
        "data/cases/a.csv 第2行 C列「投诉渠道」：“12345” 不是可选值，应为 来访、来信、电话、电子邮件、网络、12345热线、其他 之一。"
        "您是不是要写：12345热线"]


def test_unknown_unit_suggests_known_names(data):
    data.write("cases/a.csv", CASE_HEADER + GOOD_CASE.replace("县自然资源局", "县自然资源和规划局"))
    assert data.messages() == [
        "data/cases/a.csv 第2行 E列「被投诉单位」：“县自然资源和规划局” 找不到这个单位；"
        "单位名称必须与单位表中的单位名称或曾用名一致。您是不是要写：县自然资源局"]
    assert data.messages("en") == [
        'data/cases/a.csv row 2, column E "被投诉单位": "县自然资源和规划局" is not a known unit; '
        "it must match a unit name or former name in the units file. Did you mean: 县自然资源局"]


def test_former_unit_names_resolve_to_the_unit(data):
    data.write("cases/a.csv", CASE_HEADER + GOOD_CASE.replace("县自然资源局", "县国土资源局"))
    assert data.messages() == []
    assert data.read().model.cases[0].unit_code == "zrzyj"


def test_case_id_shape(data):
    data.write("cases/a.csv", CASE_HEADER + GOOD_CASE.replace("QX-1", "../etc"))
    assert data.messages() == ["data/cases/a.csv 第2行 A列「投诉编号」：“../etc” 只能含字母、数字和连字符（-），长度 3 到 40 个字符"]


def test_case_ids_unique_across_files(data):
    data.write("cases/2025.csv", CASE_HEADER + GOOD_CASE)
    data.write("cases/2026.csv", CASE_HEADER + "\n" + GOOD_CASE)
    assert data.messages() == ["data/cases/2026.csv 第3行 A列「投诉编号」：“QX-1” 重复：已在 data/cases/2025.csv:2 使用过"]


def test_duplicate_of_must_name_an_existing_case(data):
    header = CASE_HEADER.strip() + ",重复投诉编号\n"
    data.write("cases/a.csv", header + GOOD_CASE.strip() + ",QX-9\n" + GOOD_CASE.replace("QX-1", "QX-2").strip() + ",QX-2\n")
    assert data.messages() == [
        "data/cases/a.csv 第2行 K列「重复投诉编号」：“QX-9” 找不到这个投诉编号。您是不是要写：QX-2、QX-1",
        "data/cases/a.csv 第3行 K列「重复投诉编号」：“QX-2” 不能把投诉件标为它自己的重复件",
    ]


def test_money_and_yes_no(data):
    header = CASE_HEADER.strip() + ",退还金额,是否有效件\n"
    data.write("cases/a.csv", header + GOOD_CASE.strip() + ",-5,也许\n")
    assert data.messages() == [
        "data/cases/a.csv 第2行 K列「退还金额」：“-5” 金额不能为负数",
        "data/cases/a.csv 第2行 L列「是否有效件」：“也许” 应填 是 或 否（也可写 Y/N、true/false）",
    ]


def test_correction_needs_its_date(data):
    header = CASE_HEADER.strip() + ",更正说明\n"
    data.write("cases/a.csv", header + GOOD_CASE.strip() + ",日期有误已更正\n")
    assert data.messages() == ["data/cases/a.csv 第2行「更正日期」：填写了「更正说明」时必填"]


def test_units_file_rules(data):
    data.write("units.yaml", """\
        - 单位名称: 县自然资源局
          单位代码: ZRZYJ
        - 单位名称: 县自然资源局
          单位代码: zrzyj2
        - 单位名称: 县市场监督管理局
          单位代码: zrzyj2
        """)
    assert data.messages() == [
        "data/units.yaml 第2行「单位代码」：“ZRZYJ” 只能含小写字母、数字和连字符（-），如 zrzyj",
        "data/units.yaml 第3行「单位名称」：“县自然资源局” 重复：已在 data/units.yaml:3 使用过"
        .replace(":3", ":1"),
        "data/units.yaml 第6行「单位代码」：“zrzyj2” 重复：已在 data/units.yaml:4 使用过",
    ]


def test_missing_units_file(data):
    (data.root / "units.yaml").unlink()
    assert data.messages() == ["data：缺少单位表：请提供 units.csv、units.xlsx 或 units.yaml"]


def test_commitment_promise_may_not_exceed_legal_limit(data):
    data.write("commitments/items.csv", "事项编码,实施部门,事项名称,法定办结时限（工作日）,承诺办结时限\nA01,县自然资源局,宅基地审批,20,25\n")
    assert data.messages() == [
        "data/commitments/items.csv 第2行 E列「承诺办结时限」：“25” 承诺办结时限（25 个工作日）超过了法定办结时限（20 个工作日）"]


def test_performance_rules(data):
    data.write("commitments/items.csv", "事项编码,实施部门,事项名称,法定办结时限,承诺办结时限\nA01,县自然资源局,宅基地审批,20,10\n")
    data.write("performance/2025.csv", "统计期,事项编码,受理件数,办结件数,按时办结件数\n"
               "2025-Q1,A01,10,8,9\n2025-Q5,A02,1,1,1\n2025年第1季度,A01,3,3,-1\n")
    assert data.messages() == [
        "data/performance/2025.csv 第2行 E列「按时办结件数」：“9” 按时办结件数（9）超过了办结件数（8）",
        "data/performance/2025.csv 第3行 A列「统计期」：“2025-Q5” 应写成 2025（全年）、2025-Q1（季度）或 2025-03（月份）",
        "data/performance/2025.csv 第3行 B列「事项编码」：“A02” 找不到这个事项编码；必须是服务承诺事项中已有的编码。您是不是要写：A01",
        "data/performance/2025.csv 第4行 E列「按时办结件数」：“-1” 不能为负数，应为不小于 0 的整数",
        "data/performance/2025.csv 第4行 B列「事项编码」：“A01” 统计期 2025-Q1 的这个事项已在 data/performance/2025.csv:2 填报过",
    ]


NOTICE = """\
---
通报编号: TB-1
通报日期: 2025年4月1日
标题: 关于县自然资源局工作人员上班玩游戏的通报
涉及单位: [县自然资源局]
问题类型: 上班时间玩游戏
处理结果: 通报批评；效能告诫
关联投诉: [QX-404]
---

正文。
"""


def test_notice_references_and_front_matter_lines(data):
    data.write("notices/TB-1.md", NOTICE)
    assert data.messages() == ["data/notices/TB-1.md 第8行「关联投诉」：“QX-404” 找不到这个投诉编号"]


def test_notice_duplicate_key_is_an_error(data):
    data.write("notices/TB-1.md", NOTICE.replace("问题类型: 上班时间玩游戏\n", "问题类型: 上班时间玩游戏\n标题: 另一个\n")
               .replace("关联投诉: [QX-404]\n", ""))
    assert data.messages() == ["data/notices/TB-1.md 第7行「标题」：键「标题」重复出现（另一处在第 4 行）"]


def test_notice_without_front_matter(data):
    data.write("notices/x.md", "# 通报\n正文\n")
    assert data.messages() == ["data/notices/x.md：通报文件应以 --- 开始的 YAML 头信息开头，再以 --- 结束，之后是通报正文"]


def test_no_header_row(data):
    data.write("cases/a.csv", "甲,乙,丙\n1,2,3\n")
    assert data.messages() == [
        "data/cases/a.csv：在前 30 行中找不到表头行；表头应包含这些列名：投诉编号、受理日期、投诉渠道、投诉类别、被投诉单位、投诉事项、办理状态"]


def test_undecodable_file(data):
    data.write("cases/a.csv", "").write_bytes(b"\x81\x30\xff\xff\xfe")
    assert data.messages() == ["data/cases/a.csv：无法识别文件编码；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”"]


def test_all_problems_are_reported_at_once(data):
    data.write("cases/2025.csv", CASE_HEADER + GOOD_CASE.replace("2025-03-05", "x")
               + GOOD_CASE.replace("QX-1", "QX-2").replace("来访", "上访"))
    data.write("notices/x.md", "no front matter")
    assert len(data.messages()) == 3


def test_ignored_columns_are_listed_and_never_reach_the_model(data):
    data.write("cases/a.csv", CASE_HEADER.strip() + ",投诉人姓名,联系电话\n" + GOOD_CASE.strip() + ",王建国,13912345678\n")
    result = data.read()
    assert result.report.ignored_columns == {"data/cases/a.csv": ["投诉人姓名", "联系电话"]}
    case = result.model.cases[0]
    from generator import contract
    published = {f.name: getattr(case, "unit_code" if f.name == "unit" else f.name) for f in contract.CASES.fields}
    assert "王建国" not in repr(published) and "13912345678" not in repr(published)


def test_near_miss_category_is_a_warning(data):
    data.write("cases/a.csv", CASE_HEADER + GOOD_CASE.replace("办事效率", "办事效律"))
    assert data.messages(severity="warning") == [
        "data/cases/a.csv 第2行 D列「投诉类别」：“办事效律” 不在建议的投诉类别中。您是不是要写：办事效率"]
    assert data.messages() == []


def test_translation_table_keys_are_unique():
    """A repeated key in a dict literal silently replaces the first entry."""
    import ast
    from collections import Counter
    source = (ROOT / "generator" / "i18n.py").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            assert [k for k, n in Counter(keys).items() if n > 1] == []


def test_every_message_has_both_languages_and_the_same_fields():
    import string
    from generator.i18n import LABELS, MESSAGES
    fields = lambda text: {f for _, f, _, _ in string.Formatter().parse(text) if f}  # noqa: E731
    for key, (zh, en) in {**MESSAGES, **LABELS}.items():
        assert zh and en, key
        assert fields(zh) == fields(en), key


# --- the messages no test pinned yet: each met the way a clerk would meet it ------------------

CASE_YAML = """\
- 投诉编号: QX-1
  受理日期: 2025-03-05
  投诉渠道: 来访
  投诉类别: 办事效率
  被投诉单位: 县自然资源局
  投诉事项: 反映办理慢
  办理状态: 办理中
"""


def test_yaml_syntax_unclosed_quote(data):
    # The quote opened on line 1 is never closed: the parser runs to the end of the file.
    data.write("units.yaml", '- 单位名称: "县自然资源局\n  单位代码: zrzyj\n')
    assert data.messages() == ["data/units.yaml 第3行：YAML 格式错误：有引号没有成对（一直读到文件末尾也没有找到配对的引号），请检查上面几行的引号"]
    assert data.messages("en") == ["data/units.yaml line 3: is not valid YAML: a quotation mark is never closed "
                                   "(the file ended first); check the quotes above"]


def test_yaml_syntax_second_colon_in_a_value(data):
    data.write("units.yaml", "- 单位名称: 县自然资源局\n  单位代码: zrzyj\n  单位类型: 县直部门: 窗口单位\n")
    assert data.messages() == ["data/units.yaml 第3行：YAML 格式错误：值里有冒号“: ”，请给整个值加上引号，"
                               "如 单位类型: \"县直部门: 窗口单位\"；或把全角冒号“：”改为半角“: ”"]


def test_yaml_syntax_an_unknown_problem_is_passed_on_in_the_parsers_words(data):
    data.write("units.yaml", "- 单位名称: [县自然资源局\n")
    assert data.messages()[0].startswith("data/units.yaml 第2行：YAML 格式错误：")


def test_yaml_shape_one_record_written_without_dash(data):
    data.write("units.yaml", "单位名称: 县自然资源局\n单位代码: zrzyj\n")
    assert data.messages() == ["data/units.yaml：应是记录列表（每条记录以“- ”开头）"]
    assert data.messages("en") == ['data/units.yaml: should be a list of records (each starting with "- ")']


def test_yaml_shape_a_list_item_that_is_not_a_record(data):
    data.write("cases/a.yaml", CASE_YAML + "- QX-2\n")
    assert data.messages() == ["data/cases/a.yaml 第8行：应是记录列表（每条记录以“- ”开头）"]
    assert [c.case_id for c in data.read().model.cases] == ["QX-1"]


def test_not_a_list_two_units_for_one_case(data):
    data.write("cases/a.yaml", CASE_YAML.replace("被投诉单位: 县自然资源局", "被投诉单位: [县自然资源局, 县市场监督管理局]"))
    assert data.messages() == ["data/cases/a.yaml 第5行「被投诉单位」：这里应是单个值，不是列表"]
    assert data.messages("en") == ['data/cases/a.yaml line 5 "被投诉单位": should be a single value, not a list']


def test_not_a_value_former_name_written_as_nested_keys(data):
    data.write("units.yaml", """\
        units:
          - 单位名称: 县自然资源局
            单位代码: zrzyj
            曾用名:
              2019年以前: 县国土资源局
        """)
    assert data.messages() == ["data/units.yaml 第4行「曾用名」：这里应是文字或列表，不是嵌套的键值"]
    assert data.messages("en") == ['data/units.yaml line 4 "曾用名": should be text or a list, not nested keys']


def test_duplicate_alias_former_name_claimed_by_two_units(data):
    data.write("units.yaml", UNITS_YAML_TWO_CLAIMS)
    assert data.messages() == ["data/units.yaml 第7行「曾用名」：“县国土资源局” 重复：已在 data/units.yaml:4 作为单位名称或曾用名使用过"]
    assert data.messages("en") == ['data/units.yaml line 7 "曾用名": "县国土资源局" is used twice: '
                                   'also a unit name or former name at data/units.yaml:4']


UNITS_YAML_TWO_CLAIMS = UNITS_YAML + "    曾用名: [县工商局, 县国土资源局]\n"


def test_duplicate_alias_former_name_that_is_another_units_name(data):
    data.write("units.yaml", UNITS_YAML_TWO_CLAIMS.replace("[县工商局, 县国土资源局]", "[县自然资源局]"))
    assert data.messages() == ["data/units.yaml 第7行「曾用名」：“县自然资源局” 重复：已在 data/units.yaml:2 作为单位名称或曾用名使用过"]


def test_duplicate_column_in_a_table(data):
    data.write("cases/a.csv", CASE_HEADER.strip() + ",受理日期（年月日）\n" + GOOD_CASE.strip() + ",2025-03-05\n")
    assert data.messages() == [
        "data/cases/a.csv 第1行 K列「受理日期（年月日）」：「受理日期」和「受理日期（年月日）」两列都对应「受理日期」，请只保留一列"]
    assert data.messages("en") == [
        'data/cases/a.csv row 1, column K "受理日期（年月日）": has two columns for "受理日期": '
        '"受理日期" and "受理日期（年月日）"; keep one']


def test_duplicate_column_in_a_yaml_record(data):
    data.write("units.yaml", "- 单位名称: 县自然资源局\n  单位代码: zrzyj\n  name: 县自然资源局\n")
    assert data.messages() == ["data/units.yaml 第3行「name」：「单位名称」和「name」两列都对应「单位名称」，请只保留一列"]


def test_unreadable_xlsx_a_csv_saved_under_an_excel_name(data):
    data.write("cases/2025.xlsx", CASE_HEADER + GOOD_CASE)
    assert data.messages() == [
        "data/cases/2025.xlsx：无法作为 Excel 文件（.xlsx）打开：文件可能已损坏、设了密码，或是改了扩展名的其他格式（如 .xls 或 CSV）。"
        "请在 Excel 中另存为“Excel 工作簿（*.xlsx）”或“CSV UTF-8”后重新提交（BadZipFile）"]


def test_several_units_files(data):
    data.write("units.csv", "单位名称,单位代码\n县自然资源局,zrzyj\n县市场监督管理局,scjgj\n")
    assert data.messages() == ["data：单位表只能有一个，现有：units.csv、units.yaml"]


def test_empty_file_header_only_is_a_warning(data):
    data.write("cases/2025.csv", CASE_HEADER)
    assert data.messages(severity="warning") == ["data/cases/2025.csv：没有任何记录"]
    assert data.messages("en", severity="warning") == ["data/cases/2025.csv: holds no records"]
    assert data.messages() == []


def test_no_data_dir(tmp_path):
    from conftest import AS_OF
    from generator.config import Config
    from generator.pipeline import read_data
    missing = tmp_path / "data"
    report = read_data(missing, Config(), AS_OF).report
    assert [p.format() for p in report.errors] == [f"{missing}：找不到数据文件夹"]
    assert [p.format("en") for p in report.errors] == [f"{missing}: is not a data folder that exists"]


def test_received_after_as_of_is_a_warning(data):
    data.write("cases/a.csv", CASE_HEADER + "QX-1,2026-12-01,来访,办事效率,县自然资源局,反映办理慢,办理中,,,\n")
    assert data.messages(severity="warning") == [
        "data/cases/a.csv 第2行 B列「受理日期」：“2026-12-01” 受理日期晚于统计日期 2026-11-23"]
    assert data.messages() == []


def test_closed_date_on_a_case_not_closed_is_a_warning(data):
    data.write("cases/a.csv", CASE_HEADER + GOOD_CASE.replace("已办结", "办理中"))
    assert data.messages(severity="warning") == [
        "data/cases/a.csv 第2行 H列「办结日期」：“2025-03-10” 办理状态不是“已办结”，却填写了办结日期"]
    assert data.messages("en", severity="warning") == [
        'data/cases/a.csv row 2, column H "办结日期": "2025-03-10" is filled in although the status is not 已办结']
    assert data.messages() == []


def test_notice_expires_before_its_date_is_a_warning(data):
    data.write("notices/TB-1.md", NOTICE.replace("关联投诉: [QX-404]\n", "公示截止: 2025年3月31日\n"))
    assert data.messages(severity="warning") == [
        "data/notices/TB-1.md 第8行「公示截止」：“2025年3月31日” 公示截止日期早于通报日期（2025-04-01）"]
    assert data.messages() == []
