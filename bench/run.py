#!/usr/bin/env python3
"""Benchmark loss-plot against gnuplot and matplotlib (`make bench`).

    python3 bench/run.py [--runs K] [--quick] [--only article|animation|arrays|formula|fit|contour|python] [--binary PATH]

Three workloads, each tool in its own process and a fresh temporary directory per run, the tools
alternated run by run:
  - the article set: the 11 figures of FIGURES.md, each as a 640x480 PNG and an SVG;
  - the scale sweep: three Pseudo-Huber curves in one PNG, 100 to 10^7 samples per curve;
  - the animation: 60 frames of Huber (delta 0.1 to 3) beside L1 as GIF, WebP, APNG and an HTML
    page, against matplotlib's FuncAnimation + PillowWriter GIF, and the GIF at 10 and 1000 frames.
  - the arrays: `eval l2` of two 10^7 float64 .npy files, against numpy's np.load of the same two
    files (with and without the mean of the squared differences), each a whole process.
  - the formula: Huber as an --expr formula over 10^7 samples with both derivative panels, against the
    catalog's huber kernel doing the same, and numpy evaluating the same formula's value alone
    (sympy lambdify on a 10^7 array, bench/formula/numpy_huber.py).
  - the fit: `fit huber --delta 0.25,1,4` on 10^6 points (a .npy), with and without --scale mad,
    beside statsmodels' RLM (HuberT, the same objective as --scale mad) and scikit-learn's
    HuberRegressor on the same points (bench/fit/peers.py).
  - the contour: Huber over the prediction and delta on a 200 x 200 grid as filled contours with
    labelled lines and a colour bar, against matplotlib's contourf + contour + clabel
    (bench/matplotlib/contour.py).
  - the Python API (--only python, after make python-test): loss_plot.eval on 10^6-sample numpy
    arrays against the packaged binary run on the same .npy files (bench/python_api.py).
Wall time and the child's peak resident memory (wait4's ru_maxrss) are reported as medians.
The report goes to stdout as Markdown and, except with --quick, to bench/results.md; progress
goes to stderr.
"""

import argparse
import importlib.util
import os
import platform
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results.md"

FIGURES = (
    "l1-l2", "huber", "pseudo-huber", "regression", "msle", "hinge", "binary-cross-entropy",
    "sigmoid-cross-entropy", "classification", "softmax-cross-entropy", "kl-divergence",
)
SWEEP_SIZES = (100, 10**4, 10**6, 10**7)
LARGEST_SWEEP_RUNS = 3
TIMEOUT_SECONDS = 300


class BenchError(Exception):
    """A peer or loss-plot failed; the message says which and why."""


@dataclass
class Sample:
    seconds: float
    peak_kib: int


@dataclass
class Tool:
    name: str
    article: list  # argv with "{dir}" in place of the output directory
    sweep: list  # argv with "{n}" and "{out}"

    def article_argv(self, out_dir):
        return [arg.replace("{dir}", str(out_dir)) for arg in self.article]

    def sweep_argv(self, samples, out):
        return [arg.replace("{n}", str(samples)).replace("{out}", str(out)) for arg in self.sweep]


# --- Setup


def progress(message):
    print(message, file=sys.stderr, flush=True)


def ensure_peers():
    """Installs gnuplot, matplotlib and sympy (the formula's numpy peer) when they are missing."""
    if shutil.which("gnuplot") is None:
        progress("gnuplot not found: installing gnuplot-nox")
        apt = ["apt-get", "install", "-y", "gnuplot-nox"]
        if os.geteuid() != 0:
            apt.insert(0, "sudo")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        if subprocess.run(apt, env=env).returncode != 0:
            update = apt[:-3] + ["update"]
            subprocess.run(update, env=env, check=True)
            subprocess.run(apt, env=env, check=True)
    for module in ("matplotlib", "sympy", "statsmodels", "sklearn"):
        if importlib.util.find_spec(module) is None:
            progress(f"{module} not importable: installing it with pip")
            subprocess.run([sys.executable, "-m", "pip", "install", "scikit-learn" if module == "sklearn" else module], check=True)


