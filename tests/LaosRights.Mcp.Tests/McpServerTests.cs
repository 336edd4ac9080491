using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using LaosRights.Data;
using ModelContextProtocol.Protocol;
using Xunit;

namespace LaosRights.Mcp.Tests;

/// <summary>The server as an MCP client sees it: the official C# SDK's client starts it over stdio, lists and calls the tools.</summary>
public sealed class McpServerTests(McpServerFixture server) : IClassFixture<McpServerFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The dataset the server serves, to compare counts with what it holds.</summary>
    private static LaosRightsDataset Data => LaosRightsDataset.Default;

    [Fact]
    public void Lists_the_five_tools_read_only_with_descriptions_and_schemas()
    {
        server.Tools.Select(t => t.Name).Should().BeEquivalentTo("search_records", "get_record", "chronology", "figures", "who_says");
        foreach (var tool in server.Tools.Select(t => t.ProtocolTool))
        {
            tool.Description.Should().NotBeNullOrWhiteSpace().And.Contain("Human rights in Laos");
            tool.InputSchema.GetProperty("type").GetString().Should().Be("object");
            tool.OutputSchema!.Value.GetProperty("type").GetString().Should().Be("object");
            tool.Annotations!.ReadOnlyHint.Should().BeTrue();
            tool.Annotations.OpenWorldHint.Should().BeFalse();
        }

        var search = server.Tools.Single(t => t.Name == "search_records").ProtocolTool.InputSchema;
        search.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("query");
        search.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should()
            .Equal("query", "kind", "topic", "actor", "place", "from", "to", "match", "limit");
    }

    [Fact]
    public async Task Get_record_gives_an_upper_bound_in_words_with_its_quote_section_offsets_and_links()
    {
        var (result, text) = await server.Call("get_record", new() { ["id"] = "hmong-exile-thailand-count" });

        var record = result.GetProperty("record");
        record.GetProperty("kind").GetString().Should().Be("figure");
        record.GetProperty("precision").GetString().Should().StartWith("As many as 200,000: an upper bound (at most 200,000 people), not a count");
        var amount = record.GetProperty("amount");
        amount.GetProperty("bound").GetString().Should().Be("at-most");
        amount.GetProperty("maximum").GetInt64().Should().Be(200_000);
        amount.GetProperty("minimum").ValueKind.Should().Be(JsonValueKind.Null);
        var evidence = record.GetProperty("evidence")[0];
        evidence.GetProperty("quote").GetString().Should().Be("As many as 200,000 Hmong went into exile in Thailand");
        evidence.GetProperty("section").GetString().Should().Be("Hmong conflict and attacks on unarmed Hmong civilians");
        evidence.GetProperty("start").GetInt32().Should().Be(3280);
        evidence.GetProperty("length").GetInt32().Should().Be(52);
        result.GetProperty("links").EnumerateArray().Should().Contain(l =>
            l.GetProperty("id").GetString() == "hmong-exile-thailand" && l.GetProperty("relation").GetString() == "event");
        result.GetProperty("attribution").GetString().Should().Contain("CC BY-SA 4.0").And.Contain("https://en.wikipedia.org/wiki/Human_rights_in_Laos");

        text.Should().Contain("[figure] hmong-exile-thailand-count").And.Contain("an upper bound").And.Contain("\"As many as 200,000 Hmong went into exile in Thailand\"");
    }

    [Theory]
    [InlineData("genocide-accusation", "standing", "alleged; the article names no accuser")]
    [InlineData("poster-survivors-expected-release", "standing", "expected, not confirmed")]
    [InlineData("poster-survivors-expected-release", "precision", "no start given: by October 2009 (month only); the date it was expected, not that it happened")]
    [InlineData("dissidents-arrested-1990", "precision", "year only: 1990")]
    [InlineData("iccpr-ratification-2009", "precision", "day: 25 September 2009")]
    [InlineData("no-executions-reported-since-1989", "precision", "open-ended: 1989 onwards (year only); no end given")]
    [InlineData("hmong-fled-to-phetchabun-2004-2005", "precision", "range: 2004 to 2005 (years only)")]
    [InlineData("nyt-thai-military-preparing-return", "standing", "reported by The New York Times; the article relays it and does not confirm it")]
    [InlineData("hmong-seeking-asylum-wat-tham-krabok", "precision", "Around 5,000: an estimate of about 5,000 people, not a count; undated: the article gives no date")]
    [InlineData("hmong-asylum-seekers-to-return-2009", "precision", "4,000: exactly 4,000 people, as the article gives it; no date of its own; its event thai-military-preparing-forced-return-2009 is dated by the end of 2009 (a deadline, not when it happened)")]
    [InlineData("lao-government-drug-trade-claim", "standing", "claimed by Government of Laos (the article's word for it is a claim); the article does not confirm it")]
    [InlineData("constitution-article-8-ethnic-equality", "standing", "an official position, as stated in Constitution of Laos (constitution-of-laos-1991); not a finding that it holds in practice")]
    [InlineData("poster-arrests-1999-died", "precision", "1: exactly 1 person, as the article gives it; undated: the article gives no date")]
    [InlineData("years-without-outside-interviews", "precision", "over 3 years: a lower bound (more than 3 years; the article gives no upper limit), not an exact length; undated: the article gives no date")]
    public async Task Get_record_says_precision_and_standing_in_words(string id, string field, string expected)
    {
        var (result, _) = await server.Call("get_record", new() { ["id"] = id });

        result.GetProperty("record").GetProperty(field).GetString().Should().Be(expected);
    }

    [Fact]
    public async Task Get_record_of_a_case_links_its_events_in_order()
    {
        var (result, _) = await server.Call("get_record", new() { ["id"] = "case-dissidents-1990" });

        result.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("relation").GetString() == "event of this case")
            .Select(l => l.GetProperty("id").GetString()).Should().Equal(
                "dissidents-arrested-1990", "dissidents-1990-sentenced", "dissidents-imprisonment-publicized", "third-dissident-died-in-prison-1998", "former-officials-released-2004");
    }

    [Fact]
    public async Task Search_records_finds_the_records_of_wat_tham_krabok_each_with_id_kind_quote_and_section()
    {
        var (result, text) = await server.Call("search_records", new() { ["query"] = "Wat Tham Krabok", ["limit"] = 50 });

        var records = result.GetProperty("records").EnumerateArray().ToList();
        records.Select(r => r.GetProperty("id").GetString()).Should().Contain(
            ["wat-tham-krabok", "hmong-sought-asylum-wat-tham-krabok", "hmong-seeking-asylum-wat-tham-krabok", "hmong-already-at-wat-tham-krabok"]);
        records.Should().OnlyContain(r => r.GetProperty("evidence").GetArrayLength() > 0 && r.GetProperty("standing").GetString()!.Length > 0);
        records.Single(r => r.GetProperty("id").GetString() == "hmong-already-at-wat-tham-krabok").GetProperty("precision").GetString()
            .Should().StartWith("more than 10,000: a lower bound (more than 10,000 people; the article gives no upper limit), not a count");
        text.Should().Contain("quote (Hmong refugees and forced repatriation)");
    }

    [Fact]
    public async Task Search_records_filters_by_kind_topic_actor_place_and_date()
    {
        var (byTopic, _) = await server.Call("search_records", new() { ["query"] = "Hmong", ["kind"] = "claim", ["topic"] = "genocide" });
        byTopic.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal("genocide-accusation");

        var (inThailand, _) = await server.Call("search_records", new() { ["query"] = "Hmong", ["kind"] = "event", ["place"] = "TH", ["from"] = "2004", ["to"] = "2005", ["match"] = "certainly" });
        inThailand.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal("hmong-fled-to-phetchabun-2004-2005");

        var (byActor, _) = await server.Call("search_records", new() { ["query"] = "Hmong", ["actor"] = "The New York Times", ["kind"] = "figure" });
        byActor.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal("hmong-asylum-seekers-to-return-2009");
    }

    [Fact]
    public async Task Chronology_is_the_library_chronology_with_every_dated_kind_sequence_placed_events_and_narrative_ones_last()
    {
        var (whole, text) = await server.Call("chronology", new() { ["limit"] = 300 });
        var entries = whole.GetProperty("entries").EnumerateArray().ToList();
        entries.Should().HaveCount(whole.GetProperty("total_matches").GetInt32());
        entries.Select(e => e.GetProperty("position").GetInt32()).Should().Equal(Enumerable.Range(1, entries.Count), "the whole chronology, numbered from 1");
        var ids = entries.Select(e => e.GetProperty("record").GetProperty("id").GetString()).ToList();
        ids.IndexOf("dissidents-arrested-1990").Should().BeLessThan(ids.IndexOf("iccpr-ratification-2009"));
        ids.IndexOf("iccpr-ratification-2009").Should().BeLessThan(ids.IndexOf("nyt-thai-military-preparing-return"));
        ids.Should().Contain(["religious-freedom-score-2023", "national-review-1995-10-23", "johns-betrayal"], "sources, quotations and score editions are dated too");

        Entry("iccpr-signing").GetProperty("placement_code").GetString().Should().Be("derived");
        Entry("iccpr-signing").GetProperty("placement").GetString().Should().StartWith("range: ").And.Contain("(derived, not stated in the article: '9 years after signing'");
        var sentenced = Entry("dissidents-1990-sentenced");
        sentenced.GetProperty("placement_code").GetString().Should().Be("sequence");
        sentenced.GetProperty("placement").GetString().Should().Contain("placed by the article's sequence").And.Contain("after dissidents-arrested-1990 (follows)");
        sentenced.GetProperty("record").GetProperty("date").ValueKind.Should().Be(JsonValueKind.Null, "the record itself stays undated");
        Entry("poster-survivors-expected-release").GetProperty("placed_by").GetProperty("meaning").GetString().Should().Be("expected");

        var firstNarrative = entries.FindIndex(e => e.GetProperty("placement_code").GetString() == "narrative");
        firstNarrative.Should().BePositive();
        entries.Skip(firstNarrative).Should().OnlyContain(e =>
            e.GetProperty("placement_code").GetString() == "narrative" && e.GetProperty("record").GetProperty("kind").GetString() == "event");
        text.Should().Contain("day: 25 September 2009 (stated in the article)");

        JsonElement Entry(string id) => entries.Single(e => e.GetProperty("record").GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Chronology_filters_with_the_library_by_kind_topic_actor_and_place()
    {
        var (sources, _) = await server.Call("chronology", new() { ["kind"] = "source", ["from"] = "2009" });
        sources.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("record").GetProperty("id").GetString())
            .Should().Equal("nyt-report-2009-12-27", "bbc-report-repatriations-started");

        var (nyt, _) = await server.Call("chronology", new() { ["actor"] = "new-york-times", ["kind"] = "claim" });
        nyt.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("record").GetProperty("id").GetString())
            .Should().Equal("nyt-thai-military-preparing-return");

        var (krabok, _) = await server.Call("chronology", new() { ["place"] = "wat-tham-krabok", ["topic"] = "refugees-and-asylum-seekers" });
        krabok.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("record").GetProperty("id").GetString()).Should().BeEquivalentTo(
            "hmong-sought-asylum-wat-tham-krabok", "thai-attempted-repatriation-wat-tham-krabok", "wat-tham-krabok-hmong-refused-to-leave", "hmong-fled-camp-within-thailand");

        var message = await server.CallFailing("chronology", new() { ["kind"] = "actor" });
        message.Should().Contain("Invalid argument 'kind'").And.Contain("Accepted values: event, source, claim, quotation, figure, score, ranking");
    }

    [Fact]
    public async Task Chronology_of_2009_certainly_keeps_2009_and_leaves_out_open_ended_and_undated_records()
    {
        var (result, text) = await server.Call("chronology", new() { ["from"] = "2009", ["to"] = "2009", ["match"] = "certainly" });

        var ids = result.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("record").GetProperty("id").GetString()).ToList();
        ids.Should().Contain(["iccpr-ratification-2009", "nyt-thai-military-preparing-return"]);
        ids.Should().NotContain(["no-executions-reported-since-1989", "hmong-present-in-thailand-since-19th-century", "repatriations-started"]);
        text.Should().Contain("day: 25 September 2009");
    }

    [Fact]
    public async Task Figures_keeps_the_bounds_and_the_article_words()
    {
        var (upper, _) = await server.Call("figures", new() { ["bound"] = "at-most" });
        upper.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Should()
            .BeEquivalentTo("poster-arrests-1999-sentence-length", "hmong-exile-thailand-count");

        var (years, _) = await server.Call("figures", new() { ["unit"] = "years" });
        years.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Should()
            .Equal(Data.Figures.InUnit(QuantityUnit.Years).Select(f => f.Id)).And.Contain(["iccpr-signing-to-ratification-years", "poster-arrests-1999-sentence-length"]);

        var (thousands, _) = await server.Call("figures", new() { ["counting"] = "Phetchabun" });
        var figure = thousands.GetProperty("figures")[0];
        figure.GetProperty("amount").GetProperty("wording").GetString().Should().Be("thousands");
        figure.GetProperty("amount").GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        figure.GetProperty("precision").GetString().Should().Be("thousands: not a number; the article gives no figure; range: 2004 to 2005 (years only)");
    }

    [Fact]
    public async Task Figures_gives_more_than_as_an_exclusive_minimum_and_places_undated_figures_by_their_event()
    {
        var (more, _) = await server.Call("figures", new() { ["counting"] = "already living at Wat Tham Krabok" });
        var amount = more.GetProperty("figures")[0].GetProperty("amount");
        amount.GetProperty("wording").GetString().Should().Be("more than 10,000");
        amount.GetProperty("minimum").GetInt64().Should().Be(10_000);
        amount.GetProperty("minimum_exclusive").GetBoolean().Should().BeTrue();
        amount.GetProperty("maximum").ValueKind.Should().Be(JsonValueKind.Null);

        var (exact, _) = await server.Call("figures", new() { ["counting"] = "Thai military was preparing" });
        exact.GetProperty("figures")[0].GetProperty("amount").GetProperty("minimum_exclusive").GetBoolean().Should().BeFalse();

        // The 4,000 has no date of its own; its event is dated (a deadline by the end of 2009), so a 2009 filter keeps it.
        Data.Figures.Single(f => f.Id == "hmong-asylum-seekers-to-return-2009").Date.Should().BeNull();
        var (in2009, text) = await server.Call("figures", new() { ["from"] = "2009", ["to"] = "2009" });
        in2009.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Should()
            .Contain(["hmong-asylum-seekers-to-return-2009", "iccpr-signing-to-ratification-years"]);
        text.Should().Contain("its event thai-military-preparing-forced-return-2009 is dated by the end of 2009");
    }

    [Fact]
    public async Task Search_records_takes_a_year_in_the_query_as_a_date_filter_and_says_so()
    {
        var (result, text) = await server.Call("search_records", new() { ["query"] = "what happened to the Hmong refugees in 2009?" });

        result.GetProperty("filters").EnumerateArray().Select(f => f.GetString()).Should()
            .Contain("the year 2009 in the query is used as the date filter above, not as a word to find");
        var ids = result.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        ids.Should().Contain(["nyt-thai-military-preparing-return", "thai-military-preparing-forced-return-2009", "hmong-asylum-seekers-to-return-2009"]);
        ids[0].Should().Be("nyt-thai-military-preparing-return", "a record dated certainly in 2009 (27 December 2009) comes before one only possibly in it");
        ids.Should().NotContain("laos-agreed-to-repatriate", "an undated record does not match a date range");
        text.Should().Contain("date possibly from 2009 to 2009");

        var (withRange, _) = await server.Call("search_records", new() { ["query"] = "Hmong 2009", ["from"] = "2004" });
        withRange.GetProperty("filters").EnumerateArray().Select(f => f.GetString()).Should()
            .NotContain(f => f!.Contains("in the query", StringComparison.Ordinal), "a range given in from/to wins; the year stays a word");
    }

    [Fact]
    public async Task Who_says_lowers_a_common_name_inside_a_sentence()
    {
        var (amnesty, _) = await server.Call("who_says", new() { ["claimant"] = "amnesty-international" });
        var standings = amnesty.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("standings").EnumerateArray()).Select(s => s.GetProperty("standing").GetString()).ToList();
        standings.Should().Contain(s => s!.Contains("Lao Human Rights Council and other non-governmental organizations;", StringComparison.Ordinal))
            .And.NotContain(s => s!.Contains("Other non-governmental", StringComparison.Ordinal));

        var (official, _) = await server.Call("who_says", new() { ["standing"] = "officially-stated", ["claimant"] = "none" });
        official.GetProperty("groups")[0].GetProperty("standings")[0].GetProperty("standing").GetString().Should()
            .Be("an official position, as stated in Constitution of Laos (constitution-of-laos-1991); not a finding that it holds in practice");
    }

    [Theory]
    [InlineData("99")]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task A_section_that_does_not_exist_is_an_invalid_params_error_naming_the_range_without_a_stack_trace(string number)
    {
        var read = () => server.Client.ReadResourceAsync($"laosrights://article/sections/{number}", cancellationToken: Cancel).AsTask();

        var error = (await read.Should().ThrowAsync<ModelContextProtocol.McpProtocolException>()).Which;
        error.ErrorCode.Should().Be(ModelContextProtocol.McpErrorCode.InvalidParams);
        error.Message.Should().Contain($"Invalid section number '{number}'").And.Contain("Accepted values: the whole numbers 0 to " + (Data.Article.Sections.Count - 1));
        server.Stderr.Should().NotContain(line => line.Contains("   at ", StringComparison.Ordinal), "a bad section number is no crash: no stack trace in the log");
    }

    [Fact]
    public async Task Who_says_groups_claims_by_claimant_and_standing_unnamed_claimants_last()
    {
        var (alleged, text) = await server.Call("who_says", new() { ["standing"] = "alleged" });
        alleged.GetProperty("total_matches").GetInt32().Should().Be(Data.Claims.Count(c => c.Standing == Standing.Alleged)).And.BeGreaterThan(2);
        var groups = alleged.GetProperty("groups").EnumerateArray().ToList();
        groups[^1].GetProperty("claimant").GetString().Should().Be("no claimant named in the article");
        groups[^1].GetProperty("standings")[0].GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString())
            .Should().Contain("genocide-accusation");
        text.Should().Contain("alleged; the article names no accuser");

        var (amnesty, _) = await server.Call("who_says", new() { ["claimant"] = "amnesty-international" });
        amnesty.GetProperty("total_matches").GetInt32().Should().Be(Data.Claims.ClaimedBy("amnesty-international").Count()).And.BeGreaterThan(10);
        amnesty.GetProperty("groups")[0].GetProperty("standings")[0].GetProperty("standing").GetString()
            .Should().StartWith("a concern raised by Amnesty International, ").And.EndWith("; their concern, not a finding of the article");

        var (unnamed, _) = await server.Call("who_says", new() { ["claimant"] = "none" });
        unnamed.GetProperty("total_matches").GetInt32().Should().Be(Data.Claims.WithoutNamedClaimant().Count()).And.BeGreaterThan(5);
    }

    [Theory]
    [InlineData("get_record", "{\"id\":\"no-such-record\"}", "Invalid argument 'id': no record has the id 'no-such-record'")]
    [InlineData("get_record", "{\"id\":\"hmong-exile\"}", "'hmong-exile-thailand'")]
    [InlineData("get_record", "{\"id\":\"thai-militray\"}", "closest: 'thai-military' (Thai military), ")]
    [InlineData("search_records", "{\"query\":\"   \"}", "Invalid argument 'query': it is empty")]
    [InlineData("search_records", "{\"query\":\"the of\"}", "Invalid argument 'query': 'the of' has only common words")]
    [InlineData("search_records", "{\"query\":\"Hmong\",\"topic\":\"refugees\"}", "Invalid argument 'topic': unknown topic 'refugees'. Accepted values: treaty-ratification,")]
    [InlineData("search_records", "{\"query\":\"Hmong\",\"kind\":\"person\"}", "Invalid argument 'kind': unknown record kind 'person'. Accepted values: event, case, figure,")]
    [InlineData("search_records", "{\"query\":\"Hmong\",\"limit\":0}", "Invalid argument 'limit': 0 is not a number of records. Accepted values: 1 to 100")]
    [InlineData("search_records", "{\"query\":\"Hmong\",\"limit\":\"many\"}", "Invalid argument 'limit': \"many\" is not a whole number.")]
    [InlineData("search_records", "{\"limit\":5}", "Missing argument 'query'")]
    [InlineData("search_records", "{\"query\":\"Hmong\",\"topics\":\"genocide\"}", "Invalid argument 'topics': search_records has no such argument. Accepted arguments: query, kind, topic,")]
    [InlineData("chronology", "{\"from\":\"2010\",\"to\":\"2009\"}", "Invalid argument 'from': the date range is reversed: 'from' (2010) is after 'to' (2009)")]
    [InlineData("chronology", "{\"from\":\"September 2009\"}", "Invalid argument 'from': 'September 2009' is not a date. Accepted: an EDTF date")]
    [InlineData("chronology", "{\"place\":\"Atlantis\"}", "Invalid argument 'place': unknown place 'Atlantis'")]
    [InlineData("chronology", "{\"match\":\"maybe\"}", "Invalid argument 'match': unknown value 'maybe'. Accepted values: possibly")]
    [InlineData("figures", "{\"bound\":\"roughly\"}", "Invalid argument 'bound': unknown bound 'roughly'. Accepted values: exact, approximate, at-least, more-than, at-most, between, unquantified.")]
    [InlineData("who_says", "{\"claimant\":\"amnesty\"}", "Invalid argument 'claimant': unknown actor 'amnesty'. Give an actor id or name; closest: 'amnesty-international'")]
    [InlineData("who_says", "{\"standing\":\"rumoured\"}", "Invalid argument 'standing': unknown standing 'rumoured'. Accepted values: stated, reported, alleged, concern-raised,")]
    public async Task Bad_arguments_are_tool_errors_naming_the_argument_and_what_it_accepts(string tool, string json, string expected)
    {
        var arguments = JsonSerializer.Deserialize<Dictionary<string, object?>>(json)!;

        var message = await server.CallFailing(tool, arguments);

        message.Should().Contain(expected);
        server.Stderr.Should().NotContain(line => line.Contains("   at ", StringComparison.Ordinal), "a bad argument is no crash: no stack trace in the log");
    }

    [Fact]
    public async Task Resources_serve_the_article_its_sections_and_the_licence()
    {
        var resources = await server.Client.ListResourcesAsync(cancellationToken: Cancel);
        resources.Select(r => r.Uri).Should().BeEquivalentTo("laosrights://article", "laosrights://article/sections", "laosrights://licence");

        var article = (TextResourceContents)(await server.Client.ReadResourceAsync("laosrights://article", cancellationToken: Cancel)).Contents.Single();
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Text)))
            .Should().Be("b5dcb4957fc9aff3000ec48a1d00130306e655515c014913ec8f42650a386798", "the resource is the article text the offsets index");
        article.Text.Substring(3280, 52).Should().Be("As many as 200,000 Hmong went into exile in Thailand");

        var sections = (TextResourceContents)(await server.Client.ReadResourceAsync("laosrights://article/sections", cancellationToken: Cancel)).Contents.Single();
        using var json = JsonDocument.Parse(sections.Text);
        json.RootElement.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("title").GetString())
            .Should().Contain(["Human rights in Laos", "Hmong refugees and forced repatriation", "Individual cases"]);

        var templates = await server.Client.ListResourceTemplatesAsync(cancellationToken: Cancel);
        templates.Select(t => t.UriTemplate).Should().Equal("laosrights://article/sections/{number}");
        var number = json.RootElement.GetProperty("sections").EnumerateArray()
            .Single(s => s.GetProperty("title").GetString() == "Individual cases").GetProperty("number").GetInt32();
        var section = (TextResourceContents)(await server.Client.ReadResourceAsync($"laosrights://article/sections/{number}", cancellationToken: Cancel)).Contents.Single();
        section.Text.Should().StartWith("Human rights in Laos › ").And.Contain("Individual cases").And.Contain("sentenced to up to 10 years imprisonment on charges of treason");
        var lead = (TextResourceContents)(await server.Client.ReadResourceAsync("laosrights://article/sections/0", cancellationToken: Cancel)).Contents.Single();
        lead.Text.Should().StartWith("Human rights in Laos\n\n").And.Contain("the Lao Human Rights Council and other non-governmental organizations")
            .And.NotContain("\n== ", "section 0 is the title and lead only");

        var licence = (TextResourceContents)(await server.Client.ReadResourceAsync("laosrights://licence", cancellationToken: Cancel)).Contents.Single();
        licence.Text.Should().Contain("CC BY-SA 4.0").And.Contain("https://creativecommons.org/licenses/by-sa/4.0/")
            .And.Contain("https://en.wikipedia.org/wiki/Human_rights_in_Laos").And.Contain("English Wikipedia");
    }
}
