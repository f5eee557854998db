from entity_fixtures import mentions

from nyhetsgraf.extract.entities import build_index
from nyhetsgraf.extract.roles import apply_roles, relation_type, role_kind


def _run(text, items):
    idx = build_index(text, mentions(text, items), with_gender=False)
    rels = apply_roles(idx, text)
    name = {e.id: e.name for e in idx.entities}
    return idx, {(r.type, name[r.source], name[r.target], r.detail) for r in rels}


def test_owner_title_apposition_gives_spokesperson_of():
    text = "Kremls talsmann, Dmitrij Peskov, sier at møtet blir langt."
    idx, rels = _run(text, [("Kremls", "ORG"), ("Dmitrij Peskov", "PER")])
    assert ("spokesperson_of", "Dmitrij Peskov", "Kreml", "talsmann") in rels
    peskov = idx.resolve_name("Peskov")
    assert "talsmann" in peskov.roles
    assert peskov.affiliations == [idx.resolve_name("Kreml").id]


def test_premodifier_title_without_target_is_only_a_role():
    text = "Saken ble diskutert av president Vladimir Putin i går."
    idx, rels = _run(text, [("Vladimir Putin", "PER")])
    assert rels == set()
    assert idx.resolve_name("Putin").roles == ["president"]


def test_title_and_place_of_work_gives_member_of():
    text = "– Det er uklart, sier klimaforsker Kari Lien ved senter for klimaforskning (Cicero)."
    idx, rels = _run(text, [("Kari Lien", "PER"), ("Cicero", "ORG")])
    assert ("member_of", "Kari Lien", "Cicero", "klimaforsker") in rels
    assert "klimaforsker" in idx.resolve_name("Lien").roles


def test_owner_person_and_adjective_title():
    text = "– Vi følger med, sier statsminister Erna Lunds personlige rådgiver, Per Holm."
    idx, rels = _run(text, [("Erna Lunds", "PER"), ("Per Holm", "PER")])
    assert ("role_of", "Per Holm", "Erna Lund", "personlige rådgiver") in rels
    assert "statsminister" in idx.resolve_name("Erna Lund").roles


def test_country_leader_and_leader_of_a_party_in_a_state():
    text = (
        "Bildet viser Estlands leder Jaan Tamm sammen med lederen for bondepartiet i "
        "Finland, Mikko Virtanen."
    )
    _idx, rels = _run(
        text,
        [
            ("Estlands", "GPE_ORG"),
            ("Jaan Tamm", "PER"),
            ("Finland", "GPE_LOC"),
            ("Mikko Virtanen", "PER"),
        ],
    )
    assert ("leader_of", "Jaan Tamm", "Estland", "leder") in rels
    assert ("leader_of", "Mikko Virtanen", "Finland", "lederen") in rels


def test_kin_apposition():
    text = "Kim Jong-un reiste i går. Landet ble styrt av Kim Il-sung, farfaren til dagens Kim, i mange år."
    _idx, rels = _run(text, [("Kim Jong-un", "PER"), ("Kim Il-sung", "PER"), ("Kim", "PER")])
    assert ("kin_of", "Kim Il-sung", "Kim Jong-un", "farfar") in rels


def test_party_in_brackets_and_party_after_i():
    text = "Ola Nordmann (Ap) er uenig med Kari Hansen i Høyre."
    idx, rels = _run(text, [("Ola Nordmann", "PER"), ("Kari Hansen", "PER"), ("Høyre", "ORG")])
    assert ("member_of", "Ola Nordmann", "Ap", None) in rels  # the party entity is created when NER missed it
    assert ("member_of", "Kari Hansen", "Høyre", None) in rels
    assert idx.resolve_name("Ap").type == "ORG"


def test_apposition_after_the_name():
    text = "Det bekrefter Øyvind Berg, politiinspektør i Vest politidistrikt, til avisen."
    _idx, rels = _run(text, [("Øyvind Berg", "PER"), ("Vest politidistrikt", "ORG")])
    assert ("member_of", "Øyvind Berg", "Vest politidistrikt", "politiinspektør") in rels


def test_premodifier_then_place_with_i():
    text = "Politiinspektør Øyvind Berg i Vest politidistrikt vil ikke si mer."
    _idx, rels = _run(text, [("Øyvind Berg", "PER"), ("Vest politidistrikt", "ORG")])
    assert ("member_of", "Øyvind Berg", "Vest politidistrikt", "politiinspektør") in rels


def test_a_place_after_i_is_not_an_employer():
    text = "Kari Hansen i Bergen har vunnet."
    _idx, rels = _run(text, [("Kari Hansen", "PER"), ("Bergen", "GPE_LOC")])
    assert rels == set()


def test_role_words_and_relation_types():
    assert role_kind("talskvinne") == "spokes"
    assert role_kind("festivalsjef") == "leader"
    assert role_kind("sjeføkonom") == "role"
    assert role_kind("farfaren") == "kin"
    assert role_kind("tirsdag") is None
    assert relation_type("forsvarsminister", None) == "role_of"
    assert relation_type("statsminister", None) == "leader_of"
