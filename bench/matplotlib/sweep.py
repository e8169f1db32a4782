"""Scale sweep peer of `loss-plot pseudo-huber --delta 0.25,1,2 --range -2:2 --samples N --out F`.

    python3 bench/matplotlib/sweep.py N OUT.png
"""

import sys

import matplotlib

matplotlib.use("Agg")
import numpy as np
from matplotlib.figure import Figure

import losses


def main(argv):
    if len(argv) != 3:
        sys.exit(f"usage: {argv[0]} N OUT.png")
    samples, out = int(argv[1]), argv[2]
    x = np.linspace(-2, 2, samples)
    fig = Figure(figsize=(6.4, 4.8), dpi=100)
    ax = fig.add_subplot()
    for delta in (0.25, 1, 2):
        ax.plot(x, losses.pseudo_huber(x, delta), label=f"δ = {delta:g}")
    ax.set_title(f"Pseudo-Huber loss, {samples} samples per curve")
    ax.set_xlabel("prediction")
    ax.set_ylabel("loss")
    ax.legend(loc="upper center")  # "best" would scan every sample
    fig.savefig(out)


if __name__ == "__main__":
    main(sys.argv)
