import CanvasKit

/// The texts of problems found in plugin and configuration files.
public enum PluginMessages {
    static let syntax = LocalizedText(
        en: "this YAML cannot be read: {detail}", bg: "този YAML не може да бъде прочетен: {detail}",
        uk: "цей YAML неможливо прочитати: {detail}", ru: "этот YAML невозможно прочитать: {detail}")
    static let unreadable = LocalizedText(
        en: "the file cannot be read: {detail}", bg: "файлът не може да бъде прочетен: {detail}",
        uk: "файл неможливо прочитати: {detail}", ru: "файл невозможно прочитать: {detail}")
    static let wrongType = LocalizedText(
        en: "'{key}' should be {expected}", bg: "'{key}' трябва да бъде {expected}",
        uk: "'{key}' має бути {expected}", ru: "'{key}' должно быть {expected}")
    static let missingKey = LocalizedText(
        en: "{where} has no '{key}'", bg: "в {where} липсва '{key}'",
        uk: "у {where} немає '{key}'", ru: "в {where} нет '{key}'")
    static let unknownKeyHint = SchemaMessages.unknownKeyHint
    static let unknownKey = LocalizedText(
        en: "unknown key '{key}' in {where}; allowed keys are {allowed}",
        bg: "непознат ключ '{key}' в {where}; позволени са {allowed}",
        uk: "невідомий ключ '{key}' у {where}; дозволені ключі: {allowed}",
        ru: "неизвестный ключ '{key}' в {where}; допустимые ключи: {allowed}")
    static let invalidValueHint = LocalizedText(
        en: "'{value}' is not a valid {what}; did you mean '{suggestion}'?",
        bg: "'{value}' не е валиден {what}; може би '{suggestion}'?",
        uk: "'{value}' не є допустимим значенням для {what}; можливо, '{suggestion}'?",
        ru: "'{value}' не является допустимым значением для {what}; возможно, '{suggestion}'?")
    static let invalidValue = LocalizedText(
        en: "'{value}' is not a valid {what}; allowed: {allowed}",
        bg: "'{value}' не е валиден {what}; позволени: {allowed}",
        uk: "'{value}' не є допустимим значенням для {what}; дозволено: {allowed}",
        ru: "'{value}' не является допустимым значением для {what}; допустимо: {allowed}")
    static let missingLanguage = LocalizedText(
        en: "'{key}' has no '{language}' text; give it in en, bg, uk and ru",
        bg: "'{key}' няма текст на '{language}'; дайте го на en, bg, uk и ru",
        uk: "'{key}' не має тексту мовою '{language}'; наведіть його мовами en, bg, uk і ru",
        ru: "'{key}' не имеет текста на языке '{language}'; укажите его на en, bg, uk и ru")
    static let patternSyntax = LocalizedText(
        en: "'{pattern}' is not a valid regular expression: {detail} (character {position})",
        bg: "'{pattern}' не е валиден регулярен израз: {detail} (знак {position})",
        uk: "'{pattern}' не є правильним регулярним виразом: {detail} (символ {position})",
        ru: "'{pattern}' не является правильным регулярным выражением: {detail} (символ {position})")
    static let patternUnsupported = LocalizedText(
        en: "'{pattern}' uses {construct}, which plugin patterns do not support (they must match in bounded time)",
        bg: "'{pattern}' използва {construct}, което шаблоните на приставките не поддържат (трябва да се проверяват за ограничено време)",
        uk: "'{pattern}' використовує {construct}, чого шаблони плагінів не підтримують (вони мають перевірятися за обмежений час)",
        ru: "'{pattern}' использует {construct}, что шаблоны плагинов не поддерживают (они должны проверяться за ограниченное время)")
    static let patternTooLarge = LocalizedText(
        en: "'{pattern}' is too large: a plugin pattern may have at most {limit} steps once counted repeats such as {100} are written out",
        bg: "'{pattern}' е твърде голям: шаблон на приставка може да има най-много {limit} стъпки, след като повторения като {100} се разпишат",
        uk: "'{pattern}' завеликий: шаблон плагіна може мати щонайбільше {limit} кроків, коли повторення на зразок {100} розписано",
        ru: "'{pattern}' слишком велик: шаблон плагина может иметь не более {limit} шагов, когда повторения вида {100} расписаны")
    static let emptyKeyword = LocalizedText(
        en: "a keyword is empty; write at least one letter", bg: "една от ключовите думи е празна; напишете поне една буква",
        uk: "одне з ключових слів порожнє; напишіть хоча б одну літеру",
        ru: "одно из ключевых слов пустое; напишите хотя бы одну букву")
    static let badMonth = LocalizedText(
        en: "'{value}' is not a month: write 1 to 12, or a range such as 5..9",
        bg: "'{value}' не е месец: напишете от 1 до 12 или интервал като 5..9",
        uk: "'{value}' не є місяцем: напишіть від 1 до 12 або проміжок на зразок 5..9",
        ru: "'{value}' не является месяцем: напишите от 1 до 12 или диапазон вроде 5..9")
    static let oneFunction = LocalizedText(
        en: "a check is a mapping with exactly one function, such as 'matches' or 'some'; this one has {count}",
        bg: "проверката е речник с точно една функция, например 'matches' или 'some'; тази има {count}",
        uk: "перевірка – це словник рівно з однією функцією, наприклад 'matches' чи 'some'; ця має {count}",
        ru: "проверка – это словарь ровно с одной функцией, например 'matches' или 'some'; в этой их {count}")
    static let wrongNamespace = LocalizedText(
        en: "the rule id '{id}' belongs to another plugin; write '{expected}'",
        bg: "идентификаторът '{id}' принадлежи на друга приставка; напишете '{expected}'",
        uk: "ідентифікатор '{id}' належить іншому плагіну; напишіть '{expected}'",
        ru: "идентификатор '{id}' принадлежит другому плагину; напишите '{expected}'")
    static let duplicateRule = LocalizedText(
        en: "the rule id '{id}' is used twice; the first is at line {line}",
        bg: "идентификаторът '{id}' е използван два пъти; първият е на ред {line}",
        uk: "ідентифікатор '{id}' використано двічі; перший – у рядку {line}",
        ru: "идентификатор '{id}' использован дважды; первый – в строке {line}")
    static let missingFile = LocalizedText(
        en: "the file '{name}' does not exist", bg: "файлът '{name}' не съществува",
        uk: "файл '{name}' не існує", ru: "файл '{name}' не существует")
    static let unreadableFile = LocalizedText(
        en: "the file '{name}' cannot be read: {reason}", bg: "файлът '{name}' не може да бъде прочетен: {reason}",
        uk: "файл '{name}' не вдається прочитати: {reason}", ru: "файл '{name}' не удаётся прочитать: {reason}")
    static let fileOutsideFolder = LocalizedText(
        en: "'{name}' is not a file of the plugin folder: a rules or starter file is a .yaml file directly inside it, named without a folder (e.g. rules.yaml)",
        bg: "'{name}' не е файл от папката на приставката: файлът с правила или примерната диаграма е .yaml файл направо в нея, посочен без папка (напр. rules.yaml)",
        uk: "'{name}' не є файлом теки плагіна: файл правил або зразкова діаграма – це .yaml файл безпосередньо в ній, названий без теки (напр. rules.yaml)",
        ru: "'{name}' не является файлом папки плагина: файл правил или образец диаграммы – это .yaml файл прямо в ней, указанный без папки (напр. rules.yaml)")
    static let fieldOutsideItem = LocalizedText(
        en: "'{field}' is a field of an item; on the canvas as a whole name a part, e.g. 'partners.{field}'",
        bg: "'{field}' е поле на елемент; за цялата диаграма посочете част, напр. 'partners.{field}'",
        uk: "'{field}' – поле елемента; для всієї діаграми вкажіть частину, напр. 'partners.{field}'",
        ru: "'{field}' – поле элемента; для всей диаграммы укажите часть, напр. 'partners.{field}'")
    static let needsItem = LocalizedText(
        en: "'{function}' checks {parts}; use it where those are checked ('each', or 'where' of some, none, every, count)",
        bg: "'{function}' проверява {parts}; използвайте го там, където се проверяват те ('each' или 'where' на some, none, every, count)",
        uk: "'{function}' перевіряє {parts}; використовуйте її там, де перевіряються вони ('each' або 'where' у some, none, every, count)",
        ru: "'{function}' проверяет {parts}; используйте её там, где проверяются они ('each' или 'where' в some, none, every, count)")
}
