"""Every command has help text with an example (sqlite-utils' meta-test)."""

import click
import pytest
from click.testing import CliRunner

from mtpipe.cli import main


def _walk(group: click.Group, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _walk(cmd, prefix + (name,))


COMMANDS = list(_walk(main))


def test_core_commands_present():
    names = {p[0] for p, _ in COMMANDS}
    assert {"translate", "segment", "models", "glossary"} <= names


@pytest.mark.parametrize("path,cmd", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_has_help_with_example(path, cmd):
    result = CliRunner().invoke(main, [*path, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert cmd.help and len(cmd.help.strip()) > 20
    if not isinstance(cmd, click.Group):
        assert "Example" in cmd.help, f"mtpipe {' '.join(path)} has no Example in its help"


def test_import_does_nothing_heavy():
    import subprocess
    import sys

    code = "import sys, mtpipe, mtpipe.cli; bad=[m for m in ('torch','transformers','ctranslate2','sentencepiece') if m in sys.modules]; print(bad)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
