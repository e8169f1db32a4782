"""The Python API against numpy's closed forms and against the packaged binary's own output."""
from __future__ import annotations

import io
import re
import struct
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

import loss_plot
from conftest import run_binary


def huber(r: np.ndarray, delta: float) -> np.ndarray:
    """Huber (1964): r^2/2 inside |r| <= delta, delta (|r| - delta/2) outside."""
    return np.where(np.abs(r) <= delta, r * r / 2, delta * (np.abs(r) - delta / 2))


def test_module_is_the_installed_wheel():
    assert "site-packages" in loss_plot.__file__
    assert loss_plot.__version__ == run_binary(["--version"]).stdout.decode().strip()


def test_binary_is_stripped_and_loads_nothing_outside_glibc(binary):
    assert b".symtab" not in subprocess.run(["readelf", "-S", str(binary)], capture_output=True).stdout
    ldd = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
    outside = [line for line in ldd.splitlines()
               if "=>" in line and "loss_plot.libs" not in line
               and not re.match(r"\s*(libc|libm|libmvec|libdl|librt|libpthread|libresolv)\.so", line)]
    assert outside == []


class TestConsoleCommand:
    def test_arguments_and_standard_output(self, command):
        out = subprocess.run([str(command), "eval", "mse", "--target", "1,9,2;-5,-2,6", "--pred", "4,8,12;8,1,3"],
                             capture_output=True, text=True)
        assert (out.returncode, out.stdout, out.stderr) == (0, "49.5\n", "")

    def test_standard_input(self, command):
        out = subprocess.run([str(command), "eval", "mae", "--target", "-", "--pred", "0,0;0,0"],
                             input="1,3\n-2,4\n", capture_output=True, text=True)
        assert out.stdout == "2.5\n"

    def test_exit_status_and_error_pass_through(self, command):
        out = subprocess.run([str(command), "eval", "no-such-loss", "--target", "1", "--pred", "1"],
                             capture_output=True, text=True)
        reference = run_binary(["eval", "no-such-loss", "--target", "1", "--pred", "1"])
        assert out.returncode == reference.returncode != 0
        assert out.stderr == reference.stderr.decode()
        assert out.stdout == ""

    def test_figure_matches_the_binary(self, command, tmp_path):
        subprocess.run([str(command), "huber", "--delta", "0.5,1", "--out", str(tmp_path / "h.svg")], check=True)
        reference = run_binary(["huber", "--delta", "0.5,1", "--out", "-", "--format", "svg"]).stdout
        assert (tmp_path / "h.svg").read_bytes() == reference


class TestPlot:
    def test_svg_is_the_binarys_output(self):
        figure = loss_plot.plot("huber", delta=[0.5, 1, 2], range=(-3, 3))
        reference = run_binary(["huber", "--delta", "0.5,1,2", "--range", "-3:3", "--out", "-", "--format", "svg"])
        assert figure.svg().encode() == reference.stdout
        assert figure.svg().startswith("<?xml") and "</svg>" in figure.svg()

    def test_png_has_the_requested_size(self):
        png = loss_plot.plot("l1", "l2", size=(400, 300)).png()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (400, 300)

    def test_save_writes_the_file_by_extension(self, tmp_path):
        path = loss_plot.plot("hinge", gradient=True).save(tmp_path / "hinge.pdf")
        assert path.read_bytes()[:5] == b"%PDF-"

    def test_flags_map_one_for_one(self):
        figure = loss_plot.plot("huber:delta=1.345", "tukey", expr=["abs(r)", "c*r^2"], param={"c": [0.5, 1]},
                                range=(-8, 8), samples=201, gradient=True, sample_weight=None)
        assert figure.arguments == ["plot", "huber:delta=1.345", "tukey", "--expr=abs(r)", "--expr=c*r^2",
                                    "--param=c=0.5,1", "--range=-8:8", "--samples=201", "--gradient"]

    def test_bad_argument_raises_the_tools_message(self):
        with pytest.raises(loss_plot.LossPlotError) as raised:
            loss_plot.plot("huber", delta=-1).svg()
        reference = run_binary(["huber", "--delta=-1", "--out=-", "--format=svg"])
        assert raised.value.message == reference.stderr.decode().strip().removeprefix("Error: ")
        assert raised.value.returncode == reference.returncode != 0
        assert "--delta" in raised.value.message and "\n" not in raised.value.message


