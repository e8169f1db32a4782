import Testing
import LossFunctions

/// `Sweep` against numpy's linspace (numpy 2.4: y = arange(n) * ((stop - start) / (n - 1)) + start,
/// then y[-1] = stop). Every literal below is `repr(float(np.linspace(a, b, n)[i]))`.
@Suite("Sweep matches numpy.linspace")
struct SweepTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let lower: Double
        let upper: Double
        let count: Int
        let step: Double
        let samples: [(index: Int, value: Double)]
        var testDescription: String { "linspace(\(lower), \(upper), \(count))" }
    }

    /// The sweeps of FIGURES.md's figure table.
    static let figureSweeps: [Case] = [
        .init(lower: -1, upper: 1, count: 100, step: 0.020202020202020204,
              samples: [(1, -0.9797979797979798), (2, -0.9595959595959596), (33, -0.33333333333333326),
                        (50, 0.010101010101010166), (98, 0.9797979797979799)]),
        .init(lower: -2, upper: 2, count: 200, step: 0.020100502512562814,
              samples: [(1, -1.979899497487437), (2, -1.9597989949748744), (66, -0.6733668341708543),
                        (100, 0.010050251256281229), (198, 1.979899497487437)]),
        .init(lower: -1, upper: 1, count: 500, step: 0.004008016032064128,
              samples: [(1, -0.9959919839679359), (2, -0.9919839679358717), (166, -0.3346693386773547),
                        (250, 0.002004008016031955), (498, 0.9959919839679356)]),
        .init(lower: 0, upper: 4, count: 200, step: 0.020100502512562814,
              samples: [(1, 0.020100502512562814), (2, 0.04020100502512563), (66, 1.3266331658291457),
                        (100, 2.0100502512562812), (198, 3.979899497487437)]),
        .init(lower: -3, upper: 5, count: 500, step: 0.01603206412825651,
              samples: [(1, -2.9839679358717435), (2, -2.967935871743487), (166, -0.33867735470941884),
                        (250, 1.0080160320641278), (498, 4.983967935871743)]),
        .init(lower: 0.001, upper: 0.999, count: 500, step: 0.002,
              samples: [(1, 0.003), (2, 0.005), (166, 0.333), (250, 0.501), (498, 0.997)]),
        .init(lower: -5, upper: 5, count: 200, step: 0.05025125628140704,
              samples: [(1, -4.949748743718593), (2, -4.899497487437186), (66, -1.6834170854271355),
                        (100, 0.02512562814070396), (198, 4.949748743718594)]),
        .init(lower: -5, upper: 15, count: 500, step: 0.04008016032064128,
              samples: [(1, -4.959919839679359), (2, -4.919839679358717), (166, 1.6533066132264524),
                        (250, 5.020040080160321), (498, 14.959919839679358)]),
        .init(lower: 0.01, upper: 0.99, count: 200, step: 0.00492462311557789,
              samples: [(1, 0.014924623115577889), (2, 0.01984924623115578), (66, 0.33502512562814074),
                        (100, 0.502462311557789), (198, 0.9850753768844221)]),
    ]

    @Test("samples, endpoints, count and step are numpy's, bit for bit", arguments: figureSweeps)
    func matchesNumpy(_ c: Case) {
        let sweep = Sweep(c.lower, c.upper, count: c.count)
        #expect(sweep.count == c.count)
        #expect(sweep.step == c.step)
        #expect(sweep.x(0) == c.lower)
        #expect(sweep.x(c.count - 1) == c.upper)
        for (i, value) in c.samples {
            #expect(sweep.x(i) == value, "x(\(i)) = \(sweep.x(i)), numpy \(value)")
        }
    }

    @Test("samples follow numpy's formula start + i * step and increase strictly", arguments: figureSweeps)
    func numpyFormula(_ c: Case) {
        let sweep = Sweep(c.lower, c.upper, count: c.count)
        let step = (c.upper - c.lower) / Double(c.count - 1)
        var previous = -Double.infinity
        for i in 0..<sweep.count {
            let x = sweep.x(i)
            if i < sweep.count - 1 {
                #expect(x == Double(i) * step + c.lower, "i = \(i)")
            }
            #expect(x > previous, "i = \(i)")
            previous = x
        }
    }

    @Test("a two-sample sweep is its endpoints; a reversed sweep runs downwards")
    func smallAndReversed() {
        let two = Sweep(-1, 3, count: 2)
        #expect(two.x(0) == -1 && two.x(1) == 3 && two.step == 4)
        let down = Sweep(1, -1, count: 5)
        // np.linspace(1, -1, 5) = [1, 0.5, 0, -0.5, -1]
        #expect((0..<5).map(down.x) == [1, 0.5, 0, -0.5, -1])
        #expect(down.step == -0.5)
    }
}
