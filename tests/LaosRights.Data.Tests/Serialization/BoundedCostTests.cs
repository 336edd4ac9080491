using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>
/// Loading or rejecting any input under the limits costs time and memory proportional to its size. Each test builds
/// an adversarial document close to the default <see cref="DatasetLoadOptions.MaxInputBytes"/> (16 MiB), in a shape
/// that used to cost quadratic time or unbounded memory, and checks the time (generously: the machine may be busy)
/// and the bytes allocated by the loading thread (a few times the input).
/// </summary>
public class BoundedCostTests
{
    private static readonly long Limit = DatasetLoadOptions.Default.MaxInputBytes;

    private static readonly JsonObject ShippedArticle =
        JsonNode.Parse(EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName))!["article"]!.AsObject();

    /// <summary>The most a load may take here; the shapes below took 15 s to minutes before.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(8);

    [Fact]
    public void A_huge_id_with_millions_of_null_topics_is_rejected_with_few_short_problems()
    {
        // 2.1 MB of this shape (a 1,000,000-character id, 2,000 null topics) ran out of memory after 15 GB.
        var json = new StringBuilder(Document(eventsJson: ""));
        var id = new string('a', 1_000_000);
        var head = $"{{\"id\":\"{id}\",\"summary\":\"s\",\"standing\":\"stated\",\"evidence\":[],\"topics\":[";
        var nulls = (int)((Limit - json.Length - head.Length - 100) / 5);
        json.Insert(json.ToString().IndexOf("\"events\":[", StringComparison.Ordinal) + 10, head + string.Join(',', Enumerable.Repeat("null", nulls)) + "]}");

        var problems = Rejected(json.ToString(), maxAllocatedPerInputByte: 6).Problems;

        problems.Should().HaveCount(DatasetMapper.MaxProblems + 1);
        problems[^1].Should().Be(new DatasetProblem("$", $"{nulls + 1 - DatasetMapper.MaxProblems} more problems were found and not listed (only the first {DatasetMapper.MaxProblems} are kept)."));
        problems.Should().OnlyContain(p => p.Path.Length < 300 && p.Message.Length < 1000);
        problems[0].Path.Should().StartWith("events[0] 'aaaa").And.Contain("… (1000000 characters)");
    }

    [Fact]
    public void Many_sections_and_many_quotes_load_in_linear_time()
    {
        // 20,000 sections x 20,000 quotes took 1.5 s, 200,000 x 100,000 took 100 s: each quote scanned every section.
        const int Sections = 200_000, Quotes = 100_000;
        var text = new StringBuilder("= Title =\n");
        var starts = new int[Sections];
        for (var i = 0; i < Sections; i++)
        {
            text.Append("== s ==\n");
            starts[i] = text.Length;
            text.Append("ab\n");
        }

        var actors = string.Join(',', Enumerable.Range(0, Quotes).Select(i =>
            $"{{\"id\":\"a{i}\",\"name\":\"n\",\"kind\":\"person\",\"evidence\":[{{\"start\":{starts[(int)((long)i * Sections / Quotes)]},\"length\":2,\"quote\":\"ab\"}}]}}"));
        var json = Document(actorsJson: actors, articleText: text.ToString());

        // Measured: 150 MB allocated for 12.3 MB (12x): each 95-byte record becomes some fifteen objects (its DTO, four
        // strings, evidence, the record, its lists) and each 11-byte section four; linear, but not "a few times".
        var data = Loaded(json, maxAllocatedPerInputByte: 16);

        data.Actors.Should().HaveCount(Quotes);
        data.Actors[^1].Evidence[0].SectionPath.Should().Equal("Title", "s");
    }

    [Fact]
    public void Misplaced_quotes_and_quotation_texts_on_repetitive_text_are_searched_in_linear_time()
    {
        // "abab…" made the whole-text IndexOf for a misplaced quote and Quote.Contains quadratic: 7 MB took 160 s.
        var body = string.Concat(Enumerable.Repeat("ab", 2_000_000));
        var text = "= T =\n" + body;
        var quote = string.Concat(Enumerable.Repeat("ab", 1_000_000)) + "aab"; // matches almost everywhere, nowhere whole
        var actors = string.Join(',', Enumerable.Range(0, 3).Select(i =>
            $"{{\"id\":\"a{i}\",\"name\":\"n\",\"kind\":\"person\",\"evidence\":[{{\"start\":6,\"length\":{quote.Length},\"quote\":\"{quote}\"}}]}}"));
        var quotationQuote = body[..1_000_000];
        var quotations = $"{{\"id\":\"q\",\"text\":\"{quotationQuote[..400_000]}aa\",\"speakerId\":\"a0\",\"evidence\":[{{\"start\":6,\"length\":{quotationQuote.Length},\"quote\":\"{quotationQuote}\"}}]}}";
        var json = Document(actorsJson: actors, quotationsJson: quotations, articleText: text);

        var problems = Rejected(json, maxAllocatedPerInputByte: 6).Problems;

        problems.Where(p => p.Message.StartsWith("the quote is not in the article", StringComparison.Ordinal)).Should().HaveCount(3);
        problems.Should().ContainSingle(p => p.Path == "quotations[0] 'q'.text");
    }

    [Fact]
    public void Thousands_of_nested_places_load_and_are_queried_in_linear_time()
    {
        // The first place query built every place's set of places inside it: 4,000 nested places took 2.8 s and 1.3 GB.
        const int Depth = 50_000;
        var evidence = "\"evidence\":[{\"start\":0,\"length\":1,\"quote\":\"=\"}]";
        var places = string.Join(',', Enumerable.Range(0, Depth).Select(i =>
            $"{{\"id\":\"p{i}\",\"name\":\"n\",\"kind\":\"{(i == 0 ? "country" : "area")}\"{(i == 0 ? "" : $",\"parentId\":\"p{i - 1}\"")},{evidence}}}"));
        var events = $"{{\"id\":\"e\",\"summary\":\"s\",\"standing\":\"stated\",\"placeIds\":[\"p{Depth - 1}\"],{evidence}}}";
        var data = Loaded(Document(placesJson: places, eventsJson: events), maxAllocatedPerInputByte: 12);

        var watch = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        data.Events.LocatedIn(data, "p0").Should().ContainSingle();
        data.Events.LocatedIn(data, $"p{Depth / 2}").Should().ContainSingle();
        data.ContainersOf(data.Places[^1]).Should().HaveCount(Depth - 1);
        watch.Elapsed.Should().BeLessThan(TimeLimit);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(Depth * 1_000L);
    }

    [Fact]
    public void A_subset_along_a_long_chain_of_links_is_linear()
    {
        // Subset rescanned every record once per link of a chain: 8,000 links took 10 s and 6.4 GB.
        const int Links = 20_000;
        var evidence = "\"evidence\":[{\"start\":0,\"length\":1,\"quote\":\"=\"}]";
        var events = string.Join(',', Enumerable.Range(0, Links + 1).Select(i => $"{{\"id\":\"e{i}\",\"summary\":\"s\",\"standing\":\"stated\",{evidence}}}"));

        // Claim a{i} belongs to event i and responds to b{i}, which belongs to event i + 1: a{i + 1} joins only then.
        var claims = string.Join(',', Enumerable.Range(0, Links).SelectMany(i => new[]
        {
            $"{{\"id\":\"a{i}\",\"statement\":\"s\",\"standing\":\"stated\",\"eventIds\":[\"e{i}\"],\"respondsToId\":\"b{i}\",{evidence}}}",
            $"{{\"id\":\"b{i}\",\"statement\":\"s\",\"standing\":\"stated\",\"eventIds\":[\"e{i + 1}\"],{evidence}}}",
        }));
        var data = Loaded(Document(eventsJson: events, claimsJson: claims), maxAllocatedPerInputByte: 12);

        var watch = Stopwatch.StartNew();
        var subset = data.Subset([data.Events[0]]);
        watch.Elapsed.Should().BeLessThan(TimeLimit);

        subset.Events.Should().HaveCount(Links + 1);
        subset.Claims.Should().HaveCount(2 * Links);
    }

    [Fact]
    public void Deeply_nested_headings_load_in_time_proportional_to_the_text()
    {
        // Each section's path was built by walking up to the title and inserting at the front: depth cubed.
        var text = new StringBuilder();
        for (var level = 1; text.Length < 6_000_000; level++)
        {
            text.Append('=', level).Append(" h ").Append('=', level).Append('\n');
        }

        var json = Document(articleText: text.ToString());

        var data = Loaded(json, maxAllocatedPerInputByte: 12);

        data.Article.Sections.Should().HaveCountGreaterThan(2000);
        data.Article.Sections[^1].Path.Should().HaveCount(data.Article.Sections.Count);
    }

    private static LaosRightsDataset Loaded(string json, int maxAllocatedPerInputByte)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes.LongLength.Should().BeLessThanOrEqualTo(Limit);
        var watch = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var data = LaosRightsDataset.Parse(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        watch.Elapsed.Should().BeLessThan(TimeLimit);
        allocated.Should().BeLessThan(bytes.LongLength * maxAllocatedPerInputByte, $"the input is {bytes.Length} bytes");
        return data;
    }

    private static DatasetValidationException Rejected(string json, int maxAllocatedPerInputByte)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes.LongLength.Should().BeLessThanOrEqualTo(Limit);
        var watch = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        DatasetValidationException? error = null;
        try
        {
            LaosRightsDataset.Parse(bytes);
        }
        catch (DatasetValidationException e)
        {
            error = e;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        watch.Elapsed.Should().BeLessThan(TimeLimit);
        allocated.Should().BeLessThan(bytes.LongLength * maxAllocatedPerInputByte, $"the input is {bytes.Length} bytes");
        error.Should().NotBeNull();
        error!.Message.Length.Should().BeLessThan(64 * 1024, "the message lists at most the kept problems, each short");
        return error;
    }

    /// <summary>A document with the given records (JSON of the items of each list) about the given article text, or about the embedded article.</summary>
    private static string Document(
        string actorsJson = "", string placesJson = "", string eventsJson = "", string claimsJson = "", string quotationsJson = "", string? articleText = null)
    {
        var article = ShippedArticle.DeepClone().AsObject();
        if (articleText is not null)
        {
            article["text"] = articleText;
            article["sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(articleText)));
        }

        return $"{{\"schemaVersion\":1,\"dataVersion\":\"1.0.0\",\"article\":{article.ToJsonString()},"
            + $"\"actors\":[{actorsJson}],\"places\":[{placesJson}],\"sources\":[],\"events\":[{eventsJson}],\"cases\":[],\"figures\":[],"
            + $"\"scores\":[],\"rankings\":[],\"claims\":[{claimsJson}],\"quotations\":[{quotationsJson}]}}";
    }
}
