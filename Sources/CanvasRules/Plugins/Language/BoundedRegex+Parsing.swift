/// Reads the syntax of ``BoundedRegex`` into a ``RegexNode`` tree.
struct RegexParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    /// Open groups, to bound the parser's own recursion.
    private var depth = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    typealias Problem = BoundedRegex.Problem

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func syntax(_ what: String) -> Problem { .syntax(what, position: index + 1) }

    mutating func parseAll() throws(Problem) -> RegexNode {
        guard !scalars.isEmpty else { throw syntax("the expression is empty") }
        guard scalars.count <= BoundedRegex.maxInstructions else { throw .tooLarge(BoundedRegex.maxInstructions) }
        let node = try alternation()
        if current == ")" { throw syntax("')' closes no group") }
        return node
    }

    private mutating func alternation() throws(Problem) -> RegexNode {
        var branches = [try sequence()]
        while current == "|" {
            index += 1
            branches.append(try sequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func sequence() throws(Problem) -> RegexNode {
        var items: [RegexNode] = []
        while let next = current, next != "|", next != ")" {
            let atom = try self.atom()
            items.append(try quantified(atom))
        }
        return items.isEmpty ? .empty : items.count == 1 ? items[0] : .concat(items)
    }

    private mutating func quantified(_ atom: RegexNode) throws(Problem) -> RegexNode {
        var node = atom
        while let next = current {
            let bounds: (Int, Int?)
            switch next {
            case "*": bounds = (0, nil); index += 1
            case "+": bounds = (1, nil); index += 1
            case "?": bounds = (0, 1); index += 1
            case "{": bounds = try interval()
            default: return node
            }
            if case .assert = node { throw syntax("an anchor cannot be repeated") }
            if current == "?" {
                index += 1  // lazy: the same answer to "does it occur"
            } else if current == "+" {
                throw .unsupported("possessive quantifiers (*+, ++, ?+)")
            }
            node = .repeated(node, min: bounds.0, max: bounds.1)
        }
        return node
    }

    /// `{n}`, `{n,}` or `{n,m}`.
    private mutating func interval() throws(Problem) -> (Int, Int?) {
        index += 1
        guard let low = number() else { throw syntax("'{' must start a repeat count such as {2} or {1,3}") }
        var high: Int? = low
        if current == "," {
            index += 1
            high = number()
        }
        guard current == "}" else { throw syntax("a repeat count must end with '}'") }
        index += 1
        if let high, high < low { throw syntax("the repeat count {\(low),\(high)} is backwards") }
        guard low <= BoundedRegex.maxInstructions, (high ?? 0) <= BoundedRegex.maxInstructions else {
            throw .tooLarge(BoundedRegex.maxInstructions)
        }
        return (low, high)
    }

    private mutating func number() -> Int? {
        var value = 0, digits = 0
        while let next = current, (0x30...0x39).contains(next.value) {
            value = min(value * 10 + Int(next.value - 0x30), Int(Int32.max))
            digits += 1
            index += 1
        }
        return digits > 0 ? value : nil
    }

    private mutating func atom() throws(Problem) -> RegexNode {
        guard let next = current else { throw syntax("the expression ends too early") }
        index += 1
        switch next {
        case "(": return try group()
        case "[": return .set(try set())
        case ".": return .any
        case "^": return .assert(.textStart)
        case "$": return .assert(.textEndOrFinalBreak)
        case "\\": return try escape(inSet: false)
        case "*", "+", "?": throw .syntax("'\(next)' repeats nothing", position: index)
        case "{": throw .syntax("'{' repeats nothing; write \\{ for the character", position: index)
        default: return .scalar(next)
        }
    }

    private mutating func group() throws(Problem) -> RegexNode {
        if current == "?" {
            index += 1
            switch current {
            case ":": index += 1
            case "<" where index + 1 < scalars.count && scalars[index + 1] != "=" && scalars[index + 1] != "!":
                // A named group: its name is of no use here.
                while let next = current, next != ">" { index += 1 }
                guard current == ">" else { throw syntax("a group name must end with '>'") }
                index += 1
            case "=", "!", "<": throw .unsupported("look-ahead and look-behind ((?=…), (?!…), (?<=…), (?<!…))")
            default: throw .unsupported("group options and other (?…) groups")
            }
        }
        depth += 1
        guard depth <= 100 else { throw .tooLarge(BoundedRegex.maxInstructions) }
        let inner = try alternation()
        depth -= 1
        guard current == ")" else { throw syntax("a '(' is not closed") }
        index += 1
        return inner
    }

    /// After `[`: the set up to its `]`.
    private mutating func set() throws(Problem) -> ScalarSet {
        var set = ScalarSet()
        if current == "^" {
            set.negated = true
            index += 1
        }
        var first = true
        while true {
            guard let next = current else { throw syntax("a '[' is not closed") }
            if next == "]" && !first { index += 1; return set }
            if next == "]" { throw syntax("an empty set []") }
            first = false
            index += 1
            if next == "[" { throw .unsupported("sets inside sets ([[:alpha:]], [a-z&&[^x]])") }
            var low: Unicode.Scalar
            if next == "\\" {
                switch try escape(inSet: true) {
                case .scalar(let scalar): low = scalar
                case .set(let inner):
                    set.classes.append(contentsOf: inner.classes)
                    continue
                default: throw syntax("this escape cannot stand in a set")
                }
            } else {
                low = next
            }
            if current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                index += 1
                guard var high = current else { throw syntax("a '[' is not closed") }
                index += 1
                if high == "\\" {
                    guard case .scalar(let scalar) = try escape(inSet: true) else {
                        throw syntax("a range must end with one character")
                    }
                    high = scalar
                }
                guard low.value <= high.value else { throw syntax("the range \(low)-\(high) is backwards") }
                set.ranges.append(low.value...high.value)
            } else {
                set.ranges.append(low.value...low.value)
            }
        }
    }

    /// After `\`.
    private mutating func escape(inSet: Bool) throws(Problem) -> RegexNode {
        guard let next = current else { throw syntax("'\\' ends the expression") }
        index += 1
        func classSet(_ kind: ScalarSet.Class, negated: Bool) -> RegexNode {
            var set = ScalarSet()
            set.classes = [(kind, negated)]
            return .set(set)
        }
        switch next {
        case "d": return classSet(.digit, negated: false)
        case "D": return classSet(.digit, negated: true)
        case "w": return classSet(.word, negated: false)
        case "W": return classSet(.word, negated: true)
        case "s": return classSet(.space, negated: false)
        case "S": return classSet(.space, negated: true)
        case "b" where !inSet: return .assert(.wordBoundary)
        case "B" where !inSet: return .assert(.notWordBoundary)
        case "A" where !inSet: return .assert(.textStart)
        case "z" where !inSet: return .assert(.textEnd)
        case "Z" where !inSet: return .assert(.textEndOrFinalBreak)
        case "t": return .scalar("\t")
        case "n": return .scalar("\n")
        case "r": return .scalar("\r")
        case "f": return .scalar("\u{0C}")
        case "e": return .scalar("\u{1B}")
        case "a": return .scalar("\u{07}")
        case "u": return .scalar(try hex(count: 4))
        case "x":
            if current == "{" {
                index += 1
                let scalar = try hex(count: nil)
                guard current == "}" else { throw syntax("\\x{…} must end with '}'") }
                index += 1
                return .scalar(scalar)
            }
            return .scalar(try hex(count: 2))
        default:
            if next.properties.isAlphabetic || next.properties.numericType != nil {
                throw .unsupported("the escape \\\(next) (back-references, \\p{…}, \\Q…\\E and others)")
            }
            return .scalar(next)
        }
    }

    private mutating func hex(count: Int?) throws(Problem) -> Unicode.Scalar {
        var value: UInt32 = 0, digits = 0
        while count.map({ digits < $0 }) ?? true, let next = current, let digit = next.hexDigitValue {
            value = value &* 16 &+ UInt32(digit)
            digits += 1
            index += 1
            if digits > 8 { break }
        }
        guard digits > 0, count.map({ digits == $0 }) ?? true, let scalar = Unicode.Scalar(value) else {
            throw syntax("a hexadecimal character code is malformed")
        }
        return scalar
    }
}

private extension Unicode.Scalar {
    var hexDigitValue: Int? {
        switch value {
        case 0x30...0x39: Int(value - 0x30)
        case 0x41...0x46: Int(value - 0x41 + 10)
        case 0x61...0x66: Int(value - 0x61 + 10)
        default: nil
        }
    }
}
