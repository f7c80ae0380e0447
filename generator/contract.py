"""The data contract: every field a clerk may publish, in one place.

Validation, the data dictionary page and the open-data schema
(datapackage.json) are all generated from these definitions, so the code and
the documentation cannot drift apart.  The source text is
``docs/data-contract.md`` (copied from the shared contract).
"""
from __future__ import annotations

from dataclasses import dataclass

# Value types.  Each has a parser in normalize.py and a Frictionless type in opendata.
TEXT = "text"
ID = "id"            # [A-Za-z0-9-]{3,40}
SLUG = "slug"        # [a-z0-9-]+
DATE = "date"
YESNO = "yesno"
MONEY = "money"
INT = "int"          # integer >= 0
PERIOD = "period"    # 2025, 2025-Q1, 2025-03
CHOICE = "choice"    # one of Field.choices
LIST = "list"        # several texts in one cell
UNIT = "unit"        # a unit name or alias
UNIT_LIST = "unit_list"
CASE_REF = "case_ref"
CASE_LIST = "case_list"
ITEM_REF = "item_ref"

LIST_TYPES = {LIST, UNIT_LIST, CASE_LIST}


@dataclass(frozen=True)
class Field:
    name: str
    zh: str
    type: str
    required: bool = False
    #: Required only when this other field has this value, e.g. ("status", "已办结").
    required_if: tuple[str, str] | None = None
    choices: tuple[str, ...] = ()
    default: str | None = None
    en: str = ""
    note_zh: str = ""
    note_en: str = ""
    #: Published in pages and downloads.  Workflow fields (withdrawn...) are
    #: used to decide disclosure and are published only where they say so.
    public: bool = True


@dataclass(frozen=True)
class Kind:
    name: str          # units, cases, ...
    zh: str
    en: str
    folder: str        # where its files live under data/
    fields: tuple[Field, ...]
    key: str           # the field that identifies a record

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


CHANNELS = ("来访", "来信", "电话", "电子邮件", "网络", "12345热线", "其他")
CATEGORIES_SUGGESTED = ("办事效率", "服务态度", "乱收费", "推诿扯皮", "吃拿卡要", "作风纪律", "政策落实", "其他")
COMPLEXITIES = ("一般", "复杂")
HANDLING_MODES = ("自办", "联办", "转办")
# A case's status (办理状态), as clerks write it.
STATUS_RECEIVED, STATUS_IN_PROGRESS, STATUS_CLOSED, STATUS_NOT_ACCEPTED = "已受理", "办理中", "已办结", "不予受理"
STATUSES = (STATUS_RECEIVED, STATUS_IN_PROGRESS, STATUS_CLOSED, STATUS_NOT_ACCEPTED)
OPEN_STATUSES = (STATUS_RECEIVED, STATUS_IN_PROGRESS)
FINDINGS = ("属实", "部分属实", "不属实", "无法核实")
RESOLUTIONS = ("已解决", "部分解决", "未解决")
SATISFACTIONS = ("满意", "基本满意", "不满意", "未回访")
NOTICE_SOURCES = ("暗访", "投诉", "督查", "网络问政", "其他")

UNITS = Kind(
    "units", "单位", "Units", "units",
    (
        Field("name", "单位名称", TEXT, True, en="Unit name", note_zh="唯一", note_en="unique"),
        Field("code", "单位代码", SLUG, True, en="Unit code",
              note_zh="网址中使用的固定代码，只能含小写字母、数字和连字符，如 zrzyj",
              note_en="stable URL slug of lower-case letters, digits and hyphens, e.g. zrzyj"),
        Field("kind", "单位类型", TEXT, en="Unit type", note_zh="如 县直部门、乡镇、窗口单位",
              note_en="e.g. county department, township, service window"),
        Field("aliases", "曾用名", LIST, en="Former names",
              note_zh="机构改革前在旧导出文件中使用的名称", note_en="names used in older exports"),
    ),
    key="name",
)

