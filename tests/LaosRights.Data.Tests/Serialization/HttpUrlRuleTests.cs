using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using FluentAssertions;
using LaosRights.Data.Serialization;
using LaosRights.Data.Tests.Support;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>
/// The article's URLs are checked by hand at load time (no <see cref="Uri"/> on the cold path) and become
/// <see cref="Uri"/> values on first access: every URL the rule accepts must therefore be an absolute <see cref="Uri"/>,
/// and the schema's pattern must say the same thing as the rule.
/// </summary>
public class HttpUrlRuleTests
{
    private static readonly int Iterations = TestScale.Iterations(3000);

    private static readonly Regex SchemaPattern = new(
        JsonNode.Parse(DatasetJson.Schema)!["$defs"]!["url"]!["pattern"]!.GetValue<string>(), RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("https://creativecommons.org/licenses/by-sa/4.0/")]
    [InlineData("https://en.wikipedia.org/wiki/Human_rights_in_Laos")]
    [InlineData("http://example.org")]
    [InlineData("https://a.b-c.d9/")]
    [InlineData("https://example.org?q=1")]
    [InlineData("https://example.org#top")]
    [InlineData("https://example.org/a%20b/(c)!$&'*+,;=:@~[]")]
    [InlineData("https://1.2.3.example/")]
    [InlineData("https://x1/")]
    public void Accepts_absolute_http_and_https_urls(string url)
    {
        DatasetMapper.IsHttpUrl(url).Should().BeTrue();
        SchemaPattern.IsMatch(url).Should().BeTrue("the schema's pattern is the same rule");
        Uri.TryCreate(url, UriKind.Absolute, out var uri).Should().BeTrue();
        uri!.Scheme.Should().BeOneOf("http", "https");
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("wiki/Laos", "relative")]
    [InlineData("//en.wikipedia.org/wiki/Laos", "scheme-relative")]
    [InlineData("ftp://example.org/laos", "not http")]
    [InlineData("HTTPS://example.org/", "the scheme is written in lower case")]
    [InlineData("https://", "no host")]
    [InlineData("https:///path", "empty host")]
    [InlineData("https://-example.org/", "a label starting with a hyphen")]
    [InlineData("https://example-.org/", "a label ending with a hyphen")]
    [InlineData("https://example..org/", "an empty label")]
    [InlineData("https://example.org./", "a trailing dot")]
    [InlineData("https://example.org:8080/", "a port")]
    [InlineData("https://user@example.org/", "user information")]
    [InlineData("https://exa mple.org/", "a space in the host")]
    [InlineData("https://example.org/a b", "a space in the path")]
    [InlineData("https://example.org/a\tb", "a control character")]
    [InlineData("https://example.org/a\"b", "a quotation mark")]
    [InlineData("https://example.org/a<b>", "angle brackets")]
    [InlineData("https://example.org/a\\b", "a backslash")]
    [InlineData("https://example.org/a^b", "a caret")]
    [InlineData("https://example.org/a`b", "a backtick")]
    [InlineData("https://example.org/a{b}", "braces")]
    [InlineData("https://example.org/a|b", "a vertical bar")]
    [InlineData("https://exämple.org/", "a non-ASCII host")]
    [InlineData("https://example.org/é", "a non-ASCII path")]
    [InlineData(" https://example.org/", "leading space")]
    [InlineData("https://example.org/ ", "trailing space")]
    [InlineData("https://example.org\n", "a trailing line feed")]
    [InlineData("https://example.org/\n", "a trailing line feed after the path")]
    [InlineData("https://1/", "an IPv4 address in short form (the last label must start with a letter)")]
    [InlineData("https://127.0.0.1/", "an IPv4 address")]
    [InlineData("https://0x7f.1/", "an IPv4 address in hex")]
    [InlineData("https://0x7f/", "a number in hex as the whole host")]
    [InlineData("https://[::1]/", "an IPv6 literal")]
    [InlineData("https://example.9org/", "a last label starting with a digit")]
    public void Rejects_everything_else(string url, string because)
    {
        DatasetMapper.IsHttpUrl(url).Should().BeFalse(because);
        SchemaPattern.IsMatch(url).Should().BeFalse(because + " (schema)");
    }

    private static readonly string[] Schemes = ["http://", "https://", "https:/", "ftp://"];
    private static readonly string[] Separators = ["", "/", "?", "#", ":", "@"];

