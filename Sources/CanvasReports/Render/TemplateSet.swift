import Foundation
import Mustache

/// The Mustache templates of the reports: the built-in ones (compiled into the binary from
/// `Templates/`), each replaceable by a file of the same name in a user's folder.
///
/// Templates are parsed when a report needs them, with the partials they include: parsing is
/// most of a one-canvas report's time, and an HTML report never needs the Markdown templates.
public struct TemplateSet: Sendable {
    /// The template texts, by name (file name without `.mustache`).
    public let sources: [String: String]
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
        // A user's templates are parsed now, so a mistake in one is reported before any work;
        // the built-in ones are known to parse (a test renders every one).
        for (name, text) in sources where text != EmbeddedTemplates.all[name] {
            do {
                _ = try MustacheTemplate(string: text)
            } catch {
                throw .template(name: name, reason: "does not parse: \(error)")
            }
        }
        self.sources = sources
        names = sources.keys.sorted()
    }

    /// `name` and every template it includes with `{{> partial}}`, directly or through others.
    func closure(of name: String) -> [String] {
        var result: [String] = []
        var pending = [name]
        while let next = pending.popLast() {
            guard !result.contains(next), let text = sources[next] else { continue }
            result.append(next)
            pending += Self.partials(in: text)
        }
        return result
    }

    /// The names of the partials `text` includes (`{{> name}}`).
    static func partials(in text: String) -> [String] {
        text.components(separatedBy: "{{>").dropFirst().compactMap { rest in
            rest.components(separatedBy: "}}").first?.trimmingCharacters(in: .whitespaces)
        }
    }

    /// Renders `value` with the template `name`.
    public func render(_ value: Any, template name: String) throws(ReportError) -> String {
        var library = MustacheLibrary()
        for needed in closure(of: name) {
            do {
                try library.register(sources[needed] ?? "", named: needed)
            } catch {
                throw .template(name: needed, reason: "does not parse: \(error)")
            }
        }
        guard let text = library.render(TemplateContext.convert(value) ?? value, withTemplate: name) else {
            throw .missingTemplate(name: name)
        }
        return text
    }
}
