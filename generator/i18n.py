"""The one translation table: validation messages and site labels, Chinese first.

Messages are part of the interface (clerks read them, tests pin them word for
word).  Each entry is ``key: (中文, English)`` with ``str.format`` fields.
"""
from __future__ import annotations

LANGS = ("zh", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    # --- values -----------------------------------------------------------
    "required": ("必填，不能为空", "is required and may not be empty"),
    "required_if": ("「{other}」为“{when}”时必填", "is required when \"{other}\" is \"{when}\""),
    "required_if_any": ("填写了「{other}」时必填", "is required when \"{other}\" is filled in"),
    "date": ("不是有效日期，应写成 2025-03-05、2025/3/5、2025.3.5 或 2025年3月5日",
             "is not a valid date; write it as 2025-03-05, 2025/3/5, 2025.3.5 or 2025年3月5日"),
    "date_nonexistent": ("这一天不存在，请核对年月日", "is a day that does not exist; check the year, month and day"),
    "yesno": ("应填 是 或 否（也可写 Y/N、true/false）", "should be 是 or 否 (or Y/N, true/false)"),
    "money": ("不是有效金额，应写成 1234.50、1,234.50、1234.5元 或 ¥1,234.50",
              "is not a valid amount; write it as 1234.50, 1,234.50, 1234.5元 or ¥1,234.50"),
    "money_negative": ("金额不能为负数", "may not be negative"),
    "int": ("应为不小于 0 的整数", "should be a whole number of 0 or more"),
    "int_negative": ("不能为负数，应为不小于 0 的整数", "may not be negative; use a whole number of 0 or more"),
    "period": ("应写成 2025（全年）、2025-Q1（季度）或 2025-03（月份）",
               "should be written 2025 (year), 2025-Q1 (quarter) or 2025-03 (month)"),
    "id": ("只能含字母、数字和连字符（-），长度 3 到 40 个字符",
           "may contain only letters, digits and hyphens (-), 3 to 40 characters"),
    "slug": ("只能含小写字母、数字和连字符（-），如 zrzyj",
             "may contain only lower-case letters, digits and hyphens (-), e.g. zrzyj"),
    "choice": ("不是可选值，应为 {choices} 之一", "is not one of the allowed values: {choices}"),
    "not_a_list": ("这里应是单个值，不是列表", "should be a single value, not a list"),
    "not_a_value": ("这里应是文字或列表，不是嵌套的键值", "should be text or a list, not nested keys"),
    "closed_before_received": ("办结日期早于受理日期（{received}）", "is before the received date ({received})"),
    "promised_exceeds_legal": ("承诺办结时限（{promised} 个工作日）超过了法定办结时限（{legal} 个工作日）",
                               "promises {promised} working days, more than the legal limit of {legal}"),
    "on_time_exceeds_completed": ("按时办结件数（{on_time}）超过了办结件数（{completed}）",
                                  "is more than the number completed ({completed})"),
    "unknown_unit": ("找不到这个单位；单位名称必须与单位表中的单位名称或曾用名一致",
                     "is not a known unit; it must match a unit name or former name in the units file"),
    "unknown_case": ("找不到这个投诉编号", "is not the number of any case"),
    "duplicate_of_self": ("不能把投诉件标为它自己的重复件", "may not name the case itself"),
    "unknown_item": ("找不到这个事项编码；必须是服务承诺事项中已有的编码",
                     "is not a known item code; it must exist in the service commitments"),
    "duplicate_id": ("重复：已在 {other} 使用过", "is used twice: also at {other}"),
    "duplicate_alias": ("重复：已在 {other} 作为单位名称或曾用名使用过", "is used twice: also a unit name or former name at {other}"),
    "duplicate_period": ("统计期 {period} 的这个事项已在 {other} 填报过", "was already reported for {period} at {other}"),
    "did_you_mean": ("。您是不是要写：{options}", ". Did you mean: {options}"),
    # --- files ------------------------------------------------------------
    "missing_column": ("缺少必填列「{zh}」（英文列名 {name}）", "is missing the required column \"{zh}\" ({name})"),
    "duplicate_column": ("「{first}」和「{second}」两列都对应「{zh}」，请只保留一列",
                         "has two columns for \"{zh}\": \"{first}\" and \"{second}\"; keep one"),
    "no_header": ("在前 {rows} 行中找不到表头行；表头应包含这些列名：{headers}",
                  "has no header row in its first {rows} rows; the header should name these columns: {headers}"),
    "encoding": ("无法识别文件编码；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”",
                 "is in an encoding that cannot be recognised; save it from Excel as \"CSV UTF-8\""),
    "unreadable_xlsx": ("无法作为 Excel 文件打开（{error}）", "cannot be opened as an Excel file ({error})"),
    "yaml_syntax": ("YAML 格式错误：{error}", "is not valid YAML: {error}"),
    "yaml_duplicate_key": ("键「{key}」重复出现（另一处在第 {other} 行）", "has the key \"{key}\" twice (also on line {other})"),
    "yaml_shape": ("应是记录列表（每条记录以“- ”开头）", "should be a list of records (each starting with \"- \")"),
    "no_front_matter": ("通报文件应以 --- 开始的 YAML 头信息开头，再以 --- 结束，之后是通报正文",
                        "should start with YAML front matter between --- lines, followed by the notice text"),
    "missing_units_file": ("缺少单位表：请提供 units.csv、units.xlsx 或 units.yaml",
                           "has no units file: provide units.csv, units.xlsx or units.yaml"),
    "several_units_files": ("单位表只能有一个，现有：{files}", "should have one units file, found: {files}"),
    "unknown_file": ("不是可识别的数据文件，已忽略（表格请用 .csv、.xlsx、.yaml，通报请用 .md）",
                     "is not a recognised data file and was ignored (tables: .csv, .xlsx, .yaml; notices: .md)"),
    "empty_file": ("没有任何记录", "holds no records"),
    "no_data_dir": ("找不到数据文件夹", "is not a data folder that exists"),
    "holidays_entry": ("不是有效的日期或日期范围，应写成 2027-10-01 或 2027-10-01~2027-10-07",
                       "is not a date or date range; write 2027-10-01 or 2027-10-01~2027-10-07"),
    # --- warnings ---------------------------------------------------------
    "calendar_year_unknown": ("{year} 年的法定节假日和调休安排尚未收录，暂按周一至周五为工作日计算；请在 data/holidays.yaml 中补充 {year} 年的安排",
                              "the statutory holidays and make-up workdays of {year} are not known yet, so Monday to Friday are counted as working days; add {year} to data/holidays.yaml"),
    "category_near_suggested": ("不在建议的投诉类别中", "is not one of the suggested categories"),
    "received_after_as_of": ("受理日期晚于统计日期 {as_of}", "is after the as-of date {as_of}"),
    "date_before_received": ("早于受理日期（{received}）", "is before the received date ({received})"),
    "closed_date_not_closed": ("办理状态不是“已办结”，却填写了办结日期", "is filled in although the status is not 已办结"),
    "expires_before_date": ("公示截止日期早于通报日期（{date}）", "is before the notice date ({date})"),
    # --- summary ----------------------------------------------------------
    "ignored_columns": ("{file}：以下列不在数据规范中，不会公开：{columns}",
                        "{file}: these columns are not in the data contract and are not published: {columns}"),
    "summary_records": ("{label}：{count} 条", "{label}: {count}"),
    "summary_ok": ("校验通过（统计日期 {as_of}）。", "Validation passed (as of {as_of})."),
    "summary_failed": ("发现 {errors} 个错误，未发布任何内容。请逐条修改后重新提交。",
                       "Found {errors} error(s); nothing was published. Fix each one and commit again."),
    "heading_errors": ("错误", "Errors"),
    "heading_warnings": ("提醒", "Warnings"),
    "heading_ignored": ("未公开的列", "Columns not published"),
    "heading_records": ("记录数", "Records"),
}

# How a location is written.  Row and column are what Excel shows.
LOCATION = {
    "zh": {"file": "{file}", "row": " 第{row}行", "line": " 第{row}行", "letter": " {letter}列",
           "column": "「{column}」", "sep": "：", "value": "“{value}” "},
    "en": {"file": "{file}", "row": " row {row}", "line": " line {row}", "letter": ", column {letter}",
           "column": " \"{column}\"", "sep": ": ", "value": "\"{value}\" "},
}


def message(code: str, lang: str = "zh", **params) -> str:
    zh, en = MESSAGES[code]
    return (zh if lang == "zh" else en).format(**params)


def join_options(options, lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(options)
