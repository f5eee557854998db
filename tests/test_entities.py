import pytest
from entity_fixtures import mentions

from nyhetsgraf.extract.entities import EntityIndex, build_index

TWO_KIMS = (
    "Kim Jong-un kom til Moskva mandag. Kim skal møte presidenten. Kims tog er kjent.\n\n"
    "Landet ble grunnlagt av Kim Il Sung i 1948. Kim Il-sung, farfaren til dagens Kim, "
    "styrte i nesten femti år."
)


def _kims():
    return build_index(
        TWO_KIMS,
        mentions(
            TWO_KIMS,
            [
                ("Kim Jong-un", "PER"),
                ("Moskva", "GPE_LOC"),
                ("Kim", "PER"),
                ("Kims", "GPE_LOC"),
                ("Kim Il Sung", "PER"),
                ("Kim Il-sung", "PER"),
                ("Kim", "ORG"),
            ],
        ),
    )


def test_two_kims_stay_two_people_and_variants_join():
    idx = _kims()
    people = [e for e in idx.entities if e.type == "PER"]
    assert sorted(e.name for e in people) == ["Kim Il Sung", "Kim Jong-un"]
    grandfather = idx.resolve_name("Kim Il-sung")
    assert grandfather is idx.resolve_name("Kim Il Sung")
    assert {m.text for m in grandfather.mentions} == {"Kim Il Sung", "Kim Il-sung"}


def test_short_form_goes_to_one_person_never_both():
    idx = _kims()
    grandson = idx.resolve_name("Kim Jong-un")
    first_kim = TWO_KIMS.index("Kim skal")
    assert idx.entity_at(first_kim, first_kim + 3) is grandson  # nearest: the one just named
    todays = TWO_KIMS.index("dagens Kim") + len("dagens ")
    assert idx.entity_at(todays, todays + 3) is grandson  # "farfaren til dagens Kim" is not the grandfather
    short = [m for e in idx.entities for m in e.mentions if m.text in ("Kim", "Kims")]
    assert len(short) == len({(m.start, m.end) for m in short})  # no span counted twice


def test_shared_surname_goes_to_the_nearest_person():
    text = (
        "Kari Hansen leder utvalget. Hansen sier arbeidet er krevende.\n\n"
        "Per Hansen er uenig. Hansen mener utvalget bruker for lang tid."
    )
    idx = build_index(
        text,
        mentions(text, [("Kari Hansen", "PER"), ("Hansen", "PER"), ("Per Hansen", "PER"), ("Hansen", "PER")]),
    )
    kari, per = idx.resolve_name("Kari Hansen"), idx.resolve_name("Per Hansen")
    assert kari is not per
    first = text.index("Hansen sier")
    second = text.index("Hansen mener")
    assert idx.entity_at(first, first + 6) is kari
    assert idx.entity_at(second, second + 6) is per


def test_surname_alone_joins_the_only_person_who_fits():
    text = "Forsker Stein Tønnesson er bekymret. – Det er alvorlig, sier Tønnesson."
    idx = build_index(text, mentions(text, [("Stein Tønnesson", "PER"), ("Tønnesson", "GPE_LOC")]))
    assert [e.name for e in idx.entities] == ["Stein Tønnesson"]
    assert len(idx.entities[0].mentions) == 2


def test_georgia_the_country_is_not_a_person_named_georgia():
    text = (
        "Georgia Hansen reiste til Georgia i fjor. Georgia forteller at landet var vakkert. "
        "Georgia har søkt om medlemskap i EU."
    )
    idx = build_index(
        text,
        mentions(
            text,
            [
                ("Georgia Hansen", "PER"),
                ("Georgia", "GPE_LOC"),
                ("Georgia", "PER"),
                ("Georgia", "GPE_ORG"),
                ("EU", "ORG"),
            ],
        ),
    )
    person = idx.resolve_name("Georgia Hansen")
    country = next(e for e in idx.entities if e.type == "GPE")
    assert person is not country
    assert country.kb_id == "gpe:ge"
    told = text.index("Georgia forteller")
    assert idx.entity_at(told, told + 7) is person
    applied = text.index("Georgia har")
    assert idx.entity_at(applied, applied + 7) is country


