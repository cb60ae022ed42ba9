import CanvasKit

/// The plugins sdw knows: the built-in ones, then those of extra folders, which replace a
/// built-in plugin of the same id (with a notice).
public struct PluginCatalog: Sendable {
    /// The plugins, sorted by id.
    public private(set) var plugins: [Plugin] = []
    /// Notices for the user, such as a built-in plugin being replaced.
    public private(set) var notices: [String] = []
    /// Mistakes in the plugins' files.
    public var problems: [FileProblem] { plugins.flatMap(\.problems) + unloaded }
    private var unloaded: [FileProblem] = []
    /// Each plugin's keyword matcher, built once when the plugin is added.
    /// Each plugin's keyword matcher, in the order of ``plugins``, built once.
    private var matchers: [KeywordMatcher] = []

    /// The built-in plugins only, read anew at each use: a catalog kept in a global would hold
    /// its rules' ``Predicate`` trees until exit, and a leak checker cannot see the pointers a
    /// multi-payload enum keeps in its spare bits, so it would report them as leaked.
    public static var builtIn: PluginCatalog { PluginCatalog() }

    /// A catalog of the built-in plugins (or none, with `builtIn: false`).
    public init(builtIn: Bool = true) {
        guard builtIn else { return }
        var folders: [String: [String: String]] = [:]
        for (path, text) in EmbeddedPlugins.files {
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            folders[parts[0], default: [:]][parts[1]] = text
        }
        for (folder, files) in folders.sorted(by: { $0.key < $1.key }) {
            add(files: files, folder: "Plugins/" + folder, origin: .builtIn)
        }
    }

    /// Adds the plugins of `path` (a plugin folder, or a folder of plugin folders).
    public mutating func add(directory path: String) throws(FileError) {
        for folder in try PluginDirectory.pluginFolders(in: path) {
            let (texts, unreadable) = PluginDirectory.read(folder)
            add(files: texts, unreadable: unreadable, folder: folder, origin: .directory(folder))
        }
    }

    /// Adds the plugin made of `files` (`unreadable`: why each file that could not be read was
    /// not); one with the id of a loaded plugin replaces it.
    public mutating func add(files: [String: String], unreadable: [String: String] = [:], folder: String,
                             origin: PluginOrigin) {
        let (plugin, problems) = PluginReader.read(files: files, unreadable: unreadable, folder: folder, origin: origin)
        guard let plugin else {
            unloaded += problems
            return
        }
        if let index = plugins.firstIndex(where: { $0.id == plugin.id }) {
            let old = plugins[index].origin == .builtIn ? "the built-in one" : "the one from \(plugins[index].origin)"
            notices.append("notice: the plugin '\(plugin.id)' from \(origin) replaces \(old)")
            plugins[index] = plugin
            matchers[index] = plugin.matcher
        } else {
            // Kept sorted by id.
            let index = plugins.firstIndex { $0.id > plugin.id } ?? plugins.count
            plugins.insert(plugin, at: index)
            matchers.insert(plugin.matcher, at: index)
        }
    }

    /// The plugin with `id`, if any.
    public func plugin(id: String) -> Plugin? {
        plugins.first { $0.id == id }
    }

    /// Every plugin rule.
    public var rules: [DeclarativeRule] { plugins.flatMap(\.rules) }

    /// The plugin whose keywords best match the target group's name and description
    /// (most different keywords found; ties go to the first id), or `nil` when none matches.
    public func bestMatch(for canvas: Canvas) -> Plugin? {
        let text = [canvas.targetGroup?.name, canvas.targetGroup?.description].compactMap { $0 }.joined(separator: "\n")
        guard !text.isEmpty else { return nil }
        let folded = FoldedText(text)
        // By index, so that no plugin (a dozen rules and texts) is copied for every canvas.
        var best: (index: Int, score: Int)?
        for index in plugins.indices {
            let score = matchers[index].count(in: folded)
            if score > (best?.score ?? 0) { best = (index, score) }
        }
        return best.map { plugins[$0.index] }
    }
}
