"""Values and first and second derivatives in x of formulas, by sympy's diff, evaluated at 50 digits.

Writes derivatives.json beside this script; FormulaTests/DerivativeFixtureTests reads it. Each
formula is written in loss-plot's grammar (its text) and in sympy (its expression); the points keep
away from kinks, where the derivative is a convention, not a limit. Run: python3 derivatives.py
"""
import json
import os

import sympy as sp

x, t, c, d = sp.symbols("x t c d", real=True)
r, m = x - t, t * x


def sigmoid(u):
    return 1 / (1 + sp.exp(-u))


def softplus(u):
    return sp.log(1 + sp.exp(u))


# (loss-plot text, sympy expression, parameters)
FORMULAS = [
    ("r^2/2", r**2 / 2, {}),
    ("abs(r)", sp.Abs(r), {}),
    ("sign(r) * r^2", sp.sign(r) * r**2, {}),
    ("exp(-r^2/2)", sp.exp(-r**2 / 2), {}),
    ("expm1(r) - r", sp.exp(r) - 1 - r, {}),
    ("log(1 + r^2)", sp.log(1 + r**2), {}),
    ("log1p(r^2 / c^2) * c^2 / 2", sp.log(1 + r**2 / c**2) * c**2 / 2, {"c": 1.5}),
    ("log2(1 + exp(-m))", sp.log(1 + sp.exp(-m)) / sp.log(2), {}),
    ("log10(2 + x^2)", sp.log(2 + x**2) / sp.log(10), {}),
    ("sqrt(1 + (r/c)^2) * c^2 - c^2", sp.sqrt(1 + (r / c) ** 2) * c**2 - c**2, {"c": 0.7}),
    ("pow(abs(r), 1.5)", sp.Abs(r) ** sp.Rational(3, 2), {}),
    ("sin(r) + cos(2*r)", sp.sin(r) + sp.cos(2 * r), {}),
    ("tan(r/2)", sp.tan(r / 2), {}),
    ("tanh(r)^2", sp.tanh(r) ** 2, {}),
    ("sinh(r) - cosh(r/3)", sp.sinh(r) - sp.cosh(r / 3), {}),
    ("asinh(r/c)", sp.asinh(r / c), {"c": 2.0}),
    ("atan(r)^2", sp.atan(r) ** 2, {}),
    ("sigmoid(-m)", sigmoid(-m), {}),
    ("softplus(-m)", softplus(-m), {}),
    ("logaddexp(0, -m)", sp.log(1 + sp.exp(-m)), {}),
    ("logaddexp(x, 2*t)", sp.log(sp.exp(x) + sp.exp(2 * t)), {}),
    ("min(r^2, 2*abs(r) - 1)", sp.Min(r**2, 2 * sp.Abs(r) - 1), {}),
    ("max(0, 1 - m)^2", sp.Max(0, 1 - m) ** 2, {}),
    ("max(0, 1 - m, -m/2)", sp.Max(0, 1 - m, -m / 2), {}),
    ("where(abs(r) <= d, r^2/2, d*(abs(r) - d/2))", sp.Piecewise((r**2 / 2, sp.Abs(r) <= d), (d * (sp.Abs(r) - d / 2), True)), {"d": 1.0}),
    ("where(r > 0, log(r), 0)", sp.Piecewise((sp.log(r), r > 0), (0, True)), {}),
    ("clip(r, -1, 1)^2 + 0.1*r", sp.Min(sp.Max(r, -1), 1) ** 2 + r / 10, {}),
    ("c^2/6 * (1 - (1 - (r/c)^2)^3) * (abs(r) <= c) + c^2/6 * (abs(r) > c)",
     sp.Piecewise((c**2 / 6 * (1 - (1 - (r / c) ** 2) ** 3), sp.Abs(r) <= c), (c**2 / 6, True)), {"c": 4.685}),
    ("2^x * 3^-r", 2**x * sp.Integer(3) ** (-r), {}),
    ("x^x", x**x, {}),
    ("pow(2 + sin(x), cos(x))", (2 + sp.sin(x)) ** sp.cos(x), {}),
    ("-r^2 / (2 * c^2) + pi * e", -(r**2) / (2 * c**2) + sp.pi * sp.E, {"c": 1.2}),
    ("(1 - t) * x + log1p(exp(-x))", (1 - t) * x + sp.log(1 + sp.exp(-x)), {}),
    ("x - (t + 2) * log(x)", x - (t + 2) * sp.log(x), {}),
    ("(r / (1 + abs(r)))^2 / (1 + r^2)", (r / (1 + sp.Abs(r))) ** 2 / (1 + r**2), {}),
    ("where(abs(r) < 10, 10 * log1p(abs(r) / 2), abs(r) - (10 - 10 * log1p(5)))",
     sp.Piecewise((10 * sp.log(1 + sp.Abs(r) / 2), sp.Abs(r) < 10), (sp.Abs(r) - (10 - 10 * sp.log(6)), True)), {}),
]

POINTS = [(-2.3, 0.0), (-0.7, 0.5), (0.35, -1.0), (1.1, 1.0), (2.9, -0.4), (6.5, 1.0), (12.0, 0.5)]


def main():
    records = []
    for text, expression, parameters in FORMULAS:
        bound = expression.subs({sp.Symbol(k, real=True): sp.Float(v, 50) for k, v in parameters.items()})
        first, second = sp.diff(bound, x), sp.diff(bound, x, 2)
        for px, pt in POINTS:
            at = {x: sp.Float(px, 50), t: sp.Float(pt, 50)}
            values = []
            for e in (bound, first, second):
                v = sp.N(e.subs(at), 40)
                values.append(float(v) if v.is_real and v.is_finite else None)
            if any(v is None for v in values):
                continue
            records.append({"formula": text, "parameters": parameters, "x": px, "t": pt,
                            "value": values[0], "first": values[1], "second": values[2]})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "derivatives.json"), "w") as out:
        json.dump({"generator": "derivatives.py", "sympy": sp.__version__, "formulas": len(FORMULAS), "records": records}, out, indent=1)
    print(f"{len(FORMULAS)} formulas, {len(records)} records")


if __name__ == "__main__":
    main()
