"""Every CLI command is documented in the README, and its --help matches the README's usage."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from geo.cli import _parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = ["places", "events", "map", "batch"]


def _subparser(name: str):
    parser = _parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices[name]


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_a_readme_section(command: str) -> None:
    assert f"### `geo {command}`" in README


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_is_in_the_readme_usage(command: str) -> None:
    section = README.split(f"### `geo {command}`", 1)[1].split("\n### ", 1)[0]
    usage = " ".join(section.split("```")[1].split())
    for action in _subparser(command)._actions:
        for flag in action.option_strings:
            if flag != "--help" and (flag.startswith("--") or flag == "-o"):
                assert flag in usage or flag in section, f"{flag} of geo {command} not in README"


@pytest.mark.parametrize("command", COMMANDS)
def test_help_runs_and_matches_readme_usage(command: str) -> None:
    out = subprocess.run([sys.executable, "-m", "geo.cli", command, "--help"],
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith(f"usage: geo {command}")
    help_usage = " ".join(out.split("\n\n", 1)[0].split())
    section = README.split(f"### `geo {command}`", 1)[1]
    readme_usage = " ".join(section.split("```")[1].split())
    assert re.sub(r"\s+", " ", help_usage) == readme_usage


def test_readme_names_both_setup_commands() -> None:
    assert ("pip install -e '.[test,batch]' && geo map seeds/000_7771e2e3acc4b5d4.txt "
            "--published 2024-12-02") in README
    assert "python -m pytest -q -n 2" in README


@pytest.mark.parametrize("action", ["add", "build", "info"])
def test_gazetteer_actions_are_documented_with_their_usage(action: str) -> None:
    out = subprocess.run([sys.executable, "-m", "geo.cli", "gazetteer", action, "--help"],
                         capture_output=True, text=True, check=True).stdout
    help_usage = " ".join(out.split("\n\n", 1)[0].split())
    section = README.split(f"### `geo gazetteer {action}`", 1)[1].split("\n### ", 1)[0]
    assert " ".join(section.split("```")[1].split()) == help_usage
    for flag in ("--gazetteer", "--geonames", "--output", "--json"):
        if flag in out:
            assert flag in section
