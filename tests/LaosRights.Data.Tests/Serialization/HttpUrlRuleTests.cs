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
        JsonNode.Parse(DatasetExport.JsonSchema)!["$defs"]!["url"]!["pattern"]!.GetValue<string>(), RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("https://creativecommons.org/licenses/by-sa/4.0/")]
    [InlineData("https://en.wikipedia.org/wiki/Human_rights_in_Laos")]
    [InlineData("http://example.org")]
    [InlineData("https://a.b-c.d9/")]
    [InlineData("https://example.org?q=1")]
    [InlineData("https://example.org#top")]
    [InlineData("https://example.org/a%20b/(c)!$&'*+,;=:@~[]")]
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
    public void Rejects_everything_else(string url, string because)
    {
        DatasetMapper.IsHttpUrl(url).Should().BeFalse(because);
        SchemaPattern.IsMatch(url).Should().BeFalse(because + " (schema)");
    }

    private static readonly string[] Schemes = ["http://", "https://", "https:/", "ftp://"];
    private static readonly string[] Separators = ["", "/", "?", "#", ":", "@"];

    [Fact]
    public void Every_accepted_url_is_an_absolute_uri_and_matches_the_schema()
    {
        // Near-misses are common: labels from a small alphabet with hyphens and dots, tails from all of printable ASCII.
        var label = Gen.String[Gen.Char["ab9-"], 0, 4];
        var host = Gen.Select(label.Array[1, 3], labels => string.Join('.', labels));
        var tail = Gen.OneOf(Gen.String[Gen.Char["ab9/?#%=&'()[]~_-.:@!$*+,;"], 0, 12], Gen.String[Gen.Char[' ', '~'], 0, 12]);
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
                Uri.TryCreate(text, UriKind.Absolute, out var uri).Should().BeTrue();
                uri!.IsAbsoluteUri.Should().BeTrue();
            }
        });

        accepted.Should().BeGreaterThan(Iterations / 20, "the generator must reach the accepted side often");
    }

    [Fact]
    public void The_article_urls_are_created_once_on_first_access()
    {
        var article = LaosRightsDataset.Load(System.Text.Encoding.UTF8.GetString(EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName))).Article;

        var license = article.LicenseUrl;
        license.Should().BeSameAs(article.LicenseUrl);
        license.OriginalString.Should().Be("https://creativecommons.org/licenses/by-sa/4.0/");
        article.SourceUrl.Should().BeSameAs(article.SourceUrl);
        article.SourceUrl.AbsoluteUri.Should().Be("https://en.wikipedia.org/wiki/Human_rights_in_Laos");
    }
}
