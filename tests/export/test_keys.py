"""Every key joins, and every column has the type the data dictionary states, on the demo output and on a
generated corpus of a few hundred articles (tests/conftest.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline import read_table
from pipeline.export import ALL_TABLES, CODES, FOREIGN_KEYS, LIST_KEYS, LIST_SEPARATOR

CORPORA = ["demo_out", "generated_out"]
# people.scope_id holds a unit id, or one of these two documented values (data dictionary).
SCOPE_WORDS = {"trung-uong", "x"}
# unit_mentions.record_id names a record of the table in its `table` column, by that table's own id.
RECORD_KEYS = {"articles": "article_id", "events": "event_id", "officials": "official_id",
               "clusters": "cluster_id", "cluster_members": "cluster_id", "awards": "award_id"}


@pytest.fixture(scope="module", params=CORPORA)
def tables(request):
    out = request.getfixturevalue(request.param)
    return {name: read_table(out, name) for name in ALL_TABLES}


def ids(values: pd.Series, listed: bool) -> set[str]:
    values = values.dropna()
    if listed:
        values = values.str.split(LIST_SEPARATOR, regex=False).explode()
    return set(values)


@pytest.mark.parametrize("key", list(FOREIGN_KEYS), ids=lambda k: ".".join(k))
def test_every_foreign_key_joins(tables, key):
    (table, column), (target, target_column) = key, FOREIGN_KEYS[key]
    orphans = ids(tables[table][column], key in LIST_KEYS) - set(tables[target][target_column])
    assert not orphans, f"{table}.{column}: {len(orphans)} ids missing from {target}.{target_column}: {sorted(orphans)[:5]}"


def test_record_ids_and_scopes_join(tables):
    mentions = tables["unit_mentions"]
    for table, key in RECORD_KEYS.items():
        wanted = set(mentions.loc[mentions["table"] == table, "record_id"])
        assert wanted <= set(tables[table][key]), table
    assert set(mentions["table"]) <= set(RECORD_KEYS)
    scopes = set(tables["people"]["scope_id"].dropna()) - SCOPE_WORDS
    assert scopes <= set(tables["units"]["unit_id"])


def test_own_keys_are_unique(tables):
    for table, key in [("articles", "article_id"), ("events", "event_id"), ("officials", "official_id"),
                       ("clusters", "cluster_id"), ("movements", "movement_id"), ("documents", "document_id"),
                       ("people", "person_id"), ("units", "unit_id"), ("movements_canonical", "movement_id"),
                       ("person_mentions", "official_id"), ("movement_mentions", "movement_row_id")]:
        assert tables[table][key].is_unique, f"{table}.{key} repeats"
        assert tables[table][key].notna().all(), f"{table}.{key} is empty somewhere"


def test_a_successor_is_a_single_id(tables):
    units, successors = tables["units"], tables["unit_successors"]
    assert not units["successor_id"].dropna().str.contains(LIST_SEPARATOR, regex=False).any()
    single = successors.groupby("unit_id")["successor_id"].agg(list)
    for unit_id, successor in units.dropna(subset=["successor_id"])[["unit_id", "successor_id"]].itertuples(index=False):
        assert single[unit_id] == [successor]


def test_coded_columns_hold_their_codes(tables):
    for table, (_, columns) in ALL_TABLES.items():
        for column in columns:
            if column.codes:
                unknown = set(tables[table][column.name].dropna()) - set(CODES[column.codes])
                assert not unknown, f"{table}.{column.name}: {unknown} not in the data dictionary's codes"


@pytest.mark.parametrize("corpus", CORPORA)
def test_bare_read_csv_gives_the_dictionary_types(corpus, request):
    """What an analyst gets from `pd.read_csv(path)` with no options, column by column."""
    out = request.getfixturevalue(corpus)
    for table, (_, columns) in ALL_TABLES.items():
        frame = pd.read_csv(out / f"{table}.csv")
        assert list(frame.columns) == [c.name for c in columns]
        for column in columns:
            values = frame[column.name]
            if values.isna().all():
                continue  # documented: a column with no value at all loads as empty floats
            kind = (table, column.name, values.dtype)
            if column.type == "string":
                assert pd.api.types.is_string_dtype(values.dtype) or values.dtype == object, kind
            elif column.type == "int":
                assert pd.api.types.is_integer_dtype(values.dtype), kind
            elif column.type == "int?":
                assert pd.api.types.is_numeric_dtype(values.dtype), kind
            elif column.type == "bool":
                assert pd.api.types.is_bool_dtype(values.dtype), kind
            elif column.type == "float":
                assert pd.api.types.is_float_dtype(values.dtype), kind


def test_read_table_gives_exact_types(demo_out):
    awards = read_table(demo_out, "awards")
    assert str(awards["year"].dtype) == "Int64"
    articles = read_table(demo_out, "articles")
    assert pd.api.types.is_datetime64_any_dtype(articles["published"])
    assert pd.api.types.is_string_dtype(articles["url"]) and articles["url"].isna().all()
    units = read_table(demo_out, "units")
    assert units["code"].dropna().str.match(r"GSO-\d+$").all()
    with pytest.raises(KeyError, match="no table 'award'"):
        read_table(demo_out, "award")


def test_ids_made_of_digits_stay_text(tmp_path):
    import shutil

    from pipeline import run_extract
    from tests.helpers import SEEDS

    shutil.copy(SEEDS / "004_5d7075bb2530b896.txt", tmp_path / "087.txt")
    run_extract([tmp_path / "087.txt"], tmp_path / "out")
    assert read_table(tmp_path / "out", "articles")["article_id"].tolist() == ["087"]
    assert set(read_table(tmp_path / "out", "officials")["article_id"]) == {"087"}
    assert pd.read_csv(tmp_path / "out" / "articles.csv")["article_id"].tolist() == [87]  # the documented limit
