"""Runs each framework's real loss function once and writes fixtures.json beside this script.

Usage (a venv of its own; `make test` never needs these libraries):
    python3 -m venv /tmp/fwvenv
    /tmp/fwvenv/bin/pip install torch==2.13.0+cpu keras jax optax mlx mlx-cpu scikit-learn
    /tmp/fwvenv/bin/pip install --no-deps torchvision==0.28.0
    KERAS_BACKEND=jax /tmp/fwvenv/bin/python Tests/Fixtures/frameworks/generate.py

Every case is a target array, a prediction array (and for some losses `input2` or `var`) and a set of
options named as loss-plot's flags. A case runs on every framework whose function for that loss
accepts all of its options; the record keeps the framework's call as text, in the framework's own
argument names, and the value it returned in float64 (repr-exact; "inf", "-inf", "nan" as strings).

Array meanings (the framework's argument order, see README.md): `target` is y_true / target /
labels / targets, `pred` is y_pred / input / logits / predictions / inputs; margin_ranking takes
input1 = pred, input2 = input2; triplet takes anchor = target, positive = pred, negative = input2;
gaussian_nll takes var.
"""

import importlib.util
import json
import math
import os
import sys
import types

os.environ.setdefault("KERAS_BACKEND", "jax")

import jax  # noqa: E402

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp  # noqa: E402
import keras  # noqa: E402
import mlx.core as mx  # noqa: E402
import mlx.nn.losses as mlx_losses  # noqa: E402
import numpy as np  # noqa: E402
import optax  # noqa: E402
import sklearn  # noqa: E402
import sklearn.linear_model._sgd_fast as sgd  # noqa: E402
import sklearn.metrics as skm  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# Keras and torch in float64, as every script of this folder sets them up (common.py), and its JSON numbers.
from common import encode, f64, number  # noqa: E402,F401

mx.set_default_device(mx.cpu)


def _load_torchvision_focal():
    """torchvision.ops.sigmoid_focal_loss, executed from the installed wheel's own file.

    torchvision's PyPI wheels are built against one torch; with torch 2.13.0+cpu its C extension
    fails to load ("operator torchvision::nms does not exist"), so `import torchvision` fails. The
    focal loss itself is pure Python (torch and F only): run that file with a stub for the usage log.
    """
    spec = importlib.util.find_spec("torchvision")
    root = spec.submodule_search_locations[0]
    package = types.ModuleType("tv_ops")
    package.__path__ = []
    utils = types.ModuleType("tv_utils")
    utils._log_api_usage_once = lambda _: None
    sys.modules["tv_ops"] = package
    sys.modules["tv_utils"] = utils
    source = open(os.path.join(root, "ops", "focal_loss.py")).read()
    source = source.replace("from ..utils import _log_api_usage_once", "from tv_utils import _log_api_usage_once")
    module = types.ModuleType("tv_ops.focal_loss")
    exec(compile(source, "torchvision/ops/focal_loss.py", "exec"), module.__dict__)
    return module.sigmoid_focal_loss


sigmoid_focal_loss = _load_torchvision_focal()


def _version(name):
    from importlib.metadata import version

    return version(name)


VERSIONS = {
    "python": sys.version.split()[0],
    "numpy": np.__version__,
    "torch": torch.__version__,
    "torchvision": _version("torchvision") + " (ops/focal_loss.py run alone, see README.md)",
    "keras": keras.__version__ + " (backend jax, floatx float64, mean in float64)",
    "jax": jax.__version__,
    "jaxlib": _version("jaxlib"),
    "optax": optax.__version__,
    "mlx": _version("mlx"),
    "mlx-cpu": _version("mlx-cpu"),
    "scikit-learn": sklearn.__version__,
}

# ---------------------------------------------------------------------------------------------
# Array conversion per framework


def ints(a):
    return np.asarray(a, dtype=np.int64)


def to_torch(a, integer=False):
    return torch.tensor(ints(a) if integer else f64(a))


def to_jax(a, integer=False):
    return jnp.asarray(ints(a) if integer else f64(a))


def to_mlx(a, integer=False):
    return mx.array(np.asarray(a, dtype=np.int32)) if integer else mx.array(f64(a), dtype=mx.float64)


def result(value):
    """The returned value as float64 numbers: a float, or nested lists for arrays."""
    if isinstance(value, mx.array):
        assert value.dtype == mx.float64, value.dtype
        array = np.array(value)
    elif isinstance(value, torch.Tensor):
        assert value.dtype == torch.float64, value.dtype
        array = value.detach().numpy()
    else:
        array = np.asarray(value)
        assert array.dtype == np.float64, array.dtype
    return array.astype(np.float64)


# ---------------------------------------------------------------------------------------------
# Each framework's function per loss: (call text, accepted options, sparse targets, function).
# A function takes (target, pred, extra, options) as nested lists and returns the framework's value.

KERAS_REDUCTION = {"mean": "sum_over_batch_size", "sum": "sum", "none": "none"}


