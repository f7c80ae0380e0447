"""What personal data looks like in a clerk's text: the detector behind the gate.

:class:`Detector` finds, in one text, the values that point to a person, each
as a :class:`Hit` with its kind and position.  Numbers are found with patterns
that use digit look-arounds (``\\b`` never matches next to Chinese characters)
and then confirmed by their own structure, never by a list of places: a
resident ID keeps the area code of the county that first issued it, long after
that county was renamed or merged, so an ID is one whose province exists, whose
birth date is a real day and whose check digit is right.  Personal names come
from :mod:`names`.  The office's own public contacts are never hits.

The detector is used everywhere the portal looks for personal data: the data
files, the hand-written pages and any built site (``portal audit``).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from stdnum import luhn
from stdnum.cn import ric, uscc

from .names import NameFinder, surname_of

# The kinds of personal data, as the gate reports them (problem codes).
ID = "personal_id"
MOBILE = "personal_mobile"
EMAIL = "personal_email"
CARD = "personal_card"
IM = "personal_im"              # a QQ number or WeChat id given as a contact
ADDRESS = "personal_address"    # a home address down to the building, door or room
PLATE = "plate"
NAME = "name"
KNOWN_VALUE = "known_value"     # a value of the row's own unpublished name or phone column

# Province-level codes (the first two digits of an ID's area code): these have not changed
# since IDs were first issued, unlike the county codes after them.
PROVINCE_CODES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    "71", "81", "82", "83",    # residence permits of Taiwan, Hong Kong and Macao residents
})

_SEP = r"[ \-]?"
# 18 characters, optionally written in groups (110105 19491231 002X, 110105-1949-1231-002X).
ID18 = re.compile(rf"(?<![0-9A-Za-z])([1-8]\d(?:{_SEP}\d){{15}}{_SEP}[\dXx])(?![0-9A-Za-z])")
ID15 = re.compile(rf"(?<![0-9A-Za-z])([1-8]\d(?:{_SEP}\d){{13}})(?![0-9A-Za-z])")
# Written whole or grouped 3-4-4 ("138 1234 5678"), 7-4 ("1381234 5678") or 3-8 ("138-12345678"); other
# groupings are tables of numbers.
MOBILE_NUMBER = re.compile(r"(?<![0-9A-Za-z+])((?:\+?86[ -]?)?1[3-9]\d(?:\d{8}|([ -])\d{4}\2\d{4}|\d{4}[ -]\d{4}|[ -]\d{8}))(?![0-9A-Za-z])")
# A mailbox the text says is an office's (单位公共邮箱, 信访邮箱), not a person's.
OFFICE_MAILBOX = re.compile(r"(?:公共|单位|公开|信访|官方|受理|举报|政务|投诉)邮箱[：:为是]?\s*$")
EMAIL_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CARD_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{4}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?)(?![0-9A-Za-z])")
CARD_CONTEXT = re.compile(r"银行|卡号|账号|帐号|账户|帐户|开户|储蓄卡|信用卡|借记卡|银联|工资卡|社保卡|收款|转账|汇款|退款|"
                          r"[建工农中交招]行|邮储|信用社|农商行|"
                          r"card|account", re.I)
NOT_A_CARD = re.compile(r"(?:订单|工单|流水|单|编|批次|档案|合同|文件|发票|序列|条码)号?\s*[:：]?\s*$")
# A QQ number or WeChat id given as a way to reach someone (not a public account: 公众号).
IM_ID = re.compile(
    r"(?:(?:QQ|qq|扣扣)(?:号码|号|账号|帐号)?|(?:微信|weixin|WeChat|vx|VX|wx|V信)(?!公众|群|小程序|支付)(?:号|账号|帐号|名|id|ID|用户)?)"
    r"\s*(?:是|为)?\s*[:：（(“\"]?\s*"
    r"(?:(?<=[QqXx信号码是为:：（(“\"\s])([1-9]\d{4,10})|([A-Za-z][-_A-Za-z0-9]{5,19}))(?![-_A-Za-z0-9@.])")
CREDIT_CODE_CONTEXT = re.compile(r"信用代码|代码|机构|企业|公司|营业执照|税号|纳税人识别号")
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
VEHICLE_PLATE = re.compile(rf"[{PROVINCES}][A-HJ-NP-Z]"
                           r"[·•.\- ]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳](?![A-Za-z0-9])")

# A home address reaches a building, a door or a room: a number with one of these after it.
_NUM = r"(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,4})"
_DOOR = (rf"(?<!\d){_NUM}(?:号楼|号院|栋|幢|座|号|单元|室|楼|层|户|组|社|排|弄|巷|支巷|区)"
         r"|[A-Za-z](?:座|栋|幢|区)")
ADDRESS_TAIL = re.compile(
    rf"(?:{_DOOR}|(?<![\d\-])\d{{1,3}}(?:-\d{{1,2}})?-\d{{3,4}}(?![\d\-]))"
    rf"(?:[ \-]?(?:{_DOOR}|\d{{2,5}}(?:室|房|号|单元)?|[A-Za-z](?:室|房)|\d+-\d+(?:-\d+)?))*")
# A building (and its entrance) or a village group with no door, floor or room: dozens of households, not
# one (阳光花园17幢楼顶, 11号楼3单元门口, 徐圩村10组, …组7户群众), unless it is said to be someone's home.
BUILDING_ONLY = re.compile(rf"(?:{_NUM}(?:号楼|栋|幢|座|单元|组|社|排|区|户)|[A-Za-z](?:座|栋|幢|区))+")
# Building, unit and room together are a home whatever the estate is called (江南明珠23栋3单元301室).
DWELLING = re.compile(r"(?:栋|幢|号楼|座).*(?:室|房|单元\D*\d{2,4}|\d{3,4}单元)|\d{1,3}-\d{1,2}-\d{3,4}$")
# What the place before the numbers ends in for the numbers to be a home's.
ADDRESS_PLACE = re.compile(
    r"[\u4e00-\u9fff]{1,10}(?:小区|花园|家园|新村|公寓|苑|园|庭|府|湾|城|里|坊|村|组|屯|庄|寨|社区|宿舍|大院|院|"
    r"路|街|大街|大道|巷|弄|胡同|道|楼|大厦|广场|公馆|山庄|名都|佳苑|雅居|国际|中心|坡|坪|坝|沟|洼|营|堡|铺|岗|塬|"
    r"围|社|寮|厝|墩|仔)(?:[东西南北中]段?)?$")
# Places of the state and of business: their rooms and doors are public addresses.
PUBLIC_PLACE = re.compile(r"(?:政府|中心|大厅|窗口|局|委|办公楼|办公室|会议室|法院|检察院|医院|卫生院|学校|学院|中学|小学|"
                          r"幼儿园|银行|公司|派出所|政务|服务|管理处|办事处|街道办|党群|便民|站|所|馆|厂|营业厅|超市|"
                          r"商场|市场|酒店|宾馆|车站|大楼|大厦|工业园|工业区|产业园|科技园)[\u4e00-\u9fff]{0,3}$")
RESIDENTIAL = re.compile(r"(?:宿舍|小区|家属院|家属区|新村|公寓|花园|苑|家园|住宅)$")
_PLACE_LEAD = re.compile(r"[在到至于住是为往向的从对将把和与及、]|巡查|位于|家住|居住|租住|现住|反映|称")
# Words that say a home; with 地址, any address (an office's 来信地址 is no one's home).
_HOME_WORDS = re.compile(r"住址|家住|居住|住在|现住|户籍|住于|住户|租住|居所|住宅|家中|家[（(]|家在|屋在|户主")
_ADDRESS_WORDS = re.compile(rf"{_HOME_WORDS.pattern}|地址")
# An office's address after it, in the same sentence (…登记中心电话…预约办理，地址：…).
_OFFICE_THEN_ADDRESS = re.compile(r"(?:中心|局|委|所|站|院|公司|大厅|窗口)[^。；;]{0,40}地址[：:]\s*[\u4e00-\u9fff]{0,12}$")
# A firm's domicile, as a decision on it gives it (当事人…有限公司，统一社会信用代码…，住所…).
_FIRM_DOMICILE = re.compile(r"(?:公司|厂|合作社|信用代码)[^。；;]{0,60}住所(?:地)?[：:为]?[\u4e00-\u9fff]{0,12}$")
# What ends the name of a business or a school whose address may be given (周大福珠宝（民主路302号）).
_BUSINESS = (r"中学|小学|大学|学校|中专|职校|幼儿园|珠宝|金店|拌粉|米粉|粉店|凉茶|煨汤|米线|超市|火锅|烧烤|茶庄|面馆|药房|药店|"
             r"门店|专卖店|便利店|餐厅|饭店|酒店|宾馆|诊所|医院|银行|商场|市场|公司|加油站|网吧|网咖|歌厅|浴池|旅馆")
# An office's or a firm's street address: given as one (办公地址：…), in brackets after its name
# (…有限公司（长征大道4号）), or with the building after it (和平路191号县政务服务中心2楼).
_OFFICE_ADDRESS_BEFORE = re.compile(r"(?:办公地址|单位地址|办公场所|营业场所|经营场所|注册地址|注册地|公司地址|经营地址|"
                                    r"来信地址|来访地址|受理地址|来信请寄|来函请寄|信件请寄|门店地址|店铺地址|商铺地址|接待地址|"
                                    r"设在|设于|寄信至|"
                                    r"(?:中心|局|委|办|院|所|站|公司|大厅)地址|(?:公司|厂|中心|局|集团|合作社)(?:在|位于))"
                                    r"(?:为|是)?[：:]?[\u4e00-\u9fff]{0,12}$"
                                    rf"|(?:公司|局|中心|院|所|站|行|社|馆|店|厂|委|办|市|锅|面|汤|粉|{_BUSINESS})[（(](?:地址[：:])?[\u4e00-\u9fff]{{0,10}}$")
_OFFICE_ADDRESS_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:县委|县政府|市委|市政府|大院|政务服务中心|服务中心|"
                                   r"办公楼|行政中心|市民中心|人民政府|委员会|纪委|监委|信访|法院|检察院|派出所|管理局|"
                                   r"服务大厅|办事大厅|便民服务)"
                                   # an office in brackets after it (…号门前（区民政局办公楼）)
                                   r"|^[\u4e00-\u9fff]{0,3}[（(][^（）()]{0,14}(?:办公楼|局|中心|委员会|政府|法院|学校|医院|公司)"
                                   # an office's name right after it (…号县水务局（邮编…）)
                                   r"|^[\u4e00-\u9fff]{0,12}?(?:局|委员会|集团|支队|大队|中心)(?=[（(，,。；;]|$)"
                                   # a shop or a school there (位于文明路600号的张记烧烤, 长征路170号“老周拌粉”门店)
                                   rf"|^的[^\s家楼住隔，,。；;]{{0,8}}?(?:{_BUSINESS}|店|馆)|^的[\u4e00-\u9fff]{{1,2}}记|^[“\"「]|^(?:办公|营业|经营|开业)"
                                   # a landmark, or a stretch of road between two doors (人民路76号附近, 529号至…号段)
                                   r"|^(?:附近|一带|路段|路口|[东西南北]侧|段(?![\u4e00-\u9fff]{2})|(?:至|到|—|～|~)[\u4e00-\u9fff]{0,8}\d+号路?段)"
                                   # a shop's unit (…号首层3号铺)
                                   r"|^(?:首层|[\dA-Za-z\-]{0,6}(?:铺|档口))")

# Something every pattern above needs: most texts have none of it and are passed at once.
_QUICK = re.compile(rf"\d{{3}}|@|[{PROVINCES}][A-HJ-NP-Z]|QQ|qq|扣扣|微信|weixin|WeChat|vx|VX|wx|V信|"
                    rf"[一二三四五六七八九十]{{1,4}}(?:号|栋|幢|单元|室|组)|[A-Za-z](?:座|栋|幢)|\d+(?:号|栋|幢|单元|室|组)")


@dataclass(frozen=True)
class Hit:
    code: str       # one of the kinds above
    start: int
    end: int


_NOT_DIGIT = re.compile(r"\D")


def digits_of(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


_last_normalized = ("", "")


def normalized(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII) with every position kept, so a hit's
    position in the normalised text is its position in the text as written.  The gate asks
    twice in a row for each text (its patterns, then complainants' phones): the last is kept."""
    global _last_normalized
    if _last_normalized[0] == text:
        return _last_normalized[1]
    norm = unicodedata.normalize("NFKC", text)
    if len(norm) != len(text):
        norm = "".join(unicodedata.normalize("NFKC", ch)[:1] or ch for ch in text)
    _last_normalized = (text, norm)
    return norm


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return False
    return dt.date(1890, 1, 1) <= born <= dt.date.today()


