"""Stage 5: write records as JSON Lines and CSV tables (and Parquet, DuckDB), described in `schema.py`."""

from pipeline.export.records import to_json
from pipeline.export.schema import COLUMNS, DATE_COLUMNS, ERROR_COLUMNS, TABLES, describe
from pipeline.export.tables import LIST_SEPARATOR
from pipeline.export.writer import OutputWriter

__all__ = ["COLUMNS", "DATE_COLUMNS", "ERROR_COLUMNS", "LIST_SEPARATOR", "OutputWriter", "TABLES", "describe", "to_json"]
