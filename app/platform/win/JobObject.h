#pragma once

// Plain C++ / Win32, no Qt: compiled into Borgtide on Windows and, with mingw-w64, into the
// Wine test in tests/win.

#include <string>

namespace borgtide::win {

// A job object with JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE: every process assigned to it, and
// everything those start, ends when terminate() is called or when the job is destroyed (also
// when Borgtide itself dies, since the kernel closes its handles).
class JobObject
{
public:
    JobObject();
    ~JobObject();
    JobObject(const JobObject &) = delete;
    JobObject &operator=(const JobObject &) = delete;

    bool isValid() const { return m_job != nullptr; }
    bool assign(unsigned long pid); // false (and error()) when the process cannot be added
    // Resumes the threads of a process created with CREATE_SUSPENDED (after assign(), so that
    // nothing it starts can escape the job). Returns the number of threads resumed.
    int resume(unsigned long pid);
    bool terminate(unsigned int exitCode); // ends every process of the job
    unsigned long activeProcesses() const; // processes of the job still running
    const std::wstring &error() const { return m_error; }

private:
    void setError(const wchar_t *what);

    void *m_job = nullptr; // HANDLE
    std::wstring m_error;
};

// The system's message for a Win32 error code, e.g. L"Access is denied." (no trailing newline).
std::wstring errorText(unsigned long code);

} // namespace borgtide::win
