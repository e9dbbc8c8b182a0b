"""Saved pages in the shapes of Vietnamese news CMSs (written for these tests): every field right,
and every field at least as often right as trafilatura's on the same pages."""

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from pipeline.clean import clean
from pipeline.core.types import RawDocument

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "fixtures" / "html" / "cms"
EXPECTED = yaml.safe_load((PAGES / "expected.yaml").read_text(encoding="utf-8"))


def _compare_module():
    spec = importlib.util.spec_from_file_location("compare_html_extractors",
                                                  ROOT / "scripts" / "compare_html_extractors.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def article(name: str):
    return clean(RawDocument(Path(name).stem, str(PAGES / name), (PAGES / name).read_bytes(), "html"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_metadata(name):
    a, want = article(name), EXPECTED[name]
    assert a.title_text == want["title"]
    assert a.published == str(want["published"])
    assert a.author == want["author"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_body_keeps_the_sapo_and_drops_the_furniture(name):
    a, want = article(name), EXPECTED[name]
    body = "\n".join(s.of(a.text) for s in a.body)
    assert body.startswith(want["body_start"])
    assert body.rstrip().endswith(want["body_end"])
    for furniture in want["furniture"]:
        assert furniture not in a.text, furniture


def test_every_field_at_least_as_good_as_trafilatura():
    compare = _compare_module()
    sums = compare.totals(compare.compare(PAGES))
    for field in compare.FIELDS:
        assert sums["thidua"][field] == len(EXPECTED), field
        assert sums["thidua"][field] >= sums["trafilatura"][field], field


def test_the_comparison_script_prints_its_table(capsys):
    assert _compare_module().main([str(PAGES)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"{len(EXPECTED)} pages"
    assert "publication" not in out and out.count("\n") > len(_compare_module().FIELDS)


def test_the_comparison_script_needs_its_expectations(tmp_path, capsys):
    assert _compare_module().main([str(tmp_path)]) == 2
    assert "expected.yaml not found" in capsys.readouterr().err
