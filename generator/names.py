"""Personal names in Chinese text, found by a lexical analyser and checked against their context.

A list of surnames is the wrong test on its own: 解, 严, 高, 周, 安 and 常 are surnames and
the first characters of 解释, 严重, 高度, 周末, 安排 and 常规.  jieba's part-of-speech tagger
(its dictionary and its hidden Markov model for words it does not know) segments the
sentence and tags person names ``nr``; a candidate is kept when it has the shape of a
Chinese name (a surname, then one or two characters), is not masked (王某), not a place
or an organisation (向阳村, 金山街道), not a historical or model figure the office may
cite (焦裕禄精神), and not a name the office has confirmed for publication.  A common
word that is also a name (高峰, 周全, 白云) counts only where the sentence treats it as a
person: after a role word (投诉人, 市民, 经与) or before an honorific or a verb of speech
(同志, 女士, 反映, 来电).  The analyser's choice was measured on the project's corpus
(docs/personal-data-gate.md).

Each distinct sentence is analysed once per process: exports repeat their outcome
sentences thousands of times.
"""
from __future__ import annotations

import re
import threading

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
    "贡逄扶堵宰却璩濮扈郏充宦庾暨殳沃夔厍訾乜巢竺逯桓羿郄闾丘铁睢禤仉茆")
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
})
# What follows a figure's name when it is cited rather than reported.
CITED = re.compile(r"^[\u4e00-\u9fff]?(?:精神|式|同志的?(?:事迹|精神|先进事迹)|同志?为榜样|为榜样|先进事迹|事迹|纪念|故居|思想|"
                   r"语录|塑像|雕像)")

# Anonymised forms: 张女士, 王先生, 李师傅 without a given name, and masks (王某, 张某某, 李**).
HONORIFICS = ("姓", "氏", "同志", "先生", "女士", "小姐", "师傅", "老师", "医生", "大爷", "大妈", "阿姨", "老人", "老汉",
              "大姐", "大哥", "夫妇", "律师", "经理", "主任", "家属", "一家", "父子", "母女")
MASKS = ("某", "*", "＊", "×", "X", "x", "○", "〇")

# Words after which a person is named: a role, or a verb of addressing someone.
BEFORE = re.compile(
    r"(?:投诉人|举报人|来电人|来访人|来信人|反映人|联系人|当事人|申请人|求助人|诉求人|咨询人|代理人|委托人|监护人|户主|"
    r"市民|村民|居民|群众|业主|租户|住户|患者|家属|职工|员工|网民|网友|学生|家长|老人|商户|个体户|司机|车主|"
    r"工作人员|经办人|负责人|承办人|办事员|科员|科长|股长|主任|局长|所长|队长|站长|镇长|乡长|村长|支书|书记|会计|"
    r"经理|医生|老师|教师|民警|辅警|网格员|干部|党员|临时工|协管员|"
    r"经与|给予|告知|联系|通知|约谈|回复|答复|回访|致电|陪同|委托|名叫|叫|姓名|对象|责令|批评|处分|问责)"
    r"[：:，, ]?$")
# Words before which a person has been named: an honorific, a verb of telling, their sex and age.
AFTER = re.compile(
    r"^(?:同志|先生|女士|小姐|师傅|老师|医生|律师|夫妇|一家|本人|家属|父子|母女|反映|来电|来访|来信|投诉|举报|诉称|"
    r"称|说|表示|认为|报称|陈述|等人|等\d|等[一二三四五六七八九十两]人|[（(，,]\s*[男女]|[（(]\s*\d+岁|、"
    r"[\u4e00-\u9fff]{2,3}(?:等|同志|先生|女士))")
_ROLES = (r"(?:投诉人|举报人|来电人|来访人|来信人|反映人|联系人|当事人|申请人|求助人|诉求人|咨询人|代理人|委托人|户主|"
          r"市民|村民|居民|业主|租户|住户|患者|职工|网民|网友|车主|商户|收款人|户名|账户名|开户人|持卡人|"
          r"父亲|母亲|儿子|女儿|妻子|丈夫|爱人|老伴|孙子|孙女|岳母|岳父|婆婆|公公|哥哥|姐姐|弟弟|妹妹|亲属|家属)"
          r"(?:为|是|叫|名叫)?")
# A role, two to four characters, then a verb of telling or the end of the phrase: a name.
ROLE_THEN_NAME = re.compile(rf"(?:{_ROLES}|^|(?<=[，,。；;：:]))[：:]?([\u4e00-\u9fff]{{2,4}}?)"
                            r"(?=同志|先生|女士|师傅|称|诉称|反映|来电|来访|表示|本人|的|[（(，,。；;、]|等\d|等[一二三四五六七八九十两]人)")
