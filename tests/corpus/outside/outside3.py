#!/usr/bin/env python3
"""fresh4: independent test corpus for a personal-data detector on Chinese
government transparency texts (12345 工单公示, 效能投诉, 问责通报, 好差评整改,
信访答复, 督查通报).  Deterministic: fixed seed, faker zh_CN + own lists."""
import json, random, re
from faker import Faker

SEED = 20260405
rnd = random.Random(SEED)
Faker.seed(SEED)
fake = Faker("zh_CN")
OUT = str(__import__("pathlib").Path(__file__).with_suffix(".jsonl"))
N_PII, N_CLEAN = 550, 450

# ---------------------------------------------------------------- lists
LOCALES = [  # province, platform, city, county, area code, region code, plate prefix
    ("赣", "赣服通", "赣州市", "石城县", "0797", "360735", "赣B"),
    ("赣", "赣服通", "赣州市", "宁都县", "0797", "360730", "赣B"),
    ("赣", "赣服通", "赣州市", "于都县", "0797", "360731", "赣B"),
    ("赣", "赣服通", "吉安市", "永丰县", "0796", "360825", "赣D"),
    ("赣", "赣服通", "抚州市", "广昌县", "0794", "361030", "赣F"),
    ("皖", "皖事通", "阜阳市", "临泉县", "0558", "341221", "皖K"),
    ("皖", "皖事通", "六安市", "霍邱县", "0564", "341522", "皖N"),
    ("苏", "苏服办", "徐州市", "丰县", "0516", "320321", "苏C"),
    ("苏", "苏服办", "宿迁市", "沭阳县", "0527", "321322", "苏N"),
    ("鲁", "爱山东", "菏泽市", "曹县", "0530", "371721", "鲁R"),
    ("湘", "湘易办", "邵阳市", "隆回县", "0739", "430524", "湘E"),
    ("豫", "豫事办", "周口市", "郸城县", "0394", "411625", "豫P"),
    ("闽", "闽政通", "三明市", "宁化县", "0598", "350424", "闽G"),
]
OTHER_REGIONS = ["360702", "360121", "340102", "320311", "371702", "430102",
                 "411602", "350402", "440106", "330106", "110105", "420111"]
TOWNS = ["高田镇", "木兰乡", "小松镇", "屏山镇", "横江镇", "珠坑乡", "丰山乡", "大由乡",
         "龙岗乡", "琴江镇", "黄塘镇", "王集镇", "张庄镇", "刘桥镇", "赵集镇", "长乐镇",
         "梅江镇", "青塘镇", "洛口镇", "罗坊乡", "谢坊镇", "曾家镇", "钟贤乡", "温泉镇",
         "杨桥镇", "周田镇", "何家湾乡", "黄陂镇", "石上镇", "田头镇"]
VILLAGES = ["李家村", "陈坊村", "王庄村", "张湾村", "刘屋村", "黄泥村", "杨柳村", "何家畈村",
            "罗坑村", "谢坊村", "曾屋村", "温坊村", "赖村", "钟家村", "邱坊村", "高岭村",
            "马头村", "周家山村", "新屋下村", "石陂村", "桥头村", "大坪村", "上湖村", "岭背村",
            "徐楼村", "孙庄村", "朱家岗村", "胡坑村", "郭屋村", "丁家村"]
ROADS = ["黄金大道", "解放路", "人民路", "建设路", "胜利街", "中山路", "红旗大道", "长征大道",
         "文化路", "和平路", "东华路", "琴江大道", "迎宾大道", "八一路", "沿江路", "健康路",
         "府前路", "工业大道", "朝阳路", "新华街", "光明路", "育才路", "陈家巷", "王府街",
         "李公路", "站前路", "滨河西路", "兴业大道"]
ESTATES = ["琴江花园", "阳光城", "金色家园", "御景湾", "锦绣华庭", "翠苑", "碧桂园",
           "恒大名都", "滨江一号", "幸福里", "康居苑", "东方明珠", "凤凰城", "学府佳苑",
           "书香门第", "江南明珠", "龙湖湾", "世纪新城", "和谐家园", "盛世名门"]
UNITS = ["自然资源局", "市场监督管理局", "住房和城乡建设局", "城市管理局", "交通运输局",
         "人力资源和社会保障局", "医疗保障局", "卫生健康委员会", "教育科技体育局",
         "公安局交通管理大队", "不动产登记中心", "政务服务中心", "行政审批局", "农业农村局",
         "民政局", "退役军人事务局", "应急管理局", "林业局", "水利局", "信访局",
         "机关效能投诉中心", "城市管理执法局", "发展和改革委员会", "财政局", "乡村振兴局"]
TITLES = ["主任", "副主任", "局长", "副局长", "站长", "所长", "科长", "队长", "书记",
          "镇长", "副镇长", "经理", "股长", "大队长", "中队长", "副所长"]
POSITIONS = ["办公室主任", "副局长", "综合股股长", "执法大队队长", "窗口负责人", "审批股副股长",
             "财务股股长", "党组成员", "四级主任科员", "中队长", "站长"]
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
                "袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟"
                "熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤温赖揭池古危管")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志海红文斌辉鹏林春"
             "梅琴云峰宇浩凯俊帆欣怡婷雪晨子涵思雨佳宁亮成荣福根生水金连发德祥昌有财贵凤"
             "莲珍香翠娥兵冬庆东新小晓永卫光荷菊秋彩昊睿轩萱嘉锦")
RELATIVES = ["母亲", "父亲", "妻子", "丈夫", "儿子", "女儿", "哥哥", "姐姐", "岳父", "婆婆",
             "弟弟", "外婆"]
LAWS = ["信访工作条例", "中国共产党纪律处分条例", "中华人民共和国公职人员政务处分法",
        "中国共产党问责条例", "行政机关公务员处分条例", "优化营商环境条例",
        "政务服务评价工作指南", "中华人民共和国消费者权益保护法", "保障农民工工资支付条例",
        "中华人民共和国行政处罚法", "社会救助暂行办法", "中国共产党纪律检查机关监督执纪工作规则"]
SLOGANS = ["我为群众办实事", "马上就办、办就办好", "一次不跑、只跑一次", "枫桥经验", "四下基层",
           "苏区干部好作风", "店小二", "有呼必应、接诉即办", "能力作风建设年", "三服务",
           "民呼我为", "最多跑一次"]
MODELS = ["雷锋", "焦裕禄", "孔繁森", "杨善洲", "廖俊波", "黄文秀", "谷文昌", "张桂梅"]
PROJECTS = ["农村人居环境整治", "城乡低保专项治理", "安置房建设", "耕地保护专项行动", "防汛抗旱",
            "森林防火", "拖欠农民工工资专项整治", "城区背街小巷改造", "老旧小区改造",
            "高标准农田建设", "殡葬领域专项整治"]
WINDOWS = ["不动产登记", "社保", "医保", "公积金", "工商注册", "税务", "出入境", "车驾管",
           "户籍", "水电气联办", "企业开办"]
BANKS = ["农业银行", "建设银行", "邮储银行", "农商银行", "工商银行", "赣州银行", "中国银行"]
SHOPS = ["优品汇超市", "潮流前线服饰", "星星家电", "百味烧烤", "华联超市", "美佳通讯", "鸿运手机店"]
CO_WORDS = ["鑫源", "恒达", "宏发", "金诚", "锦程", "华远", "嘉禾", "永盛", "鸿泰", "瑞丰",
            "众诚", "天宇", "佳和", "兴旺", "中盛", "博雅", "安泰"]
CO_TYPES = ["建筑工程", "物业服务", "商贸", "劳务派遣", "教育咨询", "机动车检测", "房地产开发",
            "电子商务", "物流", "食品", "环保科技", "家政服务", "混凝土"]
