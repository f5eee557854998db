"""Speaker resolution, source statistics and the spaCy/CLI surfaces of the quote layer.

Texts are written for these tests (fictional people). They run on the text-only fallback
index, except where an ``EntityIndex`` is built by hand to pin the entity-layer contract.
"""

from __future__ import annotations

from nyhetsgraf.extract.entities import EntityIndex
from nyhetsgraf.extract.quotes import annotate_doc, extract_quotes
from nyhetsgraf.extract.source_stats import source_stats
from nyhetsgraf.extract.speaker_phrases import cut_circumstance, find_medium, parse_speaker
from nyhetsgraf.record import Entity, Mention


def speakers(text: str, index=None) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text, index=index)]


# --- speaker phrases -------------------------------------------------------------------------------


def test_phrase_role_name_affiliation_medium():
    phrase = "klimaforsker Anne Lie ved Universitetet i Bergen, til NRK"
    sp = parse_speaker(cut_circumstance(phrase))
    assert (sp.name, sp.role, sp.affiliation) == ("Anne Lie", "klimaforsker", "ved Universitetet i Bergen")
    assert find_medium(phrase) == "NRK"
    assert find_medium("Ola Berg til kanalen TV 2") == "TV 2"
    assert find_medium("Ola Berg til pressen") is None


def test_phrase_apposition_and_genitive_role():
    sp = parse_speaker("Regjeringens talsperson, Kari Nilsen")
    assert (sp.name, sp.role) == ("Kari Nilsen", "Regjeringens talsperson")
    sp = parse_speaker("statsminister Per Lundes nærmeste rådgiver, Siri Holm")
    assert sp.name == "Siri Holm"


def test_phrase_sentence_initial_role_word_is_not_part_of_the_name():
    sp = parse_speaker("Kommunikasjonssjef Trond Aas i Fjellkraft", sentence_initial=True)
    assert (sp.name, sp.role, sp.affiliation) == ("Trond Aas", "kommunikasjonssjef", "i Fjellkraft")


def test_phrase_pronoun_and_common_nouns():
    assert parse_speaker("han").pronoun == "han"
    assert parse_speaker("ho").pronoun == "ho"
    assert parse_speaker("politiet").kind_hint == "ORG"
    assert parse_speaker("flere økonomer").kind_hint == "GROUP"
    assert parse_speaker("en kilde i departementet").kind_hint == "ANON"


# --- pronouns ----------------------------------------------------------------------------------------


def test_pronoun_resolves_by_gender_past_a_more_recent_person():
    text = (
        "Lege Kari Nilsen har jobbet på sykehuset i tjue år. Hun møtte Ola Berg på et kurs.\n\n"
        "– Vi trenger flere hender, sier hun."
    )
    assert speakers(text) == ["Kari Nilsen"]


def test_pronoun_han_takes_the_latest_male_speaker():
    text = "– Vi må bygge mer, sier næringsminister Per Lunde.\n\n– Og vi må gjøre det raskt, sier han."
    assert speakers(text) == ["Per Lunde", "Per Lunde"]


def test_plural_pronoun_takes_an_organisation_speaker():
    text = "Fjellkraft opplyser at strømmen er tilbake i hele fylket.\n\n– Vi beklager ulempene, sier de."
    assert speakers(text) == ["Fjellkraft", "Fjellkraft"]


def test_unresolvable_pronoun_stays_null():
    qs = extract_quotes("– Vi er fornøyde, sier hun.")
    assert qs[0].speaker is None
    assert qs[0].speaker_kind is None


def test_pronoun_never_emitted_as_speaker():
    texts = ["– Det går bra, sier han.", "Hun sier at alt er i orden.", "– Vi kommer, sier de."]
    for t in texts:
        for q in extract_quotes(t):
            assert q.speaker not in ("han", "hun", "de", "ho", "dei")


# --- names, roles, organisations -------------------------------------------------------------------


def test_surname_resolves_to_full_name():
    text = "Partileder Ingrid Solberg la fram programmet i dag.\n\n– Dette er et godt program, sier Solberg."
    assert speakers(text) == ["Ingrid Solberg"]


def test_role_noun_resolves_to_the_person_with_that_role():
    text = (
        "Helseminister Per Lunde besøkte sykehuset sammen med lege Kari Nilsen.\n\n"
        "Helseministeren sier at sykehuset får mer penger neste år."
    )
    assert speakers(text) == ["Per Lunde"]


def test_definite_org_noun_resolves_to_named_organisation():
    text = (
        "Raset gikk i Fjellvik kommune natt til søndag.\n\n"
        "Tolv hus er evakuert. Det skriver kommunen på sine nettsider."
    )
    assert speakers(text) == ["Fjellvik kommune"]


