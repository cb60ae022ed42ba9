import CanvasKit

/// The interface's texts in one language (bg, uk, ru, en); English where a text has no translation.
public struct UIStrings: Sendable {
    /// The language.
    public let language: Language

    /// The texts of `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// The text for `key`; the key itself when unknown (a test checks that every key used exists).
    public subscript(_ key: String) -> String {
        guard let texts = Self.table[key] else { return key }
        return texts[language] ?? texts[.en] ?? key
    }

    /// Every text of this language, by key (for the page's script).
    public var all: [String: String] {
        Self.table.mapValues { $0[language] ?? $0[.en] ?? "" }
    }

    /// The language's own name, for the language menu.
    public static func name(of language: Language) -> String {
        switch language {
        case .bg: "Български"
        case .uk: "Українська"
        case .ru: "Русский"
        case .en: "English"
        }
    }

    /// The texts, by key and language.
    static let table: [String: [Language: String]] = UIStrings.errors.merging(UIStrings.pages) { first, _ in first }

    private static let errors: [String: [Language: String]] = [
        "error.unauthorized": [
            .en: "Access token missing or wrong. Open the link that `sdw serve` printed.",
            .bg: "Липсва или е грешен ключът за достъп. Отворете връзката, която `sdw serve` отпечата.",
            .uk: "Ключ доступу відсутній або хибний. Відкрийте посилання, яке надрукував `sdw serve`.",
            .ru: "Ключ доступа отсутствует или неверен. Откройте ссылку, которую напечатал `sdw serve`.",
        ],
        "error.forbidden": [
            .en: "Refused: the request did not come from this workbench's own page. Reload the page and try again.",
            .bg: "Отказано: заявката не идва от страница на тази работна среда. Презаредете страницата и опитайте отново.",
            .uk: "Відмовлено: запит надійшов не зі сторінки цього робочого середовища. Оновіть сторінку й спробуйте ще раз.",
            .ru: "Отказано: запрос пришёл не со страницы этой рабочей среды. Обновите страницу и попробуйте снова.",
        ],
        "error.notFound": [
            .en: "Not found", .bg: "Не е намерено", .uk: "Не знайдено", .ru: "Не найдено",
        ],
        "error.tooLarge": [
            .en: "The text is too large (at most {n} KiB).",
            .bg: "Текстът е твърде голям (най-много {n} KiB).",
            .uk: "Текст завеликий (щонайбільше {n} KiB).",
            .ru: "Текст слишком велик (не более {n} KiB).",
        ],
        "error.mediaType": [
            .en: "Send the canvas as application/yaml or application/json.",
            .bg: "Изпратете диаграмата като application/yaml или application/json.",
            .uk: "Надішліть діаграму як application/yaml або application/json.",
            .ru: "Отправьте диаграмму как application/yaml или application/json.",
        ],
        "error.badRequest": [
            .en: "Bad request", .bg: "Грешна заявка", .uk: "Хибний запит", .ru: "Неверный запрос",
        ],
        "error.ifMatch": [
            .en: "This canvas exists: say which revision you changed (If-Match) to replace it.",
            .bg: "Тази диаграма съществува: посочете коя ревизия сте променили (If-Match), за да я замените.",
            .uk: "Ця діаграма існує: вкажіть, яку ревізію ви змінили (If-Match), щоб її замінити.",
            .ru: "Эта диаграмма существует: укажите, какую ревизию вы изменили (If-Match), чтобы заменить её.",
        ],
        "error.method": [
            .en: "This method is not allowed here.", .bg: "Този метод не е позволен тук.",
            .uk: "Цей метод тут не дозволений.", .ru: "Этот метод здесь не разрешён.",
        ],
        "error.internal": [
            .en: "Something went wrong on the server; nothing was changed.",
            .bg: "Нещо се обърка на сървъра; нищо не е променено.",
            .uk: "Щось пішло не так на сервері; нічого не змінено.",
            .ru: "Что-то пошло не так на сервере; ничего не изменено.",
        ],
        "error.stale": [
            .en: "Someone else saved this canvas meanwhile, and your change overlaps theirs.",
            .bg: "Някой друг запази диаграмата междувременно и вашата промяна се застъпва с неговата.",
            .uk: "Хтось інший тим часом зберіг діаграму, і ваша зміна перетинається з його.",
            .ru: "Кто-то другой тем временем сохранил диаграмму, и ваше изменение пересекается с его.",
        ],
        "error.notCanvas": [
            .en: "The text is not a canvas; nothing was stored.",
            .bg: "Текстът не е диаграма; нищо не е запазено.",
            .uk: "Текст не є діаграмою; нічого не збережено.",
            .ru: "Текст не является диаграммой; ничего не сохранено.",
        ],
        "error.badID": [
            .en: "A canvas id is lower-case letters, digits and dashes, starting with a letter or digit.",
            .bg: "Идентификаторът се състои от малки букви, цифри и тирета и започва с буква или цифра.",
            .uk: "Ідентифікатор складається з малих літер, цифр і дефісів і починається з літери чи цифри.",
            .ru: "Идентификатор состоит из строчных букв, цифр и дефисов и начинается с буквы или цифры.",
        ],
    ]
}
