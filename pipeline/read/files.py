"""Walk the paths a user gives and yield one `RawDocument` per article file.

A missing path is the user's mistake and stops the run (`InputError`); a bad file
inside a folder is yielded as a `Skipped` so the batch counts it and goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.core.types import RawDocument, Skipped
from pipeline.read.warc import archive_root, is_warc, iter_archive_file, iter_warc_file

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
# A saved news page is well under this; anything larger is not an article.
MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """A path on the command line that cannot be used at all."""


def list_inputs(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool]]:
    """Every file under `paths` in a stable order, with whether the user named it directly.

    Hidden files and folders are left out. Raises InputError before anything is read when a
    path does not exist.
    """
    roots = [Path(p) for p in paths]
    missing = [str(p) for p in roots if not p.exists()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}")
    for root in roots:
        if not root.is_dir():
            yield root, True
            continue
        in_archive: dict[Path, bool] = {}  # folder -> inside a crawl archive (asked once per folder)
        for child in sorted(root.rglob("*")):
            if not child.is_file() or any(p.startswith(".") for p in child.relative_to(root).parts):
                continue
            if child.parent not in in_archive:
                in_archive[child.parent] = archive_root(child) is not None
            if in_archive[child.parent] and not is_warc(child):
                continue  # the crawl ledger and its side files describe the WARC files; not articles
            yield child, False


def is_input(file: Path) -> bool:
    """A file the pipeline reads articles from."""
    return file.suffix.lower() in SUFFIXES or is_warc(file)


def read_file(file: Path, named: bool = True) -> Iterator[RawDocument | Skipped]:
    """The articles of one file (one for .txt/.html, any number for .warc/.warc.gz), or a Skipped naming why none."""
    if is_warc(file):
        # Inside a crawl archive the crawl ledger says which records are articles, each once.
        root = archive_root(file)
        yield from iter_archive_file(root, file) if root else iter_warc_file(file)
        return
    media_type = SUFFIXES.get(file.suffix.lower())
    if media_type is None:
        # Inside a folder, other files (notes, images) are passed over and counted apart.
        reason = "unsupported_type" if named else "other_file"
        yield Skipped(reason, f"{file}: not an article file (.txt, .html)", stage="read", source=str(file))
        return
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            yield Skipped("too_large", f"{file}: {size} bytes", stage="read", source=str(file))
            return
        content = file.read_bytes()
    except OSError as exc:
        yield Skipped("unreadable", f"{file}: {exc.strerror or exc}", stage="read", source=str(file))
        return
    yield RawDocument(doc_id=file.stem, source=str(file), content=content, media_type=media_type)


def iter_documents(paths: Iterable[str | Path]) -> Iterator[RawDocument | Skipped]:
    """Yield a RawDocument per readable article, or a Skipped naming why not."""
    for file, named in list_inputs(paths):
        yield from read_file(file, named)
