"""The ``portal`` command: a thin layer over the library."""
from __future__ import annotations

import argparse
import atexit
import datetime as dt
import os
import sys
from pathlib import Path
from typing import NoReturn

from . import i18n, sitefolder
from .config import ConfigError, load_config
from .exits import EXIT_DATA_ERROR, EXIT_OK, EXIT_USAGE
from .pipeline import large_heap, read_data
from .summary import format_report, github_annotations



def _date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(i18n.both("bad_date_arg", value=value)) from None


def _add_data_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--site", type=Path, default=None,
                   help="网站文件夹 / the site folder (default: the current folder)")
    p.add_argument("--data", type=Path, default=None, help="数据文件夹 / data folder (default: SITE/data)")
    p.add_argument("--as-of", type=_date_arg, default=None,
                   help="统计日期 / as-of date YYYY-MM-DD (default: today in Asia/Shanghai)")
    p.add_argument("--lang", choices=i18n.LANGS, default=None, help="消息语言 / message language (default: zh)")
    p.add_argument("--config", type=Path, default=None,
                   help="配置文件 / settings (default: SITE/portal.yml)")


def cmd_validate(args) -> int:
    sitefolder.resolve(args)
    config = load_config(args.config)
    lang = args.lang or config.lang
    with large_heap():
        data = read_data(args.data, config, args.as_of, content_dir=args.site / "content")
    if args.format == "github":
        annotations = github_annotations(data, lang)
        if annotations:
            print(annotations)
    print(format_report(data, lang))
    return EXIT_OK if data.report.ok else EXIT_DATA_ERROR


def cmd_demo_data(args) -> int:
    from .demo import write_demo_data

    counts = write_demo_data(args.out, args.cases, seed=args.seed, until=args.until, years=args.years)
    print(i18n.both("demo_written", out=args.out, counts=", ".join(f"{k} {v}" for k, v in counts.items())))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="portal", description="机关效能投诉办理结果公开网站生成器 / "
                                     "transparency portal generator for government efficiency offices")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="校验数据文件 / check the data files")
    _add_data_options(p)
    p.add_argument("--format", choices=("text", "github"), default="text",
                   help="github: 另输出 GitHub Actions 注释 / also print GitHub Actions annotations")
    p.set_defaults(func=cmd_validate)

    from .demo import DEFAULT_UNTIL
    p = sub.add_parser("demo-data", help="生成示例数据 / write synthetic sample data")
    p.add_argument("--cases", type=int, required=True, help="投诉件数量 / number of cases")
    p.add_argument("--seed", type=int, default=1, help="随机种子 / random seed (default 1)")
    p.add_argument("--out", type=Path, required=True, help="输出文件夹 / output folder")
    p.add_argument("--until", type=_date_arg, default=DEFAULT_UNTIL, help="最后受理日期 / last received date")
    p.add_argument("--years", type=int, default=2, help="覆盖年数 / years covered (default 2)")
    p.set_defaults(func=cmd_demo_data)

    from .newsite import add_new_command
    add_new_command(sub)
    from .audit import add_audit_command
    from .site import add_site_commands
    add_site_commands(sub, _add_data_options)
    add_audit_command(sub)
    from .template import add_template_command
    add_template_command(sub)
    from .screenshots import add_screenshots_command
    add_screenshots_command(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """A command, as the library runs it (the tests): what it made is freed on the way out."""
    return _command(build_parser().parse_args(argv))


def run() -> NoReturn:
    """The ``portal`` command as a process.  The arguments keep what the command made (a build's
    model of a large archive is millions of objects, which Python would otherwise free one by one
    before exiting: a noticeable part of a daily rebuild); the process ends without that, once
    what exiting runs (``atexit``) has run and the output is flushed."""
    args = build_parser().parse_args()
    code = _command(args)
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _command(args: argparse.Namespace) -> int:
    try:
        return args.func(args)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    run()
