"""Walk the paths a user gives and yield one `RawDocument` per article file.

A missing path (or a URL) is the user's mistake and stops the run (`InputError`); a bad file
inside a folder is yielded as a `Skipped` so the batch counts it and goes on. Folders are walked
through symbolic links; a link back to a folder already being walked (a loop) and a folder that
cannot be listed are yielded too, so that the batch writes a row for each to errors.csv.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from pipeline.core.types import RawDocument, Skipped
from pipeline.read.warc import archive_root, is_warc, iter_archive_file, iter_warc_file

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
# A saved news page is well under this; anything larger is not an article.
MAX_BYTES = 20 * 1024 * 1024
# A text with a few stray NUL bytes (a bad export, a copy through a broken tool) is repaired; a file with
# more than this share of them is binary (UTF-16 without a byte order mark has one every other byte).
MAX_NUL_SHARE = 0.01
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


class InputError(Exception):
    """A path on the command line that cannot be used at all."""


def list_inputs(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool]]:
    """Every file under `paths` in a stable order, with whether the user named it directly.

    Hidden files and folders are left out. A folder that cannot be listed, or a link back into a
    folder being walked, is yielded as itself (`read_file` turns it into a Skipped). Raises
    InputError before anything is read when a path does not exist or is a URL.
    """
    for root in check_paths(paths):
        if not root.is_dir():
            yield root, True
            continue
        yield from _walk(root)


def check_paths(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    """The paths as Paths, or InputError naming the first URL or every missing path."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    given = [str(p) for p in paths]
    if not given:
        raise InputError("no input paths given")
    urls = [p for p in given if _URL.match(p)]
    if urls:
        raise InputError(f"{urls[0]} is a URL; extract reads files and folders: fetch it first with "
                         f"`thidua crawl URL --archive DIR`, then `thidua extract DIR`")
    roots = [Path(p) for p in given]
    missing = [str(p) for p in roots if not p.exists() and not p.is_symlink()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}")
    return roots


def _walk(root: Path) -> Iterator[tuple[Path, bool]]:
    found: list[Path] = []
    problems: list[Path] = []
    _collect(root, [], found, problems)
    listed_as_problem = set(problems)
    in_archive: dict[Path, bool] = {}  # folder -> inside a crawl archive (asked once per folder)
    for child in sorted(found + problems):
        if child in listed_as_problem:
            yield child, False
            continue
        if child.parent not in in_archive:
            in_archive[child.parent] = archive_root(child) is not None
        if in_archive[child.parent] and not is_warc(child):
            continue  # the crawl ledger and its side files describe the WARC files; not articles
        yield child, False


def _collect(folder: Path, ancestors: list[tuple[int, int]], found: list[Path],
             problems: list[Path]) -> None:
    """Files under `folder`, following links to folders but never back into one being walked."""
    try:
        stat = folder.stat()
        entries = list(os.scandir(folder))
    except OSError:
        problems.append(folder)
        return
    here = [*ancestors, (stat.st_dev, stat.st_ino)]
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows links
        except OSError:
            is_dir = False
        if not is_dir:
            if entry.is_symlink() or entry.is_file():
                found.append(path)  # a dangling or looping link is read, and reported, like a file
            continue
        try:
            target = path.stat()
        except OSError:
            problems.append(path)
            continue
        if (target.st_dev, target.st_ino) in here:
            problems.append(path)  # a link back to a folder above it: walking it would never end
            continue
        _collect(path, here, found, problems)


def is_input(file: Path) -> bool:
    """A file the pipeline reads articles from."""
    return file.suffix.lower() in SUFFIXES or is_warc(file)


def _unusable(path: Path) -> Skipped | None:
    """A folder listed as a problem, or a link that leads nowhere: the reason, or None for a usable path."""
    source = str(path)
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Skipped("symlink_loop", f"{path}: links back to itself", stage="read", source=source)
        if path.is_symlink() and exc.errno == errno.ENOENT:
            return Skipped("unreadable", f"{path}: link to a missing file ({os.readlink(path)})",
                           stage="read", source=source)
        return Skipped("unreadable", f"{path}: {exc.strerror or exc}", stage="read", source=source)
    if not path.is_dir():
        return None
    if path.is_symlink():
        return Skipped("symlink_loop", f"{path}: links back to a folder it is in ({os.readlink(path)})",
                       stage="read", source=source)
    try:
        os.listdir(path)
    except OSError as exc:
        return Skipped("unreadable", f"{path}: folder cannot be listed: {exc.strerror or exc}", stage="read",
                       source=source)
    return Skipped("unreadable", f"{path}: a folder, not an article file", stage="read", source=source)


def read_file(file: Path, named: bool = True) -> Iterator[RawDocument | Skipped]:
    """The articles of one file (one for .txt/.html, any number for .warc/.warc.gz), or a Skipped naming why none."""
    problem = _unusable(file)
    if problem is not None:
        yield problem
        return
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


def remove_nul_bytes(doc: RawDocument) -> tuple[RawDocument, int]:
    """The document without stray NUL bytes, and how many were removed (0: returned as it was).

    A few NULs in an otherwise valid UTF-8 text are damage, not content: they are dropped and the
    article kept. Many NULs, or bytes that are not UTF-8 without them, mean a binary file or
    UTF-16, which the cleaning stage reports as such.

    >>> text = "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 của UBND tỉnh diễn ra sáng nay.\\x00"
    >>> doc, n = remove_nul_bytes(RawDocument("a", "a.txt", text.encode(), "text"))
    >>> doc.content.decode()[-12:], n
    ('ra sáng nay.', 1)
    >>> remove_nul_bytes(RawDocument("b", "b.bin", b"PK\\x03\\x04\\x00\\x00" * 50, "text"))[1]
    0
    """
    count = doc.content.count(b"\x00")
    if not count or count > MAX_NUL_SHARE * len(doc.content):
        return doc, 0
    repaired = doc.content.replace(b"\x00", b"")
    if doc.media_type == "text":
        try:
            repaired.decode("utf-8")
        except UnicodeDecodeError:
            return doc, 0
    return replace(doc, content=repaired), count


def iter_documents(paths: Iterable[str | Path]) -> Iterator[RawDocument | Skipped]:
    """Yield a RawDocument per readable article, or a Skipped naming why not."""
    for file, named in list_inputs(paths):
        yield from read_file(file, named)
