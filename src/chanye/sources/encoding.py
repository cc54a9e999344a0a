"""Bytes -> text: BOMs, UTF-16, UTF-8, GB18030/GBK, Big5, and whatever charset-normalizer recognises.

`decode(data, declared=None)` returns a `Decoded(text, encoding, replaced)` or raises
`ReadFailure(reason)`. Chinese text is the common case, so the CJK candidates are judged by how many
of their characters are common Chinese characters (GB2312 level 1 / Big5 frequently-used): the right
decoding of real prose scores near 1, a wrong one (Big5 bytes read as GBK, ...) far lower.
A few invalid bytes in an otherwise good file are replaced by U+FFFD (under 1% of the text);
more damage than that is a failure.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

import charset_normalizer

from chanye.sources.common import ReadFailure

# Share of replaced characters a decoding may have and still be read.
MAX_DAMAGE = 0.01
# Share of common characters below which a GB18030/Big5 reading is garbage (real prose scores above 0.9).
MIN_CJK_PLAUSIBILITY = 0.6
# Share of control characters (other than whitespace) above which decoded "text" is binary.
MAX_CONTROL = 0.05
# How much text the scorer and charset-normalizer look at.
SAMPLE_BYTES = 256 * 1024
SAMPLE_CHARS = 100_000

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf_32_le", "utf_32"),
    (codecs.BOM_UTF32_BE, "utf_32_be", "utf_32"),
    (codecs.BOM_UTF8, "utf_8", "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16_le", "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16_be", "utf_16"),
]

# Declared encodings -> the superset real pages labelled so are actually written in.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "ascii": "utf_8",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "utf_8_sig": "utf_8",
}
_MULTIBYTE_CJK = ("gb18030", "big5", "cp950", "big5hkscs")

_MAGIC = [
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
]


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # Python codec name with underscores: utf_8, utf_8_sig, utf_16, gb18030, big5, ...
    replaced: int = 0  # invalid byte sequences replaced by U+FFFD


# ---------------------------------------------------------------- counting replacements

_tls = threading.local()


def _count_and_replace(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _tls.count = getattr(_tls, "count", 0) + 1
    return "\ufffd", exc.end


codecs.register_error("chanye_count", _count_and_replace)


def _decode_counting(data: bytes, codec: str) -> tuple[str, int]:
    _tls.count = 0
    text = data.decode(codec, "chanye_count")
    return text, _tls.count


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


# ---------------------------------------------------------------- names


def codec_name(name: str | None) -> str | None:
    """A declared or detected charset name -> the Python codec we decode with, or None if unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in ("x-user-defined", "binary", "none"):
        return None
    try:
        canonical = codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        if not name.startswith("x-"):
            return None
        return codec_name(name[2:])  # x-gbk, x-big5
    return _SUPERSETS.get(canonical, canonical)


def _is_single_byte(codec: str) -> bool:
    """Encodings in which any byte string decodes: a declaration of one proves nothing about the bytes."""
    return codec.startswith(("cp12", "latin", "iso8859", "cp4", "cp8", "mac", "koi8", "tis"))


