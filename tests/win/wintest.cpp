// Runs under Wine (tests/win/CMakeLists.txt): a tree started in a job object does not survive
// the job, and the Run key round-trips. Plain Win32; built with mingw-w64.

#include "app/platform/win/AutostartKey.h"
#include "app/platform/win/JobObject.h"

#include <cstdio>
#include <string>
#include <vector>
#include <windows.h>

using borgtide::win::JobObject;

namespace {

int g_failures = 0;

void check(bool ok, const char *what)
{
    std::printf("%s %s\n", ok ? "PASS" : "FAIL", what);
    std::fflush(stdout);
    if (!ok)
        ++g_failures;
}

std::wstring self()
{
    wchar_t path[MAX_PATH];
    GetModuleFileNameW(nullptr, path, MAX_PATH);
    return path;
}

void writeText(const std::wstring &file, const std::string &text)
{
    HANDLE h = CreateFileW(file.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_DELETE,
                           nullptr, CREATE_ALWAYS, 0, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return;
    DWORD n = 0;
    WriteFile(h, text.data(), DWORD(text.size()), &n, nullptr);
    CloseHandle(h);
}

std::string readText(const std::wstring &file)
{
    HANDLE h = CreateFileW(file.c_str(), GENERIC_READ,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                           OPEN_EXISTING, 0, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return {};
    char buffer[256];
    DWORD n = 0;
    ReadFile(h, buffer, sizeof buffer, &n, nullptr);
    CloseHandle(h);
    return std::string(buffer, n);
}

// cmd /c "<self>" <role> <dir>, optionally suspended; returns the pid (0 on failure)
DWORD spawn(const std::wstring &role, const std::wstring &dir, DWORD flags)
{
    std::wstring line = L"cmd.exe /c \"\"" + self() + L"\" " + role + L" \"" + dir + L"\"\"";
    STARTUPINFOW si{};
    si.cb = sizeof si;
    PROCESS_INFORMATION pi{};
    if (!CreateProcessW(nullptr, &line[0], nullptr, nullptr, FALSE, flags, nullptr, nullptr, &si,
                        &pi))
        return 0;
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    return pi.dwProcessId;
}

bool exited(DWORD pid)
{
    HANDLE h = OpenProcess(SYNCHRONIZE, FALSE, pid);
    if (!h)
        return true; // gone
    const bool done = WaitForSingleObject(h, 0) == WAIT_OBJECT_0;
    CloseHandle(h);
    return done;
}

// child: starts the grandchild through another cmd, writes its pid, sleeps
int runChild(const std::wstring &dir)
{
    writeText(dir + L"\\child.pid", std::to_string(GetCurrentProcessId()));
    spawn(L"grandchild", dir, 0);
    Sleep(60000);
    return 0;
}

// grandchild: writes its pid and a heartbeat counter every 100 ms
int runGrandchild(const std::wstring &dir)
{
    writeText(dir + L"\\grandchild.pid", std::to_string(GetCurrentProcessId()));
    for (int beat = 0; beat < 600; ++beat) {
        writeText(dir + L"\\heartbeat", std::to_string(beat));
        Sleep(100);
    }
    return 0;
}

struct Tree
{
    DWORD root = 0, child = 0, grandchild = 0;
};

bool startTree(JobObject &job, const std::wstring &dir, Tree *tree)
{
    CreateDirectoryW(dir.c_str(), nullptr);
    DeleteFileW((dir + L"\\child.pid").c_str());
    DeleteFileW((dir + L"\\grandchild.pid").c_str());
    tree->root = spawn(L"child", dir, CREATE_SUSPENDED);
    if (!tree->root || !job.assign(tree->root)) {
        std::wprintf(L"cannot start the tree: %ls\n", job.error().c_str());
        return false;
    }
    job.resume(tree->root);
    for (int i = 0; i < 200; ++i) { // up to 20 s
        const std::string c = readText(dir + L"\\child.pid");
        const std::string g = readText(dir + L"\\grandchild.pid");
        if (!c.empty() && !g.empty()) {
            tree->child = DWORD(std::stoul(c));
            tree->grandchild = DWORD(std::stoul(g));
            return true;
        }
        Sleep(100);
    }
    return false;
}

bool treeGone(const Tree &t, const std::wstring &dir)
{
    Sleep(300);
    const std::string before = readText(dir + L"\\heartbeat");
    Sleep(700);
    const std::string after = readText(dir + L"\\heartbeat");
    return exited(t.root) && exited(t.child) && exited(t.grandchild) && before == after;
}

void testJobObject(const std::wstring &base)
{
    const std::wstring dir = base + L"\\terminate";
    JobObject job;
    check(job.isValid(), "job object created");
    Tree t;
    check(startTree(job, dir, &t), "cmd -> child -> cmd -> grandchild started in the job");
    std::printf("active processes in the job: %lu\n", job.activeProcesses());
    check(job.activeProcesses() >= 3, "the job counts the whole tree");
    check(!exited(t.grandchild), "grandchild runs before the stop");
    check(job.terminate(1), "TerminateJobObject");
    check(treeGone(t, dir), "after terminate nothing of the tree survives (pids, heartbeat)");
    check(job.activeProcesses() == 0, "the job is empty after terminate");
}

void testKillOnClose(const std::wstring &base)
{
    const std::wstring dir = base + L"\\close";
    Tree t;
    {
        JobObject job;
        check(startTree(job, dir, &t), "second tree started");
    } // handle closed: JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
    check(treeGone(t, dir), "closing the job handle ends the whole tree");
}

void testRunKey()
{
    using namespace borgtide::win;
    const std::wstring name = L"BorgtideWineTest";
    const std::wstring command = runCommand(L"C:\\Program Files\\Borgtide\\borgtide.exe");
    std::wstring error;
    check(writeRunValue(name, command, &error), "Run value written");
    std::wstring back;
    check(readRunValue(name, &back) && back == command, "Run value reads back the same command");
    check(deleteRunValue(name, &error), "Run value deleted");
    check(!readRunValue(name, &back), "deleted Run value is gone");
    check(deleteRunValue(name, &error), "deleting a missing Run value is not an error");
}

} // namespace

int wmain(int argc, wchar_t **argv)
{
    if (argc == 3 && std::wstring(argv[1]) == L"child")
        return runChild(argv[2]);
    if (argc == 3 && std::wstring(argv[1]) == L"grandchild")
        return runGrandchild(argv[2]);
    wchar_t temp[MAX_PATH];
    GetTempPathW(MAX_PATH, temp);
    const std::wstring base =
        std::wstring(temp) + L"borgtide-wintest-" + std::to_wstring(GetCurrentProcessId());
    CreateDirectoryW(base.c_str(), nullptr);
    testJobObject(base);
    testKillOnClose(base);
    testRunKey();
    std::printf("%s: %d failure(s)\n", g_failures ? "FAILED" : "OK", g_failures);
    return g_failures ? 1 : 0;
}
