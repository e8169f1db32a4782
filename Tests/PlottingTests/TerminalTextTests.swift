import Testing
@testable import Plotting

@Suite("Labels in a terminal chart: plain text with no control characters")
struct TerminalTextTests {
    /// Found by Fuzz/fuzz-markup (Fuzz/corpus/markup/finding-entity-escape): the entities decoded
    /// after control characters were replaced, so `&#x1B;` put an escape sequence on the terminal.
    @Test("a control character written as an entity becomes a space, as a typed one does",
          arguments: [("&amp;&lt;&#x1B;[31m&#7;", "&< [31m "), ("a\u{1B}[2Jb", "a [2Jb"), ("<b>x</b>&#10;y", "x y"),
                      ("&#x9;tab", " tab"), ("<b>bold</b> &#x263A;", "bold ☺")])
    func controlCharacters(label: String, expected: String) {
        #expect(TerminalText.plain(label) == expected)
    }
}
