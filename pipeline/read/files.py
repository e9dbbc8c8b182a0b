"""Walk the paths a user gives and yield one `RawDocument` per article file.

A missing path is the user's mistake and stops the run (`InputError`); a bad file
inside a folder is yielded as a `Skipped` so the batch counts it and goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.core.types import RawDocument, Skipped

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
# A saved news page is well under this; anything larger is not an article.
MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """A path on the command line that cannot be used at all."""


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not any(p.startswith(".") for p in child.relative_to(path).parts):
                yield child
    else:
        yield path


def iter_documents(paths: Iterable[str | Path]) -> Iterator[RawDocument | Skipped]:
    """Yield a RawDocument per readable article file, or a Skipped naming why not."""
    roots = [Path(p) for p in paths]
    missing = [str(p) for p in roots if not p.exists()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}")
    for root in roots:
        for file in _files(root):
            media_type = SUFFIXES.get(file.suffix.lower())
            if media_type is None:
                # Inside a folder, other files (notes, images) are passed over and counted apart.
                reason = "other_file" if file != root else "unsupported_type"
                yield Skipped(reason, f"{file}: not .txt or .html", stage="read", source=str(file))
                continue
            try:
                size = file.stat().st_size
                if size > MAX_BYTES:
                    yield Skipped("too_large", f"{file}: {size} bytes", stage="read", source=str(file))
                    continue
                content = file.read_bytes()
            except OSError as exc:
                yield Skipped("unreadable", f"{file}: {exc.strerror or exc}", stage="read", source=str(file))
                continue
            yield RawDocument(doc_id=file.stem, source=str(file), content=content, media_type=media_type)
