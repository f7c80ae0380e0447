# -*- coding: utf-8 -*-
"""outside11: independent labelled test set of Chinese government-portal sentences
(12345 工单 / 效能投诉 / 信访答复 / 服务承诺 / 问责通报) for a personal-data detector.
Python 3.11, stdlib + faker. Fixed seed. Writes outside11.jsonl beside this file."""
import json
import os
import random
import re
from collections import Counter

from faker import Faker

SEED = 20241111
random.seed(SEED)
fk = Faker("zh_CN")
Faker.seed(SEED)
R = random

# ------------------------------------------------------------------ pools
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文符云吉")
RARE_SUR = list("仉亓禚訾逄帅郗冼揭佘璩蒯扈缑靳滕邬覃蓝韦莫卜敖")
COMPOUND_SUR = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容",
                "端木", "夏侯", "宇文", "长孙", "呼延", "独孤", "闻人", "澹台"]
GIVEN1 = list("伟芳强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲丹萍鹏辉红梅宇浩凯健俊帆斌峰雪琳亮波宁瑶")
GIVEN2 = ["建国", "建军", "海燕", "晓燕", "立新", "春雷", "国庆", "文博", "美玲", "海鹰", "小平",
          "志远", "德胜", "红梅", "建华", "玉兰", "淑珍", "秀兰", "永刚", "海军", "春花", "金凤",
          "卫东", "晓东", "丽娟", "振华", "桂芝", "玉珍", "树林", "长青", "宏伟", "亚男", "雅琴",
          "子涵", "梓轩", "欣怡", "浩然", "思远", "雨桐", "俊杰", "明辉", "凤英", "福贵", "占山"]
TWO_CHAR = ["王芳", "李强", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "吴昊", "徐丽", "孙浩",
            "朱琳", "郭鹏", "何平", "高洁", "林峰", "罗刚", "梁静", "宋佳", "郑义", "谢婷", "唐敏",
            "冯雷", "于洋", "董明", "萧然", "程亮", "曹阳", "袁野", "许诺", "傅强", "沈冰", "曾勇",
            "彭飞", "吕娜", "苏明", "卢涛", "蒋平", "贾楠", "丁一", "魏东", "薛峰", "叶青", "阎红",
            "余波", "戴军", "任杰", "姜涛", "石磊", "姚远", "谭静", "熊伟", "郝帅", "邱实", "侯勇",
            "邵峰", "孟浩", "尹正", "赖斌", "龚平", "樊星", "牛犇"]
WORD_NAMES = ["高山", "江河", "万里", "白雪", "林海", "金鑫", "夏雨", "黄山", "常德", "岳阳", "安康",
              "柏林", "邹平", "康宁", "方正", "杜鹃", "文静", "向前", "陆军", "钱程", "雷鸣", "田野",
              "石林", "武威", "宁安", "海伦", "和平", "明月", "江山", "余庆", "连城", "龙江", "夏天",
              "钟声", "田甜", "庞博", "殷实", "洪涛", "秦川", "易安", "常胜", "兰州", "温岭", "华山",
              "白云", "文明", "宋庄", "金星", "高峰", "向阳", "黎平", "凤翔", "安宁", "周全"]
UY_M = ["艾力", "买买提", "阿卜杜拉", "吐尔逊", "艾尔肯", "努尔买买提", "阿不都热合曼", "库尔班",
        "热合曼", "依明", "亚森", "肉孜", "阿迪力", "迪力夏提", "麦麦提敏", "艾克拜尔"]
UY_F = ["古丽娜尔", "热依拉", "阿依努尔", "帕提古丽", "迪丽努尔", "米日古丽", "祖丽皮亚", "阿依夏木",
        "再努尔", "布佐热", "阿瓦古丽"]
UY_FA = ["艾买提", "吐尔逊", "吾斯曼", "阿布都拉", "买买提", "克里木", "赛买提", "卡德尔", "尼亚孜",
         "托合提", "阿不都热合曼", "玉素甫", "热西提"]
KZ_G = ["努尔兰", "叶尔兰", "哈力木拉提", "别克", "加那提", "阿合买提", "波拉提", "阿依古丽", "古丽孜拉",
        "加娜尔", "叶尔波拉提", "马合沙提"]
KZ_FA = ["叶尔肯", "胡安", "托合塔尔", "哈米提", "沙吾提", "努尔别克", "阿斯哈尔", "巴合提", "达吾列提"]
TB_1 = ["扎西", "次仁", "格桑", "尼玛", "旦增", "索朗", "普布", "德吉", "洛桑", "白玛", "拉巴", "达瓦",
        "多吉", "边巴", "央金", "才让", "仁增", "桑杰", "贡布", "更登", "曲扎"]
TB_2 = ["多吉", "卓玛", "拉姆", "次仁", "平措", "旺堆", "央宗", "丹增", "措姆", "卓嘎", "坚参", "顿珠",
        "东智", "加措", "曲珍", "才旦", "罗布", "尖措"]
MONGOL = ["巴特尔", "乌云其木格", "其其格", "额尔敦", "宝音图", "那仁花", "苏和", "朝鲁门", "敖日格乐",
          "图门吉日嘎拉"]
HUI_SUR = ["马", "海", "纳", "哈", "撒", "丁", "穆", "锁", "冶"]
HAINAN_SUR = ["符", "吉", "云", "王", "陈", "羊"]


def han_given():
    return R.choice(GIVEN1) if R.random() < 0.35 else R.choice(GIVEN2)


def gen_name():
    r = R.random()
    if r < 0.33:
        return fk.name()
    if r < 0.45:
        return R.choice(TWO_CHAR)
    if r < 0.55:
        return R.choice(WORD_NAMES)
    if r < 0.62:
        return R.choice(RARE_SUR) + han_given()
    if r < 0.70:
        return R.choice(COMPOUND_SUR) + han_given()
    if r < 0.78:
        g = R.choice(UY_M + UY_F)
        sep = R.choice(["·", "·", "·", "•", "."])
        return g + sep + R.choice(UY_FA)
    if r < 0.82:
        return R.choice(KZ_G) + "·" + R.choice(KZ_FA)
    if r < 0.89:
        a = R.choice(TB_1)
        b = R.choice([x for x in TB_2 if x != a])
        return a + b
    if r < 0.91:
        return R.choice(MONGOL)
    if r < 0.96:
        return R.choice(HUI_SUR) + han_given()
    return R.choice(HAINAN_SUR) + R.choice(["亚", "海", "文"]) + R.choice(list("强妹雄花福光兰明"))


