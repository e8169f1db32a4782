import LossFunctions
import LossPlotKit

/// One word of `loss-plot LOSS...`: a loss, with the parameter values bound to it alone,
/// `LOSS[:NAME=VALUES...]` (`huber:delta=1.345`, `focal:gamma=0,2:alpha=0.25`, `tukey:delta=2:6:3`).
struct LossArgument {
    /// The loss's name as typed, which names the default output file.
    let name: String
    /// The loss.
    let loss: LossDefinition
    /// The values bound to it: a list or a sweep LO:HI:N each, one curve per value.
    let parameters: [LossParameter: [Double]]

    /// Reads one argument; errors name the argument and the bad part.
    init(_ text: String, geometric: Bool) throws {
        var parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        name = parts.removeFirst()
        loss = try LossLookup.loss(named: name, field: "loss")
        // A part without '=' continues the value before it: the sweep LO:HI:N of `delta=1:3:3`.
        var bindings: [(name: String, values: String)] = []
        for part in parts {
            if let equals = part.firstIndex(of: "=") {
                bindings.append((String(part[..<equals]), String(part[part.index(after: equals)...])))
            } else if !bindings.isEmpty {
                bindings[bindings.count - 1].values += ":" + part
            } else {
                throw InputError("'\(text)': '\(part)' is not NAME=VALUES; bind a parameter to a loss as LOSS:NAME=VALUES, e.g. huber:delta=1.345")
            }
        }
        var parameters: [LossParameter: [Double]] = [:]
        for binding in bindings {
            guard let parameter = LossParameter.named(binding.name) else {
                let names = LossParameter.all.map(\.name).joined(separator: ", ")
                throw InputError("'\(text)': '\(binding.name)' is not a loss parameter; use one of \(names)")
            }
            let argument = "\(name):\(parameter.name)"
            guard parameters[parameter] == nil else {
                throw InputError("'\(text)': \(parameter.name) is given twice; give its values once, as a list a,b or a sweep LO:HI:N")
            }
            parameters[parameter] = try ArgumentValues.list(binding.values, flag: argument, geometric: geometric, allowInfinity: true)
        }
        self.parameters = parameters
    }
}
