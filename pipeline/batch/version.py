"""The pipeline version a result was made with: the release plus a digest of code and patterns.

Any change to an extractor or a pattern file changes it, so a resumed run redoes articles
made by older rules instead of mixing them in.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from pipeline.core.patterns import PATTERN_DIR

_PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    from pipeline import __version__

    digest = hashlib.sha1()
    for path in sorted([*_PACKAGE.rglob("*.py"), *PATTERN_DIR.rglob("*.yaml")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"
