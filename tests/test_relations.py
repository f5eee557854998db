"""Standing relations between places and states: borders, part_of, ally_of, no duplicates."""

from __future__ import annotations

from handparse import index_of, parse

from nyhetsgraf.extract.relations import find_relations
from nyhetsgraf.record import Record, Relation


def run(table: str, derived=None, existing=()):
    doc = parse(table)
    idx = index_of(doc, derived)
    rec = Record(id="t", text=doc.text, relations=list(existing))
    names = {e.id: e.name for e in idx.entities}
    rels = find_relations(doc, rec, idx)
    return [(r.type, names[r.source], names[r.target]) for r in rels], idx


def test_borders_in_a_relative_clause():
    triples, _ = run("""
Finland Finland PROPN SUBJ 8 GPE_LOC
, , PUNCT IK 1
som som SCONJ SBU 4
grenser grense VERB ATR 1
til til ADP ADV 4
Russland Russland PROPN PUTFYLL 5 GPE_LOC
, , PUNCT IK 1
ble bli AUX ROOT 0
med med ADP ADV 8
i i ADP ADV 8
Nato Nato PROPN PUTFYLL 10 ORG
. . PUNCT IP 8
""")
    assert triples == [("borders", "Finland", "Russland")]


def test_part_of_place_in_place():
    triples, _ = run("""
Lom Lom PROPN SUBJ 5 GPE_LOC
i i ADP ATR 1
Innlandet Innlandet PROPN PUTFYLL 2 GPE_LOC
er være AUX ROOT 0
stengt stenge VERB SPRED 4
. . PUNCT IP 4
""".replace("SUBJ 5", "SUBJ 4"))
    assert triples == [("part_of", "Lom", "Innlandet")]


def test_part_of_through_en_del_av():
    triples, _ = run("""
Svalbard Svalbard PROPN SUBJ 2 GPE_LOC
er være AUX ROOT 0
en en DET DET 4
del del NOUN SPRED 2
av av ADP ATR 4
Norge Norge PROPN PUTFYLL 5 GPE_LOC
. . PUNCT IP 2
""")
    assert triples == [("part_of", "Svalbard", "Norge")]


def test_part_of_from_a_derived_adjective_before_a_region_noun():
    triples, _ = run("""
Toget Toget NOUN SUBJ 2
kom komme VERB ROOT 0
til til ADP ADV 2
den den DET DET 6
kinesiske kinesisk ADJ ATR 6
provinsen provins NOUN PUTFYLL 3
Yunnan Yunnan PROPN APP 6 GPE_LOC
. . PUNCT IP 2
""", derived={"kinesiske": "Kina"})
    assert triples == [("part_of", "Yunnan", "Kina")]


def test_allies():
    triples, _ = run("""
Japan Japan PROPN SUBJ 4 GPE_LOC
og og CCONJ KONJ 3
USA USA PROPN KOORD 1 GPE_LOC
er være AUX ROOT 0
allierte alliert NOUN SPRED 4
. . PUNCT IP 4
""")
    assert triples == [("ally_of", "Japan", "USA")]


def test_no_duplicate_of_what_the_entity_layer_found():
    table = """
Finland Finland PROPN SUBJ 2 GPE_LOC
grenser grense VERB ROOT 0
mot mot ADP ADV 2
Russland Russland PROPN PUTFYLL 3 GPE_LOC
. . PUNCT IP 2
"""
    triples, _idx = run(table)
    assert triples == [("borders", "Finland", "Russland")]
    # the same border already known (in either direction) is not added again
    triples, _ = run(table, existing=[Relation("borders", "e2", "e1")])
    assert triples == []


def test_a_meeting_place_is_no_part_of():
    triples, _ = run("""
Putin Putin PROPN SUBJ 2 PER
landet lande VERB ROOT 0
i i ADP ADV 2
Vladivostok Vladivostok PROPN PUTFYLL 3 GPE_LOC
. . PUNCT IP 2
""")
    assert triples == []


def test_region_anaphor_borders_the_next_state():
    triples, _ = run("""
Toget tog NOUN SUBJ 2
kom komme VERB ROOT 0
til til ADP ADV 2
regionen region NOUN APP 5
Primorje Primorje PROPN PUTFYLL 3 PROD
. . PUNCT IP 2
Regionen region NOUN SUBJ 8
grenser grense VERB ROOT 0
mot mot ADP ADV 8
Kina Kina PROPN PUTFYLL 9 GPE_LOC
. . PUNCT IP 8
""")
    assert triples == [("borders", "Primorje", "Kina")]
