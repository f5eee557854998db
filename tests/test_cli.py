"""The command line end to end: formats, the contract fields, bad input, exit codes, the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from nyhetsgraf.cli import cli
from nyhetsgraf.record import SCHEMA

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CONTRACT_FIELDS = ["schema", "id", "source", "date", "language", "title", "text", "blocks", "entities",
                   "quotes", "events", "relations", "times", "quantities", "warnings"]
NO_MODEL = ["--stages", "layout,language"]
ARTICLE = (" date 2024-05 Brannvesenet rykket ut til en brann i et bolighus i Skien natt til lørdag.\n\n"
           "– Alle kom seg ut i tide, sier innsatsleder Geir Berg.\n\n"
           "Slukket raskt\n\n"
           "Brannen var slukket etter en time.\n\n"
           "RØYK: Huset ble kraftig skadet. Foto: Tom Li/Varden\n")


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "brann.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_analyze_examples_with_the_model():
    """The whole pipeline over the bundled examples: every contract field, in input order."""
    result = run("analyze", str(EXAMPLES), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    files = sorted(EXAMPLES.glob("*.txt"))
    assert 6 <= len(records) == len(files)
    assert [Path(r["source"]["path"]).name for r in records] == [f.name for f in files]
    for r in records:
        assert set(CONTRACT_FIELDS) <= set(r) and next(iter(r)) == "schema"
        assert r["schema"] == SCHEMA
        assert r["date"] and r["language"] in ("nb", "nn")
        assert any(b["kind"] == "heading" for b in r["blocks"])
        assert any(b["kind"] == "caption" and b["credit"] for b in r["blocks"])
        assert not r["text"].startswith(" date")
        assert not any(w.startswith("nlp:") for w in r["warnings"]), r["warnings"]
    assert {r["language"] for r in records} == {"nb", "nn"}


def test_text_format_marks_headings_captions_and_title(article):
    result = run("analyze", str(article), "--format", "text", *NO_MODEL)
    assert result.exit_code == 0
    out = result.stdout
    assert "brann.txt · 2024-05 · nb" in out
    assert "## Slukket raskt" in out
    assert "[bilde] RØYK: Huset ble kraftig skadet. Foto: Tom Li/Varden" in out


def test_text_format_with_the_model_lists_findings():
    result = run("analyze", str(EXAMPLES / "sport-skiskyting-2025-01.txt"), "--format", "text")
    assert result.exit_code == 0, result.stderr
    assert "## Jakten neste" in result.stdout
    assert "[byline] Publisert: 10.01.2025 16:42" in result.stdout


def test_json_is_one_object_for_one_article_and_a_list_for_several(article, tmp_path):
    one = json.loads(run("analyze", str(article), "--format", "json", *NO_MODEL).stdout)
    assert isinstance(one, dict) and one["date"] == "2024-05"
    caps = [(b["label"], b["credit"]) for b in one["blocks"] if b["kind"] == "caption"]
    assert caps == [("RØYK", "Tom Li/Varden")]
    other = tmp_path / "annen.txt"
    other.write_text("Kort melding om været i morgen.", encoding="utf-8")
    several = json.loads(run("analyze", str(article), str(other), "--format", "json", *NO_MODEL).stdout)
    assert isinstance(several, list) and len(several) == 2


def test_stdin():
    result = run("analyze", "-", *NO_MODEL, input=ARTICLE.encode())
    assert result.exit_code == 0
    rec = json.loads(result.stdout)
    assert rec["source"]["path"] == "<stdin>" and rec["date"] == "2024-05"


def test_bad_inputs_are_one_line_each_and_the_batch_goes_on(tmp_path, article):
    (tmp_path / "tom.txt").write_bytes(b"")
    (tmp_path / "bilde.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "blandet.txt").write_bytes("æ\n".encode() + b"\xe6 feil\n")
    (tmp_path / "saker.jsonl").write_text(
        json.dumps({"text": "Sak om veien."}) + "\n{ødelagt\n" + json.dumps({"tittel": "uten tekst"}) + "\n",
        encoding="utf-8")
    names = ["tom.txt", "bilde.txt", "blandet.txt", "saker.jsonl", "borte.txt"]
    args = ["analyze", str(article), *(str(tmp_path / n) for n in names), *NO_MODEL]
    result = run(*args)
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2  # brann.txt and the good JSONL line
    errors = result.stderr.splitlines()
    assert errors == [
        f"error: {tmp_path / 'tom.txt'}: empty file",
        f"error: {tmp_path / 'bilde.txt'}: binary file (a PNG image), not text, JSON or HTML",
        f"error: {tmp_path / 'blandet.txt'}:2: undecodable bytes: invalid UTF-8 (byte 0xE6) in text that is "
        "otherwise UTF-8 (mixed encodings?)",
        f"error: {tmp_path / 'saker.jsonl'}:2: broken JSON line (Expecting property name enclosed in double "
        "quotes at column 2)",
        f"error: {tmp_path / 'saker.jsonl'}:3: JSON record has no text (expected a non-empty 'text', 'body' "
        "or 'content' field)",
        f"error: {tmp_path / 'borte.txt'}: no such file or directory",
    ]
    assert "Traceback" not in result.stderr


def test_duplicates_are_a_warning_not_a_failure(article, tmp_path):
    copy = tmp_path / "kopi.txt"
    copy.write_text(ARTICLE.replace("\n", "\r\n"), encoding="utf-8")
    result = run("analyze", str(article), str(copy), *NO_MODEL)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.startswith(f"warning: {copy}:1: duplicate of an article read earlier")


@pytest.mark.parametrize(
    "args",
    [["analyze"], ["analyze", "x.txt", "--format", "xml"], ["analyze", "x.txt", "--stages", "tull"],
     ["tull"]],
)
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.exit_code == 2
    assert "Traceback" not in (result.stderr or "")


def test_missing_model_is_one_clear_line(article, monkeypatch):
    from nyhetsgraf import nlp

    def missing(lang: str = "nb"):
        raise nlp.ModelNotFound("the Norwegian model is missing at /x/models/nb; reinstall nyhetsgraf")

    monkeypatch.setattr(nlp, "load", missing)
    result = run("analyze", str(article))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: the Norwegian model is missing at /x/models/nb; reinstall nyhetsgraf"]
    assert result.stdout == ""


def test_console_script_entry_point(article):
    """The installed ``main()`` really runs: exit codes pass through, stdout is the JSON record."""
    code = "import sys; from nyhetsgraf.cli import main; sys.argv[0] = 'nyhetsgraf'; main()"
    proc = subprocess.run([sys.executable, "-c", code, "analyze", str(article), *NO_MODEL],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"]
    proc = subprocess.run([sys.executable, "-c", code, "analyze", str(article) + ".borte"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stderr.strip().endswith("no such file or directory")


def test_progress_bar_does_not_disturb_output(article, monkeypatch, capsys):
    """With a (forced) progress display, records still go to stdout and errors still get their line."""
    import nyhetsgraf.cli as cli_module

    monkeypatch.setattr(cli_module, "PROGRESS_AFTER_SECONDS", 0.0)
    batch = cli_module.Batch(progress=True)
    recs = list(batch.records([str(article), str(article) + ".borte"], ["layout"]))
    batch._stop_progress()
    assert len(recs) == 1 and batch.failed == 1
    assert "no such file or directory" in capsys.readouterr().err


def test_text_view_lists_entities_quotes_and_events():
    from nyhetsgraf.record import Block, Entity, Event, Quote, Record
    from nyhetsgraf.render import record_text

    text = "Brann i Skien\n\n– Alle kom seg ut, sier Geir Berg.\n\nHan roste naboene."
    rec = Record(id="abc", text=text, title="Brann i Skien", date="2024-05", language="nb",
                 blocks=[Block("heading", 0, 13), Block("lead", 15, 48), Block("paragraph", 50, 68)],
                 entities=[Entity("e1", "Geir Berg", "PER"), Entity("e2", "Skien", "GPE")],
                 quotes=[Quote("Alle kom seg ut", 17, 32, "direct", speaker="Geir Berg", cue="sier")],
                 events=[Event("SUPPORT", "e1", "e2", modality="reported")],
                 warnings=["times: ikke bygget ennå"])
    view = record_text(rec)
    assert view.startswith("━━━ - · 2024-05 · nb · id abc")
    assert "# Brann i Skien" in view and "## Brann i Skien" not in view
    assert "Geir Berg (PER), Skien (GPE)" in view
    assert "  – «Alle kom seg ut» — Geir Berg (sier)" in view
    assert "  SUPPORT: Geir Berg → Skien [reported]" in view
    assert "  ! times: ikke bygget ennå" in view


def test_python_api(article):
    import nyhetsgraf

    rec = nyhetsgraf.analyze(ARTICLE, stages=["layout", "language"])
    assert rec.date == "2024-05" and rec.language == "nb"
    assert [b.kind for b in rec.blocks].count("heading") == 1
    same = nyhetsgraf.analyze(article, stages=["layout"])
    assert same.id == rec.id and same.source.path == str(article)
    assert [a.id for a in nyhetsgraf.read([article])] == [rec.id]
    nlp = nyhetsgraf.load()
    assert "ner" in nlp.pipe_names
