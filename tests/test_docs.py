"""Every command is documented: in its --help and in the README."""

from pathlib import Path

import click
import pytest

from lagebild.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def all_commands(group: click.Group, prefix: str = ""):
    for name, cmd in sorted(group.commands.items()):
        yield prefix + name, cmd
        if isinstance(cmd, click.Group):
            yield from all_commands(cmd, prefix + name + " ")


COMMANDS = list(all_commands(main))


@pytest.mark.parametrize("name,cmd", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_has_help_text(name, cmd):
    assert cmd.help and cmd.help.strip()


@pytest.mark.parametrize("name,cmd", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_is_in_readme(name, cmd):
    assert f"lagebild {name}" in README
