// What loss-plot takes from the platform, in one place: FoundationEssentials rather than the whole
// of Foundation (whose internationalisation data alone is most of a static binary's size), the C
// library and Dispatch. Every target of the binary imports this module instead of Foundation.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif
@_exported import Dispatch
