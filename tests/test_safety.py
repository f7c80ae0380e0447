"""Disclosure safety: personal data never goes out, hostile text is inert, a
failed build leaves the published site byte-identical."""
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, strategies as st

from conftest import CASE_HEADER, GOOD_CASE
from generator.personal_data import Detector

# Each variant goes into a case's summary (F column of row 2); the expected
# message shows the masked excerpt only.
LEAKS = [
    ("身份证11010519491231002X已核实", "“身份证110*************2X已核实” 含有居民身份证号码，请删除或改写为“身份证号已隐去”后重新提交"),
    ("老证110105491231002", "“老证110**********02” 含有居民身份证号码，请删除或改写为“身份证号已隐去”后重新提交"),
    # an area code no list of today's counties has, written in groups
    ("身份证号 632199 19800506 1236", "“身份证号 632***************36” 含有居民身份证号码，请删除或改写为“身份证号已隐去”后重新提交"),
    ("证件号４３９０３８１９８４０８１６５００６", "“证件号４３９*************０６” 含有居民身份证号码，请删除或改写为“身份证号已隐去”后重新提交"),
    ("手机14985683219", "“手机149******19” 含有手机号码，请删除或打码（如 138****5678）后重新提交"),
    ("电话13812345678", "“电话138******78” 含有手机号码，请删除或打码（如 138****5678）后重新提交"),
    ("电话138 1234 5678", "“电话138********78” 含有手机号码，请删除或打码（如 138****5678）后重新提交"),
    ("电话138-1234-5678", "“电话138********78” 含有手机号码，请删除或打码（如 138****5678）后重新提交"),
    ("电话+8613812345678", "“电话+86*********78” 含有手机号码，请删除或打码（如 138****5678）后重新提交"),
    ("电话１３８１２３４５６７８", "“电话１３８******７８” 含有手机号码，请删除或打码（如 138****5678）后重新提交"),
    ("邮箱zhang.san@example.com", "“邮箱z***@e***” 含有电子邮箱地址，请删除或改写为“邮箱已隐去”后重新提交；本单位的公开邮箱可登记在 portal.yml 的 public_contacts 中"),
    ("退款至银行卡号6222020000000000000", "“…款至银行卡号622**************00” 含有银行卡号，请删除或改写为“卡号已隐去”后重新提交"),
    ("加其微信号zhangwei_1988沟通", "“加其微信号zha********88沟通” 含有QQ号或微信号，请删除或改写为“联系方式已隐去”后重新提交"),
    ("对涉案QQ账号2826393183进行追查", "“…涉案QQ账号282*****83进行追查” 含有QQ号或微信号，请删除或改写为“联系方式已隐去”后重新提交"),
    ("家住幸福路南三巷18号", "“家住幸********” 含有具体到楼栋、门牌或房号的住址，请删去楼栋、门牌和房号（只写到小区、村或道路，如“某小区”）后重新提交"),
    ("QQ：20481937", "“QQ：2*******” 含有QQ号或微信号，请删除或改写为“联系方式已隐去”后重新提交"),
    ("家住幸福小区3栋2单元501室", "“家住幸************” 含有具体到楼栋、门牌或房号的住址，请删去楼栋、门牌和房号（只写到小区、村或道路，如“某小区”）后重新提交"),
    ("住解放路88号", "“住解*****” 含有具体到楼栋、门牌或房号的住址，请删去楼栋、门牌和房号（只写到小区、村或道路，如“某小区”）后重新提交"),
    ("前往南海大道北156号5座703房面交本人签收", "“前往南**************面交本人签收” 含有具体到楼栋、门牌或房号的住址，请删去楼栋、门牌和房号（只写到小区、村或道路，如“某小区”）后重新提交"),
    ("回访电话1390829 5470", "“回访电话139*******70” 含有手机号码，请删除或打码（如 138****5678）后重新提交"),
    ("回访电话182-93397385", "“回访电话182*******85” 含有手机号码，请删除或打码（如 138****5678）后重新提交"),
]

