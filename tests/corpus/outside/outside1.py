# -*- coding: utf-8 -*-
"""Independent test corpus (fresh2) for the personal-data detector.

Writes outside1.jsonl beside this file.  Every sentence is built from a hand-written
template; placeholders are filled left to right and the offsets of every
personal value are recorded while the string is assembled.
"""
import json
import random
import re
from faker import Faker

SEED = 20260315
rnd = random.Random(SEED)
Faker.seed(SEED)
fake = Faker("zh_CN")

OUT = str(__import__("pathlib").Path(__file__).with_suffix(".jsonl"))

# ---------------------------------------------------------------- value pools
COMMON_SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤赖温古巫兰揭幸管易凌欧阳")
COMMON_SURNAMES = [s for s in COMMON_SURNAMES if s not in "欧阳"] + ["赖", "钟", "曾", "廖", "刘", "黄", "谢", "肖", "邱"]  # Gannan weighting
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯", "尉迟", "公孙", "长孙", "端木"]
MY_GIVEN_MALE = ["建国", "建军", "志强", "志刚", "国华", "小军", "永福", "春生", "水生", "桂生", "冬生", "根发", "金林", "明华",
                 "振华", "文斌", "海涛", "俊杰", "子豪", "宇轩", "浩然", "梓涵", "天佑", "家乐", "德明", "长根", "庆林", "有才",
                 "荣华", "新民", "卫东", "红兵", "爱国", "立新", "宏伟", "晓东", "鹏飞", "远航", "承志", "炳坤", "启明", "茂盛",
                 "兆丰", "锦辉", "运来", "福生", "观保", "石生", "财旺", "光荣", "磊", "斌", "刚", "勇", "军", "超", "亮", "健"]
MY_GIVEN_FEMALE = ["晓燕", "丽华", "秀兰", "冬梅", "春花", "美玲", "小红", "娜娜", "婷婷", "雪梅", "玉珍", "凤英", "月娥",
                   "金莲", "淑芬", "慧敏", "雅琴", "思琪", "欣怡", "雨桐", "梦瑶", "佳怡", "紫涵", "诗涵", "桂花", "翠兰",
                   "满妹", "招娣", "秋菊", "细妹", "芳", "娟", "敏", "莉", "燕", "萍", "琳", "洁", "颖", "蕾"]
RARE_CHARS = ["喆", "昇", "翀", "珺", "玥", "彧", "琰", "婳", "祎", "赟", "燊", "垚", "淼", "犇", "鑫", "晗", "昳", "旻",
              "翾", "瑄", "玙", "璟", "暄", "珣", "淏", "祺", "铖", "锃", "焓", "炜", "煜", "骞", "芃", "芮", "苒", "蓁",
              "堃", "鋆", "沅", "洺", "湉", "姝", "婕", "嫣", "婵", "翊", "昶", "皓", "蔚", "骁"]
RARE_PAIR = ["子", "梓", "俊", "思", "雨", "一", "亦", "嘉", "沐", "若", "佳", "以"]
WORDLIKE_NAMES = ["高峰", "向阳", "林森", "石磊", "白雪", "江涛", "马力", "金鑫", "于洋", "方圆", "文静", "安然",
                  "常青", "严明", "万里", "甘露", "程功", "钟声", "黎明", "夏天", "高洁", "宋丹", "文华", "周全"]

STAFF_POSTS = ["副局长", "股长", "科员", "窗口工作人员", "办公室主任", "办公室副主任", "审批股股长", "窗口负责人",
               "党组成员", "执法队员", "综合股副股长", "分管副局长", "二级主任科员", "四级主任科员", "政务服务股股长"]
COUNTIES = ["于都县", "信丰县", "宁都县", "石城县", "安远县", "龙南市", "全南县", "定南县", "会昌县", "寻乌县",
            "兴国县", "瑞金市", "上犹县", "崇义县", "大余县", "赣县区", "南康区"]
GEN_BIZ = ["不动产登记", "营业执照变更", "医保异地备案", "社保关系转移", "公积金提取", "户口迁移", "身份证补办",
           "驾驶证换证", "低保申请", "农村建房审批", "老年优待证", "残疾人证", "食品经营许可证",
           "新生儿落户", "养老保险待遇领取", "退役军人优待证申领", "失业保险金申领", "居住证", "房屋产权证更名",
           "二手房过户", "个体工商户注销", "城乡居民医保参保登记", "门诊慢特病认定"]
# unit -> business handled there (so that 县林业局 is not asked for a 驾驶证)
UNIT_BIZ = {
    "县市场监督管理局": ["营业执照变更", "食品经营许可证", "个体工商户注销", "药品经营许可证"],
    "县住房和城乡建设局": ["物业专项维修资金申请", "商品房合同备案", "建筑工程施工许可"],
    "县自然资源局": ["农村建房审批", "不动产登记", "用地规划许可"],
    "县不动产登记中心": ["不动产登记", "二手房过户", "房屋产权证更名", "抵押登记注销"],
    "县人力资源和社会保障局": ["社保关系转移", "失业保险金申领", "职业技能补贴申领", "工伤认定"],
    "县社会保险事业管理中心": ["养老保险待遇领取", "社保关系转移", "社保卡挂失补办"],
    "县医疗保障局": ["医保异地备案", "城乡居民医保参保登记", "门诊慢特病认定", "医疗费用报销"],
    "县公安局交通管理大队": ["驾驶证换证", "机动车年检预约", "驾驶证补证"],
    "县公安局户政科": ["户口迁移", "身份证补办", "新生儿落户", "居住证"],
    "县民政局": ["低保申请", "老年优待证", "婚姻登记", "临时救助申请"],
    "县残疾人联合会": ["残疾人证", "残疾人两项补贴申请"],
    "县退役军人事务局": ["退役军人优待证申领", "优抚对象认定"],
    "县住房公积金管理中心": ["公积金提取", "公积金贷款", "公积金缴存基数调整"],
    "国家税务总局某县税务局第一税务分局": ["发票申领", "个税汇算", "税务注销"],
    "县教育体育局": ["学籍转接", "教师资格认定", "义务教育入学登记"],
    "县卫生健康委员会": ["出生医学证明补办", "医师执业注册", "计生奖励扶助申请"],
    "县交通运输局": ["道路运输证年审", "网约车驾驶员证"],
    "县农业农村局": ["农机购置补贴申请", "耕地地力保护补贴", "宅基地审批"],
    "县城市管理局": ["户外广告设置审批", "临时占道审批", "建筑垃圾处置核准"],
    "县林业局": ["林木采伐许可", "林权证变更"],
    "县水利局": ["取水许可", "河道采砂许可"],
    "县生态环境局": ["排污许可登记", "环评备案"],
    "县司法局": ["法律援助申请", "公证"],
    "县财政局": ["惠民惠农补贴查询", "非税收入退付"],
    "县文化广电新闻出版旅游局": ["娱乐场所经营许可", "网吧经营许可"],
}
GUNITS = [u for u in UNIT_BIZ if u.endswith("局")]
UNITS = list(UNIT_BIZ) + ["县政务服务中心", "县行政审批局"]
UNITS_SHORT = ["住建局", "市监局", "自然资源局", "人社局", "医保局", "城管局", "行政审批局", "民政局", "交通运输局",
               "农业农村局", "林业局", "水利局", "不动产登记中心", "社保中心", "公积金中心"]
TOWNS = ["梅林镇", "周田镇", "赖村镇", "黄坑乡", "文峰乡", "罗坳镇", "谢坊镇", "江口镇", "长洛乡", "茅店镇",
         "沙石镇", "韩坊镇", "田村镇", "杨村镇", "段屋乡", "汤湖镇", "高陂镇", "王母渡镇", "白鹭乡", "储潭镇",
         "吉埠镇", "城关镇", "龙布镇", "宽田乡", "葛坳乡", "黄麟乡", "樟木乡", "韶口乡"]
VILLAGES = ["石门村", "李家村", "何家坊村", "刘坊村", "杨梅村", "龙华村", "张家湾村", "黄沙村", "陈屋村", "曾屋村",
            "邓家埠村", "朱坊村", "廖屋村", "钟家村", "上湾村", "樟树村", "桃源村", "罗田村", "高车村", "马安村",
            "谢屋村", "温坑村", "汪村", "胡家岭村", "金坑村", "长岭村", "新田村", "大坪村"]
ROADS = ["解放路", "人民路", "红旗大道", "文明路", "长征路", "章江路", "黄金大道", "八一大道", "中山路", "建设路",
         "胜利路", "迎宾大道", "光明路", "和平路", "东门路", "新华路", "登峰大道", "沿江路", "文清路", "红都大道",
         "贡江大道", "长安街", "育才路", "向阳路", "金山路", "健康路", "兴业大道", "滨江大道", "学府路", "跃进路"]
