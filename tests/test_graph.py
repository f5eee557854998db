"""The actor graph: merging across articles, edge weights, and every writer read back."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from nyhetsgraf.extract.graph import build_graph, graph_text, to_dot, write_graph
from nyhetsgraf.record import Entity, Event, Mention, Record, Relation, Span


def _record(rid: str, text: str, entities, events=(), relations=()) -> Record:
    return Record(id=rid, text=text, entities=list(entities), events=list(events), relations=list(relations))


def _two_articles() -> list[Record]:
    text1 = "Nord-Korea kan forsyne Russland med granater. Nord-Korea grenser til Russland."
    nk = Entity("e1", "Nord-Korea", "GPE", kb_id="gpe:kp", mentions=[Mention(0, 10, "Nord-Korea")])
    ru = Entity("e2", "Russland", "GPE", kb_id="gpe:ru", mentions=[Mention(23, 31, "Russland")])
    a = _record("a1", text1, [nk, ru],
                [Event("AID", "e1", "e2", modality="possible", mode="military", evidence=Span(0, 45),
                       modalities=["possible"])],
                [Relation("borders", "e1", "e2", evidence=Span(46, len(text1)))])
    text2 = "Etterretning hevder at Pyongyang har levert granater til Moskva. USA advarte Nord-Korea."
    # ids differ between articles; kb_id is what merges them
    nk2 = Entity("e7", "Nord-Korea", "GPE", kb_id="gpe:kp", mentions=[Mention(77, 87, "Nord-Korea")])
    ru2 = Entity("e3", "Russland", "GPE", kb_id="gpe:ru", mentions=[Mention(57, 63, "Moskva")])
    us = Entity("e4", "USA", "GPE", kb_id="gpe:us", mentions=[Mention(65, 68, "USA")])
    b = _record("a2", text2, [nk2, ru2, us],
                [Event("AID", "e7", "e3", modality="reported", attributed_to="etterretning",
                       evidence=Span(0, 64), modalities=["reported"]),
                 Event("THREATEN", "e4", "e7", evidence=Span(65, len(text2))),
                 Event("ACCUSE", "politiet", "e4", evidence=Span(65, len(text2)))])
    return [a, b]


def test_nodes_merge_by_kb_id_and_edges_add_up():
    g = build_graph(_two_articles())
    assert {"gpe:kp", "gpe:ru", "gpe:us", "phrase:politiet"} <= set(g.nodes)
    assert g.nodes["gpe:kp"]["articles"] == 2
    assert g.nodes["phrase:politiet"]["type"] == "PHRASE"
    aid = [d for _, _, d in g.edges("gpe:kp", data=True) if d["type"] == "AID"]
    assert len(aid) == 1
    assert aid[0]["weight"] == 2
    assert aid[0]["modalities"] == ["possible", "reported"]
    assert aid[0]["mode"] == "military"
    assert aid[0]["attributed_to"] == ["etterretning"]
    assert len(aid[0]["evidence"]) == 2 and aid[0]["evidence"][0].startswith("Nord-Korea kan forsyne")
    kinds = {(s, t, d["kind"], d["type"]) for s, t, d in g.edges(data=True)}
    assert ("gpe:kp", "gpe:ru", "relation", "borders") in kinds
    assert ("gpe:us", "gpe:kp", "event", "THREATEN") in kinds


def test_nodes_without_kb_id_merge_by_name():
    e1 = Entity("e1", "Statens vegvesen", "ORG", mentions=[Mention(0, 16, "Statens vegvesen")])
    e2 = Entity("e2", "Statens Vegvesen", "ORG")
    folk = _record("x", "Statens vegvesen ber folk kjøre forsiktig.", [e1],
                   [Event("REQUEST", "e1", "folk", evidence=Span(0, 10))])
    again = _record("y", "Statens Vegvesen ber bilistene vente.", [e2],
                    [Event("REQUEST", "e2", "bilistene", evidence=Span(0, 10))])
    g = build_graph([folk, again])
    assert g.nodes["name:statens vegvesen"]["articles"] == 2


def test_graphml_round_trip(tmp_path):
    g = build_graph(_two_articles())
    path = tmp_path / "g.graphml"
    write_graph(g, "graphml", str(path))
    h = nx.read_graphml(path)
    assert h.nodes["gpe:kp"]["label"] == "Nord-Korea"
    edges = [(s, t, d) for s, t, d in h.edges(data=True) if d["type"] == "AID"]
    assert len(edges) == 1
    s, t, d = edges[0]
    assert (s, t) == ("gpe:kp", "gpe:ru")
    assert d["weight"] == 2 and d["modalities"] == "possible | reported"


def test_gexf_json_and_dot(tmp_path):
    g = build_graph(_two_articles())
    write_graph(g, "gexf", str(tmp_path / "g.gexf"))
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == g.number_of_edges()
    data = json.loads(graph_text(g, "json"))
    assert {n["id"] for n in data["nodes"]} == set(g.nodes)
    assert len(data["links"]) == g.number_of_edges()
    dot = to_dot(g)
    assert dot.startswith("digraph")
    assert '"gpe:kp" -> "gpe:ru" [label="AID (possible)"' in dot
    assert "style=dashed" in dot  # the border is a relation
    with pytest.raises(ValueError):
        write_graph(g, "png", str(tmp_path / "g.png"))


def test_graph_command_on_saved_records(tmp_path):
    from nyhetsgraf.cli import cli

    path = tmp_path / "recs.jsonl"
    path.write_text("\n".join(json.dumps(r.to_dict(), ensure_ascii=False) for r in _two_articles()) + "\n",
                    encoding="utf-8")
    out = tmp_path / "out.graphml"
    result = CliRunner().invoke(cli, ["graph", "--records", str(path), "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    h = nx.read_graphml(out)
    assert h.has_edge("gpe:us", "gpe:kp")
    result = CliRunner().invoke(cli, ["graph", "--records", str(path), "--format", "dot"])
    assert result.exit_code == 0 and "digraph" in result.output


def test_graph_command_on_an_article_with_the_model(tmp_path):
    from nyhetsgraf import nlp
    from nyhetsgraf.cli import cli

    try:
        nlp.load("nb")
    except nlp.ModelNotFound:
        pytest.skip("model not installed")
    article = tmp_path / "a.txt"
    article.write_text(" date 2024-03 Sverige støtter Finland i striden om grensekontrollen.\n\n"
                       "Ifølge svenske medier kan Sverige sende mer utstyr til Finland neste måned.\n",
                       encoding="utf-8")
    out = tmp_path / "a.graphml"
    result = CliRunner().invoke(cli, ["graph", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    h = nx.read_graphml(out)
    types = {d["type"] for _, _, d in h.edges(data=True) if d["kind"] == "event"}
    assert "SUPPORT" in types
    labels = {h.nodes[n]["label"] for n in h.nodes}
    assert {"Sverige", "Finland"} <= labels
