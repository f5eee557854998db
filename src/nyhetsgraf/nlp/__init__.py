"""The Norwegian NLP pipeline that nyhetsgraf trains and ships in the package.

``load()`` is the only way the rest of the code gets a spaCy ``Language``: it
reads the pipeline from the package directory (never from the network),
registers the project's tokenizer and components, and caches the result so a
process loads each model once.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from nyhetsgraf.nlp import tokenizer as _tokenizer  # noqa: F401  (registers the news tokenizer)
from nyhetsgraf.nlp.gemm import configure_gemm

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
# One joint Bokmål + Nynorsk model serves both written standards (see docs/model.md).
MODEL_FOR_LANGUAGE = {"nb": "nb", "nn": "nb", "no": "nb"}


class ModelNotFound(RuntimeError):
    """The packaged model directory is missing: the install is broken or `make model` was not run."""


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs, headings and captions never share one.

    Runs before the parser, which respects sentence starts that are already set.
    """
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text_with_ws and (tok.is_space or tok.whitespace_ == "" or "\n" in tok.whitespace_):
            doc[i + 1].is_sent_start = True
    return doc


@Language.component("entity_trim")
def entity_trim(doc: Doc) -> Doc:
    """Trim whitespace and edge punctuation from entity spans.

    The treebank has no whitespace tokens, so the NER sometimes swallows a
    paragraph break ("Zemlianichenko\n\n") or a closing bracket; offsets
    downstream must cover the name only.
    """
    ents = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and (doc[start].is_space or (doc[start].is_punct and doc[start].text not in "«")):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].text in ",.:;!?()«»\"'–-"):
            end -= 1
        if end > start:
            ents.append(Span(doc, start, end, label=ent.label_))
    doc.ents = ents
    return doc


def model_path(lang: str = "nb") -> Path:
    """Directory of the shipped pipeline for ``lang``."""
    name = MODEL_FOR_LANGUAGE.get(lang)
    if name is None:
        raise ValueError(f"no model for language {lang!r}; known: {', '.join(sorted(MODEL_FOR_LANGUAGE))}")
    return MODELS_DIR / name


@cache
def load(lang: str = "nb") -> Language:
    """Load the packaged pipeline for ``lang`` once per process, offline."""
    import spacy

    path = model_path(lang)
    if not (path / "config.cfg").is_file():
        raise ModelNotFound(
            f"the Norwegian model is missing at {path}; reinstall nyhetsgraf or run `make model`"
        )
    nlp = spacy.load(path)
    if "paragraph_boundaries" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("paragraph_boundaries", before=before) if before else nlp.add_pipe(
            "paragraph_boundaries"
        )
    if "ner" in nlp.pipe_names and "entity_trim" not in nlp.pipe_names:
        nlp.add_pipe("entity_trim", after="ner")
    configure_gemm(nlp)
    return nlp
