"""Name spans and types that NER cuts or mistypes: "og" inside names, numbers inside names,
descriptor nouns before names, body suffixes, small places, seas, and foreign given names.

The texts are written for these tests; the NER output is imitated with ``entity_fixtures.mentions``
so each rule is tested on its own.
"""

from entity_fixtures import mentions

from nyhetsgraf.extract.entities import build_index
from nyhetsgraf.extract.gender import name_gender


def _types(idx) -> dict[str, str]:
    return {e.name: e.type for e in idx.entities}


# -- "og" inside a body's name -------------------------------------------------------------------


def test_two_places_joined_by_og_before_a_court_are_one_court():
    text = "Saken ble avgjort i Nordmøre og Romsdal tingrett fredag. Mannen anker dommen."
    idx = build_index(text, mentions(text, [("Nordmøre", "GPE_LOC"), ("Romsdal tingrett", "ORG")]))
    assert _types(idx) == {"Nordmøre og Romsdal tingrett": "ORG"}


def test_police_district_with_og_is_one_organisation():
    text = "Agder og Telemark politidistrikt etterforsker brannen i Arendal."
    idx = build_index(
        text, mentions(text, [("Agder", "GPE_LOC"), ("Telemark", "GPE_LOC"), ("Arendal", "GPE_LOC")])
    )
    types = _types(idx)
    assert types.get("Agder og Telemark politidistrikt") == "ORG"
    assert "Agder" not in types and "Telemark" not in types


def test_two_places_joined_by_og_without_a_head_noun_stay_apart():
    text = "Bussen går mellom Hamar og Gjøvik hver time."
    idx = build_index(text, mentions(text, [("Hamar", "GPE_LOC"), ("Gjøvik", "GPE_LOC")]))
    assert _types(idx) == {"Hamar": "GPE", "Gjøvik": "GPE"}


# -- numbers inside names --------------------------------------------------------------------------


def test_number_between_two_name_parts_belongs_to_the_bank():
    text = "Familien har lånet sitt i SpareBank 1 Østlandet, og renta stiger igjen."
    idx = build_index(text, mentions(text, [("Østlandet", "GPE_LOC")]))
    assert _types(idx) == {"SpareBank 1 Østlandet": "ORG"}


def test_number_after_a_name_before_a_compound_hyphen_is_part_of_it():
    text = "Han har fulgt Formel 1-sirkuset i tjue år."
    idx = build_index(text, mentions(text, [("Formel", "PROD")]))
    assert _types(idx) == {"Formel 1": "EVT"}  # the alias file knows the series


def test_count_after_a_place_is_not_part_of_its_name():
    text = "Det var kaldt i Tromsø 3 grader under null i natt."
    idx = build_index(text, mentions(text, [("Tromsø", "GPE_LOC")]))
    assert _types(idx) == {"Tromsø": "GPE"}


# -- descriptors before a name ---------------------------------------------------------------------


def test_sentence_initial_descriptor_noun_is_not_part_of_the_name():
    text = "Miljøorganisasjonen Grønn Framtid krever et forbud. Leder Eva Lie sier planen er for svak."
    idx = build_index(
        text, mentions(text, [("Miljøorganisasjonen Grønn Framtid", "ORG"), ("Eva Lie", "PER")])
    )
    assert _types(idx) == {"Grønn Framtid": "ORG", "Eva Lie": "PER"}


def test_descriptor_gives_an_organisation_type_to_a_misread_person():
    text = "Interesseorganisasjonen Trygg Sjø vil ha flere redningsvester på kaia."
    idx = build_index(text, mentions(text, [("Trygg Sjø", "PER")]))
    assert _types(idx)["Trygg Sjø"] == "ORG"


def test_mayor_of_a_place_is_a_title_and_the_place_a_municipality():
    text = "Ordfører i Lesja Kari Dahl er skuffet over vedtaket."
    idx = build_index(text, mentions(text, [("Ordfører i Lesja", "ORG"), ("Kari Dahl", "PER")]))
    assert _types(idx) == {"Lesja": "GPE", "Kari Dahl": "PER"}


