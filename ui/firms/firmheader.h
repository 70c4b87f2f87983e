#pragma once

#include <QLabel>

namespace eligicheck {

class FirmWorkspace;

// The line above the questionnaire (with its live verdict) and the result that says whose
// assessment it is — the firm's name and credit code — or that it is a quick check that
// stores nothing. Follows the workspace's link; it keeps no data of its own.
class FirmHeader : public QLabel {
    Q_OBJECT
public:
    explicit FirmHeader(const FirmWorkspace *workspace, QWidget *parent = nullptr);

private:
    void refresh();

    const FirmWorkspace *m_workspace;
};

} // namespace eligicheck
