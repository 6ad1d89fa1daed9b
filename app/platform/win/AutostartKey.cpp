#include "app/platform/win/AutostartKey.h"

#include "app/platform/win/JobObject.h"

#include <windows.h>

namespace borgtide::win {

const wchar_t *const kRunKey = L"Software\\Microsoft\\Windows\\CurrentVersion\\Run";

namespace {

void fail(std::wstring *error, const wchar_t *what, LONG code)
{
    if (error)
        *error = std::wstring(what) + L" HKCU\\" + kRunKey + L": " + errorText(DWORD(code));
}

} // namespace

bool writeRunValue(const std::wstring &name, const std::wstring &command, std::wstring *error)
{
    HKEY key = nullptr;
    LONG rc = RegCreateKeyExW(HKEY_CURRENT_USER, kRunKey, 0, nullptr, 0, KEY_SET_VALUE, nullptr,
                              &key, nullptr);
    if (rc != ERROR_SUCCESS) {
        fail(error, L"Cannot open", rc);
        return false;
    }
    const DWORD bytes = DWORD((command.size() + 1) * sizeof(wchar_t));
    rc = RegSetValueExW(key, name.c_str(), 0, REG_SZ,
                        reinterpret_cast<const BYTE *>(command.c_str()), bytes);
    RegCloseKey(key);
    if (rc != ERROR_SUCCESS) {
        fail(error, L"Cannot write to", rc);
        return false;
    }
    return true;
}

bool readRunValue(const std::wstring &name, std::wstring *command)
{
    DWORD type = 0;
    DWORD bytes = 0;
    LONG rc = RegGetValueW(HKEY_CURRENT_USER, kRunKey, name.c_str(), RRF_RT_REG_SZ, &type, nullptr,
                           &bytes);
    if (rc != ERROR_SUCCESS)
        return false;
    std::wstring value(bytes / sizeof(wchar_t) + 1, L'\0');
    bytes = DWORD(value.size() * sizeof(wchar_t));
    rc = RegGetValueW(HKEY_CURRENT_USER, kRunKey, name.c_str(), RRF_RT_REG_SZ, &type, &value[0],
                      &bytes);
    if (rc != ERROR_SUCCESS)
        return false;
    value.resize(wcsnlen(value.c_str(), value.size()));
    if (command)
        *command = value;
    return true;
}

bool deleteRunValue(const std::wstring &name, std::wstring *error)
{
    HKEY key = nullptr;
    LONG rc = RegOpenKeyExW(HKEY_CURRENT_USER, kRunKey, 0, KEY_SET_VALUE, &key);
    if (rc == ERROR_FILE_NOT_FOUND)
        return true;
    if (rc != ERROR_SUCCESS) {
        fail(error, L"Cannot open", rc);
        return false;
    }
    rc = RegDeleteValueW(key, name.c_str());
    RegCloseKey(key);
    if (rc != ERROR_SUCCESS && rc != ERROR_FILE_NOT_FOUND) {
        fail(error, L"Cannot remove the value from", rc);
        return false;
    }
    return true;
}

std::wstring runCommand(const std::wstring &executable)
{
    return L"\"" + executable + L"\" --minimized";
}

} // namespace borgtide::win
