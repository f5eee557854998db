"""Source statistics per article: who is quoted, how often and how much, by gender and kind.

Why here and not in a report: editors tracking source diversity (the Gender
Gap Tracker's question) need the counts per article, in the record, so that
corpus-wide figures are simple sums.
"""

from __future__ import annotations

import re
from typing import Any

from nyhetsgraf.record import Quote

WORD = re.compile(r"\w+")


def source_stats(quotes: list[Quote], genders: dict[str, str | None] | None = None) -> dict[str, Any]:
    """``{"n_quotes", "n_sources", "sources": [...], "by_gender": {...}, "by_kind": {...}}``.

    ``genders`` maps a speaker name to "m"/"f"/None (from the entity layer); unknown → "unknown".
    Unattributed quotes are counted under ``unattributed`` only.
    """
    genders = genders or {}
    per_source: dict[str, dict[str, Any]] = {}
    unattributed = 0
    for q in quotes:
        if not q.speaker:
            unattributed += 1
            continue
        s = per_source.setdefault(
            q.speaker,
            {
                "speaker": q.speaker,
                "speaker_id": q.speaker_id,
                "kind": q.speaker_kind or "UNKNOWN",
                "gender": (genders.get(q.speaker) if q.speaker_kind == "PER" else None)
                or ("unknown" if q.speaker_kind == "PER" else None),
                "role": q.role,
                "quotes": 0,
                "direct": 0,
                "indirect": 0,
                "words": 0,
            },
        )
        s["quotes"] += 1
        s[q.kind] = s.get(q.kind, 0) + 1
        s["words"] += len(WORD.findall(q.text))
        if not s["role"] and q.role:
            s["role"] = q.role
    sources = sorted(per_source.values(), key=lambda s: (-s["quotes"], s["speaker"]))
    by_gender: dict[str, dict[str, int]] = {}
    by_kind: dict[str, dict[str, int]] = {}
    for s in sources:
        for table, key in ((by_kind, s["kind"]), (by_gender, s["gender"])):
            if key is None:
                continue
            t = table.setdefault(key, {"sources": 0, "quotes": 0, "words": 0})
            t["sources"] += 1
            t["quotes"] += s["quotes"]
            t["words"] += s["words"]
    return {
        "n_quotes": len(quotes),
        "n_sources": len(sources),
        "unattributed": unattributed,
        "sources": sources,
        "by_gender": by_gender,
        "by_kind": by_kind,
    }
