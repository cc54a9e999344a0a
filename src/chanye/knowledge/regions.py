"""Regions: China's administrative divisions plus its development zones, and finding them in text.

Provinces, cities and counties come from the administrative-division table that ships with the
`cpca` package (`cpca/resources/adcodes.csv`, 12-digit GB/T 2260 codes); the hierarchy is derived
from the code. The file is read directly, without importing cpca's own (heavy) modules.
Development zones, high-tech zones, national new areas and key industrial parks are not in it: they
come from `data/zones.yaml` (validated against `data/schema/zones.schema.json`). A handful of
divisions renamed since the table was made come from `data/region_updates.yaml`.

Codes are the 6-digit GB/T 2260 codes (`321000` 扬州市); the country is `100000`; zones carry
the code given in zones.yaml (their parent's code plus a type letter and a number: `321000E1`).

Short forms are derived by rule from the official names: 江苏省 → 江苏, 广西壮族自治区 → 广西,
扬州市 → 扬州, 延边朝鲜族自治州 → 延边, 扬州经济技术开发区 → 扬州经开区 / 扬州经济开发区,
X高新技术产业开发区 → X高新区. County short forms (邗江 for 邗江区) are used when resolving a name
but, because so many of them are ordinary words, only matched in running text next to their
parent (扬州邗江) or before a zone word (海安经开区).
"""

from __future__ import annotations

import csv
import importlib.util
import re
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

from chanye.knowledge.loader import load_data
from chanye.knowledge.region_roles import incidental_mention, other_role, partner_role

LEVELS = ("country", "province", "city", "county", "zone")
COUNTRY_CODE = "100000"


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    code: str
    level: str  # 'country' | 'province' | 'city' | 'county' | 'zone'
    parent_code: str | None
    aliases: tuple[str, ...] = ()
    zone_type: str | None = None  # for zones: etdz | hitech | new_area | park | ftz | other


COUNTRY = Region("全国", COUNTRY_CODE, "country", None, ("中国", "我国", "全国", "中华人民共和国"))

# Table rows that are placeholders, not places.
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
_MUNICIPALITIES = {"11", "12", "31", "50"}

# Ethnic words removed from autonomous names to get the short form.
_ETHNIC = re.compile(
    r"(?:壮族|回族|维吾尔|藏族|蒙古族|朝鲜族|土家族|苗族|彝族|布依族|侗族|白族|哈尼族|傣族|傈僳族|景颇族|"
    r"哈萨克|柯尔克孜|羌族|黎族|瑶族|满族|畲族|土族|撒拉族|纳西族|仫佬族|毛南族|仡佬族|水族|达斡尔族|"
    r"鄂温克族|鄂伦春族|锡伯族|塔吉克|普米族|怒族|独龙族|拉祜族|佤族|布朗族|阿昌族|德昂族|基诺族|"
    r"保安族|东乡族|裕固族|哈萨克族|蒙古|各族)+"
)

# The cue words of this module (data/page_region.yaml): which mentions name a place, whose page it is.
_CUES = load_data("page_region.yaml") or {}


def _alt(key: str) -> str:
    """The words under `key`, as one regex alternation in the file's order."""
    return "|".join(map(re.escape, _CUES.get(key, []))) or "(?!)"


# Short forms that are ordinary words or names of other things (白银, 长治 in 长治久安, 黄山 the mountain):
# matched in running text only as the full name; they still resolve when given alone to resolve_region.
_WITHHELD_SHORT = frozenset(_CUES.get("withheld_short", []))

_ZONE_SUFFIX_RE = re.compile(r"(经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新技术开发区|高新区|工业园区)")
# a bare 开发区 right after a city or county names its national economic-technological zone, if it has one
# (天津开发区, 西宁开发区); it does not make a county's short form a mention (滨江开发区)
_BARE_ZONE_WORD = re.compile(r"开发区")
# 西安经开先后引进…, 西安经开地区生产总值: 经开 without 区 after a city is its national economic-technological
# zone's short name (not 经开发…, 经开放…, 经开委)
_SHORT_ETDZ_WORD = re.compile(r"经开(?![区发放委])")
# the zone's rank between the place and the zone word, in brackets or not (西宁（国家级）经济技术开发区,
# 芜湖国家级经济技术开发区, 宁乡国家级经开区, 某县省级经济开发区)
_ZONE_RANK_NOTE = re.compile(r"[（(](?:国家级|省级)[）)]|(?:国家级|省级)(?=经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区|开发区|工业园区)")


def _cpca_adcodes() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package (administrative divisions) is not installed")
    for location in spec.submodule_search_locations:
        path = Path(location) / "resources" / "adcodes.csv"
        if path.is_file():
            return path
    raise RuntimeError("cpca/resources/adcodes.csv not found")


def _short_province(name: str) -> str:
    for suffix in ("特别行政区", "自治区", "省", "市"):
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            if suffix == "自治区":
                stripped = _ETHNIC.sub("", base)
                base = stripped if len(stripped) >= 2 else base
            return base or name
    return name


