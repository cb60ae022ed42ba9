/// The folded words of a text (see ``KeywordMatcher``), kept in one buffer of scalar values.
///
/// Folding makes two arrays per text rather than one per word, and a text folded once is
/// matched against every keyword list that looks at it (``CanvasParts`` keeps them per item).
public struct FoldedText: Sendable {
    /// The folded scalar values of every word, one word after another.
    private var scalars: [UInt32] = []
    /// Where each word ends in `scalars`; word `i` is `scalars[ends[i - 1]..<ends[i]]` (from 0 for the first).
    private var ends: [Int] = []

    /// Folds `text`: its words are the runs of letters, digits and `+`.
    public init(_ text: String) {
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let folded = KeywordMatcher.fold(scalar) else { continue }
            if folded == 0x2B || KeywordMatcher.isWordScalar(folded) {
                scalars.append(folded)
            } else if scalars.count > (ends.last ?? 0) {
                ends.append(scalars.count)
            }
        }
        if scalars.count > (ends.last ?? 0) { ends.append(scalars.count) }
    }

    /// The number of words.
    var wordCount: Int { ends.count }

    /// The words, one array of scalar values each.
    var words: [KeywordMatcher.Word] {
        ends.indices.map { Array(scalars[start(of: $0)..<ends[$0]]) }
    }

    /// Whether the stems of `keyword` (one per word) start words of the text in a row.
    func contains(_ keyword: [KeywordMatcher.Word]) -> Bool {
        guard wordCount >= keyword.count else { return false }
        for first in 0...(wordCount - keyword.count) {
            var all = true
            for (offset, stem) in keyword.enumerated() where !word(first + offset, startsWith: stem) {
                all = false
                break
            }
            if all { return true }
        }
        return false
    }

    private func start(of word: Int) -> Int { word == 0 ? 0 : ends[word - 1] }

    private func word(_ index: Int, startsWith stem: KeywordMatcher.Word) -> Bool {
        let start = start(of: index)
        guard ends[index] - start >= stem.count else { return false }
        for (offset, value) in stem.enumerated() where scalars[start + offset] != value { return false }
        return true
    }
}
