#!/usr/bin/env python3
"""outside7 -- independent labelled test set of Chinese government-transparency
sentences (12345 work orders, 信访答复, 效能投诉, 纪委通报, 市场监管公示 ...)
for a personal-data detector.  Northern / western flavour (鲁冀豫陕甘川黑蒙桂).

Python 3.11, stdlib + faker only.  Fixed seed.  Writes outside7.jsonl beside
this file.  Every label offset is computed while the text is assembled and is
re-checked at the end.
"""
import json
import os
import random
from collections import Counter, defaultdict

from faker import Faker

SEED = 20250707
R = random.Random(SEED)
Faker.seed(SEED)
FK = Faker("zh_CN")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "outside7.jsonl")
KINDS = {"id", "mobile", "card", "email", "im", "address", "plate", "name"}
FIELDS = ("summary", "outcome", "action", "notice")
ch = R.choice


def rint(a, b):
    return R.randint(a, b)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- punctuation
def co():          # colon, mostly full width
    return "：" if chance(0.85) else ":"


def cm():
    return "，" if chance(0.9) else ","


def P(*inner):     # parenthesised group, full or half width
    if chance(0.8):
        return ["（", *inner, "）"]
    return ["(", *inner, ")"]


CN_NUM = "零一二三四五六七八九十"


def cnn(n):        # small numbers as Chinese numerals
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n - 10] if n % 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def num_or_cn(n, p=0.3):
    return cnn(n) if (n <= 20 and chance(p)) else str(n)


# --------------------------------------------------------------- city tables
# u = urban address styles available in that city; rural = village style
CITIES = {
    "济南": dict(full="济南市", prov="山东", pl="鲁A", area="0531", pc="250", ab="济",
               d=["历下区", "市中区", "槐荫区", "天桥区", "历城区", "章丘区"],
               st=["解放路", "文化东路", "和平路", "经七路", "纬二路", "北园大街", "山大路", "英雄山路", "工业北路", "堤口路"],
               es=["燕山小区", "舜玉小区", "洪楼小区", "甸柳新村", "七里山南村", "阳光舜城", "舜华园", "八里洼小区"],
               hu=["魏家胡同", "县西巷", "起凤桥街", "西更道街", "榜棚街", "芙蓉巷", "后营坊街"],
               town=["郭店街道", "遥墙街道", "港沟街道", "唐王街道", "彩石街道"],
               vil=["东沙王庄村", "前屯村", "小许家村", "张而村", "西坞村"],
               u=["estate", "yuan", "hutong", "dash", "door"], rural="plain"),
    "青岛": dict(full="青岛市", prov="山东", pl="鲁B", area="0532", pc="266", ab="青",
               d=["市北区", "李沧区", "崂山区", "黄岛区", "即墨区"],
               st=["延吉路", "台东一路", "辽宁路", "威海路", "书院路", "九水路", "京口路", "长江中路"],
               es=["浮山后四小区", "湘潭路小区", "书院路小区", "延安三路小区", "海尔山庄", "永年路小区"],
               hu=["黄台路里院", "海泊路", "高密路", "沧口路"],
               town=["蓝村街道", "移风店镇", "王台街道", "大村镇"],
               vil=["南泉村", "河套村", "前程村", "大店村"],
               u=["estate", "dash", "door", "li"], rural="plain"),
    "临沂": dict(full="临沂市", prov="山东", pl="鲁Q", area="0539", pc="276", ab="临",
               d=["兰山区", "罗庄区", "河东区", "沂南县", "兰陵县"],
               st=["解放路", "沂蒙路", "金雀山路", "通达路", "涑河街", "启阳路"],
               es=["金雀山小区", "银雀山小区", "沂龙湾", "涑河小区", "北园新村"],
               hu=["考棚街", "西大街", "县前街"],
               town=["汪沟镇", "朱保镇", "苍山街道", "马牧池乡"],
               vil=["朱家庄村", "东高庄村", "常山庄村", "后代村"],
               u=["estate", "door", "dash"], rural="plain"),
    "菏泽": dict(full="菏泽市", prov="山东", pl="鲁R", area="0530", pc="274", ab="菏",
               d=["牡丹区", "定陶区", "曹县", "单县", "郓城县"],
               st=["中华路", "人民路", "和平路", "八一路", "青年路"],
               es=["银座花园", "青年路小区", "丹阳花园", "牡丹园小区"],
               hu=["西安街", "新华街", "大成街"],
               town=["大集镇", "庄寨镇", "皇镇乡", "吕陵镇"],
               vil=["丁楼村", "张庄村", "孙庄村", "李集村"],
               u=["estate", "door", "yuan"], rural="zu"),
    "石家庄": dict(full="石家庄市", prov="河北", pl="冀A", area="0311", pc="050", ab="石",
                d=["长安区", "桥西区", "裕华区", "新华区", "藁城区", "正定县"],
                st=["中山东路", "建设北大街", "谈固南大街", "裕华西路", "友谊北大街", "槐安东路", "体育南大街", "和平西路", "民族路"],
                es=["谈固小区", "联盟小区", "建华小区", "维明小区", "翟营小区", "育才小区"],
                hu=["民族路胡同", "大经街", "南焦胡同"],
                town=["廉州镇", "南孟镇", "兴安镇", "正定镇"],
                vil=["东里村", "西杜村", "北贾村", "塔元庄村"],
                u=["estate", "yuan", "dash", "shequ"], rural="plain"),
    "保定": dict(full="保定市", prov="河北", pl="冀F", area="0312", pc="071", ab="保",
               d=["竞秀区", "莲池区", "满城区", "清苑区"],
               st=["朝阳北大街", "东风中路", "七一中路", "裕华东路", "五四东路", "东大街"],
               es=["朝阳小区", "东风小区", "五四路小区", "向阳小区", "百花苑"],
               hu=["马号胡同", "城隍庙街", "紫河套", "唐家胡同", "双彩五道街"],
               town=["大庄镇", "望都镇", "南奇乡", "石井乡"],
               vil=["东庄村", "北辛庄村", "西大夫庄村"],
               u=["estate", "hutong", "yuan", "dash"], rural="zu"),
    "唐山": dict(full="唐山市", prov="河北", pl="冀B", area="0315", pc="063", ab="唐",
               d=["路北区", "路南区", "开平区", "丰润区"],
               st=["建设北路", "新华东道", "龙泽北路", "北新道", "南新道", "国防道"],
               es=["龙泉里", "翔云里", "增盛里", "光明里", "钓鱼台里", "华岩里"],
               hu=["小山街", "广场街"],
               town=["果园乡", "越河镇", "老庄子镇"],
               vil=["东刘庄村", "西果园村", "小集村"],
               u=["li", "estate", "dash"], rural="zu"),
    "邯郸": dict(full="邯郸市", prov="河北", pl="冀D", area="0310", pc="056", ab="邯",
               d=["丛台区", "邯山区", "复兴区", "武安市"],
               st=["人民路", "中华北大街", "联纺路", "陵园路", "滏河大街", "光明大街"],
               es=["联纺东小区", "光明小区", "陵西小区", "和平小区"],
               hu=["串城街", "西门里", "城隍庙街"],
               town=["黄粱梦镇", "尚璧镇", "三陵乡"],
               vil=["南吕固村", "北张庄村", "东堡村"],
               u=["estate", "yuan", "door"], rural="zu"),
    "张家口": dict(full="张家口市", prov="河北", pl="冀G", area="0313", pc="075", ab="张",
                d=["桥东区", "桥西区", "宣化区", "万全区", "张北县"],
                st=["胜利北路", "东安大街", "怡安街", "长青路", "钻石南路"],
                es=["东方家园", "长青小区", "明德北小区", "惠民小区"],
                hu=["东营盘胡同", "鼓楼北街", "武城街", "堡子里东门大街", "西关胡同"],
                town=["洗马林镇", "公会镇", "油篓沟乡"],
                vil=["大营盘村", "前屯村", "二道沟村"],
                u=["hutong", "estate", "door"], rural="zu"),
    "郑州": dict(full="郑州市", prov="河南", pl="豫A", area="0371", pc="450", ab="郑",
               d=["金水区", "二七区", "中原区", "管城回族区", "惠济区"],
               st=["花园路", "经三路", "纬五路", "农业路", "丰产路", "大学路", "航海中路", "民主路", "建设西路", "桐柏路", "棉纺路", "紫荆山南路"],
               es=["国棉三厂家属院", "电力家属院", "郑大南校区家属院", "碧沙岗小区", "正商城", "建业森林半岛"],
               hu=["书院街", "顺河路", "西大街"],
               town=["古荥镇", "花园口镇", "侯寨乡"],
               vil=["黄河滩村", "南阳寨村", "刘砦村"],
               u=["yuan", "estate", "dash", "shequ"], rural="zu"),
    "洛阳": dict(full="洛阳市", prov="河南", pl="豫C", area="0379", pc="471", ab="洛",
               d=["涧西区", "老城区", "西工区", "洛龙区"],
               st=["中州西路", "南昌路", "天津路", "景华路", "中州东路", "王城大道", "唐宫中路"],
               es=["拖拉机厂家属院", "洛铜家属院", "上海市场小区", "九都苑"],
               hu=["西南隅", "东大街", "贴廓巷", "十字街"],
               town=["白马寺镇", "李楼镇", "辛店街道"],
               vil=["枣园村", "寺里碑村", "后李村"],
               u=["jiefang", "yuan", "hutong", "estate"], rural="zu"),
    "南阳": dict(full="南阳市", prov="河南", pl="豫R", area="0377", pc="473", ab="宛",
               d=["宛城区", "卧龙区", "社旗县", "方城县"],
               st=["仲景路", "新华东路", "卧龙路", "七一路", "中州路"],
               es=["仲景小区", "建设路家属院", "锦华苑"],
               hu=["解放路胡同", "民主街", "长春街"],
               town=["瓦店镇", "溧河乡", "蒲山镇"],
               vil=["王营村", "十里庙村", "周庄村"],
               u=["yuan", "estate", "door"], rural="zu"),
    "开封": dict(full="开封市", prov="河南", pl="豫B", area="0371", pc="475", ab="汴",
               d=["鼓楼区", "龙亭区", "顺河回族区", "禹王台区"],
               st=["书店街", "自由路", "中山路", "西门大街", "维新街"],
               es=["汴京花园", "自由路小区", "西门小区"],
               hu=["双龙巷", "游梁祠胡同", "省府后街", "三胜街", "草市街", "财政厅东街"],
               town=["水稻乡", "柳园口乡", "杏花营镇"],
               vil=["水牛赵村", "西司门村", "南北堤村"],
               u=["hutong", "yuan", "door"], rural="zu"),
    "西安": dict(full="西安市", prov="陕西", pl="陕A", area="029", pc="710", ab="市",
               d=["碑林区", "莲湖区", "新城区", "雁塔区", "灞桥区", "长安区"],
               st=["东木头市", "建国路", "友谊东路", "劳动路", "西七路", "东五路", "长乐中路", "小寨东路", "含光路", "电子正街", "纺织城正街"],
               es=["电子城小区", "含光小区", "纺织城四棉家属院", "东仪路小区", "西北大学家属区", "劳动南路小区"],
               hu=["大学习巷", "化觉巷", "大莲花池街", "甜水井街", "东关南街", "洒金桥", "王家巷"],
               town=["韦曲街道", "郭杜街道", "王寺街道", "引镇街道"],
               vil=["东大村", "杜曲村", "西江村", "上塔坡村"],
               u=["estate", "hutong", "shequ", "dash"], rural="zu"),
    "宝鸡": dict(full="宝鸡市", prov="陕西", pl="陕C", area="0917", pc="721", ab="宝",
               d=["渭滨区", "金台区", "陈仓区", "岐山县"],
               st=["经二路", "清姜路", "红旗路", "东风路", "金台大道"],
               es=["清姜小区", "姜谭路小区", "红旗路小区", "宝鸡机床厂家属院"],
               hu=["中山东路巷", "西关街", "金台观路"],
               town=["蔡家坡镇", "凤鸣镇", "千河镇"],
               vil=["北沟村", "宁王村", "蔡家坡村"],
               u=["estate", "yuan", "door"], rural="zu"),
    "延安": dict(full="延安市", prov="陕西", pl="陕J", area="0911", pc="716", ab="延",
               d=["宝塔区", "安塞区", "子长市", "志丹县"],
               st=["二道街", "北关街", "南门坡", "枣园路", "百米大道"],
               es=["凤凰山小区", "桥沟小区", "南关小区", "杨家岭新村"],
               hu=["南关街", "西北川路"],
               town=["河庄坪镇", "李渠镇", "枣园街道"],
               vil=["杨家岭村", "赵家岸村", "冯庄村"],
               u=["estate", "door", "yuan"], rural="zu"),
    "兰州": dict(full="兰州市", prov="甘肃", pl="甘A", area="0931", pc="730", ab="兰",
               d=["城关区", "七里河区", "安宁区", "西固区", "榆中县"],
               st=["张掖路", "庆阳路", "雁滩路", "东岗西路", "皋兰路", "酒泉路", "西津西路", "敦煌路", "安宁西路", "福利路"],
               es=["雁滩家园", "东岗小区", "万新路小区", "小西湖小区", "兰飞小区", "培黎小区"],
               hu=["通渭路", "永昌路", "箭道巷", "金塔巷"],
               town=["和平镇", "夏官营镇", "金崖镇", "连搭镇"],
               vil=["高墩营村", "马家湾村", "苑川村", "黄家庄村"],
               u=["estate", "dash", "shequ", "yuan"], rural="she"),
    "天水": dict(full="天水市", prov="甘肃", pl="甘E", area="0938", pc="741", ab="天",
               d=["秦州区", "麦积区", "甘谷县", "秦安县"],
               st=["民主西路", "解放路", "建设路", "商埠路", "埠北路"],
               es=["东团庄小区", "双桥小区", "泉湖小区"],
               hu=["飞将巷", "育生巷", "砚房背后"],
               town=["中梁镇", "皂郊镇", "马跑泉镇"],
               vil=["李官湾村", "罗家沟村", "二十里铺村"],
               u=["estate", "hutong", "door"], rural="she"),
    "临夏": dict(full="临夏州", prov="甘肃", pl="甘N", area="0930", pc="731", ab="临",
               d=["临夏市", "东乡族自治县", "积石山县", "广河县", "和政县"],
               st=["红园路", "团结路", "解放路", "前河沿路", "新华街"],
               es=["红园小区", "八坊十三巷片区住宅", "团结路家属院"],
               hu=["八坊十三巷", "王寺街", "大西关"],
               town=["锁南镇", "吹麻滩镇", "三甲集镇", "买家集镇"],
               vil=["达板村", "大庄村", "关滩村", "红崖村"],
               u=["estate", "door", "hutong"], rural="she"),
    "武威": dict(full="武威市", prov="甘肃", pl="甘H", area="0935", pc="733", ab="武",
               d=["凉州区", "民勤县", "古浪县"],
               st=["东大街", "北关中路", "西关街", "南大街"],
               es=["天马小区", "海藏小区", "南关小区"],
               hu=["大什字巷", "北关巷"],
               town=["黄羊镇", "永昌镇", "清源镇"],
               vil=["新庄村", "下双村", "蔡家寨村"],
               u=["estate", "door"], rural="she"),
    "成都": dict(full="成都市", prov="四川", pl="川A", area="028", pc="610", ab="成",
               d=["锦江区", "青羊区", "金牛区", "武侯区", "成华区", "郫都区"],
               st=["东大街", "书院街", "水井街", "督院街", "西御街", "同仁路", "金河路", "蜀汉路", "营门口路", "沙湾路", "玉林南路", "科华北路", "浆洗街", "建设路", "双桥路", "猛追湾街"],
               es=["玉林小区", "营门口小区", "沙湾小区", "双桥子小区", "曹家巷小区", "桐梓林小区"],
               hu=["宽巷子", "泡桐树街", "小福建营巷", "方池街"],
               town=["安德街道", "唐昌镇", "友爱镇", "团结街道"],
               vil=["战旗村", "青杠树村", "农科村", "先锋村"],
               u=["sc", "estate", "dash"], rural="zu"),
    "南充": dict(full="南充市", prov="四川", pl="川R", area="0817", pc="637", ab="南",
               d=["顺庆区", "高坪区", "嘉陵区", "阆中市"],
               st=["模范街", "人民中路", "涪江路", "嘉陵江路", "白土坝路"],
               es=["白塔小区", "模范街小区", "丝绸厂宿舍", "北湖花园"],
               hu=["马市铺", "大北街", "簸箕巷"],
               town=["搬罾街道", "龙门街道", "李渡镇"],
               vil=["五星村", "双桥村", "大林村"],
               u=["sc", "estate"], rural="zu"),
    "凉山": dict(full="凉山州", prov="四川", pl="川W", area="0834", pc="615", ab="凉",
               d=["西昌市", "昭觉县", "布拖县", "美姑县", "越西县"],
               st=["长安中路", "胜利路", "航天大道", "三岔口东路", "新村路"],
               es=["月城小区", "海河小区", "阳光新城", "三岔口小区"],
               hu=["仓街", "北街", "四牌楼巷"],
               town=["竹核乡", "三岔河乡", "特木里镇", "拖都乡"],
               vil=["火普村", "三河村", "阿土列尔村", "瓦吾村"],
               u=["sc", "estate"], rural="zu"),
    "哈尔滨": dict(full="哈尔滨市", prov="黑龙江", pl="黑A", area="0451", pc="150", ab="哈",
                d=["道里区", "南岗区", "道外区", "香坊区", "平房区", "呼兰区"],
                st=["西十道街", "安升街", "经纬街", "买卖街", "西大直街", "宣化街", "红军街", "学府路", "南勋街", "北十八道街", "景阳街", "三大动力路", "香坊大街", "公滨路"],
                es=["河松小区", "闽江小区", "保健路小区", "嵩山小区", "文化小区", "和平村小区"],
                hu=["北二道街", "南头道街", "大方里", "升平街"],
                town=["二八镇", "康金街道", "孟家乡", "杨林乡"],
                vil=["前进村", "东兴村", "长岭村", "双井村"],
                u=["hrb", "estate", "dash"], rural="tun"),
    "齐齐哈尔": dict(full="齐齐哈尔市", prov="黑龙江", pl="黑B", area="0452", pc="161", ab="齐",
                  d=["龙沙区", "建华区", "铁锋区", "昂昂溪区", "富裕县"],
                  st=["卜奎大街", "龙华路", "中华路", "建华路", "新明大街", "南马路"],
                  es=["大庆路小区", "东湖小区", "北局宅小区", "明月岛小区"],
                  hu=["永安大街", "奋斗街", "卜奎北大街"],
                  town=["榆树屯镇", "水师营镇", "龙安桥镇", "塔哈镇"],
                  vil=["卜奎村", "五福村", "大五福玛村", "繁荣村"],
                  u=["hrb", "estate"], rural="tun"),
    "牡丹江": dict(full="牡丹江市", prov="黑龙江", pl="黑C", area="0453", pc="157", ab="牡",
                d=["东安区", "爱民区", "阳明区", "西安区", "宁安市"],
                st=["太平路", "光华街", "西三条路", "地明街", "东四条路"],
                es=["太平路小区", "光华小区", "北山小区", "立新小区"],
                hu=["东一条路", "西长安街"],
                town=["兴隆镇", "温春镇", "海浪镇", "渤海镇"],
                vil=["江南村", "宁安村", "红旗村", "新兴村"],
                u=["hrb", "estate", "dash"], rural="tun"),
    "呼和浩特": dict(full="呼和浩特市", prov="内蒙古", pl="蒙A", area="0471", pc="010", ab="呼",
                  d=["新城区", "回民区", "赛罕区", "玉泉区", "土默特左旗"],
                  st=["锡林郭勒北路", "新华大街", "迎宾北路", "中山西路", "通道北街", "海拉尔西路", "大学东街", "昭乌达路", "大南街", "石羊桥路"],
                  es=["金桥小区", "巨海城", "锡林小区", "桥靠小区", "团结小区", "昭君小区"],
                  hu=["通顺街", "大召前街", "五塔寺后街", "旧城北门"],
                  town=["察素齐镇", "毕克齐镇", "黄合少镇", "金河镇"],
                  vil=["大黑河村", "讨号板村", "太平庄村", "什拉门更村"],
                  u=["estate", "shequ", "dash", "yuan"], rural="zu"),
    "包头": dict(full="包头市", prov="内蒙古", pl="蒙B", area="0472", pc="014", ab="包",
               d=["昆都仑区", "青山区", "东河区", "九原区", "达尔罕茂明安联合旗"],
               st=["钢铁大街", "阿尔丁大街", "林荫路", "少先路", "幸福路", "文化路", "巴彦塔拉大街"],
               es=["友谊小区", "富强小区", "北梁新区", "青年路小区"],
               hu=["西脑包", "财神庙街", "乔家金街"],
               town=["沙尔沁镇", "哈林格尔镇", "百灵淖尔镇"],
               vil=["新光村", "沙尔沁村", "麻池村"],
               u=["jiefang", "estate"], rural="zu"),
    "锡林郭勒": dict(full="锡林郭勒盟", prov="内蒙古", pl="蒙H", area="0479", pc="026", ab="锡",
                  d=["锡林浩特市", "阿巴嘎旗", "正蓝旗", "东乌珠穆沁旗", "西乌珠穆沁旗"],
                  st=["额尔敦路", "锡林大街", "那达慕大街", "团结大街", "杭盖路"],
                  es=["民族小区", "团结小区", "海日罕小区", "额尔敦花园"],
                  hu=["宝力根街", "巴彦路"],
                  town=["那仁宝拉格苏木", "吉尔嘎朗图苏木", "洪格尔高勒镇", "宝力根苏木", "巴彦花镇"],
                  vil=["巴彦图嘎嘎查", "宝力根陶海嘎查", "乌兰哈达嘎查", "查干淖尔嘎查", "伊和乌拉嘎查"],
                  u=["estate", "shequ"], rural="gacha"),
    "南宁": dict(full="南宁市", prov="广西", pl="桂A", area="0771", pc="530", ab="南",
               d=["兴宁区", "青秀区", "西乡塘区", "江南区", "武鸣区"],
               st=["民生路", "朝阳路", "中山路", "兴宁路", "民族大道", "东葛路", "竹溪大道", "七星路", "大学东路", "明秀西路", "星光大道"],
               es=["明秀小区", "竹溪小区", "南湖名都", "园湖小区", "新竹小区"],
               hu=["解放路", "水街", "壮志路"],
               town=["双桥镇", "锣圩镇", "府城镇", "那桐镇"],
               vil=["伏林村", "那汉村", "板新村", "庆乐村"],
               u=["estate", "dash", "door"], rural="tun"),
    "柳州": dict(full="柳州市", prov="广西", pl="桂B", area="0772", pc="545", ab="柳",
               d=["城中区", "鱼峰区", "柳北区", "柳南区", "融水苗族自治县"],
               st=["五一路", "中山中路", "柳石路", "箭盘路", "胜利路", "航鹰大道"],
               es=["箭盘山小区", "柳石小区", "雅儒小区", "荣军小区"],
               hu=["曙光东路", "谷埠街"],
               town=["洛维镇", "拉堡镇", "安陲乡", "香粉乡"],
               vil=["龙岸村", "古木村", "雨卜村", "大年村"],
               u=["estate", "dash", "door"], rural="tun"),
    "百色": dict(full="百色市", prov="广西", pl="桂L", area="0776", pc="533", ab="百",
               d=["右江区", "田阳区", "靖西市", "德保县", "那坡县"],
               st=["中山一路", "向阳路", "城东大道", "解放街"],
               es=["东合小区", "龙景小区", "向阳小区"],
               hu=["解放街巷", "仁义街"],
               town=["那毕镇", "百育镇", "龙邦镇", "城厢镇"],
               vil=["那满村", "百兰村", "弄怀村", "念井村"],
               u=["estate", "door"], rural="tun"),
}
CITY_NAMES = list(CITIES)
TUN_N = ["前屯", "后屯", "王家屯", "靠山屯", "东兴屯", "李家窝棚屯", "三家子屯"]
TUN_S = ["那笔屯", "板新屯", "弄亨屯", "那汉屯", "坡造屯", "弄立屯", "那坡屯", "板烈屯"]
LI_SFX = ["号楼{u}门{r}号", "号楼{u}门{r}"]