# ---------------------------------------------------------------- plausibility


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """GB2312 level 1 (the 3755 most frequent simplified characters) and Big5's frequently-used block."""
    chars: set[str] = set()
    for b1 in range(0xB0, 0xD8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.add(bytes((b1, b2)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for b1 in range(0xA4, 0xC7):
        for b2 in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            try:
                chars.add(bytes((b1, b2)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def _is_common_symbol(ch: str) -> bool:
    o = ord(ch)
    return 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E or 0x2010 <= o <= 0x2027 or o in (0xB7, 0x2030, 0x2103)


def _char_class(chars) -> str:
    """A regex character class of the given characters, written as ranges of code points."""
    points = sorted({ord(ch) for ch in chars})
    ranges: list[str] = []
    start = prev = None
    for point in [*points, None]:
        if point is not None and prev is not None and point == prev + 1:
            prev = point
            continue
        if start is not None:
            ranges.append(f"\\U{start:08x}" + (f"-\\U{prev:08x}" if prev != start else ""))
        start = prev = point
    return "[" + "".join(ranges) + "]"


@lru_cache(maxsize=1)
def _plausible_re() -> re.Pattern[str]:
    """The non-ASCII characters plausibility counts as good: common hanzi and common symbols."""
    symbols = [chr(o) for o in (*range(0x3000, 0x3040), *range(0xFF01, 0xFF5F), *range(0x2010, 0x2028), 0xB7, 0x2030, 0x2103)]
    return re.compile(_char_class(ch for ch in (*_common_hanzi(), *symbols) if ch >= "\x80"))


# ASCII runs (a class first, then the repeat: `re` scans fast only to a leading class)
_ASCII_RUN = re.compile(r"[\x00-\x7f][\x00-\x7f]*")


@lru_cache(maxsize=2)  # a decoded page is asked for its Han share and its plausibility in turn
def _non_ascii(text: str) -> str:
    """The non-ASCII characters of the sample: all that the shares below count (an HTML page is mostly
    ASCII markup, so counting on these few is much cheaper than on the whole sample)."""
    return _ASCII_RUN.sub("", text[:SAMPLE_CHARS])


def plausibility(text: str) -> float:
    """Share of the non-ASCII characters that are common Chinese characters or punctuation (1.0 if none)."""
    chars = _non_ascii(text)
    if not chars:
        return 1.0
    good = _plausible_re().subn("", chars)[1]
    return good / len(chars)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")  # C0 controls but \t \n \v \f \r and ESC, and DEL


def control_share(text: str) -> float:
    """Share of C0 control characters other than whitespace (C1 ones are left: mojibake is full of them)."""
    sample = text[:SAMPLE_CHARS]
    if not sample:
        return 0.0
    bad = _CONTROL.subn("", sample)[1]
    return bad / len(sample)


# ---------------------------------------------------------------- detection steps


def binary_kind(data: bytes) -> str | None:
    """'binary file (...)' when the bytes are clearly not text (after BOM / UTF-16 checks)."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary file ({what})"
    if b"\x00" in data:
        return "binary file (NUL bytes)"
    return None


def _bom(data: bytes) -> tuple[str, str, int] | None:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return codec, label, len(bom)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows its ASCII as NULs in every other byte."""
    if len(data) % 2:
        return None
    sample = data[: SAMPLE_BYTES - SAMPLE_BYTES % 2]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    pairs = len(sample) // 2
    enough = max(2, pairs * 0.01)
    if odd >= enough and even <= odd * 0.25:
        return "utf_16_le"
    if even >= enough and odd <= even * 0.25:
        return "utf_16_be"
    return None


def _accept(text: str, encoding: str, replaced: int = 0) -> Decoded:
    if control_share(text) > MAX_CONTROL:
        raise ReadFailure("binary file (control characters)")
    return Decoded(text, encoding, replaced)


def _with_damage(data: bytes, codec: str, label: str | None = None) -> Decoded | None:
    text, bad = _decode_counting(data, codec)
    if bad == 0:
        return Decoded(text, label or codec, 0)
    if bad / max(1, len(text)) < MAX_DAMAGE or (bad == 1 and len(text) >= 20):
        # one bad sequence is what a file cut inside a character looks like
        return Decoded(text, label or codec, bad)
    return None


def _detector_guesses(data: bytes) -> list[str]:
    sample = data[:SAMPLE_BYTES]
    if len(data) > SAMPLE_BYTES:
        cut = sample.rfind(b"\n")
        if cut > SAMPLE_BYTES // 2:
            sample = sample[: cut + 1]
    try:
        matches = charset_normalizer.from_bytes(sample)
    except Exception:  # the detector is a heuristic; never let it sink a read
        return []
    names = []
    for match in list(matches)[:4]:
        name = codec_name(match.encoding)
        if name and name not in names:
            names.append(name)
    return names


def _best(candidates: list[Decoded]) -> Decoded:
    """Most plausible first, fewest replacements next, then the order given."""

    def key(item: tuple[int, Decoded]) -> tuple[float, int, int]:
        index, dec = item
        damage = dec.replaced / max(1, len(dec.text))
        return (-(plausibility(dec.text) - 10 * damage), dec.replaced, index)

    return min(enumerate(candidates), key=key)[1]


def _readable(dec: Decoded) -> bool:
    """A reading that comes out as Chinese characters must look like Chinese at least a little: bytes of
    something else read as GB18030 or UTF-16 decode without error surprisingly often, into rare characters."""
    if dec.encoding in _MULTIBYTE_CJK or _han_share(dec.text) >= 0.3:
        return plausibility(dec.text) >= MIN_CJK_PLAUSIBILITY
    return True


def _han_share(text: str) -> float:
    """Share of the non-ASCII characters that are CJK ideographs (common or not)."""
    chars = _non_ascii(text)
    if not chars:
        return 0.0
    return _HAN.subn("", chars)[1] / len(chars)


_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode `data`; `declared` is a charset the container named (HTML meta, HTTP header)."""
    if not data:
        raise ReadFailure("empty file")

    bom = _bom(data)
    if bom:
        codec, label, size = bom
        body = data[size:]
        text = _strict(body, codec)
        if text is not None:
            return _accept(text, label)
        dec = _with_damage(body, codec, label)
        if dec:
            return _accept(dec.text, label, dec.replaced)
        _, bad = _decode_counting(body, codec)
        raise ReadFailure(f"undecodable: {label} byte order mark, but {bad} invalid byte sequences")

    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16:
            dec = _with_damage(data, utf16)
            if dec and plausibility(dec.text) > 0.5:
                return _accept(dec.text, utf16, dec.replaced)
    kind = binary_kind(data)
    if kind:
        raise ReadFailure(kind)

    declared_codec = codec_name(declared)
    if declared_codec and declared_codec.startswith(("utf_16", "utf_32")):
        declared_codec = None  # bytes without a BOM that say UTF-16 are ASCII-compatible: the label is wrong
    if declared_codec and not _is_single_byte(declared_codec):
        text = _strict(data, declared_codec)
        if text is not None and _readable(Decoded(text, declared_codec)):
            # A UTF-8 page under an old GB2312 label can decode both ways; the more Chinese-looking reading wins.
            utf8 = _strict(data, "utf_8") if declared_codec != "utf_8" else None
            if utf8 is None or plausibility(utf8) <= plausibility(text):
                return _accept(text, declared_codec)

    text = _strict(data, "utf_8")
    if text is not None:
        return _accept(text, "utf_8")

    # Chinese in a legacy encoding: the strict reading that looks most like Chinese prose.
    clean: list[Decoded] = []
    for codec in ("gb18030", "big5", "cp950", "big5hkscs"):
        text = _strict(data, codec)
        if text is not None:
            clean.append(Decoded(text, codec))
            if codec != "gb18030":
                break  # the first Big5 variant that decodes is enough
    if len(data) % 2 == 0 and not clean:
        for codec in ("utf_16_le", "utf_16_be"):
            text = _strict(data, codec)
            if text is not None and plausibility(text) > 0.9:
                clean.append(Decoded(text, codec))
    if clean:
        best = _best(clean)
        if plausibility(best.text) >= 0.9:
            return _accept(best.text, best.encoding)

    # UTF-8 (or the declared encoding) with a few bad bytes: random bytes are almost never nearly-valid UTF-8.
    for codec in ("utf_8", *(c for c in (declared_codec,) if c and not _is_single_byte(c))):
        dec = _with_damage(data, codec)
        if dec:
            return _accept(dec.text, dec.encoding, dec.replaced)

    if declared_codec and _is_single_byte(declared_codec):
        text = _strict(data, declared_codec)
        if text is not None:
            clean.append(Decoded(text, declared_codec))
    guesses = _detector_guesses(data)
    for codec in guesses:
        if codec in _MULTIBYTE_CJK or codec.startswith("utf_8"):
            continue  # already tried above
        text = _strict(data, codec)
        if text is not None:
            clean.append(Decoded(text, codec))
            break
    unreadable = [d.encoding for d in clean if not _readable(d)]
    clean = [d for d in clean if d.encoding not in unreadable]
    if clean:
        # Nothing looks clearly Chinese: trust a non-CJK reading (declared single-byte, the detector's) if any.
        best = _best(clean)
        if plausibility(best.text) < 0.8:
            best = next((d for d in clean if d.encoding not in _MULTIBYTE_CJK), best)
        return _accept(best.text, best.encoding)

    damaged: list[Decoded] = []
    for codec in dict.fromkeys(["gb18030", "big5", "cp950", "big5hkscs", *guesses]):
        try:
            dec = _with_damage(data, codec)
        except LookupError:
            continue
        if dec and _readable(dec):
            damaged.append(dec)
    if damaged:
        best = _best(damaged)
        return _accept(best.text, best.encoding, best.replaced)
    if unreadable:
        raise ReadFailure(f"undecodable: only {'/'.join(unreadable)} decodes it, and into rare characters (noise)")
    raise ReadFailure("undecodable: invalid bytes in every candidate encoding")


_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""",
    re.IGNORECASE,
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def declared_html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few KB (<meta charset>, http-equiv, <?xml?>)."""
    head = data[:8192]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def header_charset(content_type: str | None) -> str | None:
    """charset=... of an HTTP Content-Type header."""
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type)
    return m.group(1) if m else None