# --------------------------------------------------------------- geography
PROV = {
    "黑龙江省": {"cities": [("哈尔滨市", ["道里区", "南岗区", "香坊区", "松北区", "道外区"]),
                          ("齐齐哈尔市", ["龙沙区", "建华区", "铁锋区"]),
                          ("绥化市", ["北林区"]), ("佳木斯市", ["前进区", "向阳区"]),
                          ("牡丹江市", ["东安区", "爱民区"]), ("大庆市", ["萨尔图区", "让胡路区"])],
               "counties": ["望奎县", "兰西县", "青冈县", "明水县", "绥棱县", "海伦市", "拜泉县", "依安县",
                            "克山县", "讷河市", "富裕县", "桦南县", "汤原县", "抚远市", "饶河县", "虎林市",
                            "密山市", "林口县", "穆棱市", "漠河市", "呼玛县", "塔河县", "逊克县", "嘉荫县"],
               "plate": "黑", "plate_l": "ABCDEFGHJKLMNPR", "area": ["0451", "0452", "0455", "0454", "0453", "0459"],
               "code": ["230102", "230103", "230110", "230221", "231202", "232321", "230822", "231085", "230502"],
               "post": ["150000", "161000", "152000", "154000", "157000", "163000"]},
    "新疆维吾尔自治区": {"cities": [("乌鲁木齐市", ["天山区", "沙依巴克区", "新市区", "水磨沟区", "米东区"]),
                              ("克拉玛依市", ["克拉玛依区", "独山子区"]),
                              ("伊犁哈萨克自治州", ["伊宁市"]), ("喀什地区", ["喀什市"]),
                              ("阿克苏地区", ["阿克苏市"]), ("昌吉回族自治州", ["昌吉市"])],
                    "counties": ["疏勒县", "伽师县", "莎车县", "叶城县", "墨玉县", "库车市", "拜城县", "温宿县",
                                 "察布查尔锡伯自治县", "霍城县", "巩留县", "新源县", "昭苏县", "特克斯县",
                                 "尼勒克县", "富蕴县", "福海县", "哈巴河县", "布尔津县", "青河县", "托里县",
                                 "裕民县", "额敏县", "玛纳斯县", "呼图壁县", "奇台县", "木垒哈萨克自治县",
                                 "鄯善县", "伊吾县", "巴里坤哈萨克自治县", "焉耆回族自治县", "和静县", "若羌县", "且末县"],
                    "plate": "新", "plate_l": "ABCDEFGHJKLMNPQR", "area": ["0991", "0998", "0999", "0997", "0994", "0906"],
                    "code": ["650102", "650103", "650104", "652901", "653101", "654002", "652301", "654221"],
                    "post": ["830000", "844000", "835000", "843000", "831100"]},
    "宁夏回族自治区": {"cities": [("银川市", ["兴庆区", "金凤区", "西夏区"]), ("石嘴山市", ["大武口区", "惠农区"]),
                            ("吴忠市", ["利通区"]), ("固原市", ["原州区"]), ("中卫市", ["沙坡头区"])],
                   "counties": ["永宁县", "贺兰县", "灵武市", "平罗县", "盐池县", "同心县", "红寺堡区", "西吉县",
                                "隆德县", "泾源县", "彭阳县", "海原县", "中宁县"],
                   "plate": "宁", "plate_l": "ABCDE", "area": ["0951", "0952", "0953", "0954", "0955"],
                   "code": ["640104", "640105", "640106", "640381", "640422", "640521", "640302"],
                   "post": ["750000", "753000", "751100", "756000", "755000"]},
    "青海省": {"cities": [("西宁市", ["城东区", "城中区", "城西区", "城北区"]), ("海东市", ["乐都区", "平安区"])],
             "counties": ["湟中区", "大通回族土族自治县", "湟源县", "互助土族自治县", "民和回族土族自治县",
                          "化隆回族自治县", "循化撒拉族自治县", "门源回族自治县", "祁连县", "共和县", "贵德县",
                          "同仁市", "玛沁县", "玉树市", "格尔木市", "德令哈市", "都兰县", "乌兰县", "天峻县"],
             "plate": "青", "plate_l": "ABCDEFGH", "area": ["0971", "0972", "0979", "0977", "0976"],
             "code": ["630102", "630103", "630104", "630105", "632801", "632802", "630223", "632701"],
             "post": ["810000", "810600", "816000", "817000", "815000"]},
    "西藏自治区": {"cities": [("拉萨市", ["城关区", "堆龙德庆区", "达孜区"]), ("日喀则市", ["桑珠孜区"]),
                          ("林芝市", ["巴宜区"]), ("昌都市", ["卡若区"]), ("山南市", ["乃东区"])],
                "counties": ["林周县", "当雄县", "尼木县", "曲水县", "墨竹工卡县", "江孜县", "拉孜县", "定日县",
                             "米林市", "工布江达县", "错那市", "噶尔县", "普兰县", "比如县", "亚东县"],
                "plate": "藏", "plate_l": "ABCDEFGHJ", "area": ["0891", "0892", "0894", "0895", "0893"],
                "code": ["540102", "540103", "540202", "540402", "540302", "540502", "542521"],
                "post": ["850000", "857000", "860000", "854000", "856000"]},
    "海南省": {"cities": [("海口市", ["龙华区", "美兰区", "秀英区", "琼山区"]), ("三亚市", ["吉阳区", "天涯区", "海棠区"]),
                        ("儋州市", ["那大镇"])],
             "counties": ["琼海市", "文昌市", "万宁市", "东方市", "五指山市", "定安县", "屯昌县", "澄迈县", "临高县",
                          "白沙黎族自治县", "昌江黎族自治县", "乐东黎族自治县", "陵水黎族自治县",
                          "保亭黎族苗族自治县", "琼中黎族苗族自治县"],
             "plate": "琼", "plate_l": "ABCDEF", "area": ["0898"],
             "code": ["460105", "460106", "460107", "460108", "460202", "469002", "469005", "469028"],
             "post": ["570000", "572000", "571400", "571500", "572400"]},
}
PROVS = list(PROV)
BINGTUAN = ["兵团第一师阿拉尔市", "兵团第二师铁门关市", "兵团第四师可克达拉市", "兵团第六师五家渠市",
            "兵团第七师胡杨河市", "兵团第八师石河子市", "兵团第九师", "兵团第十师北屯市", "兵团第十二师",
            "兵团第十三师新星市", "兵团第十四师昆玉市"]
TUAN = ["一四二团", "一二一团", "一〇三团", "六十六团", "一四九团", "一三三团", "十团", "一八一团", "二二四团", "一五〇团"]
TOWN_HEAD = ["城关", "新华", "红旗", "胜利", "团结", "东风", "前进", "幸福", "民主", "和平", "光明", "永安",
             "太平", "兴隆", "长胜", "双河", "东升", "清水", "红星", "建设", "阿热勒", "巴扎", "吐格曼", "加查",
             "嘉积", "博鳌", "那大", "三道", "新立", "永胜"]
VIL = ["前进", "红光", "东方红", "团结", "新民", "兴隆", "丰收", "向阳", "永丰", "富强", "阿克", "托万",
       "库勒", "吉祥", "扎西岗", "曲登", "南坪", "沙窝", "马家", "李家堡", "黎明", "椰林", "大坡", "石门",
       "红旗", "新建", "东风", "胜利", "双泉", "杨家湾"]
ROADS = ["中山路", "解放路", "北京路", "人民大街", "友谊路", "新华南路", "文昌路", "滨海大道", "长江路", "黄河路",
         "团结路", "光明路", "胜利路", "建设大街", "和平路", "北京南路", "红旗大街", "民主路", "学府路", "中心街",
         "阿勒泰路", "南湖路", "宁安路", "昆仑路", "北京中路", "林廓北路", "江苏路", "海秀路", "龙昆南路", "经纬街"]
ESTATES = ["阳光花园", "幸福家园", "锦绣华庭", "天山明珠", "塞上明珠小区", "昆仑佳苑", "椰风海韵小区", "金色家园",
           "龙江花园", "丽景湾", "书香苑", "福泰小区", "景苑小区", "和谐家园", "嘉禾园", "铁路小区",
           "粮食局家属院", "供销社家属院", "水务局家属楼", "西湖苑", "北苑小区", "康居新村", "绿洲花园",
           "雪域佳园", "高原明珠小区", "滨江壹号", "湖畔人家", "兴业小区", "煤矿住宅区", "林业局住宅区"]
