"""Every data file validates against its JSON schema."""

from __future__ import annotations

import json
import re

from importlib import resources

import jsonschema
import pytest
import yaml

from chanye.settings import data_path

DATA_FILES = ["zones", "zone_names", "region_updates", "industry_taxonomy", "metrics", "place_name_words", "page_region", "region_roles", "outlets"]


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_matches_schema(name):
    path = data_path(f"{name}.yaml")
    if not path.is_file():
        pytest.skip(f"{name}.yaml not written yet")
    schema = json.loads(data_path(f"schema/{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)


# Lexicons beside the extraction rules (chanye/extract/lexicon/NAME.yaml) and beside their module
# (chanye/extract/NAME.yaml), each with schema data/schema/NAME_lexicon.schema.json.
LEXICON_FILES = ["facts", "frameworks", "bodies", "time", "industries", "names", "comparators", "units"]
MODULE_LEXICONS = ["metric", "modality", "not_figure"]


@pytest.mark.parametrize("path", [f"lexicon/{n}.yaml" for n in LEXICON_FILES] + [f"{n}.yaml" for n in MODULE_LEXICONS])
def test_lexicon_file_matches_schema(path):
    name = path.rsplit("/", 1)[-1].removesuffix(".yaml")
    text = resources.files("chanye.extract").joinpath(path).read_text(encoding="utf-8")
    schema = json.loads(data_path(f"schema/{name}_lexicon.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml.safe_load(text), schema)


# The cleaner's cue lexicons (chanye/clean/NAME.yaml), each with schema data/schema/clean_NAME.schema.json.
CLEAN_LEXICONS = ["furniture", "layout", "metadata", "vocabulary"]


@pytest.mark.parametrize("name", CLEAN_LEXICONS)
def test_clean_lexicon_matches_schema(name):
    text = resources.files("chanye.clean").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    schema = json.loads(data_path(f"schema/clean_{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml.safe_load(text), schema)


def test_regular_expression_entries_compile():
    not_figure = yaml.safe_load(resources.files("chanye.extract").joinpath("not_figure.yaml").read_text(encoding="utf-8"))
    vocabulary = yaml.safe_load(resources.files("chanye.clean").joinpath("vocabulary.yaml").read_text(encoding="utf-8"))
    furniture = yaml.safe_load(resources.files("chanye.clean").joinpath("furniture.yaml").read_text(encoding="utf-8"))
    entries = [p for patterns in not_figure.values() for p in patterns] + [p["match"] for p in vocabulary["patterns"]]
    entries += [p for patterns in furniture["pattern_prefix"].values() for p in patterns]
    for entry in entries:
        re.compile(entry)


def test_zone_names_and_codes_unique():
    zones = yaml.safe_load(data_path("zones.yaml").read_text(encoding="utf-8"))["zones"]
    assert len({z["name"] for z in zones}) == len(zones)
    assert len({z["code"] for z in zones}) == len(zones)