def is_resident_id(value: str) -> bool:
    """18 digits (the last may be X) with a real birth date and the right check digit, or the 15
    digits of an ID issued before 1999 with a real birth date; any area code of a province."""
    value = digits_of(value[:-1]) + value[-1].upper() if len(value) > 1 else value
    if value[:2] not in PROVINCE_CODES:
        return False
    if len(value) == 18:
        return (value[:17].isdigit() and _real_date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
                and ric.calc_check_digit(value) == value[17])
    if len(value) == 15 and value.isdigit():
        return _real_date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))
    return False


_MOBILE_DIGITS = re.compile(r"1[3-9]\d{9}")


def is_mobile(value: str) -> bool:
    """Eleven digits from 13 to 19: every such block is or may become a mobile number, data-only and
    IoT blocks included (a list of the blocks in use would be out of date)."""
    return bool(_MOBILE_DIGITS.fullmatch(digits_of(value)[-11:]))


class Detector:
    """Finds personal data in one text; the office's own public contacts and the names it has
    confirmed for publication are allowed."""

    def __init__(self, public_contacts: list[str] = (), public_names: set[str] = frozenset(),
                 places: set[str] = frozenset()):
        """``places``: the office's units and their former names, which are no person's."""
        self.allowed_digits = {digits_of(normalized(x)) for x in public_contacts if digits_of(x)}
        self.allowed_emails = {x.strip().lower() for x in public_contacts if "@" in x}
        self.allowed_texts = {normalized(x).strip() for x in public_contacts if x.strip()}
        self.names = NameFinder(public_names, places)

    def _allowed(self, value: str) -> bool:
        digits = digits_of(value)
        return (digits in self.allowed_digits or digits.removeprefix("86") in self.allowed_digits
                or value.lower() in self.allowed_emails or value in self.allowed_texts)

    def learn(self, texts) -> None:
        """Get ready to scan these texts (the names in them are analysed at once, on both cores)."""
        self.names.learn(texts)

    def scan(self, text: str) -> list[Hit]:
        norm = normalized(text)
        hits: list[Hit] = []
        taken: list[tuple[int, int]] = []

        def add(code: str, start: int, end: int) -> None:
            if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
                return
            taken.append((start, end))
            hits.append(Hit(code, start, end))

        if _QUICK.search(norm):
            self._numbers(norm, add)
            self._addresses(norm, add)
        for start, end in self.names.find(text):      # LAC reads full-width forms itself
            add(NAME, start, end)
        return sorted(hits, key=lambda hit: hit.start)

    def _numbers(self, norm: str, add) -> None:
        for m in ID18.finditer(norm):
            value = digits_of(m[1][:-1]) + m[1][-1].upper()
            # An all-digit credit code may pass the ID check too; only its label tells them apart.
            credit_code = uscc.is_valid(value) and CREDIT_CODE_CONTEXT.search(norm[max(0, m.start() - 12):m.start()])
            if is_resident_id(value) and not credit_code and not self._allowed(value):
                add(ID, m.start(1), m.end(1))
        for m in ID15.finditer(norm):
            if is_resident_id(digits_of(m[1])) and not self._allowed(m[1]):
                add(ID, m.start(1), m.end(1))
        for m in EMAIL_ADDRESS.finditer(norm):
            if not self._allowed(m[0]) and not OFFICE_MAILBOX.search(norm[max(0, m.start() - 12):m.start()]):
                add(EMAIL, m.start(), m.end())
        for m in CARD_NUMBER.finditer(norm):
            number = digits_of(m[1])
            before = norm[max(0, m.start() - 16):m.start()]
            in_context = CARD_CONTEXT.search(before) or (number.startswith("62") and not NOT_A_CARD.search(before))
            if 16 <= len(number) <= 19 and luhn.is_valid(number) and in_context and not self._allowed(number):
                add(CARD, m.start(1), m.end(1))
        for m in IM_ID.finditer(norm):
            group = 1 if m[1] else 2
            if not self._allowed(m[group]):
                add(IM, m.start(group), m.end(group))
        for m in MOBILE_NUMBER.finditer(norm):
            if is_mobile(m[1]) and not self._allowed(digits_of(m[1])[-11:]):
                add(MOBILE, m.start(1), m.end(1))
        for m in VEHICLE_PLATE.finditer(norm):
            add(PLATE, m.start(), m.end())

    def _addresses(self, norm: str, add) -> None:
        for m in ADDRESS_TAIL.finditer(norm):
            if not re.search(r"\d|[一二三四五六七八九十]", m[0]) or re.fullmatch(rf"{_NUM}区", m[0]):
                continue        # 翠苑一区: a part of an estate, no door
            before = norm[max(0, m.start() - 14):m.start()]
            lead = norm[max(0, m.start() - 24):m.start()]      # where what the numbers are is said
            place = ADDRESS_PLACE.search(before)
            told = _ADDRESS_WORDS.search(lead)
            dwelling = DWELLING.search(m[0])
            if not place and not told and not dwelling:
                continue
            if place:     # the place's name, not the words before it (由网格员…巡查南门新村)
                name = _PLACE_LEAD.split(place[0])[-1] or place[0]
                start = m.start() - len(name)
            else:
                start = m.start()
            home = _HOME_WORDS.search(lead)
            # A door alone ("3号") needs a street before it, or a home said (家住幸福路南三巷18号); a room
            # or building is enough with a place.
            if place is None and not dwelling and not re.search(r"栋|幢|单元|室|号楼|座|户", m[0]) \
                    and not (home and "号" in m[0]):
                continue
            if place and PUBLIC_PLACE.search(place[0]) and not RESIDENTIAL.search(place[0]) and not dwelling \
                    and not home:
                continue
            # (楼下, 楼顶: the 楼 of 号楼 is the house at that door's)
            if not (home and _HOME_WORDS.search(norm[max(0, start - 6):start])) and not dwelling \
                    and BUILDING_ONLY.fullmatch(re.sub(r"[ \-]", "", m[0])) \
                    and not re.match(r"[\dA-Za-z一二三四五六七八九十下上顶道梯]", norm[m.end():m.end() + 1]):
                continue
            if not home and not dwelling and (
                    _OFFICE_ADDRESS_BEFORE.search(norm[max(0, start - 20):start])
                    or _FIRM_DOMICILE.search(norm[max(0, m.start() - 90):m.start()])
                    or _OFFICE_THEN_ADDRESS.search(norm[max(0, m.start() - 70):m.start()])
                    or _OFFICE_ADDRESS_BEFORE.search(lead)
                    or _OFFICE_ADDRESS_AFTER.match(norm[m.end():m.end() + 16])):
                continue        # an office's or a firm's address, not a home
            if any(norm[start:m.end()] in text for text in self.allowed_texts):     # the office's own address
                continue
            add(ADDRESS, start, m.end())


