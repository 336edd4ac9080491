// A Model Context Protocol server over the dataset of the article "Human rights in Laos" (docs/mcp.md).
// Run it from the repository root with:  dotnet run --project samples/LaosRights.Mcp
// It speaks MCP over stdin/stdout; logs go to stderr, so stdout carries protocol messages only.
return await LaosRights.Mcp.McpServerApp.RunAsync(args);
