"""政府信息公开: the metadata block a government notice carries above its text and in the open
data — 索引号, 发布机构, 成文日期, 发布日期, 主题分类.

The index number (索引号) comes from the office's pattern (``notice_index`` in portal.yml, e.g.
``{code}/{year}-{number}``) filled from the notice itself — its year and the number at the end
of its own id — never from its place among the others, so it is never renumbered when a notice
is added, withdrawn or corrected.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Notice

_TRAILING_NUMBER = re.compile(r"(\d+)\D*$")


@dataclass(frozen=True)
class PublicInfo:
    pattern: str            # portal.yml notice_index
    code: str               # portal.yml organization_code: 机构代码
    publisher: str          # 发布机构: the office
    topic: str              # portal.yml notice_topic: 主题分类

    @classmethod
    def of_config(cls, config) -> "PublicInfo":
        return cls(config.notice_index, config.organization_code, config.office_name, config.notice_topic)

    def index_number(self, notice: Notice) -> str:
        m = _TRAILING_NUMBER.search(notice.id)
        number = m[1].zfill(4) if m else notice.id
        text = self.pattern.format(code=self.code, year=notice.date.year, number=number, id=notice.id)
        return text.strip("/-_ ")

    def fields(self, notice: Notice) -> dict[str, object]:
        """By open-data column name: index_no, publisher, written_date, published_date, topic."""
        return {"index_no": self.index_number(notice), "publisher": self.publisher, "written_date": notice.date,
                "published_date": notice.publish_date or notice.date, "topic": self.topic}


# The open data's columns for it: (name, 中文, frictionless type, description zh, en).
COLUMNS = (("index_no", "索引号", "string", "政府信息公开索引号，不随重新生成而变", "public-information index number; stable"),
           ("publisher", "发布机构", "string", "", "publishing body"),
           ("written_date", "成文日期", "date", "即通报日期", "date written (the notice date)"),
           ("published_date", "发布日期", "date", "公开日期，未填时为通报日期", "date published"),
           ("topic", "主题分类", "string", "", "subject category"))
