"""The output folder: one run at a time, a killed run's temporaries cleaned, repaired and unreadable inputs
in errors.csv."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from pipeline.batch import run_extract
from pipeline.batch.outdir import LOCK_NAME, OutputError, OutputLock
from tests.helpers import ROOT, SEEDS

SEED = SEEDS / "004_5d7075bb2530b896.txt"


def errors(out):
    with (out / "errors.csv").open(encoding="utf-8") as handle:
        return {(row["reason"], row["article_id"]) for row in csv.DictReader(handle)}


def test_a_folder_in_use_stops_a_second_run_with_one_line(tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "extract", str(SEED), "--out", str(out)]
    with OutputLock(out):  # this process is the first run
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and "is in use by another thidua run" in done.stderr
        assert "Traceback" not in done.stderr
    assert not (out / "articles.jsonl").exists()
    done = subprocess.run(command + ["--quiet"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr  # released: the next run goes ahead


def test_the_lock_is_held_by_one_process_and_taken_again_inside_it(tmp_path):
    with OutputLock(tmp_path) as outer:
        with OutputLock(tmp_path):  # the API holds it and the batch asks again: the same run
            pass
        assert outer._held
        probe = "from pipeline.batch.outdir import OutputLock; import sys; OutputLock(sys.argv[1]).acquire()"
        other = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
        assert other.returncode != 0 and "OutputBusy" in other.stderr
    assert (tmp_path / LOCK_NAME).exists()
    OutputLock(tmp_path).acquire().release()


def test_a_file_is_not_an_output_folder(tmp_path):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="is a file"):
        run_extract([SEED], tmp_path / "taken")
    with pytest.raises(OutputError, match="is a file"):
        OutputLock(tmp_path / "taken")


def test_temporaries_of_a_killed_run_are_removed(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = [out / ".articles.csv.4242.tmp", out / ".people.csv.77.tmp", out / ".articles.jsonl.4242.tmp"]
    for path in stale:
        path.write_text("half a row", encoding="utf-8")
    (out / "parquet").mkdir()
    (out / "parquet" / ".awards.parquet.tmp").write_bytes(b"PAR1")
    (out / "notes.tmp.txt").write_text("the user's own file", encoding="utf-8")
    run_extract([SEED], out)
    assert sorted(p.name for p in out.rglob("*.tmp")) == []
    assert (out / "notes.tmp.txt").exists()


def test_repaired_and_unreadable_inputs_have_their_rows(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    text = SEED.read_bytes()
    (inputs / "nul.txt").write_bytes(text[:400] + b"\x00" + text[400:])
    (inputs / "loop").symlink_to(inputs, target_is_directory=True)
    summary = run_extract([inputs], tmp_path / "out")
    assert summary.articles == 1 and summary.repaired == {"nul_bytes_removed": 1}
    assert summary.skipped == {"symlink_loop": 1} and summary.problems == 0  # a loop loses nothing
    assert errors(tmp_path / "out") == {("nul_bytes_removed", "nul"), ("symlink_loop", "")}
    assert "repaired and kept (nul_bytes_removed): 1" in "\n".join(summary.lines())
    (inputs / "gone.txt").symlink_to(inputs / "missing.txt")
    summary = run_extract([inputs], tmp_path / "out")
    assert summary.skipped["unreadable"] == 1 and summary.problems == 1
