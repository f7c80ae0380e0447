"""Deterministic generator for the personal-data detector test corpus.

Run from the repository root:

    python tests/corpus/generate.py            # writes tests/corpus/dev.jsonl and holdout.jsonl

Templates live in shapes_dev.py (development set) and shapes_holdout.py (held-out set,
written independently; skipped when absent).  Each module defines

    POSITIVE: list[tuple[str, str]]   # (field, template) with at least one personal placeholder
    CLEAN:    list[tuple[str, str]]   # (field, template) without personal placeholders

Personal placeholders (labelled): {name} {name2} {id} {mobile} {card} {email} {im}
{address} {plate}.  Clean placeholders (not labelled): see CLEAN_GENERATORS below.
Every output line: {"field", "labels": [{"end", "kind", "start"}], "shape", "text"}.
"""
from __future__ import annotations

import datetime as _dt
import importlib.util
import json
import re
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from random import Random

try:
    from faker import Faker
except ImportError:  # pragma: no cover - message for the person running the script
    sys.exit("faker is required: pip install faker")

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True   # loading the shape modules should not leave __pycache__ behind
FIELDS = ("summary", "outcome", "action", "notice")

# Minimum sizes per output file.
MIN_POSITIVE_SENTENCES = 1200
MIN_CLEAN_SENTENCES = 1200
MIN_PER_KIND = {"id": 120, "mobile": 120, "card": 120, "email": 120, "im": 120,
                "address": 120, "plate": 120, "name": 400}
FILLS_PER_TEMPLATE = 10          # first pass: each template filled this many times
SEEDS = {"dev": 20260305, "holdout": 20260917, "fresh": 20261128}
# Each set: (its shapes module, its file, its seed, its shape ids' prefix).
SETS = (("shapes_dev", "dev.jsonl", SEEDS["dev"], "dev"),
        ("shapes_holdout", "holdout.jsonl", SEEDS["holdout"], "hold"),
        ("shapes_fresh", "fresh.jsonl", SEEDS["fresh"], "fresh"))

# placeholder -> label kind
PERSONAL = {"name": "name", "name2": "name", "id": "id", "mobile": "mobile", "card": "card",
            "email": "email", "im": "im", "address": "address", "plate": "plate"}

FULLWIDTH = str.maketrans("0123456789Xx+", "０１２３４５６７８９Ｘｘ＋")


def _pick_weighted(rng: Random, options):
    """options: list of (weight, value)."""
    total = sum(w for w, _ in options)
    r = rng.random() * total
    for w, v in options:
        r -= w
        if r < 0:
            return v
    return options[-1][1]


# ---------------------------------------------------------------- resident ID
PROVINCE_CODES = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                  50, 51, 52, 53, 54, 61, 62, 63, 64, 65]
ID_WEIGHTS = [pow(2, 17 - i, 11) for i in range(17)]


def id_check_char(first17: str) -> str:
    s = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    v = (12 - s % 11) % 11
    return "X" if v == 10 else str(v)


def _area_code(rng: Random) -> str:
    prov = rng.choice(PROVINCE_CODES)
    if rng.random() < 0.7:   # city 01-40 or 90, county 01-99: current, abolished and renamed alike
        city = rng.choice([rng.randint(1, 40), rng.randint(1, 40), 90])
        county = rng.randint(1, 99)
        return f"{prov:02d}{city:02d}{county:02d}"
    return f"{prov:02d}{rng.randint(0, 9999):04d}"    # any four digits


