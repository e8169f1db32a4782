/// What moves in an animated figure or a page with sliders, and how fast it plays.
public struct AnimationRequest: Sendable {
    /// The parameters that move, each with its values, in the order given.
    public var animated: [AnimatedParameter]
    /// Frames per second, above 0 and at most 50.
    public var framesPerSecond: Double = 20
    /// How many times it plays; 0 plays it forever.
    public var plays: Int = 0
    /// Whether it plays forward, then back.
    public var bounce = false

    /// An animation of these parameters at 20 frames per second, played forever.
    public init(animated: [AnimatedParameter]) {
        self.animated = animated
    }
}
