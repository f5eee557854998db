"""Entity typing and grouping rules found on held-out articles (tests/heldout): head nouns,
public bodies, employers. Texts are written for these tests."""

from entity_fixtures import mentions

from nyhetsgraf.extract.entities import build_index


def _types(idx) -> dict[str, str]:
    return {e.name: e.type for e in idx.entities}


def test_nynorsk_school_and_bank_heads_make_organisations():
    text = "Kommunen vil leggje ned Bø skule. Sjeføkonomen i Sparebanken Sør meiner det er klokt."
    idx = build_index(text, mentions(text, [("Bø skule", "LOC"), ("Sparebanken Sør", "GPE_LOC")]))
    assert _types(idx) == {"Bø skule": "ORG", "Sparebanken Sør": "ORG"}


def test_sentence_initial_ministry_is_kept():
    text = "Forsvaret har sendt fly. Utenriksdepartementet sier til NTB at saka blir vurdert."
    idx = build_index(text, mentions(text, [("Utenriksdepartementet", "ORG"), ("NTB", "ORG")]))
    assert _types(idx).get("Utenriksdepartementet") == "ORG"


def test_bare_regional_body_joins_its_full_name():
    text = (
        "Foreldra har klaga til Statsforvaltaren i Rogaland. "
        "Statsforvaltaren stadfestar at klaga er motteken."
    )
    idx = build_index(
        text, mentions(text, [("Statsforvaltaren i Rogaland", "ORG"), ("Statsforvaltaren", "PER")])
    )
    assert [(e.name, e.type, len(e.mentions)) for e in idx.entities] == [
        ("Statsforvaltaren i Rogaland", "ORG", 2)
    ]


def test_eu_commission_is_its_own_organisation():
    text = "EU vedtok nye tiltak. Forslaget kom fra EU-kommisjonen i forrige uke."
    idx = build_index(text, mentions(text, [("EU", "ORG"), ("EU-kommisjonen", "DRV")]))
    assert _types(idx) == {"EU": "ORG", "EU-kommisjonen": "ORG"}
    assert [m.text for m in idx.resolve_name("EU").mentions] == ["EU"]


def test_split_compound_public_body_is_one_organisation():
    text = "Saka er meldt til Helse- og omsorgsdepartementet og Pasient- og brukerombudet i Agder."
    idx = build_index(text, mentions(text, [("Agder", "GPE_LOC")]))
    assert _types(idx) == {
        "Helse- og omsorgsdepartementet": "ORG",
        "Pasient- og brukerombudet i Agder": "ORG",
    }


def test_unknown_employer_of_a_titled_person_is_an_organisation():
    text = "– Prisene faller, sier analytiker Kari Hansen i Norvik. Hun bor i Tromsø."
    idx = build_index(
        text, mentions(text, [("Kari Hansen", "PER"), ("Norvik", "LOC"), ("Tromsø", "GPE_LOC")])
    )
    assert _types(idx) == {"Kari Hansen": "PER", "Norvik": "ORG", "Tromsø": "GPE"}


def test_place_after_a_person_stays_a_place():
    text = "Turen gikk fra hytta. Kari Hansen i Nordmarka fant veien hjem."
    idx = build_index(text, mentions(text, [("Kari Hansen", "PER"), ("Nordmarka", "LOC")]))
    assert _types(idx)["Nordmarka"] == "LOC"  # no role word before the person: a home, not an employer


def test_capitalised_body_with_its_branch_is_found_without_ner():
    text = (
        "Over 2000 har skrive under. "
        "Pensjonistforbundet i Agder har samla underskriftene, seier Arbeidstilsynet."
    )
    idx = build_index(text, mentions(text, [("Agder", "GPE_LOC")]))
    assert _types(idx) == {"Pensjonistforbundet i Agder": "ORG", "Arbeidstilsynet": "ORG"}


def test_sentence_initial_bare_forbundet_is_no_name():
    text = "Forbundet vil ikke kommentere saken."
    assert build_index(text, []).entities == []


def test_place_and_its_municipality_are_one_entity():
    text = "Flere veier i Voss er stengt. Voss kommune har satt krisestab."
    idx = build_index(text, mentions(text, [("Voss", "GPE_LOC"), ("Voss kommune", "GPE_ORG")]))
    assert [(e.name, e.type, len(e.mentions)) for e in idx.entities] == [("Voss kommune", "GPE", 2)]


def test_local_newspaper_by_its_head_word():
    text = "Det sier han til Romsdals Budstikke."
    idx = build_index(text, mentions(text, [("Romsdals Budstikke", "PROD")]))
    assert _types(idx) == {"Romsdals Budstikke": "ORG"}
