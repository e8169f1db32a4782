import LossFunctions

/// What one framework's function computes along a curve's sweep: the same target and the same
/// prediction (the swept x, or the row it moves) handed to the framework's function with its
/// defaults, so its clipping and clamping show in the figure.
struct FrameworkCurve: Sendable {
    let function: FrameworkFunction
    let options: FrameworkOptions
    let curve: LossCurve

    /// Binds a framework's function to a curve; errors name `--framework` and say why.
    init(_ framework: Framework, curve: LossCurve) throws {
        let loss = curve.definition
        guard let function = framework.function(for: loss) else {
            let hint = framework.nearest(to: loss).map { "its nearest is \($0.loss): \($0.difference)" } ?? "it has nothing near it"
            throw SpecError("--framework: '\(framework.rawValue)' has no \(loss.name); \(hint)")
        }
        if let kernel = loss.rowKernel, !(kernel.input == .logits && kernel.target == .distribution) {
            throw SpecError("--framework: curves of \(loss.name) are not drawn, the frameworks read its row and target in different shapes; `loss-plot eval \(loss.name) --compare` computes them")
        }
        var options = FrameworkOptions()
        let accepted = Set(function.acceptedOptions)
        for declared in loss.parameters {
            let v = curve.parameters[declared.parameter]
            switch declared.parameter {
            case .delta where accepted.contains(.delta): options.delta = v
            case .beta where accepted.contains(.beta): options.beta = v
            case .gamma where accepted.contains(.gamma): options.gamma = v
            case .alpha where accepted.contains(.alpha) && v >= 0: options.alpha = v
            case .margin where accepted.contains(.margin): options.margin = v
            case .posWeight where accepted.contains(.posWeight): options.posWeight = [v]
            case .labelSmoothing where accepted.contains(.labelSmoothing) && v != 0: options.labelSmoothing = v
            default: break
            }
        }
        self.function = function
        self.options = options
        self.curve = curve
        do {
            _ = try function.evaluate(inputs(at: 0.5), options: options)
        } catch {
            throw SpecError("--framework: \(function.name) cannot draw this curve: \(error)")
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

    /// The framework's value at each input; NaN where it refuses the input.
    func evaluate(_ xs: UnsafeBufferPointer<Double>, values: UnsafeMutableBufferPointer<Double>) {
        for i in xs.indices {
            let result = try? function.evaluate(inputs(at: xs[i]), options: options)
            values[i] = result.flatMap { $0.values.count == 1 ? $0.values[0] : nil } ?? .nan
        }
    }
}
