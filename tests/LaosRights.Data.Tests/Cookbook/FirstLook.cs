namespace LaosRights.Data.Tests.Cookbook;

// The README's "A first look", compiled: the body of Run is the README's ```csharp block without its `using` line,
// character for character (indentation aside). ReadmeFirstLookTests checks that, and the values its comments show.
public static class FirstLook
{
    public static void Run()
    {
        var data = LaosRightsDataset.Default;                 // loaded once, lazily, thread-safe, immutable

        var ratification = data.Events["iccpr-ratification-2009"];
        Console.WriteLine(ratification.Date);                 // 2009-09-25  (EDTF, day precision)
        Console.WriteLine(ratification.Evidence[0].Quote);    // On 25 September 2009, Laos ratified the International Covenant …

        var exile = data.Figures["hmong-exile-thailand-count"].Quantity;
        Console.WriteLine($"{exile.Bound} {exile.Value}");    // AtMost 200000   ("As many as 200,000")

        var genocide = data.Claims["genocide-accusation"];
        Console.WriteLine(genocide.Standing);                 // Alleged  (the article names no accuser: ClaimantIds is empty)

        foreach (var e in data.Events.InYear(2009).InChronologicalOrder())   // may fall in 2009, open-ended dates included
            Console.WriteLine($"{e.Date}  {e.Summary}");

        Console.WriteLine(data.Article.Attribution);          // show it wherever you reuse the data (CC BY-SA 4.0)
    }
}