def locate_loss_plot(explicit):
    """Returns the release binary, building it first when it is absent."""
    if explicit:
        binary = Path(explicit).resolve()
        if not os.access(binary, os.X_OK):
            sys.exit(f"error: --binary {explicit} is not an executable file.")
        return binary
    binary = ROOT / ".build" / "release" / "loss-plot"
    if not binary.exists():
        progress(f"{binary.relative_to(ROOT)} not found: running swift build -c release")
        try:
            status = subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT).returncode
        except FileNotFoundError:
            sys.exit("error: loss-plot is not built and `swift` is not on PATH; "
                     "install a Swift toolchain, then rerun `make bench`.")
        if status != 0 or not binary.exists():
            sys.exit(f"error: `swift build -c release` failed (exit {status}), so there is no "
                     f"{binary.relative_to(ROOT)} to benchmark; fix the build, "
                     "then rerun `make bench`.")
    return binary


def tools(binary):
    python = sys.executable
    return [
        Tool("loss-plot",
             [str(binary), "batch", "--out-dir", "{dir}", "--format", "png,svg", "--only", ",".join(FIGURES)],
             [str(binary), "pseudo-huber", "--delta", "0.25,1,2", "--range", "-2:2",
              "--samples", "{n}", "--out", "{out}"]),
        Tool("gnuplot",
             ["gnuplot", "-e", "outdir='{dir}'", str(BENCH / "gnuplot" / "article.gp")],
             ["gnuplot", "-e", "n={n}; out='{out}'", str(BENCH / "gnuplot" / "sweep.gp")]),
        Tool("matplotlib",
             [python, str(BENCH / "matplotlib" / "article.py"), "{dir}"],
             [python, str(BENCH / "matplotlib" / "sweep.py"), "{n}", "{out}"]),
    ]


# --- Measuring


def measure(argv, timeout=TIMEOUT_SECONDS):
    """Runs argv once; returns its wall time and peak RSS, or None if it ran past the timeout."""
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        try:
            child = subprocess.Popen(argv, cwd=ROOT, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=stderr)
        except FileNotFoundError:
            raise BenchError(f"{argv[0]} not found")
        # A pidfd becomes readable when the child exits, and signalling through it cannot hit a
        # recycled pid; the child is reaped only after, by wait4, which also reports its rusage.
        pidfd = os.pidfd_open(child.pid)
        try:
            exited, _, _ = select.select([pidfd], [], [], timeout)
            if not exited:
                signal.pidfd_send_signal(pidfd, signal.SIGKILL)
        finally:
            os.close(pidfd)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if not exited:
            return None
        if child.returncode != 0:
            stderr.seek(0)
            tail = stderr.read().decode(errors="replace").strip()[-2000:]
            raise BenchError(f"`{' '.join(argv)}` exited with {child.returncode}:\n{tail}")
    return Sample(seconds, usage.ru_maxrss)  # KiB on Linux


def check_article_output(tool, out_dir):
    """Returns the total size of the tool's 11 PNGs, after checking every figure was written."""
    missing = [f"{name}.{ext}" for name in FIGURES for ext in ("png", "svg")
               if not (out_dir / f"{name}.{ext}").is_file()]
    if missing:
        shown = ", ".join(missing[:4]) + (", ..." if len(missing) > 4 else "")
        raise BenchError(f"{tool.name} did not write {len(missing)} of the {2 * len(FIGURES)} "
                         f"expected files in {out_dir}: {shown}")
    return sum((out_dir / f"{name}.png").stat().st_size for name in FIGURES)


def pngcairo_bytes():
    """The 11 PNGs of gnuplot's pngcairo terminal (bench/gnuplot/article_pngcairo.sh), in bytes."""
    with tempfile.TemporaryDirectory(prefix="bench-pngcairo-") as tmp:
        if measure(["sh", str(BENCH / "gnuplot" / "article_pngcairo.sh"), tmp]) is None:
            raise BenchError("gnuplot's pngcairo set timed out")
        return check_article_output(Tool("gnuplot pngcairo", [], []), Path(tmp))


def bench_article(tools, runs):
    samples = {tool.name: [] for tool in tools}
    png_bytes = {}
    for run in range(1, runs + 1):
        for tool in tools:
            with tempfile.TemporaryDirectory(prefix=f"bench-{tool.name}-") as tmp:
                out_dir = Path(tmp)
                sample = measure(tool.article_argv(out_dir))
                if sample is None:
                    raise BenchError(
                        f"{tool.name} took over {TIMEOUT_SECONDS} s on the article set")
                png_bytes[tool.name] = check_article_output(tool, out_dir)
            samples[tool.name].append(sample)
            progress(f"article  run {run}/{runs}  {tool.name:<10} {format_seconds(sample.seconds)}")
    png_bytes["gnuplot pngcairo"] = pngcairo_bytes()
    return {name: summarize(s) for name, s in samples.items()}, png_bytes


