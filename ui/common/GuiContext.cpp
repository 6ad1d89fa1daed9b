#include "ui/common/GuiContext.h"

#include "app/borg/BorgEnvironment.h"

namespace borgtide {

QString GuiContext::borgPath() const
{
    return borgenv::findBorg(store);
}

} // namespace borgtide
