#include "GuiContext.h"

#include "BorgEnvironment.h"

namespace borgtide {

QString GuiContext::borgPath() const
{
    return borgenv::findBorg(store);
}

} // namespace borgtide
