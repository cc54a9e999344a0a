"""Hostile input: links, pipes, races, gzip bombs, damaged containers, hostile markup, fuzzed bytes."""

from __future__ import annotations

import gzip
import io
import os
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sources_fixtures import PRESS_PARAGRAPHS, PRESS_TEXT, SHORT_TEXTS, jsonl_bytes, press_html, warc_bytes, write

from chanye.records import SourceDocument, SourceProblem
from chanye.sources import iter_sources, read_source_bytes
from chanye.sources.html_pages import LARGE_HTML_CHARS


def read_all(*paths, stdin=None):
    return list(iter_sources([str(p) for p in paths], stdin=stdin))


def check_item(item):
    """Every item is a record; documents are storable text; problems say something."""
    if isinstance(item, SourceDocument):
        assert item.text.strip()
        item.text.encode("utf-8")
        item.raw.encode("utf-8")
        assert "\x00" not in item.text and "\x00" not in item.raw
        assert len(item.content_hash) == 64
    else:
        assert isinstance(item, SourceProblem)
        assert item.origin and item.reason


# ---------------------------------------------------------------- file system


def test_symlink_loop_and_broken_link(tmp_path):
    root = tmp_path / "corpus"
    write(root / "a.txt", SHORT_TEXTS[0].encode())
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "gone.txt").symlink_to(root / "missing.txt")
    items = read_all(root)
    assert [(type(i).__name__, os.path.basename(i.origin)) for i in items] == [
        ("SourceDocument", "a.txt"),
        ("SourceProblem", "gone.txt"),
    ]
    assert items[1].reason == "broken symbolic link"


def test_hidden_file_named_explicitly_is_read(tmp_path):
    doc = read_all(write(tmp_path / ".notes.txt", SHORT_TEXTS[0].encode()))[0]
    assert isinstance(doc, SourceDocument) and doc.doc_id == ".notes"


def test_paths_as_path_objects_bytes_and_a_bare_string(tmp_path):
    path = write(tmp_path / "常州.txt", SHORT_TEXTS[0].encode())
    assert [type(i) for i in iter_sources([path])] == [SourceDocument]
    assert [type(i) for i in iter_sources([os.fsencode(path)])] == [SourceDocument]
    assert [type(i) for i in iter_sources(str(path))] == [SourceDocument]


def test_named_pipe(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "wb") as fh:
            fh.write(PRESS_TEXT.encode("gb18030"))

    writer = threading.Thread(target=feed)
    writer.start()
    items = read_all(fifo)
    writer.join()
    assert len(items) == 1 and isinstance(items[0], SourceDocument)
    assert items[0].text == PRESS_TEXT


def test_file_removed_while_reading(tmp_path):
    write(tmp_path / "a.txt", SHORT_TEXTS[0].encode())
    second = write(tmp_path / "b.txt", SHORT_TEXTS[1].encode())
    it = iter_sources([tmp_path])
    assert isinstance(next(it), SourceDocument)
    second.unlink()
    rest = list(it)
    assert len(rest) == 1 and isinstance(rest[0], SourceProblem)
    assert rest[0].origin == str(second) and rest[0].reason == "no such file or directory"


# ---------------------------------------------------------------- compressed input


def test_gzip_bomb_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    from chanye import settings as chanye_settings

    monkeypatch.setattr(chanye_settings, "MAX_FILE_BYTES", 1024 * 1024)
    path = write(tmp_path / "bomb.txt.gz", gzip.compress(b"a" * (8 * 1024 * 1024)))
    items = read_all(path)
    assert len(items) == 1 and "file too large" in items[0].reason


def test_not_really_gzip(tmp_path):
    items = read_all(write(tmp_path / "fake.txt.gz", PRESS_TEXT.encode()))
    assert len(items) == 1 and items[0].reason == "not a gzip file"


