"""The metric glossary (data/metrics.yaml) and mapping metrics as written onto it.

`map_metric(text)` normalises what a fact's metric says before looking it up:
- NFKC, quotes and spaces removed (专精特新“小巨人”企业 = 专精特新小巨人企业), 规模以上 → 规上;
- scope and time qualifiers dropped from the front: 全市/全区/全省/全县/本市/我市/园区/全年/累计/年度/当年/其中,
  and a leading region name (扬州经开区地区生产总值);
- rate words dropped from the end: 同比/增速/增幅/增长/年均增长/总额 (the fact's kind says it is growth).

Figures of one industry (新能源产业产值, 集成电路产业规模, 新能源汽车产量, 汽车及零部件产业开票销售) map to
a derived id `<measure>.<industry node>`: `industry_output.new_energy`, `industry_revenue.ic`,
`industry_production.nev`, `industry_invoiced_sales.automotive`, `industry_value_added.<node>` — one
series per industry, named from the taxonomy (metric_entry gives 新能源产业产值 / "Industry output: New energy").
A share (X占规上工业比重) or a rank (X全国排名) maps to X's id; the fact's kind tells them apart.

新增X (new this period) is not the stock X: for stock metrics (counts of enterprises, factories, people)
it maps to the derived id `<id>_new` ("新增高新技术企业" → `high_tech_enterprises_new`), whose entry is
derived from the stock's (名称 新增…, "New …"). For flow metrics (sales, investment) 新增 adds nothing and
the flow's id is returned. Unknown metrics return None: they stay as written and are flagged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from chanye.knowledge.loader import load_data


@dataclass(frozen=True, slots=True)
class MetricEntry:
    id: str
    name: str
    en: str
    unit_family: str
    stock: bool
    variants: tuple[str, ...] = ()


_QUOTES = re.compile(r"[\"'“”‘’「」『』《》]")
_LEADING = re.compile(
    r"^(?:[一二三四五六七八九十百\d]+[大条个项家](?:重点)?|全国|全市|全区|全省|全县|全镇|本市|我市|我区|我省|园区|开发区|全年|累计|年度|当年|其中|今年|去年|全口径|合计|"
    r"实现|完成|新签约|新签|新开工|新认定|新入选|新获批|入选|获评|获批)+"
)
_TRAILING = re.compile(r"(?:全国|全省|全市|地级市|大中城市|城市|全球|排名|排位|位次|目录|名单|同比|总数|净增|新增|增速|增幅|年均增长|年均增速|增长率|增长|占比|比重|总额|总量|规模|数量|数|家数)+$")
_NEW = re.compile(r"^(?:新增|净增|新培育|新认定|新引进|新招引|新建|新获批)")
_NEW_AFTER = re.compile(r"(?:新增|净增)(?:数)?$")
_SHARE_OF = re.compile(r"(?<=.)占[^占]{0,16}?(?:比重|比例|份额)$|(?<=.)(?:占比|比重)$")
# measures of one industry's size: <industry>(产业)<measure>
_INDUSTRY_MEASURES = (
    ("开票销售", "industry_invoiced_sales", "开票销售", "Invoiced sales"),
    ("营收规模", "industry_revenue", "营收规模", "Size"),
    ("营业收入", "industry_revenue", "营业收入", "Revenue"),
    ("增加值", "industry_value_added", "增加值", "Value added"),
    ("产值", "industry_output", "产值", "Output"),
    ("规模", "industry_revenue", "规模", "Revenue"),
    ("营收", "industry_revenue", "营收", "Revenue"),
    ("收入", "industry_revenue", "收入", "Revenue"),
    ("产量", "industry_production", "产量", "Production"),
)
_MEASURE_NAMES = {
    "industry_invoiced_sales": ("开票销售", "Invoiced sales"),
    "industry_revenue": ("规模", "Size (revenue)"),
    "industry_value_added": ("增加值", "Value added"),
    "industry_output": ("产值", "Output"),
    "industry_production": ("产量", "Production"),
}


_ASIDE = re.compile(r"[（(][^）)]{0,10}[）)]")
_CODE_LEAD = re.compile(r"^\d+(?:\+(?:\d+|[XN]))*(?=[\u4e00-\u9fff])(?![亿万千百元])")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    if "（" in text or "(" in text:  # (the aside pattern is tried at every character otherwise)
        text = _ASIDE.sub("", text)
    text = _QUOTES.sub("", text).replace(" ", "").replace("规模以上", "规上").replace("规模工业", "规上工业")
    return text.upper()


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, MetricEntry], dict[str, str]]:
    data = load_data("metrics.yaml")
    entries: dict[str, MetricEntry] = {}
    index: dict[str, str] = {}
    for item in data["metrics"]:
        entry = MetricEntry(
            id=item["id"],
            name=item["name"],
            en=item["en"],
            unit_family=item["unit_family"],
            stock=bool(item["stock"]),
            variants=tuple(item.get("variants") or ()),
        )
        entries[entry.id] = entry
        for name in (entry.name, *entry.variants):
            index.setdefault(_norm(name), entry.id)
    return entries, index


def all_metrics() -> list[MetricEntry]:
    return list(_load()[0].values())


def metric_entry(metric_id: str) -> MetricEntry | None:
    """The glossary entry; `<id>_new` gives the derived 新增 entry of a stock metric."""
    entries = _load()[0]
    if metric_id in entries:
        return entries[metric_id]
    if "." in metric_id:
        measure, _, node_id = metric_id.partition(".")
        from chanye.knowledge.taxonomy import industry_node

        node = industry_node(node_id)
        if node is None or measure not in _MEASURE_NAMES:
            return None
        zh, en = _MEASURE_NAMES[measure]
        joiner = "" if node.name.endswith(("业", "产业")) or measure == "industry_production" else "产业"
        return MetricEntry(
            id=metric_id,
            name=f"{node.name}{joiner}{zh}",
            en=f"{en}: {node.en}",
            unit_family="count" if measure == "industry_production" else "currency",
            stock=False,
        )
    if metric_id.endswith("_new"):
        base = entries.get(metric_id[:-4])
        if base is not None and base.stock:
            return replace(base, id=metric_id, name="新增" + base.name, en="New " + base.en[0].lower() + base.en[1:], variants=())
    return None


def _strip_region(text: str) -> str:
    from chanye.knowledge.regions import find_region_mentions

    mentions = find_region_mentions(text)
    if mentions and mentions[0][0] == 0 and mentions[0][1] < len(text):
        return text[mentions[0][1] :]
    return text


def _lookup(key: str) -> str | None:
    index = _load()[1]
    if key in index:
        return index[key]
    stripped = _LEADING.sub("", key)
    if stripped in index:
        return index[stripped]
    trimmed = _TRAILING.sub("", stripped)
    if trimmed and trimmed in index:
        return index[trimmed]
    for prefix in ("国家级", "国家", "省级以上", "省级", "省", "市级"):
        if trimmed.startswith(prefix) and trimmed[len(prefix):] in index:
            return index[trimmed[len(prefix):]]
    return None


def _industry_measure(key: str) -> str | None:
    """新能源产业产值 → industry_output.new_energy (the industry must be a known taxonomy node)."""
    from chanye.knowledge.taxonomy import exact_industry

    for word, measure, _, _ in _INDUSTRY_MEASURES:
        if key.endswith(word) and len(key) > len(word) + 1:
            head = key[: -len(word)]
            for suffix in ("产业集群", "产业链", "产业", "集群", "行业", "制造业", "业", ""):
                if suffix and not head.endswith(suffix):
                    continue
                name = head[: len(head) - len(suffix)] if suffix else head
                node = exact_industry(name) if len(name) >= 2 else None
                if node:
                    return f"{measure}.{node}"
    return None


def map_metric(metric_text: str | None) -> str | None:
    """A metric as written → canonical id (or `<id>_new` for 新增 of a stock), or None when unknown."""
    if not metric_text:
        return None
    return _map_metric(metric_text)


@lru_cache(maxsize=16384)  # a page states the same metrics again and again
def _map_metric(metric_text: str) -> str | None:
    key = _norm(metric_text)
    key = _LEADING.sub("", _norm(_strip_region(key))) or key
    if key[:1].isdecimal():  # (what \d reads)
        key = _CODE_LEAD.sub("", key) or key  # “613”产业体系产值
    if _NEW_AFTER.search(key) and not _NEW.match(key):
        key = "新增" + _NEW_AFTER.sub("", key)  # 高新技术企业净增 → 新增高新技术企业
    found = _map_key(key)
    if found is None:
        stripped = _SHARE_OF.sub("", key)
        if stripped != key:
            found = _map_key(stripped)
    return found


def _map_key(key: str) -> str | None:
    new = _NEW.match(key)
    if new:
        base = _lookup(key[new.end():])
        if base is None:
            return _lookup(key)
        entry = _load()[0][base]
        return f"{base}_new" if entry.stock else base
    return _lookup(key) or _industry_measure(_TRAILING_RANK.sub("", key))


_TRAILING_RANK = re.compile(r"(?:全国|全省|全球|城市|地级市)*(?:排名|位次)$")
