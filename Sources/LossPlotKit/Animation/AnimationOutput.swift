import CairoCanvas
import Plotting

/// Writes an animated figure: the frames drawn one at a time and streamed to the encoder of
/// the file's format (GIF, WebP, APNG), or gathered into a page with sliders (HTML).
enum AnimationOutput {
    /// Writes the frames of `plan` to `path`, atomically.
    static func write(_ plan: AnimationPlan, animation: AnimationRequest, kind: FileKind, to path: String) throws {
        var plan = plan
        switch kind {
        case .animation(let format):
            let renderer = try FrameRenderer(size: plan.size, scale: plan.options.scale)
            try plan.fixAxes(measuringWith: renderer)
            try FigureFit.check(plan.figure(ofFrame: 0), options: plan.options)
            let order = frameOrder(count: plan.frameCount, bounce: animation.bounce)
            let timing = FrameTiming(fps: animation.framesPerSecond, plays: animation.plays, frames: order.count)
            let progress = ProgressBar(total: order.count, label: "frames")
            defer { progress.finish() }
            try AtomicFile.write(to: path) { writer in
                let encoder = try format.encoder(width: renderer.width, height: renderer.height, timing: timing) { try writer.write($0) }
                let pipeline = EncodingPipeline(encoder)
                // The writer is the encoder's alone until the pipeline is drained.
                defer { pipeline.drain() }
                for (done, frame) in order.enumerated() {
                    let figure = try plan.figure(ofFrame: frame)
                    try renderer.render(figure) { try pipeline.add($0) }
                    progress.update(done + 1)
                }
                try pipeline.finish()
            }
        case .page:
            let renderer = try FrameRenderer(size: plan.size, scale: 1)
            try plan.fixAxes(measuringWith: renderer)
            try FigureFit.check(plan.figure(ofFrame: 0), options: plan.options)
            let progress = ProgressBar(total: plan.frameCount, label: "frames")
            defer { progress.finish() }
            let page = try ExplorerPage(plan: plan, fps: animation.framesPerSecond) { progress.update($0) }
            try AtomicFile.write(to: path) { try page.write(to: $0) }
        default:
            throw InputError("--animate: '\(path)' is not an animation; use --out with .gif, .webp, .apng or .html")
        }
    }

    /// The frames in the order they show: forward, then back without repeating either end.
    static func frameOrder(count: Int, bounce: Bool) -> [Int] {
        guard bounce, count > 2 else { return Array(0..<count) }
        return Array(0..<count) + Array((1..<(count - 1)).reversed())
    }
}
