import CanvasKit
import Foundation

/// The fixed words of a report (headings, column names) in the four languages.
///
/// Bulgarian uses the smart diagram's own words from the Velingrad report (Целева група, Потребности,
/// Идентифициране на услугата, План/ресурси, …). Templates read them as `{{labels.KEY}}`.
public struct ReportLabels: Sendable {
    /// The language of the words.
    public let language: Language
    /// Every label by key, in ``language``.
    public let values: [String: String]

    /// The labels in `language`.
    public init(language: Language) {
        self.language = language
        var values: [String: String] = [:]
        for (key, text) in Self.table { values[key] = text.text(in: language) }
        self.values = values
    }

    /// The label `key`; the key itself when it is unknown, so a typo shows instead of vanishing.
    public subscript(_ key: String) -> String { values[key] ?? key }

    /// The label `key` with each `{name}` replaced by its argument.
    public func fill(_ key: String, _ arguments: [String: String]) -> String {
        arguments.reduce(self[key]) { text, argument in
            text.replacingOccurrences(of: "{\(argument.key)}", with: argument.value)
        }
    }

    static let table: [String: LocalizedText] = [
        "targetGroup": .init(en: "Target group", bg: "Целева група", uk: "Цільова група", ru: "Целевая группа"),
        "needs": .init(en: "Needs", bg: "Потребности", uk: "Потреби", ru: "Потребности"),
        "service": .init(en: "The service", bg: "Идентифициране на услугата", uk: "Визначення послуги", ru: "Определение услуги"),
        "resources": .init(en: "Plan/resources", bg: "План/ресурси", uk: "План/ресурси", ru: "План/ресурсы"),
        "partners": .init(en: "Partners", bg: "Партньори", uk: "Партнери", ru: "Партнёры"),
        "information": .init(en: "Information", bg: "Информация", uk: "Інформація", ru: "Информация"),
        "activities": .init(en: "Activities", bg: "Дейности", uk: "Заходи", ru: "Мероприятия"),
        "socialEffect": .init(en: "Social effect", bg: "Социален ефект", uk: "Соціальний ефект", ru: "Социальный эффект"),
        "economicEffect": .init(en: "Economic effect", bg: "Икономически ефект", uk: "Економічний ефект", ru: "Экономический эффект"),
        "results": .init(en: "Results", bg: "Резултати", uk: "Результати", ru: "Результаты"),
        "diagram": .init(en: "Smart diagram", bg: "Умна диаграма", uk: "Розумна діаграма", ru: "Умная диаграмма"),
        "proposal": .init(en: "Proposal", bg: "Предложение", uk: "Пропозиція", ru: "Предложение"),
        "goal": .init(en: "Goal", bg: "Цел", uk: "Мета", ru: "Цель"),
        "description": .init(en: "Description", bg: "Описание", uk: "Опис", ru: "Описание"),
        "people": .init(en: "people", bg: "души", uk: "осіб", ru: "чел."),
        "place": .init(en: "Place", bg: "Място", uk: "Місце", ru: "Место"),
        "library": .init(en: "Library", bg: "Библиотека", uk: "Бібліотека", ru: "Библиотека"),
        "authors": .init(en: "Authors", bg: "Автори", uk: "Автори", ru: "Авторы"),
        "status": .init(en: "Status", bg: "Статус", uk: "Статус", ru: "Статус"),
        "plugin": .init(en: "Target-group plugin", bg: "Модул за целевата група", uk: "Модуль цільової групи", ru: "Модуль целевой группы"),
        "file": .init(en: "File", bg: "Файл", uk: "Файл", ru: "Файл"),
        "stored": .init(en: "Canvas store", bg: "Хранилище", uk: "Сховище", ru: "Хранилище"),
        "storedRevision": .init(en: "{id}, revision {number}", bg: "{id}, версия {number}",
                                uk: "{id}, версія {number}", ru: "{id}, версия {number}"),
        "group": .init(en: "Group", bg: "Група", uk: "Група", ru: "Группа"),
        "budget": .init(en: "Budget", bg: "Бюджет", uk: "Бюджет", ru: "Бюджет"),
        "resource": .init(en: "Resource", bg: "Ресурс", uk: "Ресурс", ru: "Ресурс"),
        "kind": .init(en: "Kind", bg: "Вид", uk: "Вид", ru: "Вид"),
        "cost": .init(en: "Cost", bg: "Стойност", uk: "Вартість", ru: "Стоимость"),
        "availability": .init(en: "Available", bg: "Наличен", uk: "Наявний", ru: "Имеется"),
        "available": .init(en: "yes", bg: "да", uk: "так", ru: "да"),
        "missing": .init(en: "missing", bg: "липсва", uk: "бракує", ru: "отсутствует"),
        "total": .init(en: "Total", bg: "Общо", uk: "Разом", ru: "Итого"),
        "ofWhichMissing": .init(en: "of which missing", bg: "от тях липсващи", uk: "з них бракує", ru: "из них отсутствует"),
        "currency": .init(en: "Currency", bg: "Валута", uk: "Валюта", ru: "Валюта"),
        "noCosts": .init(en: "No resource has a cost.", bg: "Няма ресурси със стойност.", uk: "Жоден ресурс не має вартості.", ru: "Ни у одного ресурса нет стоимости."),
        "partner": .init(en: "Partner", bg: "Партньор", uk: "Партнер", ru: "Партнёр"),
        "type": .init(en: "Type", bg: "Тип", uk: "Тип", ru: "Тип"),
        "role": .init(en: "Role", bg: "Роля", uk: "Роль", ru: "Роль"),
        "benefit": .init(en: "Benefit", bg: "Полза", uk: "Користь", ru: "Выгода"),
        "channel": .init(en: "Channel", bg: "Канал", uk: "Канал", ru: "Канал"),
        "audience": .init(en: "Audience", bg: "Аудитория", uk: "Аудиторія", ru: "Аудитория"),
        "plan": .init(en: "Plan of activities", bg: "План на дейностите", uk: "План заходів", ru: "План мероприятий"),
        "number": .init(en: "No.", bg: "№", uk: "№", ru: "№"),
        "activity": .init(en: "Activity", bg: "Дейност", uk: "Захід", ru: "Мероприятие"),
        "when": .init(en: "When", bg: "Срок", uk: "Термін проведення", ru: "Срок"),
        "responsible": .init(en: "Responsible", bg: "Отговорник", uk: "Відповідальні", ru: "Ответственные"),
        "resourcesUsed": .init(en: "Resources", bg: "Ресурси", uk: "Ресурси", ru: "Ресурсы"),
        "needsAnswered": .init(en: "Needs it answers", bg: "Потребности, на които отговаря", uk: "Потреби, на які відповідає", ru: "Потребности, на которые отвечает"),
        "timeline": .init(en: "Timeline", bg: "График по месеци", uk: "Графік за місяцями", ru: "График по месяцам"),
        "timelineTruncated": .init(en: "Only the first {n} months are shown.", bg: "Показани са само първите {n} месеца.", uk: "Показано лише перші {n} місяців.", ru: "Показаны только первые {n} месяцев."),
        "effects": .init(en: "Effects", bg: "Ефект", uk: "Ефект", ru: "Эффект"),
        "effect": .init(en: "Effect", bg: "Ефект", uk: "Ефект", ru: "Эффект"),
        "indicator": .init(en: "Indicator", bg: "Показател", uk: "Показник", ru: "Показатель"),
        "target": .init(en: "Target", bg: "Цел", uk: "Цільове значення", ru: "Целевое значение"),
        "value": .init(en: "Value", bg: "Стойност", uk: "Вартість", ru: "Стоимость"),
        "evidence": .init(en: "Evidence", bg: "Основание", uk: "Підстава", ru: "Основание"),
        "ratio": .init(en: "Socio-economic ratio", bg: "Социално-икономическа стойност", uk: "Соціально-економічна цінність", ru: "Социально-экономическая ценность"),
        "ratioExplained": .init(en: "Economic effect divided by the cost of the resources, per currency.", bg: "Икономическият ефект, разделен на стойността на ресурсите, по валути.", uk: "Економічний ефект, поділений на вартість ресурсів, за валютами.", ru: "Экономический эффект, делённый на стоимость ресурсов, по валютам."),
        "ratioColumn": .init(en: "Effect ÷ cost", bg: "Ефект ÷ стойност", uk: "Ефект ÷ вартість", ru: "Эффект ÷ стоимость"),
        "findings": .init(en: "Checker's findings", bg: "Резултати от проверката", uk: "Результати перевірки", ru: "Результаты проверки"),
        "noFindings": .init(en: "The checker found nothing to report.", bg: "Проверката не откри проблеми.", uk: "Перевірка не виявила проблем.", ru: "Проверка не выявила проблем."),
        "severity": .init(en: "Severity", bg: "Тежест", uk: "Серйозність", ru: "Серьёзность"),
        "line": .init(en: "Line", bg: "Ред", uk: "Рядок", ru: "Строка"),
        "message": .init(en: "Message", bg: "Съобщение", uk: "Повідомлення", ru: "Сообщение"),
        "rule": .init(en: "Rule", bg: "Правило", uk: "Правило", ru: "Правило"),
        "error": .init(en: "errors", bg: "грешки", uk: "помилки", ru: "ошибки"),
        "warning": .init(en: "warnings", bg: "предупреждения", uk: "попередження", ru: "предупреждения"),
        "info": .init(en: "notes", bg: "бележки", uk: "примітки", ru: "замечания"),
        "more": .init(en: "… +{n} more", bg: "… още {n}", uk: "… ще {n}", ru: "… ещё {n}"),
        "none": .init(en: "—", bg: "—", uk: "—", ru: "—"),
        "contents": .init(en: "Contents", bg: "Съдържание", uk: "Зміст", ru: "Содержание"),
        "date": .init(en: "Date", bg: "Дата", uk: "Дата", ru: "Дата"),
        "groups": .init(en: "Groups", bg: "Групи", uk: "Групи", ru: "Группы"),
        "organisers": .init(en: "Organisers", bg: "Организатори", uk: "Організатори", ru: "Организаторы"),
        "facilitators": .init(en: "Facilitators", bg: "Водещи", uk: "Модератори", ru: "Модераторы"),
        "participants": .init(en: "Participants", bg: "Участници", uk: "Учасники", ru: "Участники"),
        "noCanvas": .init(en: "no canvas", bg: "няма диаграма", uk: "немає діаграми", ru: "нет диаграммы"),
        "summary": .init(en: "Summary", bg: "Обобщение", uk: "Підсумок", ru: "Сводка"),
        "canvases": .init(en: "Canvases", bg: "Диаграми", uk: "Діаграми", ru: "Диаграммы"),
        "canvasesReport": .init(en: "Smart diagrams", bg: "Умни диаграми", uk: "Розумні діаграми", ru: "Умные диаграммы"),
        "portfolio": .init(en: "Portfolio of services", bg: "Портфолио на услугите", uk: "Портфель послуг", ru: "Портфель услуг"),
        "perTargetGroup": .init(en: "Canvases per target group and status", bg: "Диаграми по целева група и статус", uk: "Діаграми за цільовою групою та статусом", ru: "Диаграммы по целевой группе и статусу"),
        "noPlugin": .init(en: "(no plugin)", bg: "(без модул)", uk: "(без модуля)", ru: "(без модуля)"),
        "partnerTypes": .init(en: "Partner types", bg: "Видове партньори", uk: "Типи партнерів", ru: "Типы партнёров"),
        "recurringPartners": .init(en: "Partners in more than one canvas", bg: "Партньори в повече от една диаграма", uk: "Партнери у кількох діаграмах", ru: "Партнёры в нескольких диаграммах"),
        "noRecurringPartners": .init(en: "No partner appears in more than one canvas.", bg: "Нито един партньор не се среща в повече от една диаграма.", uk: "Жоден партнер не трапляється більш ніж в одній діаграмі.", ru: "Ни один партнёр не встречается более чем в одной диаграмме."),
        "budgets": .init(en: "Budgets per currency", bg: "Бюджети по валути", uk: "Бюджети за валютами", ru: "Бюджеты по валютам"),
        "frequentFindings": .init(en: "Most frequent findings", bg: "Най-чести забележки", uk: "Найчастіші зауваження", ru: "Самые частые замечания"),
        "count": .init(en: "Count", bg: "Брой", uk: "Кількість", ru: "Количество"),
        "generatedBy": .init(en: "Made with sdw, the Smart Diagram Workbench.", bg: "Създадено със sdw (Smart Diagram Workbench).", uk: "Створено за допомогою sdw (Smart Diagram Workbench).", ru: "Создано с помощью sdw (Smart Diagram Workbench)."),
    ]
}
