"""Writing the site: only what changed, beside the live site, swapped in at the end.

The staging folder is the site the last swap replaced, kept beside the live one
(``.site.previous``) and made the live site again by the two manifests while the
data is read; without one (a first build, or one after a failed build) it is a
hard-linked copy of the live site, which for 100,000 cases means creating 100,000
folders.  Either way it holds the live site, sharing its files.  Every output goes
through :class:`Writer`, which skips a file whose content is unchanged and
replaces a changed one by writing a new file and renaming it over the link — so
the published copy is never modified.  Files the new build no longer produces
are removed from staging.  Only when all of that succeeded is the staging folder
swapped in, and the site it replaces becomes the next build's staging folder.

Longer than most modules because it holds the whole of the incremental machinery —
manifest, staging, writer and the swap — in one place, as docs/architecture.md says.
"""
from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import os
import re
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

from .store import Store

MANIFEST = ".portal-manifest.marshal"
# A store as the build's caches are (store.py), but in the site folder, whose files it describes
# and with which it travels; and true whichever version of the code wrote it, so not stamped
# with the code: after an upgrade, files that come out the same are still kept, not rewritten.
MANIFEST_VERSION = 1     # of what the manifest holds (files, inputs, indexes)
OLD_MANIFEST = ".portal-manifest.json"


def manifest_store(site: Path) -> Store:
    return Store(Path(site) / MANIFEST, f"manifest/{MANIFEST_VERSION}", made_by_code=False)


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0

    def summary(self) -> str:
        return (f"新增 {len(self.added)}，修改 {len(self.changed)}，删除 {len(self.removed)}，未变 {self.unchanged} / "
                f"added {len(self.added)}, changed {len(self.changed)}, removed {len(self.removed)}, "
                f"unchanged {self.unchanged}")


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def digest(text: str) -> str:
    """A digest of a text that already says what something is made of."""
    return _digest(text.encode("utf-8"))


def fingerprint(*parts) -> str:
    """A digest of what a file is made of (its inputs), to keep it when they are unchanged."""
    return _digest(repr(parts).encode("utf-8"))


def files_under(folder: Path) -> list[tuple[str, bytes]]:
    """Every file under ``folder`` (none if there is no such folder), by its path there, with its
    bytes: a part of a fingerprint (templates, a theme's overrides, the hand-written pages)."""
    return [(path.relative_to(folder).as_posix(), path.read_bytes())
            for path in (sorted(folder.rglob("*")) if folder.is_dir() else [])
            if path.is_file() and path.suffix != ".pyc"]


@dataclass
class Manifest:
    """What a published site holds, kept beside it for the next build."""
    files: dict[str, str] = field(default_factory=dict)     # path -> content digest
    inputs: dict[str, str] = field(default_factory=dict)    # path -> fingerprint of what the page was made from
    indexes: dict[str, str] = field(default_factory=dict)   # search index -> key of its records
    tidy: int = 0           # how far :func:`tidy` has put the folder in order (``TIDY``: all the way)