LOOK_ALIKES = [
    "已打码电话138****5678",               # already masked
    "投诉人王某某反映",                      # masked name
    "统一社会信用代码91110000600037341L",   # company credit codes are public
    "见投诉QX-2026-000123",                # a case number
    "于2025-03-05退还1234.50元",            # dates and amounts
    "订单号6222020000000000000",            # Luhn-valid, but no bank context
    "身份证11010519491231002Y",              # wrong check digit
    "编号12345678901",                      # 11 digits that are no mobile number
    "请拨打本中心电话0571-12345或12345热线",   # the office's own public contact (configured below)
    "已向投诉人解释相关政策规定",             # 解 is a surname, 解释 a word
    "投诉人严重不满，群众高度评价窗口服务",
    "经办人周末加班，工作人员安排专人跟踪",
    "学习焦裕禄精神，争做人民满意公务员",
    "请到县政务服务中心3楼301室办理",         # an office's room is no home
    "依据赣府发〔2025〕12号文件",
    "来电人林女士反映路灯不亮",              # a surname and an honorific after a role: anonymised
    "投诉人赵先生称，窗口人员态度差",
    "邓科长在任期间违规发放津补贴",           # a surname and a title
    "老周反映公交站台破损",                  # 老 and a surname
    "在中山路李宁专卖店购买的鞋子开胶",       # a shop
    "在杨国福麻辣烫用餐后腹泻",
    "来电人郑奶奶反映路灯损坏",
    "市民老万来电反映路灯损坏",
    "来信地址：县行政中心5楼；邮编：342400。",   # the office's own address, not a home
    "办公地址：八一路98号县委大院4号楼",         # an office's street address
    "来信寄至和平路19号县政务服务中心2楼",
    "县电信分公司（人民路12号）销售的手机未取得认证",   # a firm's
    "由王中队长具体抓落实",
    "关于全县好差评工作的通报（隆信复〔2026〕16号）",   # a document's number
    "主任全面负责整改，局长高度重视此事",
    "县市场监督管理局（地址：城关镇人民路76号）已开展检查",   # an office's address in brackets
    "该公司注册地址为城关镇建设路36号",
    "以海瑞、包拯等先贤为镜",                          # figures a notice holds up
    "“王姐饺子馆”已办理许可证",                        # a shop
    "现将赣纪发〔2021〕5号转发给你们",                   # a document's number
    "承办人：张专干；联系电话已隐去",                    # a surname and a title
    "幸福苑二区二次供水问题属实",                       # a part of an estate, no door
    "来电人反映在张记米粉购买的粽子已过期",               # shops
    "经检查，陈阿婆凉粉已整改到位",
    "来电人称在李先生牛肉面就餐后腹泻",
    "来信地址：黄河路23号，邮编228510",                  # the office's address
    "舒同学反映食堂饭菜价格偏高",                          # anonymised forms and titles
    "经刘支书上门协调，违建已拆除",
    "李娭毑反映社区路灯不亮",
    "村民小组长老邓已签字确认",
    "罚没款人民币伍仟元整已上缴国库",                      # 伍 is a surname; an amount in capital numerals
    "以郑培民、廖俊波等先进典型为镜",                      # figures a notice holds up
    "在周大福珠宝购买的金饰褪色",                          # a shop named after a person
    "月星花园8栋楼顶水箱漏水",                             # a building with no door: dozens of households
    "南湖小区3栋至6栋雨污管网混接",
    "县第一中学（建设路88号）门前交通拥堵",                 # a school's, a shop's, an office's address
    "位于胜利路12号的刘记烧烤占道经营",
    "经查，胜利路56号“张姐米粉”门店证照齐全",
    "县税务局已搬迁至赣江大道16号办公",
    "来信请寄人民路200号，邮编335000",
    "当事人县宏达建材有限公司，住所城关镇建设路9号",         # a firm's domicile
    "沿江路（解放路15号至人民路30号段）路灯不亮",            # a stretch of road
    "经现场查看，幸福里小区5号楼2单元门口的积水已抽排",       # a building's entrance, no room
    "某公司在建设路12号院内未批先建",                        # a firm's site
    "材料可寄至人民路8号县水务局（邮编335000）",               # an office's address, its name after it
    "请发送至单位公共邮箱xfb@example.gov.cn",                  # a mailbox said to be an office's
    "来电人反映被顾大夫多收检查费300元",                       # a surname and a form of address
    "来电人为独居老人丁老太太，反映暖气不热",
    "巴彦淖尔嘎查党支部组织牧民开展培训",                      # a village of Inner Mongolia
    "请社区联系来电人陈生，核实电梯停运情况",                    # Cantonese forms of address
    "李太来电反映楼上噪音",
    "龙sir已带队到现场督促整改",
    "窗口工作人员小林、阿梅帮助走失老人联系家属",
    "市民反映“马应龙”店门口停放车辆阻挡人行道",                 # brands in quotation marks
    "来电人自称系“张一元”加盟商，反映总部收费后不供货",
    "门店地址禅城区祖庙路159号首层，要求退换",                   # a shop's, an office's address
    "登记点设在解放东路18号东座1楼",
    "接待地址：桃园路2号3楼来访接待室",
    "请对嘉庚路8号至120号路段的破损人行道进行修复",
    "田湾村4组7户群众的用电电压不稳问题已解决",              # a count of households
    "全县初信初访一次性化解率41.6%",                           # a term of the petition figures
    "周师傅（20岁，彝族）的高龄津贴已恢复发放",
    "镇上的刘三姐酱菜坊卖假货",                                # a shop
    "请拨打不动产登记中心电话0354-8250225预约办理，地址：榆次区迎宾街297号",   # an office's address
    "反映兰山区通达路240号门前（兰山区民政局办公楼）停车难",
    "大吴称其就餐后腹泻",                                      # what one is called
    "反映楼下李先生牛肉面油烟扰民",
    "“张小泉”草场门大街店销售的熟食标签不全",                   # a brand's shop
]