def _birth(rng: Random, lo: int, hi: int) -> _dt.date:
    start = _dt.date(lo, 1, 1).toordinal()
    end = _dt.date(hi, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def gen_id(rng: Random, fk: Faker) -> str:
    style = _pick_weighted(rng, [(55, "plain"), (8, "grouped"), (7, "dashed"), (10, "fullwidth"), (20, "old")])
    area = _area_code(rng)
    if style == "old":
        born = _birth(rng, 1930, 1999)
        value = f"{area}{born:%y%m%d}{rng.randint(0, 999):03d}"
        if rng.random() < 0.2:
            value = f"{value[:6]} {value[6:12]} {value[12:]}"
        return value
    born = _birth(rng, 1930, 2010)
    first17 = f"{area}{born:%Y%m%d}{rng.randint(0, 999):03d}"
    if rng.random() < 0.15:          # make sure enough IDs end in X
        for _ in range(50):
            if id_check_char(first17) == "X":
                break
            first17 = first17[:14] + f"{rng.randint(0, 999):03d}"
    value = first17 + id_check_char(first17)
    if value.endswith("X") and rng.random() < 0.4:
        value = value[:-1] + "x"
    if style == "grouped":
        value = f"{value[:6]} {value[6:14]} {value[14:]}"
    elif style == "dashed":
        value = f"{value[:6]}-{value[6:14]}-{value[14:]}"
    elif style == "fullwidth":
        value = value.translate(FULLWIDTH)
    return value


# ---------------------------------------------------------------- mobile
MOBILE_PREFIXES = ([str(p) for p in range(130, 140)] + ["145", "146", "147", "148", "149"]
                   + ["150", "151", "152", "153", "155", "156", "157", "158", "159"]
                   + ["162", "165", "166", "167"] + [str(p) for p in range(170, 179)]
                   + [str(p) for p in range(180, 190)] + [str(p) for p in range(190, 200)])


def gen_mobile(rng: Random, fk: Faker) -> str:
    num = rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 99999999):08d}"
    style = _pick_weighted(rng, [(50, "plain"), (12, "space"), (10, "dash"), (8, "+86 "), (8, "+86"), (12, "full")])
    if style == "space":
        return f"{num[:3]} {num[3:7]} {num[7:]}"
    if style == "dash":
        return f"{num[:3]}-{num[3:7]}-{num[7:]}"
    if style == "+86 ":
        return "+86 " + num
    if style == "+86":
        return "+86" + num
    if style == "full":
        return num.translate(FULLWIDTH)
    return num


# ---------------------------------------------------------------- bank card
def luhn_check_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:       # these positions get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


def gen_card(rng: Random, fk: Faker) -> str:
    kind = _pick_weighted(rng, [(70, "62"), (15, "4"), (15, "5")])
    if kind == "62":
        length = rng.choice([16, 16, 17, 18, 19, 19, 19])
        prefix = rng.choice(["622202", "622848", "621700", "622588", "621226", "623058", "622700",
                             "621661", "622908", "625965", "6217", "6228", "6236", "62"])
    elif kind == "4":
        length = 16
        prefix = rng.choice(["4", "427020", "438088", "4563"])
    else:
        length = 16
        prefix = rng.choice(["51", "52", "53", "54", "55", "552599", "518710"])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - 1 - len(prefix)))
    number = body + luhn_check_digit(body)
    if rng.random() < 0.35:
        number = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    return number


# ---------------------------------------------------------------- e-mail / IM
PINYIN_SURNAMES = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
                   "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang",
                   "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai",
                   "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lv", "ding", "ren", "lu", "yao", "shen",
                   "ouyang", "sima", "shangguan", "zhuge", "qin", "gu", "hou", "shao", "meng", "long", "wan"]
PINYIN_GIVEN = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan",
                "jie", "juan", "tao", "ming", "chao", "xiuying", "xia", "ping", "gang", "guihua", "hui",
                "jianguo", "xiaoming", "haiyan", "zhiqiang", "lihua", "chunmei", "dawei", "xin", "yu",
                "hao", "yun", "jiahao", "zihan", "yuxuan", "ruoxi", "guoping", "shuang"]
FREE_DOMAINS = ["qq.com", "qq.com", "163.com", "163.com", "126.com", "sina.com", "sina.cn", "foxmail.com",
                "yeah.net", "139.com", "sohu.com", "aliyun.com", "outlook.com", "gmail.com", "hotmail.com",
                "vip.163.com", "189.cn", "wo.cn"]
GOV_DOMAINS = ["jxzrzy.gov.cn", "mail.jx.gov.cn", "gz.gov.cn", "ganzhou.gov.cn", "jxhrss.gov.cn",
               "zj.gov.cn", "hz.gov.cn", "mail.hunan.gov.cn", "sc.gov.cn", "edu.cn", "jxnu.edu.cn",
               "qxrmyy.com", "qxedu.cn"]


