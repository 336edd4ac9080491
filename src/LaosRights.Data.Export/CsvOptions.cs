namespace LaosRights.Data;

/// <summary>
/// How <see cref="DatasetExport.WriteCsv(LaosRightsDataset, string, CsvOptions?)"/> writes its files.
/// <see cref="Default"/> is plain RFC 4180 for data tools (pandas, R, databases, frictionless);
/// <see cref="ForSpreadsheets"/> is for CSV that people will open in Excel, LibreOffice or Google Sheets.
/// </summary>
/// <remarks>
/// For spreadsheets the workbook (<see cref="DatasetExport.WriteXlsx(LaosRightsDataset, Stream)"/>) is better still:
/// a spreadsheet opening CSV guesses each cell's type and turns a partial date such as <c>1999-10</c> into a day
/// (1 October 1999), which no CSV option can prevent. Immutable and thread-safe.
/// </remarks>
public sealed record CsvOptions
{
    /// <summary>RFC 4180 as data tools expect it: no byte order mark, every value exactly as in the data.</summary>
    public static CsvOptions Default { get; } = new();

    /// <summary>
    /// For CSV opened in a spreadsheet: a UTF-8 byte order mark (<see cref="ByteOrderMark"/>) and formula
    /// neutralisation (<see cref="NeutralizeFormulas"/>).
    /// </summary>
    public static CsvOptions ForSpreadsheets { get; } = new() { ByteOrderMark = true, NeutralizeFormulas = true };

    /// <summary>
    /// Whether each file starts with the UTF-8 byte order mark (EF BB BF), by which Excel recognises UTF-8; without
    /// it, Excel reads the file in the machine's legacy code page and shows "Médecins" as "MÃ©decins". Off by default:
    /// RFC 4180 tools and many Unix tools take the mark for part of the first column's name.
    /// </summary>
    public bool ByteOrderMark { get; init; }

    /// <summary>
    /// Whether a value that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a
    /// single quote (<c>'</c>) in front of it, so that a spreadsheet shows it as text instead of running it as a
    /// formula: the neutralisation of CSV injection that OWASP recommends
    /// (https://owasp.org/www-community/attacks/CSV_Injection). A shipped value such as "- Laotian penal system" then
    /// shows as text instead of <c>#NAME?</c>, and a value such as <c>=HYPERLINK(…)</c> in a user's own data cannot
    /// become a live formula. Off by default, because it changes the data: a program reading the file sees the quote.
    /// </summary>
    public bool NeutralizeFormulas { get; init; }

    /// <summary>
    /// The value as written with <see cref="NeutralizeFormulas"/>: <paramref name="value"/> with a single quote in
    /// front when it begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return; otherwise
    /// <paramref name="value"/> itself.
    /// </summary>
    /// <param name="value">A cell's value.</param>
    /// <returns>The neutralised value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Neutralize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }
}
