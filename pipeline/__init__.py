"""thidua: Vietnamese emulation and commendation news -> traceable structured records.

The stages, each a subpackage, in the order data flows:
read -> clean -> nlp -> extract -> export (batch runs them; evaluate scores the result).

    >>> from pipeline import extract_text
    >>> record = extract_text(open("corpora/seeds/001_cd6882ff96a3fb17.txt").read(), "001")
    >>> [o.name for o in record.officials]
    ['Hà Lan Anh', 'Triệu Đức Hạnh']
"""

from __future__ import annotations

from pathlib import Path

from pipeline.core.types import ArticleRecord

__version__ = "0.1.0"
__all__ = ["extract_text", "extract_file", "run_extract", "load_tables", "load_articles", "__version__"]


def extract_text(text: str, article_id: str = "article") -> ArticleRecord:
    """Records of one plain-text article."""
    from pipeline.clean import build_article
    from pipeline.extract import extract
    from pipeline.nlp import analyse

    return extract(analyse(build_article(article_id, "<text>", text)))


def extract_file(path: str | Path) -> ArticleRecord:
    """Records of one article file (.txt or .html); raises Skipped when it holds no article."""
    from pipeline.batch import process
    from pipeline.core.types import Skipped
    from pipeline.read import iter_documents

    item = next(iter_documents([path]))
    if isinstance(item, Skipped):
        raise item
    return process(item)


def run_extract(paths, out_dir, excel: bool = False):
    """Extract every article under `paths` into `out_dir` (as `thidua extract`); returns a Summary."""
    from pipeline.batch import run_extract as run

    return run(paths, out_dir, excel=excel)


def load_tables(out_dir: str | Path) -> dict:
    """Every CSV table of an output folder (records, errors, cross-article links) as a pandas DataFrame.

    Dates are parsed and nullable integers (an award's year) kept as integers, by the data dictionary.
    """
    import pandas as pd

    from pipeline.export import ALL_TABLES, DATE_COLUMNS

    out = Path(out_dir)
    tables = {}
    for name, (_, columns) in ALL_TABLES.items():
        if (out / f"{name}.csv").exists():
            nullable = {c.name: "Int64" for c in columns if c.type == "int?"}
            tables[name] = pd.read_csv(out / f"{name}.csv", parse_dates=DATE_COLUMNS[name], dtype=nullable)
    return tables


def load_articles(out_dir: str | Path) -> dict:
    """The articles of an output folder (articles.jsonl) by id: the cleaned text and every record's evidence."""
    from pipeline.export.records import load_articles as load

    return load(out_dir)
