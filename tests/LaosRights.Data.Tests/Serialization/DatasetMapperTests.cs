using System.Text;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

public class DatasetMapperTests
{
    private static readonly string ShippedJson = Encoding.UTF8.GetString(EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName));

    private static LaosRightsDataset Load(string json) => LaosRightsDataset.Parse(json);

    [Fact]
    public void Shipped_json_is_pretty_printed_and_versioned()
    {
        ShippedJson.Should().StartWith("{\n  \"schemaVersion\": 1,\n  \"dataVersion\": ");
        ShippedJson.Split('\n').Length.Should().BeGreaterThan(2000, "one field per line keeps the data reviewable");
    }

    [Fact]
    public void Shipped_json_loads_into_an_equal_dataset()
    {
        var loaded = Load(ShippedJson);
        loaded.Should().NotBeSameAs(LaosRightsDataset.Default);
        loaded.AllRecords.Select(r => r.Id).Should().Equal(LaosRightsDataset.Default.AllRecords.Select(r => r.Id));
        loaded.Events["iccpr-ratification-2009"].Should().BeEquivalentTo(LaosRightsDataset.Default.Events["iccpr-ratification-2009"]);
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var json = ShippedJson
            .Replace("\"standing\": \"alleged\"", "\"standing\": \"proven\"", StringComparison.Ordinal)
            .Replace("\"date\": \"2009-09-25\"", "\"date\": \"2009-09-31\"", StringComparison.Ordinal)
            .Replace("\"parentId\": \"central-thailand\"", "\"parentId\": \"saraburi\"", StringComparison.Ordinal)
            .Replace("\"id\": \"iccpr-signing\"", "\"id\": \"iccpr-ratification-2009\"", StringComparison.Ordinal);
        var act = () => Load(json);
        var exception = act.Should().Throw<DatasetValidationException>().Which;
        exception.Problems.Should().HaveCount(8); // 4 claims alleged, the bad date, the duplicate id, the dangling link, the parent
        var message = exception.Message;
        message.Should().Contain("'proven' is not one of: stated, reported, alleged");
        message.Should().Contain("'iccpr-ratification-2009'.date: Invalid EDTF interval '2009-09-31': day 31");
        message.Should().Contain("places 'wat-tham-krabok'.parentId: refers to 'saraburi', which is not in the dataset.");
        message.Should().Contain("duplicate id");
    }

    [Fact]
    public void Evidence_that_does_not_match_the_text_is_rejected_with_its_true_position()
    {
        var json = ShippedJson.Replace("\"start\": 1978,", "\"start\": 1979,", StringComparison.Ordinal);
        var act = () => Load(json);
        act.Should().Throw<DatasetValidationException>().WithMessage("*the quote is not at 1979; it is found at start 1978.*");
    }

    [Fact]
    public void Unknown_schema_version_is_rejected()
    {
        var act = () => Load(ShippedJson.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 2,", StringComparison.Ordinal));
        act.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Be(new DatasetProblem("schemaVersion", "unsupported schema version 2; this library reads version 1."));
    }

    [Fact]
    public void Unknown_fields_and_malformed_json_are_rejected()
    {
        FluentActions.Invoking(() => Load(ShippedJson.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"extra\": true,", StringComparison.Ordinal)))
            .Should().Throw<DatasetValidationException>().Which.Problems.Single().Path.Should().Be("$.extra");
        FluentActions.Invoking(() => Load(ShippedJson[..^10])).Should().Throw<DatasetValidationException>();
    }

    [Fact]
    public void Wrong_article_hash_is_rejected()
    {
        var act = () => Load(ShippedJson.Replace("\"sha256\": \"b5dc", "\"sha256\": \"c5dc", StringComparison.Ordinal));
        act.Should().Throw<DatasetValidationException>().Which.Problems.Single().Path.Should().Be("article.sha256");
    }
}
