import CanvasKit

/// The ids that a canvas's activities name in one of their lists (needs, partners or resources),
/// for the coverage rules that ask which items no activity names.
///
/// A canvas has a handful of activities and references: searching them costs less than hashing
/// every id into a set, which only a large canvas (generated or hostile) gets.
struct ActivityReferences {
    private let activities: [Activity]
    private let list: (Activity) -> [Located<String>]
    private let set: Set<String>?

    /// The references in `list` of every activity of `canvas`, to be asked about `items` ids.
    init(_ canvas: Canvas, _ list: @escaping (Activity) -> [Located<String>], items: Int) {
        activities = canvas.activities ?? []
        self.list = list
        let total = activities.reduce(0) { $0 + list($1).count }
        set = total * items > 256 ? Set(activities.flatMap { list($0).map(\.value) }) : nil
    }

    /// Whether some activity names `id`.
    func contains(_ id: String) -> Bool {
        if let set { return set.contains(id) }
        return activities.contains { list($0).contains { $0.value == id } }
    }
}
