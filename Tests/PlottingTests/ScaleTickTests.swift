import Testing
@testable import Plotting

/// One axis of a log, symlog or logit scale, and what matplotlib 3.11 draws on it.
struct ScaleTickCase: Sendable, CustomTestStringConvertible {
    let scale: AxisScale
    let lower: Double
    let upper: Double
    /// The axis's `get_tick_space`.
    let space: Int
    let major: [Double]
    let labels: [String]
    let minor: [Double]
    let minorLabels: [String]

    init(_ name: String, _ linthresh: Double, _ lower: Double, _ upper: Double, space: Int, major: [Double], labels: [String],
         minor: [Double], minorLabels: [String]) {
        scale = AxisScale(name: name, linthresh: linthresh)!
        self.lower = lower
        self.upper = upper
        self.space = space
        self.major = major
        self.labels = labels
        self.minor = minor
        self.minorLabels = minorLabels
    }

    var testDescription: String { "\(scale.name) [\(lower), \(upper)], tick space \(space)" }
}

@Suite("Log, symlog and logit ticks and labels against matplotlib's locators and formatters")
struct ScaleTickTests {
    /// Printed by `reference/scale_ticks.py` (matplotlib 3.11.2, numpy 2.4.6): the major and minor
    /// ticks a real Axis draws with the scale's default locators, and their labels with mathtext
    /// written as loss-plot draws it (10⁻³, 2×10¹, ½, 1−10⁻²).
    static let cases: [ScaleTickCase] = [
    ScaleTickCase("log", 1.0, 1e-06, 1.0, space: 12,
            major: [1e-06, 9.999999999999999e-06, 0.0001, 0.001, 0.01, 0.1, 1.0],
            labels: ["10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰"],
            minor: [2e-06, 3e-06, 4e-06, 4.9999999999999996e-06, 6e-06, 7e-06, 8e-06, 9e-06, 2e-05, 3.0000000000000004e-05, 4e-05, 5e-05, 6.000000000000001e-05, 7.000000000000001e-05, 8e-05, 9e-05, 0.0002, 0.00030000000000000003, 0.0004, 0.0005, 0.0006000000000000001, 0.0007, 0.0008, 0.0009000000000000001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009000000000000001, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9],
            minorLabels: ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]),
        ScaleTickCase("log", 1.0, 1e-06, 1.0, space: 3,
            major: [1e-06, 0.001, 1.0],
            labels: ["10⁻⁶", "10⁻³", "10⁰"],
            minor: [],
            minorLabels: []),
        ScaleTickCase("log", 1.0, 0.5, 2000.0, space: 12,
            major: [1.0, 10.0, 100.0, 1000.0],
            labels: ["10⁰", "10¹", "10²", "10³"],
            minor: [0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 200.0, 300.0, 400.0, 500.0, 600.0, 700.0, 800.0, 900.0, 2000.0],
            minorLabels: ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]),
        ScaleTickCase("log", 1.0, 1e-200, 1e+200, space: 12,
            major: [1e-200, 1e-150, 1e-100, 1e-50, 1.0, 1e+50, 1e+100, 1e+150, 1e+200],
            labels: ["10⁻²⁰⁰", "10⁻¹⁵⁰", "10⁻¹⁰⁰", "10⁻⁵⁰", "10⁰", "10⁵⁰", "10¹⁰⁰", "10¹⁵⁰", "10²⁰⁰"],
            minor: [],
            minorLabels: []),
        ScaleTickCase("log", 1.0, 0.003, 40.0, space: 12,
            major: [0.01, 0.1, 1.0, 10.0],
            labels: ["10⁻²", "10⁻¹", "10⁰", "10¹"],
            minor: [0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009000000000000001, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 20.0, 30.0, 40.0],
            minorLabels: ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]),
        ScaleTickCase("log", 1.0, 2.0, 30.0, space: 12,
            major: [10.0],
            labels: ["10¹"],
            minor: [2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 20.0, 30.0],
            minorLabels: ["2×10⁰", "3×10⁰", "4×10⁰", "", "6×10⁰", "", "", "", "2×10¹", "3×10¹"]),
        ScaleTickCase("log", 1.0, 0.1, 1.0, space: 12,
            major: [0.1, 1.0],
            labels: ["10⁻¹", "10⁰"],
            minor: [0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9],
            minorLabels: ["2×10⁻¹", "3×10⁻¹", "4×10⁻¹", "", "6×10⁻¹", "", "", ""]),
        ScaleTickCase("log", 1.0, 1e-12, 0.001, space: 12,
            major: [1e-12, 1e-10, 1e-08, 1e-06, 0.0001],
            labels: ["10⁻¹²", "10⁻¹⁰", "10⁻⁸", "10⁻⁶", "10⁻⁴"],
            minor: [],
            minorLabels: []),
        ScaleTickCase("log", 1.0, 1.0, 1000000000000000.0, space: 7,
            major: [1.0, 1000.0, 1000000.0, 1000000000.0, 1000000000000.0, 1000000000000000.0],
            labels: ["10⁰", "10³", "10⁶", "10⁹", "10¹²", "10¹⁵"],
            minor: [],
            minorLabels: []),
        ScaleTickCase("symlog", 1.0, -100.0, 100.0, space: 12,
            major: [-100.0, -10.0, -1.0, 0.0, 1.0, 10.0, 100.0],
            labels: ["−10²", "−10¹", "−10⁰", "0", "10⁰", "10¹", "10²"],
            minor: [],
            minorLabels: []),
        ScaleTickCase("symlog", 1.0, -6.0, 6.0, space: 12,
            major: [-1.0, 0.0, 1.0],
            labels: ["−10⁰", "0", "10⁰"],
            minor: [],
            minorLabels: []),
        ScaleTickCase("symlog", 1.0, 0.0, 1000000.0, space: 12,
            major: [0.0, 1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0],
            labels: ["0", "10⁰", "10¹", "10²", "10³", "10⁴", "10⁵", "10⁶"],
            minor: [],
            minorLabels: []),
        ScaleTickCase("symlog", 0.1, -2.0, 50.0, space: 12,
            major: [-1.0, -0.1, 0.0, 0.1, 1.0, 10.0],
            labels: ["−10⁰", "−10⁻¹", "0", "10⁻¹", "10⁰", "10¹"],
            minor: [],
            minorLabels: []),
        ScaleTickCase("symlog", 1.0, -1000000000000.0, 1000000000000.0, space: 12,
            major: [-1000000000000.0, -100000000000.0, -10000000000.0, -1000000000.0, -100000000.0, -10000000.0, -1000000.0, -100000.0, -10000.0, -1000.0, -100.0, -10.0, -1.0, 0.0, 1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0, 10000000.0, 100000000.0, 1000000000.0, 10000000000.0, 100000000000.0, 1000000000000.0],
            labels: ["−10¹²", "−10¹¹", "−10¹⁰", "−10⁹", "−10⁸", "−10⁷", "−10⁶", "−10⁵", "−10⁴", "−10³", "−10²", "−10¹", "−10⁰", "0", "10⁰", "10¹", "10²", "10³", "10⁴", "10⁵", "10⁶", "10⁷", "10⁸", "10⁹", "10¹⁰", "10¹¹", "10¹²"],
            minor: [],
            minorLabels: []),
        ScaleTickCase("logit", 1.0, 0.0001, 0.9999, space: 12,
            major: [0.0001, 0.001, 0.01, 0.1, 0.5, 0.9, 0.99, 0.999, 0.9999],
            labels: ["10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "½", "1−10⁻¹", "1−10⁻²", "1−10⁻³", "1−10⁻⁴"],
            minor: [0.0002, 0.00030000000000000003, 0.0004, 0.0005, 0.0006000000000000001, 0.0007, 0.0008, 0.0009000000000000001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009000000000000001, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.91, 0.92, 0.9299999999999999, 0.94, 0.95, 0.96, 0.97, 0.98, 0.991, 0.992, 0.993, 0.994, 0.995, 0.996, 0.997, 0.998, 0.9991, 0.9992, 0.9993, 0.9994, 0.9995, 0.9996, 0.9997, 0.9998],
            minorLabels: ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]),
        ScaleTickCase("logit", 1.0, 0.01, 0.99, space: 12,
            major: [0.01, 0.1, 0.5, 0.9, 0.99],
            labels: ["10⁻²", "10⁻¹", "½", "1−10⁻¹", "1−10⁻²"],
            minor: [0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.91, 0.92, 0.9299999999999999, 0.94, 0.95, 0.96, 0.97, 0.98],
            minorLabels: ["", "", "", "", "", "", "", "", "0.2", "0.3", "0.4", "0.6", "0.7", "0.8", "", "", "", "", "", "", "", ""]),
        ScaleTickCase("logit", 1.0, 1e-06, 0.5, space: 12,
            major: [1e-06, 1e-05, 0.0001, 0.001, 0.01, 0.1, 0.5],
            labels: ["10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "½"],
            minor: [2e-06, 3e-06, 4e-06, 4.9999999999999996e-06, 6e-06, 7e-06, 8e-06, 9e-06, 2e-05, 3.0000000000000004e-05, 4e-05, 5e-05, 6.000000000000001e-05, 7.000000000000001e-05, 8e-05, 9e-05, 0.0002, 0.00030000000000000003, 0.0004, 0.0005, 0.0006000000000000001, 0.0007, 0.0008, 0.0009000000000000001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009000000000000001, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.2, 0.3, 0.4],
            minorLabels: ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]),
        ScaleTickCase("logit", 1.0, 0.2, 0.8, space: 12,
            major: [0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7, 0.8],
            labels: ["0.2", "0.3", "0.4", "½", "0.6", "0.7", "0.8"],
            minor: [],
            minorLabels: []),
        ScaleTickCase("logit", 1.0, 1e-09, 0.999999999, space: 4,
            major: [1e-05, 0.5, 0.99999],
            labels: ["10⁻⁵", "½", "1−10⁻⁵"],
            minor: [1e-09, 1e-08, 1e-07, 1e-06, 0.0001, 0.001, 0.01, 0.1, 0.9, 0.99, 0.999, 0.9999, 0.999999, 0.9999999, 0.99999999, 0.999999999],
            minorLabels: ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]),
    ]

    @Test("major and minor ticks as matplotlib places them", arguments: cases)
    func ticks(_ c: ScaleTickCase) {
        let ticks = AxisTicks(scale: c.scale, view: c.lower...c.upper, tickSpace: c.space)
        #expect(ticks.values.count == c.major.count)
        for (ours, theirs) in zip(ticks.values, c.major) { #expect(abs(ours - theirs) <= 1e-12 * abs(theirs), "\(ours) vs \(theirs)") }
        #expect(ticks.minorValues.count == c.minor.count, "\(ticks.minorValues)")
        for (ours, theirs) in zip(ticks.minorValues, c.minor) { #expect(abs(ours - theirs) <= 1e-12 * abs(theirs), "\(ours) vs \(theirs)") }
    }

    @Test("major labels as LogFormatterSciNotation and LogitFormatter write them", arguments: cases)
    func labels(_ c: ScaleTickCase) {
        #expect(AxisTicks(scale: c.scale, view: c.lower...c.upper, tickSpace: c.space).labels == c.labels)
    }

    @Test("minor labels: on log axes none beyond a decade, 2, 3, 4, 6 within one; on logit axes the six with most room",
          arguments: cases)
    func minorLabels(_ c: ScaleTickCase) {
        #expect(AxisTicks(scale: c.scale, view: c.lower...c.upper, tickSpace: c.space).minorLabels == c.minorLabels)
    }
}
