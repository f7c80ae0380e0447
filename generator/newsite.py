"""``portal new DIR``: a working site folder for an office, from the skeleton the package ships.

The folder holds only what is the office's own — its data (one example row of each kind, marked
as an example), its hand-written pages, its settings, the scheduled-publishing workflows and
``requirements.txt`` pinning this version of the tool.  Everything else comes from the installed
package, so upgrading is ``pip install -U``; any shipped file can still be overridden by putting a
file of the same name in the folder (see sitefolder.py).
"""
from __future__ import annotations

import shutil
from pathlib import Path

from . import __version__, i18n
from .config import ConfigError
from .render import PACKAGED_TEMPLATES

SKELETON = PACKAGED_TEMPLATES / "new_site"
DEFAULT_OFFICE = "机关效能投诉中心"


def new_site(folder: Path, office: str = DEFAULT_OFFICE) -> list[Path]:
    """Write the site folder; returns the files written.  An existing folder with anything in it
    is left alone (ConfigError, exit 2): a site folder is never written over."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise ConfigError(i18n.message_both("new_site_exists", folder=folder))
    written = []
    for source in sorted(SKELETON.rglob("*")):
        if source.is_dir() or "__pycache__" in source.parts:
            continue
        # Dot-files ship as dot-… (packaging tools pass over hidden files).
        rel = Path(*[part.replace("dot-", ".", 1) if part.startswith("dot-") else part
                     for part in source.relative_to(SKELETON).parts])
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix in (".yml", ".yaml", ".md", ".txt", ".csv") or source.name.startswith("dot-"):
            text = source.read_text(encoding="utf-8")
            target.write_text(text.replace("{{office}}", office).replace("{{version}}", __version__),
                              encoding="utf-8")
        else:
            shutil.copy(source, target)
        written.append(target)
    return written


def cmd_new(args) -> int:
    written = new_site(args.folder, args.office)
    print(i18n.message("new_site_done", "zh", folder=args.folder, files=len(written)))
    print(i18n.message("new_site_done", "en", folder=args.folder, files=len(written)))
    return 0


def add_new_command(sub) -> None:
    p = sub.add_parser("new", help="新建网站文件夹 / make a site folder for an office")
    p.add_argument("folder", type=Path, help="新网站文件夹 / the new site folder")
    p.add_argument("--office", default=DEFAULT_OFFICE, help="单位名称 / the office's name")
    p.set_defaults(func=cmd_new)
