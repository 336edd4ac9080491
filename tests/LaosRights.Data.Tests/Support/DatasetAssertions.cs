using FluentAssertions;
using FluentAssertions.Equivalency;

// Shared by both test projects (tests/LaosRights.Data.Export.Tests links this file).
namespace LaosRights.Data.Tests.Support;

/// <summary>Compares whole datasets, as the JSON, subset and data package tests need.</summary>
internal static class DatasetAssertions
{
    /// <summary>Compares two datasets record by record, by member values (records hold lists, so record equality would compare references).</summary>
    public static void ShouldEqual(this LaosRightsDataset actual, LaosRightsDataset expected)
    {
        static EquivalencyAssertionOptions<T> Options<T>(EquivalencyAssertionOptions<T> o) => o.ComparingRecordsByMembers().WithStrictOrdering();
        actual.SchemaVersion.Should().Be(expected.SchemaVersion);
        actual.DataVersion.Should().Be(expected.DataVersion);
        actual.Article.Text.Should().Be(expected.Article.Text);
        actual.Article.Sha256.Should().Be(expected.Article.Sha256);
        actual.Article.Attribution.Should().Be(expected.Article.Attribution);
        actual.Actors.Should().BeEquivalentTo(expected.Actors, Options);
        actual.Places.Should().BeEquivalentTo(expected.Places, Options);
        actual.Sources.Should().BeEquivalentTo(expected.Sources, Options);
        actual.Events.Should().BeEquivalentTo(expected.Events, Options);
        actual.Cases.Should().BeEquivalentTo(expected.Cases, Options);
        actual.Figures.Should().BeEquivalentTo(expected.Figures, Options);
        actual.Scores.Should().BeEquivalentTo(expected.Scores, Options);
        actual.Rankings.Should().BeEquivalentTo(expected.Rankings, Options);
        actual.Claims.Should().BeEquivalentTo(expected.Claims, Options);
        actual.Quotations.Should().BeEquivalentTo(expected.Quotations, Options);
        actual.AllRecords.Select(r => r.Id).Should().Equal(expected.AllRecords.Select(r => r.Id));
    }
}

/// <summary>A fresh folder under the system temporary folder, deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "laosrights-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