STREETS = ["东门街道", "西城街道", "南门街道", "贡江街道", "城北社区", "和平社区", "解放社区"]
LANES = ["和平巷", "米市巷", "打铁巷", "仓前巷", "杨家巷", "刘家弄", "书院巷", "南市街", "老街", "横街"]
ESTATES = ["幸福小区", "阳光花园", "锦绣华庭", "金域名都", "滨江首府", "碧桂园", "城南新村", "紫荆苑", "御景湾",
           "书香门第", "东方明珠小区", "桂花苑", "文峰嘉园", "翰林学府", "恒大名都", "龙湖春天", "安居小区",
           "嘉和苑", "水电小区", "粮食局宿舍", "教师新村", "状元府", "江南华府", "南门公寓", "廉租房小区", "康居苑"]
CITIES = ["赣州市", "江西省赣州市"]
DISTRICTS = ["章贡区", "南康区", "赣县区", "经开区", "蓉江新区"]
COMPANIES = ["赣州华盛物业服务有限公司", "江西某某建材有限公司", "江西鑫源置业有限公司", "县城市建设投资集团有限公司",
             "赣州顺达快递有限公司", "国网某县供电公司", "中国移动某县分公司", "赣州恒通汽车销售服务有限公司",
             "江西兴旺驾驶培训学校", "赣南脐橙专业合作社", "县供水有限公司", "江西宏远建设工程有限公司",
             "赣州龙腾房地产开发有限公司", "县公共交通有限公司", "江西某某劳务有限公司", "赣州佳美物业管理有限公司",
             "江西金鼎置业有限公司", "县天然气有限公司", "某某大药房连锁有限公司", "江西绿源环卫服务有限公司"]
BIZ = GEN_BIZ
ISSUES = ["推诿扯皮", "态度生硬", "办事拖拉", "一次性告知不到位", "超时办结", "服务不规范", "吃拿卡要", "乱收费",
          "不作为慢作为", "政策解释不清"]
FEES = ["水费", "电费", "物业费", "不动产登记费", "城乡居民医保费", "停车费", "有线电视费", "垃圾处理费"]
CERTS = ["不动产权证书", "营业执照", "残疾人证", "老年优待证", "社会保障卡", "食品经营许可证", "居住证", "驾驶证"]
HOSPITALS = ["县人民医院", "县中医院", "县妇幼保健院", "梅林镇卫生院", "周田镇中心卫生院", "县第二人民医院"]
SCHOOLS = ["县第三小学", "城关中学", "县实验小学", "县第二中学", "梅林镇中心小学", "县育才幼儿园"]
SCENIC = ["通天岩景区", "罗田岩景区", "翠微峰景区", "丫山景区", "三百山景区", "阳岭景区", "古城墙景区"]
BANKS = ["中国农业银行", "中国邮政储蓄银行", "赣州银行", "江西农商银行", "中国建设银行", "中国工商银行", "中国银行"]
NICKS = ["赣南游子", "老街坊", "一个普通市民", "章江边的人", "小城故事", "追风少年", "路过的网友", "老百姓", "橙乡人"]
POLICIES = ["江西省优化营商环境条例", "政务服务“好差评”制度", "机关效能建设工作规定", "信访工作条例",
            "江西省机关效能建设投诉处理办法", "首问负责制", "一次性告知制度", "限时办结制度"]
CAMPAIGNS = ["作风建设提升年", "我为群众办实事", "营商环境优化升级“一号改革工程”", "干部作风建设年",
             "机关效能提升", "走流程、解难题、优服务", "清廉机关建设"]
TITLES = ["女士", "先生", "师傅", "老师", "经理", "阿姨", "大爷", "医生", "老板", "大姐", "师傅", "女士", "先生",
          "女士", "先生", "女士", "先生", "奶奶", "伯"]
OFF_TITLES = ["科长", "主任", "局长", "所长", "站长", "书记", "股长", "同志", "部长", "副局长", "主任", "科长"]
DEVELOPERS = ["江西鑫源置业有限公司", "赣州龙腾房地产开发有限公司", "江西金鼎置业有限公司", "赣州某某房地产开发有限公司",
              "江西宏远置业有限公司", "赣州城投置业有限公司"]
PROPERTY_COS = ["赣州华盛物业服务有限公司", "赣州佳美物业管理有限公司", "江西安居物业服务有限公司", "某某物业公司"]
MASK_SUFFIX = ["某", "某某", "**", "*", "××", "XX", "某某", "某", "某某", "某", "＊＊", "某甲", "某乙"]
CNT = ["三", "四", "五", "六", "十余", "二十余", "多"]
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
FLOORS = ["一", "二", "三", "四"]
POSTCODES = ["341000", "341100", "342300", "341900", "342800", "341200", "342100", "342500"]
AREA = ["0797"]
GENDERS = ["男", "女"]
BUILDING_PARTS = ["东门", "西门", "南大门", "北门", "地下车库", "二期工地", "售楼部", "物业服务中心", "中心花园",
                  "外围围墙", "临街商铺", "消防通道"]


def pick(seq):
    return rnd.choice(seq)


# ---------------------------------------------------------------- names
def _given(female=None):
    r = rnd.random()
    if r < 0.12:
        c = pick(RARE_CHARS)
        r2 = rnd.random()
        return c if r2 < 0.3 else (pick(RARE_PAIR) + c if r2 < 0.75 else (c + pick(MY_GIVEN_MALE + MY_GIVEN_FEMALE)[-1] if r2 < 0.9 else c + pick(RARE_CHARS)))
    if female is None:
        female = rnd.random() < 0.5
    if female:
        return fake.first_name_female() if rnd.random() < 0.4 else pick(MY_GIVEN_FEMALE)
    return fake.first_name_male() if rnd.random() < 0.4 else pick(MY_GIVEN_MALE)


def gen_name(female=None, compound=False):
    """returns (full name, surname)"""
    if not compound and female is None and rnd.random() < 0.035:
        n = pick(WORDLIKE_NAMES)
        return n, n[0]
    if compound or rnd.random() < 0.07:
        s = pick(COMPOUND_SURNAMES)
    else:
        s = fake.last_name() if rnd.random() < 0.5 else pick(COMMON_SURNAMES)
        while s in ("阿", "操", "死", "难", "但"):
            s = fake.last_name()
        if len(s) > 1:
            s = s[0] if s[0] not in "欧司上诸东皇令慕夏尉公长端" else s
    g = _given(female)
    if len(g) == 1 and rnd.random() < 0.55:
        g = _given(female)  # single-character given names are less common than faker's lists suggest
    return s + g, s


# ---------------------------------------------------------------- numbers
def gen_mobile():
    pre = pick(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
                "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183",
                "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"])
    return pre + "".join(str(rnd.randrange(10)) for _ in range(8))


ID_AREAS = ["360702", "360703", "360704", "360721", "360722", "360723", "360724", "360725", "360726", "360728",
            "360729", "360730", "360731", "360732", "360733", "360734", "360735", "360781", "360783", "360102",
            "360111", "440304", "350203", "430105", "362121"]


def id_check(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(first17, w)) % 11]


def gen_id():
    while True:
        y = rnd.randint(1938, 2006)
        m = rnd.randint(1, 12)
        d = rnd.randint(1, 28)
        body = pick(ID_AREAS) + "%04d%02d%02d" % (y, m, d) + "%03d" % rnd.randrange(1000)
        v = body + id_check(body)
        # make sure ~1/6 of them end in X so that case is exercised
        if v.endswith("X") or rnd.random() < 0.85:
            return v


def luhn_digit(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card():
    pre = pick(["622848", "621700", "622202", "623058", "621799", "622908", "621661", "622262", "625965", "622588",
                "621226", "623668", "622700", "621483", "628288"])
    length = rnd.choices([16, 17, 18, 19], [4, 1, 1, 6])[0]
    body = pre + "".join(str(rnd.randrange(10)) for _ in range(length - 1 - len(pre)))
    return body + luhn_digit(body)


EMAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com", "yeah.net", "hotmail.com",
                 "outlook.com", "gmail.com", "sohu.com"]


def gen_email():
    dom = pick(EMAIL_DOMAINS)
    if dom == "qq.com" and rnd.random() < 0.6:
        local = gen_qq()
    else:
        local = fake.user_name()
        r = rnd.random()
        if r < 0.4:
            local += str(rnd.randint(1960, 2005))
        elif r < 0.6:
            local += "_" + str(rnd.randint(1, 999))
        elif r < 0.7:
            local = local + "." + pick(["gz", "jx", "work", "home"])
    return local + "@" + dom


def gen_qq():
    n = rnd.choices([6, 7, 8, 9, 10], [1, 1, 3, 6, 6])[0]
    return str(rnd.randint(1, 9)) + "".join(str(rnd.randrange(10)) for _ in range(n - 1))


