"""The site as people use it: Debian's Chromium driven by Playwright.

The fixture site is served under a sub-path (/xnts/), as when it is a column
of a county government portal.  Any request to another host fails the test.
"""
import csv
import functools
import http.server
import io
import threading
from pathlib import Path

import pytest

from sitebuild import build_fixture_site

pytest.importorskip("playwright")
from playwright.sync_api import sync_playwright  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
SUB_PATH = "xnts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


OLDER = "正在检索更早的记录"    # i18n search_older: the results so far are from the newest quarter

# Results of every index are in (the newest quarters answer first, the region is busy until then).
COMPLETE = '#portal-search[aria-busy="false"] .portal-result'


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    root = tmp_path_factory.mktemp("www")
    build_fixture_site(root / SUB_PATH)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
    server.shutdown()


@pytest.fixture(scope="module")
def demo_base(tmp_path_factory):
    """The shipped sample data (a few hundred cases): lists of several pages."""
    root = tmp_path_factory.mktemp("demo")
    build_fixture_site(root / "site", data=Path(__file__).resolve().parent.parent / "data")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def first_base(tmp_path_factory):
    """The fixture data with search_first_answer: 2, fewer than the newest quarter's 3 cases."""
    from sitebuild import AS_OF, FIXTURE_DATA, ROOT
    from generator.site import build_site

    root = tmp_path_factory.mktemp("first")
    (root / "portal.yml").write_text("search_first_answer: 2\n", encoding="utf-8")
    assert build_site(FIXTURE_DATA, root / "site", AS_OF, config_path=root / "portal.yml", project_dir=ROOT,
                      cache_dir=root / "cache").ok
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "Debian's chromium is needed: apt-get install chromium (tests/run does this)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    foreign = []

    def guard(route):
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()
    context.route("**/*", guard)
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: m.type == "error" and errors.append(m.text))
    yield pg
    context.close()
    assert foreign == [], f"requests to other hosts: {foreign}"
    assert errors == [], f"errors in the browser console: {errors}"


def test_search_chinese_words_facet_and_open_a_result(page, base):
    page.goto(base)
    page.fill("#portal-header-q", "不动产")
    page.press("#portal-header-q", "Enter")
    page.wait_for_selector(COMPLETE)
    assert "/xnts/search/?q=" in page.url
    titles = page.locator(".portal-result h3").all_inner_texts()
    assert any("不动产登记中心" in t for t in titles)
    marks = page.locator(".portal-result mark").all_inner_texts()
    assert marks and all(m in "不动产" for m in marks)
    # the unit facet narrows the results, and lives in the URL
    page.wait_for_selector(".portal-facet input[name=unit]")
    page.check('.portal-facet input[name=unit][value="县不动产登记中心"]')
    page.wait_for_function("location.search.includes('unit=')")
    # the click checks the box at once; the results follow when the search is redrawn
    page.wait_for_function("""() => {
        const box = document.getElementById("portal-search");
        const units = [...box.querySelectorAll(".portal-result .portal-muted")].map((p) => p.textContent);
        return box.getAttribute("aria-busy") === "false" && units.length > 0
            && units.every((u) => u.includes("县不动产登记中心"));
    }""")
    page.wait_for_selector('.portal-facet input[name=unit][value="县不动产登记中心"]:checked')
    shared = page.url
    first = page.locator('.portal-result h3 a[href*="/cases/"]').first
    case_id = first.inner_text().split()[0]
    first.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/xnts/cases/{case_id}/")
    assert case_id in page.locator("h1").inner_text()
    assert "县不动产登记中心" in page.locator("article").inner_text()
    # the shared URL restores the same search
    page.goto(shared)
    page.wait_for_selector('.portal-facet input[name=unit][value="县不动产登记中心"]:checked')
    assert page.input_value("#portal-search-q") == "不动产"