def bench_sweep(tools, runs, sizes):
    """Returns {n: {tool: Sample of medians, or None after a timeout}}."""
    results = {}
    for n in sizes:
        runs_n = min(runs, LARGEST_SWEEP_RUNS) if n >= 10**7 else runs
        samples = {tool.name: [] for tool in tools}
        timed_out = set()
        for run in range(1, runs_n + 1):
            for tool in tools:
                if tool.name in timed_out:
                    continue
                with tempfile.TemporaryDirectory(prefix=f"bench-{tool.name}-") as tmp:
                    out = Path(tmp) / "sweep.png"
                    sample = measure(tool.sweep_argv(n, out))
                    if sample is not None and not out.is_file():
                        raise BenchError(f"{tool.name} did not write {out.name} at n = {n}")
                if sample is None:
                    timed_out.add(tool.name)
                    progress(f"sweep    n={n:<9} run {run}/{runs_n}  {tool.name:<10} timeout")
                    continue
                samples[tool.name].append(sample)
                progress(f"sweep    n={n:<9} run {run}/{runs_n}  {tool.name:<10} "
                         f"{format_seconds(sample.seconds)}")
        results[n] = {name: None if name in timed_out else summarize(s)
                      for name, s in samples.items()}
    return results


def summarize(samples):
    return Sample(statistics.median(s.seconds for s in samples),
                  max(s.peak_kib for s in samples))


ANIMATION = ["huber", "l1", "--range", "-4:4", "--samples", "400", "--ylim", "0:5"]
ANIMATION_FRAMES = 60
ANIMATION_FORMATS = ("gif", "webp", "apng", "html")
FLAT_FRAMES = (10, 1000)


def bench_animation(binary, runs):
    """Returns ({name: Sample}, {name: bytes}, {frames: Sample}) for the animation workload."""
    argv = {f"loss-plot {fmt}": [str(binary)] + ANIMATION + ["--animate", f"delta=0.1:3:{ANIMATION_FRAMES}",
                                                            "--out", "{out}." + fmt]
            for fmt in ANIMATION_FORMATS}
    argv["matplotlib gif"] = [sys.executable, str(BENCH / "matplotlib" / "animation.py"), "{out}.gif"]
    samples = {name: [] for name in argv}
    sizes = {}
    for run in range(1, runs + 1):
        for name, command in argv.items():
            with tempfile.TemporaryDirectory(prefix="bench-animation-") as tmp:
                out = Path(tmp) / "huber"
                ext = command[-1].rsplit(".", 1)[1]
                sample = measure([arg.replace("{out}", str(out)) for arg in command])
                written = out.with_suffix("." + ext)
                if sample is None or not written.is_file():
                    raise BenchError(f"{name} did not write its animation")
                sizes[name] = written.stat().st_size
            samples[name].append(sample)
            progress(f"animation run {run}/{runs}  {name:<15} {format_seconds(sample.seconds)}")
    flat = {}
    for frames in FLAT_FRAMES:
        runs_n = min(runs, 3)
        found = []
        for run in range(1, runs_n + 1):
            with tempfile.TemporaryDirectory(prefix="bench-animation-") as tmp:
                sample = measure([str(binary)] + ANIMATION + ["--animate", f"delta=0.1:3:{frames}",
                                                              "--out", str(Path(tmp) / "n.gif")])
            if sample is None:
                raise BenchError(f"loss-plot took over {TIMEOUT_SECONDS} s for {frames} frames")
            found.append(sample)
            progress(f"animation {frames} frames run {run}/{runs_n}  {format_seconds(sample.seconds)}")
        flat[frames] = summarize(found)
    return {name: summarize(s) for name, s in samples.items()}, sizes, flat


