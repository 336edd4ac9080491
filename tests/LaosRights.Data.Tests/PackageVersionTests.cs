using System.Reflection;
using FluentAssertions;
using LaosRights.Data.Tests.Support;
using Xunit;

namespace LaosRights.Data.Tests;

/// <summary>The library's version comes from git (MinVer; docs/packaging.md), not from a number fixed in the project.</summary>
public class PackageVersionTests
{
    [Fact]
    public void The_library_version_is_SemVer_from_git_with_its_commit()
    {
        string version = typeof(LaosRightsDataset).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        // e.g. 1.0.0-alpha.0.36+a06b9c60e5a96a8fba5dbb1bdaab0505771b25c0: untagged builds are prereleases of 1.0.0 or later.
        version.Should().MatchRegex(@"^[1-9][0-9]*\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?\+[0-9a-f]{40}$");

        // No project under src/ fixes its version: a fixed 1.0.0 is what made NuGet reuse stale cached packages.
        foreach (string project in Directory.GetFiles(RepositoryFiles.Path("src"), "*.csproj", SearchOption.AllDirectories))
        {
            File.ReadAllText(project).Should().NotMatchRegex(@"<(Version|VersionPrefix|PackageVersion)>", project);
        }

        File.ReadAllText(RepositoryFiles.Path("src", "Directory.Build.props")).Should().Contain("<PackageReference Include=\"MinVer\"");
    }
}
