#!/usr/bin/env python3
"""Runs loss-plot, built with a sanitizer, on every command line of runs.txt.

usage: run.py BINARY asan|tsan [RUNS_FILE]

Passes when every run exits as its line expects and no sanitizer wrote a report. Reports go to
log files (log_path), one folder per run, so that a report is seen even when the run's own exit
code looks right. Runs go one per core at a time.
"""
import concurrent.futures
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def environment(sanitizer, logs):
    env = dict(os.environ, SWIFT_BACKTRACE="enable=no", COLUMNS="80")
    # A report exits with a code no run expects (1 is a refusal).
    if sanitizer == "asan":
        env["ASAN_OPTIONS"] = ":".join([
            "detect_leaks=1", "fast_unwind_on_malloc=0", "halt_on_error=1", "exitcode=86", "log_path=" + logs + "/asan",
            "strict_string_checks=1", "detect_stack_use_after_return=1", "check_initialization_order=1"])
        env["LSAN_OPTIONS"] = "suppressions=" + HERE + "/lsan.supp:print_suppressions=0"
        env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:exitcode=86:log_path=" + logs + "/ubsan"
    else:
        env["TSAN_OPTIONS"] = ":".join([
            "halt_on_error=1", "exitcode=66", "second_deadlock_stack=1", "log_path=" + logs + "/tsan",
            "suppressions=" + HERE + "/tsan.supp"])
    return env


def runs(path):
    with open(path) as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if line and not line.startswith("#"):
                code, _, command = line.partition(" ")
                yield number, int(code), command.strip()


def run_one(binary, sanitizer, number, expected, command):
    """One run in a folder and with a log folder of its own: its problems, and how long it took."""
    out = tempfile.mkdtemp(prefix="loss-plot-run-")
    logs = tempfile.mkdtemp(prefix="loss-plot-" + sanitizer + "-")
    arguments = [a.replace("{out}", out).replace("{root}", ROOT) for a in shlex.split(command)]
    start = time.monotonic()
    try:
        result = subprocess.run([binary] + arguments, env=environment(sanitizer, logs), cwd=out,
                                capture_output=True, timeout=600)
    except subprocess.TimeoutExpired:
        return [f"line {number}: {command}\n  timed out after 600 s"], 600.0
    seconds = time.monotonic() - start
    problems = []
    if result.returncode != expected:
        problems.append(f"exit code {result.returncode}, expected {expected}")
    stderr = result.stderr.decode(errors="replace")
    left = os.listdir(out)
    if expected == 1 and (not stderr.startswith("Error: ") or stderr.count("\n") != 1):
        problems.append("standard error is not one line 'Error: ...'")
    if expected == 1 and left:
        problems.append(f"left files behind: {left}")
    for name in sorted(os.listdir(logs)):
        with open(os.path.join(logs, name), errors="replace") as f:
            problems.append(f"{name}:\n" + f.read())
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(logs, ignore_errors=True)
    if problems:
        return [f"line {number}: {command}\n  " + "\n  ".join(problems) + "\n  stderr: " + stderr[-2000:]], seconds
    return [], seconds


def main():
    binary, sanitizer = os.path.abspath(sys.argv[1]), sys.argv[2]
    list_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(HERE, "runs.txt")
    todo = list(runs(list_path))
    start = time.monotonic()
    # One run per core: most runs are single-threaded, and a sanitized process starts slowly.
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda run: run_one(binary, sanitizer, *run), todo))
    failures = [problem for problems, _ in results for problem in problems]
    for failure in failures:
        print(failure, file=sys.stderr)
    slowest = sorted(zip((seconds for _, seconds in results), (run[2] for run in todo)), reverse=True)[:3]
    print(f"{sanitizer}: {len(todo)} runs in {time.monotonic() - start:.0f} s, {len(failures)} failed; slowest: "
          + "; ".join(f"{seconds:.0f} s {command[:50]}" for seconds, command in slowest))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
