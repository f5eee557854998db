"""The actor graph: entities as nodes, events and standing relations as weighted edges.

Why a graph next to the records: analysts open networks in Gephi or networkx, not
JSON records. Nodes are merged across articles by ``kb_id`` (stable corpus-wide
ids), else by normalised name, so "Russland" in ten articles is one node. Each
edge is one (source, target, kind, type) with a ``weight`` = number of article
mentions, the modalities seen, and short evidence snippets. Phrase actors
("politiet") become nodes of type ``PHRASE``.

Writers: json (networkx node-link), graphml and gexf (networkx), dot (written
here, so no pydot/graphviz dependency is needed).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import networkx as nx

from nyhetsgraf.record import Record

FORMATS = ("json", "graphml", "gexf", "dot")
_EVIDENCE_CHARS = 200
_MAX_EVIDENCE = 3


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).lower().replace("-", " ")
    return " ".join(re.findall(r"\w+", s))


def _as_dict(rec: Record | dict) -> dict:
    return rec.to_dict() if isinstance(rec, Record) else rec


def _node_key(entity: dict) -> str:
    if entity.get("kb_id"):
        return str(entity["kb_id"])
    return f"name:{_norm(entity.get('name') or '')}"


def build_graph(records: Iterable[Record | dict]) -> nx.MultiDiGraph:
    """The actor network of one or many analysis records."""
    g = nx.MultiDiGraph()
    edge_index: dict[tuple[str, str, str, str], str] = {}
    for rec in map(_as_dict, records):
        text = rec.get("text") or ""
        article = rec.get("id") or ""
        ents = {e["id"]: e for e in rec.get("entities") or []}
        seen_nodes: set[str] = set()

        def node(ref: str | None, ents=ents, seen_nodes=seen_nodes, article=article) -> str | None:
            if not ref:
                return None
            e = ents.get(ref)
            if e is not None:
                key = _node_key(e)
                if key not in g:
                    g.add_node(
                        key,
                        label=e.get("name") or key,
                        type=e.get("type") or "",
                        kb_id=e.get("kb_id") or "",
                        articles=0,
                        mentions=0,
                    )
                g.nodes[key]["mentions"] += len(e.get("mentions") or []) if key not in seen_nodes else 0
            else:
                key = f"phrase:{_norm(ref)}"
                if key not in g:
                    g.add_node(key, label=ref, type="PHRASE", kb_id="", articles=0, mentions=0)
            if key not in seen_nodes:
                g.nodes[key]["articles"] += 1
                seen_nodes.add(key)
            return key

        def label_of(ref: str | None, ents=ents) -> str:
            if not ref:
                return ""
            e = ents.get(ref)
            return (e.get("name") if e else ref) or ""

        items: list[tuple[str, dict]] = [("event", ev) for ev in rec.get("events") or []]
        items += [("relation", r) for r in rec.get("relations") or []]
        for kind, item in items:
            s, t = node(item.get("source")), node(item.get("target"))
            if s is None or t is None:
                continue
            etype = item.get("type") or ""
            ekey = (s, t, kind, etype)
            ev_span = item.get("evidence") or {}
            snippet = text[ev_span.get("start", 0) : ev_span.get("end", 0)].strip()[:_EVIDENCE_CHARS]
            if ekey not in edge_index:
                k = g.add_edge(
                    s,
                    t,
                    kind=kind,
                    type=etype,
                    weight=0,
                    modality="",
                    modalities=[],
                    mode="",
                    attributed_to=[],
                    time=[],
                    evidence=[],
                    articles=[],
                    detail="",
                )
                edge_index[ekey] = k
            data = g.edges[s, t, edge_index[ekey]]
            data["weight"] += 1
            mods = item.get("modalities") or ([item["modality"]] if item.get("modality") else [])
            for m in mods:
                if m not in data["modalities"]:
                    data["modalities"].append(m)
            if not data["modality"] and item.get("modality"):
                data["modality"] = item["modality"]
            if item.get("mode") and not data["mode"]:
                data["mode"] = item["mode"]
            if item.get("detail") and not data["detail"]:
                data["detail"] = item["detail"]
            attr = label_of(item.get("attributed_to"))
            if attr and attr not in data["attributed_to"]:
                data["attributed_to"].append(attr)
            tv = (item.get("time") or {}).get("value") if isinstance(item.get("time"), dict) else None
            if tv and tv not in data["time"]:
                data["time"].append(tv)
            if snippet and len(data["evidence"]) < _MAX_EVIDENCE and snippet not in data["evidence"]:
                data["evidence"].append(snippet)
            if article and article not in data["articles"]:
                data["articles"].append(article)
    return g


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values are plain strings/numbers (GraphML and GEXF need that)."""
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: v for k, v in d.items() if v is not None})
    for s, t, k, d in g.edges(keys=True, data=True):
        h.add_edge(
            s,
            t,
            key=k,
            **{
                a: (" | ".join(map(str, v)) if isinstance(v, list) else v)
                for a, v in d.items()
                if v is not None
            },
        )
    return h