NETNAMES = ["小城居民", "琴江一老兵", "路过的市民", "热心网友", "老街坊", "一位家长", "山里人"]
BRIDGES = ["红旗大桥", "琴江大桥", "东门桥", "廊桥", "人民大桥"]
DOC_TAILS = ["效办", "效投", "纪发", "办字", "信复", "市监罚", "政办发", "督查"]
PUNISH = ["党内警告处分", "政务警告处分", "政务记过处分", "诫勉谈话", "批评教育", "效能告诫"]


def pick(xs):
    return rnd.choice(xs)


# ------------------------------------------------- labelled value makers
def gen_name(ctx):
    r = rnd.random()
    if r < 0.45:
        return fake.name()
    if r < 0.48:
        return pick(COMPOUND) + "".join(rnd.sample(GIVEN, rnd.choice([1, 2])))
    return pick(SURNAMES) + "".join(rnd.sample(GIVEN, rnd.choice([1, 2, 2, 2])))


def gen_mobile(ctx):
    pre = pick(["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150",
                "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175",
                "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187",
                "188", "189", "191", "198", "199"])
    rest = "".join(rnd.choice("0123456789") for _ in range(8))
    r = rnd.random()
    if r < 0.08:
        return f"{pre}-{rest[:4]}-{rest[4:]}"
    if r < 0.14:
        return f"{pre} {rest[:4]} {rest[4:]}"
    return pre + rest


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def gen_id(ctx):
    region = ctx["_loc"][5] if rnd.random() < 0.7 else pick(OTHER_REGIONS)
    y = rnd.randint(1940, 2006)
    m = rnd.randint(1, 12)
    d = rnd.randint(1, 28)
    s17 = f"{region}{y}{m:02d}{d:02d}{rnd.randint(0, 999):03d}"
    v = s17 + id_check(s17)
    if v.endswith("X") and rnd.random() < 0.15:
        v = v[:-1] + "x"
    return v


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        dgt = int(ch)
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        dgt = int(ch)
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def gen_card(ctx):
    bin_, ln = pick([("622848", 19), ("622845", 19), ("621700", 19), ("622700", 19),
                     ("622202", 19), ("621226", 19), ("622188", 19), ("621799", 19),
                     ("622588", 16), ("621483", 16), ("622908", 18), ("623058", 19),
                     ("621098", 19), ("625965", 16), ("621661", 19)])
    body = bin_ + "".join(rnd.choice("0123456789") for _ in range(ln - len(bin_) - 1))
    v = body + luhn_digit(body)
    assert luhn_ok(v)
    if rnd.random() < 0.1 and ln == 19:
        return " ".join(v[i:i + 4] for i in range(0, 19, 4))
    return v


PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu",
          "sun", "lin", "luo", "xie", "zeng", "lai", "zhong", "qiu", "wen", "hu", "guo"]
GIVEN_PY = ["wei", "fang", "min", "jing", "qiang", "lei", "jun", "yang", "jie", "tao", "ming",
            "chao", "xia", "ping", "gang", "hua", "jian", "guo", "hui", "peng", "lin", "mei",
            "yun", "feng", "hao", "kai", "xin", "ting", "xue", "chen"]


def gen_email(ctx):
    r = rnd.random()
    dom = pick(["qq.com", "163.com", "126.com", "sina.com", "139.com", "foxmail.com",
                "outlook.com", "yeah.net", "sohu.com"])
    if r < 0.25:
        return f"{rnd.randint(10000, 3999999999)}@qq.com"
    if r < 0.55:
        return fake.user_name() + "@" + dom
    sep = pick(["", "", "_", "."])
    return pick(PINYIN) + sep + pick(GIVEN_PY) + str(rnd.choice(["", rnd.randint(1, 99),
                                                                 rnd.randint(1960, 2005)])) + "@" + dom


def gen_qq(ctx):
    return str(rnd.randint(10000, 99999) if rnd.random() < 0.1 else rnd.randint(100000000, 3999999999))


def gen_wx(ctx):
    r = rnd.random()
    if r < 0.4:
        v = pick(PINYIN) + pick(["", "_", "-"]) + pick(GIVEN_PY) + str(rnd.randint(1, 9999))
    elif r < 0.7:
        v = fake.user_name() + str(rnd.randint(0, 999))
    else:
        v = "".join(rnd.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(rnd.randint(2, 4))) + \
            str(rnd.randint(10000, 99999999))
    if not v[0].isalpha():
        v = "wx" + v
    return v[:20]


PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_plate(ctx):
    pre = ctx["_loc"][6] if rnd.random() < 0.8 else pick(["赣A", "赣C", "皖A", "苏A", "鲁A",
                                                          "湘A", "粤B", "闽A", "浙A", "鄂A"])
    r = rnd.random()
    if r < 0.2:   # new energy
        tail = pick("DF") + "".join(rnd.choice("0123456789") for _ in range(5))
    else:
        chars = [rnd.choice("0123456789") for _ in range(5)]
        for _ in range(rnd.choice([0, 1, 1, 2])):
            chars[rnd.randrange(5)] = rnd.choice(PLATE_L)
        tail = "".join(chars)
    return pre + ("·" if rnd.random() < 0.25 else "") + tail


def gen_addr(ctx):
    t = rnd.random()
    county = ctx["_loc"][3]
    if t < 0.33:
        town = ctx.get("town") or pick(TOWNS)
        v = f"{town}{pick(VILLAGES)}{rnd.randint(1, 15)}组{rnd.randint(1, 120)}号"
        if rnd.random() < 0.35:
            v = county + v
        return v
    if t < 0.6:
        est = ctx.get("estate") or pick(ESTATES)
        if rnd.random() < 0.4:
            est += "小区"
        b = rnd.randint(1, 32)
        return pick([f"{est}{b}栋{rnd.randint(1, 4)}单元{rnd.randint(1, 18)}0{rnd.randint(1, 4)}室",
                     f"{est}{b}幢{rnd.randint(1, 26)}0{rnd.randint(1, 6)}室",
                     f"{est}{b}号楼{rnd.randint(1, 3)}单元{rnd.randint(1, 11)}0{rnd.randint(1, 2)}",
                     f"{pick(ROADS)}{rnd.randint(1, 300)}号{est}{b}栋{rnd.randint(1, 30)}0{rnd.randint(1, 4)}室"])
    if t < 0.85:
        v = f"{pick(ROADS)}{rnd.randint(1, 500)}号"
        r = rnd.random()
        if r < 0.2:
            v += f"附{rnd.randint(1, 12)}号"
        elif r < 0.4:
            v += f"{rnd.randint(1, 6)}栋{rnd.randint(1, 7)}0{rnd.randint(1, 3)}室"
        if rnd.random() < 0.3:
            v = county + v
        return v
    return f"{county}{pick(TOWNS)}{pick(['胜利', '城南', '东门', '新区', '西街'])}社区" \
           f"{pick(ESTATES)}{rnd.randint(1, 20)}栋{rnd.randint(1, 25)}0{rnd.randint(1, 4)}室"


LABELLED = {"NAME": ("name", gen_name), "ADDR": ("address", gen_addr),
            "MOBILE": ("mobile", gen_mobile), "ID": ("id", gen_id), "CARD": ("card", gen_card),
            "EMAIL": ("email", gen_email), "QQ": ("im", gen_qq), "WX": ("im", gen_wx),
            "PLATE": ("plate", gen_plate)}


# ------------------------------------------------- unlabelled slot makers
def _date(ctx):
    y = rnd.choice([2024, 2025, 2026])
    m, d = rnd.randint(1, 12), rnd.randint(1, 28)
    return pick([f"{y}年{m}月{d}日", f"{m}月{d}日", f"{m}月{d}日", f"{y}-{m:02d}-{d:02d}",
                 f"{y}.{m}.{d}"])


def _time(ctx):
    h, mi = rnd.randint(8, 17), rnd.choice([0, 10, 15, 20, 30, 40, 45, 50])
    return pick([f"上午{h if h < 12 else 11}时{mi}分", f"下午{max(h - 12, 2)}时许",
                 f"{h}:{mi:02d}", f"{h}时{mi:02d}分", "下午3点", "上午9点半"])


