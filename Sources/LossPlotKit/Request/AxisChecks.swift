import LossFunctions
import Plotting

/// The command line's check that the x axis's scale shows some of the swept range, naming the flag.
enum AxisChecks {
    static func checkRange(_ spec: FigureSpec) throws {
        guard let name = spec.xScale, let scale = AxisScale(name: name, linthresh: spec.linthresh ?? 1) else { return }
        let sweep = SweepPoints(spec.range[0], spec.range[1], count: spec.samples, scale: scale)
        guard sweep.shownWindow == nil else { return }
        let text = spec.range.map(ShortNumber.format).joined(separator: ":")
        throw InputError("--range: '\(text)' cannot be shown on a \(name) x axis, which shows \(scale.domainDescription) only; give a range inside it")
    }
}
