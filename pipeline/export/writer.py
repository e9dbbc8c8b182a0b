"""Write `articles.jsonl`, one CSV per table and `errors.csv`, streaming and atomically.

Rows go to temporary files beside the outputs as articles arrive; `commit()` renames them
into place, so a run that fails leaves the previous outputs untouched and no half-written file.

Plain CSV keeps every value byte for byte. Excel CSV (`excel=True`) adds a byte order mark, and a
text cell that Excel would run as a formula gets a leading apostrophe (`excel_safe`).
"""

from __future__ import annotations

import csv
import os
from collections import Counter
from pathlib import Path
from typing import IO, Any

from pipeline.export.schema import COLUMNS, ERROR_COLUMNS

# What starts a formula in a spreadsheet (OWASP, "CSV Injection"): = + - @, a tab, a carriage return.
# The apostrophe is escaped too, so that the escape can be undone without guessing.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
EXCEL_PREFIX = "'"


def excel_safe(value: Any) -> Any:
    """A cell as an Excel CSV writes it: text that would start a formula is prefixed with an apostrophe,
    which Excel reads as "this is text". Numbers and other values are left alone.

    >>> print(excel_safe('=HYPERLINK("http://x.example","Bấm vào")'))
    '=HYPERLINK("http://x.example","Bấm vào")
    >>> excel_safe("- Giấy khen"), excel_safe(-3)
    ("'- Giấy khen", -3)
    >>> excel_safe("Cờ thi đua")
    'Cờ thi đua'
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return EXCEL_PREFIX + value
    return value


def excel_unsafe(value: Any) -> Any:
    """`excel_safe` undone: the value as extracted, for the typed exports read from an Excel CSV."""
    if isinstance(value, str) and value.startswith(EXCEL_PREFIX) and value[1:].startswith(_FORMULA_START):
        return value[1:]
    return value


def is_excel_csv(path: str | Path) -> bool:
    """A CSV written with `excel=True` (it starts with a UTF-8 byte order mark)."""
    with open(path, "rb") as handle:
        return handle.read(3) == b"\xef\xbb\xbf"


class AtomicFiles:
    """Output files written as temporaries and renamed into place together. A context manager:
    commit on success, discard on error."""

    def __init__(self, out_dir: str | Path, excel: bool = False):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        # Excel reads UTF-8 correctly only with a byte order mark.
        self.encoding = "utf-8-sig" if excel else "utf-8"
        self.excel = excel
        self._files: dict[str, tuple[Path, IO[str]]] = {}
        self._csv: dict[str, csv.DictWriter] = {}

    def open(self, name: str, encoding: str) -> IO[str]:
        final = self.out_dir / name
        temp = final.with_name(f".{name}.{os.getpid()}.tmp")
        handle = temp.open("w", encoding=encoding, newline="")
        self._files[name] = (temp, handle)
        return handle

    def add_table(self, table: str, columns: list[str]) -> None:
        writer = csv.DictWriter(self.open(f"{table}.csv", self.encoding), fieldnames=columns,
                                extrasaction="raise", lineterminator="\n")
        writer.writeheader()
        self._csv[table] = writer

    def write(self, table: str, row: dict[str, Any]) -> None:
        if self.excel:
            row = {k: excel_safe(v) for k, v in row.items()}
        self._csv[table].writerow(row)

    def commit(self) -> None:
        for name, (temp, handle) in self._files.items():
            handle.close()
            os.replace(temp, self.out_dir / name)
        self._files.clear()

    def discard(self) -> None:
        for temp, handle in self._files.values():
            handle.close()
            temp.unlink(missing_ok=True)
        self._files.clear()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


class OutputWriter(AtomicFiles):
    """Streams the records of a run into DIR: articles.jsonl, the record tables and errors.csv."""

    def __init__(self, out_dir: str | Path, excel: bool = False):
        super().__init__(out_dir, excel)
        self.jsonl = self.open("articles.jsonl", "utf-8")
        for table, columns in {**COLUMNS, "errors": ERROR_COLUMNS}.items():
            self.add_table(table, columns)

    def write_rows(self, jsonl: str, table_rows: list) -> Counter[str]:
        """Write an article already serialized (from the run ledger); returns rows per table."""
        self.jsonl.write(jsonl + "\n")
        written: Counter[str] = Counter()
        for table, row in table_rows:
            self.write(table, row)
            written[table] += 1
        return written

    def write_error(self, row: dict[str, Any]) -> None:
        self.write("errors", {k: row.get(k) for k in ERROR_COLUMNS})
