"""A tokenizer for Norwegian news, registered so a spaCy config can name it.

spaCy's Norwegian defaults already keep "Nord-Korea", "1990-tallet" and
"@primamedia" whole and know most abbreviations. News adds a few habits the
defaults miss: the dialogue dash glued to a word ("sa:–Nei"), the long dash
as a separator, and abbreviations common in Norwegian reporting that must not
end a sentence ("mill.", "mrd.", "jf.", "pst."). Everything else is left to
the defaults so that training data (tokenised by NDT) and running text agree.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.lang.char_classes import ALPHA
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

DASHES = "–—"
# Abbreviations in news copy that keep their full stop (lower-case and capitalised).
NEWS_ABBREVIATIONS = [
    "bl.a.", "f.eks.", "kl.", "ca.", "nr.", "mill.", "mrd.", "mnd.", "jf.", "pst.", "evt.",
    "inkl.", "ekskl.", "dvs.", "m.m.", "osv.", "o.l.", "t.o.m.", "f.o.m.", "iht.", "vha.",
    "pga.", "ift.", "st.", "dr.", "prof.", "innb.", "kr.", "tlf.", "avd.", "ang.", "ev.",
]


def _special_cases() -> dict[str, list[dict]]:
    cases = {}
    for abbr in NEWS_ABBREVIATIONS:
        for form in {abbr, abbr[:1].upper() + abbr[1:]}:
            cases[form] = [{ORTH: form}]
    return cases


@registry.tokenizers("nyhetsgraf.news_tokenizer.v1")
def create_news_tokenizer() -> Callable[[Language], Tokenizer]:
    """Return a factory that builds the news tokenizer for a Norwegian ``Language``."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefixes = [*(defaults.prefixes or []), f"[{DASHES}]"]
        suffixes = [*(defaults.suffixes or []), f"[{DASHES}]"]
        infixes = [
            *(defaults.infixes or []),
            rf"(?<=[{ALPHA}0-9:,.])[{DASHES}](?=[{ALPHA}0-9«])",  # "sa:–Nei", "2019–2023"
            rf"(?<=[{ALPHA}]):(?=[{DASHES}])",
            rf"(?<=[{ALPHA}])/(?=@)",  # photo credits: "Telegram/@kanal"
        ]
        rules = dict(defaults.tokenizer_exceptions)
        rules.update(_special_cases())
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make
