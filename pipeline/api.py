"""The public Python API: one function per `thidua` subcommand, with the same options, plus loaders.

`pipeline/__init__.py` re-exports everything here; the command line (`pipeline/cli.py`) only parses
arguments and calls these functions. Heavy imports happen inside the functions, so that
`import pipeline` stays quick.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # for type checkers only: importing these costs seconds
    import pandas as pd

    from pipeline.batch.runner import Summary
    from pipeline.core.types import ArticleRecord
    from pipeline.evaluate.score import FieldScore
    from pipeline.fetch.summary import CrawlSummary

PathLike = str | os.PathLike[str]


def extract_text(text: str, article_id: str = "article") -> ArticleRecord:
    """The records of one plain-text article (headline on the first line), in memory.

    >>> record = extract_text(open("corpora/seeds/001_cd6882ff96a3fb17.txt", encoding="utf-8").read(), "001")
    >>> [o.name for o in record.officials]
    ['Hà Lan Anh', 'Triệu Đức Hạnh']
    """
    from pipeline.clean import build_article
    from pipeline.extract import extract
    from pipeline.nlp import analyse

    return extract(analyse(build_article(article_id, "<text>", text)))


def extract_file(path: PathLike) -> ArticleRecord:
    """The records of one article file (.txt or .html), in memory.

    Raises `pipeline.core.types.Skipped` (with a `reason` such as "empty" or "no_body") when the file
    holds no article, and `InputError` when it does not exist.
    """
    from pipeline.batch import process
    from pipeline.core.types import Skipped
    from pipeline.read import iter_documents, remove_nul_bytes

    item = next(iter_documents([Path(path)]))
    if isinstance(item, Skipped):
        raise item
    return process(remove_nul_bytes(item)[0])


def run_extract(paths: PathLike | Iterable[PathLike], out_dir: PathLike, *, workers: int | None = None,
                engine: Literal["local", "dask"] = "local", scheduler: str | None = None, force: bool = False,
                excel: bool = False, parquet: bool = False, duckdb: PathLike | None = None,
                progress: bool = False) -> Summary:
    """Extract every article under `paths` into `out_dir`: `thidua extract PATH... --out OUT_DIR`.

    workers    local worker processes (None: one per core), as --workers
    engine     "local", or "dask" with `scheduler` the address of a Dask scheduler (None: a local cluster)
    force      redo inputs the run ledger of `out_dir` says are done
    excel      CSV for Excel (byte order mark, formula-like cells prefixed with ')
    parquet    also write typed Parquet files into out_dir/parquet/
    duckdb     also write a DuckDB database to this file
    progress   a progress bar on a terminal, a progress log line every 100 files otherwise

    Returns the run's Summary (`summary.lines()` is what the command prints; `summary.problems`
    counts inputs that gave no record). Raises InputError for a missing path, OutputError for an
    output folder that is a file, cannot be written or is in use by another run.
    """
    from pipeline.batch import run_extract as run
    from pipeline.batch.outdir import OutputError, OutputLock
    from pipeline.read import check_paths

    paths = check_paths([paths] if isinstance(paths, (str, os.PathLike)) else list(paths))  # before any output
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    if duckdb is not None:
        duckdb = _database_file(duckdb)  # checked before a long run, not after it
    with OutputLock(out_dir):  # held through the typed exports, which read the CSVs just written
        summary = run(paths, out_dir, excel=excel, workers=workers, engine=engine, scheduler=scheduler,
                      force=force, progress=progress)
        if parquet:
            from pipeline.export.typed import write_parquet

            write_parquet(out_dir)
        if duckdb is not None:
            import duckdb as db

            from pipeline.export.typed import write_duckdb

            try:
                write_duckdb(out_dir, duckdb)
            except db.Error as exc:
                raise OutputError(f"cannot write the DuckDB database {duckdb}: {exc}") from None
    return summary


def _database_file(path: PathLike) -> Path:
    """A DuckDB file to write: not a folder, in a folder that exists or can be made."""
    from pipeline.batch.outdir import OutputError

    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path} is a folder; the DuckDB database must be a file name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder of the DuckDB database {path}: {exc.strerror or exc}") from None
    return path


def run_crawl(site: str, archive: PathLike, *, profile: str | None = None, start: list[str] | None = None,
          since: date | str | None = None, until: date | str | None = None, max_pages: int | None = None,
          max_depth: int = 30, delay: float = 1.0, timeout: float = 20.0, contact: str | None = None,
          progress: bool = False) -> CrawlSummary:
    """Crawl a site politely into an archive folder: `thidua crawl SITE_OR_URL --archive ARCHIVE`.

    `site` is a profile name from patterns/sites/ or a URL; `since`/`until` are dates or 'YYYY-MM-DD'.
    The other options are the command's (see `thidua crawl --help`). Running it again resumes.
    """
    from pipeline.fetch import CrawlSettings, parse_day, user_agent
    from pipeline.fetch import crawl as run

    def day(value: date | str | None) -> date | None:
        return parse_day(value) if isinstance(value, str) else value

    settings = CrawlSettings(delay=delay, max_pages=max_pages, max_depth=max_depth, timeout=timeout,
                             since=day(since), until=day(until), user_agent=user_agent(contact), progress=progress)
    return run(site, archive, profile=profile, start=start, settings=settings)


@dataclass
class Evaluation:
    """Scores of predictions against gold: `thidua eval`. `lines()` is what the command prints."""

    scores: dict[str, FieldScore]
    n_gold: int
    n_predicted: int
    baseline: dict[str, FieldScore] | None = None
    error_lines: list[str] = field(default_factory=list)
    listed_errors: bool = False

    def f1(self) -> dict[str, float]:
        """F1 per field."""
        return {name: s.f1 for name, s in self.scores.items()}

    def lines(self) -> list[str]:
        from pipeline.evaluate import table

        out = table(self.scores, f"{self.n_gold} gold articles, {self.n_predicted} predicted")
        if self.baseline is not None:
            out += table(self.baseline, "\nbaseline: underthesea ner() alone, every PER span an official")
        if self.listed_errors:
            out += self.error_lines or ["\nno errors"]
        return out


def run_eval(gold: PathLike, pred: PathLike, *, baseline: bool = False, errors: bool = False) -> Evaluation:
    """Precision, recall and F1 per field of `pred` (an articles.jsonl or its folder) against the gold
    .json files in the folder `gold`: `thidua eval --gold GOLD --pred PRED [--baseline] [--errors]`."""
    from pipeline.evaluate import errors as list_errors
    from pipeline.evaluate import load_gold, load_predictions, score

    gold_articles = load_gold(gold)
    predicted = load_predictions(pred)
    scores = score(gold_articles, predicted)
    result = Evaluation(scores, len(gold_articles), len(predicted), listed_errors=errors)
    if baseline:
        from pipeline.evaluate.baseline import baseline_predictions

        result.baseline = {"officials": score(gold_articles, baseline_predictions(predicted))["officials"]}
    if errors:
        result.error_lines = list_errors(scores, {aid: a.get("text", "") for aid, a in predicted.items()})
    return result


def describe() -> list[str]:
    """The data dictionary (every table, column, type, meaning and code) as Markdown lines: `thidua schema`."""
    from pipeline.export import describe as lines

    return lines()


def write_review(out_dir: PathLike, article_id: str, dest: PathLike) -> Path:
    """Write the review page of one article of `out_dir` to the HTML file `dest`:
    `thidua review ARTICLE_ID --from OUT_DIR --out DEST`."""
    from pipeline.review import write_review as write

    return write(out_dir, article_id, dest)


def write_reviews(out_dir: PathLike, dest_dir: PathLike) -> list[Path]:
    """Write index.html and one review page per article of `out_dir` into `dest_dir`:
    `thidua review --all --from OUT_DIR --out DEST_DIR`. Returns the paths, the index first."""
    from pipeline.review import write_reviews as write

    return write(out_dir, dest_dir)


def label(domain: str, code: object) -> str:
    """The Vietnamese label the data dictionary gives a code, for tables and plots (`thidua schema`,
    "Codes"): label("award_type", "co_thi_dua") is "Cờ thi đua"; a code without one is returned as is."""
    from pipeline.export.schema import label as vietnamese

    return vietnamese(domain, code)


def read_table(out_dir: PathLike, table: str) -> pd.DataFrame:
    """One CSV table of an output folder as a DataFrame typed by the data dictionary (`thidua schema`):
    text stays text, `int?` columns are pandas Int64, dates are parsed, Excel apostrophes removed."""
    from pipeline.export.frames import read_table as read

    return read(out_dir, table)


def load_tables(out_dir: PathLike) -> dict[str, pd.DataFrame]:
    """Every CSV table of an output folder (records, errors, cross-article links), by name, typed as
    `read_table` types them."""
    from pipeline.export.frames import load_tables as load

    return load(out_dir)


def load_articles(out_dir: PathLike) -> dict[str, dict[str, Any]]:
    """The articles of an output folder (its articles.jsonl) by id: the cleaned `text` every offset points
    into, and every record with its evidence."""
    from pipeline.export.records import load_articles as load

    return load(out_dir)
