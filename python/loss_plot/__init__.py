"""loss-plot from Python: figures that show inline in Jupyter, and numbers as numpy arrays.

Every function is a thin mapping onto the `loss-plot` command line packaged with this module;
nothing is computed in Python. Keyword arguments map to flags one for one: `delta=[0.5, 1, 2]`
is `--delta=0.5,1,2`, `range=(-3, 3)` is `--range=-3:3`, `size=(640, 480)` is `--size=640x480`,
`gradient=True` is `--gradient`, `param={"c": [1, 2]}` is `--param=c=1,2`, a list of strings
repeats the flag (`expr=["abs(r)", "r^2"]`), an underscore is a dash (`sample_weight` is
`--sample-weight`). Arrays travel as `.npy` files, never as long argument strings.

A refusal of the tool raises `LossPlotError` carrying its one-line message; a warning it prints
on standard error becomes a `LossPlotWarning`.

    >>> import loss_plot
    >>> loss_plot.plot("huber", delta=[0.5, 1, 2], range=(-3, 3))   # shows in a notebook
    >>> loss_plot.eval("mse", [[1, 9, 2]], [[4, 8, 12]])
    36.666666666666664
"""
from __future__ import annotations

import json
import subprocess
import tempfile
import warnings
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Union

import numpy as np

from ._launcher import BINARY, environment
from ._version import __version__

__all__ = [
    "Figure",
    "LossPlotError",
    "LossPlotWarning",
    "curve",
    "eval",
    "losses",
    "plot",
    "run",
    "__version__",
]

ArrayLike = Union[np.ndarray, Sequence[Any], float, int]


class LossPlotError(Exception):
    """The tool refused the call: `message` is its one-line error, `returncode` its exit status."""

    def __init__(self, message: str, returncode: int, arguments: Sequence[str]) -> None:
        super().__init__(message)
        self.message = message
        self.returncode = returncode
        self.arguments = list(arguments)


class LossPlotWarning(UserWarning):
    """A warning the tool printed on standard error (e.g. what a framework silently did)."""


def run(arguments: Sequence[str], input: Optional[bytes] = None) -> bytes:
    """Runs `loss-plot ARGUMENTS...` and returns its standard output.

    Raises `LossPlotError` with the tool's message when it exits non-zero; each `warning:` line
    on standard error is issued as a `LossPlotWarning`.
    """
    arguments = [str(a) for a in arguments]
    done = subprocess.run(
        [str(BINARY), *arguments], input=input, capture_output=True, env=environment(), check=False
    )
    lines = done.stderr.decode("utf-8", "replace").splitlines()
    if done.returncode != 0:
        message = next((line for line in reversed(lines) if line.strip()), f"exit status {done.returncode}")
        raise LossPlotError(message.removeprefix("Error: "), done.returncode, arguments)
    for line in lines:
        if line.startswith("warning: "):
            warnings.warn(line.removeprefix("warning: "), LossPlotWarning, stacklevel=3)
    return done.stdout


def _number(value: Any) -> str:
    """A number as the tool reads it, exactly: ints as ints, floats by their shortest repr."""
    if isinstance(value, (bool, np.bool_)):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    if isinstance(value, str):
        return value
    raise TypeError(f"expected a number, got {value!r}")


@lru_cache(maxsize=None)
def _options(command: str) -> dict[str, tuple[str, bool]]:
    """Each option of a subcommand, name -> (kind, repeats): "flag" (a switch) or "option" (takes
    a value), read once from the tool's own description of its command line."""
    described = json.loads(run(["--experimental-dump-help"]))
    for sub in described["command"]["subcommands"]:
        if sub["commandName"] == command:
            return {name["name"]: (argument["kind"], bool(argument.get("isRepeating")))
                    for argument in sub.get("arguments", []) for name in argument.get("names") or []
                    if name["kind"] == "long"}
    return {}


# Options whose value is an interval LO:HI, given in Python as a pair.
_INTERVALS = {"range", "xlim", "ylim"}


def _flags(command: str, options: Mapping[str, Any]) -> list[str]:
    """Keyword arguments as flags of `command`, one for one (see the module's documentation).

    Raises TypeError when a switch gets a value or an option gets True/False, ValueError for an
    empty list; an unknown name goes to the tool, which refuses it naming the nearest option.
    """
    known = _options(command)
    out: list[str] = []
    for key, value in options.items():
        name = key.replace("_", "-")
        flag = "--" + name
        kind, repeats = known.get(name, ("option", False))
        if value is None:
            continue
        if kind == "flag":
            if not isinstance(value, (bool, np.bool_)):
                raise TypeError(f"{key}: {flag} is a switch; pass True or False, not {value!r}")
            if value:
                out.append(flag)
            elif "no-" + name in known:
                out.append("--no-" + name)
            continue
        if isinstance(value, (bool, np.bool_)):
            raise TypeError(f"{key}={value!r}: {flag} takes a value, not True or False")
        if isinstance(value, (list, tuple, np.ndarray)) and len(value) == 0:
            raise ValueError(f"{key}: an empty {type(value).__name__}; {flag} needs at least one value")
        if isinstance(value, Mapping):
            out.extend(f"{flag}={k}={_value(key, v)}" for k, v in value.items())
        elif repeats and isinstance(value, (list, tuple)):
            out.extend(f"{flag}={_value(key, v)}" for v in value)
        else:
            out.append(f"{flag}={_value(key, value)}")
    return out


