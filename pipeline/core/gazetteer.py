"""Vietnam's provinces and districts before the 2025 reform, and where they went after it.

Built from the mapping underthesea ships (`underthesea/address/data/mapping.json`), not
typed by hand. Names are matched on `match_key`, so "Thuỷ"/"Thủy" and case do not matter.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.core.text import match_key

_UNIT_PREFIX = re.compile(r"^(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    name: str  # "Huyện Vụ Bản"
    short: str  # "Vụ Bản"
    level: str  # "province" | "district"
    province: str  # short name of the (old) province: "Nam Định"
    new_province: str  # province after 1 July 2025: "Ninh Bình"
    code: str | None = None


def short_name(name: str) -> str:
    """'Huyện Vụ Bản' -> 'Vụ Bản'; 'Thành phố Hà Nội' -> 'Hà Nội'."""
    return _UNIT_PREFIX.sub("", name.strip())


def _mapping_path() -> Path:
    import underthesea.address

    return Path(underthesea.address.__file__).parent / "data" / "mapping.json"


@lru_cache(maxsize=1)
def _index() -> dict[str, list[Unit]]:
    data = json.loads(_mapping_path().read_text(encoding="utf-8"))
    new_short = {k: v["short"] for k, v in data["province_names"].items()}
    old = data["old_province_names"]
    index: dict[str, list[Unit]] = {}

    def add(unit: Unit) -> None:  # "M'Đrắk" and "M’Đrắk": one apostrophe for both
        bucket = index.setdefault(match_key(unit.short).replace("’", "'"), [])
        if unit not in bucket:
            bucket.append(unit)

    for key, info in old.items():
        successor = new_short.get(data["province_mapping"].get(key, ""), info["short"])
        add(Unit(info["name"], info["short"], "province", info["short"], successor, info.get("code")))
    for row in data["ward_mapping"]:
        province = old.get(row["old_province_key"], {}).get("short") or short_name(row["old_province"])
        successor = new_short.get(row["new_province_key"], short_name(row["new_province"]))
        add(Unit(row["old_district"], short_name(row["old_district"]), "district", province, successor))
    return index


def lookup(name: str) -> list[Unit]:
    """Provinces and districts with this name ('Vụ Bản', 'huyện Vụ Bản', 'H. Vụ Bản')."""
    name = re.sub(r"^(?:H|TX|TP|Q)\.\s*", "", name.strip())
    return _index().get(match_key(short_name(name)).replace("’", "'"), [])


def is_place(name: str) -> bool:
    return bool(lookup(name))


def province_names() -> list[str]:
    return sorted({u.short for units in _index().values() for u in units if u.level == "province"})


@lru_cache(maxsize=1)
def _commune_keys() -> frozenset[str]:
    data = json.loads(_mapping_path().read_text(encoding="utf-8"))
    names = {row["old_ward"] for row in data["ward_mapping"]} | {row["new_ward"] for row in data["ward_mapping"]}
    return frozenset(match_key(short_name(n)) for n in names)


def is_commune(name: str) -> bool:
    """A commune, ward or town name, before or after the 2025 reform: 'Y Tý', 'Hòa Xuân Tây'."""
    return match_key(short_name(name)) in _commune_keys()


@lru_cache(maxsize=1)
def mapping() -> dict:
    """The shipped mapping as parsed JSON: `metadata` (with the reform's `effective_date`),
    `old_province_names` and `province_names` (name, short, official code), `province_mapping`
    (old key -> new key) and `ward_mapping` (one row per old ward and the new ward it went to).
    pipeline.normalize.places builds its districts and wards index from it."""
    return json.loads(_mapping_path().read_text(encoding="utf-8"))
