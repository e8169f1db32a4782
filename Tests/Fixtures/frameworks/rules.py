"""Runs PyTorch's loss functions once on the argument values they refuse or silently change (and
scikit-learn's mean_pinball_loss, the quantile loss under its own name), and writes
rules.json beside this script (generate.py's record form: records with values, refused with messages).

Usage: the venv of generate.py (README.md), then
    KERAS_BACKEND=jax /tmp/fwvenv/bin/python Tests/Fixtures/frameworks/rules.py
"""

import os
import sys

from common import call, encode, write
import keras
import numpy as np
import sklearn
import sklearn.metrics as skm
import torch
import torch.nn.functional as F
import jax
import jax.numpy as jnp
import optax

jax.config.update("jax_enable_x64", True)

HERE = os.path.dirname(os.path.abspath(__file__))


def t(a):
    return torch.tensor(np.asarray(a, dtype=np.float64))


# (loss, call, options, target, pred, extra arrays, run)
CASES = [
    ("binary-cross-entropy", "binary_cross_entropy(input, target)", {}, [1.5, 0.0], [0.3, 0.2], {},
     lambda y, p, x: F.binary_cross_entropy(t(p), t(y))),
    ("binary-cross-entropy", "binary_cross_entropy(input, target)", {}, [-0.5], [0.3], {},
     lambda y, p, x: F.binary_cross_entropy(t(p), t(y))),
    ("gaussian-nll", "gaussian_nll_loss(input, target, var)", {}, [0.0, 1.0], [1.0, 0.5], {"var": [-1.0, 2.0]},
     lambda y, p, x: F.gaussian_nll_loss(t(p), t(y), t(x["var"]))),
    ("gaussian-nll", "gaussian_nll_loss(input, target, var)", {}, [0.0, 1.0], [1.0, 0.5], {"var": [0.0, 2.0]},
     lambda y, p, x: F.gaussian_nll_loss(t(p), t(y), t(x["var"]))),
    ("huber", "huber_loss(input, target, delta=0.0)", {"delta": 0.0}, [0.0], [1.0], {},
     lambda y, p, x: F.huber_loss(t(p), t(y), delta=0.0)),
    ("huber", "huber_loss(input, target, delta=-1.0)", {"delta": -1.0}, [0.0], [1.0], {},
     lambda y, p, x: F.huber_loss(t(p), t(y), delta=-1.0)),
    ("smooth-l1", "smooth_l1_loss(input, target, beta=-1.0)", {"beta": -1.0}, [0.0], [1.0], {},
     lambda y, p, x: F.smooth_l1_loss(t(p), t(y), beta=-1.0)),
    ("smooth-l1", "smooth_l1_loss(input, target, beta=0.0)", {"beta": 0.0}, [0.0, 1.0], [1.0, 0.3], {},
     lambda y, p, x: F.smooth_l1_loss(t(p), t(y), beta=0.0)),
    ("softmax-cross-entropy", "cross_entropy(input, target, label_smoothing=1.5)", {"label-smoothing": 1.5},
     [[1.0, 0.0]], [[0.3, 0.1]], {}, lambda y, p, x: F.cross_entropy(t(p), t(y), label_smoothing=1.5)),
    ("softmax-cross-entropy", "cross_entropy(input, target, label_smoothing=-0.2)", {"label-smoothing": -0.2},
     [[1.0, 0.0], [0.2, 0.8]], [[0.3, 0.1], [2.0, -1.0]], {}, lambda y, p, x: F.cross_entropy(t(p), t(y), label_smoothing=-0.2)),
    ("softmax-cross-entropy", "cross_entropy(input, target, label_smoothing=1.0)", {"label-smoothing": 1.0},
     [[1.0, 0.0], [0.2, 0.8]], [[0.3, 0.1], [2.0, -1.0]], {}, lambda y, p, x: F.cross_entropy(t(p), t(y), label_smoothing=1.0)),
    ("sparse-softmax-cross-entropy", "cross_entropy(input, target, label_smoothing=-0.2)", {"label-smoothing": -0.2},
     [0, 1], [[0.3, 0.1], [2.0, -1.0]], {},
     lambda y, p, x: F.cross_entropy(t(p), torch.tensor(y), label_smoothing=-0.2)),
    ("sparse-softmax-cross-entropy", "cross_entropy(input, target, label_smoothing=1.5)", {"label-smoothing": 1.5},
     [0, 1], [[0.3, 0.1], [2.0, -1.0]], {},
     lambda y, p, x: F.cross_entropy(t(p), torch.tensor(y), label_smoothing=1.5)),
    ("triplet-margin", "triplet_margin_loss(anchor, positive, negative, margin=0.0)", {"margin": 0.0},
     [[0.3, 0.1]], [[0.3, 0.2]], {"input2": [[1.0, 0.0]]},
     lambda y, p, x: F.triplet_margin_loss(t(y), t(p), t(x["input2"]), margin=0.0)),
    ("triplet-margin", "triplet_margin_loss(anchor, positive, negative, margin=-1.0)", {"margin": -1.0},
     [[0.3, 0.1]], [[0.3, 0.2]], {"input2": [[1.0, 0.0]]},
     lambda y, p, x: F.triplet_margin_loss(t(y), t(p), t(x["input2"]), margin=-1.0)),
]


