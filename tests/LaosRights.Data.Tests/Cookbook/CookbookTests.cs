using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Cookbook;

/// <summary>Keeps the README's cookbook honest: its code is <see cref="Cookbook"/>'s code, and its answers are what that code returns.</summary>
public partial class CookbookTests
{
    private const string Arrow = "// → ";

    public static TheoryData<string> Methods() => new(Recipes().Select(r => r.Name));

    [Fact]
    public void The_readme_has_a_cookbook_of_at_least_eight_recipes_each_the_code_of_a_Cookbook_method()
    {
        var readmeBlocks = ReadmeCookbookBlocks();
        readmeBlocks.Should().HaveCountGreaterThanOrEqualTo(8);
        var recipes = Recipes();
        foreach (var block in readmeBlocks)
        {
            recipes.Select(r => r.Code).Should().ContainEquivalentOf(block, because: "every ```csharp block of the README's cookbook must be copied verbatim from Cookbook.cs:\n" + block);
        }

        foreach (var recipe in recipes)
        {
            readmeBlocks.Should().Contain(recipe.Code, because: $"Cookbook.{recipe.Name} must be shown in the README");
            File.ReadAllText(RepoFile("README.md")).Should().Contain("### " + recipe.Question);
        }
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

    // Indentation aside, character for character: each line trimmed, blank lines dropped.
    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LaosRights.Data.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("The repository root (with LaosRights.Data.sln) is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"// Q: (?<question>[^\n]+)\n\s*public static IReadOnlyList<string> (?<name>\w+)\(\)\n\s*\{\n(?<code>.*?)\n\s*return answer\.ToList\(\);", RegexOptions.Singleline)]
    private static partial Regex RecipePattern();

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsharpBlockPattern();
}
