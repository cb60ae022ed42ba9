/// What `sdw add` did with each file: the counts for its summary line, and why files were refused.
public struct AddReport: Sendable, Equatable {
    /// A file the store did not take, and why.
    public struct Refusal: Sendable, Equatable {
        /// The file as named.
        public var path: String
        /// Why it was refused, in one line.
        public var reason: String
        /// The error findings behind the refusal, as `path:line:col: error: message [rule]` lines.
        public var details: [String]
    }

    /// Canvases stored for the first time.
    public var added: [String] = []
    /// Canvases that got a new revision.
    public var updated: [String] = []
    /// Canvases whose text was already the latest revision's.
    public var unchanged: [String] = []
    /// Files refused, in path order.
    public var refused: [Refusal] = []
    /// Workshop files stored (new or changed; kept whole in `workshops`), by workshop id.
    public var workshops: [String] = []
    /// Files that could not be read, as `path: reason`.
    public var unreadable: [String] = []
    /// Canvases stored with `--allow-errors` although their lint found errors.
    public var storedWithErrors: [String] = []

    /// Creates an empty report.
    public init() {}

    /// `N added, N updated, N unchanged, N refused`, then stored workshops and unreadable files when there are any.
    public var summaryLine: String {
        var parts = ["\(added.count) added", "\(updated.count) updated", "\(unchanged.count) unchanged",
                     "\(refused.count) refused"]
        if !storedWithErrors.isEmpty { parts.append("\(storedWithErrors.count) stored with errors") }
        if !workshops.isEmpty {
            parts.append("\(workshops.count) workshop\(workshops.count == 1 ? "" : "s") stored")
        }
        if !unreadable.isEmpty { parts.append("\(unreadable.count) unreadable") }
        return parts.joined(separator: ", ")
    }

    /// The findings of the rules over several files (`path:line:col: severity: message [rule]`) and
    /// the files stored before under another id, one line each.
    public var acrossFiles: [String] = []
    /// How many of those findings are errors (the canvases are stored all the same).
    public var acrossFilesErrors = 0

    /// The lines for standard error: each refusal with its reason and findings, each unreadable
    /// file, and what the cross-file checks found.
    public var problemLines: [String] {
        var lines = unreadable.map { "\($0)" } + acrossFiles
        for refusal in refused {
            lines.append("\(refusal.path): refused: \(refusal.reason)")
            lines += refusal.details
        }
        return lines
    }
}