def measure_all(label, argv, runs, out_name=None):
    """Each command of argv ({name: argv}) `runs` times, alternating, each in a fresh temporary
    directory when `out_name` is given ("{out}" in its arguments becomes a file there); returns
    {name: Sample} of medians."""
    samples = {name: [] for name in argv}
    for run in range(1, runs + 1):
        for name, command in argv.items():
            with tempfile.TemporaryDirectory(prefix=f"bench-{label}-") as tmp:
                out = str(Path(tmp) / out_name) if out_name else ""
                sample = measure([arg.replace("{out}", out) for arg in command])
            if sample is None:
                raise BenchError(f"{name} took over {TIMEOUT_SECONDS} s")
            samples[name].append(sample)
            progress(f"{label} run {run}/{runs}  {name:<36} {format_seconds(sample.seconds)}")
    return {name: summarize(s) for name, s in samples.items()}


ARRAY_SIZE = 10**7
NUMPY_LOAD = "import numpy as np, sys; a = np.load(sys.argv[1]); b = np.load(sys.argv[2])"


def bench_arrays(binary, runs):
    """Returns {name: Sample} for reading two 10^7 float64 .npy files (and their MSE) per tool."""
    import numpy as np
    with tempfile.TemporaryDirectory(prefix="bench-arrays-") as tmp:
        rng = np.random.default_rng(0)
        a, b = Path(tmp) / "target.npy", Path(tmp) / "pred.npy"
        np.save(a, rng.standard_normal(ARRAY_SIZE))
        np.save(b, rng.standard_normal(ARRAY_SIZE))
        argv = {
            "loss-plot eval l2": [str(binary), "eval", "l2", "--target", f"@{a}", "--pred", f"@{b}", "--framework", "keras"],
            "numpy load + mean": [sys.executable, "-c", NUMPY_LOAD + "; print(np.mean((b - a) ** 2))", str(a), str(b)],
            "numpy load only": [sys.executable, "-c", NUMPY_LOAD, str(a), str(b)],
            "python + import numpy": [sys.executable, "-c", "import numpy"],
        }
        return measure_all("arrays", argv, runs)


def arrays_report(arrays):
    lp, load = arrays["loss-plot eval l2"], arrays["numpy load only"]
    lines = [
        "### Arrays: two 10^7 float64 .npy files (76 MiB each)",
        "",
        "`loss-plot eval l2 --target @target.npy --pred @pred.npy --framework keras` against `np.load` of the same "
        "two files in a Python process, with and without `np.mean((b - a) ** 2)`; each row a whole process.",
        "",
        "| tool | median time | peak memory |",
        "|---|---:|---:|",
    ] + [f"| {name} | {format_seconds(s.seconds)} | {format_mib(s.peak_kib)} |" for name, s in arrays.items()]
    return lines + ["", f"loss-plot (read both and reduce) / numpy (np.load both, nothing else): {lp.seconds / load.seconds:.2f}x."]


def arrays_checks(arrays):
    lp, load = arrays["loss-plot eval l2"], arrays["numpy load only"]
    return [check(lp.seconds <= load.seconds,
                  f"reading two 10^7 .npy files and reducing them takes no longer than numpy's np.load of them alone: "
                  f"{format_seconds(lp.seconds)} vs {format_seconds(load.seconds)}")]


HUBER_FORMULA = "where(abs(r) <= d, r^2/2, d*(abs(r) - d/2))"
FORMULA_SAMPLES = 10**7


def bench_formula(binary, runs):
    """Returns {name: Sample}: a formula's sweep with derivatives, the catalog kernel's, numpy's value alone."""
    common = ["--samples", str(FORMULA_SAMPLES), "--range", "-3:3", "--derivative", "1,2", "--out", "{out}"]
    argv = {
        "loss-plot --expr (value, 1st, 2nd)": [str(binary), "--expr", HUBER_FORMULA, "--param", "d=1"] + common,
        "loss-plot huber (value, 1st, 2nd)": [str(binary), "huber", "--delta", "1"] + common,
        "numpy + sympy lambdify (value)": [sys.executable, str(BENCH / "formula" / "numpy_huber.py"), str(FORMULA_SAMPLES)],
    }
    return measure_all("formula", argv, runs, out_name="f.png")