def gen_wx():
    r = rnd.random()
    alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
    if r < 0.3:
        return "wxid_" + "".join(rnd.choice(alnum) for _ in range(rnd.randint(12, 14)))
    if r < 0.7:
        return fake.user_name() + pick(["", "_", "-"]) + str(rnd.randint(1, 2005))
    s = rnd.choice("abcdefghijklmnopqrstuvwxyz") + "".join(rnd.choice(alnum + "_") for _ in range(rnd.randint(6, 14)))
    return s


PLATE_PROV = ["赣"] * 12 + ["粤", "闽", "湘", "浙", "沪", "京", "苏", "鄂"]
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_plate():
    p = pick(PLATE_PROV)
    city = rnd.choice("ABCDEFGHJKLM") if p == "赣" else rnd.choice("ABCDEF")
    if rnd.random() < 0.2:  # new energy
        tail = rnd.choice("DF") + "".join(str(rnd.randrange(10)) for _ in range(5))
        if rnd.random() < 0.3:
            tail = rnd.choice("DF") + rnd.choice(PLATE_LETTERS) + "".join(str(rnd.randrange(10)) for _ in range(4))
    else:
        k = rnd.choice([0, 0, 1, 1, 2])
        chars = [rnd.choice(PLATE_LETTERS) for _ in range(k)] + [str(rnd.randrange(10)) for _ in range(5 - k)]
        rnd.shuffle(chars)
        tail = "".join(chars)
    return p + city + tail


# ---------------------------------------------------------------- addresses
def num_or_cn(lo, hi):
    n = rnd.randint(lo, hi)
    if rnd.random() < 0.45 and n <= 12:
        return CN_NUM[n - 1]
    return str(n)


def room():
    return "%d%02d" % (rnd.randint(1, 28), rnd.randint(1, 6))


def gen_addr():
    k = rnd.randrange(12)
    if k == 0:
        return "%s%d栋%d单元%s室" % (pick(ESTATES), rnd.randint(1, 32), rnd.randint(1, 4), room())
    if k == 1:
        return "%s%s%d号" % (pick(TOWNS), pick(ROADS), rnd.randint(1, 388))
    if k == 2:
        return "%s%s组%d号" % (pick(VILLAGES), num_or_cn(1, 12), rnd.randint(1, 99))
    if k == 3:
        return "%s%s%s%s组%d号" % (pick(COUNTIES), pick(TOWNS), pick(VILLAGES), num_or_cn(1, 12), rnd.randint(1, 120))
    if k == 4:
        return "%s%d号%s%d号楼%s室" % (pick(ROADS), rnd.randint(1, 300), pick(ESTATES), rnd.randint(1, 20), room())
    if k == 5:
        return "%s%d号楼%d单元%s" % (pick(ESTATES), rnd.randint(1, 25), rnd.randint(1, 3), room())
    if k == 6:
        return "%s%s%s%d号%d栋%s" % (pick(CITIES), pick(DISTRICTS), pick(ROADS), rnd.randint(1, 500),
                                   rnd.randint(1, 18), room())
    if k == 7:
        return "%s%d号附%d号" % (pick(ROADS), rnd.randint(1, 200), rnd.randint(1, 12))
    if k == 8:
        return "%s%s%d号" % (pick(STREETS), pick(LANES), rnd.randint(1, 80))
    if k == 9:
        return "%s%d幢%s室" % (pick(ESTATES), rnd.randint(1, 30), room())
    if k == 10:
        return "县城%s%d号%s单元%s室" % (pick(ROADS), rnd.randint(1, 300), rnd.choice(["A", "B", "1", "2"]), room())
    return "%s%s%s组%d号" % (pick(TOWNS), pick(VILLAGES), num_or_cn(1, 12), rnd.randint(1, 99))


# ---------------------------------------------------------------- clean fillers
def gen_dtime():
    return gen_date() + pick(["上午", "下午", "9时许", "15时30分", "10时左右", "晚上8点多"])


def gen_date():
    y = pick([2025, 2026])
    m = rnd.randint(1, 12)
    d = rnd.randint(1, 28)
    f = rnd.randrange(5)
    if f == 0:
        return "%d年%d月%d日" % (y, m, d)
    if f == 1:
        return "%d月%d日" % (m, d)
    if f == 2:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 3:
        return "%d年%02d月%02d日" % (y, m, d)
    return "%d年%d月%d日" % (y, m, d)


def gen_amount():
    f = rnd.randrange(5)
    if f == 0:
        return "%d元" % rnd.choice([50, 80, 120, 200, 360, 500, 800, 1200, 1500, 3600])
    if f == 1:
        return "%d元" % rnd.randint(100, 98000)
    if f == 2:
        return "%.1f万元" % (rnd.randint(11, 990) / 10)
    if f == 3:
        return "{:,}元".format(rnd.randint(1000, 250000))
    return "%d.%02d元" % (rnd.randint(10, 9999), rnd.randint(0, 99))


def gen_docno():
    f = rnd.randrange(6)
    y = pick([2024, 2025, 2026])
    n = rnd.randint(1, 160)
    return [
        "赣府办〔%d〕%d号" % (y, n),
        "赣市效能字〔%d〕%d号" % (y, n),
        "县效能办发〔%d〕%d号" % (y, n),
        "县纪发〔%d〕%d号" % (y, n),
        "县府办字〔%d〕%d号" % (y, n),
        "赣市办发〔%d〕%d号" % (y, n),
    ][f]


def gen_caseno():
    f = rnd.randrange(5)
    y = pick([2025, 2026])
    if f == 0:
        return "QX-%d-%06d" % (y, rnd.randint(1, 999999))
    if f == 1:
        return "XN%d%04d%03d" % (y, rnd.randint(101, 1231), rnd.randint(1, 999))
    if f == 2:
        return "（%d）第%04d号" % (y, rnd.randint(1, 9999))
    if f == 3:
        return "JX-XN-%d-%05d" % (y, rnd.randint(1, 99999))
    return "XF%d-%04d-%03d" % (y, rnd.randint(101, 1231), rnd.randint(1, 999))


def gen_workno():
    f = rnd.randrange(4)
    y = pick([2025, 2026])
    if f == 0:
        return "GD%d%04d%06d" % (y, rnd.randint(101, 1231), rnd.randint(1, 999999))
    if f == 1:
        return "%d%04d%04d" % (y, rnd.randint(101, 1231), rnd.randint(1, 9999))
    if f == 2:
        return "12345-%d-%07d" % (y, rnd.randint(1, 9999999))
    return "ZX%d%08d" % (y, rnd.randint(1, 99999999))


CREDIT_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def gen_credit():
    if rnd.random() < 0.2:
        return "91360%03dMA35%s" % (rnd.choice([0, 721, 722, 723, 730, 781]), "X" * 6)
    head = rnd.choice(["91", "92", "93", "12", "11", "52"]) + "360" + rnd.choice(["700", "721", "722", "723", "724",
                                                                                     "730", "731", "781", "702"])
    body = "".join(rnd.choice(CREDIT_ALPHA) for _ in range(9))
    if rnd.random() < 0.5:
        body = "MA3" + "".join(rnd.choice(CREDIT_ALPHA) for _ in range(6))
    s = head + body
    c = 31 - sum(CREDIT_ALPHA.index(ch) * w for ch, w in zip(s, CREDIT_W)) % 31
    return s + CREDIT_ALPHA[0 if c == 31 else c]


def gen_office_phone():
    f = rnd.randrange(4)
    if f == 0:
        return "0797-12345"
    if f == 1:
        return "0797-%d%06d" % (rnd.choice([2, 4, 6, 8]), rnd.randint(0, 999999))
    if f == 2:
        return "（0797）%d%06d" % (rnd.choice([2, 4, 6, 8]), rnd.randint(0, 999999))
    return "0797－%d%06d" % (rnd.choice([2, 4, 6, 8]), rnd.randint(0, 999999))


def gen_masked():
    s = pick(COMMON_SURNAMES) if rnd.random() < 0.9 else pick(COMPOUND_SURNAMES)
    return s + pick(MASK_SUFFIX)


def gen_st():
    s = pick(COMMON_SURNAMES) if rnd.random() < 0.93 else pick(COMPOUND_SURNAMES)
    r = rnd.random()
    if r < 0.07:
        return pick(["小", "老"]) + s
    return s + pick(TITLES)


def gen_ost():
    s = pick(COMMON_SURNAMES) if rnd.random() < 0.93 else pick(COMPOUND_SURNAMES)
    return s + pick(OFF_TITLES)


