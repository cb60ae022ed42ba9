extension BoundedRegex {
    /// Whether the expression occurs anywhere in `text`, ignoring case.
    ///
    /// Every alternative advances together, one character at a time: the work is at most the
    /// number of instructions per character of `text`, and no input makes it backtrack.
    public func occurs(in text: String) -> Bool { search(text).found }

    /// Whether the expression occurs in `text`, and how many threads the search started: at
    /// most the number of instructions for each position in the text, and one position more.
    func search(_ text: String) -> (found: Bool, steps: Int) {
        let scalars = Array(text.unicodeScalars)
        var steps = 0
        var current = ThreadList(capacity: program.count), next = ThreadList(capacity: program.count)
        var stack: [Int] = []
        for position in 0...scalars.count {
            // A new attempt starts at every position (the search is not anchored).
            if add(0, at: position, in: scalars, to: &current, stack: &stack, steps: &steps) { return (true, steps) }
            guard position < scalars.count else { break }
            let scalar = scalars[position]
            next.clear()
            for pc in current.members where step(program[pc], scalar) {
                if add(pc + 1, at: position + 1, in: scalars, to: &next, stack: &stack, steps: &steps) { return (true, steps) }
            }
            swap(&current, &next)
        }
        return (false, steps)
    }

    /// Whether the consuming instruction accepts `scalar`.
    private func step(_ instruction: Instruction, _ scalar: Unicode.Scalar) -> Bool {
        switch instruction {
        case .scalar(let cases): cases.contains(scalar)
        case .any: !Self.isLineBreak(scalar)
        case .set(let index): sets[index].contains(scalar)
        default: false
        }
    }

    /// Adds `start` and every instruction reachable from it without consuming a character;
    /// `true` when `match` is reachable.
    private func add(_ start: Int, at position: Int, in scalars: [Unicode.Scalar], to list: inout ThreadList,
                     stack: inout [Int], steps: inout Int) -> Bool {
        stack.removeAll(keepingCapacity: true)
        stack.append(start)
        while let pc = stack.popLast() {
            guard list.insert(pc) else { continue }
            steps += 1
            switch program[pc] {
            case .match: return true
            case .jump(let target): stack.append(target)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .assert(let assertion):
                if Self.holds(assertion, at: position, in: scalars) { stack.append(pc + 1) }
            case .scalar, .any, .set:
                break
            }
        }
        return false
    }

    private static func holds(_ assertion: Assertion, at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        switch assertion {
        case .textStart:
            return position == 0
        case .textEnd:
            return position == scalars.count
        case .textEndOrFinalBreak:
            return position == scalars.count || (position == scalars.count - 1 && isLineBreak(scalars[position]))
        case .wordBoundary, .notWordBoundary:
            let before = position > 0 && ScalarSet.isWordScalar(scalars[position - 1])
            let after = position < scalars.count && ScalarSet.isWordScalar(scalars[position])
            return (before != after) == (assertion == .wordBoundary)
        }
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}

/// A set of instruction indices in insertion order, cleared in constant time (a sparse set).
private struct ThreadList {
    private var dense: [Int]
    private var sparse: [Int]
    private(set) var count = 0

    init(capacity: Int) {
        dense = Array(repeating: 0, count: capacity)
        sparse = Array(repeating: 0, count: capacity)
    }

    var members: ArraySlice<Int> { dense[0..<count] }

    /// Adds `pc`; `false` when it is there already.
    mutating func insert(_ pc: Int) -> Bool {
        let slot = sparse[pc]
        if slot < count && dense[slot] == pc { return false }
        sparse[pc] = count
        dense[count] = pc
        count += 1
        return true
    }

    mutating func clear() { count = 0 }
}
