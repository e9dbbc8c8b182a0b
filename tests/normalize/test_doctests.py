"""The examples in the normalize modules' docstrings run (they document ids and keys)."""

import doctest
import importlib

import pytest

MODULES = ["ids", "vocab", "places", "titles", "people", "movements", "awards"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"pipeline.normalize.{name}")
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0