CASES = Kind(
    "cases", "投诉件办理结果", "Complaint outcomes", "cases",
    (
        Field("case_id", "投诉编号", ID, True, en="Case number",
              note_zh="全部文件中唯一；永久网址和订阅条目编号", note_en="unique across all files; permanent URL and feed id"),
        Field("received_date", "受理日期", DATE, True, en="Received"),
        Field("channel", "投诉渠道", CHOICE, True, choices=CHANNELS, en="Channel"),
        Field("category", "投诉类别", TEXT, True, en="Category",
              note_zh="建议：" + "、".join(CATEGORIES_SUGGESTED), note_en="suggested: " + ", ".join(CATEGORIES_SUGGESTED)),
        Field("unit", "被投诉单位", UNIT, True, en="Unit complained about"),
        Field("summary", "投诉事项", TEXT, True, en="Complaint", note_zh="导出前已脱敏", note_en="redacted before export"),
        Field("complexity", "办理类型", CHOICE, choices=COMPLEXITIES, default="一般", en="Complexity",
              note_zh="默认 一般", note_en="default 一般"),
        Field("handling_mode", "办理方式", CHOICE, choices=HANDLING_MODES, en="Handling mode"),
        Field("status", "办理状态", CHOICE, True, choices=STATUSES, en="Status"),
        Field("closed_date", "办结日期", DATE, required_if=("status", STATUS_CLOSED), en="Closed",
              note_zh="不早于受理日期", note_en="not before the received date"),
        Field("finding", "核查结论", CHOICE, required_if=("status", STATUS_CLOSED), choices=FINDINGS, en="Finding"),
        Field("outcome", "处理结果", TEXT, required_if=("status", STATUS_CLOSED), en="Outcome"),
        Field("actions", "处理措施", LIST, en="Actions", note_zh="如 效能告诫；退还收费；诫勉谈话",
              note_en="e.g. 效能告诫；退还收费；诫勉谈话"),
        Field("refund_amount", "退还金额", MONEY, en="Refund (yuan)", note_zh="元，不小于 0", note_en="yuan, ≥ 0"),
        Field("feedback_date", "反馈日期", DATE, en="Answered", note_zh="答复投诉人的日期",
              note_en="when the complainant was answered"),
        Field("resolved", "问题解决情况", CHOICE, choices=RESOLUTIONS, en="Resolution"),
        Field("satisfaction", "回访满意度", CHOICE, choices=SATISFACTIONS, en="Satisfaction"),
        Field("valid", "是否有效件", YESNO, default="是", en="Valid case", note_zh="默认 是", note_en="default yes"),
        Field("duplicate_of", "重复投诉编号", CASE_REF, en="Duplicate of", note_zh="必须是已有的投诉编号",
              note_en="must name an existing case"),
        Field("publish_date", "公开日期", DATE, en="Publish date", note_zh="此日期前不公开", note_en="embargo: not public before this date"),
        Field("correction", "更正说明", TEXT, en="Correction", note_zh="在页面和订阅中显示",
              note_en="shown on the page and in the feed item"),
        Field("correction_date", "更正日期", DATE, required_if=("correction", "*"), en="Corrected on"),
        Field("withdrawn", "撤回", YESNO, en="Withdrawn", note_zh="从页面、列表、订阅和下载中撤下，原网址保留撤回说明",
              note_en="removed from pages, lists, feeds and downloads; the URL keeps a short notice", public=False),
        Field("withdrawn_date", "撤回日期", DATE, en="Withdrawn on", public=False),
    ),
    key="case_id",
)

COMMITMENTS = Kind(
    "commitments", "服务承诺事项", "Service commitments", "commitments",
    (
        Field("item_code", "事项编码", TEXT, True, en="Item code", note_zh="唯一", note_en="unique"),
        Field("unit", "实施部门", UNIT, True, en="Unit"),
        Field("item_name", "事项名称", TEXT, True, en="Item"),
        Field("legal_limit", "法定办结时限", INT, True, en="Legal limit (working days)", note_zh="工作日", note_en="working days"),
        Field("promised_limit", "承诺办结时限", INT, True, en="Promised limit (working days)",
              note_zh="工作日，不得超过法定办结时限", note_en="working days, not more than the legal limit"),
        Field("fee", "收费标准", TEXT, en="Fee", note_zh="常见为 不收费", note_en="often 不收费 (free)"),
        Field("online", "网上可办", YESNO, en="Online"),
        Field("max_visits", "最多跑几次", INT, en="Maximum visits"),
        Field("window", "办理窗口", TEXT, en="Service window"),
        Field("materials", "申请材料", LIST, en="Materials", note_zh="一次性告知", note_en="the one-time notice"),
        Field("basis", "设定依据", TEXT, en="Legal basis"),
    ),
    key="item_code",
)

