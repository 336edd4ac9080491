using NodaTime;

namespace LaosRights.Data.Workbook;

/// <summary>What a workbook cell holds: text, a number or a day. A workbook written here never holds a formula.</summary>
internal enum CellKind
{
    Text,
    Number,
    Date,
}

/// <summary>One cell's value. <see cref="Text"/> is the text of a text cell, or the invariant-culture digits of a number.</summary>
internal readonly record struct WorkbookCell(CellKind Kind, string Text, LocalDate Day = default)
{
    /// <summary>
    /// The earliest day a date cell can hold: 1 March 1900. Spreadsheets count days from 1900 (and Excel counts a
    /// 29 February 1900 that never was), so an earlier day is written as ISO text instead.
    /// </summary>
    public static readonly LocalDate EarliestDateCell = new(1900, 3, 1);

    public static WorkbookCell OfText(string text) => new(CellKind.Text, text);

    public static WorkbookCell OfNumber(string invariantDigits) => new(CellKind.Number, invariantDigits);

    /// <summary>A date cell, or ISO text (<c>uuuu-MM-dd</c>) for a day before <see cref="EarliestDateCell"/>.</summary>
    public static WorkbookCell OfDay(LocalDate day) =>
        day >= EarliestDateCell
            ? new(CellKind.Date, day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), day)
            : OfText(day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>A column of a sheet: its header, its kind of cells, and its description for the About sheet.</summary>
internal sealed record WorkbookColumn(string Name, string Type, string Description);

/// <summary>
/// One sheet: a header row of column names, then one row per record; a null cell is an empty cell. An autofilter covers
/// the table unless <paramref name="AutoFilter"/> is false.
/// </summary>
internal sealed record WorkbookSheet(string Name, string Description, IReadOnlyList<WorkbookColumn> Columns, IReadOnlyList<WorkbookCell?[]> Rows, bool AutoFilter = true);

/// <summary>The workbook's document properties (docProps/core.xml): what File › Properties shows. No dates, so no clock.</summary>
internal sealed record WorkbookProperties(string Title, string Subject, string Creator, string Description, string Keywords);
