"""The shape of one item of a `name value` list written a line each (海口江东新区新增企业4332家 /
洋浦经济开发区2705家): a short name without clause marks, then one figure with its unit, ending the line.

Shared by the cleaner (clean/layout.py keeps such lines apart instead of joining them as a cut sentence)
and the fact assembler (extract/facts/list_labels.py gives each item its label's indicator); a neutral
module both may import, since the cleaner does not import the extractor.
"""

from __future__ import annotations

import re

ITEM_WITH_FIGURE = re.compile(r"^[^，,。；;：:、]{2,24}?\d+(?:\.\d+)?\s*[万亿]?(?:元|家|个|项|户|人|吨|%|％)$")
