"""The README promises: two set-up commands, the data dictionary as `thidua schema` prints it."""

import re

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
