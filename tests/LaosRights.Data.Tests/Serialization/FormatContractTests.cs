using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;
using static LaosRights.Data.Tests.Serialization.JsonTestSupport;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>
/// One corpus of documents, each the shipped file with a few changes, checked against both the JSON Schema and the
/// loader, so that the two cannot drift apart: a document is valid for both, invalid for both, or (for a rule a schema
/// cannot state, listed in docs/format.md) valid for the schema and rejected by the loader. Never the other way round.
/// </summary>
public class FormatContractTests
{
    public enum Verdict
    {
        /// <summary>Both accept it.</summary>
        Valid,

        /// <summary>Both reject it.</summary>
        Invalid,

        /// <summary>The schema accepts it; the loader rejects it for a rule only it checks (docs/format.md).</summary>
        LoaderOnly,
    }

    private const string Absent = "<absent>";

    /// <summary>
    /// Name, verdict, changes. A change is "path => json": path in a tiny language ($.a[0].b; [?key=value] picks the
    /// first item whose key has the value), json the new value, <see cref="Absent"/> to remove the property, @ for
    /// the current value's JSON text followed by more (@E0 writes 31 as 31E0), or @+ and a JSON string to append to a text.
    /// </summary>
    private static readonly (string Name, Verdict Verdict, string[] Changes)[] Corpus =
    [
        // Whole numbers as JSON Schema counts them (Python writes some so).
        ("a count written with an exponent", Verdict.Valid, ["$.figures[?bound=exact].value => 2E5"]),
        ("a count written with a zero fraction", Verdict.Valid, ["$.figures[?bound=exact].value => 200000.0"]),
        ("an evidence start written with an exponent", Verdict.Valid, ["$.actors[0].evidence[0].start => @E0", "$.actors[0].evidence[0].length => @.0"]),
        ("a ranking position written with a zero fraction", Verdict.Valid, ["$.rankings[0].position => @.000"]),
        ("a provision written with an exponent", Verdict.Valid, ["$.claims[?id=constitution-article-8-ethnic-equality].provision => 0.8E1"]),
        ("a schema version written with a zero fraction", Verdict.Valid, ["$.schemaVersion => 1.0"]),
        ("a score written with an exponent", Verdict.Valid, ["$.scores[0].value => 0.1E1"]),
        ("a count with a fraction", Verdict.Invalid, ["$.figures[?bound=exact].value => 1.5"]),
        ("a count with a tiny fraction", Verdict.Invalid, ["$.figures[?bound=exact].value => 1E-30"]),
        ("a negative count", Verdict.Invalid, ["$.figures[?bound=exact].value => -1"]),
        ("a count beyond 64 bits", Verdict.Invalid, ["$.figures[?bound=exact].value => 9223372036854775808"]),
        ("a count as a string", Verdict.Invalid, ["$.figures[?bound=exact].value => \"5\""]),
        ("a negative evidence start", Verdict.Invalid, ["$.actors[0].evidence[0].start => -1"]),
        ("an evidence start beyond 32 bits", Verdict.Invalid, ["$.actors[0].evidence[0].start => 2147483648"]),
        ("an evidence length of 0", Verdict.Invalid, ["$.actors[0].evidence[0].length => 0"]),
        ("an evidence item without start", Verdict.Invalid, ["$.actors[0].evidence[0].start => " + Absent]),
        ("an evidence item without length", Verdict.Invalid, ["$.actors[0].evidence[0].length => " + Absent]),
        ("an evidence item without quote", Verdict.Invalid, ["$.actors[0].evidence[0].quote => " + Absent]),
        ("an empty quote", Verdict.Invalid, ["$.actors[0].evidence[0].quote => \"\""]),
        ("no evidence", Verdict.Invalid, ["$.places[0].evidence => []"]),
        ("position 0", Verdict.Invalid, ["$.rankings[0].position => 0"]),
        ("provision 0", Verdict.Invalid, ["$.claims[0].provision => 0"]),
        ("provision -1", Verdict.Invalid, ["$.claims[0].provision => -1"]),
        ("provision 1.5", Verdict.Invalid, ["$.claims[0].provision => 1.5"]),
        ("a score scale of 0", Verdict.Invalid, ["$.scores[0].scale => 0"]),
        ("a negative score", Verdict.Invalid, ["$.scores[0].value => -1"]),
        ("a score scale beyond the decimal range", Verdict.Invalid, ["$.scores[0].scale => 1E30"]),
        ("a score scale at the top of the decimal range", Verdict.Valid, ["$.scores[0].scale => 79228162514264337593543950335"]),
        ("schema version 2", Verdict.Invalid, ["$.schemaVersion => 2"]),
        ("no schema version", Verdict.Invalid, ["$.schemaVersion => " + Absent]),

        // Null is not a value of the format: an optional property is left out.
        ("a null description", Verdict.Invalid, ["$.actors[0].description => null"]),
        ("a null date", Verdict.Invalid, ["$.events[0].date => null"]),
        ("a null list", Verdict.Invalid, ["$.events[0].topics => null"]),
        ("a null count of an unquantified figure", Verdict.Invalid, ["$.figures[?bound=unquantified].value => null"]),
        ("a null article", Verdict.Invalid, ["$.article => null"]),
        ("a null record", Verdict.Invalid, ["$.actors[0] => null"]),
        ("a null list item", Verdict.Invalid, ["$.places[?id=united-states].otherNames[0] => null"]),
        ("a null topic", Verdict.Invalid, ["$.events[0].topics[0] => null"]),
        ("a null data version", Verdict.Invalid, ["$.dataVersion => null"]),

        // Texts: required ones and optional ones alike are absent or hold a character that is not white space.
        ("a blank actor description", Verdict.Invalid, ["$.actors[0].description => \"\""]),
        ("a white-space source description", Verdict.Invalid, ["$.sources[?id=constitution-of-laos-1991].description => \"   \""]),
        ("a blank event date derivation", Verdict.Invalid, ["$.events[?id=iccpr-signing].dateDerivation => \" \""]),
        ("a blank figure date derivation", Verdict.Invalid, ["$.figures[0].date => \"2009\"", "$.figures[0].dateDerivation => \"\\t\""]),
        ("a blank score edition derivation", Verdict.Invalid, ["$.scores[0].editionDerivation => \"\\n\""]),
        ("a blank ranking edition derivation", Verdict.Invalid, ["$.rankings[0].editionDerivation => \"\""]),
        ("a blank ranking scope", Verdict.Invalid, ["$.rankings[0].scope => \"\\u3000\""]),
        ("a blank quotation audience", Verdict.Invalid, ["$.quotations[0].audience => \"\\u00a0\""]),
        ("a name of an em space", Verdict.Invalid, ["$.actors[0].name => \"\\u2003\""]),
        ("a name of a next-line character", Verdict.Invalid, ["$.actors[0].name => \"\\u0085\""]),
        ("a blank other name", Verdict.Invalid, ["$.places[?id=united-states].otherNames[0] => \" \""]),
        ("a missing name", Verdict.Invalid, ["$.actors[0].name => " + Absent]),
        ("a missing summary", Verdict.Invalid, ["$.events[0].summary => " + Absent]),
        ("a name with inner white space", Verdict.Valid, ["$.actors[0].name => \" a\\u00a0b \""]),
        ("a name of a zero-width space (not white space in .NET, Python or ECMA-262)", Verdict.Valid, ["$.actors[0].name => \"\\u200b\""]),
        ("a name of a byte order mark (white space only in ECMA-262)", Verdict.Valid, ["$.actors[0].name => \"\\ufeff\""]),
        ("a name of an information separator (white space only in Python)", Verdict.Valid, ["$.actors[0].name => \"\\u001c\""]),
        ("a description with text", Verdict.Valid, ["$.actors[0].description => \" x \""]),

        // Versions, hashes, ids, codes and dates: no trailing line break (Python's and .NET's $ would allow one).
        ("a prerelease data version with build metadata", Verdict.Valid, ["$.dataVersion => \"2.0.0-rc.1+build.5\""]),
        ("data version 1.0", Verdict.Invalid, ["$.dataVersion => \"1.0\""]),
        ("data version v1", Verdict.Invalid, ["$.dataVersion => \"v1\""]),
        ("an emoji data version", Verdict.Invalid, ["$.dataVersion => \"\\ud83d\\ude00\""]),
        ("a data version with a line break", Verdict.Invalid, ["$.dataVersion => \"1.0.0\\n\""]),
        ("a data version with a leading zero", Verdict.Invalid, ["$.dataVersion => \"01.0.0\""]),
        ("a prerelease with a leading zero", Verdict.Invalid, ["$.dataVersion => \"1.0.0-01\""]),
        ("an empty prerelease", Verdict.Invalid, ["$.dataVersion => \"1.0.0-\""]),
        ("an empty build", Verdict.Invalid, ["$.dataVersion => \"1.0.0+a..b\""]),
        ("a blank data version", Verdict.Invalid, ["$.dataVersion => \" \""]),
        ("an id with a line break", Verdict.Invalid, ["$.places[?id=wisconsin].id => \"wisconsin\\n\"", "$.events[?id=sombath-somphone-disappearance].placeIds => []"]),
        ("an id not in kebab case", Verdict.Invalid, ["$.events[0].id => \"Not_Kebab\""]),
        ("an id with a double hyphen", Verdict.Invalid, ["$.events[0].id => \"a--b\""]),
        ("a reference with a line break", Verdict.Invalid, ["$.places[?id=wisconsin].parentId => \"united-states\\n\""]),
        ("a hash with a line break", Verdict.Invalid, ["$.article.sha256 => @+\"\\n\""]),
        ("a date with a line break", Verdict.Invalid, ["$.events[0].date => \"2009-09-25\\n\""]),
        ("an edition with a line break", Verdict.Invalid, ["$.scores[0].edition => \"2023\\n\""]),
        ("a country code with a line break", Verdict.Invalid, ["$.places[?id=laos].iso3166 => \"LA\\n\""]),
        ("a country code for a province", Verdict.Invalid, ["$.places[?id=xiangkhouang-province].iso3166 => \"LA\""]),
        ("a subdivision code for a country", Verdict.Invalid, ["$.places[?id=laos].iso3166 => \"LA-XI\""]),
        ("a lower-case country code", Verdict.Invalid, ["$.places[?id=laos].iso3166 => \"la\""]),
        ("a subdivision code with digits", Verdict.Valid, ["$.places[?id=xiangkhouang-province].iso3166 => \"LA-X1\""]),
        ("an open interval", Verdict.Valid, ["$.events[0].date => \"2009-09-25/..\""]),
        ("an interval open at the start", Verdict.Valid, ["$.events[0].date => \"../2009\""]),
        ("a decade", Verdict.Valid, ["$.events[0].date => \"199X\""]),
        ("an approximate century", Verdict.Valid, ["$.events[0].date => \"18XX~\""]),
        ("year 0", Verdict.Valid, ["$.events[0].date => \"0000\""]),
        ("a date not in EDTF", Verdict.Invalid, ["$.events[0].date => \"25 September 2009\""]),
        ("month 13", Verdict.Invalid, ["$.events[0].date => \"2009-13\""]),
        ("an interval open at both ends", Verdict.Invalid, ["$.events[0].date => \"../..\""]),
        ("an edition that is an interval", Verdict.Invalid, ["$.scores[0].edition => \"2022/2023\""]),

        // Vocabularies, shapes and conditions.
        ("an unknown standing", Verdict.Invalid, ["$.events[0].standing => \"proven\""]),
        ("an unknown topic", Verdict.Invalid, ["$.claims[0].topics[0] => \"happiness\""]),
        ("an unknown actor kind", Verdict.Invalid, ["$.actors[0].kind => \"Government\""]),
        ("an unknown role", Verdict.Invalid, ["$.events[?id=iccpr-ratification-2009].actors[0].role => \"helped\""]),
        ("an unknown relation", Verdict.Invalid, ["$.events[?id=iccpr-ratification-2009].related[0].relation => \"precedes\""]),
        ("an event actor without role", Verdict.Invalid, ["$.events[?id=iccpr-ratification-2009].actors[0].role => " + Absent]),
        ("an unknown property", Verdict.Invalid, ["$.events[0].colour => \"red\""]),
        ("an unknown property of the article", Verdict.Invalid, ["$.article.colour => \"red\""]),
        ("an unknown property of evidence", Verdict.Invalid, ["$.actors[0].evidence[0].colour => \"red\""]),
        ("an unknown top-level property", Verdict.Invalid, ["$.colour => \"red\""]),
        ("no quotations list", Verdict.Invalid, ["$.quotations => " + Absent]),
        ("no article title", Verdict.Invalid, ["$.article.title => " + Absent]),
        ("a list instead of a text", Verdict.Invalid, ["$.actors[0].name => [\"x\"]"]),
        ("a case without events", Verdict.Invalid, ["$.cases[0].eventIds => []"]),
        ("an unquantified figure with a value", Verdict.Invalid, ["$.figures[?bound=unquantified].value => 5"]),
        ("a between figure without upper value", Verdict.Invalid, ["$.figures[?bound=exact].bound => \"between\""]),
        ("an exact figure with an upper value", Verdict.Invalid, ["$.figures[?bound=exact].upperValue => 1000"]),
        ("a between figure", Verdict.Valid, ["$.figures[?bound=exact].upperValue => 1000000", "$.figures[?bound=exact].bound => \"between\""]),
        ("a date derivation without a date", Verdict.Invalid, ["$.events[?id=iccpr-signing].date => " + Absent]),
        ("a relative url", Verdict.Invalid, ["$.article.licenseUrl => \"wiki/Laos\""]),
        ("an ftp url", Verdict.Invalid, ["$.article.sourceUrl => \"ftp://example.org/laos\""]),
        ("a url with a line break", Verdict.Invalid, ["$.article.sourceUrl => \"https://example.org/\\n\""]),
        ("a url with a query", Verdict.Valid, ["$.article.sourceUrl => \"http://example.org/a/b?c=d&e=%C3%A9#f\""]),
        ("a blank article text", Verdict.Invalid, ["$.article.text => \"\""]),

        // Rules only the loader checks (docs/format.md lists them).
        ("30 February", Verdict.LoaderOnly, ["$.events[0].date => \"2009-02-30\""]),
        ("an interval that ends before it starts", Verdict.LoaderOnly, ["$.events[0].date => \"2009/2004\""]),
        ("a score above its scale", Verdict.LoaderOnly, ["$.scores[0].value => 5"]),
        ("a between figure whose upper value is below its value", Verdict.LoaderOnly, ["$.figures[?bound=exact].upperValue => 0", "$.figures[?bound=exact].bound => \"between\""]),
        ("a reference to no record", Verdict.LoaderOnly, ["$.places[?id=wisconsin].parentId => \"no-such-place\""]),
        ("a reference to a record of another kind", Verdict.LoaderOnly, ["$.places[?id=wisconsin].parentId => \"amnesty-international\""]),
        ("a duplicate id", Verdict.LoaderOnly, ["$.places[?id=wisconsin].id => \"amnesty-international\"", "$.events[?id=sombath-somphone-disappearance].placeIds => []"]),
        ("a place inside itself", Verdict.LoaderOnly, ["$.places[?id=thailand].parentId => \"thailand\""]),
        ("two places inside each other", Verdict.LoaderOnly, ["$.places[?id=thailand].parentId => \"central-thailand\""]),
        ("a quote not at its start", Verdict.LoaderOnly, ["$.actors[0].evidence[0].start => 0"]),
        ("a quote not in the article", Verdict.LoaderOnly, ["$.actors[0].evidence[0].quote => \"words that are not there\"", "$.actors[0].evidence[0].length => 24"]),
        ("a length that is not the quote's", Verdict.LoaderOnly, ["$.actors[0].evidence[0].length => 1"]),
        ("a quotation whose text is not in its evidence", Verdict.LoaderOnly, ["$.quotations[0].text => \"words nobody said\""]),
        ("a hash of another text", Verdict.LoaderOnly, ["$.article.sha256 => \"0000000000000000000000000000000000000000000000000000000000000000\""]),
        ("an article text without a title heading", Verdict.LoaderOnly, ["$.article.text => \"no heading\""]),
    ];

