import CCairo

/// Owns one Cairo surface and destroys it with itself.
final class CairoSurface {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer?, _ operation: String) throws {
        guard let pointer else { throw CairoError(status: CAIRO_STATUS_NO_MEMORY, operation: operation) }
        self.pointer = pointer
        try check(cairo_surface_status(pointer), operation)
    }

    deinit {
        cairo_surface_destroy(pointer)
    }

    /// Finishes the surface: a vector surface writes its last bytes now.
    func finish() throws {
        cairo_surface_finish(pointer)
        try check(cairo_surface_status(pointer), "cairo_surface_finish")
    }
}