def _pinyin_user(rng: Random) -> str:
    s, g = rng.choice(PINYIN_SURNAMES), rng.choice(PINYIN_GIVEN)
    pattern = rng.choice(["{s}{g}", "{s}{g}{n}", "{s}.{g}", "{s}_{g}", "{g}{s}", "{s}{g}{y}",
                          "{s[0]}{g}{n}", "{g}.{s}{y}", "{s}{g[0]}{n}"])
    return pattern.format(s=s, g=g, n=rng.randint(1, 999), y=rng.randint(1960, 2008))


def gen_email(rng: Random, fk: Faker) -> str:
    kind = _pick_weighted(rng, [(25, "faker"), (40, "pinyin"), (20, "qqnum"), (15, "gov")])
    if kind == "faker":
        return fk.email()
    if kind == "qqnum":
        return f"{rng.randint(10000, 3999999999)}@qq.com"
    if kind == "gov":
        return f"{_pinyin_user(rng)}@{rng.choice(GOV_DOMAINS)}"
    return f"{_pinyin_user(rng)}@{rng.choice(FREE_DOMAINS)}"


def gen_qq(rng: Random) -> str:
    length = rng.choice([5, 6, 7, 8, 8, 9, 9, 9, 10, 10, 11])
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))


def gen_wechat(rng: Random) -> str:
    kind = _pick_weighted(rng, [(30, "wxid"), (45, "pinyin"), (25, "random")])
    if kind == "wxid":
        chars = string.ascii_lowercase + string.digits
        value = "wxid_" + "".join(rng.choice(chars) for _ in range(rng.randint(6, 14)))
    elif kind == "pinyin":
        s, g = rng.choice(PINYIN_SURNAMES), rng.choice(PINYIN_GIVEN)
        value = rng.choice([f"{s}_{g}{rng.randint(1960, 2008)}", f"{s}{g}{rng.randint(1, 999)}",
                            f"{g}-{s}", f"{s}{g}_{rng.randint(10, 99)}", f"{s.capitalize()}{g.capitalize()}",
                            f"{s}-{g}-{rng.randint(1, 99)}", f"{g}{s}"])
    else:
        first = rng.choice(string.ascii_letters)
        rest = string.ascii_letters + string.digits + "_-"
        value = first + "".join(rng.choice(rest) for _ in range(rng.randint(5, 15)))
    if len(value) < 6:
        value += str(rng.randint(100, 999))
    return value[:20]


def gen_im(rng: Random, fk: Faker) -> str:
    return gen_qq(rng) if rng.random() < 0.5 else gen_wechat(rng)


# ---------------------------------------------------------------- address
ESTATES = ["幸福小区", "东湖花园", "锦绣华庭", "阳光新城", "翡翠湾", "金色家园", "滨江一号", "书香苑",
           "桂花园小区", "碧桂园", "恒大名都", "世纪城", "和谐家园", "南门新村", "教师新村", "供电局宿舍",
           "农机厂宿舍", "丽景湾", "紫荆苑", "江南明珠", "文苑小区", "清溪华府", "御景豪庭", "龙湖天街"]
ROADS = ["解放路", "建设路", "人民路", "中山路", "文明路", "新华街", "胜利路", "和平路", "北京路", "长征大道",
         "红旗大道", "滨江大道", "青年路", "东门街", "西湖路", "府前路", "迎宾大道", "沿江北路", "五一路", "健康路"]
TOWNS = ["梅林镇", "龙口镇", "白石镇", "潭头乡", "高田镇", "石城镇", "沙溪镇", "长岭乡", "黄坑乡", "清溪镇"]
VILLAGES = ["向阳村", "东山村", "下屋村", "大坪村", "新塘村", "石门村", "上坊村", "坪山村", "樟树村", "水口村"]
ADDR_PREFIXES = ["", "", "", "清溪县", "清溪县城区", "江西省赣州市章贡区", "赣州市南康区", "江西省清溪县",
                 "南昌市青山湖区", "浙江省杭州市西湖区", "清溪县城关镇"]


