"""Stage 3: rule plus NER extractors over one analysed article.

Each extractor is a small module with one public function reading the shared `Analysis`;
they never import each other. `extract` (in `article.py`) runs them all and assembles the
ArticleRecord; it is imported lazily so that one extractor can be used without the others.
"""

__all__ = ["extract"]


def __getattr__(name: str):
    if name == "extract":
        from pipeline.extract.article import extract

        return extract
    raise AttributeError(f"module 'pipeline.extract' has no attribute {name!r}")