    public static TheoryData<string> Names() => [.. Corpus.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void The_schema_and_the_loader_agree_on_every_document_of_the_corpus(string name)
    {
        var (_, verdict, changes) = Corpus.Single(c => c.Name == name);
        var json = Apply(changes);

        var schema = Validate(json);
        var loaderProblems = LoaderProblems(json);

        schema.IsValid.Should().Be(verdict != Verdict.Invalid, $"the schema should {(verdict == Verdict.Invalid ? "reject" : "accept")} it: {Describe(schema)}");
        (loaderProblems is null).Should().Be(verdict == Verdict.Valid, $"the loader should {(verdict == Verdict.Valid ? "accept" : "reject")} it: {string.Join("; ", loaderProblems ?? [])}");
    }

    [Fact]
    public void The_corpus_holds_each_kind_of_document()
    {
        Corpus.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        Corpus.Select(c => c.Verdict).Distinct().Should().HaveCount(3);
    }

    [Fact]
    public void A_document_the_loader_rejects_in_the_examples_of_the_issue_is_rejected_with_a_clear_message()
    {
        LoaderProblems(Apply(["$.claims[0].provision => 0"]))!.Should().ContainSingle()
            .Which.Should().Be(new DatasetProblem("claims[0] 'concern-ratification-record'.provision", "an article number of a treaty or law, from 1."));
        LoaderProblems(Apply(["$.dataVersion => \"v1\""]))!.Should().ContainSingle()
            .Which.Message.Should().StartWith("'v1' is not a semantic version");
        LoaderProblems(Apply(["$.actors[0].description => \" \""]))!.Should().ContainSingle()
            .Which.Should().Be(new DatasetProblem("actors[0] 'amnesty-international'.description", "cannot be empty or white space; leave the property out when it has no value."));
    }

    [Fact]
    public void Every_anchored_pattern_of_the_schema_ends_where_the_text_ends_in_every_engine()
    {
        // $ alone also matches before a final line break in Python and .NET (not in ECMA-262): (?!\n)$ does not.
        var patterns = Patterns(JsonNode.Parse(DatasetJson.Schema)!).ToList();

        patterns.Should().NotBeEmpty();
        foreach (var pattern in patterns.Where(p => p.Contains('$', StringComparison.Ordinal)))
        {
            pattern.Should().EndWith("(?!\\n)$");
            foreach (var options in new[] { RegexOptions.None, RegexOptions.ECMAScript })
            {
                new Regex(pattern, options).IsMatch("x\n").Should().BeFalse(pattern);
            }
        }
    }

    [Fact]
    public void The_text_pattern_is_what_the_loader_counts_as_not_blank_for_every_character()
    {
        var pattern = JsonNode.Parse(DatasetJson.Schema)!["$defs"]!["text"]!["pattern"]!.GetValue<string>();
        var regexes = new[] { new Regex(pattern), new Regex(pattern, RegexOptions.ECMAScript) };
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = ((char)c).ToString();
            foreach (var regex in regexes)
            {
                if (regex.IsMatch(text) == string.IsNullOrWhiteSpace(text))
                {
                    throw new Xunit.Sdk.XunitException($"U+{c:X4}: the schema and the loader disagree on whether it is white space ({regex.Options}).");
                }
            }
        }
    }

