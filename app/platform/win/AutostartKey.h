#pragma once

// Plain C++ / Win32, no Qt: the "start at login" value under
// HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run.

#include <string>

namespace borgtide::win {

extern const wchar_t *const kRunKey;

// Writes value `name` = `command` (REG_SZ). False and *error when it cannot.
bool writeRunValue(const std::wstring &name, const std::wstring &command, std::wstring *error);
// True and *command when the value exists.
bool readRunValue(const std::wstring &name, std::wstring *command);
// Removes the value; a value that does not exist is not an error.
bool deleteRunValue(const std::wstring &name, std::wstring *error);
// `"C:\path\borgtide.exe" --minimized`
std::wstring runCommand(const std::wstring &executable);

} // namespace borgtide::win
