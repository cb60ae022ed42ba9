#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A canvas or a workshop, as read from one file.
public enum CanvasDocument: Hashable, Sendable {
    /// A smart diagram.
    case canvas(Canvas)
    /// A workshop description (`kind: workshop`).
    case workshop(Workshop)
}

/// What loading one file produced: the document when it could be read, and every schema issue.
public struct LoadedFile: Sendable {
    /// The file as the user named it (`-` for standard input).
    public var path: String
    /// The file's text (without a byte-order mark), for suppressions and reports.
    public var text: String
    /// The document, or `nil` when the file is not readable YAML of a mapping.
    public var document: CanvasDocument?
    /// Schema problems, in the order found.
    public var issues: [SchemaIssue]
    /// The byte-order mark the file started with (U+FEFF, left out of ``text``), or nothing.
    public var byteOrderMark = ""

    /// The file's text byte for byte as it was read: ``text`` with its byte-order mark, if any.
    public var exactText: String { byteOrderMark + text }

    /// The canvas, when the file holds one.
    public var canvas: Canvas? {
        if case .canvas(let canvas) = document { return canvas }
        return nil
    }

    /// The workshop, when the file holds one.
    public var workshop: Workshop? {
        if case .workshop(let workshop) = document { return workshop }
        return nil
    }
}

/// What reading the bytes gave: the composed root, or the file with the issue that stopped it.
private enum ComposeOutcome {
    case composed(YAMLDocument)
    case failed(LoadedFile)
}

/// Reads canvas files: checks the bytes, composes the YAML, and decodes it against format 1.
public enum CanvasLoader {
    /// Loads `bytes` read from `path`. Never throws: every problem becomes a ``SchemaIssue``.
    public static func load(_ bytes: [UInt8], path: String, limits: YAMLLimits = .standard) -> LoadedFile {
        var file = LoadedFile(path: path, text: "", document: nil, issues: [])
        func fail(_ message: LocalizedText, _ arguments: [String: String] = [:], at location: SourceLocation?) -> LoadedFile {
            file.issues.append(SchemaIssue(.invalidYAML, message, arguments, at: location, path: ""))
            return file
        }
        if bytes.count > limits.maxFileBytes {
            return fail(SchemaMessages.tooLarge, ["limit": FileIO.sizeText(limits.maxFileBytes)], at: nil)
        }
        let skip = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if skip > 0 { file.byteOrderMark = "\u{FEFF}" }
        let parsed: ComposeOutcome = bytes.withUnsafeBufferPointer { whole in
            let body = UnsafeBufferPointer(rebasing: whole[skip...])
            if let base = body.baseAddress, let nul = memchr(base, 0, body.count) {
                let offset = base.distance(to: nul.assumingMemoryBound(to: UInt8.self))
                return .failed(fail(SchemaMessages.nulByte, at: SourceText.location(ofByte: offset, in: Array(body))))
            }
            guard let text = String(validating: body, as: UTF8.self) else {
                let bytes = Array(body)
                let offset = SourceText.firstInvalidUTF8(in: bytes)
                let location = SourceText.location(ofByte: offset, in: bytes)
                var arguments = ["line": String(location.line), "column": String(location.column)]
                guard let encoding = LegacyEncoding.guess(bytes) else {
                    return .failed(fail(SchemaMessages.notUTF8, arguments, at: location))
                }
                arguments["encoding"] = encoding.rawValue
                arguments["command"] = encoding.iconvCommand(for: path == "-" ? "canvas.yaml" : path)
                return .failed(fail(SchemaMessages.legacyEncoding, arguments, at: location))
            }
            file.text = text
            do throws(YAMLError) {
                return .composed(try YAMLComposer.document(body, limits: limits))
            } catch {
                let (message, arguments) = YAMLErrorText.describe(error, in: text)
                return .failed(fail(message, arguments, at: error.location))
            }
        }
        let document: YAMLDocument
        switch parsed {
        case .composed(let composed): document = composed
        case .failed(let failed): return failed
        }
        // The views the decoders read live inside `withRoot`, which keeps the document alive.
        return document.withRoot { root -> LoadedFile in
            guard let root, !(root.isNull && root.scalar?.isEmpty == true) else {
                return fail(SchemaMessages.empty, at: nil)
            }
            guard root.pairs != nil else {
                return fail(SchemaMessages.notMapping, ["found": root.kindDescription], at: root.location)
            }
            let kindValue = root.value(forKey: "kind")
            let kind = kindValue?.scalar
            if kind == DocumentKind.workshop.rawValue {
                var decoder = WorkshopDecoder()
                file.document = .workshop(decoder.decode(root))
                file.issues = decoder.context.issues
            } else {
                var decoder = CanvasDecoder()
                if let kindValue, kind != DocumentKind.canvas.rawValue {
                    let value = kind ?? kindValue.kindDescription
                    var arguments = ["value": value, "field": "kind", "allowed": DocumentKind.allowedValues.joined(separator: ", ")]
                    arguments["suggestion"] = Suggestion.nearest(to: value, in: DocumentKind.allowedValues)
                    decoder.context.report(.invalidValue, arguments["suggestion"] == nil ? SchemaMessages.invalidValue
                                               : SchemaMessages.invalidValueHint,
                                           arguments, at: kindValue.location, path: "kind")
                }
                file.document = .canvas(decoder.decode(root))
                file.issues = decoder.context.issues
            }
            return file
        }
    }

    /// Loads the file at `path` from disk.
    public static func load(contentsOf path: String, limits: YAMLLimits = .standard) throws(FileError) -> LoadedFile {
        load(try FileIO.read(path, limit: limits.maxFileBytes), path: path, limits: limits)
    }
}
