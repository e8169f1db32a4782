"""The Python API's eval against the command line's own time, on 10^6-sample numpy arrays.

    .build-wheel/venv/bin/python bench/python_api.py [--runs K]     (make wheel, make python-test first)

`loss_plot.eval(loss, target, pred, ...)` saves both arrays as .npy files, runs the packaged
binary on them and reads its answer back; the command line is the same binary run on the same
.npy files already on disk. Each call is timed from the Python side, median of K runs. The API
must stay under 1.5x the command line's time: the transfer must not be the bottleneck.
Run by `python3 bench/run.py --only python`.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

import loss_plot
from loss_plot._launcher import BINARY, environment

SAMPLES = 10**6
CASES = [
    ("mse", {}),
    ("mse", {"framework": "pytorch"}),
    ("huber", {"framework": "pytorch", "reduction": "none"}),
]


def timed(call, runs: int) -> tuple[float, object]:
    seconds, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = call()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    rng = np.random.default_rng(26)
    target, pred = rng.standard_normal(SAMPLES), rng.standard_normal(SAMPLES)
    print(f"| call on 10^6 samples | command line | loss_plot.eval | ratio |")
    print("|---|---:|---:|---:|")
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="bench-python-") as folder:
        np.save(Path(folder) / "t.npy", target)
        np.save(Path(folder) / "p.npy", pred)
        for loss, options in CASES:
            flags = [f"--{k}={v}" for k, v in options.items()]
            argv = [str(BINARY), "eval", loss, f"--target=@{folder}/t.npy", f"--pred=@{folder}/p.npy", *flags]
            env = environment()
            cli, out = timed(lambda: subprocess.run(argv, capture_output=True, env=env, check=True).stdout, runs)
            api, value = timed(lambda: loss_plot.eval(loss, target, pred, **options), runs)
            expected = np.array([float(v) for v in out.split()])
            assert np.array_equal(np.ravel(value), expected), f"{loss} {options}: the API and the command line differ"
            worst = max(worst, api / cli)
            label = f"{loss} " + " ".join(f"{k}={v}" for k, v in options.items())
            print(f"| {label.strip()} | {cli * 1000:.0f} ms | {api * 1000:.0f} ms | {api / cli:.2f}x |")
    verdict = "PASS" if worst < 1.5 else "FAIL"
    print(f"\n- {verdict} loss_plot.eval takes under 1.5x the command line's time on 10^6 samples: worst {worst:.2f}x")
    sys.exit(0 if verdict == "PASS" else 1)


if __name__ == "__main__":
    main()
