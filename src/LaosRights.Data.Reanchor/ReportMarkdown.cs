using System.Globalization;
using System.Text;

namespace LaosRights.Data.Reanchor;

/// <summary>Writes <see cref="ReanchorReport.ToMarkdown"/>: what a maintainer reads first, what needs a person first.</summary>
internal static class ReportMarkdown
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Write(ReanchorReport report)
    {
        var md = new StringBuilder();
        md.Append("# Re-anchoring report\n\n");
        md.Append("| | |\n|---|---|\n");
        md.Append(Inv, $"| Old article (SHA-256) | `{report.OldArticleSha256}` |\n");
        md.Append(Inv, $"| New article (SHA-256) | `{report.NewArticleSha256}` |\n");
        md.Append(Inv, $"| Data version | {report.DataVersion}{(report.SuggestedDataVersion is { } v ? (v == report.DataVersion ? " (unchanged: same text)" : $" → **{v}** (patch: no value changed)") : " → decided after review (see docs/reanchor.md)")} |\n");
        md.Append(Inv, $"| Similarity threshold | {ReanchorReport.Format(report.SimilarityThreshold)} |\n");
        md.Append(report.IsComplete
            ? "| Result | **complete**: every record is supported and the new file loads |\n\n"
            : $"| Result | **needs review**: {Counted(report.Count(RecordStatus.NeedsReview), "record needs", "records need")} review, {Counted(report.Count(RecordStatus.Unsupported), "is", "are")} unsupported; the file is a draft until they are resolved |\n\n");

        md.Append("| Quotes | moved | ambiguous | changed | lost |\n|---|---|---|---|---|\n");
        md.Append(Inv, $"| {report.Evidence.Count} | {report.Count(EvidenceStatus.Moved)} | {report.Count(EvidenceStatus.Ambiguous)} | {report.Count(EvidenceStatus.Changed)} | {report.Count(EvidenceStatus.Lost)} |\n\n");
        md.Append("| Records | supported | needs review | unsupported |\n|---|---|---|---|\n");
        md.Append(Inv, $"| {report.Records.Count} | {report.Count(RecordStatus.Supported)} | {report.Count(RecordStatus.NeedsReview)} | {report.Count(RecordStatus.Unsupported)} |\n\n");

        Records(md, report, RecordStatus.Unsupported, "Unsupported records", "Every quote of these records is lost: the new text no longer says what they say. Remove the record (and what refers to it) or find new evidence.");
        Records(md, report, RecordStatus.NeedsReview, "Records that need review", "A quote's wording differs beyond citation markers and typography (any word: \"ratified\" → \"signed\" changes the meaning as surely as a number), a number or qualifier just around it differs, or a quote is lost. The record keeps its values and these quotes; correct them by hand, and the free text that repeats what changed.");
        if (report.LoaderProblems.Count > 0)
        {
            md.Append("## Problems the loader found\n\n");
            foreach (var problem in report.LoaderProblems)
            {
                md.Append("- ").Append(Escape(problem)).Append('\n');
            }

            md.Append('\n');
        }

        var updated = report.Evidence.Where(e => e.Status == EvidenceStatus.Changed && e.Reanchored && !e.NeedsReview).ToList();
        if (updated.Count > 0)
        {
            md.Append("## Quotes updated automatically\n\nOnly citation markers and typography (quotes, apostrophes, dashes, spaces) differ.\n\n");
            foreach (var e in updated)
            {
                Quote(md, e);
            }

            md.Append('\n');
        }

        var ambiguous = report.Evidence.Where(e => e.Status == EvidenceStatus.Ambiguous).ToList();
        if (ambiguous.Count > 0)
        {
            md.Append("## Ambiguous quotes\n\nFound verbatim more than once; the occurrence chosen and why:\n\n");
            foreach (var e in ambiguous)
            {
                md.Append(Inv, $"- \"{Escape(e.OldQuote)}\" ({Ids(e)}): {e.OldStart} → {e.NewStart} in {Path(e.NewSectionPath!)}; {Escape(e.Resolution ?? "")}\n");
            }

            md.Append('\n');
        }

        var moved = report.Count(EvidenceStatus.Moved);
        md.Append(Inv, $"## Moved quotes\n\n{Counted(moved, "quote was", "quotes were")} found verbatim exactly once; {(moved == 1 ? "its new position is" : "their new positions are")} in the JSON report.\n\n");
        var otherSection = report.Evidence
            .Where(e => e.Status is EvidenceStatus.Moved or EvidenceStatus.Ambiguous && !e.NewSectionPath!.SequenceEqual(e.OldSectionPath, StringComparer.Ordinal))
            .ToList();
        if (otherSection.Count > 0)
        {
            md.Append("Moved or ambiguous quotes that are in another section now:\n\n");
            foreach (var e in otherSection)
            {
                md.Append(Inv, $"- \"{Escape(e.OldQuote)}\" ({Ids(e)}): {Path(e.OldSectionPath)} → {Path(e.NewSectionPath!)}\n");
            }

            md.Append('\n');
        }


        md.Append("## What the new text adds\n\nSentences no record quotes, and numbers no record quoting them holds as a typed value, by section.\n\n");
        var sections = report.UnquotedSentences.Select(s => (s.Start, Path: Path(s.SectionPath)))
            .Concat(report.UnheldNumbers.Select(n => (n.Start, Path: Path(n.SectionPath))))
            .OrderBy(s => s.Start).Select(s => s.Path).Distinct(StringComparer.Ordinal).ToList();
        if (sections.Count == 0)
        {
            md.Append("Nothing: every sentence is quoted and every number is held.\n");
        }

        foreach (var section in sections)
        {
            md.Append(Inv, $"### {section}\n\n");
            foreach (var s in report.UnquotedSentences.Where(s => Path(s.SectionPath) == section))
            {
                md.Append(Inv, $"- sentence at {s.Start}: \"{Escape(s.Text)}\"\n");
            }

            foreach (var n in report.UnheldNumbers.Where(n => Path(n.SectionPath) == section))
            {
                md.Append(Inv, $"- number `{n.Token}` at {n.Start}, in \"{Escape(n.Sentence)}\"\n");
            }

            md.Append('\n');
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void Records(StringBuilder md, ReanchorReport report, RecordStatus status, string title, string intro)
    {
        var records = report.Records.Where(r => r.Status == status).ToList();
        if (records.Count == 0)
        {
            return;
        }

        md.Append(Inv, $"## {title}\n\n{intro}\n\n");
        foreach (var record in records)
        {
            md.Append(Inv, $"### `{record.Id}` ({record.Collection})\n\n");
            if (record.StaleText.Count > 0)
            {
                md.Append("- free text that repeats words the new wording no longer has: ").Append(Escape(string.Join("; ", record.StaleText))).Append('\n');
            }

            foreach (var e in record.Evidence.Where(e => e.NeedsReview || e.Status == EvidenceStatus.Lost))
            {
                Quote(md, e);
            }

            md.Append('\n');
        }
    }

    private static void Quote(StringBuilder md, EvidenceOutcome e)
    {
        md.Append(Inv, $"- **{ReanchorReport.Kebab(e.Status.ToString())}** ({Ids(e)}), similarity {ReanchorReport.Format(e.Similarity)}\n");
        md.Append(Inv, $"  - old, at {e.OldStart} in {Path(e.OldSectionPath)}: \"{Escape(e.OldQuote)}\"\n");
        md.Append(e.NewQuote is null
            ? "  - new: nothing in the new text resembles it\n"
            : $"  - {(e.Status == EvidenceStatus.Lost ? "closest" : "new")}, at {e.NewStart}, length {e.NewQuote.Length} (UTF-16 code units), in {Path(e.NewSectionPath!)}: \"{Escape(e.NewQuote)}\"\n");
        var reworded = e.Status == EvidenceStatus.Changed && !e.Reanchored;
        if (e.FactDifferences.Count > 0)
        {
            md.Append("  - fact words: ").Append(Escape(string.Join(", ", e.FactDifferences))).Append('\n');
        }
        else if (reworded)
        {
            md.Append("  - fact words: none differ (no number, name or qualifier), but other words do: check that the meaning is the same\n");
        }

        if (e.WordDiff.Count > 0 && e.WordDiff.Any(p => p.Change != WordChange.Same))
        {
            md.Append("  - word by word: ");
            foreach (var part in e.WordDiff)
            {
                var text = Escape(part.Text);
                md.Append(part.Change switch
                {
                    WordChange.Deleted => Mark(text, "~~"),
                    WordChange.Inserted => Mark(text, "**"),
                    _ => text,
                });
            }

            md.Append('\n');
        }

        md.Append(e.NeedsReview
            ? "  - kept for review: " + (e.Reanchored ? "the quote is re-anchored, but the words around it differ\n" : "the record keeps its values and the old quote\n")
            : "  - updated automatically\n");
    }

    /// <summary>Wraps a run in <paramref name="marker"/>, white space at its ends left outside (GitHub Markdown does not close "~~Around ~~").</summary>
    private static string Mark(string text, string marker)
    {
        var core = text.Trim();
        if (core.Length == 0)
        {
            return text;
        }

        var lead = text[..(text.Length - text.TrimStart().Length)];
        var trail = text[text.TrimEnd().Length..];
        return lead + marker + core + marker + trail;
    }

    /// <summary>"1 record needs", "2 records need".</summary>
    internal static string Counted(int count, string one, string many) => count.ToString(Inv) + " " + (count == 1 ? one : many);

    private static string Ids(EvidenceOutcome e) => string.Join(", ", e.RecordIds.Select(id => $"`{id}`"));

    private static string Path(IReadOnlyList<string> path) => string.Join(" › ", path);

    /// <summary>Escapes the characters Markdown would read as markup, and line breaks.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
