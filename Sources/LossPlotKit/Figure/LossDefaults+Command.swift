import LossFunctions

extension LossDefaults {
    /// The command line of a loss's default figure with every default spelled out: its parameters'
    /// figure values, range, samples, targets and the rest of its row, so that running it draws
    /// what `loss-plot NAME` draws.
    static func command(for loss: LossDefinition) -> String {
        var words = ["loss-plot", loss.name]
        for declared in loss.parameters {
            words += [declared.parameter.flag, list(declared.figureValues)]
        }
        let (range, samples) = sweep(for: [loss])
        words += ["--range", "\(ShortNumber.format(range[0])):\(ShortNumber.format(range[1]))", "--samples", "\(samples)"]
        let distribution = loss.rowKernel?.target == .distribution ? LossDefaults.distribution(for: loss) : nil
        words += ["--target", list(distribution ?? loss.figure.targets)]
        if loss.rowKernel != nil {
            words += ["--rest", list(rest(for: loss, distribution: distribution))]
        }
        return (words + ["--out", "\(loss.name).png"]).joined(separator: " ")
    }

    /// Values as a flag reads them back exactly: `0.5,1,2`, `-inf,-2`.
    private static func list(_ values: [Double]) -> String {
        values.map(ShortNumber.format).joined(separator: ",")
    }
}
