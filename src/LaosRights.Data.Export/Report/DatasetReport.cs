using System.Text;

namespace LaosRights.Data;

/// <summary>
/// Writes a dataset (the whole of <see cref="LaosRightsDataset.Default"/>, a loaded file, or a
/// <see cref="DatasetSubset.Subset(LaosRightsDataset, IEnumerable{DatasetRecord})"/>) as one self-contained HTML page
/// for people: the chronology as a chart and a table, the figures on a logarithmic axis with the article's bounds, the
/// whole article with every evidence span marked and linked to the records that quote it, who says what, and a card
/// for every record.
/// </summary>
/// <remarks>
/// <para>The page is HTML5 in UTF-8 with its CSS and script inline and nothing loaded from anywhere: a
/// Content-Security-Policy <c>meta</c> element allows only the page's own style and script (by SHA-256 hash), so it
/// works from <c>file://</c>, offline and as an e-mail attachment. Everything is readable with JavaScript off; the script
/// only adds the records panel of the annotated article. It prints, and it is readable 375 CSS pixels wide.</para>
/// <para>The HTML is produced by the Fluid template engine (Liquid) with HTML encoding on for every value, so no text
/// from the data can become markup. The same dataset and options always give the same bytes.</para>
/// <para>See <c>docs/report.md</c> in the repository for what each part shows and how it is checked in a browser.</para>
/// </remarks>
public static class DatasetReport
{
    /// <summary>
    /// Writes the HTML report of <paramref name="dataset"/> to <paramref name="output"/> as UTF-8 (no byte order mark).
    /// The page is made in memory first, so a failure writes nothing; then it is written and the stream flushed, not closed.
    /// </summary>
    /// <param name="dataset">The dataset to show; a subset shows only its records, against the whole article.</param>
    /// <param name="output">Where to write; must be writable.</param>
    /// <param name="options">The title and a description of the selection; <see langword="null"/> for <see cref="ReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="IOException">Writing to the stream failed.</exception>
    public static void WriteHtml(LaosRightsDataset dataset, Stream output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(output));
        }

        var html = ToHtml(dataset, options);
        var bytes = Utf8NoBom.GetBytes(html);
        output.Write(bytes);
        output.Flush();
    }

    /// <summary>Returns the HTML report of <paramref name="dataset"/> as a string (what <see cref="WriteHtml"/> writes).</summary>
    /// <param name="dataset">The dataset to show.</param>
    /// <param name="options">The title and a description of the selection; <see langword="null"/> for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The whole page, starting with <c>&lt;!DOCTYPE html&gt;</c>, lines ending with LF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string ToHtml(LaosRightsDataset dataset, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var model = ReportModelBuilder.Build(dataset, options ?? ReportOptions.Default);
        return ReportTemplate.Render(model);
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
