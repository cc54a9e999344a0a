"""The five dev pages through clean_document: furniture gone, body kept, meta equal to gold, offsets sound.

The pages are read from ../shared; what counts as furniture or body here is found from the raw page with
rules of this test's own, so no page text is copied.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

import opencc
import pytest

from chanye.clean.document import clean_document
from chanye.clean.mapped_text import MappedText
from chanye.clean.script import _vocabulary, to_mainland_wording
from chanye.records import SourceDocument

T2S = opencc.OpenCC("t2s")
# (also one whose character and bracket mojibake turned into `?`: 搶占?xì)…)
PINYIN = re.compile(r"[(（?？\ufffd][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[1-5]?[)）]")
IMAGE = re.compile(r"\.(?:jpe?g|png|gif)\b", re.I)
FURNITURE_WORDS = (
    "版权", "声明", "转载", "All Rights", "©", "许可证", "侵删", "当前位置", "首页 >", "责任编辑", "编辑：", "编辑:",
    "来源：", "来源:", "标签", "新闻爆料", "商务合作", "邮箱", "关于我们", "相关内容", "相关阅读", "热门资讯",
    "热门图集", "点击排行", "阅读推荐", "本网策划", "做文明",
)
LIST_HEADERS = ("相关内容", "相关阅读", "热门资讯", "热门图集", "点击排行", "阅读推荐", "本网策划")


def norm(text: str) -> str:
    """Compare modulo script, regional wording, width, punctuation form and whitespace."""
    text = PINYIN.sub("", text)
    text = to_mainland_wording(MappedText.identity(T2S.convert(text))).text
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", text)


# character pairs that the regional-wording step swaps one for one (著力 -> 着力: 著 ~ 着)
WORDING_PAIRS = {
    (a, b) for key, value in _vocabulary()[1].items() if len(key) == len(value) for a, b in zip(key, value) if a != b
}


def _folding() -> dict[int, str]:
    """One representative per class of characters the wording step may swap (著/着, 丛/集/群)."""
    rep: dict[str, str] = {}

    def find(c: str) -> str:
        while rep.get(c, c) != c:
            c = rep[c]
        return c

    for a, b in WORDING_PAIRS:
        rep[find(a)] = find(b)
    return {ord(c): find(c) for c in rep}


FOLD = _folding()


def same_char(produced: str, cleaned: str) -> bool:
    return norm(produced).translate(FOLD) == norm(cleaned).translate(FOLD)


def same_piece(cleaned: str, original: str) -> bool:
    """A piece of the cleaned text is in the original's piece (its wording may be cut mid-phrase)."""
    return norm(cleaned).translate(FOLD) in norm(original).translate(FOLD)


def load(path: Path) -> SourceDocument:
    text = path.read_text(encoding="utf-8")
    return SourceDocument(
        doc_id=path.stem, origin=str(path), text=text, raw=text, content_hash="-", encoding="utf_8", format="text"
    )


def raw_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


def tail_after_list_header(lines: list[str]) -> int:
    """Index of the first list header line (everything after it on these pages is lists and footers)."""
    for i, line in enumerate(lines):
        if norm(line) in LIST_HEADERS:
            return i
    return len(lines)


def furniture_lines(lines: list[str]) -> list[str]:
    """Raw lines that are furniture by this test's rules."""
    cut = tail_after_list_header(lines)
    out = []
    for i, line in enumerate(lines):
        simple = norm(line)
        if not simple:
            continue
        if (
            i >= cut
            or IMAGE.search(line)
            or any(norm(w) in simple for w in FURNITURE_WORDS)
            or simple.endswith("摄")
            or (len(simple) <= 12 and simple.endswith("现场"))  # a photo's caption
            or re.fullmatch(r"[\d\-: ]+", line)
            or (re.match(r"\d{4}-\d{2}-\d{2}", line) and len(line) < 40)  # a dated byline
            or (len(simple) <= 6 and i < 5 and not simple.endswith("！"))
        ):
            out.append(line)
    return out


def body_lines(lines: list[str]) -> list[str]:
    furniture = set(furniture_lines(lines))
    return [line for line in lines if line and line not in furniture]


@pytest.fixture(scope="module")
def cleaned(dev_docs: Path):
    return {path.stem: (path, clean_document(load(path))) for path in sorted(dev_docs.glob("*.txt"))}


def test_all_five_pages_are_there(cleaned):
    assert len(cleaned) == 5


