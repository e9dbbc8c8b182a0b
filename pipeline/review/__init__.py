"""Review stage: an HTML page per article showing every extracted span, to check the machine's reading.

Reads an output folder of `thidua extract` (its `articles.jsonl`), never the pipeline itself:

    from pipeline.review import render_review, write_reviews
    html = render_review("out/demo", "001_cd6882ff96a3fb17")
    write_reviews("out/demo", "out/review")   # index.html and one page per article

Steps: `marks` finds what to highlight (records and their parts), `doc` puts them in a spaCy Doc's
span group "sc", `page` draws it with displaCy's span renderer beside a records table.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pipeline.export.records import load_articles
from pipeline.review.doc import SPANS_KEY, paragraphs, review_doc
from pipeline.review.marks import LABELS, Mark, Row, review_rows
from pipeline.review.page import COLORS, render_index_page, render_page

__all__ = ["COLORS", "LABELS", "SPANS_KEY", "Mark", "Row", "load_articles", "review_rows", "review_doc",
           "article_doc", "paragraphs", "render_review", "render_index", "page_name", "write_review",
           "write_reviews"]

_UNSAFE = re.compile(r"[^\w.-]+")


def _article(out_dir: str | Path, article_id: str) -> dict[str, Any]:
    articles = load_articles(out_dir)
    if article_id not in articles:
        known = ", ".join(list(articles)[:10]) + (" ..." if len(articles) > 10 else "")
        raise ValueError(f"no article {article_id!r} in {Path(out_dir) / 'articles.jsonl'} (ids: {known or 'none'})")
    return articles[article_id]


def article_doc(out_dir: str | Path, article_id: str):
    """The spaCy Doc of one article with its marks in `doc.spans["sc"]` (for displacy in a notebook)."""
    article = _article(out_dir, article_id)
    return review_doc(article.get("text") or "", review_rows(article))


def render_review(out_dir: str | Path, article_id: str, index_href: str | None = None) -> str:
    """The review page of one article of `out_dir` as an HTML string."""
    article = _article(out_dir, article_id)
    return render_page(article, review_rows(article), index_href)


def page_name(article_id: str) -> str:
    """File name of an article's review page: the id with unsafe characters replaced.

    >>> page_name("001_cd6882ff96a3fb17"), page_name("báo/tin 1")
    ('001_cd6882ff96a3fb17.html', 'báo_tin_1.html')
    """
    return (_UNSAFE.sub("_", article_id).strip("._") or "article") + ".html"


def _page_names(ids: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    used: set[str] = set()
    for aid in ids:
        name, n = page_name(aid), 1
        while name.lower() in used or name == "index.html":  # case-insensitive file systems
            n += 1
            name = page_name(aid)[:-5] + f"-{n}.html"
        used.add(name.lower())
        names[aid] = name
    return names


def render_index(out_dir: str | Path) -> str:
    """The index page linking every article's review page (file names from `page_name`)."""
    articles = load_articles(out_dir)
    names = _page_names(list(articles))
    entries = [(names[aid], a, review_rows(a)) for aid, a in articles.items()]
    return render_index_page(entries, str(out_dir))


def write_review(out_dir: str | Path, article_id: str, dest: str | Path) -> Path:
    """Write one article's review page to the file `dest`."""
    dest = Path(dest)
    html = render_review(out_dir, article_id)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(html, encoding="utf-8")
    return dest


def write_reviews(out_dir: str | Path, dest_dir: str | Path) -> list[Path]:
    """Write `index.html` and one page per article into `dest_dir`; returns the paths, index first."""
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    articles = load_articles(out_dir)
    names = _page_names(list(articles))
    written = [dest / "index.html"]
    entries = []
    for aid, article in articles.items():
        rows = review_rows(article)
        path = dest / names[aid]
        path.write_text(render_page(article, rows, index_href="index.html"), encoding="utf-8")
        written.append(path)
        entries.append((names[aid], article, rows))
    written[0].write_text(render_index_page(entries, str(out_dir)), encoding="utf-8")
    return written
