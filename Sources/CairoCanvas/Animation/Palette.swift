/// A palette of at most 255 colours for a whole animation, made from its first frame, and the
/// mapping of any colour to its nearest entry.
///
/// Plots are a few flat colours (background, text, curves) and their antialiased edges, which
/// are blends of a colour with the background. So the palette holds the frequent colours
/// exactly, ramps from the background to each of them, then other colours of the frame (`Fill`).
/// The last index, 255, stays free for transparency.
final class Palette {
    /// Entries as 0xRRGGBB.
    private(set) var colors: [UInt32] = []
    /// The entries channel by channel, sixteen to a vector, for nearest-entry searches.
    private var lanes = PaletteLanes()
    /// A direct-mapped cache of colour (with bit 24 set, so 0 means empty) to index and squared
    /// distance to that entry; raw memory, as the lookup runs for every run of every frame.
    private let keys: UnsafeMutablePointer<UInt32>
    private let values: UnsafeMutablePointer<UInt8>
    private let distances: UnsafeMutablePointer<Int32>
    private static let cacheBits = 16

    /// Colours making up at least this share of the first frame are kept exactly and ramped.
    static let keyShare = 1.0 / 2000
    static let maxKeys = 16
    static let rampSlots = 200
    /// Ramp levels before a `.leastError` fill: fewer than `.spread`'s 14 left the busiest
    /// figures nearer (RMS 0.93 to 0.32 on the article's classification figure at 3 levels).
    static let leastErrorRampLevels = 3
    /// With `.spread`, other colours nearer than this (squared RGB distance) to an entry are left out.
    static let minimumDistance = 3 * 10 * 10

    /// How the slots left after the frequent colours and their ramps are filled.
    enum Fill {
        /// The most frequent of the other colours that no entry comes near: few near-equal
        /// entries, so that an animation's frames keep long runs of one index (smaller GIFs).
        case spread
        /// One at a time, the colour the palette so far draws worst (pixel count times squared
        /// distance to its nearest entry): a greedy cut of the squared error, which a still
        /// PNG's error bound measures.
        case leastError
    }

    /// The palette of a frame's opaque colours (straight ARGB; alpha below 128 is left out).
    convenience init(frame: FramePixels, fill: Fill = .spread) {
        self.init(runs: PixelRuns(frame.pixels), fill: fill)
    }

    /// The palette of the colours of a frame's runs of pixels.
    init(runs: PixelRuns, fill: Fill) {
        keys = .allocate(capacity: 1 << Self.cacheBits)
        keys.initialize(repeating: 0, count: 1 << Self.cacheBits)
        values = .allocate(capacity: 1 << Self.cacheBits)
        values.initialize(repeating: 0, count: 1 << Self.cacheBits)
        distances = .allocate(capacity: 1 << Self.cacheBits)
        distances.initialize(repeating: 0, count: 1 << Self.cacheBits)
        var counts = ColorCounts()
        defer { counts.deallocate() }
        for run in 0..<runs.count {
            let p = runs.colors[run]
            if p >> 24 >= 128 { counts.add(FramePixels.straight(p) & 0xFFFFFF, runs.length(of: run)) }
        }
        // By count, most frequent first; equal counts by colour, so the order never depends on hashing.
        let ranked = counts.entries().sorted { $0.count != $1.count ? $0.count > $1.count : $0.color < $1.color }
        guard ranked.count > 255 else {
            colors = ranked.isEmpty ? [0] : ranked.map(\.color)
            finishEntries()
            return
        }
        let threshold = max(16, Int(Double(runs.pixelCount) * Self.keyShare))
        let keyColors = ranked.prefix { $0.count >= threshold }.prefix(Self.maxKeys).map(\.color)
        colors = keyColors
        if let background = keyColors.first, keyColors.count > 1 {
            // The greedy fill finds the blends a figure has; its ramps only start it off.
            let levels = min(fill == .spread ? 14 : Self.leastErrorRampLevels, Self.rampSlots / (keyColors.count - 1))
            for key in keyColors.dropFirst() {
                for level in 1...levels {
                    colors.append(Self.blend(background, key, Double(level) / Double(levels + 1)))
                }
            }
        }
        switch fill {
        case .spread:
            for (k, color) in colors.enumerated() { lanes.set(k, color) }
            for entry in ranked {
                guard colors.count < 255 else { break }
                if lanes.isFar(entry.color, count: colors.count, minimum: Self.minimumDistance) {
                    lanes.set(colors.count, entry.color)
                    colors.append(entry.color)
                }
            }
            finishEntries()
        case .leastError:
            let candidates = PaletteCandidates(ranked)
            for color in colors { candidates.add(entry: color) }
            while colors.count < 255, let worst = candidates.worst() {
                candidates.add(entry: worst)
                colors.append(worst)
            }
            finishEntries()
        }
    }

