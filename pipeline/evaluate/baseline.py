"""The baseline for officials: underthesea's NER alone, every PER span taken as an official.

Run over the same cleaned text the pipeline read (`text` in articles.jsonl), so the two
are scored on equal terms and the gain of the rules is visible in one report.
"""

from __future__ import annotations

from typing import Any

from pipeline.core.text import match_key


def ner_people(text: str) -> list[str]:
    """PER spans of underthesea's NER over every sentence of a text, first mention first."""
    from underthesea import ner, sent_tokenize

    people: list[str] = []
    for line in text.split("\n"):
        for sentence in sent_tokenize(line) if line.strip() else []:
            current: list[str] = []
            for word, _, _, tag in ner(sentence):
                if tag == "B-PER" or (tag == "I-PER" and not current):
                    if current:
                        people.append(" ".join(current))
                    current = [word]
                elif tag == "I-PER":
                    current.append(word)
                elif current:
                    people.append(" ".join(current))
                    current = []
            if current:
                people.append(" ".join(current))
    seen: set[str] = set()
    return [p for p in people if not (match_key(p) in seen or seen.add(match_key(p)))]


def baseline_predictions(pred: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Articles whose officials are the NER baseline's (other fields left empty)."""
    return {aid: {"id": aid, "officials": [{"name": name, "titles": []} for name in ner_people(a.get("text", ""))]}
            for aid, a in pred.items()}
