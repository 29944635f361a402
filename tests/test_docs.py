"""The README documents every command and every JSON key, and opens with the set-up."""

import argparse
import re
from pathlib import Path

from desktop.cli import build_parser
from desktop.domain.kinds import KINDS, PUBLIC_KINDS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _subcommands(parser, prefix=""):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield f"{prefix}{name}"
                yield from _subcommands(sub, f"{prefix}{name} ")


def test_readme_opens_with_the_two_commands():
    code = re.search(r"```\w*\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in code.splitlines() if line.strip()]
    assert commands == ["make run", "make test"]
    assert README.index("make run") < README.index("## ")


def test_ci_runs_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make test$", script, re.M)


def test_every_command_is_documented():
    missing = [c for c in _subcommands(build_parser()) if f"xaso {c}" not in README]
    assert missing == []


def test_every_json_key_is_documented():
    for kind in PUBLIC_KINDS:
        row = next(line for line in README.splitlines() if line.startswith(f"| {kind} |"))
        for spec in KINDS[kind].fields:
            assert f"`{spec.name}`" in row, (kind, spec.name)
            for choice in spec.choices:
                assert f"`{choice}`" in row, (kind, choice)
