"""Stage 2: underthesea sentences and words (POS and NER on demand) for one article."""

from pipeline.nlp.analysis import Analysis, Sentence, Token, analyse

__all__ = ["Analysis", "Sentence", "Token", "analyse"]
