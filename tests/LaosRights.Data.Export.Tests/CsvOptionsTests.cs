using FluentAssertions;
using LaosRights.Data.Tests.Support;
using Xunit;
using static LaosRights.Data.Export.Tests.ExportTestSupport;

namespace LaosRights.Data.Export.Tests;

/// <summary>CSV for spreadsheets: the byte order mark and OWASP's formula neutralisation, both off by default.</summary>
public sealed class CsvOptionsTests : IDisposable
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(CsvOptions? options)
    {
        var folder = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N"));
        DatasetExport.WriteCsv(Whole, folder, options);
        return folder;
    }

    private static List<string?> Quotes(string folder) =>
        [.. ReadCsvRecords(Path.Combine(folder, "evidence.csv")).Select(r => r["quote"]?.TrimStart('\uFEFF'))];

    [Fact]
    public void By_default_files_are_plain_rfc_4180_without_a_byte_order_mark_and_values_are_exact()
    {
        var folder = Write(null);

        foreach (var file in Directory.GetFiles(folder, "*.csv"))
        {
            File.ReadAllBytes(file).Take(3).Should().NotEqual(Bom, Path.GetFileName(file));
        }

        Quotes(folder).Should().Contain("- Laotian penal system", "the shipped value, exactly");
        CsvOptions.Default.Should().Be(new CsvOptions());
        CsvOptions.Default.ByteOrderMark.Should().BeFalse();
        CsvOptions.Default.NeutralizeFormulas.Should().BeFalse();
    }

    [Fact]
    public void For_spreadsheets_every_file_starts_with_the_mark_and_formula_like_values_get_a_quote()
    {
        var folder = Write(CsvOptions.ForSpreadsheets);

        foreach (var file in Directory.GetFiles(folder, "*.csv"))
        {
            File.ReadAllBytes(file).Take(3).Should().Equal(Bom, Path.GetFileName(file));
        }

        var quotes = Quotes(folder);
        quotes.Should().Contain("'- Laotian penal system").And.Contain("'- LGBT rights in Laos").And.NotContain("- Laotian penal system");
        quotes.Should().Contain(Whole.Events["iccpr-ratification-2009"].Evidence[0].Quote, "values that begin otherwise are untouched");
    }

    [Fact]
    public void The_two_options_work_alone()
    {
        var bomOnly = Write(new CsvOptions { ByteOrderMark = true });
        File.ReadAllBytes(Path.Combine(bomOnly, "events.csv")).Take(3).Should().Equal(Bom);
        Quotes(bomOnly).Should().Contain("- Laotian penal system");

        var neutralizeOnly = Write(new CsvOptions { NeutralizeFormulas = true });
        File.ReadAllBytes(Path.Combine(neutralizeOnly, "events.csv")).Take(3).Should().NotEqual(Bom);
        Quotes(neutralizeOnly).Should().Contain("'- Laotian penal system");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\",\"x\")", "'=HYPERLINK(\"http://example.org\",\"x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Laos", "Laos")]
    [InlineData("2009-09-25", "2009-09-25")]
    [InlineData(" =1", " =1")]
    [InlineData("", "")]
    public void Neutralize_prefixes_exactly_the_owasp_characters(string value, string expected) =>
        CsvOptions.Neutralize(value).Should().Be(expected);

    [Fact]
    public void Neutralize_rejects_null() =>
        FluentActions.Invoking(() => CsvOptions.Neutralize(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void The_data_package_keeps_exact_csv_for_data_tools()
    {
        var folder = Path.Combine(_folder.Path, "package");
        DatasetExport.WriteDataPackage(Whole, folder);

        File.ReadAllBytes(Path.Combine(folder, "evidence.csv")).Take(3).Should().NotEqual(Bom);
        Quotes(folder).Should().Contain("- Laotian penal system");
    }
}
