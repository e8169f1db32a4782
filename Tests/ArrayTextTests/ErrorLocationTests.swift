import ArrayText
import Testing

/// A bad text names the line and the column (in characters) of its first problem.
@Suite("ArrayText errors give the line and the column")
struct ErrorLocationTests {
    static let cases: [(String, Int, Int, String)] = [
        ("1 2\n3 x\n", 2, 3, "'x' is not a number"),
        ("1 2\n3 4.5abc\n", 2, 3, "'4.5abc' is not a number"),
        ("0x10\n", 1, 1, "'0x10' is not a number"),
        ("1 2\n3\n", 2, 2, "1 value on this line, 2 on line 1; every sample needs the same number of values"),
        ("# header\n1 2\n3 4 5\n", 3, 5, "more than 2 values on this line, 2 on line 2; every sample needs the same number of values"),
        ("1,,2\n", 1, 3, "a value is missing before ','"),
        (",1\n", 1, 1, "a value is missing before ','"),
        ("1,\n2,3\n", 1, 3, "a value is missing after ','"),
        ("", 1, 1, "no numbers found; write one sample per line, as np.savetxt does"),
        ("# nothing\n\n", 3, 1, "no numbers found; write one sample per line, as np.savetxt does"),
        ("1 2\n3 é\n", 2, 3, "'é' is not a number"),
        (String(repeating: "1", count: 401), 1, 1, "'1111111111111111111111111111111111111111...' is longer than 400 characters; it is not a number"),
        ("[]", 1, 2, "the array is empty; give at least one sample"),
        ("[[1, 2],\n [3]]", 2, 4, "this sample has 1 value, the first (line 1) has 2; every sample needs the same number of values"),
        ("[[1],\n [2, 3]]", 2, 6, "this sample has more than 1 value, the first (line 1) has 1; every sample needs the same number of values"),
        ("[[1], 2]", 1, 7, "a sample's array must start with '[', not '2'"),
        ("[1, [2]]", 1, 5, "a number is expected, not '['"),
        ("[1, \"2\"]", 1, 5, "a number is expected, not '\"'"),
        ("[[]]", 1, 3, "a sample's array is empty"),
        ("[1, 2", 1, 6, "the text ends inside the array; ',' or ']' is expected"),
        ("[1 2]", 1, 4, "',' or ']' is expected, not '2'"),
        ("[1,]", 1, 4, "a number is expected, not ']'"),
        ("[1] x", 1, 5, "'x' after the end of the array"),
        ("[[1, NaN]]", 1, 6, "'NaN' is not allowed; a finite number is needed"),
    ]

    @Test("each bad text is refused at its place", arguments: cases)
    func located(text: String, line: Int, column: Int, reason: String) {
        #expect(throws: ArrayTextError(line: line, column: column, reason: reason)) {
            try ArrayText.parse(Array(text.utf8))
        }
    }

    @Test("the message reads 'line L, column C: reason'")
    func message() {
        #expect(ArrayTextError(line: 3, column: 7, reason: "'x' is not a number").description == "line 3, column 7: 'x' is not a number")
    }
}