def formula_report(formula):
    lines = [
        "### Formula: Huber as `--expr` over 10^7 samples",
        "",
        f"`loss-plot --expr '{HUBER_FORMULA}' --param d=1 --samples 10000000 --range -3:3 --derivative 1,2 --out f.png` "
        "against `loss-plot huber --delta 1` with the same flags, and numpy evaluating the same formula's value alone "
        "(`bench/formula/numpy_huber.py`: sympy's Piecewise lambdified to numpy on `np.linspace(-3, 3, 10**7)`); each a whole process.",
        "",
        "| tool | median time | peak memory |",
        "|---|---:|---:|",
    ] + [f"| {name} | {format_seconds(s.seconds)} | {format_mib(s.peak_kib)} |" for name, s in formula.items()]
    expr, huber, numpy = formula.values()
    return lines + ["", f"formula / catalog kernel: {expr.seconds / huber.seconds:.2f}x; numpy (value alone) / formula (value and both derivatives, drawn): {numpy.seconds / expr.seconds:.2f}x."]


def formula_checks(formula):
    expr, huber, numpy = formula.values()
    return [check(expr.seconds <= 3 * huber.seconds,
                  f"a formula with both derivatives over 10^7 samples within 3x of the catalog's kernel: {expr.seconds / huber.seconds:.2f}x"),
            check(expr.seconds < numpy.seconds,
                  f"the formula with both derivatives, drawn, is faster than numpy's value alone: {format_seconds(expr.seconds)} vs {format_seconds(numpy.seconds)}")]


FIT_POINTS = 10**6


def bench_fit(binary, runs):
    """Returns {name: Sample}: loss-plot fit against statsmodels' RLM and scikit-learn's HuberRegressor."""
    import numpy as np
    with tempfile.TemporaryDirectory(prefix="bench-fit-") as tmp:
        rng = np.random.default_rng(1)
        x = rng.uniform(0, 10, FIT_POINTS)
        y = 2 * x + 1 + rng.normal(0, 0.5, FIT_POINTS)
        outliers = rng.random(FIT_POINTS) < 0.05
        y[outliers] += rng.uniform(15, 25, outliers.sum())
        points = Path(tmp) / "points.npy"
        np.save(points, np.c_[x, y])
        common = [str(binary), "fit", "huber", "--delta", "0.25,1,4", "--data", str(points), "--out", str(Path(tmp) / "fit.json")]
        argv = {
            "loss-plot fit (data units)": common,
            "loss-plot fit --scale mad": common + ["--scale", "mad"],
            "statsmodels RLM (HuberT, MAD)": [sys.executable, str(BENCH / "fit" / "peers.py"), "statsmodels", str(points)],
            "scikit-learn HuberRegressor": [sys.executable, str(BENCH / "fit" / "peers.py"), "sklearn", str(points)],
        }
        return measure_all("fit", argv, runs)


def fit_report(fit):
    plain, mad, statsmodels, sklearn = fit.values()
    lines = [
        "### Fit: `fit huber --delta 0.25,1,4` on 10^6 points",
        "",
        "Three lines on the same 10^6 points (y = 2x + 1 + noise, 5% raised by 15 to 25, a `.npy`); each row a whole process. "
        "`--scale mad` is statsmodels' RLM algorithm (HuberT, MAD scale, the same coefficients); scikit-learn's HuberRegressor "
        "estimates the scale jointly, a different objective, on the same points.",
        "",
        "| tool | median time | peak memory |",
        "|---|---:|---:|",
    ] + [f"| {name} | {format_seconds(s.seconds)} | {format_mib(s.peak_kib)} |" for name, s in fit.items()]
    return lines + ["", f"statsmodels / loss-plot --scale mad: {statsmodels.seconds / mad.seconds:.1f}x; "
                        f"scikit-learn / loss-plot: {sklearn.seconds / plain.seconds:.1f}x."]


def fit_checks(fit):
    plain, mad, statsmodels, sklearn = fit.values()
    return [check(statsmodels.seconds >= 10 * mad.seconds,
                  f"fit --scale mad at least 10x faster than statsmodels' RLM on 10^6 points: {statsmodels.seconds / mad.seconds:.1f}x")]


def bench_contour(binary, runs):
    """Returns {name: Sample} for a 200 x 200 contour figure, loss-plot and matplotlib."""
    argv = {
        "loss-plot --y": [str(binary), "huber", "--y", "delta=0.1:3:200", "--samples", "200", "--range", "-3:3", "--out", "{out}"],
        "matplotlib contourf": [sys.executable, str(BENCH / "matplotlib" / "contour.py"), "{out}"],
    }
    return measure_all("contour", argv, runs, out_name="c.png")


