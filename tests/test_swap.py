"""Publishing: the live site is never missing, an output folder may be on another file system,
and a system error is explained in Chinese."""
import errno
import os
import shutil
import subprocess
import sys
import textwrap
import threading
import uuid
from pathlib import Path

import pytest

from generator import publish
from generator.publish import failure_message, link_or_copy, spare_of, swap


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project folder with the fixture data and a published site (and so a warm cache)."""
    from sitebuild import new_project
    root = new_project(tmp_path_factory.mktemp("project"))
    result = _portal(root)
    assert result.returncode == 0, result.stderr
    return root


def _portal(cwd: Path, *args, as_of="2026-11-23", umask: int | None = None):
    return subprocess.run([sys.executable, "-m", "generator", "build", "--as-of", as_of, *args], cwd=cwd,
                          capture_output=True, text=True,
                          preexec_fn=None if umask is None else (lambda: os.umask(umask)))


# -- 1. no moment without a live site -------------------------------------------------------

def test_the_live_site_is_never_missing_while_builds_run(project):
    page = project / "site" / "index.html"
    stop, counts = threading.Event(), {"read": 0, "missing": 0}

    def read():
        while not stop.is_set():
            try:
                with open(page, "rb") as handle:
                    handle.read(1)
                counts["read"] += 1
            except FileNotFoundError:
                counts["missing"] += 1

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for as_of in ("2026-11-24", "2026-11-23", "2026-11-24", "2026-11-23"):   # each build changes pages
            result = _portal(project, as_of=as_of)
            assert result.returncode == 0, result.stderr
            assert "修改 0，" not in result.stdout, "nothing changed: the test would prove little"
    finally:
        stop.set()
        reader.join()
    assert counts["read"] > 1000, "the reader hardly ran"
    assert counts["missing"] == 0, f"site/index.html was missing {counts['missing']} times during the builds"
    assert spare_of(project / "site").is_dir(), "the replaced site was not kept for the next build"
    assert not list(project.glob(".site.building-*"))


READER = textwrap.dedent("""
    import sys
    from pathlib import Path
    page, stop = Path(sys.argv[1]), Path(sys.argv[2])
    read = missing = 0
    print("ready", flush=True)
    while not stop.exists():
        try:
            with open(page, "rb") as handle:
                handle.read(1)
            read += 1
        except FileNotFoundError:
            missing += 1
    print(read, missing)
