# -*- coding: utf-8 -*-
"""outside10: independent labelled test set for a personal-data detector
(government transparency portal, North/East China flavour).

Run:  python outside10.py   -> writes outside10.jsonl beside this file.
Stdlib + faker only; fixed seed.
"""
import json
import os
import random
import re
from collections import Counter

from faker import Faker

SEED = 20240610
R = random.Random(SEED)
Faker.seed(SEED)
FK = Faker("zh_CN")

# ---------------------------------------------------------------- places
CITIES = [
    dict(key="北京", prov="", city="北京市", cs="北京", abbr="京", plate="京", pl="ABCEFGHJKLMNPQ", area="010",
         dists=[("朝阳区", "110105", ["劲松街道", "八里庄街道", "双井街道", "望京街道"]),
                ("海淀区", "110108", ["学院路街道", "北太平庄街道", "万寿路街道"]),
                ("丰台区", "110106", ["卢沟桥街道", "右安门街道", "马家堡街道"]),
                ("西城区", "110102", ["广安门外街道", "德胜街道", "展览路街道"]),
                ("通州区", "110112", ["中仓街道", "北苑街道"]),
                ("昌平区", "110114", ["回龙观街道", "天通苑北街道"])],
         roads=["劲松路", "西坝河南路", "学院路", "右安门外大街", "广渠路", "万寿路", "北苑路", "龙锦三街"],
         estates=["劲松八区", "团结湖北里", "龙泽苑", "天通东苑一区", "芳城园", "双井东院", "八里庄西里", "育新花园"],
         lanes=["菊儿胡同", "帽儿胡同", "前马厂胡同", "白米斜街", "大石作胡同"],
         rural=[("密云区", "溪翁庄镇", ["金叵罗村", "东智北村", "石马峪村"]), ("顺义区", "李桥镇", ["沿河村", "北河村", "英各庄村"])],
         heat="北京市热力集团"),
    dict(key="天津", prov="", city="天津市", cs="天津", abbr="津", plate="津", pl="ABCDEFGHJKLMN", area="022",
         dists=[("南开区", "120104", ["万兴街道", "学府街道", "王顶堤街道"]),
                ("河西区", "120103", ["友谊路街道", "越秀路街道", "梅江街道"]),
                ("和平区", "120101", ["南市街道", "劝业场街道"]),
                ("河北区", "120105", ["望海楼街道", "宁园街道"]),
                ("西青区", "120111", ["李七庄街道", "张家窝镇"]),
                ("滨海新区", "120116", ["新港街道", "塘沽街道"])],
         roads=["迎水道", "卫津南路", "复康路", "友谊路", "黄河道", "红旗南路", "中山路", "津塘公路"],
         estates=["华苑居华里", "体院北小区", "迎水南里", "梅江芳水园", "天塔里", "丽苑小区", "万德庄南里", "宁园公寓"],
         lanes=["五福里", "兴盛里", "庆余里", "长春里"],
         rural=[("静海区", "独流镇", ["三街村", "十街村", "北五里村"]), ("武清区", "大良镇", ["田水铺村", "大良村"])],
         heat="天津能源集团津能热电"),
    dict(key="石家庄", prov="河北省", city="石家庄市", cs="石家庄", abbr="冀", plate="冀A", pl="", area="0311",
         dists=[("长安区", "130102", ["育才街道", "建北街道", "谈固街道"]),
                ("桥西区", "130104", ["东里街道", "维明街道", "振头街道"]),
                ("新华区", "130105", ["赵陵铺路街道", "革新街道", "合作路街道"]),
                ("裕华区", "130108", ["槐底街道", "裕兴街道", "建通街道"])],
         roads=["槐安东路", "裕华东路", "建华南大街", "中华北大街", "体育南大街", "谈固南大街", "友谊北大街", "育才街"],
         estates=["翠屏山小区", "怀特小区", "建华小区", "塔坛小区", "谈固小区", "联盟小区", "省直宿舍", "棉一生活区"],
         lanes=["花园街", "建设巷", "前进胡同"],
         rural=[("正定县", "新城铺镇", ["北贾村", "西里寨村"]), ("藁城区", "廉州镇", ["东四公村", "南屯村"]), ("栾城区", "冶河镇", ["任家庄村", "南苏村"])],
         heat="石家庄华电供热集团"),
    dict(key="保定", prov="河北省", city="保定市", cs="保定", abbr="冀", plate="冀F", pl="", area="0312",
         dists=[("竞秀区", "130602", ["先锋街道", "韩村北路街道"]), ("莲池区", "130606", ["南关街道", "东关街道", "五四路街道"])],
         roads=["朝阳南大街", "东风中路", "五四东路", "裕华西路", "七一中路"],
         estates=["东风小区", "朝阳花园", "复兴家园", "裕华园", "七一小区"],
         lanes=["西大街", "城隍庙街", "后卫街"],
         rural=[("清苑区", "冉庄镇", ["东孙庄村", "李罗侯村"]), ("高阳县", "西演镇", ["南蒲口村", "赵官佐村"])],
         heat="保定市热力公司"),
    dict(key="唐山", prov="河北省", city="唐山市", cs="唐山", abbr="冀", plate="冀B", pl="", area="0315",
         dists=[("路北区", "130203", ["龙东街道", "钓鱼台街道"]), ("路南区", "130202", ["学院南路街道", "永红桥街道"])],
         roads=["建设北路", "北新道", "卫国路", "龙泽路"],
         estates=["龙泉小区", "凤凰新城", "河北一里", "北新西楼"],
         lanes=["小山西街", "达谢庄胡同"],
         rural=[("滦南县", "胡各庄镇", ["西尖坨村", "大庄坨村"])],
         heat="唐山市热力总公司"),
    dict(key="邯郸", prov="河北省", city="邯郸市", cs="邯郸", abbr="冀", plate="冀D", pl="", area="0310",
         dists=[("丛台区", "130403", ["丛台西街道", "联纺东街道"]), ("邯山区", "130402", ["火磨街道", "光明路街道"])],
         roads=["人民东路", "滏河北大街", "中华北大街", "联纺路"],
         estates=["联纺小区", "光明小区", "天元小区", "建设小区"],
         lanes=["串城街", "朝阳路二巷"],
         rural=[("肥乡区", "天台山镇", ["后屯村", "西吕营村"])],
         heat="邯郸市热力公司"),
    dict(key="太原", prov="山西省", city="太原市", cs="太原", abbr="晋", plate="晋A", pl="", area="0351",
         dists=[("小店区", "140105", ["坞城街道", "龙城街道", "营盘街道"]), ("迎泽区", "140106", ["柳巷街道", "桥东街道"]), ("杏花岭区", "140107", ["巨轮街道", "三桥街道"])],
         roads=["坞城路", "长风街", "南内环街", "并州北路", "解放路"],
         estates=["和平小区", "漪汾苑", "长风小区", "南内环桥东小区", "建设路宿舍"],
         lanes=["天地坛", "精营东二道街"],
         rural=[("清徐县", "徐沟镇", ["东楚王村", "西罗村"])],
         heat="太原市热力集团"),
    dict(key="大同", prov="山西省", city="大同市", cs="大同", abbr="晋", plate="晋B", pl="", area="0352",
         dists=[("平城区", "140213", ["南关街道", "新建北路街道"])],
         roads=["魏都大道", "新建北路", "迎宾街"],
         estates=["恒安新区", "御河花园", "新建北路小区"],
         lanes=["鼓楼东街", "大有仓巷"],
         rural=[("云州区", "西坪镇", ["唐家堡村", "坊城新村"])],
         heat="大同市热力公司"),
    dict(key="晋中", prov="山西省", city="晋中市", cs="晋中", abbr="晋", plate="晋K", pl="", area="0354",
         dists=[("榆次区", "140702", ["锦纶街道", "路西街道"])],
         roads=["顺城街", "迎宾街", "蕴华街"],
         estates=["锦纶小区", "龙湖小区", "迎宾苑"],
         lanes=["东大街", "北关巷"],
         rural=[("左权县", "麻田镇", ["上麻田村", "泽城村"]), ("平遥县", "古陶镇", ["干坑村", "西郭村"])],
         heat="晋中市热力公司"),
    dict(key="济南", prov="山东省", city="济南市", cs="济南", abbr="鲁", plate="鲁A", pl="", area="0531",
         dists=[("历下区", "370102", ["燕山街道", "千佛山街道", "文东街道"]), ("市中区", "370103", ["舜玉路街道", "七里山街道"]), ("历城区", "370112", ["洪家楼街道", "王舍人街道"])],
         roads=["解放东路", "舜玉路", "经十路", "山大路", "二环南路", "花园路"],
         estates=["燕山小区", "舜玉小区", "七里山南区", "洪家楼小区", "甸柳新村", "山大路小区"],
         lanes=["芙蓉街", "曲水亭街", "后宰门街"],
         rural=[("章丘区", "宁家埠街道", ["东河村", "北寨村"]), ("长清区", "孝里街道", ["大街村", "孝里铺村"])],
         heat="济南能源集团"),
    dict(key="潍坊", prov="山东省", city="潍坊市", cs="潍坊", abbr="鲁", plate="鲁G", pl="", area="0536",
         dists=[("奎文区", "370705", ["东关街道", "广文街道"]), ("潍城区", "370702", ["城关街道", "于河街道"])],
         roads=["东风东街", "胜利东街", "鸢飞路", "文化路"],
         estates=["东方花园", "鸢飞小区", "北苑小区", "胜利东街宿舍"],
         lanes=["十笏园街", "芙蓉街"],
         rural=[("寿光市", "洛城街道", ["屯西村", "东斟灌村"]), ("安丘市", "景芝镇", ["朱家庄子村", "后景芝村"])],
         heat="潍坊市热力公司"),
    dict(key="临沂", prov="山东省", city="临沂市", cs="临沂", abbr="鲁", plate="鲁Q", pl="", area="0539",
         dists=[("兰山区", "371302", ["兰山街道", "银雀山街道"]), ("罗庄区", "371311", ["罗庄街道", "傅庄街道"])],
         roads=["解放路", "沂蒙路", "金雀山路", "通达路"],
         estates=["金雀山小区", "沂蒙路小区", "书香苑", "兰亭苑"],
         lanes=["西大街", "柳树巷"],
         rural=[("兰陵县", "向城镇", ["前王庄村", "北王村"]), ("沂南县", "马牧池乡", ["常山庄村", "东辛庄村"])],
         heat="临沂市热力公司"),
    dict(key="烟台", prov="山东省", city="烟台市", cs="烟台", abbr="鲁", plate="鲁F", pl="", area="0535",
         dists=[("芝罘区", "370602", ["毓璜顶街道", "世回尧街道"]), ("莱山区", "370613", ["黄海路街道", "初家街道"])],
         roads=["南大街", "青年南路", "港城东大街"],
         estates=["世回尧小区", "凤凰台小区", "只楚小区"],
         lanes=["所城里大街", "奇山巷"],
         rural=[("蓬莱区", "刘家沟镇", ["马格庄村", "谭家村"])],
         heat="烟台市热力有限公司"),
    dict(key="南京", prov="江苏省", city="南京市", cs="南京", abbr="苏", plate="苏A", pl="", area="025",
         dists=[("玄武区", "320102", ["孝陵卫街道", "玄武门街道", "锁金村街道"]), ("鼓楼区", "320106", ["宁海路街道", "湖南路街道"]), ("秦淮区", "320104", ["夫子庙街道", "月牙湖街道"]), ("江宁区", "320115", ["东山街道", "秣陵街道"])],
         roads=["中山东路", "龙蟠路", "草场门大街", "莫愁路", "苜蓿园大街"],
         estates=["南湖新村", "月牙湖花园", "莫愁新寓", "龙江小区", "锁金村", "后宰门小区"],
         lanes=["颜料坊", "小彩霞街", "大油坊巷"],
         rural=[("溧水区", "白马镇", ["石头寨村", "白马村"]), ("高淳区", "桠溪街道", ["蓝溪村", "瑶宕村"])],
         heat="南京市城市燃气与供热"),
    dict(key="徐州", prov="江苏省", city="徐州市", cs="徐州", abbr="苏", plate="苏C", pl="", area="0516",
         dists=[("云龙区", "320303", ["彭城街道", "大郭庄街道"]), ("鼓楼区", "320302", ["丰财街道", "琵琶街道"])],
         roads=["和平路", "解放南路", "中山北路", "复兴南路"],
         estates=["民主小区", "金山桥小区", "和平新村", "翟山小区"],
         lanes=["户部山巷", "马市街"],
         rural=[("沛县", "龙固镇", ["张庄寨村", "夏庄村"]), ("邳州市", "铁富镇", ["姚庄村", "北楼村"])],
         heat="徐州市热力公司"),
    dict(key="常州", prov="江苏省", city="常州市", cs="常州", abbr="苏", plate="苏D", pl="", area="0519",
         dists=[("天宁区", "320402", ["青龙街道", "红梅街道"]), ("钟楼区", "320404", ["五星街道", "永红街道"])],
         roads=["延陵东路", "关河中路", "红梅南路"],
         estates=["红梅新村", "清潭一村", "花园新村"],
         lanes=["青果巷", "前后北岸"],
         rural=[("金坛区", "薛埠镇", ["上阮村", "方山村"])],
         heat="常州市热力公司"),
    dict(key="沈阳", prov="辽宁省", city="沈阳市", cs="沈阳", abbr="辽", plate="辽A", pl="", area="024",
         dists=[("和平区", "210102", ["长白街道", "南湖街道", "太原街街道"]), ("沈河区", "210103", ["五里河街道", "大南街道"]), ("铁西区", "210106", ["兴华街道", "笃工街道"]), ("皇姑区", "210105", ["三台子街道", "华山街道"])],
         roads=["长白南路", "青年大街", "兴华北街", "北陵大街", "建设大路"],
         estates=["五里河小区", "长白岛小区", "兴华北街小区", "三台子小区", "工人村"],
         lanes=["北市场巷", "小河沿里"],
         rural=[("新民市", "大民屯镇", ["方巾牛村", "腰岗子村"]), ("法库县", "依牛堡子镇", ["小房申村", "长岗子村"])],
         heat="沈阳市热力公司"),
    dict(key="鞍山", prov="辽宁省", city="鞍山市", cs="鞍山", abbr="辽", plate="辽C", pl="", area="0412",
         dists=[("铁东区", "210302", ["胜利街道", "园林街道"]), ("铁西区", "210303", ["永乐街道", "兴盛街道"])],
         roads=["胜利南路", "建国大道", "二一九路"],
         estates=["园林小区", "胜利小区", "湖南小区"],
         lanes=["东五道街", "民生巷"],
         rural=[("海城市", "牛庄镇", ["南房身村", "四台子村"])],
         heat="鞍山市热力公司"),
    dict(key="阜新", prov="辽宁省", city="阜新市", cs="阜新", abbr="辽", plate="辽J", pl="", area="0418",
         dists=[("海州区", "210902", ["西山街道", "站前街道"])],
         roads=["解放大街", "中华路", "人民大街"],
         estates=["西山小区", "站前小区", "星海园"],
         lanes=["红帽子巷", "新华一巷"],
         rural=[("阜新蒙古族自治县", "佛寺镇", ["佛寺村", "白台子村"])],
         heat="阜新市热力公司"),
    dict(key="长春", prov="吉林省", city="长春市", cs="长春", abbr="吉", plate="吉A", pl="", area="0431",
         dists=[("南关区", "220102", ["明珠街道", "永吉街道"]), ("朝阳区", "220104", ["红旗街道", "桂林街道"]), ("绿园区", "220106", ["青年路街道", "正阳街道"])],
         roads=["人民大街", "红旗街", "自由大路", "西安大路", "硅谷大街"],
         estates=["东盛小区", "繁荣小区", "红旗街小区", "明珠花园", "西安桥外小区"],
         lanes=["长通路胡同", "西三道街"],
         rural=[("农安县", "合隆镇", ["陈家店村", "羊草沟村"]), ("九台区", "其塔木镇", ["其塔木村", "刘家村"])],
         heat="长春市供热集团"),
    dict(key="吉林", prov="吉林省", city="吉林市", cs="吉林", abbr="吉", plate="吉B", pl="", area="0432",
         dists=[("船营区", "220204", ["北京路街道", "致和街道"]), ("昌邑区", "220202", ["东局子街道", "延安街道"])],
         roads=["解放大路", "重庆路", "松江中路"],
         estates=["东局子小区", "江南小区", "北山小区"],
         lanes=["河南街二胡同", "致和巷"],
         rural=[("永吉县", "岔路河镇", ["岔路河村", "中兴村"])],
         heat="吉林市热力集团"),
    dict(key="延边", prov="吉林省", city="延边朝鲜族自治州", cs="延边州", abbr="吉", plate="吉H", pl="", area="0433",
         dists=[("延吉市", "222401", ["建工街道", "河南街道", "进学街道", "新兴街道"]), ("龙井市", "222405", ["安民街道", "龙门街道"])],
         roads=["光明街", "人民路", "局子街", "延边大学路"],
         estates=["河南小区", "新兴小区", "进学小区", "丹英小区"],
         lanes=["参花街二胡同", "友谊路巷"],
         rural=[("安图县", "明月镇", ["长兴村", "新屯村"]), ("和龙市", "西城镇", ["金达莱村", "龙山村"])],
         heat="延吉市集中供热公司"),
]
CITY_BY_KEY = {c["key"]: c for c in CITIES}
PROV_CODES = {}
for _c in CITIES:
    for _d in _c["dists"]:
        PROV_CODES.setdefault(_d[1][:2], []).append(_d[1])