def test_given_name_alone_does_not_join_when_it_is_a_country():
    text = "Georgia er et land i Kaukasus. Georgia Hansen har bodd der."
    idx = build_index(text, mentions(text, [("Georgia", "GPE_LOC"), ("Georgia Hansen", "PER")]))
    assert {e.type for e in idx.entities} == {"GPE", "PER"}


def test_genitive_and_hyphen_variants_join():
    text = (
        "Kremls talsmann avviste saken. Kreml vil ikke kommentere. "
        "Nord-Koreas leder reiste fra Nord-Korea. Nordkorea er isolert."
    )
    idx = build_index(
        text,
        mentions(
            text,
            [
                ("Kremls", "ORG"),
                ("Kreml", "ORG"),
                ("Nord-Koreas", "GPE_ORG"),
                ("Nord-Korea", "GPE_LOC"),
                ("Nordkorea", "GPE_LOC"),
            ],
        ),
    )
    assert sorted(e.name for e in idx.entities) == ["Kreml", "Nord-Korea"]
    assert idx.resolve_name("Kremls").name == "Kreml"


def test_genitive_is_not_stripped_from_a_name_that_ends_in_s():
    text = "Jonas Berg kom sent. Jonas sier at toget var forsinket."
    idx = build_index(text, mentions(text, [("Jonas Berg", "PER"), ("Jonas", "PER")]))
    assert [e.name for e in idx.entities] == ["Jonas Berg"]


def test_acronym_and_expansion_are_one_entity():
    text = (
        "Statistisk sentralbyrå (SSB) la fram tallene. SSB venter vekst.\n\n"
        "Klimaforsker Kari Lien ved senter for klimaforskning (Cicero) er enig. Cicero er i Oslo."
    )
    idx = build_index(
        text,
        mentions(
            text,
            [
                ("Statistisk sentralbyrå", "ORG"),
                ("SSB", "ORG"),
                ("SSB", "ORG"),
                ("Kari Lien", "PER"),
                ("Cicero", "ORG"),
                ("Cicero", "ORG"),
                ("Oslo", "GPE_LOC"),
            ],
        ),
    )
    ssb = idx.resolve_name("SSB")
    assert ssb.name == "Statistisk sentralbyrå" and len(ssb.mentions) == 3
    cicero = idx.resolve_name("Cicero")
    assert "senter for klimaforskning" in [m.text for m in cicero.mentions]
    assert cicero.type == "ORG"


def test_person_followed_by_party_is_not_an_acronym():
    text = "Ola Nordmann (Ap) vil ha svar."
    idx = build_index(text, mentions(text, [("Ola Nordmann", "PER"), ("Ap", "ORG")]))
    assert sorted(e.name for e in idx.entities) == ["Ap", "Ola Nordmann"]


def test_derived_words_are_mentions_of_their_country_not_entities():
    text = (
        "Russland sender mat. Den russiske hjelpen kommer fram, og nordkoreanske soldater venter. "
        "Kinesisk teknologi er ikke med."
    )
    idx = build_index(
        text, mentions(text, [("Russland", "GPE_LOC"), ("russiske", "DRV"), ("nordkoreanske", "DRV")])
    )
    assert [e.name for e in idx.entities] == ["Russland"]
    derived = [m for m in idx.entities[0].mentions if m.derived]
    assert [m.text for m in derived] == ["russiske"]


def test_type_by_vote_and_gpe_collapse():
    text = "Vladivostok ligger ved havet. Forumet i Vladivostok samler mange. Vladivostok vokser."
    idx = build_index(
        text, mentions(text, [("Vladivostok", "GPE_LOC"), ("Vladivostok", "ORG"), ("Vladivostok", "GPE_ORG")])
    )
    assert [(e.name, e.type) for e in idx.entities] == [("Vladivostok", "GPE")]


def test_country_tagged_org_is_gpe():
    text = "Kina og Nord-Korea er allierte."
    idx = build_index(text, mentions(text, [("Kina", "ORG"), ("Nord-Korea", "ORG")]))
    assert {e.type for e in idx.entities} == {"GPE"}


