using System.Security.Cryptography;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Data;

public class ArticleTests
{
    private const string ExpectedSha256 = "b5dcb4957fc9aff3000ec48a1d00130306e655515c014913ec8f42650a386798";
    private static readonly Article Article = LaosRightsDataset.Default.Article;

    [Fact]
    public void Embedded_article_bytes_have_the_recorded_sha256()
    {
        var bytes = EmbeddedData.ReadResource(EmbeddedData.ArticleResourceName);
        Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(ExpectedSha256);
        Article.Sha256.Should().Be(ExpectedSha256);
        EmbeddedData.ArticleSha256.Should().Be(ExpectedSha256, "the loader trusts this constant instead of hashing on every start");
        bytes.Should().HaveCount(8863);
    }

    [Fact]
    public void Text_is_the_decoded_article()
    {
        Article.Text.Should().StartWith("= Human rights in Laos =\n\nAmnesty International, The Centre for Public Policy Analysis");
        Article.Text.Should().EndWith("- LGBT rights in Laos\n");
        Article.Text.Should().Contain("Médecins Sans Frontières");
        Article.Text.Should().NotContain("\r");
    }

    [Fact]
    public void Title_licence_and_attribution()
    {
        Article.Title.Should().Be("Human rights in Laos");
        Article.License.Should().Be("CC BY-SA 4.0");
        Article.LicenseUrl.Should().Be(new Uri("https://creativecommons.org/licenses/by-sa/4.0/"));
        Article.Attribution.Should().Contain("English Wikipedia").And.Contain("\"Human rights in Laos\"").And.Contain("CC BY-SA 4.0");
        Article.SourceUrl.Should().Be(new Uri("https://en.wikipedia.org/wiki/Human_rights_in_Laos"));
    }

    [Fact]
    public void Sections_follow_the_heading_hierarchy()
    {
        Article.Sections.Select(s => (s.Level, s.Title)).Should().Equal(
            (1, "Human rights in Laos"),
            (2, "Official Lao position on human rights"),
            (2, "Individual cases"),
            (2, "Hmong conflict and attacks on unarmed Hmong civilians"),
            (3, "Hmong refugees and forced repatriation"),
            (2, "Freedom of religion"),
            (2, "See also"));

        var refugees = Article.Sections[4];
        refugees.Parent.Should().BeSameAs(Article.Sections[3]);
        refugees.Path.Should().Equal("Human rights in Laos", "Hmong conflict and attacks on unarmed Hmong civilians", "Hmong refugees and forced repatriation");
        Article.Text.Substring(refugees.Start, refugees.HeadingLength).Should().Be("===Hmong refugees and forced repatriation===");
        refugees.End.Should().Be(Article.Sections[5].Start);
        Article.Sections[3].End.Should().Be(Article.Sections[5].Start, "a level-2 section runs over its subsections");
        Article.Sections[0].End.Should().Be(Article.Text.Length);
        Article.Sections[^1].End.Should().Be(Article.Text.Length);
    }

    [Fact]
    public void Section_at_a_position_is_the_innermost()
    {
        var ratified = Article.Text.IndexOf("Laos ratified", StringComparison.Ordinal);
        Article.GetSectionAt(ratified).Title.Should().Be("Official Lao position on human rights");
        Article.GetSectionAt(0).Title.Should().Be("Human rights in Laos");
        Article.GetSectionAt(Article.Text.IndexOf("Wat Tham Krabok", StringComparison.Ordinal)).Level.Should().Be(3);
    }

    [Fact]
    public void A_section_starts_at_its_heading_and_ends_where_the_next_begins()
    {
        foreach (var (section, next) in Article.Sections.Zip(Article.Sections.Skip(1)))
        {
            Article.GetSectionAt(section.Start).Should().BeSameAs(section, "the heading's first character is in its own section");
            Article.GetSectionAt(next.Start - 1).Should().BeSameAs(section, "a section runs up to the next heading");
        }

        Article.GetSectionAt(Article.Text.Length - 1).Should().BeSameAs(Article.Sections[^1]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(8861)] // the text has 8,861 UTF-16 code units (8,863 UTF-8 bytes: "é" takes two)
    public void Section_at_a_position_outside_the_text_throws(int position)
    {
        var act = () => Article.GetSectionAt(position);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("position");
    }
}