def contour_report(contour):
    ours, theirs = contour.values()
    return ["### Contour: Huber over the prediction and δ, a 200 x 200 grid",
            "",
            "`loss-plot huber --y delta=0.1:3:200 --samples 200 --range -3:3 --out c.png` against matplotlib's contourf + contour + "
            "clabel + colorbar of the same grid (`bench/matplotlib/contour.py`), 640x480 PNG; each a whole process.",
            "",
            "| tool | median time | peak memory |",
            "|---|---:|---:|"] + [f"| {name} | {format_seconds(s.seconds)} | {format_mib(s.peak_kib)} |" for name, s in contour.items()] + [
            "", f"matplotlib / loss-plot: {theirs.seconds / ours.seconds:.1f}x."]


def contour_checks(contour):
    ours, theirs = contour.values()
    return [check(ours.seconds < theirs.seconds, f"a 200 x 200 contour figure faster than matplotlib's: {theirs.seconds / ours.seconds:.1f}x")]


def animation_checks(animation, sizes, flat):
    ours, peer = animation["loss-plot gif"], animation["matplotlib gif"]
    small, large = flat[FLAT_FRAMES[0]], flat[FLAT_FRAMES[-1]]
    return [
        check(peer.seconds >= 20 * ours.seconds,
              f"animation: loss-plot GIF >= 20x faster than matplotlib ({peer.seconds / ours.seconds:.1f}x)"),
        check(3 * sizes["loss-plot gif"] <= sizes["matplotlib gif"],
              f"animation: loss-plot GIF <= 1/3 of matplotlib's bytes "
              f"({sizes['loss-plot gif']:,} vs {sizes['matplotlib gif']:,})"),
        check(large.peak_kib <= small.peak_kib + 16 * 1024,
              f"animation: peak memory flat from {FLAT_FRAMES[0]} to {FLAT_FRAMES[-1]} frames, within 16 MiB "
              f"({format_mib(small.peak_kib)} vs {format_mib(large.peak_kib)})"),
    ]


