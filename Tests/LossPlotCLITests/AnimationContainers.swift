import CGif
import Foundation

/// What a test reads back from an animated file, parsed here from the format's specification
/// (GIF89a, the APNG specification, the WebP container), not by the code that wrote it.
struct AnimationFacts: Equatable {
    var width = 0
    var height = 0
    /// Frames stored in the file.
    var frames = 0
    /// Each frame's delay, in milliseconds.
    var delays: [Int] = []
    /// Plays in all, 0 for forever.
    var plays = -1
}

enum AnimationContainers {
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func be32(_ b: [UInt8], _ i: Int) -> Int { b[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
    static func le16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    static func le24(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 }
    static func le32(_ b: [UInt8], _ i: Int) -> Int { le24(b, i) | Int(b[i + 3]) << 24 }

    /// GIF89a: the screen, the NETSCAPE2.0 loop block (repeats after the first play; absent for
    /// one play), each graphic control extension's delay (1/100 s) and each image.
    static func gif(_ path: String) throws -> AnimationFacts {
        let b = try bytes(path)
        var facts = AnimationFacts(width: le16(b, 6), height: le16(b, 8), plays: 1)
        var i = 13
        if b[10] & 0x80 != 0 { i += 3 << (Int(b[10] & 7) + 1) }
        func skipBlocks() {
            while b[i] != 0 { i += Int(b[i]) + 1 }
            i += 1
        }
        while i < b.count, b[i] != 0x3B {
            if b[i] == 0x21 {
                let label = b[i + 1]
                i += 2
                if label == 0xF9 { facts.delays.append(10 * le16(b, i + 2)) }
                if label == 0xFF, b[i] == 11, Array(b[(i + 1)..<(i + 12)]) == Array("NETSCAPE2.0".utf8) {
                    let repeats = le16(b, i + 14)
                    facts.plays = repeats == 0 ? 0 : repeats + 1
                }
                skipBlocks()
            } else if b[i] == 0x2C {
                facts.frames += 1
                let packed = b[i + 9]
                i += 10
                if packed & 0x80 != 0 { i += 3 << (Int(packed & 7) + 1) }
                i += 1  // LZW minimum code size
                skipBlocks()
            } else {
                throw CocoaError(.fileReadCorruptFile)
            }
        }
        return facts
    }

    /// APNG: IHDR's size, acTL's frame count and plays, each fcTL's delay (num/den s).
    static func apng(_ path: String) throws -> (facts: AnimationFacts, declaredFrames: Int) {
        let b = try bytes(path)
        var facts = AnimationFacts()
        var declared = 0
        var i = 8
        while i + 8 <= b.count {
            let length = be32(b, i), type = String(decoding: b[(i + 4)..<(i + 8)], as: UTF8.self)
            let d = i + 8
            switch type {
            case "IHDR": (facts.width, facts.height) = (be32(b, d), be32(b, d + 4))
            case "acTL": (declared, facts.plays) = (be32(b, d), be32(b, d + 4))
            case "fcTL":
                facts.frames += 1
                let num = Int(b[d + 20]) << 8 | Int(b[d + 21]), den = Int(b[d + 22]) << 8 | Int(b[d + 23])
                facts.delays.append(num * 1000 / (den == 0 ? 100 : den))
            default: break
            }
            i += length + 12
        }
        return (facts, declared)
    }

    /// WebP: VP8X's canvas, ANIM's loop count, each ANMF's duration (ms).
    static func webp(_ path: String) throws -> AnimationFacts {
        let b = try bytes(path)
        guard Array(b[0..<4]) == Array("RIFF".utf8), Array(b[8..<12]) == Array("WEBP".utf8) else { throw CocoaError(.fileReadCorruptFile) }
        var facts = AnimationFacts()
        var i = 12
        while i + 8 <= b.count {
            let type = String(decoding: b[i..<(i + 4)], as: UTF8.self), size = le32(b, i + 4)
            let d = i + 8
            switch type {
            case "VP8X": (facts.width, facts.height) = (le24(b, d + 4) + 1, le24(b, d + 7) + 1)
            case "ANIM": facts.plays = le16(b, d + 4)
            case "ANMF":
                facts.frames += 1
                facts.delays.append(le24(b, d + 12))
            default: break
            }
            i = d + size + (size & 1)
        }
        return facts
    }

    /// The first frame of a GIF as RGBA, decoded by giflib.
    static func gifFirstFrame(_ path: String) throws -> (width: Int, height: Int, rgba: [UInt8]) {
        var status: Int32 = 0
        guard let gif = DGifOpenFileName(path, &status) else { throw CocoaError(.fileReadCorruptFile) }
        defer { DGifCloseFile(gif, &status) }
        guard DGifSlurp(gif) == GIF_OK, gif.pointee.ImageCount > 0 else { throw CocoaError(.fileReadCorruptFile) }
        let image = gif.pointee.SavedImages[0]
        let map = image.ImageDesc.ColorMap ?? gif.pointee.SColorMap!
        let width = Int(image.ImageDesc.Width), height = Int(image.ImageDesc.Height)
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for p in 0..<(width * height) {
            let c = map.pointee.Colors[Int(image.RasterBits[p])]
            rgba[4 * p] = c.Red
            rgba[4 * p + 1] = c.Green
            rgba[4 * p + 2] = c.Blue
        }
        return (width, height, rgba)
    }
}
