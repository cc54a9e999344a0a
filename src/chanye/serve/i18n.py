"""Chinese and English labels for the pages, and the glossary names of metrics and industries."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"

LABELS: dict[str, tuple[str, str]] = {
    # key: (zh, en)
    "app": ("产业", "chanye"),
    "tagline": ("地区产业体系：有出处的事实、产业与目标", "Regional industrial systems: sourced facts, industries and targets"),
    "overview": ("总览", "Overview"),
    "regions": ("地区", "Regions"),
    "region": ("地区", "Region"),
    "targets": ("目标跟踪", "Targets"),
    "targets_n": ("目标", "Targets"),
    "compare": ("地区比较", "Compare"),
    "api_docs": ("API 文档", "API docs"),
    "search": ("搜索", "Search"),
    "search_placeholder": ("搜索全文与事实……", "Search texts and facts…"),
    "documents": ("文档", "Documents"),
    "document": ("文档", "Document"),
    "facts": ("事实", "Facts"),
    "industries": ("产业", "Industries"),
    "frameworks": ("产业体系框架", "Frameworks"),
    "latest_documents": ("最新文档", "Latest documents"),
    "counts": ("语料统计", "Corpus"),
    "subject": ("主体", "Subject"),
    "metric": ("指标", "Metric"),
    "value": ("数值", "Value"),
    "unit": ("单位", "Unit"),
    "kind": ("类型", "Kind"),
    "comparator": ("比较", "Comparator"),
    "period": ("时期", "Period"),
    "status": ("状态", "Status"),
    "quote": ("原文", "Quote"),
    "evidence": ("出处", "Evidence"),
    "industry": ("产业", "Industry"),
    "year": ("年份", "Year"),
    "all": ("全部", "All"),
    "filter": ("筛选", "Filter"),
    "date": ("日期", "Date"),
    "title": ("标题", "Title"),
    "outlet": ("来源", "Outlet"),
    "members": ("成员", "Members"),
    "role": ("角色", "Role"),
    "code": ("代码", "Code"),
    "no_results": ("无结果", "Nothing found"),
    "metrics_over_time": ("指标走势", "Metrics over time"),
    "actual_line": ("实际值（折线）", "actuals (line)"),
    "target_marks": ("目标（菱形）", "targets (diamonds)"),
    "partial_marks": ("年内累计（方块）", "year to date (squares)"),
    "forecast_marks": ("预计（圆圈）", "forecasts (circles)"),
    "latest_actual": ("最新实际值", "Latest actual"),
    "target": ("目标", "Target"),
    "progress": ("进度", "Progress"),
    "expected": ("按线性路径应达", "Expected on path"),
    "original": ("原文（未清洗）", "Original text"),
    "clean_text": ("清洗后文本", "Cleaned text"),
    "removed": ("已移除的页面杂项", "Removed page furniture"),
    "show_original": ("在原文中查看", "show in the original"),
    "fact_fields": ("事实详情", "Fact details"),
    "hover_hint": ("将鼠标移到高亮处或点击，查看事实详情。", "Hover over or click a highlight to see the fact's fields."),
    "matrix": ("地区 × 产业", "Regions × industries"),
    "pairs": ("产业布局最相近的地区", "Most overlapping portfolios"),
    "similarity": ("相似度", "Similarity"),
    "jaccard": ("Jaccard", "Jaccard"),
    "shared": ("共同产业", "Shared industries"),
    "chasers": ("各产业的竞逐地区", "Who chases each industry"),
    "unmapped": ("未归类的产业提及", "Unmapped industry mentions"),
    "weights_note": (
        "颜色深浅为最强角色的权重：集群 1.0、产业链 0.8、产业 0.6、未来产业 0.5；相似度为加权 Jaccard。",
        "Shade = weight of the strongest role: cluster 1.0, chain 0.8, industry 0.6, future 0.5; similarity is the weighted Jaccard index.",
    ),
    "targets_note": (
        "同一主体、同一规范指标、同单位同类型的最新实际值。到期后：达成 / 未达成；到期前：按从设定目标时的最后实际值到目标值的线性路径判断。",
        "Latest actual of the same subject and canonical metric, same unit and kind. At the deadline: met / missed; before it: against the linear path from the last actual before the target was set to the target.",
    ),
    "json": ("JSON", "JSON"),
    "csv": ("CSV", "CSV"),
    "not_found": ("未找到", "Not found"),
    "warnings": ("提示", "Warnings"),
    "masked": ("乱码（已屏蔽）", "mojibake (masked)"),
    "lang_switch": ("English", "中文"),
    "note": ("说明", "Note"),
    "none": ("—", "—"),
    "list_sep": ("、", ", "),
    "docs_intro": ("只读 JSON / CSV 接口。每个列表也可加 .csv 或 ?_format=csv 获取 CSV。", "Read-only JSON / CSV API. Every listing is also CSV: add .csv or ?_format=csv."),
    "parameters": ("参数", "Parameters"),
    "try_it": ("试一试", "Try it"),
    "by_role": ("按角色", "By role"),
    "results_for": ("搜索结果：", "Results for "),
    "baseline": ("基线", "Baseline"),
}

ROLE_NAMES = {
    "cluster": ("产业集群", "Clusters"),
    "chain": ("产业链", "Chains"),
    "industry": ("重点产业", "Priority industries"),
    "future": ("未来产业", "Future industries"),
}

ROLE_ONE = {
    "cluster": ("集群", "cluster"),
    "chain": ("产业链", "chain"),
    "industry": ("重点产业", "priority industry"),
    "future": ("未来产业", "future industry"),
}

STATUS_NAMES = {
    "actual": ("实际", "actual"),
    "target": ("目标", "target"),
    "forecast": ("预计", "forecast"),
    "met": ("已达成", "met"),
    "missed": ("未达成", "missed"),
    "on track": ("进度正常", "on track"),
    "behind": ("进度落后", "behind"),
    "no data": ("无数据", "no data"),
}

NOTE_NAMES = {
    "no comparable actual": ("无可比的实际值", "no comparable actual"),
    "target has no period to pace against": ("目标无时期，无法判断进度", "target has no period to pace against"),
    "no actual reported since the target was set": ("设定目标后尚无新的实际值", "no actual reported since the target was set"),
    "no actual before the target was set: the path starts at the latest actual": (
        "设定目标前无实际值：路径从最新实际值起算",
        "no actual before the target was set: the path starts at the latest actual",
    ),
    "already at the target before its deadline": ("到期前已达到目标值", "already at the target before its deadline"),
    "growth target: the latest rate is compared with the target rate": (
        "增速目标：以最新增速对照目标增速",
        "growth target: the latest rate is compared with the target rate",
    ),
}

KIND_NAMES = {
    "level": ("总量", "level"),
    "growth": ("增速", "growth"),
    "share": ("占比", "share"),
    "rank": ("位次", "rank"),
}


def pick_lang(query: str | None, cookie: str | None) -> str:
    for cand in (query, cookie):
        if cand in LANGS:
            return cand
    return DEFAULT_LANG


def label(key: str, lang: str) -> str:
    pair = LABELS.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]


def named(table: dict[str, tuple[str, str]], key: str | None, lang: str) -> str:
    if key is None:
        return "—"
    pair = table.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]


def _field(obj: Any, names: tuple[str, ...]) -> str | None:
    for n in names:
        v = obj.get(n) if isinstance(obj, dict) else getattr(obj, n, None)
        if isinstance(v, str) and v:
            return v
    return None


def _names(obj: Any) -> tuple[str | None, str | None]:
    if obj is None:
        return None, None
    zh = _field(obj, ("zh", "name_zh", "zh_name", "label_zh", "name"))
    en = _field(obj, ("en", "name_en", "en_name", "label_en", "english"))
    names = obj.get("names") if isinstance(obj, dict) else getattr(obj, "names", None)
    if isinstance(names, dict):
        zh = zh or names.get("zh")
        en = en or names.get("en")
    return zh, en


@lru_cache(maxsize=4096)
def metric_names(metric_id: str) -> tuple[str | None, str | None]:
    """(zh, en) of a canonical metric from the glossary (chanye.knowledge.glossary.metric_entry)."""
    try:
        from chanye.knowledge.glossary import metric_entry  # type: ignore[import-not-found]

        return _names(metric_entry(metric_id))
    except Exception:  # glossary missing or id unknown: fall back to the id
        return None, None


@lru_cache(maxsize=4096)
def industry_names(industry_id: str) -> tuple[str | None, str | None]:
    """(zh, en) of a taxonomy node (chanye.knowledge.taxonomy.industry_node)."""
    try:
        from chanye.knowledge.taxonomy import industry_node  # type: ignore[import-not-found]

        return _names(industry_node(industry_id))
    except Exception:
        return None, None


def metric_label(metric_id: str | None, written: str | None, lang: str) -> str:
    """A canonical metric's name in the page's language; the metric as written where there is none."""
    if metric_id:
        zh, en = metric_names(metric_id)
        name = (en or zh) if lang == "en" else (zh or en)
        if name:
            return name
        if written and lang == "zh":
            return written
        return metric_id
    return written or "—"


def industry_label(industry_id: str | None, written: str | None, lang: str) -> str:
    if industry_id:
        zh, en = industry_names(industry_id)
        name = (en or zh) if lang == "en" else (zh or en)
        if name:
            return name
        return written if (written and lang == "zh") else industry_id
    return written or "—"
