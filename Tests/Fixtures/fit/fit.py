"""Lines fitted by independent optimisers, for LineFitTests: scipy's minimize (BFGS with the exact
gradient, from least squares; Tukey from the L1 fit), scipy's linprog (HiGHS) for L1 and the pinball
loss, and statsmodels' RLM (HuberT, TukeyBiweight; scale MAD). Writes fit.json beside this script.

    /tmp/fwvenv/bin/python Tests/Fixtures/fit/fit.py
"""
import json
import os

import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from scipy.optimize import linprog, minimize


def datasets():
    rng = np.random.default_rng(25)
    x = np.sort(rng.uniform(0, 10, 40))
    y = 2 * x + 1 + rng.normal(0, 0.5, 40)
    y[-6:] += rng.uniform(15, 25, 6)  # outliers at large x pull least squares up
    small_x = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
    small_y = np.array([1.0, 2.9, 5.2, 6.8, 30.0, 11.1])
    return {"outliers": (x, y), "small": (small_x, small_y)}


def huber(r, d):
    a = np.abs(r)
    return np.where(a <= d, r * r / 2, d * (a - d / 2))


def huber_grad(r, d):
    return np.clip(r, -d, d)


LOSSES = {
    "l2": (lambda r, p: r * r, lambda r, p: 2 * r),
    "huber": (lambda r, p: huber(r, p["delta"]), lambda r, p: huber_grad(r, p["delta"])),
    "pseudo-huber": (lambda r, p: p["delta"] ** 2 * (np.sqrt(1 + (r / p["delta"]) ** 2) - 1),
                     lambda r, p: r / np.sqrt(1 + (r / p["delta"]) ** 2)),
    "log-cosh": (lambda r, p: np.logaddexp(r, -r) - np.log(2), lambda r, p: np.tanh(r)),
    "tukey": (lambda r, p: np.where(np.abs(r) <= p["delta"], p["delta"] ** 2 / 6 * (1 - (1 - (r / p["delta"]) ** 2) ** 3), p["delta"] ** 2 / 6),
              lambda r, p: np.where(np.abs(r) <= p["delta"], r * (1 - (r / p["delta"]) ** 2) ** 2, 0.0)),
}


def minimize_loss(x, y, name, params, start):
    rho, psi = LOSSES[name]

    def f(theta):
        return rho(theta[0] * x + theta[1] - y, params).mean()

    def g(theta):
        d = psi(theta[0] * x + theta[1] - y, params)
        return np.array([(d * x).mean(), d.mean()])

    result = minimize(f, start, jac=g, method="BFGS", options={"gtol": 1e-13, "maxiter": 10000})
    # A Nelder-Mead polish from there (no gradient), then BFGS again: the kinks of Huber stop BFGS early.
    result = minimize(f, result.x, method="Nelder-Mead", options={"xatol": 1e-14, "fatol": 1e-16, "maxiter": 20000})
    result = minimize(f, result.x, jac=g, method="BFGS", options={"gtol": 1e-14, "maxiter": 10000})
    return result.x, f(result.x)


def linprog_quantile(x, y, tau):
    """min Σ tau·u⁺ + (1 - tau)·u⁻ with y - a x - b = u⁺ - u⁻: the pinball loss of r = prediction - y,
    which charges (1 - tau)·r above the point and tau·|r| below (the catalog's quantile loss)."""
    n = len(x)
    c = np.concatenate([[0, 0], np.full(n, tau), np.full(n, 1 - tau)]) / n
    a_eq = np.hstack([x[:, None], np.ones((n, 1)), np.eye(n), -np.eye(n)])
    bounds = [(None, None), (None, None)] + [(0, None)] * (2 * n)
    result = linprog(c, A_eq=a_eq, b_eq=y, bounds=bounds, method="highs")
    return result.x[:2], result.fun