""")


def _swaps_seen_by_a_reader(tmp_path: Path, times: int) -> tuple[int, int]:
    """Swap a site in ``times`` times, as builds do, while another process reads its front
    page in a tight loop: (reads, times the page was missing)."""
    out = tmp_path / "site"
    for folder in (out, tmp_path / ".site.previous"):
        folder.mkdir()
        (folder / "index.html").write_text(folder.name)
    stop = tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(out / "index.html"), str(stop)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline() == "ready\n"
        for n in range(times):
            staging = tmp_path / f".site.building-{n}"
            spare_of(out).rename(staging)         # as Staging.ready takes the kept site
            swap(staging, out)
    finally:
        stop.touch()
        read, missing = map(int, reader.communicate(timeout=30)[0].split())
    assert (out / "index.html").is_file() and spare_of(out).is_dir()
    return read, missing


def test_swapping_exchanges_the_folders_in_one_step(tmp_path):
    read, missing = _swaps_seen_by_a_reader(tmp_path, 3000)
    assert read > 1000, "the reader hardly ran"
    assert missing == 0


def test_the_two_renames_would_leave_a_moment_without_a_site(tmp_path, monkeypatch):
    """What the exchange is for: the test above fails without it."""
    monkeypatch.setattr(publish, "exchange", lambda a, b: False)
    read, missing = _swaps_seen_by_a_reader(tmp_path, 3000)
    assert missing > 0


def test_the_exchange_is_what_this_machine_uses(tmp_path, monkeypatch):
    out, staging = tmp_path / "site", tmp_path / ".site.building-1"
    for folder in (out, staging):
        folder.mkdir()
        (folder / "index.html").write_text(folder.name)
    calls = []
    exchange = publish.exchange
    monkeypatch.setattr(publish, "exchange", lambda a, b: calls.append(exchange(a, b)) or calls[-1])
    swap(staging, out)
    assert calls == [True], "renameat2(RENAME_EXCHANGE) is not available here: the two renames were used"
    assert (out / "index.html").read_text() == ".site.building-1"
    assert (spare_of(out) / "index.html").read_text() == "site"
    assert not staging.exists()


def test_a_first_swap_needs_no_exchange(tmp_path):
    staging = tmp_path / ".site.building-1"
    staging.mkdir()
    swap(staging, tmp_path / "site")
    assert (tmp_path / "site").is_dir() and not staging.exists() and not spare_of(tmp_path / "site").exists()


def test_without_renameat2_the_two_renames_are_used(tmp_path, monkeypatch):
    monkeypatch.setattr(publish, "_renameat2", False)       # as where glibc has none
    out, staging = tmp_path / "site", tmp_path / ".site.building-1"
    for folder in (out, staging):
        folder.mkdir()
        (folder / "index.html").write_text(folder.name)
    assert publish.exchange(staging, out) is False
    swap(staging, out)
    assert (out / "index.html").read_text() == ".site.building-1"
    assert (spare_of(out) / "index.html").read_text() == "site"


@pytest.mark.parametrize("threads", [1, 2], ids=["build", "serve"])
def test_a_build_stopped_between_the_two_renames_finishes_the_swap_first(tmp_path, monkeypatch, threads):
    """Where the folders cannot be exchanged in one step, a SIGTERM between the two renames left
    no site at all: it is held back until the second is done.  Also while another thread runs, as
    `portal serve`'s server does, which the signal may reach."""
    import signal
    idle = threading.Event()
    for _ in range(threads - 1):
        threading.Thread(target=idle.wait, daemon=True).start()
    monkeypatch.setattr(publish, "exchange", lambda a, b: False)
    out, staging = tmp_path / "site", tmp_path / ".site.building-1"
    for folder in (out, staging):
        folder.mkdir()
        (folder / "index.html").write_text(folder.name)
    renamed, rename = [], Path.rename

    def rename_then_stop(self, target):
        moved = rename(self, target)
        renamed.append(target)
        if len(renamed) == 1:
            os.kill(os.getpid(), signal.SIGTERM)
        return moved

    class Stopped(Exception):
        pass

    def stop(signum, frame):
        raise Stopped(len(renamed))

    monkeypatch.setattr(Path, "rename", rename_then_stop)
    before = signal.signal(signal.SIGTERM, stop)
    try:
        with pytest.raises(Stopped) as stopped:
            swap(staging, out)
    finally:
        signal.signal(signal.SIGTERM, before)
        idle.set()
    assert stopped.value.args == (2,), "stopped between the renames"
    assert (out / "index.html").read_text() == ".site.building-1"
    assert (spare_of(out) / "index.html").read_text() == "site"


# -- 2. an output folder on another file system -----------------------------------------------

def test_an_output_folder_on_another_file_system(project):
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        pytest.skip("no /dev/shm here: no second file system to build into")
    if os.stat(shm).st_dev == os.stat(project).st_dev:
        pytest.skip("/dev/shm is on the same file system as the project here")
    where = shm / f"portal-test-{uuid.uuid4().hex}"
    out = where / "site"
    try:
        for as_of in ("2026-11-23", "2026-11-24"):    # the cache is warm: its search files are reused
            result = _portal(project, "--out", str(out), as_of=as_of)
            assert result.returncode == 0, result.stderr
            assert (out / "index.html").is_file()
            assert list((out / "pagefind").rglob("*.pf_*")), "no search files were published"
        assert not list(where.glob(".site.building-*"))
    finally:
        shutil.rmtree(where, ignore_errors=True)


def test_a_file_that_cannot_be_linked_is_copied_and_never_written_through(tmp_path, monkeypatch):
    def no_links(source, target):
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), source, None, target)
    monkeypatch.setattr(os, "link", no_links)
    source, copy, published = tmp_path / "cached", tmp_path / "copy", tmp_path / "published"
    source.write_bytes(b"new")
    published.write_bytes(b"live")
    link_or_copy(source, copy)
    assert copy.read_bytes() == b"new"
    # Writer replaces an existing file only through a new one: an existing one is never written into
    with pytest.raises(FileExistsError):
        link_or_copy(source, published)
    assert published.read_bytes() == b"live"


