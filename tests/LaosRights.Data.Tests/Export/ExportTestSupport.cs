using System.Text;
using System.Text.Json;
using FluentAssertions;
using FluentAssertions.Equivalency;
using Json.Schema;
using LaosRights.Data.Serialization;
using Sylvan.Data.Csv;

namespace LaosRights.Data.Tests.Export;

/// <summary>Shared helpers: the shipped JSON, the schema (built once per process), a temporary folder, CSV reading.</summary>
internal static class ExportTestSupport
{
    public static readonly LaosRightsDataset Whole = LaosRightsDataset.Default;

    private static readonly Lazy<JsonSchema> LazySchema = new(() => JsonSchema.FromText(DatasetExport.JsonSchema));

    public static JsonSchema Schema => LazySchema.Value;

    public static byte[] ShippedJson => EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName);

    public static byte[] ToJson(LaosRightsDataset dataset)
    {
        using var stream = new MemoryStream();
        DatasetExport.WriteJson(dataset, stream);
        return stream.ToArray();
    }

    public static EvaluationResults Validate(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    public static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    /// <summary>Compares two datasets record by record, by member values (records hold lists, so record equality would compare references).</summary>
    public static void ShouldEqual(this LaosRightsDataset actual, LaosRightsDataset expected)
    {
        static EquivalencyAssertionOptions<T> Options<T>(EquivalencyAssertionOptions<T> o) => o.ComparingRecordsByMembers().WithStrictOrdering();
        actual.SchemaVersion.Should().Be(expected.SchemaVersion);
        actual.DataVersion.Should().Be(expected.DataVersion);
        actual.Article.Text.Should().Be(expected.Article.Text);
        actual.Article.Sha256.Should().Be(expected.Article.Sha256);
        actual.Article.Attribution.Should().Be(expected.Article.Attribution);
        actual.Actors.Should().BeEquivalentTo(expected.Actors, Options);
        actual.Places.Should().BeEquivalentTo(expected.Places, Options);
        actual.Sources.Should().BeEquivalentTo(expected.Sources, Options);
        actual.Events.Should().BeEquivalentTo(expected.Events, Options);
        actual.Cases.Should().BeEquivalentTo(expected.Cases, Options);
        actual.Figures.Should().BeEquivalentTo(expected.Figures, Options);
        actual.Scores.Should().BeEquivalentTo(expected.Scores, Options);
        actual.Rankings.Should().BeEquivalentTo(expected.Rankings, Options);
        actual.Claims.Should().BeEquivalentTo(expected.Claims, Options);
        actual.Quotations.Should().BeEquivalentTo(expected.Quotations, Options);
        actual.AllRecords.Select(r => r.Id).Should().Equal(expected.AllRecords.Select(r => r.Id));
    }

    /// <summary>Reads a CSV file with Sylvan.Data.Csv: the header and the rows, with empty fields as null.</summary>
    public static (string[] Header, List<string?[]> Rows) ReadCsv(string path)
    {
        using var text = new StreamReader(path, new UTF8Encoding(false, true));
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
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

/// <summary>A fresh folder under the system temporary folder, deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "laosrights-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