def _short_city(name: str) -> str:
    for suffix in ("自治州", "地区", "盟", "市"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            base = name[: -len(suffix)]
            if suffix == "自治州":
                stripped = _ETHNIC.sub("", base)
                base = stripped if len(stripped) >= 2 else base
            return base
    return name


def _short_county(name: str) -> str | None:
    if name.endswith("自治县") or name.endswith("自治旗"):
        base = _ETHNIC.sub("", name[:-3])
        return base if len(base) >= 2 else None
    for suffix in ("新区", "区", "县", "市", "旗"):
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            return base if len(base) >= 2 else None
    return None


def short_name(region: Region) -> str | None:
    """A city's or county's name without its level word (扬州市 → 扬州, 沁源县 → 沁源, 某某彝族自治县 → 某某); None for
    other levels and for a county too short to go without it (沛县)."""
    if region.level == "city":
        return _short_city(region.name)
    if region.level == "county":
        return _short_county(region.name)
    return None


class Gazetteer:
    """All regions, indexed by code and by every name they go by."""

    def __init__(self, regions: list[Region]):
        self.by_code: dict[str, Region] = {r.code: r for r in regions}
        self.by_name: dict[str, list[Region]] = {}
        for region in regions:
            for name in {region.name, *region.aliases}:
                self.by_name.setdefault(name, []).append(region)
        for name, candidates in self.by_name.items():
            candidates.sort(key=lambda r: _rank(r, name))
        # Names usable in running text, longest first.
        self.text_names: dict[str, list[Region]] = {}
        for name, candidates in self.by_name.items():
            usable = [r for r in candidates if _usable_in_text(r, name)]
            if usable:
                self.text_names[name] = usable
        # name lengths by first character, longest first: leftmost-longest matching without a huge regex
        lengths: dict[str, set[int]] = {}
        for name in self.text_names:
            lengths.setdefault(name[0], set()).add(len(name))
        self.first_lengths = {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}
        self.county_short: dict[str, list[Region]] = {}
        for region in regions:
            if region.level == "county":
                short = _short_county(region.name)
                if short:
                    self.county_short.setdefault(short, []).append(region)
        # two-character county names (容县, 沛县) are too word-like for running text, but not before a
        # zone word (容县经开区)
        self.county_pairs: dict[str, list[Region]] = {}
        for region in regions:
            if region.level == "county" and len(region.name) == 2 and region.name.endswith("县"):
                self.county_pairs.setdefault(region.name, []).append(region)
        self.county_first = {name[0] for name in self.county_short} | {name[0] for name in self.county_pairs}
        # where a text name or a county short form may start: find_region_mentions looks only there.
        # Every such name has two characters or more; a position is a candidate when the two
        # characters there open one (the regex finds pairs of possible first and second characters)
        names = {*self.text_names, *self.county_short, *self.county_pairs}
        self.name_openings = {name[:2] for name in names}
        firsts = "".join(sorted({o[0] for o in self.name_openings}))
        seconds = "".join(sorted({o[1] for o in self.name_openings}))
        # (a first character, then the second looked ahead at: a pattern that opens with a character class
        # is scanned for it in C; one that opens with a lookahead is tried at every character)
        self.opening_re = re.compile("[" + re.escape(firsts) + "](?=[" + re.escape(seconds) + "])")
        # the lengths of the text names that open with these two characters, longest first
        opening_lengths: dict[str, set[int]] = {}
        for name in self.text_names:
            opening_lengths.setdefault(name[:2], set()).add(len(name))
        self.opening_lengths = {o: tuple(sorted(ls, reverse=True)) for o, ls in opening_lengths.items()}

    def candidate_starts(self, text: str) -> list[int]:
        """Every position where a text name or a county short form may start, in order."""
        openings = self.name_openings
        return [i for m in self.opening_re.finditer(text) if text[(i := m.start()) : i + 2] in openings]

    def children(self, code: str) -> list[Region]:
        return [r for r in self.by_code.values() if r.parent_code == code]


def _rank(region: Region, name: str) -> tuple[int, int, str]:
    exact = 0 if region.name == name else 1
    level = {"province": 0, "city": 1, "zone": 2, "county": 3, "country": 4}[region.level]
    return (exact, level, region.code)


def _usable_in_text(region: Region, name: str) -> bool:
    if region.level == "country":
        return name in ("全国", "我国")
    if len(name) < 2:
        return False
    if name == region.name:
        # Full names that are ordinary words (城区, 矿区, 郊区, 新城区 ...) are not matched in running text.
        if region.level == "county" and (len(name) <= 2 or name in {"新城区", "市中区", "新华区", "和平区"}):
            return False
        return True
    if region.level == "county":
        return name in _OLD_FULL_NAMES  # county short forms: see find_region_mentions
    if name in _WITHHELD_SHORT:
        return False
    return True


# a county's former full name (宜宾县 for 叙州区, 临安市 for 临安区): still read in running text, as the
# county it became (older pages); two-character ones (户县, 郫县) stay withheld like other short names. An
# autonomous county's usual written name (积石山县, 长阳县) is read so too.
_OLD_FULL_NAMES: set[str] = set()


def _load_written_names(by_code: dict[str, Region], data: dict) -> None:
    """达茂旗 for 达尔罕茂明安联合旗: a county's usual written name (region_updates.yaml written_names), read in
    running text like a former full name."""
    by_name = {r.name: r for r in by_code.values() if r.level == "county"}
    for item in data.get("written_names", []):
        region = by_name.get(item["name"])
        if region is None:
            continue
        by_code[region.code] = replace(region, aliases=tuple(sorted({*region.aliases, *item["written"]})))
        _OLD_FULL_NAMES.update(item["written"])


def _load_updates(by_code: dict[str, Region], data: dict) -> None:
    for item in data.get("updates", []):
        old = by_code.pop(item["old_code"], None) if item.get("old_code") else None
        parent = item.get("parent_code") or (old.parent_code if old else None)
        name = item["name"]
        aliases = [a for a in {_short_county(name) or "", *(item.get("aliases") or ())} if a and a != name]
        if old is not None:
            aliases.append(old.name)
            if len(old.name) >= 3 and old.name[-1] in "县市区旗":
                _OLD_FULL_NAMES.add(old.name)
        by_code[item["code"]] = Region(name, item["code"], item.get("level", "county"), parent, tuple(sorted(set(aliases))))


def _zone_aliases(name: str, zone_type: str, extra: list[str]) -> tuple[str, ...]:
    aliases = set(extra)
    for suffix, variants in (
        ("经济技术开发区", ("经开区", "经济开发区")),
        ("高新技术产业开发区", ("高新区", "高新技术开发区")),
    ):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            for v in variants:
                aliases.add(stem + v)
            if suffix.startswith("高新"):
                aliases.add(stem + "国家高新区")
    for written in [name, *aliases]:
        if _DASHES.search(written):  # 广西—东盟 is written 广西-东盟 as often
            aliases.update(_DASHES.sub(dash, written) for dash in _DASH_FORMS)
    aliases.discard(name)
    return tuple(sorted(aliases))


_DASH_FORMS = ("-", "—", "–")  # (clean writes the full-width － as -)
_DASHES = re.compile("[" + "".join(_DASH_FORMS) + "]")
_GENERIC_STEM = re.compile(_alt("generic_zone_stems"))


def _city_free(item: dict, by_code: dict[str, Region]) -> list[str]:
    """惠州大亚湾经济技术开发区 is written 大亚湾经济技术开发区 / 大亚湾开发区 on its city's pages: the
    zone's name without its city's, where a place word of two or more characters is left."""
    parent = by_code.get(item["parent_code"])
    city = parent if parent is None or parent.level != "county" else by_code.get(parent.parent_code or "")
    name = item["name"]
    for short in (city.name, *city.aliases) if city is not None else ():
        for suffix in ("经济技术开发区", "高新技术产业开发区"):
            if name.startswith(short) and name.endswith(suffix) and len(name) - len(short) - len(suffix) >= 2:
                stem = name[len(short) : -len(suffix)]
                if _GENERIC_STEM.search(stem):
                    return []  # 临港开发区, 汽车开发区: a word many cities' zones share, not this one's name
                return [stem + suffix, stem + ("开发区" if suffix.startswith("经济") else "高新区")]
    return []


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    by_code: dict[str, Region] = {}
    with _cpca_adcodes().open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    codes = {row["adcode"][:6] for row in rows if row["name"] not in _PLACEHOLDERS}
    for row in rows:
        name = row["name"].strip()
        code = row["adcode"][:6]
        if name in _PLACEHOLDERS:
            continue
        if code[2:] == "0000":
            level, parent = "province", COUNTRY_CODE
            short = _short_province(name)
        elif code[4:] == "00":
            level, parent = "city", code[:2] + "0000"
            short = _short_city(name)
            if name.endswith("自治州") and short != name:
                # 红河州, 海南州, 恩施州: the usual way to write an autonomous prefecture (and the way
                # a withheld short form such as 红河 or 海西 is written as a place)
                by_code[code] = Region(name, code, level, parent, (short, short + "州"))
                continue
        else:
            level = "county"
            city = code[:4] + "00"
            parent = city if city in codes and code[:2] not in _MUNICIPALITIES else code[:2] + "0000"
            short = _short_county(name)
        aliases = (short,) if short and short != name else ()
        if level == "county" and name.endswith(("自治县", "自治旗")):
            # 积石山保安族东乡族撒拉族自治县 is written 积石山县, 长阳土家族自治县 长阳县; one named for its people
            # only (东乡族自治县, 鄂温克族自治旗) by the people's name: 东乡县, 鄂温克旗
            written = (short or name[:-3].removesuffix("族")) + name[-1]
            if len(written) >= 3:
                aliases += (written,)
                _OLD_FULL_NAMES.add(written)  # (read in running text like a full name)
        by_code[code] = Region(name, code, level, parent, aliases)
    updates = load_data("region_updates.yaml") or {}
    _load_updates(by_code, updates)
    _load_written_names(by_code, updates)
    regions = [COUNTRY, *by_code.values()]
    zones = load_data("zones.yaml") or {}
    for item in zones.get("zones", []):
        regions.append(
            Region(
                name=item["name"],
                code=item["code"],
                level="zone",
                parent_code=item["parent_code"],
                aliases=_zone_aliases(item["name"], item["type"], list(item.get("aliases") or ()) + _city_free(item, by_code)),
                zone_type=item["type"],
            )
        )
    return Gazetteer(regions)


# ---------------------------------------------------------------- public API


def region_by_code(code: str) -> Region | None:
    return gazetteer().by_code.get(code) or _LOCAL_ZONES.get(code)


def parent_chain(region: Region) -> list[Region]:
    """The region's ancestors, nearest first (扬州经济技术开发区 → [扬州市, 江苏省, 全国])."""
    g = gazetteer()
    chain: list[Region] = []
    code = region.parent_code
    while code and code in g.by_code and len(chain) < 8:
        parent = g.by_code[code]
        chain.append(parent)
        code = parent.parent_code
    return chain


def _in_context(region: Region, context: Region | None) -> bool:
    if context is None:
        return False
    family = {context.code, *(r.code for r in parent_chain(context))}
    return region.code in family or any(r.code == context.code for r in parent_chain(region))


_SPACES = re.compile(r"\s+")


def resolve_region(name: str, context: Region | str | None = None) -> Region | None:
    """A name as written → the region, by full standard name.

    扬州 / 扬州市 → 扬州市; 扬州经开区 / 扬州经济开发区 → 扬州经济技术开发区; 江苏 → 江苏省; 全国 → the country.
    Where a name is shared (鼓楼区), a `context` region (or its name) picks the one inside it;
    otherwise the higher level, then the lower code, wins.
    """
    if not name:
        return None
    g = gazetteer()
    key = _SPACES.sub("", name).strip("：:，,。")
    key = key.replace("國", "国")
    if isinstance(context, str):
        context = resolve_region(context)
    candidates = g.by_name.get(key)
    if not candidates and key.startswith("国家级"):
        candidates = g.by_name.get(key[3:])
    if not candidates:
        # 江苏省扬州市 / 江苏扬州经开区: the last resolvable piece, inside the earlier ones.
        mentions = find_region_mentions(key, _allow_county_short=True)
        if mentions and mentions[-1][1] == len(key):
            covered = sum(e - s for s, e, _ in mentions)
            if covered == len(key):
                return mentions[-1][2]
        # 扬州:经开区 / 海安经开区 written around a county short form
        m = _ZONE_SUFFIX_RE.search(key)
        if m and m.end() == len(key):
            head = resolve_region(key[: m.start()], context)
            if head is not None:
                zone = _zone_of(head, m.group(1))
                if zone is not None:
                    return zone
        candidates = g.county_short.get(key)
        if not candidates:
            return None
    if context is not None and len(candidates) > 1:
        inside = [r for r in candidates if _in_context(r, context)]
        if inside:
            return inside[0]
    return candidates[0]


_LOCAL_ZONES: dict[str, Region] = {}
_LOCAL_SUFFIX = {"经济技术开发区": "经济技术开发区", "经开区": "经济开发区", "经济开发区": "经济开发区",
                 "高新技术产业开发区": "高新技术产业开发区", "高新技术开发区": "高新技术产业开发区", "高新区": "高新技术产业开发区",
                 "工业园区": "工业园区"}
_LOCAL_TYPE = {"工业园区": ("provincial", "S")}  # (a provincial park: 永昌工业园区; the others by 经 / 高新)


# 经开区 stands for 经济技术开发区 or for 经济开发区. A place with no national zone has a provincial one, and
# provincial zones are mostly named 经济开发区 (歙县经济开发区); a page that writes the place with 经济技术开发区
# and never with 经济开发区 means that one (begin_document reads them once). Each full name has its own code,
# so that the zones made on the fly never depend on which document or mention came first.
_WRITES_TECHNICAL_ZONE: ContextVar[frozenset[str]] = ContextVar("writes_technical_zone", default=frozenset())
_BEFORE_ZONE_WORD = r"([\u4e00-\u9fff]{2,4})"


def _places_written_before(text: str, word: str) -> set[str]:
    """The 2-4 character ends of the words right before each `word` in `text` (a short name is one of them)."""
    return {m.group(1)[-k:] for m in re.finditer(_BEFORE_ZONE_WORD + word, text) for k in (2, 3, 4)}


def begin_document(text: str) -> None:
    """Say which document's regions are read next (extract_document calls it before anything else)."""
    if "经济技术开发区" not in text:
        _WRITES_TECHNICAL_ZONE.set(frozenset())
        return
    technical = _places_written_before(text, "经济技术开发区")
    _WRITES_TECHNICAL_ZONE.set(frozenset(technical - _places_written_before(text, "经济开发区")))


def _local_suffix(short: str, word: str) -> str:
    """The full zone word `word` stands for after `short`: a provincial 常州经开区 is 常州经济开发区, unless the
    page writes 常州经济技术开发区 (and not 常州经济开发区)."""
    if word == "经开区" and short in _WRITES_TECHNICAL_ZONE.get():
        return "经济技术开发区"
    return _LOCAL_SUFFIX[word]


def _local_zone(region: Region, word: str) -> Region | None:
    """玉林高新区 / 海安经开区 where no national zone fits: a provincial zone of the city or county, named
    by its short name and the full zone word (玉林高新技术产业开发区), so that a figure named for it is its."""
    if region.level not in ("city", "county"):
        return None
    short = short_name(region) or region.name
    if not short:
        return None
    suffix = _local_suffix(short, word)
    name = short + suffix
    zone_type, letter = _LOCAL_TYPE.get(word) or (
        ("etdz", "E" if suffix == "经济技术开发区" else "K") if "经" in word else ("hitech", "H")
    )
    code = f"{region.code}{letter}P"
    if code not in _LOCAL_ZONES:
        _LOCAL_ZONES[code] = Region(name=name, code=code, level="zone", parent_code=region.code,
                                    aliases=(short + word,) if word != _LOCAL_SUFFIX[word] else (), zone_type=zone_type)
    return _LOCAL_ZONES[code]


_BONDED_RE = re.compile(r"综合保税区|综保区")


def _bonded_zone_at(region: Region, text: str, j: int):
    """吴江综保区 / 昆山综合保税区: the comprehensive bonded zone of the city or county, by its full name,
    so that a figure named for it is its (a bonded zone is no 经开区)."""
    zm = _BONDED_RE.match(text, j)
    if zm is None or region.level not in ("city", "county"):
        return None, None
    short = short_name(region) or region.name
    if not short:
        return None, None
    code = f"{region.code}BP"
    if code not in _LOCAL_ZONES:
        _LOCAL_ZONES[code] = Region(name=short + "综合保税区", code=code, level="zone", parent_code=region.code,
                                    aliases=(short + "综保区",), zone_type="other")
    return zm, _LOCAL_ZONES[code]


_ZONE_NAMES = load_data("zone_names.yaml") or {}


def _zone_word_re(keys: tuple[str, ...]) -> re.Pattern:
    words = [w["word"] for k in keys for w in _ZONE_NAMES.get(k, [])]
    stop = "".join(map(re.escape, _ZONE_NAMES.get("stem_stop_chars", [])))
    stem = rf"(?:(?![{stop}])[\u4e00-\u9fff])"
    alt = "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"
    return re.compile(rf"({stem}{{2,{_ZONE_NAMES.get('max_stem', 8)}}}?)({alt})")


# a name of its own, then a zone word (辽河经济开发区 after 营口): strong words after any place, loose ones
# only after a place named in full or by its own short form
_NAMED_ZONE_STRONG = _zone_word_re(("strong_words",))
_NAMED_ZONE_ANY = _zone_word_re(("strong_words", "loose_words"))
_NAMED_ZONE_TYPE = {w["word"]: w["type"] for k in ("strong_words", "loose_words") for w in _ZONE_NAMES.get(k, [])}
_NAMED_ZONE_STOP_WORDS = re.compile("|".join(map(re.escape, _ZONE_NAMES.get("stem_stop_words", []))) or "(?!)")
_NAMED_ZONE_GENERIC = frozenset(_ZONE_NAMES.get("generic_stems", []))
_NAMED_ZONE_SITE = frozenset(_ZONE_NAMES.get("site_stems", []))
_NAMED_ZONE_OFFICIAL = frozenset(_ZONE_NAMES.get("official_words", []))
_NAMED_ZONE_NOT_BEFORE = re.compile("|".join(map(re.escape, _ZONE_NAMES.get("not_before", []))) or "(?!)")
_FULL_ZONE_WORD = {w["word"]: w["full"] for k in ("strong_words", "loose_words") for w in _ZONE_NAMES.get(k, []) if "full" in w}


def _generic_stem(stem: str, word: str) -> bool:
    """化工园区, 临港产业园: a kind of park, not a name; a site word before an official zone word (临港经济开发区)
    is the zone's own name."""
    return stem in _NAMED_ZONE_GENERIC and not (stem in _NAMED_ZONE_SITE and word in _NAMED_ZONE_OFFICIAL)


def _named_zone_after(g: "Gazetteer", region: Region, text: str, j: int, *, strong_only: bool):
    """营口辽河经济开发区, 大理创新工业园区, 成都国际铁路港经济技术开发区: a city or county, a name of its
    own (not a place, a class word or an action) and a zone word name a zone of that place, whether or not
    zones.yaml knows it — its figures are the zone's, not the place's. Returns (match, zone) or (None, None)."""
    if region.level not in ("city", "county") or not ("\u4e00" <= text[j : j + 1] <= "\u9fff"):
        return None, None
    m = (_NAMED_ZONE_STRONG if strong_only else _NAMED_ZONE_ANY).match(text, j)
    if m is None:
        return _designated_zone_after(region, text, j)
    stem, word = m.group(1), m.group(2)
    if _generic_stem(stem, word) or _NAMED_ZONE_STOP_WORDS.search(stem) or _NAMED_ZONE_NOT_BEFORE.match(text, m.end()):
        return None, None
    if _county_short_at(g, text, j, region, j, False) is not None or any(
        _full_name_at(g, text, k, region) is not None for k in range(j, m.end(1))
    ):
        return None, None  # 扬州市江都经济开发区, 沭阳县优化沭阳经开区: a place comes next, the zone is its
    short = short_name(region) or region.name
    if not short:
        return None, None
    name = short + stem + _FULL_ZONE_WORD.get(word, word)
    code = f"{region.code}:{name}"
    zone = _LOCAL_ZONES.get(code)
    if zone is None:
        written = short + stem + word
        zone = Region(name=name, code=code, level="zone", parent_code=region.code,
                      aliases=(written,) if written != name else (), zone_type=_NAMED_ZONE_TYPE[word])
    return m, zone


_DESIGNATIONS = {w["word"]: w["type"] for w in _ZONE_NAMES.get("designations", [])}
_DESIGNATION_AT = re.compile("|".join(map(re.escape, _DESIGNATIONS)) or "(?!)")


def _designated_zone_after(region: Region, text: str, j: int):
    """民权县产业集聚区: a county's full name, then the word of the zone each county is designated (zone_names.yaml
    designations), names that county's own zone, by the full name. Returns (match, zone)."""
    m = _DESIGNATION_AT.match(text, j)
    if m is None or region.level != "county" or text[max(0, j - len(region.name)) : j] != region.name:
        return None, None  # (a city's 产业集聚区 are its counties' zones together: 安阳市产业集聚区…同比下降)
    name = region.name + m.group(0)
    code = f"{region.code}:{name}"
    zone = _LOCAL_ZONES.get(code) or Region(
        name=name, code=code, level="zone", parent_code=region.code, aliases=(), zone_type=_DESIGNATIONS[m.group(0)]
    )
    return m, zone


def _register_zone(zone: Region) -> Region:
    """Keep a zone made on the fly with the others (region_by_code finds it): done only where the mention is
    emitted, so that tests for a match leave the process-wide table as it was."""
    return _LOCAL_ZONES.setdefault(zone.code, zone)


def _zone_of(region: Region, word: str) -> Region | None:
    """The national zone of `region` that `word` (经开区, 高新区, ...) names, if there is exactly one."""
    if word in _LOCAL_TYPE:
        return None  # 永昌工业园区: a provincial park, no national zone
    zone_type = "etdz" if ("经济" in word or "经开" in word) else "hitech"
    g = gazetteer()
    found = [z for z in g.children(region.code) if z.level == "zone" and z.zone_type == zone_type]
    if len(found) == 1:
        return found[0]
    # a zone registered under a county of this city (or municipality) whose name starts with its short name
    if region.level == "city" or _is_municipality(region):
        short = _short_city(region.name) if region.level == "city" else region.name[:-1]
        found = [
            z for z in g.by_code.values()
            if z.level == "zone" and z.zone_type == zone_type and z.name.startswith(short + ("经济" if zone_type == "etdz" else "高新"))
        ]
        if len(found) == 1:
            return found[0]
    return None


_CITY_SELF = re.compile(_alt("city_self"))


def _is_municipality(region: Region) -> bool:
    """北京市, 天津市, 上海市, 重庆市: a province-level city."""
    return region.level == "province" and region.code[:2] in _MUNICIPALITIES
_SEP = "：:·・ 　"
# a province short form that reads as a mountain's, a river's or a sea's side: 贺兰山东麓, 黄河北岸, 长江西岸
@lru_cache(maxsize=None)
def _ordinary_use() -> re.Pattern:
    """Words holding a place's name that are no mention of it (data/place_name_words.yaml): 日照时数, 宁德时代."""
    words = (load_data("place_name_words.yaml") or {}).get("words", [])
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or r"(?!)")


