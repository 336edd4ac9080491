namespace LaosRights.Data;

/// <summary>
/// A section of the article: a heading (<c>= Title =</c>, <c>== Section ==</c>, <c>=== Subsection ===</c>)
/// and the text up to the next heading of the same or a higher level.
/// </summary>
public sealed class ArticleSection
{
    private ArticleSection(string title, int level, int start, int headingLength, ArticleSection? parent)
    {
        Title = title;
        Level = level;
        Start = start;
        HeadingLength = headingLength;
        Parent = parent;
        // From the parent's path: building it by walking up from each section cost depth squared per section.
        Path = Array.AsReadOnly<string>(parent is null ? [title] : [.. parent.Path, title]);
    }

    /// <summary>The heading's text without the equals signs, e.g. "Individual cases".</summary>
    public string Title { get; }

    /// <summary>The heading level: 1 for the article title, 2 for a section, 3 for a subsection.</summary>
    public int Level { get; }

    /// <summary>Where the heading line starts in <see cref="Article.Text"/>.</summary>
    public int Start { get; }

    /// <summary>The length of the heading line, without its line break.</summary>
    public int HeadingLength { get; }

    /// <summary>Where the section ends (exclusive): the start of the next heading of the same or a higher level, or the end of the text.</summary>
    public int End { get; private set; }

    /// <summary>The section that contains this one; <see langword="null"/> for the title section.</summary>
    public ArticleSection? Parent { get; }

    /// <summary>The titles from the article title down to this section.</summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>Returns the section path joined with " › ".</summary>
    /// <returns>A display string.</returns>
    public override string ToString() => string.Join(" › ", Path);

    internal static ArticleSection[]? Parse(string text)
    {
        var sections = new List<ArticleSection>();
        var open = new Stack<ArticleSection>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var level = 0;
            while (level < line.Length && line[level] == '=')
            {
                level++;
            }

            if (level > 0 && line.Length > 2 * level && line.EndsWith(new string('=', level)))
            {
                var title = line[level..^level].Trim().ToString();
                while (open.Count > 0 && open.Peek().Level >= level)
                {
                    open.Pop().End = lineStart;
                }

                var section = new ArticleSection(title, level, lineStart, line.Length, open.Count > 0 ? open.Peek() : null);
                sections.Add(section);
                open.Push(section);
            }

            lineStart = lineEnd + 1;
        }

        while (open.Count > 0)
        {
            open.Pop().End = text.Length;
        }

        return sections.Count == 0 || sections[0].Level != 1 || sections[0].Start != 0 ? null : [.. sections];
    }

    internal static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ArticleSection[]? sections)
    {
        sections = Parse(text);
        return sections is not null;
    }
}
