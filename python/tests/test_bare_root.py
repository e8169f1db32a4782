"""The wheel needs nothing from the system but glibc: in a bare Debian root (debootstrap's
minbase with Python and pip, no Cairo, no Pango, no fonts, no Swift), `pip install` it and
render the article's figure set; the PNGs must match the ones `make plots` wrote (RMS <= 1).

The root is made once and cached in ~/.cache/loss-plot (XDG_CACHE_HOME), so later runs only
install the wheel into a throwaway folder inside it. Needs root (chroot), as CI runs.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from conftest import REPOSITORY

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "loss-plot"
ROOT = CACHE / "bare-root-bookworm"
MIRROR = "http://deb.debian.org/debian"

CHROOT, MOUNT, UMOUNT = (shutil.which(tool) or tool for tool in ("chroot", "mount", "umount"))
pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="chroot needs root (CI runs as root)")


def bare_root() -> Path:
    """debootstrap's minbase of bookworm plus python3 and python3-pip, made once."""
    if (ROOT / ".complete").exists():
        return ROOT
    partial = CACHE / "bare-root-bookworm.partial"
    shutil.rmtree(partial, ignore_errors=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run(["debootstrap", "--variant=minbase", "--include=python3,python3-pip", "bookworm",
                    str(partial), MIRROR], check=True, capture_output=True)
    (partial / ".complete").touch()
    partial.rename(ROOT)
    return ROOT


def numpy_wheels(python_version: str) -> Path:
    """numpy's wheel for the root's Python, downloaded on the host (the root has no network set up)."""
    folder = CACHE / f"wheels-cp{python_version.replace('.', '')}"
    if not any(folder.glob("numpy-*.whl")):
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:",
                        "--python-version", python_version, "--platform", "manylinux2014_x86_64",
                        "--dest", str(folder), "numpy"], check=True)
    return folder


def rms(a: Path, b: Path) -> float:
    from PIL import Image
    first, second = (np.asarray(Image.open(p).convert("RGBA"), dtype=np.float64) for p in (a, b))
    assert first.shape == second.shape, f"{a.name}: {first.shape} against {second.shape}"
    return float(np.sqrt(np.mean((first - second) ** 2)))


def test_wheel_in_a_bare_debian_root(wheel):
    root = bare_root()
    for absent in ("usr/lib/x86_64-linux-gnu/libcairo.so.2", "usr/lib/x86_64-linux-gnu/libpango-1.0.so.0",
                   "usr/lib/x86_64-linux-gnu/libX11.so.6", "usr/lib/x86_64-linux-gnu/libfontconfig.so.1",
                   "usr/share/fonts", "usr/bin/swift", "opt/swift"):
        assert not (root / absent).exists(), f"the bare root has /{absent}"
    version = subprocess.run([CHROOT, str(root), "python3", "-c",
                              "import sys; print('%d.%d' % sys.version_info[:2])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    work = root / "opt" / "run"
    shutil.rmtree(work, ignore_errors=True)
    (work / "wheels").mkdir(parents=True)
    shutil.copy2(wheel, work / "wheels" / wheel.name)
    for found in numpy_wheels(version).glob("*.whl"):
        shutil.copy2(found, work / "wheels" / found.name)
    env = {"PATH": "/usr/bin:/bin", "HOME": "/root", "LANG": "C.UTF-8", "PYTHONPATH": "/opt/run/site"}
    subprocess.run([MOUNT, "-t", "proc", "proc", str(root / "proc")], check=True)
    try:
        started = time.monotonic()
        subprocess.run([CHROOT, str(root), "python3", "-m", "pip", "install", "--quiet", "--no-index",
                        "--find-links", "/opt/run/wheels", "--target", "/opt/run/site", "loss-plot"],
                       env=env, check=True, capture_output=True)
        installed = time.monotonic() - started
        started = time.monotonic()
        batch = subprocess.run([CHROOT, str(root), "/opt/run/site/bin/loss-plot", "batch",
                                "--out-dir", "/opt/run/out", "--format", "png"], env=env, capture_output=True, text=True)
        rendered = time.monotonic() - started
        api = subprocess.run([CHROOT, str(root), "python3", "-c",
                              "import loss_plot; print(loss_plot.eval('mse', [[1, 9, 2]], [[4, 8, 12]]))"],
                             env=env, capture_output=True, text=True)
    finally:
        subprocess.run([UMOUNT, str(root / "proc")], check=True)
    print(f"bare root: pip install {installed:.1f} s, batch {rendered:.1f} s")
    assert batch.returncode == 0, batch.stderr
    assert "Fontconfig" not in batch.stderr and "warning" not in batch.stderr.lower(), batch.stderr
    assert installed + rendered < 60
    assert float(api.stdout) == pytest.approx(np.mean(np.square([3, 1, 10])), rel=1e-15), api.stderr
    written = sorted((work / "out").rglob("*.png"))
    assert len(written) >= 20
    for png in written:
        reference = REPOSITORY / "plots" / png.relative_to(work / "out")
        assert reference.exists(), f"make plots writes no {reference.name}"
        assert rms(png, reference) <= 1.0, png.name
    shutil.rmtree(work)
