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
from dataclasses import dataclass
from pathlib import Path

from .publish import MANIFEST
from .sitefolder import OWN_TEMPLATES
from .store import installed, named


def project_inputs(data_dir: Path, config_path: Path, project_dir: Path) -> tuple[list[Path], list[Path]]:
    """The files and the folders of the site folder a build reads (`portal serve` watches the same),
    with what a site's own mkdocs.yml names besides (:func:`mkdocs_inputs`)."""
    project_dir = Path(project_dir)
    named = mkdocs_inputs(project_dir / "mkdocs.yml")
    return ([Path(config_path), project_dir / "mkdocs.yml", *(p for p in named if not p.is_dir())],
            [Path(data_dir), project_dir / "content", project_dir / OWN_TEMPLATES, *(p for p in named if p.is_dir())])


def mkdocs_inputs(config_file: Path) -> list[Path]:
    """What a site's own mkdocs.yml makes MkDocs read besides the pages: the configuration it
    inherits (``INHERIT``, and what that names in turn), the theme's ``custom_dir``, the
    ``hooks`` and the paths under ``watch`` — what ``mkdocs serve`` itself watches.  Paths are
    relative to the file naming them, as MkDocs reads them (``!relative $config_dir/…`` too); a
    path not there is named all the same (its appearing is a change).  Unreadable YAML names
    nothing here: the build reports it."""
    import yaml

    class Tolerant(yaml.SafeLoader):        # MkDocs' own tags (!ENV, !relative, !!python/name) as plain values
        pass
    Tolerant.add_multi_constructor("", lambda loader, suffix, node: (
        loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else None))

    found: list[Path] = []
    seen: set[Path] = set()
    pending = [Path(config_file)]
    while pending:
        current = pending.pop()
        if current.resolve() in seen:
            continue
        seen.add(current.resolve())
        try:
            config = yaml.load(current.read_text(encoding="utf-8"), Loader=Tolerant)
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        if not isinstance(config, dict):
            continue
        here = current.parent
        theme = config.get("theme")
        inherited = _named_path(here, config.get("INHERIT"))
        if inherited is not None and inherited.resolve() not in seen:
            pending.append(inherited)
            found.append(inherited)
        for name in [theme.get("custom_dir") if isinstance(theme, dict) else None,
                     *_strings(config.get("hooks")), *_strings(config.get("watch"))]:
            path = _named_path(here, name)
            if path is not None:
                found.append(path)
    return found


def _named_path(here: Path, name) -> Path | None:
    """Where a path a MkDocs configuration in ``here`` names is (``!relative $config_dir/…``:
    from ``here`` too); None for no path, or one under the pages' folder (content/, read already)."""
    if not isinstance(name, str) or not name.strip() or name.startswith("$docs_dir"):
        return None
    if name.startswith("$config_dir"):
        name = name.removeprefix("$config_dir").lstrip("/") or "."
    return here / name


def _strings(value) -> list:
    return value if isinstance(value, list) else [value] if isinstance(value, str) else []


@dataclass(frozen=True)
class LastBuild:
    inputs: str             # digest of everything the build read (see inputs_digest)
    site: list              # the published folder as the build left it (site_identity)
    pages: int              # as the build reported them
    files: int
    notes: str              # the report's totals and warnings, when there were warnings ("" otherwise)


def _tree(digest, folder: Path) -> None:
    """Every file under ``folder`` (through linked folders, as the build reads them), by its path
    and bytes; a link to nothing by its target (an editor's lock file is one)."""
    digest.update(f"\0folder {folder.name}\0".encode("utf-8"))
    if not folder.is_dir():
        digest.update(b"\0no folder\0")
        return
    seen = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:            # a link back up the tree: once is enough
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            path = Path(root) / name
            digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
            try:
                with open(path, "rb") as handle:
                    digest.update(hashlib.file_digest(handle, "blake2b").digest())
            except OSError:
                digest.update(b"\0unreadable\0" + os.fsencode(os.readlink(path) if os.path.islink(path) else ""))


def _file(digest, path: Path) -> None:
    digest.update(f"\0file {path.name}\0".encode("utf-8"))
    try:
        data = path.read_bytes()
    except OSError:
        digest.update(b"\0no file\0")
        return
    digest.update(len(data).to_bytes(8, "big") + data)


def inputs_digest(data_dir: Path, config_path: Path, project_dir: Path, as_of: dt.date, lang: str | None,
                  source_date_epoch: str | None) -> str:
    """A digest of everything a build reads and is told: every byte it could read, its date,
    its language and its versions."""
    import site_templates

    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr((as_of.isoformat(), lang, source_date_epoch)).encode("utf-8"))
    digest.update(repr(installed()).encode("utf-8"))
    files, folders = project_inputs(data_dir, config_path, project_dir)
    for path in files:
        _file(digest, path)
    for folder in [*folders, Path(site_templates.__file__).parent]:
        _tree(digest, folder)
    return digest.hexdigest()


def site_identity(out_dir: Path) -> tuple | None:
    """The published folder — a new folder each build swaps in — and the manifest it holds."""
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
