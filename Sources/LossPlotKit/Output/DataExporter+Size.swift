import LossFunctions

/// How big a file of numbers would be, measured on a sample of its rows before anything is written.
extension DataExporter {
    /// The rows measured: enough for an average within a few per cent, few enough to be instant.
    static let measuredRows = 1000

    /// The bytes of the CSV or JSON file, from the text of up to ``measuredRows`` rows spread over
    /// the sweep (and the CSV header; JSON's few fields per curve are left out).
    func estimatedBytes(json: Bool) -> Double {
        let count = builder.sweep.count
        let orders = builder.spec.derivativeOrders
        let measured = min(count, Self.measuredRows)
        var bytes = 0
        for k in 0..<measured {
            let x = builder.sweep.x(k * (count - 1) / max(measured - 1, 1))
            var numbers = [x] + builder.curves.map { $0.value(at: x) }
            if orders.contains(1) { numbers += builder.curves.map { $0.derivative(at: x) } }
            if orders.contains(2) { numbers += builder.curves.map { $0.secondDerivative(at: x) } }
            // A CSV row ends each number with a comma or newline; JSON separates them with ", ".
            bytes += numbers.reduce(0) { $0 + (json ? Self.jsonNumber($1).utf8.count + 2 : ShortNumber.shortest($1).utf8.count + 1) }
        }
        let rows = Double(bytes) / Double(max(measured, 1)) * Double(count)
        return json ? rows : rows + Double(csvHeader.utf8.count)
    }
}
