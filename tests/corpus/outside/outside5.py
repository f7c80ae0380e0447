#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""outside5: independent test corpus for a personal-data detector on Chinese
government transparency texts (12345 工单公开, 信访答复, 纪委监委通报, 好差评整改,
市场监管/住建/城管/教育/人社/医保答复, 人大代表建议答复).

Template syntax
  [a|b|c]   -> one alternative chosen at random (resolved first; may contain slots)
  {KEY}     -> slot.  Labelled keys (optionally followed by digits):
               N name, A address, M mobile, ID id, C card, E email, QQ/WX im, P plate
               Every other key is unlabelled filler (cached per sentence).
Offsets are computed while the sentence is assembled.
"""
import json
import random
import re
from collections import Counter

from faker import Faker

SEED = 20250605
random.seed(SEED)
Faker.seed(SEED)
fake = Faker("zh_CN")
R = random.Random(SEED)

OUT = str(__import__("pathlib").Path(__file__).with_suffix(".jsonl"))
N_POS, N_CLEAN = 550, 450

# ----------------------------------------------------------------- regions
# province, plate abbr, province app, postcode prefix, [(city, plate letter, area code, [(county, pinyin)])]
REGIONS = [
    ("江苏省", "苏", "苏服办", "22", [
        ("苏州市", "E", "0512", [("吴江区", "wujiang"), ("常熟市", "changshu"), ("昆山市", "ks")]),
        ("徐州市", "C", "0516", [("睢宁县", "suining"), ("沛县", "px"), ("丰县", "fx")]),
        ("盐城市", "J", "0515", [("射阳县", "sheyang"), ("阜宁县", "funing"), ("建湖县", "jianhu")])]),
    ("浙江省", "浙", "浙里办", "32", [
        ("温州市", "C", "0577", [("瑞安市", "ruian"), ("永嘉县", "yongjia"), ("苍南县", "cncn")]),
        ("金华市", "G", "0579", [("义乌市", "yiwu"), ("东阳市", "dongyang"), ("浦江县", "pj")])]),
    ("河南省", "豫", "豫事办", "46", [
        ("周口市", "P", "0394", [("鹿邑县", "luyi"), ("太康县", "taikang"), ("郸城县", "dancheng")]),
        ("南阳市", "R", "0377", [("邓州市", "dengzhou"), ("方城县", "fangcheng"), ("镇平县", "zhenping")])]),
    ("湖南省", "湘", "湘易办", "41", [
        ("常德市", "J", "0736", [("桃源县", "taoyuan"), ("澧县", "lixian"), ("汉寿县", "hanshou")]),
        ("邵阳市", "E", "0739", [("隆回县", "longhui"), ("洞口县", "dongkou"), ("新邵县", "xinshao")])]),
    ("四川省", "川", "天府通办", "63", [
        ("南充市", "R", "0817", [("阆中市", "langzhong"), ("营山县", "yingshan"), ("仪陇县", "yilong")]),
        ("绵阳市", "B", "0816", [("江油市", "jiangyou"), ("三台县", "santai"), ("安州区", "anzhou")])]),
    ("山东省", "鲁", "爱山东", "27", [
        ("临沂市", "Q", "0539", [("沂水县", "yishui"), ("兰陵县", "lanling"), ("费县", "feixian")]),
        ("菏泽市", "R", "0530", [("曹县", "caoxian"), ("单县", "shanxian"), ("郓城县", "yuncheng")])]),
    ("安徽省", "皖", "皖事通", "23", [
        ("阜阳市", "K", "0558", [("临泉县", "linquan"), ("太和县", "taihe"), ("颍上县", "yingshang")]),
        ("六安市", "N", "0564", [("霍邱县", "huoqiu"), ("金寨县", "jinzhai"), ("舒城县", "shucheng")])]),
    ("广东省", "粤", "粤省事", "52", [
        ("茂名市", "K", "0668", [("信宜市", "xinyi"), ("高州市", "gaozhou"), ("电白区", "dianbai")]),
        ("梅州市", "M", "0753", [("兴宁市", "xingning"), ("五华县", "wuhua"), ("梅县区", "meixian")])]),
    ("江西省", "赣", "赣服通", "34", [
        ("赣州市", "B", "0797", [("于都县", "yudu"), ("兴国县", "xingguo"), ("瑞金市", "ruijin")])]),
    ("湖北省", "鄂", "鄂汇办", "43", [
        ("黄冈市", "J", "0713", [("麻城市", "macheng"), ("蕲春县", "qichun"), ("浠水县", "xishui")])]),
    ("河北省", "冀", "冀时办", "05", [
        ("邯郸市", "D", "0310", [("魏县", "weixian"), ("大名县", "daming"), ("武安市", "wuan")])]),
    ("福建省", "闽", "闽政通", "36", [
        ("泉州市", "C", "0595", [("晋江市", "jinjiang"), ("南安市", "nanan"), ("安溪县", "anxi")])]),
    ("广西壮族自治区", "桂", "爱广西", "53", [
        ("玉林市", "K", "0775", [("北流市", "beiliu"), ("博白县", "bobai"), ("陆川县", "luchuan")])]),
]
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

# ----------------------------------------------------------------- word lists
TOWNS = ["城关镇", "新集镇", "王集镇", "李庄镇", "张桥镇", "城南街道", "城北街道", "东城街道",
         "高桥镇", "双河镇", "三里桥街道", "龙泉镇", "石桥镇", "桃源镇", "白马镇", "青龙乡",
         "何家湾镇", "刘集乡", "陈堡镇", "周庄镇", "赵集镇", "杨柳镇", "马店镇", "黄土岭乡",
         "文昌街道", "建华街道", "向阳街道", "金山镇"]
VILLAGES = ["李家村", "张湾村", "王庄村", "刘楼村", "陈家岭村", "杨树村", "新庄村", "前进村",
            "红星村", "五一村", "光明村", "大王庄村", "小李庄村", "胜利村", "团结村", "黄泥塘村",
            "桂花村", "建华村", "永红村", "石门村", "周家坝村", "吴家湾村", "马蹄村", "高坎村",
            "东风村", "孙岗村", "徐圩村", "朱楼村", "何营村", "郭店村"]
ESTATES = ["阳光花园", "锦绣华庭", "幸福里小区", "建华小区", "红梅新村", "玉兰花园", "丽华苑",
           "翠湖湾", "滨江壹号", "世纪新城", "东方明珠花园", "和平里小区", "桂园小区", "水岸名都",
           "紫金华府", "万科城", "碧桂园凤凰城", "御景湾", "金地自在城", "春华苑", "国华小区",
           "振华新村", "文昌小区", "张家花园", "李园小区", "王府花园", "学府佳苑", "教师新村",
           "供电小区", "纺织厂家属院", "棉纺厂生活区", "秀英花园", "志华苑", "桂芳园", "淑芳苑"]
ROADS = ["人民路", "解放路", "建设路", "中山路", "和平路", "文化路", "新华路", "胜利街", "黄河路",
         "长江路", "朝阳路", "东风路", "建国路", "振华路", "春华路", "卫东路", "海燕路", "爱民路",
         "国庆路", "文昌路", "迎宾大道", "工业大道", "滨河路", "光明路", "府前街", "学府路",
         "北京路", "上海路", "车站路", "沿河路", "李家巷", "刘湾路", "王府街", "周家巷"]
ROADS_PERSON = ["中山路", "中山北路", "逸仙路", "黄兴路", "蔡锷路", "张自忠路", "赵登禹路", "佟麟阁路",
                "郑和路", "鲁迅路", "建国路", "振华路", "国华路", "志强路", "秀英大道", "丽华路",
                "李家巷", "刘湾路", "王府街", "周家巷", "陈塘路", "杨家坪大街", "吴家湾路", "张江路",
                "岳飞路", "包公大道", "林则徐路", "卫东路", "海燕路", "桂英街", "红梅路", "建华路"]
SUR_PLACES = ["张家港", "李沧区", "周口", "刘家峡", "杨浦", "黄岩", "赵县", "吴江", "朱家角",
              "马鞍山", "高邮", "林州", "罗湖", "郑州", "梁山", "谢家集", "宋庄", "唐山", "许昌",
              "韩城", "邓州", "曹县", "彭州", "萧山", "潘家园", "蔡甸", "余杭", "叶集", "苏州",
              "魏县", "吕梁", "沈阳", "任丘", "姜堰", "钟祥", "陆丰", "金华", "石家庄", "贾汪",
              "邹城", "孟津", "秦皇岛", "薛城", "侯马", "龙岗", "毛家湾", "邵阳", "万州", "武进",
              "左权县", "靖宇县", "志丹县", "子长市", "尚志市", "黄陂", "何家坝", "王家坝"]
HIST = ["焦裕禄", "雷锋", "孔繁森", "杨善洲", "谷文昌", "廖俊波", "黄文秀", "张桂梅", "王继才",
        "黄大年", "南仁东", "钱学森", "袁隆平", "时传祥", "王进喜", "郑培民", "牛玉儒", "沈浩",
        "毛相林", "于敏", "邓稼先", "张富清", "李保国"]
HIST_PLACES = ["焦裕禄纪念园", "雷锋纪念馆", "岳飞庙", "包公祠", "鲁迅故居", "林则徐纪念馆",
               "范仲淹纪念馆", "苏东坡纪念馆", "孙中山纪念堂", "郑成功纪念馆", "杜甫草堂",
               "李白纪念馆", "王阳明故居", "海瑞墓", "张謇纪念馆", "左宗棠故居", "曾国藩故居",
               "刘少奇同志纪念馆", "朱德故居", "陶行知纪念馆", "聂耳纪念馆", "黄继光纪念馆"]
BRAND_SHOPS = ["杨国福麻辣烫", "张亮麻辣烫", "刘一手火锅", "赵一鸣零食", "王婆大虾", "陈香贵牛肉面",
               "老李烧烤", "李记包子铺", "张飞牛肉专卖店", "周黑鸭", "老王家常菜馆", "阿强水果店",
               "胡大饭馆", "王小二烧烤", "李大妈饺子馆", "陈阿婆凉粉", "张记米粉", "马记拉面",
               "老乡鸡", "李宁专卖店", "周大福珠宝", "老凤祥银楼", "吴裕泰茶庄", "张小泉刀剪店",
               "胡庆余堂国药号", "蜜雪冰城", "沪上阿姨", "刘老根大舞台", "钱大妈生鲜", "黄记煌焖锅",
               "杨铭宇黄焖鸡米饭", "谭仔米线", "袁记云饺", "李先生牛肉面"]
FOOD_SHOPS = [b for b in BRAND_SHOPS if not re.search("专卖店|珠宝|银楼|刀剪|国药|舞台|茶庄", b)]
FAMOUS_BRANDS = ["李宁", "王老吉", "张小泉", "马应龙", "周大福", "老干妈", "王守义", "李锦记",
                 "陈克明", "谭木匠", "曹操出行", "王致和"]
SHOP2 = ["兴旺便利店", "好再来小吃店", "如意理发店", "福满园早餐店", "鑫鑫五金店", "鲜果汇水果店",
         "惠民药房", "平价超市", "红火烧烤店", "顺发粮油店", "乐家母婴店", "金牛肉铺", "小城麻辣烫"]
NETNAMES = ["热心市民", "路人甲", "小城故事", "向日葵", "平安是福", "一名家长", "老党员", "江南烟雨",
            "追风少年", "一个上班族", "清风徐来", "城南旧事", "无名氏", "小区业主"]
TOPICS = ["加快老旧小区改造", "加强农村饮用水安全保障", "完善城区停车设施", "推进义务教育优质均衡发展",
          "加强农村养老服务", "规范校外培训机构管理", "提升县域医疗服务能力", "解决新就业形态劳动者社保问题",
          "加强农村道路交通安全", "推进城乡垃圾分类", "优化营商环境", "加强中小学生心理健康教育"]
LAWS = ["中华人民共和国食品安全法", "中华人民共和国价格法", "城市市容和环境卫生管理条例",
        "中华人民共和国消费者权益保护法", "中华人民共和国道路交通安全法", "中华人民共和国广告法",
        "中华人民共和国产品质量法"]
DEPTS = ["住房和城乡建设局", "城市管理局", "市场监督管理局", "人力资源和社会保障局", "医疗保障局",
         "教育局", "交通运输局", "自然资源和规划局", "民政局", "水利局", "农业农村局",
         "卫生健康委员会", "公安局交通警察大队", "信访局", "行政审批局", "生态环境分局"]
BUREAUS = ["交通运输局", "水利局", "农业农村局", "住房和城乡建设局", "自然资源局", "民政局", "财政局",
           "林业局", "商务局", "统计局", "退役军人事务局", "医疗保障局", "粮食和物资储备局",
           "市场监督管理局", "文化广电和旅游局", "应急管理局"]
POS = ["原党组成员、副局长", "原副局长", "办公室主任", "财务股股长", "原四级调研员", "执法大队大队长",
       "规划股负责人", "原总工程师", "工会主席"]
POS2 = ["党委副书记", "党政办主任", "纪委书记", "村镇规划建设办主任", "农业服务中心主任", "财政所所长"]
POS_LOW = ["科长", "股长", "副主任", "主任科员", "副科长"]
SUBS = ["食品安全监管科", "特种设备安全监察科", "网络交易监管科", "价格监督检查科", "药品监管科"]
SCENIC = ["黄山风景区", "凤凰古城", "三清山", "武当山", "周庄古镇", "千岛湖", "张家界国家森林公园",
          "婺源篁岭", "普陀山", "崂山风景区"]
BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "中国邮政储蓄银行", "交通银行",
         "农村商业银行"]
BANK_HOT = ["95588", "95599", "95533", "95566", "95580", "95559"]
PLATFORMS = ["携程", "美团", "拼多多", "抖音商城", "淘宝", "京东", "去哪儿", "闲鱼", "飞猪"]
HOTLINES = ["12345", "12315", "12388", "12333", "12393", "12319", "12369", "12320"]
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于"
                "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛"
                "闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "令狐", "慕容", "司徒"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志海波宁晓春梅"
             "凤琴云莉丹欣文斌浩宇子轩梓涵雨欣佳怡俊峰昊然思远嘉豪淑珍德福永贵金凤美玲")
MINORITY = ["阿依古丽·艾买提", "买买提·吐尔逊", "古丽米拉·阿不都", "艾克拜尔·热合曼",
            "扎西顿珠", "次仁卓玛", "央金拉姆", "巴特尔", "其其格", "阿苏拉则", "吉克阿呷",
            "韦秀英", "覃桂芳", "农海燕", "蒙志强", "黄阿妹"]
TITLES = ["局长", "主任", "书记", "科长", "所长", "镇长", "队长", "站长", "院长", "副局长",
          "副主任", "副县长", "主席", "经理", "股长"]
MASK_SUFFIX = ["女士", "先生", "某", "某某", "**", "*", "X", "XX", "×", "××", "某（女）", "某某（男）",
               "师傅", "阿姨", "大爷", "老师"]
MASK_PREFIX = ["", "", "", "市民", "来电人", "诉求人", "投诉人", "信访人", "当事人", "申请人", "群众"]
PINYIN_S = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
            "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "tang", "song", "xie", "deng"]
PINYIN_G = ["wei", "fang", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie",
            "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "hua", "hui", "xin", "yu", "ting",
            "hao", "yue", "bo", "lin", "xiaoyu", "jianguo", "guiying", "haiyan"]
CN_NUM = "一二三四五六七八九十"
AREA_CODES = ["110105", "120104", "130102", "130434", "140105", "150102", "210102", "220102",
              "230103", "310104", "310115", "320102", "320324", "320581", "320923", "330106",
              "330381", "340104", "341221", "350582", "360731", "370102", "371721", "411328",
              "412828", "420106", "421181", "430104", "430525", "440106", "440983", "450103",
              "450981", "460106", "500103", "510104", "511381", "520102", "530102", "610113",
              "620102", "630104", "640104", "650102"]
BINS = ["622202", "622208", "621226", "621700", "622700", "622848", "623052", "621661", "621790",
        "622588", "621483", "622609", "622262", "621485", "623668", "622155", "621799", "623058",
        "622180", "621098", "622823", "621559"]


def pick(seq):
    return R.choice(seq)


# ----------------------------------------------------------------- generators: labelled
def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return "10X98765432"[s % 11]


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d


def g_id(ctx):
    area = pick(AREA_CODES)
    y = R.randint(1942, 2012)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    body = f"{area}{y}{m:02d}{d:02d}{R.randint(0, 999):03d}"
    return body + id_check(body)


def g_card(ctx):
    ln = R.choices([19, 16, 18, 17], [60, 25, 10, 5])[0]
    body = pick(BINS) + "".join(str(R.randint(0, 9)) for _ in range(ln - 7))
    return body + luhn_digit(body)


MOB_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
           "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
           "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]


def g_mobile(ctx):
    num = pick(MOB_PRE) + "".join(str(R.randint(0, 9)) for _ in range(8))
    r = R.random()
    if r < 0.06:
        return f"{num[:3]}-{num[3:7]}-{num[7:]}"
    if r < 0.10:
        return f"{num[:3]} {num[3:7]} {num[7:]}"
    return num


def g_qq(ctx):
    ln = R.choices([8, 9, 10, 6, 7], [20, 35, 35, 4, 6])[0]
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(ln - 1))


def g_wx(ctx):
    r = R.random()
    if r < 0.25:
        return "wxid_" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    s, g = pick(PINYIN_S), pick(PINYIN_G)
    forms = [f"{s}{g}{R.randint(1970, 2005)}", f"{g}_{s}{R.randint(1, 99)}", f"{s[0]}{g}{R.randint(100, 9999)}",
             f"{g.capitalize()}{s.capitalize()}{R.randint(10, 99)}", f"{s}-{g}{R.randint(1, 999)}",
             f"xiao{g}{R.randint(1, 9999)}"]
    return pick(forms)


def g_email(ctx):
    s, g = pick(PINYIN_S), pick(PINYIN_G)
    dom = R.choices(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com",
                     "hotmail.com", "outlook.com", "aliyun.com", "yeah.net", "sohu.com"],
                    [30, 25, 10, 5, 6, 4, 4, 4, 4, 4, 4])[0]
    if dom == "qq.com" and R.random() < 0.7:
        local = g_qq(ctx)
    else:
        local = pick([f"{s}{g}{R.randint(1, 9999)}", f"{g}.{s}", f"{s}{g}", f"{s[0]}{g[0]}{R.randint(1970, 2008)}",
                      f"{g}_{s}{R.randint(10, 99)}", f"{s}{R.randint(100000, 999999)}"])
    return f"{local}@{dom}"


def g_plate(ctx):
    reg = ctx["_reg"]
    if R.random() < 0.8:
        prov, letter = reg["abbr"], reg["plate"]
    else:
        prov, letter = pick(PLATE_PROV), pick("ABCDEFGHJKLMNPQR")
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if R.random() < 0.18:  # new energy
        tail = pick("DF") + "".join(str(R.randint(0, 9)) for _ in range(5))
    else:
        chars = [str(R.randint(0, 9)) for _ in range(5)]
        for i in R.sample(range(5), R.choice([0, 1, 1, 2])):
            chars[i] = R.choice(alnum)
        tail = "".join(chars)
    sep = "·" if R.random() < 0.3 else ""
    return f"{prov}{letter}{sep}{tail}"


HIST_SET = set(HIST)


def raw_name():
    r = R.random()
    if r < 0.55:
        return fake.name()
    if r < 0.75:
        return pick(SURNAMES) + "".join(R.sample(GIVEN, 2))
    if r < 0.87:
        return pick(SURNAMES) + pick(GIVEN)
    if r < 0.94:
        return pick(COMPOUND) + "".join(R.sample(GIVEN, R.choice([1, 2])))
    return pick(MINORITY)


def g_name(ctx):
    others = [v for k, v in ctx.items() if re.fullmatch(r"N\d*|NK\d*", k)]
    for _ in range(100):
        n = raw_name()
        if n in HIST_SET:
            continue
        if any(n in o or o in n for o in others):
            continue
        return n
    raise RuntimeError("name")


def g_address(ctx):
    reg = ctx["_reg"]
    b, u = R.randint(1, 32), R.randint(1, 4)
    room = f"{R.randint(1, 26)}0{R.randint(1, 4)}"
    n = R.randint(1, 268)
    g = R.randint(1, 12)
    est, road, town, vil = pick(ESTATES), pick(ROADS), pick(TOWNS), pick(VILLAGES)
    forms = [
        f"{est}{b}栋{u}单元{room}室",
        f"{est}{b}幢{room}室",
        f"{est}{b}号楼{u}单元{room}",
        f"{est}{b}-{u}-{room}",
        f"{est}{R.choice('东西南北')}区{b}栋{room}室",
        f"{road}{n}号{b}栋{u}单元{room}室",
        f"{road}{n}号{room}室",
        f"{road}{n}号",
        f"{road}{n}号院{b}号楼{room}",
        f"{town}{vil}{g}组{n}号",
        f"{vil}{g}组{n}号",
        f"{town}{vil}{CN_NUM[g - 1] if g <= 10 else g}组{n}号",
        f"{vil}{CN_NUM[min(g, 10) - 1]}社{n}号",
        f"{town}{road}{n}号",
    ]
    w = [14, 8, 6, 5, 3, 6, 5, 5, 3, 12, 8, 6, 3, 4]
    a = R.choices(forms, w)[0]
    if R.random() < 0.3:
        a = reg["county"] + a
    return a


def g_kin(ctx):
    base = ctx["N"]
    sur = base[:2] if base[:2] in COMPOUND else base[0]
    others = [v for k, v in ctx.items() if re.fullmatch(r"N\d*|NK\d*", k)]
    for _ in range(100):
        if "·" in base or base in MINORITY:
            n = raw_name()
        else:
            n = sur + "".join(R.sample(GIVEN, R.choice([1, 2, 2])))
        if n in HIST_SET or any(n in o or o in n for o in others):
            continue
        return n
    raise RuntimeError("kin")


LABEL_GEN = {"N": ("name", g_name), "NK": ("name", g_kin), "A": ("address", g_address), "M": ("mobile", g_mobile),
             "ID": ("id", g_id), "C": ("card", g_card), "E": ("email", g_email),
             "QQ": ("im", g_qq), "WX": ("im", g_wx), "P": ("plate", g_plate)}


# ----------------------------------------------------------------- generators: filler
def f_date(ctx):
    y, m, d = R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28)
    return R.choices([f"{y}年{m}月{d}日", f"{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日"],
                     [5, 3, 1, 1])[0]


def f_wo(ctx):
    y, m, d = R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28)
    seq = R.randint(1, 99999)
    return pick([f"{y}{m:02d}{d:02d}{seq:05d}", f"GD{y}{m:02d}{d:02d}{seq:05d}",
                 f"{ctx['_reg']['plate']}{y}{m:02d}{seq:06d}", f"12345-{y}-{m:02d}{d:02d}-{seq % 10000:04d}",
                 f"{y}{m:02d}{d:02d}-{seq:05d}"])


def f_credit(ctx):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    area = pick(AREA_CODES)
    mid = "MA" + "".join(R.choice(chars) for _ in range(7))
    return "91" + area + mid + R.choice("ABCDEFGHJKLMNPQRTUWXY")


def f_officephone(ctx):
    ac = ctx["_reg"]["area"]
    num = f"{R.choice('68')}{R.randint(1000000, 9999999)}"
    return pick([f"{ac}-{num}", f"（{ac}）{num}", f"{ac}-{num}"])


def f_masked(ctx):
    s = pick(SURNAMES)
    r = R.random()
    if r < 0.12:
        core = s + R.choice("*X×某") + pick(GIVEN)
    else:
        core = s + pick(MASK_SUFFIX)
    return pick(MASK_PREFIX) + core


def f_masked_plain(ctx):
    return pick(SURNAMES) + pick(["某", "某某", "**", "*", "XX", "某甲", "某乙"])


def f_mcore(ctx):
    s = pick(SURNAMES)
    if R.random() < 0.12:
        return s + R.choice("*X×某") + pick(GIVEN)
    return s + pick(MASK_SUFFIX)


def f_masked_off(ctx):
    return pick(SURNAMES) + pick(["某", "某某", "某某", "XX"])


def f_masked_addr(ctx):
    return pick(["XX小区X栋X单元XXX室", "某小区*栋*单元", f"{pick(ESTATES)}**栋***室", "XX路XX号X栋XXX室",
                 f"{pick(ESTATES)}X幢X单元", "某小区某栋"])


def f_mask_mobile(ctx):
    n = pick(MOB_PRE) + "".join(str(R.randint(0, 9)) for _ in range(8))
    return pick([n[:3] + "****" + n[7:], n[:7] + "****", n[:3] + "*****" + n[8:]])


def f_mask_id(ctx):
    n = g_id(ctx)
    return pick([n[:6] + "*" * 8 + n[14:], n[:4] + "*" * 10 + n[14:], n[:3] + "*" * 11 + n[14:],
                 n[:8] + "*" * 6 + n[14:]])


def f_mask_plate(ctx):
    reg = ctx["_reg"]
    sep = pick(["·", ""])
    return pick([f"{reg['abbr']}{reg['plate']}{sep}***{R.randint(10, 99)}",
                 f"{reg['abbr']}{reg['plate']}{sep}{R.randint(1, 9)}***{R.randint(0, 9)}",
                 f"{reg['abbr']}{reg['plate']}****{R.randint(0, 9)}"])


def f_amt(ctx):
    r = R.random()
    if r < 0.35:
        return f"{R.randint(3, 900) * 10}元"
    if r < 0.6:
        return f"{R.randint(1, 40)}.{R.randint(1, 99):02d}万元"
    if r < 0.75:
        return f"{R.randint(2, 60) * 100}余元"
    if r < 0.9:
        return f"{R.randint(100, 9999)}.{R.randint(0, 99):02d}元"
    return f"人民币{R.randint(1, 20)}万元"


def f_y1(ctx):
    return str(R.randint(2018, 2022))


def f_y2(ctx):
    return str(min(int(ctx.setdefault("y1", f_y1(ctx))) + R.randint(1, 3), 2024))


ORG_TITLES = [("", "局长"), ("", "主任"), ("", "书记"), ("", "科长"), ("", "所长"), ("", "队长"),
              ("县", "县长"), ("县", "副县长"), ("住建局", "局长"), ("城管局", "副局长"), ("人社局", "科长"),
              ("街道", "主任"), ("镇", "镇长"), ("社区", "书记"), ("医保局", "科长"), ("执法中队", "队长"),
              ("市场监管所", "所长"), ("卫生院", "院长"), ("物业", "经理"), ("", "站长"), ("县纪委", "书记")]


def f_title_sur(ctx):
    org, t = pick(ORG_TITLES)
    return org + pick(SURNAMES) + t


def f_dep_head(ctx):
    town = ctx.setdefault("town", pick(TOWNS))
    if town.endswith("街道"):
        return "办事处副主任"
    return "副乡长" if town.endswith("乡") else "副镇长"


def f_officeaddr(ctx):
    return ctx["_reg"]["county"] + pick(ROADS) + f"{R.randint(1, 300)}号" + pick(
        ["市民中心3楼", "行政服务中心二楼", "政务服务中心一楼大厅", "县委大院4号楼", "综合办公楼", "", "便民服务大厅"])


def f_shopaddr(ctx):
    return ctx["_reg"]["county"] + pick(ROADS) + f"{R.randint(1, 300)}号" + pick(["", "", "1楼", "商铺", "101室"])


def f_docno(ctx):
    c = ctx["_reg"]["county"][0]
    y, n = R.randint(2022, 2025), R.randint(1, 120)
    return pick([f"{c}政办发〔{y}〕{n}号", f"{c}纪发〔{y}〕{n}号", f"{c}人社发〔{y}〕{n}号",
                 f"{c}政规〔{y}〕{n}号", f"{c}建发〔{y}〕{n}号", f"{ctx['_reg']['abbr']}医保发〔{y}〕{n}号"])


def f_punish_no(ctx):
    c = ctx["_reg"]["county"][0]
    return f"{c}市监处罚〔{R.randint(2023, 2025)}〕{R.randint(1, 400)}号"


def f_complaint_no(ctx):
    return pick(AREA_CODES) + f"{R.randint(2023, 2025)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + \
        f"{R.randint(0, 999999):06d}"


def f_gov_email(ctx):
    return pick(["xxgk", "zwgk", "xfj", "jwjb", "bgs", "zwfw"]) + "@" + ctx["_reg"]["py"] + ".gov.cn"


def f_site(ctx):
    reg = ctx["_reg"]
    return pick([f"“{reg['app']}”App", f"{reg['county']}人民政府门户网站", "国家政务服务平台",
                 f"“{reg['city']}12345”微信小程序", f"{reg['prov']}政务服务网"])


def f_road2(ctx):
    while True:
        r = pick(ROADS)
        if r != ctx.get("road"):
            return r


def f_dept(ctx):
    d = pick(DEPTS)
    return (ctx["_reg"]["county"] + d) if R.random() < 0.5 else ("县" + d if R.random() < 0.4 else d)


def f_center(ctx):
    c = ctx["_reg"]["county"]
    return pick([f"{c}政务服务中心", f"{c}行政审批服务中心", f"{pick(TOWNS)}便民服务中心", f"{c}不动产登记中心",
                 f"{c}医保服务大厅", f"{c}社保服务中心", "县政务服务中心"])


def f_school(ctx):
    c = ctx["_reg"]["county"]
    return pick([f"{c}实验小学", f"{c}第二中学", f"{pick(TOWNS)}中心小学", "陶行知实验学校", "宋庆龄幼儿园",
                 "雷锋小学", f"{c}育才中学", "文华中学", "建华小学", "鲁迅中学", f"{c}城南初级中学"])


def f_hospital(ctx):
    c = ctx["_reg"]["county"]
    return pick([f"{c}人民医院", f"{c}中医院", f"{pick(TOWNS)}卫生院", f"{c}妇幼保健院", f"{c}第二人民医院"])


def f_company(ctx):
    c = ctx["_reg"]["county"][:-1] if len(ctx["_reg"]["county"]) > 2 else ctx["_reg"]["county"]
    if R.random() < 0.55:
        return fake.company()
    return pick([f"{c}恒通物业服务有限公司", f"{c}建工集团有限公司", f"{c}宏达置业有限公司",
                 f"{pick(SURNAMES)}氏家庭农场", f"老{pick(SURNAMES)}农机专业合作社",
                 f"{ctx['_reg']['city'][:-1]}华美装饰工程有限公司", f"{c}顺风客运有限公司"])


def f_shop(ctx):
    return pick(BRAND_SHOPS) + (f"（{pick(ROADS)}店）" if R.random() < 0.3 else "")


FILL = {
    "county": lambda c: c["_reg"]["county"], "city": lambda c: c["_reg"]["city"],
    "town": lambda c: pick(TOWNS), "village": lambda c: pick(VILLAGES), "estate": lambda c: pick(ESTATES),
    "road": lambda c: pick(ROADS), "road2": f_road2, "road_person": lambda c: pick(ROADS_PERSON),
    "sur_place": lambda c: pick(SUR_PLACES), "hist": lambda c: pick(HIST), "hist_place": lambda c: pick(HIST_PLACES),
    "brand_shop": f_shop, "shop": f_shop, "shop2": lambda c: pick(SHOP2), "famous_brand": lambda c: pick(FAMOUS_BRANDS),
    "netname": lambda c: pick(NETNAMES), "topic": lambda c: pick(TOPICS), "law": lambda c: pick(LAWS),
    "dept": f_dept, "dept2": f_dept, "bureau": lambda c: pick(BUREAUS), "pos": lambda c: pick(POS),
    "pos2": lambda c: pick(POS2), "pos_low": lambda c: pick(POS_LOW), "sub": lambda c: pick(SUBS),
    "scenic": lambda c: pick(SCENIC), "bank": lambda c: pick(BANKS),
    "branch": lambda c: pick([f"{c['_reg']['county']}支行", f"{pick(TOWNS)}分理处", "城南支行", "营业部"]),
    "bank_hot": lambda c: pick(BANK_HOT), "platform": lambda c: pick(PLATFORMS), "hot": lambda c: pick(HOTLINES),
    "report_phone": lambda c: f"{c['_reg']['area']}-12388",
    "postcode": lambda c: c["_reg"]["post"] + f"{R.randint(0, 9)}{R.randint(1, 9)}{R.randint(0, 9)}0",
    "center": f_center, "school": f_school, "hospital": f_hospital, "company": f_company,
    "date": f_date, "date2": f_date, "ym": lambda c: f"{R.randint(2023, 2025)}年{R.randint(1, 12)}月",
    "year": lambda c: str(R.randint(2023, 2025)), "y1": f_y1, "y2": f_y2,
    "byear": lambda c: str(R.randint(1958, 1992)), "bm": lambda c: str(R.randint(1, 12)),
    "time": lambda c: pick(["7时30分", "晚上9点", "22时", "凌晨1时", "下午3时", "上午10时"]),
    "amt": f_amt, "amt_s": lambda c: f"{R.randint(30, 3000)}.{R.randint(0, 99):02d}元",
    "food_shop": lambda c: pick(FOOD_SHOPS) + (f"（{pick(ROADS)}店）" if R.random() < 0.3 else ""), "fine": lambda c: str(pick([50, 100, 150, 200, 500])), "fee": lambda c: pick(["380", "400"]),
    "days": lambda c: pick(["3", "5", "7", "10", "15", "十五", "七"]), "num": lambda c: str(R.randint(2, 36)),
    "num2": lambda c: str(R.randint(2, 60)), "mon": lambda c: str(R.randint(1, 12)),
    "age": lambda c: str(R.randint(36, 92)), "kidage": lambda c: str(R.randint(12, 17)),
    "gender": lambda c: pick(["男", "女"]),
    "b": lambda c: str(R.randint(1, 32)), "g": lambda c: str(R.randint(1, 12)), "n": lambda c: str(R.randint(1, 300)),
    "window": lambda c: str(R.randint(1, 30)), "busno": lambda c: str(R.randint(1, 80)),
    "art": lambda c: pick(["十二", "二十", "三十四", "五十六", "六十一", "九十", "一百二十四"]),
    "last4": lambda c: f"{R.randint(0, 9999):04d}",
    "wo": f_wo, "credit": f_credit, "officephone": f_officephone, "masked": f_masked, "masked2": f_masked,
    "masked_plain": f_masked_plain, "mcore": f_mcore, "dep_head": f_dep_head, "masked_plain2": f_masked_plain, "masked_off": f_masked_off,
    "masked_rep": lambda c: pick(SURNAMES) + pick(["**", "XX", "某某", "×××"]), "masked_addr": f_masked_addr,
    "mask_mobile": f_mask_mobile, "mask_id": f_mask_id, "mask_plate": f_mask_plate,
    "title_sur": f_title_sur, "officeaddr": f_officeaddr, "shopaddr": f_shopaddr, "docno": f_docno,
    "punish_no": f_punish_no, "docno_gov": lambda c: f"{c['_reg']['county'][0]}政办发〔{R.randint(2022, 2025)}〕{R.randint(1, 120)}号", "complaint_no": f_complaint_no, "gov_email": f_gov_email, "site": f_site,
    "app": lambda c: c["_reg"]["app"],
}

# ----------------------------------------------------------------- templates
# (field, template[, weight])
POS_T = [
    # ---- summary: 12345 诉求
    ("summary", "市民{N}[（联系电话：{M}）|（电话{M}）|，联系电话{M}，]来电反映，{estate}地下车库[长期积水|排水不畅]，物业[不作为|推诿扯皮]，[要求|希望]相关部门督促处理。"),
    ("summary", "来电人{N}反映：其家住{A}，楼上住户装修噪音扰民，[晚上十点后|周末早上七点]仍在施工，诉求尽快协调。", 0.7),
    ("summary", "{N}来电称，其于{date}在{shop}消费时被多收费用{amt_s}，商家拒绝退还，[联系方式|回电号码]{M}。"),
    ("summary", "诉求人：{N}；联系电话：{M}；诉求内容：{road}与{road2}交叉口[红绿灯|信号灯]故障，早高峰拥堵严重。"),
    ("summary", "反映人{N}，身份证号{ID}，称其在{company}务工期间被拖欠工资{amt}，多次讨要无果。"),
    ("summary", "{N}反映其[母亲{N2}|父亲{NK}|岳母{N2}|爷爷{NK}]居住在{A}，房屋年久失修存在安全隐患，申请纳入危房改造。", 0.7),
    ("summary", "来电人称车牌号为{P}的[小型轿车|白色越野车|黑色SUV]长期占用{estate}消防通道，[要求处理|请求依法处理]。"),
    ("summary", "市民反映：{date}{time}许，一辆车牌为{P}的渣土车在{road}沿途抛洒，造成路面污染。"),
    ("summary", "{N}来信反映，其[儿子|女儿|孙子]{NK}在{school}就读，学校[违规收取资料费|强制订购教辅]，要求退费。"),
    ("summary", "诉求人{N}反映，单位将其工资发放至已注销的银行卡{C}，至今未重新发放。"),
    ("summary", "来电人{N}称，其用本人微信（微信号：{WX}）向某网店购买保健品后无法退款，被对方拉黑。"),
    ("summary", "{N}反映，有人冒用其身份信息（身份证号码{ID}）在{city}[注册|登记]了一家公司，要求核查[注销|撤销登记]。"),
    ("summary", "市民{N}（QQ：{QQ}）反映在网上参加刷单兼职被骗{amt_s}，已向派出所报案，希望加快侦办。"),
    ("summary", "来电人{N}，住{A}，反映小区电梯[频繁故障|多次困人]，物业维修不及时。", 0.7),
    ("summary", "{N}反映其在{bank}办理的银行卡{C}被无故冻结，影响领取养老金。"),
    ("summary", "投诉人{N}（电子邮箱：{E}）反映{company}虚假宣传，要求依法查处。"),
    ("summary", "网民{N}留言：我叫{N}，家住{A}，门口的路灯坏了[三个月|半年]没人修，晚上出门很不安全。", 0.7),
    ("summary", "{N}来电反映，邻居{N2}在{A}[私自搭建彩钢棚|违规加盖二层]，占用公共通道。", 0.7),
    ("summary", "来电人{N}反映其父亲{NK}（身份证号{ID}）的高龄津贴自{ym}起停发，请核实。"),
    ("summary", "诉求：{N}称其车牌号为{P}的轿车在{estate}内被剐蹭，希望物业调取监控。"),
    ("summary", "市民{N}反映，{village}村民{N2}长期在河道内倾倒建筑垃圾，联系电话{M}。"),
    ("summary", "{N}反映：本人系{company}员工，公司未依法缴纳社保，现申请劳动监察介入。联系方式：{M}。"),
    ("summary", "来电人：{N}　{M}。反映事项：{road}夜市油烟扰民。"),
    ("summary", "来电人反映其儿子{N}（{kidage}岁）于{date}离家未归，请求协助寻找，联系电话{M}。"),
    ("summary", "{N}称其在{platform}购买的机票被取消，平台拒绝全额退款，订单[绑定|预留]邮箱{E}。"),
    ("summary", "{N}反映物业公司将其车辆（{P}）列入黑名单，禁止进入{estate}。"),
    ("summary", "来电号码{M}，来电人未留姓名，反映{road}[路段|段]井盖缺失，存在安全隐患。"),
    ("summary", "来电人提供的车牌号码为{P}，车辆停放于{estate}{b}号楼下，已[半年未移动|长期占用公共车位]。"),
    ("summary", "{N}来电称其微信号{WX}被盗用，对方以其名义向亲友借钱，[已报警|请求协助处理]。"),
    ("summary", "{N}反映，其在{platform}购买的[电饭煲|空气炸锅|羽绒服]存在质量问题，商家留的QQ号{QQ}已无人回复。"),
    ("summary", "信访人{N2}、{N}夫妇反映，{company}开发的{estate}逾期交房已达{num}个月。"),
    ("summary", "群众{N}反映{village}{g}组村民{N2}家（{A}）的化粪池外溢，污染邻近水井。", 0.7),
    ("summary", "市民反映邮箱{E}频繁收到冒充{dept}的[诈骗邮件|钓鱼邮件]，请求核查。"),
    ("summary", "来电人{N}要求工作人员通过QQ{QQ}或邮箱{E}书面回复。"),
    ("summary", "{N}（{gender}，{age}岁）反映其在{hospital}住院期间被重复收取检查费，要求医保部门核查。"),
    ("summary", "家长{N}反映{school}[课后服务|午托]收费过高，[联系电话|手机]{M}。"),
    ("summary", "诉求人{N}反映其家（{A}）门前排水沟堵塞，[多次反映未果|雨天污水倒灌]。", 0.7),
    ("summary", "{N}反映：{date}，其驾驶的{P}在{road}被贴罚单，但当时系临时停车上下客，申请撤销处罚。"),
    ("summary", "{N}（{M}）：我是{village}的，去年种的玉米补贴到现在还没发，村里说等通知。"),
    ("summary", "来电人{N}反映在{shop}办理储值卡后门店关闭，预付款{amt_s}无法退还。"),
    # ---- outcome
    ("outcome", "经核实，{N}反映情况属实。{county}住房和城乡建设局已于{date}约谈物业负责人，要求限期整改，并[电话|致电]（{M}）回复来电人。"),
    ("outcome", "{dept}工作人员{N}于{date}联系诉求人，告知其工资争议可申请劳动仲裁，诉求人表示理解。"),
    ("outcome", "办理结果：已安排{town}网格员{N}上门核实，{A}门前的积水问题已于当日疏通。", 0.7),
    ("outcome", "承办单位回复：{N}反映的房屋漏水问题系楼上住户{N2}（{A}）卫生间防水层破损所致，经调解双方达成维修协议。", 0.7),
    ("outcome", "经查，车牌号{P}车辆确于{date}违停于{road}，交警部门已依法处以罚款{fine}元、记3分。"),
    ("outcome", "{N}的高龄津贴因系统信息比对异常暂停发放，现已恢复，补发款项已打入其银行卡{C}。"),
    ("outcome", "已退还{N}多收的费用{amt_s}，款项原路退回至其尾号{last4}的银行卡。"),
    ("outcome", "回访情况：回访人{N}，回访时间{date}，来电人{N2}对办理结果表示满意。"),
    ("outcome", "经{town}人民政府核实，{N}户（{A}）符合农村危房改造条件，已纳入{year}年改造计划。", 0.7),
    ("outcome", "经调查，{company}法定代表人{N}承认未按合同约定交付商品，已同意退款{amt_s}。"),
    ("outcome", "{county}[城市管理局|综合行政执法局]已责令{N}于{days}日内自行拆除[违法建筑|违建]，逾期将依法强制拆除。"),
    ("outcome", "办结意见：诉求人{N}（身份证号{ID}）的失业保险金申领材料已补齐，自{ym}起按月发放。"),
    ("outcome", "经核查，{N}之子{NK}符合{school}[学区|施教区]入学条件，学校已通知其于{date}办理入学手续。"),
    ("outcome", "社区工作人员{N}（联系电话{M}）已上门为老人办理居家养老服务登记。"),
    ("outcome", "联系来电人{N}时，其表示问题已[解决|自行解决]，同意结案。"),
    ("outcome", "已与{N}取得联系，经协调，开发商同意在{mon}月底前为其办理不动产权证。"),
    ("outcome", "{N}反映的欠薪问题，经劳动保障监察大队调解，用人单位已将{amt}转至其银行账户{C}。"),
    ("outcome", "经查，QQ号{QQ}系诈骗分子使用账号，已移交公安机关处理，同时提醒{N}注意防范。"),
    ("outcome", "信访人{N}：你于{date}提出的信访事项收悉。经调查核实，你所反映的{village}土地承包问题[基本属实|部分属实|不属实]。"),
    ("outcome", "{N}，[女|男]，{byear}年出生，住{A}。你于{date}向本机关提出信访事项，现答复如下：", 0.7),
    ("outcome", "信访人：{N}，[男|女]，身份证号码：{ID}，住址：{A}。", 0.7),
    ("outcome", "申请人{N}（住{A}）不服{dept}作出的[信访事项处理意见|行政处罚决定]，现依法作出复查意见。", 0.7),
    ("outcome", "经查，来电人所述车牌为{P}的出租车司机{N}存在拒载行为，已对其处以罚款{fine}元。"),
    ("outcome", "已督促物业公司经理{N}对{estate}{b}栋外墙脱落问题进行维修。"),
    ("outcome", "人大代表{N}提出的《关于加强{village}道路安全设施建设的建议》收悉，现答复如下："),
    ("outcome", "尊敬的{N}代表：您提出的关于{topic}的建议收悉，我局高度重视，现将办理情况答复如下。"),
    ("outcome", "{N}委员：您提出的《关于{topic}的提案》已由我局会同{dept}办理，现答复如下。"),
    ("outcome", "市场监管局回复：投诉人{N}与{shop}的消费纠纷，经调解，商家同意退还{amt_s}。"),
    ("outcome", "经调解，被投诉方负责人{N}同意为消费者{N2}更换同型号[冰箱|洗衣机|热水器]一台。"),
    ("outcome", "医保局回复：参保人{N}（社会保障号码{ID}）{year}年度住院费用已按规定报销。"),
    ("outcome", "人社局答复：{N}反映{company}拖欠工资一事，经查该公司实际控制人{N2}已于{date}补发工资。"),
    ("outcome", "教育局回复：{N}家长反映的学生{NK}转学问题，已协调{school}接收。"),
    ("outcome", "住建局答复：经现场核查，{A}所在楼栋外墙保温层脱落，已通知物业于{date}前完成修复。", 0.7),
    ("outcome", "城管局回复：{A}[旁|后院]的违章建筑已于{date}拆除完毕。", 0.7),
    ("outcome", "{N}，你好！你反映的问题我们已转交{town}处理，如有疑问请拨打{officephone}。"),
    ("outcome", "{N}（{age}岁，住{A}）于{date}申请临时救助，经审核发放救助金{amt_s}。", 0.7),
    ("outcome", "受理编号{wo}：{N}与{company}劳动争议一案，已于{date}组织调解。"),
    ("outcome", "车牌号{P}的车辆已于{date}解除违停锁定，车主{N}已缴纳罚款。"),
    ("outcome", "经查，{N}与{N2}系邻里纠纷，由{town}司法所组织调解，双方签订调解协议。"),
    ("outcome", "{date}，执法人员在日常巡查中发现{N}经营的{shop2}未公示食品经营许可证，已责令改正。"),
    ("outcome", "收款账户：{N}，账号{C}，开户行：{bank}{branch}。"),
    ("outcome", "经核实，户主{N}（身份证号{ID}）家庭人均收入低于当地低保标准，同意纳入低保。"),
    ("outcome", "个体工商户{N}（{shop2}，经营地址：{shopaddr}）未按规定明码标价，被{dept}予以警告。"),
    ("outcome", "{hospital}已为{N}办理退费{amt_s}，退费至其尾号{last4}的医保卡。"),
    ("outcome", "答复：{N}同志，经查，您父亲{NK}的退役军人优待证已制发，请到{town}退役军人服务站领取。"),
    # ---- action: 整改/回访/差评
    ("action", "差评整改：针对办事群众{N}反映窗口人员态度生硬问题，{center}已对当班工作人员{N2}进行批评教育，并于{date}回访。"),
    ("action", "整改措施：由{dept}{pos_low}{N}牵头，三个工作日内完成对{A}房屋的安全鉴定。", 0.7),
    ("action", "回访记录：{date}电话回访{N}（{M}），其对整改结果表示[基本满意|满意]。"),
    ("action", "已安排客服专员{N}对接，并通过邮箱{E}向投诉人发送退款凭证。"),
    ("action", "处置情况：城管执法队员{N}、{N2}到场，责令占道经营摊主{N3}立即清理。"),
    ("action", "针对{N}的差评，窗口负责人{N2}已主动致电说明情况并致歉。"),
    ("action", "整改情况：已为{N}补办营业执照，并将办理进度通过微信（{WX}）告知本人。"),
    ("action", "已将{N}的医保转移接续手续办结，报销款{amt_s}打入其尾号为{last4}的社保卡。"),
    ("action", "落实人：{N}；完成时限：{date}；整改情况：已完成路面修补。"),
    ("action", "承办人：{N}，联系电话：{M}。"),
    ("action", "联系人：{N}，手机：{M}，邮箱：{E}。"),
    ("action", "差评回访：{date}，{center}副主任{N}带队上门回访差评人{N2}，当面听取意见建议。"),
    ("action", "整改责任人{N}已对{estate}{b}栋漏水点进行封堵，并将处理照片发送至业主邮箱{E}。"),
    ("action", "已通知车主{N}（{P}）于{days}日内到{road}交警中队接受处理。"),
    ("action", "现场核查人员：{N}、{N2}；核查地点：{A}；核查结论：反映问题属实。", 0.7),
    ("action", "由{town}包村干部{N}负责跟踪督办，确保{village}{g}组饮水问题于{mon}月底前解决。"),
    ("action", "工作人员已将补办的社保卡邮寄至{N}家中（{A}），请注意查收。", 0.7),
    ("action", "已将退款{amt_s}转入投诉人{N}提供的银行账户{C}，投诉人确认收到。"),
    ("action", "好差评整改：{N}在{center}办理公积金提取时等候时间过长，已增设窗口，由{N2}专人负责。"),
    # ---- notice: 纪委监委
    ("notice", "{county}{bureau}原党组成员、副局长{N}违规收受礼品礼金问题。{y1}年至{y2}年，{N}多次收受管理服务对象所送购物卡、礼金共计{amt}。{N}受到党内严重警告处分，违纪所得被收缴。"),
    ("notice", "{town}{village}党支部书记{N}优亲厚友问题。{year}年，{N}在低保评审中，违规将其妻弟{N2}纳入低保对象。{N}受到党内警告处分，违规发放资金已追回。"),
    ("notice", "{county}{bureau}干部{N}违规操办婚丧喜庆事宜问题。{date}，{N}为其子操办婚宴，宴请管理服务对象并收受礼金。{N}受到政务记过处分。"),
    ("notice", "{county}人民医院原副院长{N}收受医疗器械供应商回扣问题。{N}受到开除党籍处分，涉嫌犯罪问题移送检察机关依法审查起诉。"),
    ("notice", "{county}{bureau}{pos}{N}公车私用问题。{date}，{N}驾驶公务车辆（车牌号{P}）前往{scenic}游玩。{N}受到诫勉谈话处理。"),
    ("notice", "{town}党委委员、{dep_head}{N}在[防汛|森林防火|安全生产]工作中履职不力问题。{N}受到党内警告处分。"),
    ("notice", "{town}财政所工作人员{N}挪用公款问题。{year}年，{N}利用职务便利，将公款{amt}转入其个人银行账户（{C}）用于个人消费。", 0.6),
    ("notice", "{county}市场监管局{sub}科长{N}、科员{N2}在食品安全监管中失职失责问题。{N}受到政务警告处分，{N2}受到批评教育。"),
    ("notice", "关于{N}同志严重违纪违法问题的通报：{N}，[男|女]，{byear}年{bm}月出生，{county}{bureau}原{pos_low}。"),
    ("notice", "{village}村委会主任{N}侵占集体资金问题。经查，{N}虚报冒领土地补偿款{amt}。{N}受到开除党籍处分，并被罢免村委会主任职务。"),
    ("notice", "{county}住建局工作人员{N}违规接受宴请问题。{date}，{N}接受施工方老板{N2}安排的宴请。{N}受到党内警告处分。"),
    ("notice", "{N}，{county}{bureau}原党组书记、局长，因严重违纪违法，被开除党籍和公职。"),
    ("notice", "{county}纪委监委对{town}社保经办员{N}违规办理养老保险问题进行立案审查。"),
    ("notice", "{county}{bureau}办公室主任{N}违规发放津贴补贴问题。{y1}年至{y2}年，经{N}审批，该局以加班费名义违规发放补贴{amt}。{N}受到党内警告处分。"),
    ("notice", "{N}（{county}教育局原副局长）在招生工作中违规打招呼问题，受到党内严重警告处分。"),
    ("notice", "经查，{N}在担任{town}{pos2}期间，利用职务便利为其亲属{N2}承揽工程提供帮助。"),
    ("notice", "{county}城管局执法中队队员{N}向摊贩{N2}索要财物问题。{N}受到政务记大过处分。"),
    ("notice", "{county}自然资源局{town}自然资源所原所长{N}违规审批宅基地问题。{N}受到撤销党内职务处分。"),
    ("notice", "{county}纪委监委[通报|公开通报]：{town}{village}原文书{N}贪污扶贫资金{amt}，被开除党籍，涉嫌犯罪问题移送司法机关。"),
    ("notice", "{county}医保局职工{N}违规操作医保系统为亲属报销问题。{N}受到政务记过处分，违规报销资金{amt}已全部追回。"),
    ("notice", "{N}，{county}{bureau}原副局长，涉嫌严重违纪违法，目前正接受{county}纪委监委纪律审查和监察调查。"),
    ("notice", "{town}{village}原党支部书记{N}、原村委会主任{N2}在村级工程中弄虚作假问题。二人分别受到党内严重警告、党内警告处分。"),
    # ---- long positives
    ("summary", "工单编号：{wo}；来电时间：{date}；来电人：{N}；联系电话：{M}；诉求内容：{estate}{b}栋楼顶水箱漏水，导致顶楼住户墙体发霉，物业以维修基金未到位为由拖延；承办单位：{dept}。"),
    ("outcome", "{N}：你于{date}通过{hot}热线反映{village}{g}组土地被占用问题，本机关已依法受理。经调查，{company}在未取得用地批准的情况下占用集体土地{num}亩，自然资源和规划局已立案查处，责令其退还土地并恢复原状。"),
    ("notice", "{county}{bureau}原党组书记、局长{N}严重违纪违法问题。经查，{N}违反中央八项规定精神，多次接受可能影响公正执行公务的宴请；利用职务便利在工程承揽、项目审批等方面为他人谋取利益，非法收受他人财物共计{amt}。{N}受到开除党籍、开除公职处分，涉嫌犯罪问题移送检察机关。"),
    ("action", "差评编号{wo}：办事群众{N}于{date}在{center}办理不动产转移登记，因材料不全被要求二次跑腿，给予“非常不满意”评价。整改情况：已对首问窗口工作人员{N2}进行约谈，推行一次性告知制度，并于{date2}电话回访，群众表示认可。"),
    ("outcome", "投诉人{N}（电话{M}）于{date}在{food_shop}购买食品后发现超过保质期，向市场监管部门投诉。经调查，该店负责人{N2}对销售过期食品的事实无异议，经组织调解，双方自愿达成协议，由商家退还货款并赔偿{amt_s}。"),
    ("outcome", "{N}代表：您提出的《关于{topic}的建议》收悉。感谢您对我县工作的关心和支持。近年来，我局围绕该项工作先后出台了一系列政策措施，取得了一定成效。下一步，我们将认真吸纳您的意见建议。联系人：{N2}，联系电话：{officephone}。"),
    ("summary", "{N}来电反映：其居住的{A}自{date}起频繁停水，每次停水前无任何通知，家中有{age}岁老人和婴儿，生活极为不便，多次联系供水公司均未得到答复，诉求尽快查明原因并恢复正常供水。", 0.7),
    ("outcome", "经{county}劳动保障监察大队调查，{company}拖欠{N}等{num}名农民工工资共计{amt}。监察大队已于{date}下达《劳动保障监察责令改正决定书》，目前工资已全额支付，其中{N}的工资已转入其本人银行卡{C}。"),
    ("notice", "{county}纪委监委通报：{town}{village}原党支部书记{N}在{y1}年至{y2}年担任村党支部书记期间，利用职务便利，采取虚列支出、虚报冒领等方式套取村集体资金{amt}，用于个人开支。{N}受到开除党籍处分，违纪所得已被收缴。"),
]

CLEAN_T = [
    # ---- summary
    ("summary", "市民{mcore}来电反映，{road_person}与{road}交叉口信号灯配时不合理，早晚高峰拥堵。"),
    ("summary", "{masked}反映{estate}物业费上涨未经业主大会表决，要求核查。"),
    ("summary", "来电人反映{brand_shop}门店存在缺斤少两问题，要求市场监管部门查处。"),
    ("summary", "诉求人（姓名已隐去）反映{road_person}沿线人行道破损，多处地砖松动。"),
    ("summary", "工单编号：{wo}；诉求类别：城市管理；诉求内容：{road}夜间施工噪音扰民。"),
    ("summary", "{masked}（联系电话：{mask_mobile}）反映小区二次供水水箱清洗不及时。"),
    ("summary", "匿名来电反映{company}未与员工签订劳动合同，拖欠{mon}月份工资。"),
    ("summary", "网民“{netname}”留言反映{hist_place}周边节假日停车难。"),
    ("summary", "来电人反映在{food_shop}购买的[月饼|粽子|熟食]已过保质期，要求[退一赔十|依法赔偿]。"),
    ("summary", "{masked}反映其租住的{estate}房屋押金{amt_s}未退还。"),
    ("summary", "市民来电称{village}附近养殖场异味严重，影响周边居民生活。"),
    ("summary", "来电反映{road_person}{busno}路公交站台顶棚破损，雨天无法避雨。"),
    ("summary", "{masked}反映：{sur_place}至{county}的城乡公交班次减少，出行不便。"),
    ("summary", "来电人反映{estate}{b}栋楼道堆放杂物，存在消防隐患。"),
    ("summary", "{masked}反映在{center}办理不动产登记需多次跑腿。"),
    ("summary", "{masked}来电咨询{year}年城乡居民医保缴费标准及缴费渠道。"),
    ("summary", "来电人咨询[新生儿落户|居住证办理|身份证异地换领]需要准备哪些材料，{dept}已于{date}告知相关政策。"),
    ("summary", "{masked}来电反映{village}{g}组通组道路坑洼不平，希望硬化。"),
    ("summary", "{masked}反映：购买的{famous_brand}产品疑似假冒，经鉴定为正品，已向来电人解释。"),
    ("summary", "来电人称在{food_shop}就餐后腹泻，市场监管所已对该店进行抽检，结果合格。"),
    ("summary", "{masked_plain}、{masked_plain2}等{num}人反映{company}拖欠工资问题。"),
    ("summary", "{masked}反映{school}门口上下学时段交通拥堵，建议增设护学岗。"),
    ("summary", "网民“{netname}”：{sur_place}高速出口到城区的路灯晚上不亮，能不能修一下？"),
    # ---- outcome
    ("outcome", "经核实，{masked}反映情况属实，[{county}住房和城乡建设局|县住建局|{town}]已责令物业公司于{date}前完成整改，并电话回复来电人，来电人表示满意。"),
    ("outcome", "{dept}回复：该问题已转{town}人民政府办理，办理时限为{days}个工作日。"),
    ("outcome", "经现场核查，{road_person}{n}号附近缺失井盖已补装，道路恢复通行。"),
    ("outcome", "办理结果：已联系{title_sur}，协调{company}于{date}前支付拖欠款项{amt}。"),
    ("outcome", "经调解，{brand_shop}同意为{masked}办理退货退款，共计{amt_s}。"),
    ("outcome", "依据《{law}》第{art}条规定，对当事人{company}作出罚款{amt}的行政处罚。"),
    ("outcome", "行政处罚决定书文号：{punish_no}；当事人：{company}；统一社会信用代码：{credit}；法定代表人：{masked_plain}。"),
    ("outcome", "来电人{mcore}对办理结果不满意，要求重新办理，已退回承办单位。"),
    ("outcome", "回访情况：{date}电话回访来电人，来电人对办理结果表示[满意|基本满意]。"),
    ("outcome", "该诉求已由{dept}{title_sur}签收，正在办理中，预计{date}前办结。"),
    ("outcome", "经核实，{estate}{b}栋电梯已完成年度检验，检验结论为合格，可正常使用。"),
    ("outcome", "已协调{bank}{branch}为{masked}解除账户[冻结|止付]，资金可正常使用。"),
    ("outcome", "如对本答复不服，可自收到本意见书之日起30日内向{county}人民政府申请复查。"),
    ("outcome", "经查，来电人所述车牌{mask_plate}车辆已于{date}被依法处理。"),
    ("outcome", "身份证号为{mask_id}的参保人员医保待遇已恢复，可正常结算。"),
    ("outcome", "办理结果：{masked}的养老保险关系转移已办结，款项已转入其尾号{last4}的社保卡。"),
    ("outcome", "{masked}于{date}申请的最低生活保障，经入户调查、民主评议，符合条件，自{ym}起享受低保待遇。"),
    ("outcome", "经查询，该工单（编号{wo}）已于{date}办结，满意度评价为“满意”。"),
    ("outcome", "投诉举报编号：{complaint_no}；被投诉人：{company}；处理结果：调解成功，挽回经济损失{amt}。"),
    ("outcome", "{masked}：你反映的问题我们已收悉，已转{dept}调查处理，请耐心等待。"),
    ("outcome", "经查，反映{town}干部{masked_off}违规经商问题不属实，予以澄清正名。"),
    ("outcome", "{masked}家中（{masked_addr}）[漏水|墙面渗水]问题已协调[物业|施工单位]维修完毕。"),
    ("outcome", "经营者：{brand_shop}；经营场所：{shopaddr}；处理结果：责令改正，予以警告。"),
    ("outcome", "您反映的{hist_place}周边环境卫生问题，{town}已组织人员清理。"),
    ("outcome", "教育局答复：{school}今年秋季招生计划已于{date}在“{county}教育发布”公众号公示。"),
    ("outcome", "医保局答复：{county}城乡居民医保个人缴费标准为每人每年{fee}元，可通过{bank}手机银行缴纳。"),
    ("outcome", "人社局答复：{company}已于{date}补缴欠缴社保费{amt}，相关人员权益已恢复。"),
    ("outcome", "住建局答复：{estate}已完成老旧小区改造项目立项，计划于{year}年开工。"),
    ("outcome", "城管局答复：{road_person}沿线占道经营问题已纳入常态化管控。"),
    ("outcome", "来电人{mcore}反映的{road}路灯不亮问题，已由路灯所于{date}修复。"),
    ("outcome", "市场监管局答复：经检查，{brand_shop}（统一社会信用代码{credit}）已整改到位。"),
    ("outcome", "关于{topic}的建议（第{num}号），我局已会同{dept}研究办理，答复类别为A类。"),
    ("outcome", "尊敬的{masked_rep}代表：您提出的关于{topic}的建议收悉，现答复如下。"),
    ("outcome", "经查，{village}{g}组{mcore}户房屋已列入{year}年危房改造名单。"),
    ("outcome", "{masked}反映的{sur_place}方向客运班线停运问题，交通运输局已协调恢复每日{num}班。"),
    # ---- action
    ("action", "整改措施：一是加强{center}窗口人员服务礼仪培训；二是严格落实首问负责制；三是[每月|每季度]通报差评整改情况。"),
    ("action", "针对“好差评”系统中{masked}的差评，{center}已组织专题整改，并于{date}完成回访。"),
    ("action", "已安排{title_sur}带队对{road_person}沿线流动摊点开展集中整治，清理占道经营{num}处。"),
    ("action", "{dept}联合{dept2}对{food_shop}开展检查，发现后厨卫生不达标，已责令停业整改。"),
    ("action", "下一步，我局将继续加大对{road_person}区域的巡查力度，防止问题反弹。"),
    ("action", "已对{mask_plate}车主进行批评教育，并依法处以罚款{fine}元。"),
    ("action", "已在{hist_place}周边增设临时停车泊位{num}个，并安排专人疏导交通。"),
    ("action", "请于{date}前登录{site}或携带身份证、户口簿到{center}{window}号窗口办理。"),
    ("action", "{center}地址：{officeaddr}，邮编{postcode}，咨询电话{officephone}。"),
    ("action", "群众可拨打{hot}热线或通过“{county}12345”微信公众号反映问题。"),
    ("action", "公示期间如有异议，请向{dept}反映，联系电话{officephone}，电子邮箱{gov_email}。", 0.5),
    ("action", "差评回访：{date}，{center}{title_sur}带队上门回访，差评人对整改结果表示认可。"),
    ("action", "已督促{company}于{date}前完成{estate}{b}栋外墙修复，{county}住房和城乡建设局将跟踪督办。"),
    ("action", "由{town}包村干部负责跟踪督办，确保{village}{g}组饮水问题于{mon}月底前解决。"),
    ("action", "责任单位：{dept}；责任人：{title_sur}；完成时限：{date}。"),
    ("action", "{bank}客服热线{bank_hot}；{county}医保服务热线{officephone}。"),
    ("action", "{masked}反映的问题已整改，整改照片已上传至{hot}工单系统（工单号{wo}）。"),
    # ---- notice
    ("notice", "{county}{bureau}原党组成员、副局长{masked_off}违规收受礼品礼金问题。{y1}年至{y2}年，{masked_off}多次收受管理服务对象所送购物卡，共计{amt}。{masked_off}受到党内警告处分。"),
    ("notice", "{county}纪委监委通报{num}起违反中央八项规定精神典型问题。"),
    ("notice", "{town}{village}原党支部书记{masked_off}截留挪用惠民资金问题。{masked_off}受到开除党籍处分。"),
    ("notice", "{title_sur}在会上强调，要以案为鉴、以案促改，持续释放越往后越严的强烈信号。"),
    ("notice", "上述{num}起问题中，有关党员干部分别受到党纪政务处分，违纪违法所得{amt}已全部收缴。"),
    ("notice", "各级党员干部要以{hist}同志为榜样，始终把群众安危冷暖放在心上。"),
    ("notice", "通报指出，{y1}年以来，全县共查处违规吃喝问题{num}起，处理{num2}人。"),
    ("notice", "{county}纪委监委举报电话：{report_phone}，来信地址：{officeaddr}，邮编{postcode}。"),
    ("notice", "{company}因未按规定公示年度报告，被列入经营异常名录，统一社会信用代码{credit}。"),
    ("notice", "《{county}纪委监委关于{num}起违反中央八项规定精神问题的通报》（{docno}）已印发。"),
    ("notice", "{date}，{county}召开警示教育大会，通报{town}{pos2}{masked_off}等{num}人违纪违法案件。"),
    ("notice", "{county}{bureau}党组[书记|主要负责人]履行全面从严治党主体责任不力，被{county}纪委监委约谈。"),
    ("notice", "{hist_place}修缮工程已于{date}完工，{county}文化广电和旅游局组织验收合格。"),
    ("notice", "{county}召开学习{hist}精神座谈会，{title_sur}主持会议。"),
    ("notice", "群众可通过12388举报电话、“{county}清风”微信公众号等渠道反映问题。"),
    ("notice", "{county}人民政府办公室{date}印发{docno_gov}，进一步做好{topic}工作。"),
    ("notice", "{county}纪委监委公开通报：{town}原{dep_head}{masked_off}（正科级）违规收受红包问题，{masked_off}受到党内警告处分。"),
    ("notice", "{county}某局干部{masked_off}违规驾驶公车问题。{date}，{masked_off}驾驶{mask_plate}公务车辆办理私事，受到诫勉处理。"),
    # ---- long clean
    ("summary", "工单编号：{wo}；来电时间：{date}；来电人：{masked}；联系电话：{mask_mobile}；诉求内容：{estate}{b}栋楼顶水箱漏水，导致顶楼住户墙体发霉；承办单位：{dept}；办理状态：已办结。"),
    ("notice", "{county}{bureau}原党组书记、局长{masked_off}严重违纪违法问题。经查，{masked_off}违反中央八项规定精神，多次接受可能影响公正执行公务的宴请；利用职务便利在工程承揽、项目审批等方面为他人谋取利益，非法收受他人财物共计{amt}。{masked_off}受到开除党籍、开除公职处分。"),
    ("action", "近年来，{county}深入学习弘扬{hist}精神，以{road_person}片区改造为抓手，累计改造老旧小区{num}个、惠及居民{num2}00余户，群众满意度明显提升。下一步，将继续推进{estate}等小区改造工作。"),
    ("outcome", "{masked_rep}代表：您提出的《关于{topic}的建议》收悉。感谢您对我县工作的关心和支持。近年来，我局先后出台了一系列政策措施，取得了一定成效。下一步，我们将认真吸纳您的意见建议。联系单位：{dept}，联系电话：{officephone}。"),
    ("outcome", "行政处罚决定书（{punish_no}）：当事人{company}，统一社会信用代码{credit}，住所{shopaddr}。经查，当事人在{road_person}门店销售超过保质期的食品，违反了《{law}》相关规定，决定给予警告并处罚款{amt}。"),
    ("outcome", "{date}，{dept}接到{hot}热线转办工单（编号{wo}），反映{village}{g}组附近企业夜间排放异味。执法人员于当日赶赴现场核查，未发现异常排放行为，已将核查结果反馈来电人{mcore}，来电人表示认可。"),
    ("notice", "{county}纪委监委通报：{town}{village}原党支部书记{masked_off}在{y1}年至{y2}年担任村党支部书记期间，采取虚列支出、虚报冒领等方式套取村集体资金{amt}，用于个人开支。{masked_off}受到开除党籍处分。"),
]


# ----------------------------------------------------------------- rendering
SLOT = re.compile(r"\{(\w+)\}")
ALT = re.compile(r"\[([^\[\]]*)\]")


def new_ctx():
    prov, abbr, app, post, cities = pick(REGIONS)
    city, letter, area, counties = pick(cities)
    county, py = pick(counties)
    return {"_reg": dict(prov=prov, abbr=abbr, app=app, post=post, city=city, plate=letter,
                         area=area, county=county, py=py)}


def render(tpl):
    ctx = new_ctx()
    t = ALT.sub(lambda m: pick(m.group(1).split("|")), tpl)
    out, labels, pos = [], [], 0
    last = 0
    for m in SLOT.finditer(t):
        lit = t[last:m.start()]
        out.append(lit)
        pos += len(lit)
        key = m.group(1)
        base = re.sub(r"\d+$", "", key)
        if base in LABEL_GEN:
            kind, gen = LABEL_GEN[base]
            if key not in ctx:
                ctx[key] = gen(ctx)
            val = ctx[key]
            labels.append({"start": pos, "end": pos + len(val), "kind": kind})
        else:
            if key not in ctx:
                ctx[key] = FILL[key](ctx)
            val = ctx[key]
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(t[last:])
    return "".join(out), labels


# ----------------------------------------------------------------- validation
PLATE_RE = re.compile(rf"[{PLATE_PROV}][A-HJ-NP-Z]·?[A-HJ-NP-Z0-9]{{5,6}}")


def valid_id(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if id_check(s[:17]) != s[17]:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return 1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= 31


def problems(text, labels):
    errs = []
    spans = sorted((l["start"], l["end"]) for l in labels)
    for a, b in zip(spans, spans[1:]):
        if a[1] > b[0]:
            errs.append("overlap")
    by_val = {}
    for l in labels:
        by_val.setdefault(text[l["start"]:l["end"]], set()).add(l["start"])
    for v, starts in by_val.items():
        occ = {m.start() for m in re.finditer("(?=" + re.escape(v) + ")", text)}
        if occ != starts:
            errs.append(f"unlabelled occurrence of {v}")
    # mask labelled spans, then look for personal-data shapes left unlabelled
    chars = list(text)
    for l in labels:
        for i in range(l["start"], l["end"]):
            chars[i] = "#"
    rest = "".join(chars)
    if re.search(r"(?<![\d*])1[3-9]\d{9}(?!\d)", rest):
        errs.append("unlabelled mobile shape")
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])", rest):
        if valid_id(m.group()):
            errs.append("unlabelled id shape")
    for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", rest):
        if luhn_ok(m.group()):
            errs.append("unlabelled luhn run")
    for m in re.finditer(r"[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+", rest, re.A):
        if not m.group().endswith(".gov.cn"):
            errs.append("unlabelled email")
    if PLATE_RE.search(rest):
        errs.append("unlabelled plate shape")
    if not (20 <= len(text) <= 150):
        errs.append(f"length {len(text)}")
    for l in labels:
        v = text[l["start"]:l["end"]]
        k = l["kind"]
        if k == "id":
            assert valid_id(v), v
        if k == "card":
            assert 16 <= len(v) <= 19 and v.isdigit() and luhn_ok(v), v
        if k == "mobile":
            assert re.fullmatch(r"1[3-9]\d{9}", re.sub(r"[ -]", "", v)), v
    return errs


def allocate(templates, total):
    w = [t[2] if len(t) > 2 else 1.0 for t in templates]
    s = sum(w)
    raw = [total * x / s for x in w]
    cnt = [int(x) for x in raw]
    rem = sorted(range(len(raw)), key=lambda i: raw[i] - cnt[i], reverse=True)
    for i in rem[: total - sum(cnt)]:
        cnt[i] += 1
    return cnt


def build():
    rows, seen = [], set()
    for prefix, temps, total in (("p", POS_T, N_POS), ("c", CLEAN_T, N_CLEAN)):
        tids = [f"{prefix}{i + 1:03d}" for i in range(len(temps))]
        assert len(set(t[1] for t in temps)) == len(temps), "duplicate template"
        for tid, t, k in zip(tids, temps, allocate(temps, total)):
            field, tpl = t[0], t[1]
            made = 0
            tries = 0
            while made < k:
                tries += 1
                if tries > 400:
                    raise RuntimeError(f"cannot fill {tid}: {tpl}")
                text, labels = render(tpl)
                if text in seen:
                    continue
                errs = problems(text, labels)
                if errs:
                    if tries > 200:
                        print("retry", tid, errs, text)
                    continue
                if prefix == "p":
                    assert labels, tid
                else:
                    assert not labels, tid
                for l in labels:
                    assert text[l["start"]:l["end"]]  # non-empty
                seen.add(text)
                rows.append({"field": field, "labels": labels, "shape": f"outside5-{tid}", "text": text})
                made += 1
    R.shuffle(rows)
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            for l in r["labels"]:
                assert r["text"][l["start"]:l["end"]]
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = Counter(l["kind"] for r in rows for l in r["labels"])
    clean = sum(1 for r in rows if not r["labels"])
    lens = [len(r["text"]) for r in rows]
    print("path", OUT)
    print("sentences", len(rows), "clean", clean, "with PD", len(rows) - clean)
    print("labels", dict(kinds), "total", sum(kinds.values()))
    print("templates", len({r["shape"] for r in rows}), "(pos", len(POS_T), "clean", len(CLEAN_T), ")")
    print("fields", dict(Counter(r["field"] for r in rows)))
    print("length min/max/mean", min(lens), max(lens), round(sum(lens) / len(lens), 1))


if __name__ == "__main__":
    main()
