"""Runs each framework's real loss function once with weights and ignored classes, and writes weights.json beside this script.

Usage: the venv of generate.py (README.md), then
    KERAS_BACKEND=jax /tmp/fwvenv/bin/python Tests/Fixtures/frameworks/weights.py

The records have generate.py's form plus `sample_weight`, the array given as Keras's and scikit-learn's
`sample_weight=` and PyTorch's `weight=` of mse_loss, l1_loss and huber_loss (one per element there).
What each framework divides the weighted sum by is the point of these cases: Keras's
'sum_over_batch_size' by the number of samples, scikit-learn by the sum of the weights, PyTorch's
mse_loss and l1_loss by the sum of the weights and its huber_loss by the number of elements.
"""

import os
import sys

from common import encode, f64, write
from common import call as run_call
import jax
import keras
import mlx.core as mx
import mlx.nn.losses as mlx_losses
import numpy as np
import sklearn
import sklearn.metrics as skm
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
mx.set_default_device(mx.cpu)


KERAS_REDUCTION = {"mean": "sum_over_batch_size", "sum": "sum", "none": "none"}
KERAS = {
    "l2": keras.losses.MeanSquaredError,
    "l1": keras.losses.MeanAbsoluteError,
    "huber": keras.losses.Huber,
    "binary-cross-entropy": keras.losses.BinaryCrossentropy,
    "categorical-cross-entropy": keras.losses.CategoricalCrossentropy,
    "dice": keras.losses.Dice,
}
SKLEARN = {
    "l2": "mean_squared_error",
    "l1": "mean_absolute_error",
    "mape": "mean_absolute_percentage_error",
    "msle": "mean_squared_log_error",
    "binary-cross-entropy": "log_loss",
}
TORCH = {"l2": "mse_loss", "l1": "l1_loss", "huber": "huber_loss"}

REGRESSION_1D = ([0.5, 1.0, 2.0, 4.0], [1.5, 0.0, 2.5, 1.0])
REGRESSION_2D = ([[0.5, 1.0], [2.0, 4.0], [1.0, 1.0]], [[1.5, 0.0], [2.5, 1.0], [0.0, 3.0]])
PROBABILITY_1D = ([1.0, 0.0, 1.0, 0.0], [0.9, 0.2, 0.6, 0.4])
PROBABILITY_2D = ([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], [[0.8, 0.3], [0.4, 0.7], [0.6, 0.9]])
ONE_HOT = ([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], [[0.7, 0.2, 0.1], [0.3, 0.3, 0.4], [0.1, 0.1, 0.8]])


def weights_for(samples):
    """Ordinary, zero and all-zero weights for a batch of `samples`."""
    ordinary = [1.0, 2.0, 0.5, 3.0][:samples]
    with_zero = [0.0, 1.0, 2.0, 1.0][:samples]
    return [ordinary, with_zero, [0.0] * samples]


def cases(loss):
    if loss in ("binary-cross-entropy", "dice"):
        arrays = [PROBABILITY_1D, PROBABILITY_2D]
    elif loss == "categorical-cross-entropy":
        arrays = [ONE_HOT]
    else:
        arrays = [REGRESSION_1D, REGRESSION_2D]
    for target, pred in arrays:
        for weights in weights_for(len(target)):
            yield target, pred, weights


def keras_run(loss, reduction):
    def run(t, p, w):
        return keras_cls(loss)(reduction=KERAS_REDUCTION[reduction])(f64(t), f64(p), sample_weight=f64(w))

    return run


def keras_cls(loss):
    return KERAS[loss]


