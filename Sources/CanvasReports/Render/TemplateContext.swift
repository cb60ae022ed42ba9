/// Turns a report view model into nested dictionaries and arrays before rendering.
///
/// Mustache looks a name up by reflecting every value on its context stack; reflecting large
/// structs for each of the thousands of lookups of a report is slow. One pass of reflection here
/// makes every lookup a dictionary access.
enum TemplateContext {
    /// `value` with every struct turned into `[String: Any]`, arrays converted element by element,
    /// and `nil` optionals dropped.
    static func convert(_ value: Any) -> Any? {
        switch value {
        case is String, is Bool, is Int, is Double: return value
        case let array as [Any]: return array.compactMap(convert)
        case let dictionary as [String: String]: return dictionary
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return nil }
            return convert(wrapped)
        case .struct, .class:
            var result: [String: Any] = [:]
            result.reserveCapacity(mirror.children.count)
            for child in mirror.children {
                guard let label = child.label, let converted = convert(child.value) else { continue }
                result[label] = converted
            }
            return result
        default:
            return value
        }
    }
}
