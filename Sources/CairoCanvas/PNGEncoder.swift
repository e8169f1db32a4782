import CCairo
import CDeflate

/// Encodes a Cairo image surface as PNG with libdeflate: RGB when every pixel is opaque (RGBA
/// otherwise), each row filtered by the filter that leaves the smallest residuals (libpng's
/// heuristic), compressed in one call. About three times faster than Cairo's own writer
/// through libpng and zlib, and smaller.
enum PNGEncoder {
    /// libdeflate's level for still images: 1, its fastest matcher. On the article's 11 figures
    /// (rows filtered as they were then) it compressed in 64 M instructions against level 6's
    /// (its default) 148 M, for files 6% larger: 186,145 bytes against 175,366, about half of
    /// gnuplot's pngcairo files.
    static let level: Int32 = 1
    /// The level for animated PNG frames, where bytes add up over many frames.
    static let animationLevel: Int32 = 6

    static func encode(surface: CairoSurface, pixelsPerInch: Double) throws -> [UInt8] {
        let image = surface.pointer
        let width = Int(cairo_image_surface_get_width(image)), height = Int(cairo_image_surface_get_height(image))
        let stride = Int(cairo_image_surface_get_stride(image))
        guard let data = cairo_image_surface_get_data(image), width > 0, height > 0 else {
            throw CairoError(status: CAIRO_STATUS_INVALID_SIZE, operation: "png encode")
        }
        let opaque: Bool
        if stride == 4 * width {
            // One pass over the pixels finds their runs, which tell opacity and make the palette.
            let image = FramePixels(width: width, height: height, pixels: UnsafeBufferPointer(
                start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt32.self), count: width * height))
            let runs = PixelRuns(image.pixels)
            opaque = runs.isOpaque
            if opaque, let indexed = try encodeIndexed(image, runs: runs, pixelsPerInch: pixelsPerInch) { return indexed }
        } else {
            opaque = isOpaque(data, width: width, height: height, stride: stride)
        }
        let channels = opaque ? 3 : 4
        let rowBytes = width * channels
        // Every byte is written below: no need to zero a megabyte first.
        var filtered = [UInt8](unsafeUninitializedCapacity: height * (rowBytes + 1)) { _, count in count = height * (rowBytes + 1) }
        let rows = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * rowBytes)
        defer { rows.deallocate() }
        var previous = rows, current = rows + rowBytes
        previous.initialize(repeating: 0, count: rowBytes)
        filtered.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                unpack(row: data + y * stride, width: width, opaque: opaque, into: current)
                let filter = bestFilter(current, previous, count: rowBytes, bpp: channels)
                let start = out.baseAddress! + y * (rowBytes + 1)
                start.pointee = filter
                apply(filter, current, previous, count: rowBytes, bpp: channels, into: start + 1)
                swap(&previous, &current)
            }
        }

        guard let compressor = libdeflate_alloc_compressor(level) else {
            throw CairoError(status: CAIRO_STATUS_NO_MEMORY, operation: "libdeflate_alloc_compressor")
        }
        defer { libdeflate_free_compressor(compressor) }
        let bound = libdeflate_zlib_compress_bound(compressor, filtered.count)
        var compressed = [UInt8](unsafeUninitializedCapacity: bound) { _, count in count = bound }
        let size = filtered.withUnsafeBytes { src in
            compressed.withUnsafeMutableBytes { dst in
                libdeflate_zlib_compress(compressor, src.baseAddress, src.count, dst.baseAddress, dst.count)
            }
        }
        guard size > 0 else { throw CairoError(status: CAIRO_STATUS_NO_MEMORY, operation: "libdeflate_zlib_compress") }

        return file(width: width, height: height, colorType: opaque ? 2 : 6, pixelsPerInch: pixelsPerInch, idat: compressed[0..<size])
    }

    /// A whole PNG file of 8-bit samples: signature, IHDR, the PLTE of an indexed image, pHYs at the
    /// given density, one IDAT of already compressed data, IEND.
    static func file(width: Int, height: Int, colorType: UInt8, palette: [UInt8]? = nil, pixelsPerInch: Double,
                     idat: ArraySlice<UInt8>) -> [UInt8] {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, colorType, 0, 0, 0]
        appendChunk("IHDR", header, to: &png)
        if let palette { appendChunk("PLTE", palette, to: &png) }
        let perMetre = UInt32((pixelsPerInch / 0.0254).rounded())
        var physical: [UInt8] = []
        physical.appendBigEndian(perMetre)
        physical.appendBigEndian(perMetre)
        physical.append(1)
        appendChunk("pHYs", physical, to: &png)
        appendChunk("IDAT", idat, to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    private static func isOpaque(_ data: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int) -> Bool {
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width where row[x] >> 24 != 0xFF { return false }
        }
        return true
    }

    /// Cairo's premultiplied native-endian ARGB to straight RGB or RGBA bytes.
    private static func unpack(row: UnsafeMutablePointer<UInt8>, width: Int, opaque: Bool, into o: UnsafeMutablePointer<UInt8>) {
        let pixels = UnsafeRawPointer(row).assumingMemoryBound(to: UInt32.self)
        if opaque {
            for x in 0..<width {
                let p = pixels[x]
                o[3 &* x] = UInt8(truncatingIfNeeded: p &>> 16)
                o[3 &* x &+ 1] = UInt8(truncatingIfNeeded: p &>> 8)
                o[3 &* x &+ 2] = UInt8(truncatingIfNeeded: p)
            }
            return
        }
        for x in 0..<width {
            let p = pixels[x]
            let a = p >> 24
            func straight(_ c: UInt32) -> UInt8 { a == 0 ? 0 : UInt8((c * 255 + a / 2) / a) }
            o[4 * x] = straight((p >> 16) & 0xFF)
            o[4 * x + 1] = straight((p >> 8) & 0xFF)
            o[4 * x + 2] = straight(p & 0xFF)
            o[4 * x + 3] = UInt8(a)
        }
    }

    /// The filter whose residuals, read as signed bytes, sum smallest (libpng's heuristic).
    /// Paeth is not tried: on these figures it never paid for its cost (the files came out
    /// 0.5% smaller without it). Sixteen bytes at a time.
    static func bestFilter(_ row: UnsafeMutablePointer<UInt8>, _ above: UnsafeMutablePointer<UInt8>, count: Int, bpp: Int) -> UInt8 {
        var none = 0, sub = 0, up = 0
        for i in 0..<min(bpp, count) {
            none &+= Int(magnitude(row[i]))
            sub &+= Int(magnitude(row[i]))
            up &+= Int(magnitude(row[i] &- above[i]))
        }
        var accNone = SIMD16<UInt16>(), accSub = SIMD16<UInt16>(), accUp = SIMD16<UInt16>()
        var i = bpp
        var steps = 0
        while i + 16 <= count {
            let r = UnsafeRawPointer(row + i).loadUnaligned(as: SIMD16<UInt8>.self)
            let l = UnsafeRawPointer(row + i - bpp).loadUnaligned(as: SIMD16<UInt8>.self)
            let b = UnsafeRawPointer(above + i).loadUnaligned(as: SIMD16<UInt8>.self)
            accNone &+= SIMD16<UInt16>(truncatingIfNeeded: magnitude(r))
            accSub &+= SIMD16<UInt16>(truncatingIfNeeded: magnitude(r &- l))
            accUp &+= SIMD16<UInt16>(truncatingIfNeeded: magnitude(r &- b))
            i += 16
            steps += 1
            if steps == 256 {
                none &+= Int(SIMD16<UInt32>(truncatingIfNeeded: accNone).wrappedSum())
                sub &+= Int(SIMD16<UInt32>(truncatingIfNeeded: accSub).wrappedSum())
                up &+= Int(SIMD16<UInt32>(truncatingIfNeeded: accUp).wrappedSum())
                accNone = .zero
                accSub = .zero
                accUp = .zero
                steps = 0
            }
        }
        none &+= Int(SIMD16<UInt32>(truncatingIfNeeded: accNone).wrappedSum())
        sub &+= Int(SIMD16<UInt32>(truncatingIfNeeded: accSub).wrappedSum())
        up &+= Int(SIMD16<UInt32>(truncatingIfNeeded: accUp).wrappedSum())
        while i < count {
            none &+= Int(magnitude(row[i]))
            sub &+= Int(magnitude(row[i] &- row[i - bpp]))
            up &+= Int(magnitude(row[i] &- above[i]))
            i += 1
        }
        if up <= sub && up <= none { return 2 }
        return sub <= none ? 1 : 0
    }

    /// |v| of a byte read as signed: min(v, -v) in wrapping byte arithmetic.
    @inline(__always)
    private static func magnitude(_ v: UInt8) -> UInt8 {
        min(v, 0 &- v)
    }

    @inline(__always)
    private static func magnitude(_ v: SIMD16<UInt8>) -> SIMD16<UInt8> {
        let negated = SIMD16<UInt8>() &- v
        return v.replacing(with: negated, where: negated .< v)
    }

    static func apply(_ filter: UInt8, _ row: UnsafeMutablePointer<UInt8>, _ above: UnsafeMutablePointer<UInt8>, count: Int, bpp: Int,
                              into out: UnsafeMutablePointer<UInt8>) {
        switch filter {
        case 0:
            out.update(from: row, count: count)
        case 1:
            for i in 0..<min(bpp, count) { out[i] = row[i] }
            for i in min(bpp, count)..<count { out[i] = row[i] &- row[i &- bpp] }
        default:
            for i in 0..<count { out[i] = row[i] &- above[i] }
        }
    }

    static func appendChunk<C: Collection>(_ type: String, _ data: C, to png: inout [UInt8]) where C.Element == UInt8 {
        png.appendBigEndian(UInt32(data.count))
        let start = png.count
        png += Array(type.utf8)
        png += data
        let crc = png[start...].withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        png.appendBigEndian(crc)
    }
}

extension Array where Element == UInt8 {
    mutating func appendBigEndian(_ v: UInt32) {
        append(contentsOf: [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)])
    }
}