def _gd(ctx):
    y = rnd.choice([2025, 2026])
    md = f"{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
    return pick([f"GD{y}{md}{rnd.randint(0, 99999):05d}", f"{y}{md}{rnd.randint(0, 99999):05d}",
                 f"SC{y}{md}-{rnd.randint(1, 9999):04d}", f"12345-{y}-{md}{rnd.randint(0, 999):03d}",
                 f"XN{y}{md}{rnd.randint(0, 999):03d}"])


def _docno(ctx):
    c = ctx["_loc"][3][0]
    return f"{c}{pick(DOC_TAILS)}〔{rnd.choice([2024, 2025, 2026])}〕{rnd.randint(1, 160)}号"


def _amount(ctx):
    return pick([f"{rnd.randint(2, 99) * 100}元", f"{rnd.randint(100, 9999)}元",
                 f"{rnd.randint(11, 98) / 10}万元", f"人民币{rnd.randint(1, 50) * 1000}元",
                 f"{rnd.randint(1000, 30000):,}元".replace(",", ""), f"{rnd.randint(20, 800)}.{rnd.randint(0, 9)}元"])


def _office_tel(ctx):
    a = ctx["_loc"][4]
    n = f"{rnd.randint(2, 8)}{rnd.randint(0, 999999):06d}"
    return pick([f"{a}-{n}", f"{a}-{n}", f"（{a}）{n}", f"{a}—{n}", "12345", f"{a}-12345"])


def _office_addr(ctx):
    county = ctx["_loc"][3]
    return pick([f"{county}行政中心{rnd.randint(1, 6)}号楼{rnd.randint(2, 9)}楼",
                 f"{pick(ROADS)}{rnd.randint(1, 200)}号{county}政务服务中心{rnd.randint(2, 5)}楼",
                 f"县政务服务中心{pick('二三四')}楼{rnd.randint(2, 4)}{rnd.randint(1, 30):02d}室",
                 f"{county}{pick(ROADS)}{rnd.randint(1, 300)}号县委大院{rnd.randint(1, 5)}号楼"])


def _company(ctx):
    county = ctx["_loc"][3]
    r = rnd.random()
    if r < 0.15:
        return pick([f"中国移动{county}分公司", f"中国电信{county}分公司", f"国网{county}供电公司",
                     f"{county}自来水公司", f"{county}城市建设投资有限公司", "顺丰速运", "中通快递"])
    pre = pick([county[:-1] if len(county) > 2 else county, ctx["_loc"][2][:-1],
                {"赣": "江西", "皖": "安徽", "苏": "江苏", "鲁": "山东", "湘": "湖南",
                 "豫": "河南", "闽": "福建"}[ctx["_loc"][0]]])
    return f"{pre}{pick(CO_WORDS)}{pick(CO_TYPES)}有限公司"


def _uscc(ctx):
    return "91" + ctx["_loc"][5] + "MA" + "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")
                                                   for _ in range(8))


def _masked_id(ctx):
    r = ctx["_loc"][5]
    return pick([f"{r}********{rnd.randint(0, 9999):04d}", f"{r[:4]}**********{rnd.randint(100, 999)}X",
                 f"{r[:6]}{'*' * 12}"])


def _masked_mobile(ctx):
    return pick(["138", "139", "158", "187", "135", "152", "181"]) + "****" + f"{rnd.randint(0, 9999):04d}"


def _masked_plate(ctx):
    return ctx["_loc"][6] + pick(["·***", "***"]) + f"{rnd.randint(10, 99)}"


def _mask_name(ctx):
    return pick(SURNAMES) + pick(["*" + pick(GIVEN), "**", "*"])


def _title_s(ctx):
    return pick(SURNAMES) + pick(TITLES)


def _mrs(ctx):
    return pick(SURNAMES) + pick(["女士", "先生", "女士", "先生", "大爷", "阿姨"])


def _mou(ctx):
    return pick(SURNAMES) + pick(["某", "某某", "某某"])


def _county_unit(ctx):
    return pick(["县", ctx["_loc"][3]]) + pick(UNITS)


SLOTS = {
    "county": lambda c: c["_loc"][3], "city": lambda c: c["_loc"][2],
    "platform": lambda c: pick([c["_loc"][1], c["_loc"][1], "12345政务服务便民热线微信公众号",
                                "国家政务服务平台", "人民网领导留言板", "12345网站"]),
    "hotline": lambda c: pick(["12345", "12345政务服务便民", "12315"]),
    "town": lambda c: pick(TOWNS), "village": lambda c: pick(VILLAGES),
    "road": lambda c: pick(ROADS), "estate": lambda c: pick(ESTATES),
    "unit": _county_unit, "unit_short": lambda c: pick(UNITS),
    "title_s": _title_s, "mrs": _mrs, "mou": _mou, "sur": lambda c: pick(SURNAMES),
    "mask_name": _mask_name, "masked_id": _masked_id, "masked_mobile": _masked_mobile,
    "plate_mask": _masked_plate, "uscc": _uscc,
    "date": _date, "time": _time, "gd": _gd, "docno": _docno, "amount": _amount,
    "office_tel": _office_tel, "office_addr": _office_addr, "company": _company,
    "law": lambda c: pick(LAWS), "slogan": lambda c: pick(SLOGANS), "model": lambda c: pick(MODELS),
    "project": lambda c: pick(PROJECTS), "window": lambda c: pick(WINDOWS),
    "bank": lambda c: pick(BANKS), "shop": lambda c: pick(SHOPS), "netname": lambda c: pick(NETNAMES),
    "bridge": lambda c: pick(BRIDGES), "relative": lambda c: pick(RELATIVES),
    "position": lambda c: pick(POSITIONS), "dept": lambda c: pick(["审批", "综合", "执法", "财务", "规划"]),
    "gender": lambda c: pick(["男", "女"]), "age": lambda c: str(rnd.randint(23, 88)),
    "birth": lambda c: f"{rnd.randint(1945, 2000)}年{rnd.randint(1, 12)}月",
    "school": lambda c: pick([c["_loc"][3] + "第二中学", pick(TOWNS) + "中心小学",
                              c["_loc"][3] + "实验小学", c["_loc"][3] + "职业中专"]),
    "place": lambda c: pick(["外省某景区", "邻县某农家乐", "某酒店", c["_loc"][2] + "某小区"]),
    "year": lambda c: str(rnd.choice([2019, 2020, 2021, 2022, 2023, 2024])),
    "month": lambda c: f"{rnd.randint(1, 12)}月", "n": lambda c: str(rnd.randint(2, 15)),
    "days": lambda c: str(rnd.choice([3, 5, 7, 10, 15, 30])), "points": lambda c: str(rnd.choice([3, 6, 9, 12])),
    "art": lambda c: pick(["二十八", "三十一", "一百零二", "一百二十一", "一百四十二", "六十三"]),
    "pct": lambda c: f"{rnd.randint(900, 999) / 10}%", "big": lambda c: str(rnd.randint(3000, 48000)),
    "bus": lambda c: str(rnd.randint(1, 30)), "x": lambda c: f"{rnd.randint(11, 89) / 10}",
    "postcode": lambda c: c["_loc"][5][:3] + "700", "punish": lambda c: pick(PUNISH),
}

