"""Merging event mentions into events: one per type + source + target.

Why a module of its own: the same event is told several times in an article; merging
decides which mentions are one event (symmetric types, agreeing times, planned vs. done,
historical vs. present) and which mention gives the evidence and modality. It works on
``Mention`` objects only, with no parse.
"""

from __future__ import annotations

from nyhetsgraf.extract.event_mentions import Actor, Mention
from nyhetsgraf.extract.modality import CERTAINTY
from nyhetsgraf.record import Event, Span


def merge(mentions: list[Mention]) -> list[Event]:
    """One event per distinct type + source + target; times that disagree keep events apart.

    CONSULT and COOPERATE are symmetric, so "A møtte B" and "B møtte A" are one event.
    The most certain mention gives the evidence; all modalities are kept in ``modalities``.
    """
    longest: dict[str, str] = {}
    for m in mentions:
        for a in (m.source, m.target):
            if (
                a is not None
                and a.entity is None
                and a.phrase
                and len(a.phrase.split()) > len(longest.get(a.key, "").split())
            ):
                longest[a.key] = a.phrase

    def ref(a: Actor | None) -> str | None:
        if a is None:
            return None
        return a.ref if a.entity is not None else longest.get(a.key, a.phrase)

    groups: list[list[Mention]] = []
    for m in mentions:
        key = _key(m)
        placed = False
        for g in groups:
            if _key(g[0]) != key:
                continue
            gtimes = {x.time.value for x in g if x.time and x.time.value}
            gplan = _tense(g)
            if m.time and m.time.value and gtimes and not any(_same_time(m.time.value, t) for t in gtimes):
                continue
            if (
                gplan != _tense([m])
                and "planned" in (gplan, _tense([m]))
                and ((m.time and m.time.value) or gtimes)
            ):
                continue
            ghist = all("historical" in x.modalities() for x in g)
            mhist = "historical" in m.modalities()
            if (ghist and not mhist and m.present) or (mhist and not ghist and any(x.present for x in g)):
                continue  # a meeting years ago and today's meeting are two events
            g.append(m)
            placed = True
            break
        if not placed:
            groups.append([m])
    events = []
    for g in groups:
        best = min(g, key=lambda x: (CERTAINTY.index(_certain(x)), x.start))
        mods: list[str] = []
        for x in sorted(g, key=lambda x: x.start):
            for mm in x.modalities():
                if mm not in mods:
                    mods.append(mm)
        time = next((x.time for x in g if x.time), None)
        mode = next((x.mode for x in g if x.mode), None)
        attributed = best.attributed_to
        ev = Event(
            type=best.type,
            source=ref(best.source),
            target=ref(best.target),
            modality=best.modalities()[0],
            mode=mode,
            attributed_to=attributed,
            time=time,
            location=best.location,
            evidence=Span(best.start, best.end),
            trigger=best.trigger,
        )
        if hasattr(ev, "modalities"):
            ev.modalities = mods
        events.append(ev)
    return events


def _same_time(a: str, b: str) -> bool:
    """Whether two TIMEX values can name one event: "2019" and "2019-04", or the same day
    at two precisions ("2021-10-WXX-3TEV" and "2021-10-WXX-3T18:47")."""
    da, db = a.split("T")[0], b.split("T")[0]
    return da.startswith(db) or db.startswith(da)


def _certain(m: Mention) -> str:
    ms = m.modalities()
    return max(ms, key=lambda x: CERTAINTY.index(x))


def _tense(ms: list[Mention]) -> str:
    return "planned" if any("planned" in m.modalities() for m in ms) else "other"


def _key(m: Mention) -> tuple:
    s, t = m.source.key, m.target.key if m.target else ""
    if m.type in ("CONSULT", "COOPERATE") and t and t < s:
        s, t = t, s
    return (m.type, s, t)
