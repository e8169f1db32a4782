#!/usr/bin/env python3
"""Two builds of loss-plot side by side, run for run, on the workloads of `make bench`: the
article set (11 figures, PNG and SVG), a 10^7-sample figure and a 60-frame GIF. Prints each
build's median wall time and peak memory, and the ratio NEW / OLD.

    python3 bench/compare.py OLD NEW [--runs K] [--instructions]

OLD and NEW are loss-plot binaries (e.g. a release build of main copied aside, and
.build/release/loss-plot). The builds alternate within each run, so a change in the machine's
load falls on both. --instructions counts each workload's instructions once per build under
`valgrind --tool=callgrind` instead: the same count every time, whatever the machine's load.
"""
import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402


def workloads(binary):
    """name -> argv with "{dir}" for a scratch folder."""
    return {
        "article set": [binary, "batch", "--out-dir", "{dir}", "--format", "png,svg", "--only", ",".join(bench.FIGURES)],
        "10^7 samples": [binary, "pseudo-huber", "--delta", "0.25,1,2", "--range", "-2:2",
                         "--samples", "10000000", "--out", "{dir}/sweep.png"],
        "60-frame GIF": [binary] + bench.ANIMATION + ["--animate", f"delta=0.1:3:{bench.ANIMATION_FRAMES}",
                                                      "--out", "{dir}/huber.gif"],
    }


def instructions(argv):
    """The instructions callgrind counts for argv, all threads."""
    with tempfile.TemporaryDirectory(prefix="bench-callgrind-") as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + argv, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        total = 0
        for path in Path(tmp).glob("callgrind.out*"):
            m = re.search(r"^summary: (\d+)", path.read_text(errors="replace"), re.M)
            total += int(m.group(1)) if m else 0
        return total


def compare_instructions(builds):
    print("| workload (callgrind) | old instructions | new instructions | new / old |")
    print("|---|---:|---:|---:|")
    for workload in workloads("x"):
        counts = {}
        for build, binary in builds.items():
            with tempfile.TemporaryDirectory(prefix="bench-compare-") as tmp:
                counts[build] = instructions([a.replace("{dir}", tmp) for a in workloads(binary)[workload]])
        print(f"| {workload} | {counts['old'] / 1e6:,.0f} M | {counts['new'] / 1e6:,.0f} M | {counts['new'] / counts['old']:.3f} |",
              flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--runs", type=int, default=7, metavar="K")
    parser.add_argument("--instructions", action="store_true", help="count instructions under callgrind instead of timing")
    args = parser.parse_args()
    builds = {"old": str(Path(args.old).resolve()), "new": str(Path(args.new).resolve())}
    if args.instructions:
        return compare_instructions(builds)
    samples = {(w, b): [] for w in workloads("x") for b in builds}
    for run in range(args.runs):
        for workload in workloads("x"):
            order = ["old", "new"] if run % 2 == 0 else ["new", "old"]
            for build in order:
                with tempfile.TemporaryDirectory(prefix="bench-compare-") as tmp:
                    argv = [a.replace("{dir}", tmp) for a in workloads(builds[build])[workload]]
                    sample = bench.measure(argv)
                    if sample is None:
                        raise SystemExit(f"{build} {workload}: timed out")
                    samples[(workload, build)].append(sample)
        print(f"run {run + 1}/{args.runs} done", file=sys.stderr)
    print(f"| workload ({args.runs} runs each, alternated) | old median | new median | new / old | old peak | new peak |")
    print("|---|---:|---:|---:|---:|---:|")
    for workload in workloads("x"):
        old = samples[(workload, "old")]
        new = samples[(workload, "new")]
        t_old = statistics.median(s.seconds for s in old)
        t_new = statistics.median(s.seconds for s in new)
        m_old = statistics.median(s.peak_kib for s in old) / 1024
        m_new = statistics.median(s.peak_kib for s in new) / 1024
        print(f"| {workload} | {t_old * 1000:.0f} ms | {t_new * 1000:.0f} ms | {t_new / t_old:.3f} | {m_old:.1f} MiB | {m_new:.1f} MiB |")


if __name__ == "__main__":
    main()
