/// The texts of the loader's schema messages, by situation.
///
/// Placeholders in braces are filled from the arguments.
public enum SchemaMessages {
    static let syntax = LocalizedText(en: "{detail}")
    static let empty = LocalizedText(en: "the file is empty; a canvas is a YAML mapping that starts with 'format: 1'")
    static let notMapping = LocalizedText(en: "the document is {found}, not a mapping of keys such as format, id and title")
    static let notUTF8 = LocalizedText(en: "the file is not UTF-8 text (byte {offset} is not valid UTF-8); save it as UTF-8")
    static let nulByte = LocalizedText(en: "the file holds a NUL byte: it looks like binary data, not YAML")
    static let tooLarge = LocalizedText(en: "the file is {size} bytes, over the limit of {limit} bytes for one canvas")
    static let duplicateKey = LocalizedText(en: "the key '{key}' is written twice; the first one is at line {line}")
    static let unknownKeyHint = LocalizedText(en: "unknown key '{key}' in {where}; did you mean '{suggestion}'?")
    static let unknownKey = LocalizedText(en: "unknown key '{key}' in {where}; allowed keys are {allowed} (or a key starting with 'x-')")
    static let missingSection = LocalizedText(en: "the section '{section}' is missing")
    static let emptySection = LocalizedText(en: "the section '{section}' is empty")
    static let missingField = LocalizedText(en: "{where} has no '{field}'")
    static let emptyField = LocalizedText(en: "'{field}' in {where} is empty")
    static let wrongType = LocalizedText(en: "'{field}' should be {expected}, not {found}")
    static let invalidValueHint = LocalizedText(en: "'{value}' is not a valid {field}; did you mean '{suggestion}'? Allowed: {allowed}")
    static let invalidValue = LocalizedText(en: "'{value}' is not a valid {field}; allowed: {allowed}")
    static let invalidID = LocalizedText(en: "'{value}' is not a valid id: use lower-case Latin letters, digits and hyphens, starting with a letter or digit")
    static let invalidCurrencyHint = LocalizedText(en: "'{value}' is not an ISO 4217 currency code; did you mean '{suggestion}'?")
    static let invalidCurrency = LocalizedText(en: "'{value}' is not an ISO 4217 currency code (such as BGN, UAH, KZT, RUB, EUR, USD)")
    static let negativeAmount = LocalizedText(en: "'{field}' is negative ({value}); amounts are 0 or more")
    static let invalidWhen = LocalizedText(en: "'{value}' is not a period: write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or a range A..B of those")
    static let reversedRange = LocalizedText(en: "the range {value} ends before it starts")
    static let unsupportedFormat = LocalizedText(en: "format {value} is not supported; this version of sdw reads format 1")
}
