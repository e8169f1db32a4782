"""Runs the frameworks' loss functions once on arrays of three dimensions, (2, 3, 4), and writes
ndarrays.json beside this script: each framework reduces over its own axes (Keras's per-sample
loss is the mean over the last axis, PyTorch's 'mean' is over every element).

Usage: the venv of generate.py (README.md), then
    KERAS_BACKEND=jax /tmp/fwvenv/bin/python Tests/Fixtures/frameworks/ndarrays.py
"""

import os
import sys

from common import call, encode, f64, write
import keras
import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(23)
TARGET = rng.random((2, 3, 4)).round(3)
PRED = rng.random((2, 3, 4)).round(3)
LABELS = (rng.random((2, 3, 4)) > 0.5).astype(np.float64)
ONE_HOT = np.eye(4)[rng.integers(0, 4, (2, 3))]
PROBS = rng.random((2, 3, 4)) + 0.1
PROBS = (PROBS / PROBS.sum(axis=-1, keepdims=True)).round(4)

KERAS = {"l2": (keras.losses.MeanSquaredError, TARGET, PRED), "l1": (keras.losses.MeanAbsoluteError, TARGET, PRED),
         "huber": (keras.losses.Huber, TARGET, PRED), "binary-cross-entropy": (keras.losses.BinaryCrossentropy, LABELS, PRED),
         "categorical-cross-entropy": (keras.losses.CategoricalCrossentropy, ONE_HOT, PROBS)}
TORCH = {"l2": ("mse_loss", TARGET, PRED), "l1": ("l1_loss", TARGET, PRED), "huber": ("huber_loss", TARGET, PRED),
         "binary-cross-entropy": ("binary_cross_entropy", LABELS, PRED)}
KERAS_REDUCTION = {"mean": "sum_over_batch_size", "sum": "sum", "none": "none"}


def main():
    records, refused = [], []
    for reduction in ("mean", "sum", "none"):
        for loss, (cls, t, p) in KERAS.items():
            record = {"framework": "keras", "loss": loss, "options": {"reduction": reduction},
                      "call": f"keras.losses.{cls.__name__}(reduction={KERAS_REDUCTION[reduction]!r})(y_true, y_pred)",
                      "target": encode(t), "pred": encode(p)}
            call(record, lambda cls=cls, t=t, p=p: cls(reduction=KERAS_REDUCTION[reduction])(f64(t), f64(p)), records, refused)
        for loss, (name, t, p) in TORCH.items():
            record = {"framework": "pytorch", "loss": loss, "options": {"reduction": reduction},
                      "call": f"torch.nn.functional.{name}(input, target, reduction={reduction!r})", "target": encode(t), "pred": encode(p)}
            call(record, lambda name=name, t=t, p=p: getattr(F, name)(torch.tensor(f64(p)), torch.tensor(f64(t)), reduction=reduction),
                 records, refused)
    counts = {}
    for record in records:
        counts[record["framework"]] = counts.get(record["framework"], 0) + 1
    write(os.path.join(HERE, "ndarrays.json"), {
        "generator": "Tests/Fixtures/frameworks/ndarrays.py",
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "torch": torch.__version__,
                     "keras": keras.__version__ + " (backend jax, floatx float64, mean in float64)"},
        "counts": counts, "records": records, "refused": refused})
    print(f"{len(records)} records, {len(refused)} refusals: {counts}")


if __name__ == "__main__":
    main()
