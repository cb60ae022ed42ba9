import CanvasKit
import Hummingbird
import Mustache

/// Renders the pages from the Mustache templates embedded in the binary (`ServerAssets/*.mustache`).
/// Mustache escapes every `{{value}}`, so canvas text reaches the browser only as text.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// Parses every embedded template once; a template that does not parse is a build mistake
    /// that the tests catch (every page is rendered there).
    init() {
        var library = MustacheLibrary()
        for (name, text) in EmbeddedAssets.all where name.hasSuffix(".mustache") {
            if let template = try? MustacheTemplate(string: text) {
                library.register(template, named: String(name.dropLast(".mustache".count)))
            }
        }
        self.library = library
    }

    /// The page `template` with `values`, plus the frame every page shares: its language, the
    /// interface texts, the language menu, the CSRF token.
    func page(_ template: String, title: String, values: [String: Any], context: ServerContext, csrf: String,
              language: Language? = nil) throws -> Response {
        let language = language ?? context.language
        let strings = UIStrings(language)
        var all = values
        all["lang"] = language.rawValue
        all["pageTitle"] = title
        // Mustache reads a dot as nesting: `nav.skip` is `{{t.nav_skip}}` in a template.
        all["t"] = Dictionary(uniqueKeysWithValues: strings.all.map { ($0.key.replacingOccurrences(of: ".", with: "_"), $0.value) })
        all["csrf"] = csrf
        all["languages"] = Language.allCases.map { other in
            ["code": other.rawValue, "name": UIStrings.name(of: other), "current": other == language] as [String: Any]
        }
        guard let html = library.render(all, withTemplate: template) else { throw ServerError.internal }
        return Response.text(html, type: "text/html; charset=utf-8")
    }
}
