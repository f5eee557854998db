"""Time expressions: Norwegian (nb/nn) sentences written for these tests, TIMEX3-style values."""

from __future__ import annotations

import pytest

from nyhetsgraf.extract.times import distinct_times, find_times

FULL = "2023-09-12"  # a Tuesday
MONTH = "2023-09"


def values(text: str, date: str | None = MONTH) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, date)]


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        # full dates
        ("Avtalen ble signert 5. september 2023 i Oslo.", MONTH, [("5. september 2023", "2023-09-05")]),
        ("Fristen gikk ut 05.09.2023.", MONTH, [("05.09.2023", "2023-09-05")]),
        ("Vi sees 5. sept. på Hamar.", MONTH, [("5. sept.", "2023-09-05")]),
        ("Konserten er fredag 17. november.", "2017-08", [("fredag 17. november", "2017-11-17")]),
        ("Løpet går 16. mai.", None, [("16. mai", "XXXX-05-16")]),
        ("Han kom hjem 20. desember.", "2024-01", [("20. desember", "2023-12-20")]),
        # months
        ("De møttes sist i april 2019.", MONTH, [("april 2019", "2019-04")]),
        ("Bøkene kom i april.", MONTH, [("april", "2023-04")]),
        ("Renta steg i desember.", "2024-01", [("desember", "2023-12")]),
        ("I april skal de møtes igjen.", MONTH, [("april", "2024-04")]),
        ("I juli i år var han i Pyongyang.", MONTH, [("juli i år", "2023-07")]),
        # years: only when clearly a year
        ("Landet ble opprettet i 1948.", MONTH, [("1948", "1948")]),
        ("Bildet er fra 1984, da lederne møttes.", MONTH, [("1984", "1984")]),
        ("Bildet er tatt under Arendalsuka 2018.", MONTH, [("2018", "2018")]),
        ("Det kom 2018 personer til møtet.", MONTH, []),
        ("Hun betalte 1999 kroner for billetten.", MONTH, []),
        # decades and centuries
        ("Det skjedde på 1990-tallet.", MONTH, [("1990-tallet", "199X")]),
        ("Unionen falt på begynnelsen av 1990-tallet.", MONTH,
         [("på begynnelsen av 1990-tallet", "199X")]),
        ("Musikken fra 80-tallet lever.", MONTH, [("80-tallet", "198X")]),
        ("Kirken er fra 1800-tallet.", MONTH, [("1800-tallet", "18")]),
        ("Byen vokste i det 20. århundre.", MONTH, [("det 20. århundre", "19")]),
        # weekdays
        ("Kim forlot Pyongyang søndag.", MONTH, [("søndag", "2023-09-WXX-7")]),
        ("Kim forlot Pyongyang søndag.", FULL, [("søndag", "2023-09-10")]),
        ("Ministeren skal besøke byen fredag.", FULL, [("fredag", "2023-09-15")]),
        ("Ho kom heim sundag kveld.", MONTH, [("sundag kveld", "2023-09-WXX-7TEV")]),
        ("Toget gikk tysdag.", MONTH, [("tysdag", "2023-09-WXX-2")]),
        ("Mannen ble pågrepet natt til torsdag.", MONTH, [("natt til torsdag", "2023-09-WXX-4TNI")]),
        ("Møtet startet torsdag klokken 12.", MONTH, [("torsdag klokken 12", "2023-09-WXX-4T12:00")]),
        ("Veiene stenges mandag morgen.", MONTH, [("mandag morgen", "2023-09-WXX-1TMO")]),
        # relative days and periods
        ("I dag er det varmt.", FULL, [("I dag", "2023-09-12")]),
        ("I dag er det varmt.", MONTH, [("I dag", "2023-09-XX")]),
        ("Det regnet i går.", FULL, [("i går", "2023-09-11")]),
        ("Det snør i morgen.", FULL, [("i morgen", "2023-09-13")]),
        ("Det snør i morgon.", FULL, [("i morgon", "2023-09-13")]),
        ("Angrepet skjedde i går kveld.", FULL, [("i går kveld", "2023-09-11TEV")]),
        ("I fjor var det tørke.", MONTH, [("I fjor", "2022")]),
        ("I år blir det regn.", MONTH, [("I år", "2023")]),
        ("Neste uke kommer ministeren.", FULL, [("Neste uke", "2023-W38")]),
        ("Forrige måned var han i Paris.", MONTH, [("Forrige måned", "2023-08")]),
        ("Neste veke kjem ho.", FULL, [("Neste veke", "2023-W38")]),
        ("For to år siden flyttet hun.", MONTH, [("For to år siden", "2021")]),
        ("For to år sidan flytta ho.", MONTH, [("For to år sidan", "2021")]),
        ("Om tre uker er valget.", FULL, [("Om tre uker", "2023-W40")]),
        ("Prisene steg ved utgangen av fjoråret.", "2024-01", [("ved utgangen av fjoråret", "2023-12")]),
        ("Fjoråret var varmt.", "2024-01", [("Fjoråret", "2023")]),
        # nowadays
        ("Nå til dags har alle mobil.", MONTH, [("Nå til dags", "PRESENT_REF")]),
        ("Før i tiden gikk folk, men i dag kjører alle bil.", MONTH, [("i dag", "PRESENT_REF")]),
        # clock times are anchored to the last day mentioned
        ("Toget gikk kl. 13.32.", FULL, [("kl. 13.32", "2023-09-12T13:32")]),
        ("Onsdag kveld kom meldingen. Det var klokken 18.13.", MONTH,
         [("Onsdag kveld", "2023-09-WXX-3TEV"), ("klokken 18.13", "2023-09-WXX-3T18:13")]),
        # durations
        ("Etter halvannet år med krig er lagrene tomme.", MONTH, [("halvannet år", "P1.5Y")]),
        ("Reisen tar om lag 20 timer.", MONTH, [("om lag 20 timer", "PT20H")]),
        ("Han var borte i to uker.", MONTH, [("to uker", "P2W")]),
        ("Det tok tre måneder.", MONTH, [("tre måneder", "P3M")]),
        ("Dei handhelsa i eit halvt minutt.", MONTH, [("eit halvt minutt", "PT30S")]),
        ("Ho var der i fire veker og to månader.", MONTH, [("fire veker", "P4W"), ("to månader", "P2M")]),
        ("Bankene har seks ukers frist.", MONTH, [("seks ukers", "P6W")]),
        ("Det blir varmere de neste 25 årene.", MONTH, [("de neste 25 årene", "P25Y")]),
        ("Tiltakene de siste ukene virker.", MONTH, [("de siste ukene", "PXW")]),
        ("Han har vært sjef den siste måneden.", MONTH, [("den siste måneden", "P1M")]),
        ("Kvarteret etter kom utligningen.", MONTH, [("Kvarteret", "PT15M")]),
        # sets
        ("Vi trener hver mandag.", MONTH, [("hver mandag", "XXXX-WXX-1")]),
        ("Kvar sundag går dei tur.", MONTH, [("Kvar sundag", "XXXX-WXX-7")]),
        ("Han ringer hver dag.", MONTH, [("hver dag", "P1D")]),
        # seasons and holidays
        ("I sommer var det varmt.", MONTH, [("I sommer", "2023-SU")]),
        ("Valget holdes våren 2024.", MONTH, [("våren 2024", "2024-SP")]),
        ("Renta kuttes over sommeren.", "2024-01", [("over sommeren", "2024-SU")]),
        ("Det skjedde høsten 2021.", MONTH, [("høsten 2021", "2021-FA")]),
        ("I haust kjem boka.", MONTH, [("I haust", "2023-FA")]),
        ("Vi feirer jul hjemme.", "2021-12", [("jul", "2021-12")]),
        ("Han håper på en normal påske.", "2021-12", [("påske", "2022-04")]),
        ("Renta ble satt opp rett før jul.", "2024-01", [("rett før jul", "2023-12")]),
        # Nynorsk
        ("Dei møttest førre veke og skal møtast neste månad.", FULL,
         [("førre veke", "2023-W36"), ("neste månad", "2023-10")]),
        ("Det skjedde i fjor haust.", MONTH, [("i fjor haust", "2022-FA")]),
        ("Laurdag var dei der.", FULL, [("Laurdag", "2023-09-09")]),
        ("Tre timar seinare kom dei.", MONTH, [("Tre timar", "PT3H")]),
        ("Han har jobba der sidan 1990-talet.", MONTH, [("1990-talet", "199X")]),
        # more clock forms, year ranges, dates with a relative year
        ("Like før klokken 15 torsdag raste huset.", MONTH, [("klokken 15 torsdag", "2023-09-WXX-4T15:00")]),
        ("Han kom i 15.30-tiden.", FULL, [("i 15.30-tiden", "2023-09-12T15:30")]),
        ("Da det 07.40 ble klart, jublet de.", FULL, [("07.40", "2023-09-12T07:40")]),
        ("Planen gjelder 2014–2023.", MONTH, [("2014", "2014"), ("2023", "2023")]),
        ("Konserten er 2. juli neste år.", MONTH, [("2. juli neste år", "2024-07-02")]),
        ("Det tok 25 spilte minutter.", MONTH, [("25 spilte minutter", "PT25M")]),
        ("De har kranglet i årevis.", MONTH, [("i årevis", "PXY")]),
        ("Om to og en halv uke starter løpet.", MONTH, [("Om to og en halv uke", "P2.5W")]),
        # weekdays: a later clause's tense is not the day's; "fra"/"innan" point ahead
        ("Styret vedtok mandag at skolen skal legges ned.", FULL, [("mandag", "2023-09-11")]),
        ("Forbudet gjelder fra torsdag dersom ingen klager.", FULL, [("torsdag", "2023-09-14")]),
        ("Svaret må kome innan fredag.", FULL, [("fredag", "2023-09-15")]),
        ("Fra mandag har veien vært stengt.", FULL, [("mandag", "2023-09-11")]),
    ],
)
def test_time_values(sentence: str, date: str | None, expected: list[tuple[str, str]]) -> None:
    assert values(sentence, date) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Han er 45 år gammel.",  # an age, a quantity
        "Det kom 2018 personer.",  # a count, not a year
        "Vi tar en dag av gangen.",  # "en dag" without a temporal preposition
        "Han leste om vår tid og vår historie.",  # possessive "vår", not spring
        "August Strindberg skrev mye.",  # a name, not the month
        "Dette er en høytidelig dag.",
        "Farten var 60 kilometer i timen.",  # "timen" without a number is not a duration
        "En mann i 30-årene ble pågrepet.",  # an age bracket, not the 1930s
        "Han fikk 2000 kunder.",  # a count, not a year
        "Dette er vår tid.",  # possessive again
    ],
)
def test_no_time(sentence: str) -> None:
    assert values(sentence) == []


