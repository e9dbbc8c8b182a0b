"""The three notebooks run top to bottom in a fresh kernel on the output of the README's main command, and
on a generated corpus of a few hundred articles, where they must stay readable.

Each runs with nbclient in the venv's own kernel (checked by a probe cell appended in memory), from the
notebooks folder, with THIDUA_OUT naming an output made in a temporary folder (tests/conftest.py). Notebook 1
is also given an empty folder, so it runs the pipeline itself as a reader's first run would. Every figure
must fit a screen and every table stay short, whatever the size of the corpus.
"""

from __future__ import annotations

import base64
import io
import json
import shutil
import sys
from pathlib import Path

import lxml.html

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from PIL import Image

from tests.helpers import ROOT

NOTEBOOKS = ROOT / "notebooks"
NAMES = ["01_quickstart.ipynb", "02_campaigns.ipynb", "03_officials.ipynb"]
# A notebook stored without outputs is a few KB; one embedded plot or HTML table would add 20 KB or more.
MAX_BYTES = 25_000
# Seconds per cell: the slowest cell (notebook 1 running the pipeline) takes under 10 s on 2 cores.
CELL_TIMEOUT_S = 120
# A figure must fit a laptop screen without scrolling (pixels at the inline backend's resolution).
MAX_FIGURE_PX = (1400, 1000)
# An HTML table shown by a notebook: the top N rows of anything that grows with the corpus.
MAX_TABLE_ROWS = 45
PROBE = "import os, sys\nprint(sys.executable)\nprint(os.getcwd())"


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


def readable(nb: nbformat.NotebookNode) -> int:
    """Check every figure's size and every table's length; returns the number of figures."""
    figures = 0
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                figures += 1
                size = Image.open(io.BytesIO(base64.b64decode(data["image/png"]))).size
                assert size[0] <= MAX_FIGURE_PX[0] and size[1] <= MAX_FIGURE_PX[1], f"figure of {size} px"
            if "text/html" in data and "<table" in data["text/html"]:
                rows = len(lxml.html.fromstring(data["text/html"]).xpath("//tbody/tr"))
                assert rows <= MAX_TABLE_ROWS, f"a table of {rows} rows:\n{''.join(cell.source)[:300]}"
    return figures


@pytest.mark.parametrize("corpus", ["demo_out", "generated_out"])
@pytest.mark.parametrize("name", ["02_campaigns.ipynb", "03_officials.ipynb"])
def test_analysis_notebooks_run_and_stay_readable(name, corpus, request, monkeypatch):
    nb = execute(name, request.getfixturevalue(corpus), monkeypatch)
    assert readable(nb) >= 1, f"{name} drew no plot"
    source = "\n".join("".join(c.source) for c in nb.cells if c.cell_type == "code")
    for call in ("set_xlabel", "set_ylabel"):
        assert call in source, f"{name}: axes need labels"
    assert "label(" in source, f"{name}: codes need their Vietnamese labels"


def test_quickstart_reads_a_big_output(generated_out, monkeypatch):
    readable(execute("01_quickstart.ipynb", generated_out, monkeypatch))


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
