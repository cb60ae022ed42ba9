import Foundation
import GRDB
import GRDBSQLite

/// `sdw_bm25(search)`: FTS5's own bm25 ranking of a match, computed faster.
///
/// The score is the one `bm25(search)` gives (k1 = 1.2, b = 0.75, the same IDF and average
/// length, the same floating-point steps, so the same value to the last bit; lower is better).
/// Only where it gets a row's length in tokens differs: FTS5's `xColumnSize` runs a lookup
/// statement in `search_docsize` for every row, which is most of the cost of ranking a common
/// word (25,000 matches: 40 of 55 ms). Here one incremental-blob handle is moved from row to row
/// (`sqlite3_blob_reopen`) instead, at about half the cost. Should the handle fail (no such
/// table or row), the row's length comes from `xColumnSize`, as in `bm25`.
///
/// Registered on every connection of a store (``register(_:)``); used by ``CanvasStore/search(_:limit:)``.
enum SearchRanking {
    /// The SQL name of the auxiliary function.
    static let functionName = "sdw_bm25"

    /// Registers the function on the connection `db`; does nothing where SQLite has no FTS5
    /// (then creating the `search` table fails with SQLite's own message).
    static func register(_ db: Database) {
        guard let api = FTS5API.of(db) else { return }
        _ = api.pointee.xCreateFunction(api, functionName, nil, rank, nil)
    }
}

/// bm25's parameters, as in FTS5.
private let k1 = 1.2
private let b = 0.75

/// What one query's ranking keeps from row to row (FTS5 auxiliary data, freed with the query).
private final class RankingState {
    /// The number of phrases in the query.
    let phrases: Int
    /// The inverse document frequency of each phrase.
    let idf: UnsafeMutableBufferPointer<Double>
    /// The weighted count of each phrase in the current row.
    let frequencies: UnsafeMutableBufferPointer<Double>
    /// The average row length in tokens.
    let averageLength: Double
    /// The handle on `search_docsize.sz`, moved to each row in turn.
    var docsize: OpaquePointer?
    /// Set when the handle cannot be had: lengths then come from `xColumnSize`.
    var useColumnSize = false

    init(phrases: Int, averageLength: Double) {
        self.phrases = phrases
        idf = .allocate(capacity: max(phrases, 1))
        idf.initialize(repeating: 0)
        frequencies = .allocate(capacity: max(phrases, 1))
        frequencies.initialize(repeating: 0)
        self.averageLength = averageLength
    }

    deinit {
        if let docsize { sqlite3_blob_close(docsize) }
        idf.deallocate()
        frequencies.deallocate()
    }

    /// The length in tokens of the current row, all columns together.
    func length(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?, _ context: OpaquePointer?) -> Int32? {
        if !useColumnSize, let length = docsizeLength(rowid: api.pointee.xRowid(fts), context) { return length }
        var tokens: Int32 = 0
        guard api.pointee.xColumnSize(fts, -1, &tokens) == SQLITE_OK else { return nil }
        return tokens
    }

    /// The row's length from its `search_docsize` record: one varint per column (SQLite's
    /// big-endian varint, 7 bits a byte, which FTS5 writes), summed.
    private func docsizeLength(rowid: Int64, _ context: OpaquePointer?) -> Int32? {
        let code: Int32
        if let docsize {
            code = sqlite3_blob_reopen(docsize, rowid)
        } else {
            code = sqlite3_blob_open(sqlite3_context_db_handle(context), "main", "search_docsize", "sz", rowid, 0, &docsize)
        }
        guard code == SQLITE_OK, let docsize else {
            if let docsize { sqlite3_blob_close(docsize) }
            docsize = nil
            useColumnSize = true
            return nil
        }
        var bytes: (UInt64, UInt64) = (0, 0)
        let count = Int(sqlite3_blob_bytes(docsize))
        guard count <= MemoryLayout.size(ofValue: bytes) else { return nil }  // many columns: xColumnSize
        return withUnsafeMutableBytes(of: &bytes) { buffer -> Int32? in
            guard sqlite3_blob_read(docsize, buffer.baseAddress, Int32(count), 0) == SQLITE_OK else { return nil }
            var total: Int64 = 0
            var value: Int64 = 0
            for byte in buffer.prefix(count) {
                value = value << 7 | Int64(byte & 0x7f)
                if byte & 0x80 == 0 {
                    total += value
                    value = 0
                }
            }
            return Int32(truncatingIfNeeded: total)
        }
    }
}