def gen_address(rng: Random, fk: Faker) -> str:
    kind = rng.randint(0, 9)
    prefix = rng.choice(ADDR_PREFIXES)
    b, u, r = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 33) * 100 + rng.randint(1, 6)
    if kind == 0:
        body = f"{rng.choice(ESTATES)}{b}栋{u}单元{r}室"
    elif kind == 1:
        body = f"{rng.choice(ROADS)}{rng.randint(1, 399)}号"
    elif kind == 2:
        town = rng.choice(TOWNS) if rng.random() < 0.5 else ""
        body = f"{town}{rng.choice(VILLAGES)}{rng.randint(1, 15)}组{rng.randint(1, 80)}号"
    elif kind == 3:
        body = f"{rng.choice(ESTATES)}{rng.choice('ABCDEFG')}座{r}"
    elif kind == 4:
        body = f"{rng.choice(ROADS)}{rng.randint(1, 200)}号院{b}号楼{u}门{r}"
    elif kind == 5:
        body = f"{rng.choice(ROADS)}{rng.randint(1, 300)}号{rng.choice(ESTATES)}{b}幢{r}室"
    elif kind == 6:
        body = f"{rng.choice(ROADS)}{rng.randint(1, 900)}弄{rng.randint(1, 60)}号{r}室"
    elif kind == 7:
        body = f"{rng.choice(ROADS)}{rng.choice(['东', '西', '南', '北'])}巷{rng.randint(1, 60)}号"
    elif kind == 8:   # Faker pieces, ending in a door/room number (Faker's own addresses end in a postcode)
        prefix = rng.choice(["", fk.province()]) + fk.city() + fk.district()
        body = f"{fk.street_name()}{rng.randint(1, 999)}号{rng.choice(['', f'{b}栋', f'{fk.building_number()}'])}{r}室"
    else:
        body = f"{rng.choice(ESTATES)}{b}-{u}-{r}"
    if prefix and kind != 8 and rng.random() < 0.5:
        prefix = ""
    return prefix + body


# ---------------------------------------------------------------- plate
PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_plate(rng: Random, fk: Faker) -> str:
    prov = "赣" if rng.random() < 0.3 else rng.choice(PLATE_PROVINCES)
    city = rng.choice(PLATE_LETTERS[:12]) if rng.random() < 0.8 else rng.choice(PLATE_LETTERS)
    r = rng.random()
    if r < 0.2:     # new-energy, 6 chars
        if rng.random() < 0.7:
            tail = rng.choice("DF") + rng.choice([rng.choice(PLATE_LETTERS), str(rng.randint(0, 9))]) \
                + f"{rng.randint(0, 9999):04d}"
        else:
            tail = f"{rng.randint(0, 99999):05d}" + rng.choice("DF")
    else:
        chars = [str(rng.randint(0, 9)) for _ in range(5)]
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            chars[rng.randint(0, 4)] = rng.choice(PLATE_LETTERS)
        tail = "".join(chars)
    sep = "·" if rng.random() < 0.3 else ""
    return f"{prov}{city}{sep}{tail}"


# ---------------------------------------------------------------- names
COMMON_SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
                       "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
RARE_SURNAMES = list("禤仉亓敖佘鄢庹郗茆睢逄昝芮訾笪冼湛邝隋靳甄栾琚阙巩蒯滕骆糜晏喻缪柏邴宓臧盛燕揭")
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "令狐", "慕容", "夏侯", "公孙", "长孙",
                     "宇文", "司徒", "端木", "呼延", "澹台", "闻人", "独孤", "南宫"]
GIVEN_CHARS = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂兰辉玉萍红娥玲芬燕彬鹏华建国志梅琴云莲晶婷雪"
                   "浩宇轩涵梓睿欣怡子墨诗琪俊博文昊嘉豪思彤雨晨佳慧铭瑶雯婧昕琳颖翔宏海峰岚淑珍凤兵斌春秀菊")
# given names / full strings that read as ordinary words in these texts
WORDLIKE = {"高兴", "张开", "金山", "安全", "方便", "江山", "万里", "程序", "向阳", "常年", "周末", "严重", "解释",
            "高度", "安排", "明确", "文明", "和平", "平安", "白云", "黎明", "石门", "马上", "于是", "任务", "建国",
            "国华", "向明", "高峰", "成功", "强国", "华强", "龙华", "建华", "高新", "东方红", "江南", "钟点", "白天",
            "温馨", "林立", "方向", "雷锋", "金华", "周全", "齐全", "路明", "时间", "江海", "上官", "东方明珠",
            "万华", "谢谢", "余额", "于洋", "田间", "杜绝", "范围", "方案", "包括", "宣传", "章程", "林业", "宁静"}


