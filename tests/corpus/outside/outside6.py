#!/usr/bin/env python3
"""outside6: independent labelled test set of Chinese transparency-portal sentences
(机关效能投诉 / 12345 工单公开 / 整改 / 纪委监委通报) for a personal-data detector.

Python 3.11, stdlib + faker only.  Fixed seed.  Writes outside6.jsonl beside itself.

Label kinds: id mobile card email im address plate name
Everything produced by an un-labelled placeholder (masked names, 张女士, 谢科长, 老李,
shops named after people, office addresses, document numbers, work-order numbers,
credit codes, hotlines, estates without a door, historical figures ...) is a distractor
and must stay unlabelled.
"""
import json
import os
import random
import re
from collections import Counter

from faker import Faker

SEED = 6_2025_0617
R = random.Random(SEED)
Faker.seed(SEED)
FAKE = Faker("zh_CN")

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "outside6.jsonl")

N_POS = 550
N_NEG = 450

# ---------------------------------------------------------------- helpers
CN_DIG = "零一二三四五六七八九"


def cn_num(n: int) -> str:
    """1..199 -> Chinese numerals (十二, 二十三, 一百零五)."""
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    h, rest = divmod(n, 100)
    s = CN_DIG[h] + "百"
    if rest == 0:
        return s
    if rest < 10:
        return s + "零" + CN_DIG[rest]
    return s + (CN_DIG[rest // 10] + "十" + (CN_DIG[rest % 10] if rest % 10 else ""))


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- name pools
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤涂饶艾晏甘敖邬揭游舒危聂")
RARE_SURN = list("禤亓逯笪仝佘蒯缪刁帅卞冉邝寇阚郗訾蔺晁闵靳栾甄郦芮璩宓滕")
COMPOUND_SURN = ["欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "慕容", "东方", "尉迟", "端木", "公孙", "夏侯", "澹台", "申屠", "司徒"]
GIVEN = ["建华", "秀兰", "桂芳", "志强", "海燕", "文静", "建国", "国庆", "红梅", "丽娟", "春生", "水根", "冬梅", "小红",
         "美华", "金凤", "德胜", "福生", "根生", "来娣", "招娣", "细妹", "满秀", "国华", "振华", "卫东", "爱民", "建军",
         "晓燕", "雨轩", "子涵", "梓萱", "浩然", "一诺", "欣怡", "俊杰", "婷婷", "思远", "宇航", "水英", "火根", "三毛",
         "伟", "芳", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚",
         "腊梅", "春花", "细根", "冬生", "长根", "旺财", "金宝", "有福", "雪梅", "玉兰", "凤英", "宏伟", "立新", "向东"]
GIVEN_SHORT = ["志华", "红", "明", "婉清", "建军", "磊", "雪", "瑞", "峰", "丽", "杰", "晓峰", "春燕", "文博", "敏"]
# names that are also ordinary words / place names
WORDNAMES = ["王建国", "高峰", "田野", "黄河", "石磊", "金鑫", "林森", "常德", "华山", "江山", "于洋", "夏天", "安宁",
             "万年", "黎川", "余江", "吉安", "金华", "宁波", "安康", "钟山", "白雪", "方圆", "文静", "高兴", "向阳",
             "常青", "牛犇", "武威", "雷雨", "江海", "康健", "成功", "白云", "任重", "高洁", "司马光明", "陈平安",
             "刘国庆", "张建国", "李海燕", "周小康", "韩梅梅", "林海", "黄山", "于都", "龙南", "马兰", "程程"]
MINORITY = ["阿依古丽·吐尔逊", "买买提·艾力", "热依汗古丽·阿不都拉", "努尔兰·哈力别克", "迪丽娜尔·阿不都",
            "古丽米拉·艾则孜", "阿不都热合曼·买买提", "艾尔肯·吐尔洪", "扎西次仁", "卓玛央金", "格桑德吉",
            "巴图孟和", "其木格", "乌力吉", "阿说木呷", "岩温", "次仁卓玛", "阿卜杜拉·热合曼", "帕提古丽·买买提"]


def gen_name_raw():
    r = R.random()
    if r < 0.36:
        n = FAKE.name()
    elif r < 0.60:
        n = pick(SURN) + pick(GIVEN)
    elif r < 0.71:
        n = pick(WORDNAMES)
    elif r < 0.79:
        n = pick(COMPOUND_SURN) + pick(GIVEN_SHORT)
    elif r < 0.84:
        n = pick(MINORITY)
        if "·" in n and R.random() < 0.2:
            n = n.replace("·", "•")
    elif r < 0.91:
        n = pick(RARE_SURN) + pick(GIVEN)
    else:
        n = pick(SURN) + pick([g for g in GIVEN if len(g) == 1])
    return n


def g_name(ctx):
    for _ in range(50):
        n = gen_name_raw()
        if "某" not in n and n not in ctx["names"]:
            ctx["names"].add(n)
            return n
    raise RuntimeError("name")


# ---------------------------------------------------------------- distractor people
def g_mask(ctx):
    s = pick(SURN + RARE_SURN[:5])
    return pick([s + "某", s + "某某", s + "某某", s + "**", s + "某（女）", s + "某甲", s + "*" + pick("华军英明平"),
                 s + "×" + pick("华军英明平"), s + "某某（男，" + str(R.randint(30, 80)) + "岁）", s + "某乙", s + "某"])


def g_anon(ctx):
    s = pick(SURN)
    return pick([s + "女士", s + "先生", s + "师傅", s + "阿姨", s + "大爷", s + "大姐", s + "女士", s + "先生",
                 s + "姓老人", s + "姓村民", s + "姓商户", s + "同学", s + "老师", s + "女士"])


def g_title(ctx):
    s = pick(SURN)
    return s + pick(["科长", "主任", "局长", "书记", "所长", "队长", "站长", "校长", "院长", "警官", "副主任", "支书",
                     "组长", "股长", "副局长", "科长", "主任"])


def g_mgr(ctx):
    return pick(SURN) + pick(["经理", "老板", "总", "经理", "老板娘", "会计"])


def g_granny(ctx):
    return pick(SURN) + pick(["奶奶", "爷爷", "婆婆", "大爷", "嗲嗲", "娭毑"])


def g_hist2(ctx):
    a, b = R.sample(HIST, 2)
    return a + "、" + b


def g_lao(ctx):
    return pick(["老", "老", "小"]) + pick(SURN)


SHOPS = ["李宁专卖店", "杨国福麻辣烫", "张亮麻辣烫", "周黑鸭门店", "老乡鸡", "刘一手火锅", "谭木匠", "张小泉刀剪店",
         "黄振龙凉茶", "李先生牛肉面", "马大姐食品店", "吴裕泰茶庄", "赵一鸣零食", "杨铭宇黄焖鸡米饭", "张记烧烤",
         "王婆大虾", "钱大妈生鲜", "陈记瓦罐汤", "老周拌粉", "胡姐米粉店", "刘老根大舞台", "阿香米线", "周大福珠宝",
         "曾三仙米粉", "罗森便利店", "熊记瓦罐煨汤", "万家福超市", "大润发超市"]
GYMS = ["力美健身房", "乐刻健身", "星之健身会所", "蓝天游泳馆", "小天才教育培训中心", "金太阳托管班", "乐学英语培训学校"]
HISTFULL = ["焦裕禄同志“心中装着全体人民、唯独没有他自己”", "孔繁森同志“一尘不染、两袖清风”", "杨善洲同志“一辈子不停歇”",
            "谷文昌同志“不带一点私心”", "廖俊波同志“政声人去后，民意闲谈中”", "黄文秀同志“扎根基层、无私奉献”",
            "方志敏同志“清贫”", "龚全珍同志“一心为民”", "甘祖昌同志“艰苦奋斗、不忘初心”", "雷锋同志“为人民服务”"]
HIST = ["焦裕禄", "孔繁森", "杨善洲", "谷文昌", "廖俊波", "黄文秀", "方志敏", "龚全珍", "甘祖昌", "雷锋", "郑培民", "牛玉儒"]

# ---------------------------------------------------------------- places / units
ROADS = ["解放路", "人民路", "胜利路", "八一大道", "中山路", "建国路", "向阳路", "文明路", "子固路", "叠山路", "象山北路",
         "孺子路", "北京东路", "青山南路", "丰和中大道", "赣江中大道", "红谷中大道", "井冈山大道", "迎宾大道", "站前路",
         "府前路", "沿江路", "滨江大道", "东风路", "光明街", "和平路", "新华路", "长征路", "建设路", "东门街", "干越路",
         "玉亭大道", "环城北路", "民主路"]
ESTATES = ["幸福小区", "阳光花园", "恒大名都", "碧桂园·凤凰城", "绿地国际博览城", "万科城", "锦绣江南", "滨江首府",
           "水岸花城", "金色家园", "翡翠华庭", "城东新村", "工人新村", "粮食局宿舍", "红星家园", "香溢花城", "天沐君湖",
           "紫金城", "丽景湾", "幸福苑二区", "御景湾", "学府名门", "江南春晓", "书香门第", "康居小区", "东湖嘉园",
           "盛世名门", "新城吾悦", "融创城"]
TOWNS = ["城关镇", "梅林镇", "石鼓镇", "黄金埠镇", "瑞洪镇", "大塘乡", "罗溪镇", "三阳集乡", "白马桥街道", "河埠街道",
         "玉亭镇", "社赓镇", "杨埠镇", "古埠镇", "康山乡", "枫港乡", "洪家嘴乡", "东塘乡", "龙津镇", "三江镇"]
VILLAGES = ["东山村", "上湾村", "石门村", "新塘村", "下郑村", "枫树村", "高桥村", "黄家村", "长岭村", "株山村", "西岗村",
            "大源村", "桥头村", "湖滨村", "前进村", "团结村", "新民村", "汪家村", "梅溪村", "竹林村"]
GROUPS = ["下屋组", "上屋组", "塘边组", "新屋组", "老屋组", "山背组", "大屋场组", "樟树下组", "桥边组"]
COUNTIES = ["余干县", "进贤县", "万年县", "安远县", "于都县", "黎川县", "都昌县", "修水县", "鄱阳县", "南丰县", "乐平市",
            "贵溪市", "青山湖区", "东湖区", "新建区"]
NAMEPLACES = ["万年县", "安远县", "黎川县", "余江区", "吉安市", "金华市", "宁波市", "黄山市", "常德市", "安康市", "于都县",
              "龙南市", "武威市", "华山脚下"]
SCENIC = ["龟峰", "三清山", "篁岭", "庐山西海", "仙女湖", "明月山", "滕王阁", "龙虎山", "康山大堤", "梅岭"]
ORGS = ["县市场监督管理局", "县住建局", "县自然资源局", "县人社局", "县医保局", "县不动产登记中心", "县政务服务中心",
        "县公安局交警大队", "县城市管理局", "县水务集团", "县供电公司", "县教体局", "县卫健委", "县民政局", "县农业农村局",
        "县生态环境局", "县交通运输局", "县税务局第二税务分局", "县住房公积金管理部", "城南街道办事处", "县信访局",
        "县机关效能投诉中心", "区行政审批局", "市城管执法局", "区住房保障和房产管理局", "县退役军人事务局", "县残联",
        "县人民医院", "市12345热线中心", "县司法局", "县文广新旅局", "区市场监管局", "县社保中心"]
SCHOOLS = ["县第二中学", "城南小学", "实验幼儿园", "县第三小学", "育才学校", "县职业中专", "梅林镇中心小学"]
COMPANIES_FIX = ["江西恒通物业服务有限公司", "县自来水公司", "顺达出租车公司", "鑫隆建筑工程有限公司",
                 "华远房地产开发有限公司", "绿源环卫服务有限公司", "永安电梯维保有限公司", "县公交公司",
                 "江西老周食品有限公司", "锦程装饰工程有限公司", "天成劳务派遣有限公司", "赣鄱建设集团有限公司"]
BANKS = {
    "中国工商银行": ["622202", "621226", "621558"],
    "中国农业银行": ["622848", "622845", "623052"],
    "中国银行": ["621661", "621785", "601382"],
    "中国建设银行": ["621700", "622700", "436742"],
    "交通银行": ["622262", "622260"],
    "中国邮政储蓄银行": ["621799", "622188"],
    "招商银行": ["621483", "622588"],
    "江西农商银行": ["621592", "623105"],
    "九江银行": ["621576"],
    "赣州银行": ["623520"],
}
BANK_ALIAS = {"中国农业银行": ["农行", "农业银行"], "中国工商银行": ["工行", "工商银行"], "中国建设银行": ["建行", "建设银行"],
              "中国邮政储蓄银行": ["邮储银行", "邮政储蓄银行"], "江西农商银行": ["农商银行", "农村商业银行"]}
BRANCHES = ["城南支行", "营业部", "瑞洪分理处", "玉亭支行", "城北支行", "梅林分理处", "县支行营业室"]
WXPUB = ["南昌12345", "余干发布", "赣服通", "i南昌", "清风余干", "县机关效能", "上饶12345", "廉洁万年"]
NICKS = ["赣鄱老表", "一只小蜗牛", "路过的市民", "城南居民", "心怀正义", "鄱湖渔火", "不想再等了", "老实人", "江南烟雨"]
LAWS = ["中国共产党纪律处分条例", "中华人民共和国公职人员政务处分法", "中国共产党问责条例", "事业单位工作人员处分规定",
        "行政机关公务员处分条例"]
LAWS2 = ["物业管理条例", "业主大会和业主委员会指导规则", "江西省物业管理条例"]
TOPICS = ["加快农村公路提质改造", "解决城区停车难问题", "加强校园周边食品安全监管", "推进老旧小区加装电梯",
          "完善农村饮水安全保障", "规范城区渣土运输管理", "增设城区公共厕所", "提升政务服务“一网通办”水平",
          "加大农贸市场改造力度", "优化公交线路设置"]
DOC_ABBR = ["赣府发", "洪府办发", "余府办", "县委办发", "县效能办", "赣办发", "饶府发", "县政办字", "余住建字", "县市监字"]
JDOC_ABBR = ["余纪发", "县纪通", "洪纪发", "饶纪字", "县监委通报"]


def g_bank(ctx):
    b = pick(list(BANKS))
    ctx["bank"] = b
    if b in BANK_ALIAS and R.random() < 0.4:
        return pick(BANK_ALIAS[b])
    return b


def g_estate(ctx):
    return pick(ESTATES)


def g_road(ctx):
    return pick(ROADS)


def g_orgaddr(ctx):
    return pick(ROADS) + str(R.randint(1, 1999)) + "号"


def g_roadbiz(ctx):
    return pick(ROADS) + str(R.randint(1, 600)) + "号"


def g_bldg(ctx):
    b = R.randint(1, 36)
    return pick([f"{b}栋", f"{b}号楼", f"{cn_num(b)}栋", f"{b}幢"])


def g_brange(ctx):
    a = R.randint(1, 12)
    b = a + R.randint(2, 10)
    return f"{a}栋至{b}栋"


def g_company(ctx):
    if R.random() < 0.5:
        return FAKE.company()
    return pick(COMPANIES_FIX)


# ---------------------------------------------------------------- numbers (distractors)
def g_date(ctx):
    y = R.randint(2023, 2025)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return pick([f"{y}年{m}月{d}日", f"{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}日",
                 "二〇" + "".join(CN_DIG[int(c)] for c in str(y)[2:]) + f"年{cn_num(m)}月{cn_num(d)}日",
                 f"本月{d}日", f"{y}年{m}月{d}日"])


def g_time(ctx):
    h = R.randint(8, 21)
    mi = R.choice([0, 10, 15, 20, 30, 45])
    return pick([f"上午{R.randint(8, 11)}时{mi}分" if mi else f"上午{R.randint(8, 11)}时", f"{h}:{mi:02d}",
                 f"晚上{R.randint(8, 11)}点左右", f"下午{R.randint(2, 5)}点多", f"{h}时{mi}分" if mi else f"{h}时许"])


def g_amt(ctx):
    r = R.random()
    if r < 0.35:
        return f"{R.randint(200, 98000)}元"
    if r < 0.55:
        v = R.randint(1000, 999999)
        return f"{v:,}元"
    if r < 0.7:
        return f"{R.randint(1, 80)}.{R.randint(1, 9)}万元"
    if r < 0.8:
        return pick(["人民币壹万贰仟元整", "人民币叁仟伍佰元", "人民币捌万元整", "人民币伍仟元整"])
    if r < 0.9:
        return f"{R.randint(1000, 99999)}.{R.randint(0, 99):02d}元"
    return f"{cn_num(R.randint(2, 99))}万余元"


def g_amts(ctx):
    r = R.random()
    if r < 0.5:
        return f"{R.randint(20, 3000)}元"
    if r < 0.7:
        return f"{R.randint(20, 999)}.{R.randint(0, 9)}元"
    if r < 0.85:
        return pick(["伍佰元", "贰佰元", "壹仟元", "叁佰伍拾元"])
    return cn_num(R.randint(2, 30)) + "百元"


def g_hot(ctx):
    return pick(["12345", "12345", "0791-12345", f"0793-{R.randint(6200000, 6299999)}",
                 f"0791-8{R.randint(6000000, 8999999)}", "12315", "12319", "12388", f"0797-{R.randint(8100000, 8399999)}",
                 "400-800-" + str(R.randint(1000, 9999)), fullwidth("12345"), "0791－12345"])


def g_case(ctx):
    y = R.choice([2023, 2024, 2025])
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    r = R.random()
    if r < 0.25:
        return f"{y}{m:02d}{d:02d}{R.randint(0, 99999):05d}"
    if r < 0.4:
        return f"GD{y}{m:02d}{d:02d}{R.randint(0, 9999):04d}"
    if r < 0.55:
        return f"XF{y}-{m:02d}{d:02d}-{R.randint(1, 999):03d}"
    if r < 0.7:
        return f"{str(y)[2:]}{m:02d}{d:02d}{R.randint(1000000000, 9999999999)}"
    if r < 0.85:
        return f"JX12345-{y}-{m:02d}{d:02d}-{R.randint(1, 99999):05d}"
    return f"{y}{m:02d}{d:02d}-{R.randint(1, 9999):04d}"


def g_caseno(ctx):
    y = R.choice([2024, 2025])
    return pick([f"（{y}）赣{R.randint(1100, 1199):04d}民初{R.randint(100, 9999)}号",
                 f"余劳人仲案字〔{y}〕第{R.randint(1, 300)}号", f"县劳仲案字[{y}]{R.randint(1, 300)}号"])


def g_docno(ctx):
    return f"{pick(DOC_ABBR)}〔{R.randint(2019, 2025)}〕{R.randint(1, 160)}号"


def g_docno2(ctx):
    return pick(["余市监责改", "县城管责改字", "余环责改", "县卫监责改"]) + f"〔{R.randint(2023, 2025)}〕{R.randint(1, 400)}号"


def g_jdoc(ctx):
    return f"{pick(JDOC_ABBR)}〔{R.randint(2022, 2025)}〕{R.randint(1, 60)}号"


def g_credit(ctx):
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    region = pick(["360121", "361127", "360124", "360111", "360403", "360681"])
    return "91" + region + "MA3" + "".join(R.choice(al) for _ in range(6)) + R.choice(al)


def g_license(ctx):
    return "JY1" + pick(["3601", "3611"]) + "".join(R.choice("0123456789") for _ in range(9))


def g_report(ctx):
    return f"SP{R.randint(2024, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 9999):04d}"


def g_deed(ctx):
    return f"赣（{R.randint(2019, 2025)}）{pick(COUNTIES)}不动产权第{R.randint(1, 9999999):07d}号"


def g_post(ctx):
    return pick(["335100", "331700", "330038", "335000", "330200", "344000"])


def g_pct(ctx):
    return pick([f"{R.randint(90, 99)}.{R.randint(0, 9)}%", "100%", "百分之九十五", f"{R.randint(85, 99)}%"])


def g_n(ctx):
    return str(R.choice([R.randint(2, 9), R.randint(2, 9), R.randint(10, 60), R.randint(100, 999)])) if R.random() < 0.85 \
        else cn_num(R.randint(2, 30))


def g_small(ctx):
    return str(R.randint(2, 12))


def g_age(ctx):
    return str(R.randint(19, 94))


def g_old(ctx):
    return str(R.randint(62, 96))


def g_year(ctx):
    return str(R.randint(2018, 2025))


def g_birth(ctx):
    return str(R.randint(1962, 1992))


def g_month(ctx):
    return str(R.randint(1, 12))


def g_cn(ctx):
    return cn_num(R.randint(5, 150))


def g_cns(ctx):
    return pick(["十八届三", "十九届二", "十九届四", "二十届一", "十七届五"])


def g_price(ctx):
    return pick(["0.8", "1.2", "1.5", "1.8", "2.0", "0.65", "1.0"])


def g_price2(ctx):
    return str(pick([380, 400, 220, 120, 150, 60, 80]))


# ---------------------------------------------------------------- labelled generators
AREA = ["360102", "360111", "360121", "360124", "360403", "360428", "360502", "360681", "360702", "360781", "360822",
        "360902", "361002", "361102", "361127", "361128", "430102", "420106", "340104", "350203", "441900", "110105",
        "320583", "330106", "410105", "510107", "522101", "362330"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def g_id(ctx):
    y = R.randint(1945, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    body = f"{pick(AREA)}{y}{m:02d}{d:02d}{R.randint(0, 999):03d}"
    c = id_check(body)
    if c == "X" and R.random() < 0.25:
        c = "x"
    return body + c


MOB_PREF = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153",
            "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183",
            "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]


def mob_digits():
    return pick(MOB_PREF) + "".join(R.choice("0123456789") for _ in range(8))


def mob_variant(d):
    v = R.randint(0, 6)
    if v == 0:
        return f"{d[:3]} {d[3:7]} {d[7:]}"
    if v == 1:
        return f"{d[:3]}-{d[3:7]}-{d[7:]}"
    if v == 2:
        return "+86" + d
    if v == 3:
        return "+86 " + d
    if v == 4:
        return fullwidth(d)
    if v == 5:
        return f"{d[:3]}　{d[3:7]}　{d[7:]}".replace("　", " ")
    return "+86-" + d


def g_mob(ctx):
    d = mob_digits()
    return mob_variant(d) if R.random() < 0.2 else d


def g_mobv(ctx):
    return mob_variant(mob_digits())


def luhn_complete(prefix_body: str) -> str:
    digits = [int(c) for c in prefix_body]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return prefix_body + str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num]
    s = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        s += dgt
    return s % 10 == 0


def g_card(ctx):
    bank = ctx.get("bank") or pick(list(BANKS))
    bin_ = pick(BANKS[bank])
    length = 16 if bank in ("招商银行", "交通银行") or bin_ == "436742" else pick([19, 19, 16])
    body = bin_ + "".join(R.choice("0123456789") for _ in range(length - len(bin_) - 1))
    num = luhn_complete(body)
    if R.random() < 0.2:
        num = " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    return num


PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "hu", "xiong", "tu", "rao",
          "wan", "zou", "yu", "ouyang", "sima", "deng", "xiao", "fang", "lin"]
PY_GIVEN = ["wei", "fang", "min", "jing", "qiang", "lei", "jun", "yan", "jie", "tao", "ming", "chao", "xia", "ping",
            "jianhua", "haiyan", "wenjing", "jianguo", "xiaoyan", "zhiqiang", "hongmei", "lijuan"]
MAIL_DOM = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "hotmail.com", "gmail.com",
            "yeah.net", "sohu.com", "outlook.com"]


def g_email(ctx):
    r = R.random()
    if r < 0.3:
        return f"{R.randint(10000, 3999999999)}@qq.com"
    if r < 0.5:
        return FAKE.free_email()
    sep = pick(["", "", ".", "_"])
    tail = pick(["", str(R.randint(1, 99)), str(R.randint(1960, 2005)), f"{R.randint(1, 12):02d}{R.randint(1, 28):02d}"])
    return f"{pick(PINYIN)}{sep}{pick(PY_GIVEN)}{tail}@{pick(MAIL_DOM)}"


def g_qq(ctx):
    return str(R.choice([R.randint(10000, 99999), R.randint(100000, 9999999), R.randint(10000000, 999999999),
                         R.randint(1000000000, 3999999999)]))


def g_wx(ctx):
    r = R.random()
    if r < 0.4:
        return f"{pick(PINYIN)}{pick(['', '_', '-'])}{pick(PY_GIVEN)}{R.randint(1, 2005)}"
    if r < 0.6:
        return pick(["hx", "lj", "zw", "wxm", "yy", "xiao", "ah", "lily", "tom", "sunny"]) + str(R.randint(1960, 2005)) + \
            f"{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    if r < 0.8:
        return FAKE.user_name() + pick(["_", "", "-"]) + str(R.randint(10, 999))
    return pick(["a", "w", "z", "m", "j"]) + "".join(R.choice("abcdefghjkmnpqrstuvwxyz0123456789_") for _ in range(R.randint(6, 12)))


PROVS = {"赣": "ABCDEFGHJKLM", "湘": "ABCDEFGHJKLMNU", "皖": "ABCDEFGHJKLMNPRS", "鄂": "ABCDEFGHJKLMNPQRS",
         "苏": "ABCDEFGHJKLMN", "浙": "ABCDEFGHJKL", "闽": "ABCDEFGHJK", "粤": "ABCDEFGHJKLMNPQRSTUVWXY"}
PL_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def g_plate(ctx):
    prov = "赣" if R.random() < 0.7 else pick(list(PROVS))
    city = pick(PROVS[prov])
    r = R.random()
    if r < 0.45:
        tail = "".join(R.choice("0123456789") for _ in range(5))
    elif r < 0.75:
        chars = [R.choice("0123456789") for _ in range(5)]
        for i in R.sample(range(5), R.randint(1, 2)):
            chars[i] = R.choice(PL_AL)
        tail = "".join(chars)
    else:  # new energy
        tail = pick("DF") + "".join(R.choice("0123456789") for _ in range(5))
    sep = pick(["", "", "", "·", "-", " "])
    return prov + city + sep + tail


def g_addru(ctx):
    est = pick([e for e in ESTATES if e != "幸福苑二区"])
    b = R.randint(1, 38)
    u = R.randint(1, 4)
    fl = R.randint(1, 33)
    door = R.randint(1, 4)
    room = f"{fl}{door:02d}"
    v = R.randint(0, 8)
    if v == 0:
        s = f"{est}{b}栋{u}单元{room}室"
    elif v == 1:
        s = f"{est}{b}-{u}-{room}"
    elif v == 2:
        s = f"{est}{b}幢{room}室"
    elif v == 3:
        s = f"{est}{b}号楼{u}单元{room}"
    elif v == 4:
        s = f"{est}{cn_num(b)}栋{cn_num(u)}单元{room}室"
    elif v == 5:
        s = f"{est}{pick('ABCDE')}区{b}栋{room}室"
    elif v == 6:
        s = f"{est}{b}栋{room}"
    elif v == 7:
        s = f"{est}{b}-{room}"
    else:
        s = f"{est}小区{b}栋{u}单元{fl}楼{door}号" if not est.endswith("小区") else f"{est}{b}栋{u}单元{fl}楼{door}号"
    if R.random() < 0.25:
        s = pick(COUNTIES) + pick(ROADS) + str(R.randint(1, 999)) + "号" + s
    return s


def g_addrr(ctx):
    vil = pick(VILLAGES)
    g = R.randint(1, 15)
    h = R.randint(1, 88)
    v = R.randint(0, 5)
    if v == 0:
        s = f"{vil}{g}组{h}号"
    elif v == 1:
        s = f"{vil}委会{pick(GROUPS)}{h}号"
    elif v == 2:
        s = f"{vil}{cn_num(g)}组{h}号"
    elif v == 3:
        s = f"{vil}{pick(GROUPS)}{h}号"
    elif v == 4:
        s = f"{vil}{g}组{h}号附{R.randint(1, 5)}号"
    else:
        s = f"{vil}{pick(GROUPS)}{cn_num(h)}号"
    if R.random() < 0.3:
        s = pick(TOWNS) + s
        if R.random() < 0.4:
            s = pick(COUNTIES) + s
    return s


def g_addrs(ctx):
    road = pick(ROADS)
    n = R.randint(1, 888)
    v = R.randint(0, 6)
    if v == 0:
        s = f"{road}{n}号{R.randint(1, 12)}栋{R.randint(1, 7)}0{R.randint(1, 4)}室"
    elif v == 1:
        s = f"{road}{n}号院{R.randint(1, 9)}号楼{R.randint(1, 4)}单元{R.randint(1, 7)}0{R.randint(1, 4)}"
    elif v == 2:
        s = f"{road}{n}号"
    elif v == 3:
        s = f"{road}{n}弄{R.randint(1, 60)}号{R.randint(1, 6)}0{R.randint(1, 4)}室"
    elif v == 4:
        s = f"{pick(['三眼井巷', '槐树巷', '铁街', '筷子巷', '百花洲巷', '棉花市', '洗马池'])}{n % 80 + 1}号"
    elif v == 5:
        s = f"{road}{n}号附{R.randint(1, 9)}号"
    else:
        s = f"{road}{n}号{R.randint(1, 6)}楼"
    if R.random() < 0.2:
        s = pick(COUNTIES) + s
    return s


def g_addr(ctx):
    return pick([g_addru, g_addru, g_addrr, g_addrs])(ctx)


# key -> (kind or None, generator)
GEN = {
    "NAME": ("name", g_name), "ID": ("id", g_id), "MOB": ("mobile", g_mob), "MOBV": ("mobile", g_mobv),
    "CARD": ("card", g_card), "EMAIL": ("email", g_email), "QQ": ("im", g_qq), "WX": ("im", g_wx),
    "ADDR": ("address", g_addr), "ADDRU": ("address", g_addru), "ADDRR": ("address", g_addrr),
    "ADDRS": ("address", g_addrs), "PLATE": ("plate", g_plate),
    # distractors
    "MASK": (None, g_mask), "ANON": (None, g_anon), "TITLE": (None, g_title), "LAO": (None, g_lao),
    "SHOP": (None, lambda c: pick(SHOPS)), "GYM": (None, lambda c: pick(GYMS)),
    "HIST": (None, lambda c: pick(HIST)), "HISTFULL": (None, lambda c: pick(HISTFULL)),
    "ORG": (None, lambda c: pick(ORGS)), "SCHOOL": (None, lambda c: pick(SCHOOLS)),
    "TOWN": (None, lambda c: pick(TOWNS)), "VILLAGE": (None, lambda c: pick(VILLAGES)),
    "GROUP": (None, lambda c: pick(GROUPS)), "COUNTY": (None, lambda c: pick(COUNTIES)),
    "NAMEPLACE": (None, lambda c: pick(NAMEPLACES)), "SCENIC": (None, lambda c: pick(SCENIC)),
    "COMPANY": (None, g_company), "ESTATE": (None, g_estate), "ROAD": (None, g_road),
    "ORGADDR": (None, g_orgaddr), "ROADBIZ": (None, g_roadbiz), "BLDG": (None, g_bldg), "BRANGE": (None, g_brange),
    "BANK": (None, g_bank), "BRANCH": (None, lambda c: pick(BRANCHES)), "WXPUB": (None, lambda c: pick(WXPUB)),
    "NICK": (None, lambda c: pick(NICKS)), "LAW": (None, lambda c: pick(LAWS)), "LAW2": (None, lambda c: pick(LAWS2)),
    "TOPIC": (None, lambda c: pick(TOPICS)), "DATE": (None, g_date), "TIME": (None, g_time), "AMT": (None, g_amt),
    "AMTS": (None, g_amts), "MGR": (None, g_mgr), "GRANNY": (None, g_granny), "HIST2": (None, g_hist2),
    "HOT": (None, g_hot), "CASE": (None, g_case), "CASENO": (None, g_caseno), "DOCNO": (None, g_docno),
    "DOCNO2": (None, g_docno2), "JDOC": (None, g_jdoc), "CREDIT": (None, g_credit), "LICENSE": (None, g_license),
    "REPORTNO": (None, g_report), "DEED": (None, g_deed), "POST": (None, g_post), "PCT": (None, g_pct),
    "N": (None, g_n), "S": (None, g_small), "AGE": (None, g_age), "OLD": (None, g_old), "YEAR": (None, g_year), "BIRTH": (None, g_birth),
    "M": (None, g_month), "CN": (None, g_cn), "CNS": (None, g_cns), "PRICE": (None, g_price),
    "PRICE2": (None, g_price2),
}
LABELLED_KEYS = {k for k, (kind, _) in GEN.items() if kind}

# ---------------------------------------------------------------- templates
# (template id, field, template).  [a|b] = random choice, {KEY} = generated value.
POS = [
    # ---- complaint summaries
    ("p01", "summary", "诉求人{NAME}（联系电话：{MOB}）反映，其位于{ADDRU}的住房自交房以来卫生间持续渗水，多次找{COMPANY}维修未果。"),
    ("p02", "summary", "{NAME}来电反映：本人家住{ADDRR}，门前通组公路路面破损严重，[雨天无法通行|车辆根本进不去]，希望[尽快修复|列入硬化计划]。"),
    ("p03", "summary", "市民{NAME}反映位于{ROADBIZ}的{SHOP}夜间排风扇噪音扰民，其家中（{ADDRS}）老人无法休息，联系方式{MOB}。"),
    ("p04", "summary", "来电人{NAME}，身份证号{ID}，反映其在{COMPANY}务工期间被拖欠工资{AMT}，要求协调解决。"),
    ("p05", "summary", "诉求人{NAME}反[映|应]：{DATE}在{ORG}办理业务时窗口工作人员态度生硬、推诿扯皮，要求给予答复，电话{MOB}。"),
    ("p06", "summary", "{ANON}代其母亲{NAME}（女，{OLD}岁）反映，老人居住在{ADDRR}，房屋年久失修，申请纳入农村危房改造。"),
    ("p07", "summary", "诉求人{NAME}反映车牌号为{PLATE}的[小轿车|白色SUV|黑色越野车|面包车]长期占用{ESTATE}消防通道，物业不予处理。"),
    ("p08", "summary", "{NAME}、{NAME}、{NAME}等{S}户村民联名反映{VILLAGE}养猪场臭气扰民，牵头人电话{MOB}。"),
    ("p09", "summary", "诉求人{NAME}反映网购商品退款迟迟未到账，已提供收款账户（{BANK}，卡号{CARD}），请求督促商家退款。"),
    ("p10", "summary", "网民“{NICK}”（实名{NAME}，QQ：{QQ}）在留言板反映{TOWN}中心小学周边无证摊贩占道经营。"),
    ("p11", "summary", "{NAME}反映其子{NAME}在{SCHOOL}就读期间遭受校园欺凌，要求学校给予说法，联系邮箱{EMAIL}。"),
    ("p12", "summary", "来电人称自己叫{NAME}，住{ADDRS}，楼下{SHOP}油烟直排，已向{TITLE}反映过两次无果。"),
    ("p13", "summary", "诉求人{NAME}（微信号：{WX}）反映{ESTATE}物业擅自上涨物业费，由每平方米{PRICE}元涨至{PRICE}元。"),
    ("p14", "summary", "{NAME}女士反映，她于{DATE}在{GYM}办理的年卡，门店突然关门，涉及金额{AMTS}，电话{MOB}。"),
    ("p15", "summary", "诉求人{NAME}反映：其父{NAME}于{YEAR}年去世，名下位于{ADDRU}的房产继承过户一直办不下来。"),
    ("p16", "summary", "退役军人{NAME}反映优抚金未按时发放，本人身份证{ID}，{BANK}账号{CARD}。"),
    ("p17", "summary", "外卖骑手{NAME}反映在{ESTATE}被保安拦截，电动车钥匙被扣[，|,]电话：{MOB}。"),
    ("p18", "summary", "诉求人：{NAME}；联系电话：{MOB}；住址：{ADDR}；诉求内容：[二次供水水质发黄|楼道灯长期不亮|燃气管道漏气|化粪池外溢]。"),
    ("p19", "summary", "{NAME}反映{PLATE}号出租车司机绕路多收费{AMTS}，乘车时间为{DATE}{TIME}。"),
    ("p20", "summary", "家住{ADDRR}的村民{NAME}反映，邻居{MASK}在其承包地上违规建房，村委会不予制止。"),
    ("p21", "summary", "来电人{ANON}反映其丈夫{NAME}在{COMPANY}受工伤后单位拒不申报工伤认定，联系电话{MOB}。"),
    ("p22", "summary", "诉求人{NAME}反映医保异地备案多次失败，身份证号码：{ID}，请求{ORG}核实。"),
    ("p23", "summary", "{NAME}（{AGE}岁，住{ADDRR}）反映其低保被取消，认为村干部{MASK}优亲厚友。"),
    ("p24", "summary", "市民{NAME}来信反映{ROAD}公交站台被广告牌遮挡，来信留的邮箱是{EMAIL}，请回复。"),
    ("p25", "summary", "诉求人{NAME}称{DATE}驾驶{PLATE}在{ROAD}被{MASK}驾驶的货车追尾，认为交警{TITLE}处理不公。"),
    ("p26", "summary", "反映人{NAME}，电话{MOBV}，反映楼上住户{ANON}家空调外机滴水，协商无果。"),
    ("p27", "summary", "业主{NAME}、{NAME}反映{ESTATE}{BLDG}电梯频繁困人，维保单位{COMPANY}敷衍了事。"),
    ("p28", "summary", "个体工商户{NAME}反映其经营的{SHOP}被执法人员暂扣[三轮车|遮阳棚|桌椅]，要求返还，电话{MOB}。"),
    ("p29", "summary", "{NAME}老人（{OLD}岁）反映{VILLAGE}自来水管网未通到户，其家（{ADDRR}）常年饮用井水。"),
    ("p30", "summary", "诉求人{NAME}反映在{ESTATE}购买的房屋（{ADDRU}）逾期交房{S}个月，开发商拒付违约金。"),
    # ---- handling outcomes
    ("p31", "outcome", "经核查，{NAME}反映的{ADDRU}房屋渗水问题属实，已责成{COMPANY}于{DATE}前完成维修。"),
    ("p32", "outcome", "经{ORG}调查核实，诉求人{NAME}所称被拖欠工资情况属实，现已督促企业将{AMT}转入其{BANK}账户{CARD}。"),
    ("p33", "outcome", "经核查，车牌{PLATE}车辆所有人为{NAME}，交警大队已依法对其违停行为罚款{AMTS}、记{S}分。"),
    ("p34", "outcome", "经与诉求人{NAME}电话（{MOB}）沟通，其对处理结果表示满意，本工单予以办结。"),
    ("p35", "outcome", "经村委会入户核实，{NAME}家庭（{ADDRR}）人均收入低于当地标准，已重新纳入低保，每月发放{AMTS}。"),
    ("p36", "outcome", "经查，{MASK}与{NAME}系邻里纠纷，{TOWN}司法所已组织调解，双方达成书面协议。"),
    ("p37", "outcome", "经核查，{NAME}、{NAME}反映的噪音问题系{SHOP}后厨风机所致，已要求商户加装消音设施。"),
    ("p38", "outcome", "经核实，{NAME}本人已于{DATE}在{ORG}领取补贴，诉求人称未收到与事实不符。"),
    ("p39", "outcome", "经联系诉求人{NAME}，其表示已通过微信（{WX}）收到商家退款{AMTS}，同意撤销投诉。"),
    ("p40", "outcome", "经核查，反映人{NAME}（身份证号{ID}）户籍信息登记有误，已由{ORG}予以更正。"),
    ("p41", "outcome", "经实地查看，{ADDRR}{NAME}户房屋墙体开裂，经鉴定为C级危房，已列入{YEAR}年改造计划。"),
    ("p42", "outcome", "经{TITLE}现场核实，{NAME}（{OLD}岁）确系独居老人，已协调{ORG}为其提供居家养老服务。"),
    ("p43", "outcome", "经核查，{NAME}所反映的{TOWN}敬老院伙食问题部分属实，院长{NAME}已作书面检查。"),
    ("p44", "outcome", "回访情况：已于{DATE}电话回访{NAME}（{MOB}），对办理结果表示满意。"),
    ("p45", "outcome", "经核实，该问题已由{ORG}书面答复来电人{NAME}，答复函已发送至其邮箱{EMAIL}。"),
    ("p46", "outcome", "经调查，{NAME}反映的{PLATE}渣土车夜间抛洒问题属实，已对运输公司处以罚款{AMT}。"),
    ("p47", "outcome", "经核查，{NAME}于{YEAR}年购买的{ADDRU}房屋已具备办证条件，不动产权证将于{S}个工作日内办结。"),
    ("p48", "outcome", "经核查，诉求人{NAME}与{COMPANY}的劳动争议已移交劳动仲裁，案号{CASENO}。"),
    ("p49", "outcome", "经核查，{NAME}反映的问题不属实：{ADDRS}并无违建，系{ANON}家搭建的临时雨棚，[已自行拆除|以自行拆除]。"),
    ("p50", "outcome", "核查结果：{NAME}（{MOB}）反映属实，{ORG}已于{DATE}完成整改并回复诉求人。"),
    # ---- rectification actions / 好差评 / 人大建议
    ("p51", "action", "整改措施：安排专人{NAME}（{MOB}）负责每日巡查{ESTATE}周边环境卫生，发现问题立行立改。"),
    ("p52", "action", "针对{NAME}反映的问题，{ORG}已于{DATE}对位于{ROADBIZ}的{SHOP}下达责令整改通知书。"),
    ("p53", "action", "镇村两级已为{ADDRR}村民{NAME}更换入户水管{S}0米，并恢复路面硬化。"),
    ("p54", "action", "下一步，{ORG}将对接诉求人{NAME}，指导其通过“赣服通”补录身份证号{ID}后重新申报。"),
    ("p55", "action", "整改责任人：{NAME}（{ORG}副局长）；整改时限：{DATE}前；整改内容：规范窗口服务用语。"),
    ("p56", "action", "已督促物业对{ADDRU}外墙空鼓进行修复，费用{AMT}由维修基金列支，业主{NAME}已签字确认。"),
    ("p57", "action", "好差评整改：针对{DATE}办事群众{NAME}给出的“非常不满意”评价，窗口工作人员{NAME}已作书面检查并当面致歉。"),
    ("p58", "action", "差评整改情况：{ORG}{S}号窗口因材料一次性告知不到位收到差评，经回访办事人{NAME}（{MOB}），已补办完成。"),
    ("p59", "action", "已将{NAME}名下车辆{PLATE}的错误违法记录予以撤销，并退还罚款{AMTS}。"),
    ("p60", "action", "已协调{BANK}{BRANCH}为{NAME}解除银行卡{CARD}的冻结状态，并书面告知本人。"),
    ("p61", "action", "针对{NAME}代表提出的《关于{TOPIC}的建议》，{ORG}已会同相关单位制定工作方案，预计[2025|2026]年底完成。"),
    ("p62", "action", "{NAME}代表：您提出的关于{TOPIC}的建议收悉，现答复如下。"),
    ("p63", "action", "整改落实：{TOWN}已为{NAME}、{NAME}两户所在的{VILLAGE}{GROUP}[安装|按装]太阳能路灯{S}盏，{DATE}验收合格。"),
    ("p64", "action", "差评回访：{NAME}师傅对{ORG}重新办理结果表示认可，已将评价修改为“满意”，回访电话{MOB}。"),
    ("p65", "action", "人大代表建议答复：县人大代表{NAME}、{NAME}联名提出的第{N}号建议已办结，答复意见已送达代表本人。"),
    # ---- accountability notices
    ("p66", "notice", "{NAME}，{ORG}原党组成员、副局长，违规收受礼金{AMT}，给予党内严重警告处分。"),
    ("p67", "notice", "关于{NAME}同志[违反工作纪律|作风不实|履职不力|违规操办婚丧喜庆事宜|违规收受礼品礼金]问题的通报"),
    ("p68", "notice", "给予{NAME}党内警告处分，给予{NAME}政务记过处分，对{NAME}进行诫勉谈话。"),
    ("p69", "notice", "{TOWN}党委副书记{NAME}在{YEAR}年防汛工作中履职不力，被县委通报批评。"),
    ("p70", "notice", "{NAME}（女，{BIRTH}年{M}月生，中共党员），{ORG}工作人员，在办理群众诉求中推诿扯皮，受到政务警告处分。"),
    ("p71", "notice", "县纪委监委对{ORG}{NAME}、{NAME}等{S}名干部在惠民资金发放中优亲厚友问题进行了严肃处理。"),
    ("p72", "notice", "经县纪委常委会会议研究，决定给予{NAME}同志诫勉谈话，并责令其作出书面检查。"),
    ("p73", "notice", "{VILLAGE}村委会主任{NAME}虚报冒领低保金{AMT}，被开除党籍，涉嫌犯罪问题移送司法机关。"),
    ("p74", "notice", "近日，{COUNTY}纪委监委通报{S}起典型问题，其中{TOWN}财政所原所长{NAME}违规报销私人费用{AMT}。"),
    ("p75", "notice", "问责情况：对负有领导责任的{ORG}局长{NAME}予以提醒谈话，对直接责任人{NAME}予以通报批评。"),
    ("p76", "notice", "{JDOC}　关于对{NAME}等同志作风不实问题的处理决定"),
    ("p77", "notice", "{NAME}，男，{BIRTH}年生，原{ORG}干部，利用职务便利为他人谋利，收受财物共计{AMT}。"),
    ("p78", "notice", "依据《{LAW}》第{CN}条规定，经研究，给予{NAME}政务撤职处分。"),
    ("p79", "notice", "效能问责：{ORG}工作人员{NAME}上班时间玩手机游戏被暗访组发现，给予效能告诫。"),
    ("p80", "notice", "{ORG}窗口负责人{NAME}对超时工单{N}件负有管理责任，被县效能办约谈。"),
    ("p81", "notice", "通报中点名的{NAME}、{NAME}已于{DATE}在全县作风建设大会上作公开检讨。"),
    ("p82", "notice", "{NAME}同志（{ORG}办公室副主任）违反中央八项规定精神公车私用，涉事车辆{PLATE}，给予党内警告处分。"),
    ("p83", "notice", "对{NAME}在担任{VILLAGE}党支部书记期间违规发包工程问题，{COUNTY}纪委给予其留党察看一年处分。"),
    ("p84", "notice", "{NAME}本人对所犯错误认识深刻，主动退缴违纪所得{AMT}，依规依纪予以从轻处理。"),
    # ---- 12345 工单公开
    ("p85", "summary", "工单编号：{CASE}｜来电人：{NAME}｜来电号码：{MOB}｜诉求类型：[咨询|投诉|求助]｜承办单位：{ORG}"),
    ("p86", "summary", "【{CASE}】{NAME}来电称其车辆（{PLATE}）在{ESTATE}地下停车场被刮蹭，要求物业调取监控。"),
    ("p87", "summary", "{DATE}{TIME}，市民{NAME}拨打12345热线反映{ROAD}一带停水未提前通知，回拨号码{MOB}。"),
    ("p88", "summary", "12345转办单：来电人{NAME}（身份证{ID}）咨询住房公积金提取事宜，现转{ORG}办理。"),
    ("p89", "summary", "来电人自述姓名{NAME}，QQ号{QQ}，反映网络游戏充值被骗{AMT}，已建议其向公安机关报案。"),
    ("p90", "outcome", "工单回访：{NAME}表示{ORG}工作人员{NAME}服务热情，问题已经解决，给予满意评价。"),
    ("p91", "summary", "网上留言：{NAME}（邮箱{EMAIL}，QQ {QQ}）咨询{YEAR}年事业单位招聘报名条件。"),
    ("p92", "summary", "12345工单｜来电人{NAME}（{ADDRU}）反映[楼上|隔壁|对门]住户长期在楼道堆放杂物，存在消防隐患。"),
    # ---- unusual name positions / mixed
    ("p93", "outcome", "致{NAME}先生的答复函：您反映的{ESTATE}违规收取停车费问题，经核查属实，已责令退还。"),
    ("p94", "summary", "{NAME}夫妇反映其位于{ADDRR}的房屋因邻居{ANON}建房导致墙体开裂，要求赔偿。"),
    ("p95", "action", "经{NAME}本人同意，其手机号{MOB}及家庭住址{ADDRS}仅用于本次工单回访，不予公开。"),
    ("p96", "summary", "{NAME}之子{NAME}（{AGE}岁）反映其父在{ORG}办理退休手续时被要求提供不必要的证明材料。"),
    ("p97", "outcome", "经查，{NAME}等{S}人反映的{TOWN}农贸市场摊位费乱收费问题属实，已退还多收费用{AMTS}。"),
    ("p98", "summary", "诉求人{NAME}（微信{WX}，手机{MOB}）反映其在{COMPANY}预付的装修款{AMT}被卷走。"),
    ("p99", "outcome", "{NAME}同志，您好！您于{DATE}反映的{ROAD}路面塌陷问题已修复，感谢您对我们工作的监督。"),
    ("p100", "outcome", "经核实，涉事车辆{PLATE}系{COMPANY}所有，驾驶员{NAME}已被公司停职处理。"),
    ("p101", "summary", "来电人{ANON}反映，住户{NAME}（{ADDRU}）长期在小区公共绿地种菜，物业劝阻无效。"),
    ("p102", "outcome", "经核实，{ORG}已将{NAME}应享受的耕地补贴{AMTS}补发至其{BANK}一卡通{CARD}。"),
    ("p103", "notice", "{DATE}，{COUNTY}纪委监委对{TOWN}{NAME}、{ORG}{NAME}违规发放津补贴问题进行通报曝光。"),
    ("p104", "summary", "诉求人{NAME}反映，其在{SHOP}加盟店[就餐|消费]后腹泻，店主{NAME}拒绝赔偿，联系邮箱{EMAIL}。"),
    ("p105", "action", "已对{PLATE}（车主{NAME}）占用盲道停车行为[进行|依法]处理，并将处理结果短信告知至{MOB}。"),
    ("p106", "outcome", "经核查，{NAME}、{NAME}、{NAME}三户（{ADDRR}等）房屋确受采石场爆破影响，已启动赔偿程序。"),
    ("p107", "summary", "来电人{NAME}（{NAME}之女）反映其母独居于{ADDRS}，家中燃气表被{COMPANY}拆除后一直未恢复。"),
    ("p108", "notice", "{NAME}（曾用名{NAME}），{TOWN}原党委委员，严重违纪违法，被开除党籍和公职。"),
    # ---- longer run-on sentences and extra id / card / email / im coverage
    ("p109", "summary", "诉求人{NAME}反映：{DATE}其在{ORG}窗口补办社保卡，工作人员{TITLE}称系统故障让其次日再来，次日又称缺材料，前后跑了{S}趟仍未办成，要求给个说法，联系电话{MOB}，微信同号。"),
    ("p110", "summary", "来电人{NAME}反映其在{COMPANY}购买的商品房至今未交付，多次到售楼部协商无果，开发商{MGR}避而不见，本人身份证号{ID}，要求督促开发商退还定金{AMT}。"),
    ("p111", "summary", "{NAME}在网上留言：本人的{BANK}储蓄卡（{CARD}）于{DATE}被错误冻结，影响工资到账，请尽快核实解冻，回复请发邮箱{EMAIL}。"),
    ("p112", "summary", "诉求人{NAME}反映其子在{GYM}报名后机构失联，已加负责人{TITLE}微信但被拉黑，诉求人QQ{QQ}、邮箱{EMAIL}。"),
    ("p113", "outcome", "经核查，{NAME}（QQ号{QQ}）在网上反映的{SCHOOL}违规有偿补课问题属实，已责令停止并退还费用。"),
    ("p114", "notice", "失信被执行人公告：{NAME}，身份证号码{ID}，住{ADDR}，拒不履行生效判决，涉案金额{AMT}。"),
    ("p115", "action", "请{NAME}于{DATE}前携带本人身份证（{ID}）原件到{ORG}{S}号窗口领取补发的证书。"),
    ("p116", "outcome", "经查，{NAME}反映被冒名注册公司一事属实，被冒用的身份证号为{ID}，{ORG}已撤销该登记。"),
    ("p117", "summary", "微信用户{WX}（自称{NAME}）反映{ESTATE}周边广场舞音响过大，{TIME}还在跳，严重影响休息。"),
    ("p118", "outcome", "经核查，{NAME}名下{BANK}账户{CARD}已于{DATE}收到退还的社保费{AMT}，诉求已解决。"),
    ("p119", "action", "已通过电子邮件（{EMAIL}）向{NAME}送达《{ORG}信访事项处理意见书》，并告知其复查权利。"),
    ("p120", "summary", "来电人{NAME}反映其微信号{WX}被冒用，对方以“{ORG}工作人员”名义向其亲友借款{AMT}，请求提醒市民防骗。"),
]

NEG = [
    # ---- complaint summaries, clean
    ("c01", "summary", "来电人{ANON}反映{ESTATE}{BLDG}电梯自{DATE}以来已停运{S}天，物业称在等配件。"),
    ("c02", "summary", "诉求人{MASK}反映其在{SHOP}购买的商品存在质量问题，商家拒绝退换，涉及金额{AMTS}。"),
    ("c03", "summary", "{LAO}反映位于{ROADBIZ}的{SHOP}门口长期堆放杂物，占用人行道，请相关部门处理。"),
    ("c04", "summary", "群众反映{TOWN}{VILLAGE}至{VILLAGE}道路两侧垃圾成堆，无人清运已有{S}天。"),
    ("c05", "summary", "来电人{ANON}（工单号{CASE}）反映{ORG}办事大厅空调不制冷，群众排队时间长。"),
    ("c06", "summary", "{ANON}反映其母亲{MASK}（{OLD}岁）的高龄补贴自{YEAR}年{M}月起停发，要求核实。"),
    ("c07", "summary", "网民反映{ESTATE}东门外{ROAD}段夜间大货车鸣笛扰民，请求设置禁鸣标志。"),
    ("c08", "summary", "诉求人反映{ORG}工作日中午不开窗口，群众多次白跑，{TITLE}称系人手不足。"),
    ("c09", "summary", "诉求人反映{COMPANY}（统一社会信用代码：{CREDIT}）拖欠{N}名农民工工资约{AMT}。"),
    ("c10", "summary", "{ANON}来电称，{DATE}在{ROAD}乘坐K{S}路公交车时手机被盗，已报警，要求公交公司提供监控。"),
    ("c11", "summary", "来电人咨询{YEAR}年城乡居民医保个人缴费标准，已答复为每人每年{PRICE2}元，详情可拨打{HOT}。"),
    ("c12", "summary", "多名家长反映{SCHOOL}（{ORGADDR}）门前早晚高峰交通拥堵，学生上下学存在安全隐患。"),
    ("c13", "summary", "{ANON}反映{SHOP}（{ROADBIZ}）销售过期食品，已保留购物小票，金额{AMTS}。"),
    ("c14", "summary", "诉求人{MASK}反映其承包的{S}亩水田被修路占用，青苗补偿款{AMT}至今未到位。"),
    ("c15", "summary", "来电人{ANON}称其{DATE}多次拨打{HOT}均无人接听，对{ORG}服务不满意。"),
    ("c16", "summary", "居民反映{ESTATE}{BLDG}与{BLDG}之间的消防通道被私家车长期占用，物业管理不到位。"),
    ("c17", "summary", "{LAO}和{GRANNY}两位老人反映社区活动中心{S}楼棋牌室长期被个别人员占用。"),
    ("c18", "summary", "{ANON}反映{ESTATE}{S}期业主入住{S}年仍未办理不动产权证，开发商{COMPANY}一直推脱。"),
    ("c19", "summary", "来电人{ANON}反映{SCENIC}景区门票价格上涨，{DATE}起由{PRICE2}元涨至{PRICE2}元，未经听证。"),
    ("c20", "summary", "群众反映{ROAD}与{ROAD}交叉口（{ESTATE}南门）红绿灯时长设置不合理，行人过街困难。"),
    ("c21", "summary", "{NAMEPLACE}籍务工人员{N}名反映在{COMPANY}工地被拖欠工资{AMT}，请求劳动监察介入。"),
    ("c22", "summary", "{ANON}投诉{SHOP}会员卡余额{AMTS}无法退还，商家称总部在{NAMEPLACE}，需[等待|等侯]总部审批。"),
    ("c23", "summary", "反映{ESTATE}至{ESTATE}之间的{ROAD}路面坑洼不平，建议纳入{YEAR}年市政维修计划。"),
    ("c24", "summary", "{TITLE}反映{VILLAGE}{GROUP}{S}户村民饮水困难，请求[县水利局|县农业农村局|县乡村振兴局]予以支持。"),
    ("c25", "summary", "来电人{ANON}（{OLD}岁）反映其不动产权证（{DEED}）面积登记有误，要求更正。"),
    ("c26", "summary", "来电人反映{ROAD}{ROADBIZ}附近的{SHOP}和{SHOP}夜间占道经营，油烟噪音扰民严重。"),
    # ---- handling outcomes, clean
    ("c27", "outcome", "经核查，{MASK}反映的问题基本属实，{ORG}已于{DATE}约谈物业负责人{MGR}并限期整改。"),
    ("c28", "outcome", "经核实，该工单（编号{CASE}）反映的{ROAD}路灯不亮问题[已|以]修复，共更换灯具{N}套。"),
    ("c29", "outcome", "经查，{COMPANY}已于{DATE}将拖欠的工资{AMT}足额发放到{N}名工人手中。"),
    ("c30", "outcome", "经现场核查，{ESTATE}{BRANGE}雨污管网混接，已纳入{YEAR}年老旧小区改造项目。"),
    ("c31", "outcome", "经{ORG}抽检，{SHOP}所售商品符合国家标准，诉求人{ANON}的投诉不予支持。"),
    ("c32", "outcome", "经核查，{MASK}与{MASK}的宅基地纠纷属历史遗留问题，已由{TOWN}人民政府依据{DOCNO}作出处理决定。"),
    ("c33", "outcome", "经核实，{ORG}已搬迁至{ORGADDR}办公，原址不再受理业务，咨询电话{HOT}。"),
    ("c34", "outcome", "经查，涉事出租车所属{COMPANY}已对驾驶员{MASK}作停运{S}天处理，并退还乘客车费{AMTS}。"),
    ("c35", "outcome", "经核查，{TITLE}在接待来访群众时确有言语不当，已责令其向{ANON}当面道歉。"),
    ("c36", "outcome", "经核查，{YEAR}年{TOWN}共发放耕地地力保护补贴{AMT}，涉及农户{N}户，不存在截留挪用情况。"),
    ("c37", "outcome", "经调阅监控，{DATE}{TIME}前后{ORG}{S}号窗口工作人员均在岗，来电人所述“无人办理”与事实不符。"),
    ("c38", "outcome", "经联系，来电人{ANON}表示问题已解决，同意办结，满意度评价为“满意”。"),
    ("c39", "outcome", "经核查，{ESTATE}业主委员会选举程序符合《{LAW2}》规定，{MASK}等人的异议不成立。"),
    ("c40", "outcome", "经查，{ROADBIZ}“{SHOP}”门店已办理食品经营许可证（许可证号{LICENSE}），证照齐全。"),
    ("c41", "outcome", "经核实，{COUNTY}{TOWN}{VILLAGE}{GROUP}饮水工程已于{DATE}通水，惠及农户{N}户。"),
    ("c42", "outcome", "经查，{DATE}在{ROAD}违停的{S}辆赣A号牌车辆已全部劝离，另对{S}辆外地号牌货车依法贴单。"),
    ("c43", "outcome", "经核查，{MASK}（{AGE}岁）系{VILLAGE}脱贫监测户，{YEAR}年已享受临时救助{AMTS}，不存在漏保。"),
    ("c44", "outcome", "经核实，来电人{ANON}所称的“{ORG}”实为{ORG}，办公地址：{ORGADDR}，已告知。"),
    ("c45", "outcome", "经核查，{ESTATE}{BLDG}楼顶违建系早年搭建的公共水箱房，不属于个人违建，不予拆除。"),
    # ---- actions, clean
    ("c46", "action", "{ORG}已按照{DOCNO}要求，对城区{N}家餐饮单位开展油烟专项检查，下达整改通知书{N}份。"),
    ("c47", "action", "整改措施：一是增设{S}个综合窗口；二是推行延时服务，每周六{TIME}照常办公。"),
    ("c48", "action", "已组织{LAO}等{N}名志愿者对{ESTATE}周边卫生死角进行清理，清运垃圾{S}车。"),
    ("c49", "action", "已责成{COMPANY}在{S}个工作日内完成{ESTATE}{BLDG}外立面脱落部分的修复。"),
    ("c50", "action", "下一步，我们将深入学习{HISTFULL}的精神，切实改进工作作风。"),
    ("c51", "action", "好差评整改：{ORG}针对{DATE}收到的{N}条差评逐条回访，整改率100%。"),
    ("c52", "action", "对{SHOP}下达《责令改正通知书》（{DOCNO2}），责令其{S}日内完成整改。"),
    ("c53", "action", "人大代表建议答复：{ORG}对县{CNS}次人代会第{N}号建议进行了认真研究，已列为A类办结。"),
    ("c54", "action", "整改时限：{DATE}；整改责任单位：{ORG}；责任领导：{TITLE}；监督电话：{HOT}。"),
    ("c55", "action", "已在{ESTATE}周边设置临时停车泊位{N}个，并在{ROAD}与{ROAD}交叉口增设电子抓拍设备。"),
    ("c56", "action", "已协调{BANK}{BRANCH}为来电人{ANON}办理账户解冻手续，相关手续费{AMTS}予以减免。"),
    ("c57", "action", "下一步，{ORG}将严格落实首问负责制、一次性告知制，确保群众诉求{S}个工作日内办结率达{PCT}。"),
    ("c58", "action", "差评整改：办事群众{ANON}反映{ORG}{S}号窗口材料清单前后不一，已统一修订办事指南并公示。"),
    ("c59", "action", "对{MASK}等{S}户困难群众落实临时救助，共发放救助金{AMT}，资金已打卡到户。"),
    ("c60", "action", "{DATE}，{TITLE}带队到{VILLAGE}{GROUP}现场办公，协调解决{N}户群众饮水难问题。"),
    ("c61", "action", "针对代表提出的《关于{TOPIC}的建议》，{ORG}已会同{ORG}研究，计划于[2025|2026|明]年实施。"),
    # ---- notices, clean
    ("c62", "notice", "近日，{COUNTY}纪委监委通报{S}起违反中央八项规定精神典型问题，其中{TOWN}原党委书记{MASK}违规收受礼金{AMT}。"),
    ("c63", "notice", "{JDOC}：关于{ORG}{S}名干部在{YEAR}年防汛工作中失职失责问题的通报"),
    ("c64", "notice", "给予{ORG}原副局长{MASK}党内严重警告处分，给予该局{TITLE}诫勉谈话处理。"),
    ("c65", "notice", "{TOWN}{VILLAGE}党支部原书记{MASK}套取扶贫资金{AMT}问题，已移送{COUNTY}监察委员会。"),
    ("c66", "notice", "全县党员干部要以{HIST2}等先进典型为镜，依据《{LAW}》第{CN}条规定从严执纪。"),
    ("c67", "notice", "问责情况：对{ORG}主要负责人予以提醒谈话，对分管领导{TITLE}予以通报批评。"),
    ("c68", "notice", "县机关效能投诉中心{YEAR}年共受理投诉{N}件，办结{N}件，办结率{PCT}，问责{S}人。"),
    ("c69", "notice", "服务承诺：{ORG}承诺简易事项即时办结，一般事项{S}个工作日内办结，监督电话{HOT}。"),
    ("c70", "notice", "经县纪委常委会研究，决定给予{MASK}、{MASK}政务警告处分，对村民小组长{LAO}批评教育。"),
    ("c71", "notice", "{DATE}，{COUNTY}召开警示教育大会，通报了{ORG}原出纳{MASK}挪用公款{AMT}等{S}起典型案例。"),
    ("c72", "notice", "组织全县{N}名科级干部赴{HIST}纪念馆开展警示教育，并对照{DOCNO}逐条查摆问题。"),
    ("c73", "notice", "{COUNTY}纪委监委对{ORG}“吃拿卡要”问题点名道姓通报，涉及股室负责人[3|4|5]名，给予其中[一|两]人党内警告处分。"),
    # ---- 12345, clean
    ("c74", "summary", "工单编号：{CASE}｜来电人：{ANON}｜来电时间：{DATE}{TIME}｜诉求类型：投诉｜承办单位：{ORG}"),
    ("c75", "summary", "【{CASE}】来电人{ANON}反映{ROAD}与{ROAD}交叉口信号灯故障，已转{ORG}处理。"),
    ("c76", "notice", "12345热线{YEAR}年{M}月共受理诉求{N}件，其中投诉类{N}件、咨询类{N}件，按时办结率{PCT}。"),
    ("c77", "outcome", "工单{CASE}回访结果：满意；承办人：{TITLE}；办理时长{S}个工作日。"),
    ("c78", "summary", "来电人{ANON}（来电号码已隐藏）咨询{COMPANY}（{CREDIT}）是否具备施工资质。"),
    ("c79", "notice", "市民可关注“{WXPUB}”微信公众号或拨打{HOT}反映问题，来信请寄{ORGADDR}，邮编{POST}。"),
    ("c80", "outcome", "{ANON}在{SHOP}就餐后出现腹泻，市场监管部门已抽样送检，检验报告编号{REPORTNO}。"),
    ("c81", "outcome", "经{TITLE}和{TITLE}两次上门协调，{MASK}同意于{DATE}前自行拆除违建。"),
    ("c82", "summary", "来电人{ANON}询问{YEAR}年{NAMEPLACE}至{NAMEPLACE}的跨省异地就医备案如何办理，已告知{HOT}。"),
    ("c83", "outcome", "经查，{LAO}反映的{ESTATE}物业费问题，系{DOCNO}核定的{PRICE}元/平方米·月，收费合规。"),
    ("c84", "summary", "来电人{ANON}反映：{ESTATE}{BRANGE}的地下车库自{DATE}起多次被淹，物业只抽水不修排水沟，业主多次找{TITLE}均无果，{MASK}等人已自发集资{AMT}请人疏通，要求{ORG}督促物业彻底整改。"),
    ("c85", "outcome", "经{ORG}会同{TOWN}现场核查，{ROAD}（{ROADBIZ}至{ROADBIZ}段）雨水篦子缺失{S}处、井盖破损{S}处，已于{DATE}全部更换完毕，工单{CASE}予以办结。"),
    ("c86", "notice", "依据{DOCNO}和《{LAW}》相关规定，对{ORG}在{YEAR}年度效能考评中排名末位的问题予以通报批评，主要负责人{TITLE}向县委作出书面检查。"),
    ("c87", "summary", "来电人{ANON}反映其在{SHOP}（{ROADBIZ}）充值的会员卡余额{AMTS}无法使用，店员{LAO}称{MGR}已转让门店，要求退款。"),
    ("c88", "outcome", "经核查，{MASK}、{MASK}、{MASK}三户反映的{VILLAGE}{GROUP}通组路问题已纳入{YEAR}年第{S}批农村公路建设计划，总投资{AMT}。"),
]


# ---------------------------------------------------------------- renderer
PH = re.compile(r"\{([A-Z0-9_]+)\}")
CH = re.compile(r"\[([^\[\]]*?\|[^\[\]]*?)\]")
HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})