def keras_entry(cls, fixed=None, sparse=False, options=("reduction",), option_names=None):
    fixed = fixed or {}
    option_names = option_names or {}

    def kwargs(opts):
        args = dict(fixed)
        for key, value in opts.items():
            if key == "reduction":
                args["reduction"] = KERAS_REDUCTION[value]
            elif key == "alpha" and cls is keras.losses.BinaryFocalCrossentropy:
                args["apply_class_balancing"] = True
                args["alpha"] = value
            else:
                args[option_names.get(key, key.replace("-", "_"))] = value
        return args

    def call(opts):
        inner = ", ".join(f"{k}={v!r}" for k, v in kwargs(opts).items())
        return f"keras.losses.{cls.__name__}({inner})(y_true, y_pred)"

    def run(t, p, x, opts):
        y_true = ints(t) if sparse else f64(t)
        return cls(**kwargs(opts))(y_true, f64(p))

    return call, set(options), run


def text_kwargs(opts, names):
    return "".join(f", {names.get(k, k.replace('-', '_'))}={v!r}" for k, v in opts.items())


def torch_entry(name, sparse=False, options=("reduction",), arrays="input, target", names=None, fn=None):
    names = names or {}
    function = fn or getattr(F, name)
    prefix = "torchvision.ops" if fn is not None else "torch.nn.functional"

    def call(opts):
        return f"{prefix}.{name}({arrays}{text_kwargs(opts, names)})"

    def run(t, p, x, opts):
        kwargs = {names.get(k, k.replace("-", "_")): v for k, v in opts.items()}
        if "pos_weight" in kwargs:
            kwargs["pos_weight"] = torch.tensor(f64(kwargs["pos_weight"]))
        if arrays == "input1, input2, target":
            return function(to_torch(p), to_torch(x["input2"]), to_torch(t), **kwargs)
        if arrays == "anchor, positive, negative":
            return function(to_torch(t), to_torch(p), to_torch(x["input2"]), **kwargs)
        if arrays == "input, target, var":
            return function(to_torch(p), to_torch(t), to_torch(x["var"]), **kwargs)
        return function(to_torch(p), to_torch(t, integer=sparse), **kwargs)

    return call, set(options), run


def optax_entry(name, arrays="predictions, targets", sparse=False, options=(), names=None, variants=None):
    names = names or {}
    variants = variants or {}

    def function(opts):
        for key, (value, other) in variants.items():
            if opts.get(key) == value:
                return other
        return name

    def kwargs(opts):
        return {names.get(k, k.replace("-", "_")): v for k, v in opts.items() if k not in variants}

    def call(opts):
        name_used = function(opts)
        shown = arrays.replace("targets", "log_targets") if name_used.endswith("_with_log_targets") else arrays
        return f"optax.losses.{name_used}({shown}{text_kwargs(kwargs(opts), {})})"

    def run(t, p, x, opts):
        f = getattr(optax.losses, function(opts))
        if arrays == "anchors, positives, negatives":
            return f(to_jax(t), to_jax(p), to_jax(x["input2"]), **kwargs(opts))
        return f(to_jax(p), to_jax(t, integer=sparse), **kwargs(opts))

    return call, set(options), run


def mlx_entry(name, arrays="inputs, targets", sparse=False, options=("reduction",), fixed=None):
    fixed = fixed or {}

    def call(opts):
        return f"mlx.nn.losses.{name}({arrays}{text_kwargs({**fixed, **opts}, {})})"

    def run(t, p, x, opts):
        f = getattr(mlx_losses, name)
        kwargs = {**fixed, **{k.replace("-", "_"): v for k, v in opts.items()}}
        if arrays == "inputs1, inputs2, targets":
            return f(to_mlx(p), to_mlx(x["input2"]), to_mlx(t), **kwargs)
        if arrays == "anchors, positives, negatives":
            return f(to_mlx(t), to_mlx(p), to_mlx(x["input2"]), **kwargs)
        if arrays == "inputs, targets, vars":
            return f(to_mlx(p), to_mlx(t), to_mlx(x["var"]), **kwargs)
        return f(to_mlx(p), to_mlx(t, integer=sparse), **kwargs)

    return call, set(options), run


def sklearn_metric(name, extra="", kwargs_of=None):
    def call(opts):
        return f"sklearn.metrics.{name}(y_true, y_pred{extra})"

    def run(t, p, x, opts):
        kwargs = kwargs_of(t, p) if kwargs_of else {}
        return np.float64(getattr(skm, name)(f64(t), f64(p), **kwargs))

    return call, set(), run


NOT_APPLICABLE = object()  # a case this function is not defined for (the SGD losses take scalars)


def sklearn_sgd(cls, args):
    def call(opts):
        return f"[sklearn.linear_model._sgd_fast.{cls.__name__}({', '.join(map(repr, args))}).py_loss(p, y) for p, y in zip(pred, target)]"

    def run(t, p, x, opts):
        loss = cls(*args)
        if np.ndim(p) != 1:
            return NOT_APPLICABLE
        return np.array([loss.py_loss(float(pi), float(ti)) for pi, ti in zip(p, t)], dtype=np.float64)

    return call, set(), run


def binary_labels(t, p):
    return {"labels": [0, 1]}


def class_labels(t, p):
    return {"labels": list(range(np.shape(p)[-1]))}


