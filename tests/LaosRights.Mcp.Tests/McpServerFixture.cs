using System.Reflection;
using FluentAssertions;
using System.Text.Json;
using Json.Schema;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace LaosRights.Mcp.Tests;

/// <summary>One server process for all the tests of a class, started by the official C# SDK's client over stdio.</summary>
public sealed class McpServerFixture : IAsyncLifetime
{
    private readonly List<string> stderr = [];
    private Dictionary<string, JsonSchema>? outputSchemas;

    /// <summary>The built server assembly (see the test project file).</summary>
    public static string ServerAssembly { get; } = typeof(McpServerFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "McpServerAssembly").Value!;

    /// <summary>The dotnet host that runs the tests (set by the .NET CLI), else the one on PATH.</summary>
    public static string DotnetHost { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public McpClient Client { get; private set; } = null!;

    public IList<McpClientTool> Tools { get; private set; } = [];

    /// <summary>What the server wrote to stderr (its log).</summary>
    public IReadOnlyList<string> Stderr
    {
        get
        {
            lock (stderr)
            {
                return [.. stderr];
            }
        }
    }

    public async ValueTask InitializeAsync()
    {
        File.Exists(ServerAssembly).Should().BeTrue($"the server is built by the project reference at {ServerAssembly}");
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "laosrights",
            Command = DotnetHost,
            Arguments = [ServerAssembly],
            StandardErrorLines = line =>
            {
                lock (stderr)
                {
                    stderr.Add(line);
                }
            },
        });
        Client = await McpClient.CreateAsync(transport, cancellationToken: TestContext.Current.CancellationToken);
        Tools = await Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        outputSchemas = Tools.ToDictionary(t => t.Name, t => JsonSchema.FromText(t.ProtocolTool.OutputSchema!.Value.GetRawText()));
    }

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }
    }

    /// <summary>Calls a tool that must succeed; checks its structured content against the tool's declared output schema.</summary>
    public async Task<(JsonElement Structured, string Text)> Call(string tool, Dictionary<string, object?> arguments)
    {
        var result = await Client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);
        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));
        (result.IsError ?? false).Should().BeFalse(text);
        result.StructuredContent.Should().NotBeNull();
        var structured = result.StructuredContent!.Value;
        var evaluation = outputSchemas![tool].Evaluate(structured, new EvaluationOptions { OutputFormat = OutputFormat.List });
        evaluation.IsValid.Should().BeTrue(string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))));
        return (structured, text);
    }

    /// <summary>Calls a tool that must fail with a tool error (isError); returns the message.</summary>
    public async Task<string> CallFailing(string tool, Dictionary<string, object?> arguments)
    {
        var result = await Client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);
        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));
        (result.IsError ?? false).Should().BeTrue($"the call should fail, but gave: {text}");
        return text;
    }
}
