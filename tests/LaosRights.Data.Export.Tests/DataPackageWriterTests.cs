using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;
using static LaosRights.Data.Export.Tests.ExportTestSupport;

namespace LaosRights.Data.Export.Tests;

/// <summary>The data package descriptor, written for small hand-made tables so every property can be checked exactly.</summary>
public class DataPackageWriterTests
{
    private static readonly ExportTable People = new ExportTable("people", "One row per person.", "id")
        .Field("id", "string", "The person's id.", required: true)
        .Vocabulary<Standing>("standing", "How the article stands behind it.")
        .Field("age", "integer", "The age in years.")
        .Field("boss_id", "string", "The boss.", references: "people")
        .Field("place_id", "string", "Where the person lives.", references: "places")
        .Row("p1", "stated", "40", null, "x");

    private static readonly ExportTable Links = new ExportTable("links", "Person to person.", "from_id", "to_id")
        .Field("from_id", "string", "From.", required: true)
        .Field("to_id", "string", "To.", required: true);

    private static JsonObject Write(params ExportTable[] tables)
    {
        using var stream = new MemoryStream();
        DataPackageWriter.Write(Whole, tables, stream);
        var bytes = stream.ToArray();
        bytes[^1].Should().Be((byte)'\n', "the file ends with a line break");
        return JsonNode.Parse(bytes)!.AsObject();
    }

