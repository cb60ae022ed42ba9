import CYaml

/// Builds a ``YAMLNode`` tree from libyaml's event stream.
///
/// Unlike a recursive composer it keeps its own stack, so nesting depth is bounded by
/// ``YAMLLimits/maxDepth`` rather than by the thread's stack; aliases are expanded with a
/// node budget (``YAMLLimits/maxNodes``), so alias bombs end with an error instead of
/// exhausting memory.
public enum YAMLComposer {
    /// Composes the single document of `bytes` (UTF-8).
    ///
    /// - Returns: the root node, or `nil` when the stream holds no document at all.
    /// - Throws: ``YAMLError`` for syntax errors, a second document, an unsupported tag,
    ///   or input beyond the limits.
    public static func compose(_ bytes: [UInt8], limits: YAMLLimits = .standard) throws(YAMLError) -> YAMLNode? {
        try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in try compose(buffer, limits: limits) }
    }

    /// Composes the single document of `bytes` (UTF-8), read in place.
    public static func compose(_ bytes: UnsafeBufferPointer<UInt8>, limits: YAMLLimits = .standard) throws(YAMLError)
        -> YAMLNode? {
        _ = configureLibYAML
        var composer = EventComposer(limits: limits, bytes: bytes)
        return try composer.run(bytes).get()
    }

    /// libyaml's own nesting guard. It is above ours, so ours speaks first for block nesting;
    /// for `[[[…` libyaml's scanner runs ahead of the events and its guard can fire first, and
    /// its error then reads like ours (see `parserError`).
    static let libyamlMaxNesting = 1000

    private static let configureLibYAML: Void = {
        yaml_set_max_nest_level(Int32(libyamlMaxNesting))
    }()
}

/// The collection being built while its events arrive.
private struct Frame {
    var isMapping: Bool
    var items: [YAMLNode] = []
    var pairs: [YAMLNode.Pair] = []
    var pendingKey: YAMLNode?
    var tag: YAMLTag?
    var anchor: String?
    var location: SourceLocation
    /// Whether it is written in flow style (`[ ]` or `{ }`).
    var isFlow = false
    /// libyaml's mark where it starts: 0-based column, byte index.
    var mark = yaml_mark_t()
    var size = 1
}

private struct EventComposer {
    let limits: YAMLLimits
    /// libyaml's parser state, on the heap so that it is never copied with the composer.
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    var stack: [Frame] = []
    var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    var totalNodes = 0
    var root: YAMLNode?
    var documents = 0
    var flowDepth = 0
    var checks: YAMLSpecChecks

    init(limits: YAMLLimits, bytes: UnsafeBufferPointer<UInt8>) {
        self.limits = limits
        self.checks = YAMLSpecChecks(bytes: bytes)
    }

    /// The 0-based column of the innermost block collection, or -1 at the top level.
    private var blockIndent: Int {
        stack.last(where: { !$0.isFlow }).map { Int($0.mark.column) } ?? -1
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, YAMLError> {
        parser.initialize(to: yaml_parser_t())
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            return .failure(YAMLError("the YAML parser could not start (out of memory)"))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
        do {
            try checks.checkDirectives()
            try loop()
            return .success(root)
        } catch {
            return .failure(error)
        }
    }

    private mutating func loop() throws(YAMLError) {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else { throw parserError() }
            defer { yaml_event_delete(&event) }
            let location = Self.location(event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw YAMLError(
                        "the file holds more than one YAML document; put each canvas in its own file",
                        at: location)
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = Self.string(scalar.value, Int(scalar.length))
                let tag = try checkedTag(scalar.tag, at: location)
                let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                try checkScalar(text, style: scalar.style, from: event.start_mark, to: event.end_mark)
                try add(YAMLNode(.scalar(text, plain: plain), tag: tag, location: location),
                        size: 1, anchor: Self.optionalString(scalar.anchor), at: location, counting: 1)
            case YAML_ALIAS_EVENT:
                let name = Self.optionalString(event.data.alias.anchor) ?? ""
                guard let anchored = anchors[name] else {
                    throw YAMLError("the alias *\(name) names no anchor defined before it", at: location)
                }
                var node = anchored.node
                node.location = location
                try add(node, size: anchored.size, anchor: nil, at: location, counting: anchored.size)
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                try push(Frame(isMapping: false, tag: try checkedTag(start.tag, at: location),
                               anchor: Self.optionalString(start.anchor), location: location,
                               isFlow: start.style == YAML_FLOW_SEQUENCE_STYLE, mark: event.start_mark))
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                try push(Frame(isMapping: true, tag: try checkedTag(start.tag, at: location),
                               anchor: Self.optionalString(start.anchor), location: location,
                               isFlow: start.style == YAML_FLOW_MAPPING_STYLE, mark: event.start_mark))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                if frame.isFlow { try checkFlowEnd(frame, at: event.end_mark) }
                let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
                // The collection itself was counted when it was pushed.
                try add(YAMLNode(content, tag: frame.tag, location: frame.location),
                        size: frame.size, anchor: frame.anchor, at: location, counting: 0)
            default:
                break
            }
        }
    }

