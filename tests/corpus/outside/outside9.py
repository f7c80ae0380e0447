# -*- coding: utf-8 -*-
"""outside9: independent labelled test set for a Chinese personal-data detector
(government transparency portal; central & south-western China flavour).
Python 3.11, stdlib + faker. Fixed seed. Writes outside9.jsonl beside itself."""
import json, os, random, re, string
from collections import Counter
from faker import Faker

SEED = 909
random.seed(SEED)
Faker.seed(SEED)
fk = Faker("zh_CN")
R = random.choice

# ---------------------------------------------------------------- regions
# (plate abbr, province, city, county, id region code, area code, postcode, plate letters)
REGIONS = [
    ("鄂", "湖北省", "恩施州", "利川市", "422802", "0718", "445400", "Q"),
    ("鄂", "湖北省", "恩施州", "咸丰县", "422826", "0718", "445600", "Q"),
    ("鄂", "湖北省", "黄冈市", "麻城市", "421181", "0713", "438300", "J"),
    ("鄂", "湖北省", "十堰市", "郧阳区", "420304", "0719", "442500", "C"),
    ("鄂", "湖北省", "孝感市", "大悟县", "420922", "0712", "432800", "K"),
    ("鄂", "湖北省", "宜昌市", "秭归县", "420527", "0717", "443600", "E"),
    ("鄂", "湖北省", "武汉市", "洪山区", "420111", "027", "430070", "A"),
    ("湘", "湖南省", "湘西州", "花垣县", "433124", "0743", "416400", "U"),
    ("湘", "湖南省", "邵阳市", "隆回县", "430524", "0739", "422200", "E"),
    ("湘", "湖南省", "怀化市", "沅陵县", "431222", "0745", "419600", "N"),
    ("湘", "湖南省", "永州市", "江华瑶族自治县", "431129", "0746", "425500", "M"),
    ("湘", "湖南省", "娄底市", "新化县", "431322", "0738", "417600", "K"),
    ("皖", "安徽省", "六安市", "金寨县", "341524", "0564", "237300", "N"),
    ("皖", "安徽省", "阜阳市", "临泉县", "341221", "0558", "236400", "K"),
    ("皖", "安徽省", "安庆市", "岳西县", "340828", "0556", "246600", "H"),
    ("赣", "江西省", "赣州市", "于都县", "360731", "0797", "342300", "B"),
    ("赣", "江西省", "上饶市", "鄱阳县", "361128", "0793", "333100", "E"),
    ("赣", "江西省", "九江市", "修水县", "360424", "0792", "332400", "G"),
    ("贵", "贵州省", "黔东南州", "从江县", "522633", "0855", "557400", "H"),
    ("贵", "贵州省", "毕节市", "威宁县", "520526", "0857", "553100", "F"),
    ("贵", "贵州省", "铜仁市", "松桃县", "520628", "0856", "554100", "D"),
    ("贵", "贵州省", "黔南州", "荔波县", "522722", "0854", "558400", "J"),
    ("贵", "贵州省", "遵义市", "正安县", "520324", "0851", "563400", "C"),
    ("云", "云南省", "昭通市", "镇雄县", "530627", "0870", "657200", "C"),
    ("云", "云南省", "红河州", "元阳县", "532528", "0873", "662400", "G"),
    ("云", "云南省", "文山州", "广南县", "532627", "0876", "663300", "H"),
    ("云", "云南省", "曲靖市", "会泽县", "530326", "0874", "654200", "D"),
    ("渝", "重庆市", "", "万州区", "500101", "023", "404000", "F"),
    ("渝", "重庆市", "", "酉阳县", "500242", "023", "409800", "H"),
    ("渝", "重庆市", "", "彭水县", "500243", "023", "409600", "H"),
    ("渝", "重庆市", "", "巫溪县", "500238", "023", "405800", "F"),
    ("桂", "广西壮族自治区", "百色市", "田东县", "451022", "0776", "531500", "L"),
    ("桂", "广西壮族自治区", "河池市", "都安瑶族自治县", "451228", "0778", "530700", "M"),
    ("桂", "广西壮族自治区", "柳州市", "融水苗族自治县", "450225", "0772", "545300", "B"),
    ("桂", "广西壮族自治区", "桂林市", "龙胜各族自治县", "450328", "0773", "541700", "C"),
]
TOWN_STEMS = ["石门", "白果", "龙潭", "清水", "马鞍", "双河", "桃花", "金竹", "高坪", "大堰", "新场", "茶园",
              "黄泥", "柳溪", "长岭", "凤凰", "白沙", "三岔", "老寨", "坪上", "乌江", "盘龙", "杉木", "青杠",
              "鹿鸣", "土桥", "河口", "水口", "丙妹", "岩门", "谷坪", "板桥", "石牌", "火烧坪"]
VIL_STEMS = ["向阳", "红岩", "大坪", "龙井", "桐子", "竹林", "岩脚", "新寨", "上坝", "田湾", "马家坝", "王家坪",
             "张家湾", "李家河", "杨柳", "岜沙", "高岩", "青龙", "黄土", "团结", "联合", "新华", "金星", "茅坪",
             "水井", "木瓜", "长冲", "麻塘", "瓦窑", "枫香"]
GRP_NAMED = ["田坝组", "岩脚组", "上寨组", "下寨组", "新屋组", "大湾组", "坳上组", "河边组", "老屋场组", "松树坡组"]
ROADS = ["人民路", "解放路", "建设路", "民族路", "滨江路", "新华街", "胜利街", "环城北路", "文化路", "迎宾大道",
         "桂花路", "风雨桥路", "沿河路", "东门街", "育才路", "兴业大道"]
HROADS = ["中山路", "中山大道", "黄兴路", "蔡锷路", "逸仙路"]
ESTATES = ["幸福家园", "阳光新城", "移民新村", "龙腾苑", "锦绣花园", "和谐家园", "丰收苑", "惠民小区", "安居苑",
           "桂花园", "滨江佳苑", "感恩社区", "同心家园", "翠湖湾", "金桥丽景", "福泽苑"]
RELOC_STEMS = ["城北", "幸福", "阳光", "新桥", "移民", "感恩", "锦绣", "安居", "惠民", "同心", "乐业", "和谐"]
UNITS = ["县人社局", "县住建局", "县民政局", "县医保局", "县教育局", "县卫健局", "县乡村振兴局", "县自然资源局",
         "县城管局", "县信访局", "县市场监管局", "县交通运输局", "县水利局", "县农业农村局", "县退役军人事务局",
         "县供电公司", "县水务公司"]
CO_STEMS = ["鑫源", "恒达", "宏盛", "金鼎", "龙腾", "华兴", "顺发", "盛世", "腾达", "永安", "聚福", "黔诚", "楚天"]
CO_TYPES = ["建筑劳务有限公司", "建设工程有限公司", "物业服务有限公司", "置业有限公司", "农业开发有限公司",
            "服饰有限公司", "茶业有限公司", "矿业有限公司"]
SHOPS = ["老王家牛肉粉", "张记米粉", "刘三姐酱菜坊", "李宁专卖店", "周黑鸭", "老干妈专卖店", "谭木匠",
         "王守义十三香批发部", "陈记土菜馆", "胡婆婆烧饼", "杨国福麻辣烫", "张亮麻辣烫", "李嬢嬢豆花饭"]
HEROES = ["黄文秀", "焦裕禄", "杨善洲", "张桂梅", "孔繁森", "廖俊波", "毛相林", "姜仕坤", "文朝荣", "雷锋"]
MEMORIALS = ["贺龙纪念馆", "韦拔群纪念馆", "邓恩铭故居", "王若飞故居", "方志敏纪念馆", "向警予纪念馆"]
ENG = ["Amy", "Kevin", "Lily", "Tony", "Sunny", "Jack", "Coco", "Ada", "Linda", "David", "Vicky", "Eric"]
BANKS = {"农业银行": ["622848", "622845"], "中国农业银行": ["622848"], "邮储银行": ["621799", "622188"],
         "中国邮政储蓄银行": ["621799"], "建设银行": ["621700", "622700"], "工商银行": ["622202", "621226"],
         "中国银行": ["621661", "621785"], "农商银行": ["623058", "621779"], "农村信用社": ["622991", "621521"]}
PROV_BANK = {"鄂": "湖北农信", "湘": "湖南农信", "贵": "贵州农信", "云": "云南农信", "桂": "广西农信",
             "渝": "重庆农商行", "皖": "安徽农金", "赣": "江西农商银行"}

SURN = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗",
        "高", "林", "向", "田", "彭", "覃", "龙", "石", "韦", "蒙", "雷", "熊", "谭", "邓", "冉", "余", "付", "聂",
        "肖", "喻", "汪", "柯", "舒", "曾", "谢", "郑", "唐"]
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "皇甫", "东方", "令狐", "慕容", "公孙", "尉迟", "司徒", "夏侯", "端木", "申屠"]
RARE_SN = ["麻", "滕", "粟", "禄", "陇", "农", "黎", "符", "佘", "糜", "隗", "訾", "揭", "禤", "勾", "母", "邬",
           "茹", "昝", "者", "岑", "瞿", "晏", "皮", "阮"]
