"""One demo output of the bundled seeds, made once for the review tests."""

from __future__ import annotations

import pytest

from pipeline import run_extract
from tests.helpers import SEEDS


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory):
    """`thidua extract corpora/seeds --out TMP` through the Python API."""
    out = tmp_path_factory.mktemp("review-out")
    summary = run_extract([SEEDS], out)
    assert (out / "articles.jsonl").exists(), summary.lines()
    return out
