import CanvasKit

/// What the cross-file rules know of a set of files: each canvas's id, workshop, group and
/// plugin, each workshop file's tables, and the workshops known from elsewhere (the store).
public struct WorkshopSet: Sendable {
    /// One canvas file, reduced to what joins it to others, with where each value is written.
    public struct CanvasEntry: Sendable, Hashable {
        /// The file as named.
        public var path: String
        /// `id:` and where its value is.
        public var id: String?
        public var idLocation: SourceLocation
        /// `workshop:` and where its value is.
        public var workshop: String?
        public var workshopLocation: SourceLocation
        /// `group:` and where its value is.
        public var group: Int?
        public var groupLocation: SourceLocation
        /// `plugin:` and where its value is (the canvas's start when absent).
        public var plugin: String?
        public var pluginLocation: SourceLocation
        /// The canvas's language, for its findings' messages.
        public var language: Language = .en

        /// An entry known without its file's text (a stored canvas): every location is 1:1.
        public init(path: String, id: String?, workshop: String?, group: Int?, plugin: String?) {
            let start = SourceLocation(line: 1, column: 1)
            self.path = path
            self.id = id
            idLocation = start
            self.workshop = workshop
            workshopLocation = start
            self.group = group
            groupLocation = start
            self.plugin = plugin
            pluginLocation = start
        }

        /// The entry of `canvas`, read from `path`.
        public init(_ canvas: Canvas, path: String) {
            self.path = path
            id = canvas.id
            idLocation = canvas.fields.value("id")
            workshop = canvas.workshop
            workshopLocation = canvas.fields.value("workshop")
            group = canvas.group
            groupLocation = canvas.fields.value("group")
            plugin = canvas.plugin
            pluginLocation = canvas.fields.key("plugin") == nil ? canvas.fields.start : canvas.fields.value("plugin")
            language = canvas.language
        }
    }

    /// A workshop's planned tables: number → plugin (`nil` when the table has none).
    public struct WorkshopEntry: Sendable, Hashable {
        /// The workshop id.
        public var id: String
        /// The file it comes from (or where it is stored).
        public var source: String
        /// The plugin of each planned table, by number.
        public var plugins: [Int: String?]

        /// Creates an entry.
        public init(id: String, source: String, plugins: [Int: String?]) {
            self.id = id
            self.source = source
            self.plugins = plugins
        }

        /// The entry of a loaded workshop file.
        public init?(_ workshop: Workshop, path: String) {
            guard let id = workshop.id else { return nil }
            var plugins: [Int: String?] = [:]
            for group in workshop.groups { if let number = group.number, plugins[number] == nil { plugins[number] = group.plugin } }
            self.init(id: id, source: path, plugins: plugins)
        }
    }

    /// The canvases, in path order.
    public var canvases: [CanvasEntry]
    /// The workshops, by id: the files' own first, then the ones known from elsewhere.
    public var workshops: [String: WorkshopEntry]

    /// A set of `canvases` and `workshops` (earlier workshops win over later ones of the same id).
    public init(canvases: [CanvasEntry], workshops: [WorkshopEntry]) {
        self.canvases = canvases
        self.workshops = Dictionary(workshops.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A rule over a set of files rather than one: it runs once per `sdw lint` or `sdw add`, after
/// every file is read, and reports at a position in one of them.
public protocol WorkshopRule: Rule {
    /// Reports what the rule finds in `set`; `report` takes the file, location and arguments.
    func check(_ set: WorkshopSet, report: (_ path: String, _ location: SourceLocation, _ arguments: [String: String]) -> Void)
    /// The message of the rule's findings.
    var message: LocalizedText { get }
}

extension WorkshopRule {
    public var asWorkshopRule: (any WorkshopRule)? { self }

    /// A workshop rule finds nothing in one file alone.
    public func check(_ file: LoadedFile, into findings: inout FindingCollector) {}

    /// The rule's findings on `set`, each with `severity`.
    public func findings(in set: WorkshopSet, severity: Severity) -> [Finding] {
        var found: [Finding] = []
        check(set) { path, location, arguments in
            found.append(Finding(ruleID: description.id, severity: severity, message: message, arguments: arguments,
                                 file: path, location: location, path: ""))
        }
        return found
    }
}

/// The examples of a ``WorkshopRule``: several files in one text, each after a `# file: NAME` line.
public enum WorkshopExample {
    /// The files of `example`, in order.
    public static func files(_ example: String) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        for line in example.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# file: ") {
                files.append((String(line.dropFirst("# file: ".count)), ""))
            } else if !files.isEmpty {
                files[files.count - 1].text += line + "\n"
            }
        }
        return files
    }

    /// The set the files of `example` make, as `sdw lint` would see them.
    public static func set(_ example: String) -> WorkshopSet {
        var canvases: [WorkshopSet.CanvasEntry] = [], workshops: [WorkshopSet.WorkshopEntry] = []
        for (path, text) in files(example) {
            let loaded = CanvasLoader.load(Array(text.utf8), path: path)
            if let canvas = loaded.canvas { canvases.append(.init(canvas, path: path)) }
            if let workshop = loaded.workshop, let entry = WorkshopSet.WorkshopEntry(workshop, path: path) { workshops.append(entry) }
        }
        return WorkshopSet(canvases: canvases, workshops: workshops)
    }
}
