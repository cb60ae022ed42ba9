/// Matches keywords against text in any of the four languages, tolerant of word endings.
///
/// Both sides are folded first: lower case, and the letters that differ between Bulgarian,
/// Ukrainian and Russian spellings of one word are made the same (`і ї ы → и`, `є э ё → е`,
/// `ґ → г`; apostrophes are dropped). A keyword of several words matches the same words in a row.
/// A keyword word matches a text word that starts with its *stem*: the word without up to two
/// trailing vowels, `й` or soft/hard signs, as long as at least three letters are left (a shorter
/// word must match whole). So `пенсионер` matches `пенсионерите` and `пенсіонерів`, `деца` matches
/// `децата`, and `senior` matches `seniors`.
public struct KeywordMatcher: Hashable, Sendable {
    /// The keywords as written.
    public let keywords: [String]
    private let stems: [[String]]

    /// Creates a matcher for `keywords`; empty keywords are ignored.
    public init(_ keywords: [String]) {
        self.keywords = keywords
        stems = keywords.map { Self.words(in: $0).map(Self.stem) }.filter { !$0.isEmpty }
    }

    /// Whether any keyword occurs in `text`.
    public func matches(_ text: String) -> Bool {
        firstMatch(in: text) != nil
    }

    /// The first keyword (as written) that occurs in `text`, if any.
    public func firstMatch(in text: String) -> String? {
        let words = Self.words(in: text)
        guard !words.isEmpty else { return nil }
        for (index, keyword) in stems.enumerated() where Self.contains(words, keyword) {
            return keywords[index]
        }
        return nil
    }

    /// How many different keywords occur in `text`.
    public func count(in text: String) -> Int {
        let words = Self.words(in: text)
        return stems.count { Self.contains(words, $0) }
    }

    private static func contains(_ words: [String], _ keyword: [String]) -> Bool {
        guard words.count >= keyword.count else { return false }
        for start in 0...(words.count - keyword.count) {
            var all = true
            for (offset, stem) in keyword.enumerated() where !words[start + offset].hasPrefix(stem) {
                all = false
                break
            }
            if all { return true }
        }
        return false
    }

    /// The folded words of `text`: runs of letters, digits and `+`.
    static func words(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in fold(text) {
            if character.isLetter || character.isNumber || character == "+" {
                current.append(character)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Lower case with the spelling differences of bg, uk and ru folded together.
    static func fold(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            switch character {
            case "і", "ї", "ы": result.append("и")
            case "є", "э", "ё": result.append("е")
            case "ґ": result.append("г")
            case "'", "’", "ʼ", "`": continue
            default: result.append(character)
            }
        }
        return result
    }

    private static let endings: Set<Character> = [
        "а", "е", "и", "о", "у", "ъ", "ь", "ю", "я", "й", "a", "e", "i", "o", "u", "y",
    ]

    /// A folded word without up to two trailing vowels or signs, keeping at least three letters.
    static func stem(_ word: String) -> String {
        var stem = word
        for _ in 0..<2 {
            guard stem.count > 3, let last = stem.last, endings.contains(last) else { break }
            stem.removeLast()
        }
        return stem
    }
}
