// Prints who says what in the article "Human rights in Laos": claims grouped by claimant and standing, with the quote.
// Run it from the repository root with:  dotnet run --project samples/LaosRights.Claims
// Filters:  -- --claimant amnesty-international    -- --standing alleged
return LaosRights.Claims.ClaimsApp.Run(args, Console.Out, Console.Error);