# ------------------------------------------------------------ templates
# (id, field, template).  Uppercase slots are labelled, lowercase unlabelled.
PII = [
 ("S", "诉求内容：市民{NAME}来电反映，{town}{village}通往{village2}的村道路面破损严重，雨天积水没过脚踝，学生上下学极不安全，希望尽快修复。联系电话：{MOBILE}。"),
 ("S", "来电人{NAME}反映其居住的{ADDR}楼上住户卫生间长期渗漏，多次协商无果，物业不作为，请求{unit}协调处理。"),
 ("S", "{NAME}来电反映：{date}在{road}一家水果店购买车厘子缺斤短两，店主{NAME2}拒不退换，诉求市场监管部门核查处理。"),
 ("S", "市民反映{ADDR}楼下烧烤店每晚营业至凌晨2点，油烟、噪音扰民严重。来电人：{NAME}，电话{MOBILE}。"),
 ("S", "诉求人{NAME}（身份证号：{ID}）反映其在{company}务工期间被拖欠工资{amount}，多次讨要未果，请求劳动监察部门帮助追讨。"),
 ("S", "{NAME}反映其小型轿车（号牌{PLATE}）于{date}停放在{road}路边被贴罚单，认为该路段未设禁停标志，要求复核撤销。"),
 ("S", "来电人{NAME}称其{relative}{NAME2}的惠农补贴一卡通（账号{CARD}）自{year}年起未收到耕地地力保护补贴，请求查明原因。"),
 ("S", "来信人{NAME}通过电子邮箱{EMAIL}反映，{town}某砂石场夜间违规开采，运输车辆沿{road}抛洒严重，请求查处。"),
 ("S", "投诉人{NAME}称在网上购买二手手机，卖家QQ号{QQ}，付款{amount}后对方将其拉黑失联，请求公安机关立案侦查。"),
 ("S", "市民{NAME}反映通过微信（微信号：{WX}）向某培训机构缴纳课时费{amount}，机构关门后负责人{NAME2}拒不退费。"),
 ("S", "{NAME}（{MOBILE}）反映：本人户籍在{town}{village}，{year}年申请的危房改造补助至今未发放，村干部称名额已满，请求核实。"),
 ("S", "诉求人{NAME}反映其母亲{NAME2}（身份证号{ID}）已年满80周岁，高龄津贴从{month}起停发，请求民政部门核查恢复。"),
 ("S", "来电反映：{ADDR}住户{NAME}在楼道内私拉电线给电动车充电，存在严重消防隐患，请求消防部门处理。"),
 ("S", "{NAME}反映{estate}小区物业公司（经理{NAME2}）未经业主大会同意擅自上调物业费，每平方米由0.8元涨至1.5元。"),
 ("S", "市民{NAME}反映在{town}街上{NAME2}经营的药店购买到过期药品，要求依法查处，联系方式{MOBILE}。"),
 ("S", "诉求：来电人{NAME}于{date}驾驶{PLATE}途经{road}时与一辆渣土车发生剐蹭，对方司机{NAME2}驾车离开现场，请求交警调查。"),
 ("S", "反映人：{NAME}；住址：{ADDR}；联系电话：{MOBILE}；反映事项：小区二次供水水质浑浊，有异味。"),
 ("S", "{NAME}来电，称其儿子{NAME2}在{school}就读，学校强制要求购买指定教辅资料，每生收费{amount}。"),
 ("S", "来电人{NAME}反映工资卡（{bank}，卡号{CARD}）被{company}扣押，无法正常取款，请求协调归还。"),
 ("S", "网民“{netname}”（实名{NAME}，邮箱{EMAIL}）留言反映，{county}不动产登记中心办理二手房过户需排队两周以上。"),
 ("S", "{NAME}反映其邻居{NAME2}在{ADDR}屋顶违规加建彩钢瓦房，已影响其房屋采光，多次向社区反映未处理。"),
 ("S", "诉求人{NAME}反映，其在{county}人民医院住院期间支付的费用未按规定进行医保报销，涉及金额{amount}。电话：{MOBILE}"),
 ("S", "群众来电：{NAME}，{gender}，{age}岁，{town}{village}村民，反映其承包的{n}亩山林被邻村村民{NAME2}强占砍伐。"),
 ("S", "{NAME}反映{company}的快递员{NAME2}多次未经同意将快递放至驿站并额外收取费用，投诉无门。"),
 ("S", "来电人{NAME}称其QQ号{QQ}被盗后，骗子冒充其身份向亲友借款，已有亲属转账{amount}，请求追回。"),
 ("S", "市民反映：{road}与{road2}交叉口红绿灯配时不合理，早高峰拥堵严重。（来电人{NAME}，{MOBILE}）"),
 ("S", "{NAME}来电反映其丈夫{NAME2}在{company}工地作业时受伤，公司拒绝申报工伤，请求人社部门介入。"),
 ("S", "诉求内容：{NAME}反映其车辆{PLATE}年检时被{company}要求额外缴纳“加急费”{amount}，认为属于乱收费。"),
 ("S", "{NAME}通过“{platform}”反映，{ADDR}门前下水道堵塞已半月，污水外溢，臭味刺鼻。"),
 ("S", "来电人{NAME}反映，其微信{WX}收到陌生人发来的“医保卡异常”链接，点击后被盗刷{amount}。"),
 ("O", "办理结果：经{unit}工作人员现场核实，{NAME}反映情况属实，已于{date}督促施工单位完成路面修补，并电话回访{NAME}本人，其表示满意。"),
 ("O", "办理结果：{date}，承办单位联系诉求人{NAME}（{MOBILE}），就其反映的工资拖欠问题进行了调解，{company}已当场支付{amount}。"),
 ("O", "经查，{ADDR}户主{NAME}未经审批擅自在楼顶加建构筑物，{unit}已于{date}下达《责令限期改正通知书》，责令其{days}日内自行拆除。"),
 ("O", "处理情况：{town}人民政府派员核实，来电人{NAME}反映的补贴未发放系其银行账户{CARD}已销户所致，已指导其变更账户后补发。"),
 ("O", "答复意见：{NAME}同志，您反映的高龄津贴问题，经核查，{NAME2}老人户籍已迁出本县，津贴依规停发。如有异议，请致电{office_tel}。"),
 ("O", "办理情况：市场监管所执法人员于{date}对{NAME}经营的水果店进行检查，发现其使用的电子秤未经检定，已责令停止使用并立案调查。"),
 ("O", "办理结果：交警大队调取监控查明，肇事车辆{PLATE}驾驶人为{NAME}，已依法作出罚款{amount}、记{points}分的处罚。"),
 ("O", "回复：经核实，诉求人{NAME}所述车辆{PLATE}停放路段已设置禁停标志，处罚无误，已向其做好解释工作，诉求人表示理解。"),
 ("O", "{unit}已联系{NAME}，经协调，{company}同意退还培训费{amount}，款项已于{date}转入其本人银行卡{CARD}。"),
 ("O", "办理结果：社区网格员{NAME}会同物业于{date}上门，对{ADDR}的私拉电线进行了拆除，并对住户进行了消防安全教育。"),
 ("O", "经调查，{NAME2}经营的药店确有销售过期药品行为，{unit}已没收违法所得并处罚款{amount}；已将处理结果反馈来电人{NAME}。"),
 ("O", "办理情况：经与{NAME}电话沟通（{MOBILE}），其所反映的医保报销问题已由{county}医疗保障局重新审核，应报销费用{amount}将于{days}个工作日内拨付。"),
 ("O", "答复：{NAME}，您好！您通过电子邮件（{EMAIL}）反映的砂石场问题，经{unit}联合执法检查，已责令该场停产整顿。感谢您的监督。"),
 ("O", "办理结果：{town}综治中心组织双方调解，{NAME}与{NAME2}就山林界址达成一致，签订调解协议书，矛盾纠纷已化解。"),
 ("O", "经核实，快递员{NAME}违规收取派件费属实，{company}已对其作出辞退处理，并向投诉人{NAME2}退还费用。"),
 ("O", "办理结果：公安机关已受理{NAME}报案，并对涉案QQ账号{QQ}进行追查，目前案件正在进一步侦办中。"),
 ("O", "回访情况：{date}{time}，工作人员电话回访诉求人{NAME}，其对办理结果表示“基本满意”，本工单予以办结。"),
 ("O", "办理结果：{NAME}反映的工伤认定问题，{county}人力资源和社会保障局已受理其丈夫{NAME2}的工伤认定申请，将在法定时限内作出认定结论。"),
 ("O", "处理结果：经核查，{company}员工{NAME}在车辆年检中违规收取“加急费”，公司已责令其退还当事人{amount}，并扣发其当月绩效。"),
 ("O", "办理结果：已安排疏通车辆对{ADDR}门前排水管道进行清淤，{date}已疏通完毕，诉求人{NAME}现场确认。"),
 ("A", "差评内容：办事群众{NAME}在{county}政务服务中心办理营业执照变更时，窗口工作人员{NAME2}要求其往返提交材料3次。"),
 ("A", "整改措施：一是对窗口工作人员{NAME}进行批评教育，扣减当月绩效；二是实行一次性告知制度；三是由{title_s}带队开展作风整顿。"),
 ("A", "整改情况：责任人{NAME}已作出书面检查，中心已于{date}向差评人{NAME2}当面致歉，并为其办结业务，差评人表示认可。"),
 ("A", "整改责任人：{NAME}（{position}）；整改时限：{date}前；联系人：{NAME2}，联系电话{MOBILE}。"),
 ("A", "①对{NAME}同志在岗期间玩手机问题进行通报批评；②修订《窗口工作人员考勤管理办法》；③每月开展一次服务礼仪培训。"),
 ("A", "差评原因：评价人{NAME}称，{date}上午在{window}窗口等候2小时无人接待，工作人员{NAME2}离岗未放置暂停服务牌。"),
 ("A", "整改举措：1.约谈{company}负责人{NAME}，责令限期整改；2.将该企业列入重点监管对象；3.每周开展一次“回头看”。"),
 ("A", "经核实，差评系窗口人员{NAME}业务不熟、解释不清所致。已调整{NAME}至后台岗位，并安排业务骨干{NAME2}负责该窗口。"),
 ("A", "整改反馈：已于{date}电话联系差评人{NAME}（{MOBILE}），告知整改情况，其将评价修改为“满意”。"),
 ("A", "二是建立包保责任制，由{NAME}负责{village}、{NAME2}负责{village2}的矛盾纠纷排查，每周报送一次工作台账。"),
 ("A", "差评事项：{NAME}于{date}通过“{platform}”申办社保卡补换，系统多次提示身份证号{ID}校验失败，电话咨询无人应答。"),
 ("A", "整改措施：对{NAME}反映的办件超时问题，责令经办人{NAME2}作出书面说明，并将该事项纳入季度效能考评。"),
 ("N", "关于{county}{unit_short}{NAME}同志违反工作纪律问题的通报"),
 ("N", "经查，{NAME}在担任{town}党委副书记期间，对辖区信访问题化解不力，造成群众多次越级上访。依据《中国共产党纪律处分条例》，给予{NAME}党内警告处分。"),
 ("N", "{county}{unit_short}工作人员{NAME}在窗口服务中态度生硬、推诿扯皮，造成不良影响，经县机关效能投诉中心调查核实，给予{NAME}诫勉谈话处理。"),
 ("N", "{date}，县委督查室在{town}暗访发现，{village}村委会主任{NAME}上班时间脱岗，村务值班人员{NAME2}在岗玩手机游戏。"),
 ("N", "一、{county}{unit_short}原副局长{NAME}违规发放津补贴问题。{year}年至{year2}年，{NAME}在担任副局长期间，违规以加班费名义发放津补贴{amount}。{NAME}受到政务记过处分。"),
 ("N", "{town}{village}党支部书记{NAME}优亲厚友问题。{NAME}利用职务便利，将其{relative}{NAME2}违规纳入低保对象，领取低保金{amount}。{NAME}受到党内严重警告处分，违规资金已全部追缴。"),
 ("N", "关于对{NAME}等{n}名同志履职不力问题的问责情况通报"),
 ("N", "经研究，决定对{unit}副局长{NAME}进行提醒谈话，对该局{dept}股股长{NAME2}进行诫勉，并责令该局向县委、县政府作出书面检查。"),
 ("N", "督查发现，{town}便民服务中心工作人员{NAME}、{NAME2}于工作日{time}提前离岗，中心值班表形同虚设。"),
 ("N", "{unit}干部{NAME}在处理群众投诉件时敷衍塞责，导致工单超期{days}天未办结，被县机关效能投诉中心给予效能告诫。"),
 ("N", "（二）{county}{unit_short}{position}{NAME}公车私用问题。{date}，{NAME}驾驶公务用车{PLATE}前往{place}办理私事。{NAME}受到政务警告处分。"),
 ("N", "通报：{NAME}（{town}人民政府四级主任科员）在防汛值班期间擅离职守，未及时上报险情，被给予{punish}。"),
 ("N", "{county}纪委监委通报：{unit}会计{NAME}挪用公款{amount}，转入其个人银行账户{CARD}用于网络赌博，已被开除公职并移送司法机关。"),
 ("N", "三、{town}{village}村委会副主任{NAME}违规收受好处费问题。{year}年，{NAME}在协助镇政府开展征地拆迁工作中，收受拆迁户{NAME2}好处费{amount}。"),
 ("N", "对{company}法定代表人{NAME}（身份证号{ID}）拒不履行生效判决一案，已依法将其纳入失信被执行人名单。"),
 ("N", "根据群众举报，{unit_short}工作人员{NAME}利用微信{WX}向办事群众索要“好处费”，经查属实，给予其{punish}。"),
 ("N", "暗访组于{date}{time}拨打{unit}公开电话，接听人员{NAME}态度冷漠，未按首问负责制要求做好登记。"),
 ("N", "关于{NAME}、{NAME2}同志在{project}中失职失责问题的通报"),
 ("O", "{NAME}：您于{date}通过网上信访平台反映的宅基地纠纷问题收悉。现答复如下：经{town}人民政府调查，您与邻居的宅基地界址以{year}年确权登记为准。"),
 ("S", "信访人：{NAME}，{gender}，{birth}出生，住{ADDR}，联系电话：{MOBILE}。"),
 ("S", "信访事项：{NAME}反映其{relative}{NAME2}于{year}年在{company}工作期间死亡，要求单位支付抚恤金。"),
 ("O", "信访事项处理意见书  信访人{NAME}（身份证号码{ID}）：你反映的问题，本机关依法受理，经调查，所反映问题部分属实。"),
 ("O", "复查意见：申请人{NAME}不服{town}人民政府作出的处理意见，于{date}提出复查申请。经复查，原处理意见认定事实清楚，予以维持。"),
 ("S", "{NAME}等{n}名村民联名信访反映，{village}村干部{NAME2}在土地流转中私自截留流转费用。"),
 ("S", "来电人{NAME}反映，一辆车牌为{PLATE}的白色面包车长期占用{estate}小区消防通道，物业劝离无效。"),
 ("O", "办理结果：县交警大队城区中队已通知车主{NAME}将{PLATE}挪离消防通道，并对其进行警告教育。"),
 ("S", "市民{NAME}反映在{platform}购买电器后，客服通过QQ{QQ}诱导其扫码“退款”，被骗{amount}。"),
 ("S", "来电人{NAME}反映其公积金提取申请被退回，请求将相关材料清单发送至邮箱{EMAIL}以便补正。"),
 ("O", "已按诉求人要求将《补正材料告知书》发送至{NAME}的电子邮箱{EMAIL}，并电话告知其补齐材料后即可办理。"),
 ("S", "{NAME}反映其在{company}办理的预付卡余额{amount}无法使用，商家老板{NAME2}（微信号{WX}）已将其删除。"),
 ("O", "办理结果：经查，{company}负责人{NAME2}已失联，{unit}已将该案线索移交公安机关；诉求人{NAME}可凭消费凭证登记维权。"),
 ("S", "诉求人{NAME}，身份证号码{ID}，反映其养老保险缴费年限少记{n}年，请求核查{year}年至{year2}年的缴费记录。"),
 ("O", "办理结果：经{county}社保中心核查，{NAME}（公民身份号码{ID}）{year}年度缴费记录因单位漏报未录入系统，现已补录。"),
 ("S", "来电人{NAME}称其在{town}的老房子（{ADDR}）被列入征收范围，但评估补偿标准明显偏低，请求重新评估。"),
 ("S", "{NAME}反映{ADDR}出租屋内长期聚集多名外来人员，深夜喧哗，疑似从事传销活动，联系电话{MOBILE}。"),
 ("O", "经{town}派出所民警上门核查，{ADDR}租户{NAME}等{n}人系务工人员，未发现传销活动，已督促房东{NAME2}完善租住登记。"),
 ("A", "整改情况：针对{NAME}反映的问题，{unit}已约谈{estate}小区物业经理{NAME2}，督促其在{days}日内清理楼道堆积物。"),
 ("N", "典型案例：{county}{unit_short}工作人员{NAME}在受理群众{NAME2}低保申请时，明示其“找关系”，经查属实，给予政务警告处分并调离岗位。"),
 ("S", "来电人{NAME}反映，其于{date}通过银行卡{CARD}缴纳的城乡居民医保费用显示未到账，请求核查。"),
 ("S", "诉求内容：{NAME}反映其{relative}{NAME2}（{age}岁，住{ADDR}）独居且患有重病，生活无人照料，请求纳入特困供养。"),
 ("O", "办理结果：{town}民政办已上门为{NAME2}办理特困人员救助供养申请，同时安排网格员{NAME3}每周上门探访。来电人{NAME}表示满意。"),
 ("N", "{county}政务服务中心{month}“好差评”情况通报：{window}窗口工作人员{NAME}获得差评{n}次，已责令其作出书面说明。"),
 ("S", "来电人{NAME}反映，本人驾驶的电动车在{road}被{company}的货车（{PLATE}）撞倒，对方拒绝赔偿医药费。"),
 ("S", "{NAME}反映其邮箱{EMAIL}收到冒充{unit}的“补贴申领”邮件，要求填写银行卡号和验证码，怀疑是诈骗。"),
 ("A", "整改措施：（一）由副局长{NAME}牵头成立工作专班，逐件梳理超期工单；（二）对责任人{NAME2}扣发当季绩效；（三）限{days}日内全部办结。"),
 ("N", "{year}年第{n}期督查通报指出，{town}{village}网格员{NAME}入户走访台账存在“代签名”现象，涉及农户{NAME2}等多户。"),
 ("S", "工单{gd}：{NAME}反映{town}卫生院医生{NAME2}在诊疗时态度恶劣，并推销院外药店药品。"),
 ("O", "受理{NAME}投诉后，卫健委约谈了{NAME2}，责令其作出书面检讨，并在全院通报批评。"),
 ("N", "经县纪委监委研究并报县委批准，给予{town}原党委委员、副镇长{NAME}开除党籍处分，按规定取消其享受的待遇。"),
 ("O", "办理结果：{date}，{unit}会同{town}人民政府、社区居委会组成联合调查组，对诉求人{NAME}反映的{ADDR}违建问题进行现场勘查。经查，该建筑系房主{NAME2}于{year}年未经规划许可擅自搭建，执法人员已依法送达《限期拆除决定书》，并将持续跟踪督办。"),
 ("N", "经查，{NAME}在担任{county}{unit_short}{position}期间，违反中央八项规定精神，多次接受管理服务对象{company}负责人{NAME2}安排的宴请，并收受购物卡共计{amount}；同时存在工作日饮酒等问题。{NAME}受到党内警告处分，违纪所得已予收缴。"),
 ("S", "诉求内容：来电人{NAME}（联系电话{MOBILE}）反映，其于{date}在{company}购买的商品房至今未办理不动产权证，开发商以“土地款未结清”为由一再拖延，小区共有三百余户业主受影响，请求{unit}督促开发商尽快办证。"),
 ("A", "整改措施：一是对当班工作人员{NAME}、{NAME2}进行约谈提醒，责令其向办事群众当面道歉；二是在{window}窗口设置“帮办代办”专岗，由业务骨干{NAME3}专职负责；三是将整改情况在中心内部通报，并纳入年度评先评优考核。"),
 ("O", "{NAME}同志：您好！您通过12345热线反映的子女入学问题，经{county}教育科技体育局核实，您的户籍地址为{ADDR}，属于{school}学区范围，已协调学校于{date}前为您子女办理入学手续，如有疑问请联系招生办{office_tel}。"),
 ("N", "{date}，县委督查室对全县12345热线工单办理情况开展专项督查，发现{town}承办的工单{gd}存在“虚假办结”问题：经办人{NAME}未联系诉求人即填报“已办结”，分管领导{NAME2}审核把关不严。县机关效能投诉中心已对二人分别给予效能告诫和提醒谈话。"),
 ("S", "信访人{NAME}、{NAME2}夫妇反映：二人系{town}{village}村民，身份证号分别为{ID}、{ID2}，{year}年因修建{road}被征收承包地{n}亩，至今未收到青苗补偿款，多次到镇政府反映未果。"),
 ("O", "办理结果：经{county}医疗保障局核查，{NAME}在{county}人民医院的住院费用{amount}已于{date}完成“一站式”结算，个人自付部分已原路退回至其社保卡金融账户{CARD}，请注意查收；如仍有疑问，可拨打医保服务热线{office_tel}咨询。"),
]

