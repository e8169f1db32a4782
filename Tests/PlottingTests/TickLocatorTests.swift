import Testing
@testable import Plotting

/// One axis: its view and bin count, and what matplotlib 3.11 puts on it.
struct TickCase: Sendable, CustomTestStringConvertible {
    let lower: Double
    let upper: Double
    let bins: Int
    let ticks: [Double]
    let labels: [String]
    /// matplotlib's offset text, kept beside ours to show they factor out the same thing.
    let matplotlibOffset: String
    /// Ours: the same power of ten or offset, written "×10⁻⁷" or "+1000000" instead of "1e−7" or "+1e6".
    let offset: String

    var testDescription: String { "[\(lower), \(upper)] in \(bins) bins" }
}

@Suite("Ticks and labels against matplotlib's MaxNLocator and ScalarFormatter")
struct TickLocatorTests {
    /// Printed by `reference/ticks.py` (matplotlib 3.11.2, numpy 2.4.6): MaxNLocator(nbins,
    /// steps=[1, 2, 2.5, 5, 10]).tick_values(lower, upper) kept inside the view as an Axis keeps
    /// them, and the labels and offset text a real Axis shows for those ticks.
    static let cases: [TickCase] = [
        TickCase(lower: -1.1, upper: 1.1, bins: 9, ticks: [-1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0],
                 labels: ["−1.00", "−0.75", "−0.50", "−0.25", "0.00", "0.25", "0.50", "0.75", "1.00"],
                 matplotlibOffset: "", offset: ""),
        TickCase(lower: 0.0, upper: 1.0, bins: 9, ticks: [0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0],
                 labels: ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], matplotlibOffset: "", offset: ""),
        TickCase(lower: -0.2, upper: 0.4, bins: 9,
                 ticks: [-0.2, -0.1, 0.0, 0.10000000000000003, 0.2, 0.3, 0.4000000000000001],
                 labels: ["−0.2", "−0.1", "0.0", "0.1", "0.2", "0.3", "0.4"], matplotlibOffset: "", offset: ""),
        TickCase(lower: -1.5, upper: 3.0, bins: 9, ticks: [-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0],
                 labels: ["−1.5", "−1.0", "−0.5", "0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"],
                 matplotlibOffset: "", offset: ""),
        TickCase(lower: 0.001, upper: 0.999, bins: 5, ticks: [0.2, 0.4, 0.6000000000000001, 0.8],
                 labels: ["0.2", "0.4", "0.6", "0.8"], matplotlibOffset: "", offset: ""),
        TickCase(lower: 1e-07, upper: 3e-07, bins: 9,
                 ticks: [1e-07, 1.25e-07, 1.5e-07, 1.75e-07, 2e-07, 2.25e-07, 2.5e-07, 2.75e-07, 3e-07],
                 labels: ["1.00", "1.25", "1.50", "1.75", "2.00", "2.25", "2.50", "2.75", "3.00"],
                 matplotlibOffset: "1e−7", offset: "×10⁻⁷"),
        TickCase(lower: 1000000.0, upper: 1000005.0, bins: 9,
                 ticks: [1000000.0, 1000001.0, 1000002.0, 1000003.0, 1000004.0, 1000005.0],
                 labels: ["0", "1", "2", "3", "4", "5"], matplotlibOffset: "+1e6", offset: "+1000000"),
        TickCase(lower: -500000000.0, upper: 2000000000.0, bins: 7,
                 ticks: [-500000000.0, 0.0, 500000000.0, 1000000000.0, 1500000000.0, 2000000000.0],
                 labels: ["−0.5", "0.0", "0.5", "1.0", "1.5", "2.0"], matplotlibOffset: "1e9", offset: "×10⁹"),
        TickCase(lower: -3.4, upper: 5.4, bins: 9, ticks: [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0],
                 labels: ["−3", "−2", "−1", "0", "1", "2", "3", "4", "5"], matplotlibOffset: "", offset: ""),
        TickCase(lower: 100.0, upper: 100.5, bins: 4, ticks: [100.0, 100.2, 100.4],
                 labels: ["100.0", "100.2", "100.4"], matplotlibOffset: "", offset: ""),
        // One or two bins: the first step wide enough leaves fewer than two ticks, and
        // MaxNLocator falls back to smaller steps until two fit.
        TickCase(lower: 0.15, upper: 0.95, bins: 1, ticks: [0.25, 0.5, 0.75],
                 labels: ["0.25", "0.50", "0.75"], matplotlibOffset: "", offset: ""),
        TickCase(lower: 0.13, upper: 0.87, bins: 2, ticks: [0.25, 0.5, 0.75],
                 labels: ["0.25", "0.50", "0.75"], matplotlibOffset: "", offset: ""),
        TickCase(lower: -1000.02, upper: -1000.01, bins: 5,
                 ticks: [-1000.02, -1000.018, -1000.016, -1000.014, -1000.012, -1000.01],
                 labels: ["−0.020", "−0.018", "−0.016", "−0.014", "−0.012", "−0.010"],
                 matplotlibOffset: "−1e3", offset: "−1000"),
        TickCase(lower: 99999.2, upper: 100000.7, bins: 9,
                 ticks: [99999.2, 99999.4, 99999.6, 99999.8, 100000.0, 100000.2, 100000.4, 100000.6],
                 labels: ["−0.8", "−0.6", "−0.4", "−0.2", "0.0", "0.2", "0.4", "0.6"],
                 matplotlibOffset: "+1e5", offset: "+100000"),
        TickCase(lower: 0.0, upper: 1e-05, bins: 6, ticks: [0.0, 2e-06, 4e-06, 6e-06, 8e-06, 9.999999999999999e-06],
                 labels: ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], matplotlibOffset: "1e−5", offset: "×10⁻⁵"),
        TickCase(lower: 2.5e-05, upper: 7.5e-05, bins: 9,
                 ticks: [2.9999999999999997e-05, 3.9999999999999996e-05, 4.9999999999999996e-05,
                         5.9999999999999995e-05, 7e-05],
                 labels: ["3", "4", "5", "6", "7"], matplotlibOffset: "1e−5", offset: "×10⁻⁵"),
        TickCase(lower: 1000.0, upper: 10000000.0, bins: 9, ticks: [2000000.0, 4000000.0, 6000000.0, 8000000.0, 10000000.0],
                 labels: ["0.2", "0.4", "0.6", "0.8", "1.0"], matplotlibOffset: "1e7", offset: "×10⁷"),
        TickCase(lower: -0.05, upper: 0.05, bins: 3, ticks: [-0.05, 0.0, 0.05],
                 labels: ["−0.05", "0.00", "0.05"], matplotlibOffset: "", offset: ""),
        // Offsets whose digits go below their leading one, and ends that straddle a round number:
        // matplotlib finds them with Python's exact floor division (1018.0 // 0.1 is 10179).
        TickCase(lower: 1017.93, upper: 1018.01, bins: 1, ticks: [1017.95, 1018.0],
                 labels: ["0.05", "0.10"], matplotlibOffset: "+1.0179e3", offset: "+1017.9"),
        TickCase(lower: -99409000.0, upper: -99391000.0, bins: 4, ticks: [-99405000.0, -99400000.0, -99395000.0],
                 labels: ["−5000", "0", "5000"], matplotlibOffset: "−9.94e7", offset: "−99400000"),
        TickCase(lower: -0.0013602, upper: -0.0013593, bins: 2, ticks: [-0.00136, -0.0013595],
                 labels: ["−0.0013600", "−0.0013595"], matplotlibOffset: "", offset: ""),
        TickCase(lower: 0.0168637, upper: 0.016865, bins: 5, ticks: [0.016864, 0.0168645, 0.016864999999999998],
                 labels: ["0.0", "0.5", "1.0"], matplotlibOffset: "1e−6+1.6864e−2", offset: "×10⁻⁶+0.016864"),
    ]

    @Test("tick positions equal matplotlib's, to the last bit", arguments: cases)
    func ticks(_ c: TickCase) {
        #expect(TickLocator(maxBins: c.bins).ticks(c.lower, c.upper) == c.ticks)
    }

    @Test("labels equal matplotlib's: shared decimals, U+2212 minus, no \"-0\"", arguments: cases)
    func labels(_ c: TickCase) {
        #expect(TickFormatter(ticks: c.ticks, lower: c.lower, upper: c.upper).labels == c.labels)
    }

    @Test("the offset text factors out what matplotlib's does, in our notation", arguments: cases)
    func offsetText(_ c: TickCase) {
        #expect(c.matplotlibOffset.isEmpty == c.offset.isEmpty)
        #expect(TickFormatter(ticks: c.ticks, lower: c.lower, upper: c.upper).offsetText == c.offset)
    }

    @Test("no \"−0\" label, even where matplotlib prints one")
    func noNegativeZero() {
        // matplotlib labels these ticks "−0", "5" (offset "1e−12−9.87493e−5"): the first tick
        // minus the offset, over 1e-12, is -1.4e-8, just past the 1e-8 below which it writes 0.
        let formatter = TickFormatter(ticks: [-9.87493e-05, -9.8749295e-05],
                                      lower: -9.874930253264638e-05, upper: -9.87492931116974e-05)
        #expect(formatter.labels == ["0", "5"])
        #expect(formatter.offsetText == "×10⁻¹²−0.0000987493")
    }

    /// `Axis.get_tick_space()` of an axes `width` x `height` pixels in a 100 dpi figure with
    /// 10 pt tick labels (printed by `reference/ticks.py`).
    @Test("bins per axis equal matplotlib's get_tick_space",
          arguments: [(496.0, 369.6, 11, 13), (250, 180, 6, 6), (1500, 900, 36, 32), (40, 30, 0, 1)])
    func tickSpace(width: Double, height: Double, across: Int, along: Int) {
        #expect(TickLocator.bins(length: width, fontSize: FigureStyle.fontSize, vertical: false) == across)
        #expect(TickLocator.bins(length: height, fontSize: FigureStyle.fontSize, vertical: true) == along)
    }

    @Test("an empty or non-finite view has no ticks and no labels",
          arguments: [(1.0, 1.0), (2.0, 1.0), (.nan, 1.0), (0.0, .infinity)])
    func noTicks(lower: Double, upper: Double) {
        #expect(TickLocator(maxBins: 9).ticks(lower, upper).isEmpty)
        let formatter = TickFormatter(ticks: [], lower: lower, upper: upper)
        #expect(formatter.labels.isEmpty && formatter.offsetText.isEmpty)
    }
}