# -- 3. system errors in Chinese ---------------------------------------------------------------

FAILED = "生成失败，未发布任何内容，原网站保持不变 / build failed, nothing was published: "


@pytest.mark.parametrize("code,filename,said", [
    (errno.ENOSPC, "/srv/site/index.html",
     "磁盘空间不足（/srv/site/index.html）：请清理磁盘，或把输出文件夹（--out）换到空间足够的磁盘后重新生成"),
    (errno.EACCES, "/srv/site",
     "没有写入权限（/srv/site）：请用有权限的账户运行，或请管理员放开该文件夹的权限后重新生成"),
    (errno.EPERM, "/srv/site",
     "没有写入权限（/srv/site）：请用有权限的账户运行，或请管理员放开该文件夹的权限后重新生成"),
    (errno.EROFS, "/srv/site",
     "文件系统只读（/srv/site）：请把输出文件夹（--out）换到可写的磁盘，或请管理员将其改为可写后重新生成"),
    (errno.ENOENT, "data/cases",
     "找不到文件或文件夹（data/cases）：请检查路径是否写对、是否已被移走或删除后重新生成"),
    (errno.EMFILE, None,
     "打开的文件过多：请提高同时打开文件数的上限（如 ulimit -n 4096）后重新生成"),
    (errno.EDQUOT, "/home/clerk/site",
     "磁盘配额已满（/home/clerk/site）：请清理本账户的文件，或请管理员提高配额后重新生成"),
], ids=lambda value: errno.errorcode[value] if isinstance(value, int) else "")
def test_a_system_error_is_explained_in_chinese_then_given_in_english(code, filename, said):
    exc = OSError(code, os.strerror(code), filename)     # PermissionError, FileNotFoundError, ... for some
    assert failure_message(exc) == f"{FAILED}{said} / {type(exc).__name__}: {exc}"


def test_a_failed_link_names_both_paths():
    exc = OSError(errno.EXDEV, "Invalid cross-device link", ".portal-cache/a", None, "/srv/.site.building-x/a")
    assert failure_message(exc) == (
        f"{FAILED}不能在两个磁盘（文件系统）之间移动或链接文件（.portal-cache/a → /srv/.site.building-x/a）："
        "请把输出文件夹（--out）放到一个普通的本地文件夹后重新生成 / OSError: [Errno 18] Invalid cross-device link: "
        "'.portal-cache/a' -> '/srv/.site.building-x/a'")


def test_a_subclass_keeps_its_name_and_other_errors_are_as_before():
    assert failure_message(PermissionError(errno.EACCES, "Permission denied", "/srv/site")) == (
        f"{FAILED}没有写入权限（/srv/site）：请用有权限的账户运行，或请管理员放开该文件夹的权限后重新生成 / "
        "PermissionError: [Errno 13] Permission denied: '/srv/site'")
    assert failure_message(OSError(errno.EIO, "Input/output error")) == (
        f"{FAILED}OSError: [Errno 5] Input/output error")
    assert failure_message(ValueError("bad")) == f"{FAILED}ValueError: bad"


def test_cmd_build_says_it_and_exits_3(monkeypatch, capsys):
    from generator import site

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "/srv/site/index.html")
    monkeypatch.setattr(site, "build_site", full)
    args = type("Args", (), dict(data=None, out=None, as_of=None, config=None, lang=None, cache=None))()
    monkeypatch.setattr(site.signal, "signal", lambda *a: None)     # leave pytest's SIGTERM handler be
    assert site.cmd_build(args) == 3
    assert capsys.readouterr().err.splitlines(keepends=True)[-1] == (     # after the note on site_url
        f"{FAILED}磁盘空间不足（/srv/site/index.html）：请清理磁盘，或把输出文件夹（--out）换到空间足够的磁盘后重新生成"
        " / OSError: [Errno 28] No space left on device: '/srv/site/index.html'\n")


