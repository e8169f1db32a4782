"""Runs the one function each framework has for a loss it lacks under that name, on the inputs converted
to the function's convention, and writes names.json beside this script: what `eval --framework F` must
print for the loss's own inputs (generate.py's record form; `loss` is the name asked for).

Usage: the venv of generate.py (README.md), then
    KERAS_BACKEND=jax /tmp/fwvenv/bin/python Tests/Fixtures/frameworks/names.py
"""

import os
import sys

from common import encode, f64, write
import jax.numpy as jnp
import keras
import mlx.core as mx
import numpy as np
import optax
import sklearn
import sklearn.metrics as skm
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# torchvision's sigmoid_focal_loss run from its own file, as generate.py does (its C extension does not load).
from generate import sigmoid_focal_loss  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
mx.set_default_device(mx.cpu)


def logit(p):
    p = f64(p)
    return np.log(p) - np.log1p(-p)


PROBS_1D = ([1.0, 0.0, 1.0], [0.9, 0.2, 0.6])
ONE_HOT = ([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], [[0.7, 0.2, 0.1], [0.3, 0.3, 0.4]])
LABELS = ([0.0, 2.0], [[0.7, 0.2, 0.1], [0.3, 0.3, 0.4]])
RATES = ([2.0, 1.0, 0.0], [1.5, 0.5, 2.0])
LOG_RATES = ([2.0, 1.0, 0.0], [0.4, -0.7, 1.1])
LOG_PROBS = ([0.0, 2.0], np.log([[0.7, 0.2, 0.1], [0.3, 0.3, 0.4]]).tolist())
LOGITS = ([1.0, 0.0, 1.0], [2.0, -1.0, 0.3])

# (framework, loss asked, call, options, (target, pred), run on the loss's own inputs)
CASES = [
    ("pytorch", "poisson", "torch.nn.functional.poisson_nll_loss(input, target, log_input=False)", {}, RATES,
     lambda y, p: F.poisson_nll_loss(torch.tensor(f64(p)), torch.tensor(f64(y)), log_input=False)),
    ("pytorch", "focal", "torchvision.ops.sigmoid_focal_loss(logit(p), targets, alpha=-1, reduction='none')", {}, PROBS_1D,
     lambda y, p: sigmoid_focal_loss(torch.tensor(logit(p)), torch.tensor(f64(y)), alpha=-1, reduction="none")),
    ("pytorch", "focal", "torchvision.ops.sigmoid_focal_loss(logit(p), targets, alpha=0.25, gamma=1.0)", {"alpha": 0.25, "gamma": 1.0}, PROBS_1D,
     lambda y, p: sigmoid_focal_loss(torch.tensor(logit(p)), torch.tensor(f64(y)), alpha=0.25, gamma=1.0, reduction="none")),
    ("pytorch", "categorical-cross-entropy", "torch.nn.functional.cross_entropy(log(p), target)", {}, ONE_HOT,
     lambda y, p: F.cross_entropy(torch.tensor(np.log(f64(p))), torch.tensor(f64(y)))),
    ("pytorch", "sparse-categorical-cross-entropy", "torch.nn.functional.nll_loss(log(p), target)", {}, LABELS,
     lambda y, p: F.nll_loss(torch.tensor(np.log(f64(p))), torch.tensor(np.asarray(y, dtype=np.int64)))),
    ("pytorch", "weighted-sigmoid-cross-entropy", "torch.nn.functional.binary_cross_entropy_with_logits(input, target, pos_weight=2.0)",
     {"pos-weight": [2.0]}, LOGITS,
     lambda y, p: F.binary_cross_entropy_with_logits(torch.tensor(f64(p)), torch.tensor(f64(y)), pos_weight=torch.tensor([2.0]))),
    ("optax", "focal", "optax.losses.sigmoid_focal_loss(logit(p), labels)", {}, PROBS_1D,
     lambda y, p: optax.losses.sigmoid_focal_loss(jnp.asarray(logit(p)), jnp.asarray(f64(y)))),
    ("optax", "binary-cross-entropy", "optax.losses.sigmoid_binary_cross_entropy(logit(p), labels)", {}, PROBS_1D,
     lambda y, p: optax.losses.sigmoid_binary_cross_entropy(jnp.asarray(logit(p)), jnp.asarray(f64(y)))),
    ("optax", "categorical-cross-entropy", "optax.losses.softmax_cross_entropy(log(p), labels)", {}, ONE_HOT,
     lambda y, p: optax.losses.softmax_cross_entropy(jnp.asarray(np.log(f64(p))), jnp.asarray(f64(y)))),
    ("optax", "sparse-categorical-cross-entropy", "optax.losses.softmax_cross_entropy_with_integer_labels(log(p), labels)", {}, LABELS,
     lambda y, p: optax.losses.softmax_cross_entropy_with_integer_labels(jnp.asarray(np.log(f64(p))), jnp.asarray(np.asarray(y, dtype=np.int64)))),
    ("sklearn", "sigmoid-cross-entropy", "sklearn.metrics.log_loss(y_true, sigmoid(z), labels=[0, 1])", {}, LOGITS,
     lambda y, p: np.float64(skm.log_loss(f64(y), 1 / (1 + np.exp(-f64(p))), labels=[0, 1]))),
    ("sklearn", "categorical-cross-entropy", "sklearn.metrics.log_loss(y_true_one_hot, y_proba)", {}, ONE_HOT,
     lambda y, p: np.float64(skm.log_loss(f64(y), f64(p)))),
    ("keras", "poisson-nll", "keras.losses.Poisson()(y_true, exp(x))", {}, LOG_RATES,
     lambda y, p: keras.losses.Poisson()(f64(y), np.exp(f64(p)))),
    ("keras", "nll", "keras.losses.SparseCategoricalCrossentropy()(y_true, exp(log p))", {}, LOG_PROBS,
     lambda y, p: keras.losses.SparseCategoricalCrossentropy()(np.asarray(y, dtype=np.int64), np.exp(f64(p)))),
]


def main():
    records = []
    for framework, loss, call, options, (y, p), run in CASES:
        value = np.asarray(run(y, p), dtype=np.float64)
        records.append({"framework": framework, "loss": loss, "call": call, "options": options,
                        "target": encode(y), "pred": encode(p), "shape": list(value.shape), "value": encode(value)})
    counts = {}
    for record in records:
        counts[record["framework"]] = counts.get(record["framework"], 0) + 1
    document = {"generator": "Tests/Fixtures/frameworks/names.py",
                "versions": {"python": sys.version.split()[0], "torch": torch.__version__, "keras": keras.__version__,
                             "optax": optax.__version__, "scikit-learn": sklearn.__version__, "numpy": np.__version__},
                "counts": counts, "records": records, "refused": []}
    write(os.path.join(HERE, "names.json"), document)
    print(f"{len(records)} records: {counts}")


if __name__ == "__main__":
    main()