GIVEN = ["建国", "秀英", "桂兰", "志强", "春花", "德华", "光明", "金凤", "永福", "海燕", "晓燕", "红梅", "明亮",
         "国庆", "小红", "家富", "世华", "长青", "玉兰", "翠萍", "兴旺", "大兵", "文斌", "丽娟", "俊", "敏", "勇",
         "静", "涛", "娟", "芳", "浩", "杰", "婷", "鑫", "磊", "琴", "定芬", "昌林", "应松", "朝贵", "如意"]
TWO_CHAR = ["王芳", "李强", "张伟", "刘洋", "陈静", "杨勇", "黄敏", "周杰", "吴涛", "徐丽", "孙斌", "胡军", "朱红",
            "郭亮", "何平", "罗娟", "梁燕", "宋刚", "郑辉", "谢琴", "韩冰", "唐敏", "冯雪", "于洋", "董浩", "程鹏",
            "曹阳", "袁芳", "邓超", "熊英"]
LOCAL3 = ["熊建国", "雷家福", "付小红", "余德华", "聂长青", "皮国庆", "易金华", "喻春兰", "晏志刚", "柯尊军",
          "汪先进", "蔡菊香", "邹桂英", "龚德胜", "殷红梅", "舒长友", "段兴旺", "滕光辉", "粟秀芝", "瞿明亮",
          "甘立新", "阮小兵", "卢翠萍", "冉茂林", "谭显贵", "肖么妹", "黎祖焕", "邬先桂"]
WORD_NAMES = ["高峰", "江山", "夏天", "金鑫", "白雪", "石磊", "方圆", "田野", "万里", "常青", "向阳", "黄山",
              "杨柳", "文明", "安宁", "林海", "周全", "海燕", "马兰", "江南", "程功", "严明", "华夏", "金星",
              "秦岭", "龙飞", "黄石", "洪湖", "吉安", "邵东", "安顺", "万州", "江陵", "钟祥", "云龙", "文山",
              "龙里", "石门", "江华", "余江", "武胜", "康乐"]
MINORITY = {
    "彝族": ["阿苏拉则", "吉克曲布", "沙马拉毅", "阿牛木呷", "曲比阿果", "海来阿卓", "吉木子洛", "阿约伍沙", "俄底阿支", "马海木呷"],
    "苗族": ["龙金花", "杨通宝", "石光明", "麻清海", "吴正安", "龙老香", "石三妹", "麻秀珍", "吴金保", "杨妹榜"],
    "侗族": ["吴培花", "杨昌顺", "石应松", "龙通辉", "吴金銮", "杨秀梅", "粟银花"],
    "布依族": ["韦正华", "岑朝富", "罗国荣", "王兴碧", "班启明", "蒙光富", "韦小妹"],
    "土家族": ["向光荣", "彭秀英", "田茂春", "冉光华", "覃大兵", "向仕贵", "田金秀"],
    "壮族": ["覃海燕", "韦金凤", "农秀英", "蒙永福", "黄美兰", "陆春梅", "梁廷宽", "农德福"],
    "瑶族": ["盘金妹", "赵有才", "邓妹三", "盘福生", "李妹二"],
}
PINYIN_PAIRS = [("张敏", "Zhang Min"), ("李伟", "LI Wei"), ("王丽娟", "Wang Lijuan"), ("刘建国", "Liu Jianguo"),
                ("陈晓燕", "CHEN Xiaoyan"), ("黄志强", "Huang Zhiqiang"), ("覃海燕", "Qin Haiyan"),
                ("欧阳雪", "Ouyang Xue"), ("吴培花", "Wu Peihua"), ("龙金花", "Long Jinhua"),
                ("韦正华", "WEI Zhenghua"), ("冉茂林", "Ran Maolin"), ("彭秀英", "Peng Xiuying"), ("杨帆", "Yang Fan")]
SYL = ["zhang", "li", "wang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xiang", "tian", "peng", "qin",
       "long", "wei", "min", "hua", "jun", "ping", "xia", "yan", "feng", "lan", "mei", "hong", "gang", "bo", "xiu"]
CN_DIG = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[o] if o else "")


def cn_upper(n):
    d = "零壹贰叁肆伍陆柒捌玖"

    def four(x):
        res, zero = "", False
        for p, u in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
            k = x // p % 10
            if k == 0:
                if res:
                    zero = True
            else:
                if zero:
                    res += "零"
                    zero = False
                res += d[k] + u
        return res
    hi, lo = divmod(n, 10000)
    s = four(hi) + "万" if hi else ""
    if lo:
        if hi and lo < 1000:
            s += "零"
        s += four(lo)
    return s + "元整"


def surname_of(name):
    if name[:2] in COMPOUND:
        return name[:2]
    return name[0]


# ---------------------------------------------------------------- valid numbers
def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(body17, w))
    return "10X98765432"[s % 11]


def make_id(region_code):
    y = random.randint(1942, 2012)
    m = random.randint(1, 12)
    dd = random.randint(1, 28)
    body = f"{region_code}{y}{m:02d}{dd:02d}{random.randint(1, 999):03d}"
    c = id_check(body)
    if c == "X" and random.random() < 0.3:
        c = "x"
    return body + c


def luhn_complete(prefix, length):
    body = prefix + "".join(random.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body + str((10 - total % 10) % 10)


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, v in enumerate(reversed(digits)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


MOB_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157",
           "158", "159", "166", "171", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185",
           "186", "187", "188", "189", "191", "193", "195", "198", "199"]


def make_mobile():
    p = R(MOB_PRE)
    a = "".join(random.choice(string.digits) for _ in range(4))
    b = "".join(random.choice(string.digits) for _ in range(4))
    x = random.random()
    if x < 0.58:
        return p + a + b
    if x < 0.72:
        return f"{p}-{a}-{b}"
    if x < 0.86:
        return f"{p} {a} {b}"
    if x < 0.93:
        return f"+86 {p}{a}{b}"
    return f"+86-{p}{a}{b}"


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self):
        self.c = {}
        self.reg = R(REGIONS)
        self.names = set()

    def get(self, key):
        if key not in self.c:
            self.c[key] = gen(key, self)
        return self.c[key]

    def raw(self, key):
        v = self.get(key)
        return v if isinstance(v, str) else "".join(t for t, _ in v)


def lab(v, k):
    return [(v, k)]


def pick_name(ctx, source=None):
    for _ in range(50):
        src = source or random.choices(
            ["faker", "local", "two", "word", "compound", "rare", "minority"],
            [33, 15, 12, 8, 7, 10, 15])[0]
        eth = None
        if src == "faker":
            n = fk.name()
        elif src == "local":
            n = R(LOCAL3)
        elif src == "two":
            n = R(TWO_CHAR)
        elif src == "word":
            n = R(WORD_NAMES)
        elif src == "compound":
            n = R(COMPOUND) + R(GIVEN)
        elif src == "rare":
            n = R(RARE_SN) + R(GIVEN)
        else:
            eth = R(list(MINORITY))
            n = R(MINORITY[eth])
        if n not in ctx.names:
            ctx.names.add(n)
            if eth and "_eth" not in ctx.c:
                ctx.c["_eth"] = eth
            return n
    raise RuntimeError("name")


def g_town(ctx):
    return R(TOWN_STEMS) + random.choices(["镇", "乡", "街道"], [6, 3, 1])[0]


def g_vil(ctx):
    return R(VIL_STEMS) + random.choices(["村", "社区"], [5, 1])[0]


def g_grp(ctx):
    x = random.random()
    if x < 0.45:
        return f"{random.randint(1, 12)}组"
    if x < 0.65:
        return f"{cn_num(random.randint(1, 12))}组"
    if x < 0.8:
        return f"第{cn_num(random.randint(1, 12))}村民小组"
    return R(GRP_NAMED)


def room():
    f = random.randint(1, 18)
    r = random.randint(1, 4)
    return f"{f}0{r}" if random.random() < 0.7 else f"{f}{r:02d}"


def g_addr(ctx, kind=None):
    abbr, prov, city, county = ctx.reg[:4]
    forms = ["rural", "reloc", "urban", "gzf", "pg", "lzf"]
    w = [30, 18, 18, 10, 10, 6]
    if abbr == "渝":
        forms.append("cq")
        w.append(25)
    form = kind or random.choices(forms, w)[0]
    b, u = random.randint(1, 24), random.randint(1, 4)
    if form == "rural":
        n = random.randint(1, 99)
        door = f"{cn_num(n)}号" if random.random() < 0.15 else f"{n}号"
        return f"{county}{ctx.get('town')}{ctx.get('vil')}{ctx.get('grp')}{door}"
    if form == "reloc":
        tail = f"{b}栋{u}单元{room()}号" if random.random() < 0.6 else f"{b}栋{room()}室"
        return f"{county}{R(RELOC_STEMS)}易地扶贫搬迁安置点{tail}"
    if form == "urban":
        pre = city if city else ""
        return f"{pre}{county}{R(ROADS)}{random.randint(1, 399)}号{ctx.get('est')}{b}栋{u}单元{room()}室"
    if form == "gzf":
        return f"{county}{ctx.get('est')}公租房{b}号楼{room()}室"
    if form == "pg":
        return f"{county}{ctx.get('est')}棚改安置小区{R(['一', '二', '三'])}期{b}-{u}-{room()}"
    if form == "lzf":
        return f"{ctx.get('town')}廉租房小区{b}幢{room()}室"
    # chongqing style
    return f"{county}{ctx.get('town')}{R(ROADS)}{random.randint(1, 300)}号附{random.randint(1, 20)}号{random.randint(1, 30)}-{random.randint(1, 6)}"


