import PlottingTestSupport
import Testing
@testable import Plotting

/// A legend taller than its axes fills columns, as matplotlib's `ncols` lays them out.
@Suite("Legend columns: filled column by column, the first ones longer, chosen when one column is too tall")
struct LegendColumnsTests {
    static func series(_ count: Int) -> [Series] {
        (0..<count).map { Series(label: "curve \($0)", xs: [0], ys: [0], color: .black) }
    }

    /// matplotlib's `Legend._init_legend_box`: `nrows, num_largecol = divmod(len(handles), ncols)`,
    /// the first `num_largecol` columns one row longer.
    @Test("matplotlib's distribution: 20 entries in 3 columns are 7, 7 and 6; 5 in 2 are 3 and 2", arguments: [
        (20, 3, [7, 7, 6]), (5, 2, [3, 2]), (8, 4, [2, 2, 2, 2]), (3, 1, [3]),
    ])
    func distribution(count: Int, columns: Int, expected: [Int]) {
        var perColumn = Array(repeating: 0, count: columns)
        var rowsSeen: [Int: Set<Int>] = [:]
        for i in 0..<count {
            let (column, row) = Legend.place(i, count: count, columns: columns)
            perColumn[column] += 1
            rowsSeen[column, default: []].insert(row)
        }
        #expect(perColumn == expected)
        // Each column's rows are 0, 1, ... with no gap or repeat.
        for (column, rows) in rowsSeen { #expect(rows == Set(0..<perColumn[column])) }
    }

    @Test("a legend that fits its axes keeps one column; a taller one takes the fewest columns that fit")
    func chosen() {
        let text = TextSizes()
        let area = Rect(x: 0, y: 0, width: 500, height: 370)
        let few = Legend.inside(series: Self.series(5), area: area, canvas: RecordingCanvas(), text: text)
        #expect(few.columns == 1)
        let many = Legend.inside(series: Self.series(20), area: area, canvas: RecordingCanvas(), text: text)
        let one = Legend(series: Self.series(20), canvas: RecordingCanvas(), maxLabelWidth: 1000, text: text)
        #expect(one.size.height > area.height)
        #expect(many.columns == 2)
        #expect(many.size.height <= area.height - 2 * text.legendBorderAxesPad)
        // Two columns side by side: wider than one, with matplotlib's 2 em between them.
        #expect(many.size.width > one.size.width + text.legendColumnSpacing)
    }
}
