"""Reading the packaged data files (taxonomy, glossary, zones): YAML through libyaml where available."""

from __future__ import annotations

from typing import Any

import yaml

from chanye.settings import data_path

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_data(name: str) -> Any:
    """The parsed contents of data/<name> (a YAML file shipped in the package); None if absent."""
    path = data_path(name)
    if not path.is_file():
        return None
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