CLEAN = [
 ("S", "诉求内容：市民{mrs}来电反映，{town}{village}至{village2}道路路面坑洼不平，雨天积水严重，希望相关部门尽快修复。"),
 ("O", "办理结果：经{unit}工作人员现场核实，该路段已纳入{year}年农村公路提升改造计划，预计{month}底前完成施工，已向来电人做好解释。"),
 ("S", "来电人{mou}反映{estate}小区二次供水水质浑浊，要求{company}尽快检修。工单编号：{gd}。"),
 ("O", "办理结果：{title_s}带队于{date}{time}赶赴现场，协调{company}对加压泵房进行清洗消毒，经第三方检测水质达标。"),
 ("N", "关于{county}{unit_short}违反中央八项规定精神典型问题的通报（{docno}）"),
 ("N", "经查，当事人{mou}在担任{town}某村党支部书记期间，违规收受他人礼金{amount}，依据《中国共产党纪律处分条例》第{art}条，给予{mou}党内警告处分。"),
 ("A", "整改措施：一是严格落实首问负责制、一次性告知制和限时办结制；二是开展“{slogan}”专项行动；三是每月通报差评整改情况。"),
 ("S", "一位姓{sur}的市民来电反映，{road}沿线多家商铺占道经营，早晚高峰行人只能走机动车道，存在安全隐患。"),
 ("O", "{unit}已安排执法中队对{road}沿线占道经营行为进行集中整治，共劝离流动摊贩{n}处，暂扣违规物品{n2}件。"),
 ("N", "{county}机关效能投诉中心{year}年第{n}季度共受理效能投诉{big}件，办结率100%，群众满意率{pct}。"),
 ("S", "{mrs}反映其在{company}办理的宽带业务，合同到期后仍被自动续费{amount}，要求退还。"),
 ("O", "经协调，{company}已同意退还多扣费用，款项将于{days}个工作日内原路返回。如有疑问请拨打{office_tel}。"),
 ("A", "差评内容：办事群众反映{window}窗口办理时间过长。整改措施：增设{n}个综合受理窗口，推行“午间不打烊”和“周末延时服务”。"),
 ("N", "县委、县政府决定，对在{project}中表现突出的{town}等{n}个单位予以通报表扬。"),
 ("S", "来电人反映，{hotline}热线多次占线，希望增加坐席。（来电时间：{date}{time}）"),
 ("O", "答复：您反映的问题已转{unit}办理，请保持电话畅通。监督电话：{office_tel}，办公地址：{office_addr}。"),
 ("N", "{county}纪委监委公开曝光{n}起形式主义、官僚主义典型问题，要求全县党员干部以案为鉴、举一反三。"),
 ("S", "诉求人{mrs}（身份证号码已脱敏：{masked_id}）反映，其养老金{month}份未按时发放。"),
 ("O", "经核查，来电人{mou}（电话{masked_mobile}）所述情况基本属实，{unit}已责令{company}限期整改。"),
 ("A", "①由{title_s}负总责；②{title_s2}具体抓落实；③相关股室负责人为直接责任人，整改不到位的严肃追责。"),
 ("S", "市民反映{village}村口垃圾中转站长期未清运，蚊蝇滋生，臭味影响周边{n}户居民生活。"),
 ("O", "{town}人民政府已督促环卫公司加密清运频次，由原来的每两日一次调整为每日一次，并对中转站进行喷洒消杀。"),
 ("N", "根据《{law}》和《{law2}》有关规定，经县纪委常委会会议研究，决定给予相关责任人相应处理。"),
 ("S", "来电人反映{road}与{road2}交叉口附近路灯不亮已近一个月，夜间行人出行不便。"),
 ("O", "经{company}现场排查，系线路老化导致，已于{date}更换电缆{n}0米，路灯恢复正常照明。"),
 ("N", "关于{county}{unit_short}窗口工作人员服务态度问题的调查处理情况通报"),
 ("S", "投诉人{mou}反映，{company}在{town}开发的{estate}项目逾期{n}个月未交房，业主多次维权无果。"),
 ("O", "经{unit}约谈开发企业，该企业承诺于{date}前完成交付，并按合同约定支付逾期违约金。"),
 ("A", "整改时限：{date}前。整改责任单位：{unit}。整改责任人：{title_s}。"),
 ("N", "督查组通过“四不两直”方式，对{town}、{town2}等{n}个乡镇便民服务中心进行了暗访。"),
 ("N", "经查，{county}{unit_short}{position}{mou}、{position2}{mou2}在{project}中履职不力，分别给予诫勉谈话和批评教育。"),
 ("S", "一位姓{sur}的老人来电反映，其在{town}赶集时被推销“保健品”，花费{amount}，要求退款。"),
 ("O", "{town}市场监管所执法人员于{date}对涉事经营场所进行了检查，该场所已停止营业，相关线索已移送公安机关。"),
 ("N", "全县各级各部门要坚持以人民为中心的发展思想，大力弘扬“{slogan}”精神，切实解决群众急难愁盼问题。"),
 ("N", "要以{model}同志为榜样，始终把群众的事当作自己的事，做到件件有着落、事事有回音。"),
 ("S", "来电人反映，{county}人民医院门诊挂号需排队{n}小时以上，希望优化就诊流程。（工单号：{gd}）"),
 ("O", "{county}卫生健康委员会已督促医院增设自助挂号机{n}台，开通“{platform}”预约挂号功能，患者平均等候时间缩短至{n2}分钟。"),
 ("A", "针对“好差评”系统收到的{big}条评价中的差评，中心逐条进行了回访核实，实名差评已全部完成整改。"),
 ("N", "{city}12345政务服务便民热线{month}共受理群众诉求{big}件，按时办结率{pct}，满意率{pct2}。"),
 ("S", "{mrs}反映其孩子在{school}就读，学校食堂饭菜价格偏高、分量不足。"),
 ("O", "{county}教育科技体育局已会同市场监管部门对该校食堂进行联合检查，督促学校公开菜品价格，并成立家长膳食委员会。"),
 ("N", "对{company}（统一社会信用代码：{uscc}）未按规定明码标价的行为，依法作出罚款{amount}的行政处罚。"),
 ("S", "市民反映{estate}小区门口的公交站台被撤销，老人出行不便，希望恢复{bus}路公交站点。"),
 ("O", "{county}交通运输局答复：因道路改造，该站点临时迁移至{road}东侧约{n}0米处，待工程完工后恢复原址。"),
 ("N", "{date}，{county}召开作风建设暨优化营商环境大会，县委书记、县长出席会议并讲话。"),
 ("A", "二是建立“接诉即办”工作机制，对群众来电做到“{slogan}”；三是将办理情况纳入年度绩效考核。"),
 ("S", "{mou}反映其在{town}{village}承包的鱼塘因上游{company}排污导致鱼苗大量死亡。"),
 ("O", "{county}生态环境局执法人员现场采样检测，该企业排放废水化学需氧量超标{x}倍，已依法下达《责令改正违法行为决定书》。"),
 ("N", "{town}党委书记、镇长作为第一责任人，对问题整改负总责，分管领导具体负责。"),
 ("S", "来电人反映，{road}{bridge}桥面伸缩缝破损，车辆通过时噪音较大。"),
 ("O", "办理单位：{unit}；办理时限：{days}个工作日；办理状态：已办结；回访结果：满意。"),
 ("N", "{county}机关效能投诉中心地址：{office_addr}；邮政编码：{postcode}；投诉电话：{office_tel}。"),
 ("A", "整改措施：1.对{window}窗口进行流程再造，将办理环节由{n}个压减至2个；2.推行帮办代办服务；3.设立“办不成事”反映窗口。"),
 ("S", "市民{mrs}反映，{company}（{road}{n}号）销售的电动自行车未取得3C认证。"),
 ("O", "经查，该门店销售的{n}辆电动自行车均具有有效的CCC认证证书，投诉反映情况不属实，已向来电人反馈。"),
 ("N", "{county}{unit_short}原党组成员、副局长{mou}严重违纪违法问题已被立案审查调查。"),
 ("S", "来电人反映{village}部分村民小组自来水管网老化，夏季用水高峰经常停水。"),
 ("O", "{county}自来水公司已将该村纳入{year}年农村供水保障工程，计划改造管网{x}公里，惠及群众{big}人。"),
 ("N", "各单位要认真学习《{law}》，严格落实信访工作责任制，坚决防止推诿扯皮、敷衍塞责。"),
 ("A", "差评整改公示：{date}，评价对象：{unit}；差评原因：办事效率低；整改结果：已整改，评价人已修改为“非常满意”。"),
 ("S", "{mrs}来电，反映{company}招聘时收取“服装押金”{amount}，入职{n}天后离职押金不予退还。"),
 ("O", "{county}劳动保障监察大队已责令该公司退还押金，并对其违规收取押金行为予以警告。"),
 ("N", "关于{year}年度全县政务服务“好差评”工作情况的通报（{docno}）"),
 ("S", "来电人称{road}上的“{shop}”长期把音响放在门口促销，声音很大，影响周边居民休息。"),
 ("O", "{date}，城管执法人员已对该店进行劝导，店方已将音箱撤回室内并调低音量，后续将加强巡查。"),
 ("N", "{unit}{title_s}、{title_s2}分别在{town}、{town2}开展“{slogan}”下基层接访活动，现场解决问题{n}件。"),
 ("S", "投诉人{mou}反映其在“{platform}”预约的{window}业务被无故取消，工单编号{gd}，请核实。"),
 ("O", "经核查，系系统升级导致部分预约信息丢失，{unit}已逐一电话联系受影响群众重新预约，并致歉。"),
 ("N", "{county}人民政府办公室关于印发《{county}政务服务“好差评”管理办法（试行）》的通知"),
 ("A", "整改责任人：{title_s}；督办人：县效能办{title_s2}；整改完成情况：已完成。"),
 ("S", "诉求编号{gd}：市民反映{town}集镇农贸市场周边乱停乱放，{plate_mask}等车辆长期占用人行道。"),
 ("O", "来电人{mou}的诉求已按程序转{unit}办理，承办人{title_s}，办理期限至{date}。"),
 ("N", "经县委研究决定，对{county}{unit_short}党组予以通报批评，责令党组书记向县纪委作出深刻检查。"),
 ("N", "{year}年以来，全县共问责党员干部{big}人次，其中党纪政务处分{n}0人，组织处理{n2}人。"),
 ("N", "{year}年第{n}批城乡低保新增对象公示：{mask_name}、{mask_name2}、{mask_name3}等{n}0户，公示期7天，监督电话{office_tel}。"),
 ("S", "投诉编号{gd}，投诉对象：{company}，投诉事由：售后服务不到位，诉求：退货退款，涉及金额{amount}。"),
 ("O", "{title_s}表示，下一步将举一反三，在全系统开展“{slogan}”作风纪律专项整治，坚决杜绝类似问题再次发生。"),
 ("A", "整改落实情况：一是已于{date}召开专题会议；二是已修订完善《{window}业务办事指南》；三是已对{n}名窗口人员开展业务培训。"),
 ("N", "深入学习贯彻习近平新时代中国特色社会主义思想，持续深化“{slogan}”活动，推动作风建设常态化长效化。"),
 ("S", "来电反映：{town}{village}境内{company}的货车超载运输，碾压村道，请求{unit}加强治超。"),
 ("O", "{unit}联合交警在{village}路口设置临时检测点，{date}至今共查处超限超载车辆{n}台次，卸载货物{big}吨。"),
 ("N", "效能投诉受理方式：1.拨打投诉电话{office_tel}；2.登录{county}人民政府网“效能投诉”专栏；3.来信寄至{office_addr}，邮编{postcode}。"),
 ("A", "整改责任股室：{dept}股；配合单位：{town}人民政府、{unit}；完成时限：{date}。"),
 ("S", "{mrs}通过“{platform}”留言：{road}在建工地夜间施工至23时，请求{unit}依法查处。"),
 ("O", "经查，{company}未办理夜间施工许可，{unit}已依据《中华人民共和国噪声污染防治法》对其罚款{amount}。"),
 ("N", "对{county}{unit_short}等{n}个单位在{project}中存在的进度滞后问题予以通报，限{days}日内整改到位。"),
 ("S", "来电人{mou}称其父亲系退役军人，咨询优待证办理流程及所需材料。"),
 ("O", "已告知来电人可携带退役证件及户口簿到{town}退役军人服务站或通过“{platform}”线上申办，咨询电话{office_tel}。"),
 ("N", "{date}，{county}机关效能投诉中心联合县纪委监委第{n}监督检查室，采取“四不两直”方式，对{unit}、{county}{unit_short}等{n2}个单位窗口服务、值班值守和工作纪律情况进行了明察暗访，发现问题{n3}个，现将有关情况通报如下。"),
 ("O", "办理结果：{unit}高度重视，于收到工单当日即安排{title_s}带队赴{town}{village}现场核查。经查，来电人反映的山塘水库渗漏问题属实，已将该水库纳入{year}年小型水库除险加固项目，计划投资{amount}，目前已完成设计招标。"),
 ("A", "整改措施：（一）严格落实《{law}》有关要求，进一步健全“好差评”闭环管理机制；（二）对差评事项实行“一事一档”，由{title_s}负责跟踪督办；（三）每季度开展一次群众满意度回访，回访率不低于{pct}。"),
 ("S", "诉求内容：{mrs}反映，{estate}小区自交房以来电梯频繁故障，{month}以来已发生困人事件{n}次，物业公司维修不及时，业主多次向{company}反映均未得到解决，请求{unit}督促整改。"),
 ("N", "通报指出，少数单位对群众诉求办理存在“重办结、轻实效”“重答复、轻解决”等问题，个别工单出现“一退了之”“层层转办”现象。各单位要深刻汲取教训，对照《{law}》要求举一反三抓好整改，确保{date}前全部整改到位。"),
]

