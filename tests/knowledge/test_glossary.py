"""Metric glossary: mapping metrics as written, 新增 handling, English names."""

from __future__ import annotations

import pytest

from chanye.knowledge.glossary import all_metrics, map_metric, metric_entry


@pytest.mark.parametrize(
    "text, metric",
    [
        ("地区生产总值", "gdp"),
        ("GDP", "gdp"),
        ("扬州经开区地区生产总值", "gdp"),
        ("全市规上工业增加值同比", "industrial_value_added"),
        ("规模以上工业增加值增速", "industrial_value_added"),
        ("工业开票销售", "industrial_invoiced_sales"),
        ("规模工业总产值", "industrial_output_above"),
        ("国家级专精特新“小巨人”企业", "little_giants"),
        ('专精特新"小巨人"企业', "little_giants"),
        ("省专精特新中小企业", "provincial_specialised_smes"),
        ("制造业单项冠军企业", "single_champions"),
        ("高新技术产业产值占比", "high_tech_output"),
        ("R&D经费支出占GDP比重", "rd_intensity"),
        ("城乡居民人均可支配收入", "disposable_income"),
        ("实际使用外资", "fdi"),
        ("进出口总额", "foreign_trade"),
        ("社会消费品零售总额", "retail_sales"),
        ("新签约亿元以上重大项目", "major_projects"),
        ("六大产业集群产值", "cluster_output"),
        ("全国国家级经开区综合排名", "comprehensive_rank"),
    ],
)
def test_map_metric(text, metric):
    assert map_metric(text) == metric


def test_new_of_a_stock_is_not_the_stock():
    assert map_metric("新增高新技术企业") == "high_tech_enterprises_new"
    entry = metric_entry("high_tech_enterprises_new")
    assert entry.name == "新增高新技术企业" and entry.en.startswith("New ")
    # a flow: 新增 adds nothing
    assert map_metric("新增工业投资") == "industrial_investment"
    assert metric_entry("gdp_new") is None


@pytest.mark.parametrize("text", ["", None, "随便", "工业大类"])
def test_unknown_metric_is_none(text):
    assert map_metric(text) is None


def test_entries_have_english():
    metrics = all_metrics()
    assert len(metrics) >= 60
    assert all(m.en for m in metrics)
    assert metric_entry("gdp").en == "Gross regional product"


@pytest.mark.parametrize(
    "text, metric, name",
    [
        ("新能源产业产值", "industry_output.new_energy", "新能源产业产值"),
        ("集成电路产业规模", "industry_revenue.ic", "集成电路产业规模"),
        ("新能源汽车产量", "industry_production.nev", "新能源汽车产量"),
        ("汽车及零部件产业开票销售", "industry_invoiced_sales.automotive", "汽车产业开票销售"),
    ],
)
def test_one_industry_measures(text, metric, name):
    assert map_metric(text) == metric
    assert metric_entry(metric).name == name
    assert metric_entry(metric).en


def test_shares_ranks_and_net_additions():
    assert map_metric("高新技术产业产值占规上工业比重") == "high_tech_output"
    assert map_metric("“613”产业体系产值占规上工业比重") == "cluster_output"
    assert map_metric("人均地区生产总值全国大中城市排名") == "gdp_per_capita"
    assert map_metric("高新技术企业净增") == "high_tech_enterprises_new"
    assert map_metric("高新技术企业总数") == "high_tech_enterprises"
    assert metric_entry("industry_output.no_such_node") is None
