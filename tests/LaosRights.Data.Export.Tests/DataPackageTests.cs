using System.Text.Json.Nodes;
using FluentAssertions;
using LaosRights.Data.Tests.Support;
using Xunit;
using static LaosRights.Data.Export.Tests.ExportTestSupport;

namespace LaosRights.Data.Export.Tests;

/// <summary>The Frictionless Data Package: its descriptor, and every key it declares checked against the written CSVs.</summary>
public sealed class DataPackageTests : IClassFixture<DataPackageTests.Package>
{
    private readonly Package _package;

    public DataPackageTests(Package package) => _package = package;

    public sealed class Package : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Package()
        {
            // A subset, so the check also proves a filtered export is closed under its foreign keys.
            Subset = Whole.Subset(Whole.Events.Where(e => e.Topics.Contains(Topic.RefugeesAndAsylumSeekers)));
            Files = DatasetExport.WriteDataPackage(Whole, _folder.Path);
            DatasetExport.WriteDataPackage(Subset, SubsetFolder);
            Descriptor = JsonNode.Parse(File.ReadAllText(Path.Combine(_folder.Path, "datapackage.json")))!.AsObject();
        }

        public LaosRightsDataset Subset { get; }

        public string Folder => _folder.Path;

        public string SubsetFolder => Path.Combine(_folder.Path, "subset");

        public IReadOnlyList<string> Files { get; }

        public JsonObject Descriptor { get; }

        public IEnumerable<JsonObject> Tables => Descriptor["resources"]!.AsArray().Select(r => r!.AsObject()).Where(r => (string?)r["type"] == "table");

