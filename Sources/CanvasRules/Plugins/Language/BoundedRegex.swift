/// A regular expression that answers "does it occur in this text?" in time proportional to the
/// text's length times the expression's size, whatever the expression: plugin rules' `pattern`.
///
/// Backtracking engines (NSRegularExpression, ICU, Swift's `Regex`) take exponential time on
/// expressions such as `(a+)+$`, `(a|aa)+$` or `(.*a){12}$`, so a plugin could hang `sdw lint`.
/// This one compiles the expression into a Thompson automaton and runs every alternative at once
/// (Pike's VM without captures): each character of the text costs at most one step per
/// instruction, and an expression compiles to at most ``maxInstructions`` instructions.
///
/// The syntax is the common core of ICU's: literals, `.`, `[…]` sets with ranges and `^`,
/// `\d \D \w \W \s \S`, `\b \B`, `^ $ \A \z \Z`, groups `( )`, `(?: )`, `(?<name> )`,
/// alternation `|`, quantifiers `* + ? {n} {n,} {n,m}` (also lazy, `*?`), escapes `\t \n \r \f
/// \e \uhhhh \x{h…} \xhh` and escaped punctuation. Matching ignores case. What it does not
/// support (back-references, look-around, possessive quantifiers, `\p{…}`, nested sets) is
/// refused when the plugin loads, never guessed at.
public struct BoundedRegex: Sendable {
    /// The most instructions an expression may compile to (a counted repeat copies its body).
    public static let maxInstructions = 1_000

    /// Why an expression was refused.
    public enum Problem: Error, Equatable, Sendable {
        /// Not a valid expression: what is wrong, and the 1-based character where.
        case syntax(String, position: Int)
        /// A construct this engine does not support.
        case unsupported(String)
        /// It compiles to more than ``BoundedRegex/maxInstructions`` instructions.
        case tooLarge(Int)
    }

    let program: [Instruction]
    let sets: [ScalarSet]

    /// Compiles `pattern`.
    public init(_ pattern: String) throws(Problem) {
        var parser = RegexParser(Array(pattern.unicodeScalars))
        let tree = try parser.parseAll()
        var compiler = RegexCompiler()
        try compiler.emit(tree)
        compiler.program.append(.match)
        program = compiler.program
        sets = compiler.sets
    }
}

/// One instruction of the automaton.
enum Instruction: Sendable {
    /// One scalar in any case: the scalar and its other cases.
    case scalar([Unicode.Scalar])
    /// Any scalar but a line break (`.`).
    case any
    /// A scalar of the set at this index.
    case set(Int)
    /// Go on at both targets.
    case split(Int, Int)
    /// Go on at the target.
    case jump(Int)
    /// A zero-width assertion.
    case assert(Assertion)
    /// The expression occurs.
    case match
}

/// Zero-width assertions.
enum Assertion: Sendable {
    case textStart, textEnd, textEndOrFinalBreak, wordBoundary, notWordBoundary
}

/// The parsed expression.
indirect enum RegexNode {
    case empty
    case scalar(Unicode.Scalar)
    case any
    case set(ScalarSet)
    case assert(Assertion)
    case concat([RegexNode])
    case alternation([RegexNode])
    case repeated(RegexNode, min: Int, max: Int?)
}

/// A character class: `[a-z\d]`, `\w`, and their negations.
struct ScalarSet: Sendable {
    enum Class: Sendable { case digit, word, space }
    var ranges: [ClosedRange<UInt32>] = []
    var classes: [(Class, negated: Bool)] = []
    var negated = false

    /// Whether `scalar` is in the set, ignoring case.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let found = containsExactly(scalar) || CaseFolding.variants(of: scalar).contains(where: containsExactly)
        return found != negated
    }

    private func containsExactly(_ scalar: Unicode.Scalar) -> Bool {
        ranges.contains { $0.contains(scalar.value) } || classes.contains { Self.isMember(scalar, of: $0.0) != $0.negated }
    }

    static func isMember(_ scalar: Unicode.Scalar, of kind: Class) -> Bool {
        switch kind {
        case .digit: scalar.properties.generalCategory == .decimalNumber
        case .space: scalar.properties.isWhitespace
        case .word: isWordScalar(scalar)
        }
    }

    /// ICU's `\w`: letters, marks, decimal digits, connector punctuation and joiners.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.isJoinControl { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }
}

/// Comparing scalars without case: a scalar and its one-scalar lower- and uppercase forms.
enum CaseFolding {
    static func variants(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for mapping in [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping] {
            let scalars = mapping.unicodeScalars
            if scalars.count == 1, let only = scalars.first, only != scalar { result.append(only) }
        }
        return result
    }

    /// `scalar` and every scalar one or two case mappings away from it (`σ`, `Σ`; `k`, `K`, `K`).
    static func caseless(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        var result = [scalar]
        for variant in variants(of: scalar) + variants(of: scalar).flatMap(variants) where !result.contains(variant) {
            result.append(variant)
        }
        return result
    }
}

/// Turns the tree into instructions, copying the body of counted repeats.
struct RegexCompiler {
    var program: [Instruction] = []
    var sets: [ScalarSet] = []

    private mutating func append(_ instruction: Instruction) throws(BoundedRegex.Problem) -> Int {
        // One more for the final `match`.
        guard program.count + 1 < BoundedRegex.maxInstructions else {
            throw .tooLarge(BoundedRegex.maxInstructions)
        }
        program.append(instruction)
        return program.count - 1
    }

    mutating func emit(_ node: RegexNode) throws(BoundedRegex.Problem) {
        switch node {
        case .empty:
            break
        case .scalar(let scalar):
            _ = try append(.scalar(CaseFolding.caseless(scalar)))
        case .any:
            _ = try append(.any)
        case .set(let set):
            sets.append(set)
            _ = try append(.set(sets.count - 1))
        case .assert(let assertion):
            _ = try append(.assert(assertion))
        case .concat(let nodes):
            for node in nodes { try emit(node) }
        case .alternation(let branches):
            // split L1, next; L1: a; jump end; next: split L2, … ; last branch.
            var jumps: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index == branches.count - 1 {
                    try emit(branch)
                } else {
                    let split = try append(.split(0, 0))
                    try emit(branch)
                    jumps.append(try append(.jump(0)))
                    program[split] = .split(split + 1, program.count)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repeated(let body, let min, let max):
            for _ in 0..<min { try emit(body) }
            if let max {
                // Each optional copy: split body, end.
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(try append(.split(0, 0)))
                    try emit(body)
                }
                for split in splits { program[split] = .split(split + 1, program.count) }
            } else {
                // loop: split body, end; body; jump loop.
                let loop = try append(.split(0, 0))
                try emit(body)
                _ = try append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
            }
        }
    }
}
