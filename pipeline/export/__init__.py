"""Stage 5: write records as JSON Lines and CSV tables (and Parquet, DuckDB), described in `schema.py`."""

from pipeline.export.records import to_json
from pipeline.export.schema import (ALL_TABLES, CODES, COLUMNS, DATE_COLUMNS, ERROR_COLUMNS, FOREIGN_KEYS, LINKED_COLUMNS,
                                    LIST_KEYS, TABLES, describe, label)
from pipeline.export.tables import LIST_SEPARATOR
from pipeline.export.writer import AtomicFiles, OutputWriter, excel_safe

__all__ = ["ALL_TABLES", "CODES", "COLUMNS", "DATE_COLUMNS", "ERROR_COLUMNS", "FOREIGN_KEYS", "LINKED_COLUMNS",
           "LIST_KEYS", "LIST_SEPARATOR", "AtomicFiles", "OutputWriter", "TABLES", "describe", "excel_safe", "label",
           "to_json"]
