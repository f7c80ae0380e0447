#!/usr/bin/env python3
"""outside8 -- independent labelled test set for a Chinese personal-data detector.

Setting: a government transparency portal of southern / eastern cities
(广州 深圳 东莞 佛山 上海 杭州 宁波 苏州 厦门 福州 海口) publishing 12345 工单办理结果、
信访答复、人大建议/政协提案答复、纪委监委通报、营商环境投诉、好差评回访、市场监管处罚公示 etc.

Writes outside8.jsonl beside this file.  Python 3.11, stdlib + faker, fixed seed.
Each line: {"field", "labels":[{"start","end","kind"}], "shape", "text"}.
"""
import json
import os
import random
import re
from collections import Counter

from faker import Faker

SEED = 8088
R = random.Random(SEED)
Faker.seed(SEED)
FK = Faker("zh_CN")


def pick(seq):
    return R.choice(seq)


def rint(a, b):
    return R.randint(a, b)


CN = "一二三四五六七八九十"

# --------------------------------------------------------------------------
# names (personal)
# --------------------------------------------------------------------------
HAND_TWO = [
    "王芳", "李强", "张伟", "刘洋", "陈静", "黄勇", "周敏", "吴桐", "林峰", "何琳", "罗兵",
    "梁燕", "郭亮", "马丽", "许诺", "冯刚", "谢婷", "彭磊", "潘辉", "钟华", "卢山", "苏晴",
    "叶青", "韦东", "蔡琳", "程琳", "沈洁", "邱慧", "曾毅", "温馨", "丁宁", "方正", "韩雪",
    "骆斌", "莫凡", "古丽", "黎敏", "欧文", "麦琪", "简宁", "龚伟", "侯杰",
]
SOUTH_SUR = list("陈黄梁李林何罗冼麦邝谭伍岑关甘钟洪柯蔡苏庄许卢曾古巫温丘彭郑吴叶张刘杨赖邱黎莫植区")
SOUTH_GIVEN = [
    "志强", "伟明", "嘉欣", "嘉豪", "国华", "丽华", "淑仪", "慧敏", "锦荣", "耀祖", "桂英",
    "美玲", "秀兰", "金枝", "添丁", "来福", "亚妹", "亚九", "梓轩", "子涵", "浩然", "晓彤",
    "俊杰", "雅婷", "家乐", "颖琳", "泽楠", "文彬", "振南", "秀凤", "清源", "玉珠", "明辉",
    "瑞芳", "德胜", "伟", "敏", "杰", "斌", "婷", "军", "勇", "华", "芳", "金狮", "水木",
    "清泉", "进财", "美玉", "罔市", "阿娣", "炳坤", "汉文", "永康", "少华", "惠珍", "碧霞",
    "国栋", "燕萍", "健雄", "绮雯", "卓恒", "芷晴", "咏诗", "景峰", "宝珠", "金凤", "炎生",
]
WORD_NAMES = [
    "高山", "黎明", "方圆", "金星", "白雪", "田野", "向阳", "万里", "安康", "常青", "夏雨",
    "江河", "林海", "杜鹃", "龙华", "罗湖", "高明", "文昌", "万宁", "龙岩", "丽水", "黄山",
    "石林", "海燕", "杨柳", "钟声", "温暖", "何方", "武夷", "江南", "宁波", "华夏", "秦川",
    "柳青", "甘泉", "金山", "冷静", "连城", "海口", "潘多", "柯林", "洪流",
]
COMPOUND = [
    "欧阳晓琳", "司徒志强", "上官婉清", "诸葛文斌", "皇甫俊杰", "尉迟春燕", "令狐晨",
    "公孙丽", "端木雪梅", "慕容海", "司马文静", "夏侯振宇", "欧阳建国", "司徒美娟",
    "澹台雅", "东方晓", "司徒锦华", "欧阳嘉怡", "西门雪", "呼延庆丰",
]
MINORITY = [
    "阿依古丽·买买提", "热依拉·吐尔逊", "扎西多吉", "次仁卓玛", "努尔艾力·阿不都热依木",
    "覃桂兰", "蒙志勇", "农金凤", "阿木古楞", "巴特尔", "乌兰其其格", "格桑曲珍",
    "买买提江·吐尔洪", "韦秀英", "蓝彩凤", "雷金妹", "龙梅", "吴阿香",
]
RARE = [
    "仉建国", "禤嘉怡", "佘国栋", "揭晓东", "练子豪", "戚美玲", "晏宇航", "竺清", "璩志华",
    "逯瑶", "訾海", "冉冬梅", "郦伟", "蔺小川", "邰佳", "鄢立新", "阙丽娟", "缪建平",
    "谌敏", "冼丽珊", "禤国强", "佴晓", "粘丽卿", "绳文博",
]


def name_any():
    x = R.random()
    if x < 0.34:
        return FK.name()
    if x < 0.46:
        return pick(HAND_TWO)
    if x < 0.68:
        return pick(SOUTH_SUR) + pick(SOUTH_GIVEN)
    if x < 0.78:
        return pick(WORD_NAMES)
    if x < 0.86:
        return pick(COMPOUND)
    if x < 0.92:
        return pick(MINORITY)
    return pick(RARE)


# --------------------------------------------------------------------------
# distractor name-like things (NOT personal)
# --------------------------------------------------------------------------
SURS = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向汤冼麦")


def masked():
    s = pick(SURS)
    return pick([s + "某", s + "某某", s + "**", s + "×", s + "××", s + "某某", s + "*",
                 s + "某", s + "X", s + "*" + pick("明华强芳军丽")])


def anon():
    s = pick(SURS)
    return pick([s + "女士", s + "先生", s + "小姐", s + "生", s + "太", s + "伯", s + "姨",
                 s + "女士", s + "先生", s + "阿姨", s + "师傅"])


def anon_canto():
    return pick(["阿伯", "阿婆", "靓仔", "靓女", "阿姐", "阿叔", pick(SURS) + "生",
                 pick(SURS) + "太", "街坊", "老人家", pick(SURS) + "姑娘"])


def titled():
    s = pick(SURS)
    return s + pick(["科长", "主任", "所长", "队长", "经理", "老板", "师傅", "书记", "站长",
                     "姨", "叔", "总", "Sir", "sir", "工", "局", "副主任", "社长", "姐", "伯"])


def nick():
    return pick(["老李", "小徐", "阿强", "阿珍", "阿华", "阿明", "肥仔", "细妹", "老陈", "小林",
                 "阿杰", "阿May", "阿梅", "老黄", "阿荣", "细佬", "小何", "老周", "阿伟", "阿英"])


BRANDS = ["周大福", "李宁", "黄振龙凉茶", "王老吉", "陈李济", "张小泉", "许留山", "邓老凉茶",
          "谢瑞麟", "老娘舅", "真功夫", "陶陶居", "莲香楼", "张一元", "王守义十三香", "马应龙",
          "周生生", "李锦记", "霸王", "钱大妈"]
HIST = ["焦裕禄", "谷文昌", "廖俊波", "杨善洲", "孔繁森", "黄大年", "雷锋", "张桂梅", "郑培民",
        "林俊德", "王继才"]
HIST_PLAIN = ["孙中山", "林则徐", "陈嘉庚", "詹天佑", "冼星海", "郑成功", "鲁迅", "邓世昌"]
HIST_ROAD = ["中山五路", "执信南路", "仲恺路", "逸仙路", "中山北路", "鲁迅路", "中山大道西",
             "嘉庚路", "成功大道", "中山路"]


def shopname():
    s = pick(SURS)
    return pick([s + "记肠粉店", s + "记烧腊", "阿婆牛杂", s + "记云吞面", s + "姐糖水铺",
                 nick() + "士多", s + "氏沙县小吃", "老" + s + "猪脚饭", s + "记五金店",
                 s + "家私档", "阿强烧烤", s + "姨潮汕砂锅粥"])