# scikit-learn's mean_pinball_loss, the quantile loss under its own name (alpha = --tau).
SKLEARN_CASES = [
    ("quantile", "mean_pinball_loss(y_true, y_pred, alpha=0.3)", {"tau": 0.3}, [1.0, 2.0, 3.0], [2.0, 2.0, 2.0], {},
     lambda y, p, x: np.float64(skm.mean_pinball_loss(y, p, alpha=0.3))),
    ("quantile", "mean_pinball_loss(y_true, y_pred)", {}, [[1.0, 2.0], [3.0, 0.5]], [[2.0, 2.0], [2.0, 1.0]], {},
     lambda y, p, x: np.float64(skm.mean_pinball_loss(y, p))),
    ("quantile", "mean_pinball_loss(y_true, y_pred, alpha=0.9)", {"tau": 0.9}, [[1.0, 2.0], [3.0, 0.5]], [[2.0, 2.0], [2.0, 1.0]], {},
     lambda y, p, x: np.float64(skm.mean_pinball_loss(y, p, alpha=0.9))),
]


# Keras's options the tool once dropped or weighed the other way: Tversky(alpha, beta) (its alpha
# multiplies sum((1 - y_pred) * y_true)) and CategoricalFocalCrossentropy(label_smoothing=).
KERAS_CASES = [
    ("tversky", "Tversky(alpha=0.2, beta=0.8)(y_true, y_pred)", {"alpha": 0.2, "beta": 0.8}, [1.0, 0.0, 1.0], [0.9, 0.2, 0.6], {},
     lambda y, p, x: keras.losses.Tversky(alpha=0.2, beta=0.8)(np.array(y), np.array(p))),
    ("tversky", "Tversky(alpha=0.7, beta=0.1)(y_true, y_pred)", {"alpha": 0.7, "beta": 0.1},
     [[1.0, 0.0, 1.0, 0.0], [0.0, 1.0, 1.0, 0.0]], [[0.9, 0.2, 0.6, 0.4], [0.1, 0.8, 0.3, 0.5]], {},
     lambda y, p, x: keras.losses.Tversky(alpha=0.7, beta=0.1)(np.array(y), np.array(p))),
    ("categorical-focal", "CategoricalFocalCrossentropy(label_smoothing=0.1)(y_true, y_pred)", {"label-smoothing": 0.1},
     [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], [[0.7, 0.2, 0.1], [0.3, 0.3, 0.4]], {},
     lambda y, p, x: keras.losses.CategoricalFocalCrossentropy(label_smoothing=0.1)(np.array(y), np.array(p))),
    ("categorical-focal", "CategoricalFocalCrossentropy(label_smoothing=0.3, gamma=1.0)(y_true, y_pred)",
     {"label-smoothing": 0.3, "gamma": 1.0}, [[0.0, 0.0, 1.0]], [[0.2, 0.5, 0.3]], {},
     lambda y, p, x: keras.losses.CategoricalFocalCrossentropy(label_smoothing=0.3, gamma=1.0)(np.array(y), np.array(p))),
]


