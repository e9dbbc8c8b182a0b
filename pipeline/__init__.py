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
__all__ = ["extract_text", "extract_file", "run_extract", "load_tables", "__version__"]


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
    """The CSV tables of an output folder as pandas DataFrames, by table name."""
    import pandas as pd

    from pipeline.export import COLUMNS

    out = Path(out_dir)
    return {name: pd.read_csv(out / f"{name}.csv") for name in COLUMNS if (out / f"{name}.csv").exists()}
