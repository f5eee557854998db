"""Actors that act through an organ, a demand on a named person, a union body opening a sentence."""

from __future__ import annotations

import pytest
from analysis_fixtures import analyze_or_skip, event_triples

ARTICLE = """Skiløper utestengt

Appellutvalget i Norges Skiforbund har utestengt langrennsløperen Eirik Solheim Aas i to år.

Solheim Aas ble tatt i en kontroll i fjor. Forbundet krever at han betaler tilbake 40 000 kroner.

EU-kommisjonen krev at Noreg opnar fleire felt for fiske.
"""


@pytest.fixture(scope="module")
def events():
    rec = analyze_or_skip(ARTICLE, "2026-03-02")
    return rec, event_triples(rec)


def test_an_organ_acts_for_its_body(events):
    _, evs = events
    assert ("SANCTION", "Norges Skiforbund", "Eirik Solheim Aas") in evs


def test_a_demand_on_he_goes_to_the_person(events):
    _, evs = events
    assert any(t == "REQUEST" and g == "Eirik Solheim Aas" for t, _, g in evs), evs


def test_union_body_opening_a_sentence_is_an_entity_and_a_source(events):
    rec, evs = events
    assert ("EU-kommisjonen", "ORG") in {(e.name, e.type) for e in rec.entities}
    assert any(t == "REQUEST" and s == "EU-kommisjonen" for t, s, _ in evs), evs


def test_speaker_named_after_a_misattached_role_phrase():
    """ "sa talsperson for X, Name Name, at …": the parser may hang "for X, Name" on the verb."""
    text = "Etter møtet sa talsperson for Forsvarsdepartementet, Ola Nordmann, at øvelsen gikk etter planen."
    rec = analyze_or_skip(text)
    names = {e.id: e.name for e in rec.entities}
    assert [names.get(q.speaker_id, q.speaker) for q in rec.quotes] == ["Ola Nordmann"]