def test_search_by_case_number_finds_that_case(page, base):
    # A number is searched without its hyphens: its parts ("qx", "2026") alone match nearly every
    # case, which at 100,000 cases keeps Pagefind scoring for seconds.  Both forms give the same search.
    counts = {}
    for query in ("qx2026hostile", "QX-2026-HOSTILE"):
        page.goto(base + f"search/?q={query}")
        page.wait_for_selector(COMPLETE)
        assert page.locator(".portal-result h3").first.inner_text().startswith("QX-2026-HOSTILE")
        counts[query] = page.locator(".portal-results__count").inner_text()
        # the case named by its number is the answer, not one of hundreds of records sharing "qx" or "2026"
        assert page.locator(".portal-result").count() == 1
    assert counts["qx2026hostile"] == counts["QX-2026-HOSTILE"] == "找到 1 条结果"
    # a word with digits that names no record still lists everything it matches
    page.goto(base + "search/?q=2026")
    page.wait_for_selector(COMPLETE)
    assert page.locator(".portal-result").count() > 1
    # hostile text in a result is shown as text
    assert page.locator(".portal-result img").count() == 0
    assert page.locator(".portal-result script").count() == 0


def test_a_query_naming_a_unit_shows_that_units_page_first(page, base):
    """Pagefind ranks a unit's many cases, which name it, above the unit's own page (not in the
    first 20 for 县不动产登记中心).  A unit's name, a name it had, or a part of one unit's name
    alone shows its page first, from the first answer on, and once."""
    for query, code in (("县不动产登记中心", "bdcdj"), ("县国土资源局", "zrzyj"), ("不动产", "bdcdj")):
        page.goto(base + f"search/?q={query}")
        page.wait_for_selector(".portal-result")
        assert page.locator(".portal-result h3 a").first.get_attribute("href").endswith(f"/units/{code}/")
        page.wait_for_selector(COMPLETE)
        links = page.locator(".portal-result h3 a").evaluate_all("links => links.map((a) => a.href)")
        assert links[0].endswith(f"/units/{code}/"), (query, links)
        assert sum(link.endswith(f"/units/{code}/") for link in links) == 1
        kind = "窗口单位" if code == "bdcdj" else "县直部门"
        assert page.locator(".portal-result .portal-muted").first.inner_text() == f"单位 · {kind}"
    # a word in several units' names is left to Pagefind's ranking; so is a search narrowed by a facet
    for query in ("管理局", "不动产&kind=投诉件"):
        page.goto(base + f"search/?q={query}")
        page.wait_for_selector(COMPLETE)
        facts = page.locator(".portal-result .portal-muted").all_inner_texts()
        assert facts and not [f for f in facts if f.startswith("单位 · ")], (query, facts)


def test_a_record_number_or_a_units_name_is_answered_before_pagefind_has_started(page, base):
    """Pagefind's start-up (module, worker, index files, WebAssembly) is most of a cold search's
    first half second.  A record's number is answered from the record's own page, complete and
    alone, while every request to /pagefind/ is held; a unit's name shows the unit's page at
    once, and its cases once Pagefind has answered."""
    held = []
    page.route("**/pagefind/**", lambda route: held.append(route))
    for query, title, href in (("QX-2026-HOSTILE", "QX-2026-HOSTILE 县城市管理局｜其他", "/cases/QX-2026-HOSTILE/"),
                               ("qx-2026-hostile", "QX-2026-HOSTILE 县城市管理局｜其他", "/cases/QX-2026-HOSTILE/"),
                               ("TB-2025-0001", "关于县住房和城乡建设局上班时间玩游戏问题的通报", "/notices/TB-2025-0001/")):
        page.goto(base + f"search/?q={query}")
        page.wait_for_selector(COMPLETE)
        assert page.locator(".portal-result").count() == 1
        assert page.locator(".portal-results__count").inner_text() == "找到 1 条结果"
        first = page.locator(".portal-result h3 a")
        assert (first.inner_text(), first.get_attribute("href").split("/xnts")[1]) == (title, href)
        assert page.locator(".portal-result .portal-muted").inner_text().startswith("20")    # its date · unit
    assert held, "Pagefind was not asked for at all"
    # the hostile case's text is shown as text
    assert page.locator(".portal-result__excerpt").count() == 1
    assert page.locator(".portal-result img, .portal-result script").count() == 0

    held.clear()
    page.goto(base + "search/?q=县不动产登记中心")
    page.wait_for_selector(".portal-result")
    assert page.locator("#portal-search").get_attribute("aria-busy") == "true"      # its cases are to come
    assert page.locator(".portal-result h3 a").first.get_attribute("href").endswith("/units/bdcdj/")
    for route in held:
        route.continue_()
    page.unroute("**/pagefind/**")
    page.wait_for_selector(COMPLETE)
    assert page.locator(".portal-result h3 a").first.get_attribute("href").endswith("/units/bdcdj/")
    assert page.locator('.portal-result h3 a[href*="/cases/"]').count() > 0

    # a withdrawn record's number finds the note that it is withdrawn (Pagefind has no record of it)
    page.goto(base + "search/?q=QX-2026-000003")
    page.wait_for_selector(COMPLETE)
    assert page.locator(".portal-result h3").all_inner_texts() == ["QX-2026-000003 该内容已撤回"]
    # a word that only looks like a number (no record's number starts so) asks for no page: Pagefind answers
    asked = []
    page.on("request", lambda r: asked.append(r.url) if "/cases/" in r.url or "/notices/" in r.url else None)
    page.goto(base + "search/?q=COVID-19")
    page.wait_for_selector('#portal-search[aria-busy="false"] .portal-results__count')
    assert asked == []
    # nor does a number typed in part (no record has it, and asking would be a "not found" in the
    # console); Pagefind finds the records it begins
    for partial in ("QX-2026", "QX-2026-00000"):
        page.goto(base + f"search/?q={partial}")
        page.wait_for_selector(COMPLETE)
        assert asked == [], partial
    assert page.locator(".portal-result").count() > 0


