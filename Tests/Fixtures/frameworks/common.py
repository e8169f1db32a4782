"""What the fixture scripts of this folder share (weights.py, rules.py, names.py): the frameworks set up
in float64, the JSON form of numbers and arrays, and a record of one call, its value or its refusal.

Keras in float64: floatx float64, and keras.ops.mean computing in the input's dtype. Keras 3's JAX
`mean` computes in dtypes.result_type(x.dtype, "float32"), which is float32 even for float64 input.
"""

import json
import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import jax  # noqa: E402

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp  # noqa: E402
import keras  # noqa: E402
import keras.src.backend.jax.numpy as keras_jax_numpy  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402

keras.config.set_floatx("float64")
_keras_mean = keras_jax_numpy.mean


def _keras_mean_float64(x, axis=None, keepdims=False):
    x = keras_jax_numpy.convert_to_tensor(x)
    if x.dtype == jnp.float64:
        return jnp.mean(x, axis=axis, keepdims=keepdims)
    return _keras_mean(x, axis=axis, keepdims=keepdims)


keras_jax_numpy.mean = _keras_mean_float64
torch.set_default_dtype(torch.float64)


def f64(a):
    return np.asarray(a, dtype=np.float64)


def number(x):
    """A float as JSON: "nan", "inf" and "-inf" as strings."""
    x = float(x)
    if np.isnan(x):
        return "nan"
    if np.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def encode(array):
    """An array as nested lists of numbers."""
    array = np.asarray(array, dtype=np.float64)
    if array.ndim == 0:
        return number(array)
    return [encode(item) for item in array]


def as_float64(value):
    """What a framework returned, as a float64 numpy array."""
    if isinstance(value, torch.Tensor):
        value = value.detach().numpy()
    return np.asarray(value, dtype=np.float64)


def call(record, run, records, refused):
    """Runs `run()`, and keeps the record with its value, or in `refused` with the framework's message."""
    try:
        value = as_float64(run())
    except Exception as error:  # the framework refuses: keep its message
        message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        record["error"] = f"{type(error).__name__}: {message}"[:300]
        refused.append(record)
        return
    record["shape"] = list(value.shape)
    record["value"] = encode(value)
    records.append(record)


def write(path, document):
    """The document as the fixtures' JSON, written whole or not at all."""
    with open(path + ".tmp", "w") as handle:
        json.dump(document, handle, indent=1, allow_nan=False)
        handle.write("\n")
    os.replace(path + ".tmp", path)
