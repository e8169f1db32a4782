/// When each frame of an animation shows, at a steady rate: the delays are rounded so that
/// the frames never drift from their ideal times (at 30 frames per second a GIF's delays are
/// 3, 3, 4, 3, 3, 4... hundredths of a second).
public struct FrameTiming: Sendable, Equatable {
    /// Frames per second.
    public let fps: Double
    /// How often the animation plays; 0 plays it forever.
    public let plays: Int
    /// How many frames there are (APNG says so before the first).
    public let frames: Int

    public init(fps: Double, plays: Int, frames: Int) {
        self.fps = fps
        self.plays = plays
        self.frames = frames
    }

    /// The delay after frame `index`, in units of 1/`unitsPerSecond` s.
    public func delay(after index: Int, unitsPerSecond: Double) -> Int {
        start(of: index + 1, unitsPerSecond: unitsPerSecond) - start(of: index, unitsPerSecond: unitsPerSecond)
    }

    /// When frame `index` starts, in units of 1/`unitsPerSecond` s.
    public func start(of index: Int, unitsPerSecond: Double) -> Int {
        Int((Double(index) * unitsPerSecond / fps).rounded())
    }
}
