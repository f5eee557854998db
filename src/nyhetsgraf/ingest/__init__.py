"""Readers: every supported input (crawled text, plain text, JSON Lines, JSON, HTML; files,
directories, globs, stdin; gzip/bzip2/xz/zstd) becomes a stream of :class:`Article`."""

from nyhetsgraf.ingest.article import Article
from nyhetsgraf.ingest.reader import Duplicate, ReadError, article_from_text, read, read_items

__all__ = ["Article", "Duplicate", "ReadError", "article_from_text", "read", "read_items"]
