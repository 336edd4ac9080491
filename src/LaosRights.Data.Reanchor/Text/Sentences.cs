namespace LaosRights.Data.Reanchor.Text;

/// <summary>
/// Splits the article's plain text into sentences: heading lines and blank lines are skipped, each other line is split
/// after '.', '!' or '?' (with any closing quotes, brackets and citation markers) that a space and a capital letter,
/// digit or opening quote follow. A single capital before the stop ("George W. Bush", "U.S.") does not end a sentence.
/// </summary>
internal static class Sentences
{
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var result = new List<(int, int)>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (lineEnd > lineStart && text[lineStart] != '=')
            {
                SplitLine(text, lineStart, lineEnd, result);
            }

            lineStart = lineEnd + 1;
        }

        return result;
    }

    private static void SplitLine(string text, int start, int end, List<(int, int)> result)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || IsInitial(text, i, sentenceStart))
            {
                continue;
            }

            var close = i + 1;
            while (close < end && (text[close] is '"' or '\u201D' or '\u2019' or '\'' or ')' || text[close] == '['))
            {
                if (text[close] == '[')
                {
                    var shut = text.IndexOf(']', close);
                    if (shut < 0 || shut >= end)
                    {
                        break;
                    }

                    close = shut + 1;
                }
                else
                {
                    close++;
                }
            }

            if (close < end - 1 && char.IsWhiteSpace(text[close]) && StartsSentence(text[close + 1]))
            {
                Add(text, sentenceStart, close, result);
                sentenceStart = close + 1;
                i = close;
            }
        }

        Add(text, sentenceStart, end, result);
    }

    private static bool IsInitial(string text, int stop, int sentenceStart) =>
        stop - 1 >= sentenceStart && char.IsUpper(text[stop - 1]) && (stop - 2 < sentenceStart || !char.IsLetter(text[stop - 2]));

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\'' or '\u2018';

    private static void Add(string text, int start, int end, List<(int, int)> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add((start, end));
        }
    }
}