        public void Dispose() => _folder.Dispose();
    }

    [Fact]
    public void The_package_holds_the_csvs_the_json_its_schema_and_the_descriptor()
    {
        _package.Files.Should().Contain(["dataset.json", "dataset.schema.json", "events.csv", "evidence.csv"]);
        _package.Files[^1].Should().Be("datapackage.json");
        File.ReadAllText(Path.Combine(_package.Folder, "dataset.schema.json")).Should().Be(DatasetJson.Schema);
        LaosRightsDataset.Parse(File.ReadAllBytes(Path.Combine(_package.Folder, "dataset.json"))).ShouldEqual(Whole);
    }

    [Fact]
    public void The_descriptor_is_a_v2_package_with_licence_and_attribution()
    {
        var d = _package.Descriptor;
        ((string?)d["$schema"]).Should().Be("https://datapackage.org/profiles/2.0/datapackage.json");
        ((string?)d["name"]).Should().MatchRegex("^[a-z0-9._-]+$");
        ((string?)d["version"]).Should().Be(Whole.DataVersion);
        var licence = d["licenses"]!.AsArray().Single()!;
        ((string?)licence["name"]).Should().Be("CC-BY-SA-4.0");
        ((string?)licence["path"]).Should().Be("https://creativecommons.org/licenses/by-sa/4.0/");
        var source = d["sources"]!.AsArray().Single()!;
        ((string?)source["path"]).Should().Be("https://en.wikipedia.org/wiki/Human_rights_in_Laos");
        ((string?)source["description"]).Should().Be(Whole.Article.Attribution);
        ((string?)d["description"]).Should().Contain(Whole.Article.Sha256);
    }

    [Fact]
    public void Every_csv_file_is_a_resource_and_every_resource_file_exists()
    {
        var paths = _package.Descriptor["resources"]!.AsArray().Select(r => (string)r!["path"]!).ToList();

        paths.Should().BeEquivalentTo(_package.Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f == "dataset.json"));
        _package.Descriptor["resources"]!.AsArray().Select(r => (string)r!["name"]!).Should().OnlyHaveUniqueItems().And.AllSatisfy(n => n.Should().MatchRegex("^[a-z0-9._-]+$"));
    }

    [Fact]
    public void Every_table_schema_matches_its_file_header_and_describes_every_field()
    {
        var types = new[] { "string", "integer", "number", "date", "year" };
        foreach (var table in _package.Tables)
        {
            var schema = table["schema"]!;
            var fields = schema["fields"]!.AsArray().Select(f => f!.AsObject()).ToList();
            var (header, _) = ReadCsv(Path.Combine(_package.Folder, (string)table["path"]!));

            header.Should().Equal(fields.Select(f => (string)f["name"]!), (string?)table["name"]);
            fields.Should().AllSatisfy(f =>
            {
                types.Should().Contain((string?)f["type"]);
                ((string?)f["description"]).Should().NotBeNullOrWhiteSpace();
            });
            schema["missingValues"]!.AsArray().Select(v => (string?)v).Should().Equal("");
            schema["primaryKey"]!.AsArray().Should().NotBeEmpty();
            ((string?)table["encoding"]).Should().Be("utf-8");
            ((string?)table["description"]).Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Date_columns_say_what_they_mean_in_their_own_field()
    {
        JsonObject Field(string table, string name) =>
            _package.Tables.Single(t => (string?)t["name"] == table)["schema"]!["fields"]!.AsArray().Select(f => f!.AsObject()).Single(f => (string?)f["name"] == name);

        ((string?)Field("events", "date")["description"]).Should().NotStartWith("When it happened").And.Contain("date_meaning");
        foreach (var (table, name) in new[] { ("events", "date_meaning"), ("sources", "date_meaning"), ("sources", "date_derivation"), ("places", "description") })
        {
            var field = Field(table, name);
            ((string?)field["type"]).Should().Be("string");
            ((string?)field["description"]).Should().NotBeNullOrWhiteSpace();
        }

        Field("events", "date_meaning")["constraints"]!["enum"]!.AsArray().Select(v => (string?)v).Should().Contain(["happened", "expected", "deadline", "published", "submitted"]);
    }

    [Fact]
    public void Values_match_their_field_types_and_constraints_in_every_table()
    {
        foreach (var folder in new[] { _package.Folder, _package.SubsetFolder })
        {
            foreach (var table in _package.Tables)
            {
                var fields = table["schema"]!["fields"]!.AsArray().Select(f => f!.AsObject()).ToList();
                var (_, rows) = ReadCsv(Path.Combine(folder, (string)table["path"]!));
                for (var i = 0; i < fields.Count; i++)
                {
                    var name = $"{table["name"]}.{fields[i]["name"]}";
                    var type = (string)fields[i]["type"]!;
                    var required = (bool?)fields[i]["constraints"]?["required"] == true;
                    var allowed = fields[i]["constraints"]?["enum"]?.AsArray().Select(v => (string?)v).ToHashSet();
                    foreach (var value in rows.Select(r => r[i]))
                    {
                        if (value is null)
                        {
                            required.Should().BeFalse($"{name} is required");
                            continue;
                        }

                        var ok = type switch
                        {
                            "integer" => long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
                            "number" => decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _),
                            "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _),
                            "year" => value.Length == 4 && value.All(char.IsAsciiDigit),
                            _ => true,
                        };
                        ok.Should().BeTrue($"{name} = '{value}' is a {type}");
                        allowed?.Should().Contain(value, name);
                    }
                }
            }
        }
    }

    [Fact]
    public void Every_primary_key_is_unique_and_every_foreign_key_resolves_in_the_written_files()
    {
        foreach (var folder in new[] { _package.Folder, _package.SubsetFolder })
        {
            var tables = _package.Tables.ToDictionary(
                t => (string)t["name"]!,
                t => ReadCsvRecords(Path.Combine(folder, (string)t["path"]!)));
            var checkedKeys = 0;
            foreach (var table in _package.Tables)
            {
                var name = (string)table["name"]!;
                var rows = tables[name];
                var primaryKey = table["schema"]!["primaryKey"]!.AsArray().Select(k => (string)k!).ToList();
                rows.Select(r => string.Join("\u001f", primaryKey.Select(k => r[k]))).Should().OnlyHaveUniqueItems($"{name} primary key");

                foreach (var fk in table["schema"]!["foreignKeys"]?.AsArray() ?? [])
                {
                    var fields = fk!["fields"]!.AsArray().Select(f => (string)f!).ToList();
                    var target = (string?)fk["reference"]!["resource"] ?? name;
                    var targetFields = fk["reference"]!["fields"]!.AsArray().Select(f => (string)f!).ToList();
                    var keys = tables[target].Select(r => string.Join("\u001f", targetFields.Select(k => r[k]))).ToHashSet(StringComparer.Ordinal);
                    foreach (var row in rows.Where(r => fields.All(f => r[f] is not null)))
                    {
                        keys.Should().Contain(string.Join("\u001f", fields.Select(f => row[f])), $"{name}.{string.Join(",", fields)} refers to {target}");
                        checkedKeys++;
                    }
                }
            }

            checkedKeys.Should().BeGreaterThan(folder == _package.Folder ? 1000 : 100);
        }
    }

    [Fact]
    public void Foreign_keys_cover_every_reference_of_the_model()
    {
        var keys = _package.Tables.SelectMany(t => (t["schema"]!["foreignKeys"]?.AsArray() ?? []).Select(fk =>
            $"{t["name"]}.{fk!["fields"]![0]} -> {(string?)fk["reference"]!["resource"] ?? (string?)t["name"]}")).ToList();

        keys.Should().Contain([
            "actors.country_id -> places", "actors.parent_id -> actors", "places.parent_id -> places",
            "sources.publisher_id -> actors", "source_authors.actor_id -> actors",
            "event_actors.actor_id -> actors", "event_places.place_id -> places", "event_topics.topic -> topics", "event_sources.source_id -> sources",
            "event_claimants.actor_id -> actors", "event_relations.related_event_id -> events",
            "case_events.event_id -> events", "figures.event_id -> events", "scores.subject_id -> places", "rankings.subject_id -> places",
            "claims.responds_to_id -> claims", "claim_events.event_id -> events", "quotations.speaker_id -> actors", "evidence.record_id -> records"]);
    }

    [Fact]
    public void The_package_is_deterministic()
    {
        using var again = new TempFolder();
        DatasetExport.WriteDataPackage(Whole, again.Path);

        foreach (var file in _package.Files)
        {
            File.ReadAllBytes(Path.Combine(again.Path, file)).Should().Equal(File.ReadAllBytes(Path.Combine(_package.Folder, file)), file);
        }
    }

    [Fact]
    public void WriteDataPackage_checks_its_arguments()
    {
        FluentActions.Invoking(() => DatasetExport.WriteDataPackage(null!, "x")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DatasetExport.WriteDataPackage(Whole, "")).Should().Throw<ArgumentException>();
    }
}
