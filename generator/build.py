"""The build: read, check, disclose, derive, plan every output, write it, publish it.

``build_site`` is the pipeline, top to bottom, and the stages are the modules it names
(docs/architecture.md); ``portal build`` and ``portal serve`` (site.py) call it and print.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
import html
import os
import re
import sys
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from . import derive, i18n, lastbuild, opendata, search
from .sitefolder import OWN_TEMPLATES
from .config import load_config
from .disclose import disclose
from .feeds import FeedBuilder
from .parallel import WORKERS, Forked, parallel_pays, stop_all
from .pipeline import TIMEZONE, check_and_remember, large_heap, read_records, today
from .publicinfo import PublicInfo
from .publish import Changes, Manifest, Staging, Writer, clear_leftovers, files_under, fingerprint, swap
from .store import code_digest, installed_digest
from .pages import MonthOfCases, PagePlanner, PageSpec, page_count
from .render import Renderer, environment
from .shell import MkDocsShell
from .stats import compute
from .summary import format_report


# A SOURCE_DATE_EPOCH the caller set is honoured; otherwise the as-of date is the build's date.
_USER_EPOCH = os.environ.get("SOURCE_DATE_EPOCH")


@dataclass
class BuildResult:
    ok: bool
    out_dir: Path
    pages: int = 0
    data: object = None             # the data read (None when the last build's site was kept as it is)
    changes: Changes | None = None
    as_of: dt.date | None = None
    notes: str = ""                 # the report's totals and warnings, when there are warnings


class Progress:
    """Stage lines with timings (CI logs); a running count on a terminal."""

    def __init__(self, stream=sys.stderr, quiet: bool = False):
        self.stream, self.quiet = stream, quiet
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.last = time.monotonic()

    def stage(self, name: str) -> None:
        now = time.monotonic()
        if not self.quiet:
            start = "\r" if self.tty else ""
            print(f"{start}  {name}: {now - self.last:.1f} s", file=self.stream, flush=True)
        self.last = now

    def tick(self, n: int, total: int) -> None:
        if self.tty and not self.quiet and (n % 500 == 0 or n == total):
            width = 30
            done = int(width * n / max(total, 1))
            print(f"\r  [{'#' * done}{'.' * (width - done)}] {n}/{total}", end="", file=self.stream, flush=True)


def page_inputs(spec: PageSpec, environment: str) -> str | None:
    """A page's fingerprint: ``environment`` (what every page is made of) and its spec's address,
    title and ``made_of``; None for a page made on every build."""
    return None if spec.made_of is None else fingerprint(environment, spec.url, spec.title, *spec.made_of)


def keep_unchanged(item: PageSpec | MonthOfCases, writer: Writer, environment: str) -> bool:
    """Keep a page, or a month of case pages, as published if its fingerprint is the one the
    published file (or files) were made with; whether it was kept."""
    if isinstance(item, MonthOfCases):
        inputs, rels = fingerprint(environment, item.made_of), item.files()
        if not writer.can_keep_all(item.key, inputs, rels):
            return False
        writer.keep_all(item.key, inputs, rels)
        return True
    rel, inputs = f"{item.url}index.html", page_inputs(item, environment)
    if inputs is None or not writer.can_keep(rel, inputs):
        return False
    writer.keep(rel, inputs)
    return True


def write_pages(plan: list, renderer: Renderer, shell: MkDocsShell, writer: Writer, environment: str,
                tick=lambda n: None) -> None:
    """Render and write the pages of ``plan`` (specs, and months of case pages) through ``writer``:
    what :func:`write_records` could not keep.  In a month that changed, each page that did not
    is still kept on its own."""
    done = 0
    for item in plan:
        for spec in unkept(item, writer, environment):
            writer.write(f"{spec.url}index.html", shell.wrap(renderer.render(spec)),
                         inputs=page_inputs(spec, environment))
        done += page_count([item])
        tick(done)


def unkept(item: PageSpec | MonthOfCases, writer: Writer, environment: str) -> list[PageSpec]:
    """The pages of a month of cases that changed which must be made again (the others are kept,
    and the month's fingerprint recorded); a page's spec itself."""
    if not isinstance(item, MonthOfCases):
        return [item]
    specs = [spec for spec in item.specs() if not keep_unchanged(spec, writer, environment)]
    writer.keep_all(item.key, fingerprint(environment, item.made_of), [])
    return specs


def write_records(plan: list, renderer: Renderer, shell: MkDocsShell, writer: Writer, environment: str,
                  progress: Progress, workers: int) -> None:
    """The record pages.  What is unchanged is kept here, in one pass over the plan, and so are
    the unchanged pages of a month published before (a day's new cases change a few of its
    thousands); the rest is made in ``workers`` forked processes when there is much of it, each
    taking every n-th item (a month of case pages is one item).  A daily rebuild keeps nearly
    every page: workers forked for that bookkeeping alone, and their records of it sent back,
    cost more than it."""
    total = page_count(plan)
    pending = []
    for item in plan:
        if keep_unchanged(item, writer, environment):
            continue
        published = isinstance(item, MonthOfCases) and item.key in writer.previous.inputs
        pending += unkept(item, writer, environment) if published else [item]
    kept = total - page_count(pending)
    progress.tick(kept, total)
    if not parallel_pays(total - kept, workers):
        write_pages(pending, renderer, shell, writer, environment, lambda n: progress.tick(kept + n, total))
        return

    def work(k: int) -> Manifest:
        mine = Writer(writer.root, writer.previous)
        share = pending[k::workers]
        write_pages(share, renderer, shell, mine, environment,
                    (lambda n: progress.tick(kept + n * workers, total)) if k == 0 else (lambda n: None))
        return mine.current

    jobs = [Forked(partial(work, k), f"page worker {k}") for k in range(workers)]
    for job in jobs:
        writer.merge(job.result())


def list_row_digests(data, disclosure, case_digests: dict[str, str], own: list) -> dict[str, str]:
    """What a case's row in the lists of cases is made of: what the packaged templates show of it
    (derive.row_digests); an office's own templates (``own``) may show more of a case, so with
    them, all its page is made of."""
    if own:
        return case_digests
    return derive.row_digests(disclosure.cases, data.deadlines, disclosure.unit_names)


def environment_fingerprint(own: list, shell: MkDocsShell, config, as_of: dt.date) -> str:
    """Everything a record page depends on besides its own record (the packages that render it,
    Jinja2 and MarkupSafe among them, with every other installed one, and the office's own
    templates, ``own``); the as-of date too when an own template names it (the packaged ones
    show it only where the record's own fingerprint holds it: an open case's deadline)."""
    from . import __version__
    from .render import PACKAGED_TEMPLATES

    dated = any(b"as_of" in data for _, data in own)
    return fingerprint(__version__, code_digest(), installed_digest(), shell.template, files_under(PACKAGED_TEMPLATES),
                       own, i18n.LABELS, repr(config), as_of.isoformat() if dated else "")


SITEMAP_LIMIT = 50000   # URLs per sitemap file, by the sitemaps protocol


def write_sitemap(writer: Writer, base_url: str, leave_out: set[str]) -> None:
    """sitemap.xml of every published page (MkDocs' own lists only its pages), without
    withdrawn ones.  No <lastmod>: it would change every file every day and defeat incremental builds."""
    import gzip
    from xml.sax.saxutils import escape as xml_escape

    urls = sorted(rel[:-len("index.html")] for rel in writer.current.files
                  if rel.endswith("index.html") and not rel.startswith(("pagefind/", "assets/")))
    urls = [u for u in urls if u not in leave_out]
    parts = [urls[i:i + SITEMAP_LIMIT] for i in range(0, len(urls), SITEMAP_LIMIT)] or [[]]

    def urlset(chunk: list[str]) -> str:
        body = "".join(f"<url><loc>{xml_escape(base_url + u)}</loc></url>\n" for u in chunk)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n')
    if len(parts) == 1:
        main = urlset(parts[0])
    else:
        for n, chunk in enumerate(parts, 1):
            writer.write(f"sitemaps/pages-{n}.xml", urlset(chunk))
        entries = "".join(f"<sitemap><loc>{xml_escape(base_url)}sitemaps/pages-{n}.xml</loc></sitemap>\n"
                          for n in range(1, len(parts) + 1))
        main = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</sitemapindex>\n')
    writer.write("sitemap.xml", main)
    writer.write("sitemap.xml.gz", gzip.compress(main.encode("utf-8"), mtime=0))


def write_site(data, writer: Writer, project_dir: Path, cache_dir: Path, progress: Progress | None = None) -> int:
    """Every page and download of the site, through ``writer``."""
    progress = progress or Progress(quiet=True)
    config = data.config
    disclosure = disclose(data)
    parallel = parallel_pays(len(disclosure.cases), WORKERS)

    # Pagefind indexes the cases in a process of its own while everything else is made, and
    # publishes the bundles into the staging folder (pagefind/, which nothing else writes).
    def index_cases():
        return indexed(search.plan_cases(disclosure, config.lang, config.search_first_answer, cache_dir / "search"))

    def indexed(index_plan: search.IndexPlan) -> tuple[dict[str, str], list, Manifest]:
        mine = Writer(writer.root, writer.previous)
        status, runs = search.build_and_publish(index_plan, mine)
        return status, runs, mine.current

    indexing = [Forked(index_cases, "search indexer", inline=not parallel)]
    # The statistics on the other core while the cases' digests and the feeds are made here.
    statistics = Forked(partial(compute, disclosure, data.deadlines, config.league_min_cases), "statistics",
                        inline=not parallel)
    case_digests = derive.case_digests(disclosure.cases, data.deadlines, disclosure.unit_names)
    feed_builder = FeedBuilder(disclosure, data.deadlines, config)
    feeds = feed_builder.feeds()
    stats = statistics.result()

    def downloads() -> Manifest:
        mine = Writer(writer.root, writer.previous)
        feed_builder.write(mine, feeds)
        opendata.write(mine, disclosure, data.deadlines, config.base_url, data.as_of, config.site_name,
                       config.office_name, case_digests, cache_dir=cache_dir,
                       info=PublicInfo.of_config(config))
        return mine.current

    # Feeds and open data are written by a process of their own, from here on beside the
    # summary pages, the site shell and the page workers: on a large site they are seconds of work.
    downloading = Forked(downloads, "feeds and open data", inline=not parallel)
    renderer = Renderer(disclosure, data.deadlines, stats, config,
                        environment(project_dir / OWN_TEMPLATES, cache_dir / "templates" / code_digest()), feeds)
    # Every file the templates' loader can reach: an own template may include one from a subfolder.
    own_templates = files_under(project_dir / OWN_TEMPLATES)
    planner = PagePlanner(disclosure, data.deadlines, stats, config, feeds, case_digests,
                          list_row_digests(data, disclosure, case_digests, own_templates))
    stubs = planner.stubs(renderer.search_head("search/"))
    progress.stage(i18n.both("stage_summaries"))
    shell = MkDocsShell(project_dir, config, cache_dir / "templates" / code_digest() / "theme", cache_dir / "shell")
    shell.build(writer, [renderer.render(spec) for spec in stubs])
    progress.stage(i18n.both("stage_shell"))
    # The "main" index holds the hand-written pages too, which the shell has just built.
    main_index = search.plan({"main": search.main_records(disclosure, config.lang,
                                                          content_pages(project_dir, writer.root))},
                             cache_dir / "search", config.lang)
    indexing.append(Forked(partial(indexed, main_index), "search indexer (main)",
                           inline=not main_index.missing or not parallel))
    records = planner.records()
    total = page_count(records)
    write_records(records, renderer, shell, writer, environment_fingerprint(own_templates, shell, config, data.as_of), progress,
                  WORKERS)
    write_sitemap(writer, config.base_url, {f"{r.kind}/{r.id}/" for r in disclosure.removals})
    progress.stage(f"页面 / {total} pages")
    writer.merge(downloading.result())
    progress.stage(i18n.both("stage_downloads"))
    status, runs = {}, []
    for job in indexing:
        index_status, built, published = job.result()
        writer.merge(published)
        status.update(index_status)
        runs += built
    # The indexer's CPU, beside the stage's own wait: it runs while the pages are written.
    peak, cpu = max((r.peak_kb for r in runs), default=0) / 1024, sum(r.cpu_s for r in runs)
    progress.stage(i18n.both("stage_search", status=", ".join(f"{k} {v}" for k, v in sorted(status.items()))
                             + f"; indexer peak {peak:.0f} MB, CPU {cpu:.1f} s"))
    return total + len(stubs)


_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)


def content_pages(project_dir: Path, site_dir: Path) -> list[tuple[str, str, str]]:
    """(url, title, text) of the hand-written pages, read back from the built site."""
    content = project_dir / "content"
    pages = []
    for path in sorted(content.rglob("*.md")) if content.is_dir() else []:
        rel = path.relative_to(content).with_suffix("").as_posix()
        url = "" if rel == "index" else (rel[:-5] if rel.endswith("/index") else rel + "/")
        built = site_dir / url / "index.html"
        if not built.is_file():
            continue
        m = _ARTICLE.search(built.read_text(encoding="utf-8"))
        text = html.unescape(re.sub(r"<[^>]+>", " ", m[1] if m else ""))
        title = re.search(r"<h1[^>]*>(.*?)</h1>", m[1] if m else "", re.S)
        pages.append((url, html.unescape(re.sub(r"<[^>]+>", "", title[1])).strip() if title else url,
                      re.sub(r"\s+", " ", text).strip()))
    return pages


def build_site(data_dir: Path, out_dir: Path, as_of=None, config_path: Path = Path("portal.yml"),
               project_dir: Path = Path("."), lang: str | None = None, cache_dir: Path | None = None,
               progress: Progress | None = None, force: bool = False) -> BuildResult:
    """Read, check and publish.  ``cache_dir``: the build's caches (default .portal-cache; docs/architecture.md).
    Given what the last build was given, and the site it published still in place, there is nothing
    to do (lastbuild.py); ``force``: build all the same (what the build can keep, it keeps)."""
    progress = progress or Progress(quiet=True)
    config = load_config(config_path)
    if lang:
        config.lang = lang
    # The real folder: one reached by a symbolic link (a site moved to a bigger disk) is staged and
    # swapped beside itself, not through the link, which a staging copy would copy as a link.
    out_dir = Path(out_dir).resolve()
    cache_dir = Path(cache_dir or Path(project_dir) / ".portal-cache")
    as_of = as_of or today()
    with build_lock(out_dir.parent / f".{out_dir.name}-build.lock"), build_lock(cache_dir / "build.lock"):
        inputs = lastbuild.inputs_digest(data_dir, config_path, project_dir, as_of, config.lang, _USER_EPOCH)
        last = None if force else lastbuild.recall(cache_dir, inputs, out_dir)
        if last is not None:
            clear_leftovers(out_dir)
            progress.stage(i18n.both("stage_nothing_changed"))
            return BuildResult(True, out_dir, last.pages, changes=Changes(unchanged=last.files), as_of=as_of,
                               notes=last.notes)
        with large_heap():
            result = _build(data_dir, out_dir, as_of, config, project_dir, cache_dir, progress)
        # Remembered only if nothing changed while it read: a file saved meanwhile and saved back
        # later must not find a site made from the bytes between.
        if result.ok and lastbuild.inputs_digest(data_dir, config_path, project_dir, as_of, config.lang,
                                                 _USER_EPOCH) == inputs:
            changes = result.changes
            lastbuild.remember(cache_dir, inputs, out_dir, result.pages,
                               len(changes.added) + len(changes.changed) + changes.unchanged, result.notes)
        return result


def _build(data_dir: Path, out_dir: Path, as_of: dt.date, config, project_dir: Path, cache_dir: Path,
           progress: Progress) -> BuildResult:
    staging = Staging(out_dir)      # links the published site while the data is read, if it must
    try:
        data = read_records(data_dir, config, as_of, cache_dir=cache_dir, content_dir=Path(project_dir) / "content")
        gc.freeze()     # the model lives as long as the build
        progress.stage(i18n.both("stage_read"))
        # The personal-data gate checks the records beside the rest of the build, which meanwhile
        # writes only into the staging folder: nothing is published until it has found nothing
        # (_publish).  With errors already, it runs here, so that every problem is reported at once.
        gate = Forked(partial(check_and_remember, data), "personal-data check",
                      inline=not (data.report.ok and parallel_pays(len(data.model.cases))))
        if not data.report.ok:
            _add_problems(data, gate)
            staging.settle()
            return BuildResult(False, out_dir, data=data, as_of=as_of)
        # Same data and as-of date, same bytes: MkDocs dates its sitemap by this.
        os.environ["SOURCE_DATE_EPOCH"] = _USER_EPOCH or str(int(dt.datetime.combine(
            data.as_of, dt.time(), TIMEZONE).timestamp()))
        return _publish(data, gate, staging, project_dir, cache_dir, progress)
    finally:
        try:
            stop_all()
        finally:
            search.clear_stale_corpora()      # what a search indexer stopped outright left in memory
            staging.discard()


def _add_problems(data, gate: Forked) -> bool:
    """What the personal-data gate found, added to the data's report; whether it may be published."""
    for problem in gate.result():
        data.report.add(problem)
    return data.report.ok


@contextlib.contextmanager
def build_lock(path: Path):
    """One build at a time per output folder (a scheduled build and `portal serve` may meet), and per
    cache (two sites built from one project share it: one build's search indexes replace the other's
    versions, which that one may be publishing).  Always taken in that order, so two builds never
    wait for each other."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        try:
            import fcntl
        except ImportError:          # not on Linux: no lock, as before
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


OLD_RECALL_FILE = "checked/cases.json"      # the clean case rows' JSON form until 2026-11: no longer read


def _publish(data, gate: Forked, staging: Staging, project_dir, cache_dir: Path, progress) -> BuildResult:
    writer = Writer(staging.ready(), staging.published)
    # Seconds when there was no spare site to catch up (the first rebuild after a build from
    # nothing): the published site is linked whole, a link per file.
    progress.stage(i18n.both("stage_staging"))
    (cache_dir / OLD_RECALL_FILE).unlink(missing_ok=True)
    pages = write_site(data, writer, Path(project_dir), cache_dir, progress)
    if not _add_problems(data, gate):
        return BuildResult(False, staging.out_dir, data=data, as_of=data.as_of)     # the staging folder is discarded
    changes = writer.finish()
    swap(staging.path, staging.out_dir)
    progress.stage(i18n.both("stage_publish"))
    notes = format_report(data, data.config.lang).split("\n\n")[0] if data.report.warnings else ""
    return BuildResult(True, staging.out_dir, pages, data, changes, data.as_of, notes)
