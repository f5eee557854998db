"""Bokmål, Nynorsk or something else: counted marker words, nothing hidden.

Why marker words: the two written standards of Norwegian share most of their
vocabulary, but a handful of very frequent function words differ (``ikke`` /
``ikkje``, ``jeg`` / ``eg``, ``hva`` / ``kva``, ``fra`` / ``frå``, ``sier`` /
``seier``). Counting them gives a decision anyone can check by reading the
text, and it works on a two-line caption as well as on a long report. Danish,
Swedish and English have their own frequent words that Norwegian lacks, which
is enough to say ``other``.
"""

from __future__ import annotations

import re
from collections import Counter


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Only words that the other standard does not allow: "også", "meg", "seg", "første" are valid Nynorsk too.
NB_MARKERS = _wordset("""
ikke jeg hva hvordan hvorfor hvem hvor hvis fra bare være vært kommer sier noe noen mye mer hun hennes
nå siden uke gang dere deres hjem hjemme sammen ble selv disse mener forteller skriver en et de dem
uten
""")
NN_MARKERS = _wordset("""
ikkje eg kva korleis kvifor kven kvar frå berre vere vore kjem kome seier noko nokon mykje meir ho
hennar no òg sidan veke gong dykk dykkar heim heime saman vart vorte sjølv desse fyrste meiner fortel
skriv dei ein eit blei hjå utan attende ifølgje ifylgje
""")
# Words both standards share; they only decide for Bokmål (the default) when nothing else speaks.
SHARED_MARKERS = _wordset("og er til på har som ved etter av med")
# Frequent words of the neighbours that Norwegian does not use.
OTHER_MARKERS = {
    "da": _wordset("af hvad siger efter nu ud blev mig dig sig noget"),
    "sv": _wordset("och inte är att jag för hon vad säger från bara också efter nu mycket blev"),
    "en": _wordset("the and of is in that it was on with as from this have has said"),
}
_TOKEN = re.compile(r"[a-zæøåäöéèòôü]+", re.IGNORECASE)


def marker_counts(text: str) -> dict[str, int]:
    """How many marker words of each kind ``text`` contains.

    Keys: ``nb``, ``nn``, ``no`` (shared by both), ``da``, ``sv``, ``en``.
    """
    # ALL-CAPS tokens are abbreviations and labels ("NO1", "HYTTA"), not running text.
    words = Counter(w.lower() for w in _TOKEN.findall(text) if not (len(w) > 1 and w.isupper()))
    counts = {
        "nb": sum(n for w, n in words.items() if w in NB_MARKERS),
        "nn": sum(n for w, n in words.items() if w in NN_MARKERS),
    }
    counts["no"] = sum(n for w, n in words.items() if w in SHARED_MARKERS)
    for lang, markers in OTHER_MARKERS.items():
        counts[lang] = sum(n for w, n in words.items() if w in markers)
    return counts


def detect_language(text: str) -> str:
    """``"nb"``, ``"nn"`` or ``"other"`` for ``text``.

    Nynorsk wins when its markers outnumber Bokmål's (Nynorsk articles quote
    Bokmål speakers, never the other way round at scale); a text whose foreign
    markers outnumber all Norwegian ones, or which has no Norwegian marker at
    all, is ``other`` — unless it has two or more words common to both
    standards (``og``, ``er``, ``på`` …) and no foreign ones: then Bokmål, the
    more frequent standard.
    """
    c = marker_counts(text)
    norwegian = c["nb"] + c["nn"]
    foreign = max(c["da"], c["sv"], c["en"])
    if norwegian == 0:
        return "nb" if c["no"] >= 2 and foreign == 0 else "other"
    if foreign > norwegian:
        return "other"
    return "nn" if c["nn"] > c["nb"] else "nb"