class Writer:
    """Writes files under ``root`` only when their content changed.

    A page whose inputs are unchanged since the last build can be kept without
    being rendered at all (``can_keep``/``keep``): that is what makes a daily
    rebuild of a large archive cheap.
    """

    def __init__(self, root: Path, previous: Manifest | dict[str, str]):
        """``previous``: what ``root`` holds now, the published site (Staging makes it so), which
        the changes are reported against."""
        self.root = root.resolve()
        self.previous = previous if isinstance(previous, Manifest) else Manifest(files=dict(previous))
        self.current = Manifest()
        self._folders: set[Path] = set()

    def path(self, rel: str) -> Path:
        # Lexical (no resolve(): a filesystem walk per file costs a good part of writing a page);
        # the output folder is the portal's own and holds no symbolic links.
        target = Path(os.path.normpath(self.root / rel))
        if not target.is_relative_to(self.root) or target == self.root:
            raise ValueError(f"refusing to write outside the output folder: {rel!r}")
        return target

    def can_keep(self, rel: str, inputs: str) -> bool:
        """Whether the page ``rel``, made from ``inputs``, need not be made again: ``root`` has it."""
        # os.path, not pathlib: asked for every page, and pathlib's objects cost more than the check.
        return (self.previous.inputs.get(rel) == inputs and rel in self.previous.files
                and os.path.isfile(os.path.join(self.root, rel)))

    def can_keep_all(self, key: str, inputs: str, rels: list[str]) -> bool:
        """Whether the pages ``rels``, made together from ``inputs`` (recorded under ``key``, which
        is not a file), are all in ``root`` as the last build that recorded them left them."""
        previous = self.previous
        return previous.inputs.get(key) == inputs and all(rel in previous.files and rel in previous.inputs
                                                           for rel in rels)

    def keep_all(self, key: str, inputs: str, rels: list[str]) -> None:
        """Keep these pages as they are (see :meth:`can_keep_all`), and record what they are made of."""
        files, made = self.previous.files, self.previous.inputs
        # What keep() does for each, at once.
        self.current.files.update({rel: files[rel] for rel in rels})
        self.current.inputs.update({rel: made[rel] for rel in rels})
        self.current.inputs[key] = inputs

    def keep(self, rel: str, inputs: str | None = None) -> None:
        """The file stays as it is (it is already in the staging folder)."""
        self.current.files[rel] = self.previous.files[rel]
        if inputs is not None:
            self.current.inputs[rel] = inputs

    def keep_tree(self, *prefixes: str) -> None:
        """Keep every file under these folders (one pass over the previous site's files)."""
        if prefixes:
            for rel in [r for r in self.previous.files if r.startswith(prefixes)]:
                self.keep(rel)

    def write(self, rel: str, data: bytes | str | None, source: Path | None = None, inputs: str | None = None,
              digest: str | None = None) -> None:
        """``data``, or the file ``source`` hard-linked (copied where it cannot be), whose ``digest``
        the caller may already know."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        target = self.path(rel)
        digest = digest or _digest(data)
        self.current.files[rel] = digest
        if inputs is not None:
            self.current.inputs[rel] = inputs
        if self.previous.files.get(rel) == digest and target.is_file():
            return

        def put(path: Path) -> None:
            if source is not None:
                link_or_copy(source, path)
            else:
                with open(path, "xb") as handle:
                    handle.write(data)
        self._put(target, put)

    def _put(self, target: Path, put) -> None:
        """``put(path)`` makes a new file at ``path``; in place of ``target``'s if it has one."""
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folder = target.parent
            while _hiding() and folder not in self._folders and folder != self.root:
                _readable(folder, stat.S_IFDIR)     # made private by the umask, and its parents with it
                self._folders.add(folder)
                folder = folder.parent
            self._folders.add(target.parent)
        try:
            put(target)              # a new file: nothing published is linked to it
        except FileExistsError:
            tmp = target.with_name(f".{target.name}.{os.getpid()}{LEFTOVER_SUFFIX}")
            put(tmp)
            os.replace(tmp, target)  # breaks the hard link: the published file is untouched
            # Unless both were links to one file (a page linked from the live site that the site
            # before it shares): then rename() does nothing and leaves both names (POSIX).
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        if _hiding():
            _readable(target, stat.S_IFREG)

    def write_tree(self, folder: Path, prefix: str = "", link: bool = False, version: str | None = None) -> None:
        """Every file under ``folder``; with ``link``, changed files are hard-linked, not copied
        (for caches that are never modified in place).  A ``version`` naming the folder's whole
        content (a cache key) stands in for the files' digests, so they need not be read."""
        for path in sorted(folder.rglob("*")):
            mode = path.stat().st_mode
            if stat.S_ISREG(mode):
                if link and mode & _READ != _READ:     # a cache made under a umask that hides it
                    _readable(path, stat.S_IFREG)
                rel = path.relative_to(folder).as_posix()
                if version and link:
                    self.write(prefix + rel, None, source=path, digest=_digest(f"{version}/{rel}".encode()))
                else:
                    self.write(prefix + rel, path.read_bytes(), source=path if link else None)

    def merge(self, other: Manifest) -> None:
        """Take over what a parallel worker's writer wrote (its ``current``: the worker sends
        that back, not its writer, which holds the whole previous manifest too)."""
        self.current.files.update(other.files)
        self.current.inputs.update(other.inputs)
        self.current.indexes.update(other.indexes)

    def finish(self) -> Changes:
        emptied: set[Path] = set()
        for rel in sorted(set(self.previous.files) - set(self.current.files)):
            target = self.root / rel
            if target.is_file():
                target.unlink()
                emptied.add(target.parent)
        remove_emptied(emptied, self.root)
        data = {"files": self.current.files, "inputs": self.current.inputs, "indexes": self.current.indexes}
        data = {key: dict(sorted(table.items())) for key, table in data.items()} | {"tidy": TIDY}
        # A store is replaced by a new file, not written over: in a hard-linked copy of the live site
        # the old one is the live site's manifest too, which would then describe the new site, and after
        # the swap the kept one (the next build's staging folder) would claim the new site's files.
        manifest_store(self.root).write(data)
        (self.root / OLD_MANIFEST).unlink(missing_ok=True)
        return self.changes()

    def changes(self) -> Changes:
        """What differs from the published site."""
        new, old = self.current.files, self.previous.files
        changes = Changes(removed=sorted(set(old) - set(new)))
        for rel, digest in sorted(new.items()):
            before = old.get(rel)
            if before is None:
                changes.added.append(rel)
            elif before != digest:
                changes.changed.append(rel)
            else:
                changes.unchanged += 1
        return changes


