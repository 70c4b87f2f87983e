#include "facts.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace eligicheck {

QString factTypeName(FactType type)
{
    switch (type) {
    case FactType::Number: return QStringLiteral("number");
    case FactType::Integer: return QStringLiteral("integer");
    case FactType::Boolean: return QStringLiteral("boolean");
    case FactType::Choice: return QStringLiteral("choice");
    case FactType::Date: return QStringLiteral("date");
    case FactType::Text: return QStringLiteral("text");
    }
    return QString();
}

std::optional<FactType> factTypeFromName(const QString &name)
{
    for (FactType t : {FactType::Number, FactType::Integer, FactType::Boolean, FactType::Choice, FactType::Date,
                       FactType::Text})
        if (factTypeName(t) == name) return t;
    return std::nullopt;
}

const ChoiceOption *FactDefinition::choice(const QString &id) const
{
    for (const ChoiceOption &c : choices)
        if (c.id == id) return &c;
    return nullptr;
}

QStringList FactDefinition::choiceIds() const
{
    QStringList ids;
    for (const ChoiceOption &c : choices) ids << c.id;
    return ids;
}

FactRegistry::FactRegistry()
{
    FactDefinition date;
    date.id = QStringLiteral("application_date");
    date.type = FactType::Date;
    date.label = {QStringLiteral("申报日期"), QStringLiteral("Application date")};
    // No field names where people read (issue 16): answers files call it as_of.
    date.help = {QStringLiteral("评估所依据的日期，默认为今天。"),
                 QStringLiteral("The date the assessment is made for; today by default.")};
    date.group = QStringLiteral("basic");
    date.builtin = true;
    add(date);
}

FactDefinition *FactRegistry::add(FactDefinition def)
{
    if (m_index.contains(def.id)) return nullptr;
    def.slot = int(m_facts.size());
    m_index.insert(def.id, def.slot);
    m_facts.push_back(std::make_unique<FactDefinition>(std::move(def)));
    return m_facts.back().get();
}

const FactDefinition *FactRegistry::find(const QString &id) const
{
    auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : m_facts[size_t(*it)].get();
}

FactDefinition *FactRegistry::findMutable(const QString &id)
{
    auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : m_facts[size_t(*it)].get();
}

QStringList FactRegistry::suggestions(const QString &id) const { return closestMatches(id, m_index.keys()); }

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j) prev[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

namespace {
// editDistance(a, b) when it is at most `limit`, otherwise some value above `limit`. Stops as soon
// as every cell of a row exceeds the limit: a hostile file with thousands of long unknown ids must
// not cost a full quadratic comparison against every known id (found by fuzz_import).
int boundedEditDistance(const QString &a, const QString &b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit) return limit + 1;
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j) prev[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        int rowMin = i;
        for (int j = 1; j <= b.size(); ++j) {
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
            rowMin = std::min(rowMin, cur[size_t(j)]);
        }
        if (rowMin > limit) return limit + 1;
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

// A lower bound of the edit distance in linear time: every edit fixes at most one surplus and one
// missing character. Characters are folded into 64 buckets, which keeps it a lower bound.
struct CharBag {
    std::array<int, 64> counts{};
    explicit CharBag(const QString &s)
    {
        for (QChar c : s) ++counts[c.unicode() & 63];
    }
    int distanceBound(const CharBag &o) const
    {
        int surplus = 0, missing = 0;
        for (size_t i = 0; i < counts.size(); ++i) {
            const int d = counts[i] - o.counts[i];
            (d > 0 ? surplus : missing) += std::abs(d);
        }
        return std::max(surplus, missing);
    }
};
} // namespace

QStringList closestMatches(const QString &word, const QStringList &candidates, int max)
{
    QList<QPair<int, QString>> scored;
    const int limit = std::max(2, int(word.size()) / 3);
    const CharBag bag(word);
    for (const QString &c : candidates) {
        // A candidate containing the word is exactly the missing characters away.
        if (word.size() >= 4 && c.contains(word)) {
            scored.append({int(c.size() - word.size()), c});
            continue;
        }
        if (std::abs(int(c.size()) - int(word.size())) > limit || bag.distanceBound(CharBag(c)) > limit) continue;
        const int d = boundedEditDistance(word, c, limit);
        if (d <= limit) scored.append({d, c});
    }
    std::sort(scored.begin(), scored.end());
    QStringList out;
    for (int i = 0; i < scored.size() && i < max; ++i) out << scored[i].second;
    return out;
}

} // namespace eligicheck
