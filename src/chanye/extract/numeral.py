"""Numerals: Arabic, Chinese and mixed forms to a number.

`parse_numeral` reads one numeral as written in the genre (government work reports, press releases):
``9000`` ``1,200`` ``1.35万`` ``3千`` ``1.3万亿`` ``二十`` ``两千三百`` ``一万二`` ``万`` ``千亿``
``三分之一`` ``1/8`` ``百分之三十``. It returns None for anything that is not one well-formed numeral.

The Chinese-integer core is cn2an (mode "normal"). The wrapper exists because cn2an, on its own:

- rejects a bare magnitude: ``万``, ``百``, ``千亿``, ``万亿`` (the genre writes 超万亿, 千亿级, 百亿元 with an
  implied 一) -> we prefix 一;
- rejects Arabic with a Chinese magnitude in "normal" mode (``3千``, ``1.35万``) and even in "smart" mode
  fails on compound magnitudes (``1.3万亿``) -> we split the Arabic mantissa from the magnitude suffix
  ourselves and multiply;
- rejects thousands separators (``1,200``) and full-width digits -> normalised first;
- reads a run of bare digits ``一二三`` as 123 (digit-by-digit, as in a phone number or a list "一二三产业"),
  which in this genre is never a quantity -> None, except a four-character year written with 〇 (二〇二三);
- has no notion of fractions (``三分之一``, ``1/8``) or of approximate numerals (``十几``, ``几十``) ->
  fractions are read here; approximate ones give None (the quantity recogniser handles 十几/二三十).

Fractions are returned as plain numbers (``1/8`` -> 0.125, ``三分之一`` -> 0.333…, ``百分之三十`` -> 0.3);
`chanye.extract.quantity` turns a fraction of a whole into a percentage (约占1/8 -> 12.5 %).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

import cn2an

CN_DIGITS = "零〇一二三四五六七八九两"
CN_UNITS = "十百千万亿"
CN_NUMERAL_CHARS = CN_DIGITS + CN_UNITS + "廿卅点"
MAGNITUDES = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "亿": 100_000_000}
DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}

# Full-width digits and signs, and the traditional forms of numeral, unit and cue characters (the cleaner
# converts script, but a stray 萬/億/個 must not break a number); one character for one, so spans stay valid.
_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９．，％／－−～：∶＋萬億兩點幾數個項條輛臺艘噸畝級強約達過餘為佔來間內屆規劃",
    "0123456789.,%/--~::+万亿两点几数个项条辆台艘吨亩级强约达过余为占来间内届规划",
)

ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_ARABIC_RE = re.compile(rf"^{ARABIC}$")
_MAG_SUFFIX_RE = re.compile(rf"^({ARABIC})([十百千万亿]+)$")
_SLASH_FRACTION_RE = re.compile(rf"^({ARABIC})/({ARABIC})$")
_CN_FRACTION_RE = re.compile(r"^(.+?)分之(.+)$")


# str.translate looks every character up in the table; the characters to change are rare (a full-width
# colon, a stray 萬), so finding them with one character class is several times faster on real text.
_FULLWIDTH_CHAR = {chr(k): chr(v) for k, v in _FULLWIDTH.items()}.__getitem__
_ASCII_DIGITS = frozenset("0123456789")
_DOT_TAIL = re.compile(r"[0-9]+(?:%|％|万|亿|个百分点)")


def _thousands_comma(s: str, i: int) -> bool:
    """Is the full-width comma at i, between two ASCII digits, a thousands separator?

    A Chinese input method types the comma full-width (1，200万元), and the cleaner turns full-width digits
    (１，２００) to ASCII while the comma stays: so a comma with 1-3 digits before and exactly 3 after reads
    as a thousands separator. After 分别 it separates list items (分别为15，120家), as it does in any
    other shape (15，12家, 2023，120)."""
    j = i + 1
    while j < len(s) and s[j] in _ASCII_DIGITS:
        j += 1
    return j - i - 1 == 3 and "分别" not in s[max(0, i - 16) : i] and _left_group_ok(s, i)


def _left_group_ok(s: str, i: int) -> bool:
    k = i - 1
    while k >= 0 and s[k] in _ASCII_DIGITS:
        k -= 1
    run = i - 1 - k
    if 1 <= run <= 3 and not (k >= 0 and s[k] == "."):
        return True
    # a later group of 1,234，567 (an earlier separator already read)
    return run == 3 and k >= 0 and s[k] in ",，" and k > 0 and s[k - 1] in _ASCII_DIGITS


def _normalised(m: re.Match) -> str:
    c = m.group()
    if c == "，":
        s, i = m.string, m.start()
        if i > 0 and s[i - 1] in _ASCII_DIGITS and s[i + 1 : i + 2] in _ASCII_DIGITS and not _thousands_comma(s, i):
            return c  # stays full-width: ARABIC does not read 15，12 or 分别为15，120家 as one figure
        return ","
    if c in "·・•":
        # A middle dot typed for the decimal point (上涨1·8%, 12·5亿元), only before a percent sign or a
        # magnitude, so that a date name (5·12, 6·18) is left as written.
        s, i = m.string, m.start()
        if i > 0 and s[i - 1] in _ASCII_DIGITS and _DOT_TAIL.match(s, i + 1):
            return "."
        return c
    return _FULLWIDTH_CHAR(c)


def normalise_digits(text: str) -> str:
    """Full-width digits and signs to ASCII, traditional numeral/unit characters to simplified (same length)."""
    if "，" in text:
        text = _commas(text)
    return _NOT_COMMA_RE.sub(_normalised, text)


# The full-width comma of every sentence is most of what changes: it becomes "," without a call per comma;
# only one between ASCII digits is decided on (as _normalised does, on the text as given).
_NOT_COMMA_RE = re.compile("[" + re.escape("".join(c for c in map(chr, _FULLWIDTH) if c != "，") + "·・•") + "]")
_COMMA_BEFORE_DIGIT = re.compile("，(?=[0-9])")


def _commas(text: str) -> str:
    kept = [
        m.start() for m in _COMMA_BEFORE_DIGIT.finditer(text)
        if m.start() > 0 and text[m.start() - 1] in _ASCII_DIGITS and _normalised(m) == "，"
    ]
    out = text.replace("，", ",")
    for i in kept:
        out = out[:i] + "，" + out[i + 1 :]
    return out


def magnitude_value(suffix: str) -> float | None:
    """Value of a run of magnitude characters: 万 -> 1e4, 千亿 -> 1e11, 万亿 -> 1e12, 千万 -> 1e7."""
    if not suffix:
        return 1.0
    value = 1.0
    for ch in suffix:
        if ch not in MAGNITUDES:
            return None
        value *= MAGNITUDES[ch]
    return value if len(suffix) <= 3 else None


def _parse_chinese(text: str) -> float | None:
    if not text:
        return None
    if any(ch not in CN_NUMERAL_CHARS for ch in text):
        return None
    if "点" in text:
        whole, _, frac = text.partition("点")
        if not frac or any(ch not in DIGIT_VALUE for ch in frac):
            return None
        whole_value = _parse_chinese(whole) if whole else 0.0
        if whole_value is None:
            return None
        return whole_value + float("0." + "".join(str(DIGIT_VALUE[c]) for c in frac))
    if all(ch in DIGIT_VALUE for ch in text):
        if len(text) == 1:
            return float(DIGIT_VALUE[text])
        # 二〇二三: a year written digit by digit; 一二三 is not a quantity (cn2an would say 123).
        if len(text) == 4 and "〇" in text:
            return float("".join(str(DIGIT_VALUE[c]) for c in text))
        return None
    # Implied one before a leading magnitude: 万 -> 一万, 千亿 -> 一千亿, 百 -> 一百 (cn2an only knows 十).
    if text[0] in "百千万亿":
        text = "一" + text
    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return float(value)


def _parse_plain(text: str) -> float | None:
    """A numeral without fraction syntax: Arabic, Chinese, or Arabic with a magnitude suffix."""
    if not text:
        return None
    if _ARABIC_RE.match(text):
        return float(text.replace(",", ""))
    m = _MAG_SUFFIX_RE.match(text)
    if m:
        mag = magnitude_value(m.group(2))
        if mag is None or m.group(2).startswith("十"):
            return None  # 3十 / 3十万 are not written
        # Decimal keeps 1.35万 at exactly 13500 and 1.3万亿 at exactly 1.3e12.
        return float(Decimal(m.group(1).replace(",", "")) * int(mag))
    # Chinese, possibly mixing an Arabic prefix: "两千3百" is not written; keep to pure Chinese here.
    return _parse_chinese(text)


# Pure and called on the same short numerals over and over (the recognisers try every number they see);
# cn2an is slow, so the values are kept.
@lru_cache(maxsize=16384)
def parse_numeral(text: str) -> float | None:
    """One numeral as written -> its value, or None. See the module docstring for the forms."""
    if text is None:
        return None
    s = normalise_digits(text).strip().replace(" ", "")
    if not s:
        return None
    m = _SLASH_FRACTION_RE.match(s)
    if m:
        num, den = float(m.group(1).replace(",", "")), float(m.group(2).replace(",", ""))
        return num / den if den else None
    if s.startswith("百分之"):
        inner = _parse_plain(s[3:])
        return inner / 100 if inner is not None else None
    m = _CN_FRACTION_RE.match(s)
    if m:
        den, num = _parse_plain(m.group(1)), _parse_plain(m.group(2))
        if den is None or num is None or den == 0:
            return None
        return num / den
    return _parse_plain(s)
