"""Layout: captions (label, credit forms), headings, title, lead, byline, fact box, offsets."""

from __future__ import annotations

import itertools

import pytest

from nyhetsgraf.layout import detect_title, split_blocks

ARTICLE = """Snøen kom tidlig til Tromsø i år, og mange bilister ble overrasket på vei til jobb mandag.

– Vi fikk over hundre meldinger før klokken åtte, sier vaktleder Nils Aune i Vegvesenet.

SNØKAOS: Flere biler sto fast i Kroken mandag morgen. Foto: Line Strand/NTB

Brøytemannskaper på jobb

Kommunen hadde alle brøytebiler ute fra klokken fire.

Ordfører Ida Moe sier at ingen ble skadet. Foto: Kommunen

Publisert: 04.11.2024 09:15
"""


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start:b.end]) for b in split_blocks(text)]


def captions(text: str) -> list[tuple[str | None, str | None]]:
    return [(b.label, b.credit) for b in split_blocks(text) if b.kind == "caption"]


def test_blocks_of_an_article():
    got = kinds(ARTICLE)
    assert [k for k, _ in got] == ["lead", "paragraph", "caption", "heading", "paragraph", "caption",
                                   "byline"]
    assert got[3][1] == "Brøytemannskaper på jobb"
    assert captions(ARTICLE) == [("SNØKAOS", "Line Strand/NTB"), (None, "Kommunen")]
    assert detect_title(ARTICLE) is None


def test_offsets_point_into_the_text_and_are_ordered():
    blocks = split_blocks(ARTICLE)
    for a, b in itertools.pairwise(blocks):
        assert a.end <= b.start
        assert not ARTICLE[a.end:b.start].strip()  # only whitespace between blocks
    assert ARTICLE[blocks[0].start:blocks[0].end].startswith("Snøen kom tidlig")


@pytest.mark.parametrize(
    ("caption", "label", "credit"),
    [
        ("MØTE: Statsministeren tok imot gjestene. Foto: Terje Lund/NTB", "MØTE", "Terje Lund/NTB"),
        ("LANG HISTORIE: Lederne møttes i 1984 Foto: KCNA via AP", "LANG HISTORIE", "KCNA via AP"),
        ("Toget ble fotografert ved grensen. Foto: Telegram/@grensenytt", None, "Telegram/@grensenytt"),
        ("Presidenten vinker til tilhengerne. (AP Photo/Ola Berg)", None, "AP Photo/Ola Berg"),
        ("VALGVAKE: Partilederen på scenen. Foto: (AP Photo/Kim Hansen)", "VALGVAKE", "AP Photo/Kim Hansen"),
        ("FRAMTID: Slik blir brua. Illustrasjon: Statens vegvesen", "FRAMTID", "Statens vegvesen"),
        ("Meldingen som ble lagt ut søndag. Skjermbilde: X", None, "X"),
        ("Foto: NTB", None, "NTB"),
        ("JUBEL: Laget feiret på banen. Foto Per Ås / VG", "JUBEL", "Per Ås / VG"),
        ("Sjefen møtte pressen. Foto: Kari Li/NRK Vis mer", None, "Kari Li/NRK"),
        ("HJEMME: Familien samlet rundt bordet i romjulen. Vis mer", "HJEMME", None),
    ],
)
def test_caption_label_and_credit_forms(caption, label, credit):
    text = f"Innledning om saken i dag.\n\n{caption}\n\nMer tekst om saken her."
    assert captions(text) == [(label, credit)]


def test_label_without_credit_is_a_caption_but_a_dateline_is_not():
    text = ("TROMSØ (NTB): Politiet leter etter en savnet mann.\n\n"
            "Mannen ble sist sett lørdag.\n\n"
            "LETING: Mannskaper gikk manngard i skogen søndag.\n\n"
            "Letingen fortsetter mandag.")
    got = kinds(text)
    assert got[0][0] == "lead"
    assert [k for k, _ in got] == ["lead", "paragraph", "caption", "paragraph"]
    assert captions(text) == [("LETING", None)]


def test_word_foto_in_body_text_is_not_a_caption():
    text = "Hun begynte med foto i ungdommen.\n\nUtstillingen åpner fredag, og Foto er tema for hele uka."
    assert captions(text) == []


