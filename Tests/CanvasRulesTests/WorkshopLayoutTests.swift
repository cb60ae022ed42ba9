import CanvasKit
import Testing
@testable import CanvasRules

/// A workshop laid out into its file and one starter canvas per table.
struct WorkshopLayoutTests {
    static func plan(_ language: Language, theme: String = "Ученици от 1–4 клас") -> WorkshopPlan {
        WorkshopPlan(id: "velingrad-2026", title: "Партньорствата – инструмент", language: language,
                     when: "2026-05-17..2026-05-18", place: "Велинград", organisers: ["РБ „Н. Фурнаджиев“"],
                     participants: 95,
                     tables: [WorkshopPlan.Table(number: 9, theme: "Пенсионери 60+", plugin: "seniors"),
                              WorkshopPlan.Table(number: 2, theme: theme),
                              WorkshopPlan.Table(number: 5, plugin: "unemployed")])
    }

    static func load(_ file: WorkshopLayout.File) -> LoadedFile {
        CanvasLoader.load(Array(file.text.utf8), path: file.name)
    }

    @Test(arguments: Language.allCases)
    func everyTableGetsItsOwnDraftCanvas(language: Language) throws {
        let currency = StarterCurrency.defaults[language]!
        let layout = try WorkshopLayout.lay(Self.plan(language), catalog: .builtIn, currency: currency)
        #expect(layout.canvases.map(\.name) == ["group-02.yaml", "group-05.yaml", "group-09.yaml"])
        #expect(layout.canvases.map(\.canvasID) == ["velingrad-2026-group-2", "velingrad-2026-group-5", "velingrad-2026-group-9"])
        let linter = Linter(rules: RuleRegistry.all())
        for file in layout.canvases {
            let loaded = Self.load(file)
            #expect(loaded.issues.isEmpty, "\(file.name): \(loaded.issues.map { $0.message.render(.en, arguments: $0.arguments) })")
            let canvas = try #require(loaded.canvas)
            #expect(canvas.id == file.canvasID)
            #expect(canvas.workshop == "velingrad-2026")
            #expect(canvas.group == file.group)
            #expect(canvas.language == language)
            #expect(canvas.status == .draft)
            #expect(canvas.authors == [StarterSettings.tableAuthor(file.group!, language)])
            #expect(canvas.effects?.economic?.allSatisfy { $0.currency == currency } == true)
            #expect(!file.text.contains("EUR") || currency == "EUR")
            let errors = linter.lint(loaded).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(file.name): \(errors.map { $0.text() })")
        }
        #expect(try Self.load(layout.canvases[0]).canvas?.plugin == nil)
        #expect(try Self.load(layout.canvases[1]).canvas?.plugin == "unemployed")
        #expect(try Self.load(layout.canvases[2]).canvas?.plugin == "seniors")
    }

    @Test func theAuthorsNameTheTableInTheLanguage() {
        #expect(StarterSettings.tableAuthor(5, .bg) == "Група 5")
        #expect(StarterSettings.tableAuthor(5, .uk) == "Група 5")
        #expect(StarterSettings.tableAuthor(5, .ru) == "Группа 5")
        #expect(StarterSettings.tableAuthor(5, .en) == "Table 5")
    }

    @Test func theWorkshopFileLoadsWithTheTables() throws {
        let layout = try WorkshopLayout.lay(Self.plan(.bg), catalog: .builtIn, currency: "EUR")
        let loaded = Self.load(layout.workshop)
        #expect(loaded.issues.isEmpty)
        let workshop = try #require(loaded.workshop)
        #expect(workshop.id == "velingrad-2026")
        #expect(workshop.title == "Партньорствата – инструмент")
        #expect(workshop.when?.description == "2026-05-17..2026-05-18")
        #expect(workshop.place == "Велинград")
        #expect(workshop.organisers == ["РБ „Н. Фурнаджиев“"])
        #expect(workshop.participants == 95)
        #expect(workshop.groups.map(\.number) == [2, 5, 9])
        #expect(workshop.groups.map(\.plugin) == [nil, "unemployed", "seniors"])
        #expect(workshop.groups.map(\.theme) == ["Ученици от 1–4 клас", nil, "Пенсионери 60+"])
        // Laid out again from its own file, the same canvases come out.
        let again = try WorkshopLayout.lay(WorkshopPlan(workshop), catalog: .builtIn, currency: "EUR")
        #expect(again.canvases == layout.canvases)
    }

    @Test func aThemeIsTheGenericCanvasTitleWhateverItHolds() throws {
        let theme = "Жени: \"жертви\" # на насилие\n{{en: x}} & <b>"
        let layout = try WorkshopLayout.lay(Self.plan(.bg, theme: theme), catalog: .builtIn, currency: "EUR")
        let canvas = try #require(Self.load(layout.canvases[0]).canvas)
        #expect(canvas.title == theme)
        #expect(canvas.targetGroup?.name == theme)
        #expect(try Self.load(layout.workshop).workshop?.groups.first?.theme == theme)
    }

