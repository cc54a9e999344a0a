"""A place followed by a long run of 和 (a broken page, a keyboard repeat) once made the place-list patterns
backtrack without end. Every shape such a run takes in a page is read in time proportional to it: a
generous bound on the whole page, far below what a polynomial reading of 60 repeats would take."""

from __future__ import annotations

import time

import chanye

RUN = "和" * 60
PAGES = [
    f"上海{RUN}\n2024年，上海工业总产值增长5%。",  # a headline of the run
    f"上海{RUN}工业总产值增长5%。",
    f"上海{RUN}等地工业总产值增长5%。",
    f"上海{RUN}企业投资10亿元。",
    f"上海{RUN}：工业总产值增长5%。",
    f"上海{RUN}产业集群加快发展，工业总产值增长5%。",
    "上海" + "、" * 60 + "等地企业投资10亿元。",
]


def test_long_runs_of_list_marks_finish():
    chanye.extract("2024年，上海工业总产值增长5%。", date="2025-01-01")  # (data loaded before the clock starts)
    started = time.process_time()
    for page in PAGES:
        chanye.extract(page, date="2025-01-01")
    assert time.process_time() - started < 5.0
