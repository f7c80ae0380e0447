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
from .publish import MANIFEST

# The folder of a site folder's own templates and theme overrides.
OWN_TEMPLATES = "templates"


def resolve(args) -> None:
    """Fill in, from the site folder, each path the command line left out (in place).
    Raises ConfigError (exit 2) when there is no site folder and no data folder was named."""
    site = Path(args.site) if getattr(args, "site", None) else Path(".")
    if getattr(args, "data", None) is None:
        if not (site / "data").is_dir() and not (site / "portal.yml").is_file():
            raise ConfigError(i18n.message_both("no_site_folder", folder=site.absolute()))
        args.data = site / "data"
    if getattr(args, "config", None) is None:
        args.config = site / "portal.yml"
    if hasattr(args, "out") and args.out is None:
        args.out = site / "site"
    args.site = site


def workflows_publishing_the_record(site: Path) -> list[Path]:
    """The site folder's publishing workflows that put the build's own record of the site
    (publish.MANIFEST: 25 MB at 100,000 cases, needed by no reader) on the web with the
    pages, as sites made before 2026-11-28 do: a GitHub workflow uploading with
    ``actions/upload-pages-artifact`` before v4 (or v4 told to take hidden files), a GitLab
    Pages job (``pages``, or one whose artifact is ``public``) running ``portal build``
    without removing the record.  Files that are not YAML, or
    not of these shapes, are left alone."""
    import yaml

    def load(path: Path):
        try:
            return yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            return None

    found = []
    workflows = Path(site) / ".github" / "workflows"
    for path in sorted([*workflows.glob("*.yml"), *workflows.glob("*.yaml")]) if workflows.is_dir() else []:
        workflow = load(path)
        jobs = workflow.get("jobs") if isinstance(workflow, dict) else None
        steps = [step for job in (jobs.values() if isinstance(jobs, dict) else []) if isinstance(job, dict)
                 for step in job.get("steps") or [] if isinstance(step, dict)]
        for step in steps:
            uses = str(step.get("uses") or "")
            if not uses.startswith("actions/upload-pages-artifact@"):
                continue
            major = uses.split("@", 1)[1].lstrip("v").split(".")[0]
            hidden = isinstance(step.get("with"), dict) and step["with"].get("include-hidden-files") in (True, "true")
            if (major.isdigit() and int(major) < 4) or hidden:
                found.append(path)
                break
    gitlab = Path(site) / ".gitlab-ci.yml"
    pipeline = load(gitlab) if gitlab.is_file() else None
    for name, job in pipeline.items() if isinstance(pipeline, dict) else []:
        if not isinstance(job, dict):
            continue
        artifacts = job.get("artifacts")
        paths = artifacts.get("paths") if isinstance(artifacts, dict) else None
        publishes = name == "pages" or bool(job.get("pages")) or (isinstance(paths, list) and "public" in paths)
        script = job.get("script")
        lines = [str(line) for line in script] if isinstance(script, list) else []
        if publishes and any("portal build" in line for line in lines) and not any(MANIFEST in line for line in lines):
            found.append(gitlab)
            break
    return found
