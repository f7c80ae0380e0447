#!/usr/bin/env python3
"""Independent test corpus (fresh3) for a personal-data detector on a county
12345 hotline / 机关效能投诉 transparency portal.  All templates hand-written."""
import json, random, re
from faker import Faker

SEED = 20240613
rng = random.Random(SEED)
fake = Faker("zh_CN")
fake.seed_instance(SEED)
OUT = str(__import__("pathlib").Path(__file__).with_suffix(".jsonl"))

# ----------------------------------------------------------------- value lists
COMMON_SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔向汤赖温古兰")
RARE_SURNAMES = list("揭覃冼暨郦佘亓逄甄邝濮缪晏阚巫鄢敖眭游") + ["钭", "蒯", "仝", "訾"]
COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "令狐", "慕容", "司徒", "皇甫", "夏侯", "端木", "公孙", "尉迟", "宇文", "东方"]
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂华琴兰萍红玲斌鹏辉婷宇浩凯健俊帆旭宁龙林欢阳建亮成飞彬峰英梅莉云燕鑫毅")
GIVEN2 = ["建国", "建华", "国庆", "春花", "红梅", "秀英", "桂兰", "志强", "文明", "平安", "海燕", "金凤", "德胜",
          "永红", "光明", "和平", "卫东", "振华", "爱民", "富贵", "来福", "小红", "晓东", "子涵", "雨萱", "浩然",
          "梓轩", "一鸣", "思远", "安然", "建设", "胜利", "长生", "福生", "水生", "冬梅", "春生", "秋菊", "新民",
          "解放", "向阳", "高峰", "美丽", "幸福", "跃进", "前进", "援朝", "红旗", "海洋", "天明", "国华", "玉兰"]

MASK_SUFFIX = ["某", "某某", "**", "XX", "××", "某甲", "某乙", "*", "某某（女）", "某（男）"]
HONOR_TITLES = ["女士", "先生", "科长", "局长", "师傅", "老师", "阿姨", "大爷", "主任", "经理", "书记", "队长", "站长", "同志", "大姐", "奶奶"]

TOWNS = ["黄坑乡", "周田镇", "高兴镇", "龙口镇", "江口镇", "梅窖镇", "杰村乡", "崇贤乡", "方太乡", "樟木乡",
         "古龙岗镇", "埠头乡", "社富乡", "潋江镇", "长冈乡", "丰山乡", "高田镇", "小松镇", "屏山镇", "木兰乡"]
VILLAGES = ["石门", "高田", "黄沙", "严坑", "东风", "莲塘", "上堡", "王屋", "李家坊", "刘屋", "罗田", "曾坊",
            "谢屋", "钟坑", "大坪", "新圩", "长岭", "江背", "杨梅", "白石"]
ROADS = ["向阳路", "长安街", "人民路", "解放路", "红旗大道", "建设路", "文明路", "胜利路", "和平路", "黄金大道",
         "迎宾大道", "环城北路", "滨江大道", "健康路", "东门路", "长征大道", "将军大道", "振兴路"]
ESTATES = ["阳光花园", "锦绣华庭", "幸福家园", "金色港湾", "翠苑", "碧桂园", "滨江一号", "东方明珠苑", "和谐新村",
           "书香门第", "江景豪庭", "紫荆苑", "南门新村", "福馨园", "状元府", "凤凰城", "万象城", "金山花园"]
COUNTIES = ["石城县", "兴国县", "于都县", "宁都县", "瑞金市", "安远县", "会昌县", "本县"]
UNITS = ["县人力资源和社会保障局", "县住房和城乡建设局", "县市场监督管理局", "县自然资源局", "县城市管理局",
         "县医疗保障局", "县教育体育局", "县交通运输局", "县公安局交警大队", "县行政审批局", "县卫生健康委员会",
         "县不动产登记中心", "县供电公司", "县自来水公司", "县民政局", "县农业农村局", "县生态环境局",
         "县人民医院", "高新区管委会", "县信访局", "县林业局", "县水利局"]
DEPTS = ["县效能投诉中心", "县纪委监委第三纪检监察室", "县政务服务管理办公室", "县委督查室", "县12345热线中心",
         "县营商环境办", "县政府办公室"]
COMPANIES = ["某某建材有限公司", "江西金鑫建材有限公司", "赣州宏达房地产开发有限公司", "石城县周田建筑工程有限公司",
             "兴国县恒通物业服务有限公司", "赣南新能源科技有限公司", "江西万和劳务有限公司", "黄记食品有限公司",
             "江西李渡酒业有限公司", "县城投集团有限公司", "赣州长安驾驶员培训有限公司", "某某物业管理有限公司",
             "江西高德路桥工程有限公司", "县华润燃气有限公司"]