_ORDINARY_AFTER = re.compile(r"[年光]日照")
_SIDE_OF_FEATURE = re.compile(r"[山河江湖海][东西南北](?:岸|麓|侧|坡|缘|翼)")


_MEMO_CHARS = 300  # short texts (clauses, names) come back again and again: their mentions are kept


def find_region_mentions(text: str, *, _allow_county_short: bool = False) -> list[tuple[int, int, Region]]:
    """Region mentions in `text`: (start, end, region), non-overlapping, leftmost-longest, in order.

    Matches full names and the short forms of provinces, cities and zones; a city or county followed
    by a zone word (扬州经开区, 扬州：经开区) becomes that zone; county short forms only right after
    their parent (扬州邗江) or before a zone word. Ordinary words that contain a name (交通, 海安全)
    are not mentions because matching is leftmost-longest over names only and withheld short forms
    (白银, 长治, 东方 ...) are not matched in running text.
    """
    if len(text) <= _MEMO_CHARS:
        return list(_memo_mentions(gazetteer(), text, _allow_county_short, _WRITES_TECHNICAL_ZONE.get()))
    return _find_region_mentions(gazetteer(), text, _allow_county_short)


@lru_cache(maxsize=8192)
def _memo_mentions(
    g: Gazetteer, text: str, allow_county_short: bool, _economic_zone_places: frozenset[str]
) -> tuple[tuple[int, int, Region], ...]:
    # (the page's 经济开发区 places are part of the key: the same sentence reads so on one page, not on another)
    return tuple(_find_region_mentions(g, text, allow_county_short))


def _find_region_mentions(g: Gazetteer, text: str, _allow_county_short: bool) -> list[tuple[int, int, Region]]:
    out: list[tuple[int, int, Region]] = []
    n = len(text)
    i = 0
    last: Region | None = None
    last_end = -10
    named: set[str] = set()  # counties already named in full: their short forms are mentions from then on
    for start in g.candidate_starts(text):
        if start < i:
            continue  # inside the last mention
        i = start  # no name starts between the last mention and here
        found = _full_name_at(g, text, i, last)
        by_name = found is not None  # a name of its own, not a county's word-like short form
        if found is None and text[i] in g.county_first:
            found = (
                _county_short_at(g, text, i, last, last_end, _allow_county_short)
                or _named_county_short_at(g, text, i, named)
                or _county_pair_at(g, text, i, last, last_end)
            )
        if found is None:
            found = _withheld_before_zone_at(g, text, i)
        if found is None:
            continue
        if found[2].level == "county" and found[1] - found[0] > 2:
            named.add(found[2].code)
        start, end, region = found
        ordinary = _ordinary_use().match(text, start)
        if (ordinary and ordinary.end() > end) or end - start == 2 and (
            _SIDE_OF_FEATURE.match(text, start) or (start and _ORDINARY_AFTER.match(text, start - 1))
        ):
            continue  # 贺兰山东麓, 黄河北岸, 年日照时数, 第一师范学院: a side of a feature or an ordinary word
        # a zone word right after a city/county: 扬州经开区, 扬州：经开区, 海安高新区
        if region.level in ("city", "county", "province"):
            j = end
            while j < n and j - end <= 1 and text[j] in _SEP:
                j += 1
            rank_note = _ZONE_RANK_NOTE.match(text, j)  # 西宁（国家级）经济技术开发区
            if rank_note:
                j = rank_note.end()
            zm = _ZONE_SUFFIX_RE.match(text, j)
            if zm and zm.group(1) in _LOCAL_TYPE and text[start:end] == region.name and region.level in ("city", "county"):
                zm = None  # 旺苍县工业园区, 锡林郭勒盟工业园区: the place's parks, by its full name - no park of a name
            zone = (_zone_of(region, zm.group(1)) or _local_zone(region, zm.group(1))) if zm else None
            if zm is None:
                zm = _BARE_ZONE_WORD.match(text, j) or _SHORT_ETDZ_WORD.match(text, j)
                zone = _zone_of(region, "经开区") if zm else None
            if zm is None:
                zm, zone = _bonded_zone_at(region, text, j)
            if zone is None:
                zm, zone = _named_zone_after(g, region, text, end, strong_only=not by_name)
                zone = _register_zone(zone) if zone is not None else None
            if zone is not None:
                end, region = zm.end(), zone
        out.append((start, end, region))
        last, last_end = region, end
        i = end
    return out


def _withheld_before_zone_at(g: Gazetteer, text: str, i: int):
    """海东工业园区, 大理创新工业园区: a city's withheld short form (a word of its own elsewhere) right before
    a zone word, or a name of its own and a strong zone word, is the city locating its zone."""
    for length in (3, 2):
        piece = text[i : i + length]
        if piece not in _WITHHELD_SHORT:
            continue
        city = next((r for r in g.by_name.get(piece, ()) if r.level == "city"), None)
        if city is None:
            return None
        if _ZONE_SUFFIX_RE.match(text, i + length) or _named_zone_after(g, city, text, i + length, strong_only=True)[1]:
            return i, i + length, city
        return None
    return None


def _full_name_at(g: Gazetteer, text: str, i: int, last: Region | None):
    """The longest name usable in running text that starts at i."""
    for length in g.opening_lengths.get(text[i : i + 2], ()):
        if i + length > len(text):
            continue
        piece = text[i : i + length]
        candidates = g.text_names.get(piece)
        if candidates and piece[-1] == "县" and text[i + length : i + length + 1] == "域" and any(
            r.level == "province" for r in g.text_names.get(piece[:-1], ())
        ):
            continue  # 河南县域工业30强: 河南 (the province) and 县域, not 河南县 (长沙县域 stays 长沙县)
        if candidates:
            region = candidates[0]
            if len(candidates) > 1 and last is not None:
                # within the place named before, or beside it (…；广河县…；东乡县…: 临夏's, not 江西's old name)
                inside = [r for r in candidates if _in_context(r, last)] or [
                    r for r in candidates if last.level == "county" and r.parent_code == last.parent_code
                ]
                region = inside[0] if inside else region
            return i, i + length, region
    return None


def _county_short_at(g: Gazetteer, text: str, i: int, last: Region | None, last_end: int, allow_all: bool):
    """A county short form at i used as a place: right after its parent (扬州邗江), or before a zone
    word (海安经开区), or anywhere when resolving a single name."""
    pair = text[i : i + 2]
    if pair in g.county_pairs and _ZONE_SUFFIX_RE.match(text, i + 2):
        return i, i + 2, g.county_pairs[pair][0]
    for length in (4, 3, 2):
        piece = text[i : i + length]
        if len(piece) < length or piece not in g.county_short:
            continue
        candidates = g.county_short[piece]
        if not allow_all and _FACILITY_AFTER.match(text, i + length):
            continue  # 福州长乐国际机场: the airport's name, not the district
        # right after its city, or its province (扬州邗江, 河南长垣, 浙江义乌)
        before_ok = last is not None and i <= last_end + 1 and any(
            c.parent_code == last.code or getattr(g.by_code.get(c.parent_code), "parent_code", None) == last.code
            for c in candidates
        )
        after = _ZONE_RANK_NOTE.match(text, i + length)
        after = after.end() if after else i + length
        zone_ok = bool(_ZONE_SUFFIX_RE.match(text, after) or _BONDED_RE.match(text, i + length)) or (
            # 吴江开发区: a bare 开发区 after a county that has a national economic-technological zone
            _BARE_ZONE_WORD.match(text, i + length) is not None and any(_zone_of(c, "经开区") for c in candidates)
        ) or (
            # 平和科技产业园区: a name of its own and a strong zone word after the county's short form
            _NAMED_ZONE_STRONG.match(text, i + length) is not None
            and any(_named_zone_after(g, c, text, i + length, strong_only=True)[1] for c in candidates)
        )
        if text.startswith("自治县", i + length) and any(c.name.endswith("自治县") for c in candidates):
            # 秀山自治县, 长阳自治县: an autonomous county by its place name and 自治县 (the peoples' names left out)
            return i, i + length + 3, next(c for c in candidates if c.name.endswith("自治县"))
        listed = _listed_with_sibling(text, i, length, last, last_end, candidates)
        if allow_all or before_ok or zone_ok or listed or _WHOLE_OF_PLACE_AFTER.match(text, i + length):
            region = candidates[0]
            if last is not None:
                inside = [c for c in candidates if c.parent_code == last.code] or [
                    c for c in candidates if getattr(g.by_code.get(c.parent_code), "parent_code", None) == last.code
                ]
                region = inside[0] if inside else region
            return i, i + length, region
    return None


_SIBLING_FIGURE_SPAN = 16  # how long the figure between a listed place and the next may be
_FIGURE_ONLY = re.compile(r"[\u4e00-\u9fff]{0,8}\d[\d.]*[\u4e00-\u9fff%]{1,3}")  # (指标)数值单位


def _listed_with_sibling(text: str, i: int, length: int, last: Region | None, last_end: int, candidates) -> bool:
    """海口1191亿元、三亚978亿元、儋州551亿元、澄迈328亿元 (昆山市地区生产总值3890亿元、江阴3620亿元): a county's short
    form right after the 、 that closes the figure of a place of the same province named just before, and itself
    followed by its figure, is the county."""
    if last is None or last.level not in ("city", "county") or i < 1 or text[i - 1] != "、":
        return False
    between = text[last_end : i - 1]  # the place's figure (1191亿元, 地区生产总值3890亿元), no clause break
    if not (0 < len(between) <= _SIBLING_FIGURE_SPAN and _FIGURE_ONLY.fullmatch(between)):
        return False
    if not (i + length < len(text) and text[i + length].isdigit()):
        return False
    province = province_above(last)
    return province is not None and any(getattr(province_above(c), "code", None) == province.code for c in candidates)


def province_above(region: Region) -> Region | None:
    """The province `region` lies in (its nearest ancestor of province level), if any."""
    return next((p for p in parent_chain(region) if p.level == "province"), None)


_PAIR_AFTER = frozenset(_CUES.get("county_pair_after", []))
_PAIR_NOT_BEFORE = frozenset(_CUES.get("county_pair_not_before", []))
_WITHHELD_PAIRS = frozenset(_CUES.get("withheld_pairs", []))


def _county_pair_at(g: Gazetteer, text: str, i: int, last: Region | None, last_end: int):
    """2021年献县一季度…, 沧州市献县…: a two-character county name standing as a word — after a boundary (no
    Chinese character, a time word, a particle) or right after its city, and not as part of a longer word
    (湖南县域 holds 南县, 振兴县域 兴县)."""
    pair = text[i : i + 2]
    regions = g.county_pairs.get(pair)
    if not regions or len(regions) != 1 or pair in _WITHHELD_PAIRS:
        return None
    if i + 2 < len(text) and text[i + 2] in _PAIR_NOT_BEFORE:
        return None
    before = text[i - 1] if i else ""
    after_parent = last is not None and last_end == i and regions[0].parent_code == last.code
    if not (after_parent or not before or before in _PAIR_AFTER or not ("\u4e00" <= before <= "\u9fff")):
        return None
    return i, i + 2, regions[0]


def _named_county_short_at(g: Gazetteer, text: str, i: int, named: set[str]):
    """江阴市副市长介绍，江阴规上工业增加值…: the short form of a county the text has named in full."""
    if not named:
        return None
    for length in (4, 3, 2):
        piece = text[i : i + length]
        if piece in _WITHHELD_SHORT or _FACILITY_AFTER.match(text, i + length):
            continue  # 长安区 … 长安汽车: a word-like short form stays withheld
        for region in g.county_short.get(piece, ()):
            if region.code in named:
                return i, i + length, region
    return None


# 长乐国际机场, 双流机场: a county's short form naming a facility, not the county
_FACILITY_AFTER = re.compile(_alt("facility_after_county"))
# 云霄全县, 滨海全县上下: a county's short form before 全县 / 全区 names that county
_WHOLE_OF_PLACE_AFTER = re.compile(r"全(?:县|区)")


_DATELINE = re.compile(rf"(?:{_alt('dateline_agencies')})([^\d\s（(]{{2,8}}?)\d{{1,2}}月\d{{1,2}}日")
_MASTHEAD = re.compile(_alt("masthead_words") + r"|首页\s*-->")  # 首页 --> : a site's breadcrumb
_OUTLET = re.compile(r"(?:中国)?([\u4e00-\u9fff]{2,4})(?:网讯|日报讯|网-[\u4e00-\u9fff]{2,4}日报讯|发布(?![“\"《「『了\d])|融媒)")  # 梅州发布“1+N”政策: a verb


def _narrow_to_zone(region: Region, lead: str, counts: dict[str, int]) -> Region:
    """An outlet or dateline names the city; the lead may be about one of its zones throughout."""
    zones = {
        r.code: r
        for _, _, r in find_region_mentions(lead)
        if r.level == "zone" and region.code in {p.code for p in parent_chain(r)}
    }
    if len(zones) == 1:
        zone = next(iter(zones.values()))
        if counts.get(zone.code, 0) >= max(2, counts.get(region.code, 0) - 1):
            return zone
    return _own_district(region, lead, counts)


