/// Why a report could not be made. Every case is a usage or input problem (exit status 2).
public enum ReportError: Error, CustomStringConvertible, Equatable {
    /// A path that could not be read.
    case unreadable(path: String, reason: String)
    /// A file that holds no readable canvas.
    case notACanvas(path: String, reason: String)
    /// No canvas among the inputs.
    case noCanvases
    /// Neither a path nor an id, and neither `--workshop` nor `--portfolio`: nothing to report on.
    case noInput
    /// No workshop with that id among the inputs.
    case workshopNotFound(id: String, known: [String])
    /// A templates folder that could not be read, or a template that does not parse.
    case template(name: String, reason: String)
    /// A template the report needs is missing from the set.
    case missingTemplate(name: String)
    /// Two options that cannot go together.
    case conflictingOptions(String)
    /// PDF output needs Chromium, which is not installed.
    case chromiumMissing
    /// Chromium ran but did not produce a PDF.
    case pdfFailed(reason: String)
    /// The DOCX or ODT container could not be made.
    case packageFailed(reason: String)
    /// DOCX output needs librsvg and cairo to draw the diagram's PNG, and they could not be loaded.
    case rasterizerMissing(reason: String)
    /// librsvg could not draw a diagram.
    case rasterizeFailed(reason: String)
    /// The output could not be written.
    case unwritable(path: String, reason: String)
    /// A canvas or workshop that is not in the canvas store, or the store could not be read;
    /// the text is the whole message (it names the store file or the nearest stored id).
    case store(String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .notACanvas(let path, let reason): "\(path): not a readable canvas: \(reason)"
        case .noCanvases: "no canvas to report on among the given files (workshop files are not canvases)"
        case .noInput:
            "nothing to report on: give canvas files, folders or ids of stored canvases, "
                + "or --workshop ID or --portfolio to report from the canvas store"
        case .workshopNotFound(let id, let known):
            "no workshop with id '\(id)' among the given files"
                + (known.isEmpty ? " (none found; give the folder with its workshop.yaml)" : " (found: \(known.joined(separator: ", ")))")
        case .template(let name, let reason): "template \(name): \(reason)"
        case .missingTemplate(let name): "template \(name).mustache is missing"
        case .conflictingOptions(let detail): detail
        case .chromiumMissing:
            "PDF output needs headless Chromium: install it (Debian: apt-get install chromium) so that `chromium` "
                + "or `chromium-browser` is on PATH, or use --format html and print from a browser"
        case .pdfFailed(let reason): "Chromium did not produce a PDF: \(reason)"
        case .packageFailed(let reason): "cannot make the document's container: \(reason)"
        case .rasterizerMissing(let reason):
            "DOCX output draws each diagram as a PNG beside its SVG (Word needs both) with the librsvg and cairo libraries, "
                + "which could not be loaded (\(reason)): install them (Debian: apt-get install librsvg2-2), "
                + "or use --format odt, which needs neither"
        case .rasterizeFailed(let reason): "cannot draw the diagram as PNG: \(reason)"
        case .unwritable(let path, let reason): "\(path): cannot write: \(reason)"
        case .store(let message): message
        }
    }
}