SHOPS = ["李宁专卖店", "张亮麻辣烫", "杨国福麻辣烫", "老王烧烤店", "周黑鸭门店", "陈记米粉店", "刘一手火锅店",
         "华联超市", "万家福超市", "美宜佳便利店", "小李修车行", "王婆大虾", "黄焖鸡米饭店", "沙县小吃店",
         "老乡鸡餐厅", "蜜雪冰城门店"]
SCHOOLS = ["周田中心小学", "县第三中学", "高兴镇中学", "阳光幼儿园", "县实验小学", "文峰中学", "长安学校"]
MODELS = ["雷锋", "焦裕禄", "孔繁森", "杨善洲", "廖俊波", "黄大年", "张桂梅", "谷文昌"]
OFFICES = ["县政务服务中心3楼12号窗口", "人民路行政中心", "县行政中心5楼", "县便民服务中心一楼大厅",
           "县政务服务中心2楼综合受理窗口", "县效能投诉中心（行政中心B座4楼）", "县信访接待大厅"]
ID_REGIONS = ["360735", "360732", "360731", "360730", "360781", "360726", "360733", "360702", "360721", "362132"]
CARD_PREFIX = ["622202", "621700", "622848", "621483", "622588", "623058", "622908", "621799", "622700", "621226"]
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                 "155", "156", "157", "158", "159", "166", "173", "177", "180", "181", "182", "183", "185", "186",
                 "187", "188", "189", "191", "198", "199"]
PLATE_PROV = ["赣"] * 8 + ["粤", "闽", "湘"]
DOC_ABBR = ["兴纪发", "石效投", "县府办发", "县效能办", "县纪通", "县政办字", "县人社字"]


# ----------------------------------------------------------------- generators
def gen_name():
    r = rng.random()
    if r < 0.33:
        return fake.name()
    g = rng.choice(GIVEN1) if rng.random() < 0.45 else rng.choice(GIVEN2)
    if r < 0.70:
        s = rng.choice(COMMON_SURNAMES)
    elif r < 0.86:
        s = rng.choice(RARE_SURNAMES)
    else:
        s = rng.choice(COMPOUND_SURNAMES)
    return s + g


def gen_mask():
    s = rng.choice(COMMON_SURNAMES * 2 + RARE_SURNAMES + COMPOUND_SURNAMES)
    return s + rng.choice(MASK_SUFFIX)


def gen_honor():
    s = rng.choice(COMMON_SURNAMES + RARE_SURNAMES[:6] + COMPOUND_SURNAMES[:3])
    r = rng.random()
    if r < 0.15:
        return "老" + s if len(s) == 1 else s + "先生"
    if r < 0.25:
        return "小" + s if len(s) == 1 else s + "女士"
    return s + rng.choice(HONOR_TITLES)


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(body17):
    return ID_C[sum(int(a) * b for a, b in zip(body17, ID_W)) % 11]


def id_ok(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


def gen_id():
    y = rng.randint(1948, 2012); m = rng.randint(1, 12); d = rng.randint(1, 28)
    body = f"{rng.choice(ID_REGIONS)}{y:04d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    return body + id_check(body)


def gen_card():
    n = rng.choice([16, 16, 19, 19, 19, 18, 17])
    p = rng.choice(CARD_PREFIX)
    body = p + "".join(str(rng.randint(0, 9)) for _ in range(n - len(p) - 1))
    return body + luhn_digit(body)


def gen_mobile():
    num = rng.choice(MOBILE_PREFIX) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    r = rng.random()
    if r < 0.10:
        return f"{num[:3]}-{num[3:7]}-{num[7:]}"
    if r < 0.16:
        return f"{num[:3]} {num[3:7]} {num[7:]}"
    return num


def gen_qq():
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(5, 9)))


def gen_wx():
    r = rng.random()
    if r < 0.3:
        return "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    base = re.sub(r"[^a-z0-9]", "", fake.user_name().lower()) or "user"
    if not base[0].isalpha():
        base = "w" + base
    sep = rng.choice(["", "_", "-", ""])
    w = base + sep + str(rng.randint(1, 9999))
    return w[:20] if len(w) >= 6 else w + "2024"


def gen_email():
    r = rng.random()
    if r < 0.3:
        return gen_qq() + "@qq.com"
    if r < 0.6:
        return fake.free_email()
    user = re.sub(r"[^a-z0-9]", "", fake.user_name().lower()) or "mail"
    return f"{user}{rng.randint(1, 999)}@{rng.choice(['163.com', '126.com', 'sina.com', 'foxmail.com', '139.com'])}"


PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_plate():
    prov = rng.choice(PLATE_PROV)
    city = "B" if prov == "赣" and rng.random() < 0.7 else rng.choice("ABCDEFGHJK")
    dot = "·" if rng.random() < 0.3 else ""
    if rng.random() < 0.2:  # new-energy
        tail = rng.choice("DF") + "".join(str(rng.randint(0, 9)) for _ in range(5))
    else:
        chars = [rng.choice("0123456789" * 3 + PLATE_LET) for _ in range(5)]
        if all(c.isdigit() for c in chars) and rng.random() < 0.5:
            chars[rng.randint(0, 2)] = rng.choice(PLATE_LET)
        tail = "".join(chars)
    return f"{prov}{city}{dot}{tail}"


