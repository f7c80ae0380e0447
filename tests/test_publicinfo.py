"""政府信息公开 metadata of notices: the index number is made from the notice itself."""
import datetime as dt

from generator.config import Config
from generator.model import Notice
from generator.publicinfo import PublicInfo


def _notice(notice_id, day, publish=None):
    return Notice(notice_id, dt.date.fromisoformat(day), "通报", ["zrzyj"], "玩游戏", ["通报批评"],
                  publish_date=publish and dt.date.fromisoformat(publish))


def test_the_index_number_follows_the_pattern_and_never_depends_on_other_notices():
    info = PublicInfo.of_config(Config(organization_code="11360700MB0000000X"))
    later = _notice("TB-2025-0007", "2025-06-01")
    before = info.index_number(later)
    earlier = _notice("TB-2025-0003", "2025-02-01")     # a notice added afterwards, dated before
    assert before == "11360700MB0000000X/2025-0007" == info.index_number(later)
    assert info.index_number(earlier) == "11360700MB0000000X/2025-0003"


def test_other_patterns_and_numbers_without_digits():
    info = PublicInfo("{year}-{id}", "", "县效能办", "综合政务")
    assert info.index_number(_notice("TB-2026-12", "2026-03-05")) == "2026-TB-2026-12"
    assert PublicInfo("{code}/{year}-{number}", "", "", "").index_number(_notice("GK", "2026-03-05")) == "2026-GK"


def test_the_block_names_publisher_dates_and_topic():
    info = PublicInfo.of_config(Config(office_name="青山县机关效能投诉中心", notice_topic="综合政务/督查"))
    fields = info.fields(_notice("TB-2025-0001", "2025-04-01", publish="2025-04-03"))
    assert fields == {"index_no": "2025-0001", "publisher": "青山县机关效能投诉中心",
                      "written_date": dt.date(2025, 4, 1), "published_date": dt.date(2025, 4, 3),
                      "topic": "综合政务/督查"}
