#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace borgtide {

// What kind of failure a Result carries, so callers decide by code, not by matching text: the
// command line maps codes to exit codes (app/cli/ExitCode.h), the GUI to its own words.
enum class ErrorCode {
    None,
    Failed,          // anything without a code of its own
    Database,        // a database read or write failed
    DatabaseDamaged, // the database file is damaged (SPEC 7): exit 74
    DatabaseNewer,   // made by a newer Borgtide: exit 78
    DataDirUnusable, // the data folder cannot be created or written: exit 73
    DataDirNotOwned, // the data folder belongs to another user: exit 73
    NotFound,        // no such schedule, repository, archive, job
    InvalidInput,    // bad input: a file, an argument
    Conflict,        // refused because of something that exists (names, locations)
};

// A value or an error: the project's "no exceptions across Qt boundaries" result type.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString error) { return failure(ErrorCode::Failed, std::move(error)); }
    static Result failure(ErrorCode code, QString error)
    {
        Result r;
        r.m_code = code;
        r.m_error = std::move(error);
        return r;
    }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }
    ErrorCode code() const { return m_code; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
    ErrorCode m_code = ErrorCode::None;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    static Result failure(QString error) { return failure(ErrorCode::Failed, std::move(error)); }
    static Result failure(ErrorCode code, QString error)
    {
        Result r;
        r.m_code = code;
        r.m_error = std::move(error);
        return r;
    }
    bool ok() const { return m_code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    ErrorCode code() const { return m_code; }

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_error;
};

using Status = Result<void>;

} // namespace borgtide
