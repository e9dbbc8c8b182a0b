"""Run every extractor over one analysed article and assemble its ArticleRecord."""

from __future__ import annotations

from pipeline.core.types import ArticleRecord
from pipeline.extract.awards import extract_awards
from pipeline.extract.clusters import extract_clusters
from pipeline.extract.documents import extract_documents
from pipeline.extract.event import extract_event
from pipeline.extract.movements import extract_movements
from pipeline.extract.officials import extract_officials
from pipeline.extract.province import infer_province
from pipeline.nlp import Analysis


def extract(analysis: Analysis) -> ArticleRecord:
    """All records of one article, each with its evidence."""
    province, province_evidence = infer_province(analysis)
    return ArticleRecord(
        article=analysis.article,
        province=province,
        event=extract_event(analysis),
        officials=extract_officials(analysis),
        clusters=extract_clusters(analysis),
        movements=extract_movements(analysis),
        awards=extract_awards(analysis),
        documents=extract_documents(analysis),
        province_evidence=province_evidence,
        sentences=[s.text for s in analysis.sentences],
    )
