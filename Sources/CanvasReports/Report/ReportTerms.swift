import CanvasKit

/// The names of the format's closed lists (partner types, resource kinds, statuses, evidence) in the
/// four languages.
public enum ReportTerms {
    /// A partner type in `language`.
    public static func name(of type: PartnerType, in language: Language) -> String {
        (partnerTypes[type] ?? LocalizedText(en: type.rawValue)).text(in: language)
    }

    /// A resource kind in `language`.
    public static func name(of kind: ResourceKind, in language: Language) -> String {
        (resourceKinds[kind] ?? LocalizedText(en: kind.rawValue)).text(in: language)
    }

    /// A status in `language`.
    public static func name(of status: CanvasStatus, in language: Language) -> String {
        (statuses[status] ?? LocalizedText(en: status.rawValue)).text(in: language)
    }

    /// An evidence level in `language`.
    public static func name(of evidence: Evidence, in language: Language) -> String {
        (evidences[evidence] ?? LocalizedText(en: evidence.rawValue)).text(in: language)
    }

    /// A severity in `language` (singular, for a table cell).
    public static func name(of severity: Severity, in language: Language) -> String {
        (severities[severity] ?? LocalizedText(en: severity.rawValue)).text(in: language)
    }

    private static let partnerTypes: [PartnerType: LocalizedText] = [
        .library: .init(en: "library", bg: "библиотека", uk: "бібліотека", ru: "библиотека"),
        .municipality: .init(en: "municipality", bg: "община", uk: "місцева влада", ru: "местная власть"),
        .government: .init(en: "government", bg: "държавна институция", uk: "державна установа", ru: "государственный орган"),
        .school: .init(en: "school", bg: "училище", uk: "школа", ru: "школа"),
        .university: .init(en: "university", bg: "университет", uk: "університет", ru: "университет"),
        .socialServices: .init(en: "social services", bg: "социални услуги", uk: "соціальні служби", ru: "социальные службы"),
        .health: .init(en: "health", bg: "здравеопазване", uk: "охорона здоров'я", ru: "здравоохранение"),
        .culture: .init(en: "culture", bg: "култура", uk: "культура", ru: "культура"),
        .media: .init(en: "media", bg: "медии", uk: "ЗМІ", ru: "СМИ"),
        .business: .init(en: "business", bg: "бизнес", uk: "бізнес", ru: "бизнес"),
        .ngo: .init(en: "NGO", bg: "НПО", uk: "ГО", ru: "НКО"),
        .religious: .init(en: "religious", bg: "религиозна общност", uk: "релігійна громада", ru: "религиозная община"),
        .volunteer: .init(en: "volunteers", bg: "доброволци", uk: "волонтери", ru: "волонтёры"),
        .international: .init(en: "international", bg: "международна организация", uk: "міжнародна організація",
                              ru: "международная организация"),
        .other: .init(en: "other", bg: "друго", uk: "інше", ru: "другое"),
    ]

    private static let resourceKinds: [ResourceKind: LocalizedText] = [
        .money: .init(en: "money", bg: "средства", uk: "кошти", ru: "средства"),
        .staff: .init(en: "staff", bg: "персонал", uk: "персонал", ru: "персонал"),
        .equipment: .init(en: "equipment", bg: "техника", uk: "обладнання", ru: "оборудование"),
        .space: .init(en: "space", bg: "помещения", uk: "приміщення", ru: "помещения"),
        .materials: .init(en: "materials", bg: "материали", uk: "матеріали", ru: "материалы"),
        .volunteer: .init(en: "volunteer work", bg: "доброволчески труд", uk: "волонтерська праця", ru: "волонтёрский труд"),
        .other: .init(en: "other", bg: "друго", uk: "інше", ru: "другое"),
    ]

    private static let statuses: [CanvasStatus: LocalizedText] = [
        .draft: .init(en: "draft", bg: "чернова", uk: "чернетка", ru: "черновик"),
        .proposed: .init(en: "proposed", bg: "предложена", uk: "запропонована", ru: "предложена"),
        .approved: .init(en: "approved", bg: "одобрена", uk: "схвалена", ru: "одобрена"),
        .active: .init(en: "active", bg: "действаща", uk: "діє", ru: "действует"),
        .archived: .init(en: "archived", bg: "архивирана", uk: "в архіві", ru: "в архиве"),
    ]

    private static let evidences: [Evidence: LocalizedText] = [
        .assumed: .init(en: "assumed", bg: "предположение", uk: "припущення", ru: "предположение"),
        .surveyed: .init(en: "surveyed", bg: "проучване", uk: "опитування", ru: "опрос"),
        .measured: .init(en: "measured", bg: "измерено", uk: "виміряно", ru: "измерено"),
    ]

    private static let severities: [Severity: LocalizedText] = [
        .error: .init(en: "error", bg: "грешка", uk: "помилка", ru: "ошибка"),
        .warning: .init(en: "warning", bg: "предупреждение", uk: "попередження", ru: "предупреждение"),
        .info: .init(en: "note", bg: "бележка", uk: "примітка", ru: "замечание"),
    ]
}
