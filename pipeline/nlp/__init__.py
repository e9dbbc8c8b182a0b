"""Stage 2: underthesea sentences and words for one article, NER on demand."""

from pipeline.nlp.analysis import Analysis, Sentence, Token, analyse

__all__ = ["Analysis", "Sentence", "Token", "analyse"]
