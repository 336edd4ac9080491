using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>
/// Mutates the shipped JSON thousands of times (truncation, byte flips, deleted, duplicated and swapped tokens,
/// huge numbers, deep nesting, wrong types) and checks that every load ends in a valid dataset or in the
/// documented <see cref="DatasetValidationException"/>, quickly. The seed is fixed and printed in every failure.
/// </summary>
public class LoaderFuzzTests
{
    private const int Seed = 20261128;
    private static readonly int Iterations = Support.TestScale.Iterations(3000);
    private static readonly TimeSpan PerCaseLimit = TimeSpan.FromSeconds(2);
    private static readonly byte[] Shipped = EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName);
    private static readonly (int Start, int End, JsonTokenType Type)[] Tokens = ReadTokens(Shipped);

    [Fact]
    public void Every_mutation_loads_or_fails_with_the_documented_exception_in_time()
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"fuzz seed {Seed}, {Iterations} mutations");
        var random = new Random(Seed);
        var outcomes = new Dictionary<string, int>();
        var failures = new List<string>();
        var watch = new Stopwatch();
        for (var i = 0; i < Iterations; i++)
        {
            var (kind, input) = Mutate(random);
            watch.Restart();
            string outcome;
            try
            {
                LaosRightsDataset.Parse(input);
                outcome = "loaded";
            }
            catch (DatasetValidationException e)
            {
                outcome = "rejected";
                if (e.Problems.Count == 0 || e.Problems.Any(p => string.IsNullOrEmpty(p.Path) || string.IsNullOrEmpty(p.Message)))
                {
                    failures.Add($"#{i} {kind}: a problem without path or message");
                }
            }
            catch (Exception e)
            {
                outcome = "crashed";
                failures.Add($"#{i} {kind}: {e.GetType().Name}: {e.Message}");
            }

            if (watch.Elapsed > PerCaseLimit)
            {
                failures.Add($"#{i} {kind}: took {watch.Elapsed.TotalMilliseconds:F0} ms");
            }

            outcomes[$"{kind} {outcome}"] = outcomes.GetValueOrDefault($"{kind} {outcome}") + 1;
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}: {o.Value}")));
        failures.Should().BeEmpty($"replay with seed {Seed}");
        outcomes.Where(o => o.Key.EndsWith("rejected", StringComparison.Ordinal)).Sum(o => o.Value).Should().BeGreaterThan(Iterations / 2, "most mutations break the file");
    }

    [Theory]
    [InlineData(100)]
    [InlineData(100_000)]
    public void Deep_nesting_is_rejected_quickly(int depth)
    {
        var nested = new string('[', depth) + new string(']', depth);
        foreach (var json in new[] { nested, $"{{\"schemaVersion\": 1, \"dataVersion\": {nested}}}" })
        {
            var watch = Stopwatch.StartNew();
            var act = () => LaosRightsDataset.Parse(json);
            act.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle();
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public void Nesting_beyond_the_depth_limit_is_rejected_by_the_reader()
    {
        // Within the format's own shape the reader never descends into unexpected nesting, so the limit shows on
        // valid structure: the shipped file needs 5 levels.
        var act = () => LaosRightsDataset.Parse(Shipped, new DatasetLoadOptions { MaxDepth = 4 });
        act.Should().Throw<DatasetValidationException>().Which.Problems.Single().Message.Should().Contain("depth");
    }

    [Fact]
    public void Input_beyond_the_size_limit_is_rejected_before_parsing()
    {
        var options = new DatasetLoadOptions { MaxInputBytes = 1000 };
        FluentActions.Invoking(() => LaosRightsDataset.Parse(Shipped, options)).Should().Throw<DatasetValidationException>()
            .Which.Problems.Single().Message.Should().Contain("larger than the limit of 1000 bytes");
        using var stream = new MemoryStream(Shipped);
        FluentActions.Invoking(() => LaosRightsDataset.Load(stream, options)).Should().Throw<DatasetValidationException>();
        FluentActions.Invoking(() => LaosRightsDataset.Parse(Encoding.UTF8.GetString(Shipped), options)).Should().Throw<DatasetValidationException>();
        FluentActions.Invoking(() => new DatasetLoadOptions { MaxInputBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new DatasetLoadOptions { MaxDepth = 0 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_shallow_depth_limit_rejects_the_shipped_file()
    {
        var act = () => LaosRightsDataset.Parse(Shipped, new DatasetLoadOptions { MaxDepth = 3 });
        act.Should().Throw<DatasetValidationException>();
        LaosRightsDataset.Parse(Shipped, new DatasetLoadOptions { MaxDepth = 5 }).Events.Should().HaveCount(LaosRightsDataset.Default.Events.Count);
    }

    [Fact]
    public void Stream_bytes_and_string_overloads_load_the_same_data()
    {
        using var stream = new MemoryStream(Shipped);
        var fromStream = LaosRightsDataset.Load(stream);
        var fromBytes = LaosRightsDataset.Parse(Shipped);
        var withBom = LaosRightsDataset.Parse([0xEF, 0xBB, 0xBF, .. Shipped]);
        var fromString = LaosRightsDataset.Parse(Encoding.UTF8.GetString(Shipped));
        var path = Path.Combine(Path.GetTempPath(), $"laos-load-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, Shipped);
        LaosRightsDataset fromPath;
        try
        {
            fromPath = LaosRightsDataset.Load(path);
        }
        finally
        {
            File.Delete(path);
        }

        foreach (var d in new[] { fromStream, fromBytes, withBom, fromString, fromPath })
        {
            d.AllRecords.Select(r => r.Id).Should().Equal(LaosRightsDataset.Default.AllRecords.Select(r => r.Id));
        }

        FluentActions.Invoking(() => LaosRightsDataset.Load((Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        FluentActions.Invoking(() => LaosRightsDataset.Parse((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("json");
        FluentActions.Invoking(() => LaosRightsDataset.Load((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("path");
        FluentActions.Invoking(() => LaosRightsDataset.Load(" ")).Should().Throw<ArgumentException>().WithParameterName("path");
    }

    [Fact]
    public void Load_takes_a_path_and_a_missing_file_is_FileNotFoundException()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"my-laos-data-{Guid.NewGuid():N}.json");
        FluentActions.Invoking(() => LaosRightsDataset.Load(missing)).Should().Throw<FileNotFoundException>()
            .Which.FileName.Should().Be(missing);
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("null", "$")]
    [InlineData("[]", "$")]
    [InlineData("{}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\": 1}", "article")]
    [InlineData("{\"schemaVersion\": 1, \"schemaVersion\": 1}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\": 1e999}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\": 1} {}", "$")]
    [InlineData("{\"schemaVersion\": 1, /* comment */ \"dataVersion\": \"x\"}", "$")]
    public void Broken_documents_name_where_they_break(string json, string path)
    {
        var act = () => LaosRightsDataset.Parse(json);
        act.Should().Throw<DatasetValidationException>().Which.Problems.Should().Contain(p => p.Path == path);
    }

    [Fact]
    public void A_file_can_carry_its_own_article_text()
    {
        const string text = "= A =\nOne sentence.\n";
        var sha = EmbeddedData.Sha256Hex(Encoding.UTF8.GetBytes(text));
        var json = $$"""
            {"schemaVersion": 1, "dataVersion": "0.1.0",
             "article": {"title": "A", "sha256": "{{sha}}", "license": "CC0", "licenseUrl": "https://example.org/l", "attribution": "me", "sourceUrl": "https://example.org/a", "text": "= A =\nOne sentence.\n"},
             "actors": [], "places": [], "sources": [], "events": [{"id": "one", "summary": "One", "standing": "stated", "evidence": [{"start": 6, "length": 13, "quote": "One sentence."}]}],
             "cases": [], "figures": [], "scores": [], "rankings": [], "claims": [], "quotations": []}
            """;
        var data = LaosRightsDataset.Parse(json);
        data.Article.Text.Should().Be(text);
        data.Events["one"].Evidence.Single().SectionPath.Should().Equal("A");

        var wrong = json.Replace("\"start\": 6", "\"start\": 7", StringComparison.Ordinal);
        FluentActions.Invoking(() => LaosRightsDataset.Parse(wrong)).Should().Throw<DatasetValidationException>()
            .Which.Problems.Single().Path.Should().Be("events[0] 'one'.evidence[0]");
        var unknownText = json.Replace(", \"text\": \"= A =\\nOne sentence.\\n\"", "", StringComparison.Ordinal);
        FluentActions.Invoking(() => LaosRightsDataset.Parse(unknownText)).Should().Throw<DatasetValidationException>()
            .Which.Problems.Single().Message.Should().Contain("include the text as article.text");
    }

    private static (string Kind, byte[] Input) Mutate(Random random)
    {
        var bytes = Shipped;
        var token = Tokens[random.Next(Tokens.Length)];
        var values = Tokens.Where(t => t.Type is JsonTokenType.String or JsonTokenType.Number).ToArray();
        switch (random.Next(10))
        {
            case 0:
                return ("truncate", bytes[..random.Next(bytes.Length)]);
            case 1:
            {
                var copy = (byte[])bytes.Clone();
                copy[random.Next(copy.Length)] ^= (byte)random.Next(1, 256);
                return ("flip-byte", copy);
            }

            case 2:
                return ("delete-token", [.. bytes[..token.Start], .. bytes[token.End..]]);
            case 3:
                return ("duplicate-token", [.. bytes[..token.End], .. bytes[token.Start..token.End], .. bytes[token.End..]]);
            case 4:
            {
                var a = values[random.Next(values.Length)];
                var b = values[random.Next(values.Length)];
                return ("swap-values", Replace(bytes, a, bytes[b.Start..b.End]));
            }

            case 5:
            {
                var numbers = Tokens.Where(t => t.Type == JsonTokenType.Number).ToArray();
                string[] huge = ["1e999", "-1e999", "99999999999999999999999999", "-1", "2147483648", "0.5", "-0"];
                return ("huge-number", Replace(bytes, numbers[random.Next(numbers.Length)], Encoding.UTF8.GetBytes(huge[random.Next(huge.Length)])));
            }

            case 6:
            {
                var depth = random.Next(10, 5000);
                return ("deep-nesting", Replace(bytes, values[random.Next(values.Length)], Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth))));
            }

            case 7:
            {
                string[] others = ["null", "true", "{}", "[]", "0", "\"\"", "[null]", "{\"x\":1}"];
                return ("wrong-type", Replace(bytes, values[random.Next(values.Length)], Encoding.UTF8.GetBytes(others[random.Next(others.Length)])));
            }

            case 8:
            {
                var noise = new byte[random.Next(1, 16)];
                random.NextBytes(noise);
                var at = random.Next(bytes.Length);
                return ("insert-bytes", [.. bytes[..at], .. noise, .. bytes[at..]]);
            }

            default:
            {
                var strings = Tokens.Where(t => t.Type == JsonTokenType.String).ToArray();
                var a = strings[random.Next(strings.Length)];
                var b = strings[random.Next(strings.Length)];
                return ("swap-strings", Replace(bytes, a, bytes[b.Start..b.End]));
            }
        }
    }

    private static byte[] Replace(byte[] bytes, (int Start, int End, JsonTokenType Type) token, byte[] with) =>
        [.. bytes[..token.Start], .. with, .. bytes[token.End..]];

    private static (int, int, JsonTokenType)[] ReadTokens(byte[] json)
    {
        var tokens = new List<(int, int, JsonTokenType)>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            tokens.Add(((int)reader.TokenStartIndex, (int)reader.BytesConsumed, reader.TokenType));
        }

        return [.. tokens];
    }
}