# placeholder base -> (label kind or None, generator)
LABELLED = {
    "name": "name", "fname": "name", "cname": "name", "mname": "name",
    "addr": "address", "mobile": "mobile", "id": "id", "card": "card", "email": "email",
    "qq": "im", "wx": "im", "plate": "plate",
}
GEN = {
    "addr": gen_addr, "mobile": gen_mobile, "id": gen_id, "card": gen_card, "email": gen_email, "qq": gen_qq,
    "wx": gen_wx, "plate": gen_plate,
    "masked": gen_masked, "st": gen_st, "ost": gen_ost, "dtime": gen_dtime,
    "gunit": lambda: pick(GUNITS), "dev": lambda: pick(DEVELOPERS), "pm": lambda: pick(PROPERTY_COS),
    "small": lambda: "%d元" % rnd.choice([20, 30, 50, 80, 100, 150, 200, 260, 300, 450, 500, 600, 800, 1000, 1200, 1500,
                                          2000, 2400, 3000, 3600]) if rnd.random() < 0.7 else "%d.%02d元" % (rnd.randint(5, 999), rnd.randint(0, 99)),
    "unit": lambda: pick(UNITS), "ushort": lambda: pick(UNITS_SHORT), "county": lambda: pick(COUNTIES),
    "town": lambda: pick(TOWNS), "village": lambda: pick(VILLAGES), "road": lambda: pick(ROADS),
    "estate": lambda: pick(ESTATES), "company": lambda: pick(COMPANIES), "biz": lambda: pick(BIZ),
    "issue": lambda: pick(ISSUES), "fee": lambda: pick(FEES), "cert": lambda: pick(CERTS),
    "hospital": lambda: pick(HOSPITALS), "school": lambda: pick(SCHOOLS), "scenic": lambda: pick(SCENIC),
    "bank": lambda: pick(BANKS), "nick": lambda: pick(NICKS), "policy": lambda: pick(POLICIES),
    "campaign": lambda: pick(CAMPAIGNS), "post": lambda: pick(STAFF_POSTS), "cnt": lambda: pick(CNT),
    "date": gen_date, "amount": gen_amount, "docno": gen_docno, "caseno": gen_caseno, "workno": gen_workno,
    "credit": gen_credit, "ophone": gen_office_phone, "postcode": lambda: pick(POSTCODES),
    "n": lambda: str(rnd.randint(2, 12)), "big": lambda: str(rnd.randint(13, 260)),
    "mins": lambda: str(rnd.choice([15, 20, 25, 30, 40, 45, 50, 70, 90])), "age": lambda: str(rnd.randint(22, 59)),
    "month": lambda: str(rnd.randint(1, 12)), "floor": lambda: pick(FLOORS), "win": lambda: str(rnd.randint(1, 36)),
    "gender": lambda: pick(GENDERS), "bpart": lambda: pick(BUILDING_PARTS), "street": lambda: pick(STREETS),
    "year": lambda: str(rnd.randint(1958, 1996)),
}
PH = re.compile(r"\{([a-z]+)(\d*)\}")


def render(tpl):
    keys = [m.group(1) + m.group(2) for m in PH.finditer(tpl)]
    vals = {}
    surs = {}
    used_names = []
    # names first, so that {sur}/{fsur}/{csur} can refer to them
    for k in keys:
        base = PH.match("{" + k + "}").group(1)
        if k in vals or base not in ("name", "fname", "cname", "mname"):
            continue
        while True:
            female = {"fname": True, "mname": False}.get(base)
            full, s = gen_name(female=female, compound=(base == "cname"))
            if "某" in full:
                continue
            if all(full not in u and u not in full for u in used_names):
                break
        used_names.append(full)
        vals[k] = full
        surs[k] = s
    for k in keys:
        if k in vals:
            continue
        m = PH.match("{" + k + "}")
        base, idx = m.group(1), m.group(2)
        if base in ("sur", "fsur", "csur", "msur"):
            vals[k] = surs[{"sur": "name", "fsur": "fname", "csur": "cname", "msur": "mname"}[base] + idx]
            continue
        if base == "biz":
            u = vals.get("unit", vals.get("gunit"))
            if u is None:
                # the unit may come later in the sentence: draw it now
                for uk in ("unit", "gunit"):
                    if uk in keys:
                        vals[uk] = u = GEN[uk]()
                        break
            vals[k] = pick(UNIT_BIZ.get(u, GEN_BIZ))
            continue
        for _ in range(50):
            v = GEN[base]()
            if v not in vals.values():
                break
        vals[k] = v
    text = ""
    labels = []
    pos = 0
    for m in PH.finditer(tpl):
        text += tpl[pos:m.start()]
        k = m.group(1) + m.group(2)
        v = vals[k]
        kind = LABELLED.get(m.group(1))
        if kind:
            labels.append({"start": len(text), "end": len(text) + len(v), "kind": kind, "_v": v})
        text += v
        pos = m.end()
    text += tpl[pos:]
    return text, labels


