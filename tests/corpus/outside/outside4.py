#!/usr/bin/env python3
"""Independent test corpus (outside4) for a personal-data detector on
Chinese government transparency portals (12345 hotlines, 机关效能投诉中心).

Writes outside4.jsonl beside this file.  Every label offset is computed while the
sentence is assembled and checked: text[start:end] == value, and no labelled
value occurs unlabelled elsewhere in its sentence.
"""
import json
import random
import re
from collections import Counter

from faker import Faker

SEED = 20250604
rng = random.Random(SEED)
fk = Faker("zh_CN")
fk.seed_instance(SEED)

OUT = str(__import__("pathlib").Path(__file__).with_suffix(".jsonl"))

# ---------------------------------------------------------------- regions
# (city, district, 6-digit admin code, plate letter, phone area code, towns)
REGIONS = {
    "GD": dict(
        prov="广东省", abbr="粤", post=["510", "528", "518"],
        hotline=["12345政务服务便民热线", "12345热线", "广州12345"],
        app=["粤省事", "粤商通"],
        areas=[
            ("广州市", "天河区", "440106", "A", "020", ["石牌街道", "棠下街道", "车陂街道"]),
            ("广州市", "白云区", "440111", "A", "020", ["嘉禾街道", "太和镇", "人和镇"]),
            ("广州市", "番禺区", "440113", "A", "020", ["大石街道", "南村镇", "石楼镇"]),
            ("佛山市", "南海区", "440605", "E", "0757", ["桂城街道", "大沥镇", "里水镇"]),
            ("佛山市", "顺德区", "440606", "E", "0757", ["大良街道", "乐从镇", "北滘镇"]),
            ("深圳市", "宝安区", "440306", "B", "0755", ["西乡街道", "沙井街道", "福永街道"]),
        ],
        villages=["沙溪村", "平山村", "联星村", "石碁村", "大塘村", "凤岗村", "谢边村"],
        estates=["华景新城", "祈福新邨", "丽江花园", "碧桂园凤凰城", "保利花园", "翠湖山庄", "中海锦城"],
        roads=["中山大道", "天河北路", "佛山大道", "桂澜路", "广州大道", "新港东路", "宝安大道"],
        docs=["穗府办", "佛府办函", "深府办", "南府办"],
    ),
    "SC": dict(
        prov="四川省", abbr="川", post=["610", "621", "637"],
        hotline=["12345亲民连心服务热线", "12345热线", "市长公开电话12345"],
        app=["天府通办", "蓉易办"],
        areas=[
            ("成都市", "武侯区", "510107", "A", "028", ["簇桥街道", "红牌楼街道", "玉林街道"]),
            ("成都市", "金牛区", "510106", "A", "028", ["茶店子街道", "营门口街道", "西华街道"]),
            ("成都市", "郫都区", "510117", "A", "028", ["犀浦街道", "安德街道", "唐昌街道"]),
            ("绵阳市", "涪城区", "510703", "B", "0816", ["城厢街道", "青义镇", "吴家镇"]),
            ("南充市", "顺庆区", "511302", "R", "0817", ["中城街道", "潆溪街道", "搬罾街道"]),
        ],
        villages=["战旗村", "青杠村", "双河村", "白果村", "金星村", "红光村", "石碾村"],
        estates=["棕北小区", "芳草街小区", "置信丽都花园", "万科城市花园", "清水河小区", "金沙西园", "蓝光花满庭"],
        roads=["人民南路", "蜀汉路", "玉林北路", "二环路西一段", "临江路", "长虹大道", "府河路"],
        docs=["成办发", "成府函", "绵府办发", "武府办"],
    ),
    "SD": dict(
        prov="山东省", abbr="鲁", post=["250", "266", "276"],
        hotline=["12345市民服务热线", "12345热线", "12345政务服务便民热线"],
        app=["爱山东", "泉城办"],
        areas=[
            ("济南市", "历下区", "370102", "A", "0531", ["龙洞街道", "燕山街道", "姚家街道"]),
            ("济南市", "历城区", "370112", "A", "0531", ["王舍人街道", "洪家楼街道", "唐冶街道"]),
            ("济南市", "章丘区", "370114", "A", "0531", ["明水街道", "双山街道", "刁镇"]),
            ("青岛市", "黄岛区", "370211", "B", "0532", ["长江路街道", "辛安街道", "灵山卫街道"]),
            ("临沂市", "兰山区", "371302", "Q", "0539", ["兰山街道", "银雀山街道", "枣园镇"]),
        ],
        villages=["孙家村", "宅科村", "西营村", "大辛庄村", "前屯村", "河头村", "王家庄村"],
        estates=["阳光舜城", "鲁能领秀城", "山水泉城", "万科城", "幸福家园", "海尔世纪公馆", "燕山小区"],
        roads=["经十路", "舜耕路", "历山路", "泉城路", "工业南路", "长江中路", "解放东路"],
        docs=["济政办字", "济政字", "青政办字", "临政办发"],
    ),
    "JX": dict(
        prov="江西省", abbr="赣", post=["330", "341", "334"],
        hotline=["12345政务服务便民热线", "12345热线", "赣州12345"],
        app=["赣服通", "赣政通"],
        areas=[
            ("南昌市", "青山湖区", "360111", "A", "0791", ["湖坊镇", "塘山镇", "京东镇"]),
            ("南昌市", "新建区", "360112", "A", "0791", ["长堎镇", "望城镇", "西山镇"]),
            ("赣州市", "章贡区", "360702", "B", "0797", ["解放街道", "沙石镇", "水西镇"]),
            ("赣州市", "南康区", "360703", "B", "0797", ["蓉江街道", "唐江镇", "龙岭镇"]),
            ("上饶市", "信州区", "361102", "E", "0793", ["西市街道", "沙溪镇", "秦峰镇"]),
        ],
        villages=["罗坊村", "上坪村", "横江村", "潭口村", "樟树村", "塘背村", "桥头村"],
        estates=["红谷凯旋", "中海国际社区", "绿地新都会", "洪都新村", "阳明花园", "和谐家园", "章江花园"],
        roads=["八一大道", "北京西路", "红旗大道", "章江路", "青山南路", "文清路", "带湖路"],
        docs=["洪府办发", "赣市府办字", "饶府办发", "章府办字"],
    ),
    "HN": dict(
        prov="湖南省", abbr="湘", post=["410", "412", "421"],
        hotline=["12345政务服务便民热线", "12345热线", "市长热线12345"],
        app=["湘易办", "我的长沙"],
        areas=[
            ("长沙市", "岳麓区", "430104", "A", "0731", ["望城坡街道", "梅溪湖街道", "观沙岭街道"]),
            ("长沙市", "雨花区", "430111", "A", "0731", ["洞井街道", "侯家塘街道", "黎托街道"]),
            ("长沙市", "长沙县", "430121", "A", "0731", ["星沙街道", "黄花镇", "榔梨街道"]),
            ("株洲市", "天元区", "430211", "B", "0731", ["嵩山路街道", "栗雨街道", "群丰镇"]),
            ("衡阳市", "蒸湘区", "430408", "D", "0734", ["红湘街道", "联合街道", "雨母山镇"]),
        ],
        villages=["光明村", "花桥村", "杨梅村", "金鹰村", "新塘村", "白沙村", "石塘村"],
        estates=["湘江世纪城", "中建芙蓉嘉苑", "梅溪湖壹号", "北辰三角洲", "东方红小区", "万科魅力之城", "天际岭小区"],
        roads=["五一大道", "芙蓉中路", "韶山路", "人民东路", "桐梓坡路", "蒸阳北路", "神农大道"],
        docs=["长政办发", "长政办函", "株政办发", "衡政办发"],
    ),
    "ZJ": dict(
        prov="浙江省", abbr="浙", post=["310", "311", "315", "325"],
        hotline=["12345统一政务咨询投诉举报平台", "12345热线", "12345政务服务热线"],
        app=["浙里办", "浙政钉"],
        areas=[
            ("杭州市", "西湖区", "330106", "A", "0571", ["蒋村街道", "转塘街道", "翠苑街道"]),
            ("杭州市", "余杭区", "330110", "A", "0571", ["五常街道", "闲林街道", "仓前街道"]),
            ("杭州市", "萧山区", "330109", "A", "0571", ["瓜沥镇", "新塘街道", "北干街道"]),
            ("宁波市", "鄞州区", "330212", "B", "0574", ["首南街道", "中河街道", "姜山镇"]),
            ("温州市", "鹿城区", "330302", "C", "0577", ["五马街道", "南汇街道", "藤桥镇"]),
        ],
        villages=["梅家坞村", "东山村", "横路村", "凤凰村", "徐家村", "上埠村", "山后村"],
        estates=["翠苑一区", "西溪诚园", "金地自在城", "绿城桂花园", "东方郡", "南都德加公寓", "闲林山水"],
        roads=["文三路", "天目山路", "钱江路", "解放路", "中山东路", "学院路", "五常大道"],
        docs=["杭政办函", "杭政办发", "甬政办发", "温政办"],
    ),
    "FJ": dict(
        prov="福建省", abbr="闽", post=["350", "362", "351"],
        hotline=["12345便民服务平台", "12345热线", "12345政务服务便民热线"],
        app=["闽政通", "e福州"],
        areas=[
            ("福州市", "鼓楼区", "350102", "A", "0591", ["安泰街道", "东街街道", "洪山镇"]),
            ("福州市", "仓山区", "350104", "A", "0591", ["城门镇", "盖山镇", "金山街道"]),
            ("泉州市", "丰泽区", "350503", "C", "0595", ["东海街道", "城东街道", "北峰街道"]),
            ("泉州市", "晋江市", "350582", "C", "0595", ["陈埭镇", "青阳街道", "安海镇"]),
            ("莆田市", "城厢区", "350302", "B", "0594", ["龙桥街道", "华亭镇", "霞林街道"]),
        ],
        villages=["蔡厝村", "洋下村", "林浦村", "溪前村", "湖头村", "后埔村", "下郑村"],
        estates=["融侨锦江", "东方名城", "泰禾红树林", "温泉公园小区", "世茂云图", "阳光城翡丽湾", "金山碧水"],
        roads=["五四路", "温陵路", "东街", "田中央路", "学园路", "丰泽街", "工业路"],
        docs=["榕政综", "榕政办", "泉政文", "莆政办"],
    ),
}
REGION_KEYS = list(REGIONS)