# -- 4. the published folder holds what its manifest lists, and nothing else ----------------

def _files_not_in_manifest(site: Path) -> list[str]:
    listed = set(publish.read_manifest(site).files) | {publish.MANIFEST}
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*")
                  if path.is_file() and path.relative_to(site).as_posix() not in listed)


def test_pages_kept_from_the_live_site_leave_nothing_behind(tmp_path):
    """A page the live site has, and the site before it has as the same file (a hard link to one
    file) but made from other inputs, is linked from the live site: a rename of one link over the
    other does nothing (POSIX), and the temporary link was left in the site (a hidden
    `.index.html.<pid>.tmp` beside the page, published with it) once for each such page and
    build.  Made here by a setting that changes every page's inputs but not its bytes."""
    from sitebuild import new_project
    root = new_project(tmp_path / "project")
    for n, (as_of, setting) in enumerate((("2026-11-23", "latest_items: 10"), ("2026-11-23", "latest_items: 9"),
                                          ("2026-11-24", "latest_items: 9"))):
        (root / "portal.yml").write_text(setting + "\n", encoding="utf-8")
        result = _portal(root, as_of=as_of)
        assert result.returncode == 0, result.stderr
    assert spare_of(root / "site").is_dir(), "the last build did not write into the site before last"
    assert _files_not_in_manifest(root / "site") == []


def _unreadable(site: Path) -> list[str]:
    """What the web server, another user, could not read (a file) or list (a folder); the
    manifest is not published."""
    found = []
    for path in [site, *site.rglob("*")]:
        wanted = 0o055 if path.is_dir() else 0o044
        if path.name != publish.MANIFEST and path.stat().st_mode & wanted != wanted:
            found.append(f"{path.relative_to(site.parent)} {path.stat().st_mode & 0o777:o}")
    return found


@pytest.mark.parametrize("written_by", [{}, {"clean": True}], ids=["before-2026-11-28", "2026-11-28"])
def test_what_earlier_builds_left_behind_is_put_right(project, written_by):
    """Sites published by earlier versions may hold temporary links (before 2026-11-28) and files
    a build under a umask of 077 left unreadable to others, in the live site and the one kept
    beside it: each is put right when a build next writes into it."""
    assert _portal(project, as_of="2026-11-24").returncode == 0       # a site kept beside the live one
    planted = []
    for site in (project / "site", spare_of(project / "site")):
        page = next(site.glob("cases/*/index.html"))
        for leftover in (page.with_name(".index.html.12345.tmp"), site / ".feed.xml.7.tmp"):
            os.link(page, leftover)
            planted.append(leftover)
        for path in [site, *site.rglob("*")]:
            path.chmod(0o700 if path.is_dir() else 0o600)
        store = publish.manifest_store(site)
        data = store.read()
        assert data.pop("tidy") == publish.TIDY, "a build of this code says its folder is in order"
        store.write(data | written_by)          # as a manifest an earlier version wrote
    for as_of in ("2026-11-25", "2026-11-26"):
        result = _portal(project, as_of=as_of)
        assert result.returncode == 0, result.stderr
        # the site the first build links pages from, kept beside the new one, is readable at once
        assert _unreadable(project / "site") == [] and _unreadable(spare_of(project / "site")) == [], as_of
    assert [leftover for leftover in planted if leftover.exists()] == []
    for site in (project / "site", spare_of(project / "site")):
        assert _files_not_in_manifest(site) == []
        assert _unreadable(site) == []


