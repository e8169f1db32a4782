/// A palette of at most 255 colours for a whole animation, made from its first frame, and the
/// mapping of any colour to its nearest entry.
///
/// Plots are a few flat colours (background, text, curves) and their antialiased edges, which
/// are blends of a colour with the background. So the palette holds the frequent colours
/// exactly, ramps from the background to each of them, then the most frequent of the other
/// colours that the ramps do not already come near. The last index, 255, stays free for
/// transparency.
final class Palette {
    /// Entries as 0xRRGGBB.
    private(set) var colors: [UInt32] = []
    /// A direct-mapped cache of colour (with bit 24 set, so 0 means empty) to index; raw
    /// memory, as the lookup runs for every pixel of every frame.
    private let keys: UnsafeMutablePointer<UInt32>
    private let values: UnsafeMutablePointer<UInt8>
    private static let cacheBits = 16

    /// Colours making up at least this share of the first frame are kept exactly and ramped.
    static let keyShare = 1.0 / 2000
    static let maxKeys = 16
    static let rampSlots = 200
    /// Other colours nearer than this (squared RGB distance) to an entry are left out.
    static let minimumDistance = 3 * 10 * 10

    /// The palette of a frame's opaque colours (straight ARGB; alpha below 128 is left out).
    init(frame: FramePixels) {
        keys = .allocate(capacity: 1 << Self.cacheBits)
        keys.initialize(repeating: 0, count: 1 << Self.cacheBits)
        values = .allocate(capacity: 1 << Self.cacheBits)
        values.initialize(repeating: 0, count: 1 << Self.cacheBits)
        var counts: [UInt32: Int] = [:]
        // Counted run by run: plots are mostly long runs of one colour.
        var i = 0
        let pixels = frame.pixels
        while i < pixels.count {
            let p = pixels[i]
            var end = i + 1
            while end < pixels.count, pixels[end] == p { end += 1 }
            if p >> 24 >= 128 { counts[FramePixels.straight(p) & 0xFFFFFF, default: 0] += end - i }
            i = end
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        guard ranked.count > 255 else {
            colors = ranked.isEmpty ? [0] : ranked
            return
        }
        let threshold = max(16, Int(Double(frame.pixels.count) * Self.keyShare))
        let keyColors = Array(ranked.prefix { counts[$0]! >= threshold }.prefix(Self.maxKeys))
        colors = keyColors
        if let background = keyColors.first, keyColors.count > 1 {
            let levels = min(14, Self.rampSlots / (keyColors.count - 1))
            for key in keyColors.dropFirst() {
                for level in 1...levels {
                    colors.append(Self.blend(background, key, Double(level) / Double(levels + 1)))
                }
            }
        }
        for color in ranked where colors.count < 255 {
            if colors.allSatisfy({ Self.distance($0, color) >= Self.minimumDistance }) { colors.append(color) }
        }
    }

    deinit {
        keys.deallocate()
        values.deallocate()
    }

    /// Maps a frame's pixels to palette indices; pixels with alpha below 128 get `clear`.
    func indices(of frame: FramePixels, into out: UnsafeMutablePointer<UInt8>, clear: UInt8) {
        // Plots are mostly runs of one colour: a pixel like the last one takes its index.
        var last: UInt32 = 0, lastIndex = clear
        for (i, p) in frame.pixels.enumerated() {
            if p != last {
                last = p
                lastIndex = p >> 24 < 128 ? clear : index(of: FramePixels.straight(p) & 0xFFFFFF)
            }
            out[i] = lastIndex
        }
    }

    /// Maps opaque pixels to indices and returns the mapping's error: the root mean square of the
    /// channels' differences, on a 0-255 scale.
    func opaqueIndices(of frame: FramePixels, into out: UnsafeMutablePointer<UInt8>) -> Double {
        var sum = 0
        var i = 0
        let pixels = frame.pixels
        while i < pixels.count {
            let p = pixels[i]
            var end = i + 1
            while end < pixels.count, pixels[end] == p { end += 1 }
            let index = index(of: p & 0xFFFFFF)
            sum += Self.distance(colors[Int(index)], p & 0xFFFFFF) * (end - i)
            (out + i).initialize(repeating: index, count: end - i)
            i = end
        }
        return (Double(sum) / Double(3 * max(pixels.count, 1))).squareRoot()
    }

    /// The index of the entry nearest to an opaque colour (0xRRGGBB).
    @inline(__always)
    func index(of color: UInt32) -> UInt8 {
        let slot = Int(truncatingIfNeeded: ((color &* 0x9E37_79B1) >> (32 - UInt32(Self.cacheBits))))
        let key = color | 0x100_0000
        if keys[slot] == key { return values[slot] }
        let found = nearest(color)
        keys[slot] = key
        values[slot] = found
        return found
    }

    private func nearest(_ color: UInt32) -> UInt8 {
        var best = 0, bestDistance = Int.max
        for (i, entry) in colors.enumerated() {
            let d = Self.distance(entry, color)
            if d < bestDistance {
                (best, bestDistance) = (i, d)
                if d == 0 { break }
            }
        }
        return UInt8(best)
    }

    static func distance(_ a: UInt32, _ b: UInt32) -> Int {
        let dr = Int((a >> 16) & 0xFF) - Int((b >> 16) & 0xFF)
        let dg = Int((a >> 8) & 0xFF) - Int((b >> 8) & 0xFF)
        let db = Int(a & 0xFF) - Int(b & 0xFF)
        return dr * dr + dg * dg + db * db
    }

    static func blend(_ a: UInt32, _ b: UInt32, _ t: Double) -> UInt32 {
        func channel(_ shift: UInt32) -> UInt32 {
            let x = Double((a >> shift) & 0xFF), y = Double((b >> shift) & 0xFF)
            return UInt32((x + (y - x) * t).rounded()) << shift
        }
        return channel(16) | channel(8) | channel(0)
    }
}
