"""Property fuzzing of clean_document and extract_document: random unicode, genre fragments, mojibake and
numbers in any mix must never crash, and every span must stay inside its text.

CI runs a modest number of examples; CHANYE_FUZZ_EXAMPLES=5000 (say) runs a longer search.
atheris (coverage-guided) is not used: see bench/RESULTS.md for why.
"""

from __future__ import annotations

import hashlib
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chanye.clean.document import clean_document
from chanye.extract.document import extract_document
from chanye.records import SourceDocument
from chanye.sources.common import sanitize

EXAMPLES = int(os.environ.get("CHANYE_FUZZ_EXAMPLES", "120"))

FRAGMENTS = [
    "扬州市", "2024年", "上半年", "1-9月", "十四五期间", "全市", "地区生产总值", "规上工业增加值", "工业开票销售",
    "实现", "达", "突破", "超过", "约", "近", "以上", "不到", "力争", "预计", "确保", "增长", "下降", "同比",
    "9000亿元", "1.3万家", "28万元/人", "4.1%", "3个百分点", "第84位", "全国50强", "1/8", "20-30亿元",
    "三次产业结构为9.7:47.3:43", "“613”产业体系", "6大主导产业集群（高端装备、汽车、新材料）", "13条新兴产业链",
    "产(chǎn)業(yè)", "規(guī)上", "經濟", "億元", "增長", "，", "。", "；", "、", "\n", "\n\n", "（", "）", "《", "》",
    "首页 > 新闻 > 正文", "责任编辑：王某", "版权所有 © 2024", "【打印】【关闭】", "img_2024.jpg",
    "锟斤拷", "烫烫烫", "Ã¤Â¸Â­", "Ã©Â«Â˜", "\ufffd", "\u200b", "\x00", "\ud800", "０１２３", "Ⅻ", "㈠", "％",
    "一千二百三十四", "两万", "百分之五十", "1e308", "99999999999999999999", "0.0000001", "-5", "－3.5%",
]

text_strategy = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(min_size=0, max_size=12),
        st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=8),
        st.integers(min_value=-10**12, max_value=10**15).map(str),
        st.floats(allow_nan=False, allow_infinity=False).map(lambda f: f"{f:g}"),
        st.binary(max_size=12).map(lambda b: b.decode("latin-1")),
        st.binary(max_size=12).map(lambda b: b.decode("gbk", "replace")),
    ),
    max_size=40,
).map("".join)


def _source(text: str) -> SourceDocument:
    # As every reader delivers text: newlines normalised, NUL and lone surrogates as U+FFFD.
    text = sanitize(text)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return SourceDocument(doc_id="fuzz", origin="<fuzz>", text=text, raw=text, content_hash=digest,
                          encoding="utf_8", format="text")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(text_strategy, st.sampled_from([None, "2024-06-30", "2023"]))
def test_clean_and_extract_never_crash(text, date):
    source = _source(text)
    if date:
        source = SourceDocument(**{**{f: getattr(source, f) for f in source.__slots__}, "date": date})
    clean = clean_document(source)
    assert len(clean.offsets) == len(clean.text)
    assert all(0 <= o <= len(clean.original) for o in clean.offsets)
    result = extract_document(clean)
    for item in (*result.facts, *result.industries, *result.frameworks):
        cs, ce = item.clean_span
        os_, oe = item.span
        assert 0 <= cs <= ce <= len(clean.text)
        assert 0 <= os_ <= oe <= len(clean.original)
    for fact in result.facts:
        assert fact.value == fact.value  # not NaN
    result.contract()  # serialisable shape