def gen_name(rng: Random, fk: Faker) -> str:
    for _ in range(100):
        kind = _pick_weighted(rng, [(35, "faker"), (30, "common"), (15, "rare"), (12, "compound"), (8, "faker_combo")])
        if kind == "faker":
            value = fk.name()
        elif kind == "faker_combo":
            value = fk.last_name() + (fk.first_name() if rng.random() < 0.6 else rng.choice(GIVEN_CHARS))
        else:
            surname = {"common": COMMON_SURNAMES, "rare": RARE_SURNAMES, "compound": COMPOUND_SURNAMES}[kind]
            s = rng.choice(surname)
            n = 1 if (kind == "compound" and rng.random() < 0.5) or rng.random() < 0.3 else 2
            value = s + "".join(rng.choice(GIVEN_CHARS) for _ in range(n))
        if not 2 <= len(value) <= 4 or "某" in value:
            continue
        if any(value[i:j] in WORDLIKE for i in range(len(value)) for j in range(i + 2, len(value) + 1)):
            continue
        return value
    raise RuntimeError("could not draw a name")


# ---------------------------------------------------------------- clean values
SURNAMES_FOR_MASK = COMMON_SURNAMES[:60] + ["欧阳", "司马"]
UNITS = ["县市场监督管理局", "县自然资源局", "县住房和城乡建设局", "县人力资源和社会保障局", "县公安局交通管理大队",
         "县不动产登记中心", "县人民医院", "县中医院", "县医疗保障局", "县行政审批局", "县税务局", "县交通运输局",
         "县城市管理局", "县卫生健康局", "县教育体育局", "县民政局", "县农业农村局", "县水利局", "县供电公司",
         "县自来水公司", "县政务服务中心", "县公积金管理中心", "金山街道办事处", "向阳街道办事处", "城关镇人民政府",
         "高新区管委会", "梅林镇人民政府", "龙口镇便民服务中心", "县公安局户政大队", "县退役军人事务局",
         "县生态环境局", "县司法局", "县社会保险事业管理局", "县融媒体中心", "县林业局", "黄坑乡人民政府",
         "东山村村民委员会", "幸福社区居民委员会", "县第二中学", "县妇幼保健院"]
PLACES = ["向阳街道", "金山街道", "幸福小区", "解放路", "东山村", "高新区", "向阳社区", "文明路", "城关镇", "梅林镇",
          "龙口镇", "白石镇", "石城镇", "黄坑乡", "大坪村", "新塘村", "滨江大道", "人民广场", "东门菜市场",
          "长征大道", "和平路口", "府前路", "工业园区", "汽车站", "火车站片区", "江南新区", "老城区", "马家洲",
          "史家巷", "严田村", "周家坊", "安和社区", "雷公山", "钱塘路", "孔目江", "常乐村", "宁都路", "方家岭"]
OFFICIAL_TITLES = ["县长", "副县长", "常务副县长", "局长", "副局长", "党组书记", "科长", "副科长", "纪委书记",
                   "主任", "副主任", "镇长", "党委书记", "所长", "站长", "院长", "分管领导", "大队长", "窗口负责人",
                   "村党支部书记", "社区主任", "监察室主任", "股长"]
MODEL_FIGURES = ["焦裕禄", "雷锋", "孔繁森", "杨善洲", "谷文昌", "廖俊波", "黄文秀", "张桂梅", "牛玉儒", "郑培民",
                 "沈浩", "王进喜", "钱学森", "邓稼先", "黄大年"]
HOTLINES = ["12345", "0797-12345", "0571-87000000", "0797-8123456", "0797-12345"]
DOC_ABBR = ["赣府发", "赣府办发", "县效能办", "清效投", "清府办发", "清纪发", "县政办字", "清效办字", "赣市府发"]
ITEM_CATEGORIES = ["XK", "QR", "QT", "GF", "CF", "JL", "ZS", "JF"]


def gen_date(rng: Random, fk: Faker) -> str:
    d = _dt.date(rng.choice([2024, 2025, 2025, 2026, 2026]), 1, 1) + _dt.timedelta(days=rng.randint(0, 364))
    style = rng.randint(0, 3)
    if style == 0:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 1:
        return d.isoformat()
    if style == 2:
        return f"{d.month}月{d.day}日"
    return f"{d.year}年{d.month}月"


