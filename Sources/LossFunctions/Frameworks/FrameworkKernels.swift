import Platform

/// The array plumbing every framework shares: equal shapes, per element, per slice of the last axis,
/// and class indices.
enum FrameworkKernels {
    /// Refuses arrays of different shapes, as every framework does for these losses.
    static func sameShape(_ a: FrameworkArray, _ b: FrameworkArray, _ names: String = "target and prediction") throws {
        guard a.shape == b.shape else {
            throw FrameworkError("the \(names) have different shapes, \(a.shape) and \(b.shape)")
        }
    }

    /// f(target, pred) per element, in the shape of the inputs.
    static func elementwise(_ inputs: FrameworkInputs, _ f: (Double, Double) -> Double) throws -> FrameworkArray {
        try sameShape(inputs.target, inputs.pred)
        // One pass over both buffers into storage that is not zeroed first (10^7 elements read from .npy files).
        let values = inputs.target.values.withUnsafeBufferPointer { target in
            inputs.pred.values.withUnsafeBufferPointer { pred in
                [Double](unsafeUninitializedCapacity: pred.count) { out, initialized in
                    for i in 0..<pred.count { (out.baseAddress! + i).initialize(to: f(target[i], pred[i])) }
                    initialized = pred.count
                }
            }
        }
        return FrameworkArray(shape: inputs.pred.shape, values: values)
    }

    /// The mean of f(target, pred) over each slice of the last axis, summed in order as `mean` sums a
    /// row, without holding every element's value (a 10^7-element array is not copied once more).
    static func elementwiseMean(_ inputs: FrameworkInputs, _ f: (Double, Double) -> Double) throws -> FrameworkArray {
        try sameShape(inputs.target, inputs.pred)
        let pred = inputs.pred
        let width = pred.rank == 0 ? 1 : pred.lastAxis, slices = pred.reducedShape.reduce(1, *)
        let values = inputs.target.values.withUnsafeBufferPointer { target in
            pred.values.withUnsafeBufferPointer { pred in
                (0..<slices).map { slice in
                    var total = 0.0
                    for i in slice * width..<(slice + 1) * width { total += f(target[i], pred[i]) }
                    return total / Double(width)
                }
            }
        }
        return FrameworkArray(shape: pred.reducedShape, values: values)
    }

    /// f(target, pred, third) per element, for losses of three arrays of one shape.
    static func elementwise(_ target: FrameworkArray, _ pred: FrameworkArray, _ third: FrameworkArray?, name: String,
                            _ f: (Double, Double, Double) -> Double) throws -> FrameworkArray {
        guard let third else { throw FrameworkError("this loss needs --\(name)") }
        try sameShape(target, pred)
        try sameShape(pred, third, "prediction and --\(name)")
        let values = (0..<pred.count).map { f(target.values[$0], pred.values[$0], third.values[$0]) }
        return FrameworkArray(shape: pred.shape, values: values)
    }

    /// f(target row, pred row) for each slice along the last axis.
    static func rowwise(_ target: FrameworkArray, _ pred: FrameworkArray,
                        _ f: (ArraySlice<Double>, ArraySlice<Double>) -> Double) throws -> FrameworkArray {
        let indices = pred.rank >= 1 && (target.shape == pred.reducedShape || target.shape == pred.reducedShape + [1])
            && target.values.allSatisfy { $0 == $0.rounded() }
        do { try sameShape(target, pred) } catch let error as FrameworkError where indices {
            // Class indices where a row of probabilities is read: the sparse losses take them.
            throw FrameworkError(error.description + "; a target of class indices is read by \(LossDefinition.sparseSoftmaxCrossEntropy.name) and \(LossDefinition.sparseCategoricalCrossEntropy.name)")
        }
        guard pred.rank >= 1 else { throw FrameworkError("a scalar has no class axis") }
        return FrameworkArray(shape: pred.reducedShape, values: zip(target.rows, pred.rows).map(f))
    }

    /// f(class index, pred row) for each slice along the last axis, the target holding class indices.
    /// What a framework does with a whole-number class index outside 0..<C.
    enum OutOfRangeClass {
        /// Raises (PyTorch, scikit-learn; and where the framework's behaviour is undefined).
        case refuse
        /// Keras on JAX: one_hot of an out-of-range index is a row of zeros, so the loss is 0.
        case zeroLoss
        /// optax: a negative index counts from the end (-1 is the last class), one at or above C gives NaN.
        case wrapNegativeNaNAbove
        /// optax's multiclass hinge and perceptron: jax.nn.one_hot of an out-of-range index is a row of
        /// zeros, so the true class's score counts as 0; `f` is called with the label -1.
        case zeroOneHot
    }