BUREAUS = ["人社局", "医保局", "税务局", "市场监管局", "交通运输局", "自然资源局", "住建局", "公积金管理中心",
           "不动产登记中心", "农业农村局", "教育局", "卫健委", "民政局", "水务局", "城管局", "林草局", "生态环境局",
           "社保中心", "行政审批局", "乡村振兴局", "应急管理局"]
POSTS = ["科员", "股长", "副主任", "办事员", "窗口负责人", "中队长", "副局长", "所长", "站长", "二级主任科员"]
SCHOOLS = ["县第一中学", "县实验小学", "第二中学", "民族中学", "寄宿制小学", "第三幼儿园", "职业技术学校",
           "兵团二中", "双语幼儿园", "县第四小学"]
HOSPITALS = ["县人民医院", "县中医医院", "县妇幼保健院", "市第一人民医院", "藏医院", "维吾尔医医院",
             "乡镇卫生院", "兵团医院", "市第三人民医院", "黎族苗族自治县人民医院"]
BANKS = ["中国农业银行", "农业银行", "工商银行", "中国建设银行", "建设银行", "中国银行", "邮储银行",
         "中国邮政储蓄银行", "农村信用社", "农商银行", "黑龙江农村商业银行", "新疆农村信用社", "宁夏银行",
         "青海银行", "西藏银行", "海南农商银行", "交通银行"]
SHOPS = ["张亮麻辣烫", "杨国福麻辣烫", "老王家烧烤", "刘记手擀面", "马子禄牛肉面", "李宁专卖店", "买买提烤包子店",
         "周大福珠宝", "张小泉刀剪店", "老马家拉面馆", "阿布都烤肉店", "王姐水饺", "陈记粉店", "扎西藏餐吧"]
HEROES = ["焦裕禄", "铁人王进喜", "孔繁森", "杨善洲", "谷文昌", "廖俊波", "雷锋", "黄文秀", "王进喜", "张富清"]
APPS = ["国家医保服务平台APP", "“宁夏医保”小程序", "“黑龙江全省事”APP", "“新疆政务服务”APP", "“青松办”APP",
        "“海易办”APP", "“西藏政务”APP", "电子税务局", "掌上12333", "个人所得税APP"]
ETHNIC = ["维吾尔", "哈萨克", "回", "藏", "蒙古", "土", "撒拉", "黎", "锡伯", "满", "柯尔克孜", "汉"]
HOTLINES = ["12345", "12315", "12366", "12333", "12393", "12329", "12328", "12388", "12319"]
DOCPFX = ["黑政办规", "新人社发", "宁医保发", "青纪发", "琼府办", "藏政发", "兵办发", "新政办发", "宁政规发",
          "黑人社规", "琼医保规", "青自然资发", "县政办发", "县纪发", "市监发", "黑医保发"]


def prov():
    return R.choice(PROVS)


def county(p=None):
    p = p or prov()
    return R.choice(PROV[p]["counties"])


def town():
    return R.choice(TOWN_HEAD) + R.choice(["镇", "乡", "镇", "街道"])


def village():
    return R.choice(VIL)


def cn_num(n):
    d = "〇一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


# --------------------------------------------------------------- labelled values
def gen_id():
    p = prov()
    code = R.choice(PROV[p]["code"])
    y = R.randint(1942, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    body = f"{code}{y}{m:02d}{d:02d}{R.randint(0, 999):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * wi for c, wi in zip(body, w))
    chk = "10X98765432"[s % 11]
    if chk == "X" and R.random() < 0.2:
        chk = "x"
    return body + chk


def mobile_digits():
    pre = R.choice(["130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152",
                    "153", "155", "156", "157", "158", "159", "166", "173", "177", "178", "180", "181", "182",
                    "183", "185", "186", "187", "188", "189", "191", "198", "199"])
    return pre + "".join(R.choice("0123456789") for _ in range(8))


def gen_mobile():
    m = mobile_digits()
    r = R.random()
    if r < 0.70:
        return m
    if r < 0.82:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if r < 0.92:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if r < 0.96:
        return "+86 " + m
    return "+86-" + m


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def gen_card():
    pre = R.choice(["622848", "622700", "621700", "622202", "621226", "621799", "622188", "621098", "623058",
                    "622908", "621483", "622262", "625965", "623668"])
    n = luhn_complete(pre, R.choice([16, 19, 19, 19]))
    r = R.random()
    if r < 0.6:
        return n
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


PINYIN = ["zhangwei", "liqiang", "wangfang", "liuyang", "chenjing", "yangfan", "zhaolei", "huangmin", "maxiaohua",
          "aili", "tashi", "zhaxi", "gesang", "nuerlan", "ouyang", "fuyaqiang", "haijun", "xueli", "gaoshan",
          "jinxin", "cirenzhuoma", "maimaiti", "guli", "yeerlan", "wangjianguo", "sunhao", "zhuling", "hepingan"]


def gen_email():
    user = R.choice(PINYIN)
    r = R.random()
    if r < 0.4:
        user += str(R.randint(1960, 2005))
    elif r < 0.6:
        user += R.choice(["_", ".", ""]) + str(R.randint(1, 999))
    elif r < 0.75:
        user = str(R.randint(10000000, 3999999999))
    dom = R.choice(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "139.com",
                    "hotmail.com", "yeah.net", "sohu.com"])
    return f"{user}@{dom}"


def gen_qq():
    return str(R.randint(10000, 3999999999))


def gen_wx():
    r = R.random()
    if r < 0.3:
        return "wxid_" + "".join(R.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(R.randint(10, 14)))
    if r < 0.42:
        return mobile_digits()
    base = R.choice(PINYIN)
    return base + R.choice(["_", "-", ""]) + str(R.randint(1, 9999))


def plate_tail(n=5):
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    s = [R.choice("0123456789") for _ in range(n)]
    for _ in range(R.randint(0, 2)):
        s[R.randint(0, n - 1)] = R.choice(chars)
    return "".join(s)


def gen_plate():
    p = prov() if R.random() < 0.9 else None
    if p:
        pc, letters = PROV[p]["plate"], PROV[p]["plate_l"]
    else:
        pc, letters = R.choice([("蒙", "ABCDK"), ("甘", "ABDF"), ("吉", "ABC"), ("京", "ANQ"), ("粤", "BS")])
    head = pc + R.choice(letters)
    r = R.random()
    if r < 0.15:
        tail = R.choice("DF") + "".join(R.choice("0123456789") for _ in range(5))
    else:
        tail = plate_tail()
    sep = R.choice(["", "", "·", "-", " "])
    return head + sep + tail


