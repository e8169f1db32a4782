import CairoCanvas
import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("End to end: the command writes real PNG, SVG, PDF, CSV and JSON files")
struct EndToEndTests {
    @Test("PNG: a 640x480 image by default, 1280x960 at --scale 2")
    func png() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["l1", "l2", "--out", folder + "/a.png"]) == nil)
        #expect(runCommand(["l1", "l2", "--out", folder + "/b.png", "--scale", "2"]) == nil)
        let a = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.png"))
        let b = try Data(contentsOf: URL(fileURLWithPath: folder + "/b.png"))
        #expect(pngSize(a).map { [$0.0, $0.1] } == [640, 480])
        #expect(pngSize(b).map { [$0.0, $0.1] } == [1280, 960])
    }

    @Test("SVG: well-formed XML of the figure's size, with the labels as text glyphs")
    func svg() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["huber", "--delta", "0.25,0.5,1,2", "--out", folder + "/h.svg", "--title", "a <b>&amp; c", "--label", "x", "--label", "y",
                            "--label", "z", "--label", "w"]) == nil)
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/h.svg"))
        let parser = XMLParser(data: data)
        #expect(parser.parse())
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("width=\"460.8pt\""))  // 6.4 in at 72 pt an inch
        #expect(text.contains("height=\"345.6pt\"") && text.contains("viewBox=\"0 0 640 480\""))
    }

    @Test("PDF: a one-page PDF whose bytes are the same run after run")
    func pdf() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["hinge", "--out", folder + "/a.pdf"]) == nil)
        #expect(runCommand(["hinge", "--out", folder + "/b.pdf"]) == nil)
        let a = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.pdf"))
        let b = try Data(contentsOf: URL(fileURLWithPath: folder + "/b.pdf"))
        #expect(a.prefix(5) == Data("%PDF-".utf8))
        #expect(a == b)
    }

    @Test("CSV: a header of labels, then x and one column per curve at full precision")
    func csv() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["l1", "l2", "--out", folder + "/n.csv"]) == nil)
        let lines = try String(contentsOfFile: folder + "/n.csv", encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "x,l1,l2")
        #expect(lines.count == 101)
        let xs = linspace(-1, 1, 100)
        for (i, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: ",").map { Double($0)! }
            #expect(fields[0] == xs[i])
            #expect(fields[1] == abs(xs[i]))
            #expect(fields[2] == xs[i] * xs[i])
        }
    }

    @Test("CSV with --gradient: derivative columns after the loss columns, matching a finite difference")
    func csvGradient() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["pseudo-huber", "--delta", "0.5", "--range", "-2:2", "--samples", "41", "--gradient",
                            "--out", folder + "/g.csv"]) == nil)
        let lines = try String(contentsOfFile: folder + "/g.csv", encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "x,pseudo-huber,d(pseudo-huber)/dx")
        for line in lines.dropFirst() {
            let f = line.split(separator: ",").map { Double($0)! }
            let x = f[0], d = 0.5, h = 1e-6
            let loss = { (r: Double) in d * d * ((1 + (r / d) * (r / d)).squareRoot() - 1) }
            #expect(abs(f[1] - loss(x)) <= 1e-12 * max(1, loss(x)))
            #expect(abs(f[2] - (loss(x + h) - loss(x - h)) / (2 * h)) < 1e-6)
        }
    }

    @Test("JSON: valid JSON; an undefined value is null")
    func json() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["msle", "--range", "-2:1", "--samples", "4", "--out", folder + "/m.json"]) == nil)
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/m.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let x = object?["x"] as? [Double]
        #expect(x == [-2, -1, 0, 1])
        let curve = (object?["curves"] as? [[String: Any]])?.first
        let y = curve?["y"] as? [Any]
        #expect(y?[0] is NSNull)
        // MSLE against target 1 at p = 0 is (log 1 - log 2)^2.
        #expect(abs((y?[2] as? Double ?? 0) - pow(log(2.0), 2)) < 1e-15)
    }

    @Test("batch writes the 11 figures of FIGURES.md, the barron figure and the gallery's, in PNG and SVG")
    func batch() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["batch", "--out-dir", folder]) == nil)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let names = ["binary-cross-entropy", "classification", "hinge", "huber", "kl-divergence", "l1-l2", "msle",
                     "pseudo-huber", "regression", "sigmoid-cross-entropy", "softmax-cross-entropy", "barron",
                     "log-loss-log-scale", "redescending-losses", "sgd-convex-losses", "focal-loss", "margin-losses",
                     "robust-losses", "second-derivatives", "label-smoothing", "frameworks-bce"].sorted()
        #expect(files == names.flatMap { ["\($0).png", "\($0).svg"] })
    }

    @Test("the same command gives the same PNG and SVG bytes")
    func reproducible() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["a", "b"] {
            #expect(runCommand(["hinge", "--out", folder + "/\(name).png"]) == nil)
            #expect(runCommand(["hinge", "--out", folder + "/\(name).svg"]) == nil)
        }
        for ext in ["png", "svg"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.\(ext)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: folder + "/b.\(ext)"))
            #expect(a == b)
        }
    }

    @Test("an SVG or PDF is the same whatever was drawn before it in the process")
    func independentOfHistory() throws {
        let spec = try #require(ArticleFigures.article.first { $0.name == "hinge" })
        let other = try #require(ArticleFigures.article.first { $0.name == "classification" })
        let figure = try FigureBuilder(spec).figure(RenderOptions())
        let svg = try FigureRasterizer.render(figure, format: .svg)
        let pdf = try FigureRasterizer.render(figure, format: .pdf)
        for format in [OutputFormat.png, .svg, .pdf] {
            _ = try FigureRasterizer.render(FigureBuilder(other).figure(RenderOptions(scale: 2)), format: format, scale: 2)
            _ = try FigureRasterizer.render(FigureBuilder(other).figure(RenderOptions()), format: format)
        }
        #expect(try FigureRasterizer.render(figure, format: .svg) == svg)
        #expect(try FigureRasterizer.render(figure, format: .pdf) == pdf)
    }
}
