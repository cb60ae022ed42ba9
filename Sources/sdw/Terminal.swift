import CanvasKit
import Foundation

/// Facts about the terminal sdw writes to.
enum Terminal {
    /// Whether standard output is a terminal and `NO_COLOR` is not set.
    static var wantsColor: Bool {
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }

    /// Writes `text` to standard error, each of its lines escaped (``TerminalText``): a file
    /// name or value quoted in a message cannot send the terminal a command.
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((escapingLines(text.hasSuffix("\n") ? String(text.dropLast()) : text) + "\n").utf8))
    }

    /// Writes a page made of texts from plugins (`sdw plugins`, `sdw rules`, `sdw config`) to
    /// standard output, each line escaped as ``warn(_:)`` escapes it.
    static func writePage(_ text: String) {
        write(escapingLines(text))
    }

    /// `text` with every line escaped (``TerminalText``) and its line breaks kept.
    private static func escapingLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.escaped(String($0)) }
            .joined(separator: "\n")
    }

    /// Writes `text` to standard output without buffering surprises; `text` is written as it is
    /// (values in it must be escaped already).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
