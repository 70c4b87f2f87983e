#include "answers.h"

#include "explanation.h"

#include "boundedfile.h"

#include "yamlsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace eligicheck {

namespace {
// The translation context of what a user is told about an answer (at the field, on the CLI).
class AnswerMessages {
    Q_DECLARE_TR_FUNCTIONS(AnswerMessages)
};
} // namespace

QString normalizeFullWidth(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        ushort u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) out.append(QChar(u - 0xFEE0)); // full-width ASCII block
        else if (u == 0x3000) out.append(u' ');
        else if (u == 0x3002 && false) out.append(u'.');
        else out.append(c);
    }
    return out;
}

namespace {

struct UnitFactor {
    const char16_t *suffix;
    Number factor; // multiply the typed number by this to get the fact's unit
};

// Money: everything is stored in 万元.
const QVector<UnitFactor> &moneyUnits()
{
    static const QVector<UnitFactor> units = {
        {u"亿元", Number(10000)},  {u"亿", Number(10000)},         {u"千万元", Number(1000)},
        {u"千万", Number(1000)},   {u"百万元", Number(100)},        {u"百万", Number(100)},
        {u"万元", Number(1)},      {u"万", Number(1)},              {u"千元", Number::fraction(1, 10)},
        {u"元", Number::fraction(1, 10000)}, {u"wan", Number(1)},    {u"yuan", Number::fraction(1, 10000)},
    };
    return units;
}

QStringList unitAliases(const QString &unit)
{
    if (unit == QStringLiteral("人")) return {QStringLiteral("人"), QStringLiteral("名"), QStringLiteral("persons")};
    if (unit == QStringLiteral("m²"))
        return {QStringLiteral("m²"), QStringLiteral("㎡"), QStringLiteral("平方米"), QStringLiteral("m2")};
    if (unit == QStringLiteral("年")) return {QStringLiteral("年"), QStringLiteral("years")};
    if (unit == QStringLiteral("月")) return {QStringLiteral("个月"), QStringLiteral("月"), QStringLiteral("months")};
    if (unit == QStringLiteral("天")) return {QStringLiteral("天"), QStringLiteral("日"), QStringLiteral("days")};
    if (unit == QLatin1String("%")) return {QStringLiteral("%"), QStringLiteral("个百分点")};
    if (unit.isEmpty()) return {};
    return {unit};
}

QString exampleFor(const FactDefinition &f)
{
    if (f.unit == QStringLiteral("万元"))
        return AnswerMessages::tr("an amount in 万元, e.g. 5000, \"0.5亿元\", \"8000万\" or \"80,000,000元\"");
    if (f.unit == QLatin1String("%")) return AnswerMessages::tr("a percentage, e.g. 2.5 or \"2.5%\"");
    if (f.type == FactType::Integer)
        return f.unit.isEmpty() ? AnswerMessages::tr("a whole number")
                                : AnswerMessages::tr("a whole number of %1").arg(unitName(f.unit, uiLang()));
    return f.unit.isEmpty() ? AnswerMessages::tr("a number")
                            : AnswerMessages::tr("a number in %1").arg(unitName(f.unit, uiLang()));
}

std::optional<Number> parsePlainNumber(QString s, Number::ParseError *why) {
    static const QRegularExpression grouped(QStringLiteral("^[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    if (s.contains(u',')) {
        if (!grouped.match(s).hasMatch()) return std::nullopt;
        s.remove(u',');
    }
    return Number::parse(s, why);
}

} // namespace

QString checkBounds(const FactDefinition &f, const Number &v)
{
    auto show = [&](const Number &n) {
        const Lang lang = uiLang();
        return lang == Lang::Zh || f.unit.isEmpty() ? n.toGroupedString() + f.unit
                                                    : formatNumber(n, f.unit, lang);
    };
    if (f.min && v < *f.min) {
        if (f.max) return AnswerMessages::tr("must be between %1 and %2").arg(show(*f.min), show(*f.max));
        return AnswerMessages::tr("must not be less than %1").arg(show(*f.min));
    }
    if (f.max && v > *f.max) {
        if (f.min) return AnswerMessages::tr("must be between %1 and %2").arg(show(*f.min), show(*f.max));
        return AnswerMessages::tr("must not be more than %1").arg(show(*f.max));
    }
    return QString();
}

std::optional<Value> parseFactValue(const FactDefinition &f, const QString &raw, QString *error)
{
    QString text = normalizeFullWidth(raw).trimmed();
    const QString shown = elideForMessage(raw);
    auto failWith = [&](const QString &msg) -> std::optional<Value> {
        if (error) *error = msg;
        return std::nullopt;
    };
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null")) return Value();

    switch (f.type) {
    case FactType::Number:
    case FactType::Integer: {
        QString s = text;
        s.remove(u' ');
        Number factor(1);
        bool matched = false;
        if (f.unit == QStringLiteral("万元")) {
            for (const UnitFactor &u : moneyUnits()) {
                QString suffix = QString::fromUtf16(u.suffix);
                if (s.endsWith(suffix, Qt::CaseInsensitive)) {
                    s.chop(suffix.size());
                    factor = u.factor;
                    matched = true;
                    break;
                }
            }
        } else {
            for (const QString &alias : unitAliases(f.unit)) {
                if (s.endsWith(alias)) {
                    s.chop(alias.size());
                    matched = true;
                    break;
                }
            }
        }
        Number::ParseError why = Number::ParseError::None;
        std::optional<Number> n = parsePlainNumber(s, &why);
        if (why == Number::ParseError::TooLarge || why == Number::ParseError::TooPrecise)
            return failWith(Number::parseErrorMessage(why, raw));
        if (!n) {
            static const QRegularExpression numberThenWord(QStringLiteral("^[-+]?[0-9][0-9.,]*[^0-9.,]+$"));
            if (!matched && numberThenWord.match(s).hasMatch())
                return failWith(AnswerMessages::tr("'%1' has a unit that is not understood here; expected %2")
                                    .arg(shown, exampleFor(f)));
            return failWith(AnswerMessages::tr("'%1' is not a number; expected %2").arg(shown, exampleFor(f)));
        }
        Number v = *n * factor;
        if (!v.isValid()) return failWith(Number::parseErrorMessage(Number::ParseError::TooLarge, raw));
        if (f.type == FactType::Integer && !v.isInteger())
            return failWith(AnswerMessages::tr("'%1' is not a whole number; expected %2").arg(shown, exampleFor(f)));
        QString bound = checkBounds(f, v);
        if (!bound.isEmpty()) return failWith(AnswerMessages::tr("'%1' is out of range: %2").arg(shown, bound));
        return Value::fromNumber(v);
    }
    case FactType::Boolean: {
        static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("是"),
                                        QStringLiteral("有"), QStringLiteral("y"), QStringLiteral("True")};
        static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("否"),
                                       QStringLiteral("无"), QStringLiteral("n"), QStringLiteral("False")};
        if (yes.contains(text, Qt::CaseInsensitive)) return Value::fromBool(true);
        if (no.contains(text, Qt::CaseInsensitive)) return Value::fromBool(false);
        return failWith(AnswerMessages::tr("'%1' is not yes/no; expected true/false or 是/否").arg(shown));
    }
    case FactType::Date: {
        static const QRegularExpression re(
            QStringLiteral("^(\\d{4})(?:[-/.](\\d{1,2})[-/.](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日?)$"));
        auto m = re.match(text);
        if (!m.hasMatch())
            return failWith(AnswerMessages::tr("'%1' is not a date; expected YYYY-MM-DD, e.g. 2025-06-01").arg(shown));
        int y = m.captured(1).toInt();
        int mo = (m.captured(2).isEmpty() ? m.captured(4) : m.captured(2)).toInt();
        int d = (m.captured(3).isEmpty() ? m.captured(5) : m.captured(3)).toInt();
        QDate date(y, mo, d);
        if (!date.isValid()) return failWith(AnswerMessages::tr("'%1' is not a real calendar date").arg(shown));
        return Value::fromDate(date);
    }
    case FactType::Choice: {
        for (const ChoiceOption &c : f.choices)
            if (c.id == text || c.label.zh == text || (!c.label.en.isEmpty() && c.label.en == text))
                return Value::fromChoice(c.id);
        QStringList sug = closestMatches(text, f.choiceIds());
        return failWith(AnswerMessages::tr("'%1' is not one of the choices%2; allowed: %3")
                            .arg(shown,
                                 sug.isEmpty() ? QString() : AnswerMessages::tr(" (did you mean %1?)").arg(sug.join(u',')),
                                 f.choiceIds().join(QStringLiteral(", "))));
    }
    case FactType::Text: return Value::fromText(raw.trimmed());
    }
    return Value();
}

