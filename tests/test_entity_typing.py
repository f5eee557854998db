"""Entity types and spans where NER is unsure: companies, places, particles, genitives, products.

The fixtures imitate NER output (``entity_fixtures.mentions``) so each rule is tested on its
own; a few tests at the end run the real model on short texts written for these tests.
"""

import re

import pytest
from entity_fixtures import mentions

from nyhetsgraf.extract.entities import build_index


def _types(idx) -> dict[str, str]:
    return {e.name: e.type for e in idx.entities}


def test_two_word_company_with_business_noun_is_org_and_keeps_its_place_apart():
    text = (
        "Hardanger Bygg sier opp tolv tilsette. Dagleg leiar Eva Lunde i Hardanger Bygg seier at "
        "marknaden har svikta. Mange i Hardanger er uroa."
    )
    idx = build_index(
        text,
        mentions(
            text,
            [
                ("Hardanger Bygg", "PER"),
                ("Eva Lunde", "PER"),
                ("Hardanger Bygg", "PER"),
                ("Hardanger", "LOC"),
            ],
        ),
    )
    types = _types(idx)
    assert types["Hardanger Bygg"] == "ORG"
    assert types["Eva Lunde"] == "PER"
    place = idx.resolve_name("Hardanger")
    assert place is not None and place.name == "Hardanger"  # not absorbed by the company


def test_company_form_at_the_end_makes_an_organisation():
    text = "Kari Moe startet Fjordlys AS i fjor. Fjordlys AS har nå ti ansatte."
    idx = build_index(
        text, mentions(text, [("Kari Moe", "PER"), ("Fjordlys AS", "PER"), ("Fjordlys AS", "PER")])
    )
    assert _types(idx)["Fjordlys AS"] == "ORG"


def test_one_word_name_after_a_classifier_noun_takes_its_type():
    text = (
        "Søndag spiller bandet Steinrøys på scenen. Senere kommer Steinrøys tilbake. "
        "Det skriv lokalavisa Fjordposten, og festivalen Bølgebrus varer i tre dager."
    )
    idx = build_index(
        text,
        mentions(
            text,
            [("Steinrøys", "PER"), ("Steinrøys", "PER"), ("Fjordposten", "PER"), ("Bølgebrus", "GPE_LOC")],
        ),
        pos={text.index("varer"): "VERB", text.index("på"): "ADP", text.index("tilbake"): "ADV"},
    )
    types = _types(idx)
    assert types["Steinrøys"] == "ORG"
    assert types["Fjordposten"] == "ORG"
    assert types["Bølgebrus"] == "EVT"


def test_company_clause_after_one_word_name_makes_an_organisation():
    text = "Ifølge Fjordferje, som driv ruta, er det for få reisande om kvelden."
    idx = build_index(text, mentions(text, [("Fjordferje", "PER")]))
    assert _types(idx)["Fjordferje"] == "ORG"


def test_small_place_after_preposition_and_route_of_two_places():
    text = "Ferja mellom Aksdalsvik–Storholmen går sjeldnare. Folk på Aksdalsvik er lei seg."
    idx = build_index(text, mentions(text, [("Aksdalsvik–Storholmen", "ORG"), ("Aksdalsvik", "ORG")]))
    types = _types(idx)
    assert types == {"Aksdalsvik": "GPE", "Storholmen": "GPE"}


def test_name_particles_belong_to_the_name():
    text = "Det sa Johan van Berkel til pressen. Senere snakket Ursula von der Leyen med Charles de Gaulle."
    idx = build_index(
        text,
        mentions(
            text,
            [("Johan", "PER"), ("Berkel", "ORG"), ("Ursula", "PER"), ("Leyen", "PER"), ("Gaulle", "PER")],
        ),
    )
    names = {e.name for e in idx.entities if e.type == "PER"}
    assert names == {"Johan van Berkel", "Ursula von der Leyen", "Charles de Gaulle"}


