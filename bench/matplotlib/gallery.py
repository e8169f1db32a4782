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


def sgd_convex_losses(out_dir):
    # scikit-learn's examples/linear_model/plot_sgd_loss_functions.py, at 801 samples as loss-plot's.
    xx = np.linspace(-4, 4, 801)
    lw = 2
    fig = Figure(figsize=(6.4, 4.8), dpi=100, layout="tight")
    ax = fig.add_subplot()
    ax.plot([-4, 0, 0, 4], [1, 1, 0, 0], color="gold", lw=lw, label="Zero-one loss")
    ax.plot(xx, np.where(xx < 1, 1 - xx, 0), color="teal", lw=lw, label="Hinge loss")
    ax.plot(xx, -np.minimum(xx, 0), color="yellowgreen", lw=lw, label="Perceptron loss")
    ax.plot(xx, np.log2(1 + np.exp(-xx)), color="cornflowerblue", lw=lw, label="Log loss")
    ax.plot(xx, np.where(xx < 1, 1 - xx, 0) ** 2, color="orange", lw=lw, label="Squared hinge loss")
    mh = np.where(xx >= -1, np.maximum(0, 1 - xx) ** 2, -4 * xx)
    ax.plot(xx, mh, color="darkorchid", lw=lw, linestyle="--", label="Modified Huber loss")
    ax.set_ylim((0, 8))
    ax.legend(loc="upper right")
    ax.set_xlabel("Decision function f(x)")
    ax.set_ylabel("L(y=1, f(x))")
    save(fig, out_dir, "sgd-convex-losses")


def margin_losses(out_dir):
    m = np.linspace(-2, 2, 801)
    fig = Figure(figsize=(6.4, 4.8), dpi=100, layout="tight")
    ax = fig.add_subplot()
    ax.plot(m, np.where(m <= 0, 1, 0), label="Misclassification")
    ax.plot(m, np.exp(-m), label="Exponential")
    ax.plot(m, np.log1p(np.exp(-2 * m)) / np.log(2), label="Binomial Deviance")
    ax.plot(m, (1 - m) ** 2, label="Squared Error")
    ax.plot(m, np.maximum(0, 1 - m), label="Support Vector")
    ax.set_ylim((0, 3))
    ax.set_title("Loss functions for two-class classification (ESL Figure 10.4)")
    ax.set_xlabel("y·f")
    ax.set_ylabel("loss")
    ax.legend(loc="upper right")
    save(fig, out_dir, "margin-losses")


def robust_losses(out_dir):
    r = np.linspace(-3, 3, 601)
    curves = [
        ("L1", abs(r), np.sign(r)),
        ("L2", r**2, 2 * r),
        ("Huber (δ = 1)", np.where(abs(r) <= 1, 0.5 * r**2, abs(r) - 0.5), np.clip(r, -1, 1)),
        ("log-cosh", np.log(np.cosh(r)), np.tanh(r)),
        ("pseudo-Huber (δ = 1)", np.sqrt(1 + r**2) - 1, r / np.sqrt(1 + r**2)),
        ("ε-insensitive (ε = 1)", np.maximum(0, abs(r) - 1), np.where(abs(r) > 1, np.sign(r), 0)),
    ]
    fig = Figure(figsize=(12, 4.8), dpi=100, layout="tight")
    loss, slope = fig.subplots(1, 2)
    for label, f, d in curves:
        loss.plot(r, f, label=label)
        slope.plot(r, d, label=label)
    loss.set_ylim((0, 4))
    fig.suptitle("Distance losses and their derivatives")
    loss.set_title("loss")
    slope.set_title("derivative")
    for ax in (loss, slope):
        ax.set_xlabel("residual r")
    loss.set_ylabel("loss")
    slope.set_ylabel("d loss / d x")
    loss.legend(loc="upper center")
    save(fig, out_dir, "robust-losses")


