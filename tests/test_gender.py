from collections import Counter

from entity_fixtures import mentions

from nyhetsgraf.extract.entities import build_index
from nyhetsgraf.extract.gender import decide, given_names, name_gender, pronoun_votes, title_gender


def test_name_list_is_shipped_with_its_source():
    from nyhetsgraf.extract import gender

    header = gender.NAMES_FILE.read_text(encoding="utf-8").splitlines()[:4]
    assert any("Source:" in line for line in header)
    assert len(given_names()) > 300


def test_given_names():
    assert name_gender("Ingrid Bergstrøm") == "f"
    assert name_gender("Øyvind Lie") == "m"
    assert name_gender("Anne-Lise Berg") == "f"
    assert name_gender("Xyz-Marta Berg") == "f"  # an unknown first part leaves it to the second
    assert name_gender("Kim Larsen") is None  # used for both
    assert name_gender("Hansen") is None  # a surname alone tells nothing
    assert name_gender("Sonja") == "f"  # a one-word given name does
    assert name_gender("Zxqy Berg") is None


def test_titles_and_kin_words():
    assert title_gender("dronning") == "f"
    assert title_gender("farfaren") == "m"
    assert title_gender("talskvinne") == "f"
    assert title_gender("forsker") is None


def test_pronoun_points_to_the_last_named_person():
    text = "Kim Berg ble valgt. – Jeg er glad, sier hun. Robin Dahl tapte. Han var skuffet."
    spans = {"a": [(0, 8)], "b": [(text.index("Robin"), text.index("Robin") + 10)]}
    votes = pronoun_votes(text, spans)
    assert votes["a"] == Counter({"f": 1})
    assert votes["b"] == Counter({"m": 1})


def test_text_evidence_beats_the_name_list():
    assert decide(Counter({"f": 5}), Counter(), "m") == "f"  # strong, one-sided text evidence
    assert decide(Counter({"f": 2}), Counter(), "m") == "m"  # a few pronouns do not overrule the name
    assert decide(Counter({"m": 1}), Counter({"f": 1}), None) == "f"
    assert decide(Counter({"m": 1, "f": 1}), Counter(), "f") == "f"
    assert decide(Counter(), Counter(), None) is None


def test_genders_on_an_index():
    text = (
        "Kim Berg åpnet konferansen. – Vi er klare, sier hun.\n\n"
        "Andrea Lund er enig. Pressefotograf Sasha Vik var også der.\n\n"
        "Dronning Eli Moe kom sist."
    )
    idx = build_index(
        text,
        mentions(
            text, [("Kim Berg", "PER"), ("Andrea Lund", "PER"), ("Sasha Vik", "PER"), ("Eli Moe", "PER")]
        ),
    )
    g = {e.name: e.gender for e in idx.entities}
    assert g["Kim Berg"] == "f"  # pronoun, although the name is used for both
    assert g["Andrea Lund"] == "f"  # the list (Norwegian reading)
    assert g["Sasha Vik"] is None  # nothing tells
    assert g["Eli Moe"] == "f"  # title
