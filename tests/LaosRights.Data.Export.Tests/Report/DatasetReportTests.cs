using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Export.Tests.Report;

public sealed class DatasetReportTests
{
    private static readonly LaosRightsDataset Data = ExportTestSupport.Whole;
    private static readonly Lazy<string> FullHtml = new(() => DatasetReport.ToHtml(Data));
    private static readonly Lazy<IDocument> Full = new(() => Parse(FullHtml.Value));

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void Every_evidence_piece_has_exactly_one_mark_naming_every_record_that_quotes_it()
    {
        // The pieces computed here character by character, independently of the report's own splitting: a piece is a
        // longest run of characters inside one line that the same records quote.
        var text = Data.Article.Text;
        var quoting = new List<string>[text.Length];
        foreach (var record in Data.AllRecords)
        {
            foreach (var e in record.Evidence)
            {
                for (var i = e.Start; i < e.End; i++)
                {
                    (quoting[i] ??= []).Add(record.Id);
                }
            }
        }

        var expected = new List<(int Start, string Text, string Records)>();
        for (var i = 0; i < text.Length;)
        {
            var key = Key(i);
            var j = i + 1;
            while (j < text.Length && text[j] != '\n' && text[j - 1] != '\n' && Key(j) == key)
            {
                j++;
            }

            if (key.Length > 0 && text[i] != '\n')
            {
                expected.Add((i, text[i..j], key));
            }

            i = j;
        }

        var marks = Full.Value.QuerySelectorAll(".ev[data-s]")
            .Select(m => (Start: int.Parse(m.GetAttribute("data-s")!, System.Globalization.CultureInfo.InvariantCulture), m.TextContent, Records: Sorted(m.GetAttribute("data-r")!)))
            .ToList();
        marks.Should().HaveCount(expected.Count).And.HaveCountGreaterThan(200);
        marks.Should().Equal(expected, (m, e) => m.Start == e.Start && m.TextContent == e.Text && m.Records == e.Records);

        string Key(int i) => quoting[i] is { } ids ? Sorted(string.Join(' ', ids)) : "";
        static string Sorted(string ids) => string.Join(' ', ids.Split(' ').Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_sentence_quoted_by_an_event_and_its_figure_is_one_mark_with_both_records()
    {
        var exile = Data.Figures["hmong-exile-thailand-count"];
        var mark = Full.Value.QuerySelectorAll("a.ev").Single(m => m.GetAttribute("data-s") == exile.Evidence[0].Start.ToString(System.Globalization.CultureInfo.InvariantCulture)
            || (m.TextContent.Contains("200,000", StringComparison.Ordinal) && m.GetAttribute("data-r")!.Split(' ').Contains(exile.Id)));
        mark.GetAttribute("data-r")!.Split(' ').Should().Contain(exile.Id).And.HaveCountGreaterThan(1);
        mark.GetAttribute("href").Should().StartWith("#r-");
    }

    [Fact]
    public void Every_internal_link_leads_to_an_element_and_ids_are_unique()
    {
        var document = Full.Value;
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        ids.Should().OnlyHaveUniqueItems();
        var targets = document.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        targets.Should().HaveCountGreaterThan(1000);
        targets.Except(ids).Should().BeEmpty("every link inside the page has its target");
        foreach (var record in Data.AllRecords)
        {
            document.GetElementById("r-" + record.Id).Should().NotBeNull($"record {record.Id} has a card");
        }
    }

    [Fact]
    public void Every_record_card_links_back_to_the_marks_of_its_evidence()
    {
        foreach (var record in Data.AllRecords)
        {
            var card = Full.Value.GetElementById("r-" + record.Id)!;
            var back = card.QuerySelectorAll("a.back").Select(a => a.GetAttribute("href")![1..]).ToList();
            back.Should().HaveCount(record.Evidence.Count);
            foreach (var (target, evidence) in back.Zip(record.Evidence))
            {
                var mark = Full.Value.GetElementById(target)!;
                mark.GetAttribute("data-s").Should().Be(evidence.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
                mark.GetAttribute("data-r")!.Split(' ').Should().Contain(record.Id);
            }
        }
    }

    [Fact]
    public void Nothing_is_loaded_from_anywhere_and_the_policy_allows_only_the_pages_own_style_and_script()
    {
        var document = Full.Value;
        document.QuerySelectorAll("[src]").Should().BeEmpty("no element loads anything");
        document.QuerySelectorAll("link").Should().BeEmpty();
        document.QuerySelectorAll("*").SelectMany(e => e.Attributes).Where(a => a.Name is "src" or "srcset" or "data" or "poster" or "xlink:href" or "background")
            .Should().BeEmpty();
        document.QuerySelectorAll("svg [href]").Select(e => e.GetAttribute("href")).Should().OnlyContain(h => h!.StartsWith('#'));
        document.QuerySelectorAll("[style]").Should().BeEmpty("style attributes would need 'unsafe-inline'");

        var scripts = document.QuerySelectorAll("script").ToList();
        var styles = document.QuerySelectorAll("style").ToList();
        scripts.Should().ContainSingle();
        styles.Should().ContainSingle();
        var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        csp.Should().StartWith("default-src 'none';")
            .And.Contain($"script-src '{Hash(scripts[0].TextContent)}'")
            .And.Contain($"style-src '{Hash(styles[0].TextContent)}'")
            .And.NotContain("unsafe");

        static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void The_header_gives_title_data_version_licence_attribution_and_how_to_cite()
    {
        var header = Full.Value.QuerySelector("header.page-head")!;
        header.QuerySelector("h1")!.TextContent.Should().Be("Human rights in Laos: the data");
        header.TextContent.Should().Contain("Data version").And.Contain(Data.DataVersion).And.Contain(Data.Article.Attribution).And.Contain("How to cite");
        header.QuerySelector("a[rel=license]")!.GetAttribute("href").Should().Be("https://creativecommons.org/licenses/by-sa/4.0/");
        header.QuerySelector("a[rel=license]")!.TextContent.Should().Be("CC BY-SA 4.0");
        header.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("https://en.wikipedia.org/wiki/Human_rights_in_Laos");
        Full.Value.Title.Should().Be("Human rights in Laos: the data");
    }

    [Fact]
    public void Landmarks_and_headings_are_in_order_and_the_charts_have_a_title_and_a_description()
    {
        var document = Full.Value;
        document.DocumentElement.GetAttribute("lang").Should().Be("en");
        document.QuerySelectorAll("body > header, body > main, body > footer, header nav").Should().HaveCount(4);
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        levels[0].Should().Be(1);
        levels.Count(l => l == 1).Should().Be(1);
        levels.Zip(levels.Skip(1)).Should().OnlyContain(p => p.Second <= p.First + 1, "no heading level is skipped");

        document.QuerySelectorAll("svg").Where(svg => svg.GetAttribute("aria-hidden") != "true").Should().HaveCount(2, "the two charts; the legend's swatches are hidden");
        foreach (var svg in document.QuerySelectorAll("svg:not([aria-hidden])"))
        {
            var labels = svg.GetAttribute("aria-labelledby")!.Split(' ');
            svg.QuerySelector("title")!.Id.Should().Be(labels[0]);
            svg.QuerySelector("desc")!.Id.Should().Be(labels[1]);
            svg.QuerySelector("desc")!.TextContent.Should().NotBeEmpty();
            svg.QuerySelectorAll("a.row").Should().OnlyContain(a => a.Children[0].LocalName == "title" && a.Children[0].TextContent.Length > 0);
        }
    }

    [Fact]
    public void The_chronology_gives_each_dated_record_at_its_precision_in_the_chart_and_the_table()
    {
        var rows = Full.Value.QuerySelectorAll(".chronology-table tbody tr").Select(r => r.TextContent).ToList();
        var marks = Full.Value.QuerySelectorAll("svg.timeline a.row").ToList();
        marks.Should().HaveCount(rows.Count);
        rows.Should().Contain(r => r.Contains("25 September 2009", StringComparison.Ordinal) && r.Contains("2009-09-25", StringComparison.Ordinal)
            && r.Contains("to the day", StringComparison.Ordinal) && r.Contains("Laos ratifies the International Covenant", StringComparison.Ordinal));
        rows.Should().Contain(r => r.Contains("since 1989", StringComparison.Ordinal) && r.Contains("1989/..", StringComparison.Ordinal));
        rows.Should().Contain(r => r.Contains("by October 2009", StringComparison.Ordinal) && r.Contains("expected", StringComparison.Ordinal));
        rows.Should().Contain(r => r.Contains("October 1999", StringComparison.Ordinal) && r.Contains("to the month", StringComparison.Ordinal));
        rows.Should().Contain(r => r.Contains("Derived:", StringComparison.Ordinal), "derived dates say how they were derived");

        var ratification = marks.Single(m => m.GetAttribute("href") == "#r-iccpr-ratification-2009");
        ratification.QuerySelector("title")!.TextContent.Should().StartWith("25 September 2009 (2009-09-25)");
        ratification.QuerySelectorAll("line.tick").Should().ContainSingle("a day is a tick");
        var since1989 = marks.Single(m => m.GetAttribute("href") == "#r-no-executions-reported-since-1989");
        since1989.QuerySelectorAll("rect.band").Should().ContainSingle("the year 1989 is a band");
        since1989.QuerySelectorAll("rect.fade").Should().ContainSingle("the open end fades");
        marks.Should().Contain(m => m.QuerySelector(".derived") != null, "a derived date has the dashed outline");
        Full.Value.QuerySelector("svg.timeline .break-label")!.TextContent.Should().Contain("before 1989");
    }

    [Fact]
    public void Figures_keep_the_articles_words_and_bounds_and_unquantified_ones_have_no_mark()
    {
        var document = Full.Value;
        var exile = document.QuerySelectorAll("svg.figures a.row").Single(a => a.GetAttribute("href") == "#r-hmong-exile-thailand-count");
        exile.QuerySelector(".words")!.TextContent.Should().Be("\u201cAs many as 200,000\u201d, stated");
        exile.QuerySelector("title")!.TextContent.Should().Contain("read as at most 200,000 people");
        exile.QuerySelectorAll(".fig-cap").Should().ContainSingle("an upper bound ends in a cap");
        exile.QuerySelector(".fig-exact").Should().BeNull("an upper bound is not drawn as an exact value");

        var unquantified = Data.Figures.Where(f => f.Quantity.Value is null).Select(f => "#r-" + f.Id).ToList();
        unquantified.Should().NotBeEmpty();
        document.QuerySelectorAll("svg.figures a.row").Select(a => a.GetAttribute("href")).Should().NotIntersectWith(unquantified);
        document.QuerySelectorAll("ul.unquantified a").Select(a => a.GetAttribute("href")).Should().BeEquivalentTo(unquantified);
        document.QuerySelector("ul.unquantified")!.TextContent.Should().Contain("thousands", "\"thousands\" is listed with its words");
    }

    [Fact]
    public void Who_says_what_puts_the_unattributed_genocide_accusation_under_alleged_with_no_named_claimant()
    {
        var document = Full.Value;
        var table = document.QuerySelector("table.who")!;
        var standings = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        var nobody = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("(the article names nobody)", StringComparison.Ordinal));
        var cells = nobody.QuerySelectorAll("td").ToList();
        var alleged = cells[standings.IndexOf("alleged") - 1].QuerySelector("a")!;
        var list = document.GetElementById(alleged.GetAttribute("href")![1..])!;
        list.QuerySelectorAll("a").Should().HaveCount(int.Parse(alleged.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        list.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("#r-genocide-accusation");
        list.TextContent.Should().StartWith("alleged").And.Contain("Accusation (the article does not say by whom)", "the list gives readable titles");

        var hrwHeading = document.QuerySelectorAll(".who-lists h3").Single(h => h.QuerySelector("a")?.GetAttribute("href") == "#r-human-rights-watch");
        var hrwRow = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href") == "#" + hrwHeading.Id);
        hrwRow.QuerySelectorAll("td a").Should().NotBeEmpty();
        document.GetElementById(hrwHeading.Id + "-concern-raised").Should().NotBeNull("Human Rights Watch raises concerns");
    }

    [Fact]
    public void Who_says_what_shows_counts_and_titles_never_raw_ids()
    {
        var document = Full.Value;
        document.QuerySelectorAll("table.who td a").Should().NotBeEmpty()
            .And.OnlyContain(a => a.TextContent.All(char.IsAsciiDigit), "the table gives counts; the lists below give the records");
        var listed = document.QuerySelectorAll(".who-lists p a").ToList();
        listed.Should().HaveCountGreaterThan(20);
        listed.Should().OnlyContain(a => a.TextContent != a.GetAttribute("href")!.Substring(3), "a record is named by its title, not its id");
    }

    [Fact]
    public void A_filtered_report_charts_only_the_chosen_entries_and_keeps_cards_for_the_records_they_refer_to()
    {
        var chosen = Data.Chronology().Where(e => e.Date is { } d && d.Start?.Year == 2009 && d.End?.Year == 2009 && e.Record is DatasetRecord)
            .Select(e => (DatasetRecord)e.Record).ToList();
        chosen.Should().Contain(r => r.Id == "iccpr-ratification-2009");
        var subset = Data.Subset(chosen);
        var document = Parse(DatasetReport.ToHtml(subset, new ReportOptions { Selection = "2009", ChosenIds = [.. chosen.Select(r => r.Id)] }));

        var charted = document.QuerySelectorAll("svg.timeline a.row").Select(a => a.GetAttribute("href")![3..]).ToList();
        charted.Should().BeEquivalentTo(chosen.Select(r => r.Id));
        document.QuerySelectorAll(".chronology-table tbody tr").Should().HaveCount(chosen.Count);
        var context = subset.AllRecords.Where(r => r is IDatedRecord { Date: not null } && !chosen.Contains(r)).ToList();
        context.Should().NotBeEmpty("chosen records refer to earlier dated records");
        context.Should().OnlyContain(r => document.GetElementById("r-" + r.Id) != null, "context records keep their cards");
    }

    [Fact]
    public void Counts_are_singular_for_one_and_the_chart_summary_names_its_earliest_and_latest_date()
    {
        var one = Data.Subset(Data.Claims.Take(1));
        var document = Parse(DatasetReport.ToHtml(one));
        document.QuerySelector(".lede")!.TextContent.Should().Contain("1 claim,").And.Contain("0 events,");
        Full.Value.QuerySelector("svg.timeline desc")!.TextContent
            .Should().StartWith($"{Data.Chronology().Count(e => e.Date is not null)} dated records, from the earliest date, since the 19th century, to the latest, 2023, one per row");
        Data.Chronology().Count(e => e.Date is not null).Should().BeGreaterThan(40);
        Full.Value.QuerySelector("svg.timeline desc")!.TextContent.Should().NotContain("from since").And.NotContain("to by");
        var ratification = Data.Subset([Data.Events.Single(e => e.Id == "iccpr-ratification-2009")]);
        Parse(DatasetReport.ToHtml(ratification, new ReportOptions { ChosenIds = ["iccpr-ratification-2009"] })).QuerySelector("svg.timeline desc")!.TextContent
            .Should().StartWith("1 dated record, dated 25 September 2009, one per row");
        Parse(DatasetReport.ToHtml(ratification, new ReportOptions { ChosenIds = ["iccpr-ratification-2009"] })).QuerySelector("#chronology-caption")!.TextContent.Should().EndWith(": 1 dated record in time order");
    }

    [Fact]
    public void An_event_card_lists_its_figures_with_their_bounds_and_figures_say_their_standing()
    {
        var document = Full.Value;
        var exile = Data.Figures.Single(f => f.Id == "hmong-exile-thailand-count");
        var card = document.GetElementById("r-" + exile.EventId)!;
        var link = card.QuerySelectorAll(".fields a").Single(a => a.GetAttribute("href") == "#r-hmong-exile-thailand-count");
        link.TextContent.Should().StartWith("\u201cAs many as 200,000\u201d (at most 200,000 people)");

        var reported = Data.Figures.Single(f => f.Id == "hmong-asylum-seekers-to-return-2009");
        reported.Standing.Should().Be(Standing.Reported);
        document.QuerySelectorAll("svg.figures a.row").Single(a => a.GetAttribute("href") == "#r-" + reported.Id)
            .QuerySelector(".fig-standing")!.TextContent.Should().Be("reported");
        document.QuerySelectorAll("table.data td").Select(td => td.TextContent).Should().Contain("no number given").And.NotContain(t => t.StartsWith("no number people", StringComparison.Ordinal));
    }

    [Fact]
    public void The_legend_explains_each_shape_and_wide_parts_have_a_scroll_hint()
    {
        var legend = Full.Value.QuerySelector("#chronology .legend")!;
        legend.TextContent.Should().Contain("a day: a tick").And.Contain("a band").And.Contain("open end").And.Contain("dashed black outline").And.Contain("expected");
        legend.QuerySelectorAll("svg").Should().OnlyContain(svg => svg.GetAttribute("aria-hidden") == "true");
        Full.Value.QuerySelectorAll(".scroll").Should().OnlyContain(s => s.PreviousElementSibling != null && s.PreviousElementSibling.ClassList.Contains("scroll-hint"));
        var styles = ReportCharts.Styles;
        styles.Single(s => s.Key == "expected").Color.Should().NotBe(styles.Single(s => s.Key == "none").Color).And.NotBe("#4a4a4a");
    }

    [Fact]
    public void Texts_with_markup_are_written_as_text_never_as_markup()
    {
        const string Hostile = "<script>alert(\"x\")</script> & 'single' \"double\" </textarea><textarea> <!-- -->";
        var json = JsonNode.Parse(DatasetJsonText(Data))!;
        json["events"]![0]!["summary"] = "Summary " + Hostile;
        json["claims"]![0]!["statement"] = "Statement " + Hostile;
        json["actors"]![0]!["description"] = "Description " + Hostile;
        json["figures"]![0]!["counted"] = "Counted " + Hostile;
        var hostile = LaosRightsDataset.Parse(json.ToJsonString());

        var html = DatasetReport.ToHtml(hostile, new ReportOptions { Title = "Title " + Hostile, Selection = "Selection " + Hostile });
        var document = Parse(html);
        document.QuerySelectorAll("script").Should().ContainSingle("only the page's own script");
        document.QuerySelectorAll("textarea").Should().BeEmpty();
        document.Title.Should().Be("Title " + Hostile);
        document.QuerySelector("h1")!.TextContent.Should().Be("Title " + Hostile);
        document.QuerySelector(".selection")!.TextContent.Should().Contain("Selection " + Hostile);
        document.GetElementById("t-r-" + hostile.Events[0].Id)!.TextContent.Should().EndWith("Summary " + Hostile);
        document.GetElementById("t-r-" + hostile.Claims[0].Id)!.TextContent.Should().EndWith("Statement " + Hostile);
        document.GetElementById("r-" + hostile.Actors[0].Id)!.TextContent.Should().Contain("Description " + Hostile);
        document.QuerySelectorAll("svg title").Select(t => t.TextContent).Should().Contain(t => t.Contains("Counted " + Hostile, StringComparison.Ordinal));
        html.Should().NotContain("<script>alert").And.NotContain("</textarea>").And.Contain("&lt;script&gt;");
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes_in_UTF8_without_a_byte_order_mark_under_600_KB()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        DatasetReport.WriteHtml(Data, first);
        DatasetReport.WriteHtml(LaosRightsDataset.Parse(DatasetJsonText(Data)), second);
        first.ToArray().Should().Equal(second.ToArray());
        first.ToArray().Should().Equal(Encoding.UTF8.GetBytes(FullHtml.Value));
        first.ToArray()[..15].Should().Equal("<!DOCTYPE html>"u8.ToArray());
        first.Length.Should().BeLessThan(600 * 1024).And.BeGreaterThan(100 * 1024);
        FullHtml.Value.Should().NotContain("\r");
    }

    [Fact]
    public void A_subset_shows_its_records_against_the_whole_article_and_says_what_it_is()
    {
        var forcedReturn = Data.Subset(Data.Events.WithTopic(Topic.ForcedReturn));
        var document = Parse(DatasetReport.ToHtml(forcedReturn, new ReportOptions { Selection = "topic forced-return" }));
        document.QuerySelector(".selection")!.TextContent.Should().Contain("topic forced-return");
        document.QuerySelectorAll("article.card").Should().HaveCount(forcedReturn.AllRecords.Count).And.HaveCountLessThan(Data.AllRecords.Count);
        document.QuerySelectorAll(".ev[data-r]").SelectMany(m => m.GetAttribute("data-r")!.Split(' ')).Distinct()
            .Should().BeSubsetOf(forcedReturn.AllRecords.Select(r => r.Id));
        document.QuerySelector(".article-text")!.TextContent.Should().Contain("No executions have been reported since 1989", "the whole article is shown");
    }

    [Fact]
    public void An_empty_selection_gives_a_valid_page_that_says_so()
    {
        var empty = Data.Subset([]);
        var document = Parse(DatasetReport.ToHtml(empty));
        document.QuerySelectorAll("article.card").Should().BeEmpty();
        document.QuerySelectorAll(".ev").Should().BeEmpty();
        document.QuerySelector("svg.timeline desc")!.TextContent.Should().Be("No record of this selection has a date.");
    }

    [Fact]
    public void Bad_arguments_are_refused_before_anything_is_written()
    {
        using var stream = new MemoryStream();
        FluentActions.Invoking(() => DatasetReport.WriteHtml(null!, stream)).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        FluentActions.Invoking(() => DatasetReport.WriteHtml(Data, null!)).Should().Throw<ArgumentNullException>().WithParameterName("output");
        FluentActions.Invoking(() => DatasetReport.ToHtml(null!)).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        using var readOnly = new MemoryStream([], writable: false);
        FluentActions.Invoking(() => DatasetReport.WriteHtml(Data, readOnly)).Should().Throw<ArgumentException>().WithParameterName("output");
        stream.Length.Should().Be(0);
    }

    private static string DatasetJsonText(LaosRightsDataset dataset)
    {
        using var stream = new MemoryStream();
        DatasetJson.Write(dataset, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