def city(group=None):
    groups = {
        "sd": ["济南", "青岛", "临沂", "菏泽"], "hb": ["石家庄", "保定", "唐山", "邯郸", "张家口"],
        "hn": ["郑州", "洛阳", "南阳", "开封"], "sx": ["西安", "宝鸡", "延安"],
        "gs": ["兰州", "天水", "临夏", "武威"], "sc": ["成都", "南充", "凉山"],
        "hlj": ["哈尔滨", "齐齐哈尔", "牡丹江"], "nm": ["呼和浩特", "包头", "锡林郭勒"],
        "gx": ["南宁", "柳州", "百色"],
    }
    if group is None:
        return ch(CITY_NAMES)
    pool = []
    for g in group.split(","):
        pool += groups[g]
    return ch(pool)


def room():
    return f"{rint(1, 26)}0{rint(1, 4)}"


def addr(c, style=None, prefix=True, town=None, urban=False):
    """A household-level home address (always down to door / room)."""
    C = CITIES[c]
    style = style or (C["rural"] if (chance(0.28) and not urban) else ch(C["u"]))
    if style in ("zu", "she", "tun", "gacha", "plain", "rural"):
        if style == "rural":
            style = C["rural"]
        town = town if town is not None else (ch(C["town"]) if chance(0.7) else "")
        v = ch(C["vil"])
        if style == "zu":
            core = f"{town}{v}{num_or_cn(rint(1, 12))}组{rint(1, 98)}号"
        elif style == "she":
            core = f"{town}{v}{num_or_cn(rint(1, 9))}社{rint(1, 86)}号"
        elif style == "tun":
            t = ch(TUN_S if C["prov"] == "广西" else TUN_N)
            core = f"{town}{v}{t}{rint(1, 66)}号"
        elif style == "gacha":
            core = f"{town or ch(C['town'])}{v}{rint(1, 48)}号" if chance(0.6) else f"{v}{cnn(rint(1, 6))}组{rint(1, 40)}号"
        else:
            core = f"{town}{v}{rint(1, 260)}号"
        pre = ch(C["d"]) if (prefix and (not town or chance(0.25)) and chance(0.6)) else ""
        return pre + core
    st, es = ch(C["st"]), ch(C["es"])
    if style == "estate":
        bl = ch(["号楼", "栋", "幢", "号楼"])
        u = f"{rint(1, 6)}单元" if chance(0.85) else ""
        r = room() + ("室" if chance(0.6) else "")
        core = f"{es}{rint(1, 32)}{bl}{u}{r}"
    elif style == "yuan":
        tail = ch(["号", "室", ""])
        core = f"{st}{rint(1, 199)}号院{rint(1, 18)}号楼{rint(1, 5)}单元{room()}{tail}"
    elif style == "dash":
        core = f"{es}{rint(1, 30)}-{rint(1, 6)}-{room()}"
    elif style == "hutong":
        hu = ch(C["hu"])
        core = f"{hu}{rint(1, 96)}号" + (f"院{rint(1, 9)}号" if chance(0.2) else "")
    elif style == "door":
        core = f"{st}{rint(1, 288)}号" + (f"{rint(1, 4)}号房" if chance(0.3) else "")
    elif style == "li":
        core = f"{es if es.endswith('里') else ch(['龙泉里', '光明里', '翔云里', '增盛里', '华岩里'])}{rint(1, 40)}号楼{rint(1, 6)}门{room()}号"
    elif style == "shequ":
        sq = ch(["东风", "和平", "建设", "幸福", "团结", "新华", "光明", "红旗"])
        core = f"{sq}社区{rint(1, 18)}号院{rint(1, 12)}号楼{rint(1, 4)}单元{room()}"
    elif style == "jiefang":
        if c == "包头":
            core = f"{ch(['昆区', '青山区', '昆都仑区'])}{rint(1, 60)}号街坊{rint(1, 30)}栋{rint(1, 6)}单元{rint(1, 20)}号"
            return core
        core = f"涧西区{rint(1, 40)}号街坊{rint(1, 50)}栋{rint(1, 5)}门{rint(1, 12)}号"
        return core
    elif style == "sc":
        core = f"{st}{rint(1, 120)}号{rint(1, 12)}栋{rint(1, 4)}单元{rint(1, 9)}楼{rint(1, 6)}号" if chance(0.6) \
            else f"{es}{rint(1, 20)}栋{rint(1, 4)}单元{rint(1, 18)}楼{rint(1, 8)}号"
    elif style == "hrb":
        core = f"{st}{rint(1, 180)}号{rint(1, 6)}单元{rint(1, 7)}层{rint(1, 4)}号" if chance(0.6) \
            else f"{st}{rint(1, 180)}号{rint(1, 6)}单元{room()}室"
    else:
        raise ValueError(style)
    if prefix and chance(0.45):
        pre = (C["full"] if chance(0.35) else "") + ch(C["d"])
        return pre + core
    return core


