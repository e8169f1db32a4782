import Platform
import LossFunctions
import Plotting

/// The checks of a spec's axes and furniture: scales, limits inside what the scales show,
/// reference lines, spans; and the warning for a sweep a scale shows only part of.
extension FigureBuilder {
    /// The axes' scales of a spec, checked with its limits, lines and spans; errors name the figure and field.
    static func checkAxes(_ spec: FigureSpec, name: String) throws -> (x: AxisScale, y: AxisScale) {
        let linthresh = spec.linthresh ?? 1
        guard linthresh.isFinite, linthresh > 0 else {
            throw InputError("\(name): linthresh \(ShortNumber.format(linthresh)) is not allowed; it must be a finite number above 0")
        }
        func scale(_ text: String?, field: String) throws -> AxisScale {
            guard let text else { return .linear }
            guard let scale = AxisScale(name: text, linthresh: linthresh) else {
                throw InputError("\(name): \(field) '\(text)' is not a scale; use one of \(AxisScale.names.joined(separator: ", "))")
            }
            return scale
        }
        let x = try scale(spec.xScale, field: "xScale"), y = try scale(spec.yScale, field: "yScale")
        for (field, limits, scale, axis) in [("xlim", spec.xLimits, x, "x"), ("ylim", spec.yLimits, y, "y")] {
            guard let limits, limits.count == 2 else { continue }
            guard limits.allSatisfy(scale.shows) else {
                throw InputError("\(name): \(field) \(limits.map(ShortNumber.format).joined(separator: ":")) cannot be shown on a \(scale.name) \(axis) axis, which shows \(scale.domainDescription) only")
            }
        }
        for (field, values) in [("hLines", spec.hLines ?? []), ("vLines", spec.vLines ?? [])] {
            if let bad = values.first(where: { !$0.isFinite }) {
                throw InputError("\(name): \(field) holds \(ShortNumber.format(bad)); reference lines must be at finite values")
            }
        }
        for span in spec.spans ?? [] {
            guard span.lower.isFinite, span.upper.isFinite, span.lower < span.upper else {
                throw InputError("\(name): span \(ShortNumber.format(span.lower)):\(ShortNumber.format(span.upper)) must be two finite numbers, lower first")
            }
        }
        return (x, y)
    }

    /// The part of the sweep the x scale shows, and a warning when that is not all of it;
    /// an error when it is none of it.
    static func shownPart(of sweep: SweepPoints, name: String) throws -> (window: ClosedRange<Double>, warning: String?) {
        let range = "\(ShortNumber.format(sweep.lower)):\(ShortNumber.format(sweep.upper))"
        guard let window = sweep.shownWindow else {
            throw InputError("\(name): range \(range) cannot be shown on a \(sweep.scale.name) x axis, which shows \(sweep.scale.domainDescription) only")
        }
        guard window.lowerBound != sweep.lower || window.upperBound != sweep.upper else { return (window, nil) }
        return (window, "\(name): a \(sweep.scale.name) x axis shows \(sweep.scale.domainDescription) only; of the range \(range) it draws \(ShortNumber.readable(window.lowerBound)) to \(ShortNumber.readable(window.upperBound))")
    }

    /// The furniture of every panel; the first `lossPanels` draw losses, the others derivatives.
    func decorate(_ panels: inout [Panel], lossPanels: Int) {
        for i in panels.indices {
            panels[i].vLines = spec.vLines ?? []
            panels[i].spans = spec.spans ?? []
            // A y reference line is a loss value: it belongs to the loss panels, not the derivatives'.
            if i < lossPanels { panels[i].hLines = spec.hLines ?? [] }
        }
    }
}