def test_genitive_before_a_fund_head_noun_keeps_the_whole_name():
    text = "Miljøorganisasjonen WWF Verdens naturfond ber om vern. Ifølge WWF haster det."
    idx = build_index(text, mentions(text, [("Miljøorganisasjonen WWF Verdens", "ORG"), ("WWF", "ORG")]))
    assert _types(idx) == {"WWF Verdens naturfond": "ORG"}  # the acronym alone is the same body


def test_acronym_with_a_one_word_branch_stays_apart():
    text = "NHO Innlandet er uenig med NHO i saken."
    idx = build_index(text, mentions(text, [("NHO Innlandet", "ORG"), ("NHO", "ORG")]))
    assert len(idx.entities) == 2


# -- body suffixes, places, seas ------------------------------------------------------------------


def test_institute_and_aid_organisation_suffixes_are_organisations():
    text = (
        "Kreftforskningsinstituttet la fram tallene. Flyktninghjelpen og Kirkens Nødhjelp arbeider i leirene."
    )
    idx = build_index(
        text,
        mentions(
            text,
            [
                ("Kreftforskningsinstituttet", "PER"),
                ("Flyktninghjelpen", "GPE_LOC"),
                ("Kirkens Nødhjelp", "PER"),
            ],
        ),
    )
    assert set(_types(idx).values()) == {"ORG"}


def test_one_word_name_only_after_place_prepositions_is_a_place():
    text = "En mann fra Drevja ble skadet. Brannen i Drevja startet i et uthus."
    idx = build_index(text, mentions(text, [("Drevja", "ORG"), ("Drevja", "ORG")]))
    assert _types(idx) == {"Drevja": "GPE"}


def test_one_word_name_coordinated_with_a_place_is_a_place():
    text = "Vegen mellom Lillehammer og Tretten stenges i helga."
    idx = build_index(text, mentions(text, [("Lillehammer", "GPE_LOC"), ("Tretten", "ORG")]))
    assert _types(idx)["Tretten"] == "GPE"


def test_employer_after_a_person_stays_an_organisation():
    text = "Det sier analytiker Jon Moe i Kvalfangst. Kvalfangst har tre kontor."
    idx = build_index(
        text, mentions(text, [("Jon Moe", "PER"), ("Kvalfangst", "ORG"), ("Kvalfangst", "ORG")])
    )
    assert _types(idx)["Kvalfangst"] == "ORG"


def test_company_after_i_that_also_acts_stays_an_organisation():
    text = "Hun jobber i Fjordkraft. Fjordkraft varsler høyere priser."
    idx = build_index(text, mentions(text, [("Fjordkraft", "ORG"), ("Fjordkraft", "ORG")]))
    assert _types(idx)["Fjordkraft"] == "ORG"


def test_seas_coasts_and_plateaus_are_locations():
    text = "Vannet i Kattegat og langs Vestlandskysten er varmt. Reinen på Finnmarksvidda merker det."
    idx = build_index(
        text,
        mentions(text, [("Kattegat", "GPE_LOC"), ("Vestlandskysten", "ORG"), ("Finnmarksvidda", "GPE_LOC")]),
    )
    assert set(_types(idx).values()) == {"LOC"}


# -- gender ------------------------------------------------------------------------------------------


def test_common_international_given_names_mark_gender():
    assert name_gender("Mamadou Diallo") == "m"
    assert name_gender("Aminata Touré") == "f"
    assert name_gender("Ukjentnavn Diallo") is None


# -- with the model ----------------------------------------------------------------------------------


def test_model_keeps_og_court_bank_number_and_drops_descriptor():
    import pytest

    from nyhetsgraf import nlp as nlp_mod
    from nyhetsgraf.extract.entities import analyze_entities

    try:
        nlp = nlp_mod.load()
    except nlp_mod.ModelNotFound:
        pytest.skip("no model")
    text = (
        "Saken ble behandlet i Nordmøre og Romsdal tingrett i går. Kunden hadde lån i SpareBank 1 "
        "Østlandet. Miljøorganisasjonen Zero Emission kaller planen svak."
    )
    types = _types(analyze_entities(nlp(text)))
    assert types.get("Nordmøre og Romsdal tingrett") == "ORG"
    assert types.get("SpareBank 1 Østlandet") == "ORG"
    assert not any(name.startswith("Miljøorganisasjonen") for name in types)