K = keras.losses
FUNCTIONS = {
    "keras": {
        "l1": keras_entry(K.MeanAbsoluteError),
        "l2": keras_entry(K.MeanSquaredError),
        "huber": keras_entry(K.Huber, options=("reduction", "delta")),
        "log-cosh": keras_entry(K.LogCosh),
        "msle": keras_entry(K.MeanSquaredLogarithmicError),
        "mape": keras_entry(K.MeanAbsolutePercentageError),
        "poisson": keras_entry(K.Poisson),
        "hinge": keras_entry(K.Hinge),
        "squared-hinge": keras_entry(K.SquaredHinge),
        "multiclass-hinge": keras_entry(K.CategoricalHinge),
        "binary-cross-entropy": keras_entry(K.BinaryCrossentropy, options=("reduction", "label-smoothing")),
        "sigmoid-cross-entropy": keras_entry(K.BinaryCrossentropy, {"from_logits": True}, options=("reduction", "label-smoothing")),
        "categorical-cross-entropy": keras_entry(K.CategoricalCrossentropy, options=("reduction", "label-smoothing")),
        "softmax-cross-entropy": keras_entry(K.CategoricalCrossentropy, {"from_logits": True}, options=("reduction", "label-smoothing")),
        "sparse-categorical-cross-entropy": keras_entry(K.SparseCategoricalCrossentropy, sparse=True),
        "sparse-softmax-cross-entropy": keras_entry(K.SparseCategoricalCrossentropy, {"from_logits": True}, sparse=True),
        "kl-divergence": keras_entry(K.KLDivergence),
        "focal": keras_entry(K.BinaryFocalCrossentropy, options=("reduction", "gamma", "alpha", "label-smoothing")),
        "sigmoid-focal": keras_entry(K.BinaryFocalCrossentropy, {"from_logits": True}, options=("reduction", "gamma", "alpha", "label-smoothing")),
        "categorical-focal": keras_entry(K.CategoricalFocalCrossentropy, options=("reduction", "gamma", "alpha")),
        "dice": keras_entry(K.Dice),
        "tversky": keras_entry(K.Tversky),
        "cosine-similarity": keras_entry(K.CosineSimilarity),
    },
    "pytorch": {
        "l1": torch_entry("l1_loss"),
        "l2": torch_entry("mse_loss"),
        "huber": torch_entry("huber_loss", options=("reduction", "delta")),
        "smooth-l1": torch_entry("smooth_l1_loss", options=("reduction", "beta")),
        "binary-cross-entropy": torch_entry("binary_cross_entropy"),
        "sigmoid-cross-entropy": torch_entry("binary_cross_entropy_with_logits", options=("reduction", "pos-weight")),
        "softmax-cross-entropy": torch_entry("cross_entropy", options=("reduction", "label-smoothing")),
        "sparse-softmax-cross-entropy": torch_entry("cross_entropy", sparse=True, options=("reduction", "label-smoothing")),
        "nll": torch_entry("nll_loss", sparse=True),
        "kl-divergence": torch_entry("kl_div", options=("reduction", "log-target")),
        "poisson-nll": torch_entry("poisson_nll_loss", options=("reduction", "log-input", "full")),
        "gaussian-nll": torch_entry("gaussian_nll_loss", arrays="input, target, var", options=("reduction", "full")),
        "hinge-embedding": torch_entry("hinge_embedding_loss", options=("reduction", "margin")),
        "margin-ranking": torch_entry("margin_ranking_loss", arrays="input1, input2, target", options=("reduction", "margin")),
        "triplet-margin": torch_entry("triplet_margin_loss", arrays="anchor, positive, negative", options=("reduction", "margin")),
        "cosine-embedding": torch_entry("cosine_embedding_loss", arrays="input1, input2, target", options=("reduction", "margin")),
        "multiclass-hinge": torch_entry("multi_margin_loss", sparse=True, options=("reduction", "margin")),
        "logistic": torch_entry("soft_margin_loss"),
        "multilabel-soft-margin": torch_entry("multilabel_soft_margin_loss"),
        "sigmoid-focal": torch_entry("sigmoid_focal_loss", options=("reduction", "gamma", "alpha"), arrays="inputs, targets", fn=sigmoid_focal_loss),
    },
    "optax": {
        "l2": optax_entry("l2_loss"),
        "squared-error": optax_entry("squared_error"),
        "huber": optax_entry("huber_loss", options=("delta",)),
        "log-cosh": optax_entry("log_cosh"),
        "hinge": optax_entry("hinge_loss", arrays="predictor_outputs, targets"),
        "perceptron": optax_entry("perceptron_loss", arrays="predictor_outputs, targets"),
        "multiclass-hinge": optax_entry("multiclass_hinge_loss", arrays="scores, labels", sparse=True),
        "multiclass-perceptron": optax_entry("multiclass_perceptron_loss", arrays="scores, labels", sparse=True),
        "sigmoid-cross-entropy": optax_entry("sigmoid_binary_cross_entropy", arrays="logits, labels"),
        "softmax-cross-entropy": optax_entry("softmax_cross_entropy", arrays="logits, labels"),
        "sparse-softmax-cross-entropy": optax_entry("softmax_cross_entropy_with_integer_labels", arrays="logits, labels", sparse=True),
        "kl-divergence": optax_entry("kl_divergence", arrays="log_predictions, targets", options=("log-target",), variants={"log-target": (True, "kl_divergence_with_log_targets")}),
        "sigmoid-focal": optax_entry("sigmoid_focal_loss", arrays="logits, labels", options=("gamma", "alpha")),
        "cosine-similarity": optax_entry("cosine_similarity"),
        "cosine-distance": optax_entry("cosine_distance"),
        "triplet-margin": optax_entry("triplet_margin_loss", arrays="anchors, positives, negatives", options=("margin",)),
    },
    "mlx": {
        "l1": mlx_entry("l1_loss", arrays="predictions, targets"),
        "l2": mlx_entry("mse_loss", arrays="predictions, targets"),
        "huber": mlx_entry("huber_loss", options=("reduction", "delta")),
        "smooth-l1": mlx_entry("smooth_l1_loss", arrays="predictions, targets", options=("reduction", "beta")),
        "log-cosh": mlx_entry("log_cosh_loss"),
        "binary-cross-entropy": mlx_entry("binary_cross_entropy", fixed={"with_logits": False}),
        "sigmoid-cross-entropy": mlx_entry("binary_cross_entropy"),
        "softmax-cross-entropy": mlx_entry("cross_entropy", arrays="logits, targets", options=("reduction", "label-smoothing")),
        "sparse-softmax-cross-entropy": mlx_entry("cross_entropy", arrays="logits, targets", sparse=True, options=("reduction", "label-smoothing")),
        "nll": mlx_entry("nll_loss", sparse=True),
        "kl-divergence": mlx_entry("kl_div_loss"),
        "gaussian-nll": mlx_entry("gaussian_nll_loss", arrays="inputs, targets, vars", options=("reduction", "full")),
        "hinge": mlx_entry("hinge_loss"),
        "cosine-similarity": mlx_entry("cosine_similarity_loss", arrays="x1, x2"),
        "margin-ranking": mlx_entry("margin_ranking_loss", arrays="inputs1, inputs2, targets", options=("reduction", "margin")),
        "triplet-margin": mlx_entry("triplet_loss", arrays="anchors, positives, negatives", options=("reduction", "margin")),
    },
    "sklearn": {
        "l1": sklearn_metric("mean_absolute_error"),
        "l2": sklearn_metric("mean_squared_error"),
        "mape": sklearn_metric("mean_absolute_percentage_error"),
        "msle": sklearn_metric("mean_squared_log_error"),
        "binary-cross-entropy": sklearn_metric("log_loss", ", labels=[0, 1]", binary_labels),
        "sparse-categorical-cross-entropy": sklearn_metric("log_loss", ", labels=range(C)", class_labels),
        "hinge": sklearn_metric("hinge_loss"),
        "squared-hinge": sklearn_sgd(sgd.SquaredHinge, [1.0]),
        "perceptron": sklearn_sgd(sgd.Hinge, [0.0]),
        "modified-huber": sklearn_sgd(sgd.ModifiedHuber, []),
        "epsilon-insensitive": sklearn_sgd(sgd.EpsilonInsensitive, [0.1]),
        "squared-epsilon-insensitive": sklearn_sgd(sgd.SquaredEpsilonInsensitive, [0.1]),
    },
}

