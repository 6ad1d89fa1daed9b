// borg's --log-json line parser and the line reader, fed in chunks the first byte chooses.
#include "app/borg/BorgLog.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunk = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1),
                           static_cast<qsizetype>(size - 1));
    qsizetype delivered = 0;
    borgtide::borglog::LineReader reader([&](const borgtide::borglog::Line &line) {
        delivered += line.text.size();
        (void)line.isError();
        (void)line.isTraceback();
    });
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        reader.feed(bytes.mid(i, chunk));
    reader.flush();
    if (delivered > bytes.size())
        __builtin_trap(); // lines are never longer than what came in
    (void)borgtide::borglog::parse(bytes.trimmed());
    return 0;
}
