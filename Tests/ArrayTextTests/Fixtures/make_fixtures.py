"""Writes the fixtures of ArrayTextTests with numpy itself (run once: python3 make_fixtures.py).

numpy 2.4.6, Python 3.11.7. The arrays are the ones the tests spell out as Swift literals.
"""
import json
import numpy as np

rows = np.array([[0.1, -2.5, 3e-8], [1e300, -0.0, 7.0], [123456.789, 2.0 / 3.0, -1e-300]])
np.savetxt("savetxt-default.txt", rows, header="three samples, three values each")
np.savetxt("savetxt-comma.csv", rows, delimiter=",", fmt="%.17g")
np.savetxt("savetxt-1d.txt", np.array([0.25, -4.0, 1.0 / 3.0]))
with open("tolist.json", "w") as f:
    json.dump(rows.tolist(), f, indent=2)
with open("tolist-1d.json", "w") as f:
    json.dump([0.25, -4.0, 1.0 / 3.0], f)
