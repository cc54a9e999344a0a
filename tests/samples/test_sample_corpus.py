"""The bundled sample corpus (samples/corpus/) reads cleanly, decodes right, and matches its build script."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
CORPUS = SAMPLES / "corpus"

# Every article of samples/src/articles/*.yaml -> a phrase its decoded text must contain (proves the decoding).
EXPECTED_DOCS = 24
GBK_FILE = "wx-2024-gzbg-gbk.txt"
BIG5_FILE = "cz-2024-h1-big5.txt"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"samples_{name}", SAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def builder():
    pytest.importorskip("opencc")
    return _load("build_corpus")


@pytest.fixture(scope="module")
def articles(builder):
    return builder.load_articles()


def test_article_sources_are_complete(articles):
    assert len(articles) == EXPECTED_DOCS
    regions = {a["region"] for a in articles}
    assert {"扬州市", "扬州经济技术开发区", "无锡市", "江苏省", "苏州工业园区"} <= regions
    assert {a["date"][:4] for a in articles} == {"2023", "2024", "2025"}
    formats = {a["format"] for a in articles}
    assert formats == {"txt", "gbk", "big5", "html", "jsonl-text", "jsonl-html", "warc"}
    assert {a["script"] for a in articles} == {"simplified", "traditional", "traditional+pinyin"}


def test_committed_files_match_the_build(builder, articles):
    """samples/corpus is exactly what samples/build_corpus.py renders (rebuild after editing the sources)."""
    jsonl = []
    for a in articles:
        fmt = a["format"]
        if fmt == "txt":
            assert (CORPUS / f"{a['id']}.txt").read_text(encoding="utf-8") == builder.render_text(a), a["id"]
        elif fmt in ("gbk", "big5"):
            expected = builder.render_text(a).replace("©", "(C)").encode(fmt)
            assert (CORPUS / f"{a['id']}.txt").read_bytes() == expected, a["id"]
        elif fmt == "html":
            assert (CORPUS / f"{a['id']}.html").read_text(encoding="utf-8") == builder.render_html(a), a["id"]
        elif fmt == "warc":
            assert (SAMPLES / "src" / f"{a['id']}.html").read_text(encoding="utf-8") == builder.render_html(a)
        else:
            jsonl.append(a["id"])
    lines = (CORPUS / builder.JSONL_NAME).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == jsonl
    for r in records:
        assert {"id", "url", "title", "date"} <= set(r) and ("text" in r) != ("html" in r)


def test_warc_is_reproducible(tmp_path):
    pytest.importorskip("warcio")
    build_warc = _load("build_warc")
    out = build_warc.build(SAMPLES / "src", tmp_path / "crawl.warc.gz")
    assert out.read_bytes() == (CORPUS / "crawl-2024-2025.warc.gz").read_bytes()


def test_warc_holds_four_html_responses():
    from warcio.archiveiterator import ArchiveIterator

    with open(CORPUS / "crawl-2024-2025.warc.gz", "rb") as fh:
        responses = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert len(responses) == 4 and all(u.startswith("http") for u in responses)


def test_gbk_and_big5_files_are_not_utf8():
    for name, codec in ((GBK_FILE, "gbk"), (BIG5_FILE, "big5")):
        data = (CORPUS / name).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        data.decode(codec)  # strict


def test_encodings_are_detected():
    encoding = pytest.importorskip("chanye.sources.encoding")
    gbk = encoding.decode((CORPUS / GBK_FILE).read_bytes())
    assert gbk.encoding.replace("-", "_").lower() in {"gbk", "gb18030", "gb2312", "cp936"}
    assert "高新技术企业达到7120家" in gbk.text and gbk.replaced == 0
    big5 = encoding.decode((CORPUS / BIG5_FILE).read_bytes())
    assert big5.encoding.replace("-", "_").lower() in {"big5", "cp950", "big5hkscs"}
    assert "規上工業增加值同比增長8.4%" in big5.text and big5.replaced == 0
    for path in CORPUS.glob("*.txt"):
        if path.name not in (GBK_FILE, BIG5_FILE):
            assert encoding.decode(path.read_bytes()).encoding.lower().startswith("utf")


# Phrases of the body text that each document must yield once read (proves the container was unpacked).
BODY_PHRASES = {
    "yz-2023-gzbg": "工业开票销售力争达到8800亿元",
    "yz-2024-gzbg": "工业开票销售8650亿元",
    "yz-2024-q3": "全市工业开票销售6890亿元",
    "yz-2025-gzbg": "2540家",
    "yzetdz-2024-fbh": "工业开票销售1380亿元",
    "yzetdz-2025-warc": "工业开票销售1520亿元",
    "wx-2023-gzbg": "高新技术企业突破7000家",
    "wx-2024-gzbg-gbk": "高新技术企业达到7120家",
    "wx-2025-warc": "高新技术企业总数达8050家",
    "cz-2023-gzbg": "新能源产业产值达到6500亿元",
    "cz-2024-h1-big5": "3420億元",
    "cz-2025-jsonl": "新能源产业产值突破8500亿元",
    "nj-2024-gzbg": "软件和信息服务业收入力争突破9000亿元",
    "nj-2025-fbh": "软件和信息服务业收入8860亿元",
    "sip-2024-jsonl": "实现地区生产总值1820亿元",
    "js-2024-gzbg": "高新技术企业达到5.1万家",
    "js-2025-fbh": "实现地区生产总值13.7万亿元",
    "hf-2023-gzbg": "新能源汽车产量突破70万辆",
    "hf-2024-warc": "新能源汽车产量74.6万辆",
    "nb-2024-trad": "104家",
    "fs-2024-jsonl": "规上工业增加值同比增长3.9%",
    "cd-2023-gzbg": "高新技术企业突破1.3万家",
    "cd-2025-warc": "电子信息产业规模突破1.4万亿元",
    "wh-2024-moji": "新增高新技术企业2000家",
}


def test_corpus_reads_through_iter_sources():
    reader = pytest.importorskip("chanye.sources.reader")
    from chanye.records import SourceDocument, SourceProblem

    items = list(reader.iter_sources([str(CORPUS)]))
    problems = [i for i in items if isinstance(i, SourceProblem)]
    docs = [i for i in items if isinstance(i, SourceDocument)]
    assert not problems, [p.message() for p in problems]
    assert len(docs) == EXPECTED_DOCS
    assert len({d.content_hash for d in docs}) == EXPECTED_DOCS
    by_text = {d.doc_id: d for d in docs}
    for doc_id, phrase in BODY_PHRASES.items():
        hits = [d for d in docs if phrase in d.text]
        assert hits, f"{doc_id}: no document's text contains {phrase!r} (ids read: {sorted(by_text)})"
    formats = {d.format for d in docs}
    assert {"text", "html", "jsonl", "warc"} <= formats
    encodings = {d.encoding.replace("-", "_").lower() for d in docs}
    assert encodings & {"gbk", "gb18030", "gb2312"} and encodings & {"big5", "cp950", "big5hkscs"}
    dated = [d for d in docs if d.format in ("jsonl", "warc", "html")]
    assert all(d.date and d.date[:4] in {"2023", "2024", "2025"} for d in dated), [(d.origin, d.date) for d in dated]
