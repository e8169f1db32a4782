/// `loss-plot eval`: a loss over a batch as Keras computes it, the same implementation as
/// `eval --framework keras`.
extension BatchLoss {
    /// The loss over the batch, reduced as Keras reduces: `.mean` over the samples, `.sum`, or `.none`
    /// (one value per sample, or the one pooled value of Keras's Dice and Tversky). Keras's own function
    /// computes it when Keras has the loss, reads the arrays `eval` reads for it, and takes these
    /// parameter values and Keras's clipping epsilon. Otherwise, for a loss Keras lacks or a clipping
    /// of one's own (`--epsilon`), the catalog's loss per sample with Keras's conventions (`perSample`),
    /// the batch taken as one sample where Keras pools it. `targets` holds one row per sample, or a
    /// single row used for every sample.
    public func keras(predictions: [[Double]], targets: [[Double]], reduction: Reduction) throws -> [Double] {
        let rows = targets.count == 1 ? Array(repeating: targets[0], count: predictions.count) : targets
        guard let (function, options) = kerasCall(reduction) else {
            guard Framework.keras.function(for: definition)?.poolsBatch == true else {
                return reduction.apply(perSample(predictions: predictions, targets: rows))
            }
            return perSample(predictions: [predictions.flatMap { $0 }], targets: [rows.flatMap { $0 }])
        }
        let inputs = FrameworkInputs(target: FrameworkArray(rows: rows), pred: FrameworkArray(rows: predictions))
        return try function.evaluate(inputs, options: options).values
    }

    /// The same for arrays already laid out as (samples, width), one target row per sample (what a
    /// .npy file holds), with no row arrays made; nil when Keras's own function does not compute
    /// what `eval` asks (then the rows version does).
    public func keras(prediction: FrameworkArray, target: FrameworkArray, reduction: Reduction) throws -> [Double]? {
        guard let (function, options) = kerasCall(reduction) else { return nil }
        return try function.evaluate(FrameworkInputs(target: target, pred: prediction), options: options).values
    }

    /// Keras's function for the loss and the options that give it these parameter values, or nil when
    /// it cannot compute what `eval` asks.
    private func kerasCall(_ reduction: Reduction) -> (FrameworkFunction, FrameworkOptions)? {
        guard parameters.epsilon == KerasFunctions.epsilon, let function = Framework.keras.function(for: definition),
              function.readsCatalogInputs else { return nil }
        var options = FrameworkOptions()
        options.reduction = reduction.rawValue
        let accepted = Set(function.acceptedOptions)
        for spec in definition.parameters where parameters[spec.parameter] != spec.standard {
            // A value Keras's function cannot be given is the catalog's to compute.
            guard accepted.contains(options.set(spec.parameter, to: parameters[spec.parameter])) else { return nil }
        }
        return (function, options)
    }
}
