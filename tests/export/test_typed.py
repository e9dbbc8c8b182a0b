"""Analysts' formats: CSV that pandas reads with the right dtypes, Excel CSV, Parquet, DuckDB."""

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.batch import run_extract
from pipeline.export import ALL_TABLES, DATE_COLUMNS
from pipeline.export.typed import write_duckdb, write_parquet
from tests.helpers import SEEDS


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("typed")
    run_extract([SEEDS], out)
    return out


@pytest.mark.parametrize("table", list(ALL_TABLES))
def test_pandas_reads_every_csv_with_its_types(out, table):
    frame = pd.read_csv(out / f"{table}.csv", parse_dates=DATE_COLUMNS[table])
    for column in ALL_TABLES[table][1]:
        dtype = frame[column.name].dtype
        if frame[column.name].isna().all():
            continue
        if column.type == "int":
            assert pd.api.types.is_integer_dtype(dtype), (table, column.name, dtype)
        elif column.type == "date":
            assert pd.api.types.is_datetime64_any_dtype(dtype), (table, column.name, dtype)
        elif column.type == "bool":
            assert pd.api.types.is_bool_dtype(dtype), (table, column.name, dtype)
        elif column.type == "string":
            assert pd.api.types.is_string_dtype(dtype) or dtype == object, (table, column.name, dtype)


def test_excel_csv_has_bom_and_reads_back(tmp_path):
    run_extract([SEEDS], tmp_path, excel=True)
    raw = (tmp_path / "officials.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Hà Lan Anh" in raw.decode("utf-8-sig")
    assert list(pd.read_csv(tmp_path / "officials.csv", encoding="utf-8-sig").columns)[0] == "article_id"


def test_parquet_has_typed_columns(out):
    write_parquet(out)
    awards = pq.read_table(out / "parquet" / "awards.parquet")
    assert str(awards.schema.field("year").type) == "int64"
    articles = pq.read_table(out / "parquet" / "articles.parquet")
    assert str(articles.schema.field("published").type) == "date32[day]"
    assert articles.num_rows == 5


def test_duckdb_tables_join_out_of_the_box(out, tmp_path):
    database = write_duckdb(out, tmp_path / "thidua.duckdb")
    with duckdb.connect(str(database), read_only=True) as con:
        rows = con.execute(
            "SELECT a.province, o.name FROM officials o JOIN articles a USING (article_id) "
            "WHERE o.name = 'Hà Lan Anh'").fetchall()
        assert rows == [("Nam Định", "Hà Lan Anh")]
        (count,) = con.execute("SELECT COUNT(*) FROM articles").fetchone()
        assert count == 5
