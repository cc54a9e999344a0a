"""Hostile input through `ingest`, end to end: every bad item named with a reason (one line, no
traceback), every good item stored with the right text."""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from chanye.pipeline import ingest
from chanye.store.database import open_store
from chanye.store.schema import documents

SENTENCE = "扬州市2024年地区生产总值7800亿元，同比增长6.1%。"
TRAD = "揚州市2024年地區生產總值7800億元，同比增長6.1%。"
BIG_MB = float(os.environ.get("CHANYE_BIG_FILE_MB", "20"))


def _warc(records: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, html in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers))
    return buf.getvalue()


def _page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'>首页 &gt; 新闻</div><article><h1>{title}</h1><p>{body}</p>"
            f"<p>{body.replace('2024', '2023')}</p></article></body></html>")


GOOD = {  # file name -> (bytes, a phrase the stored original text must contain)
    "utf8 plain.txt": ((SENTENCE + "一").encode("utf-8"), SENTENCE + "一"),
    "utf8-sig.txt": (("\ufeff" + SENTENCE + "二").encode("utf-8"), SENTENCE + "二"),
    "utf16 文件.txt": ((SENTENCE + "三").encode("utf-16"), SENTENCE + "三"),
    "gb18030.txt": (((SENTENCE + "这是一个用于编码识别的较长句子，包含更多汉字以便检测。") * 3).encode("gb18030"), SENTENCE),
    "big5 繁體.txt": (((TRAD + "這是一個用於編碼識別的較長句子，包含更多漢字以便檢測。") * 3).encode("big5"), TRAD),
    "扬州 新闻 2024.txt": ((SENTENCE + "四").encode("utf-8"), SENTENCE + "四"),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("hostile")
    for name, (data, _) in GOOD.items():
        (d / name).write_bytes(data)
    rng = random.Random(7)
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(4096)))
    (d / "random.bin").write_bytes(bytes(rng.randrange(256) for _ in range(2048)))
    (d / "empty.txt").write_bytes(b"")
    (d / "invalid-mid.txt").write_bytes(
        SENTENCE.encode("utf-8") * 20 + b"\xff\xfe\xc3\x28\x80" + "南京市工业投资增长9.5%。".encode("utf-8") * 20)
    scripts = "".join(f"<script>var x{i}='南京市GDP 999999亿元'; document.write(x{i});</script>" for i in range(300))
    (d / "scripts.html").write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>脚本页</title>" + scripts + "<style>p{color:red}</style></head>"
        f"<body>{scripts}<article><p>{SENTENCE}</p><p>{SENTENCE}</p></article>{scripts}</body></html>", encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "title": "好行", "text": SENTENCE}, ensure_ascii=False),
        '{"id": "j2", "text": "断开的行',
        "not json at all",
        json.dumps({"id": "j3", "text": "苏州市2024年进出口总额2.5万亿元。"}, ensure_ascii=False),
        json.dumps(["a list"]),
        json.dumps({"id": "j4", "text": 42}),
    ]
    (d / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    warc = _warc([(f"http://example.cn/{i}.html", _page(f"新闻{i}", SENTENCE.replace("7800", str(7000 + i)))) for i in range(6)])
    (d / "crawl.warc.gz").write_bytes(warc[: int(len(warc) * 0.6)])
    return d


def _stored(url: str) -> dict[str, str]:
    with open_store(url).connect() as conn:
        return dict(conn.execute(select(documents.c.origin, documents.c.original_text)).all())


def test_hostile_directory(hostile, tmp_path):
    url = f"sqlite:///{tmp_path / 'h.db'}"
    lines: list[str] = []
    summary = ingest([hostile], db_url=url, progress=False, on_problem=lines.append)
    stored = _stored(url)
    by_name = {Path(origin.split(":")[0].split("#")[0]).name: text for origin, text in stored.items()}
    for name, (_, phrase) in GOOD.items():
        assert name in by_name, (name, lines)
        assert phrase in by_name[name], (name, by_name[name][:80])
    for line in lines:
        assert "\n" not in line and "Traceback" not in line
    named = " ".join(lines)
    for bad in ("binary.txt", "random.bin", "empty.txt", "dump.jsonl:2", "dump.jsonl:3", "crawl.warc.gz"):
        assert bad in named, (bad, lines)
    # good parts of damaged containers and files are kept
    assert any(o.endswith("dump.jsonl:1") for o in stored) and any(o.endswith("dump.jsonl:4") for o in stored)
    assert any("crawl.warc.gz" in o for o in stored), "the intact records before the truncation are read"
    mid = by_name["invalid-mid.txt"]
    assert SENTENCE in mid and "南京市工业投资增长9.5%" in mid
    page = by_name["scripts.html"]
    assert SENTENCE in page and "document.write" not in page and "999999" not in page
    assert summary.ingested == len(stored) and summary.read >= len(GOOD)


def test_hostile_cli_no_traceback(hostile, tmp_path):
    r = subprocess.run([sys.executable, "-m", "chanye", "ingest", str(hostile), "--db", f"sqlite:///{tmp_path / 'c.db'}"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    problem_lines = r.stderr.strip().splitlines()[:-1]
    assert problem_lines and all(str(hostile) in line for line in problem_lines), problem_lines
    assert r.stderr.strip().splitlines()[-1].startswith("ingested ")


def test_nothing_but_garbage_exits_1(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.bin").write_bytes(bytes(range(256)) * 8)
    r = subprocess.run([sys.executable, "-m", "chanye", "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.bin"),
                        "--db", f"sqlite:///{tmp_path / 'g.db'}"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "a.txt" in r.stderr and "b.bin" in r.stderr


def test_single_big_file(tmp_path):
    """A single 20 MB text file (env CHANYE_BIG_FILE_MB) of real-looking text goes through whole."""
    paragraph = ("扬州市坚持把发展经济着力点放在实体经济上，推动产业转型升级，加快建设现代化产业体系。"
                 "全市规上工业增加值增长8.2%，高新技术产业产值占规上工业比重达49.5%。\n")
    filler = "会议强调，要坚定信心、真抓实干，推动各项工作落地见效，为全面建设社会主义现代化国家贡献力量。\n"
    unit = paragraph + filler * 30
    n = int(BIG_MB * 1024 * 1024 / len(unit.encode("utf-8"))) + 1
    big = tmp_path / "big 大文件.txt"
    big.write_text(unit * n, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'big.db'}"
    lines: list[str] = []
    summary = ingest([big], db_url=url, progress=False, on_problem=lines.append)
    assert summary.ingested == 1, lines
    stored = _stored(url)
    (text,) = stored.values()
    assert len(text) == len(unit * n)
