"""``portal demo-data``: a fictional county's records, deterministic for a seed.

清溪县 is fictional; every name, number and event here is synthetic.  The output
has the same layout as ``data/`` and deliberately uses the formats offices
really send: a GB18030 CSV with a title line, UTF-8 CSVs with a BOM, YAML,
Markdown notices with Chinese or English keys, and internal columns
(投诉人姓名, 联系电话, 承办人) that must never be published.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

from .workdays import DeadlineRule, WorkCalendar

COUNTY = "清溪县"
DEFAULT_UNTIL = dt.date(2026, 11, 15)

# (name, code, kind, former names, services)
UNITS = [
    ("县自然资源局", "zrzyj", "县直部门", ["县国土资源局"], ["建设用地规划许可", "宅基地审批", "土地权属争议调处"]),
    ("县不动产登记中心", "bdcdj", "窗口单位", [], ["不动产转移登记", "不动产抵押登记", "不动产权证书补办"]),
    ("县住房和城乡建设局", "zjj", "县直部门", ["县住房和城乡规划建设局"], ["建筑工程施工许可", "商品房预售许可", "物业维修资金使用"]),
    ("县市场监督管理局", "scjgj", "县直部门", ["县工商行政管理局", "县质量技术监督局"], ["个体工商户登记", "食品经营许可", "消费投诉处理"]),
    ("县人力资源和社会保障局", "rsj", "县直部门", [], ["养老保险关系转移", "失业保险金申领", "劳动保障监察投诉"]),
    ("县医疗保障局", "ybj", "县直部门", [], ["异地就医备案", "医疗费用报销", "门诊慢特病认定"]),
    ("县公安局交通管理大队", "jjdd", "县直部门", [], ["机动车登记", "驾驶证换证", "交通事故认定"]),
    ("县教育局", "jyj", "县直部门", [], ["义务教育入学", "学籍转接", "民办培训机构审批"]),
    ("县卫生健康局", "wjj", "县直部门", [], ["医师执业注册", "出生医学证明补发", "公共场所卫生许可"]),
    ("县民政局", "mzj", "县直部门", [], ["最低生活保障申请", "婚姻登记", "临时救助"]),
    ("县城市管理局", "cgj", "县直部门", [], ["占道经营审批", "户外广告设置", "渣土运输核准"]),
    ("县交通运输局", "jtysj", "县直部门", [], ["道路运输经营许可", "出租车经营权办理", "农村公路养护"]),
    ("县农业农村局", "nyncj", "县直部门", [], ["耕地地力保护补贴", "农机购置补贴", "动物检疫"]),
    ("县政务服务中心", "zwfw", "窗口单位", ["县行政审批服务中心"], ["企业开办", "工程建设项目审批", "证照邮寄"]),
    ("县税务局", "swj", "县直部门", [], ["发票申领", "契税缴纳", "个人所得税汇算"]),
    ("县供水公司", "gsgs", "公共服务企业", [], ["用水报装", "水费结算", "管网维修"]),
    ("城关镇人民政府", "cgz", "乡镇", [], ["低保入户调查", "农村建房审批", "老旧小区改造"]),
    ("青石镇人民政府", "qsz", "乡镇", [], ["高龄津贴申领", "土地流转", "村道硬化"]),
    ("白沙乡人民政府", "bsx", "乡镇", [], ["危房改造补助", "耕地地力保护补贴", "残疾人两项补贴"]),
    ("柳河镇人民政府", "lhz", "乡镇", [], ["农村建房审批", "河道整治", "集中供水"]),
    ("燕山街道办事处", "ysjd", "乡镇", [], ["居住证办理", "老旧小区改造", "社区养老服务"]),
]

# Busy service departments get more complaints than small townships.
UNIT_WEIGHTS = [1 / (i + 4) for i in range(len(UNITS))]
CHANNEL_WEIGHTS = [("12345热线", 40), ("网络", 25), ("电话", 14), ("来访", 12), ("来信", 4), ("电子邮件", 3), ("其他", 2)]
CATEGORY_WEIGHTS = [("办事效率", 28), ("服务态度", 18), ("推诿扯皮", 14), ("政策落实", 12), ("乱收费", 9),
                    ("作风纪律", 9), ("吃拿卡要", 4), ("其他", 6)]

SUMMARIES = {
    "办事效率": ["反映在{unit}申请{service}，材料齐全但已超过承诺时限仍未办结。",
              "反映{service}在{unit}窗口排队时间过长，取号后等待三个多小时。",
              "反映网上申请{service}后提交三次均被退回，每次退回理由不同。"],
    "服务态度": ["反映{unit}窗口工作人员办理{service}时态度生硬，未一次性告知所需材料。",
              "反映拨打{unit}公布的咨询电话{service}事宜，接听人员不耐烦并挂断电话。"],
    "推诿扯皮": ["反映{service}事项在{unit}与{other}之间来回推诿，往返多次仍未办理。",
              "反映{unit}以“不归我们管”为由拒绝受理{service}申请，也未告知应到何处办理。"],
    "政策落实": ["反映{service}相关政策在{unit}未落实到位，补贴至今未发放。",
              "反映{unit}未按规定公开{service}办事指南，群众无从了解办理条件。"],
    "乱收费": ["反映{unit}在办理{service}时收取{fee}元“资料费”，认为收费没有依据。",
            "反映办理{service}时被要求到指定机构有偿制作材料，费用{fee}元。"],
    "作风纪律": ["反映{unit}工作人员工作时间离岗，{service}窗口长时间无人。",
             "反映{unit}窗口工作人员上班时间玩手机游戏，群众排队无人办理。"],
    "吃拿卡要": ["反映{unit}个别工作人员在{service}过程中暗示办事群众请客送礼。"],
    "其他": ["反映{unit}门户网站公布的办事电话长期无人接听。",
           "建议{unit}在{service}窗口增加周末延时服务。"],
}

OUTCOMES = {
    "属实": "经核查，反映问题属实。已责令{unit}限期整改，并对相关责任人作出处理。",
    "部分属实": "经核查，反映问题部分属实。已督促{unit}完善办事流程，向投诉人说明情况。",
    "不属实": "经核查，{unit}已按规定时限和程序办理，反映问题不属实，已向投诉人作出解释。",
    "无法核实": "因投诉人未能提供具体时间和经办人员，反映问题无法核实，已要求{unit}加强窗口管理。",
}

ACTIONS = {
    "属实": [["效能告诫", "限期整改"], ["批评教育", "限期整改"], ["诫勉谈话"], ["书面检查", "通报批评"]],
    "部分属实": [["批评教育"], ["限期整改"], ["提醒谈话"]],
}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["建国", "秀英", "桂兰", "志强", "海燕", "文华", "晓东", "丽娟", "国平", "春梅", "伟", "静", "磊", "芳"]

NOTICE_ISSUES = [
    ("上班时间玩游戏", "暗访", ["通报批评", "效能告诫"]),
    ("工作时间离岗", "暗访", ["通报批评", "书面检查"]),
    ("违反会场纪律", "督查", ["通报批评"]),
    ("公车私用", "投诉", ["诫勉谈话", "通报批评"]),
    ("超时办结推诿扯皮", "投诉", ["效能告诫", "诫勉谈话"]),
    ("违规收取费用", "投诉", ["通报批评", "退还收费"]),
    ("窗口服务态度生硬", "网络问政", ["批评教育", "通报批评"]),
    ("未落实首问负责制", "督查", ["效能告诫"]),
]

CASE_HEADERS = ["投诉编号", "受理日期", "投诉渠道", "投诉类别", "被投诉单位", "投诉事项", "办理类型", "办理方式",
                "办理状态", "办结日期", "核查结论", "处理结果", "处理措施", "退还金额（元）", "反馈日期", "问题解决情况",
                "回访满意度", "是否有效件", "重复投诉编号", "公开日期", "更正说明", "更正日期", "撤回", "撤回日期",
                # internal columns, as exports carry them: never published
                "投诉人姓名", "联系电话", "承办人"]


def _pick(rng: random.Random, weighted):
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


def _csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def _date(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def make_cases(rng: random.Random, n: int, start: dt.date, until: dt.date, calendar: WorkCalendar):
    span = (until - start).days
    offsets = sorted(rng.randrange(span + 1) for _ in range(n))
    rules = {"一般": DeadlineRule(7, False), "复杂": DeadlineRule(15, True)}
    seq_by_year: dict[int, int] = {}
    cases = []
    ids_by_unit: dict[str, list[str]] = {}
    for offset in offsets:
        received = start + dt.timedelta(days=offset)
        seq_by_year[received.year] = seq_by_year.get(received.year, 0) + 1
        case_id = f"QX-{received.year}-{seq_by_year[received.year]:06d}"
        unit = rng.choices(UNITS, weights=UNIT_WEIGHTS)[0]
        category = _pick(rng, CATEGORY_WEIGHTS)
        service = rng.choice(unit[4])
        other = rng.choice(UNITS)[0]
        fee = rng.choice([30, 50, 80, 120, 200, 350, 600, 1200])
        summary = rng.choice(SUMMARIES[category]).format(unit=unit[0], service=service, other=other, fee=fee)
        complexity = "复杂" if rng.random() < 0.15 else "一般"
        due = calendar.deadline(received, rules[complexity])
        age = (until - received).days
        row = {"投诉编号": case_id, "受理日期": _date(received), "投诉渠道": _pick(rng, CHANNEL_WEIGHTS),
               "投诉类别": category, "被投诉单位": unit[0], "投诉事项": summary, "办理类型": complexity,
               "办理方式": _pick(rng, [("自办", 60), ("转办", 30), ("联办", 10)]),
               "投诉人姓名": rng.choice(SURNAMES) + rng.choice(GIVEN),
               "联系电话": f"1{rng.choice('35789')}{rng.randrange(10**9):09d}",
               "承办人": rng.choice(SURNAMES) + rng.choice(GIVEN)}
        # older exports still use former names
        if unit[3] and received.year < until.year and rng.random() < 0.3:
            row["被投诉单位"] = rng.choice(unit[3])
        r = rng.random()
        if age < 25 and r < 0.7 or r < 0.015:
            row["办理状态"] = rng.choice(["已受理", "办理中", "办理中"])
        elif r < 0.045:
            row["办理状态"] = "不予受理"
            row["办结日期"] = _date(received + dt.timedelta(days=rng.randint(1, 3)))
            row["处理结果"] = "投诉事项属于司法程序处理范围，不属于效能投诉受理范围，已告知投诉人依法定途径反映。"
        else:
            late = rng.random() < 0.1
            if late:
                closed = due + dt.timedelta(days=rng.randint(1, 12))
            else:
                closed = received + dt.timedelta(days=rng.randint(1, max((due - received).days, 1)))
            if closed > until:
                closed = until
            finding = _pick(rng, [("属实", 35), ("部分属实", 25), ("不属实", 30), ("无法核实", 10)])
            actions = rng.choice(ACTIONS.get(finding, [[]]))
            row.update({"办理状态": "已办结", "办结日期": _date(closed), "核查结论": finding,
                        "处理结果": OUTCOMES[finding].format(unit=unit[0])})
            if category == "乱收费" and finding in ("属实", "部分属实"):
                actions = actions + ["退还收费"]
                row["退还金额（元）"] = f"{fee * rng.randint(1, 5):,}.00"
            row["处理措施"] = "；".join(actions)
            if rng.random() < 0.92:
                row["反馈日期"] = _date(min(closed + dt.timedelta(days=rng.randint(0, 2)), until))
                if finding in ("属实", "部分属实"):
                    row["问题解决情况"] = _pick(rng, [("已解决", 70), ("部分解决", 20), ("未解决", 10)])
                row["回访满意度"] = _pick(rng, [("满意", 62), ("基本满意", 22), ("不满意", 8), ("未回访", 8)])
            if rng.random() < 0.012:
                row["更正说明"] = rng.choice(["原公开的办结日期录入有误，已更正。", "原公开的核查结论有误，经复核已更正。"])
                row["更正日期"] = _date(min(closed + dt.timedelta(days=rng.randint(3, 30)), until))
        row["是否有效件"] = "否" if rng.random() < 0.03 else "是"
        if ids_by_unit.get(unit[1]) and rng.random() < 0.02:
            row["重复投诉编号"] = rng.choice(ids_by_unit[unit[1]][-20:])
        if age < 20 and rng.random() < 0.08:
            row["公开日期"] = _date(until + dt.timedelta(days=rng.randint(5, 40)))  # embargoed
        if rng.random() < 0.006:
            row["撤回"] = "是"
            row["撤回日期"] = _date(min(received + dt.timedelta(days=rng.randint(20, 60)), until))
        ids_by_unit.setdefault(unit[1], []).append(case_id)
        cases.append(row)
    return cases


def _write_cases(out: Path, cases: list[dict], title_year: int | None) -> None:
    by_year: dict[int, list[dict]] = {}
    for row in cases:
        by_year.setdefault(int(row["受理日期"][:4]), []).append(row)
    folder = out / "cases"
    folder.mkdir(parents=True, exist_ok=True)
    for year, rows in sorted(by_year.items()):
        table = [CASE_HEADERS] + [[row.get(h, "") for h in CASE_HEADERS] for row in rows]
        if year == title_year:
            # What Excel on a Chinese Windows machine writes: GB18030, a title line, a blank line.
            text = _csv_text([[f"{COUNTY}机关效能投诉中心{year}年投诉件办理结果（导出）"], []] + table + [[], []])
            (folder / f"{year}.csv").write_bytes(text.encode("gb18030"))
        else:
            (folder / f"{year}.csv").write_bytes(_csv_text(table).encode("utf-8-sig"))


def _write_units(out: Path) -> None:
    lines = [f"# {COUNTY}（虚构）被投诉及实施单位。示例数据，非真实单位。", "units:"]
    for name, code, kind, aliases, _ in UNITS:
        lines += [f"  - 单位名称: {name}", f"    单位代码: {code}", f"    单位类型: {kind}"]
        if aliases:
            lines.append(f"    曾用名: [{', '.join(aliases)}]")
    (out / "units.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write_commitments(out: Path, rng: random.Random, start: dt.date, until: dt.date) -> None:
    headers = ["事项编码", "实施部门", "事项名称", "法定办结时限（工作日）", "承诺办结时限（工作日）", "收费标准", "网上可办",
               "最多跑几次", "办理窗口", "申请材料", "设定依据"]
    rows, perf = [headers], [["统计期", "事项编码", "受理件数", "办结件数", "按时办结件数"]]
    quarters = []
    year, q = start.year, (start.month - 1) // 3 + 1
    while dt.date(year, 3 * q - 2, 1) <= until:
        quarters.append(f"{year}-Q{q}")
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    for i, (name, code, kind, _, services) in enumerate(UNITS):
        if kind == "乡镇":
            continue
        for j, service in enumerate(services[:2]):
            item = f"QX{i + 1:02d}{j + 1:02d}0{rng.randint(100, 999)}"
            legal = rng.choice([5, 10, 15, 20, 30])
            promised = max(1, legal - rng.choice([0, 2, 3, 5, 7, 10]))
            promised = min(promised, legal)
            rows.append([item, name, service, str(legal), str(promised), rng.choice(["不收费", "不收费", "按规定标准收取工本费"]),
                         rng.choice(["是", "是", "否"]), str(rng.choice([0, 1, 1, 2])), f"{COUNTY}政务服务中心{rng.randint(1, 30)}号窗口",
                         "；".join(rng.sample(["申请表", "身份证明", "营业执照", "授权委托书", "不动产权证书", "现场照片", "相关证明材料"], 3)),
                         "《中华人民共和国行政许可法》及相关规定"])
            for period in quarters:
                accepted = rng.randint(20, 400)
                completed = max(0, accepted - rng.randint(0, 15))
                on_time = completed if rng.random() < 0.7 else completed - rng.randint(1, max(1, completed // 10))
                perf.append([period, item, str(accepted), str(completed), str(max(on_time, 0))])
    (out / "commitments").mkdir(parents=True, exist_ok=True)
    (out / "commitments" / "service-items.csv").write_bytes(_csv_text(rows).encode("utf-8-sig"))
    (out / "performance").mkdir(parents=True, exist_ok=True)
    by_year: dict[str, list] = {}
    for row in perf[1:]:
        by_year.setdefault(row[0][:4], []).append(row)
    for year, rows_ in by_year.items():
        (out / "performance" / f"{year}.csv").write_bytes(_csv_text([perf[0]] + rows_).encode("utf-8-sig"))


def _write_notices(out: Path, rng: random.Random, cases: list[dict], n: int, start: dt.date, until: dt.date) -> None:
    folder = out / "notices"
    folder.mkdir(parents=True, exist_ok=True)
    span = (until - start).days
    substantiated = [c for c in cases if c.get("核查结论") == "属实" and not c.get("撤回") and not c.get("公开日期")]
    for i in range(n):
        date = start + dt.timedelta(days=int(span * (i + 1) / (n + 1)))
        issue, source, sanctions = NOTICE_ISSUES[i % len(NOTICE_ISSUES)]
        unit = rng.choice(UNITS)
        person = f"{unit[0]}工作人员{rng.choice(SURNAMES)}某"
        nid = f"TB-{date.year}-{i + 1:04d}"
        related = [c["投诉编号"] for c in substantiated if c["被投诉单位"] == unit[0]][:1] if source == "投诉" else []
        chinese_keys = i % 2 == 0
        meta = [("id", "通报编号", nid), ("date", "通报日期", _date(date)),
                ("title", "标题", f"关于{unit[0]}{issue}问题的通报"), ("units", "涉及单位", f"[{unit[0]}]"),
                ("subject", "问责对象", person), ("issue", "问题类型", issue), ("source", "线索来源", source),
                ("sanctions", "处理结果", f"[{', '.join(sanctions)}]")]
        if related:
            meta.append(("related_cases", "关联投诉", f"[{related[0]}]"))
        if i == n - 1:
            meta.append(("publish_date", "公开日期", _date(until + dt.timedelta(days=10))))   # embargoed
        if i == 1:
            meta.append(("expires", "公示截止", _date(date + dt.timedelta(days=180))))
        if i == 2:
            meta += [("correction", "更正说明", "原通报中问责对象的职务表述有误，已更正。"),
                     ("correction_date", "更正日期", _date(date + dt.timedelta(days=7)))]
        front = "\n".join(f"{zh if chinese_keys else en}: {value}" for en, zh, value in meta)
        body = (f"{date.year}年{date.month}月，{COUNTY}机关效能投诉中心在{'明察暗访' if source == '暗访' else '日常监督'}中发现，"
                f"{person}存在{issue}问题，违反了机关效能建设有关规定。\n\n"
                f"经研究，决定对{person}予以{'、'.join(sanctions)}处理，并责成{unit[0]}深刻剖析、举一反三、立行立改。\n\n"
                "各单位要引以为戒，严格遵守工作纪律，切实转变工作作风，不断提升服务效能。")
        (folder / f"{nid}.md").write_text(f"---\n{front}\n---\n\n{body}\n", encoding="utf-8")


HOLIDAYS_TEMPLATE = """\
# 本地补充的法定节假日与调休安排（国务院办公厅每年公布后由办公室填写）。
# 软件已内置至 2026 年的安排；尚未收录的年份按周一至周五计算并给出提醒。
# 写法：单个日期 2027-01-01，或日期范围 2027-10-01~2027-10-07。
#
# holidays:        # 放假日（不必列出普通周末）
#   - 2027-01-01
# workdays:        # 调休上班日（周末上班）
#   - 2027-02-07
"""


def write_demo_data(out: Path, cases: int, seed: int = 1, until: dt.date = DEFAULT_UNTIL, years: int = 2) -> dict:
    """Write a complete data folder; returns counts per kind."""
    rng = random.Random(seed)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    start = dt.date(until.year - years + 1, 1, 1)
    calendar = WorkCalendar()
    rows = make_cases(rng, cases, start, until, calendar)
    (out / "README.md").write_text(
        f"# 示例数据 / Sample data\n\n本文件夹中的数据由 `portal demo-data --cases {cases} --seed {seed}` 生成，"
        f"{COUNTY}及其单位、人员、事件均为虚构。\n\nEverything here is synthetic, made by `portal demo-data`; "
        f"{COUNTY} is a fictional county.\n", encoding="utf-8")
    _write_units(out)
    _write_cases(out, rows, title_year=start.year)
    _write_commitments(out, rng, start, until)
    notices = max(8, min(cases // 40, 3000))
    _write_notices(out, rng, rows, notices, start, until)
    (out / "holidays.yaml").write_text(HOLIDAYS_TEMPLATE, encoding="utf-8")
    return {"cases": len(rows), "notices": notices, "units": len(UNITS)}