COMMS = ["和平", "光明", "建设", "幸福", "朝阳", "东风", "胜利", "新华", "育才", "民主", "向阳", "红星", "康乐", "春晖", "锦绣"]
CO_WORDS = ["恒信", "华瑞", "鼎盛", "宏远", "众成", "博雅", "瑞丰", "金泰", "盛世", "新源", "德润", "中科", "万通", "嘉禾", "天润", "诚达"]
CO_INDS = ["建材", "商贸", "餐饮管理", "科技", "建筑工程", "食品", "教育咨询", "机械制造", "物流", "医疗器械", "装饰工程", "电子商务"]
PROP_WORDS = ["万家", "绿城", "嘉和", "恒安", "鑫源", "安居", "泰和", "锦华", "宏福", "福润"]
DEPTS = ["住建局", "城管执法局", "市场监管局", "人社局", "教育局", "医保局", "自然资源和规划局", "行政审批局", "交通运输局",
         "卫健委", "民政局", "生态环境分局", "房管局", "发改局"]


class Ctx:
    def __init__(self, key=None):
        d = CITY_BY_KEY[key] if key else R.choice(CITIES)
        self.d = d
        self.key = d["key"]
        self.prov, self.city, self.cs, self.abbr, self.area = d["prov"], d["city"], d["cs"], d["abbr"], d["area"]
        dist = R.choice(d["dists"])
        self.dist, self.idc = dist[0], dist[1]
        self.street = R.choice(dist[2])
        self.road = R.choice(d["roads"])
        self.road2 = R.choice([r for r in d["roads"] if r != self.road] or d["roads"])
        self.estate = R.choice(d["estates"])
        self.lane = R.choice(d["lanes"])
        ru = R.choice(d["rural"])
        self.county, self.town, self.village = ru[0], ru[1], R.choice(ru[2])
        self.heat = d["heat"]
        self.comm = R.choice(COMMS) + "社区"
        self.court_code = self.idc[2:]
        self.mid = f"{self.city}中级人民法院"
        self.prop = R.choice(PROP_WORDS) + R.choice(["物业服务有限公司", "物业管理有限公司", "物业"])
        self.company = ("延边" if self.key == "延边" else self.cs) + R.choice(CO_WORDS) + R.choice(CO_INDS) + "有限公司"
        self.dept = self.dist + R.choice(DEPTS)

    def plate_prefix(self):
        if len(self.d["plate"]) == 2:
            return self.d["plate"]
        return self.d["plate"] + R.choice(self.d["pl"])

    def court(self):
        if self.key == "延边":
            return R.choice([f"{self.dist}人民法院", self.mid])
        return R.choice([f"{self.dist}人民法院", self.mid, f"{self.cs}铁路运输法院"])


# ---------------------------------------------------------------- names
SUR = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺龚文")
NAME_COMMON2 = ["王芳", "李强", "刘洋", "陈静", "杨帆", "赵磊", "黄勇", "吴敏", "徐丽", "孙浩", "胡军", "朱琳", "林涛", "何平",
                "郭超", "罗刚", "梁宁", "韩雪", "曹阳", "冯涛", "彭丽", "袁明", "蒋华", "于洋", "邢伟", "付强", "谷岩", "牛犇"]
NAME_COMMON3 = ["王秀兰", "李桂英", "张建国", "刘淑芬", "陈国庆", "杨振华", "赵玉梅", "孙立军", "周长顺", "吴春燕", "郑海涛",
                "冯淑珍", "宋国强", "邢立伟", "韩凤霞", "褚福贵", "郝建军", "尹红梅", "范德胜", "毕玉珍", "栾海波", "鞠文杰",
                "盖立军", "衣红霞", "隋冬梅", "滕建国", "芮晓燕", "蔺国华", "冷德胜", "邴丽娜", "郭宝山", "姜秀云"]
NAME_WORDS = ["高峰", "金星", "常青", "向阳", "文静", "石磊", "安然", "白雪", "夏天", "田野", "方圆", "钟声", "林海", "江山",
              "高阳", "武强", "安平", "文安", "宁晋", "常山", "黄河", "秦川", "齐鲁", "任丘", "海城", "尚志", "洪流", "景泰",
              "华山", "曲阜", "康乐", "甘泉", "凤翔", "温暖", "雷雨", "白杨", "柏林", "春雷", "关山", "黎明", "展宏图", "揭晓",
              "是勇", "但丽", "过建国", "万里", "司南", "鲁南", "辛集", "晋城"]