def _value(key: str, value: Any) -> str:
    """One flag's value as text: a list or array comma-joined, an interval (`range`, `xlim`,
    `ylim`) as LO:HI, `size` as WxH."""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple, np.ndarray)) and (key in _INTERVALS or key == "size"):
        values = np.asarray(value).ravel().tolist() if isinstance(value, np.ndarray) else list(value)
        return ("x" if key == "size" else ":").join(_number(v) for v in values)
    if isinstance(value, np.ndarray):
        return ",".join(_number(v) for v in value.ravel().tolist())
    if isinstance(value, (list, tuple)):
        return ",".join(_number(v) for v in value)
    return _number(value)


def _refuse(options: Mapping[str, Any], instead: str) -> None:
    """`out` and `format` belong to the API, not the caller: say what to use instead."""
    for key in ("out", "format"):
        if key in options:
            raise TypeError(f"{key}=: {instead}")


def _losses(losses: Sequence[str]) -> list[str]:
    """Loss names as positional arguments: a name beginning with '-' would be read as a flag."""
    for loss in losses:
        if not isinstance(loss, str) or not loss or loss.startswith("-"):
            raise ValueError(f"{loss!r} is not a loss name; loss_plot.losses() lists them")
    return list(losses)


class Figure:
    """A figure the tool draws on demand: `svg()`, `png()`, `save(path)`.

    A notebook shows it through `_repr_mimebundle_`, in one format only (`format`, SVG by
    default), so IPython never renders it twice. The drawing is cached per format.
    """

    def __init__(self, arguments: Sequence[str], format: str = "svg") -> None:
        self.arguments = list(arguments)
        self.format = format
        self._drawn: dict[str, bytes] = {}

    def _draw(self, format: str) -> bytes:
        """The figure's bytes in `format`, drawn once."""
        if format not in self._drawn:
            self._drawn[format] = run([*self.arguments, "--out=-", f"--format={format}"])
        return self._drawn[format]

    def svg(self) -> str:
        """The figure as an SVG document (text)."""
        return self._draw("svg").decode("utf-8")

    def png(self) -> bytes:
        """The figure as PNG bytes."""
        return self._draw("png")

    def pdf(self) -> bytes:
        """The figure as PDF bytes."""
        return self._draw("pdf")

    def save(self, path: Union[str, Path]) -> Path:
        """Writes the figure to `path`; its extension (.png, .svg, .pdf, .gif, .csv, .json) picks
        the format. The file is written atomically by the tool. Returns the path."""
        run([*self.arguments, f"--out={path}"])
        return Path(path)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        """What IPython displays: the figure in one format (`self.format`); a refusal of the
        tool shows as its one-line message rather than a traceback."""
        try:
            if self.format == "png":
                return {"image/png": self.png()}
            return {"image/svg+xml": self.svg()}
        except LossPlotError as error:
            return {"text/plain": f"LossPlotError: {error.message}"}

    def __repr__(self) -> str:
        """The command line that draws the figure."""
        return "Figure(loss-plot " + " ".join(self.arguments) + ")"


def plot(*losses: str, **options: Any) -> Figure:
    """A figure of one or more losses: `loss-plot plot LOSS... FLAGS`.

    `losses` are catalog names (`loss_plot.losses()`), optionally with bound parameters
    (`"huber:delta=1.345"`); `options` are the plot command's flags (`delta`, `range`,
    `samples`, `derivative`, `gradient`, `expr`, `param`, `title`, `size`, `theme`, ...).
    Nothing is drawn until the figure is shown or saved; a bad argument raises `LossPlotError`
    then. Call `.svg()` to check it at once.
    """
    _refuse(options, "a Figure is written with .save(path), or read with .svg(), .png(), .pdf()")
    return Figure(["plot", *_losses(losses), *_flags("plot", options)])


def _save(folder: Path, name: str, value: ArrayLike) -> str:
    """An array as `@FILE.npy` for the tool (integer arrays keep their dtype: class indices)."""
    if value is None or isinstance(value, (bool, np.bool_)):
        raise TypeError(f"{name}: expected an array of numbers, got {value!r}")
    try:
        array = np.asarray(value)
    except ValueError:
        raise TypeError(f"{name}: rows of different lengths; give a rectangular array") from None
    if array.dtype == object or array.dtype.kind not in "biuf":
        raise TypeError(f"{name}: expected numbers, got an array of {array.dtype}")
    path = folder / f"{name}.npy"
    np.save(path, np.ascontiguousarray(array))
    return "@" + str(path)


