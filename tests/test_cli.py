"""The `thidua` command end to end on the seeds: outputs, offsets, scores, bad inputs."""

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.export import COLUMNS
from tests.helpers import ROOT, SEED_GOLD, SEEDS

TABLES = ["articles", "events", "officials", "clusters", "cluster_members", "movements", "awards", "documents"]
# The foundation's promise on the seeds (issue 2); tests/test_quality.py pins every field.
FLOORS = {"officials": 0.9, "titles": 0.9, "published": 0.9, "event_date": 0.9}


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert main(["extract", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    return out


def test_writes_every_file_for_every_seed(out):
    for table in TABLES:
        assert (out / f"{table}.csv").exists()
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert not list(out.glob(".*.tmp"))


def test_jsonl_has_every_schema_key(out):
    keys = ["id", "title", "published", "author", "province", "event", "officials", "clusters", "movements",
            "awards", "documents"]
    for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        assert all(k in article for k in keys)
        assert {"type", "also", "date", "location"} <= set(article["event"])


def test_every_record_offset_is_exact(out):
    """For every record of every seed, the cleaned text sliced at its offsets equals its evidence."""
    checked = 0
    for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        text = article["text"]

        def check(ev):
            nonlocal checked
            if ev:
                assert text[ev["start"]:ev["end"]] == ev["span_text"], ev
                checked += 1

        for kind in ("officials", "clusters", "movements", "awards", "documents"):
            for record in article[kind]:
                check(record["evidence"])
                for ev in record.get("mentions", []) + record.get("member_evidence", []):
                    check(ev)
        for key in ("evidence", "date_evidence", "location_evidence"):
            check(article["event"][key])
    assert checked > 20


def test_csv_rows_carry_provenance_and_load_in_pandas(out):
    texts = {json.loads(l)["id"]: json.loads(l)["text"]
             for l in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()}
    for table in TABLES:
        frame = pd.read_csv(out / f"{table}.csv")
        assert list(frame.columns) == COLUMNS[table]
        if "start" in frame.columns:
            for row in frame.dropna(subset=["start"]).itertuples():
                assert texts[row.article_id][int(row.start):int(row.end)] == row.evidence
    officials = pd.read_csv(out / "officials.csv")
    assert "Hà Lan Anh" in set(officials["name"])


def test_seed_scores_meet_the_floors(out, capsys):
    assert main(["eval", "--gold", str(SEED_GOLD), "--pred", str(out / "articles.jsonl")]) == 0
    report = capsys.readouterr().out
    scores = {line.split()[0]: float(line.split()[3]) for line in report.splitlines()[2:] if line.strip()}
    for field, floor in FLOORS.items():
        assert scores[field] >= floor, f"{field}: F1 {scores[field]} < {floor}\n{report}"


def test_error_listing_names_each_error(out, capsys):
    main(["eval", "--gold", str(SEED_GOLD), "--pred", str(out / "articles.jsonl"), "--errors"])
    report = capsys.readouterr().out
    assert "no errors" in report or "missed" in report or "spurious" in report


def test_bad_inputs_are_counted_and_the_batch_goes_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEEDS / "001_cd6882ff96a3fb17.txt", inputs / "good.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (inputs / "latin1.txt").write_bytes("Hội nghị".encode("utf-8")[:3] + b"\xe0\xe8\xec tong ket \xff")
    (inputs / "nobody.html").write_bytes(b"<html><head><title>x</title></head></html>")
    (inputs / "notes.md").write_text("not an article", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["extract", str(inputs), "--out", str(out), "--quiet"])
    assert code == 3
    with (out / "errors.csv").open(encoding="utf-8") as handle:
        errors = {row["article_id"] or Path(row["source"]).stem: row["reason"] for row in csv.DictReader(handle)}
    assert errors == {"empty": "empty", "binary": "binary", "latin1": "undecodable", "nobody": "no_body",
                      "notes": "other_file"}
    ids = [json.loads(l)["id"] for l in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == ["good"]


def test_missing_path_is_a_one_line_error(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("thidua: error: no such file or folder") and "\n" not in err


def test_console_script_help():
    for args in (["--help"], ["extract", "--help"], ["eval", "--help"]):
        done = subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0 and "usage:" in done.stdout


def thidua(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """The command as a user runs it: its own process, stderr not a terminal."""
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd)


def test_version():
    from pipeline import __version__

    done = thidua("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"thidua {__version__}"


def test_logging_options_go_before_or_after_the_subcommand(tmp_path):
    seed = SEEDS / "004_5d7075bb2530b896.txt"
    done = thidua("extract", str(seed), "--out", str(tmp_path / "o"), "--workers", "1", "-v",
                  "--log-file", str(tmp_path / "run.log"))
    assert done.returncode == 0, done.stderr
    assert "\r" not in done.stderr and "\r" not in done.stdout  # no progress-bar frames off a terminal
    log = (tmp_path / "run.log").read_text(encoding="utf-8")
    assert "INFO thidua: extract: 1/1 files (100%)" in log
    assert "thidua: INFO: extract: 1/1 files" in done.stderr  # -v after the subcommand
    done = thidua("--log-level", "WARNING", "--log-file", str(tmp_path / "quiet.log"), "schema")
    assert done.returncode == 0 and done.stdout.startswith("Types:")
    assert (tmp_path / "quiet.log").exists()


@pytest.mark.parametrize("args, message", [
    (["extract", "corpora", "--out", "o", "--workers", "0"], "argument --workers: must be at least 1, not 0"),
    (["extract", "corpora", "--out", "o", "--workers", "-1"], "argument --workers: must be at least 1, not -1"),
    (["crawl", "generic", "--archive", "a", "--since", "2024-02-30"], "not a date (YYYY-MM-DD): '2024-02-30'"),
    (["crawl", "generic", "--archive", "a", "--delay", "-1"], "argument --delay: must be at least 0"),
    (["crawl", "generic", "--archive", "a", "--max-pages", "0"], "argument --max-pages: must be at least 1"),
    (["extract", "--out", "o"], "the following arguments are required: PATH"),
    (["extract", "https://baonamdinh.vn/tin-tuc/cum-thi-dua-2618591", "--out", "o"], "is a URL"),
    (["extract", "corpora", "--out", "README.md"], "README.md is a file; the output must be a folder"),
    (["extract", "corpora", "--out", "out/never", "--duckdb", "docs"], "docs is a folder; the DuckDB database"),
    (["eval", "--gold", "tests/gold/seeds", "--pred", "/nonexistent.jsonl"], "/nonexistent.jsonl: no such file"),
    (["review", "001", "--from", "nowhere", "--out", "x.html"], "nowhere: no such output folder"),
    (["review", "--from", "nowhere", "--out", "x.html"], "review needs either an ARTICLE_ID or --all"),
    (["crawl", "no_such_site", "--archive", "a"], "known: dnn, generic, gov_portal, joomla_k2"),
    (["schema", "--log-file", "/nonexistent/folder/run.log"], "cannot write the log file"),
])
def test_expected_errors_are_one_line_with_exit_2(args, message, tmp_path):
    done = thidua(*args, cwd=tmp_path if "corpora" not in args and "tests/gold/seeds" not in args else ROOT)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "o").exists() and not (tmp_path / "a").exists()  # nothing left behind


def test_a_corrupt_ledger_is_one_line(tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    (out / "run-ledger.sqlite").write_bytes(b"not a database at all" * 100)
    done = thidua("extract", str(SEEDS / "004_5d7075bb2530b896.txt"), "--out", str(out))
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "is not a usable run ledger" in done.stderr and "delete it" in done.stderr