# ------------------------------------------------------------ rendering
SLOT = re.compile(r"\{([A-Za-z_]+?)(\d*)\}")
HALF = {"：": ":", "，": ",", "（": "(", "）": ")", "；": ";"}


def vary_punct(tpl):
    """Clerk-typed half-width punctuation in the template's literal parts."""
    if rnd.random() > 0.18:
        return tpl
    p = rnd.uniform(0.4, 1.0)
    out, depth = [], 0
    for ch in tpl:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if depth == 0 and ch in HALF and rnd.random() < p:
            out.append(HALF[ch])
        else:
            out.append(ch)
    s = "".join(out)
    # keep parens paired by kind
    return s


def render(tpl):
    ctx = {"_loc": pick(LOCALES)}
    vals = {}
    text, labels, pos, i = [], [], 0, 0
    for m in SLOT.finditer(tpl):
        lit = tpl[i:m.start()]
        text.append(lit)
        pos += len(lit)
        key, base = m.group(0), m.group(1)
        if key not in vals:
            for _ in range(50):
                if base in LABELLED:
                    v = LABELLED[base][1](ctx)
                elif key == "{year2}":
                    v = str(int(ctx.get("year", "2020")) + rnd.randint(1, 3))
                else:
                    v = SLOTS[base](ctx)
                if all(v != w for k, w in vals.items() if SLOT.match(k).group(1) == base):
                    break
            vals[key] = v
            if base.islower() and not m.group(2):
                ctx[base] = v
        v = vals[key]
        text.append(v)
        if base in LABELLED:
            labels.append({"start": pos, "end": pos + len(v), "kind": LABELLED[base][0]})
        pos += len(v)
        i = m.end()
    text.append(tpl[i:])
    return "".join(text), labels


