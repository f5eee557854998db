"""Event recall on general Norwegian news constructions: joining sanctions, votes against,
denials, aid received, shelters, phone calls, agreements, criticism, protests, arrests,
requests through letters and talks, scrambled aircraft.

Our own sentences. The hand-built parses (``handparse``) check the rules whatever the parser
does; the last tests run the shipped model end to end on a short article of our own.
"""

from __future__ import annotations

import pytest
from handparse import index_of, parse

from nyhetsgraf.extract.events import find_events
from nyhetsgraf.record import Quote, Record


def triples(table: str) -> list[tuple]:
    doc = parse(table)
    idx = index_of(doc)
    evs = find_events(doc, Record(id="t", text=doc.text), idx, times=[])
    names = {e.id: e.name for e in idx.entities}
    return [(e.type, names.get(e.source, e.source), names.get(e.target, e.target)) for e in evs]


CASES = {
    "sanction_by_joining_sanctions": (
        """
Sveits sveits PROPN SUBJ 2 GPE_LOC
slutter slutte VERB ROOT 0
seg seg PRON DOBJ 2
til til ADP ADV 2
sanksjonene sanksjon NOUN PUTFYLL 4
mot mot ADP ATR 5
Iran Iran PROPN PUTFYLL 6 GPE_LOC
. . PUNCT IP 2
""",
        ('SANCTION', 'Sveits', 'Iran'),
    ),
    "vote_against_is_targetless_reject": (
        """
Venstre Venstre PROPN SUBJ 2 ORG
stemmer stemme VERB ROOT 0
imot imot ADP ADV 2
forslaget forslag NOUN PUTFYLL 3
. . PUNCT IP 2
""",
        ('REJECT', 'Venstre', None),
    ),
    "denial_of_accusations": (
        """
Nordlaks Nordlaks PROPN SUBJ 2 ORG
avviser avvise VERB ROOT 0
beskyldningene beskyldning NOUN DOBJ 2
. . PUNCT IP 2
""",
        ('REJECT', 'Nordlaks', None),
    ),
    "blocking_a_deal": (
        """
Polen pol NOUN SUBJ 2 GPE_LOC
blokkerte blokkere VERB ROOT 0
avtalen avtale NOUN DOBJ 2
. . PUNCT IP 2
""",
        ('REJECT', 'Polen', None),
    ),
    "saying_no_to": (
        """
Senterpartiet Senterpartiet PROPN SUBJ 2 ORG
sa seie VERB ROOT 0
nei nei NOUN DOBJ 2
til til ADP ADV 2
budsjettet budsjett NOUN PUTFYLL 4
. . PUNCT IP 2
""",
        ('REJECT', 'Senterpartiet', None),
    ),
    "economic_aid_received_from": (
        """
Molde Molde PROPN SUBJ 3 ORG
Jazz Jazz PROPN FLAT 1 ORG
har ha AUX ROOT 0
fått få AUX INFV 3
300 300 NUM FLAT 6
000 000 NUM DET 7
kroner krone NOUN DOBJ 4
i i ADP ADV 4
støtte støtte NOUN PUTFYLL 8
fra fra ADP ATR 9
Bergen Bergen PROPN PUTFYLL 10 GPE_ORG
kommune kommune NOUN FLAT 11 GPE_ORG
. . PUNCT IP 3
""",
        ('AID', 'Bergen kommune', 'Molde Jazz'),
    ),
    "shelter_set_up_for_residents": (
        """
Bergen Bergen PROPN SUBJ 3 GPE_ORG
kommune kommune NOUN FLAT 1 GPE_ORG
har ha AUX ROOT 0
opprettet opprette VERB INFV 3
et en DET DET 6
krisesenter krisesenter NOUN DOBJ 4
for for ADP ATR 6
beboerne beboer NOUN PUTFYLL 7
. . PUNCT IP 3
""",
        ('AID', 'Bergen kommune', 'beboerne'),
    ),
    "phone_call": (
        """
Jonas Jonas PROPN SUBJ 4 PER
Gahr Gahr PROPN FLAT 1 PER
Støre Støre PROPN FLAT 1 PER
snakket snakke VERB ROOT 0
med med ADP ADV 4
Emmanuel Emmanuel PROPN PUTFYLL 5 PER
Macron Macron PROPN FLAT 6 PER
på på ADP ADV 4
telefon telefon NOUN PUTFYLL 8
. . PUNCT IP 4
""",
        ('CONSULT', 'Jonas Gahr Støre', 'Emmanuel Macron'),
    ),
    "agreeing_on_a_plan_is_cooperation": (
        """
Sverige Sverige PROPN SUBJ 4 GPE_LOC
og og CCONJ KONJ 3
Danmark Danmark PROPN KOORD 1 GPE_LOC
ble bli AUX ROOT 0
enige enig ADJ SPRED 4
om om ADP ADV 5
å å PART PUTFYLL 6
styrke styrke VERB INFV 7
samarbeidet samarbeid NOUN DOBJ 8
. . PUNCT IP 4
""",
        ('COOPERATE', 'Sverige', 'Danmark'),
    ),
    "agreeing_on_a_text_is_agree": (
        """
Venstre Venstre PROPN SUBJ 4 ORG
og og CCONJ KONJ 3
Høyre Høyre PROPN KOORD 1 ORG
ble bli AUX ROOT 0
enige enig ADJ SPRED 4
om om ADP ADV 5
budsjettet budsjett NOUN PUTFYLL 6
. . PUNCT IP 4
""",
        ('AGREE', 'Venstre', 'Høyre'),
    ),
    "criticism_of_a_company_board_targets_the_company": (
        """
Fagforbundet fagforbund NOUN SUBJ 2 ORG
kritiserer kritisere VERB ROOT 0
ledelsen ledelse NOUN DOBJ 2
i i ADP ATR 3
Equinor Equinor PROPN PUTFYLL 4 ORG
. . PUNCT IP 2
""",
        ('ACCUSE', 'Fagforbundet', 'Equinor'),
    ),
    "summoned_ambassador_targets_the_state": (
        """
Utenriksdepartementet Utenriksdepartementet PROPN SUBJ 2 ORG
kalte kalle VERB ROOT 0
inn inn ADP ADV 2
Kinas Kina PROPN DET 5 GPE_ORG
ambassadør ambassadør NOUN DOBJ 2
. . PUNCT IP 2
""",
        ('ACCUSE', 'Utenriksdepartementet', 'Kinas'),
    ),
    "signatures_against_a_cut_are_protest": (
        """
Elevene Elev NOUN SUBJ 2
samlet samle VERB ROOT 0
inn inn ADP ADV 2
underskrifter underskrifte NOUN DOBJ 2
mot mot ADP ATR 4
kuttet kutt NOUN PUTFYLL 5
. . PUNCT IP 2
""",
        ('PROTEST', 'elevene', None),
    ),
    "nominal_arrests_are_the_polices": (
        """
Politiet politi NOUN SUBJ 2
foretok foreta VERB ROOT 0
tre tre NUM DET 4
pågripelser pågripelse NOUN DOBJ 2
i i ADP ADV 2
helgen helg NOUN PUTFYLL 5
. . PUNCT IP 2
""",
        ('COERCE', 'politiet', None),
    ),
    "demand_in_talks_targets_the_counterpart": (
        """
Venstre Venstre PROPN SUBJ 2 ORG
krevde kreve VERB ROOT 0
en en DET DET 4
lønnsøkning lønnsøkning NOUN DOBJ 2
i i ADP ATR 4
forhandlingene forhandling NOUN PUTFYLL 5
med med ADP ATR 6
regjeringen regjering NOUN PUTFYLL 7
. . PUNCT IP 2
""",
        ('REQUEST', 'Venstre', 'regjeringen'),
    ),
    "request_in_a_letter_targets_the_addressee": (
        """
Fagforbundet fagforbund NOUN SUBJ 2 ORG
ber be VERB ROOT 0
om om ADP ADV 2
et en DET DET 5
møte møte NOUN PUTFYLL 3
i i ADP ATR 5
et en DET DET 8
brev brev NOUN PUTFYLL 6
til til ADP ATR 8
fylkesrådmannen fylkesrådmann NOUN PUTFYLL 9
. . PUNCT IP 2
""",
        ('REQUEST', 'Fagforbundet', 'fylkesrådmannen'),
    ),
    "demand_that_x_targets_the_clause_subject": (
        """
Fagforeningen fagforening NOUN SUBJ 2
krever kreve VERB ROOT 0
at at SCONJ SBU 6
selskapet selskap NOUN APP 5
Hydro Hydro PROPN SUBJ 6 ORG
stanser stanse VERB DOBJ 2
nedbemanningen nedbemanning NOUN DOBJ 6
. . PUNCT IP 2
""",
        ('REQUEST', 'fagforeningen', 'Hydro'),
    ),
    "scrambled_jets_are_mobilized_by_the_military": (
        """
Forsvaret forsvar NOUN SUBJ 2 ORG
opplyser opplyse VERB ROOT 0
at at SCONJ SBU 6
to to NUM DET 5
jagerfly jagerfly NOUN SUBJ 6
ble bli AUX DOBJ 2
sendt sende VERB INFV 6
opp opp ADP ADV 7
. . PUNCT IP 2
""",
        ('MOBILIZE', 'Forsvaret', None),
    ),
    "being_critical_of": (
        """
Høyre Høyre PROPN SUBJ 2 ORG
er være AUX ROOT 0
kritisk kritisk ADJ SPRED 2
til til ADP ADV 3
forslaget forslag NOUN PUTFYLL 4
. . PUNCT IP 2
""",
        ('ACCUSE', 'Høyre', None),
    ),
    "strong_reaction_is_criticism": (
        """
Ordføreren ordfører NOUN SUBJ 2
reagerer reagere VERB ROOT 0
kraftig kraftig ADJ ADV 2
på på ADP ADV 2
vedtaket vedtak NOUN PUTFYLL 4
. . PUNCT IP 2
""",
        ('ACCUSE', 'ordføreren', None),
    ),
    "calling_a_decision_a_label_is_criticism": (
        """
Ordføreren ordfører NOUN SUBJ 2
kaller kalle VERB ROOT 0
vedtaket vedtak NOUN DOBJ 2
« " PUNCT IK 6
en en DET DET 6
skandale skandale NOUN APP 3
» " PUNCT IK 6
. . PUNCT IP 2
""",
        ('ACCUSE', 'ordføreren', None),
    ),
    "a_bare_nei_is_no_rejection": (
        """
– – PUNCT IK 2
Nei nei INTJ ROOT 0
, , PUNCT IK 2
sier si VERB PAR 2
han han PRON SUBJ 4
. . PUNCT IP 2
""",
        None,
    ),
    "talking_to_the_press_is_no_consult": (
        """
Statsministeren statsminister NOUN SUBJ 2
snakket snakke VERB ROOT 0
med med ADP ADV 2
NRK NRK PROPN PUTFYLL 3 ORG
om om ADP ADV 2
saken sak NOUN PUTFYLL 5
. . PUNCT IP 2
""",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_construction(name):
    table, expected = CASES[name]
    found = triples(table)
    if expected is None:
        assert found == []
    else:
        assert expected in found


def events_of(table: str):
    doc = parse(table)
    idx = index_of(doc)
    evs = find_events(doc, Record(id="t", text=doc.text), idx, times=[])
    return evs, {e.id: e.name for e in idx.entities}


def test_modes_of_the_new_aid_and_consult_constructions():
    for name, mode in (
        ("economic_aid_received_from", "economic"),
        ("shelter_set_up_for_residents", "humanitarian"),
        ("phone_call", "phone"),
    ):
        evs, _ = events_of(CASES[name][0])
        assert [e.mode for e in evs] == [mode], name


def test_agreeing_on_a_sanctions_package_is_the_sanction_not_an_agreement():
    evs, names = events_of("""
EU EU PROPN SUBJ 4 GPE_ORG
og og CCONJ KONJ 3
Storbritannia Storbritannia PROPN KOORD 1 GPE_ORG
ble bli AUX ROOT 0
enige enig ADJ SPRED 4
om om ADP ADV 5
en en DET DET 9
ny ny ADJ ATR 9
sanksjonspakke sanksjonspakke ADV PUTFYLL 6
mot mot ADP ATR 9
Iran Iran PROPN PUTFYLL 10 GPE_LOC
. . PUNCT IP 4
""")
    found = [(e.type, names.get(e.source), names.get(e.target)) for e in evs]
    assert ("SANCTION", "EU", "Iran") in found
    assert all(t != "AGREE" for t, _, _ in found)


def test_voting_against_a_cut_targets_the_one_council_of_the_article():
    found = triples("""
Høyre Høyre PROPN SUBJ 2 ORG
vil ville AUX ROOT 0
stemme stemme VERB INFV 2
imot imot ADP ADV 3
kuttet kutt NOUN PUTFYLL 4
i i ADP ADV 3
Askøy Askøy PROPN PUTFYLL 6 GPE_ORG
kommune kommune NOUN FLAT 7 GPE_ORG
. . PUNCT IP 2
""")
    assert ("REJECT", "Høyre", "Askøy kommune") in found


def test_saying_without_nei_til_is_no_rejection_and_bare_talk_is_no_call():
    assert triples(CASES["a_bare_nei_is_no_rejection"][0]) == []
    assert triples(CASES["talking_to_the_press_is_no_consult"][0]) == []


def test_plural_pronoun_in_a_reported_clause_is_the_reporting_subject():
    found = triples("""
Høyre Høyre PROPN SUBJ 4 ORG
og og CCONJ KONJ 3
KrF KrF PROPN KOORD 1 ORG
har ha AUX ROOT 0
sagt si VERB INFV 4
at at SCONJ SBU 8
de de PRON SUBJ 8
vil ville AUX DOBJ 5
stemme stemme VERB INFV 8
imot imot ADP ADV 9
. . PUNCT IP 4
""")
    assert ("REJECT", "Høyre", None) in found
    assert ("REJECT", "KrF", None) in found


def test_request_in_a_relative_clause_on_the_letters_addressee():
    found = triples("""
Kari Kari PROPN SUBJ 3 PER
Berg Berg PROPN FLAT 1 PER
sendte sende VERB ROOT 0
et en DET DET 5
brev brev NOUN DOBJ 3
til til ADP ADV 3
rådmannen rådmann NOUN PUTFYLL 6
der der SCONJ SBU 10
hun hun PRON SUBJ 10
ber be VERB ATR 7
om om ADP ADV 10
et en DET DET 13
møte møte NOUN PUTFYLL 11
. . PUNCT IP 3
""")
    assert ("REQUEST", "Kari Berg", "rådmannen") in found


def test_asking_for_a_meeting_with_someone_targets_them():
    found = triples("""
Sametinget Sametinget NOUN SUBJ 2 ORG
ber be VERB ROOT 0
om om ADP ADV 2
eit ein DET DET 5
møte møte NOUN PUTFYLL 3
med med ADP ATR 5
fylkesrådmannen fylkesrådmann NOUN PUTFYLL 6
. . PUNCT IP 2
""")
    assert ("REQUEST", "Sametinget", "fylkesrådmannen") in found


def test_a_label_on_news_is_no_accusation():
    assert triples("""
Ordføreren ordfører NOUN SUBJ 2
kaller kalle VERB ROOT 0
nyheten nyhet NOUN DOBJ 2
« " PUNCT IK 7
et en DET DET 7
tungt tung ADJ ATR 7
slag slag NOUN DOBJ 2
» " PUNCT IK 7
. . PUNCT IP 2
""") == []


def test_first_person_in_a_quote_is_its_speaker():
    table = """
– – PUNCT IK 3
Jeg jeg PRON SUBJ 3
har ha AUX ROOT 0
snakket snakke VERB INFV 3
med med ADP ADV 4
ministeren minister NOUN PUTFYLL 5
på på ADP ADV 4
telefon telefon NOUN PUTFYLL 7
, , PUNCT IK 3
sa si VERB KOORD 3
Kari Kari PROPN SUBJ 10 PER
Berg Berg PROPN FLAT 11 PER
. . PUNCT IP 3
"""
    doc = parse(table)
    idx = index_of(doc)
    end = doc.text.index(",")
    speaker = idx.entities[0]
    quote = Quote(doc.text[2:end], 2, end, "direct", speaker="Kari Berg", speaker_id=speaker.id)
    evs = find_events(doc, Record(id="t", text=doc.text, quotes=[quote]), idx, times=[])
    found = [(e.type, e.mode, e.source, e.target) for e in evs]
    assert found == [("CONSULT", "phone", speaker.id, "ministeren")]


def test_a_bare_definite_noun_names_the_organisation_it_ends():
    found = triples("""
Fellesforbundet Fellesforbundet PROPN SUBJ 2 ORG
protesterer protestere VERB ROOT 0
. . PUNCT IP 2
Forbundet forbund NOUN SUBJ 5
ber be VERB ROOT 0
om om ADP ADV 5
et en DET DET 8
møte møte NOUN PUTFYLL 6
med med ADP ATR 8
statsministeren statsminister NOUN PUTFYLL 9
. . PUNCT IP 5
""")
    assert ("REQUEST", "Fellesforbundet", "statsministeren") in found


def test_council_named_only_by_its_place_is_the_owner_of_the_cut():
    found = triples("""
Kommunestyret kommunestyre NOUN SUBJ 4
i i ADP ATR 1
Askvoll Askvoll PROPN PUTFYLL 2 GPE_LOC
vedtok vedta VERB ROOT 0
kuttet kutt NOUN DOBJ 4
. . PUNCT IP 4
Høgre Høgre PROPN SUBJ 8 ORG
røysta røyste VERB ROOT 0
mot mot ADP ADV 8
kuttet kutt NOUN PUTFYLL 9
. . PUNCT IP 8
""")
    assert ("REJECT", "Høgre", "Askvoll") in found


def test_the_festival_is_the_festival_named_before():
    found = triples("""
Nordlys Nordlys PROPN SUBJ 2 EVT
åpner åpne VERB ROOT 0
. . PUNCT IP 2
Festivalen festival NOUN SUBJ 6
har ha AUX ROOT 0
fått få VERB INFV 5
to to NUM DET 9
millioner million NOUN DET 9
kroner krone NOUN DOBJ 6
i i ADP ADV 6
støtte støtte NOUN PUTFYLL 10
fra fra ADP ATR 11
Tromsø Tromsø PROPN PUTFYLL 12 GPE_ORG
kommune kommune NOUN FLAT 13 GPE_ORG
. . PUNCT IP 5
""")
    assert ("AID", "Tromsø kommune", "Nordlys") in found


def test_scrambled_planes_are_no_target_and_the_air_force_is_the_source():
    found = triples("""
Luftforsvaret luftforsvar NOUN SUBJ 2
bekrefter bekrefte VERB ROOT 0
at at SCONJ SBU 6
to to NUM DET 5
F-16-fly F-16-fly NOUN SUBJ 6 PROD
ble bli AUX DOBJ 2
sendt sende VERB INFV 6
opp opp ADP ADV 7
. . PUNCT IP 2
""")
    assert found == [("MOBILIZE", "luftforsvaret", None)]


SENDS = """
Russland Russland PROPN SUBJ 2 GPE_LOC
sendte sende VERB ROOT 0
styrker styrke NOUN DOBJ 2
til til ADP ADV 2
{place}
. . PUNCT IP 2
"""


def test_forces_sent_to_a_place_are_mobilized_but_to_a_state_are_aid():
    assert triples(SENDS.format(place="grensen grense NOUN PUTFYLL 4")) == [("MOBILIZE", "Russland", None)]
    to_state = triples(SENDS.format(place="Belarus Belarus PROPN PUTFYLL 4 GPE_LOC"))
    assert all(t != "MOBILIZE" for t, _, _ in to_state)


# ---- the shipped model, end to end ---------------------------------------------------------
ARTICLE = """Tillitsvalgt krever stans i nedbemanningen

Tillitsvalgt Kari Lunde krever at ledelsen i Nordvik Verft stanser nedbemanningen.

Lunde har også snakket med næringsministeren på telefon.

Nordvik Verft avviser kritikken.
"""


@pytest.fixture(scope="module")
def model_events():
    from nyhetsgraf import nlp

    try:
        nlp.load("nb")
    except nlp.ModelNotFound:
        pytest.skip("the trained pipeline is not installed")
    from nyhetsgraf.analyze import analyze_article
    from nyhetsgraf.ingest.article import Article

    rec = analyze_article(Article(id="t", text=ARTICLE, source=None, date="2026-05-04", title=None, url=None))
    names = {e.id: e.name for e in rec.entities}
    return [
        (e.type, e.mode, names.get(e.source, e.source), names.get(e.target, e.target)) for e in rec.events
    ]


def test_model_finds_the_demand_the_call_and_the_denial(model_events):
    types = {t for t, *_ in model_events}
    assert {"REQUEST", "CONSULT", "REJECT"} <= types
    assert any(t == "CONSULT" and m == "phone" for t, m, *_ in model_events)
    assert any(t == "REQUEST" and tgt == "Nordvik Verft" for t, _, _, tgt in model_events)
