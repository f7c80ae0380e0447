"""Writing the site: only what changed, beside the live site, swapped in at the end.

The staging folder starts as a hard-linked copy of the published site (no data
is copied).  Every output goes through :class:`Writer`, which skips a file
whose content is unchanged and replaces a changed one by writing a new file and
renaming it over the link — so the published copy is never modified.  Files
the new build no longer produces are removed from staging.  Only when all of
that succeeded is the staging folder swapped in.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".portal-manifest.json"


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


class Writer:
    """Writes files under ``root`` only when their content changed."""

    def __init__(self, root: Path, previous: dict[str, str]):
        self.root = root.resolve()
        self.previous = previous
        self.current: dict[str, str] = {}
        self.changes = Changes()
        self._folders: set[Path] = set()

    def path(self, rel: str) -> Path:
        target = (self.root / rel).resolve()
        if not target.is_relative_to(self.root) or target == self.root:
            raise ValueError(f"refusing to write outside the output folder: {rel!r}")
        return target

    def write(self, rel: str, data: bytes | str, source: Path | None = None) -> None:
        if isinstance(data, str):
            data = data.encode("utf-8")
        target = self.path(rel)
        digest = _digest(data)
        self.current[rel] = digest
        old = self.previous.get(rel)
        if old == digest and target.is_file():
            self.changes.unchanged += 1
            return
        (self.changes.changed if old is not None else self.changes.added).append(rel)
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        if source is not None:
            os.link(source, tmp)
        else:
            tmp.write_bytes(data)
        os.replace(tmp, target)      # breaks the hard link: the published file is untouched

    def write_tree(self, folder: Path, prefix: str = "", link: bool = False) -> None:
        """Every file under ``folder``; with ``link``, changed files are hard-linked, not copied
        (for caches that are never modified in place)."""
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                self.write(prefix + path.relative_to(folder).as_posix(), path.read_bytes(),
                           source=path if link else None)

    def merge(self, other: "Writer") -> None:
        """Take over what a parallel worker's writer wrote."""
        self.current.update(other.current)
        self.changes.added += other.changes.added
        self.changes.changed += other.changes.changed
        self.changes.unchanged += other.changes.unchanged

    def finish(self) -> Changes:
        for rel in sorted(set(self.previous) - set(self.current)):
            target = self.root / rel
            if target.is_file():
                target.unlink()
            self.changes.removed.append(rel)
        # empty folders left by removals
        for folder in sorted((p for p in self.root.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
            if not any(folder.iterdir()):
                folder.rmdir()
        (self.root / MANIFEST).write_text(json.dumps(self.current, sort_keys=True, indent=0), encoding="utf-8")
        return self.changes


def read_manifest(site: Path) -> dict[str, str]:
    try:
        return json.loads((site / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def stage(out_dir: Path) -> tuple[Path, dict[str, str]]:
    """A staging folder beside ``out_dir``, hard-linked to the published site if there is one."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
    previous = read_manifest(out_dir) if out_dir.is_dir() else {}
    if previous:
        staging.rmdir()
        if shutil.which("cp") and subprocess.run(["cp", "-al", str(out_dir), str(staging)]).returncode == 0:
            pass
        else:
            shutil.copytree(out_dir, staging, copy_function=os.link)
    return staging, previous


def swap(staging: Path, out_dir: Path) -> None:
    """Put the finished build in place; the old site is removed only after the swap."""
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old-{time.time_ns()}")
        out_dir.rename(old)
    staging.rename(out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