def gen_addr():
    p = prov()
    P = PROV[p]
    show_p = R.random() < 0.35
    r = R.random()
    b, u, fl = R.randint(1, 32), R.randint(1, 6), R.randint(1, 18)
    room = f"{fl}{R.randint(1, 4):02d}"
    if r < 0.45:
        city, dists = R.choice(P["cities"])
        dist = R.choice(dists)
        pre = (p if show_p else "") + (city if R.random() < 0.8 else "") + dist
        est = R.choice(ESTATES)
        form = R.random()
        if form < 0.35:
            tail = f"{est}{b}号楼{u}单元{room}室"
        elif form < 0.55:
            tail = f"{est}{b}栋{u}单元{room}"
        elif form < 0.7:
            tail = f"{est}{b}-{u}-{room}"
        elif form < 0.85:
            tail = f"{R.choice(ROADS)}{R.randint(1, 399)}号{est}{b}幢{room}室"
        else:
            tail = f"{R.choice(ROADS)}{R.randint(1, 399)}号院{b}号楼{u}门{room}号"
        return pre + tail
    if r < 0.8:
        pre = (p if show_p else "") + county(p)
        t = town()
        v = village()
        form = R.random()
        if form < 0.5:
            return f"{pre}{t}{v}村{R.randint(1, 12)}组{R.randint(1, 120)}号"
        if form < 0.7:
            return f"{pre}{t}{v}村{R.randint(1, 260)}号"
        if form < 0.85:
            return f"{t}{v}村{cn_num(R.randint(1, 9))}组{R.randint(1, 88)}号"
        return f"{pre}{t}{v}村委会第{R.randint(1, 9)}村民小组{R.randint(1, 99)}号"
    if r < 0.9:
        bt = R.choice(BINGTUAN)
        if R.random() < 0.5:
            return f"{bt}{R.choice(TUAN)}{R.randint(1, 18)}连{R.randint(1, 12)}排{R.randint(1, 30)}号"
        return f"{bt}{R.choice(TUAN)}{R.choice(ESTATES)}{b}栋{u}单元{room}室"
    ct = R.choice(["琼海市嘉积镇", "文昌市文城镇", "万宁市万城镇", "东方市八所镇", "琼中黎族苗族自治县营根镇",
                   "澄迈县金江镇", "定安县定城镇", "临高县临城镇"])
    return f"{R.choice(['海南省', ''])}{ct}{R.choice(ROADS)}{R.randint(1, 200)}号"


# --------------------------------------------------------------- distractors (unlabelled)
def d_date():
    y = R.choice([2022, 2023, 2024, 2024, 2025])
    m, d = R.randint(1, 12), R.randint(1, 28)
    r = R.random()
    if r < 0.45:
        return f"{y}年{m}月{d}日"
    if r < 0.65:
        return f"{m}月{d}日"
    if r < 0.8:
        return f"{y}-{m:02d}-{d:02d}"
    if r < 0.9:
        return f"{y}.{m}.{d}"
    cy = "".join("〇一二三四五六七八九"[int(c)] for c in str(y))
    return f"{cy}年{cn_num(m)}月{cn_num(d)}日"


def d_wo():
    y = R.choice(["2023", "2024", "2025"])
    md = f"{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    r = R.random()
    if r < 0.35:
        return f"{y}{md}{R.randint(0, 999999):06d}"
    if r < 0.55:
        return f"GD{y}{md}{R.randint(0, 9999):04d}"
    if r < 0.75:
        return f"12345-{R.choice(['HRB', 'WLMQ', 'YC', 'XN', 'LS', 'HK', 'SY', 'KS'])}-{y[2:]}{md}-{R.randint(0, 9999):04d}"
    return f"{R.choice(['NX', 'XJ', 'HLJ', 'QH', 'HN', 'XZ', 'BT'])}{y}-{R.randint(0, 9999999):07d}"


def d_doc():
    return f"{R.choice(DOCPFX)}〔{R.choice([2021, 2022, 2023, 2024, 2025])}〕{R.randint(1, 120)}号"


def d_masked():
    s = R.choice(SURNAMES + COMPOUND_SUR[:4])
    return s + R.choice(["某", "某某", "**", "*", "某", "XX", "×"]) if R.random() < 0.9 else R.choice(["当事人甲", "某甲", "乙方"])


def d_anon():
    return R.choice(SURNAMES) + R.choice(["女士", "先生", "师傅", "大爷", "阿姨", "大姐", "大妈", "奶奶", "老人", "同学"])


def d_title():
    return R.choice(SURNAMES) + R.choice(["科长", "主任", "书记", "局长", "所长", "老师", "医生", "队长", "经理",
                                          "会计", "站长", "支书", "村长", "院长", "校长"])


def d_laoli():
    return R.choice(["老", "小", "老", "小"]) + R.choice(SURNAMES)


def d_mmobile():
    m = mobile_digits()
    return R.choice([m[:3] + "****" + m[7:], m[:3] + "xxxx" + m[7:], m[:3] + "****" + m[7:], "尾号" + m[7:]])


def d_mid():
    i = gen_id()
    return R.choice([i[:6] + "********" + i[14:], i[:4] + "**********" + i[14:], i[:10] + "****" + i[14:]])


def d_mplate():
    p = gen_plate()
    return p[:3] + "***" + p[-1]


def d_mcard():
    return R.choice(["6228 **** **** " + str(R.randint(1000, 9999)), "622848******" + str(R.randint(1000, 9999)),
                     "尾号" + str(R.randint(1000, 9999))])


def d_amountnum():
    return R.choice([f"{R.randint(1, 99)},{R.randint(0, 999):03d}", str(R.randint(200, 98000)),
                     f"{R.randint(1, 90)}.{R.randint(1, 9)}万", f"{R.randint(100, 9999)}.{R.randint(0, 99):02d}"])


CN_D = "零壹贰叁肆伍陆柒捌玖"


def d_amountcn():
    w = R.randint(1, 9)
    q = R.randint(1, 9)
    n = w * 10000 + q * 1000
    return R.choice([f"人民币{CN_D[w]}万{CN_D[q]}仟元整（¥{n:,}.00）", f"{n / 10000:.1f}万元", f"{n}元"])


def d_landline(p=None):
    p = p or prov()
    a = R.choice(PROV[p]["area"])
    n = "".join(R.choice("0123456789") for _ in range(7 if a != "0451" else 8))
    n = str(R.randint(2, 8)) + n[1:]
    return R.choice([f"{a}-{n}", f"（{a}）{n}", f"{a}{n}", f"{a}-{n}"])


def d_credit():
    cs = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return R.choice(["91", "92", "12", "52"]) + R.choice(PROV[prov()]["code"]) + "".join(R.choice(cs) for _ in range(10))


def d_officeaddr():
    return f"{R.choice(ROADS)}{R.randint(1, 300)}号"


def d_case():
    return f"（{R.choice([2022, 2023, 2024])}）{R.choice(['新', '黑', '宁', '青', '藏', '琼'])}{R.randint(1, 99):02d}{R.randint(1, 99):02d}{R.choice(['行初', '民初', '行终', '执'])}{R.randint(1, 999)}号"


def d_bld():
    return R.choice([f"{R.randint(1, 30)}号楼", f"{R.randint(1, 30)}栋", f"{R.randint(1, 12)}号楼{R.randint(1, 6)}单元",
                     f"{R.randint(1, 30)}幢"])


def d_lian():
    return f"{R.choice(TUAN)}{R.randint(1, 18)}连"