# An honorific, or the person's sex and age in brackets, after a name.
NAME_THEN_HONORIFIC = re.compile(r"(?:同志|先生|女士|师傅|老师|医生|[（(][男女][，,、）)]|[（(]\d{1,3}岁|、|等\d|等[一二三四五六七八九十两]人|等人|"
                                 r"与邻居|的家属|的父亲|的母亲|的儿子|的女儿|的妻子|的丈夫|母亲|父亲|家属|本人|名下|经手|"
                                 r"介绍|代其|对此|提供的|提供了|签字|签收|本人)")
# Places and organisations a name-shaped word may be the first part of (向阳村, 金山街道).
PLACE = re.compile(
    r"^(?:[路街巷弄村镇乡县市区省州山河湖江桥港湾岛岭坡塘屯寨庄苑阁寺庙厦宫馆院站局厅]|社区|小区|街道|大道|公园|花园|"
    r"新村|家园|片区|园区|工业|开发|景区|水库|电站|办事处|管理处|委员会|协会|学会|商会|基金|银行|派出所|大队|中队|"
    r"广场|市场|农场|林场|号楼|小组|大楼|商店|饭店|酒店|宾馆|超市|商场|工厂|厂区|矿区|煤矿|中心|公司|集团|学校|中学|"
    r"小学|大学|学院|幼儿园|医院|卫生院|诊所|药店|路口|大桥|隧道|高速|车站|机场|口岸|计划|工程|项目|模式|品牌|杯|奖)")
_PLACE_END = re.compile(r"[路街巷弄村镇乡县市区省州山河湖江桥港湾岛岭坡塘屯寨庄园苑阁寺庙楼厦宫馆院站场所局厅处坊垸埠堡铺圩冲岗]$"
                        r"|^.家[\u4e00-\u9fff]$")

# Tags of person names in jieba's tag set: nr (name), nrfg / nrt (given names, transliterations).
_PERSON = ("nr", "nrfg", "nrt")
# A single surname character tagged as one of these is a word of its own (向 as "towards", 于 as "at").
_FUNCTION = ("p", "c", "d", "u", "r", "m", "q", "f", "y", "e", "o", "uj", "ul", "ud", "uz", "ug", "uv")
# Tags the tagger gives a given name it does not know as one (黄/建军: 建军 "army day" is a noun).
_GIVEN = ("n", "nz", "ng", "a", "an", "ns", "t", "j", "b", "s", "vn")
# How often a character must be part of the given names in jieba's dictionary to make a word of it
# look like a name (伟 159, 芳 128, 娜 68; 证 10, 绝 0, 请 4).
_NAME_CHARACTER = 50
# A dictionary entry used this often is a word before it is a name (李冬梅 2, 王建国 12; 宋体 170).
_FREQUENT = 20
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_SENTENCES = re.compile(r"[^。；;！!？?\n]+[。；;！!？?\n]?")

_analyser_lock = threading.Lock()
_analyser = None


def analyser():
    """jieba's tagger, loaded once (its dictionary takes a moment: call before forking workers)."""
    global _analyser
    with _analyser_lock:
        if _analyser is None:
            import logging

            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _analyser = jieba.posseg.dt
        return _analyser


_profile: dict[str, int] = {}


def given_name_characters() -> dict[str, int]:
    """How often each character is part of a given name among the dictionary's three-character names."""
    if not _profile:
        counts: dict[str, int] = {}
        for word, tag in analyser().word_tag_tab.items():
            if tag == "nr" and len(word) == 3 and word[0] in SURNAMES:
                for ch in word[1:]:
                    counts[ch] = counts.get(ch, 0) + 1
        _profile.update(counts)
    return _profile


def surname_of(word: str) -> str:
    if word[:2] in COMPOUND_SURNAMES:
        return word[:2]
    return word[:1] if word[:1] in SURNAMES else ""


def name_shaped(word: str) -> bool:
    """A surname and one or two characters after it, none of them a mask."""
    surname = surname_of(word)
    if not surname or not _HAN.match(word) or any(m in word for m in MASKS):
        return False
    given = word[len(surname):]
    return 1 <= len(given) <= 2 and not given.startswith(HONORIFICS) and not given.endswith(HONORIFICS)