def _listing_province(top: Region, lead_found: list[Region], first_seen: dict[str, int], body: str = "") -> Region | None:
    """吉林省推进… 长春、四平、辽源、吉林四市…: a lead that opens with a province and names three or
    more of its cities, or that reports 全省 figures (湖南制造业… 全省规模以上工业… 株洲轨道交通…), is the
    province's page, whichever city it names most — or whichever zone or district (宁夏规上工业… 银川市…其中宁东基地…，
    固原市、中卫市…: the zone is one of the places the province's release goes through)."""
    if top.level not in ("city", "county", "zone"):
        return None
    province = province_above(top)
    if province is None or province.code not in {r.code for r in lead_found}:
        return None
    if first_seen.get(province.code, 1 << 30) > first_seen.get(top.code, 0):
        return None
    cities = {r.code for r in lead_found if r.level == "city" and r.parent_code == province.code}
    if top.level != "city":
        return province if len(cities) >= 3 else None  # 辽宁省… 沈阳大东…、大连、盘锦…: a district or zone among them
    whole = len(_WHOLE_PROVINCE.findall(body[:REGION_LEAD_WHOLE]))
    return province if len(cities) >= 3 or (whole >= 2 and whole > body[:REGION_LEAD_WHOLE].count("全市")) else None


REGION_LEAD_WHOLE = 2000  # characters read for 全省 / 全市
# 全省 whose figures the page gives, not the scope a city is ranked or measured in (居全省第一, 占全省, 成为全省…)
def _own_whole(word: str, *, after: str = "", before: str = "") -> str:
    """全省 / 全区 / 全市 as the page's own whole, not a scope it is ranked or measured in (居全省第一, 占全省, 高于全市平均):
    the characters that may not stand right before or right after it (page_region.yaml, and any given here)."""
    not_after = "".join(_CUES.get("whole_province_not_after", [])) + after
    not_before = "".join(_CUES.get("whole_province_not_before", [])) + before
    return rf"(?<![{not_after}]){word}(?![{not_before}])"


_WHOLE_PROVINCE = re.compile(
    _own_whole("全省")
)


def _listing_city(lead_found: list[Region], counts: dict[str, int], body: str) -> Region | None:
    """记者从市统计局获悉，全市…增长6.2%，其中昆山市增长7%，太仓市增长6.5%: a lead about 全市 that names
    two or more counties of one city, none far more than the others, and never the city, is the city's
    page."""
    counties = {r.code: r for r in lead_found if r.level == "county"}
    parents = {r.parent_code for r in counties.values()}
    if len(counties) < 2 or len(parents) != 1 or "全市" not in body[:REGION_LEAD_WHOLE]:
        return None
    city = region_by_code(next(iter(parents)))
    if city is None or city.level != "city":
        return None
    # (烟台全市…，招远市和龙口市…: the city named as the whole its counties are parts of)
    whole = _names_whole_of(city, body[:REGION_LEAD_WHOLE])
    if (counts.get(city.code, 0) and not whole) or any(
        r.level != "county" and not (whole and r.code == city.code) and not _zone_of_city(r, city, counties)
        for r in lead_found
    ):
        return None
    n = sorted((counts.get(c, 0) for c in counties), reverse=True)
    return city if n[0] <= 2 * n[1] else None


def _zone_of_city(r: Region, city: Region, counties: dict[str, Region]) -> bool:
    """A zone of the city or of one of its counties listed among them (…、淮安区、淮安经济技术开发区、盱眙县…)."""
    return r.level == "zone" and (r.parent_code == city.code or r.parent_code in counties)


def _names_whole_of(city: Region, lead: str) -> bool:
    """Does the lead write the city right before its 全市 (烟台全市规模以上工业…)?"""
    return any(f"{name}全市" in lead for name in {city.name, short_name(city) or city.name})


def _county_roundup_province(
    top: Region, lead_found: list[Region], first_seen: dict[str, int], counts: dict[str, int]
) -> Region | None:
    """安徽省县域特色产业… 甲县是…，全县…；类似的还有乙县…: a lead that opens with a province and then tells of
    two or more of its counties, none far more than the others, is the province's roundup."""
    if top.level != "county":
        return None
    province = province_above(top)
    if province is None or province.code not in {r.code for r in lead_found}:
        return None
    if first_seen.get(province.code, 1 << 30) > min(first_seen.get(r.code, 0) for r in lead_found if r.level != "province"):
        return None
    counties = {r.code for r in lead_found if r.level == "county" and province in parent_chain(r)}
    if len(counties) < 2 or any(r.level == "city" for r in lead_found):
        return None
    n = sorted((counts.get(c, 0) for c in counties), reverse=True)
    return province if n[0] <= 2 * n[1] else None


_COUNTY_SELF = re.compile(_alt("county_self"))
_COUNTY_REFERRED = re.compile(_alt("county_referred"))


def _speaking_city(top: Region, title: str | None, body: str, counts: dict[str, int]) -> Region | None:
    """我市46个县域特色产业集群… 全市… 其中宁晋县…、清河县…获评: a page that speaks as a city (我市, 全市 in its
    headline or lead, never 全县) and names one of its counties first is the city's page, not the county's —
    unless that county is the only one it names, again and again (我市某县入选… 某县…，某县…: the city's
    outlet reporting on the county)."""
    if top.level != "county" or not top.name.endswith("县"):
        return None
    head = (title or "") + body[:REGION_LEAD_WHOLE]
    if not _CITY_SELF.search(head) or _COUNTY_SELF.search(body):
        return None
    if counts.get(top.code, 0) >= _OWN_COUNTY_MENTIONS and not _other_counties(top, counts):
        return None
    city = region_by_code(top.parent_code)
    return city if city is not None and city.level == "city" else None


_OWN_COUNTY_MENTIONS = 3  # how often a city's page must name its one county to be that county's


def _speaking_county(page: _Page) -> Region | None:
    """某旗位于某市中南部，全旗总面积5600平方公里… (the city named more, in where the county lies and in its airport's
    name): a lead that speaks as a county (全县, 全旗), never as a city, and names one county of its most named city
    is that county's page."""
    top = page.top
    if top is None or top.level != "city":
        return None
    return _county_voice_of(page, top)


def _county_voice_of(page: _Page, city: Region) -> Region | None:
    """The one county of `city` the page names, where its lead speaks as a county (全县) and never as a city."""
    lead = page.body[:REGION_LEAD_WHOLE]
    if not _COUNTY_SELF.search(lead) or _CITY_SELF.search(lead):
        return None
    g = gazetteer()
    counties = [
        g.by_code[c] for c in page.counts
        if c in g.by_code and g.by_code[c].level == "county" and g.by_code[c].parent_code == city.code
    ]
    return counties[0] if len(counties) == 1 else None


def _other_counties(county: Region, counts: dict[str, int]) -> bool:
    """Does the page name another county of `county`'s city?"""
    g = gazetteer()
    return any(
        c != county.code and c in g.by_code and g.by_code[c].level == "county" and g.by_code[c].parent_code == county.parent_code
        for c in counts
    )


def _dateline_province(region: Region, counts: dict[str, int]) -> Region:
    """新华社南宁…电 … 广西将…: a dateline names where the reporter files from (often the
    provincial capital); a body that names another city of the province (中新网南昌…电 … 赣州市…), or the
    province, at least twice as often as that city is that city's, or the province's, page."""
    if region.level != "city":
        return region
    province = province_above(region)
    if province is None:
        return region
    n_city = counts.get(region.code, 0)
    g = gazetteer()
    siblings = [
        (n, g.by_code[c]) for c, n in counts.items()
        if c != region.code and c in g.by_code and g.by_code[c].level == "city" and g.by_code[c].parent_code == province.code
    ]
    if siblings:
        n, other = max(siblings, key=lambda x: x[0])
        if n >= max(2, 2 * n_city) and n >= counts.get(province.code, 0):
            return other
    n_province = counts.get(province.code, 0)
    if n_city <= 1 and n_province >= 1:
        return province  # 新华社南宁…电 今年前三季度，广西…，柳州…: the city only in the dateline
    return province if n_province >= max(2, 2 * n_city) else region


def _named_as_often(zone: Region, ancestor: Region, counts: dict[str, int]) -> Region:
    """A zone that does not dominate `ancestor` gives the page to the nearest place above it named as
    often: 连云港市东海经济开发区和东海高新区… 东海县… is the county's page, not the city's."""
    for place in parent_chain(zone):
        if place.code == ancestor.code or counts.get(place.code, 0) >= counts.get(ancestor.code, 0):
            return place
    return ancestor


def _filed_from_only(region: Region, counts: dict[str, int]) -> bool:
    """新华社北京…电 … 重庆市…四川省…: a dateline place the body never names again, in a body that names
    another place at least twice, is only where the reporter filed from."""
    if counts.get(region.code, 0) > 1:
        return False
    return any(n >= 2 for code, n in counts.items() if code not in (region.code, COUNTRY_CODE))


def _unnamed_province(city: Region, body: str) -> Region | None:
    """1-2月，全省规模以上工业… 其中：西宁市83.5%，海东市73.9%…: a page giving 全省 figures, with no word
    of a city's own (全市, 我市), is the province's, though it names only its cities."""
    if city.level != "city":
        return None
    lead = body[:REGION_LEAD_WHOLE]
    province = province_above(city)
    if province is None or re.search(r"全市|我市|本市|市委|市政府", lead):
        return None
    return province if _whole_province_count(province, lead) >= 2 else None


def _whole_province_count(province: Region, lead: str) -> int:
    """How often `lead` gives the province's own figures: 全省, and an autonomous region's 全区 (全区规模以上工业…
    呼和浩特市(23.6%)、包头市…)."""
    whole = len(_WHOLE_PROVINCE.findall(lead))
    if province.name.endswith("自治区"):
        whole += len(_WHOLE_REGION.findall(lead))
    return whole


def _unnamed_province_page(page: _Page) -> Region | None:
    """_unnamed_province, unless the city is named again and again, far more than the province and any other
    place in it (西宁以GDP占全省比重46.28%…西宁… ×11, the province twice in the outlet's name): the city's page
    measured against its province, not the province's release."""
    if page.top is None:
        return None
    return _unless_dominated(page, _unnamed_province(page.top, page.body))


def _listing_province_page(page: _Page) -> Region | None:
    """_listing_province, unless the lead's top place is named again and again after the list (广东省商务厅…吹风会上，
    广州、深圳、汕头…等8个市… 汕头市委常委… 汕头市新签约…: the one city the page goes on about)."""
    if page.top is None:
        return None
    return _unless_dominated(page, _listing_province(page.top, page.lead_found, page.first_seen, page.body))


def _unless_dominated(page: _Page, province: Region | None) -> Region | None:
    """The province a rule found, unless the lead's top place inside it dominates the page (_dominant_inside)."""
    if province is None or _dominant_inside(page, province) == page.top:
        return None
    return province


_WHOLE_REGION = re.compile(
    _own_whole("全区")
)

_PROVINCE_SELF = re.compile(_alt("province_self"))
_BELOW_PROVINCE_SELF = re.compile(_alt("below_province_self"))
_REGION_SELF = frozenset(_CUES.get("region_self", []))  # an autonomous region's own words, not a district's there


def above_county_voice(region: Region, text: str) -> bool:
    """前二季度全县开工…, 安徽某某公司…矿项目: a page speaking as a county (全县, 我县), with no city's or
    province's word for itself (全市, 全省, 我省), is no page of a province it names in passing."""
    if region.level != "province" or not _COUNTY_SELF.search(text):
        return False
    return _no_above_county_voice(text)


def _no_above_county_voice(text: str) -> bool:
    """No city's or province's word for itself (全市, 我省, 全省) in `text`."""
    return not (_CITY_SELF.search(text) or _PROVINCE_SELF.search(text) or "全省" in text)


def speaks_as_county(text: str) -> bool:
    """为了加快经济发展步伐，该县…；今年1—10月，该县规模以上工业总产值…: a page speaking of a county as its own
    (全县, 我县, or a reporter's 该县), with no city's or province's word for itself (全市, 我省, 全省)."""
    if not (_COUNTY_SELF.search(text) or _COUNTY_REFERRED.search(text)):
        return False
    return _no_above_county_voice(text)


def _speaking_province(page: _Page) -> Region | None:
    """本报讯 崇州经济开发区…等经省政府审批通过设立省级开发区… 我省… 全省产业园区…: a page that says 我省 and gives
    全省 figures (once or more), with no word of a city's, county's or zone's own (全市, 全县, 该区…), is the
    province's, though the place it names most is one of its parks, counties or cities (named in passing)."""
    found = page.top or _heaviest(page)
    if found is None or found.level not in ("city", "county", "zone"):
        return None
    province = province_above(found)
    if province is None:
        return None
    lead = page.body[:REGION_LEAD_WHOLE]
    if not _PROVINCE_SELF.search(lead):
        return None
    autonomous = province.name.endswith("自治区")
    if any(not (autonomous and m.group() in _REGION_SELF) for m in _BELOW_PROVINCE_SELF.finditer(lead)):
        return None
    # (我省 said, and 全省 figures given at least once: 我省产业集聚区…。一季度，全省产业集聚区…实现…)
    return province if _whole_province_count(province, lead) >= 1 else None


def _outlet_city(region: Region, counts: dict[str, int], body: str) -> Region:
    """陕西日报讯 … 宝鸡市…居全省第一。宝鸡市…: a province's paper reporting one of its cities (or, naming no city
    more than once, one of its counties: 中国江苏网讯 某县…), named at least twice, on a page that gives no 全省
    figures of its own, is that city's (county's) page."""
    if region.level != "province":
        return region
    g = gazetteer()
    cities = [
        (n, g.by_code[c]) for c, n in counts.items()
        if c in g.by_code and g.by_code[c].level == "city" and g.by_code[c].parent_code == region.code
    ]
    if not any(n >= 2 for n, _ in cities):
        cities = [
            (n, g.by_code[c]) for c, n in counts.items()
            if c in g.by_code and g.by_code[c].level == "county" and province_above(g.by_code[c]) == region
        ] or cities
    if not cities:
        return region
    n, city = max(cities, key=lambda x: x[0])
    lead = body[:REGION_LEAD_WHOLE]
    whole = len(_WHOLE_PROVINCE.findall(lead))
    others = sum(1 for m, _ in cities if m >= 1) - 1
    if n >= 2 and n >= 2 * max(counts.get(region.code, 0) - 1, 0) and whole <= lead.count("全市") and others == 0:
        return city
    return region