# ------------------------------------------------------------ checks
MOB_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
CARD_RE = re.compile(r"(?<!\d)\d{16,19}(?!\d)")
PLATE_RE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]·?[A-HJ-NP-Z0-9]{5,6}")


def stray_pii(text, labels):
    """PII-looking strings outside the labelled spans."""
    masked = list(text)
    for l in labels:
        for k in range(l["start"], l["end"]):
            masked[k] = "\u3000"
    t = "".join(masked)
    if MOB_RE.search(t) or "@" in t or PLATE_RE.search(t):
        return True
    for m in ID_RE.finditer(t):
        if id_check(m.group(0)[:17]) == m.group(0)[17].upper():
            return True
    return any(luhn_ok(m.group(0)) for m in CARD_RE.finditer(t))


def valid(text, labels):
    spans = sorted((l["start"], l["end"]) for l in labels)
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if c < b:
            return False
    starts = {(l["start"], text[l["start"]:l["end"]]) for l in labels}
    for l in labels:
        v = text[l["start"]:l["end"]]
        j = text.find(v)
        while j != -1:                      # every occurrence must be a labelled one
            if (j, v) not in starts:
                return False
            j = text.find(v, j + 1)
        if l["kind"] == "id":
            assert len(v) == 18 and id_check(v[:17]) == v[17].upper()
        if l["kind"] == "card":
            d = v.replace(" ", "")
            assert d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d)
    return not stray_pii(text, labels)


