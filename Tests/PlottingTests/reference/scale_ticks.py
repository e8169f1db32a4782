"""Reference ticks and labels for ScaleTickTests.swift, from matplotlib itself.

Run with `python3 scale_ticks.py`; it prints Swift literals to paste into the test tables.
Each case is an x axis `width` pixels long (in a figure 1000 px wide at 100 dpi, 10 pt labels)
showing [lo, hi] on a log, symlog or logit scale with matplotlib's default locators and
formatters. Printed: the axis's tick space, the major and minor ticks it draws (Axis._update_ticks),
and the major labels and minor labels with their mathtext turned into what loss-plot draws:
$\\mathdefault{10^{-3}}$ -> 10⁻³, 2\\times10^{1} -> 2×10¹, \\frac{1}{2} -> ½, 1-10^{-2} -> 1−10⁻².
"""
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

matplotlib.rcParams["font.size"] = 10

CASES = [
    ("log", None, 1e-6, 1.0, 500),
    ("log", None, 1e-6, 1.0, 150),
    ("log", None, 0.5, 2000.0, 500),
    ("log", None, 1e-200, 1e200, 500),
    ("log", None, 3e-3, 40.0, 500),
    ("log", None, 2.0, 30.0, 500),
    ("log", None, 0.1, 1.0, 500),
    ("log", None, 1e-12, 1e-3, 500),
    ("log", None, 1.0, 1e15, 300),
    ("symlog", 1.0, -100.0, 100.0, 500),
    ("symlog", 1.0, -6.0, 6.0, 500),
    ("symlog", 1.0, 0.0, 1e6, 500),
    ("symlog", 0.1, -2.0, 50.0, 500),
    ("symlog", 1.0, -1e12, 1e12, 500),
    ("logit", None, 1e-4, 1 - 1e-4, 500),
    ("logit", None, 0.01, 0.99, 500),
    ("logit", None, 1e-6, 0.5, 500),
    ("logit", None, 0.2, 0.8, 500),
    ("logit", None, 1e-9, 1 - 1e-9, 200),
]

SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def plain(label):
    s = label.strip("$").replace(r"\mathdefault{", "")
    if s.endswith("}"):
        s = s[:-1]
    s = s.replace(r"\frac{1}{2}", "½").replace(r"\times", "×").replace(r"\cdot", "·")
    s = re.sub(r"\^\{(-?\d+)\}", lambda m: m.group(1).translate(SUPERSCRIPT), s)
    return s.replace("-", "−")


def swift(x):
    return repr(float(x))


for scale, linthresh, lo, hi, width in CASES:
    fig = plt.figure(figsize=(10, 4), dpi=100)
    ax = fig.add_axes([0.05, 0.2, width / 1000, 0.6])
    if scale == "symlog":
        ax.set_xscale("symlog", linthresh=linthresh)
    else:
        ax.set_xscale(scale)
    ax.set_xlim(lo, hi)
    fig.canvas.draw()
    drawn = ax.xaxis._update_ticks()
    majors = [t for t in drawn if t in ax.xaxis.majorTicks]
    minors = [t for t in drawn if t not in ax.xaxis.majorTicks]
    space = ax.xaxis.get_tick_space()
    plt.close(fig)
    print(f'    ScaleTickCase("{scale}", {swift(linthresh or 1)}, {swift(lo)}, {swift(hi)}, space: {space},')
    print(f'        major: [{", ".join(swift(t.get_loc()) for t in majors)}],')
    print(f'        labels: [{", ".join(chr(34) + plain(t.label1.get_text()) + chr(34) for t in majors)}],')
    print(f'        minor: [{", ".join(swift(t.get_loc()) for t in minors)}],')
    print(f'        minorLabels: [{", ".join(chr(34) + plain(t.label1.get_text()) + chr(34) for t in minors)}]),')
