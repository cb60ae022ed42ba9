/// The texts of the loader's schema messages, by situation, in the four languages.
///
/// Placeholders in braces are filled from the arguments.
public enum SchemaMessages {
    static let empty = LocalizedText(
        en: "the file is empty; a canvas is a YAML mapping that starts with 'format: 1'",
        bg: "файлът е празен; диаграмата е YAML речник, който започва с 'format: 1'",
        uk: "файл порожній; діаграма – це YAML-словник, що починається з 'format: 1'",
        ru: "файл пуст; диаграмма – это YAML-словарь, который начинается с 'format: 1'")
    static let notMapping = LocalizedText(
        en: "the document is {found}, not a mapping of keys such as format, id and title",
        bg: "документът е {found}, а не речник с ключове като format, id и title",
        uk: "документ – це {found}, а не словник із ключами на зразок format, id і title",
        ru: "документ – это {found}, а не словарь с ключами вроде format, id и title")
    static let notUTF8 = LocalizedText(
        en: "the file is not UTF-8 text (the first byte that is not is at line {line}, column {column}); save it as UTF-8",
        bg: "файлът не е текст в UTF-8 (първият невалиден байт е на ред {line}, колона {column}); запишете го като UTF-8",
        uk: "файл не є текстом у UTF-8 (перший некоректний байт – у рядку {line}, стовпці {column}); збережіть його як UTF-8",
        ru: "файл не является текстом в UTF-8 (первый некорректный байт – в строке {line}, столбце {column}); сохраните его как UTF-8")
    static let legacyEncoding = LocalizedText(
        en: "the file is not UTF-8 text (the first byte that is not is at line {line}, column {column}); it looks like {encoding}: convert it with {command}",
        bg: "файлът не е текст в UTF-8 (първият невалиден байт е на ред {line}, колона {column}); прилича на {encoding}: преобразувайте го с {command}",
        uk: "файл не є текстом у UTF-8 (перший некоректний байт – у рядку {line}, стовпці {column}); схоже на {encoding}: перетворіть його командою {command}",
        ru: "файл не является текстом в UTF-8 (первый некорректный байт – в строке {line}, столбце {column}); похоже на {encoding}: преобразуйте его командой {command}")
    static let nulByte = LocalizedText(
        en: "the file holds a NUL byte: it looks like binary data, not YAML",
        bg: "файлът съдържа байт NUL: прилича на двоични данни, а не на YAML",
        uk: "файл містить байт NUL: схоже на двійкові дані, а не на YAML",
        ru: "файл содержит байт NUL: похоже на двоичные данные, а не на YAML")
    static let tooLarge = LocalizedText(
        en: "the file is larger than {limit}, the limit for one canvas",
        bg: "файлът е по-голям от {limit} – ограничението за една диаграма",
        uk: "файл більший за {limit} – обмеження для однієї діаграми",
        ru: "файл больше {limit} – ограничения для одной диаграммы")
    static let duplicateKey = LocalizedText(
        en: "the key '{key}' is written twice; the first one is at line {line}",
        bg: "ключът '{key}' е написан два пъти; първият е на ред {line}",
        uk: "ключ '{key}' записано двічі; перший – у рядку {line}",
        ru: "ключ '{key}' записан дважды; первый – в строке {line}")
    /// Shared with plugin and configuration files.
    public static let unknownKeyHint = LocalizedText(
        en: "unknown key '{key}' in {where}; did you mean '{suggestion}'?",
        bg: "непознат ключ '{key}' в {where}; може би '{suggestion}'?",
        uk: "невідомий ключ '{key}' у {where}; можливо, '{suggestion}'?",
        ru: "неизвестный ключ '{key}' в {where}; возможно, '{suggestion}'?")
    static let commaInFlowValue = LocalizedText(
        en: "'{key}' is not a key: the ', ' before it ends the value of '{previous}' inside the braces; put that value in quotes: {previous}: \"…, {key}\"",
        bg: "'{key}' не е ключ: ', ' пред него прекъсва стойността на '{previous}' във фигурните скоби; оградете стойността в кавички: {previous}: \"…, {key}\"",
        uk: "'{key}' не є ключем: ', ' перед ним обриває значення '{previous}' у фігурних дужках; візьміть значення в лапки: {previous}: \"…, {key}\"",
        ru: "'{key}' не является ключом: ', ' перед ним обрывает значение '{previous}' в фигурных скобках; заключите значение в кавычки: {previous}: \"…, {key}\"")
    static let unknownKey = LocalizedText(
        en: "unknown key '{key}' in {where}; allowed keys are {allowed} (or a key starting with 'x-')",
        bg: "непознат ключ '{key}' в {where}; позволени са {allowed} (или ключ, започващ с 'x-')",
        uk: "невідомий ключ '{key}' у {where}; дозволені ключі: {allowed} (або ключ, що починається з 'x-')",
        ru: "неизвестный ключ '{key}' в {where}; допустимые ключи: {allowed} (или ключ, начинающийся с 'x-')")
    static let missingSection = LocalizedText(
        en: "the section '{section}' is missing", bg: "липсва разделът '{section}'",
        uk: "бракує розділу '{section}'", ru: "отсутствует раздел '{section}'")
    static let emptySection = LocalizedText(
        en: "the section '{section}' is empty", bg: "разделът '{section}' е празен",
        uk: "розділ '{section}' порожній", ru: "раздел '{section}' пуст")
    static let missingField = LocalizedText(
        en: "{where} has no '{field}'", bg: "в {where} липсва '{field}'",
        uk: "у {where} немає '{field}'", ru: "в {where} нет '{field}'")
    static let emptyField = LocalizedText(
        en: "'{field}' in {where} is empty", bg: "'{field}' в {where} е празно",
        uk: "'{field}' у {where} порожнє", ru: "'{field}' в {where} пусто")
    static let wrongType = LocalizedText(
        en: "'{field}' should be {expected}, not {found}", bg: "'{field}' трябва да бъде {expected}, а не {found}",
        uk: "'{field}' має бути {expected}, а не {found}", ru: "'{field}' должно быть {expected}, а не {found}")
    static let wrongItemType = LocalizedText(
        en: "an item of '{field}' should be {expected}, not {found}",
        bg: "елемент на '{field}' трябва да бъде {expected}, а не {found}",
        uk: "елемент '{field}' має бути {expected}, а не {found}",
        ru: "элемент '{field}' должен быть {expected}, а не {found}")
    static let amountHint = LocalizedText(
        en: "'{field}' should be a number, not '{value}': write '{field}: {number}'",
        bg: "'{field}' трябва да бъде число, а не '{value}': напишете '{field}: {number}'",
        uk: "'{field}' має бути числом, а не '{value}': напишіть '{field}: {number}'",
        ru: "'{field}' должно быть числом, а не '{value}': напишите '{field}: {number}'")
    static let amountCurrencyHint = LocalizedText(
        en: "'{field}' should be a number, not '{value}': write '{field}: {number}' and 'currency: {currency}'",
        bg: "'{field}' трябва да бъде число, а не '{value}': напишете '{field}: {number}' и 'currency: {currency}'",
        uk: "'{field}' має бути числом, а не '{value}': напишіть '{field}: {number}' і 'currency: {currency}'",
        ru: "'{field}' должно быть числом, а не '{value}': напишите '{field}: {number}' и 'currency: {currency}'")
    static let invalidWhenHint = LocalizedText(
        en: "'{value}' is not a period: dates are written year first, '{suggestion}'",
        bg: "'{value}' не е период: датите се пишат с годината отпред, '{suggestion}'",
        uk: "'{value}' не є періодом: дати пишуть, починаючи з року, '{suggestion}'",
        ru: "'{value}' не является периодом: даты пишутся, начиная с года, '{suggestion}'")
    static let invalidValueHint = LocalizedText(
        en: "'{value}' is not a valid {field}; did you mean '{suggestion}'? Allowed: {allowed}",
        bg: "'{value}' не е валидна стойност за {field}; може би '{suggestion}'? Позволени: {allowed}",
        uk: "'{value}' не є допустимим значенням для {field}; можливо, '{suggestion}'? Дозволено: {allowed}",
        ru: "'{value}' не является допустимым значением для {field}; возможно, '{suggestion}'? Допустимо: {allowed}")
    static let invalidValue = LocalizedText(
        en: "'{value}' is not a valid {field}; allowed: {allowed}",
        bg: "'{value}' не е валидна стойност за {field}; позволени: {allowed}",
        uk: "'{value}' не є допустимим значенням для {field}; дозволено: {allowed}",
        ru: "'{value}' не является допустимым значением для {field}; допустимо: {allowed}")
    static let invalidID = LocalizedText(
        en: "'{value}' is not a valid id: use lower-case Latin letters, digits and hyphens, starting with a letter or digit",
        bg: "'{value}' не е валиден идентификатор: използвайте малки латински букви, цифри и тирета, като започвате с буква или цифра",
        uk: "'{value}' не є коректним ідентифікатором: використовуйте малі латинські літери, цифри й дефіси, починаючи з літери чи цифри",
        ru: "'{value}' не является корректным идентификатором: используйте строчные латинские буквы, цифры и дефисы, начиная с буквы или цифры")
    static let idTooLong = LocalizedText(
        en: "the id '{value}' is {length} characters long; an id has at most {limit}",
        bg: "идентификаторът '{value}' е дълъг {length} знака; един идентификатор има най-много {limit}",
        uk: "ідентифікатор '{value}' має довжину {length} символів; ідентифікатор має щонайбільше {limit}",
        ru: "идентификатор '{value}' длиной {length} символов; идентификатор может иметь не более {limit}")
    static let invalidCurrencyHint = LocalizedText(
        en: "'{value}' is not an ISO 4217 currency code; did you mean '{suggestion}'?",
        bg: "'{value}' не е код на валута по ISO 4217; може би '{suggestion}'?",
        uk: "'{value}' не є кодом валюти за ISO 4217; можливо, '{suggestion}'?",
        ru: "'{value}' не является кодом валюты по ISO 4217; возможно, '{suggestion}'?")
    static let invalidCurrency = LocalizedText(
        en: "'{value}' is not an ISO 4217 currency code (such as BGN, UAH, KZT, RUB, EUR, USD)",
        bg: "'{value}' не е код на валута по ISO 4217 (например BGN, UAH, KZT, RUB, EUR, USD)",
        uk: "'{value}' не є кодом валюти за ISO 4217 (наприклад, BGN, UAH, KZT, RUB, EUR, USD)",
        ru: "'{value}' не является кодом валюты по ISO 4217 (например, BGN, UAH, KZT, RUB, EUR, USD)")
    static let negativeAmount = LocalizedText(
        en: "'{field}' is negative ({value}); amounts are 0 or more",
        bg: "'{field}' е отрицателно ({value}); сумите са 0 или повече",
        uk: "'{field}' від'ємне ({value}); суми становлять 0 або більше",
        ru: "'{field}' отрицательно ({value}); суммы равны 0 или больше")
    static let invalidWhen = LocalizedText(
        en: "'{value}' is not a period: write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or a range A..B of those",
        bg: "'{value}' не е период: напишете YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn или интервал A..B от тях",
        uk: "'{value}' не є періодом: напишіть YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn або проміжок A..B з них",
        ru: "'{value}' не является периодом: напишите YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn или диапазон A..B из них")
    static let reversedRange = LocalizedText(
        en: "the range {value} ends before it starts", bg: "интервалът {value} завършва, преди да е започнал",
        uk: "проміжок {value} закінчується раніше, ніж починається", ru: "диапазон {value} заканчивается раньше, чем начинается")
    static let unsupportedFormat = LocalizedText(
        en: "format {value} is not supported; this version of sdw reads format 1",
        bg: "формат {value} не се поддържа; тази версия на sdw чете формат 1",
        uk: "формат {value} не підтримується; ця версія sdw читає формат 1",
        ru: "формат {value} не поддерживается; эта версия sdw читает формат 1")
}
