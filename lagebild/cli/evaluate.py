"""``lagebild eval``: quality measurement, one sub-command per component.

Each sub-command lives in ``lagebild/cli/eval_<name>.py`` and exposes ``command`` (a click
command); it reads a gold file or folder, prints precision/recall/F1 and can write JSON.
"""

from __future__ import annotations

import importlib

import click

EVAL_MODULES = ("ner", "morph", "timex", "quotes", "events")


@click.group("eval")
def eval_group() -> None:
    """Measure quality against gold data (P/R/F1 printed, JSON with --output)."""


for _name in EVAL_MODULES:
    eval_group.add_command(importlib.import_module(f"lagebild.cli.eval_{_name}").command, _name)

COMMANDS = [eval_group]