def g_addrs(ctx):
    b, u = random.randint(1, 24), random.randint(1, 4)
    x = random.random()
    if x < 0.6:
        return lab(f"{ctx.get('est')}{b}栋{u}单元{room()}室", "address")
    if x < 0.8:
        return lab(f"{ctx.get('est')}{b}-{u}-{room()}", "address")
    return lab(f"{ctx.get('est')}{b}号楼{room()}", "address")


def g_plate(ctx):
    abbr = ctx.reg[0] if random.random() < 0.8 else R(REGIONS)[0]
    letter = ctx.reg[7] if random.random() < 0.7 else R("ABCDEFGHJK")
    sep = random.choices(["", "·", " ", "•"], [5, 3, 1, 1])[0]
    if random.random() < 0.2:
        tail = R("DF") + "".join(random.choice(string.digits) for _ in range(5))
    else:
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        chars = [random.choice(string.digits) for _ in range(5)]
        for i in random.sample(range(5), random.choice([0, 1, 1, 2])):
            chars[i] = random.choice(al)
        tail = "".join(chars)
    return lab(f"{abbr}{letter}{sep}{tail}", "plate")


def g_card(ctx):
    bank = ctx.get("bank")
    pref = BANKS.get(bank, ["623058", "621521", "622991"])
    length = 19 if random.random() < 0.85 else 16
    num = luhn_complete(R(pref), length)
    assert luhn_ok(num)
    if random.random() < 0.4:
        num = " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    return lab(num, "card")


def g_bank(ctx):
    if random.random() < 0.3:
        return PROV_BANK[ctx.reg[0]]
    return R(list(BANKS))


def g_email(ctx):
    dom = R(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "yeah.net", "139.com", "hotmail.com", "outlook.com"])
    x = random.random()
    if x < 0.35:
        local = R(SYL) + R(SYL) + str(random.randint(1, 9999))
    elif x < 0.55:
        local = R(SYL) + "_" + R(SYL) + R(SYL)
    elif x < 0.7:
        local = R(SYL) + "." + R(SYL) + str(random.randint(60, 99))
    elif x < 0.85:
        local = str(random.randint(10 ** 7, 10 ** 10))
        dom = "qq.com"
    else:
        local = R(["hb", "hn", "gz", "yn", "cq", "gx", "ah", "jx"]) + R(SYL) + str(random.randint(1980, 2005))
    return lab(f"{local}@{dom}", "email")


def g_qq(ctx):
    ln = random.choices([6, 7, 8, 9, 10, 11], [1, 1, 2, 4, 4, 1])[0]
    return lab(str(random.randint(1, 9)) + "".join(random.choice(string.digits) for _ in range(ln - 1)), "im")


def g_wx(ctx):
    x = random.random()
    if x < 0.25:
        v = "wxid_" + "".join(random.choice(string.ascii_lowercase + string.digits) for _ in range(14))
    elif x < 0.55:
        v = R(SYL) + R(SYL) + str(random.randint(1, 2005))
    elif x < 0.75:
        v = R(ENG) + "_" + R(SYL).capitalize() + str(random.randint(10, 99))
    elif x < 0.9:
        v = R(SYL) + "-" + str(random.randint(100000, 99999999))
    else:
        v = random.choice(string.ascii_lowercase) + str(random.randint(10 ** 8, 10 ** 10))
    return lab(v, "im")


def g_wxnick(ctx):
    n = ctx.raw("N1")
    x = random.random()
    if x < 0.25:
        return [(R(ENG), None), (n, "name")]
    if x < 0.45:
        return [(n, "name"), ("-" + R(ENG), None)]
    if x < 0.6:
        return [(R(["A", "AAA"]) + R(["农资", "土鸡蛋", "建材", "茶叶"]), None), (n, "name")]
    if x < 0.8:
        return [(n, "name"), (R(["🌸", "~", "_", "（", "·"]), None)] if False else [(n, "name"), (R(["_", "·", "~"]) + str(random.randint(1, 99)), None)]
    return [(R(["阳光-", "平安是福-", "山里人_"]), None), (n, "name")]


def g_pp(ctx):
    if "_pp" not in ctx.c:
        ctx.c["_pp"] = R(PINYIN_PAIRS)
        ctx.names.add(ctx.c["_pp"][0])
    return ctx.c["_pp"]


def g_npy(ctx):
    return lab(g_pp(ctx)[1], "name")


def g_nph(ctx):
    return lab(g_pp(ctx)[0], "name")


def g_nmin(ctx):
    eth = R(list(MINORITY))
    n = R(MINORITY[eth])
    ctx.names.add(n)
    ctx.c["_eth"] = eth
    return lab(n, "name")


def g_eth(ctx):
    return ctx.c.get("_eth") or random.choices(["汉族", "苗族", "土家族", "侗族", "布依族", "壮族", "彝族", "瑶族"],
                                               [6, 1, 1, 1, 1, 1, 1, 1])[0]


def g_date(ctx):
    y = random.randint(2022, 2025)
    m = random.randint(1, 12)
    d = random.randint(1, 28)
    return random.choices([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}日", f"{y}/{m:02d}/{d:02d}"],
                          [5, 2, 1, 3, 1])[0]


def g_amt(ctx):
    v = random.choices([random.randint(200, 5000), random.randint(5000, 90000), random.randint(100000, 3000000)], [4, 5, 1])[0]
    x = random.random()
    if v >= 100000 and x < 0.6:
        return f"{v / 10000:.2f}万元"
    if x < 0.45:
        return f"{v}元"
    if x < 0.75:
        return f"{v:,}元"
    return f"{v}.00元"


def g_wo(ctx):
    y = random.randint(2022, 2025)
    m, d = random.randint(1, 12), random.randint(1, 28)
    return random.choice([f"GD{y}{m:02d}{d:02d}{random.randint(0, 999999):06d}",
                          f"{y}{m:02d}{d:02d}{random.randint(0, 99999):05d}",
                          f"12345-{y}{m:02d}{d:02d}-{random.randint(1, 9999):04d}",
                          f"ZW{y}{random.randint(0, 9999999):07d}",
                          f"{y}{m:02d}{d:02d}{random.randint(0, 999):03d}"])


def g_doc(ctx):
    sh = ctx.reg[3][:2]
    ab = R([f"{sh}政办发", f"{sh}纪发", f"{sh}信复", f"{ctx.reg[0]}人社发", f"{ctx.reg[0]}民发", f"{ctx.reg[0]}医保发",
            f"{sh}民发", f"{sh}人社监令", f"{sh}府函"])
    return f"{ab}〔{random.randint(2021, 2025)}〕{random.randint(1, 180)}号"


def g_credit(ctx):
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91" + ctx.reg[4] + "".join(random.choice(al) for _ in range(10))


def g_case(ctx):
    return f"（{random.randint(2021, 2024)}）{ctx.reg[0]}{ctx.reg[4][:4]}民初{random.randint(100, 9999)}号"


def g_tel(ctx):
    a = ctx.reg[5]
    n = 8 if len(a) == 3 else 7
    return f"{a}-{random.randint(2, 8)}" + "".join(random.choice(string.digits) for _ in range(n - 1))


def g_mask(ctx):
    s = R(SURN + COMPOUND[:3])
    m = s + random.choices(["某", "某某", "**", "*", "×", "××", "XX", "某甲", "某乙"], [6, 5, 2, 1, 2, 1, 1, 1, 1])[0]
    return m


def g_anon(ctx):
    return R(SURN) + random.choices(["女士", "先生", "师傅", "大爷", "大妈", "阿姨", "同学", "老人"], [6, 6, 2, 2, 1, 1, 1, 1])[0]


def g_sameanon(ctx):
    return surname_of(ctx.raw("N1")) + R(["女士", "先生"])


def g_title(ctx):
    return R(SURN) + R(["科长", "主任", "书记", "所长", "站长", "老板", "经理", "老师", "医生", "奶奶", "爹爹", "婆婆",
                        "队长", "会计", "组长", "局长"])


def g_old(ctx):
    return R(["老", "小"]) + R(SURN)