    [Fact]
    public void Labels_of_at_most_63_and_hosts_of_at_most_253_characters()
    {
        var label63 = "a" + new string('7', 61) + "b";
        Accepted("https://" + label63 + ".org/").Should().BeTrue();
        Accepted("https://" + label63 + "c.org/").Should().BeFalse("a label of 64 characters");
        Accepted("https://" + new string('1', 63) + ".org/").Should().BeTrue("an all-digit label that is not the last one");
        Accepted("https://" + new string('1', 64) + ".org/").Should().BeFalse("an all-digit label of 64 characters");
        Accepted("https://" + new string('a', 64) + "/").Should().BeFalse();

        var host253 = string.Join('.', Enumerable.Repeat(new string('a', 63), 3)) + "." + new string('b', 61); // 3 × 64 + 61
        host253.Length.Should().Be(253);
        Accepted("https://" + host253).Should().BeTrue();
        Accepted("https://" + host253 + "/path").Should().BeTrue();
        Accepted("https://" + host253 + "b").Should().BeFalse("a host of 254 characters");
        Accepted("https://" + host253 + "b/path").Should().BeFalse();

        bool Accepted(string url)
        {
            var ok = DatasetMapper.IsHttpUrl(url);
            SchemaPattern.IsMatch(url).Should().Be(ok, "the schema's pattern agrees for {0}", url);
            if (ok)
            {
                new Uri(url, UriKind.Absolute).Host.Should().Be(url[8..].Split('/')[0].ToLowerInvariant());
            }

            return ok;
        }
    }

    [Fact]
    public void Every_accepted_url_is_an_absolute_uri_and_matches_the_schema()
    {
        // Near-misses are common: labels from a small alphabet with hyphens, digits and dots, sometimes near the
        // 63-character limit, hosts sometimes near 253; tails from all of printable ASCII and line ends.
        var label = Gen.OneOf(Gen.String[Gen.Char["ab9-"], 0, 4], Gen.String[Gen.Char["a9"], 60, 66]);
        var host = Gen.OneOf(
            Gen.Select(label.Array[1, 3], labels => string.Join('.', labels)),
            Gen.Select(Gen.Int[240, 260], Gen.Char["a9"], (length, c) => string.Join('.', Enumerable.Repeat(new string(c, 63), 5))[..length]));
        var tail = Gen.OneOf(Gen.String[Gen.Char["ab9/?#%=&'()[]~_-.:@!$*+,;"], 0, 12], Gen.String[Gen.Char[' ', '~'], 0, 12], Gen.String[Gen.Char["a/\n\r"], 0, 3]);
        var url = Gen.Select(Gen.Int[0, 3].Select(i => Schemes[i]), host, Gen.Int[0, 5].Select(i => Separators[i]), tail,
            (scheme, h, separator, t) => scheme + h + separator + t);
        var accepted = 0;

        Property.ForAll(url, Iterations, text =>
        {
            var ok = DatasetMapper.IsHttpUrl(text);
            SchemaPattern.IsMatch(text).Should().Be(ok, "the schema's pattern and the loader's rule agree");
            if (ok)
            {
                accepted++;
                var uri = new Uri(text, UriKind.Absolute); // what Article.LicenseUrl and SourceUrl do on first access
                uri.IsAbsoluteUri.Should().BeTrue();
                uri.Scheme.Should().BeOneOf("http", "https");
                uri.HostNameType.Should().Be(UriHostNameType.Dns);
            }
        });

        accepted.Should().BeGreaterThan(Iterations / 40, "the generator must reach the accepted side often");
    }

    [Theory]
    [InlineData("licenseUrl")]
    [InlineData("sourceUrl")]
    public void A_url_with_a_63_character_label_loads_and_one_with_a_64_character_label_is_reported_at_load(string property)
    {
        var longest = "https://" + new string('a', 63) + ".org/wiki/Laos";
        var article = LaosRightsDataset.Parse(WithArticle(property, longest)).Article;
        (property == "licenseUrl" ? article.LicenseUrl : article.SourceUrl).OriginalString.Should().Be(longest);

        var tooLong = "https://" + new string('a', 64) + ".org/wiki/Laos";
        FluentActions.Invoking(() => LaosRightsDataset.Parse(WithArticle(property, tooLong))).Should().Throw<DatasetValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Be(new DatasetProblem($"article.{property}", $"'{tooLong}' is not an absolute http or https URL."));

        static string WithArticle(string property, string url)
        {
            var document = JsonNode.Parse(EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName))!;
            document["article"]![property] = url;
            return document.ToJsonString();
        }
    }

    [Fact]
    public void The_article_urls_are_created_once_on_first_access()
    {
        var article = LaosRightsDataset.Parse(System.Text.Encoding.UTF8.GetString(EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName))).Article;

        var license = article.LicenseUrl;
        license.Should().BeSameAs(article.LicenseUrl);
        license.OriginalString.Should().Be("https://creativecommons.org/licenses/by-sa/4.0/");
        article.SourceUrl.Should().BeSameAs(article.SourceUrl);
        article.SourceUrl.AbsoluteUri.Should().Be("https://en.wikipedia.org/wiki/Human_rights_in_Laos");

        // Concurrent first accesses on a fresh article all get the one instance.
        var fresh = LaosRightsDataset.Parse(System.Text.Encoding.UTF8.GetString(EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName))).Article;
        var seen = new Uri[16];
        Parallel.For(0, seen.Length, i => seen[i] = fresh.SourceUrl);
        seen.Should().OnlyContain(u => ReferenceEquals(u, fresh.SourceUrl));
    }
}
