import ArgumentParser
import LossFunctions

extension Reduction: ExpressibleByArgument {}