# ============================================================ templates
# (field, template).  Labelled placeholders: {name} {fname} {cname} {addr} {mobile} {id} {card} {email} {qq} {wx}
# {plate}; {sur}/{fsur}/{csur} = surname of the matching name (not labelled).  Everything else is clean filler.
POSITIVE = [
    # ---------------- summary: names
    ("summary", "投诉人{name}反映，其于{date}到{unit}办理{biz}，窗口工作人员以材料不全为由让其多次往返，未做到一次性告知。"),
    ("summary", "市民{name}来电反映，{town}{village}村道两侧路灯损坏近两个月，多次向村委会反映无人处理。"),
    ("summary", "据群众{name}来电，{unit}部分工作人员上班时间玩手机，对办事群众爱理不理。"),
    ("summary", "{name}反映，其父亲的{biz}申请材料已于{date}提交，至今未收到任何答复。"),
    ("summary", "来电人{name}称，{dev}未按合同约定时间交房，已逾期{n}个月，要求有关部门督促处理。"),
    ("summary", "申请人{name}反映，{unit}办理{biz}超过承诺时限仍未办结，窗口人员只说“再等等”。"),
    ("summary", "{name}、{name2}、{name3}等{cnt}户业主联名反映，{estate}物业擅自上调停车收费标准。"),
    ("summary", "群众反映{unit}窗口工作人员{name}态度生硬，对咨询的问题敷衍了事。"),
    ("summary", "来电人{fsur}女士（{fname}）反映，其在{unit}办理{biz}时被要求提供与事项无关的证明材料。"),
    ("summary", "投诉人{name}称，{town}便民服务中心工作人员{name2}在办理{biz}时索要好处费。"),
    ("summary", "申请人{cname}反映，其{biz}材料在{unit}审核环节被退回三次，每次退回理由都不一样。"),
    ("summary", "{name}称其多次拨打{unit}公开电话均无人接听，怀疑该号码形同虚设。"),
    ("summary", "{name}说，自己腿脚不便，到{unit}办事时没有无障碍通道，工作人员也未主动提供帮助。"),
    ("summary", "市民{name}反映：{dtime}，其在{unit}排队两个多小时，十几个窗口只开了两个。"),
    ("summary", "{name}表示，{unit}要求其先到{unit2}开具证明，而{unit2}又称应由{unit}出具，两头推诿。"),
    ("summary", "反映人{name}（{county}{town}人）称，其承包地被征收后补偿款至今未足额发放。"),
    ("summary", "{name}等{cnt}名务工人员反映，{company}拖欠其工资共计{amount}。"),
    ("summary", "来电人自称{name}，系{company}员工，反映公司未依法为其缴纳社会保险。"),
    ("summary", "{name}来访反映，{town}{village}村干部{name2}在低保评定中优亲厚友。"),
    ("summary", "{cname}、{name}两人反映在{unit}咨询{biz}时，工作人员前后答复不一致。"),
    ("summary", "网民“{nick}”（实名{name}）在12345平台留言，反映{road}沿线夜间渣土车抛洒严重。"),
    ("summary", "患者家属{name}反映，{hospital}医生{name2}在诊疗过程中态度恶劣，出言不逊。"),
    ("summary", "家长{fname}反映，{school}老师{name}在课堂上向学生推销教辅资料。"),
    ("summary", "{name}的女儿{fname}代为反映：老人的{biz}一直办不下来，已跑了{n}趟。"),
    ("summary", "退休职工{name}反映其养老金自{date}起被暂停发放，社保中心未提前告知原因。"),
    ("summary", "{name}反映，其于{date}在{unit}缴纳{fee}时被多收{small}，要求退还。"),
    ("summary", "群众{name}反映{town}卫生院收费员{fname}找零时多次少找钱。"),
    ("summary", "{name}多次来电，称{unit}对其举报的违建问题一直未予查处。"),
    ("summary", "村民{name}反映本组组长{name2}私自将集体山林承包给外村人。"),
    ("summary", "{name}反映其在{dev}购买的商品房至今办不了不动产权证。"),
    ("summary", "来信人{name}署名反映，{gunit}{post}{name2}长期不在岗，群众找不到人。"),
    ("summary", "投诉人（{name}）称，办事大厅叫号系统经常失灵，工作人员也不维持秩序。"),
    ("summary", "当事人{msur}先生（{mname}）反映，其电动车被{unit}暂扣后一直未予返还。"),
    ("summary", "个体户{name}反映{unit}执法人员检查时未出示执法证件，还扣走了秤。"),
    ("summary", "{name}向记者反映后，又拨打12345热线，称{town}{village}饮用水长期浑浊。"),
    ("summary", "投诉人{fname}与其丈夫{mname}共同反映，{unit}将其家庭信息录入错误，导致无法享受补贴。"),
    ("summary", "外地客商{name}反映，其在{county}投资的项目审批手续已报送{n}个月仍未批复。"),
    ("summary", "据{name}反映，{company}在{road}施工时挖断了通往其家中的自来水管。"),
    ("summary", "{name}反映其儿子{mname}在{school}就读期间被收取了不合理的补课费。"),
    ("summary", "残疾人{name}反映其申请的{cert}办理了{n}个月仍未拿到。"),
    ("summary", "退役军人{name}反映{unit}未落实其应享受的优待政策。"),
    ("summary", "{name}在政务服务“好差评”系统中给予差评，称窗口工作人员{name2}业务不熟。"),
    ("summary", "反映人{cname}称，{pm}物业经理{name}拒不公开公共收益账目。"),
    ("summary", "{fname}（女，{age}岁）反映其被{company}无故辞退，且未获经济补偿。"),
    ("summary", "群众{mname}、{fname}夫妇反映，{town}在危房改造补助分配中不公开、不透明。"),
    # ---------------- outcome: names
    ("outcome", "经核查，投诉反映情况基本属实。{unit}已责成窗口工作人员{name}向投诉人当面道歉。"),
    ("outcome", "经调查，{name}反映的问题部分属实，{unit}已于{date}为其办结{biz}，{name}对处理结果表示满意。"),
    ("outcome", "已向{fsur}女士（{fname}）解释相关政策，其表示理解。"),
    ("outcome", "经与当事人{name}电话沟通，已告知其补齐材料后可当场办理。"),
    ("outcome", "工作人员于{dtime}电话回访{name}，其对处理结果基本满意。"),
    ("outcome", "{unit}负责人{name}已带队到现场核实，督促{company}限期整改。"),
    ("outcome", "经协调，{company}已将拖欠的工资{amount}全部支付给{name}等人。"),
    ("outcome", "{name}称已收到退款，表示不再追究。"),
    ("outcome", "因投诉人{name}提供的线索不足，暂无法查实，已告知其可补充证据后再行反映。"),
    ("outcome", "核查发现，窗口工作人员{name}确存在服务态度不佳的问题，已对其批评教育。"),
    ("outcome", "{gunit}副局长{name}主持召开专题会议，研究解决{name2}反映的问题。"),
    ("outcome", "经{town}人民政府协调，{name}与邻居{name2}就宅基地纠纷达成和解。"),
    ("outcome", "投诉人{name}对办理结果不满意，称将继续向上级部门反映。"),
    ("outcome", "现场核实时{name}不在家，工作人员已向其家属{name2}说明情况。"),
    ("outcome", "已约谈{pm}负责人{name}，要求其三日内恢复小区供水。"),
    ("outcome", "办件人员{name}已将补发的{cert}送达申请人。"),
    ("outcome", "该事项由{gunit}{post}{name}负责跟踪督办，预计{date}前办结。"),
    ("outcome", "经查，{name}反映的{estate}电梯故障问题已修复，物业经理{name2}承诺加强日常维保。"),
    ("outcome", "经调阅监控，{dtime}值班人员{name}离岗约{mins}分钟，情况属实。"),
    ("outcome", "{cname}反映的问题已转{unit}办理，承办人{name}。"),
    ("outcome", "{name}表示对处理结果满意，并送来锦旗一面。"),
    ("outcome", "经核实，{name}的养老金系因待遇资格认证未通过而暂停，现已恢复发放并补发{amount}。"),
    ("outcome", "告知{name}：其反映的违建问题已由{unit}立案查处。"),
    ("outcome", "投诉反映的{name}索要好处费问题经查不属实，但其工作作风确有不足。"),
    ("outcome", "{town}党委已责成{village}党支部书记{name}向群众公开低保评定过程。"),
    ("outcome", "{name}、{name2}已于{date}领取到征地补偿款。"),
    ("outcome", "经比对系统数据，{name}家庭信息录入错误系工作人员{name2}操作失误所致，现已更正。"),
    ("outcome", "窗口负责人{name}已于当日联系{fname}，为其开通绿色通道办理。"),
    ("outcome", "{company}已同意为{name}补缴{n}个月社会保险。"),
    ("outcome", "{msur}先生（{mname}）的电动车已于{date}返还。"),
    ("outcome", "经{name}副县长批示，{unit}牵头成立调查组。"),
    ("outcome", "投诉人{fname}撤回投诉，称问题已自行解决。"),
    ("outcome", "涉事教师{name}已退还所收费用，学校对其进行了约谈。"),
    ("outcome", "由于{name}拒绝提供身份证明材料，该事项暂缓办理。"),
    # ---------------- action: names
    ("action", "对窗口工作人员{name}进行批评教育，并在全局干部职工会上作书面检查。"),
    ("action", "责令{name}向投诉人{name2}赔礼道歉，并调离窗口岗位。"),
    ("action", "由{gunit}{post}{name}牵头，建立首问负责制台账，每周通报办件情况。"),
    ("action", "安排专人{name}负责回访，确保群众诉求件件有回音。"),
    ("action", "对{name}、{name2}两名工作人员扣发当月绩效奖金。"),
    ("action", "{town}已指定包村干部{name}督促施工方在{date}前完成路面修复。"),
    ("action", "约谈{company}法定代表人{name}，责令限期整改到位。"),
    ("action", "将{name}同志调整至后台岗位，不再从事窗口服务工作。"),
    ("action", "{name}主任已在科室会上通报此事，要求全体人员引以为戒。"),
    ("action", "由{name}科长负责对全局窗口服务规范进行一次全面排查。"),
    ("action", "下一步将由驻村干部{name}跟进{fname}反映的房屋安置问题。"),
    ("action", "要求{name}在{n}个工作日内提交书面整改报告。"),
    ("action", "安排业务骨干{fname}对新进窗口人员开展“传帮带”。"),
    ("action", "明确{gunit}{post}{name}为该事项第一责任人。"),
    ("action", "对当班保安{name}进行诫勉谈话，责令其规范言行。"),
    ("action", "指定{name}、{fname}两名同志负责“办不成事”反映窗口。"),
    ("action", "由督查室{name}同志每月对整改情况进行一次回头看。"),
    ("action", "对{company}项目经理{name}处以罚款，并纳入信用记录。"),
    ("action", "通知{name}本人于{date}到{unit}领取{cert}。"),
    ("action", "{name}局长带队开展“走流程、解难题”体验式调研，当面听取意见。"),
    # ---------------- notice: names
    ("notice", "给予{gunit}{post}{name}政务警告处分。"),
    ("notice", "对{name}同志给予警告处分。"),
    ("notice", "经研究决定，给予{name}党内警告处分，给予{name2}诫勉谈话处理。"),
    ("notice", "{gunit}{post}{name}在办理{biz}过程中推诿扯皮、不作为，造成不良影响，被给予政务记过处分。"),
    ("notice", "{county}{ushort}原{post}{name}严重违反工作纪律，被予以免职。"),
    ("notice", "对{name}、{name2}、{name3}等{cnt}名责任人分别给予通报批评。"),
    ("notice", "{town}党委副书记{name}对辖区问题整改督促不力，被责令作出书面检查。"),
    ("notice", "经县纪委监委研究，决定对{name}（{gunit}{post}）进行提醒谈话。"),
    ("notice", "关于对{name}等同志违反工作纪律问题的通报"),
    ("notice", "{mname}，男，{year}年出生，中共党员，系{gunit}{post}。"),
    ("notice", "{unit}工作人员{name}工作日中午饮酒，受到政务警告处分。"),
    ("notice", "{fname}，女，{gunit}{post}，对群众诉求敷衍塞责，被给予诫勉处理。"),
    ("notice", "通报指出，{name}身为{post}，未认真履行岗位职责。"),
    ("notice", "对负有领导责任的{gunit}局长{name}进行约谈。"),
    ("notice", "现将{name}同志违反中央八项规定精神问题通报如下。"),
    ("notice", "{town}{village}党支部书记{name}在低保评定中优亲厚友，被给予党内严重警告处分。"),
    ("notice", "{cname}（{gunit}原{post}）利用职务便利收受管理服务对象礼金{amount}，被给予撤职处分。"),
    ("notice", "责令{gunit}{post}{name}、{post2}{name2}作出深刻检查。"),
    ("notice", "{name}违规发放津补贴问题。{date}，{name}在任{gunit}{post}期间，违规发放津补贴{amount}。"),
    ("notice", "给予{name}同志政务记大过处分，调离现工作岗位。"),
    ("notice", "经查，{name}上班时间在办公室打游戏，被群众拍摄后上传网络。"),
    ("notice", "{gunit}党组对{name}、{name2}两名同志进行了通报批评。"),
    ("notice", "对时任{gunit}{post}的{name}追责问责，给予政务警告处分。"),
    ("notice", "决定给予{post}{name}诫勉，给予{post2}{name2}批评教育。"),
    # ---------------- mobile
    ("summary", "投诉人{name}，联系电话{mobile}，反映{unit}存在{issue}问题。"),
    ("outcome", "请{unit}于{n}个工作日内与来电人联系，回拨号码：{mobile}。"),
    ("summary", "来电人{st}（{mobile}）反映{estate}{bpart}路面塌陷。"),
    ("outcome", "已通过{mobile}短信告知{name}办理进度。"),
    ("summary", "{name}留下手机号{mobile}，希望工作人员尽快回复。"),
    ("outcome", "经多次拨打投诉人预留电话{mobile}均未接通，已通过短信告知处理结果。"),
    ("summary", "联系人：{name}，手机：{mobile}。"),
    ("summary", "{name}（手机{mobile}）称其家中{fee}已缴清，但系统仍显示欠费。"),
    ("summary", "投诉人称工作人员{name}私下用手机号{mobile}添加其微信索要费用。"),
    ("outcome", "回访电话：{mobile}，回访人：{name}。"),
    ("action", "如有疑问可联系{town}包村干部{name}，电话{mobile}。"),
    ("summary", "{company}经理{name}的电话{mobile}长期无人接听，业主维权无门。"),
    ("summary", "来电号码{mobile}，来电人不愿透露姓名，反映{road}夜间施工噪音扰民。"),
    ("summary", "{name}反映有人冒用其手机号码{mobile}在{unit}预约办理业务。"),
    # ---------------- id
    ("summary", "申请人{name}，身份证号{id}，申请办理{biz}。"),
    ("outcome", "经核对，当事人公民身份号码为{id}，与系统登记信息不一致。"),
    ("summary", "{name}（身份证号码：{id}）反映其身份信息被他人冒用注册公司。"),
    ("summary", "投诉人称其身份证{id}在{unit}办理业务时被复印留存后泄露。"),
    ("outcome", "系统中{name}的证件号码录入为{id}，导致{biz}无法办理。"),
    ("notice", "冒用{name}身份证号{id}注册的{company}已被依法撤销登记。"),
    ("summary", "{name}（身份证号{id}）于{date}去世，家属申请办理{biz}。"),
    # ---------------- card
    ("outcome", "多收费用{small}已于{date}退还至{name}本人银行卡（卡号{card}）。"),
    ("summary", "{name}反映其社保卡金融账户{card}未收到{month}月份养老金。"),
    ("outcome", "补偿款已汇入{name}在{bank}开立的账户{card}。"),
    ("outcome", "投诉人提供的收款账号{card}户名为{name}，与申请人不一致。"),
    ("summary", "{name}称其银行卡{card}被{unit}误扣款{small}。"),
    ("outcome", "经核实，{fname}的一卡通账号{card}已于{date}到账惠民补贴{small}。"),
    # ---------------- email
    ("summary", "投诉人{name}要求将书面答复发送至其邮箱{email}。"),
    ("outcome", "处理结果已于{date}发送至来信人电子邮箱{email}。"),
    ("summary", "{name}通过邮箱{email}提交了补充材料。"),
    ("outcome", "来信人留下的联系邮箱为{email}，已按期回复。"),
    ("summary", "反映人{name}（电子邮箱：{email}）称{unit}对其信息公开申请逾期未答复。"),
    # ---------------- im
    ("summary", "{name}称已通过QQ（{qq}）向工作人员发送材料，但一直未获回复。"),
    ("summary", "投诉人QQ号：{qq}，反映{unit}网站栏目长期不更新。"),
    ("notice", "工作人员{name}通过微信（微信号：{wx}）向办事群众索要红包。"),
    ("summary", "{name}添加了中介微信{wx}，对方承诺代办{biz}并收取费用{small}。"),
    ("summary", "投诉人提供的聊天截图显示，对方微信号为{wx}，QQ号为{qq}。"),
    ("outcome", "已通过投诉人提供的微信号{wx}将处理结果告知本人。"),
    # ---------------- plate
    ("summary", "{name}反映其车辆{plate}在{road}正常停放却被贴罚单。"),
    ("summary", "车牌号为{plate}的渣土车夜间在{road}沿途抛洒。"),
    ("summary", "投诉人称一辆{plate}小型轿车长期占用{estate}消防通道。"),
    ("summary", "{name}驾驶的{plate}号车辆于{date}被拖移，未收到任何通知。"),
    ("outcome", "经查，{plate}为{company}所有的工程车，已责令其清洗路面。"),
    ("outcome", "县交警大队已撤销对{plate}的违法记录。"),
    ("summary", "{name}反映其名下车辆{plate}年检时被要求购买指定保险。"),
    ("summary", "群众反映公务车{plate}周末停放在{scenic}停车场。"),
    # ---------------- address
    ("summary", "投诉人{name}反映，其居住的{addr}楼上住户长期深夜噪音扰民。"),
    ("summary", "市民反映{addr}门前下水道堵塞，污水外溢多日。"),
    ("outcome", "经核实，{name}家住{addr}，其反映的房屋漏水问题属实。"),
    ("summary", "来电人{st}反映，其位于{addr}的住房因邻居违规加建导致采光受影响。"),
    ("summary", "{name}（住{addr}）反映家中自来水水压不足，高峰时段无法正常用水。"),
    ("summary", "申请人{name}，住址：{addr}，联系电话：{mobile}。"),
    ("outcome", "工作人员于{dtime}上门至{addr}，向当事人{name}当面反馈处理结果。"),
    ("action", "请{town}人民政府派员到{addr}现场核实情况。"),
    ("summary", "投诉人称其母亲独居在{addr}，行动不便，申请上门办理{biz}。"),
    ("summary", "{name}反映其在{addr}的自建房被认定为违建，但此前已取得审批手续。"),
    ("summary", "快递员多次将包裹放在{addr}门口，导致{name}的物品丢失。"),
    ("outcome", "燃气公司已派人到{addr}更换老化管道。"),
    ("summary", "{name}户籍地址为{addr}，现居住在{addr2}。"),
    ("outcome", "执法人员于{date}对位于{addr}的违规养殖场进行了查处。"),
    ("summary", "来信寄自{addr}，署名{name}。"),
    ("outcome", "经查，{addr}住户{name}在楼道内私拉电线为电动车充电。"),
    ("action", "{cert}已邮寄至{addr}，收件人{name}，电话{mobile}。"),
    ("summary", "{name}反映{addr}对面的烧烤摊油烟直排，影响家人休息。"),
    ("action", "社区网格员{name}已入户走访{addr}，了解其家庭困难情况。"),
    ("outcome", "{st}家住{addr}，其反映的问题已转交物业处理。"),
    ("summary", "反映人住{addr}，称隔壁装修公司每天早上六点开工。"),
    ("outcome", "经现场查看，{addr}屋顶确有渗漏，已督促开发商维修。"),
    ("summary", "{fname}反映，其租住的{addr}房东拒不退还押金{small}。"),
    ("outcome", "已安排维修人员于{dtime}到{name}家（{addr}）检修线路。"),
    ("summary", "{name}反映{addr}楼下化粪池满溢，物业不予处理。"),
    ("action", "请{unit}将{cert}送达{addr}，交{name}本人签收。"),
    ("summary", "住在{addr}的{name}反映，小区{bpart}有人饲养家禽。"),
    ("outcome", "经入户核实，{addr}户主{name}家庭人均收入低于当地低保标准。"),
    ("notice", "{name}在为住在{addr}的群众办理{biz}时，索要“辛苦费”{small}。"),
    ("summary", "{st}反映，{addr}旁的变压器噪音很大，晚上无法入睡。"),
]