# ---------------------------------------------------------------- names
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
REGION_SURNAMES = {
    "GD": "陈黄梁冼麦谭邝植钟罗李何",
    "SC": "王李张刘陈杨何罗蒲冉母苟",
    "SD": "王张刘李孙于曲丛隋鞠亓",
    "JX": "刘钟曾熊邹胡涂揭袁黄",
    "HN": "刘李彭谭贺肖周易邓龙",
    "ZJ": "王陈张徐金俞楼应缪毛",
    "FJ": "林陈黄郑蔡庄洪柯苏吴",
}
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "司徒"]
MALE_G = "伟强军勇涛斌杰磊鹏辉刚明建国华平文志东海波峰林宏龙浩俊鑫宇凯晨轩博德永春成福荣庆祥贵发根才兴全胜武超亮"
FEMALE_G = "芳丽敏静燕娟霞玲红梅琳萍婷雪慧兰琴艳英秀珍凤桂淑丹莉颖倩欣怡佳悦晓雅媛"
# names that are also ordinary words / place-like
TRICKY_M = ["江山", "高峰", "石磊", "向东", "金鑫", "万里", "常青", "田野", "林海", "何平", "马力",
            "李国庆", "张建华", "陈平安", "王平安", "刘建国", "杨建华", "周国庆", "黄河清", "高山",
            "金华", "安庆", "岳阳", "黎明", "柏林", "钟山", "程功", "梁栋", "华夏", "于洋", "钟声"]
TRICKY_F = ["安宁", "王海燕", "文静", "白雪", "夏天", "李海燕", "方圆", "赵红梅", "宋佳", "任静",
            "余欢", "陈海燕", "江南", "林夕", "孔雀", "常欢", "金玲"]


def gen_given(chars, rg):
    if rg.random() < 0.3:
        return rg.choice(chars)
    return rg.choice(chars) + rg.choice(chars)


def gen_name(ctx, gender=None):
    g = gender or rg_choice(["m", "f"])
    r = rng.random()
    if r < 0.13:
        return rng.choice(TRICKY_M if g == "m" else TRICKY_F)
    if r < 0.33:
        return fk.name_male() if g == "m" else fk.name_female()
    if r < 0.36:
        sur = rng.choice(COMPOUND)
    elif r < 0.60:
        sur = rng.choice(REGION_SURNAMES[ctx["rk"]])
    else:
        sur = rng.choice(SURNAMES)
    given = gen_given(MALE_G if g == "m" else FEMALE_G, rng)
    if given[0] == given[-1] and len(given) == 2 and rng.random() < 0.7:
        given = given[0]
    return sur + given


def rg_choice(xs):
    return rng.choice(xs)


# ---------------------------------------------------------------- numbers
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151",
                 "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
                 "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191",
                 "198", "199"]


def gen_mobile(ctx):
    m = rng.choice(MOBILE_PREFIX) + "".join(rng.choice("0123456789") for _ in range(8))
    r = rng.random()
    if r < 0.08:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if r < 0.13:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    return m


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def id_valid(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    return id_check(s[:17]) == s[17].upper()


def gen_id(ctx):
    code = ctx["area"][2] if rng.random() < 0.7 else rng.choice(
        [a[2] for a in REGIONS[ctx["rk"]]["areas"]])
    y = rng.randint(1942, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = f"{rng.randint(1, 999):03d}"
    s17 = f"{code}{y}{m:02d}{d:02d}{seq}"
    return s17 + id_check(s17)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CARD_BINS = [("622202", 19), ("621700", 19), ("622848", 19), ("623058", 19), ("621226", 19),
             ("622588", 16), ("621483", 16), ("622262", 19), ("621799", 19), ("625965", 16),
             ("622908", 18), ("621462", 17)]


def gen_card(ctx):
    b, n = rng.choice(CARD_BINS)
    body = b + "".join(rng.choice("0123456789") for _ in range(n - len(b) - 1))
    return luhn_complete(body)


MAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "hotmail.com",
                "139.com", "yeah.net", "outlook.com", "gmail.com", "sohu.com"]


def gen_email(ctx):
    r = rng.random()
    if r < 0.25:
        local = str(rng.randint(10000, 3999999999))
        dom = "qq.com"
    elif r < 0.65:
        local = fk.user_name()
        if rng.random() < 0.6:
            local += str(rng.randint(1, 2005))
        dom = rng.choice(MAIL_DOMAINS)
    else:
        local = fk.first_romanized_name().lower() + rng.choice(["", ".", "_"]) + \
            fk.last_romanized_name().lower() + str(rng.randint(0, 99))
        dom = rng.choice(MAIL_DOMAINS)
    return f"{local}@{dom}"


def gen_qq(ctx):
    n = rng.choice([6, 7, 8, 9, 9, 10, 10, 10])
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def gen_wx(ctx):
    r = rng.random()
    al = "abcdefghijklmnopqrstuvwxyz0123456789"
    if r < 0.3:
        return "wxid_" + "".join(rng.choice(al) for _ in range(14))
    if r < 0.75:
        base = fk.user_name()
        base = re.sub(r"[^A-Za-z0-9_]", "", base) or "zhang"
        if not base[0].isalpha():
            base = "a" + base
        return (base + rng.choice(["", "_", "-"]) + str(rng.randint(1960, 2009)))[:20]
    s = rng.choice("abcdefghijklmnopqrstuvwxyz")
    s += "".join(rng.choice(al + "_") for _ in range(rng.randint(6, 12)))
    return s


def gen_im(ctx):
    return gen_qq(ctx) if rng.random() < 0.5 else gen_wx(ctx)


PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_plate(ctx):
    reg = REGIONS[ctx["rk"]]
    letter = ctx["area"][3] if rng.random() < 0.8 else rng.choice(PLATE_L[:8])
    sep = "·" if rng.random() < 0.3 else ""
    if rng.random() < 0.2:
        body = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    else:
        chars = [rng.choice("0123456789") for _ in range(5)]
        for _ in range(rng.choice([0, 1, 1, 2])):
            chars[rng.randint(0, 3)] = rng.choice(PLATE_L)
        body = "".join(chars)
    return f"{reg['abbr']}{letter}{sep}{body}"


# ---------------------------------------------------------------- addresses (home, door level)
def gen_addr(ctx):
    rk = ctx["rk"]
    reg = REGIONS[rk]
    city, dist = ctx["area"][0], ctx["area"][1]
    town = ctx["town"] if rng.random() < 0.5 else rng.choice(ctx["area"][5])
    village = rng.choice(reg["villages"])
    estate = rng.choice(reg["estates"])
    road = rng.choice(reg["roads"])
    b, u, fl, k = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 33), rng.randint(1, 4)
    room = f"{fl}{k:02d}"
    style = rng.random()
    if style < 0.55:  # apartment
        if rk == "GD":
            core = rng.choice([f"{estate}{b}座{room}房", f"{estate}{b}栋{room}房",
                               f"{estate}{rng.choice('ABCDE')}区{b}栋{room}"])
        elif rk == "SC":
            core = rng.choice([f"{estate}{b}栋{u}单元{fl}楼{k}号", f"{estate}{b}栋{u}单元{room}号",
                               f"{estate}{b}幢{u}单元{room}室"])
        elif rk == "SD":
            core = rng.choice([f"{estate}{b}号楼{u}单元{room}室", f"{estate}{b}号楼{u}单元{room}",
                               f"{estate}{b}区{rng.randint(1, 20)}号楼{u}单元{room}室"])
        elif rk == "ZJ":
            core = rng.choice([f"{estate}{b}幢{u}单元{room}室", f"{estate}{b}幢{room}室",
                               f"{estate}{b}幢{u}单元{room}"])
        else:
            core = rng.choice([f"{estate}{b}栋{u}单元{room}室", f"{estate}{b}栋{room}室",
                               f"{estate}{b}栋{u}单元{room}"])
    elif style < 0.8:  # village, door number
        m = rng.randint(1, 168)
        if rk in ("HN", "JX", "SC"):
            core = f"{town}{village}{rng.randint(1, 15)}组{m}号"
        elif rk == "GD":
            core = f"{town}{village}{rng.choice(['东', '西', '南', '北', '新'])}{rng.choice('一二三四五六七八九')}巷{m}号"
        elif rk == "SD":
            core = rng.choice([f"{town}{village}{m}号", f"{town}{village}{rng.choice(['东', '西', '前', '后'])}街{m}号"])
        elif rk == "ZJ":
            core = rng.choice([f"{town}{village}{m}号", f"{town}{village}{rng.choice(['上', '下', '里', '外'])}{rng.choice(['宅', '岙', '畈'])}{m}号"])
        else:
            core = f"{town}{village}{rng.choice(['', '后', '顶'])}{m}号"
        return (dist + core) if rng.random() < 0.4 else core
    else:  # road + number of a home
        n = rng.randint(2, 388)
        if rk == "GD":
            core = rng.choice([f"{road}{n}号之{rng.choice('一二三')}{room}房", f"{road}{n}号{b}栋{room}房"])
        elif rk == "SD":
            core = rng.choice([f"{road}{n}号院{b}号楼{u}单元{room}室", f"{road}{n}号{b}号楼{room}"])
        else:
            core = rng.choice([f"{road}{n}号{b}栋{room}室", f"{road}{n}号附{k}号", f"{road}{n}号{u}单元{room}室", f"{road}{n}号"])
    r = rng.random()
    if r < 0.3:
        return dist + core
    if r < 0.45:
        return city + dist + core
    if r < 0.5:
        return reg["prov"] + city + dist + core
    return core


