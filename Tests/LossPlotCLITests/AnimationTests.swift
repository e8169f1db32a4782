import ImageTestSupport
import CairoCanvas
import Foundation
import LossFunctions
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

@Suite("Animations: --animate to GIF, WebP and APNG")
struct AnimationTests {
    static let figure = ["huber", "l1", "--range", "-4:4", "--samples", "100", "--ylim", "0:5"]

    @Test("Each format holds one frame per value, at the figure's size, looping forever by default", arguments: ["gif", "webp", "apng"])
    func framesSizeAndLoop(format: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/a.\(format)"
        #expect(runCommand(Self.figure + ["--animate", "delta=0.1:3:12", "--out", path]) == nil)
        let facts = try Self.facts(path, format: format)
        #expect(facts.frames == 12)
        #expect(facts.width == 640 && facts.height == 480)
        #expect(facts.plays == 0)
        #expect(facts.delays == Array(repeating: 50, count: 12))
    }

    @Test("--scale 2 doubles the frames' pixels; --loop N plays N times", arguments: ["gif", "webp", "apng"])
    func scaleAndLoop(format: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/a.\(format)"
        #expect(runCommand(Self.figure + ["--animate", "delta=0.5:2:4", "--scale", "2", "--loop", "3", "--out", path]) == nil)
        let facts = try Self.facts(path, format: format)
        #expect(facts.width == 1280 && facts.height == 960)
        #expect(facts.plays == 3)
        let once = "\(folder)/once.\(format)"
        #expect(runCommand(Self.figure + ["--animate", "delta=0.5:2:4", "--loop", "1", "--out", once]) == nil)
        #expect(try Self.facts(once, format: format).plays == 1)
    }

    @Test("At 30 frames per second the delays never drift: 30 frames last exactly one second", arguments: ["gif", "webp", "apng"])
    func timing(format: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/a.\(format)"
        #expect(runCommand(Self.figure + ["--animate", "delta=0.1:3:30", "--fps", "30", "--out", path]) == nil)
        let delays = try Self.facts(path, format: format).delays
        #expect(delays.count == 30)
        #expect(delays.reduce(0, +) == 1000)
        // 1/30 s is 33.3 ms: GIF counts hundredths (30 or 40 ms), the others milliseconds.
        let allowed: Set<Int> = format == "gif" ? [30, 40] : [33, 34]
        #expect(Set(delays).isSubset(of: allowed))
    }

    @Test("--bounce plays forward then back: 2N - 2 frames", arguments: ["gif", "apng"])
    func bounce(format: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/a.\(format)"
        #expect(runCommand(Self.figure + ["--animate", "delta=0.1:3:10", "--bounce", "--out", path]) == nil)
        #expect(try Self.facts(path, format: format).frames == 18)
    }