def read_manifest(site: Path) -> Manifest:
    data = manifest_store(site).read()
    try:
        tidy = data.get("tidy", 1 if data.get("clean") is True else 0)
        return Manifest(data["files"], data.get("inputs", {}), data.get("indexes", {}),
                        tidy if isinstance(tidy, int) else 0)
    except (KeyError, TypeError, AttributeError):
        return Manifest()


# What :func:`tidy` has done to a folder, as its manifest says: 1, no temporary links left
# (builds from 2026-11-28 on); 2, every file and folder readable by all too.
TIDY = 2
LEFTOVER_SUFFIX = ".tmp"
_LEFTOVER = re.compile(r"\..+\.[0-9]+" + re.escape(LEFTOVER_SUFFIX))
_READ, _ENTER = 0o044, 0o011      # read by the group and others; folders entered too


@cache
def _umask() -> int:
    """This process's umask.  Asked first before anything runs beside the build (reading it sets
    it for a moment)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def _hiding() -> bool:
    """Whether the umask hides what this process makes from others.  The published site is for
    everyone to read, the web server being another user: under such a umask (077: a manual run,
    `sudo -u`), what a build makes is made readable all the same, and never writable by others."""
    return bool(_umask() & (_READ | _ENTER))


def _readable(path, kind: int) -> None:
    """Let the group and others read ``path`` (a file) or enter and list it (a folder), when it
    is this user's: another's (a colleague's build, in a folder the group shares) is left as it is."""
    wanted = _READ | (_ENTER if kind == stat.S_IFDIR else 0)
    st = os.stat(path, follow_symlinks=False)
    if st.st_mode & wanted != wanted and not stat.S_ISLNK(st.st_mode) and st.st_uid == os.geteuid():
        os.chmod(path, stat.S_IMODE(st.st_mode) | wanted)


def tidy(site: Path, links: bool = True) -> None:
    """Put right, in one walk, what earlier builds left in a site: the temporary links
    (``.<name>.<pid>.tmp``) that builds before 2026-11-28 left beside pages kept from the live site,
    and published with them (as many as one per page and build, enough to take a large site over
    its host's limits); and files and folders a build under a umask that hides them made
    unreadable to others, which later builds kept as they were, and the web server could not serve.
    Without ``links``, only the latter (the live site, whose files a build links into its own)."""
    _readable(site, stat.S_IFDIR)
    for folder, folders, files in os.walk(site):
        for name in folders:
            _readable(os.path.join(folder, name), stat.S_IFDIR)
        for name in files:
            path = os.path.join(folder, name)
            if links and name.startswith(".") and _LEFTOVER.fullmatch(name):
                os.unlink(path)
            else:
                _readable(path, stat.S_IFREG)


def clear_leftovers(out_dir: Path) -> None:
    """Remove what builds killed outright left beside ``out_dir`` (their staging folders, a
    replaced site not yet removed); under the build lock none is in use."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    # Exactly the names builds give them (mkdtemp's, _set_aside's): not another site's beside it
    # (".site.gold-2025.previous" is the spare of the output folder "site.gold-2025").
    name = out_dir.name
    for pattern in (f".{name}.building-*", f".{name}.previous.old-*", f".{name}.old-*"):
        for stale in out_dir.parent.glob(pattern):
            _remove_in_background(stale)


def spare_of(out_dir: Path) -> Path:
    """Where the site a swap replaced is kept for the next build."""
    return out_dir.with_name(f".{out_dir.name}.previous")


class Staging:
    """A staging folder beside ``out_dir`` that holds the published site when :meth:`ready`: the
    spare site the last swap left, brought up to the published one, or else a hard-linked copy
    of the published site.

    Either starts at once and goes on while the data is read: the spare is caught up in a
    forked process (:func:`catch_up`: a daily rebuild's spare lacks what the build before it
    changed, thousands of pages on a new date, which were otherwise linked one by one while
    the pages are written); the copy is made by `cp -al` (much faster than Python for a large
    tree).  A spare caught up is a spare still, its manifest the published site's: a build
    stopped by bad data leaves it be (:meth:`settle`).  :meth:`discard` removes the folder when
    nothing is to be published.
    """

    def __init__(self, out_dir: Path):
        clear_leftovers(out_dir)
        self.out_dir = out_dir
        self._linking = None
        self._catching_up = None
        self.published = read_manifest(out_dir) if out_dir.is_dir() else Manifest()   # what it holds once ready
        spare = spare_of(out_dir)
        # Of no use beside a live site without a manifest (deleted to have every page made
        # again), whose files it shares and its manifest would vouch for.
        if spare.exists() and not (self.published.files and spare.is_dir()):
            _remove_in_background(_set_aside(spare))
        self.path = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
        try:      # stopped here (SIGTERM), the folder must not be left behind
            # mkdtemp makes the folder private (0700); the published site must be readable by the web
            # server, and stays writable by the group where the umask lets it (builds by colleagues).
            os.chmod(self.path, (0o777 & ~_umask()) | _READ | _ENTER)
            if spare.is_dir():
                from .parallel import Forked, parallel_pays
                self._catching_up = Forked(partial(catch_up, spare, out_dir, self.published), "staging",
                                           inline=not parallel_pays(len(self.published.files)))
            elif self.published.files:
                self._start_linking()
        except BaseException:
            self.discard()
            raise

    def _start_linking(self) -> None:
        if shutil.which("cp"):
            self.path.rmdir()
            self._linking = subprocess.Popen(["cp", "-al", str(self.out_dir), str(self.path)])

    def settle(self) -> None:
        """Wait for the spare to be caught up: it stays the next build's, whole."""
        if self._catching_up is not None:
            self._catching_up.result()

    def ready(self) -> Path:
        caught_up = self._catching_up is not None and self._catching_up.result()
        self._catching_up = None
        if caught_up:
            spare = spare_of(self.out_dir)
            # From here it no longer matches its manifest: without one, a build killed
            # while writing into it cannot leave it looking like a finished site.
            (spare / MANIFEST).unlink()
            self.path.rmdir()
            spare.rename(self.path)
        elif self.published.files:
            if self._linking is None:         # no spare after all
                self._start_linking()
            linked = self._linking is not None and self._linking.wait() == 0
            self._linking = None
            if not linked:      # no `cp`, or it failed: the portable fallback
                shutil.rmtree(self.path, ignore_errors=True)
                shutil.copytree(self.out_dir, self.path, copy_function=link_or_copy)
        if self.published.files and self.published.tidy < TIDY:
            if caught_up:       # pages are linked from it into the staging folder
                tidy(self.out_dir, links=False)
            else:               # linked from it whole
                tidy(self.path)
        return self.path

    def discard(self) -> None:
        if self._linking is not None:
            self._linking.kill()
            self._linking.wait()
        shutil.rmtree(self.path, ignore_errors=True)


def catch_up(spare: Path, out_dir: Path, published: Manifest) -> bool:
    """Make the spare site the last swap left hold what the published site ``out_dir`` holds,
    file for file, by what the two manifests say: a file the last build made or changed is
    linked from the published site, one it removed is removed.  Its manifest is then the
    published site's.  Whether it could; when not, the spare is set aside (and the published
    site is linked whole)."""
    kept = read_manifest(spare)
    if not kept.files:      # unfinished or foreign
        _remove_in_background(_set_aside(spare))
        return False
    # From here until it is the published site's, it has no manifest: a catching up cut short
    # cannot leave it looking like a finished site.
    (spare / MANIFEST).unlink()
    try:
        if kept.tidy < TIDY:
            tidy(spare)
        emptied = set()
        for rel in kept.files.keys() - published.files.keys():
            target = os.path.join(spare, rel)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(target)
            emptied.add(os.path.dirname(target))
        folders = set()
        for rel, digest in published.files.items():
            if kept.files.get(rel) == digest:
                continue
            target = os.path.join(spare, rel)
            folder = os.path.dirname(target)
            if folder not in folders:
                os.makedirs(folder, exist_ok=True)
                if _hiding():
                    _readable(folder, stat.S_IFDIR)
                folders.add(folder)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(target)
            link_or_copy(os.path.join(out_dir, rel), target)
        remove_emptied(emptied - folders, spare)
        link_or_copy(out_dir / MANIFEST, spare / MANIFEST)
    except OSError:
        _remove_in_background(_set_aside(spare))
        return False
    return True


def remove_emptied(folders, root) -> None:
    """Remove the folders that removing files left empty, and then their parents left empty,
    deepest first, up to ``root`` (which stays).  A folder is tried, not listed: removing one
    that is not empty fails at once, where listing it reads it whole, and ``cases/`` holds a
    folder per case (a day that removed a hundred case pages listed 100,000 names a hundred
    times: seconds)."""
    root = os.fspath(root)
    for folder in sorted(map(os.fspath, folders), key=lambda f: -f.count(os.sep)):
        while folder != root and folder.startswith(root + os.sep):
            try:
                os.rmdir(folder)
            except OSError as exc:
                if exc.errno in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOENT):    # not empty, or gone
                    break
                raise
            folder = os.path.dirname(folder)