# ---------------------------------------------------------------- unlabelled look-alikes
def ri(a, b):
    return rng.randint(a, b)


def gen_date(ctx):
    y, m, d = ri(2023, 2025), ri(1, 12), ri(1, 28)
    r = rng.random()
    if r < 0.6:
        return f"{y}年{m}月{d}日"
    if r < 0.85:
        return f"{m}月{d}日"
    return f"{y}-{m:02d}-{d:02d}"


def gen_time(ctx):
    h, mi = ri(8, 18), ri(0, 59)
    return rng.choice([f"{h}时{mi:02d}分", f"{h}:{mi:02d}", f"上午{ri(8, 11)}时许", f"下午{ri(2, 5)}时许"])


def gen_amount(ctx):
    v = rng.choice([ri(5, 99) * 100, ri(1, 40) * 500, ri(300, 9000), ri(10, 300) * 100 + rng.choice([0, 50])])
    if v >= 10000 and rng.random() < 0.4:
        return f"{v:,}"
    return str(v)


def gen_wan(ctx):
    return rng.choice([str(ri(2, 80)), f"{ri(1, 99)}.{ri(1, 9)}", f"{ri(1, 60)}.{ri(10, 99)}"])


def nonluhn_digits(n, prefix=""):
    while True:
        s = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix)))
        if not luhn_ok(s):
            return s


def gen_wo(ctx):
    y, m, d = ri(2023, 2025), ri(1, 12), ri(1, 28)
    r = rng.random()
    code = {"GD": "GZ", "SC": "CD", "SD": "JN", "JX": "GZS", "HN": "CS", "ZJ": "HZ", "FJ": "FZ"}[ctx["rk"]]
    if r < 0.35:
        return f"{code}{y}{m:02d}{d:02d}{ri(1, 99999):06d}"
    if r < 0.6:
        return nonluhn_digits(16, f"{y}{m:02d}{d:02d}")
    if r < 0.8:
        return f"12345-{y}-{m:02d}{d:02d}-{ri(1, 9999):04d}"
    return f"{y}{m:02d}{d:02d}{ri(0, 9999):04d}"


def gen_docno(ctx):
    reg = REGIONS[ctx["rk"]]
    pre = rng.choice(reg["docs"] + [ctx["area"][1][:2] + "纪发", ctx["area"][1][:2] + "效能办"])
    return f"{pre}〔{ri(2021, 2025)}〕{ri(1, 150)}号"


def gen_caseno(ctx):
    return f"A{ctx['area'][2]}{ri(100000, 999999)}{ri(2023, 2025)}{ri(1, 12):02d}{ri(1, 9999):04d}"


def gen_credit(ctx):
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    mid = "".join(rng.choice(al) for _ in range(7))
    if not re.search("[A-Z]", mid):
        mid = mid[:3] + rng.choice("ABCDEFGH") + mid[4:]
    return f"91{ctx['area'][2]}MA{mid}{rng.choice(al)}"


def gen_ophone(ctx):
    a = ctx["area"][4]
    r = rng.random()
    if r < 0.15:
        return f"{a}-12345"
    if r < 0.3:
        return f"（{a}）{ri(2, 8)}{ri(1000000, 9999999)}"
    ln = 8 if len(a) == 3 or a in ("0531", "0532", "0571", "0574", "0591", "0595", "0731", "0757", "0769", "0755", "0791", "0797") else 7
    first = rng.choice("2345678")
    return f"{a}-{first}{''.join(rng.choice('0123456789') for _ in range(ln - 1))}"


def gen_post(ctx):
    return rng.choice(REGIONS[ctx["rk"]]["post"]) + f"{ri(0, 999):03d}"


DEPTS = ["城市管理和综合执法局", "住房和城乡建设局", "人力资源和社会保障局", "市场监督管理局", "生态环境分局",
         "交通运输局", "自然资源局", "民政局", "卫生健康局", "教育局", "医疗保障局", "水务局", "信访局",
         "政务服务数据管理局", "农业农村局", "应急管理局"]
TOWN_OFFICES = ["综合行政执法队", "社会事务办", "城建办", "综治中心", "便民服务中心", "农业农村办", "民政办", "平安办"]


def gen_org(ctx):
    r = rng.random()
    if r < 0.6:
        return ctx["area"][1] + rng.choice(DEPTS)
    if r < 0.85:
        return ctx["town"] + rng.choice(TOWN_OFFICES)
    return ctx["area"][0] + rng.choice(DEPTS)


TITLES = ["副局长", "科长", "副主任", "执法中队长", "股长", "四级主任科员", "一级科员", "二级主任科员",
          "副科长", "办公室主任", "法规科科长", "执法大队副大队长"]
TTOWN = ["副镇长", "党委委员", "党政办主任", "网格长", "副主任", "综治中心主任", "武装部长", "办事员", "安监站站长"]


def gen_title(ctx):
    return rng.choice(TITLES)


SHOPS = ["张亮麻辣烫", "杨国福麻辣烫", "老王理发店", "李宁专卖店", "刘一手火锅", "王老吉凉茶铺", "陈记肠粉",
         "周黑鸭", "李先生牛肉面", "老张烧烤", "沙县小吃", "黄焖鸡米饭", "阿强烧腊", "蜜雪冰城",
         "张记水饺", "王婆大虾", "胡大饭馆", "陈李济大药房", "老赵修车铺", "小杨生煎", "马记拉面",
         "孙二娘土菜馆", "刘姐家常菜", "老周五金店"]


def gen_shop(ctx):
    return rng.choice(SHOPS)


EATERIES = [x for x in SHOPS if not any(w in x for w in ("理发", "专卖", "修车", "五金", "药房"))]


CO_WORDS = ["恒达", "鑫源", "华信", "万家", "宏图", "盛世", "锦程", "金鑫", "永安", "建华", "平安", "安宁",
            "众诚", "东升", "国庆", "中天", "顺发"]
CO_TYPES = ["物业管理", "建筑工程", "房地产开发", "商贸", "教育咨询", "物流", "混凝土", "电动车销售", "家政服务",
            "劳务派遣", "餐饮管理", "新能源科技"]


def gen_company(ctx):
    return f"{ctx['area'][0][:-1]}{rng.choice(CO_WORDS)}{rng.choice(CO_TYPES)}有限公司"


def gen_oaddr(ctx):
    reg = REGIONS[ctx["rk"]]
    s = f"{ctx['area'][1]}{rng.choice(reg['roads'])}{ri(1, 399)}号"
    if rng.random() < 0.3:
        s += f"{ri(1, 12)}楼"
    return s


LAWS = ["中华人民共和国个人信息保护法", "信访工作条例", "中华人民共和国劳动合同法", "保障农民工工资支付条例",
        "物业管理条例", "城市市容和环境卫生管理条例", "中华人民共和国噪声污染防治法", "中华人民共和国食品安全法",
        "中华人民共和国道路交通安全法", "中国共产党纪律处分条例", "中华人民共和国公职人员政务处分法",
        "优化营商环境条例", "中华人民共和国消费者权益保护法", "中华人民共和国土地管理法",
        "中华人民共和国政府信息公开条例", "社会救助暂行办法", "巡游出租汽车经营服务管理规定",
        "中华人民共和国大气污染防治法", "中华人民共和国消防法"]
MODELS = ["雷锋", "焦裕禄", "孔繁森", "杨善洲", "廖俊波", "黄文秀", "张桂梅", "谷文昌", "王进喜", "郑德荣",
          "黄大年", "李保国"]
HIST = ["林则徐", "海瑞", "包拯", "岳飞", "文天祥", "于谦", "王阳明", "范仲淹", "戚继光", "郑板桥", "杨震", "况钟"]
PLACES = ["江山市", "安宁市", "龙岩市", "金华市", "安庆市", "岳阳市", "常德市", "高邮市", "建德市", "东阳市",
          "永康市", "武安市", "平凉市", "海宁市", "晋江市"]


def sur(ctx):
    if rng.random() < 0.4:
        return rng.choice(REGION_SURNAMES[ctx["rk"]])
    return rng.choice(SURNAMES)


def gen_mk(ctx):
    s = sur(ctx)
    return rng.choice([f"{s}某", f"{s}某某", f"{s}**", f"{s}××", f"{s}女士", f"{s}先生", f"{s}师傅",
                       f"老{s}", f"小{s}", f"{s}阿姨", f"{s}*{rng.choice(MALE_G + FEMALE_G)}", f"{s}某（女）"])


