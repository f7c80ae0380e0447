"""政府信息公开 metadata of notices: the index number is made from the notice itself.

Read where the public meets it: the 政府信息公开 block on each notice's page and the same
columns of opendata/notices.csv, in small sites built with an office's portal.yml.
"""
import csv
import io
import re
import textwrap
from html import unescape
from pathlib import Path

import pytest

from sitebuild import AS_OF, ROOT
from generator.site import build_site

CODE = "11360700MB0000000X"


def _notice(folder: Path, notice_id: str, day: str, publish: str | None = None) -> None:
    extra = f"publish_date: {publish}\n" if publish else ""
    (folder / "notices").mkdir(parents=True, exist_ok=True)
    (folder / "notices" / f"{notice_id}.md").write_text(textwrap.dedent(f"""\
        ---
        id: {notice_id}
        date: {day}
        title: 关于县自然资源局上班时间玩游戏问题的通报（{notice_id}）
        units: [县自然资源局]
        subject: 县自然资源局工作人员张某
        issue: 玩游戏
        sanctions: [通报批评]
        """) + extra + "---\n正文。\n", encoding="utf-8")


class Site:
    def __init__(self, root: Path, settings: str):
        self.root = root
        self.data = root / "data"
        (self.data).mkdir(parents=True)
        (self.data / "units.yaml").write_text("units:\n  - 单位名称: 县自然资源局\n    单位代码: zrzyj\n", encoding="utf-8")
        self.config = root / "portal.yml"
        self.config.write_text(settings, encoding="utf-8")

    def build(self):
        result = build_site(self.data, self.root / "site", AS_OF, config_path=self.config, project_dir=ROOT,
                            cache_dir=self.root / "cache")
        assert result.ok, [p.format() for p in result.data.report.errors]
        return result

    def block(self, notice_id: str) -> dict[str, str]:
        """The 政府信息公开 block of the notice's page: label -> what it shows."""
        html = (self.root / "site" / "notices" / notice_id / "index.html").read_text(encoding="utf-8")
        table = re.search(r'<table class="[^"]*portal-public-info">(.*?)</table>', html, re.S)[1]
        return {unescape(label): unescape(value)
                for label, value in re.findall(r'<th scope="row">(.*?)</th><td[^>]*>(.*?)</td>', table)}

    def rows(self) -> dict[str, dict[str, str]]:
        text = (self.root / "site" / "opendata" / "notices.csv").read_bytes().decode("utf-8-sig")
        return {r["id"]: r for r in csv.DictReader(io.StringIO(text))}

    def index_numbers(self) -> dict[str, str]:
        """Each notice's 索引号 as its page shows it; the open data must say the same."""
        rows = self.rows()
        shown = {notice_id: self.block(notice_id)["索引号"] for notice_id in rows}
        assert shown == {notice_id: row["index_no"] for notice_id, row in rows.items()}
        return shown


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """An office with its 机构代码 and the default pattern, whose notices use neither number
    nor digits in one case."""
    site = Site(tmp_path_factory.mktemp("office"), f"organization_code: {CODE}\n")
    _notice(site.data, "TB-2025-0007", "2025-06-01")
    _notice(site.data, "GONGGAO", "2026-03-05")
    site.build()
    return site


def test_the_index_number_follows_the_pattern_and_never_depends_on_other_notices(office):
    before = office.index_numbers()
    assert before == {"TB-2025-0007": f"{CODE}/2025-0007", "GONGGAO": f"{CODE}/2026-GONGGAO"}
    _notice(office.data, "TB-2025-0003", "2025-02-01")      # a notice added afterwards, dated before
    office.build()
    assert office.index_numbers() == {**before, "TB-2025-0003": f"{CODE}/2025-0003"}


@pytest.mark.parametrize("settings,notice,expected", [
    ('notice_index: "{year}-{id}"\n', ("TB-2026-12", "2026-03-05"), "2026-TB-2026-12"),
    ("", ("GONGGAO", "2026-03-05"), "2026-GONGGAO"),     # no 机构代码: no separator left in front of the year
])
def test_other_patterns_and_numbers_without_digits(tmp_path, settings, notice, expected):
    site = Site(tmp_path, settings)
    _notice(site.data, *notice)
    site.build()
    assert site.index_numbers() == {notice[0]: expected}


def test_the_block_names_publisher_dates_and_topic(tmp_path):
    site = Site(tmp_path, "office_name: 青山县机关效能投诉中心\nnotice_topic: 综合政务/督查\n")
    _notice(site.data, "TB-2025-0001", "2025-04-01", publish="2025-04-03")
    site.build()
    assert site.block("TB-2025-0001") == {"索引号": "2025-0001", "发布机构": "青山县机关效能投诉中心",
                                          "成文日期": "2025年4月1日", "发布日期": "2025年4月3日",
                                          "主题分类": "综合政务/督查"}
    row = site.rows()["TB-2025-0001"]
    assert {k: row[k] for k in ("index_no", "publisher", "written_date", "published_date", "topic")} == {
        "index_no": "2025-0001", "publisher": "青山县机关效能投诉中心", "written_date": "2025-04-01",
        "published_date": "2025-04-03", "topic": "综合政务/督查"}
