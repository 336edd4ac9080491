using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using LaosRights.Data.Tests.Support;
using Xunit;
using static LaosRights.Data.Tests.Serialization.JsonTestSupport;

namespace LaosRights.Data.Tests.Serialization;

public class JsonExportTests
{
    [Fact]
    public void Writing_the_shipped_dataset_then_loading_it_gives_an_equal_dataset()
    {
        var loaded = LaosRightsDataset.Parse(ToJson(Whole));

        loaded.Should().NotBeSameAs(Whole);
        loaded.ShouldEqual(Whole);
    }

    [Fact]
    public void Writing_the_shipped_dataset_reproduces_the_shipped_file_byte_for_byte()
    {
        // The strongest check of the writer: same properties, values, order, indentation, escaping and line ends.
        // If this fails after a hand edit of dataset.json, format the file as the writer does (see the README).
        var written = Encoding.UTF8.GetString(ToJson(Whole));
        var shipped = Encoding.UTF8.GetString(ShippedJson);

        written.Should().Be(shipped);
    }

    [Fact]
    public void The_written_json_says_exactly_what_the_shipped_file_says()
    {
        JsonNode.DeepEquals(JsonNode.Parse(ToJson(Whole)), JsonNode.Parse(ShippedJson)).Should().BeTrue();
    }

    [Fact]
    public void Writing_is_canonical_write_load_write_gives_the_same_bytes()
    {
        var first = ToJson(Whole);
        var second = ToJson(LaosRightsDataset.Parse(first));

        second.Should().Equal(first);
        first.Should().Equal(ToJson(Whole));
    }

    [Fact]
    public void The_written_json_is_pretty_printed_utf8_without_bom_with_lf_line_ends_and_readable_text()
    {
        var bytes = ToJson(Whole);
        var text = Encoding.UTF8.GetString(bytes);

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        text.Should().StartWith("{\n  \"schemaVersion\": 1,\n  \"dataVersion\": \"1.2.0\",\n  \"article\": {\n    \"title\": \"Human rights in Laos\",");
        text.Should().EndWith("}\n").And.NotContain("\r");
        text.Should().Contain("Médecins Sans Frontières").And.Contain("\\\"Human rights in Laos\\\"");
        text.Should().NotContain("\\u00").And.NotContain(": null").And.NotContain("\"text\": \"= ");
        text.Should().Contain("\"date\": \"18XX/..\"").And.Contain("\"date\": \"../2009-10\"");
        text.Should().Contain("\"scores\": [").And.NotContain("[]");
    }

    [Fact]
    public void Records_are_written_with_id_first_and_evidence_last()
    {
        var root = JsonNode.Parse(ToJson(Whole))!.AsObject();
        foreach (var kind in new[] { "actors", "places", "sources", "events", "cases", "figures", "scores", "rankings", "claims", "quotations" })
        {
            foreach (var record in root[kind]!.AsArray())
            {
                var names = record!.AsObject().Select(p => p.Key).ToList();
                names[0].Should().Be("id");
                names[^1].Should().Be("evidence");
            }
        }
    }

    [Fact]
    public void An_empty_subset_is_written_with_empty_lists_and_loads()
    {
        var empty = Whole.Subset([]);
        var json = Encoding.UTF8.GetString(ToJson(empty));

        json.Should().Contain("\"events\": []").And.Contain("\"quotations\": []");
        var loaded = LaosRightsDataset.Parse(json);
        loaded.AllRecords.Should().BeEmpty();
        loaded.Article.Sha256.Should().Be(Whole.Article.Sha256);
    }

    [Fact]
    public void A_dataset_about_another_text_is_written_with_that_text()
    {
        const string text = "= Another article =\nLaos ratified a treaty in 2009.\n";
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var source = $$"""
            {"schemaVersion":1,"dataVersion":"0.1.0","article":{"title":"Another article","sha256":"{{sha}}","license":"CC BY-SA 4.0",
             "licenseUrl":"https://creativecommons.org/licenses/by-sa/4.0/","attribution":"Test.","sourceUrl":"https://example.org/a","text":{{JsonValue.Create(text).ToJsonString()}}},
             "actors":[],"places":[],"sources":[],"cases":[],"figures":[],"scores":[],"rankings":[],"claims":[],"quotations":[],
             "events":[{"id":"ratification","summary":"Laos ratifies a treaty","date":"2009","standing":"stated","evidence":[{"start":20,"length":30,"quote":"Laos ratified a treaty in 2009"}]}]}
            """;
        var dataset = LaosRightsDataset.Parse(source);

        var written = ToJson(dataset);
        Encoding.UTF8.GetString(written).Should().Contain("\"text\": \"= Another article =\\nLaos ratified");
        LaosRightsDataset.Parse(written).ShouldEqual(dataset);
    }

    [Fact]
    public void WriteJson_checks_its_arguments()
    {
        FluentActions.Invoking(() => DatasetJson.Write(null!, new MemoryStream())).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DatasetJson.Write(Whole, null!)).Should().Throw<ArgumentNullException>();
    }
}
