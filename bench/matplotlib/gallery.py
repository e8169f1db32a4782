"""The gallery's figures (GALLERY.md) beyond the article's, drawn by matplotlib the way a user would,
with numpy's closed forms, for docs/compare. Renders 640x480 (1200x480 with a derivative panel)
PNG and SVG into one directory:

    python3 bench/matplotlib/gallery.py OUT_DIR
"""

import os
import sys

import matplotlib

matplotlib.use("Agg")
import numpy as np
from matplotlib.figure import Figure


def log_loss_log_scale(out_dir):
    fig = Figure(figsize=(6.4, 4.8), dpi=100)
    ax = fig.add_subplot()
    p = np.logspace(-6, 0, 200)
    ax.plot(p, -np.log(p), label="binary cross-entropy, t = 1")
    ax.set_xscale("log")
    ax.set_title("−log p is a straight line on a log axis")
    ax.set_xlabel("predicted probability p")
    ax.set_ylabel("loss")
    ax.grid(True)
    ax.legend(loc="upper right")
    save(fig, out_dir, "log-loss-log-scale")


def redescending(out_dir):
    r = np.linspace(-6, 6, 1000)

    def huber(c):
        return np.where(abs(r) <= c, 0.5 * r**2, c * (abs(r) - 0.5 * c)), np.clip(r, -c, c)

    def cauchy(c):
        return np.log(0.5 * (r / c) ** 2 + 1), 2 * r / (r**2 + 2 * c**2)

    def tukey(c):
        u = 1 - (r / c) ** 2
        inside = abs(r) <= c
        return np.where(inside, c**2 / 6 * (1 - u**3), c**2 / 6), np.where(inside, r * u**2, 0)

    def welsch(c):
        e = np.exp(-0.5 * (r / c) ** 2)
        return 1 - e, r / c**2 * e

    def geman_mcclure(c):
        u = (r / c) ** 2
        return 2 * u / (u + 4), 16 * r / (c**2 * (u + 4) ** 2)

    curves = [("Huber (c = 1.345)", huber(1.345)), ("Cauchy (c = 2.3849)", cauchy(2.3849)),
              ("Tukey biweight (c = 4.685)", tukey(4.685)), ("Welsch (c = 2.9846)", welsch(2.9846)),
              ("Geman-McClure (c = 1)", geman_mcclure(1))]
    fig = Figure(figsize=(12, 4.8), dpi=100, layout="tight")
    loss, slope = fig.subplots(1, 2)
    for label, (rho, psi) in curves:
        loss.plot(r, rho, label=label)
        slope.plot(r, psi, label=label)
    fig.suptitle("Robust M-estimators: ρ and its influence function ψ = ρ′")
    loss.set_title("loss")
    slope.set_title("derivative")
    for ax in (loss, slope):
        ax.set_xlabel("residual r")
    loss.set_ylabel("ρ(r)")
    slope.set_ylabel("d loss / d x")
    loss.legend(loc="upper center")
    save(fig, out_dir, "redescending-losses")


def save(fig, out_dir, name):
    for ext in ("png", "svg"):
        fig.savefig(os.path.join(out_dir, f"{name}.{ext}"))


def main(argv):
    if len(argv) != 2:
        sys.exit(f"usage: {argv[0]} OUT_DIR")
    os.makedirs(argv[1], exist_ok=True)
    log_loss_log_scale(argv[1])
    redescending(argv[1])


if __name__ == "__main__":
    main(sys.argv)