def test_meta_equals_gold(cleaned, dev_gold: Path):
    for stem, (_, doc) in cleaned.items():
        gold = json.loads((dev_gold / f"{stem}.json").read_text(encoding="utf-8"))["meta"]
        assert doc.meta.title == gold["title"], stem
        assert doc.meta.date == gold["date"], stem
        assert doc.meta.script == gold["script"], stem
        assert doc.meta.region is None


def test_no_furniture_left(cleaned):
    for stem, (path, doc) in cleaned.items():
        text = norm(doc.text)
        found = furniture_lines(raw_lines(path))
        assert found, stem
        for line in found:
            piece = norm(line)
            if len(piece) >= 4:
                assert piece not in text, (stem, line)
        assert not IMAGE.search(doc.text), stem
        assert "..." not in doc.text and "…" not in doc.text, stem
        assert not re.search(r"\d{3,4}-\d{7,8}|@|#\w+\.COM", doc.text), stem
        for header in LIST_HEADERS:
            assert header not in doc.text.splitlines(), stem


def test_every_body_line_kept(cleaned):
    for stem, (path, doc) in cleaned.items():
        text = norm(doc.text)
        body = body_lines(raw_lines(path))
        assert len(body) >= 4, stem
        for line in body:
            # a line with mojibake in it is checked clause by clause around the damage
            for clause in re.split(r"[?？][^\u4e00-\u9fff]*", line):
                piece = norm(clause)
                if piece:
                    assert piece in text, (stem, clause)


def test_cleaned_keeps_paragraphs_as_lines(cleaned):
    for stem, (_, doc) in cleaned.items():
        assert "\n\n" not in doc.text, stem
        assert all(line == line.strip() and line for line in doc.text.split("\n")), stem


def test_broken_sentences_are_rejoined(cleaned):
    """A raw line ending in a comma and the line after it read as one line of the cleaned text."""
    checked = 0
    for stem, (path, doc) in cleaned.items():
        lines = [line for line in body_lines(raw_lines(path))]
        cleaned_lines = [norm(line) for line in doc.text.split("\n")]
        for line, nxt in zip(lines, lines[1:]):
            if len(line) <= 30 and line.endswith((",", "，", "、")):
                joined = norm(line) + norm(nxt)
                assert any(joined in c for c in cleaned_lines), (stem, line, nxt)
                checked += 1
    assert checked >= 10


def test_no_pinyin_artifacts_outside_masked_spans(cleaned):
    for stem, (_, doc) in cleaned.items():
        for m in PINYIN.finditer(doc.text):
            assert doc.is_masked(m.start(), m.end()), (stem, m.group())


def test_mojibake_is_masked(cleaned):
    damaged = 0
    for stem, (path, doc) in cleaned.items():
        raw = path.read_text(encoding="utf-8")
        has_damage = re.search(r"\?[^\u4e00-\u9fff\s，。,]", raw) is not None
        assert bool(doc.masked) == has_damage, stem
        for m in re.finditer(r"[?？](?=[^\u4e00-\u9fff\s，。])", doc.text):
            assert doc.is_masked(m.start(), m.end()), stem
        for s, e in doc.masked:
            # masks are whole damaged tokens: they stop where clean Chinese resumes
            assert e - s <= 12
            damaged += 1
        if has_damage:
            assert any("mojibake" in w for w in doc.warnings), stem
    assert damaged >= 2


def test_offsets_map_back_to_the_original(cleaned):
    rng = random.Random(7)
    for stem, (_, doc) in cleaned.items():
        assert len(doc.offsets) == len(doc.text)
        assert all(a <= b for a, b in zip(doc.offsets, doc.offsets[1:])), stem
        assert doc.original == doc.original  # the original is the source text, untouched
        for _ in range(200):
            start = rng.randrange(len(doc.text))
            end = min(len(doc.text), start + rng.randrange(1, 20))
            for i in range(start, end):
                produced = doc.original[doc.offsets[i]]
                if doc.text[i] == " " and produced.isspace():
                    continue
                assert same_char(produced, doc.text[i]) or doc.is_masked(i, i + 1), (stem, i)
            o_start, o_end = doc.original_span(start, end)
            original_piece = PINYIN.sub("", doc.original[o_start:o_end])
            assert same_piece(doc.text[start:end], original_piece) or "\n" in doc.original[o_start:o_end]


def test_removed_blocks_point_at_the_original(cleaned):
    for stem, (_, doc) in cleaned.items():
        assert doc.removed, stem
        kinds = {block.kind for block in doc.removed}
        assert kinds <= {
            "navigation", "related", "copyright", "contact", "image", "caption", "byline", "share", "captcha", "counter"
        }
        for block in doc.removed:
            assert doc.original[block.start : block.end] == block.text
            assert block.text.strip()
