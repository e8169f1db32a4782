#!/usr/bin/env python3
"""How many times each step of a command line runs, counted by valgrind's callgrind.

    python3 bench/trace.py [BINARY] [-- ARGS...]

Defaults: .build/debug/loss-plot (unoptimised, so that no step is inlined away) and `huber --delta 0.5,1 --out f.png` (written in a scratch
folder). Prints the calls of each step of the flow command -> request -> figure -> canvas -> file,
read from the callgrind profile's call counts (symbols demangled by `swift demangle`).
"""
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Patterns match the start of a demangled name (closures and thunks start otherwise). Steps of
# older builds are listed too (prepare, makeSpec), so that two builds can be traced alike.
STEPS = [
    ("command -> request", r"LossPlotCLI\.PlotCommand\.request\(\)"),
    ("command checked and prepared (before LossPlotKit)", r"LossPlotCLI\.PlotCommand\.prepare\(\)"),
    ("command -> spec (before LossPlotKit)", r"LossPlotCLI\.PlotCommand\.makeSpec\(\)"),
    ("loss looked up by name", r"static \w+\.LossLookup\.loss\(named:"),
    ("request -> spec (checked against the losses)", r"LossPlotKit\.PlotRequest\.figureSpec\(\)"),
    ("spec -> builder (curves resolved)", r"\w+\.FigureBuilder\.init\("),
    ("curve resolved", r"\w+\.ResolvedCurve\.init\("),
    ("builder -> figure (sweep evaluated, laid out)", r"\w+\.FigureBuilder\.figure\("),
    ("figure -> canvas -> bytes", r"static CairoCanvas\.FigureRasterizer\.render\("),
    ("bytes -> file (atomic)", r"static \w+\.AtomicFile\.write\(to:"),
]


def main():
    args = sys.argv[1:]
    binary = str(ROOT / ".build/debug/loss-plot")
    if args and args[0] != "--":
        binary = str(Path(args.pop(0)).resolve())
    command = args[1:] if args[:1] == ["--"] else ["huber", "--delta", "0.5,1", "--out", "f.png"]
    with tempfile.TemporaryDirectory(prefix="trace-") as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", binary] + command,
                       cwd=tmp, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        names, calls, callee = {}, Counter(), None
        for line in out.read_text(errors="replace").splitlines():
            m = re.match(r"c?fn=\((\d+)\)(?: (.*))?", line)
            if m:
                if m.group(2):
                    names[m.group(1)] = m.group(2)
                callee = m.group(1) if line.startswith("cfn=") else None
            elif line.startswith("calls=") and callee:
                calls[callee] += int(line.split()[0][6:])
    mangled = sorted(names.values())
    demangled = subprocess.run(["swift", "demangle"], input="\n".join(mangled), text=True,
                               capture_output=True, check=True).stdout.splitlines()
    readable = dict(zip(mangled, demangled))
    print(f"loss-plot {' '.join(command)}")
    for step, pattern in STEPS:
        count = sum(n for fid, n in calls.items() if re.match(pattern, readable.get(names.get(fid, ""), "")))
        if count or "before" not in step:
            print(f"  {count:>3}  {step}")


if __name__ == "__main__":
    main()
