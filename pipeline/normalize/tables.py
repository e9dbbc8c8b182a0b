"""The normalize stage's CSV tables: explicit columns, written beside the export's tables, atomically.

Rows go to temporary files as they are made; `commit()` renames every file into place at once, so a
failed run leaves the previous tables untouched. Lists inside a cell are joined with " | ".

people               one row per person: person_id, the name as most often written, its key, the
                     province (as first seen) and the province after the reform, the scope the id is
                     formed from, each canonical title with the first and last date it was seen
                     ("Phó Chủ tịch Ủy ban nhân dân tỉnh (2020-03-13/2023-03-30)"), first and last
                     dates, mentions, distinct canonical articles, and the article ids.
person_mentions      each official of officials.csv (official_id = "<article>:o<n>") and its person.
units                every unit named in a record, and every unit another row refers to (parents,
                     successors, candidates of ambiguous mentions; n_mentions 0), so every unit id
                     joins: as it was (name, level, province) and after the reform (new_province,
                     successor_id when it went to one unit); code is the official code where the
                     mapping ships one; n_mentions counts mentions outside republished copies.
unit_successors      each unit changed by the reform and each unit it went to, one row per pair (a
                     divided ward has several).
unit_mentions        each unit named in a record: the table and record id of the export (articles,
                     events, officials, clusters, cluster_members, awards), the field and 1-based item,
                     the surface, the unit id, and for an ambiguous name its candidates.
titles               each title of each official split into role, body and level.
movements_canonical  one row per movement: id, canonical name, national or not, variants as written,
                     provinces of the articles, distinct canonical articles.
movement_mentions    each row of movements.csv (its movement_id "<article>:m<n>", here movement_row_id)
                     and its canonical movement_id.
awards_normalized    each award of awards.csv (award_id "<article>:a<n>") with its authority, the
                     authority's level, the ladder rung and rank_order (smaller is higher).
article_duplicates   every article and the canonical article it is a copy of (itself when it is not
                     a copy), with the estimated similarity; count distinct canonical_article_id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pipeline.export.schema import LINKED_COLUMNS as COLUMNS
from pipeline.export.writer import AtomicFiles
from pipeline.normalize.places import Place, with_references


class TableWriter(AtomicFiles):
    """Temporary CSV files for every table of the stage; commit renames them all, discard removes them."""

    def __init__(self, out_dir: Path, excel: bool = False):
        super().__init__(out_dir, excel)
        for table, columns in COLUMNS.items():
            self.add_table(table, columns)


def unit_rows(units: dict[str, Place], candidates: set[str],
              n_mentions: Callable[[str], int]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Rows of units.csv and unit_successors.csv: the units named, and every unit their rows or the
    ambiguous mentions' candidates refer to, in id order."""
    every = with_references(units, candidates)
    for uid in sorted(every):
        u = every[uid]
        successors = u.successor_ids
        yield "units", {
            "unit_id": uid, "name": u.name, "level": u.level, "province": u.province,
            "new_province": u.new_province, "code": f"GSO-{u.code}" if u.code else None,
            "n_mentions": n_mentions(uid) if uid in units else 0, "era": u.era,
            "parent_id": u.parent_id or None, "successor_id": successors[0] if len(successors) == 1 else None,
            "in_gazetteer": u.listed}
        for successor in successors:
            yield "unit_successors", {"unit_id": uid, "successor_id": successor}
