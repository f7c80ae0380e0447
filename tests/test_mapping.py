"""An office's export as it comes out of its own system (a 12345 platform's headers, date-times and
status words) builds once data/mapping.yaml says which is which — with no edit to the export."""
import subprocess
import sys


EXPORT = """\
工单编号,来电时间,来源渠道,诉求分类,承办单位,诉求内容,工单状态,办结时间,办理结果,核查结论
GD20250601001,2025-06-01 09:12:33,市长热线,办事效率,县自然资源局,反映不动产登记办理慢,已归档,2025-06-05 16:20:00,已督促办结,属实
GD20250601002,2025-06-01 10:02:11,网络,服务态度,县市场监督管理局,反映窗口态度差,处理中,,,
"""

MAPPING = """\
# 本中心 12345 平台导出文件的列名、取值与数据规范的对应（经审核）
cases:
  columns:
    工单编号: 投诉编号
    来电时间: 受理日期
    来源渠道: 投诉渠道
    诉求分类: 投诉类别
    承办单位: 被投诉单位
    诉求内容: 投诉事项
    工单状态: 办理状态
    办结时间: 办结日期
    办理结果: 处理结果
  values:
    办理状态:
      已归档: 已办结
      处理中: 办理中
    投诉渠道:
      市长热线: 12345热线
"""


def test_without_a_mapping_each_missing_column_names_the_columns_like_it(data):
    data.write("cases/export.csv", EXPORT)
    assert data.messages()[:3] == [
        "data/cases/export.csv 第1行：缺少必填列「投诉编号」（英文列名 case_id）。本文件中相近的列：「工单编号」；"
        "如其中一列就是「投诉编号」，请在 data/mapping.yaml 中写明，如 cases: {columns: {工单编号: 投诉编号}}",
        "data/cases/export.csv 第1行：缺少必填列「受理日期」（英文列名 received_date）。本文件中相近的列：「来电时间」、「办结时间」；"
        "如其中一列就是「受理日期」，请在 data/mapping.yaml 中写明，如 cases: {columns: {来电时间: 受理日期}}",
        "data/cases/export.csv 第1行：缺少必填列「投诉渠道」（英文列名 channel）。本文件中相近的列：「来源渠道」；"
        "如其中一列就是「投诉渠道」，请在 data/mapping.yaml 中写明，如 cases: {columns: {来源渠道: 投诉渠道}}",
    ]
    assert len(data.messages()) == 7        # every missing column, not only the first


def test_with_the_mapping_the_export_validates_and_the_summary_lists_what_was_mapped(data):
    data.write("cases/export.csv", EXPORT)
    data.write("mapping.yaml", MAPPING)
    result = data.read()
    assert result.report.errors == [], [p.format() for p in result.report.errors]
    cases = {case.case_id: case for case in result.model.cases}
    assert cases["GD20250601001"].status == "已办结"
    assert cases["GD20250601001"].channel == "12345热线"
    assert str(cases["GD20250601001"].received_date) == "2025-06-01"
    assert str(cases["GD20250601001"].closed_date) == "2025-06-05"
    assert cases["GD20250601002"].status == "办理中"
    assert result.report.mapped["data/cases/export.csv"][-3:] == [
        "办理状态：已归档 → 已办结（1 处）", "办理状态：处理中 → 办理中（1 处）", "投诉渠道：市长热线 → 12345热线（1 处）"]


def test_a_mapping_to_no_field_or_no_choice_is_located(data):
    data.write("cases/export.csv", EXPORT)
    data.write("mapping.yaml", "cases:\n  columns:\n    工单编号: 案件号\n  values:\n    办理状态:\n      已归档: 已完成\n")
    messages = data.messages()
    assert messages[0].startswith("data/mapping.yaml 第3行：“案件号” 不是「投诉件办理结果」的列，应为 投诉编号、受理日期、")
    assert messages[1] == ("data/mapping.yaml 第6行：“已完成” 不是「办理状态」的可选值，应为 已受理、办理中、已办结、不予受理 之一")


def test_the_mapped_export_builds_into_a_site(tmp_path):
    """portal build, as the scheduled job runs it: the export's cases get their pages."""
    import shutil
    from sitebuild import FIXTURE_DATA, new_project
    project = new_project(tmp_path / "project", data=None)
    (project / "data" / "cases").mkdir(parents=True)
    shutil.copy(FIXTURE_DATA / "units.yaml", project / "data" / "units.yaml")
    (project / "data" / "cases" / "export.csv").write_text(EXPORT, encoding="utf-8")
    (project / "data" / "mapping.yaml").write_text(MAPPING, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--as-of", "2026-11-23"], cwd=project,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    page = (project / "site" / "cases" / "GD20250601001" / "index.html").read_text(encoding="utf-8")
    assert "已办结" in page and "12345热线" in page and "2025-06-01" in page