PERFORMANCE = Kind(
    "performance", "限时办结情况", "Commitment performance", "performance",
    (
        Field("period", "统计期", PERIOD, True, en="Period", note_zh="2025、2025-Q1 或 2025-03", note_en="2025, 2025-Q1 or 2025-03"),
        Field("item_code", "事项编码", ITEM_REF, True, en="Item code", note_zh="必须是服务承诺事项中已有的编码",
              note_en="must exist in the commitments"),
        Field("accepted", "受理件数", INT, True, en="Accepted"),
        Field("completed", "办结件数", INT, True, en="Completed"),
        Field("on_time", "按时办结件数", INT, True, en="Completed on time", note_zh="不超过办结件数",
              note_en="not more than completed"),
    ),
    key="",
)

NOTICES = Kind(
    "notices", "问责通报", "Accountability notices", "notices",
    (
        Field("id", "通报编号", ID, True, en="Notice number", note_zh="唯一；永久网址和订阅条目编号",
              note_en="unique; permanent URL and feed id"),
        Field("date", "通报日期", DATE, True, en="Date"),
        Field("title", "标题", TEXT, True, en="Title"),
        Field("units", "涉及单位", UNIT_LIST, True, en="Units"),
        Field("subject", "问责对象", TEXT, en="Person or body held accountable",
              note_zh="按通报原文，如 县住建局窗口工作人员王某", note_en="as published"),
        Field("issue", "问题类型", TEXT, True, en="Issue", note_zh="如 上班时间玩游戏、公车私用", note_en="e.g. gaming at work"),
        Field("source", "线索来源", CHOICE, choices=NOTICE_SOURCES, en="Source"),
        Field("sanctions", "处理结果", LIST, True, en="Sanctions", note_zh="如 通报批评、效能告诫、诫勉谈话",
              note_en="e.g. 通报批评, 效能告诫, 诫勉谈话"),
        Field("related_cases", "关联投诉", CASE_LIST, en="Related cases", note_zh="必须是已有的投诉编号",
              note_en="must exist"),
        Field("publish_date", "公开日期", DATE, en="Publish date", note_zh="此日期前不公开", note_en="embargo"),
        Field("expires", "公示截止", DATE, en="Public until", note_zh="此日期后撤下", note_en="removed after this date",
              public=False),
        Field("correction", "更正说明", TEXT, en="Correction"),
        Field("correction_date", "更正日期", DATE, required_if=("correction", "*"), en="Corrected on"),
        Field("withdrawn", "撤回", YESNO, en="Withdrawn", public=False),
        Field("withdrawn_date", "撤回日期", DATE, en="Withdrawn on", public=False),
    ),
    key="id",
)

KINDS: dict[str, Kind] = {k.name: k for k in (UNITS, CASES, COMMITMENTS, PERFORMANCE, NOTICES)}

# Names the office has reviewed and may publish (an official named in a notice under its rules).
# Not a kind of record: it tells the personal-data gate which names not to report.
PUBLIC_NAMES = Kind(
    "public_names", "可公开的姓名", "Names that may be published", "",
    (
        Field("name", "姓名", TEXT, True, en="Name", note_zh="与公开文本中的写法完全一致，如 王建国",
              note_en="exactly as written in the published text"),
        Field("basis", "公开依据", TEXT, True, en="Basis", note_zh="如 县纪委监委通报〔2025〕3号，依规公开问责对象姓名",
              note_en="why it may be published, e.g. the notice and the rule"),
        Field("reviewed_by", "审核人", TEXT, en="Reviewed by"),
    ),
    key="name",
)
PUBLIC_NAMES_FILE = "public_names.yaml"

# Internal columns that exports commonly carry about the complainant.  They are
# never published; the disclosure gate looks for their values in published text.
COMPLAINANT_NAME_COLUMNS = ("投诉人姓名", "投诉人", "举报人", "姓名", "联系人")
COMPLAINANT_PHONE_COLUMNS = ("联系电话", "手机号码", "电话", "手机", "联系方式")