def _own_district(region: Region, lead: str, counts: dict[str, int]) -> Region:
    """深圳新闻网… 深圳市龙华区第二届人民代表大会…开幕 … 龙华区人民政府…作政府工作报告: the district's own
    report, carried by its city's outlet, is the district's page."""
    if region.level != "city":
        return region
    own = {
        r.code: r
        for _, end, r in find_region_mentions(lead)
        if r.level == "county" and region.code in {p.code for p in parent_chain(r)} and _DISTRICT_BODY_AFTER.match(lead, end)
    }
    if len(own) == 1:
        county = next(iter(own.values()))
        if counts.get(county.code, 0) >= 2:
            return county
    return region


_DISTRICT_BODY_AFTER = re.compile(rf"(?:第[一二三四五六七八九十]{{1,3}}届)?(?:{_alt('district_bodies')})")


# A body of the country: a page it issues is about the country.
_NATIONAL_BODY = (
    _alt("national_bodies") + "|"
    + rf"国家(?:{_alt('national_bureaus')})(?:总)?局|"
    # a ministry as the source of the news (记者从农业农村部了解到), not one a list was issued by
    + rf"(?:从|据)(?:{_alt('source_ministries')})(?:{_alt('source_verbs')})|"
    # the national people's congress and the premier's report (held in 北京, about the country)
    r"第[一二三四五六七八九十]+届全国人民代表大会|全国人大[一二三四五六七八九十]+次会议|国务院总理|"
    r"总理[\u4e00-\u9fff]{2,3}(?:\d{1,2}日)?(?:在|发表|作)[^。]{0,16}政府工作报告"
)
# 全国 as the subject of a sentence (not 高于全国, 居全国第一, 全国百强)
_NATIONAL_SUBJECT = rf"\s*全国(?:{_alt('national_subject_after')})"
# the national zones together as a sentence's subject: 国家高新区实现…
_NATIONAL_ZONES = rf"\s*(?:全国)?(?:\d+家)?国家(?:级)?(?:高新区|经开区|经济技术开发区)(?:{_alt('national_zones_after')})"
_NATIONAL = re.compile(
    _NATIONAL_BODY + r"|(?:^|[。，；：\n])" + _NATIONAL_SUBJECT + r"|(?:^|[。；\n]|\d{4}年[，,]?)" + _NATIONAL_ZONES
)
# _NATIONAL in parts that each open with a word or a character class (scanned for in C), and its two
# branches that open at the text's start: whether it finds anything, read faster (the sentence-subject
# parts only in a text that holds their word)
_NATIONAL_BODY_RE = re.compile(_NATIONAL_BODY)
_NATIONAL_AT_START = re.compile(_NATIONAL_SUBJECT + "|" + _NATIONAL_ZONES)
_NATIONAL_SUBJECT_RE = re.compile(r"[。，；：\n]" + _NATIONAL_SUBJECT)
_NATIONAL_ZONES_RES = (re.compile(r"[。；\n]" + _NATIONAL_ZONES), re.compile(r"\d{4}年[，,]?" + _NATIONAL_ZONES))
# Words after a city's or a province's name that make it a sub-area (成都平原经济区, 川南经济区) or a venue
# (北京人民大会堂), not the place.
_SUB_AREA_AFTER = re.compile(rf"(?:平原)?(?:{_alt('sub_area_after')})")
# 位列全省第2、苏北第1: a place right before a rank is the field ranked in, not the page's place
RANK_SCOPE_AFTER = re.compile(r"第[\d一二三四五六七八九十]|前[\d一二三四五六七八九十]+(?:位|名|强)")


# 列某市各县（市、区）第一, 居全省各市前列: the place's parts are the field of a rank, the place itself not the page's
_RANK_POOL_AFTER = re.compile(r"各(?:县|区|市|州|盟|旗|地|乡镇)[^，。；]{0,10}?(?:第[\d一二三四五六七八九十]|前[\d一二三四五六七八九十列]|首位|榜首|之首)")


_LOCAL_SITE = re.compile(_alt("local_site_after"))


def county_site_place(site: str) -> Region | None:
    """陆丰政协网, 某某新闻网: the county whose short form opens its own site's name, right before a local site's word
    (data/page_region.yaml local_site_after; not 光明网, 新华网: a bare 网 names no local site)."""
    for start, _end, region in find_region_mentions(site, _allow_county_short=True):
        if start == 0 and region.level == "county":
            short = short_name(region) or ""
            return region if short and _LOCAL_SITE.fullmatch(site, len(short)) else None
    return None


def rank_field(region: Region, text: str, start: int, end: int) -> bool:
    """Is this mention of an economic region (苏北, 川南经济区: zones.yaml type area) the field of a rank right after
    it (位列全省第2、苏北第1) or of a lead before it (领跑苏中苏北), or of a province or city whose parts are ranked
    (列某市各县（市、区）第一), not a place the page speaks of?"""
    if region.level in ("province", "city"):
        return _RANK_POOL_AFTER.match(text, end) is not None
    if region.zone_type != "area":
        return False
    return RANK_SCOPE_AFTER.match(text, end) is not None or _LEAD_BEFORE.search(text, max(0, start - 6), start) is not None


# 领跑苏中苏北: a lead over the areas after it (the second of two areas too)
_LEAD_BEFORE = re.compile(r"(?:领跑|领先|位居|雄踞)(?:[\u4e00-\u9fff]{2})?$")


# Words after a name that make it the page's own body or outlet: 南开区人民政府, 襄阳日报, 盐城新闻网.
_OWN_BODY_AFTER = re.compile(rf"(?:{_alt('own_body_after')})")
_OWN_BODY_WEIGHT = 3
_ZONE_DOMINANCE = 2  # a zone named in passing takes the page from its city only with more than twice its mentions


# 被商务部认定为…, 经工信部批准, 工信部公布的…名单: a ministry that certifies or lists the page's place is
# no sign that the page is about the country
_CERTIFYING_BEFORE = re.compile(rf"(?:{_alt('certifying_before')})$")
_CERTIFYING_AFTER = re.compile(rf"(?:{_alt('certifying_after')})")


def _national_body_speaks(head: str) -> bool:
    for m in _NATIONAL_BODY_RE.finditer(head):
        if _CERTIFYING_BEFORE.search(head, max(0, m.start() - 1), m.start()) or _CERTIFYING_AFTER.match(head, m.end()):
            continue
        return True
    return False


def _is_national(title: str | None, text: str) -> bool:
    """Is the page about the country: 全国 in the headline, a national body or 全国 as a sentence's subject."""
    # 全国 opening the headline or after a time word (1-10月份全国…), not 获批全国试点 / 居全国第一
    if title and re.search(r"(?:^|[\d月份年度季，,：:\s])(?:全国|中国)(?!\d|[前第首百十])", title.strip()):
        return True
    head = text[:600]
    if _NATIONAL_AT_START.match(head) or _national_body_speaks(head):
        return True
    if "全国" in head and _NATIONAL_SUBJECT_RE.search(head):
        return True
    if "国家" in head and any(p.search(head) for p in _NATIONAL_ZONES_RES):
        return True
    return _speaks_for_country(text)


# The country's voice where no place is the page's own: the State Council Information Office's press
# conference (国新办), 我国 / 全国 opening a figure's sentence after a time word (一季度我国规模以上…).
_COUNTRY_VOICE = re.compile(
    _alt("country_voice_bodies") + "|"
    + rf"(?:^|[。，；：\n]|季度|月份|[年月]|上半年|下半年|以来)\s*(?:我国|全国)(?:{_alt('country_voice_after')})|"
    # Taiwan and Hong Kong outlets write the mainland as 大陆 / 陆 (陆第2季GDP年增0.4%)
    + rf"(?:中国大陆|大陆|(?<![\u4e00-\u9fff])陆)(?:{_alt('mainland_after')})"
)
# 全市 / 我省…: a page about a place it does not name (a city's release) is not the country's
_OWN_PLACE_WORDS = re.compile(_alt("own_place_words"))


def _listed_others(text: str, mentions: list) -> set[int]:
    """Starts of mentions in a list of three or more places (北京、重庆、广东、浙江): on a page about its
    own unnamed place (全省…), such a list names others — sources, partners, peers."""
    listed: set[int] = set()
    run = [mentions[0]] if mentions else []
    for prev, cur in zip(mentions, mentions[1:]):
        if text[prev[1] : cur[0]] in ("、", "和", "及", "与"):
            run.append(cur)
            continue
        if len(run) >= 3:
            listed.update(m[0] for m in run)
        run = [cur]
    if len(run) >= 3:
        listed.update(m[0] for m in run)
    return listed


def others_listed(text: str) -> set[int]:
    """Starts of the mentions in `text` that name other places on a page about its own unnamed one."""
    return _listed_others(text, find_region_mentions(text)) if _own_place_page(text) else set()


def _own_place_page(text: str) -> bool:
    """全省… 我省… said at least twice in the opening: the page is a place's that it does not name."""
    return len(_OWN_PLACE_WORDS.findall(text[:REGION_LEAD_WHOLE])) >= 2


def _speaks_for_country(text: str) -> bool:
    lead = text[:REGION_LEAD_WHOLE]
    return _COUNTRY_VOICE.search(lead) is not None and not _OWN_PLACE_WORDS.search(lead)


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, Region]:
    """Province code -> its city of the same short name (吉林省 / 吉林市)."""
    g = gazetteer()
    out = {}
    for r in g.by_code.values():
        if r.level == "city" and r.parent_code in g.by_code:
            province = g.by_code[r.parent_code]
            if province.level == "province" and _short_city(r.name) == _short_province(province.name):
                out[province.code] = r
    return out


def _namesake_city(province: Region, body: str) -> Region | None:
    """A province's short form on a page that writes its namesake city in full (吉林市) and never the
    province (吉林省): the city's."""
    city = _namesakes().get(province.code)
    if city is not None and city.name in body and province.name not in body:
        return city
    return None


_CLAUSE_OPENERS = "。，；：！？\n ,;:　"
_SUBJECT_OPENINGS = 3  # how often a zone must open a clause to hold the page against its city


class _Page:
    """What the page-region rules read: the headline (as chosen), the body, its mentions counted, and (read
    only when a rule asks) whether it speaks for the country and what its lead names."""

    def __init__(self, title: str | None, body: str):
        self.title = title
        self.body = body

    @cached_property
    def found_all(self) -> list[tuple[int, int, Region]]:
        return find_region_mentions(self.body)

    @cached_property
    def named_counties(self) -> set[str]:
        """Counties the body names in full."""
        return {r.code for s, e, r in self.found_all if r.level == "county" and e - s == len(r.name)}

    @cached_property
    def withheld_named(self) -> dict[str, Region]:
        """Withheld short forms of cities the body names in full."""
        return _withheld_named(self.found_all)

    # The tally (role tests over every mention of the body) is the costly part, and most pages are decided
    # by their headline without it: it is made when a rule first reads one of these four.
    @cached_property
    def counts(self) -> dict[str, int]:
        """Mentions per region code (the page's own uses, not others' roles)."""
        return self._tally()["counts"]

    @cached_property
    def weights(self) -> dict[str, int]:
        """The counts, with the page's own bodies and outlets weighing more."""
        return self._tally()["weights"]

    @cached_property
    def first_seen(self) -> dict[str, int]:
        return self._tally()["first_seen"]

    @cached_property
    def listed(self) -> set[int]:
        """Where others are listed on a page that does not name its own place."""
        return self._tally()["listed"]

    def _tally(self) -> dict:
        if "counts" not in self.__dict__:
            _count_mentions(self)
        return self.__dict__

    @cached_property
    def openings(self) -> dict[str, int]:
        """Mentions per region code that open a clause (合肥高新区在…位居第七名。…，合肥高新区新增…): the page's
        subject, as against a base (占合肥市比重) or a dateline (央广网合肥2月17日消息)."""
        out: dict[str, int] = {}
        for s, _e, r in self.found_all:
            if s == 0 or self.body[s - 1] in _CLAUSE_OPENERS:
                out[r.code] = out.get(r.code, 0) + 1
        return out

    @cached_property
    def national(self) -> bool:
        return _is_national(self.title, self.body)

    @cached_property
    def lead(self) -> str:
        return self.body[:400]

    @cached_property
    def lead_found(self) -> list[Region]:
        """The lead's mentions of places as its own (not others' roles, sub-areas or passing mentions)."""
        lead = self.lead
        return [
            r for s, e, r in find_region_mentions(lead)
            if not (r.level in ("province", "city") and _SUB_AREA_AFTER.match(lead, e))
            and not rank_field(r, lead, s, e)
            and not other_role(lead, s, e) and not partner_role(lead, s, e) and not incidental_mention(lead, s, e)
        ]

    @cached_property
    def top(self) -> Region | None:
        """The lead's most named region below the country (ties: the more specific)."""
        by_freq = sorted(
            {r.code: r for r in self.lead_found if r.level != "country"}.values(),
            key=lambda r: (-self.counts.get(r.code, 0), LEVELS.index(r.level) * -1),
        )
        if not by_freq:
            return None
        return _unplaced_zone_tie(by_freq, self.counts) or by_freq[0]


def _unplaced_zone_tie(by_freq: list[Region], counts: dict[str, int]) -> Region | None:
    """横县…现场会在南宁六景工业园区…举行 … 南宁六景工业园区会场…: a zone read from its name alone (not in
    zones.yaml) hangs under the place written before it (南宁), not under the county it may lie in; named as
    often as a county or district of that place, it is no more specific than it: the county keeps the page."""
    first = by_freq[0]
    if first.level != "zone" or ":" not in first.code:
        return None
    n = counts.get(first.code, 0)
    for other in by_freq[1:]:
        if counts.get(other.code, 0) != n:
            break
        if other.level in ("county", "zone") and other.parent_code == first.parent_code:
            return other
    return None


_NO_REGION = Region("", "", "country", None)  # a rule's answer that the page names no place of its own