# --------------------------------------------------------------------------
# places, units (NOT personal)
# --------------------------------------------------------------------------
CITY = {
    "gz": ("广州市", ["越秀区", "荔湾区", "海珠区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "增城区", "南沙区"],
           ["多宝路", "恩宁路", "龙津西路", "宝华路", "东华东路", "龟岗大马路", "江南大道中", "昌岗中路",
            "宝岗大道", "同福中路", "天河北路", "石牌西路", "员村二横路", "广园西路", "同德路", "沙太路",
            "工业大道南", "光复中路", "解放北路", "市桥光明北路"]),
    "sz": ("深圳市", ["福田区", "罗湖区", "南山区", "宝安区", "龙岗区", "龙华区", "光明区"],
           ["深南中路", "红荔路", "莲花路", "东门中路", "桂园路", "南海大道", "前进一路", "布吉路",
            "民治大道", "宝民一路", "沙井路", "新湖路"]),
    "dg": ("东莞市", ["长安镇", "虎门镇", "厚街镇", "塘厦镇", "凤岗镇", "大朗镇", "常平镇", "南城街道", "东城街道"],
           ["莞太路", "乌沙兴发路", "振安中路", "长青路", "鸿福路", "体育路", "环城南路", "常东路"]),
    "fs": ("佛山市", ["禅城区", "南海区", "顺德区", "三水区", "高明区"],
           ["祖庙路", "季华路", "汾江中路", "桂城海八路", "大良凤山中路", "容桂大道", "南海大道北", "岭南大道"]),
    "sh": ("上海市", ["黄浦区", "徐汇区", "静安区", "虹口区", "杨浦区", "普陀区", "浦东新区", "闵行区"],
           ["淮海中路", "建国西路", "复兴中路", "四川北路", "控江路", "长寿路", "武宁路", "浦东南路",
            "南京西路", "山阴路", "溧阳路", "顺昌路"]),
    "hz": ("杭州市", ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区"],
           ["文三路", "体育场路", "凤起路", "莫干山路", "解放路", "中河中路", "文一西路", "江南大道"]),
    "nb": ("宁波市", ["海曙区", "江北区", "鄞州区", "镇海区", "北仑区"],
           ["中山西路", "解放北路", "柳汀街", "药行街", "百丈路", "人民路", "天童南路"]),
    "su": ("苏州市", ["姑苏区", "吴中区", "相城区", "虎丘区", "吴江区"],
           ["干将西路", "人民路", "凤凰街", "十全街", "三香路", "东环路"]),
    "xm": ("厦门市", ["思明区", "湖里区", "集美区", "海沧区", "同安区", "翔安区"],
           ["大同路", "中山路", "思明南路", "厦禾路", "湖滨南路", "开元路", "禾祥西路"]),
    "fz": ("福州市", ["鼓楼区", "台江区", "仓山区", "晋安区", "马尾区"],
           ["五四路", "八一七北路", "杨桥中路", "湖东路", "六一中路", "工业路"]),
    "hk": ("海口市", ["龙华区", "美兰区", "秀英区", "琼山区"],
           ["博爱北路", "新华北路", "中山路", "海秀中路", "龙昆南路", "国兴大道", "滨海大道", "府城忠介路"]),
}
CITY_KEYS = list(CITY)

STREETS = ["沙河街道", "石牌街道", "龙津街道", "多宝街道", "华林街道", "南头街道", "沙井街道", "岗厦社区",
           "长安镇", "大沥镇", "容桂街道", "曹家渡街道", "湖滨街道", "月湖街道", "平江街道", "鹭江街道",
           "南街街道", "海秀街道", "中山街道", "员村街道", "新港街道", "东湖街道", "西乡街道", "民治街道",
           "虎门镇", "桂城街道", "白鹤街道", "梅园新村街道", "江南街道", "三元里街道", "白石洲社区"]
UNITS = ["区住房和城乡建设局", "市城市管理和综合执法局", "区教育局", "区人力资源和社会保障局", "区医疗保障局",
         "市公安局天河区分局", "区市场监督管理局", "区信访局", "区政务服务数据管理局", "街道综合行政执法队",
         "社区居委会", "区来穗人员服务管理局", "区城市更新局", "区房屋管理局", "区民政局",
         "市交通运输局", "区卫生健康局", "区消防救援大队", "镇综治办", "区司法局", "区总工会",
         "市住房公积金管理中心", "区城管执法局", "街道网格化服务管理中心", "区劳动保障监察大队"]
ESTATES = ["保利花园", "碧桂园凤凰城", "万科金域蓝湾", "华润城", "中海锦城", "珠江帝景", "丽江花园",
           "祈福新邨", "东海花园", "百花园", "金沙洲新社区", "翠苑一区", "采荷新村", "曹杨新村", "莲花五村",
           "西洪新村", "海甸岛福隆花园", "星河湾", "凤凰新村", "东湖花园", "汇景新城", "嘉和苑", "锦绣山河",
           "逸景翠园", "华侨新村", "天一家园", "金鸡湖花园", "湖滨花园", "骏景花园", "美林湖"]
SCHOOL_W = ["实验", "第一", "第二", "中心", "育才", "外国语", "华侨", "东风西路", "滨江", "华阳", "岭南", "侨乡"]
VILLAGES = ["石牌村", "冼村", "岗厦村", "沙一村", "曾厝垵", "鹤湖新居", "侨乡村", "白石洲", "三元里村",
            "康乐村", "萧岗村", "坑头村", "固戍村", "水径村", "湖贝村", "黄岐村", "渔村", "高殿社", "塘厦村",
            "涌头社区", "霄边社区", "演丰镇"]
BANKS = {
    "中国工商银行": ["622202", "621226", "622208"], "工行": ["622202"],
    "中国建设银行": ["621700", "622700", "436742"], "建行": ["621700"],
    "中国农业银行": ["622848", "622845"], "农行": ["622848"],
    "中国银行": ["621661", "621785", "456351"], "招商银行": ["622588", "621483"],
    "交通银行": ["622262", "601428"], "广发银行": ["622568"], "中国邮政储蓄银行": ["621799", "622188"],
    "兴业银行": ["622909", "622908"], "浦发银行": ["622521"], "平安银行": ["622155", "623058"],
    "广州农商银行": ["621058"], "东莞农村商业银行": ["623069"], "厦门银行": ["622393"],
}
LAWS = ["《信访工作条例》", "《广东省流动人口服务管理条例》", "《物业管理条例》", "《保障农民工工资支付条例》",
        "《中华人民共和国消费者权益保护法》", "《中国共产党纪律处分条例》", "《公职人员政务处分法》",
        "《上海市住宅物业管理规定》", "《广州市出租屋管理规定》", "《深圳市居住证条例》"]
DOC_ABBR = ["穗信访复", "深信复", "莞人社函", "佛教函", "沪房管", "杭纪通", "甬市监处罚", "苏住建",
            "厦纪发", "榕政办", "海府办", "粤市监处罚", "穗来穗函", "东城执罚字", "荔府信复", "南山信复",
            "鄞人社", "思明教函", "穗建复", "深市监罚"]
DOC_TITLES = ["《信访事项处理意见书》", "《关于规范出租屋管理的通知》", "《政府信息公开申请答复书》",
              "《信访事项受理告知书》", "《责令改正通知书》", "《劳动保障监察限期整改指令书》",
              "《工伤认定决定书》", "《义务教育阶段学位申请指南》", "《行政处罚告知书》"]


def city_key():
    return pick(CITY_KEYS)


def dist(ck=None):
    ck = ck or city_key()
    return pick(CITY[ck][1])


def road(ck=None):
    ck = ck or city_key()
    return pick(CITY[ck][2])


def street():
    return pick(STREETS)


def unit():
    u = pick(UNITS)
    if u[0] == "区" and R.random() < 0.35:
        d = dist()
        while not d.endswith("区"):
            d = dist()
        u = d + u[1:]
    return u


def estate():
    return pick(ESTATES)


def bldg():
    return estate() + pick([f"{rint(1, 36)}栋", f"{rint(1, 18)}座", f"{CN[rint(0, 8)]}期{rint(1, 20)}栋"])


def school():
    return dist() + pick(SCHOOL_W) + pick(["小学", "学校", "小学", "初级中学", "实验学校"])


def village():
    return pick(VILLAGES)


def firm():
    ck = city_key()
    if R.random() < 0.2:
        return (CITY[ck][0] + pick(CITY[ck][1]) + pick(["鸿达", "恒昌", "嘉禾", "兴旺", "联鑫", "宏图"])
                + pick(["五金制品厂", "塑胶制品厂", "电子厂", "制衣厂", "家具厂", "印刷厂"]))
    return (CITY[ck][0] + pick(["", "", pick(CITY[ck][1])])
            + pick(["鸿达", "恒昌", "嘉禾", "盛世", "粤港", "华美", "汇通", "金运", "顺达", "兴旺", "安居",
                    "乐活", "星辰", "优选", "万家", "福临", "宏图", "新锐", "海纳", "联鑫"])
            + pick(["电子", "五金制品", "物业服务", "电子商务", "餐饮管理", "劳务派遣", "房地产开发",
                    "网络科技", "家政服务", "服装", "塑胶制品", "教育咨询", "直播电商", "物流"])
            + pick(["有限公司", "有限公司", "有限责任公司"]))


def office_addr():
    return pick([
        "广州市越秀区府前路1号", "深圳市福田区福中三路市民中心C区", "东莞市南城街道鸿福路99号",
        "佛山市禅城区岭南大道北12号", "上海市黄浦区人民大道200号", "杭州市上城区解放东路18号",
        "宁波市鄞州区宁穿路2001号", "苏州市姑苏区三香路998号", "厦门市思明区湖滨北路61号",
        "福州市鼓楼区乌山路96号", "海口市秀英区长滨路1号", "广州市荔湾区多宝路52号",
        "深圳市南山区南头街道桃园路2号"]) + pick(["", "一楼信访接待大厅", "3楼来访接待室", "政务服务中心2楼",
                                               "东座1楼", "行政服务中心B区"])


def shopaddr():
    ck = city_key()
    return (pick(["", CITY[ck][0]]) + dist(ck) + road(ck) + f"{rint(1, 399)}号"
            + pick(["首层", "101铺", "之一铺", "B1层012号铺", "2楼205铺", "首层3号铺", "商业街18号铺"]))


def factory_addr():
    return (pick(["东莞市长安镇乌沙第三工业区兴发路", "佛山市南海区大沥镇黄岐工业园", "深圳市宝安区沙井街道新桥第三工业区",
                  "广州市白云区太和镇大源村工业园", "苏州市吴中区木渎工业坊"])
            + f"{rint(1, 60)}号{pick('ABCD')}栋{rint(1, 6)}楼")


# --------------------------------------------------------------------------
# home addresses (personal)
# --------------------------------------------------------------------------
def room(f_max=33):
    return f"{rint(1, f_max)}{rint(1, 8):02d}"


def addr_gz():
    c, ds, rs = CITY["gz"]
    pre = pick(["", "", c])
    k = rint(0, 5)
    if k == 0:
        return pre + pick(ds) + pick(rs) + f"{rint(1, 260)}号之{pick(CN[:9])}{room(12)}房"
    if k == 1:
        lane = pick(["德兴", "福安", "龙津", "华贵", "泰兴", "长庆", "宝源北", "多宝坊", "耀华", "芦荻西"])
        return pre + pick(["荔湾区", "越秀区"]) + pick(rs[:8]) + f"{lane}巷{rint(1, 40)}号" + pick(
            [f"{rint(1, 6)}楼", f"{rint(1, 5)}0{rint(1, 4)}房", f"{rint(1, 4)}楼{pick('前后')}座"])
    if k == 2:
        xc = pick(["晓港新村", "南华新村", "沙河新村", "东湖新村", "建设新村", "华侨新村", "江南新村", "员村新村"])
        return pre + pick(ds[:5]) + xc + f"{rint(1, 99)}号{room(9)}室"
    if k == 3:
        cv = pick(["天河区石牌村", "天河区棠下村", "白云区三元里村", "海珠区康乐村", "白云区新市街萧岗村",
                   "番禺区南村镇坑头村", "天河区冼村", "黄埔区文冲村"])
        return pre + cv + f"{pick(['潮阳', '东成', '西约', '南约', '中和', '福兴', '安和'])}坊{rint(1, 12)}巷{rint(1, 30)}号{room(8)}房"
    if k == 4:
        return pre + pick(ds) + pick(["丽江花园", "汇景新城", "骏景花园", "逸景翠园", "芳村花园"]) + \
            f"{pick(CN[:6])}期{rint(1, 30)}座{rint(2, 30)}楼{pick('ABCDEF')}室"
    return pre + pick(ds) + pick(rs) + f"{rint(1, 300)}号{rint(1, 30)}{rint(1, 6):02d}房"


def addr_sz():
    c, ds, rs = CITY["sz"]
    pre = pick(["", c])
    k = rint(0, 2)
    if k == 0:
        cv = pick(["福田区岗厦村", "福田区皇岗村", "宝安区沙井街道沙一村", "宝安区西乡街道固戍村",
                   "龙华区民治街道白石龙村", "龙岗区布吉街道水径村", "罗湖区湖贝村", "南山区南头古城"])
        return pre + cv + f"{pick(['福安', '东', '西', '南', '新', '上', '下'])}坊{rint(1, 9)}巷{rint(1, 30)}号{room(9)}房"
    if k == 1:
        return pre + pick(ds) + pick(["东海花园", "百花园二期", "桃源村", "景田北", "中海华庭", "莲花北村"]) + \
            f"{rint(1, 40)}栋{pick(['', pick('ABC') + '座'])}{room(30)}"
    return pre + pick(ds) + pick(["东湖花园", "翠竹花园", "华侨城湖滨花园", "星海名城"]) + \
        f"{rint(1, 12)}座{rint(2, 30)}楼{pick('ABCDEFGH')}室"


def addr_dg():
    c, ds, rs = CITY["dg"]
    k = rint(0, 1)
    if k == 0:
        v = pick(["沙头社区", "霄边社区", "涌头社区", "赤岭村", "白沙社区", "上沙社区", "林村", "新塘社区"])
        return c + pick(ds[:7]) + v + f"{pick(['福兴', '围仔', '新', '老', '上', '下', '东'])}坊{rint(1, 12)}巷{rint(1, 40)}号" + pick(["", f"{room(6)}房"])
    return pick(["", c]) + pick(ds) + pick(rs) + f"{rint(1, 400)}号{room(7)}房"


def addr_fs():
    c, ds, rs = CITY["fs"]
    k = rint(0, 2)
    if k == 0:
        return c + pick(["南海区大沥镇", "南海区里水镇", "顺德区北滘镇", "禅城区石湾镇街道"]) + \
            pick(["黄岐村", "盐步河东村", "鹤峰村", "林头村", "沙滘村"]) + f"{pick(['东', '西', '大', '中'])}坊{rint(1, 10)}巷{rint(1, 25)}号"
    if k == 1:
        return pick(["", c]) + "禅城区" + pick(rs) + f"{rint(1, 200)}号{rint(1, 9)}座{room(25)}房"
    return pick(["", c]) + "顺德区容桂街道" + pick(["容里居委会", "振华居委会", "高黎社区"]) + \
        pick(rs) + f"{rint(1, 99)}号之{pick(CN[:3])}"


def addr_sh():
    c, ds, rs = CITY["sh"]
    pre = pick(["", c])
    k = rint(0, 2)
    if k == 0:
        return pre + pick(ds) + pick(rs) + f"{rint(10, 999)}弄{rint(1, 60)}号" + pick([f"{room(18)}室", "亭子间", f"{rint(2, 3)}楼前楼", f"{room(6)}室"])
    if k == 1:
        li = pick(["步高里", "建业里", "尚贤坊", "淮海坊", "四明村", "慈厚北里", "斯文里", "德庆里", "大胜胡同", "景云里"])
        return pre + pick(ds[:4]) + li + f"{rint(1, 12)}弄{rint(1, 40)}号" + pick(["", f"{rint(1, 3)}楼", "后厢房"])
    xc = pick(["曹杨新村", "田林新村", "鞍山新村", "长白新村", "凉城新村", "甘泉新村", "天山新村", "控江新村"])
    return pre + pick(ds) + xc + f"{rint(1, 150)}号{room(6)}室"


def addr_hz():
    c, ds, rs = CITY["hz"]
    pre = pick(["", c])
    if R.random() < 0.5:
        xq = pick(["朝晖七区", "翠苑一区", "大关南苑", "采荷新村", "德加公寓", "和睦新村", "文一新村", "古荡新村"])
        return pre + pick(ds) + xq + f"{rint(1, 60)}幢{rint(1, 6)}单元{room(7)}室"
    return pre + pick(ds) + pick(rs) + f"{rint(1, 300)}号{rint(1, 20)}幢{room(18)}室"


def addr_nb():
    c, ds, rs = CITY["nb"]
    pre = pick(["", c])
    if R.random() < 0.5:
        return pre + pick(ds) + pick(rs) + f"{rint(1, 200)}弄{rint(1, 40)}号{room(7)}室"
    return pre + "鄞州区" + pick(["白鹤新村", "划船新村", "黄鹂新村", "徐家漕新村", "后河新村"]) + f"{rint(1, 80)}幢{room(6)}室"


def addr_su():
    c, ds, rs = CITY["su"]
    pre = pick(["", c])
    if R.random() < 0.55:
        return pre + "姑苏区" + pick(["大儒巷", "丁香巷", "钮家巷", "胡厢使巷", "悬桥巷", "菉葭巷", "南显子巷", "十全街"]) + \
            f"{rint(1, 80)}号" + pick(["", f"{rint(1, 3)}0{rint(1, 4)}室", "后进"])
    return pre + "苏州工业园区" + pick(["湖东小区", "东沙湖小区", "翰林缘", "新城花园", "沁苑"]) + f"{rint(1, 60)}幢{room(18)}室"


def addr_xm():
    c, ds, rs = CITY["xm"]
    pre = pick(["", c])
    k = rint(0, 2)
    if k == 0:
        return pre + "思明区" + pick(["大同路", "中山路", "思明南路", "开元路"]) + f"{rint(1, 300)}号之{pick(CN[:5])}"
    if k == 1:
        return pre + pick(["湖里区殿前街道高殿社", "思明区曾厝垵社", "集美区杏林街道高浦社", "翔安区新圩镇古宅村",
                           "海沧区新阳街道霞阳社"]) + f"{rint(1, 20)}里{rint(1, 60)}号"
    return pre + pick(["思明区莲花五村", "思明区瑞景新村", "湖里区华荣新村", "思明区松柏二村"]) + f"{rint(1, 120)}号{room(9)}室"


def addr_fz():
    c, ds, rs = CITY["fz"]
    pre = pick(["", c])
    if R.random() < 0.4:
        return pre + "鼓楼区" + pick(["衣锦坊", "文儒坊", "光禄坊", "宫巷", "安民巷", "黄巷", "塔巷", "郎官巷"]) + f"{rint(1, 60)}号"
    return pre + pick(ds) + pick(["西洪新村", "屏西新村", "铜盘新村", "凤湖新村", "湖前新村", "斗池新村"]) + \
        f"{rint(1, 40)}座{room(7)}单元"


def addr_hk():
    c, ds, rs = CITY["hk"]
    pre = pick(["", c])
    k = rint(0, 2)
    if k == 0:
        return pre + pick(ds) + pick(rs) + f"{rint(1, 300)}号" + pick(["金盘花园", "海景湾", "椰海新村", "和平苑"]) + \
            f"{rint(1, 20)}栋{room(18)}房"
    if k == 1:
        return pre + "龙华区" + pick(["中山路", "博爱北路", "新华北路"]) + f"{rint(1, 200)}号" + pick(["", "二楼", "骑楼三楼"])
    return pre + pick(["美兰区演丰镇", "琼山区三门坡镇", "秀英区石山镇", "美兰区灵山镇"]) + \
        pick(["塔市村委会", "演东村委会", "施茶村委会", "群山村委会"]) + pick(["后坡村", "美社村", "上罗村", "迈德村"]) + f"{rint(1, 80)}号"


def addr_vil():
    k = rint(0, 5)
    if k == 0:
        return "梅州市梅县区" + pick(["南口镇侨乡村", "松口镇大黄村", "雁洋镇南福村"]) + pick(["老围", "新围", "上围", "田心围", "大夫第"]) + f"{rint(1, 40)}号"
    if k == 1:
        return "惠州市惠阳区秋长街道" + pick(["周田村", "茶园村", "白石村"]) + pick(["老围", "下围", "禾场围"]) + f"{rint(1, 50)}号"
    if k == 2:
        return "深圳市龙岗区坪地街道" + pick(["坪西社区", "坪东社区", "六联社区"]) + pick(["上围", "田心围", "新围仔"]) + f"{rint(1, 60)}号"
    if k == 3:
        return "泉州市" + pick(["南安市官桥镇", "晋江市龙湖镇", "惠安县崇武镇", "安溪县城厢镇"]) + \
            pick(["内厝村", "衙口村", "大岞村", "经兜村"]) + f"{rint(1, 12)}组{rint(1, 90)}号"
    if k == 4:
        return "漳州市龙海区" + pick(["角美镇", "海澄镇", "港尾镇"]) + pick(["白礁村", "和平村", "卓岐村"]) + f"{pick(['顶', '下', '后'])}社{rint(1, 120)}号"
    return "河源市龙川县" + pick(["佗城镇", "老隆镇", "鹤市镇"]) + pick(["东门村", "新城村", "太平村"]) + pick(["老屋", "围屋", "新屋"]) + f"{rint(1, 30)}号"


ADDR_FUNCS = [addr_gz, addr_gz, addr_sz, addr_sz, addr_dg, addr_fs, addr_sh, addr_hz, addr_nb, addr_su, addr_xm,
              addr_fz, addr_hk, addr_vil]


def addr_any():
    return pick(ADDR_FUNCS)()


# --------------------------------------------------------------------------
# numbers (personal)
# --------------------------------------------------------------------------
ID_AREAS = ["440103", "440104", "440105", "440106", "440111", "440113", "440303", "440304", "440305", "440306",
            "440307", "441900", "440604", "440605", "440606", "310101", "310104", "310110", "310115", "330102",
            "330106", "330203", "330212", "320508", "350203", "350206", "350102", "350104", "460105", "460106",
            "441402", "441403", "441481", "445281", "350583", "350582", "430521", "511321", "360731", "412727",
            "450921", "522422", "441622", "445122", "431021"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W)) % 11]


