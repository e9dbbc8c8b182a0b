"""Shared helpers for the tests: turn a literal article into an Analysis."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.clean import build_article
from pipeline.nlp import Analysis, analyse

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpora" / "seeds"
SEED_GOLD = ROOT / "tests" / "gold" / "seeds"


def analyse_text(body: str, title: str = "Tin thi đua khen thưởng", dateline: str = "08:00, 15/03/2024") -> Analysis:
    """An Analysis of a small article: a title, a date line and the given body paragraphs."""
    text = "\n".join(part for part in (title, dateline, body) if part)
    return analyse(build_article("test", "<test>", text))


@lru_cache(maxsize=None)
def analyse_seed(stem: str) -> Analysis:
    path = SEEDS / f"{stem}.txt"
    return analyse(build_article(stem, str(path), path.read_text(encoding="utf-8")))
