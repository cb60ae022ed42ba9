import CanvasKit
import CanvasRules

/// New canvases from a plugin's starter or the generic one, and the starters' prompts as hints
/// for the editor's boxes.
struct Starters: Sendable {
    let catalog: PluginCatalog

    /// The template for `plugin` (the generic one when `nil` or when the plugin has no starter).
    func template(plugin: String?) -> StarterTemplate {
        StarterTemplate(plugin.flatMap { catalog.plugin(id: $0)?.starter } ?? GenericStarter.text)
    }

    /// The text of a new canvas `id` in `language`: the starter with its `id:` replaced, as
    /// `sdw new --id` writes it.
    func canvas(id: String, plugin: String?, language: Language) throws -> String {
        if let plugin, catalog.plugin(id: plugin) == nil { throw ServerError.badRequest("plugin '\(plugin)'") }
        return template(plugin: plugin).render(language, settings: StarterSettings(id: id))
    }

    /// The prompts of the starter in `language`, by the section they stand in (`needs`,
    /// `effects.social`…); prompts before the first section are under `header`.
    func hints(plugin: String?, language: Language) -> [String: [String]] {
        var hints: [String: [String]] = [:]
        var section = "header", parent = ""
        for line in template(plugin: plugin).text.split(separator: "\n") {
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            if body.hasPrefix("#") {
                guard body.count > 4, body.dropFirst(3).first == ":",
                      Language(rawValue: String(body.dropFirst().prefix(2))) == language else { continue }
                hints[section, default: []].append(String(body.dropFirst(4).drop { $0 == " " }))
                continue
            }
            guard let colon = body.firstIndex(of: ":"), !body.hasPrefix("-") else { continue }
            let key = String(body[..<colon])
            if indent == 0 {
                parent = key
                section = key
            } else if indent == 2 && parent == "effects" {
                section = "effects.\(key)"
            }
        }
        return hints
    }
}