def gen_amount(rng: Random, fk: Faker) -> str:
    style = rng.randint(0, 4)
    if style == 0:
        return f"{rng.randint(1, 99999)}.{rng.randint(0, 99):02d}元"
    if style == 1:
        return f"{rng.randint(1, 50)}万元"
    if style == 2:
        return f"{rng.randint(1, 200) * 10}元"
    if style == 3:
        return f"{rng.randint(1000, 99999)}.00元"
    return f"{rng.randint(1, 9)}.{rng.randint(1, 9)}万元"


def gen_case_no(rng: Random, fk: Faker) -> str:
    year = rng.choice([2025, 2026])
    if rng.random() < 0.6:
        return f"QX-{year}-{rng.randint(1, 999999):06d}"
    return f"{year}{rng.randint(1, 999999):06d}"


def gen_doc_no(rng: Random, fk: Faker) -> str:
    return f"{rng.choice(DOC_ABBR)}〔{rng.choice([2024, 2025, 2026])}〕{rng.randint(1, 150)}号"


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check_char(first17: str) -> str:
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARS[(31 - s % 31) % 31]


def _org_check(first8: str) -> str:
    s = sum(int(c, 36) * w for c, w in zip(first8, ORG_WEIGHTS))
    v = 11 - s % 11
    return "X" if v == 10 else ("0" if v == 11 else str(v))


def gen_credit_code(rng: Random, fk: Faker) -> str:
    dept, kind = rng.choice([("9", "1"), ("9", "2"), ("9", "3"), ("1", "1"), ("1", "2"), ("5", "1"), ("5", "2"),
                             ("9", "1"), ("9", "1"), ("5", "3"), ("1", "3")])
    area = rng.choice(["360700", "360702", "360721", "360781", "360730", "330106", "360100", "361000"])
    org_chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    first8 = "".join(rng.choice(org_chars if i else "0123456789MA") for i in range(8))
    org = first8 + _org_check(first8)
    first17 = dept + kind + area + org
    return first17 + uscc_check_char(first17)


def gen_item_no(rng: Random, fk: Faker) -> str:
    area = rng.choice(["360700", "360730", "360781", "360721"])
    return f"{area}-{rng.randint(1, 60):03d}-{rng.choice(ITEM_CATEGORIES)}-{rng.randint(1, 300):04d}"


def gen_ticket(rng: Random, fk: Faker) -> str:
    """11-digit work-order numbers that are not mobile numbers."""
    if rng.random() < 0.6:
        return f"{rng.choice([2025, 2026])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    return "1" + rng.choice("012") + "".join(str(rng.randint(0, 9)) for _ in range(9))


def gen_postcode(rng: Random, fk: Faker) -> str:
    return rng.choice(["344000", "341000", "330000", "310000", "344100", "342700", "343000", "336000"])


def gen_time(rng: Random, fk: Faker) -> str:
    h, m = rng.randint(7, 20), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return rng.choice([f"{h}时{m:02d}分" if m else f"{h}时", f"{h}:{m:02d}", f"{h}点{m}分" if m else f"{h}点"])


def gen_percent(rng: Random, fk: Faker) -> str:
    return rng.choice([f"{rng.randint(80, 100)}%", f"{rng.randint(600, 999) / 10}%", f"{rng.randint(1, 30)}%"])


PERSONAL_GENERATORS = {"name": gen_name, "name2": gen_name, "id": gen_id, "mobile": gen_mobile, "card": gen_card,
                       "email": gen_email, "im": gen_im, "address": gen_address, "plate": gen_plate}
CLEAN_GENERATORS = {
    "surname": lambda rng, fk: rng.choice(SURNAMES_FOR_MASK),
    "unit": lambda rng, fk: rng.choice(UNITS),
    "place": lambda rng, fk: rng.choice(PLACES),
    "date": gen_date,
    "amount": gen_amount,
    "case_no": gen_case_no,
    "doc_no": gen_doc_no,
    "credit_code": gen_credit_code,
    "hotline": lambda rng, fk: rng.choice(HOTLINES),
    "official_title": lambda rng, fk: rng.choice(OFFICIAL_TITLES),
    "model_figure": lambda rng, fk: rng.choice(MODEL_FIGURES),
    "count": lambda rng, fk: str(rng.randint(2, 30)),
    "item_no": gen_item_no,
    # extra clean placeholders (not in the original brief; shapes_holdout.py need not use them)
    "ticket": gen_ticket,
    "postcode": gen_postcode,
    "time": gen_time,
    "percent": gen_percent,
}


