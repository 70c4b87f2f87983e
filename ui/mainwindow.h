#pragma once

#include "rulelibrary.h"

#include <QMainWindow>
#include <memory>

class QTreeWidget;

namespace eligicheck {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<RuleLibrary> library, QWidget *parent = nullptr);

private:
    std::shared_ptr<RuleLibrary> m_library;
    QTreeWidget *m_tree = nullptr;
};

} // namespace eligicheck
