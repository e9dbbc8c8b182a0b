"""Every pattern file loads, and every entry matches each of its own examples."""

import pytest
import soupsieve
from bs4 import BeautifulSoup

from pipeline.core import patterns
from pipeline.core.patterns import PatternError, PatternFile

ENTRIES = [(name, e) for name in patterns.all_files() for e in patterns.load(name).entries]


def test_pattern_files_exist():
    assert {"titles", "names", "dates", "furniture", "events", "html"} <= set(patterns.all_files())


@pytest.mark.parametrize("name, entry", ENTRIES, ids=[f"{n}:{e.section}:{e.id}" for n, e in ENTRIES])
def test_entry_matches_its_examples(name, entry):
    for example in entry.examples:
        if entry.kind == "css":
            soup = BeautifulSoup(example, "lxml")
            assert any(soup.select(t) for t in entry.terms), f"{name}:{entry.id}: {example}"
        else:
            assert entry.search(example), f"{name}:{entry.id} does not match its example: {example}"


def test_unknown_keys_and_missing_examples_are_reported_together(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("roles:\n  - id: a\n    terms: [x]\n    colour: red\n  - id: b\n    terms: [y]\n", encoding="utf-8")
    with pytest.raises(PatternError) as err:
        PatternFile(bad)
    message = str(err.value)
    assert "bad.yaml:roles:a: unknown keys ['colour']" in message
    assert "bad.yaml:roles:b: needs at least one example" in message


@pytest.mark.parametrize("name", patterns.all_files())
def test_the_fast_yaml_loader_reads_what_the_python_one_reads(name):
    import yaml

    text = (patterns.PATTERN_DIR / f"{name}.yaml").read_text(encoding="utf-8")
    assert yaml.load(text, Loader=patterns.SAFE_LOADER) == yaml.load(text, Loader=yaml.SafeLoader)


def test_soupsieve_is_available_for_css_entries():
    assert soupsieve.compile("div.x")