    @Test("The APNG's first frame is the still PNG of the same figure, within the still's palette (RMS <= 0.75)")
    func apngFirstFrameIsTheStill() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(Self.figure + ["--xlim", "-4.4:4.4", "--legend", "upper center", "--animate", "delta=0.5:3:6", "--out", folder + "/a.apng"]) == nil)
        #expect(runCommand(Self.figure + ["--xlim", "-4.4:4.4", "--legend", "upper center", "--delta", "0.5", "--title", "δ = 0.5", "--out", folder + "/still.png"]) == nil)
        // Cairo's PNG reader shows an APNG's default image, its first frame.
        let first = try DecodedImage(contentsOf: folder + "/a.apng"), still = try DecodedImage(contentsOf: folder + "/still.png")
        // The APNG keeps every colour; the still PNG may be indexed, within RMS 0.75.
        #expect(try #require(first.rms(to: still)) <= 0.75)
    }

    @Test("The GIF's first frame is the still PNG within the palette's rounding (RMS < 1.5 of 255)")
    func gifFirstFrameIsTheStill() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(Self.figure + ["--xlim", "-4.4:4.4", "--legend", "upper center", "--animate", "delta=0.5:3:6", "--out", folder + "/a.gif"]) == nil)
        #expect(runCommand(Self.figure + ["--xlim", "-4.4:4.4", "--legend", "upper center", "--delta", "0.5", "--title", "δ = 0.5", "--out", folder + "/still.png"]) == nil)
        let frame = try AnimationContainers.gifFirstFrame(folder + "/a.gif"), still = try DecodedImage(contentsOf: folder + "/still.png")
        #expect(frame.width == still.width && frame.height == still.height)
        var sum = 0.0
        for i in still.rgba.indices where i % 4 != 3 {
            let d = Double(still.rgba[i]) - Double(frame.rgba[i])
            sum += d * d
        }
        let rms = (sum / Double(still.rgba.count / 4 * 3)).squareRoot()
        #expect(rms < 1.5)
    }

    @Test("Axes are fixed over all frames, at the union of the frames: y up to Huber(4) at δ = 3, 7.5, plus 5%")
    func fixedAxes() throws {
        var plan = try animationPlan(["huber", "l1", "--range", "-4:4", "--samples", "101", "--animate", "delta=0.1:3:7", "--out", "x.gif"], together: true)
        try plan.fixAxes(measuringWith: FrameRenderer(size: plan.size, scale: 1))
        // Huber at r = 4, δ = 3: δ(|r| - δ/2) = 3 * 2.5 = 7.5; l1 reaches 4; the view adds 5% of 0...7.5.
        let views = try (0..<plan.frameCount).map { i -> [ClosedRange<Double>] in
            let panel = try plan.figure(ofFrame: i).panels[0]
            return [panel.xView, panel.yView]
        }
        #expect(Set(views.map { "\($0)" }).count == 1)
        let y = views[0][1]
        #expect(abs(y.lowerBound - -0.375) < 1e-9)
        #expect(abs(y.upperBound - 7.875) < 1e-9)
        #expect(abs(views[0][0].upperBound - 4.4) < 1e-9)
    }

    @Test("Each frame's title shows its value with the decimals that tell frames apart")
    func titles() throws {
        let plan = try animationPlan(["huber", "--animate", "delta=0.1:3:60", "--out", "x.gif"], together: true)
        #expect(try plan.spec(values: plan.values(ofFrame: 0)).title == "δ = 0.10")
        #expect(try plan.spec(values: plan.values(ofFrame: 59)).title == "δ = 3.00")
        let pinball = try animationPlan(["pinball", "--animate", "tau=0.25,0.5,0.75", "--title", "Pinball", "--out", "x.gif"], together: true)
        #expect(try pinball.spec(values: pinball.values(ofFrame: 1)).title == "Pinball (τ = 0.50)")
        let six = try animationPlan(["huber", "--animate", "delta=0.2:2:6", "--out", "x.gif"], together: true)
        #expect(try (0..<6).map { try six.spec(values: six.values(ofFrame: $0)).title } == ["δ = 0.20", "δ = 0.56", "δ = 0.92", "δ = 1.28", "δ = 1.64", "δ = 2.00"])
    }

    @Test("Bad animation input: one line naming the flag and value, and no file", arguments: [
        (["huber", "--animate", "delta=0.1:3:5", "--out", "F.png"], "Error: --out: 'F.png' cannot hold an animation; use .gif, .webp, .apng or .html with --animate"),
        (["huber", "--out", "F.gif"], "Error: --out: 'F.gif' is an animation; say what moves with --animate PARAM=LO:HI:N (e.g. --animate delta=0.1:3:60)"),
        (["huber", "--animate", "foo=1:2:3", "--out", "F.gif"], "Error: --animate: 'foo' in 'foo=1:2:3' is not a parameter; use one of delta, alpha, beta, tau, pos-weight, gamma, q, power, period, margin, width, var, poly-epsilon, label-smoothing, target"),
        (["huber", "--animate", "gamma=1:2:3", "--out", "F.gif"], "Error: --animate: 'gamma=1:2:3': --gamma: none of huber takes gamma"),
        (["huber", "--animate", "delta=-1:2:3", "--out", "F.gif"], "Error: --animate: 'delta=-1:2:3': --delta: '-1' is not allowed; it must be a finite number > 0"),
        (["huber", "--delta", "1", "--animate", "delta=1:2:3", "--out", "F.gif"], "Error: --animate: 'delta=1:2:3' moves delta, which --delta also sets; give it once"),
        (["l1", "--animate", "tau=0:1:3", "--out", "F.gif"], "Error: --animate: 'tau=0:1:3': --tau: none of l1 takes tau"),
        (["huber", "--animate", "delta=1:2:3", "--fps", "0", "--out", "F.gif"], "Error: --fps: '0' is not allowed; it must be a number above 0 and at most 50"),
        (["huber", "--animate", "delta=1:2:3", "--loop", "-1", "--out", "F.gif"], "Error: --loop: '-1' is not allowed; it must be a whole number from 0 (forever) to 65535"),
        (["huber", "--fps", "10", "--out", "F.png"], "Error: --fps: only applies to an animation; add --animate PARAM=LO:HI:N and --out x.gif"),
        (["barron", "--animate", "delta=1:2:3", "--animate", "alpha=0:1:4", "--out", "F.gif"], "Error: --animate: 'alpha=0:1:4' has 4 values and 'delta=1:2:3' 3; parameters moving together need as many frames each"),
        (["huber", "--animate", "delta=1:2:3", "--animate", "tau=0:1:3", "--out", "F.gif"], "Error: --animate: 'tau=0:1:3': --tau: none of huber takes tau"),
    ])
    func badInput(arguments: [String], expected: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let line = arguments.map { $0.replacingOccurrences(of: "F.", with: folder + "/F.") }
        let result = failure(line)
        #expect(result?.message == expected.replacingOccurrences(of: "F.", with: folder + "/F."))
        #expect(result?.exitCode == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test("Every loss parameter has its flag, read by name: --NAME 0.5 gives that parameter alone")
    func everyParameterHasAFlag() throws {
        for parameter in LossParameter.all {
            let flags = try ParameterFlags.parse([parameter.flag, "0.5"])
            #expect(flags.given.map(\.0) == [parameter])
            #expect(flags.given.map(\.1) == ["0.5"])
        }
    }

    static func facts(_ path: String, format: String) throws -> AnimationFacts {
        switch format {
        case "gif": try AnimationContainers.gif(path)
        case "webp": try AnimationContainers.webp(path)
        default: try AnimationContainers.apng(path).facts
        }
    }
}
