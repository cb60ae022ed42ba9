import ArgumentParser

/// The exit codes of sdw: 0 clean, 1 findings at or above the failing severity, 2 usage or I/O errors.
enum SDWExit {
    /// Findings reached the failing severity.
    static let findings = ExitCode(1)
    /// Bad usage, or a file that could not be read or written.
    static let usage = ExitCode(2)
}
