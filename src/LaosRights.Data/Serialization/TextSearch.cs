using System.Buffers;

namespace LaosRights.Data.Serialization;

/// <summary>
/// Ordinal substring search in time linear in the text and the pattern, whatever their content.
/// </summary>
/// <remarks>
/// <see cref="string.IndexOf(string, StringComparison)"/> is fast on ordinary text but takes time proportional to
/// text length times pattern length on repetitive shapes (<c>abab…</c>); a loaded file decides both here, so the
/// loader searches with Knuth–Morris–Pratt, whose worst case is linear.
/// </remarks>
internal static class TextSearch
{
    /// <summary>The first index of <paramref name="pattern"/> in <paramref name="text"/>, or -1; 0 for an empty pattern.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern)
    {
        if (pattern.IsEmpty)
        {
            return 0;
        }

        if (pattern.Length > text.Length)
        {
            return -1;
        }

        // failure[i]: the length of the longest proper border (prefix that is also a suffix) of pattern[..(i + 1)].
        var failure = ArrayPool<int>.Shared.Rent(pattern.Length);
        try
        {
            failure[0] = 0;
            for (int i = 1, k = 0; i < pattern.Length; i++)
            {
                while (k > 0 && pattern[i] != pattern[k])
                {
                    k = failure[k - 1];
                }

                k += pattern[i] == pattern[k] ? 1 : 0;
                failure[i] = k;
            }

            for (int i = 0, matched = 0; i < text.Length; i++)
            {
                while (matched > 0 && text[i] != pattern[matched])
                {
                    matched = failure[matched - 1];
                }

                matched += text[i] == pattern[matched] ? 1 : 0;
                if (matched == pattern.Length)
                {
                    return i - pattern.Length + 1;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(failure);
        }
    }
}
