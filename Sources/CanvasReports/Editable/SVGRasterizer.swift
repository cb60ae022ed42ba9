import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Draws an SVG picture as a PNG inside this process, with librsvg and cairo (the libraries GNOME
/// and LibreOffice draw SVG with), loaded when first needed; no program is run.
///
/// This file is the only place that calls them: C function pointers found with `dlsym`, and the
/// pixels of cairo's surface, read row by row by ``PNGEncoder`` while the surface lives. Every
/// handle made here is released before ``png(svg:width:height:)`` returns. Loading at run time keeps the libraries out of the build: a
/// machine without them can still build sdw and write every other format.
public struct SVGRasterizer: Sendable {
    /// Loads librsvg and cairo; throws ``ReportError/rasterizerMissing(reason:)`` when they are not there.
    public init() throws(ReportError) {
        _ = try Self.library.get()
    }

    /// The PNG of `svg` drawn on white at `width` × `height` pixels (the picture scaled to fill them).
    public func png(svg: String, width: Int, height: Int) throws(ReportError) -> Data {
        let c = try Self.library.get()
        guard width > 0, height > 0, width <= 16_384, height <= 16_384 else {
            throw .rasterizeFailed(reason: "a picture of \(width) × \(height) pixels")
        }
        var error: UnsafeMutableRawPointer?
        let bytes = Array(svg.utf8)
        guard let handle = bytes.withUnsafeBufferPointer({ c.handleNewFromData($0.baseAddress, UInt($0.count), &error) }) else {
            throw .rasterizeFailed(reason: Self.message(of: error, c))
        }
        defer { c.objectUnref(UnsafeMutableRawPointer(handle)) }
        guard let surface = c.imageSurfaceCreate(1 /* CAIRO_FORMAT_RGB24: opaque, so the PNG has no alpha */, Int32(width), Int32(height)) else {
            throw .rasterizeFailed(reason: "cairo could not make a surface")
        }
        defer { c.surfaceDestroy(surface) }
        guard let context = c.create(surface) else { throw .rasterizeFailed(reason: "cairo could not make a context") }
        defer { c.destroy(context) }
        c.setSourceRGB(context, 1, 1, 1)
        c.paint(context)
        // librsvg's RsvgRectangle: x, y, width, height as four doubles.
        let viewport = [0, 0, Double(width), Double(height)]
        guard viewport.withUnsafeBufferPointer({ c.renderDocument(handle, context, $0.baseAddress, &error) }) != 0 else {
            throw .rasterizeFailed(reason: Self.message(of: error, c))
        }
        c.surfaceFlush(surface)
        guard c.surfaceStatus(surface) == 0, let pixels = c.imageSurfaceGetData(surface) else {
            throw .rasterizeFailed(reason: "cairo status \(c.surfaceStatus(surface))")
        }
        let stride = Int(c.imageSurfaceGetStride(surface))
        return try PNGEncoder.encode(width: width, height: height) { UnsafeRawPointer(pixels + $0 * stride) }
    }

    /// The PNGs of `pictures`, in order, drawn on all cores (each with its own librsvg handle and
    /// cairo surface); the first error, in order, is thrown.
    public func pngs(_ pictures: [(svg: String, width: Int, height: Int)]) throws(ReportError) -> [Data] {
        let results = Results(count: pictures.count)
        DispatchQueue.concurrentPerform(iterations: pictures.count) { index in
            let picture = pictures[index]
            results.set(index, Result { () throws(ReportError) in try png(svg: picture.svg, width: picture.width, height: picture.height) })
        }
        return try results.all()
    }

    /// The results of ``pngs(_:)``, filled from several threads.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<Data, ReportError>?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<Data, ReportError>) {
            lock.withLock { results[index] = result }
        }

        func all() throws(ReportError) -> [Data] {
            try lock.withLock { results }.map { result throws(ReportError) in
                guard let result else { throw ReportError.rasterizeFailed(reason: "a picture was not drawn") }
                return try result.get()
            }
        }
    }

    /// The text of a `GError` (domain, code, then the message pointer), which it frees.
    private static func message(of error: UnsafeMutableRawPointer?, _ c: Functions) -> String {
        guard let error else { return "librsvg gave no reason" }
        defer { c.errorFree(error) }
        guard let text = error.load(fromByteOffset: 8, as: UnsafePointer<CChar>?.self) else { return "librsvg gave no reason" }
        return String(cString: text)
    }

    /// The C functions, found once per process.
    private final class Functions: @unchecked Sendable {
        typealias GError = UnsafeMutablePointer<UnsafeMutableRawPointer?>
        let handleNewFromData: @convention(c) (UnsafePointer<UInt8>?, UInt, GError?) -> OpaquePointer?
        let renderDocument: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafePointer<Double>?, GError?) -> Int32
        let objectUnref: @convention(c) (UnsafeMutableRawPointer?) -> Void
        let errorFree: @convention(c) (UnsafeMutableRawPointer?) -> Void
        let imageSurfaceCreate: @convention(c) (Int32, Int32, Int32) -> OpaquePointer?
        let create: @convention(c) (OpaquePointer?) -> OpaquePointer?
        let setSourceRGB: @convention(c) (OpaquePointer?, Double, Double, Double) -> Void
        let paint: @convention(c) (OpaquePointer?) -> Void
        let destroy: @convention(c) (OpaquePointer?) -> Void
        let surfaceDestroy: @convention(c) (OpaquePointer?) -> Void
        let surfaceStatus: @convention(c) (OpaquePointer?) -> Int32
        let surfaceFlush: @convention(c) (OpaquePointer?) -> Void
        let imageSurfaceGetData: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<UInt8>?
        let imageSurfaceGetStride: @convention(c) (OpaquePointer?) -> Int32

        init() throws(ReportError) {
            let rsvg = try Self.open(["librsvg-2.so.2", "librsvg-2.so", "librsvg-2.2.dylib"])
            let cairo = try Self.open(["libcairo.so.2", "libcairo.so", "libcairo.2.dylib"])
            let gobject = try Self.open(["libgobject-2.0.so.0", "libgobject-2.0.0.dylib"])
            let glib = try Self.open(["libglib-2.0.so.0", "libglib-2.0.0.dylib"])
            handleNewFromData = try Self.symbol(rsvg, "rsvg_handle_new_from_data")
            renderDocument = try Self.symbol(rsvg, "rsvg_handle_render_document")
            objectUnref = try Self.symbol(gobject, "g_object_unref")
            errorFree = try Self.symbol(glib, "g_error_free")
            imageSurfaceCreate = try Self.symbol(cairo, "cairo_image_surface_create")
            create = try Self.symbol(cairo, "cairo_create")
            setSourceRGB = try Self.symbol(cairo, "cairo_set_source_rgb")
            paint = try Self.symbol(cairo, "cairo_paint")
            destroy = try Self.symbol(cairo, "cairo_destroy")
            surfaceDestroy = try Self.symbol(cairo, "cairo_surface_destroy")
            surfaceStatus = try Self.symbol(cairo, "cairo_surface_status")
            surfaceFlush = try Self.symbol(cairo, "cairo_surface_flush")
            imageSurfaceGetData = try Self.symbol(cairo, "cairo_image_surface_get_data")
            imageSurfaceGetStride = try Self.symbol(cairo, "cairo_image_surface_get_stride")
        }

        /// The first of `names` that loads (kept loaded for the life of the process).
        static func open(_ names: [String]) throws(ReportError) -> UnsafeMutableRawPointer {
            for name in names {
                if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) { return handle }
            }
            throw .rasterizerMissing(reason: "\(names[0]) not found")
        }

        /// The function `name` of `library` as `T`.
        static func symbol<T>(_ library: UnsafeMutableRawPointer, _ name: String) throws(ReportError) -> T {
            guard let address = dlsym(library, name) else { throw .rasterizerMissing(reason: "\(name) not found (librsvg 2.46 or later is needed)") }
            return unsafeBitCast(address, to: T.self)
        }
    }

    /// The functions, or why they could not be loaded.
    private static let library: Result<Functions, ReportError> = Result { () throws(ReportError) in try Functions() }
}
