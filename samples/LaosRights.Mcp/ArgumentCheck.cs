using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace LaosRights.Mcp;

/// <summary>
/// Checks a tool call's arguments against the tool's declared input schema before the SDK binds them, so that an
/// unknown or missing argument, or a value of the wrong JSON type, is a tool error that names the argument and what it
/// accepts, instead of the SDK's generic "An error occurred invoking …".
/// </summary>
internal static class ArgumentCheck
{
    /// <summary>The call-tool filter: checks the arguments, then runs the tool.</summary>
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (request, cancellationToken) =>
        {
            var tool = request.MatchedPrimitive as McpServerTool;
            if (tool is null && request.Params?.Name is { } name && request.Server.ServerOptions.ToolCollection is { } tools)
            {
                tools.TryGetPrimitive(name, out tool);
            }

            if (tool is not null && Problem(tool.ProtocolTool, request.Params?.Arguments) is { } problem)
            {
                return Error(problem);
            }

            return await next(request, cancellationToken);
        };

    /// <summary>A tool error result with one message.</summary>
    public static CallToolResult Error(string message) => new() { IsError = true, Content = [new TextContentBlock { Text = message }] };

    /// <summary>Runs a tool body; a bad argument (<see cref="McpException"/>) becomes a tool error with its message, without a logged stack trace.</summary>
    public static CallToolResult Guard(Func<CallToolResult> body)
    {
        try
        {
            return body();
        }
        catch (McpException e)
        {
            return Error(e.Message);
        }
    }

    private static string? Problem(Tool tool, IDictionary<string, JsonElement>? arguments)
    {
        var schema = tool.InputSchema;
        if (!schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var accepted = properties.EnumerateObject().Select(p => p.Name).ToList();
        var list = string.Join(", ", accepted);
        arguments ??= new Dictionary<string, JsonElement>();
        foreach (var (key, value) in arguments)
        {
            if (!properties.TryGetProperty(key, out var property))
            {
                return $"Invalid argument '{key}': {tool.Name} has no such argument. Accepted arguments: {list}.";
            }

            var types = Types(property);
            var ok = value.ValueKind switch
            {
                JsonValueKind.Null => types.Contains("null"),
                JsonValueKind.String => types.Contains("string"),
                JsonValueKind.Number => types.Contains("number") || (types.Contains("integer") && value.TryGetInt32(out _)),
                _ => false,
            };
            if (!ok)
            {
                var expected = string.Join(" or ", types.Where(t => t != "null").Select(t => t == "integer" ? "a whole number" : "a " + t));
                var description = property.TryGetProperty("description", out var d) ? " " + d.GetString() : "";
                return $"Invalid argument '{key}': {value.GetRawText()} is not {expected}.{description}";
            }
        }

        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!arguments.ContainsKey(name))
                {
                    var description = properties.TryGetProperty(name, out var p) && p.TryGetProperty("description", out var d) ? " " + d.GetString() : "";
                    return $"Missing argument '{name}': {tool.Name} needs it.{description}";
                }
            }
        }

        return null;
    }

    private static List<string> Types(JsonElement property) =>
        !property.TryGetProperty("type", out var type) ? ["string", "number", "integer", "null"]
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
        : [type.GetString()!];
}