def swap(staging: Path, out_dir: Path) -> None:
    """Put the finished build in place; the site it replaces is kept as the next build's staging folder."""
    spare = spare_of(out_dir)
    if spare.exists():
        _remove_in_background(_set_aside(spare))
    # Exchanged in one step, ``out_dir`` is never missing: a visitor (or the web server) never
    # meets a site without its pages, as between the two renames below.  Where it cannot be,
    # a build stopped between them would leave no site at all: the signals that stop a build
    # wait until both are done.
    with _signals_held():
        if out_dir.exists() and exchange(staging, out_dir):
            staging.rename(spare)
            return
        if out_dir.exists():
            out_dir.rename(spare)
        staging.rename(out_dir)


_STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


@contextlib.contextmanager
def _signals_held():
    """Hold back SIGTERM, SIGINT and SIGHUP until the block is done, then deliver them as they
    would have been.  By their handlers, not the thread's signal mask: Python runs a handler in
    the main thread whichever thread the signal reached (`portal serve` serves from another)."""
    caught: list[int] = []
    try:
        before = {sig: signal.signal(sig, lambda signum, frame: caught.append(signum))
                  for sig in _STOPPING if signal.getsignal(sig) is not None}
    except ValueError:          # not the main thread, where no handler runs anyway
        yield
        return
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
        for sig in dict.fromkeys(caught):
            signal.raise_signal(sig)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_renameat2 = None        # looked up at the first swap; False where the C library has none


