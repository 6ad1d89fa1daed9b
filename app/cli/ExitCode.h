#pragma once

namespace borgtide {

// Exit codes of the command line (SPEC 4), following sysexits.h where the spec is silent.
enum ExitCode : int {
    ExitOk = 0,           // completed
    ExitWarnings = 1,     // completed with warnings
    ExitFailed = 2,       // failed or cancelled
    ExitSkipped = 3,      // a pre-hook asked to skip the run
    ExitUsage = 64,       // usage error, unknown schedule name or job id
    ExitDataErr = 65,     // invalid input file, import conflict under --on-conflict fail
    ExitUnavailable = 69, // borg or the keychain missing, found before the job starts
    ExitSoftware = 70,    // internal error (a bug)
    ExitCantCreate = 73,  // the data directory cannot be created or written
    ExitTempFail = 75,    // the schedule is already running
    ExitConfig = 78,      // the database was made by a newer Borgtide
};

} // namespace borgtide