@pytest.mark.parametrize(
    "heading",
    ["Våpenhvile i sikte", "– Vi gir oss aldri", "Hva skjer nå?", "Stabæk - Rosenborg 3-1", "Tre nye tiltak",
     "«Aldri igjen»"],
)
def test_headings(heading):
    text = f"Første avsnitt om saken.\n\n{heading}\n\nAndre avsnitt fortsetter saken her."
    assert ("heading", heading) in kinds(text)


@pytest.mark.parametrize(
    "line",
    [
        "Dette er en vanlig setning med punktum.",  # final punctuation
        "Han sa det til avisen:",  # colon
        "en linje som starter med liten bokstav",  # lower case
        "Les også Slik blir været i helgen",  # link teaser
        "– Hvem har ansvaret for dette?",  # a reporter's question
        "Hvorfor valgte du å gi deg nå?",  # a long question
        "Denne linjen er altfor lang til å være en mellomtittel fordi den har mange ord uten punktum",
    ],
)
def test_not_headings(line):
    text = f"Første avsnitt om saken.\n\n{line}\n\nAndre avsnitt fortsetter saken her."
    assert all(k != "heading" for k, _ in kinds(text))


def test_last_short_line_is_not_a_heading():
    text = "Første avsnitt om saken.\n\n– Vi kommer tilbake"
    assert [k for k, _ in kinds(text)] == ["lead", "paragraph"]


def test_title_and_kicker():
    text = "Sport\n\nSeier i siste sekund\n\nLaget vant 2–1 på overtid.\n\nMellomtittel her\n\nMer tekst."
    assert detect_title(text) == "Seier i siste sekund"
    got = kinds(text)
    assert got[:3] == [("heading", "Sport"), ("heading", "Seier i siste sekund"),
                       ("lead", "Laget vant 2–1 på overtid.")]
    assert ("heading", "Mellomtittel her") in got


@pytest.mark.parametrize(
    "text",
    [
        "Innenriks\n\nRegjeringen la fram planen i dag.\n\nMer tekst.",
        "NTB Innenriks\n\nRegjeringen la fram planen i dag.\n\nMer tekst.",
        "– Dette er et sitat som åpner saken, sier hun.\n\nMer tekst.",
        "Kommunen vedtok budsjettet i går.\n\nMer tekst.",
        "OSLO (NTB): Regjeringen la fram planen.\n\nMer tekst.",
        "Bare én linje uten punktum",
    ],
)
def test_no_title(text):
    assert detect_title(text) is None


def test_title_followed_by_a_short_standfirst_line():
    text = "Ny bru over fjorden\n\nKan stå ferdig i 2030\n\nFylket har vedtatt å bygge brua."
    assert detect_title(text) == "Ny bru over fjorden"


def test_dash_quote_title():
    text = "Ordføreren om flommen: – Vi var ikke forberedt\n\n– Vi hadde aldri sett så mye vann, sier hun."
    assert detect_title(text) == "Ordføreren om flommen: – Vi var ikke forberedt"


@pytest.mark.parametrize(
    "line",
    ["Publisert: 05.09.2023 13:32", "Oppdatert 5. september 2023", "Av Kari Nordmann og Per Hansen",
     "Publisert: For mindre enn 40 minutter siden", "05.09.2023 kl. 13.32"],
)
def test_bylines(line):
    text = f"Første avsnitt om saken.\n\n{line}\n\nAndre avsnitt fortsetter saken her."
    assert ("byline", line) in kinds(text)


def test_factbox_lines_form_one_block():
    text = ("Innledning om valget.\n\nFAKTA: Valget\n• Holdes i september.\n• 169 representanter.\n\n"
            "Mer tekst om valget.")
    got = kinds(text)
    assert got[1] == ("factbox", "FAKTA: Valget\n• Holdes i september.\n• 169 representanter.")
    assert got[2][0] == "paragraph"


def test_single_newlines_separate_lines_but_wrapped_sentences_join():
    text = "Første avsnitt her.\nMellomtittel\nAndre avsnitt er brutt\nover to linjer.\nSiste avsnitt."
    got = kinds(text)
    assert got == [("lead", "Første avsnitt her."), ("heading", "Mellomtittel"),
                   ("paragraph", "Andre avsnitt er brutt\nover to linjer."), ("paragraph", "Siste avsnitt.")]


def test_empty_text():
    assert split_blocks("") == []
    assert detect_title("") is None