def gen_addr_res():
    est = rng.choice(ESTATES)
    b = rng.randint(1, 28); u = rng.randint(1, 4); f = rng.randint(1, 18); x = rng.randint(1, 4)
    room = f"{f}{x:02d}"
    forms = [
        f"{est}{b}栋{u}单元{room}室",
        f"{est}小区{b}号楼{u}单元{room}室",
        f"{rng.choice(ROADS)}{rng.randint(1, 399)}号{est}{b}幢{room}室",
        f"{rng.choice(COUNTIES[:-1])}{est}{b}栋{room}",
        f"{est}{rng.choice('ABCDE')}区{b}栋{u}单元{room}",
    ]
    return rng.choice(forms)


def gen_addr_vil():
    forms = [
        f"{rng.choice(TOWNS)}{rng.choice(VILLAGES)}村{rng.randint(1, 15)}组{rng.randint(1, 120)}号",
        f"{rng.choice(COUNTIES[:-1])}{rng.choice(TOWNS)}{rng.choice(VILLAGES)}村{rng.choice('一二三四五六七八九十')}组{rng.randint(1, 80)}号",
        f"{rng.choice(VILLAGES)}村{rng.randint(1, 12)}组{rng.randint(1, 99)}号",
    ]
    return rng.choice(forms)


def gen_addr_road():
    forms = [
        f"{rng.choice(ROADS)}{rng.randint(1, 499)}号",
        f"{rng.choice(COUNTIES[:-1])}{rng.choice(ROADS)}{rng.randint(1, 499)}号",
        f"{rng.choice(ROADS)}{rng.randint(1, 300)}号附{rng.randint(1, 12)}号",
        f"{rng.choice(ROADS)}{rng.randint(1, 300)}号{rng.randint(2, 7)}{rng.randint(1, 3):02d}室",
    ]
    return rng.choice(forms)


def gen_addr():
    return rng.choice([gen_addr_res, gen_addr_vil, gen_addr_road])()


def gen_date():
    m = rng.randint(1, 12); d = rng.randint(1, 28)
    return rng.choice([f"2024年{m}月{d}日", f"{m}月{d}日", f"2023年{m}月{d}日"])


def gen_amt():
    r = rng.random()
    if r < 0.35:
        return f"{rng.randint(2, 98) * 100}元"
    if r < 0.6:
        return f"{rng.randint(1, 60)}.{rng.randint(1, 9)}万元"
    if r < 0.8:
        return f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}元"
    return f"{rng.randint(1, 30)}万元"