FILL = {
    "county": lambda: county(), "town": town, "village": village, "road": lambda: R.choice(ROADS),
    "estate": lambda: R.choice(ESTATES), "bureau": lambda: R.choice(BUREAUS), "post": lambda: R.choice(POSTS),
    "school": lambda: R.choice(SCHOOLS), "hospital": lambda: R.choice(HOSPITALS), "bank": lambda: R.choice(BANKS),
    "shop": lambda: R.choice(SHOPS), "hero": lambda: R.choice(HEROES), "app": lambda: R.choice(APPS),
    "ethnic": lambda: R.choice(ETHNIC), "hotline": lambda: R.choice(HOTLINES), "bingtuan": lambda: R.choice(BINGTUAN),
    "lian": d_lian, "date": d_date, "wo": d_wo, "doc": d_doc, "masked": d_masked, "anon": d_anon,
    "title": d_title, "laoli": d_laoli, "mmobile": d_mmobile, "mid": d_mid, "mplate": d_mplate, "mcard": d_mcard,
    "amountnum": d_amountnum, "amountcn": d_amountcn, "landline": d_landline, "credit": d_credit,
    "officeaddr": d_officeaddr, "case": d_case, "bld": d_bld,
    "postcode": lambda: R.choice(PROV[prov()]["post"]),
    "age": lambda: str(R.randint(19, 88)), "n": lambda: str(R.randint(2, 9)), "n2": lambda: str(R.randint(1, 6)),
    "days": lambda: R.choice(["3", "5", "7", "10", "15", "三", "五", "十五"]),
    "pct": lambda: f"{R.randint(60, 99)}.{R.randint(0, 99):02d}%", "pct2": lambda: f"{R.randint(80, 99)}.{R.randint(0, 9)}%",
    "smallamt": lambda: str(R.choice([50, 80, 120, 200, 260, 300, 500, 680, 800, 1200, 1500, 2000, 3600])),
    "year": lambda: str(R.choice([2019, 2020, 2021, 2022, 2023, 2024])), "month": lambda: str(R.randint(1, 12)),
    "bignum": lambda: f"{R.randint(3, 98)},{R.randint(0, 999):03d}", "temp": lambda: str(R.randint(12, 17)),
    "group": lambda: R.choice(["一组", "二组", "三组", "四组", "五组", "六组", "第七村民小组", "3组", "8组"]),
    "area": lambda: str(R.randint(20, 900)), "tail": lambda: str(R.randint(1000, 9999)),
    "gender": lambda: R.choice(["男", "女"]), "dbno": lambda: f"效督〔{R.choice([2023, 2024, 2025])}〕{R.randint(1, 88)}号",
    "kb": lambda: f"ZSK-{R.choice([2023, 2024])}-{R.randint(1, 9999):04d}",
    "cnt": lambda: str(R.randint(12, 4800)), "floor": lambda: str(R.randint(2, 18)),
}

GEN = {"name": gen_name, "id": gen_id, "mobile": gen_mobile, "card": gen_card, "email": gen_email,
       "qq": gen_qq, "wx": gen_wx, "addr": gen_addr, "plate": gen_plate}
KIND = {"name": "name", "id": "id", "mobile": "mobile", "card": "card", "email": "email", "qq": "im", "wx": "im",
        "addr": "address", "plate": "plate"}

