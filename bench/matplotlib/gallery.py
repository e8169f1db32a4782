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


def builtin_points():
    """loss-plot fit's built-in points, regenerated from their recipe: SplitMix64 seeded with 25."""
    state = 25
    mask = (1 << 64) - 1

    def uniform():
        nonlocal state
        state = (state + 0x9E3779B97F4A7C15) & mask
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        z ^= z >> 31
        return (z >> 11) / float(1 << 53)

    x = np.sort(np.array([10 * uniform() for _ in range(40)]))
    y = []
    for xi in x:
        u1, u2 = max(uniform(), 1e-300), uniform()
        y.append(2 * xi + 1 + 0.5 * np.sqrt(-2 * np.log(u1)) * np.cos(2 * np.pi * u2))
    y = np.array(y)
    for i in range(34, 40):
        y[i] += 15 + 10 * uniform()
    return x, y


def huber(r, d):
    return np.where(np.abs(r) <= d, r * r / 2, d * (np.abs(r) - d / 2))


def fits(x, y):
    """L2 (polyfit), L1 (linprog) and Huber (minimize), as a matplotlib user would compute them."""
    from scipy.optimize import linprog, minimize
    n = len(x)
    l2 = np.polyfit(x, y, 1)
    c = np.concatenate([[0, 0], np.ones(2 * n)])
    a_eq = np.hstack([x[:, None], np.ones((n, 1)), np.eye(n), -np.eye(n)])
    l1 = linprog(c, A_eq=a_eq, b_eq=y, bounds=[(None, None)] * 2 + [(0, None)] * (2 * n), method="highs").x[:2]
    result = [("l2", l2, lambda r: r * r), ("l1", l1, np.abs)]
    for d in (1.0, 4.0):
        h = minimize(lambda t: huber(t[0] * x + t[1] - y, d).mean(), l2, method="Nelder-Mead", options={"xatol": 1e-10, "fatol": 1e-12}).x
        result.append((f"huber, δ = {d:g}", h, lambda r, d=d: huber(r, d)))
    return result


def robust_fit(out_dir):
    x, y = builtin_points()
    fig = Figure(figsize=(11, 4.8))
    left, right = fig.subplots(1, 2)
    left.plot(x, y, "o", color="0.25", markersize=5, label="points")
    for name, (a, b), _ in fits(x, y):
        left.plot([x.min(), x.max()], [a * x.min() + b, a * x.max() + b], label=name)
        r = np.abs(a * x + b - y)
        if name == "l2":
            w = np.ones_like(r)
        elif name == "l1":
            w = 1 / np.maximum(r, 1e-9 * r.max())
        else:
            d = float(name.split("= ")[1])
            w = np.minimum(1, d / np.maximum(r, 1e-300))
        right.plot(x, np.minimum(w / w[r > 1e-9 * r.max()].max(), 1), "o", markersize=5, label=name)
    left.set(title="fits", xlabel="x", ylabel="y")
    right.set(title="IRLS weight ψ(r)/r of each point, relative to the loss's largest", xlabel="x", ylabel="relative weight", ylim=(-0.05, 1.05))
    left.legend()
    right.legend()
    fig.suptitle("Lines fitted under each loss")
    save(fig, out_dir, "robust-fit")


def fit_surfaces(out_dir):
    x, y = builtin_points()
    found = fits(x, y)[:3]
    slopes = [f[1][0] for f in found]
    intercepts = [f[1][1] for f in found]
    def span(v):
        lo, hi = min(v), max(v)
        m = max((hi - lo) * 0.6, 0.5 * max(abs(lo), abs(hi), 1))
        return lo - m, hi + m
    a = np.linspace(*span(slopes), 101)
    b = np.linspace(*span(intercepts), 101)
    A, B = np.meshgrid(a, b)
    fig = Figure(figsize=(12, 4))
    axes = fig.subplots(1, 3)
    for ax, (name, (sa, sb), rho) in zip(axes, found):
        Z = rho(A[..., None] * x + B[..., None] - y).mean(axis=-1)
        q = np.quantile(Z, 0.95)
        levels = Z.min() + (q - Z.min()) * (np.arange(1, 11) / 10) ** 2
        ax.contourf(A, B, Z, levels=np.concatenate([[Z.min()], levels, [Z.max()]]), cmap="viridis")
        ax.clabel(ax.contour(A, B, Z, levels=levels, colors="k", linewidths=0.8), fontsize=8)
        ax.plot([sa], [sb], "o", color="white", markersize=8, label="minimum")
        ax.plot([slopes[0]], [intercepts[0]], "o", color="tab:red", markersize=6, label="least squares")
        ax.set(title=name, xlabel="slope", ylabel="intercept")
        ax.legend(loc="upper right")
    fig.suptitle("Each loss's mean over the points, as a function of the line's slope and intercept")
    save(fig, out_dir, "fit-surfaces")


def softmax_two_logits(out_dir):
    l0 = np.linspace(-5, 5, 201)
    l1 = np.linspace(-5, 5, 101)
    L0, L1 = np.meshgrid(l0, l1)
    # Target class 2, its logit fixed at 0: -log softmax = logsumexp(l0, l1, 0).
    Z = np.logaddexp(np.logaddexp(L0, L1), 0)
    levels = np.linspace(Z.min(), Z.max(), 11)
    fig = Figure(figsize=(6.4, 4.8))
    ax = fig.subplots()
    filled = ax.contourf(L0, L1, Z, levels=levels, cmap="viridis")
    ax.clabel(ax.contour(L0, L1, Z, levels=levels, colors="k", linewidths=0.8), fontsize=8)
    fig.colorbar(filled, ax=ax, label="loss")
    ax.set(title="softmax-cross-entropy: logits 0 and 1 free, logit 2 = 0 fixed", xlabel="logit 0", ylabel="logit 1")
    save(fig, out_dir, "softmax-two-logits")


def save(fig, out_dir, name):
    for ext in ("png", "svg"):
        fig.savefig(os.path.join(out_dir, f"{name}.{ext}"))


def main(argv):
    if len(argv) != 2:
        sys.exit(f"usage: {argv[0]} OUT_DIR")
    os.makedirs(argv[1], exist_ok=True)
    log_loss_log_scale(argv[1])
    redescending(argv[1])
    for draw in (sgd_convex_losses, focal_loss, label_smoothing, margin_losses, robust_losses, second_derivatives, frameworks_bce,
                 robust_fit, fit_surfaces, softmax_two_logits):
        draw(argv[1])


if __name__ == "__main__":
    main(sys.argv)
