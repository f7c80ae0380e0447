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

from . import i18n
from .i18n import LANGS
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
    searched (an index of their own, rebuilt as they change), so that the first results do not
    wait for a larger index to load.  Used when the newest index of cases (the newest five
    days') holds more cases than this.  0: the newest index of cases answers first."""

    feed_items: int = 50
    """Items per feed, newest first."""

    latest_items: int = 10
    """Latest outcomes and notices shown on the home page."""

    public_contacts: list[str] = field(default_factory=list)
    """The office's own public phone numbers, e-mail addresses and street address, which may appear
    in published text."""

    site_info: dict[str, str] = field(default_factory=dict)
    """What a government website shows in its footer (政府网站发展指引, 国办发〔2017〕47号), each
    shown only when set: ``sponsor`` 主办单位, ``organizer`` 承办单位, ``address`` 联系地址,
    ``phone`` 电话, ``site_code`` 网站标识码, ``icp`` ICP备案号 (linked to the MIIT register),
    ``police_record`` 公安机关备案号 (linked to its register), ``badge_image`` the 党政机关网站标识
    as an image file of content/ and ``badge_link`` its address, ``error_report`` the 网站纠错 address."""

    organization_code: str = ""
    """机构代码 of the office (e.g. its 统一社会信用代码), the first part of its notices' 索引号."""

    notice_index: str = "{code}/{year}-{number}"
    """How a notice's 索引号 is made: ``{code}`` the organization_code, ``{year}`` the notice's year,
    ``{number}`` the number its own id ends in (4 digits), ``{id}`` the id.  Made from the notice
    alone, so it never changes when others are added."""

    notice_topic: str = "综合政务"
    """主题分类 shown in each notice's 政府信息公开 block and in the open data."""

    unmasked_names: str = "warning"
    """What a personal name in published text is: ``warning`` (reported, published) or ``error``
    (nothing is published until it is masked or confirmed in ``data/public_names.yaml``)."""

    @property
    def own_contacts(self) -> list[str]:
        """What the personal-data gate lets through: the public contacts and the footer's
        address and phone (the office's own, published on every page)."""
        return [*self.public_contacts, *(self.site_info[k] for k in ("address", "phone") if k in self.site_info)]

    @property
    def base_url(self) -> str:
        return self.site_url if self.site_url.endswith("/") else self.site_url + "/"


OPTIONS = {f.name for f in dataclasses.fields(Config)}

# The smallest value each whole-number option may take.
MINIMUMS = {"due_soon_days": 0, "changes_days": 1, "league_min_cases": 1, "page_size": 1,
            "search_first_answer": 0, "feed_items": 1, "latest_items": 0}
CHOICES = {"lang": LANGS, "unmasked_names": ("warning", "error")}
TEXTS = ("site_name", "office_name", "site_url", "notice_index", "notice_topic")
SITE_INFO = ("sponsor", "organizer", "address", "phone", "site_code", "icp", "police_record", "badge_image",
             "badge_link", "error_report")


def load_config(path: Path | None) -> Config:
    """The settings in ``path``; every option is checked here, so a wrong value is reported with
    its file and line (exit 2), never met later as a failure of the build."""
    if path is None or not Path(path).is_file():
        return Config()
    text = Path(path).read_text(encoding="utf-8")
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(_located(path, mark.line + 1 if mark else None, "config_yaml",
                                   error=getattr(exc, "problem", None) or str(exc))) from None
    if node is None:
        return Config()
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(_located(path, None, "config_not_mapping"))
    config = Config()
    for key_node, value_node in node.value:
        key, line = str(key_node.value), key_node.start_mark.line + 1
        if key not in OPTIONS:
            close = difflib.get_close_matches(key, sorted(OPTIONS), n=1)
            raise ConfigError(_located(path, line, "config_unknown", key=key,
                                       suggestion=close[0] if close else None))
        value = yaml.safe_load(yaml.serialize(value_node))
        setattr(config, key, _checked(path, line, key, value))
    return config


def _checked(path, line: int, key: str, value):
    if key == "deadlines":
        try:
            return {str(k): DeadlineRule(int(v["days"]), bool(v.get("working", False))) for k, v in value.items()}
        except (TypeError, KeyError, ValueError, AttributeError):
            raise ConfigError(_located(path, line, "config_deadlines")) from None
    if key in MINIMUMS:
        if isinstance(value, bool) or not isinstance(value, int) or value < MINIMUMS[key]:
            raise ConfigError(_located(path, line, "config_int", key=key, minimum=MINIMUMS[key], value=value))
        return value
    if key in CHOICES:
        if value not in CHOICES[key]:
            raise ConfigError(_located(path, line, "config_choice", key=key, value=value,
                                       choices=" / ".join(CHOICES[key])))
        return value
    if key in TEXTS:
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(_located(path, line, "config_text", key=key))
        if key == "notice_index":
            import string
            unknown = [f for _, f, _, _ in string.Formatter().parse(value) if f and f not in ("code", "year", "number", "id")]
            if unknown:
                raise ConfigError(_located(path, line, "config_notice_index", value=value))
        if key == "site_url" and not value.startswith(("http://", "https://")):
            raise ConfigError(_located(path, line, "config_url", value=value))
        return value
    if key == "organization_code":
        return str(value or "")
    if key == "site_info":
        if not isinstance(value, dict) or not all(isinstance(v, (str, int)) for v in value.values()):
            raise ConfigError(_located(path, line, "config_site_info", keys="、".join(SITE_INFO)))
        unknown = [k for k in value if k not in SITE_INFO]
        if unknown:
            raise ConfigError(_located(path, line, "config_site_info", keys="、".join(SITE_INFO),
                                       suggestion=(difflib.get_close_matches(unknown[0], SITE_INFO, n=1) or [None])[0]))
        return {k: str(v) for k, v in value.items() if str(v).strip()}
    if key == "public_contacts":
        if not isinstance(value, list) or not all(isinstance(x, (str, int)) for x in value):
            raise ConfigError(_located(path, line, "config_list", key=key))
        return [str(x) for x in value]
    return value


def _located(path, line: int | None, code: str, suggestion: str | None = None, **params) -> str:
    """Both languages: the settings are read before the language of messages is known."""
    texts = []
    for lang, where in (("zh", f"{path}" + (f" 第{line}行" if line else "") + "："),
                        ("en", f"{path}" + (f" line {line}" if line else "") + ": ")):
        text = where + i18n.message(code, lang, **params)
        if suggestion:
            text += i18n.message("did_you_mean", lang, options=suggestion)
        texts.append(text)
    return " / ".join(texts)
