"""The tool as an office gets it: the wheel installed into a fresh virtual environment, then
`portal new`, `portal validate` and `portal build` there — no file of this repository needed.
A file missing from the package fails here, not at an office."""
import os
import subprocess
import sys
import venv

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A virtual environment with only the wheel of this checkout installed; the dependencies
    come from the environment running the tests (--system-site-packages), the portal itself
    from the wheel alone."""
    work = tmp_path_factory.mktemp("install")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "dist"), str(ROOT)],
                   check=True, capture_output=True, text=True)
    wheel = next((work / "dist").glob("efficiency_portal-*.whl"))
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(work / "venv")
    bin_dir = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)],
                   check=True, capture_output=True, text=True)
    where = subprocess.run([str(bin_dir / "python"), "-c", "import generator, site_templates; "
                            "print(generator.__file__); print(site_templates.__file__)"],
                           check=True, capture_output=True, text=True, cwd=work).stdout.split()
    assert all(path.startswith(str(work / "venv")) for path in where), where     # not this checkout
    return bin_dir, work


def _portal(installed, *args, cwd):
    bin_dir, _ = installed
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    env.pop("PYTHONPATH", None)
    return subprocess.run([str(bin_dir / "portal"), *args], cwd=cwd, capture_output=True, text=True, env=env)


def test_portal_new_then_validate_and_build_from_the_installed_tool(installed):
    _, work = installed
    made = _portal(installed, "new", "青山县", "--office", "青山县机关效能投诉中心", cwd=work)
    assert made.returncode == 0, made.stderr
    site = work / "青山县"
    assert {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()} >= {
        "portal.yml", "requirements.txt", ".gitignore", ".gitlab-ci.yml", ".pre-commit-config.yaml",
        ".github/workflows/publish.yml", ".github/workflows/validate.yml", "content/about.md", "data/README.md",
        "data/units.yaml", "data/mapping.yaml", "data/cases/example.csv", "data/commitments/example.csv",
        "data/performance/example.csv", "data/notices/EX-0001.md"}
    assert "office_name: 青山县机关效能投诉中心" in (site / "portal.yml").read_text(encoding="utf-8")
    assert not (site / "mkdocs.yml").exists() and not (site / "templates").exists()   # from the package

    with open(site / "portal.yml", "a", encoding="utf-8") as settings:
        settings.write('organization_code: "11360700MB0000000X"\n'
                       "site_info:\n  sponsor: 青山县人民政府办公室\n  organizer: 青山县机关效能投诉中心\n"
                       "  address: 青山县人民路1号\n  phone: 0797-1234567\n  site_code: \"3607000001\"\n"
                       "  icp: 赣ICP备00000001号-1\n  police_record: 赣公网安备 36070000000001号\n"
                       "  error_report: https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3607000001\n")

    checked = _portal(installed, "validate", "--as-of", "2026-11-23", cwd=site)
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.splitlines()[-1] == "校验通过（统计日期 2026-11-23）。"

    built = _portal(installed, "build", "--as-of", "2026-11-23", cwd=site)
    assert built.returncode == 0, built.stdout + built.stderr
    home = (site / "site" / "index.html").read_text(encoding="utf-8")
    assert "青山县机关效能投诉中心投诉办理结果公开" in home
    assert (site / "site" / "cases" / "EX-0001" / "index.html").is_file()
    assert (site / "site" / "notices" / "EX-0001" / "index.html").is_file()
    assert (site / "site" / "about" / "index.html").is_file()
    assert any((site / "site" / "pagefind").iterdir())
    # Every page shows the footer a government website must, the registers linked
    for page in (site / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for shown in ("主办单位：青山县人民政府办公室", "承办单位：青山县机关效能投诉中心", "联系地址：青山县人民路1号",
                      "电话：0797-1234567", "网站标识码：3607000001",
                      '<a href="https://beian.miit.gov.cn/">赣ICP备00000001号-1</a>',
                      "code=36070000000001", ">网站纠错</a>"):
            assert shown in html, (page, shown)
    # and each notice its 政府信息公开 block, with an index number made from the notice itself
    notice = (site / "site" / "notices" / "EX-0001" / "index.html").read_text(encoding="utf-8")
    assert "<th scope=\"row\">索引号</th><td>11360700MB0000000X/2025-0001</td>" in notice
    assert "11360700MB0000000X/2025-0001" in (site / "site" / "opendata" / "notices.csv").read_text(encoding="utf-8-sig")
    audited = _portal(installed, "audit", "site", cwd=site)       # the office's own address is no one's home
    assert audited.returncode == 0, audited.stdout
    # No site_url yet: said plainly, not put quietly into the feeds
    assert "未设置 site_url" in built.stderr


def test_the_installed_tool_says_what_to_do_outside_a_site_folder(installed):
    _, work = installed
    empty = work / "empty"
    empty.mkdir()
    result = _portal(installed, "build", cwd=empty)
    assert result.returncode == 2
    assert "不是门户网站文件夹" in result.stderr and "portal new" in result.stderr
    assert "Traceback" not in result.stderr and "ConfigurationError" not in result.stderr


def test_portal_new_never_writes_over_a_folder(installed):
    _, work = installed
    taken = work / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine", encoding="utf-8")
    result = _portal(installed, "new", str(taken), cwd=work)
    assert result.returncode == 2
    assert (taken / "notes.txt").read_text(encoding="utf-8") == "mine" and len(list(taken.iterdir())) == 1


def test_the_new_site_s_settings_list_every_option_with_a_chinese_comment():
    import dataclasses
    import re
    from generator.config import Config
    from generator.newsite import SKELETON

    lines = (SKELETON / "portal.yml").read_text(encoding="utf-8").splitlines()
    for option in dataclasses.fields(Config):
        at = next((i for i, line in enumerate(lines) if re.match(rf"#?\s*{option.name}:", line)), None)
        assert at is not None, f"portal new's portal.yml does not list {option.name}"
        assert lines[at - 1].startswith("#") and re.search(r"[\u4e00-\u9fff]", lines[at - 1]), option.name


def test_a_site_folder_overrides_a_shipped_file_by_having_its_own(tmp_path):
    """Like MkDocs' custom_dir: the folder's templates/overrides/… over the theme's files, its
    templates/<page>.html over the page templates; every other file still comes from the package."""
    from generator.render import PACKAGED_TEMPLATES
    from sitebuild import new_project

    site = new_project(tmp_path / "office")
    (site / "templates" / "overrides" / "assets").mkdir(parents=True)
    shipped_css = (PACKAGED_TEMPLATES / "overrides" / "assets" / "portal.css").read_text(encoding="utf-8")
    (site / "templates" / "overrides" / "assets" / "portal.css").write_text(
        shipped_css + "\n/* 本单位的样式 */\n", encoding="utf-8")
    shipped_page = (PACKAGED_TEMPLATES / "unit.html").read_text(encoding="utf-8")
    (site / "templates" / "unit.html").write_text("<p>本单位的单位页</p>\n" + shipped_page, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--as-of", "2026-11-23"], cwd=site,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (site / "site" / "assets" / "portal.css").read_text(encoding="utf-8").endswith("/* 本单位的样式 */\n")
    assert "<p>本单位的单位页</p>" in (site / "site" / "units" / "zrzyj" / "index.html").read_text(encoding="utf-8")
    assert (site / "site" / "assets" / "portal-a11y.js").is_file()        # not overridden: the shipped one
