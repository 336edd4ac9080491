using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Data;

public class HonestyTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void Records_quoting_accusation_words_are_never_stated_as_fact()
    {
        string[] markers = ["accused", "allegations", "accusations", "claiming", "according to", "raised concerns", "have called"];
        var events = Data.Events.Where(e => e.Evidence.Any(ev => markers.Any(m => ev.Quote.Contains(m, StringComparison.OrdinalIgnoreCase))));
        var claims = Data.Claims.Where(c => c.Evidence.Any(ev => markers.Any(m => ev.Quote.Contains(m, StringComparison.OrdinalIgnoreCase))));
        claims.Should().NotBeEmpty().And.OnlyContain(c => c.Standing != Standing.Stated);
        events.Should().OnlyContain(e => e.Standing != Standing.Stated || e.Id == "forced-repatriation-allegations-surfaced",
            "only the surfacing of allegations is itself a fact; what is alleged is not");
    }

    [Fact]
    public void Claims_that_name_a_claimant_quote_them()
    {
        foreach (var c in Data.Claims.Where(c => c.ClaimantIds.Count > 0 && c.Standing != Standing.ConcernRaised))
        {
            var quotes = string.Join(" ", c.Evidence.Select(e => e.Quote));
            c.ClaimantIds.Should().Contain(id => NamesOf(id).Any(n => quotes.Contains(n, StringComparison.OrdinalIgnoreCase)),
                $"claim '{c.Id}' names a claimant that its evidence should show");
        }
    }

    [Fact]
    public void Every_derived_value_says_how_it_was_derived_and_keeps_evidence()
    {
        var derived = Data.Events.Where(e => e.IsDateDerived).Select(e => e.Id).ToList();
        derived.Should().BeEquivalentTo("iccpr-signing", "thai-military-preparing-forced-return-2009");
        Data.Events.Where(e => e.IsDateDerived).Should().OnlyContain(e => e.Date != null && e.Evidence.Count > 0 && e.DateDerivation!.Length > 20);
    }

    [Fact]
    public void No_publisher_is_named_for_scores_or_rankings()
    {
        Data.Scores.Should().OnlyContain(s => s.PublisherId == null);
        Data.Rankings.Should().OnlyContain(r => r.PublisherId == null);
    }

    [Fact]
    public void Vague_amounts_carry_no_invented_number()
    {
        var vague = Data.Figures.Where(f => f.Quantity.Bound == QuantityBound.Unquantified).ToList();
        vague.Should().HaveCountGreaterThanOrEqualTo(3);
        vague.Should().OnlyContain(f => f.Quantity.Value == null && f.Quantity.Minimum == null && f.Quantity.Maximum == null);
        Data.Figures.Should().OnlyContain(f => f.Evidence.Any(e => e.Quote.Contains(f.Quantity.Wording, StringComparison.Ordinal)),
            "a figure's wording is the article's own words");
    }

    [Fact]
    public void Quotations_are_verbatim()
    {
        Data.Quotations.Should().OnlyContain(q => q.Evidence.Any(e => e.Quote.Contains("\"" + q.Text, StringComparison.Ordinal)));
        Data.Quotations["gunderson-not-telling-the-truth"].SpeakerId.Should().Be("steve-gunderson");
        Data.Quotations["msf-increasingly-restrictive-measures"].Text.Should().Be("increasingly restrictive measures");
    }

    private static IEnumerable<string> NamesOf(string actorId)
    {
        var a = Data.Actors[actorId];
        // The name, the other names, or the name's head noun with "the" ("the refugees" for "Hmong refugees").
        return a.OtherNames.Prepend(a.Name).Append(a.Name.Replace("The ", "", StringComparison.Ordinal)).Append("the " + a.Name.Split(' ')[^1]);
    }
}