def test_a_category_s_name_shows_its_list_of_cases_first_before_pagefind_has_started(page, base):
    """办事效率 is a category of cases: its list (every case of it, newest first) is the answer
    shown first, at once, while Pagefind starts; the cases Pagefind finds follow.  Not when a
    facet narrows the search."""
    data = page.request.get(base + "opendata/cases.csv").body().decode("utf-8-sig")       # the open data
    rows = list(csv.DictReader(io.StringIO(data)))
    n = sum(row["category"] == "办事效率" for row in rows)
    held = []
    page.route("**/pagefind/**", lambda route: held.append(route))
    page.goto(base + "search/?q=办事效率")
    page.wait_for_selector(".portal-result")
    first = page.locator(".portal-result h3 a").first
    assert (first.inner_text(), first.get_attribute("href").split("/xnts")[1]) == ("投诉类别：办事效率",
                                                                                 "/cases/category/efficiency/")
    assert page.locator(".portal-result .portal-muted").first.inner_text() == f"本类别全部投诉件，共 {n} 件"
    assert page.locator("#portal-search").get_attribute("aria-busy") == "true"      # its cases are to come
    assert held
    for route in held:
        route.continue_()
    page.unroute("**/pagefind/**")
    page.wait_for_selector(COMPLETE)
    links = page.locator(".portal-result h3 a").evaluate_all("links => links.map((a) => a.href)")
    assert links[0].endswith("/cases/category/efficiency/") and sum("/category/" in link for link in links) == 1
    assert any("/cases/QX-" in link for link in links)
    assert page.locator(".portal-results__count").inner_text() == f"找到 {len(links)} 条结果"     # the list is one
    with page.expect_navigation():
        first.click()
    assert page.locator("h1").inner_text() == "投诉类别：办事效率"
    page.goto(base + "search/?q=办事效率&unit=县教育局")
    page.wait_for_selector(COMPLETE)
    assert "/category/" not in page.locator(".portal-result h3 a").first.get_attribute("href")


def test_without_a_query_the_search_page_offers_every_case_of_a_status(page, base):
    """Browsing by status needs no query: the empty search page links each status (the facet
    alone) and each category's list; a status's link finds every case of it."""
    rows = list(csv.DictReader(io.StringIO(page.request.get(base + "opendata/cases.csv").body().decode("utf-8-sig"))))
    n = sum(row["status"] == "办理中" for row in rows)
    page.goto(base + "search/")
    browse = page.locator(".portal-browse")
    assert browse.first.inner_text().startswith("办理状态：")
    assert "办事效率 (" in browse.nth(1).inner_text()
    with page.expect_navigation():
        browse.first.locator(f"a:text-is('办理中 ({n})')").click()
    page.wait_for_selector(COMPLETE)
    assert page.locator(".portal-results__count").inner_text() == f"找到 {n} 条结果"
    page.wait_for_selector(".portal-facet input[name=status]")
    assert page.locator(".portal-facet input[name=status]:checked").evaluate_all("boxes => boxes.map((b) => b.value)") \
        == ["办理中"]
    page.goto(base + "search/")
    with page.expect_navigation():
        page.locator(".portal-browse a", has_text="办事效率").click()
    assert page.locator("h1").inner_text() == "投诉类别：办事效率"