# ---------------------------------------------------------------------------------------------
# Cases: (target, pred, options, extra arrays). 1-D arrays are flat lists, 2-D ones lists of rows.


def case(target, pred, options=None, **extra):
    return {"target": target, "pred": pred, "options": options or {}, "extra": extra}


REGRESSION = [
    case([0.0, 1.0, 2.0, -1.5], [0.5, 3.0, 1.9, 1.0]),  # residuals beyond delta = 1
    case([[1.0, 9.0, 2.0], [-5.0, -2.0, 6.0]], [[4.0, 8.0, 12.0], [8.0, 1.0, 3.0]]),
    case([0.0], [1e4]),
    case([[0.0, 0.0]], [[1.0, 3.0]]),
    case([3.0, -2.0], [3.0, -2.0]),
    case([0.0, 1.0, 2.0, -1.5], [0.5, 3.0, 1.9, 1.0], {"reduction": "sum"}),
    case([[1.0, 9.0, 2.0], [-5.0, -2.0, 6.0]], [[4.0, 8.0, 12.0], [8.0, 1.0, 3.0]], {"reduction": "none"}),
    case([0.0, 1.0, 2.0, -1.5], [0.5, 3.0, 1.9, 1.0], {"delta": 2.0}),
    case([0.0, 1.0, 2.0, -1.5], [0.5, 3.0, 1.9, 1.0], {"beta": 0.5}),
]
POSITIVE = [
    case([1.0, 2.0, 0.5, 3.0], [1.5, 1.0, 0.5, 4.0]),
    case([[0.0, 1.0], [2.0, 0.0]], [[0.0, 0.5], [3.0, 1.0]]),  # zeros in the target (mape's epsilon)
    case([0.0, 0.0], [1.0, 0.0]),
    case([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[1.5, 2.0, 2.0], [8.0, 0.0, 6.5]], {"reduction": "none"}),
]
PROBABILITIES = [
    case([1.0, 0.0, 1.0, 0.0], [0.9, 0.1, 0.2, 0.7]),
    case([1.0], [0.0]),
    case([1.0], [1e-9]),
    case([0.0], [0.0]),
    case([0.0], [1.0]),
    case([1.0], [1.0]),
    case([1.0, 0.0, 1.0, 0.0], [0.0, 1.0, 1.0, 0.0]),
    case([[0.0, 1.0], [0.0, 0.0]], [[0.6, 0.4], [0.4, 0.6]]),
    case([0.3, 0.8], [0.4, 0.6]),  # soft targets
    case([1.0, 0.0, 1.0, 0.0], [0.9, 0.1, 0.2, 0.7], {"reduction": "sum"}),
    case([[0.0, 1.0], [0.0, 0.0]], [[0.6, 0.4], [0.4, 0.6]], {"reduction": "none"}),
    case([1.0, 0.0], [0.9, 0.2], {"label-smoothing": 0.3}),
    case([1.0, 0.0], [0.5, 0.5], {"gamma": 3.0}),
    case([1.0, 0.0], [0.5, 0.5], {"alpha": 0.25}),
]
LOGITS = [
    case([1.0, 0.0, 1.0, 0.0], [2.0, -1.0, 0.0, 0.5]),
    case([1.0, 0.0, 1.0, 0.0], [100.0, -100.0, -100.0, 100.0]),
    case([1.0, 0.0], [1e4, 1e4]),
    case([0.0], [20.0]),
    case([1.0], [0.0]),
    case([[0.0, 1.0], [1.0, 0.5]], [[-1.0, 3.0], [0.5, -2.0]]),
    case([0.85, 0.1], [2.0, -0.5]),
    case([1.0, 0.0, 1.0, 0.0], [2.0, -1.0, 0.0, 0.5], {"reduction": "sum"}),
    case([[0.0, 1.0], [1.0, 0.5]], [[-1.0, 3.0], [0.5, -2.0]], {"reduction": "none"}),
    case([1.0, 0.0], [2.0, -0.5], {"label-smoothing": 0.3}),
    case([1.0, 0.0, 1.0], [2.0, -1.0, -3.0], {"pos-weight": [3.0]}),
    case([[1.0, 0.0], [0.0, 1.0]], [[2.0, -1.0], [-3.0, 0.5]], {"pos-weight": [3.0, 0.5]}),
    case([1.0, 0.0, 1.0], [0.0, 0.0, 3.0], {"gamma": 1.0}),
    case([1.0, 0.0, 1.0], [0.0, 0.0, 3.0], {"alpha": 0.75}),
    case([1.0, 0.0, 1.0], [0.0, 0.0, 3.0], {"alpha": 0.25, "gamma": 0.0}),
]
LABELS_PM1 = [
    case([1.0, -1.0, 1.0, -1.0], [0.3, -2.0, -0.5, 0.8]),
    case([0.0, 1.0, 1.0, 0.0], [0.3, -2.0, -0.5, 0.8]),  # 0/1 labels
    case([[0.0, 1.0], [0.0, 0.0]], [[0.6, 0.4], [0.4, 0.6]]),  # Keras's HingeTest
    case([[-1.0, 1.0], [0.0, 1.0]], [[0.6, 0.4], [0.4, 0.6]]),  # -1, 0 and 1: no conversion
    case([1.0, -1.0, 1.0], [2.0, 2.0, -3.0]),
    case([1.0, -1.0, 1.0, -1.0], [0.3, -2.0, -0.5, 0.8], {"reduction": "sum"}),
    case([1.0, -1.0, 1.0, -1.0], [0.3, -2.0, -0.5, 0.8], {"margin": 2.0}),
]
DISTRIBUTIONS = [
    case([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], [[0.5, 0.3, 0.2], [0.1, 0.8, 0.1]]),
    case([1.0, 0.0, 0.0], [0.5, 0.3, 0.2]),
    case([[0.5, 0.5], [1.0, 0.0]], [[0.8, 0.2], [0.9, 0.1]]),  # a zero in the target
    case([[1.0, 0.0, 0.0]], [[0.0, 0.5, 0.5]]),  # a zero where the target is one
    case([[1.0, 0.0, 0.0]], [[1.0, 1.0, 2.0]]),  # not normalised
    case([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]], [[0.25, 0.25, 0.5], [0.3, 0.3, 0.4]], {"reduction": "none"}),
    case([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], [[0.5, 0.3, 0.2], [0.1, 0.8, 0.1]], {"reduction": "sum"}),
    case([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], [[0.5, 0.3, 0.2], [0.1, 0.8, 0.1]], {"label-smoothing": 0.1}),
    case([[1.0, 0.0], [0.0, 1.0]], [[0.5, 0.5], [0.2, 0.8]], {"gamma": 1.0, "alpha": 0.5}),
]
SOFTMAX = [
    case([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], [[2.0, -1.0, 0.5], [-1.0, 2.0, 0.0]]),
    case([1.0, 0.0], [2.0, -1.0]),
    case([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]], [[2.0, -1.0, 0.5], [-1.0, 2.0, 0.0]]),
    case([[1.0, 0.0], [0.0, 1.0]], [[1e4, -1e4], [100.0, -100.0]]),
    case([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], [[2.0, -1.0, 0.5], [-1.0, 2.0, 0.0]], {"reduction": "none"}),
    case([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], [[2.0, -1.0, 0.5], [-1.0, 2.0, 0.0]], {"reduction": "sum"}),
    case([1.0, 0.0], [2.0, -1.0], {"label-smoothing": 0.3}),
    case([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], [[2.0, -1.0, 0.5], [-1.0, 2.0, 0.0]], {"label-smoothing": 0.1}),
]
SPARSE_LOGITS = [
    case([0, 1], [[2.0, -1.0, 0.5], [-1.0, 2.0, 0.0]]),
    case([2, 0, 1], [[0.5, -1.0, -3.0], [0.5, -1.0, -3.0], [1e4, -1e4, 0.0]]),
    case([0, 1], [[2.0, -1.0], [-1.0, 2.0]], {"reduction": "none"}),
    case([0, 1], [[2.0, -1.0, 0.5], [-1.0, 2.0, 0.0]], {"reduction": "sum"}),
    case([0, 1], [[2.0, -1.0, 0.5], [-1.0, 2.0, 0.0]], {"label-smoothing": 0.3}),
]
SPARSE_PROBABILITIES = [
    case([0, 1], [[0.5, 0.3, 0.2], [0.1, 0.8, 0.1]]),
    case([2, 0], [[0.5, 0.5, 0.0], [1.0, 1.0, 2.0]]),
    case([0, 1], [[0.5, 0.3, 0.2], [0.1, 0.8, 0.1]], {"reduction": "none"}),
]
LOG_PROBABILITIES = [
    case([0, 1], [[-0.6931471805599453, -1.2039728043259361, -1.6094379124341003], [-2.3025850929940455, -0.2231435513142097, -2.3025850929940455]]),
    case([2, 0], [[-1.0, -2.0, -3.0], [0.0, -100.0, -1e4]]),
    case([0, 1], [[-0.5, -1.0], [-2.0, -0.1]], {"reduction": "sum"}),
    case([0, 1], [[-0.5, -1.0], [-2.0, -0.1]], {"reduction": "mean"}),
]
KL = [  # target p, pred as each framework reads it (see the loss-specific cases below)
    case([[0.5, 0.5]], [[0.8, 0.2]]),
    case([[1.0, 0.0]], [[0.9, 0.1]]),
    case([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]], [[0.25, 0.25, 0.5], [0.3, 0.3, 0.4]]),
    case([0.5, 0.5], [0.8, 0.2]),
    case([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]], [[0.25, 0.25, 0.5], [0.3, 0.3, 0.4]], {"reduction": "none"}),
    case([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]], [[0.25, 0.25, 0.5], [0.3, 0.3, 0.4]], {"reduction": "sum"}),
    case([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]], [[0.25, 0.25, 0.5], [0.3, 0.3, 0.4]], {"reduction": "batchmean"}),
]
MULTICLASS_SCORES = [
    case([0], [[0.5, -1.0, -3.0]]),
    case([0, 2, 1], [[0.5, -1.0, -3.0], [0.2, 0.1, 0.3], [1.0, 1.0, -1.0]]),
    case([0, 2], [[0.5, 0.9, -3.0], [0.2, 0.1, 0.3]], {"reduction": "none"}),
    case([0, 2], [[0.5, 0.9, -3.0], [0.2, 0.1, 0.3]], {"margin": 2.0}),
]
ONE_HOT_SCORES = [
    case([[1.0, 0.0, 0.0]], [[0.5, -1.0, -3.0]]),
    case([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]], [[0.5, -1.0, -3.0], [0.2, 0.1, 0.3], [1.0, 1.0, -1.0]]),
]
OVERLAP = [
    case([1.0, 0.0, 1.0, 0.0], [0.9, 0.1, 0.8, 0.2]),
    case([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]], [[0.7, 0.2, 0.9], [0.1, 0.6, 0.3]]),
    case([0.0, 0.0], [0.0, 0.0]),
]
COSINE = [
    case([[1.0, 1.0]], [[1.0, 0.0]]),
    case([[1.0, 2.0, 3.0], [0.0, 1.0, 0.0]], [[-1.0, 0.5, 2.0], [0.0, 0.0, 0.0]]),  # a zero vector
    case([1.0, 1.0], [1.0, 0.0]),
    case([[1.0, 2.0, 3.0], [0.0, 1.0, 0.0]], [[-1.0, 0.5, 2.0], [3.0, 1.0, 0.0]], {"reduction": "none"}),
]
COSINE_EMBEDDING = [
    case([1.0, -1.0], [[1.0, 0.0], [1.0, 2.0]], input2=[[1.0, 1.0], [2.0, 1.0]]),
    case([1.0, -1.0], [[1.0, 0.0], [1.0, 2.0]], {"margin": 0.5}, input2=[[1.0, 1.0], [2.0, 1.0]]),
    case([-1.0], [[1.0, 0.0]], {"reduction": "none"}, input2=[[-1.0, 0.1]]),
]
RANKING = [
    case([1.0, -1.0, 1.0], [0.5, 0.2, -1.0], input2=[0.1, 0.9, 0.0]),
    case([1.0, -1.0, 1.0], [0.5, 0.2, -1.0], {"margin": 0.5}, input2=[0.1, 0.9, 0.0]),
    case([1.0, -1.0, 1.0], [0.5, 0.2, -1.0], {"reduction": "none"}, input2=[0.1, 0.9, 0.0]),
    case([1.0, -1.0, 1.0], [0.5, 0.2, -1.0], {"reduction": "sum"}, input2=[0.1, 0.9, 0.0]),
]
TRIPLET = [
    case([[0.0, 0.0]], [[2.0, 0.0]], input2=[[0.0, 3.0]]),
    case([[0.0, 0.0], [1.0, 1.0]], [[1.0, 0.0], [1.0, 2.0]], input2=[[0.5, 0.5], [4.0, 1.0]]),
    case([[0.0, 0.0], [1.0, 1.0]], [[1.0, 0.0], [1.0, 2.0]], {"margin": 2.0}, input2=[[0.5, 0.5], [4.0, 1.0]]),
    case([[0.0, 0.0], [1.0, 1.0]], [[1.0, 0.0], [1.0, 2.0]], {"reduction": "none"}, input2=[[0.5, 0.5], [4.0, 1.0]]),
]
GAUSSIAN = [
    case([0.0, 1.0, 2.0], [0.5, 3.0, 1.9], var=[1.0, 2.0, 0.5]),
    case([0.0, 1.0], [0.5, 3.0], var=[0.0, 1e-9]),  # var below eps = 1e-6
    case([[0.0, 1.0], [2.0, 3.0]], [[0.5, 3.0], [1.9, 2.0]], var=[[1.0, 2.0], [0.5, 4.0]]),
    case([0.0, 1.0, 2.0], [0.5, 3.0, 1.9], {"full": True}, var=[1.0, 2.0, 0.5]),
    case([0.0, 1.0, 2.0], [0.5, 3.0, 1.9], {"reduction": "none"}, var=[1.0, 2.0, 0.5]),
]
POISSON_LOG = [
    case([2.0, 0.0, 1.0, 5.0], [1.5, 0.0, -1.0, 2.0]),
    case([[2.0, 0.0], [1.0, 5.0]], [[1.5, 0.0], [-1.0, 2.0]], {"reduction": "none"}),
    case([2.0, 0.0, 1.0, 5.0], [1.5, 0.0, 3.0, 2.0], {"log-input": False}),
    case([2.0, 0.0, 1.0, 5.0], [1.5, 0.0, 3.0, 2.0], {"log-input": False, "full": True}),
    case([2.0, 0.0, 1.0, 5.0], [1.5, 0.0, -1.0, 2.0], {"full": True}),
]
MARGIN_SCORES = [  # binary labels +-1 and scores, for the SGD and margin losses
    case([1.0, -1.0, 1.0, -1.0, 1.0, 1.0], [0.3, -2.0, -0.5, 0.8, -3.0, 1.0]),
    case([1.0, 1.0, 1.0], [2.0, 0.0, -1.0]),
]
SGD_REGRESSION = [
    case([0.0, 1.0, 2.0, -1.5, 0.0], [0.5, 1.05, 1.9, 1.0, 0.1]),
]
HINGE_EMBEDDING = [
    case([1.0, -1.0, 1.0, -1.0], [0.3, 0.5, 2.0, 1.5]),
    case([[1.0, -1.0], [-1.0, 1.0]], [[0.3, 0.5], [-2.0, 1.5]]),
    case([1.0, -1.0, 1.0, -1.0], [0.3, 0.5, 2.0, 1.5], {"margin": 2.0}),
    case([1.0, -1.0, 1.0, -1.0], [0.3, 0.5, 2.0, 1.5], {"reduction": "none"}),
]
MULTILABEL = [
    case([[1.0, 0.0, 1.0], [0.0, 0.0, 1.0]], [[2.0, -1.0, 0.0], [100.0, -100.0, 1e4]]),
    case([1.0, 0.0, 1.0], [2.0, -1.0, 0.0]),
]

