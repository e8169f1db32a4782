import CFontconfig
import CPango
import Platform
import Plotting

/// The one font every figure uses: DejaVu Sans from Debian's fonts-dejavu-core (and its
/// obliques from fonts-dejavu-extra), loaded into a
/// font configuration of its own so that no other font installed on a machine changes the output.
/// Making it fontconfig's current configuration also spares each run the parsing of the
/// system's configuration files.
public enum FontLibrary {
    /// Where the font files are: `LOSS_PLOT_FONT_DIR` when set (the Python wheel's launcher points
    /// it at the copies the wheel carries), else where fonts-dejavu-core puts them.
    static let directory = ProcessInfo.processInfo.environment["LOSS_PLOT_FONT_DIR"] ?? "/usr/share/fonts/truetype/dejavu"
    static let files = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]
    /// Italic markup needs these, from fonts-dejavu-extra; without them italics draw upright.
    static let obliqueFiles = ["DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"]
    static let family = "DejaVu Sans"

    /// Wraps pointers that are only used under the pool's lock or by one canvas at a time.
    private struct State: @unchecked Sendable {
        var configured = false
        var pinned = false
        var idle: [String: [TextLayouts]] = [:]
    }

    private static let state = Lock(State())

    private static func configure() {
        state.withLock { state in
            guard !state.configured else { return }
            state.configured = true
            guard files.allSatisfy({ FileManager.default.fileExists(atPath: directory + "/" + $0) }),
                  let config = FcConfigCreate() else { return }
            for file in files + obliqueFiles where FileManager.default.fileExists(atPath: directory + "/" + file) {
                _ = FcConfigAppFontAddFile(config, directory + "/" + file)
            }
            state.pinned = FcConfigSetCurrent(config) != 0
        }
    }

    /// A Pango font map restricted to the pinned font when it is installed.
    static func makeFontMap() -> UnsafeMutablePointer<PangoFontMap> {
        configure()
        let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)!
        if state.withLock({ $0.pinned }) {
            pango_fc_font_map_set_config(OpaquePointer(map), FcConfigGetCurrent())
        }
        return map
    }

    /// Text layouts for a canvas, from the pool of its kind of surface (`kind`: format and
    /// scale). Fonts remember the surface they were first made for, so each kind has its own:
    /// an SVG is then the same whatever the process drew before it.
    static func takeTextLayouts(kind: String) -> TextLayouts {
        state.withLock { $0.idle[kind, default: []].popLast() } ?? TextLayouts(kind: kind)
    }

    /// Gives text layouts back when their canvas is done; ones that saw a drawing error are
    /// dropped, so the error does not outlive its figure.
    static func returnTextLayouts(_ layouts: TextLayouts) {
        guard layouts.healthy else { return }
        state.withLock { $0.idle[layouts.kind, default: []].append(layouts) }
    }

    /// Loads the font and shapes the digits for the kinds of surface a command will draw, on a
    /// thread of its own, while the command line is still being read.
    public static func prewarm(formats: [OutputFormat], scale: Double = 1) {
        let kinds = Set(formats.map { format -> String in
            switch format {
            case .png: "png-\(scale)"
            // SVG text is shaped as for a PNG at scale 1 (`SVGFrameCanvas`).
            case .svg: "png-1.0"
            case .pdf: "pdf"
            }
        })
        DispatchQueue.global(qos: .userInitiated).async {
            for kind in kinds {
                let layouts = takeTextLayouts(kind: kind)
                for style in [TextStyle(size: FigureStyle.fontSize), TextStyle(size: FigureStyle.titleSize)] {
                    _ = layouts.size(of: layouts.layout("0123456789.\u{2212} prediction loss", style: style, markup: false, maxWidth: nil))
                }
                returnTextLayouts(layouts)
            }
        }
    }
}
