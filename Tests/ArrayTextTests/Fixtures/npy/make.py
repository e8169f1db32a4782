"""Writes the .npy files of this folder with numpy's own writer, and expected.json: each file's shape
and values as numpy reads them back (np.load(...).astype(float).tolist()). Run once:
    python3 Tests/ArrayTextTests/Fixtures/npy/make.py
"""

import json
import os

import numpy as np
from numpy.lib import format as npy_format

HERE = os.path.dirname(os.path.abspath(__file__))
base = np.array([[[0.5, -1.25, 3.0, 1e-300], [2.5, 7.0, -0.0, 1e300], [4.0, 5.5, 6.25, -8.0]],
                 [[1.0, 2.0, 3.0, 4.0], [-5.0, 6.0, -7.0, 8.0], [9.0, 10.0, 11.5, 12.0]]])
small = np.array([[1, -2, 3], [4, 5, -6]])
arrays = {
    "f8-c-3d": base,
    "f8-fortran-3d": np.asfortranarray(base),
    "f4-big-endian": np.clip(base, -1e30, 1e30).astype(">f4"),
    "f2-little": small.astype("<f2") / 4,
    "i1": small.astype("i1"),
    "i2-big-endian": small.astype(">i2"),
    "i4": small.astype("<i4"),
    "i8-fortran": np.asfortranarray(small.astype("<i8") * 1000000007),
    "u1": np.array([0, 1, 200, 255], dtype="u1"),
    "u2-big-endian": np.array([0, 65535, 258], dtype=">u2"),
    "u4": np.array([[4000000000, 1]], dtype="<u4"),
    "u8": np.array([2**53, 3], dtype="<u8"),
    "bool": np.array([[True, False], [False, True]]),
    "scalar": np.float64(2.5),
    "vector": np.arange(5, dtype="<f8") / 3,
}
expected = {}
for name, array in arrays.items():
    path = os.path.join(HERE, name + ".npy")
    np.save(path, array)
    back = np.load(path)
    expected[name] = {"shape": list(back.shape), "values": back.astype(np.float64).ravel(order="C").tolist()}
# The header versions numpy writes for long headers (2.0) and UTF-8 field names (3.0).
for version in [(2, 0), (3, 0)]:
    name = f"version-{version[0]}"
    with open(os.path.join(HERE, name + ".npy"), "wb") as handle:
        npy_format.write_array(handle, base[0], version=version)
    back = np.load(os.path.join(HERE, name + ".npy"))
    expected[name] = {"shape": list(back.shape), "values": back.astype(np.float64).ravel().tolist()}
with open(os.path.join(HERE, "expected.json"), "w") as handle:
    json.dump({"numpy": np.__version__, "files": expected}, handle, indent=1)
    handle.write("\n")
print(len(expected), "files")
