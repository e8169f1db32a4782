"""The loss functions of FIGURES.md in numpy, float64, NaN where a value is undefined."""

import numpy as np


def l1(residual):
    return np.abs(residual)


def l2(residual):
    return residual**2


def huber(residual, delta):
    a = np.abs(residual)
    return np.where(a <= delta, residual**2 / 2, delta * (a - delta / 2))


def pseudo_huber(residual, delta):
    return delta**2 * (np.sqrt(1 + (residual / delta) ** 2) - 1)


def msle(prediction, target):
    return (np.log1p(prediction) - np.log1p(target)) ** 2


def hinge(score, target):
    return np.maximum(0, 1 - target * score)


def squared_hinge(score, target):
    return hinge(score, target) ** 2


def binary_cross_entropy(probability, target):
    # The full formula on purpose: for a probability outside [0, 1] one of the logs is NaN, and
    # 0 * NaN stays NaN, so the curve breaks there instead of following the other term.
    return -(target * np.log(probability) + (1 - target) * np.log(1 - probability))


def sigmoid_cross_entropy(logits, target):
    return np.maximum(logits, 0) - logits * target + np.log1p(np.exp(-np.abs(logits)))


def weighted_sigmoid_cross_entropy(logits, target, pos_weight):
    return (1 - target) * logits + (1 + (pos_weight - 1) * target) * (
        np.log1p(np.exp(-np.abs(logits))) + np.maximum(-logits, 0)
    )


def softmax_cross_entropy(logits, target):
    """Rows of `logits` (samples x classes) against one distribution `target` over the classes."""
    m = logits.max(axis=1, keepdims=True)
    log_softmax = logits - m - np.log(np.exp(logits - m).sum(axis=1, keepdims=True))
    return -(log_softmax * target).sum(axis=1)


def xlogy(x, y):
    """x * log(y) with 0 * log(0) = 0."""
    return np.where(x == 0, 0.0, x * np.log(np.where(x == 0, 1.0, y)))


def cross_entropy(q, p):
    """H(q, p) over the last axis."""
    return -xlogy(q, p).sum(axis=-1)


def entropy(q):
    return cross_entropy(q, q)


def kl_divergence(q, p):
    """KL(q || p) over the last axis."""
    return (xlogy(q, q) - xlogy(q, p)).sum(axis=-1)