def test_acronym_speaker_expands_to_full_name():
    text = (
        "Nettsidene til Statens strålevern (SSV) var nede tirsdag.\n\n"
        "Tidligere har SSV uttalt at de ikke vil kommentere angrep."
    )
    qs = extract_quotes(text)
    assert qs[0].speaker == "Statens strålevern"
    assert qs[0].speaker_kind == "ORG"


def test_entity_index_is_used_for_speaker_id():
    text = "– Vi er klare, sier Tønnesen.\n"
    ent = Entity(
        id="e1", name="Arne Tønnesen", type="PER", gender="m", mentions=[Mention(20, 28, "Tønnesen")]
    )
    qs = extract_quotes(text, index=EntityIndex([ent], text))
    assert (qs[0].speaker, qs[0].speaker_id, qs[0].speaker_kind) == ("Arne Tønnesen", "e1", "PER")


def test_medium_is_not_a_person_addressed():
    text = "Ola Berg møtte Kari Nilsen i Oslo.\n\n– Velkommen hit, sier Berg til Nilsen."
    qs = extract_quotes(text)
    assert qs[0].speaker == "Ola Berg"
    assert qs[0].medium is None


# --- statistics and surfaces -----------------------------------------------------------------------


def test_source_stats_by_gender_and_kind():
    text = (
        "– Vi har gode tall, sier direktør Kari Nilsen.\n\n"
        "– Og vi skal vokse, sier hun.\n\n"
        "Politiet opplyser at ingen ble skadet."
    )
    qs = extract_quotes(text)
    stats = source_stats(qs, {"Kari Nilsen": "f"})
    assert stats["n_quotes"] == 3 and stats["n_sources"] == 2
    top = stats["sources"][0]
    assert (top["speaker"], top["quotes"], top["gender"], top["kind"]) == ("Kari Nilsen", 2, "f", "PER")
    assert top["words"] == 8
    assert stats["by_gender"]["f"]["quotes"] == 2
    assert stats["by_kind"]["ORG"]["sources"] == 1


def test_doc_extension_holds_quotes_and_spans():
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("nb")
    doc = nlp("– Vi er klare for finalen, sier kaptein Siri Holm.")
    qs = annotate_doc(doc)
    assert Doc.has_extension("quotes")
    assert doc._.quotes == qs and qs[0].speaker == "Siri Holm"
    span = doc.spans["quotes"][0]
    assert span.text == "Vi er klare for finalen" and span.label_ == "direct"


def test_quotes_stage_fills_record_and_stats():
    from nyhetsgraf.extract.quotes import quotes_stage
    from nyhetsgraf.record import Record

    class Ctx:
        doc = None
        entity_index = None

    rec = Record(id="x", text="– Det blir sol i morgen, sier meteorolog Per Lunde til NRK.")
    quotes_stage(rec, Ctx())
    assert rec.quotes[0].speaker == "Per Lunde" and rec.quotes[0].medium == "NRK"
    assert rec.stats["sources"]["n_sources"] == 1


def test_affiliation_and_role_on_the_quote():
    qs = extract_quotes("– Renten stiger, sier sjeføkonom Kari Nilsen i Fjordbanken til NTB.")
    q = qs[0]
    assert (q.speaker, q.role, q.affiliation, q.medium) == (
        "Kari Nilsen",
        "sjeføkonom",
        "i Fjordbanken",
        "NTB",
    )


def test_quotes_command_prints_speaker_role_kind_and_quote(tmp_path):
    """``nyhetsgraf quotes PATH`` end to end with the shipped model (skipped when it is not installed)."""
    from click.testing import CliRunner

    from nyhetsgraf import nlp
    from nyhetsgraf.cli import cli

    try:
        nlp.load("nb")
    except nlp.ModelNotFound:
        import pytest

        pytest.skip("the Norwegian model is not installed")
    path = tmp_path / "flom.txt"
    path.write_text(
        "Elva gikk over sine bredder i Fjellvik natt til søndag.\n\n"
        "– Vi har evakuert tolv hus, sier brannsjef Trond Aas til NRK.\n\n"
        "– Det verste er over nå, legger han til.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["quotes", str(path)])
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "Trond Aas" in out and "brannsjef" in out and "direct" in out
    assert "evakuert" in out and "Det verste" in out


def test_object_pronoun_after_ifolge_resolves():
    text = "Økonom Per Lunde har sett på tallene.\n\nIfølge ham vil prisene falle i høst."
    q = next(q for q in extract_quotes(text) if "prisene" in q.text)
    assert q.speaker == "Per Lunde"