def _count_mentions(page: _Page) -> None:
    """Fill the page's tally (counts, weights, first_seen, listed) in place."""
    body = page.body
    found_all = page.found_all
    listed = _listed_others(body, found_all) if _own_place_page(body) else set()
    counts: dict[str, int] = {}
    weights: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    page.__dict__.update(counts=counts, weights=weights, first_seen=first_seen, listed=listed)
    for k, (start, end, r) in enumerate(found_all):
        if r.level in ("province", "city") and _SUB_AREA_AFTER.match(body, end):
            continue  # 成都平原经济区 is not 成都
        if rank_field(r, body, start, end):
            continue  # 苏北第1, 列某市各县（市、区）第一: the field of a rank
        if _locates_next(found_all, k):
            continue  # 山东某某经济开发区: the province only locates the zone named right after it
        if r.level != "country" and (other_role(body, start, end) or partner_role(body, start, end)):
            continue  # 赴深圳, 来自广东, 在上海举行…, 常州某某有限公司, 与某区签订合作协议: not the page's place
        if r.level != "country" and (incidental_mention(body, start, end) or start in listed):
            continue
        if r.level == "province" and end - start < len(r.name):
            r = _namesake_city(r, body) or r  # 吉林日报 … 吉林市上半年…: 吉林 is the city there
        counts[r.code] = counts.get(r.code, 0) + 1
        first_seen.setdefault(r.code, start)
        bonus = _OWN_BODY_WEIGHT if r.level != "country" and _OWN_BODY_AFTER.match(body, end) else 0
        weights[r.code] = weights.get(r.code, 0) + 1 + bonus
    _count_zone_back_references(page, found_all)
    _count_withheld_shorts(page, found_all)


def _locates_next(found: list[tuple[int, int, Region]], k: int) -> bool:
    """Is mention k a province's right before a mention of a zone inside it (山东 + 某某经济开发区)? (A city's
    stays counted: 连云港市东海经济开发区和东海高新区… 东海县… is the county's page, not a zone's.)"""
    if k + 1 >= len(found) or found[k + 1][0] != found[k][1] or found[k][2].level != "province":
        return False
    if found[k + 1][2].level != "zone":
        return False
    return found[k][2].code in {p.code for p in parent_chain(found[k + 1][2])}


def _withheld_named(found_all: list[tuple[int, int, Region]]) -> dict[str, Region]:
    """The withheld short forms (开封, 中卫, 白银) of the cities the text names in full: short form -> city."""
    out: dict[str, Region] = {}
    for _s, _e, r in found_all:
        if r.level == "city":
            short = _short_city(r.name)
            if short in _WITHHELD_SHORT and short != r.name:
                out[short] = r
    return out


def _count_withheld_shorts(page: _Page, found_all: list[tuple[int, int, Region]]) -> None:
    """中国开封第37届菊花文化节… 开封市… 在开封的投资: on a page that names the city in full, its withheld short
    form (an ordinary word elsewhere: 开封 unseal, 白银 silver) is the city each time it stands alone."""
    named = page.withheld_named
    if not named:
        return
    spans = [(s, e) for s, e, _r in found_all]
    for short, city in named.items():
        n = _bare_zone_words(page.body, [short], spans)
        if n:
            page.counts[city.code] = page.counts.get(city.code, 0) + n
            page.weights[city.code] = page.weights.get(city.code, 0) + n


_ZONE_BACK_WORDS: dict[str, list[str]] = _CUES.get("zone_back_words", {})
_ZONE_BACK_NOT_AFTER = frozenset(_CUES.get("zone_back_not_after", []))


def _count_zone_back_references(page: _Page, found_all: list[tuple[int, int, Region]]) -> None:
    """山东某某经济开发区创建于…。…开发区固定资产投资…, 记者从某某新区获悉，…新区GDP…: a page that names one zone
    of a type and then calls it by its generic word alone speaks of that zone each time — the references
    count as its mentions (so that a zone named once in full is not taken for a passing one). A zone whose own
    name ends in a generic ending (临港新片区, 海南自由贸易港重点园区) is referred back to by that ending too, whatever
    other zones the page names, where no other of them shares it."""
    by_type: dict[str, list[Region]] = {}
    for code in page.counts:
        r = region_by_code(code)
        if r is not None and r.level == "zone" and r.zone_type in _ZONE_BACK_WORDS:
            by_type.setdefault(r.zone_type, []).append(r)
    for zones in by_type.values():
        # 某经济技术开发区等14家经济开发区获表扬: a zone named only as the first of a set is an example of
        # the zones the page speaks of, no zone the page's bare 开发区 refers back to
        zones[:] = [z for z in zones if not _named_only_as_example(page.body, z, found_all)]
    by_type = {t: zones for t, zones in by_type.items() if zones}
    spans = [(s, e) for s, e, _r in found_all]
    # each zone's words: its type's generic words where it is the page's one zone of that type, and the
    # ending of its own name (临港新片区 → 新片区, 海南自由贸易港重点园区 → 重点园区) whatever other zones the page names
    words_of: dict[str, tuple[set[str], frozenset[str]]] = {}
    for zone_type, zones in by_type.items():
        generic = set(_ZONE_BACK_WORDS[zone_type]) if len(zones) == 1 else set()
        for z in zones:
            endings = _name_endings(z) - generic
            words_of[z.code] = (generic | endings, endings)
    for code, (words, endings) in words_of.items():
        # 某开发区 and 另一开发区 (of this type or another that 开发区 names): a bare 开发区 is either's
        own = [w for w in words if not any(w in other[0] for c, other in words_of.items() if c != code)]
        n = _bare_zone_words(page.body, sorted(own, key=len, reverse=True), spans, glued=endings) if own else 0
        if n:
            page.counts[code] += n
            page.weights[code] += n
    if len(by_type) == 1 and len(next(iter(by_type.values()))) == 1:
        code = next(iter(by_type.values()))[0].code  # the page's one zone: 园区 as a word of its own is it
        n = sum(_bounded_words(page.body, word, spans) for word in _ZONE_BACK_BOUNDED)
        page.counts[code] += n
        page.weights[code] += n


def _named_only_as_example(body: str, zone: Region, found_all: list[tuple[int, int, Region]]) -> bool:
    """Is every mention of `zone` followed by 等 (某开发区等14家, 某开发区等园区)?"""
    ends = [e for _s, e, r in found_all if r.code == zone.code]
    return bool(ends) and all(body.startswith("等", e) for e in ends)


_ZONE_BACK_BOUNDED = tuple(_CUES.get("zone_back_bounded", []))
_ZONE_BACK_ENDINGS = tuple(sorted(_CUES.get("zone_back_endings", []), key=len, reverse=True))


def _name_endings(zone: Region) -> frozenset[str]:
    """The generic endings of a zone's own names (临港新片区 → 新片区, 海南自由贸易港重点园区 → 重点园区)."""
    found = set()
    for name in (zone.name, *zone.aliases):
        ending = next((w for w in _ZONE_BACK_ENDINGS if name.endswith(w) and len(name) > len(w) + 1), None)
        if ending:
            found.add(ending)
    return frozenset(found)


_ZONE_WORD_AT = re.compile("|".join(sorted({re.escape(w) for ws in _ZONE_BACK_WORDS.values() for w in ws}, key=len, reverse=True)) or "(?!)")


def zone_word_types(text: str, at: int, hi: int) -> frozenset[str]:
    """The zone types a zone's generic word standing at `at` names (开发区: etdz or provincial; 高新区: hitech;
    新区: new_area), or none where no such word stands there."""
    m = _ZONE_WORD_AT.match(text, at, hi)
    if m is None:
        return frozenset()
    return frozenset(t for t, words in _ZONE_BACK_WORDS.items() if m.group() in words)


def _bounded_words(body: str, word: str, spans: list[tuple[int, int]]) -> int:
    """How often `word` stands as a word of its own in `body` (after a boundary: 。园区主导产业…), outside mentions."""
    n, at = 0, body.find(word)
    while at >= 0:
        before = body[at - 1] if at else ""
        if (not before or before in _PAIR_AFTER or not ("\u4e00" <= before <= "\u9fff")) and not any(
            s <= at < e for s, e in spans
        ):
            n += 1
        at = body.find(word, at + len(word))
    return n


def _bare_zone_words(body: str, words: list[str], spans: list[tuple[int, int]], glued: frozenset[str] = frozenset()) -> int:
    """How often one of `words` stands alone in `body`: outside every mention, and not as a class (各开发区).
    A word of `glued` right after a mention ends that mention's name (中关村示范区), no reference of its own."""
    seen: list[tuple[int, int]] = list(spans)
    ends = {e for _s, e in spans} if glued else set()
    n = 0
    for word in words:  # longer first: 经济开发区 is one reference, not also a 开发区
        at = body.find(word)
        while at >= 0:
            end = at + len(word)
            if word in glued and at in ends:
                seen.append((at, end))
            elif not any(s < end and at < e for s, e in seen):
                seen.append((at, end))
                n += not (at and body[at - 1] in _ZONE_BACK_NOT_AFTER)
            at = body.find(word, end)
    return n


def _headline(title: str | None, body: str) -> str | None:
    """The page's headline: the given title unless it is an outlet's masthead; where none is given, a short
    first line (past the masthead lines) that is no dateline or outlet lead-in (新华社南宁…电, 吉林日报讯)."""
    if title and _MASTHEAD.search(title):
        title = None  # 中新社吉林分社正文 / 某某日报报刊社…刊号: the outlet's masthead, not the headline
    if title:
        return title
    first = next((line.strip() for line in body.splitlines() if line.strip() and not _MASTHEAD.search(line) and not _furniture_line(line)), "")
    return first if len(first) <= 60 and not (_DATELINE.search(first) or _OUTLET.match(first.strip())) else None


# a site's navigation bar (中央人民政府 | 某省人民政府 | 某州人民政府, 要闻 | 城市 | 直观中国) or a listing's fields
# (所属行业:工业 所属地区:内蒙古 交易价格:…, 来源:某某网 时间:…): page furniture, not a headline
_NAV_BAR = re.compile(r"[|｜]")
_FIELD_LABEL = re.compile(r"(?:^|\s)[\u4e00-\u9fff]{2,4}[:：]")


def _furniture_line(line: str) -> bool:
    return len(_NAV_BAR.findall(line)) >= 2 or len(_FIELD_LABEL.findall(line)) >= 2


def _pick(page: _Page, mentions: list[Region]) -> Region | None:
    """The most specific region whose ancestors cover the other mentions; ties by frequency in the body."""
    specific = [r for r in mentions if r.level != "country"]
    if not specific:
        return mentions[0] if mentions else None
    keyed = []
    for r in specific:
        family = {r.code, *(p.code for p in parent_chain(r))}
        keyed.append(((sum(1 for o in specific if o.code in family), LEVELS.index(r.level)), r))
    top = max(k for k, _r in keyed)
    if len({r.code for k, r in keyed if k == top}) == 1:
        return next(r for k, r in keyed if k == top)  # no tie for the body's counts to break: no tally needed
    best = None
    for k, r in keyed:
        key = (*k, page.counts.get(r.code, 0))
        if best is None or key > best[0]:
            best = (key, r)
    return best[1] if best else None


def _title_mentions(title: str, body: str, named: set[str]) -> list[Region]:
    found = [
        (_namesake_city(r, body) or r) if r.level == "province" and e - s < len(r.name) else r
        for s, e, r in _with_named_county_shorts(title, find_region_mentions(title), named)
        if not (r.level in ("province", "city") and _SUB_AREA_AFTER.match(title, e))
        and not rank_field(r, title, s, e)
        and not other_role(title, s, e) and not partner_role(title, s, e) and not incidental_mention(title, s, e)
    ]
    if not found:
        # 昆山：… / 邗江区召开…: a county short form opening the headline
        m = re.match(r"\s*(?:\d{4}年)?([\u4e00-\u9fff]{1,4}?)([：:·]|市|区|县)", title)
        g = gazetteer()
        if m and m.group(1) in g.county_short:
            found = [g.county_short[m.group(1)][0]]
        elif m and m.group(1) + m.group(2) in g.county_pairs:
            found = [g.county_pairs[m.group(1) + m.group(2)][0]]  # 2024年沛县政府工作报告
    return found


def _may_write_county_short(title: str) -> bool:
    """Whether a county's short form of 2 to 4 characters (what _named_county_short_at reads) stands
    anywhere in `title`."""
    short = gazetteer().county_short
    return any(title[i : i + n] in short for i in range(len(title)) for n in (2, 3, 4))


def _with_named_county_shorts(title: str, found: list, named: set[str]) -> list:
    """浙江县域GDP开启新时代 余杭蝉联第一 over a body that writes 杭州市余杭区: the short form of a county the
    body names in full is a mention in the headline too (in running text alone it is withheld)."""
    if not named:
        return found
    g = gazetteer()
    out = list(found)
    i = 0
    while i < len(title):
        if any(s <= i < e for s, e, _r in found) or title[i] not in g.county_first:
            i += 1
            continue
        hit = _named_county_short_at(g, title, i, named)
        if hit is None:
            i += 1
            continue
        out.append(hit)
        i = hit[1]
    return sorted(out, key=lambda m: m[0])


# what may follow a city's own county named by its short form in a roundup of them: its figure's indicator or a
# rank verb (余姚、海曙和镇海GDP超千亿元; 慈溪居第6名; 余姚和宁海分列…), or a list mark and another of them
_ROUNDUP_AFTER = re.compile(r"GDP|地区生产总值|生产总值|经济总量|居第|位居|位列|分列|排名|以\d")
_ROUNDUP_MARK = re.compile(r"[、和及与]")


@lru_cache(maxsize=512)
def _child_shorts(city_code: str) -> tuple[tuple[str, Region], ...]:
    """The short forms of a city's counties usable in its roundups (not withheld, two characters or more)."""
    out = []
    for county in gazetteer().children(city_code):
        short = _short_county(county.name)
        if short and len(short) >= 2 and short not in _WITHHELD_SHORT:
            out.append((short, county))
    return tuple(out)


@lru_cache(maxsize=512)
def _child_names(city_code: str) -> tuple[str, ...]:
    """The short forms and full names of a city's counties, longest first (a list's next item is one of them)."""
    return tuple(sorted({w for short, county in _child_shorts(city_code) for w in (short, county.name)}, key=len, reverse=True))


