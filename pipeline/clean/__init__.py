"""Stage 1b: decode and clean a RawDocument into an Article (text without furniture, plus metadata)."""

from __future__ import annotations

import json

from pipeline.clean.article import Hints, build_article
from pipeline.clean.decode import decode
from pipeline.core.types import Article, RawDocument

__all__ = ["clean", "Hints", "build_article"]


def clean(raw: RawDocument) -> Article:
    """RawDocument -> Article. Raises Skipped with a reason for inputs that hold no article."""
    text = decode(raw.content, raw.source, raw.headers.get("charset"))
    if raw.media_type == "html":
        from pipeline.clean.html import html_to_article

        # A crawled page carries its site's selectors (read from the archive's profile).
        selectors = json.loads(raw.headers["selectors"]) if raw.headers.get("selectors") else None
        return html_to_article(raw.doc_id, raw.source, text, url=raw.url, selectors=selectors)
    return build_article(raw.doc_id, raw.source, text)