def _case_with(summary: str) -> str:
    return CASE_HEADER + GOOD_CASE.replace("反映办理慢", summary)


@pytest.mark.parametrize("text,message", LEAKS)
def test_personal_data_stops_with_a_masked_excerpt(data, text, message):
    data.write("cases/a.csv", _case_with(text))
    messages = data.messages()
    assert messages == [f"data/cases/a.csv 第2行 F列「投诉事项」：{message}"]
    digits = "".join(ch for ch in text if ch.isdigit())
    assert all(digits not in m.replace(" ", "").replace("-", "") for m in messages if len(digits) > 6)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_pass(data, text):
    from generator.config import Config
    data.write("cases/a.csv", _case_with(text))
    result = data.read(config=Config(public_contacts=["0571-12345"]))
    assert result.report.errors == [], [p.format() for p in result.report.errors]


NAME_WARNING = "疑似含有未打码的人名，请改写为“{}”；如属依规可公开的姓名（如问责通报中的公职人员），请登记在 data/public_names.yaml 中"


def test_plates_and_unmasked_names_are_warnings(data):
    data.write("cases/a.csv", _case_with("车牌浙A12345的车主与工作人员王建国争执"))
    assert data.messages() == []
    assert data.messages(severity="warning") == [
        "data/cases/a.csv 第2行 F列「投诉事项」：“车牌浙******的车主与工作…” 疑似含有机动车号牌，请确认是否需要打码（如 浙A*****）",
        "data/cases/a.csv 第2行 F列「投诉事项」：“…主与工作人员王**争执” " + NAME_WARNING.format("王某"),
    ]


