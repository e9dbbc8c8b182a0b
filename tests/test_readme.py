"""The README promises: two set-up commands, the data dictionary as `thidua schema` prints it, and every
example in it runs: the Python snippets (also those of docs/notebooks.md) against the demo output, and the
`thidua` commands that need neither the network nor a crawled archive."""

import doctest
import io
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.export import describe
from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_data_dictionary_matches_the_schema():
    block = re.search(r"<!-- data dictionary:.*?-->\n(.*?)\n<!-- end of data dictionary -->", README, re.S)
    assert block, "README has no data dictionary block"
    assert block.group(1).strip() == "\n".join(describe()).strip(), "run `thidua schema` and paste it into README"


def test_two_commands_and_ci_calls_the_test_one():
    assert "make demo" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_image_the_readme_shows_exists():
    for path in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README):
        assert (ROOT / path).exists(), path


def blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


@pytest.fixture
def workspace(tmp_path, demo_out, monkeypatch):
    """A folder laid out like a clone after `make demo`: corpora/, tests/ and the demo output in out/demo."""
    for name in ("corpora", "tests"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    shutil.copytree(demo_out, tmp_path / "out" / "demo")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("document", ["README.md", "docs/notebooks.md"])
def test_every_python_snippet_runs(document, workspace):
    """Blocks written as a session (>>>) are doctests, compared with the output shown; others are run."""
    text = (ROOT / document).read_text(encoding="utf-8")
    snippets = blocks(text, "python")
    assert snippets, f"{document} has no Python snippet"
    namespace: dict = {}
    for n, snippet in enumerate(snippets, 1):
        where = f"{document}, Python block {n}"
        if ">>>" in snippet:
            test = doctest.DocTestParser().get_doctest(snippet, namespace, where, document, 0)
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            report = io.StringIO()
            runner.run(test, out=report.write, clear_globs=False)
            assert runner.failures == 0, f"{where}:\n{report.getvalue()}"
        else:
            exec(compile(snippet, where, "exec"), namespace)


# README commands that cannot run in a test: they need the network (crawl), a crawled archive, or time
# (the benchmark; make runs the suite itself).
NOT_RUN = re.compile(r"\bcrawl\b|archives/|benchmarks/|^make ")


def test_every_readme_command_runs(workspace):
    thidua = str(Path(sys.executable).parent / "thidua")
    commands = [shlex.split(line, comments=True) for block in blocks(README, "sh")
                for line in block.replace("\\\n", " ").splitlines() if line.startswith(".venv/bin/thidua")]
    ran = 0
    for command in commands:
        if NOT_RUN.search(" ".join(command)):
            continue
        done = subprocess.run([thidua, *command[1:]], capture_output=True, text=True, cwd=workspace, timeout=600)
        assert done.returncode == 0, f"{' '.join(command)}:\n{done.stderr[-2000:]}"
        ran += 1
    assert ran >= 5
    assert (workspace / "out" / "typed" / "parquet" / "awards.parquet").exists()
    assert (workspace / "out" / "review.html").exists()
