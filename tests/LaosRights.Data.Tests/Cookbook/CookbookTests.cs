using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using LaosRights.Data.Tests.Support;
using Xunit;

namespace LaosRights.Data.Tests.Cookbook;

/// <summary>Keeps the cookbook (the README's and docs/cookbook.md) honest: its code is <see cref="Cookbook"/>'s code, and its answers are what that code returns.</summary>
public partial class CookbookTests
{
    private const string Arrow = "// → ";

    public static TheoryData<string> Methods() => new(Recipes().Select(r => r.Name));

    [Fact]
    public void The_readme_has_a_cookbook_of_at_least_five_recipes_each_the_code_of_a_Cookbook_method()
    {
        var readmeBlocks = ReadmeCookbookBlocks();
        readmeBlocks.Should().HaveCountGreaterThanOrEqualTo(5, "the README shows the first recipes; docs/cookbook.md has the rest");
        var docsBlocks = DocsCookbookBlocks();
        var recipes = Recipes();
        foreach (var block in readmeBlocks.Concat(docsBlocks))
        {
            recipes.Select(r => r.Code).Should().ContainEquivalentOf(block, because: "every ```csharp block of the README's cookbook and of docs/cookbook.md must be copied verbatim from Cookbook.cs:\n" + block);
        }

        foreach (var recipe in recipes)
        {
            bool inReadme = readmeBlocks.Contains(recipe.Code);
            bool inDocs = docsBlocks.Contains(recipe.Code);
            (inReadme ^ inDocs).Should().BeTrue($"Cookbook.{recipe.Name} must be shown once, in the README's cookbook or in docs/cookbook.md");
            File.ReadAllText(RepoFile(inReadme ? "README.md" : Path.Combine("docs", "cookbook.md"))).ReplaceLineEndings("\n").Should().Contain("### " + recipe.Question + "\n");
        }
    }

    [Fact]
    public void The_retitled_recipe_says_truly_how_many_of_the_articles_concerns_name_the_government()
    {
        // docs/cookbook.md: "of its 15 concerns, 3 name the government of Laos, 1 Sombath Somphone, 2 the army and security
        // forces, and 9 ... name no subject". If the data gains subjects, change that paragraph with it.
        var concerns = LaosRightsDataset.Default.Claims.WithStanding(Standing.ConcernRaised).ToList();
        concerns.Should().HaveCount(15);
        concerns.Count(c => c.SubjectIds.Contains("government-of-laos")).Should().Be(3);
        concerns.Count(c => c.SubjectIds.Contains("sombath-somphone")).Should().Be(1);
        concerns.Count(c => c.SubjectIds.SequenceEqual(["lao-peoples-army", "security-forces"])).Should().Be(2);
        concerns.Count(c => c.SubjectIds.Count == 0).Should().Be(9);
        File.ReadAllText(RepoFile("docs", "cookbook.md")).ReplaceLineEndings(" ").Should().Contain("of its 15 concerns, 3 name the government of Laos");
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Each_recipe_returns_the_answer_the_readme_shows(string name)
    {
        var recipe = Recipes().Single(r => r.Name == name);
        var method = typeof(Cookbook).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;
        var answer = ((IReadOnlyList<string>)method.Invoke(null, null)!).ToList();
        var lines = recipe.Code.Split('\n');
        var shown = lines.Where(l => l.StartsWith(Arrow, StringComparison.Ordinal)).Select(l => l[Arrow.Length..]).ToList();
        shown.Should().NotBeEmpty();
        if (lines.Contains("// …"))
        {
            answer.Should().ContainInOrder(shown);
        }
        else
        {
            answer.Should().Equal(shown, because: "a recipe without '// …' shows its whole answer");
        }
    }

    private sealed record Recipe(string Name, string Question, string Code);

    private static List<Recipe> Recipes()
    {
        var source = File.ReadAllText(RepoFile("tests", "LaosRights.Data.Tests", "Cookbook", "Cookbook.cs")).ReplaceLineEndings("\n");
        return RecipePattern().Matches(source)
            .Select(m => new Recipe(m.Groups["name"].Value, m.Groups["question"].Value, Normalize(m.Groups["code"].Value)))
            .ToList();
    }

    private static List<string> ReadmeCookbookBlocks()
    {
        var readme = File.ReadAllText(RepoFile("README.md")).ReplaceLineEndings("\n");
        int start = readme.IndexOf("\n## Cookbook\n", StringComparison.Ordinal);
        start.Should().BePositive("the README has a '## Cookbook' section");
        int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];
        return CsharpBlockPattern().Matches(section).Select(m => Normalize(m.Groups["code"].Value)).ToList();
    }

    private static List<string> DocsCookbookBlocks()
    {
        var docs = File.ReadAllText(RepoFile("docs", "cookbook.md")).ReplaceLineEndings("\n");
        return CsharpBlockPattern().Matches(docs).Select(m => Normalize(m.Groups["code"].Value)).ToList();
    }

    // Indentation aside, character for character: each line trimmed, blank lines dropped.
    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string RepoFile(params string[] parts) => RepositoryFiles.Path(parts);

    [GeneratedRegex(@"// Q: (?<question>[^\n]+)\n\s*public static IReadOnlyList<string> (?<name>\w+)\(\)\n\s*\{\n(?<code>.*?)\n\s*return answer\.ToList\(\);", RegexOptions.Singleline)]
    private static partial Regex RecipePattern();

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsharpBlockPattern();
}
