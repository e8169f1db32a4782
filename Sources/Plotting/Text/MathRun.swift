/// A stretch of maths drawn alike: its characters, slant, script level and baseline shift.
struct MathRun: Equatable {
    var text: String
    var italic: Bool
    /// 0 for the main line, 1 for a script, 2 for a script's script.
    var level: Int
    /// The baseline's shift in ems of the main font, up positive.
    var rise: Double

    /// The font scale of a script level: matplotlib's 0.7 a level, down to three levels.
    static func scale(level: Int) -> Double {
        (0..<min(level, 3)).reduce(1.0) { scale, _ in scale * 0.7 }
    }
}
