import Foundation

/// Turns a ``YAMLError`` from the parser into a message in the four languages, with the likely fix
/// for the mistakes people make most: a `: ` or `, ` inside an unquoted value, a wrong indentation,
/// a tab, an unclosed bracket, several documents in one file.
enum YAMLErrorText {
    static let colonInValue = LocalizedText(
        en: "a ': ' inside an unquoted value (line {line}); put the whole value in quotes, e.g. \"…: …\"",
        bg: "': ' в стойност без кавички (ред {line}); оградете цялата стойност в кавички, например \"…: …\"",
        uk: "': ' у значенні без лапок (рядок {line}); візьміть усе значення в лапки, наприклад \"…: …\"",
        ru: "': ' в значении без кавычек (строка {line}); заключите всё значение в кавычки, например \"…: …\"")
    static let indentation = LocalizedText(
        en: "wrong indentation: this line should start at column {column}, like line {above}",
        bg: "грешен отстъп: този ред трябва да започва в колона {column}, както ред {above}",
        uk: "неправильний відступ: цей рядок має починатися в стовпці {column}, як рядок {above}",
        ru: "неправильный отступ: эта строка должна начинаться в столбце {column}, как строка {above}")
    static let tab = LocalizedText(
        en: "a tab character: YAML indents with spaces only; replace the tab with spaces",
        bg: "знак за табулация: YAML се подравнява само с интервали; заменете табулацията с интервали",
        uk: "символ табуляції: YAML вирівнюють лише пробілами; замініть табуляцію пробілами",
        ru: "символ табуляции: в YAML отступы делаются только пробелами; замените табуляцию пробелами")
    static let unclosed = LocalizedText(
        en: "an unclosed bracket (opened at line {line}): close it with '{close}', or put a value holding ', ' in quotes",
        bg: "незатворена скоба (отворена на ред {line}): затворете я с '{close}' или оградете в кавички стойност, съдържаща ', '",
        uk: "незакрита дужка (відкрита в рядку {line}): закрийте її '{close}' або візьміть у лапки значення з ', '",
        ru: "незакрытая скобка (открыта в строке {line}): закройте её '{close}' или заключите в кавычки значение с ', '")
    static let severalDocuments = LocalizedText(
        en: "the file holds more than one YAML document ('---'); put each canvas in its own file",
        bg: "файлът съдържа повече от един YAML документ ('---'); запишете всяка диаграма в отделен файл",
        uk: "файл містить більше ніж один YAML-документ ('---'); збережіть кожну діаграму в окремому файлі",
        ru: "файл содержит больше одного YAML-документа ('---'); сохраните каждую диаграмму в отдельном файле")
    static let unclosedQuote = LocalizedText(
        en: "a quote opened at line {line} is never closed; close it or remove it",
        bg: "кавичка, отворена на ред {line}, не е затворена; затворете я или я премахнете",
        uk: "лапку, відкриту в рядку {line}, не закрито; закрийте або приберіть її",
        ru: "кавычка, открытая в строке {line}, не закрыта; закройте или уберите её")
    static let other = LocalizedText(
        en: "the YAML cannot be read; the parser says: '{detail}'",
        bg: "YAML не може да бъде прочетен; анализаторът съобщава: '{detail}'",
        uk: "YAML не вдається прочитати; аналізатор повідомляє: '{detail}'",
        ru: "YAML не удаётся прочитать; анализатор сообщает: '{detail}'")

    /// The nearest line above `line` (1-based) that holds more than a comment, and the column its text starts at.
    static func lineAbove(_ line: Int, in lines: [Substring]) -> (line: Int, column: Int)? {
        var index = min(line - 1, lines.count) - 1
        while index >= 0 {
            let text = lines[index]
            let indent = text.prefix { $0 == " " }.count
            let rest = text.dropFirst(indent)
            if !rest.isEmpty, !rest.hasPrefix("#") { return (index + 1, indent + 1) }
            index -= 1
        }
        return nil
    }

    /// The message and arguments for `error` in `text`.
    static func describe(_ error: YAMLError, in text: String) -> (LocalizedText, [String: String]) {
        let detail = error.message.hasPrefix(YAMLError.syntaxPrefix)
            ? String(error.message.dropFirst(YAMLError.syntaxPrefix.count)) : error.message
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = error.location.flatMap { $0.line - 1 < lines.count ? lines[$0.line - 1] : nil }
        let context = error.contextLocation
        if line?.contains("\t") == true || detail.contains("tab") {
            return (tab, [:])
        }
        if detail.contains("more than one YAML document") { return (severalDocuments, [:]) }
        if detail.hasPrefix("mapping values are not allowed") {
            return (colonInValue, ["line": String(error.location?.line ?? 0)])
        }
        if detail.hasPrefix("did not find expected ',' or ']'") || detail.hasPrefix("did not find expected ',' or '}'") {
            return (unclosed, ["line": String(context?.line ?? error.location?.line ?? 0),
                               "close": detail.contains("']'") ? "]" : "}"])
        }
        if detail.hasPrefix("found unexpected end of stream") && detail.contains("quoted scalar") {
            return (unclosedQuote, ["line": String(context?.line ?? error.location?.line ?? 0)])
        }
        if detail.hasPrefix("did not find expected key") || detail.hasPrefix("did not find expected '-' indicator"),
           let location = error.location, let above = lineAbove(location.line, in: lines) {
            return (indentation, ["column": String(above.column), "above": String(above.line)])
        }
        return (other, ["detail": detail])
    }
}