GEN = {
    "N": lambda c: lab(pick_name(c), "name"),
    "NW": lambda c: lab(pick_name(c, "word"), "name"),
    "NC": lambda c: lab(pick_name(c, "compound"), "name"),
    "NMIN": g_nmin, "NPY": g_npy, "NPH": g_nph, "WXNICK": g_wxnick,
    "ID": lambda c: lab(make_id(c.reg[4] if random.random() < 0.8 else R(REGIONS)[4]), "id"),
    "MOB": lambda c: lab(make_mobile(), "mobile"),
    "CARD": g_card, "EMAIL": g_email, "QQ": g_qq, "WX": g_wx,
    "QQMAIL": lambda c: lab(c.raw("QQ") + "@qq.com", "email"),
    "ADDR": lambda c: lab(g_addr(c), "address"),
    "ADDRR": lambda c: lab(g_addr(c, "rural"), "address"),
    "ADDRS": g_addrs, "PLATE": g_plate,
    # unlabelled
    "county": lambda c: c.reg[3],
    "city": lambda c: c.reg[2] or "重庆市",
    "prov": lambda c: c.reg[1],
    "prov_abbr": lambda c: c.reg[0],
    "cshort": lambda c: c.reg[3][:2],
    "town": g_town, "vil": g_vil, "oldvil": g_vil, "grp": g_grp,
    "est": lambda c: R(ESTATES),
    "reloc": lambda c: c.reg[3] + R(RELOC_STEMS) + R(["易地扶贫搬迁安置点", "安置区", "移民安置社区"]),
    "road": lambda c: R(ROADS), "hroad": lambda c: R(HROADS),
    "date": g_date, "amt": g_amt,
    "amt_small": lambda c: R(["5元", "4元", "5.00元", "6元"]),
    "amtcn": lambda c: "人民币" + cn_upper(random.randint(1000, 990000)) if random.random() < 0.5 else cn_upper(random.randint(1000, 990000)),
    "doc": g_doc, "wo": g_wo, "credit": g_credit, "case": g_case, "tel": g_tel,
    "hot": lambda c: R(["12345", "12345热线", "12388", "12315", "12333", "12319", "12393"]),
    "post": lambda c: c.reg[6],
    "mask": g_mask, "anon": g_anon, "sameanon": g_sameanon, "title": g_title, "old": g_old,
    "sn": lambda c: R(SURN),
    "co": lambda c: c.reg[3][:2] + R(CO_STEMS) + R(CO_TYPES),
    "unit": lambda c: R(UNITS),
    "school": lambda c: c.get("town")[:-1] + R(["镇中心小学", "镇中心学校", "镇初级中学", "镇民族中学", "镇小学"]) if c.get("town").endswith("镇") else c.get("town") + R(["中心小学", "中心学校", "初级中学"]),
    "hosp": lambda c: R([c.reg[3] + "人民医院", c.reg[3] + "中医医院", c.get("town") + "卫生院", (c.reg[2] or "重庆市") + "第一人民医院"]),
    "shop": lambda c: R(SHOPS), "hero": lambda c: R(HEROES), "memorial": lambda c: R(MEMORIALS),
    "eth": g_eth, "eng": lambda c: R(ENG),
    "bank": g_bank,
    "n": lambda c: str(random.randint(2, 48)),
    "hh": lambda c: str(random.randint(1, 6)),
    "k": lambda c: str(random.randint(2, 5)),
    "pts": lambda c: R(["3", "6", "9", "12"]),
    "yrs": lambda c: R(["一", "二", "三", "1", "2", "4", "6"]),
    "mu": lambda c: R(["0.8", "1.5", "2", "3.6", "4", "6.5", "12"]),
    "days": lambda c: R(["3", "5", "7", "10", "15"]),
    "age": lambda c: str(random.randint(19, 92)),
    "yr": lambda c: str(random.randint(2016, 2024)),
    "yb": lambda c: str(random.randint(1962, 1986)),
    "m": lambda c: str(random.randint(1, 12)),
    "q": lambda c: R("一二三四"),
    "b": lambda c: str(random.randint(1, 26)),
    "u": lambda c: str(random.randint(1, 4)),
    "sex": lambda c: R(["男", "女"]),
    "grade": lambda c: R(["一年级", "三年级", "五年级", "六年级", "初一", "初二", "初三"]),
    "pct": lambda c: f"{random.uniform(5, 99.9):.1f}%",
    "tail": lambda c: "".join(random.choice(string.digits) for _ in range(4)),
    "maskid": lambda c: c.reg[4][:4] + R(["**********", "*" * 10, "××××××××××"]) + "".join(random.choice(string.digits) for _ in range(3)) + R("0123456789X"),
    "maskmob": lambda c: R(MOB_PRE) + R(["****", "xxxx", "××××"]) + "".join(random.choice(string.digits) for _ in range(4)),
    "maskplate": lambda c: c.reg[0] + c.reg[7] + R(["·***", "·**"]) + "".join(random.choice(string.digits) for _ in range(2)),
    "inpat": lambda c: "ZY" + str(random.randint(10 ** 7, 10 ** 8 - 1)),
    "empno": lambda c: str(random.randint(1000, 9999)),
    "ym": lambda c: f"{random.randint(2022, 2025)}年{random.randint(1, 12)}月",
    "time": lambda c: f"{random.randint(0, 23):02d}:{random.randint(0, 59):02d}",
    "m2": lambda c: R(["40", "50", "60", "45—60"]),
    "rent": lambda c: R(["3.5", "4", "5.2", "6"]),
    "certno": lambda c: f"{random.randint(1, 9999999):07d}",
}

GEN["amts"] = lambda c: R([f"{random.randint(100, 3000)}元", f"{random.randint(1, 30) * 100}元", f"{random.randint(100, 3000)}.00元", f"{random.randint(1000, 3000):,}元"])
GEN["amtb"] = lambda c: R([f"{random.randint(20, 900) / 10:.1f}万元", f"{random.randint(200000, 9000000):,}元", f"{random.randint(20, 300)}万余元"])
GEN["amt_day"] = lambda c: R(["260元", "300元", "350元", "280元", "400元"])
GEN["thead"] = lambda c: {"镇": "镇长", "乡": "乡长"}.get(c.get("town")[-1], "主任")
GEN["yrn"] = lambda c: str(int(c.get("yr")) + random.randint(1, 2))
GEN["amtcity"] = lambda c: R(["680元", "720元", "750元", "800元", "835元"])
GEN["amtyear"] = lambda c: R(["4800元", "5,200元", "5600元", "6,000元", "6480元"])
GEN["amtmid"] = lambda c: f"{random.randint(3000, 150000):,}元"
GEN["loan"] = lambda c: R(["3万元", "5万元", "50000元", "30,000元", "2万元", "4万元"])
GEN["yrsbig"] = lambda c: R(["七", "八", "十", "十二", "9", "11"])
UNIT_B = ["人社局", "住建局", "民政局", "医保局", "教育局", "卫健局", "乡村振兴局", "自然资源局", "城管局", "信访局",
          "市场监管局", "交通运输局", "水利局", "农业农村局"]
GEN["unit_b"] = lambda c: R(UNIT_B)
GEN["elder"] = lambda c: R(SURN) + R(["奶奶", "爹爹", "婆婆", "大爷", "老人", "大妈", "嬢嬢"])


def gen(key, ctx):
    if key in GEN:
        return GEN[key](ctx)
    base = re.sub(r"\d+$", "", key)
    if base == "grp" and "grp" in ctx.c:
        for _ in range(10):
            v = g_grp(ctx)
            if v != ctx.c["grp"]:
                return v
    if base in ("unit", "unit_b") and base in ctx.c:
        for _ in range(10):
            v = GEN[base](ctx)
            if v != ctx.c[base]:
                return v
    if base == "town" and "town" in ctx.c:
        for _ in range(10):
            v = g_town(ctx)
            if v != ctx.c["town"]:
                return v
    return GEN[base](ctx)


