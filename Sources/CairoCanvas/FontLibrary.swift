import CFontconfig
import CPango
import Foundation
import Synchronization

/// The one font every figure uses: DejaVu Sans from Debian's fonts-dejavu-core, loaded into a
/// font configuration of its own so that no other font installed on a machine changes the output.
enum FontLibrary {
    /// Where fonts-dejavu-core puts the font.
    static let directory = "/usr/share/fonts/truetype/dejavu"
    static let files = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]
    static let family = "DejaVu Sans"

    private static let shared = Mutex<OpaquePointer?>(nil)

    /// A font configuration that holds DejaVu Sans only, built once per process; nil when
    /// the font is not installed (text then falls back to the system's fonts).
    static func pinnedConfig() -> OpaquePointer? {
        shared.withLock { config in
            if let config { return config }
            guard files.allSatisfy({ FileManager.default.fileExists(atPath: directory + "/" + $0) }),
                  let created = FcConfigCreate() else { return nil }
            for file in files {
                _ = FcConfigAppFontAddFile(created, directory + "/" + file)
            }
            config = created
            return created
        }
    }

    /// A Pango font map for one canvas, restricted to the pinned font when it is installed.
    static func makeFontMap() -> UnsafeMutablePointer<PangoFontMap> {
        let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)!
        if let config = pinnedConfig() {
            pango_fc_font_map_set_config(OpaquePointer(map), config)
        }
        return map
    }
}