class TestNotebook:
    """What Jupyter does: IPython's display formatter asks the object for its representations."""

    def formatter(self):
        from IPython.core.interactiveshell import InteractiveShell
        return InteractiveShell.instance().display_formatter

    def test_one_format_svg_by_default(self):
        figure = loss_plot.plot("huber", delta=[0.5, 1, 2], range=(-3, 3))
        data, _ = self.formatter().format(figure)
        assert set(data) == {"image/svg+xml", "text/plain"}
        assert data["image/svg+xml"] == figure.svg()

    def test_png_when_asked(self):
        figure = loss_plot.plot("l2", size=(300, 200))
        figure.format = "png"
        data, _ = self.formatter().format(figure)
        assert set(data) == {"image/png", "text/plain"}

    def test_two_figures_in_one_page_keep_their_own_glyphs(self):
        first, second = loss_plot.plot("huber"), loss_plot.plot("hinge", title="Hinge")
        pages = [self.formatter().format(f)[0]["image/svg+xml"] for f in (first, second)]
        ids = [set(re.findall(r'\bid="([^"]+)"', page)) for page in pages]
        assert ids[0] and ids[1] and not ids[0] & ids[1]
        for page, own in zip(pages, ids):
            references = set(re.findall(r'xlink:href="#([^"]+)"|href="#([^"]+)"', page))
            assert {a or b for a, b in references} <= own


class TestCurve:
    def test_huber_and_its_derivatives_against_the_closed_form(self):
        x = np.linspace(-3, 3, 601)
        value, first, second = loss_plot.curve("huber", x, delta=1.5, derivative=2)
        assert np.allclose(value, huber(x, 1.5), rtol=0, atol=1e-12)
        assert np.allclose(first, np.clip(x, -1.5, 1.5), rtol=0, atol=1e-12)
        assert np.array_equal(second, (np.abs(x) <= 1.5).astype(float))

    def test_shape_follows_x(self):
        x = np.arange(-6.0, 6.0).reshape(3, 4)
        assert np.allclose(loss_plot.curve("l2", x), x * x)

    def test_margin_loss_uses_the_figures_target(self):
        m = np.array([-2.0, 0.0, 0.5, 3.0])
        assert np.allclose(loss_plot.curve("hinge", m), np.maximum(0, 1 - m))
        assert np.allclose(loss_plot.curve("hinge", m, target=-1), np.maximum(0, 1 + m))

    def test_matches_the_binarys_sweep(self):
        sweep = run_binary(["pseudo-huber", "--delta", "0.7", "--range", "-2:2", "--samples", "9",
                            "--derivative", "1", "--out", "-", "--format", "csv"]).stdout.decode().splitlines()
        table = np.array([[float(v) for v in line.split(",")] for line in sweep[1:]])
        value, first = loss_plot.curve("pseudo-huber", table[:, 0], delta=0.7, derivative=1)
        assert np.allclose(value, table[:, 1], rtol=1e-15, atol=0)
        assert np.allclose(first, table[:, 2], rtol=1e-15, atol=0)

    def test_row_losses_are_refused_by_the_tool(self):
        with pytest.raises(loss_plot.LossPlotError):
            loss_plot.curve("no-such-loss", [0.0])


