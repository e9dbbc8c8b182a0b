"""Build a varied benchmark corpus from the bundled articles: other names, places, years and orders.

Each variant keeps the article's shape (headline, date line, body, byline, furniture) and
changes what an extractor must not depend on: people, provinces, years, and the order of
the body paragraphs.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from pipeline.core import gazetteer

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "corpora" / "seeds", ROOT / "tests" / "data" / "varied"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Đinh", "Mai"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Công"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Lan", "Long", "Mai", "Nam",
         "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vân", "Yến"]
_NAME = re.compile(r"\b(?:" + "|".join(SURNAMES) + r")(?: [A-ZĐÂ][^\W\d_]+){1,3}")
_YEAR = re.compile(r"\b(20[12]\d)\b")


def sources() -> list[Path]:
    return sorted(p for folder in SOURCES for p in folder.glob("*.txt"))


def variant(text: str, rng: random.Random, provinces: list[str]) -> str:
    names: dict[str, str] = {}

    def rename(m: re.Match[str]) -> str:
        return names.setdefault(m.group(), f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}")

    text = _NAME.sub(rename, text)
    shift = rng.randint(-3, 3)
    text = _YEAR.sub(lambda m: str(int(m.group()) + shift), text)
    for province in provinces:
        if province in text:
            text = text.replace(province, rng.choice(provinces))
            break
    lines = text.split("\n")
    long_lines = [i for i, line in enumerate(lines) if len(line) > 200][1:]  # keep the lead paragraph first
    moved = [lines[i] for i in long_lines]
    rng.shuffle(moved)
    for i, line in zip(long_lines, moved):
        lines[i] = line
    return "\n".join(lines)


def build(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write `count` variant articles into `folder` (deterministic for a seed)."""
    rng = random.Random(seed)
    provinces = [p for p in gazetteer.province_names() if len(p) > 4]
    originals = [p.read_text(encoding="utf-8") for p in sources()]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(count):
        path = folder / f"bench_{n:06d}.txt"
        path.write_text(variant(originals[n % len(originals)], rng, provinces), encoding="utf-8")
        written.append(path)
    return written
