/// Bytes copied one after another into large blocks that stay where they are until
/// ``removeAll()``: where a ``RowInserter`` keeps the texts it has bound, so that SQLite can read
/// them in place.
///
/// A text never moves once copied (a full block is left for a new one, never grown), so every
/// address handed out stays good until ``removeAll()``, which keeps the first block for reuse.
final class TextArena {
    /// The size of a block; a text larger than this gets a block of its own size.
    static let blockSize = 64 * 1024

    private var blocks: [UnsafeMutableRawPointer] = []
    /// How many of ``blocks`` hold texts; the rest wait for reuse.
    private var blocksInUse = 0
    /// Texts larger than ``blockSize``, each in an allocation of its own.
    private var large: [UnsafeMutableRawPointer] = []
    /// Bytes used of the last block in use.
    private var used = TextArena.blockSize

    /// Copies `bytes`; returns where the copy is (never `nil`, even for no bytes).
    func copy(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawPointer {
        let count = bytes.count
        if count > Self.blockSize {
            let block = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 1)
            block.copyMemory(from: bytes.baseAddress!, byteCount: count)
            large.append(block)
            return UnsafeRawPointer(block)
        }
        // A first text takes a block even when it is empty (its address must be a good one).
        if used + count > Self.blockSize || blocksInUse == 0 {
            if blocksInUse == blocks.count {
                blocks.append(.allocate(byteCount: Self.blockSize, alignment: 1))
            }
            blocksInUse += 1
            used = 0
        }
        let target = blocks[blocksInUse - 1] + used
        if let base = bytes.baseAddress { target.copyMemory(from: base, byteCount: count) }
        used += count
        return UnsafeRawPointer(target)
    }

    /// Forgets every copy: their addresses are no longer good. Keeps one block for the next texts.
    func removeAll() {
        for block in large { block.deallocate() }
        large.removeAll(keepingCapacity: true)
        for block in blocks.dropFirst() { block.deallocate() }
        blocks.removeLast(max(0, blocks.count - 1))
        blocksInUse = 0
        used = Self.blockSize
    }

    deinit {
        for block in blocks { block.deallocate() }
        for block in large { block.deallocate() }
    }
}
