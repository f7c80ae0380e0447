import datetime as dt
import textwrap
from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured in benchmarks/, not in tests: a first example that builds
# twenty years of calendar table must not count as a failure on a busy machine.
settings.register_profile("portal", deadline=None)
settings.load_profile("portal")

from generator.config import Config
from generator.pipeline import read_data

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 11, 23)

UNITS_YAML = """\
units:
  - 单位名称: 县自然资源局
    单位代码: zrzyj
    曾用名: [县国土资源局]
  - 单位名称: 县市场监督管理局
    单位代码: scjgj
"""

CASE_HEADER = "投诉编号,受理日期,投诉渠道,投诉类别,被投诉单位,投诉事项,办理状态,办结日期,核查结论,处理结果\n"
GOOD_CASE = "QX-1,2025-03-05,来访,办事效率,县自然资源局,反映办理慢,已办结,2025-03-10,属实,已整改\n"


class DataDir:
    """A throw-away data folder built from text snippets."""

    def __init__(self, root: Path):
        self.root = root / "data"
        self.root.mkdir()
        self.write("units.yaml", UNITS_YAML)

    def write(self, name: str, text: str, encoding: str = "utf-8") -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(textwrap.dedent(text).encode(encoding))
        return path

    def read(self, as_of=AS_OF, config=None):
        return read_data(self.root, config or Config(), as_of)

    def messages(self, lang="zh", severity="error", as_of=AS_OF):
        report = self.read(as_of).report
        problems = report.errors if severity == "error" else report.warnings
        return [p.format(lang) for p in problems]


@pytest.fixture
def data(tmp_path):
    return DataDir(tmp_path)


# Under tests/run (the README's test command, which installs Debian's chromium and the test
# extra first) a browser test that cannot run fails instead of being skipped: a green run
# must mean the site was used in a browser.  By hand, without the variable, it may still skip.
REQUIRE_BROWSER = "PORTAL_REQUIRE_BROWSER"
BROWSER_MODULES = {"test_browser.py", "test_screenshots.py"}


def _browser_required(path) -> bool:
    import os
    return os.environ.get(REQUIRE_BROWSER, "") not in ("", "0") and Path(str(path)).name in BROWSER_MODULES


def _fail_instead_of_skip(report) -> None:
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    report.outcome = "failed"
    report.longrepr = (f"{report.nodeid}: a browser test would be skipped ({reason}), but {REQUIRE_BROWSER}=1 "
                       "(set by tests/run) requires it to run: install the test extra (pip install -e '.[test]') "
                       "and Debian's chromium (apt-get install chromium)")


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    report = yield
    if report.skipped and _browser_required(collector.path):
        _fail_instead_of_skip(report)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.skipped and not hasattr(report, "wasxfail") and _browser_required(item.path):
        _fail_instead_of_skip(report)
    return report