def child_short_mentions(text: str, city: Region | None, found: list) -> list[tuple[int, int, Region]]:
    """A city's page naming its own counties by their short forms in a roundup (另有余姚、海曙和镇海GDP超千亿元):
    the short forms there are those counties (they stay withheld in running text otherwise: 新建和改扩建5G基站
    is no 新建区)."""
    if city is None or city.level != "city":
        return []
    shorts = _child_shorts(city.code)
    names = _child_names(city.code)
    taken = [(s, e) for s, e, _r in found]
    out = []
    for short, county in shorts:
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            listed = _ROUNDUP_MARK.match(text, end) is not None and text.startswith(names, end + 1)
            if (
                _word_starts(text, at)
                and not _SHORT_NOT_BEFORE.match(text, end)
                and (listed or _ROUNDUP_AFTER.match(text, end) or _listed_before(text, at, names))
                and not any(s < end and at < e for s, e in taken)
            ):
                out.append((at, end, county))
            at = text.find(short, end)
    return out


_BRACKET_ITEM = re.compile(r"（[^（）\n]{1,16}）")
_BRACKET_ITEM_JOIN = "、和及"


def bracketed_list_mentions(text: str, found: list) -> list[tuple[int, int, Region]]:
    """慈溪（2639亿）、义乌（2055亿）、诸暨（1755亿）; 昆山（第1位）、江阴（第2位）: places listed each with its figure in
    brackets - where every item of such a list is a place, the county short forms there are those counties (they
    stay withheld in running text otherwise)."""
    if not any("）" + join in text for join in _BRACKET_ITEM_JOIN):
        return []  # (the cheap test: no bracketed list in the paragraph)
    g = gazetteer()
    read_ends = {e for _s, e, _r in found}  # a place already read, ending right at its bracket
    runs: list[list[re.Match]] = []
    for m in _BRACKET_ITEM.finditer(text):
        last = runs[-1][-1] if runs else None
        if last is not None and last.end() < m.start() <= last.end() + 6 and text[last.end()] in _BRACKET_ITEM_JOIN:
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in runs:
        if len(run) < 2:
            continue
        shorts = [_county_short_before(g, text, m.start(), run[k - 1].end() + 1 if k else 0) for k, m in enumerate(run)]
        if all(hit is not None or m.start() in read_ends for hit, m in zip(shorts, run)):
            out.extend(h for h in shorts if h is not None and not any(s < h[1] and h[0] < e for s, e, _r in found))
    return out


def _county_short_before(g: Gazetteer, text: str, at: int, lo: int) -> tuple[int, int, Region] | None:
    """The county short form (2-4 characters, starting at or after `lo`) that ends right at `at`, if any."""
    for n in (4, 3, 2):
        if at - n >= lo and (hit := _unique_county_short_at(g, text, at - n)) is not None and hit[0] == n:
            return at - n, at, hit[1]
    return None


def _listed_before(text: str, at: int, names: tuple[str, ...]) -> bool:
    """Another of the city's counties right before the list mark before `at` (…余姚、海曙和|镇海)."""
    return at >= 3 and _ROUNDUP_MARK.match(text, at - 1) is not None and any(text.endswith(n, 0, at - 1) for n in names)


def withheld_short_forms() -> frozenset[str]:
    """The short forms withheld in running text as ordinary words (北海, 来宾, 开封 …)."""
    return _WITHHELD_SHORT


def short_form_mentions(text: str, region: Region | None) -> list[tuple[int, int, Region]]:
    """Where `text` writes the county `region` by its short form (余杭 for 余杭区): the page's own county, named so
    in its headline and its running text, though short forms alone are withheld in general (one that is an
    ordinary word, _WITHHELD_SHORT, stays withheld even here)."""
    short = _short_county(region.name) if region is not None and region.level == "county" else None
    if not short or short in _WITHHELD_SHORT:
        return []
    out, at = [], text.find(short)
    while at >= 0:
        out.append((at, at + len(short), region))
        at = text.find(short, at + len(short))
    return out


def _by_title(page: _Page) -> Region | None:
    """The headline decides where it names a place below the country (a title that names a city but whose
    body is about one of its zones stays with the title)."""
    if not page.title:
        return None
    # the body's full names (a scan of up to 20000 characters) matter only where the headline writes a short
    # form they could stand for: most headlines write none
    named = page.named_counties if _may_write_county_short(page.title) else set()
    found = _title_mentions(page.title, page.body, named)
    if any(short in page.title for short in _WITHHELD_SHORT):
        found += [city for short, city in page.withheld_named.items() if short in page.title and city not in found]
    chosen = _pick(page, found)
    if chosen is not None and _foreign_headline(page, chosen):
        return None
    chosen = _province_roundup_title(page, chosen) or chosen
    if chosen is not None and chosen.level == "province" and all(r.level in ("province", "country") for r in found):
        return _dominant_inside(page, chosen) or _county_short_inside(page, chosen) or chosen
    if chosen is not None and chosen.level == "city":
        return _county_under_city_title(page, chosen) or chosen
    if chosen is not None and chosen.level == "zone":
        return _voiced_county(page, chosen) or chosen  # 截止7月，今年某县工业园区…。近年来，该县…: the county's
    return chosen if chosen is not None and chosen.level != "country" else None


_FOREIGN_BODY_MIN = 5  # how often the body must name its own place for a headline it never echoes to be another page's


def _county_under_city_title(page: _Page, city: Region) -> Region | None:
    """福州西部将崛起生态工业新城 over 上半年，全县完成地区生产总值…；永泰被命名为… (永泰 ×7, 福州 ×2): a headline
    that names a city, over a body that speaks as a county (全县, never 全市) and names one county of that
    city, more often than the city, is that county's page."""
    county = _county_voice_of(page, city)  # (its voice test comes before the page's mention tally)
    if county is None or page.counts.get(county.code, 0) <= page.counts.get(city.code, 0):
        return None
    return county


def _foreign_headline(page: _Page, chosen: Region) -> bool:
    """湖南省邵阳市绥宁县…经济开发区 over a body about 许昌经济开发区 (×10, in 河南): a headline (an aggregator's or a
    search page's, another article's) whose place and province the body never names outside repeats of the
    headline, over a body that names a place of another province at least five times, is not the page's."""
    if chosen.level == "country" or not page.title:
        return False
    body = page.body.replace(page.title, "")
    chain = [chosen] + [r for r in parent_chain(chosen) if r.level != "country"]  # (the place itself first)
    for region in chain:
        short = short_name(region)
        if any(name and name in body for name in (region.name, short, *region.aliases)):
            return False  # (a plain substring test first: nearly every headline's place is in its body)
    province = next((r for r in chain if r.level == "province"), None)
    own = [(n, code) for code, n in page.counts.items() if code != COUNTRY_CODE and n >= _FOREIGN_BODY_MIN]
    if not own or province is None:
        return False
    _, code = max(own)
    return code != province.code and province.code not in {r.code for r in parent_chain(region_by_code(code))}


_ROUNDUP_MIN = 5  # how often the province must be named for a headline's highlight to stay its province's


def _province_roundup_title(page: _Page, chosen: Region | None) -> Region | None:
    """广西国家级经开区提档晋位成效明显，钦州港经开区首次进入全国百强 over a body that names 广西 ×9 and the zone ×3:
    a headline that names its province in one clause and a place inside it in another (a highlight, not the
    province locating the place: 山东临沂经开区…) is the province's page where the body names the province at
    least twice as often as that place."""
    if chosen is None or chosen.level in ("province", "country") or not page.title:
        return None
    title = page.title
    spans = find_region_mentions(title)
    here = [(s, e) for s, e, r in spans if r.code == chosen.code]
    provinces = [(s, e, r) for s, e, r in spans if r.level == "province"
                 and r.code in {p.code for p in parent_chain(chosen)}]
    if not here or not provinces:
        return None
    s0, e0, province = provinces[0]
    if s0 > here[0][0] or not re.search(r"[，,；;：:！!？?\s]", title[e0 : here[0][0]]):
        return None  # the province locates the place (山东临沂经开区), or the place comes first
    n = page.counts.get(province.code, 0)
    return province if n >= _ROUNDUP_MIN and n >= 2 * page.counts.get(chosen.code, 0) else None


_DOMINANT_MIN = 4  # how often a place must be named to take a page whose headline names only its province


def _dominant_inside(page: _Page, province: Region) -> Region | None:
    """山东再添国家级经济技术开发区 over a body about one zone (临沂经济技术开发区 ×8, 山东 ×2): a headline that names
    only the province, on a body that names one place inside it at least twice as often as the province and
    three times as often as any other place there, is that place's page (a roundup of many places stays the
    province's)."""
    inside = sorted(
        ((n, code) for code, n in page.counts.items()
         if code != province.code and province.code in {p.code for p in parent_chain(region_by_code(code))}),
        reverse=True,
    )
    if not inside:
        return None
    n, code = inside[0]
    runner_up = inside[1][0] if len(inside) > 1 else 0
    if n >= max(_DOMINANT_MIN, 2 * page.counts.get(province.code, 0)) and n >= 3 * runner_up:
        return region_by_code(code)
    return None


def _county_short_inside(page: _Page, province: Region) -> Region | None:
    """浙江县域经济进入大变局 over 一季度，乐清以471亿元的GDP…乐清已连续超越温岭… (乐清 ×8 by its short form, 浙江 ×5):
    a headline naming only the province, over a body that calls one of its counties by the short form again
    and again, is that county's page (_repeated_county_short's test)."""
    county = _repeated_county_short(page)
    if county is None or province.code not in {r.code for r in parent_chain(county)}:
        return None
    return county


def _prefer_city(page: _Page, r: Region) -> Region:
    """A zone named in passing stays with its city (or province) unless it clearly dominates."""
    if r.level != "zone":
        return r
    county = _voiced_county(page, r)
    if county is not None:
        return county
    counts = page.counts
    if counts.get(r.code, 0) <= 1 and _CITY_SELF.search(page.body):
        # 我市…重大项目分别在荆州开发区及各县市区开工: a zone named once on a page that speaks as its city
        city = next((a for a in parent_chain(r) if a.level == "city" or _is_municipality(a)), None)
        if city is not None:
            return city
    over_city = False
    for anc in parent_chain(r):
        n = counts.get(anc.code, 0)
        if n == 0 or anc.level == "country":
            continue
        if anc.level == "province" and over_city and counts.get(r.code, 0) >= 3:
            break  # 青海新闻网… 西宁开发区 ×6: a zone that dominates its city; the province is the outlet's
        leads = page.first_seen.get(r.code, len(page.body)) < page.first_seen.get(anc.code, len(page.body))
        opens = page.openings.get(r.code, 0)
        subject = opens >= _SUBJECT_OPENINGS and opens > page.openings.get(anc.code, 0) and counts.get(r.code, 0) >= n
        if not (counts.get(r.code, 0) > _ZONE_DOMINANCE * n or (leads and counts.get(r.code, 0) >= n) or subject):
            return _named_as_often(r, anc, counts)
        over_city = over_city or anc.level == "city"
    return r


# the city speaking of itself, not a county measured against it (增幅高于全市平均, 位居全市第一, 在“全市挑大梁”)
_CITY_VOICE = re.compile(
    "我市|本市|" + _own_whole("全市", after="“", before="平")
)
_SHORT_REPEATS = 3  # how often a county's short form must stand in the lead to make the page the county's


def _repeated_county_short(page: _Page) -> Region | None:
    """江阴再次位列中国工业百强县第一。…近年来，江阴全力构建…今年1-9月，江阴30家重点企业…: a page that calls its
    county by the short form only (江阴, 江都), again and again, and names no other place in full than the
    county's city or province (fewer times), is the county's page (the short form alone is withheld in running
    text as a mention of a figure's place)."""
    lead = page.body[:REGION_LEAD_WHOLE]
    shorts = _county_short_counts(lead, page.found_all)
    if not shorts:
        return None
    ranked = sorted(shorts.items(), key=lambda item: -item[1])
    code, n = ranked[0]
    if n < _SHORT_REPEATS or (len(ranked) > 1 and 2 * ranked[1][1] > n):
        return None
    county = region_by_code(code)
    above = {p.code for p in parent_chain(county)}
    if any(c != code and c not in above for c in page.counts):
        return None  # another place named in full: the short form is not the page's only voice
    if any(page.counts.get(c, 0) >= n for c in above if c != COUNTRY_CODE):
        return None
    if not county.name.endswith("市") and _CITY_VOICE.search(lead):
        return None  # 我市…某县…某县…: a city's page telling of one of its counties (a county-level city's 全市 is its own)
    return county


def _county_short_counts(lead: str, found: list[tuple[int, int, Region]]) -> dict[str, int]:
    """County code -> how often its short form (unique to it, no word withheld, no province's or city's name)
    stands in `lead` outside the mentions found there."""
    g = gazetteer()
    taken = {i for s, e, _r in found if s < len(lead) for i in range(s, e)}
    counts: dict[str, int] = {}
    i = 0
    while i < len(lead):
        if lead[i] not in g.county_first or i in taken or not _word_starts(lead, i):
            i += 1
            continue
        hit = _unique_county_short_at(g, lead, i)
        if hit is None:
            i += 1
            continue
        length, region = hit
        counts[region.code] = counts.get(region.code, 0) + 1
        i += length
    return counts


_SHORT_NOT_BEFORE = re.compile(_alt("county_short_not_before"))


def _word_starts(text: str, i: int) -> bool:
    """Does a word start at i: after no Chinese character or after a particle or time word (，江阴再次…; 是江阴;
    not 乡村振兴, 优势资源)?"""
    before = text[i - 1] if i else ""
    return not before or before in _PAIR_AFTER or not ("\u4e00" <= before <= "\u9fff")