class NameFinder:
    """Personal names in a text, as (start, end) positions; ``public_names`` are never found."""

    def __init__(self, public_names: set[str] = frozenset()):
        self.public_names = frozenset(public_names)
        self._sentences: dict[str, list[tuple[int, int]]] = {}

    @staticmethod
    def prepare() -> None:
        """Load the analyser now (once, before workers are forked, so each need not load it)."""
        analyser()

    def find(self, text: str) -> list[tuple[int, int]]:
        found = []
        for m in _SENTENCES.finditer(text):
            sentence = m[0]
            if not any(ch in SURNAMES for ch in sentence):
                continue
            spans = self._sentences.get(sentence)
            if spans is None:
                spans = self._sentences[sentence] = self._analyse(sentence)
            found += [(m.start() + start, m.start() + end) for start, end in spans
                      if sentence[start:end] not in self.public_names]
        return found

    def _analyse(self, sentence: str) -> list[tuple[int, int]]:
        tagger = analyser()
        tokens, position = [], 0
        for pair in tagger.cut(sentence):
            tokens.append((pair.word, pair.flag, position))
            position += len(pair.word)
        spans = []
        i = 0
        while i < len(tokens):
            word, flag, start = tokens[i]
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            candidate, used = None, 1
            if flag in _PERSON and name_shaped(word):
                candidate = word
            elif following and word in SURNAMES | COMPOUND_SURNAMES and flag not in ("p", "c", "u", "uj"):
                joined = word + following[0]
                if name_shaped(joined) and not self._is_word(joined) and (following[1] in _PERSON or (
                        flag not in _FUNCTION and following[1] in _GIVEN and self._told(sentence, start, len(joined)))):
                    candidate, used = joined, 2
            elif flag not in _FUNCTION and name_shaped(word) and self._told(sentence, start, len(word)) \
                    and not self._is_word(word):
                candidate = word
            if candidate and self._is_person(sentence, start, candidate):
                spans.append((start, start + len(candidate)))
                i += used
                continue
            i += 1
        for start, end in self._cued(sentence, tokens):
            if not any(start < taken_end and taken_start < end for taken_start, taken_end in spans):
                spans.append((start, end))
        return sorted(spans)

    def _cued(self, sentence: str, tokens: list[tuple[str, str, int]]) -> list[tuple[int, int]]:
        """Names the tagger cut apart (揭/慧称, 敖彬/强) or did not tag, where the sentence itself says
        a person is named: between a role and a verb of telling (来电人揭慧称), or before an honorific
        or the person's sex and age (孙桂兰师傅, 刘芳（女）."""
        starts = {start: flag for _, flag, start in tokens}
        found = []
        for m in ROLE_THEN_NAME.finditer(sentence):
            word = m[1]
            if word.endswith("人"):         # 来电人称…: the role itself
                continue
            if m.start(1) not in starts:    # 孙女士: no role 孙女 before 士
                continue
            cued_by_role = m.start(1) > 0 and sentence[m.start(1) - 1] not in "，,。；;：:"
            if (name_shaped(word) or (cued_by_role and len(word) <= 3 and not any(x in word for x in MASKS))) \
                    and not self._is_word(word) and self._is_person(sentence, m.start(1), word):
                found.append((m.start(1), m.end(1)))
        for m in NAME_THEN_HONORIFIC.finditer(sentence):
            end = m.start()
            for length in (4, 3, 2):
                start = end - length
                word = sentence[max(start, 0):end]
                if start < 0 or not name_shaped(word) or starts.get(start, "p") in _FUNCTION:
                    continue
                if not self._is_word(word) and self._is_person(sentence, start, word):
                    found.append((start, end))
                break
        return found

    @staticmethod
    def _told(sentence: str, start: int, length: int) -> bool:
        """The sentence names a person here: a role word before, or an honorific or telling after."""
        return bool(BEFORE.search(sentence[max(0, start - 6):start]) or AFTER.search(sentence[start + length:]))

    @staticmethod
    def _is_word(word: str) -> bool:
        tag = analyser().word_tag_tab.get(word)
        return tag is not None and tag not in _PERSON

    def _is_person(self, sentence: str, start: int, word: str) -> bool:
        after = sentence[start + len(word):]
        if word in FIGURES or CITED.match(after) or word.endswith("式"):
            return False
        if after.startswith(MASKS):         # 约谈孙某某: the name is masked, 谈孙 is no name
            return False
        if self._in_dictionary(word) and not (self._name_like(word) and self._told(sentence, start, len(word))):
            return False
        if PLACE.match(after) or _PLACE_END.search(word):
            return False
        if sentence.rfind("《", 0, start) > sentence.rfind("》", 0, start):     # a title: 《行政许可法》
            return False
        return True

    @staticmethod
    def _in_dictionary(word: str) -> bool:
        """A word of jieba's dictionary tagged as a name and used often: many are words (许可证, 宋体,
        杜绝 are ``nr`` there), unlike the names its model finds in the sentence or rare entries."""
        tagger = analyser()
        return tagger.word_tag_tab.get(word) in _PERSON and tagger.tokenizer.FREQ.get(word, 0) >= _FREQUENT

    @staticmethod
    def _name_like(word: str) -> bool:
        """Every character after the surname is one that names are made of."""
        profile = given_name_characters()
        return all(profile.get(ch, 0) >= _NAME_CHARACTER for ch in word[len(surname_of(word)):])
