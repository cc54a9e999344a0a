"""The fact assembler: quantities in, contract facts out.

For each sentence of the cleaned text it takes the quantities the recognizer found
(`chanye.extract.quantity.find_quantities`), drops the ones that are not facts (numbers that only
number a list or a framework's parts, slogans in quotes, thresholds inside a counted noun), reads the
distributive phrasings (`A、B分别增长x%、y%`, `从2020年的X增长到2023年的Y`, `均居全国第四`,
`双过“千亿”`, `三次产业结构为a:b:c`) and, for every remaining figure, its metric (metric.py), kind,
comparator, period (period_assignment.py), status (modality.py) and subject (the region the clause
names, else the document's). Same figure twice (headline and body) is one fact.

Every rule here is for a phrasing family; each family's examples are in examples/facts_*.yaml.

Modules, by dimension (lowest layer first): drafts.py, cues.py, spans.py, subjects.py, periods.py, plan_periods.py,
status.py, openings.py, candidates.py, drafting.py, metric_naming.py, item_lists.py, distributive.py,
respectively.py, clause_facts.py, sentence.py, place_rate_lists.py, sector_rate_lists.py,
lead_ins.py, finish.py, bracket_bases.py, dedupe.py,
list_labels.py, top_list_ranks.py, assemble.py.
"""

from __future__ import annotations

from chanye.extract.facts.drafts import Draft
from chanye.extract.facts.assemble import assemble_facts

__all__ = ["Draft", "assemble_facts"]
