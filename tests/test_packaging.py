"""Installable anywhere: the wheel carries the rules in patterns/ and works from any folder.

The wheel is built from a copy of what a clone holds, installed into a fresh venv, and run from a folder
outside the repository. To keep the test fast and offline, the fresh venv gets only the thidua wheel; its
pinned dependencies are the ones already installed in the test venv, made visible through a .pth file
(`pip check` confirms they satisfy the wheel's requirements).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.helpers import ROOT

# What `pip install .` reads from a clone: the build configuration, the package and its rules.
SOURCES = ["pyproject.toml", "README.md", "pipeline", "patterns"]


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(re.findall(r'"(pipeline[\w.]*)"', re.search(r"packages = \[(.*?)\]",
                                                              (ROOT / "pyproject.toml").read_text(), re.S).group(1)))
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "pipeline").rglob("__init__.py")}
    on_disk |= {"pipeline.patterns", *("pipeline.patterns." + p.name for p in (ROOT / "patterns").iterdir() if p.is_dir())}
    assert listed == on_disk


def run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("install")
    clone = work / "clone"
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, clone / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            clone.mkdir(exist_ok=True)
            shutil.copy(source, clone / name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    built = run([sys.executable, "-m", "pip", "wheel", str(clone), "--no-deps", "-q", "-w", str(work / "dist")],
                work, env)
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = (work / "dist").glob("thidua-*.whl")
    venv = work / "venv"
    made = run([sys.executable, "-m", "venv", "--without-pip", str(venv)], work, env)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    done = run([*pip, "install", "-q", "--no-deps", "--no-index", str(wheel)], work, env)
    assert done.returncode == 0, done.stderr[-3000:]
    purelib = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], work,
                       env).stdout.strip())
    shared = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (purelib / "thidua-test-dependencies.pth").write_text("\n".join(sorted(shared)) + "\n", encoding="utf-8")
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    return venv, elsewhere, env, pip


def test_the_installed_package_is_the_wheel_with_its_rules(installed):
    venv, elsewhere, env, pip = installed
    probe = ("import pipeline, pipeline.core.patterns as p; "
             "print(pipeline.__file__); print(p.PATTERN_DIR); print(len(list(p.PATTERN_DIR.rglob('*.yaml'))))")
    done = run([str(venv / "bin" / "python"), "-c", probe], elsewhere, env)
    module, patterns, count = done.stdout.split()
    assert Path(module).is_relative_to(venv) and Path(patterns).is_relative_to(venv), done.stdout
    assert int(count) == len(list((ROOT / "patterns").rglob("*.yaml")))
    assert (Path(module).parent / "py.typed").exists()
    check = run([*pip, "check"], elsewhere, env)
    assert check.returncode == 0, check.stdout + check.stderr


def test_commands_work_from_another_folder(installed):
    venv, elsewhere, env, _ = installed
    thidua = str(venv / "bin" / "thidua")
    version = run([thidua, "--version"], elsewhere, env)
    assert version.returncode == 0 and version.stdout.startswith("thidua ")
    help_text = run([thidua, "crawl", "--help"], elsewhere, env)
    assert help_text.returncode == 0 and "usage: thidua crawl" in help_text.stdout
    unknown = run([thidua, "crawl", "no_such_site", "--archive", "a"], elsewhere, env)
    assert unknown.returncode == 2 and "joomla_k2" in unknown.stderr, unknown.stderr


def test_extract_gives_the_records_of_the_editable_install(installed, demo_out):
    venv, elsewhere, env, _ = installed
    done = run([str(venv / "bin" / "thidua"), "extract", str(ROOT / "corpora"), "--out", "out", "--workers", "1"],
               elsewhere, env)
    assert done.returncode == 0, done.stderr[-3000:]
    made = sorted(p.name for p in (elsewhere / "out").glob("*.csv"))
    assert made == sorted(p.name for p in demo_out.glob("*.csv"))
    for name in [*made, "articles.jsonl"]:
        assert (elsewhere / "out" / name).read_bytes() == (demo_out / name).read_bytes(), name
