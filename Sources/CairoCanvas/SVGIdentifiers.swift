/// Cairo names an SVG's groups after a process-wide surface counter, so the same figure drawn
/// after others (or on another thread) gets other ids. Renumbering them in order of first
/// appearance makes the same figure give the same bytes every time.
enum SVGIdentifiers {
    static func normalize(_ svg: [UInt8]) -> [UInt8] {
        let word = Array("surface".utf8)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(svg.count)
        var i = 0
        while i < svg.count {
            let referenced = i > 0 && (svg[i - 1] == UInt8(ascii: "\"") || svg[i - 1] == UInt8(ascii: "#"))
            if referenced, svg[i] == word[0], i + word.count < svg.count, Array(svg[i..<(i + word.count)]) == word {
                var j = i + word.count
                while j < svg.count, svg[j] >= UInt8(ascii: "0"), svg[j] <= UInt8(ascii: "9") { j += 1 }
                if j > i + word.count {
                    let key = svg[(i + word.count)..<j]
                    let number = numbers[key] ?? numbers.count + 1
                    numbers[key] = number
                    out.append(contentsOf: word)
                    out.append(contentsOf: Array(String(number).utf8))
                    i = j
                    continue
                }
            }
            out.append(svg[i])
            i += 1
        }
        return out
    }
}
