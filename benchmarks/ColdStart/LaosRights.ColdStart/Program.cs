using System.Text.Json;
using LaosRights.Data;

if (args is ["--tokens-only"])
{
    // The floor under any loader built on System.Text.Json: read every token of the embedded dataset.json with
    // Utf8JsonReader and turn every string into a .NET string, with no mapping, validation or model at all.
    using var stream = typeof(LaosRightsDataset).Assembly.GetManifestResourceStream("LaosRights.Data.dataset.json")!;
    var bytes = new byte[stream.Length];
    stream.ReadExactly(bytes);
    var reader = new Utf8JsonReader(bytes);
    var strings = 0;
    while (reader.Read())
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.GetString() is not null)
        {
            strings++;
        }
    }

    Console.WriteLine(strings > 0 ? "2009-09-25" : "no strings");
    return;
}

// One query result from the default dataset: the date Laos ratified the ICCPR.
Console.WriteLine(LaosRightsDataset.Default.Events["iccpr-ratification-2009"].Date);
