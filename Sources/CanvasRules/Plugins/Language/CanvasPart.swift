import CanvasKit
import Foundation

/// A part of the canvas that plugin rules select: a section's items, or a single mapping.
public enum CanvasPart: String, CaseIterable, Hashable, Sendable {
    case partners, activities, needs, resources, information, results, effects
    case socialEffects = "effects.social"
    case economicEffects = "effects.economic"
    case targetGroup = "target_group"
    case service

    /// The part names as plugin files write them.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// The fields an item of this part has, by name.
    public var fields: [String] {
        switch self {
        case .partners: ["id", "name", "type", "role", "benefit", "contact"]
        case .activities: ["id", "name", "when", "responsible", "needs", "partners", "resources"]
        case .needs: ["id", "text", "evidence"]
        case .resources: ["id", "item", "kind", "cost", "currency", "available"]
        case .information: ["channel", "audience"]
        case .results, .effects, .socialEffects, .economicEffects:
            ["text", "value", "currency", "indicator", "target", "unit", "evidence"]
        case .targetGroup: ["name", "description", "size", "place"]
        case .service: ["name", "goal", "description"]
        }
    }

    /// The top-level key the part is written under, for locating canvas-wide findings.
    public var sectionKey: String {
        switch self {
        case .socialEffects, .economicEffects: "effects"
        default: rawValue
        }
    }

    /// The part's items in `canvas`, in document order.
    public func items(of canvas: Canvas) -> [PartItem] {
        switch self {
        case .partners:
            return (canvas.partners ?? []).enumerated().map { PartItem(partner: $1, index: $0) }
        case .activities:
            return (canvas.activities ?? []).enumerated().map { PartItem(activity: $1, index: $0, canvas: canvas) }
        case .needs:
            return (canvas.needs ?? []).enumerated().map { PartItem(need: $1, index: $0) }
        case .resources:
            return (canvas.resources ?? []).enumerated().map { PartItem(resource: $1, index: $0) }
        case .information:
            return (canvas.information ?? []).enumerated().map { PartItem(information: $1, index: $0) }
        case .results:
            return (canvas.results ?? []).enumerated().map { PartItem(effect: $1, section: rawValue, index: $0) }
        case .socialEffects:
            return (canvas.effects?.social ?? []).enumerated().map { PartItem(effect: $1, section: rawValue, index: $0) }
        case .economicEffects:
            return (canvas.effects?.economic ?? []).enumerated().map { PartItem(effect: $1, section: rawValue, index: $0) }
        case .effects:
            return CanvasPart.socialEffects.items(of: canvas) + CanvasPart.economicEffects.items(of: canvas)
        case .targetGroup:
            return canvas.targetGroup.map { [PartItem(targetGroup: $0)] } ?? []
        case .service:
            return canvas.service.map { [PartItem(service: $0)] } ?? []
        }
    }
}
