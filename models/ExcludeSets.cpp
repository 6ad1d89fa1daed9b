#include "models/ExcludeSets.h"

namespace borgtide::excludesets {

namespace {

QList<ExcludeSet> makeSets()
{
    auto L = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out << QString::fromLatin1(item);
        return out;
    };
    return {
        {QStringLiteral("caches"), QStringLiteral("Caches"),
         L({"sh:**/.cache", "sh:**/Cache", "sh:**/Caches", "sh:**/cache2", "sh:**/.thumbnails",
            "sh:**/.npm/_cacache", "sh:**/.gradle/caches", "sh:**/.m2/repository",
            "sh:**/.cargo/registry", "sh:**/__pycache__", "sh:**/*.pyc"})},
        {QStringLiteral("trash"), QStringLiteral("Trash"),
         L({"sh:**/.local/share/Trash", "sh:**/.Trash", "sh:**/.Trash-*", "sh:**/$RECYCLE.BIN"})},
        {QStringLiteral("build-output"), QStringLiteral("Build output"),
         L({"sh:**/node_modules", "sh:**/target/debug", "sh:**/target/release", "sh:**/build",
            "sh:**/cmake-build-*", "sh:**/dist", "sh:**/.venv", "sh:**/*.o", "sh:**/*.obj",
            "sh:**/.tox", "sh:**/.ccache"})},
        {QStringLiteral("vm-images"), QStringLiteral("Virtual machine images"),
         L({"sh:**/*.qcow2", "sh:**/*.vdi", "sh:**/*.vmdk", "sh:**/*.vhd", "sh:**/*.vhdx",
            "sh:**/.local/share/gnome-boxes/images", "sh:**/VirtualBox VMs",
            "sh:**/.local/share/containers/storage", "sh:/var/lib/libvirt/images"})},
        {QStringLiteral("temporary"), QStringLiteral("Temporary files"),
         L({"sh:**/*.tmp", "sh:**/*.swp", "sh:**/*~", "sh:**/.~lock.*#", "sh:/tmp",
            "sh:/var/tmp"})},
        {QStringLiteral("browser-caches"), QStringLiteral("Browser caches"),
         L({"sh:**/.mozilla/firefox/*/cache2", "sh:**/.config/google-chrome/*/Cache",
            "sh:**/.config/chromium/*/Cache", "sh:**/.config/*/Service Worker/CacheStorage"})},
        {QStringLiteral("system-virtual"), QStringLiteral("System virtual file systems"),
         L({"sh:/proc", "sh:/sys", "sh:/dev", "sh:/run", "sh:/mnt", "sh:/media",
            "sh:/lost+found"})},
    };
}

} // namespace

const QList<ExcludeSet> &all()
{
    static const QList<ExcludeSet> sets = makeSets();
    return sets;
}

const ExcludeSet *byId(const QString &id)
{
    for (const ExcludeSet &set : all())
        if (set.id == id)
            return &set;
    return nullptr;
}

} // namespace borgtide::excludesets