def test_a_build_under_a_private_umask_publishes_a_site_everyone_can_read(tmp_path):
    """One build under umask 077 (a manual run, `sudo -u`) left every file it made unreadable to
    the web server, and later builds kept them so.  The cache, which holds the data's rows,
    keeps the umask's modes; a site built by colleagues (umask 002) stays writable by the group."""
    from sitebuild import new_project
    root = new_project(tmp_path / "project")
    for as_of, umask in (("2026-11-23", 0o077), ("2026-11-24", 0o022), ("2026-11-25", 0o022)):
        result = _portal(root, as_of=as_of, umask=umask)
        assert result.returncode == 0, result.stderr
        assert _unreadable(root / "site") == [], umask
        if umask == 0o077:
            private = [path for path in (root / ".portal-cache").rglob("*")
                       if path.is_file() and "search" not in path.parts and not path.stat().st_mode & 0o044]
            assert len(private) > 3, "the cache was made readable by others"
    assert _unreadable(spare_of(root / "site")) == []
    shared = new_project(tmp_path / "shared")
    for as_of in ("2026-11-23", "2026-11-24", "2026-11-25"):
        assert _portal(shared, as_of=as_of, umask=0o002).returncode == 0
        assert [(site / "index.html").stat().st_mode & 0o777 for site in (shared / "site", spare_of(shared / "site"))
                if site.exists()] == [0o664] * (1 + (as_of > "2026-11-23"))
        assert (shared / "site").stat().st_mode & 0o777 == 0o775, "the group can no longer write into the site"


def test_search_files_cached_unreadable_are_published_readable(tmp_path):
    """A cache an earlier version made under umask 077 holds search files only its user may read;
    the site they are linked into from it is read by the web server."""
    from sitebuild import new_project
    root = new_project(tmp_path / "project")
    assert _portal(root).returncode == 0
    cached = [path for path in (root / ".portal-cache" / "search").rglob("*") if path.is_file()]
    for path in cached:
        path.chmod(0o600)
    result = _portal(root, "--out", "other")
    assert result.returncode == 0, result.stderr
    assert len(cached) > 20 and _unreadable(root / "other") == []


def test_what_others_own_is_left_as_it_is(tmp_path, monkeypatch):
    """In a folder a group shares, a colleague's file cannot be given other modes (EPERM): the build
    leaves it as it is rather than fail."""
    page = tmp_path / "page.html"
    page.write_text("x")
    page.chmod(0o600)
    monkeypatch.setattr(os, "geteuid", lambda: page.stat().st_uid + 1)
    publish._readable(page, publish.stat.S_IFREG)
    assert page.stat().st_mode & 0o777 == 0o600
    monkeypatch.undo()
    publish._readable(page, publish.stat.S_IFREG)
    assert page.stat().st_mode & 0o777 == 0o644


def _site_files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()}


def test_the_site_before_last_is_brought_up_to_the_published_one(tmp_path):
    """A daily rebuild writes into the site the last swap replaced, which lacks what the build
    before it changed (a new date: thousands of pages).  catch_up() makes it the published site,
    file for file, each changed or new file a link to the published one, before the pages are
    written; a spare without a manifest (a catching up cut short) is set aside, and the next
    build links the published site whole."""
    from sitebuild import new_project
    root = new_project(tmp_path / "project")
    data = root / "data" / "cases" / "2026.csv"
    assert _portal(root, as_of="2026-11-23").returncode == 0
    # the next day: a new date, a case added and one edited (its quarter's index made again:
    # files of it removed, others added)
    text = data.read_text(encoding="utf-8-sig").replace("认为收费没有依据", "认为收费没有任何依据")
    data.write_text(text + "QX-2026-NEW024,2026-11-20,电话,办事效率,县自然资源局,反映办事拖沓,一般,,办理中\r\n",
                    encoding="utf-8-sig")
    assert _portal(root, as_of="2026-11-24").returncode == 0
    site, spare = root / "site", spare_of(root / "site")
    before, published = _site_files(spare), _site_files(site)
    changed = {rel for rel in published if before.get(rel) != published[rel]}
    assert len(changed) > 10 and set(before) - set(published) and set(published) - set(before)
    assert publish.catch_up(spare, site, publish.read_manifest(site))
    assert _site_files(spare) == published
    for rel in changed:
        assert os.path.samefile(spare / rel, site / rel), rel
    assert not [p for p in spare.rglob("*") if p.is_dir() and not any(p.iterdir())]
    # a build stopped by bad data leaves the spare whole, its manifest the published one
    good = data.read_bytes()
    data.write_bytes(good + "QX-2026-BAD001,2026-11-20,电话,办事效率,没有这个单位,反映,一般,,办理中\r\n".encode("utf-8"))
    assert _portal(root, as_of="2026-11-25").returncode != 0
    assert _site_files(spare) == published
    # without its manifest the spare is of no use: set aside, and the site linked whole
    (spare / publish.MANIFEST).unlink()
    assert not publish.catch_up(spare, site, publish.read_manifest(site))
    assert not spare.exists()
    data.write_bytes(good)
    assert _portal(root, as_of="2026-11-25").returncode == 0
    assert _files_not_in_manifest(site) == []


