"""Saved HTML pages to articles: thidua against trafilatura, field by field.

    .venv/bin/python scripts/compare_html_extractors.py tests/fixtures/html/cms

The folder holds the pages and `expected.yaml`, which gives for each page its title, publication
date, author, how its body starts and ends, and strings of page furniture that must not be
extracted. A date counts as right when its day is right (trafilatura gives days only).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

FIELDS = ("title", "date", "author", "body_start", "body_end", "no_furniture")
# After the body's last paragraph only a byline may follow: a few words.
_BYLINE_ROOM = 60


@dataclass
class Extracted:
    title: str | None
    published: str | None
    author: str | None
    body: str  # the article's text without its title and date line
    text: str  # everything the extractor returned


def thidua(path: Path) -> Extracted:
    from pipeline.clean import clean
    from pipeline.core.types import RawDocument, Skipped

    try:
        article = clean(RawDocument(path.stem, str(path), path.read_bytes(), "html"))
    except Skipped:
        return Extracted(None, None, None, "", "")
    body = "\n".join(s.of(article.text) for s in article.body)
    return Extracted(article.title_text, article.published, article.author, body, article.text)


def trafilatura(path: Path) -> Extracted:
    import trafilatura as t

    doc = t.bare_extraction(path.read_bytes(), with_metadata=True, include_comments=False)
    if doc is None:
        return Extracted(None, None, None, "", "")
    text = doc.text or ""
    return Extracted(doc.title, doc.date, doc.author, text, "\n".join(p for p in (doc.title, text) if p))


def _norm(value: object) -> str:
    return " ".join(str(value).split()).casefold() if value is not None else ""


def judge(expected: dict, got: Extracted) -> dict[str, bool]:
    body = got.body.strip()
    end = expected["body_end"]
    at = body.rfind(end)
    return {
        "title": _norm(got.title) == _norm(expected["title"]),
        "date": (got.published or "")[:10] == str(expected["published"])[:10],
        "author": _norm(got.author) == _norm(expected.get("author")),
        "body_start": body.startswith(expected["body_start"]),
        "body_end": at >= 0 and len(body[at + len(end):].strip()) <= _BYLINE_ROOM,
        "no_furniture": not any(f in got.text for f in expected.get("furniture", [])),
    }


def compare(folder: Path) -> dict[str, dict[str, dict[str, bool]]]:
    """{page: {extractor: {field: right}}} for every page listed in the folder's expected.yaml."""
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    return {name: {"thidua": judge(exp, thidua(folder / name)),
                   "trafilatura": judge(exp, trafilatura(folder / name))}
            for name, exp in expected.items()}


def totals(results: dict) -> dict[str, dict[str, int]]:
    return {tool: {f: sum(r[tool][f] for r in results.values()) for f in FIELDS}
            for tool in ("thidua", "trafilatura")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="pages and their expected.yaml")
    args = parser.parse_args(argv)
    if not (args.folder / "expected.yaml").is_file():
        print(f"error: {args.folder}/expected.yaml not found", file=sys.stderr)
        return 2
    results = compare(args.folder)
    sums = totals(results)
    print(f"{len(results)} pages")
    print(f"{'field':14}{'thidua':>8}{'trafilatura':>13}")
    for f in FIELDS:
        print(f"{f:14}{sums['thidua'][f]:>8}{sums['trafilatura'][f]:>13}")
    for name, r in results.items():
        missed = [f"{tool}:{f}" for tool in r for f in FIELDS if not r[tool][f]]
        if missed:
            print(f"  {name}: wrong {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