KERAS_CASES.append((
    "categorical-focal", "CategoricalFocalCrossentropy(alpha=[0.25, 0.5, 1.0])(y_true, y_pred)", {"class-weight": [0.25, 0.5, 1.0]},
    [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]], [[0.7, 0.2, 0.1], [0.3, 0.3, 0.4]], {},
    lambda y, p, x: keras.losses.CategoricalFocalCrossentropy(alpha=[0.25, 0.5, 1.0])(np.array(y), np.array(p))))

# Keras's ignore_class: the ignored targets' losses are 0 and 'sum_over_batch_size' divides by the kept ones.
SCCE_PRED = [[0.7, 0.2, 0.1], [0.3, 0.3, 0.4], [0.2, 0.5, 0.3], [0.1, 0.1, 0.8]]
for _reduction, _keras_reduction in (("mean", "sum_over_batch_size"), ("sum", "sum"), ("none", "none")):
    for _target in ([0, 2, 1, 2], [2, 2, 2, 2], [0, 1, 1, 0]):
        KERAS_CASES.append((
            "sparse-categorical-cross-entropy",
            f"SparseCategoricalCrossentropy(ignore_class=2, reduction={_keras_reduction!r})(y_true, y_pred)",
            {"ignore-index": 2, "reduction": _reduction}, _target, SCCE_PRED, {},
            lambda y, p, x, r=_keras_reduction: keras.losses.SparseCategoricalCrossentropy(ignore_class=2, reduction=r)(
                np.array(y, dtype=np.int64), np.array(p))))


# An empty batch, shape (0,): each framework's own answer (NaN, 0, an empty array, or an error).
EMPTY = []
for _reduction in ("mean", "sum", "none"):
    CASES.append(("l2", f"mse_loss(input, target, reduction={_reduction!r})", {"reduction": _reduction}, [], [], {},
                  lambda y, p, x, r=_reduction: F.mse_loss(t(p), t(y), reduction=r)))
    CASES.append(("binary-cross-entropy", f"binary_cross_entropy(input, target, reduction={_reduction!r})", {"reduction": _reduction},
                  [], [], {}, lambda y, p, x, r=_reduction: F.binary_cross_entropy(t(p), t(y), reduction=r)))
    KERAS_CASES.append(("l2", f"MeanSquaredError(reduction={('sum_over_batch_size' if _reduction == 'mean' else _reduction)!r})(y_true, y_pred)",
                        {"reduction": _reduction}, [], [], {},
                        lambda y, p, x, r=_reduction: keras.losses.MeanSquaredError(
                            reduction="sum_over_batch_size" if r == "mean" else r)(np.zeros(0), np.zeros(0))))
SKLEARN_CASES.append(("l2", "mean_squared_error(y_true, y_pred)", {}, [], [], {},
                      lambda y, p, x: np.float64(skm.mean_squared_error(np.zeros(0), np.zeros(0)))))


# Broadcasting: PyTorch broadcasts a target of another size (with a UserWarning); Keras first adds or
# drops a trailing axis of 1; gaussian_nll_loss takes one var per sample.
CASES += [
    ("l2", "mse_loss(input, target)", {}, [0.0, 1.0, 2.0], [[1.0], [2.0], [3.0]], {},
     lambda y, p, x: F.mse_loss(t(p), t(y))),
    ("l1", "l1_loss(input, target)", {}, [[0.0, 1.0], [2.0, 2.0], [1.0, 1.0]], [1.0, 2.0], {},
     lambda y, p, x: F.l1_loss(t(p), t(y))),
    ("huber", "huber_loss(input, target)", {}, [0.0, 1.0], [1.0, 2.0, 3.0], {},
     lambda y, p, x: F.huber_loss(t(p), t(y))),
    ("gaussian-nll", "gaussian_nll_loss(input, target, var)", {}, [[0.0, 1.0], [2.0, 2.0]], [[1.0, 2.0], [3.0, 4.0]], {"var": [1.0, 2.0]},
     lambda y, p, x: F.gaussian_nll_loss(t(p), t(y), t(x["var"]))),
    ("gaussian-nll", "gaussian_nll_loss(input, target, var)", {}, [[0.0, 1.0], [2.0, 2.0]], [[1.0, 2.0], [3.0, 4.0]], {"var": [[1.0], [2.0]]},
     lambda y, p, x: F.gaussian_nll_loss(t(p), t(y), t(x["var"]))),
    ("gaussian-nll", "gaussian_nll_loss(input, target, var)", {}, [[0.0, 1.0], [2.0, 2.0]], [[1.0, 2.0], [3.0, 4.0]], {"var": [1.0, 2.0, 3.0]},
     lambda y, p, x: F.gaussian_nll_loss(t(p), t(y), t(x["var"]))),
]
KERAS_CASES += [
    ("l2", "MeanSquaredError()(y_true, y_pred)", {}, [0.0, 1.0, 2.0], [[1.0], [2.0], [3.0]], {},
     lambda y, p, x: keras.losses.MeanSquaredError()(np.array(y), np.array(p))),
    ("l2", "MeanSquaredError()(y_true, y_pred)", {}, [[0.0, 1.0], [2.0, 2.0], [1.0, 1.0]], [[1.0, 2.0]], {},
     lambda y, p, x: keras.losses.MeanSquaredError()(np.array(y), np.array(p))),
    ("l2", "MeanSquaredError()(y_true, y_pred)", {}, [0.0, 1.0], [1.0, 2.0, 3.0], {},
     lambda y, p, x: keras.losses.MeanSquaredError()(np.array(y), np.array(p))),
]