def test_folders_left_empty_are_removed_without_listing_their_parents(tmp_path, monkeypatch):
    """The folders removed files left empty go, and their parents when those are left empty in
    turn, up to the site's folder, which stays; a folder with anything left in it stays.  None
    is listed: cases/ holds a folder per case, and listing it once per removed case page took
    seconds on a large site."""
    site = tmp_path / "site"
    for rel in ("cases/A/index.html", "cases/B/index.html", "cases/C/index.html", "pagefind/q1/fragment/x",
                "units/u1/page/2/index.html"):
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text("x")
    removed = ["cases/A/index.html", "cases/B/index.html", "pagefind/q1/fragment/x", "units/u1/page/2/index.html"]
    for rel in removed:
        (site / rel).unlink()

    def no_listing(*_):
        raise AssertionError("a folder was listed")
    monkeypatch.setattr(os, "listdir", no_listing)
    monkeypatch.setattr(os, "scandir", no_listing)
    publish.remove_emptied({(site / rel).parent for rel in removed}, site)
    monkeypatch.undo()
    left = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    assert left == ["cases", "cases/C", "cases/C/index.html"]
    publish.remove_emptied({site / "cases" / "C"}, site)       # not empty: stays
    assert (site / "cases" / "C" / "index.html").is_file()
    (site / "cases" / "C" / "index.html").unlink()
    publish.remove_emptied({str(site / "cases" / "C")}, str(site))
    assert site.is_dir() and list(site.iterdir()) == []


def test_deleting_the_manifest_has_every_page_made_again(tmp_path):
    """As docs/deploy.md says, after a page was edited by hand in the site: the site kept beside
    it shares that page's file and its manifest vouched for it, so it was published again."""
    from sitebuild import new_project
    root = new_project(tmp_path / "project")
    for as_of in ("2026-11-23", "2026-11-24"):
        assert _portal(root, as_of=as_of).returncode == 0
    page = next((root / "site").glob("cases/*/index.html"))
    with open(page, "a", encoding="utf-8") as handle:      # in place, as an editor may
        handle.write("<p>手工改动</p>")
    (root / "site" / publish.MANIFEST).unlink()
    result = _portal(root, as_of="2026-11-25")
    assert result.returncode == 0, result.stderr
    assert "手工改动" not in page.read_text(encoding="utf-8")
    assert _files_not_in_manifest(root / "site") == []


