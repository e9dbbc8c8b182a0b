"""Stage 5: write records as JSON Lines and CSV tables (and Parquet, DuckDB), described in `schema.py`."""

from pipeline.export.records import to_json
from pipeline.export.schema import ALL_TABLES, COLUMNS, DATE_COLUMNS, ERROR_COLUMNS, LINKED_COLUMNS, TABLES, describe
from pipeline.export.tables import LIST_SEPARATOR
from pipeline.export.writer import AtomicFiles, OutputWriter

__all__ = ["ALL_TABLES", "COLUMNS", "DATE_COLUMNS", "ERROR_COLUMNS", "LINKED_COLUMNS", "LIST_SEPARATOR",
           "AtomicFiles", "OutputWriter", "TABLES", "describe", "to_json"]
