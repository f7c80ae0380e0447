"""The last build: what it was made from, and the site it published.

A build given the same bytes (data, settings, hand-written pages, templates), the same as-of
date and language, and the same code and theme as the build that made the live site would make
that site again, file for file (tests/test_cold_build.py): it has nothing to do, and says so
without reading anything.  Anything else — one byte of one file, the next day's date, an
upgrade, a site folder that is not the one the last build published — builds as before.

Kept in the cache folder (store.py), stamped with the code like every cache there.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .sitefolder import OWN_TEMPLATES
from .store import named

DISTRIBUTION = "efficiency-portal"
# Besides the portal's own dependencies: the Markdown extensions the theme renders pages with.
THEME_EXTENSIONS = ("markdown", "pymdown-extensions")


def made_with() -> list[str]:
    """The packages the build runs on: an upgrade of any may change the site, or what the
    personal-data gate finds in the same data (the name analyser, its dictionary), or a
    deadline (the holiday calendar).  Read from the installed portal's own requirements."""
    from importlib import metadata
    try:
        requirements = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:      # run from a source tree not installed: its pyproject.toml
        import tomllib
        project = Path(__file__).resolve().parent.parent / "pyproject.toml"
        requirements = tomllib.loads(project.read_text(encoding="utf-8"))["project"]["dependencies"] \
            if project.is_file() else []
    names = {re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0] for requirement in requirements
             if "extra ==" not in requirement}
    return sorted(names | set(THEME_EXTENSIONS))


@dataclass(frozen=True)
class LastBuild:
    inputs: str             # digest of everything the build read (see inputs_digest)
    site: list              # the published folder as the build left it (site_identity)
    pages: int              # as the build reported them
    files: int
    notes: str              # the report's totals and warnings, when there were warnings ("" otherwise)


def _tree(digest, folder: Path) -> None:
    """Every file under ``folder``, by its path and bytes (none when there is no such folder)."""
    if not folder.is_dir():
        digest.update(b"\0no folder\0")
        return
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            path = Path(root) / name
            digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
            with open(path, "rb") as handle:
                digest.update(hashlib.file_digest(handle, "blake2b").digest())


def _file(digest, path: Path) -> None:
    try:
        digest.update(path.read_bytes())
    except OSError:
        digest.update(b"\0no file\0")


def inputs_digest(data_dir: Path, config_path: Path, project_dir: Path, as_of: dt.date, lang: str | None,
                  source_date_epoch: str | None) -> str:
    """A digest of everything a build reads and is told: every byte it could read, its date,
    its language and its versions."""
    from importlib import metadata

    import site_templates

    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr((as_of.isoformat(), lang, source_date_epoch)).encode("utf-8"))
    for package in made_with():
        try:
            digest.update(f"{package} {metadata.version(package)}\0".encode("utf-8"))
        except metadata.PackageNotFoundError:
            digest.update(f"{package} -\0".encode("utf-8"))
    project_dir = Path(project_dir)
    _file(digest, Path(config_path))
    _file(digest, project_dir / "mkdocs.yml")
    for folder in (Path(data_dir), project_dir / "content", project_dir / OWN_TEMPLATES,
                   Path(site_templates.__file__).parent):
        _tree(digest, folder)
    return digest.hexdigest()


def site_identity(out_dir: Path) -> tuple | None:
    """The published folder — a new folder each build swaps in — and the manifest it holds."""
    from .publish import MANIFEST
    try:
        folder, manifest = os.stat(out_dir), os.stat(Path(out_dir) / MANIFEST)
    except OSError:
        return None
    return (str(Path(out_dir).absolute()), folder.st_dev, folder.st_ino, folder.st_mtime_ns,
            manifest.st_ino, manifest.st_size, manifest.st_mtime_ns)


def _store(cache_dir: Path):
    return named(cache_dir, "last-build")


def recall(cache_dir: Path, inputs: str, out_dir: Path) -> LastBuild | None:
    """The last build, if it was made from ``inputs`` and published the site ``out_dir`` holds now."""
    kept = _store(cache_dir).read()
    if not isinstance(kept, dict):
        return None
    try:
        last = LastBuild(**kept)
    except TypeError:
        return None
    identity = site_identity(out_dir)
    return last if last.inputs == inputs and identity is not None and list(identity) == last.site else None


def remember(cache_dir: Path, inputs: str, out_dir: Path, pages: int, files: int, notes: str) -> None:
    identity = site_identity(out_dir)
    if identity is not None:
        _store(cache_dir).write({"inputs": inputs, "site": list(identity), "pages": pages, "files": files,
                                 "notes": notes})


def forget(cache_dir: Path) -> None:
    _store(cache_dir).path.unlink(missing_ok=True)