@pytest.mark.parametrize("text,excerpt,redacted", [
    ("张伟反映路灯不亮", "“张*反映路灯不亮”", "张某"),
    ("经与王建国本人核实", "“经与王**本人核实”", "王某"),
    ("已由李娜同志负责跟踪", "“已由李*同志负责跟踪”", "李某"),
    ("刘芳（女，45岁）来电反映", "“刘*（女，45岁…”", "刘某"),
    ("欧阳娜娜来电咨询", "“欧***来电咨询”", "欧阳某"),
    ("吴志刚局长带队走访企业", "“吴**局长带队走访…”", "吴某"),       # a title after the name
    ("张家豪反映路灯不亮", "“张**反映路灯不亮”", "张某"),            # 家 in a given name, not a place
    ("投诉人彭家辉称已收到退款", "“投诉人彭**称已收到退款”", "彭某"),
    # a given name that is an everyday word, in a notice
    ("关于对县林业局梁解放同志违规问题的通报", "“…于对县林业局梁**同志违规问题…”", "梁某"),
    ("给予县交通运输局副局长方建设政务警告处分", "“…运输局副局长方**政务警告处分”", "方某"),
    ("已电话联系诉求人满强，告知其政策", "“…话联系诉求人满*，告知其政策”", "满某"),
    ("由副局长谷峰牵头成立工作专班", "“由副局长谷*牵头成立工作…”", "谷某"),         # a title, a name, a verb
    ("投诉人周全，称窗口推诿", "“投诉人周*，称窗口推诿”", "周某"),               # a word the dictionary knows as a name
    ("来电人文静称窗口推诿", "“来电人文*称窗口推诿”", "文某"),        # an everyday word, right after a role
    ("阿依努尔·买买提反映路灯不亮", "“阿*******反映路灯不亮”", "阿某"),     # a name in parts
    ("来电人扎西次仁反映路灯不亮", "“来电人扎***反映路灯不亮”", "某"),       # a Tibetan name: no surname
    ("其子涂文静在县一中就读期间受伤", "“其子涂**在县一中就读…”", "涂某"),    # whose child
    ("钟山代表：您提出的建议收悉", "“钟*代表：您提出…”", "钟某"),            # a letter's greeting
    ("工单来电人：万年｜诉求类型：咨询", "“工单来电人：万*｜诉求类型：…”", "万某"),   # after a role and a colon
    ("牧户巴特尔巴根的补助已发放", "“牧户巴****的补助已发放”", "巴某"),     # characters used for their sounds
    ("苏和：你于2025年3月来信反映的问题已办结", "“苏*：你于202…”", "苏某"),     # a reply's greeting
    ("关于刘宝山同志违纪问题的通报", "“关于刘**同志违纪问题…”", "刘某"),       # a notice's title
    ("勒古沙日（男，47岁）受到政务警告处分", "“勒***（男，47岁…”", "某"),     # a Yi name, its sex and age after it
    ("高山，女，76岁，区司法局科员，被给予警告处分", "“高*，女，76岁…”", "高某"),
    ("石林同志：你于2023年10月24日来信反映的问题", "“石*同志：你于2…”", "石某"),     # a reply's greeting
    ("童林委员：您提出的提案收悉", "“童*委员：您提出…”", "童某"),
    ("问责通报｜东方晓（区人社局原副主任）因整改不力被问责", "“问责通报｜东**（区人社局原…”", "东方某"),   # their post after them
    ("临时救助对象公示：1.吴涛，王家坪村五组，因病", "“…象公示：1.吴*，王家坪村五…”", "吴某"),     # a numbered list
    ("新增低保对象公示：揭建国（8组，4人）", "“…保对象公示：揭**（8组，4人…”", "揭某"),
    ("关于夏凤兰代表所提建议，已书面答复", "“关于夏**代表所提建议…”", "夏某"),
    ("县政协原副主席禄建国接受纪律审查和监察调查", "“…政协原副主席禄**接受纪律审查…”", "禄某"),
    ("当事人佟佳·慧敏承认车辆占用盲道", "“当事人佟****承认车辆占用…”", "佟某"),     # a Manchu name in parts
    ("老人由女儿冷德胜代为来电", "“老人由女儿冷**代为来电”", "冷某"),
])

def test_names_without_a_role_word_are_found(data, text, excerpt, redacted):
    data.write("cases/a.csv", _case_with(text))
    assert data.messages(severity="warning") == [
        f"data/cases/a.csv 第2行 F列「投诉事项」：{excerpt} " + NAME_WARNING.format(redacted)]


def test_a_name_in_letters_is_found_with_its_characters(data):
    data.write("cases/a.csv", _case_with("投诉人LI Wei（李伟）通过邮箱投诉"))
    assert data.messages(severity="warning") == [
        "data/cases/a.csv 第2行 F列「投诉事项」：“投诉人L*****（李伟）通过…” " + NAME_WARNING.format("某"),
        "data/cases/a.csv 第2行 F列「投诉事项」：“…I Wei（李*）通过邮箱投…” " + NAME_WARNING.format("李某")]


def test_a_name_listed_with_a_name_is_found(data):
    data.write("cases/a.csv", _case_with("业主何建国、江军反映电梯故障"))
    assert data.messages(severity="warning") == [
        "data/cases/a.csv 第2行 F列「投诉事项」：“业主何**、江军反映电…” " + NAME_WARNING.format("何某"),
        "data/cases/a.csv 第2行 F列「投诉事项」：“业主何建国、江*反映电梯故障” " + NAME_WARNING.format("江某")]


