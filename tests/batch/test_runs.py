"""Batch runs: resumable after SIGKILL, parallel engines agree, bad articles are counted, not fatal."""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.batch import run_extract
from pipeline.batch.ledger import LEDGER_NAME
from tests.helpers import ROOT, SEEDS

VARIED = ROOT / "tests" / "data" / "varied"
OUTPUTS = ["articles.jsonl", "articles.csv", "events.csv", "officials.csv", "clusters.csv", "cluster_members.csv",
           "movements.csv", "awards.csv", "documents.csv", "errors.csv"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for path in [*SEEDS.glob("*.txt"), *VARIED.glob("*.txt")]:
        shutil.copy(path, folder / path.name)
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("reference")
    summary = run_extract([corpus], out)
    assert summary.articles == len(list(corpus.glob("*.txt"))) - 1
    assert summary.skipped == {"empty": 1}
    return out


def same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_two_workers_give_the_serial_output(corpus, reference, tmp_path):
    run_extract([corpus], tmp_path, workers=2)
    same_outputs(reference, tmp_path)


def test_a_second_run_reuses_the_ledger_and_force_redoes(corpus, reference, tmp_path):
    first = run_extract([corpus], tmp_path)
    again = run_extract([corpus], tmp_path)
    assert again.reused == first.inputs and again.articles == first.articles
    same_outputs(reference, tmp_path)
    forced = run_extract([corpus], tmp_path, force=True)
    assert forced.reused == 0
    same_outputs(reference, tmp_path)


def test_killed_run_resumes_to_identical_output(corpus, reference, tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "extract", str(corpus), "--out", str(out), "--workers", "1", "--quiet"]
    process = subprocess.Popen(command, cwd=ROOT)
    ledger = out / LEDGER_NAME
    deadline = time.time() + 120
    done = 0
    while time.time() < deadline and process.poll() is None:
        if ledger.exists():
            with sqlite3.connect(ledger) as db:
                try:
                    done = db.execute("SELECT COUNT(*) FROM files").fetchone()[0]
                except sqlite3.OperationalError:
                    done = 0
            if done >= 5:
                break
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not (out / "articles.jsonl").exists()  # nothing half-written in place
    resumed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert resumed.returncode == 3, resumed.stderr  # 3: finished, one input (empty.txt) skipped
    same_outputs(reference, out)
    with sqlite3.connect(out / LEDGER_NAME) as db:
        assert db.execute("SELECT COUNT(*) FROM files").fetchone()[0] == len(list(corpus.iterdir()))


def test_a_crashing_stage_is_recorded_and_the_batch_goes_on(corpus, tmp_path, monkeypatch):
    import pipeline.batch.work as work

    real = work.extract

    def flaky(analysis):
        if analysis.article.id.startswith("103_"):
            raise RuntimeError("extractor bug")
        return real(analysis)

    monkeypatch.setattr(work, "extract", flaky)
    summary = run_extract([corpus], tmp_path)
    assert summary.failed == {"extract": 1}
    errors = (tmp_path / "errors.csv").read_text(encoding="utf-8")
    assert "103_nghe_an" in errors and "RuntimeError" in errors and "extractor bug" in errors
    ids = [json.loads(line)["id"] for line in (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert not any(i.startswith("103_") for i in ids) and len(ids) == summary.articles


def test_same_stem_in_two_folders_gets_two_ids(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(SEEDS / "004_5d7075bb2530b896.txt", tmp_path / folder / "x.txt")
    run_extract([tmp_path / "a", tmp_path / "b"], tmp_path / "out")
    ids = [json.loads(line)["id"] for line in (tmp_path / "out" / "articles.jsonl").read_text().splitlines()]
    assert ids == ["x", "x~2"]
    assert "x~2:o1" in (tmp_path / "out" / "officials.csv").read_text(encoding="utf-8")


def test_dask_engine_equals_the_local_engine(corpus, reference, tmp_path):
    run_extract([corpus], tmp_path, engine="dask")
    same_outputs(reference, tmp_path)
