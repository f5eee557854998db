"""Time and quantity rules found on held-out articles (tests/heldout): compound durations,
quarters, "om N års <noun>", and "en kvinne på 64 år". Sentences are our own."""

from nyhetsgraf.extract.quantities import find_quantities
from nyhetsgraf.extract.times import find_times


def values(text: str, date: str = "2025-02") -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, date)]


def test_compound_durations_are_one_value():
    assert values("Han ble dømt til to år og seks måneders fengsel.") == [("to år og seks måneders", "P2Y6M")]
    assert values("Møtet varte i tre timer og 15 minutter.") == [("tre timer og 15 minutter", "PT3H15M")]
    assert values("Ho budde der i eitt år og tre månader.") == [("eitt år og tre månader", "P1Y3M")]


def test_units_in_the_wrong_order_are_not_joined():
    found = values("Det tok seks måneder og to år å bli enige.")
    assert ("seks måneder og to år", "P6M2Y") not in found
    assert ("seks måneder", "P6M") in found


def test_quarters_take_the_article_year_unless_told():
    assert values("Salget steg i andre kvartal.") == [("andre kvartal", "2025-Q2")]
    assert values("Resultatet for tredje kvartal 2023 var svakt.") == [("tredje kvartal 2023", "2023-Q3")]
    assert values("Overskuddet i fjerde kvartal i fjor var rekordhøyt.") == [
        ("fjerde kvartal i fjor", "2024-Q4")
    ]


def test_genitive_years_after_om_measure_a_noun():
    assert values("Aktor ba om tre års fengsel.") == [("tre års", "P3Y")]
    assert values("Hun flytter hjem om tre år.") == [("om tre år", "2028")]


def test_person_on_n_years_is_an_age_not_a_duration():
    text = "En mann på 45 år ble skadet, og en jente på 9 år ble sendt til legevakten."
    assert values(text) == []
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(45, "years_old"), (9, "years_old")]
    assert values("Prosjektet på 45 år er over.") == [("45 år", "P45Y")]
