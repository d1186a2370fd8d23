"""The document contract's JSON Schema (docs/document.schema.json): current, and real output fits it."""

import json
from pathlib import Path

import jsonschema
import pytest

from lagebild.schema import document_schema

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "docs" / "document.schema.json"


@pytest.fixture(scope="module")
def schema():
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def test_published_schema_is_the_one_the_models_give(schema):
    assert schema == document_schema(), "run: python -m lagebild.schema > docs/document.schema.json"


@pytest.fixture(scope="module")
def records(repo_root):
    from click.testing import CliRunner

    from lagebild.cli import main
    files = sorted(str(p) for p in (repo_root / "examples" / "corpus").glob("*.txt"))[:4]
    result = CliRunner().invoke(main, ["extract", *files])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]


def test_extract_output_validates_against_the_schema(schema, records):
    assert len(records) == 4
    for rec in records:
        jsonschema.validate(rec, schema)


@pytest.mark.parametrize("path,bad", [
    (("events", 0, "type"), "ATTACK"),
    (("entities", 0, "label"), "PERSON"),
    (("date",), "6. März 2022"),
    (("timexes", 0, "type"), "date"),
])
def test_a_record_that_breaks_the_contract_fails(schema, records, path, bad):
    rec = json.loads(json.dumps(records[0]))
    target = rec
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec, schema)