def render(tmpl):
    while True:
        m = CH.search(tmpl)
        if not m:
            break
        tmpl = tmpl[:m.start()] + R.choice(m.group(1).split("|")) + tmpl[m.end():]
    ctx = {"names": set()}
    parts, labels, pos, length = [], [], 0, 0
    for m in PH.finditer(tmpl):
        lit = tmpl[pos:m.start()]
        parts.append(lit)
        length += len(lit)
        kind, fn = GEN[m.group(1)]
        val = fn(ctx)
        if kind:
            labels.append({"start": length, "end": length + len(val), "kind": kind, "_v": val})
        parts.append(val)
        length += len(val)
        pos = m.end()
    parts.append(tmpl[pos:])
    text = "".join(parts)
    # clerks often mix half-width punctuation; 1:1 char swap keeps offsets
    if R.random() < 0.15:
        text = text.translate(HALF)
    return text, labels


def produce(templates, total, positive, field_override=None):
    # templates carrying the rarer kinds (id, card, e-mail, QQ/WeChat) get a larger share
    rare = {"ID", "CARD", "EMAIL", "QQ", "WX"}
    weights = [1.8 if set(PH.findall(t)) & rare else 1.6 if "{PLATE}" in t else 1.0 for _, _, t in templates]
    raw = [total * w / sum(weights) for w in weights]
    quotas = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - quotas[i], reverse=True)
    for i in order[:total - sum(quotas)]:
        quotas[i] += 1
    rows = []
    for (tid, field, tmpl), q in zip(templates, quotas):
        got, tries = 0, 0
        while got < q:
            tries += 1
            if tries > 400:
                raise RuntimeError(f"cannot fill {tid}")
            text, labels = render(tmpl)
            if not (15 <= len(text) <= 120):
                continue
            if text in SEEN:
                continue
            assert bool(labels) == positive, (tid, text)
            SEEN.add(text)
            rows.append({"field": field, "labels": labels, "shape": f"outside6-{tid}", "text": text})
            got += 1
    return rows


