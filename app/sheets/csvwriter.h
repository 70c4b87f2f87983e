#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace eligicheck {

// Writes a CSV file row by row, as Excel and WPS open it on a Chinese desktop without asking:
// UTF-8 with a byte-order mark, comma-separated, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break. Nothing is held beyond the current row; the file replaces an
// existing one only when close() succeeds.
//
// Formula injection (OWASP "CSV injection"): Excel, WPS and LibreOffice read a field that starts
// with = + - @, a tab or a carriage return as a formula, so a firm named =HYPERLINK(…) or an
// answer typed as @SUM(A1) would run when the file is opened. Such a field is written with an
// apostrophe in front ('=HYPERLINK(…)), which makes it text; a plain number (-5, +3.25, -1e3) is
// left as it is, since a spreadsheet reads it as that number and not as a formula. CsvReader
// removes exactly that apostrophe again (see guardFormula / CsvReader::unguardFormula), so our
// own files import back unchanged.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    explicit CsvWriter(const QString &path);
    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    void writeRow(const QStringList &cells);
    bool close();

    // The field as written: quoted when it holds a comma, quote or line break (no formula guard).
    static QString field(const QString &text);
    // `text` with an apostrophe in front when a spreadsheet would read it as a formula: it starts
    // with = + - @ tab, CR or LF (a CRLF in a quoted field reads back as LF), possibly after
    // apostrophes ('=x is written ''=x, so that the reader's one removed apostrophe gives '=x
    // back), and is not a plain number.
    static QString guardFormula(const QString &text);
    // Whether a spreadsheet reads a cell whose text starts (after any apostrophes) with `c` as
    // a formula: = + - @, tab, CR, LF. CsvReader uses the same test to undo the guard.
    static bool startsFormula(QChar c);

private:
    QSaveFile m_file;
    QString m_path;
    QString m_error;
};

} // namespace eligicheck