CASES = {
    "l1": REGRESSION,
    "l2": REGRESSION,
    "squared-error": REGRESSION,
    "huber": REGRESSION,
    "smooth-l1": REGRESSION,
    "log-cosh": REGRESSION,
    "msle": POSITIVE,
    "mape": POSITIVE + [case([1.0, -2.0], [1.5, 1.0])],
    "poisson": POSITIVE,
    "binary-cross-entropy": PROBABILITIES,
    "focal": PROBABILITIES,
    "sigmoid-cross-entropy": LOGITS,
    "sigmoid-focal": LOGITS,
    "logistic": LABELS_PM1[:1] + [case([1.0, -1.0], [100.0, 1e4])],
    "multilabel-soft-margin": MULTILABEL,
    "categorical-cross-entropy": DISTRIBUTIONS,
    "categorical-focal": DISTRIBUTIONS,
    "softmax-cross-entropy": SOFTMAX,
    "sparse-softmax-cross-entropy": SPARSE_LOGITS,
    "sparse-categorical-cross-entropy": SPARSE_PROBABILITIES,
    "nll": LOG_PROBABILITIES,
    "kl-divergence": KL,
    "poisson-nll": POISSON_LOG,
    "gaussian-nll": GAUSSIAN,
    "hinge": LABELS_PM1,
    "squared-hinge": LABELS_PM1 + MARGIN_SCORES,
    "perceptron": MARGIN_SCORES + LABELS_PM1[:1],
    "modified-huber": MARGIN_SCORES,
    "epsilon-insensitive": SGD_REGRESSION,
    "squared-epsilon-insensitive": SGD_REGRESSION,
    "multiclass-hinge": MULTICLASS_SCORES,
    "multiclass-perceptron": MULTICLASS_SCORES,
    "dice": OVERLAP,
    "tversky": OVERLAP,
    "cosine-similarity": COSINE,
    "cosine-distance": COSINE,
    "cosine-embedding": COSINE_EMBEDDING,
    "margin-ranking": RANKING,
    "triplet-margin": TRIPLET,
    "hinge-embedding": HINGE_EMBEDDING,
}

