import ArgumentParser

extension SDW {
    /// Runs the command like ArgumentParser's own `main()`, except that a command line it
    /// cannot parse exits with status 2 (sdw's usage status) instead of 64, so that sdw has
    /// exactly three exit statuses: 0, 1 and 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.warn(fullMessage(for: error))
                exit(withError: SDWExit.usage)
            }
            exit(withError: error)
        }
    }
}
