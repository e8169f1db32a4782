"""The bench's matplotlib peer for surfaces: Huber over the prediction (-3:3, 200 columns) and delta
(0.1:3, 200 rows), drawn as contourf + contour + clabel + colorbar at 640x480. usage: contour.py OUT.png"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-3, 3, 200)
d = np.linspace(0.1, 3, 200)
X, D = np.meshgrid(x, d)
Z = np.where(np.abs(X) <= D, X * X / 2, D * (np.abs(X) - D / 2))
levels = np.linspace(Z.min(), Z.max(), 11)
fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=100)
filled = ax.contourf(X, D, Z, levels=levels, cmap="viridis")
lines = ax.contour(X, D, Z, levels=levels, colors="k", linewidths=0.8)
ax.clabel(lines, fontsize=8)
fig.colorbar(filled, ax=ax, label="loss")
ax.set_xlabel("prediction")
ax.set_ylabel("δ")
ax.set_title("huber, target 0")
fig.savefig(sys.argv[1])
