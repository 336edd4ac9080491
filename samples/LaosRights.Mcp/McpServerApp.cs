using System.Reflection;
using LaosRights.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;

namespace LaosRights.Mcp;

/// <summary>Builds and runs the stdio server.</summary>
internal static class McpServerApp
{
    public const string Instructions =
        "This server answers from a typed, cited dataset of the English Wikipedia article 'Human rights in Laos' (CC BY-SA 4.0). "
        + "Answer from the records, not from memory. For every fact you use, keep the record's 'precision' and 'standing' words "
        + "(a bound is not a count, a year is not a day, an allegation or a concern is someone's statement, not a fact), quote the article's words from 'evidence', "
        + "cite the record id, and carry the attribution. Start with search_records or chronology; use get_record for one record's links; figures for numbers; who_says for claims.";

    /// <summary>The server's version: the package version from git (MinVer), without the commit id.</summary>
    public static string Version { get; } =
        (typeof(McpServerApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0").Split('+')[0];

    public static async Task<int> RunAsync(string[] args)
    {
        // An empty builder: no configuration files and, above all, no console logger on stdout, which carries the protocol.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { Args = args });
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(_ => new Catalog(LaosRightsDataset.Default));
        builder.Services
            .AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation { Name = "laosrights", Title = "LaosRights.Data: Human rights in Laos", Version = Version };
                options.ServerInstructions = Instructions;
            })
            .WithStdioServerTransport()
            .WithRequestFilters(filters => filters.AddCallToolFilter(ArgumentCheck.Filter))
            .WithTools<LaosRightsTools>(Json.Options)
            .WithResources<LaosRightsResources>();

        await builder.Build().RunAsync();
        return 0;
    }
}
