"""JSONL dumps and WARC crawls: one document per line / HTML response, bad items named, truncation."""

from __future__ import annotations

import gzip

from sources_fixtures import (
    PRESS_PARAGRAPHS,
    PRESS_TITLE,
    SCRIPT_MARKER,
    SHORT_TEXTS,
    TRAD_TEXT,
    jsonl_bytes,
    press_html,
    warc_bytes,
    write,
)

from chanye.records import SourceDocument, SourceProblem
from chanye.sources import iter_sources


def read_all(*paths):
    return list(iter_sources([str(p) for p in paths]))


def summary(items):
    return [(type(i).__name__, i.origin) for i in items]


# ---------------------------------------------------------------- JSONL


def test_jsonl_good_broken_and_textless_lines(tmp_path):
    path = write(
        tmp_path / "dump.jsonl",
        jsonl_bytes([
            {"id": "cz-001", "text": SHORT_TEXTS[0], "url": "http://www.changzhou.gov.cn/1", "title": "武进招商",
             "date": "2025/3/18 09:30"},
            '{"id": "cz-002", "text": "新北区光伏" "}',
            {"text": SHORT_TEXTS[1]},
            "",
            {"id": "cz-004", "title": "只有标题"},
            {"id": 5, "html": press_html(), "date": "2025年3月19日"},
            "[1, 2, 3]",
            {"id": "cz-008", "text": "   "},
            {"id": "cz-009", "text": SHORT_TEXTS[2], "date": "not a date"},
        ]),
    )
    items = read_all(path)
    p = str(path)
    assert summary(items) == [
        ("SourceDocument", f"{p}:1"),
        ("SourceProblem", f"{p}:2"),
        ("SourceDocument", f"{p}:3"),
        ("SourceProblem", f"{p}:5"),
        ("SourceDocument", f"{p}:6"),
        ("SourceProblem", f"{p}:7"),
        ("SourceProblem", f"{p}:8"),
        ("SourceDocument", f"{p}:9"),
    ]
    first, broken, second, textless, page, not_object, blank, last = items
    assert (first.doc_id, first.text, first.url, first.title, first.date) == (
        "cz-001", SHORT_TEXTS[0], "http://www.changzhou.gov.cn/1", "武进招商", "2025-03-18")
    assert first.format == "jsonl" and first.raw == first.text
    assert broken.reason.startswith("not valid JSON at line 2: ")
    assert second.doc_id == "dump-3"
    assert textless.reason == "line has neither 'text' nor 'html'"
    assert page.doc_id == "5"
    assert page.date == "2025-03-19"  # the line's date wins over the page's
    assert page.title == PRESS_TITLE
    assert PRESS_PARAGRAPHS[2] in page.text and SCRIPT_MARKER not in page.text
    assert page.raw == press_html()
    assert "not a JSON object" in not_object.reason
    assert "only whitespace" in blank.reason
    assert last.date is None


def test_jsonl_gz_and_ids(tmp_path):
    lines = [{"text": t} for t in SHORT_TEXTS]
    path = write(tmp_path / "常州 语料.jsonl.gz", gzip.compress(jsonl_bytes(lines)))
    items = read_all(path)
    assert [d.doc_id for d in items] == ["常州 语料-1", "常州 语料-2", "常州 语料-3"]
    assert [d.text for d in items] == SHORT_TEXTS