NAME_RARE = ["逄金凤", "亓亮", "亓丽娟", "仉建华", "訾振国", "笪红梅", "禚玉兰", "郗文斌", "蒯晓东", "隗秀英", "佴志强",
             "厍国庆", "缑小龙", "綦伟", "靳春生", "麻建平", "操立新", "查文韬", "单雪梅", "员福生", "尉海涛", "逯志刚",
             "禹成哲", "邸红霞", "郏明远", "谯思远", "冼国平", "仇丽萍", "种晓光", "盛家驹"]
NAME_COMPOUND = ["欧阳志远", "司马晓东", "上官婉清", "诸葛明辉", "皇甫立新", "公孙亮", "东方红英", "令狐建军", "慕容雪",
                 "尉迟宏伟", "宇文静", "端木子涵", "夏侯俊杰", "闻人秀兰", "南宫文博", "申屠国强", "澹台晓雯", "赫连城"]
NAME_KOREAN = ["金哲洙", "朴成龙", "李英子", "崔明浩", "全顺姬", "玄光日", "南贞淑", "韩春花", "池英俊", "安秀吉", "太明哲",
               "许京哲", "朴美兰", "金英爱", "崔顺玉", "郑成日", "黄哲浩", "权永吉", "朴顺女", "金光洙"]
NAME_MANCHU_MONGOL = ["爱新觉罗·恒敏", "叶赫那拉·淑贤", "瓜尔佳·文涛", "佟佳·慧敏", "那文广", "关福顺", "佟丽华", "富春生",
                      "索立新", "鄂宝林", "白音仓", "乌兰图雅", "包金山", "巴特尔", "其其格", "宝音", "敖日格乐", "额尔敦"]


def name_str(pool=None):
    if pool == "korean":
        return R.choice(NAME_KOREAN)
    if pool == "manchu":
        return R.choice(NAME_MANCHU_MONGOL)
    x = R.random()
    if x < 0.40:
        return FK.name()
    if x < 0.50:
        return R.choice(NAME_COMMON2)
    if x < 0.62:
        return R.choice(NAME_COMMON3)
    if x < 0.76:
        return R.choice(NAME_WORDS)
    if x < 0.85:
        return R.choice(NAME_RARE)
    if x < 0.92:
        return R.choice(NAME_COMPOUND)
    if x < 0.96:
        return R.choice(NAME_KOREAN)
    return R.choice(NAME_MANCHU_MONGOL)


def nm(pool=None):
    return ("name", name_str(pool))


def nms(k):
    out = []
    while len(out) < k:
        n = name_str()
        if n not in out:
            out.append(n)
    return [("name", n) for n in out]


def joinlist(items, sep="、"):
    segs = []
    for i, it in enumerate(items):
        if i:
            segs.append(sep)
        segs.append(it)
    return segs


# ---------------------------------------------------------------- personal values
MOB_PRE = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157",
           "158", "159", "166", "173", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189",
           "191", "198", "199"]


def mobile_raw():
    return R.choice(MOB_PRE) + "".join(R.choice("0123456789") for _ in range(8))


