"""Quantities: Norwegian number formats and units, on sentences written for these tests."""

from __future__ import annotations

import pytest

from nyhetsgraf.extract.quantities import distinct_quantities, find_quantities


def found(text: str) -> list[tuple[str, float | int | None, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # number formats
        ("Veien koster 1,5 milliarder kroner.", [("1,5 milliarder kroner", 1500000000, "NOK")]),
        ("Det kom 1 000 tilskuere.", [("1 000 tilskuere", 1000, "persons")]),
        ("Det kom 2\u00a0500 barn.", [("2\u00a0500 barn", 2500, "persons")]),
        ("Det kom 3\u202f000 voksne.", [("3\u202f000 voksne", 3000, "persons")]),
        ("Selskapet tjente 1.000.000 kroner.", [("1.000.000 kroner", 1000000, "NOK")]),
        ("Hun gikk halvannen mil.", [("halvannen mil", 15, "km")]),
        ("Det bor tjuefem tusen mennesker der.", [("tjuefem tusen mennesker", 25000, "persons")]),
        ("Skolen har to hundre elever.", [("to hundre elever", 200, "persons")]),
        ("Budsjettet er 3 mill. kr.", [("3 mill. kr.", 3000000, "NOK")]),
        ("Kostnaden er 2 mrd. kroner.", [("2 mrd. kroner", 2000000000, "NOK")]),
        ("Han fikk 5 mill kroner.", [("5 mill kroner", 5000000, "NOK")]),
        ("Staten brukte 12 millioner.", [("12 millioner", 12000000, None)]),
        # a counted noun after two adjectives
        ("Fem store norske kommuner ble rammet.", [("Fem store norske kommuner", 5, "municipalities")]),
        # lengths and speeds
        ("Byen ligger 13 mil fra grensa.", [("13 mil", 130, "km")]),
        ("Stedet ligger 127 kilometer unna.", [("127 kilometer", 127, "km")]),
        ("Toget holder 60 kilometer i timen.", [("60 kilometer i timen", 60, "km/h")]),
        ("Han kjørte i 80 km/t.", [("80 km/t", 80, "km/h")]),
        ("Muren er 40 cm tykk og 3 m høy.", [("40 cm", 40, "cm"), ("3 m", 3, "m")]),
        ("Hold en meter avstand.", [("en meter", 1, "m")]),
        # money
        ("Billetten koster 499 kr.", [("499 kr.", 499, "NOK")]),
        ("Den kostet kr 499.", [("kr 499", 499, "NOK")]),
        ("Fondet har NOK 1,2 mrd.", [("NOK 1,2 mrd.", 1200000000, "NOK")]),
        ("Det kostet 500 dollar.", [("500 dollar", 500, "USD")]),
        ("De fikk $5 millioner.", [("$5 millioner", 5000000, "USD")]),
        ("Hun betalte 30 USD.", [("30 USD", 30, "USD")]),
        ("Boten var 200 euro.", [("200 euro", 200, "EUR")]),
        # percentages
        ("Prisene steg 20 prosent.", [("20 prosent", 20, "%")]),
        ("Inflasjonen er 4,8 %.", [("4,8 %", 4.8, "%")]),
        ("Renta økte 0,25 prosentpoeng.", [("0,25 prosentpoeng", 0.25, "pp")]),
        ("Partiet falt fra 25 til 20 prosent.", [("25", 25, "%"), ("20 prosent", 20, "%")]),
        # weight, volume, temperature, energy
        ("Hun kjøpte 2 tonn poteter og 15 kg epler.", [("2 tonn", 2, "t"), ("15 kg", 15, "kg")]),
        ("Han drakk 3 liter vann.", [("3 liter", 3, "l")]),
        ("Det var minus 15 grader.", [("minus 15 grader", -15, "°C")]),
        ("Det var 25 grader i skyggen.", [("25 grader", 25, "°C")]),
        ("Huset bruker 3000 kWh.", [("3000 kWh", 3000, "kWh")]),
        # people and ages
        ("Fem personer ble drept og to skadd.", [("Fem personer", 5, "persons"), ("to", 2, "persons")]),
        ("Partiet har elleve statsråder, mens det andre har åtte.",
         [("elleve statsråder", 11, "persons"), ("åtte", 8, "persons")]),
        ("Totalt 12 personer satt i bilene.", [("12 personer", 12, "persons")]),
        ("Over 130.000 nordmenn mangler fastlege.", [("130.000 nordmenn", 130000, "persons")]),
        ("Det var 5–6 personer der.", [("5", 5, "persons"), ("6 personer", 6, "persons")]),
        ("Politiet pågrep en 37 år gammel mann.", [("37 år gammel", 37, "years_old")]),
        ("Kari Nordmann (45) vant løpet.", [("45", 45, "years_old")]),
        ("En 52-åring ble pågrepet.", [("52-åring", 52, "years_old")]),
        # other counted things
        ("Ti kjøretøy ble sperret inne.", [("Ti kjøretøy", 10, "vehicles")]),
        ("Fem fly måtte snu.", [("Fem fly", 5, "aircraft")]),
        ("Han fikk tre vaksiner.", [("tre vaksiner", 3, "doses")]),
        ("Hele 25 veier er stengt.", [("25 veier", 25, "roads")]),
        # Nynorsk
        ("Det kom 300 personar og 2,5 millionar kroner.",
         [("300 personar", 300, "persons"), ("2,5 millionar kroner", 2500000, "NOK")]),
        ("Ho er 45 år gamal.", [("45 år gamal", 45, "years_old")]),
        # ranges, ages after a verb, adjectives before the counted noun
        ("Vindkast opp mot 30-40 m/s.", [("30", 30, "m/s"), ("40 m/s", 40, "m/s")]),
        ("Det koster mellom 5 og 10 millioner kroner.",
         [("5", 5000000, "NOK"), ("10 millioner kroner", 10000000, "NOK")]),
        ("Hun var 12 år da det skjedde.", [("12 år", 12, "years_old")]),
        ("Selskapet kjøpte 1.005 egne aksjer.", [("1.005 egne aksjer", 1005, "aksjer")]),
        ("Hun fikk to og en halv million kroner.", [("to og en halv million kroner", 2500000, "NOK")]),
    ],
)
def test_quantity_values(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Reisen tar 20 timer.",  # a duration is a time
        "Møtet var 5. september 2023 klokken 13.32.",  # dates and clock times
        "Landet ble opprettet i 1948.",  # a year
        "En mann ble pågrepet, og en kvinne ble skadd.",  # "en" as an article
        "Tolv av dem kom, og fire kamper er spilt.",  # number words without a unit we know
        "Laget vant 3–1 på bortebane.",  # a score
        "Han så på TV 2 om Formel 1-sirkuset.",  # numbers in names
        "Hun kom på 5. plass.",  # an ordinal
        "Norges Bank har satt opp renta 14 ganger.",  # a frequency
        "Les mer på side 4.",  # an identifier
        "Han sto i kø på rv. 52 i går.",  # a road number
        "Det har vært et NM-råkjør.",  # "NM" is not nautical miles
        "Budsjettet for 2026 legges fram.",  # a year, even where find_times hesitates
    ],
)
def test_not_a_quantity(sentence: str) -> None:
    assert found(sentence) == []


def test_offsets_are_exact() -> None:
    text = "Veien koster 1,5 milliarder kroner, og 13 mil av den er ferdig."
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text


def test_elided_count_is_not_taken_from_a_pronoun() -> None:
    assert found("Kari Nordmann (19) gikk først av de to.") == [("19", 19, "years_old")]


def test_distinct_keeps_first_mention() -> None:
    text = "Fem personer døde. Politiet sier at fem personer døde i brannen."
    kept = distinct_quantities(find_quantities(text))
    assert [(q.text, q.value) for q in kept] == [("Fem personer", 5)]