/// Counts the rows `xQueryPhrase` visits.
private let countRow: @convention(c) (UnsafePointer<Fts5ExtensionApi>?, OpaquePointer?, UnsafeMutableRawPointer?) -> Int32 = { _, _, count in
    count?.assumingMemoryBound(to: Int64.self).pointee += 1
    return SQLITE_OK
}

/// Releases a ``RankingState`` when FTS5 frees the query's auxiliary data.
private let releaseState: @convention(c) (UnsafeMutableRawPointer?) -> Void = { pointer in
    if let pointer { Unmanaged<RankingState>.fromOpaque(pointer).release() }
}

/// The query's ranking state, made on the first row as FTS5's `fts5Bm25GetData` does.
private func state(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?) -> RankingState? {
    if let pointer = api.pointee.xGetAuxdata(fts, 0) {
        return Unmanaged<RankingState>.fromOpaque(pointer).takeUnretainedValue()
    }
    let phrases = Int(api.pointee.xPhraseCount(fts))
    var rows: Int64 = 0
    var tokens: Int64 = 0
    guard api.pointee.xRowCount(fts, &rows) == SQLITE_OK,
          api.pointee.xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK else { return nil }
    let state = RankingState(phrases: phrases, averageLength: Double(tokens) / Double(rows))
    for phrase in 0..<phrases {
        var hits: Int64 = 0
        guard api.pointee.xQueryPhrase(fts, Int32(phrase), &hits, countRow) == SQLITE_OK else { return nil }
        var idf = log((Double(rows) - Double(hits) + 0.5) / (Double(hits) + 0.5))
        if idf <= 0.0 { idf = 1e-6 }
        state.idf[phrase] = idf
    }
    let pointer = Unmanaged.passRetained(state).toOpaque()
    guard api.pointee.xSetAuxdata(fts, pointer, releaseState) == SQLITE_OK else { return nil }
    return state
}

/// The auxiliary function: the row's bm25 score, negated as FTS5 does (best first in ascending order).
private let rank: fts5_extension_function = { api, fts, context, argumentCount, arguments in
    guard let api, let state = state(api, fts) else {
        sqlite3_result_error_code(context, SQLITE_ERROR)
        return
    }
    let frequencies = state.frequencies
    for phrase in 0..<state.phrases { frequencies[phrase] = 0 }
    var instances: Int32 = 0
    guard api.pointee.xInstCount(fts, &instances) == SQLITE_OK else {
        sqlite3_result_error_code(context, SQLITE_ERROR)
        return
    }
    for index in 0..<instances {
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        guard api.pointee.xInst(fts, index, &phrase, &column, &offset) == SQLITE_OK else {
            sqlite3_result_error_code(context, SQLITE_ERROR)
            return
        }
        let weight = argumentCount > column ? sqlite3_value_double(arguments?[Int(column)]) : 1.0
        frequencies[Int(phrase)] += weight
    }
    guard let tokens = state.length(api, fts, context) else {
        sqlite3_result_error_code(context, SQLITE_ERROR)
        return
    }
    let length = Double(tokens)
    var score = 0.0
    for phrase in 0..<state.phrases {
        score += state.idf[phrase] * ((frequencies[phrase] * (k1 + 1.0)) / (frequencies[phrase] + k1 * (1 - b + b * length / state.averageLength)))
    }
    sqlite3_result_double(context, -1.0 * score)
}