def animation_report(animation, sizes, flat):
    lines = [
        f"### Animation: {ANIMATION_FRAMES} frames of Huber (δ from 0.1 to 3) beside L1, 640x480, 20 frames per second",
        "",
        "`loss-plot " + " ".join(ANIMATION) + f" --animate delta=0.1:3:{ANIMATION_FRAMES} --out huber.EXT`; "
        "matplotlib: `bench/matplotlib/animation.py` (FuncAnimation + PillowWriter).",
        "",
        "| tool | file | median time | frames per second | peak memory | bytes |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for name, s in animation.items():
        tool, fmt = name.split(" ")
        fmt = "HTML page" if fmt == "html" else fmt.upper()
        lines.append(f"| {tool} | {fmt} | {format_seconds(s.seconds)} | {ANIMATION_FRAMES / s.seconds:.0f} "
                     f"| {format_mib(s.peak_kib)} | {sizes[name]:,} |")
    lines += ["", "loss-plot GIF by frame count (memory stays flat: frames stream to the encoder):", "",
              "| frames | median time | peak memory |", "|---:|---:|---:|"]
    for frames, s in flat.items():
        lines.append(f"| {frames:,} | {format_seconds(s.seconds)} | {format_mib(s.peak_kib)} |")
    return lines


# --- Reporting


def format_seconds(seconds):
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def format_mib(kib):
    return f"{kib / 1024:.1f} MiB"


def command_output(argv):
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else None


def machine():
    cpu = "unknown CPU"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    system = platform.system()
    try:
        system = platform.freedesktop_os_release()["PRETTY_NAME"]
    except (OSError, KeyError):
        pass
    cores = len(os.sched_getaffinity(0))
    return f"{cores} cores (nproc), {cpu}, {system}, kernel {platform.release()}"


def versions(binary):
    found = [
        ("loss-plot", command_output([str(binary), "--version"])),
        ("gnuplot", command_output(["gnuplot", "--version"])),
        ("matplotlib", command_output([sys.executable, "-c",
                                       "import matplotlib; print(matplotlib.__version__)"])),
        ("Python", platform.python_version()),
    ]
    return ", ".join(f"{name} {version.removeprefix('gnuplot ')}"
                     for name, version in found if version)


def check(passed, text):
    verdict = "SKIP" if passed is None else "PASS" if passed else "FAIL"
    return f"{verdict} {text}"


def target_checks(article, png_bytes, sweep):
    lp, gp, mp = article["loss-plot"], article["gnuplot"], article["matplotlib"]
    lines = [
        check(3 * lp.seconds <= gp.seconds,
              f"article set: loss-plot time <= 1/3 of gnuplot's "
              f"({format_seconds(lp.seconds)} vs {format_seconds(gp.seconds)})"),
        check(mp.seconds >= 30 * lp.seconds,
              f"article set: loss-plot >= 30x faster than matplotlib "
              f"({mp.seconds / lp.seconds:.1f}x)"),
        check(png_bytes["loss-plot"] <= png_bytes["gnuplot"],
              f"article set: loss-plot PNG bytes <= gnuplot's "
              f"({png_bytes['loss-plot']:,} vs {png_bytes['gnuplot']:,})"),
        check(png_bytes["loss-plot"] <= png_bytes["gnuplot pngcairo"],
              f"article set: loss-plot PNG bytes <= gnuplot pngcairo's (bench/gnuplot/article_pngcairo.sh) "
              f"({png_bytes['loss-plot']:,} vs {png_bytes['gnuplot pngcairo']:,})"),
    ]
    largest = sweep.get(10**7, {}).get("loss-plot")
    reference = sweep.get(10**6, {}).get("gnuplot")
    if largest is None or reference is None:
        lines.append(check(None, "sweep: loss-plot at 10^7 <= 0.2x gnuplot's time at 10^6 "
                                 "(no measurement)"))
        lines.append(check(None, "sweep: loss-plot peak memory at 10^7 < 64 MiB (no measurement)"))
    else:
        lines.append(check(largest.seconds <= 0.2 * reference.seconds,
                           f"sweep: loss-plot at 10^7 <= 0.2x gnuplot's time at 10^6 "
                           f"({format_seconds(largest.seconds)} vs "
                           f"{format_seconds(reference.seconds)})"))
        lines.append(check(largest.peak_kib < 64 * 1024,
                           f"sweep: loss-plot peak memory at 10^7 < 64 MiB "
                           f"({format_mib(largest.peak_kib)})"))
    return lines


def report(binary, runs, quick, article, png_bytes, sweep, checks, animation_lines):
    names = list(article)
    lp, gp, mp = article["loss-plot"], article["gnuplot"], article["matplotlib"]
    largest_note = ""
    if 10**7 in sweep and runs > LARGEST_SWEEP_RUNS:
        largest_note = f" ({LARGEST_SWEEP_RUNS} runs at 10^7)"
    lines = [
        "## Benchmark",
        "",
        f"Machine: {machine()}.  ",
        f"Versions: {versions(binary)}.  ",
        f"Median of {runs} alternating run{'s' if runs > 1 else ''} per tool"
        f"{' (--quick smoke run)' if quick else ''}; peak memory is the child's maximum RSS, "
        "the largest over the runs.",
        "",
        "### Article set: 11 figures, each as a 640x480 PNG and an SVG, one process per tool",
        "",
        "| tool | median time | peak memory | PNG bytes (11 figures) |",
        "|---|---:|---:|---:|",
    ]
    for name in names:
        s = article[name]
        lines.append(f"| {name} | {format_seconds(s.seconds)} | {format_mib(s.peak_kib)} "
                     f"| {png_bytes[name]:,} |")
    lines += [
        "",
        f"loss-plot / gnuplot time: {lp.seconds / gp.seconds:.2f}x; "
        f"matplotlib / loss-plot time: {mp.seconds / lp.seconds:.1f}x.",
        "",
        "### Scale sweep: three Pseudo-Huber curves in one 640x480 PNG",
        "",
        f"Median time and peak memory{largest_note}; timeout after {TIMEOUT_SECONDS} s.",
        "",
        "| samples per curve | " + " | ".join(names) + " |",
        "|---:|" + "---:|" * len(names),
    ]
    for n, by_tool in sweep.items():
        cells = ["timeout" if s is None
                 else f"{format_seconds(s.seconds)}, {format_mib(s.peak_kib)}"
                 for s in (by_tool[name] for name in names)]
        lines.append(f"| {n:,} | " + " | ".join(cells) + " |")
    lines += [""] + animation_lines
    lines += ["", "### Targets", ""] + [f"- {line}" for line in checks]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, metavar="K",
                        help="timed runs per tool and workload (default 5; at most 3 at 10^7)")
    parser.add_argument("--quick", action="store_true",
                        help="smoke test: 1 run each, no 10^7 sweep, bench/results.md untouched")
    parser.add_argument("--only", choices=["article", "animation", "arrays", "formula", "fit", "contour", "python"],
                        help="run one workload only and print its section; bench/results.md untouched")
    parser.add_argument("--binary", metavar="PATH",
                        help="loss-plot executable to benchmark (default .build/release/loss-plot)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error(f"--runs must be at least 1, got {args.runs}.")
    runs = 1 if args.quick else args.runs
    sizes = tuple(n for n in SWEEP_SIZES if not (args.quick and n >= 10**7))

    if args.only == "python":
        # The wheel's API against its own binary, in the venv make python-test installed it into.
        venv_python = ROOT / ".build-wheel" / "venv" / "bin" / "python"
        if not venv_python.exists():
            sys.exit("error: --only python needs the wheel installed: run make python-test first")
        sys.exit(subprocess.run([str(venv_python), str(ROOT / "bench" / "python_api.py"), "--runs", str(runs)]).returncode)
    ensure_peers()
    binary = locate_loss_plot(args.binary)
    # One workload alone: (run it, its report, its checks), the results passed to both.
    single = {
        "animation": (lambda: bench_animation(binary, runs), animation_report, animation_checks),
        "contour": (lambda: (bench_contour(binary, runs),), contour_report, contour_checks),
        "fit": (lambda: (bench_fit(binary, runs),), fit_report, fit_checks),
        "formula": (lambda: (bench_formula(binary, runs),), formula_report, formula_checks),
        "arrays": (lambda: (bench_arrays(binary, runs),), arrays_report, arrays_checks),
    }
    if args.only in single:
        run_workload, report_lines, check_lines = single[args.only]
        try:
            results = run_workload()
        except BenchError as error:
            sys.exit(f"error: {error}")
        print("\n".join(report_lines(*results) + [""] + [f"- {line}" for line in check_lines(*results)]))
        return
    peers = tools(binary)
    if args.only == "article":
        try:
            article, png_bytes = bench_article(peers, runs)
        except BenchError as error:
            sys.exit(f"error: {error}")
        checks = target_checks(article, png_bytes, {})[:4]
        lp, gp, mp = article["loss-plot"], article["gnuplot"], article["matplotlib"]
        lines = ["| tool | median time | peak memory | PNG bytes (11 figures) |", "|---|---:|---:|---:|"]
        lines += [f"| {name} | {format_seconds(s.seconds)} | {format_mib(s.peak_kib)} | {png_bytes[name]:,} |"
                  for name, s in article.items()]
        lines += ["", f"loss-plot / gnuplot time: {lp.seconds / gp.seconds:.2f}x; "
                      f"matplotlib / loss-plot time: {mp.seconds / lp.seconds:.1f}x.", ""]
        print("\n".join(lines + [f"- {line}" for line in checks]))
        return
    try:
        article, png_bytes = bench_article(peers, runs)
        sweep = bench_sweep(peers, runs, sizes)
        animation, animation_sizes, flat = bench_animation(binary, runs)
        arrays = bench_arrays(binary, runs)
        formula = bench_formula(binary, runs)
        fit = bench_fit(binary, runs)
        contour = bench_contour(binary, runs)
    except BenchError as error:
        sys.exit(f"error: {error}")

    checks = (target_checks(article, png_bytes, sweep) + animation_checks(animation, animation_sizes, flat)
              + arrays_checks(arrays) + formula_checks(formula) + fit_checks(fit)
              + contour_checks(contour))
    text = report(binary, runs, args.quick, article, png_bytes, sweep, checks,
                  animation_report(animation, animation_sizes, flat) + [""] + arrays_report(arrays)
                  + [""] + formula_report(formula) + [""] + fit_report(fit) + [""] + contour_report(contour))
    print(text, end="")
    if args.quick:
        progress("--quick: bench/results.md left unchanged")
    else:
        RESULTS.write_text(text)
        progress(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
