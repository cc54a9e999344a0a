"""Differential test: the same report in other scripts and messes gives the same facts.

Pages come in simplified and traditional script (OpenCC s2t, Taiwan s2tw/s2twp, Hong Kong s2hk), some
with pinyin after characters (`產(chǎn)業(yè)`, `產(chan3)`, `產（chǎn）`, `產(chan)`), full-width digits and brackets,
spaces around figures (`增长 5.6 %`), invisible characters, CRLF, HTML references left by a text export
(`&nbsp;`), stray mojibake at line ends. Cleaning
must turn every variant into text the extractor reads as it reads the simplified original: for each
own-writing paragraph below and each variant, the facts (value, unit, kind, metric, period, status,
comparator, subject, industry) are identical.
"""

from __future__ import annotations

import re
from collections import Counter

import opencc
import pytest

import chanye

PARAGRAPHS = [
    "2024年，全市实现地区生产总值3268.4亿元，同比增长5.9%；规模以上工业增加值增长7.2%，"
    "其中高技术制造业增加值增长12.6%，占规上工业比重达到31.5%。",
    "今年1至9月，全区固定资产投资完成456.7亿元，同比增长8.3%，其中工业投资增长15.1%；"
    "新签约亿元以上项目128个，总投资达到860亿元。",
    "到2027年，全省电子信息产业营业收入力争突破1.2万亿元，集成电路产业规模超过2000亿元，"
    "培育国家级先进制造业集群5个以上。",
    "我们将着力推进高端装备、新能源汽车、生物医药三大产业集群建设，力争到2026年高端装备产业产值达到"
    "1500亿元，工业互联网平台连接工业企业超过3万家。",
    "在11月举行的新闻发布会上，市工信局介绍，前三季度软件和信息技术服务业收入增长14.8%，"
    "数字经济核心产业增加值占地区生产总值比重提高到11.2%。",
    "1-8月份，全市规上工业企业实现利润总额215.3亿元，同比增长6.4%，增速较1-7月份提高0.9个百分点。",
    "截至2023年底，全市拥有国家级专精特新“小巨人”企业86家，省级智能制造示范车间214个，数量居全省第二位。",
    "2023年，全县规上工业总产值完成612.5亿元，增长9.8%，新增规上工业企业47家，总数达到395家；"
    "工业用电量增长6.1%，持续优化营商环境，市场主体净增1.2万户。",
    "一季度，全市实际使用外资（按商务部口径）3.6亿美元，增长18.2%，增速高于全省（7.5%）10.7个百分点；"
    "进出口总额（含加工贸易）421.8亿元，增长4.4%。",
]
DATE = "2024-12-20"

_CONVERTERS = {name: opencc.OpenCC(name) for name in ("s2t", "s2tw", "s2hk", "s2twp")}
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Syllables to write after characters; whether they read the character right does not matter here.
_SYLLABLES = ("chǎn", "yè", "zhì", "xiàn", "tǒng", "jīng", "jì", "zēng", "zhǎng", "wàn", "yì", "yuán", "qū", "lǜ")
_TONE_DIGITS = {"ǎ": ("a", 3), "è": ("e", 4), "ì": ("i", 4), "à": ("a", 4), "ǒ": ("o", 3), "ī": ("i", 1),
                "ē": ("e", 1), "ā": ("a", 1), "ǜ": ("ü", 4)}


def _pinyin(text: str, every: int, style: str) -> str:
    """Traditional text with a syllable after every `every`-th Han character."""
    out, n = [], 0
    for char in _CONVERTERS["s2t"].convert(text):
        out.append(char)
        if _HAN.match(char):
            n += 1
            if n % every == 0:
                syllable = _SYLLABLES[n % len(_SYLLABLES)]
                if style == "toneless":
                    syllable = "".join(_TONE_DIGITS.get(c, (c,))[0] for c in syllable)
                elif style == "digits":
                    tone = next((t for c, t in _TONE_DIGITS.items() if c in syllable), ("", 5))
                    syllable = "".join(_TONE_DIGITS.get(c, (c,))[0] for c in syllable) + str(tone[1])
                out.append(f"（{syllable}）" if style == "full" else f"({syllable})")
    return "".join(out)


def _full_width(text: str) -> str:
    """Digits, %, . and - full width; one bracket of a pair ASCII (a pair typed half full width)."""
    text = text.translate({c: c + 0xFEE0 for c in b"0123456789%.-"})
    return text.replace("（", "(", 1).replace("）", ")", 2).replace(")", "）", 1)


def _spaced(text: str) -> str:
    """Spaces between figures and the Chinese around them (`增长 5.6 %`, `2024 年`)."""
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", " ", text)
    return re.sub(r"(?<=[\d%])(?=[\u4e00-\u9fff%])", " ", text)


def _messy_layout(text: str) -> str:
    """Ideographic-space indent, a no-break space and a zero-width space before figures, CRLF."""
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", "\u00a0", text, count=1)
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", "\u200b", text)
    return "\u3000\u3000" + text.replace("\n", "\r\n")


VARIANTS = {
    "s2t": lambda t: _CONVERTERS["s2t"].convert(t),
    "s2tw": lambda t: _CONVERTERS["s2tw"].convert(t),
    "s2hk": lambda t: _CONVERTERS["s2hk"].convert(t),
    "s2twp": lambda t: _CONVERTERS["s2twp"].convert(t),
    "pinyin-marks": lambda t: _pinyin(t, 2, "marks"),
    "pinyin-every-char": lambda t: _pinyin(t, 1, "marks"),
    "pinyin-digits": lambda t: _pinyin(t, 3, "digits"),
    "pinyin-full-width": lambda t: _pinyin(t, 2, "full"),
    "pinyin-toneless": lambda t: _pinyin(t, 2, "toneless"),
    "html-references": lambda t: t.replace("，", "，&nbsp;", 2).replace("%", "&#37;", 1),
    "full-width": _full_width,
    "full-width-traditional": lambda t: _full_width(_CONVERTERS["s2t"].convert(t)),
    "spaced-figures": _spaced,
    "spaced-traditional-pinyin": lambda t: _spaced(_pinyin(t, 2, "marks")),
    "messy-layout": _messy_layout,
    "mojibake-at-line-end": lambda t: t + "鍙戝竷锟斤拷",
}


def _facts(text: str) -> Counter:
    keys = ("subject", "metric", "value", "unit", "kind", "comparator", "period", "status", "industry")
    facts = chanye.extract(text, date=DATE)["facts"]
    return Counter(tuple(f[k] for k in keys) for f in facts)


@pytest.fixture(scope="module")
def originals() -> list[Counter]:
    return [_facts(p) for p in PARAGRAPHS]


def test_every_paragraph_has_facts(originals):
    assert all(len(f) >= 2 for f in originals)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("index", range(len(PARAGRAPHS)))
def test_variant_gives_the_same_facts(originals, variant, index):
    text = VARIANTS[variant](PARAGRAPHS[index])
    got = _facts(text)
    expected = originals[index]
    assert got == expected, {"missing": list(expected - got), "extra": list(got - expected), "text": text}


def test_a_page_of_paragraphs_in_traditional_with_pinyin():
    """The paragraphs as one page with a title line: pinyin and script do not change its facts."""
    page = "全市经济运行情况\n" + "\n".join(PARAGRAPHS)
    assert _facts(_pinyin(page, 2, "marks")) == _facts(page)
    assert _facts(_CONVERTERS["s2twp"].convert(page)) == _facts(page)
