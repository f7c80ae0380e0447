"""``portal build`` and ``portal serve``: the commands around the build (build.py)."""
from __future__ import annotations

import http.server
import signal
import sys
import threading
import time
from functools import partial
from pathlib import Path

from . import i18n, sitefolder
from .config import Config, ConfigError, load_config
from .exits import EXIT_BUILD_FAILED, EXIT_DATA_ERROR, EXIT_OK
from .summary import format_report
from .publish import MANIFEST, failure_message
from .build import Progress, build_site
from .lastbuild import project_inputs


def cmd_build(args) -> int:
    started = time.monotonic()
    # A cancelled CI job or `kill` sends SIGTERM: unwind, so the staging folder is removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    sitefolder.resolve(args)
    config = load_config(args.config)
    if config.site_url == Config.site_url and not getattr(args, "serving", False):
        # Feeds, the sitemap and the open data need the site's own address; a feed reader
        # subscribed to a local one would follow links to the subscriber's own machine.
        print(i18n.message_both("no_site_url", url=config.site_url, config=args.config), file=sys.stderr)
    if not getattr(args, "serving", False):     # a preview publishes nothing
        for workflow in sitefolder.workflows_publishing_the_record(args.site):
            print(i18n.message_both("workflow_publishes_record", file=workflow, record=MANIFEST), file=sys.stderr)
    try:
        result = build_site(args.data, args.out, args.as_of, args.config, project_dir=args.site, lang=args.lang,
                            progress=Progress(), cache_dir=args.cache)
    except ConfigError:
        raise               # a wrong portal.yml: located, exit 2 (cli.main)
    except Exception as exc:  # anything unexpected: say so plainly, keep the old site
        print(failure_message(exc), file=sys.stderr)
        return EXIT_BUILD_FAILED
    args.result = result        # freed with the arguments: at the process's end when run as `portal` (cli.run)
    if not result.ok:
        print(format_report(result.data, result.data.config.lang))
        return EXIT_DATA_ERROR
    if result.notes:
        print(result.notes)      # the totals and the warnings
    print(i18n.both("site_built", pages=result.pages, out=result.out_dir, seconds=time.monotonic() - started,
                    as_of=result.as_of.isoformat()))
    print(result.changes.summary())
    return EXIT_OK


def _watched(paths: list[Path]) -> dict[Path, float]:
    stamps = {}
    for root in paths:
        if root.is_file():
            stamps[root] = root.stat().st_mtime
        elif root.is_dir():
            for path in root.rglob("*"):
                if path.is_file() and "__pycache__" not in path.parts:
                    stamps[path] = path.stat().st_mtime
    return stamps


def cmd_serve(args) -> int:
    args.serving = True         # the local address is the right one here
    if cmd_build(args) != 0 and not args.out.exists():
        return 1
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(args.out))
    server = http.server.ThreadingHTTPServer((args.host, args.port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(i18n.both("serving", host=args.host, port=args.port), flush=True)
    def watched() -> list[Path]:       # again each time: mkdocs.yml may come to name a hook or a theme folder
        files, folders = project_inputs(args.data, args.config, args.site)
        return [*folders, *files]
    stamps = _watched(watched())
    try:
        while True:
            time.sleep(1)
            now = _watched(watched())
            if now != stamps:
                stamps = now
                print(i18n.both("rebuilding"), flush=True)
                cmd_build(args)
                # SimpleHTTPRequestHandler keeps the old folder's path; the swap replaced it.
                server.RequestHandlerClass = partial(http.server.SimpleHTTPRequestHandler,
                                                     directory=str(args.out))
    except KeyboardInterrupt:
        server.shutdown()
    return 0


def argparse_suppress():
    import argparse
    return argparse.SUPPRESS


def add_site_commands(sub, add_data_options) -> None:
    p = sub.add_parser("build", help="生成网站 / build the site")
    add_data_options(p)
    p.add_argument("--out", type=Path, default=None, help="输出文件夹 / output folder (default: SITE/site)")
    p.add_argument("--cache", type=Path, default=None,
                   help="构建缓存 / the build's caches (default: SITE/.portal-cache)")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("serve", help="生成并本地预览 / build, serve on localhost and rebuild on change")
    add_data_options(p)
    p.add_argument("--cache", type=Path, default=None, help=argparse_suppress())
    p.add_argument("--out", type=Path, default=None, help="输出文件夹 / output folder (default: SITE/site)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)
