"""Value parsing, with property tests over the shapes clerks type."""
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from generator.normalize import (Invalid, normalize_header, parse_date, parse_money, parse_period, parse_yesno,
                                 period_bounds, split_list)

dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@given(dates, st.sampled_from(["{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}", "{y}.{m}.{d}", "{y}年{m}月{d}日",
                               "{y}-{m}-{d} 00:00:00", " {y}/{m:02d}/{d:02d}\u3000"]), st.booleans())
def test_every_date_shape_parses_back(day, shape, full_width):
    text = shape.format(y=day.year, m=day.month, d=day.day)
    if full_width:
        text = text.translate(FULL_WIDTH)
    assert parse_date(text) == day


@given(st.text(max_size=12))
def test_date_parser_accepts_only_dates(text):
    try:
        parsed = parse_date(text)
    except Invalid as exc:
        assert exc.code in ("date", "date_nonexistent")
    else:
        assert isinstance(parsed, dt.date)


@pytest.mark.parametrize("text", ["2025-02-30", "2025/13/1", "2025年0月1日"])
def test_nonexistent_days(text):
    with pytest.raises(Invalid) as exc:
        parse_date(text)
    assert exc.value.code == "date_nonexistent"


@pytest.mark.parametrize("text,value", [("是", True), ("否", False), ("Y", True), ("n", False), ("true", True),
                                        ("FALSE", False), ("ｙ", True)])
def test_yes_no(text, value):
    assert parse_yesno(text) is value


@pytest.mark.parametrize("text,value", [("1,234.50", "1234.50"), ("1234.5元", "1234.5"), ("¥1,234.50", "1234.50"),
                                        ("￥８０", "80"), ("0", "0")])
def test_money(text, value):
    assert parse_money(text) == Decimal(value)


@given(st.decimals(min_value=0, max_value=10**9, places=2))
def test_money_round_trips_through_formatting(amount):
    assert parse_money(f"¥{amount:,.2f}") == amount
    assert parse_money(f"{amount}元") == amount


@pytest.mark.parametrize("text,period", [("2025", "2025"), ("2025-Q1", "2025-Q1"), ("2025q4", "2025-Q4"),
                                         ("2025年第三季度", "2025-Q3"), ("2025-3", "2025-03"), ("2025年12月", "2025-12")])
def test_periods(text, period):
    assert parse_period(text) == period


def test_period_bounds():
    assert period_bounds("2025-Q1") == (dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert period_bounds("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert period_bounds("2025-12") == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert period_bounds("2025") == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_list_separators():
    assert split_list("效能告诫；退还收费;诫勉谈话、书面检查,通报批评，批评教育") == [
        "效能告诫", "退还收费", "诫勉谈话", "书面检查", "通报批评", "批评教育"]


def test_header_normalisation():
    assert normalize_header(" 退还金额（元） ") == normalize_header("退还金额") == "退还金额"
    assert normalize_header("Case_ID") == "case_id"
    assert normalize_header("*受理\u3000日期(年月日)") == "受理日期"


@given(dates, st.times(), st.sampled_from(["{d} {t:%H:%M:%S}", "{d} {t:%H:%M}", "{d}T{t:%H:%M:%S}",
                                           "{d} {t.hour}时{t.minute}分"]))
def test_a_date_with_its_time_of_day_is_that_date(day, time, shape):
    """Offices' systems export date-times (来电时间 2025-06-01 09:12:33): the date is what is published."""
    assert parse_date(shape.format(d=day.isoformat(), t=time)) == day


def test_a_time_that_does_not_exist_is_no_date():
    with pytest.raises(Invalid):
        parse_date("2025-06-01 25:10")
