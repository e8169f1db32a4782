/// A float64 array of any rank as a framework receives or returns it: the rank matters because
/// each framework reduces over its own axes (Keras over the last, then every other).
public struct FrameworkArray: Equatable, Sendable {
    /// The dimensions: [] for a scalar, [n] for a vector, [rows, columns] for a matrix, [n, h, w] and beyond.
    public let shape: [Int]
    /// The elements in row-major order.
    public let values: [Double]

    /// An array of the given shape; the number of values must match it.
    public init(shape: [Int], values: [Double]) {
        precondition(shape.reduce(1, *) == values.count, "shape \(shape) for \(values.count) values")
        self.shape = shape
        self.values = values
    }

    /// A scalar.
    public init(scalar: Double) {
        self.init(shape: [], values: [scalar])
    }

    /// A 1-D array.
    public init(vector: [Double]) {
        self.init(shape: [vector.count], values: vector)
    }

    /// A 2-D array from rows of equal length.
    public init(rows: [[Double]]) {
        self.init(shape: [rows.count, rows.first?.count ?? 0], values: rows.flatMap { $0 })
    }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The number of elements.
    public var count: Int { values.count }

    /// The length of the last axis (1 for a scalar).
    public var lastAxis: Int { shape.last ?? 1 }

    /// The slices along the last axis: one row for a vector, `shape[0]` rows for a matrix, one per
    /// element of the other axes beyond.
    public var rows: [ArraySlice<Double>] {
        // One slice per element of the other axes (one for a scalar or a vector, none for an empty batch).
        let width = rank == 0 ? 1 : lastAxis
        let slices = reducedShape.reduce(1, *)
        return (0..<slices).map { values[$0 * width..<($0 + 1) * width] }
    }

    /// The shape once the last axis is reduced away.
    var reducedShape: [Int] { Array(shape.dropLast()) }

    /// Applies `transform` to every element.
    func map(_ transform: (Double) -> Double) -> FrameworkArray {
        FrameworkArray(shape: shape, values: values.map(transform))
    }

    /// Reduces each slice along the last axis to one number.
    func reducingLastAxis(_ reduce: (ArraySlice<Double>) -> Double) -> FrameworkArray {
        FrameworkArray(shape: reducedShape, values: rows.map(reduce))
    }

    /// The sum of all elements.
    var sum: Double { values.reduce(0, +) }

    /// A shape as Python prints a tuple, as the frameworks' messages show it: (3,), (2, 3), ().
    static func pythonShape(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// The mean of all elements.
    var mean: Double { sum / Double(count) }
}