# ---------------------------------------------------------------- templates
POS = [
 ("P001", "summary", "来电人{N1}（{MOB}）反映：{county}{town}{vil}{grp}自来水已停了{n}天，村里老人小孩吃水困难，请求尽快恢复供水。"),
 ("P002", "summary", "诉求人：{N1}｜联系电话：{MOB}｜身份证号：{ID}｜诉求内容：在{co}务工被拖欠工资{amt}，多次讨要未果。"),
 ("P003", "summary", "{N1}，男，{age}岁，住{ADDR}，反映{town}修建产业路占用其承包地{mu}亩，补偿款至今未兑现。"),
 ("P004", "outcome", "经入户核查，{N1}户（户主{N2}，{hh}口人）家庭人均月收入低于当地低保标准，已于{date}纳入农村低保，按月发放{amts}。"),
 ("P005", "notice", "{county}{town}党委委员、副{thead}{N1}在易地扶贫搬迁后续扶持项目验收中把关不严，造成资金损失{amt}，受到党内警告处分。"),
 ("P006", "notice", "{town}{vil}原党支部书记{N1}、原村委会主任{N2}虚报冒领搬迁补助资金{amt}。{N1}受到开除党籍处分，{N2}受到留党察看一年处分，违纪资金已全部追缴。"),
 ("P007", "action", "已联系诉求人{N1}，电话{MOB}无人接听，后通过微信（微信号：{WX}）告知办理进度，当事人已回复收到。"),
 ("P008", "summary", "市民{N1}来电称，其小车{PLATE}于{date}停在{est}门口被贴罚单，认为该路段无禁停标志，要求撤销处罚。"),
 ("P009", "outcome", "{N1}反映的欠薪问题已协调解决，{co}于{date}将工资{amt}转入其{bank}账户{CARD}，当事人表示满意。"),
 ("P010", "summary", "投诉人{NPY}（{NPH}）通过邮箱{EMAIL}投诉：在{county}政务服务中心办理营业执照变更，窗口要求重复提交材料。"),
 ("P011", "summary", "微信昵称“{WXNICK}”的网友（实名{N1}，手机{MOB}）反映{est}{b}栋电梯停用{n}天，物业不作为。"),
 ("P012", "notice", "{city}纪委监委通报群众身边腐败问题典型案例：{county}民政局原副局长{N1}在临时救助审批中优亲厚友，为其亲属{N2}违规审批救助金{amt}，受到撤职处分。"),
 ("P013", "action", "转{town}人民政府办理，镇联系人：{N1}，{MOB}；限{days}个工作日内回复办理结果。"),
 ("P014", "outcome", "{N1}代表：您提出的《关于加快{county}农村公路提质改造的建议》收悉，经研究，现答复如下：今年计划实施通组公路{n}公里。"),
 ("P015", "outcome", "{N1}委员：您在县政协会议上提出的第{n}号提案《关于加强农村留守儿童关爱服务的提案》收悉，现答复如下。"),
 ("P016", "notice", "{vil}{yr}年第{q}季度新增低保对象公示：{N1}（{grp}，{hh}人）、{N2}（{grp2}，1人）、{N3}（{grp3}，{hh2}人）。公示期7天，监督电话{tel}。"),
 ("P017", "notice", "特困供养人员审核结果：{N1}，{age}岁，{vil}{grp}，分散供养；{N2}，{age2}岁，{vil}{grp2}，集中供养于{town}敬老院。"),
 ("P018", "summary", "{N1} {MOB} {town}{vil} 夜间砂石厂噪音扰民"),
 ("P019", "summary", "【{wo}】来电人：{N1}；电话：{MOB}；地址：{ADDR}；诉求：楼上卫生间漏水，协商无果。"),
 ("P020", "action", "{date}电话回访{N1}（手机尾号{tail}），对处理结果表示满意，工单办结。"),
 ("P021", "summary", "信访人{N1}（身份证号{ID}）反映其亲属{N2}的房屋在{yr}年棚户区改造中被强行拆除，至今未获安置。"),
 ("P022", "outcome", "经查，被征收人{N1}位于{ADDR}的房屋面积为{n}平方米，已按标准足额补偿{amt}，其诉求不予支持。"),
 ("P023", "notice", "关于{N1}同志严重违纪违法问题的通报"),
 ("P024", "notice", "{N1}，女，汉族，{yb}年{m}月出生，中共党员，{county}{town}财政所原所长。经查，{N1}利用职务便利侵占惠农补贴资金{amt}。"),
 ("P025", "summary", "家长{N1}反映其孩子{N2}在{school}读{grade}，学校以资料费名义收取每生{amts}，请求核查。"),
 ("P026", "outcome", "参保人{N1}（身份证号{ID}）的门诊慢特病待遇已于{date}审核通过，病种为高血压（Ⅲ级），请到定点医疗机构就医结算。"),
 ("P027", "summary", "政务服务好差评｜评价人：{N1}｜手机：{MOB}｜评价等级：非常不满意｜理由：不动产登记窗口排队{k}小时，工作人员态度差。"),
 ("P028", "action", "根据群众举报，{N1}、{N2}等人长期在{town}集贸市场强揽工程、欺行霸市，线索已移送{county}公安局立案侦查。"),
 ("P029", "summary", "我叫{N1}，是{vil}{grp}的村民，电话{MOB}，村里修通组路占了我家{k}分地，到现在没给补偿。"),
 ("P030", "summary", "反映人{N1}（男，{age}岁，{eth}）称，其在{town}{vil}的房屋因地质灾害开裂，申请纳入避险搬迁。"),
 ("P031", "action", "请{town}核实{N1}、{N2}两户是否符合临时救助条件，并于{date}前将核实情况报县民政局。"),
 ("P032", "outcome", "脱贫户{N1}家庭已纳入防止返贫监测对象，帮扶责任人{N2}（{MOB}）已落实产业帮扶和务工就业措施。"),
 ("P033", "summary", "网民{N1}通过QQ（{QQ}）留言反映，{school}食堂饭菜涨价，学生吃不饱。"),
 ("P034", "summary", "{N1}发邮件至县长信箱（回复邮箱：{EMAIL}）反映{town}小学门口道路无减速带，存在安全隐患。"),
 ("P035", "outcome", "经审核，申请人{N1}符合公租房实物配租条件，已配租{ADDRS}，月租金{amts}，请于{date}前签订租赁合同。"),
 ("P036", "notice", "序号{n}｜姓名：{N1}｜性别：{sex}｜住址：{ADDR}｜救助类别：临时救助｜金额：{amt}"),
 ("P037", "summary", "{N1}等{n}名农民工反映在{co}承建的{est}项目务工被欠薪。代表人{N1}，身份证{ID}，工资卡：{bank}{CARD}。"),
 ("P038", "action", "县交警大队已对号牌为{PLATE}的渣土车驾驶人{N1}超载运输行为依法处罚，记{pts}分。"),
 ("P039", "summary", "{sameanon}（实名：{N1}，电话{MOB}）反映{est}小区物业费一年涨了{pct}，未召开业主大会。"),
 ("P040", "notice", "{county}通报乡村振兴领域作风问题：{town}{vil}驻村第一书记{N1}长期脱岗，受到政务警告处分；包村干部{N2}被诫勉谈话。"),
 ("P041", "summary", "{N1}反映其位于{ADDR}的住房墙体开裂，怀疑与附近工地施工有关，要求鉴定并赔偿。"),
 ("P042", "outcome", "{N1}同志：您反映的问题已收悉。经{county}住建局调查，{est}项目确实存在延期交房情况，开发商已承诺{date}前交付。"),
 ("P043", "summary", "联系人{N1}，tel:{MOB}，wx:{WX}，反映{town}农贸市场摊位费乱收费,要求公开收费依据。"),
 ("P044", "action", "请县退役军人事务局于{date}前将{N1}（{ID}）的优待证补办情况反馈热线办。"),
 ("P045", "summary", "{N1}的母亲{N2}今年{age}岁，独自住在{ADDR}，无人照料，请求民政部门给予帮助。"),
 ("P046", "outcome", "{N1}因病致贫，{town}给予临时救助{amts}，资金已打卡至其{bank}帐户（卡号{CARD}）。"),
 ("P047", "notice", "{N1}（{county}人社局原党组成员、副局长）严重违纪违法被开除党籍和公职"),
 ("P048", "summary", "本人{N1}，身份证{ID}，家住{ADDR}，我家的危房改造补助一直没发下来，望领导帮忙查一下。"),
 ("P049", "action", "执法队员{N1}、{N2}到现场核查，涉事车辆{PLATE}已驶离，已通报交警部门协查。"),
 ("P050", "outcome", "关于{N1}代表所提建议，县交通运输局已于{date}书面答复。联系人：{N2}，联系电话：{tel}。"),
 ("P051", "summary", "投诉人{N1}（英文名{eng}），电话{MOB}，反映在{county}某培训机构报名的少儿英语课程退费难。"),
 ("P052", "notice", "经查，{vil}党支部书记{N1}、村会计{N2}、报账员{N3}合谋虚列劳务支出，套取村集体资金{amt}，三人均受到党纪处分。"),
 ("P053", "summary", "患者{N1}（住院号{inpat}）家属反映，在{hosp}住院期间被重复收取检查费{amts}。"),
 ("P054", "outcome", "{N1}（{age}岁）的高龄津贴已于{date}补发，共计{amts}，发放至其社保卡关联的{bank}账户。"),
 ("P055", "summary", "{N1}反映{est}棚改安置房交房一再延期，其原住址为{ADDR}，已在外租房{k}年。"),
 ("P056", "summary", "学生{N1}（身份证号{ID}）为脱贫户子女，在{school}就读，本学期未收到雨露计划补助。"),
 ("P057", "action", "{N1}反映问题已转{town}办理。经办人：{N2}；审核人：{N3}；办理时限：{days}个工作日。"),
 ("P058", "summary", "乘客{N1}反映{date}晚在{city}乘坐车牌号{PLATE}的出租车被绕路多收费{amts}，要求处理司机。"),
 ("P059", "notice", "对{N1}给予政务记过处分，对{N2}、{N3}进行诫勉谈话，责成{unit}向县委作出书面检查。"),
 ("P060", "summary", "诉求人【{N1}】【{MOB}】：{town}至{town2}的客运班车经常不按时发车，群众出行不便。"),
 ("P061", "outcome", "已将多收的{amts}退至{N1}提供的{bank}账户（户名：{N1}，账号：{CARD}），请注意查收。"),
 ("P062", "summary", "{est}业主{N1}（住{ADDRS}）反映小区地下车库长期积水，物业以无维修资金为由拒绝处理。"),
 ("P063", "notice", "信访事项处理意见书｜信访人：{N1}｜身份证号码：{ID}｜住址：{ADDR}｜处理意见：不予受理"),
 ("P064", "outcome", "{N1}涉恶案件已于{date}由{county}人民法院一审宣判，{N1}以寻衅滋事罪被判处有期徒刑{yrs}年。"),
 ("P065", "action", "答复意见已于{date}发送至{N1}的邮箱{EMAIL}，并电话告知。"),
 ("P066", "notice", "针对群众{N1}的差评，{county}政务服务中心已约谈窗口工作人员{N2}，并于{days}个工作日内完成整改。"),
 ("P067", "summary", "{N1}，微信同号{MOB}，反映:{vil}{grp}饮水工程水管被人为破坏，已经断水三天。"),
 ("P068", "summary", "{vil}{grp}{N1}家门口的排水沟堵塞，一下雨就漫进屋，请村里组织疏通。"),
 ("P069", "summary", "{N1}、{N2}夫妇反映，儿子在外地务工意外死亡，申请办理困难群众临时救助。"),
 ("P070", "notice", "{county}政协原党组成员、副主席{N1}接受纪律审查和监察调查"),
 ("P071", "summary", "{NW}反映{county}{town}的农村客运班线停运，出行困难，联系电话{MOB}。"),
 ("P072", "summary", "{NMIN}（{eth}，{age}岁）反映其家庭{yr}年搬迁至{reloc}后，一直未安排公益性岗位。"),
 ("P073", "outcome", "{NC}申请的{town}宅基地审批已办结，审批文号{doc}，请持身份证到镇自然资源所领取。"),
 ("P074", "summary", "举报人留了微信“{WXNICK}”，微信号{WX}，说{town}河段的非法采砂船晚上偷偷作业。"),
 ("P075", "action", "已约谈{co}负责人{N1}（{MOB}），责令其{date}前足额支付{n}名工人工资。"),
 ("P076", "notice", "{county}{yr}年度城乡低保退出名单公示：{N1}、{N2}、{N3}、{N4}（家庭收入超标）。"),
 ("P077", "summary", "{NMIN}反映，搬到{reloc}{b}栋后，原住址{ADDRR}的老房子被拆，但拆旧复垦奖补未到位。"),
 ("P078", "outcome", "{town}对{vil}{N1}、{N2}等{n}户产业奖补资金进行了核查，已补发{amt}。"),
 ("P079", "summary", "{N1}，QQ：{QQ}，邮箱{QQMAIL}，反映{school}违规组织假期补课并收费。"),
 ("P080", "notice", "{county}{unit_b}原副局长{N1}违规收受管理服务对象{mask}所送礼金{amt}，受到党内严重警告处分。"),
 ("P081", "summary", "Complainant: {NPY}, phone {MOB}, 反映在{county}某酒店住宿押金{amts}不退。"),
 ("P082", "action", "现场核查人：{N1}、{N2}；当事人：{N3}（{MOB}）；核查结论：反映属实。"),
 ("P083", "summary", "{vil}{grp}村民{N1}、{N2}、{N3}等联名反应，高速公路征地补偿标准低于邻县。"),
 ("P084", "outcome", "经{county}教育局核查，{N1}同学的转学手续已于{date}办结，已在{school}入学。"),
 ("P085", "summary", "{N1}（医保号同身份证号{ID}）反映在{hosp}住院报销比例低于政策规定。"),
 ("P086", "notice", "{vil}耕地地力保护补贴发放明细：{N1}，{mu}亩，{amts}，{bank}{CARD}"),
 ("P087", "summary", "{N1}反映车辆{PLATE}在{county}车管所年审时被要求加装不必要的配件。"),
 ("P088", "summary", "来电人{N1}代邻居{N2}（{age}岁，独居）反映，{N2}家住{ADDR}，已连续{k}天停电。"),
 ("P089", "outcome", "办理结果：已解决｜承办单位：{unit}｜回访情况：{N1}满意｜工单号：{wo}"),
 ("P090", "notice", "{county}卫健局党组书记、局长{N1}对系统内医疗机构违规收费问题监管不力被诫勉；分管副局长{N2}受到政务警告处分。"),
 ("P091", "summary", "包工头{N1}（{MOB}）带走工程款后失联，{N2}等{n}名工人工资{amt}无人支付。"),
 ("P092", "summary", "{N1}说她屋头在{ADDR}，楼上天天半夜剁排骨，吵得睡不着。"),
 ("P093", "action", "举报人{N1}提供的线索（邮箱{EMAIL}）已转县扫黑办核查。"),
 ("P094", "outcome", "{N1}：你于{date}提出的信访复查请求，本机关经审查认为原处理意见事实清楚，决定予以维持。"),
 ("P095", "notice", "{vil}村“两委”换届结果：党支部书记{N1}，村委会主任{N2}，监委会主任{N3}。"),
 ("P096", "summary", "举报对象：{vil}村委会主任{N1}｜举报人：{anon}｜举报内容：低保评定优亲厚友。"),
 ("P097", "outcome", "{N1}的公租房申请以审核通过，房源为{ADDRS}，请带身份证原件到{unit}签约。"),
 ("P098", "summary", "{N1}反映邻居{mask}在{vil}{grp}违规建房，占用公共通道。"),
 ("P099", "action", "请{unit}{title}负责，于{date}前联系{N1}（{MOB}/{MOB2}）上门核实。"),
 ("P100", "summary", "{N1}（微信名：{WXNICK}）在“{county}问政”平台留言，{town}卫生院夜间无医生值班。"),
 ("P101", "notice", "{yr}年{q}季度特困人员救助供养金发放：{NMIN}，{amts}；{N2}，{amts2}；{N3}，{amts3}。"),
 ("P102", "summary", "姓名：{N1} 性别：{sex} 民族：{eth} 身份证：{ID} 手机：{MOB}"),
 ("P103", "action", "{town}司法所{N1}、{N2}组织双方调解，{N3}同意于{date}前归还{N4}借款{amt}。"),
 ("P104", "summary", "欠薪：{co}｜人数{n}人｜金额{amt}｜联系人{N1} {MOB}"),
 ("P105", "notice", "{city}纪委监委公开通报违反中央八项规定精神典型问题：{county}{unit_b}原党组书记、局长{N1}违规收受礼品礼金问题。{yr}年至{yrn}年，{N1}多次收受管理服务对象所送购物卡，共计{amt}。{N1}受到党内严重警告、政务记过处分。"),
 ("P106", "notice", "{county}{town}{vil}党支部书记、村委会主任{N1}在{reloc}配套工程建设中插手工程项目问题。{N1}利用职务便利，帮助其亲属{N2}承揽附属工程，收受好处费{amt}。{N1}受到开除党籍处分，涉嫌犯罪问题移送检察机关依法审查起诉。"),
 ("P107", "outcome", "尊敬的{N1}代表：您提出的《关于解决{reloc}搬迁群众就业难问题的建议》（第{n}号）收悉。我局高度重视，于{date}组织人员到安置点实地调研，现答复如下：一是新建帮扶车间{k}个，吸纳搬迁群众就业{n2}人……"),
 ("P108", "notice", "关于{town}“{date}”燃气泄漏事故责任追究情况的通报：给予{town}党委书记{N1}党内警告处分，给予{town}{thead}{N2}政务记过处分，给予应急办主任{N3}政务记大过处分，对县应急局副局长{N4}进行诫勉。"),
 ("P109", "summary", "来电人{N1}（{MOB}）反映：其{yr}年{m}月起在{county}{est}项目做钢筋工，每天{amt_day}，至今被拖欠{k}个月工资共{amt}，包工头{N2}电话不接，项目部推给劳务公司，劳务公司又说钱已经拨给包工头了，请求帮忙追讨。"),
 ("P110", "outcome", "{N1}：你反映的集体土地征收补偿问题，经{county}自然资源局调查核实，你户位于{ADDRR}的房屋及附属设施已于{date}完成评估，评估价{amt}，补偿标准符合规定。如不服，可在收到本意见书之日起30日内申请复查。"),
 ("P111", "action", "请{town}民政办于{date}前为{N1}（身份证：{ID}，住{ADDR}）办理临时救助，救助金{amts}直接打入其{bank}卡{CARD}，并将办理情况报县民政局社会救助股。"),
 ("P112", "notice", "{town}{yr}年{m}月临时救助对象公示：1.{N1}，{vil}{grp}，因病，{amts}；2.{N2}，{vil}{grp2}，因灾，{amts2}；3.{N3}，{vil}{grp3}，因学，{amts3}。如有异议请于7日内向镇民政办反映，电话{tel}。"),
 ("P113", "notice", "{county}人民法院对{N1}等{n}人涉恶犯罪集团案公开宣判：首要分子{N1}犯寻衅滋事罪、强迫交易罪，数罪并罚，决定执行有期徒刑{yrsbig}年；骨干成员{N2}、{N3}分别被判处有期徒刑三年至五年不等，{mask}等人被判处缓刑。"),
 ("P114", "summary", "网友“{WXNICK}”私信：Hi，我是{N1}，在{city}打工，老家在{ADDRR}，我妈{N2}一个人在家，低保被取消了也没人通知，麻烦帮忙问问，我微信{WX}，电话{MOB}。"),
 ("P115", "summary", "{N1}，{MOB}，欠薪，{amt}"),
 ("P116", "action", "已回访来电人{N1}，表示满意，同意办结。"),
 ("P117", "action", "车主{N1}，车牌{PLATE}，违停已处理，罚款200元。"),
 ("P118", "summary", "{ADDR}住户{N1}反映，楼下烧烤摊每天营业到凌晨，油烟直接飘进家里，多次投诉无果。"),
 ("P119", "outcome", "经现场核查，{ADDRR}（户主{N1}）房屋鉴定为C级危房，已纳入{yr}年农村危房改造计划，补助资金{amt}分两次拨付。"),
 ("P120", "summary", "{PLATE}车主{N1}反映，{date}在{county}城区被电子警察抓拍闯红灯，但当时信号灯故障，申请撤销违法记录。"),
 ("P121", "action", "QQ号{QQ}的用户{N1}所留线索不完整，已通过QQ联系补充材料，暂未回复。"),
 ("P122", "outcome", "{school}已为{N1}、{N2}、{N3}三名学生办理教育资助，每人每学期{amts}，资金直接发放至家长{N4}的{bank}账户{CARD}。"),
 ("P123", "summary", "政协委员{N1}反映：{county}{town}公租房（{est}）分配后空置率高，部分承租人将房屋转租，建议开展专项清理。"),
 ("P124", "notice", "{vil}{yr}年度脱贫人口小额信贷贴息公示｜户主：{N1}｜组别：{grp}｜贷款金额：{loan}｜贴息：{amts}｜户主：{N2}｜组别：{grp2}｜贷款金额：{loan2}"),
]

