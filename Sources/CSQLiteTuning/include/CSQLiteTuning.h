#ifndef CSQLITE_TUNING_H
#define CSQLITE_TUNING_H

/// Turns off SQLite's memory statistics (SQLITE_CONFIG_MEMSTATUS), which take a global mutex
/// around every allocation and free that SQLite makes. sqlite3_config is variadic, so Swift
/// cannot call it itself. Works only before SQLite is first initialized (before any connection
/// is opened); returns SQLite's result code (SQLITE_MISUSE when it is too late, and nothing changes).
int sdw_sqlite_disable_memory_statistics(void);

#endif
