import LossFunctions

/// What one framework's function computes along a curve's sweep: the same target and the same
/// prediction (the swept x, or the row it moves) handed to the framework's function with its
/// defaults, so its clipping and clamping show in the figure.
struct FrameworkCurve: Sendable {
    let function: FrameworkFunction
    /// The framework's one function for the loss under another name, as `eval --framework` uses it.
    let equivalent: FrameworkEquivalent?
    let options: FrameworkOptions
    let curve: LossCurve

    /// The line a figure prints when the framework computes the loss under another name.
    var notice: String? { equivalent?.notice(for: FrameworkLoss(curve.definition)) }

    /// Binds a framework's function to a curve; errors name `--framework` and say why.
    init(_ framework: Framework, curve: LossCurve) throws {
        let loss = curve.definition
        let equivalent = framework.equivalent(to: FrameworkLoss(loss))
        guard let function = framework.function(for: loss) ?? equivalent?.function else {
            let hint = framework.nearest(to: loss).map { "its nearest is \($0.loss): \($0.difference)" } ?? "it has nothing near it"
            throw InputError("--framework: '\(framework.rawValue)' has no \(loss.name); \(hint)")
        }
        self.equivalent = equivalent
        if let kernel = loss.rowKernel, !(kernel.input == .logits && kernel.target == .distribution) {
            throw InputError("--framework: curves of \(loss.name) are not drawn, the frameworks read its row and target in different shapes; `loss-plot eval \(loss.name) --compare` computes them")
        }
        var options = FrameworkOptions()
        let accepted = Set(function.acceptedOptions)
        for declared in loss.parameters where accepted.contains(.parameter(declared.parameter)) {
            let value = curve.parameters[declared.parameter]
            // A negative alpha is the catalog's "no class weight", and smoothing of 0 is none: both
            // are the frameworks' defaults, left unset (Keras's focal loss applies alpha only when given).
            if declared.parameter == .alpha && value < 0 || declared.parameter == .labelSmoothing && value == 0 { continue }
            options.set(declared.parameter, to: value)
        }
        self.function = function
        self.options = options
        self.curve = curve
        do {
            _ = try value(at: 0.5)
        } catch {
            throw InputError("--framework: \(function.name) cannot draw this curve: \(error)")
        }
    }

    /// The arrays handed to the function at the swept input x.
    func inputs(at x: Double) -> FrameworkInputs {
        switch curve.target {
        case .scalar(let t):
            return FrameworkInputs(target: FrameworkArray(vector: [t]), pred: FrameworkArray(vector: [x]))
        case .row(let target):
            let row = [x] + curve.rest
            let q = (0..<row.count).map { target.weight($0) }
            return FrameworkInputs(target: FrameworkArray(vector: q), pred: FrameworkArray(vector: row))
        }
    }

    /// What the framework returns at x: its function's value, or its equivalent's on converted inputs.
    func value(at x: Double) throws -> FrameworkArray {
        try equivalent?.evaluate(inputs(at: x), options: options) ?? function.evaluate(inputs(at: x), options: options)
    }

    /// The framework's value at each input; NaN where it refuses the input.
    func evaluate(_ xs: UnsafeBufferPointer<Double>, values: UnsafeMutableBufferPointer<Double>) {
        for i in xs.indices {
            let result = try? value(at: xs[i])
            values[i] = result.flatMap { $0.values.count == 1 ? $0.values[0] : nil } ?? .nan
        }
    }
}