def test_truncated_gzip_text(tmp_path):
    data = gzip.compress(PRESS_TEXT.encode() * 50)
    items = read_all(write(tmp_path / "cut.txt.gz", data[: len(data) // 2]))
    assert len(items) == 1 and items[0].reason == "truncated gzip stream"


def test_text_cut_inside_a_character(tmp_path):
    data = PRESS_TEXT.encode("utf-8").rstrip(b"\n")[:-1]
    doc = read_all(write(tmp_path / "cut.txt", data))[0]
    assert isinstance(doc, SourceDocument)
    assert doc.encoding == "utf_8" and doc.text.endswith("\ufffd")
    assert doc.text.startswith(PRESS_TEXT[:100])


# ---------------------------------------------------------------- damaged containers


def _warc_with_gzip_content_encoding():
    body = gzip.compress(press_html().encode())
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
                                          ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("http://www.changzhou.gov.cn/z.html", "response",
                                                  payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


def test_warc_gzip_content_encoding_is_decoded(tmp_path):
    path = write(tmp_path / "enc.warc.gz", _warc_with_gzip_content_encoding())
    items = read_all(path)
    assert len(items) == 1 and isinstance(items[0], SourceDocument), items
    assert PRESS_PARAGRAPHS[0] in items[0].text


def test_warc_with_garbage_between_records(tmp_path):
    pages = [{"url": f"http://www.changzhou.gov.cn/{i}.html", "body": press_html(title=f"常州新闻{i}").encode()}
             for i in range(2)]
    first = warc_bytes(pages[:1], gz=False)
    second = warc_bytes(pages[1:], gz=False)
    path = write(tmp_path / "mixed.warc", first + b"this is not a record header\r\n\r\n" + second)
    items = read_all(path)
    assert isinstance(items[0], SourceDocument) and items[0].title == "常州新闻0"
    problems = [i for i in items if isinstance(i, SourceProblem)]
    assert len(problems) == 1 and problems[0].origin == str(path)
    assert "damaged WARC file after 1 complete record" in problems[0].reason


def test_warc_random_corruption_never_raises(tmp_path):
    import random

    pages = [{"url": f"http://www.changzhou.gov.cn/{i}.html", "body": press_html().encode()} for i in range(3)]
    for gz in (True, False):
        data = warc_bytes(pages, gz=gz)
        rnd = random.Random(7)
        for n in range(40):
            damaged = bytearray(data)
            for _ in range(rnd.randint(1, 10)):
                damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
            path = write(tmp_path / f"c{n}.warc{'.gz' if gz else ''}", bytes(damaged))
            items = read_all(path)
            assert items
            for item in items:
                check_item(item)


def test_jsonl_every_line_gets_one_item(tmp_path):
    lines = [{"id": "a", "text": SHORT_TEXTS[0]}, "{oops", {"html": "<p></p>"}, {"text": 42}, "null",
             {"text": SHORT_TEXTS[1], "id": None}, '"just a string"', {"text": SHORT_TEXTS[2], "id": True}]
    path = write(tmp_path / "mixed.jsonl", jsonl_bytes(lines))
    items = read_all(path)
    assert [i.origin for i in items] == [f"{path}:{n}" for n in range(1, 9)]
    assert [type(i).__name__ for i in items] == ["SourceDocument", "SourceProblem", "SourceProblem",
                                                 "SourceProblem", "SourceProblem", "SourceDocument",
                                                 "SourceProblem", "SourceDocument"]
    assert items[3].reason == "'text' is not a string (found int)"
    assert items[5].doc_id == "mixed-6" and items[7].doc_id == "mixed-8"


# ---------------------------------------------------------------- hostile markup


def test_deeply_nested_html():
    html = "<html><body>" + "<div>" * 50_000 + f"<p>{PRESS_PARAGRAPHS[0]}</p>" + "</div>" * 50_000 + "</body></html>"
    doc = read_source_bytes(html.encode(), doc_id="deep", origin="deep.html", format_hint="html")
    assert isinstance(doc, SourceDocument)
    assert PRESS_PARAGRAPHS[0] in doc.text


def test_huge_html_page_is_read_quickly(tmp_path):
    import time

    body = "".join(f"<p>{p}</p>" for p in PRESS_PARAGRAPHS) * 6000
    html = f"<html><head><title>大页面</title><script>var leak = 1;</script></head><body>{body}</body></html>"
    assert len(html) > LARGE_HTML_CHARS
    started = time.perf_counter()
    doc = read_source_bytes(html.encode(), doc_id="big", origin="big.html", format_hint="html")
    assert time.perf_counter() - started < 30
    assert isinstance(doc, SourceDocument) and doc.title == "大页面"
    assert "var leak" not in doc.text
    assert doc.text.splitlines()[:2] == PRESS_PARAGRAPHS[:2]


@pytest.mark.parametrize("markup", [
    b"<html>", b"<", b"<!DOCTYPE html>", b"<html><body>\x00</body></html>", b"<?xml version='1.0'?><html/>",
    b"<html><head><meta charset='nonsense-42'></head><body><p>\xe5\xb8\xb8\xe5\xb7\x9e</p></body></html>",
    b"<html><head><meta charset='x-user-defined'></head><body><p>ok</p></body></html>",
])
def test_odd_markup_never_raises(markup):
    for hint in (None, "html", "text"):
        check_item(read_source_bytes(markup, doc_id="m", origin="m", format_hint=hint))


# ---------------------------------------------------------------- fuzzing


_SEEDS = [PRESS_TEXT.encode(c) for c in ("utf-8", "gb18030", "utf-16", "utf-8-sig")] + [press_html().encode()]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.sampled_from(_SEEDS), edits=st.lists(st.tuples(st.integers(0, 10_000), st.binary(max_size=6)),
                                                      max_size=8))
def test_fuzzed_documents_never_raise(seed, edits):
    data = bytearray(seed)
    for pos, junk in edits:
        pos %= len(data) + 1
        data[pos:pos + len(junk)] = junk
    for hint in (None, "text", "html"):
        check_item(read_source_bytes(bytes(data), doc_id="f", origin="f", format_hint=hint))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise(data):
    check_item(read_source_bytes(data, doc_id="r", origin="r"))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_as_every_container(tmp_path_factory, data):
    root = tmp_path_factory.mktemp("fuzz")
    names = ["x.txt", "x.html", "x.jsonl", "x.jsonl.gz", "x.warc", "x.warc.gz", "x.txt.gz", "x"]
    for name in names:
        write(root / name, data)
    items = list(iter_sources([root]))
    assert len(items) >= len(names)
    for item in items:
        check_item(item)