def test_an_old_case_is_found_and_no_results_is_never_said_too_early(page, base):
    """The newest quarters answer first; a case in the oldest one still comes, without a false "no results"."""
    page.add_init_script("""
        window.__said = [];
        new MutationObserver(() => {
            const box = document.getElementById("portal-search");
            if (box) window.__said.push(box.textContent);
        }).observe(document, { subtree: true, childList: true, characterData: true });
    """)
    page.goto(base + "search/?q=动物检疫")          # only in a case of the oldest quarter
    page.wait_for_selector(COMPLETE)
    assert page.locator(".portal-result h3").first.inner_text().startswith("QX-2025-000004")
    said = page.evaluate("window.__said")
    assert said and not [text for text in said if "没有找到结果" in text]
    page.goto(base + "search/?q=QX-2025-000001")
    page.wait_for_selector(COMPLETE)
    assert page.locator(".portal-result h3").first.inner_text().startswith("QX-2025-000001")
    page.goto(base + "search/?q=zqxjvw")
    page.wait_for_selector('#portal-search[aria-busy="false"] .portal-results__count')
    assert page.locator(".portal-results__count").inner_text() == "没有找到结果。"


def test_a_query_typed_on_a_loaded_page_is_answered_newest_first_then_completed(page, base):
    """Once every quarter is in, a typed query is still answered from the newest quarter first
    (at 100,000 cases a broad query over all of them takes seconds); an old case still comes."""
    page.add_init_script("""
        window.__said = [];
        window.__busy = [];
        new MutationObserver(() => {
            const box = document.getElementById("portal-search");
            if (!box) return;
            window.__said.push(box.textContent);
            const count = box.querySelector(".portal-results__count");
            window.__busy.push((count ? count.textContent : "") + ":" + box.querySelectorAll(".portal-result").length);
        }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    """)
    page.goto(base + "search/?q=不动产")
    page.wait_for_selector(COMPLETE)
    # the facets come last (drawn again once the filter index is in): then nothing more is coming
    page.wait_for_selector(".portal-facet input[name=unit]")
    page.evaluate("window.__said = []; window.__busy = []")
    page.fill("#portal-search-q", "退回")                   # a word in cases of the newest quarter and older ones
    page.press("#portal-search-q", "Enter")
    # first drawn with the newest quarter's results, marked as still searching the older ones
    page.wait_for_function("() => window.__busy.some((b) => b.startsWith(%r) && !b.endsWith(':0'))" % OLDER)
    page.wait_for_selector(COMPLETE)
    page.fill("#portal-search-q", "动物检疫")              # only in a case of the oldest quarter
    page.press("#portal-search-q", "Enter")
    page.wait_for_selector(COMPLETE + " h3 >> text=QX-2025-000004")
    assert not [text for text in page.evaluate("window.__said") if "没有找到结果" in text]


def test_the_newest_quarter_is_searched_on_the_page_and_every_quarter_in_a_worker(page, base):
    """The first results wait for no web worker (one more file and round trip: 0.3 s on a phone
    network); a query typed while a broad one is still being completed over every quarter (in
    the worker: 100,000 cases, 5.5 s) is answered from the newest quarter on the page, not
    queued behind it."""
    page.goto(base + "search/?q=不动产")
    page.wait_for_selector(COMPLETE)
    workers = [w.url for w in page.workers if w.url.endswith("pagefind-worker.js")]
    assert len(workers) == 1 and "/pagefind/main/" in workers[0], workers


def _first_results(page, url: str) -> tuple[list[str], list[tuple[str, float]], list[str]]:
    """Open a search at ``url`` until every index is in: the indexes' entry files asked for
    before the first results were drawn, every one asked for (url, when: by the request's own
    clock, as the test's reaction may lag) and the titles first drawn."""
    page.add_init_script("""
        new MutationObserver((_, watch) => {
            const drawn = [...document.querySelectorAll(".portal-result h3")].map((h) => h.textContent);
            if (drawn.length) { window.__drawn = Date.now(); window.__titles = drawn; watch.disconnect(); }
        }).observe(document, { subtree: true, childList: true });
    """)
    entries = []
    page.on("requestfinished", lambda r: entries.append((r.url, r.timing["startTime"]))
            if r.url.split("?")[0].endswith("pagefind-entry.json") else None)
    page.goto(url)
    page.wait_for_selector(COMPLETE)
    drawn, titles = page.evaluate("[window.__drawn, window.__titles]")
    return [asked_for for asked_for, when in entries if when < drawn], entries, titles