    /// Fills the lanes, and the cache with the entries themselves (the first of equal ones).
    private func finishEntries() {
        for (k, color) in colors.enumerated() {
            lanes.set(k, color)
            let slot = Self.slot(color), key = color | 0x100_0000
            if keys[slot] != key {
                keys[slot] = key
                values[slot] = UInt8(k)
                distances[slot] = 0
            }
        }
    }

    deinit {
        keys.deallocate()
        values.deallocate()
        distances.deallocate()
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

    /// Maps the runs of an opaque frame to indices and returns the mapping's error: the root
    /// mean square of the channels' differences, on a 0-255 scale.
    func opaqueIndices(of runs: PixelRuns, into out: UnsafeMutablePointer<UInt8>) -> Double {
        var sum = 0
        for run in 0..<runs.count {
            let start = runs.start(of: run), length = runs.length(of: run)
            let slot = lookup(runs.colors[run] & 0xFFFFFF)
            sum &+= Int(distances[slot]) &* length
            let index = values[slot]
            // Most runs are a few pixels of an antialiased edge: a loop beats a call to memset.
            if length < 16 {
                for k in start..<(start &+ length) { out[k] = index }
            } else {
                (out + start).initialize(repeating: index, count: length)
            }
        }
        return (Double(sum) / Double(3 * max(runs.pixelCount, 1))).squareRoot()
    }

    /// The index of the entry nearest to an opaque colour (0xRRGGBB); of equally near entries,
    /// the first.
    @inline(__always)
    func index(of color: UInt32) -> UInt8 {
        values[lookup(color)]
    }

    /// The cache slot holding an opaque colour's nearest entry, filled on a miss.
    @inline(__always)
    private func lookup(_ color: UInt32) -> Int {
        let slot = Self.slot(color)
        let key = color | 0x100_0000
        if keys[slot] == key { return slot }
        let found = lanes.nearest(color, count: colors.count)
        keys[slot] = key
        values[slot] = UInt8(found.index)
        distances[slot] = found.distance
        return slot
    }

    @inline(__always)
    private static func slot(_ color: UInt32) -> Int {
        Int(truncatingIfNeeded: (color &* 0x9E37_79B1) >> (32 - UInt32(cacheBits)))
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

/// Up to 256 palette entries, channel by channel in vectors of sixteen, so that the nearest
/// entry to a colour is found sixteen distances at a time. Distances are exact in `Float`
/// (at most 3 * 255^2), whose products SSE2 does in one instruction, unlike 32-bit integers'.
struct PaletteLanes {
    /// Unused slots hold a channel value far outside 0-255, so they are never nearest.
    private static let far: Float = 10_000
    private var red = [SIMD16<Float>](repeating: SIMD16(repeating: far), count: 16)
    private var green = [SIMD16<Float>](repeating: SIMD16(repeating: far), count: 16)
    private var blue = [SIMD16<Float>](repeating: SIMD16(repeating: far), count: 16)

    mutating func set(_ index: Int, _ color: UInt32) {
        red[index >> 4][index & 15] = Float((color >> 16) & 0xFF)
        green[index >> 4][index & 15] = Float((color >> 8) & 0xFF)
        blue[index >> 4][index & 15] = Float(color & 0xFF)
    }

    @inline(__always)
    private func distances(_ chunk: Int, _ r: SIMD16<Float>, _ g: SIMD16<Float>, _ b: SIMD16<Float>) -> SIMD16<Float> {
        let dr = red[chunk] - r, dg = green[chunk] - g, db = blue[chunk] - b
        return dr * dr + dg * dg + db * db
    }

    @inline(__always)
    private static func channels(_ color: UInt32) -> (SIMD16<Float>, SIMD16<Float>, SIMD16<Float>) {
        (SIMD16(repeating: Float((color >> 16) & 0xFF)), SIMD16(repeating: Float((color >> 8) & 0xFF)),
         SIMD16(repeating: Float(color & 0xFF)))
    }

    /// The first of the entries `0..<count` nearest to `color` (0xRRGGBB), and its squared distance.
    func nearest(_ color: UInt32, count: Int) -> (index: Int, distance: Int32) {
        let (r, g, b) = Self.channels(color)
        var best = SIMD16<Float>(repeating: .infinity), bestChunk = SIMD16<Int32>(repeating: 0)
        for chunk in 0..<((count + 15) >> 4) {
            let d = distances(chunk, r, g, b)
            // Strictly nearer only: each lane keeps its first chunk among equals.
            let nearer = d .< best
            best.replace(with: d, where: nearer)
            bestChunk.replace(with: SIMD16(repeating: Int32(chunk)), where: nearer)
        }
        var index = Int.max, distance = Float.infinity
        for lane in 0..<16 {
            let candidate = Int(bestChunk[lane]) << 4 | lane
            if best[lane] < distance || (best[lane] == distance && candidate < index) {
                (index, distance) = (candidate, best[lane])
            }
        }
        return (index, Int32(distance))
    }

    /// Whether every one of the entries `0..<count` is at least `minimum` (squared) from `color`.
    func isFar(_ color: UInt32, count: Int, minimum: Int) -> Bool {
        let (r, g, b) = Self.channels(color)
        let limit = SIMD16<Float>(repeating: Float(minimum))
        for chunk in 0..<((count + 15) >> 4) where any(distances(chunk, r, g, b) .< limit) { return false }
        return true
    }
}

/// A frame's pixels as runs of one value, in reading order (a run may go on into the next row):
/// plots are mostly long runs of one colour, so what is done per colour is done per run.
struct PixelRuns {
    /// Each run's pixel value.
    private(set) var colors: [UInt32] = []
    /// Each run's first pixel, then the pixel count.
    private var starts: [Int] = []

    init(_ pixels: UnsafeBufferPointer<UInt32>) {
        guard let base = pixels.baseAddress else {
            starts = [0]
            return
        }
        let n = pixels.count
        var i = 0
        while i < n {
            let p = base[i]
            var end = i &+ 1
            // Eight pixels at a time through the long runs of a background.
            let splat = SIMD8<UInt32>(repeating: p)
            while end &+ 8 <= n, all(UnsafeRawPointer(base + end).loadUnaligned(as: SIMD8<UInt32>.self) .== splat) { end &+= 8 }
            while end < n, base[end] == p { end &+= 1 }
            colors.append(p)
            starts.append(i)
            i = end
        }
        starts.append(n)
    }

    var count: Int { colors.count }
    var pixelCount: Int { starts[starts.count - 1] }
    /// Whether every pixel is opaque (alpha 0xFF).
    var isOpaque: Bool { colors.allSatisfy { $0 >> 24 == 0xFF } }

    @inline(__always)
    func start(of run: Int) -> Int { starts[run] }

    @inline(__always)
    func length(of run: Int) -> Int { starts[run &+ 1] &- starts[run] }
}

/// The colours of a frame with their pixel counts and squared distances to the nearest palette
/// entry so far, sixteen colours to a vector, in raw memory: the greedy fill passes over them
/// once per entry it adds.
final class PaletteCandidates {
    private let colors: [UInt32]
    private let chunks: Int
    /// red, green, blue, pixel count and distance, each `chunks` vectors long.
    private let storage: UnsafeMutablePointer<SIMD16<Float>>
    /// The worst drawn colour after the last `add`, and its error.
    private var worstIndex = -1
    private var worstError: Float = 0

    /// `ranked`: colours (0xRRGGBB) and pixel counts, in the order that breaks ties.
    init(_ ranked: [(color: UInt32, count: Int)]) {
        colors = ranked.map(\.color)
        chunks = (ranked.count + 15) >> 4
        storage = .allocate(capacity: 5 * max(chunks, 1))
        // Padding lanes count no pixels, so they are never the worst.
        storage.initialize(repeating: .zero, count: 4 * chunks)
        (storage + 4 * chunks).initialize(repeating: SIMD16(repeating: .infinity), count: chunks)
        for (i, entry) in ranked.enumerated() {
            storage[i >> 4][i & 15] = Float((entry.color >> 16) & 0xFF)
            storage[chunks + i >> 4][i & 15] = Float((entry.color >> 8) & 0xFF)
            storage[2 * chunks + i >> 4][i & 15] = Float(entry.color & 0xFF)
            storage[3 * chunks + i >> 4][i & 15] = Float(entry.count)
        }
    }

    deinit {
        storage.deallocate()
    }

    /// Takes a new palette entry into account, and finds the colour now drawn worst.
    func add(entry color: UInt32) {
        let r = SIMD16<Float>(repeating: Float((color >> 16) & 0xFF))
        let g = SIMD16<Float>(repeating: Float((color >> 8) & 0xFF))
        let b = SIMD16<Float>(repeating: Float(color & 0xFF))
        let red = storage, green = storage + chunks, blue = storage + 2 * chunks
        let counts = storage + 3 * chunks, distance = storage + 4 * chunks
        var largest = SIMD16<Float>(repeating: 0), found = -1, error: Float = 0
        for chunk in 0..<chunks {
            let dr = red[chunk] - r, dg = green[chunk] - g, db = blue[chunk] - b
            let squared = dr * dr + dg * dg + db * db
            let d = distance[chunk].replacing(with: squared, where: squared .< distance[chunk])
            distance[chunk] = d
            let e = counts[chunk] * d
            // Lane by lane only where some colour beats the worst so far: rare after a few chunks.
            if any(e .> largest) {
                for lane in 0..<16 where e[lane] > error {
                    (found, error) = (chunk << 4 | lane, e[lane])
                }
                largest = SIMD16(repeating: error)
            }
        }
        (worstIndex, worstError) = (found, error)
    }

    /// The colour with the largest pixel count times squared distance (the first of equals)
    /// after the last `add`, or nil when every colour is drawn exactly.
    func worst() -> UInt32? {
        worstIndex >= 0 && worstError > 0 ? colors[worstIndex] : nil
    }
}

/// Pixel counts by colour (0xRRGGBB), in an open-addressed table of raw memory that doubles
/// when half full: one entry per run of pixels, tens of thousands of runs in a figure.
private struct ColorCounts {
    private var keys: UnsafeMutablePointer<UInt32>
    private var counts: UnsafeMutablePointer<Int>
    private var mask: Int
    private var used = 0

    init(capacity: Int = 1 << 12) {
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: 0, count: capacity)
        counts = .allocate(capacity: capacity)
        mask = capacity - 1
    }

    func deallocate() {
        keys.deallocate()
        counts.deallocate()
    }

    /// Adds `n` pixels of `color`.
    mutating func add(_ color: UInt32, _ n: Int) {
        let key = color | 0x100_0000
        var slot = Int(truncatingIfNeeded: key &* 0x9E37_79B1) & mask
        while true {
            let k = keys[slot]
            if k == key {
                counts[slot] &+= n
                return
            }
            if k == 0 { break }
            slot = (slot &+ 1) & mask
        }
        keys[slot] = key
        counts[slot] = n
        used &+= 1
        if used * 2 > mask { grow() }
    }

    private mutating func grow() {
        let old = (keys: keys, counts: counts, capacity: mask + 1)
        self = ColorCounts(capacity: 2 * old.capacity)
        for slot in 0..<old.capacity where old.keys[slot] != 0 { add(old.keys[slot] & 0xFFFFFF, old.counts[slot]) }
        old.keys.deallocate()
        old.counts.deallocate()
    }

    /// Every colour counted, with its count.
    func entries() -> [(color: UInt32, count: Int)] {
        var entries: [(color: UInt32, count: Int)] = []
        entries.reserveCapacity(used)
        for slot in 0...mask where keys[slot] != 0 { entries.append((keys[slot] & 0xFFFFFF, counts[slot])) }
        return entries
    }
}
