"""The `loss-plot` console command: replaces this Python process with the packaged binary.

`os.execve` hands the binary this process's arguments, standard streams and exit status
untouched; the environment gains only the font directory the binary draws with.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BINARY = PACKAGE / "bin" / "loss-plot"
FONTS = PACKAGE / "fonts"


def environment() -> dict[str, str]:
    """The environment the binary runs in: the caller's, plus the packaged fonts.

    `LOSS_PLOT_FONT_DIR` points the binary at the DejaVu files it loads into a font
    configuration of its own; `FONTCONFIG_FILE` points fontconfig at a configuration that knows
    only that folder, so no system configuration (absent on a bare machine) is read.
    """
    env = dict(os.environ)
    env["LOSS_PLOT_FONT_DIR"] = str(FONTS)
    env["FONTCONFIG_FILE"] = str(FONTS / "fonts.conf")
    return env


def main() -> None:
    """Runs the packaged binary in place of this process (never returns)."""
    os.execve(BINARY, [str(BINARY), *sys.argv[1:]], environment())


if __name__ == "__main__":
    main()
