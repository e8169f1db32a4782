"""Reference ticks and labels for TickLocatorTests.swift, from matplotlib itself.

Run with `python3 ticks.py`; it prints Swift literals to paste into the test tables.
Ticks: MaxNLocator(nbins, steps=[1, 2, 2.5, 5, 10]).tick_values(lo, hi), kept where a
matplotlib Axis keeps them (inside [lo, hi] up to 1e-10 of the span). Labels and offset
text: ScalarFormatter's on a real Axis with those ticks and that view.
"""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator

CASES = [
    (-1.1, 1.1, 9),
    (0, 1, 9),
    (-0.2, 0.4, 9),
    (-1.5, 3, 9),
    (0.001, 0.999, 5),
    (1e-7, 3e-7, 9),
    (1e6, 1e6 + 5, 9),
    (-5e8, 2e9, 7),
    (-3.4, 5.4, 9),
    (100, 100.5, 4),
    (0.15, 0.95, 1),
    (0.13, 0.87, 2),
    (-1000.02, -1000.01, 5),
    (99999.2, 100000.7, 9),
    (0, 1e-5, 6),
    (2.5e-5, 7.5e-5, 9),
    (1e3, 1e7, 9),
    (-0.05, 0.05, 3),
    (1017.93, 1018.01, 1),
    (-99409000.0, -99391000.0, 4),
    (-0.0013602, -0.0013593, 2),
    (0.0168637, 0.016865, 5),
    (-9.874930253264638e-05, -9.87492931116974e-05, 1),
]


def swift(x):
    return repr(float(x)).replace("inf", ".infinity")


for lo, hi, n in CASES:
    span = (hi - lo) * 1e-10
    ticks = [t for t in MaxNLocator(nbins=n, steps=[1, 2, 2.5, 5, 10]).tick_values(lo, hi)
             if lo - span <= t <= hi + span]
    fig, ax = plt.subplots()
    ax.set_xlim(lo, hi)
    ax.set_xticks(ticks)
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels()]
    offset = ax.xaxis.get_offset_text().get_text()
    plt.close(fig)
    print(f'    ({swift(lo)}, {swift(hi)}, {n}, [{", ".join(swift(t) for t in ticks)}],')
    print(f'     [{", ".join(chr(34) + s + chr(34) for s in labels)}], "{offset}"),')

# get_tick_space of an axes `w` x `h` pixels in a 640 x 480 figure at 100 dpi.
for w, h in [(496, 369.6), (250, 180), (1500, 900), (40, 30)]:
    fig = plt.figure(figsize=(6.4, 4.8), dpi=100)
    ax = fig.add_axes([0, 0, w / 640, h / 480])
    print(f"    ({w}, {h}, {ax.xaxis.get_tick_space()}, {ax.yaxis.get_tick_space()}),")
    plt.close(fig)