def test_name_that_ends_in_s_is_not_a_genitive():
    text = "Hun flyttet til Paris i fjor. Paris sentrum var fullt. Aksjen falt på Oslo Børs fredag."
    idx = build_index(
        text,
        mentions(text, [("Paris", "GPE_LOC"), ("Paris", "GPE_LOC"), ("Oslo Børs", "ORG")]),
        pos={text.index("sentrum"): "NOUN", text.index("fredag"): "NOUN"},
    )
    names = {e.name for e in idx.entities}
    assert "Paris" in names and "Pari" not in names
    assert "Oslo Børs" in names
    assert _types(idx)["Oslo Børs"] == "ORG"


def test_genitive_before_a_public_service_head_is_one_organisation():
    text = "Mannskap fra Vestkystregionens brannvesen slukket brannen."
    idx = build_index(text, mentions(text, [("Vestkystregionens", "GPE_LOC")]))
    assert _types(idx) == {"Vestkystregionens brannvesen": "ORG"}


def test_festival_compound_is_a_mention_of_the_festival():
    text = "Tusenvis kom til Havsus-festivalen i Bodø. Havsus varer til søndag."
    idx = build_index(text, mentions(text, [("Bodø", "GPE_LOC"), ("Havsus", "GPE_LOC")]))
    fest = idx.resolve_name("Havsus")
    assert fest is not None and fest.type == "EVT" and len(fest.mentions) == 2


def test_quays_squares_and_choirs_by_their_head():
    text = "Konserten på Fiskekaia samlet mange. Etterpå sang Molde Operakor utenfor Tinghusbakken."
    idx = build_index(
        text, mentions(text, [("Fiskekaia", "GPE_LOC"), ("Molde", "GPE_LOC"), ("Tinghusbakken", "EVT")])
    )
    types = _types(idx)
    assert types["Fiskekaia"] == "LOC"
    assert types["Tinghusbakken"] == "LOC"
    assert types.get("Molde Operakor") == "ORG"


def test_bodies_opening_a_sentence_are_names_unless_generic():
    text = (
        "Lærarforbundet er kritisk. Fagforeningen har også sagt nei. Ungdomsorganisasjonen støttar forslaget."
    )
    idx = build_index(text, [])
    names = {e.name for e in idx.entities}
    assert "Lærarforbundet" in names and "Ungdomsorganisasjonen" in names
    assert "Fagforeningen" not in names


def test_type_designation_is_a_product():
    text = "To JF-17-fly og en MiG-29 ble observert."
    idx = build_index(text, [])
    assert _types(idx) == {"JF-17": "PROD", "MiG-29": "PROD"}


def test_name_never_runs_over_a_finite_verb():
    text = "Over hundre ansatte i Mo i Rana mister jobben etter nyttår."
    span = "Mo i Rana mister jobben"
    idx = build_index(
        text,
        mentions(text, [(span, "PROD")]),
        pos={text.index("mister"): "VERB", text.index("jobben"): "NOUN"},
    )
    assert {m.text for e in idx.entities for m in e.mentions} == {"Mo i Rana"}


def test_messaging_service_is_product_and_social_network_company_org():
    text = "Ambassaden skrev på Telegram at saken var løyst. Oppropet på Facebook fekk mange underskrifter."
    idx = build_index(text, mentions(text, [("Telegram", "GPE_LOC"), ("Facebook", "PROD")]))
    assert _types(idx) == {"Telegram": "PROD", "Facebook": "ORG"}


# -- with the model ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp():
    from nyhetsgraf import nlp as nlp_mod

    try:
        return nlp_mod.load()
    except nlp_mod.ModelNotFound:
        pytest.skip("no model")


