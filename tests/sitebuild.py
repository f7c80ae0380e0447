"""Building the fixture site, shared by the site tests and the golden-file updater."""
import datetime as dt
import re
from pathlib import Path

from generator.site import build_site

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_DATA = ROOT / "tests" / "fixtures" / "site-data"
GOLDEN = ROOT / "tests" / "golden"
AS_OF = dt.date(2026, 11, 23)

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)


def new_project(folder: Path, data: Path | None = FIXTURE_DATA) -> Path:
    """A project folder as an office keeps one: its hand-written pages and a copy of ``data``
    (the site shell, theme and templates come from the installed package)."""
    import shutil
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "content", folder / "content")
    if data is not None:
        shutil.copytree(data, folder / "data")
    return folder


def build_fixture_site(out: Path, lang: str | None = None, data: Path = FIXTURE_DATA, as_of=AS_OF,
                       cache: Path | None = None):
    result = build_site(data, out, as_of, config_path=ROOT / "no-such-portal.yml", project_dir=ROOT, lang=lang,
                        cache_dir=cache or out.parent / f".{out.name}-cache")
    assert result.ok
    return out


def build_result(out: Path, data: Path = FIXTURE_DATA, as_of=AS_OF, cache: Path | None = None, force: bool = False):
    """``force``: build even when given what the last build was (to see what a build keeps)."""
    result = build_site(data, out, as_of, config_path=ROOT / "no-such-portal.yml", project_dir=ROOT,
                        cache_dir=cache or out.parent / f".{out.name}-cache", force=force)
    assert result.ok
    return result


def golden_view(site: Path) -> dict[str, str]:
    """What the portal itself produces: page bodies and downloads (not the theme's assets)."""
    view = {}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if (not path.is_file() or rel.startswith(("assets/", "sitemap", "pagefind/")) or rel == "404.html"
                or path.name.startswith(".")):
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            m = _ARTICLE.search(text)
            text = m[1].strip() + "\n" if m else text
            rel = rel.replace("/index.html", "/").replace("index.html", "")
        view[rel or "/"] = text
    return view
