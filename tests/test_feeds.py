"""Feeds as journalists' readers see them: every rule checked explicitly.

A feed parser's "well-formed" flag alone proves little (it accepts relative
links, missing guids and ISO dates), so each rule has its own assertion.
"""
import email.utils
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest

from sitebuild import AS_OF, FIXTURE_DATA, ROOT, build_fixture_site
from generator.config import Config
from generator.pipeline import read_data

BASE = "http://127.0.0.1:8000/"
RFC822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
                    r"\d{2}:\d{2}:\d{2} \+0800$")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_fixture_site(tmp_path_factory.mktemp("feeds") / "site")


def rss_files(site: Path) -> list[Path]:
    return sorted(site.rglob("feed.xml"))


def test_expected_feeds_exist(site):
    rel = {p.relative_to(site).as_posix() for p in rss_files(site)}
    assert {"feed.xml", "cases/feed.xml", "notices/feed.xml", "units/zrzyj/feed.xml",
            "cases/category/efficiency/feed.xml"} <= rel
    for path in rss_files(site):
        assert (path.parent / "atom.xml").is_file()


def test_every_rss_feed_follows_the_rules(site):
    for path in rss_files(site):
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        channel = ET.parse(path).getroot().find("channel")
        url = BASE + path.relative_to(site).as_posix()
        assert channel.findtext("title") and channel.findtext("description")
        assert channel.findtext("link").startswith(BASE)
        self_links = [l for l in channel.findall(f"{ATOM}link") if l.get("rel") == "self"]
        assert [l.get("href") for l in self_links] == [url]
        last_build = channel.findtext("lastBuildDate")
        assert RFC822.match(last_build), last_build
        items = channel.findall("item")
        assert len(items) <= 50
        dates = []
        for item in items:
            link = item.findtext("link")
            guid = item.find("guid")
            assert item.findtext("title"), path
            assert link.startswith(BASE) and link.endswith("/"), link
            assert guid is not None and guid.text == link and guid.get("isPermaLink") == "true"
            assert RFC822.match(item.findtext("pubDate")), item.findtext("pubDate")
            assert item.findtext("description")
            assert item.findall("category")
            dates.append(email.utils.parsedate_to_datetime(item.findtext("pubDate")))
        assert dates == sorted(dates, reverse=True), f"{path}: not newest first"
        if dates:
            assert email.utils.parsedate_to_datetime(last_build) >= dates[0]


def test_every_atom_feed_follows_the_rules(site):
    for path in sorted(site.rglob("atom.xml")):
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, path
        feed = ET.parse(path).getroot()
        assert feed.findtext(f"{ATOM}id") and feed.findtext(f"{ATOM}title")
        assert RFC3339.match(feed.findtext(f"{ATOM}updated"))
        self_links = [l.get("href") for l in feed.findall(f"{ATOM}link") if l.get("rel") == "self"]
        assert self_links == [BASE + path.relative_to(site).as_posix()]
        for entry in feed.findall(f"{ATOM}entry"):
            assert entry.findtext(f"{ATOM}id").startswith(BASE)
            assert RFC3339.match(entry.findtext(f"{ATOM}updated"))
            assert RFC3339.match(entry.findtext(f"{ATOM}published"))
            assert entry.find(f"{ATOM}link").get("href") == entry.findtext(f"{ATOM}id")


def test_item_title_and_description_carry_the_key_facts(site):
    """Each case's item says what its row in the open data says: unit, category, finding and
    number in the title; dates, timeliness and finding in the description; dated when it was
    made public."""
    import csv
    import io
    rows = {r["case_id"]: r for r in csv.DictReader(io.StringIO(
        (site / "opendata" / "cases.csv").read_bytes().decode("utf-8-sig")))}
    entries = feedparser.parse((site / "cases" / "feed.xml").read_bytes()).entries
    assert entries
    closed = 0
    for entry in entries:
        row = rows[entry.link.removeprefix(f"{BASE}cases/").rstrip("/")]
        assert entry.title == f"{row['unit']}｜{row['category']}｜{row['finding'] or row['status']}（{row['case_id']}）"
        lines = entry.description.splitlines()
        assert f"受理：{row['received_date']}" in lines and any(
            line.startswith(f"办理期限：{row['due_date']}") for line in lines), row["case_id"]
        if row["closed_date"] and row["on_time"]:
            closed += 1
            assert f"办结：{row['closed_date']}，{'按时办结' if row['on_time'] == 'true' else '超期办结'}" in lines
        if row["finding"]:
            assert f"核查结论：{row['finding']}" in lines
        if row["refund_amount"]:
            assert f"退还金额（元）：{float(row['refund_amount']):,.2f}" in lines
        assert {t.term for t in entry.tags} >= {row["unit"], row["category"]}
        published = email.utils.parsedate_to_datetime(entry.published).date().isoformat()
        assert published == (row["publish_date"] or row["closed_date"] or row["received_date"]), row["case_id"]
    assert closed