FIELD = {"S": "summary", "O": "outcome", "A": "action", "N": "notice"}


def build(pool, prefix, count):
    order = []
    while len(order) < count:
        block = list(range(len(pool)))
        rnd.shuffle(block)
        order.extend(block)
    order = order[:count]
    rows, seen = [], set()
    for idx in order:
        f, tpl = pool[idx]
        for _ in range(200):
            text, labels = render(vary_punct(tpl))
            if text not in seen and valid(text, labels):
                break
        else:
            raise RuntimeError(f"cannot render {prefix}{idx}")
        for l in labels:
            assert text[l["start"]:l["end"]]
        assert bool(labels) == (prefix == "p")
        seen.add(text)
        rows.append({"field": FIELD[f], "labels": labels,
                     "shape": f"fresh4-{prefix}{idx + 1:03d}", "text": text})
    return rows


def main():
    assert len({t for _, t in PII}) == len(PII) and len({t for _, t in CLEAN}) == len(CLEAN)
    rows = build(PII, "p", N_PII) + build(CLEAN, "c", N_CLEAN)
    rnd.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    kinds = Counter(l["kind"] for r in rows for l in r["labels"])
    print("sentences", len(rows), "clean", sum(not r["labels"] for r in rows),
          "templates", len({r["shape"] for r in rows}), "(pii", len(PII), "clean", len(CLEAN), ")")
    print("labels", dict(kinds), "total", sum(kinds.values()))
    print("fields", dict(Counter(r["field"] for r in rows)))


if __name__ == "__main__":
    main()
