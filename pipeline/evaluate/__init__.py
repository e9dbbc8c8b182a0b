"""Evaluation: precision, recall and F1 per field against gold annotations."""

from pipeline.evaluate.report import errors, table
from pipeline.evaluate.score import FIELDS, FieldScore, load_gold, load_predictions, score

__all__ = ["FIELDS", "FieldScore", "errors", "load_gold", "load_predictions", "score", "table"]