def estate_only(c):
    """estate / building without door -- NOT personal."""
    C = CITIES[c]
    es = ch(C["es"])
    return ch([es, es + ch(["二期", "东区", "南院", "北门", "东门"]), f"{es}{rint(1, 30)}号楼楼顶",
               f"{es}{rint(1, 30)}号楼", f"{es}{rint(1, 30)}号楼{rint(1, 5)}单元门口"])


def office_addr(c):
    C = CITIES[c]
    return ch([f"{ch(C['d'])}{ch(C['st'])}{rint(1, 300)}号",
               f"{ch(C['st'])}{rint(1, 300)}号{ch(['市民之家', '政务服务中心', '行政审批大楼', '综合办公楼'])}{ch('ABCD')}座{rint(1, 9)}楼",
               f"{C['full']}{ch(C['d'])}{ch(C['st'])}{rint(1, 300)}号"])


# ------------------------------------------------------------------ names
SURN = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹易常武乔贺牛岳齐宁鲁")
G2 = ["建国", "建军", "国庆", "卫东", "红梅", "秀英", "桂兰", "玉珍", "凤霞", "淑芬", "淑珍", "桂芝", "春生", "铁柱",
      "栓柱", "金锁", "满囤", "树林", "德胜", "福海", "长海", "永刚", "振华", "立新", "志刚", "海涛", "晓东", "丽娟",
      "彩霞", "翠花", "俊峰", "利民", "守信", "宝山", "连生", "丰收", "援朝", "跃进", "学军", "玉梅", "秀兰", "凤英",
      "素芬", "金凤", "保平", "存良", "新民", "爱国", "子涵", "梓萱", "浩宇", "一诺", "欣怡", "宇航", "思远", "佳琪",
      "雨桐", "博文", "俊熙", "嘉怡", "文斌", "红霞", "二虎", "巧云", "润生", "茂林", "运来", "根深"]
G1 = list("伟芳娜敏静磊军洋勇艳杰涛超霞刚鹏辉峰斌浩凯亮瑶琳欣宁悦萌强华平岩鑫毅蕾")
WORD_NAMES = ["高峰", "江山", "林海", "文明", "胜利", "金山", "白云", "常青", "向阳", "高兴", "夏天", "石磊", "杨柳",
              "马兰", "周全", "章程", "白雪", "和平", "田野", "万里", "齐鲁", "梁山", "高密", "邹平", "张北", "武安",
              "沈丘", "安阳", "沈阳", "武威", "白银", "方正", "宁安", "安康", "任丘", "高平", "华山", "黄河", "秦岭"]
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "皇甫", "令狐", "公孙", "东方", "尉迟", "端木", "呼延", "宇文", "长孙",
            "慕容", "夏侯", "司徒", "澹台", "赫连", "申屠", "第五"]
RARE = list("亓逯禚逄邴仝苌訾蔺靳郗冶喇妥仉昝厍隗佴亢闫鞠臧鲍栾隋綦巩伊员麻火者")
# gender-tagged pools: (female, male)
FEM_G = ["秀英", "桂兰", "玉珍", "凤霞", "淑芬", "淑珍", "桂芝", "红梅", "丽娟", "彩霞", "翠花", "玉梅", "秀兰", "凤英",
         "素芬", "金凤", "巧云", "红霞", "梓萱", "欣怡", "雨桐", "嘉怡", "佳琪", "春花", "爱琴", "改芳", "冬梅", "月娥",
         "芳", "娜", "敏", "静", "艳", "霞", "瑶", "琳", "欣", "悦", "萌", "蕾"]
MALE_G = ["建国", "建军", "国庆", "卫东", "春生", "铁柱", "栓柱", "金锁", "满囤", "树林", "德胜", "福海", "长海", "永刚",
          "振华", "立新", "志刚", "海涛", "晓东", "俊峰", "利民", "守信", "宝山", "连生", "丰收", "援朝", "跃进", "学军",
          "保平", "存良", "新民", "爱国", "浩宇", "宇航", "思远", "博文", "俊熙", "文斌", "二虎", "润生", "茂林", "运来",
          "根深", "伟", "磊", "军", "勇", "杰", "涛", "超", "刚", "鹏", "辉", "峰", "斌", "浩", "凯", "亮", "强", "岩", "鑫", "毅"]
MIN = {
    "mongol": (["乌云其木格", "娜仁花", "其木格", "乌日娜", "萨仁高娃", "乌兰图雅", "包金花", "鲍斯琴", "斯日古楞", "托娅"],
               ["巴特尔", "苏和", "额尔敦", "宝音图", "满都拉", "阿拉坦仓", "图门吉日嘎拉", "朝鲁门", "哈斯巴根", "那顺",
                "敖日格乐", "孟和", "达来", "额尔德木图", "格日勒图", "吉日嘎拉", "呼和", "白乌力吉", "奇巴图", "宝力德",
                "特木尔巴根", "阿木古楞"]),
    "tibetan": (["次仁卓玛", "格桑拉姆", "央金", "白玛央宗", "旦增曲珍", "降央卓玛", "泽郎措", "尕让卓玛"],
                ["扎西顿珠", "泽仁多吉", "尼玛次仁", "罗布", "拉巴次仁", "四郎泽仁", "阿旺", "贡布"]),
    "yi": (["吉克阿依", "曲比阿果", "阿苏阿呷", "海来阿支", "吉伍阿芝", "沙马阿呷莫"],
           ["阿苏拉哈", "沙马伍呷", "海来阿木", "俄木子哈", "吉伍日哈", "阿西拉则", "吉吉木呷", "马海日哈", "阿尔木呷",
            "吉克伍各", "木乃石者", "瓦其阿支", "勒古沙日"]),
    "manchu": (["关淑珍", "富玉兰", "那桂荣", "关玉凤", "佟秀芝"], ["那文忠", "佟德林", "鄂春明", "赫明远", "索长青", "伊宝山"]),
}
UY1 = (["热依汗古丽", "阿依古丽", "帕提古丽", "古丽娜尔", "迪丽努尔", "阿依努尔"],
       ["阿卜杜拉", "买买提", "艾力", "努尔艾力", "吐尔逊", "艾克拜尔", "叶尔兰", "阿迪力", "麦尔丹"])
UY2 = ["吐尔逊", "艾买提", "阿不都热合曼", "买买提", "努尔兰", "加帕尔", "热合曼", "司马义", "依明", "巴克", "托合提"]
HUI_S = ["马", "马", "马", "韩", "妥", "喇", "冶", "撒", "穆", "海", "马"]
HUI_G = (["秀兰", "法图麦", "尕麦", "海彦", "阿依舍", "尕女", "麦燕"],
         ["尕虎", "哈三", "尕娃", "福海", "有福", "文清", "胡赛尼", "阿西木", "伊布拉", "学军", "尕西木", "舍木", "麦志", "乙四夫"])
ZHUANG_S = ["韦", "覃", "蓝", "农", "莫", "黄", "陆", "梁", "罗", "潘", "卢", "零"]
ZHUANG_G = (["秀英", "凤娟", "金凤", "美玲", "海燕", "桂珍", "兰芳", "妹", "丽"], ["志强", "文光", "日新", "乃宁", "启明", "光荣", "有才"])
MINORITY_STYLES = ["mongol", "tibetan", "uyghur", "yi", "hui", "zhuang", "manchu"]
USED = set()          # names already used in the sentence being built


def _pick(pair, g):
    if g == "F":
        return ch(pair[0])
    if g == "M":
        return ch(pair[1])
    return ch(pair[0] + pair[1])


def _given(g=None):
    if g is None:
        g = ch("FM")
    return _pick((FEM_G, MALE_G), g)


def _nm(style=None, word=False, g=None):
    if style is None:
        x = R.random()
        if word and g is None and x < 0.18:
            return ch(WORD_NAMES)
        if x < 0.40:
            style = "faker"
        elif x < 0.66:
            style = "hand"
        elif x < 0.74:
            style = "compound"
        elif x < 0.84:
            style = "rare"
        else:
            style = ch(MINORITY_STYLES)
    if style == "faker":   # zh_CN faker has no gendered given names, so only its surname is used then
        return FK.name() if g is None else FK.last_name() + _given(g)
    if style == "hand":
        return ch(SURN) + _given(g)
    if style == "word":
        return ch(WORD_NAMES)
    if style == "compound":
        return ch(COMPOUND) + _given(g)
    if style == "rare":
        return ch(RARE) + _given(g)
    if style in MIN:
        return _pick(MIN[style], g)
    if style == "uyghur":
        sep = "·" if chance(0.75) else ""
        return _pick(UY1, g) + sep + ch(UY2)
    if style == "hui":
        return ch(HUI_S) + _pick(HUI_G, g)
    if style == "zhuang":
        return ch(ZHUANG_S) + _pick(ZHUANG_G, g)
    raise ValueError(style)


def nm(style=None, word=False, g=None):
    for _ in range(50):
        n = _nm(style, word, g)
        if n not in USED:
            break
    USED.add(n)
    return n


def nm_city(c, word=False, g=None):
    prov = CITIES[c]["prov"]
    st = None
    if prov == "内蒙古" and chance(0.4):
        st = "mongol"
    elif c == "临夏" and chance(0.55):
        st = "hui"
    elif c == "凉山" and chance(0.5):
        st = "yi"
    elif prov == "广西" and chance(0.45):
        st = "zhuang"
    elif prov == "四川" and chance(0.12):
        st = "tibetan"
    elif prov == "黑龙江" and chance(0.12):
        st = "manchu"
    return nm(st, word=word and st is None, g=g)


def N(style=None, word=False, c=None, g=None):
    if c is not None and style is None:
        return ("name", nm_city(c, word, g))
    return ("name", nm(style, word, g))


def masked():
    s = ch(SURN + RARE[:6] + ["欧阳", "马", "韦"])
    return s + ch(["某", "某某", "某某", "**", "*", "×", "××", "某甲", "某乙", "XX"]) if chance(0.9) \
        else s + "*" + ch(G1)


def anon(pref=False):
    s = ch(SURN)
    t = ch(["女士", "先生", "女士", "先生", "师傅", "大爷", "大娘", "阿姨", "大姐", "大哥", "婶儿", "奶奶", "老师",
            "老人", "嬢嬢", "老汉", "大叔"])
    return ("来电人" if (pref and chance(0.15)) else "") + s + t


def title_only():
    return ch(SURN) + ch(["科长", "主任", "所长", "站长", "书记", "队长", "老板", "经理", "院长", "局长", "村长", "网格长"])


# ---------------------------------------------------------- number makers
REGION = ["370102", "370105", "370203", "370302", "371302", "371702", "130102", "130203", "130602", "130402",
          "130702", "410102", "410105", "410305", "411302", "410202", "610102", "610113", "610302", "610602",
          "620102", "620502", "622921", "620602", "510104", "510106", "511302", "513401", "513431", "230102",
          "230103", "230202", "231002", "150102", "150203", "152502", "450102", "450203", "451002", "452122"]
IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(s17, IDW)) % 11]


def gen_id(year_rng=(1942, 2006), g=None):
    y = rint(*year_rng)
    m = rint(1, 12)
    d = rint(1, 28)
    seq = rint(0, 999)
    if g is not None:                      # 17th digit: odd = male, even = female
        seq = seq - seq % 2 + (1 if g == "M" else 0)
    s17 = f"{ch(REGION)}{y}{m:02d}{d:02d}{seq:03d}"
    cd = id_check(s17)
    if cd == "X" and chance(0.15):
        cd = "x"
    return s17 + cd


def ID(**kw):
    return ("id", gen_id(**kw))


MP = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152", "153",
      "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181", "182", "183", "185", "186",
      "187", "188", "189", "191", "198", "199"]


def gen_mobile():
    n = ch(MP) + f"{rint(0, 99999999):08d}"
    x = R.random()
    if x < 0.68:
        return n
    if x < 0.80:
        return f"{n[:3]}-{n[3:7]}-{n[7:]}"
    if x < 0.90:
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if x < 0.96:
        return "+86 " + n if chance(0.5) else "+86-" + n
    return f"{n[:3]}－{n[3:7]}－{n[7:]}"


def MOB():
    return ("mobile", gen_mobile())


def masked_mobile():
    n = ch(MP) + f"{rint(0, 99999999):08d}"
    return ch([n[:3] + "****" + n[7:], n[:3] + "*****" + n[8:], n[:3] + "xxxx" + n[7:]])


