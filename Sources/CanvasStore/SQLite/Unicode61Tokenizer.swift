import Foundation
import GRDB
import GRDBSQLite

/// A faster stand-in for FTS5's own `unicode61` tokenizer on the connections that write, giving
/// the same tokens at the same offsets.
///
/// Indexing the text of `search_items` is the largest single cost of a large `sdw add`, and most
/// of it is `unicode61` looking up each non-ASCII character's category and case folding in its
/// Unicode tables (binary searches). This tokenizer takes those answers from two flat tables
/// instead, filled once per process by asking the real `unicode61` (with the same arguments)
/// about every code point below ``limit``; a document with a code point above it, a query, or
/// a table with other arguments goes to the real tokenizer. It is registered under the same
/// name on the writing connection only (FTS5 looks tokenizers up by name, newest first), so the
/// schema still names `unicode61` and every other connection, `sqlite3` included, uses SQLite's.
enum Unicode61Tokenizer {
    /// Code points below this are answered from the tables (Latin, Cyrillic, general punctuation).
    static let limit = 0x3000

    /// Registers the tokenizer on `db`; does nothing where FTS5 or `unicode61` is missing.
    static func register(on db: Database) throws {
        guard let api = FTS5API.of(db) else { return }
        var real = fts5_tokenizer()
        var realContext: UnsafeMutableRawPointer?
        guard let find = api.pointee.xFindTokenizer, find(api, "unicode61", &realContext, &real) == SQLITE_OK,
              let create = api.pointee.xCreateTokenizer else { return }
        let registration = Unmanaged.passRetained(Registration(real: real, context: realContext)).toOpaque()
        var ours = fts5_tokenizer(xCreate: createInstance, xDelete: deleteInstance, xTokenize: tokenize)
        let code = create(api, "unicode61", registration, &ours) { context in
            if let context { Unmanaged<Registration>.fromOpaque(context).release() }
        }
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }

    /// SQLite's `unicode61`, as found before ours was registered.
    final class Registration {
        let real: fts5_tokenizer
        let context: UnsafeMutableRawPointer?
        init(real: fts5_tokenizer, context: UnsafeMutableRawPointer?) {
            self.real = real
            self.context = context
        }
    }

    /// One tokenizer of one FTS5 table: SQLite's, made with the table's arguments, and the
    /// tables when those are the ones they were made for.
    final class Instance {
        let real: fts5_tokenizer
        let instance: OpaquePointer
        let tables: Tables?
        init(real: fts5_tokenizer, instance: OpaquePointer, tables: Tables?) {
            self.real = real
            self.instance = instance
            self.tables = tables
        }
    }
}

private let createInstance: @convention(c) (
    UnsafeMutableRawPointer?, UnsafeMutablePointer<UnsafePointer<CChar>?>?, Int32,
    UnsafeMutablePointer<OpaquePointer?>?
) -> Int32 = { context, arguments, count, output in
    guard let context, let output else { return SQLITE_MISUSE }
    let registration = Unmanaged<Unicode61Tokenizer.Registration>.fromOpaque(context).takeUnretainedValue()
    var real: OpaquePointer?
    guard let create = registration.real.xCreate else { return SQLITE_ERROR }
    let code = create(registration.context, arguments, count, &real)
    guard code == SQLITE_OK, let real else { return code == SQLITE_OK ? SQLITE_ERROR : code }
    let names = (0..<Int(max(0, count))).map { arguments?[$0].map { String(cString: $0) } ?? "" }
    let tables = names == Unicode61Tokenizer.Tables.arguments
        ? Unicode61Tokenizer.Tables.shared(probing: registration.real, real) : nil
    let instance = Unicode61Tokenizer.Instance(real: registration.real, instance: real, tables: tables)
    output.pointee = OpaquePointer(Unmanaged.passRetained(instance).toOpaque())
    return SQLITE_OK
}

private let deleteInstance: @convention(c) (OpaquePointer?) -> Void = { pointer in
    guard let pointer else { return }
    let instance = Unmanaged<Unicode61Tokenizer.Instance>.fromOpaque(UnsafeRawPointer(pointer)).takeRetainedValue()
    instance.real.xDelete?(instance.instance)
}

private let tokenize: @convention(c) (
    OpaquePointer?, UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32, TokenCallback?
) -> Int32 = { pointer, context, flags, text, length, token in
    guard let pointer else { return SQLITE_MISUSE }
    let instance = Unmanaged<Unicode61Tokenizer.Instance>.fromOpaque(UnsafeRawPointer(pointer)).takeUnretainedValue()
    if flags & FTS5_TOKENIZE_DOCUMENT != 0, let tables = instance.tables, let token, let text, length > 0 {
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self),
                                        count: Int(length))
        if let code = tables.tokenize(bytes, context: context, token: token) { return code }
    }
    return instance.real.xTokenize?(instance.instance, context, flags, text, length, token) ?? SQLITE_ERROR
}

/// FTS5's token callback.
typealias TokenCallback = @convention(c) (
    UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32, Int32, Int32
) -> Int32