def test_a_name_before_its_own_phone_number_is_found_though_it_is_a_place(data):
    data.write("cases/a.csv", _case_with("经与余江（13812345678）电话沟通"))
    assert data.messages(severity="warning") == [
        "data/cases/a.csv 第2行 F列「投诉事项」：“经与余*（13812…” " + NAME_WARNING.format("余某")]


def test_a_confirmed_name_is_not_reported_and_only_that_name(data):
    data.write("cases/a.csv", _case_with("已由王建国同志负责跟踪，李娜同志协助"))
    data.write("public_names.yaml", "- 姓名: 王建国\n  公开依据: 县纪委监委通报〔2025〕3号\n")
    assert data.messages(severity="warning") == [
        "data/cases/a.csv 第2行 F列「投诉事项」：“…志负责跟踪，李*同志协助” " + NAME_WARNING.format("李某")]


def test_a_confirmed_name_needs_its_basis(data):
    data.write("public_names.yaml", "- 姓名: 王建国\n")
    assert data.messages() == ["data/public_names.yaml：缺少必填列「公开依据」（英文列名 basis）"]


def test_names_are_errors_when_the_office_says_so(data):
    from generator.config import Config
    data.write("cases/a.csv", _case_with("张伟反映路灯不亮"))
    result = data.read(config=Config(unmasked_names="error"))
    assert [p.code for p in result.report.errors] == ["name"]


def test_complainant_name_from_an_internal_column_is_a_leak(data):
    header = CASE_HEADER.strip() + ",投诉人姓名,联系电话\n"
    row = GOOD_CASE.strip().replace("已整改", "已向欧阳娜娜当面说明") + ",欧阳娜娜,0571-87654321\n"
    other = GOOD_CASE.replace("QX-1", "QX-2").strip().replace("反映办理慢", "回电0571-87654321未接") + ",李四,\n"
    data.write("cases/a.csv", header + row + other)
    assert data.messages() == [
        "data/cases/a.csv 第2行 J列「处理结果」：“已向欧***当面说明” 含有本行不公开的「投诉人姓名」列中的内容，请删除或打码后重新提交",
        "data/cases/a.csv 第3行 F列「投诉事项」：“回电057********21未接” 含有本行不公开的「联系电话」列中的内容，请删除或打码后重新提交",
    ]


def test_notice_body_is_scanned_line_by_line(data):
    data.write("notices/a.md", "---\nid: TB-1\ndate: 2025-04-01\ntitle: 通报\nunits: [县自然资源局]\nissue: 玩游戏\n"
               "sanctions: [通报批评]\n---\n\n第一段。\n\n举报电话13812345678。\n")
    assert data.messages() == ["data/notices/a.md 第12行「正文」：“举报电话138******78。” 含有手机号码，请删除或打码（如 138****5678）后重新提交"]


# Pieces that the gate's patterns are made of, so random texts often hold real candidates.
PIECES = st.sampled_from(["1", "3", "8", "13812345678", " ", "-", "+86", "@", "a.b", ".com", "li@example.com", "京", "A", "B12345",
                          "投诉人", "科长", "张", "三", "某", "银行卡号", "6222020000000000000", "11010519491231002X", "ABCDE",
                          "１", "＠", "，", "反映", "X"])


@given(st.lists(PIECES, max_size=12).map("".join))
@example("科长张三说")             # a name after a role
@example("车牌京ABCDEF")            # a plate without digits
@example("邮箱li@example.com")
@example("电话138 1234 5678")
def test_the_quick_candidate_check_never_hides_a_hit(text):
    """Most texts are let through at once by a pre-check for what every pattern needs; it must
    never hide a hit.  The same text, followed by something set apart that no text passes the
    pre-check without ("。000": three digits), is scanned in full: the number, contact and
    address hits in the text itself must be the ones found in it alone.  (Names are looked for
    in every text, and read with their context.)"""
    alone = [hit for hit in Detector().scan(text) if hit.code != "name"]
    scanned_in_full = [hit for hit in Detector().scan(text + "。000") if hit.code != "name" and hit.end <= len(text)]
    assert alone == scanned_in_full


def test_gate_never_matches_a_mobile_inside_an_id_number():
    hits = Detector().scan("11010519491231002X")
    assert [h.code for h in hits] == ["personal_id"]


