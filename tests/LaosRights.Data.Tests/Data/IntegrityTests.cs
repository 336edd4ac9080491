using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Data;

public partial class IntegrityTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [Fact]
    public void Ids_are_unique_across_all_record_kinds()
    {
        Data.AllRecords.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        Data.AllRecords.Should().HaveCount(
            Data.Actors.Count + Data.Places.Count + Data.Sources.Count + Data.Events.Count + Data.Cases.Count +
            Data.Figures.Count + Data.Scores.Count + Data.Rankings.Count + Data.Claims.Count + Data.Quotations.Count);
    }

    [Fact]
    public void Ids_are_kebab_case()
    {
        Data.AllRecords.Should().OnlyContain(r => KebabCase().IsMatch(r.Id));
    }

    [Fact]
    public void Every_kind_has_records()
    {
        Data.Actors.Should().HaveCountGreaterThan(50);
        Data.Places.Should().HaveCountGreaterThan(15);
        Data.Sources.Should().HaveCountGreaterThan(8);
        Data.Events.Should().HaveCountGreaterThan(50);
        Data.Cases.Should().HaveCountGreaterThanOrEqualTo(3);
        Data.Figures.Should().HaveCountGreaterThan(18);
        Data.Scores.Should().HaveCount(2);
        Data.Rankings.Should().HaveCount(1);
        Data.Claims.Should().HaveCountGreaterThan(30);
        Data.Quotations.Should().HaveCount(4);
    }

    [Fact]
    public void Every_referenced_id_resolves_to_a_record_of_the_right_kind()
    {
        foreach (var a in Data.Actors)
        {
            ShouldBePlace(a.CountryId);
            ShouldBeActor(a.ParentId);
        }

        foreach (var p in Data.Places)
        {
            ShouldBePlace(p.ParentId);
        }

        foreach (var s in Data.Sources)
        {
            s.AuthorIds.ToList().ForEach(ShouldBeActor);
            ShouldBeActor(s.PublisherId);
            ShouldBeActor(s.RecipientId);
        }

        foreach (var e in Data.Events)
        {
            e.ClaimantIds.ToList().ForEach(ShouldBeActor);
            e.Actors.Select(a => a.ActorId).ToList().ForEach(ShouldBeActor);
            e.PlaceIds.ToList().ForEach(ShouldBePlace);
            e.SourceIds.Where(id => !Data.Sources.Contains(id)).Should().BeEmpty();
            e.Related.Where(r => !Data.Events.Contains(r.EventId) || r.EventId == e.Id).Should().BeEmpty();
        }

        foreach (var c in Data.Cases)
        {
            c.EventIds.Should().NotBeEmpty().And.OnlyContain(id => Data.Events.Contains(id));
            c.SubjectIds.ToList().ForEach(ShouldBeActor);
        }

        foreach (var f in Data.Figures)
        {
            if (f.EventId is not null)
            {
                Data.Events.Contains(f.EventId).Should().BeTrue(f.EventId);
            }

            f.ClaimantIds.ToList().ForEach(ShouldBeActor);
        }

        Data.Scores.Should().OnlyContain(s => Data.Places.Contains(s.SubjectId));
        Data.Rankings.Should().OnlyContain(r => Data.Places.Contains(r.SubjectId));

        foreach (var c in Data.Claims)
        {
            c.ClaimantIds.ToList().ForEach(ShouldBeActor);
            c.SubjectIds.ToList().ForEach(ShouldBeActor);
            c.SourceIds.Where(id => !Data.Sources.Contains(id)).Should().BeEmpty();
            c.EventIds.Where(id => !Data.Events.Contains(id)).Should().BeEmpty();
            if (c.RespondsToId is not null)
            {
                Data.Claims.Contains(c.RespondsToId).Should().BeTrue(c.RespondsToId);
            }
        }

        foreach (var q in Data.Quotations)
        {
            ShouldBeActor(q.SpeakerId);
            q.SubjectIds.ToList().ForEach(ShouldBeActor);
            if (q.SourceId is not null)
            {
                Data.Sources.Contains(q.SourceId).Should().BeTrue(q.SourceId);
            }

            if (q.EventId is not null)
            {
                Data.Events.Contains(q.EventId).Should().BeTrue(q.EventId);
            }
        }
    }

    [Fact]
    public void Place_containment_has_no_cycles_and_ends_in_a_country()
    {
        foreach (var place in Data.Places)
        {
            var seen = new HashSet<string>();
            var p = place;
            while (p.ParentId is not null)
            {
                seen.Add(p.Id).Should().BeTrue($"containment of '{place.Id}' must not loop");
                p = Data.Places[p.ParentId];
            }

            p.Kind.Should().Be(PlaceKind.Country, $"'{place.Id}' must lie in a country");
        }
    }

    [Fact]
    public void Countries_and_subdivisions_carry_iso_3166_codes()
    {
        Data.Places.Where(p => p.Kind == PlaceKind.Country).Should().OnlyContain(p => p.Iso3166Code != null && p.Iso3166Code.Length == 2);
        Data.Places.Where(p => p.Kind is PlaceKind.Province or PlaceKind.State).Should()
            .OnlyContain(p => p.Iso3166Code != null && p.Iso3166Code.StartsWith(Data.Places[p.ParentId!].Iso3166Code + "-", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_event_belongs_to_at_most_one_case()
    {
        Data.Cases.SelectMany(c => c.EventIds).Should().OnlyHaveUniqueItems();
    }

    private static void ShouldBeActor(string? id)
    {
        if (id is not null)
        {
            Data.Actors.Contains(id).Should().BeTrue($"'{id}' should be an actor");
        }
    }

    private static void ShouldBePlace(string? id)
    {
        if (id is not null)
        {
            Data.Places.Contains(id).Should().BeTrue($"'{id}' should be a place");
        }
    }
}
