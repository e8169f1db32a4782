/// How a framework's elementwise loss treats a target and a prediction of different shapes.
public enum Broadcasting: Sendable, Equatable {
    /// PyTorch (mse_loss, l1_loss, huber_loss, smooth_l1_loss): numpy broadcasting of the two, with its
    /// UserWarning; a target (3,) against an input (3, 1) becomes a (3, 3) loss.
    case torch
    /// Keras (keras/src/losses/loss.py squeeze_or_expand_to_same_rank): a trailing axis of 1 is added
    /// to or removed from the one of lower rank first, then numpy broadcasting.
    case keras
    /// optax's functions without a shape check (sigmoid_binary_cross_entropy, sigmoid_focal_loss,
    /// huber_loss, log_cosh, hinge_loss): jax.numpy broadcasting of the two, without a word; loss-plot
    /// says on standard error what it did.
    case jax
    /// optax's functions with chex's shape check (l2_loss, squared_error, perceptron_loss): no
    /// broadcasting; different shapes are refused with optax's "Shape mismatch" message.
    case optaxChecked

    /// The two arrays broadcast to one shape, as the framework does.
    ///
    /// - Throws: ``FrameworkError`` with the framework's message when the shapes do not broadcast.
    func apply(_ inputs: FrameworkInputs) throws -> FrameworkInputs {
        var target = inputs.target, pred = inputs.pred
        guard target.shape != pred.shape else { return inputs }
        if self == .optaxChecked {
            throw FrameworkError("Shape mismatch: got \(FrameworkArray.pythonShape(pred.shape)) and \(FrameworkArray.pythonShape(target.shape)).")
        }
        if self == .keras {
            if pred.rank == target.rank + 1, pred.lastAxis == 1 {
                target = FrameworkArray(shape: target.shape + [1], values: target.values)
            } else if target.rank == pred.rank + 1, target.lastAxis == 1 {
                pred = FrameworkArray(shape: pred.shape + [1], values: pred.values)
            }
        }
        guard let shape = Self.broadcastShape(target.shape, pred.shape) else {
            let (a, b) = self == .torch ? (pred.shape, target.shape) : (target.shape, pred.shape)
            let axis = zip(a.reversed(), b.reversed()).enumerated().first { $0.element.0 != $0.element.1 && $0.element.0 != 1 && $0.element.1 != 1 }?.offset ?? 0
            throw FrameworkError(self == .torch
                ? "The size of tensor a (\(a.reversed()[axis])) must match the size of tensor b (\(b.reversed()[axis])) at non-singleton dimension \(max(a.count, b.count) - 1 - axis)"
                : "sub got incompatible shapes for broadcasting: \(FrameworkArray.pythonShape(a)), \(FrameworkArray.pythonShape(b)).")
        }
        var result = inputs
        result.target = Self.expand(target, to: shape)
        result.pred = Self.expand(pred, to: shape)
        return result
    }

    /// numpy's broadcast shape of two shapes, or nil when they do not broadcast.
    static func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int]? {
        let rank = max(a.count, b.count)
        let a = Array(repeating: 1, count: rank - a.count) + a, b = Array(repeating: 1, count: rank - b.count) + b
        var shape: [Int] = []
        for (x, y) in zip(a, b) {
            guard x == y || x == 1 || y == 1 else { return nil }
            shape.append(x == 1 ? y : x)
        }
        return shape
    }

    /// An array repeated along its axes of length 1 (and new leading axes) to `shape`.
    static func expand(_ array: FrameworkArray, to shape: [Int]) -> FrameworkArray {
        let padded = Array(repeating: 1, count: shape.count - array.rank) + array.shape
        var strides = [Int](repeating: 0, count: shape.count), stride = 1
        for axis in (0..<shape.count).reversed() {
            strides[axis] = padded[axis] == 1 ? 0 : stride
            stride *= padded[axis]
        }
        let count = shape.reduce(1, *)
        var values = [Double](repeating: 0, count: count)
        for index in 0..<count {
            var rest = index, offset = 0
            for axis in (0..<shape.count).reversed() {
                offset += (rest % shape[axis]) * strides[axis]
                rest /= shape[axis]
            }
            values[index] = array.values[offset]
        }
        return FrameworkArray(shape: shape, values: values)
    }

    /// What optax did silently when the shapes differ: one line for standard error.
    static func jaxWarning(_ inputs: FrameworkInputs, function: String) -> [String] {
        guard inputs.target.shape != inputs.pred.shape, let shape = broadcastShape(inputs.target.shape, inputs.pred.shape) else { return [] }
        return ["\(function) broadcasts the target \(FrameworkArray.pythonShape(inputs.target.shape)) against the prediction \(FrameworkArray.pythonShape(inputs.pred.shape)) to a \(FrameworkArray.pythonShape(shape)) loss, without an error or a warning"]
    }

    /// PyTorch's UserWarning when the sizes differ.
    static func torchWarning(_ inputs: FrameworkInputs) -> [String] {
        guard inputs.target.shape != inputs.pred.shape else { return [] }
        func size(_ shape: [Int]) -> String { "torch.Size([\(shape.map(String.init).joined(separator: ", "))])" }
        return ["PyTorch: Using a target size (\(size(inputs.target.shape))) that is different to the input size (\(size(inputs.pred.shape))). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size."]
    }
}