# --- through `portal build`, as the scheduled job runs it --------------------------

def _tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project folder with a published site, to attempt bad builds against."""
    from sitebuild import new_project
    root = new_project(tmp_path_factory.mktemp("project"))
    assert _portal(root, "build").returncode == 0
    return root


def _portal(cwd: Path, *args):
    return subprocess.run([sys.executable, "-m", "generator", *args, "--as-of", "2026-11-23"], cwd=cwd,
                          capture_output=True, text=True)


def _with_case_summary(project: Path, summary: str) -> Path:
    data = project.parent / f"data-{hashlib.sha1(summary.encode()).hexdigest()[:8]}"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(project / "data", data)
    path = data / "cases" / "2026.csv"
    text = path.read_text(encoding="utf-8-sig").replace("反映", summary + "反映", 1)
    path.write_text(text, encoding="utf-8-sig")
    return data


@pytest.mark.parametrize("text,message", LEAKS[:3])
def test_a_leak_stops_the_build_and_leaves_the_site_byte_identical(project, text, message):
    before = _tree_digest(project / "site")
    data = _with_case_summary(project, text)
    result = _portal(project, "build", "--data", str(data))
    assert result.returncode == 1
    excerpt, explanation = message.split("” ")
    assert f"第3行 F列「投诉事项」：{excerpt}" in result.stdout and explanation in result.stdout
    assert "未发布任何内容" in result.stdout
    assert text not in result.stdout + result.stderr
    assert _tree_digest(project / "site") == before
    assert not [p for p in project.iterdir() if p.name.startswith(".site.building-")], "staging folders left behind"


def test_personal_data_in_a_hand_written_page_stops_the_build(project, tmp_path):
    before = _tree_digest(project / "site")
    page = project / "content" / "contact.md"
    page.write_text("# 联系我们\n\n值班电话：13912345678\n", encoding="utf-8")
    try:
        result = _portal(project, "build")
    finally:
        page.unlink()
    assert result.returncode == 1
    assert "content/contact.md 第3行：“值班电话：139******78” 含有手机号码" in result.stdout
    assert _tree_digest(project / "site") == before


def test_a_failing_build_exits_3_and_leaves_the_site_byte_identical(project):
    from generator.render import PACKAGED_TEMPLATES
    before = _tree_digest(project / "site")
    # The site folder's own copy of a template overrides the installed one: here a broken one.
    broken = project / "templates" / "case.html"
    broken.parent.mkdir(exist_ok=True)
    broken.write_text((PACKAGED_TEMPLATES / "case.html").read_text(encoding="utf-8") + "{{ no_such_variable }}",
                      encoding="utf-8")
    try:
        result = _portal(project, "build")
    finally:
        shutil.rmtree(broken.parent)
    assert result.returncode == 3
    assert "生成失败，未发布任何内容，原网站保持不变" in result.stderr
    assert _tree_digest(project / "site") == before
    assert not [p for p in project.iterdir() if p.name.startswith(".site.building-")], "staging folders left behind"


def test_a_build_stopped_by_sigterm_removes_its_staging_folder_and_leaves_the_site(project):
    import signal
    import time
    before = _tree_digest(project / "site")
    # The next day's build: one with work to do (given what the last was given, it stages nothing).
    build = subprocess.Popen([sys.executable, "-m", "generator", "build", "--as-of", "2026-11-24"], cwd=project,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not [p for p in project.iterdir() if p.name.startswith(".site.building-")]:
        assert time.monotonic() < deadline and build.poll() is None, "the build never staged"
        time.sleep(0.01)
    build.send_signal(signal.SIGTERM)
    assert build.wait(timeout=60) == 128 + signal.SIGTERM
    assert not [p for p in project.iterdir() if p.name.startswith(".site.building-")]
    assert _tree_digest(project / "site") == before


def test_a_staging_folder_left_by_a_killed_build_is_cleared_by_the_next(project):
    stale = project / ".site.building-killed"
    (stale / "cases").mkdir(parents=True)
    assert _portal(project, "build").returncode == 0
    import time
    deadline = time.monotonic() + 30
    while stale.exists() and time.monotonic() < deadline:      # removed in the background
        time.sleep(0.05)
    assert not stale.exists()


HOSTILE = ('<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) ![t](http://t.example/p.gif) '
           '| a | b | @@PORTAL-ROOT@@')    # the last: a slot of the page template, shown as written


def test_hostile_text_is_inert_in_pages_feeds_and_downloads(project):
    data = _with_case_summary(project, HOSTILE)
    notice = data / "notices" / "TB-2025-0001.md"
    notice.write_text(notice.read_text(encoding="utf-8").replace("\n---\n", f"\n---\n\n{HOSTILE}\n", 1)
                      .replace("title: ", "title: <b onmouseover=alert(4)>", 1).replace("标题: ", "标题: <b onmouseover=alert(4)>", 1),
                      encoding="utf-8")
    out = project.parent / "hostile-site"
    result = _portal(project, "build", "--data", str(data), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    pages = [p.read_text(encoding="utf-8") for p in out.rglob("*.html")]
    joined = "\n".join(pages)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in joined
    assert "| a | b | @@PORTAL-ROOT@@" in joined
    for raw in ("<script>alert(1)", "<img src=x", 'href="javascript:', "<b onmouseover", 'src="http://t.example'):
        assert raw not in joined, raw
    # No element the browser would build has an event-handler attribute (hostile text inside a
    # quoted attribute value, escaped, is text: the page's own data-search-title holds some).
    from html.parser import HTMLParser

    handlers = []

    class Attributes(HTMLParser):
        def handle_starttag(self, tag, attrs):
            handlers.extend((tag, name) for name, _ in attrs if name.startswith("on"))
    for page in pages:
        Attributes().feed(page)
    assert handlers == []
    assert "onmouseover" in joined       # the hostile text is there, as text
    for feed in list(out.rglob("feed.xml")) + list(out.rglob("atom.xml")):
        text = feed.read_text(encoding="utf-8")
        assert "<script>" not in text and "<img" not in text
    # CSV: formula starters neutralised; JSON keeps the text as data
    rows = (out / "opendata" / "cases.csv").read_text(encoding="utf-8-sig")
    assert "<script>alert(1)</script>" in rows   # as text, for the reader to see
    cases = json.loads((out / "opendata" / "cases.json").read_text(encoding="utf-8"))
    assert any(HOSTILE in c["summary"] for c in cases)


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t"])
def test_spreadsheet_formulas_are_neutralised_in_csv(start):
    from generator.opendata import neutralise
    assert neutralise(f"{start}SUM(A1:A9)") == f"'{start}SUM(A1:A9)"
    assert neutralise("正常文字") == "正常文字"


def test_writes_never_leave_the_output_folder(tmp_path):
    from generator.publish import Writer
    writer = Writer(tmp_path, {})
    for rel in ("../../etc/passwd", "/etc/passwd", "cases/../../x", ""):
        with pytest.raises(ValueError):
            writer.write(rel, b"x")
    writer.write("cases/QX-1/index.html", b"ok")
    assert (tmp_path / "cases" / "QX-1" / "index.html").read_bytes() == b"ok"


def test_every_page_has_a_strict_content_security_policy(project):
    import re
    for path in (project / "site").rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
        assert csp, path
        policy = csp[1]
        assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy and "http" not in policy
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert directives["default-src"] == "'self'" and directives["object-src"] == "'none'", path
        assert directives["base-uri"] == directives["form-action"] == "'self'", path
        assert set(directives) <= {"default-src", "script-src", "img-src", "object-src", "base-uri", "form-action"}, path
        # Every inline script, with attributes or without (the search page's carries its settings).
        for script in re.findall(r"<script(?![^>]*\ssrc=)(?:\s[^>]*)?>(.*?)</script>", html, re.S):
            import base64
            digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in policy, path


def test_audit_finds_personal_data_and_third_party_requests(project, tmp_path):
    own = subprocess.run([sys.executable, "-m", "generator", "audit", "site"], cwd=project, capture_output=True, text=True)
    assert own.returncode == 0, own.stdout
    # The portal's own pages (data dictionary, statistics, notices with masked names) raise no false alarm.
    assert own.stdout.strip().splitlines()[-1] == "检查完毕：未发现个人信息或第三方请求（0 条提醒）。", own.stdout
    legacy = tmp_path / "legacy"
    legacy.mkdir()
    (legacy / "index.html").write_text(
        '<html><head><link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Noto"></head>\n'
        "<body><p>联系电话 13912345678</p><a href=\"https://example.org/\">外部链接不是请求</a></body></html>\n",
        encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "audit", str(legacy)], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "错误",
        "  legacy/index.html 第1行：“https://fonts.googleapis.com/css?family=…” 请求了第三方网址（访客的浏览器会连接该主机，在境内可能很慢并泄露访问信息）",
        "  legacy/index.html 第2行：“联系电话 139******78 | 外部链…” 含有手机号码，请删除或打码（如 138****5678）后重新提交",
        "检查发现 2 个问题、0 条提醒。",
    ]


@pytest.mark.parametrize("rel", ["../escape.html", "cases/../../escape.html", "/etc/escape.html", ""])
def test_writer_refuses_paths_outside_the_output_folder(tmp_path, rel):
    from generator.publish import Manifest, Writer
    writer = Writer(tmp_path / "site", Manifest())
    with pytest.raises(ValueError, match="refusing to write outside the output folder"):
        writer.write(rel, "x")
    assert not (tmp_path / "escape.html").exists()


def test_a_large_archive_is_checked_in_two_halves_with_the_same_findings(tmp_path, monkeypatch):
    """The personal-data check runs in two processes past 2,000 records: same problems, same order."""
    import datetime as dt
    from generator import gate
    from generator.demo import write_demo_data
    from generator.load import load
    from generator.problems import Report
    from generator.validate import validate

    write_demo_data(tmp_path / "data", 2400)
    report = Report()
    model = validate(load(tmp_path / "data", report), report, dt.date(2026, 11, 23))
    for case in (model.cases[5], model.cases[-5]):          # one leak in each half
        case.summary += "，联系电话13812345678"
    found = {}
    for name, pays in (("two processes", lambda total, workers=2: True), ("one", lambda *a, **k: False)):
        monkeypatch.setattr(gate, "parallel_pays", pays)
        found[name] = Report()
        gate.scan_model(model, Detector(), found[name])
    assert [p.row for p in found["one"].errors] == [model.cases[5].source.row, model.cases[-5].source.row]
    assert found["two processes"].problems == found["one"].problems


def test_the_published_folder_is_readable_by_a_web_server_running_as_another_user(tmp_path):
    import os
    import stat
    from sitebuild import build_fixture_site
    umask = os.umask(0o022)
    try:
        site = build_fixture_site(tmp_path / "site")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(site.stat().st_mode) == 0o755
    page = site / "cases" / "index.html"
    assert stat.S_IMODE(page.stat().st_mode) & 0o044 == 0o044


CLEAN_OUTCOMES = [
    "已向投诉人解释相关政策规定，投诉人表示理解。",
    "投诉人严重不满，经再次协调，已于次日办结。",
    "群众高度评价窗口服务，投诉人对处理结果表示满意。",
    "经办人周末加班，工作人员安排专人跟踪，已办结。",
    "经核查，投诉反映问题属实，已责令该局向投诉人当面道歉，并对当事工作人员王某进行效能告诫。",
    "已督促县自然资源局按照赣府发〔2025〕12号文件要求限时办结，并告知投诉人可拨打12345热线查询。",
]


def test_a_county_export_of_clerks_outcomes_validates_without_a_warning(tmp_path):
    """1,200 cases whose outcomes are sentences clerks write: no false alarm buries a real warning."""
    import csv
    import datetime as dt
    import io
    from generator.config import Config
    from generator.demo import write_demo_data
    from generator.spreadsheets import decode_csv
    from generator.pipeline import read_data

    write_demo_data(tmp_path / "data", 1200)
    for path in (tmp_path / "data" / "cases").glob("*.csv"):
        rows = list(csv.reader(io.StringIO(decode_csv(path.read_bytes()))))
        header = next(i for i, row in enumerate(rows) if "处理结果" in row)
        column = rows[header].index("处理结果")
        for number, row in enumerate(rows[header + 1:]):
            if len(row) > column and row[column]:
                row[column] = CLEAN_OUTCOMES[number % len(CLEAN_OUTCOMES)]
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
    report = read_data(tmp_path / "data", Config(public_contacts=["12345"]), dt.date(2026, 11, 23)).report
    assert report.errors == [] and report.warnings == [], [p.format() for p in report.problems[:5]]