# --------------------------------------------------------------- templates
# <slot> / <slot2> = labelled value; {filler} = unlabelled distractor
POS = [
    ("summary", "市民<name>（联系电话：<mobile>）来电反映，{county}{town}{village}村路灯损坏已两个月，夜间出行不便，请求尽快维修。"),
    ("summary", "来电人<name>，身份证号<id>，反映其在{county}社保窗口办理养老保险关系转移时被要求重复提交材料。"),
    ("outcome", "经核实，<name>反映的公积金提取问题属实，已于{date}将提取款{amountnum}元转入其{bank}账户<card>。"),
    ("summary", "工单号：{wo}｜诉求人：<name>｜电话：<mobile>｜住址：<addr>｜诉求类型：物业管理"),
    ("summary", "<name>（男，{age}岁，{county}人）反映其家住<addr>，楼上住户长期漏水，多次协商未果。"),
    ("notice", "关于<name>同志违反中央八项规定精神问题的通报"),
    ("notice", "{county}{bureau}原副局长<name>利用职务便利为他人谋取利益，收受财物{amountcn}，受到撤职处分。"),
    ("notice", "{county}纪委监委通报3起典型案例：{town}党委委员<name>违规发放补贴；{village}村党支部书记<name2>优亲厚友；{bureau}股长<name3>履职不力。"),
    ("outcome", "已电话联系来电人<name>（<mobile>），告知其医保异地备案可通过{app}自助办理，来电人表示认可。"),
    ("action", "请{town}人民政府于{days}个工作日内核实<name>所反映的宅基地纠纷，并将结果书面答复当事人（住<addr>）。"),
    ("summary", "网民<name>在一网通办平台留言：本人车辆<plate>于{date}在{road}被贴罚单，但该处无禁停标志。"),
    ("outcome", "该车辆（号牌<plate>）登记所有人为<name>，经调取视频，违停事实清楚，处罚依据充分，不予撤销。"),
    ("summary", "投诉人<name>称其在{county}市场监管局窗口提交的个体工商户设立申请被退回三次，联系邮箱<email>。"),
    ("summary", "来信人<name>，QQ号<qq>，反映{school}违规收取资料费每生{smallamt}元，要求退还。"),
    ("summary", "家长<name>（微信号：<wx>）反映{school}午餐质量差、分量少，希望教育局督促整改。"),
    ("outcome", "复查认为，原处理意见认定事实清楚，信访人<name>请求补发{year}年护林员工资的诉求不予支持。"),
    ("notice", "<name>，{county}{town}原党委书记，因在衔接资金项目中失职失责，给予党内严重警告处分。"),
    ("action", "督办单：请{bureau}于{date}前办结<name>反映的拖欠农民工工资问题（涉及工人<name2>、<name3>等{n}人），逾期将予通报。"),
    ("summary", "村民<name>、<name2>反映{village}村两委在土地流转分红公示中漏列其两户，要求重新核算。"),
    ("summary", "村务公开：{year}年度低保户名单——<name>（{n}人）、<name2>（{n2}人）、<name3>（{n}人），公示期{days}天。"),
    ("outcome", "经社保中心核查，<name>（身份证号码<id>）的养老金已于{date}恢复发放，补发{n}个月待遇。"),
    ("summary", "<name>反应在{hospital}就诊时被多收检查费，就诊卡绑定手机<mobile>，请求退费。"),
    ("outcome", "医院已与患者家属<name>沟通，退还多收费用{smallamt}元，并对收费员{masked}进行批评教育。"),
    ("summary", "诉求人：<name>；联系方式：<mobile>；反映内容：{county}税务局办税服务厅排队时间过长，取号后等候近{n}小时。"),
    ("notice", "约谈通知：{county}{bureau}局长<name>，因你单位12345热线工单按期办结率连续两月低于{pct}，定于{date}上午到县政府接受约谈。"),
    ("summary", "来电人自称<name>，住<addr>，反映小区供暖温度不达标，室温仅{temp}度。"),
    ("summary", "<name>本人来访反映，其父<name2>于{year}年起在{bingtuan}工作，退休后养老金核定有误。"),
    ("action", "请{bingtuan}社保分局联系<name>（电话<mobile>，身份证<id>）补充提供工作年限证明材料。"),
    ("summary", "市民来电：<name>，手机<mobile>，邮箱<email>，反映电子税务局无法上传附件。"),
    ("outcome", "经查，<name>名下号牌为<plate>的小型汽车已于{date}解除抵押，来电人问题已解决。"),
    ("summary", "牧民<name>反映{county}{town}{village}村草原生态补奖资金未到账，其{bank}卡号<card>。"),
    ("notice", "{county}通报：{village}村村委会主任<name>在低保评定中优亲厚友，将其亲属<name2>违规纳入低保，给予党内警告处分。"),
    ("summary", "{county}{town}<name>（女，{age}岁）反映，其家住<addr>，房屋因邻居施工出现裂缝。"),
    ("outcome", "答复意见：<name>同志，您反映的住房公积金贷款额度问题，经公积金中心核查，按现行政策可贷额度为{amountnum}元。"),
    ("summary", "投诉人<name>，联系电话<mobile>，投诉{shop}销售过期食品，已留存购物小票。"),
    ("action", "转{bureau}办理：<name>反映<addr>门前排水沟堵塞，雨天污水倒灌入户，请实地查看并处置。"),
    ("summary", "住户<name>（<mobile>）、<name2>（<mobile2>）联名反映{estate}电梯频繁故障，物业不作为。"),
    ("notice", "经查，{county}不动产登记中心工作人员<name>在办理登记过程中吃拿卡要，被给予政务记过处分，调离窗口岗位。"),
    ("outcome", "信访事项复查意见书  复查请求人：<name>，男，{year}年生，住<addr>。"),
    ("summary", "<name>反映：{date}其在{county}交警大队窗口办理驾驶证换证，工作人员态度生硬，其<plate>车辆年检亦被拒。"),
    ("summary", "微信号<wx>的网友<name>在留言板反映{county}某加油站加油量不足。"),
    ("summary", "来电人<name>（身份证：<id>，手机：<mobile>）要求查询其个人医保账户余额及划入明细。"),
    ("action", "请将补贴资金打入<name>本人{bank}账户（卡号：<card>），并于{date}前反馈。"),
    ("notice", "{county}纪委监委公开曝光：<name>（{county}{bureau}二级主任科员）违规操办儿子婚宴，收受管理服务对象礼金{smallamt}元。"),
    ("summary", "网民<name>：我是{bingtuan}{lian}职工，家住<addr>，连队自来水已经停了{n}天了"),
    ("outcome", "经{town}政府调解，<name>与<name2>就宅基地界址达成一致，双方签字确认，本件办结。"),
    ("summary", "{date}，<name>反映其在{hospital}分娩后新生儿医保参保登记被告知须到户籍地办理。"),
    ("outcome", "回访情况：已于{date}回访诉求人<name>（<mobile>），对办理结果满意。"),
    ("summary", "<name>（{ethnic}族，{age}岁）反映其在{county}人社局申请创业担保贷款时被要求提供房产抵押。"),
    ("notice", "{county}{bureau}{post}<name>、<name2>因对群众诉求推诿扯皮，分别受到诫勉谈话和批评教育。"),
    ("summary", "学生<name>的家长<name2>来电称孩子在{school}遭受同学欺凌，家长联系电话<mobile>。"),
    ("summary", "来电人<name>反映，其租住的<addr>房东拒不退还押金{smallamt}元。"),
    ("outcome", "经{county}市场监管局调解，商户{shop}同意向消费者<name>退款{smallamt}元，双方无异议。"),
    ("summary", "姓名：<name>｜性别：{gender}｜身份证号：<id>｜户籍地址：<addr>｜诉求：申请补办社保卡"),
    ("summary", "QQ：<qq>，邮箱：<email>，<name>反映网上申报个税时专项附加扣除信息无法保存。"),
    ("action", "请{county}自然资源局核实<name>反映的林权证登记错误问题，林地四至与其家（<addr>）承包地块重叠。"),
    ("notice", "典型案例：{county}医保局窗口科员<name>在办理医疗费报销中索要好处费{smallamt}元，被开除党籍、开除公职。"),
    ("summary", "<name>、<name2>夫妇反映，{village}村委会未按公示名单发放{year}年耕地地力保护补贴。"),
    ("outcome", "该件系重复件，诉求人<name>此前已通过工单{wo}反映，处理结果已告知。"),
    ("summary", "反映人：<name>（手机号码<mobile>），反映{county}客运站至{town}班线长期停运。"),
    ("summary", "<name>来电称，其车（<plate>）在{road}被{masked}驾驶的货车剐蹭，对方逃逸。"),
    ("notice", "关于给予<name>、<name2>党纪处分的决定（{doc}）"),
    ("outcome", "经核查，<name>（户主）家庭人均收入超出低保标准，根据{doc}规定不予纳入。"),
    ("action", "请供热公司于24小时内入户检测住户<name>家（<addr>）的室温，并将检测结果书面告知。"),
    ("summary", "{ethnic}族群众<name>通过双语翻译反映，其在{county}办理户口迁移时材料被遗失。"),
    ("summary", "联系人<name>，电话<mobile>/<mobile2>，反映{estate}物业擅自将停车费提高至每月{smallamt}元。"),
    ("outcome", "<name>反映的问题已转{bureau}，承办人{title}表示将于{days}日内答复。"),
    ("summary", "来电人<name>反映其在{bank}{county}支行办理的社保卡（卡号<card>）金融功能无法激活。"),
    ("notice", "{county}纪委通报<name>（{town}党委原副书记）、<name2>（{town}财政所原所长）套取惠农资金问题。"),
    ("summary", "诉求人<name>，住<addr>，电话<mobile>，微信<wx>，反映楼下烧烤店油烟扰民。"),
    ("outcome", "经核实，<name>所述{shop}占道经营问题属实，城管中队已责令整改。"),
    ("summary", "<name>反映其母亲<name2>（{age}岁）在{hospital}住院期间护理不到位，陪护费收取不透明。"),
    ("action", "{county}医保局：请核查参保人<name>（身份证号<id>）{year}年门诊慢特病待遇未享受原因。"),
    ("summary", "学生家长<name>反映，{school}班主任<name2>在班级群内公开学生成绩排名。"),
    ("notice", "问责通报：对{county}{bureau}党组书记、局长<name>进行诫勉，对分管副局长<name2>给予政务警告处分。"),
    ("summary", "邮箱<email>的来信人<name>反映{county}不动产登记中心办证超时{n}个工作日。"),
    ("summary", "<name>称：我的电话是<mobile>，我住在<addr>，小区门口垃圾没人清运"),
    ("outcome", "{county}公安局交警大队答复：<name>名下号牌<plate>车辆的重复违法记录已核销。"),
    ("summary", "姓名 <name>  电话 <mobile>  地址 <addr>  事项 申请临时救助"),
    ("notice", "{county}纪委监委对<name>同志进行提醒谈话，其本人已作出书面检查。"),
    ("summary", "来访人<name>（身份证号：<id>）及其代理人<name2>反映征地补偿款分配不公。"),
    ("outcome", "户主<name>，{village}村{group}，{year}年危房改造补助{amountnum}元已通过“一卡通”发放至其{bank}账户<card>。"),
    ("notice", "{town}{village}村{year}年度公益性岗位人员公示：<name>、<name2>、<name3>、<name4>，公示期5天，监督电话{landline}。"),
    ("summary", "业主<name>反映，其位于<addr>的房屋办理不动产证时被要求补缴契税{smallamt}元，不合理。"),
    ("action", "请{county}交通运输局联系车主<name>（<mobile>），核实号牌<plate>的出租车拒载、绕路问题。"),
    ("outcome", "信访人<name>不服{county}{bureau}作出的处理意见，申请复查，复查机关维持原处理意见。"),
    ("notice", "通报称，<name>在担任{county}{bureau}局长期间，违规插手工程项目，造成国有资金损失{amountcn}。"),
    ("summary", "<name>的女儿来电，称其父亲<name2>（{age}岁，{ethnic}族）的高龄津贴已{n}个月未发放。"),
    ("outcome", "对<name>反映的“{title}办事拖拉”问题，经{county}效能办调查，情况部分属实，已责令当事人作出检查。"),
    ("summary", "{county}{town}党政办转：<name>（电话<mobile>）反映其承包的{area}亩耕地被占用修路未获补偿。"),
    ("action", "{date}，工作人员上门走访<name>，其现住<addr>，已将政策解读材料送达本人。"),
    ("summary", "留言人<name>，联系方式：微信<wx>或QQ<qq>，反映{school}校车超载。"),
    ("outcome", "经调查，<name>与{shop}店主<name2>之间的消费纠纷已由{town}市场监管所调解完毕。"),
    ("notice", "{bingtuan}纪委监委通报：{lian}原连长<name>违规收取职工承包费{amountnum}元，被给予党内严重警告处分。"),
    ("summary", "纳税人<name>（手机<mobile>）反映在{county}税务局办理房产交易缴税时系统显示其身份证号<id>已被他人冒用。"),
    ("outcome", "答复<name>：您反映的问题我们已于{date}转交{bureau}，请保持手机<mobile>畅通。"),
    ("summary", "<name>，{gender}，住<addr>，联系电话<mobile>，反映邻居<name2>在公共通道私搭乱建。"),
    ("notice", "关于对<name>、<name2>等同志履职不力问题的问责情况通报"),
    ("summary", "一网通办留言｜留言人：<name>｜邮箱：<email>｜主题：公积金异地转移接续办理进度查询"),
    ("outcome", "已将复查意见书电子版发送至信访人<name>预留邮箱<email>，纸质文书另行邮寄（邮编{postcode}）。"),
    ("action", "请{county}社保中心将<name>被误扣的{smallamt}元退回其{bank}卡<card>，不得以现金方式发放。"),
    ("notice", "{county}交通运输局通报：出租车<plate>驾驶员<name>多次拒载，暂停其从业资格{n}个月。"),
    ("summary", "<name>：{date}我在{county}不动产登记中心交的材料到现在没消息，打{landline}没人接，我邮箱<email>，电话<mobile>"),
]

