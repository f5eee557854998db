"""Stances without a named target: denials, rejecting "dette", backing someone, labelling a demand."""

from __future__ import annotations

import pytest
from analysis_fixtures import analyze_or_skip, event_triples

ARTICLE = """Striden om vindkraft

Bygdelaget beskylder Fjellkraft AS for å ha brutt konsesjonen. Fjellkraft AS avviser dette.

Daglig leder Arne Holt har hele tiden nektet for å ha bygget utenfor området.

Norges Bondelag står fast bak Vinje kommune.

Leder Kari Dahl i Naturvernforbundet kaller Fjellkraft-kravet «helt urimelig».
"""


@pytest.fixture(scope="module")
def events():
    rec = analyze_or_skip(ARTICLE, "2026-04-14")
    return event_triples(rec)


def test_rejecting_this_is_a_reject_by_the_company(events):
    assert any(t == "REJECT" and s == "Fjellkraft AS" for t, s, _ in events), events


def test_denying_a_charge_is_a_reject(events):
    assert any(t == "REJECT" and s == "Arne Holt" for t, s, _ in events), events


def test_standing_behind_is_support(events):
    assert any(t == "SUPPORT" and s == "Norges Bondelag" for t, s, _ in events), events


def test_labelling_a_demand_is_an_accusation(events):
    assert any(t == "ACCUSE" and s == "Kari Dahl" for t, s, _ in events), events


CRITICISM = """Sykehusstriden

Norsk Sykepleierforbund har kritisert prosessen til Helse Sør-Øst.

Høyre kritiserer regjeringens forslag om nye bompenger. Frp kritiserer brevet til ordføreren.
"""


@pytest.fixture(scope="module")
def criticism():
    rec = analyze_or_skip(CRITICISM, "2026-04-14")
    return event_triples(rec)


def test_criticised_act_points_at_its_owner(criticism):
    assert ("ACCUSE", "Norsk Sykepleierforbund", "Helse Sør-Øst") in criticism
    assert ("ACCUSE", "Høyre", "regjeringen") in criticism  # the genitive -s is no part of the actor


def test_a_letter_to_someone_is_not_their_act(criticism):
    assert not any(g == "ordføreren" for _, _, g in criticism), criticism
