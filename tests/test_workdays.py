"""Deadlines under the statutory calendar and the Civil Code's counting rules."""
import datetime as dt

from hypothesis import given, strategies as st

from generator.workdays import DeadlineRule, WorkCalendar

CAL = WorkCalendar()
known_days = st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2026, 10, 31))


def test_fifteen_working_days_across_national_day_with_make_up_workdays():
    # 2025-09-28 (Sunday) and 2025-10-11 (Saturday) are make-up workdays.
    assert CAL.add_workdays(dt.date(2025, 9, 26), 15) == dt.date(2025, 10, 23)
    assert CAL.deadline(dt.date(2025, 9, 26), DeadlineRule(15, working=True)) == dt.date(2025, 10, 23)


def test_calendar_days_ending_on_a_holiday_move_to_the_next_working_day():
    # 2025-09-24 + 7 days = 2025-10-01, National Day; the holiday ends 10-08.
    assert CAL.deadline(dt.date(2025, 9, 24), DeadlineRule(7, working=False)) == dt.date(2025, 10, 9)
    # ending on a make-up Sunday stays there
    assert CAL.deadline(dt.date(2025, 9, 21), DeadlineRule(7, working=False)) == dt.date(2025, 9, 28)


def test_start_day_is_not_counted():
    # Friday 2025-03-07 + 1 working day = Monday 2025-03-10
    assert CAL.add_workdays(dt.date(2025, 3, 7), 1) == dt.date(2025, 3, 10)
    assert CAL.workdays_between(dt.date(2025, 3, 7), dt.date(2025, 3, 10)) == 1


@given(known_days, st.integers(min_value=1, max_value=60))
def test_adding_then_counting_working_days_agree(start, n):
    due = CAL.add_workdays(start, n)
    assert CAL.is_workday(due)
    assert CAL.workdays_between(start, due) == n
    assert CAL.workdays_between(start, due - dt.timedelta(days=1)) == n - 1


@given(known_days, st.integers(min_value=1, max_value=30))
def test_calendar_day_deadlines_fall_on_working_days_no_earlier_than_n_days(start, n):
    due = CAL.deadline(start, DeadlineRule(n, working=False))
    assert CAL.is_workday(due)
    assert due >= start + dt.timedelta(days=n)
    day = start + dt.timedelta(days=n)
    while day < due:
        assert not CAL.is_workday(day)
        day += dt.timedelta(days=1)


@given(known_days, known_days)
def test_counting_is_additive(a, b):
    a, b = min(a, b), max(a, b)
    mid = a + (b - a) / 2
    assert CAL.workdays_between(a, b) == CAL.workdays_between(a, mid) + CAL.workdays_between(mid, b)


def test_unknown_year_is_a_warning_naming_the_year(data):
    data.write("cases/a.csv", "投诉编号,受理日期,投诉渠道,投诉类别,被投诉单位,投诉事项,办理类型,办理状态\n"
               "QX-1,2026-12-20,来访,办事效率,县自然资源局,反映办理慢,复杂,办理中\n")
    assert data.messages(severity="warning", as_of=dt.date(2027, 1, 31)) == [
        "data/holidays.yaml：2027 年的法定节假日和调休安排尚未收录，暂按周一至周五为工作日计算；请在 data/holidays.yaml 中补充 2027 年的安排"]


def test_office_holiday_file_supplies_a_year(data):
    data.write("holidays.yaml", """\
        放假: [2027-01-01~2027-01-03]
        调休上班: [2027-01-09]
        """)
    data.write("cases/a.csv", "投诉编号,受理日期,投诉渠道,投诉类别,被投诉单位,投诉事项,办理类型,办理状态\n"
               "QX-1,2026-12-20,来访,办事效率,县自然资源局,反映办理慢,复杂,办理中\n")
    result = data.read(as_of=dt.date(2027, 1, 31))
    assert result.report.warnings == []
    # 15 working days after Sun 2026-12-20: 12-21..12-31 (9), 01-04..01-08 (5), Sat 01-09 (make-up) = 15
    assert result.deadlines["QX-1"].due_date == dt.date(2027, 1, 9)


def test_bad_holiday_entry(data):
    data.write("holidays.yaml", "holidays: [2027-01-05~2027-01-01]\n")
    assert data.messages() == ["data/holidays.yaml 第1行「holidays」：“2027-01-05~2027-01-01” 不是有效的日期或日期范围，应写成 2027-10-01 或 2027-10-01~2027-10-07"]


def test_derived_deadline_fields(data):
    data.write("cases/a.csv", "投诉编号,受理日期,投诉渠道,投诉类别,被投诉单位,投诉事项,办理状态,办结日期,核查结论,处理结果\n"
               "QX-1,2025-03-05,来访,办事效率,县自然资源局,慢,已办结,2025-03-12,属实,整改\n"
               "QX-2,2025-03-05,来访,办事效率,县自然资源局,慢,已办结,2025-03-13,属实,整改\n"
               "QX-3,2026-11-10,来访,办事效率,县自然资源局,慢,办理中,,,\n"
               "QX-4,2026-11-20,来访,办事效率,县自然资源局,慢,已受理,,,\n")
    d = data.read().deadlines
    assert (d["QX-1"].due_date, d["QX-1"].on_time, d["QX-1"].calendar_days, d["QX-1"].working_days) == (
        dt.date(2025, 3, 12), True, 7, 5)
    assert (d["QX-2"].on_time, d["QX-2"].overdue) == (False, False)
    assert (d["QX-3"].due_date, d["QX-3"].overdue, d["QX-3"].on_time, d["QX-3"].calendar_days) == (
        dt.date(2026, 11, 17), True, None, 13)
    assert (d["QX-4"].overdue, d["QX-4"].is_open) == (False, True)
