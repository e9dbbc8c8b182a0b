"""The `thidua` command: parses arguments and calls the same Python API a notebook uses."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

# Exit codes: 0 all done; 2 bad usage or input paths; 3 finished, but some inputs were skipped or failed.
EXIT_USAGE, EXIT_PARTIAL = 2, 3


def _extract(args: argparse.Namespace) -> int:
    from pipeline.batch import run_extract

    summary = run_extract(args.paths, args.out, excel=args.excel, workers=args.workers, engine=args.engine,
                          scheduler=args.scheduler, force=args.force, progress=not args.quiet)
    if args.parquet:
        from pipeline.export.typed import write_parquet

        write_parquet(args.out)
    if args.duckdb:
        from pipeline.export.typed import write_duckdb

        write_duckdb(args.out, args.duckdb)
    if not args.quiet:
        print("\n".join(summary.lines()))
    return EXIT_PARTIAL if summary.problems else 0


def _crawl(args: argparse.Namespace) -> int:
    from pipeline.fetch import CrawlSettings, crawl, parse_day, user_agent

    if not args.verbose:  # the crawl's warnings (robots.txt unreadable, no article found) always show
        logging.getLogger("thidua.fetch").setLevel(logging.WARNING)

    settings = CrawlSettings(
        delay=args.delay, max_pages=args.max_pages, max_depth=args.max_depth, timeout=args.timeout,
        since=parse_day(args.since) if args.since else None, until=parse_day(args.until) if args.until else None,
        user_agent=user_agent(args.contact), progress=not args.quiet)
    summary = crawl(args.site, args.archive, profile=args.profile, start=args.start, settings=settings)
    if not args.quiet:
        print("\n".join(summary.lines()))
    return EXIT_PARTIAL if summary.problems or summary.outcome == "interrupted" or summary.no_article else 0


def _schema(args: argparse.Namespace) -> int:
    from pipeline.export import describe

    print("\n".join(describe()))
    return 0


def _eval(args: argparse.Namespace) -> int:
    from pipeline.evaluate import errors, load_gold, load_predictions, score, table

    gold = load_gold(args.gold)
    pred = load_predictions(args.pred)
    scores = score(gold, pred)
    print("\n".join(table(scores, f"{len(gold)} gold articles, {len(pred)} predicted")))
    if args.baseline:
        from pipeline.evaluate.baseline import baseline_predictions

        base = score(gold, baseline_predictions(pred))
        print("\n".join(table({"officials": base["officials"]},
                              "\nbaseline: underthesea ner() alone, every PER span an official")))
    if args.errors:
        texts = {aid: a.get("text", "") for aid, a in pred.items()}
        print("\n".join(errors(scores, texts)) or "\nno errors")
    return 0


def _review(args: argparse.Namespace) -> int:
    from pipeline.review import write_review, write_reviews

    if args.all == bool(args.article_id):
        raise ValueError("review needs either an ARTICLE_ID or --all")
    if args.all:
        written = write_reviews(args.source, args.out)
        print(f"{len(written) - 1} review pages and their index: {written[0]}")
    else:
        print(write_review(args.source, args.article_id, args.out))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thidua",
        description="Extract structured records from Vietnamese emulation and commendation news.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log every skipped input")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract records from article files or folders",
                       description="Read articles (.txt, .html, .warc.gz, crawl archives) from files or folders and "
                                   "write articles.jsonl, one CSV per record kind, the cross-article tables and "
                                   "errors.csv into --out. A rerun skips inputs already done (see --force).")
    p.add_argument("paths", nargs="+", help="article files, folders, WARC files or crawl archives")
    p.add_argument("--out", required=True, type=Path, help="output folder (created if missing)")
    p.add_argument("--excel", action="store_true", help="write CSV as UTF-8 with BOM, so Excel shows diacritics")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="local worker processes (default: the number of cores)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="run on this machine, or on a Dask cluster (see --scheduler)")
    p.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    p.add_argument("--force", action="store_true", help="redo inputs the run ledger says are done")
    p.add_argument("--parquet", action="store_true", help="also write typed Parquet files to OUT/parquet/")
    p.add_argument("--duckdb", type=Path, metavar="FILE", help="also write a DuckDB database with one table per kind")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
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
    p.add_argument("--since", metavar="YYYY-MM-DD", help="keep articles published on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="keep articles published on or before this day")
    p.add_argument("--max-pages", type=int, help="stop after fetching this many pages (a later run continues)")
    p.add_argument("--max-depth", type=int, default=30, help="link hops from a start page, pagination included (default 30)")
    p.add_argument("--delay", type=float, default=1.0,
                   help="seconds between requests to one host (default 1; robots.txt Crawl-delay can raise it)")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a server (default 20)")
    p.add_argument("--contact", metavar="EMAIL_OR_URL",
                   help="how site owners can reach you; added to the User-Agent (please set it for real crawls)")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    p.set_defaults(run=_crawl)

    p = sub.add_parser("eval", help="score predictions against gold annotations",
                       description="Print precision, recall and F1 per field of --pred against the gold files.")
    p.add_argument("--gold", required=True, type=Path, help="folder of gold .json files")
    p.add_argument("--pred", required=True, type=Path, help="articles.jsonl written by extract")
    p.add_argument("--errors", action="store_true", help="list every missed and spurious item with its context")
    p.add_argument("--baseline", action="store_true",
                   help="also score underthesea's NER alone as the officials extractor, on the same text")
    p.set_defaults(run=_eval)

    p = sub.add_parser("schema", help="print the data dictionary of the output tables",
                       description="Print every output table and column with its type and meaning (Markdown).")
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
    p.set_defaults(run=_review)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR,
                        format="thidua: %(levelname)s: %(message)s")
    from pipeline.read import InputError

    try:
        return args.run(args)
    except (InputError, FileNotFoundError, NotADirectoryError, ValueError, OSError) as exc:
        print(f"thidua: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
