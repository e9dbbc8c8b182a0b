"""The CSV tables as pandas DataFrames with the data dictionary's types.

A bare `pd.read_csv` guesses: an empty text column becomes float, "NA" in a name becomes missing.
`read_table` reads every cell as text first, then gives each column its dictionary type: text stays
text (empty cells are missing), `int` is int64, `int?` pandas' nullable Int64, `float` float64,
`bool` bool, `date` datetime64. The apostrophe an Excel CSV puts before a formula-like cell is removed.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.export.schema import ALL_TABLES
from pipeline.export.writer import excel_unsafe, is_excel_csv

_PANDAS = {"string": "str", "int": "int64", "int?": "Int64", "float": "float64"}


def read_table(out_dir: str | Path, table: str) -> pd.DataFrame:
    """One table of an output folder (`articles`, `awards`, `units`, ...; see `thidua schema`).

    Raises KeyError for a table the data dictionary does not have, FileNotFoundError for a missing file.
    """
    if table not in ALL_TABLES:
        raise KeyError(f"no table {table!r}; tables: {', '.join(ALL_TABLES)}")
    path = Path(out_dir) / f"{table}.csv"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: run `thidua extract PATH --out {Path(out_dir)}` first")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8-sig")
    excel = is_excel_csv(path)
    for column in ALL_TABLES[table][1]:
        values = frame[column.name]
        if column.type == "string":
            frame[column.name] = values.map(excel_unsafe) if excel else values
        elif column.type == "date":
            frame[column.name] = pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")
        elif column.type == "bool":
            frame[column.name] = values.map({"True": True, "False": False}).astype("boolean")
        else:
            frame[column.name] = pd.to_numeric(values).astype(_PANDAS[column.type])
    return frame


def load_tables(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Every table an output folder has (records, errors, cross-article links), by name."""
    out = Path(out_dir)
    return {name: read_table(out, name) for name in ALL_TABLES if (out / f"{name}.csv").is_file()}
