/// Where a terminal chart's parts go, counted in character cells: the y tick labels' column, the
/// axis line, the plot area, and the legend's rows.
struct TerminalLayout {
    let plotRows: Int
    let plotColumns: Int
    /// The column of the y axis line; the plot area starts just right of it.
    let axisColumn: Int
    let x: Axis
    let y: Axis
    /// The line above the plot: the y label, then the y ticks' offset text.
    let header: String
    let xLabel: String
    /// The legend's lines, each a list of entries and the column each starts at.
    let legend: [[(column: Int, entry: TerminalChart.LegendEntry)]]
    /// How many lines everything but the plot area takes.
    let furnitureLines: Int

    init(panel: Panel, entries: [TerminalChart.LegendEntry], heading: Bool, width: Int, plotRows: Int) {
        self.plotRows = plotRows
        y = Axis.vertical(view: panel.yView, rows: plotRows, scale: panel.yScale)
        let labelWidth = y.ticks.labels.map(\.count).max() ?? 0
        axisColumn = labelWidth + 1
        let available = max(1, width - axisColumn - 1)
        // The last x label, centred on its tick, may hang past the area's right end: narrow the
        // area so it stays on the line, under its tick.
        let trial = Axis.horizontal(view: panel.xView, columns: available, scale: panel.xScale)
        let overhang = zip(trial.labelStarts, trial.ticks.labels).map { $0 + $1.count - available }.max() ?? 0
        plotColumns = max(1, available - max(overhang, 0))
        x = Axis.horizontal(view: panel.xView, columns: plotColumns, scale: panel.xScale)

        header = [TerminalText.plain(panel.yLabel), y.ticks.offsetText].filter { !$0.isEmpty }.joined(separator: "  ")
        xLabel = TerminalText.plain(panel.xLabel)
        legend = Self.pack(entries, indent: axisColumn + 1, width: width)
        let footer = !xLabel.isEmpty || !x.ticks.offsetText.isEmpty
        furnitureLines = (heading ? 1 : 0) + (header.isEmpty ? 0 : 1) + 2 + (footer ? 1 : 0) + legend.count
    }

    /// Legend entries placed left to right under the plot area, three spaces apart, wrapping onto
    /// new lines; an entry too wide for a line of its own is cut.
    static func pack(_ entries: [TerminalChart.LegendEntry], indent: Int,
                     width: Int) -> [[(column: Int, entry: TerminalChart.LegendEntry)]] {
        // Under a wide y label column the legend starts at the left edge instead of wrapping word by word.
        let indent = width - indent >= 20 ? indent : 0
        var lines: [[(column: Int, entry: TerminalChart.LegendEntry)]] = []
        var column = width
        for entry in entries {
            let room = width - indent
            let entry = entry.width <= room ? entry : TerminalChart.LegendEntry(
                series: entry.series, marker: entry.marker, label: TerminalText.fitted(entry.label, room - 2), color: entry.color)
            if column + entry.width > width {
                lines.append([])
                column = indent
            }
            lines[lines.count - 1].append((column, entry))
            column += entry.width + 3
        }
        return lines
    }

    /// One axis: nice ticks for a length counted in character cells, the map from data to dots,
    /// and the cell each tick falls in.
    struct Axis {
        let ticks: AxisTicks
        /// Data to dot coordinates: dot 0 is the left or the top.
        let scale: AxisMap
        /// The column or row of each tick, in the order of `ticks.values`.
        let cells: [Int]

        private init(ticks: AxisTicks, dots: Int, reversed: Bool, scale: AxisScale) {
            self.ticks = ticks
            let end = Double(dots - 1)
            let toDots = AxisMap(scale: scale, view: ticks.view, range: reversed ? (end, 0) : (0, end))
            let dotsPerCell = reversed ? 4 : 2
            self.scale = toDots
            cells = ticks.values.map { v in
                let dot = toDots(v)
                return Int(dot.isFinite ? min(max(dot.rounded(), 0), Double(dots - 1)) : 0) / dotsPerCell
            }
        }

        /// A y axis `rows` cells tall, top row 0, with about one tick every three rows so labels breathe.
        static func vertical(view: ClosedRange<Double>, rows: Int, scale: AxisScale) -> Axis {
            Axis(ticks: AxisTicks(view: view, maxBins: rows / 3, scale: scale), dots: 4 * rows, reversed: true, scale: scale)
        }

        /// An x axis `columns` cells wide: the most ticks, up to one per ten cells, whose labels
        /// centred on their ticks keep two spaces between them.
        static func horizontal(view: ClosedRange<Double>, columns: Int, scale: AxisScale) -> Axis {
            var bins = min(9, max(1, columns / 10))
            while true {
                let axis = Axis(ticks: AxisTicks(view: view, maxBins: bins, scale: scale), dots: 2 * columns, reversed: false, scale: scale)
                if bins == 1 || axis.labelsFit { return axis }
                bins -= 1
            }
        }

        /// Where each tick label starts, relative to the plot area, when centred on its tick's cell.
        var labelStarts: [Int] {
            zip(cells, ticks.labels).map { cell, label in cell - label.count / 2 }
        }

        private var labelsFit: Bool {
            let ends = zip(labelStarts, ticks.labels).map { $0 + $1.count }
            return zip(labelStarts.dropFirst(), ends).allSatisfy { start, end in start >= end + 2 }
        }
    }
}

extension AxisTicks {
    /// Ticks for an axis of at most `maxBins` intervals, for layouts counted in character cells
    /// rather than in pixels of a font size.
    init(view: ClosedRange<Double>, maxBins: Int, scale: AxisScale = .linear) {
        self.init(scale: scale, view: view, tickSpace: maxBins)
    }
}