def gen_tel():
    n = str(rng.randint(5, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return rng.choice([f"0797-{n}", f"0797-{n}", f"（0797）{n}", n])


def gen_wo():
    m = rng.randint(1, 12); d = rng.randint(1, 28)
    return rng.choice([f"2024{m:02d}{d:02d}{rng.randint(0, 999999):06d}",
                       f"GZ12345-2024-{m:02d}{d:02d}-{rng.randint(1, 9999):04d}",
                       f"XN{rng.randint(2023, 2024)}{rng.randint(10000, 99999)}"])


def gen_case():
    return rng.choice([f"效投案〔2024〕第{rng.randint(1, 180)}号",
                       f"石监罚〔2024〕{rng.randint(1, 300)}号",
                       f"（2024）赣0735行初{rng.randint(1, 99)}号",
                       f"县信复〔2024〕{rng.randint(1, 60)}号"])


def gen_doc():
    return f"{rng.choice(DOC_ABBR)}〔{rng.choice([2023, 2024])}〕{rng.randint(1, 120)}号"


CC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def gen_credit():
    return "91" + rng.choice(ID_REGIONS) + "MA" + "".join(rng.choice(CC_CH) for _ in range(8))


GEN = {
    # labelled kinds -> (generator, kind)
    "n": (gen_name, "name"), "mob": (gen_mobile, "mobile"), "idn": (gen_id, "id"), "card": (gen_card, "card"),
    "email": (gen_email, "email"), "qq": (gen_qq, "im"), "wx": (gen_wx, "im"), "plate": (gen_plate, "plate"),
    "addr": (gen_addr, "address"), "addrres": (gen_addr_res, "address"), "addrvil": (gen_addr_vil, "address"),
    "addrroad": (gen_addr_road, "address"),
    # unlabelled fillers
    "mask": (gen_mask, None), "hon": (gen_honor, None), "town": (lambda: rng.choice(TOWNS), None),
    "vil": (lambda: rng.choice(VILLAGES), None), "road": (lambda: rng.choice(ROADS), None),
    "estate": (lambda: rng.choice(ESTATES), None), "county": (lambda: rng.choice(COUNTIES), None),
    "unit": (lambda: rng.choice(UNITS), None), "dept": (lambda: rng.choice(DEPTS), None),
    "comp": (lambda: rng.choice(COMPANIES), None), "shop": (lambda: rng.choice(SHOPS), None),
    "school": (lambda: rng.choice(SCHOOLS), None), "model": (lambda: rng.choice(MODELS), None),
    "office": (lambda: rng.choice(OFFICES), None), "doc": (gen_doc, None), "wo": (gen_wo, None),
    "case": (gen_case, None), "credit": (gen_credit, None), "amt": (gen_amt, None), "date": (gen_date, None),
    "tel": (gen_tel, None), "post": (lambda: "342" + f"{rng.randint(100, 999)}", None),
    "days": (lambda: str(rng.choice([3, 5, 7, 10, 15])), None), "k": (lambda: str(rng.randint(2, 12)), None),
    "year": (lambda: str(rng.choice([2022, 2023])), None),
}

# ----------------------------------------------------------------- templates
# Personal-data templates: {n1},{n2},... are names; the same key twice = same person.
PERSONAL = {
"summary": [
 "市民{n1}来电反映：其居住的{addrres}楼上住户长期深夜噪音扰民，要求相关部门处理。联系电话{mob}。",
 "诉求人：{n1}，联系电话：{mob}，反映{comp}拖欠其工资{amt}，多次讨要无果。",
 "来电人{n1}（身份证号{idn}）反映其社保缴费记录中断，要求核实。",
 "{n1}反映：{town}{vil}村修路占用其承包地，至今未给予补偿，请求协调。",
 "市民{n1}来电称，其父亲{n2}于{date}在县人民医院就医时被多收费用，要求退还。",
 "群众{n1}、{n2}联名反映{road}夜市油烟扰民，影响周边居民休息。",
 "来电人自称{n1}，住{addrvil}，反映邻居{n2}在自家门前违章搭建，堵塞通道。",
 "诉求人{n1}反映其在{shop}旁的车行购买的电动车存在质量问题，商家拒绝退换，联系方式{mob}。",
 "工单摘要：{n1}来电反映其女儿{n2}所在的{school}违规收取资料费，要求退费。",
 "市民{n1}反映车牌号为{plate}的渣土车在{road}沿路抛洒，污染路面。",
 "{n1}来电要求将补贴款打入其本人银行卡{card}，称原账户已注销。",
 "来信人{n1}，邮箱{email}，反映{unit}办事窗口工作人员态度生硬。",
 "诉求人{n1}（QQ：{qq}）反映网店商家虚假宣传，要求{unit}查处。",
 "市民{n1}通过微信（微信号：{wx}）反映{estate}小区物业乱收停车费。",
 "来电人{n1}称其丈夫{n2}在{comp}工地受伤，单位未缴纳工伤保险，请求帮助。",
 "反映人：{n1}；地址：{addr}；诉求：房屋漏水，要求开发商维修。",
 "{n1}（电话{mob}）反映其所住的{addrres}所在单元门禁损坏已逾两月无人维修。",
 "市民{n1}反映其母亲{n2}的高龄补贴自{date}起停发，要求说明原因。",
 "来电人{n1}反映：{n2}经营的{shop}占道经营，摊位摆到了人行道上。",
 "诉求人{n1}反映，其儿子{n2}（身份证号码：{idn}）办理户口迁移时被要求重复提交材料。",
 "匿名转实名：来电人{n1}留电话{mob}，反映{town}有人在河道非法采砂。",
 "{n1}来电反映，自家位于{addrvil}的房屋因邻近工程施工出现裂缝。",
 "市民{n1}、{n2}、{n3}等人反映{comp}预售商品房逾期未交付。",
 "求助人{n1}，收件地址{addr}，反映寄出的不动产权证书邮件丢失。",
 "市民{n1}反映其驾驶的{plate}号小车在{road}被违规贴罚单，要求复核。",
 "来电人{n1}反映：其在{unit}办理公积金提取，经办人{n2}要求其补交无关证明。",
 "诉求概述：{n1}之子{n2}毕业后档案去向不明，请求查询。联系电话：{mob}。",
 "群众{n1}反映{vil}村村干部{n2}优亲厚友，将低保名额分给亲属。",
 "市民{n1}反映其家门口（{addrroad}）下水道堵塞，污水外溢。",
 "来电人{n1}的联系邮箱为{email}，要求将处理结果以书面形式发送。",
 "诉求人{n1}反映其银行卡{card}被误冻结，影响日常生活，要求{unit}说明情况。",
 "{n1}来电投诉出租车司机{n2}（车牌{plate}）绕路多收车费。",
 "市民{n1}称其已向{hon}多次反映未果，再次来电要求督办。",
 "来电人：{n1}　性别：女　电话：{mob}　事项：咨询新生儿医保参保。",
 "诉求人{n1}（微信{wx}）反映其租住的{addrres}房东{n2}拒退押金。",
 "该件诉求人（{n1}）已于{date}主动撤回投诉。",
 "来电人{n1}反映其身份证{idn}遗失后被他人冒用注册公司。",
 "{n1}反映其工资卡（{card}）未收到{date}应发工资，请求核查。",
],
"outcome": [
 "经核查，{n1}反映情况属实，已责成{unit}于{date}前整改到位。",
 "承办单位回复：已电话联系诉求人{n1}，告知其补贴发放政策，{n1}本人表示理解。",
 "经调查，{comp}已于{date}将拖欠的工资{amt}支付给{n1}。",
 "工作人员{hon}于{date}回访{n1}，其对处理结果表示满意。",
 "经{town}人民政府协调，{n1}与{n2}就宅基地界址纠纷达成调解协议。",
 "承办单位已约谈物业公司负责人{n1}，要求立即修复{estate}小区门禁系统。",
 "经核实，该车辆（{plate}）登记车主为{n1}，交警大队已对其作出罚款处理。",
 "已通知{n1}携带身份证原件到{office}办理，咨询电话{tel}。",
 "处理结果：{n1}的低保申请经审核符合条件，已于{date}纳入保障范围。",
 "经查，{unit}工作人员{n1}在受理业务时态度生硬，已对其进行批评教育。",
 "现已答复{n1}：其反映的{addr}房屋漏水问题由开发商负责维修。",
 "承办人{n1}于{date}上门走访，发现{n2}家门前排水沟已疏通。",
 "经协调，商户{n1}已将押金{amt}退还至诉求人银行卡（卡号{card}）。",
 "核查情况：{n1}所称村干部{n2}优亲厚友一事，经查不属实。",
 "{unit}已转告{n1}，其子{n2}的学籍问题已办结。",
 "经联系，诉求人{n1}（手机{mob}）表示问题已解决，同意办结。",
 "{town}卫生院院长{n1}已当面向诉求人{n2}致歉。",
 "处理情况：已安排工作人员{n1}、{n2}到现场核查，{addrvil}确有违建，已下达限期拆除通知书。",
 "经查，涉事摊主{n1}系{vil}村村民，已责令其退出人行道经营。",
 "回访情况：{date}，回访员联系{n1}未接通，次日再次回访，{n1}对结果基本满意。",
 "经核实，{n1}的身份证号码{idn}在系统中被误录，现已更正。",
 "办理结果：已将核查报告通过电子邮件发送至{n1}指定邮箱{email}。",
 "承办单位答复：{n1}反映的问题已转交{comp}实际经营者{n2}处理。",
 "经核查，{n1}的QQ号{qq}被他人冒用发布虚假招聘信息，已移交公安机关。",
 "调查发现，{n1}与其妻{n2}名下共有房产一套，位于{addrres}，不符合廉租房申请条件。",
 "经效能投诉中心督办，{unit}副局长{n1}带队现场办公，问题已解决。",
 "{n1}反映的欠薪问题，经劳动监察大队介入，项目负责人{n2}已承诺{date}前结清。",
 "已告知{n1}可联系社区网格员{n2}（微信号：{wx}）预约上门办理。",
 "核查结果：车牌号{plate}的货车车主{n1}已到交警大队接受处理。",
 "经调解，{n2}同意赔偿{n1}医疗费等各项损失共计{amt}。",
 "该件由{unit}{n1}科长负责跟踪办理，预计{date}前办结。",
 "经查，{n1}家属{n2}反映的问题已于{date}由社区协调解决。",
 "责任人：{unit}（{n1}、{n2}），已按规定扣减绩效。",
 "{date}，承办单位约谈{n1}，指出其在审批环节存在的拖延问题。",
 "经比对，{n2}冒用{n1}的身份证号码{idn}办理了营业执照，已依法撤销登记。",
 "举报人{n1}通过电子邮箱{email}提交了相关证据材料，经查部分属实。",
],
"action": [
 "1. 约谈{comp}法定代表人{n1}；2. 责令其于{date}前结清拖欠工资；3. 将处理结果反馈诉求人。",
 "一是由{unit}办公室主任{n1}牵头成立专班；二是对{vil}村违建进行全面排查；三是每周向效能中心报送进展。",
 "（1）通知{n1}补齐材料；（2）由经办人{n2}跟进审核；（3）办结后电话回访。",
 "1.约谈相关责任人{n1}、{n2}；2.责令限期整改；3.纳入年度考核。",
 "下一步：联系户主{n1}（电话{mob}），核实其家庭成员情况后重新认定。",
 "整改措施：1、对窗口工作人员{n1}进行诫勉谈话；2、在{office}设置意见箱；3、公开监督电话{tel}。",
 "1. 由{town}安排{n1}、{n2}两名干部包案化解；2. {date}前完成现场测量。",
 "拟采取措施：向{n1}寄送书面答复，收件人{n1}，收件地址{addr}。",
 "一、责令{n1}拆除其在{addrvil}搭建的彩钢棚；二、由村委会监督落实。",
 "1. 将补贴资金{amt}转入{n1}本人社保卡（卡号{card}）；2. 告知其查询方式。",
 "处置意见：1.对司机{n1}（车牌号{plate}）依法处罚；2.对所属出租车公司进行约谈。",
 "1. 联系{n1}核实诉求；2. 转告{n2}配合调查；3. 五个工作日内答复。",
 "工作安排：{n1}负责现场核查，{n2}负责材料审核，{n3}负责回访。",
 "(1) 通过邮箱{email}向{n1}发送政策解读；(2) 做好解释工作。",
 "1. 对{comp}实际经营者{n1}立案调查；2. 暂扣涉案车辆{plate}。",
 "二、请{unit}科长{n1}于{date}前将核查结果报送县效能投诉中心。",
 "1. 通知{n1}之子{n2}到社区签字确认；2. 同步更新系统信息。",
 "措施：由{n1}同志牵头，{n2}、{n3}等人配合，对{road}沿线门店逐户走访。",
 "1.上门回访{n1}（住{addrres}）；2.听取意见并记录在案。",
 "1. 核实{n1}身份证号{idn}对应的参保信息；2. 补录缴费记录。",
 "1. 联系举报人{n1}（QQ {qq}）补充证据；2. 调取相关监控。",
 "三、对{unit}{n1}、{n2}等同志履职不力问题启动问责程序。",
 "1. 约谈{vil}村党支部书记{n1}；2. 重新公示低保名单。",
 "后续：书面答复{n1}，并抄送其代理人{n2}。",
 "请{n1}主任牵头协调{dept}，{date}前拿出解决方案。",
 "1. 核对{n1}提供的收款账号{card}；2. 重新发放补贴。",
],
"notice": [
 "关于对{unit}{n1}同志违规收受礼金问题的通报",
 "经县纪委常委会研究，决定给予{unit}副局长{n1}党内警告处分。",
 "{town}党委书记{n1}、镇长{n2}对该问题负有领导责任，给予诫勉谈话。",
 "{unit}工作人员{n1}在办理群众业务过程中推诿扯皮，被给予政务记过处分。",
 "通报：{vil}村村委会主任{n1}虚报冒领惠农补贴{amt}，已被免职。",
 "{unit}{n1}（时任办公室主任）未认真履行审核职责，给予通报批评。",
 "对负有直接责任的{n1}、{n2}、{n3}分别给予警告、记过处分。",
 "典型问题：{comp}法定代表人{n1}与{unit}干部{n2}存在不正当利益往来。",
 "关于{n1}等人违反工作纪律问题的处理通报",
 "经查，{unit}{n1}局长对窗口服务问题失察失责，责令其作出书面检查。",
 "{n1}，男，{unit}综合股股长，因工作作风漂浮被给予政务警告处分。",
 "效能告诫：{unit}经办人{n1}超时办理业务，扣减当月绩效。",
 "县效能投诉中心对{town}副镇长{n1}进行效能告诫，并在全县通报。",
 "{n1}同志因在防汛救灾工作中表现突出，被{unit}评为先进个人。",
 "关于对{n1}、{n2}同志失职失责问题的通报（{doc}）",
 "决定给予{unit}原党组书记{n1}开除党籍处分，其违纪所得予以收缴。",
 "{unit}干部{n1}利用职务便利为其妻弟{n2}承揽工程提供帮助。",
 "通报指出，{n1}作为{vil}村会计，长期挪用集体资金，情节严重。",
 "对{unit}{n1}、{n2}等人进行约谈提醒，责令限期整改。",
 "附件：被处理人员名单——{n1}（{unit}）、{n2}（{town}）",
 "{n1}书记在全县效能建设推进会上强调，要对群众诉求件件有回应。",
],
}

CLEAN = {
"summary": [
 "市民{hon}来电反映：{road}路灯损坏多日，夜间出行不方便，请求维修。",
 "来电人{mask}反映{comp}拖欠工资{amt}，要求相关部门介入。",
 "诉求人：{mask}，反映{town}{vil}村自来水水质浑浊。",
 "{hon}来电咨询：周末能否到{office}办理居住证？",
 "匿名来电反映{road}一带有流动摊贩无证经营，卫生状况堪忧。",
 "市民来电反映{estate}小区物业费上涨，要求物业公司解释收费依据。",
 "工单号{wo}：来电人反映{road}与长征大道交叉口红绿灯时间过短。",
 "来电人{mask}称其在{shop}消费后身体不适，要求查处。",
 "群众反映{town}集镇垃圾清运不及时，江边堆放大量生活垃圾。",
 "{hon}反映{unit}办事窗口中午无人值守，安排不合理。",
 "市民{mask}反映：孩子在{school}就读，学校以常规补课为名收费{amt}。",
 "来电反映拨打{tel}无人接听，要求{unit}公开有效联系方式。",
 "{hon}、{hon}等多名居民反映{estate}小区电梯频繁故障。",
 "诉求人{mask}反映{comp}（统一社会信用代码{credit}）虚开发票。",
 "来电人反映{county}{town}至县城班车停运，村民出行不方便。",
 "市民来电咨询{model}纪念馆开放时间及预约方式。",
 "诉求内容：{mask}反映其房屋征收补偿金额与评估结果不符。",
 "来电人{hon}反映，{road}沿街商铺高音喇叭招揽顾客，噪音扰民。",
],
"outcome": [
 "经核查，{mask}反映情况基本属实，已责成{unit}限期整改。",
 "承办单位回复：已电话联系{hon}，告知相关政策，其表示理解。",
 "经调查，{comp}已于{date}结清所欠工资共计{amt}。",
 "经{town}人民政府协调，双方当事人达成调解协议，纠纷已化解。",
 "处理结果：{unit}已安排专人对{road}破损路面进行修补，{date}完工。",
 "{hon}对处理结果表示满意，同意办结。",
 "经核实，{mask}的低保申请不符合条件，已向其作出解释。",
 "承办单位答复：{shop}已办理食品经营许可证，证照齐全。",
 "该工单（编号{wo}）已按期办结，办理时限{days}个工作日。",
 "回访情况：回访员于{date}电话回访，诉求人对办理结果满意。",
 "经查，{estate}小区物业收费标准已在{unit}备案，符合规定。",
 "已告知{hon}可于工作日到{office}咨询，咨询电话{tel}。",
 "{unit}高度重视，立即组织人员赶赴现场，安排专人跟踪处理。",
 "经协调，{comp}同意退还多收费用{amt}，已于{date}原路退回诉求人支付账户。",
 "现场核查发现，{vil}村道路两侧确有乱堆乱放现象，已督促清理。",
 "核查结论：{mask}反映{hon}工作态度问题证据不足，不予认定。",
 "经查，{mask}等人反映的问题已纳入{county}年度民生实事项目。",
 "承办单位：{unit}；联系人：{hon}；联系电话：{tel}。",
 "案件编号{case}，经复核维持原处理意见。",
 "相关政策文件可到{office}领取，邮政编码{post}。",
],
"action": [
 "1. 约谈{comp}负责人；2. 责令限期整改；3. 将处理结果反馈诉求人。",
 "一是加强巡查；二是规范{road}沿线占道经营；三是建立长效机制。",
 "（1）通知诉求人补齐材料；（2）由{unit}跟进审核；（3）{days}个工作日内电话回访。",
 "1.对{mask}进行诫勉谈话；2.在窗口设置意见箱；3.公开监督电话{tel}。",
 "下一步，{unit}将常规检查与专项整治相结合，方便群众办事。",
 "工作安排：{hon}负责现场核查，{hon}负责材料审核。",
 "1. 学习{model}精神，提升服务意识；2. 开展文明窗口创建活动。",
 "整改措施：1、{date}前完成{town}集镇污水管网改造；2、投入资金{amt}。",
 "1. 对{shop}依法立案调查；2. 公布举报电话12345。",
 "二、请{unit}于{date}前将核查结果报送县效能投诉中心（{office}）。",
 "措施：由{dept}牵头，{unit}配合，对{estate}小区开展联合执法。",
 "1. 核实{comp}（{credit}）经营情况；2. 依法处理。",
 "请诉求人于周末前向{unit}补充提交相关票据，逾期视为自动放弃。",
 "执法人员向当事人解释了相关法律规定，当事人表示接受，{date}前整改。",
],
"notice": [
 "关于对{unit}{mask}违规收受礼金问题的通报（{doc}）",
 "经研究，决定给予{unit}副局长{mask}党内警告处分。",
 "{town}党委对该问题负有领导责任，责令其向县委作出书面检查。",
 "关于{county}2024年第二季度机关效能投诉办理情况的通报",
 "{unit}干部{mask}在办理群众业务过程中推诿扯皮，被给予政务记过处分。",
 "通报：{vil}村村委会主任{mask}虚报冒领惠农补贴{amt}，已被免职。",
 "各单位要以{model}同志为榜样，切实改进工作作风。",
 "{unit}、{dept}等{k}家单位获评{year}年度效能建设先进单位。",
 "根据《机关效能问责办法》（{doc}），对相关责任单位予以通报批评。",
 "典型问题：{comp}与{unit}存在不正当利益往来，已移送司法机关。",
 "监督电话：12345、{tel}；来信地址：{office}；邮编：{post}。",
 "对{hon}反映的问题，{unit}已于{date}整改到位，现予以通报。",
 "{unit}{hon}对窗口服务问题失察失责，责令其作出书面检查。",
 "效能告诫：{unit}经办人{mask}超时办理业务，扣减当月绩效。",
 "{dept}{hon}带队赴{town}开展明察暗访，发现问题{k}个。",
 "经核算，{shop}应退还消费者金额{amt}，已于{date}退还。",
 "关于印发《12345政务服务便民热线工单办理规范》的通知（{doc}）",
 "{county}{town}被评为文明乡镇，{shop}被评为诚信经营示范店。",
],
}

# ----------------------------------------------------------------- rendering
PH = re.compile(r"\{([a-z]+?)(\d*)\}")
IDLIKE = re.compile(r"\d{17}[\dXx]")
DIGITS = re.compile(r"\d+")


def render(tpl):
    """Fill one template; `{hon}`/`{mask}` repeated → fresh value each time;
    numbered keys ({n1}) → same value for the same key."""
    text, labels, cache, last = "", [], {}, 0
    used_fill = set()
    for m in PH.finditer(tpl):
        text += tpl[last:m.start()]
        base, idx = m.group(1), m.group(2)
        gen, kind = GEN[base]
        key = base + idx
        if kind is not None and key in cache:
            val = cache[key]
        else:
            for _ in range(50):
                val = gen()
                if val not in cache.values() and val not in used_fill:
                    break
            if kind is not None:
                cache[key] = val
            else:
                used_fill.add(val)
        start = len(text)
        text += val
        if kind is not None:
            labels.append({"start": start, "end": start + len(val), "kind": kind})
        last = m.end()
    text += tpl[last:]
    return text, labels


def valid(text, labels):
    spans = set()
    for lab in labels:
        v = text[lab["start"]:lab["end"]]
        assert v and v == v.strip()
        spans.add((lab["start"], lab["end"]))
    # no overlaps
    ss = sorted(spans)
    for a, b in zip(ss, ss[1:]):
        if a[1] > b[0]:
            return False
    # every occurrence of a labelled value must be exactly a labelled span
    for lab in labels:
        v = text[lab["start"]:lab["end"]]
        i = text.find(v)
        while i != -1:
            if (i, i + len(v)) not in spans:
                return False
            i = text.find(v, i + 1)
    # unlabelled text must not carry anything number-shaped like personal data
    mask = list(text)
    for s, e in spans:
        for i in range(s, e):
            mask[i] = "#"
    rest = "".join(mask)
    for m in DIGITS.finditer(rest):
        d = m.group()
        if len(d) == 11 and d[0] == "1" and d[1] in "3456789":
            return False
        if 16 <= len(d) <= 19 and luhn_ok(d):
            return False
    for m in IDLIKE.finditer(rest):
        if id_ok(m.group()):
            return False
    if "@" in rest:
        return False
    return True


def build(templates, n_total, seen):
    flat = [(f, t) for f, ts in templates.items() for t in ts]
    per = n_total // len(flat)
    plan = [x for x in flat for _ in range(per)]
    plan += rng.sample(flat, n_total - len(plan))
    rows = []
    for field, tpl in plan:
        for _ in range(200):
            text, labels = render(tpl)
            if text not in seen and valid(text, labels):
                break
        else:
            raise RuntimeError("could not render " + tpl)
        seen.add(text)
        for lab in labels:  # explicit self-check
            assert text[lab["start"]:lab["end"]] == text[lab["start"]:lab["end"]].strip()
        rows.append((field, tpl, text, labels))
    return rows


def main():
    all_tpls = [t for ts in PERSONAL.values() for t in ts] + [t for ts in CLEAN.values() for t in ts]
    assert len(all_tpls) == len(set(all_tpls)), "duplicate template"
    for t in [t for ts in CLEAN.values() for t in ts]:
        for m in PH.finditer(t):
            assert GEN[m.group(1)][1] is None, t
    for t in [t for ts in PERSONAL.values() for t in ts]:
        assert any(GEN[m.group(1)][1] for m in PH.finditer(t)), t
    order = all_tpls[:]
    rng.shuffle(order)
    tid = {t: f"t{i + 1:03d}" for i, t in enumerate(order)}

    seen = set()
    rows = build(PERSONAL, 700, seen) + build(CLEAN, 500, seen)
    rng.shuffle(rows)
    counter = {}
    with open(OUT, "w", encoding="utf-8") as fh:
        for field, tpl, text, labels in rows:
            k = counter[tid[tpl]] = counter.get(tid[tpl], 0) + 1
            for lab in labels:
                assert 0 <= lab["start"] < lab["end"] <= len(text)
            rec = {"field": field, "labels": labels, "shape": f"fresh3-{field}-{tid[tpl]}-{k:02d}", "text": text}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("templates:", len(all_tpls), "personal:", sum(map(len, PERSONAL.values())),
          "clean:", sum(map(len, CLEAN.values())))


if __name__ == "__main__":
    main()