CLEAN = [
    # ---------------- summary
    ("summary", "投诉人{masked}反映，其于{date}到{unit}办理{biz}，窗口工作人员未一次性告知所需材料。"),
    ("summary", "来电人{st}反映，{town}{village}村道两侧路灯损坏，多次向村委会反映无果。"),
    ("summary", "市民反映{estate}{bpart}外垃圾清运不及时，夏季异味严重。"),
    ("summary", "群众反映{unit}窗口工作人员态度生硬，对咨询的问题敷衍了事。"),
    ("summary", "{masked}、{masked2}等{cnt}户业主联名反映，{estate}物业擅自上调停车收费标准。"),
    ("summary", "来电人称{dev}未按合同约定时间交房，要求有关部门督促处理。"),
    ("summary", "网民“{nick}”在12345平台留言，反映{road}沿线夜间渣土车抛洒严重。"),
    ("summary", "投诉人反映{town}便民服务中心周末不开门，上班族办事很不方便。"),
    ("summary", "群众反映黄金周期间{scenic}停车场乱收费，每次收取{small}。"),
    ("summary", "来电人{st}反映，其在{unit}办理{biz}时被要求提供与事项无关的证明材料。"),
    ("summary", "反映人称拨打{unit}公开电话{ophone}长期无人接听。"),
    ("summary", "投诉人{masked}反映{company}拖欠其工资共计{amount}。"),
    ("summary", "{st}反映在{unit}排队两个多小时，{big}号之前的号一直没叫完。"),
    ("summary", "市民反映{hospital}门诊收费处早高峰排长队，希望增设自助缴费机。"),
    ("summary", "群众反映{road}与{road2}交叉口红绿灯时长设置不合理，早晚高峰拥堵严重。"),
    ("summary", "来电人反映其于{date}通过12345热线反映的问题（工单号{workno}）至今未得到答复。"),
    ("summary", "投诉人{masked}称，{unit}要求其先到{unit2}开具证明，而{unit2}又称应由{unit}出具。"),
    ("summary", "反映人系{county}{town}{village}村民，称其承包地被征收后补偿款未足额发放。"),
    ("summary", "{st}代其母亲反映，老人的{biz}一直办不下来。"),
    ("summary", "投诉人反映{company}（统一社会信用代码：{credit}）无证经营。"),
    ("summary", "群众反映{unit}办事大厅没有无障碍通道，残疾人办事不便。"),
    ("summary", "消费者{masked}反映在{road}李宁专卖店购买的运动鞋开胶，商家拒绝退换。"),
    ("summary", "{st}反映{estate}电梯频繁故障，物业维保不到位。"),
    ("summary", "投诉人{masked}（{gender}，{age}岁）反映其被{company}无故辞退。"),
    ("summary", "投诉人称多次到{unit}均未办成，于是拨打12345热线反映。"),
    ("summary", "石门村村民反映村内自来水水质浑浊，烧开后有沉淀。"),
    ("summary", "黄坑乡群众反映乡卫生院夜间无值班医生。"),
    ("summary", "{st}反映长安街沿线商铺占道经营问题突出。"),
    ("summary", "群众反映周大福金店门前人行道长期被车辆占用。"),
    ("summary", "{county}{town}群众反映，{village}至{village2}的通村公路坑洼不平，雨天无法通行。"),
    ("summary", "来电人反映{estate}二期已交房{n}年，至今未办理不动产权证。"),
    ("summary", "王先生反映县城区部分路段共享单车乱停乱放。"),
    ("summary", "一名市民来电反映，{road}{bpart}附近有商家使用高音喇叭招揽生意。"),
    ("summary", "反映人{masked}称，{unit}将其家庭信息录入错误，导致无法享受补贴。"),
    ("summary", "外地客商反映，其投资项目审批手续已报送{n}个月仍未批复。"),
    ("summary", "{st}反映孩子在{school}就读期间被收取补课费{small}。"),
    ("summary", "来电人{st}称，其于{date}缴纳的{fee}被重复扣费。"),
    ("summary", "投诉人反映{unit}网站“政策解读”栏目长期不更新。"),
    ("summary", "有群众反映，{town}政府大院周末被用作停车场对外收费。"),
    ("summary", "张家湾村、刘坊村部分村民反映今年早稻种植补贴未发放到位。"),
    ("summary", "{masked}反映其母亲在{hospital}住院期间被多收取护理费。"),
    ("summary", "老李（退休教师）反映{road}公交站台遮雨棚破损。"),
    ("summary", "来电人称王老吉凉茶批发部门前堆放货物，堵塞消防通道。"),
    # ---------------- outcome
    ("outcome", "经核查，投诉反映情况基本属实，{unit}已责成窗口工作人员向投诉人当面道歉。"),
    ("outcome", "经调查，{masked}反映的问题部分属实，{unit}已于{date}为其办结{biz}。"),
    ("outcome", "已向{st}解释相关政策，其表示理解。"),
    ("outcome", "经与投诉人电话沟通，已告知其补齐材料后可当场办理。"),
    ("outcome", "工作人员于{dtime}电话回访投诉人，其对处理结果表示满意。"),
    ("outcome", "多收费用{small}已于{date}原路退还。"),
    ("outcome", "经协调，{company}已将拖欠工资{amount}全部支付到位。"),
    ("outcome", "因投诉人提供的线索不足，暂无法查实，已告知其可补充证据后再行反映。"),
    ("outcome", "经查，{estate}电梯故障问题已修复，物业承诺加强日常维保。"),
    ("outcome", "该事项已按《{policy}》规定办结，事项编号{caseno}。"),
    ("outcome", "依据{docno}文件精神，{biz}已实行“一窗受理、集成服务”。"),
    ("outcome", "{unit}已于{date}下发整改通知（{docno}），要求限期整改。"),
    ("outcome", "经核实，该公司统一社会信用代码为{credit}，证照齐全，不存在无证经营问题。"),
    ("outcome", "投诉人对办理结果表示满意，本件办结。"),
    ("outcome", "县效能办于{date}对该件进行督办，{unit}已按期反馈。"),
    ("outcome", "{st}称已收到退款{small}，不再追究。"),
    ("outcome", "经{town}人民政府协调，双方就宅基地纠纷达成和解。"),
    ("outcome", "已告知投诉人可于工作日到县政务服务中心二楼{win}号窗口办理。"),
    ("outcome", "办理地点：县人民路行政中心{floor}楼便民服务大厅，咨询电话{ophone}。"),
    ("outcome", "经现场核查，{village}村委会已更换损坏路灯{n}盏。"),
    ("outcome", "已督促{company}于{date}前完成整改，整改情况将在县政府门户网站公示。"),
    ("outcome", "该事项办理时限已由20个工作日压缩至{n}个工作日。"),
    ("outcome", "经调阅监控，{dtime}值班人员离岗约{mins}分钟，情况属实。"),
    ("outcome", "{st}对处理结果不满意，已告知其可在收到答复之日起30日内申请复核。"),
    ("outcome", "本件由{unit}承办，工单号{workno}，已于{date}办结。"),
    ("outcome", "如仍有疑问，可拨打12345政务服务便民热线或{ophone}咨询。"),
    ("outcome", "来信请寄县人民路行政中心县机关效能投诉中心，邮编{postcode}。"),
    ("outcome", "已将{masked}反映的问题转{unit}办理，并要求{n}个工作日内反馈。"),
    ("outcome", "按照“高效办成一件事”要求，{biz}已实现全程网办。"),
    ("outcome", "经查，涉事公务车系{unit}公务用车平台车辆，当日执行下乡任务，不存在公车私用。"),
    ("outcome", "经核实，{masked}的养老金系因待遇资格认证未通过而暂停，现已恢复发放。"),
    ("outcome", "{county}市场监管局已于{date}在{scenic}设立临时价格监督岗。"),
    ("outcome", "经现场测量，{road}施工噪声超标，已依法责令停工整改。"),
    ("outcome", "该户为{town}{village}脱贫监测户，已纳入低保，每月发放{small}。"),
    ("outcome", "投诉事项编号{caseno}，办理结果：属实，已整改。"),
    ("outcome", "截至{date}，{company}已为{n}名员工补缴社会保险费{amount}。"),
    ("outcome", "经周密调查，反映的问题不属实，已向投诉人做好解释工作。"),
    ("outcome", "由于投诉人拒绝提供身份证明材料，该事项暂缓办理。"),
    ("outcome", "经查，该商户营业执照注册号为{credit}，已责令其办理食品经营许可。"),
    ("outcome", "经协调，县政务服务中心已于{date}起在三楼增设{n}个综合受理窗口。"),
    # ---------------- action
    ("action", "对窗口工作人员进行批评教育，并在全局干部职工会上作书面检查。"),
    ("action", "建立首问负责制台账，每周通报办件情况。"),
    ("action", "开展“{campaign}”专项行动，全面排查窗口服务短板。"),
    ("action", "组织全体窗口人员学习雷锋精神，争做文明服务标兵。"),
    ("action", "大力弘扬焦裕禄精神，深化“{campaign}”活动。"),
    ("action", "以孔繁森、杨善洲等先进典型为镜，开展警示教育。"),
    ("action", "深入学习贯彻习近平新时代中国特色社会主义思想，持续改进工作作风。"),
    ("action", "在县政务服务中心一楼设立“办不成事”反映窗口，由专人值守。"),
    ("action", "推行延时服务和周末“不打烊”服务，方便上班族办事。"),
    ("action", "将{biz}纳入“一网通办”，实现“最多跑一次”。"),
    ("action", "由{ost}牵头，每月开展一次窗口服务暗访。"),
    ("action", "由{unit}主要负责人牵头，成立整改工作专班。"),
    ("action", "对相关责任人扣发当月绩效奖金。"),
    ("action", "{town}已指定包村干部督促施工方在{date}前完成路面修复。"),
    ("action", "约谈{company}负责人，责令限期整改到位。"),
    ("action", "在{estate}等{n}个小区试点智慧停车管理。"),
    ("action", "强化常态化监督，对发现的问题立行立改。"),
    ("action", "向前来办事的群众发放服务满意度调查表{big}份。"),
    ("action", "将整改情况在县政府门户网站及“{county}发布”公众号公开。"),
    ("action", "制定《{unit}窗口服务规范（试行）》，明确{n}项服务标准。"),
    ("action", "聘请{n}名群众担任效能监督员，定期收集意见建议。"),
    ("action", "按照{docno}文件要求，全面清理各类证明事项。"),
    ("action", "开展黄金周期间景区价格专项检查，检查经营户{big}家。"),
    ("action", "对{masked}、{masked2}两名工作人员进行诫勉谈话。"),
    ("action", "组织{big}名干部到瑞金、于都开展红色教育，重温方志敏《可爱的中国》。"),
    ("action", "在窗口张贴“文明窗口”“青年文明号”标识，接受群众监督。"),
    ("action", "{ost}已在科室会上通报此事，要求全体人员引以为戒。"),
    ("action", "下一步，将由驻村工作队跟进该户的房屋安置问题。"),
    ("action", "对{road}沿线{n}处破损路面进行修补。"),
    ("action", "在{village}、{village2}安装太阳能路灯{big}盏。"),
    ("action", "对{company}处以罚款{amount}，并纳入企业信用记录。"),
    ("action", "开通“12345+网格”联动机制，群众诉求24小时内响应。"),
    ("action", "在县政务服务中心二楼{win}号窗口增设“帮办代办”服务。"),
    ("action", "于是年底前完成全县{big}个村级便民服务点标准化建设。"),
    ("action", "要求{unit}在{n}个工作日内提交书面整改报告。"),
    ("action", "组织开展“学习谷文昌、廖俊波，争当人民好公仆”主题党日活动。"),
    ("action", "邀请{masked}等{cnt}名投诉人参加整改“回头看”座谈会。"),
    ("action", "把群众满意度作为检验整改成效的唯一标准，做到高效、文明、规范服务。"),
    # ---------------- notice
    ("notice", "给予{gunit}一名副局长政务警告处分。"),
    ("notice", "对{masked}同志给予警告处分。"),
    ("notice", "经研究决定，给予{masked}党内警告处分，给予{masked2}诫勉谈话处理。"),
    ("notice", "{unit}一名工作人员在办理{biz}过程中推诿扯皮，被给予政务记过处分。"),
    ("notice", "关于{n}起损害营商环境典型问题的通报"),
    ("notice", "对{gunit}{post}{masked}进行提醒谈话。"),
    ("notice", "{town}党委副书记{masked}对整改督促不力，被责令作出书面检查。"),
    ("notice", "{masked}，男，中共党员，系{gunit}{post}。"),
    ("notice", "现将有关情况通报如下（{docno}）。"),
    ("notice", "各单位要以案为鉴、举一反三，切实转变工作作风。"),
    ("notice", "县纪委监委近日通报{n}起违反中央八项规定精神典型问题。"),
    ("notice", "对负有领导责任的{gunit}主要负责人进行约谈。"),
    ("notice", "时任{gunit}{post}{masked}作为分管领导，未认真履行职责，被给予诫勉处理。"),
    ("notice", "本通报由县机关效能投诉中心负责解释，联系电话{ophone}。"),
    ("notice", "学习焦裕禄、谷文昌、廖俊波等同志的先进事迹，做忠诚干净担当的好干部。"),
    ("notice", "依据《中国共产党纪律处分条例》第{big}条规定，给予其党内严重警告处分。"),
    ("notice", "{date}以来，全县共受理机关效能投诉{big}件，办结率100%。"),
    ("notice", "县效能办对{n}家单位进行了通报批评。"),
    ("notice", "{masked}（{gunit}原{post}）违规收受礼金问题。"),
    ("notice", "{ost}在任期间违规发放津补贴{amount}，被给予政务警告处分。"),
    ("notice", "{county}{ushort}{post}{masked}工作日中午饮酒，受到政务警告处分。"),
    ("notice", "对{town}{village}党支部书记{masked}进行诫勉谈话。"),
    ("notice", "此次通报的{n}起问题中，涉及科级干部{n2}人。"),
    ("notice", "全县各级各部门要大力发扬“干就干好、干就一流”的精神，以高效服务优化营商环境。"),
    ("notice", "周末及节假日值班电话：{ophone}。"),
    ("notice", "通报批评：{unit}、{unit2}。"),
    ("notice", "附件：{county}机关效能投诉典型案例（{date}）"),
    ("notice", "钟鼓楼社区、何家坊村被评为“全县文明村镇（社区）”。"),
    ("outcome", "请投诉人携带相关材料到县行政审批局{floor}楼综合窗口办理。"),
    ("summary", "{st}反映{estate}售楼部承诺的学区配套至今未兑现。"),
    ("outcome", "经查，{estate}{bpart}违章搭建的铁皮棚已于{date}拆除。"),
    ("summary", "群众反映县行政中心A座{floor}楼卫生间长期停水。"),
    ("action", "在{town}便民服务中心{win}号窗口设立“银发族”专窗。"),
]