def gen_mkc(ctx):  # formal masked complainant
    s = sur(ctx)
    return rng.choice([f"{s}某", f"{s}某某", f"{s}**", f"{s}女士", f"{s}先生", f"{s}××", f"{s}*"])


def gen_mko(ctx):
    return sur(ctx) + rng.choice(["科长", "所长", "大队长", "主任", "站长", "书记", "队长", "股长", "专干",
                                  "局长", "镇长", "组长", "副所长", "副主任", "中队长"])


def gen_mkx(ctx):
    return sur(ctx) + rng.choice(["某", "某某", "某某", "**"])


def gen_mobmask(ctx):
    m = rng.choice(MOBILE_PREFIX)
    return rng.choice([f"{m}****{ri(0, 9999):04d}", f"{m}******{ri(0, 99):02d}", f"{m[:3]}*****{ri(0, 999):03d}"])


def gen_idmask(ctx):
    c = ctx["area"][2]
    return rng.choice([f"{c}********{ri(0, 999):03d}{rng.choice('0123456789X')}",
                       f"{c[:4]}**********{ri(0, 9999):04d}", f"{c}{ri(1950, 2000)}****{ri(0, 99):02d}**"])


def gen_platemask(ctx):
    reg = REGIONS[ctx["rk"]]
    L = ctx["area"][3]
    return rng.choice([f"{reg['abbr']}{L}·***{ri(0, 99):02d}", f"{reg['abbr']}{L}{ri(0, 9)}***{ri(0, 9)}",
                       f"{reg['abbr']}{L}****{rng.choice(PLATE_L)}"])


