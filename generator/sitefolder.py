"""Where a site folder keeps its files: the folder an office's portal lives in.

``portal new`` makes one (data/, content/, portal.yml …); ``portal build``, ``validate`` and
``serve`` work in the current folder or the one ``--site`` names.  What the folder does not
have — the MkDocs configuration, the theme's overrides, the page templates — comes from the
installed package; a file the folder does have (``templates/case.html``,
``templates/overrides/…``, ``mkdocs.yml``) is used instead of the installed one.  (Not
``site_templates/``, the package's own name: a folder of that name would hide the package
from ``python -m generator`` run inside it.)
"""
from __future__ import annotations

from pathlib import Path

from . import i18n
from .config import ConfigError

# The folder of a site folder's own templates and theme overrides.
OWN_TEMPLATES = "templates"


def resolve(args) -> None:
    """Fill in, from the site folder, each path the command line left out (in place).
    Raises ConfigError (exit 2) when there is no site folder and no data folder was named."""
    site = Path(args.site) if getattr(args, "site", None) else Path(".")
    if getattr(args, "data", None) is None:
        if not (site / "data").is_dir() and not (site / "portal.yml").is_file():
            raise ConfigError(" / ".join(i18n.message("no_site_folder", lang, folder=site.absolute())
                                         for lang in i18n.LANGS))
        args.data = site / "data"
    if getattr(args, "config", None) is None:
        args.config = site / "portal.yml"
    if hasattr(args, "out") and args.out is None:
        args.out = site / "site"
    args.site = site
