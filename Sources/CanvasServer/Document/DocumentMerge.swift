/// A three-way merge of canvas documents: two saves made from the same revision are combined
/// when they change different keys or different items; where both change the same thing
/// differently, the merge names it as a conflict instead of choosing.
///
/// Lists whose items all carry a distinct `id` (needs, resources, partners, activities) merge
/// item by item; other lists merge position by position while both sides keep their length, and
/// are otherwise one value.
public enum DocumentMerge {
    /// The outcome: the merged document, or the paths where the two sides disagree.
    public enum Outcome: Sendable, Equatable {
        /// Both sides' changes, combined.
        case merged(DocumentValue)
        /// The two sides changed these places differently (paths like `needs[books].text`).
        case conflict([String])
    }

    /// Merges `mine` and `theirs`, both made from `base`.
    public static func merge(base: DocumentValue, mine: DocumentValue, theirs: DocumentValue) -> Outcome {
        var conflicts: [String] = []
        let merged = merge(base, mine, theirs, path: "", conflicts: &conflicts)
        if !conflicts.isEmpty { return .conflict(conflicts) }
        return .merged(merged ?? .null)
    }

    /// Merges one place; `nil` means absent. Conflicts are appended to `conflicts`.
    private static func merge(_ base: DocumentValue?, _ mine: DocumentValue?, _ theirs: DocumentValue?, path: String,
                              conflicts: inout [String]) -> DocumentValue? {
        if mine == theirs { return mine }
        if mine == base { return theirs }
        if theirs == base { return mine }
        switch (base, mine, theirs) {
        case (.object(let b)?, .object(let m)?, .object(let t)?):
            return .object(mergeMembers(b, m, t, path: path, conflicts: &conflicts))
        case (nil, .object(let m)?, .object(let t)?):
            return .object(mergeMembers([], m, t, path: path, conflicts: &conflicts))
        case (.array(let b)?, .array(let m)?, .array(let t)?):
            if let bk = keyed(b), let mk = keyed(m), let tk = keyed(t) {
                return .array(mergeKeyed(bk, mk, tk, path: path, conflicts: &conflicts))
            }
            if b.count == m.count && m.count == t.count {
                return .array(b.indices.map { index in
                    merge(b[index], m[index], t[index], path: "\(path)[\(index)]", conflicts: &conflicts) ?? .null
                })
            }
        default:
            break
        }
        conflicts.append(path.isEmpty ? "(document)" : path)
        return theirs
    }

    private static func mergeMembers(_ base: [DocumentValue.Member], _ mine: [DocumentValue.Member],
                                     _ theirs: [DocumentValue.Member], path: String,
                                     conflicts: inout [String]) -> [DocumentValue.Member] {
        func lookup(_ members: [DocumentValue.Member]) -> [String: DocumentValue] {
            Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        let (b, m, t) = (lookup(base), lookup(mine), lookup(theirs))
        // Their order, then keys only mine has, in my order.
        var keys = theirs.map(\.key)
        for member in mine where t[member.key] == nil { keys.append(member.key) }
        var result: [DocumentValue.Member] = []
        for key in keys {
            let child = path.isEmpty ? key : "\(path).\(key)"
            if let value = merge(b[key], m[key], t[key], path: child, conflicts: &conflicts) {
                result.append(.init(key, value))
            }
        }
        return result
    }

    /// The items of `items` by their `id`, in order, when every item is an object with a distinct string id.
    private static func keyed(_ items: [DocumentValue]) -> [(id: String, value: DocumentValue)]? {
        var seen = Set<String>()
        var result: [(id: String, value: DocumentValue)] = []
        for item in items {
            guard let id = item["id"]?.text, seen.insert(id).inserted else { return nil }
            result.append((id, item))
        }
        return result
    }

    private static func mergeKeyed(_ base: [(id: String, value: DocumentValue)], _ mine: [(id: String, value: DocumentValue)],
                                   _ theirs: [(id: String, value: DocumentValue)], path: String,
                                   conflicts: inout [String]) -> [DocumentValue] {
        func lookup(_ items: [(id: String, value: DocumentValue)]) -> [String: DocumentValue] {
            Dictionary(items.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        let (b, m, t) = (lookup(base), lookup(mine), lookup(theirs))
        // Whose order wins: mine when I reordered the items we share and they did not.
        let shared = Set(b.keys).intersection(m.keys).intersection(t.keys)
        let baseOrder = base.map(\.id).filter(shared.contains)
        let mineOrder = mine.map(\.id).filter(shared.contains)
        let order = mineOrder != baseOrder ? mine.map(\.id) + theirs.map(\.id) : theirs.map(\.id) + mine.map(\.id)
        var seen = Set<String>()
        var result: [DocumentValue] = []
        for id in order where seen.insert(id).inserted {
            if let value = merge(b[id], m[id], t[id], path: "\(path)[\(id)]", conflicts: &conflicts) {
                result.append(value)
            }
        }
        return result
    }
}