def check(rec, labels):
    text = rec["text"]
    for lab in labels:
        assert text[lab["start"]:lab["end"]] == lab["_v"], (text, lab)
        v = lab["_v"]
        k = lab["kind"]
        if k == "mobile":
            assert re.fullmatch(r"1[3-9]\d{9}", v)
        elif k == "id":
            assert len(v) == 18 and id_check(v[:17]) == v[17]
        elif k == "card":
            assert 16 <= len(v) <= 19 and v.isdigit() and luhn_ok(v)
        elif k == "email":
            assert re.fullmatch(r"[A-Za-z0-9._\-]+@[a-z0-9.]+", v)
        elif k == "plate":
            assert len(v) in (7, 8)
        # every occurrence of a value in the text must be labelled
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        lab_starts = sorted(l["start"] for l in labels if l["_v"] == v)
        if occ != lab_starts:
            return False  # e.g. name 向阳 inside road 向阳路: the value would also occur unlabelled; redraw
    # no overlapping labels
    spans = sorted((l["start"], l["end"]) for l in labels)
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], text
    assert "{" not in text and "}" not in text, text
    return True


def build(templates, total, prefix):
    n = len(templates)
    counts = [total // n] * n
    for i in rnd.sample(range(n), total - sum(counts)):
        counts[i] += 1
    out = []
    seen = set()
    shapes = ["fresh2-%s-%s%03d" % (f, prefix, i + 1) for i, (f, _) in enumerate(templates)]
    jobs = list(enumerate(counts))
    short = 0
    while jobs:
        i, c = jobs.pop(0)
        field, tpl = templates[i]
        shape = shapes[i]
        made = 0
        tries = 0
        while made < c and tries < c * 30:
            tries += 1
            text, labels = render(tpl)
            if text in seen:
                continue
            seen.add(text)
            rec = {"field": field, "labels": labels, "shape": shape, "text": text}
            if not check(rec, labels):
                seen.discard(text)
                continue
            if prefix == "c":
                assert not labels
            else:
                assert labels, tpl
            rec["labels"] = [{"start": l["start"], "end": l["end"], "kind": l["kind"]} for l in labels]
            out.append(rec)
            made += 1
        short += c - made
        if not jobs and short:
            # templates with little variation could not give their share of distinct sentences:
            # hand the remainder to randomly chosen templates that have placeholders
            variable = [j for j, (_, t) in enumerate(templates) if len(PH.findall(t)) >= 2]
            jobs = [(j, 1) for j in rnd.choices(variable, k=short)]
            short = 0
    return out


def main():
    assert len({t for _, t in POSITIVE}) == len(POSITIVE), "duplicate positive template"
    assert len({t for _, t in CLEAN}) == len(CLEAN), "duplicate clean template"
    for f, t in POSITIVE + CLEAN:
        assert f in ("summary", "outcome", "action", "notice"), f
        for m in PH.finditer(t):
            b = m.group(1)
            assert b in LABELLED or b in GEN or b in ("sur", "fsur", "csur", "msur"), (b, t)
    for _, t in CLEAN:
        for m in PH.finditer(t):
            assert m.group(1) not in LABELLED and m.group(1) not in ("sur", "fsur", "csur", "msur"), t
    recs = build(POSITIVE, 900, "p") + build(CLEAN, 600, "c")
    rnd.shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    from collections import Counter
    kinds = Counter(l["kind"] for r in recs for l in r["labels"])
    print("sentences", len(recs), "positive", sum(1 for r in recs if r["labels"]),
          "clean", sum(1 for r in recs if not r["labels"]))
    print("labels", dict(kinds), "total", sum(kinds.values()))
    print("templates", len(POSITIVE) + len(CLEAN), "positive", len(POSITIVE), "clean", len(CLEAN))
    print("fields", Counter(r["field"] for r in recs))


if __name__ == "__main__":
    main()
