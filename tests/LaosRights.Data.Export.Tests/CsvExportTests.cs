using System.Text;
using FluentAssertions;
using LaosRights.Data.Tests.Support;
using Xunit;
using static LaosRights.Data.Export.Tests.ExportTestSupport;

namespace LaosRights.Data.Export.Tests;

/// <summary>The CSV tables, read back with Sylvan.Data.Csv. One export of the whole dataset is shared by the tests of this class.</summary>
public sealed class CsvExportTests : IClassFixture<CsvExportTests.Export>
{
    private readonly Export _export;

    public CsvExportTests(Export export) => _export = export;

    public sealed class Export : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Export() => Files = DatasetExport.WriteCsv(Whole, _folder.Path);

        public IReadOnlyList<string> Files { get; }

        public string this[string file] => Path.Combine(_folder.Path, file);

        public List<Dictionary<string, string?>> Table(string name) => ReadCsvRecords(this[name + ".csv"]);

        public void Dispose() => _folder.Dispose();
    }

    [Fact]
    public void There_is_one_table_per_record_kind_plus_link_tables_and_evidence()
    {
        _export.Files.Should().Contain([
            "actors.csv", "places.csv", "sources.csv", "events.csv", "cases.csv", "figures.csv", "scores.csv", "rankings.csv", "claims.csv", "quotations.csv",
            "event_actors.csv", "event_places.csv", "event_topics.csv", "event_sources.csv", "event_claimants.csv", "event_relations.csv",
            "case_events.csv", "claim_claimants.csv", "claim_subjects.csv", "evidence.csv", "records.csv", "topics.csv"]);
        _export.Files.Should().OnlyHaveUniqueItems().And.AllSatisfy(f => File.Exists(_export[f]).Should().BeTrue());
    }

    [Fact]
    public void Each_record_table_has_one_row_per_record_in_file_order()
    {
        _export.Table("events").Select(r => r["id"]).Should().Equal(Whole.Events.Select(e => e.Id));
        _export.Table("actors").Select(r => r["id"]).Should().Equal(Whole.Actors.Select(e => e.Id));
        _export.Table("places").Select(r => r["id"]).Should().Equal(Whole.Places.Select(e => e.Id));
        _export.Table("claims").Select(r => r["id"]).Should().Equal(Whole.Claims.Select(e => e.Id));
        _export.Table("figures").Select(r => r["id"]).Should().Equal(Whole.Figures.Select(e => e.Id));
        _export.Table("records").Select(r => r["id"]).Should().Equal(Whole.AllRecords.Select(e => e.Id));
    }

    [Fact]
    public void Files_are_utf8_without_bom_with_crlf_records()
    {
        var bytes = File.ReadAllBytes(_export["actors.csv"]);
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = new UTF8Encoding(false, true).GetString(bytes);
        text.Should().StartWith("id,name,kind,description,country_id,parent_id\r\n").And.EndWith("\r\n");
        text.Should().Contain("Médecins Sans Frontières");
    }

    [Fact]
    public void Quotes_commas_and_line_breaks_survive_the_round_trip()
    {
        var evidence = _export.Table("evidence");
        var expected = Whole.AllRecords.SelectMany(r => r.Evidence.Select(e => (r.Id, e.Quote, e.Start))).ToList();

        evidence.Select(r => (r["record_id"]!, r["quote"]!, int.Parse(r["start"]!, System.Globalization.CultureInfo.InvariantCulture))).Should().Equal(expected);
        expected.Should().Contain(e => e.Quote.Contains('"', StringComparison.Ordinal)).And.Contain(e => e.Quote.Contains(',', StringComparison.Ordinal));
        File.ReadAllText(_export["evidence.csv"]).Should().Contain("\"\"", "RFC 4180 doubles quotation marks inside quoted fields");
    }

    [Fact]
    public void Evidence_rows_carry_position_length_and_section()
    {
        var ratification = Whole.Events["iccpr-ratification-2009"].Evidence[0];
        var row = _export.Table("evidence").First(r => r["record_id"] == "iccpr-ratification-2009");

        row["position"].Should().Be("1");
        row["start"].Should().Be(ratification.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
        row["length"].Should().Be(ratification.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        row["section"].Should().Be(ratification.Section);
        row["section_path"].Should().Be(string.Join(" > ", ratification.SectionPath));
    }

    [Theory]
    [InlineData("iccpr-ratification-2009", "2009-09-25", "2009-09-25", "2009-09-25", "day")]
    [InlineData("dissidents-arrested-1990", "1990", "1990-01-01", "1990-12-31", "year")]
    public void Partial_dates_have_edtf_earliest_latest_and_precision(string id, string edtf, string earliest, string latest, string precision)
    {
        var row = _export.Table("events").Single(r => r["id"] == id);

        (row["date"], row["date_earliest"], row["date_latest"], row["date_precision"]).Should().Be((edtf, earliest, latest, precision));
    }

    [Fact]
    public void Open_ended_and_undated_events_leave_the_missing_ends_empty()
    {
        var events = _export.Table("events");
        foreach (var e in Whole.Events)
        {
            var row = events.Single(r => r["id"] == e.Id);
            row["date"].Should().Be(e.Date?.ToString());
            row["date_earliest"].Should().Be(e.Date?.Earliest?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            row["date_latest"].Should().Be(e.Date?.Latest?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        events.Should().Contain(r => r["date"] == "18XX/.." && r["date_earliest"] == "1800-01-01" && r["date_latest"] == null && r["date_precision"] == "century");
        events.Should().Contain(r => r["date"] == "../2009-10" && r["date_earliest"] == null && r["date_latest"] == "2009-10-31" && r["date_precision"] == "month");
        events.Should().Contain(r => r["date"] == null && r["date_precision"] == null);
    }

    [Fact]
    public void Dates_keep_what_they_mean_and_how_they_were_derived_and_places_their_description()
    {
        var events = _export.Table("events");
        foreach (var e in Whole.Events)
        {
            events.Single(r => r["id"] == e.Id)["date_meaning"].Should().Be(e.Date is null ? null : LaosRights.Data.Serialization.VocabularyNames.ToName(e.DateMeaning));
        }

        var expected = events.Single(r => r["id"] == "poster-survivors-expected-release");
        (expected["date"], expected["date_meaning"]).Should().Be(("../2009-10", "expected"));
        var deadline = events.Single(r => r["id"] == "thai-military-preparing-forced-return-2009");
        (deadline["date"], deadline["date_meaning"]).Should().Be(("../2009", "deadline"));
        events.Single(r => r["id"] == "iccpr-ratification-2009")["date_meaning"].Should().Be("happened");

        var sources = _export.Table("sources");
        foreach (var s in Whole.Sources)
        {
            var row = sources.Single(r => r["id"] == s.Id);
            row["date_meaning"].Should().Be(s.Date is null ? null : LaosRights.Data.Serialization.VocabularyNames.ToName(s.DateMeaning));
            row["date_derivation"].Should().Be(s.DateDerivation);
        }

        sources.Single(r => r["id"] == "sommer-report-to-un-2006")["date_meaning"].Should().Be("submitted");
        sources.Single(r => r["id"] == "constitution-of-laos-1991")["date_meaning"].Should().Be("promulgated");
        var bbc = sources.Single(r => r["id"] == "bbc-report-repatriations-started");
        (bbc["date"], bbc["date_meaning"]).Should().Be(("2009-12-27/..", "published"));
        bbc["date_derivation"].Should().StartWith("'the BBC later reported'");

        _export.Table("places").Single(r => r["id"] == "wat-tham-krabok")["description"].Should().Be("A Buddhist monastery in central Thailand, in the article's words.");
    }

    [Fact]
    public void Quantities_have_bound_value_upper_value_and_limits_in_their_own_columns()
    {
        var figures = _export.Table("figures");
        foreach (var f in Whole.Figures)
        {
            var row = figures.Single(r => r["id"] == f.Id);
            row["bound"].Should().Be(LaosRights.Data.Serialization.VocabularyNames.ToName(f.Quantity.Bound));
            row["value"].Should().Be(f.Quantity.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            row["upper_value"].Should().Be(f.Quantity.UpperValue?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            row["minimum"].Should().Be(f.Quantity.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            row["maximum"].Should().Be(f.Quantity.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            row["wording"].Should().Be(f.Quantity.Wording);
        }

        var exile = figures.Single(r => r["id"] == "hmong-exile-thailand-count");
        (exile["bound"], exile["value"], exile["minimum"], exile["maximum"]).Should().Be(("at-most", "200000", null, "200000"));
        figures.Should().Contain(r => r["bound"] == "unquantified" && r["value"] == null);
    }

    [Fact]
    public void Link_tables_hold_every_relation_of_the_model()
    {
        _export.Table("event_actors").Select(r => (r["event_id"], r["actor_id"], r["role"]))
            .Should().Equal(Whole.Events.SelectMany(e => e.Actors.Select(a => ((string?)e.Id, (string?)a.ActorId, (string?)LaosRights.Data.Serialization.VocabularyNames.ToName(a.Role)))));
        _export.Table("event_places").Select(r => (r["event_id"], r["place_id"]))
            .Should().Equal(Whole.Events.SelectMany(e => e.PlaceIds.Select(p => ((string?)e.Id, (string?)p))));
        _export.Table("event_topics").Select(r => (r["event_id"], r["topic"]))
            .Should().Equal(Whole.Events.SelectMany(e => e.Topics.Select(t => ((string?)e.Id, (string?)LaosRights.Data.Serialization.VocabularyNames.ToName(t)))));
        _export.Table("event_relations").Should().HaveCount(Whole.Events.Sum(e => e.Related.Count));
        _export.Table("case_events").Select(r => (r["case_id"], r["event_id"], r["position"]))
            .Should().Equal(Whole.Cases.SelectMany(c => c.EventIds.Select((id, i) => ((string?)c.Id, (string?)id, (string?)(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        _export.Table("claim_claimants").Should().HaveCount(Whole.Claims.Sum(c => c.ClaimantIds.Count));
        _export.Table("claim_subjects").Should().HaveCount(Whole.Claims.Sum(c => c.SubjectIds.Count));
        _export.Table("evidence").Should().HaveCount(Whole.AllRecords.Sum(r => r.Evidence.Count));
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        using var again = new TempFolder();
        DatasetExport.WriteCsv(Whole, again.Path);

        foreach (var file in _export.Files)
        {
            File.ReadAllBytes(Path.Combine(again.Path, file)).Should().Equal(File.ReadAllBytes(_export[file]), file);
        }
    }

    [Fact]
    public void WriteCsv_checks_its_arguments()
    {
        FluentActions.Invoking(() => DatasetExport.WriteCsv(null!, "x")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DatasetExport.WriteCsv(Whole, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DatasetExport.WriteCsv(Whole, " ")).Should().Throw<ArgumentException>();
    }
}
