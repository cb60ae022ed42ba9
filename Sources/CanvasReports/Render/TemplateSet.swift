import Foundation
import Mustache

/// The Mustache templates of the reports: the built-in ones (compiled into the binary from
/// `Templates/`), each replaceable by a file of the same name in a user's folder.
public struct TemplateSet: Sendable {
    /// The parsed templates, by name (file name without `.mustache`).
    public let library: MustacheLibrary
    /// The names of the templates, sorted.
    public let names: [String]

    /// The built-in templates, overridden by every `*.mustache` file directly in `directory`.
    public init(directory: String? = nil) throws(ReportError) {
        _ = MarkdownContentType.registered
        var sources = EmbeddedTemplates.all
        if let directory {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
            } catch {
                throw .template(name: directory, reason: "cannot read the folder (\(error.localizedDescription))")
            }
            for file in names where file.hasSuffix(".mustache") {
                let path = (directory as NSString).appendingPathComponent(file)
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw .template(name: path, reason: "cannot read it as UTF-8 text")
                }
                sources[String(file.dropLast(".mustache".count))] = text
            }
        }
        var library = MustacheLibrary()
        for (name, text) in sources {
            do {
                try library.register(text, named: name)
            } catch {
                throw .template(name: name, reason: "does not parse: \(error)")
            }
        }
        self.library = library
        names = sources.keys.sorted()
    }

    /// Renders `value` with the template `name`.
    public func render(_ value: Any, template name: String) throws(ReportError) -> String {
        guard let text = library.render(TemplateContext.convert(value) ?? value, withTemplate: name) else {
            throw .missingTemplate(name: name)
        }
        return text
    }
}
