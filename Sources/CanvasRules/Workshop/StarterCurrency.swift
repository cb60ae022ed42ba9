import CanvasKit

/// The currency a starter canvas's amounts are written in, by the canvas's language.
///
/// Bulgarian canvases use the euro (Bulgaria's currency since 2026), Ukrainian ones the hryvnia,
/// Russian ones the rouble, English ones the euro. A library network elsewhere (Russian-language
/// canvases in Kazakhstan, tenge) sets its own in `.sdw.yml`:
///
/// ```yaml
/// currencies: {ru: KZT}
/// ```
public enum StarterCurrency {
    /// sdw's default code for each language.
    public static let defaults: [Language: String] = [.bg: "EUR", .uk: "UAH", .ru: "RUB", .en: "EUR"]
}

extension Configuration {
    /// The currency of starter canvases in `language`: the configuration's, else sdw's default.
    public func currency(for language: Language) -> String {
        currencies[language]?.value ?? StarterCurrency.defaults[language] ?? "EUR"
    }
}