def test_jsonl_truncated_gzip(tmp_path):
    lines = [{"id": f"n{i}", "text": SHORT_TEXTS[i % 3] + str(i)} for i in range(400)]
    data = gzip.compress(jsonl_bytes(lines))
    path = write(tmp_path / "cut.jsonl.gz", data[: len(data) * 2 // 3])
    items = read_all(path)
    docs = [i for i in items if isinstance(i, SourceDocument)]
    problems = [i for i in items if isinstance(i, SourceProblem)]
    assert len(docs) > 10
    assert [d.doc_id for d in docs] == [f"n{i}" for i in range(len(docs))]
    assert len(problems) == 1
    assert problems[0].origin == str(path)
    assert problems[0].reason.startswith("truncated gzip stream after ")


def test_jsonl_lone_surrogates_and_nul_do_not_escape(tmp_path):
    path = write(tmp_path / "odd.jsonl", b'{"text": "\\u5e38\\u5dde\\ud800\\u0000\\u5e02"}\n')
    doc = read_all(path)[0]
    assert isinstance(doc, SourceDocument)
    assert doc.text == "常州\ufffd\ufffd市"
    doc.text.encode("utf-8")


def test_not_jsonl_at_all_is_one_problem(tmp_path):
    path = write(tmp_path / "notes.jsonl", ("这不是JSON。\n" * 50).encode())
    items = read_all(path)
    assert len(items) == 1
    assert items[0].origin == str(path)
    assert "not a JSON Lines file" in items[0].reason
    assert "no JSON object in its first 5 lines" in items[0].reason


def test_binary_jsonl_is_one_problem(tmp_path):
    path = write(tmp_path / "blob.jsonl", b"\x00\x01\x02\n" * 100)
    items = read_all(path)
    assert summary(items) == [("SourceProblem", str(path))]
    assert "binary" in items[0].reason


def test_empty_jsonl(tmp_path):
    items = read_all(write(tmp_path / "empty.jsonl", b""))
    assert len(items) == 1 and items[0].reason == "empty file"


def test_jsonl_line_too_long(tmp_path, monkeypatch):
    from chanye import settings

    monkeypatch.setattr(settings, "MAX_FILE_BYTES", 4096)
    path = write(tmp_path / "long.jsonl", jsonl_bytes([{"text": SHORT_TEXTS[0]}, {"text": "长" * 5000},
                                                       {"text": SHORT_TEXTS[1]}]))
    items = read_all(path)
    assert summary(items) == [
        ("SourceDocument", f"{path}:1"),
        ("SourceProblem", f"{path}:2"),
        ("SourceDocument", f"{path}:3"),
    ]
    assert "line too long" in items[1].reason


# ---------------------------------------------------------------- WARC


def _crawl():
    return [
        {"type": "request", "url": "http://www.changzhou.gov.cn/news/1.html"},
        {"url": "http://www.changzhou.gov.cn/news/1.html", "body": press_html().encode("utf-8")},
        {"url": "http://www.changzhou.gov.cn/logo.png", "body": b"\x89PNG\r\n\x1a\n" + bytes(200),
         "content_type": "image/png"},
        {"type": "metadata", "url": "http://www.changzhou.gov.cn/news/1.html", "body": b"via: crawler"},
        {"url": "http://www.changzhou.gov.cn/news/2.html",
         "body": press_html("gbk", title="常州新能源汽车产业链加快集聚").encode("gbk"),
         "content_type": "text/html; charset=GBK"},
        {"url": "http://www.changzhou.gov.cn/missing.html", "body": b"<html><body><p>404</p></body></html>",
         "status": "404 Not Found"},
        {"url": "http://www.changzhou.gov.cn/news/3.html",
         "body": ("<html><head><title>繁體</title></head><body>"
                  + "".join(f"<p>{line}</p>" for line in TRAD_TEXT.splitlines()) + "</body></html>").encode("big5"),
         "content_type": "text/html"},
        {"url": "http://www.changzhou.gov.cn/news/4.html", "body": b"\x00\x01\x02\x03" * 50},
    ]


def _check_crawl(items, path):
    p = str(path)
    assert summary(items) == [
        ("SourceDocument", f"{p}#http://www.changzhou.gov.cn/news/1.html"),
        ("SourceDocument", f"{p}#http://www.changzhou.gov.cn/news/2.html"),
        ("SourceDocument", f"{p}#http://www.changzhou.gov.cn/news/3.html"),
        ("SourceProblem", f"{p}#http://www.changzhou.gov.cn/news/4.html"),
    ]
    one, two, three, bad = items
    assert one.doc_id == one.url == "http://www.changzhou.gov.cn/news/1.html"
    assert one.format == "warc"
    assert one.title == PRESS_TITLE and one.date == "2025-03-18"
    assert all(para in one.text for para in PRESS_PARAGRAPHS)
    assert SCRIPT_MARKER not in one.text
    assert two.encoding == "gb18030" and two.title == "常州新能源汽车产业链加快集聚"
    assert PRESS_PARAGRAPHS[1] in two.text
    assert three.encoding == "big5" and TRAD_TEXT.splitlines()[1] in three.text
    assert "binary" in bad.reason


def test_warc_gz(tmp_path):
    path = write(tmp_path / "crawl.warc.gz", warc_bytes(_crawl()))
    _check_crawl(read_all(path), path)


def test_warc_uncompressed(tmp_path):
    path = write(tmp_path / "crawl.warc", warc_bytes(_crawl(), gz=False))
    _check_crawl(read_all(path), path)


def test_truncated_warc_gz(tmp_path):
    pages = [{"url": f"http://www.changzhou.gov.cn/news/{i}.html",
              "body": press_html(title=f"常州新闻{i}").encode()} for i in range(6)]
    data = warc_bytes(pages)
    path = write(tmp_path / "cut.warc.gz", data[: int(len(data) * 0.6)])
    items = read_all(path)
    docs = [i for i in items if isinstance(i, SourceDocument)]
    assert 1 <= len(docs) < 6
    assert [d.title for d in docs] == [f"常州新闻{i}" for i in range(len(docs))]
    assert isinstance(items[-1], SourceProblem) and sum(isinstance(i, SourceProblem) for i in items) == 1
    assert items[-1].origin == str(path)
    assert "truncated" in items[-1].reason


def test_warc_gz_cut_anywhere_is_reported(tmp_path):
    """A cut inside a gzip member's last bytes leaves every record readable: the stream check catches it."""
    pages = [{"url": f"http://www.changzhou.gov.cn/news/{i}.html",
              "body": press_html(title=f"常州新闻{i}").encode()} for i in range(2)]
    data = warc_bytes(pages)
    for cut in range(len(data) - 40, len(data)):  # the second member's trailer and the bytes before it
        path = write(tmp_path / "cut.warc.gz", data[:cut])
        items = read_all(path)
        assert isinstance(items[-1], SourceProblem) and "truncated" in items[-1].reason, cut
    assert not any(isinstance(i, SourceProblem) for i in read_all(write(tmp_path / "whole.warc.gz", data)))


def test_truncated_warc_uncompressed(tmp_path):
    pages = [{"url": f"http://www.changzhou.gov.cn/news/{i}.html",
              "body": press_html(title=f"常州新闻{i}").encode()} for i in range(3)]
    data = warc_bytes(pages, gz=False)
    path = write(tmp_path / "cut.warc", data[: len(data) - 500])
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["SourceDocument", "SourceDocument", "SourceProblem"]
    assert "truncated" in items[-1].reason and items[-1].origin == str(path)


def test_not_a_warc(tmp_path):
    path = write(tmp_path / "fake.warc", "常州市召开会议。\n".encode() * 20)
    items = read_all(path)
    assert summary(items) == [("SourceProblem", str(path))]
    assert "not a WARC file" in items[0].reason


def test_warc_without_pages(tmp_path):
    path = write(tmp_path / "images.warc.gz", warc_bytes([
        {"url": "http://x.cn/a.png", "body": b"\x89PNG", "content_type": "image/png"}]))
    items = read_all(path)
    assert summary(items) == [("SourceProblem", str(path))]
    assert "no HTML pages" in items[0].reason


def test_mixed_directory(tmp_path):
    write(tmp_path / "a.txt", SHORT_TEXTS[0].encode())
    write(tmp_path / "b.jsonl", jsonl_bytes([{"text": SHORT_TEXTS[1]}, {"text": SHORT_TEXTS[2]}]))
    write(tmp_path / "c.warc.gz", warc_bytes(_crawl()[:2]))
    write(tmp_path / "d.html", press_html().encode())
    items = read_all(tmp_path)
    assert [i.format for i in items] == ["text", "jsonl", "jsonl", "warc", "html"]


def test_arc_file(tmp_path):
    """The old ARC format some crawls still come in."""
    header_body = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    filedesc = b"filedesc://crawl.arc 0.0.0.0 20250318000000 text/plain %d\n" % len(header_body) + header_body + b"\n"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=gbk\r\n\r\n" + press_html("gbk").encode("gbk")
    record = b"http://www.changzhou.gov.cn/a.html 1.2.3.4 20250318000000 text/html %d\n" % len(http) + http + b"\n"
    path = write(tmp_path / "crawl.arc", filedesc + record)
    items = read_all(path)
    assert summary(items) == [("SourceDocument", f"{path}#http://www.changzhou.gov.cn/a.html")]
    assert items[0].encoding == "gb18030" and PRESS_PARAGRAPHS[3] in items[0].text


def test_jsonl_broken_head_does_not_hide_later_lines(tmp_path):
    broken = ['{"id": "x", "text": "常州' for _ in range(7)]
    path = write(tmp_path / "head.jsonl", jsonl_bytes([*broken, {"id": "ok", "text": SHORT_TEXTS[0]}]))
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["SourceProblem"] * 7 + ["SourceDocument"]
    assert items[-1].doc_id == "ok"


def test_json_file_with_a_list_and_with_one_object(tmp_path):
    import json

    listing = write(tmp_path / "list.json", json.dumps(
        [{"id": "a", "text": SHORT_TEXTS[0]}, {"title": "无正文"}, 3, {"html": press_html()}],
        ensure_ascii=False, indent=2).encode())
    single = write(tmp_path / "one.json", json.dumps({"text": SHORT_TEXTS[1], "date": "2025-03-18"},
                                                     ensure_ascii=False).encode("utf-8-sig"))
    broken = write(tmp_path / "broken.json", b'{"text": "\xe5\xb8\xb8",\n  oops}')
    items = read_all(listing, single, broken)
    assert summary(items) == [
        ("SourceDocument", f"{listing}[1]"),
        ("SourceProblem", f"{listing}[2]"),
        ("SourceProblem", f"{listing}[3]"),
        ("SourceDocument", f"{listing}[4]"),
        ("SourceDocument", str(single)),
        ("SourceProblem", str(broken)),
    ]
    assert items[0].doc_id == "a" and items[3].doc_id == "list-4" and items[4].doc_id == "one"
    assert items[4].date == "2025-03-18" and items[4].format == "jsonl"
    assert items[1].reason == "item has neither 'text' nor 'html'"
    assert items[5].reason.startswith("not valid JSON at line 2: ")
