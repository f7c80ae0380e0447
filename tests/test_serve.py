"""`portal serve` as a clerk uses it: build, serve on localhost, rebuild on change."""
import socket
import subprocess
import sys
import time
import urllib.request

from sitebuild import new_project


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _wait_for(predicate, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


def test_serve_builds_serves_and_rebuilds_when_a_page_or_data_changes(tmp_path):
    project = new_project(tmp_path / "project")
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--port", str(port),
                               "--as-of", "2026-11-23"], cwd=project, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        assert _wait_for(lambda: "首页" in _get(base)), "the site is not served"
        # a hand-written page changes
        about = project / "content" / "about.md"
        about.write_text(about.read_text(encoding="utf-8") + "\n新增的一段说明。\n", encoding="utf-8")
        assert _wait_for(lambda: "新增的一段说明" in _get(base + "about/")), "content change not rebuilt"
        # a data file changes: after an institutional reform a unit is renamed, the old name kept as 曾用名
        units = project / "data" / "units.yaml"
        text = units.read_text(encoding="utf-8")
        assert "单位名称: 县民政局\n" in text
        units.write_text(text.replace("单位名称: 县民政局\n", "单位名称: 县民政和社会保障局\n    曾用名: [县民政局]\n"),
                         encoding="utf-8")
        cases = project / "data" / "cases"
        assert _wait_for(lambda: "县民政和社会保障局" in _get(base + "units/mzj/")), "data change not rebuilt"
        # the site's own mkdocs.yml comes to name a hook script, which is then edited: each is served
        import site_templates
        import yaml
        from pathlib import Path
        config = yaml.safe_load((Path(site_templates.__file__).parent / "mkdocs.yml").read_text(encoding="utf-8"))
        config["theme"]["custom_dir"] = str(Path(site_templates.__file__).parent / "overrides")
        config["hooks"] = ["hooks/mark.py"]
        hook = project / "hooks" / "mark.py"
        hook.parent.mkdir()
        marked = "def on_post_page(output, page, config):\n    return output.replace('</footer>', '<p>{}</p></footer>')\n"
        hook.write_text(marked.format("本站钩子一"), encoding="utf-8")
        (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        assert _wait_for(lambda: "本站钩子一" in _get(base)), "a hook named in mkdocs.yml not run"
        hook.write_text(marked.format("本站钩子二"), encoding="utf-8")
        assert _wait_for(lambda: "本站钩子二" in _get(base)), "an edited hook not run as it is now"
        # a bad file keeps the last good site online
        (cases / "bad.csv").write_text("投诉编号,受理日期\nX,昨天\n", encoding="utf-8")
        time.sleep(4)
        assert "县民政和社会保障局" in _get(base + "units/mzj/")
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert "检测到修改，重新生成" in output
    assert "未发布任何内容" in output