# ---------------------------------------------------------------- filling
_FORMATTER = string.Formatter()


def placeholders(template: str) -> list[str]:
    return [f for _, f, _, _ in _FORMATTER.parse(template) if f is not None]


def fill(template: str, rng: Random, fk: Faker) -> tuple[str, list[dict]]:
    """Fill a template. A placeholder used twice gets the same value both times."""
    values: dict[str, str] = {}
    for f in placeholders(template):
        if f in values:
            continue
        if f in PERSONAL_GENERATORS:
            v = PERSONAL_GENERATORS[f](rng, fk)
            if f == "name2":
                while v == values.get("name"):
                    v = gen_name(rng, fk)
            elif f == "name" and "name2" in values:
                while v == values["name2"]:
                    v = gen_name(rng, fk)
        elif f in CLEAN_GENERATORS:
            v = CLEAN_GENERATORS[f](rng, fk)
        else:
            raise KeyError(f"unknown placeholder {{{f}}} in template: {template}")
        values[f] = v
    parts = list(_FORMATTER.parse(template))
    # {amount} values carry their unit (元/万元); a template that writes "{amount}元" gets a bare number
    if "amount" in values and any(f == "amount" and i + 1 < len(parts) and parts[i + 1][0].startswith("元")
                                  for i, (_, f, _, _) in enumerate(parts)):
        values["amount"] = values["amount"].removesuffix("元")
    out, labels, pos = [], [], 0
    for literal, f, spec, conv in parts:
        out.append(literal)
        pos += len(literal)
        if f is None:
            continue
        if spec or conv:
            raise ValueError(f"format specs are not supported: {template}")
        v = values[f]
        if f in PERSONAL:
            labels.append({"kind": PERSONAL[f], "start": pos, "end": pos + len(v), "_value": v})
        out.append(v)
        pos += len(v)
    text = "".join(out)
    for lab in labels:   # the label covers exactly the inserted value
        assert text[lab["start"]:lab["end"]] == lab.pop("_value"), (template, text, lab)
    return text, labels


def load_shapes(name: str):
    path = HERE / f"{name}.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(f"corpus_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shape_id(prefix: str, field: str, i: int) -> str:
    return f"{prefix}-{field}-{i:03d}"


def validate_shapes(module, name: str) -> None:
    for group, want_personal in (("POSITIVE", True), ("CLEAN", False)):
        for field, template in getattr(module, group):
            if field not in FIELDS:
                raise ValueError(f"{name}.{group}: bad field {field!r} for {template}")
            fields = set(placeholders(template))
            unknown = fields - set(PERSONAL_GENERATORS) - set(CLEAN_GENERATORS)
            if unknown:
                raise KeyError(f"{name}.{group}: unknown placeholders {sorted(unknown)} in {template}")
            has_personal = bool(fields & set(PERSONAL))
            if has_personal != want_personal:
                raise ValueError(f"{name}.{group}: template {'lacks' if want_personal else 'has'} "
                                 f"personal placeholders: {template}")


def build(module, name: str, seed: int, prefix: str) -> list[dict]:
    validate_shapes(module, name)
    rng = Random(seed)
    fk = Faker("zh_CN")
    fk.seed_instance(seed)
    pos_shapes = [(_shape_id(prefix + "-pos", f, i), f, t) for i, (f, t) in enumerate(module.POSITIVE)]
    neg_shapes = [(_shape_id(prefix + "-cln", f, i), f, t) for i, (f, t) in enumerate(module.CLEAN)]
    rows: list[dict] = []
    seen: set[str] = set()
    kinds: Counter = Counter()

    def add(shape, field, template) -> bool:
        for _ in range(5):          # a few attempts to get a sentence not seen yet
            text, labels = fill(template, rng, fk)
            if text not in seen:
                seen.add(text)
                rows.append({"text": text, "field": field, "shape": shape, "labels": labels})
                kinds.update(lab["kind"] for lab in labels)
                return True
        return False

    for shape, field, template in pos_shapes:
        for _ in range(FILLS_PER_TEMPLATE):
            add(shape, field, template)
    # top up kinds that are short, cycling through the templates that carry them
    for kind, need in MIN_PER_KIND.items():
        carriers = [s for s in pos_shapes if kind in {PERSONAL[f] for f in placeholders(s[2]) if f in PERSONAL}]
        if not carriers:
            print(f"warning: {name} has no template for kind {kind}", file=sys.stderr)
            continue
        i = 0
        while kinds[kind] < need and i < 50 * need:
            add(*carriers[i % len(carriers)])
            i += 1
    i = 0
    while sum(1 for r in rows if r["labels"]) < MIN_POSITIVE_SENTENCES and i < 20 * MIN_POSITIVE_SENTENCES:
        add(*pos_shapes[i % len(pos_shapes)])
        i += 1
    for shape, field, template in neg_shapes:
        for _ in range(FILLS_PER_TEMPLATE):
            add(shape, field, template)
    i = 0
    while sum(1 for r in rows if not r["labels"]) < MIN_CLEAN_SENTENCES and i < 20 * MIN_CLEAN_SENTENCES:
        add(*neg_shapes[i % len(neg_shapes)])
        i += 1
    return rows