NEG = [
    ("summary", "市民{anon}来电反映，{estate}{bld}楼道声控灯损坏，工单号{wo}，要求3日内维修。"),
    ("outcome", "经核实，{masked}反映情况基本属实，已责令物业于{date}前整改，回访满意。"),
    ("summary", "来电人{anon}（手机{mmobile}）反映{county}社保局办事大厅叫号系统故障，等候超过{n}小时。"),
    ("notice", "{county}纪委监委通报{n}起典型问题，其中{town}党委委员{masked}违规收受礼品礼金{amountcn}。"),
    ("outcome", "依据{doc}第{n}条之规定，{masked}的复查请求不予支持，如不服可于收到本意见之日起30日内申请复核。"),
    ("summary", "{county}政务服务中心（地址：{officeaddr}，邮编{postcode}）咨询电话{landline}，工作日9:00-17:00。"),
    ("notice", "{year}年{month}月全市12345热线共受理诉求{bignum}件，按时办结率{pct}，满意率{pct2}，{county}排名末位。"),
    ("action", "请{bureau}接到督办单（编号{dbno}）后{days}个工作日内将办理结果报县效能办，联系人{title}，电话{landline}。"),
    ("summary", "{anon}反映其银行卡尾号{tail}被误扣城乡居民医保费{smallamt}元，要求退回。"),
    ("summary", "{title}反映{village}村{group}灌溉渠道年久失修，涉及耕地{area}亩，请求水务局立项维修。"),
    ("outcome", "知识库答复（{kb}）：灵活就业人员可通过{app}缴纳城乡居民医保，个人缴费标准为每人每年{smallamt}元。"),
    ("notice", "学习{hero}同志先进事迹，{county}{bureau}开展作风建设专项整治，查摆问题{n}条、整改{n2}条。"),
    ("summary", "{laoli}反映{estate}{bld}单元门禁损坏，外来人员随意进出，存在安全隐患。"),
    ("outcome", "经查，{shop}系个体工商户，统一社会信用代码{credit}，因无证经营已责令停业整改。"),
    ("summary", "身份证号{mid}的参保人反映医保卡无法结算，经核查系系统数据未同步，已处理。"),
    ("notice", "{county}税务局服务承诺：简易注销{days}个工作日办结，增值税发票领用当日办结，承诺兑现率{pct}。"),
    ("outcome", "{case}行政判决书已生效，{masked}的诉求属于司法程序处理范围，信访部门不再受理。"),
    ("summary", "网民{anon}在一网通办留言：{date}在{road}被扣{n}分罚款{smallamt}元，车牌{mplate}，质疑电子眼设置。"),
    ("notice", "约谈通知：{county}{bureau}主要负责同志，因工单{wo}等{n}件超期未办结，请于{date}到县效能办接受约谈。"),
    ("outcome", "已回访{anon}（{mmobile}），其对处理结果表示基本满意。"),
    ("summary", "{village}村村务公开：{year}年集体经济收入{amountnum}元，支出{amountnum}元，结余部分用于村道硬化。"),
    ("summary", "{anon}称其家住{estate}{bld}，楼顶防水层破损，雨天漏水至{floor}楼。"),
    ("notice", "{county}{bureau}原局长{masked}严重违纪违法，被开除党籍和公职，涉嫌犯罪问题移送检察机关依法审查起诉。"),
    ("action", "督办要求：请{town}于{date}前完成{village}村{group}饮水管网抢修，办理情况报{hotline}热线办公室。"),
    ("summary", "{title}来电咨询，{bingtuan}{lian}职工医保缴费基数如何核定，已按知识库{kb}解答。"),
    ("outcome", "经{bureau}核实，该企业（信用代码{credit}）已于{date}补缴社保费{amountcn}，涉及职工{cnt}人。"),
    ("notice", "{county}{year}年第{n2}季度政务服务“好差评”：共收到评价{cnt}条，差评{n}条，差评整改率100%。"),
    ("summary", "{anon}反映{hospital}门诊楼{floor}层卫生间长期无人保洁，挂号费、诊查费收取标准不明。"),
    ("outcome", "针对{laoli}反映的问题，{town}已于{date}组织人员清理{village}村{group}垃圾堆放点{n}处。"),
    ("notice", "{year}年{month}月，{county}政务热线转办工单{cnt}件，{bureau}、{bureau}超期件数居前两位。"),
    ("summary", "来信反映{school}校长{masked}违规收取补课费，每生每月{smallamt}元，涉及{cnt}名学生。"),
    ("action", "请{county}{bureau}于{days}日内书面答复来电人，答复内容抄送{county}政府办，联系电话{landline}。"),
    ("outcome", "经查，{anon}反映的车辆{mplate}违停处罚已由交警大队依法撤销，罚款{smallamt}元予以退还。"),
    ("notice", "{doc}：对{county}{bureau}未按承诺时限办结事项的问题予以通报批评，责令主要负责同志作出书面检查。"),
    ("summary", "{county}公积金中心服务承诺：提取业务即时办结，贷款审批不超过{days}个工作日，咨询电话{hotline}。"),
    ("summary", "{anon}来电咨询：在{bank}开的账户{mcard}收到一笔{amountnum}元的补贴，不清楚是什么款项。"),
    ("outcome", "12345知识库：城乡居民基本养老保险缴费档次为每年{smallamt}元至{amountnum}元，政府补贴按档次递增。"),
    ("notice", "{county}通报{n}起群众身边不正之风和腐败问题：{village}村原党支部书记{masked}、原村委会主任{masked}侵占集体资金。"),
    ("summary", "{laoli}和{anon}因{village}村{group}地界问题发生争执，请求村调委会调解。"),
    ("outcome", "经{town}综治中心调解，{anon}与邻居{masked}就排水问题达成协议，调解书编号{dbno}。"),
    ("summary", "来电反映{estate}{bld}一楼商铺{shop}油烟直排，环保局多次检查未果，工单号{wo}。"),
    ("notice", "{county}{year}年度“万人评议机关”结果：{bureau}得分{area}.5分，位列倒数第一，主要负责人被约谈。"),
    ("action", "请{bureau}安排工作人员于{date}前往{village}村委会现场办公，集中受理{group}群众诉求。"),
    ("summary", "{anon}反映{county}人民医院{title}态度恶劣，就诊号{tail}，挂号时间{date}。"),
    ("outcome", "复查意见：{masked}提出的补发{year}年至今退役军人优待金的请求，不符合{doc}规定，不予支持。"),
    ("notice", "学习借鉴{hero}精神，{bingtuan}开展“我为群众办实事”活动，累计解决诉求{cnt}件。"),
    ("summary", "{anon}来电：我在{road}{officeaddr}附近的{shop}吃饭后腹泻，要求市场监管部门查处。"),
    ("outcome", "经{county}{bureau}核实，工单{wo}所涉{estate}{bld}电梯已于{date}完成维保，恢复运行。"),
    ("summary", "诉求人：{anon}｜电话：{mmobile}｜身份证：{mid}｜诉求：咨询公积金贷款额度"),
    ("notice", "{county}纪委监委点名道姓通报：{town}{title}等{n}人在防汛值班期间脱岗，分别受到党纪处分。"),
    ("action", "{county}效能办督办单（{dbno}）：{bureau}对{anon}反映的办证难问题须于{days}个工作日内反馈。"),
    ("outcome", "已告知{anon}，根据{doc}，其子女入学可在{school}就近登记，咨询电话{landline}。"),
    ("summary", "{anon}反映{village}村{year}年度村务公开栏未公示低保名单，仅公示了{masked}、{masked}等{n}户。"),
    ("notice", "{county}{year}年{month}月服务承诺兑现情况：即办件{cnt}件，承诺件{cnt}件，提速率{pct}。"),
    ("summary", "反映{county}{town}{village}村五保户{laoli}房屋漏雨，{title}已知情但未处理。"),
    ("outcome", "{county}自然资源局答复：{village}村{group}宅基地审批须经村民小组会议讨论，本件已转{town}办理。"),
    ("summary", "{bureau}窗口工作人员{title}被投诉上班时间玩手机，投诉人{anon}，投诉时间{date}。"),
    ("notice", "关于{county}{bureau}{masked}同志违反工作纪律问题的通报（{doc}）"),
    ("action", "请{hospital}于{date}前将{anon}医疗纠纷调处情况报县卫健委，调解金额{amountcn}。"),
    ("outcome", "经比对，{anon}的社保卡{mcard}已于{date}挂失补办，新卡可在{bank}网点领取。"),
    ("summary", "{anon}反映在{county}交警大队办理{mplate}车辆过户时被要求提供无关证明，邮编{postcode}。"),
    ("notice", "{bingtuan}{year}年“12345”热线月报：受理{cnt}件，{lian}等连队诉求集中于供水、供暖。"),
]


