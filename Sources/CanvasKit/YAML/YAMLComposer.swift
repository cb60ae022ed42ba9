import CYaml

/// Composes libyaml's event stream into a document: a flat ``YAMLDocument`` for the canvas
/// loader, or a ``YAMLNode`` tree for everyone else.
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
        try document(bytes, limits: limits).tree()
    }

    /// Composes the single document of `bytes` (UTF-8) into flat arrays; empty when the stream
    /// holds no document.
    ///
    /// A byte-order mark at the start is skipped here: libyaml, told that the input is UTF-8,
    /// would read it as a character of the first line and shift that line's columns.
    static func document(_ bytes: UnsafeBufferPointer<UInt8>, limits: YAMLLimits = .standard) throws(YAMLError)
        -> YAMLDocument {
        _ = configureLibYAML
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
        var composer = EventComposer(limits: limits, bytes: body)
        return try composer.run(body).get()
    }

    /// libyaml's own nesting guard. It is above ours, so ours speaks first for block nesting;
    /// for `[[[…` libyaml's scanner runs ahead of the events and its guard can fire first, and
    /// its error then reads like ours (see `parserError`).
    static let libyamlMaxNesting = 1000

    private static let configureLibYAML: Void = {
        yaml_set_max_nest_level(Int32(libyamlMaxNesting))
    }()
}

/// A collection whose end event has not come yet.
private struct Frame {
    /// Its node's index in the document.
    var index: Int
    var isMapping: Bool
    var anchor: String?
    /// Whether it is written in flow style (`[ ]` or `{ }`).
    var isFlow = false
    /// libyaml's mark where it starts: 0-based column, byte index.
    var mark = yaml_mark_t()
    /// Its children so far (keys and values both, for a mapping).
    var children: Int32 = 0
}

private struct EventComposer {
    let limits: YAMLLimits
    /// libyaml's parser state, on the heap so that it is never copied with the composer.
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    /// The document's nodes and scalar bytes, as they grow (see ``YAMLDocument``).
    var nodes: [YAMLDocument.Node] = []
    var text: [UInt8] = []
    var stack: [Frame] = []
    /// Anchored nodes: the range of their subtree in the document's nodes.
    var anchors: [String: Range<Int>] = [:]
    var documents = 0
    var flowDepth = 0
    /// Whether an alias has been expanded, for the message when the node limit is reached.
    var expandedAlias = false
    var checks: YAMLSpecChecks

    init(limits: YAMLLimits, bytes: UnsafeBufferPointer<UInt8>) {
        self.limits = limits
        self.checks = YAMLSpecChecks(bytes: bytes)
        // About one node per 16 bytes and a little under half of the bytes in scalars, in canvases.
        nodes.reserveCapacity(min(bytes.count / 16 + 16, limits.maxNodes + 1))
        text.reserveCapacity(bytes.count / 2 + 16)
    }

