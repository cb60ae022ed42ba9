/// Which canvases `sdw list` shows; every criterion given must hold.
public struct ListFilter: Sendable, Equatable {
    /// Only canvases with this plugin.
    public var plugin: String?
    /// Only canvases with this status.
    public var status: String?
    /// Only canvases from this workshop.
    public var workshop: String?
    /// Only canvases in this language.
    public var language: String?
    /// Only canvases whose library contains this text.
    public var library: String?
    /// Only canvases whose latest revision has lint errors.
    public var withErrors = false
    /// Hidden canvases too (they are marked).
    public var includeHidden = false

    /// Creates a filter; with no arguments it lets every visible canvas through.
    public init(plugin: String? = nil, status: String? = nil, workshop: String? = nil, language: String? = nil,
                library: String? = nil, withErrors: Bool = false, includeHidden: Bool = false) {
        self.plugin = plugin
        self.status = status
        self.workshop = workshop
        self.language = language
        self.library = library
        self.withErrors = withErrors
        self.includeHidden = includeHidden
    }

    /// The SQL condition and its arguments, for a query over `canvases`.
    var condition: (sql: String, arguments: [String]) {
        var clauses: [String] = []
        var arguments: [String] = []
        for (column, value) in [("plugin", plugin), ("status", status), ("workshop", workshop), ("language", language)] {
            if let value {
                clauses.append("\(column) = ?")
                arguments.append(value)
            }
        }
        if let library {
            clauses.append("instr(library, ?) > 0")
            arguments.append(library)
        }
        if withErrors { clauses.append("errors > 0") }
        if !includeHidden { clauses.append("hidden = 0") }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }
}