def fill_segment(lit):
    """random light clerical noise on literal segments (safe: applied before offsets)"""
    if R.random() < 0.06:
        lit = lit.replace("反映", "反应", 1)
    if R.random() < 0.05:
        lit = lit.replace("已于", "以于", 1)
    if R.random() < 0.1:
        lit = lit.replace("，", ",", 1)
    if R.random() < 0.08:
        lit = lit.replace("：", ":", 1)
    if R.random() < 0.04:
        lit = lit.replace("（", "(", 1).replace("）", ")", 1)
    return lit


TOK = re.compile(r"<(name|id|mobile|card|email|qq|wx|addr|plate)(\d?)>|\{(\w+)\}")


def render(tpl):
    text, labels = "", []
    used = set()
    pos = 0
    for m in TOK.finditer(tpl):
        lit = tpl[pos:m.start()]
        text += fill_segment(lit)
        pos = m.end()
        if m.group(1):
            slot = m.group(1)
            for _ in range(20):
                v = GEN[slot]()
                if v not in used:
                    break
            used.add(v)
            s = len(text)
            text += v
            labels.append({"start": s, "end": len(text), "kind": KIND[slot]})
        else:
            text += FILL[m.group(3)]()
    text += fill_segment(tpl[pos:])
    return text, labels


def make(tpl_list, prefix, idx):
    field, tpl = tpl_list[idx]
    for _ in range(80):
        text, labels = render(tpl)
        if 15 <= len(text) <= 140:
            return {"field": field, "labels": labels, "shape": f"outside11-{prefix}{idx + 1:03d}", "text": text}
    raise RuntimeError(f"template {prefix}{idx + 1} never fits: {tpl}")


def main():
    N_POS, N_NEG = 550, 450
    rows = []
    order = list(range(len(POS)))
    while len(order) < N_POS:
        order.append(R.randrange(len(POS)))
    for i in order:
        rows.append(make(POS, "p", i))
    order = list(range(len(NEG)))
    while len(order) < N_NEG:
        order.append(R.randrange(len(NEG)))
    for i in order:
        rows.append(make(NEG, "n", i))
    R.shuffle(rows)

    # ---- checks
    for r in rows:
        t = r["text"]
        assert 15 <= len(t) <= 140, t
        spans = sorted((l["start"], l["end"]) for l in r["labels"])
        for l in r["labels"]:
            v = t[l["start"]:l["end"]]
            assert v and v == v.strip(), (t, l)
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, ("overlap", t)
        for l in r["labels"]:
            v = t[l["start"]:l["end"]]
            if l["kind"] == "id":
                w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
                assert "10X98765432"[sum(int(c) * x for c, x in zip(v[:17], w)) % 11] == v[17].upper()
            if l["kind"] == "card":
                digits = v.replace(" ", "")
                tot = 0
                for i, c in enumerate(reversed(digits)):
                    d = int(c)
                    if i % 2 == 1:
                        d *= 2
                        d = d - 9 if d > 9 else d
                    tot += d
                assert tot % 10 == 0, v

    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "outside11.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    kinds = Counter(l["kind"] for r in rows for l in r["labels"])
    fields = Counter(r["field"] for r in rows)
    pos_fields = Counter(r["field"] for r in rows if r["labels"])
    print("rows", len(rows), "positive", sum(1 for r in rows if r["labels"]),
          "clean", sum(1 for r in rows if not r["labels"]))
    print("templates", len({r["shape"] for r in rows}))
    print("labels by kind", dict(sorted(kinds.items())))
    print("rows by field", dict(sorted(fields.items())))
    print("positive rows by field", dict(sorted(pos_fields.items())))
    print("wrote", out)


if __name__ == "__main__":
    main()
