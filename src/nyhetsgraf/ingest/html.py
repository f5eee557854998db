"""HTML news pages: main text, title, date and URL through trafilatura.

Why trafilatura: removing menus, teasers and comment sections from news pages
is its one job, and it is done well; we only reshape its output into the
crawled-text form (one blank line between paragraphs) that layout expects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|meta|div|p)\b",
                         re.IGNORECASE | re.DOTALL)


@dataclass
class Page:
    """What a page yields: body text (paragraphs separated by blank lines) and metadata."""

    text: str
    title: str | None
    date: str | None
    url: str | None


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document (used for stdin and unknown suffixes)."""
    return bool(_HTML_START.match(text[:4096]))


def extract_page(html: str, url: str | None = None) -> Page | None:
    """Extract the article from ``html``; ``None`` when the page holds no main text."""
    import trafilatura  # imported lazily: it is slow to import and only HTML inputs need it

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, favor_precision=True,
    )
    if doc is None or not (doc.text or "").strip():
        return None
    paragraphs = [line.strip() for line in doc.text.split("\n") if line.strip()]
    return Page(text="\n\n".join(paragraphs), title=doc.title or None, date=doc.date or None,
                url=doc.url or url)
