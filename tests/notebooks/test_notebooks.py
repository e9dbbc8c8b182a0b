"""The three notebooks run top to bottom in a fresh kernel on the output of the README's main command.

Each runs with nbclient in the venv's own kernel (checked by a probe cell appended in memory), from the
notebooks folder, with THIDUA_OUT naming a demo output made in a temporary folder. Notebook 1 is given
an empty folder, so it runs the pipeline itself as a reader's first run would.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from pipeline.cli import main
from tests.helpers import ROOT

NOTEBOOKS = ROOT / "notebooks"
NAMES = ["01_quickstart.ipynb", "02_campaigns.ipynb", "03_officials.ipynb"]
# A notebook stored without outputs is a few KB; one embedded plot or HTML table would add 20 KB or more.
MAX_BYTES = 25_000
# Seconds per cell: the slowest cell (notebook 1 running the pipeline) takes under 10 s on 2 cores.
CELL_TIMEOUT_S = 120
PROBE = "import os, sys\nprint(sys.executable)\nprint(os.getcwd())"


@pytest.fixture(scope="session")
def demo_out(tmp_path_factory):
    """`thidua extract corpora --out out/demo`, the README's main command, into a temporary folder."""
    out = tmp_path_factory.mktemp("notebooks") / "demo"
    assert main(["extract", str(ROOT / "corpora"), "--out", str(out), "--quiet", "--workers", "1"]) == 0
    return out


def execute(name: str, out: Path, monkeypatch, cells: int | None = None) -> nbformat.NotebookNode:
    """Run a notebook (or its first `cells` cells) in a fresh python3 kernel; a failing cell fails the test
    with its exception (nbclient's full traceback is in the exception's chain)."""
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    if cells is not None:
        nb.cells = nb.cells[:cells]
    nb.cells.append(nbformat.v4.new_code_cell(PROBE))
    monkeypatch.setenv("THIDUA_OUT", str(out))
    client = NotebookClient(nb, timeout=CELL_TIMEOUT_S, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    try:
        client.execute()
    except CellExecutionError as exc:
        pytest.fail(f"{name} stopped: {exc.ename}: {exc.evalue}", pytrace=False)
    executable, cwd = nb.cells[-1].outputs[0]["text"].splitlines()[:2]
    assert executable == sys.executable, f"{name} ran in {executable}, not in this venv's python"
    assert Path(cwd) == NOTEBOOKS
    return nb


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_stored_small_and_without_outputs(name):
    path = NOTEBOOKS / name
    assert path.stat().st_size < MAX_BYTES
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{name}: strip the outputs before committing"


def test_quickstart_runs_the_pipeline_itself(tmp_path, monkeypatch):
    out = tmp_path / "fresh"
    nb = execute("01_quickstart.ipynb", out, monkeypatch)
    assert (out / "articles.jsonl").exists()
    html = [o["data"]["text/html"] for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if "text/html" in o.get("data", {})]
    assert any('class="spans"' in h for h in html), "the displaCy cell drew nothing"


def test_campaigns_runs_and_plots(demo_out, monkeypatch):
    nb = execute("02_campaigns.ipynb", demo_out, monkeypatch)
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
    assert images, "notebook 2 drew no plot"


def test_officials_runs_and_plots(demo_out, monkeypatch):
    nb = execute("03_officials.ipynb", demo_out, monkeypatch)
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
    assert images, "notebook 3 drew no plot"


def test_officials_says_what_is_missing(demo_out, tmp_path, monkeypatch):
    """Without the cross-article tables notebook 3 stops at once, naming the file and the command."""
    out = tmp_path / "old"
    out.mkdir()
    for path in demo_out.iterdir():
        if path.suffix in (".csv", ".jsonl") and path.stem not in ("people", "person_mentions"):
            shutil.copy(path, out / path.name)
    with pytest.raises(pytest.fail.Exception) as failure:
        execute("03_officials.ipynb", out, monkeypatch, cells=2)
    assert "people.csv is missing" in str(failure.value) and "thidua extract" in str(failure.value)


def test_notebooks_readme_names_every_notebook():
    text = (NOTEBOOKS / "README.md").read_text(encoding="utf-8")
    for name in NAMES:
        assert name in text
    assert json.loads((NOTEBOOKS / NAMES[0]).read_text(encoding="utf-8"))["nbformat"] == 4
