"""The `thidua` command: parses arguments and calls the same Python API a notebook uses.

Exit status (README, "Exit status"): 0 done; 2 a bad argument, path or output folder (one line on
stderr, never a traceback); 3 finished, but some inputs were skipped or failed (errors.csv), or a
crawl was interrupted; 130 interrupted by Ctrl-C (run the same command again to resume). Anything
else is a bug: exit 1 with its traceback, to report.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from datetime import date
from pathlib import Path

from pipeline import __version__

EXIT_OK, EXIT_BUG, EXIT_USAGE, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
LEVELS = ["debug", "info", "warning", "error"]
log = logging.getLogger("thidua")


def _extract(args: argparse.Namespace) -> int:
    from pipeline import run_extract

    summary = run_extract(args.paths, args.out, excel=args.excel, workers=args.workers, engine=args.engine,
                          scheduler=args.scheduler, force=args.force, parquet=args.parquet, duckdb=args.duckdb,
                          progress=not args.quiet)
    if not args.quiet:
        print("\n".join(summary.lines()))
    return EXIT_PARTIAL if summary.problems else EXIT_OK


def _crawl(args: argparse.Namespace) -> int:
    from pipeline import run_crawl

    summary = run_crawl(args.site, args.archive, profile=args.profile, start=args.start, since=args.since,
                    until=args.until, max_pages=args.max_pages, max_depth=args.max_depth, delay=args.delay,
                    timeout=args.timeout, contact=args.contact,
                    # The crawler's bar redraws itself with carriage returns: only on a terminal.
                    progress=not args.quiet and sys.stderr.isatty())
    if not args.quiet:
        print("\n".join(summary.lines()))
    # a crawl that archived no article says why (a warning) and exits 3
    return EXIT_PARTIAL if summary.problems or summary.outcome == "interrupted" or summary.no_article else EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from pipeline import describe

    print("\n".join(describe()))
    return EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    from pipeline import run_eval

    report = run_eval(args.gold, args.pred, baseline=args.baseline, errors=args.errors)
    print("\n".join(report.lines()))
    return EXIT_OK


def _review(args: argparse.Namespace) -> int:
    from pipeline import write_review, write_reviews

    if args.all == bool(args.article_id):
        raise UsageError("review needs either an ARTICLE_ID or --all")
    if args.all:
        written = write_reviews(args.source, args.out)
        print(f"{len(written) - 1} review pages and their index: {written[0]}")
    else:
        print(write_review(args.source, args.article_id, args.out))
    return EXIT_OK


class UsageError(Exception):
    """A combination of arguments that cannot work."""


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line (the usage is one `--help` away)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def _at_least(minimum: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {value}")
        return value

    parse.__name__ = "number"
    return parse


def _seconds(positive: bool):
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
        if value != value or value < 0 or (positive and value == 0):
            raise argparse.ArgumentTypeError(f"must be {'more than' if positive else 'at least'} 0, not {text}")
        return value

    parse.__name__ = "seconds"
    return parse


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _logging_options(parser: argparse.ArgumentParser, top: bool) -> None:
    """-v, --log-level and --log-file, accepted before and after the subcommand. A subcommand's copy
    leaves the value alone unless it is given, so `thidua -v extract` and `thidua extract -v` agree."""
    default = {} if top else {"default": argparse.SUPPRESS}
    group = parser.add_argument_group("logging")
    group.add_argument("-v", "--verbose", action="store_true", help="log every skipped input and a progress "
                       "line every 100 files (same as --log-level info)", **default)
    group.add_argument("--log-level", choices=LEVELS, type=str.lower,
                       help="what to log on stderr (default: warning; -v: info)", **default)
    group.add_argument("--log-file", type=Path, metavar="FILE",
                       help="also append the log to FILE, at info level unless --log-level says otherwise",
                       **default)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="thidua",
        description="Extract structured records from Vietnamese emulation and commendation news.",
        epilog="Exit status: 0 done; 2 bad argument, path or output folder; 3 finished but some inputs were "
               "skipped or failed (see errors.csv); 130 interrupted (run again to resume).",
    )
    parser.add_argument("--version", action="version", version=f"thidua {__version__}")
    _logging_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("extract", help="extract records from article files or folders",
                       description="Read articles (.txt, .html, .warc.gz, crawl archives) from files or folders and "
                                   "write articles.jsonl, one CSV per record kind, the cross-article tables and "
                                   "errors.csv into --out. A rerun skips inputs already done (see --force).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders, WARC files or crawl archives")
    p.add_argument("--out", required=True, type=Path, help="output folder (created if missing; one run at a time)")
    p.add_argument("--excel", action="store_true",
                   help="write CSV for Excel: UTF-8 with BOM, and formula-like cells prefixed with ' (as text)")
    p.add_argument("--workers", type=_at_least(1), default=os.cpu_count() or 1,
                   help="local worker processes (default: the number of cores)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="run on this machine, or on a Dask cluster (see --scheduler)")
    p.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    p.add_argument("--force", action="store_true", help="redo inputs the run ledger says are done")
    p.add_argument("--parquet", action="store_true", help="also write typed Parquet files to OUT/parquet/")
    p.add_argument("--duckdb", type=Path, metavar="FILE", help="also write a DuckDB database with one table per kind")
    p.add_argument("--quiet", action="store_true", help="no progress and no summary")
    _logging_options(p, top=False)
    p.set_defaults(run=_extract)

    p = sub.add_parser("crawl", help="crawl a news site or portal politely into an archive",
                       description="Fetch a site's listings, feeds or sitemaps and its articles into ARCHIVE "
                                   "(WARC files and a ledger). Obeys robots.txt and waits between requests. "
                                   "Run the same command again to resume or to fetch only what is new; "
                                   "then `thidua extract ARCHIVE --out OUT`.")
    p.add_argument("site", metavar="SITE_OR_URL",
                   help="a profile name from patterns/sites/ (e.g. joomla_k2), or a URL to crawl with the generic profile")
    p.add_argument("--archive", required=True, type=Path, help="archive folder (created if missing)")
    p.add_argument("--profile", help="crawl the URL with this profile instead of the generic one")
    p.add_argument("--start", action="append", metavar="URL",
                   help="a start page (listing, RSS feed or sitemap); repeatable; replaces the profile's own")
    p.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="keep articles published on or after this day")
    p.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="keep articles published on or before this day")
    p.add_argument("--max-pages", type=_at_least(1),
                   help="stop after fetching this many pages (a later run continues)")
    p.add_argument("--max-depth", type=_at_least(0), default=30,
                   help="link hops from a start page, pagination included (default 30)")
    p.add_argument("--delay", type=_seconds(positive=False), default=1.0,
                   help="seconds between requests to one host (default 1; robots.txt Crawl-delay can raise it)")
    p.add_argument("--timeout", type=_seconds(positive=True), default=20.0,
                   help="seconds to wait for a server (default 20)")
    p.add_argument("--contact", metavar="EMAIL_OR_URL",
                   help="how site owners can reach you; added to the User-Agent (please set it for real crawls)")
    p.add_argument("--quiet", action="store_true", help="no progress and no summary")
    _logging_options(p, top=False)
    p.set_defaults(run=_crawl)

    p = sub.add_parser("eval", help="score predictions against gold annotations",
                       description="Print precision, recall and F1 per field of --pred against the gold files.")
    p.add_argument("--gold", required=True, type=Path, help="folder of gold .json files")
    p.add_argument("--pred", required=True, type=Path, help="articles.jsonl written by extract (or its folder)")
    p.add_argument("--errors", action="store_true", help="list every missed and spurious item with its context")
    p.add_argument("--baseline", action="store_true",
                   help="also score underthesea's NER alone as the officials extractor, on the same text")
    _logging_options(p, top=False)
    p.set_defaults(run=_eval)

    p = sub.add_parser("schema", help="print the data dictionary of the output tables",
                       description="Print every output table and column with its type and meaning (Markdown).")
    _logging_options(p, top=False)
    p.set_defaults(run=_schema)

    p = sub.add_parser("review", help="render review pages: the article with every extracted span highlighted",
                       description="Write an HTML page showing the cleaned article with each record's span "
                                   "highlighted by kind and the records in a table beside it.")
    p.add_argument("article_id", nargs="?", metavar="ARTICLE_ID",
                   help="the article to review (its id in articles.jsonl)")
    p.add_argument("--all", action="store_true", help="one page per article plus index.html; --out is then a folder")
    p.add_argument("--from", dest="source", type=Path, default=Path("out/demo"), metavar="OUT",
                   help="output folder of `thidua extract` (default: out/demo)")
    p.add_argument("--out", required=True, type=Path, metavar="PATH", help="HTML file to write (a folder with --all)")
    _logging_options(p, top=False)
    p.set_defaults(run=_review)
    return parser


class _TqdmHandler(logging.StreamHandler):
    """Log lines on a terminal go through tqdm, above a progress bar instead of through it."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            from tqdm import tqdm

            tqdm.write(self.format(record), file=self.stream)
        except Exception:  # noqa: BLE001 - logging must never raise
            self.handleError(record)


