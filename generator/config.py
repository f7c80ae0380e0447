"""The office's settings, read from ``portal.yml`` beside ``data/``.

Every option has a default, so a missing file is fine.  Unknown keys are an
error with a "did you mean", like MkDocs' own configuration.
"""
from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .workdays import DeadlineRule


class ConfigError(Exception):
    pass


def _default_deadlines() -> dict[str, DeadlineRule]:
    return {"一般": DeadlineRule(7, working=False), "复杂": DeadlineRule(15, working=True)}


@dataclass
class Config:
    site_name: str = "机关效能投诉办理结果公开"
    """Shown in the header, the page titles and the feeds."""

    office_name: str = "机关效能投诉中心"
    """The office that publishes; named in feeds and the open-data licence."""

    site_url: str = "http://127.0.0.1:8000/"
    """Absolute address where the site is served, ending in ``/``; may be a
    sub-path such as ``https://example.gov.cn/xnts/``.  Feeds and open data need it."""

    lang: str = "zh"
    """Language of the site: ``zh`` (default) or ``en``."""

    deadlines: dict[str, DeadlineRule] = field(default_factory=_default_deadlines)
    """办理时限 per complexity: ``{一般: {days: 7, working: false}, 复杂: {days: 15, working: true}}``."""

    due_soon_days: int = 2
    """An open case due within this many days is marked 即将到期 (due soon)."""

    changes_days: int = 90
    """How many days back the "what changed" page lists."""

    league_min_cases: int = 5
    """Units with fewer valid cases than this are left out of the league table (too few to compare)."""

    page_size: int = 50
    """Cases per page in the paginated lists."""

    search_first_answer: int = 1000
    """How many of the newest cases answer a search first, while every record is still being
    searched (an index of their own, rebuilt as they change).  Used when the newest index of
    cases (the current month's) holds more cases than this: at 100,000 cases the first results
    came in 0.46 s instead of 0.7 s.  0: the newest index of cases answers first."""

    feed_items: int = 50
    """Items per feed, newest first."""

    latest_items: int = 10
    """Latest outcomes and notices shown on the home page."""

    public_contacts: list[str] = field(default_factory=list)
    """The office's own public phone numbers, e-mail addresses and street address, which may appear
    in published text."""

    unmasked_names: str = "warning"
    """What a personal name in published text is: ``warning`` (reported, published) or ``error``
    (nothing is published until it is masked or confirmed in ``data/public_names.yaml``)."""

    @property
    def base_url(self) -> str:
        return self.site_url if self.site_url.endswith("/") else self.site_url + "/"


OPTIONS = {f.name for f in dataclasses.fields(Config)}


def load_config(path: Path | None) -> Config:
    if path is None or not Path(path).is_file():
        return Config()
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: 配置文件应为键值对 / should be a mapping of options")
    config = Config()
    for key, value in raw.items():
        if key not in OPTIONS:
            close = difflib.get_close_matches(str(key), sorted(OPTIONS), n=1)
            hint = f"，您是不是要写 {close[0]} / did you mean {close[0]}" if close else ""
            raise ConfigError(f"{path}: 未知的配置项 {key} / unknown option {key}{hint}")
        if key == "deadlines":
            try:
                value = {str(k): DeadlineRule(int(v["days"]), bool(v.get("working", False))) for k, v in value.items()}
            except (TypeError, KeyError, ValueError, AttributeError):
                raise ConfigError(f"{path}: deadlines 应写成 {{一般: {{days: 7, working: false}}}}") from None
        setattr(config, key, value)
    if config.lang not in ("zh", "en"):
        raise ConfigError(f"{path}: lang 只能是 zh 或 en / lang must be zh or en")
    if config.unmasked_names not in ("warning", "error"):
        raise ConfigError(f"{path}: unmasked_names 只能是 warning 或 error / unmasked_names must be warning or error")
    return config