NEG = [
 ("C001", "summary", "来电人{anon}反映{county}{town}{vil}{grp}饮水管道破裂，已停水{n}天，请求尽快维修。"),
 ("C002", "outcome", "经核实，{mask}反映的欠薪问题属实，{co}已于{date}支付拖欠工资{amt}，双方签订结案协议。"),
 ("C003", "notice", "{county}纪委监委通报：{town}党委原副书记{mask}（正科级）违规收受礼金{amt}，受到党内严重警告处分，违纪款已收缴。"),
 ("C004", "action", "工单编号{wo}，已转{town}办理，承办人{title}，办公电话{tel}。"),
 ("C005", "notice", "根据《{prov}城乡最低生活保障审核确认办法》（{doc}），{vil}新增低保{n}户{n2}人，名单已在村务公开栏公示7天。"),
 ("C006", "outcome", "{title}带队到{est}{b}栋实地查看，漏水原因为公共排水管老化，物业已于{date}更换。"),
 ("C007", "summary", "{old}反映{vil}{grp}的路灯坏了{k}个多月，晚上出门不方便。"),
 ("C008", "outcome", "{co}（统一社会信用代码：{credit}）存在拖欠工资行为，已责令限期整改，并处罚款{amtcn}。"),
 ("C009", "notice", "{county}组织党员干部学习{hero}同志先进事迹，{n}名驻村干部参加，并赴{town}开展现场教学。"),
 ("C010", "summary", "消费者在{town}“{shop}”购买的商品疑似过期，要求退一赔十。"),
 ("C011", "outcome", "如对处理结果有异议，可拨打{hot}或{tel}咨询，来信请寄{county}信访局（邮编{post}）。"),
 ("C012", "action", "请{unit}于{date}前办结并回复，逾期未办结的纳入机关效能督查通报。"),
 ("C013", "summary", "{anon}对{case}民事判决不服，认为法院未采纳其提交的证据，要求再审。"),
 ("C014", "notice", "{county}政务服务中心{yr}年承诺办结时限平均压缩{pct}，即办件占比{pct2}，群众满意率{pct3}。"),
 ("C015", "summary", "来电人{anon}，身份证号{maskid}，反映其养老保险缴费年限少算了{k}年。"),
 ("C016", "outcome", "经回访来电人（联系电话{maskmob}），对办理结果基本满意。"),
 ("C017", "outcome", "{town}{vil}{grp}{n}户群众的用电电压不稳问题，供电所已新增变压器1台，于{date}投入运行。"),
 ("C018", "notice", "{county}{unit_b}{mask}、{mask2}在农村危房改造验收中履职不力，分别受到诫勉谈话和批评教育。"),
 ("C019", "summary", "{county}信访局接待地址：{road}{n}号县行政中心{k}楼，接待时间为工作日上午8:30—12:00。"),
 ("C020", "outcome", "征收补偿款共计{amtcn}，已于{date}拨付至{vil}村集体账户。"),
 ("C021", "summary", "{vil}{grp}（原{oldvil}{grp2}）{n}户村民反映土地确权面积与实际不符。"),
 ("C022", "notice", "{ym}，{city}12345热线共受理工单{n}件，按时办结率{pct}，其中农民工欠薪类{n2}件。"),
 ("C023", "summary", "{est}{b}栋{u}单元楼道灯不亮已经半个月了，物业说没有材料。"),
 ("C024", "action", "派单至{unit}，抄送{unit2}；督办人：督查室{title}；督办次数：{k}。"),
 ("C025", "outcome", "{sn}代表：您提出的关于{town}集镇污水处理的建议收悉，县住建局已将该项目列入{yr}年计划。"),
 ("C026", "notice", "{vil}临时救助公示：{mask}（{grp}，3人）、{mask2}（{grp2}，1人），救助金额各{amts}。"),
 ("C027", "summary", "{city}{hroad}与{road}交叉口红绿灯时间太短，老人过不了马路。"),
 ("C028", "outcome", "{school}（地址：{county}{road}{n}号）已将违规收取的资料费全部退还{n2}名学生。"),
 ("C029", "notice", "{date}至{date2}，{county}开展群众身边不正之风和腐败问题集中整治，查处问题{n}个，处理{n2}人。"),
 ("C030", "summary", "{k}路公交车司机（工号{empno}）在{town}站没停车，{anon}等了{n}分钟。"),
 ("C031", "outcome", "{yr}年耕地地力保护补贴通过“一卡通”发放至{n}户群众账户，户均{amts}。"),
 ("C032", "summary", "{vil}{grp}的{elder}（{age}岁）一个人住，屋顶漏雨，希望村里帮忙修一下。"),
 ("C033", "notice", "{yr}年全县信访总量同比下降{pct}，初信初访一次性化解率{pct2}，重复信访同比下降{pct3}。"),
 ("C034", "action", "已电话回访来电人（尾号{tail}），来电人对处理结果表示满意。"),
 ("C035", "outcome", "城乡居民医保门诊统筹报销比例{pct}，年度支付限额{amt}，政策咨询请拨{hot}。"),
 ("C036", "summary", "{town}棚户区改造项目涉及{n}户，目前已签约{n2}户，剩余户因补偿标准未谈拢。"),
 ("C037", "action", "依据《保障农民工工资支付条例》第{n}条，已向{co}下达限期改正指令书（{doc}）。"),
 ("C038", "notice", "{ym}全县政务服务“好差评”共收到评价{n}条，其中差评{n2}条，整改率100%，回访率100%。"),
 ("C039", "summary", "{mask}（男，{age}岁，{county}人）反映其在{co}工作期间受伤，单位不给认定工伤。"),
 ("C040", "outcome", "{mask}等{n}人恶势力犯罪集团案已于{date}一审宣判，涉案财产{amt}依法追缴。"),
 ("C041", "summary", "{co}（注册地址：{county}{town}工业园区{n}号）拖欠{n2}名员工{k}个月工资。"),
 ("C042", "notice", "关于{yr}年度机关效能投诉办理情况的通报（{doc}）"),
 ("C043", "outcome", "{school}共有{n}名学生享受农村义务教育学生营养改善计划，每生每天补助{amt_small}。"),
 ("C044", "summary", "{anon}建议在{memorial}周边增设停车位，节假日游客太多，车停不下。"),
 ("C045", "action", "第{k}次督办：{unit}已签收，{title}表示{date}前办结。"),
 ("C046", "outcome", "本批次公租房共{n}套，位于{est}1—{b}栋，面积{m2}平方米，租金每平方米每月{rent}元。"),
 ("C047", "summary", "{date} {time} 来电：{town}{vil}有人焚烧秸秆，浓烟很大，影响高速通行。"),
 ("C048", "outcome", "经{unit}核查，{n}名农民工工资共计{amt}已全部结清，支付凭证已存档。"),
 ("C049", "notice", "{vil}村务公开：{yr}年村集体经济收入{amt}，其中光伏电站收益{amt2}，支出明细详见公开栏。"),
 ("C050", "summary", "{old}和{old2}两家因宅基地边界起纠纷，请村调委会调解。"),
 ("C051", "summary", "停在{est}门口车牌号为{maskplate}的白色越野车长期占用消防通道。"),
 ("C052", "outcome", "复查机关：{county}人民政府｜复查文号：{doc}｜复查结论：维持原处理意见｜送达日期：{date}"),
 ("C053", "summary", "{anon}反映{road}{n}号“{shop}”油烟扰民，晚上营业到凌晨两点。"),
 ("C054", "action", "已督促{co}与{n}名农民工签订分期还款协议，首期{amt}已于{date}支付。"),
 ("C055", "outcome", "不动产权证书已办结，证号为{prov_abbr}（{yr}）{cshort}不动产权第{certno}号，请{anon}到窗口领取。"),
 ("C056", "summary", "{town}{vil}{grp}至{grp2}的通组路硬化工程{yr}年立项，至今未动工。"),
 ("C057", "notice", "{county}易地扶贫搬迁后续扶持：{reloc}共安置{n}户{n2}人，实现有劳动力家庭一户一人以上就业。"),
 ("C058", "outcome", "{anon}反映的问题不属实。经查，{est}小区物业收费标准已经{county}发改局备案（{doc}）。"),
 ("C059", "summary", "外地来{county}打工的{anon}反映，在{town}租的房子房东不退押金{amts}。"),
 ("C060", "action", "本工单涉及多部门职责，已提请{county}12345热线联席会议研究，会议时间{date}。"),
 ("C061", "notice", "更正说明：因工作人员疏忽，{date}公示的{vil}低保名单中{mask}家庭人口数误写为{k}人，现予更正。"),
 ("C062", "summary", "{title}说镇上的{shop}卖假货，坑了好多人，要求市场监管局查处。"),
 ("C063", "summary", "{town} {vil} 路灯不亮 {n}盏 已报修两次"),
 ("C064", "outcome", "{anon}（{age}岁，{eth}）的高龄津贴已恢复发放，每月{amt_small2}，补发{k}个月。"),
 ("C065", "notice", "{county}{yr}年第{q}批临时救助：救助{n}人次，发放资金{amt}，其中急难型救助{n2}人次。"),
 ("C066", "action", "{title}：请于{date}前将{vil}{grp}{n}户的危房鉴定报告报送{unit}，联系电话{tel}。"),
 ("C067", "summary", "{reloc}{b}栋{u}单元楼顶渗水，住户反映多次，安置点管委会一直没人来修。"),
 ("C068", "outcome", "{anon}诉求部分解决：欠薪{amt}中已支付{amt2}，剩余部分约定{date}前付清。"),
 ("C069", "notice", "{city}纪委监委通报群众身边不正之风和腐败问题典型案例：{county}{unit_b}原副局长{mask}违规发放津补贴问题。{yr}年至{yrn}年，{mask}以加班费名义违规发放津补贴共计{amt}。{mask}受到党内警告处分，违规资金已全部收缴。"),
 ("C070", "outcome", "{sn}代表：您提出的《关于加强{county}农村饮水安全保障的建议》（第{n}号）收悉，现答复如下：{yr}年全县投入资金{amtb}，新建集中供水工程{n2}处，巩固提升{n3}个村饮水安全。感谢您对水利工作的关心支持。"),
 ("C071", "notice", "{county}政务服务中心服务承诺：企业开办{k}个工作日内办结；不动产一般登记{k2}个工作日、抵押登记1个工作日办结；超时默认，投诉举报电话{tel}，12345热线24小时受理。"),
 ("C072", "outcome", "{anon}等{n}名农民工反映的欠薪问题，经{county}人社局劳动保障监察大队调查核实，{co}承建的{est}二期项目拖欠工资共计{amt}。{date}经协调，建设单位从工程款中先行垫付，工资已全部发放到位。"),
 ("C073", "summary", "{elder}打电话来说，{reloc}{b}栋楼下化粪池又满了，臭得不得了，住户找物业，物业说归社区管，社区说归安置点管委会，踢来踢去{k}个月了没人管，要求给个说法。"),
 ("C074", "notice", "{yr}年{county}共受理信访事项{n}件次，同比下降{pct}；网上信访占比{pct2}，按期受理率100%，按期办结率{pct3}。全县未发生越级集体上访，{town}等{k}个乡镇被评为信访工作示范乡镇。"),
 ("C075", "outcome", "经查，{mask}于{date}在{hosp}住院，总费用{amtmid}，其中基本医保报销{amts2}，大病保险{amt3}，医疗救助{amts}，个人自付部分已按规定执行，不存在少报漏报问题。"),
 ("C076", "notice", "关于农村低保专项治理中发现问题的处理通报（{doc}）：{town}民政办工作人员{mask}在低保审核中未入户核查，造成{k}户不符合条件家庭违规享受低保，给予政务警告处分；{vil}党支部书记{mask2}负有直接责任，给予党内警告处分。"),
 ("C077", "action", "{vil}{grp}修路事宜已派单{town}。"),
 ("C078", "summary", "工单{wo}｜类别：欠薪｜状态：已办结"),
 ("C079", "outcome", "经核查，{reloc}{b}栋{u}单元共{n}户，均已完成不动产登记，{anon}反映的办证难问题已解决。"),
 ("C080", "notice", "{county}{yr}年第{q}季度城乡低保标准：城市每人每月{amtcity}，农村每人每年{amtyear}；特困人员基本生活标准按低保标准1.3倍确定。"),
]