def mob():
    m = mobile_raw()
    x = R.random()
    if x < 0.62:
        v = m
    elif x < 0.77:
        v = f"{m[:3]}-{m[3:7]}-{m[7:]}"
    elif x < 0.90:
        v = f"{m[:3]} {m[3:7]} {m[7:]}"
    elif x < 0.95:
        v = "+86 " + m
    else:
        v = f"{m[:3]}-{m[3:]}"
    return ("mobile", v)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def idn(c):
    code = c.idc if R.random() < 0.6 else R.choice(PROV_CODES[c.idc[:2]])
    y = R.randint(1942, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    s17 = f"{code}{y}{m:02d}{d:02d}{R.randint(0, 999):03d}"
    return ("id", s17 + id_check(s17))


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


BANKS = [("中国工商银行", ["622202", "621226", "620200"], 19), ("工行", ["622202", "621226"], 19),
         ("中国建设银行", ["621700", "622700"], 19), ("建行", ["621700", "436742"], 19),
         ("中国农业银行", ["622848", "622845", "623052"], 19), ("农行", ["622848"], 19),
         ("中国银行", ["621661", "621790"], 19), ("交通银行", ["622262", "601428"], 19),
         ("中国邮政储蓄银行", ["621799", "622188", "621098"], 19), ("邮储银行", ["621799", "621098"], 19),
         ("招商银行", ["621483", "622588"], 16), ("河北银行", ["621056", "622326"], 16), ("齐鲁银行", ["623166", "622379"], 16),
         ("盛京银行", ["622916", "621055"], 16), ("吉林银行", ["622935", "621420"], 16), ("天津银行", ["621068", "622918"], 16),
         ("江苏银行", ["622173", "621076"], 16), ("晋商银行", ["622363", "621291"], 16), ("北京银行", ["622163", "621468"], 16),
         ("农村信用社", ["621067", "623189"], 19), ("农商银行", ["623569", "621792"], 19)]


def bank():
    return R.choice(BANKS)


def card_for(b):
    bins, ln = b[1], b[2]
    while True:
        body = R.choice(bins) + "".join(R.choice("0123456789") for _ in range(ln - 7))
        for ck in "0123456789":
            if luhn_ok(body + ck):
                num = body + ck
                break
        if R.random() < 0.35:
            v = " ".join(num[i:i + 4] for i in range(0, len(num), 4))
        else:
            v = num
        return ("card", v)


MAIL_DOM = ["163.com", "126.com", "qq.com", "sina.com", "sohu.com", "139.com", "foxmail.com", "yeah.net", "hotmail.com", "aliyun.com"]


def eml():
    x = R.random()
    if x < 0.3:
        local = str(R.randint(10000, 3999999999))
        return ("email", local + "@qq.com")
    u = FK.user_name().lower()
    u = re.sub(r"[^a-z0-9_.]", "", u) or "user"
    if R.random() < 0.5:
        u += str(R.choice([R.randint(60, 99), R.randint(1960, 2005), R.randint(1, 999)]))
    return ("email", u + "@" + R.choice(MAIL_DOM))


def qq():
    return ("im", str(R.randint(10000, 3999999999)))


def wx():
    base = FK.user_name().lower()
    base = re.sub(r"[^a-z0-9_]", "", base) or "wx"
    x = R.random()
    if x < 0.4:
        v = base + str(R.randint(1, 9999))
    elif x < 0.7:
        v = base + "_" + str(R.randint(60, 2005))
    else:
        v = base[:1] + R.choice(["_", "-", ""]) + base[1:] + R.choice(["", "88", "666", "1314", "_jn", "_sjz"])
    if not v[0].isalpha():
        v = "w" + v
    v = v[:20]
    if len(v) < 6:
        v = v + "2024"
    return ("im", v)


def room():
    fl = R.randint(1, 18)
    return f"{fl}{R.randint(1, 4):02d}" if fl < 10 or R.random() < 0.7 else f"{fl}0{R.randint(1, 2)}"


def adr(c, style=None):
    b, u, r = R.randint(1, 36), R.randint(1, 6), room()
    prov = c.prov if (c.prov and R.random() < 0.25) else ""
    city = c.city if R.random() < 0.5 else ""
    st = style if style is not None else R.choice([1, 1, 2, 3, 4, 5, 6, 7, 8])
    if st == 1:
        v = f"{prov}{city}{c.dist}{c.road}{R.randint(1, 399)}号{c.estate}{b}号楼{u}单元{r}室"
    elif st == 2:
        v = f"{c.dist}{c.estate}{b}号楼{u}单元{r}"
    elif st == 3:
        v = f"{c.estate}{b}-{u}-{r}"
    elif st == 4:
        v = f"{c.estate}{R.choice('ABCDEFG')}栋{r}室"
    elif st == 5:
        v = f"{c.dist}{c.road}{R.randint(1, 199)}号院{b}号楼{u}门{r}号"
    elif st == 6:
        v = f"{c.estate}{b}号楼{u}单元{R.randint(1, 7)}楼{R.choice(['东户', '西户', '中户'])}"
    elif st == 7:
        v = f"{city}{c.county}{c.town}{c.village}" + (f"{R.choice('一二三四五六')}组" if R.random() < 0.5 else "") + f"{R.randint(1, 260)}号"
    else:
        v = f"{city}{c.dist}{c.lane}{R.randint(1, 90)}号" + (f"{R.randint(1, 12)}号房" if R.random() < 0.3 else "")
    return ("address", v)


PLATE_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def plt(c):
    pre = c.plate_prefix()
    if R.random() < 0.2:
        tail = R.choice("DF") + "".join(R.choice("0123456789") for _ in range(5))
    else:
        chars = [R.choice("0123456789") for _ in range(5)]
        for i in R.sample(range(5), R.choice([0, 1, 1, 2])):
            chars[i] = R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        tail = "".join(chars)
    sep = R.choice(["", "", "·", " "])
    return ("plate", pre + sep + tail)


# ---------------------------------------------------------------- distractors (plain strings)
def mk():
    s = R.choice(SUR)
    return s + R.choice(["某", "某", "某某", "**", "×", "××", "*", "某某"]) if R.random() < 0.85 else s + "*" + R.choice("明华军英芳伟")


def anon():
    return R.choice(SUR) + R.choice(["女士", "先生", "师傅", "大爷", "阿姨", "大姐", "大哥", "奶奶", "老师"])


def ttl():
    return R.choice(SUR) + R.choice(["科长", "主任", "书记", "所长", "队长", "站长", "经理", "老板", "部长", "网格长", "副局长"])


def nick():
    return R.choice(["老", "小", "大"]) + R.choice(SUR)


HIST = ["雷锋", "焦裕禄", "孔繁森", "杨善洲", "廖俊波", "谷文昌", "张桂梅", "黄文秀", "李保国", "王进喜", "郭明义", "时传祥", "张秉贵", "黄大年"]
FOOD = ["张亮麻辣烫", "杨国福麻辣烫", "李先生牛肉面", "老孙家饺子馆", "王记烧饼", "冯记羊汤", "老王家熏肉大饼", "陈记烧烤", "郭记锅包肉"]
BRANDS = ["张亮麻辣烫", "杨国福麻辣烫", "王致和", "张一元茶庄", "李先生牛肉面", "老孙家饺子馆", "王记烧饼", "刘老根大舞台", "周黑鸭",
          "张小泉", "马应龙大药房", "冯记羊汤", "老王家熏肉大饼", "陈记烧烤", "郭记锅包肉"]
PLACE_PAIRS = [("高阳县", "安平县"), ("武强县", "安平县"), ("左权县", "和顺县"), ("海城市", "大石桥市"), ("尚志市", "五常市"),
               ("任丘市", "文安县"), ("宁晋县", "辛集市"), ("曲阜市", "泗水县"), ("景县", "阜城县"), ("平山县", "灵寿县")]


def date(y=None):
    y = y or R.choice([2023, 2024, 2024, 2025])
    m, d = R.randint(1, 12), R.randint(1, 28)
    x = R.random()
    if x < 0.55:
        return f"{y}年{m}月{d}日"
    if x < 0.8:
        return f"{m}月{d}日"
    if x < 0.92:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{y}.{m}.{d}"


def amt(lo=100, hi=60000):
    v = R.randint(lo, hi)
    x = R.random()
    if x < 0.45:
        return str(v)
    if x < 0.7:
        return f"{v:,}"
    return f"{v}.{R.choice(['00', '50', '36', '80'])}"


DIGITS = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    s = str(n)
    units = ["", "拾", "佰", "仟", "万"]
    out, zero = "", False
    for i, ch in enumerate(s):
        d = int(ch)
        u = units[len(s) - 1 - i]
        if d == 0:
            zero = True
        else:
            if zero:
                out += "零"
                zero = False
            out += DIGITS[d] + u
    return out + "元整"


def wo():
    y = R.choice([2023, 2024, 2025])
    x = R.random()
    core = f"{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    if x < 0.4:
        return core + f"{R.randint(0, 999999):06d}"
    if x < 0.6:
        return R.choice(["GD", "RX", "12345-", "SX"]) + core + f"{R.randint(0, 99999):05d}"
    if x < 0.8:
        return core + f"{R.randint(0, 9999999999):010d}"  # 18 digits, ID-shaped
    return f"{R.randint(10, 99)}{y % 100}{R.randint(0, 99999999):08d}"


def doc(c, kind=None):
    y = R.choice([2022, 2023, 2024, 2025])
    n = R.randint(1, 320)
    ds = c.dist[:2]
    if kind == "fy":
        return R.choice([f"{c.cs[:2]}政复决字〔{y}〕第{n}号", f"{ds}政复字〔{y}〕{n}号", f"{c.cs[:2]}政复决〔{y}〕{n}号"])
    if kind == "cf":
        return R.choice([f"{ds}城管罚字〔{y}〕第{n:04d}号", f"{c.abbr}市监处罚〔{y}〕{n}号", f"{ds}市监罚决〔{y}〕{n}号"])
    if kind == "tb":
        return R.choice([f"{c.abbr}纪通〔{y}〕{n}号", f"{ds}纪发〔{y}〕{n}号", f"{c.cs[:2]}督查通报〔{y}〕第{n}期", f"{ds}效能办〔{y}〕{n}号"])
    if kind == "xf":
        return R.choice([f"{c.cs[:2]}信复〔{y}〕{n}号", f"{ds}信访复字〔{y}〕第{n}号", f"{ds}信复〔{y}〕{n}号"])
    return R.choice([f"{ds}办发〔{y}〕{n}号", f"{c.cs[:2]}住建函〔{y}〕{n}号", f"{ds}政办函〔{y}〕{n}号", f"{c.cs[:2]}建字〔{y}〕{n}号"])


def ccode(c):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91" + c.idc + "MA" + "".join(R.choice(chars) for _ in range(7)) + R.choice(chars)


def land(c):
    n = 8 if len(c.area) == 3 or R.random() < 0.7 else 7
    num = str(R.randint(2, 8)) + "".join(R.choice("0123456789") for _ in range(n - 1))
    return R.choice([f"{c.area}-{num}", f"（{c.area}）{num}", f"{c.area}{num}", f"{c.area}-{num[:4]}{num[4:]}"])


POST_PRE = {"北京": "100", "天津": "300", "石家庄": "050", "保定": "071", "唐山": "063", "邯郸": "056", "太原": "030",
            "大同": "037", "晋中": "030", "济南": "250", "潍坊": "261", "临沂": "276", "烟台": "264", "南京": "210",
            "徐州": "221", "常州": "213", "沈阳": "110", "鞍山": "114", "阜新": "123", "长春": "130", "吉林": "132", "延边": "133"}


def postcode(c):
    return POST_PRE[c.key] + R.choice(["000", "000", f"0{R.randint(1, 9)}{R.randint(0, 9)}"])


def office_addr(c):
    return f"{c.dist}{c.road}{R.randint(1, 300)}号"


def school(c):
    return f"{c.dist}{R.choice(['实验', '第一', '育才', '新华路', '红星', '光明', '胜利', '外国语'])}小学"


def ymd():
    return R.choice([2023, 2024, 2025])


POSTS = ["副局长", "物业科科长", "城建科科长", "执法中队中队长", "党工委副书记", "办事处副主任", "社区党委书记",
         "社区居委会主任", "窗口科科员", "审批科副科长", "三级主任科员", "一级科员", "供热办主任", "信访科科长", "督查室副主任"]
PUNISH = ["党内警告处分", "政务记过处分", "诫勉谈话", "批评教育", "党内严重警告处分", "政务警告处分", "组织调整", "提醒谈话", "通报批评"]
ISSUES = ["暖气不热", "楼道堆物", "电梯停运", "屋顶漏水", "外墙脱落", "地下室积水", "噪音扰民", "违建", "停车收费", "学位分配",
          "公积金提取", "不动产证办理", "医保报销", "拖欠工资", "物业费收取"]

# ---------------------------------------------------------------- templates
POS, CLEAN = [], []


def P(field):
    def deco(fn):
        POS.append((f"p{len(POS) + 1:03d}", field, fn))
        return fn
    return deco


def C(field):
    def deco(fn):
        CLEAN.append((f"c{len(CLEAN) + 1:03d}", field, fn))
        return fn
    return deco


# ================= POSITIVE =================
@P("summary")
def _(c):
    return ["市民", nm(), "来电反映，其位于", adr(c), f"的住宅自11月15日供暖以来室温仅{R.randint(12, 16)}℃，多次找{c.heat}未果，联系电话", mob(), "。"]


@P("summary")
def _(c):
    return [f"{c.cs}12345工单：来电人", nm(), "（", mob(), f"）反映{c.estate}北门外长期有车辆占用消防通道，其中车牌", plt(c),
            f"的{R.choice(['白色轿车', '黑色SUV', '银色面包车'])}已停放半月以上。"]


@P("outcome")
def _(c):
    return [f"经{c.street}办事处与{c.prop}协调，已于{date()}为", nm(), "家（", adr(c), f"）更换入户阀门，回访室温达到{R.randint(18, 22)}℃，诉求人表示满意。"]


@P("notice")
def _(c):
    k = R.choice([2, 3])
    ns = nms(k)
    return ["关于"] + joinlist(ns) + [f"等{k + R.choice([0, 0, 1, 2])}名干部作风漂浮、推诿扯皮问题的通报"]


@P("notice")
def _(c):
    return [f"{R.randint(1, 6)}.{c.city}{c.dist}{c.street}党工委委员、办事处副主任", nm(),
            f"在老旧小区改造工程监管中履职不力，致{c.estate}{R.randint(1, 20)}号楼外墙保温层脱落，给予{R.choice(PUNISH)}。"]


@P("action")
def _(c):
    return [R.choice(["已电联诉求人", "已回电", "电联", "已联系来电人"]), nm(), "，电话", mob(), f"，告知其学区划分以{ymd()}年{c.dist}教育局公布方案为准，诉求人表示理解。"]


@P("summary")
def _(c):
    return ["来电人称：“我叫", nm(), "，住", adr(c), R.choice(["，楼上漏水漏到我家都三个月了，物业就是不管。”", "，暖气片摸着冰凉，交了费也不给热，你们管不管？”",
                                                           "，楼下饭店排烟管子正对我家窗户，熏得没法开窗。”"])]


@P("summary")
def _(c):
    return ["姓名：", nm(), f"｜性别：{R.choice('男女')}｜联系电话：", mob(), f"｜诉求类型：{R.choice(ISSUES)}｜承办单位：{c.dept}"]


@P("outcome")
def _(c):
    return ["申请人", nm(), f"（{R.choice('男女')}，{R.randint(25, 78)}岁，身份证号", idn(c), f"）不服{c.dist}城管执法局作出的{doc(c, 'cf')}行政处罚决定，本机关决定维持。"]


@P("outcome")
def _(c):
    y = ymd()
    return ["原告", nm(), f"诉被告{c.city}不动产登记中心不予登记一案，{c.court()}作出（{y}）{c.abbr}{c.court_code}行初{R.randint(1, 400)}号判决，驳回原告诉讼请求。"]


@P("summary")
def _(c):
    other = R.choice(["北京", "天津", "上海", "海南三亚", "广州", "山东青岛", "江苏苏州"])
    return ["参保人", nm(), "（身份证", idn(c), f"）反映在{other}住院时无法直接结算，已垫付医疗费{amt(2000, 90000)}元，请求核实备案状态。"]


@P("action")
def _(c):
    b = bank()
    return [f"{c.cs}公积金中心已核实职工", nm(), f"的提取申请，款项拟转入其{b[0]}卡", card_for(b), "，预计3个工作日到账。"]


@P("summary")
def _(c):
    return [f"{c.company}法定代表人", nm(), f"反映，该公司于{date()}在{c.dist}政务服务中心申请变更登记，至今未办结，联系人手机", mob(), "。"]


@P("notice")
def _(c):
    a, b = nms(2)
    return [f"督查发现，{c.dist}{c.street}{c.estate}改造项目现场负责人", a, "未按要求设置围挡，督查组已约谈其本人及项目经理", b, "。"]


@P("action")
def _(c):
    return [R.choice(["回访:", "回访：", "【回访】"]), nm(), " ", mob(), R.choice([" 满意", " 基本满意", " 不满意-重派"]), f" (工单{wo()})"]


@P("summary")
def _(c):
    return [nm(), "反映其车辆", plt(c), f"在{c.estate}内被{c.prop}锁车，要求先缴纳停车费{amt(300, 3000)}元方可解锁。"]


@P("summary")
def _(c):
    return ["信访人", nm(), f"，{R.choice('男女')}，{R.randint(30, 85)}岁，住", adr(c), "，反映其房屋征收补偿款至今未足额发放。"]


@P("notice")
def _(c):
    a, b = nms(2)
    return [f"{c.city}纪委监委通报：{c.dept}原副局长", a, f"在供暖保障工作中失职失责，被给予{R.choice(PUNISH)}；该局{R.choice(['物业科', '城建科', '综合科'])}科长", b, "被诫勉谈话。"]


@P("outcome")
def _(c):
    b = bank()
    return [f"已将退费{amt(100, 5000)}元原路退回投诉人", nm(), f"的{b[0]}账户（卡号", card_for(b), "），请注意查收。"]


@P("summary")
def _(c):
    return [nm(), f"通过{c.cs}市长信箱反映{c.estate}电梯长期停运，要求将答复发送至邮箱", eml(), "。"]


@P("action")
def _(c):
    return ["网格员已添加业主", nm(), "微信（微信号：", wx(), "），拉入改造问题沟通群，及时反馈施工进度。"]


@P("summary")
def _(c):
    return ["家长", nm(), "反映其子女入学登记系统提示房产信息不符，QQ ", qq(), "，手机", mob(), "，请尽快联系。"]


@P("notice")
def _(c):
    return [f"关于{c.dept}", nm(), "同志违规收受管理服务对象礼金问题的通报"]


@P("notice")
def _(c):
    return [nm(), f"，{c.dist}{R.choice(DEPTS)}{R.choice(POSTS)}，{ymd()}年春节期间违规使用公务车辆办理私事，受到{R.choice(PUNISH)}。"]


@P("summary")
def _(c):
    return ["反映人", nm(), "，身份证号码：", idn(c), "，反映其名下不动产登记信息有误，房屋坐落应为", adr(c), "。"]


@P("outcome")
def _(c):
    return [f"{date()}回访来电人", nm(), f"，对{c.street}办理结果表示“{R.choice(['基本满意', '满意', '不满意'])}”，建议加快{R.choice(ISSUES)}问题处置进度。"]


@P("action")
def _(c):
    return ["处理情况：1.已约谈物业经理", nm(), "；2.已为", adr(c), f"住户恢复供暖；3.{R.choice(['下周复查', '3日后复测室温', '纳入重点跟踪'])}。"]


@P("summary")
def _(c):
    return [nm(), "(电话:", mob(), f")称，{c.estate}{R.randint(1, 30)}号楼{R.randint(1, 6)}单元加装电梯费用分摊方案未经业主表决。"]


@P("notice")
def _(c):
    c = Ctx("延边")
    return [f"延边州通报：{c.dist}{c.street}{c.comm}主任", nm("korean"), "对居民反映的供热问题推诿扯皮，被责令作出书面检查。"]


@P("summary")
def _(c):
    c = Ctx("延边")
    return ["来电人", nm("korean"), "（朝鲜族，用朝汉双语）反映其家住", adr(c), "，暖气不热，电话", mob(), "。"]


@P("outcome")
def _(c):
    a, b = nms(2)
    return [f"被申请人{c.dist}人民政府于{date()}作出的征收补偿决定认定事实不清，决定予以撤销，责令重新作出。申请人：", a, "、", b, "。"]


@P("action")
def _(c):
    return ["执法队员到达现场，当事人", nm(), "承认其所有的", plt(c), "号车辆占用盲道停放，已当场纠正。"]


@P("summary")
def _(c):
    return [f"{ymd()}年{R.randint(1, 12)}月以来，", nm(), f"多次通过12345热线反映{c.estate}物业擅自提高停车管理费、公共收益不公开等问题，本次来电要求{c.dist}住建局依法查处并书面答复。"]


@P("summary")
def _(c):
    return [nm(), f"反映其于{R.randint(2016, 2023)}年购买的位于", adr(c), "的二手房，被告知学位已被原房主子女占用，请求教育部门核实。"]


@P("notice")
def _(c):
    a, b, d = nms(3)
    return [f"典型问题通报：{c.dist}供热办主任", a, f"接诉不办；{c.street}副主任", b, f"弄虚作假；{c.comm}书记", d, "慢作为。"]


@P("summary")
def _(c):
    a, b = nms(2)
    return ["代办人", a, "持委托书为其父", b, "（公民身份号码", idn(c), "）办理公积金提取，因缺少死亡证明被退件。"]


@P("action")
def _(c):
    return [f"{c.dist}不动产登记中心已为", nm(), "办理", adr(c), "转移登记，证书已邮寄，收件电话", mob(), "。"]


@P("summary")
def _(c):
    return [f"{c.company}财务负责人", nm(), "来电，称企业稳岗返还资金未到账，联系电话", mob(), "，邮箱", eml(), "。"]


@P("outcome")
def _(c):
    a, b = nms(2)
    return [f"{c.court()}审理的", a, "、", b, f"诉{c.dist}人民政府房屋征收补偿决定一案，已于{date()}公开宣判。"]


@P("action")
def _(c):
    return [f"{c.comm}工作人员", nm(), "（联系电话", mob(), "）负责跟进该户低保复核，每周入户一次。"]


@P("summary")
def _(c):
    return [f"工单{wo()}｜诉求人：", nm(), "｜地址：", adr(c), f"｜内容：{R.choice(['楼道灯损坏两个月未修', '单元门禁损坏', '化粪池外溢', '暖气漏水'])}"]


@P("notice")
def _(c):
    return [nm(), f"（{R.choice('男女')}，{R.randint(38, 66)}岁，中共党员）系{c.street}{c.comm}居委会原主任，因虚报冒领改造补贴{amt(5000, 90000)}元，被开除党籍。"]


@P("summary")
def _(c):
    return ["来电人", nm(), "留两个号码：", mob(), "、", mob(), "（家属），反映供暖费已交但未开栓。"]


@P("outcome")
def _(c):
    return ["经查，", nm(), "反映的", plt(c), "车辆违停罚单系系统误录，已撤销处罚记录并告知本人。"]


@P("summary")
def _(c):
    return [f"{c.company}经理", nm(), f"投诉{c.dist}{R.choice(['住建局', '消防救援大队', '行政审批局'])}在验收中多次要求补充材料且未一次性告知，项目延误{R.randint(10, 90)}天。"]


@P("action")
def _(c):
    return [f"下一步：由{c.street}牵头，约", nm(), f"于{R.choice(['周三', '周五上午', '下周一'])}到{c.comm}当面沟通。"]


@P("summary")
def _(c):
    a, b = nms(2)
    return [a, f"反映在{c.estate}{R.randint(1, 30)}号楼下经营烧烤的摊主", b, "每晚噪音扰民至凌晨。"]


@P("notice")
def _(c):
    ns = nms(3)
    return [f"{c.dist}通报{R.randint(3, 6)}起违反中央八项规定精神问题，其中", ns[0], "、", ns[1], "、", ns[2], f"分别受到{R.choice(PUNISH)}、{R.choice(PUNISH)}和{R.choice(PUNISH)}。"]


@P("summary")
def _(c):
    a, b = nms(2)
    return [a, "反映其母亲", b, f"（{R.randint(75, 96)}岁）居住在", adr(c), "，独居失能，申请居家养老上门服务。"]


@P("outcome")
def _(c):
    b = bank()
    return ["申请人", nm(), f"的{b[0]}卡号", card_for(b), "已录入补贴发放系统，下月起按月发放。"]


@P("action")
def _(c):
    return ["已通知车主", nm(), "挪车，", plt(c), f"于{R.randint(19, 23)}:{R.randint(10, 59)}驶离。"]


@P("summary")
def _(c):
    return ["业主", nm(), "称可通过微信", wx(), f"联系，反映{c.estate}电动车充电桩收费标准不明。"]


@P("summary")
def _(c):
    k = R.randint(3, 12)
    ns = nms(3)
    return ["联名反映人："] + joinlist(ns) + [f"等{k}户，均为{c.estate}{R.randint(1, 30)}号楼住户。"]


@P("outcome")
def _(c):
    return [nm(), f"的{R.choice(ISSUES)}投诉已办结，承办单位{c.dept}，办理时长{R.randint(1, 15)}个工作日，满意度：{R.choice(['满意', '基本满意'])}。"]


@P("notice")
def _(c):
    return ["关于对", nm(), f"同志予以问责的决定（{doc(c, 'tb')}）"]


@P("action")
def _(c):
    other = R.choice(["海南省海口市", "北京市", "上海市", "广东省深圳市", "山东省青岛市"])
    return [f"{c.dist}医保局已为", nm(), f"补办异地就医备案，备案地{other}，有效期至{date()}，短信已发至", mob(), "。"]


@P("summary")
def _(c):
    return [nm(), "，手机", mob(), f"（微信同号），反映{c.street}便民服务窗口工作人员态度生硬。"]


@P("notice")
def _(c):
    a, b, d = nms(3)
    return [f"对{c.dist}住建局{R.choice(POSTS)}", a, f"、{R.choice(POSTS)}", b, f"予以诫勉，对{c.comm}书记", d, "进行批评教育。"]


@P("summary")
def _(c):
    c = Ctx(R.choice(["沈阳", "长春", "吉林", "阜新", "北京", "天津"]))
    return [nm("manchu"), f"（{R.choice(['满族', '蒙古族'])}）反映其位于", adr(c), "的房屋被邻居违建遮挡采光，社区调解未果。"]


@P("summary")
def _(c):
    return ["业主", nm(), "说：“我家", adr(c), "，窗户是改造时换的，现在一刮风就漏风，施工队电话打不通。”"]


@P("action")
def _(c):
    return ["联系人：", nm(), "；电话：", mob(), "；备注：白天上班，晚7点后可联系"]


@P("outcome")
def _(c):
    return [nm(), f"：您于{date()}提出的{R.choice(ISSUES)}信访事项收悉，经{c.dist}{R.choice(DEPTS)}调查核实，现答复如下。"]


@P("summary")
def _(c):
    a, b = nms(2)
    return [a, "反映其丈夫", b, f"在{c.company}务工被拖欠工资{amt(3000, 40000)}元，包工头拒接电话。"]


@P("notice")
def _(c):
    return [f"{c.city}{c.dept}干部", nm(), f"在{ymd()}年度考核中因作风问题被确定为基本称职。"]


@P("action")
def _(c):
    return ["核查结果：", nm(), "名下车辆", plt(c), f"不属于{c.estate}业主车辆，物业拒绝办理月卡符合管理规约。"]


@P("summary")
def _(c):
    return [nm(), "反映其宅基地（", adr(c, 7), "）被村委会划入拆迁范围但未签订补偿协议。"]


@P("outcome")
def _(c):
    return ["复议机关认为，申请人", nm(), "提交的", adr(c), "房屋租赁合同不能证明其实际居住，维持原决定。"]


@P("summary")
def _(c):
    return ["请将答复意见发送至", eml(), "（", nm(), "），谢谢。"]


@P("action")
def _(c):
    a, b = nms(2)
    return [a, f"同志已于{date()}到{c.dept}报到，接替", b, "负责12345工单督办。"]


@P("summary")
def _(c):
    a, b = nms(2)
    return [a, f"老人（{R.randint(70, 95)}岁）由女儿", b, "代为来电，反映老人家中燃气表欠费停气，联系电话", mob(), "。"]


@P("notice")
def _(c):
    n = nm()
    return [f"{R.choice(['一', '二', '三'])}、{c.city}{c.dist}{R.choice(DEPTS)}{R.choice(POSTS)}", n, "在办理审批中吃拿卡要问题。", n,
            f"收受服务对象购物卡{amt(1000, 9000)}元。", n, f"受到{R.choice(PUNISH)}。"]


@P("summary")
def _(c):
    b = bank()
    return [nm(), "要求物业退还多收的供暖费，退款账户：", b[0], card_for(b), "。"]


@P("outcome")
def _(c):
    m = mk()
    return ["经查，投诉人", nm(), f"反映的{m}占道经营问题属实，已责令{m}限期清理。"]


@P("action")
def _(c):
    return [f"{c.dist}不动产登记中心工作人员", nm(), f"（工号{R.randint(1000, 9999)}）已电话联系申请人，预约下周办理。"]


@P("summary")
def _(c):
    a, b = nms(2)
    return ["家长", a, "、", b, f"夫妇反映{school(c)}划片后孩子需跨区就读，要求教育局说明依据。"]


@P("notice")
def _(c):
    a, b = nms(2)
    return ["经研究，决定对", a, "同志、", b, f"同志进行通报批评，并责令{c.street}向区委作出书面检查。"]


@P("summary")
def _(c):
    return [f"来电人反映{c.street}城建科科员", nm(), "在改造补贴审批中索要好处费，要求纪检部门调查。"]


@P("action")
def _(c):
    return [f"派单：{c.heat}→{c.street}｜联系人", nm(), " ", mob()]


@P("summary")
def _(c):
    return ["来电人", nm(), "的户籍地址", adr(c), f"与不动产证登记地址不一致，导致{R.choice(['落户', '学籍登记', '医保迁移'])}无法办理。"]


@P("outcome")
def _(c):
    return [f"工单{wo()}：经{c.dist}交警大队核查，", plt(c), "车辆的违停记录已撤销，车主", nm(), "对结果满意。"]


@P("summary")
def _(c):
    return ["诉求人：", nm(), "\u3000身份证：", idn(c), "\u3000电话：", mob(), "\u3000诉求：不动产首次登记逾期未办结"]


@P("notice")
def _(c):
    a, b = nms(2)
    return [f"{c.abbr}纪通〔{ymd()}〕{R.randint(1, 60)}号通报了", a, "、", b, f"两人在{c.dist}老旧小区改造中违规插手工程问题。"]


@P("summary")
def _(c):
    return [f"{c.company}（统一社会信用代码{ccode(c)}）股东", nm(), "反映企业开办“一窗通”系统无法提交，电话", mob(), "。"]


@P("action")
def _(c):
    return [f"已上门，{anon()}不在家，与其子", nm(), "沟通，其称", adr(c), "的房屋出租，租户已搬离。"]


@P("outcome")
def _(c):
    return ["行政复议决定书：申请人", nm(), "，住所地", adr(c), f"。被申请人：{c.dist}人民政府。"]


@P("summary")
def _(c):
    return ["来电人姓名：", nm(), "；QQ号：", qq(), f"；反映{c.cs}公积金APP贷款进度长时间显示“审核中”。"]


@P("notice")
def _(c):
    a, b = nms(2)
    return [f"{c.dist}效能办对{R.randint(3, 9)}名干部进行效能问责：", a, f"（{c.street}副主任）、", b, f"（{c.dept}科员）分别受到{R.choice(PUNISH)}。"]


@P("summary")
def _(c):
    return [f"{ttl()}说这事得找业主本人，业主", nm(), "在外地，委托其侄子代为处理，电话", mob(), "。"]


@P("action")
def _(c):
    return [f"经查验，", nm(), "持有的", plt(c), f"车辆登记在{c.company}名下，非本人所有，建议按单位车辆办理通行证。"]


@P("summary")
def _(c):
    return ["来信人", nm(), f"称，{c.estate}{R.randint(1, 20)}号楼的公共绿地被", adr(c), "住户私自圈占种菜。"]


@P("outcome")
def _(c):
    a = nm()
    return [f"经调解，", a, "与物业达成一致，物业退还停车费", f"{amt(200, 2000)}元，", a, "撤回投诉。"]


@P("summary")
def _(c):
    return [f"{R.choice(['孩子妈妈', '孩子父亲', '家长'])}", nm(), "（身份证", idn(c), f"）反映孩子户口在", adr(c), "，却被划到外区学校。"]


@P("notice")
def _(c):
    return [f"关于{c.city}{c.dist}{c.street}原党工委书记", nm(), "严重违纪违法问题的通报"]


@P("action")
def _(c):
    return ["备注：来电人", nm(), "情绪激动，称“再不解决就去市里”，已安抚，回访号码", mob(), "。"]


@P("summary")
def _(c):
    b = bank()
    return [f"{anon()}反映其儿子", nm(), f"在{b[0]}的卡", card_for(b), "被误冻结，影响公积金贷款还款。"]


@P("outcome")
def _(c):
    return [f"{date()}，{c.dist}人民法院对", nm(), f"诉{c.dist}城管执法局强制拆除一案作出判决，确认拆除行为违法。"]


@P("summary")
def _(c):
    return [f"{c.prop}员工", nm(), f"反映公司拖欠其{R.randint(2, 8)}个月工资，微信", wx(), "，手机", mob(), "。"]


@P("notice")
def _(c):
    ns = nms(4)
    return ["对督查中发现的问题，相关责任人"] + joinlist(ns) + ["已按干部管理权限作出处理。"]


@P("action")
def _(c):
    return ["请联系业委会主任", nm(), "（", mob(), "）协调召开业主大会。"]


@P("summary")
def _(c):
    return ["ID:", idn(c), " 姓名:", nm(), f" 类型:医保异地结算 备注:已备案未结算"]


@P("outcome")
def _(c):
    return ["关于", nm(), f"反映{c.estate}供暖问题的答复：{c.heat}已完成管网冲洗，室温达标。"]


@P("summary")
def _(c):
    return [nm(), f"投诉某培训机构，称其在{c.estate}的住所", adr(c), "门口被张贴小广告，电话", mob(), "。"]


@P("notice")
def _(c):
    return [f"{c.dist}住建局物业科", nm(), "：对物业企业投诉处理敷衍塞责，给予", R.choice(PUNISH), "。"]


@P("summary")
def _(c):
    return [f"{c.company}负责人", nm(), f"反映在{c.dist}税务局办理开票额度提升被无故拖延，邮箱", eml(), "。"]


@P("action")
def _(c):
    return [f"{date()}已约见信访人", nm(), "及其代理人", nm(), "，听取诉求并制作笔录。"]


@P("summary")
def _(c):
    return [f"来电人{anon()}，电话", mob(), f"，反映{c.estate}{R.randint(1, 30)}号楼{R.randint(1, 6)}单元{R.choice(ISSUES)}，已持续{R.randint(3, 40)}天。"]


@P("summary")
def _(c):
    return [f"{anon()}（", mob(), f"）称{c.estate}南侧{c.road}夜间渣土车噪音大，要求{c.dist}城管执法局查处。"]


@P("summary")
def _(c):
    return ["车牌", plt(c), "、", plt(c), f"两辆车长期占用{c.estate}消防通道，物业多次劝离无效，请{c.dist}交警大队处理。"]


@P("summary")
def _(c):
    return ["来电反映住址为", adr(c), f"的住户在楼顶私搭彩钢房约{R.randint(10, 60)}平方米，多次举报无果，来电人要求匿名。"]


@P("action")
def _(c):
    return ["回访号码：", mob(), f"｜回访结果：{R.choice(['满意', '基本满意', '不满意'])}｜回访人：{nick()}｜工单{wo()}"]


@P("outcome")
def _(c):
    return ["身份证号", idn(c), f"的参保人异地就医备案状态为“已撤销”，需本人通过国家医保服务平台APP重新申请。"]


@P("outcome")
def _(c):
    b = bank()
    return [f"多收取的物业费{amt(100, 3000)}元已退至{b[0]}卡", card_for(b), f"（户名{mk()}），{c.prop}已提供转账凭证。"]


@P("summary")
def _(c):
    return ["诉求人要求以书面形式答复，邮箱：", eml(), "，不接受电话回访。"]


@P("action")
def _(c):
    return [f"{anon()}已添加{c.comm}网格员微信，其微信号为", wx(), "，后续通过微信反馈改造进度。"]


@P("summary")
def _(c):
    return [f"{anon()}称家住", adr(c), f"，楼上住户装修违规拆除承重墙，{c.prop}制止无效。"]


@P("notice")
def _(c):
    a, b = nms(2)
    return [f"{date()}，{c.city}{c.dist}纪委监委通报：{c.street}党工委副书记", a, f"对{c.estate}改造项目质量把关不严，致{R.randint(3, 12)}个楼栋返工；城建科科长", b,
            f"未按规定组织竣工验收，违规签署验收意见。经研究，给予", a, f"{R.choice(PUNISH)}，给予", b, f"{R.choice(PUNISH)}。"]


@P("summary")
def _(c):
    a, b = nms(2)
    return [f"经查，{c.estate}物业公司自{R.randint(2019, 2023)}年起未经业主大会同意，擅自将地上停车费由每月{R.randint(60, 120)}元上调至{R.randint(150, 300)}元，业主", a, "、", b,
            f"等多次向{c.street}反映未果，现联名要求{c.dist}住建局、发改局依法查处并公开公共收益账目。"]


@P("outcome")
def _(c):
    return [nm(), f"：您反映的{c.estate}供暖问题，经{c.dist}供热办会同{c.heat}入户检测，室温{R.randint(14, 17)}.{R.randint(0, 9)}℃，低于18℃标准。根据《{c.city}城市供热管理办法》，供热单位已退还采暖费{amt(200, 1500)}元，如不服可在{R.choice(['30日', '60日'])}内申请复核。"]


@P("summary")
def _(c):
    return [f"来电人（未留姓名）手机", mob(), "，反映车牌为", plt(c), f"的网约车在{c.road}揽客时拒载老人。"]


@P("action")
def _(c):
    return ["已将", adr(c), f"纳入{ymd()}年老旧小区改造入户清单，{c.street}将于{date()}前上门确认改造内容。"]


@P("summary")
def _(c):
    return [f"{c.company}（信用代码{ccode(c)}）委托代理人", nm(), "反映，公司在", f"{c.dist}行政审批局办理施工许可时材料被退回{R.randint(2, 5)}次，联系方式", mob(), "，", eml(), "。"]


@P("notice")
def _(c):
    ns = nms(R.choice([3, 4]))
    segs = [f"{c.city}委督查室关于“12345”热线工单办理情况的督查通报："]
    units = [(c.street, ["办事处副主任", "党工委委员", "城建科科长"]), (c.dept, ["副局长", "科长", "一级科员", "四级主任科员"]),
             (c.comm, ["党委书记", "居委会主任", "网格员"]), (f"{c.dist}供热办", ["主任", "副主任"])]
    picks = R.sample(units, len(ns))
    for i, n in enumerate(ns):
        if i:
            segs.append("，")
        u, posts = picks[i]
        segs += [u + R.choice(posts), n]
    return segs + ["等人被约谈。"]


@P("summary")
def _(c):
    return ["本人", nm(), f"，家住", adr(c), f"，{R.choice(['今年', '去年'])}交了供暖费但家里一直不热，电话", mob(), "，请尽快处理！"]


@P("action")
def _(c):
    return [f"经{c.comm}入户核实，", adr(c), "户主", nm(), f"（{R.randint(60, 90)}岁）独居，已为其申请特殊困难老年人家庭适老化改造。"]


@P("summary")
def _(c):
    c = Ctx("延边")
    return [nm("korean"), "反映其家住", adr(c), "，在韩国务工的儿子", nm("korean"), f"无法回国办理不动产继承，要求开通远程视频公证渠道。"]


# ================= CLEAN =================
@C("summary")
def _(c):
    return [f"来电人{anon()}（尾号{R.randint(1000, 9999)}）反映{c.estate}{R.randint(1, 30)}号楼{R.randint(1, 6)}单元暖气不热，室温{R.randint(12, 16)}℃，要求{c.heat}上门排查。"]


@C("outcome")
def _(c):
    m = mk()
    return [f"经{c.street}核实，{m}在{c.estate}内私搭乱建问题属实，已于{date()}责令{m}自行拆除。"]


@C("notice")
def _(c):
    return [f"{c.city}纪委监委通报{R.randint(3, 7)}起违反中央八项规定精神典型问题，涉及{c.dept}原党组成员、副局长{mk()}等{R.randint(3, 9)}人。"]


@C("action")
def _(c):
    return [f"已电联{ttl()}，物业承诺{R.randint(3, 10)}日内完成{c.estate}{R.randint(1, 30)}号楼屋面防水维修。"]


@C("summary")
def _(c):
    return [f"{nick()}称其在{R.choice(FOOD)}{c.road}店就餐后腹泻，要求市场监管部门查处，工单号{wo()}。"]


@C("outcome")
def _(c):
    return [f"本机关于{date()}作出{doc(c, 'fy')}行政复议决定书，维持被申请人作出的{doc(c, 'cf')}行政处罚决定。"]


@C("notice")
def _(c):
    return [f"全区开展学习{R.choice(HIST)}同志先进事迹活动，{R.randint(40, 300)}名社区干部参加，{c.street}获评“{ymd()}年度作风建设先进集体”。"]


@C("summary")
def _(c):
    return [f"{c.company}（统一社会信用代码{ccode(c)}）反映其在{c.dist}政务服务中心办理食品经营许可时被要求重复提交材料。"]


@C("outcome")
def _(c):
    return [f"请{anon()}于工作日拨打{c.dist}不动产登记中心电话{land(c)}预约办理，地址：{office_addr(c)}。"]


@C("action")
def _(c):
    n1 = R.randint(300, 9000)
    return [f"截至{date()}，{c.dist}共受理供暖类工单{n1}件，办结{n1 - R.randint(0, 120)}件，办结率{R.randint(90, 99)}.{R.randint(0, 9)}%，回访满意率{R.randint(85, 99)}.{R.randint(0, 9)}%。"]


@C("notice")
def _(c):
    d = R.randint(3, 20)
    return [f"{c.city}{R.choice(DEPTS)}关于{ymd()}年度服务承诺落实情况的通报：承诺时限{d}个工作日，平均办结{round(d * R.uniform(0.3, 0.9), 1)}个工作日。"]


@C("summary")
def _(c):
    return [f"来电人称“我姓{R.choice(SUR)}，家住{c.estate}，具体门牌不方便说”，反映小区门口夜市噪音扰民。"]


@C("summary")
def _(c):
    a, b = R.choice(PLACE_PAIRS)
    return [f"{a}、{b}两地群众反映跨县公交{R.choice(['停运', '班次减少', '票价上涨'])}问题，涉及沿线{R.randint(5, 30)}个行政村约{R.randint(2, 9)}千人出行。"]


@C("outcome")
def _(c):
    v = R.randint(300, 30000)
    return [f"退还多收取的供暖费人民币{daxie(v)}（¥{v:,}.00），已由{c.heat}转账至来电人账户。"]


@C("action")
def _(c):
    return [f"{ttl()}表示已将该问题上报{c.dept}，待批复后实施，预计{date()}前完成。"]


@C("summary")
def _(c):
    return [f"诉求人{mk()}（身份证号{c.idc}********{R.randint(0, 999):03d}{R.choice('0123456789X')}）反映医保异地备案系统显示“参保地信息不一致”。"]


@C("notice")
def _(c):
    return [f"对{c.dist}{c.street}党工委副书记{mk()}、城建办主任{mk()}给予诫勉谈话，对社区书记{mk()}进行提醒谈话。"]


@C("outcome")
def _(c):
    return [f"（{ymd()}）{c.abbr}{c.court_code}行初{R.randint(1, 400)}号行政判决书已生效，{c.dist}人民政府已按判决重新作出答复。"]


@C("summary")
def _(c):
    b = R.randint(1, 25)
    return [f"反映{c.estate}{b}号楼与{b + 1}号楼之间的消防通道被占用，占用车辆为外卖电动车，约{R.randint(10, 60)}辆。"]


@C("action")
def _(c):
    return [f"工单{wo()}退回重派：诉求地址位于{c.county}{c.town}{c.village}{R.choice('一二三四五')}组，不属本街道辖区。"]


@C("summary")
def _(c):
    return [f"来信人{anon()}寄信至{office_addr(c)}（邮编{postcode(c)}），反映{c.estate}物业公共收益去向不明。"]


@C("notice")
def _(c):
    h = R.sample(HIST, 3)
    return [f"要以{h[0]}、{h[1]}、{h[2]}等同志为榜样，在老旧小区改造、供暖保障等民生实事中当好“店小二”。"]


@C("outcome")
def _(c):
    return [f"回访结果：{anon()}对办理结果“不满意”，理由为“物业只是口头答应”，已重派{c.dept}。"]


@C("summary")
def _(c):
    return [f"{nick()}和邻居{nick()}因{c.estate}楼道堆物发生纠纷，请求{c.comm}居委会调解。"]


@C("action")
def _(c):
    return [f"{date()}，{c.street}联合城管、市场监管、交警开展联合执法，清理占道经营摊点{R.randint(5, 60)}处，劝离流动商贩{R.randint(10, 120)}人次。"]


@C("summary")
def _(c):
    return [f"{c.company}反映，{c.dist}{R.choice(['交通运输局', '住建局', '水务局'])}在招标文件中设置本地业绩门槛，涉嫌排斥外地企业。"]


@C("notice")
def _(c):
    return [f"{doc(c, 'tb')}：{c.dist}应急管理局、{c.dist}住建局{R.randint(2, 5)}名科级干部因督查整改不到位被约谈。"]


@C("outcome")
def _(c):
    return [f"公积金提取申请已审核通过，金额{amt(3000, 80000)}元，将于{R.randint(1, 5)}个工作日内转入申请人尾号{R.randint(1000, 9999)}的银行卡。"]


@C("summary")
def _(c):
    return [f"来电人反映拨打{c.dist}供热服务热线{land(c)}、{land(c)}均无人接听，后转12345。"]


@C("action")
def _(c):
    return [f"{ttl()}、{ttl()}已到{c.estate}{R.randint(1, 30)}号楼现场踏勘，确认需更换立管{R.randint(6, 60)}米。"]


@C("summary")
def _(c):
    return [f"反映其持有的{c.abbr}（{ymd()}）{c.cs[:2]}市不动产权第{R.randint(0, 9999999):07d}号证书登记面积与实测不符。"]


@C("outcome")
def _(c):
    return [f"申请人{mk()}的行政复议申请超过法定期限，根据《中华人民共和国行政复议法》{R.choice(['第三十条', '第三十条第一款', '第三十九条'])}，决定不予受理。"]


@C("summary")
def _(c):
    return [f"家长反映{school(c)}（{office_addr(c)}）{ymd()}年一年级招生划片范围与去年不一致，涉及{c.estate}等{R.randint(2, 9)}个小区。"]


@C("notice")
def _(c):
    return [f"{c.dist}对{R.randint(6, 20)}个街道、{R.randint(20, 40)}个部门12345工单办理情况排名，{c.street}连续{R.randint(2, 4)}个月排名末位，由分管副区长约谈其主要负责人。"]


@C("action")
def _(c):
    return [f"已联系{R.choice(FOOD + ['周黑鸭', '王致和'])}门店店长（姓{R.choice(SUR)}），要求其对过期食品下架处理。"]


@C("summary")
def _(c):
    return [f"来电人反映{c.road}与{c.road2}交口信号灯配时不合理，早高峰排队超过{R.randint(2, 9)}00米。"]


@C("outcome")
def _(c):
    return [f"经核查，参保人{mk()}的异地就医备案已于{date()}生效，此前{amt(1000, 50000)}元费用可回参保地手工报销。"]


@C("action")
def _(c):
    return [f"1.{c.dist}住建局牵头；2.{c.street}配合；3.{c.heat}于{date()}前完成管网改造；4.结果报区效能办。"]


@C("summary")
def _(c):
    return [f"来电人（{R.choice('男女')}，{R.randint(3, 7)}0岁左右，未留姓名）反映{c.estate}东门外{c.road}有人倾倒建筑垃圾。"]


@C("notice")
def _(c):
    return [f"关于{ymd()}年第{R.choice('一二三四')}季度全市12345热线工单办理情况的通报（{doc(c, 'tb')}）"]


@C("summary")
def _(c):
    return [f"反映{c.estate}{R.randint(1, 30)}号楼{R.randint(1, 6)}单元的老人（邻居称其为“{R.choice(SUR)}奶奶”）长期独居，希望社区关注。"]


@C("outcome")
def _(c):
    return [f"经调解，双方达成一致：物业公司退还多收停车费{amt(100, 3000)}元，业主{mk()}撤回投诉。"]


@C("action")
def _(c):
    return [f"{nick()}已去现场，{nick()}负责联系供热站，明早{R.randint(7, 9)}:30前反馈。"]


@C("summary")
def _(c):
    return [f"工单编号{wo()}，来电时间{date()} {R.randint(8, 21)}:{R.randint(10, 59)}，诉求人未留联系方式，诉求内容：{c.estate}地下车库积水。"]


@C("outcome")
def _(c):
    return [f"该案经{c.dist}人民法院一审、{c.mid}二审，均驳回上诉人诉讼请求，{doc(c, 'xf')}答复意见合法。"]


@C("notice")
def _(c):
    return [f"{c.dist}{c.street}在老旧小区改造中存在“重面子轻里子”问题，{R.randint(3, 20)}个楼栋外墙保温不达标，责令限期{R.randint(7, 30)}日整改。"]


@C("summary")
def _(c):
    return [f"来电人称“我是{c.estate}{R.randint(1, 30)}号楼的，姓{R.choice(SUR)}”，反映楼下{R.choice(FOOD)}油烟扰民。"]


@C("action")
def _(c):
    return [f"已督促{c.company}于{date()}前补缴{R.randint(3, 80)}名职工住房公积金{amt(10000, 300000)}元。"]


@C("summary")
def _(c):
    return [f"反映{c.company}（注册号{c.idc}{R.randint(0, 999999999):09d}）拖欠装修款，涉及金额{amt(5000, 200000)}元。"]


@C("outcome")
def _(c):
    return [f"{c.dist}行政审批局已对企业反映的“办照难”问题立行立改，开办时间压缩至{R.choice([4, 6, 8])}小时以内，并于{date()}回访企业负责人{anon()}。"]


@C("summary")
def _(c):
    return [f"来电人反映其驾驶的出租车在{c.road}被电子警察抓拍违停，认为系误拍，要求{c.dist}交警大队复核。"]


@C("action")
def _(c):
    return [f"经查，尾号为{R.randint(100, 999)}{R.choice('ABCDEFGHJK0123')}的车辆已于{date()}缴纳停车费，物业已解除锁车。"]


@C("summary")
def _(c):
    m = mobile_raw()
    return [f"诉求人：{mk()}｜电话：{m[:3]}****{m[7:]}｜地址：{c.estate}（具体楼号未提供）｜诉求：{R.choice(ISSUES)}"]


@C("outcome")
def _(c):
    return [f"经{c.dist}市场监管局调查，“{R.choice(BRANDS)}”{c.road}店销售的散装熟食标签不全，已责令整改并罚款{amt(500, 20000)}元。"]


@C("notice")
def _(c):
    return [f"本期曝光：{c.dist}某街道干部工作时间打游戏；某社区工作人员对办事群众态度冷漠，均已按规定严肃处理。"]


@C("summary")
def _(c):
    return [f"信访件编号{c.cs[:2]}XF{ymd()}{R.randint(0, 99999):05d}，来信人{anon()}反映{c.street}拆迁补偿标准前后不一。"]


@C("action")
def _(c):
    return [f"{c.dept}办公室电话{land(c)}，传真{land(c)}，邮政编码{postcode(c)}，工作时间周一至周五。"]


@C("summary")
def _(c):
    c = Ctx(R.choice(["北京", "天津", "石家庄", "太原", "济南", "南京", "徐州", "常州", "沈阳", "长春"]))
    return [f"来电人反映{c.cs}地铁{R.randint(1, 6)}号线{c.road.replace('大街', '').replace('路', '')}站B口电梯停运{R.randint(2, 20)}天，老人上下不便。"]


@C("outcome")
def _(c):
    return [f"{ymd()}年{c.dist}老旧小区改造共涉及{R.randint(10, 90)}个小区、{R.randint(100, 900)}栋楼、{R.randint(3000, 30000)}户，完成投资{R.randint(5000, 90000)}万元。"]


@C("summary")
def _(c):
    return [f"反映{c.estate}物业公司负责人（自称“{R.choice(SUR)}老板”）拒不退还装修押金{amt(1000, 5000)}元。"]


@C("action")
def _(c):
    return [f"区长热线转办，{ttl()}批示：请{c.street}三日内处理并回复，结果报{c.dist}12345热线办。"]


@C("notice")
def _(c):
    return [f"{c.city}对{R.randint(20, 300)}个服务窗口“好差评”数据进行通报，差评{R.randint(3, 60)}条，整改率100%。"]


@C("summary")
def _(c):
    return [f"来电人称其在{c.company}（位于{office_addr(c)}{R.randint(2, 20)}层）购买的课程无法退费，门店已关闭。"]


@C("outcome")
def _(c):
    return [f"经核实，{c.estate}{R.randint(1, 30)}号楼属{school(c)}学区，来电人所述“划入外区”的情况不属实。"]


@C("action")
def _(c):
    return [f"已联系{c.heat}{c.comm.replace('社区', '')}换热站站长（{anon()}），其表示{date()}前完成设备检修。"]


@C("summary")
def _(c):
    return [f"12345热线转来：{anon()}反映{c.dist}{c.road}{R.randint(1, 300)}号门前（{c.dept}办公楼）停车难，要求施划车位。"]


@C("outcome")
def _(c):
    return [f"诉求人{mk()}（男，{R.randint(30, 80)}岁）反映的{c.street}违建问题，经{c.dist}城管执法局{R.choice(['一', '二', '三'])}中队核查，已拆除{R.randint(10, 200)}平方米。"]


@C("notice")
def _(c):
    return [f"{c.prov or c.city}通报：{c.city}{c.dist}住建局原局长{mk()}、副局长{mk()}，因{R.choice(ISSUES)}问题处置不力被问责。"]


@C("summary")
def _(c):
    return [f"反映{c.county}{c.town}{c.village}{R.choice('一二三四五六')}组、{R.choice('一二三四五六')}组约{R.randint(20, 90)}户冬季清洁取暖补贴未发放。"]


@C("action")
def _(c):
    return [f"请于{date()}前将{c.estate}改造资料报送至{c.dept}邮箱（见{doc(c)}附件），联系电话{land(c)}。"]


@C("outcome")
def _(c):
    return [f"经查，{R.choice(BRANDS)}属注册商标，{c.road}门店由{c.company}加盟经营，来电人反映的“冒用名义”问题不成立。"]


@C("summary")
def _(c):
    return [f"来电人反映{c.dist}政务服务中心{R.randint(1, 3)}楼{R.randint(1, 40)}号窗口工作人员（工牌号{R.randint(10000, 99999)}）中午提前离岗。"]


@C("notice")
def _(c):
    return [f"{c.cs}市{R.choice(['住建局', '城管委', '行政审批局'])}“{R.choice(HIST)}式好干部”评选结果公示：{c.street}等{R.randint(5, 20)}个集体入选。"]


@C("action")
def _(c):
    return [f"{nick()}：已核对，{c.estate}{R.randint(1, 30)}#楼{R.randint(1, 6)}单元共{R.randint(12, 36)}户，已开栓{R.randint(5, 12)}户，余户周五前完成。"]


@C("summary")
def _(c):
    return [f"来电人反映{c.road}{R.randint(1, 300)}号“{R.choice(SUR)}{R.choice(['记', '家', '氏'])}{R.choice(['包子铺', '修车铺', '干洗店', '面馆'])}”占道经营，影响通行。"]


@C("outcome")
def _(c):
    return [f"申请人{anon()}提出的公积金异地转移接续申请已受理，受理编号{c.idc}{ymd()}{R.randint(0, 9999):04d}，办结时限{R.randint(3, 15)}个工作日。"]


@C("notice")
def _(c):
    return [f"{date()}，{c.city}纪委监委通报{R.randint(4, 8)}起群众身边不正之风和腐败问题：{c.dist}某街道原城建科科长王某某在老旧小区改造中收受施工方好处费；{c.dist}某社区居委会原主任李某虚报冒领取暖补贴{amt(5000, 40000)}元；{c.dist}{R.choice(DEPTS)}工作人员赵×对群众诉求推诿扯皮。上述人员均已受到严肃处理。"]


@C("outcome")
def _(c):
    return [f"经查，来电人反映{c.estate}{R.randint(1, 30)}号楼供暖不达标情况属实。{c.heat}已于{date()}更换该楼{R.randint(2, 6)}个单元立管阀门，并对{R.randint(6, 40)}户进行测温，平均室温{R.randint(18, 21)}.{R.randint(0, 9)}℃。依据《{c.city}供热条例》第{R.randint(20, 45)}条，已按日退还不达标期间采暖费，来电人{anon()}表示满意。"]


@C("summary")
def _(c):
    return [f"来电人{anon()}反映：{c.estate}改造时拆除了原有车棚，承诺在{R.randint(1, 30)}号楼西侧新建，但至今已过去{R.randint(3, 11)}个月仍未动工，老人们的电动车只能停在楼道里充电，存在安全隐患，之前已打过{R.randint(2, 6)}次热线（工单{wo()}），均答复“正在协调”。"]


@C("outcome")
def _(c):
    return [f"本案申请人{mk()}请求撤销{c.dist}人民政府作出的{doc(c, 'xf')}答复。经审理，本机关认为被申请人认定事实清楚、程序合法，依照《中华人民共和国行政复议法》第六十八条之规定，决定维持。申请人如不服，可自收到本决定书之日起15日内向{c.dist}人民法院提起行政诉讼。"]


@C("summary")
def _(c):
    return [f"{R.choice(FOOD)}（{c.road}店）顾客投诉：{date()}购买的会员卡（卡号尾号{R.randint(1000, 9999)}）余额{amt(100, 2000)}元，门店关闭后无法退款。"]


@C("action")
def _(c):
    return [f"分管领导批示（{date()}）：请{c.dept}、{c.street}会同{c.prop}认真研究来电人{anon()}所提诉求，{R.randint(3, 7)}日内形成书面答复，答复前务必当面沟通，防止“一退了之”。"]


# ---------------------------------------------------------------- noise
TYPOS = [("已", "以"), ("暖气", "暧气"), ("再次", "在次"), ("小区", "小曲"), ("反映", "反应"), ("联系", "联糸"), ("办理", "半理"),
         ("的", "得"), ("现场", "线场")]
HALF = {"，": ",", "：": ":", "（": "(", "）": ")", "；": ";"}


def add_noise(segs):
    segs = list(segs)
    strs = [i for i, s in enumerate(segs) if isinstance(s, str)]
    if R.random() < 0.12:
        for i in strs:
            s = segs[i]
            for a, b in HALF.items():
                s = s.replace(a, b)
            segs[i] = s
    if R.random() < 0.08:
        a, b = R.choice(TYPOS)
        cand = [i for i in strs if a in segs[i]]
        if cand:
            i = R.choice(cand)
            segs[i] = segs[i].replace(a, b, 1)
    return segs


def assemble(segs):
    text, labels = "", []
    for s in segs:
        if isinstance(s, tuple):
            kind, v = s
            labels.append({"start": len(text), "end": len(text) + len(v), "kind": kind})
            text += v
        else:
            text += s
    return text, labels


# ---------------------------------------------------------------- generation
def generate(n_pos=550, n_clean=450):
    rows, seen = [], set()
    plan = [(POS[i % len(POS)], True) for i in range(n_pos)] + [(CLEAN[i % len(CLEAN)], False) for i in range(n_clean)]
    for (tid, field, fn), positive in plan:
        for _attempt in range(300):
            segs = fn(Ctx())
            if positive:
                segs = add_noise(segs)
            else:
                segs = add_noise(segs)
            text, labels = assemble(segs)
            if not (15 <= len(text) <= 140) or text in seen:
                continue
            assert bool(labels) == positive, (tid, text)
            seen.add(text)
            rows.append({"field": field, "labels": labels, "shape": f"outside10-{tid}", "text": text})
            break
        else:
            raise RuntimeError(f"template {tid} cannot produce a fresh sentence in range")
    R.shuffle(rows)
    return rows


def check(rows):
    kinds_ok = {"id", "mobile", "card", "email", "im", "address", "plate", "name"}
    for r in rows:
        t = r["text"]
        assert 15 <= len(t) <= 140, t
        assert r["field"] in {"summary", "outcome", "action", "notice"}
        prev_end = -1
        for lab in sorted(r["labels"], key=lambda x: x["start"]):
            assert lab["kind"] in kinds_ok
            s, e = lab["start"], lab["end"]
            assert 0 <= s < e <= len(t), (t, lab)
            assert s >= prev_end, ("overlap", t, r["labels"])
            prev_end = e
            v = t[s:e]
            assert v and v == v.strip(), (t, lab)
            if lab["kind"] == "id":
                assert re.fullmatch(r"\d{17}[\dX]", v) and id_check(v[:17]) == v[17], v
            if lab["kind"] == "card":
                d = v.replace(" ", "")
                assert d.isdigit() and len(d) in (16, 19) and luhn_ok(d), v
            if lab["kind"] == "mobile":
                d = re.sub(r"[^\d]", "", v)
                assert len(d) in (11, 13), v
            if lab["kind"] == "email":
                assert re.fullmatch(r"[a-z0-9_.]+@[a-z0-9.]+", v), v


def main():
    rows = generate()
    check(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "outside10.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = [r for r in rows if r["labels"]]
    print(f"wrote {len(rows)} rows -> {out}")
    print(f"positive {len(pos)}  clean {len(rows) - len(pos)}  templates {len(POS)}+{len(CLEAN)}={len(POS) + len(CLEAN)}")
    kc = Counter(l["kind"] for r in rows for l in r["labels"])
    print("labels by kind:", dict(sorted(kc.items(), key=lambda x: -x[1])))
    print("rows with kind:", dict(Counter(k for r in rows for k in {l['kind'] for l in r['labels']})))
    print("rows by field:", dict(Counter(r["field"] for r in rows)))
    print("positive by field:", dict(Counter(r["field"] for r in pos)))
    print("clean by field:", dict(Counter(r["field"] for r in rows if not r["labels"])))
    lens = [len(r["text"]) for r in rows]
    print(f"length min {min(lens)} max {max(lens)} mean {sum(lens) / len(lens):.1f}")
    print("shapes used:", len({r['shape'] for r in rows}))
    print("all slices verified, no overlaps")


if __name__ == "__main__":
    main()
