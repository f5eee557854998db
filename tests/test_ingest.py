"""Readers: every input format, compression, encoding, ids, duplicates and each kind of bad input."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import tracemalloc
from pathlib import Path

import pytest
import zstandard

from nyhetsgraf.ingest import Article, ReadError, article_from_text, read
from nyhetsgraf.ingest.decode import DecodeError, decode
from nyhetsgraf.ingest.text import article_id, normalise_date, split_header

BODY = (
    "Ferja mellom Moss og Horten ble innstilt tirsdag på grunn av sterk vind.\n\n"
    "– Vi setter sikkerheten først, sier driftsleder Åse Bø i Bastø Fosen.\n\n"
    "KAI: Ferja ligger til kai i Moss. Foto: Per Øren/NTB"
)
CRAWLED = f" date 2024-03 {BODY}\n"


def collect(paths, **kw):
    errors: list[ReadError] = []
    articles = list(read(paths, on_error=errors.append, **kw))
    return articles, errors


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- crawled and plain text ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("header", "date"),
    [(" date 2024-03 ", "2024-03"), ("date 2024-03-05\n", "2024-03-05"), ("date 2024 ", "2024"),
     ("date: 2024-03-05T13:32 ", "2024-03-05T13:32")],
)
def test_date_header_moves_to_date_and_out_of_text(header, date):
    got_date, body = split_header(header + "Ferja ble innstilt.")
    assert got_date == date
    assert body == "Ferja ble innstilt."


def test_no_header_leaves_text_alone():
    assert split_header("Dato for valget er satt.") == (None, "Dato for valget er satt.")
    assert split_header("date 2024-13 Feil måned.")[0] is None


def test_crawled_file(tmp_path):
    [a], errors = collect([write(tmp_path / "ferje.txt", CRAWLED)])
    assert not errors
    assert a.date == "2024-03"
    assert a.text == BODY
    assert a.source.path.endswith("ferje.txt") and a.source.line == 1
    assert a.id == article_id(BODY) and len(a.id) == 16


def test_crlf_bom_and_trailing_spaces_are_normalised(tmp_path):
    data = "\ufeff date 2024-03 " + BODY.replace("\n", "  \r\n")
    [a], _ = collect([write(tmp_path / "win.txt", data)])
    assert "\r" not in a.text and "\ufeff" not in a.text
    assert a.text == BODY


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_single_byte_encodings_keep_norwegian_letters(tmp_path, encoding):
    text = "Blåbær og rømme på Ærø – sier Øyvind." if encoding == "cp1252" else "Blåbær og rømme på Ærø."
    path = tmp_path / "gammel.txt"
    path.write_bytes(text.encode(encoding))
    [a], errors = collect([path])
    assert not errors
    assert a.text == text


def test_decode_reports_encoding():
    assert decode("æøå".encode())[1] == "utf-8"
    assert decode("æøå".encode("latin-1"))[1] == "latin-1"
    assert decode("– æøå".encode("cp1252"))[1] == "cp1252"
    assert decode(b"\xef\xbb\xbfhei")[0] == "hei"
    assert decode("hei på deg".encode("utf-16"))[0] == "hei på deg"


def test_same_body_gives_same_id_across_formats_and_whitespace(tmp_path):
    a1 = article_from_text(CRAWLED)
    a2 = article_from_text(BODY.replace("\n\n", "\r\n\r\n") + "   ")
    [a3], _ = collect([write(tmp_path / "a.jsonl", json.dumps({"text": BODY}) + "\n")])
    assert a1.id == a2.id == a3.id


# --- JSON Lines and JSON ----------------------------------------------------------------------------

def test_jsonl_fields(tmp_path):
    lines = [
        {"text": "Første sak om brua.", "title": "Brua", "date": "2024-03-05", "url": "https://x.no/1",
         "id": 7},
        {"body": "Andre sak om tunnelen.", "published": "05.03.2024 13:32"},
        {"content": "Tredje sak om ferja."},
    ]
    content = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n"
    path = write(tmp_path / "saker.jsonl", content)
    arts, errors = collect([path])
    assert not errors
    assert [a.text for a in arts] == ["Første sak om brua.", "Andre sak om tunnelen.", "Tredje sak om ferja."]
    assert arts[0].title == "Brua" and arts[0].date == "2024-03-05" and arts[0].url == "https://x.no/1"
    assert arts[0].source.url == "https://x.no/1" and arts[0].source.id == "7"
    assert arts[1].date == "2024-03-05T13:32"
    assert [a.source.line for a in arts] == [1, 2, 3]


def test_jsonl_text_with_date_header(tmp_path):
    [a], _ = collect([write(tmp_path / "c.jsonl", json.dumps({"text": CRAWLED}) + "\n")])
    assert a.date == "2024-03" and a.text == BODY


@pytest.mark.parametrize(
    "payload",
    [[{"text": "Sak én om skolen."}, {"text": "Sak to om skolen."}],
     {"articles": [{"text": "Sak én om skolen."}, {"text": "Sak to om skolen."}]}],
)
def test_json_file_with_a_list(tmp_path, payload):
    arts, errors = collect([write(tmp_path / "liste.json", json.dumps(payload))])
    assert not errors
    assert [a.text for a in arts] == ["Sak én om skolen.", "Sak to om skolen."]


def test_json_single_object_and_pretty_printed_stdin():
    obj = {"text": "Sak om skolen.", "title": "Skolen"}
    stdin = io.BytesIO(json.dumps(obj, indent=2).encode())
    [a] = list(read(["-"], stdin=stdin))
    assert a.title == "Skolen" and a.source.path == "<stdin>"


def test_normalise_date():
    assert normalise_date("2024-03") == "2024-03"
    assert normalise_date("2024-03-05 13:32") == "2024-03-05T13:32"
    assert normalise_date("5.3.2024") == "2024-03-05"
    assert normalise_date("i går") is None


# --- HTML ---------------------------------------------------------------------------------------------

def test_html_page(tmp_path):
    para = ("Kommunen har vedtatt å bygge en ny skole på Bryn. Byggingen starter til våren, og skolen skal "
            "stå ferdig om tre år. Rektor gleder seg til å ta imot elevene. ")
    html = f"""<!DOCTYPE html><html><head><title>Ny skole på Bryn | Lokalavisa</title>
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
<link rel="canonical" href="https://lokalavisa.no/skole"></head>
<body><nav><a href="/">Forside</a> <a href="/sport">Sport</a></nav><article><h1>Ny skole på Bryn</h1>
<p>{para * 2}</p><h2>Byggestart</h2><p>– Dette har vi ventet lenge på, sier ordfører Kari Lund. {para}</p>
<p>{para}</p></article><footer>Kontakt redaksjonen</footer></body></html>"""
    [a], errors = collect([write(tmp_path / "side.html", html)])
    assert not errors
    assert a.title == "Ny skole på Bryn"
    assert a.date == "2024-03-05"
    assert a.url == "https://lokalavisa.no/skole"
    assert "sier ordfører Kari Lund" in a.text
    assert "Kontakt redaksjonen" not in a.text and "Forside" not in a.text
    assert "\n\nByggestart\n\n" in a.text


# --- paths: directories, globs, stdin, compression ------------------------------------------------------

def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    write(tmp_path / "b" / "2.txt", "Sak to om veien.")
    write(tmp_path / "1.txt", "Sak én om veien.")
    write(tmp_path / "notat.pdf", b"%PDF-1.4")
    write(tmp_path / ".skjult.txt", "Skjult sak.")
    arts, errors = collect([tmp_path])
    assert not errors
    assert [a.text for a in arts] == ["Sak én om veien.", "Sak to om veien."]


def test_glob(tmp_path):
    for i in range(3):
        write(tmp_path / f"sak{i}.txt", f"Sak nummer {i} om veien.")
    arts, errors = collect([str(tmp_path / "sak*.txt")])
    assert [a.text for a in arts] == [f"Sak nummer {i} om veien." for i in range(3)]
    _, errors = collect([str(tmp_path / "finnes*.txt")])
    assert len(errors) == 1 and "no files match" in str(errors[0])


def test_stdin_plain_text():
    [a] = list(read(["-"], stdin=io.BytesIO(CRAWLED.encode())))
    assert a.date == "2024-03" and a.text == BODY


@pytest.mark.parametrize(
    ("suffix", "compress"),
    [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress),
     (".zst", lambda b: zstandard.ZstdCompressor().compress(b))],
)
def test_compressed_inputs(tmp_path, suffix, compress):
    lines = "".join(json.dumps({"text": f"Sak {i} om brua."}) + "\n" for i in range(3)).encode()
    arts, errors = collect([write(tmp_path / f"saker.jsonl{suffix}", compress(lines))])
    assert not errors and [a.text for a in arts] == [f"Sak {i} om brua." for i in range(3)]
    [a], _ = collect([write(tmp_path / f"sak.txt{suffix}", compress(CRAWLED.encode()))])
    assert a.text == BODY
    # compressed stdin without any name: recognised by its magic bytes
    [b] = list(read(["-"], stdin=io.BytesIO(compress(CRAWLED.encode()))))
    assert b.text == BODY


def test_jsonl_streams_with_flat_memory(tmp_path):
    path = tmp_path / "stor.jsonl.gz"
    filler = "Ordføreren sier at kommunen skal bygge flere boliger neste år. " * 30
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(4000):
            f.write(json.dumps({"text": f"Sak {i}. {filler}"}, ensure_ascii=False) + "\n")
    tracemalloc.start()
    count = 0
    for _ in read([path]):
        count += 1
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 4000
    assert peak < 2_000_000  # the file is ~8 MB uncompressed


# --- duplicates ------------------------------------------------------------------------------------------

def test_duplicates_are_skipped_and_reported_once(tmp_path):
    write(tmp_path / "a.txt", CRAWLED)
    write(tmp_path / "b.txt", BODY.replace("\n\n", "\r\n\r\n"))
    write(tmp_path / "c.jsonl", json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY}) + "\n")
    dups = []
    arts = list(read([tmp_path], on_duplicate=dups.append))
    assert len(arts) == 1
    assert len(dups) == 1 and "duplicate" in str(dups[0]) and arts[0].id in str(dups[0])
    assert len(list(read([tmp_path], keep_duplicates=True))) == 4


# --- bad input ---------------------------------------------------------------------------------------

def test_empty_and_whitespace_files(tmp_path):
    _, errors = collect([write(tmp_path / "tom.txt", ""), write(tmp_path / "blank.txt", " \n\n ")])
    assert [e.message for e in errors] == ["empty file", "empty file"]
    _, errors = collect([write(tmp_path / "bare-dato.txt", " date 2024-03 ")])
    assert errors[0].message == "no article text after the date header"


def test_binary_file(tmp_path):
    _, errors = collect([write(tmp_path / "bilde.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")])
    assert len(errors) == 1 and "binary file" in errors[0].message and "PNG" in errors[0].message
    _, errors = collect([write(tmp_path / "data.txt", bytes(range(256)) * 4)])
    assert "binary file" in errors[0].message


def test_undecodable_bytes_name_the_line(tmp_path):
    data = "Første linje med æøå.\nAndre linje ".encode() + b"\xe6\xf8 ugyldig\n"
    _, errors = collect([write(tmp_path / "blandet.txt", data)])
    assert len(errors) == 1
    assert errors[0].line == 2 and "undecodable bytes" in errors[0].message
    assert str(errors[0]).startswith(str(tmp_path / "blandet.txt") + ":2: ")
    with pytest.raises(DecodeError):
        decode(b"abc \x81\x8d\x90")


def test_broken_jsonl_line_and_record_without_text_do_not_stop_the_file(tmp_path):
    content = "\n".join([
        json.dumps({"text": "Sak én om brua."}),
        '{"text": "uten slutt',
        json.dumps({"title": "Bare tittel"}),
        json.dumps([1, 2]),
        json.dumps({"text": "Sak to om brua."}),
    ]) + "\n"
    arts, errors = collect([write(tmp_path / "saker.jsonl", content)])
    assert [a.text for a in arts] == ["Sak én om brua.", "Sak to om brua."]
    assert [e.line for e in errors] == [2, 3, 4]
    assert "broken JSON line" in errors[0].message
    assert "no text" in errors[1].message
    assert "expected a JSON object" in errors[2].message


def test_json_errors(tmp_path):
    _, errors = collect([write(tmp_path / "feil.json", '{"text": ')])
    assert "invalid JSON" in errors[0].message and errors[0].line == 1
    payload = json.dumps([{"text": "Sak."}, {"tekst": "Feil felt."}])
    _, errors = collect([write(tmp_path / "liste.json", payload)])
    assert str(errors[0]).endswith("item 2: JSON record has no text (expected a non-empty 'text', 'body' or "
                                   "'content' field)")


def test_missing_path_and_corrupt_compression(tmp_path):
    write(tmp_path / "ok.txt", "Sak om brua.")
    gz = gzip.compress(("\n".join(json.dumps({"text": f"Sak {i} om veien."}) for i in range(200))).encode())
    write(tmp_path / "kuttet.jsonl.gz", gz[: len(gz) // 2])
    arts, errors = collect([tmp_path / "finnes-ikke.txt", tmp_path / "ok.txt", tmp_path / "kuttet.jsonl.gz"])
    assert errors[0].message == "no such file or directory"
    assert "corrupt or truncated" in errors[-1].message
    assert arts[0].text == "Sak om brua." and len(arts) > 1  # the readable part of the stream is kept


def test_without_on_error_the_first_error_raises(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        list(read([tmp_path / "borte.txt"]))


def test_article_type():
    a = article_from_text("Kort sak.", title="  Tittel  ")
    assert isinstance(a, Article) and a.title == "Tittel"


def test_cp1252_text_with_upper_case_letters_before_guillemets_is_not_mixed():
    text = "Tittelen var «PÅ» og «NÅ» – og det var dét."
    assert decode(text.encode("cp1252")) == (text, "cp1252")