def test_offsets_and_types() -> None:
    text = "Møtet varte i 20 timer, og torsdag kveld kom de hjem. Hver uke trener de."
    found = find_times(text, MONTH)
    for t in found:
        assert text[t.start:t.end] == t.text
    assert [t.type for t in found] == ["DURATION", "TIME", "SET"]


def test_weekday_read_against_a_weekday_nearby_when_the_day_is_unknown() -> None:
    text = "Vi opplevde et angrep i går kveld. Det sa statsministeren torsdag kveld."
    assert values(text)[0] == ("i går kveld", "2023-09-WXX-3TEV")


def test_distinct_keeps_first_mention() -> None:
    text = "Onsdag kveld skjedde det. Onsdag kveld kom politiet. Torsdag kom svaret."
    kept = distinct_times(find_times(text, MONTH))
    assert [t.text for t in kept] == ["Onsdag kveld", "Torsdag"]
    assert kept[0].start == 0


def test_no_article_date() -> None:
    assert values("Hun kom i fjor.", None) == [("i fjor", None)]
    assert values("Han reiser fredag.", None) == [("fredag", "XXXX-WXX-5")]


def test_analyze_fills_times_and_quantities_from_the_article_date() -> None:
    from nyhetsgraf.analyze import analyze_article
    from nyhetsgraf.ingest.article import Article

    text = "Kim forlot Pyongyang søndag. Toget holder 60 kilometer i timen i 20 timer."
    rec = analyze_article(Article(id="t1", text=text, date="2023-09"), stages=["times", "quantities"])
    assert [(t.text, t.value) for t in rec.times] == [("søndag", "2023-09-WXX-7"), ("20 timer", "PT20H")]
    assert [(q.text, q.value, q.unit) for q in rec.quantities] == [("60 kilometer i timen", 60, "km/h")]
    assert not rec.warnings


def test_malformed_or_long_article_dates() -> None:
    assert values("Han kom søndag.", "2023-02-30") == [("søndag", "2023-02-WXX-7")]
    assert values("Han kom søndag.", "2023-09-12T10:00:00Z") == [("søndag", "2023-09-10")]
    assert find_times("", None) == []
