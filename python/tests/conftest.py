"""Fixtures for the wheel's tests. They run in the fresh virtual environment `make python-test`
installs the wheel into (`.build-wheel/venv`), so `import loss_plot` is the installed wheel."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def command() -> Path:
    """The `loss-plot` console command the wheel installed beside this Python."""
    path = Path(sys.executable).parent / "loss-plot"
    assert path.exists(), f"{path}: the wheel installs no console command"
    return path


@pytest.fixture(scope="session")
def binary() -> Path:
    """The packaged binary, run directly (with the launcher's environment) as the reference."""
    from loss_plot._launcher import BINARY
    return BINARY


def run_binary(arguments: list[str], input: bytes | None = None) -> subprocess.CompletedProcess:
    """The packaged binary with the environment the launcher gives it."""
    from loss_plot._launcher import BINARY, environment
    return subprocess.run([str(BINARY), *arguments], input=input, capture_output=True, env=environment())


@pytest.fixture(scope="session")
def wheel() -> Path:
    """The wheel `make wheel` built."""
    found = sorted((REPOSITORY / ".build-wheel" / "dist").glob("loss_plot-*.whl"))
    assert found, "no wheel in .build-wheel/dist: run make wheel"
    return found[-1]


def pytest_report_header(config):
    return f"loss_plot from {os.path.dirname(__import__('loss_plot').__file__)}"