BANKS = [("工商银行", "622202"), ("建设银行", "621700"), ("农业银行", "622848"), ("中国银行", "621661"),
         ("邮储银行", "621799"), ("交通银行", "622260"), ("招商银行", "622588"), ("齐鲁银行", "622865"),
         ("河北银行", "622960"), ("中原银行", "623191"), ("甘肃银行", "621096"), ("龙江银行", "622860"),
         ("内蒙古农信", "621737"), ("广西农信", "621449"), ("长安银行", "621391"), ("四川农信", "621033"),
         ("农村商业银行", "621262")]


def luhn_cd(body):
    tot = 0
    for i, d in enumerate(reversed(body)):
        v = int(d)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def gen_card(bin_):
    L = ch([16, 19, 19])
    body = bin_ + "".join(str(rint(0, 9)) for _ in range(L - len(bin_) - 1))
    n = body + luhn_cd(body)
    if chance(0.3):
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    return n


def bank():
    return ch(BANKS)


def CARD(b=None):
    b = b or bank()
    return ("card", gen_card(b[1]))


DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "sohu.com", "foxmail.com", "yeah.net", "139.com",
           "hotmail.com", "outlook.com", "aliyun.com", "sina.cn"]


def gen_email():
    last, first = FK.last_romanized_name().lower(), FK.first_romanized_name().lower()
    x = R.random()
    if x < 0.35:
        u = f"{last}{first}{rint(60, 99) if chance(0.5) else rint(1, 2024)}"
    elif x < 0.55:
        u = f"{last}_{first}{rint(1, 999)}"
    elif x < 0.7:
        u = f"{first[0]}{last}{rint(1970, 2005)}"
    elif x < 0.85:
        u = f"{last}.{first}"
    else:
        u = f"{rint(10000, 2999999999)}"
        return f"{u}@qq.com"
    return f"{u}@{ch(DOMAINS)}"


def EMAIL():
    return ("email", gen_email())


def gen_qq():
    return str(rint(10000, 99999)) if chance(0.1) else str(rint(100000000, 3999999999)) if chance(0.6) else str(rint(10000000, 99999999))


def QQ():
    return ("im", gen_qq())