def amt_small2(c):
    return R(["100元", "50元", "200元", "300元", "500元"])


GEN["amt_small2"] = amt_small2

LO, HI = 15, 140


def render(tpl):
    ctx = Ctx()
    out, labels, pos = [], [], 0
    for piece in re.split(r"(\{[A-Za-z0-9_]+\})", tpl):
        if not piece:
            continue
        if piece[0] == "{" and piece[-1] == "}":
            v = ctx.get(piece[1:-1])
            segs = v if isinstance(v, list) else [(v, None)]
            for t, k in segs:
                if k:
                    labels.append({"start": pos, "end": pos + len(t), "kind": k})
                out.append(t)
                pos += len(t)
        else:
            out.append(piece)
            pos += len(piece)
    return "".join(out), labels


def make(tid, field, tpl, positive):
    for _ in range(60):
        text, labels = render(tpl)
        if LO <= len(text) <= HI:
            assert bool(labels) == positive, (tid, text)
            return {"field": field, "labels": labels, "shape": f"outside9-{tid}", "text": text}
    raise RuntimeError(f"template {tid} cannot fit length")


def build(pool, target, positive):
    rows, seen = [], set()
    order = list(pool)
    i = 0
    while len(rows) < target:
        if i % len(order) == 0:
            random.shuffle(order)
        tid, field, tpl = order[i % len(order)]
        i += 1
        for _ in range(20):
            r = make(tid, field, tpl, positive)
            if r["text"] not in seen:
                seen.add(r["text"])
                rows.append(r)
                break
    return rows