def test_model_company_person_and_place_are_told_apart(nlp):
    from nyhetsgraf.extract.entities import analyze_entities

    text = (
        "Sunnfjord Sjømat varslar oppseiingar. Dagleg leiar Per Eide i Sunnfjord Sjømat seier at "
        "prisane har falle. Ordføraren i Sunnfjord er uroa."
    )
    idx = analyze_entities(nlp(text))
    company = idx.resolve_name("Sunnfjord Sjømat")
    assert company is not None and company.type == "ORG"
    assert all(re.search("Sjømat", m.text) for m in company.mentions)
    person = idx.resolve_name("Per Eide")
    assert person is not None and person.type == "PER"


def test_place_with_a_mayor_is_a_municipality():
    text = "Ordføraren i Kvitnes, Ola Berg, er uroa. Mange i Kvitnes pendlar."
    idx = build_index(text, mentions(text, [("Kvitnes", "LOC"), ("Ola Berg", "PER"), ("Kvitnes", "LOC")]))
    assert _types(idx)["Kvitnes"] == "GPE"


def test_lone_surname_needs_title_or_pronoun_to_be_a_person():
    text = (
        "I år leverer Strandvik utstyret til anlegget. Også president Milei var til stede. "
        "Senere talte Okafor til forsamlingen. Hun lovet nye tiltak."
    )
    idx = build_index(text, mentions(text, [("Strandvik", "PER"), ("Milei", "PER"), ("Okafor", "PER")]))
    types = _types(idx)
    assert types["Strandvik"] == "ORG"
    assert types["Okafor"] == "PER"
    assert types["Milei"] == "PER"


def test_council_media_district_dateline_building_and_paper():
    text = (
        "MOSS (NTB): Bystyret i Moss vedtok planen. Saka vart ført i Moss tinghus, "
        "melder NRK Østfold og Moss Avisblad."
    )
    idx = build_index(
        text,
        mentions(
            text,
            [
                ("MOSS", "ORG"),
                ("Bystyret i Moss", "ORG"),
                ("Moss tinghus", "PROD"),
                ("NRK", "ORG"),
                ("Østfold", "GPE_LOC"),
                ("Moss Avisblad", "PROD"),
            ],
        ),
    )
    types = _types(idx)
    assert types["Moss tinghus"] == "LOC"
    assert types["NRK Østfold"] == "ORG"
    assert types["Moss Avisblad"] == "ORG"
    assert idx.resolve_name("Moss").type == "GPE"
    assert "Bystyret i Moss" not in types


def test_proper_noun_ner_missed_opens_a_body_name():
    text = "Tallene fra Nordisk fiskeriinstitutt viser nedgang."
    s = text.index("Nordisk")
    idx = build_index(
        text,
        [],
        pos={text.index("fiskeriinstitutt"): "NOUN", text.index("viser"): "VERB"},
        propn=[(s, s + len("Nordisk"), False)],
    )
    assert _types(idx) == {"Nordisk fiskeriinstitutt": "ORG"}


def test_surname_ending_in_s_keeps_its_s_when_used_alone():
    text = "Rådgiver Mona Bjørnås la fram planen. – Det haster, sier Bjørnås."
    idx = build_index(text, mentions(text, [("Mona Bjørnås", "PER"), ("Bjørnås", "PER")]))
    assert [(e.name, e.type, len(e.mentions)) for e in idx.entities] == [("Mona Bjørnås", "PER", 2)]


def test_ner_span_cut_after_a_particle_is_completed():
    text = "Møtet ble ledet av Ursula von der Leyen i Brussel."
    idx = build_index(text, mentions(text, [("Ursula von", "ORG"), ("Leyen", "PER"), ("Brussel", "GPE_LOC")]))
    assert _types(idx) == {"Ursula von der Leyen": "PER", "Brussel": "GPE"}


def test_classifier_noun_opening_a_sentence_types_a_two_word_name():
    text = "Anbodet gjekk til Fjord1. Selskapet Boreal Sjø tapte."
    s = text.index("Selskapet")
    idx = build_index(text, mentions(text, [("Fjord1", "ORG"), ("Boreal Sjø", "PER")]), pos={s: "NOUN"})
    assert _types(idx) == {"Fjord1": "ORG", "Boreal Sjø": "ORG"}
