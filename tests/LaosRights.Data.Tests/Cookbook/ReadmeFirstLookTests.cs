using System.Text.RegularExpressions;
using FluentAssertions;
using LaosRights.Data.Tests.Support;
using Xunit;

namespace LaosRights.Data.Tests.Cookbook;

/// <summary>The README's "A first look" is code that compiles (<see cref="FirstLook"/>), and its comments show what it prints.</summary>
public partial class ReadmeFirstLookTests
{
    [Fact]
    public void The_first_look_is_the_code_of_FirstLook_Run()
    {
        var readme = File.ReadAllText(RepositoryFiles.Path("README.md")).ReplaceLineEndings("\n");
        int start = readme.IndexOf("\n## A first look\n", StringComparison.Ordinal);
        start.Should().BePositive("the README has a '## A first look' section");
        var block = CsharpBlock().Match(readme, start).Groups["code"].Value;
        block.Should().StartWith("using LaosRights.Data;\n");

        var source = File.ReadAllText(RepositoryFiles.Path("tests", "LaosRights.Data.Tests", "Cookbook", "FirstLook.cs")).ReplaceLineEndings("\n");
        var body = RunBody().Match(source).Groups["body"].Value;
        Normalize(body).Should().Be(Normalize(block["using LaosRights.Data;\n".Length..]));
    }

    [Fact]
    public void The_first_looks_comments_show_what_it_prints()
    {
        var data = LaosRightsDataset.Default;
        data.Events["iccpr-ratification-2009"].Date.ToString().Should().Be("2009-09-25");
        data.Events["iccpr-ratification-2009"].Evidence[0].Quote.Should().StartWith("On 25 September 2009, Laos ratified the International Covenant");
        var exile = data.Figures["hmong-exile-thailand-count"].Quantity;
        $"{exile.Bound} {exile.Value}".Should().Be("AtMost 200000");
        exile.Wording.Should().Be("As many as 200,000");
        data.Claims["genocide-accusation"].Standing.ToString().Should().Be("Alleged");
        data.Claims["genocide-accusation"].ClaimantIds.Should().BeEmpty();
        data.Article.Attribution.Should().Contain("CC BY-SA 4.0");
        data.Events.InYear(2009).InChronologicalOrder().Should().NotBeEmpty();
    }

    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"\G.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();

    [GeneratedRegex(@"public static void Run\(\)\n    \{\n(?<body>.*?)\n    \}\n", RegexOptions.Singleline)]
    private static partial Regex RunBody();
}
