#pragma once

#include "models/Result.h"

namespace borgtide {

// Exit codes of the command line (SPEC 4), following sysexits.h where the spec is silent.
enum ExitCode : int {
    ExitOk = 0,           // completed
    ExitWarnings = 1,     // completed with warnings
    ExitFailed = 2,       // failed or cancelled
    ExitSkipped = 3,      // a pre-hook asked to skip the run, or a condition held it back
    ExitUsage = 64,       // usage error, unknown schedule name or job id
    ExitDataErr = 65,     // invalid input file, import conflict under --on-conflict fail
    ExitUnavailable = 69, // borg, FUSE or the keychain missing, found before the job starts
    ExitSoftware = 70,    // internal error (a bug)
    ExitCantCreate = 73,  // the data folder cannot be used, or a restore target is not empty
    ExitDamaged = 74,     // the database is damaged (SPEC 7)
    ExitTempFail = 75,    // the schedule is already running, or its repository busy (--no-wait)
    ExitConfig = 78,      // the database was made by a newer Borgtide
};

// The exit code for an error of the engine or the store.
inline int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return ExitOk;
    case ErrorCode::DatabaseDamaged:
        return ExitDamaged;
    case ErrorCode::DatabaseNewer:
        return ExitConfig;
    case ErrorCode::Database:
    case ErrorCode::DataDirUnusable:
    case ErrorCode::DataDirNotOwned:
        return ExitCantCreate;
    case ErrorCode::NotFound:
        return ExitUsage;
    case ErrorCode::InvalidInput:
    case ErrorCode::Conflict:
        return ExitDataErr;
    case ErrorCode::Failed:
        break;
    }
    return ExitSoftware;
}

} // namespace borgtide