    private static JsonObject Resource(JsonObject package, string name) =>
        package["resources"]!.AsArray().Single(r => (string?)r!["name"] == name)!.AsObject();

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(n => (string)n!)];

    [Fact]
    public void The_package_names_its_article_licence_source_version_and_keywords()
    {
        var package = Write(People);
        var article = Whole.Article;

        ((string?)package["$schema"]).Should().Be("https://datapackage.org/profiles/2.0/datapackage.json");
        ((string?)package["name"]).Should().Be("laos-rights-data").And.Be(DataPackageWriter.PackageName);
        ((string?)package["title"]).Should().Be("Human rights in Laos: events, cases, figures, claims and their evidence");
        ((string?)package["version"]).Should().Be(Whole.DataVersion);
        Strings(package["keywords"]).Should().Equal("human rights", "Laos", "Hmong", "ICCPR", "events", "claims");

        ((string?)package["description"]).Should().Be(
            "Every event, case, figure, score, ranking, actor, place, source, attributed claim and quotation of the encyclopedia article \"Human rights in Laos\", " +
            "each with the verbatim quotes of the article that prove it (table evidence). Dates keep the article's precision (EDTF text plus earliest and latest day); " +
            "quantities keep their bounds; claims keep who makes them and how the article stands behind them. " +
            $"dataset.json holds the same data in the LaosRights.Data format, described by dataset.schema.json. Article text SHA-256: {article.Sha256}. " +
            article.Attribution);

        var licence = package["licenses"]!.AsArray().Single()!;
        ((string?)licence["name"]).Should().Be("CC-BY-SA-4.0");
        ((string?)licence["path"]).Should().Be(article.LicenseUrl.OriginalString);
        ((string?)licence["title"]).Should().Be($"Creative Commons Attribution-ShareAlike 4.0 International ({article.License})");

        var source = package["sources"]!.AsArray().Single()!;
        ((string?)source["title"]).Should().Be("\"Human rights in Laos\", English Wikipedia");
        ((string?)source["path"]).Should().Be("https://en.wikipedia.org/wiki/Human_rights_in_Laos");
        ((string?)source["description"]).Should().Be(article.Attribution);
    }

    [Fact]
    public void The_descriptor_is_flushed_through_a_buffered_stream_which_is_left_open()
    {
        using var target = new MemoryStream();
        var buffered = new BufferedStream(target, 1 << 20);

        DataPackageWriter.Write(Whole, [Links], buffered);

        target.Length.Should().BeGreaterThan(0, "everything written reaches the underlying stream");
        target.ToArray()[^1].Should().Be((byte)'\n', "the final line break is flushed too");
        JsonNode.Parse(target.ToArray())!["name"]!.GetValue<string>().Should().Be("laos-rights-data");
        buffered.CanWrite.Should().BeTrue("the stream is not closed");
        buffered.Dispose();
    }

    [Fact]
    public void Every_table_is_a_resource_in_order_followed_by_the_JSON()
    {
        var package = Write(People, Links);

        package["resources"]!.AsArray().Select(r => (string)r!["name"]!).Should().Equal("people", "links", "dataset");
        var json = Resource(package, "dataset");
        ((string?)json["path"]).Should().Be("dataset.json");
        ((string?)json["format"]).Should().Be("json");
        ((string?)json["mediatype"]).Should().Be("application/json");
        ((string?)json["encoding"]).Should().Be("utf-8");
        ((string?)json["description"]).Should().Be(
            "The same records in the JSON format that LaosRights.Data reads (LaosRightsDataset.Load), valid against the JSON Schema dataset.schema.json.");
        json.ContainsKey("schema").Should().BeFalse();
        json.ContainsKey("type").Should().BeFalse();
    }

    [Fact]
    public void A_table_resource_is_a_CSV_with_its_dialect()
    {
        var table = Resource(Write(People), "people");

        ((string?)table["type"]).Should().Be("table");
        ((string?)table["path"]).Should().Be("people.csv");
        ((string?)table["format"]).Should().Be("csv");
        ((string?)table["mediatype"]).Should().Be("text/csv");
        ((string?)table["encoding"]).Should().Be("utf-8");
        ((string?)table["description"]).Should().Be("One row per person.");
        var dialect = table["dialect"]!.AsObject();
        ((bool?)dialect["header"]).Should().BeTrue();
        ((string?)dialect["delimiter"]).Should().Be(",");
        ((string?)dialect["lineTerminator"]).Should().Be("\r\n");
        ((string?)dialect["quoteChar"]).Should().Be("\"");
        ((bool?)dialect["doubleQuote"]).Should().BeTrue();
        dialect.Count.Should().Be(5);
    }

    [Fact]
    public void Fields_have_name_type_description_and_constraints_only_when_there_are_some()
    {
        var schema = Resource(Write(People), "people")["schema"]!.AsObject();
        var fields = schema["fields"]!.AsArray().Select(f => f!.AsObject()).ToList();

        fields.Select(f => (string)f["name"]!).Should().Equal("id", "standing", "age", "boss_id", "place_id");
        fields.Select(f => (string)f["type"]!).Should().Equal("string", "string", "integer", "string", "string");
        fields.Select(f => (string)f["description"]!).Should().Equal(
            "The person's id.", "How the article stands behind it.", "The age in years.", "The boss.", "Where the person lives.");

        var id = fields[0]["constraints"]!.AsObject();
        ((bool?)id["required"]).Should().BeTrue();
        id.ContainsKey("enum").Should().BeFalse();

        var standing = fields[1]["constraints"]!.AsObject();
        ((bool?)standing["required"]).Should().BeTrue();
        Strings(standing["enum"]).Should().Equal(ExportTable.Names<Standing>()).And.Contain("stated");

        fields[2].ContainsKey("constraints").Should().BeFalse("an optional field without a vocabulary has no constraints");
        fields[3].ContainsKey("constraints").Should().BeFalse();
    }

    [Fact]
    public void An_optional_vocabulary_has_an_enum_but_is_not_required()
    {
        var table = new ExportTable("t", "T.", "id").Field("id", "string", "Id.", required: true).Vocabulary<ActorRole>("role", "The role.", required: false);

        var role = Resource(Write(table), "t")["schema"]!["fields"]![1]!["constraints"]!.AsObject();

        role.ContainsKey("required").Should().BeFalse();
        Strings(role["enum"]).Should().Equal(ExportTable.Names<ActorRole>());
    }

    [Fact]
    public void The_schema_has_missing_values_primary_key_and_foreign_keys()
    {
        var schema = Resource(Write(People), "people")["schema"]!.AsObject();

        Strings(schema["missingValues"]).Should().Equal("");
        Strings(schema["primaryKey"]).Should().Equal("id");
        var keys = schema["foreignKeys"]!.AsArray().Select(k => k!.AsObject()).ToList();
        keys.Should().HaveCount(2);

        Strings(keys[0]["fields"]).Should().Equal("boss_id");
        var self = keys[0]["reference"]!.AsObject();
        self.ContainsKey("resource").Should().BeFalse("a key into the same table names no resource");
        Strings(self["fields"]).Should().Equal("id");

        Strings(keys[1]["fields"]).Should().Equal("place_id");
        ((string?)keys[1]["reference"]!["resource"]).Should().Be("places");
        Strings(keys[1]["reference"]!["fields"]).Should().Equal("id");
    }

    [Fact]
    public void A_table_without_foreign_keys_has_none_and_a_composite_primary_key_keeps_its_order()
    {
        var schema = Resource(Write(Links), "links")["schema"]!.AsObject();

        Strings(schema["primaryKey"]).Should().Equal("from_id", "to_id");
        schema.ContainsKey("foreignKeys").Should().BeFalse();
        schema.Select(p => p.Key).Should().Equal("fields", "missingValues", "primaryKey");
    }

    [Fact]
    public void Added_foreign_keys_are_written_too()
    {
        var table = new ExportTable("pairs", "Pairs.", "a_id", "b_id")
            .Field("a_id", "string", "A.", required: true)
            .Field("b_id", "string", "B.", required: true)
            .AddForeignKey("a_id", "events")
            .AddForeignKey("b_id", "pairs");

        var keys = Resource(Write(table), "pairs")["schema"]!["foreignKeys"]!.AsArray();

        keys.Should().HaveCount(2);
        ((string?)keys[0]!["reference"]!["resource"]).Should().Be("events");
        keys[1]!["reference"]!.AsObject().ContainsKey("resource").Should().BeFalse();
        Strings(keys[1]!["fields"]).Should().Equal("b_id");
    }

    [Fact]
    public void The_real_tables_of_the_shipped_data_are_described_with_their_keys()
    {
        var package = Write([.. DatasetTables.Build(Whole)]);

        var events = Resource(package, "events")["schema"]!.AsObject();
        Strings(events["primaryKey"]).Should().Equal("id");
        var fields = events["fields"]!.AsArray().Select(f => f!.AsObject()).ToList();
        var id = fields.Single(f => (string?)f["name"] == "id");
        ((bool?)id["constraints"]!["required"]).Should().BeTrue();
        ((string?)id["type"]).Should().Be("string");
        var standing = fields.Single(f => (string?)f["name"] == "standing");
        Strings(standing["constraints"]!["enum"]).Should().Contain(["stated", "concern-raised"]);

        var evidence = Resource(package, "evidence")["schema"]!.AsObject();
        evidence["fields"]!.AsArray().Should().NotBeEmpty();
        package["resources"]!.AsArray().Should().HaveCount(DatasetTables.Build(Whole).Count + 1);
    }
}