def gen_bank(ctx):
    return rng.choice(["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "农村商业银行", "邮储银行"]) + \
        ctx["area"][1] + "支行"


UNL = {
    "date": gen_date, "time": gen_time, "amount": gen_amount, "wan": gen_wan, "wo": gen_wo,
    "docno": gen_docno, "caseno": gen_caseno, "credit": gen_credit, "ophone": gen_ophone,
    "post": gen_post, "org": gen_org, "title": gen_title, "ttown": lambda c: rng.choice(TTOWN), "sec": lambda c: str(ri(30, 75)), "shop": gen_shop, "eatery": lambda c: rng.choice(EATERIES), "company": gen_company,
    "oaddr": gen_oaddr, "law": lambda c: rng.choice(LAWS), "model": lambda c: rng.choice(MODELS),
    "hist": lambda c: rng.choice(HIST), "place": lambda c: rng.choice(PLACES),
    "mk": gen_mk, "mkc": gen_mkc, "mko": gen_mko, "mkx": gen_mkx,
    "mobmask": gen_mobmask, "idmask": gen_idmask, "platemask": gen_platemask, "bank": gen_bank,
    "n": lambda c: str(ri(2, 30)), "m": lambda c: str(ri(1, 12)), "year": lambda c: str(ri(2021, 2025)),
    "ybirth": lambda c: str(ri(1962, 1990)),
    "days": lambda c: str(rng.choice([3, 5, 7, 10, 15])), "pct": lambda c: str(ri(3, 30)),
    "big": lambda c: f"{ri(8000, 260000):,}", "cardtail": lambda c: f"{ri(0, 9999):04d}",
    "n7": lambda c: f"{ri(0, 9999999):07d}", "lic": lambda c: "".join(rng.choice("0123456789") for _ in range(14)),
    "payno": lambda c: "".join(rng.choice("0123456789") for _ in range(20)),
    "lao": lambda c: "老" + sur(c), "xiao": lambda c: "小" + sur(c),
    "hotline": lambda c: rng.choice(REGIONS[c["rk"]]["hotline"]),
    "app": lambda c: rng.choice(REGIONS[c["rk"]]["app"]),
    "abbr": lambda c: REGIONS[c["rk"]]["abbr"],
}
CTX_SLOTS = {"city", "district", "town", "village", "estate", "road"}

LAB = {
    "name": ("name", lambda c: gen_name(c)), "mname": ("name", lambda c: gen_name(c, "m")),
    "fname": ("name", lambda c: gen_name(c, "f")), "addr": ("address", gen_addr),
    "mobile": ("mobile", gen_mobile), "id": ("id", gen_id), "card": ("card", gen_card),
    "email": ("email", gen_email), "qq": ("im", gen_qq), "wx": ("im", gen_wx), "im": ("im", gen_im),
    "plate": ("plate", gen_plate),
}


def ctx_value(ctx, base, idx):
    reg = REGIONS[ctx["rk"]]
    if not idx:
        return ctx[base]
    pools = {"city": [a[0] for a in reg["areas"]], "district": [a[1] for a in reg["areas"]],
             "town": ctx["area"][5], "village": reg["villages"], "estate": reg["estates"], "road": reg["roads"]}
    opts = [x for x in pools[base] if x != ctx[base]]
    return rng.choice(opts)


# ---------------------------------------------------------------- templates
# (id, field, region or "*", text)
PD = [
    # ---------------- summary: work-order narratives
    ("p001", "summary", "GD", "市民{fname}来电反映，{district}{town}{estate}楼下有宵夜档每晚经营至凌晨两点，油烟和噪音严重扰民，此前已向物业{mk}反映无果。住址：{addr}，联系电话：{mobile}。"),
    ("p002", "summary", "GD", "来电人{name}（电话{mobile}）称，其于{date}在“{eatery}”用餐后出现腹泻，要求市场监管部门调查并责令商家赔偿。"),
    ("p003", "summary", "GD", "{hotline}接{name}来电：其父亲{mname}于{date}在{district}某工地做工时从脚手架摔落受伤，包工头{mname2}拒付医药费，诉求协调处理。"),
    ("p004", "summary", "GD", "工单编号{wo}。诉求人{name}，身份证号码{id}，反映其社保个人账户在{date}被他人冒用参保，请求核查并更正。"),
    ("p005", "summary", "SC", "来电人{name}反映：{district}{town}{village}有人长期在河道边倾倒建筑垃圾，网格员{name2}到场后未作处理。来电人要求回复至手机{mobile}。"),
    ("p006", "summary", "SC", "群众{fname}来电说，她在{estate}租的房子到期了，房东{name2}不退押金{amount}元，还把她的东西丢到楼道里，希望街道帮忙调解。"),
    ("p007", "summary", "SC", "市民{fname}反映其丈夫{mname}在{district}一家物流公司上班，公司已拖欠工资三个月共计{amount}元，诉求人社部门介入。"),
    ("p008", "summary", "SD", "来电人{name}反映：{town}{village}村委会在土地流转中未公示承包费分配明细，承包人{mname}私自占用集体机动地。来电人住址为{addr}。"),
    ("p009", "summary", "SD", "市民{name}（{mobile}）称，{date}乘坐车牌号为{plate}的出租车，驾驶员{mname}绕路并拒绝打表，要求查处。"),
    ("p010", "summary", "SD", "{name}来电反映，其母亲{fname}今年七十九岁，户籍在{district}，办理高龄津贴时被告知材料不全，前后跑了四趟仍未办成。"),
    ("p011", "summary", "JX", "来电人{name}反映，{district}{town}{village}{n}组村民{mname}在承包地上违规建设三层楼房，镇里{mko}来看过后一直没有下文。"),
    ("p012", "summary", "JX", "投诉人{name}反映，其在{district}政务服务中心办理不动产登记时，窗口工作人员{fname}以系统故障为由多次让其回去等通知。联系方式{mobile}。"),
    ("p013", "summary", "HN", "来电人{fname}反映：她家住{addr}，楼上住户长期在阳台养鸡，气味难闻，社区{mko}上门劝说后仍未改正。"),
    ("p014", "summary", "HN", "市民{name}反映，{date}在{road}被一辆车牌为{plate}的渣土车刮擦，司机{mname}驾车离开，交警至今未回复。"),
    ("p015", "summary", "ZJ", "来电人{name}反映，其于{date}在某电商平台购买的电动自行车电池起火，商家客服拒绝退款，联系邮箱{email}，请求市场监管部门处理。"),
    ("p016", "summary", "ZJ", "诉求人{name}反映：{town}{village}村民{mname}家门口堆放大量废旧塑料，夏季蚊蝇滋生，已向村社反映多次。"),
    ("p017", "summary", "FJ", "投诉人{name}向{district}机关效能投诉中心反映，{town}社会事务办工作人员{mname}在办理低保复核时索要“辛苦费”，手机号{mobile}。"),
    ("p018", "summary", "FJ", "来信人{fname}称，其婆婆{fname2}户口在{town}{village}，今年申请残疾人两项补贴，村里说名额已满，请求核实。"),
    ("p019", "summary", "*", "来电人{name}反映其在{company}工作期间，公司未为其缴纳社会保险，离职后补缴无门。身份证号{id}，电话{mobile}。"),
    ("p020", "summary", "*", "市民{mname}反映，其女儿{fname}在{district}某培训机构预交学费{amount}元后机构关门，负责人{name3}联系不上。"),
    ("p021", "summary", "*", "来电人称自己叫{name}，是{estate}业主，反映小区电梯三个月内故障七次，物业{mk}说要等维保公司排期。"),
    ("p022", "summary", "*", "匿名来电人反映，{town}某餐馆后厨卫生条件差，老板{mname}雇用未办健康证人员，要求突击检查。"),
    ("p023", "summary", "*", "来电人{fname}（QQ：{qq}）反映，其在网上应聘兼职刷单被骗{amount}元，已向派出所报案，询问案件进展。"),
    ("p024", "summary", "*", "诉求人{name}，微信号{wx}，反映{district}某小区充电桩收费标准不明确，每度电收取1.5元。"),
    ("p025", "summary", "*", "来电人{mname}反映其妻子{fname}在{district}人民医院分娩后，新生儿出生医学证明办理迟迟未果。"),
    ("p026", "summary", "*", "{district}居民{name}反映：邻居{name2}在楼道私拉电线给电动车充电，存在消防隐患，多次沟通无效。"),
    ("p027", "summary", "*", "来电人反映，{estate}物业经理{mname}在业委会选举中拉票，并扣押业主{name2}等人的选票。"),
    ("p028", "summary", "*", "来电人{name}代其舅舅{mname}反映，舅舅在{town}的土坯房被鉴定为C级危房，至今未纳入改造计划。"),
    ("p029", "summary", "*", "诉求人{name}反映，其银行卡{card}于{date}被{district}法院冻结，但其本人并非案件当事人，请求解冻。"),
    ("p030", "summary", "*", "市民{name}反映，其通过{hotline}申请公积金提取，款项迟迟未到账，收款账户为{card}。"),
    # ---------------- outcome: replies, call-backs
    ("p031", "outcome", "GD", "经核实，来电人{name}反映的{estate}宵夜档油烟扰民问题属实。{town}综合执法队已于{date}对经营者{mname}下达《责令改正通知书》，现已规范经营时间。"),
    ("p032", "outcome", "GD", "现答复如下：您反映的工伤问题，经{district}人社局调查，用人单位负责人{mname}已同意先行垫付医疗费{amount}元，后续按工伤认定程序办理。"),
    ("p033", "outcome", "SC", "回访记录：{date}{time}，回访人员电话联系诉求人{name}（{mobile}），其表示押金已由房东退还，对处理结果满意。"),
    ("p034", "outcome", "SC", "经{town}调查，{name}反映的河道垃圾系{village}村民{mname}建房时倾倒，已责令其于{n}日内清运完毕。"),
    ("p035", "outcome", "SD", "经核实，{village}土地流转费用已在村务公开栏张贴公示，承包人{mname}占用的机动地已收回。已将处理情况告知来电人{name}。"),
    ("p036", "outcome", "SD", "办理结果：出租车驾驶员{mname}（车号{plate}）绕路属实，{district}交通运输局依据《巡游出租汽车经营服务管理规定》对其作出罚款{amount}元的处罚。"),
    ("p037", "outcome", "JX", "现答复如下：{mname}违建问题经{town}核实属实，已于{date}下达限期拆除通知，{mko}将跟踪督促，拆除后回复来电人{name}。"),
    ("p038", "outcome", "JX", "经调取监控核实，窗口工作人员{fname}在为{name}办理业务时存在解释不到位问题，已对其进行批评教育，并由{mko}向当事人致歉。"),
    ("p039", "outcome", "HN", "经{town}社区调查，{addr}住户{fname}在阳台养鸡情况属实，经多次劝导，其已于{date}将鸡只全部清走。"),
    ("p040", "outcome", "HN", "经{district}交警大队调查，渣土车驾驶员{mname}（驾驶{plate}）事故后驶离现场，已依法处理，并督促其与来电人{name}协商赔偿。"),
    ("p041", "outcome", "ZJ", "经{district}市场监管局调解，商家同意为{name}全额退款{amount}元，退款已于{date}原路退回，消费者对处理结果满意。"),
    ("p042", "outcome", "ZJ", "办理情况：{village}村社干部已上门约谈{mname}，其承诺在{n}日内将废旧塑料清运完毕，村社将持续跟踪。诉求人{name}已知悉。"),
    ("p043", "outcome", "FJ", "经核查，{mname}在低保复核中索要财物问题线索不实；但其工作方法简单，已责成{town}对其进行提醒谈话。结果已反馈投诉人{name}。"),
    ("p044", "outcome", "FJ", "经{town}民政办核实，{fname}符合残疾人两项补贴条件，已补录系统并从次月起发放，补贴将打入其社保卡{card}。"),
    ("p045", "outcome", "*", "回访情况：工作人员于{date}电话回访{name}，{name}表示问题已解决，满意度评价为“满意”。"),
    ("p046", "outcome", "*", "经查，{company}确未为{name}缴纳社保，{district}社保中心已责令企业补缴{n}个月社保费，并告知当事人{name}可申请权益记录核查。"),
    ("p047", "outcome", "*", "现答复如下：您女儿{fname}的学费退费问题，{district}教育局已责令培训机构负责人{name}于{date}前退还，逾期将移交公安机关。"),
    ("p048", "outcome", "*", "办理结果：物业已联系维保单位更换电梯主板，业主{name}现场确认电梯运行正常，{mko}全程参与验收。"),
    ("p049", "outcome", "*", "经{district}消防救援大队检查，{name2}私拉电线问题属实，已当场拆除并开具整改通知，已告知反映人{name}。"),
    ("p050", "outcome", "*", "经{town}住建办核实，{mname}房屋已列入今年农村危房改造计划，补助资金{amount}元将分两批拨付。"),
    ("p051", "outcome", "*", "经与法院执行局沟通，冻结{name}账户{card}系同名人员误冻，已于{date}解除冻结。"),
    ("p052", "outcome", "*", "您好！您的公积金提取申请已审核通过，资金{amount}元已转入尾号{cardtail}的银行卡，来电人{name}已知悉。"),
    ("p053", "outcome", "*", "诉求人{name}的新生儿出生医学证明已于{date}办结，由{district}人民医院产科{mk}电话通知其家属领取。"),
    ("p054", "outcome", "*", "经核实，{name}反映的刷单被骗问题已由{district}公安分局反诈中心立案侦查，受案回执编号{caseno}，请耐心等待。"),
    # ---------------- action: 督办单, 处理意见, 整改
    ("p055", "action", "*", "督办单：请{org}于{days}个工作日内联系诉求人{name}（{mobile}），对其反映的问题进行现场核实，并将处理结果书面报送。"),
    ("p056", "action", "SC", "处理意见：1.由{town}牵头，约谈房东{mname}；2.由社区网格员{name2}负责跟踪押金退还情况；3.{date}前反馈。"),
    ("p057", "action", "*", "整改措施：（一）针对{name}反映的窗口服务问题举一反三，开展服务礼仪培训；（二）将工作人员{fname}调离窗口岗位。"),
    ("p058", "action", "*", "请{district}城管局执法中队长{mname}带队，于{date}前对{addr}门前乱搭建问题依法处置。"),
    ("p059", "action", "*", "拟办意见：该件涉及{name}与邻居{name2}之间的相邻权纠纷，建议转{town}人民调解委员会调处。"),
    ("p060", "action", "*", "转办：诉求人{name}反映其车辆{plate}被违规贴罚单，请{district}交警大队核实后直接答复。"),
    ("p061", "action", "*", "督办要求：{mko}要亲自过问{name}一事，不得以“已答复”简单办结；对承办人{name2}未按时反馈问题予以通报。"),
    ("p062", "action", "*", "处理意见：请{org}联系来信人{name}，通过其邮箱{email}书面告知信息公开申请的办理结果。"),
    ("p063", "action", "*", "整改报告：1.已对{estate}3栋消防通道堆放杂物进行清理；2.物业主管{mname}已作出书面检讨；3.建立每日巡查台账。"),
    ("p064", "action", "*", "下一步，{town}将安排{ttown}{name}包案，每周与诉求人{name2}沟通一次进展，确保问题在{days}日内化解。"),
    ("p065", "action", "*", "工作安排：由副主任{name}负责协调、{name2}负责材料审核、{name3}负责回访，{date}前完成全部积案清理。"),
    ("p066", "action", "*", "请{town}于{date}前核实{village}村民{name}（身份证号{id}）低保资格，核实情况报区民政局。"),
    ("p067", "action", "*", "处理意见：请联系{name}，核实其QQ号{qq}被冒用注册网店一事，并指导其向平台申诉。"),
    ("p068", "action", "*", "承办人：{name}；联系电话：{ophone}；审核人：{name2}；办理时限：{days}个工作日。"),
    ("p069", "action", "GD", "跟进措施：由{town}安监办{ttown}{mname}牵头，每周对{mname2}承包的工地进行一次安全巡查。"),
    ("p070", "action", "ZJ", "处置意见：请{town}联系反映人{name}，她提供的微信号{wx}已添加，现场照片已收到，请于{days}日内办结。"),
    # ---------------- notice: 通报 on officials
    ("p071", "notice", "*", "{year}年，{district}城市管理局原副局长{mname}利用职务便利为他人承揽工程谋取利益，收受财物共计{wan}万元，被开除党籍和公职。"),
    ("p072", "notice", "*", "经查，{town}党委副书记{name}、副镇长{name2}在信访事项办理中敷衍塞责，造成群众重复投诉，分别给予诫勉谈话和通报批评。"),
    ("p073", "notice", "*", "{org}工作人员{name}、{name2}、{name3}等人在窗口服务中态度生硬、推诿扯皮，责成所在单位进行批评教育并调离窗口岗位。"),
    ("p074", "notice", "*", "{name}同志，{district}市场监管局{town}所所长，在食品安全专项检查中履职不到位，给予政务警告处分。"),
    ("p075", "notice", "*", "通报中涉及的{name}（时任{town}城建办主任）已于{date}调离原岗位。"),
    ("p076", "notice", "*", "{district}住建局质安站站长{name}、副站长{name2}对在建项目安全隐患排查不力，被予以免职。"),
    ("p077", "notice", "JX", "{district}机关效能投诉中心通报：{town}财政所会计{fname}在惠农补贴发放中优亲厚友，给予党内警告处分，违规资金{amount}元已追缴。"),
    ("p078", "notice", "FJ", "效能问责情况：{district}自然资源局{title}{name}在办理群众投诉件中超时未办，被予以效能告诫。"),
    ("p079", "notice", "HN", "{district}纪委通报：{town}{village}党支部书记{mname}虚报冒领危房改造资金{wan}万元，受到撤销党内职务处分；村会计{name2}受到党内警告处分。"),
    ("p080", "notice", "SD", "典型问题通报：{district}某街道城管科科长{name}在处理“12345”热线工单中弄虚作假，将未解决事项标注为“已办结”，受到政务记过处分。"),
    ("p081", "notice", "SC", "{district}纪委监委公开曝光：{town}社区居委会主任{name}在防汛物资采购中虚开发票，涉及金额{amount}元，被立案审查。"),
    ("p082", "notice", "ZJ", "{district}督考办通报：“{name}、{name2}两名同志在基层治理四平台事件处置中敷衍应付”，已约谈提醒。"),
    ("p083", "notice", "GD", "{district}纪委监委点名道姓通报：{town}执法队原队员{mname}（事业编制）收受商户好处费，被给予开除处分并移送司法机关。"),
    ("p084", "notice", "*", "被问责人员名单：{name}（{org}副科长）、{name2}（科员）、{name3}（编外人员），分别给予政务警告、诫勉和解除劳动合同处理。"),
    ("p085", "notice", "*", "此次问责中，{title}{name}作为直接责任人受到政务记过处分，分管领导{name2}被诫勉谈话。"),
    ("p086", "notice", "*", "对{date}媒体曝光的问题，经调查，窗口工作人员{name}擅自离岗，已予以辞退；中心副主任{name2}负有管理责任，作书面检查。"),
    ("p087", "notice", "*", "另查明，该局办公室主任{mname}于{year}年多次使用公车{plate}办理私事，已责令退缴费用{amount}元。"),
    ("p088", "notice", "*", "{mname}，男，{district}人，{year}年起任{town}党委书记，因严重违纪违法被开除党籍。"),
    # ---------------- mixed positions: after comma, near numbers, quotes, parentheses
    ("p089", "outcome", "*", "经多方联系，{name}于{date}到{org}签收了答复意见书，{name}对部分答复内容仍有异议。"),
    ("p090", "summary", "*", "来电人诉称其邻居“{name}”长期占用公共楼道堆放纸箱，劝说后反被辱骂。"),
    ("p091", "outcome", "*", "据物业工作人员介绍，该商铺实际经营者为{name}（租户），业主为{name2}，双方租赁合同尚未到期。"),
    ("p092", "summary", "*", "{date}，{name}第三次来电，称问题仍未解决，要求升级督办。"),
    ("p093", "outcome", "*", "接诉后，承办单位多次联系未果，{date}{time}终于联系上{name}{mobile}，其表示目前人在外地。"),
    ("p094", "outcome", "*", "证人{name}（{estate}保安）证实，{date}晚上确有车辆{plate}长时间占用消防通道。"),
    ("p095", "outcome", "*", "该户户主{mname}，家庭成员有妻子{fname}、儿子{mname2}，均在{town}居住，户籍地址：{addr}。"),
    ("p096", "outcome", "*", "经查询，举报信所列手机号{mobile}的机主为{name}，与被举报人无关联。"),
    ("p097", "summary", "*", "来电人反映，{town}中学教师{name}在校外违规开办补习班，每人每期收费{amount}元。"),
    ("p098", "summary", "*", "来电人{name}补充：其微信号为{wx}，QQ为{qq}，可通过以上方式发送照片证据。"),
    ("p099", "summary", "*", "来访人{name}，身份证号{id}，现住{addr}，反映其征收补偿款未按协议足额发放。"),
    ("p100", "summary", "*", "投诉对象：{name}，{org}工作人员；投诉事由：办理居住证过程中态度恶劣、刁难群众。"),
    ("p101", "outcome", "*", "物业公司回复称，车位纠纷系业主{name}与{name2}之间私下转租引起，物业已出具情况说明。"),
    ("p102", "summary", "*", "群众反映，承包人{mname}承接的{village}道路硬化工程偷工减料，路面铺设不足三个月即出现开裂。"),
    ("p103", "outcome", "*", "当事人{name}、{name2}于{date}在社区调解室达成协议，由{name2}赔偿{name}修缮费用{amount}元。"),
    ("p104", "outcome", "*", "经与快递公司沟通，送错的包裹由快递员{mname}（工号{n}）负责取回，并向{name}当面道歉。"),
    ("p105", "outcome", "*", "申请人{name}通过电子邮箱{email}提交了政府信息公开申请，本机关于{date}受理。"),
    ("p106", "summary", "*", "住{addr}的{name}反映，楼下商铺装修昼夜施工，严重影响休息。"),
    ("p107", "outcome", "*", "{name}向回访员证实，已于{date}收到退还的{amount}元，同意办结。"),
    ("p108", "summary", "*", "来电人{name}（{ybirth}年出生，手机{mobile}）反映其养老保险视同缴费年限认定有误。"),
    ("p109", "action", "*", "该事项此前由{name}承办，{name}调岗后由{name2}接手，请做好交接。"),
    ("p110", "outcome", "*", "驾驶员{mname}驾驶{plate}号重型货车在{road}超载行驶，称是受车主{name2}指使。"),
    ("p111", "outcome", "*", "转账记录显示，{name}通过尾号{cardtail}的账户向{name2}的银行卡{card}支付了定金。"),
    ("p112", "outcome", "*", "请{name}持本人身份证到{org}一楼窗口（{oaddr}）领取补发证件。"),
    ("p113", "outcome", "*", "经核对，低保对象{name}的身份证号为{id}，与系统登记信息一致。"),
    ("p114", "outcome", "*", "您发至我局邮箱的来信已收悉，答复意见已发送至您的邮箱{email}，请{name}注意查收。"),
    ("p115", "outcome", "*", "经调查，{estate}{n}栋业主{name}安装的空调外机正对{name2}家卧室窗户，双方已协商移位。"),
    ("p116", "summary", "*", "{mname}，{district}{town}人，系该工地实际施工人（包工头），目前拖欠{n}名工人工资。"),
    ("p117", "summary", "SC", "来电人{name}反映，她家住{addr}，小区垃圾桶挨着她家窗口放，夏天臭得很，物管喊了好多次都不挪。"),
    ("p118", "summary", "GD", "街坊{name}反映，{town}{village}旧村改造后，其阿婆{fname}的分红一直未到账，诉求经联社公开分红名单。"),
    ("p119", "summary", "SD", "来电人{name}反映，其在{district}某汽修厂修车，车辆{plate}被扣押不放，老板{mname}额外索要{amount}元停车费。"),
    ("p120", "summary", "HN", "来电人{fname}反映，她老公{mname}在工地受伤后，老板{mname2}只给了两千块钱就不管了。"),
    ("p121", "summary", "ZJ", "诉求人{name}反映，其父{mname}户籍地为{addr}，拆迁安置房分配时被漏登，请求{town}核实。"),
    ("p122", "summary", "JX", "来电人{name}讲，{village}{n}组的水泥路是前年修的，承包老板{mname}没结清工人工钱，工人{mname2}等人多次讨要未果。"),
    ("p123", "summary", "FJ", "投诉人{name}反映，{town}{village}村主任{mname}强行阻挠其建房，要求其先交“协调费”。"),
    ("p124", "summary", "*", "来电人{name}，反映事项：电动车被盗，受案回执编号{caseno}，联系手机{mobile}，邮箱{email}。"),
    ("p125", "outcome", "*", "经多次上门沟通，{name}同意撤回投诉，{name}表示今后如遇问题会先与物业协商。"),
    ("p126", "summary", "*", "诉求人{name}现居住地址：{addr}；联系电话：{mobile}；诉求类型：投诉。"),
    ("p127", "outcome", "*", "工作人员按来电人{name}提供的地址{addr}上门核实时，家中无人，已留下联系卡片。"),
    ("p128", "action", "*", "孤寡老人{name}独居于{addr}，社区已将其纳入特殊困难老人探访关爱名单，每周上门一次。"),
    ("p129", "summary", "*", "快递柜长期占用消防通道，来电人{name}（住{addr}）要求物业移走。"),
    ("p130", "outcome", "*", "复核名单：{name}，身份证{id}，残疾等级二级；{name2}，身份证{id2}，残疾等级三级。"),
    ("p131", "outcome", "*", "经比对，来电人提供的身份证号{id}与{name}本人信息一致，已为其办理参保登记。"),
    ("p132", "action", "*", "请将补偿款转入{name}名下的银行账户{card}（开户行：{bank}），并留存转账凭证。"),
    ("p133", "outcome", "*", "申请人{name}提交的收款账号{card}与户名不一致，已退回补正。"),
    ("p134", "summary", "*", "来信人{name}要求将答复书发送至电子邮箱{email}，不接受电话答复。"),
    ("p135", "summary", "*", "来电人{fname}反映被“网贷客服”添加微信（对方微信号{wx}）后被骗取{amount}元。"),
    ("p136", "summary", "*", "来电人（{name}）要求对其来电信息保密，反映{estate}地下室有人群租。"),
    ("p137", "summary", "*", "据租户反映，“房东{name}一直不露面，都是让他侄子{mname}来收租”。"),
    ("p138", "notice", "*", "{name}（{district}水务局副局长）、{name2}（{district}水务局河湖科科长）对河道非法采砂问题监管失职，分别受到政务记过、政务警告处分。"),
    ("p139", "notice", "*", "{mname}，男，{ybirth}年{m}月出生，中共党员，原任{town}党委委员、副镇长。经查，{mname}违规收受管理服务对象礼金{amount}元。"),
    ("p141", "summary", "*", "来电人{name}反映，其邮箱{email}频繁收到冒充{district}税务局的“退税通知”邮件，担心个人信息泄露。"),
    ("p142", "outcome", "*", "经核实，{name}户籍登记地址为{addr}，与其申报的居住地址一致，符合公租房申请条件。"),
    ("p143", "action", "*", "请{town}网格员{name}于{date}前上门走访{addr}住户{name2}，核实独居老人家中燃气安全情况。"),
    ("p144", "summary", "*", "来电人{name}反映，其QQ号{qq}被盗后，有人冒充其向亲友借钱，已向派出所报警。"),
    ("p145", "outcome", "*", "经{town}派出所核实，{name}实际居住地为{addr}，非其户籍地，相关补贴应由居住地受理。"),
    ("p146", "summary", "*", "来电人{name}表示如需补充材料可发送至其个人邮箱{email}，白天上班不方便接电话。"),
    ("p140", "notice", "*", "{fname}，女，{district}医保局原二级主任科员，违规为他人办理特殊病种备案，被给予政务撤职处分。"),
]

CLEAN = [
    # ---------------- summary
    ("c001", "summary", "*", "来电人{mkc}反映：{estate}二次供水水压不足，高层住户早晚用水高峰期经常停水，诉求尽快解决。"),
    ("c002", "summary", "*", "市民{mkc}来电反映，{road}与{road2}交叉口信号灯配时不合理，早晚高峰拥堵严重，建议增加左转相位。"),
    ("c003", "summary", "JX", "来电人{mkc}反映{town}{village}村道路灯损坏已有{n}天，夜间出行不便，请相关部门维修。"),
    ("c004", "summary", "*", "{mkc}来电称其在“{shop}”办理的会员卡无法退费，商家称须扣除{pct}%手续费，诉求协调。"),
    ("c005", "summary", "*", "来电人（匿名）反映：{company}在{district}的搅拌站夜间作业噪音扰民，诉求查处。"),
    ("c006", "summary", "*", "来电人{mkc}（手机号{mobmask}，已脱敏）反映医保报销进度慢，已超过承诺时限。"),
    ("c007", "summary", "*", "群众反映，{road}向东方向第二个路口附近井盖缺失，存在安全隐患。"),
    ("c008", "summary", "*", "来电人{mkc}咨询国庆假期期间{district}政务服务中心是否正常办公，以及不动产登记窗口预约方式。"),
    ("c009", "summary", "*", "来电人{mkc}反映，其从{place}来{city}务工，咨询异地就医备案办理流程。"),
    ("c010", "summary", "*", "来电人{mkc}反映平安大道与建华路交叉口施工围挡占道，影响通行。"),
    ("c011", "summary", "*", "市民{mkc}反映金鑫大厦地下停车场收费标准与公示不一致，每小时多收2元。"),
    ("c012", "summary", "*", "{mk}反映，海燕社区卫生服务站周末不开门，老人买药不方便。"),
    ("c013", "summary", "*", "来电人{mkc}反映，安宁路农贸市场活禽摊位未按规定设置隔离区。"),
    ("c014", "summary", "*", "来电人称其在李宁专卖店购买的运动鞋开胶，商家拒绝三包，已拨打{hotline}投诉。"),
    ("c015", "summary", "*", "来电人{mkc}反映“老王理发店”门前长期占道摆放招牌，行人通行困难。"),
    ("c016", "summary", "*", "来电人{mkc}反映张亮麻辣烫{road}店后厨排污管道堵塞，污水漫到人行道。"),
    ("c017", "summary", "GD", "来电人{mkc}反映其在{town}一家超市购买的王老吉凉茶已临近保质期仍在促销，要求核查。"),
    ("c018", "summary", "*", "{mk}和{mk2}两户因楼上漏水产生纠纷，来电要求社区协调。"),
    ("c019", "summary", "*", "来电人反映{town}{mko}接待群众时态度较好，但问题迟迟未解决，希望加快进度。"),
    ("c020", "summary", "*", "来电人{mkc}反映其车辆（{platemask}）在{road}被贴罚单，认为该路段未设置禁停标志。"),
    # ---------------- outcome
    ("c021", "outcome", "*", "经核实，{mkc}反映的{estate}二次供水问题属实，{org}已于{date}更换加压泵，现已恢复正常供水。"),
    ("c022", "outcome", "*", "现答复如下：根据《{law}》第{n}条规定，您反映的事项不属于本单位职责范围，建议向{org}咨询，联系电话{ophone}。"),
    ("c023", "outcome", "*", "办理结果：{district}市场监督管理局（地址：{oaddr}，邮编{post}）已对“{eatery}”开展现场检查，未发现过期食品。"),
    ("c024", "outcome", "*", "经查，{company}（统一社会信用代码{credit}）证照齐全，注册地址为{oaddr}，不存在无证经营情况。"),
    ("c025", "outcome", "*", "回访情况：{date}回访来电人{mkc}，其对办理结果表示满意。"),
    ("c026", "outcome", "HN", "经{town}{mko}带队现场核查，{village}村道路灯已全部修复，共更换LED灯头{n}个。"),
    ("c027", "outcome", "*", "经核实，该路段已于{date}设置禁停标志，罚单依法开具，来电人{mkc}已知悉并表示理解。"),
    ("c028", "outcome", "*", "您好，您反映的井盖缺失问题已由{district}城管局于当日补装，感谢您对城市管理工作的支持。"),
    ("c029", "outcome", "*", "您好！国庆假期期间（10月1日至7日）{district}政务服务中心实行轮班制，不动产登记窗口可通过“{app}”预约办理。"),
    ("c030", "outcome", "*", "经{district}交警大队测算，该路口早高峰左转车流量较大，已将左转绿灯时长由{n}秒延长至{sec}秒。"),
    ("c031", "outcome", "*", "办理结果：{mkc}与商家在{town}消委会分会调解下达成一致，商家退还会员卡余额{amount}元。"),
    ("c032", "outcome", "*", "经核查，“{eatery}”已办理食品经营许可证（许可证编号JY{lic}），后厨排污管道已于{date}疏通。"),
    ("c033", "outcome", "*", "现答复如下：您咨询的异地就医备案，可通过“国家医保服务平台”APP或拨打{ophone}办理，备案后即时生效。"),
    ("c034", "outcome", "*", "经{district}城管执法局调查，工单{wo}所涉搅拌站已于{date}停止夜间作业，下一步将加强巡查。"),
    ("c035", "outcome", "*", "该件已按{docno}要求办结，承办单位{org}，满意度回访结果为“基本满意”。"),
    # ---------------- action
    ("c036", "action", "*", "督办单：请{org}于{days}个工作日内对工单{wo}反映问题进行现场核实，并于{date}前报送办理情况。"),
    ("c037", "action", "*", "处理意见：由{town}牵头，{mko}、{mko2}配合，{date}前完成{village}村道路灯排查维修。"),
    ("c038", "action", "*", "整改措施：（一）建立二次供水设施巡检台账；（二）每季度开展一次水质检测；（三）公开{hotline}及物业服务电话{ophone}。"),
    ("c039", "action", "*", "下一步，将深入学习{model}同志先进事迹，坚持把群众诉求当作自己的事来办。"),
    ("c040", "action", "*", "请各镇街对照《{law}》，于{date}前完成辖区内沿街商铺“门前三包”责任书签订工作。"),
    ("c041", "action", "*", "转办意见：该件涉及{district}与{district2}交界路段，请两区城管部门协商办理，由{mko}负责统筹。"),
    ("c042", "action", "*", "工作要求：{district}各承办单位要严格落实首接负责制，不得推诿扯皮，{days}个工作日内未办结的一律纳入督办。"),
    ("c043", "action", "*", "整改报告：1.已对{estate}消防通道堆放杂物清理完毕；2.物业项目经理已作书面检讨；3.建立每日巡查台账。"),
    ("c044", "action", "FJ", "拟办意见：建议转{org}办理，同时抄送{district}机关效能投诉中心备案。"),
    ("c045", "action", "*", "承办人：{mko}；联系电话：{ophone}；办理时限：{days}个工作日；工单编号：{wo}。"),
    ("c046", "action", "*", "处置要求：对{platemask}等{n}辆长期占用消防通道的车辆，由交警部门依法处理。"),
    ("c047", "action", "*", "请{district}医保局核实来电人（身份证号{idmask}）的医保报销进度，并直接电话答复。"),
    ("c048", "action", "ZJ", "按照{docno}文件精神，切实做好“平安建设”和“枫桥经验”工作，确保矛盾纠纷就地化解。"),
    ("c049", "action", "*", "请{org}于收到本单之日起{days}日内办结，办结后在系统内上传现场照片及答复录音。"),
    ("c050", "action", "*", "整改措施：针对高峰时段窗口排队时间长的问题，增设{n}个综合受理窗口，推行“错时延时”服务。"),
    # ---------------- notice
    ("c051", "notice", "*", "{year}年{m}月，{district}纪委监委通报了{n}起群众身边不正之风和腐败问题典型案例，涉及{n2}名党员干部。"),
    ("c052", "notice", "*", "{district}某局副局长{mkx}违规收受礼金问题。{mkx}受到党内警告处分，违纪款已收缴。"),
    ("c053", "notice", "*", "{town}干部{mkx}、{mkx2}在惠民补贴发放中把关不严问题。二人分别受到诫勉和批评教育。"),
    ("c054", "notice", "*", "通报指出，要以{hist}、{hist2}等先贤廉洁自律精神为镜，以案为鉴、以案促改。"),
    ("c055", "notice", "*", "各单位要学习弘扬{model}精神，争当新时代人民满意的公务员，{year}年底前开展一次专题学习。"),
    ("c056", "notice", "FJ", "{district}机关效能投诉中心{year}年第{n}期效能通报：共受理投诉{n2}件，办结率98.{n3}%。"),
    ("c057", "notice", "*", "经查，{org}{mko}在办理群众诉求中存在推诿问题，已约谈提醒。"),
    ("c058", "notice", "JX", "对{n}个单位进行效能告诫，对{n2}名责任人员进行问责，其中科级干部{n3}名。"),
    ("c059", "notice", "*", "{district}“12345”热线{year}年第三季度共接收诉求{big}件，按时办结率99.2%，群众满意率96.8%。"),
    ("c060", "notice", "*", "各级党组织要教育引导党员干部从{mkx}案件中汲取教训，严守纪律规矩。"),
    ("c061", "notice", "*", "根据《{law}》第{n}条，给予涉事人员{mkx}政务警告处分，给予{mkx2}诫勉谈话。"),
    ("c062", "notice", "*", "{mko}、{mko2}等同志带队深入一线，连续{n}天开展占道经营专项整治行动。"),
    ("c063", "notice", "*", "{district}评选出“最美窗口服务人员”{n}名、“12345优秀话务员”{n2}名，名单另行公布。"),
    ("c064", "notice", "SD", "为纪念孔子诞辰，{city}举办祭孔活动，{district}相关部门做好交通保障和安全防范。"),
    ("c065", "notice", "*", "{place}、{place2}、{place3}等地在接诉即办方面的做法值得借鉴。"),
    ("c066", "notice", "*", "巡察组向{org}反馈意见，指出存在落实中央八项规定精神不到位等问题，责成限期整改。"),
    ("c067", "notice", "*", "关于{city}中山路、鲁迅公园周边交通秩序专项整治工作情况的通报。"),
    ("c068", "notice", "*", "现将{docno}转发给你们，请结合实际认真贯彻执行。"),
    ("c069", "notice", "*", "举报电话：{ophone}；来信地址：{oaddr}{district}纪委监委信访室，邮编{post}；举报网站：12388.gov.cn。"),
    ("c070", "summary", "*", "据{lao}、{xiao}等几位老住户介绍，该楼栋建成于上世纪九十年代，至今未安装电梯。"),
    ("c071", "outcome", "*", "您好！您反映的问题我们已收到，由{mko}负责跟进，请保持电话畅通。"),
    ("c072", "outcome", "*", "经核实，该商户系个体工商户“{shop}”，经营者已按要求在{date}前完成整改。"),
    ("c073", "summary", "*", "来电人{mkc}反映，其在{company}购买的{estate}商品房逾期交付，开发商未按合同支付违约金。"),
    ("c074", "summary", "*", "来电人{mkc}反映，建华中学门口上下学时段家长车辆乱停，建议设置临时停车区。"),
    ("c075", "summary", "JX", "来电人{mkc}反映，向东村至{village}的村道有{n}处坑洼，雨天积水严重。"),
    ("c076", "summary", "*", "高峰时段{road}公交站台拥挤，来电人建议增开{n}路公交区间车。"),
    ("c077", "outcome", "*", "缴款通知书编号{payno}，请于{date}前通过银行柜台或“{app}”缴纳罚款{amount}元。"),
    ("c078", "outcome", "*", "经查询，该房屋不动产权证号为{abbr}（{year}）{city}不动产权第{n7}号，权属清晰，无查封抵押。"),
    ("c079", "outcome", "*", "来电人{mkc}反映其银行卡（尾号{cardtail}）被扣划医保费用，经核实为城乡居民医保正常代扣。"),
    ("c080", "summary", "*", "来电人{mkc}咨询国庆路拓宽工程何时完工，以及安宁小区门前公交站是否恢复。"),
]


# ---------------------------------------------------------------- builder
SLOT_RE = re.compile(r"\{([a-z]+)(\d*)\}")


def make_ctx(region):
    rk = region if region != "*" else rng.choice(REGION_KEYS)
    reg = REGIONS[rk]
    area = rng.choice(reg["areas"])
    return dict(rk=rk, area=area, city=area[0], district=area[1], town=rng.choice(area[5]),
                village=rng.choice(reg["villages"]), estate=rng.choice(reg["estates"]),
                road=rng.choice(reg["roads"]))


def build(tmpl, region):
    ctx = make_ctx(region)
    vals = {}
    used_lab = set()
    used_unl = {}
    parts, labels = [], []
    pos = 0
    last = 0
    for m in SLOT_RE.finditer(tmpl):
        lit = tmpl[last:m.start()]
        parts.append(lit)
        pos += len(lit)
        base, idx = m.group(1), m.group(2)
        key = base + idx
        if key not in vals:
            if base in LAB:
                kind, g = LAB[base]
                for _ in range(100):
                    v = g(ctx)
                    if v not in used_lab:
                        break
                used_lab.add(v)
                vals[key] = (v, kind)
            elif base in CTX_SLOTS:
                vals[key] = (ctx_value(ctx, base, idx), None)
            elif base in UNL:
                for _ in range(50):
                    v = UNL[base](ctx)
                    if v not in used_unl.get(base, set()):
                        break
                used_unl.setdefault(base, set()).add(v)
                vals[key] = (v, None)
            else:
                raise KeyError(f"unknown slot {key} in {tmpl}")
        v, kind = vals[key]
        if kind:
            labels.append({"start": pos, "end": pos + len(v), "kind": kind, "_v": v})
        parts.append(v)
        pos += len(v)
        last = m.end()
    parts.append(tmpl[last:])
    text = "".join(parts)
    return text, labels


MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
DIGITS_RE = re.compile(r"\d+")
ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")


def covered(labels, s, e):
    return any(l["start"] <= s and e <= l["end"] for l in labels)


def valid(text, labels):
    spans = sorted((l["start"], l["end"]) for l in labels)
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if c < b:
            return False
    for l in labels:
        v = text[l["start"]:l["end"]]
        # every occurrence of the value must be a labelled span
        i = text.find(v)
        while i != -1:
            if not any(x["start"] == i and x["end"] == i + len(v) for x in labels):
                return False
            i = text.find(v, i + 1)
        # kind-level checks
        if l["kind"] == "id" and not id_valid(v):
            return False
        if l["kind"] == "card" and not (v.isdigit() and 16 <= len(v) <= 19 and luhn_ok(v)):
            return False
    # unlabelled look-alikes must not be real-looking personal numbers
    for m in MOBILE_RE.finditer(text):
        if not covered(labels, m.start(), m.end()):
            return False
    for m in EMAIL_RE.finditer(text):
        if not covered(labels, m.start(), m.end()):
            return False
    for m in ID_RE.finditer(text):
        if id_valid(m.group(0)) and not covered(labels, m.start(), m.end()):
            return False
    for m in DIGITS_RE.finditer(text):
        s = m.group(0)
        if 16 <= len(s) <= 19 and luhn_ok(s) and not covered(labels, m.start(), m.end()):
            return False
    return True


def main():
    n_pd, n_clean = 550, 450
    assert len({t[0] for t in PD + CLEAN}) == len(PD) + len(CLEAN)
    for t in PD:
        assert any(SLOT_RE.fullmatch("{" + b + "}") and b.rstrip("0123456789") in LAB
                   for b in re.findall(r"\{([a-z]+\d*)\}", t[3])), t[0]
    for t in CLEAN:
        assert not any(b.rstrip("0123456789") in LAB for b in re.findall(r"\{([a-z]+\d*)\}", t[3])), t[0]

    plan = [PD[i % len(PD)] for i in range(n_pd)] + [CLEAN[i % len(CLEAN)] for i in range(n_clean)]
    seen = set()
    rows = []
    for tid, field, region, tmpl in plan:
        for attempt in range(300):
            text, labels = build(tmpl, region)
            if text in seen or not valid(text, labels):
                continue
            break
        else:
            raise RuntimeError(f"could not build {tid}")
        for l in labels:
            assert text[l["start"]:l["end"]] == l.pop("_v")
        seen.add(text)
        rows.append({"field": field, "labels": labels, "shape": f"outside4-{tid}", "text": text})
    rng.shuffle(rows)

    # final assertions
    for r in rows:
        assert valid(r["text"], r["labels"]), r
        if r["shape"].startswith("outside4-c"):
            assert r["labels"] == []
        else:
            assert r["labels"], r
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    kinds = Counter(l["kind"] for r in rows for l in r["labels"])
    print("sentences", len(rows))
    print("with labels", sum(1 for r in rows if r["labels"]), "clean", sum(1 for r in rows if not r["labels"]))
    print("labels per kind", dict(kinds))
    print("templates", len({r["shape"] for r in rows}), "(pd", len(PD), "clean", len(CLEAN), ")")
    print("fields", dict(Counter(r["field"] for r in rows)))


if __name__ == "__main__":
    main()
