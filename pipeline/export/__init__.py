"""Stage 5: write records as JSON Lines and CSV tables."""

from pipeline.export.records import to_json
from pipeline.export.tables import COLUMNS, LIST_SEPARATOR
from pipeline.export.writer import ERROR_COLUMNS, OutputWriter

__all__ = ["COLUMNS", "ERROR_COLUMNS", "LIST_SEPARATOR", "OutputWriter", "to_json"]
