#pragma once

#include "number.h"
#include "text.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace eligicheck {

enum class FactType { Number, Integer, Boolean, Choice, Date, Text };

QString factTypeName(FactType type);
std::optional<FactType> factTypeFromName(const QString &name);

struct ChoiceOption {
    QString id;
    LocalizedText label;
    QString province; // fact `city` only: the province (choice id of fact `province`) it lies in
};

// One question a firm answers: its type, unit, bounds and labels.
struct FactDefinition {
    QString id;
    FactType type = FactType::Number;
    QString unit; // 万元, %, 人 … (numbers only)
    std::optional<Number> min;
    std::optional<Number> max;
    std::vector<ChoiceOption> choices;
    LocalizedText label;
    LocalizedText help;
    QString group = QStringLiteral("other");
    bool yearly = false;
    // Near-duplicate questions (`related:` in the rule file, made symmetric by the loader): the
    // questionnaire shows them next to each other, and `difference` under the later one says
    // what this question asks that the other does not ("此题只问申请受理截止日期前3年内").
    QStringList related;
    LocalizedText difference;
    bool builtin = false;
    QString definedIn; // file that declared it
    int slot = -1;     // index into FactValues

    bool isNumeric() const { return type == FactType::Number || type == FactType::Integer; }
    const ChoiceOption *choice(const QString &id) const;
    QStringList choiceIds() const;
};

// All facts known to a rule library. Each fact gets a dense slot number so evaluation can
// index answers by integer instead of hashing strings on the hot path.
class FactRegistry {
public:
    FactRegistry();

    static constexpr int ApplicationDateSlot = 0;

    // Adds a definition; returns nullptr (and leaves the registry unchanged) if the id exists.
    FactDefinition *add(FactDefinition def);
    const FactDefinition *find(const QString &id) const;
    FactDefinition *findMutable(const QString &id);
    const FactDefinition &at(int slot) const { return *m_facts[size_t(slot)]; }
    int size() const { return int(m_facts.size()); }

    // Up to three known ids closest to `id` (edit distance), for "did you mean …".
    QStringList suggestions(const QString &id) const;

private:
    std::vector<std::unique_ptr<FactDefinition>> m_facts;
    QHash<QString, int> m_index;
};

// Edit distance, shared by every "did you mean" message.
int editDistance(const QString &a, const QString &b);
QStringList closestMatches(const QString &word, const QStringList &candidates, int max = 3);

} // namespace eligicheck
