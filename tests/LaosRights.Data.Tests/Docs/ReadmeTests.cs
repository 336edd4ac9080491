using System.Text.RegularExpressions;
using FluentAssertions;
using LaosRights.Data.Tests.Support;
using Xunit;

namespace LaosRights.Data.Tests.Docs;

/// <summary>The README stays a newcomer's page, and every link of the README and docs/ leads somewhere.</summary>
public partial class ReadmeTests
{
    /// <summary>12 KB: detail belongs in docs/*.md, linked from the README.</summary>
    private const int MaxReadmeBytes = 12 * 1024;

    [Fact]
    public void The_readme_is_at_most_12_KB()
    {
        long size = new FileInfo(RepositoryFiles.Path("README.md")).Length;
        size.Should().BeLessThanOrEqualTo(MaxReadmeBytes, "the README is for newcomers: move detail to docs/*.md and link it");
    }

    [Fact]
    public void The_readme_has_the_sections_a_newcomer_needs_in_order()
    {
        var headings = Regex.Matches(File.ReadAllText(RepositoryFiles.Path("README.md")), "^## (.+)$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.TrimEnd('\r')).ToList();
        headings.Should().ContainInOrder("What is in it", "Two commands", "Install", "A first look", "Cookbook");
    }

    [Fact]
    public void Every_relative_link_of_the_readme_and_the_docs_names_a_file_that_exists()
    {
        var files = Directory.GetFiles(RepositoryFiles.Path("docs"), "*.md").Prepend(RepositoryFiles.Path("README.md")).ToList();
        files.Should().HaveCountGreaterThan(5);
        var broken = new List<string>();
        foreach (var file in files)
        {
            foreach (Match link in LinkPattern().Matches(File.ReadAllText(file)))
            {
                string target = link.Groups["target"].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith('#'))
                {
                    continue;
                }

                string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target.Split('#')[0]));
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{Path.GetFileName(file)}: {target}");
                }
            }
        }

        broken.Should().BeEmpty();
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex LinkPattern();
}