# Losses whose frameworks read the prediction in a different space: the case's probabilities q are
# handed to each framework as it expects them, so that every framework gets the same distribution.
KL_PRED_SPACE = {"keras": "probability", "pytorch": "log", "optax": "log", "mlx": "log"}
KL_TARGET_SPACE = {"keras": "probability", "pytorch": "probability", "optax": "probability", "mlx": "log"}
ONE_HOT_FRAMEWORKS = {"keras"}  # Keras's categorical_hinge takes one-hot targets


def log_of(rows):
    return (np.log(f64(rows))).tolist()


def prepared(framework, loss, c):
    """The case's arrays as this framework's function takes them, or None when it takes no such case."""
    t, p = c["target"], c["pred"]
    if loss == "kl-divergence":
        if KL_PRED_SPACE[framework] == "log":
            p = log_of(p)
        log_target = c["options"].get("log-target", False) or KL_TARGET_SPACE[framework] == "log"
        if log_target:
            with np.errstate(divide="ignore"):
                t = log_of(t)
    if loss == "multiclass-hinge" and framework in ONE_HOT_FRAMEWORKS:
        width = np.shape(p)[-1]
        t = np.eye(width)[ints(t)].tolist()
    return t, p


EXTRA_CASES = {
    # PyTorch's kl_div and optax's kl_divergence_with_log_targets with log_target=True
    ("kl-divergence", "log-target"): [
        case([[0.5, 0.5]], [[0.8, 0.2]], {"log-target": True}),
        case([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]], [[0.25, 0.25, 0.5], [0.3, 0.3, 0.4]], {"log-target": True}),
    ],
}