    [Fact]
    public void A_dataset_written_by_the_library_is_valid_for_the_schema_and_loads_again()
    {
        var json = ToJson(LaosRightsDataset.Default);

        Validate(json).IsValid.Should().BeTrue();
        LoaderProblems(json).Should().BeNull();
    }

    private static IEnumerable<string> Patterns(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "pattern" && p.Value is JsonValue v ? [v.GetValue<string>()] : Patterns(p.Value!)),
        JsonArray a => a.SelectMany(n => n is null ? [] : Patterns(n)),
        _ => [],
    };

    private static List<DatasetProblem>? LoaderProblems(byte[] json)
    {
        try
        {
            LaosRightsDataset.Parse(json);
            return null;
        }
        catch (DatasetValidationException e)
        {
            e.Problems.Should().NotBeEmpty();
            return [.. e.Problems];
        }
    }

    private static byte[] Apply(string[] changes)
    {
        var document = JsonNode.Parse(ShippedJson)!;
        foreach (var change in changes)
        {
            var arrow = change.IndexOf(" => ", StringComparison.Ordinal);
            Set(document, change[..arrow], change[(arrow + 4)..]);
        }

        return Encoding.UTF8.GetBytes(document.ToJsonString());
    }

    private static void Set(JsonNode document, string path, string json)
    {
        var parts = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var node = document;
        foreach (var part in parts[..^1])
        {
            node = Step(node, part);
        }

        var last = parts[^1];
        JsonNode? Current() => last.StartsWith('[') ? node.AsArray()[Index(last)] : node[last];
        var value = json switch
        {
            Absent => null,
            _ when json.StartsWith("@+", StringComparison.Ordinal) => JsonValue.Create(Current()!.GetValue<string>() + JsonNode.Parse(json[2..])!.GetValue<string>()),
            _ when json.StartsWith('@') => JsonNode.Parse(Current()!.ToJsonString() + json[1..]),
            _ => JsonNode.Parse(json),
        };
        if (last.StartsWith('['))
        {
            node.AsArray()[Index(last)] = value;
        }
        else if (json == Absent)
        {
            node.AsObject().Remove(last).Should().BeTrue($"{path} is in the shipped file");
        }
        else
        {
            node.AsObject()[last] = value;
        }

        static int Index(string part) => int.Parse(part[1..^1], CultureInfo.InvariantCulture);

        static JsonNode Step(JsonNode node, string part)
        {
            if (part.StartsWith("[?", StringComparison.Ordinal))
            {
                var (key, wanted) = (part[2..^1].Split('=')[0], part[2..^1].Split('=')[1]);
                return node.AsArray().First(n => n![key]?.ToString() == wanted)!;
            }

            return part.StartsWith('[') ? node.AsArray()[Index(part)]! : node[part]!;
        }
    }
}