def test_the_first_results_wait_on_one_index_only(page, base):
    """The newest quarter answers first on its own: merged with another index it waits for that
    index's entry and metadata too (100,000 cases: first results 0.15 s later)."""
    before, entries, _ = _first_results(page, base + "search/?q=退回")
    assert len(before) == 1 and "/pagefind/2026-10/" in before[0], entries
    assert len(entries) > 1          # then "main" and every quarter


def test_the_current_month_is_searched_in_five_day_parts_the_newest_first(page, demo_base):
    """In the as-of date's month the cases are indexed five days at a time (a daily rebuild
    re-indexes five days' cases, not the month's): the newest part answers first, on its own,
    every part is merged in after it, and a case of an earlier part of the month is found."""
    # in the newest part's QX-2026-000183 and in older cases; no unit's name (a unit named by the
    # query is shown before any index answers)
    before, entries, _ = _first_results(page, demo_base + "search/?q=资料费")
    assert len(before) == 1 and "/pagefind/2026-11-11/" in before[0], entries
    asked = {url.split("/pagefind/")[1].split("/")[0] for url, _ in entries}
    assert {"2026-11-01", "2026-11-06", "2026-11-11", "2026-10", "2026-q3", "main"} <= asked, asked
    page.goto(demo_base + "search/?q=契税")            # QX-2026-000180, received 2026-11-07
    page.wait_for_selector(COMPLETE + " h3 >> text=QX-2026-000180")


def test_a_unit_the_query_only_partly_matches_comes_after_the_cases_it_is_about(page, base):
    """办事效率 (a category) matches 燕山街道办事处 by its 办事 alone, and Pagefind scores the unit's
    short record first; the cases of that category come first, the unit after them."""
    page.goto(base + "search/?q=办事效率")
    page.wait_for_selector(COMPLETE)
    titles = page.locator(".portal-result h3").all_inner_texts()
    assert titles[0] == "投诉类别：办事效率", titles     # the category's list (names it exactly)
    assert titles[1].endswith("｜办事效率"), titles
    assert titles[-1] == "燕山街道办事处", titles       # still found, after the cases
    assert len(titles) == len(set(titles))
    page.goto(base + "search/?q=办事处")                 # part of that unit's name: first
    page.wait_for_selector(COMPLETE)
    assert page.locator(".portal-result h3").first.inner_text() == "燕山街道办事处"


def test_the_newest_cases_answer_first_then_every_quarter_once(page, first_base):
    """With an index of the newest cases (search_first_answer), the first results come from it
    alone; the complete results hold older quarters' cases, each case once."""
    before, entries, first_titles = _first_results(page, first_base + "search/?q=退回")
    assert len(before) == 1 and "/pagefind/first/" in before[0], entries
    assert first_titles == ["QX-2026-000023 县教育局｜办事效率"]      # the newest two cases hold one match
    page.wait_for_function("document.querySelectorAll('.portal-result').length > 1")
    titles = page.locator(".portal-result h3").all_inner_texts()
    assert any(t.startswith("QX-2026-000013") for t in titles)      # 2026-q3
    assert len(titles) == len(set(titles))


def test_the_search_page_loads_pagefind_first_and_none_of_the_theme_s_script(page, base):
    """Pagefind is started from the page's <head>: its runtime is asked for before any other
    script (after every deferred script had run, a cold /search/?q= was ~150 ms slower), and the
    theme's script (35 KB compressed) does not share the phone's bandwidth with Pagefind's files."""
    requested = []
    page.on("request", lambda r: requested.append(r.url.rsplit("/", 1)[-1]))
    page.goto(base + "search/?q=不动产")
    page.wait_for_selector(COMPLETE)
    assert not [name for name in requested if name.startswith("bundle.")], requested
    scripts = [name for name in requested if name.split("?")[0].endswith(".js")]
    assert scripts[0] == "pagefind.js" and "portal-a11y.js" in scripts, requested