# optax's functions without a shape check broadcast silently (jax.numpy rules); the others refuse.
OPTAX_CASES = [
    (loss, f"{name}({args})", {}, [1.0, 0.0, 1.0], [[0.9], [0.2], [0.6]], {},
     lambda y, p, x, name=name: getattr(optax.losses, name)(jnp.array(p), jnp.array(y)))
    for loss, name, args in (("sigmoid-cross-entropy", "sigmoid_binary_cross_entropy", "logits, labels"),
                             ("sigmoid-focal", "sigmoid_focal_loss", "logits, labels"),
                             ("huber", "huber_loss", "predictions, targets"),
                             ("log-cosh", "log_cosh", "predictions, targets"),
                             ("hinge", "hinge_loss", "predictor_outputs, targets"),
                             ("squared-error", "squared_error", "predictions, targets"),
                             ("l2", "l2_loss", "predictions, targets"),
                             ("perceptron", "perceptron_loss", "predictor_outputs, targets"))
]

# optax's multiclass hinge and perceptron read an out-of-range label as a one-hot row of zeros.
OPTAX_CASES += [
    (loss, f"{name}(scores, labels)", {}, labels, [[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]], {},
     lambda y, p, x, name=name: getattr(optax.losses, name)(jnp.array(p), jnp.array(y, dtype=jnp.int32)))
    for loss, name in (("multiclass-hinge", "multiclass_hinge_loss"), ("multiclass-perceptron", "multiclass_perceptron_loss"))
    for labels in ([5, 0], [-1, 2], [3, -4])
]


def main():
    records, refused = [], []
    cases = [("pytorch", "torch.nn.functional.") + c for c in CASES] + [("sklearn", "sklearn.metrics.") + c for c in SKLEARN_CASES] \
        + [("keras", "keras.losses.") + c for c in KERAS_CASES] + [("optax", "optax.losses.") + c for c in OPTAX_CASES]
    for framework, module, loss, function, options, y, p, extra, run in cases:
        record = {"framework": framework, "loss": loss, "call": module + function, "options": options,
                  "target": encode(y), "pred": encode(p)}
        record.update({k: encode(v) for k, v in extra.items()})
        call(record, lambda: run(y, p, extra), records, refused)
    document = {"generator": "Tests/Fixtures/frameworks/rules.py",
                "versions": {"python": sys.version.split()[0], "torch": torch.__version__, "scikit-learn": sklearn.__version__,
                             "keras": keras.__version__ + " (backend jax, floatx float64, mean in float64)",
                             "numpy": np.__version__, "optax": optax.__version__, "jax": jax.__version__},
                "counts": {f: sum(r["framework"] == f for r in records) for f in ("pytorch", "sklearn", "keras", "optax")}, "records": records, "refused": refused}
    write(os.path.join(HERE, "rules.json"), document)
    print(f"{len(records)} records, {len(refused)} refusals")


if __name__ == "__main__":
    main()
