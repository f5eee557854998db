"""Language: Bokmål, Nynorsk or other, from counted marker words."""

from __future__ import annotations

import pytest

from nyhetsgraf.language import detect_language, marker_counts


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("– Jeg vet ikke hva som skjer nå, sier hun til avisen.", "nb"),
        ("Kommunen sier at veien blir stengt fra mandag, og at det ikke finnes noen omkjøring.", "nb"),
        ("– Eg veit ikkje kva som skjer no, seier ho til avisa.", "nn"),
        ("Kommunen seier at vegen blir stengd frå måndag, og at det ikkje finst nokon omkøyring.", "nn"),
        ("Regeringen siger, at den nu vil gøre noget ved det, efter at sagen blev kendt.", "other"),
        ("Hon säger att det inte är bra för kommunen och att det måste bli bättre.", "other"),
        ("The minister said that the government has no plans for this in the coming year.", "other"),
        ("", "other"),
        ("12345 67890", "other"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_nynorsk_article_quoting_a_bokmal_speaker_stays_nynorsk():
    text = ("Ordføraren seier at kommunen ikkje har pengar til ein ny skule. Han meiner staten må "
            "hjelpe til, og seier at dei har venta i fleire år. – Vi har ikke råd, sier rådmannen.")
    assert detect_language(text) == "nn"


def test_counts_are_explainable():
    c = marker_counts("Eg seier ikkje noko. Jeg sier ikke noe.")
    assert c["nn"] == 4 and c["nb"] == 4
