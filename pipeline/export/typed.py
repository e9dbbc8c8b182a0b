"""Typed exports built from the CSV tables: Parquet files and a DuckDB database with keys.

Column types come from the data dictionary (`schema.py`), so every format agrees. Both read the
tables through `read_typed`, which also undoes the apostrophes of an Excel CSV (`--excel`), so the
typed files hold the values as extracted either way.
"""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.export.schema import ALL_TABLES
from pipeline.export.writer import EXCEL_PREFIX, is_excel_csv

_ARROW = {"string": "string", "int": "int64", "int?": "int64", "float": "double", "date": "date32", "bool": "bool"}
_SQL = {"string": "VARCHAR", "int": "BIGINT", "int?": "BIGINT", "float": "DOUBLE", "date": "DATE", "bool": "BOOLEAN"}
# Each table's own key, and the table its rows belong to.
KEYS = {
    "articles": ("article_id", None), "events": ("event_id", "articles"), "officials": ("official_id", "articles"),
    "clusters": ("cluster_id", "articles"), "cluster_members": (None, "clusters"),
    "movements": ("movement_id", "articles"), "awards": (None, "articles"), "documents": ("document_id", "articles"),
    "errors": (None, None),
    "people": ("person_id", None), "person_mentions": (None, "articles"), "units": ("unit_id", None),
    "unit_successors": (None, None),
    "unit_mentions": (None, "articles"), "titles": (None, "articles"), "movements_canonical": ("movement_id", None),
    "movement_mentions": (None, "articles"), "awards_normalized": (None, "articles"),
    "article_duplicates": (None, "articles"),
}


def read_typed(out_dir: str | Path, table: str):
    """One CSV table of an output folder as a pyarrow Table with the data dictionary's types."""
    import pyarrow as pa
    import pyarrow.compute as pc
    from pyarrow import csv as pacsv

    path = Path(out_dir) / f"{table}.csv"
    columns = ALL_TABLES[table][1]
    types = {c.name: pa.type_for_alias(_ARROW[c.type]) for c in columns}
    data = pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(column_types=types, strings_can_be_null=True))
    if is_excel_csv(path):
        for n, column in enumerate(columns):
            if column.type == "string":
                values = data.column(n)
                escaped = pc.match_substring_regex(values, "^" + EXCEL_PREFIX + "[=+\\-@\t\r']")
                data = data.set_column(n, column.name, pc.if_else(escaped, pc.utf8_slice_codeunits(values, 1), values))
    return data


def write_parquet(out_dir: str | Path) -> list[Path]:
    """out_dir/parquet/<table>.parquet for every CSV table, with typed columns."""
    from pyarrow import parquet as pq

    out = Path(out_dir)
    target = out / "parquet"
    target.mkdir(exist_ok=True)
    written = []
    for table in _present(out):
        data = read_typed(out, table)
        temp = target / f".{table}.parquet.tmp"
        pq.write_table(data, temp)
        os.replace(temp, target / f"{table}.parquet")
        written.append(target / f"{table}.parquet")
    return written


def _present(out: Path) -> dict:
    """The tables of the data dictionary that this output folder has (linking may not have run)."""
    return {t: spec for t, spec in ALL_TABLES.items() if (out / f"{t}.csv").exists()}


def _ddl(table: str) -> str:
    _, columns = ALL_TABLES[table]
    key, parent = KEYS[table]
    parts = [f'"{c.name}" {_SQL[c.type]}' + (" PRIMARY KEY" if c.name == key else "") for c in columns]
    if parent == "articles":
        parts.append('FOREIGN KEY (article_id) REFERENCES articles (article_id)')
    if parent == "clusters":
        parts.append('FOREIGN KEY (cluster_id) REFERENCES clusters (cluster_id)')
    return f'CREATE TABLE "{table}" (' + ", ".join(parts) + ")"


def write_duckdb(out_dir: str | Path, database: str | Path) -> Path:
    """A DuckDB file with one table per record kind, keyed so that JOINs work out of the box."""
    import duckdb

    out = Path(out_dir)
    database = Path(database)
    temp = database.with_name(f".{database.name}.tmp")
    temp.unlink(missing_ok=True)
    with duckdb.connect(str(temp)) as con:
        for table in _present(out):  # parents come first in the dictionary, so foreign keys resolve
            con.execute(_ddl(table))
            con.register("source", read_typed(out, table))
            con.execute(f'INSERT INTO "{table}" SELECT * FROM source')
            con.unregister("source")
    os.replace(temp, database)
    return database