FactValues Answers::toFactValues(const FactRegistry &facts, const QDate &date) const
{
    FactValues out(facts.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (const FactDefinition *f = facts.find(it.key())) out[f->slot] = it.value();
    out[FactRegistry::ApplicationDateSlot] = Value::fromDate(date);
    return out;
}

std::optional<Answers> loadAnswersFile(const QString &path, const FactRegistry &facts, Diagnostics *diags)
{
    QString error;
    const std::optional<QByteArray> content = BoundedFile::read(path, MaxRuleFileBytes, &error);
    if (!content) {
        diags->append({Diagnostic::Error, path, 0, 0, error});
        return std::nullopt;
    }
    return parseAnswers(path, *content, facts, diags);
}

std::optional<Answers> parseAnswers(const QString &path, const QByteArray &content, const FactRegistry &facts,
                                    Diagnostics *diags)
{
    YamlFile yf(path, content);
    const int before = int(diags->size());
    if (!yf.parse(diags)) return std::nullopt;
    const YAML::Node &root = yf.root();
    if (!yf.checkMap(diags, root, AnswerMessages::tr("an answers file"),
                     {QStringLiteral("as_of"), QStringLiteral("firm"), QStringLiteral("facts")}, {QStringLiteral("facts")}))
        return std::nullopt;
    yf.checkDuplicateKeys(diags, root);
    Answers a;
    int suggested = 0;
    try {
        if (YAML::Node asOf = root["as_of"]; !YamlFile::isNull(asOf)) {
            QString err;
            auto v = parseFactValue(facts.at(FactRegistry::ApplicationDateSlot), YamlFile::scalar(asOf), &err);
            if (!v || !v->isKnown()) yf.error(diags, asOf, QStringLiteral("as_of: ") + (err.isEmpty() ? AnswerMessages::tr("expected a date") : err));
            else a.asOf = v->date();
        }
        if (YAML::Node firm = root["firm"]; !YamlFile::isNull(firm)) {
            if (yf.checkMap(diags, firm, QStringLiteral("firm"),
                            {QStringLiteral("name"), QStringLiteral("credit_code"), QStringLiteral("region"),
                             QStringLiteral("contact"), QStringLiteral("notes")},
                            {})) {
                a.firmName = YamlFile::scalar(firm["name"]);
                a.creditCode = YamlFile::scalar(firm["credit_code"]);
            }
        }
        YAML::Node fs = root["facts"];
        if (!YamlFile::isNull(fs)) {
            if (!fs.IsMap()) {
                yf.error(diags, fs, AnswerMessages::tr("'facts' must be a mapping of fact id to value"));
            } else {
                for (auto it = fs.begin(); it != fs.end(); ++it) {
                    QString id = YamlFile::scalar(it->first);
                    const FactDefinition *f = facts.find(id);
                    if (!f) {
                        const bool suggest = suggested++ < MaxSuggestionsPerFile;
                        const QStringList sug = suggest ? facts.suggestions(id) : QStringList();
                        yf.error(diags, it->first,
                                 AnswerMessages::tr("unknown fact '%1'%2").arg(id,
                                     !suggest       ? QString()
                                     : sug.isEmpty() ? AnswerMessages::tr(" (no loaded rule set asks for it)")
                                                     : AnswerMessages::tr(" (did you mean %1?)").arg(sug.join(QStringLiteral(", ")))));
                        continue;
                    }
                    if (f->builtin) {
                        yf.error(diags, it->first, AnswerMessages::tr("'%1' is set with as_of, not under facts").arg(id));
                        continue;
                    }
                    if (!it->second.IsNull() && !it->second.IsScalar()) {
                        yf.error(diags, it->second, AnswerMessages::tr("fact '%1': expected a single value").arg(id));
                        continue;
                    }
                    QString err;
                    auto v = parseFactValue(*f, YamlFile::scalar(it->second), &err);
                    if (!v) {
                        yf.error(diags, it->second, AnswerMessages::tr("fact '%1': %2").arg(id, err));
                        continue;
                    }
                    if (v->isKnown()) a.values.insert(id, *v);
                }
            }
        }
    } catch (const YAML::Exception &e) {
        yf.error(diags, SourcePos{}, QString::fromStdString(e.what()));
    }
    for (int i = before; i < diags->size(); ++i)
        if ((*diags)[i].severity == Diagnostic::Error) return std::nullopt;
    return a;
}

} // namespace eligicheck