@lru_cache(maxsize=256)
def _default_target(loss: str, parameters: tuple[str, ...]) -> float:
    """The target the tool's own figure of `loss` draws against (0 for a residual, 1 for a
    margin or a probability), read from its JSON output."""
    data = json.loads(run(["plot", loss, *parameters, "--samples=2", "--out=-", "--format=json"]))
    # A loss of whole rows has no one target; eval then refuses it for curve, in its words.
    return float(data["curves"][0].get("target", 0.0))


def curve(loss: str, x: ArrayLike, *, derivative: int = 0, target: Optional[float] = None,
          **parameters: Any) -> Union[np.ndarray, tuple[np.ndarray, ...]]:
    """The loss at each prediction `x` (any shape), and its exact derivatives in `x`.

    `derivative=0` returns the values; 1 returns `(values, first)`; 2 returns
    `(values, first, second)`, each shaped like `x`. `target` defaults to the one the tool's
    own figure of the loss uses (0: `x` is the residual; 1: `x` is the margin or the
    probability of the true class). `parameters` take one value each (`delta=1`).
    Computed by `loss-plot eval LOSS --reduction none --derivative 1,2`.
    """
    if derivative not in (0, 1, 2):
        raise ValueError(f"derivative must be 0, 1 or 2, got {derivative!r}")
    _refuse(parameters, "curve returns the arrays; save them with np.save")
    pred_array = np.asarray(x) if x is not None and not isinstance(x, (bool, str)) else None
    if pred_array is None or pred_array.dtype == object or pred_array.dtype.kind not in "biuf":
        raise TypeError(f"x: expected an array of numbers, got {x!r}")
    x = pred_array.astype(np.float64)
    flags = _flags("eval", parameters)
    if target is None:
        target = _default_target(loss, tuple(flags))
    with tempfile.TemporaryDirectory(prefix="loss-plot-") as folder:
        pred = _save(Path(folder), "x", x.ravel())
        result = Path(folder) / "result.npy"
        with warnings.catch_warnings():
            # eval's warning about Hessians <= 0 speaks to gradient boosting, not to a curve.
            warnings.simplefilter("ignore", LossPlotWarning)
            run(["eval", loss, f"--target={_number(target)}", f"--pred={pred}", "--reduction=none",
                 f"--derivative={'1,2' if derivative == 2 else '1'}", *flags, f"--out={result}"])
        table = np.load(result)
    arrays = tuple(table[:, k].reshape(x.shape) for k in range(derivative + 1))
    return arrays[0] if derivative == 0 else arrays


def eval(loss: Optional[str], target: ArrayLike, pred: ArrayLike, **options: Any) -> Union[float, np.ndarray, dict]:
    """A loss over samples, as `loss-plot eval` computes it: a float when the result is one
    number, else an array.

    `target` and `pred` are arrays (rows are samples; class indices for the sparse losses);
    `options` are eval's flags: `framework` ("keras", "pytorch", "optax", "mlx", "sklearn"),
    `reduction`, `sample_weight` (an array), `class_weight`, `ignore_index`, `input2` (an
    array), the loss's parameters, or `expr` with `param` for a formula (then `loss` is None).
    An array has the shape the framework returns: one value per element or per sample with
    `reduction="none"` (plain eval: one per sample), and optax's functions, which do not reduce,
    always return one. `compare=True` returns the comparison table as `--compare --json` prints
    it: a dict with the loss and one entry per framework. The arrays go to the binary as .npy
    files and the result comes back as one (`--out FILE.npy`); NaN in the arrays is computed
    with, as the frameworks do.
    """
    if loss is not None:
        _losses([loss])
    _refuse(options, "eval returns the values; save them with np.save")
    with tempfile.TemporaryDirectory(prefix="loss-plot-") as folder_name:
        folder = Path(folder_name)
        files = {"target": _save(folder, "target", target), "pred": _save(folder, "pred", pred)}
        for name in ("sample_weight", "input2"):
            value = options.pop(name, None)
            if value is not None:
                files[name] = value if isinstance(value, str) else _save(folder, name, value)
        arguments = ["eval", *([loss] if loss else []),
                     *[f"--{name.replace('_', '-')}={path}" for name, path in files.items()]]
        try:
            if options.get("compare"):
                return json.loads(run([*arguments, *_flags("eval", {**options, "json": True})]))
            result = folder / "result.npy"
            run([*arguments, *_flags("eval", options), f"--out={result}"])
            values = np.load(result)
        except LossPlotError as error:
            # The tool names the temporary .npy files it was given; the caller knows them as arrays.
            message = error.message
            for name, path in files.items():
                message = message.replace(f"'{path.removeprefix('@')}'", f"the {name} array")
            raise LossPlotError(message, error.returncode, error.arguments) from None
    if options.get("reduction") != "none" and values.size == 1:
        return float(values.reshape(-1)[0])
    return values


def losses() -> list[dict[str, Any]]:
    """The catalog: one dict per loss (name, aliases, family, formula, parameters, domain,
    properties, framework equivalents), as `loss-plot list --json` prints it."""
    return json.loads(run(["list", "--json"]))
