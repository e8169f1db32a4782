"""The bench's numpy peer for formulas: Huber written as a sympy expression, lambdified to numpy
and evaluated (its value alone) on 10^7 points of -3:3. usage: numpy_huber.py [N]"""
import sys

import numpy as np
import sympy as sp

x = sp.Symbol("x", real=True)
d, t = 1.0, 0.0
r = x - t
huber = sp.Piecewise((r**2 / 2, sp.Abs(r) <= d), (d * (sp.Abs(r) - d / 2), True))
f = sp.lambdify(x, huber, "numpy")
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10**7
xs = np.linspace(-3, 3, n)
values = f(xs)
print(float(values[0]), float(values[-1]))