def second_derivatives(out_dir):
    r = np.linspace(-3, 3, 601)
    s = 1 / (1 + np.exp(-r))
    curves = [
        ("L2", r**2, 2 * r, np.full_like(r, 2)),
        ("Huber (δ = 1)", np.where(abs(r) <= 1, 0.5 * r**2, abs(r) - 0.5), np.clip(r, -1, 1), np.where(abs(r) <= 1, 1.0, 0.0)),
        ("pseudo-Huber (δ = 1)", np.sqrt(1 + r**2) - 1, r / np.sqrt(1 + r**2), (1 + r**2) ** -1.5),
        ("log-cosh", np.log(np.cosh(r)), np.tanh(r), 1 / np.cosh(r) ** 2),
        ("sigmoid CE (t = 1)", np.logaddexp(0, -r), s - 1, s * (1 - s)),
    ]
    fig = Figure(figsize=(15, 4.8), dpi=100, layout="tight")
    axes = fig.subplots(1, 3)
    for label, *funcs in curves:
        for ax, f in zip(axes, funcs):
            ax.plot(r, f, label=label)
    fig.suptitle("Losses, gradients and Hessians")
    for ax, title, ylabel in zip(axes, ("loss", "derivative", "second derivative"), ("loss", "d loss / d x", "d² loss / d x²")):
        ax.set_title(title)
        ax.set_ylabel(ylabel)
        ax.set_xlabel("residual r (logit z for the cross-entropy)")
    axes[0].legend(loc="upper center")
    save(fig, out_dir, "second-derivatives")


def frameworks_bce(out_dir):
    p = np.logspace(-12, -3, 400)
    fig = Figure(figsize=(6.4, 4.8), dpi=100, layout="tight")
    ax = fig.add_subplot()
    ax.plot(p, -np.log(p), color="black", lw=3, label="exact −log p")
    ax.plot(p, -np.log(np.clip(p, 1e-7, 1 - 1e-7)), color="C1", lw=2, label="Keras (clips p to 1e-7)")
    ax.plot(p, np.minimum(-np.log(p), 100), color="C2", lw=2, linestyle="--", label="PyTorch (clamps log p at −100)")
    ax.set_xscale("log")
    ax.set_title("Binary cross-entropy near p = 0, t = 1: what each framework computes")
    ax.set_xlabel("predicted probability p")
    ax.set_ylabel("loss")
    ax.grid(True)
    ax.legend(loc="upper right")
    save(fig, out_dir, "frameworks-bce")


def focal_loss(out_dir):
    p = np.linspace(0, 1, 500)
    fig = Figure(figsize=(6.4, 4.8), dpi=100, layout="tight")
    ax = fig.add_subplot()
    with np.errstate(divide="ignore"):
        for gamma in (0, 0.5, 1, 2, 5):
            label = "γ = 0 (cross-entropy)" if gamma == 0 else f"γ = {gamma:g}"
            ax.plot(p, -(1 - p) ** gamma * np.log(p), label=label)
    ax.axvspan(0.6, 1, color="0.5", alpha=0.15)
    ax.text(0.8, 4.8, "well-classified examples", ha="center", va="top")
    ax.set_ylim((0, 5))
    ax.set_title("Focal loss (Lin et al. 2017, Figure 1)")
    ax.set_xlabel("probability of ground truth class")
    ax.set_ylabel("loss")
    ax.legend(loc="center right")
    save(fig, out_dir, "focal-loss")


def label_smoothing(out_dir):
    z = np.linspace(-4, 10, 500)
    fig = Figure(figsize=(6.4, 4.8), dpi=100, layout="tight")
    ax = fig.add_subplot()
    lse = np.logaddexp(z, 0)
    for eps in (0, 0.1, 0.2, 0.3):
        q0, q1 = 1 - eps / 2, eps / 2
        ax.plot(z, q0 * (lse - z) + q1 * lse, label=f"ε = {eps:g}")
    ax.set_title("Cross-entropy with label smoothing, logits (z, 0), true class 0")
    ax.set_xlabel("true class's logit z")
    ax.set_ylabel("loss")
    ax.legend(loc="best")
    save(fig, out_dir, "label-smoothing")


def save(fig, out_dir, name):
    for ext in ("png", "svg"):
        fig.savefig(os.path.join(out_dir, f"{name}.{ext}"))


def main(argv):
    if len(argv) != 2:
        sys.exit(f"usage: {argv[0]} OUT_DIR")
    os.makedirs(argv[1], exist_ok=True)
    log_loss_log_scale(argv[1])
    redescending(argv[1])
    for draw in (sgd_convex_losses, focal_loss, label_smoothing, margin_losses, robust_losses, second_derivatives, frameworks_bce):
        draw(argv[1])


if __name__ == "__main__":
    main(sys.argv)
