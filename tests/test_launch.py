"""The packaged entry point: no arguments opens the window, arguments run the CLI,
and the windowed xaso-gui executable always opens the window."""

import sys
import types

import pytest

from desktop import launch


@pytest.fixture
def calls(monkeypatch):
    seen = []
    # Stand-ins for the two shells, so no Qt is loaded here.
    monkeypatch.setitem(sys.modules, "desktop.app", types.SimpleNamespace(
        main=lambda db_path=None: seen.append(("gui", db_path)) or 0))
    monkeypatch.setattr("desktop.cli.main", lambda argv: seen.append(("cli", argv)) or 7)
    return seen


def test_no_arguments_open_the_window(calls):
    assert launch.main([], executable="/opt/xaso/xaso") == 0
    assert calls == [("gui", None)]


def test_arguments_run_the_command_line(calls):
    assert launch.main(["--db", "x.db", "list", "visit"], executable="C:/Xa So/xaso.exe") == 7
    assert calls == [("cli", ["--db", "x.db", "list", "visit"])]


def test_the_windowed_executable_opens_the_window_on_a_database(calls):
    assert launch.main(["D:/dữ liệu/xã.db"], executable="C:/Xa So/xaso-gui.exe") == 0
    assert calls == [("gui", "D:/dữ liệu/xã.db")]
