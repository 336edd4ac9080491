using System.Diagnostics;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace LaosRights.Mcp.Tests;

/// <summary>The server's stdout carries protocol messages only, whatever the client sends; it never crashes and exits when stdin closes.</summary>
public sealed class StdoutTests
{
    [Fact]
    public async Task Stdout_holds_only_json_rpc_messages_even_after_bad_calls_and_malformed_input()
    {
        var start = new ProcessStartInfo(McpServerFixture.DotnetHost, [McpServerFixture.ServerAssembly])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string[] requests =
        [
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            "this line is not JSON",
            """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"get_record","arguments":{"id":"no-such-record"}}}""",
            """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"chronology","arguments":{"from":"2010","to":"2009"}}}""",
            """{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"no_such_tool","arguments":{}}}""",
            """{"jsonrpc":"2.0","id":5,"method":"resources/read","params":{"uri":"laosrights://nothing"}}""",
            """{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"search_records","arguments":{"query":"Sombath Somphone"}}}""",
        ];
        foreach (var request in requests)
        {
            await process.StandardInput.WriteLineAsync(request);
        }

        await process.StandardInput.FlushAsync(TestContext.Current.CancellationToken);
        var lines = new List<string>();
        while (lines.Count < 6 && await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
        {
            lines.Add(line);
        }

        process.StandardInput.Close();
        lines.AddRange((await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        var messages = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        messages.Should().OnlyContain(m => m.GetProperty("jsonrpc").GetString() == "2.0");
        var byId = messages.Where(m => m.TryGetProperty("id", out _)).ToDictionary(m => m.GetProperty("id").GetInt32());
        byId.Keys.Should().BeEquivalentTo([1, 2, 3, 4, 5, 6]);
        byId[2].GetProperty("result").GetProperty("isError").GetBoolean().Should().BeTrue();
        byId[3].GetProperty("result").GetProperty("isError").GetBoolean().Should().BeTrue();
        byId[6].GetProperty("result").GetProperty("structuredContent").GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Contain(["sombath-somphone-disappearance", "concern-sombath-somphone"]);
        process.ExitCode.Should().Be(0);
        // The SDK logs the unknown tool and resource (protocol errors, answered above) to stderr; no other exception occurs.
        (await stderr).Split('\n').Where(l => l.Contains("Exception:", StringComparison.Ordinal)).Should().OnlyContain(l =>
            l.Contains("McpProtocolException: Unknown tool: 'no_such_tool'", StringComparison.Ordinal)
            || l.Contains("McpProtocolException: Unknown resource URI: 'laosrights://nothing'", StringComparison.Ordinal));
    }
}