KIND_PATTERNS = {
    "mobile": re.compile(r"(\+86 ?)?1(3\d|4[5-9]|5[0-35-9]|6[25-7]|7[0-8]|8\d|9\d)([ -]?)\d{4}\3\d{4}"),
    "email": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "im": re.compile(r"[1-9]\d{4,10}|[A-Za-z][A-Za-z0-9_-]{5,19}"),
    "plate": re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]·?"
                        r"([A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF])"),
    "name": re.compile(r"[\u4e00-\u9fff]{2,4}"),
    "address": re.compile(r".*(\d+(号|室|栋|幢|门|组)?|[A-Z]座\d+)"),
}


def check(rows: list[dict]) -> None:
    """Every label is in range, non-overlapping, and its text is a plausible value of its kind;
    clean sentences contain no mobile-shaped number."""
    mobile_in_text = re.compile(r"(?<!\d)1(3\d|4[5-9]|5[0-35-9]|6[25-7]|7[0-8]|8\d|9\d)\d{8}(?!\d)")
    for r in rows:
        if not r["labels"]:
            assert not mobile_in_text.search(unicodedata.normalize("NFKC", r["text"])), r
        for lab in r["labels"]:
            value = unicodedata.normalize("NFKC", r["text"][lab["start"]:lab["end"]])
            pattern = KIND_PATTERNS.get(lab["kind"])
            assert pattern is None or pattern.fullmatch(value), (lab["kind"], value, r)
        last = 0
        for lab in sorted(r["labels"], key=lambda x: x["start"]):
            assert 0 <= lab["start"] < lab["end"] <= len(r["text"]), r
            assert lab["start"] >= last, f"overlapping labels: {r}"
            last = lab["end"]
            value = r["text"][lab["start"]:lab["end"]]
            assert value == value.strip() and value, r
            if lab["kind"] == "card":
                digits = value.replace(" ", "")
                assert digits.isdigit() and 16 <= len(digits) <= 19 and luhn_ok(digits), r
            elif lab["kind"] == "id":
                v = unicodedata.normalize("NFKC", value).replace(" ", "").replace("-", "").upper()
                assert len(v) in (15, 18), r
                if len(v) == 18:
                    assert id_check_char(v[:17]) == v[17], r


def write(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")


def summarize(rows: list[dict], label: str) -> None:
    pos = sum(1 for r in rows if r["labels"])
    kinds = Counter(lab["kind"] for r in rows for lab in r["labels"])
    shapes = len({r["shape"] for r in rows})
    print(f"{label}: {len(rows)} sentences, {pos} with personal data, {len(rows) - pos} clean, {shapes} shapes")
    print("  " + ", ".join(f"{k}={kinds[k]}" for k in MIN_PER_KIND))
    short = [k for k, n in MIN_PER_KIND.items() if kinds[k] < n]
    if pos < MIN_POSITIVE_SENTENCES or len(rows) - pos < MIN_CLEAN_SENTENCES or short:
        print(f"  WARNING: below target size (short kinds: {short})", file=sys.stderr)


def main() -> int:
    for name, out, seed, prefix in SETS:
        module = load_shapes(name)
        if module is None:
            print(f"{name}.py not found; {out} not written")
            continue
        rows = build(module, name, seed, prefix)
        check(rows)
        write(rows, HERE / out)
        summarize(rows, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
