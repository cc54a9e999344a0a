"""Character classes shared by the cleaning steps (bodies of regex character classes)."""

from __future__ import annotations

import re

# Han characters: CJK unified ideographs, extension A, compatibility ideographs.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_CHAR = re.compile(f"[{HAN}]")
# Chinese text around punctuation: Han, CJK and full-width punctuation, Chinese quotes and brackets.
CHINESE = HAN + "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019《》"
KANA = "\u3040-\u30ff"
# Vowels with pinyin tone marks.
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
