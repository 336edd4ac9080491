using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using LaosRights.Data.Serialization;
using LaosRights.Data.Tests.Support;
using Xunit;
using static LaosRights.Data.Export.Tests.ExportTestSupport;

namespace LaosRights.Data.Export.Tests;

/// <summary>
/// Any valid dataset exports in every format (long texts, many quotes, year 0), a failed export leaves nothing that
/// looks complete, and the data package types its columns so that its readers (Python's datetime) can read them.
/// </summary>
public sealed class ExportRobustnessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(16_327, 'x')]
    [InlineData(8_163, '"')]
    [InlineData(300_000, '"')]
    [InlineData(1_000_000, ',')]
    public void A_very_long_cell_exports_to_csv_and_to_a_data_package_and_reads_back(int length, char filler)
    {
        var summary = "A" + new string(filler, length);
        var data = WithEvent(e => e["summary"] = summary);

        DatasetExport.WriteCsv(data, Path.Combine(_folder.Path, "csv"));
        DatasetExport.WriteDataPackage(data, Path.Combine(_folder.Path, "package"));

        foreach (var folder in new[] { "csv", "package" })
        {
            ReadCsvRecords(Path.Combine(_folder.Path, folder, "events.csv")).Should().Contain(r => r["summary"] == summary);
        }

        LaosRightsDataset.Load(Path.Combine(_folder.Path, "package", DatasetJson.FileName)).Events[0].Summary.Should().Be(summary);
    }

    [Fact]
    public void A_data_package_with_a_day_of_year_0_types_that_date_column_as_text_and_the_others_as_dates()
    {
        var data = WithEvent(e => e["date"] = "0000-06-15");

        DatasetExport.WriteDataPackage(data, _folder.Path);

        var fields = Fields("events");
        fields["date_earliest"].GetProperty("type").GetString().Should().Be("string");
        fields["date_earliest"].GetProperty("description").GetString().Should().Contain("year 0");
        fields["date_latest"].GetProperty("type").GetString().Should().Be("string");
        Fields("claims")["date_earliest"].GetProperty("type").GetString().Should().Be("date", "no claim is dated in year 0");
        ReadCsvRecords(Path.Combine(_folder.Path, "events.csv")).Should().Contain(r => r["date_earliest"] == "0000-06-15");
    }

    [Fact]
    public void The_shipped_data_package_keeps_its_date_columns_typed_as_dates()
    {
        DatasetExport.WriteDataPackage(Whole, _folder.Path);

        Fields("events")["date_earliest"].GetProperty("type").GetString().Should().Be("date");
    }

    [Fact]
    public void A_data_package_that_fails_to_write_leaves_no_descriptor_and_no_partial_file()
    {
        // A folder where the descriptor must go makes the very last step fail, after every other file was written.
        Directory.CreateDirectory(Path.Combine(_folder.Path, DatasetExport.DataPackageFileName));

        FluentActions.Invoking(() => DatasetExport.WriteDataPackage(Whole, _folder.Path)).Should().Throw<Exception>().Where(e => e is IOException || e is UnauthorizedAccessException);

        File.Exists(Path.Combine(_folder.Path, DatasetExport.DataPackageFileName)).Should().BeFalse();
        Directory.EnumerateFiles(_folder.Path).Should().BeEmpty("no table is given its name before every file is written");
    }

    private Dictionary<string, JsonElement> Fields(string resource)
    {
        using var descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.Path, DatasetExport.DataPackageFileName)));
        var table = descriptor.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == resource);
        return table.GetProperty("schema").GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());
    }

    private static LaosRightsDataset WithEvent(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName))!;
        var first = document["events"]![0]!.AsObject();
        change(first);
        if (first["date"] is null)
        {
            first.Remove("dateDerivation");
        }

        return LaosRightsDataset.Parse(Encoding.UTF8.GetBytes(document.ToJsonString()));
    }
}
