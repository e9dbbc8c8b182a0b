"""A run links the articles it holds as it exports them; linking its articles.jsonl again gives the same tables.

`link_outputs` (re-reading the output) is the reference; the run's `Linker` must write the same bytes,
on the seeds, the varied articles, a slice of the benchmark corpus and a second file with a taken stem
(whose article is renamed "~2" before it is linked).
"""

import shutil

from benchmarks.corpus import build
from pipeline.batch import run_extract
from pipeline.normalize import link_outputs
from pipeline.normalize.tables import COLUMNS
from tests.helpers import ROOT, SEEDS


def test_linking_in_the_run_equals_linking_the_output_again(tmp_path):
    corpus = tmp_path / "corpus"
    build(corpus, 40, seed=5)
    for path in [*SEEDS.glob("*.txt"), *(ROOT / "tests" / "data" / "varied").glob("*.txt")]:
        shutil.copy(path, corpus / path.name)
    (corpus / "again").mkdir()
    shutil.copy(next(SEEDS.glob("*.txt")), corpus / "again")
    out = tmp_path / "out"
    summary = run_extract([corpus], out)
    assert summary.articles > 70 and summary.records["people"] > 0

    again = tmp_path / "again"
    again.mkdir()
    shutil.copy(out / "articles.jsonl", again / "articles.jsonl")
    linked = link_outputs(again)
    assert linked.articles == summary.articles
    assert any('~2"' in line for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines())
    for table in COLUMNS:
        assert (out / f"{table}.csv").read_bytes() == (again / f"{table}.csv").read_bytes(), table
        assert summary.records[table] == linked.rows[table], table