    /// The out-of-range class indices of a sparse target, for the warning that says what the framework did.
    static func outOfRangeClasses(_ inputs: FrameworkInputs) -> [Double] {
        let classes = Double(inputs.pred.lastAxis)
        return inputs.target.values.filter { $0 == $0.rounded() && ($0 < 0 || $0 >= classes) }
    }

    static func sparse(_ inputs: FrameworkInputs, ignoring ignored: Double? = nil, outOfRange: OutOfRangeClass = .refuse,
                       _ f: (Int, [Double]) -> Double) throws -> FrameworkArray {
        let pred = inputs.pred
        guard pred.rank >= 1 else { throw FrameworkError("a scalar has no class axis") }
        var target = inputs.target
        if target.rank == pred.rank, target.lastAxis == 1 {
            target = FrameworkArray(shape: target.reducedShape, values: target.values)
        }
        guard target.shape == pred.reducedShape else {
            throw FrameworkError("the class indices have shape \(target.shape); the prediction's \(pred.shape) needs \(pred.reducedShape)")
        }
        let count = pred.lastAxis
        // nil: an ignored target (Keras's ignore_class) or a zero row, loss 0; -1: NaN.
        let classes = try target.values.map { value -> Int? in
            if value == ignored { return nil }
            let whole = value == value.rounded() && abs(value) < 1e15
            if whole, value >= 0, value < Double(count) { return Int(value) }
            switch outOfRange {
            case .zeroLoss where whole: return nil
            case .wrapNegativeNaNAbove where whole: return value < 0 && value >= -Double(count) ? count + Int(value) : -1
            case .zeroOneHot where whole: return Int.min
            default: throw FrameworkError("class \(value) is not an index from 0 to \(count - 1)")
            }
        }
        return FrameworkArray(shape: pred.reducedShape, values: zip(classes, pred.rows).map { label, row in
            guard let label else { return 0 }
            if label == Int.min { return f(-1, Array(row)) }
            return label < 0 ? .nan : f(label, Array(row))
        })
    }

    /// The catalog's loss per element, (target, prediction) read as its (t, x), at the framework's
    /// parameter values: for the functions whose arithmetic is the exact function's.
    static func exact(_ loss: LossDefinition, _ inputs: FrameworkInputs, _ parameters: ParameterValues = ParameterValues()) throws -> FrameworkArray {
        let value = exact(loss)
        return try elementwise(inputs) { y, p in value(p, y, parameters) }
    }

    /// The catalog's value function of a pointwise loss, f(x, t, parameters).
    static func exact(_ loss: LossDefinition) -> PointwiseKernel.Function {
        guard case .pointwise(let kernel) = loss.kernel else { preconditionFailure("\(loss.name) is a row loss") }
        return kernel.value
    }

    /// PyTorch's and MLX's gaussian_nll_loss, one variance per element: the catalog's loss at that
    /// variance (all three raise it to 1e-6), plus ½ log 2π when `full`.
    static func gaussianNLL(_ inputs: FrameworkInputs, full: Bool) throws -> FrameworkArray {
        let constant = full ? 0.5 * log(2 * Double.pi) : 0
        let value = exact(.gaussianNLL)
        return try elementwise(inputs.target, inputs.pred, inputs.variance, name: "var") { y, x, v in
            var parameters = ParameterValues()
            parameters[.variance] = v
            return value(x, y, parameters) + constant
        }
    }

    /// optax's and MLX's triplet loss: max(‖a - p‖ - ‖a - n‖ + margin, 0), each distance (Σ(a - b)² + 1e-6)^½,
    /// anchors = target, positives = pred, negatives = input2.
    static func triplet(_ inputs: FrameworkInputs, margin: Double) throws -> FrameworkArray {
        guard let negatives = inputs.input2 else { throw FrameworkError("this loss needs --input2 (the negatives)") }
        try sameShape(inputs.pred, negatives, "positives and negatives")
        let distance: (ArraySlice<Double>, ArraySlice<Double>) -> Double = { a, b in
            (zip(a, b).reduce(0) { $0 + pow($1.0 - $1.1, 2) } + 1e-6).squareRoot()
        }
        let positive = try rowwise(inputs.target, inputs.pred, distance)
        let negative = try rowwise(inputs.target, negatives, distance)
        return FrameworkArray(shape: positive.shape, values: zip(positive.values, negative.values).map { max($0 - $1 + margin, 0) })
    }

    /// The mean of a slice.
    static func mean(_ row: ArraySlice<Double>) -> Double {
        row.reduce(0, +) / Double(row.count)
    }
}