def test_on_a_phone_the_filters_fold_away_and_the_results_come_first(page, base):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(base + "search/?q=不动产")
    page.wait_for_selector(COMPLETE)
    page.wait_for_selector(".portal-filters")
    assert page.eval_on_selector(".portal-filters", "d => d.open") is False
    assert page.locator(".portal-result").first.bounding_box()["y"] < 800      # on the first screen
    page.click(".portal-filters > summary")                                     # a reader opens them
    page.check('.portal-facet input[name=unit][value="县不动产登记中心"]')
    page.wait_for_selector('.portal-facet input[name=unit][value="县不动产登记中心"]:checked')
    assert page.eval_on_selector(".portal-filters", "d => d.open") is True      # and they stay open
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base + "search/?q=不动产")
    page.wait_for_selector(".portal-filters")
    assert page.eval_on_selector(".portal-filters", "d => d.open") is True      # wide screens show them


def test_search_place_names_whole(page, base):
    page.goto(base + "search/?q=燕山街道")
    page.wait_for_selector(COMPLETE)
    assert any("燕山街道" in t for t in page.locator(".portal-result h3").all_inner_texts())


def test_without_javascript_the_lists_are_there(browser, base):
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(base + "search/?q=不动产")
    assert pg.locator("noscript").count() == 1
    pg.goto(base + "cases/")
    assert pg.locator("table.portal-table tbody tr").count() > 10
    context.close()


# --- accessibility, phones, keyboard, print (GB/T 37668-2019 follows WCAG 2.1) ---

PAGE_KINDS = {
    "home": "",
    "case": "cases/QX-2026-000010/",
    "unit": "units/zrzyj/",
    "stats": "stats/",
    "commitments": "commitments/",
    "notice": "notices/TB-2025-0001/",
    "subscribe": "subscribe/",
    "search": "search/?q=不动产",
    "browse": "search/",
    "category": "cases/category/efficiency/",
    "withdrawn": "cases/QX-2026-000003/",
}
WIDTHS = {"desktop": 1280, "phone": 375}


def _open(page, base, url):
    page.goto(base + url)
    if url.startswith("search/?"):
        page.wait_for_selector(COMPLETE)
    elif url == "search/":
        page.wait_for_selector(".portal-browse")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_no_wcag_21_aa_violations_and_no_horizontal_scroll(page, base, kind, width):
    from axe_playwright_python.sync_playwright import Axe

    page.set_viewport_size({"width": WIDTHS[width], "height": 900})
    _open(page, base, PAGE_KINDS[kind])
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
    violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]]
    assert violations == []
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), \
        "the page scrolls sideways"


def test_on_a_phone_a_case_row_keeps_each_fact_on_one_line(page, demo_base):
    """The case list's cells were squeezed into columns of single characters at 375 px; they stay
    whole and the table scrolls in its own box (the page itself does not scroll sideways)."""
    page.set_viewport_size({"width": WIDTHS["phone"], "height": 900})
    page.goto(demo_base + "cases/page/1/")
    line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.portal-cases td')).lineHeight)")
    heights = page.eval_on_selector_all(".portal-cases tbody td", "cells => cells.map(c => c.firstElementChild"
                                        " ? c.firstElementChild.getBoundingClientRect().height : 0)")
    assert heights and max(heights) < 1.8 * line, (max(heights), line)
    assert page.evaluate("(() => { const box = document.querySelector('.portal-scroll');"
                         " return box.scrollWidth > box.clientWidth; })()")
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def _received(page) -> list[str]:
    return page.eval_on_selector_all(".portal-table tbody tr td:nth-child(2)", "cells => cells.map(c => c.textContent)")


