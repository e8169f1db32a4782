"""The bench's peers for `loss-plot fit`: scikit-learn's HuberRegressor and statsmodels' RLM (HuberT)
fitting a line to the same points (a .npy of shape (n, 2)) for each delta. usage: peers.py sklearn|statsmodels POINTS.npy"""
import sys
import warnings

import numpy as np

warnings.filterwarnings("ignore")
peer, path = sys.argv[1], sys.argv[2]
points = np.load(path)
x, y = points[:, 0], points[:, 1]
for delta in (0.25, 1.0, 4.0):
    if peer == "sklearn":
        from sklearn.linear_model import HuberRegressor
        # epsilon >= 1 is HuberRegressor's rule; it estimates the scale jointly (delta = epsilon * sigma).
        fit = HuberRegressor(epsilon=max(delta, 1.0), alpha=0.0, max_iter=1000).fit(x[:, None], y)
        print(delta, fit.coef_[0], fit.intercept_)
    else:
        import statsmodels.api as sm
        fit = sm.RLM(y, sm.add_constant(x), M=sm.robust.norms.HuberT(t=delta)).fit()
        print(delta, fit.params[1], fit.params[0])