def test_withdrawn_and_embargoed_records_never_appear(site):
    model = read_data(FIXTURE_DATA, Config(), AS_OF).model
    hidden = [c.case_id for c in model.cases if c.withdrawn or (c.publish_date and c.publish_date > AS_OF)]
    assert hidden
    for path in list(site.rglob("feed.xml")) + list(site.rglob("atom.xml")):
        text = path.read_text(encoding="utf-8")
        for case_id in hidden:
            assert f"/cases/{case_id}/" not in text, (path, case_id)


def test_building_twice_gives_identical_feeds(site, tmp_path):
    again = build_fixture_site(tmp_path / "again")
    for path in list(site.rglob("feed.xml")) + list(site.rglob("atom.xml")):
        assert path.read_bytes() == (again / path.relative_to(site)).read_bytes(), path


def test_a_correction_updates_the_item_and_keeps_its_guid(site, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    path = data / "cases" / "2026.csv"
    text = path.read_text(encoding="utf-8-sig")
    model = read_data(FIXTURE_DATA, Config(), AS_OF).model
    case = next(c for c in sorted(model.cases, key=lambda c: c.closed_date or c.received_date, reverse=True)
                if c.status == "已办结" and not c.correction and not c.withdrawn and not c.publish_date)
    lines = text.splitlines()
    header = lines[0].split(",")
    i = next(n for n, l in enumerate(lines) if l.startswith(case.case_id + ","))
    import csv, io
    row = next(csv.reader(io.StringIO(lines[i])))
    row[header.index("更正说明")] = "原公开的核查结论有误，已更正。"
    row[header.index("更正日期")] = "2026-11-20"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(row)
    lines[i] = buf.getvalue()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    corrected = build_fixture_site(tmp_path / "site", data=data)

    url = f"{BASE}cases/{case.case_id}/"
    def entry(site_dir, name):
        return next(e for e in feedparser.parse((site_dir / "cases" / name).read_bytes()).entries if e.link == url)
    before, after = entry(site, "feed.xml"), entry(corrected, "feed.xml")
    assert before.id == after.id == url
    assert after.description.startswith("【更正说明 2026-11-20】原公开的核查结论有误，已更正。")
    assert before.published == after.published                      # not re-announced as new
    atom_before, atom_after = entry(site, "atom.xml"), entry(corrected, "atom.xml")
    assert atom_after.updated.startswith("2026-11-20") and atom_before.updated != atom_after.updated
    assert "原公开的核查结论有误" in (corrected / "cases" / case.case_id / "index.html").read_text(encoding="utf-8")


def test_feed_item_limit_is_configurable(tmp_path):
    config = tmp_path / "portal.yml"
    config.write_text("feed_items: 5\n", encoding="utf-8")
    from generator.site import build_site
    assert build_site(FIXTURE_DATA, tmp_path / "site", AS_OF, config_path=config, project_dir=ROOT).ok
    assert len(feedparser.parse((tmp_path / "site" / "feed.xml").read_bytes()).entries) == 5


def test_subscribe_page_lists_every_feed_and_pages_link_theirs(site):
    subscribe = (site / "subscribe" / "index.html").read_text(encoding="utf-8")
    for path in rss_files(site):
        assert BASE + path.relative_to(site).as_posix() in subscribe, path
    for unit_page in (site / "units").glob("*/index.html"):
        html = unit_page.read_text(encoding="utf-8")
        assert 'href="../../units/' + unit_page.parent.name + '/feed.xml"' in html
        assert 'type="application/rss+xml"' in html