@pytest.mark.parametrize("width", WIDTHS)
def test_case_list_pages_walk_from_the_latest_to_the_oldest(page, demo_base, width):
    """The list's own address is the latest page; "较早" walks to older pages, numbered from the oldest."""
    from axe_playwright_python.sync_playwright import Axe

    page.set_viewport_size({"width": WIDTHS[width], "height": 900})
    page.goto(demo_base + "cases/")
    assert page.locator('.portal-pager [aria-current="page"]').inner_text() == "最新"
    latest = _received(page)
    assert latest == sorted(latest, reverse=True) and len(latest) >= 50
    with page.expect_navigation():
        page.click('.portal-pager a[rel="next"]')
    older = _received(page)
    assert max(older) <= min(latest) and len(older) == 50
    number = int(page.locator('.portal-pager [aria-current="page"]').inner_text())
    assert page.url.endswith(f"/cases/page/{number}/")
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
    assert [v["id"] for v in result.response["violations"]] == []
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    with page.expect_navigation():
        page.click('.portal-pager a:text-is("1")')
    assert page.url.endswith("/cases/page/1/")
    assert min(_received(page)) == min(latest + older + _received(page))
    assert page.locator('.portal-pager a[rel="next"]').count() == 0        # nothing older than page 1


def test_withdrawn_page_says_so_and_is_not_indexed(page, base):
    _open(page, base, PAGE_KINDS["withdrawn"])
    assert "该内容已撤回" in page.locator("h1").inner_text()
    assert page.locator('meta[name="robots"][content="noindex"]').count() == 1


def test_keyboard_reaches_controls_with_a_visible_focus_ring(page, base):
    _open(page, base, "")
    seen = []
    for _ in range(12):
        page.keyboard.press("Tab")
        info = page.evaluate("""() => { const e = document.activeElement; const s = getComputedStyle(e);
            return {tag: e.tagName, id: e.id, text: (e.innerText || e.value || '').trim().slice(0, 20),
                    outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2}; }""")
        seen.append(info)
        if info["tag"] in ("A", "BUTTON", "INPUT"):
            assert info["outline"], info
    assert any(i["id"] == "portal-header-q" for i in seen), "the search box is reachable by keyboard"
    assert any(i["tag"] == "BUTTON" and i["text"] == "大字" for i in seen)


def test_larger_text_and_high_contrast_persist_across_pages(page, base):
    _open(page, base, "")
    size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.click("[data-portal-toggle=large]")
    page.click("[data-portal-toggle=contrast]")
    _open(page, base, "stats/")
    assert page.evaluate("document.documentElement.className").count("portal-") == 2
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") > size * 1.2
    assert page.get_attribute("[data-portal-toggle=large]", "aria-pressed") == "true"
    page.click("[data-portal-toggle=large]")
    _open(page, base, "")
    assert "portal-large" not in page.evaluate("document.documentElement.className")


def test_a_case_prints_on_one_clean_page_with_its_address(page, base):
    _open(page, base, PAGE_KINDS["case"])
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert page.locator(".portal-print-only").inner_text().endswith("/cases/QX-2026-000010/")
    import re
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1


def test_charts_scale_to_a_phone(page, base):
    page.set_viewport_size({"width": 375, "height": 800})
    _open(page, base, "stats/")
    widths = page.evaluate("[...document.querySelectorAll('svg.portal-chart')].map(s => s.getBoundingClientRect().width)")
    assert widths and all(0 < w <= 375 for w in widths)



def test_the_tabs_move_as_the_theme_s_own_tabs_move(page, base):
    """The tabs carry no class of their own (overrides/partials/tabs-item.html): each tab's
    timings, shown and hidden, are those the theme gives a tab of its own markup, laid beside
    them on the same page."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base)
    timings = page.evaluate("""() => {
      const ours = document.querySelector('.md-tabs');
      const theirs = ours.cloneNode(true);
      theirs.querySelectorAll('li').forEach(li => { li.className = 'md-tabs__item'; });
      theirs.querySelectorAll('li > a').forEach(a => { a.className = 'md-tabs__link'; });
      ours.after(theirs);
      const read = tabs => [...tabs.querySelectorAll('li > a')].map(a => {
        const s = getComputedStyle(a);
        return [s.transitionProperty, s.transitionDuration, s.transitionDelay, s.transitionTimingFunction].join(' | ');
      });
      const shown = [read(ours), read(theirs)];
      ours.hidden = theirs.hidden = true;
      return {shown, hidden: [read(ours), read(theirs)], tabs: ours.querySelectorAll('li').length};
    }""")
    assert timings["tabs"] >= 8
    assert timings["shown"][0] == timings["shown"][1]
    assert timings["hidden"][0] == timings["hidden"][1]
    assert len(set(timings["shown"][0])) == timings["tabs"]       # one after another
