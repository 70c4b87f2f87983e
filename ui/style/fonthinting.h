#pragma once

namespace eligicheck {

// Makes Qt render unhinted the fonts that fontconfig says are not to be hinted.
//
// Qt 6.4 takes a font's hinting from fontconfig's `hintstyle` alone and ignores `hinting` —
// so WenQuanYi Micro Hei, which its package configures with hinting off (65-wqy-microhei.conf),
// is still run through FreeType's auto-hinter at the desktop's "slight" style: a scan of its
// 30,000-character map when the face is opened and a hinting pass for every glyph, a third of
// the first frame's text cost. Other toolkits draw it unhinted, as configured. This adds one
// fontconfig rule, "no hinting ⇒ hint style none", so that Qt reads the same answer.
//
// Call on the GUI thread after QApplication (fontconfig reads the locale QApplication sets) and
// before the first text is laid out. Returns false where fontconfig is not used or the rule
// could not be added; text is then drawn as Qt decides, nothing else changes.
bool honourUnhintedFonts();

} // namespace eligicheck