def exchange(a: Path, b: Path) -> bool:
    """Swap the two paths atomically (Linux's renameat2 with RENAME_EXCHANGE); False where
    that cannot be done here (another system, glibc before 2.28, a file system without it)."""
    global _renameat2
    if _renameat2 is None:
        try:
            _renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
            _renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
            _renameat2.restype = ctypes.c_int
        except (OSError, AttributeError, TypeError):     # TypeError: CDLL(None) on Windows
            _renameat2 = False
    if not _renameat2:
        return False
    if _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


# Some file systems refuse hard links with EPERM or cap a file's links (EMLINK); an output
# folder on another file system than the cache gets EXDEV.  The file is copied then.
_CANNOT_LINK = {errno.EXDEV, errno.EPERM, errno.EMLINK}


def link_or_copy(source, target) -> None:
    """Hard-link ``source`` as the new file ``target``, or copy it where that cannot be done."""
    try:
        os.link(source, target)
    except OSError as exc:
        if exc.errno not in _CANNOT_LINK:
            raise
        # "x": never written through an existing file, which may be the published site's
        with open(source, "rb") as src, open(target, "xb") as dst:
            shutil.copyfileobj(src, dst)


def _set_aside(folder: Path) -> Path:
    aside = folder.with_name(f"{folder.name}.old-{time.time_ns()}")
    folder.rename(aside)
    return aside


