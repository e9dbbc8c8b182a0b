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
