#include "app/platform/win/JobObject.h"

// clang-format off
#include <windows.h>
#include <tlhelp32.h> // needs windows.h first
// clang-format on

namespace borgtide::win {

std::wstring errorText(unsigned long code)
{
    wchar_t *buffer = nullptr;
    const DWORD n = FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
        nullptr, code, 0, reinterpret_cast<wchar_t *>(&buffer), 0, nullptr);
    std::wstring text = n && buffer ? std::wstring(buffer, n) : std::wstring();
    if (buffer)
        LocalFree(buffer);
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r' || text.back() == L' '))
        text.pop_back();
    if (text.empty())
        text = L"error " + std::to_wstring(code);
    return text;
}

JobObject::JobObject()
{
    HANDLE job = CreateJobObjectW(nullptr, nullptr);
    if (!job) {
        setError(L"CreateJobObject");
        return;
    }
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    if (!SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits)) {
        setError(L"SetInformationJobObject");
        CloseHandle(job);
        return;
    }
    m_job = job;
}

JobObject::~JobObject()
{
    if (m_job)
        CloseHandle(static_cast<HANDLE>(m_job)); // KILL_ON_JOB_CLOSE ends what is left
}

void JobObject::setError(const wchar_t *what)
{
    m_error = std::wstring(what) + L": " + errorText(GetLastError());
}

bool JobObject::assign(unsigned long pid)
{
    if (!m_job) {
        m_error = L"no job object";
        return false;
    }
    HANDLE process = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, pid);
    if (!process) {
        setError(L"OpenProcess");
        return false;
    }
    const bool ok = AssignProcessToJobObject(static_cast<HANDLE>(m_job), process) != 0;
    if (!ok)
        setError(L"AssignProcessToJobObject");
    CloseHandle(process);
    return ok;
}

int JobObject::resume(unsigned long pid)
{
    HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPTHREAD, 0);
    if (snapshot == INVALID_HANDLE_VALUE) {
        setError(L"CreateToolhelp32Snapshot");
        return 0;
    }
    int resumed = 0;
    THREADENTRY32 entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = Thread32First(snapshot, &entry); more; more = Thread32Next(snapshot, &entry)) {
        if (entry.th32OwnerProcessID != pid)
            continue;
        HANDLE thread = OpenThread(THREAD_SUSPEND_RESUME, FALSE, entry.th32ThreadID);
        if (!thread)
            continue;
        if (ResumeThread(thread) != DWORD(-1))
            ++resumed;
        CloseHandle(thread);
    }
    CloseHandle(snapshot);
    return resumed;
}

bool JobObject::terminate(unsigned int exitCode)
{
    if (!m_job)
        return false;
    if (!TerminateJobObject(static_cast<HANDLE>(m_job), exitCode)) {
        setError(L"TerminateJobObject");
        return false;
    }
    return true;
}

unsigned long JobObject::activeProcesses() const
{
    if (!m_job)
        return 0;
    JOBOBJECT_BASIC_ACCOUNTING_INFORMATION info{};
    if (!QueryInformationJobObject(static_cast<HANDLE>(m_job), JobObjectBasicAccountingInformation,
                                   &info, sizeof info, nullptr))
        return 0;
    return info.ActiveProcesses;
}

} // namespace borgtide::win