def id_number(y0=1938, y1=2003):
    for _ in range(100):
        y = rint(y0, y1)
        m = rint(1, 12)
        d = rint(1, 28)
        s17 = f"{pick(ID_AREAS)}{y}{m:02d}{d:02d}{rint(0, 999):03d}"
        c = id_check(s17)
        if R.random() < 0.08 and c != "X":
            continue  # bias towards seeing some X
        return s17 + c
    return s17 + id_check(s17)


def id_child():
    return id_number(2010, 2019)


MOB_PRE = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153",
           "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181", "182", "183",
           "185", "186", "187", "188", "189", "191", "198", "199", "147", "175"]


def mob_plain():
    return pick(MOB_PRE) + f"{rint(0, 99999999):08d}"


def mobile():
    m = mob_plain()
    k = R.random()
    if k < 0.56:
        return m
    if k < 0.70:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if k < 0.84:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if k < 0.90:
        return f"+86 {m}"
    if k < 0.94:
        return f"+86-{m[:3]}-{m[3:7]}-{m[7:]}"
    if k < 0.97:
        return f"（+86）{m}"
    return f"{m[:3]}{m[3:7]} {m[7:]}"


def luhn_complete(prefix, length):
    body = prefix + "".join(str(rint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def bankcard():
    bank = pick(list(BANKS))
    num = luhn_complete(pick(BANKS[bank]), pick([16, 19, 19, 18, 16, 19]))
    assert luhn_ok(num)
    if R.random() < 0.3:
        num_s = " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    else:
        num_s = num
    return bank, num_s


PY = ["chen", "huang", "lin", "li", "wang", "zhang", "liang", "he", "wu", "luo", "zeng", "xie", "ah", "mei",
      "qiang", "xiao", "ming", "hua", "jie", "ling", "fang", "yun", "hai", "bo", "ting", "kai", "zi", "yu",
      "cai", "su", "hong", "ke", "zhuang", "mai", "tan", "guan", "ou", "wen", "qiu", "pan"]


def email():
    k = R.random()
    if k < 0.35:
        return FK.free_email()
    if k < 0.55:
        return f"{rint(10000, 3999999999)}@qq.com"
    local = pick([pick(PY) + pick(PY) + str(rint(60, 2005)), pick(PY) + "_" + pick(PY), pick(PY) + pick(PY) + str(rint(1, 999)),
                  pick(PY) + "." + pick(PY) + pick(PY)])
    return local + "@" + pick(["163.com", "126.com", "foxmail.com", "139.com", "sina.com", "hotmail.com", "yeah.net",
                               "outlook.com", "sohu.com", "gmail.com"])


def qq():
    return str(rint(1, 9)) + "".join(str(rint(0, 9)) for _ in range(rint(5, 9)))


def wx():
    k = R.random()
    if k < 0.2:
        return "wxid_" + "".join(pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    if k < 0.45:
        return pick(PY) + pick(PY) + str(rint(1, 9999))
    if k < 0.65:
        return pick(PY) + "_" + pick(PY) + pick(["", str(rint(60, 99))])
    if k < 0.8:
        return pick(PY) + "-" + str(rint(1970, 2005))
    if k < 0.9:
        return pick(PY).capitalize() + pick(PY) + pick(["888", "666", "520", "168", "1314"])
    return pick(PY) + pick(PY) + mob_plain()[-4:]


PLATE_CITY = ["粤A", "粤A", "粤B", "粤B", "粤S", "粤E", "粤X", "粤Y", "粤T", "粤L", "粤M", "沪A", "沪B", "沪C", "沪D",
              "沪N", "浙A", "浙B", "苏E", "苏U", "闽D", "闽A", "闽C", "琼A", "湘E", "桂K", "赣B", "川R", "豫P"]
PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate():
    pc = pick(PLATE_CITY)
    if R.random() < 0.22:
        tail = pick("DF") + pick(PL + "0123456789") + f"{rint(0, 9999):04d}"
    else:
        chars = [str(rint(0, 9)) for _ in range(5)]
        for _ in range(rint(0, 2)):
            chars[rint(0, 4)] = pick(PL)
        tail = "".join(chars)
    sep = pick(["", "", "", "·", " ", "·"])
    return pc + sep + tail


# --------------------------------------------------------------------------
# numbers / codes (NOT personal)
# --------------------------------------------------------------------------
def date():
    y = rint(2022, 2025)
    m = rint(1, 12)
    d = rint(1, 28)
    return pick([f"{y}年{m}月{d}日", f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日", f"{y}.{m}.{d}",
                 f"{y}年{m}月{d}日{rint(8, 18)}时{rint(0, 59):02d}分", f"{y}/{m}/{d}"])


def year():
    return str(rint(2022, 2025))


def order():
    y = year()
    md = f"{rint(1, 12):02d}{rint(1, 28):02d}"
    return pick([f"GD{y}{md}{rint(0, 999999):06d}", f"{y}{md}{rint(0, 99999999):08d}", f"{y}{md}{rint(0, 999999):06d}",
                 f"XF{rint(440100, 440199)}{y}{md}{rint(0, 999):03d}", f"SZ12345-{y}-{rint(0, 999999):06d}",
                 f"1440100{y}{rint(0, 99999999):08d}", f"HZ{y}{md}{rint(0, 99999):05d}", f"穗热线{y}{rint(0, 9999999):07d}",
                 f"ZJ-{y}-{rint(0, 99999):05d}"])


def doc():
    return f"{pick(DOC_ABBR)}〔{year()}〕{rint(1, 480)}号"


CC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit():
    body = "91" + pick(["440101", "440106", "440300", "441900", "440605", "310115", "330106", "350203", "460100"]) + \
        "".join(pick(CC_CH) for _ in range(9))
    s = sum(CC_CH.index(c) * w for c, w in zip(body, CC_W))
    c = 31 - s % 31
    return body + CC_CH[0 if c == 31 else c]


def amount(lo=50, hi=380000):
    v = rint(lo, hi)
    if v >= 1000 and R.random() < 0.5:
        v = v // 100 * 100
    forms = [f"{v}元", f"{v:,}元", f"{v}.00元", f"人民币{v}元", f"{v}元"]
    if v >= 20000:
        forms.append(f"{v / 10000:.2f}万元".replace(".00万", "万"))
    return pick(forms)


def amtcn():
    return pick(["人民币壹万贰仟伍佰元整", "叁仟捌佰元整", "贰拾万元整", "人民币伍仟元整（¥5,000.00）", "柒万陆仟元整",
                 "壹仟贰佰叁拾肆元伍角", "人民币捌万元整", "玖仟玖佰元整（¥9,900）"])


AREA = {"020": "8", "0755": "8", "0769": "2", "0757": "8", "021": "6", "0571": "8", "0574": "8", "0512": "6",
        "0592": "2", "0591": "8", "0898": "6"}


def tel():
    a = pick(list(AREA))
    n = AREA[a] + f"{rint(0, 9999999):07d}"
    return pick([f"{a}-{n}", f"（{a}）{n}", f"{a}-{n}", f"{a} {n}", f"{n}"])


def hotline():
    return pick(["12345", "12315", "12388", "12333", "12348", "12319", "12356", "110", "12320", "400-830-1234",
                 "96345", "12393"])


def post():
    return pick(["510030", "518000", "523000", "528000", "200001", "310006", "315000", "215000", "361000", "350001",
                 "570100", "510620", "518048"])


def mmask():
    m = mob_plain()
    return pick([f"{m[:3]}****{m[7:]}", f"尾号{m[7:]}", f"{m[:3]}xxxx{m[7:]}", f"{m[:3]}****{m[7:]}"])


def idmask():
    s = id_number()
    return pick([f"{s[:6]}********{s[14:]}", f"{s[:4]}**********{s[14:]}", f"{s[:3]}***********{s[14:]}"])


def n4():
    return f"{rint(0, 9999):04d}"


def pct():
    return f"{rint(60, 99)}.{rint(0, 9)}%"


def ems():
    return f"E{pick('ACKMR')}{rint(0, 999999999):09d}CN"


def caseno():
    return f"{pick(['穗天', '深福', '莞', '佛南', '沪浦', '杭西', '厦思', '榕鼓', '琼海'])}市监立〔{year()}〕{rint(1, 999)}号"


def contract():
    return f"HT{year()}{rint(0, 99999999):08d}"


def sex():
    return pick(["男", "女"])


def age():
    return str(rint(19, 91))


def n():
    return str(rint(2, 48))


def big():
    return str(rint(120, 9800))


def gzh():
    return pick(["广州12345", "深圳12345", "i深圳", "东莞12345", "上海12345", "浙里办", "厦门12345", "海口12345",
                 "粤省事", "随申办", "闽政通", "穗好办"])


def netname():
    return pick(["热心市民", "住在城中村的打工人", "越秀老街坊", "一个无奈的家长", "骑手小哥", "深漂十年",
                 "东莞打工仔", "西关阿伯", "鹭岛居民", "海口小市民", "宁波老娘舅", "苏州河边人"])


def reason():
    return pick(["涉及司法程序", "属企业内部管理事项", "非本辖区", "诉求人已撤诉", "属民事纠纷，建议协商"])


# --------------------------------------------------------------------------
# slot table: name -> function returning list of (text, kind|None)
# --------------------------------------------------------------------------
def L(kind, f):
    return lambda: [(f(), kind)]


def U(f):
    return lambda: [(f(), None)]


def _bankcard_slot(conn_choices):
    def g():
        b, num = bankcard()
        return [(b + pick(conn_choices), None), (num, "card")]
    return g


SLOTS = {
    # personal
    "name": L("name", name_any),
    "fname": L("name", FK.name),
    "wname": L("name", lambda: pick(WORD_NAMES)),
    "cname": L("name", lambda: pick(COMPOUND)),
    "mname": L("name", lambda: pick(MINORITY)),
    "rname": L("name", lambda: pick(RARE + [pick(SOUTH_SUR) + pick(SOUTH_GIVEN) for _ in range(4)])),
    "mobile": L("mobile", mobile),
    "mob": L("mobile", mob_plain),
    "id": L("id", id_number),
    "cid": L("id", id_child),
    "email": L("email", email),
    "qq": L("im", qq),
    "wx": L("im", wx),
    "addr": L("address", addr_any),
    "addr_gz": L("address", addr_gz), "addr_sz": L("address", addr_sz), "addr_dg": L("address", addr_dg),
    "addr_fs": L("address", addr_fs), "addr_sh": L("address", addr_sh), "addr_hz": L("address", addr_hz),
    "addr_nb": L("address", addr_nb), "addr_su": L("address", addr_su), "addr_xm": L("address", addr_xm),
    "addr_fz": L("address", addr_fz), "addr_hk": L("address", addr_hk), "addr_vil": L("address", addr_vil),
    "plate": L("plate", plate),
    "bankcard": _bankcard_slot(["卡号", "账户", "借记卡", "储蓄卡（卡号：", "账号：", "卡号：", "银行卡", " 账号 "]),
    "bankacct": _bankcard_slot(["账号", "卡号", "，账号", "（卡号", "储蓄卡"]),
    # not personal
    "masked": U(masked), "anon": U(anon), "anon_canto": U(anon_canto), "titled": U(titled), "nick": U(nick),
    "brand": U(lambda: pick(BRANDS)), "hist": U(lambda: pick(HIST)), "hist_plain": U(lambda: pick(HIST_PLAIN)),
    "hist_road": U(lambda: pick(HIST_ROAD)), "shopname": U(shopname), "shopaddr": U(shopaddr),
    "factory": U(factory_addr), "office": U(office_addr), "doc": U(doc), "doc_title": U(lambda: pick(DOC_TITLES)),
    "law": U(lambda: pick(LAWS)), "credit": U(credit), "order": U(order), "amount": U(amount), "amt_s": U(lambda: amount(30, 9000)), "amt_m": U(lambda: amount(800, 90000)),
    "amt_l": U(lambda: amount(50000, 3000000)), "tai": U(lambda: pick(SURS) + "太"), "gzh": U(gzh), "amtcn": U(amtcn),
    "date": U(date), "year": U(year), "tel": U(tel), "hotline": U(hotline), "post": U(post), "mmask": U(mmask),
    "idmask": U(idmask), "n4": U(n4), "pct": U(pct), "ems": U(ems), "caseno": U(caseno), "contract": U(contract),
    "sex": U(sex), "age": U(age), "n": U(n), "big": U(big), "netname": U(netname), "reason": U(reason),
    "street": U(street), "unit": U(unit), "estate": U(estate), "bldg": U(bldg), "school": U(school),
    "village": U(village), "firm": U(firm), "dist": U(dist), "road": U(road),
    "city": U(lambda: CITY[city_key()][0]), "bank": U(lambda: pick(list(BANKS))),
}

# --------------------------------------------------------------------------
# templates: (id, field, template)
# --------------------------------------------------------------------------
POS = [
    # ---------------- 12345 工单 summaries ----------------
    ("p-rent-deposit", "summary", "来电人{name}反映：其租住的{addr}出租屋到期退租，房东{masked}拒不退还押金{amt_s}，请求协调处理，联系电话{mobile}。"),
    ("p-leak-id", "summary", "市民{name}（身份证号{id}）来电称，{estate}物业{titled}长期不处理楼上漏水问题，诉求尽快维修。"),
    ("p-flat-noise", "summary", "诉求人：{name}｜联系方式：{mobile}｜地址：{addr}｜诉求类型：噪音扰民｜工单号：{order}"),
    ("p-apo-light", "summary", "阿婆{name}今年{age}岁，独居于{addr_gz}，反映楼道灯坏咗成个月冇人修（原话），要求社区跟进。"),
    ("p-park-lock", "summary", "来电人称其车辆{plate}于{date}停放在{estate}地面车位被物业贴锁，物业要求缴纳{amt_s}方可解锁，来电人{name}认为收费无依据。"),
    ("p-wage-list", "summary", "反映人{name}、{name}、{name}等{n}名工人称，{firm}拖欠工资共计{amt_l}，老板{titled}已失联，请求人社部门介入。"),
    ("p-school-child", "summary", "家长{name}来电咨询，其子{name}（身份证号{cid}）随迁子女积分入学申请被退回，请求说明学位分配依据。"),
    ("p-wx-market", "summary", "市民{name}通过微信（微信号：{wx}）留言反映：{street}菜市场门口占道经营严重，早上七点到九点行人无法通行。"),
    ("p-live-gold", "summary", "投诉人{name}称在某直播间购买的“{brand}”同款金饰疑为假货，商家客服QQ{qq}已将其拉黑，订单金额{amt_m}。"),
    ("p-jiugai-letter", "summary", "来信人{name}，{sex}，{age}岁，户籍地{village}，现住{addr}，反映旧改项目补偿款分配不公，要求公开分配方案。"),
    ("p-litai-trash", "summary", "{tai}（来电人）代其家婆{name}反映：{addr}楼下垃圾屋异味大，已多次向网格员{nick}反映无果。"),
    ("p-group-rent", "summary", "来电人{anon}反映其邻居{name}在{addr}内群租，隔成{n}间，住了二十几人，存在消防隐患，要求查处。"),
    ("p-yb-stolen", "summary", "{anon}代其父{name}反映：老人医保卡在{firm}被盗刷，涉及金额{amt_m}，报警回执号{order}。"),
    ("p-injury", "summary", "工友{name}（{mobile}）反应在{street}某电子厂务工期间受伤，工厂不肯申报工伤，老板{titled}称“自己去告”。"),
    ("p-lift-email", "summary", "业主{name}反映{estate}{n}栋电梯多次困人，物业{titled}态度恶劣，要求更换物业公司，联系邮箱{email}。"),
    ("p-used-car", "summary", "诉求人{name}称其购买的二手车{plate}过户后仍收到原车主的违章短信，请求交警部门核查。"),
    ("p-daipaidong", "summary", "市民反映：{addr}对面大排档每晚营业至凌晨两点，油烟、噪音扰民。来电人{name}，回电{mobile}。"),
    ("p-xuewei-full", "summary", "来电人{name}，{mobile}，反映女儿今年报读{school}被告知学位已满，家住{addr}属于该校地段，请求核实学区划分。"),
    ("p-netname", "summary", "网友“{netname}”（实名：{name}，身份证{id}）在留言板反映{street}出租屋管理费乱收费问题。"),
    ("p-flat-prepaid", "summary", "投诉对象：{firm}｜投诉人：{name}｜证件号码：{id}｜联系电话：{mobile}｜事由：预付卡无法退费"),
    ("p-owner-reps", "summary", "业主代表{name}、{name}反映{estate}旧改签约率未达{n}%即被要求搬迁，另反映{masked}等人多次上门威胁。"),
    ("p-hk-pile", "summary", "海口市民{name}反映其位于{addr_hk}的住房被相邻工地打桩震裂，墙体多处裂缝，请求住建部门鉴定。"),
    ("p-canto-pipe", "summary", "阿伯{name}来电，讲话唔系好清楚，大意系其{addr_gz}嘅屋企水管爆裂，物业唔理。回访电话{mobile}。"),
    ("p-rider-crash", "summary", "来电人{anon}反映，其丈夫{name}做外卖骑手期间在{road}发生交通事故，平台拒绝理赔，肇事车辆{plate}。"),
    ("p-qq-email", "summary", "投诉人{name}（QQ：{qq}，邮箱：{email}）反映{firm}直播间虚假宣传“三无”保健品。"),
    ("p-credit-card", "summary", "市民{name}反映其{bankcard}被{firm}违规代扣会员费{amt_s}，多次交涉无果，要求退款。"),
    ("p-biz-env", "summary", "营商环境投诉：{firm}法定代表人{name}（{mobile}）投诉{unit}办理施工许可超时{n}个工作日。"),
    ("p-litter", "summary", "{addr}住户{name}反映：楼上住户{name}长期从窗口抛洒垃圾，经多次沟通无果，{titled}也管唔到。"),
    ("p-isz", "summary", "微信号{wx}的用户（实名{name}）在“i深圳”反映{street}某幼儿园乱收费，每学期多收{amt_s}。"),
    ("p-sh-lift", "summary", "来电人{name}反映其母亲{name}（{age}岁）独居于{addr_sh}，加装电梯因邻居{masked}反对迟迟无法开工。"),
    ("p-sh-tingzijian", "summary", "来电人{name}（{mobile}）反映：{addr_sh}被二房东{masked}隔成{n}间出租给外卖骑手，楼梯堆满电瓶。"),
    ("p-hakka-zuwu", "summary", "村民{name}反映：其祖屋（{addr_vil}）被列入旧村改造范围，但未签订补偿协议即被拆除，联系电话{mob}。"),
    ("p-wx-deposit", "summary", "当事人{name}称通过微信向中介{masked}（微信号{wx}）支付租房定金{amt_s}后被拉黑，请求追回。"),
    ("p-dg-factory", "summary", "东莞{street}务工人员{name}（身份证：{id}）反映在{factory}上班，工厂未签劳动合同，离职时被扣工资{amt_s}。"),
    ("p-fs-village", "summary", "佛山市民{name}反映{addr_fs}门口的排水渠堵塞，雨天污水倒灌入屋，要求村委会清理。"),
    ("p-xm-minsu", "summary", "来电人{name}（{mobile}）反映其家{addr_xm}隔壁民宿夜间喧哗，游客乱停车，多次报警无效。"),
    ("p-fz-fang", "summary", "福州市民{name}称其位于{addr_fz}的老房漏雨，系古厝保护范围不能自行修缮，请求文旅部门协助。"),
    ("p-hz-ebike", "summary", "{addr_hz}业主{name}反映楼道内有人私拉电线给电瓶车充电，联系电话：{mobile}。"),
    ("p-nb-subsidy", "summary", "{name}（{sex}，{age}岁，住{addr_nb}）来信反映其申请的高龄补贴至今未发放，请求查明原因。"),
    ("p-su-rent", "summary", "苏州市民{name}反映租住的{addr_su}房东擅自涨租{amt_s}，并以断水断电相威胁，电话{mobile}。"),
    ("p-cname", "summary", "诉求人{cname}，电话{mobile}，反映{estate}小区门禁系统故障，外卖员随意进出，存在安全隐患。"),
    ("p-minority", "summary", "来电人{mname}反映在{street}办理居住证时，窗口工作人员以其姓名过长为由拒绝录入系统。"),
    ("p-flat-en", "summary", "姓名:{name} 手机:{mobile} 住址:{addr} 诉求:小区楼下烧烤摊油烟扰民，请城管处理。"),
    ("p-fraud-card", "summary", "{name}反映在某直播平台被诱导刷单，先后向对方提供的{bankcard}转账{amt_m}，请求公安立案。"),
    ("p-rent-card", "summary", "租客{name}反映房东{masked}要求将租金转入其{bankcard}，拒开收据，并不予办理居住登记。"),
    ("p-email-only", "summary", "来件人{name}（电子邮箱：{email}）反映：{street}某培训机构收取学费{amt_m}后关门跑路，涉及学生{n}名。"),
    ("p-wx-house", "summary", "市民{name}反映加了{estate}物业管家微信（{wx}）后被拉进推销群，个人信息遭泄露，要求物业道歉。"),
    ("p-qq-parents", "summary", "家长{name}（QQ号{qq}）反映{school}课后托管班未经家长同意擅自收费{amt_s}。"),
    ("p-ride-hail", "summary", "乘客{name}投诉网约车（车牌{plate}）司机中途甩客并多收车费，平台客服推诿，联系电话{mobile}。"),
    ("p-delivery-van", "summary", "{addr}住户{name}反映楼下每天凌晨有货车{plate}卸货，叉车噪音很大，吵到小朋友瞓唔着。"),
    ("p-rare", "summary", "来访人{rname}（{sex}，{age}岁）反映{village}宅基地确权时被他人冒名登记，现居{addr}。"),

    # ---------------- outcomes ----------------
    ("o-corridor", "outcome", "经{street}核实，{name}反映的{addr}楼道杂物问题属实，已于{date}联合物业清理完毕，并电话回复来电人（{mobile}），来电人表示满意。"),
    ("o-handler", "outcome", "承办单位：{unit}；承办人：{name}；联系电话：{tel}；办理结果：已约谈房东{masked}，押金于{date}退还。"),
    ("o-wage-id", "outcome", "经调查，{name}（身份证号码：{id}）所反映的欠薪问题属实，已责令{firm}于{date}前足额支付工资{amt_m}。"),
    ("o-visit-abo", "outcome", "工作人员于{date}上门走访{addr}，当面向{name}阿伯解释政策，并协助其办理高龄津贴申领手续。"),
    ("o-refund-card", "outcome", "该退款已通过{bankacct}转入申请人{name}名下，请注意查收。"),
    ("o-refund-orig", "outcome", "经与投诉人{name}沟通，商家同意退还货款{amt_m}，款项将原路退回其{bankcard}。"),
    ("o-callback", "outcome", "回访情况：{date}电话回访诉求人{name}（{mobile}），对办理结果评价“满意”，本件办结。"),
    ("o-tow", "outcome", "经核查，车牌号为{plate}的车辆已于{date}被拖离{estate}消防通道，车主{name}已接受教育并书面承诺。"),
    ("o-edu", "outcome", "区教育局答复：{name}同学（家长{name}，{mobile}）已按{doc}文件调剂至{school}就读。"),
    ("o-injury-pay", "outcome", "社保经办机构已于{date}将工伤待遇{amt_l}拨付至{name}本人{bankacct}）。"),
    ("o-grid-check", "outcome", "经网格员入户核查，{addr}现居住人员为{name}、{name}夫妇及其子女，未发现群租情况，来电人对结果不满意。"),
    ("o-email-reply", "outcome", "已将处理情况通过电子邮件（{email}）告知{name}，并附上{doc_title}，请查收。"),
    ("o-yb-special", "outcome", "医保局答复：参保人{name}（社会保障号码{id}）的门诊特定病种待遇已于{date}恢复，按规定补报销{amt_m}。"),
    ("o-qq-fraud", "outcome", "公安分局答复：{name}报称其QQ号{qq}被盗用后冒充其身份向亲友借钱，已立为刑事案件侦办（受案回执{order}）。"),
    ("o-danger-house", "outcome", "经组织鉴定，{addr}房屋为C级危房，已书面通知业主{name}暂停使用，并协调临时安置。"),
    ("o-illegal-build", "outcome", "街道已安排{titled}带队约谈业主{name}（联系电话：{mobile}），限期{n}日内自行拆除天台违建。"),
    ("o-wname", "outcome", "诉求人{wname}反映问题已解决。附：诉求人住址{addr}，联系电话{mobile}。"),
    ("o-unemp", "outcome", "人社局答复：{name}的失业保险金已审核通过，按月发放至其社保卡（{bankacct}）。"),
    ("o-wx-follow", "outcome", "经联系，{name}表示孩子学位问题已落实，为便于后续联系，已添加其微信（{wx}）。"),
    ("o-price", "outcome", "经市场监管局调查，{firm}未按规定明码标价，已依法立案；投诉人{name}获赔{amt_s}。"),
    ("o-two-handlers", "outcome", "本工单由{unit}{name}同志办理，{name}同志复核，{date}办结，群众评价“满意”。"),
    ("o-xinfang", "outcome", "{name}同志：你于{date}来信反映{addr}房屋征收补偿问题，经调查核实，现答复如下："),
    ("o-npc", "outcome", "{name}代表：您提出的关于加强出租屋消防安全管理的建议（第{n}号）收悉，现答复如下。"),
    ("o-cppcc", "outcome", "{name}委员：您提出的《关于优化外来务工人员随迁子女学位供给的提案》（第{big}号）收悉，经研究，答复如下。"),
    ("o-haocha", "outcome", "好差评回访｜评价人：{name}｜渠道：粤省事｜评价：非常不满意｜原因：窗口{titled}推诿｜整改：已约谈"),
    ("o-flat-table", "outcome", "姓名：{name}｜性别：{sex}｜身份证号：{id}｜手机：{mobile}｜办理结果：居住证已于{date}制证"),
    ("o-plate-owner", "outcome", "经交警大队查询，{plate}登记车主为{name}，该车已于{date}转入{city}，违章记录与来电人无关。"),
    ("o-minority", "outcome", "经协调，{mname}的居住证已于{date}补录办理完毕，姓名按户口簿原样登记，当事人表示感谢。"),
    ("o-dg-wage", "outcome", "经劳动保障监察大队调查，{firm}已于{date}向{name}等{n}人支付拖欠工资，其中{name}领取{amt_m}。"),
    ("o-foi-email", "outcome", "申请人{name}：你通过电子邮件（{email}）提交的政府信息公开申请已收悉，现答复如下。"),
    ("o-mediate-card", "outcome", "经调解，{firm}同意一次性赔偿{name}医疗费{amt_m}，已于{date}转入其{bankcard}。"),
    ("o-wx-rider", "outcome", "骑手{name}（微信号：{wx}）反映的站点扣款问题，平台已于{date}退还{amt_s}，本人确认收到。"),
    ("o-qq-return", "outcome", "已通过QQ邮箱{email}及QQ号{qq}两种方式告知{name}处理结果，当事人未再提出异议。"),
    ("o-zombie", "outcome", "{estate}内僵尸车{plate}、{plate}经张贴告示后，已联系车主{name}于{date}自行移走。"),
    ("o-rare-handler", "outcome", "处理意见：同意{rname}的申请，补发{amt_m}，请于{date}前携本人身份证（{id}）到窗口领取。"),

    # ---------------- actions ----------------
    ("a-verify", "action", "请{street}于{date}前上门核实{name}（{mobile}）反映的{addr}违建问题，并将结果反馈至12345平台。"),
    ("a-care", "action", "下一步，社区将把{name}家庭（{addr}）纳入重点关爱对象，由网格员{name}每周上门探访一次。"),
    ("a-supervise", "action", "督办意见：该件为重复件，请{unit}主要负责同志阅批，并直接联系诉求人{name}（{mobile}）面对面沟通。"),
    ("a-impound", "action", "已通知车主{name}于{date}前到{unit}接受处理，车辆{plate}暂扣于{road}停车场。"),
    ("a-rectify", "action", "整改措施：1.对{titled}进行批评教育；2.向投诉人{name}当面致歉；3.退还多收费用{amt_s}。"),
    ("a-meter-mail", "action", "请物业公司于3日内为{addr}更换入户水表，并将维修单据拍照发送至业主邮箱{email}。"),
    ("a-dispatch", "action", "派单至{street}：{name}，{mobile}，{addr}，反映出租屋内电动车违规充电，请现场处置。"),
    ("a-social-ins", "action", "协调{firm}按劳动合同约定为{name}、{name}补缴社保，补缴起止时间{date}至{date}。"),
    ("a-edu-check", "action", "请教育局核实{name}（身份证{cid}）的积分入学材料是否完整，并于{date}前答复家长。"),
    ("a-recover", "action", "建议追回多发的补贴{amt_m}，由{name}本人退回至指定账户，如确有困难可分{n}期。"),
    ("a-qq-warn", "action", "派出所民警已联系{name}，提醒其不要再通过QQ（{qq}）添加陌生人，并指导其修改密码。"),
    ("a-escort", "action", "请{unit}安排工作人员陪同{name}（{age}岁，{mobile}）到医院办理异地就医备案。"),
    ("a-deliver", "action", "约定回访：{date}由{titled}携带材料前往{addr}，面交{name}本人签收。"),
    ("a-warn-id", "action", "拟对当事人{name}（{id}）作出警告处罚，另责令其于{date}前恢复{addr}天台原状。"),
    ("a-plates", "action", "请{unit}核查{name}名下车辆{plate}、{plate}是否存在长期占用小区公共车位的情况。"),
    ("a-contact-card", "action", "联系人：{name}  手机：{mobile}  QQ：{qq}  请承办单位在2个工作日内与其联系。"),
    ("a-email-return", "action", "申请人{name}预留的电子邮箱{email}多次退信，请{street}通过电话{mobile}告知其补正材料。"),
    ("a-grid-list", "action", "网格化排查名单：{addr}（户主{name}）；{addr}（户主{name}），均需于本周内完成消防检查。"),
    ("a-hk-resettle", "action", "请{unit}为{name}一家（原住{addr_hk}）落实过渡安置，每月发放租金补贴{amt_s}。"),
    ("a-mail-both", "action", "请于{date}前将《行政复议决定书》电子版发送至申请人{name}的邮箱{email}，纸质版邮寄至{addr}。"),
    ("a-wage-direct", "action", "请{firm}将拖欠工资直接转入工人{name}的{bankcard}，不得再经包工头{titled}代发。"),
    ("a-subsidy-acct", "action", "经核对，{name}提供的{bankacct}与户名不符，请社区通知其于{date}前重新提交（电话{mobile}）。"),
    ("a-qq-school", "action", "请{school}班主任{titled}通过QQ（{qq}）或电话联系家长{name}，告知插班手续。"),
    ("a-wx-group", "action", "网格员已将{name}拉入{estate}业主议事微信群，其个人微信号为{wx}，后续由{nick}负责对接。"),
    ("a-email-table", "action", "补正通知｜申请人：{name}｜邮箱：{email}｜缺少材料：租赁合同、社保缴费证明｜截止：{date}"),
    ("a-muck", "action", "请交警大队对泥头车{plate}（登记车主{name}）沿途撒漏问题依法处理，并抄告{unit}。"),
    ("a-fwd-wx", "action", "请将回复意见同步发送至诉求人微信{wx}（{name}），并截图留存备查。"),

    # ---------------- notices ----------------
    ("n-title", "notice", "关于{name}同志严重违纪违法问题的通报"),
    ("n-expel", "notice", "{city}{unit}原党组书记、局长{name}严重违纪违法被开除党籍和公职"),
    ("n-profile", "notice", "{name}，{sex}，{age}岁，中共党员，原任{street}城建办主任，在旧改项目中收受开发商好处费{amt_l}，被给予党内严重警告处分。"),
    ("n-queue", "notice", "{street}社区工作站站长{name}在学位分配中违规为亲属“插队”，受到政务记过处分；{titled}负有领导责任，被诫勉谈话。"),
    ("n-penalty-id", "notice", "{dist}市场监管局对{firm}（经营者：{name}，身份证号码：{id}）销售过期食品作出罚款{amt_m}的行政处罚。"),
    ("n-decision", "notice", "行政处罚决定书{doc}：当事人{name}，住所{addr}，身份证号码{id}，违法事实：无证经营网吧。"),
    ("n-three", "notice", "点名道姓通报：{name}、{name}、{name}三人在12345工单办理中敷衍塞责、虚假办结，分别给予诫勉、通报批评处理。"),
    ("n-cases", "notice", "{date}，{city}纪委监委通报{n}起群众身边腐败问题典型案例：{name}套取低保金问题；{name}违规收取出租屋管理费问题。"),
    ("n-cname", "notice", "{unit}干部{cname}在信访接待中态度粗暴，被责令作出深刻检查并在全系统通报。"),
    ("n-gift-title", "notice", "关于对{name}等{n}名同志违规收受礼金问题的处理通报（{doc}）"),
    ("n-village-head", "notice", "经查，{name}利用担任{village}村委会主任职务便利，在征地拆迁中虚报青苗补偿款{amt_l}，被开除党籍。"),
    ("n-grid-praise", "notice", "{mname}同志（{unit}网格员）扎根社区二十年，入户走访{big}户，获评“最美网格员”。"),
    ("n-hukou-leak", "notice", "{wname}，女，{age}岁，{unit}一级科员，因违规泄露投诉人{masked}的个人信息被给予警告处分。"),
    ("n-blackcar", "notice", "当事人：{name}；车牌号：{plate}；违法行为：非法营运（“黑车”）；处罚：罚款{amt_m}。"),
    ("n-cv-renew", "notice", "原{street}党工委委员{name}在城中村改造中插手工程项目，收受{firm}负责人{name}所送现金{amt_l}。"),
    ("n-lost-wallet", "notice", "表扬通报：{unit}{name}、{name}同志拾金不昧，将群众遗失的装有{amt_s}现金的钱包归还失主。"),
    ("n-accountability", "notice", "问责通报｜{name}（{unit}原副主任）、{name}（{unit}科员）因“好差评”差评整改不力被问责。"),
    ("n-market-indiv", "notice", "市场监管处罚公示｜当事人：{name}（个体工商户，经营场所：{shopaddr}）｜违法行为：销售未经检疫猪肉｜处罚：没收违法所得{amt_s}"),
    ("n-self-age", "notice", "{name}（{sex}，{age}岁）本人如实交代了收受{titled}所送购物卡{amt_m}的问题，主动退缴全部违纪所得。"),
    ("n-wname-title", "notice", "{wname}同志违规兼职取酬问题的通报"),
    ("n-rare-trial", "notice", "{dist}纪委监委对{rname}（原{street}党工委副书记）严重违纪违法问题进行了立案审查调查。"),
    ("n-compound-list", "notice", "受到党纪政务处分的人员：{cname}、{name}、{name}；受到组织处理的：{name}。"),
    ("n-dishonest", "notice", "拖欠农民工工资失信联合惩戒对象名单：{name}（身份证号{id}），拖欠{n}名工人工资{amt_l}。"),
    ("n-plate-public", "notice", "城管执法公示：车辆{plate}（车主{name}）在{road}违规运输建筑泥浆，罚款{amt_m}。"),
    ("n-email-notify", "notice", "送达公告：因无法直接送达，现通过电子邮件{email}向当事人{name}送达{doc_title}（{doc}），自发出之日起视为送达。"),
    ("n-wx-bribe", "notice", "经查，{name}通过微信（{wx}）收受辖区出租屋业主所送红包{amt_m}，被给予政务撤职处分。"),
    ("n-confisc-card", "notice", "{name}违规领取的低保金{amt_m}已责令退回，原发放账户{bankcard}已停止发放。"),
    ("n-relative", "notice", "{name}默许其妻子{name}在辖区城中村收取“保护费”，被给予撤职处分，其妻已移送司法机关。"),
]

NEG = [
    ("c-linnvshi", "summary", "来电人林女士反映，{estate}{n}栋楼下垃圾桶满溢，要求增加清运频次，工单编号{order}。"),
    ("c-masked-fire", "outcome", "经{street}核实，{masked}反映的出租屋消防通道堵塞问题属实，已督促房东{masked}于{date}前整改到位。"),
    ("c-unit-table", "outcome", "承办单位：{unit}｜联系电话：{tel}｜办理时限：{n}个工作日｜满意度：满意｜工单号：{order}"),
    ("c-desens", "notice", "{doc}：关于对{street}{n}名工作人员的问责情况通报（涉及人员已作脱敏处理，以{masked}、{masked}代称）。"),
    ("c-hist", "notice", "学习{hist}同志先进事迹，做新时代人民满意的公务员——{unit}主题党日活动综述。"),
    ("c-brand-shop", "summary", "{anon}来电反映在{brand}门店购买的商品存在质量问题，门店地址{shopaddr}，要求退换。"),
    ("c-cardtail", "outcome", "退款{amtcn}已退回至投诉人尾号{n4}的银行卡，请注意查收，如有疑问请拨打{tel}。"),
    ("c-mmask", "summary", "来电人称其手机号{mmask}频繁收到贷款营销短信，怀疑个人信息被{firm}泄露。"),
    ("c-idmask", "outcome", "经核查，身份证号{idmask}的申请人材料不全，请补充户口簿、居住证后重新申请。"),
    ("c-deadline", "action", "请{unit}于{date}前办结，办理结果请在“12345政务服务便民热线”系统内填报，咨询电话{tel}。"),
    ("c-credit-table", "notice", "统一社会信用代码：{credit}｜名称：{firm}｜处罚决定书文号：{doc}｜罚没金额：{amt_m}"),
    ("c-abo-traffic", "summary", "阿伯来电，讲{estate}门口条路成日塞车，要求交警增派人手，来电号码已隐藏。"),
    ("c-xie-zheng", "outcome", "{titled}已于{date}带队到现场，督促{firm}整改，郑姨反映的问题已基本解决。"),
    ("c-tang-dpd", "summary", "唐老板的大排档（{shopname}）每晚占道经营，街坊老李、小徐多次向网格员反映。"),
    ("c-office", "outcome", "接待地址：{office}；接待时间：工作日9:00—12:00、14:00—17:30；邮编{post}。"),
    ("c-jiugai-anon", "summary", "关于{village}旧改项目进展的咨询：村民代表询问第二期回迁房何时交付，来电人要求匿名。"),
    ("c-accountable", "notice", "对{unit}副局长、{street}党工委书记等{n}名领导干部进行问责，其中党内警告{n}人、诫勉{n}人。"),
    ("c-rider-zhang", "summary", "某外卖平台骑手投诉站点长“{masked}”无故扣罚配送费{amt_s}，诉求返还并道歉。"),
    ("c-school-stats", "outcome", "{school}{year}年秋季学位申请共受理{big}宗，按积分排序录取前{n}0名，最低录取积分{n}分。"),
    ("c-grid-check", "action", "请{street}网格员对{estate}辖内出租屋开展全面排查，重点检查电动车违规充电、一屋多租等问题。"),
    ("c-traffic", "summary", "市民反映{road}与{road}交界处红绿灯故障，泥头车经常闯红灯，车牌号未看清。"),
    ("c-order-done", "outcome", "经查询，该工单（{order}）已于{date}由{unit}办结，群众评价为“基本满意”。"),
    ("c-dishonest-firm", "notice", "{firm}（统一社会信用代码{credit}）因拖欠农民工工资被列入失信名单，法定代表人已被约谈。"),
    ("c-litai-noise", "summary", "李太来电：屋企楼上成日有人拍波，夜晚十二点仲未停，希望派人上嚟睇下。"),
    ("c-cppcc", "outcome", "政协提案答复：关于加快城中村“瓦片经济”转型的提案（第{big}号）收悉，现答复如下。"),
    ("c-yb-cross", "outcome", "医保局答复：异地就医直接结算备案可通过“粤医保”小程序办理，咨询电话12393或{tel}。"),
    ("c-month-stats", "action", "本月共受理涉及物业管理的投诉{big}件，同比上升{pct}，主要集中在{estate}、{estate}等小区。"),
    ("c-masked-punish", "notice", "依据{law}第{n}条，给予{masked}党内严重警告处分，给予{masked}政务记大过处分。"),
    ("c-school-query", "summary", "家长咨询：户籍在{dist}、居住在{estate}的适龄儿童，对口学校是否为{school}？如何查询学位锁定情况？"),
    ("c-ems", "outcome", "信访事项受理告知书（{doc}）已于{date}通过EMS寄送，邮件号{ems}，请注意查收。"),
    ("c-huangnvshi", "action", "请社区于本周内联系来电人{anon}，核实其反映的{bldg}电梯停运情况。"),
    ("c-bus", "outcome", "经查，涉事车辆为公交{n}路公交车，车辆自编号{big}，已对驾驶员进行批评教育，扣减当月绩效。"),
    ("c-redblack", "notice", "第{n}期“红黑榜”：{street}12345工单按时办结率{pct}，满意率{pct}，排名全市第{n}。"),
    ("c-progress", "summary", "来电人要求查询{date}递交的{doc_title}办理进度，申请编号{order}，并要求书面答复。"),
    ("c-12388", "action", "请于{date}前将整改情况报区纪委监委第{n}纪检监察室，联系电话{tel}（举报电话12388）。"),
    ("c-rider-canto", "summary", "靓仔来电，话送外卖嗰阵喺{estate}门口畀保安拦住，唔畀入，要求平台同物业沟通。"),
    ("c-indiv-wang", "outcome", "经核实，投诉涉及的{shopname}由个体户{masked}经营，已责令其办理食品经营许可证。"),
    ("c-hist-plain", "notice", "{unit}组织党员干部参观{hist_plain}故居（纪念馆），重温入党誓词。"),
    ("c-school-promise", "summary", "投诉人反映某楼盘销售承诺的学位（{school}）无法兑现，购房合同编号{contract}，涉及金额{amtcn}。"),
    ("c-renovate", "outcome", "住建局答复：{estate}已纳入{year}年老旧小区改造计划，计划投资{amt_l}，预计{date}开工。"),
    ("c-chengguan", "action", "城管执法队已于{date}对{road}沿线{n}处占道经营点进行清理，暂扣三轮车{n}辆。"),
    ("c-plate-partial", "summary", "市民反映{road}“{brand}”店门口长期停放多辆粤B牌照车辆阻挡人行道，车牌尾号分别为{n4}、{n4}。"),
    ("c-wage-guar", "outcome", "人社局答复：{firm}欠薪案涉及{big}名工人、金额{amt_l}，已全部通过工资保证金支付。"),
    ("c-tekun", "notice", "市民政局公示：{year}年度第{n}批特困人员供养名单（已隐去姓名及身份证号，仅公示户数{big}户）。"),
    ("c-laochen-aqiang", "summary", "老陈同阿强两兄弟在{village}开嘅士多店被投诉卖过期饮料，来电人{anon}要求查处。"),
    ("c-return", "outcome", "该诉求不属于本单位职责范围，已退回市12345热线平台重新派单（退单理由：{reason}）。"),
    ("c-hist-road", "action", "请{unit}对{hist_road}{n}号至{big}号路段的破损人行道进行修复，{date}前完成。"),
    ("c-water-cut", "summary", "来电反映{estate}物业于{date}张贴停水通知，称因二次供水设施改造停水{n}小时，未提前告知住户。"),
    ("c-eight-rules", "notice", "{city}纪委监委公开曝光{n}起违反中央八项规定精神问题：某区住建局一级调研员{masked}违规收受礼品礼金；某街道办事处副主任{masked}违规公款吃喝。"),
    ("c-law-reply", "outcome", "答复意见：根据{law}第{n}条，出租屋业主应当如实登记承租人信息，{dist}已开展专项检查。"),
    ("c-complaint-table", "summary", "投诉编号{order}｜投诉对象：{firm}｜联系电话：{tel}｜涉及金额：{amt_m}｜诉求：退款"),
    ("c-mosowai", "outcome", "回访时来电人表示“冇所谓啦”，对处理结果无意见，本工单予以办结（{order}）。"),
    ("c-joint", "action", "由{titled}牵头，城管、市场监管、消防等部门组成联合检查组，{date}起对{village}开展为期{n}天的专项整治。"),
    ("c-collective", "notice", "{unit}党支部被评为先进基层党组织，{n}名同志受到表彰（名单略），{titled}代表作交流发言。"),
    ("c-parking-space", "summary", "来电人反映其在{firm}购买的车位（{estate}负二层B{big}号）被他人长期占用，要求物业处理。"),
    ("c-edu-plan", "outcome", "区教育局已于{date}发布《{year}年义务教育阶段学校招生工作方案》，咨询电话{tel}，邮编{post}。"),
    ("c-franchise", "summary", "来电人自称系“{brand}”加盟商，反映总部{firm}收取加盟费{amtcn}后不提供货源。"),
    ("c-penalty-hidden", "notice", "处罚决定书文号：{doc}；案件编号：{caseno}；当事人名称：{firm}；法定代表人：（已隐去）"),
    ("c-firm-addr", "outcome", "城管局答复：{factory}系{firm}自有厂房，门前违规搭建的雨棚已于{date}拆除。"),
    ("c-unreg", "summary", "某网格员反映辖区{estate}内有{n}户出租屋未登记，房东均在外地，电话联系不上。"),
    ("c-jingji-she", "action", "请{street}联系{titled}，核实{village}第{n}经济合作社集体土地出租合同是否经过民主表决。"),
    ("c-haocha-data", "outcome", "本期“好差评”数据：收到评价{big}条，其中差评{n}条，差评整改率100%，回访率{pct}。"),
    ("c-food", "summary", "来电人称在{road}的“{shopname}”食用午餐后腹泻，收据编号{order}，要求索赔{amt_s}。"),
    ("c-anon-note", "notice", "说明：本通报中涉及的当事人姓名已按规定作匿名化处理，如{masked}、{masked}、{masked}等。"),
    ("c-grid-info", "action", "请{unit}依据{doc}精神，在{date}前完成辖区{n}个城中村的网格化管理信息采集。"),
    ("c-plate-ya", "summary", "{anon_canto}反映一辆只记得是粤A开头的白色小车在{road}乱停，要求交警处理。"),
    ("c-xu", "outcome", "市信访局答复：你反映的问题已转{unit}办理，请耐心等待，如有疑问可拨打{tel}。信访人：{anon}。"),
    ("c-xiaolin", "notice", "表扬通报：{unit}窗口工作人员小林、阿梅于{date}帮助一名走失阿婆联系上家属。"),
    ("c-liming", "summary", "黎明时分{road}一带仍在施工，渣土车进出频繁，噪音扰民，居民要求限定作业时间。"),
    ("c-xiangyang", "action", "请向阳社区、常青社区于{date}前上报辖区高龄独居老人台账，数据只报户数、不报姓名。"),
    ("c-bankhall", "summary", "来电人反映{bank}{road}支行营业厅排队时间过长，取号{big}号等了两个多小时。"),
    ("c-email-office", "outcome", "依申请公开答复书（{doc}）已通过邮政寄出，邮编{post}，挂号信编号{ems}。"),
    ("c-rent-subsidy", "outcome", "经审核，{dist}{year}年第{n}批人才住房租赁补贴共{big}户，补贴金额合计{amt_l}，名单详见附件（已脱敏）。"),
    ("c-live-shop", "summary", "来电反映某直播间主播自称“{brand}官方”，销售的保健品无批准文号，直播间ID不详。"),
    ("c-yuegang", "action", "{street}出租屋管理服务中心将对{bldg}全部出租屋重新登记，登记点设在{office}。"),
    ("c-property-fee", "outcome", "{estate}物业费标准为每月每平方米{n}.{n4}元，系业主大会表决通过，不存在违规收费。"),
    ("c-xiaofang", "notice", "{dist}消防救援大队通报：{date}{village}出租屋电动车充电起火，无人员伤亡，过火面积约{n}平方米。"),
    ("c-gzh", "outcome", "您也可关注微信公众号“{gzh}”或拨打{hotline}查询办理进度，受理编号{order}。"),
    ("c-taxi", "summary", "{anon}反映{date}乘坐出租车被绕路，多收车费约{n}元，发票号码{contract}，车牌号记不清。"),
]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{(\w+)(?::(\w+))?\}")
NAME_LIKE = {"name", "fname", "wname", "cname", "mname", "rname"}


def render(tpl):
    out = []
    labels = []
    pos = 0
    memo = {}
    used = set()
    last = 0
    for m in SLOT_RE.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        slot, key = m.group(1), m.group(2)
        if key and key in memo:
            pieces = memo[key]
        else:
            for _ in range(30):
                pieces = SLOTS[slot]()
                sig = tuple(p[0] for p in pieces if p[1])
                if slot in NAME_LIKE or slot.startswith("addr") or slot in ("plate", "mobile", "mob"):
                    if sig in used:
                        continue
                break
            used.add(tuple(p[0] for p in pieces if p[1]))
            if key:
                memo[key] = pieces
        for txt, kind in pieces:
            if kind:
                labels.append({"start": pos, "end": pos + len(txt), "kind": kind})
            out.append(txt)
            pos += len(txt)
        last = m.end()
    out.append(tpl[last:])
    return "".join(out), labels


def build():
    ids = [t[0] for t in POS + NEG]
    assert len(ids) == len(set(ids)), "duplicate template id"
    rows = []
    seen = set()

    def fill(templates, target, positive):
        got = 0
        order_ = list(templates)
        rounds = 0
        while got < target and rounds < 200:
            rounds += 1
            R.shuffle(order_)
            for tid, field, tpl in order_:
                if got >= target:
                    break
                for _ in range(20):
                    text, labels = render(tpl)
                    if 15 <= len(text) <= 140 and text not in seen:
                        break
                else:
                    continue
                assert bool(labels) == positive, (tid, text)
                seen.add(text)
                rows.append({"field": field, "labels": labels, "shape": f"outside8-{tid}", "text": text})
                got += 1
        return got

    fill(POS, 550, True)
    fill(NEG, 450, False)
    R.shuffle(rows)
    return rows


def check(rows):
    for r in rows:
        t = r["text"]
        assert 15 <= len(t) <= 140, t
        spans = sorted((l["start"], l["end"]) for l in r["labels"])
        for a, b in spans:
            assert 0 <= a < b <= len(t), (r, a, b)
            v = t[a:b]
            assert v and v == v.strip(), (r, v)
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            assert b1 <= a2, ("overlap", r)
        for l in r["labels"]:
            v = t[l["start"]:l["end"]]
            if l["kind"] == "id":
                assert len(v) == 18 and id_check(v[:17]) == v[17], v
            if l["kind"] == "card":
                d = v.replace(" ", "")
                assert d.isdigit() and luhn_ok(d), v
            if l["kind"] == "mobile":
                d = re.sub(r"\D", "", v)
                d = d[2:] if len(d) == 13 else d
                assert len(d) == 11 and d[0] == "1", v


def main():
    rows = build()
    check(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "outside8.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read what was written and assert every slice again
    with open(path, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert back == rows
    check(back)
    pos = sum(1 for r in rows if r["labels"])
    print(f"wrote {len(rows)} rows to {path}: {pos} positive, {len(rows) - pos} clean")
    print(f"templates: {len(POS)} positive + {len(NEG)} clean = {len(POS) + len(NEG)}; "
          f"used shapes: {len({r['shape'] for r in rows})}")
    kinds = Counter(l["kind"] for r in rows for l in r["labels"])
    print("labels by kind:", dict(sorted(kinds.items(), key=lambda x: -x[1])))
    print("rows containing kind:", dict(Counter(k for r in rows for k in {l['kind'] for l in r['labels']})))
    fields = Counter((r["field"], "pos" if r["labels"] else "clean") for r in rows)
    print("rows by field:", {f: {"pos": fields[(f, "pos")], "clean": fields[(f, "clean")]}
                             for f in ("summary", "outcome", "action", "notice")})
    kf = Counter((r["field"], l["kind"]) for r in rows for l in r["labels"])
    print("labels by field x kind:", {f: {k: kf[(f, k)] for k in sorted(kinds) if kf[(f, k)]}
                                      for f in ("summary", "outcome", "action", "notice")})
    lens = [len(r["text"]) for r in rows]
    print(f"length min/mean/max: {min(lens)}/{sum(lens) / len(lens):.1f}/{max(lens)}")


if __name__ == "__main__":
    main()