def _dot_quote(s: Any) -> str:
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def to_dot(g: nx.MultiDiGraph) -> str:
    """Graphviz DOT text: node labels, edge labels "TYPE (modality)", pen width by weight."""
    lines = ["digraph nyhetsgraf {", "  rankdir=LR;", "  node [shape=box];"]
    for n, d in g.nodes(data=True):
        label, ntype = _dot_quote(d.get("label", n)), _dot_quote(d.get("type", ""))
        lines.append(f"  {_dot_quote(n)} [label={label}, type={ntype}];")
    for s, t, d in g.edges(data=True):
        label = d.get("type", "")
        if d.get("modality") and d.get("modality") != "asserted":
            label += f" ({d['modality']})"
        style = "dashed" if d.get("kind") == "relation" else "solid"
        weight = d.get("weight", 1)
        lines.append(
            f"  {_dot_quote(s)} -> {_dot_quote(t)} [label={_dot_quote(label)}, "
            f"weight={weight}, penwidth={min(1 + weight / 2, 6)}, style={style}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_json(g: nx.MultiDiGraph) -> str:
    """networkx node-link JSON (nodes, links), readable by ``nx.node_link_graph``."""
    try:
        data = nx.node_link_data(g, edges="links")
    except TypeError:  # networkx < 3.4 has no ``edges`` argument and uses "links" anyway
        data = nx.node_link_data(g)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_graph(g: nx.MultiDiGraph, fmt: str, out) -> None:
    """Write ``g`` in ``fmt`` to ``out`` (a path or a binary/text file object as the format needs)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "graphml":
        nx.write_graphml(_flat(g), out)
    elif fmt == "gexf":
        nx.write_gexf(_flat(g), out)
    else:
        text = to_json(g) if fmt == "json" else to_dot(g)
        if isinstance(out, str):
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(text)
        elif hasattr(out, "mode") and "b" in getattr(out, "mode", ""):
            out.write(text.encode("utf-8"))
        else:
            try:
                out.write(text)
            except TypeError:
                out.write(text.encode("utf-8"))


def graph_text(g: nx.MultiDiGraph, fmt: str) -> bytes:
    """The graph serialised in ``fmt`` as bytes (for stdout)."""
    import io

    buf = io.BytesIO()
    if fmt in ("graphml", "gexf"):
        write_graph(g, fmt, buf)
        return buf.getvalue()
    return (to_json(g) if fmt == "json" else to_dot(g)).encode("utf-8")


def load_records(paths: Iterable[str], on_error=None) -> Iterable[dict]:
    """Analysis records from JSONL (or JSON list) files written by ``nyhetsgraf analyze``."""
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except OSError as exc:
            if on_error:
                on_error(f"{path}: {exc}")
            continue
        stripped = text.lstrip()
        if stripped.startswith("["):
            yield from json.loads(stripped)
            continue
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                if on_error:
                    on_error(f"{path}:{n}: not a JSON record ({exc.msg})")