def test_builds_that_share_a_cache_take_turns(tmp_path):
    """Two sites of one project share its cache, where one build's new search indexes replace the
    versions the other may be publishing: a build waits for the cache while another has it."""
    import fcntl
    import time
    from sitebuild import new_project
    root = new_project(tmp_path / "project")
    (root / ".portal-cache").mkdir()
    with open(root / ".portal-cache" / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        build = subprocess.Popen([sys.executable, "-m", "generator", "build", "--as-of", "2026-11-23",
                                  "--out", "other"], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(600):
            if (root / ".other-build.lock").exists() or build.poll() is not None:
                break
            time.sleep(0.05)
        time.sleep(1.5)
        started = list(root.glob(".other.building-*")) + list(root.glob("other"))
        running = build.poll() is None
        fcntl.flock(lock, fcntl.LOCK_UN)
    assert build.wait(timeout=300) == 0, build.stderr.read().decode()
    assert running and started == [], "the build went on while another had the cache"
    assert (root / "other" / "index.html").is_file()


def test_a_search_index_cut_short_in_the_cache_is_built_again(tmp_path):
    """A bundle in the cache without its entry file (deleted by hand, or by another build) was
    taken as whole and published as it was: a search that finds nothing in that index."""
    from sitebuild import new_project
    root = new_project(tmp_path / "project")
    assert _portal(root).returncode == 0
    cut = list((root / ".portal-cache" / "search").glob("*/*/pagefind-entry.json"))
    assert len(cut) > 2
    for entry in cut:
        entry.unlink()
    result = _portal(root, "--out", "other")
    assert result.returncode == 0, result.stderr
    bundles = [folder for folder in (root / "other" / "pagefind").iterdir() if folder.is_dir()]
    assert len(bundles) == len(cut)
    assert [folder.name for folder in bundles if not (folder / "pagefind-entry.json").is_file()] == []


# -- 5. a rebuild publishes what a build from nothing would --------------------------------

def test_an_own_template_included_from_a_subfolder_is_part_of_every_page(tmp_path):
    """An office's template may include another from a subfolder of templates/: a change there
    is a change of every page that uses it, not a site kept as it was."""
    from sitebuild import new_project
    from generator.render import PACKAGED_TEMPLATES
    root = new_project(tmp_path / "project")
    (root / "templates" / "parts").mkdir(parents=True)
    (root / "templates" / "case.html").write_text(
        (PACKAGED_TEMPLATES / "case.html").read_text(encoding="utf-8") + '{% include "parts/extra.html" %}\n',
        encoding="utf-8")
    for text in ("甲版本说明", "乙版本说明"):
        (root / "templates" / "parts" / "extra.html").write_text(f"<p>{text}</p>\n", encoding="utf-8")
        result = _portal(root)
        assert result.returncode == 0, result.stderr
        pages = [page.read_text(encoding="utf-8") for page in (root / "site" / "cases").glob("QX-*/index.html")]
        cases = [page for page in pages if "portal-case-head" in page]      # not the withdrawn ones' notes
        assert len(cases) > 10 and all(text in page for page in cases), text


def test_another_pagefind_version_indexes_every_index_again(tmp_path, monkeypatch):
    """Bundles of another Pagefind (its own runtime inside) are neither kept from the cache nor
    left published: after an upgrade every index is made again, even with the cache deleted."""
    from sitebuild import build_result
    from generator import search
    out = tmp_path / "site"
    build_result(out)
    before = publish.read_manifest(out).indexes
    monkeypatch.setattr(search, "pagefind_version", lambda: "9.9.9")
    shutil.rmtree(tmp_path / ".site-cache")
    build_result(out, force=True)
    after = publish.read_manifest(out).indexes
    assert before and set(after) == set(before)
    assert [name for name in after if after[name] == before[name]] == []


def test_an_own_template_that_shows_the_date_is_made_again_the_next_day(tmp_path):
    """A record page's fingerprint holds what the packaged templates show of the as-of date (an
    open case's deadline); an office's own template that shows the date itself is made again
    when the date moves, not kept showing yesterday's."""
    from sitebuild import new_project
    from generator.render import PACKAGED_TEMPLATES
    root = new_project(tmp_path / "project")
    (root / "templates").mkdir()
    (root / "templates" / "notice.html").write_text(
        (PACKAGED_TEMPLATES / "notice.html").read_text(encoding="utf-8") + "<p>数据截至 {{ as_of.isoformat() }}</p>\n",
        encoding="utf-8")
    for as_of in ("2026-11-23", "2026-11-24"):
        result = _portal(root, as_of=as_of)
        assert result.returncode == 0, result.stderr
        pages = [page.read_text(encoding="utf-8") for page in (root / "site" / "notices").glob("*/index.html")]
        notices = [page for page in pages if 'class="portal-text"' in page]    # not the withdrawn ones' notes
        assert len(notices) > 3 and all(f"数据截至 {as_of}" in page for page in notices), as_of


def test_an_output_folder_reached_by_a_symbolic_link_is_staged_beside_the_real_one(tmp_path):
    """A site moved to a bigger disk and linked from where it was: the build writes into a
    staging copy beside the real folder and swaps it in, never into the live site through the
    link (a staging copy of the link was the live site itself)."""
    from sitebuild import new_project
    root = new_project(tmp_path / "project")
    assert _portal(root, "--out", "real").returncode == 0
    (root / "site").symlink_to("real")
    live = (root / "real").stat().st_ino
    for as_of in ("2026-11-24", "2026-11-25"):
        result = _portal(root, "--out", "site", as_of=as_of)
        assert result.returncode == 0, result.stderr
        assert (root / "site").is_symlink() and (root / "site").resolve() == (root / "real").resolve()
        assert not (root / "real").is_symlink() and not spare_of(root / "real").is_symlink()
        assert spare_of(root / "real").stat().st_ino == live, "the live folder was written in place"
        live = (root / "real").stat().st_ino
    assert not spare_of(root / "site").exists() and _files_not_in_manifest(root / "real") == []


def test_clearing_leftovers_leaves_a_neighbouring_site_alone(tmp_path):
    import time
    out = tmp_path / "site"
    ours = [tmp_path / ".site.building-abc", tmp_path / ".site.previous.old-1", tmp_path / ".site.old-2"]
    theirs = [tmp_path / ".site.gold-2025.previous", tmp_path / ".site.gold-2025.building-x"]
    for folder in ours + theirs:
        folder.mkdir()
    (tmp_path / ".site.gold-2025-build.lock").touch()
    publish.clear_leftovers(out)
    for _ in range(100):
        if not any(folder.exists() for folder in ours):
            break
        time.sleep(0.05)
    assert [folder for folder in ours if folder.exists()] == []
    assert all(folder.is_dir() for folder in theirs) and (tmp_path / ".site.gold-2025-build.lock").exists()


def test_a_failed_build_s_workers_leave_nothing_beside_the_site(tmp_path, monkeypatch):
    """A page worker fails while the other, and the one writing the downloads, still write into
    the staging folder: they are stopped before it is removed, or they made parts of it again
    (left there until the next build)."""
    import time
    from sitebuild import build_fixture_site
    from generator import build
    from generator.render import Renderer
    out = tmp_path / "site"
    monkeypatch.setattr(build, "parallel_pays", lambda total, workers=2: workers > 1 and total > 0)
    render, failed = Renderer.render, tmp_path / "failed"

    def render_slowly_or_fail(self, spec):
        if spec.url.startswith("cases/QX-"):
            try:
                failed.touch(exist_ok=False)        # the first case page of either worker
            except FileExistsError:
                time.sleep(0.02)
            else:
                raise RuntimeError("a page that cannot be made")
        return render(self, spec)

    monkeypatch.setattr(Renderer, "render", render_slowly_or_fail)
    with pytest.raises(RuntimeError, match="page worker"):
        build_fixture_site(out)
    time.sleep(2)
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".site.")) == []


