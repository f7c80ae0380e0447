"""RSS 2.0 and Atom feeds for the press, made with feedgen.

Rules journalists rely on: a guid is the record's permanent URL and never
changes; dates are RFC 822 with +0800; ``lastBuildDate`` comes from the data,
never the clock, so the same data gives byte-identical feeds; a correction
updates the item (the note leads its description, the Atom ``updated`` date
moves) without re-announcing it as new.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from feedgen.feed import FeedGenerator

from . import i18n
from .config import Config
from .derive import Deadline
from .disclose import Disclosure
from .contract import STATUS_CLOSED
from .model import Case, Notice, category_slug
from .pipeline import TIMEZONE

def _at_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=TIMEZONE)


@dataclass
class Item:
    url: str
    title: str
    description: str
    published: dt.date
    updated: dt.date
    categories: list[str]
    key: str


@dataclass
class Feed:
    path: str               # folder relative to the site root: "", "cases/", "units/zrzyj/"
    title: str
    page: str               # the HTML page it belongs to
    items: list[Item] = field(default_factory=list)

    @property
    def rss(self) -> str:
        return f"{self.path}feed.xml"

    @property
    def atom(self) -> str:
        return f"{self.path}atom.xml"


def publication_date(case: Case) -> dt.date:
    """When a case became public: its publish date, else when it was closed, else received."""
    return case.publish_date or case.closed_date or case.received_date


class FeedBuilder:
    def __init__(self, disclosure: Disclosure, deadlines: dict[str, Deadline], config: Config):
        self.disclosure, self.deadlines, self.config = disclosure, deadlines, config
        self.lang = config.lang
        self.units = disclosure.unit_names

    def t(self, key: str, **params) -> str:
        return i18n.label(key, self.lang, **params)

    def _punctuation(self) -> tuple[str, str, str, str]:
        return self.t("colon"), self.t("lparen"), self.t("rparen"), self.t("comma")

    def case_item(self, case: Case) -> Item:
        c, lp, rp, cm = self._punctuation()
        d = self.deadlines[case.case_id]
        unit = self.units[case.unit_code]
        outcome = case.finding or case.status
        title = f"{unit}｜{case.category}｜{outcome}{lp}{case.case_id}{rp}"
        facts = [f"{self.t('tl_received')}{c}{case.received_date.isoformat()}",
                 f"{self.t('tl_due')}{c}{d.due_date.isoformat()}{lp}{d.rule.describe(self.lang)}{rp}"]
        if case.closed_date and case.status == STATUS_CLOSED:
            facts.append(f"{self.t('tl_closed')}{c}{case.closed_date.isoformat()}{cm}{self.t('badge_' + d.timeliness)}")
        else:
            facts.append(f"{self.t('feed_status')}{c}{case.status}{cm}{self.t('badge_' + d.timeliness)}")
        if case.finding:
            facts.append(f"{self.t('feed_finding')}{c}{case.finding}")
        if case.actions:
            facts.append(f"{self.t('feed_actions')}{c}{'；'.join(case.actions)}")
        if case.refund_amount:
            facts.append(f"{self.t('feed_refund')}{c}{case.refund_amount:,.2f}")
        text = f"{case.summary}\n" + "\n".join(facts)
        if case.outcome:
            text += f"\n{self.t('feed_outcome')}{c}{case.outcome}"
        if case.correction:
            text = f"【{self.t('correction')} {case.correction_date.isoformat()}】{case.correction}\n" + text
        published = publication_date(case)
        return Item(f"{self.config.base_url}cases/{case.case_id}/", title, text, published,
                    max(published, case.correction_date or published), [unit, case.category, self.t("cases_short")],
                    case.case_id)

    def notice_item(self, notice: Notice) -> Item:
        c, lp, rp, cm = self._punctuation()
        units = "、".join(self.units[u] for u in notice.units)
        text = (f"{notice.date.isoformat()}｜{units}｜{notice.issue}\n"
                f"{self.t('sanctions')}{c}{'；'.join(notice.sanctions)}")
        if notice.subject:
            text += f"\n{self.t('feed_subject')}{c}{notice.subject}"
        if notice.correction:
            text = f"【{self.t('correction')} {notice.correction_date.isoformat()}】{notice.correction}\n" + text
        published = notice.publish_date or notice.date
        return Item(f"{self.config.base_url}notices/{notice.id}/", notice.title, text, published,
                    max(published, notice.correction_date or published),
                    [*(self.units[u] for u in notice.units), notice.issue, self.t("notices")], notice.id)

    def feeds(self) -> list[Feed]:
        """Every feed with its newest items; item text is made only for records that make a feed's cut."""
        name, limit = self.config.site_name, self.config.feed_items
        cases = sorted(self.disclosure.cases, key=lambda c: (publication_date(c), c.case_id), reverse=True)
        notices = sorted(self.disclosure.notices, key=lambda n: (n.publish_date or n.date, n.id), reverse=True)
        made: dict[int, Item] = {}

        def item(record, make) -> Item:
            """A record in several feeds is made into an item once."""
            if id(record) not in made:
                made[id(record)] = make(record)
            return made[id(record)]

        def items(records, make) -> list[Item]:
            return [item(r, make) for r in records[:limit]]

        both = sorted(cases[:limit] + notices[:limit], key=lambda r: (
            publication_date(r) if isinstance(r, Case) else (r.publish_date or r.date),
            r.case_id if isinstance(r, Case) else r.id), reverse=True)
        make = lambda r: self.case_item(r) if isinstance(r, Case) else self.notice_item(r)  # noqa: E731
        out = [Feed("", name, "", items(both, make)),
               Feed("cases/", f"{name}｜{self.t('cases')}", "cases/", items(cases, self.case_item)),
               Feed("notices/", f"{name}｜{self.t('notices')}", "notices/", items(notices, self.notice_item))]
        cases_of: dict[str, list[Case]] = {}          # per unit, newest first
        by_category: dict[str, list[Case]] = {}
        for case in cases:
            cases_of.setdefault(case.unit_code, []).append(case)
            by_category.setdefault(case.category, []).append(case)
        for unit in self.disclosure.units:
            mine = sorted(cases_of.get(unit.code, [])[:limit] + [n for n in notices if unit.code in n.units][:limit],
                          key=lambda r: (publication_date(r) if isinstance(r, Case) else (r.publish_date or r.date),
                                         r.case_id if isinstance(r, Case) else r.id), reverse=True)
            out.append(Feed(f"units/{unit.code}/", f"{name}｜{unit.name}", f"units/{unit.code}/", items(mine, make)))
        for slug, category in sorted((category_slug(c), c) for c in by_category):
            out.append(Feed(f"cases/category/{slug}/", f"{name}｜{category}", f"cases/category/{slug}/",
                            items(by_category[category], self.case_item)))
        for feed in out:
            # equal dates keep a stable order: newest first, then by id
            feed.items.sort(key=lambda i: (i.published, i.key), reverse=True)
        return out

    def generator(self, feed: Feed, self_url: str) -> FeedGenerator:
        base = self.config.base_url
        fg = FeedGenerator()
        fg.id(f"{base}{feed.rss}")
        fg.title(feed.title)
        fg.author({"name": self.config.office_name})
        # feedgen takes the last link as the RSS channel <link>: the page, not the feed itself.
        fg.link(href=self_url, rel="self")
        fg.link(href=f"{base}{feed.page}", rel="alternate")
        fg.description(feed.title)
        fg.subtitle(feed.title)
        fg.language("zh-CN" if self.lang == "zh" else "en")
        newest = max((max(i.published, i.updated) for i in feed.items), default=self.disclosure.as_of)
        fg.lastBuildDate(_at_midnight(newest))
        fg.updated(_at_midnight(newest))
        fg.generator("efficiency-portal")
        for item in feed.items:
            entry = fg.add_entry(order="append")
            entry.id(item.url)
            entry.guid(item.url, permalink=True)
            entry.title(item.title)
            entry.link(href=item.url)
            entry.description(item.description)
            entry.pubDate(_at_midnight(item.published))
            entry.updated(_at_midnight(item.updated))
            for term in item.categories:
                entry.category(term=term)
        return fg

    def write(self, writer, feeds: list[Feed]) -> None:
        base = self.config.base_url
        for feed in feeds:
            writer.write(feed.rss, self.generator(feed, f"{base}{feed.rss}").rss_str(pretty=True))
            writer.write(feed.atom, self.generator(feed, f"{base}{feed.atom}").atom_str(pretty=True))
