import Foundation

/// The words the loader puts into its messages' `{where}`, `{expected}` and `{found}`, in the four
/// languages, so that no English phrase is left in a Bulgarian, Ukrainian or Russian message.
///
/// `where` follows "in" (the locative in Ukrainian and Russian), `expected` follows "should be"
/// (the instrumental), `found` follows "not" (the nominative).
enum SchemaPhrases {
    static let `where`: [String: LocalizedText] = [
        "the canvas": LocalizedText(en: "the canvas", bg: "диаграмата", uk: "діаграмі", ru: "диаграмме"),
        "the workshop": LocalizedText(en: "the workshop", bg: "семинара", uk: "семінарі", ru: "семинаре"),
        "a workshop group": LocalizedText(en: "a workshop group", bg: "група на семинара", uk: "групі семінару",
                                          ru: "группе семинара"),
        "this group": LocalizedText(en: "this group", bg: "тази група", uk: "цій групі", ru: "этой группе"),
        "target_group": LocalizedText(en: "the target group", bg: "целевата група", uk: "цільовій групі",
                                      ru: "целевой группе"),
        "a need": LocalizedText(en: "a need", bg: "потребност", uk: "потребі", ru: "потребности"),
        "this need": LocalizedText(en: "this need", bg: "тази потребност", uk: "цій потребі", ru: "этой потребности"),
        "service": LocalizedText(en: "the service", bg: "услугата", uk: "послузі", ru: "услуге"),
        "a resource": LocalizedText(en: "a resource", bg: "ресурс", uk: "ресурсі", ru: "ресурсе"),
        "this resource": LocalizedText(en: "this resource", bg: "този ресурс", uk: "цьому ресурсі", ru: "этом ресурсе"),
        "a partner": LocalizedText(en: "a partner", bg: "партньор", uk: "партнері", ru: "партнёре"),
        "this partner": LocalizedText(en: "this partner", bg: "този партньор", uk: "цьому партнері", ru: "этом партнёре"),
        "an information channel": LocalizedText(en: "an information channel", bg: "информационен канал",
                                                uk: "інформаційному каналі", ru: "информационном канале"),
        "this information item": LocalizedText(en: "this information item", bg: "този информационен канал",
                                               uk: "цьому інформаційному каналі", ru: "этом информационном канале"),
        "an activity": LocalizedText(en: "an activity", bg: "дейност", uk: "заході", ru: "мероприятии"),
        "this activity": LocalizedText(en: "this activity", bg: "тази дейност", uk: "цьому заході", ru: "этом мероприятии"),
        "effects": LocalizedText(en: "effects", bg: "ефектите", uk: "ефектах", ru: "эффектах"),
        "a social effect": LocalizedText(en: "a social effect", bg: "социален ефект", uk: "соціальному ефекті",
                                         ru: "социальном эффекте"),
        "an economic effect": LocalizedText(en: "an economic effect", bg: "икономически ефект", uk: "економічному ефекті",
                                            ru: "экономическом эффекте"),
        "this effect": LocalizedText(en: "this effect", bg: "този ефект", uk: "цьому ефекті", ru: "этом эффекте"),
        "a result": LocalizedText(en: "a result", bg: "резултат", uk: "результаті", ru: "результате"),
        "this result": LocalizedText(en: "this result", bg: "този резултат", uk: "цьому результаті", ru: "этом результате"),
    ]

    static let expected: [String: LocalizedText] = [
        "a plain name": LocalizedText(en: "a plain name", bg: "обикновено име", uk: "простим ім'ям", ru: "простым именем"),
        "a whole number above 0": LocalizedText(en: "a whole number above 0", bg: "цяло число над 0",
                                                uk: "цілим числом, більшим за 0", ru: "целым числом больше 0"),
        "a mapping": LocalizedText(en: "a mapping", bg: "речник", uk: "словником", ru: "словарём"),
        "text": LocalizedText(en: "text", bg: "текст", uk: "текстом", ru: "текстом"),
        "a whole number": LocalizedText(en: "a whole number", bg: "цяло число", uk: "цілим числом", ru: "целым числом"),
        "a number": LocalizedText(en: "a number", bg: "число", uk: "числом", ru: "числом"),
        "true or false": LocalizedText(en: "true or false", bg: "true или false", uk: "true або false", ru: "true или false"),
        "an id": LocalizedText(en: "an id", bg: "идентификатор", uk: "ідентифікатором", ru: "идентификатором"),
        "a list of groups": LocalizedText(en: "a list of groups", bg: "списък от групи", uk: "списком груп",
                                          ru: "списком групп"),
        "a mapping with 'social' and 'economic' lists": LocalizedText(
            en: "a mapping with 'social' and 'economic' lists", bg: "речник със списъци 'social' и 'economic'",
            uk: "словником зі списками 'social' і 'economic'", ru: "словарём со списками 'social' и 'economic'"),
        "a list of texts": LocalizedText(en: "a list of texts", bg: "списък от текстове", uk: "списком текстів",
                                         ru: "списком текстов"),
        "a list of ids such as [{single}]": LocalizedText(
            en: "a list of ids such as '[{single}]'", bg: "списък от идентификатори, например '[{single}]'",
            uk: "списком ідентифікаторів, наприклад '[{single}]'", ru: "списком идентификаторов, например '[{single}]'"),
        "a list of ids": LocalizedText(en: "a list of ids", bg: "списък от идентификатори", uk: "списком ідентифікаторів",
                                       ru: "списком идентификаторов"),
        "a list": LocalizedText(en: "a list", bg: "списък", uk: "списком", ru: "списком"),
    ]

    static let found: [String: LocalizedText] = [
        "a mapping": LocalizedText(en: "a mapping", bg: "речник", uk: "словник", ru: "словарь"),
        "a list": LocalizedText(en: "a list", bg: "списък", uk: "список", ru: "список"),
        "nothing (null)": LocalizedText(en: "nothing (null)", bg: "нищо (null)", uk: "нічого (null)", ru: "ничего (null)"),
        "a scalar": LocalizedText(en: "a single value", bg: "единична стойност", uk: "окреме значення",
                                  ru: "одиночное значение"),
    ]

    /// `message` with each phrase argument written into its text in every language; the arguments
    /// left are the ones that are values from the file.
    static func localized(_ message: LocalizedText, _ arguments: [String: String]) -> (LocalizedText, [String: String]) {
        var message = message
        var arguments = arguments
        for (key, table) in [("where", Self.where), ("expected", expected), ("found", found)] {
            guard let value = arguments[key], let phrase = table[value] else { continue }
            message = message.filling(key, with: phrase)
            arguments[key] = nil
        }
        return (message, arguments)
    }
}
