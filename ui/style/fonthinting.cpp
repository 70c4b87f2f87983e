#include "fonthinting.h"

#if ELIGICHECK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace eligicheck {

bool honourUnhintedFonts() {
#if ELIGICHECK_HAVE_FONTCONFIG
    // target="font": applied to the font chosen, after every other rule — the package rules that
    // switch hinting off for a font have run by then.
    static const char rule[] = R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <match target="font">
    <test name="hinting"><bool>false</bool></test>
    <edit name="hintstyle" mode="assign"><const>hintnone</const></edit>
  </match>
</fontconfig>
)";
    FcConfig *config = FcConfigGetCurrent(); // loads fontconfig's configuration, as Qt would next
    return config && FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8 *>(rule), FcFalse);
#else
    return false;
#endif
}

} // namespace eligicheck
