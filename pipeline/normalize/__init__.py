"""Stage 4b: normalization and linking across articles.

`Linker` takes the articles of a run as the batch runner exports them (`link_outputs(out_dir)` reads
them back from a finished output folder's `articles.jsonl`) and gives the same thing the same id
everywhere: a person (people.py), a unit as it was and after the 2025 reform (places.py), a title
split into role, body and level (titles.py), a movement and its name variants (movements.py), an
award's authority and rank (awards.py), and a story republished on several sites (duplicates.py).
Tables and columns: tables.py; ids: ids.py and docs/ids.md.

It reads the export's file format, not its code: it imports nothing from pipeline.export.
"""

from pipeline.normalize.link import Linker, LinkSummary, link_outputs

__all__ = ["LinkSummary", "Linker", "link_outputs"]
