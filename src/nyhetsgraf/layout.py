"""The layout of a crawled news article: title, lead, headings, paragraphs, captions, bylines, fact boxes.

Crawlers flatten a news page into text: paragraphs, sub-headings and photo
captions run together, one per line or separated by blank lines. The page
structure is still visible in the text, because Norwegian newsrooms write
these elements in fixed forms:

* a **caption** carries a photo credit (``Foto: Terje Pedersen/NTB``,
  ``Illustrasjon:``, ``Skjermbilde:``, ``(AP Photo/…)``), often after an
  UPPER-CASE label (``ALLIERTE: Kim Jong-un og …``); captions of some sites end
  with the gallery button text ``Vis mer``;
* a **heading** is a short line without final punctuation followed by body
  text (``Våpen-forhandlinger``, or a quote heading ``– Vil redusere sjansen``);
* the **title** is such a line at the very start (possibly after a one-line
  section kicker such as ``Norge`` or ``NTB Innenriks``);
* a **byline** states publication (``Publisert: 05.09.2023 13:32``) or author;
* a **fact box** starts with ``FAKTA``/``Fakta`` or is a bullet list;
* the **lead** is the first body paragraph.

Every rule looks at one line and its neighbours only, so it is easy to explain
why a block got its kind, and it works on any outlet's articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nyhetsgraf.record import Block

# --- captions -------------------------------------------------------------------------------------
_CREDIT_WORDS = (r"(?:Foto|FOTO|Arkivfoto|Illustrasjon|ILLUSTRASJON|Illustrasjonsfoto|Skjermbilde|"
                 r"SKJERMBILDE|Skjermdump|Grafikk|Faksimile|Montasje|Photo|Bilde|Video)")
# "Foto: X" anywhere after a sentence end, a space or the paragraph start; the last one wins.
_CREDIT = re.compile(rf"(?:(?<=^)|(?<=[\s.!?»\")]))(?:{_CREDIT_WORDS})(?:\s*/\s*{_CREDIT_WORDS})*\s*:\s*")
# "Foto Ola Nordmann" (no colon): only when followed by a capitalised name or agency at the end.
_CREDIT_NO_COLON = re.compile(r"(?:(?<=^)|(?<=[.!?»\")]\s)|(?<=\s))Foto\s+(?=[A-ZÆØÅ])")
# "(AP Photo/Evan Vucci)" or "(Foto: NTB)" closing a caption.
_PAREN_CREDIT = re.compile(
    r"\((?P<credit>(?:[A-Z]{2,}\s+)?Photo\s*/[^()]+|(?:Foto|Photo)\s*:\s*[^()]+)\)\s*$"
)
_NAME_PART = r"(?:[A-ZÆØÅ@][\w.@\-]*|/|via|og|&|,)"
_NAME_TAIL = re.compile(rf"{_NAME_PART}(?:\s*{_NAME_PART})*")
_SHOW_MORE = re.compile(r"\s*\bVis mer\s*$")
_LABEL = re.compile(r"^(?P<label>[A-ZÆØÅÄÖÜÉ0-9][A-ZÆØÅÄÖÜÉ0-9 \-–&'’/.,!?]*?)\s*:\s+(?=\S)")
_NOT_LABELS = {"FOTO", "FAKTA", "LES OGSÅ", "LES MER", "SE VIDEO", "VIDEO", "OPPDATERT", "PUBLISERT",
               "SISTE", "NB", "PS", "OBS", "ANNONSE", "REKLAME"}

# --- bylines, fact boxes --------------------------------------------------------------------------
_BYLINE = re.compile(
    r"^(?:(?:Publisert|Oppdatert|Sist oppdatert|Sist endret|Endret|Først publisert)\b\s*:?"
    r"|(?:Av|Tekst|Tekst og foto)\s*:?\s+[A-ZÆØÅ][\w.\-]+(?:\s+[A-ZÆØÅ][\w.\-]+){0,3}(?:\s*(?:,|og|/)\s*"
    r"[A-ZÆØÅ][\w.\-]+(?:\s+[A-ZÆØÅ][\w.\-]+){0,3})*\s*(?:\(\w[\w ]*\))?\s*$)",
)
_TIMESTAMP = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})(?:,?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2})?\b")
_FACTS = re.compile(r"^(?:FAKTA\b|Fakta\s*(?::|om\b|/)|FAKTABOKS\b|Faktaboks\b)")
_BULLET = re.compile(r"^\s*[•·▪●◦*]\s+")

# --- headings -------------------------------------------------------------------------------------
_DASH = "–—−-"
_FINAL_PUNCT = ".,:;…"
_NOT_HEADINGS = re.compile(r"^(?:Les også|LES OGSÅ|Se også|Se video|Vis mer|Annonse|Del artikkelen|Del)\b")
_DATELINE = re.compile(r"^[A-ZÆØÅ][A-ZÆØÅ .\-]+\s*\([^)]{1,40}\)")
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÆØÅ–«\d])")  # a sentence boundary inside a unit
_SECTIONS = """nyheter nyheiter innenriks utenriks sport kultur økonomi norge verden debatt ntb lokalt
meninger fotball politikk næringsliv helse reise forbruker motor teknologi tek vær krim kommentar leder
anmeldelse underholdning nrk vg tv2 siste nytt"""
SECTION_WORDS = frozenset(_SECTIONS.split())
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 100
MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 200


@dataclass
class Unit:
    """A stretch of text that is one layout element: a line, or lines of one wrapped paragraph."""

    start: int
    end: int
    text: str
    kind: str = "paragraph"
    label: str | None = None
    credit: str | None = None


def _units(text: str) -> list[Unit]:
    """Split ``text`` into units: one per line, except that a line continuing a sentence joins the previous.

    Blank lines always separate. A single newline separates too, unless the
    text before it does not end a sentence and the next line starts in lower
    case (a hard-wrapped paragraph).
    """
    units: list[Unit] = []
    pos = 0
    blank_before = True
    for raw in text.split("\n"):
        line_start, line_end = pos, pos + len(raw)
        pos = line_end + 1
        stripped = raw.strip()
        if not stripped:
            blank_before = True
            continue
        start = line_start + (len(raw) - len(raw.lstrip()))
        end = line_start + len(raw.rstrip())
        prev = units[-1] if units else None
        if (prev is not None and not blank_before and prev.text[-1] not in ".!?:»\"”"
                and stripped[0].islower()):
            prev.end = end
            prev.text = text[prev.start:end]
        else:
            units.append(Unit(start, end, text[start:end]))
        blank_before = False
    return units


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _clean_credit(credit: str) -> str | None:
    credit = _SHOW_MORE.sub("", credit).strip().rstrip(".").strip()
    if credit.startswith("(") and credit.endswith(")"):
        credit = credit[1:-1].strip()
    if not credit or len(credit) > 120 or _words(credit) > 15:
        return None
    # A credit names people or agencies; a sentence after it ("Foto: NTB. Han …") means it is not one.
    if re.search(r"[.!?]\s+[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå]", credit):
        return None
    return credit


def _caption_credit(text: str) -> tuple[bool, str | None]:
    """Whether ``text`` is a caption by its credit, and the credit as written."""
    body = _SHOW_MORE.sub("", text)
    m = _PAREN_CREDIT.search(body)
    if m:
        credit = re.sub(r"^(?:Foto|Photo)\s*:\s*", "", m.group("credit")).strip()
        return True, _clean_credit(credit)
    matches = list(_CREDIT.finditer(body))
    if matches:
        credit = _clean_credit(body[matches[-1].end():])
        if credit is not None or not body[matches[-1].end():].strip():
            return True, credit
    plain = list(_CREDIT_NO_COLON.finditer(body))
    if plain:
        credit = _clean_credit(body[plain[-1].end():])
        # Without a colon, accept only a short name-like tail: capitalised words, "/", "via", "og".
        if credit and _NAME_TAIL.fullmatch(credit):
            return True, credit
    return False, None


def _label(text: str) -> str | None:
    """The UPPER-CASE label before the first colon of a caption (``ALLIERTE``), if there is one."""
    m = _LABEL.match(text)
    if not m:
        return None
    label = m.group("label").strip()
    letters = [c for c in label if c.isalpha()]
    if len(letters) < 2 or any(c.islower() for c in letters) or label in _NOT_LABELS:
        return None
    return label


def _is_byline(text: str) -> bool:
    if _BYLINE.match(text):
        return True
    # A short line that is mostly a timestamp: "05.09.2023 13:32", "Oslo, 5.9.2023 kl. 13.32".
    return _words(text) <= 8 and bool(_TIMESTAMP.search(text)) and not text.rstrip().endswith(".")


def _is_kicker(text: str) -> bool:
    """A section or agency tag above the title: only section words (``NTB Innenriks``, ``Sport``)."""
    words = [w.lower() for w in _WORD.findall(text)]
    return bool(words) and all(w in SECTION_WORDS for w in words)


def _is_factbox(unit: Unit) -> bool:
    """``FAKTA …`` opens a fact box; a bullet line is one (or continues the one before)."""
    if _FACTS.match(unit.text):
        return True
    return bool(_BULLET.match(unit.text))


def _heading_like(text: str, max_words: int = MAX_HEADING_WORDS, max_chars: int = MAX_HEADING_CHARS) -> bool:
    """A short line without final punctuation, starting like a sentence (or a dash quote)."""
    s = text.strip()
    body = s.lstrip(_DASH + " ")
    if not body or not any(c.isalpha() for c in body) or _NOT_HEADINGS.match(s):
        return False
    if len(s) > max_chars or _words(s) > max_words:
        return False
    if s[-1] in _FINAL_PUNCT:
        return False
    if s[-1] in "!?":
        # "Ny førerprøve?" is a heading; "– Hvem har ansvaret?" is a reporter's question in an interview.
        return s[0] not in _DASH and _words(s) <= 4
    first = body[0]
    return first.isupper() or first.isdigit() or first in "«\"'"


def _classify(units: list[Unit]) -> int | None:
    """Set each unit's kind/label/credit; return the index of the title unit, if any."""
    for u in units:
        is_caption, credit = _caption_credit(u.text)
        if not is_caption and _SHOW_MORE.search(u.text) and _words(u.text) > 3:
            is_caption = True  # VG-style captions end with the gallery button "Vis mer"
        if is_caption:
            u.kind, u.credit, u.label = "caption", credit, _label(u.text)
        elif _is_byline(u.text):
            u.kind = "byline"
        elif _is_factbox(u):
            u.kind = "factbox"

    # The title: among up to three short unpunctuated lines at the very start, before body text.
    title_index = None
    run = []
    for i, u in enumerate(units[:3]):
        if u.kind == "paragraph" and _heading_like(u.text, MAX_TITLE_WORDS, MAX_TITLE_CHARS) \
                and not re.search(r"[.!?]\s+[A-ZÆØÅ]", u.text):
            run.append(i)
        else:
            break
    if run and len(run) < len(units):
        for i in run:
            units[i].kind = "heading"
        # The first line that is not a section kicker ("Norge", "NTB Innenriks"; any single word).
        titled = [i for i in run if _words(units[i].text) >= 2 and not _is_kicker(units[i].text)]
        title_index = titled[0] if titled else None

    first_body = True
    for i, u in enumerate(units):
        if u.kind != "paragraph":
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (nxt is not None and _heading_like(u.text) and not _heading_like(nxt.text)
                and nxt.kind in ("paragraph", "caption", "factbox")):
            u.kind = "heading"
            continue
        if first_body:
            first_body = False
            u.kind = "lead"
            continue
        # A labelled line without a credit ("FLOM: Elva gikk over …") is a caption whose credit the
        # crawl lost — but not a dateline ("KONGSBERG (TV 2): …") and never the lead.
        label = _label(u.text)
        if (label and len(label) >= 4 and not _DATELINE.match(u.text) and _words(u.text) <= 40
                and len(_SENTENCE_END.findall(u.text)) <= 1):
            u.kind, u.label = "caption", label
    return title_index


def _merge_factboxes(text: str, units: list[Unit]) -> list[Unit]:
    """A fact box written line by line (no blank lines between) is one block."""
    merged: list[Unit] = []
    for u in units:
        prev = merged[-1] if merged else None
        if (prev is not None and u.kind == prev.kind == "factbox"
                and text.count("\n", prev.end, u.start) == 1 and not text[prev.end:u.start].strip()):
            prev.end, prev.text = u.end, text[prev.start:u.end]
        else:
            merged.append(u)
    return merged


def _layout(text: str) -> tuple[list[Unit], int | None]:
    units = _units(text)
    title_index = _classify(units)
    title = units[title_index] if title_index is not None else None
    units = _merge_factboxes(text, units)
    return units, (units.index(title) if title is not None else None)


def split_blocks(text: str) -> list[Block]:
    """The layout blocks of ``text`` in order, with code-point offsets into ``text``."""
    units, _ = _layout(text)
    return [Block(kind=u.kind, start=u.start, end=u.end, label=u.label, credit=u.credit) for u in units]


def detect_title(text: str) -> str | None:
    """The article's own title when ``text`` starts with it, else ``None``."""
    units, index = _layout(text)
    return units[index].text.strip() if index is not None else None