def test_caption_labels_and_sentence_initial_words_are_not_names():
    text = "SEREMONI: Statsministeren talte i Oslo. Foto: Kari Nordmann/NTB\n\nForholdet er godt."
    idx = build_index(
        text,
        mentions(
            text,
            [
                ("SEREMONI", "GPE_LOC"),
                ("Statsministeren", "GPE_LOC"),
                ("Oslo", "GPE_LOC"),
                ("Forholdet", "GPE_LOC"),
            ],
        ),
    )
    names = sorted(e.name for e in idx.entities)
    assert "SEREMONI" not in names and "Statsministeren" not in names
    assert "Kari Nordmann" in names and "NTB" in names  # photo credits found without NER
    assert idx.resolve_name("Kari Nordmann").type == "PER"


def test_missed_occurrences_of_a_known_name_are_added():
    text = "Kari Nordmann åpnet møtet. Senere talte Kari Nordmann igjen."
    idx = build_index(text, mentions(text, [("Kari Nordmann", "PER")]))
    assert len(idx.entities[0].mentions) == 2


def test_index_api():
    idx = _kims()
    assert isinstance(idx, EntityIndex)
    assert [e.id for e in idx.entities] == [f"e{i}" for i in range(1, len(idx.entities) + 1)]
    offset = TWO_KIMS.index("Landet")
    before = idx.persons_before(offset)
    assert before[0].name == "Kim Jong-un"
    assert idx.persons_before(0) == []
    assert idx.resolve_name("Kims") is not None
    assert idx.resolve_name("Nobody Known") is None
    assert idx.gender_of(idx.resolve_name("Moskva")) is None
    assert idx.gender_of(idx.resolve_name("Kim Il Sung")) == "m"  # "farfaren" marks him


@pytest.fixture(scope="module")
def model_doc():
    from nyhetsgraf import nlp

    try:
        pipeline = nlp.load("nb")
    except nlp.ModelNotFound:
        pytest.skip("the Norwegian model is not installed")
    text = (
        "Statsminister Kari Nordmann besøkte Bergen tirsdag. – Vi må bygge mer, sier Nordmann. "
        "Hun møtte ordfører Per Hansen i Bergen kommune."
    )
    return pipeline(text)


def test_entities_from_a_parsed_doc(model_doc):
    from nyhetsgraf.extract.entities import analyze_entities

    idx = analyze_entities(model_doc)
    kari = idx.resolve_name("Nordmann")
    assert kari is not None and kari.type == "PER"
    assert kari.gender == "f"
    assert all(e.id.startswith("e") for e in idx.entities)


def test_place_list_joins_and_types_places():
    text = "Ombudet i Møre og Romsdal er bekymret. Hun reiste fra Kongsberg til Tromsø."
    idx = build_index(
        text,
        mentions(text, [("Møre", "GPE_LOC"), ("Romsdal", "ORG"), ("Kongsberg", "PER"), ("Tromsø", "ORG")]),
    )
    types = {e.name: e.type for e in idx.entities}
    assert types["Møre og Romsdal"] == "GPE"
    assert types["Kongsberg"] == "GPE"  # a known place NER called a person
    assert types["Tromsø"] == "ORG"  # an ORG reading alone stays: the football club


def test_known_name_opening_a_compound_is_a_mention():
    text = "Eksporten bryter en FN-resolusjon, sier Kari Berg til TV 2."
    idx = build_index(text, mentions(text, [("Kari Berg", "PER")]))
    names = {e.name: e.type for e in idx.entities}
    assert names.get("FN") == "ORG"
    assert names.get("TV 2") == "ORG"  # the news-media list


def test_dateline_in_brackets_is_not_an_acronym():
    text = "TROMSØ (NTB): Kari Berg i Nordlys sier at byen vokser. Tromsø er størst i nord."
    idx = build_index(
        text,
        mentions(
            text,
            [
                ("TROMSØ", "GPE_LOC"),
                ("NTB", "ORG"),
                ("Kari Berg", "PER"),
                ("Nordlys", "ORG"),
                ("Tromsø", "GPE_LOC"),
            ],
        ),
    )
    assert idx.resolve_name("NTB") is not idx.resolve_name("Tromsø")