    /// The 0-based column of the innermost block collection, or -1 at the top level.
    private var blockIndent: Int {
        stack.last(where: { !$0.isFlow }).map { Int($0.mark.column) } ?? -1
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<YAMLDocument, YAMLError> {
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
            return .success(YAMLDocument(nodes: nodes, text: text))
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
                let tag = try checkedTag(scalar.tag, at: location)
                let length = Int(scalar.length)
                try checkScalar(scalar.value, length, style: scalar.style, from: event.start_mark, to: event.end_mark)
                let start = text.count
                if let value = scalar.value, length > 0 {
                    text.append(contentsOf: UnsafeBufferPointer(start: value, count: length))
                }
                let index = try append(YAMLDocument.Node(
                    kind: .scalar, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, tag: tag, line: Int32(location.line),
                    column: Int32(location.column), start: Int32(start), count: Int32(length), end: 0), at: location)
                if let anchor = Self.optionalString(scalar.anchor) { anchors[anchor] = index..<index + 1 }
            case YAML_ALIAS_EVENT:
                let name = Self.optionalString(event.data.alias.anchor) ?? ""
                guard let anchored = anchors[name] else {
                    throw YAMLError("the alias *\(name) names no anchor defined before it", at: location)
                }
                try copy(anchored, at: location)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let (rawTag, rawAnchor, isFlow) = isMapping
                    ? (event.data.mapping_start.tag, event.data.mapping_start.anchor,
                       event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE)
                    : (event.data.sequence_start.tag, event.data.sequence_start.anchor,
                       event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE)
                let tag = try checkedTag(rawTag, at: location)
                if stack.count >= limits.maxDepth {
                    throw YAMLError("the document nests deeper than \(limits.maxDepth) levels", at: location)
                }
                let index = try append(YAMLDocument.Node(
                    kind: isMapping ? .mapping : .sequence, plain: false, tag: tag, line: Int32(location.line),
                    column: Int32(location.column), start: 0, count: 0, end: 0), at: location)
                if isFlow { flowDepth += 1 }
                stack.append(Frame(index: index, isMapping: isMapping, anchor: Self.optionalString(rawAnchor),
                                   isFlow: isFlow, mark: event.start_mark))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                if frame.isFlow { try checkFlowEnd(frame, at: event.end_mark) }
                nodes[frame.index].count = frame.isMapping ? frame.children / 2 : frame.children
                nodes[frame.index].end = Int32(nodes.count)
                if let anchor = frame.anchor { anchors[anchor] = frame.index..<nodes.count }
            default:
                break
            }
        }
    }

    /// Appends a node that starts a subtree (its `end` is set here for a scalar, at its end
    /// event for a collection), counts it as a child of the open collection, and returns its index.
    private mutating func append(_ node: YAMLDocument.Node, at location: SourceLocation) throws(YAMLError) -> Int {
        try reserve(1, at: location)
        let index = nodes.count
        var node = node
        node.end = Int32(index + 1)
        nodes.append(node)
        if !stack.isEmpty { stack[stack.count - 1].children += 1 }
        return index
    }

    /// Appends a copy of the subtree `range` for an alias at `location`.
    private mutating func copy(_ range: Range<Int>, at location: SourceLocation) throws(YAMLError) {
        expandedAlias = true
        try reserve(range.count, at: location)
        let shift = Int32(nodes.count - range.lowerBound)
        let first = nodes.count
        for index in range {
            var node = nodes[index]
            node.end += shift
            nodes.append(node)
        }
        nodes[first].line = Int32(location.line)
        nodes[first].column = Int32(location.column)
        if !stack.isEmpty { stack[stack.count - 1].children += 1 }
    }

    /// Checks that `count` more nodes stay within the limit; the message says whether aliases
    /// made the document that large.
    private func reserve(_ count: Int, at location: SourceLocation) throws(YAMLError) {
        guard nodes.count + count > limits.maxNodes else { return }
        if expandedAlias {
            throw YAMLError(
                "aliases (*name) expand the document to more than \(limits.maxNodes) values, lists and mappings, "
                    + "the limit for one file", at: location)
        }
        throw YAMLError("the document has more than \(limits.maxNodes) values, lists and mappings, the limit for one file",
                        at: location)
    }

    /// The checks of ``YAMLSpecChecks`` that apply to a scalar.
    private mutating func checkScalar(_ value: UnsafeMutablePointer<yaml_char_t>?, _ length: Int, style: yaml_scalar_style_t,
                             from start: yaml_mark_t, to end: yaml_mark_t) throws(YAMLError) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE:
            try checks.checkNoCommentGlued(at: end)
            if flowDepth == 0 {
                try checks.checkContinuationLines(from: start, to: end, blockIndent: blockIndent, what: "a quoted text")
            }
        case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE:
            try checks.checkBlockScalar(at: start, blockIndent: blockIndent)
        default:
            if flowDepth > 0 { try checks.checkFlowPlainScalar(Self.string(value, length), at: start) }
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
        let contextMark = parser.pointee.context == nil ? nil : Self.location(parser.pointee.context_mark)
        return YAMLError(YAMLError.syntaxPrefix + message, at: mark, context: contextMark)
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
