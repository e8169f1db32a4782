import LossFunctions
import Plotting

/// Every option given either changes what is written or is refused: an option of the picture is
/// refused when nothing written is a picture it changes, rather than silently ignored.
extension PlotRun {
    /// The picture's options that are given, each with its flag and whether the terminal chart reads it.
    private static func pictureOptions(_ request: PlotRequest) -> [(flag: String, chartReads: Bool)] {
        let furniture = request.furniture, axes = request.axes, look = request.look
        let given: [(String, Bool, Bool)] = [
            ("--title", furniture.title != nil, true), ("--xlabel", furniture.xLabel != nil, true),
            ("--ylabel", furniture.yLabel != nil, true), ("--xlim", furniture.xLimits != nil, true),
            ("--ylim", furniture.yLimits != nil, true), ("--xscale", axes.xScale != nil, true),
            ("--yscale", axes.yScale != nil, true), ("--linthresh", axes.linthresh != nil, true),
            ("--color", !look.colors.isEmpty, true), ("--palette", look.palette != nil, true),
            // The chart lays its legend out under the plot: only `none` changes it.
            ("--legend", furniture.legend != nil, furniture.legend == LegendPosition.none),
            ("--grid", furniture.grid, false), ("--size", furniture.size != nil, false),
            ("--hline", !axes.hLines.isEmpty, false), ("--vline", !axes.vLines.isEmpty, false),
            ("--span", !axes.spans.isEmpty, false), ("--linestyle", !look.lineStyles.isEmpty, false),
            ("--linewidth", !look.lineWidths.isEmpty, false), ("--scale", request.render.scale != 1, false),
            ("--dpi", request.render.dpi != 100, false), ("--font-size", request.render.fontSize != 10, false),
            ("--theme", request.render.theme != .light && request.render.theme != Theme.light.transparent, false),
            ("--transparent", request.render.theme.background == nil, false),
        ]
        return given.filter(\.1).map { ($0.0, $0.2) }
    }

    /// Refuses an option that changes nothing in what this request writes.
    ///
    /// - Throws: ``InputError`` naming the flag and saying why it changes nothing.
    static func checkOptionsTakeEffect(_ request: PlotRequest) throws {
        let destination = request.destination
        let writesFile = destination.isGiven || !request.terminal
        switch destination.kind {
        case .csv where writesFile, .json where writesFile:
            if let option = pictureOptions(request).first(where: { !request.terminal || !$0.chartReads }) {
                // Pixel density means something only to a raster picture.
                let formats = option.flag == "--scale" ? ".png" : ".png, .svg or .pdf"
                throw InputError("\(option.flag): changes only the picture, and '\(destination.name)' holds the figure's numbers; draw it as \(formats)")
            }
        case .image(let format) where writesFile && format != .png && request.render.scale != 1:
            throw InputError("--scale: '\(ShortNumber.format(request.render.scale))' sets the pixel density of a .png, .gif, .webp or .apng; a .\(format.rawValue) is drawn in points at any size")
        case .page:
            if request.render.scale != 1 {
                throw InputError("--scale: '\(ShortNumber.format(request.render.scale))' sets the pixel density of a .png, .gif, .webp or .apng; the .html page draws its frames at scale 1")
            }
            if let animation = request.animation, animation.plays != 0 || animation.bounce {
                let flag = animation.plays != 0 ? "--loop" : "--bounce"
                throw InputError("\(flag): the .html page plays with its own buttons and sliders; it applies to a .gif, .webp or .apng")
            }
        default:
            break
        }
        try checkDPITakesEffect(request, writesFile: writesFile)
        if !writesFile, let option = pictureOptions(request).first(where: { !$0.chartReads }) {
            throw InputError("\(option.flag): the terminal chart does not draw it; add --out FILE.png to draw a picture too")
        }
    }

    /// `--dpi` sets a PNG's (or animation's) pixels, and the inches of a size given in pixels; a
    /// vector file or a page whose size is in units of length has neither.
    private static func checkDPITakesEffect(_ request: PlotRequest, writesFile: Bool) throws {
        let dpi = request.render.dpi
        guard writesFile, dpi != 100, request.furniture.size?.hasPixels != true else { return }
        let what: String
        switch request.destination.kind {
        case .image(let format) where format != .png: what = "a .\(format.rawValue) is drawn in points at its size in inches"
        case .page: what = "the .html page draws its frames at 100 dpi"
        default: return
        }
        throw InputError("--dpi: '\(ShortNumber.format(dpi))' sets the pixels of a .png, .gif, .webp or .apng, and the inches of a --size in pixels; \(what)")
    }
}
