"""The CSV tables: one row per record (awards: per award and recipient), explicit columns.

Every extracted row carries its provenance: the sentence index and text, the character
span in the cleaned article text (`start`, `end`), the evidence span and the rule.
Lists inside a cell are joined with " | ".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pipeline.core.types import ArticleRecord, Evidence

LIST_SEPARATOR = " | "
PROVENANCE = ["sentence_index", "sentence", "start", "end", "evidence", "rule"]


def joined(items: list[str]) -> str:
    return LIST_SEPARATOR.join(items)


def _provenance(record: ArticleRecord, ev: Evidence | None) -> dict[str, Any]:
    if ev is None:
        return dict.fromkeys(PROVENANCE)
    sentences = record.sentences
    sentence = sentences[ev.sentence] if 0 <= ev.sentence < len(sentences) else None
    return {"sentence_index": ev.sentence, "sentence": sentence, "start": ev.start, "end": ev.end,
            "evidence": ev.span_text, "rule": ev.rule}


def rows(record: ArticleRecord) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) pairs for one article."""
    a, e, aid = record.article, record.event, record.article.id
    yield "articles", {
        "article_id": aid, "title": a.title_text, "published": a.published[:10] if a.published else None,
        "published_time": a.published[11:16] if a.published and len(a.published) > 10 else None, "author": a.author,
        "province": record.province, "event_type": e.type, "event_also": joined(e.also), "event_date": e.date,
        "event_location": e.location, "n_officials": len(record.officials), "n_clusters": len(record.clusters),
        "n_movements": len(record.movements), "n_awards": len(record.awards),
        "n_documents": len(record.documents), "n_chars": len(a.text), "source": a.source, "url": a.url,
    }
    yield "events", {
        "article_id": aid, "event_id": f"{aid}:e1", "event_type": e.type, "event_also": joined(e.also),
        "event_date": e.date, "event_location": e.location,
        "date_evidence": e.date_evidence.span_text if e.date_evidence else None,
        **_provenance(record, e.evidence),
    }
    for n, o in enumerate(record.officials, 1):
        yield "officials", {"article_id": aid, "official_id": f"{aid}:o{n}", "name": o.name,
                            "titles": joined(o.titles), "surface": o.surface, "n_mentions": 1 + len(o.mentions),
                            **_provenance(record, o.evidence)}
    for n, c in enumerate(record.clusters, 1):
        cid = f"{aid}:c{n}"
        yield "clusters", {"article_id": aid, "cluster_id": cid, "name": c.name, "kind": c.kind,
                           "leader": c.leader, "next_leader": c.next_leader, "n_members": len(c.members),
                           **_provenance(record, c.evidence)}
        for k, member in enumerate(c.members):
            ev = c.member_evidence[k] if k < len(c.member_evidence) else c.evidence
            yield "cluster_members", {"article_id": aid, "cluster_id": cid, "member": member,
                                      **_provenance(record, ev)}
    for n, m in enumerate(record.movements, 1):
        yield "movements", {"article_id": aid, "movement_id": f"{aid}:m{n}", "name": m.name,
                            "launched_by": m.launched_by, "launched_on": m.launched_on, "period": m.period,
                            **_provenance(record, m.evidence)}
    for n, w in enumerate(record.awards, 1):
        for k, recipient in enumerate(w.recipients or [None]):
            kind = w.recipient_kinds[k] if k < len(w.recipient_kinds) else None
            own = w.recipient_evidence[k] if k < len(w.recipient_evidence) else None
            yield "awards", {"article_id": aid, "award_id": f"{aid}:a{n}", "award": w.award,
                             "award_type": w.award_type, "recipient": recipient, "recipient_kind": kind,
                             "recipient_sentence_index": own.sentence if own else None,
                             "recipient_start": own.start if own else None, "recipient_end": own.end if own else None,
                             "year": w.year, "conferred_by": w.conferred_by, "status": w.status, "rank": w.rank,
                             **_provenance(record, w.evidence)}
    for n, d in enumerate(record.documents, 1):
        yield "documents", {"article_id": aid, "document_id": f"{aid}:d{n}", "ref": d.ref, "kind": d.kind,
                            "date": d.date, "issuer": d.issuer, **_provenance(record, d.evidence)}
