"""The article's figure set (FIGURES.md), drawn by matplotlib.

Benchmark peer of `loss-plot batch`, and the reference gallery of what matplotlib draws for the
same figures. Renders all 11 figures as 640x480 PNG and SVG into one directory:

    python3 bench/matplotlib/article.py OUT_DIR
"""

import os
import sys
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")
import numpy as np
from matplotlib.figure import Figure

import losses


@dataclass
class Curve:
    label: str
    y: np.ndarray
    style: str = "-"


@dataclass
class Spec:
    name: str
    title: str
    xlabel: str
    x: np.ndarray
    curves: list
    ylim: tuple = None
    legend_loc: str = "best"
    grid: bool = False
    ylabel: str = "loss"


def article_figures():
    """The 11 figures of FIGURES.md, in its order."""
    deltas = (0.25, 0.5, 1, 2)
    specs = []

    x = np.linspace(-1, 1, 100)
    r = x - 0
    specs.append(Spec("l1-l2", "L1 and L2 loss", "prediction", x,
                      [Curve("l1 loss", losses.l1(r)), Curve("l2 loss", losses.l2(r))]))

    x = np.linspace(-2, 2, 200)
    r = x - 0
    specs.append(Spec("huber", "Huber loss", "prediction", x,
                      [Curve(f"δ = {d:g}", losses.huber(r, d)) for d in deltas]))
    specs.append(Spec("pseudo-huber", "Pseudo-Huber loss", "prediction", x,
                      [Curve(f"δ = {d:g}", losses.pseudo_huber(r, d)) for d in deltas]))

    x = np.linspace(-1, 1, 500)
    r = x - 0
    specs.append(Spec("regression", "Regression losses", "prediction", x, [
        Curve("L2 Loss", losses.l2(r), "b-"),
        Curve("L1 Loss", losses.l1(r), "r--"),
        Curve("P-Huber Loss (0.25)", losses.pseudo_huber(r, 0.25), "k-."),
        Curve("P-Huber Loss (5.0)", losses.pseudo_huber(r, 5.0), "g:"),
    ], ylim=(-0.2, 0.4), legend_loc="lower right", grid=True))

    x = np.linspace(0, 4, 200)
    specs.append(Spec("msle", "MSLE against MSE (target 1)", "prediction", x,
                      [Curve("MSE", losses.l2(x - 1)), Curve("MSLE", losses.msle(x, 1))]))

    x = np.linspace(-3, 5, 500)
    specs.append(Spec("hinge", "Hinge loss (target 1)", "score", x, [
        Curve("hinge", losses.hinge(x, 1)),
        Curve("squared hinge", losses.squared_hinge(x, 1)),
    ]))

    x = np.linspace(0.001, 0.999, 500)
    specs.append(Spec("binary-cross-entropy", "Binary cross-entropy", "probability", x,
                      [Curve(f"t = {t}", losses.binary_cross_entropy(x, t)) for t in (1, 0)]))

    x = np.linspace(-5, 5, 200)
    specs.append(Spec("sigmoid-cross-entropy", "Sigmoid cross-entropy", "logit", x,
                      [Curve(f"t = {t}", losses.sigmoid_cross_entropy(x, t)) for t in (1, 0)]))

    # The cookbook feeds the raw score to the binary cross-entropy as if it were a probability,
    # so the red curve exists only on (0, 1).
    x = np.linspace(-3, 5, 500)
    specs.append(Spec("classification", "Classification losses (target 1)", "score", x, [
        Curve("Hinge Loss", losses.hinge(x, 1), "b-"),
        Curve("Cross Entropy Loss", losses.binary_cross_entropy(x, 1), "r--"),
        Curve("Cross Entropy Sigmoid Loss", losses.sigmoid_cross_entropy(x, 1), "k-."),
        Curve("Weighted Cross Entropy Loss (x0.5)",
              losses.weighted_sigmoid_cross_entropy(x, 1, 0.5), "g:"),
    ], ylim=(-1.5, 3), legend_loc="lower right", grid=True))

    x = np.linspace(-5, 15, 500)
    logits = np.column_stack([x, np.full_like(x, -3), np.full_like(x, 10)])
    specs.append(Spec("softmax-cross-entropy", "Softmax cross-entropy of logits (z, -3, 10)",
                      "first logit z", x, [
        Curve("target (0.1, 0.02, 0.88)",
              losses.softmax_cross_entropy(logits, np.array([0.1, 0.02, 0.88]))),
        Curve("class 2", losses.softmax_cross_entropy(logits, np.eye(3)[2])),
        Curve("class 0", losses.softmax_cross_entropy(logits, np.eye(3)[0])),
    ]))

    s = np.linspace(0.01, 0.99, 200)
    p = np.column_stack([s, 1 - s])
    q = np.array([0.3, 0.7])
    specs.append(Spec("kl-divergence", "Cross-entropy = entropy + KL, q = (0.3, 0.7)",
                      "s, p = (s, 1 - s)", s, [
        Curve("KL(q‖p)", losses.kl_divergence(q, p)),
        Curve("cross-entropy H(q, p)", losses.cross_entropy(q, p)),
        Curve("entropy H(q)", np.full_like(s, losses.entropy(q))),
    ]))
    return specs


def render(spec, out_dir):
    fig = Figure(figsize=(6.4, 4.8), dpi=100)
    ax = fig.add_subplot()
    for curve in spec.curves:
        ax.plot(spec.x, curve.y, curve.style, label=curve.label)
    if spec.ylim is not None:
        ax.set_ylim(*spec.ylim)
    ax.set_title(spec.title)
    ax.set_xlabel(spec.xlabel)
    ax.set_ylabel(spec.ylabel)
    ax.grid(spec.grid)
    ax.legend(loc=spec.legend_loc)
    for ext in ("png", "svg"):
        fig.savefig(os.path.join(out_dir, f"{spec.name}.{ext}"))


def main(argv):
    if len(argv) != 2:
        sys.exit(f"usage: {argv[0]} OUT_DIR")
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    with np.errstate(all="ignore"):
        specs = article_figures()
    for spec in specs:
        render(spec, out_dir)


if __name__ == "__main__":
    main(sys.argv)
