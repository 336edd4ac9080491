using FluentAssertions;
using NodaTime;
using Xunit;

namespace LaosRights.Data.Tests.Queries;

/// <summary>The time filters and the chronological order on any kind of dated record, and on mixtures of kinds.</summary>
public class DatedRecordTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void Every_kind_with_a_date_is_a_dated_record_with_what_its_date_means()
    {
        IDatedRecord score = Data.Scores["religious-freedom-score-2023"];
        score.Date.Should().Be((PartialDateInterval)PartialDate.FromYear(2023));
        score.DateMeaning.Should().Be(DateMeaning.Edition);
        score.DateDerivation.Should().BeNull();
        ((IDatedRecord)Data.Rankings["worst-place-to-be-christian-rank-2023"]).DateDerivation.Should().Contain("In the same year");
        ((IDatedRecord)Data.Claims["nyt-thai-military-preparing-return"]).DateMeaning.Should().Be(DateMeaning.Reported);
        ((IDatedRecord)Data.Quotations["johns-betrayal"]).DateMeaning.Should().Be(DateMeaning.Published);
        ((IDatedRecord)Data.Quotations["gunderson-not-telling-the-truth"]).DateMeaning.Should().Be(DateMeaning.Said);
        ((IDatedRecord)Data.Figures["poster-arrests-1999-arrested"]).DateMeaning.Should().Be(DateMeaning.Happened);
        Data.Sources["constitution-of-laos-1991"].DateMeaning.Should().Be(DateMeaning.Promulgated);
        Data.Sources["sommer-report-to-un-2006"].DateMeaning.Should().Be(DateMeaning.Submitted);
        Data.Events["poster-survivors-expected-release"].DateMeaning.Should().Be(DateMeaning.Expected);
        Data.Events["thai-military-preparing-forced-return-2009"].DateMeaning.Should().Be(DateMeaning.Deadline);
        Data.Events["iccpr-ratification-2009"].DateMeaning.Should().Be(DateMeaning.Happened);
        Data.Events["vue-mai-incident"].DateMeaning.Should().Be(DateMeaning.Happened, "the default; an undated event has no date to mean anything");
    }

    [Fact]
    public void InYear_and_During_work_on_sources_scores_and_mixtures()
    {
        Data.Sources.InYear(1995, DateMatch.Certainly).Select(s => s.Id).Should().Equal("national-review-1995-10-23");
        Data.Sources.InYear(2009, DateMatch.Certainly).Select(s => s.Id).Should().Equal("nyt-report-2009-12-27");
        Data.Sources.InYear(2010).Select(s => s.Id).Should().Equal("bbc-report-repatriations-started"); // "later": on or after 2009-12-27
        Data.Scores.InYear(2023, DateMatch.Certainly).Should().HaveCount(2);
        Data.Quotations.During(new DateInterval(new(1995, 10, 23), new(1995, 10, 23)), DateMatch.Certainly).Should().HaveCount(2);

        IEnumerable<IDatedRecord> everything = Data.AllRecords.OfType<IDatedRecord>();
        everything.InYear(2023, DateMatch.Certainly).Select(r => r.Id)
            .Should().Equal("religious-freedom-score-2023", "political-and-civil-liberties-score-2023", "worst-place-to-be-christian-rank-2023");
        everything.InYear(2009, DateMatch.Certainly).InChronologicalOrder().Select(r => r.Id)
            .Should().Equal("iccpr-ratification-2009", "nyt-report-2009-12-27", "nyt-thai-military-preparing-return");
        everything.InYear(2000, DateMatch.Certainly).Should().BeEmpty("the signing is 1999-09/2001-03: '9 years after' is a gap in whole years");
        everything.InYear(2000).Select(r => r.Id).Should().Contain("iccpr-signing");
    }

    [Fact]
    public void The_chronological_comparer_serves_events_and_mixtures_alike()
    {
        IComparer<Event> forEvents = TimeQueries.ChronologicalComparer;
        forEvents.Compare(Data.Events["iccpr-signing"], Data.Events["iccpr-ratification-2009"]).Should().BeNegative();
        TimeQueries.ChronologicalComparer.Compare(Data.Sources["national-review-1995-10-23"], Data.Scores["religious-freedom-score-2023"]).Should().BeNegative();
        TimeQueries.ChronologicalComparer.Compare(Data.Scores["religious-freedom-score-2023"], Data.Events["vue-mai-incident"]).Should().BeNegative("undated records come last");
    }
}