def main():
    records = []
    for dataset, (x, y) in datasets().items():
        base = {"dataset": dataset, "x": x.tolist(), "y": y.tolist()}
        (a1, b1), f1 = linprog_quantile(x, y, 0.5)
        records.append(dict(base, loss="l1", parameters={}, scale="none", slope=a1, intercept=b1,
                            objective=float(np.abs(a1 * x + b1 - y).mean()), source="scipy.optimize.linprog (HiGHS) at tau = 0.5"))
        for tau in (0.2, 0.9):
            (a, b), f = linprog_quantile(x, y, tau)
            records.append(dict(base, loss="quantile", parameters={"tau": tau}, scale="none", slope=a, intercept=b, objective=f,
                                source="scipy.optimize.linprog (HiGHS)"))
        lsq = np.polyfit(x, y, 1)
        for name, params in (("l2", {}), ("huber", {"delta": 1.0}), ("huber", {"delta": 4.0}), ("pseudo-huber", {"delta": 1.0}),
                             ("log-cosh", {})):
            (a, b), f = minimize_loss(x, y, name, params, lsq)
            records.append(dict(base, loss=name, parameters=params, scale="none", slope=a, intercept=b, objective=f,
                                source="scipy.optimize.minimize (BFGS, exact gradient; Nelder-Mead polish)"))
        (a, b), f = minimize_loss(x, y, "tukey", {"delta": 4.685}, np.array([a1, b1]))
        records.append(dict(base, loss="tukey", parameters={"delta": 4.685}, scale="none", slope=a, intercept=b, objective=f,
                            source="scipy.optimize.minimize from the L1 fit (a local minimum)"))
        design = sm.add_constant(x)
        for name, norm, params in (("huber", sm.robust.norms.HuberT(t=1.345), {"delta": 1.345}),
                                   ("tukey", sm.robust.norms.TukeyBiweight(c=4.685), {"delta": 4.685})):
            fit = sm.RLM(y, design, M=norm).fit()
            records.append(dict(base, loss=name, parameters=params, scale="mad", slope=fit.params[1], intercept=fit.params[0],
                                objective=None, rlm_scale=fit.scale, source=f"statsmodels RLM(y, X, M={type(norm).__name__}).fit()"))
    # Logistic regression (sigmoid cross-entropy on 0/1 labels) against scikit-learn without a
    # penalty, and the hinge loss on ±1 labels against its linear programme.
    from sklearn.linear_model import LogisticRegression
    import sklearn
    rng = np.random.default_rng(3)
    x = rng.uniform(-3, 3, 60)
    labels = (rng.random(60) < 1 / (1 + np.exp(-(1.5 * x - 0.5)))).astype(float)
    model = LogisticRegression(C=np.inf, tol=1e-12, max_iter=100000).fit(x[:, None], labels)
    records.append(dict(dataset="labels", x=x.tolist(), y=labels.tolist(), loss="sigmoid-cross-entropy", parameters={}, scale="none",
                        slope=model.coef_[0][0], intercept=model.intercept_[0], objective=None,
                        source=f"sklearn.linear_model.LogisticRegression(C=inf) {sklearn.__version__}"))
    signs = 2 * labels - 1
    n = len(x)
    hinge = linprog(np.r_[0, 0, np.ones(n) / n], A_ub=np.c_[-(signs * x), -signs, -np.eye(n)], b_ub=-np.ones(n),
                    bounds=[(None, None)] * 2 + [(0, None)] * n, method="highs")
    records.append(dict(dataset="labels", x=x.tolist(), y=signs.tolist(), loss="hinge", parameters={}, scale="none",
                        slope=hinge.x[0], intercept=hinge.x[1], objective=hinge.fun, source="scipy.optimize.linprog (HiGHS): mean max(0, 1 - y(ax + b))"))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fit.json"), "w") as out:
        json.dump({"generator": "Tests/Fixtures/fit/fit.py", "versions": {"numpy": np.__version__, "scipy": scipy.__version__,
                   "statsmodels": statsmodels.__version__}, "records": records}, out, indent=1)
    print(f"{len(records)} records")


if __name__ == "__main__":
    main()
