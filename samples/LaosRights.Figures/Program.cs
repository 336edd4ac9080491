// Prints every figure of the article "Human rights in Laos" as a table: value, bound, what is counted, date, the article's words.
// Run it from the repository root with:  dotnet run --project samples/LaosRights.Figures
// Filters:  -- --kind estimate    -- --counting "Wat Tham Krabok"
return LaosRights.Figures.FiguresApp.Run(args, Console.Out, Console.Error);
