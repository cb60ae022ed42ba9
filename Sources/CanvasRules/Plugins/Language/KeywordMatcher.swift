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
    /// A folded word, as Unicode scalar values (comparing these is much cheaper than comparing
    /// `String`s, which compare by grapheme cluster).
    typealias Word = [UInt32]

    /// The keywords as written.
    public let keywords: [String]
    private let stems: [[Word]]

    /// Creates a matcher for `keywords`; empty keywords are ignored.
    public init(_ keywords: [String]) {
        self.keywords = keywords
        stems = keywords.map { Self.foldedWords(in: $0).map(Self.stem) }.filter { !$0.isEmpty }
    }

    /// Whether any keyword occurs in `text`.
    public func matches(_ text: String) -> Bool {
        matches(FoldedText(text))
    }

    /// Whether any keyword occurs in the folded text.
    public func matches(_ text: FoldedText) -> Bool {
        stems.contains { text.contains($0) }
    }

    /// The first keyword (as written) that occurs in `text`, if any.
    public func firstMatch(in text: String) -> String? {
        let folded = FoldedText(text)
        return stems.firstIndex { folded.contains($0) }.map { keywords[$0] }
    }

    /// How many different keywords occur in `text`.
    public func count(in text: String) -> Int {
        count(in: FoldedText(text))
    }

    /// How many different keywords occur in the folded text.
    public func count(in text: FoldedText) -> Int {
        stems.count { text.contains($0) }
    }

    /// The folded words of `text`: runs of letters, digits and `+`.
    static func words(in text: String) -> [String] {
        foldedWords(in: text).map { word in
            var result = String.UnicodeScalarView()
            for value in word { if let scalar = Unicode.Scalar(value) { result.append(scalar) } }
            return String(result)
        }
    }

    /// The folded words of `text` as scalar values.
    static func foldedWords(in text: String) -> [Word] {
        FoldedText(text).words
    }

    /// Lower case with the spelling differences of bg, uk and ru folded together:
    /// `і ї ы → и`, `є э ё → е`, `ґ → г`; apostrophes are dropped (`nil`).
    static func fold(_ scalar: Unicode.Scalar) -> UInt32? {
        var value = scalar.value
        switch value {
        case 0x41...0x5A: value += 0x20                    // A–Z
        case 0x410...0x42F: value += 0x20                  // А–Я
        case 0x400...0x40F: value += 0x50                  // Ѐ–Џ
        case 0x490: value = 0x491                          // Ґ
        case 0x27, 0x2019, 0x2BC, 0x60: return nil         // ' ’ ʼ `
        case 0...0x7F, 0x430...0x45F, 0x491: break
        default:
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let first = lower.first { value = first.value }
        }
        switch value {
        case 0x456, 0x457, 0x44B: return 0x438             // і ї ы → и
        case 0x454, 0x44D, 0x451: return 0x435             // є э ё → е
        case 0x491: return 0x433                           // ґ → г
        default: return value
        }
    }

    /// Whether a folded scalar is a letter or a digit.
    static func isWordScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x61...0x7A, 0x430...0x45F: return true
        case 0...0x7F: return false
        default: return Unicode.Scalar(value).map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
        }
    }

    /// `а е и о у ъ ь ю я й` and `a e i o u y`.
    private static let endings: Set<UInt32> = Set("аеиоуъьюяйaeiouy".unicodeScalars.map(\.value))

    /// ``stem(_:)-swift.type.method`` of one folded word written as a `String`.
    static func stem(_ word: String) -> String {
        var result = String.UnicodeScalarView()
        for value in stem(word.unicodeScalars.map(\.value)) {
            if let scalar = Unicode.Scalar(value) { result.append(scalar) }
        }
        return String(result)
    }

    /// A folded word without up to two trailing vowels or signs, keeping at least three letters.
    static func stem(_ word: Word) -> Word {
        var stem = word
        for _ in 0..<2 {
            guard stem.count > 3, let last = stem.last, endings.contains(last) else { break }
            stem.removeLast()
        }
        return stem
    }
}