def mask(text: str, hit: Hit, context: int = 6) -> str:
    """An excerpt with the value masked: enough to find it, never enough to use it."""
    value = text[hit.start:hit.end]
    # Long numbers keep their first three and last two characters (as 138******78);
    # short values such as names keep only the first, so most of any value stays hidden.
    short = len(value) <= 8 or hit.code in (NAME, PLATE, ADDRESS)
    keep = 1 if short else 3
    tail = 0 if short or hit.code == EMAIL else 2
    if hit.code == EMAIL:
        local, _, domain = value.partition("@")
        masked = local[:1] + "***@" + domain[:1] + "***"
    else:
        masked = value[:keep] + "*" * max(len(value) - keep - tail, 1) + (value[-tail:] if tail else "")
    before = text[max(0, hit.start - context):hit.start]
    after = text[hit.end:hit.end + context]
    return ("…" if hit.start > context else "") + before + masked + after + ("…" if hit.end + context < len(text) else "")


def redacted(text: str, hit: Hit) -> str:
    """The form a name or plate may be published in, to suggest to the clerk: it shows no more of
    the value than the masked excerpt does.  The other kinds' messages name their own form."""
    value = text[hit.start:hit.end]
    if hit.code == NAME:
        return surname_of(value) + "某"
    if hit.code == PLATE:
        return value[:2] + "*****"
    return ""