def gen_wx():
    last, first = FK.last_romanized_name().lower(), FK.first_romanized_name().lower()
    x = R.random()
    if x < 0.2:
        return "wxid_" + "".join(ch("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    if x < 0.5:
        return f"{last}{first}{rint(1, 9999)}"
    if x < 0.7:
        return f"{ch([last.capitalize(), last])}_{first}{rint(60, 99)}"
    if x < 0.85:
        return f"{last}-{first}-{rint(1, 99)}"
    return f"lao{last}{rint(1960, 1999)}"


def WX():
    return ("im", gen_wx())


PL_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_plate(c=None):
    pre = CITIES[c]["pl"] if c else CITIES[ch(CITY_NAMES)]["pl"]
    if chance(0.18):  # new energy
        tail = ch("DF") + "".join(str(rint(0, 9)) for _ in range(5))
    else:
        chars = [str(rint(0, 9)) for _ in range(5)]
        for _ in range(rint(0, 2)):
            chars[rint(0, 4)] = ch(PL_CH)
        tail = "".join(chars)
    sep = ch(["", "", "", "·", " ", "•"])
    return pre + sep + tail


def PLATE(c=None):
    return ("plate", gen_plate(c))


def masked_plate(c=None):
    p = gen_plate(c).replace("·", "").replace(" ", "").replace("•", "")
    return ch([p[:3] + "**" + p[5:], p[:2] + "·" + p[2] + "***" + p[-1], p[:4] + "×××"])


def masked_id():
    s = gen_id()
    return ch([s[:6] + "********" + s[14:], s[:4] + "**********" + s[14:], s[:3] + "*" * 11 + s[14:], s[:1] + "*" * 16 + s[-1]])


# ------------------------------------------------------- other distractors
def dt(y=None):
    y = y or ch([2022, 2023, 2024, 2024, 2025])
    m, d = rint(1, 12), rint(1, 28)
    x = R.random()
    if x < 0.55:
        return f"{y}年{m}月{d}日"
    if x < 0.72:
        return f"{m}月{d}日"
    if x < 0.86:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{y}.{m}.{d}"


def yr():
    return ch([2021, 2022, 2023, 2024, 2025])


def order_no(c=None):
    y = yr()
    x = R.random()
    if x < 0.3:
        return f"{y}{rint(1, 12):02d}{rint(1, 28):02d}{rint(0, 99999):05d}"
    if x < 0.55:
        return f"GD{y}{rint(1, 12):02d}{rint(1, 28):02d}{rint(0, 9999):04d}"
    if x < 0.75:
        return f"12345-{y}-{rint(0, 999999):06d}"
    if x < 0.9:
        return f"XF{y}{rint(0, 99999999):08d}"
    return f"{CITIES[c or ch(CITY_NAMES)]['ab']}热{y}{rint(0, 99999):05d}号"


DOCK = ["政办发", "信复", "纪通", "市监处罚", "人社函", "住建字", "城管罚决字", "教体函", "医保发", "建议复字", "提案复",
        "效能办", "监委通", "信访复字", "交执罚", "热线办"]


def docno(c=None, kind=None):
    ab = CITIES[c or ch(CITY_NAMES)]["ab"]
    k = kind or ch(DOCK)
    b = ch([("〔", "〕"), ("〔", "〕"), ("[", "]"), ("（", "）")])
    return f"{ab}{k}{b[0]}{yr()}{b[1]}{ch(['', '第'])}{rint(1, 320)}号"


CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code():
    body = ch(["91", "92", "93", "12"]) + ch(REGION) + "MA" + "".join(ch(CC) for _ in range(7))
    s = sum(CC.index(a) * w for a, w in zip(body, CCW))
    return body + CC[(31 - s % 31) % 31]


def landline(c=None):
    C = CITIES[c or ch(CITY_NAMES)]
    n = f"{ch('5678')}{rint(0, 9999999):07d}"
    return ch([f"{C['area']}-{n}", f"({C['area']}){n}", f"{C['area']}－{n[:4]} {n[4:]}", f"{C['area']}-{n}"])


def hotline(c=None):
    return ch(["12345", "12345", "12315", "12319", "12333", "12393", "12328", "12388",
               f"{CITIES[c or ch(CITY_NAMES)]['area']}-12345"])


def postcode(c=None):
    return CITIES[c or ch(CITY_NAMES)]["pc"] + f"{rint(0, 99):02d}0"[:3]


DX = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    units = [("万", 10000), ("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)]
    s, zero = "", False
    for u, v in units:
        d = (n // v) % 10 if v != 10000 else n // 10000
        if v == 10000:
            if d:
                s += (daxie(d).rstrip("元整") if d >= 10 else DX[d]) + "万"
            continue
        if d:
            if zero:
                s += "零"
            s += DX[d] + u
            zero = False
        elif s:
            zero = True
    return s + "元整"


def amount(lo=50, hi=98000):
    n = rint(lo, hi)
    x = R.random()
    if x < 0.4:
        return f"{n}元"
    if x < 0.6:
        return f"{n:,}元"
    if x < 0.72 and n >= 10000:
        return f"{n / 10000:.2f}万元".replace(".00", "")
    if x < 0.85:
        return f"{n}.{rint(0, 99):02d}元"
    return f"¥{n}"


DEPTS = ["市住建局", "区城管局", "县人社局", "市医保局", "区教体局", "市市场监管局", "区住房保障中心", "县交通运输局",
         "市自然资源和规划局", "区民政局", "市生态环境局", "县水务局", "区卫健委", "市热力集团", "市供水公司",
         "街道综合执法队", "县农业农村局", "区行政审批服务局", "市公安局交警支队", "市信访局"]
CENTERS = ["市政务服务中心", "区政务服务中心", "县便民服务中心", "市民之家", "区行政审批服务大厅", "街道便民服务站"]
SCHOOLS = ["第二实验小学", "第十三中学", "育才小学", "东关小学", "第三十七中学", "实验初级中学", "民族中学", "城关第一小学"]
HOSP = ["市第一人民医院", "区中医医院", "县人民医院", "市中心医院", "某社区卫生服务中心", "某民营口腔诊所", "市妇幼保健院"]
COMPANIES = ["某物业服务有限公司", "某房地产开发有限公司", "某建筑劳务有限公司", "某教育咨询有限公司", "某汽车销售服务有限公司",
             "某热力有限公司", "某商贸有限责任公司", "某装饰工程有限公司", "某家政服务有限公司", "某置业有限公司"]
ISSUES = ["小区供暖不热", "楼道照明损坏", "二次供水水质浑浊", "占道经营", "夜间施工噪音", "物业乱收费", "电梯故障",
          "油烟扰民", "道路破损", "排水管网堵塞", "违规停车", "垃圾清运不及时", "燃气管道老化"]
ITEMS = ["不动产登记", "营业执照变更", "社保关系转移", "居住证签注", "医保异地备案", "公积金提取", "个体户注册",
         "食品经营许可", "残疾人证申领", "新生儿落户"]
BRANDS = ["张亮麻辣烫", "杨国福麻辣烫", "马子禄牛肉面", "李先生牛肉面", "刘一手火锅", "老王烧烤", "赵记烩面",
          "孙记包子铺", "王婆大虾", "老马家羊汤", "陈麻婆豆腐", "老孙家泡馍", "蔡记卤肉", "冯记驴肉火烧"]
MODELS = ["焦裕禄", "孔繁森", "谷文昌", "杨善洲", "廖俊波", "黄文秀", "王进喜", "雷锋", "张桂梅", "兰辉", "牛玉儒"]
PLACES_PERSON = ["刘家峡水库", "马家窑遗址", "张家湾村", "杨家岭", "李村河", "赵王河", "靖宇街", "兆麟公园", "尚志市",
                 "志丹县", "子长市", "左权县", "孟良崮", "王家坟路口", "李家沟", "郭家庄"]
LAWS = ["中华人民共和国食品安全法", "城市市容和环境卫生管理条例", "物业管理条例", "保障农民工工资支付条例",
        "优化营商环境条例", "信访工作条例", "中华人民共和国行政处罚法", "城镇燃气管理条例", "价格违法行为行政处罚规定"]
EVALS = ["非常满意", "满意", "基本满意", "不满意"]


def dept():
    return ch(DEPTS)


def dept_ju():
    return ch([d for d in DEPTS if d.endswith("局")])


def drange(y=None):
    y = y or yr()
    m1, d1 = rint(1, 10), rint(1, 28)
    m2, d2 = rint(m1 + 1, 12), rint(1, 28)
    f = ch(["{y}年{m}月{d}日", "{y}-{m:02d}-{d:02d}", "{y}.{m}.{d}"])
    return f.format(y=y, m=m1, d=d1), ch([f.format(y=y, m=m2, d=d2), f"{m2}月{d2}日"]) if "年" in f else f.format(y=y, m=m2, d=d2)


# ---------------------------------------------------------------- building
TYPO = [("反映", "反应"), ("已经", "以经"), ("再次", "在次"), ("截至", "截止"), ("联系", "连系"), ("部门", "部们"), ("诉求", "述求"), ("账户", "帐户"), ("按时", "安时")]


def flat(segs):
    for s in segs:
        if isinstance(s, list):
            yield from flat(s)
        else:
            yield s


def build(segs):
    text, labels = "", []
    for s in flat(segs):
        if isinstance(s, tuple):
            k, v = s
            assert k in KINDS and v, s
            labels.append({"start": len(text), "end": len(text) + len(v), "kind": k, "_v": v})
            text += v
        else:
            s = str(s)
            cand = [pr for pr in TYPO if pr[0] in s]
            if cand and chance(0.06):        # occasional clerk typo
                a, b = ch(cand)
                s = s.replace(a, b, 1)
            text += s
    return text, labels


TEMPLATES = []


def T(tid, pos):
    def deco(fn):
        TEMPLATES.append((tid, pos, fn))
        return fn
    return deco


# ======================================================= POSITIVE TEMPLATES
@T("p_rx_leak", True)
def _():
    c = city()
    return "summary", ["【", CITIES[c]["full"], "12345】工单", order_no(c), co(), "来电人", N(c=c), "反映其位于",
                       ("address", addr(c)), "的住房卫生间自", dt(), "起漏水至楼下", cm(), "物业", anon(),
                       "称需业主自行维修，诉求协调处理。联系电话", MOB()]


@T("p_rx_ebike_id", True)
def _():
    c = city()
    return "summary", ["市民", N(c=c), P("身份证号", co() if chance(0.5) else "", ID()), "来电称", dt(), "在",
                       ch(CITIES[c]["d"]), "某电动车门店购买的电瓶鼓包，商家拒不退换，要求市场监管部门介入。"]


@T("p_rx_table", True)
def _():
    c = city()
    return "summary", ["诉求人", co(), N(c=c, word=True), "｜联系方式", co(), MOB(), "｜住址", co(), ("address", addr(c)),
                       "｜诉求类别", co(), *ch([["供热质量｜诉求内容", co(), "室温仅", str(rint(9, 16)), "℃"],
                                                   ["物业服务｜诉求内容", co(), "楼道灯坏了", str(rint(2, 9)), "个月没人修"],
                                                   ["噪音扰民｜诉求内容", co(), "楼下烧烤店营业至凌晨", str(rint(1, 3)), "点"]])]


@T("p_rx_daniang", True)
def _():
    c = city("sd,hb,hn")
    return "summary", [N(c=c, g="F"), ch(["大娘", "大娘", "大婶", "奶奶"]), P(rint(62, 88), "岁"), "来电说俺家住",
                       ("address", addr(c)), "，今年暖气一直不热", cm(), "找物业", anon(), "说是管网问题，让找热力公司。"]


@T("p_rx_land", True)
def _():
    c = city("sd,hb,hn,sx,gs,hlj")
    C = CITIES[c]
    return "summary", ["来电人自称", ch(C["town"]), ch(C["vil"]), "村民", N(c=c), "，称", rint(2015, 2019),
                       "年土地确权时其家承包地少登记", rint(1, 6), ".", rint(1, 9), "亩，多次找村委会", masked(),
                       "未果，回电", MOB(), "。"]


@T("p_rx_ticket", True)
def _():
    c = city()
    return "summary", ["投诉人", N(c=c), "反映：其小型轿车", P(PLATE(c)), "于", dt(), "在", ch(CITIES[c]["st"]),
                       "被贴罚单，当时系临时停靠送老人就医，申请撤销。"]


@T("p_rx_joint", True)
def _():
    c = city()
    return "summary", ["居民", N(c=c), "、", N(c=c), "、", N(c=c), "等", rint(4, 40), "户联名反映",
                       ch(CITIES[c]["es"]), rint(1, 30), "号楼电梯近一个月停运", rint(3, 12), "次，维保单位响应迟缓。"]


@T("p_rx_wechat", True)
def _():
    c = city()
    return "summary", [CITIES[c]["full"], "市民", N(c=c), "通过公众号留言（微信号", co(), WX(), "），反映其孩子所在",
                       ch(SCHOOLS), "按每生", amount(80, 600), "收取教辅资料费。"]


@T("p_rx_qq", True)
def _():
    c = city()
    return "summary", ["来电人", N(c=c), cm(), ch(["QQ", "QQ号", "qq"]), co() if chance(0.6) else "", QQ(),
                       "，称在某直播间购买的羊绒衫经鉴定为假冒", cm(), "商家", anon(), "已拉黑其联系方式。"]


@T("p_rx_wage", True)
def _():
    c = city()
    g = ch("MMF")
    return "summary", ["农民工", N(c=c, g=g), P("男" if g == "M" else "女", "，", rint(24, 62), "岁，身份证",
                                                ID(year_rng=(1962, 2000), g=g)),
                       "等", rint(3, 30), "人反映在", ch(CITIES[c]["d"]), "某安置房项目务工被拖欠工资",
                       amount(8000, 260000), "，包工头", masked(), "已失联。"]


@T("p_rx_mother_cert", True)
def _():
    c = city()
    return "summary", [N(c=c), "来信称其母亲", N(c=c, g="F"), "户籍地址为", ("address", addr(c)),
                       "，因长期卧床无法到现场办理养老金领取资格认证，请求上门服务。"]


@T("p_rx_bizenv", True)
def _():
    c = city()
    return "summary", ["营商环境投诉：个体工商户", N(c=c), P(ch(BRANDS[5:]), "经营者，电话", MOB()), "反映",
                       dept(), "执法人员一个月内", rint(3, 9), "次到店检查，影响正常经营。"]


@T("p_rx_herder", True)
def _():
    c = "锡林郭勒"
    C = CITIES[c]
    return "summary", [ch(C["d"][1:]), ch(C["town"]), ch(C["vil"]), "牧民", N("mongol"), "反映其承包草场被邻近砂石料场越界占用约",
                       rint(20, 900), "亩，联系电话", MOB(), "（需蒙汉双语沟通）。"]


@T("p_rx_frozen_card", True)
def _():
    c = city()
    b = bank()
    return "summary", ["来电人", N(c=c), "称其", b[0], "卡（卡号", co() if chance(0.3) else "", CARD(b),
                       "）被误冻结，导致", rint(1, 12), "月份低保金无法支取。"]


@T("p_rx_email_hosp", True)
def _():
    c = city()
    return "summary", ["投诉人", N(c=c), "通过邮箱", EMAIL(), "来信反映", ch(HOSP), "对医保患者违规收取一次性耗材费",
                       amount(100, 5000), "。"]


@T("p_rx_niangniang", True)
def _():
    c = city("sc")
    return "summary", [N(c=c, g="F"), ch(["嬢嬢", "孃孃", "大姐"]), "来电说她住", ("address", addr(c)),
                       "，楼上天天半夜剁骨头，吵得睡不着，找社区", anon(), "也没得用。"]


@T("p_rx_zhuang_tun", True)
def _():
    c = city("gx")
    return "summary", [ch(CITIES[c]["d"]), "村民", N("zhuang") if chance(0.6) else N(c=c), "反映其家（",
                       ("address", addr(c, "tun", prefix=False)), "）旁水渠堵塞，雨季屋里进水，老表们都着急。"]


@T("p_rx_wx_same", True)
def _():
    c = city()
    return "summary", ["来电人", N(c=c), "（手机", MOB(), "，微信同号）称在", ch(CITIES[c]["es"]),
                       "购买的地下车位至今未办理产权登记，开发商", title_only(), "一直推诿。"]


@T("p_rx_an_sewer", True)
def _():
    c = city("hn,sd")
    return "summary", ["来电人", N(c=c), "：俺家在", ("address", addr(c)), "，院里下水道堵了半个月了，找了社区",
                       anon(), "好几回，", ch(["中不中给个准话。", "到现在也没人来。", "恁到底管不管？"])]


@T("p_rx_dongbei", True)
def _():
    c = city("hlj")
    return "summary", [N(c=c, g="F"), ch(["大姐", "大娘", "老妹儿"]), "说她家住", ("address", addr(c)), "，今年暖气嘎嘎凉，屋里才",
                       rint(10, 15), "度，找供热公司也不知道咋整。"]


@T("p_rx_shaanxi", True)
def _():
    c = city("sx")
    return "summary", [N(c=c, g="M"), "来电说，他屋在", ("address", addr(c)), "，门口那段路挖开一个多月没人管，娃上学都不好走。"]


@T("p_rx_gansu_flood", True)
def _():
    c = city("gs")
    return "summary", [ch(CITIES[c]["d"]), "村民", N(c=c), "反映，其家", P(("address", addr(c, "she", prefix=False))),
                       "院墙", dt(), "被山洪冲毁，至今未得到救助。"]


@T("p_rx_profile", True)
def _():
    c = city()
    g = ch("MF")
    return "summary", ["当事人信息：姓名", N(c=c, g=g), "，性别", "男" if g == "M" else "女", "，身份证号", ID(g=g), "，手机", MOB(),
                       "，现住址", ("address", addr(c, prefix=False)), "。"]


@T("p_rx_translate", True)
def _():
    c = city("gs,sc,nm")
    st = ch(["uyghur", "tibetan", "mongol", "yi", "hui"])
    return "summary", ["来电人", N(st), "普通话不太流利，由其女儿", N(st if chance(0.5) else None, g="F"),
                       "代为转述：", ch(ISSUES), "问题已持续", rint(2, 9), "个月。"]


@T("p_rx_landlord", True)
def _():
    c = city()
    return "summary", ["租户反映房东", N(c=c), "（", ("address", addr(c)), "）拒不退还押金", amount(500, 6000), "，房东电话",
                       MOB(), "。"]


@T("p_rx_son_update", True)
def _():
    c = city()
    return "summary", ["来电人", anon(), "的儿子", N(c=c), "来电补充，联系电话改为", MOB(), "，原号码", masked_mobile(),
                       "已停用。"]


@T("p_rx_householder", True)
def _():
    c = city()
    return "summary", ["户主", co() if chance(0.5) else "", N(c=c, word=True), "，住", ("address", addr(c)), "，反映",
                       ch(ISSUES), "，诉求", ch(["尽快处理", "给个说法", "上门查看"]), "。"]


# ------------------------------------------------------------- outcomes
@T("p_oc_verified", True)
def _():
    c = city()
    n = N(c=c, word=True)
    return "outcome", ["经核实，", n, "反映的", ch(ISSUES), "问题属实，", dept(), "已于", dt(), "处理完毕，经与", n,
                       "本人核实，表示满意。"]


@T("p_oc_callback", True)
def _():
    c = city()
    return "outcome", ["办理结果", co(), "已联系诉求人", N(c=c), P(MOB()), "，向其解释", ch(["城乡居民医保缴费", "公积金提取",
                       "供暖收费", "学区划分", "拆迁补偿"]), "相关政策，诉求人表示理解。好差评", co(), ch(EVALS)]


@T("p_oc_xinfang", True)
def _():
    c = city()
    return "outcome", ["信访事项答复意见书（", docno(c, "信访复字"), "）摘录：", N(c=c), "：你于", dt(), "来信反映的",
                       ch(ISSUES), "问题，经调查，情况如下……"]


@T("p_oc_pension", True)
def _():
    c = city()
    return "outcome", ["经", ch(["县人社局", "市社保中心", "区社会保险事业局"]), "与", N(c=c), P("身份证号码：", ID(year_rng=(1958, 1975))),
                       "核对，其", rint(1998, 2012), "年度养老保险缴费记录缺失", rint(2, 11), "个月，系原单位漏报，已补录。"]


@T("p_oc_refund_card", True)
def _():
    c = city()
    b = bank()
    return "outcome", ["多收的", ch(["物业费", "取暖费", "押金", "学杂费"]), amount(100, 4000), "已于", dt(), "原路退回", N(c=c),
                       "的", b[0], "账户（卡号", CARD(b), "），请注意查收。"]


@T("p_oc_revisit", True)
def _():
    c = city()
    return "outcome", ["回访情况", co(), "工作人员于", dt(), "电话回访", N(c=c), P(MOB()), "，其对办理结果评价为“",
                       ch(EVALS), "”。"]


@T("p_oc_fireaccess", True)
def _():
    c = city()
    return "outcome", ["经查，车牌号", PLATE(c), "车辆所有人", N(c=c), "长期在", ch(CITIES[c]["es"]),
                       "消防通道停放，物业已张贴告知单并通知其挪车。"]


@T("p_oc_unemp", True)
def _():
    c = city()
    b = bank()
    return "outcome", ["已为", N(c=c), "办理失业保险金申领，领取期限", rint(3, 24), "个月，每月", amount(1200, 2100),
                       "，发放至其社保卡金融账户（", b[0], ch([" ", "，", "："]), CARD(b), "）。"]


@T("p_oc_student", True)
def _():
    c = city()
    return "outcome", ["经", ch(["区教体局", "县教育局", "市教育局"]), "核查，学生", N(c=c), "（家长", N(c=c), "，电话",
                       MOB(), "）学籍已于", dt(), "转入", ch(SCHOOLS), "，不存在“有籍无人”情况。"]


@T("p_oc_danger_house", True)
def _():
    c = city()
    return "outcome", [N(c=c), "户位于", ("address", addr(c, "rural")), "的房屋经鉴定为C级危房，已纳入", yr(),
                       "年农村危房改造计划，补助", amount(8000, 40000), "。"]


@T("p_oc_medins", True)
def _():
    c = city()
    tot = rint(3000, 90000)
    return "outcome", ["参保人", N(c=c), P("身份证号", ID()), "在", ch(HOSP), "住院费用", f"{tot}元", "，按规定报销",
                       f"{tot * R.uniform(0.5, 0.85):.2f}元", "，已即时结算。"]


@T("p_oc_mediation", True)
def _():
    c = city()
    b = bank()
    return "outcome", ["经劳动争议调解，", N(c=c), "与", ch(COMPANIES), "达成协议，企业一次性支付经济补偿", amount(3000, 80000),
                       "，已转入其", b[0], "卡", CARD(b), "。"]


@T("p_oc_grid", True)
def _():
    c = city()
    return "outcome", ["已由", ch(["东关街道", "南关街道", "新华街道", "城关镇"]), "网格员", N(c=c), "上门核实，", N(c=c),
                       "家（", ("address", addr(c, prefix=False)), "）燃气表确存在计量异常，已更换新表。"]


@T("p_oc_email_reply", True)
def _():
    c = city()
    return "outcome", ["答复函已通过电子邮件发送至来信人", N(c=c), "（", EMAIL(), "），纸质件同步邮寄。"]


@T("p_oc_qq_email", True)
def _():
    q = gen_qq()
    return ch(["summary", "outcome"]), ["来电人", anon(), "留下的联系QQ为", ("im", q), "，邮箱", ("email", q + "@qq.com"),
                                         "，要求书面答复。"]


@T("p_oc_alone", True)
def _():
    c = city()
    return "outcome", ["经社区核实，", N(c=c), "（", rint(70, 93), "岁）独居，其子", N(c=c, g="M"),
                       "在外地务工，已协调为其申请居家养老助餐服务。"]


@T("p_oc_transfer", True)
def _():
    c1, c2 = city(), city()
    return "outcome", [N(c=c1), "同志的养老保险关系转移接续已办结，转出地", CITIES[c2]["full"], "，转入地",
                       CITIES[c1]["full"], "，个人账户累计储存额", amount(20000, 200000), "。"]


@T("p_oc_bring_id", True)
def _():
    c = city()
    return "outcome", ["请", N(c=c), "本人携带身份证原件（", ID(), "）及", bank()[0], "银行卡于", dt(), "前到",
                       ch(CENTERS), "办理。"]


@T("p_oc_heating", True)
def _():
    c = city("sd,hb,hn,sx,gs,hlj,nm")
    y = yr()
    return "outcome", ["经热力公司核查，", N(c=c), "家（", ("address", addr(c)), "）", y, "—", y + 1,
                       "采暖季已缴费，系系统未同步，已恢复供热。"]


@T("p_oc_grassland", True)
def _():
    c = "锡林郭勒"
    b = ch([("内蒙古农信", "621737"), ("邮储银行", "621799"), ("农业银行", "622848")])
    return "outcome", [ch(CITIES[c]["town"]), ch(CITIES[c]["vil"]), "牧户", N("mongol"), "的草原生态保护补助奖励资金",
                       amount(3000, 30000), "已于", dt(), "发放至其", b[0], "“一卡通”账户", CARD(b), "。"]


@T("p_oc_yi_school", True)
def _():
    c = "凉山"
    return "outcome", ["经", ch(CITIES[c]["d"][1:]), "教体局核实，", N("yi"), "之子", N("yi", g="M"), "已于", dt(),
                       "返校就读，控辍保学台账已销号。"]


@T("p_oc_couple", True)
def _():
    c = city()
    t = ch(CITIES[c]["town"])
    return "outcome", ["经", t, "民政办核实，", N(c=c, g="M"), "、", N(c=c, g="F"), "夫妇（",
                       ("address", addr(c, CITIES[c]["rural"], prefix=False, town=t) if chance(0.6) else addr(c, urban=True)), "）符合特困供养条件，已按程序报批。"]


@T("p_oc_wordname", True)
def _():
    c = city()
    return "outcome", ["来电人", N("word"), P(ch(["男", "女"]), "，", rint(30, 70), "岁"), "反映的", ch(ISSUES),
                       "问题，已转", dept(), "于", dt(), "办结。"]


# ------------------------------------------------------------- actions
@T("p_ac_demolish", True)
def _():
    c = city()
    return "action", ["对", N(c=c), "在", ("address", addr(c)), "院内私搭乱建的彩钢房（约", rint(6, 60),
                      "㎡）下达《限期拆除通知书》，责令", rint(3, 15), "日内自行拆除。"]


@T("p_ac_penalty_table", True)
def _():
    c = city()
    return "action", ["行政处罚决定书文号", co(), docno(c, "市监处罚"), "｜当事人", co(), N(c=c), "（个体工商户",
                      ch(BRANDS), "）｜身份证号", co(), ID(), "｜违法事实", co(), "销售超过保质期食品｜罚款", amount(500, 20000)]


@T("p_ac_criticize", True)
def _():
    c = city()
    return "action", ["责成", ch(CENTERS), "对窗口工作人员", N(c=c), "、", N(c=c), "进行批评教育，并在科室会上作书面检查。"]


@T("p_ac_taxi", True)
def _():
    c = city()
    return "action", ["已将", PLATE(c), "（车主", N(c=c), "）涉嫌非法营运线索移交", CITIES[c]["full"],
                      "交通运输综合执法支队立案查处。"]


@T("p_ac_deposit", True)
def _():
    c = city()
    return "action", ["约谈", ch(COMPANIES), "负责人", N(c=c), "，要求其", rint(3, 15), "日内退还", N(c=c), "等", rint(2, 30),
                      "名购房户定金共计", amount(20000, 900000), "。"]


@T("p_ac_hutong", True)
def _():
    c = ch(["济南", "保定", "张家口", "开封", "西安", "洛阳", "天水"])
    return "action", ["组织", ch(["东关街道", "西门街道", "鼓楼街道", "城关街道"]), "对", ("address", addr(c, "hutong", prefix=False)),
                      N(c=c), "家门前堆放的杂物进行清理，共清运垃圾", rint(2, 9), "车。"]


@T("p_ac_traffic", True)
def _():
    c = city()
    return "action", ["依法对驾驶", PLATE(c), "小型轿车的", N(c=c), "作出罚款", ch(["200元", "1000元", "2000元"]), "、记",
                      ch(["3", "6", "9", "12"]), "分的处罚，其驾驶证号", ID(year_rng=(1960, 2004)), "。"]


@T("p_ac_fund", True)
def _():
    c = city()
    return "action", ["通知", N(c=c), P("联系电话", MOB()), "于", dt(), "前到", ch(CENTERS), "（", office_addr(c),
                      "）领取住宅专项维修资金退还款。"]


@T("p_ac_zombie", True)
def _():
    c = city()
    return "action", ["对登记在", N(c=c), "名下、号牌为", PLATE(c), "的长期占道“僵尸车”依法拖移至停车场，并电话告知车主。"]


@T("p_ac_rectify_shop", True)
def _():
    c = city()
    return "action", ["责令", ch(BRANDS), "经营者", N(c=c), "立即整改：撤除店外占道经营摊点，",
                      dt(), "前完成；逾期未改将依法处罚。"]


@T("p_ac_dibao_recover", True)
def _():
    c = city()
    n = rint(500, 30000)
    return "action", ["对", N(c=c), "、", N(c=c), "等", rint(2, 9), "户违规享受低保问题，追回资金", n, "元（", daxie(n),
                      "），取消其低保资格。"]


@T("p_ac_landlord_notice", True)
def _():
    c = city()
    return "action", ["执法队员到", ("address", addr(c)), "向户主", N(c=c), "送达《责令改正通知书》，其本人签收。"]


# -------------------------------------------------------------- notices
@T("p_nt_gift", True)
def _():
    c = city()
    C = CITIES[c]
    n = N(c=c)
    y = rint(2017, 2022)
    return "notice", [ch(C["d"]), ch(C["town"]), "党委副书记", n, "违规收受礼金问题。", y, "年至", y + rint(1, 3), "年，", n,
                      "先后收受礼金共计", amount(3000, 60000), "。", n, "受到党内警告处分。"]


@T("p_nt_title", True)
def _():
    c = city()
    t = ["关于", N(c=c, word=True), "同志严重违纪违法问题的通报"]
    if chance(0.5):
        t += ["（", docno(c, "纪通"), "）"]
    return "notice", t


@T("p_nt_list8", True)
def _():
    c = city()
    C = CITIES[c]
    return "notice", [C["full"], "纪委监委通报", rint(2, 6), "起典型问题：", dept(), "原局长", N(c=c), "违规接受宴请问题；",
                      ch(C["town"]), "原镇长", N(c=c), "公款吃喝问题。"]


@T("p_nt_bio", True)
def _():
    c = city()
    g = ch("MMF")
    return "notice", [N(c=c, word=True, g=None if chance(0.3) else g), "（", "男" if g == "M" else "女", "，", rint(38, 62), "岁，中共党员，", ch(["县水务局原局长", "镇党委原书记",
                      "区住建局原副局长", "市医保局基金监管科原科长"]), "）利用职务便利为他人谋取利益，收受财物", amount(20000, 900000), "。"]


@T("p_nt_window", True)
def _():
    c = city()
    return "notice", [dt(), "，", ch(CENTERS), rint(1, 40), "号窗口工作人员", N(c=c), "在办理", ch(ITEMS),
                      "时态度生硬并与群众发生争执，经查属实，给予通报批评。"]


@T("p_nt_efficiency", True)
def _():
    c = city()
    return "notice", ["效能投诉查处通报：", dept_ju(), ch(["审批科科员", "窗口负责人", "执法大队队员", "办公室副主任"]), N(c=c),
                      "对企业申报材料未一次性告知，致使企业往返", rint(3, 7), "次，对其进行效能告诫。"]


@T("p_nt_dibao", True)
def _():
    c = city()
    C = CITIES[c]
    return "notice", [ch(C["town"]), yr(), "年第", cnn(rint(1, 4)), "季度低保新增对象公示：", N(c=c, word=True), "（", ch(C["vil"]),
                      rint(1, 9), "组，", rint(1, 5), "人户）、", N(c=c), "（", ch(C["vil"]), rint(1, 9), "组，", rint(1, 5), "人户）。"]


@T("p_nt_wage_blacklist", True)
def _():
    c = city()
    return "notice", ["拖欠农民工工资失信联合惩戒对象名单：", ch(COMPANIES), "，法定代表人", N(c=c), "，身份证号", masked_id(),
                      "，拖欠金额", amount(50000, 900000), "。"]


@T("p_nt_announce", True)
def _():
    c = city()
    return "notice", [ch(["市市场监管局", "区城管局", "县人社局"]), "公告：", N(c=c), P("身份证号", ID()),
                      "，因无法直接送达，现依法公告送达", docno(c, ch(["市监处罚", "城管罚决字", "人社监察罚"])), "《行政处罚告知书》，自公告之日起30日视为送达。"]


@T("p_nt_npc", True)
def _():
    c = city()
    return "notice", ["对市人大代表", N(c=c), "提出的第", rint(1, 480), "号建议《关于加快", ch(CITIES[c]["st"]),
                      "改造提升的建议》的答复"]


@T("p_nt_cppcc", True)
def _():
    c = city()
    return "notice", [N(c=c), "委员：您提出的《关于", ch(["加强老旧小区加装电梯", "规范校外培训收费", "提升农村饮水安全",
                      "优化12345热线工单分派", "推进医保异地结算"]), "的提案》（第", rint(1, 600), "号）收悉，现答复如下："]


@T("p_nt_accountability", True)
def _():
    c = city()
    return "notice", ["问责通报：", ch(CITIES[c]["d"]), ch(["住建局", "应急管理局", "农业农村局", "水务局"]), "在", ch(["燃气安全排查",
                      "防汛备汛", "农村饮水工程", "自建房整治"]), "中履职不力，对分管副局长", N(c=c), "予以诫勉，对股长", N(c=c),
                      "、工作人员", N(c=c), "给予政务警告处分。"]


@T("p_nt_minority_official", True)
def _():
    c = city("gs,sc,nm,gx")
    st, nat = ch([("hui", "回"), ("tibetan", "藏"), ("mongol", "蒙古"), ("yi", "彝"), ("zhuang", "壮"), ("uyghur", "维吾尔")])
    return "notice", [ch(CITIES[c]["d"]), ch(CITIES[c]["town"]), "原副镇长", N(st), P(nat, "族，", rint(35, 58), "岁"),
                      "在", ch(["危房改造对象评定", "低保审核", "产业补贴发放"]), "中优亲厚友，被给予政务记过处分。"]


@T("p_nt_bad_review", True)
def _():
    c = city()
    return "notice", ["差评整改公示｜评价人", co(), N(c=c), "｜评价渠道", co(), ch(["政务服务网", "线下评价器", "12345热线", "小程序"]),
                      "｜评价事项", co(), ch(ITEMS), "｜整改情况", co(), "已电话", MOB(), "联系致歉并办结"]


@T("p_nt_delivery", True)
def _():
    c = city()
    return "notice", [ch(["区城管局", "县住建局", "市场监管局"]), "依法向", N(c=c), "（住所地：", ("address", addr(c)), "）公告送达",
                      docno(c, ch(["城管罚决字", "住建罚字", "市监处罚"])), "行政处罚决定书。"]


@T("p_nt_batch_title", True)
def _():
    c = city()
    return "notice", ["关于对", N(c=c), "等", cnn(rint(2, 9)), "名同志违反工作纪律问题的通报"]


@T("p_nt_praise", True)
def _():
    c = city()
    return "notice", ["表扬通报：", ch(CENTERS), "窗口工作人员", N(c=c), "、", N(c=c), "主动延时服务，为", anon(), "办结",
                      ch(ITEMS), "，特予通报表扬。"]


@T("p_nt_market", True)
def _():
    c = city()
    C = CITIES[c]
    return "notice", [C["full"], "市场监管局行政处罚信息公示：当事人", N(c=c), "，经营场所位于", ch(C["st"]), rint(1, 300),
                      "号，未取得食品经营许可从事经营，罚款", amount(2000, 50000), "。"]


@T("p_nt_compound", True)
def _():
    c = city()
    return "notice", [ch(CITIES[c]["d"]), dept_ju()[1:], "干部", N("compound"), "、", N("rare"), "在", ch(["扶贫资产管理", "耕地保护",
                      "项目验收", "低保审核"]), "工作中弄虚作假，分别被给予党内警告、诫勉处理。"]


@T("p_nt_privatecar", True)
def _():
    c = city()
    return "notice", [dept(), "干部", N(c=c), "驾驶私家车（", PLATE(c), "）于工作日中午到", ch(["某农家乐", "某酒店", "某饭庄"]),
                      "饮酒，被给予党内警告处分。"]


@T("p_nt_manchu_rare", True)
def _():
    c = city("hlj,hb,sd")
    return "notice", [CITIES[c]["full"], ch(["纪委监委", "纪委"]), "点名道姓通报：", ch(CITIES[c]["town"]), "财政所原所长",
                      N(ch(["manchu", "rare", "compound"])), "套取惠农补贴", amount(10000, 200000), "，被开除党籍。"]


@T("p_rx_dialect_name", True)
def _():
    c = city("sd,hn,hb")
    t = ch(["大娘", "婶子", "大爷", "老嫂子", "大伯", "老姑"])
    n = nm_city(c, g="M" if t in ("大爷", "大伯") else "F")
    return "summary", ["来电人说俺村的", ("name", n), t, "家（", ("address", addr(c, "rural")),
                       "）院墙快塌了，村里", title_only(), "说没钱修。"]


@T("p_rx_fraud_card", True)
def _():
    c = city()
    b = bank()
    return "summary", [N(c=c), "称", dt(), "接到冒充", ch(["公检法", "快递客服", "医保局工作人员", "电商客服"]), "的电话，被诱导从其",
                       b[0], "卡（", CARD(b), "）转出", amount(2000, 80000), "，已向辖区派出所报案。"]


@T("p_oc_wx_added", True)
def _():
    c = city()
    return "outcome", ["承办人已添加诉求人", N(c=c), "的微信（", ch(["微信号", "微信", "vx"]), co(), WX(),
                       "），将", ch(ITEMS), "所需材料清单发给其本人。"]


@T("p_rx_email_table", True)
def _():
    c = city()
    return "summary", ["来信人", co(), N(c=c), "｜电子邮箱", co(), EMAIL(), "｜来信事项", co(), ch(ITEMS),
                       "超过承诺时限", rint(2, 20), "个工作日仍未办结｜来信日期", co(), dt()]


@T("p_rx_qq_job", True)
def _():
    c = city()
    return "summary", ["求职者", N(c=c), P(ch(["QQ：", "QQ号", "QQ:"]), QQ()), "反映", ch(CITIES[c]["d"]),
                       "某劳务中介收取出国务工服务费", amount(3000, 30000), "后失联，", ch(["要求退费。", "请求依法查处。"])]


@T("p_ac_overload", True)
def _():
    c = city()
    return "action", ["对", PLATE(c), "重型货车驾驶人", N(c=c, g="M"), "超限运输行为罚款", ch(["500元", "2000元", "5000元", "8000元"]),
                      "，并抄告其所属", ch(COMPANIES), "。"]


@T("p_rx_parking_lock", True)
def _():
    c = city()
    return "summary", ["业主", N(c=c), "反映其车辆", P(PLATE(c)), "在", ch(CITIES[c]["es"]), "地面车位被物业锁车，要求补缴停车费",
                       amount(300, 3000), "才给解锁。"]


@T("p_oc_wx_result", True)
def _():
    c = city()
    return "outcome", ["因", N(c=c), "预留电话长期无人接听，工作人员通过其微信", co(), WX(), "发送办理结果，对方已读未回。"]


@T("p_nt_plate_drunk", True)
def _():
    c = city()
    return "notice", [dept(), ch(["科员", "副科长", "四级主任科员", "执法队员"]), N(c=c), "于", dt(), "晚饮酒后驾驶",
                      PLATE(c), "号小型轿车被查获，受到政务撤职处分。"]


@T("p_rx_anon_mobile", True)
def _():
    c = city()
    return "summary", ["来电人", anon(), P(MOB()), "反映", ch(CITIES[c]["es"]), ch(ISSUES), "，物业推诿，要求职能部门回电。"]


@T("p_rx_masked_addr", True)
def _():
    c = city()
    return "summary", [masked(), "户", P("住址", co(), ("address", addr(c))), "反映邻居在楼道私拉电线给电动车充电，存在火灾隐患。"]


@T("p_ac_plate_only", True)
def _():
    c = city()
    return "action", ["对停放在", ch(CITIES[c]["st"]), "非机动车道上的", PLATE(c), "、", PLATE(c), "两辆机动车张贴违停告知单，",
                      "并通报交警部门。"]


@T("p_oc_id_only", True)
def _():
    return "outcome", ["经核查，身份证号为", ID(), "的参保人", yr(), "年度医保待遇已恢复，", anon(), "已电话确认。"]


@T("p_rx_addr_only", True)
def _():
    c = city()
    return "summary", ["家住", ("address", addr(c, urban=True)), "的", anon(), "反映楼上住户在阳台养鸽子", rint(2, 8) * 10,
                       "余只，粪便和噪音影响生活。"]


@T("p_oc_card_anon", True)
def _():
    b = bank()
    return "outcome", [ch(["耕地地力保护补贴", "高龄津贴", "残疾人两项补贴", "临时救助金"]), amount(200, 5000), "已发放至", anon(),
                       "提供的", b[0], "卡", CARD(b), "，其本人已确认到账。"]


@T("p_oc_email_material", True)
def _():
    c = city()
    return "outcome", [ch(["县人社局", "市人才服务中心", "区教体局"]), "已将补正材料清单发送至", N(c=c), "预留邮箱", EMAIL(),
                       "，请于", rint(3, 10), "个工作日内补齐。"]


# ========================================================== CLEAN TEMPLATES
@T("c_roof", False)
def _():
    c = city()
    return "summary", ["来电人", anon(), "反映", ch(CITIES[c]["es"]), rint(1, 30), "号楼楼顶防水层老化，雨天顶层住户漏水，诉求尽快维修。工单号",
                       order_no(c)]


@T("c_masked_verified", False)
def _():
    c = city()
    return "outcome", ["经", dept(), "核实，", masked(), "反映的问题部分属实，已责令物业于", dt(), "前整改完毕，工单", order_no(c), "办结。"]


@T("c_model", False)
def _():
    return "notice", [dept(), "组织党员干部学习", ch(MODELS), "同志先进事迹，开展“", ch(["我为群众办实事", "作风建设年",
                      "能力作风提升", "清廉机关创建"]), "”主题党日活动", rint(2, 12), "场次。"]


@T("c_office", False)
def _():
    c = city()
    return "outcome", [dept(), "办公地址", co(), office_addr(c), "，邮编", postcode(c), "，咨询电话", landline(c), "（工作日",
                       ch(["8:30-12:00", "9:00—17:00", "上午8时至12时"]), "）。"]


@T("c_masked_title", False)
def _():
    c = city()
    return "notice", ["关于对", masked(), "等", cnn(rint(2, 9)), "人违规发放津补贴问题的通报（", docno(c, "纪通"), "）"]


@T("c_brand", False)
def _():
    c = city()
    return "summary", [anon(True), "来电称", dt(), "在", ch(BRANDS), "（", ch(CITIES[c]["st"]), "店）就餐后腹泻，要求", ch(["市场监管部门", "12315"]),
                       "查处。"]


@T("c_refund_daxie", False)
def _():
    n = rint(200, 99999)
    return "outcome", ["多收取的材料费", n, "元（大写：", daxie(n), "）已于", dt(), "退至企业对公账户，请于", rint(3, 10), "个工作日内查收。"]


@T("c_credit", False)
def _():
    c = city()
    return "notice", [ch(COMPANIES), "（统一社会信用代码：", credit_code(), "）因", ch(["未按规定明码标价", "销售不合格电动车头盔",
                      "虚假宣传", "使用未检验电梯"]), "被处以罚款", amount(2000, 200000), "，决定书文号", docno(c, "市监处罚"), "。"]


@T("c_masked_mobile", False)
def _():
    return "summary", ["来电人", anon(), "称其尾号", f"{rint(0, 9999):04d}", "的手机（", masked_mobile(),
                       "）每天接到推销电话，要求查处号码归属公司。"]


@T("c_masked_id", False)
def _():
    return "outcome", ["经比对，", masked(), "（身份证号", masked_id(), "）已于", dt(), "办理退休，待遇正常发放。"]


@T("c_title_only", False)
def _():
    return "summary", ["来电人反映", dept(), title_only(), "在办理", ch(ITEMS), "时多次要求补材料，窗口", title_only(), "称系统问题。"]


@T("c_village_group", False)
def _():
    c = city()
    C = CITIES[c]
    return "summary", [ch(C["town"]), ch(C["vil"]), num_or_cn(rint(1, 12)), "组至", ch(C["vil"]), "的通组路长约", rint(1, 9), ".",
                       rint(1, 9), "公里，路面破损严重，", anon(), "等村民诉求尽快硬化。"]


@T("c_stats", False)
def _():
    return "notice", [yr(), "年第", cnn(rint(1, 4)), "季度全市12345热线共受理诉求", f"{rint(20000, 900000):,}", "件，按时办结率",
                      f"{R.uniform(95, 99.9):.2f}", "%，群众满意率", f"{R.uniform(85, 99):.1f}", "%，同比上升", f"{R.uniform(0.1, 5):.1f}", "个百分点。"]


@T("c_commitment", False)
def _():
    c = city()
    return "notice", [ch(ITEMS), "：法定时限", rint(5, 30), "个工作日｜承诺时限", rint(1, 5), "个工作日｜收费标准：不收费｜咨询电话：", landline(c)]


@T("c_laoli", False)
def _():
    c = city()
    return "outcome", ["社区老", ch(SURN), "和网格员小", ch(SURN), "当天下午就到现场查看，", dt(), "已将", estate_only(c), "附近积水抽排完毕。"]


@T("c_crossing", False)
def _():
    c = city()
    st = CITIES[c]["st"]
    return "summary", ["来电人", anon(), "反映", ch(st), "与", ch(st), "交叉口信号灯绿灯时间过短，老人过马路来不及，建议延长至",
                       rint(25, 60), "秒。"]


@T("c_company_addr", False)
def _():
    c = city()
    return "summary", ["投诉", ch(COMPANIES), "（地址：", office_addr(c), "）拖欠装修尾款", amount(3000, 60000), "，来电人", anon(),
                       "诉求协调。"]


@T("c_school_addr", False)
def _():
    c = city()
    return "outcome", [ch(SCHOOLS), "（", ch(CITIES[c]["d"]), ch(CITIES[c]["st"]), rint(1, 300), "号）", yr(), "年秋季招收一年级新生", rint(90, 700), "人，划片范围已在校门口公示。"]


@T("c_title_chief", False)
def _():
    c = city()
    return "notice", [dept_ju(), "党组书记、局长带队到", ch(CITIES[c]["town"]), "调研", ch(["防汛", "供暖保障", "安全生产", "乡村振兴"]),
                      "工作，召开座谈会", rint(1, 5), "场，现场解决问题", rint(2, 20), "个。"]


@T("c_masked_plate", False)
def _():
    c = city()
    return "action", ["对号牌为", masked_plate(c), "的渣土车未密闭运输行为罚款", amount(500, 5000), "，已抄告", dept(), "。"]


@T("c_law", False)
def _():
    return "action", ["依据《", ch(LAWS), "》第", rint(5, 80), "条第", cnn(rint(1, 4)), "款之规定，责令当事单位", rint(3, 30), "日内改正。"]


@T("c_hotlines", False)
def _():
    c = city()
    return "outcome", ["如对办理结果不满意，可拨打", hotline(c), "或", landline(c), "反映，也可登录“", ch(["爱山东", "冀时办", "豫事办",
                       "秦务员", "甘快办", "天府通办", "黑龙江全省事", "蒙速办", "智桂通"]), "”APP评价。"]


@T("c_hosp_anon", False)
def _():
    return "summary", [anon(True), "反映", ch(HOSP), "门诊收费处", rint(1, 20), "号窗口只收现金，不支持医保电子凭证结算。"]


@T("c_unit_door", False)
def _():
    c = city()
    return "outcome", ["经现场查看，", ch(CITIES[c]["es"]), rint(1, 30), "号楼", rint(1, 6), "单元门口的化粪池已清掏，周边消杀",
                       rint(1, 4), "次。"]


@T("c_best_window", False)
def _():
    c = city()
    return "notice", [CITIES[c]["full"], yr(), "年度“最美窗口”评选结果公布，", ch(CENTERS), "不动产登记窗口等", rint(5, 20), "个窗口获评。"]


@T("c_hutong_light", False)
def _():
    c = ch(["济南", "保定", "张家口", "开封", "西安", "洛阳", "天水"])
    return "summary", ["来电反映", ch(CITIES[c]["hu"]), "内", rint(2, 9), "盏路灯不亮，晚上出行不便，", anon(), "已多次反映。"]


@T("c_gacha_party", False)
def _():
    c = "锡林郭勒"
    return "outcome", [ch(CITIES[c]["town"]), ch(CITIES[c]["vil"]), "党支部组织牧民开展", ch(["防灾减灾", "草原防火", "畜牧养殖技术",
                       "电商直播"]), "培训", rint(2, 8), "期，参训", rint(40, 400), "人次。"]


@T("c_daxie_fine", False)
def _():
    n = rint(1000, 99999)
    return "action", ["对", ch(COMPANIES), "作出罚款人民币", daxie(n), "（¥", f"{n:,}", ".00）的行政处罚，已缴入国库。"]


@T("c_accountability_masked", False)
def _():
    c = city()
    return "notice", ["问责通报：", ch(CITIES[c]["d"]), ch(["住建局", "应急管理局", "水务局"]), "在", ch(["燃气安全排查", "防汛备汛",
                      "自建房整治"]), "中履职不力，对分管副局长", masked(), "予以诫勉，对相关股室负责人", masked(), "批评教育。"]


@T("c_jiji_shop", False)
def _():
    c = city()
    return "summary", [anon(True), "称", masked(), "经营的“", ch(SURN), "记", ch(["烩面", "羊肉汤", "凉皮", "锅盔", "烧烤", "酸辣粉"]), "”在",
                       ch(CITIES[c]["st"]), "占道经营，油烟扰民。"]


@T("c_enroll", False)
def _():
    y = yr()
    a, b = drange(y)
    return "outcome", [ch(["区教体局", "县教育局", "市教育局"]), "答复：", y, "年义务教育阶段招生报名时间为", a, "至", b,
                       "，通过线上平台报名，无需到校。"]


@T("c_medins_rate", False)
def _():
    y = yr()
    a, b = drange(y - 1)
    return "notice", [y, "年城乡居民基本医疗保险个人缴费标准为每人每年", ch(["380元", "400元", "350元"]), "，缴费期为", a, "至", b, "。"]


@T("c_minwage", False)
def _():
    c = city()
    return "notice", [CITIES[c]["prov"], "自", dt(), "起调整最低工资标准，一类地区月最低工资", rint(1900, 2300), "元，小时最低工资",
                      rint(19, 24), "元。"]


@T("c_penalty_company", False)
def _():
    c = city()
    return "action", ["依据", docno(c, "市监处罚"), "，对", ch(COMPANIES), "未按规定公示收费标准的行为给予警告，并处罚款", amount(1000, 50000), "。"]


@T("c_anon_age", False)
def _():
    c = city()
    return "summary", ["来电人", anon(), "（", rint(60, 90), "岁，独居）反映其所在", estate_only(c), "的无障碍坡道被电动车占用，轮椅无法通行。"]


@T("c_order_done", False)
def _():
    c = city()
    return "outcome", ["工单", order_no(c), "已于", dt(ch([2024, 2025])), "办结，", dept(), "回访电话", landline(c), "，回访结果：满意。"]


@T("c_window_floor", False)
def _():
    c = city()
    m = rint(1, 30)
    return "notice", [CITIES[c]["full"], "政务服务中心", rint(1, 5), "楼", m, "号至", m + rint(2, 8), "号窗口自", dt(),
                      "起调整为“企业开办”综合窗口。"]


@T("c_dialect_shen", False)
def _():
    return "summary", ["来电人说俺村", ch(SURN), ch(["婶儿", "大娘", "大爷", "老汉"]), "家门口排水沟堵了，下雨淹到院里，村干部",
                       ch(SURN), "主任说等上面拨款。"]


@T("c_legalrep_masked", False)
def _():
    c = city()
    return "notice", ["失信被执行人名单：", ch(COMPANIES), "，法定代表人", masked(), "，执行标的", amount(50000, 900000), "，案号（",
                      yr(), "）", CITIES[c]["prov"][0], ch(["01", "02", "0102", "0105"]), "执", rint(100, 9999), "号。"]


@T("c_card_last4", False)
def _():
    return "summary", [anon(True), "反映其", bank()[0], "尾号为", f"{rint(0, 9999):04d}", "的银行卡被扣除", amount(10, 300), "年费，银行称系",
                       yr() - rint(3, 10), "年开卡时已约定。"]


@T("c_plate_tail", False)
def _():
    c = city()
    return "summary", ["来电人反映一辆尾号", f"{rint(0, 999):03d}", "的白色面包车长期停放在", ch(CITIES[c]["es"]), "消防通道，", anon(),
                       "多次劝离无果。"]


@T("c_doc_issue", False)
def _():
    c = city()
    return "notice", ["《", CITIES[c]["full"], ch(["12345政务服务便民热线管理办法", "政务服务“好差评”实施细则", "机关效能投诉处理办法",
                      "行政执法公示办法"]), "》（", docno(c, "政办发"), "）已于", dt(ch([2021, 2022, 2023, 2024, 2025])), "印发，有效期", rint(2, 5), "年。"]


@T("c_gzh", False)
def _():
    c = city()
    return "outcome", ["可关注“", CITIES[c]["full"], "12345”微信公众号或拨打", hotline(c), "查询办理进度，工单查询码", rint(100000, 999999), "。"]


@T("c_office_email", False)
def _():
    c = city()
    ab = ch(["xfj", "12345", "zwfw", "jwjw", "scjg", "rsj"])
    dom = ch(["jinan", "shijiazhuang", "zhengzhou", "xa", "lanzhou", "chengdu", "harbin", "huhhot", "nanning"])
    return "outcome", ["书面意见可寄至", office_addr(c), dept(), "（邮编", postcode(c), "）或发送至单位公共邮箱", f"{ab}@{dom}.gov.cn", "。"]


@T("c_place_surname", False)
def _():
    c = city()
    return "summary", ["来电人", anon(), "反映", ch(PLACES_PERSON), "附近", ch(CITIES[c]["st"]), "路面塌陷，存在安全隐患。"]


@T("c_place_project", False)
def _():
    return "outcome", [ch(["志丹县", "子长市", "左权县", "尚志市", "张北县", "靖宇街道"]), ch(["住建部门", "交通运输部门", "城管部门"]), "已将", ch(ISSUES), "问题纳入", yr(),
                       "年民生实事项目，计划投资", amount(100000, 9000000), "。"]


@T("c_hosp_notice", False)
def _():
    return "notice", ["医保基金违规使用通报：", ch(HOSP), "存在串换项目收费问题，涉及金额", amount(5000, 900000), "，已追回并处",
                      cnn(rint(1, 3)), "倍罚款。"]


@T("c_express", False)
def _():
    return "outcome", ["答复函已通过EMS寄出，邮件号", f"11{rint(0, 99999999999):011d}", "，预计", rint(2, 5), "个工作日送达。"]


@T("c_good_review", False)
def _():
    return "notice", [yr(), "年", rint(1, 12), "月全市“好差评”共收到评价", f"{rint(10000, 900000):,}", "条，其中差评", rint(3, 90),
                      "条，差评整改率100%。"]


@T("c_anon_list", False)
def _():
    c = city()
    return "summary", [anon(True), "、", anon(), "、", anon(), "等", rint(4, 40), "名业主反映", ch(CITIES[c]["es"]), ch(["", "二期", "东区", "南区"]), "地下车库渗水。"]


@T("c_old_widow", False)
def _():
    return "summary", ["来电人为", rint(70, 92), "岁独居老人", ch(SURN), ch(["大爷", "奶奶", "老太太"]), "，反映家中暖气片漏水，子女不在身边。"]


@T("c_xiaozhang", False)
def _():
    return "outcome", ["网格员小", ch(SURN), "每周上门探访", rint(1, 3), "次，已为", ch(SURN), "奶奶申请助餐服务和紧急呼叫终端。"]


@T("c_masked_villager", False)
def _():
    c = city()
    return "summary", [ch(CITIES[c]["vil"]), num_or_cn(rint(1, 9)), "组村民", masked(), "、", masked(), "反映其承包地被",
                       ch(COMPANIES), "临时占用，补偿款", amount(2000, 60000), "未到位。"]


@T("c_room_count", False)
def _():
    c = city()
    return "outcome", [ch(CITIES[c]["es"]), "共", rint(8, 60), "栋", rint(300, 3000), "户，已完成老旧小区改造", rint(1, 8), "栋，剩余楼栋计划",
                       yr(), "年完工。"]


@T("c_teacher_title", False)
def _():
    return "outcome", [ch(SCHOOLS), "校长及", ch(SURN), "老师已与家长沟通，学校将统一退还", amount(50, 800), "。"]


@T("c_npc_noname", False)
def _():
    c = city()
    return "notice", ["对市", cnn(rint(14, 18)), "届人大", cnn(rint(1, 5)), "次会议第", rint(1, 480), "号建议的答复（", docno(c, "建议复字"), "）"]


@T("c_accept_no", False)
def _():
    return "outcome", ["受理编号", f"{yr()}{rint(10**11, 10**12 - 1)}", "，收件凭证号", f"SJ{rint(10**9, 10**10 - 1)}", "，材料已补正齐全，",
                       rint(3, 10), "个工作日内出件。"]


@T("c_bus_route", False)
def _():
    c = city()
    return "summary", ["来电人", anon(), "建议将", rint(1, 180), "路公交车延伸至", ch(CITIES[c]["es"]), "南门，目前最近站点距离约",
                       rint(500, 2000), "米。"]


@T("c_heating_notice", False)
def _():
    c = city("sd,hb,hn,sx,gs,hlj,nm")
    y = yr()
    return "notice", [CITIES[c]["full"], "供热期为", f"{y}年{ch([10, 11])}月{rint(1, 20)}日", "至", f"{y + 1}年{ch([3, 4])}月{rint(1, 15)}日", "，居民室温不低于18℃，供热服务热线", landline(c), "。"]


@T("c_banner", False)
def _():
    return "notice", [dept(), "收到", anon(), "赠送的锦旗一面，上书“", ch(["为民解忧 情系百姓", "执法为民 公正廉洁", "热心服务 办事高效"]),
                      "”，对", ch(CENTERS), "窗口服务表示感谢。"]


@T("c_doctor_title", False)
def _():
    return "summary", ["来电人", anon(), "反映其老伴儿在", ch(HOSP), "看病时被", ch(SURN), "大夫多收检查费", amount(50, 900), "。"]


@T("c_shop_located", False)
def _():
    c = city()
    return "outcome", ["位于", ch(CITIES[c]["st"]), rint(1, 300), "号的", ch(["某超市", "某药店", "某烟酒店", "某网吧"]), "已取得",
                       ch(["食品经营许可证", "药品经营许可证", "营业执照"]), "，经营范围合规，投诉反映情况不属实。"]


@T("c_estate_only", False)
def _():
    c = city()
    return "summary", ["来电人", anon(), "家住", ch(CITIES[c]["es"]), "，反映", estate_only(c), "附近", ch(ISSUES), "，诉求尽快处理。"]


@T("c_herdsman_anon", False)
def _():
    c = "锡林郭勒"
    return "summary", [ch(CITIES[c]["town"]), ch(CITIES[c]["vil"]), "牧民", ch(["巴", "苏", "乌", "额"]), "某反映冬季饲草料补贴未到位，",
                       ch(CITIES[c]["town"]), "已安排专人对接。"]


@T("c_service_figures", False)
def _():
    c = city()
    return "notice", [CITIES[c]["full"], "政务服务事项", rint(1200, 2600), "项，其中“即办件”占比", rint(40, 80), "%，“最多跑一次”事项",
                      rint(900, 2000), "项，平均办理时限压缩至", round(R.uniform(1, 6), 1), "个工作日。"]


@T("c_case_number", False)
def _():
    c = city()
    return "action", ["案件编号", f"{CITIES[c]['ab']}城执{yr()}{rint(1, 9999):04d}", "：", ch(CITIES[c]["st"]), "沿街商户",
                      ch(BRANDS), "店外占道，已责令改正，罚款", amount(200, 2000), "。"]


@T("c_fax_postcode", False)
def _():
    c = city()
    return "outcome", ["信访事项复查申请请于收到本意见书之日起30日内向", CITIES[c]["full"], "人民政府提出，传真", landline(c), "，邮编",
                       postcode(c), "。"]


@T("c_tel_yjw", False)
def _():
    c = city()
    return "notice", [CITIES[c]["full"], "纪委监委举报电话：", ch(["12388", CITIES[c]["area"] + "-12388"]), "，举报网址：",
                      "www.", {"山东": "sdjj", "河北": "hebcdi", "河南": "hnsjct", "陕西": "qinfeng", "甘肃": "gsjw", "四川": "scjc",
                               "黑龙江": "hljjjjc", "内蒙古": "nmgjjjc", "广西": "gxjjw"}[CITIES[c]["prov"]], ".gov.cn，来信请寄",
                      office_addr(c), "。"]


@T("c_older_card", False)
def _():
    return "outcome", ["老年人优待证编号", f"{ch(REGION)}{rint(10**8, 10**9 - 1)}", "已制发，", anon(), "可到", ch(CENTERS), "领取。"]


@T("c_heating_temp", False)
def _():
    c = city("hlj,nm,gs")
    return "outcome", ["经供热公司入户检测，", ch(CITIES[c]["es"]), rint(1, 30), "号楼", ch(["", "东单元", "西单元"]), "室温为", round(R.uniform(16.0, 21.5), 1), "℃，符合", CITIES[c]["prov"],
                       "供热标准，", anon(), "表示认可。"]


@T("c_ac_masked_build", False)
def _():
    c = city()
    return "action", ["对", masked(), "在", estate_only(c), "私搭乱建的阳光房（约", rint(6, 40), "㎡）下达《责令限期改正通知书》，",
                      "责令", rint(3, 15), "日内自行拆除。"]


@T("c_ac_company_build", False)
def _():
    c = city()
    return "action", ["对", ch(COMPANIES), "在", ch(CITIES[c]["st"]), rint(1, 300), "号院内未批先建的临时仓库立案调查，案号",
                      CITIES[c]["ab"], "城执立", f"{yr()}{rint(1, 999):03d}", "号，拟处罚款", amount(5000, 50000), "。"]


@T("c_ac_shop_rectify", False)
def _():
    c = city()
    return "action", ["责令", ch(BRANDS), ch(CITIES[c]["st"]), "店于", dt(), "前完成后厨防鼠设施整改，",
                      "逾期将依据《", ch(LAWS), "》第", rint(20, 130), "条处理。"]


@T("c_ac_window_fix", False)
def _():
    return "action", ["责成", ch(CENTERS), "对", rint(1, 40), "号窗口“一次性告知”不到位问题限期整改，对窗口负责人", title_only(),
                      "进行约谈，整改结果报效能办。"]


# ----------------------------------------------------------------- runner
def make_one(fn):
    USED.clear()
    field, segs = fn()
    text, labels = build(segs)
    return field, text, labels


def generate():
    pos_t = [t for t in TEMPLATES if t[1]]
    neg_t = [t for t in TEMPLATES if not t[1]]
    rows, seen = [], set()
    fails = Counter()

    def fill(temps, target):
        out = []
        i = 0
        while len(out) < target:
            tid, pos, fn = temps[i % len(temps)]
            i += 1
            for _ in range(40):
                field, text, labels = make_one(fn)
                if 15 <= len(text) <= 140 and text not in seen:
                    break
            else:
                fails[tid] += 1
                if fails[tid] > 5:
                    raise SystemExit(f"template {tid} keeps failing: {len(text)} {text}")
                continue
            assert bool(labels) == pos, (tid, text, labels)
            seen.add(text)
            out.append({"field": field, "labels": labels, "shape": f"outside7-{tid}", "text": text})
        return out

    rows = fill(pos_t, 550) + fill(neg_t, 450)
    R.shuffle(rows)
    return rows


def check(rows):
    for r in rows:
        t = r["text"]
        assert r["field"] in FIELDS
        assert 15 <= len(t) <= 140, t
        spans = sorted((l["start"], l["end"]) for l in r["labels"])
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], ("overlap", t)
        for l in r["labels"]:
            s = t[l["start"]:l["end"]]
            assert s and s == l.pop("_v"), (t, l)
            assert s == s.strip(), (t, s)
            k = l["kind"]
            digits = "".join(x for x in s if x.isdigit() or x in "Xx")
            if k == "id":
                assert len(s) == 18 and id_check(s[:17]) == s[17].upper(), s
            elif k == "card":
                d = digits
                assert d.isdigit() and luhn_cd(d[:-1]) == d[-1], s
            elif k == "mobile":
                d = "".join(x for x in s if x.isdigit())
                d = d[2:] if len(d) == 13 else d
                assert len(d) == 11 and d[0] == "1", s
            elif k == "email":
                assert "@" in s, s
            r["labels"] = [{"start": l["start"], "end": l["end"], "kind": l["kind"]} for l in r["labels"]]


def main():
    rows = generate()
    check(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"field": r["field"], "labels": r["labels"], "shape": r["shape"], "text": r["text"]},
                               ensure_ascii=False) + "\n")
    kinds, fields = Counter(), Counter()
    pos = sum(1 for r in rows if r["labels"])
    fpos = defaultdict(Counter)
    for r in rows:
        fields[r["field"]] += 1
        fpos[r["field"]]["pos" if r["labels"] else "clean"] += 1
        for l in r["labels"]:
            kinds[l["kind"]] += 1
    shapes = {r["shape"] for r in rows}
    print(f"wrote {len(rows)} rows to {OUT}: {pos} with personal data, {len(rows) - pos} clean")
    print(f"templates: {len(TEMPLATES)} defined, {len(shapes)} used "
          f"({sum(1 for t in TEMPLATES if t[1])} positive / {sum(1 for t in TEMPLATES if not t[1])} clean)")
    print("labels by kind:", dict(sorted(kinds.items(), key=lambda x: -x[1])), "total", sum(kinds.values()))
    print("rows by field:", {k: dict(v) for k, v in sorted(fpos.items())})
    lens = [len(r["text"]) for r in rows]
    print(f"length min {min(lens)} max {max(lens)} mean {sum(lens) / len(lens):.1f}")


if __name__ == "__main__":
    main()