def _unique_county_short_at(g: Gazetteer, text: str, i: int) -> tuple[int, Region] | None:
    for length in (4, 3, 2):
        piece = text[i : i + length]
        regions = g.county_short.get(piece) if len(piece) == length else None
        if not regions or len(regions) != 1 or piece in _WITHHELD_SHORT or _FACILITY_AFTER.match(text, i + length):
            continue
        if _SHORT_NOT_BEFORE.match(text, i + length):
            continue  # 光明街道, 资源县域: a town's or a road's name, or a word
        if any(r.level in ("province", "city") for _s, _e, r in find_region_mentions(piece)):
            continue  # 河北 (河北区 too), 吉林: the larger place's name
        return length, regions[0]
    return None


_ZONE_COUNTY_VOICE = re.compile(_alt("zone_county_voice"))
_ZONE_COUNTY_VOICE_MIN = 2  # how often the page must speak as the county
_ZONE_NAMED_MAX = 2  # a park named more often than this is the page's subject in its own right


def _voiced_county(page: _Page, zone: Region) -> Region | None:
    """某县工业园区规上企业…。近年来，该县…，今年1-7月，该县共实施…: a county's park named once or twice on a page
    that speaks as the county (该县, 全县, 我县) is the county's page — the park is one of its figures' scopes."""
    county = region_by_code(zone.parent_code) if zone.parent_code else None
    if county is None or county.level != "county" or page.counts.get(zone.code, 0) > _ZONE_NAMED_MAX:
        return None
    voice = _ZONE_COUNTY_VOICE.findall(page.body[:REGION_LEAD_WHOLE])
    return county if len(voice) >= _ZONE_COUNTY_VOICE_MIN else None


def _by_dateline(page: _Page) -> Region | None:
    """A dateline (新华社南宁…电) or, in a lead with an outlet's lead-in, the outlet (扬州网讯) names the place
    (every outlet lead-in ends in 网讯, 日报讯, 发布 or 融媒 (_OUTLET): a lead with none is not searched for one)."""
    outlet = any(word in page.lead for word in ("网讯", "日报讯", "发布", "融媒"))
    for pattern in (_DATELINE, _OUTLET) if outlet else (_DATELINE,):
        for m in pattern.finditer(page.lead):
            r = resolve_region(m.group(1))
            if r is not None and page.national and r.code == "110000":
                return gazetteer().by_code.get(COUNTRY_CODE)  # 新华社北京…电 国务院总理…: the capital's dateline
            if r is not None and r.level != "country":
                if pattern is _DATELINE and _filed_from_only(r, page.counts):
                    continue
                if pattern is _DATELINE:
                    r = _dateline_province(r, page.counts)
                else:
                    r = _outlet_city(r, page.counts, page.body)
                return _narrow_to_zone(r, page.lead, page.counts)
    return None


def _national_release(page: _Page) -> Region | None:
    """A national release naming provinces in passing."""
    if page.top is None or not page.national:
        return None
    provinces = {r.code for r in page.lead_found if r.level == "province"}
    if page.counts.get(COUNTRY_CODE, 0) > 2 * page.counts.get(page.top.code, 0) or len(provinces) >= 3:
        return gazetteer().by_code.get(COUNTRY_CODE)
    return None


def _others_listed_only(page: _Page) -> Region | None:
    """我省… 北京、重庆、广东位列引资来源地前列: others listed, the page's own place unnamed."""
    if page.top is not None and page.listed and page.counts.get(page.top.code, 0) == 0:
        return _NO_REGION
    return None


# two or more county short forms listed with 、 (太和、界首; 颍泉、阜南、太和)
_SHORT_LIST = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}(?=[\u4e00-\u9fff])")


def _listed_counties_city(page: _Page) -> Region | None:
    """分县区看，太和、界首战略性新兴产业分别实现产值…; 颍泉、阜南、太和…分别增长…: a page that speaks as a city (全市)
    and never names it, but lists two or more of its counties by their short forms, is that city's - not the
    page of a city it names only as a peer (与合肥市并列全省第一) or in the site's furniture."""
    if not _CITY_SELF.search(page.lead):
        return None
    g = gazetteer()
    cities: dict[str, set[str]] = {}
    for m in _SHORT_LIST.finditer(page.body[:REGION_LEAD_WHOLE]):
        parts = m.group().split("、")
        # (the list's first item may follow other words, its last run on into the next: 太和、界首战略性…)
        parts[0] = next((parts[0][k:] for k in range(len(parts[0]) - 1) if parts[0][k:] in g.county_short), "")
        parts[-1] = next((parts[-1][:k] for k in (3, 2) if parts[-1][:k] in g.county_short), "")
        found = [g.county_short.get(x, ()) for x in parts]
        if not all(found):
            continue
        common = set.intersection(*({r.parent_code for r in f} for f in found))
        if len(common) == 1:
            parent = common.pop()
            cities.setdefault(parent, set()).update(r.code for f in found for r in f if r.parent_code == parent)
    if len(cities) != 1:
        return None
    code, counties = next(iter(cities.items()))
    city = g.by_code.get(code)
    if city is None or city.level != "city" or len(counties) < 2 or page.counts.get(code, 0):
        return None
    if any(page.counts.get(c, 0) for c in counties):
        return None  # the counties named in full too: the rules that read names decide
    return city


def _lead_top(page: _Page) -> Region | None:
    """The lead's most named place (a district's own report carried by its city's outlet is the district's;
    a zone named in passing stays with its city)."""
    if page.top is None:
        return None
    return _prefer_city(page, _own_district(page.top, page.lead, page.counts))


def _most_weighted(page: _Page) -> Region | None:
    """Frequency over the whole text, the page's own bodies and outlets weighing more."""
    found = _heaviest(page)
    return _prefer_city(page, found) if found is not None else None


def _heaviest(page: _Page) -> Region | None:
    """The region below the country with the most weight over the whole text (ties: the more counted)."""
    specific = {c: w for c, w in page.weights.items() if c != COUNTRY_CODE}
    if not specific:
        return None
    return region_by_code(max(specific, key=lambda c: (specific[c], page.counts.get(c, 0))))


def _country_page(page: _Page) -> Region | None:
    """全国 only for a page about the country, not one that compares with it (高于全国, 全国百强), nor a
    province's or city's that cites a national body (经国家统计局核准，全省生产总值…)."""
    if page.national and not _own_place_page(page.body):
        return gazetteer().by_code.get(COUNTRY_CODE)
    return None


_BARE_OWN_ZONE = re.compile(r"(?<![\u4e00-\u9fff])(经济技术开发区|经开区|高新技术产业开发区|高新区)")
_BARE_ZONE_VOICE = 3  # how often a page must call itself by the bare zone word


def _bare_zone_voice(page: _Page) -> Region | None:
    """经开区2022年经济社会发展总体情况…汇报。今年以来，…经开区深入贯彻…: a zone's own report that calls itself
    by the bare zone word, again and again, and names one city (or county) only: that place's zone of that kind."""
    words = [m.group(1) for m in _BARE_OWN_ZONE.finditer((page.title or "") + "\n" + page.body)]
    if len(words) < _BARE_ZONE_VOICE:
        return None
    places = {c for c in page.counts if c in gazetteer().by_code and gazetteer().by_code[c].level in ("city", "county")}
    if len(places) != 1 or any(gazetteer().by_code[c].level == "zone" for c in page.counts if c in gazetteer().by_code):
        return None
    word = max(set(words), key=words.count)
    return _zone_of(region_by_code(places.pop()), word)


_ZONE_PAIR_JOINERS = ("、", "和", "与", "及")


def _paired_zones_place(page: _Page) -> Region | None:
    """某市甲工业集中区、乙工业集中区荣获…进步奖。甲…。乙…: two zones named side by side in the lead, then each
    named again, about as often as the other (neither less than half the other's count), make a page about the
    place they both lie in - not the one named a little more often."""
    found = [(s, e, r) for s, e, r in find_region_mentions(page.lead) if r.level == "zone"]
    for (_s1, e1, a), (s2, _e2, b) in zip(found, found[1:]):
        if a.code == b.code or page.lead[e1:s2] not in _ZONE_PAIR_JOINERS:
            continue
        n, m = page.counts.get(a.code, 0), page.counts.get(b.code, 0)
        if min(n, m) < 2 or 2 * min(n, m) < max(n, m):
            return None
        b_above = {r.code for r in parent_chain(b)}
        return next((r for r in parent_chain(a) if r.code in b_above and r.level in ("city", "county")), None)
    return None


_OUTLETS = sorted(((o["name"], o["region"]) for o in (load_data("outlets.yaml") or {}).get("outlets", [])),
                  key=lambda o: len(o[0]), reverse=True)
# an outlet's name as a word of its own (not inside another: 单晶报价 is no 晶报): between non-Chinese characters, or
# after 据 / 来自 and before 讯 / 记者 / 报道 / 客户端 / 消息
_OUTLET_AT = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=据)|(?<=来自))(" + "|".join(re.escape(n) for n, _r in _OUTLETS) + r")"
    r"(?:(?![\u4e00-\u9fff])|(?=讯|记者|报道|客户端|消息|融媒))"
) if _OUTLETS else None
_OUTLET_REGION = dict(_OUTLETS)
_OUTLET_LEAD = 300  # characters: where a page's outlet line stands (masthead, byline, dateline)


def _outlet_place(page: _Page) -> Region | None:
    """长江日报 2025年01月17日 … 预计全省地区生产总值增长6%: a page that names no place of its own, its outlet
    a local paper whose name does not name its place (data/outlets.yaml): the outlet's place - its
    province where a city's paper speaks of 全省 / 我省."""
    if _OUTLET_AT is None or any(c != COUNTRY_CODE for c in page.counts):
        return None
    m = _OUTLET_AT.search((page.title or "") + "\n" + page.body[:_OUTLET_LEAD])
    return _listed_outlet_place(m.group(1), page.body[:REGION_LEAD_WHOLE]) if m else None


def byline_outlet_place(outlet: str | None, text: str) -> Region | None:
    """来源：中安在线 on a byline (read by clean as the page's outlet): the place of a local outlet data/outlets.yaml
    lists, as _outlet_place reads one in the lead; else a province's own paper on a page that speaks as the
    province (_province_outlet_voice). The caller asks only for a page that names no place."""
    if not outlet:
        return None
    if outlet in _OUTLET_REGION:
        return _listed_outlet_place(outlet, text[:REGION_LEAD_WHOLE])
    return _province_outlet_voice(outlet, text[:REGION_LEAD_WHOLE])


def _province_outlet_voice(outlet: str, lead: str) -> Region | None:
    """来源：山西经济日报 over 8月份，全省规模以上工业增加值增长9.5%: a province's own paper (its name opens with the
    province's) on a page that speaks as the province (全省 / 我省) and names no place is that province's. (On a
    page that does not speak as the province it may carry any of its cities' news.)"""
    found = [r for s, _e, r in find_region_mentions(outlet) if s == 0 and r.level == "province"]
    if found and (_WHOLE_PROVINCE.search(lead) or _PROVINCE_SELF.search(lead)):
        return found[0]
    return None


def _listed_outlet_place(outlet: str, lead: str) -> Region | None:
    """The place of a listed outlet for a page whose lead names none: its province where a city's paper speaks of
    全省 / 我省."""
    found = resolve_region(_OUTLET_REGION[outlet])
    if found is not None and found.level == "city" and (_WHOLE_PROVINCE.search(lead) or _PROVINCE_SELF.search(lead)):
        return next((r for r in parent_chain(found) if r.level == "province"), found)
    return found


# The page-region rules, in order: the first that answers decides (_NO_REGION: the page names none).
# The lead rules read the lead's most named place (page.top) and answer only where the lead names one.
_PAGE_RULES = (
    _by_title,
    _by_dateline,
    _national_release,
    _listing_province_page,
    _others_listed_only,
    _unnamed_province_page,
    lambda page: page.top and _listing_city(page.lead_found, page.counts, page.body),
    lambda page: page.top and _county_roundup_province(page.top, page.lead_found, page.first_seen, page.counts),
    lambda page: page.top and _speaking_city(page.top, page.title, page.body, page.counts),
    _speaking_province,
    _repeated_county_short,
    _listed_counties_city,
    _bare_zone_voice,
    _paired_zones_place,
    _speaking_county,
    _lead_top,
    _most_weighted,
    _country_page,
    _outlet_place,
)


def detect_document_region(title: str | None, text: str) -> Region | None:
    """The region, zone or body the document is mainly about, by its full standard name.

    The title decides where it names a region (the most specific one in a consistent chain:
    江苏扬州 → 扬州市, 扬州：经开区 → 扬州经济技术开发区); otherwise the lead paragraph (dateline,
    outlet, first mentions), then frequency over the whole text. 全国 only when nothing narrower
    is named. The rules are _PAGE_RULES, in order.
    """
    body = text or ""
    page = _Page(_headline(title, body), body)
    for rule in _PAGE_RULES:
        found = rule(page)
        if found:
            return None if found is _NO_REGION or _county_voice_only(page, found) else found
    return None


def _county_voice_only(page: _Page, found: Region) -> bool:
    """A county's voice (全县) on a page whose only place is a province (安徽某某公司…项目): no page of that
    province. (A province's roundup of its counties, each saying 全县, names them: it stays the province's.)"""
    if not above_county_voice(found, page.body):
        return False
    g = gazetteer()
    return not any(c in g.by_code and g.by_code[c].level in ("city", "county", "zone") for c in page.counts)


_AREA_MENTIONS = 2  # how often a page must name a planning area to be its page


def planning_area(text: str) -> Region | None:
    """The planning area (成渝地区双城经济圈, 粤港澳大湾区…) a page names at least twice, by any of its names,
    for a page that names no region of its own; None where it names none so often."""
    best = None
    for item in _CUES.get("planning_areas", []):
        names = sorted({item["name"], *item["aliases"]}, key=len, reverse=True)
        n = len(re.findall("|".join(map(re.escape, names)), text))
        if n >= _AREA_MENTIONS and (best is None or n > best[0]):
            best = (n, item)
    if best is None:
        return None
    item = best[1]
    return Region(item["name"], "AREA:" + item["name"], "zone", COUNTRY_CODE, tuple(item["aliases"]), zone_type="area")