def main():
    records, refused = [], []

    def add(framework, loss, call, options, t, p, w, run):
        record = {"framework": framework, "loss": loss, "call": call, "options": options,
                  "target": encode(t), "pred": encode(p), "sample_weight": encode(w)}
        run_call(record, lambda: run(t, p, w), records, refused)

    def add_classes(framework, loss, call, options, t, p, run):
        record = {"framework": framework, "loss": loss, "call": call, "options": options, "target": encode(t), "pred": encode(p)}
        run_call(record, lambda: run(t, p), records, refused)

    for loss, cls in KERAS.items():
        for reduction in ("mean", "sum", "none"):
            for t, p, w in cases(loss):
                call = f"keras.losses.{cls.__name__}(reduction={KERAS_REDUCTION[reduction]!r})(y_true, y_pred, sample_weight=w)"
                add("keras", loss, call, {"reduction": reduction}, t, p, w, keras_run(loss, reduction))

    for loss, name in SKLEARN.items():
        for t, p, w in cases(loss):
            if loss == "binary-cross-entropy" and np.ndim(t) != 1:
                continue
            kwargs = {"labels": [0, 1]} if name == "log_loss" else {}
            extra = ", labels=[0, 1]" if kwargs else ""
            call = f"sklearn.metrics.{name}(y_true, y_pred{extra}, sample_weight=w)"
            add("sklearn", loss, call, {}, t, p, w,
                lambda t, p, w, name=name, kwargs=kwargs: getattr(skm, name)(f64(t), f64(p), sample_weight=f64(w), **kwargs))

    for loss, name in TORCH.items():
        for reduction in ("mean", "sum", "none"):
            for t, p, w in cases(loss):
                # PyTorch's weight= is per element: the same weights for every column of a 2-D input.
                element = np.broadcast_to(f64(w)[:, None], np.shape(t)) if np.ndim(t) == 2 else f64(w)
                call = f"torch.nn.functional.{name}(input, target, reduction={reduction!r}, weight=w)"
                add("pytorch", loss, call, {"reduction": reduction}, t, p, element,
                    lambda t, p, w, name=name, reduction=reduction: getattr(F, name)(
                        torch.tensor(f64(p)), torch.tensor(f64(t)), reduction=reduction, weight=torch.tensor(np.array(w))).numpy())
        # One weight per sample for a 2-D input is not PyTorch's shape: it raises.
        t, p = REGRESSION_2D
        call = f"torch.nn.functional.{name}(input, target, weight=w)"
        add("pytorch", loss, call, {}, t, p, [1.0, 2.0, 0.5],
            lambda t, p, w, name=name: getattr(F, name)(torch.tensor(f64(p)), torch.tensor(f64(t)), weight=torch.tensor(f64(w))).numpy())

    # PyTorch's class weights and ignore_index on class indices: cross_entropy (logits) and nll_loss
    # (log-probabilities). -100 is ignored by default; the mean divides by the kept targets' weights.
    logits = [[2.0, 0.5, -1.0], [0.1, 1.5, 0.3], [-0.5, 0.2, 2.2], [1.0, 1.0, 1.0]]
    log_probs = np.log(np.exp(f64(logits)) / np.exp(f64(logits)).sum(axis=1, keepdims=True)).tolist()
    targets = {"plain": [0, 1, 2, 1], "ignored": [0, -100, 2, -100], "all ignored": [-100, -100, -100, -100],
               "ignore 2": [0, 1, 2, 2]}
    class_weights = [None, [1.0, 3.0, 0.5]]
    for name, loss, inputs in (("cross_entropy", "sparse-softmax-cross-entropy", logits), ("nll_loss", "nll", log_probs)):
        for reduction in ("mean", "sum", "none"):
            for label, t in targets.items():
                for weight in class_weights:
                    for smoothing in ([0.0, 0.2] if name == "cross_entropy" else [0.0]):
                        options = {"reduction": reduction}
                        kwargs = {"reduction": reduction}
                        if weight is not None:
                            options["class-weight"] = weight
                            kwargs["weight"] = torch.tensor(f64(weight))
                        if smoothing:
                            options["label-smoothing"] = smoothing
                            kwargs["label_smoothing"] = smoothing
                        if label == "ignore 2":
                            options["ignore-index"] = 2
                            kwargs["ignore_index"] = 2
                        shown = ", ".join(f"{k}={v!r}" for k, v in options.items() if k != "reduction")
                        call = f"torch.nn.functional.{name}(input, target, reduction={reduction!r}{', ' + shown if shown else ''})"
                        add_classes("pytorch", loss, call, options, t, inputs,
                                    lambda t, p, name=name, kwargs=kwargs: getattr(F, name)(
                                        torch.tensor(f64(p)), torch.tensor(np.asarray(t, dtype=np.int64)), **kwargs).numpy())
    # cross_entropy with probability targets takes weight= too: each class's term times its weight,
    # and 'mean' divides by the number of samples (not by the weights), as ATen's prob-target path does.
    soft = [[1.0, 0.0, 0.0], [0.2, 0.3, 0.5], [0.0, 0.0, 1.0], [0.6, 0.4, 0.0]]
    for reduction in ("mean", "sum", "none"):
        for smoothing in (0.0, 0.2):
            kwargs = {"reduction": reduction, "weight": torch.tensor([1.0, 3.0, 0.5], dtype=torch.float64)}
            options = {"reduction": reduction, "class-weight": [1.0, 3.0, 0.5]}
            if smoothing:
                kwargs["label_smoothing"] = smoothing
                options["label-smoothing"] = smoothing
            shown = ", ".join(f"{k}={v!r}" for k, v in options.items() if k != "reduction")
            add_classes("pytorch", "softmax-cross-entropy", f"torch.nn.functional.cross_entropy(input, target, reduction={reduction!r}, {shown})",
                        options, soft, logits,
                        lambda t, p, kwargs=kwargs: F.cross_entropy(torch.tensor(f64(p)), torch.tensor(f64(t)), **kwargs).numpy())
    add_classes("pytorch", "softmax-cross-entropy", "torch.nn.functional.cross_entropy(input, target, weight=[1.0, 2.0])",
                {"class-weight": [1.0, 2.0]}, soft, logits,
                lambda t, p: F.cross_entropy(torch.tensor(f64(p)), torch.tensor(f64(t)), weight=torch.tensor([1.0, 2.0], dtype=torch.float64)).numpy())
    # Refusals: a weight per class of the wrong length, a class out of range that is not ignored.
    add_classes("pytorch", "nll", "torch.nn.functional.nll_loss(input, target, weight=[1.0, 2.0])", {"class-weight": [1.0, 2.0]},
                targets["plain"], log_probs,
                lambda t, p: F.nll_loss(torch.tensor(f64(p)), torch.tensor(np.asarray(t)), weight=torch.tensor([1.0, 2.0])).numpy())
    add_classes("pytorch", "nll", "torch.nn.functional.nll_loss(input, target)", {}, [0, 5, 1, 1], log_probs,
                lambda t, p: F.nll_loss(torch.tensor(f64(p)), torch.tensor(np.asarray(t))).numpy())

    # PyTorch's weight= of the binary cross-entropies given per column (--class-weight): it broadcasts.
    bce_rows = ([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]], [[0.9, 0.2, 0.6], [0.3, 0.7, 0.4]])
    logit_rows = ([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]], [[2.0, -1.0, 0.3], [-0.5, 1.5, 0.1]])
    for name, loss, (t, p) in (("binary_cross_entropy", "binary-cross-entropy", bce_rows),
                               ("binary_cross_entropy_with_logits", "sigmoid-cross-entropy", logit_rows)):
        for weight in ([1.0, 2.0, 0.5], [3.0], [1.0, 2.0]):
            for reduction in ("mean", "sum", "none"):
                call = f"torch.nn.functional.{name}(input, target, weight={weight!r}, reduction={reduction!r})"
                add_classes("pytorch", loss, call, {"class-weight": weight, "reduction": reduction}, t, p,
                            lambda t, p, name=name, weight=weight, reduction=reduction: getattr(F, name)(
                                torch.tensor(f64(p)), torch.tensor(f64(t)), weight=torch.tensor(f64(weight)), reduction=reduction).numpy())

    # MLX's weights= of cross_entropy and binary_cross_entropy: the unreduced loss's shape, multiplied in.
    def mlx_array(a):
        return mx.array(f64(a), dtype=mx.float64)

    mlx_cases = [
        ("sigmoid-cross-entropy", "binary_cross_entropy(inputs, targets, weights=w)", [1.0, 0.0, 1.0], [2.0, -1.0, 0.3],
         [1.0, 2.0, 0.5], lambda t, p, w, r: mlx_losses.binary_cross_entropy(mlx_array(p), mlx_array(t), weights=mlx_array(w), reduction=r)),
        ("binary-cross-entropy", "binary_cross_entropy(inputs, targets, weights=w, with_logits=False)", [1.0, 0.0, 1.0], [0.9, 0.2, 0.6],
         [1.0, 2.0, 0.5], lambda t, p, w, r: mlx_losses.binary_cross_entropy(mlx_array(p), mlx_array(t), weights=mlx_array(w),
                                                                           with_logits=False, reduction=r)),
        ("softmax-cross-entropy", "cross_entropy(logits, targets, weights=w)", [[1.0, 0.0], [0.2, 0.8]], [[0.3, 0.1], [2.0, -1.0]],
         [3.0, 0.5], lambda t, p, w, r: mlx_losses.cross_entropy(mlx_array(p), mlx_array(t), weights=mlx_array(w), reduction=r)),
        ("sparse-softmax-cross-entropy", "cross_entropy(logits, targets, weights=w)", [0, 1], [[0.3, 0.1], [2.0, -1.0]],
         [3.0, 0.5], lambda t, p, w, r: mlx_losses.cross_entropy(mlx_array(p), mx.array(np.asarray(t, dtype=np.int32)),
                                                                weights=mlx_array(w), reduction=r)),
        ("sigmoid-cross-entropy", "binary_cross_entropy(inputs, targets, weights=w)", [[1.0, 0.0], [0.0, 1.0]], [[2.0, -1.0], [0.3, 0.1]],
         [1.0, 2.0], lambda t, p, w, r: mlx_losses.binary_cross_entropy(mlx_array(p), mlx_array(t), weights=mlx_array(w), reduction=r)),
    ]
    for loss, call, t, p, w, run in mlx_cases:
        for reduction in ("mean", "sum", "none"):
            add("mlx", loss, f"mlx.nn.losses.{call[:-1]}, reduction={reduction!r})", {"reduction": reduction}, t, p, w,
                lambda t, p, w, run=run, reduction=reduction: np.array(run(t, p, w, reduction)))

    counts = {}
    for record in records:
        counts[record["framework"]] = counts.get(record["framework"], 0) + 1
    document = {
        "generator": "Tests/Fixtures/frameworks/weights.py",
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "torch": torch.__version__,
                     "keras": keras.__version__ + " (backend jax, floatx float64, mean in float64)",
                     "jax": jax.__version__, "scikit-learn": sklearn.__version__},
        "counts": counts,
        "records": records,
        "refused": refused,
    }
    write(os.path.join(HERE, "weights.json"), document)
    print(f"{len(records)} records, {len(refused)} refusals: {counts}")


if __name__ == "__main__":
    main()