    private mutating func push(_ frame: Frame) throws(YAMLError) {
        if stack.count >= limits.maxDepth {
            throw YAMLError("the document nests deeper than \(limits.maxDepth) levels", at: frame.location)
        }
        try count(1, at: frame.location)
        if frame.isFlow { flowDepth += 1 }
        var frame = frame
        // Most mappings and lists of a canvas hold a few to a dozen nodes; starting with room for
        // eight saves the three or four regrowths (malloc, copy, free) of growing from empty.
        if frame.isMapping { frame.pairs.reserveCapacity(8) } else { frame.items.reserveCapacity(8) }
        stack.append(frame)
    }

    /// The checks of ``YAMLSpecChecks`` that apply to a scalar.
    private func checkScalar(_ text: String, style: yaml_scalar_style_t, from start: yaml_mark_t, to end: yaml_mark_t)
        throws(YAMLError) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE:
            try checks.checkNoCommentGlued(at: end)
            if flowDepth == 0 {
                try checks.checkContinuationLines(from: start, to: end, blockIndent: blockIndent, what: "a quoted text")
            }
        case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE:
            try checks.checkBlockScalar(at: start, blockIndent: blockIndent)
        default:
            if flowDepth > 0 { try checks.checkFlowPlainScalar(text, at: start) }
        }
        if flowDepth > 0 { try checks.checkAfterFlowNode(at: end) }
    }

    /// The checks of ``YAMLSpecChecks`` that apply when a flow collection ends (already popped).
    private mutating func checkFlowEnd(_ frame: Frame, at end: yaml_mark_t) throws(YAMLError) {
        flowDepth -= 1
        try checks.checkNoCommentGlued(at: end)
        if flowDepth == 0 {
            try checks.checkContinuationLines(from: frame.mark, to: end, blockIndent: blockIndent, what: "a [ ] or { } list")
        } else {
            try checks.checkAfterFlowNode(at: end)
        }
    }

    private mutating func count(_ size: Int, at location: SourceLocation) throws(YAMLError) {
        totalNodes += size
        if totalNodes > limits.maxNodes {
            throw YAMLError(
                "the document expands to more than \(limits.maxNodes) nodes (aliases that repeat "
                    + "large parts of the file?)", at: location)
        }
    }

    private mutating func add(
        _ node: YAMLNode, size: Int, anchor: String?, at location: SourceLocation, counting: Int
    ) throws(YAMLError) {
        try count(counting, at: location)
        if let anchor { anchors[anchor] = (node, size) }
        guard !stack.isEmpty else {
            root = node
            return
        }
        stack[stack.count - 1].size += size
        if stack[stack.count - 1].isMapping {
            if let key = stack[stack.count - 1].pendingKey {
                stack[stack.count - 1].pairs.append(YAMLNode.Pair(key: key, value: node))
                stack[stack.count - 1].pendingKey = nil
            } else {
                stack[stack.count - 1].pendingKey = node
            }
        } else {
            stack[stack.count - 1].items.append(node)
        }
    }

    /// The core tag `raw` names, or `nil` for none or the non-specific `!`; any other tag is an error.
    private func checkedTag(_ raw: UnsafeMutablePointer<yaml_char_t>?, at location: SourceLocation) throws(YAMLError) -> YAMLTag? {
        guard let tag = Self.optionalString(raw), tag != "!" else { return nil }
        guard let core = YAMLTag(fullName: tag) else {
            let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst(18) : tag
            throw YAMLError("the tag '\(shown)' is not supported; canvases use plain YAML values", at: location)
        }
        return core
    }

    private func parserError() -> YAMLError {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "the YAML is malformed"
        if problem.hasPrefix("Maximum nesting level reached") {
            let depth = min(limits.maxDepth, YAMLComposer.libyamlMaxNesting)
            return YAMLError("the document nests deeper than \(depth) levels", at: Self.location(parser.pointee.problem_mark))
        }
        let context = parser.pointee.context.map { String(cString: $0) }
        var message = problem
        if let context { message += " (\(context) at \(Self.location(parser.pointee.context_mark)))" }
        if parser.pointee.error == YAML_MEMORY_ERROR { message = "the YAML parser ran out of memory" }
        let mark = parser.pointee.error == YAML_READER_ERROR ? nil : Self.location(parser.pointee.problem_mark)
        return YAMLError("YAML syntax error: " + message, at: mark)
    }

    private static func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