def test_a_failed_build_stops_its_search_indexer_and_what_that_runs(tmp_path, monkeypatch):
    """Stopped with its job, Pagefind went on writing into the cache beside the next build's, a
    process of no one's, and its corpus was left in memory (/dev/shm)."""
    import time
    from sitebuild import build_fixture_site
    from generator import build, search
    from generator.render import Renderer
    slow = tmp_path / "slow-pagefind"
    slow.write_text(f"#!{sys.executable}\nimport os, sys, time\ntime.sleep(30)\n"     # one process, as Pagefind
                    f"os.execv({search._pagefind()!r}, [{search._pagefind()!r}, *sys.argv[1:]])\n")
    slow.chmod(0o755)
    monkeypatch.setattr(search, "_pagefind", lambda: str(slow))
    monkeypatch.setattr(build, "parallel_pays", lambda total, workers=2: workers > 1 and total > 0)
    render = Renderer.render

    def fail(self, spec):
        if spec.url.startswith("cases/QX-"):
            time.sleep(1.5)         # the indexer has started
            raise RuntimeError("a page that cannot be made")
        return render(self, spec)

    monkeypatch.setattr(Renderer, "render", fail)
    memory = tmp_path / "shm"           # /dev/shm as this test's own
    memory.mkdir()
    monkeypatch.setattr(search, "_scratch_parent", lambda size: str(memory))
    with pytest.raises(RuntimeError, match="page worker"):
        build_fixture_site(tmp_path / "site")
    running = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert [line for line in running.splitlines() if str(slow) in line] == []
    assert list(memory.iterdir()) == []