def main():
    records = []
    errors = []
    for loss, cases in CASES.items():
        cases = cases + [c for (name, _), more in EXTRA_CASES.items() if name == loss for c in more]
        for framework, functions in FUNCTIONS.items():
            if loss not in functions:
                continue
            call, accepted, run = functions[loss]
            for c in cases:
                if not set(c["options"]) <= accepted:
                    continue
                if c["options"].get("reduction") == "batchmean" and (framework, loss) != ("pytorch", "kl-divergence"):
                    continue
                t, p = prepared(framework, loss, c)
                record = {
                    "framework": framework,
                    # Keras's CategoricalHinge runs on the multiclass cases made one-hot, and is the catalog's categorical-hinge.
                    "loss": "categorical-hinge" if (framework, loss) == ("keras", "multiclass-hinge") else loss,
                    "call": call(c["options"]),
                    "options": c["options"],
                    "target": encode(t),
                    "pred": encode(p),
                }
                record.update({name: encode(array) for name, array in c["extra"].items()})
                try:
                    value = run(t, p, c["extra"], c["options"])
                    if value is NOT_APPLICABLE:
                        continue
                    value = result(value)
                except Exception as error:  # the framework refuses these arrays: keep the refusal
                    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
                    record["error"] = f"{type(error).__name__}: {message}"[:300]
                    errors.append(record)
                    continue
                record["shape"] = list(value.shape)
                record["value"] = encode(value)
                records.append(record)
    counts = {}
    for record in records:
        counts[record["framework"]] = counts.get(record["framework"], 0) + 1
    document = {
        "generator": "Tests/Fixtures/frameworks/generate.py",
        "versions": VERSIONS,
        "float64": "torch float64 tensors; jax_enable_x64; keras floatx float64 with keras.ops.mean in float64 "
        "(Keras 3 on JAX computes mean in result_type(x, float32) = float32); mlx float64 on the CPU; numpy float64",
        "counts": counts,
        "records": records,
        "refused": errors,
    }
    path = os.path.join(HERE, "fixtures.json")
    with open(path + ".tmp", "w") as handle:
        json.dump(document, handle, indent=1, allow_nan=False)
        handle.write("\n")
    os.replace(path + ".tmp", path)
    print(f"{len(records)} records, {len(errors)} refusals: {counts}")


if __name__ == "__main__":
    main()
