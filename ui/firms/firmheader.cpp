#include "firmheader.h"

#include "firmworkspace.h"

namespace eligicheck {

FirmHeader::FirmHeader(const FirmWorkspace *workspace, QWidget *parent)
    : QLabel(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("firmHeader"));
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFrameShape(QFrame::StyledPanel);
    setMargin(fontMetrics().height() / 4);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // one line; the page takes the rest
    connect(workspace, &FirmWorkspace::linkedFirmChanged, this, &FirmHeader::refresh);
    refresh();
}

void FirmHeader::refresh() {
    const Firm &firm = m_workspace->linkedFirmRecord();
    if (firm.id == 0) {
        setText(tr("Quick check — no firm chosen; these answers are not stored"));
        return;
    }
    setText(firm.creditCode.isEmpty() ? tr("Firm: %1").arg(firm.name)
                                      : tr("Firm: %1 · credit code %2").arg(firm.name, firm.creditCode));
}

} // namespace eligicheck