def _remove_in_background(folder: Path) -> None:
    if shutil.which("rm"):
        subprocess.Popen(["rm", "-rf", str(folder)], start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    else:
        shutil.rmtree(folder, ignore_errors=True)


FAILED = "生成失败，未发布任何内容，原网站保持不变 / build failed, nothing was published: "

# What a clerk can do about the system errors a build meets most, in their words.
_WHAT_TO_DO = {
    errno.ENOSPC: "磁盘空间不足{path}：请清理磁盘，或把输出文件夹（--out）换到空间足够的磁盘后重新生成",
    errno.EDQUOT: "磁盘配额已满{path}：请清理本账户的文件，或请管理员提高配额后重新生成",
    errno.EACCES: "没有写入权限{path}：请用有权限的账户运行，或请管理员放开该文件夹的权限后重新生成",
    errno.EPERM: "没有写入权限{path}：请用有权限的账户运行，或请管理员放开该文件夹的权限后重新生成",
    errno.EROFS: "文件系统只读{path}：请把输出文件夹（--out）换到可写的磁盘，或请管理员将其改为可写后重新生成",
    errno.EXDEV: "不能在两个磁盘（文件系统）之间移动或链接文件{path}：请把输出文件夹（--out）放到一个普通的本地文件夹后重新生成",
    errno.ENOENT: "找不到文件或文件夹{path}：请检查路径是否写对、是否已被移走或删除后重新生成",
    errno.EMFILE: "打开的文件过多{path}：请提高同时打开文件数的上限（如 ulimit -n 4096）后重新生成",
}


def failure_message(exc: BaseException) -> str:
    """What `portal build` says when the build itself failed: for a common system error what
    to do, in Chinese, before the error as Python gives it."""
    english = f"{type(exc).__name__}: {exc}"
    what = _WHAT_TO_DO.get(exc.errno) if isinstance(exc, OSError) else None
    if what is None:
        return FAILED + english
    paths = [str(name) for name in (exc.filename, exc.filename2) if name is not None]
    path = f"（{' → '.join(paths)}）" if paths else ""
    return f"{FAILED}{what.format(path=path)} / {english}"
