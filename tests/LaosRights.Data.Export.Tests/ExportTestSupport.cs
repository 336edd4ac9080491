using System.Text;
using FluentAssertions;
using Sylvan.Data.Csv;

namespace LaosRights.Data.Export.Tests;

/// <summary>Shared helpers: the whole dataset and CSV reading.</summary>
internal static class ExportTestSupport
{
    public static readonly LaosRightsDataset Whole = LaosRightsDataset.Default;

    /// <summary>Reads a CSV file with Sylvan.Data.Csv: the header and the rows, with empty fields as null.</summary>
    public static (string[] Header, List<string?[]> Rows) ReadCsv(string path)
    {
        using var text = new StreamReader(path, new UTF8Encoding(false, true));
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', MaxBufferSize = 8 * 1024 * 1024 });
        var header = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
        var rows = new List<string?[]>();
        while (csv.Read())
        {
            csv.RowFieldCount.Should().Be(header.Length, $"every row of {Path.GetFileName(path)} has as many fields as the header");
            rows.Add([.. Enumerable.Range(0, header.Length).Select(i => csv.GetString(i) is { Length: > 0 } s ? s : null)]);
        }

        return (header, rows);
    }

    public static List<Dictionary<string, string?>> ReadCsvRecords(string path)
    {
        var (header, rows) = ReadCsv(path);
        return [.. rows.Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal))];
    }
}
