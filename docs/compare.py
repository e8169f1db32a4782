#!/usr/bin/env python3
"""Put each gallery figure beside matplotlib's rendering of the same figure.

    python3 docs/compare.py [OUT_DIR]      (default docs/compare)

Renders the article's figures with bench/matplotlib/article.py (FIGURES.md's figures drawn the
way a matplotlib user would) and the gallery's with bench/matplotlib/gallery.py, and writes OUT_DIR/NAME.png: loss-plot's plots/NAME.png on the
left, matplotlib's on the right, at the same size. Needs matplotlib (pip install matplotlib).
"""

import subprocess
import sys
import tempfile
from pathlib import Path

import matplotlib.image as mpimg
import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def rgb(path):
    image = mpimg.imread(path)
    if image.dtype != np.float32 and image.dtype != np.float64:
        image = image / 255.0
    if image.shape[2] == 4:
        alpha = image[:, :, 3:4]
        image = image[:, :, :3] * alpha + (1 - alpha)
    return image[:, :, :3]


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "compare"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as reference:
        for script in ("article.py", "gallery.py"):
            subprocess.run([sys.executable, str(ROOT / "bench" / "matplotlib" / script), reference], check=True)
        for theirs in sorted(Path(reference).glob("*.png")):
            # The gallery's figures at plots/, the README's (fit, surfaces) in its subfolders.
            ours = next((p for p in [ROOT / "plots" / theirs.name] + sorted((ROOT / "plots").glob("*/" + theirs.name)) if p.exists()),
                        ROOT / "plots" / theirs.name)
            if not ours.exists():
                print(f"missing plots/{theirs.name}", file=sys.stderr)
                continue
            left, right = rgb(ours), rgb(theirs)
            height = max(left.shape[0], right.shape[0])
            pad = lambda a: np.pad(a, ((0, height - a.shape[0]), (0, 0), (0, 0)), constant_values=1)
            gap = np.full((height, 16, 3), 0.8)
            mpimg.imsave(out / theirs.name, np.concatenate([pad(left), gap, pad(right)], axis=1))
            print(f"wrote {out / theirs.name}")


if __name__ == "__main__":
    main()