def main():
    rows = build(POS, 550, True) + build(NEG, 450, False)
    random.shuffle(rows)
    # checks
    for r in rows:
        t = r["text"]
        assert LO <= len(t) <= HI, t
        spans = sorted((l["start"], l["end"]) for l in r["labels"])
        for a, b in spans:
            assert 0 <= a < b <= len(t) and t[a:b].strip() == t[a:b], (t, a, b)
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            assert b1 <= a2, ("overlap", t)
        for l in r["labels"]:
            v = t[l["start"]:l["end"]]
            if l["kind"] == "id":
                assert len(v) == 18 and id_check(v[:17]) == v[17].upper(), v
            if l["kind"] == "card":
                assert luhn_ok(v), v
            if l["kind"] == "mobile":
                assert len(re.sub(r"\D", "", v).removeprefix("86")) == 11, v
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "outside9.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = Counter(l["kind"] for r in rows for l in r["labels"])
    fields = Counter(r["field"] for r in rows)
    fpos = Counter(r["field"] for r in rows if r["labels"])
    print("rows", len(rows), "positive", sum(1 for r in rows if r["labels"]), "clean", sum(1 for r in rows if not r["labels"]))
    print("templates", len({r["shape"] for r in rows}), "(pos", len(POS), "neg", len(NEG), ")")
    print("labels by kind", dict(sorted(kinds.items())))
    print("rows by field", dict(fields), "positive rows by field", dict(fpos))
    lens = [len(r["text"]) for r in rows]
    print("length min/max/mean", min(lens), max(lens), round(sum(lens) / len(lens), 1))


if __name__ == "__main__":
    main()
