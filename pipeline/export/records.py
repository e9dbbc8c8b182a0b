"""An ArticleRecord as the JSON object of `articles.jsonl`: the gold schema's keys plus provenance."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.core.types import ArticleRecord, Evidence


def evidence(ev: Evidence | None) -> dict[str, Any] | None:
    return ev.to_dict() if ev else None


def to_json(record: ArticleRecord) -> dict[str, Any]:
    a = record.article
    e = record.event
    return {
        "id": a.id,
        "title": a.title_text,
        "published": a.published,
        "author": a.author,
        "province": record.province,
        "event": {
            "type": e.type, "also": e.also, "date": e.date, "location": e.location,
            "evidence": evidence(e.evidence), "date_evidence": evidence(e.date_evidence),
            "location_evidence": evidence(e.location_evidence),
        },
        "officials": [
            {"name": o.name, "titles": o.titles, "surface": o.surface, "evidence": evidence(o.evidence),
             "mentions": [evidence(m) for m in o.mentions]}
            for o in record.officials
        ],
        "clusters": [
            {"name": c.name, "kind": c.kind, "members": c.members, "leader": c.leader,
             "next_leader": c.next_leader, "evidence": evidence(c.evidence),
             "member_evidence": [evidence(m) for m in c.member_evidence]}
            for c in record.clusters
        ],
        "movements": [
            {"name": m.name, "launched_by": m.launched_by, "launched_on": m.launched_on, "period": m.period,
             "evidence": evidence(m.evidence)}
            for m in record.movements
        ],
        "awards": [
            {"award": w.award, "award_type": w.award_type, "recipients": w.recipients, "year": w.year,
             "conferred_by": w.conferred_by, "status": w.status, "rank": w.rank,
             "recipient_kinds": w.recipient_kinds, "evidence": evidence(w.evidence),
             "recipient_evidence": [evidence(r) for r in w.recipient_evidence]}
            for w in record.awards
        ],
        "documents": [
            {"ref": d.ref, "kind": d.kind, "date": d.date, "issuer": d.issuer, "evidence": evidence(d.evidence)}
            for d in record.documents
        ],
        "provenance": {
            "source": a.source, "url": a.url,
            "title_span": [a.title.start, a.title.end] if a.title else None,
            "dateline_span": [a.dateline.start, a.dateline.end] if a.dateline else None,
            "byline_span": [a.byline.start, a.byline.end] if a.byline else None,
            "province_evidence": evidence(record.province_evidence),
        },
        "text": a.text,
    }


def load_articles(where: str | Path) -> dict[str, dict[str, Any]]:
    """The objects of an `articles.jsonl` (a file, or the output folder holding it) by article id, in order."""
    path = Path(where)
    if path.is_dir():
        if not (path / "articles.jsonl").is_file():
            raise FileNotFoundError(f"{path} has no articles.jsonl: run `thidua extract PATH --out {path}` first")
        path = path / "articles.jsonl"
    elif not path.exists():
        if path.suffix == ".jsonl":
            raise FileNotFoundError(f"{path}: no such file (give the articles.jsonl `thidua extract` writes, "
                                    f"or its output folder)")
        raise FileNotFoundError(f"{path}: no such output folder: run `thidua extract PATH --out {path}` first")
    articles: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if line.strip():
                try:
                    article = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not a JSON object ({exc.msg})") from None
                articles[str(article["id"])] = article
    return articles