    @Test func theVelingradWorkshopFileLaysOutNineTables() throws {
        let text = try String(contentsOf: EmbeddedPluginsTests.repository.appendingPathComponent("Examples/velingrad-2012/workshop.yaml"),
                              encoding: .utf8)
        let workshop = try #require(CanvasLoader.load(Array(text.utf8), path: "workshop.yaml").workshop)
        let layout = try WorkshopLayout.lay(WorkshopPlan(workshop), catalog: .builtIn, currency: "EUR")
        #expect(layout.canvases.count == 9)
        #expect(Set(layout.canvases.map(\.canvasID)).count == 9)
        #expect(layout.canvases.map { Self.load($0).canvas?.plugin } ==
                [nil, nil, nil, "disabled-children", "unemployed", nil, nil, "farmers", "seniors"])
    }

    @Test(arguments: [
        (WorkshopPlan(id: "Bad Id", title: "t", language: .en, tables: [.init(number: 1)]), WorkshopLayoutError.invalidID("Bad Id")),
        (WorkshopPlan(id: "w", title: " ", language: .en, tables: [.init(number: 1)]), .noTitle),
        (WorkshopPlan(id: "w", title: "t", language: .en, tables: []), .noTables),
        (WorkshopPlan(id: "w", title: "t", language: .en, when: "May 2026", tables: [.init(number: 1)]), .invalidWhen("May 2026")),
        (WorkshopPlan(id: "w", title: "t", language: .en, tables: [.init(number: 0)]), .invalidTableNumber(0)),
        (WorkshopPlan(id: "w", title: "t", language: .en, tables: [.init(number: 2), .init(number: 2)]), .duplicateTable(2)),
        (WorkshopPlan(id: "w", title: "t", language: .en, tables: [.init(number: 3, plugin: "senior")]),
         .unknownPlugin("senior", table: 3, suggestion: "seniors")),
    ])
    func aPlanThatCannotBeLaidOutIsRefused(plan: WorkshopPlan, error: WorkshopLayoutError) {
        #expect(throws: error) { try WorkshopLayout.lay(plan, catalog: .builtIn, currency: "EUR") }
    }

    @Test func anInvalidCurrencyIsRefused() {
        #expect(throws: WorkshopLayoutError.invalidCurrency("EURO")) {
            try WorkshopLayout.lay(Self.plan(.en), catalog: .builtIn, currency: "EURO")
        }
    }

    @Test(arguments: [
        ("5:unemployed:Трайно безработни: дълго", WorkshopPlan.Table(number: 5, theme: "Трайно безработни: дълго", plugin: "unemployed")),
        ("1::Ученици", WorkshopPlan.Table(number: 1, theme: "Ученици")),
        (" 3 ", WorkshopPlan.Table(number: 3)),
        ("4:farmers", WorkshopPlan.Table(number: 4, plugin: "farmers")),
    ])
    func aTableIsReadFromTheCommandLine(text: String, table: WorkshopPlan.Table) {
        #expect(WorkshopPlan.table(text) == table)
    }

    @Test func aTableWithoutANumberIsNotATable() {
        #expect(WorkshopPlan.table("seniors:Пенсионери") == nil)
        #expect(WorkshopPlan.table("") == nil)
    }
}

/// The currency of starter canvases: sdw's defaults per language and `.sdw.yml`'s `currencies:`.
struct StarterCurrencyTests {
    @Test func eachLanguageHasItsCountrysCurrency() {
        let configuration = Configuration(base: "/")
        #expect(configuration.currency(for: .uk) == "UAH")
        #expect(configuration.currency(for: .ru) == "RUB")
        #expect(configuration.currency(for: .bg) == "EUR")
        #expect(configuration.currency(for: .en) == "EUR")
    }

    @Test func theConfigurationChoosesTheCurrencyOfALanguage() throws {
        let configuration = try ConfigurationLoader.parse("currencies: {ru: KZT, bg: BGN}\n", file: ".sdw.yml", base: "/r")
        #expect(configuration.currency(for: .ru) == "KZT")
        #expect(configuration.currency(for: .bg) == "BGN")
        #expect(configuration.currency(for: .uk) == "UAH")
    }

    @Test func aWrongCurrencyOrLanguageInTheConfigurationIsReportedWhereItIs() {
        do {
            _ = try ConfigurationLoader.parse("currencies:\n  ru: tenge\n  kk: KZT\n", file: ".sdw.yml", base: "/r")
            Issue.record("accepted")
        } catch {
            #expect(error.description.contains(".sdw.yml:2:7"), "\(error.description)")
            #expect(error.description.contains("'tenge'"))
            #expect(error.description.contains(".sdw.yml:3:3"))
        }
    }

    @Test func everyCurrencyOfAStarterIsReplaced() {
        let template = StarterTemplate("language: en\nresources:\n  - currency: EUR\neffects:\n      currency: EUR\nnote: currency: x\n")
        let text = template.render(.ru, settings: StarterSettings(currency: "KZT"))
        #expect(text == "language: ru\nresources:\n  - currency: KZT\neffects:\n      currency: KZT\nnote: currency: x\n")
    }
}
