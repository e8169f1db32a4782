import CairoCanvas
import Foundation
import Plotting
@testable import LossPlotKit

/// libFuzzer's entry point: the bytes are a manifest (`batch --manifest`). They go through the
/// JSON syntax check, the field checks and the decoder as `batch` reads them; each figure that
/// is accepted is built and drawn, at a small size and sample count so that executions stay fast.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManifest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Data(bytes: data, count: size)
    let syntax = JSONSyntax.check([UInt8](bytes))
    let specs: [FigureSpec]
    do {
        specs = try Manifest.parse(bytes, path: "fuzz.json")
    } catch let error as InputError {
        guard error.description.hasPrefix("--manifest: 'fuzz.json'") else { fatalError("unnamed error: \(error.description)") }
        return 0
    } catch {
        fatalError("an error that is not a InputError: \(error)")
    }
    // What the strict checker refuses, the manifest reader must refuse too.
    if let syntax { fatalError("accepted a manifest with a syntax error: \(syntax.description)") }
    for var spec in specs.prefix(3) {
        spec.samples = min(spec.samples, 200)
        if spec.size != nil { spec.size = [160, 120] }
        guard let builder = try? FigureBuilder(spec) else { continue }
        let format: OutputFormat = [.png, .svg, .pdf][spec.name.utf8.count % 3]
        do {
            _ = try FigureRasterizer.render(builder.figure(RenderOptions(size: Size(160, 120))), format: format)
        } catch {
            fatalError("a figure that was accepted failed to render: \(error)")
        }
    }
    return 0
}