def setup_logging(args: argparse.Namespace) -> list[logging.Handler]:
    """Handlers on the "thidua" logger (every module of the package logs under it) for this command;
    returns them so that `main` removes them again (the API may run in a longer-lived process)."""
    level = args.log_level or ("info" if args.verbose else "warning")
    console = _TqdmHandler(sys.stderr) if sys.stderr.isatty() else logging.StreamHandler(sys.stderr)
    console.setLevel(level.upper())
    console.setFormatter(logging.Formatter("thidua: %(levelname)s: %(message)s"))
    handlers: list[logging.Handler] = [console]
    if args.log_file:
        try:
            file = logging.FileHandler(args.log_file, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write the log file {args.log_file}: {exc.strerror or exc}") from None
        file.setLevel((args.log_level or "info").upper())
        file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.append(file)
    for handler in handlers:
        log.addHandler(handler)
    log.setLevel(min(h.level for h in handlers))
    return handlers


def _expected_errors() -> tuple[type[BaseException], ...]:
    """Failures a user can meet and fix (paths, arguments, folders in use, corrupt ledgers): one line each."""
    from pipeline.batch.outdir import OutputError
    from pipeline.read import InputError

    return (UsageError, InputError, OutputError, ValueError, OSError, sqlite3.Error)


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        text = f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    elif isinstance(exc, sqlite3.Error):
        text = f"database error: {exc}"
    else:
        text = str(exc) or type(exc).__name__
    return " ".join(text.split())


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers: list[logging.Handler] = []
    try:
        handlers = setup_logging(args)
        return args.run(args)
    except KeyboardInterrupt:
        print("thidua: interrupted; run the same command again to resume", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _expected_errors() as exc:
        log.debug("details", exc_info=True)  # --log-level debug keeps the traceback for a bug report
        print(f"thidua: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        for handler in handlers:
            log.removeHandler(handler)
            handler.close()


if __name__ == "__main__":
    sys.exit(main())