SEEN = set()


def main():
    ids = [t[0] for t in POS + NEG]
    assert len(ids) == len(set(ids))
    for _, _, t in POS:
        assert set(PH.findall(t)) & LABELLED_KEYS, t
    for _, _, t in NEG:
        assert not set(PH.findall(t)) & LABELLED_KEYS, t
    rows = produce(POS, N_POS, True) + produce(NEG, N_NEG, False)
    R.shuffle(rows)

    # ---------------- verification
    fw = str.maketrans("０１２３４５６７８９", "0123456789")
    for r in rows:
        t = r["text"]
        assert 15 <= len(t) <= 120, t
        spans = sorted((l["start"], l["end"]) for l in r["labels"])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, ("overlap", t)
        for l in r["labels"]:
            v = t[l["start"]:l["end"]]
            assert v and v == l.pop("_v"), (t, l)
            assert v == v.strip()
            if l["kind"] == "id":
                assert len(v) == 18 and id_check(v[:17]) == v[17].upper(), v
            elif l["kind"] == "card":
                d = v.replace(" ", "")
                assert d.isdigit() and luhn_ok(d), v
            elif l["kind"] == "mobile":
                d = re.sub(r"[ \-]", "", v.translate(fw))
                d = d[3:] if d.startswith("+86") else d
                assert re.fullmatch(r"1[3-9]\d{9}", d), v
            elif l["kind"] == "email":
                assert re.fullmatch(r"[\w.\-]+@[\w\-]+(\.[\w\-]+)+", v), v
            elif l["kind"] == "name":
                assert "某" not in v and "*" not in v
        r["labels"] = sorted(r["labels"], key=lambda x: x["start"])

    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"field": r["field"], "labels": r["labels"], "shape": r["shape"], "text": r["text"]},
                               ensure_ascii=False) + "\n")

    # ---------------- stats
    pos = sum(1 for r in rows if r["labels"])
    print(f"wrote {OUT}")
    print(f"sentences={len(rows)} positive={pos} clean={len(rows) - pos} "
          f"shapes={len({r['shape'] for r in rows})}")
    kinds = Counter(l["kind"] for r in rows for l in r["labels"])
    print("labels by kind:", dict(sorted(kinds.items(), key=lambda x: -x[1])), "total", sum(kinds.values()))
    fields = Counter(r["field"] for r in rows)
    fpos = Counter(r["field"] for r in rows if r["labels"])
    print("sentences by field (all / positive / clean):")
    for k in sorted(fields):
        print(f"  {k:8s} {fields[k]:4d} / {fpos[k]:4d} / {fields[k] - fpos[k]:4d}")
    kf = Counter((r["field"], l["kind"]) for r in rows for l in r["labels"])
    print("labels by field x kind:")
    for fld in sorted(fields):
        print(f"  {fld:8s}", {k: kf[(fld, k)] for k in sorted(kinds) if kf[(fld, k)]})
    lens = [len(r["text"]) for r in rows]
    print(f"length min={min(lens)} max={max(lens)} mean={sum(lens) / len(lens):.1f}")
    print("checks: no overlaps, all slices non-empty and equal to generated values, ids/cards/mobiles valid")


if __name__ == "__main__":
    main()