def test_a_name_split_by_ner_is_joined():
    text = "Målet ble scoret av Johannes Andres Nunez Godoy i andre omgang."
    idx = build_index(text, mentions(text, [("Johannes Andres", "PER")]))
    assert [e.name for e in idx.entities] == ["Johannes Andres Nunez Godoy"]


def _propn_pos(text: str) -> dict[int, str]:
    """Hand POS for the split tests: capitalised words PROPN (as NDT tags name parts), the rest X."""
    import re

    return {m.start(): ("PROPN" if m.group(0)[:1].isupper() else "X") for m in re.finditer(r"\w+", text)}


def test_organisation_at_a_place_is_split():
    text = "Statsministeren møtte ledelsen i Equinor i Bergen. Røde Kors i Tromsø delte ut mat."
    idx = build_index(
        text,
        mentions(text, [("Equinor i Bergen", "ORG"), ("Røde Kors i Tromsø", "ORG")]),
        pos=_propn_pos(text),
    )
    assert {(e.name, e.type) for e in idx.entities} == {
        ("Equinor", "ORG"),
        ("Bergen", "GPE"),
        ("Røde Kors", "ORG"),
        ("Tromsø", "GPE"),
    }


def test_institution_named_after_its_place_stays_whole():
    text = "Forskeren ved Universitetet i Bergen og en lektor ved Høgskolen i Molde er enige."
    idx = build_index(
        text,
        mentions(text, [("Universitetet i Bergen", "ORG"), ("Høgskolen i Molde", "ORG")]),
        pos=_propn_pos(text),
    )
    assert {(e.name, e.type) for e in idx.entities} == {
        ("Universitetet i Bergen", "ORG"),
        ("Høgskolen i Molde", "ORG"),
    }


def test_organisation_after_its_people_is_no_place():
    text = "Ordføreren møtte ledelsen i Kystbruk. Styret i Kystbruk sa ja. Hun bor i Straumsvik."
    idx = build_index(
        text,
        mentions(text, [("Kystbruk", "ORG"), ("Kystbruk", "ORG"), ("Straumsvik", "ORG")]),
        pos=_propn_pos(text),
    )
    assert {(e.name, e.type) for e in idx.entities} == {("Kystbruk", "ORG"), ("Straumsvik", "GPE")}


def test_name_defined_by_an_acronym_is_found_and_joined():
    text = "Statens strålevern (SSV) har målt verdiene. Ifølge SSV er nivået lavt. Det kom tre (TRE) biler."
    idx = build_index(text, mentions(text, [("SSV", "ORG"), ("SSV", "ORG")]))
    ents = {(e.name, e.type) for e in idx.entities}
    assert ("Statens strålevern", "ORG") in ents and len(idx.entities) == 1, ents
    assert {m.text for m in idx.entities[0].mentions} == {"Statens strålevern", "SSV"}


def test_given_name_with_particle_is_a_person_whatever_ner_said():
    text = "Ministeren Pieter van Dam kom til Oslo. Van Dam møtte Kari Nilsen."
    idx = build_index(
        text, mentions(text, [("Pieter van Dam", "ORG"), ("Oslo", "GPE_LOC"), ("Kari Nilsen", "PER")])
    )
    assert ("Pieter van Dam", "PER") in {(e.name, e.type) for e in idx.entities}


def test_inflected_acronym_is_a_common_noun():
    text = "Kundane fekk SMS-ar frå Telenor. Ho sende to SMS-er til NRK."
    idx = build_index(
        text, mentions(text, [("SMS-ar", "ORG"), ("Telenor", "ORG"), ("SMS-er", "ORG"), ("NRK", "ORG")])
    )
    assert {e.name for e in idx.entities} == {"Telenor", "NRK"}


def test_a_date_after_a_name_is_not_part_of_it():
    text = "Serien starter opp igjen. Kampen i Eliteserien den 16. mars blir spennende."
    idx = build_index(text, mentions(text, [("Eliteserien den 16.", "EVT")]))
    assert [e.name for e in idx.entities] == ["Eliteserien"]
