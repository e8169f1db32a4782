import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

@Suite("Bad input: one line naming the flag and the value, exit 1, nothing written")
struct ErrorMessageTests {
    static let cases: [([String], String)] = [
        (["huber", "--delta", "0"], "Error: --delta: '0' is not allowed; it must be a finite number > 0"),
        (["huber", "--delta", "abc"], "Error: --delta: 'abc' is not a number"),
        (["huber", "--delta", "nan"], "Error: --delta: 'nan' is not allowed; a finite number is needed"),
        (["hubr"], "Error: loss: unknown loss 'hubr'; did you mean 'huber'?"),
        (["l1", "--range", "1:1"], "Error: --range: '1:1' is empty or reversed; LO must be below HI"),
        (["l1", "--range", "0:inf"], "Error: --range: 'inf' is not allowed; a finite number is needed"),
        (["l1", "--samples", "1"], "Error: --samples: '1' is not allowed; it must be a whole number from 2 to 100000000"),
        (["l1", "--out", "fig.txt"], "Error: --out: 'fig.txt' has the unknown extension '.txt'; use .png, .svg, .pdf, .gif, .webp, .apng, .html, .csv or .json"),
        (["l1", "--size", "0x480"], "Error: --size: '0x480' is out of range; each side must be from 1 to 16384 pixels"),
        (["binary-cross-entropy", "--target", "2"],
         "Error: --target: '2' is outside the domain of binary-cross-entropy; it must be a probability in [0, 1]"),
        (["hinge", "--target", "0.5"],
         "Error: --target: '0.5' is outside the domain of hinge; it must be a label -1, 0 or 1 (0 is read as -1)"),
        (["l1", "--legend", "top"],
         "Error: --legend: unknown position 'top'; use one of best, upper right, upper left, lower left, lower right, right, center left, center right, lower center, upper center, center, outside, none"),
        (["l1", "--delta", "1"], "Error: --delta: none of l1 takes delta"),
        ([], "Error: name at least one loss, e.g. `loss-plot l1 l2 --out fig.png`, or give a formula with --expr; `loss-plot list` shows them all"),
        (["eval", "mse", "--target", "1,2", "--pred", "1,2;3"],
         "Error: --pred: sample 2 has 1 values, sample 1 has 2; rows must be of equal length"),
        (["eval", "mse", "--target", "1", "--pred", "x"], "Error: --pred: sample 1, position 1: 'x' is not a number"),
        (["eval", "sparse-softmax-cross-entropy", "--target", "3", "--pred", "1,2,3"],
         "Error: --target: sample 1: class 3 is out of range; the rows have 3 classes, 0 to 2"),
        (["eval", "binary-cross-entropy", "--target", "1", "--pred", "1.5"],
         "Error: --pred: sample 1, position 1: 1.5 is not a probability in [0, 1]"),
    ]

    @Test("each bad value gets its message and exit code 1", arguments: cases)
    func message(arguments: [String], expected: String) {
        let result = failure(arguments)
        #expect(result?.message == expected)
        #expect(result?.exitCode == 1)
        #expect(result?.message.contains("\n") == false)
    }
}