class TestEval:
    def test_mse_against_numpy(self):
        rng = np.random.default_rng(26)
        target, pred = rng.normal(size=(50, 4)), rng.normal(size=(50, 4))
        assert loss_plot.eval("mse", target, pred) == pytest.approx(np.mean((target - pred) ** 2), rel=1e-14)
        per_sample = loss_plot.eval("mse", target, pred, reduction="none")
        assert per_sample.shape == (50,)
        assert np.allclose(per_sample, np.mean((target - pred) ** 2, axis=-1), rtol=1e-14)

    def test_pytorch_none_is_elementwise(self):
        target, pred = np.array([[1.0, 2.0], [3.0, 4.0]]), np.ones((2, 2))
        out = loss_plot.eval("mse", target, pred, framework="pytorch", reduction="none")
        assert out.shape == (2, 2) and np.array_equal(out, (target - pred) ** 2)

    def test_sample_weight_keras_and_sklearn_denominators(self):
        target, pred, w = np.zeros((3, 1)), np.array([[1.0], [2.0], [3.0]]), np.array([1.0, 2.0, 3.0])
        losses = (pred[:, 0] - target[:, 0]) ** 2
        assert loss_plot.eval("mse", target, pred, sample_weight=w) == pytest.approx(np.sum(w * losses) / 3)
        assert loss_plot.eval("mse", target, pred, sample_weight=w, framework="sklearn") == \
            pytest.approx(np.sum(w * losses) / np.sum(w))

    def test_class_indices_keep_their_integer_type(self):
        logits = np.array([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
        labels = np.array([0, 2])
        log_softmax = logits - np.log(np.sum(np.exp(logits), axis=1, keepdims=True))
        expected = -np.mean(log_softmax[np.arange(2), labels])
        assert loss_plot.eval("sparse-softmax-cross-entropy", labels, logits, framework="pytorch") == pytest.approx(expected, rel=1e-14)

    def test_formula(self):
        r = np.array([[0.5], [-2.0], [3.0]])
        got = loss_plot.eval(None, np.zeros_like(r), r, expr="c^2/2 * log(1 + (r/c)^2)", param={"c": 2})
        assert got == pytest.approx(np.mean(2.0 * np.log1p((r / 2) ** 2)), rel=1e-14)

    def test_a_million_samples_match_the_command_line(self, tmp_path):
        rng = np.random.default_rng(6)
        target, pred = rng.normal(size=10**6), rng.normal(size=10**6)
        np.save(tmp_path / "t.npy", target)
        np.save(tmp_path / "p.npy", pred)
        line = run_binary(["eval", "huber", "--framework", "pytorch", "--target", f"@{tmp_path}/t.npy",
                           "--pred", f"@{tmp_path}/p.npy"]).stdout.decode()
        assert loss_plot.eval("huber", target, pred, framework="pytorch") == float(line)
        assert float(line) == pytest.approx(np.mean(huber(pred - target, 1.0)), rel=1e-12)

    def test_framework_warning_becomes_a_python_warning(self):
        with pytest.warns(loss_plot.LossPlotWarning, match="label_smoothing"):
            loss_plot.eval("sparse-softmax-cross-entropy", np.array([0, 1]), np.array([[1.0, 0.0], [0.0, 1.0]]),
                           framework="pytorch", label_smoothing=-0.1)

    def test_refusal_names_the_framework_rule(self):
        with pytest.raises(loss_plot.LossPlotError, match="binary_cross_entropy refuses .* between 0 and 1"):
            loss_plot.eval("binary-cross-entropy", np.array([2.0]), np.array([0.5]), framework="pytorch")


class TestArguments:
    """Python values that the command line cannot take are refused in Python, naming the keyword."""

    def test_intervals_sizes_and_repeated_options(self):
        figure = loss_plot.plot("huber", xlim=(-1, 1), ylim=[0, 2], range=np.array([-3, 3]), size=[400, 300],
                                hline=[0.5, 1], log_input=None, transparent=False)
        assert figure.arguments == ["plot", "huber", "--xlim=-1:1", "--ylim=0:2", "--range=-3:3", "--size=400x300",
                                    "--hline=0.5", "--hline=1"]
        assert struct.unpack(">II", figure.png()[16:24]) == (400, 300)

    @pytest.mark.parametrize("call, error, words", [
        (lambda: loss_plot.plot("huber", delta=True), TypeError, "delta=True: --delta takes a value"),
        (lambda: loss_plot.plot("huber", gradient=1), TypeError, "--gradient is a switch"),
        (lambda: loss_plot.plot("huber", delta=[]), ValueError, "--delta needs at least one value"),
        (lambda: loss_plot.plot("-h"), ValueError, "'-h' is not a loss name"),
        (lambda: loss_plot.plot("huber", out="z.svg"), TypeError, ".save(path)"),
        (lambda: loss_plot.eval("mse", [[1.0]], [[2.0]], out="r.txt"), TypeError, "np.save"),
        (lambda: loss_plot.curve("huber", None), TypeError, "x: expected an array of numbers"),
        (lambda: loss_plot.eval("mse", [[1, 2], [3]], [[1, 2], [3, 4]]), TypeError, "rows of different lengths"),
        (lambda: loss_plot.eval("mse", [1.0, 2.0], [1.0, 2.0], sample_weight=True), TypeError, "sample_weight"),
    ])
    def test_refused_in_python(self, call, error, words):
        with pytest.raises(error, match=re.escape(words)):
            call()

    def test_the_tools_words_name_the_array_not_a_temporary_file(self):
        with pytest.raises(loss_plot.LossPlotError) as raised:
            loss_plot.eval("mse", np.zeros(0), np.zeros(0))
        assert raised.value.message.startswith("--pred: the pred array holds no values (shape (0,))")
        assert "/tmp" not in raised.value.message

    def test_a_row_loss_in_curve_is_the_tools_refusal(self):
        with pytest.raises(loss_plot.LossPlotError, match="loss of whole rows"):
            loss_plot.curve("softmax-cross-entropy", [1.0, 2.0])

    def test_a_refused_figure_displays_as_one_line(self):
        from IPython.core.interactiveshell import InteractiveShell
        data, _ = InteractiveShell.instance().display_formatter.format(loss_plot.plot("hubr"))
        assert data["text/plain"].startswith("LossPlotError: loss: unknown loss 'hubr'")

    def test_compare_returns_the_json_table(self):
        table = loss_plot.eval("mse", np.zeros((2, 3)), np.ones((2, 3)), compare=True)
        assert table["exact"] == 1.0
        assert {row["framework"]: row["value"] for row in table["frameworks"]}["pytorch"] == 1.0


def test_losses_is_the_catalog():
    catalog = loss_plot.losses()
    names = {entry["name"] for entry in catalog}
    assert len(catalog) >= 60 and len(names) == len(catalog)
    assert {"huber", "l1", "l2", "hinge", "focal"} <= names
    assert all({"name", "family", "formula", "parameters"} <= set(entry) for entry in catalog)
