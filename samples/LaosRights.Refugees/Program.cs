// Tells the story of the Hmong refugees and their forced repatriation, as the article does: dated where it dates, with its numbers.
// Run it from the repository root with:  dotnet run --project samples/LaosRights.Refugees
// Calendar order instead of the article's order:  -- --chronological
return LaosRights.Refugees.RefugeesApp.Run(args, Console.Out, Console.Error);
